### Kartla – русский (ru)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = Перейти к основному содержанию
footer-privacy = Kartla хранит только то, что вы пишете в своём картировании. Это видите только вы, а после подачи — ещё и валидаторы.
nav-label = Главное меню
nav-my-mappings = Мои картирования
nav-sign-in = Войти
nav-sign-out = Выйти
nav-register = Создать учётную запись
signed-in-as = Вы вошли как { $name }
language-label = Язык
language-change = Сменить язык
language-unreviewed-mark = ещё не проверено
languages-link = О языках
languages-title = Языки
languages-lead = Вы можете пользоваться Kartla на этих языках. Переводы пишет команда Kartla. Перевод, который ещё не проверил носитель языка, отмечен, и в нём могут быть ошибки.
languages-caption = Языки и то, проверил ли каждый перевод носитель языка
languages-col-language = Язык
languages-col-name = По-русски
languages-col-status = Перевод
languages-status-original = Оригинальный текст
languages-status-reviewed = Проверено носителем языка
languages-status-unreviewed = Ещё не проверено носителем языка
languages-feedback = Что-то на вашем языке звучит неправильно? Скажите об этом своему консультанту по учёбе и профессии или администратору Kartla в вашей коммуне. Это можно исправить, не дожидаясь новой версии Kartla.
loading = Загрузка…
back-home = На главную страницу

## Errors
error-summary-title = Нужно кое-что исправить
error-validation = Проверьте данные ниже.
error-bad-request = Не удалось прочитать запрос. Обновите страницу и попробуйте ещё раз.
error-unauthorized = Чтобы увидеть эту страницу, нужно войти.
error-sign-in-failed = Неверный адрес электронной почты или пароль.
error-forbidden = У вас нет права на это действие.
error-too-many = Слишком много попыток. Подождите минуту и попробуйте ещё раз.
error-cross-site = Этот запрос пришёл со страницы другого сайта, поэтому он отклонён. Перейдите в Kartla и сделайте это там.
error-not-found = Такой страницы нет.
error-internal = У нас что-то пошло не так. То, что вы уже сохранили, не потеряно. Попробуйте ещё раз чуть позже.
error-unreachable = Сейчас нет связи с Kartla. Проверьте подключение к интернету и попробуйте ещё раз.
error-conflict-email-taken = Учётная запись с этим адресом электронной почты уже есть. Войдите в неё.
error-conflict-not-editable = Картирование подано, и сейчас его нельзя изменить.
error-conflict-already-submitted = Картирование уже подано.
error-conflict-already-decided = Картирование уже проверено.
field-error-required = нужно заполнить
field-error-too-long = слишком длинный текст
field-error-too-short = слишком короткий текст
field-error-invalid-email = это неправильный адрес электронной почты
field-error-invalid-rating = выберите один из вариантов
field-error-unknown-criterion = не относится к этому картированию
field-error-unknown-framework = нет в каталоге
field-error-not-rated = выберите, насколько хорошо вы это умеете
field-error-changed-elsewhere = ответ изменили в другой вкладке или на другом устройстве, поэтому он не перезаписан
field-error-no-description = опишите, как и где вы этому научились и как это применяли

## Rating
rating-legend = Насколько хорошо вы это умеете?
rating-no-experience = Нет опыта
rating-some-experience = Немного опыта
rating-with-support = Умею с помощью
rating-independently = Умею самостоятельно
rating-can-teach = Могу научить других
rating-no-experience-hint = Мне не приходилось этого делать.
rating-some-experience-hint = Мне приходилось видеть, как это делают, или несколько раз пробовать.
rating-with-support-hint = Я умею это, когда мне помогают или показывают, как делать.
rating-independently-hint = Я умею это делать самостоятельно, без помощи.
rating-can-teach-hint = Я знаю это так хорошо, что могу показать и объяснить другим.
rating-or = или
rating-not-relevant = Ко мне это не относится
rating-not-relevant-hint = Это не входит в то, что я хочу показать. Писать ничего не нужно.
prompts-summary = Подсказки для описания
prompt-normal-day = Как выглядел обычный рабочий день? Что вы делали?
prompt-hardest = Какая ситуация была самой сложной, и как вы с ней справились?
prompt-tools = Какими инструментами, машинами, программами или методами вы пользовались?
prompt-how-long = Как долго и как часто вы это делали?
read-aloud = Прочитать вслух

## Status
status-draft = Черновик
status-submitted = Подано
status-returned = Нужны дополнения
status-reviewed = Оценено
event-submitted = Подано: { $name }, { $date }
event-returned = Возвращено для дополнения: { $name }, { $date }
event-reviewed = Оценено: { $name }, { $date }
kind-course = Курс
kind-occupation = Профессия

## Start page
home-title = Покажите, что вы умеете
home-lead = Kartla помогает описать, что вы уже знаете и умеете, критерий за критерием. Тогда валидатор сможет это оценить.
home-how = Создайте учётную запись, выберите курс или профессию и отвечайте в своём темпе. Всё, что вы пишете, сохраняется.
home-have-account = У меня уже есть учётная запись
home-role-later = Скоро для вашей роли появятся новые инструменты.

## Account
sign-in-title = Вход
sign-in-submit = Войти
sign-in-no-account = Нет учётной записи? Создайте её.
register-title = Создать учётную запись
register-why = Ваше имя нужно для профиля компетенций, а адрес электронной почты — чтобы вы могли снова войти.
register-submit = Создать учётную запись
password-hint = Не менее 12 символов. Хорошо подходит предложение, которое вы легко запомните.
field-name = Имя и фамилия
field-email = Адрес электронной почты
field-password = Пароль
field-locale = Язык
field-municipality = Коммуна проживания
municipality-hint = Коммуна (муниципалитет), где вы живёте. Она предлагает вам валидацию и отвечает за ваши картирования. Вы можете изменить её позже.
municipality-choose = Выберите коммуну
field-comment = Комментарий

## My mappings
my-mappings-title = Мои картирования
my-mappings-none = Вы ещё не начали ни одного картирования.
updated-on = Последние изменения: { $date }
start-mapping-title = Начать новое картирование
start-mapping-lead = Выберите курс или профессию, по которым вы хотите показать, что умеете.
criteria-count = { $count ->
    [one] { $count } критерий
    [few] { $count } критерия
    [many] { $count } критериев
   *[other] { $count } критерия
}
start-mapping-button = Начать: { $title }

## Overview
sections-heading = Части
progress = Есть ответ: { $done } из { $total }
task-not-started = Не начато
task-in-progress = Начато
task-done = Готово
check-answers-link = Проверить и подать
download-pdf = Скачать профиль компетенций (PDF)
print-heading = Распечатать профиль компетенций
print-lang = Язык заголовков и подписей
print-two = Критерии на двух языках рядом
print-two-hint = Язык участника и шведский, например чтобы валидатор и участник читали вместе.
goal-heading = Моя цель
field-goal = Цель картирования
goal-hint = Например, курс, оценка или профессия, которых вы хотите достичь. Цель будет видна на первой странице профиля компетенций.
goal-save = Сохранить цель
goal-saved = Цель сохранена.
goal-shown = Цель картирования: { $goal }
pdf-goal = Цель
submitted-explainer = Ваше картирование подано. Валидатор его проверяет. Пока идёт проверка, менять ответы нельзя.
reviewed-explainer = Проверка завершена. Скачайте свой профиль компетенций ниже.

## Section
section-of = Часть { $n } из { $total }
back-to-overview = Назад к обзору
read-only-explainer = Картирование подано. Вы можете читать свои ответы, но не менять их.
save-and-continue = Сохранить и продолжить
autosave-saving = Сохранение…
autosave-saved = Сохранено
session-warning-title = Скоро сеанс будет завершён
session-warning-text = В целях безопасности вас автоматически выводят из системы, если вы ничего не делаете { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
    }. То, что вы сохранили, останется.
