### Kartla – فارسی (fa)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = رفتن به محتوای اصلی
footer-privacy = Kartla فقط چیزهایی را که در نقشهٔ مهارت خود می‌نویسید نگه می‌دارد و آن را فقط به خود شما نشان می‌دهد، و بعد از ارسال، به اعتبارسنج‌ها هم.
nav-label = منوی اصلی
nav-my-mappings = نقشه‌های مهارت من
nav-sign-in = ورود
nav-sign-out = خروج
nav-register = ساختن حساب کاربری
signed-in-as = وارد شده با نام { $name }
language-label = زبان
language-change = تغییر زبان
language-unreviewed-mark = هنوز بررسی نشده
languages-link = دربارهٔ زبان‌ها
languages-title = زبان‌ها
languages-lead = می‌توانید از Kartla به این زبان‌ها استفاده کنید. ترجمه‌ها را تیم Kartla می‌نویسد. ترجمه‌ای که هنوز هیچ اهل زبانی آن را بررسی نکرده است، علامت خورده است و ممکن است اشتباه داشته باشد.
languages-caption = زبان‌ها، و اینکه آیا یک اهل زبان هر ترجمه را بررسی کرده است یا نه
languages-col-language = زبان
languages-col-name = به فارسی
languages-col-status = ترجمه
languages-status-original = متن اصلی
languages-status-reviewed = بررسی‌شده توسط اهل زبان
languages-status-unreviewed = هنوز توسط اهل زبان بررسی نشده
languages-feedback = آیا چیزی به زبان شما نادرست به نظر می‌رسد؟ به مشاور تحصیلی و شغلی خود یا مدیر سامانهٔ Kartla در کمون خود بگویید. می‌توان آن را بدون انتظار برای نسخهٔ جدید Kartla اصلاح کرد.
loading = در حال دریافت …
back-home = رفتن به صفحهٔ اصلی

## Errors
error-summary-title = مشکلی وجود دارد
error-validation = اطلاعات زیر را بررسی کنید.
error-bad-request = درخواست خوانده نشد. صفحه را تازه کنید و دوباره امتحان کنید.
error-unauthorized = برای دیدن این صفحه باید وارد شوید.
error-sign-in-failed = آدرس ایمیل یا رمز عبور اشتباه است.
error-forbidden = شما اجازهٔ انجام این کار را ندارید.
error-too-many = تعداد تلاش‌ها زیاد بود. یک دقیقه صبر کنید و بعد دوباره امتحان کنید.
error-cross-site = این درخواست از صفحه‌ای در یک وبسایت دیگر آمده بود و پذیرفته نشد. به Kartla بروید و کار را همان‌جا انجام دهید.
error-not-found = این صفحه وجود ندارد.
error-internal = در سیستم ما مشکلی پیش آمد. آنچه قبلاً ذخیره کرده‌اید محفوظ است. کمی بعد دوباره امتحان کنید.
error-unreachable = در حال حاضر دسترسی به Kartla ممکن نیست. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.
error-conflict-email-taken = از قبل یک حساب کاربری با این آدرس ایمیل وجود دارد. به‌جای ساختن حساب، وارد شوید.
error-conflict-not-editable = نقشهٔ مهارت ارسال شده است و فعلاً نمی‌توان آن را تغییر داد.
error-conflict-already-submitted = نقشهٔ مهارت قبلاً ارسال شده است.
error-conflict-already-decided = نقشهٔ مهارت قبلاً بررسی شده است.
field-error-required = باید پر شود
field-error-too-long = بیش از حد طولانی است
field-error-too-short = بیش از حد کوتاه است
field-error-invalid-email = آدرس ایمیل معتبری نیست
field-error-invalid-rating = یکی از گزینه‌ها را انتخاب کنید
field-error-unknown-criterion = به این نقشهٔ مهارت تعلق ندارد
field-error-unknown-framework = در کاتالوگ نیست
field-error-not-rated = انتخاب کنید که این کار را چقدر خوب بلد هستید
field-error-changed-elsewhere = پاسخ در زبانه‌ای دیگر یا در دستگاهی دیگر تغییر کرده است و متن شما جای آن را نگرفت
field-error-no-description = توضیح دهید که این را چطور و کجا یاد گرفتید و به کار بردید

## Rating
rating-legend = این کار را چقدر خوب بلد هستید؟
rating-no-experience = بدون تجربه
rating-some-experience = کمی تجربه
rating-with-support = با کمک می‌توانم انجام دهم
rating-independently = به‌تنهایی می‌توانم انجام دهم
rating-can-teach = می‌توانم به دیگران یاد بدهم
rating-no-experience-hint = این کار را انجام نداده‌ام.
rating-some-experience-hint = دیده‌ام که دیگران انجامش می‌دهند، یا چند بار امتحانش کرده‌ام.
rating-with-support-hint = وقتی کسی کمکم کند یا نشانم دهد چطور، می‌توانم انجامش دهم.
rating-independently-hint = خودم به‌تنهایی و بدون کمک می‌توانم انجامش دهم.
rating-can-teach-hint = آن‌قدر خوب بلدم که می‌توانم آن را به دیگران نشان دهم و توضیح دهم.
rating-or = یا
rating-not-relevant = به من مربوط نیست
rating-not-relevant-hint = این جزو چیزهایی نیست که می‌خواهم نشان دهم. لازم نیست چیزی بنویسید.
prompts-summary = کمک برای توضیح دادن
prompt-normal-day = یک روز عادی چطور بود؟ چه کارهایی انجام می‌دادید؟
prompt-hardest = سخت‌ترین موقعیتی که با آن روبه‌رو شدید چه بود، و چطور از پسش برآمدید؟
prompt-tools = از چه ابزارها، دستگاه‌ها، برنامه‌ها یا روش‌هایی استفاده کردید؟
prompt-how-long = چه مدت و هر چند وقت یک بار این کار را انجام دادید؟
read-aloud = خواندن با صدای بلند

## Status
status-draft = پیش‌نویس
status-submitted = ارسال‌شده
status-returned = نیاز به تکمیل
status-reviewed = ارزیابی‌شده
event-submitted = ارسال‌شده توسط { $name } در تاریخ { $date }
event-returned = برگشت داده‌شده برای تکمیل توسط { $name } در تاریخ { $date }
event-reviewed = ارزیابی‌شده توسط { $name } در تاریخ { $date }
kind-course = دوره
kind-occupation = شغل

## Start page
home-title = نشان دهید چه کارهایی بلد هستید
home-lead = Kartla به شما کمک می‌کند آنچه را که از قبل می‌دانید و می‌توانید، معیار به معیار توضیح دهید تا یک اعتبارسنج بتواند آن را ارزیابی کند.
home-how = یک حساب کاربری بسازید، یک دوره یا یک شغل انتخاب کنید و با سرعت خودتان پاسخ دهید. هر چیزی که می‌نویسید ذخیره می‌شود.
home-have-account = از قبل حساب کاربری دارم
home-role-later = ابزارهای بیشتری برای نقش شما به‌زودی می‌آید.

## Account
sign-in-title = ورود
sign-in-submit = ورود
sign-in-no-account = حساب کاربری ندارید؟ یکی بسازید.
register-title = ساختن حساب کاربری
register-why = نام شما را برای پروفایل مهارتتان لازم داریم، و آدرس ایمیلتان را برای اینکه بتوانید دوباره وارد شوید.
register-submit = ساختن حساب کاربری
password-hint = دست‌کم 12 کاراکتر. یک جمله که به یادتان می‌ماند، انتخاب خوبی است.
field-name = نام
field-email = آدرس ایمیل
field-password = رمز عبور
field-locale = زبان
field-municipality = کمون محل زندگی
municipality-hint = کمونی (kommun، ادارهٔ محلی در سوئد) که در آن زندگی می‌کنید. این کمون به شما خدمات اعتبارسنجی می‌دهد و مسئول نقشه‌های مهارت شماست. بعداً می‌توانید آن را تغییر دهید.
municipality-choose = یک کمون انتخاب کنید
field-comment = توضیحات

## My mappings
my-mappings-title = نقشه‌های مهارت من
my-mappings-none = هنوز هیچ نقشهٔ مهارتی را شروع نکرده‌اید.
updated-on = آخرین تغییر: { $date }
start-mapping-title = شروع یک نقشهٔ مهارت تازه
start-mapping-lead = دوره یا شغلی را انتخاب کنید که می‌خواهید نشان دهید آن را بلد هستید.
criteria-count = { $count ->
    [one] { $count } معیار
   *[other] { $count } معیار
}
start-mapping-button = شروع با { $title }

## Overview
sections-heading = بخش‌ها
progress = { $done } از { $total } پاسخ داده شده
task-not-started = شروع نشده
task-in-progress = در حال انجام
task-done = تمام شده
check-answers-link = بررسی و ارسال
download-pdf = دانلود پروفایل مهارت (PDF)
print-heading = چاپ پروفایل مهارت
print-lang = زبان عنوان‌ها و برچسب‌ها
print-two = معیارها به دو زبان، کنار هم
print-two-hint = زبان شخص و سوئدی؛ مثلاً برای اینکه اعتبارسنج و شخص با هم بخوانند.
goal-heading = هدف من
field-goal = هدف این نقشهٔ مهارت
goal-hint = مثلاً دوره، نمره یا شغلی که می‌خواهید به آن برسید. این هدف در صفحهٔ اول پروفایل مهارت نوشته می‌شود.
goal-save = ذخیرهٔ هدف
goal-saved = هدف ذخیره شد.
goal-shown = هدف این نقشهٔ مهارت: { $goal }
pdf-goal = هدف
submitted-explainer = نقشهٔ مهارت شما ارسال شده است. یک اعتبارسنج در حال بررسی آن است. در این مدت نمی‌توانید پاسخ‌هایتان را تغییر دهید.
reviewed-explainer = بررسی تمام شده است. پروفایل مهارت خود را از پایین همین صفحه دانلود کنید.

