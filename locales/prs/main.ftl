### Kartla – دری (prs)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = رفتن به محتوای اصلی
footer-privacy = Kartla تنها چیزهایی را که در نقشهٔ مهارت خود می‌نویسید نگه می‌دارد و آن را تنها به خود شما نشان می‌دهد، و بعد از تسلیم کردن، به اعتبارسنج‌ها هم.
nav-label = مینوی اصلی
nav-my-mappings = نقشه‌های مهارت من
nav-sign-in = ورود
nav-sign-out = خروج
nav-register = ایجاد حساب کاربری
signed-in-as = واردشده به نام { $name }
language-label = زبان
language-change = تبدیل زبان
language-unreviewed-mark = هنوز بررسی نشده
languages-link = دربارهٔ زبان‌ها
languages-title = زبان‌ها
languages-lead = Kartla را به این زبان‌ها استفاده کرده می‌توانید. ترجمه‌ها را تیم Kartla می‌نویسد. ترجمه‌ای که هنوز کدام اهل زبان آن را بررسی نکرده است، علامت‌گذاری شده است و ممکن است غلطی داشته باشد.
languages-caption = زبان‌ها، و اینکه آیا یک اهل زبان هر ترجمه را بررسی کرده است یا نه
languages-col-language = زبان
languages-col-name = به دری
languages-col-status = ترجمه
languages-status-original = متن اصلی
languages-status-reviewed = بررسی‌شده توسط اهل زبان
languages-status-unreviewed = هنوز توسط اهل زبان بررسی نشده
languages-feedback = آیا چیزی به زبان شما غلط معلوم می‌شود؟ به مشاور تحصیلی و مسلکی خود یا مدیر سیستم Kartla در کمون خود بگویید. می‌شود آن را بدون انتظار برای نسخهٔ نو Kartla اصلاح کرد.
loading = در حال دریافت …
back-home = رفتن به صفحهٔ اصلی

## Errors
error-summary-title = یک مشکل وجود دارد
error-validation = معلومات زیر را بررسی کنید.
error-bad-request = درخواست خوانده نشد. صفحه را دوباره باز کنید و باز کوشش کنید.
error-unauthorized = برای دیدن این صفحه باید وارد حساب خود شوید.
error-sign-in-failed = آدرس ایمیل یا رمز عبور درست نیست.
error-forbidden = شما اجازهٔ این کار را ندارید.
error-too-many = کوشش‌ها زیاد شد. یک دقیقه صبر کنید و بعد دوباره کوشش کنید.
error-cross-site = این درخواست از صفحه‌ای در یک ویب‌سایت دیگر آمده بود و قبول نشد. به Kartla بروید و کار را در همان‌جا انجام دهید.
error-not-found = این صفحه وجود ندارد.
error-internal = در سیستم ما مشکلی پیش آمد. چیزی که قبلاً ذخیره کرده‌اید محفوظ است. کمی بعد دوباره کوشش کنید.
error-unreachable = فعلاً Kartla در دسترس نیست. اتصال انترنت خود را بررسی کنید و دوباره کوشش کنید.
error-conflict-email-taken = یک حساب کاربری با این آدرس ایمیل از قبل وجود دارد. به جای ایجاد حساب، وارد شوید.
error-conflict-not-editable = نقشهٔ مهارت تسلیم شده است و فعلاً تغییر داده نمی‌شود.
error-conflict-already-submitted = نقشهٔ مهارت قبلاً تسلیم شده است.
error-conflict-already-decided = نقشهٔ مهارت قبلاً بررسی شده است.
field-error-required = باید پر شود
field-error-too-long = بسیار طولانی است
field-error-too-short = بسیار کوتاه است
field-error-invalid-email = آدرس ایمیل درست نیست
field-error-invalid-rating = یکی از گزینه‌ها را انتخاب کنید
field-error-unknown-criterion = مربوط به این نقشهٔ مهارت نیست
field-error-unknown-framework = در کتلاگ نیست
field-error-not-rated = انتخاب کنید که این کار را چقدر خوب یاد دارید
field-error-changed-elsewhere = جواب در یک تب دیگر یا در دستگاه دیگری تغییر کرده است و متن شما جای آن را نگرفت
field-error-no-description = بنویسید که این را چطور و در کجا یاد گرفتید و به کار بردید

## Rating
rating-legend = این کار را چقدر خوب یاد دارید؟
rating-no-experience = تجربه ندارم
rating-some-experience = کمی تجربه دارم
rating-with-support = با کمک دیگران انجام داده می‌توانم
rating-independently = به تنهایی انجام داده می‌توانم
rating-can-teach = به دیگران یاد داده می‌توانم
rating-no-experience-hint = این کار را انجام نداده‌ام.
rating-some-experience-hint = دیده‌ام که دیگران انجامش می‌دهند، یا چند بار امتحانش کرده‌ام.
rating-with-support-hint = اگر کسی کمکم کند یا نشانم بدهد که چطور، انجامش داده می‌توانم.
rating-independently-hint = خودم به تنهایی و بدون کمک انجامش داده می‌توانم.
rating-can-teach-hint = آن‌قدر خوب یاد دارم که آن را به دیگران نشان داده و شرح داده می‌توانم.
rating-or = یا
rating-not-relevant = به من مربوط نیست
rating-not-relevant-hint = این جزء چیزهایی نیست که می‌خواهم نشان بدهم. لازم نیست چیزی بنویسید.
prompts-summary = کمک برای شرح دادن
prompt-normal-day = یک روز عادی کاری شما چطور بود؟ چه کارهایی انجام می‌دادید؟
prompt-hardest = سخت‌ترین وضعیتی که با آن روبه‌رو شدید چه بود، و چطور آن را حل کردید؟
prompt-tools = از کدام ابزارها، ماشین‌ها، پروگرام‌ها یا روش‌ها استفاده کردید؟
prompt-how-long = چه مدت و هر چند وقت یک بار این کار را انجام دادید؟
read-aloud = خواندن با آواز بلند

## Status
status-draft = مسوده
status-submitted = تسلیم‌شده
status-returned = نیاز به تکمیل
status-reviewed = ارزیابی‌شده
event-submitted = تسلیم‌شده توسط { $name } به تاریخ { $date }
event-returned = برای تکمیل پس فرستاده‌شده توسط { $name } به تاریخ { $date }
event-reviewed = ارزیابی‌شده توسط { $name } به تاریخ { $date }
kind-course = کورس
kind-occupation = شغل

## Start page
home-title = نشان بدهید که چه کارهایی را یاد دارید
home-lead = Kartla به شما کمک می‌کند چیزهایی را که از قبل می‌دانید و یاد دارید، معیار به معیار شرح بدهید تا یک اعتبارسنج بتواند آن را ارزیابی کند.
home-how = یک حساب کاربری ایجاد کنید، یک کورس یا یک شغل را انتخاب کنید و به سرعت خود جواب بدهید. هر چیزی که می‌نویسید ذخیره می‌شود.
home-have-account = من از قبل حساب کاربری دارم
home-role-later = به زودی ابزارهای بیشتری برای نقش شما اضافه می‌شود.

## Account
sign-in-title = ورود
sign-in-submit = ورود
sign-in-no-account = حساب کاربری ندارید؟ یکی ایجاد کنید.
register-title = ایجاد حساب کاربری
register-why = نام شما را برای پروفایل مهارت‌تان ضرورت داریم، و آدرس ایمیل‌تان را برای اینکه دوباره وارد شده بتوانید.
register-submit = ایجاد حساب کاربری
password-hint = دست کم 12 حرف. یک جمله که به یاد تان می‌ماند، انتخاب خوبی است.
field-name = نام
field-email = آدرس ایمیل
field-password = رمز عبور
field-locale = زبان
field-municipality = کمون محل سکونت
municipality-hint = کمونی (kommun، یعنی ادارهٔ محلی یا شاروالی در سویدن) که در آن زندگی می‌کنید. این کمون به شما خدمات اعتبارسنجی می‌دهد و مسئول نقشه‌های مهارت شما است. بعداً آن را تغییر داده می‌توانید.
municipality-choose = یک کمون را انتخاب کنید
field-comment = ملاحظات

## My mappings
my-mappings-title = نقشه‌های مهارت من
my-mappings-none = شما هنوز هیچ نقشهٔ مهارتی را شروع نکرده‌اید.
updated-on = آخرین تغییر: { $date }
start-mapping-title = شروع یک نقشهٔ مهارت نو
start-mapping-lead = کورس یا شغلی را انتخاب کنید که می‌خواهید نشان بدهید آن را یاد دارید.
criteria-count = { $count ->
    [one] { $count } معیار
   *[other] { $count } معیار
}
start-mapping-button = شروع با { $title }

## Overview
sections-heading = قسمت‌ها
progress = { $done } از { $total } جواب داده شده
task-not-started = شروع نشده
task-in-progress = در جریان
task-done = تمام شده
check-answers-link = بررسی و تسلیم
download-pdf = دانلود پروفایل مهارت (PDF)
print-heading = چاپ پروفایل مهارت
print-lang = زبان عنوان‌ها و لیبل‌ها
print-two = معیارها به دو زبان، پهلوی هم
print-two-hint = زبان شخص و زبان سویدنی؛ مثلاً برای اینکه اعتبارسنج و شخص با هم بخوانند.
goal-heading = هدف من
field-goal = هدف این نقشهٔ مهارت
goal-hint = مثلاً یک کورس، یک نمره یا یک شغل که می‌خواهید به آن برسید. این هدف در صفحهٔ اول پروفایل مهارت نوشته می‌شود.
goal-save = ذخیرهٔ هدف
goal-saved = هدف ذخیره شد.
goal-shown = هدف این نقشهٔ مهارت: { $goal }
pdf-goal = هدف
submitted-explainer = نقشهٔ مهارت شما تسلیم شده است. یک اعتبارسنج آن را بررسی می‌کند. در این مدت جواب‌های خود را تغییر داده نمی‌توانید.
reviewed-explainer = بررسی تمام شده است. پروفایل مهارت خود را از پایین همین صفحه دانلود کنید.

