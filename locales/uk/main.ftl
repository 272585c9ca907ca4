### Kartla – українська (uk)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = Перейти до основного вмісту
footer-privacy = Kartla зберігає лише те, що ви пишете у своєму картуванні. Це бачите тільки ви, а після подання — ще й валідатори.
nav-label = Головне меню
nav-my-mappings = Мої картування
nav-sign-in = Увійти
nav-sign-out = Вийти
nav-register = Створити обліковий запис
signed-in-as = Ви увійшли як { $name }
language-label = Мова
language-change = Змінити мову
language-unreviewed-mark = ще не перевірено
languages-link = Про мови
languages-title = Мови
languages-lead = Ви можете користуватися Kartla цими мовами. Переклади пише команда Kartla. Переклад, який ще не перевірив носій мови, позначено, і в ньому можуть бути помилки.
languages-caption = Мови і те, чи перевірив кожен переклад носій мови
languages-col-language = Мова
languages-col-name = Українською
languages-col-status = Переклад
languages-status-original = Оригінальний текст
languages-status-reviewed = Перевірено носієм мови
languages-status-unreviewed = Ще не перевірено носієм мови
languages-feedback = Щось вашою мовою звучить неправильно? Скажіть про це своєму консультанту з питань навчання і професії або адміністратору Kartla у вашій комуні. Це можна виправити, не чекаючи нової версії Kartla.
loading = Завантаження…
back-home = На головну сторінку

## Errors
error-summary-title = Щось треба виправити
error-validation = Перевірте дані нижче.
error-bad-request = Не вдалося прочитати запит. Оновіть сторінку і спробуйте ще раз.
error-unauthorized = Щоб побачити цю сторінку, потрібно увійти.
error-sign-in-failed = Неправильна адреса електронної пошти або пароль.
error-forbidden = У вас немає дозволу на цю дію.
error-too-many = Забагато спроб. Зачекайте хвилину і спробуйте ще раз.
error-cross-site = Цей запит надійшов зі сторінки іншого сайту, тому його відхилено. Перейдіть у Kartla і зробіть це там.
error-not-found = Такої сторінки немає.
error-internal = У нас щось пішло не так. Те, що ви вже зберегли, не втрачено. Спробуйте ще раз трохи згодом.
error-unreachable = Зараз немає зв’язку з Kartla. Перевірте з’єднання з інтернетом і спробуйте ще раз.
error-conflict-email-taken = Обліковий запис із цією адресою електронної пошти вже є. Увійдіть у нього.
error-conflict-not-editable = Картування подано, і зараз його не можна змінити.
error-conflict-already-submitted = Картування вже подано.
error-conflict-already-decided = Картування вже перевірено.
field-error-required = треба заповнити
field-error-too-long = задовгий текст
field-error-too-short = закороткий текст
field-error-invalid-email = це неправильна адреса електронної пошти
field-error-invalid-rating = виберіть один із варіантів
field-error-unknown-criterion = не належить до цього картування
field-error-unknown-framework = немає в каталозі
field-error-not-rated = виберіть, наскільки добре ви це вмієте
field-error-changed-elsewhere = відповідь змінили в іншій вкладці або на іншому пристрої, тому її не перезаписано
field-error-no-description = опишіть, як і де ви цього навчилися і як це застосовували

## Rating
rating-legend = Наскільки добре ви це вмієте?
rating-no-experience = Немає досвіду
rating-some-experience = Трохи досвіду
rating-with-support = Вмію з допомогою
rating-independently = Вмію самостійно
rating-can-teach = Можу навчити інших
rating-no-experience-hint = Мені не доводилося цього робити.
rating-some-experience-hint = Мені доводилося бачити, як це роблять, або кілька разів пробувати.
rating-with-support-hint = Я вмію це, коли хтось допомагає або показує, як робити.
rating-independently-hint = Я вмію це робити самостійно, без допомоги.
rating-can-teach-hint = Я знаю це так добре, що можу показати й пояснити іншим.
rating-or = або
rating-not-relevant = Мене це не стосується
rating-not-relevant-hint = Це не входить до того, що я хочу показати. Писати нічого не потрібно.
prompts-summary = Підказки для опису
prompt-normal-day = Який вигляд мав звичайний робочий день? Що ви робили?
prompt-hardest = Яка ситуація була найскладнішою, і як ви з нею впоралися?
prompt-tools = Якими інструментами, машинами, програмами чи методами ви користувалися?
prompt-how-long = Як довго і як часто ви це робили?
read-aloud = Прочитати вголос

## Status
status-draft = Чернетка
status-submitted = Подано
status-returned = Потрібні доповнення
status-reviewed = Оцінено
event-submitted = Подано: { $name }, { $date }
event-returned = Повернуто для доповнення: { $name }, { $date }
event-reviewed = Оцінено: { $name }, { $date }
kind-course = Курс
kind-occupation = Професія

## Start page
home-title = Покажіть, що ви вмієте
home-lead = Kartla допомагає описати, що ви вже знаєте і вмієте, критерій за критерієм. Тоді валідатор зможе це оцінити.
home-how = Створіть обліковий запис, виберіть курс або професію і відповідайте у своєму темпі. Усе, що ви пишете, зберігається.
home-have-account = У мене вже є обліковий запис
home-role-later = Незабаром для вашої ролі з’являться нові інструменти.

## Account
sign-in-title = Вхід
sign-in-submit = Увійти
sign-in-no-account = Немає облікового запису? Створіть його.
register-title = Створити обліковий запис
register-why = Ваше ім’я потрібне для профілю компетентностей, а адреса електронної пошти — щоб ви могли знову увійти.
register-submit = Створити обліковий запис
password-hint = Щонайменше 12 символів. Добре підходить речення, яке ви легко запам’ятаєте.
field-name = Ім’я та прізвище
field-email = Адреса електронної пошти
field-password = Пароль
field-locale = Мова
field-municipality = Комуна проживання
municipality-hint = Комуна (муніципалітет), де ви живете. Вона пропонує вам валідацію і відповідає за ваші картування. Ви можете змінити її пізніше.
municipality-choose = Виберіть комуну
field-comment = Коментар

## My mappings
my-mappings-title = Мої картування
my-mappings-none = Ви ще не почали жодного картування.
updated-on = Останні зміни: { $date }
start-mapping-title = Почати нове картування
start-mapping-lead = Виберіть курс або професію, за якими ви хочете показати, що вмієте.
criteria-count = { $count ->
    [one] { $count } критерій
    [few] { $count } критерії
    [many] { $count } критеріїв
   *[other] { $count } критерію
}
start-mapping-button = Почати: { $title }

## Overview
sections-heading = Частини
progress = Є відповідь: { $done } з { $total }
task-not-started = Не розпочато
task-in-progress = Розпочато
task-done = Готово
check-answers-link = Перевірити й подати
download-pdf = Завантажити профіль компетентностей (PDF)
print-heading = Роздрукувати профіль компетентностей
print-lang = Мова заголовків і підписів
print-two = Критерії двома мовами поруч
print-two-hint = Мова особи і шведська, наприклад щоб валідатор і особа читали разом.
goal-heading = Моя мета
field-goal = Мета картування
goal-hint = Наприклад, курс, оцінка або професія, яких ви хочете досягти. Мету буде видно на першій сторінці профілю компетентностей.
goal-save = Зберегти мету
goal-saved = Мету збережено.
goal-shown = Мета картування: { $goal }
pdf-goal = Мета
submitted-explainer = Ваше картування подано. Валідатор його перевіряє. Поки триває перевірка, змінювати відповіді не можна.
reviewed-explainer = Перевірку завершено. Завантажте свій профіль компетентностей нижче.

## Section
section-of = Частина { $n } з { $total }
back-to-overview = Назад до огляду
read-only-explainer = Картування подано. Ви можете читати свої відповіді, але не змінювати їх.
save-and-continue = Зберегти і продовжити
autosave-saving = Збереження…
autosave-saved = Збережено
session-warning-title = Незабаром вас буде виведено з системи
session-warning-text = З міркувань безпеки вас автоматично виводять із системи, якщо ви нічого не робите { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
    }. Те, що ви зберегли, залишиться.
