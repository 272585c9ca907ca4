### Kartla – کوردیی ناوەندی (ckb)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = بازدان بۆ ناوەڕۆکی سەرەکی
footer-privacy = Kartla تەنها ئەوە پاشەکەوت دەکات کە لە نەخشەکەتاندا دەینووسن، و تەنها بە خۆتانی پیشان دەدات، هەروەها بە هەڵسەنگێنەران دوای ئەوەی پێشکەشتان کرد.
nav-label = مێنیوی سەرەکی
nav-my-mappings = نەخشەکانم
nav-sign-in = چوونەژوورەوە
nav-sign-out = چوونەدەرەوە
nav-register = دروستکردنی هەژمار
signed-in-as = بە ناوی { $name } چوونەتە ژوورەوە
language-label = زمان
language-change = گۆڕینی زمان
language-unreviewed-mark = هێشتا نەپشکنراوە
languages-link = دەربارەی زمانەکان
languages-title = زمانەکان
languages-lead = دەتوانن Kartla بەم زمانانە بەکار بهێنن. تیمی Kartla وەرگێڕانەکان دەنووسێت. ئەو وەرگێڕانەی هێشتا کەسێک کە زمانی دایکی ئەو زمانەیە نەیپشکنیوە، نیشانە کراوە و لەوانەیە هەڵەی تێدا بێت.
languages-caption = زمانەکان، و ئایا کەسێک کە زمانی دایکی ئەو زمانەیە هەر وەرگێڕانێکی پشکنیوە یان نا
languages-col-language = زمان
languages-col-name = بە کوردی
languages-col-status = وەرگێڕان
languages-status-original = دەقی ڕەسەن
languages-status-reviewed = پشکنراوە لەلایەن کەسێک کە زمانی دایکی ئەو زمانەیە
languages-status-unreviewed = هێشتا لەلایەن کەسێک کە زمانی دایکی ئەو زمانەیە نەپشکنراوە
languages-feedback = شتێک بە زمانەکەتان هەڵە دەخوێنرێتەوە؟ بە ڕاوێژکاری خوێندن و پیشەکەتان یان بەڕێوەبەری Kartla لە شارەوانییەکەتاندا بڵێن. دەتوانرێت ڕاست بکرێتەوە بێ ئەوەی چاوەڕێی وەشانێکی نوێی Kartla بکرێت.
loading = بار دەکرێت …
back-home = گەڕانەوە بۆ پەڕەی سەرەتا

## Errors
error-summary-title = کێشەیەک هەیە
error-validation = زانیارییەکانی خوارەوە بپشکنن.
error-bad-request = داواکارییەکە نەخوێندرایەوە. پەڕەکە نوێ بکەنەوە و دووبارە هەوڵ بدەنەوە.
error-unauthorized = بۆ بینینی ئەم پەڕەیە دەبێت بچنە ژوورەوە.
error-sign-in-failed = ناونیشانی ئیمەیڵ یان وشەی نهێنی هەڵەیە.
error-forbidden = ڕێگەتان پێ نادرێت ئەمە بکەن.
error-too-many = هەوڵی زۆر درا. خولەکێک چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.
error-cross-site = ئەم داواکارییە لە پەڕەیەکی ماڵپەڕێکی ترەوە هات و ڕەت کرایەوە. بچن بۆ Kartla و لەوێ بیکەن.
error-not-found = ئەم پەڕەیە بوونی نییە.
error-internal = لای ئێمە هەڵەیەک ڕوویدا. ئەوەی پێشتر پاشەکەوتتان کردووە پارێزراوە. کەمێکی تر دووبارە هەوڵ بدەنەوە.
error-unreachable = ئێستا ناتوانن بگەنە Kartla. پەیوەندیی ئینتەرنێتەکەتان بپشکنن و دووبارە هەوڵ بدەنەوە.
error-conflict-email-taken = پێشتر هەژمارێک بەم ناونیشانی ئیمەیڵە هەیە. لە جیاتی ئەوە بچنە ژوورەوە.
error-conflict-not-editable = نەخشەکە پێشکەش کراوە و ئێستا ناگۆڕدرێت.
error-conflict-already-submitted = نەخشەکە پێشتر پێشکەش کراوە.
error-conflict-already-decided = نەخشەکە پێشتر پێداچوونەوەی بۆ کراوە.
field-error-required = دەبێت پڕ بکرێتەوە
field-error-too-long = زۆر درێژە
field-error-too-short = زۆر کورتە
field-error-invalid-email = ناونیشانێکی ئیمەیڵی دروست نییە
field-error-invalid-rating = یەکێک لە بژاردەکان هەڵبژێرن
field-error-unknown-criterion = سەر بەم نەخشەیە نییە
field-error-unknown-framework = لە کاتالۆگدا نییە
field-error-not-rated = هەڵبژێرن ئەم کارە چەند باش دەتوانن
field-error-changed-elsewhere = وەڵامەکە لە تابێکی تر یان ئامێرێکی تر گۆڕدرا، بۆیە دەقەکەتان لە جێی ئەو نەنووسرا
field-error-no-description = بنووسن چۆن و لە کوێ ئەمەتان فێر بوون و بەکارتان هێناوە

## Rating
rating-legend = ئەم کارە چەند باش دەتوانن؟
rating-no-experience = ئەزموونم نییە
rating-some-experience = کەمێک ئەزموونم هەیە
rating-with-support = بە یارمەتی دەتوانم بیکەم
rating-independently = بە تەنها دەتوانم بیکەم
rating-can-teach = دەتوانم فێری کەسانی تری بکەم
rating-no-experience-hint = ئەم کارەم نەکردووە.
rating-some-experience-hint = بینیومە کە چۆن دەکرێت، یان چەند جارێک تاقیم کردووەتەوە.
rating-with-support-hint = دەتوانم بیکەم کاتێک کەسێک یارمەتیم دەدات یان پیشانم دەدات چۆن.
rating-independently-hint = دەتوانم بە تەنها و بێ یارمەتی بیکەم.
rating-can-teach-hint = ئەوەندە باش دەیزانم کە دەتوانم پیشانی کەسانی تری بدەم و بۆیانی ڕوون بکەمەوە.
rating-or = یان
rating-not-relevant = پەیوەندیی بە منەوە نییە
rating-not-relevant-hint = ئەمە بەشێک نییە لەوەی دەمەوێت پیشانی بدەم. پێویست ناکات هیچ بنووسن.
prompts-summary = یارمەتی بۆ وەسفکردن
prompt-normal-day = ڕۆژێکی ئاسایی چۆن بوو؟ چیتان دەکرد؟
prompt-hardest = قورسترین بارودۆخ کە ڕووبەڕووی بوونەوە چی بوو؟ چۆن چارەسەرتان کرد؟
prompt-tools = چ ئامراز، ئامێر، پرۆگرام یان ڕێگایەکتان بەکار هێنا؟
prompt-how-long = بۆ ماوەی چەند و چەند جار ئەو کارەتان کرد؟
read-aloud = خوێندنەوە بە دەنگ

## Status
status-draft = ڕەشنووس
status-submitted = پێشکەشکراو
status-returned = تەواوکاری داواکراوە
status-reviewed = هەڵسەنگێنراو
event-submitted = لەلایەن { $name } لە { $date } پێشکەش کرا
event-returned = لەلایەن { $name } لە { $date } بۆ تەواوکاری گەڕێندرایەوە
event-reviewed = لەلایەن { $name } لە { $date } هەڵسەنگێنرا
kind-course = کۆرس
kind-occupation = پیشە

## Start page
home-title = پیشانی بدەن چی دەتوانن
home-lead = Kartla یارمەتیتان دەدات ئەوە وەسف بکەن کە دەیزانن و دەتوانن بیکەن، پێوەر بە پێوەر، بۆ ئەوەی هەڵسەنگێنەرێک هەڵیبسەنگێنێت.
home-how = هەژمارێک دروست بکەن، کۆرسێک یان پیشەیەک هەڵبژێرن و لە کاتی خۆتاندا وەڵام بدەنەوە. هەموو ئەوەی دەینووسن پاشەکەوت دەکرێت.
home-have-account = پێشتر هەژمارم هەیە
home-role-later = بەم زووانە ئامرازی زیاتر بۆ ڕۆڵەکەتان دێت.

## Account
sign-in-title = چوونەژوورەوە
sign-in-submit = چوونەژوورەوە
sign-in-no-account = هەژمارتان نییە؟ یەکێک دروست بکەن.
register-title = دروستکردنی هەژمار
register-why = ناوتانمان بۆ پرۆفایلی توانایی پێویستە، و ناونیشانی ئیمەیڵتان بۆ ئەوەی بتوانن دووبارە بچنە ژوورەوە.
register-submit = دروستکردنی هەژمار
password-hint = لانیکەم 12 پیت. ڕستەیەک کە لە بیرتان بمێنێت باشە.
field-name = ناو
field-email = ناونیشانی ئیمەیڵ
field-password = وشەی نهێنی
field-locale = زمان
field-municipality = شارەوانیی نیشتەجێبوون
municipality-hint = ئەو شارەوانییەی تێیدا دەژین. ئەو پەسەندکردنی فەرمیی تواناییتان پێشکەش دەکات و بەرپرسە لە نەخشەکانتان. دواتر دەتوانن بیگۆڕن.
municipality-choose = شارەوانییەک هەڵبژێرن
field-comment = لێدوان

## My mappings
my-mappings-title = نەخشەکانم
my-mappings-none = هێشتا دەستتان بە هیچ نەخشەیەک نەکردووە.
updated-on = دوایین گۆڕانکاری: { $date }
start-mapping-title = دەستپێکردنی نەخشەیەکی نوێ
start-mapping-lead = ئەو کۆرس یان پیشەیە هەڵبژێرن کە دەتانەوێت پیشانی بدەن شارەزای ئەون.
criteria-count = { $count ->
    [one] { $count } پێوەر
   *[other] { $count } پێوەر
}
start-mapping-button = دەستپێکردن بە { $title }

## Overview
sections-heading = بەشەکان
progress = { $done } لە { $total } وەڵام دراونەتەوە
task-not-started = دەستی پێ نەکراوە
task-in-progress = لە کاردایە
task-done = تەواوە
check-answers-link = پشکنین و پێشکەشکردن
download-pdf = داگرتنی پرۆفایلی توانایی (PDF)
print-heading = چاپکردنی پرۆفایلی توانایی
print-lang = زمانی سەردێڕ و ناونیشانەکان
print-two = پێوەرەکان بە دوو زمان لە تەنیشت یەکەوە
print-two-hint = زمانی کەسەکە و سویدی، بۆ نموونە بۆ ئەوەی هەڵسەنگێنەر و کەسەکە پێکەوە بیخوێننەوە.
goal-heading = ئامانجەکەم
field-goal = ئامانجی نەخشەکە
goal-hint = بۆ نموونە کۆرسێک، نمرەیەک یان پیشەیەک کە دەتانەوێت پێی بگەن. لە لاپەڕەی یەکەمی پرۆفایلی تواناییدا دەردەکەوێت.
goal-save = پاشەکەوتکردنی ئامانج
goal-saved = ئامانجەکە پاشەکەوت کرا.
goal-shown = ئامانجی نەخشەکە: { $goal }
pdf-goal = ئامانج
submitted-explainer = نەخشەکەتان پێشکەش کرا. هەڵسەنگێنەرێک پێیدا دەچێتەوە. لەم ماوەیەدا ناتوانن وەڵامەکانتان بگۆڕن.
reviewed-explainer = پێداچوونەوە تەواو بوو. پرۆفایلی تواناییەکەتان لە خوارەوە دابگرن.