session-stay = Остаться в системе
session-ended-title = Вы вышли из системы
session-ended-text = То, что вы успели сохранить, осталось. Текст, который не успел сохраниться, есть в этом браузере. Он будет отправлен, когда вы снова войдёте.
session-sign-in-again = Войти снова
autosave-restored = Текст, который в прошлый раз не успел сохраниться, остался в этом браузере. Сейчас мы его отправляем…
autosave-offline = Ещё не сохранено — нет подключения. Текст останется в этом браузере и будет отправлен, когда подключение восстановится.
autosave-changed-elsewhere = Не сохранено: ответ изменили в другой вкладке или на другом устройстве.
answer-changed-elsewhere = После того как вы открыли эту страницу, ответ изменили в другой вкладке или на другом устройстве. Ваш текст остался в поле, но не сохранён. Сохраните ещё раз, если хотите оставить свой текст.
answer-changed-elsewhere-live = Ответ изменили в другой вкладке или на другом устройстве. Ваш текст остался в поле, но не сохранён. Выберите, какой вариант оставить.
answer-saved-elsewhere = Сохранённый ответ сейчас:
conflict-keep-mine = Оставить мой текст
conflict-use-saved = Взять сохранённый ответ
text-in-swedish = Этот текст есть только на шведском языке.
answer-label = Как и где вы этому научились и как это применяли?
answer-hint = Расскажите, что вы делали, где, как долго и какими инструментами. Не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
    }.

## Check your answers
check-title = Проверьте свои ответы
missing-heading = Чтобы подать картирование, нужно ещё заполнить
missing-rating = { $code }: выберите, насколько хорошо вы это умеете
missing-description = { $code }: опишите, как и где вы этому научились
not-answered = Нет ответа
no-description = Нет описания
change = Изменить
submit-heading = Подать
submit-explainer = Когда вы подадите картирование, валидатор сможет прочитать ваши ответы и ваше портфолио. Валидатор может принять картирование или попросить вас что-то дополнить. Пока идёт проверка, менять ответы нельзя.
submit-button = Подать картирование

## Validator
trail-heading = История

## PDF
pdf-title = Профиль компетенций
pdf-person = Участник
pdf-frameworks = Курс или профессия
pdf-date = Дата
pdf-status = Статус
pdf-rating = Самооценка
pdf-answer = Как и где
pdf-validator = Валидатор
pdf-trail = История
pdf-version = версия { $version }
pdf-started = Начато
pdf-submitted = Подано
pdf-summary = Итог
pdf-fully-met = Умеет полностью (самостоятельно или может научить других)
pdf-partly-met = Умеет частично (немного опыта или с помощью)
pdf-none = нет
pdf-portfolio = Портфолио
pdf-evidence = Приложения
pdf-evidence-missing = Нет доказательств для
pdf-attachment = Приложение { $number }
pdf-verify-code = Код проверки
pdf-verify-where = Проверить, что профиль подлинный, можно здесь:
pdf-page = Страница { $page } из { $pages }
file-name-attachment = приложение-{ $number }
file-name-certificate = проект-справки-{ $number }
file-name-profile = профиль-компетенций-{ $number }
verify-title = Проверить профиль компетенций
verify-lead = У каждого профиля компетенций из Kartla внизу каждой страницы есть код проверки. Введите его здесь, чтобы увидеть, что профиль существует и когда его распечатали.
verify-code-label = Код проверки
verify-code-hint = Двенадцать символов, например 7KQM-2WXP-H9CD. Большие или маленькие буквы — неважно.
verify-submit = Проверить
verify-found = Такой профиль компетенций существует
verify-code = Код проверки
verify-person = Инициалы участника
verify-frameworks = Курс или профессия
verify-printed = Распечатан
verify-status = Статус на момент печати
verify-fingerprint = Отпечаток (SHA-256) файла PDF
verify-fingerprint-hint = Если у вас есть файл, вычислите его SHA-256 и сравните. Если они совпадают, файл не меняли с тех пор, как его распечатали.
verify-not-found = Профиля компетенций с таким кодом нет. Проверьте, правильно ли вы его переписали.
answer-not-saved = Текст слишком длинный, поэтому он не сохранён. Сократите его и сохраните ещё раз — то, что вы написали, осталось здесь.

## Section titles Kartla gives imported frameworks
import-section-core-content = Основное содержание
import-section-knowledge-requirements = Требования к знаниям
import-section-essential = Обязательные навыки и знания
import-section-optional = Дополнительные навыки и знания
import-section-skills = Навыки
import-section-competencies = Компетенции