session-stay = Залишитися в системі
session-ended-title = Вас виведено з системи
session-ended-text = Те, що ви встигли зберегти, залишилося. Текст, який не встиг зберегтися, є в цьому браузері. Його буде надіслано, коли ви знову увійдете.
session-sign-in-again = Увійти знову
autosave-restored = Текст, який минулого разу не встиг зберегтися, залишився в цьому браузері. Зараз його надсилаємо…
autosave-offline = Ще не збережено — немає з’єднання. Текст залишиться в цьому браузері і буде надісланий, коли з’єднання відновиться.
autosave-changed-elsewhere = Не збережено: відповідь змінили в іншій вкладці або на іншому пристрої.
answer-changed-elsewhere = Після того як ви відкрили цю сторінку, відповідь змінили в іншій вкладці або на іншому пристрої. Ваш текст залишився в полі, але не збережений. Збережіть ще раз, якщо хочете залишити свій текст.
answer-changed-elsewhere-live = Відповідь змінили в іншій вкладці або на іншому пристрої. Ваш текст залишився в полі, але не збережений. Виберіть, який варіант залишити.
answer-saved-elsewhere = Збережена відповідь зараз:
conflict-keep-mine = Залишити мій текст
conflict-use-saved = Взяти збережену відповідь
text-in-swedish = Цей текст є тільки шведською мовою.
answer-label = Як і де ви цього навчилися і як це застосовували?
answer-hint = Розкажіть, що ви робили, де, як довго і якими інструментами. Не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
    }.

## Check your answers
check-title = Перевірте свої відповіді
missing-heading = Щоб подати картування, треба ще заповнити
missing-rating = { $code }: виберіть, наскільки добре ви це вмієте
missing-description = { $code }: опишіть, як і де ви цього навчилися
not-answered = Немає відповіді
no-description = Немає опису
change = Змінити
submit-heading = Подати
submit-explainer = Коли ви подасте картування, валідатор зможе прочитати ваші відповіді і ваше портфоліо. Валідатор може прийняти картування або попросити вас щось доповнити. Поки триває перевірка, змінювати відповіді не можна.
submit-button = Подати картування

## Validator
trail-heading = Історія

## PDF
pdf-title = Профіль компетентностей
pdf-person = Особа
pdf-frameworks = Курс або професія
pdf-date = Дата
pdf-status = Статус
pdf-rating = Самооцінка
pdf-answer = Як і де
pdf-validator = Валідатор
pdf-trail = Історія
pdf-version = версія { $version }
pdf-started = Розпочато
pdf-submitted = Подано
pdf-summary = Підсумок
pdf-fully-met = Вміє повністю (самостійно або може навчити інших)
pdf-partly-met = Вміє частково (трохи досвіду або з допомогою)
pdf-none = немає
pdf-portfolio = Портфоліо
pdf-evidence = Додатки
pdf-evidence-missing = Немає доказів для
pdf-attachment = Додаток { $number }
pdf-verify-code = Код перевірки
pdf-verify-where = Перевірити, що профіль справжній, можна тут:
pdf-page = Сторінка { $page } з { $pages }
file-name-attachment = додаток-{ $number }
file-name-certificate = проєкт-довідки-{ $number }
file-name-profile = профіль-компетентностей-{ $number }
verify-title = Перевірити профіль компетентностей
verify-lead = Кожен профіль компетентностей із Kartla має код перевірки внизу кожної сторінки. Введіть його тут, щоб побачити, що профіль існує і коли його роздрукували.
verify-code-label = Код перевірки
verify-code-hint = Дванадцять символів, наприклад 7KQM-2WXP-H9CD. Великі чи малі літери — неважливо.
verify-submit = Перевірити
verify-found = Такий профіль компетентностей існує
verify-code = Код перевірки
verify-person = Ініціали особи
verify-frameworks = Курс або професія
verify-printed = Роздруковано
verify-status = Статус на момент друку
verify-fingerprint = Відбиток (SHA-256) файлу PDF
verify-fingerprint-hint = Якщо у вас є файл, обчисліть його SHA-256 і порівняйте. Якщо вони однакові, файл не змінювали відтоді, як його роздрукували.
verify-not-found = Профілю компетентностей із таким кодом немає. Перевірте, чи правильно ви його переписали.
answer-not-saved = Текст задовгий, тому його не збережено. Скоротіть його і збережіть ще раз — те, що ви написали, залишилося тут.

## Section titles Kartla gives imported frameworks
import-section-core-content = Основний зміст
import-section-knowledge-requirements = Вимоги до знань
import-section-essential = Обов’язкові навички та знання
import-section-optional = Додаткові навички та знання
import-section-skills = Навички
import-section-competencies = Компетентності