## Section
section-of = بخش { $n } از { $total }
back-to-overview = بازگشت به نمای کلی
read-only-explainer = نقشهٔ مهارت ارسال شده است. می‌توانید پاسخ‌هایتان را بخوانید، اما نمی‌توانید آن‌ها را تغییر دهید.
save-and-continue = ذخیره و ادامه
autosave-saving = در حال ذخیره …
autosave-saved = ذخیره شد
session-warning-title = به‌زودی از حساب خود خارج می‌شوید
session-warning-text = برای امنیت شما، اگر { $minutes } دقیقه هیچ کاری انجام ندهید، از حساب خارج می‌شوید. آنچه ذخیره کرده‌اید باقی می‌ماند.
session-stay = ماندن در حساب
session-ended-title = از حساب خود خارج شدید
session-ended-text = آنچه ذخیره کرده بودید باقی مانده است. متنی که هنوز ذخیره نشده بود در همین مرورگر می‌ماند و بعد از اینکه دوباره وارد شدید، فرستاده می‌شود.
session-sign-in-again = ورود دوباره
autosave-restored = متنی که دفعهٔ قبل ذخیره نشد هنوز در این مرورگر بود و الان در حال فرستادن است …
autosave-offline = هنوز ذخیره نشده – اتصال برقرار نیست. متن در این مرورگر می‌ماند و وقتی اتصال برگردد، فرستاده می‌شود.
autosave-changed-elsewhere = ذخیره نشد: پاسخ در زبانه‌ای دیگر یا در دستگاهی دیگر تغییر کرده است.
answer-changed-elsewhere = بعد از اینکه این صفحه را باز کردید، پاسخ در زبانه‌ای دیگر یا در دستگاهی دیگر تغییر کرد. آنچه نوشتید هنوز در کادر هست، اما ذخیره نشده است. اگر می‌خواهید متن خود را نگه دارید، دوباره ذخیره کنید.
answer-changed-elsewhere-live = پاسخ در زبانه‌ای دیگر یا در دستگاهی دیگر تغییر کرده است. متن شما هنوز در کادر هست، اما ذخیره نشده است. انتخاب کنید کدام‌یک معتبر باشد.
answer-saved-elsewhere = پاسخ ذخیره‌شده در حال حاضر:
conflict-keep-mine = نگه داشتن متن من
conflict-use-saved = استفاده از پاسخ ذخیره‌شده
text-in-swedish = این متن فقط به زبان سوئدی موجود است.
answer-label = این را چطور و کجا یاد گرفتید و به کار بردید؟
answer-hint = بنویسید چه کاری انجام دادید، کجا، چه مدت و با چه ابزارهایی. حداکثر { $max } کاراکتر.

## Check your answers
check-title = پاسخ‌هایتان را بررسی کنید
missing-heading = پیش از ارسال، این موارد باید کامل شوند
missing-rating = { $code }: انتخاب کنید که این کار را چقدر خوب بلد هستید
missing-description = { $code }: توضیح دهید که این را چطور و کجا یاد گرفتید
not-answered = بی‌پاسخ
no-description = بدون توضیح
change = تغییر
submit-heading = ارسال
submit-explainer = وقتی نقشهٔ مهارت را ارسال کنید، یک اعتبارسنج می‌تواند پاسخ‌ها و پوشهٔ سوابق شما را بخواند. اعتبارسنج می‌تواند نقشهٔ مهارت را بپذیرد یا از شما بخواهد چیزهای بیشتری اضافه کنید. تا زمانی که در حال بررسی است، نمی‌توانید پاسخ‌هایتان را تغییر دهید.
submit-button = ارسال نقشهٔ مهارت

## Validator
trail-heading = تاریخچه

## PDF
pdf-title = پروفایل مهارت
pdf-person = شخص
pdf-frameworks = دوره یا شغل
pdf-date = تاریخ
pdf-status = وضعیت
pdf-rating = خودسنجی
pdf-answer = چطور و کجا
pdf-validator = اعتبارسنج
pdf-trail = تاریخچه
pdf-version = نسخهٔ { $version }
pdf-started = تاریخ شروع
pdf-submitted = تاریخ ارسال
pdf-summary = خلاصه
pdf-fully-met = کاملاً برآورده (به‌تنهایی یا می‌تواند به دیگران یاد بدهد)
pdf-partly-met = تا حدی برآورده (کمی تجربه یا با کمک)
pdf-none = هیچ
pdf-portfolio = پوشهٔ سوابق
pdf-evidence = پیوست‌ها
pdf-evidence-missing = معیارهای بدون مدرک
pdf-attachment = پیوست { $number }
pdf-verify-code = کد تأیید
pdf-verify-where = اصل بودن این پروفایل را در این نشانی بررسی کنید:
pdf-page = صفحهٔ { $page } از { $pages }
file-name-attachment = پیوست-{ $number }
file-name-certificate = پیشنویس-گواهی-{ $number }
file-name-profile = پروفایل-مهارت-{ $number }
verify-title = بررسی پروفایل مهارت
verify-lead = هر پروفایل مهارتی که از Kartla می‌آید، پایین هر صفحه یک کد تأیید دارد. آن را اینجا وارد کنید تا ببینید این پروفایل وجود دارد و چه زمانی چاپ شده است.
verify-code-label = کد تأیید
verify-code-hint = دوازده کاراکتر، مثلاً 7KQM-2WXP-H9CD. حروف بزرگ یا کوچک فرقی ندارد.
verify-submit = بررسی
verify-found = این پروفایل مهارت وجود دارد
verify-code = کد تأیید
verify-person = حروف اول نام شخص
verify-frameworks = دوره یا شغل
verify-printed = تاریخ چاپ
verify-status = وضعیت در زمان چاپ
verify-fingerprint = اثر انگشت دیجیتال (SHA-256) فایل PDF
verify-fingerprint-hint = اگر فایل را دارید، SHA-256 آن را محاسبه و مقایسه کنید: اگر یکسان باشند، فایل از زمان چاپ تغییری نکرده است.
verify-not-found = هیچ پروفایل مهارتی با این کد وجود ندارد. بررسی کنید که کد را درست نوشته باشید.
answer-not-saved = متن بیش از حد طولانی است و ذخیره نشد. آن را کوتاه‌تر کنید و دوباره ذخیره کنید – آنچه نوشتید هنوز اینجاست.

## Section titles Kartla gives imported frameworks
import-section-core-content = محتوای اصلی
import-section-knowledge-requirements = الزامات دانشی
import-section-essential = مهارت‌ها و دانش ضروری
import-section-optional = مهارت‌ها و دانش اختیاری
import-section-skills = مهارت‌ها
import-section-competencies = شایستگی‌ها