## The public catalogue
nav-catalogue = Каталог
catalogue-title = Каталог критериев
catalogue-lead = Курсы и профессии, по которым вы можете пройти картирование своих знаний и навыков. Выберите курс или профессию, чтобы увидеть критерии.
catalogue-search = Поиск по названию или коду
catalogue-kind = Тип
catalogue-kind-all = Все
catalogue-kind-course = Курсы
catalogue-kind-occupation = Профессии
catalogue-language = Язык текстов
catalogue-language-all = Все языки
catalogue-search-button = Искать
catalogue-found = { $count ->
    [0] Ничего не найдено
    [one] Найден { $count } результат
    [few] Найдено { $count } результата
    [many] Найдено { $count } результатов
   *[other] Найдено { $count } результата
}
catalogue-pages = Страницы
catalogue-page-of = Страница { $page } из { $pages }
catalogue-previous = Предыдущая страница
catalogue-next = Следующая страница
catalogue-languages = Доступные языки: { $list }
catalogue-published = опубликовано { $date }
catalogue-older-version = Это более старая версия.
catalogue-see-current = Посмотреть действующую версию
catalogue-fallback-note = Некоторых текстов на вашем языке нет, поэтому они показаны на шведском.
catalogue-start-mapping = Начать картирование по этому курсу или профессии
catalogue-versions = Версии
grade-step = Уровень оценки { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Код курса Skolverket
language-name = { $code ->
    [sv] шведский
    [en] английский
    [ar] арабский
    [fa] персидский
    [ti] тигринья
    [so] сомалийский
    [uk] украинский
    [ckb] сорани
    [ps] пушту
    [prs] дари
    [kmr] курманджи
    [am] амхарский
    [ru] русский
    [tr] турецкий
    [de] немецкий
    [fi] финский
    [fr] французский
    [es] испанский
    [pl] польский
   *[other] { $code }
}
catalogue-version = Версия { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Каталог (администрирование)
admin-catalogue-title = Управление каталогом
admin-catalogue-count = { $count ->
    [one] { $count } набор критериев
    [few] { $count } набора критериев
    [many] { $count } наборов критериев
   *[other] { $count } набора критериев
}
admin-catalogue-caption = Наборы критериев в каталоге
admin-import-start = Импортировать критерии из файлов
admin-col-code = Код
admin-col-title = Название
admin-col-kind = Тип
admin-col-version = Версия
admin-col-status = Статус
admin-col-criteria = Критерии
admin-col-sections = Разделы
admin-col-languages = Языки
admin-col-change = Изменение
version-draft = Черновик
version-published = Опубликовано
import-title = Импорт критериев
import-lead = Выберите формат и файлы. Прежде чем что-то сохранится, вы увидите, что есть в файлах и что изменится.
import-format = Формат
format-kartla = Собственный формат Kartla (TOML)
format-kartla-hint = Один файл на набор критериев, как его создаёт команда kartla catalogue export.
format-skolverket = API учебных программ Skolverket (JSON)
format-skolverket-hint = Ответ, который содержит course, courses, subject или subjects. Основное содержание и требования к знаниям становятся критериями.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv и occupationSkillRelations_xx.csv, по желанию на нескольких языках. Шведский обязателен.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = Названия профессий со связанными с ними навыками.
format-moodle = Рамка компетенций Moodle (CSV)
format-moodle-hint = Экспорт из Moodle. Структуру задают идентификационные номера родительских элементов (Parent ID number).
import-files = Файлы
import-files-hint = Можно выбрать несколько файлов, вместе не более { $mb } МБ.
import-occupations = Только эти профессии ESCO (необязательно)
import-occupations-hint = Один URI профессии в строке. Оставьте пустым, чтобы импортировать все профессии из файлов.
import-preview-button = Показать предварительный просмотр
import-preview-title = Предварительный просмотр импорта
import-refused = { $count ->
    [one] Файлы нельзя импортировать: { $count } проблема
    [few] Файлы нельзя импортировать: { $count } проблемы
    [many] Файлы нельзя импортировать: { $count } проблем
   *[other] Файлы нельзя импортировать: { $count } проблемы
}
import-at-line = строка { $line }
import-in-field = поле { $field }
import-nothing-written = Ничего не сохранено. Исправьте файлы и попробуйте ещё раз.
import-try-again = Выбрать файлы заново
import-summary = Наборов критериев: { $total }. Новые: { $new }, изменённые: { $changed }, без изменений: { $unchanged }.
import-rows-shown = (показаны первые { $shown })
import-applied = Импорт завершён. Наборы критериев теперь есть в каталоге.
import-blocked = Кто-то редактирует черновик одного из наборов критериев. Сначала опубликуйте или удалите этот черновик.
import-nothing-to-write = Всё, что есть в файлах, уже есть в каталоге. Сохранять ничего не нужно.
import-confirm = { $count ->
    [one] Импортировать { $count } набор критериев
    [few] Импортировать { $count } набора критериев
    [many] Импортировать { $count } наборов критериев
   *[other] Импортировать { $count } набора критериев
}
import-preview-caption = Наборы критериев в файлах
plan-new = Новый, версия 1
plan-new-version = Изменён, станет версией { $version }
plan-unchanged = Без изменений (версия { $version })
plan-draft-in-the-way = Заблокирован черновиком (версия { $version })
error-too-large = То, что вы отправили, слишком большое.
error-conflict-not-a-draft = Изменять можно только черновик. Опубликованная версия никогда не меняется.
error-conflict-code-taken = Этот код уже использует другой набор критериев.
error-conflict-draft-in-the-way = Кто-то редактирует черновик этого набора критериев. Сначала опубликуйте или удалите этот черновик.
error-conflict-import-refused = Файлы не удалось прочитать, поэтому их нельзя импортировать.
error-conflict-import-applied = Этот импорт уже выполнен.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = не удалось прочитать файл ({ $detail }).
import-syntax = у файла неправильный формат: { $detail }
import-missing-field = отсутствует, хотя обязательно.
import-unknown-language = неизвестный код языка «{ $detail }». Используйте код ISO 639, например sv, en или ar.
import-missing-swedish = нет текста на шведском. Если перевода нет, каталог показывает шведский текст, поэтому шведский обязателен.
import-missing-file = этот файл нужен, но его не добавили.
import-unknown-occupation = нет профессии с URI { $detail }.
import-unknown-parent = нет строки с идентификационным номером «{ $detail }».
import-duplicate-framework = код { $detail } встречается дважды.
import-nothing = не содержит ни одного набора критериев для импорта.
import-expected-skolverket-root = ожидался ответ API Skolverket с course, courses, subject или subjects.
import-expected-jobtech-concepts = ожидался список JSON с понятиями JobTech Taxonomy.
import-expected-moodle-header = ожидался экспорт из Moodle со столбцами Parent ID number, ID number, Short name и Description.
import-expected-kartla-file = ожидался файл в формате Kartla, который начинается с format = "kartla/1".
import-expected-text = ожидался текст.
import-expected-list = ожидался список.
import-expected-kind = ожидалось course или occupation.
import-expected-grade-step = ожидался уровень оценки E, C или A.
import-expected-external-system = ожидалось esco, jobtech или skolverket.
import-expected-utf8 = ожидался текст в кодировке UTF-8.
content-bad-code = код может содержать от 1 до 60 символов: буквы a–z, цифры, точки, дефисы или подчёркивания.
content-empty = не может быть пустым.
content-too-long = длиннее, чем разрешено (максимум символов: { $detail }).
content-no-sections = в наборе критериев должен быть хотя бы один раздел.
content-no-criteria = в разделе должен быть хотя бы один критерий.
content-duplicate-code = код критерия { $detail } использован дважды.
content-unknown-language = неизвестный код языка «{ $detail }».
content-guidance-on-occupation = описания уровней оценки относятся к курсам, а не к профессиям.

## Authoring frameworks
admin-new-framework = Новый набор критериев
admin-col-action = Действие
admin-edit = Редактировать { $code }
admin-continue = Продолжить черновик { $code }, версия { $version }
new-framework-title = Новый набор критериев
new-framework-button = Создать черновик
editor-kind = Тип
editor-code = Код
editor-code-hint = Короткий и уникальный, не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
    }: буквы a–z, цифры, точки, дефисы или подчёркивания. Позже код изменить нельзя.
editor-title-sv = Название на шведском
editor-title-en = Название на английском (необязательно)
editor-title = Редактирование: { $title }, черновик версии { $version }
editor-lead = Черновик не виден в каталоге, пока вы его не опубликуете. Каждая кнопка сначала сохраняет всё, что вы ввели. Опубликованная версия никогда не меняется. Картирования, которые уже начаты, остаются на своей версии.
editor-name = Название
editor-external = Связь с внешним реестром (необязательно)
editor-external-system = Реестр
editor-external-none = Без связи
editor-external-id = Идентификатор или URI понятия
editor-section = Раздел { $number }
editor-section-title = Заголовок раздела
editor-section-add = Добавить раздел
editor-section-up = Переместить раздел { $number } выше
editor-section-down = Переместить раздел { $number } ниже
editor-section-remove = Удалить раздел { $number }
editor-criterion = Критерий { $number }
editor-criterion-code = Код
editor-criterion-text = Текст критерия
editor-criterion-add = Добавить критерий в раздел { $number }
editor-criterion-up = Переместить критерий { $number } выше
editor-criterion-down = Переместить критерий { $number } ниже
editor-criterion-remove = Удалить критерий { $number }
editor-guidance = Уровни оценки E, C и A (необязательно)
editor-guidance-hint = Что означает каждый уровень оценки для этого критерия. Участники и валидаторы видят это как подсказку.
editor-add-language = Добавить язык
editor-add-language-hint = Поля для этого языка появятся, когда вы сохраните.
editor-add-language-none = Без нового языка
editor-save = Сохранить черновик
editor-publish = Опубликовать
editor-discard-title = Удалить черновик
editor-discard = Удалить черновик
editor-label-title = Название ({ $lang })
editor-label-section-title = Раздел { $section }, заголовок ({ $lang })
editor-label-section = Раздел { $section }
editor-label-criterion-code = Раздел { $section }, критерий { $criterion }, код
editor-label-criterion-text = Раздел { $section }, критерий { $criterion }, текст ({ $lang })
editor-label-criterion-guidance = Раздел { $section }, критерий { $criterion }, уровень оценки { $step } ({ $lang })
field-error-bad-code = код может содержать только буквы a–z, цифры, точки, дефисы или подчёркивания.
field-error-code-taken = этот код уже использует другой набор критериев.
field-error-no-sections = в наборе критериев должен быть хотя бы один раздел.
field-error-no-criteria = в разделе должен быть хотя бы один критерий.
field-error-duplicate-code = этот код уже есть у другого критерия.
field-error-unknown-language = неизвестный язык.
field-error-guidance-on-occupation = уровни оценки относятся к курсам, а не к профессиям.
start-mapping-search = Искать среди всех курсов и профессий в каталоге ({ $count })
guidance-summary = Что означают уровни оценки
admin-col-published = Опубликованная версия
admin-not-published = Не опубликовано

## The merit portfolio
nav-experiences = Портфолио
nav-evidence = Доказательства
experiences-title = Моё портфолио
experiences-lead = Напишите о том, что вы делали: работа, образование, курсы, волонтёрство и другое. Портфолио видите вы, а когда вы подадите картирование — ещё и валидаторы. Описывая, что вы умеете, вы можете ссылаться на свой опыт.
experiences-add = Добавить опыт
experiences-none = Вы ещё не добавили никакого опыта.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – по настоящее время
experience-edit = Изменить: { $role }
experience-delete = Удалить: { $role }
experience-new-title = Новый опыт
experience-edit-title = Изменить опыт
experience-unsaved = Это то, что вы написали в последний раз. Это ещё не сохранено — исправьте отмеченное и сохраните ещё раз.
experience-field-kind = Какой это опыт?
experience-field-role = Что вы делали?
experience-role-hint = Например, должность, учебная программа или курс.
experience-field-place = Работодатель, школа или организация и населённый пункт
experience-field-country = Страна
experience-field-start = Начало
experience-field-end = Конец
experience-month-hint = Год и месяц, например 2019-04.
experience-end-hint = Оставьте пустым, если это продолжается.
experience-field-tasks = Обязанности и чему вы научились
experience-tasks-hint = Опишите обычный день, сложные ситуации, с которыми вы справились, инструменты и методы. Не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
    }.