## The public catalogue
nav-catalogue = Каталог
catalogue-title = Каталог критеріїв
catalogue-lead = Курси та професії, за якими ви можете пройти картування своїх знань і навичок. Виберіть курс або професію, щоб побачити критерії.
catalogue-search = Пошук за назвою або кодом
catalogue-kind = Тип
catalogue-kind-all = Усі
catalogue-kind-course = Курси
catalogue-kind-occupation = Професії
catalogue-language = Мова текстів
catalogue-language-all = Усі мови
catalogue-search-button = Шукати
catalogue-found = { $count ->
    [0] Нічого не знайдено
    [one] Знайдено { $count } результат
    [few] Знайдено { $count } результати
    [many] Знайдено { $count } результатів
   *[other] Знайдено { $count } результату
}
catalogue-pages = Сторінки
catalogue-page-of = Сторінка { $page } з { $pages }
catalogue-previous = Попередня сторінка
catalogue-next = Наступна сторінка
catalogue-languages = Доступні мови: { $list }
catalogue-published = опубліковано { $date }
catalogue-older-version = Це старіша версія.
catalogue-see-current = Переглянути чинну версію
catalogue-fallback-note = Деяких текстів вашою мовою немає, тому їх показано шведською.
catalogue-start-mapping = Почати картування за цим курсом чи професією
catalogue-versions = Версії
grade-step = Рівень оцінки { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Код курсу Skolverket
language-name = { $code ->
    [sv] шведська
    [en] англійська
    [ar] арабська
    [fa] перська
    [ti] тигринья
    [so] сомалі
    [uk] українська
    [ckb] сорані
    [ps] пушту
    [prs] дарі
    [kmr] курманджі
    [am] амхарська
    [ru] російська
    [tr] турецька
    [de] німецька
    [fi] фінська
    [fr] французька
    [es] іспанська
    [pl] польська
   *[other] { $code }
}
catalogue-version = Версія { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Каталог (адміністрування)
admin-catalogue-title = Керування каталогом
admin-catalogue-count = { $count ->
    [one] { $count } набір критеріїв
    [few] { $count } набори критеріїв
    [many] { $count } наборів критеріїв
   *[other] { $count } набору критеріїв
}
admin-catalogue-caption = Набори критеріїв у каталозі
admin-import-start = Імпортувати критерії з файлів
admin-col-code = Код
admin-col-title = Назва
admin-col-kind = Тип
admin-col-version = Версія
admin-col-status = Статус
admin-col-criteria = Критерії
admin-col-sections = Розділи
admin-col-languages = Мови
admin-col-change = Зміна
version-draft = Чернетка
version-published = Опубліковано
import-title = Імпорт критеріїв
import-lead = Виберіть формат і файли. Перш ніж щось збережеться, ви побачите, що є у файлах і що зміниться.
import-format = Формат
format-kartla = Власний формат Kartla (TOML)
format-kartla-hint = Один файл на набір критеріїв, як його створює команда kartla catalogue export.
format-skolverket = API навчальних програм Skolverket (JSON)
format-skolverket-hint = Відповідь, що містить course, courses, subject або subjects. Основний зміст і вимоги до знань стають критеріями.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv і occupationSkillRelations_xx.csv, за бажанням кількома мовами. Шведська обов’язкова.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = Назви професій із пов’язаними з ними навичками.
format-moodle = Рамка компетентностей Moodle (CSV)
format-moodle-hint = Експорт із Moodle. Структуру задають ідентифікаційні номери батьківських елементів (Parent ID number).
import-files = Файли
import-files-hint = Можна вибрати кілька файлів, разом не більше ніж { $mb } МБ.
import-occupations = Тільки ці професії ESCO (необов’язково)
import-occupations-hint = Один URI професії в рядку. Залиште порожнім, щоб імпортувати всі професії з файлів.
import-preview-button = Показати попередній перегляд
import-preview-title = Попередній перегляд імпорту
import-refused = { $count ->
    [one] Файли не можна імпортувати: { $count } проблема
    [few] Файли не можна імпортувати: { $count } проблеми
    [many] Файли не можна імпортувати: { $count } проблем
   *[other] Файли не можна імпортувати: { $count } проблеми
}
import-at-line = рядок { $line }
import-in-field = поле { $field }
import-nothing-written = Нічого не збережено. Виправте файли і спробуйте ще раз.
import-try-again = Вибрати файли знову
import-summary = Наборів критеріїв: { $total }. Нові: { $new }, змінені: { $changed }, без змін: { $unchanged }.
import-rows-shown = (показано перші { $shown })
import-applied = Імпорт завершено. Набори критеріїв тепер є в каталозі.
import-blocked = Хтось редагує чернетку одного з наборів критеріїв. Спочатку опублікуйте або видаліть цю чернетку.
import-nothing-to-write = Усе, що є у файлах, уже є в каталозі. Нічого зберігати не потрібно.
import-confirm = { $count ->
    [one] Імпортувати { $count } набір критеріїв
    [few] Імпортувати { $count } набори критеріїв
    [many] Імпортувати { $count } наборів критеріїв
   *[other] Імпортувати { $count } набору критеріїв
}
import-preview-caption = Набори критеріїв у файлах
plan-new = Новий, версія 1
plan-new-version = Змінений, стане версією { $version }
plan-unchanged = Без змін (версія { $version })
plan-draft-in-the-way = Заблоковано чернеткою (версія { $version })
error-too-large = Те, що ви надіслали, завелике.
error-conflict-not-a-draft = Змінювати можна тільки чернетку. Опублікована версія ніколи не змінюється.
error-conflict-code-taken = Цей код уже використовує інший набір критеріїв.
error-conflict-draft-in-the-way = Хтось редагує чернетку цього набору критеріїв. Спочатку опублікуйте або видаліть цю чернетку.
error-conflict-import-refused = Файли не вдалося прочитати, тому їх не можна імпортувати.
error-conflict-import-applied = Цей імпорт уже виконано.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = не вдалося прочитати файл ({ $detail }).
import-syntax = файл має неправильний формат: { $detail }
import-missing-field = відсутнє, хоча обов’язкове.
import-unknown-language = невідомий код мови «{ $detail }». Використовуйте код ISO 639, наприклад sv, en або ar.
import-missing-swedish = немає тексту шведською. Якщо перекладу немає, каталог показує шведський текст, тому шведська обов’язкова.
import-missing-file = цей файл потрібен, але його не додано.
import-unknown-occupation = немає професії з URI { $detail }.
import-unknown-parent = немає рядка з ідентифікаційним номером «{ $detail }».
import-duplicate-framework = код { $detail } трапляється двічі.
import-nothing = не містить жодного набору критеріїв для імпорту.
import-expected-skolverket-root = очікувалася відповідь API Skolverket із course, courses, subject або subjects.
import-expected-jobtech-concepts = очікувався список JSON з поняттями JobTech Taxonomy.
import-expected-moodle-header = очікувався експорт із Moodle зі стовпцями Parent ID number, ID number, Short name і Description.
import-expected-kartla-file = очікувався файл у форматі Kartla, що починається з format = "kartla/1".
import-expected-text = очікувався текст.
import-expected-list = очікувався список.
import-expected-kind = очікувалося course або occupation.
import-expected-grade-step = очікувався рівень оцінки E, C або A.
import-expected-external-system = очікувалося esco, jobtech або skolverket.
import-expected-utf8 = очікувався текст у кодуванні UTF-8.
content-bad-code = код може мати від 1 до 60 символів: літери a–z, цифри, крапки, дефіси або підкреслення.
content-empty = не може бути порожнім.
content-too-long = довше, ніж дозволено (максимум символів: { $detail }).
content-no-sections = набір критеріїв повинен мати хоча б один розділ.
content-no-criteria = розділ повинен мати хоча б один критерій.
content-duplicate-code = код критерію { $detail } використано двічі.
content-unknown-language = невідомий код мови «{ $detail }».
content-guidance-on-occupation = описи рівнів оцінки стосуються курсів, а не професій.

## Authoring frameworks
admin-new-framework = Новий набір критеріїв
admin-col-action = Дія
admin-edit = Редагувати { $code }
admin-continue = Продовжити чернетку { $code }, версія { $version }
new-framework-title = Новий набір критеріїв
new-framework-button = Створити чернетку
editor-kind = Тип
editor-code = Код
editor-code-hint = Короткий і унікальний, не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
    }: літери a–z, цифри, крапки, дефіси або підкреслення. Пізніше код змінити не можна.
editor-title-sv = Назва шведською
editor-title-en = Назва англійською (необов’язково)
editor-title = Редагування: { $title }, чернетка версії { $version }
editor-lead = Чернетки не видно в каталозі, доки ви її не опублікуєте. Кожна кнопка спочатку зберігає все, що ви ввели. Опублікована версія ніколи не змінюється. Картування, які вже розпочато, залишаються на своїй версії.
editor-name = Назва
editor-external = Зв’язок із зовнішнім реєстром (необов’язково)
editor-external-system = Реєстр
editor-external-none = Без зв’язку
editor-external-id = Ідентифікатор або URI поняття
editor-section = Розділ { $number }
editor-section-title = Заголовок розділу
editor-section-add = Додати розділ
editor-section-up = Перемістити розділ { $number } вище
editor-section-down = Перемістити розділ { $number } нижче
editor-section-remove = Видалити розділ { $number }
editor-criterion = Критерій { $number }
editor-criterion-code = Код
editor-criterion-text = Текст критерію
editor-criterion-add = Додати критерій до розділу { $number }
editor-criterion-up = Перемістити критерій { $number } вище
editor-criterion-down = Перемістити критерій { $number } нижче
editor-criterion-remove = Видалити критерій { $number }
editor-guidance = Рівні оцінки E, C і A (необов’язково)
editor-guidance-hint = Що означає кожен рівень оцінки для цього критерію. Учасники й валідатори бачать це як підказку.
editor-add-language = Додати мову
editor-add-language-hint = Поля для цієї мови з’являться, коли ви збережете.
editor-add-language-none = Без нової мови
editor-save = Зберегти чернетку
editor-publish = Опублікувати
editor-discard-title = Видалити чернетку
editor-discard = Видалити чернетку
editor-label-title = Назва ({ $lang })
editor-label-section-title = Розділ { $section }, заголовок ({ $lang })
editor-label-section = Розділ { $section }
editor-label-criterion-code = Розділ { $section }, критерій { $criterion }, код
editor-label-criterion-text = Розділ { $section }, критерій { $criterion }, текст ({ $lang })
editor-label-criterion-guidance = Розділ { $section }, критерій { $criterion }, рівень оцінки { $step } ({ $lang })
field-error-bad-code = код може мати тільки літери a–z, цифри, крапки, дефіси або підкреслення.
field-error-code-taken = цей код уже використовує інший набір критеріїв.
field-error-no-sections = набір критеріїв повинен мати хоча б один розділ.
field-error-no-criteria = розділ повинен мати хоча б один критерій.
field-error-duplicate-code = цей код уже має інший критерій.
field-error-unknown-language = невідома мова.
field-error-guidance-on-occupation = рівні оцінки стосуються курсів, а не професій.
start-mapping-search = Шукати серед усіх курсів і професій у каталозі ({ $count })
guidance-summary = Що означають рівні оцінки
admin-col-published = Опублікована версія
admin-not-published = Не опубліковано

## The merit portfolio
nav-experiences = Портфоліо
nav-evidence = Докази
experiences-title = Моє портфоліо
experiences-lead = Напишіть про те, що ви робили: робота, освіта, курси, волонтерство тощо. Портфоліо бачите ви, а коли ви подасте картування — ще й валідатори. Описуючи, що ви вмієте, ви можете посилатися на свій досвід.
experiences-add = Додати досвід
experiences-none = Ви ще не додали жодного досвіду.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – досі
experience-edit = Змінити: { $role }
experience-delete = Видалити: { $role }
experience-new-title = Новий досвід
experience-edit-title = Змінити досвід
experience-unsaved = Це те, що ви написали востаннє. Це ще не збережено — виправте позначене і збережіть ще раз.
experience-field-kind = Який це досвід?
experience-field-role = Що ви робили?
experience-role-hint = Наприклад, посада, навчальна програма або курс.
experience-field-place = Роботодавець, школа чи організація і населений пункт
experience-field-country = Країна
experience-field-start = Початок
experience-field-end = Кінець
experience-month-hint = Рік і місяць, наприклад 2019-04.
experience-end-hint = Залиште порожнім, якщо це триває досі.
experience-field-tasks = Обов’язки і чого ви навчилися
experience-tasks-hint = Опишіть звичайний день, складні ситуації, з якими ви впоралися, інструменти і методи. Не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
    }.