## The public catalogue
nav-catalogue = کاتالوگ
catalogue-title = کاتالوگ معیارها
catalogue-lead = دوره‌ها و شغل‌هایی که می‌توانید بر اساس آن‌ها نقشهٔ مهارت خود را تهیه کنید. یکی را انتخاب کنید تا معیارهایش را ببینید.
catalogue-search = جستجو با نام یا کد
catalogue-kind = نوع
catalogue-kind-all = همه
catalogue-kind-course = دوره‌ها
catalogue-kind-occupation = شغل‌ها
catalogue-language = زبان متن‌ها
catalogue-language-all = همهٔ زبان‌ها
catalogue-search-button = جستجو
catalogue-found = { $count ->
    [0] نتیجه‌ای پیدا نشد
    [one] یک نتیجه
   *[other] { $count } نتیجه
}
catalogue-pages = صفحه‌ها
catalogue-page-of = صفحهٔ { $page } از { $pages }
catalogue-previous = صفحهٔ قبل
catalogue-next = صفحهٔ بعد
catalogue-languages = موجود به این زبان‌ها: { $list }
catalogue-published = منتشرشده در { $date }
catalogue-older-version = این یک نسخهٔ قدیمی‌تر است.
catalogue-see-current = دیدن نسخهٔ فعلی
catalogue-fallback-note = برخی متن‌ها به زبان شما موجود نیستند و به سوئدی نشان داده می‌شوند.
catalogue-start-mapping = شروع نقشهٔ مهارت بر اساس این
catalogue-versions = نسخه‌ها
grade-step = سطح نمرهٔ { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = کد دورهٔ Skolverket
language-name = { $code ->
    [sv] سوئدی
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
    [de] آلمانی
    [fi] فنلاندی
    [fr] فرانسوی
    [es] اسپانیایی
    [pl] لهستانی
   *[other] { $code }
}
catalogue-version = نسخهٔ { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = کاتالوگ (مدیریت)
admin-catalogue-title = مدیریت کاتالوگ
admin-catalogue-count = { $count ->
    [one] یک چارچوب
   *[other] { $count } چارچوب
}
admin-catalogue-caption = چارچوب‌های موجود در کاتالوگ
admin-import-start = وارد کردن معیارها از فایل
admin-col-code = کد
admin-col-title = نام
admin-col-kind = نوع
admin-col-version = نسخه
admin-col-status = وضعیت
admin-col-criteria = معیارها
admin-col-sections = بخش‌ها
admin-col-languages = زبان‌ها
admin-col-change = تغییر
version-draft = پیش‌نویس
version-published = منتشرشده
import-title = وارد کردن معیارها
import-lead = یک قالب و فایل‌ها را انتخاب کنید. پیش از اینکه چیزی ذخیره شود، می‌بینید که در فایل‌ها چه هست و چه چیزی تغییر می‌کند.
import-format = قالب
format-kartla = قالب خود Kartla (TOML)
format-kartla-hint = برای هر چارچوب یک فایل، همان‌طور که فرمان kartla catalogue export آن را می‌نویسد.
format-skolverket = API برنامهٔ درسی Skolverket (JSON)
format-skolverket-hint = پاسخی که course، courses، subject یا subjects دارد. محتوای اصلی و الزامات دانشی به معیار تبدیل می‌شوند.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv، skills_xx.csv و occupationSkillRelations_xx.csv، اگر بخواهید به چند زبان. زبان سوئدی الزامی است.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = نام شغل‌ها همراه با مهارت‌های مرتبط با آن‌ها.
format-moodle = چارچوب شایستگی Moodle (CSV)
format-moodle-hint = خروجی گرفته‌شده از Moodle؛ شمارهٔ شناسهٔ والد (Parent ID number) ساختار را مشخص می‌کند.
import-files = فایل‌ها
import-files-hint = می‌توانید چند فایل انتخاب کنید، روی هم حداکثر { $mb } مگابایت.
import-occupations = فقط این شغل‌های ESCO (اختیاری)
import-occupations-hint = در هر خط یک URI شغل. اگر خالی بگذارید، همهٔ شغل‌های موجود در فایل‌ها وارد می‌شوند.
import-preview-button = نمایش پیش‌نمایش
import-preview-title = پیش‌نمایش وارد کردن
import-refused = { $count ->
    [one] فایل‌ها را نمی‌توان وارد کرد: یک مشکل
   *[other] فایل‌ها را نمی‌توان وارد کرد: { $count } مشکل
}
import-at-line = خط { $line }
import-in-field = فیلد { $field }
import-nothing-written = هیچ چیزی ذخیره نشده است. فایل‌ها را اصلاح کنید و دوباره امتحان کنید.
import-try-again = انتخاب دوبارهٔ فایل‌ها
import-summary = { $total } چارچوب: { $new } جدید، { $changed } تغییریافته، { $unchanged } بدون تغییر.
import-rows-shown = (فقط { $shown } مورد اول نشان داده شده است)
import-applied = وارد کردن انجام شد. چارچوب‌ها اکنون در کاتالوگ هستند.
import-blocked = کسی در حال ویرایش پیش‌نویس یکی از این چارچوب‌هاست. اول آن پیش‌نویس را منتشر یا حذف کنید.
import-nothing-to-write = همهٔ محتوای فایل‌ها از قبل در کاتالوگ هست. لازم نیست چیزی ذخیره شود.
import-confirm = { $count ->
    [one] وارد کردن یک چارچوب
   *[other] وارد کردن { $count } چارچوب
}
import-preview-caption = چارچوب‌های موجود در فایل‌ها
plan-new = جدید، نسخهٔ 1
plan-new-version = تغییریافته، نسخهٔ { $version } می‌شود
plan-unchanged = بدون تغییر (نسخهٔ { $version })
plan-draft-in-the-way = یک پیش‌نویس مانع است (نسخهٔ { $version })
error-too-large = آنچه فرستادید بیش از حد بزرگ است.
error-conflict-not-a-draft = فقط پیش‌نویس را می‌توان تغییر داد. نسخهٔ منتشرشده هرگز تغییر نمی‌کند.
error-conflict-code-taken = چارچوب دیگری از قبل از این کد استفاده می‌کند.
error-conflict-draft-in-the-way = کسی در حال ویرایش پیش‌نویس این چارچوب است. اول آن پیش‌نویس را منتشر یا حذف کنید.
error-conflict-import-refused = فایل‌ها خوانده نشدند و نمی‌توان آن‌ها را وارد کرد.
error-conflict-import-applied = این وارد کردن قبلاً انجام شده است.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = فایل خوانده نشد ({ $detail }).
import-syntax = ساختار فایل درست نیست: { $detail }
import-missing-field = وجود ندارد، اما الزامی است.
import-unknown-language = کد زبان ناشناخته «{ $detail }». از یک کد ISO 639 مثل sv، en یا ar استفاده کنید.
import-missing-swedish = متن سوئدی وجود ندارد. کاتالوگ هر جا ترجمه نباشد متن سوئدی را نشان می‌دهد، پس متن سوئدی الزامی است.
import-missing-file = این فایل لازم است و داده نشده است.
import-unknown-occupation = هیچ شغلی با URI { $detail } وجود ندارد.
import-unknown-parent = هیچ ردیفی شمارهٔ شناسهٔ «{ $detail }» را ندارد.
import-duplicate-framework = کد { $detail } دو بار آمده است.
import-nothing = هیچ چارچوبی برای وارد کردن ندارد.
import-expected-skolverket-root = انتظار می‌رفت پاسخی از API سازمان Skolverket با course، courses، subject یا subjects باشد.
import-expected-jobtech-concepts = انتظار می‌رفت یک فهرست JSON از مفاهیم JobTech Taxonomy باشد.
import-expected-moodle-header = انتظار می‌رفت یک خروجی Moodle با ستون‌های Parent ID number، ID number، Short name و Description باشد.
import-expected-kartla-file = انتظار می‌رفت فایلی با قالب Kartla باشد که با format = "kartla/1" شروع شود.
import-expected-text = انتظار می‌رفت متن باشد.
import-expected-list = انتظار می‌رفت فهرست باشد.
import-expected-kind = انتظار می‌رفت course یا occupation باشد.
import-expected-grade-step = انتظار می‌رفت سطح نمرهٔ E، C یا A باشد.
import-expected-external-system = انتظار می‌رفت esco، jobtech یا skolverket باشد.
import-expected-utf8 = انتظار می‌رفت متن با رمزگذاری UTF-8 باشد.
content-bad-code = کد 1 تا 60 کاراکتر دارد: حروف a–z، عدد، نقطه، خط تیره یا زیرخط.
content-empty = نباید خالی باشد.
content-too-long = بیشتر از { $detail } کاراکتر است.
content-no-sections = هر چارچوب دست‌کم یک بخش لازم دارد.
content-no-criteria = هر بخش دست‌کم یک معیار لازم دارد.
content-duplicate-code = کد معیار { $detail } دو بار استفاده شده است.
content-unknown-language = کد زبان ناشناخته «{ $detail }».
content-guidance-on-occupation = توضیح سطح‌های نمره مربوط به دوره‌هاست، نه شغل‌ها.

## Authoring frameworks
admin-new-framework = چارچوب جدید
admin-col-action = اقدام
admin-edit = ویرایش { $code }
admin-continue = ادامهٔ پیش‌نویس { $code }، نسخهٔ { $version }
new-framework-title = چارچوب جدید
new-framework-button = ساختن پیش‌نویس
editor-kind = نوع
editor-code = کد
editor-code-hint = کوتاه و یکتا، حداکثر { $max } کاراکتر: حروف a–z، عدد، نقطه، خط تیره یا زیرخط. کد را بعداً نمی‌توان تغییر داد.
editor-title-sv = نام به سوئدی
editor-title-en = نام به انگلیسی (اختیاری)
editor-title = ویرایش { $title }، پیش‌نویس نسخهٔ { $version }
editor-lead = پیش‌نویس تا وقتی آن را منتشر نکنید در کاتالوگ دیده نمی‌شود. هر دکمه اول همهٔ آنچه را نوشته‌اید ذخیره می‌کند. نسخهٔ منتشرشده هرگز تغییر نمی‌کند؛ نقشه‌های مهارتی که قبلاً شروع شده‌اند نسخهٔ خود را نگه می‌دارند.
editor-name = نام
editor-external = اتصال به یک مرجع بیرونی (اختیاری)
editor-external-system = مرجع
editor-external-none = بدون اتصال
editor-external-id = شناسه یا URI مفهوم
editor-section = بخش { $number }
editor-section-title = عنوان بخش
editor-section-add = افزودن یک بخش
editor-section-up = بردن بخش { $number } به بالا
editor-section-down = بردن بخش { $number } به پایین
editor-section-remove = حذف بخش { $number }
editor-criterion = معیار { $number }
editor-criterion-code = کد
editor-criterion-text = متن معیار
editor-criterion-add = افزودن یک معیار به بخش { $number }
editor-criterion-up = بردن معیار { $number } به بالا
editor-criterion-down = بردن معیار { $number } به پایین
editor-criterion-remove = حذف معیار { $number }
editor-guidance = سطح‌های نمرهٔ E، C و A (اختیاری)
editor-guidance-hint = معنای هر سطح نمره برای این معیار. به‌عنوان راهنما به شرکت‌کنندگان و اعتبارسنج‌ها نشان داده می‌شود.
editor-add-language = افزودن یک زبان
editor-add-language-hint = فیلدهای این زبان پس از ذخیره نمایش داده می‌شوند.
editor-add-language-none = بدون زبان جدید
editor-save = ذخیرهٔ پیش‌نویس
editor-publish = انتشار
editor-discard-title = حذف پیش‌نویس
editor-discard = حذف پیش‌نویس
editor-label-title = نام ({ $lang })
editor-label-section-title = بخش { $section }، عنوان ({ $lang })
editor-label-section = بخش { $section }
editor-label-criterion-code = بخش { $section }، معیار { $criterion }، کد
editor-label-criterion-text = بخش { $section }، معیار { $criterion }، متن ({ $lang })
editor-label-criterion-guidance = بخش { $section }، معیار { $criterion }، سطح نمرهٔ { $step } ({ $lang })
field-error-bad-code = کد فقط می‌تواند حروف a–z، عدد، نقطه، خط تیره یا زیرخط داشته باشد.
field-error-code-taken = چارچوب دیگری از قبل از این کد استفاده می‌کند.
field-error-no-sections = هر چارچوب دست‌کم یک بخش لازم دارد.
field-error-no-criteria = این بخش دست‌کم یک معیار لازم دارد.
field-error-duplicate-code = معیار دیگری از این کد استفاده می‌کند.
field-error-unknown-language = زبان ناشناخته.
field-error-guidance-on-occupation = سطح‌های نمره مربوط به دوره‌هاست، نه شغل‌ها.
start-mapping-search = جستجو در میان همهٔ { $count } دوره و شغل کاتالوگ
guidance-summary = معنای سطح‌های نمره
admin-col-published = نسخهٔ منتشرشده
admin-not-published = منتشر نشده

## The merit portfolio
nav-experiences = پوشهٔ سوابق
nav-evidence = مدارک
experiences-title = پوشهٔ سوابق من
experiences-lead = دربارهٔ کارهایی که انجام داده‌اید بنویسید: کار، تحصیل، دوره‌ها، کار داوطلبانه و چیزهای دیگر. این پوشه را خودتان می‌بینید، و وقتی یک نقشهٔ مهارت را ارسال کنید، اعتبارسنج‌ها هم آن را می‌بینند. وقتی توضیح می‌دهید چه کارهایی بلد هستید، می‌توانید به این سوابق اشاره کنید.
experiences-add = افزودن یک سابقه
experiences-none = هنوز هیچ سابقه‌ای اضافه نکرده‌اید.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – تاکنون
experience-edit = تغییر { $role }
experience-delete = حذف { $role }
experience-new-title = سابقهٔ جدید
experience-edit-title = تغییر سابقه
experience-unsaved = این آخرین چیزی است که نوشتید. هنوز ذخیره نشده است – موارد علامت‌خورده را اصلاح کنید و دوباره ذخیره کنید.
experience-field-kind = چه نوع سابقه‌ای؟
experience-field-role = چه کاری انجام می‌دادید؟
experience-role-hint = مثلاً عنوان شغلی، رشتهٔ تحصیلی یا یک دوره.
experience-field-place = کارفرما، مدرسه یا سازمان، و شهر
experience-field-country = کشور
experience-field-start = شروع
experience-field-end = پایان
experience-month-hint = سال و ماه میلادی، مثلاً 2019-04.
experience-end-hint = اگر هنوز ادامه دارد، خالی بگذارید.
experience-field-tasks = وظایف و چیزهایی که یاد گرفتید
experience-tasks-hint = یک روز عادی، موقعیت‌های سختی که از پسشان برآمدید، ابزارها و روش‌ها را توضیح دهید. حداکثر { $max } کاراکتر.
experience-save = ذخیرهٔ سابقه
experience-kind-work = کار
experience-kind-education = تحصیل
experience-kind-training = دوره یا کارآموزی
experience-kind-volunteering = کار داوطلبانه
experience-kind-other = سایر
experience-certificate = چاپ پیش‌نویس گواهی برای { $role } (PDF)
cert-title = پیش‌نویس گواهی
cert-intro = من برای یک اعتبارسنجی، مهارت‌هایم را ثبت و بررسی می‌کنم. از شما که کارفرما، سرپرست یا فرد رابط من بودید، خواهش می‌کنم توضیح زیر را بخوانید، هر چیزی را که درست نیست اصلاح کنید و آن را امضا کنید.
cert-about = دربارهٔ کار
cert-person = نام: { $value }
cert-role = شغل یا نقش: { $value }
cert-place = کارفرما یا محل کار: { $value }
cert-country = کشور: { $value }
cert-period = بازهٔ زمانی: { $value }
cert-tasks = وظایف، به زبان خودم
cert-no-tasks = (هنوز توضیحی نوشته نشده است. لطفاً وظایف را در پایین توضیح دهید.)
cert-confirm = تأیید
cert-confirm-choice = توضیح درست است:   بله   /   بله، با اصلاحات زیر   /   خیر   (دور یکی را خط بکشید)
cert-corrections = اصلاحات و موارد اضافه:
cert-extent = نوع و میزان استخدام:
cert-signer-name = نام:
cert-signer-title = سمت:
cert-signer-organisation = سازمان:
cert-signer-contact = تلفن یا ایمیل:
cert-signed-date = تاریخ:
cert-signature = امضا:
cert-made = این پیش‌نویس در تاریخ { $date } از Kartla چاپ شده است. فقط پس از امضا معتبر است.
field-error-invalid-month = سال و ماه را بنویسید، مثلاً 2019-04.
field-error-end-before-start = تاریخ پایان نمی‌تواند پیش از تاریخ شروع باشد.
experience-label = { $role } ({ $period })
experience-label-place = { $role }، { $place } ({ $period })
answer-experiences = این پاسخ بر کدام‌یک از سوابق شما تکیه دارد؟ (اختیاری)
answer-experiences-none = سوابق خود را به پوشهٔ سوابق اضافه کنید تا بتوانید اینجا به آن‌ها اشاره کنید.
answer-draws-on = بر اساس: { $list }
answer-evidence = کدام مدرک این را نشان می‌دهد؟ (اختیاری)
answer-evidence-none = گواهی‌ها، کارنامه‌ها، گواهینامه‌ها یا عکس‌هایی از کارتان را بارگذاری کنید تا بتوانید اینجا به آن‌ها اشاره کنید.
answer-evidence-missing = برای این مدرکی ندارم (موجود نیست)
answer-evidence-shown = مدارک:
answer-evidence-missing-shown = مدرک موجود نیست
evidence-title = مدارک
evidence-lead = گواهی‌ها، کارنامه‌ها، دیپلم‌ها، گواهینامه‌ها یا عکس‌هایی از کاری که انجام داده‌اید. هر فایل به ترتیبی که اضافه می‌کنید یک شماره می‌گیرد. فقط شما و کسی که نقشهٔ مهارت شما را بررسی می‌کند می‌توانید فایل‌ها را ببینید.
evidence-none = هنوز هیچ مدرکی اضافه نکرده‌اید.
evidence-label = پیوست { $number }: { $title }
evidence-kind-size = { $kind }، { $kb } کیلوبایت
evidence-belongs-to = مربوط به: { $list }
evidence-open = باز کردن پیوست { $number }
evidence-delete = حذف پیوست { $number }
evidence-added = پیوست { $number } اضافه شد.
evidence-add-heading = افزودن مدرک
evidence-title-label = این چیست؟ (اختیاری)
evidence-title-hint = مثلاً «گواهینامهٔ لیفتراک» یا «کارنامهٔ دبیرستان». حداکثر { $max } کاراکتر. اگر خالی بگذارید، نام فایل استفاده می‌شود.
evidence-experiences = مربوط به کدام سوابق است؟ (اختیاری)
evidence-file-label = فایل
evidence-file-hint = PDF، JPEG یا PNG، حداکثر { $max } مگابایت. می‌توانید با گوشی خود عکس بگیرید.
evidence-upload = بارگذاری
evidence-full = شما { $max } مدرک دارید؛ بیشتر از این نمی‌توان نگه داشت. برای افزودن مدرک تازه، یکی را حذف کنید.
field-error-evidence-no-file = یک فایل برای بارگذاری انتخاب کنید
field-error-evidence-too-big = فایل بیش از حد بزرگ است – حداکثر می‌تواند 10 مگابایت باشد
field-error-evidence-wrong-type = فایل از نوع PDF، JPEG یا PNG نیست
field-error-evidence-too-many = شما از قبل بیشترین تعداد مدرکی را که می‌توان نگه داشت دارید
field-error-evidence-title-too-long = توضیح بیش از حد طولانی است
evidence-refused-no-file = هیچ فایلی فرستاده نشد.
evidence-refused-too-big = فایل بیش از حد بزرگ است. حداکثر می‌تواند 10 مگابایت باشد.
evidence-refused-wrong-type = فایل از نوع PDF، JPEG یا PNG نیست.
evidence-refused-too-many = از قبل بیشترین تعداد مدرکی که می‌توان نگه داشت وجود دارد.
evidence-refused-title-too-long = توضیح بیش از حد طولانی است.
catalogue-version-dated = نسخهٔ { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = چه کسی اطلاعات شما را دیده است
seen-by-lead = هر بار که کسی غیر از شما یکی از نقشه‌های مهارت شما، پروفایل مهارت آن یا یکی از فایل‌های مدارک شما را باز کند، اینجا ثبت می‌شود: چه کسی، با چه نقشی، برای کدام سازمان و چه زمانی. هیچ‌کس نمی‌تواند بدون ثبت شدن آن را ببیند.
seen-by-none = هیچ‌کس دیگری اطلاعات شما را باز نکرده است.
seen-by-caption = چه کسی چه چیزی را باز کرد، جدیدترین اول
seen-by-when = زمان
seen-by-who = چه کسی
seen-by-role = نقش
seen-by-organisation = سازمان
seen-by-what = چه چیزی
seen-by-link = چه کسی اطلاعات شما را دیده است
seen-what-mapping = نقشهٔ مهارت { $number }
seen-what-profile-pdf = پروفایل مهارتِ نقشهٔ مهارت { $number }
seen-what-evidence = یک فایل مدرک
seen-what-case = پروندهٔ { $number }
seen-what-statement = گزارش نهایی پروندهٔ { $number }
role-participant = شرکت‌کننده
role-counsellor = مشاور تحصیلی و شغلی
role-coordinator = کارشناس پرونده
role-validator = اعتبارسنج
role-org-admin = مدیر سامانهٔ سازمان
role-installation-admin = مدیر کل سامانه

# The person's own account
nav-account = حساب کاربری شما
account-title = حساب کاربری شما
account-who = با نام { $name } ({ $email }) وارد شده‌اید.
account-home-submit = ذخیرهٔ کمون محل زندگی
account-home-saved = کمون محل زندگی شما ذخیره شد.
account-password-title = تغییر رمز عبور
account-password-submit = تغییر رمز عبور
account-password-saved = رمز عبور شما تغییر کرد. از حساب خود در دستگاه‌های دیگرتان خارج شدید.
account-everywhere-title = خروج از همهٔ دستگاه‌ها
account-everywhere-lead = همهٔ ورودهای شما را در همهٔ گوشی‌ها و رایانه‌ها، از جمله همین دستگاه، پایان می‌دهد. اگر دستگاهی را گم کرده‌اید یا در یک رایانهٔ مشترک وارد شده‌اید، از این استفاده کنید.
account-everywhere-submit = خروج از همهٔ دستگاه‌ها
field-current = رمز عبور فعلی
field-new = رمز عبور جدید
field-error-wrong-password = درست نیست

# Organisations and people (administration)
nav-admin-people = سازمان‌ها و افراد
people-title = سازمان‌ها و افراد
people-lead = نقش‌هایی که افراد در سازمان‌های شما دارند. وقتی نقشی را پایان می‌دهید، دسترسی‌هایی که آن نقش داده بود فوراً از بین می‌رود؛ شخص حساب کاربری و نقش‌های دیگرش را نگه می‌دارد.
people-none = هنوز هیچ‌کس اینجا نقشی ندارد.
people-caption = نقش‌ها در { $org }
people-col-name = نام
people-col-email = آدرس ایمیل
people-col-role = نقش
people-end = پایان دادن به نقش { $role } برای { $name }
people-ended = نقش پایان یافت.
people-add-org = افزودن یک سازمان
people-add-org-submit = افزودن سازمان
people-org-added = سازمان اضافه شد.
org-kind-region = دفتر منطقه
org-kind-municipality = کمون
org-kind-provider = ارائه‌دهندهٔ آموزش
org-code-hint = یک کد کوتاه: حروف A–Z، عدد و خط تیره، مثل LULEA یا NORD-VAL.
field-org-kind = نوع سازمان
field-org-code = کد
field-org-name = نام
field-org-email = آدرس ایمیل برای تماس
field-org-phone = تلفن برای تماس
field-error-bad-org-code = باید 2 تا 24 کاراکتر از حروف A–Z، عدد یا خط تیره باشد و با یک حرف شروع شود
field-error-region-exists = این سامانه از قبل منطقهٔ خود را دارد

# Invitations
invite-heading = دعوت از یک نفر
invite-explain = این شخص لینکی دریافت می‌کند که یک بار و به مدت هفت روز کار می‌کند. با آن، نقش را می‌پذیرد: اگر حساب کاربری دارد با ورود به آن، وگرنه با ساختن حسابی با همین آدرس ایمیل.
field-invite-organisation = سازمان
field-invite-role = نقش
field-error-role-misfit = با این نوع سازمان جور نیست
invite-submit = فرستادن دعوت‌نامه
invite-sent = دعوت‌نامه با ایمیل فرستاده شد.
invite-pass-on = این سامانه ایمیل نمی‌فرستد. خودتان این لینک را به آن شخص برسانید، به روشی که فقط خود او بتواند آن را بخواند. لینک یک بار و به مدت هفت روز کار می‌کند؛ این صفحه آن را فقط پنج دقیقه نشان می‌دهد.
invite-not-sent = ایمیل فرستاده نشد. خودتان این لینک را به آن شخص برسانید، به روشی که فقط خود او بتواند آن را بخواند. لینک یک بار و به مدت هفت روز کار می‌کند؛ این صفحه آن را فقط پنج دقیقه نشان می‌دهد.
invite-withdrawn = دعوت‌نامه پس گرفته شد. لینک آن دیگر کار نمی‌کند.
invite-pending-caption = دعوت‌نامه‌هایی که هنوز در { $org } پذیرفته نشده‌اند
invite-col-expires = معتبر تا
invite-withdraw = پس گرفتن دعوت‌نامهٔ { $email }
invite-title = دعوت‌نامه
invite-lead = شما برای نقش { $role } در { $org } دعوت شده‌اید. این دعوت‌نامه برای { $email } است.
invite-accept = پذیرفتن دعوت‌نامه
invite-new-account = ساختن حساب کاربری
invite-other-person = شما با نام { $me } وارد شده‌اید، اما دعوت‌نامه برای { $email } است. از حساب خارج شوید و بعد لینک را دوباره باز کنید.
invite-sign-in-first = برای { $email } یک حساب کاربری وجود دارد. وارد آن شوید تا به اینجا برگردید و دعوت را بپذیرید.
invite-gone-title = این دعوت‌نامه دیگر کار نمی‌کند
invite-gone-text = یا قبلاً استفاده شده، یا بعد از هفت روز منقضی شده، یا پس گرفته شده است. از کسی که شما را دعوت کرد یک دعوت‌نامهٔ جدید بخواهید.
error-conflict-invitation-gone = این دعوت‌نامه دیگر کار نمی‌کند: قبلاً استفاده شده، منقضی شده یا پس گرفته شده است. از کسی که شما را دعوت کرد یک دعوت‌نامهٔ جدید بخواهید.
error-conflict-invitation-other-person = دعوت‌نامه برای آدرس ایمیلی غیر از حسابی است که با آن وارد شده‌اید. از حساب خارج شوید و بعد لینک را دوباره باز کنید.
error-conflict-invitation-sign-in = از قبل یک حساب کاربری با آدرس ایمیل دعوت‌شده وجود دارد. وارد آن شوید و بعد لینک را دوباره باز کنید.
mail-invite-subject = دعوت به { $org } در Kartla
mail-invite-body =
    سلام،

    { $inviter } شما را برای نقش { $role } در { $org } در Kartla دعوت می‌کند.

    برای پذیرفتن دعوت، این لینک را باز کنید:
    { $link }

    این لینک یک بار و به مدت { $days } روز کار می‌کند. اگر منتظر این دعوت‌نامه نبودید، می‌توانید این ایمیل را نادیده بگیرید.

# Forgotten password
sign-in-forgot = رمز عبور خود را فراموش کرده‌اید؟
forgot-title = فراموشی رمز عبور
forgot-lead = آدرس ایمیل حساب کاربری خود را بنویسید. لینکی به آن می‌فرستیم که با آن می‌توانید رمز عبور جدیدی انتخاب کنید.
forgot-submit = فرستادن لینک
forgot-asked = اگر حسابی با این آدرس وجود داشته باشد، لینکی به آن فرستاده شده است. لینک یک بار و به مدت یک ساعت کار می‌کند. پوشهٔ هرزنامه (اسپم) را هم نگاه کنید.
forgot-no-mail = این سامانه ایمیل نمی‌فرستد، بنابراین نمی‌توان لینکی برای شما فرستاد. اگر در یکی از سازمان‌های منطقه کار می‌کنید، از مدیر سامانهٔ آن سازمان یک لینک بخواهید؛ در غیر این صورت از کسانی بپرسید که Kartla را در کمون شما اداره می‌کنند.
reset-title = انتخاب رمز عبور جدید
reset-submit = ذخیرهٔ رمز عبور جدید
reset-done = رمز عبور جدید شما ذخیره شد و از همهٔ دستگاه‌ها خارج شدید. با رمز عبور جدید وارد شوید.
reset-gone-title = این لینک دیگر کار نمی‌کند
reset-gone-text = یا قبلاً استفاده شده، یا بعد از یک ساعت منقضی شده است. در صفحهٔ ورود یک لینک جدید درخواست کنید.
error-conflict-password-link-gone = این لینک دیگر کار نمی‌کند: قبلاً استفاده شده یا منقضی شده است. در صفحهٔ ورود یک لینک جدید درخواست کنید.
mail-reset-subject = انتخاب رمز عبور جدید برای Kartla
mail-reset-body =
    سلام،

    کسی درخواست کرده است که برای حساب Kartla شما رمز عبور جدیدی انتخاب شود. برای انتخاب رمز عبور جدید، این لینک را باز کنید:
    { $link }

    این لینک یک بار و به مدت { $minutes } دقیقه کار می‌کند. اگر این درخواست از طرف شما نبوده است، می‌توانید این ایمیل را نادیده بگیرید: رمز عبور شما تغییری نمی‌کند.

# The administrators' search of the access log
audit-title = چه کسی اطلاعات چه کسی را دیده است
audit-lead = با آدرس ایمیل یک شخص جستجو کنید تا هر باری را ببینید که کسی نقشه‌های مهارت، پروفایل‌ها یا مدارک او را باز کرده است. شما می‌بینید افراد سازمان‌های شما چه چیزهایی را باز کرده‌اند؛ مدیران کل سامانه همه چیز را می‌بینند. جستجوی شما به آن شخص نشان داده نمی‌شود.
audit-person = آدرس ایمیل شخص
audit-search = جستجو
audit-unknown = هیچ حساب کاربری با این آدرس ایمیل وجود ندارد.
audit-none = از کسانی که شما اجازهٔ دیدنشان را دارید، هیچ‌کس اطلاعات این شخص را باز نکرده است.
audit-caption = چه کسی اطلاعات { $email } را باز کرد، جدیدترین اول
people-edit-org = تغییر اطلاعات { $org }
people-edit-org-submit = ذخیرهٔ اطلاعات
people-org-changed = اطلاعات سازمان ذخیره شد.
people-serves = کمون‌هایی که این سازمان برایشان ارزیابی می‌کند
people-serves-hint = اعتبارسنج‌های این سازمان، نقشه‌های مهارت ارسال‌شدهٔ کسانی را می‌بینند که در کمون‌های علامت‌خوردهٔ اینجا زندگی می‌کنند.
people-new-role = نقش جدید برای { $name }
people-change = تغییر نقش { $name }
people-role-changed = نقش تغییر کرد.
reset-link-heading = رمز عبور جدید برای یک نفر
reset-link-explain = وقتی کسی که در سازمان شما کار می‌کند نمی‌تواند وارد شود و این سامانه ایمیل نمی‌فرستد، لینکی بسازید که او با آن رمز عبور جدیدی انتخاب کند. لینک یک بار و به مدت یک ساعت کار می‌کند؛ آن را به روشی به او برسانید که فقط خودش بتواند بخواند. حساب شرکت‌کنندگان فایل‌های شخصی خودشان را باز می‌کند، به همین دلیل هیچ مدیری برای آن‌ها لینک نمی‌سازد.
reset-link-email = آدرس ایمیل آن شخص
reset-link-submit = ساختن لینک
reset-link-pass-on = این لینک را به روشی به آن شخص برسانید که فقط خودش بتواند آن را بخواند. لینک یک بار و به مدت یک ساعت کار می‌کند؛ این صفحه آن را فقط پنج دقیقه نشان می‌دهد.
field-error-not-your-person = آدرس کسی نیست که فقط در سازمان‌های شما کار می‌کند
field-error-control-characters = نباید خط جدید یا کاراکترهای کنترلی دیگر داشته باشد

## Cases: coordinators and validators
nav-cases = پرونده‌ها
cases-title = پرونده‌ها
cases-organisation = پرونده‌های سازمان شما، اول آن‌هایی که بیشتر منتظر مانده‌اند
cases-assigned = پرونده‌هایی که به شما سپرده شده‌اند
cases-none = در حال حاضر هیچ پرونده‌ای وجود ندارد.
cases-none-assigned = در حال حاضر هیچ پرونده‌ای به شما سپرده نشده است.
cases-col-person = شخص
cases-col-framework = دوره یا شغل
cases-col-state = مرحله
cases-col-waited = مدت انتظار
cases-col-validator = اعتبارسنج
cases-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
cases-overdue = دیرکرد از { $date }
back-to-cases = بازگشت به پرونده‌ها
case-title = پروندهٔ { $id }: { $person }
case-state-new = جدید
case-state-checking = در حال بررسی
case-state-returned = در انتظار تکمیل
case-state-assigned = نزد اعتبارسنج
case-state-concluded = بسته‌شده
case-state = مرحله
case-organisation = سازمان مسئول
case-validator = اعتبارسنج
case-no-validator = هنوز هیچ‌کس
case-handed-in = تاریخ ارسال
case-waited = مدت انتظار در این مرحله
case-deadline = آخرین روز برای تکمیل
case-late = دیر شده
case-actions = کارهایی که اکنون می‌توانید انجام دهید
case-take = شروع بررسی پرونده
case-assign = سپردن
field-validator = اعتبارسنج
case-validator-hint = فقط اعتبارسنج‌هایی را می‌توان انتخاب کرد که در فهرست ارزیابان برای این دوره یا شغل ثبت شده‌اند.
case-choose-validator = یک اعتبارسنج انتخاب کنید
case-no-validators = هیچ اعتبارسنجی از سازمان شما برای این مورد در فهرست ارزیابان ثبت نشده است. یک مدیر سامانه می‌تواند آن را اضافه کند.
case-hand-back = برگرداندن پرونده به کارشناس پرونده
case-hand-back-hint = دلیلش را بنویسید، مثلاً اینکه پرونده دربارهٔ درسی است که شما ارزیابی نمی‌کنید.
case-hand-back-submit = برگرداندن
field-reason = دلیل
case-saved-take = اکنون شما در حال بررسی پرونده هستید.
case-saved-assign = پرونده سپرده شد.
case-saved-sent = فهرست موارد تکمیلی فرستاده شد. شخص آن را در صفحهٔ نمای کلی خود می‌بیند.
case-saved-concluded = پرونده بسته شد. گزارش نهایی را می‌توان دانلود کرد.
case-saved-handed-back = پرونده به کارشناس پرونده برگردانده شد.
case-versions = نسخه‌های ارسال‌شده
case-version = نسخهٔ { $number }، { $date }
case-profile-pdf = پروفایل مهارت این نسخه (PDF)
case-own-rating = خودسنجی شخص
case-judgement = ارزیابی اعتبارسنج
change-heading = تغییرات از نسخهٔ { $number } به بعد
change-none = هیچ چیزی در پاسخ‌ها تغییر نکرده است.
change-rating = خودسنجی: { $before } ← { $after }
change-text = توضیح تغییر کرده است
change-evidence = پیوست‌های جدید: { $numbers }
change-experiences = اکنون بر سوابق بیشتری تکیه دارد
change-missing = وضعیت «مدرک موجود نیست» تغییر کرده است
change-goal = هدف تغییر کرده است.
change-new-evidence = پیوست‌های جدید در فهرست: { $numbers }
change-portfolio = سوابقی در پوشهٔ سوابق اضافه یا تغییر داده شده است.
verdict-met = برآورده شده
verdict-partly-met = تا حدی برآورده شده
verdict-not-met = برآورده نشده
verdict-not-yet = هنوز قابل ارزیابی نیست
method-documents = اسناد
method-interview = مصاحبه
method-practical-test = آزمون عملی
method-theoretical-test = آزمون نظری
method-workplace-observation = مشاهده در محل کار
field-verdict = ارزیابی
field-methods = روش‌ها
field-judgement = ارزیابی
judgement-methods-hint = علامت بزنید که از چه راهی به این ارزیابی رسیدید.
judgement-none = هنوز ارزیابی نشده است.
judgement-by = { $name }، { $date }
judgement-methods = روش‌ها: { $methods }
judgement-reason = دلیل تغییر: { $reason }
judgement-history = ارزیابی‌های قبلی ({ $count })
judgement-form = ارزیابی { $code }
judgement-save = ذخیرهٔ ارزیابی
judgement-change = تغییر ارزیابی
judgement-reason-hint = پرونده بسته شده است. برای تغییر ارزیابی باید دلیل بنویسید، و ارزیابی قبلی در تاریخچه باقی می‌ماند.
additions-heading = موارد تکمیلی
additions-building = فهرست جدید موارد تکمیلی
additions-building-hint = هر بار یک مورد اضافه کنید: چه چیزی کم است، به کجا مربوط است و به چه شکلی باید باشد. وقتی فهرست آماده شد، آن را با یک آخرین روز بفرستید.
additions-choose-target = انتخاب کنید دربارهٔ چیست
field-target = دربارهٔ
field-missing = چه چیزی کم است
additions-missing-hint = دقیق بنویسید، مثلاً «گواهی کاری که وظایف را در Lager AB نشان دهد».
field-form = به چه شکلی
additions-form-hint = مثلاً «PDF یا عکس، به سوئدی یا با ترجمه».
additions-add = افزودن به فهرست
additions-remove = حذف
field-deadline = آخرین روز
additions-deadline-hint = شخص این تاریخ را در فهرست می‌بیند.
additions-send = فرستادن فهرست برای شخص
additions-sent-by = درخواست‌شده توسط { $name }، آخرین روز: { $deadline }
additions-answered = شخص در تاریخ { $date } دوباره ارسال کرد
additions-form-shown = شکل: { $form }
additions-item-done = انجام شد (به گفتهٔ شخص)
additions-item-open = هنوز انجام نشده
additions-mark-done = علامت زدن به‌عنوان انجام‌شده
additions-mark-not-done = علامت زدن به‌عنوان انجام‌نشده
additions-asked = آنچه باید تکمیل کنید
additions-asked-hint = تغییرات را در نقشهٔ مهارت، پوشهٔ سوابق یا مدارک انجام دهید. هر مورد را به‌عنوان انجام‌شده علامت بزنید، بعد نقشهٔ مهارت را دوباره ارسال کنید.
target-case = کل پرونده
target-criterion = معیار { $criterion }
target-experience = سابقه: { $experience }
target-evidence = { $evidence }
conclude-heading = بستن پرونده
conclude-not-judged = { $count ->
    [one] یک معیار هنوز ارزیابی نشده است: { $codes }. آن را ارزیابی کنید، یا «هنوز قابل ارزیابی نیست» را انتخاب کنید.
   *[other] { $count } معیار هنوز ارزیابی نشده‌اند: { $codes }. آن‌ها را ارزیابی کنید، یا «هنوز قابل ارزیابی نیست» را انتخاب کنید.
}
conclude-outcome = نتیجه برای { $framework }
outcome-fully-met = کاملاً برآورده شده
outcome-partly-met = تا حدی برآورده شده
outcome-not-met = برآورده نشده
field-outcome = نتیجه
field-statement = جمع‌بندی کلی
conclude-statement-hint = شخص گزارش نهایی را می‌خواند و آن را به مدیر مدرسه، کارفرما یا دورهٔ بعدی می‌برد.
field-next-steps = گام‌های بعدی پیشنهادی
next-step-top-up-course = یک دورهٔ تکمیلی
next-step-exam = امتحان برای گرفتن نمره (prövning)
next-step-workplace-assessment = ارزیابی در محل کار
next-step-guidance = گفتگو با مشاور تحصیلی و شغلی
field-next-steps-text = گام‌های بعدی به زبان خودتان
conclude-submit = بستن پرونده با گزارش نهایی
conclusion-heading = گزارش نهایی
conclusion-by = بسته‌شده توسط { $name } در تاریخ { $date }
conclusion-remaining = باقی‌مانده: { $codes }
conclusion-statement = جمع‌بندی کلی
conclusion-next-steps = گام‌های بعدی پیشنهادی
conclusion-download = دانلود گزارش نهایی (PDF)
case-event-handed-in = { $name } نسخهٔ { $detail } را ارسال کرد
case-event-taken = { $name } بررسی پرونده را شروع کرد
case-event-assigned = { $name } پرونده را به { $detail } سپرد
case-event-handed-back = { $name } پرونده را برگرداند: { $detail }
case-event-returned = { $name } درخواست تکمیل کرد، آخرین روز: { $detail }
case-event-judged = { $name } { $detail } را ارزیابی کرد
case-event-rejudged = { $name } ارزیابی { $detail } را تغییر داد
case-event-item-done = { $name } این مورد را انجام‌شده علامت زد: { $detail }
case-event-item-reopened = { $name } این مورد را انجام‌نشده علامت زد: { $detail }
case-event-outcome-changed = نتیجه همراه با ارزیابی تغییر کرد: { $detail }
case-event-concluded = { $name } پرونده را با یک گزارش نهایی بست
case-panel-heading = پروندهٔ شما
case-panel-whole = دیدن کل پرونده و همهٔ رویدادهای آن
case-explainer-checking = { $organisation } در حال بررسی است که همه چیز کامل باشد.
case-explainer-assigned = اکنون یک اعتبارسنج در { $organisation } نقشهٔ مهارت را معیار به معیار ارزیابی می‌کند.
case-explainer-returned = { $organisation } از شما می‌خواهد آن را تکمیل کنید. فهرست زیر را ببینید.
case-explainer-concluded = { $organisation } ارزیابی را به پایان رسانده است. گزارش نهایی در پایین است.
hand-in-goes-to = نقشهٔ مهارت به { $organisation } فرستاده می‌شود.
hand-in-no-home = پیش از ارسال باید کمون محل زندگی خود را انتخاب کنید. این کار را در صفحهٔ «حساب کاربری شما» انجام دهید.
field-provider = چه کسی آن را ارزیابی کند
hand-in-choose-hint = چند سازمان این شغل را ارزیابی می‌کنند. یکی را انتخاب کنید.
error-conflict-case-moved = کس دیگری پرونده را تغییر داده است. صفحه وضعیت فعلی آن را نشان می‌دهد.
error-conflict-no-home = پیش از ارسال باید کمون محل زندگی خود را انتخاب کنید.
field-error-not-listed = در فهرست ارزیابان برای این دوره یا شغل ثبت نشده است
field-error-does-not-fit = با ارزیابی معیارها جور نیست
field-error-in-past = باید تاریخی بعد از امروز باشد
field-error-too-far = حداکثر می‌تواند یک سال بعد باشد
field-error-no-items = فهرست هنوز هیچ موردی ندارد
field-error-too-many = فهرست حداکثر می‌تواند 30 مورد داشته باشد
field-error-invalid = جزو گزینه‌ها نیست
field-error-invalid-characters = کاراکترهایی دارد که نمی‌توان ذخیره کرد
mail-additions-subject = Kartla: لطفاً نقشهٔ مهارت خود را تکمیل کنید
mail-additions-body = سلام { $name }،

    کسی که نقشهٔ مهارت شما را ارزیابی می‌کند از شما می‌خواهد آن را تکمیل کنید. فهرست چیزهای لازم و آخرین روز اینجاست:

    { $link }

    با احترام،
    Kartla
mail-concluded-subject = Kartla: ارزیابی نقشهٔ مهارت شما تمام شد
mail-concluded-body = سلام { $name }،

    ارزیابی نقشهٔ مهارت شما تمام شده است. می‌توانید گزارش نهایی را اینجا بخوانید و دانلود کنید:

    { $link }

    با احترام،
    Kartla

## The statement (PDF)
file-name-statement = گزارش-نهایی-{ $number }
verify-document = سند
statement-title = گزارش نهایی
statement-lead = ارزیابی دانش و شایستگی (اعتبارسنجی)، معیار به معیار.
statement-organisation = صادرکننده
statement-contact = تماس
statement-case = پرونده
statement-version = نسخهٔ ارسال‌شده‌ای که ارزیابی شد
statement-issued = تاریخ
statement-assessor = ارزیاب
statement-verify-where = اصل بودن این گزارش را در این نشانی بررسی کنید:
statement-outcome = نتیجه
statement-signatures = امضاها
statement-assessed-by = ارزیابی‌شده توسط { $name }.
statement-principal = مدیر مدرسه یا رئیس مسئول:
statement-signature = امضا:
statement-name-clarified = نام به خط خوانا:
statement-signed-date = محل و تاریخ:

## The directory: who assesses what
nav-directory = چه کسی چه چیزی را ارزیابی می‌کند
directory-title = چه کسی چه چیزی را ارزیابی می‌کند
directory-lead = سازمان‌های منطقه و کسانی که دوره‌ها و شغل‌ها را ارزیابی می‌کنند. فقط کسانی اینجا هستند که خودشان خواسته‌اند نمایش داده شوند.
directory-q = دوره یا شغل
directory-q-hint = بخشی از نام یا کد را بنویسید، مثلاً «انبار»، «lager» یا «DEMO-KOCK1».
directory-municipality = کمون
directory-any-municipality = همهٔ کمون‌ها
directory-search = جستجو
directory-none = هیچ‌کس در فهرست ارزیابان با این جستجو جور نیست.
directory-serves = ارزیابی برای { $list }
directory-serves-all = ارزیابی برای کل منطقه
directory-assesses = ارزیابی می‌کند
directory-languages = زبان‌ها
directory-methods = روش‌ها
directory-contact = تماس
admin-directory-title = فهرست ارزیابان: چه کسی چه چیزی را ارزیابی می‌کند
admin-directory-lead = مشخص کنید هر یک از افراد سازمان شما چه چیزی را ارزیابی می‌کند، به چه زبان‌هایی صحبت می‌کند و از چه روش‌هایی استفاده می‌کند. پرونده‌ها را فقط می‌توان به اعتبارسنج‌هایی سپرد که برای آن دوره یا شغل در فهرست ثبت شده‌اند. هر کس خودش در صفحهٔ حساب کاربری‌اش انتخاب می‌کند که به‌طور عمومی نمایش داده شود یا نه.
admin-directory-none = هیچ‌کس در سازمان‌های شما کار ارزیابی یا مشاوره انجام نمی‌دهد.
admin-directory-saved = فهرست ارزیابان ذخیره شد.
admin-directory-listed = در فهرست عمومی نمایش داده می‌شود.
admin-directory-not-listed = به‌طور عمومی نمایش داده نمی‌شود (شخص این را انتخاب نکرده است).
admin-directory-languages-hint = کدهای زبان که با ویرگول از هم جدا شده‌اند، مثلاً «sv, ar, ti».
admin-directory-save = ذخیره
field-languages = زبان‌ها
account-listing-title = فهرست ارزیابان: چه کسی چه چیزی را ارزیابی می‌کند
account-listing-lead = نام شما در فهرست ارزیابانِ سازمانتان هست. انتخاب کنید که آیا می‌خواهید به‌طور عمومی نمایش داده شوید و کدام اطلاعات تماس نشان داده شود.
account-listing-show = نام من در فهرست عمومی نمایش داده شود
account-listing-email = ایمیلی که نمایش داده می‌شود (اختیاری)
account-listing-phone = تلفنی که نمایش داده می‌شود (اختیاری)
account-listing-save = ذخیره
account-listing-saved = انتخاب شما برای فهرست ارزیابان ذخیره شد.
field-error-bad-language-tags = کدهای زبان را با ویرگول از هم جدا کنید، مثلاً sv, ar, ti (حداکثر 12)

## What you master and what remains
gaps-heading = آنچه از قبل بلد هستید و آنچه باقی مانده است
gaps-counts = شما { $masters } معیار از { $total } معیار را بلد هستید، و { $partly } معیار را تا حدی.
gaps-verdict = فعلاً به نظر می‌رسد:
gaps-remaining = باقی‌مانده: { $codes }
gaps-source-self = بر اساس پاسخ‌های خود شما.
gaps-source-judged = { $judged } معیار از { $total } معیار بر اساس ارزیابی اعتبارسنج است، و بقیه بر اساس پاسخ‌های خود شما.
gaps-elsewhere = آنچه بلد هستید اینجا هم حساب می‌شود
gaps-elsewhere-hint = دوره‌ها و شغل‌هایی که معیارهایشان دربارهٔ همان دانشی است که شما دارید.
gaps-covers = پاسخ‌های شما { $covered } معیار از { $total } معیار را پوشش می‌دهد

## The Swedish original
originals-show = نمایش متن اصلی سوئدی زیر هر معیار
originals-hide = پنهان کردن متن اصلی سوئدی
original-label = به سوئدی:

## Sharing with a study and career counsellor
nav-caseload = شرکت‌کنندگان من
caseload-title = شرکت‌کنندگان من
caseload-lead = نقشه‌های مهارتی که شرکت‌کنندگان با شما به اشتراک می‌گذارند. هر چه را باز کنید، در فهرست «چه کسی اطلاعات شما را دیده است» آن‌ها نشان داده می‌شود.
caseload-none = هنوز هیچ‌کس چیزی را با شما به اشتراک نگذاشته است.
caseload-all = همهٔ نقشه‌های مهارت خود را به اشتراک می‌گذارد
caseload-one = این نقشهٔ مهارت را به اشتراک می‌گذارد
caseload-since = از { $date }
sharing-title = اشتراک‌گذاری با مشاور تحصیلی و شغلی
sharing-lead = می‌توانید اجازه دهید یک مشاور در کمون شما، پیش از یک گفتگو، یکی از نقشه‌های مهارت شما یا همهٔ آن‌ها را بخواند. هر وقت بخواهید می‌توانید اشتراک‌گذاری را متوقف کنید.
sharing-none = در حال حاضر چیزی را به اشتراک نمی‌گذارید.
sharing-everything = همهٔ نقشه‌های مهارت من
sharing-line = { $counsellor } می‌تواند بخواند: { $what }
sharing-withdraw = توقف اشتراک‌گذاری
sharing-submit = اشتراک‌گذاری
sharing-saved = اکنون با این مشاور به اشتراک می‌گذارید.
sharing-withdrawn = دیگر آن را به اشتراک نمی‌گذارید.
field-counsellor = مشاور
field-mapping = چه چیزی را می‌خواهید به اشتراک بگذارید

## Guidance sessions
session-start = شروع جلسهٔ مشاوره
session-title = جلسهٔ مشاوره با { $person }
session-heading = جلسهٔ مشاوره
session-with-person = با { $name }
session-with-counsellor = با مشاور تحصیلی و شغلی شما، { $name }
session-code-intro = کد برای پیوستن:
session-other-here = { $name } در حال دیدن همین بخش است.
session-other-at = { $name } در حال دیدن بخش { $n } است.
session-other-away = { $name } هنوز به جلسه نپیوسته است.
session-follow = رفتن به همان بخش
session-section = بخش { $n }
session-sections = بخش‌ها
session-save = ذخیره
session-ended = این جلسه به پایان رسیده است. آنچه نوشته شد باقی می‌ماند؛ دیگر نمی‌توان از طریق این جلسه چیزی نوشت.
session-direct-on = اجازه به مشاور برای نوشتن در پاسخ‌های من
session-direct-off = پایان اجازهٔ نوشتن مشاور در پاسخ‌های من
session-direct-is-on = مشاور در این جلسه اجازه دارد در پاسخ‌های شما بنویسد.
session-direct-is-off = تغییرات مشاور به‌صورت پیشنهاد می‌آید و شما آن را می‌پذیرید یا رد می‌کنید.
session-trail = آنچه در این جلسه اتفاق افتاد
session-end = پایان جلسه
sessions-back = همهٔ جلسه‌های مشاوره
sessions-title = جلسه‌های مشاوره
sessions-none = هیچ جلسهٔ مشاوره‌ای باز نیست.
sessions-with = با { $name }
sessions-since = شروع: { $time }
sessions-join = پیوستن با کد
sessions-join-hint = مشاورتان شش حرف و عدد به شما می‌دهد، مثلاً K7M-Q2X.
sessions-join-button = پیوستن
field-code = کد
field-error-no-such-session = هیچ جلسهٔ بازی این کد را ندارد – کد را با مشاورتان بررسی کنید
proposal-heading = تغییر پیشنهادی
proposal-by = { $name } پیشنهاد می‌کند:
proposal-make = پیشنهاد یک تغییر
proposal-send = فرستادن پیشنهاد
proposal-accept = پذیرفتن
proposal-reject = رد کردن
notes-heading = یادداشت‌ها
notes-open = می‌توانید همهٔ یادداشت‌هایی را که دربارهٔ شما نوشته می‌شود بخوانید.
note-label = یادداشت جدید
note-hint = شخص همهٔ یادداشت‌ها را می‌خواند.
note-add = افزودن یادداشت
field-note = یادداشت
error-conflict-session-ended = جلسهٔ مشاوره به پایان رسیده است.
error-conflict-proposal-decided = این پیشنهاد قبلاً پذیرفته، رد یا جایگزین شده است.
session-event-started = جلسه را شروع کرد
session-event-joined = به جلسه پیوست
session-event-wrote = در پاسخ معیار { $criterion } نوشت
session-event-proposed = برای معیار { $criterion } تغییری پیشنهاد داد
session-event-accepted = پیشنهاد معیار { $criterion } را پذیرفت
session-event-rejected = پیشنهاد معیار { $criterion } را رد کرد
session-event-direct-on = به مشاور اجازهٔ نوشتن داد
session-event-direct-off = اجازهٔ نوشتن مشاور را پایان داد
session-event-noted = یک یادداشت نوشت
session-event-ended = جلسه را پایان داد

## Individual study plan
plan-title = برنامهٔ تحصیلی فردی برای { $person }
plan-saved = برنامهٔ تحصیلی ذخیره شد.
plan-pdf = دانلود برنامهٔ تحصیلی (PDF)
plan-link = برنامهٔ تحصیلی فردی
plan-field-goal = هدف از تحصیل
plan-goal-hint = تحصیل قرار است به چه چیزی برسد، به زبان خود شخص.
plan-field-pace = سرعت تحصیل (درصد از تمام‌وقت)
plan-pace-value = { $percent } درصد
plan-field-start = شروع
plan-start-hint = روزی که تحصیل شروع می‌شود، به شکل YYYY-MM-DD (سال-ماه-روز میلادی).
plan-field-course = دوره
plan-field-points = امتیاز
plan-field-courses = دوره‌ها
plan-courses = دوره‌های برنامه‌ریزی‌شده
plan-no-courses = هنوز هیچ دوره‌ای برنامه‌ریزی نشده است.
plan-course = دوره
plan-points = امتیاز
plan-points-of = امتیاز برای { $course }
plan-change = تغییر
plan-remove = حذف
plan-total = روی هم { $points } امتیاز.
plan-suggested = پیشنهادهای تحلیل کمبودها
plan-suggested-hint = دوره‌هایی از این نقشهٔ مهارت که پاسخ‌ها (یا ارزیابی‌های یک اعتبارسنج) هنوز آن‌ها را کامل پوشش نمی‌دهند. آن‌هایی را که باید در برنامه بیایند علامت بزنید.
plan-add = افزودن یک دوره از کاتالوگ
plan-add-none = بدون دوره
plan-save = ذخیرهٔ برنامهٔ تحصیلی
plan-history = تغییرات
plan-change-goal = هدف را تغییر داد
plan-change-pace = سرعت تحصیل را { $value } درصد تعیین کرد
plan-change-start = تاریخ شروع را { $value } تعیین کرد
plan-change-added = { $value } را اضافه کرد
plan-change-removed = { $value } را حذف کرد
plan-change-points = امتیاز { $value } را تعیین کرد
plan-change-order = ترتیب دوره‌ها را تغییر داد
field-error-invalid-date = تاریخ را به شکل YYYY-MM-DD بنویسید
field-error-invalid-points = امتیاز را به‌صورت عددی از 1 تا 2500 بنویسید
plan-pdf-no-goal = هنوز هیچ هدفی نوشته نشده است.
plan-pdf-signatures = با همکاری هم تنظیم شد
plan-pdf-sign-person = شخص:
plan-pdf-sign-counsellor = مشاور تحصیلی و شغلی:
plan-pdf-made = در تاریخ { $date } از Kartla چاپ شد.
file-name-study-plan = برنامه-تحصیلی-{ $number }
guidance-heading = مشاوره
guidance-session-open = { $name } یک جلسهٔ مشاورهٔ باز دربارهٔ این نقشهٔ مهارت دارد.
guidance-join = پیوستن به جلسه
caseload-people = به اشتراک گذاشته‌شده با شما
connect-invite-heading = دعوت از یک شرکت‌کننده
connect-invite-lead = یک کد بسازید و آن را به شخص بدهید. وقتی او کد را در صفحهٔ حساب کاربری‌اش وارد کند، هر نقشهٔ مهارتی که تهیه می‌کند با شما به اشتراک گذاشته می‌شود. هر کد یک بار و به مدت یک هفته کار می‌کند.
connect-invite-until = معتبر تا { $date }
connect-invite-make = ساختن کد
connect-heading = اتصال با کدی از مشاورتان
connect-hint = شش حرف و عدد، مثلاً K7M-Q2X. پس از آن، همهٔ نقشه‌های مهارت شما با آن مشاور به اشتراک گذاشته می‌شود؛ هر وقت بخواهید می‌توانید اشتراک‌گذاری را متوقف کنید.
field-connect-code = کد از مشاور شما
connect-submit = اتصال
field-error-no-such-invitation = هیچ دعوت‌نامهٔ بازی این کد را ندارد – ممکن است قبلاً استفاده شده یا منقضی شده باشد
field-error-not-your-counsellor = این مشاور برای کمون شما کار نمی‌کند
pdf-gaps-self = بر اساس پاسخ‌های خود شخص.
pdf-gaps-judged = { $count ->
    [one] برای { $count } معیار، ارزیابی یک اعتبارسنج به‌جای پاسخ شخص در نظر گرفته می‌شود.
   *[other] برای { $count } معیار، ارزیابی یک اعتبارسنج به‌جای پاسخ شخص در نظر گرفته می‌شود.
}
pdf-gaps-counts = بلد است: { $masters } · تا حدی: { $partly } · باقی‌مانده: { $remaining }
pdf-gaps-verdict = وضعیت کلی
pdf-gaps-remaining = باقی‌مانده
pdf-gaps-heading = تحلیل کمبودها

## Follow-up (statistics)
nav-stats = پایش
stats-title = پایش
stats-lead = چند نفر نقشهٔ مهارت تهیه می‌کنند، هر مرحله چقدر طول می‌کشد و با چه نتیجه‌ای – اما هرگز چیزی دربارهٔ یک فرد مشخص نشان داده نمی‌شود. اگر تعداد افراد کمتر از { $n } باشد، «کمتر از { $n }» نشان داده می‌شود، و عددی که بتوان آن را از عددهای دیگر حساب کرد هم پنهان می‌شود.
stats-org = آمار کدام سازمان
stats-from = از ماه
stats-to = تا پایان ماه
stats-by = تفکیک بر اساس
stats-show = نمایش
stats-whose-region = کل { $name }.
stats-whose-own = { $name } و جمع کل منطقه.
stats-period = ماه‌های کامل { $from } – { $to }.
stats-download-csv = دانلود به‌صورت CSV
stats-download-pdf = دانلود گزارش به‌صورت PDF
stats-fewer-than = کمتر از { $n }
stats-hidden = پنهان
stats-no-municipality = بدون کمون محل زندگی
stats-no-provider = خود کمون
stats-chart-caption = نمودار: { $measure }. همین اعداد در جدول زیر آمده است.
stats-table-caption = نقشه‌های مهارتی که در این بازهٔ زمانی به هر مرحله رسیدند
stats-total = جمع: { $name }
stats-region-total = جمع: { $name } (کل منطقه)
stats-measure-started = شروع‌شده
stats-measure-handed-in = ارسال‌شده
stats-measure-returned = برگشت داده‌شده برای تکمیل
stats-measure-assigned = سپرده‌شده به اعتبارسنج
stats-measure-concluded = بسته‌شده
stats-by-municipality = کمون
stats-by-provider = ارائه‌دهندهٔ آموزش
stats-by-framework = دوره یا شغل
stats-by-month = ماه
stats-by-language = زبان
stats-heading-municipality = به تفکیک کمون
stats-heading-provider = به تفکیک ارائه‌دهندهٔ آموزش
stats-heading-framework = به تفکیک دوره و شغل
stats-heading-month = به تفکیک ماه
stats-heading-language = به تفکیک زبان
stats-unit-municipality = کمون
stats-unit-provider = ارائه‌دهندهٔ آموزش
stats-unit-framework = دوره یا شغل
stats-unit-month = ماه
stats-unit-language = زبان
stats-heading-durations = مراحل چقدر طول می‌کشند
stats-durations-chart = نمودار: میانه بر حسب روز برای هر مرحله. همین اعداد در جدول زیر آمده است.
stats-durations-caption = روزها، برای کسانی که مرحله را در این بازهٔ زمانی تمام کردند
stats-col-step = مرحله
stats-col-people = تعداد افراد
stats-col-median = میانه (روز)
stats-col-p90 = 9 نفر از هر 10 نفر ظرف (روز)
stats-not-shown = نشان داده نمی‌شود
stats-step-mapping = از شروع تا ارسال
stats-step-waiting = از ارسال تا سپردن به اعتبارسنج
stats-step-assessing = از سپردن به اعتبارسنج تا بسته شدن
stats-step-whole = کل مسیر، از شروع تا بسته شدن
stats-heading-outcomes = نتیجه‌ها به تفکیک دوره و شغل
stats-outcomes-none = در این بازهٔ زمانی هیچ نقشهٔ مهارتی بسته نشد.
stats-outcomes-caption = نقشه‌های مهارت بسته‌شده و نتیجهٔ آن‌ها
stats-heading-languages = زبان‌ها در Kartla
stats-languages-chart = نمودار: تعداد افراد به تفکیک زبان. همین اعداد در جدول زیر آمده است.
stats-languages-caption = زبانی که افراد با آن از Kartla استفاده کردند
field-error-stats-month = ماه میلادی را به شکل YYYY-MM بنویسید، مثلاً 2025-03
field-error-stats-backward = بازهٔ زمانی پیش از شروعش تمام می‌شود
field-error-stats-by = یکی از گزینه‌های تفکیک را از فهرست انتخاب کنید
stats-pdf-title = پایش: { $name }
stats-pdf-made = در تاریخ { $date } از Kartla چاپ شد.
file-name-stats = گزارش-پایش-{ $number }