experience-save = Сохранить опыт
experience-kind-work = Работа
experience-kind-education = Образование
experience-kind-training = Курс или практика
experience-kind-volunteering = Волонтёрство
experience-kind-other = Другое
experience-certificate = Распечатать проект справки: { $role } (PDF)
cert-title = Проект справки
cert-intro = Я прохожу картирование своих знаний и навыков для валидации. Прошу вас как моего бывшего работодателя, руководителя или контактное лицо прочитать моё описание ниже, исправить то, что неверно, и подписать.
cert-about = О работе
cert-person = Имя и фамилия: { $value }
cert-role = Профессия или должность: { $value }
cert-place = Работодатель или место: { $value }
cert-country = Страна: { $value }
cert-period = Период: { $value }
cert-tasks = Обязанности, моими словами
cert-no-tasks = (Описания пока нет. Пожалуйста, опишите обязанности ниже.)
cert-confirm = Заверение
cert-confirm-choice = Описание верно:   да   /   да, с исправлениями ниже   /   нет   (обведите нужное)
cert-corrections = Исправления и дополнения:
cert-extent = Форма и объём занятости:
cert-signer-name = Имя и фамилия:
cert-signer-title = Должность:
cert-signer-organisation = Организация:
cert-signer-contact = Телефон или электронная почта:
cert-signed-date = Дата:
cert-signature = Подпись:
cert-made = Этот проект распечатан из Kartla { $date }. Он действителен только после подписания.
field-error-invalid-month = напишите год и месяц, например 2019-04.
field-error-end-before-start = конец не может быть раньше начала.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = На какой ваш опыт опирается этот ответ? (необязательно)
answer-experiences-none = Добавьте опыт в своё портфолио, и вы сможете ссылаться на него здесь.
answer-draws-on = Опирается на: { $list }
answer-evidence = Какие доказательства это подтверждают? (необязательно)
answer-evidence-none = Загрузите справки, оценки, удостоверения или фото своей работы, и вы сможете ссылаться на них здесь.
answer-evidence-missing = У меня нет доказательств для этого (отсутствуют)
answer-evidence-shown = Доказательства:
answer-evidence-missing-shown = Доказательства отсутствуют
evidence-title = Доказательства
evidence-lead = Справки, оценки, дипломы, удостоверения, сертификаты или фото того, что вы сделали. Каждый файл получает номер в том порядке, в котором вы его добавляете. Файлы видите только вы и тот, кто проверяет ваше картирование.
evidence-none = Вы ещё не добавили ни одного доказательства.
evidence-label = Приложение { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } КБ
evidence-belongs-to = Относится к: { $list }
evidence-open = Открыть приложение { $number }
evidence-delete = Удалить приложение { $number }
evidence-added = Приложение { $number } добавлено.
evidence-add-heading = Добавить доказательство
evidence-title-label = Что это? (необязательно)
evidence-title-hint = Например, «Удостоверение водителя погрузчика» или «Аттестат о среднем образовании». Не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
    }. Если оставите пустым, будет использовано название файла.