experience-save = Зберегти досвід
experience-kind-work = Робота
experience-kind-education = Освіта
experience-kind-training = Курс або практика
experience-kind-volunteering = Волонтерство
experience-kind-other = Інше
experience-certificate = Роздрукувати проєкт довідки: { $role } (PDF)
cert-title = Проєкт довідки
cert-intro = Я проходжу картування своїх знань і навичок для валідації. Прошу вас як мого колишнього роботодавця, керівника або контактну особу прочитати мій опис нижче, виправити те, що неправильно, і підписати.
cert-about = Про роботу
cert-person = Ім’я та прізвище: { $value }
cert-role = Професія або посада: { $value }
cert-place = Роботодавець або місце: { $value }
cert-country = Країна: { $value }
cert-period = Період: { $value }
cert-tasks = Обов’язки, моїми словами
cert-no-tasks = (Опису ще немає. Будь ласка, опишіть обов’язки нижче.)
cert-confirm = Засвідчення
cert-confirm-choice = Опис правильний:   так   /   так, з виправленнями нижче   /   ні   (обведіть потрібне)
cert-corrections = Виправлення і доповнення:
cert-extent = Форма та обсяг зайнятості:
cert-signer-name = Ім’я та прізвище:
cert-signer-title = Посада:
cert-signer-organisation = Організація:
cert-signer-contact = Телефон або електронна пошта:
cert-signed-date = Дата:
cert-signature = Підпис:
cert-made = Цей проєкт роздруковано з Kartla { $date }. Він чинний лише після підписання.
field-error-invalid-month = напишіть рік і місяць, наприклад 2019-04.
field-error-end-before-start = кінець не може бути раніше за початок.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = На який ваш досвід спирається ця відповідь? (необов’язково)
answer-experiences-none = Додайте досвід до свого портфоліо, і ви зможете посилатися на нього тут.
answer-draws-on = Спирається на: { $list }
answer-evidence = Які докази це підтверджують? (необов’язково)
answer-evidence-none = Додайте довідки, оцінки, посвідчення або фото своєї роботи, і ви зможете посилатися на них тут.
answer-evidence-missing = У мене немає доказів для цього (відсутні)
answer-evidence-shown = Докази:
answer-evidence-missing-shown = Докази відсутні
evidence-title = Докази
evidence-lead = Довідки, оцінки, дипломи, посвідчення, сертифікати або фото того, що ви зробили. Кожен файл отримує номер у тому порядку, в якому ви його додаєте. Файли бачите тільки ви і той, хто перевіряє ваше картування.
evidence-none = Ви ще не додали жодного доказу.
evidence-label = Додаток { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } КБ
evidence-belongs-to = Стосується: { $list }
evidence-open = Відкрити додаток { $number }
evidence-delete = Видалити додаток { $number }
evidence-added = Додаток { $number } додано.
evidence-add-heading = Додати доказ
evidence-title-label = Що це? (необов’язково)
evidence-title-hint = Наприклад, «Посвідчення водія навантажувача» або «Атестат про середню освіту». Не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
    }. Якщо залишите порожнім, буде використано назву файлу.
