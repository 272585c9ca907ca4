### Kartla – پښتو (ps)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = اصلي منځپانګې ته لاړ شئ
footer-privacy = Kartla یوازې هغه څه ساتي چې تاسو یې په خپله نقشه کې لیکئ. دا یوازې تاسو ته ښکاري، او کله چې یې وسپارئ، ارزونکو ته هم.
nav-label = اصلي مینو
nav-my-mappings = زما نقشې
nav-sign-in = ننوځئ
nav-sign-out = ووځئ
nav-register = حساب جوړ کړئ
signed-in-as = د { $name } په نوم ننوتلي یاست
language-label = ژبه
language-change = ژبه بدله کړئ
language-unreviewed-mark = لا نه ده کتل شوې
languages-link = د ژبو په اړه
languages-title = ژبې
languages-lead = تاسو کولی شئ Kartla په دې ژبو وکاروئ. د Kartla ټیم ژباړې لیکي. کومه ژباړه چې لا تر اوسه داسې چا نه ده کتلې چې دا یې مورنۍ ژبه ده، نښه شوې ده، او کېدای شي تېروتنې ولري.
languages-caption = ژبې، او ایا هره ژباړه داسې چا کتلې ده چې دا یې مورنۍ ژبه ده
languages-col-language = ژبه
languages-col-name = په پښتو
languages-col-status = ژباړه
languages-status-original = اصلي متن
languages-status-reviewed = داسې چا کتلې چې دا یې مورنۍ ژبه ده
languages-status-unreviewed = لا داسې چا نه ده کتلې چې دا یې مورنۍ ژبه ده
languages-feedback = ایا ستاسو په ژبه کې څه ناسم ښکاري؟ خپل د زده کړې او دندې سلاکار ته یا ستاسو د ښاروالۍ د Kartla مدیر ته ووایئ. دا سمېدای شي، پرته له دې چې د Kartla نوې نسخې ته انتظار وشي.
loading = راوړل کېږي …
back-home = لومړي مخ ته لاړ شئ

## Errors
error-summary-title = یوه ستونزه شته
error-validation = لاندې معلومات وګورئ.
error-bad-request = غوښتنه ونه لوستل شوه. پاڼه بیا پرانیزئ او بیا هڅه وکړئ.
error-unauthorized = د دې پاڼې د لیدلو لپاره باید ننوځئ.
error-sign-in-failed = برېښنالیک پته یا پټنوم سم نه دی.
error-forbidden = تاسو ته د دې کار اجازه نشته.
error-too-many = ډېرې هڅې وشوې. یوه دقیقه صبر وکړئ، بیا هڅه وکړئ.
error-cross-site = دا غوښتنه د بلې وېبپاڼې له یوې پاڼې راغلې وه، نو رد شوه. Kartla ته لاړ شئ او هلته یې وکړئ.
error-not-found = دا پاڼه نشته.
error-internal = زموږ په سیستم کې یوه ستونزه پېښه شوه. هغه څه چې مو مخکې خوندي کړي، خوندي دي. یو څه وروسته بیا هڅه وکړئ.
error-unreachable = اوس Kartla ته رسېدل نه کېږي. خپل انټرنیټ وګورئ او بیا هڅه وکړئ.
error-conflict-email-taken = په دې برېښنالیک پته مخکې یو حساب شته. د حساب جوړولو پر ځای ننوځئ.
error-conflict-not-editable = نقشه سپارل شوې ده او اوس نه شي بدلېدای.
error-conflict-already-submitted = نقشه مخکې سپارل شوې ده.
error-conflict-already-decided = نقشه مخکې کتل شوې ده.
field-error-required = باید ډک شي
field-error-too-long = ډېر اوږد دی
field-error-too-short = ډېر لنډ دی
field-error-invalid-email = سمه برېښنالیک پته نه ده
field-error-invalid-rating = له ځوابونو څخه یو وټاکئ
field-error-unknown-criterion = په دې نقشه پورې اړه نه لري
field-error-unknown-framework = په کتلاګ کې نشته
field-error-not-rated = وټاکئ چې دا کار څومره ښه کولی شئ
field-error-changed-elsewhere = ځواب په بل ټب یا بلې وسیلې کې بدل شو، نو ستاسو متن پر هغه ونه لیکل شو
field-error-no-description = ولیکئ چې دا مو څنګه او چېرته زده کړي او کارولي دي

## Rating
rating-legend = تاسو دا کار څومره ښه کولی شئ؟
rating-no-experience = تجربه نه لرم
rating-some-experience = لږه تجربه لرم
rating-with-support = له مرستې سره یې کولی شم
rating-independently = پخپله یې کولی شم
rating-can-teach = نورو ته یې ښوولی شم
rating-no-experience-hint = ما دا کار نه دی کړی.
rating-some-experience-hint = ما دا کار لیدلی دی، یا مې څو ځله ازمویلی دی.
rating-with-support-hint = کله چې څوک راسره مرسته وکړي یا راته وښيي چې څنګه، دا کار کولی شم.
rating-independently-hint = دا کار پخپله، بې له مرستې کولی شم.
rating-can-teach-hint = دا کار دومره ښه زده لرم چې نورو ته یې ښودلی او تشریح کولی شم.
rating-or = یا
rating-not-relevant = زما لپاره اړین نه دی
rating-not-relevant-hint = دا د هغه څه برخه نه ده چې زه یې ښودل غواړم. تاسو اړتیا نه لرئ چې څه ولیکئ.
prompts-summary = د تشریح لپاره مرسته
prompt-normal-day = یوه عادي ورځ مو څنګه وه؟ تاسو څه کول؟
prompt-hardest = تر ټولو سخت حالت کوم و چې تاسو ورسره مخ شوئ؟ هغه مو څنګه حل کړ؟
prompt-tools = کوم وسایل، ماشینونه، پروګرامونه یا طریقې مو کارولې؟
prompt-how-long = دا کار مو څومره موده او څو ځله کاوه؟
read-aloud = په غږ یې واورئ

## Status
status-draft = مسوده
status-submitted = سپارل شوې
status-returned = بشپړونه غوښتل شوې
status-reviewed = ارزول شوې
event-submitted = د { $name } له خوا په { $date } وسپارل شوه
event-returned = د { $name } له خوا په { $date } د بشپړونې لپاره بېرته ولېږل شوه
event-reviewed = د { $name } له خوا په { $date } وارزول شوه
kind-course = کورس
kind-occupation = مسلک

## Start page
home-title = هغه څه وښیئ چې کولی یې شئ
home-lead = Kartla له تاسو سره مرسته کوي چې هغه څه بیان کړئ چې پرې پوهېږئ او کولی یې شئ، معیار په معیار، تر څو یو ارزونکی یې وارزوي.
home-how = یو حساب جوړ کړئ، یو کورس یا مسلک وټاکئ او په خپل وخت ځواب ورکړئ. هر څه چې لیکئ، خوندي کېږي.
home-have-account = زه مخکې حساب لرم
home-role-later = ستاسو د رول لپاره نور وسایل ژر راځي.

## Account
sign-in-title = ننوتل
sign-in-submit = ننوځئ
sign-in-no-account = حساب نه لرئ؟ یو جوړ کړئ.
register-title = حساب جوړ کړئ
register-why = موږ ستاسو نوم د وړتیاوو د پروفایل لپاره غواړو، او ستاسو برېښنالیک پته ددې لپاره چې بیا ننوتلی شئ.
register-submit = حساب جوړ کړئ
password-hint = لږ تر لږه 12 توري. یوه جمله چې په یاد مو وي، ښه کار کوي.
field-name = نوم
field-email = برېښنالیک پته
field-password = پټنوم
field-locale = ژبه
field-municipality = د اوسېدو ښاروالۍ
municipality-hint = هغه ښاروالۍ چې تاسو پکې اوسېږئ. هغه تاسو ته د وړتیاوو رسمي تایید وړاندې کوي او ستاسو د نقشو مسؤله ده. وروسته یې بدلولی شئ.
municipality-choose = ښاروالۍ وټاکئ
field-comment = تبصره

## My mappings
my-mappings-title = زما نقشې
my-mappings-none = تاسو لا تر اوسه هېڅ نقشه نه ده پیل کړې.
updated-on = وروستی بدلون: { $date }
start-mapping-title = نوې نقشه پیل کړئ
start-mapping-lead = هغه کورس یا مسلک وټاکئ چې غواړئ وښیئ چې په هغه کې مهارت لرئ.
criteria-count = { $count ->
    [one] { $count } معیار
   *[other] { $count } معیارونه
}
start-mapping-button = { $title } پیل کړئ

## Overview
sections-heading = برخې
progress = له { $total } څخه { $done } ځواب شوي
task-not-started = نه ده پیل شوې
task-in-progress = روانه ده
task-done = بشپړه ده
check-answers-link = ځوابونه وګورئ او وې سپارئ
download-pdf = د وړتیاوو پروفایل ډاونلوډ کړئ (PDF)
print-heading = د وړتیاوو پروفایل چاپ کړئ
print-lang = د سرلیکونو او نومونو ژبه
print-two = معیارونه په دوو ژبو، څنګ په څنګ
print-two-hint = د شخص ژبه او سویډني، د بېلګې په توګه ددې لپاره چې ارزونکی او شخص یې یوځای ولولي.
goal-heading = زما هدف
field-goal = د نقشې هدف
goal-hint = د بېلګې په توګه یو کورس، یوه نمره یا یو مسلک چې غواړئ ورته ورسېږئ. دا د وړتیاوو د پروفایل په لومړي مخ کې راځي.
goal-save = هدف خوندي کړئ
goal-saved = هدف خوندي شو.
goal-shown = د نقشې هدف: { $goal }
pdf-goal = هدف
submitted-explainer = ستاسو نقشه وسپارل شوه. یو ارزونکی یې ګوري. تر هغه وخته تاسو خپل ځوابونه نه شئ بدلولی.
reviewed-explainer = کتنه پای ته ورسېده. خپل د وړتیاوو پروفایل لاندې ډاونلوډ کړئ.

