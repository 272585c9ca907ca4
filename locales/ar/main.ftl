### Kartla – العربية (ar)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = الانتقال إلى المحتوى
footer-privacy = لا يحفظ Kartla إلا ما تكتبه في خريطة كفاءاتك، ولا يعرضه إلا لك، وللمُقيِّمين بعد أن ترسلها.
nav-label = القائمة الرئيسية
nav-my-mappings = خرائط كفاءاتي
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-register = إنشاء حساب
signed-in-as = تم تسجيل الدخول باسم { $name }
language-label = اللغة
language-change = تغيير اللغة
language-unreviewed-mark = لم تُراجَع بعد
languages-link = عن اللغات
languages-title = اللغات
languages-lead = يمكنك استخدام Kartla بهذه اللغات. يكتب فريق Kartla الترجمات. الترجمة التي لم يراجعها ناطق أصلي باللغة بعدُ عليها علامة، وقد تكون فيها أخطاء.
languages-caption = اللغات، وهل راجع ناطق أصلي باللغة كل ترجمة
languages-col-language = اللغة
languages-col-name = بالعربية
languages-col-status = الترجمة
languages-status-original = النص الأصلي
languages-status-reviewed = راجعها ناطق أصلي باللغة
languages-status-unreviewed = لم يراجعها ناطق أصلي باللغة بعد
languages-feedback = هل في النص بلغتك شيء يبدو خاطئًا؟ يُرجى إخبار مرشد الدراسة والمهنة أو مسؤول Kartla في بلديتك. يمكن تصحيحه دون انتظار نسخة جديدة من Kartla.
loading = جارٍ التحميل …
back-home = الذهاب إلى الصفحة الرئيسية

## Errors
error-summary-title = هناك ما يحتاج إلى تصحيح
error-validation = راجع البيانات أدناه.
error-bad-request = تعذّرت قراءة الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
error-unauthorized = يجب أن تسجّل الدخول لترى هذه الصفحة.
error-sign-in-failed = هناك خطأ في عنوان البريد الإلكتروني أو في كلمة المرور.
error-forbidden = ليست لديك صلاحية للقيام بهذا.
error-too-many = محاولات كثيرة جدًا. انتظر دقيقة، ثم حاول مرة أخرى.
error-cross-site = جاء هذا الطلب من صفحة في موقع آخر، لذلك رُفض. اذهب إلى Kartla وقم بذلك هناك.
error-not-found = هذه الصفحة غير موجودة.
error-internal = حدث خطأ من جهتنا. ما حفظته من قبل في أمان. حاول مرة أخرى بعد قليل.
error-unreachable = لا يمكن الوصول إلى Kartla الآن. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
error-conflict-email-taken = يوجد حساب بعنوان البريد الإلكتروني هذا من قبل. سجّل الدخول بدلًا من إنشاء حساب.
error-conflict-not-editable = تم إرسال خريطة الكفاءات، ولا يمكن تغييرها الآن.
error-conflict-already-submitted = تم إرسال خريطة الكفاءات من قبل.
error-conflict-already-decided = تمت مراجعة خريطة الكفاءات من قبل.
field-error-required = يجب ملء هذا الحقل
field-error-too-long = أطول من المسموح
field-error-too-short = أقصر من المسموح
field-error-invalid-email = ليس عنوان بريد إلكتروني صحيحًا
field-error-invalid-rating = اختر أحد الخيارات
field-error-unknown-criterion = لا ينتمي إلى خريطة الكفاءات هذه
field-error-unknown-framework = غير موجود في الفهرس
field-error-not-rated = اختر إلى أي حد تستطيع فعل هذا
field-error-changed-elsewhere = تغيّرت الإجابة في علامة تبويب أخرى أو على جهاز آخر، ولم يُكتب فوقها
field-error-no-description = صِف كيف وأين تعلّمت هذا واستخدمته

## Rating
rating-legend = إلى أي حد تستطيع فعل هذا؟
rating-no-experience = ليست لدي خبرة
rating-some-experience = لدي بعض الخبرة
rating-with-support = أستطيع فعله بمساعدة
rating-independently = أستطيع فعله وحدي
rating-can-teach = أستطيع تعليمه للآخرين
rating-no-experience-hint = لم أفعل هذا من قبل.
rating-some-experience-hint = رأيت غيري يفعله، أو جرّبته بضع مرات.
rating-with-support-hint = أستطيع فعله عندما يساعدني أحد أو يريني كيف أفعله.
rating-independently-hint = أستطيع فعله بنفسي، دون مساعدة.
rating-can-teach-hint = أعرفه جيدًا لدرجة أنني أستطيع أن أريه للآخرين وأشرحه لهم.
rating-or = أو
rating-not-relevant = لا ينطبق عليّ
rating-not-relevant-hint = هذا ليس جزءًا مما أريد أن أُظهره. لا حاجة إلى كتابة أي شيء.
prompts-summary = مساعدة في الوصف
prompt-normal-day = كيف كان يومك العادي؟ ماذا كنت تفعل؟
prompt-hardest = ما أصعب موقف تعاملت معه، وكيف تصرّفت؟
prompt-tools = ما الأدوات أو الآلات أو البرامج أو الطرق التي استخدمتها؟
prompt-how-long = كم من الوقت فعلت ذلك، وكم مرة؟
read-aloud = القراءة بصوت عالٍ

## Status
status-draft = مسودة
status-submitted = تم الإرسال
status-returned = مطلوب استكمال
status-reviewed = تم التقييم
event-submitted = أُرسلت بواسطة { $name } في { $date }
event-returned = أُعيدت للاستكمال بواسطة { $name } في { $date }
event-reviewed = قُيِّمت بواسطة { $name } في { $date }
kind-course = دورة
kind-occupation = مهنة

## Start page
home-title = أظهِر ما تستطيع فعله
home-lead = يساعدك Kartla على وصف ما تعرفه وما تستطيع فعله، معيارًا بمعيار، حتى يستطيع المُقيِّم تقييمه.
home-how = أنشئ حسابًا، واختر دورة أو مهنة، وأجب بالسرعة التي تناسبك. كل ما تكتبه يُحفظ.
home-have-account = لدي حساب بالفعل
home-role-later = ستتوفر قريبًا أدوات أكثر لدورك.

## Account
sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-no-account = ليس لديك حساب؟ أنشئ حسابًا.
register-title = إنشاء حساب
register-why = نحتاج إلى اسمك من أجل ملف كفاءاتك، وإلى عنوان بريدك الإلكتروني حتى تستطيع تسجيل الدخول مرة أخرى.
register-submit = إنشاء حساب
password-hint = 12 حرفًا على الأقل. جملة سهلة التذكر خيار جيد.
field-name = الاسم
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-locale = اللغة
field-municipality = بلدية السكن
municipality-hint = البلدية التي تسكن فيها. هي التي تقدّم لك التحقق من الكفاءات، وهي المسؤولة عن خرائط كفاءاتك. يمكنك تغييرها لاحقًا.
municipality-choose = اختر بلدية
field-comment = تعليق

## My mappings
my-mappings-title = خرائط كفاءاتي
my-mappings-none = لم تبدأ أي خريطة كفاءات بعد.
updated-on = آخر تغيير في { $date }
start-mapping-title = ابدأ خريطة كفاءات جديدة
start-mapping-lead = اختر الدورة أو المهنة التي تريد أن تُظهر أنك تتقنها.
criteria-count = { $count ->
    [zero] لا توجد معايير
    [one] معيار واحد
    [two] معياران
    [few] { $count } معايير
    [many] { $count } معيارًا
   *[other] { $count } معيار
}
start-mapping-button = البدء في { $title }

## Overview
sections-heading = الأجزاء
progress = تمت الإجابة عن { $done } من { $total }
task-not-started = لم يبدأ بعد
task-in-progress = قيد العمل
task-done = مكتمل
check-answers-link = المراجعة والإرسال
download-pdf = تنزيل ملف الكفاءات (PDF)
print-heading = طباعة ملف الكفاءات
print-lang = لغة العناوين والتسميات
print-two = المعايير بلغتين جنبًا إلى جنب
print-two-hint = لغة الشخص والسويدية، مثلًا ليقرأها المُقيِّم والشخص معًا.
goal-heading = هدفي
field-goal = هدف خريطة الكفاءات
goal-hint = مثلًا دورة أو درجة أو مهنة تريد الوصول إليها. يظهر الهدف في الصفحة الأولى من ملف الكفاءات.
goal-save = حفظ الهدف
goal-saved = تم حفظ الهدف.
goal-shown = هدف خريطة الكفاءات: { $goal }
pdf-goal = الهدف
submitted-explainer = تم إرسال خريطة كفاءاتك. يراجعها الآن أحد المُقيِّمين. لا يمكنك تغيير إجاباتك خلال ذلك.
reviewed-explainer = انتهت المراجعة. يمكنك تنزيل ملف كفاءاتك أدناه.