evidence-experiences = Якого досвіду це стосується? (необов’язково)
evidence-file-label = Файл
evidence-file-hint = PDF, JPEG або PNG, не більше ніж { $max } МБ. Можна сфотографувати телефоном.
evidence-upload = Надіслати файл
evidence-full = { $max ->
    [one] У вас уже { $max } доказ — це максимум, який можна зберегти. Видаліть один із них, щоб додати новий.
    [few] У вас уже { $max } докази — це максимум, який можна зберегти. Видаліть один із них, щоб додати новий.
    [many] У вас уже { $max } доказів — це максимум, який можна зберегти. Видаліть один із них, щоб додати новий.
   *[other] У вас уже { $max } доказу — це максимум, який можна зберегти. Видаліть один із них, щоб додати новий.
}
field-error-evidence-no-file = виберіть файл, який треба надіслати
field-error-evidence-too-big = файл завеликий — він може мати не більше ніж 10 МБ
field-error-evidence-wrong-type = файл не у форматі PDF, JPEG або PNG
field-error-evidence-too-many = у вас уже стільки доказів, скільки можна зберегти
field-error-evidence-title-too-long = опис задовгий
evidence-refused-no-file = Файл не надіслано.
evidence-refused-too-big = Файл завеликий. Він може мати не більше ніж 10 МБ.
evidence-refused-wrong-type = Файл не у форматі PDF, JPEG або PNG.
evidence-refused-too-many = Уже є стільки доказів, скільки можна зберегти.
evidence-refused-title-too-long = Опис задовгий.
catalogue-version-dated = Версія { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = Хто бачив ваші дані
seen-by-lead = Щоразу, коли хтось, крім вас, відкриває одне з ваших картувань, його профіль компетентностей або один із ваших файлів-доказів, це записується тут: хто, у якій ролі, від якої організації і коли. Ніхто не може переглянути ваші дані так, щоб це не записалося.
seen-by-none = Ніхто інший не відкривав ваших даних.
seen-by-caption = Хто що відкривав, спочатку найновіше
seen-by-when = Коли
seen-by-who = Хто
seen-by-role = Роль
seen-by-organisation = Організація
seen-by-what = Що
seen-by-link = Хто бачив ваші дані
seen-what-mapping = Картування { $number }
seen-what-profile-pdf = Профіль компетентностей картування { $number }
seen-what-evidence = Файл-доказ
seen-what-case = Справа { $number }
seen-what-statement = Висновок у справі { $number }
role-participant = Учасник
role-counsellor = Консультант з питань навчання і професії
role-coordinator = Куратор справ
role-validator = Валідатор
role-org-admin = Адміністратор організації
role-installation-admin = Адміністратор системи

# The person's own account
nav-account = Ваш обліковий запис
account-title = Ваш обліковий запис
account-who = Ви увійшли як { $name } ({ $email }).
account-home-submit = Зберегти комуну проживання
account-home-saved = Вашу комуну проживання збережено.
account-password-title = Змінити пароль
account-password-submit = Змінити пароль
account-password-saved = Ваш пароль змінено. На ваших інших пристроях ви вийшли з системи.
account-everywhere-title = Вийти на всіх пристроях
account-everywhere-lead = Завершує всі ваші сеанси на всіх телефонах і комп’ютерах, також і на цьому. Скористайтеся цим, якщо ви загубили пристрій або входили на спільному комп’ютері.
account-everywhere-submit = Вийти на всіх пристроях
field-current = Поточний пароль
field-new = Новий пароль
field-error-wrong-password = неправильний

# Organisations and people (administration)
nav-admin-people = Організації та люди
people-title = Організації та люди
people-lead = Ролі, які люди мають у ваших організаціях. Коли ви завершуєте роль, людина одразу втрачає права, які давала ця роль. Обліковий запис та інші ролі в неї залишаються.
people-none = Тут ще ніхто не має ролі.
people-caption = Ролі в організації { $org }
people-col-name = Ім’я та прізвище
people-col-email = Адреса електронної пошти
people-col-role = Роль
people-end = Завершити роль «{ $role }»: { $name }
people-ended = Роль завершено.
people-add-org = Додати організацію
people-add-org-submit = Додати організацію
people-org-added = Організацію додано.
org-kind-region = Офіс регіону
org-kind-municipality = Комуна
org-kind-provider = Організатор навчання
org-code-hint = Короткий код: літери A–Z, цифри і дефіси, наприклад LULEA або NORD-VAL.
field-org-kind = Тип організації
field-org-code = Код
field-org-name = Назва
field-org-email = Контактна адреса електронної пошти
field-org-phone = Контактний телефон
field-error-bad-org-code = має містити від 2 до 24 символів: літери A–Z, цифри або дефіси, і починатися з літери
field-error-region-exists = у цій системі вже є свій регіон

# Invitations
invite-heading = Запросити когось
invite-explain = Людина отримає посилання, яке діє один раз протягом семи днів. За ним вона приймає роль: у своєму обліковому записі, якщо він є, або створивши новий з цією адресою електронної пошти.
field-invite-organisation = Організація
field-invite-role = Роль
field-error-role-misfit = не підходить для такого типу організації
invite-submit = Надіслати запрошення
invite-sent = Запрошення надіслано електронною поштою.
invite-pass-on = Ця система не надсилає електронних листів. Передайте це посилання людині самі — так, щоб тільки вона могла його прочитати. Воно діє один раз протягом семи днів. Ця сторінка показує його лише п’ять хвилин.
invite-not-sent = Не вдалося надіслати лист. Передайте це посилання людині самі — так, щоб тільки вона могла його прочитати. Воно діє один раз протягом семи днів. Ця сторінка показує його лише п’ять хвилин.
invite-withdrawn = Запрошення відкликано. Посилання більше не діє.
invite-pending-caption = Ще не прийняті запрошення в організації { $org }
invite-col-expires = Діє до
invite-withdraw = Відкликати запрошення для { $email }
invite-title = Запрошення
invite-lead = Вас запрошують на роль «{ $role }» в організації { $org }. Запрошення надіслано на { $email }.
invite-accept = Прийняти запрошення
invite-new-account = Створіть обліковий запис
invite-other-person = Ви увійшли як { $me }, але запрошення надіслано на { $email }. Вийдіть і відкрийте посилання ще раз.
invite-sign-in-first = Для { $email } уже є обліковий запис. Увійдіть у нього, і ви повернетеся сюди, щоб прийняти запрошення.
invite-gone-title = Це запрошення більше не діє
invite-gone-text = Його вже використали, минуло сім днів або його відкликали. Попросіть нове запрошення в людини, яка вас запросила.
error-conflict-invitation-gone = Це запрошення більше не діє: його вже використали, строк минув або його відкликали. Попросіть нове запрошення в людини, яка вас запросила.
error-conflict-invitation-other-person = Запрошення надіслано на іншу адресу електронної пошти, ніж та, з якою ви увійшли. Вийдіть і відкрийте посилання ще раз.
error-conflict-invitation-sign-in = Обліковий запис із цією адресою електронної пошти вже є. Увійдіть у нього і відкрийте посилання ще раз.
mail-invite-subject = Запрошення до організації { $org } у Kartla
mail-invite-body =
    Добрий день!

    { $inviter } запрошує вас на роль «{ $role }» в організації { $org } у Kartla.

    Щоб прийняти запрошення, відкрийте це посилання:
    { $link }

    Посилання діє один раз протягом { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } дня
    }. Якщо ви не чекали цього запрошення, просто не звертайте уваги на цей лист.

# Forgotten password
sign-in-forgot = Забули пароль?
forgot-title = Забули пароль
forgot-lead = Напишіть адресу електронної пошти свого облікового запису. Ми надішлемо на неї посилання, за яким ви зможете вибрати новий пароль.
forgot-submit = Надіслати посилання
forgot-asked = Якщо обліковий запис із цією адресою існує, посилання вже надіслано. Воно діє один раз протягом години. Перевірте також папку «Спам».
forgot-no-mail = Ця система не надсилає електронних листів, тому ми не можемо надіслати вам посилання. Якщо ви працюєте в одній з організацій регіону, попросіть посилання в її адміністратора. Якщо ні, зверніться до тих, хто відповідає за Kartla у вашій комуні.
reset-title = Виберіть новий пароль
reset-submit = Зберегти новий пароль
reset-done = Ваш новий пароль збережено, і ви вийшли з системи на всіх пристроях. Увійдіть з новим паролем.
reset-gone-title = Це посилання більше не діє
reset-gone-text = Його вже використали, або минула година. Попросіть нове посилання на сторінці входу.
error-conflict-password-link-gone = Це посилання більше не діє: його вже використали, або строк минув. Попросіть нове посилання на сторінці входу.
mail-reset-subject = Виберіть новий пароль для Kartla
mail-reset-body =
    Добрий день!

    Хтось попросив вибрати новий пароль для вашого облікового запису в Kartla. Щоб вибрати пароль, відкрийте це посилання:
    { $link }

    Посилання діє один раз протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Якщо це були не ви, просто не звертайте уваги на цей лист: ваш пароль залишиться таким, як був.

# The administrators' search of the access log
audit-title = Хто бачив чиї дані
audit-lead = Шукайте за адресою електронної пошти людини, щоб побачити кожен випадок, коли хтось відкривав її картування, профілі або докази. Ви бачите, що відкривали люди з ваших організацій. Адміністратори системи бачать усе. Людина не бачить вашого пошуку.
audit-person = Адреса електронної пошти людини
audit-search = Шукати
audit-unknown = Облікового запису з такою адресою електронної пошти немає.
audit-none = Ніхто з тих, кого вам дозволено бачити, не відкривав даних цієї людини.
audit-caption = Хто відкривав дані користувача { $email }, спочатку найновіше
people-edit-org = Змінити дані: { $org }
people-edit-org-submit = Зберегти дані
people-org-changed = Дані організації збережено.
people-serves = Комуни, для яких вона проводить оцінювання
people-serves-hint = Її валідатори бачать подані картування людей, які живуть у позначених тут комунах.
people-new-role = Нова роль: { $name }
people-change = Змінити роль: { $name }
people-role-changed = Роль змінено.
reset-link-heading = Новий пароль для іншої людини
reset-link-explain = Якщо хтось із працівників вашої організації не може увійти, а ця система не надсилає електронних листів, створіть посилання, за яким людина вибере новий пароль. Воно діє один раз протягом години. Передайте його так, щоб тільки ця людина могла його прочитати. Облікові записи учасників відкривають доступ до їхніх власних файлів, тому адміністратори не створюють для них таких посилань.
reset-link-email = Адреса електронної пошти людини
reset-link-submit = Створити посилання
reset-link-pass-on = Передайте це посилання людині так, щоб тільки вона могла його прочитати. Воно діє один раз протягом години. Ця сторінка показує його лише п’ять хвилин.
field-error-not-your-person = це не адреса людини, яка працює тільки у ваших організаціях
field-error-control-characters = не може містити переносів рядка або інших керівних символів