## Section
section-of = بەشی { $n } لە { $total }
back-to-overview = گەڕانەوە بۆ تێڕوانینی گشتی
read-only-explainer = نەخشەکە پێشکەش کراوە. دەتوانن وەڵامەکانتان بخوێننەوە، بەڵام ناتوانن بیانگۆڕن.
save-and-continue = پاشەکەوتکردن و بەردەوامبوون
autosave-saving = پاشەکەوت دەکرێت …
autosave-saved = پاشەکەوت کرا
session-warning-title = بەم زووانە لە هەژمارەکەتان دەکرێنە دەرەوە
session-warning-text = بۆ پاراستنی ئاسایشتان، دوای { $minutes } خولەک بێ چالاکی لە هەژمارەکەتان دەکرێنە دەرەوە. ئەوەی پاشەکەوتتان کردووە دەمێنێتەوە.
session-stay = مانەوە لە هەژمارەکە
session-ended-title = لە هەژمارەکەتان کرانە دەرەوە
session-ended-text = ئەوەی پاشەکەوتتان کردبوو دەمێنێتەوە. ئەو دەقەی هێشتا پاشەکەوت نەکرابوو لەم وێبگەڕەدا دەمێنێتەوە و کاتێک دووبارە چوونە ژوورەوە دەنێردرێت.
session-sign-in-again = دووبارە چوونەژوورەوە
autosave-restored = ئەو دەقەی جاری پێشوو پاشەکەوت نەکرابوو هێشتا لەم وێبگەڕەدا بوو و ئێستا دەنێردرێت …
autosave-offline = هێشتا پاشەکەوت نەکراوە – پەیوەندی نییە. دەقەکە لەم وێبگەڕەدا دەمێنێتەوە و کاتێک پەیوەندی گەڕایەوە دەنێردرێت.
autosave-changed-elsewhere = پاشەکەوت نەکرا: وەڵامەکە لە تابێکی تر یان ئامێرێکی تر گۆڕدراوە.
answer-changed-elsewhere = دوای ئەوەی ئەم پەڕەیەتان کردەوە، وەڵامەکە لە تابێکی تر یان ئامێرێکی تر گۆڕدرا. ئەوەی نووسیوتانە هێشتا لە خانەکەدایە، بەڵام پاشەکەوت نەکراوە. ئەگەر دەتانەوێت دەقەکەتان بمێنێتەوە، دووبارە پاشەکەوتی بکەن.
answer-changed-elsewhere-live = وەڵامەکە لە تابێکی تر یان ئامێرێکی تر گۆڕدراوە. دەقەکەتان هێشتا لە خانەکەدایە، بەڵام پاشەکەوت نەکراوە. هەڵبژێرن کامیان بمێنێتەوە.
answer-saved-elsewhere = وەڵامی پاشەکەوتکراو ئێستا:
conflict-keep-mine = هێشتنەوەی دەقەکەی خۆم
conflict-use-saved = بەکارهێنانی وەڵامی پاشەکەوتکراو
text-in-swedish = ئەم دەقە تەنها بە سویدی هەیە.
answer-label = چۆن و لە کوێ ئەمەتان فێر بوون و بەکارتان هێنا؟
answer-hint = بنووسن چیتان کرد، لە کوێ، بۆ ماوەی چەند و بە چ ئامرازێک. لانی زۆر { $max } پیت.

## Check your answers
check-title = وەڵامەکانتان بپشکنن
missing-heading = پێش ئەوەی پێشکەشی بکەن، ئەمانە کەمن
missing-rating = { $code }: هەڵبژێرن ئەم کارە چەند باش دەتوانن
missing-description = { $code }: بنووسن چۆن و لە کوێ ئەمەتان فێر بوون
not-answered = وەڵام نەدراوەتەوە
no-description = وەسف نییە
change = گۆڕین
submit-heading = پێشکەشکردن
submit-explainer = کاتێک پێشکەشی دەکەن، هەڵسەنگێنەرێک دەتوانێت وەڵامەکانتان و بوخچەی ئەزموونەکەتان بخوێنێتەوە. هەڵسەنگێنەر دەتوانێت نەخشەکە پەسەند بکات، یان داواتان لێ بکات تەواوی بکەن. تا ئەو کاتەی پێیدا دەچێتەوە، ناتوانن وەڵامەکانتان بگۆڕن.
submit-button = پێشکەشکردنی نەخشەکە

## Validator
trail-heading = مێژوو

## PDF
pdf-title = پرۆفایلی توانایی
pdf-person = کەس
pdf-frameworks = کۆرس یان پیشە
pdf-date = ڕێکەوت
pdf-status = دۆخ
pdf-rating = خۆهەڵسەنگاندن
pdf-answer = چۆن و لە کوێ
pdf-validator = هەڵسەنگێنەر
pdf-trail = مێژوو
pdf-version = وەشانی { $version }
pdf-started = دەستپێکراو
pdf-submitted = پێشکەشکراو
pdf-summary = کورتە
pdf-fully-met = بە تەواوی بەدیهاتوو (بە تەنها دەیکات یان دەتوانێت فێری کەسانی تری بکات)
pdf-partly-met = تا ڕادەیەک بەدیهاتوو (کەمێک ئەزموون یان بە یارمەتی)
pdf-none = هیچ
pdf-portfolio = بوخچەی ئەزموون
pdf-evidence = پاشکۆکان
pdf-evidence-missing = ئەم پێوەرانە بەڵگەیان نییە
pdf-attachment = پاشکۆی { $number }
pdf-verify-code = کۆدی پشتڕاستکردنەوە
pdf-verify-where = ڕاستیی پرۆفایلەکە لێرە بپشکنن:
pdf-page = لاپەڕەی { $page } لە { $pages }
file-name-attachment = پاشکۆ-{ $number }
file-name-certificate = ڕەشنووسی-پشتڕاستنامە-{ $number }
file-name-profile = پرۆفایلی-توانایی-{ $number }
verify-title = پشکنینی پرۆفایلێکی توانایی
verify-lead = هەموو پرۆفایلێکی توانایی لە Kartla لە خوارەوەی هەموو لاپەڕەیەکدا کۆدێکی پشتڕاستکردنەوەی هەیە. لێرە بینووسن بۆ ئەوەی ببینن پرۆفایلەکە هەیە و کەی چاپ کراوە.
verify-code-label = کۆدی پشتڕاستکردنەوە
verify-code-hint = دوازدە پیت و ژمارە، بۆ نموونە 7KQM-2WXP-H9CD. پیتی گەورە یان بچووک جیاوازی نییە.
verify-submit = پشکنین
verify-found = پرۆفایلی تواناییەکە هەیە
verify-code = کۆدی پشتڕاستکردنەوە
verify-person = پیتە سەرەتاییەکانی ناوی کەسەکە
verify-frameworks = کۆرس یان پیشە
verify-printed = کاتی چاپ
verify-status = دۆخ لە کاتی چاپکردندا
verify-fingerprint = پەنجەمۆری (SHA-256) فایلی PDF
verify-fingerprint-hint = ئەگەر فایلەکەتان هەیە، SHA-256ی فایلەکە بژمێرن و بەراوردی بکەن: ئەگەر وەک یەک بوون، فایلەکە لە کاتی چاپکردنەوە نەگۆڕاوە.
verify-not-found = هیچ پرۆفایلێکی توانایی بەو کۆدە نییە. بپشکنن کە بە دروستی کۆپیتان کردووە.
answer-not-saved = دەقەکە زۆر درێژە و پاشەکەوت نەکرا. کورتی بکەنەوە و دووبارە پاشەکەوتی بکەن – ئەوەی نووسیوتانە هێشتا لێرەیە.

## Section titles Kartla gives imported frameworks
import-section-core-content = ناوەڕۆکی سەرەکی
import-section-knowledge-requirements = مەرجەکانی زانین
import-section-essential = کارامەیی و زانیاریی پێویست
import-section-optional = کارامەیی و زانیاریی هەڵبژاردەیی
import-section-skills = کارامەییەکان
import-section-competencies = تواناییەکان