evidence-experiences = К какому опыту это относится? (необязательно)
evidence-file-label = Файл
evidence-file-hint = PDF, JPEG или PNG, не более { $max } МБ. Можно сфотографировать телефоном.
evidence-upload = Загрузить
evidence-full = { $max ->
    [one] У вас уже { $max } доказательство — это максимум, который можно сохранить. Удалите одно из них, чтобы добавить новое.
    [few] У вас уже { $max } доказательства — это максимум, который можно сохранить. Удалите одно из них, чтобы добавить новое.
    [many] У вас уже { $max } доказательств — это максимум, который можно сохранить. Удалите одно из них, чтобы добавить новое.
   *[other] У вас уже { $max } доказательства — это максимум, который можно сохранить. Удалите одно из них, чтобы добавить новое.
}
field-error-evidence-no-file = выберите файл для загрузки
field-error-evidence-too-big = файл слишком большой — он может быть не более 10 МБ
field-error-evidence-wrong-type = файл не в формате PDF, JPEG или PNG
field-error-evidence-too-many = у вас уже столько доказательств, сколько можно сохранить
field-error-evidence-title-too-long = описание слишком длинное
evidence-refused-no-file = Файл не отправлен.
evidence-refused-too-big = Файл слишком большой. Он может быть не более 10 МБ.
evidence-refused-wrong-type = Файл не в формате PDF, JPEG или PNG.
evidence-refused-too-many = Уже есть столько доказательств, сколько можно сохранить.
evidence-refused-title-too-long = Описание слишком длинное.
catalogue-version-dated = Версия { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = Кто видел ваши данные
seen-by-lead = Каждый раз, когда кто-то, кроме вас, открывает одно из ваших картирований, его профиль компетенций или один из ваших файлов-доказательств, это записывается здесь: кто, в какой роли, от какой организации и когда. Никто не может посмотреть ваши данные так, чтобы это не записалось.
seen-by-none = Никто другой не открывал ваши данные.
seen-by-caption = Кто что открывал, сначала самое новое
seen-by-when = Когда
seen-by-who = Кто
seen-by-role = Роль
seen-by-organisation = Организация
seen-by-what = Что
seen-by-link = Кто видел ваши данные
seen-what-mapping = Картирование { $number }
seen-what-profile-pdf = Профиль компетенций картирования { $number }
seen-what-evidence = Файл-доказательство
seen-what-case = Дело { $number }
seen-what-statement = Заключение по делу { $number }
role-participant = Участник
role-counsellor = Консультант по учёбе и профессии
role-coordinator = Куратор дел
role-validator = Валидатор
role-org-admin = Администратор организации
role-installation-admin = Администратор системы

# The person's own account
nav-account = Ваша учётная запись
account-title = Ваша учётная запись
account-who = Вы вошли как { $name } ({ $email }).
account-home-submit = Сохранить коммуну проживания
account-home-saved = Ваша коммуна проживания сохранена.
account-password-title = Сменить пароль
account-password-submit = Сменить пароль
account-password-saved = Ваш пароль изменён. На других ваших устройствах вы вышли из системы.
account-everywhere-title = Выйти на всех устройствах
account-everywhere-lead = Завершает все ваши сеансы на всех телефонах и компьютерах, в том числе на этом. Используйте это, если вы потеряли устройство или входили на общем компьютере.
account-everywhere-submit = Выйти на всех устройствах
field-current = Текущий пароль
field-new = Новый пароль
field-error-wrong-password = неверный

# Organisations and people (administration)
nav-admin-people = Организации и люди
people-title = Организации и люди
people-lead = Роли, которые люди имеют в ваших организациях. Когда вы завершаете роль, человек сразу теряет права, которые давала эта роль. Учётная запись и другие роли у него остаются.
people-none = Здесь ещё ни у кого нет роли.
people-caption = Роли в организации { $org }
people-col-name = Имя и фамилия
people-col-email = Адрес электронной почты
people-col-role = Роль
people-end = Завершить роль «{ $role }»: { $name }
people-ended = Роль завершена.
people-add-org = Добавить организацию
people-add-org-submit = Добавить организацию
people-org-added = Организация добавлена.
org-kind-region = Офис региона
org-kind-municipality = Коммуна
org-kind-provider = Организатор обучения
org-code-hint = Короткий код: буквы A–Z, цифры и дефисы, например LULEA или NORD-VAL.
field-org-kind = Тип организации
field-org-code = Код
field-org-name = Название
field-org-email = Контактный адрес электронной почты
field-org-phone = Контактный телефон
field-error-bad-org-code = должен содержать от 2 до 24 символов: буквы A–Z, цифры или дефисы, и начинаться с буквы
field-error-region-exists = в этой системе уже есть свой регион

# Invitations
invite-heading = Пригласить кого-то
invite-explain = Человек получит ссылку, которая действует один раз в течение семи дней. По ней он принимает роль: в своей учётной записи, если она есть, или создав новую с этим адресом электронной почты.
field-invite-organisation = Организация
field-invite-role = Роль
field-error-role-misfit = не подходит для такого типа организации
invite-submit = Отправить приглашение
invite-sent = Приглашение отправлено по электронной почте.
invite-pass-on = Эта система не отправляет электронные письма. Передайте эту ссылку человеку сами — так, чтобы только он мог её прочитать. Она действует один раз в течение семи дней. Эта страница показывает её только пять минут.
invite-not-sent = Не удалось отправить письмо. Передайте эту ссылку человеку сами — так, чтобы только он мог её прочитать. Она действует один раз в течение семи дней. Эта страница показывает её только пять минут.
invite-withdrawn = Приглашение отозвано. Ссылка больше не действует.
invite-pending-caption = Ещё не принятые приглашения в организации { $org }
invite-col-expires = Действует до
invite-withdraw = Отозвать приглашение для { $email }
invite-title = Приглашение
invite-lead = Вас приглашают на роль «{ $role }» в организации { $org }. Приглашение отправлено на { $email }.
invite-accept = Принять приглашение
invite-new-account = Создайте учётную запись
invite-other-person = Вы вошли как { $me }, но приглашение отправлено на { $email }. Выйдите и откройте ссылку ещё раз.
invite-sign-in-first = Для { $email } уже есть учётная запись. Войдите в неё, и вы вернётесь сюда, чтобы принять приглашение.
invite-gone-title = Это приглашение больше не действует
invite-gone-text = Его уже использовали, прошло семь дней или его отозвали. Попросите новое приглашение у того, кто вас пригласил.
error-conflict-invitation-gone = Это приглашение больше не действует: его уже использовали, срок истёк или его отозвали. Попросите новое приглашение у того, кто вас пригласил.
error-conflict-invitation-other-person = Приглашение отправлено на другой адрес электронной почты, чем тот, с которым вы вошли. Выйдите и откройте ссылку ещё раз.
error-conflict-invitation-sign-in = Учётная запись с этим адресом электронной почты уже есть. Войдите в неё и откройте ссылку ещё раз.
mail-invite-subject = Приглашение в организацию { $org } в Kartla
mail-invite-body =
    Здравствуйте!

    { $inviter } приглашает вас на роль «{ $role }» в организации { $org } в Kartla.

    Чтобы принять приглашение, откройте эту ссылку:
    { $link }

    Ссылка действует один раз в течение { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    }. Если вы не ждали этого приглашения, просто не обращайте внимания на это письмо.

# Forgotten password
sign-in-forgot = Забыли пароль?
forgot-title = Забыли пароль
forgot-lead = Напишите адрес электронной почты своей учётной записи. Мы отправим на него ссылку, по которой вы сможете выбрать новый пароль.
forgot-submit = Отправить ссылку
forgot-asked = Если учётная запись с этим адресом существует, ссылка уже отправлена. Она действует один раз в течение часа. Проверьте также папку «Спам».
forgot-no-mail = Эта система не отправляет электронные письма, поэтому мы не можем отправить вам ссылку. Если вы работаете в одной из организаций региона, попросите ссылку у её администратора. Если нет, обратитесь к тем, кто отвечает за Kartla в вашей коммуне.
reset-title = Выберите новый пароль
reset-submit = Сохранить новый пароль
reset-done = Ваш новый пароль сохранён, и вы вышли из системы на всех устройствах. Войдите с новым паролем.
reset-gone-title = Эта ссылка больше не действует
reset-gone-text = Её уже использовали, или прошёл час. Попросите новую ссылку на странице входа.
error-conflict-password-link-gone = Эта ссылка больше не действует: её уже использовали, или срок истёк. Попросите новую ссылку на странице входа.
mail-reset-subject = Выберите новый пароль для Kartla
mail-reset-body =
    Здравствуйте!

    Кто-то попросил выбрать новый пароль для вашей учётной записи в Kartla. Чтобы выбрать пароль, откройте эту ссылку:
    { $link }

    Ссылка действует один раз в течение { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }. Если это были не вы, просто не обращайте внимания на это письмо: ваш пароль останется прежним.

# The administrators' search of the access log
audit-title = Кто видел чьи данные
audit-lead = Ищите по адресу электронной почты человека, чтобы увидеть каждый случай, когда кто-то открывал его картирования, профили или доказательства. Вы видите, что открывали люди из ваших организаций. Администраторы системы видят всё. Человек не видит ваш поиск.
audit-person = Адрес электронной почты человека
audit-search = Искать
audit-unknown = Учётной записи с таким адресом электронной почты нет.
audit-none = Никто из тех, кого вам разрешено видеть, не открывал данные этого человека.
audit-caption = Кто открывал данные пользователя { $email }, сначала самое новое
people-edit-org = Изменить данные: { $org }
people-edit-org-submit = Сохранить данные
people-org-changed = Данные организации сохранены.
people-serves = Коммуны, для которых она проводит оценку
people-serves-hint = Её валидаторы видят поданные картирования людей, которые живут в отмеченных здесь коммунах.
people-new-role = Новая роль: { $name }
people-change = Сменить роль: { $name }
people-role-changed = Роль изменена.
reset-link-heading = Новый пароль для другого человека
reset-link-explain = Если кто-то из сотрудников вашей организации не может войти, а эта система не отправляет электронные письма, создайте ссылку, по которой человек выберет новый пароль. Она действует один раз в течение часа. Передайте её так, чтобы только этот человек мог её прочитать. Учётные записи участников открывают доступ к их собственным файлам, поэтому администраторы не создают для них такие ссылки.
reset-link-email = Адрес электронной почты человека
reset-link-submit = Создать ссылку
reset-link-pass-on = Передайте эту ссылку человеку так, чтобы только он мог её прочитать. Она действует один раз в течение часа. Эта страница показывает её только пять минут.
field-error-not-your-person = это не адрес человека, который работает только в ваших организациях
field-error-control-characters = не может содержать переносы строк или другие управляющие символы

## Cases: coordinators and validators
nav-cases = Дела
cases-title = Дела
cases-organisation = Дела вашей организации, сначала те, что ждут дольше всего
cases-assigned = Дела, поручённые вам
cases-none = Сейчас дел нет.
cases-none-assigned = Сейчас вам не поручено ни одного дела.
cases-col-person = Участник
cases-col-framework = Курс или профессия
cases-col-state = Этап
cases-col-waited = Ждёт
cases-col-validator = Валидатор
cases-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
cases-overdue = Просрочено с { $date }
back-to-cases = Назад к делам
case-title = Дело { $id }: { $person }
case-state-new = Новое
case-state-checking = Проверяется
case-state-returned = Ждёт дополнений
case-state-assigned = У валидатора
case-state-concluded = Завершено
case-state = Этап
case-organisation = Ответственная организация
case-validator = Валидатор
case-no-validator = Пока нет
case-handed-in = Подано
case-waited = Ждёт на этом этапе
case-deadline = Последний день для дополнений
case-late = Просрочено
case-actions = Что вы можете сделать сейчас
case-take = Начать проверку дела
case-assign = Поручить
field-validator = Валидатор
case-validator-hint = Можно выбрать только валидаторов, которые есть в справочнике для этого курса или профессии.
case-choose-validator = Выберите валидатора
case-no-validators = В вашей организации нет валидатора, который есть в справочнике для этого. Администратор может его добавить.
case-hand-back = Вернуть дело куратору
case-hand-back-hint = Напишите причину, например, что дело касается предмета, который вы не оцениваете.
case-hand-back-submit = Вернуть
field-reason = Причина
case-saved-take = Теперь вы проверяете это дело.
case-saved-assign = Дело поручено.
case-saved-sent = Список дополнений отправлен. Участник увидит его в своём обзоре.
case-saved-concluded = Дело завершено. Заключение можно скачать.
case-saved-handed-back = Дело возвращено куратору.
case-versions = Поданные версии
case-version = Версия { $number }, { $date }
case-profile-pdf = Профиль компетенций этой версии (PDF)
case-own-rating = Самооценка участника
case-judgement = Оценка валидатора
change-heading = Изменения с версии { $number }
change-none = В ответах ничего не изменилось.
change-rating = самооценка: { $before } → { $after }
change-text = описание изменено
change-evidence = новые приложения: { $numbers }
change-experiences = теперь опирается на больше опыта
change-missing = изменена отметка об отсутствии доказательств
change-goal = Цель изменена.
change-new-evidence = Новые приложения в списке: { $numbers }
change-portfolio = В портфолио добавлен или изменён опыт.
verdict-met = Выполнено
verdict-partly-met = Частично выполнено
verdict-not-met = Не выполнено
verdict-not-yet = Пока невозможно оценить
method-documents = Документы
method-interview = Собеседование
method-practical-test = Практическое задание
method-theoretical-test = Теоретический тест
method-workplace-observation = Наблюдение на рабочем месте
field-verdict = Оценка
field-methods = Методы
field-judgement = Оценка
judgement-methods-hint = Отметьте, как вы пришли к этой оценке.
judgement-none = Ещё не оценено.
judgement-by = { $name }, { $date }
judgement-methods = Методы: { $methods }
judgement-reason = Причина изменения: { $reason }
judgement-history = Прежние оценки ({ $count })
judgement-form = Оценить { $code }
judgement-save = Сохранить оценку
judgement-change = Изменить оценку
judgement-reason-hint = Дело завершено. Чтобы изменить оценку, нужно указать причину. Прежняя оценка останется в истории.
additions-heading = Дополнения
additions-building = Новый список дополнений
additions-building-hint = Добавляйте по одному пункту: чего не хватает, к чему это относится и в какой форме. Когда список будет готов, отправьте его с последним днём.
additions-choose-target = Выберите, к чему это относится
field-target = Относится к
field-missing = Чего не хватает
additions-missing-hint = Пишите конкретно, например: «Справка с места работы, где указаны обязанности в Lager AB».
field-form = В какой форме
additions-form-hint = Например: «PDF или фото, на шведском или с переводом».
additions-add = Добавить в список
additions-remove = Удалить
field-deadline = Последний день
additions-deadline-hint = Участник видит эту дату в списке.
additions-send = Отправить список участнику
additions-sent-by = Запрос: { $name }, последний день — { $deadline }
additions-answered = Участник снова подал картирование { $date }
additions-form-shown = Форма: { $form }
additions-item-done = Выполнено (по словам участника)
additions-item-open = Ещё не выполнено
additions-mark-done = Отметить как выполненное
additions-mark-not-done = Отметить как невыполненное
additions-asked = Что вам нужно дополнить
additions-asked-hint = Внесите изменения в картирование, портфолио или доказательства. Отметьте каждый пункт как выполненный, а затем снова подайте картирование.
target-case = Всё дело
target-criterion = Критерий { $criterion }
target-experience = Опыт: { $experience }
target-evidence = { $evidence }
conclude-heading = Завершить дело
conclude-not-judged = { $count ->
    [one] Ещё не оценён { $count } критерий: { $codes }. Оцените его или выберите «Пока невозможно оценить».
    [few] Ещё не оценены { $count } критерия: { $codes }. Оцените их или выберите «Пока невозможно оценить».
    [many] Ещё не оценены { $count } критериев: { $codes }. Оцените их или выберите «Пока невозможно оценить».
   *[other] Ещё не оценены { $count } критерия: { $codes }. Оцените их или выберите «Пока невозможно оценить».
}
conclude-outcome = Результат: { $framework }
outcome-fully-met = Выполнено полностью
outcome-partly-met = Выполнено частично
outcome-not-met = Не выполнено
field-outcome = Результат
field-statement = Общее заключение
conclude-statement-hint = Участник прочитает заключение и сможет передать его директору школы, работодателю или на следующее обучение.
field-next-steps = Рекомендуемые следующие шаги
next-step-top-up-course = Дополнительный курс
next-step-exam = Экзамен для получения оценки (prövning)
next-step-workplace-assessment = Оценка на рабочем месте
next-step-guidance = Беседа с консультантом по учёбе и профессии
field-next-steps-text = Следующие шаги вашими словами
conclude-submit = Завершить дело с заключением
conclusion-heading = Заключение
conclusion-by = Завершено: { $name }, { $date }
conclusion-remaining = Осталось: { $codes }
conclusion-statement = Общее заключение
conclusion-next-steps = Рекомендуемые следующие шаги
conclusion-download = Скачать заключение (PDF)
case-event-handed-in = { $name }: подана версия { $detail }
case-event-taken = { $name }: начата проверка дела
case-event-assigned = { $name }: дело поручено валидатору { $detail }
case-event-handed-back = { $name }: дело возвращено. Причина: { $detail }
case-event-returned = { $name }: запрошены дополнения, последний день — { $detail }
case-event-judged = { $name }: оценено { $detail }
case-event-rejudged = { $name }: изменена оценка { $detail }
case-event-item-done = { $name }: отмечено как выполненное: { $detail }
case-event-item-reopened = { $name }: отмечено как невыполненное: { $detail }
case-event-outcome-changed = Из-за изменения оценки изменился результат: { $detail }
case-event-concluded = { $name }: дело завершено с заключением
case-panel-heading = Ваше дело
case-panel-whole = Посмотреть всё дело со всеми событиями
case-explainer-checking = { $organisation } проверяет, всё ли на месте.
case-explainer-assigned = Валидатор из организации { $organisation } сейчас оценивает картирование критерий за критерием.
case-explainer-returned = { $organisation } просит вас дополнить картирование. Посмотрите список ниже.
case-explainer-concluded = Оценка в организации { $organisation } завершена. Заключение — ниже.
hand-in-goes-to = Картирование будет передано в организацию { $organisation }.
hand-in-no-home = Чтобы подать картирование, сначала выберите коммуну проживания. Это можно сделать на странице «Ваша учётная запись».
field-provider = Кто должен оценивать
hand-in-choose-hint = Эту профессию оценивают несколько организаций. Выберите одну.
error-conflict-case-moved = Кто-то другой уже изменил это дело. На странице показано его текущее состояние.
error-conflict-no-home = Чтобы подать картирование, сначала выберите коммуну проживания.
field-error-not-listed = нет в справочнике для этого курса или профессии
field-error-does-not-fit = не соответствует оценкам критериев
field-error-in-past = должна быть датой после сегодняшнего дня
field-error-too-far = может быть не позже чем через год
field-error-no-items = в списке ещё ничего нет
field-error-too-many = в списке может быть не более 30 пунктов
field-error-invalid = это не один из вариантов
field-error-invalid-characters = содержит символы, которые нельзя сохранить
mail-additions-subject = Kartla: пожалуйста, дополните своё картирование
mail-additions-body = Здравствуйте, { $name }!

    Человек, который оценивает ваше картирование, просит вас его дополнить. Список того, что нужно, и последний день вы найдёте здесь:

    { $link }

    С уважением
    Kartla
mail-concluded-subject = Kartla: оценка вашего картирования завершена
mail-concluded-body = Здравствуйте, { $name }!

    Оценка вашего картирования завершена. Здесь вы можете прочитать заключение и скачать его:

    { $link }

    С уважением
    Kartla

## The statement (PDF)
file-name-statement = заключение-{ $number }
verify-document = Документ
statement-title = Заключение
statement-lead = Оценка знаний и компетенций (валидация), критерий за критерием.
statement-organisation = Выдано
statement-contact = Контакты
statement-case = Дело
statement-version = Поданная версия, которая оценена
statement-issued = Дата
statement-assessor = Оценщик
statement-verify-where = Проверить, что заключение подлинное, можно здесь:
statement-outcome = Результат
statement-signatures = Подписи
statement-assessed-by = Оценщик: { $name }.
statement-principal = Ответственный директор или руководитель:
statement-signature = Подпись:
statement-name-clarified = Имя и фамилия печатными буквами:
statement-signed-date = Место и дата:

## The directory: who assesses what
nav-directory = Кто что оценивает
directory-title = Кто что оценивает
directory-lead = Организации региона и люди, которые оценивают знания по курсам и профессиям. Здесь показаны только те, кто сам на это согласился.
directory-q = Курс или профессия
directory-q-hint = Введите часть названия или код, например «склад» или «DEMO-KOCK1».
directory-municipality = Коммуна
directory-any-municipality = Все коммуны
directory-search = Искать
directory-none = В справочнике нет никого, кто подходит под поиск.
directory-serves = Оценивает для: { $list }
directory-serves-all = Оценивает для всего региона
directory-assesses = Оценивает
directory-languages = Языки
directory-methods = Методы
directory-contact = Контакты
admin-directory-title = Справочник «Кто что оценивает»
admin-directory-lead = Укажите, что оценивает каждый сотрудник вашей организации, на каких языках он говорит и какими методами пользуется. Дела можно поручать только валидаторам, которые есть в справочнике для этого курса или профессии. Каждый сам решает на странице своей учётной записи, показывать ли его публично.
admin-directory-none = В ваших организациях нет никого, кто оценивает или консультирует.
admin-directory-saved = Справочник сохранён.
admin-directory-listed = Показан в публичном справочнике.
admin-directory-not-listed = Не показан публично (человек этого не выбрал).
admin-directory-languages-hint = Коды языков через запятую, например «sv, ar, ti».
admin-directory-save = Сохранить
field-languages = Языки
account-listing-title = Справочник «Кто что оценивает»
account-listing-lead = Вы есть в справочнике своей организации. Выберите, показывать ли вас публично и какие контактные данные показывать.
account-listing-show = Показывать меня в публичном справочнике
account-listing-email = Электронная почта для показа (необязательно)
account-listing-phone = Телефон для показа (необязательно)
account-listing-save = Сохранить
account-listing-saved = Ваш выбор для справочника сохранён.
field-error-bad-language-tags = напишите коды языков через запятую, например sv, ar, ti (не более 12)

## What you master and what remains
gaps-heading = Что вы уже умеете и что осталось
gaps-counts = Вы соответствуете { $masters } из { $total ->
    [one] { $total } критерия
    [few] { $total } критериев
    [many] { $total } критериев
   *[other] { $total } критерия
    }, а ещё { $partly } — частично.
gaps-verdict = Пока это выглядит так:
gaps-remaining = Осталось: { $codes }
gaps-source-self = На основе ваших собственных ответов.
gaps-source-judged = Для { $judged } из { $total ->
    [one] { $total } критерия
    [few] { $total } критериев
    [many] { $total } критериев
   *[other] { $total } критерия
    } учтена оценка валидатора, для остальных — ваши собственные ответы.
gaps-elsewhere = То, что вы умеете, засчитывается и здесь
gaps-elsewhere-hint = Курсы и профессии с критериями о тех же знаниях, что и те, которые у вас уже есть.
gaps-covers = ваши ответы охватывают { $covered } из { $total ->
    [one] { $total } критерия
    [few] { $total } критериев
    [many] { $total } критериев
   *[other] { $total } критерия
    }

## The Swedish original
originals-show = Показывать шведский оригинал под каждым критерием
originals-hide = Скрыть шведский оригинал
original-label = На шведском:

## Sharing with a study and career counsellor
nav-caseload = Мои участники
caseload-title = Мои участники
caseload-lead = Картирования, которыми участники поделились с вами. То, что вы открываете, видно в их списке «Кто видел ваши данные».
caseload-none = Пока никто ничем с вами не поделился.
caseload-all = Делится всеми своими картированиями
caseload-one = Делится этим картированием
caseload-since = с { $date }
sharing-title = Поделиться с консультантом по учёбе и профессии
sharing-lead = Вы можете разрешить консультанту из вашей коммуны прочитать одно картирование или все ваши картирования перед беседой. Вы можете перестать делиться в любой момент.
sharing-none = Сейчас вы ничем не делитесь.
sharing-everything = Все мои картирования
sharing-line = { $counsellor } может читать: { $what }
sharing-withdraw = Перестать делиться
sharing-submit = Поделиться
sharing-saved = Теперь вы делитесь с консультантом.
sharing-withdrawn = Вы больше этим не делитесь.
field-counsellor = Консультант
field-mapping = Чем вы хотите поделиться

## Guidance sessions
session-start = Начать консультацию
session-title = Консультация: { $person }
session-heading = Консультация
session-with-person = С кем: { $name }
session-with-counsellor = Ваш консультант по учёбе и профессии: { $name }
session-code-intro = Код для подключения:
session-other-here = { $name } смотрит этот раздел.
session-other-at = { $name } смотрит раздел { $n }.
session-other-away = { $name } ещё не на консультации.
session-follow = Перейти туда тоже
session-section = Раздел { $n }
session-sections = Разделы
session-save = Сохранить
session-ended = Эта консультация завершена. Написанное остаётся, но писать здесь больше ничего нельзя.
session-direct-on = Разрешить консультанту писать в моих ответах
session-direct-off = Запретить консультанту писать в моих ответах
session-direct-is-on = Во время этой консультации консультант может писать в ваших ответах.
session-direct-is-off = Изменения консультанта приходят как предложения. Вы можете их принять или отклонить.
session-trail = Что происходило на консультации
session-end = Завершить консультацию
sessions-back = Все консультации
sessions-title = Консультации
sessions-none = Сейчас нет открытых консультаций.
sessions-with = С кем: { $name }
sessions-since = Начата { $time }
sessions-join = Подключиться по коду
sessions-join-hint = Консультант даст вам шесть букв и цифр, например K7M-Q2X.
sessions-join-button = Подключиться
field-code = Код
field-error-no-such-session = нет открытой консультации с таким кодом — проверьте его с консультантом
proposal-heading = Предложенное изменение
proposal-by = { $name } предлагает:
proposal-make = Предложить изменение
proposal-send = Отправить предложение
proposal-accept = Принять
proposal-reject = Отклонить
notes-heading = Заметки
notes-open = Вы можете читать все заметки, которые пишут о вас.
note-label = Новая заметка
note-hint = Участник читает все заметки.
note-add = Добавить заметку
field-note = Заметка
error-conflict-session-ended = Консультация завершена.
error-conflict-proposal-decided = Это предложение уже принято, отклонено или заменено.
session-event-started = начата консультация
session-event-joined = подключение к консультации
session-event-wrote = внесены изменения в критерий { $criterion }
session-event-proposed = предложено изменение в критерии { $criterion }
session-event-accepted = принято предложение по критерию { $criterion }
session-event-rejected = отклонено предложение по критерию { $criterion }
session-event-direct-on = консультанту разрешено писать
session-event-direct-off = консультанту больше не разрешено писать
session-event-noted = добавлена заметка
session-event-ended = консультация завершена

## Individual study plan
plan-title = Индивидуальный учебный план: { $person }
plan-saved = Учебный план сохранён.
plan-pdf = Скачать учебный план (PDF)
plan-link = Индивидуальный учебный план
plan-field-goal = Цель обучения
plan-goal-hint = К чему должно привести обучение, словами самого участника.
plan-field-pace = Темп обучения
plan-pace-value = { $percent } %
plan-field-start = Начало
plan-start-hint = День начала обучения в формате ГГГГ-ММ-ДД.
plan-field-course = Курс
plan-field-points = Баллы
plan-field-courses = Курсы
plan-courses = Запланированные курсы
plan-no-courses = Пока не запланировано ни одного курса.
plan-course = Курс
plan-points = Баллы
plan-points-of = Баллы за курс { $course }
plan-change = Изменить
plan-remove = Удалить
plan-total = Всего { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
    }.
plan-suggested = Предложено по анализу пробелов
plan-suggested-hint = Курсы этого картирования, которые ответы (или оценки валидатора) ещё не охватывают полностью. Отметьте те, которые нужно запланировать.
plan-add = Добавить курс из каталога
plan-add-none = Без курса
plan-save = Сохранить учебный план
plan-history = Изменения
plan-change-goal = изменена цель
plan-change-pace = установлен темп обучения { $value } %
plan-change-start = установлена дата начала { $value }
plan-change-added = добавлен курс { $value }
plan-change-removed = удалён курс { $value }
plan-change-points = изменены баллы: { $value }
plan-change-order = изменён порядок курсов
field-error-invalid-date = напишите дату в формате ГГГГ-ММ-ДД
field-error-invalid-points = напишите баллы числом от 1 до 2500
plan-pdf-no-goal = Цель ещё не указана.
plan-pdf-signatures = Составлено совместно
plan-pdf-sign-person = Участник:
plan-pdf-sign-counsellor = Консультант по учёбе и профессии:
plan-pdf-made = Распечатано из Kartla { $date }.
file-name-study-plan = учебный-план-{ $number }
guidance-heading = Консультирование
guidance-session-open = { $name } ведёт открытую консультацию по этому картированию.
guidance-join = Присоединиться к консультации
caseload-people = Поделились с вами
connect-invite-heading = Пригласить участника
connect-invite-lead = Создайте код и дайте его человеку. Когда он введёт код на странице своей учётной записи, всё, что он картирует, станет доступно вам. Код действует один раз в течение недели.
connect-invite-until = действует до { $date }
connect-invite-make = Создать код
connect-heading = Подключиться по коду от консультанта
connect-hint = Шесть букв и цифр, например K7M-Q2X. Тогда всё, что вы картируете, будет доступно этому консультанту. Вы можете перестать делиться в любой момент.
field-connect-code = Код от вашего консультанта
connect-submit = Подключиться
field-error-no-such-invitation = нет открытого приглашения с таким кодом — возможно, его уже использовали или срок истёк
field-error-not-your-counsellor = этот консультант не работает с вашей коммуной
pdf-gaps-self = На основе собственных ответов участника.
pdf-gaps-judged = Для { $count ->
    [one] { $count } критерия
    [few] { $count } критериев
    [many] { $count } критериев
   *[other] { $count } критерия
    } вместо ответа участника учтена оценка валидатора.
pdf-gaps-counts = Выполнено: { $masters } · частично: { $partly } · осталось: { $remaining }
pdf-gaps-verdict = Предварительный результат
pdf-gaps-remaining = Осталось
pdf-gaps-heading = Анализ пробелов

## Follow-up (statistics)
nav-stats = Мониторинг
stats-title = Мониторинг
stats-lead = Сколько людей проходят картирование, сколько длится каждый этап и с каким результатом — но никогда о конкретном человеке. Если людей меньше { $n }, показано «меньше { $n }», а число, которое иначе можно было бы вычислить, тоже скрыто.
stats-org = Чьи данные
stats-from = С месяца
stats-to = До месяца (включительно)
stats-by = Разбивка
stats-show = Показать
stats-whose-region = Весь регион: { $name }.
stats-whose-own = { $name } и итоги по всему региону.
stats-period = Полные месяцы: { $from } – { $to }.
stats-download-csv = Скачать в формате CSV
stats-download-pdf = Скачать отчёт в формате PDF
stats-fewer-than = меньше { $n }
stats-hidden = скрыто
stats-no-municipality = Коммуна проживания не указана
stats-no-provider = Сама коммуна
stats-chart-caption = Диаграмма: { $measure }. Те же числа — в таблице ниже.
stats-table-caption = Картирования, которые дошли до каждого этапа за период
stats-total = Итого: { $name }
stats-region-total = Итого: { $name } (весь регион)
stats-measure-started = Начато
stats-measure-handed-in = Подано
stats-measure-returned = Возвращено для дополнения
stats-measure-assigned = Поручено валидатору
stats-measure-concluded = Завершено
stats-by-municipality = Коммуна
stats-by-provider = Организатор обучения
stats-by-framework = Курс или профессия
stats-by-month = Месяц
stats-by-language = Язык
stats-heading-municipality = По коммунам
stats-heading-provider = По организаторам обучения
stats-heading-framework = По курсам и профессиям
stats-heading-month = По месяцам
stats-heading-language = По языкам
stats-unit-municipality = Коммуна
stats-unit-provider = Организатор обучения
stats-unit-framework = Курс или профессия
stats-unit-month = Месяц
stats-unit-language = Язык
stats-heading-durations = Сколько длятся этапы
stats-durations-chart = Диаграмма: медиана в днях для каждого этапа. Те же числа — в таблице ниже.
stats-durations-caption = Дни — для тех, кто завершил этап за период
stats-col-step = Этап
stats-col-people = Число людей
stats-col-median = Медиана (дни)
stats-col-p90 = 9 из 10 уложились в (дни)
stats-not-shown = не показано
stats-step-mapping = От начала до подачи
stats-step-waiting = От подачи до поручения валидатору
stats-step-assessing = От поручения валидатору до завершения
stats-step-whole = Весь путь: от начала до завершения
stats-heading-outcomes = Результаты по курсам и профессиям
stats-outcomes-none = За этот период ни одно картирование не завершено.
stats-outcomes-caption = Завершённые картирования и их результаты
stats-heading-languages = Языки в Kartla
stats-languages-chart = Диаграмма: число людей по языкам. Те же числа — в таблице ниже.
stats-languages-caption = Язык, на котором люди пользовались Kartla
field-error-stats-month = напишите месяц в формате ГГГГ-ММ, например 2025-03
field-error-stats-backward = период заканчивается раньше, чем начинается
field-error-stats-by = выберите один из вариантов разбивки в списке
stats-pdf-title = Мониторинг: { $name }
stats-pdf-made = Распечатано из Kartla { $date }.
file-name-stats = мониторинг-{ $number }