## Cases: coordinators and validators
nav-cases = Справи
cases-title = Справи
cases-organisation = Справи вашої організації, спочатку ті, що чекають найдовше
cases-assigned = Справи, доручені вам
cases-none = Зараз справ немає.
cases-none-assigned = Зараз вам не доручено жодної справи.
cases-col-person = Особа
cases-col-framework = Курс або професія
cases-col-state = Етап
cases-col-waited = Чекає
cases-col-validator = Валідатор
cases-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
cases-overdue = Прострочено з { $date }
back-to-cases = Назад до справ
case-title = Справа { $id }: { $person }
case-state-new = Нова
case-state-checking = Перевіряється
case-state-returned = Очікує доповнень
case-state-assigned = У валідатора
case-state-concluded = Завершена
case-state = Етап
case-organisation = Відповідальна організація
case-validator = Валідатор
case-no-validator = Поки немає
case-handed-in = Подано
case-waited = Чекає на цьому етапі
case-deadline = Останній день для доповнень
case-late = Прострочено
case-actions = Що ви можете зробити зараз
case-take = Почати перевірку справи
case-assign = Доручити
field-validator = Валідатор
case-validator-hint = Можна вибрати тільки валідаторів, які є в довіднику для цього курсу або професії.
case-choose-validator = Виберіть валідатора
case-no-validators = У вашій організації немає валідатора, який є в довіднику для цього. Адміністратор може його додати.
case-hand-back = Повернути справу куратору
case-hand-back-hint = Напишіть причину, наприклад, що справа стосується предмета, який ви не оцінюєте.
case-hand-back-submit = Повернути
field-reason = Причина
case-saved-take = Тепер ви перевіряєте цю справу.
case-saved-assign = Справу доручено.
case-saved-sent = Список доповнень надіслано. Особа побачить його у своєму огляді.
case-saved-concluded = Справу завершено. Висновок можна завантажити.
case-saved-handed-back = Справу повернуто куратору.
case-versions = Подані версії
case-version = Версія { $number }, { $date }
case-profile-pdf = Профіль компетентностей цієї версії (PDF)
case-own-rating = Самооцінка особи
case-judgement = Оцінка валідатора
change-heading = Зміни з версії { $number }
change-none = У відповідях нічого не змінилося.
change-rating = самооцінка: { $before } → { $after }
change-text = опис змінено
change-evidence = нові додатки: { $numbers }
change-experiences = тепер спирається на більше досвіду
change-missing = змінено позначку про відсутність доказів
change-goal = Мету змінено.
change-new-evidence = Нові додатки у списку: { $numbers }
change-portfolio = У портфоліо додано або змінено досвід.
verdict-met = Виконано
verdict-partly-met = Частково виконано
verdict-not-met = Не виконано
verdict-not-yet = Поки неможливо оцінити
method-documents = Документи
method-interview = Співбесіда
method-practical-test = Практичне завдання
method-theoretical-test = Теоретичний тест
method-workplace-observation = Спостереження на робочому місці
field-verdict = Оцінка
field-methods = Методи
field-judgement = Оцінка
judgement-methods-hint = Позначте, як ви дійшли до цієї оцінки.
judgement-none = Ще не оцінено.
judgement-by = { $name }, { $date }
judgement-methods = Методи: { $methods }
judgement-reason = Причина зміни: { $reason }
judgement-history = Попередні оцінки ({ $count })
judgement-form = Оцінити { $code }
judgement-save = Зберегти оцінку
judgement-change = Змінити оцінку
judgement-reason-hint = Справу завершено. Щоб змінити оцінку, треба вказати причину. Попередня оцінка залишиться в історії.
additions-heading = Доповнення
additions-building = Новий список доповнень
additions-building-hint = Додавайте по одному пункту: чого бракує, до чого це належить і в якій формі. Коли список буде готовий, надішліть його з останнім днем.
additions-choose-target = Виберіть, чого це стосується
field-target = Стосується
field-missing = Чого бракує
additions-missing-hint = Пишіть конкретно, наприклад: «Довідка з місця роботи, де вказано обов’язки в Lager AB».
field-form = У якій формі
additions-form-hint = Наприклад: «PDF або фото, шведською або з перекладом».
additions-add = Додати до списку
additions-remove = Видалити
field-deadline = Останній день
additions-deadline-hint = Особа бачить цю дату у списку.
additions-send = Надіслати список особі
additions-sent-by = Запит: { $name }, останній день — { $deadline }
additions-answered = Особа подала картування знову { $date }
additions-form-shown = Форма: { $form }
additions-item-done = Виконано (за словами особи)
additions-item-open = Ще не виконано
additions-mark-done = Позначити як виконане
additions-mark-not-done = Позначити як невиконане
additions-asked = Що вам треба доповнити
additions-asked-hint = Внесіть зміни в картування, портфоліо або докази. Позначте кожен пункт як виконаний, а потім знову подайте картування.
target-case = Уся справа
target-criterion = Критерій { $criterion }
target-experience = Досвід: { $experience }
target-evidence = { $evidence }
conclude-heading = Завершити справу
conclude-not-judged = { $count ->
    [one] Ще не оцінено { $count } критерій: { $codes }. Оцініть його або виберіть «Поки неможливо оцінити».
    [few] Ще не оцінено { $count } критерії: { $codes }. Оцініть їх або виберіть «Поки неможливо оцінити».
    [many] Ще не оцінено { $count } критеріїв: { $codes }. Оцініть їх або виберіть «Поки неможливо оцінити».
   *[other] Ще не оцінено { $count } критерію: { $codes }. Оцініть їх або виберіть «Поки неможливо оцінити».
}
conclude-outcome = Результат: { $framework }
outcome-fully-met = Виконано повністю
outcome-partly-met = Виконано частково
outcome-not-met = Не виконано
field-outcome = Результат
field-statement = Загальний висновок
conclude-statement-hint = Особа прочитає висновок і зможе передати його директору школи, роботодавцю або на наступне навчання.
field-next-steps = Рекомендовані наступні кроки
next-step-top-up-course = Додатковий курс
next-step-exam = Іспит для отримання оцінки (prövning)
next-step-workplace-assessment = Оцінювання на робочому місці
next-step-guidance = Розмова з консультантом з питань навчання і професії
field-next-steps-text = Наступні кроки вашими словами
conclude-submit = Завершити справу з висновком
conclusion-heading = Висновок
conclusion-by = Завершено: { $name }, { $date }
conclusion-remaining = Залишилося: { $codes }
conclusion-statement = Загальний висновок
conclusion-next-steps = Рекомендовані наступні кроки
conclusion-download = Завантажити висновок (PDF)
case-event-handed-in = { $name }: подано версію { $detail }
case-event-taken = { $name }: розпочато перевірку справи
case-event-assigned = { $name }: справу доручено валідатору { $detail }
case-event-handed-back = { $name }: справу повернуто. Причина: { $detail }
case-event-returned = { $name }: запитано доповнення, останній день — { $detail }
case-event-judged = { $name }: оцінено { $detail }
case-event-rejudged = { $name }: змінено оцінку { $detail }
case-event-item-done = { $name }: позначено як виконане: { $detail }
case-event-item-reopened = { $name }: позначено як невиконане: { $detail }
case-event-outcome-changed = Через зміну оцінки змінився результат: { $detail }
case-event-concluded = { $name }: справу завершено з висновком
case-panel-heading = Ваша справа
case-panel-whole = Переглянути всю справу з усіма подіями
case-explainer-checking = { $organisation } перевіряє, чи все на місці.
case-explainer-assigned = Валідатор з організації { $organisation } зараз оцінює картування критерій за критерієм.
case-explainer-returned = { $organisation } просить вас доповнити картування. Перегляньте список нижче.
case-explainer-concluded = Оцінювання в організації { $organisation } завершено. Висновок — нижче.
hand-in-goes-to = Картування буде передано до організації { $organisation }.
hand-in-no-home = Щоб подати картування, спочатку виберіть комуну проживання. Це можна зробити на сторінці «Ваш обліковий запис».
field-provider = Хто має оцінювати
hand-in-choose-hint = Цю професію оцінюють кілька організацій. Виберіть одну.
error-conflict-case-moved = Хтось інший уже змінив цю справу. На сторінці показано її поточний стан.
error-conflict-no-home = Щоб подати картування, спочатку виберіть комуну проживання.
field-error-not-listed = немає в довіднику для цього курсу або професії
field-error-does-not-fit = не відповідає оцінкам критеріїв
field-error-in-past = має бути датою після сьогоднішньої
field-error-too-far = може бути не пізніше ніж через рік
field-error-no-items = у списку ще нічого немає
field-error-too-many = у списку може бути не більше ніж 30 пунктів
field-error-invalid = це не один із варіантів
field-error-invalid-characters = містить символи, які не можна зберегти
mail-additions-subject = Kartla: будь ласка, доповніть своє картування
mail-additions-body = Добрий день, { $name }!

    Людина, яка оцінює ваше картування, просить вас його доповнити. Список того, що потрібно, і останній день ви знайдете тут:

    { $link }

    З повагою
    Kartla