## Section
section-of = قسمت { $n } از { $total }
back-to-overview = برگشت به نمای عمومی
read-only-explainer = نقشهٔ مهارت تسلیم شده است. جواب‌های خود را خوانده می‌توانید، اما تغییر داده نمی‌توانید.
save-and-continue = ذخیره و ادامه
autosave-saving = در حال ذخیره …
autosave-saved = ذخیره شد
session-warning-title = به زودی از حساب خود خارج می‌شوید
session-warning-text = برای امنیت شما، اگر { $minutes } دقیقه هیچ کاری نکنید، از حساب خارج می‌شوید. چیزی که ذخیره کرده‌اید باقی می‌ماند.
session-stay = ماندن در حساب
session-ended-title = از حساب خود خارج شدید
session-ended-text = چیزی که ذخیره کرده بودید باقی مانده است. متنی که هنوز ذخیره نشده بود در همین براوزر می‌ماند و بعد از اینکه دوباره وارد شدید، فرستاده می‌شود.
session-sign-in-again = ورود دوباره
autosave-restored = متنی که دفعهٔ قبل ذخیره نشد هنوز در این براوزر بود و حالا فرستاده می‌شود …
autosave-offline = هنوز ذخیره نشده – اتصال وجود ندارد. متن در این براوزر می‌ماند و وقتی اتصال دوباره برقرار شد، فرستاده می‌شود.
autosave-changed-elsewhere = ذخیره نشد: جواب در یک تب دیگر یا در دستگاه دیگری تغییر کرده است.
answer-changed-elsewhere = بعد از اینکه این صفحه را باز کردید، جواب در یک تب دیگر یا در دستگاه دیگری تغییر کرد. چیزی که نوشتید هنوز در خانه موجود است، اما ذخیره نشده است. اگر می‌خواهید متن خود را نگه دارید، دوباره ذخیره کنید.
answer-changed-elsewhere-live = جواب در یک تب دیگر یا در دستگاه دیگری تغییر کرده است. متن شما هنوز در خانه موجود است، اما ذخیره نشده است. انتخاب کنید که کدام یک اعتبار داشته باشد.
answer-saved-elsewhere = جواب ذخیره‌شده در حال حاضر:
conflict-keep-mine = نگه داشتن متن من
conflict-use-saved = استفاده از جواب ذخیره‌شده
text-in-swedish = این متن تنها به زبان سویدنی موجود است.
answer-label = این را چطور و در کجا یاد گرفتید و به کار بردید؟
answer-hint = بنویسید که چه کاری کردید، در کجا، چه مدت و با کدام ابزارها. حد اکثر { $max } حرف.

## Check your answers
check-title = جواب‌های خود را بررسی کنید
missing-heading = پیش از تسلیم کردن، این چیزها باید تکمیل شوند
missing-rating = { $code }: انتخاب کنید که این کار را چقدر خوب یاد دارید
missing-description = { $code }: بنویسید که این را چطور و در کجا یاد گرفتید
not-answered = بی‌جواب
no-description = بدون شرح
change = تغییر
submit-heading = تسلیم کردن
submit-explainer = وقتی نقشهٔ مهارت را تسلیم کنید، یک اعتبارسنج جواب‌ها و پوشهٔ سوابق شما را خوانده می‌تواند. اعتبارسنج می‌تواند نقشهٔ مهارت را قبول کند یا از شما بخواهد که چیزهای بیشتری اضافه کنید. تا وقتی که بررسی جریان دارد، جواب‌های خود را تغییر داده نمی‌توانید.
submit-button = تسلیم نقشهٔ مهارت

## Validator
trail-heading = تاریخچه

## PDF
pdf-title = پروفایل مهارت
pdf-person = شخص
pdf-frameworks = کورس یا شغل
pdf-date = تاریخ
pdf-status = وضعیت
pdf-rating = خودسنجی
pdf-answer = چطور و در کجا
pdf-validator = اعتبارسنج
pdf-trail = تاریخچه
pdf-version = نسخهٔ { $version }
pdf-started = تاریخ شروع
pdf-submitted = تاریخ تسلیم
pdf-summary = خلاصه
pdf-fully-met = پوره (به تنهایی یا می‌تواند به دیگران یاد بدهد)
pdf-partly-met = تا اندازه‌ای (کمی تجربه یا با کمک دیگران)
pdf-none = هیچ
pdf-portfolio = پوشهٔ سوابق
pdf-evidence = ضمیمه‌ها
pdf-evidence-missing = معیارهای بدون مدرک
pdf-attachment = ضمیمهٔ { $number }
pdf-verify-code = کود تأیید
pdf-verify-where = اصلی بودن این پروفایل را در این آدرس بررسی کنید:
pdf-page = صفحهٔ { $page } از { $pages }
file-name-attachment = ضمیمه-{ $number }
file-name-certificate = مسوده-تصدیق-{ $number }
file-name-profile = پروفایل-مهارت-{ $number }
verify-title = بررسی پروفایل مهارت
verify-lead = هر پروفایل مهارتی که از Kartla می‌آید، در پایین هر صفحه یک کود تأیید دارد. آن را اینجا بنویسید تا ببینید که این پروفایل وجود دارد و چه وقت چاپ شده است.
verify-code-label = کود تأیید
verify-code-hint = دوازده حرف و عدد، مثلاً 7KQM-2WXP-H9CD. حروف کلان یا خورد فرقی ندارد.
verify-submit = بررسی
verify-found = این پروفایل مهارت وجود دارد
verify-code = کود تأیید
verify-person = حروف اول نام شخص
verify-frameworks = کورس یا شغل
verify-printed = تاریخ چاپ
verify-status = وضعیت در وقت چاپ
verify-fingerprint = نشان انگشت دیجیتال (SHA-256) فایل PDF
verify-fingerprint-hint = اگر فایل را دارید، SHA-256 آن را حساب کنید و مقایسه کنید: اگر یکسان باشند، فایل از وقت چاپ تا حالا تغییر نکرده است.
verify-not-found = هیچ پروفایل مهارتی با این کود وجود ندارد. بررسی کنید که کود را درست نوشته باشید.
answer-not-saved = متن بسیار طولانی است و ذخیره نشد. آن را کوتاه‌تر کنید و دوباره ذخیره کنید – چیزی که نوشتید هنوز اینجا است.

## Section titles Kartla gives imported frameworks
import-section-core-content = محتوای اصلی
import-section-knowledge-requirements = الزامات دانشی
import-section-essential = مهارت‌ها و دانش ضروری
import-section-optional = مهارت‌ها و دانش اختیاری
import-section-skills = مهارت‌ها
import-section-competencies = شایستگی‌ها