## Section
section-of = برخه { $n } له { $total } څخه
back-to-overview = بېرته عمومي کتنې ته
read-only-explainer = نقشه سپارل شوې ده. تاسو خپل ځوابونه لوستلی شئ، خو بدلولی یې نه شئ.
save-and-continue = خوندي کړئ او مخکې لاړ شئ
autosave-saving = خوندي کېږي …
autosave-saved = خوندي شو
session-warning-title = ژر به له حسابه وویستل شئ
session-warning-text = { $minutes ->
    [one] ستاسو د خوندیتوب لپاره، که { $minutes } دقیقه هېڅ کار ونه کړئ، له حسابه وویستل کېږئ. هغه څه چې مو خوندي کړي، پاتې کېږي.
   *[other] ستاسو د خوندیتوب لپاره، که { $minutes } دقیقې هېڅ کار ونه کړئ، له حسابه وویستل کېږئ. هغه څه چې مو خوندي کړي، پاتې کېږي.
}
session-stay = ننوتلي پاتې شئ
session-ended-title = تاسو له حسابه وویستل شوئ
session-ended-text = هغه څه چې مو خوندي کړي وو، پاتې دي. هغه متن چې لا خوندي شوی نه و، په دې براوزر کې پاتې دی او کله چې بیا ننوځئ، لېږل کېږي.
session-sign-in-again = بیا ننوځئ
autosave-restored = هغه متن چې تېر ځل خوندي نه شو، لا په دې براوزر کې و او اوس لېږل کېږي …
autosave-offline = لا خوندي نه دی – انټرنیټ نشته. متن په دې براوزر کې پاتې کېږي او کله چې انټرنیټ بېرته راشي، لېږل کېږي.
autosave-changed-elsewhere = خوندي نه شو: ځواب په بل ټب یا بلې وسیلې کې بدل شوی دی.
answer-changed-elsewhere = له هغه وروسته چې تاسو دا پاڼه پرانیستله، ځواب په بل ټب یا بلې وسیلې کې بدل شو. هغه څه چې تاسو لیکلي، لا په بکس کې دي، خو خوندي شوي نه دي. که غواړئ خپل متن وساتئ، بیا یې خوندي کړئ.
answer-changed-elsewhere-live = ځواب په بل ټب یا بلې وسیلې کې بدل شوی دی. ستاسو متن لا په بکس کې دی، خو خوندي شوی نه دی. وټاکئ چې کوم یو دې پاتې شي.
answer-saved-elsewhere = اوسنی خوندي شوی ځواب:
conflict-keep-mine = زما متن وساتئ
conflict-use-saved = خوندي شوی ځواب وکاروئ
text-in-swedish = دا متن یوازې په سویډني ژبه شته.
answer-label = دا مو څنګه او چېرته زده کړي او کارولي دي؟
answer-hint = ولیکئ چې څه مو کول، چېرته، څومره موده او په کومو وسایلو. تر { $max } تورو پورې.

## Check your answers
check-title = خپل ځوابونه وګورئ
missing-heading = مخکې له دې چې یې وسپارئ، دا څه کم دي
missing-rating = { $code }: وټاکئ چې دا کار څومره ښه کولی شئ
missing-description = { $code }: ولیکئ چې دا مو څنګه او چېرته زده کړي دي
not-answered = ځواب نه دی ورکړل شوی
no-description = تشریح نشته
change = بدل کړئ
submit-heading = سپارل
submit-explainer = کله چې یې وسپارئ، یو ارزونکی ستاسو ځوابونه او ستاسو د تجربو ټولګه لوستلی شي. ارزونکی کولی شي نقشه ومني، یا له تاسو وغواړي چې هغه بشپړه کړئ. تر څو چې کتل کېږي، تاسو خپل ځوابونه نه شئ بدلولی.
submit-button = نقشه وسپارئ

## Validator
trail-heading = تاریخچه

## PDF
pdf-title = د وړتیاوو پروفایل
pdf-person = شخص
pdf-frameworks = کورس یا مسلک
pdf-date = نېټه
pdf-status = حالت
pdf-rating = ځان ارزونه
pdf-answer = څنګه او چېرته
pdf-validator = ارزونکی
pdf-trail = تاریخچه
pdf-version = نسخه { $version }
pdf-started = پیل شوې
pdf-submitted = سپارل شوې
pdf-summary = لنډیز
pdf-fully-met = بشپړ پوره شوي (پخپله یې کولی شي یا نورو ته یې ښوولی شي)
pdf-partly-met = تر یوه حده پوره شوي (لږه تجربه یا له مرستې سره)
pdf-none = هېڅ
pdf-portfolio = د تجربو ټولګه
pdf-evidence = ضمیمې
pdf-evidence-missing = د دې معیارونو لپاره ثبوت نشته
pdf-attachment = ضمیمه { $number }
pdf-verify-code = د کره کولو کوډ
pdf-verify-where = وګورئ چې دا پروفایل رښتینی دی، په دې پته:
pdf-page = پاڼه { $page } له { $pages } څخه
file-name-attachment = ضمیمه-{ $number }
file-name-certificate = د-تصدیقنامې-مسوده-{ $number }
file-name-profile = د-وړتیاوو-پروفایل-{ $number }
verify-title = د وړتیاوو یو پروفایل وګورئ
verify-lead = د Kartla هر د وړتیاوو پروفایل د هرې پاڼې په پای کې د کره کولو کوډ لري. دلته یې ولیکئ، تر څو وګورئ چې پروفایل شته او کله چاپ شوی.
verify-code-label = د کره کولو کوډ
verify-code-hint = دولس توري او شمېرې، د بېلګې په توګه 7KQM-2WXP-H9CD. لوی یا واړه توري فرق نه کوي.
verify-submit = وګورئ
verify-found = د وړتیاوو پروفایل شته
verify-code = د کره کولو کوډ
verify-person = د شخص د نوم لومړي توري
verify-frameworks = کورس یا مسلک
verify-printed = چاپ شوی
verify-status = د چاپ په وخت کې حالت
verify-fingerprint = د PDF فایل ګوتنښه (SHA-256)
verify-fingerprint-hint = که فایل لرئ، د هغه SHA-256 حساب کړئ او پرتله یې کړئ: که دواړه یو شان وي، فایل له چاپ راهیسې نه دی بدل شوی.
verify-not-found = په دې کوډ هېڅ د وړتیاوو پروفایل نشته. وګورئ چې کوډ مو سم کاپي کړی دی.
answer-not-saved = متن ډېر اوږد دی او خوندي نه شو. لنډ یې کړئ او بیا یې خوندي کړئ – هغه څه چې مو لیکلي، لا دلته دي.

## Section titles Kartla gives imported frameworks
import-section-core-content = اصلي منځپانګه
import-section-knowledge-requirements = د پوهې شرطونه
import-section-essential = اړین مهارتونه او پوهه
import-section-optional = اختیاري مهارتونه او پوهه
import-section-skills = مهارتونه
import-section-competencies = وړتیاوې