mail-concluded-subject = Kartla: оцінювання вашого картування завершено
mail-concluded-body = Добрий день, { $name }!

    Оцінювання вашого картування завершено. Тут ви можете прочитати висновок і завантажити його:

    { $link }

    З повагою
    Kartla

## The statement (PDF)
file-name-statement = висновок-{ $number }
verify-document = Документ
statement-title = Висновок
statement-lead = Оцінювання знань і компетентностей (валідація), критерій за критерієм.
statement-organisation = Видано
statement-contact = Контакти
statement-case = Справа
statement-version = Подана версія, яку оцінено
statement-issued = Дата
statement-assessor = Оцінювач
statement-verify-where = Перевірити, що висновок справжній, можна тут:
statement-outcome = Результат
statement-signatures = Підписи
statement-assessed-by = Оцінювач: { $name }.
statement-principal = Відповідальний директор або керівник:
statement-signature = Підпис:
statement-name-clarified = Ім’я та прізвище друкованими літерами:
statement-signed-date = Місце і дата:

## The directory: who assesses what
nav-directory = Хто що оцінює
directory-title = Хто що оцінює
directory-lead = Організації регіону і люди, які оцінюють знання за курсами та професіями. Тут показано тільки тих, хто сам погодився на це.
directory-q = Курс або професія
directory-q-hint = Введіть частину назви або код, наприклад «склад» або «DEMO-KOCK1».
directory-municipality = Комуна
directory-any-municipality = Усі комуни
directory-search = Шукати
directory-none = У довіднику немає нікого, хто відповідає пошуку.
directory-serves = Оцінює для: { $list }
directory-serves-all = Оцінює для всього регіону
directory-assesses = Оцінює
directory-languages = Мови
directory-methods = Методи
directory-contact = Контакти
admin-directory-title = Довідник «Хто що оцінює»
admin-directory-lead = Вкажіть, що оцінює кожен працівник вашої організації, якими мовами він говорить і якими методами користується. Справи можна доручати тільки валідаторам, які є в довіднику для цього курсу або професії. Кожен сам вирішує на сторінці свого облікового запису, чи показувати його публічно.
admin-directory-none = У ваших організаціях немає нікого, хто оцінює або консультує.
admin-directory-saved = Довідник збережено.
admin-directory-listed = Показано в публічному довіднику.
admin-directory-not-listed = Не показано публічно (людина цього не вибрала).
admin-directory-languages-hint = Коди мов через кому, наприклад «sv, ar, ti».
admin-directory-save = Зберегти
field-languages = Мови
account-listing-title = Довідник «Хто що оцінює»
account-listing-lead = Ви є в довіднику своєї організації. Виберіть, чи показувати вас публічно і які контактні дані показувати.
account-listing-show = Показувати мене в публічному довіднику
account-listing-email = Електронна пошта для показу (необов’язково)
account-listing-phone = Телефон для показу (необов’язково)
account-listing-save = Зберегти
account-listing-saved = Ваш вибір для довідника збережено.
field-error-bad-language-tags = напишіть коди мов через кому, наприклад sv, ar, ti (не більше ніж 12)

## What you master and what remains
gaps-heading = Що ви вже вмієте і що залишилося
gaps-counts = Ви відповідаєте { $masters } з { $total ->
    [one] { $total } критерію
    [few] { $total } критеріїв
    [many] { $total } критеріїв
   *[other] { $total } критерію
    }, а ще { $partly } — частково.
gaps-verdict = Поки що це має такий вигляд:
gaps-remaining = Залишилося: { $codes }
gaps-source-self = На основі ваших власних відповідей.
gaps-source-judged = Для { $judged } з { $total ->
    [one] { $total } критерію
    [few] { $total } критеріїв
    [many] { $total } критеріїв
   *[other] { $total } критерію
    } враховано оцінку валідатора, для решти — ваші власні відповіді.
gaps-elsewhere = Те, що ви вмієте, зараховується і тут
gaps-elsewhere-hint = Курси та професії з критеріями про ті самі знання, що й ті, які ви вже маєте.
gaps-covers = ваші відповіді охоплюють { $covered } з { $total ->
    [one] { $total } критерію
    [few] { $total } критеріїв
    [many] { $total } критеріїв
   *[other] { $total } критерію
}

## The Swedish original
originals-show = Показувати шведський оригінал під кожним критерієм
originals-hide = Сховати шведський оригінал
original-label = Шведською:

## Sharing with a study and career counsellor
nav-caseload = Мої учасники
caseload-title = Мої учасники
caseload-lead = Картування, якими учасники поділилися з вами. Те, що ви відкриваєте, видно в їхньому списку «Хто бачив ваші дані».
caseload-none = Ніхто ще нічим з вами не поділився.
caseload-all = Ділиться всіма своїми картуваннями
caseload-one = Ділиться цим картуванням
caseload-since = з { $date }
sharing-title = Поділитися з консультантом з питань навчання і професії
sharing-lead = Ви можете дозволити консультанту з вашої комуни прочитати одне картування або всі ваші картування перед розмовою. Ви можете припинити ділитися будь-коли.
sharing-none = Зараз ви нічим не ділитеся.
sharing-everything = Усі мої картування
sharing-line = { $counsellor } може читати: { $what }
sharing-withdraw = Припинити ділитися
sharing-submit = Поділитися
sharing-saved = Тепер ви ділитеся з консультантом.
sharing-withdrawn = Ви більше цим не ділитеся.
field-counsellor = Консультант
field-mapping = Чим ви хочете поділитися

## Guidance sessions
session-start = Почати консультацію
session-title = Консультація: { $person }
session-heading = Консультація
session-with-person = З ким: { $name }
session-with-counsellor = Ваш консультант з питань навчання і професії: { $name }
session-code-intro = Код для приєднання:
session-other-here = { $name } переглядає цей розділ.
session-other-at = { $name } переглядає розділ { $n }.
session-other-away = { $name } ще не на консультації.
session-follow = Перейти туди теж
session-section = Розділ { $n }
session-sections = Розділи
session-save = Зберегти
session-ended = Цю консультацію завершено. Написане залишається, але писати тут більше нічого не можна.
session-direct-on = Дозволити консультанту писати в моїх відповідях
session-direct-off = Заборонити консультанту писати в моїх відповідях
session-direct-is-on = Під час цієї консультації консультант може писати у ваших відповідях.
session-direct-is-off = Зміни консультанта надходять як пропозиції. Ви можете їх прийняти або відхилити.
session-trail = Що відбувалося на консультації
session-end = Завершити консультацію
sessions-back = Усі консультації
sessions-title = Консультації
sessions-none = Зараз немає відкритих консультацій.
sessions-with = З ким: { $name }
sessions-since = Розпочато { $time }
sessions-join = Приєднатися за кодом
sessions-join-hint = Консультант дасть вам шість літер і цифр, наприклад K7M-Q2X.
sessions-join-button = Приєднатися
field-code = Код
field-error-no-such-session = немає відкритої консультації з таким кодом — перевірте його з консультантом
proposal-heading = Запропонована зміна
proposal-by = { $name } пропонує:
proposal-make = Запропонувати зміну
proposal-send = Надіслати пропозицію
proposal-accept = Прийняти
proposal-reject = Відхилити
notes-heading = Нотатки
notes-open = Ви можете читати всі нотатки, які пишуть про вас.
note-label = Нова нотатка
note-hint = Особа читає всі нотатки.
note-add = Додати нотатку
field-note = Нотатка
error-conflict-session-ended = Консультацію завершено.
error-conflict-proposal-decided = Цю пропозицію вже прийнято, відхилено або замінено.
session-event-started = розпочато консультацію
session-event-joined = приєднання до консультації
session-event-wrote = внесено зміни до критерію { $criterion }
session-event-proposed = запропоновано зміну до критерію { $criterion }
session-event-accepted = прийнято пропозицію щодо критерію { $criterion }
session-event-rejected = відхилено пропозицію щодо критерію { $criterion }
session-event-direct-on = консультанту дозволено писати
session-event-direct-off = консультанту більше не дозволено писати
session-event-noted = додано нотатку
session-event-ended = консультацію завершено