## The public catalogue
nav-catalogue = کتلاگ
catalogue-title = کتلاگ معیارها
catalogue-lead = کورس‌ها و شغل‌هایی که می‌توانید بر اساس آن‌ها نقشهٔ مهارت خود را تهیه کنید. یکی را انتخاب کنید تا معیارهای آن را ببینید.
catalogue-search = جستجو با نام یا کود
catalogue-kind = نوع
catalogue-kind-all = همه
catalogue-kind-course = کورس‌ها
catalogue-kind-occupation = شغل‌ها
catalogue-language = زبان متن‌ها
catalogue-language-all = همهٔ زبان‌ها
catalogue-search-button = جستجو
catalogue-found = { $count ->
    [0] هیچ نتیجه‌ای پیدا نشد
    [one] یک نتیجه
   *[other] { $count } نتیجه
}
catalogue-pages = صفحه‌ها
catalogue-page-of = صفحهٔ { $page } از { $pages }
catalogue-previous = صفحهٔ قبلی
catalogue-next = صفحهٔ بعدی
catalogue-languages = موجود به این زبان‌ها: { $list }
catalogue-published = نشرشده به تاریخ { $date }
catalogue-older-version = این یک نسخهٔ قدیمی‌تر است.
catalogue-see-current = دیدن نسخهٔ فعلی
catalogue-fallback-note = بعضی متن‌ها به زبان شما موجود نیستند و به زبان سویدنی نشان داده می‌شوند.
catalogue-start-mapping = شروع نقشهٔ مهارت بر اساس این
catalogue-versions = نسخه‌ها
grade-step = سطح نمرهٔ { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = کود کورس Skolverket
language-name = { $code ->
    [sv] سویدنی
    [en] انگلیسی
    [ar] عربی
    [fa] فارسی
    [ti] تیگرینیا
    [so] سومالیایی
    [uk] اوکراینی
    [ckb] کردی سورانی
    [ps] پشتو
    [prs] دری
    [kmr] کردی کرمانجی
    [am] امهری
    [ru] روسی
    [tr] ترکی
    [de] جرمنی
    [fi] فنلندی
    [fr] فرانسوی
    [es] هسپانوی
    [pl] پولندی
   *[other] { $code }
}
catalogue-version = نسخهٔ { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = کتلاگ (مدیریت)
admin-catalogue-title = مدیریت کتلاگ
admin-catalogue-count = { $count ->
    [one] یک چوکات
   *[other] { $count } چوکات
}
admin-catalogue-caption = چوکات‌های موجود در کتلاگ
admin-import-start = وارد کردن معیارها از فایل
admin-col-code = کود
admin-col-title = نام
admin-col-kind = نوع
admin-col-version = نسخه
admin-col-status = وضعیت
admin-col-criteria = معیارها
admin-col-sections = قسمت‌ها
admin-col-languages = زبان‌ها
admin-col-change = تغییر
version-draft = مسوده
version-published = نشرشده
import-title = وارد کردن معیارها
import-lead = یک فارمت و فایل‌ها را انتخاب کنید. پیش از اینکه چیزی ذخیره شود، می‌بینید که در فایل‌ها چه چیزی است و چه چیزی تغییر می‌کند.
import-format = فارمت
format-kartla = فارمت خود Kartla (TOML)
format-kartla-hint = برای هر چوکات یک فایل، همان‌طور که فرمان kartla catalogue export آن را می‌نویسد.
format-skolverket = API نصاب درسی Skolverket (JSON)
format-skolverket-hint = جوابی که course، courses، subject یا subjects دارد. محتوای اصلی و الزامات دانشی به معیار تبدیل می‌شوند.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv، skills_xx.csv و occupationSkillRelations_xx.csv، اگر بخواهید به چند زبان. زبان سویدنی حتمی است.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = نام شغل‌ها همراه با مهارت‌های مربوط به آن‌ها.
format-moodle = چوکات شایستگی Moodle (CSV)
format-moodle-hint = فایلی که از Moodle گرفته شده است؛ نمبر شناسهٔ والد (Parent ID number) ساختار را معلوم می‌کند.
import-files = فایل‌ها
import-files-hint = چند فایل را انتخاب کرده می‌توانید، روی هم رفته حد اکثر { $mb } میگابایت.
import-occupations = تنها این شغل‌های ESCO (اختیاری)
import-occupations-hint = در هر سطر یک URI شغل. اگر خالی بگذارید، همهٔ شغل‌های موجود در فایل‌ها وارد می‌شوند.
import-preview-button = نشان دادن پیش‌نمایش
import-preview-title = پیش‌نمایش وارد کردن
import-refused = { $count ->
    [one] فایل‌ها وارد شده نمی‌توانند: یک مشکل
   *[other] فایل‌ها وارد شده نمی‌توانند: { $count } مشکل
}
import-at-line = سطر { $line }
import-in-field = فیلد { $field }
import-nothing-written = هیچ چیزی ذخیره نشده است. فایل‌ها را اصلاح کنید و دوباره کوشش کنید.
import-try-again = انتخاب دوبارهٔ فایل‌ها
import-summary = { $total } چوکات: { $new } نو، { $changed } تغییرکرده، { $unchanged } بدون تغییر.
import-rows-shown = (تنها { $shown } مورد اول نشان داده شده است)
import-applied = وارد کردن انجام شد. چوکات‌ها حالا در کتلاگ هستند.
import-blocked = کسی مسودهٔ یکی از این چوکات‌ها را ویرایش می‌کند. اول آن مسوده را نشر یا حذف کنید.
import-nothing-to-write = همهٔ محتوای فایل‌ها از قبل در کتلاگ است. ضرورت نیست چیزی ذخیره شود.
import-confirm = { $count ->
    [one] وارد کردن یک چوکات
   *[other] وارد کردن { $count } چوکات
}
import-preview-caption = چوکات‌های موجود در فایل‌ها
plan-new = نو، نسخهٔ 1
plan-new-version = تغییرکرده، نسخهٔ { $version } می‌شود
plan-unchanged = بدون تغییر (نسخهٔ { $version })
plan-draft-in-the-way = یک مسوده مانع است (نسخهٔ { $version })
error-too-large = چیزی که فرستادید بسیار بزرگ است.
error-conflict-not-a-draft = تنها مسوده تغییر داده می‌شود. نسخهٔ نشرشده هرگز تغییر نمی‌کند.
error-conflict-code-taken = یک چوکات دیگر از قبل این کود را استفاده می‌کند.
error-conflict-draft-in-the-way = کسی مسودهٔ این چوکات را ویرایش می‌کند. اول آن مسوده را نشر یا حذف کنید.
error-conflict-import-refused = فایل‌ها خوانده نشدند و وارد شده نمی‌توانند.
error-conflict-import-applied = این وارد کردن قبلاً انجام شده است.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = فایل خوانده نشد ({ $detail }).
import-syntax = ساختار فایل درست نیست: { $detail }
import-missing-field = وجود ندارد، اما حتمی است.
import-unknown-language = کود زبان ناشناخته «{ $detail }». یک کود ISO 639 مانند sv، en یا ar را استفاده کنید.
import-missing-swedish = متن سویدنی وجود ندارد. کتلاگ هر جایی که ترجمه نباشد متن سویدنی را نشان می‌دهد، بنابراین متن سویدنی حتمی است.
import-missing-file = این فایل ضرورت است و داده نشده است.
import-unknown-occupation = هیچ شغلی با URI { $detail } وجود ندارد.
import-unknown-parent = هیچ سطری نمبر شناسهٔ «{ $detail }» را ندارد.
import-duplicate-framework = کود { $detail } دو بار آمده است.
import-nothing = هیچ چوکاتی برای وارد کردن ندارد.
import-expected-skolverket-root = انتظار می‌رفت جوابی از API ادارهٔ Skolverket با course، courses، subject یا subjects باشد.
import-expected-jobtech-concepts = انتظار می‌رفت یک لست JSON از مفاهیم JobTech Taxonomy باشد.
import-expected-moodle-header = انتظار می‌رفت فایلی از Moodle با ستون‌های Parent ID number، ID number، Short name و Description باشد.
import-expected-kartla-file = انتظار می‌رفت فایلی به فارمت Kartla باشد که با format = "kartla/1" شروع شود.
import-expected-text = انتظار می‌رفت متن باشد.
import-expected-list = انتظار می‌رفت لست باشد.
import-expected-kind = انتظار می‌رفت course یا occupation باشد.
import-expected-grade-step = انتظار می‌رفت سطح نمرهٔ E، C یا A باشد.
import-expected-external-system = انتظار می‌رفت esco، jobtech یا skolverket باشد.
import-expected-utf8 = انتظار می‌رفت متن به UTF-8 باشد.
content-bad-code = کود 1 تا 60 حرف دارد: حروف a–z، عدد، نقطه، خط تیره یا زیرخط.
content-empty = نباید خالی باشد.
content-too-long = بیشتر از { $detail } حرف است.
content-no-sections = هر چوکات دست کم یک قسمت لازم دارد.
content-no-criteria = هر قسمت دست کم یک معیار لازم دارد.
content-duplicate-code = کود معیار { $detail } دو بار استفاده شده است.
content-unknown-language = کود زبان ناشناخته «{ $detail }».
content-guidance-on-occupation = شرح سطح‌های نمره مربوط به کورس‌ها است، نه شغل‌ها.

## Authoring frameworks
admin-new-framework = چوکات نو
admin-col-action = اقدام
admin-edit = ویرایش { $code }
admin-continue = ادامهٔ مسودهٔ { $code }، نسخهٔ { $version }
new-framework-title = چوکات نو
new-framework-button = ایجاد مسوده
editor-kind = نوع
editor-code = کود
editor-code-hint = کوتاه و یگانه، حد اکثر { $max } حرف: حروف a–z، عدد، نقطه، خط تیره یا زیرخط. کود را بعداً تغییر داده نمی‌توانید.
editor-title-sv = نام به سویدنی
editor-title-en = نام به انگلیسی (اختیاری)
editor-title = ویرایش { $title }، مسودهٔ نسخهٔ { $version }
editor-lead = مسوده تا وقتی که آن را نشر نکنید در کتلاگ دیده نمی‌شود. هر تکمه اول همهٔ چیزهایی را که نوشته‌اید ذخیره می‌کند. نسخهٔ نشرشده هرگز تغییر نمی‌کند؛ نقشه‌های مهارتی که قبلاً شروع شده‌اند نسخهٔ خود را نگه می‌دارند.
editor-name = نام
editor-external = وصل با یک مرجع بیرونی (اختیاری)
editor-external-system = مرجع
editor-external-none = بدون وصل
editor-external-id = شناسه یا URI مفهوم
editor-section = قسمت { $number }
editor-section-title = عنوان قسمت
editor-section-add = اضافه کردن یک قسمت
editor-section-up = بردن قسمت { $number } به بالا
editor-section-down = بردن قسمت { $number } به پایین
editor-section-remove = حذف قسمت { $number }
editor-criterion = معیار { $number }
editor-criterion-code = کود
editor-criterion-text = متن معیار
editor-criterion-add = اضافه کردن یک معیار به قسمت { $number }
editor-criterion-up = بردن معیار { $number } به بالا
editor-criterion-down = بردن معیار { $number } به پایین
editor-criterion-remove = حذف معیار { $number }
editor-guidance = سطح‌های نمرهٔ E، C و A (اختیاری)
editor-guidance-hint = معنای هر سطح نمره برای این معیار. به حیث رهنمایی به اشتراک‌کنندگان و اعتبارسنج‌ها نشان داده می‌شود.
editor-add-language = اضافه کردن یک زبان
editor-add-language-hint = فیلدهای این زبان بعد از ذخیره نشان داده می‌شوند.
editor-add-language-none = بدون زبان نو
editor-save = ذخیرهٔ مسوده
editor-publish = نشر
editor-discard-title = حذف مسوده
editor-discard = حذف مسوده
editor-label-title = نام ({ $lang })
editor-label-section-title = قسمت { $section }، عنوان ({ $lang })
editor-label-section = قسمت { $section }
editor-label-criterion-code = قسمت { $section }، معیار { $criterion }، کود
editor-label-criterion-text = قسمت { $section }، معیار { $criterion }، متن ({ $lang })
editor-label-criterion-guidance = قسمت { $section }، معیار { $criterion }، سطح نمرهٔ { $step } ({ $lang })
field-error-bad-code = کود تنها حروف a–z، عدد، نقطه، خط تیره یا زیرخط داشته می‌تواند.
field-error-code-taken = یک چوکات دیگر از قبل این کود را استفاده می‌کند.
field-error-no-sections = هر چوکات دست کم یک قسمت لازم دارد.
field-error-no-criteria = این قسمت دست کم یک معیار لازم دارد.
field-error-duplicate-code = یک معیار دیگر این کود را استفاده می‌کند.
field-error-unknown-language = زبان ناشناخته.
field-error-guidance-on-occupation = سطح‌های نمره مربوط به کورس‌ها است، نه شغل‌ها.
start-mapping-search = جستجو در میان همهٔ { $count } کورس و شغل کتلاگ
guidance-summary = معنای سطح‌های نمره
admin-col-published = نسخهٔ نشرشده
admin-not-published = نشر نشده

## The merit portfolio
nav-experiences = پوشهٔ سوابق
nav-evidence = مدارک
experiences-title = پوشهٔ سوابق من
experiences-lead = در بارهٔ کارهایی که انجام داده‌اید بنویسید: کار، تحصیلات، کورس‌ها، کار رضاکارانه و چیزهای دیگر. این پوشه را خود شما می‌بینید، و وقتی یک نقشهٔ مهارت را تسلیم کنید، اعتبارسنج‌ها هم آن را می‌بینند. وقتی شرح می‌دهید که چه کارهایی را یاد دارید، به این سوابق اشاره کرده می‌توانید.
experiences-add = اضافه کردن یک سابقه
experiences-none = شما هنوز هیچ سابقه‌ای اضافه نکرده‌اید.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – تا حالا
experience-edit = تغییر { $role }
experience-delete = حذف { $role }
experience-new-title = سابقهٔ نو
experience-edit-title = تغییر سابقه
experience-unsaved = این آخرین چیزی است که نوشتید. هنوز ذخیره نشده است – چیزهای نشانی‌شده را اصلاح کنید و دوباره ذخیره کنید.
experience-field-kind = چه نوع سابقه؟
experience-field-role = چه کاری انجام می‌دادید؟
experience-role-hint = مثلاً عنوان وظیفه، رشتهٔ تحصیلی یا یک کورس.
experience-field-place = کارفرما، مکتب یا اداره، و شهر
experience-field-country = کشور
experience-field-start = شروع
experience-field-end = ختم
experience-month-hint = سال و ماه میلادی، مثلاً 2019-04.
experience-end-hint = اگر هنوز جریان دارد، خالی بگذارید.
experience-field-tasks = وظایف و چیزهایی که یاد گرفتید
experience-tasks-hint = یک روز عادی، وضعیت‌های سختی که از عهدهٔ آن‌ها برآمدید، ابزارها و روش‌ها را شرح بدهید. حد اکثر { $max } حرف.
experience-save = ذخیرهٔ سابقه
experience-kind-work = کار
experience-kind-education = تحصیلات
experience-kind-training = کورس یا کارآموزی
experience-kind-volunteering = کار رضاکارانه
experience-kind-other = دیگر
experience-certificate = چاپ مسودهٔ تصدیق برای { $role } (PDF)
cert-title = مسودهٔ تصدیق
cert-intro = من برای یک اعتبارسنجی، مهارت‌های خود را ثبت و بررسی می‌کنم. از شما که کارفرما، سرپرست یا شخص تماس من بودید، خواهش می‌کنم شرح زیر را بخوانید، هر چیزی را که درست نیست اصلاح کنید و آن را امضا کنید.
cert-about = در بارهٔ کار
cert-person = نام: { $value }
cert-role = شغل یا نقش: { $value }
cert-place = کارفرما یا محل کار: { $value }
cert-country = کشور: { $value }
cert-period = مدت زمان: { $value }
cert-tasks = وظایف، به زبان خودم
cert-no-tasks = (هنوز شرحی نوشته نشده است. لطفاً وظایف را در پایین شرح بدهید.)
cert-confirm = تأیید
cert-confirm-choice = شرح درست است:   بلی   /   بلی، با اصلاحات زیر   /   نخیر   (دور یکی را خط بکشید)
cert-corrections = اصلاحات و علاوه‌ها:
cert-extent = نوع و اندازهٔ استخدام:
cert-signer-name = نام:
cert-signer-title = عنوان وظیفه:
cert-signer-organisation = اداره:
cert-signer-contact = تیلفون یا ایمیل:
cert-signed-date = تاریخ:
cert-signature = امضا:
cert-made = این مسوده به تاریخ { $date } از Kartla چاپ شده است. تنها بعد از امضا اعتبار دارد.
field-error-invalid-month = سال و ماه را بنویسید، مثلاً 2019-04.
field-error-end-before-start = تاریخ ختم نمی‌تواند پیش از تاریخ شروع باشد.
experience-label = { $role } ({ $period })
experience-label-place = { $role }، { $place } ({ $period })
answer-experiences = این جواب بر کدام یک از سوابق شما تکیه دارد؟ (اختیاری)
answer-experiences-none = سوابق خود را در پوشهٔ سوابق اضافه کنید تا اینجا به آن‌ها اشاره کرده بتوانید.
answer-draws-on = بر اساس: { $list }
answer-evidence = کدام مدرک این را نشان می‌دهد؟ (اختیاری)
answer-evidence-none = تصدیق‌ها، ورقه‌های نمرات، جوازها یا عکس‌هایی از کار خود را آپلود کنید تا اینجا به آن‌ها اشاره کرده بتوانید.
answer-evidence-missing = برای این مدرکی ندارم (موجود نیست)
answer-evidence-shown = مدارک:
answer-evidence-missing-shown = مدرک موجود نیست
evidence-title = مدارک
evidence-lead = تصدیق‌ها، ورقه‌های نمرات، دیپلوم‌ها، جوازها یا عکس‌هایی از کاری که انجام داده‌اید. هر فایل به ترتیبی که اضافه می‌کنید یک نمبر می‌گیرد. تنها شما و کسی که نقشهٔ مهارت شما را بررسی می‌کند فایل‌ها را دیده می‌توانید.
evidence-none = شما هنوز هیچ مدرکی اضافه نکرده‌اید.
evidence-label = ضمیمهٔ { $number }: { $title }
evidence-kind-size = { $kind }، { $kb } کیلوبایت
evidence-belongs-to = مربوط به: { $list }
evidence-open = باز کردن ضمیمهٔ { $number }
evidence-delete = حذف ضمیمهٔ { $number }
evidence-added = ضمیمهٔ { $number } اضافه شد.
evidence-add-heading = اضافه کردن مدرک
evidence-title-label = این چیست؟ (اختیاری)
evidence-title-hint = مثلاً «جواز فورک‌لفت» یا «نمرات لیسه». حد اکثر { $max } حرف. اگر خالی بگذارید، نام فایل استفاده می‌شود.
evidence-experiences = مربوط به کدام سوابق است؟ (اختیاری)
evidence-file-label = فایل
evidence-file-hint = PDF، JPEG یا PNG، حد اکثر { $max } میگابایت. می‌توانید با موبایل خود عکس بگیرید.
evidence-upload = آپلود
evidence-full = شما { $max } مدرک دارید؛ بیشتر از این نگه داشته نمی‌شود. برای اضافه کردن مدرک نو، یکی را حذف کنید.
field-error-evidence-no-file = یک فایل را برای آپلود انتخاب کنید
field-error-evidence-too-big = فایل بسیار بزرگ است – حد اکثر 10 میگابایت بوده می‌تواند
field-error-evidence-wrong-type = فایل از نوع PDF، JPEG یا PNG نیست
field-error-evidence-too-many = شما از قبل بیشترین تعداد مدرکی را که نگه داشته می‌شود دارید
field-error-evidence-title-too-long = شرح بسیار طولانی است
evidence-refused-no-file = هیچ فایلی فرستاده نشد.
evidence-refused-too-big = فایل بسیار بزرگ است. حد اکثر 10 میگابایت بوده می‌تواند.
evidence-refused-wrong-type = فایل از نوع PDF، JPEG یا PNG نیست.
evidence-refused-too-many = از قبل بیشترین تعداد مدرکی که نگه داشته می‌شود وجود دارد.
evidence-refused-title-too-long = شرح بسیار طولانی است.
catalogue-version-dated = نسخهٔ { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = چه کسی معلومات شما را دیده است
seen-by-lead = هر باری که کسی به غیر از شما یکی از نقشه‌های مهارت شما، پروفایل مهارت آن یا یکی از فایل‌های مدارک شما را باز کند، اینجا ثبت می‌شود: چه کسی، با کدام نقش، برای کدام اداره و چه وقت. هیچ کس بدون ثبت شدن آن را دیده نمی‌تواند.
seen-by-none = هیچ کس دیگری معلومات شما را باز نکرده است.
seen-by-caption = چه کسی چه چیزی را باز کرد، تازه‌ترین اول
seen-by-when = وقت
seen-by-who = چه کسی
seen-by-role = نقش
seen-by-organisation = اداره
seen-by-what = چه چیزی
seen-by-link = چه کسی معلومات شما را دیده است
seen-what-mapping = نقشهٔ مهارت { $number }
seen-what-profile-pdf = پروفایل مهارتِ نقشهٔ مهارت { $number }
seen-what-evidence = یک فایل مدرک
seen-what-case = دوسیهٔ { $number }
seen-what-statement = نظریهٔ نهایی دوسیهٔ { $number }
role-participant = اشتراک‌کننده
role-counsellor = مشاور تحصیلی و مسلکی
role-coordinator = مسئول دوسیه
role-validator = اعتبارسنج
role-org-admin = مدیر سیستم اداره
role-installation-admin = مدیر عمومی سیستم

# The person's own account
nav-account = حساب کاربری شما
account-title = حساب کاربری شما
account-who = به نام { $name } ({ $email }) وارد شده‌اید.
account-home-submit = ذخیرهٔ کمون محل سکونت
account-home-saved = کمون محل سکونت شما ذخیره شد.
account-password-title = تبدیل رمز عبور
account-password-submit = تبدیل رمز عبور
account-password-saved = رمز عبور شما تبدیل شد. از حساب خود در دستگاه‌های دیگر تان خارج شدید.
account-everywhere-title = خروج از همهٔ دستگاه‌ها
account-everywhere-lead = همهٔ ورودهای شما را در همهٔ موبایل‌ها و کمپیوترها، به شمول همین دستگاه، ختم می‌کند. اگر دستگاهی را گم کرده‌اید یا در یک کمپیوتر مشترک وارد شده‌اید، از این استفاده کنید.
account-everywhere-submit = خروج از همهٔ دستگاه‌ها
field-current = رمز عبور فعلی
field-new = رمز عبور نو
field-error-wrong-password = درست نیست

# Organisations and people (administration)
nav-admin-people = ادارات و اشخاص
people-title = ادارات و اشخاص
people-lead = نقش‌هایی که اشخاص در ادارات شما دارند. وقتی یک نقش را ختم می‌کنید، اجازه‌هایی که آن نقش داده بود فوراً از بین می‌رود؛ شخص حساب کاربری و نقش‌های دیگر خود را نگه می‌دارد.
people-none = هنوز هیچ کس در اینجا نقشی ندارد.
people-caption = نقش‌ها در { $org }
people-col-name = نام
people-col-email = آدرس ایمیل
people-col-role = نقش
people-end = ختم نقش { $role } برای { $name }
people-ended = نقش ختم شد.
people-add-org = اضافه کردن یک اداره
people-add-org-submit = اضافه کردن اداره
people-org-added = اداره اضافه شد.
org-kind-region = دفتر منطقه
org-kind-municipality = کمون
org-kind-provider = مؤسسهٔ آموزشی
org-code-hint = یک کود کوتاه: حروف A–Z، عدد و خط تیره، مانند LULEA یا NORD-VAL.
field-org-kind = نوع اداره
field-org-code = کود
field-org-name = نام
field-org-email = آدرس ایمیل برای تماس
field-org-phone = تیلفون برای تماس
field-error-bad-org-code = باید 2 تا 24 حرف از حروف A–Z، عدد یا خط تیره باشد و با یک حرف شروع شود
field-error-region-exists = این سیستم از قبل منطقهٔ خود را دارد

# Invitations
invite-heading = دعوت از یک نفر
invite-explain = این شخص لینکی دریافت می‌کند که یک بار و برای هفت روز کار می‌کند. با آن لینک، نقش را قبول می‌کند: اگر حساب کاربری دارد با ورود به آن، ورنه با ایجاد یک حساب با همین آدرس ایمیل.
field-invite-organisation = اداره
field-invite-role = نقش
field-error-role-misfit = با این نوع اداره مناسب نیست
invite-submit = فرستادن دعوت‌نامه
invite-sent = دعوت‌نامه با ایمیل فرستاده شد.
invite-pass-on = این سیستم ایمیل نمی‌فرستد. خود تان این لینک را به آن شخص برسانید، به طریقی که تنها خود او آن را خوانده بتواند. لینک یک بار و برای هفت روز کار می‌کند؛ این صفحه آن را تنها برای پنج دقیقه نشان می‌دهد.
invite-not-sent = ایمیل فرستاده نشد. خود تان این لینک را به آن شخص برسانید، به طریقی که تنها خود او آن را خوانده بتواند. لینک یک بار و برای هفت روز کار می‌کند؛ این صفحه آن را تنها برای پنج دقیقه نشان می‌دهد.
invite-withdrawn = دعوت‌نامه پس گرفته شد. لینک آن دیگر کار نمی‌کند.
invite-pending-caption = دعوت‌نامه‌هایی که هنوز در { $org } قبول نشده‌اند
invite-col-expires = اعتبار تا
invite-withdraw = پس گرفتن دعوت‌نامهٔ { $email }
invite-title = دعوت‌نامه
invite-lead = شما برای نقش { $role } در { $org } دعوت شده‌اید. این دعوت‌نامه برای { $email } است.
invite-accept = قبول کردن دعوت‌نامه
invite-new-account = ایجاد حساب کاربری
invite-other-person = شما به نام { $me } وارد شده‌اید، اما دعوت‌نامه برای { $email } است. از حساب خارج شوید و بعد لینک را دوباره باز کنید.
invite-sign-in-first = برای { $email } یک حساب کاربری وجود دارد. وارد آن شوید تا دوباره به اینجا بیایید و دعوت را قبول کنید.
invite-gone-title = این دعوت‌نامه دیگر کار نمی‌کند
invite-gone-text = یا قبلاً استفاده شده، یا بعد از هفت روز میعاد آن ختم شده، یا پس گرفته شده است. از کسی که شما را دعوت کرد یک دعوت‌نامهٔ نو بخواهید.
error-conflict-invitation-gone = این دعوت‌نامه دیگر کار نمی‌کند: قبلاً استفاده شده، میعاد آن ختم شده یا پس گرفته شده است. از کسی که شما را دعوت کرد یک دعوت‌نامهٔ نو بخواهید.
error-conflict-invitation-other-person = دعوت‌نامه برای یک آدرس ایمیل دیگر است، نه برای حسابی که با آن وارد شده‌اید. از حساب خارج شوید و بعد لینک را دوباره باز کنید.
error-conflict-invitation-sign-in = یک حساب کاربری با آدرس ایمیل دعوت‌شده از قبل وجود دارد. وارد آن شوید و بعد لینک را دوباره باز کنید.
mail-invite-subject = دعوت به { $org } در Kartla
mail-invite-body =
    سلام،

    { $inviter } شما را برای نقش { $role } در { $org } در Kartla دعوت می‌کند.

    برای قبول کردن دعوت، این لینک را باز کنید:
    { $link }

    این لینک یک بار و برای { $days } روز کار می‌کند. اگر منتظر این دعوت‌نامه نبودید، می‌توانید این ایمیل را نادیده بگیرید.

# Forgotten password
sign-in-forgot = رمز عبور خود را فراموش کرده‌اید؟
forgot-title = فراموش کردن رمز عبور
forgot-lead = آدرس ایمیل حساب کاربری خود را بنویسید. ما لینکی به آن می‌فرستیم که با آن یک رمز عبور نو انتخاب کرده می‌توانید.
forgot-submit = فرستادن لینک
forgot-asked = اگر حسابی با این آدرس وجود داشته باشد، لینکی به آن فرستاده شده است. لینک یک بار و برای یک ساعت کار می‌کند. پوشهٔ ایمیل‌های ناخواسته (spam) را هم ببینید.
forgot-no-mail = این سیستم ایمیل نمی‌فرستد، بنابراین لینکی برای شما فرستاده نمی‌شود. اگر در یکی از ادارات منطقه کار می‌کنید، از مدیر سیستم همان اداره یک لینک بخواهید؛ در غیر آن از کسانی بپرسید که Kartla را در کمون شما اداره می‌کنند.
reset-title = انتخاب رمز عبور نو
reset-submit = ذخیرهٔ رمز عبور نو
reset-done = رمز عبور نو شما ذخیره شد و از همهٔ دستگاه‌ها خارج شدید. با رمز عبور نو وارد شوید.
reset-gone-title = این لینک دیگر کار نمی‌کند
reset-gone-text = یا قبلاً استفاده شده، یا بعد از یک ساعت میعاد آن ختم شده است. در صفحهٔ ورود یک لینک نو درخواست کنید.
error-conflict-password-link-gone = این لینک دیگر کار نمی‌کند: قبلاً استفاده شده یا میعاد آن ختم شده است. در صفحهٔ ورود یک لینک نو درخواست کنید.
mail-reset-subject = انتخاب رمز عبور نو برای Kartla
mail-reset-body =
    سلام،

    کسی درخواست کرده است که برای حساب Kartla شما یک رمز عبور نو انتخاب شود. برای انتخاب رمز عبور نو، این لینک را باز کنید:
    { $link }

    این لینک یک بار و برای { $minutes } دقیقه کار می‌کند. اگر این درخواست از طرف شما نبوده است، می‌توانید این ایمیل را نادیده بگیرید: رمز عبور شما تغییر نمی‌کند.

# The administrators' search of the access log
audit-title = چه کسی معلومات چه کسی را دیده است
audit-lead = با آدرس ایمیل یک شخص جستجو کنید تا هر باری را ببینید که کسی نقشه‌های مهارت، پروفایل‌ها یا مدارک او را باز کرده است. شما می‌بینید که اشخاص ادارات شما چه چیزهایی را باز کرده‌اند؛ مدیران عمومی سیستم همه چیز را می‌بینند. جستجوی شما به آن شخص نشان داده نمی‌شود.
audit-person = آدرس ایمیل شخص
audit-search = جستجو
audit-unknown = هیچ حساب کاربری با این آدرس ایمیل وجود ندارد.
audit-none = از کسانی که شما اجازهٔ دیدن شان را دارید، هیچ کس معلومات این شخص را باز نکرده است.
audit-caption = چه کسی معلومات { $email } را باز کرد، تازه‌ترین اول
people-edit-org = تغییر معلومات { $org }
people-edit-org-submit = ذخیرهٔ معلومات
people-org-changed = معلومات اداره ذخیره شد.
people-serves = کمون‌هایی که این اداره برای آن‌ها ارزیابی می‌کند
people-serves-hint = اعتبارسنج‌های این اداره، نقشه‌های مهارت تسلیم‌شدهٔ کسانی را می‌بینند که در کمون‌های نشانی‌شدهٔ اینجا زندگی می‌کنند.
people-new-role = نقش نو برای { $name }
people-change = تبدیل نقش { $name }
people-role-changed = نقش تبدیل شد.
reset-link-heading = رمز عبور نو برای یک نفر
reset-link-explain = وقتی کسی که در ادارهٔ شما کار می‌کند وارد شده نمی‌تواند و این سیستم ایمیل نمی‌فرستد، لینکی بسازید که او با آن یک رمز عبور نو انتخاب کند. لینک یک بار و برای یک ساعت کار می‌کند؛ آن را به طریقی به او برسانید که تنها خودش آن را خوانده بتواند. حساب اشتراک‌کنندگان فایل‌های شخصی خود شان را باز می‌کند، به همین دلیل هیچ مدیری برای آن‌ها لینک نمی‌سازد.
reset-link-email = آدرس ایمیل آن شخص
reset-link-submit = ساختن لینک
reset-link-pass-on = این لینک را به طریقی به آن شخص برسانید که تنها خودش آن را خوانده بتواند. لینک یک بار و برای یک ساعت کار می‌کند؛ این صفحه آن را تنها برای پنج دقیقه نشان می‌دهد.
field-error-not-your-person = آدرس کسی نیست که تنها در ادارات شما کار می‌کند
field-error-control-characters = نباید سطر نو یا حروف کنترولی دیگر داشته باشد

## Cases: coordinators and validators
nav-cases = دوسیه‌ها
cases-title = دوسیه‌ها
cases-organisation = دوسیه‌های ادارهٔ شما، اول آن‌هایی که بیشتر انتظار کشیده‌اند
cases-assigned = دوسیه‌هایی که به شما توظیف شده‌اند
cases-none = فعلاً هیچ دوسیه‌ای وجود ندارد.
cases-none-assigned = فعلاً هیچ دوسیه‌ای به شما توظیف نشده است.
cases-col-person = شخص
cases-col-framework = کورس یا شغل
cases-col-state = مرحله
cases-col-waited = مدت انتظار
cases-col-validator = اعتبارسنج
cases-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
cases-overdue = ناوقت از { $date }
back-to-cases = برگشت به دوسیه‌ها
case-title = دوسیهٔ { $id }: { $person }
case-state-new = نو
case-state-checking = در حال بررسی
case-state-returned = منتظر تکمیل
case-state-assigned = نزد اعتبارسنج
case-state-concluded = ختم‌شده
case-state = مرحله
case-organisation = ادارهٔ مسئول
case-validator = اعتبارسنج
case-no-validator = هنوز هیچ کس
case-handed-in = تاریخ تسلیم
case-waited = مدت انتظار در این مرحله
case-deadline = آخرین روز برای تکمیل
case-late = ناوقت
case-actions = کارهایی که حالا انجام داده می‌توانید
case-take = شروع بررسی دوسیه
case-assign = توظیف
field-validator = اعتبارسنج
case-validator-hint = تنها اعتبارسنج‌هایی انتخاب شده می‌توانند که در فهرست ارزیابان برای این کورس یا شغل ثبت شده‌اند.
case-choose-validator = یک اعتبارسنج را انتخاب کنید
case-no-validators = هیچ اعتبارسنجی از ادارهٔ شما برای این مورد در فهرست ارزیابان ثبت نشده است. یک مدیر سیستم آن را اضافه کرده می‌تواند.
case-hand-back = پس دادن دوسیه به مسئول دوسیه
case-hand-back-hint = دلیل آن را بنویسید، مثلاً اینکه دوسیه در بارهٔ مضمونی است که شما ارزیابی نمی‌کنید.
case-hand-back-submit = پس دادن
field-reason = دلیل
case-saved-take = حالا شما این دوسیه را بررسی می‌کنید.
case-saved-assign = دوسیه توظیف شد.
case-saved-sent = لست موارد تکمیلی فرستاده شد. شخص آن را در صفحهٔ نمای عمومی خود می‌بیند.
case-saved-concluded = دوسیه ختم شد. نظریهٔ نهایی را دانلود کرده می‌توانید.
case-saved-handed-back = دوسیه به مسئول دوسیه پس داده شد.
case-versions = نسخه‌های تسلیم‌شده
case-version = نسخهٔ { $number }، { $date }
case-profile-pdf = پروفایل مهارت این نسخه (PDF)
case-own-rating = خودسنجی شخص
case-judgement = ارزیابی اعتبارسنج
change-heading = تغییرات از نسخهٔ { $number } به بعد
change-none = هیچ چیزی در جواب‌ها تغییر نکرده است.
change-rating = خودسنجی: { $before } ← { $after }
change-text = شرح تغییر کرده است
change-evidence = ضمیمه‌های نو: { $numbers }
change-experiences = حالا بر سوابق بیشتری تکیه دارد
change-missing = وضعیت «مدرک موجود نیست» تغییر کرده است
change-goal = هدف تغییر کرده است.
change-new-evidence = ضمیمه‌های نو در لست: { $numbers }
change-portfolio = سوابقی در پوشهٔ سوابق اضافه یا تغییر داده شده است.
verdict-met = پوره شده
verdict-partly-met = تا اندازه‌ای پوره شده
verdict-not-met = پوره نشده
verdict-not-yet = هنوز ارزیابی شده نمی‌تواند
method-documents = اسناد
method-interview = مصاحبه
method-practical-test = امتحان عملی
method-theoretical-test = امتحان نظری
method-workplace-observation = مشاهده در محل کار
field-verdict = ارزیابی
field-methods = روش‌ها
field-judgement = ارزیابی
judgement-methods-hint = نشانی کنید که از کدام راه به این ارزیابی رسیدید.
judgement-none = هنوز ارزیابی نشده است.
judgement-by = { $name }، { $date }
judgement-methods = روش‌ها: { $methods }
judgement-reason = دلیل تغییر: { $reason }
judgement-history = ارزیابی‌های قبلی ({ $count })
judgement-form = ارزیابی { $code }
judgement-save = ذخیرهٔ ارزیابی
judgement-change = تغییر ارزیابی
judgement-reason-hint = دوسیه ختم شده است. برای تغییر ارزیابی باید دلیل بنویسید، و ارزیابی قبلی در تاریخچه باقی می‌ماند.
additions-heading = موارد تکمیلی
additions-building = لست نو موارد تکمیلی
additions-building-hint = هر بار یک مورد اضافه کنید: چه چیزی کم است، مربوط به کجا است و به کدام شکل باید باشد. وقتی لست آماده شد، آن را با یک آخرین روز بفرستید.
additions-choose-target = انتخاب کنید که در بارهٔ چه است
field-target = در بارهٔ
field-missing = چه چیزی کم است
additions-missing-hint = دقیق بنویسید، مثلاً «تصدیق کاری که وظایف را در Lager AB نشان بدهد».
field-form = به کدام شکل
additions-form-hint = مثلاً «PDF یا عکس، به سویدنی یا با ترجمه».
additions-add = اضافه کردن به لست
additions-remove = حذف
field-deadline = آخرین روز
additions-deadline-hint = شخص این تاریخ را در لست می‌بیند.
additions-send = فرستادن لست برای شخص
additions-sent-by = درخواست‌شده توسط { $name }، آخرین روز: { $deadline }
additions-answered = شخص به تاریخ { $date } دوباره تسلیم کرد
additions-form-shown = شکل: { $form }
additions-item-done = انجام شد (به گفتهٔ شخص)
additions-item-open = هنوز انجام نشده
additions-mark-done = نشانی کردن به حیث انجام‌شده
additions-mark-not-done = نشانی کردن به حیث انجام‌نشده
additions-asked = چیزهایی که باید تکمیل کنید
additions-asked-hint = تغییرات را در نقشهٔ مهارت، پوشهٔ سوابق یا مدارک انجام بدهید. هر مورد را به حیث انجام‌شده نشانی کنید، بعد نقشهٔ مهارت را دوباره تسلیم کنید.
target-case = تمام دوسیه
target-criterion = معیار { $criterion }
target-experience = سابقه: { $experience }
target-evidence = { $evidence }
conclude-heading = ختم دوسیه
conclude-not-judged = { $count ->
    [one] یک معیار هنوز ارزیابی نشده است: { $codes }. آن را ارزیابی کنید، یا «هنوز ارزیابی شده نمی‌تواند» را انتخاب کنید.
   *[other] { $count } معیار هنوز ارزیابی نشده‌اند: { $codes }. آن‌ها را ارزیابی کنید، یا «هنوز ارزیابی شده نمی‌تواند» را انتخاب کنید.
}
conclude-outcome = نتیجه برای { $framework }
outcome-fully-met = کاملاً پوره شده
outcome-partly-met = تا اندازه‌ای پوره شده
outcome-not-met = پوره نشده
field-outcome = نتیجه
field-statement = نظریهٔ کلی
conclude-statement-hint = شخص نظریهٔ نهایی را می‌خواند و آن را به مدیر مکتب، کارفرما یا کورس بعدی می‌برد.
field-next-steps = قدم‌های بعدی پیشنهادی
next-step-top-up-course = یک کورس تکمیلی
next-step-exam = امتحان برای گرفتن نمره (prövning)
next-step-workplace-assessment = ارزیابی در محل کار
next-step-guidance = گفتگو با مشاور تحصیلی و مسلکی
field-next-steps-text = قدم‌های بعدی به زبان خود تان
conclude-submit = ختم دوسیه با نظریهٔ نهایی
conclusion-heading = نظریهٔ نهایی
conclusion-by = ختم‌شده توسط { $name } به تاریخ { $date }
conclusion-remaining = باقی‌مانده: { $codes }
conclusion-statement = نظریهٔ کلی
conclusion-next-steps = قدم‌های بعدی پیشنهادی
conclusion-download = دانلود نظریهٔ نهایی (PDF)
case-event-handed-in = { $name } نسخهٔ { $detail } را تسلیم کرد
case-event-taken = { $name } بررسی دوسیه را شروع کرد
case-event-assigned = { $name } دوسیه را به { $detail } توظیف کرد
case-event-handed-back = { $name } دوسیه را پس داد: { $detail }
case-event-returned = { $name } درخواست تکمیل کرد، آخرین روز: { $detail }
case-event-judged = { $name } { $detail } را ارزیابی کرد
case-event-rejudged = { $name } ارزیابی { $detail } را تغییر داد
case-event-item-done = { $name } این مورد را به حیث انجام‌شده نشانی کرد: { $detail }
case-event-item-reopened = { $name } این مورد را به حیث انجام‌نشده نشانی کرد: { $detail }
case-event-outcome-changed = نتیجه همراه با ارزیابی تغییر کرد: { $detail }
case-event-concluded = { $name } دوسیه را با یک نظریهٔ نهایی ختم کرد
case-panel-heading = دوسیهٔ شما
case-panel-whole = دیدن تمام دوسیه و همهٔ رویدادهای آن
case-explainer-checking = { $organisation } بررسی می‌کند که همه چیز کامل باشد.
case-explainer-assigned = حالا یک اعتبارسنج در { $organisation } نقشهٔ مهارت را معیار به معیار ارزیابی می‌کند.
case-explainer-returned = { $organisation } از شما می‌خواهد که آن را تکمیل کنید. لست زیر را ببینید.
case-explainer-concluded = { $organisation } ارزیابی را ختم کرده است. نظریهٔ نهایی در پایین است.
hand-in-goes-to = نقشهٔ مهارت به { $organisation } فرستاده می‌شود.
hand-in-no-home = پیش از تسلیم کردن باید کمون محل سکونت خود را انتخاب کنید. این کار را در صفحهٔ «حساب کاربری شما» انجام بدهید.
field-provider = چه کسی آن را ارزیابی کند
hand-in-choose-hint = چند اداره این شغل را ارزیابی می‌کنند. یکی را انتخاب کنید.
error-conflict-case-moved = کس دیگری دوسیه را تغییر داده است. صفحه وضعیت فعلی آن را نشان می‌دهد.
error-conflict-no-home = پیش از تسلیم کردن باید کمون محل سکونت خود را انتخاب کنید.
field-error-not-listed = در فهرست ارزیابان برای این کورس یا شغل ثبت نشده است
field-error-does-not-fit = با ارزیابی معیارها مطابقت ندارد
field-error-in-past = باید تاریخی بعد از امروز باشد
field-error-too-far = حد اکثر یک سال بعد بوده می‌تواند
field-error-no-items = لست هنوز هیچ موردی ندارد
field-error-too-many = لست حد اکثر 30 مورد داشته می‌تواند
field-error-invalid = جزء گزینه‌ها نیست
field-error-invalid-characters = حروفی دارد که ذخیره شده نمی‌توانند
mail-additions-subject = Kartla: لطفاً نقشهٔ مهارت خود را تکمیل کنید
mail-additions-body = سلام { $name }،

    کسی که نقشهٔ مهارت شما را ارزیابی می‌کند از شما می‌خواهد که آن را تکمیل کنید. لست چیزهای ضروری و آخرین روز اینجا است:

    { $link }

    با احترام،
    Kartla
mail-concluded-subject = Kartla: ارزیابی نقشهٔ مهارت شما تمام شد
mail-concluded-body = سلام { $name }،

    ارزیابی نقشهٔ مهارت شما تمام شده است. نظریهٔ نهایی را اینجا خوانده و دانلود کرده می‌توانید:

    { $link }

    با احترام،
    Kartla

## The statement (PDF)
file-name-statement = نظریه-{ $number }
verify-document = سند
statement-title = نظریهٔ نهایی
statement-lead = ارزیابی دانش و شایستگی (اعتبارسنجی)، معیار به معیار.
statement-organisation = صادرکننده
statement-contact = تماس
statement-case = دوسیه
statement-version = نسخهٔ تسلیم‌شده‌ای که ارزیابی شد
statement-issued = تاریخ
statement-assessor = ارزیاب
statement-verify-where = اصلی بودن این نظریه را در این آدرس بررسی کنید:
statement-outcome = نتیجه
statement-signatures = امضاها
statement-assessed-by = ارزیابی‌شده توسط { $name }.
statement-principal = مدیر مکتب یا رئیس مسئول:
statement-signature = امضا:
statement-name-clarified = نام به خط خوانا:
statement-signed-date = محل و تاریخ:

## The directory: who assesses what
nav-directory = چه کسی چه چیزی را ارزیابی می‌کند
directory-title = چه کسی چه چیزی را ارزیابی می‌کند
directory-lead = ادارات منطقه و کسانی که کورس‌ها و شغل‌ها را ارزیابی می‌کنند. تنها کسانی در اینجا هستند که خود شان خواسته‌اند نشان داده شوند.
directory-q = کورس یا شغل
directory-q-hint = بخشی از نام یا کود را بنویسید، مثلاً «گدام»، «lager» یا «DEMO-KOCK1».
directory-municipality = کمون
directory-any-municipality = همهٔ کمون‌ها
directory-search = جستجو
directory-none = هیچ کس در فهرست ارزیابان با این جستجو مطابقت ندارد.
directory-serves = ارزیابی برای { $list }
directory-serves-all = ارزیابی برای تمام منطقه
directory-assesses = ارزیابی می‌کند
directory-languages = زبان‌ها
directory-methods = روش‌ها
directory-contact = تماس
admin-directory-title = فهرست ارزیابان: چه کسی چه چیزی را ارزیابی می‌کند
admin-directory-lead = معلوم کنید که هر یک از اشخاص ادارهٔ شما چه چیزی را ارزیابی می‌کند، به کدام زبان‌ها گپ می‌زند و از کدام روش‌ها استفاده می‌کند. دوسیه‌ها تنها به اعتبارسنج‌هایی توظیف شده می‌توانند که برای آن کورس یا شغل در فهرست ثبت شده‌اند. هر کس خودش در صفحهٔ حساب کاربری خود انتخاب می‌کند که به صورت عمومی نشان داده شود یا نه.
admin-directory-none = هیچ کس در ادارات شما کار ارزیابی یا مشاوره انجام نمی‌دهد.
admin-directory-saved = فهرست ارزیابان ذخیره شد.
admin-directory-listed = در فهرست عمومی نشان داده می‌شود.
admin-directory-not-listed = به صورت عمومی نشان داده نمی‌شود (شخص این را انتخاب نکرده است).
admin-directory-languages-hint = کودهای زبان که با کامه از هم جدا شده‌اند، مثلاً «sv, ar, ti».
admin-directory-save = ذخیره
field-languages = زبان‌ها
account-listing-title = فهرست ارزیابان: چه کسی چه چیزی را ارزیابی می‌کند
account-listing-lead = نام شما در فهرست ارزیابانِ ادارهٔ تان است. انتخاب کنید که آیا می‌خواهید به صورت عمومی نشان داده شوید و کدام معلومات تماس نشان داده شود.
account-listing-show = نام من در فهرست عمومی نشان داده شود
account-listing-email = ایمیلی که نشان داده می‌شود (اختیاری)
account-listing-phone = تیلفونی که نشان داده می‌شود (اختیاری)
account-listing-save = ذخیره
account-listing-saved = انتخاب شما برای فهرست ارزیابان ذخیره شد.
field-error-bad-language-tags = کودهای زبان را با کامه از هم جدا کنید، مثلاً sv, ar, ti (حد اکثر 12)

## What you master and what remains
gaps-heading = چیزهایی که از قبل یاد دارید و چیزهایی که باقی مانده است
gaps-counts = شما { $masters } معیار از { $total } معیار را یاد دارید، و { $partly } معیار را تا اندازه‌ای.
gaps-verdict = فعلاً چنین معلوم می‌شود:
gaps-remaining = باقی‌مانده: { $codes }
gaps-source-self = بر اساس جواب‌های خود شما.
gaps-source-judged = { $judged } معیار از { $total } معیار بر اساس ارزیابی اعتبارسنج است، و باقی بر اساس جواب‌های خود شما.
gaps-elsewhere = چیزی که یاد دارید در اینجا هم حساب می‌شود
gaps-elsewhere-hint = کورس‌ها و شغل‌هایی که معیارهای شان در بارهٔ همان دانشی است که شما دارید.
gaps-covers = جواب‌های شما { $covered } معیار از { $total } معیار را در بر می‌گیرد

## The Swedish original
originals-show = نشان دادن متن اصلی سویدنی زیر هر معیار
originals-hide = پنهان کردن متن اصلی سویدنی
original-label = به سویدنی:

## Sharing with a study and career counsellor
nav-caseload = اشتراک‌کنندگان من
caseload-title = اشتراک‌کنندگان من
caseload-lead = نقشه‌های مهارتی که اشتراک‌کنندگان با شما شریک ساخته‌اند. هر چیزی را که باز کنید، در لست «چه کسی معلومات شما را دیده است» آن‌ها نشان داده می‌شود.
caseload-none = هنوز هیچ کس چیزی را با شما شریک نساخته است.
caseload-all = همهٔ نقشه‌های مهارت خود را شریک می‌سازد
caseload-one = این نقشهٔ مهارت را شریک می‌سازد
caseload-since = از { $date }
sharing-title = شریک ساختن با مشاور تحصیلی و مسلکی
sharing-lead = می‌توانید اجازه بدهید که یک مشاور در کمون شما، پیش از یک گفتگو، یکی از نقشه‌های مهارت شما یا همهٔ آن‌ها را بخواند. هر وقت که بخواهید، شریک ساختن را متوقف کرده می‌توانید.
sharing-none = فعلاً چیزی را شریک نمی‌سازید.
sharing-everything = همهٔ نقشه‌های مهارت من
sharing-line = { $counsellor } خوانده می‌تواند: { $what }
sharing-withdraw = متوقف کردن شریک ساختن
sharing-submit = شریک ساختن
sharing-saved = حالا با این مشاور شریک می‌سازید.
sharing-withdrawn = دیگر آن را شریک نمی‌سازید.
field-counsellor = مشاور
field-mapping = چه چیزی را می‌خواهید شریک بسازید

## Guidance sessions
session-start = شروع جلسهٔ رهنمایی
session-title = جلسهٔ رهنمایی با { $person }
session-heading = جلسهٔ رهنمایی
session-with-person = با { $name }
session-with-counsellor = با مشاور تحصیلی و مسلکی شما، { $name }
session-code-intro = کود برای شامل شدن:
session-other-here = { $name } همین قسمت را می‌بیند.
session-other-at = { $name } قسمت { $n } را می‌بیند.
session-other-away = { $name } هنوز به جلسه شامل نشده است.
session-follow = رفتن به همان قسمت
session-section = قسمت { $n }
session-sections = قسمت‌ها
session-save = ذخیره
session-ended = این جلسه ختم شده است. چیزی که نوشته شد باقی می‌ماند؛ دیگر از طریق این جلسه چیزی نوشته نمی‌شود.
session-direct-on = اجازه به مشاور برای نوشتن در جواب‌های من
session-direct-off = ختم اجازهٔ نوشتن مشاور در جواب‌های من
session-direct-is-on = مشاور در این جلسه اجازه دارد در جواب‌های شما بنویسد.
session-direct-is-off = تغییرات مشاور به شکل پیشنهاد می‌آید و شما آن را قبول یا رد می‌کنید.
session-trail = چیزهایی که در این جلسه اتفاق افتاد
session-end = ختم جلسه
sessions-back = همهٔ جلسه‌های رهنمایی
sessions-title = جلسه‌های رهنمایی
sessions-none = هیچ جلسهٔ رهنمایی باز نیست.
sessions-with = با { $name }
sessions-since = شروع: { $time }
sessions-join = شامل شدن با کود
sessions-join-hint = مشاور تان شش حرف و عدد به شما می‌دهد، مثلاً K7M-Q2X.
sessions-join-button = شامل شدن
field-code = کود
field-error-no-such-session = هیچ جلسهٔ بازی این کود را ندارد – کود را با مشاور تان بررسی کنید
proposal-heading = تغییر پیشنهادی
proposal-by = { $name } پیشنهاد می‌کند:
proposal-make = پیشنهاد یک تغییر
proposal-send = فرستادن پیشنهاد
proposal-accept = قبول
proposal-reject = رد
notes-heading = یادداشت‌ها
notes-open = همهٔ یادداشت‌هایی را که در بارهٔ شما نوشته می‌شود، خوانده می‌توانید.
note-label = یادداشت نو
note-hint = شخص همهٔ یادداشت‌ها را می‌خواند.
note-add = اضافه کردن یادداشت
field-note = یادداشت
error-conflict-session-ended = جلسهٔ رهنمایی ختم شده است.
error-conflict-proposal-decided = این پیشنهاد قبلاً قبول، رد یا با پیشنهاد دیگری عوض شده است.
session-event-started = جلسه را شروع کرد
session-event-joined = به جلسه شامل شد
session-event-wrote = در جواب معیار { $criterion } نوشت
session-event-proposed = برای معیار { $criterion } تغییری پیشنهاد کرد
session-event-accepted = پیشنهاد معیار { $criterion } را قبول کرد
session-event-rejected = پیشنهاد معیار { $criterion } را رد کرد
session-event-direct-on = به مشاور اجازهٔ نوشتن داد
session-event-direct-off = اجازهٔ نوشتن مشاور را ختم کرد
session-event-noted = یک یادداشت نوشت
session-event-ended = جلسه را ختم کرد

## Individual study plan
plan-title = پلان تحصیلی انفرادی برای { $person }
plan-saved = پلان تحصیلی ذخیره شد.
plan-pdf = دانلود پلان تحصیلی (PDF)
plan-link = پلان تحصیلی انفرادی
plan-field-goal = هدف تحصیل
plan-goal-hint = تحصیل باید به چه چیزی برسد، به زبان خود شخص.
plan-field-pace = سرعت تحصیل (فیصدی از تمام وقت)
plan-pace-value = { $percent } فیصد
plan-field-start = شروع
plan-start-hint = روزی که تحصیل شروع می‌شود، به شکل YYYY-MM-DD (سال-ماه-روز میلادی).
plan-field-course = کورس
plan-field-points = امتیاز
plan-field-courses = کورس‌ها
plan-courses = کورس‌های پلان‌شده
plan-no-courses = هنوز هیچ کورسی پلان نشده است.
plan-course = کورس
plan-points = امتیاز
plan-points-of = امتیاز برای { $course }
plan-change = تغییر
plan-remove = حذف
plan-total = روی هم رفته { $points } امتیاز.
plan-suggested = پیشنهادهای تحلیل کمبودها
plan-suggested-hint = کورس‌هایی از این نقشهٔ مهارت که جواب‌ها (یا ارزیابی‌های یک اعتبارسنج) هنوز آن‌ها را به طور کامل در بر نمی‌گیرند. آن‌هایی را که باید در پلان بیایند نشانی کنید.
plan-add = اضافه کردن یک کورس از کتلاگ
plan-add-none = بدون کورس
plan-save = ذخیرهٔ پلان تحصیلی
plan-history = تغییرات
plan-change-goal = هدف را تغییر داد
plan-change-pace = سرعت تحصیل را { $value } فیصد تعیین کرد
plan-change-start = تاریخ شروع را { $value } تعیین کرد
plan-change-added = { $value } را اضافه کرد
plan-change-removed = { $value } را حذف کرد
plan-change-points = امتیاز { $value } را تعیین کرد
plan-change-order = ترتیب کورس‌ها را تغییر داد
field-error-invalid-date = تاریخ را به شکل YYYY-MM-DD بنویسید
field-error-invalid-points = امتیاز را به شکل یک عدد از 1 تا 2500 بنویسید
plan-pdf-no-goal = هنوز هیچ هدفی نوشته نشده است.
plan-pdf-signatures = به همکاری هم ترتیب شد
plan-pdf-sign-person = شخص:
plan-pdf-sign-counsellor = مشاور تحصیلی و مسلکی:
plan-pdf-made = به تاریخ { $date } از Kartla چاپ شد.
file-name-study-plan = پلان-تحصیلی-{ $number }
guidance-heading = رهنمایی
guidance-session-open = { $name } یک جلسهٔ رهنمایی باز در بارهٔ این نقشهٔ مهارت دارد.
guidance-join = شامل شدن به جلسه
caseload-people = با شما شریک ساخته شده
connect-invite-heading = دعوت از یک اشتراک‌کننده
connect-invite-lead = یک کود بسازید و آن را به شخص بدهید. وقتی او کود را در صفحهٔ حساب کاربری خود بنویسد، هر نقشهٔ مهارتی که تهیه می‌کند با شما شریک ساخته می‌شود. هر کود یک بار و برای یک هفته کار می‌کند.
connect-invite-until = اعتبار تا { $date }
connect-invite-make = ساختن کود
connect-heading = وصل شدن با کودی از مشاور تان
connect-hint = شش حرف و عدد، مثلاً K7M-Q2X. بعد از آن، همهٔ نقشه‌های مهارت شما با آن مشاور شریک ساخته می‌شود؛ هر وقت که بخواهید، شریک ساختن را متوقف کرده می‌توانید.
field-connect-code = کود از مشاور شما
connect-submit = وصل شدن
field-error-no-such-invitation = هیچ دعوت‌نامهٔ بازی این کود را ندارد – شاید قبلاً استفاده شده یا میعاد آن ختم شده باشد
field-error-not-your-counsellor = این مشاور برای کمون شما کار نمی‌کند
pdf-gaps-self = بر اساس جواب‌های خود شخص.
pdf-gaps-judged = { $count ->
    [one] برای { $count } معیار، ارزیابی یک اعتبارسنج به جای جواب شخص حساب می‌شود.
   *[other] برای { $count } معیار، ارزیابی یک اعتبارسنج به جای جواب شخص حساب می‌شود.
}
pdf-gaps-counts = یاد دارد: { $masters } · تا اندازه‌ای: { $partly } · باقی‌مانده: { $remaining }
pdf-gaps-verdict = وضعیت کلی
pdf-gaps-remaining = باقی‌مانده
pdf-gaps-heading = تحلیل کمبودها

## Follow-up (statistics)
nav-stats = پیگیری
stats-title = پیگیری
stats-lead = چند نفر نقشهٔ مهارت می‌سازند، هر مرحله چقدر وقت می‌گیرد و با چه نتیجه‌ای – اما هیچ‌گاه چیزی دربارهٔ یک شخص معین نشان داده نمی‌شود. اگر تعداد اشخاص کمتر از { $n } باشد، «کمتر از { $n }» نشان داده می‌شود، و عددی که بتوان آن را از عددهای دیگر حساب کرد نیز پنهان می‌شود.
stats-org = ارقام کدام اداره
stats-from = از ماه
stats-to = تا ختم ماه
stats-by = تفکیک بر اساس
stats-show = نمایش
stats-whose-region = تمام { $name }.
stats-whose-own = { $name } و مجموع تمام منطقه.
stats-period = ماه‌های کامل { $from } – { $to }.
stats-download-csv = دانلود به شکل CSV
stats-download-pdf = دانلود گزارش به شکل PDF
stats-fewer-than = کمتر از { $n }
stats-hidden = پنهان
stats-no-municipality = بدون کمون محل سکونت
stats-no-provider = خود کمون
stats-chart-caption = چارت: { $measure }. همین ارقام در جدول پایین آمده است.
stats-table-caption = نقشه‌های مهارتی که در این دوره به هر مرحله رسیدند
stats-total = مجموع: { $name }
stats-region-total = مجموع: { $name } (تمام منطقه)
stats-measure-started = شروع‌شده
stats-measure-handed-in = تسلیم‌شده
stats-measure-returned = برای تکمیل پس فرستاده‌شده
stats-measure-assigned = به اعتبارسنج توظیف‌شده
stats-measure-concluded = ختم‌شده
stats-by-municipality = کمون
stats-by-provider = مؤسسهٔ آموزشی
stats-by-framework = کورس یا شغل
stats-by-month = ماه
stats-by-language = زبان
stats-heading-municipality = به تفکیک کمون
stats-heading-provider = به تفکیک مؤسسهٔ آموزشی
stats-heading-framework = به تفکیک کورس و شغل
stats-heading-month = به تفکیک ماه
stats-heading-language = به تفکیک زبان
stats-unit-municipality = کمون
stats-unit-provider = مؤسسهٔ آموزشی
stats-unit-framework = کورس یا شغل
stats-unit-month = ماه
stats-unit-language = زبان
stats-heading-durations = مراحل چقدر وقت می‌گیرند
stats-durations-chart = چارت: میانه به روز برای هر مرحله. همین ارقام در جدول پایین آمده است.
stats-durations-caption = روزها، برای کسانی که مرحله را در این دوره ختم کردند
stats-col-step = مرحله
stats-col-people = تعداد اشخاص
stats-col-median = میانه (روز)
stats-col-p90 = 9 نفر از هر 10 نفر در ظرف (روز)
stats-not-shown = نشان داده نمی‌شود
stats-step-mapping = از شروع تا تسلیم
stats-step-waiting = از تسلیم تا توظیف
stats-step-assessing = از توظیف تا ختم
stats-step-whole = تمام راه، از شروع تا ختم
stats-heading-outcomes = نتیجه‌ها به تفکیک کورس و شغل
stats-outcomes-none = در این دوره هیچ نقشهٔ مهارتی ختم نشد.
stats-outcomes-caption = نقشه‌های مهارت ختم‌شده و نتیجهٔ آن‌ها
stats-heading-languages = زبان‌ها در Kartla
stats-languages-chart = چارت: تعداد اشخاص به تفکیک زبان. همین ارقام در جدول پایین آمده است.
stats-languages-caption = زبانی که اشخاص با آن از Kartla استفاده کردند
field-error-stats-month = ماه میلادی را به شکل YYYY-MM بنویسید، مثلاً 2025-03
field-error-stats-backward = دوره پیش از شروع خود ختم می‌شود
field-error-stats-by = یکی از تفکیک‌های لست را انتخاب کنید
stats-pdf-title = پیگیری: { $name }
stats-pdf-made = به تاریخ { $date } از Kartla چاپ شد.
file-name-stats = پیگیری-{ $number }