## The public catalogue
nav-catalogue = کاتالۆگ
catalogue-title = کاتالۆگی پێوەرەکان
catalogue-lead = ئەو کۆرس و پیشانەی دەتوانن کارامەییەکانتان بەرامبەریان نەخشە بکەن. یەکێک هەڵبژێرن بۆ بینینی پێوەرەکانی.
catalogue-search = گەڕان بە ناو یان کۆد
catalogue-kind = جۆر
catalogue-kind-all = هەموو
catalogue-kind-course = کۆرسەکان
catalogue-kind-occupation = پیشەکان
catalogue-language = زمانی دەقەکان
catalogue-language-all = هەموو زمانەکان
catalogue-search-button = گەڕان
catalogue-found = { $count ->
    [0] هیچ ئەنجامێک نییە
    [one] یەک ئەنجام
   *[other] { $count } ئەنجام
}
catalogue-pages = پەڕەکان
catalogue-page-of = پەڕەی { $page } لە { $pages }
catalogue-previous = پەڕەی پێشوو
catalogue-next = پەڕەی دواتر
catalogue-languages = بەردەستە بەم زمانانە: { $list }
catalogue-published = بڵاوکراوەتەوە: { $date }
catalogue-older-version = ئەمە وەشانێکی کۆنترە.
catalogue-see-current = بینینی وەشانی ئێستا
catalogue-fallback-note = هەندێک دەق بە زمانی ئێوە نییە و بە سویدی پیشان دەدرێن.
catalogue-start-mapping = دەستپێکردنی نەخشە بەرامبەر بەمە
catalogue-versions = وەشانەکان
grade-step = پلەی نمرە { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = کۆدی کۆرسی Skolverket
language-name = { $code ->
    [sv] سویدی
    [en] ئینگلیزی
    [ar] عەرەبی
    [fa] فارسی
    [ti] تیگرینیا
    [so] سۆمالی
    [uk] ئۆکرانی
    [ckb] کوردیی سۆرانی
    [ps] پەشتۆ
    [prs] دەری
    [kmr] کوردیی کورمانجی
    [am] ئەمهەری
    [ru] ڕووسی
    [tr] تورکی
    [de] ئەڵمانی
    [fi] فینلەندی
    [fr] فەڕەنسی
    [es] ئیسپانی
    [pl] پۆڵەندی
   *[other] { $code }
}
catalogue-version = وەشانی { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = کاتالۆگ (بەڕێوەبەر)
admin-catalogue-title = بەڕێوەبردنی کاتالۆگ
admin-catalogue-count = { $count ->
    [one] یەک چوارچێوە
   *[other] { $count } چوارچێوە
}
admin-catalogue-caption = چوارچێوەکانی ناو کاتالۆگ
admin-import-start = هێنانی پێوەر لە فایلەوە
admin-col-code = کۆد
admin-col-title = ناو
admin-col-kind = جۆر
admin-col-version = وەشان
admin-col-status = دۆخ
admin-col-criteria = پێوەرەکان
admin-col-sections = بەشەکان
admin-col-languages = زمانەکان
admin-col-change = گۆڕانکاری
version-draft = ڕەشنووس
version-published = بڵاوکراوە
import-title = هێنانی پێوەر
import-lead = فۆرمات و فایلەکان هەڵبژێرن. پێش ئەوەی هیچ شتێک پاشەکەوت بکرێت، دەبینن فایلەکان چییان تێدایە و چی دەگۆڕێت.
import-format = فۆرمات
format-kartla = فۆرماتی تایبەتی Kartla (TOML)
format-kartla-hint = یەک فایل بۆ هەر چوارچێوەیەک، وەک ئەوەی kartla catalogue export دەینووسێت.
format-skolverket = APIی پرۆگرامی خوێندنی Skolverket (JSON)
format-skolverket-hint = وەڵامێک کە course، courses، subject یان subjectsی تێدایە. ناوەڕۆکی سەرەکی و مەرجەکانی زانین دەبنە پێوەر.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv، skills_xx.csv و occupationSkillRelations_xx.csv، ئەگەر بتانەوێت بە چەند زمانێک. سویدی پێویستە.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = ناوی پیشەکان لەگەڵ کارامەییە پەیوەندیدارەکانیان.
format-moodle = چوارچێوەی توانایی Moodle (CSV)
format-moodle-hint = هەناردەیەک لە Moodle؛ ستوونی Parent ID number پێکهاتەکە دیاری دەکات.
import-files = فایلەکان
import-files-hint = دەتوانن چەند فایلێک هەڵبژێرن، هەمووی پێکەوە لانی زۆر { $mb } MB.
import-occupations = تەنها ئەم پیشانەی ESCO (هەڵبژاردەیی)
import-occupations-hint = لە هەر دێڕێکدا URIی پیشەیەک. بە بەتاڵی جێی بهێڵن بۆ هێنانی هەموو پیشەکانی ناو فایلەکان.
import-preview-button = پیشاندانی پێشبینین
import-preview-title = پێشبینینی هێنان
import-refused = { $count ->
    [one] فایلەکان ناهێنرێن: یەک کێشە
   *[other] فایلەکان ناهێنرێن: { $count } کێشە
}
import-at-line = دێڕی { $line }
import-in-field = خانەی { $field }
import-nothing-written = هیچ شتێک پاشەکەوت نەکرا. فایلەکان ڕاست بکەنەوە و دووبارە هەوڵ بدەنەوە.
import-try-again = دووبارە هەڵبژاردنی فایل
import-summary = { $total } چوارچێوە: { $new } نوێ، { $changed } گۆڕاو، { $unchanged } نەگۆڕاو.
import-rows-shown = (یەکەم { $shown } پیشان دەدرێن)
import-applied = هێنانەکە تەواو بوو. چوارچێوەکان ئێستا لە کاتالۆگدان.
import-blocked = کەسێک ڕەشنووسی یەکێک لە چوارچێوەکان دەستکاری دەکات. سەرەتا ئەو ڕەشنووسە بڵاو بکەنەوە یان فڕێی بدەن.
import-nothing-to-write = هەموو ئەوەی لە فایلەکاندایە پێشتر لە کاتالۆگدا هەیە. پێویست بە پاشەکەوتکردنی هیچ نییە.
import-confirm = { $count ->
    [one] هێنانی یەک چوارچێوە
   *[other] هێنانی { $count } چوارچێوە
}
import-preview-caption = چوارچێوەکانی ناو فایلەکان
plan-new = نوێ، وەشانی 1
plan-new-version = گۆڕاو، دەبێتە وەشانی { $version }
plan-unchanged = نەگۆڕاو (وەشانی { $version })
plan-draft-in-the-way = ڕەشنووسێک ڕێگری دەکات (وەشانی { $version })
error-too-large = ئەوەی ناردتان زۆر گەورەیە.
error-conflict-not-a-draft = تەنها ڕەشنووس دەگۆڕدرێت. وەشانی بڵاوکراوە هەرگیز ناگۆڕێت.
error-conflict-code-taken = چوارچێوەیەکی تر پێشتر ئەو کۆدە بەکار دەهێنێت.
error-conflict-draft-in-the-way = کەسێک ڕەشنووسی ئەم چوارچێوەیە دەستکاری دەکات. سەرەتا ئەو ڕەشنووسە بڵاو بکەنەوە یان فڕێی بدەن.
error-conflict-import-refused = فایلەکان نەخوێندرانەوە و ناهێنرێن.
error-conflict-import-applied = ئەم هێنانە پێشتر کراوە.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = فایلەکە نەخوێندرایەوە ({ $detail }).
import-syntax = فایلەکە بە دروستی ڕێک نەخراوە: { $detail }
import-missing-field = نییە و پێویستە.
import-unknown-language = کۆدی زمانی نەناسراو «{ $detail }». کۆدێکی ISO 639 بەکار بهێنن، وەک sv، en یان ar.
import-missing-swedish = دەقی سویدی نییە. کاتالۆگەکە لە شوێنی وەرگێڕانی نەبوو سویدی پیشان دەدات، بۆیە سویدی پێویستە.
import-missing-file = ئەم فایلە پێویستە و نەدراوە.
import-unknown-occupation = هیچ پیشەیەک ئەم URIیەی نییە: { $detail }
import-unknown-parent = هیچ دێڕێک ئەم ژمارەی IDیەی نییە: «{ $detail }».
import-duplicate-framework = کۆدی { $detail } دوو جار هاتووە.
import-nothing = هیچ چوارچێوەیەکی تێدا نییە بۆ هێنان.
import-expected-skolverket-root = چاوەڕێی وەڵامێکی APIی Skolverket دەکرا کە course، courses، subject یان subjectsی تێدا بێت.
import-expected-jobtech-concepts = چاوەڕێی لیستێکی JSON لە چەمکەکانی JobTech Taxonomy دەکرا.
import-expected-moodle-header = چاوەڕێی هەناردەیەکی Moodle دەکرا بەم ستوونانە: Parent ID number، ID number، Short name و Description.
import-expected-kartla-file = چاوەڕێی فایلێک بە فۆرماتی Kartla دەکرا کە بە format = "kartla/1" دەست پێ بکات.
import-expected-text = چاوەڕێی دەق دەکرا.
import-expected-list = چاوەڕێی لیست دەکرا.
import-expected-kind = چاوەڕێی course یان occupation دەکرا.
import-expected-grade-step = چاوەڕێی پلەی نمرەی E، C یان A دەکرا.
import-expected-external-system = چاوەڕێی esco، jobtech یان skolverket دەکرا.
import-expected-utf8 = چاوەڕێی دەق بە UTF-8 دەکرا.
content-bad-code = کۆد 1 بۆ 60 نیشانەی هەیە: پیتی a–z، ژمارە، خاڵ، هێڵی ناوەڕاست یان هێڵی ژێرەوە.
content-empty = نابێت بەتاڵ بێت.
content-too-long = لە { $detail } پیت درێژترە.
content-no-sections = چوارچێوە لانیکەم پێویستی بە یەک بەش هەیە.
content-no-criteria = بەش لانیکەم پێویستی بە یەک پێوەر هەیە.
content-duplicate-code = کۆدی پێوەری { $detail } دوو جار بەکار هاتووە.
content-unknown-language = کۆدی زمانی نەناسراو «{ $detail }».
content-guidance-on-occupation = وەسفی پلەکانی نمرە سەر بە کۆرسەکانن، نەک پیشەکان.

## Authoring frameworks
admin-new-framework = چوارچێوەی نوێ
admin-col-action = کردار
admin-edit = دەستکاریکردنی { $code }
admin-continue = بەردەوامبوون لە ڕەشنووسی { $code }، وەشانی { $version }
new-framework-title = چوارچێوەی نوێ
new-framework-button = دروستکردنی ڕەشنووس
editor-kind = جۆر
editor-code = کۆد
editor-code-hint = کورت و بێهاوتا، لانی زۆر { $max } نیشانە: پیتی a–z، ژمارە، خاڵ، هێڵی ناوەڕاست یان هێڵی ژێرەوە. کۆدەکە دواتر ناگۆڕدرێت.
editor-title-sv = ناو بە سویدی
editor-title-en = ناو بە ئینگلیزی (هەڵبژاردەیی)
editor-title = دەستکاریکردنی { $title }، ڕەشنووسی وەشانی { $version }
editor-lead = ڕەشنووسەکە تا بڵاوی نەکەنەوە لە کاتالۆگدا دەرناکەوێت. هەر دوگمەیەک سەرەتا هەموو ئەوەی نووسیوتانە پاشەکەوت دەکات. وەشانی بڵاوکراوە هەرگیز ناگۆڕێت؛ ئەو نەخشانەی پێشتر دەستیان پێکراوە وەشانی خۆیان دەهێڵنەوە.
editor-name = ناو
editor-external = بەستنەوە بە تۆمارێکی دەرەکی (هەڵبژاردەیی)
editor-external-system = تۆمار
editor-external-none = بەستنەوە نییە
editor-external-id = IDی چەمکەکە یان URI
editor-section = بەشی { $number }
editor-section-title = سەردێڕی بەش
editor-section-add = زیادکردنی بەشێک
editor-section-up = بردنە سەرەوەی بەشی { $number }
editor-section-down = بردنە خوارەوەی بەشی { $number }
editor-section-remove = لابردنی بەشی { $number }
editor-criterion = پێوەری { $number }
editor-criterion-code = کۆد
editor-criterion-text = دەقی پێوەر
editor-criterion-add = زیادکردنی پێوەرێک بۆ بەشی { $number }
editor-criterion-up = بردنە سەرەوەی پێوەری { $number }
editor-criterion-down = بردنە خوارەوەی پێوەری { $number }
editor-criterion-remove = لابردنی پێوەری { $number }
editor-guidance = پلەکانی نمرە E، C و A (هەڵبژاردەیی)
editor-guidance-hint = هەر پلەیەکی نمرە بۆ ئەم پێوەرە چ مانایەکی هەیە. وەک ڕێنمایی بۆ بەشداربووان و هەڵسەنگێنەران پیشان دەدرێت.
editor-add-language = زیادکردنی زمانێک
editor-add-language-hint = خانەکانی زمانەکە دوای پاشەکەوتکردن دەردەکەون.
editor-add-language-none = زمانی نوێ نییە
editor-save = پاشەکەوتکردنی ڕەشنووس
editor-publish = بڵاوکردنەوە
editor-discard-title = فڕێدانی ڕەشنووس
editor-discard = فڕێدانی ڕەشنووس
editor-label-title = ناو ({ $lang })
editor-label-section-title = بەشی { $section }، سەردێڕ ({ $lang })
editor-label-section = بەشی { $section }
editor-label-criterion-code = بەشی { $section }، پێوەری { $criterion }، کۆد
editor-label-criterion-text = بەشی { $section }، پێوەری { $criterion }، دەق ({ $lang })
editor-label-criterion-guidance = بەشی { $section }، پێوەری { $criterion }، پلەی نمرە { $step } ({ $lang })
field-error-bad-code = کۆد تەنها پیتی a–z، ژمارە، خاڵ، هێڵی ناوەڕاست یان هێڵی ژێرەوەی تێدا دەبێت.
field-error-code-taken = چوارچێوەیەکی تر پێشتر ئەم کۆدە بەکار دەهێنێت.
field-error-no-sections = چوارچێوە لانیکەم پێویستی بە یەک بەش هەیە.
field-error-no-criteria = بەشەکە لانیکەم پێویستی بە یەک پێوەر هەیە.
field-error-duplicate-code = پێوەرێکی تر ئەم کۆدە بەکار دەهێنێت.
field-error-unknown-language = زمانی نەناسراو.
field-error-guidance-on-occupation = پلەکانی نمرە سەر بە کۆرسەکانن، نەک پیشەکان.
start-mapping-search = گەڕان لە هەموو { $count } کۆرس و پیشەی ناو کاتالۆگ
guidance-summary = پلەکانی نمرە چ مانایەکیان هەیە
admin-col-published = وەشانی بڵاوکراوە
admin-not-published = بڵاونەکراوەتەوە

## The merit portfolio
nav-experiences = بوخچەی ئەزموون
nav-evidence = بەڵگەکان
experiences-title = بوخچەی ئەزموونەکەم
experiences-lead = دەربارەی ئەوەی کردووتانە بنووسن: کار، خوێندن، کۆرس، کاری خۆبەخشی و شتی تر. بوخچەکە بۆ خۆتان دەردەکەوێت، هەروەها بۆ هەڵسەنگێنەران کاتێک نەخشەیەک پێشکەش دەکەن. کاتێک وەسفی ئەوە دەکەن کە دەتوانن چی بکەن، دەتوانن ئاماژە بە ئەزموونەکانتان بکەن.
experiences-add = زیادکردنی ئەزموونێک
experiences-none = هێشتا هیچ ئەزموونێکتان زیاد نەکردووە.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – بەردەوامە
experience-edit = گۆڕینی { $role }
experience-delete = لابردنی { $role }
experience-new-title = ئەزموونی نوێ
experience-edit-title = گۆڕینی ئەزموون
experience-unsaved = ئەمە ئەوەیە کە دوایین جار نووسیتان. هێشتا پاشەکەوت نەکراوە – ئەوەی نیشانە کراوە ڕاست بکەنەوە و دووبارە پاشەکەوتی بکەن.
experience-field-kind = چ جۆرە ئەزموونێکە؟
experience-field-role = چیتان دەکرد؟
experience-role-hint = بۆ نموونە ناوی پیشە، پرۆگرامێکی خوێندن یان کۆرسێک.
experience-field-place = خاوەنکار، قوتابخانە یان ڕێکخراو، و شار
experience-field-country = وڵات
experience-field-start = دەستپێک
experience-field-end = کۆتایی
experience-month-hint = ساڵ و مانگ، بۆ نموونە 2019-04.
experience-end-hint = ئەگەر هێشتا بەردەوامە، بە بەتاڵی جێی بهێڵن.
experience-field-tasks = ئەرکەکان و ئەوەی فێری بوون
experience-tasks-hint = ڕۆژێکی ئاسایی، ئەو بارودۆخە قورسانەی چارەسەرتان کردن، ئامراز و ڕێگاکان وەسف بکەن. لانی زۆر { $max } پیت.
experience-save = پاشەکەوتکردنی ئەزموون
experience-kind-work = کار
experience-kind-education = خوێندن
experience-kind-training = کۆرس یان ڕاهێنانی کارکردن
experience-kind-volunteering = کاری خۆبەخشی
experience-kind-other = شتی تر
experience-certificate = چاپکردنی ڕەشنووسی پشتڕاستنامە بۆ { $role } (PDF)
cert-title = ڕەشنووسی پشتڕاستنامە
cert-intro = من کارامەییەکانم بۆ پەسەندکردنی فەرمیی توانایی تۆمار دەکەم. ئێوە خاوەنکار، سەرپەرشتیار یان کەسی پەیوەندیی من بوون. تکایە وەسفەکەم لە خوارەوە بخوێننەوە، هەر شتێک هەڵەیە ڕاستی بکەنەوە و واژۆی بکەن.
cert-about = دەربارەی کارەکە
cert-person = ناو: { $value }
cert-role = پیشە یان ڕۆڵ: { $value }
cert-place = خاوەنکار یان شوێن: { $value }
cert-country = وڵات: { $value }
cert-period = ماوە: { $value }
cert-tasks = ئەرکەکان، بە وشەی خۆم
cert-no-tasks = (هێشتا وەسف نییە. تکایە ئەرکەکان لە خوارەوە وەسف بکەن.)
cert-confirm = پشتڕاستکردنەوە
cert-confirm-choice = وەسفەکە دروستە:   بەڵێ   /   بەڵێ، لەگەڵ ڕاستکردنەوەکانی خوارەوە   /   نەخێر   (بازنەیەک بە دەوری یەکێکیاندا بکێشن)
cert-corrections = ڕاستکردنەوە و زیادکراوەکان:
cert-extent = جۆر و ئەندازەی دامەزراندن (بۆ نموونە هەمیشەیی یان کاتی، کاتی تەواو یان نیوەکات):
cert-signer-name = ناو:
cert-signer-title = پۆست:
cert-signer-organisation = ڕێکخراو:
cert-signer-contact = تەلەفۆن یان ئیمەیڵ:
cert-signed-date = ڕێکەوت:
cert-signature = واژۆ:
cert-made = ئەم ڕەشنووسە لە { $date } لە Kartla چاپ کرا. تەنها دوای واژۆکردن بەهای هەیە.
field-error-invalid-month = ساڵ و مانگ بنووسن، بۆ نموونە 2019-04.
field-error-end-before-start = کۆتایی ناتوانێت پێش دەستپێک بێت.
experience-label = { $role } ({ $period })
experience-label-place = { $role }، { $place } ({ $period })
answer-experiences = وەڵامەکە پشت بە کام لە ئەزموونەکانتان دەبەستێت؟ (هەڵبژاردەیی)
answer-experiences-none = ئەزموون بۆ بوخچەی ئەزموونەکەتان زیاد بکەن، ئینجا دەتوانن لێرە ئاماژەیان پێ بکەن.
answer-draws-on = پشت دەبەستێت بە: { $list }
answer-evidence = کام بەڵگە ئەمە پیشان دەدات؟ (هەڵبژاردەیی)
answer-evidence-none = پشتڕاستنامە، نمرە، مۆڵەت یان وێنەی کارەکەتان بار بکەن، ئینجا دەتوانن لێرە ئاماژەیان پێ بکەن.
answer-evidence-missing = هیچ بەڵگەیەکم بۆ ئەمە نییە (نییە)
answer-evidence-shown = بەڵگە:
answer-evidence-missing-shown = بەڵگە نییە
evidence-title = بەڵگەکان
evidence-lead = پشتڕاستنامە، نمرە، دیپلۆما، مۆڵەت یان وێنەی شتێک کە کردووتانە. هەر فایلێک بەپێی ئەو ڕیزەی زیادی دەکەن ژمارەیەک وەردەگرێت. تەنها خۆتان و ئەو کەسەی پێداچوونەوە بە نەخشەکەتاندا دەکات دەتوانن فایلەکان ببینن.
evidence-none = هێشتا هیچ بەڵگەیەکتان زیاد نەکردووە.
evidence-label = پاشکۆی { $number }: { $title }
evidence-kind-size = { $kind }، { $kb } kB
evidence-belongs-to = سەر بە: { $list }
evidence-open = کردنەوەی پاشکۆی { $number }
evidence-delete = سڕینەوەی پاشکۆی { $number }
evidence-added = پاشکۆی { $number } زیاد کرا.
evidence-add-heading = زیادکردنی بەڵگە
evidence-title-label = ئەمە چییە؟ (هەڵبژاردەیی)
evidence-title-hint = بۆ نموونە «مۆڵەتی فۆرکلیفت» یان «نمرەکانی ئامادەیی». لانی زۆر { $max } پیت. ئەگەر بە بەتاڵی جێی بهێڵن، ناوی فایلەکە بەکار دەهێنرێت.
evidence-experiences = سەر بە کام ئەزموونانەیە؟ (هەڵبژاردەیی)
evidence-file-label = فایل
evidence-file-hint = PDF، JPEG یان PNG، لانی زۆر { $max } MB. دەتوانن بە مۆبایلەکەتان وێنە بگرن.
evidence-upload = بارکردن
evidence-full = { $max } بەڵگەتان هەیە، ئەوەندەی دەکرێت هەڵبگیرێت. بۆ زیادکردنی زیاتر، یەکێکیان بسڕنەوە.
field-error-evidence-no-file = فایلێک بۆ بارکردن هەڵبژێرن
field-error-evidence-too-big = فایلەکە زۆر گەورەیە – دەبێت لە 10 MB زیاتر نەبێت
field-error-evidence-wrong-type = فایلەکە PDF، JPEG یان PNG نییە
field-error-evidence-too-many = پێشتر ئەوەندە بەڵگەتان هەیە کە دەکرێت هەڵبگیرێت
field-error-evidence-title-too-long = وەسفەکە زۆر درێژە
evidence-refused-no-file = هیچ فایلێک نەنێردرا.
evidence-refused-too-big = فایلەکە زۆر گەورەیە. دەبێت لە 10 MB زیاتر نەبێت.
evidence-refused-wrong-type = فایلەکە PDF، JPEG یان PNG نییە.
evidence-refused-too-many = پێشتر ئەوەندە بەڵگە هەیە کە دەکرێت هەڵبگیرێت.
evidence-refused-title-too-long = وەسفەکە زۆر درێژە.
catalogue-version-dated = وەشانی { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = کێ زانیارییەکانی ئێوەی بینیوە
seen-by-lead = هەر جارێک کەسێک جگە لە خۆتان یەکێک لە نەخشەکانتان، پرۆفایلی توانایی ئەو نەخشەیە یان یەکێک لە فایلەکانی بەڵگەتان بکاتەوە، لێرە دەنووسرێت: کێ، بە چ ڕۆڵێک، بۆ چ ڕێکخراوێک و کەی. کەس ناتوانێت سەیر بکات بێ ئەوەی بنووسرێت.
seen-by-none = کەسی تر زانیارییەکانی ئێوەی نەکردووەتەوە.
seen-by-caption = کێ چی کردەوە، نوێترین لە سەرەوە
seen-by-when = کەی
seen-by-who = کێ
seen-by-role = ڕۆڵ
seen-by-organisation = ڕێکخراو
seen-by-what = چی
seen-by-link = کێ زانیارییەکانی ئێوەی بینیوە
seen-what-mapping = نەخشەی { $number }
seen-what-profile-pdf = پرۆفایلی توانایی نەخشەی { $number }
seen-what-evidence = فایلێکی بەڵگە
seen-what-case = دۆسیەی { $number }
seen-what-statement = ڕاپۆرتی هەڵسەنگاندنی دۆسیەی { $number }
role-participant = بەشداربوو
role-counsellor = ڕاوێژکاری خوێندن و پیشە
role-coordinator = کارمەندی دۆسیە
role-validator = هەڵسەنگێنەر
role-org-admin = بەڕێوەبەری ڕێکخراو
role-installation-admin = بەڕێوەبەری سیستەم

# The person's own account
nav-account = هەژمارەکەتان
account-title = هەژمارەکەتان
account-who = بە ناوی { $name } ({ $email }) چوونەتە ژوورەوە.
account-home-submit = پاشەکەوتکردنی شارەوانیی نیشتەجێبوون
account-home-saved = شارەوانیی نیشتەجێبوونتان پاشەکەوت کرا.
account-password-title = گۆڕینی وشەی نهێنی
account-password-submit = گۆڕینی وشەی نهێنی
account-password-saved = وشەی نهێنییەکەتان گۆڕدرا. لە ئامێرەکانی ترتان کرانە دەرەوە.
account-everywhere-title = چوونەدەرەوە لە هەموو شوێنێک
account-everywhere-lead = هەموو چوونەژوورەوەکانتان کۆتایی پێ دەهێنێت، لە هەموو مۆبایل و کۆمپیوتەرێک، ئەمەش لەگەڵیدا. ئەگەر ئامێرێکتان ون کردووە یان لە کۆمپیوتەرێکی هاوبەش چوونەتە ژوورەوە، بەکاری بهێنن.
account-everywhere-submit = چوونەدەرەوە لە هەموو شوێنێک
field-current = وشەی نهێنیی ئێستا
field-new = وشەی نهێنیی نوێ
field-error-wrong-password = دروست نییە

# Organisations and people (administration)
nav-admin-people = ڕێکخراو و کەسەکان
people-title = ڕێکخراو و کەسەکان
people-lead = ئەو ڕۆڵانەی کەسەکان لە ڕێکخراوەکانتاندا هەیانە. کاتێک کۆتایی بە ڕۆڵێک دەهێنن، ئەوەی ئەو ڕۆڵە دەیدا یەکسەر لادەبرێت؛ کەسەکە هەژمار و ڕۆڵەکانی تری دەمێنێتەوە.
people-none = هێشتا کەس لێرە ڕۆڵی نییە.
people-caption = ڕۆڵەکان لە { $org }
people-col-name = ناو
people-col-email = ناونیشانی ئیمەیڵ
people-col-role = ڕۆڵ
people-end = کۆتاییهێنان بە ڕۆڵی { $role } بۆ { $name }
people-ended = ڕۆڵەکە کۆتایی پێهات.
people-add-org = زیادکردنی ڕێکخراوێک
people-add-org-submit = زیادکردنی ڕێکخراو
people-org-added = ڕێکخراوەکە زیاد کرا.
org-kind-region = نووسینگەی هەرێم
org-kind-municipality = شارەوانی
org-kind-provider = دابینکەری خوێندن
org-code-hint = کۆدێکی کورت: پیتی A–Z، ژمارە و هێڵی ناوەڕاست، وەک LULEA یان NORD-VAL.
field-org-kind = جۆری ڕێکخراو
field-org-code = کۆد
field-org-name = ناو
field-org-email = ئیمەیڵی پەیوەندی
field-org-phone = تەلەفۆنی پەیوەندی
field-error-bad-org-code = دەبێت 2 بۆ 24 پیتی A–Z، ژمارە یان هێڵی ناوەڕاست بێت و بە پیتێک دەست پێ بکات
field-error-region-exists = ئەم سیستەمە پێشتر هەرێمی خۆی هەیە

# Invitations
invite-heading = بانگهێشتکردنی کەسێک
invite-explain = کەسەکە بەستەرێک وەردەگرێت کە یەک جار و بۆ ماوەی حەوت ڕۆژ کار دەکات. بەو بەستەرە ڕۆڵەکە وەردەگرێت: ئەگەر هەژماری هەبێت، دوای چوونەژوورەوە بۆ هەژمارەکەی؛ ئەگەر نا، بە دروستکردنی هەژمارێک بەم ناونیشانی ئیمەیڵە.
field-invite-organisation = ڕێکخراو
field-invite-role = ڕۆڵ
field-error-role-misfit = لەگەڵ ئەم جۆرە ڕێکخراوە ناگونجێت
invite-submit = ناردنی بانگهێشت
invite-sent = بانگهێشتەکە بە ئیمەیڵ نێردرا.
invite-pass-on = ئەم سیستەمە ئیمەیڵ نانێرێت. خۆتان ئەم بەستەرە بدەنە کەسەکە، بە شێوەیەک کە تەنها ئەو بتوانێت بیخوێنێتەوە. یەک جار و بۆ ماوەی حەوت ڕۆژ کار دەکات؛ ئەم پەڕەیە تەنها بۆ پێنج خولەک پیشانی دەدات.
invite-not-sent = ئیمەیڵەکە نەنێردرا. خۆتان ئەم بەستەرە بدەنە کەسەکە، بە شێوەیەک کە تەنها ئەو بتوانێت بیخوێنێتەوە. یەک جار و بۆ ماوەی حەوت ڕۆژ کار دەکات؛ ئەم پەڕەیە تەنها بۆ پێنج خولەک پیشانی دەدات.
invite-withdrawn = بانگهێشتەکە کشێندرایەوە. بەستەرەکەی چیتر کار ناکات.
invite-pending-caption = ئەو بانگهێشتانەی لە { $org } هێشتا وەرنەگیراون
invite-col-expires = کار دەکات تا
invite-withdraw = کشاندنەوەی بانگهێشت بۆ { $email }
invite-title = بانگهێشت
invite-lead = بۆ ڕۆڵی { $role } لە { $org } بانگهێشت کراون. بانگهێشتەکە بۆ ئەم ناونیشانەیە: { $email }.
invite-accept = وەرگرتنی بانگهێشت
invite-new-account = دروستکردنی هەژمارەکەتان
invite-other-person = بە ناوی { $me } چوونەتە ژوورەوە، بەڵام بانگهێشتەکە بۆ ئەم ناونیشانەیە: { $email }. بچنە دەرەوە، پاشان بەستەرەکە دووبارە بکەنەوە.
invite-sign-in-first = هەژمارێک بۆ { $email } هەیە. بەو هەژمارە بچنە ژوورەوە، ئینجا دەگەڕێنەوە ئێرە بۆ وەرگرتنی بانگهێشتەکە.
invite-gone-title = ئەم بانگهێشتە چیتر کار ناکات
invite-gone-text = یان بەکار هاتووە، یان دوای حەوت ڕۆژ بەسەرچووە، یان کشێندراوەتەوە. داوای بانگهێشتێکی نوێ لەو کەسە بکەن کە بانگهێشتی کردن.
error-conflict-invitation-gone = ئەم بانگهێشتە چیتر کار ناکات: یان بەکار هاتووە، یان بەسەرچووە، یان کشێندراوەتەوە. داوای بانگهێشتێکی نوێ لەو کەسە بکەن کە بانگهێشتی کردن.
error-conflict-invitation-other-person = بانگهێشتەکە بۆ ناونیشانێکی ئیمەیڵی ترە، نەک ئەو هەژمارەی تێیدا چوونەتە ژوورەوە. بچنە دەرەوە، پاشان بەستەرەکە دووبارە بکەنەوە.
error-conflict-invitation-sign-in = پێشتر هەژمارێک بە ناونیشانی ئیمەیڵی بانگهێشتکراو هەیە. بەو هەژمارە بچنە ژوورەوە، پاشان بەستەرەکە دووبارە بکەنەوە.
mail-invite-subject = بانگهێشت بۆ { $org } لە Kartla
mail-invite-body =
    سڵاو،

    { $inviter } بانگهێشتتان دەکات بۆ ڕۆڵی { $role } لە { $org } لە Kartla.

    بۆ وەرگرتنی بانگهێشتەکە ئەم بەستەرە بکەنەوە:
    { $link }

    بەستەرەکە یەک جار و بۆ ماوەی { $days } ڕۆژ کار دەکات. ئەگەر چاوەڕێی ئەم بانگهێشتە نەبوون، دەتوانن ئەم ئیمەیڵە پشتگوێ بخەن.

# Forgotten password
sign-in-forgot = وشەی نهێنییەکەتان لە بیر چووە؟
forgot-title = وشەی نهێنیی لە بیرچوو
forgot-lead = ناونیشانی ئیمەیڵی هەژمارەکەتان بنووسن. بەستەرێکی بۆ دەنێرین کە بەهۆیەوە وشەی نهێنییەکی نوێ هەڵدەبژێرن.
forgot-submit = ناردنی بەستەر
forgot-asked = ئەگەر هەژمارێک بەو ناونیشانە هەبێت، بەستەرێک بەڕێوەیە بۆی. یەک جار و بۆ ماوەی یەک کاتژمێر کار دەکات. فۆڵدەری سپام (spam)یش بپشکنن.
forgot-no-mail = ئەم سیستەمە ئیمەیڵ نانێرێت، بۆیە ناتوانرێت بەستەرتان بۆ بنێردرێت. ئەگەر لە یەکێک لە ڕێکخراوەکانی هەرێمدا کار دەکەن، داوای بەستەرێک لە بەڕێوەبەرەکەی بکەن؛ ئەگەر نا، لەو کەسانە بپرسن کە Kartla لە شارەوانییەکەتاندا بەڕێوە دەبەن.
reset-title = وشەی نهێنییەکی نوێ هەڵبژێرن
reset-submit = پاشەکەوتکردنی وشەی نهێنیی نوێ
reset-done = وشەی نهێنیی نوێتان پاشەکەوت کرا، و لە هەموو شوێنێک کرانە دەرەوە. بە وشەی نهێنیی نوێ بچنە ژوورەوە.
reset-gone-title = ئەم بەستەرە چیتر کار ناکات
reset-gone-text = یان بەکار هاتووە، یان دوای یەک کاتژمێر بەسەرچووە. لە پەڕەی چوونەژوورەوە داوای بەستەرێکی نوێ بکەن.
error-conflict-password-link-gone = ئەم بەستەرە چیتر کار ناکات: یان بەکار هاتووە، یان بەسەرچووە. لە پەڕەی چوونەژوورەوە داوای بەستەرێکی نوێ بکەن.
mail-reset-subject = وشەی نهێنییەکی نوێ بۆ Kartla هەڵبژێرن
mail-reset-body =
    سڵاو،

    کەسێک داوای کردووە وشەی نهێنییەکی نوێ بۆ هەژمارەکەتان لە Kartla هەڵبژێردرێت. بۆ هەڵبژاردنی وشەی نهێنیی نوێ ئەم بەستەرە بکەنەوە:
    { $link }

    بەستەرەکە یەک جار و بۆ ماوەی { $minutes } خولەک کار دەکات. ئەگەر ئێوە داواتان نەکردووە، دەتوانن ئەم ئیمەیڵە پشتگوێ بخەن: وشەی نهێنییەکەتان وەک خۆی دەمێنێتەوە.

# The administrators' search of the access log
audit-title = کێ زانیاریی کێی بینیوە
audit-lead = بە ناونیشانی ئیمەیڵی کەسێک بگەڕێن بۆ هەموو ئەو جارانەی کەسێک نەخشە، پرۆفایل یان بەڵگەکانی ئەوی کردووەتەوە. ئەوە دەبینن کە کەسانی ڕێکخراوەکانتان کردوویانەتەوە؛ بەڕێوەبەرانی سیستەم هەموو شتێک دەبینن. گەڕانەکەتان بە کەسەکە پیشان نادرێت.
audit-person = ناونیشانی ئیمەیڵی کەسەکە
audit-search = گەڕان
audit-unknown = هیچ هەژمارێک بەو ناونیشانی ئیمەیڵە نییە.
audit-none = لەو کەسانەی کە ڕێگەتان هەیە ببینن، کەس زانیارییەکانی ئەم کەسەی نەکردووەتەوە.
audit-caption = کێ زانیارییەکانی ئەم کەسەی کردووەتەوە: { $email }، نوێترین لە سەرەوە
people-edit-org = گۆڕینی زانیارییەکانی { $org }
people-edit-org-submit = پاشەکەوتکردنی زانیارییەکان
people-org-changed = زانیارییەکانی ڕێکخراوەکە پاشەکەوت کران.
people-serves = ئەو شارەوانییانەی بۆیان هەڵدەسەنگێنێت
people-serves-hint = هەڵسەنگێنەرانی ئەم ڕێکخراوە نەخشە پێشکەشکراوەکانی ئەو کەسانە دەبینن کە لەو شارەوانییانەدا دەژین کە لێرە نیشانە کراون.
people-new-role = ڕۆڵی نوێ بۆ { $name }
people-change = گۆڕینی ڕۆڵی { $name }
people-role-changed = ڕۆڵەکە گۆڕدرا.
reset-link-heading = وشەی نهێنیی نوێ بۆ کەسێکی تر
reset-link-explain = کاتێک کەسێک کە لە ڕێکخراوەکەتاندا کار دەکات ناتوانێت بچێتە ژوورەوە و ئەم سیستەمە ئیمەیڵ نانێرێت، بەستەرێک دروست بکەن کە بەهۆیەوە وشەی نهێنییەکی نوێ هەڵبژێرێت. یەک جار و بۆ ماوەی یەک کاتژمێر کار دەکات؛ بە شێوەیەک بیدەنێ کە تەنها ئەو بتوانێت بیخوێنێتەوە. هەژماری بەشداربووان فایلە تایبەتییەکانی خۆیان دەکاتەوە، بۆیە هیچ بەڕێوەبەرێک بەستەریان بۆ دروست ناکات.
reset-link-email = ناونیشانی ئیمەیڵی ئەو کەسە
reset-link-submit = دروستکردنی بەستەر
reset-link-pass-on = ئەم بەستەرە بدەنە کەسەکە، بە شێوەیەک کە تەنها ئەو بتوانێت بیخوێنێتەوە. یەک جار و بۆ ماوەی یەک کاتژمێر کار دەکات؛ ئەم پەڕەیە تەنها بۆ پێنج خولەک پیشانی دەدات.
field-error-not-your-person = ناونیشانی کەسێک نییە کە تەنها لە ڕێکخراوەکانی ئێوەدا کار دەکات
field-error-control-characters = نابێت دێڕی نوێ یان نیشانەی کۆنترۆڵی تری تێدا بێت

## Cases: coordinators and validators
nav-cases = دۆسیەکان
cases-title = دۆسیەکان
cases-organisation = دۆسیەکانی ڕێکخراوەکەتان، ئەوانەی زۆرترین چاوەڕێیان کردووە لە سەرەوە
cases-assigned = ئەو دۆسیانەی پێتان سپێردراون
cases-none = ئێستا هیچ دۆسیەیەک نییە.
cases-none-assigned = ئێستا هیچ دۆسیەیەک پێتان نەسپێردراوە.
cases-col-person = کەس
cases-col-framework = کۆرس یان پیشە
cases-col-state = قۆناغ
cases-col-waited = چاوەڕوانی
cases-col-validator = هەڵسەنگێنەر
cases-days = { $days ->
    [one] { $days } ڕۆژ
   *[other] { $days } ڕۆژ
}
cases-overdue = دواکەوتووە لە { $date } بەدواوە
back-to-cases = گەڕانەوە بۆ دۆسیەکان
case-title = دۆسیەی { $id }: { $person }
case-state-new = نوێ
case-state-checking = لە پشکنیندایە
case-state-returned = چاوەڕێی تەواوکارییە
case-state-assigned = لای هەڵسەنگێنەرە
case-state-concluded = کۆتایی هاتووە
case-state = قۆناغ
case-organisation = ڕێکخراوی بەرپرس
case-validator = هەڵسەنگێنەر
case-no-validator = هێشتا کەس نییە
case-handed-in = پێشکەشکرا
case-waited = چاوەڕوانی لەم قۆناغەدا
case-deadline = دوایین ڕۆژی تەواوکاری
case-late = دواکەوتوو
case-actions = ئێستا دەتوانن چی بکەن
case-take = دەستپێکردنی پشکنینی دۆسیەکە
case-assign = سپاردن
field-validator = هەڵسەنگێنەر
case-validator-hint = تەنها ئەو هەڵسەنگێنەرانە هەڵدەبژێردرێن کە لە ڕێبەرەکەدا بۆ ئەم کۆرس یان پیشەیە ناویان هاتووە.
case-choose-validator = هەڵسەنگێنەرێک هەڵبژێرن
case-no-validators = هیچ هەڵسەنگێنەرێک لە ڕێکخراوەکەتاندا بۆ ئەمە لە ڕێبەرەکەدا ناوی نییە. بەڕێوەبەرێک دەتوانێت زیادی بکات.
case-hand-back = گەڕاندنەوەی دۆسیەکە بۆ کارمەندی دۆسیە
case-hand-back-hint = بنووسن بۆچی، بۆ نموونە کە دۆسیەکە دەربارەی بابەتێکە کە ئێوە هەڵی ناسەنگێنن.
case-hand-back-submit = گەڕاندنەوە
field-reason = هۆکار
case-saved-take = ئێستا ئێوە دۆسیەکە دەپشکنن.
case-saved-assign = دۆسیەکە بە هەڵسەنگێنەر سپێردرا.
case-saved-sent = لیستی تەواوکارییەکان نێردرا. کەسەکە لە تێڕوانینی گشتیی خۆیدا دەیبینێت.
case-saved-concluded = دۆسیەکە کۆتایی هات. دەتوانرێت ڕاپۆرتی هەڵسەنگاندنەکە دابگیرێت.
case-saved-handed-back = دۆسیەکە گەڕێندرایەوە بۆ کارمەندی دۆسیە.
case-versions = وەشانە پێشکەشکراوەکان
case-version = وەشانی { $number }، { $date }
case-profile-pdf = پرۆفایلی توانایی ئەم وەشانە (PDF)
case-own-rating = خۆهەڵسەنگاندنی کەسەکە
case-judgement = هەڵسەنگاندنی هەڵسەنگێنەر
change-heading = گۆڕانکاری لە وەشانی { $number } بەدواوە
change-none = هیچ شتێک لە وەڵامەکاندا نەگۆڕاوە.
change-rating = خۆهەڵسەنگاندن: { $before } ← { $after }
change-text = وەسفەکە گۆڕاوە
change-evidence = پاشکۆی نوێ: { $numbers }
change-experiences = ئێستا پشت بە ئەزموونی زیاتر دەبەستێت
change-missing = گۆڕاوە کە ئایا بەڵگە نییە یان هەیە
change-goal = ئامانجەکە گۆڕاوە.
change-new-evidence = پاشکۆی نوێ لە لیستەکەدا: { $numbers }
change-portfolio = ئەزموون لە بوخچەی ئەزموونەکەدا زیاد کراون یان گۆڕاون.
verdict-met = بەدیهاتووە
verdict-partly-met = تا ڕادەیەک بەدیهاتووە
verdict-not-met = بەدی نەهاتووە
verdict-not-yet = هێشتا ناتوانرێت هەڵبسەنگێنرێت
method-documents = بەڵگەنامەکان
method-interview = چاوپێکەوتن
method-practical-test = تاقیکردنەوەی کرداری
method-theoretical-test = تاقیکردنەوەی تیۆری
method-workplace-observation = چاودێری لە شوێنی کار
field-verdict = هەڵسەنگاندن
field-methods = ڕێگاکان
field-judgement = هەڵسەنگاندن
judgement-methods-hint = نیشانە بکەن چۆن گەیشتنە ئەم هەڵسەنگاندنە.
judgement-none = هێشتا هەڵنەسەنگێنراوە.
judgement-by = { $name }، { $date }
judgement-methods = ڕێگاکان: { $methods }
judgement-reason = هۆکاری گۆڕانکاری: { $reason }
judgement-history = هەڵسەنگاندنەکانی پێشوو ({ $count })
judgement-form = هەڵسەنگاندنی { $code }
judgement-save = پاشەکەوتکردنی هەڵسەنگاندن
judgement-change = گۆڕینی هەڵسەنگاندن
judgement-reason-hint = دۆسیەکە کۆتایی هاتووە. هەڵسەنگاندنی گۆڕاو پێویستی بە هۆکار هەیە، و هەڵسەنگاندنی پێشوو لە مێژوودا دەمێنێتەوە.
additions-heading = تەواوکارییەکان
additions-building = لیستی نوێی تەواوکاری
additions-building-hint = هەر جارە یەک شت زیاد بکەن: چی کەمە، سەر بە کوێیە و بە چ شێوەیەک. کاتێک لیستەکە ئامادە بوو، لەگەڵ دوایین ڕۆژ بینێرن.
additions-choose-target = هەڵبژێرن دەربارەی چییە
field-target = دەربارەی
field-missing = چی کەمە
additions-missing-hint = ڕوون بنووسن، بۆ نموونە «پشتڕاستنامەی کار کە ئەرکەکان لە Lager AB پیشان بدات».
field-form = بە چ شێوەیەک
additions-form-hint = بۆ نموونە «PDF یان وێنە، بە سویدی یان وەرگێڕدراو».
additions-add = زیادکردن بۆ لیستەکە
additions-remove = لابردن
field-deadline = دوایین ڕۆژ
additions-deadline-hint = کەسەکە ڕێکەوتەکە لە لیستەکەدا دەبینێت.
additions-send = ناردنی لیستەکە بۆ کەسەکە
additions-sent-by = لەلایەن { $name } داواکراوە، دوایین ڕۆژ { $deadline }
additions-answered = کەسەکە لە { $date } دووبارە پێشکەشی کردەوە
additions-form-shown = شێوە: { $form }
additions-item-done = بەپێی کەسەکە تەواوە
additions-item-open = هێشتا تەواو نییە
additions-mark-done = نیشانەکردن وەک تەواو
additions-mark-not-done = نیشانەکردن وەک تەواونەبوو
additions-asked = ئەوەی دەبێت تەواوی بکەن
additions-asked-hint = گۆڕانکارییەکان لە نەخشەکە، بوخچەی ئەزموون یان بەڵگەکاندا بکەن. هەر شتێک وەک تەواو نیشانە بکەن، پاشان نەخشەکە دووبارە پێشکەش بکەنەوە.
target-case = هەموو دۆسیەکە
target-criterion = پێوەری { $criterion }
target-experience = ئەزموون: { $experience }
target-evidence = { $evidence }
conclude-heading = کۆتاییهێنان بە دۆسیەکە
conclude-not-judged = { $count ->
    [one] یەک پێوەر هێشتا هەڵنەسەنگێنراوە: { $codes }. هەڵیبسەنگێنن، یان «هێشتا ناتوانرێت هەڵبسەنگێنرێت» هەڵبژێرن.
   *[other] { $count } پێوەر هێشتا هەڵنەسەنگێنراون: { $codes }. هەڵیانبسەنگێنن، یان «هێشتا ناتوانرێت هەڵبسەنگێنرێت» هەڵبژێرن.
}
conclude-outcome = ئەنجام بۆ { $framework }
outcome-fully-met = بە تەواوی بەدیهاتووە
outcome-partly-met = تا ڕادەیەک بەدیهاتووە
outcome-not-met = بەدی نەهاتووە
field-outcome = ئەنجام
field-statement = ڕاپۆرتی گشتی
conclude-statement-hint = کەسەکە ڕاپۆرتەکە دەخوێنێتەوە و دەیبات بۆ بەڕێوەبەری قوتابخانە، خاوەنکار یان کۆرسی داهاتوو.
field-next-steps = هەنگاوە پێشنیارکراوەکانی داهاتوو
next-step-top-up-course = کۆرسی تەواوکەر
next-step-exam = تاقیکردنەوە بۆ وەرگرتنی نمرە (prövning)
next-step-workplace-assessment = هەڵسەنگاندن لە شوێنی کار
next-step-guidance = گفتوگۆ لەگەڵ ڕاوێژکاری خوێندن و پیشە
field-next-steps-text = هەنگاوەکانی داهاتوو بە وشەی خۆتان
conclude-submit = کۆتاییهێنان بە دۆسیەکە لەگەڵ ڕاپۆرتەکە
conclusion-heading = ڕاپۆرتی هەڵسەنگاندن
conclusion-by = لەلایەن { $name } لە { $date } کۆتایی پێهێنرا
conclusion-remaining = ماوە: { $codes }
conclusion-statement = ڕاپۆرتی گشتی
conclusion-next-steps = هەنگاوە پێشنیارکراوەکانی داهاتوو
conclusion-download = داگرتنی ڕاپۆرتی هەڵسەنگاندن (PDF)
case-event-handed-in = { $name } وەشانی { $detail } پێشکەش کرد
case-event-taken = { $name } دەستی بە پشکنینی دۆسیەکە کرد
case-event-assigned = { $name } دۆسیەکەی سپارد بە { $detail }
case-event-handed-back = { $name } دۆسیەکەی گەڕاندەوە: { $detail }
case-event-returned = { $name } داوای تەواوکاری کرد، دوایین ڕۆژ { $detail }
case-event-judged = { $name } ئەمەی هەڵسەنگاند: { $detail }
case-event-rejudged = { $name } هەڵسەنگاندنی ئەمەی گۆڕی: { $detail }
case-event-item-done = { $name } وەک تەواو نیشانەی کرد: { $detail }
case-event-item-reopened = { $name } وەک تەواونەبوو نیشانەی کرد: { $detail }
case-event-outcome-changed = ئەنجامەکە لەگەڵ هەڵسەنگاندنی گۆڕاودا گۆڕا: { $detail }
case-event-concluded = { $name } بە ڕاپۆرتی هەڵسەنگاندن کۆتایی بە دۆسیەکە هێنا
case-panel-heading = دۆسیەکەتان
case-panel-whole = بینینی هەموو دۆسیەکە لەگەڵ هەموو ڕووداوەکانی
case-explainer-checking = { $organisation } دەپشکنێت کە هەموو شتێک هەیە.
case-explainer-assigned = هەڵسەنگێنەرێک لە { $organisation } ئێستا نەخشەکە پێوەر بە پێوەر هەڵدەسەنگێنێت.
case-explainer-returned = { $organisation } دەیەوێت نەخشەکە تەواو بکەن. لیستی خوارەوە ببینن.
case-explainer-concluded = { $organisation } کۆتایی بە هەڵسەنگاندنەکە هێنا. ڕاپۆرتی هەڵسەنگاندن لە خوارەوەیە.
hand-in-goes-to = نەخشەکە دەچێت بۆ { $organisation }.
hand-in-no-home = پێش پێشکەشکردن دەبێت شارەوانیی نیشتەجێبوون هەڵبژێرن. ئەمە لە پەڕەی «هەژمارەکەتان» بکەن.
field-provider = کێ هەڵیبسەنگێنێت
hand-in-choose-hint = چەند ڕێکخراوێک ئەم پیشەیە هەڵدەسەنگێنن. یەکێکیان هەڵبژێرن.
error-conflict-case-moved = کەسێکی تر پێشتر دۆسیەکەی گۆڕیوە. پەڕەکە دۆسیەکە وەک ئێستا پیشان دەدات.
error-conflict-no-home = پێش پێشکەشکردن دەبێت شارەوانیی نیشتەجێبوون هەڵبژێرن.
field-error-not-listed = لە ڕێبەرەکەدا بۆ ئەم کۆرس یان پیشەیە ناوی نییە
field-error-does-not-fit = لەگەڵ هەڵسەنگاندنی پێوەرەکان ناگونجێت
field-error-in-past = دەبێت ڕێکەوتێک بێت دوای ئەمڕۆ
field-error-too-far = دەتوانێت لانی زۆر ساڵێک دواتر بێت
field-error-no-items = لیستەکە هێشتا هیچی تێدا نییە
field-error-too-many = لیستەکە لانی زۆر 30 شتی تێدا دەبێت
field-error-invalid = یەکێک لە بژاردەکان نییە
field-error-invalid-characters = نیشانەی تێدایە کە پاشەکەوت ناکرێن
mail-additions-subject = Kartla: تکایە نەخشەکەتان تەواو بکەن
mail-additions-body = سڵاو { $name }،

    ئەو کەسەی نەخشەکەتان هەڵدەسەنگێنێت دەیەوێت تەواوی بکەن. لیستی ئەوەی پێویستە، و دوایین ڕۆژ، لێرەدایە:

    { $link }

    لەگەڵ ڕێزدا،
    Kartla
mail-concluded-subject = Kartla: هەڵسەنگاندنی نەخشەکەتان تەواو بوو
mail-concluded-body = سڵاو { $name }،

    هەڵسەنگاندنی نەخشەکەتان تەواو بوو. دەتوانن ڕاپۆرتی هەڵسەنگاندنەکە لێرە بخوێننەوە و دایبگرن:

    { $link }

    لەگەڵ ڕێزدا،
    Kartla

## The statement (PDF)
file-name-statement = ڕاپۆرتی-هەڵسەنگاندن-{ $number }
verify-document = بەڵگەنامە
statement-title = ڕاپۆرتی هەڵسەنگاندن
statement-lead = هەڵسەنگاندنی زانین و توانایی (پەسەندکردنی فەرمیی توانایی)، پێوەر بە پێوەر.
statement-organisation = دەرکراوە لەلایەن
statement-contact = پەیوەندی
statement-case = دۆسیە
statement-version = ئەو وەشانە پێشکەشکراوەی هەڵسەنگێنرا
statement-issued = ڕێکەوت
statement-assessor = هەڵسەنگێنەر
statement-verify-where = ڕاستیی ڕاپۆرتەکە لێرە بپشکنن:
statement-outcome = ئەنجام
statement-signatures = واژۆکان
statement-assessed-by = لەلایەن { $name } هەڵسەنگێنرا.
statement-principal = بەڕێوەبەری قوتابخانە یان سەرۆکی بەرپرس:
statement-signature = واژۆ:
statement-name-clarified = ناو بە خەتی ڕوون:
statement-signed-date = شوێن و ڕێکەوت:

## The directory: who assesses what
nav-directory = کێ چی هەڵدەسەنگێنێت
directory-title = کێ چی هەڵدەسەنگێنێت
directory-lead = ڕێکخراوەکانی هەرێم و ئەو کەسانەی کۆرس و پیشەکان هەڵدەسەنگێنن. تەنها ئەوانە پیشان دەدرێن کە خۆیان هەڵیانبژاردووە پیشان بدرێن.
directory-q = کۆرس یان پیشە
directory-q-hint = بەشێک لە ناو یان کۆدەکە بنووسن، بۆ نموونە «lager» (کۆگا) یان «DEMO-KOCK1».
directory-municipality = شارەوانی
directory-any-municipality = هەموو شارەوانییەکان
directory-search = گەڕان
directory-none = کەس لە ڕێبەرەکەدا لەگەڵ گەڕانەکەدا ناگونجێت.
directory-serves = هەڵدەسەنگێنێت بۆ: { $list }
directory-serves-all = بۆ هەموو هەرێمەکە هەڵدەسەنگێنێت
directory-assesses = هەڵدەسەنگێنێت
directory-languages = زمانەکان
directory-methods = ڕێگاکان
directory-contact = پەیوەندی
admin-directory-title = ڕێبەری «کێ چی هەڵدەسەنگێنێت»
admin-directory-lead = دیاری بکەن هەر کەسێکی ڕێکخراوەکەتان چی هەڵدەسەنگێنێت، بە چ زمانێک قسە دەکات و چ ڕێگایەک بەکار دەهێنێت. دۆسیەکان تەنها دەسپێردرێن بەو هەڵسەنگێنەرانەی بۆ ئەو کۆرس یان پیشەیە ناویان هاتووە. هەر کەسێک خۆی لە پەڕەی هەژمارەکەیدا هەڵدەبژێرێت کە بە ئاشکرا پیشان بدرێت یان نا.
admin-directory-none = کەس لە ڕێکخراوەکانتاندا هەڵسەنگاندن یان ڕاوێژکاری ناکات.
admin-directory-saved = ڕێبەرەکە پاشەکەوت کرا.
admin-directory-listed = لە ڕێبەری گشتیدا پیشان دەدرێت.
admin-directory-not-listed = بە ئاشکرا پیشان نادرێت (کەسەکە ئەمەی هەڵنەبژاردووە).
admin-directory-languages-hint = کۆدی زمانەکان بە کۆما لە یەک جیا بکەنەوە، بۆ نموونە «sv, ar, ti».
admin-directory-save = پاشەکەوتکردن
field-languages = زمانەکان
account-listing-title = ڕێبەری «کێ چی هەڵدەسەنگێنێت»
account-listing-lead = ئێوە لە ڕێبەرەکەدان بۆ ڕێکخراوەکەتان. هەڵبژێرن کە بە ئاشکرا پیشان بدرێن یان نا، و کام زانیاریی پەیوەندی پیشان بدرێت.
account-listing-show = پیشاندانم لە ڕێبەری گشتیدا
account-listing-email = ئیمەیڵی پیشاندراو (هەڵبژاردەیی)
account-listing-phone = تەلەفۆنی پیشاندراو (هەڵبژاردەیی)
account-listing-save = پاشەکەوتکردن
account-listing-saved = هەڵبژاردنەکەتان بۆ ڕێبەرەکە پاشەکەوت کرا.
field-error-bad-language-tags = کۆدی زمانەکان بە کۆما لە یەک جیا بکەنەوە، بۆ نموونە sv, ar, ti (لانی زۆر 12)

## What you master and what remains
gaps-heading = ئەوەی پێشتر دەیزانن و ئەوەی ماوە
gaps-counts = { $masters } لە { $total } پێوەر دەزانن، و { $partly } تا ڕادەیەک.
gaps-verdict = بۆ ئێستا وا دەردەکەوێت:
gaps-remaining = ماوە: { $codes }
gaps-source-self = لەسەر بنەمای وەڵامەکانی خۆتانە.
gaps-source-judged = { $judged } لە { $total } پێوەر لەسەر بنەمای هەڵسەنگاندنی هەڵسەنگێنەرن، ئەوانی تر لەسەر بنەمای وەڵامەکانی خۆتان.
gaps-elsewhere = ئەوەی دەیزانن لێرەش حیساب دەکرێت
gaps-elsewhere-hint = ئەو کۆرس و پیشانەی پێوەریان هەیە دەربارەی هەمان ئەو زانینەی کە ئێوە هەتانە.
gaps-covers = وەڵامەکانتان { $covered } لە { $total } پێوەر دەگرنەوە

## The Swedish original
originals-show = پیشاندانی دەقی ڕەسەنی سویدی لە ژێر هەر پێوەرێک
originals-hide = شاردنەوەی دەقی ڕەسەنی سویدی
original-label = بە سویدی:

## Sharing with a study and career counsellor
nav-caseload = بەشداربووانم
caseload-title = بەشداربووانم
caseload-lead = ئەو نەخشانەی بەشداربووان لەگەڵتاندا هاوبەشی دەکەن. ئەوەی دەیکەنەوە لە لیستی «کێ زانیارییەکانی بینیوە»ی ئەواندا دەردەکەوێت.
caseload-none = هێشتا کەس هیچ شتێک لەگەڵتاندا هاوبەش ناکات.
caseload-all = هەموو نەخشەکانی هاوبەش دەکات
caseload-one = ئەم نەخشەیە هاوبەش دەکات
caseload-since = لە { $date } بەدواوە
sharing-title = هاوبەشکردن لەگەڵ ڕاوێژکاری خوێندن و پیشە
sharing-lead = دەتوانن ڕێگە بە ڕاوێژکارێک لە شارەوانییەکەتاندا بدەن پێش گفتوگۆیەک نەخشەیەک، یان هەموو نەخشەکانتان، بخوێنێتەوە. هەر کاتێک بتانەوێت دەتوانن هاوبەشکردن ڕابگرن.
sharing-none = ئێستا هیچ شتێک هاوبەش ناکەن.
sharing-everything = هەموو نەخشەکانم
sharing-line = { $counsellor } دەتوانێت ئەمە بخوێنێتەوە: { $what }
sharing-withdraw = ڕاگرتنی هاوبەشکردن
sharing-submit = هاوبەشکردن
sharing-saved = ئێستا لەگەڵ ڕاوێژکارەکە هاوبەشی دەکەن.
sharing-withdrawn = چیتر ئەوە هاوبەش ناکەن.
field-counsellor = ڕاوێژکار
field-mapping = دەتانەوێت چی هاوبەش بکەن

## Guidance sessions
session-start = دەستپێکردنی دانیشتنێکی ڕێنمایی
session-title = دانیشتنی ڕێنمایی لەگەڵ { $person }
session-heading = دانیشتنی ڕێنمایی
session-with-person = لەگەڵ { $name }
session-with-counsellor = لەگەڵ ڕاوێژکاری خوێندن و پیشەکەتان، { $name }
session-code-intro = کۆدی بەشداربوون:
session-other-here = { $name } سەیری ئەم بەشە دەکات.
session-other-at = { $name } سەیری بەشی { $n } دەکات.
session-other-away = { $name } هێشتا بەشداری نەکردووە.
session-follow = چوون بۆ ئەوێ
session-section = بەشی { $n }
session-sections = بەشەکان
session-save = پاشەکەوتکردن
session-ended = ئەم دانیشتنە کۆتایی هاتووە. ئەوەی نووسراوە دەمێنێتەوە؛ چیتر ناتوانرێت لە ڕێگەیەوە شتێک بنووسرێت.
session-direct-on = ڕێگەدان بە ڕاوێژکار لە وەڵامەکانمدا بنووسێت
session-direct-off = ڕاگرتنی نووسینی ڕاوێژکار لە وەڵامەکانمدا
session-direct-is-on = ڕاوێژکار دەتوانێت لەم دانیشتنەدا لە وەڵامەکانتاندا بنووسێت.
session-direct-is-off = گۆڕانکارییەکانی ڕاوێژکار وەک پێشنیار دێن، کە ئێوە پەسەندیان دەکەن یان ڕەتیان دەکەنەوە.
session-trail = لەم دانیشتنەدا چی ڕوویدا
session-end = کۆتاییهێنان بە دانیشتنەکە
sessions-back = هەموو دانیشتنەکانی ڕێنمایی
sessions-title = دانیشتنەکانی ڕێنمایی
sessions-none = هیچ دانیشتنێکی ڕێنمایی کراوە نییە.
sessions-with = لەگەڵ { $name }
sessions-since = دەستی پێکرد: { $time }
sessions-join = بەشداربوون بە کۆد
sessions-join-hint = ڕاوێژکارەکەتان شەش پیت و ژمارەتان پێ دەدات، بۆ نموونە K7M-Q2X.
sessions-join-button = بەشداربوون
field-code = کۆد
field-error-no-such-session = هیچ دانیشتنێکی کراوە ئەم کۆدەی نییە – لەگەڵ ڕاوێژکارەکەتان بیپشکنن
proposal-heading = گۆڕانکاریی پێشنیارکراو
proposal-by = { $name } پێشنیار دەکات:
proposal-make = پێشنیارکردنی گۆڕانکارییەک
proposal-send = ناردنی پێشنیارەکە
proposal-accept = پەسەندکردن
proposal-reject = ڕەتکردنەوە
notes-heading = تێبینییەکان
notes-open = دەتوانن هەموو ئەو تێبینییانە بخوێننەوە کە دەربارەی ئێوە دەنووسرێن.
note-label = تێبینیی نوێ
note-hint = کەسەکە هەموو تێبینییەک دەخوێنێتەوە.
note-add = زیادکردنی تێبینییەکە
field-note = تێبینی
error-conflict-session-ended = دانیشتنی ڕێنمایی کۆتایی هاتووە.
error-conflict-proposal-decided = ئەم پێشنیارە پێشتر پەسەند کراوە، ڕەت کراوەتەوە یان گۆڕدراوە.
session-event-started = دانیشتنەکەی دەست پێکرد
session-event-joined = بەشداری کرد
session-event-wrote = لە پێوەری { $criterion } نووسی
session-event-proposed = گۆڕانکاریی بۆ پێوەری { $criterion } پێشنیار کرد
session-event-accepted = پێشنیارەکەی بۆ پێوەری { $criterion } پەسەند کرد
session-event-rejected = پێشنیارەکەی بۆ پێوەری { $criterion } ڕەت کردەوە
session-event-direct-on = ڕێگەی بە ڕاوێژکار دا بنووسێت
session-event-direct-off = ڕێگەی لە نووسینی ڕاوێژکار گرت
session-event-noted = تێبینییەکی نووسی
session-event-ended = کۆتایی بە دانیشتنەکە هێنا

## Individual study plan
plan-title = پلانی تاکەکەسیی خوێندن بۆ { $person }
plan-saved = پلانی خوێندن پاشەکەوت کرا.
plan-pdf = داگرتنی پلانی خوێندن (PDF)
plan-link = پلانی تاکەکەسیی خوێندن
plan-field-goal = ئامانجی خوێندن
plan-goal-hint = خوێندنەکە بەرەو چی دەبات، بە وشەی خودی کەسەکە.
plan-field-pace = خێرایی خوێندن
plan-pace-value = لە سەدا { $percent }
plan-field-start = دەستپێک
plan-start-hint = ئەو ڕۆژەی خوێندن دەست پێ دەکات، بەم شێوەیە: 2027-01-15 (ساڵ-مانگ-ڕۆژ).
plan-field-course = کۆرس
plan-field-points = خاڵ
plan-field-courses = کۆرسەکان
plan-courses = کۆرسە پلاندانراوەکان
plan-no-courses = هێشتا هیچ کۆرسێک پلانی بۆ دانەنراوە.
plan-course = کۆرس
plan-points = خاڵ
plan-points-of = خاڵەکانی { $course }
plan-change = گۆڕین
plan-remove = لابردن
plan-total = کۆی گشتی: { $points } خاڵ.
plan-suggested = پێشنیارەکانی شیکاریی کەموکورتی
plan-suggested-hint = ئەو کۆرسانەی ئەم نەخشەیە کە وەڵامەکان (یان هەڵسەنگاندنەکانی هەڵسەنگێنەر) هێشتا بە تەواوی نایانگرنەوە. ئەوانە نیشانە بکەن کە دەبێت پلانیان بۆ دابنرێت.
plan-add = زیادکردنی کۆرسێک لە کاتالۆگەوە
plan-add-none = هیچ کۆرسێک
plan-save = پاشەکەوتکردنی پلانی خوێندن
plan-history = گۆڕانکارییەکان
plan-change-goal = ئامانجەکەی گۆڕی
plan-change-pace = خێراییەکەی گۆڕی بۆ لە سەدا { $value }
plan-change-start = دەستپێکەکەی کرد بە { $value }
plan-change-added = ئەمەی زیاد کرد: { $value }
plan-change-removed = ئەمەی لابرد: { $value }
plan-change-points = خاڵەکانی ئەمەی گۆڕی: { $value }
plan-change-order = ڕیزبەندیی کۆرسەکانی گۆڕی
field-error-invalid-date = ڕێکەوت بەم شێوەیە بنووسن: 2027-01-15 (ساڵ-مانگ-ڕۆژ)
field-error-invalid-points = خاڵەکان وەک ژمارەیەک لە 1 بۆ 2500 بنووسن
plan-pdf-no-goal = هێشتا هیچ ئامانجێک نەنووسراوە.
plan-pdf-signatures = پێکەوە ئامادەکراوە
plan-pdf-sign-person = کەسەکە:
plan-pdf-sign-counsellor = ڕاوێژکاری خوێندن و پیشە:
plan-pdf-made = لە { $date } لە Kartla چاپ کرا.
file-name-study-plan = پلانی-خوێندن-{ $number }
guidance-heading = ڕێنمایی
guidance-session-open = { $name } دانیشتنێکی ڕێنماییی کراوەی هەیە دەربارەی ئەم نەخشەیە.
guidance-join = بەشداربوون لە دانیشتنەکە
caseload-people = لەگەڵتان هاوبەش کراوە
connect-invite-heading = بانگهێشتکردنی بەشداربوویەک
connect-invite-lead = کۆدێک دروست بکەن و بیدەنە کەسەکە. کاتێک لە پەڕەی هەژمارەکەیدا دەینووسێت، هەموو ئەوەی نەخشەی دەکات لەگەڵ ئێوەدا هاوبەش دەکرێت. کۆدێک یەک جار و بۆ ماوەی یەک هەفتە کار دەکات.
connect-invite-until = کار دەکات تا { $date }
connect-invite-make = دروستکردنی کۆد
connect-heading = پەیوەندیکردن بە کۆدێک لە ڕاوێژکارەکەتانەوە
connect-hint = شەش پیت و ژمارە، بۆ نموونە K7M-Q2X. ئینجا هەموو ئەوەی نەخشەی دەکەن لەگەڵ ئەو ڕاوێژکارەدا هاوبەش دەکرێت؛ هەر کاتێک بتانەوێت دەتوانن هاوبەشکردن ڕابگرن.
field-connect-code = کۆد لە ڕاوێژکارەکەتانەوە
connect-submit = پەیوەندیکردن
field-error-no-such-invitation = هیچ بانگهێشتێکی کراوە ئەم کۆدەی نییە – لەوانەیە بەکار هاتبێت یان بەسەرچووبێت
field-error-not-your-counsellor = ئەم ڕاوێژکارە ڕاوێژکاری شارەوانییەکەتان نییە
pdf-gaps-self = لەسەر بنەمای وەڵامەکانی خودی کەسەکە.
pdf-gaps-judged = { $count ->
    [one] بۆ یەک پێوەر، هەڵسەنگاندنی هەڵسەنگێنەرێک لە جیاتی وەڵامی کەسەکە حیساب دەکرێت.
   *[other] بۆ { $count } پێوەر، هەڵسەنگاندنی هەڵسەنگێنەرێک لە جیاتی وەڵامی کەسەکە حیساب دەکرێت.
}
pdf-gaps-counts = دەیزانێت: { $masters } · تا ڕادەیەک: { $partly } · ماوە: { $remaining }
pdf-gaps-verdict = وا دەردەکەوێت
pdf-gaps-remaining = ماوە
pdf-gaps-heading = شیکاریی کەموکورتی

## Follow-up (statistics)
nav-stats = بەدواداچوون
stats-title = بەدواداچوون
stats-lead = چەند کەس نەخشەی توانایی دەکەن، هەر قۆناغێک چەند دەخایەنێت و ئەنجامەکەی چییە – بەڵام هەرگیز دەربارەی یەک کەسی دیاریکراو نا. ئەگەر ژمارەی کەسەکان لە { $n } کەمتر بێت، «کەمتر لە { $n }» پیشان دەدرێت، و ژمارەیەک کە دەکرێت لە ژمارەکانی ترەوە بژمێردرێت، ئەویش دەشاردرێتەوە.
stats-org = ژمارەکانی کام ڕێکخراو
stats-from = لە مانگی
stats-to = تا کۆتایی مانگی
stats-by = دابەشکردن بەپێی
stats-show = پیشاندان
stats-whose-region = هەموو هەرێم: { $name }.
stats-whose-own = { $name } و کۆی گشتیی هەرێم.
stats-period = مانگە تەواوەکان: { $from } – { $to }.
stats-download-csv = داگرتن وەک CSV
stats-download-pdf = داگرتنی ڕاپۆرتەکە وەک PDF
stats-fewer-than = کەمتر لە { $n }
stats-hidden = شاراوە
stats-no-municipality = بێ شارەوانیی نیشتەجێبوون
stats-no-provider = خودی شارەوانی
stats-chart-caption = هێڵکاری: { $measure }. هەمان ژمارەکان لە خشتەی خوارەوەدان.
stats-table-caption = ئەو نەخشانەی لەم ماوەیەدا گەیشتوونەتە هەر قۆناغێک
stats-total = کۆ: { $name }
stats-region-total = کۆ: { $name } (هەموو هەرێمەکە)
stats-measure-started = دەستپێکراو
stats-measure-handed-in = پێشکەشکراو
stats-measure-returned = بۆ تەواوکاری گەڕێندراوەتەوە
stats-measure-assigned = سپێردراو بە هەڵسەنگێنەر
stats-measure-concluded = کۆتاییهاتوو
stats-by-municipality = شارەوانی
stats-by-provider = دابینکەری خوێندن
stats-by-framework = کۆرس یان پیشە
stats-by-month = مانگ
stats-by-language = زمان
stats-heading-municipality = بەپێی شارەوانی
stats-heading-provider = بەپێی دابینکەری خوێندن
stats-heading-framework = بەپێی کۆرس و پیشە
stats-heading-month = بەپێی مانگ
stats-heading-language = بەپێی زمان
stats-unit-municipality = شارەوانی
stats-unit-provider = دابینکەری خوێندن
stats-unit-framework = کۆرس یان پیشە
stats-unit-month = مانگ
stats-unit-language = زمان
stats-heading-durations = قۆناغەکان چەند دەخایەنن
stats-durations-chart = هێڵکاری: ناوەندی (مێدیان) بە ڕۆژ بۆ هەر قۆناغێک. هەمان ژمارەکان لە خشتەی خوارەوەدان.
stats-durations-caption = ڕۆژەکان، بۆ ئەوانەی لەم ماوەیەدا قۆناغەکەیان تەواو کرد
stats-col-step = قۆناغ
stats-col-people = ژمارەی کەسەکان
stats-col-median = ناوەندی (ڕۆژ)
stats-col-p90 = 9 لە 10 لە ماوەی (ڕۆژ)
stats-not-shown = پیشان نادرێت
stats-step-mapping = لە دەستپێکەوە تا پێشکەشکردن
stats-step-waiting = لە پێشکەشکردنەوە تا سپاردن بە هەڵسەنگێنەر
stats-step-assessing = لە سپاردن بە هەڵسەنگێنەرەوە تا کۆتایی
stats-step-whole = هەموو ڕێگاکە، لە دەستپێکەوە تا کۆتایی
stats-heading-outcomes = ئەنجامەکان بەپێی کۆرس و پیشە
stats-outcomes-none = لەم ماوەیەدا هیچ نەخشەیەک کۆتایی نەهات.
stats-outcomes-caption = نەخشە کۆتاییهاتووەکان و ئەنجامەکانیان
stats-heading-languages = زمانەکان لە Kartla
stats-languages-chart = هێڵکاری: ژمارەی کەسەکان بەپێی زمان. هەمان ژمارەکان لە خشتەی خوارەوەدان.
stats-languages-caption = ئەو زمانەی کەسەکان لە Kartla بەکاریان هێنا
field-error-stats-month = مانگ بەم شێوەیە بنووسن: 2025-03 (ساڵ-مانگ)
field-error-stats-backward = ماوەکە پێش دەستپێکردنی کۆتایی دێت
field-error-stats-by = یەکێک لە دابەشکردنەکانی لیستەکە هەڵبژێرن
stats-pdf-title = بەدواداچوون: { $name }
stats-pdf-made = لە { $date } لە Kartla چاپ کرا.
file-name-stats = بەدواداچوون-{ $number }