## Section
section-of = الجزء { $n } من { $total }
back-to-overview = العودة إلى النظرة العامة
read-only-explainer = تم إرسال خريطة الكفاءات. يمكنك قراءة إجاباتك، لكن لا يمكنك تغييرها.
save-and-continue = حفظ ومتابعة
autosave-saving = جارٍ الحفظ …
autosave-saved = تم الحفظ
session-warning-title = سيتم تسجيل خروجك قريبًا
session-warning-text = حفاظًا على أمانك، يتم تسجيل خروجك بعد { $minutes ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } دون أي نشاط. ما حفظته يبقى محفوظًا.
session-stay = البقاء داخل الحساب
session-ended-title = تم تسجيل خروجك
session-ended-text = ما حفظته باقٍ. النص الذي لم يُحفظ بعد يبقى في هذا المتصفح، ويُرسل بعد أن تسجّل الدخول مرة أخرى.
session-sign-in-again = تسجيل الدخول مرة أخرى
autosave-restored = نص لم يُحفظ في المرة السابقة كان لا يزال في هذا المتصفح، ويجري إرساله الآن …
autosave-offline = لم يُحفظ بعد – لا يوجد اتصال. يبقى النص في هذا المتصفح، ويُرسل عندما يعود الاتصال.
autosave-changed-elsewhere = لم يُحفظ: تغيّرت الإجابة في علامة تبويب أخرى أو على جهاز آخر.
answer-changed-elsewhere = تغيّرت الإجابة في علامة تبويب أخرى أو على جهاز آخر بعد أن فتحت هذه الصفحة. ما كتبته لا يزال في المربع، لكنه لم يُحفظ. احفظ مرة أخرى إذا أردت الاحتفاظ بنصك.
answer-changed-elsewhere-live = تغيّرت الإجابة في علامة تبويب أخرى أو على جهاز آخر. نصك لا يزال في المربع، لكنه لم يُحفظ. اختر أي إجابة تُعتمد.
answer-saved-elsewhere = الإجابة المحفوظة الآن:
conflict-keep-mine = الاحتفاظ بنصي
conflict-use-saved = استخدام الإجابة المحفوظة
text-in-swedish = هذا النص متوفر بالسويدية فقط.
answer-label = كيف وأين تعلّمت هذا واستخدمته؟
answer-hint = اذكر ما فعلته، وأين، وكم من الوقت، وبأي أدوات. الحد الأقصى: { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.

## Check your answers
check-title = راجع إجاباتك
missing-heading = هذا ما ينقص قبل أن تستطيع الإرسال
missing-rating = { $code }: اختر إلى أي حد تستطيع فعل هذا
missing-description = { $code }: صِف كيف وأين تعلّمت هذا
not-answered = لم تتم الإجابة
no-description = لا يوجد وصف
change = تغيير
submit-heading = الإرسال
submit-explainer = عندما ترسل خريطة كفاءاتك، يستطيع المُقيِّم قراءة إجاباتك وسجل خبراتك. يمكن للمُقيِّم أن يقبل خريطة الكفاءات، أو أن يطلب منك استكمالها. لا يمكنك تغيير إجاباتك أثناء المراجعة.
submit-button = إرسال خريطة الكفاءات

## Validator
trail-heading = سجل الأحداث

## PDF
pdf-title = ملف الكفاءات
pdf-person = الشخص
pdf-frameworks = الدورة أو المهنة
pdf-date = التاريخ
pdf-status = الحالة
pdf-rating = التقدير الذاتي
pdf-answer = كيف وأين
pdf-validator = المُقيِّم
pdf-trail = سجل الأحداث
pdf-version = النسخة { $version }
pdf-started = تاريخ البدء
pdf-submitted = تاريخ الإرسال
pdf-summary = الملخص
pdf-fully-met = إتقان كامل (الأداء باستقلالية أو القدرة على التعليم)
pdf-partly-met = إتقان جزئي (بعض الخبرة أو الأداء بمساعدة)
pdf-none = لا يوجد
pdf-portfolio = سجل الخبرات
pdf-evidence = المرفقات
pdf-evidence-missing = لا يوجد إثبات للمعايير
pdf-attachment = المرفق { $number }
pdf-verify-code = رمز التحقق
pdf-verify-where = تحقّق من أن ملف الكفاءات أصلي على:
pdf-page = الصفحة { $page } من { $pages }
file-name-attachment = مرفق-{ $number }
file-name-certificate = مسودة-شهادة-{ $number }
file-name-profile = ملف-الكفاءات-{ $number }
verify-title = التحقق من ملف كفاءات
verify-lead = كل ملف كفاءات من Kartla يحمل رمز تحقق في أسفل كل صفحة. اكتب الرمز هنا لترى أن الملف موجود، ومتى طُبع.
verify-code-label = رمز التحقق
verify-code-hint = 12 حرفًا، مثلًا 7KQM-2WXP-H9CD. لا فرق بين الأحرف الكبيرة والصغيرة.
verify-submit = التحقق
verify-found = ملف الكفاءات موجود
verify-code = رمز التحقق
verify-person = الأحرف الأولى من اسم الشخص
verify-frameworks = الدورة أو المهنة
verify-printed = تاريخ الطباعة
verify-status = الحالة عند الطباعة
verify-fingerprint = البصمة (SHA-256) لملف PDF
verify-fingerprint-hint = إذا كان الملف لديك، فاحسب بصمته SHA-256 وقارنها بالبصمة المعروضة هنا: إذا تطابقتا، فالملف لم يتغير منذ طباعته.
verify-not-found = لا يوجد ملف كفاءات بهذا الرمز. تأكّد من أنك نسخت الرمز بشكل صحيح.
answer-not-saved = النص طويل جدًا ولم يُحفظ. اختصره واحفظه مرة أخرى – ما كتبته لا يزال هنا.

## Section titles Kartla gives imported frameworks
import-section-core-content = المحتوى الأساسي
import-section-knowledge-requirements = متطلبات المعرفة
import-section-essential = المهارات والمعارف الأساسية
import-section-optional = المهارات والمعارف الاختيارية
import-section-skills = المهارات
import-section-competencies = الكفاءات

## The public catalogue
nav-catalogue = الفهرس
catalogue-title = فهرس المعايير
catalogue-lead = دورات ومهن يمكنك أن تُعدّ خريطة كفاءاتك وفق معاييرها. اختر واحدة لترى معاييرها.
catalogue-search = البحث بالاسم أو الرمز
catalogue-kind = النوع
catalogue-kind-all = الكل
catalogue-kind-course = الدورات
catalogue-kind-occupation = المهن
catalogue-language = لغة النصوص
catalogue-language-all = كل اللغات
catalogue-search-button = بحث
catalogue-found = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
catalogue-pages = الصفحات
catalogue-page-of = الصفحة { $page } من { $pages }
catalogue-previous = الصفحة السابقة
catalogue-next = الصفحة التالية
catalogue-languages = متوفر باللغات: { $list }
catalogue-published = نُشر في { $date }
catalogue-older-version = هذه نسخة قديمة.
catalogue-see-current = عرض النسخة الحالية
catalogue-fallback-note = بعض النصوص غير متوفرة بلغتك، لذلك تظهر بالسويدية.
catalogue-start-mapping = بدء خريطة كفاءات وفق هذه المعايير
catalogue-versions = النسخ
grade-step = مستوى الدرجة { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = رمز الدورة لدى Skolverket
language-name = { $code ->
    [sv] السويدية
    [en] الإنجليزية
    [ar] العربية
    [fa] الفارسية
    [ti] التغرينية
    [so] الصومالية
    [uk] الأوكرانية
    [ckb] الكردية السورانية
    [ps] البشتوية
    [prs] الدرية
    [kmr] الكردية الكرمانجية
    [am] الأمهرية
    [ru] الروسية
    [tr] التركية
    [de] الألمانية
    [fi] الفنلندية
    [fr] الفرنسية
    [es] الإسبانية
    [pl] البولندية
   *[other] { $code }
}
catalogue-version = النسخة { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = الفهرس (للمسؤولين)
admin-catalogue-title = إدارة الفهرس
admin-catalogue-count = { $count ->
    [zero] لا توجد أُطر
    [one] إطار واحد
    [two] إطاران
    [few] { $count } أُطر
    [many] { $count } إطارًا
   *[other] { $count } إطار
}
admin-catalogue-caption = الأُطر الموجودة في الفهرس
admin-import-start = استيراد معايير من ملفات
admin-col-code = الرمز
admin-col-title = الاسم
admin-col-kind = النوع
admin-col-version = النسخة
admin-col-status = الحالة
admin-col-criteria = المعايير
admin-col-sections = الأقسام
admin-col-languages = اللغات
admin-col-change = التغيير
version-draft = مسودة
version-published = منشورة
import-title = استيراد المعايير
import-lead = اختر صيغة وملفات. سترى ما تحتويه الملفات وما سيتغير قبل أن يُحفظ أي شيء.
import-format = الصيغة
format-kartla = صيغة Kartla الخاصة (TOML)
format-kartla-hint = ملف واحد لكل إطار، كما يكتبه الأمر kartla catalogue export.
format-skolverket = واجهة API للمناهج من Skolverket (JSON)
format-skolverket-hint = استجابة فيها course أو courses أو subject أو subjects. يصبح المحتوى الأساسي ومتطلبات المعرفة معايير.
format-esco = ESCO (CSV)
format-esco-hint = الملفات occupations_xx.csv و skills_xx.csv و occupationSkillRelations_xx.csv، ويمكن أن تكون بعدة لغات. السويدية مطلوبة.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = أسماء المهن مع المهارات المرتبطة بها.
format-moodle = إطار كفاءات من Moodle (CSV)
format-moodle-hint = ملف مُصدَّر من Moodle؛ أرقام المعرّف الأب (Parent ID number) تحدد البنية.
import-files = الملفات
import-files-hint = يمكنك اختيار عدة ملفات، بحجم إجمالي أقصاه { $mb } ميغابايت.
import-occupations = مهن ESCO هذه فقط (اختياري)
import-occupations-hint = عنوان URI لمهنة واحدة في كل سطر. اترك الحقل فارغًا لاستيراد كل المهن الموجودة في الملفات.
import-preview-button = عرض المعاينة
import-preview-title = معاينة الاستيراد
import-refused = { $count ->
    [zero] لا يمكن استيراد الملفات
    [one] لا يمكن استيراد الملفات: هناك مشكلة واحدة
    [two] لا يمكن استيراد الملفات: هناك مشكلتان
    [few] لا يمكن استيراد الملفات: هناك { $count } مشكلات
    [many] لا يمكن استيراد الملفات: هناك { $count } مشكلة
   *[other] لا يمكن استيراد الملفات: هناك { $count } مشكلة
}
import-at-line = السطر { $line }
import-in-field = الحقل { $field }
import-nothing-written = لم يُحفظ أي شيء. صحّح الملفات وحاول مرة أخرى.
import-try-again = اختيار الملفات مرة أخرى
import-summary = { $total ->
        [zero] لا توجد أُطر
        [one] إطار واحد
        [two] إطاران
        [few] { $total } أُطر
        [many] { $total } إطارًا
       *[other] { $total } إطار
    }؛ الجديدة: { $new }، المُعدَّلة: { $changed }، دون تغيير: { $unchanged }.
import-rows-shown = (يُعرض أول { $shown } فقط)
import-applied = اكتمل الاستيراد. الأُطر موجودة الآن في الفهرس.
import-blocked = هناك من يعدّل مسودة لأحد هذه الأُطر. انشر تلك المسودة أو احذفها أولًا.
import-nothing-to-write = كل ما في الملفات موجود في الفهرس من قبل. لا حاجة إلى حفظ أي شيء.
import-confirm = { $count ->
    [zero] استيراد
    [one] استيراد إطار واحد
    [two] استيراد إطارين
    [few] استيراد { $count } أُطر
    [many] استيراد { $count } إطارًا
   *[other] استيراد { $count } إطار
}
import-preview-caption = الأُطر الموجودة في الملفات
plan-new = جديد، النسخة 1
plan-new-version = تغيّر، ويصبح النسخة { $version }
plan-unchanged = دون تغيير (النسخة { $version })
plan-draft-in-the-way = متوقف بسبب مسودة (النسخة { $version })
error-too-large = ما أرسلته كبير جدًا.
error-conflict-not-a-draft = المسودة وحدها يمكن تغييرها. النسخة المنشورة لا تتغير أبدًا.
error-conflict-code-taken = هذا الرمز يستخدمه إطار آخر.
error-conflict-draft-in-the-way = هناك من يعدّل مسودة لهذا الإطار. انشر تلك المسودة أو احذفها أولًا.
error-conflict-import-refused = تعذّرت قراءة الملفات، ولا يمكن استيرادها.
error-conflict-import-applied = تم هذا الاستيراد من قبل.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = تعذّرت قراءة الملف ({ $detail }).
import-syntax = الملف غير مكتوب بالشكل الصحيح: { $detail }
import-missing-field = هذا الحقل مفقود، وهو مطلوب.
import-unknown-language = رمز لغة غير معروف «{ $detail }». استخدم رمزًا حسب ISO 639، مثل sv أو en أو ar.
import-missing-swedish = النص السويدي مفقود. يعرض الفهرس النص السويدي عندما تكون الترجمة مفقودة، لذلك السويدية مطلوبة.
import-missing-file = هذا الملف مطلوب، ولم يتم إرساله.
import-unknown-occupation = لا توجد مهنة بعنوان URI هذا: { $detail }.
import-unknown-parent = لا يوجد سطر برقم المعرّف «{ $detail }».
import-duplicate-framework = الرمز { $detail } موجود مرتين.
import-nothing = لا يحتوي على أي إطار للاستيراد.
import-expected-skolverket-root = كان المتوقع استجابة من واجهة API الخاصة بـ Skolverket فيها course أو courses أو subject أو subjects.
import-expected-jobtech-concepts = كان المتوقع قائمة JSON بمفاهيم من JobTech Taxonomy.
import-expected-moodle-header = كان المتوقع ملفًا مُصدَّرًا من Moodle فيه الأعمدة: Parent ID number، ID number، Short name، Description.
import-expected-kartla-file = كان المتوقع ملفًا بصيغة Kartla يبدأ بالسطر format = "kartla/1".
import-expected-text = كان المتوقع نصًا.
import-expected-list = كان المتوقع قائمة.
import-expected-kind = كان المتوقع course أو occupation.
import-expected-grade-step = كان المتوقع مستوى الدرجة E أو C أو A.
import-expected-external-system = كان المتوقع esco أو jobtech أو skolverket.
import-expected-utf8 = كان المتوقع نصًا بترميز UTF-8.
content-bad-code = يتكون الرمز من 1 إلى 60 حرفًا من: الأحرف a–z، والأرقام، والنقاط، والشرطات، والشرطات السفلية.
content-empty = يجب ألا يكون فارغًا.
content-too-long = يتجاوز الحد الأقصى لعدد الأحرف ({ $detail }).
content-no-sections = يحتاج الإطار إلى قسم واحد على الأقل.
content-no-criteria = يحتاج القسم إلى معيار واحد على الأقل.
content-duplicate-code = رمز المعيار { $detail } مستخدم مرتين.
content-unknown-language = رمز لغة غير معروف «{ $detail }».
content-guidance-on-occupation = أوصاف مستويات الدرجات خاصة بالدورات، وليست للمهن.

## Authoring frameworks
admin-new-framework = إطار جديد
admin-col-action = الإجراء
admin-edit = تعديل { $code }
admin-continue = متابعة مسودة { $code }، النسخة { $version }
new-framework-title = إطار جديد
new-framework-button = إنشاء مسودة
editor-kind = النوع
editor-code = الرمز
editor-code-hint = رمز قصير وفريد، { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر: الأحرف a–z، والأرقام، والنقاط، والشرطات، والشرطات السفلية. لا يمكن تغيير الرمز لاحقًا.
editor-title-sv = الاسم بالسويدية
editor-title-en = الاسم بالإنجليزية (اختياري)
editor-title = تعديل { $title }، مسودة النسخة { $version }
editor-lead = لا تظهر المسودة في الفهرس حتى تنشرها. كل زر يحفظ أولًا كل ما كتبته. النسخة المنشورة لا تتغير أبدًا؛ وخرائط الكفاءات التي بدأت من قبل تحتفظ بنسختها.
editor-name = الاسم
editor-external = ربط بسجل خارجي (اختياري)
editor-external-system = السجل
editor-external-none = بلا ربط
editor-external-id = معرّف المفهوم أو عنوان URI الخاص به
editor-section = القسم { $number }
editor-section-title = عنوان القسم
editor-section-add = إضافة قسم
editor-section-up = نقل القسم { $number } إلى الأعلى
editor-section-down = نقل القسم { $number } إلى الأسفل
editor-section-remove = حذف القسم { $number }
editor-criterion = المعيار { $number }
editor-criterion-code = الرمز
editor-criterion-text = نص المعيار
editor-criterion-add = إضافة معيار إلى القسم { $number }
editor-criterion-up = نقل المعيار { $number } إلى الأعلى
editor-criterion-down = نقل المعيار { $number } إلى الأسفل
editor-criterion-remove = حذف المعيار { $number }
editor-guidance = مستويات الدرجات E و C و A (اختياري)
editor-guidance-hint = معنى كل مستوى درجة في هذا المعيار. يظهر كإرشاد للمشاركين والمُقيِّمين.
editor-add-language = إضافة لغة
editor-add-language-hint = تظهر حقول اللغة عندما تحفظ.
editor-add-language-none = لا لغة جديدة
editor-save = حفظ المسودة
editor-publish = نشر
editor-discard-title = حذف المسودة
editor-discard = حذف المسودة
editor-label-title = الاسم ({ $lang })
editor-label-section-title = القسم { $section }، العنوان ({ $lang })
editor-label-section = القسم { $section }
editor-label-criterion-code = القسم { $section }، المعيار { $criterion }، الرمز
editor-label-criterion-text = القسم { $section }، المعيار { $criterion }، النص ({ $lang })
editor-label-criterion-guidance = القسم { $section }، المعيار { $criterion }، مستوى الدرجة { $step } ({ $lang })
field-error-bad-code = يمكن أن يحتوي الرمز فقط على الأحرف a–z، والأرقام، والنقاط، والشرطات، والشرطات السفلية.
field-error-code-taken = هذا الرمز يستخدمه إطار آخر.
field-error-no-sections = يحتاج الإطار إلى قسم واحد على الأقل.
field-error-no-criteria = يحتاج القسم إلى معيار واحد على الأقل.
field-error-duplicate-code = هذا الرمز يستخدمه معيار آخر.
field-error-unknown-language = لغة غير معروفة.
field-error-guidance-on-occupation = مستويات الدرجات خاصة بالدورات، وليست للمهن.
start-mapping-search = البحث في كل الدورات والمهن في الفهرس ({ $count })
guidance-summary = معنى مستويات الدرجات
admin-col-published = النسخة المنشورة
admin-not-published = غير منشور

## The merit portfolio
nav-experiences = سجل الخبرات
nav-evidence = الإثباتات
experiences-title = سجل خبراتي
experiences-lead = اكتب عمّا قمت به: العمل، والتعليم، والدورات، والعمل التطوعي، وغير ذلك. ترى أنت سجل خبراتك، ويراه المُقيِّمون أيضًا بعد أن ترسل خريطة كفاءات. يمكنك أن تشير إلى خبراتك عندما تصف ما تستطيع فعله.
experiences-add = إضافة خبرة
experiences-none = لم تُضف أي خبرات بعد.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – مستمرة
experience-edit = تغيير { $role }
experience-delete = حذف { $role }
experience-new-title = خبرة جديدة
experience-edit-title = تغيير الخبرة
experience-unsaved = هذا ما كتبته آخر مرة. لم يُحفظ بعد – صحّح ما هو مُعلَّم واحفظ مرة أخرى.
experience-field-kind = ما نوع الخبرة؟
experience-field-role = ماذا كنت تفعل؟
experience-role-hint = مثلًا مسمى وظيفي، أو برنامج دراسي، أو دورة.
experience-field-place = جهة العمل أو المدرسة أو المنظمة، والمدينة
experience-field-country = البلد
experience-field-start = تاريخ البدء
experience-field-end = تاريخ الانتهاء
experience-month-hint = السنة والشهر، مثلًا 2019-04.
experience-end-hint = اترك الحقل فارغًا إذا كانت الخبرة مستمرة.
experience-field-tasks = المهام وما تعلّمته
experience-tasks-hint = صِف يومًا عاديًا، والمواقف الصعبة التي تعاملت معها، والأدوات والطرق. الحد الأقصى: { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
experience-save = حفظ الخبرة
experience-kind-work = عمل
experience-kind-education = تعليم
experience-kind-training = دورة أو تدريب عملي
experience-kind-volunteering = عمل تطوعي
experience-kind-other = غير ذلك
experience-certificate = طباعة مسودة شهادة عن { $role } (PDF)
cert-title = مسودة شهادة
cert-intro = أقوم بإعداد خريطة لكفاءاتي من أجل التحقق منها. أطلب منك، لأنك كنت صاحب عملي أو مشرفي أو الشخص المسؤول عني، أن تقرأ وصفي أدناه، وأن تصحّح ما ليس صحيحًا، ثم توقّع عليه.
cert-about = عن العمل
cert-person = الاسم: { $value }
cert-role = المهنة أو الدور: { $value }
cert-place = جهة العمل أو المكان: { $value }
cert-country = البلد: { $value }
cert-period = الفترة: { $value }
cert-tasks = المهام، بكلماتي الخاصة
cert-no-tasks = (لا يوجد وصف بعد. يُرجى وصف المهام أدناه.)
cert-confirm = التأكيد
cert-confirm-choice = الوصف صحيح:   نعم   /   نعم، مع التصحيحات أدناه   /   لا   (ضع دائرة حول إجابة واحدة)
cert-corrections = التصحيحات والإضافات:
cert-extent = نوع التوظيف ونسبة الدوام:
cert-signer-name = الاسم:
cert-signer-title = الوظيفة:
cert-signer-organisation = الجهة:
cert-signer-contact = الهاتف أو البريد الإلكتروني:
cert-signed-date = التاريخ:
cert-signature = التوقيع:
cert-made = طُبعت هذه المسودة من Kartla في { $date }. لا تكون صالحة إلا بعد توقيعها.
field-error-invalid-month = اكتب السنة والشهر، مثلًا 2019-04.
field-error-end-before-start = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.
experience-label = { $role } ({ $period })
experience-label-place = { $role }، { $place } ({ $period })
answer-experiences = على أي من خبراتك تعتمد الإجابة؟ (اختياري)
answer-experiences-none = أضف خبرات إلى سجل خبراتك، وعندها يمكنك أن تشير إليها هنا.
answer-draws-on = تعتمد على: { $list }
answer-evidence = ما الإثباتات التي تبيّن هذا؟ (اختياري)
answer-evidence-none = ارفع شهادات، أو كشوف درجات، أو رخصًا، أو صورًا لعملك، وعندها يمكنك أن تشير إليها هنا.
answer-evidence-missing = ليس لدي إثبات لهذا (غير موجود)
answer-evidence-shown = الإثباتات:
answer-evidence-missing-shown = لا يوجد إثبات
evidence-title = الإثباتات
evidence-lead = شهادات، وكشوف درجات، ودبلومات، ورخص، أو صور لشيء قمت به. كل ملف يأخذ رقمًا حسب ترتيب إضافته. لا يرى الملفات إلا أنت ومن يراجع خريطة كفاءاتك.
evidence-none = لم تُضف أي إثباتات بعد.
evidence-label = المرفق { $number }: { $title }
evidence-kind-size = { $kind }، { $kb } كيلوبايت
evidence-belongs-to = ينتمي إلى: { $list }
evidence-open = فتح المرفق { $number }
evidence-delete = حذف المرفق { $number }
evidence-added = تمت إضافة المرفق { $number }.
evidence-add-heading = إضافة إثبات
evidence-title-label = ما هذا؟ (اختياري)
evidence-title-hint = مثلًا «رخصة قيادة الرافعة الشوكية» أو «درجات المرحلة الثانوية». الحد الأقصى: { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }. إذا تركت الحقل فارغًا، يُستخدم اسم الملف.
evidence-experiences = إلى أي خبرات ينتمي؟ (اختياري)
evidence-file-label = الملف
evidence-file-hint = PDF أو JPEG أو PNG، بحجم أقصاه { $max } ميغابايت. يمكنك التقاط صورة بهاتفك.
evidence-upload = رفع
evidence-full = لديك { $max ->
        [zero] { $max } إثبات
        [one] إثبات واحد
        [two] إثباتان
        [few] { $max } إثباتات
        [many] { $max } إثباتًا
       *[other] { $max } إثبات
    }، وهذا أقصى عدد يمكن حفظه. احذف واحدًا لتضيف غيره.
field-error-evidence-no-file = اختر ملفًا لرفعه
field-error-evidence-too-big = الملف كبير جدًا – الحد الأقصى 10 ميغابايت
field-error-evidence-wrong-type = الملف ليس بصيغة PDF أو JPEG أو PNG
field-error-evidence-too-many = لديك بالفعل أقصى عدد من الإثباتات يمكن حفظه
field-error-evidence-title-too-long = الوصف طويل جدًا
evidence-refused-no-file = لم يتم إرسال أي ملف.
evidence-refused-too-big = الملف كبير جدًا. الحد الأقصى 10 ميغابايت.
evidence-refused-wrong-type = الملف ليس بصيغة PDF أو JPEG أو PNG.
evidence-refused-too-many = هناك بالفعل أقصى عدد من الإثباتات يمكن حفظه.
evidence-refused-title-too-long = الوصف طويل جدًا.
catalogue-version-dated = النسخة { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = من اطّلع على بياناتك
seen-by-lead = في كل مرة يفتح فيها شخص غيرك إحدى خرائط كفاءاتك، أو ملف الكفاءات الخاص بها، أو أحد ملفات إثباتاتك، يُسجَّل ذلك هنا: من فتحها، وبأي دور، ولأي جهة، ومتى. لا يستطيع أحد أن يطّلع على بياناتك دون أن يُسجَّل ذلك.
seen-by-none = لم يفتح أحد غيرك بياناتك.
seen-by-caption = من فتح ماذا، الأحدث أولًا
seen-by-when = متى
seen-by-who = من
seen-by-role = الدور
seen-by-organisation = الجهة
seen-by-what = ماذا
seen-by-link = من اطّلع على بياناتك
seen-what-mapping = خريطة الكفاءات { $number }
seen-what-profile-pdf = ملف الكفاءات لخريطة الكفاءات { $number }
seen-what-evidence = ملف إثبات
seen-what-case = المعاملة { $number }
seen-what-statement = إفادة المعاملة { $number }
role-participant = مشارك
role-counsellor = مرشد الدراسة والمهنة
role-coordinator = مسؤول المعاملات
role-validator = مُقيِّم
role-org-admin = مسؤول الجهة
role-installation-admin = مسؤول النظام

# The person's own account
nav-account = حسابك
account-title = حسابك
account-who = تم تسجيل الدخول باسم { $name } ({ $email }).
account-home-submit = حفظ بلدية السكن
account-home-saved = تم حفظ بلدية السكن.
account-password-title = تغيير كلمة المرور
account-password-submit = تغيير كلمة المرور
account-password-saved = تم تغيير كلمة المرور، وتم تسجيل خروجك من أجهزتك الأخرى.
account-everywhere-title = تسجيل الخروج من كل الأجهزة
account-everywhere-lead = يُخرجك من حسابك على كل هاتف وكمبيوتر، وعلى هذا الجهاز أيضًا. استخدمه إذا فقدت جهازًا، أو إذا سجّلت الدخول على كمبيوتر مشترك.
account-everywhere-submit = تسجيل الخروج من كل الأجهزة
field-current = كلمة المرور الحالية
field-new = كلمة المرور الجديدة
field-error-wrong-password = غير صحيحة

# Organisations and people (administration)
nav-admin-people = الجهات والأشخاص
people-title = الجهات والأشخاص
people-lead = الأدوار التي يشغلها الأشخاص في جهاتك. عندما تُنهي دورًا، تزول فورًا الصلاحيات التي كان يمنحها؛ ويحتفظ الشخص بحسابه وبأدواره الأخرى.
people-none = لا أحد يشغل دورًا هنا بعد.
people-caption = الأدوار في { $org }
people-col-name = الاسم
people-col-email = عنوان البريد الإلكتروني
people-col-role = الدور
people-end = إنهاء دور { $role } لدى { $name }
people-ended = تم إنهاء الدور.
people-add-org = إضافة جهة
people-add-org-submit = إضافة الجهة
people-org-added = تمت إضافة الجهة.
org-kind-region = مكتب المنطقة
org-kind-municipality = بلدية
org-kind-provider = جهة مقدِّمة للتعليم
org-code-hint = رمز قصير: الأحرف A–Z، والأرقام، والشرطات، مثل LULEA أو NORD-VAL.
field-org-kind = نوع الجهة
field-org-code = الرمز
field-org-name = الاسم
field-org-email = البريد الإلكتروني للتواصل
field-org-phone = الهاتف للتواصل
field-error-bad-org-code = يجب أن يتكون من 2 إلى 24 حرفًا من الأحرف A–Z أو الأرقام أو الشرطات، وأن يبدأ بحرف
field-error-region-exists = لهذا النظام منطقة مسجّلة بالفعل

# Invitations
invite-heading = دعوة شخص
invite-explain = يتلقى الشخص رابطًا يعمل مرة واحدة فقط، لمدة سبعة أيام. بهذا الرابط يقبل الدور: بعد تسجيل الدخول إلى حسابه إن كان لديه حساب، أو بإنشاء حساب بعنوان البريد الإلكتروني هذا.
field-invite-organisation = الجهة
field-invite-role = الدور
field-error-role-misfit = لا يناسب هذا النوع من الجهات
invite-submit = إرسال الدعوة
invite-sent = تم إرسال الدعوة بالبريد الإلكتروني.
invite-pass-on = هذا النظام لا يرسل بريدًا إلكترونيًا. أعطِ هذا الرابط للشخص بنفسك، بطريقة لا يستطيع قراءتها أحد غيره. يعمل الرابط مرة واحدة فقط، لمدة سبعة أيام؛ وتعرضه هذه الصفحة لمدة خمس دقائق فقط.
invite-not-sent = تعذّر إرسال البريد الإلكتروني. أعطِ هذا الرابط للشخص بنفسك، بطريقة لا يستطيع قراءتها أحد غيره. يعمل الرابط مرة واحدة فقط، لمدة سبعة أيام؛ وتعرضه هذه الصفحة لمدة خمس دقائق فقط.
invite-withdrawn = تم سحب الدعوة. رابطها لم يعد يعمل.
invite-pending-caption = دعوات لم تُقبل بعد في { $org }
invite-col-expires = صالحة حتى
invite-withdraw = سحب الدعوة المرسلة إلى { $email }
invite-title = دعوة
invite-lead = هذه دعوة لك لتولّي دور { $role } لدى { $org }. الدعوة موجّهة إلى { $email }.
invite-accept = قبول الدعوة
invite-new-account = إنشاء حسابك
invite-other-person = سجّلت الدخول باسم { $me }، لكن الدعوة موجّهة إلى { $email }. سجّل الخروج، ثم افتح الرابط مرة أخرى.
invite-sign-in-first = يوجد حساب بالعنوان { $email }. سجّل الدخول إليه، وستعود إلى هنا لتقبل الدعوة.
invite-gone-title = هذه الدعوة لم تعد تعمل
invite-gone-text = ربما استُخدمت من قبل، أو انتهت مدتها بعد سبعة أيام، أو تم سحبها. اطلب دعوة جديدة من الشخص الذي دعاك.
error-conflict-invitation-gone = هذه الدعوة لم تعد تعمل: ربما استُخدمت من قبل، أو انتهت مدتها، أو تم سحبها. اطلب دعوة جديدة من الشخص الذي دعاك.
error-conflict-invitation-other-person = الدعوة موجّهة إلى عنوان بريد إلكتروني غير عنوان الحساب الذي سجّلت الدخول إليه. سجّل الخروج، ثم افتح الرابط مرة أخرى.
error-conflict-invitation-sign-in = يوجد حساب من قبل بعنوان البريد الإلكتروني الذي وُجّهت إليه الدعوة. سجّل الدخول إليه، ثم افتح الرابط مرة أخرى.
mail-invite-subject = دعوة إلى { $org } في Kartla
mail-invite-body =
    مرحبًا،

    تلقيت دعوة من { $inviter } لتولّي دور { $role } لدى { $org } في Kartla.

    افتح هذا الرابط لقبول الدعوة:
    { $link }

    يعمل الرابط مرة واحدة فقط، لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. إذا كانت هذه الدعوة غير متوقعة بالنسبة لك، يمكنك تجاهل هذه الرسالة.

# Forgotten password
sign-in-forgot = هل نسيت كلمة المرور؟
forgot-title = نسيت كلمة المرور
forgot-lead = اكتب عنوان البريد الإلكتروني لحسابك. سنرسل إليه رابطًا تختار به كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-asked = إذا كان هناك حساب بهذا العنوان، فالرابط في طريقه إليه. يعمل الرابط مرة واحدة فقط، لمدة ساعة. تحقّق من مجلد الرسائل غير المرغوب فيها (spam) أيضًا.
forgot-no-mail = هذا النظام لا يرسل بريدًا إلكترونيًا، لذلك لا يمكن إرسال رابط إليك. إذا كنت تعمل في إحدى جهات المنطقة، فاطلب رابطًا من المسؤول فيها؛ وإلا فاسأل المسؤولين عن Kartla في بلديتك.
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم حفظ كلمة المرور الجديدة، وتم تسجيل خروجك من كل الأجهزة. سجّل الدخول بكلمة المرور الجديدة.
reset-gone-title = هذا الرابط لم يعد يعمل
reset-gone-text = ربما استُخدم من قبل، أو انتهت مدته بعد ساعة. اطلب رابطًا جديدًا من صفحة تسجيل الدخول.
error-conflict-password-link-gone = هذا الرابط لم يعد يعمل: ربما استُخدم من قبل، أو انتهت مدته. اطلب رابطًا جديدًا من صفحة تسجيل الدخول.
mail-reset-subject = اختر كلمة مرور جديدة لحسابك في Kartla
mail-reset-body =
    مرحبًا،

    طلب أحدهم اختيار كلمة مرور جديدة لحسابك في Kartla. افتح هذا الرابط لتختار كلمة مرور جديدة:
    { $link }

    يعمل الرابط مرة واحدة فقط، لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. إذا لم يكن الطلب منك، يمكنك تجاهل هذه الرسالة: كلمة مرورك تبقى كما هي.

# The administrators' search of the access log
audit-title = سجل الاطلاع على بيانات الأشخاص
audit-lead = ابحث بعنوان البريد الإلكتروني لشخص ما عن كل مرة فتح فيها أحدٌ خرائط كفاءاته أو ملفات كفاءاته أو إثباتاته. ترى ما فتحه الأشخاص في جهاتك؛ أما مسؤولو النظام فيرون كل شيء. لا يظهر بحثك للشخص.
audit-person = عنوان البريد الإلكتروني للشخص
audit-search = بحث
audit-unknown = لا يوجد حساب بعنوان البريد الإلكتروني هذا.
audit-none = لم يفتح أحدٌ ممن يُسمح لك برؤيتهم بيانات هذا الشخص.
audit-caption = من فتح بيانات { $email }، الأحدث أولًا
people-edit-org = تغيير بيانات { $org }
people-edit-org-submit = حفظ البيانات
people-org-changed = تم حفظ بيانات الجهة.
people-serves = البلديات التي تُقيِّم لها
people-serves-hint = يرى المُقيِّمون في هذه الجهة خرائط الكفاءات المُرسلة من الأشخاص الذين يسكنون في البلديات المُحدَّدة هنا.
people-new-role = دور جديد لـ{ $name }
people-change = تغيير دور { $name }
people-role-changed = تم تغيير الدور.
reset-link-heading = كلمة مرور جديدة لشخص آخر
reset-link-explain = عندما لا يستطيع شخص يعمل في جهتك تسجيل الدخول، ولا يرسل هذا النظام بريدًا إلكترونيًا، أنشئ رابطًا يختار به كلمة مرور جديدة. يعمل الرابط مرة واحدة فقط، لمدة ساعة؛ أعطه للشخص بطريقة لا يستطيع قراءتها أحد غيره. حسابات المشاركين تفتح بياناتهم الخاصة، لذلك لا ينشئ أي مسؤول روابط لهم.
reset-link-email = عنوان البريد الإلكتروني للشخص
reset-link-submit = إنشاء رابط
reset-link-pass-on = أعطِ هذا الرابط للشخص، بطريقة لا يستطيع قراءتها أحد غيره. يعمل الرابط مرة واحدة فقط، لمدة ساعة؛ وتعرضه هذه الصفحة لمدة خمس دقائق فقط.
field-error-not-your-person = ليس عنوان شخص يعمل في جهاتك فقط
field-error-control-characters = يجب ألا يحتوي على فواصل أسطر أو رموز تحكم أخرى

## Cases: coordinators and validators
nav-cases = المعاملات
cases-title = المعاملات
cases-organisation = معاملات جهتك، الأطول انتظارًا أولًا
cases-assigned = المعاملات المُسندة إليك
cases-none = لا توجد معاملات الآن.
cases-none-assigned = لا توجد معاملات مُسندة إليك الآن.
cases-col-person = الشخص
cases-col-framework = الدورة أو المهنة
cases-col-state = المرحلة
cases-col-waited = مدة الانتظار
cases-col-validator = المُقيِّم
cases-days = { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
cases-overdue = متأخرة منذ { $date }
back-to-cases = العودة إلى المعاملات
case-title = المعاملة { $id }: { $person }
case-state-new = جديدة
case-state-checking = قيد التدقيق
case-state-returned = بانتظار الاستكمال
case-state-assigned = لدى المُقيِّم
case-state-concluded = مُنتهية
case-state = المرحلة
case-organisation = الجهة المسؤولة
case-validator = المُقيِّم
case-no-validator = لا أحد بعد
case-handed-in = تاريخ الإرسال
case-waited = مدة الانتظار في هذه المرحلة
case-deadline = آخر يوم للاستكمال
case-late = متأخرة
case-actions = ما يمكنك فعله الآن
case-take = بدء تدقيق المعاملة
case-assign = إسناد
field-validator = المُقيِّم
case-validator-hint = يمكن اختيار المُقيِّمين المُدرَجين في الدليل لهذه الدورة أو المهنة فقط.
case-choose-validator = اختر مُقيِّمًا
case-no-validators = لا يوجد في جهتك مُقيِّم مُدرَج في الدليل لهذه الدورة أو المهنة. يستطيع أحد المسؤولين إضافة ذلك.
case-hand-back = إعادة المعاملة إلى مسؤول المعاملات
case-hand-back-hint = اذكر السبب، مثلًا أن المعاملة تخص مادة لا تُقيِّمها.
case-hand-back-submit = إعادة
field-reason = السبب
case-saved-take = بدأت تدقيق المعاملة.
case-saved-assign = تم إسناد المعاملة.
case-saved-sent = تم إرسال قائمة الاستكمالات. يراها الشخص في صفحة النظرة العامة الخاصة به.
case-saved-concluded = تم إنهاء المعاملة. يمكن تنزيل الإفادة.
case-saved-handed-back = تمت إعادة المعاملة إلى مسؤول المعاملات.
case-versions = النسخ المُرسلة
case-version = النسخة { $number }، { $date }
case-profile-pdf = ملف الكفاءات لهذه النسخة (PDF)
case-own-rating = تقدير الشخص الذاتي
case-judgement = تقييم المُقيِّم
change-heading = ما تغيّر منذ النسخة { $number }
change-none = لم يتغير شيء في الإجابات.
change-rating = التقدير: { $before } ← { $after }
change-text = تغيّر الوصف
change-evidence = مرفقات جديدة: { $numbers }
change-experiences = تعتمد الآن على خبرات أكثر
change-missing = تغيّر ما إذا كان الإثبات غير موجود
change-goal = تغيّر الهدف.
change-new-evidence = مرفقات جديدة في القائمة: { $numbers }
change-portfolio = أُضيفت خبرات إلى سجل الخبرات أو تغيّرت.
verdict-met = مُستوفى
verdict-partly-met = مُستوفى جزئيًا
verdict-not-met = غير مُستوفى
verdict-not-yet = لا يمكن التقييم بعد
method-documents = مستندات
method-interview = مقابلة
method-practical-test = اختبار عملي
method-theoretical-test = اختبار نظري
method-workplace-observation = ملاحظة في مكان العمل
field-verdict = التقييم
field-methods = الطرق
field-judgement = التقييم
judgement-methods-hint = حدّد الطرق التي وصلت بها إلى التقييم.
judgement-none = لم يُقيَّم بعد.
judgement-by = { $name }، { $date }
judgement-methods = الطرق: { $methods }
judgement-reason = سبب التغيير: { $reason }
judgement-history = التقييمات السابقة ({ $count })
judgement-form = تقييم { $code }
judgement-save = حفظ التقييم
judgement-change = تغيير التقييم
judgement-reason-hint = المعاملة مُنتهية. تغيير التقييم يحتاج إلى سبب، ويبقى التقييم السابق في السجل.
additions-heading = الاستكمالات
additions-building = قائمة استكمالات جديدة
additions-building-hint = أضف شيئًا واحدًا في كل مرة: ما الذي ينقص، وأين مكانه، وبأي شكل. أرسل القائمة مع آخر يوم للاستكمال عندما تصبح جاهزة.
additions-choose-target = اختر موضوع الاستكمال
field-target = الموضوع
field-missing = ما الذي ينقص
additions-missing-hint = كن دقيقًا، مثلًا «شهادة خبرة تبيّن المهام في Lager AB».
field-form = بأي شكل
additions-form-hint = مثلًا «PDF أو صورة، بالسويدية أو مترجَمًا».
additions-add = إضافة إلى القائمة
additions-remove = حذف
field-deadline = آخر يوم
additions-deadline-hint = يرى الشخص التاريخ في القائمة.
additions-send = إرسال القائمة إلى الشخص
additions-sent-by = طلب الاستكمال: { $name }، آخر يوم: { $deadline }
additions-answered = أعاد الشخص الإرسال في { $date }
additions-form-shown = الشكل: { $form }
additions-item-done = مُنجز، حسب قول الشخص
additions-item-open = لم يُنجز بعد
additions-mark-done = تحديد كمُنجز
additions-mark-not-done = تحديد كغير مُنجز
additions-asked = ما عليك استكماله
additions-asked-hint = أجرِ التغييرات في خريطة الكفاءات أو سجل الخبرات أو الإثباتات. حدّد كل بند كمُنجز، ثم أرسل خريطة الكفاءات مرة أخرى.
target-case = المعاملة كلها
target-criterion = المعيار { $criterion }
target-experience = الخبرة: { $experience }
target-evidence = { $evidence }
conclude-heading = إنهاء المعاملة
conclude-not-judged = { $count ->
    [zero] لم تُقيَّم بعد هذه المعايير: { $codes }. قيِّمها، أو اختر «لا يمكن التقييم بعد».
    [one] لم يُقيَّم بعد معيار واحد: { $codes }. قيِّمه، أو اختر «لا يمكن التقييم بعد».
    [two] لم يُقيَّم بعد معياران: { $codes }. قيِّمهما، أو اختر «لا يمكن التقييم بعد».
    [few] لم تُقيَّم بعد { $count } معايير: { $codes }. قيِّمها، أو اختر «لا يمكن التقييم بعد».
    [many] لم يُقيَّم بعد { $count } معيارًا: { $codes }. قيِّمها، أو اختر «لا يمكن التقييم بعد».
   *[other] لم يُقيَّم بعد { $count } معيار: { $codes }. قيِّمها، أو اختر «لا يمكن التقييم بعد».
}
conclude-outcome = نتيجة { $framework }
outcome-fully-met = مُستوفى كليًا
outcome-partly-met = مُستوفى جزئيًا
outcome-not-met = غير مُستوفى
field-outcome = النتيجة
field-statement = الإفادة الشاملة
conclude-statement-hint = يقرأ الشخص الإفادة، ويأخذها إلى مدير المدرسة، أو إلى صاحب عمل، أو إلى الدورة التالية.
field-next-steps = الخطوات التالية المقترحة
next-step-top-up-course = دورة تكميلية
next-step-exam = امتحان للحصول على درجة (prövning)
next-step-workplace-assessment = تقييم في مكان عمل
next-step-guidance = لقاء مع مرشد الدراسة والمهنة
field-next-steps-text = الخطوات التالية بكلماتك
conclude-submit = إنهاء المعاملة مع الإفادة
conclusion-heading = الإفادة
conclusion-by = أُنهيت بواسطة { $name } في { $date }
conclusion-remaining = المتبقي: { $codes }
conclusion-statement = الإفادة الشاملة
conclusion-next-steps = الخطوات التالية المقترحة
conclusion-download = تنزيل الإفادة (PDF)
case-event-handed-in = { $name }: إرسال النسخة { $detail }
case-event-taken = { $name }: بدء تدقيق المعاملة
case-event-assigned = { $name }: إسناد المعاملة إلى { $detail }
case-event-handed-back = { $name }: إعادة المعاملة، والسبب: { $detail }
case-event-returned = { $name }: طلب استكمال، آخر يوم: { $detail }
case-event-judged = { $name }: تقييم { $detail }
case-event-rejudged = { $name }: تغيير تقييم { $detail }
case-event-item-done = { $name }: تحديد كمُنجز – { $detail }
case-event-item-reopened = { $name }: تحديد كغير مُنجز – { $detail }
case-event-outcome-changed = تغيّرت النتيجة بعد تغيير التقييم: { $detail }
case-event-concluded = { $name }: إنهاء المعاملة مع إفادة
case-panel-heading = معاملتك
case-panel-whole = عرض المعاملة كلها مع كل ما حدث فيها
case-explainer-checking = تدقّق { $organisation } المعاملة للتأكد من وجود كل شيء.
case-explainer-assigned = يُقيِّم الآن مُقيِّم في { $organisation } خريطة الكفاءات، معيارًا بمعيار.
case-explainer-returned = تطلب منك { $organisation } استكمال خريطة الكفاءات. انظر القائمة أدناه.
case-explainer-concluded = أنهت { $organisation } التقييم. الإفادة موجودة أدناه.
hand-in-goes-to = ستُرسل خريطة الكفاءات إلى { $organisation }.
hand-in-no-home = يجب أن تختار بلدية السكن قبل أن تستطيع الإرسال. افعل ذلك في صفحة «حسابك».
field-provider = الجهة التي ستُقيِّمها
hand-in-choose-hint = عدة جهات تُقيِّم هذه المهنة. اختر واحدة منها.
error-conflict-case-moved = غيّر شخص آخر المعاملة قبلك. تعرض الصفحة المعاملة كما هي الآن.
error-conflict-no-home = يجب أن تختار بلدية السكن قبل أن تستطيع الإرسال.
field-error-not-listed = غير مُدرَج في الدليل لهذه الدورة أو المهنة
field-error-does-not-fit = لا يتوافق مع تقييمات المعايير
field-error-in-past = يجب أن يكون تاريخًا بعد اليوم
field-error-too-far = يجب ألا يزيد على سنة واحدة من اليوم
field-error-no-items = لا يوجد شيء في القائمة بعد
field-error-too-many = يمكن أن تحتوي القائمة على 30 بندًا على الأكثر
field-error-invalid = ليس أحد الخيارات
field-error-invalid-characters = يحتوي على رموز لا يمكن حفظها
mail-additions-subject = Kartla: يُرجى استكمال خريطة كفاءاتك
mail-additions-body = مرحبًا { $name }،

    يطلب منك الشخص الذي يُقيِّم خريطة كفاءاتك أن تستكملها. قائمة ما هو مطلوب، وآخر يوم للاستكمال، موجودان هنا:

    { $link }

    مع التحية،
    Kartla
mail-concluded-subject = Kartla: انتهى تقييم خريطة كفاءاتك
mail-concluded-body = مرحبًا { $name }،

    انتهى تقييم خريطة كفاءاتك. يمكنك قراءة الإفادة وتنزيلها من هنا:

    { $link }

    مع التحية،
    Kartla

## The statement (PDF)
file-name-statement = إفادة-{ $number }
verify-document = المستند
statement-title = الإفادة
statement-lead = تقييم المعارف والكفاءات (التحقق من الكفاءات)، معيارًا بمعيار.
statement-organisation = صادرة عن
statement-contact = التواصل
statement-case = المعاملة
statement-version = النسخة المُرسلة التي تم تقييمها
statement-issued = التاريخ
statement-assessor = المُقيِّم
statement-verify-where = تحقّق من أن الإفادة أصلية على:
statement-outcome = النتيجة
statement-signatures = التوقيعات
statement-assessed-by = جرى التقييم بواسطة { $name }.
statement-principal = مدير المدرسة أو المدير المسؤول:
statement-signature = التوقيع:
statement-name-clarified = الاسم بخط واضح:
statement-signed-date = المكان والتاريخ:

## The directory: who assesses what
nav-directory = من يُقيِّم ماذا
directory-title = من يُقيِّم ماذا
directory-lead = جهات المنطقة، والأشخاص الذين يُقيِّمون الدورات والمهن. لا يظهر هنا إلا من اختار بنفسه أن يظهر.
directory-q = الدورة أو المهنة
directory-q-hint = اكتب جزءًا من الاسم أو الرمز، مثلًا «مستودع» أو «DEMO-KOCK1».
directory-municipality = البلدية
directory-any-municipality = كل البلديات
directory-search = بحث
directory-none = لا يوجد في الدليل من يطابق البحث.
directory-serves = التقييم لصالح: { $list }
directory-serves-all = التقييم لصالح المنطقة كلها
directory-assesses = مجالات التقييم
directory-languages = اللغات
directory-methods = الطرق
directory-contact = التواصل
admin-directory-title = دليل من يُقيِّم ماذا
admin-directory-lead = حدّد ما يُقيِّمه كل شخص في جهتك، واللغات التي يتحدثها، والطرق التي يستخدمها. لا يمكن إسناد المعاملات إلا إلى مُقيِّمين مُدرَجين للدورة أو المهنة. كل شخص يختار بنفسه في صفحة حسابه هل يظهر للعموم أم لا.
admin-directory-none = لا يوجد في جهاتك من يُقيِّم أو يُرشد.
admin-directory-saved = تم حفظ الدليل.
admin-directory-listed = يظهر في الدليل العام.
admin-directory-not-listed = لا يظهر للعموم (لم يختر الشخص ذلك).
admin-directory-languages-hint = رموز اللغات تفصل بينها فواصل أو مسافات، مثلًا «sv, ar, ti».
admin-directory-save = حفظ
field-languages = اللغات
account-listing-title = دليل من يُقيِّم ماذا
account-listing-lead = أنت مُدرَج في الدليل الخاص بجهتك. اختر هل تريد أن تظهر للعموم، وما بيانات التواصل التي تُعرض.
account-listing-show = إظهاري في الدليل العام
account-listing-email = البريد الإلكتروني المعروض (اختياري)
account-listing-phone = الهاتف المعروض (اختياري)
account-listing-save = حفظ
account-listing-saved = تم حفظ اختيارك للدليل.
field-error-bad-language-tags = اكتب رموز اللغات تفصل بينها فواصل أو مسافات، مثلًا sv, ar, ti (12 رمزًا على الأكثر)

## What you master and what remains
gaps-heading = ما تتقنه بالفعل وما تبقّى
gaps-counts = المعايير التي تتقنها: { $masters } من { $total }. المعايير التي تتقنها جزئيًا: { $partly }.
gaps-verdict = حتى الآن، تبدو النتيجة:
gaps-remaining = المتبقي: { $codes }
gaps-source-self = مبني على إجاباتك أنت.
gaps-source-judged = المعايير المبنية على تقييم المُقيِّم: { $judged } من { $total }. الباقي مبني على إجاباتك أنت.
gaps-elsewhere = ما تتقنه يُحتسب هنا أيضًا
gaps-elsewhere-hint = دورات ومهن فيها معايير عن المعرفة نفسها التي تتقنها.
gaps-covers = تغطي إجاباتك { $covered } من أصل { $total ->
        [zero] { $total } معيار
        [one] معيار واحد
        [two] معيارين
        [few] { $total } معايير
        [many] { $total } معيارًا
       *[other] { $total } معيار
    }

## The Swedish original
originals-show = إظهار النص السويدي الأصلي تحت كل معيار
originals-hide = إخفاء النص السويدي الأصلي
original-label = بالسويدية:

## Sharing with a study and career counsellor
nav-caseload = المشاركون لديّ
caseload-title = المشاركون لديّ
caseload-lead = خرائط الكفاءات التي يشاركها معك المشاركون. ما تفتحه يظهر في قائمتهم لمن اطّلع على بياناتهم.
caseload-none = لا أحد يشارك معك شيئًا بعد.
caseload-all = مشاركة كل خرائط الكفاءات
caseload-one = مشاركة خريطة الكفاءات هذه
caseload-since = منذ { $date }
sharing-title = المشاركة مع مرشد الدراسة والمهنة
sharing-lead = يمكنك أن تسمح لمرشد في بلديتك بقراءة خريطة كفاءات واحدة، أو كل خرائط كفاءاتك، قبل لقاء معه. يمكنك إيقاف المشاركة متى شئت.
sharing-none = أنت لا تشارك شيئًا الآن.
sharing-everything = كل خرائط كفاءاتي
sharing-line = يمكن لـ{ $counsellor } قراءة: { $what }
sharing-withdraw = إيقاف المشاركة
sharing-submit = مشاركة
sharing-saved = تمت المشاركة مع المرشد.
sharing-withdrawn = تم إيقاف هذه المشاركة.
field-counsellor = المرشد
field-mapping = ما الذي تريد مشاركته

## Guidance sessions
session-start = بدء جلسة إرشاد
session-title = جلسة إرشاد مع { $person }
session-heading = جلسة إرشاد
session-with-person = مع { $name }
session-with-counsellor = مع مرشد الدراسة والمهنة: { $name }
session-code-intro = رمز الانضمام:
session-other-here = { $name } في هذا القسم الآن.
session-other-at = { $name } في القسم { $n } الآن.
session-other-away = في انتظار انضمام { $name }.
session-follow = الذهاب إلى هناك أيضًا
session-section = القسم { $n }
session-sections = الأقسام
session-save = حفظ
session-ended = انتهت هذه الجلسة. ما كُتب فيها يبقى، لكن لا يمكن كتابة المزيد من خلالها.
session-direct-on = السماح للمرشد بالكتابة في إجاباتي
session-direct-off = إيقاف كتابة المرشد في إجاباتي
session-direct-is-on = يمكن للمرشد أن يكتب في إجاباتك خلال هذه الجلسة.
session-direct-is-off = تصل تغييرات المرشد كاقتراحات تقبلها أو ترفضها.
session-trail = ما حدث في هذه الجلسة
session-end = إنهاء الجلسة
sessions-back = كل جلسات الإرشاد
sessions-title = جلسات الإرشاد
sessions-none = لا توجد جلسة إرشاد مفتوحة.
sessions-with = مع { $name }
sessions-since = بدأت في { $time }
sessions-join = الانضمام برمز
sessions-join-hint = يعطيك المرشد ستة أحرف وأرقام، مثلًا K7M-Q2X.
sessions-join-button = انضمام
field-code = الرمز
field-error-no-such-session = لا توجد جلسة مفتوحة بهذا الرمز – تحقّق منه مع مرشدك
proposal-heading = تغيير مقترح
proposal-by = اقتراح من { $name }:
proposal-make = اقتراح تغيير
proposal-send = إرسال الاقتراح
proposal-accept = قبول
proposal-reject = رفض
notes-heading = الملاحظات
notes-open = يمكنك قراءة كل ملاحظة تُكتب عنك.
note-label = ملاحظة جديدة
note-hint = يقرأ الشخص كل الملاحظات.
note-add = إضافة الملاحظة
field-note = الملاحظة
error-conflict-session-ended = انتهت جلسة الإرشاد.
error-conflict-proposal-decided = تم قبول هذا الاقتراح أو رفضه أو استبداله من قبل.
session-event-started = بدء الجلسة
session-event-joined = الانضمام
session-event-wrote = الكتابة في المعيار { $criterion }
session-event-proposed = اقتراح تغيير في المعيار { $criterion }
session-event-accepted = قبول الاقتراح في المعيار { $criterion }
session-event-rejected = رفض الاقتراح في المعيار { $criterion }
session-event-direct-on = السماح للمرشد بالكتابة
session-event-direct-off = إيقاف كتابة المرشد
session-event-noted = كتابة ملاحظة
session-event-ended = إنهاء الجلسة

## Individual study plan
plan-title = خطة الدراسة الفردية: { $person }
plan-saved = تم حفظ خطة الدراسة.
plan-pdf = تنزيل خطة الدراسة (PDF)
plan-link = خطة الدراسة الفردية
plan-field-goal = هدف الدراسة
plan-goal-hint = إلى أين تقود الدراسة، بكلمات الشخص نفسه.
plan-field-pace = وتيرة الدراسة
plan-pace-value = { $percent } %
plan-field-start = البداية
plan-start-hint = يوم بدء الدراسة، بالشكل YYYY-MM-DD، أي السنة ثم الشهر ثم اليوم.
plan-field-course = الدورة
plan-field-points = النقاط
plan-field-courses = الدورات
plan-courses = الدورات المخطط لها
plan-no-courses = لا توجد دورة مخطط لها بعد.
plan-course = الدورة
plan-points = النقاط
plan-points-of = نقاط { $course }
plan-change = تغيير
plan-remove = حذف
plan-total = مجموع النقاط: { $points }.
plan-suggested = مقترحات من تحليل الفجوات
plan-suggested-hint = دورات في خريطة الكفاءات هذه لا تغطيها الإجابات (أو تقييمات المُقيِّم) بالكامل بعد. حدّد الدورات التي تريد التخطيط لها.
plan-add = إضافة دورة من الفهرس
plan-add-none = لا دورة
plan-save = حفظ خطة الدراسة
plan-history = التغييرات
plan-change-goal = تغيير الهدف
plan-change-pace = ضبط وتيرة الدراسة على { $value } %
plan-change-start = تحديد تاريخ البداية: { $value }
plan-change-added = إضافة { $value }
plan-change-removed = حذف { $value }
plan-change-points = تغيير نقاط { $value }
plan-change-order = تغيير ترتيب الدورات
field-error-invalid-date = اكتب التاريخ بالشكل YYYY-MM-DD
field-error-invalid-points = اكتب النقاط كعدد من 1 إلى 2500
plan-pdf-no-goal = لم يُكتب أي هدف بعد.
plan-pdf-signatures = أُعدّت معًا
plan-pdf-sign-person = الشخص:
plan-pdf-sign-counsellor = مرشد الدراسة والمهنة:
plan-pdf-made = طُبعت من Kartla في { $date }.
file-name-study-plan = خطة-الدراسة-{ $number }
guidance-heading = الإرشاد
guidance-session-open = لدى { $name } جلسة إرشاد مفتوحة حول خريطة الكفاءات هذه.
guidance-join = الانضمام إلى الجلسة
caseload-people = ما تمت مشاركته معك
connect-invite-heading = دعوة مشارك
connect-invite-lead = أنشئ رمزًا وأعطه للشخص. عندما يكتبه في صفحة حسابه، تتم مشاركة كل خرائط الكفاءات التي يُعدّها معك. يعمل الرمز مرة واحدة فقط، لمدة أسبوع.
connect-invite-until = صالح حتى { $date }
connect-invite-make = إنشاء رمز
connect-heading = الربط برمز من مرشدك
connect-hint = ستة أحرف وأرقام، مثلًا K7M-Q2X. بعد ذلك تتم مشاركة كل خرائط الكفاءات التي تُعدّها مع هذا المرشد؛ ويمكنك إيقاف المشاركة في أي وقت.
field-connect-code = الرمز من مرشدك
connect-submit = ربط
field-error-no-such-invitation = لا توجد دعوة مفتوحة بهذا الرمز – ربما استُخدم من قبل أو انتهت مدته
field-error-not-your-counsellor = هذا المرشد لا يقدّم الإرشاد لبلديتك
pdf-gaps-self = بناءً على إجابات الشخص نفسه.
pdf-gaps-judged = { $count ->
    [zero] لا يوجد معيار يُعتمد فيه تقييم المُقيِّم بدلًا من إجابة الشخص.
    [one] يُعتمد تقييم المُقيِّم بدلًا من إجابة الشخص في معيار واحد.
    [two] يُعتمد تقييم المُقيِّم بدلًا من إجابة الشخص في معيارين.
    [few] يُعتمد تقييم المُقيِّم بدلًا من إجابة الشخص في { $count } معايير.
    [many] يُعتمد تقييم المُقيِّم بدلًا من إجابة الشخص في { $count } معيارًا.
   *[other] يُعتمد تقييم المُقيِّم بدلًا من إجابة الشخص في { $count } معيار.
}
pdf-gaps-counts = مُتقَن: { $masters } · جزئيًا: { $partly } · متبقٍّ: { $remaining }
pdf-gaps-verdict = النتيجة المتوقعة
pdf-gaps-remaining = المتبقي
pdf-gaps-heading = تحليل الفجوات

## Follow-up (statistics)
nav-stats = المتابعة
stats-title = المتابعة
stats-lead = كم شخصًا يُعدّ خريطة كفاءاته، وكم تستغرق كل مرحلة، وما النتيجة – ولا يظهر هنا أي شخص بعينه أبدًا. إذا كان عدد الأشخاص أقل من { $n } يظهر «أقل من { $n }»، ويُخفى كذلك كل رقم يمكن أن يُحسب من الأرقام الأخرى.
stats-org = أرقام أي جهة
stats-from = من شهر
stats-to = حتى شهر (ضمنًا)
stats-by = التقسيم حسب
stats-show = عرض
stats-whose-region = المنطقة كلها: { $name }.
stats-whose-own = { $name }، ومجاميع المنطقة كلها.
stats-period = أشهر كاملة: { $from } – { $to }.
stats-download-csv = تنزيل بصيغة CSV
stats-download-pdf = تنزيل التقرير بصيغة PDF
stats-fewer-than = أقل من { $n }
stats-hidden = مخفي
stats-no-municipality = دون بلدية سكن
stats-no-provider = البلدية نفسها
stats-chart-caption = رسم بياني: { $measure }. الأرقام نفسها موجودة في الجدول أدناه.
stats-table-caption = خرائط الكفاءات التي وصلت إلى كل مرحلة خلال الفترة
stats-total = المجموع: { $name }
stats-region-total = المجموع: { $name } (المنطقة كلها)
stats-measure-started = تم البدء
stats-measure-handed-in = تم الإرسال
stats-measure-returned = تمت الإعادة للاستكمال
stats-measure-assigned = تم الإسناد إلى مُقيِّم
stats-measure-concluded = تم الانتهاء
stats-by-municipality = البلدية
stats-by-provider = الجهة المقدِّمة للتعليم
stats-by-framework = الدورة أو المهنة
stats-by-month = الشهر
stats-by-language = اللغة
stats-heading-municipality = حسب البلدية
stats-heading-provider = حسب الجهة المقدِّمة للتعليم
stats-heading-framework = حسب الدورة والمهنة
stats-heading-month = حسب الشهر
stats-heading-language = حسب اللغة
stats-unit-municipality = البلدية
stats-unit-provider = الجهة المقدِّمة للتعليم
stats-unit-framework = الدورة أو المهنة
stats-unit-month = الشهر
stats-unit-language = اللغة
stats-heading-durations = كم تستغرق المراحل
stats-durations-chart = رسم بياني: الوسيط بالأيام لكل مرحلة. الأرقام نفسها موجودة في الجدول أدناه.
stats-durations-caption = الأيام، لمن أنهى المرحلة خلال الفترة
stats-col-step = المرحلة
stats-col-people = عدد الأشخاص
stats-col-median = الوسيط (بالأيام)
stats-col-p90 = 9 من كل 10 في غضون (بالأيام)
stats-not-shown = غير معروض
stats-step-mapping = من البدء إلى الإرسال
stats-step-waiting = من الإرسال إلى الإسناد
stats-step-assessing = من الإسناد إلى الانتهاء
stats-step-whole = الطريق كله، من البدء إلى الانتهاء
stats-heading-outcomes = النتائج حسب الدورة والمهنة
stats-outcomes-none = لم تنتهِ أي خريطة كفاءات خلال الفترة.
stats-outcomes-caption = خرائط الكفاءات المنتهية ونتائجها
stats-heading-languages = اللغات في Kartla
stats-languages-chart = رسم بياني: عدد الأشخاص حسب اللغة. الأرقام نفسها موجودة في الجدول أدناه.
stats-languages-caption = اللغة التي استخدم بها الأشخاص Kartla
field-error-stats-month = اكتب الشهر بالشكل YYYY-MM، مثلًا 2025-03
field-error-stats-backward = الفترة تنتهي قبل أن تبدأ
field-error-stats-by = اختر أحد خيارات التقسيم في القائمة
stats-pdf-title = المتابعة: { $name }
stats-pdf-made = طُبع من Kartla في { $date }.
file-name-stats = تقرير-المتابعة-{ $number }