## Individual study plan
plan-title = Індивідуальний навчальний план: { $person }
plan-saved = Навчальний план збережено.
plan-pdf = Завантажити навчальний план (PDF)
plan-link = Індивідуальний навчальний план
plan-field-goal = Мета навчання
plan-goal-hint = До чого має привести навчання, словами самої особи.
plan-field-pace = Темп навчання
plan-pace-value = { $percent } %
plan-field-start = Початок
plan-start-hint = День початку навчання у форматі РРРР-ММ-ДД.
plan-field-course = Курс
plan-field-points = Бали
plan-field-courses = Курси
plan-courses = Заплановані курси
plan-no-courses = Ще не заплановано жодного курсу.
plan-course = Курс
plan-points = Бали
plan-points-of = Бали за курс { $course }
plan-change = Змінити
plan-remove = Видалити
plan-total = Разом { $points ->
    [one] { $points } бал
    [few] { $points } бали
    [many] { $points } балів
   *[other] { $points } бала
    }.
plan-suggested = Запропоновано за аналізом прогалин
plan-suggested-hint = Курси цього картування, які відповіді (або оцінки валідатора) ще не охоплюють повністю. Позначте ті, які треба запланувати.
plan-add = Додати курс із каталогу
plan-add-none = Без курсу
plan-save = Зберегти навчальний план
plan-history = Зміни
plan-change-goal = змінено мету
plan-change-pace = встановлено темп навчання { $value } %
plan-change-start = встановлено дату початку { $value }
plan-change-added = додано { $value }
plan-change-removed = видалено { $value }
plan-change-points = змінено бали: { $value }
plan-change-order = змінено порядок курсів
field-error-invalid-date = напишіть дату у форматі РРРР-ММ-ДД
field-error-invalid-points = напишіть бали числом від 1 до 2500
plan-pdf-no-goal = Мету ще не вказано.
plan-pdf-signatures = Складено спільно
plan-pdf-sign-person = Особа:
plan-pdf-sign-counsellor = Консультант з питань навчання і професії:
plan-pdf-made = Роздруковано з Kartla { $date }.
file-name-study-plan = навчальний-план-{ $number }
guidance-heading = Консультування
guidance-session-open = { $name } має відкриту консультацію щодо цього картування.
guidance-join = Приєднатися до консультації
caseload-people = Поділилися з вами
connect-invite-heading = Запросити учасника
connect-invite-lead = Створіть код і дайте його людині. Коли вона введе код на сторінці свого облікового запису, усе, що вона картує, стане доступним вам. Код діє один раз протягом тижня.
connect-invite-until = діє до { $date }
connect-invite-make = Створити код
connect-heading = Під’єднатися за кодом від консультанта
connect-hint = Шість літер і цифр, наприклад K7M-Q2X. Тоді все, що ви картуєте, буде доступне цьому консультанту. Ви можете припинити ділитися будь-коли.
field-connect-code = Код від вашого консультанта
connect-submit = Під’єднатися
field-error-no-such-invitation = немає відкритого запрошення з таким кодом — можливо, його вже використали або строк минув
field-error-not-your-counsellor = цей консультант не працює з вашою комуною
pdf-gaps-self = На основі власних відповідей особи.
pdf-gaps-judged = Для { $count ->
    [one] { $count } критерію
    [few] { $count } критеріїв
    [many] { $count } критеріїв
   *[other] { $count } критерію
    } замість відповіді особи враховано оцінку валідатора.
pdf-gaps-counts = Виконано: { $masters } · частково: { $partly } · залишилося: { $remaining }
pdf-gaps-verdict = Попередній результат
pdf-gaps-remaining = Залишилося
pdf-gaps-heading = Аналіз прогалин

## Follow-up (statistics)
nav-stats = Моніторинг
stats-title = Моніторинг
stats-lead = Скільки людей проходять картування, скільки триває кожен етап і з яким результатом — але ніколи про окрему особу. Якщо людей менше ніж { $n }, показано «менше ніж { $n }», а число, яке інакше можна було б обчислити, теж приховано.
stats-org = Чиї дані
stats-from = З місяця
stats-to = До місяця (включно)
stats-by = Розбивка
stats-show = Показати
stats-whose-region = Увесь регіон: { $name }.
stats-whose-own = { $name } і підсумки для всього регіону.
stats-period = Повні місяці: { $from } – { $to }.
stats-download-csv = Завантажити у форматі CSV
stats-download-pdf = Завантажити звіт у форматі PDF
stats-fewer-than = менше ніж { $n }
stats-hidden = приховано
stats-no-municipality = Комуну проживання не вказано
stats-no-provider = Сама комуна
stats-chart-caption = Діаграма: { $measure }. Ті самі числа є в таблиці нижче.
stats-table-caption = Картування, які дійшли до кожного етапу за період
stats-total = Разом: { $name }
stats-region-total = Разом: { $name } (увесь регіон)
stats-measure-started = Розпочато
stats-measure-handed-in = Подано
stats-measure-returned = Повернуто для доповнення
stats-measure-assigned = Доручено валідатору
stats-measure-concluded = Завершено
stats-by-municipality = Комуна
stats-by-provider = Організатор навчання
stats-by-framework = Курс або професія
stats-by-month = Місяць
stats-by-language = Мова
stats-heading-municipality = За комунами
stats-heading-provider = За організаторами навчання
stats-heading-framework = За курсами і професіями
stats-heading-month = За місяцями
stats-heading-language = За мовами
stats-unit-municipality = Комуна
stats-unit-provider = Організатор навчання
stats-unit-framework = Курс або професія
stats-unit-month = Місяць
stats-unit-language = Мова
stats-heading-durations = Скільки тривають етапи
stats-durations-chart = Діаграма: медіана в днях для кожного етапу. Ті самі числа є в таблиці нижче.
stats-durations-caption = Дні — для тих, хто завершив етап за період
stats-col-step = Етап
stats-col-people = Кількість людей
stats-col-median = Медіана (дні)
stats-col-p90 = 9 з 10 уклалися в (дні)
stats-not-shown = не показано
stats-step-mapping = Від початку до подання
stats-step-waiting = Від подання до доручення валідатору
stats-step-assessing = Від доручення валідатору до завершення
stats-step-whole = Увесь шлях: від початку до завершення
stats-heading-outcomes = Результати за курсами і професіями
stats-outcomes-none = За цей період жодне картування не завершено.
stats-outcomes-caption = Завершені картування та їхні результати
stats-heading-languages = Мови в Kartla
stats-languages-chart = Діаграма: кількість людей за мовами. Ті самі числа є в таблиці нижче.
stats-languages-caption = Мова, якою люди користувалися Kartla
field-error-stats-month = напишіть місяць у форматі РРРР-ММ, наприклад 2025-03
field-error-stats-backward = період закінчується раніше, ніж починається
field-error-stats-by = виберіть один із варіантів розбивки у списку
stats-pdf-title = Моніторинг: { $name }
stats-pdf-made = Роздруковано з Kartla { $date }.
file-name-stats = моніторинг-{ $number }