## The public catalogue
nav-catalogue = کتلاګ
catalogue-title = د معیارونو کتلاګ
catalogue-lead = هغه کورسونه او مسلکونه چې تاسو کولی شئ خپل مهارتونه ورسره پرتله او نقشه کړئ. یو وټاکئ، تر څو د هغه معیارونه وګورئ.
catalogue-search = د نوم یا کوډ له مخې ولټوئ
catalogue-kind = ډول
catalogue-kind-all = ټول
catalogue-kind-course = کورسونه
catalogue-kind-occupation = مسلکونه
catalogue-language = د متنونو ژبه
catalogue-language-all = ټولې ژبې
catalogue-search-button = ولټوئ
catalogue-found = { $count ->
    [0] هېڅ پایله ونه موندل شوه
    [one] یوه پایله
   *[other] { $count } پایلې
}
catalogue-pages = پاڼې
catalogue-page-of = پاڼه { $page } له { $pages } څخه
catalogue-previous = مخکینۍ پاڼه
catalogue-next = بله پاڼه
catalogue-languages = په دې ژبو شته: { $list }
catalogue-published = خپره شوې: { $date }
catalogue-older-version = دا یوه زړه نسخه ده.
catalogue-see-current = اوسنۍ نسخه وګورئ
catalogue-fallback-note = ځینې متنونه ستاسو په ژبه نشته، نو په سویډني ښودل کېږي.
catalogue-start-mapping = د دې پر بنسټ نقشه پیل کړئ
catalogue-versions = نسخې
grade-step = د نمرې درجه { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = د Skolverket د کورس کوډ
language-name = { $code ->
    [sv] سویډني
    [en] انګلیسي
    [ar] عربي
    [fa] فارسي
    [ti] تیګرینیا
    [so] سومالیايي
    [uk] اوکرایني
    [ckb] سوراني کردي
    [ps] پښتو
    [prs] دري
    [kmr] کرمانجي کردي
    [am] امهري
    [ru] روسي
    [tr] ترکي
    [de] الماني
    [fi] فنلنډي
    [fr] فرانسوي
    [es] هسپانوي
    [pl] پولنډي
   *[other] { $code }
}
catalogue-version = نسخه { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = کتلاګ (مدیر)
admin-catalogue-title = د کتلاګ اداره
admin-catalogue-count = { $count ->
    [one] یو چوکاټ
   *[other] { $count } چوکاټونه
}
admin-catalogue-caption = په کتلاګ کې چوکاټونه
admin-import-start = له فایلونو معیارونه راوړئ
admin-col-code = کوډ
admin-col-title = نوم
admin-col-kind = ډول
admin-col-version = نسخه
admin-col-status = حالت
admin-col-criteria = معیارونه
admin-col-sections = برخې
admin-col-languages = ژبې
admin-col-change = بدلون
version-draft = مسوده
version-published = خپره شوې
import-title = معیارونه راوړئ
import-lead = یو فارمټ او فایلونه وټاکئ. مخکې له دې چې څه خوندي شي، تاسو به وګورئ چې په فایلونو کې څه دي او څه بدلېږي.
import-format = فارمټ
format-kartla = د Kartla خپل فارمټ (TOML)
format-kartla-hint = د هر چوکاټ لپاره یو فایل، لکه څنګه چې یې kartla catalogue export لیکي.
format-skolverket = د Skolverket د درسي پروګرام API (JSON)
format-skolverket-hint = یو ځواب چې course، courses، subject یا subjects لري. اصلي منځپانګه او د پوهې شرطونه په معیارونو بدلېږي.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv، skills_xx.csv او occupationSkillRelations_xx.csv، که وغواړئ په څو ژبو. سویډني اړینه ده.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = د مسلکونو نومونه، له اړوندو مهارتونو سره.
format-moodle = د Moodle د وړتیاوو چوکاټ (CSV)
format-moodle-hint = له Moodle څخه یو اېکسپورټ؛ د Parent ID number ستنه جوړښت ټاکي.
import-files = فایلونه
import-files-hint = تاسو کولی شئ څو فایلونه وټاکئ، ټول یوځای تر { $mb } MB پورې.
import-occupations = یوازې دا ESCO مسلکونه (اختیاري)
import-occupations-hint = په هره کرښه کې د یوه مسلک URI. که تش یې پرېږدئ، په فایلونو کې ټول مسلکونه راوړل کېږي.
import-preview-button = مخکتنه وښیئ
import-preview-title = د راوړلو مخکتنه
import-refused = { $count ->
    [one] فایلونه نه شي راوړل کېدای: یوه ستونزه
   *[other] فایلونه نه شي راوړل کېدای: { $count } ستونزې
}
import-at-line = کرښه { $line }
import-in-field = ساحه { $field }
import-nothing-written = هېڅ شی خوندي نه شو. فایلونه سم کړئ او بیا هڅه وکړئ.
import-try-again = بیا فایلونه وټاکئ
import-summary = { $total ->
    [one] { $total } چوکاټ: { $new } نوي، { $changed } بدل شوي، { $unchanged } نه دي بدل شوي.
   *[other] { $total } چوکاټونه: { $new } نوي، { $changed } بدل شوي، { $unchanged } نه دي بدل شوي.
}
import-rows-shown = (لومړي { $shown } ښودل کېږي)
import-applied = راوړل بشپړ شول. چوکاټونه اوس په کتلاګ کې دي.
import-blocked = یو څوک د یوه چوکاټ په مسوده کار کوي. لومړی هغه مسوده خپره یا لرې کړئ.
import-nothing-to-write = په فایلونو کې هر څه مخکې په کتلاګ کې شته. د خوندي کولو لپاره هېڅ شی نشته.
import-confirm = { $count ->
    [one] یو چوکاټ راوړئ
   *[other] { $count } چوکاټونه راوړئ
}
import-preview-caption = په فایلونو کې چوکاټونه
plan-new = نوی، نسخه 1
plan-new-version = بدل شوی، نسخه { $version } کېږي
plan-unchanged = نه دی بدل شوی (نسخه { $version })
plan-draft-in-the-way = د یوې مسودې له امله ودرول شو (نسخه { $version })
error-too-large = هغه څه چې تاسو ولېږل، ډېر لوی دي.
error-conflict-not-a-draft = یوازې مسوده بدلېدای شي. خپره شوې نسخه هېڅکله نه بدلېږي.
error-conflict-code-taken = دا کوډ مخکې بل چوکاټ کاروي.
error-conflict-draft-in-the-way = یو څوک د دې چوکاټ په مسوده کار کوي. لومړی هغه مسوده خپره یا لرې کړئ.
error-conflict-import-refused = فایلونه ونه لوستل شول او نه شي راوړل کېدای.
error-conflict-import-applied = دا راوړل مخکې شوي دي.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = فایل ونه لوستل شو ({ $detail }).
import-syntax = فایل سم جوړ شوی نه دی: { $detail }
import-missing-field = نشته، خو اړین دی.
import-unknown-language = د ژبې نامعلوم کوډ «{ $detail }». د ISO 639 کوډ وکاروئ، لکه sv، en یا ar.
import-missing-swedish = سویډني متن نشته. چېرته چې ژباړه نه وي، کتلاګ سویډني متن ښيي، نو سویډني اړینه ده.
import-missing-file = دا فایل اړین دی، خو ورکړل شوی نه دی.
import-unknown-occupation = هېڅ مسلک د { $detail } URI نه لري.
import-unknown-parent = هېڅ کرښه د «{ $detail }» ID شمېره نه لري.
import-duplicate-framework = کوډ { $detail } دوه ځله راغلی دی.
import-nothing = د راوړلو لپاره هېڅ چوکاټ نه لري.
import-expected-skolverket-root = د Skolverket د API ځواب تمه کېده چې course، courses، subject یا subjects ولري.
import-expected-jobtech-concepts = د JobTech Taxonomy د مفهومونو JSON لیست تمه کېده.
import-expected-moodle-header = له Moodle څخه داسې اېکسپورټ تمه کېده چې دا ستنې ولري: Parent ID number، ID number، Short name او Description.
import-expected-kartla-file = د Kartla په فارمټ داسې فایل تمه کېده چې په format = "kartla/1" پیل شي.
import-expected-text = متن تمه کېده.
import-expected-list = لیست تمه کېده.
import-expected-kind = course یا occupation تمه کېده.
import-expected-grade-step = د نمرې درجه E، C یا A تمه کېده.
import-expected-external-system = esco، jobtech یا skolverket تمه کېده.
import-expected-utf8 = په UTF-8 کې متن تمه کېده.
content-bad-code = کوډ له 1 تر 60 پورې نښې لري: توري a–z، شمېرې، ټکي، ډشونه یا انډرسکورونه.
content-empty = باید تش نه وي.
content-too-long = له { $detail } تورو څخه اوږد دی.
content-no-sections = چوکاټ لږ تر لږه یوې برخې ته اړتیا لري.
content-no-criteria = برخه لږ تر لږه یوه معیار ته اړتیا لري.
content-duplicate-code = د معیار کوډ { $detail } دوه ځله کارول شوی دی.
content-unknown-language = د ژبې نامعلوم کوډ «{ $detail }».
content-guidance-on-occupation = د نمرو د درجو تشریح په کورسونو پورې اړه لري، نه په مسلکونو.

## Authoring frameworks
admin-new-framework = نوی چوکاټ
admin-col-action = کار
admin-edit = { $code } سم کړئ
admin-continue = د { $code } د نسخې { $version } مسوده دوام ورکړئ
new-framework-title = نوی چوکاټ
new-framework-button = مسوده جوړه کړئ
editor-kind = ډول
editor-code = کوډ
editor-code-hint = لنډ او یوازینی، تر { $max } نښو پورې: توري a–z، شمېرې، ټکي، ډشونه یا انډرسکورونه. کوډ وروسته نه شي بدلېدای.
editor-title-sv = نوم په سویډني
editor-title-en = نوم په انګلیسي (اختیاري)
editor-title = { $title } سم کړئ، د نسخې { $version } مسوده
editor-lead = مسوده تر هغه وخته په کتلاګ کې نه ښکاري چې تاسو یې خپره کړئ. هره تڼۍ لومړی هر هغه څه خوندي کوي چې تاسو لیکلي دي. خپره شوې نسخه هېڅکله نه بدلېږي؛ هغه نقشې چې مخکې پیل شوې، خپله نسخه ساتي.
editor-name = نوم
editor-external = له یوه بهرني راجستر سره اړیکه (اختیاري)
editor-external-system = راجستر
editor-external-none = اړیکه نشته
editor-external-id = د مفهوم ID یا URI
editor-section = برخه { $number }
editor-section-title = د برخې سرلیک
editor-section-add = یوه برخه ورزیاته کړئ
editor-section-up = برخه { $number } پورته یوسئ
editor-section-down = برخه { $number } ښکته یوسئ
editor-section-remove = برخه { $number } لرې کړئ
editor-criterion = معیار { $number }
editor-criterion-code = کوډ
editor-criterion-text = د معیار متن
editor-criterion-add = برخې { $number } ته یو معیار ورزیات کړئ
editor-criterion-up = معیار { $number } پورته یوسئ
editor-criterion-down = معیار { $number } ښکته یوسئ
editor-criterion-remove = معیار { $number } لرې کړئ
editor-guidance = د نمرې درجې E، C او A (اختیاري)
editor-guidance-hint = د دې معیار لپاره د هرې درجې مانا. ګډونوالو او ارزونکو ته د لارښوونې په توګه ښودل کېږي.
editor-add-language = یوه ژبه ورزیاته کړئ
editor-add-language-hint = کله چې خوندي یې کړئ، د دې ژبې ساحې ښکاره کېږي.
editor-add-language-none = نوې ژبه نشته
editor-save = مسوده خوندي کړئ
editor-publish = خپره یې کړئ
editor-discard-title = مسوده لرې کړئ
editor-discard = مسوده لرې کړئ
editor-label-title = نوم ({ $lang })
editor-label-section-title = برخه { $section }، سرلیک ({ $lang })
editor-label-section = برخه { $section }
editor-label-criterion-code = برخه { $section }، معیار { $criterion }، کوډ
editor-label-criterion-text = برخه { $section }، معیار { $criterion }، متن ({ $lang })
editor-label-criterion-guidance = برخه { $section }، معیار { $criterion }، د نمرې درجه { $step } ({ $lang })
field-error-bad-code = کوډ یوازې توري a–z، شمېرې، ټکي، ډشونه یا انډرسکورونه لري.
field-error-code-taken = دا کوډ مخکې بل چوکاټ کاروي.
field-error-no-sections = چوکاټ لږ تر لږه یوې برخې ته اړتیا لري.
field-error-no-criteria = برخه لږ تر لږه یوه معیار ته اړتیا لري.
field-error-duplicate-code = دا کوډ بل معیار کاروي.
field-error-unknown-language = نامعلومه ژبه.
field-error-guidance-on-occupation = د نمرې درجې په کورسونو پورې اړه لري، نه په مسلکونو.
start-mapping-search = { $count ->
    [one] په کتلاګ کې په { $count } کورس یا مسلک کې ولټوئ
   *[other] په کتلاګ کې په ټولو { $count } کورسونو او مسلکونو کې ولټوئ
}
guidance-summary = د نمرو درجې څه مانا لري
admin-col-published = خپره شوې نسخه
admin-not-published = نه ده خپره شوې

## The merit portfolio
nav-experiences = د تجربو ټولګه
nav-evidence = ثبوتونه
experiences-title = زما د تجربو ټولګه
experiences-lead = د هغه څه په اړه ولیکئ چې تاسو کړي دي: کار، زده کړه، کورسونه، رضاکار کار او نور. ټولګه تاسو ته ښکاري، او کله چې یوه نقشه وسپارئ، ارزونکو ته هم. کله چې بیانوئ چې څه کولی شئ، کولی شئ خپلو تجربو ته اشاره وکړئ.
experiences-add = یوه تجربه ورزیاته کړئ
experiences-none = تاسو لا تر اوسه هېڅ تجربه نه ده ورزیاته کړې.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – روانه ده
experience-edit = { $role } بدل کړئ
experience-delete = { $role } لرې کړئ
experience-new-title = نوې تجربه
experience-edit-title = تجربه بدله کړئ
experience-unsaved = دا هغه څه دي چې تاسو وروستی ځل لیکلي. لا خوندي شوي نه دي – نښه شوي ځایونه سم کړئ او بیا یې خوندي کړئ.
experience-field-kind = دا څه ډول تجربه ده؟
experience-field-role = تاسو څه کول؟
experience-role-hint = د بېلګې په توګه د دندې نوم، د زده کړې پروګرام یا یو کورس.
experience-field-place = کارځای، ښوونځی یا اداره، او ښار
experience-field-country = هېواد
experience-field-start = پیل
experience-field-end = پای
experience-month-hint = کال او میاشت، د بېلګې په توګه 2019-04.
experience-end-hint = که لا روانه وي، تش یې پرېږدئ.
experience-field-tasks = دندې او هغه څه چې مو زده کړل
experience-tasks-hint = یوه عادي ورځ، هغه سخت حالتونه چې مو حل کړل، وسایل او طریقې بیان کړئ. تر { $max } تورو پورې.
experience-save = تجربه خوندي کړئ
experience-kind-work = کار
experience-kind-education = زده کړه
experience-kind-training = کورس یا عملي زده کړه (کارآموزي)
experience-kind-volunteering = رضاکار کار
experience-kind-other = نور
experience-certificate = د { $role } لپاره د تصدیقنامې مسوده چاپ کړئ (PDF)
cert-title = د تصدیقنامې مسوده
cert-intro = زه د وړتیاوو د رسمي تایید لپاره خپل مهارتونه نقشه کوم. تاسو زما کارګمارونکی، څارونکی یا د اړیکې کس وئ. هیله کوم چې لاندې زما بیان ولولئ، هر هغه څه چې ناسم وي سم یې کړئ، او لاسلیک یې کړئ.
cert-about = د کار په اړه
cert-person = نوم: { $value }
cert-role = مسلک یا رول: { $value }
cert-place = کارګمارونکی یا ځای: { $value }
cert-country = هېواد: { $value }
cert-period = موده: { $value }
cert-tasks = دندې، زما په خپلو خبرو
cert-no-tasks = (لا تر اوسه تشریح نشته. مهرباني وکړئ لاندې دندې بیان کړئ.)
cert-confirm = تایید
cert-confirm-choice = تشریح سمه ده:   هو   /   هو، له لاندې سمونونو سره   /   نه   (یو یې په کړۍ کې ونیسئ)
cert-corrections = سمونونه او زیاتونې:
cert-extent = د دندې ډول او اندازه (لکه دایمي یا موقت، بشپړ وخت یا نیم وخت):
cert-signer-name = نوم:
cert-signer-title = دنده (څوکۍ):
cert-signer-organisation = اداره:
cert-signer-contact = ټیلیفون یا برېښنالیک:
cert-signed-date = نېټه:
cert-signature = لاسلیک:
cert-made = دا مسوده په { $date } له Kartla څخه چاپ شوې ده. یوازې له لاسلیک وروسته اعتبار لري.
field-error-invalid-month = کال او میاشت ولیکئ، د بېلګې په توګه 2019-04.
field-error-end-before-start = پای له پیل څخه مخکې نه شي کېدای.
experience-label = { $role } ({ $period })
experience-label-place = { $role }، { $place } ({ $period })
answer-experiences = دا ځواب ستاسو په کومو تجربو ولاړ دی؟ (اختیاري)
answer-experiences-none = خپلې د تجربو ټولګې ته تجربې ورزیاتې کړئ، بیا کولی شئ دلته ورته اشاره وکړئ.
answer-draws-on = په دې ولاړ دی: { $list }
answer-evidence = کوم ثبوتونه دا ښيي؟ (اختیاري)
answer-evidence-none = تصدیقنامې، نمرې، جوازونه یا د خپل کار عکسونه پورته کړئ، بیا کولی شئ دلته ورته اشاره وکړئ.
answer-evidence-missing = د دې لپاره هېڅ ثبوت نه لرم (نشته)
answer-evidence-shown = ثبوت:
answer-evidence-missing-shown = ثبوت نشته
evidence-title = ثبوتونه
evidence-lead = تصدیقنامې، نمرې، ډیپلومونه، جوازونه یا د هغه څه عکسونه چې تاسو کړي دي. هر فایل په هغه ترتیب یوه شمېره اخلي چې تاسو یې ورزیاتوئ. فایلونه یوازې تاسو او هغه څوک لیدلی شي چې ستاسو نقشه ګوري.
evidence-none = تاسو لا تر اوسه هېڅ ثبوت نه دی ورزیات کړی.
evidence-label = ضمیمه { $number }: { $title }
evidence-kind-size = { $kind }، { $kb } kB
evidence-belongs-to = په دې پورې اړه لري: { $list }
evidence-open = ضمیمه { $number } پرانیزئ
evidence-delete = ضمیمه { $number } ړنګه کړئ
evidence-added = ضمیمه { $number } ورزیاته شوه.
evidence-add-heading = ثبوت ورزیات کړئ
evidence-title-label = دا څه دی؟ (اختیاري)
evidence-title-hint = د بېلګې په توګه «د فورکلفټ جواز» یا «د لېسې نمرې». تر { $max } تورو پورې. که تش یې پرېږدئ، د فایل نوم کارول کېږي.
evidence-experiences = په کومو تجربو پورې اړه لري؟ (اختیاري)
evidence-file-label = فایل
evidence-file-hint = PDF، JPEG یا PNG، تر { $max } MB پورې. تاسو کولی شئ په خپل موبایل عکس واخلئ.
evidence-upload = پورته یې کړئ
evidence-full = تاسو { $max } ثبوتونه لرئ، څومره چې ساتل کېدای شي. د نورو د ورزیاتولو لپاره یو ړنګ کړئ.
field-error-evidence-no-file = د پورته کولو لپاره یو فایل وټاکئ
field-error-evidence-too-big = فایل ډېر لوی دی – تر 10 MB پورې کېدای شي
field-error-evidence-wrong-type = فایل PDF، JPEG یا PNG نه دی
field-error-evidence-too-many = تاسو مخکې دومره ثبوتونه لرئ څومره چې ساتل کېدای شي
field-error-evidence-title-too-long = تشریح ډېره اوږده ده
evidence-refused-no-file = هېڅ فایل ونه لېږل شو.
evidence-refused-too-big = فایل ډېر لوی دی. تر 10 MB پورې کېدای شي.
evidence-refused-wrong-type = فایل PDF، JPEG یا PNG نه دی.
evidence-refused-too-many = مخکې دومره ثبوتونه شته څومره چې ساتل کېدای شي.
evidence-refused-title-too-long = تشریح ډېره اوږده ده.
catalogue-version-dated = نسخه { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = چا ستاسو معلومات لیدلي دي
seen-by-lead = هر ځل چې له تاسو پرته بل څوک ستاسو یوه نقشه، د هغې د وړتیاوو پروفایل یا ستاسو د ثبوت یو فایل پرانیزي، دلته لیکل کېږي: څوک، په کوم رول، د کومې ادارې لپاره، او کله. هېڅوک نه شي کتلی، پرته له دې چې ولیکل شي.
seen-by-none = بل هېچا ستاسو معلومات نه دي پرانیستي.
seen-by-caption = چا څه پرانیستي دي، تر ټولو نوی لومړی
seen-by-when = کله
seen-by-who = څوک
seen-by-role = رول
seen-by-organisation = اداره
seen-by-what = څه
seen-by-link = چا ستاسو معلومات لیدلي دي
seen-what-mapping = نقشه { $number }
seen-what-profile-pdf = د نقشې { $number } د وړتیاوو پروفایل
seen-what-evidence = د ثبوت یو فایل
seen-what-case = دوسیه { $number }
seen-what-statement = د دوسیې { $number } د ارزونې راپور
role-participant = ګډونوال
role-counsellor = د زده کړې او دندې سلاکار
role-coordinator = د دوسیې مسؤل
role-validator = ارزونکی
role-org-admin = د ادارې مدیر
role-installation-admin = د سیستم مدیر

# The person's own account
nav-account = ستاسو حساب
account-title = ستاسو حساب
account-who = د { $name } ({ $email }) په نوم ننوتلي یاست.
account-home-submit = د اوسېدو ښاروالۍ خوندي کړئ
account-home-saved = ستاسو د اوسېدو ښاروالۍ خوندي شوه.
account-password-title = پټنوم بدل کړئ
account-password-submit = پټنوم بدل کړئ
account-password-saved = ستاسو پټنوم بدل شو. تاسو په خپلو نورو وسیلو کې له حسابه وویستل شوئ.
account-everywhere-title = له هر ځایه ووځئ
account-everywhere-lead = دا ستاسو ټول ننوتل پای ته رسوي، په ټولو موبایلونو او کمپیوټرونو کې، په دې یو کې هم. دا هغه وخت وکاروئ چې یوه وسیله مو ورکه کړې وي، یا مو په یوه ګډ کمپیوټر کې ننوتي یاست.
account-everywhere-submit = له هر ځایه ووځئ
field-current = اوسنی پټنوم
field-new = نوی پټنوم
field-error-wrong-password = سم نه دی

# Organisations and people (administration)
nav-admin-people = ادارې او کسان
people-title = ادارې او کسان
people-lead = هغه رولونه چې کسان یې ستاسو په ادارو کې لري. کله چې یو رول پای ته ورسوئ، هغه څه چې دې رول ورکړي وو، سمدستي اخیستل کېږي؛ کس خپل حساب او نور رولونه ساتي.
people-none = دلته لا تر اوسه هېڅوک رول نه لري.
people-caption = په { $org } کې رولونه
people-col-name = نوم
people-col-email = برېښنالیک پته
people-col-role = رول
people-end = د { $name } لپاره { $role } پای ته ورسوئ
people-ended = رول پای ته ورسېد.
people-add-org = یوه اداره ورزیاته کړئ
people-add-org-submit = اداره ورزیاته کړئ
people-org-added = اداره ورزیاته شوه.
org-kind-region = د سیمې دفتر
org-kind-municipality = ښاروالۍ
org-kind-provider = د زده کړې برابروونکې اداره
org-code-hint = یو لنډ کوډ: توري A–Z، شمېرې او ډشونه، لکه LULEA یا NORD-VAL.
field-org-kind = د ادارې ډول
field-org-code = کوډ
field-org-name = نوم
field-org-email = د اړیکې برېښنالیک پته
field-org-phone = د اړیکې ټیلیفون
field-error-bad-org-code = باید له 2 تر 24 پورې توري A–Z، شمېرې یا ډشونه وي، او په یوه توري پیل شي
field-error-region-exists = دا سیستم مخکې خپله سیمه لري

# Invitations
invite-heading = یو څوک راوبولئ
invite-explain = کس یو لینک ترلاسه کوي چې یو ځل، د اوو ورځو لپاره کار کوي. په هغه سره رول مني: که حساب ولري، په خپل حساب کې له ننوتلو وروسته، او که نه، په دې برېښنالیک پته د نوي حساب په جوړولو.
field-invite-organisation = اداره
field-invite-role = رول
field-error-role-misfit = د دې ډول ادارې سره سمون نه خوري
invite-submit = بلنه ولېږئ
invite-sent = بلنه په برېښنالیک ولېږل شوه.
invite-pass-on = دا سیستم برېښنالیک نه لېږي. دا لینک پخپله کس ته ورکړئ، داسې چې یوازې هغه یې ولوستلی شي. لینک یو ځل، د اوو ورځو لپاره کار کوي؛ دا پاڼه یې یوازې پنځه دقیقې ښيي.
invite-not-sent = برېښنالیک ونه لېږل شو. دا لینک پخپله کس ته ورکړئ، داسې چې یوازې هغه یې ولوستلی شي. لینک یو ځل، د اوو ورځو لپاره کار کوي؛ دا پاڼه یې یوازې پنځه دقیقې ښيي.
invite-withdrawn = بلنه بېرته واخیستل شوه. د هغې لینک نور کار نه کوي.
invite-pending-caption = په { $org } کې هغه بلنې چې لا نه دي منل شوې
invite-col-expires = تر دې نېټې کار کوي
invite-withdraw = { $email } ته بلنه بېرته واخلئ
invite-title = بلنه
invite-lead = تاسو په { $org } کې د { $role } رول ته رابلل شوي یاست. بلنه د { $email } لپاره ده.
invite-accept = بلنه ومنئ
invite-new-account = خپل حساب جوړ کړئ
invite-other-person = تاسو د { $me } په نوم ننوتلي یاست، خو بلنه د { $email } لپاره ده. ووځئ، بیا لینک بیا پرانیزئ.
invite-sign-in-first = د { $email } لپاره یو حساب شته. په هغه کې ننوځئ، بیا به دلته راوګرځئ چې بلنه ومنئ.
invite-gone-title = دا بلنه نور کار نه کوي
invite-gone-text = یا کارول شوې، یا یې اووه ورځې تېرې شوې، یا بېرته اخیستل شوې. له هغه چا چې تاسو یې رابللي یاست، نوې بلنه وغواړئ.
error-conflict-invitation-gone = دا بلنه نور کار نه کوي: یا کارول شوې، یا یې وخت تېر شوی، یا بېرته اخیستل شوې. له هغه چا چې تاسو یې رابللي یاست، نوې بلنه وغواړئ.
error-conflict-invitation-other-person = بلنه د بلې برېښنالیک پتې لپاره ده، نه د هغه حساب لپاره چې تاسو پکې ننوتلي یاست. ووځئ، بیا لینک بیا پرانیزئ.
error-conflict-invitation-sign-in = په رابلل شوې برېښنالیک پته مخکې یو حساب شته. په هغه کې ننوځئ، بیا لینک بیا پرانیزئ.
mail-invite-subject = په Kartla کې { $org } ته بلنه
mail-invite-body =
    سلام،

    { $inviter } تاسو په Kartla کې په { $org } کې د { $role } رول ته رابولي.

    د منلو لپاره دا لینک پرانیزئ:
    { $link }

    لینک یو ځل، د { $days } { $days ->
        [one] ورځې
       *[other] ورځو
    } لپاره کار کوي. که تاسو د دې بلنې تمه نه لرله، دا برېښنالیک په پام کې مه نیسئ.

# Forgotten password
sign-in-forgot = پټنوم مو هېر شوی؟
forgot-title = پټنوم مو هېر شوی
forgot-lead = د خپل حساب برېښنالیک پته ولیکئ. موږ هغې ته یو لینک لېږو چې په هغه سره نوی پټنوم وټاکئ.
forgot-submit = لینک ولېږئ
forgot-asked = که په دې پته کوم حساب وي، یو لینک ورته په لاره دی. لینک یو ځل، د یوه ساعت لپاره کار کوي. خپل سپم (spam) فولډر هم وګورئ.
forgot-no-mail = دا سیستم برېښنالیک نه لېږي، نو تاسو ته لینک نه شي لېږل کېدای. که د سیمې په یوه اداره کې کار کوئ، د هغې له مدیر څخه لینک وغواړئ؛ که نه، له هغو کسانو وپوښتئ چې ستاسو په ښاروالۍ کې Kartla چلوي.
reset-title = نوی پټنوم وټاکئ
reset-submit = نوی پټنوم خوندي کړئ
reset-done = ستاسو نوی پټنوم خوندي شو، او تاسو له هر ځایه وویستل شوئ. په نوي پټنوم ننوځئ.
reset-gone-title = دا لینک نور کار نه کوي
reset-gone-text = یا کارول شوی، یا یې یو ساعت تېر شوی. د ننوتلو په پاڼه کې نوی لینک وغواړئ.
error-conflict-password-link-gone = دا لینک نور کار نه کوي: یا کارول شوی، یا یې وخت تېر شوی. د ننوتلو په پاڼه کې نوی لینک وغواړئ.
mail-reset-subject = د Kartla لپاره نوی پټنوم وټاکئ
mail-reset-body =
    سلام،

    یو چا غوښتي چې ستاسو د Kartla حساب لپاره نوی پټنوم وټاکي. د نوي پټنوم د ټاکلو لپاره دا لینک پرانیزئ:
    { $link }

    لینک یو ځل، د { $minutes } { $minutes ->
        [one] دقیقې
       *[other] دقیقو
    } لپاره کار کوي. که دا غوښتنه تاسو نه وه کړې، دا برېښنالیک په پام کې مه نیسئ: ستاسو پټنوم هماغه شان پاتې کېږي.

# The administrators' search of the access log
audit-title = چا د چا معلومات لیدلي دي
audit-lead = د یوه کس د برېښنالیک پتې له مخې هر هغه ځل ولټوئ چې یو چا د هغه نقشې، پروفایلونه یا ثبوتونه پرانیستي دي. تاسو هغه څه وینئ چې ستاسو د ادارو کسانو پرانیستي دي؛ د سیستم مدیران هر څه ویني. ستاسو لټون هغه کس ته نه ښودل کېږي.
audit-person = د کس برېښنالیک پته
audit-search = ولټوئ
audit-unknown = په دې برېښنالیک پته هېڅ حساب نشته.
audit-none = له هغو کسانو چې تاسو یې لیدلی شئ، هېچا د دې کس معلومات نه دي پرانیستي.
audit-caption = چا د { $email } معلومات پرانیستي دي، تر ټولو نوی لومړی
people-edit-org = د { $org } معلومات بدل کړئ
people-edit-org-submit = معلومات خوندي کړئ
people-org-changed = د ادارې معلومات خوندي شول.
people-serves = هغه ښاروالۍ چې دا اداره یې لپاره ارزونه کوي
people-serves-hint = د دې ادارې ارزونکي د هغو کسانو سپارل شوې نقشې ویني چې په هغو ښاروالیو کې اوسېږي چې دلته نښه شوې دي.
people-new-role = د { $name } لپاره نوی رول
people-change = د { $name } رول بدل کړئ
people-role-changed = رول بدل شو.
reset-link-heading = د بل چا لپاره نوی پټنوم
reset-link-explain = کله چې ستاسو په اداره کې یو کارکوونکی ننوتلی نه شي او دا سیستم برېښنالیک نه لېږي، یو لینک جوړ کړئ چې هغه پرې نوی پټنوم وټاکي. لینک یو ځل، د یوه ساعت لپاره کار کوي؛ داسې یې ورکړئ چې یوازې هغه یې ولوستلی شي. د ګډونوالو حسابونه د هغوی خپل فایلونه پرانیزي، نو هېڅ مدیر د هغوی لپاره لینک نه جوړوي.
reset-link-email = د هغه برېښنالیک پته
reset-link-submit = لینک جوړ کړئ
reset-link-pass-on = دا لینک کس ته ورکړئ، داسې چې یوازې هغه یې ولوستلی شي. لینک یو ځل، د یوه ساعت لپاره کار کوي؛ دا پاڼه یې یوازې پنځه دقیقې ښيي.
field-error-not-your-person = د داسې چا پته نه ده چې یوازې ستاسو په ادارو کې کار کوي
field-error-control-characters = باید نوې کرښې یا نورې کنټرولي نښې ونه لري

## Cases: coordinators and validators
nav-cases = دوسیې
cases-title = دوسیې
cases-organisation = ستاسو د ادارې دوسیې، هغه چې تر ټولو ډېر یې انتظار کړی، لومړی
cases-assigned = هغه دوسیې چې تاسو ته درسپارل شوې دي
cases-none = اوس هېڅ دوسیه نشته.
cases-none-assigned = اوس تاسو ته هېڅ دوسیه نه ده درسپارل شوې.
cases-col-person = کس
cases-col-framework = کورس یا مسلک
cases-col-state = پړاو
cases-col-waited = انتظار
cases-col-validator = ارزونکی
cases-days = { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
}
cases-overdue = له { $date } راهیسې ځنډېدلې
back-to-cases = بېرته دوسیو ته
case-title = دوسیه { $id }: { $person }
case-state-new = نوې
case-state-checking = کتل کېږي
case-state-returned = د بشپړونې په انتظار
case-state-assigned = د ارزونکي سره
case-state-concluded = پای ته رسېدلې
case-state = پړاو
case-organisation = مسؤله اداره
case-validator = ارزونکی
case-no-validator = لا هېڅوک نه
case-handed-in = سپارل شوې
case-waited = په دې پړاو کې انتظار
case-deadline = د بشپړونې وروستۍ ورځ
case-late = ځنډېدلې
case-actions = اوس څه کولی شئ
case-take = د دوسیې کتل پیل کړئ
case-assign = ورسپارئ
field-validator = ارزونکی
case-validator-hint = یوازې هغه ارزونکي ټاکل کېدای شي چې د دې کورس یا مسلک لپاره په لړلیک کې راغلي دي.
case-choose-validator = ارزونکی وټاکئ
case-no-validators = ستاسو په اداره کې هېڅ ارزونکی د دې لپاره په لړلیک کې نشته. یو مدیر یې ورزیاتولی شي.
case-hand-back = دوسیه بېرته د دوسیې مسؤل ته وسپارئ
case-hand-back-hint = ولیکئ ولې، د بېلګې په توګه دا چې دوسیه د داسې مضمون په اړه ده چې تاسو یې نه ارزوئ.
case-hand-back-submit = بېرته یې وسپارئ
field-reason = دلیل
case-saved-take = اوس تاسو دوسیه ګورئ.
case-saved-assign = دوسیه ارزونکي ته ورسپارل شوه.
case-saved-sent = د بشپړونو لیست ولېږل شو. کس یې په خپله عمومي کتنه کې ویني.
case-saved-concluded = دوسیه پای ته ورسېده. د ارزونې راپور ډاونلوډ کېدای شي.
case-saved-handed-back = دوسیه بېرته د دوسیې مسؤل ته وسپارل شوه.
case-versions = سپارل شوې نسخې
case-version = نسخه { $number }، { $date }
case-profile-pdf = د دې نسخې د وړتیاوو پروفایل (PDF)
case-own-rating = د کس خپله ځان ارزونه
case-judgement = د ارزونکي ارزونه
change-heading = له نسخې { $number } راهیسې بدلونونه
change-none = په ځوابونو کې هېڅ نه دي بدل شوي.
change-rating = ځان ارزونه: { $before } ← { $after }
change-text = تشریح بدله شوې ده
change-evidence = نوې ضمیمې: { $numbers }
change-experiences = اوس په نورو تجربو هم ولاړ دی
change-missing = دا بدل شو چې ثبوت شته که نه
change-goal = هدف بدل شوی دی.
change-new-evidence = په لیست کې نوې ضمیمې: { $numbers }
change-portfolio = د تجربو ټولګې ته تجربې ورزیاتې یا پکې بدلې شوې.
verdict-met = پوره شوی
verdict-partly-met = تر یوه حده پوره شوی
verdict-not-met = نه دی پوره شوی
verdict-not-yet = لا نه شي ارزول کېدای
method-documents = اسناد
method-interview = مرکه
method-practical-test = عملي ازموینه
method-theoretical-test = نظري ازموینه
method-workplace-observation = په کارځای کې کتنه
field-verdict = ارزونه
field-methods = طریقې
field-judgement = ارزونه
judgement-methods-hint = نښه کړئ چې څنګه مو دې ارزونې ته ورسېدئ.
judgement-none = لا نه دی ارزول شوی.
judgement-by = { $name }، { $date }
judgement-methods = طریقې: { $methods }
judgement-reason = د بدلون دلیل: { $reason }
judgement-history = پخوانۍ ارزونې ({ $count })
judgement-form = { $code } وارزوئ
judgement-save = ارزونه خوندي کړئ
judgement-change = ارزونه بدله کړئ
judgement-reason-hint = دوسیه پای ته رسېدلې ده. بدله شوې ارزونه دلیل ته اړتیا لري، او پخوانۍ ارزونه په تاریخچه کې پاتې کېږي.
additions-heading = بشپړونې
additions-building = د بشپړونو نوی لیست
additions-building-hint = یو وار یو شی ورزیات کړئ: څه کم دي، چېرته پورې اړه لري او په کومه بڼه. کله چې لیست چمتو شو، د وروستۍ ورځې سره یې ولېږئ.
additions-choose-target = وټاکئ چې د څه په اړه دی
field-target = د څه په اړه
field-missing = څه کم دي
additions-missing-hint = روښانه ولیکئ، د بېلګې په توګه «د دندې تصدیقنامه چې په Lager AB کې دندې وښيي».
field-form = په کومه بڼه
additions-form-hint = د بېلګې په توګه «PDF یا عکس، په سویډني یا ژباړل شوی».
additions-add = لیست ته یې ورزیات کړئ
additions-remove = لرې کړئ
field-deadline = وروستۍ ورځ
additions-deadline-hint = کس نېټه په لیست کې ویني.
additions-send = لیست کس ته ولېږئ
additions-sent-by = د { $name } له خوا غوښتل شوی، وروستۍ ورځ { $deadline }
additions-answered = کس په { $date } بیا وسپارله
additions-form-shown = بڼه: { $form }
additions-item-done = د کس په وینا بشپړ دی
additions-item-open = لا بشپړ نه دی
additions-mark-done = د بشپړ په توګه یې نښه کړئ
additions-mark-not-done = د نابشپړ په توګه یې نښه کړئ
additions-asked = هغه څه چې باید ورزیات یې کړئ
additions-asked-hint = بدلونونه په نقشه، د تجربو په ټولګه یا په ثبوتونو کې وکړئ. هر شی د بشپړ په توګه نښه کړئ، بیا نقشه بیا وسپارئ.
target-case = ټوله دوسیه
target-criterion = معیار { $criterion }
target-experience = تجربه: { $experience }
target-evidence = { $evidence }
conclude-heading = دوسیه پای ته ورسوئ
conclude-not-judged = { $count ->
    [one] یو معیار لا نه دی ارزول شوی: { $codes }. هغه وارزوئ، یا «لا نه شي ارزول کېدای» وټاکئ.
   *[other] { $count } معیارونه لا نه دي ارزول شوي: { $codes }. هغه وارزوئ، یا «لا نه شي ارزول کېدای» وټاکئ.
}
conclude-outcome = د { $framework } پایله
outcome-fully-met = بشپړ پوره شوی
outcome-partly-met = تر یوه حده پوره شوی
outcome-not-met = نه دی پوره شوی
field-outcome = پایله
field-statement = ټولیز راپور
conclude-statement-hint = کس راپور لولي او د ښوونځي مدیر، کارګمارونکي یا راتلونکي کورس ته یې وړي.
field-next-steps = سپارښتل شوي راتلونکي ګامونه
next-step-top-up-course = بشپړوونکی کورس
next-step-exam = د نمرې لپاره ازموینه (prövning)
next-step-workplace-assessment = په کارځای کې ارزونه
next-step-guidance = د زده کړې او دندې له سلاکار سره خبرې
field-next-steps-text = راتلونکي ګامونه، ستاسو په خبرو
conclude-submit = دوسیه د راپور سره پای ته ورسوئ
conclusion-heading = د ارزونې راپور
conclusion-by = د { $name } له خوا په { $date } پای ته ورسېده
conclusion-remaining = پاتې: { $codes }
conclusion-statement = ټولیز راپور
conclusion-next-steps = سپارښتل شوي راتلونکي ګامونه
conclusion-download = د ارزونې راپور ډاونلوډ کړئ (PDF)
case-event-handed-in = { $name } نسخه { $detail } وسپارله
case-event-taken = { $name } د دوسیې کتل پیل کړل
case-event-assigned = { $name } دوسیه { $detail } ته ورسپارله
case-event-handed-back = { $name } دوسیه بېرته وسپارله: { $detail }
case-event-returned = { $name } بشپړونه وغوښته، وروستۍ ورځ { $detail }
case-event-judged = { $name } { $detail } وارزاوه
case-event-rejudged = { $name } د { $detail } ارزونه بدله کړه
case-event-item-done = { $name } د بشپړ په توګه نښه کړ: { $detail }
case-event-item-reopened = { $name } د نابشپړ په توګه نښه کړ: { $detail }
case-event-outcome-changed = د ارزونې د بدلون سره پایله هم بدله شوه: { $detail }
case-event-concluded = { $name } دوسیه د ارزونې د راپور سره پای ته ورسوله
case-panel-heading = ستاسو دوسیه
case-panel-whole = ټوله دوسیه او هر هغه څه وګورئ چې پکې پېښ شوي دي
case-explainer-checking = { $organisation } ګوري چې هر څه پکې شته که نه.
case-explainer-assigned = په { $organisation } کې یو ارزونکی اوس نقشه معیار په معیار ارزوي.
case-explainer-returned = { $organisation } غواړي چې تاسو یې بشپړه کړئ. لاندې لیست وګورئ.
case-explainer-concluded = { $organisation } ارزونه پای ته ورسوله. د ارزونې راپور لاندې دی.
hand-in-goes-to = نقشه { $organisation } ته ځي.
hand-in-no-home = مخکې له سپارلو باید خپله د اوسېدو ښاروالۍ وټاکئ. دا کار د «ستاسو حساب» په پاڼه کې وکړئ.
field-provider = څوک دې یې وارزوي
hand-in-choose-hint = څو ادارې دا مسلک ارزوي. یوه یې وټاکئ.
error-conflict-case-moved = بل چا مخکې دوسیه بدله کړې ده. پاڼه دوسیه هماغسې ښيي لکه اوس چې ده.
error-conflict-no-home = مخکې له سپارلو باید خپله د اوسېدو ښاروالۍ وټاکئ.
field-error-not-listed = د دې کورس یا مسلک لپاره په لړلیک کې نشته
field-error-does-not-fit = د معیارونو له ارزونو سره سمون نه خوري
field-error-in-past = باید د نن ورځې وروسته نېټه وي
field-error-too-far = تر یوه کال زیات وړاندې نه شي کېدای
field-error-no-items = لیست لا هېڅ شی نه لري
field-error-too-many = لیست تر 30 شیانو زیات نه شي لرلی
field-error-invalid = له انتخابونو څخه یو نه دی
field-error-invalid-characters = داسې نښې لري چې نه شي خوندي کېدای
mail-additions-subject = Kartla: مهرباني وکړئ خپله نقشه بشپړه کړئ
mail-additions-body = سلام { $name }،

    هغه څوک چې ستاسو نقشه ارزوي، غواړي چې تاسو یې بشپړه کړئ. د اړینو شیانو لیست او وروستۍ ورځ دلته دي:

    { $link }

    په درناوي،
    Kartla
mail-concluded-subject = Kartla: ستاسو د نقشې ارزونه پای ته ورسېده
mail-concluded-body = سلام { $name }،

    ستاسو د نقشې ارزونه پای ته ورسېده. د ارزونې راپور دلته لوستلی او ډاونلوډ کولی شئ:

    { $link }

    په درناوي،
    Kartla

## The statement (PDF)
file-name-statement = د-ارزونې-راپور-{ $number }
verify-document = سند
statement-title = د ارزونې راپور
statement-lead = د پوهې او وړتیا ارزونه (د وړتیاوو رسمي تایید)، معیار په معیار.
statement-organisation = صادروونکې اداره
statement-contact = اړیکه
statement-case = دوسیه
statement-version = هغه سپارل شوې نسخه چې وارزول شوه
statement-issued = نېټه
statement-assessor = ارزونکی
statement-verify-where = وګورئ چې دا راپور رښتینی دی، په دې پته:
statement-outcome = پایله
statement-signatures = لاسلیکونه
statement-assessed-by = د { $name } له خوا ارزول شوی.
statement-principal = مسؤل مدیر یا آمر:
statement-signature = لاسلیک:
statement-name-clarified = نوم په روښانه لیک:
statement-signed-date = ځای او نېټه:

## The directory: who assesses what
nav-directory = څوک څه ارزوي
directory-title = څوک څه ارزوي
directory-lead = د سیمې ادارې او هغه کسان چې کورسونه او مسلکونه ارزوي. یوازې هغه کسان ښودل کېږي چې پخپله یې د ښودلو غوښتنه کړې ده.
directory-q = کورس یا مسلک
directory-q-hint = د نوم یا کوډ یوه برخه ولیکئ، د بېلګې په توګه «lager» (ګودام) یا «DEMO-KOCK1».
directory-municipality = ښاروالۍ
directory-any-municipality = ټولې ښاروالۍ
directory-search = ولټوئ
directory-none = په لړلیک کې هېڅوک له دې لټون سره سمون نه خوري.
directory-serves = د دې ځایونو لپاره ارزونه کوي: { $list }
directory-serves-all = د ټولې سیمې لپاره ارزونه کوي
directory-assesses = ارزوي
directory-languages = ژبې
directory-methods = طریقې
directory-contact = اړیکه
admin-directory-title = د «څوک څه ارزوي» لړلیک
admin-directory-lead = ولیکئ چې ستاسو د ادارې هر کس څه ارزوي، په کومو ژبو خبرې کوي او کومې طریقې کاروي. دوسیې یوازې هغو ارزونکو ته ورسپارل کېدای شي چې د هغه کورس یا مسلک لپاره په لړلیک کې راغلي وي. هر کس پخپله د خپل حساب په پاڼه کې ټاکي چې په عامه توګه دې وښودل شي که نه.
admin-directory-none = ستاسو په ادارو کې هېڅوک ارزونه یا لارښوونه نه کوي.
admin-directory-saved = لړلیک خوندي شو.
admin-directory-listed = په عامه لړلیک کې ښودل کېږي.
admin-directory-not-listed = په عامه توګه نه ښودل کېږي (کس دا نه دی ټاکلی).
admin-directory-languages-hint = د ژبو کوډونه، د کامې په واسطه جلا، د بېلګې په توګه «sv, ar, ti».
admin-directory-save = خوندي کړئ
field-languages = ژبې
account-listing-title = د «څوک څه ارزوي» لړلیک
account-listing-lead = تاسو د خپلې ادارې لپاره په لړلیک کې یاست. وټاکئ چې په عامه توګه وښودل شئ که نه، او د اړیکې کوم معلومات دې وښودل شي.
account-listing-show = ما په عامه لړلیک کې وښیئ
account-listing-email = ښودل کېدونکی برېښنالیک (اختیاري)
account-listing-phone = ښودل کېدونکی ټیلیفون (اختیاري)
account-listing-save = خوندي کړئ
account-listing-saved = د لړلیک لپاره ستاسو انتخاب خوندي شو.
field-error-bad-language-tags = د ژبو کوډونه د کامې په واسطه جلا ولیکئ، د بېلګې په توګه sv, ar, ti (تر 12 پورې)

## What you master and what remains
gaps-heading = هغه څه چې مخکې یې زده لرئ او هغه چې پاتې دي
gaps-counts = { $total ->
    [one] له { $total } معیار څخه تاسو { $masters } ښه زده لرئ، او { $partly } تر یوه حده.
   *[other] له { $total } معیارونو څخه تاسو { $masters } ښه زده لرئ، او { $partly } تر یوه حده.
}
gaps-verdict = تر اوسه داسې ښکاري:
gaps-remaining = پاتې: { $codes }
gaps-source-self = ستاسو په خپلو ځوابونو ولاړ دی.
gaps-source-judged = { $total ->
    [one] له { $total } معیار څخه { $judged } د ارزونکي په ارزونه ولاړ دی، پاتې نور ستاسو په خپلو ځوابونو.
   *[other] له { $total } معیارونو څخه { $judged } د ارزونکي په ارزونه ولاړ دي، پاتې نور ستاسو په خپلو ځوابونو.
}
gaps-elsewhere = هغه څه چې زده یې لرئ، دلته هم حسابېږي
gaps-elsewhere-hint = هغه کورسونه او مسلکونه چې معیارونه یې د هماغه پوهې په اړه دي چې تاسو یې لرئ.
gaps-covers = { $total ->
    [one] ستاسو ځوابونه له { $total } معیار څخه { $covered } پوښي
   *[other] ستاسو ځوابونه له { $total } معیارونو څخه { $covered } پوښي
}

## The Swedish original
originals-show = د هر معیار لاندې سویډني اصلي متن وښیئ
originals-hide = سویډني اصلي متن پټ کړئ
original-label = په سویډني:

## Sharing with a study and career counsellor
nav-caseload = زما ګډونوال
caseload-title = زما ګډونوال
caseload-lead = هغه نقشې چې ګډونوال یې له تاسو سره شریکوي. هغه څه چې تاسو یې پرانیزئ، د هغوی په هغه لیست کې ښکاري چې چا یې معلومات لیدلي دي.
caseload-none = لا هېڅوک له تاسو سره څه نه شریکوي.
caseload-all = خپلې ټولې نقشې شریکوي
caseload-one = دا نقشه شریکوي
caseload-since = له { $date } راهیسې
sharing-title = د زده کړې او دندې له سلاکار سره شریکول
sharing-lead = تاسو کولی شئ ستاسو په ښاروالۍ کې یوه سلاکار ته اجازه ورکړئ چې د خبرو مخکې یوه نقشه، یا ستاسو ټولې نقشې، ولولي. هر وخت چې وغواړئ، شریکول بندولی شئ.
sharing-none = اوس تاسو هېڅ نه شریکوئ.
sharing-everything = زما ټولې نقشې
sharing-line = { $counsellor } دا لوستلی شي: { $what }
sharing-withdraw = شریکول بند کړئ
sharing-submit = شریک یې کړئ
sharing-saved = اوس تاسو له سلاکار سره شریکوئ.
sharing-withdrawn = تاسو نور هغه نه شریکوئ.
field-counsellor = سلاکار
field-mapping = څه شریکول غواړئ

## Guidance sessions
session-start = د لارښوونې ناسته پیل کړئ
session-title = له { $person } سره د لارښوونې ناسته
session-heading = د لارښوونې ناسته
session-with-person = له { $name } سره
session-with-counsellor = ستاسو د زده کړې او دندې له سلاکار { $name } سره
session-code-intro = د ګډون کوډ:
session-other-here = { $name } دې برخې ته ګوري.
session-other-at = { $name } برخې { $n } ته ګوري.
session-other-away = { $name } لا نه دی ورګډ شوی.
session-follow = تاسو هم هلته لاړ شئ
session-section = برخه { $n }
session-sections = برخې
session-save = خوندي کړئ
session-ended = دا ناسته پای ته رسېدلې ده. هغه څه چې لیکل شوي، پاتې دي؛ نور پکې څه نه شي لیکل کېدای.
session-direct-on = سلاکار ته اجازه ورکړئ چې زما په ځوابونو کې ولیکي
session-direct-off = سلاکار ته نوره اجازه مه ورکوئ چې زما په ځوابونو کې ولیکي
session-direct-is-on = سلاکار د دې ناستې په وخت کې ستاسو په ځوابونو کې لیکلی شي.
session-direct-is-off = د سلاکار بدلونونه د وړاندیز په توګه راځي، چې تاسو یې منئ یا یې ردوئ.
session-trail = په دې ناسته کې څه پېښ شول
session-end = ناسته پای ته ورسوئ
sessions-back = د لارښوونې ټولې ناستې
sessions-title = د لارښوونې ناستې
sessions-none = هېڅ د لارښوونې ناسته خلاصه نه ده.
sessions-with = له { $name } سره
sessions-since = پیل: { $time }
sessions-join = په کوډ سره ورګډ شئ
sessions-join-hint = ستاسو سلاکار تاسو ته شپږ توري او شمېرې درکوي، د بېلګې په توګه K7M-Q2X.
sessions-join-button = ورګډ شئ
field-code = کوډ
field-error-no-such-session = هېڅ خلاصه ناسته دا کوډ نه لري – له خپل سلاکار سره یې وګورئ
proposal-heading = وړاندیز شوی بدلون
proposal-by = { $name } وړاندیز کوي:
proposal-make = یو بدلون وړاندیز کړئ
proposal-send = وړاندیز ولېږئ
proposal-accept = ومنئ
proposal-reject = رد یې کړئ
notes-heading = یادښتونه
notes-open = تاسو هر هغه یادښت لوستلی شئ چې ستاسو په اړه لیکل کېږي.
note-label = نوی یادښت
note-hint = کس هر یادښت لولي.
note-add = یادښت ورزیات کړئ
field-note = یادښت
error-conflict-session-ended = د لارښوونې ناسته پای ته رسېدلې ده.
error-conflict-proposal-decided = دا وړاندیز مخکې منل شوی، رد شوی یا بدل شوی دی.
session-event-started = ناسته یې پیل کړه
session-event-joined = ورګډ شو
session-event-wrote = په معیار { $criterion } کې یې ولیکل
session-event-proposed = په معیار { $criterion } کې یې بدلون وړاندیز کړ
session-event-accepted = د معیار { $criterion } وړاندیز یې ومانه
session-event-rejected = د معیار { $criterion } وړاندیز یې رد کړ
session-event-direct-on = سلاکار ته یې د لیکلو اجازه ورکړه
session-event-direct-off = سلاکار ته یې د لیکلو اجازه بنده کړه
session-event-noted = یو یادښت یې ولیکه
session-event-ended = ناسته یې پای ته ورسوله

## Individual study plan
plan-title = د { $person } لپاره د زده کړې انفرادي پلان
plan-saved = د زده کړې پلان خوندي شو.
plan-pdf = د زده کړې پلان ډاونلوډ کړئ (PDF)
plan-link = د زده کړې انفرادي پلان
plan-field-goal = د زده کړې هدف
plan-goal-hint = زده کړه باید څه ته ورسوي، د کس په خپلو خبرو.
plan-field-pace = د زده کړې سرعت
plan-pace-value = { $percent } سلنه
plan-field-start = پیل
plan-start-hint = هغه ورځ چې زده کړه پیلېږي، په دې بڼه: 2027-01-15 (کال-میاشت-ورځ).
plan-field-course = کورس
plan-field-points = پوائنټونه
plan-field-courses = کورسونه
plan-courses = پلان شوي کورسونه
plan-no-courses = لا هېڅ کورس نه دی پلان شوی.
plan-course = کورس
plan-points = پوائنټونه
plan-points-of = د { $course } پوائنټونه
plan-change = بدل کړئ
plan-remove = لرې یې کړئ
plan-total = ټول پوائنټونه: { $points }.
plan-suggested = د کمښتونو د تحلیل وړاندیزونه
plan-suggested-hint = د دې نقشې هغه کورسونه چې ځوابونه (یا د ارزونکي ارزونې) یې لا بشپړ نه پوښي. هغه نښه کړئ چې پلان یې کول غواړئ.
plan-add = له کتلاګ څخه یو کورس ورزیات کړئ
plan-add-none = هېڅ کورس نه
plan-save = د زده کړې پلان خوندي کړئ
plan-history = بدلونونه
plan-change-goal = هدف یې بدل کړ
plan-change-pace = سرعت یې { $value } سلنې ته واړاوه
plan-change-start = پیل یې { $value } ته واړاوه
plan-change-added = { $value } یې ورزیات کړ
plan-change-removed = { $value } یې لرې کړ
plan-change-points = د { $value } پوائنټونه یې بدل کړل
plan-change-order = د کورسونو ترتیب یې بدل کړ
field-error-invalid-date = نېټه داسې ولیکئ: 2027-01-15 (کال-میاشت-ورځ)
field-error-invalid-points = پوائنټونه د یوې شمېرې په توګه له 1 تر 2500 پورې ولیکئ
plan-pdf-no-goal = لا هېڅ هدف نه دی لیکل شوی.
plan-pdf-signatures = په ګډه جوړ شوی
plan-pdf-sign-person = کس:
plan-pdf-sign-counsellor = د زده کړې او دندې سلاکار:
plan-pdf-made = په { $date } له Kartla څخه چاپ شوی.
file-name-study-plan = د-زده-کړې-پلان-{ $number }
guidance-heading = لارښوونه
guidance-session-open = { $name } د دې نقشې په اړه د لارښوونې یوه خلاصه ناسته لري.
guidance-join = ناستې ته ورګډ شئ
caseload-people = له تاسو سره شریک شوي
connect-invite-heading = یو ګډونوال راوبولئ
connect-invite-lead = یو کوډ جوړ کړئ او کس ته یې ورکړئ. کله چې هغه دا کوډ د خپل حساب په پاڼه کې ولیکي، هر څه چې هغه نقشه کوي، له تاسو سره شریکېږي. کوډ یو ځل، د یوې اونۍ لپاره کار کوي.
connect-invite-until = تر { $date } پورې کار کوي
connect-invite-make = کوډ جوړ کړئ
connect-heading = د خپل سلاکار په کوډ سره وصل شئ
connect-hint = شپږ توري او شمېرې، د بېلګې په توګه K7M-Q2X. بیا هر څه چې تاسو نقشه کوئ، له هغه سلاکار سره شریکېږي؛ هر وخت چې وغواړئ، شریکول بندولی شئ.
field-connect-code = ستاسو د سلاکار کوډ
connect-submit = وصل شئ
field-error-no-such-invitation = هېڅ خلاصه بلنه دا کوډ نه لري – کېدای شي کارول شوی وي یا یې وخت تېر شوی وي
field-error-not-your-counsellor = دا سلاکار ستاسو د ښاروالۍ لپاره سلاکار نه دی
pdf-gaps-self = د کس د خپلو ځوابونو پر بنسټ.
pdf-gaps-judged = { $count ->
    [one] په { $count } معیار کې د کس د ځواب پر ځای د ارزونکي ارزونه حسابېږي.
   *[other] په { $count } معیارونو کې د کس د ځواب پر ځای د ارزونکي ارزونه حسابېږي.
}
pdf-gaps-counts = زده لري: { $masters } · تر یوه حده: { $partly } · پاتې: { $remaining }
pdf-gaps-verdict = داسې ښکاري
pdf-gaps-remaining = پاتې
pdf-gaps-heading = د کمښتونو تحلیل

## Follow-up (statistics)
nav-stats = څارنه
stats-title = څارنه
stats-lead = څومره کسان خپلې وړتیاوې نقشه کوي، هر پړاو څومره وخت نیسي او پایله یې څه ده – خو هېڅکله د یوه ځانګړي کس په اړه نه. که د کسانو شمېر له { $n } څخه کم وي، «له { $n } کم» ښودل کېږي، او هغه شمېره چې له نورو شمېرو څخه حسابېدای شي هم پټېږي.
stats-org = د کومې ادارې شمېرې
stats-from = له میاشتې
stats-to = تر میاشتې (هغه میاشت هم شامله ده)
stats-by = د وېش بنسټ
stats-show = وښایئ
stats-whose-region = ټوله سیمه: { $name }.
stats-whose-own = { $name } او د ټولې سیمې مجموعې.
stats-period = بشپړې میاشتې: { $from } – { $to }.
stats-download-csv = د CSV په بڼه ډاونلوډ کړئ
stats-download-pdf = راپور د PDF په بڼه ډاونلوډ کړئ
stats-fewer-than = له { $n } کم
stats-hidden = پټ
stats-no-municipality = د اوسېدو ښاروالۍ نه ده ټاکل شوې
stats-no-provider = پخپله ښاروالۍ
stats-chart-caption = ګراف: { $measure }. همدا شمېرې په لاندې جدول کې دي.
stats-table-caption = هغه نقشې چې په دې موده کې هر پړاو ته رسېدلې
stats-total = ټول: { $name }
stats-region-total = ټول: { $name } (ټوله سیمه)
stats-measure-started = پیل شوې
stats-measure-handed-in = سپارل شوې
stats-measure-returned = د بشپړونې لپاره بېرته لېږل شوې
stats-measure-assigned = ارزونکي ته ورسپارل شوې
stats-measure-concluded = پای ته رسېدلې
stats-by-municipality = ښاروالۍ
stats-by-provider = د زده کړې برابروونکې اداره
stats-by-framework = کورس یا مسلک
stats-by-month = میاشت
stats-by-language = ژبه
stats-heading-municipality = د ښاروالۍ له مخې
stats-heading-provider = د زده کړې برابروونکې ادارې له مخې
stats-heading-framework = د کورس او مسلک له مخې
stats-heading-month = د میاشتې له مخې
stats-heading-language = د ژبې له مخې
stats-unit-municipality = ښاروالۍ
stats-unit-provider = د زده کړې برابروونکې اداره
stats-unit-framework = کورس یا مسلک
stats-unit-month = میاشت
stats-unit-language = ژبه
stats-heading-durations = پړاوونه څومره وخت نیسي
stats-durations-chart = ګراف: د هر پړاو منځنۍ موده (میډین) په ورځو کې. همدا شمېرې په لاندې جدول کې دي.
stats-durations-caption = ورځې، د هغو کسانو لپاره چې پړاو یې په دې موده کې بشپړ کړ
stats-col-step = پړاو
stats-col-people = د کسانو شمېر
stats-col-median = میډین (ورځې)
stats-col-p90 = له هرو 10 کسانو 9 تر دې پورې (ورځې)
stats-not-shown = نه ښودل کېږي
stats-step-mapping = له پیل تر سپارلو
stats-step-waiting = له سپارلو تر ارزونکي ته ورسپارلو
stats-step-assessing = له ارزونکي ته ورسپارلو تر پایه
stats-step-whole = ټوله لار، له پیل تر پایه
stats-heading-outcomes = پایلې د کورس او مسلک له مخې
stats-outcomes-none = په دې موده کې هېڅ نقشه پای ته ونه رسېده.
stats-outcomes-caption = پای ته رسېدلې نقشې او د هغو پایلې
stats-heading-languages = په Kartla کې ژبې
stats-languages-chart = ګراف: د هرې ژبې د کسانو شمېر. همدا شمېرې په لاندې جدول کې دي.
stats-languages-caption = هغه ژبه چې کسانو په Kartla کې کاروله
field-error-stats-month = میاشت داسې ولیکئ: 2025-03 (کال-میاشت)
field-error-stats-backward = موده له پیل څخه مخکې پای ته رسېږي
field-error-stats-by = په لیست کې له وېشونو څخه یو وټاکئ
stats-pdf-title = څارنه: { $name }
stats-pdf-made = په { $date } له Kartla څخه چاپ شوی.
file-name-stats = څارنه-{ $number }
