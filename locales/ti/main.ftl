### Kartla – ትግርኛ (ti)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = ናብቲ ትሕዝቶ ሕለፉ
footer-privacy = Kartla ኣብ ድህሰሳ ክእለትኩም ዝጸሓፍኩምዎ ጥራይ እዩ ዝዕቅብ። ንዕኹም ጥራይ የርእዮ፣ ምስ ኣረከብኩምዎ ድማ ንኣረጋገጽቲ።
nav-label = ቀንዲ ሜኑ
nav-my-mappings = ድህሰሳታተይ
nav-sign-in = እተዉ
nav-sign-out = ውጹ
nav-register = ኣካውንት ክፈቱ
signed-in-as = ብስም { $name } ኣቲኹም ኣለኹም
language-label = ቋንቋ
language-change = ቋንቋ ቀይሩ
language-unreviewed-mark = ገና ኣይተመርመረን
languages-link = ብዛዕባ ቋንቋታት
languages-title = ቋንቋታት
languages-lead = Kartla ብዞም ቋንቋታት ይርከብ። ትርጉማት ዝጽሕፍ ጉጅለ Kartla እዩ። ቋንቋ ኣደኡ ዝኾነ ሰብ ገና ዘይመርመሮ ትርጉም ምልክት ኣለዎ፣ ጌጋታት ድማ ክህልዎ ይኽእል።
languages-caption = ቋንቋታት፣ ከምኡ’ውን ነፍሲ ወከፍ ትርጉም ቋንቋ ኣደኡ ብዝኾነ ሰብ ተመርሚሩ እንተ ኾይኑ
languages-col-language = ቋንቋ
languages-col-name = ብትግርኛ
languages-col-status = ትርጉም
languages-status-original = መበቆላዊ ጽሑፍ
languages-status-reviewed = ቋንቋ ኣደኡ ብዝኾነ ሰብ ተመርሚሩ
languages-status-unreviewed = ገና ቋንቋ ኣደኡ ብዝኾነ ሰብ ኣይተመርመረን
languages-feedback = ብቋንቋኹም ጌጋ ዝመስል ነገር ኣሎ ድዩ? ንኣማኻሪ ትምህርትን ሞያን ወይ ንኣመሓዳሪ Kartla ኣብ ኮሙንኩም ንገሩ። ሓድሽ ሕታም Kartla ከይተጸበየ ክእረም ይኽእል።
loading = ይጽዓን ኣሎ …
back-home = ናብ መበገሲ ገጽ ኪዱ

## Errors
error-summary-title = ጸገም ኣሎ
error-validation = ኣብ ታሕቲ ዘሎ ሓበሬታ ኣረጋግጹ።
error-bad-request = እቲ ሕቶ ክንበብ ኣይከኣለን። ነቲ ገጽ ደጊምኩም ክፈትዎ እሞ እንደገና ፈትኑ።
error-unauthorized = ነዚ ገጽ ንምርኣይ ክትኣትዉ ኣለኩም።
error-sign-in-failed = ኣድራሻ ኢመይል ወይ መሕለፊ ቃል ጌጋ እዩ።
error-forbidden = ነዚ ንምግባር ፍቓድ የብልኩምን።
error-too-many = ብዙሕ ፈተነታት። ሓንቲ ደቒቕ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
error-cross-site = እዚ ሕቶ ካብ ገጽ ካልእ መርበብ ስለ ዝመጸ ተነጺጉ። ናብ Kartla ኪዱ እሞ ኣብኡ ግበርዎ።
error-not-found = እዚ ገጽ የለን።
error-internal = ኣብ ወገንና ጌጋ ኣጋጢሙ። ድሮ ዝዓቀብኩምዎ ኣይጠፍአን። ቁሩብ ጸኒሕኩም እንደገና ፈትኑ።
error-unreachable = ሕጂ ናብ Kartla ክብጻሕ ኣይከኣልን። ርክብ ኢንተርነትኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
error-conflict-email-taken = በዚ ኣድራሻ ኢመይል ዝተኸፍተ ኣካውንት ድሮ ኣሎ። ኣብ ክንድኡ እተዉ።
error-conflict-not-editable = እቲ ድህሰሳ ተረኪቡ ስለ ዘሎ፣ ሕጂ ክቕየር ኣይክእልን።
error-conflict-already-submitted = እቲ ድህሰሳ ድሮ ተረኪቡ እዩ።
error-conflict-already-decided = እቲ ድህሰሳ ድሮ ተገምጊሙ እዩ።
field-error-required = ክምላእ ኣለዎ
field-error-too-long = ኣዝዩ ነዊሕ እዩ
field-error-too-short = ኣዝዩ ሓጺር እዩ
field-error-invalid-email = ቅኑዕ ኣድራሻ ኢመይል ኣይኮነን
field-error-invalid-rating = ሓደ ካብቶም ምርጫታት ምረጹ
field-error-unknown-criterion = ናይዚ ድህሰሳ ኣይኮነን
field-error-unknown-framework = ኣብ ካታሎግ የለን
field-error-not-rated = ክሳብ ክንደይ ከም እትኽእልዎ ምረጹ
field-error-changed-elsewhere = እቲ መልሲ ኣብ ካልእ ታብ ወይ ኣብ ካልእ ተሌፎን ወይ ኮምፒተር ተቐይሩ እዩ፣ ኣብ ልዕሊኡ ድማ ኣይተጻሕፈን
field-error-no-description = ኣበይን ብኸመይን ከም ዝተማሃርኩምዎን ከም ዝተጠቐምኩምሉን ግለጹ

## Rating
rating-legend = ነዚ ክሳብ ክንደይ ትኽእልዎ?
rating-no-experience = ተሞክሮ የብለይን
rating-some-experience = ቁሩብ ተሞክሮ ኣለኒ
rating-with-support = ብሓገዝ ክገብሮ እኽእል
rating-independently = ንበይነይ ክገብሮ እኽእል
rating-can-teach = ንኻልኦት ክምህሮ እኽእል
rating-no-experience-hint = እዚ ገይረዮ ኣይፈልጥን።
rating-some-experience-hint = ክግበር ርእየዮ ወይ ሒደት ሳዕ ፈቲነዮ እየ።
rating-with-support-hint = ሓደ ሰብ እንተ ሓገዘኒ ወይ እንተ ኣርኣየኒ ክገብሮ እኽእል።
rating-independently-hint = ብዘይ ሓገዝ ንበይነይ ክገብሮ እኽእል።
rating-can-teach-hint = ኣጸቢቐ ስለ ዝፈልጦ፣ ንኻልኦት ከርእዮን ክገልጾን እኽእል።
rating-or = ወይ
rating-not-relevant = ንዓይ ኣየገድሰንን
rating-not-relevant-hint = እዚ ካብቲ ከርእዮ ዝደሊ ኣይኮነን። ዝኾነ ነገር ክትጽሕፉ ኣየድልየኩምን።
prompts-summary = ንምግላጽ ዝሕግዝ ሕቶታት
prompt-normal-day = ልሙድ መዓልቲ ከመይ ነይሩ? እንታይ ትገብሩ ኔርኩም?
prompt-hardest = እቲ ዝኸበደ ዘጋጠመኩም ኩነታት እንታይ ነይሩ? ብኸመይከ ፈቲሕኩምዎ?
prompt-tools = ኣየኖት መሳርሕቲ፣ ማሽናት፣ ፕሮግራማት ወይ ኣገባባት ተጠቒምኩም?
prompt-how-long = ንኽንደይ ግዜን ክንደይ ሳዕን ገይርኩምዎ?
read-aloud = ስምዑ

## Status
status-draft = ንድፊ
status-submitted = ተረኪቡ
status-returned = ተወሳኺ ተሓቲቱ
status-reviewed = ተገምጊሙ
event-submitted = { $name } ኣብ { $date } ኣረኪቦምዎ
event-returned = { $name } ኣብ { $date } ተወሳኺ ሓቲቶም መሊሶምዎ
event-reviewed = { $name } ኣብ { $date } ገምጊሞምዎ
kind-course = ኮርስ
kind-occupation = ሞያ

## Start page
home-title = እትኽእልዎ ኣርእዩ
home-lead = Kartla እትፈልጥዎን እትኽእልዎን መለክዒ ብመለክዒ ክትገልጹ ይሕግዘኩም። ድሕሪኡ ኣረጋጋጺ ክግምግሞ ይኽእል።
home-how = ኣካውንት ክፈቱ፣ ኮርስ ወይ ሞያ ምረጹ፣ ብናይ ገዛእ ርእስኹም ቅልጣፈ ድማ መልሱ። ዝጸሓፍኩምዎ ኩሉ ይዕቀብ።
home-have-account = ድሮ ኣካውንት ኣለኒ
home-role-later = ንተራኹም ዝኸውን ተወሳኺ መሳርሒታት ኣብ ቀረባ ግዜ ክመጽእ እዩ።

## Account
sign-in-title = ምእታው
sign-in-submit = እተዉ
sign-in-no-account = ኣካውንት የብልኩምን? ሓደ ክፈቱ።
register-title = ኣካውንት ምኽፋት
register-why = ስምኩም ንፕሮፋይል ብቕዓትኩም የድልየና። ኣድራሻ ኢመይልኩም ድማ እንደገና ክትኣትዉ ምእንቲ ክትክእሉ የድልየና።
register-submit = ኣካውንት ክፈቱ
password-hint = እንተወሓደ 12 ምልክታት። እትዝክርዎ ሓረግ ጽቡቕ እዩ።
field-name = ስም
field-email = ኣድራሻ ኢመይል
field-password = መሕለፊ ቃል
field-locale = ቋንቋ
field-municipality = ኮሙን መንበሪ
municipality-hint = እትነብሩሉ ኮሙን (ምምሕዳር ከባቢ)። ምርግጋጽ ብቕዓት ዘቕርበልኩምን ንድህሰሳታትኩም ሓላፍነት ዝወስድን ንሱ እዩ። ድሒርኩም ክትቅይርዎ ትኽእሉ ኢኹም።
municipality-choose = ኮሙን ምረጹ
field-comment = ርእይቶ

## My mappings
my-mappings-title = ድህሰሳታተይ
my-mappings-none = ክሳብ ሕጂ ድህሰሳ ኣይጀመርኩምን።
updated-on = ናይ መወዳእታ ለውጢ: { $date }
start-mapping-title = ሓድሽ ድህሰሳ ጀምሩ
start-mapping-lead = ከም እትኽእልዎ ከተርእዩ እትደልዩ ኮርስ ወይ ሞያ ምረጹ።
criteria-count = { $count ->
    [one] { $count } መለክዒ
   *[other] { $count } መለክዒታት
}
start-mapping-button = { $title } ጀምሩ

## Overview
sections-heading = ክፋላት
progress = { $done } ካብ { $total } ተመሊሱ
task-not-started = ኣይተጀመረን
task-in-progress = ይቕጽል ኣሎ
task-done = ተወዲኡ
check-answers-link = ኣረጋግጹን ኣረክቡን
download-pdf = ፕሮፋይል ብቕዓት ኣውርዱ (PDF)
print-heading = ፕሮፋይል ብቕዓት ሕተሙ
print-lang = ቋንቋ ኣርእስትታትን ስያመታትን
print-two = መለክዒታት ብክልተ ቋንቋ ጎኒ ንጎኒ
print-two-hint = ቋንቋ እቲ ሰብን ሽወድኛን፣ ንኣብነት ኣረጋጋጺን እቲ ሰብን ብሓባር ከንብብዎ።
goal-heading = ዕላማይ
field-goal = ዕላማ ድህሰሳ
goal-hint = ንኣብነት ክትበጽሕዎ እትደልዩ ኮርስ፣ ውጽኢት ትምህርቲ ወይ ሞያ። ኣብ ቀዳማይ ገጽ ፕሮፋይል ብቕዓት ይርአ።
goal-save = ዕላማ ዕቀቡ
goal-saved = እቲ ዕላማ ተዓቂቡ።
goal-shown = ዕላማ ድህሰሳ: { $goal }
pdf-goal = ዕላማ
submitted-explainer = ድህሰሳኹም ተረኪቡ። ኣረጋጋጺ ይርእዮ ኣሎ። ኣብዚ ግዜ እዚ መልስታትኩም ክትቅይሩ ኣይትኽእሉን።
reviewed-explainer = ገምጋም ተወዲኡ። ፕሮፋይል ብቕዓትኩም ኣብ ታሕቲ ኣውርዱ።

## Section
section-of = ክፋል { $n } ካብ { $total }
back-to-overview = ናብ ሓፈሻዊ ገጽ ተመለሱ
read-only-explainer = እቲ ድህሰሳ ተረኪቡ እዩ። መልስታትኩም ከተንብብዎም ትኽእሉ ኢኹም፣ ክትቅይርዎም ግን ኣይትኽእሉን።
save-and-continue = ዕቀቡን ቀጽሉን
autosave-saving = ይዕቀብ ኣሎ …
autosave-saved = ተዓቂቡ
session-warning-title = ኣብ ቀረባ ግዜ ካብ ኣካውንትኩም ክትወጹ ኢኹም
session-warning-text = ንድሕንነትኩም፣ { $minutes } ደቒቕ ዝኾነ ንጥፈት እንተ ዘይገበርኩም ካብ ኣካውንትኩም ትወጹ። ዝዓቀብኩምዎ ኣይጠፍእን።
session-stay = ኣቲኹም ጽንሑ
session-ended-title = ካብ ኣካውንትኩም ወጺእኩም ኣለኹም
session-ended-text = ዝዓቀብኩምዎ ኣይጠፍአን። ገና ዘይተዓቀበ ጽሑፍ ኣብዚ ብራውዘር ይጸንሕ፣ ደጊምኩም ምስ ኣተኹም ድማ ይለኣኽ።
session-sign-in-again = ደጊምኩም እተዉ
autosave-restored = ዝሓለፈ ግዜ ዘይተዓቀበ ጽሑፍ ኣብዚ ብራውዘር ጸኒሑ ነይሩ፣ ሕጂ ይለኣኽ ኣሎ …
autosave-offline = ገና ኣይተዓቀበን – ርክብ የለን። እቲ ጽሑፍ ኣብዚ ብራውዘር ይጸንሕ፣ ርክብ ምስ ተመለሰ ድማ ይለኣኽ።
autosave-changed-elsewhere = ኣይተዓቀበን: እቲ መልሲ ኣብ ካልእ ታብ ወይ ኣብ ካልእ ተሌፎን ወይ ኮምፒተር ተቐይሩ እዩ።
answer-changed-elsewhere = ነዚ ገጽ ምስ ከፈትኩምዎ፣ እቲ መልሲ ኣብ ካልእ ታብ ወይ ኣብ ካልእ ተሌፎን ወይ ኮምፒተር ተቐይሩ። ዝጸሓፍኩምዎ ኣብቲ ሳጹን ኣሎ፣ ግን ኣይተዓቀበን። ጽሑፍኩም ክትሕዝዎ እንተ ደሊኹም፣ ደጊምኩም ዕቀቡ።
answer-changed-elsewhere-live = እቲ መልሲ ኣብ ካልእ ታብ ወይ ኣብ ካልእ ተሌፎን ወይ ኮምፒተር ተቐይሩ ኣሎ። ጽሑፍኩም ኣብቲ ሳጹን ኣሎ፣ ግን ኣይተዓቀበን። ኣየናይ ከም ዝጸንሕ ምረጹ።
answer-saved-elsewhere = ሕጂ ዘሎ ዝተዓቀበ መልሲ:
conflict-keep-mine = ናተይ ጽሑፍ ይጽናሕ
conflict-use-saved = ዝተዓቀበ መልሲ ተጠቐሙ
text-in-swedish = እዚ ጽሑፍ ብሽወድኛ ጥራይ እዩ ዘሎ።
answer-label = እዚ ኣበይን ብኸመይን ተማሂርኩምዎን ተጠቒምኩምሉን?
answer-hint = እንታይ ከም ዝገበርኩም፣ ኣበይ፣ ንኽንደይ ግዜን ብኣየኖት መሳርሕትን ንገሩ። ብዝበዝሐ { $max } ምልክታት።

## Check your answers
check-title = መልስታትኩም ኣረጋግጹ
missing-heading = ቅድሚ ምርካብኩም እዚ ዝስዕብ ይጎድል
missing-rating = { $code }: ክሳብ ክንደይ ከም እትኽእልዎ ምረጹ
missing-description = { $code }: ኣበይን ብኸመይን ከም ዝተማሃርኩምዎ ግለጹ
not-answered = ኣይተመለሰን
no-description = መግለጺ የለን
change = ቀይሩ
submit-heading = ምርካብ
submit-explainer = ምስ ኣረከብኩም፣ ኣረጋጋጺ መልስታትኩምን ማህደር ተሞክሮኹምን ከንብብ ይኽእል። ኣረጋጋጺ ነቲ ድህሰሳ ክቕበሎ ወይ ተወሳኺ ክሓተኩም ይኽእል። ኣብ ግዜ ገምጋም መልስታትኩም ክትቅይሩ ኣይትኽእሉን።
submit-button = ድህሰሳ ኣረክቡ

## Validator
trail-heading = ታሪኽ

## PDF
pdf-title = ፕሮፋይል ብቕዓት
pdf-person = ውልቀ ሰብ
pdf-frameworks = ኮርስ ወይ ሞያ
pdf-date = ዕለት
pdf-status = ኩነታት
pdf-rating = ደረጃ
pdf-answer = ኣበይን ብኸመይን
pdf-validator = ኣረጋጋጺ
pdf-trail = ታሪኽ
pdf-version = ሕታም { $version }
pdf-started = ዝተጀመረሉ
pdf-submitted = ዝተረከበሉ
pdf-summary = ጽማቕ
pdf-fully-met = ምሉእ ብምሉእ ተማሊኡ (ንበይኑ ይኽእል ወይ ንኻልኦት ክምህር ይኽእል)
pdf-partly-met = ብኸፊል ተማሊኡ (ቁሩብ ተሞክሮ ወይ ብሓገዝ ይኽእል)
pdf-none = የለን
pdf-portfolio = ማህደር ተሞክሮ
pdf-evidence = ተቐጽላታት
pdf-evidence-missing = መርትዖ ዘይብሎም መለክዒታት
pdf-attachment = ተቐጽላ { $number }
pdf-verify-code = ኮድ ምርግጋጽ
pdf-verify-where = እዚ ፕሮፋይል ሓቀኛ ምዃኑ ኣብዚ ኣረጋግጹ:
pdf-page = ገጽ { $page } ካብ { $pages }
file-name-attachment = ተቐጽላ-{ $number }
file-name-certificate = ንድፊ-ምስክር-ወረቐት-{ $number }
file-name-profile = ፕሮፋይል-ብቕዓት-{ $number }
verify-title = ፕሮፋይል ብቕዓት ኣረጋግጹ
verify-lead = ካብ Kartla ዝወጽእ ነፍሲ ወከፍ ፕሮፋይል ብቕዓት፣ ኣብ ታሕቲ ነፍሲ ወከፍ ገጽ ኮድ ምርግጋጽ ኣለዎ። እቲ ፕሮፋይል ከም ዘሎን መዓስ ከም ዝተሓትመን ንምፍላጥ፣ ነቲ ኮድ ኣብዚ ጽሓፍዎ።
verify-code-label = ኮድ ምርግጋጽ
verify-code-hint = 12 ምልክታት፣ ንኣብነት 7KQM-2WXP-H9CD። ዓበይቲ ወይ ናእሽቱ ፊደላት ምዃኖም ኣየገድስን።
verify-submit = ኣረጋግጹ
verify-found = እቲ ፕሮፋይል ብቕዓት ኣሎ
verify-code = ኮድ ምርግጋጽ
verify-person = መበገሲ ፊደላት ስም እቲ ሰብ
verify-frameworks = ኮርስ ወይ ሞያ
verify-printed = ዝተሓትመሉ
verify-status = ኩነታት ኣብ ግዜ ሕትመት
verify-fingerprint = ኣሻራ (SHA-256) ናይቲ PDF ፋይል
verify-fingerprint-hint = እቲ ፋይል እንተ ሃልዩኩም፣ SHA-256 ናይቲ ፋይል ሕሰቡ እሞ ኣወዳድሩ። ሓደ እንተ ኾይኖም፣ እቲ ፋይል ካብ ዝተሓትመሉ ኣይተቐየረን።
verify-not-found = በዚ ኮድ ዝኸውን ፕሮፋይል ብቕዓት የለን። ነቲ ኮድ ብቕንዕና ከም ዝቐዳሕኩምዎ ኣረጋግጹ።
answer-not-saved = እቲ ጽሑፍ ኣዝዩ ነዊሕ ስለ ዝኾነ ኣይተዓቀበን። ኣሕጽርዎ እሞ ደጊምኩም ዕቀቡ – ዝጸሓፍኩምዎ ኣብዚ ኣሎ።

## Section titles Kartla gives imported frameworks
import-section-core-content = ማእከላይ ትሕዝቶ
import-section-knowledge-requirements = ጠለባት ፍልጠት
import-section-essential = ኣገደስቲ ክእለታትን ፍልጠትን
import-section-optional = ኣማራጺ ክእለታትን ፍልጠትን
import-section-skills = ክእለታት
import-section-competencies = ብቕዓታት

## The public catalogue
nav-catalogue = ካታሎግ
catalogue-title = ካታሎግ መለክዒታት
catalogue-lead = ክእለትኩም ብመሰረቶም ክትድህስሱ እትኽእሉ ኮርሳትን ሞያታትን። መለክዒታቱ ንምርኣይ ሓደ ምረጹ።
catalogue-search = ብስም ወይ ብኮድ ድለዩ
catalogue-kind = ዓይነት
catalogue-kind-all = ኩሉ
catalogue-kind-course = ኮርሳት
catalogue-kind-occupation = ሞያታት
catalogue-language = ቋንቋ ናይቶም ጽሑፋት
catalogue-language-all = ኩሎም ቋንቋታት
catalogue-search-button = ድለዩ
catalogue-found = { $count ->
    [0] ዝተረኽበ የለን
    [one] { $count } ተረኺቡ
   *[other] { $count } ተረኺቦም
}
catalogue-pages = ገጻት
catalogue-page-of = ገጽ { $page } ካብ { $pages }
catalogue-previous = ዝሓለፈ ገጽ
catalogue-next = ዝቕጽል ገጽ
catalogue-languages = ዝርከበሉ ቋንቋታት: { $list }
catalogue-published = ኣብ { $date } ዝተዘርግሐ
catalogue-older-version = እዚ ዝኣረገ ሕታም እዩ።
catalogue-see-current = ናይ ሕጂ ሕታም ርኣዩ
catalogue-fallback-note = ገለ ጽሑፋት ብቋንቋኹም ስለ ዘይርከቡ ብሽወድኛ ይርኣዩ።
catalogue-start-mapping = ብመሰረት እዚ ድህሰሳ ጀምሩ
catalogue-versions = ሕታማት
grade-step = ደረጃ ውጽኢት { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = ኮድ ኮርስ ናይ Skolverket
language-name = { $code ->
    [sv] ሽወድኛ
    [en] እንግሊዝኛ
    [ar] ዓረብኛ
    [fa] ፋርስኛ
    [ti] ትግርኛ
    [so] ሶማልኛ
    [uk] ዩክረይንኛ
    [ckb] ሶራኒ
    [ps] ፓሽቶ
    [prs] ዳሪ
    [kmr] ኩርማንጂ
    [am] ኣምሓርኛ
    [ru] ሩስኛ
    [tr] ቱርክኛ
    [de] ጀርመንኛ
    [fi] ፊንላንድኛ
    [fr] ፈረንሳይኛ
    [es] ስጳኛ
    [pl] ፖላንድኛ
   *[other] { $code }
}
catalogue-version = ሕታም { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = ካታሎግ (ኣመሓዳሪ)
admin-catalogue-title = ካታሎግ ኣመሓድሩ
admin-catalogue-count = { $count ->
    [one] { $count } መዕቀፍ
   *[other] { $count } መዕቀፋት
}
admin-catalogue-caption = ኣብ ካታሎግ ዘለዉ መዕቀፋት
admin-import-start = መለክዒታት ካብ ፋይላት ኣእትዉ
admin-col-code = ኮድ
admin-col-title = ስም
admin-col-kind = ዓይነት
admin-col-version = ሕታም
admin-col-status = ኩነታት
admin-col-criteria = መለክዒታት
admin-col-sections = ክፋላት
admin-col-languages = ቋንቋታት
admin-col-change = ለውጢ
version-draft = ንድፊ
version-published = ዝተዘርግሐ
import-title = መለክዒታት ኣእትዉ
import-lead = ቅርጺን ፋይላትን ምረጹ። ቅድሚ ዝኾነ ነገር ምዕቃቡ፣ ኣብቶም ፋይላት ዘሎን እንታይ ከም ዝቕየርን ክትርእዩ ኢኹም።
import-format = ቅርጺ
format-kartla = ናይ Kartla ቅርጺ (TOML)
format-kartla-hint = ንነፍሲ ወከፍ መዕቀፍ ሓደ ፋይል፣ ከምቲ kartla catalogue export ዝጽሕፎ።
format-skolverket = API ስርዓተ ትምህርቲ ናይ Skolverket (JSON)
format-skolverket-hint = course፣ courses፣ subject ወይ subjects ዝሓዘ መልሲ። ማእከላይ ትሕዝቶን ጠለባት ፍልጠትን መለክዒታት ይኾኑ።
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv፣ skills_xx.csv ከምኡውን occupationSkillRelations_xx.csv፣ እንተ ደሊኹም ብብዙሓት ቋንቋታት። ሽወድኛ ግዴታ እዩ።
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = ኣስማት ሞያታት ምስቶም ዝተተሓሓዝዎም ክእለታት።
format-moodle = መዕቀፍ ብቕዓት ናይ Moodle (CSV)
format-moodle-hint = ካብ Moodle ዝወጸ ፋይል፤ ቁጽሪ መለለዪ ወለዲ (parent ID number) ነቲ ኣሰራርዓ ይውስን።
import-files = ፋይላት
import-files-hint = ብዙሓት ፋይላት ክትመርጹ ትኽእሉ ኢኹም፣ ብድምር ብዝበዝሐ { $mb } MB።
import-occupations = እዞም ሞያታት ESCO ጥራይ (ኣማራጺ)
import-occupations-hint = ኣብ ነፍሲ ወከፍ መስመር ሓደ URI ሞያ። ኣብቶም ፋይላት ዘለዉ ኩሎም ሞያታት ንምእታው ባዶ ግደፍዎ።
import-preview-button = ቅድመ-ርእይ ኣርእዩ
import-preview-title = ቅድመ-ርእይ ምእታው
import-refused = { $count ->
    [one] እቶም ፋይላት ክኣትዉ ኣይክእሉን: { $count } ጸገም
   *[other] እቶም ፋይላት ክኣትዉ ኣይክእሉን: { $count } ጸገማት
}
import-at-line = መስመር { $line }
import-in-field = ዓውዲ { $field }
import-nothing-written = ዝተዓቀበ የለን። ነቶም ፋይላት ኣዐርዩ እሞ እንደገና ፈትኑ።
import-try-again = ፋይላት እንደገና ምረጹ
import-summary = { $total } መዕቀፋት: { $new } ሓደሽቲ፣ { $changed } ዝተቐየሩ፣ { $unchanged } ዘይተቐየሩ።
import-rows-shown = (እቶም ቀዳሞት { $shown } ይርኣዩ ኣለዉ)
import-applied = ምእታው ተወዲኡ። እቶም መዕቀፋት ሕጂ ኣብ ካታሎግ ኣለዉ።
import-blocked = ሓደ ሰብ ንድፊ ናይ ሓደ ካብቶም መዕቀፋት የስተኻኽል ኣሎ። መጀመርታ ነቲ ንድፊ ኣዘርግሕዎ ወይ ደምስስዎ።
import-nothing-to-write = ኣብቶም ፋይላት ዘሎ ኩሉ ድሮ ኣብ ካታሎግ ኣሎ። ዝዕቀብ ነገር የለን።
import-confirm = { $count ->
    [one] { $count } መዕቀፍ ኣእትዉ
   *[other] { $count } መዕቀፋት ኣእትዉ
}
import-preview-caption = ኣብቶም ፋይላት ዘለዉ መዕቀፋት
plan-new = ሓድሽ፣ ሕታም 1
plan-new-version = ተቐይሩ፣ ሕታም { $version } ይኸውን
plan-unchanged = ኣይተቐየረን (ሕታም { $version })
plan-draft-in-the-way = ብንድፊ ተዓጊቱ (ሕታም { $version })
error-too-large = ዝለኣኽኩምዎ ኣዝዩ ዓቢ እዩ።
error-conflict-not-a-draft = ክቕየር ዝኽእል ንድፊ ጥራይ እዩ። ዝተዘርግሐ ሕታም ፈጺሙ ኣይቕየርን።
error-conflict-code-taken = ካልእ መዕቀፍ ድሮ ነዚ ኮድ ይጥቀመሉ ኣሎ።
error-conflict-draft-in-the-way = ሓደ ሰብ ንድፊ ናይዚ መዕቀፍ የስተኻኽል ኣሎ። መጀመርታ ነቲ ንድፊ ኣዘርግሕዎ ወይ ደምስስዎ።
error-conflict-import-refused = እቶም ፋይላት ክንበቡ ስለ ዘይከኣሉ፣ ክኣትዉ ኣይክእሉን።
error-conflict-import-applied = እዚ ምእታው ድሮ ተፈጺሙ እዩ።

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = እቲ ፋይል ክንበብ ኣይከኣለን ({ $detail })።
import-syntax = እቲ ፋይል ብግቡእ ኣይተሰርዐን: { $detail }
import-missing-field = የለን፣ ግን ግዴታ እዩ።
import-unknown-language = ዘይፍለጥ ኮድ ቋንቋ «{ $detail }»። ከም sv፣ en ወይ ar ዝኣመሰለ ኮድ ISO 639 ተጠቐሙ።
import-missing-swedish = ጽሑፍ ብሽወድኛ የለን። ትርጉም ኣብ ዘይብሉ ካታሎግ ሽወድኛ የርኢ፣ ስለዚ ሽወድኛ ግዴታ እዩ።
import-missing-file = እቲ ፋይል የድሊ ነይሩ፣ ግን ኣይተዋህበን።
import-unknown-occupation = URI { $detail } ዘለዎ ሞያ የለን።
import-unknown-parent = ቁጽሪ መለለዪ «{ $detail }» ዘለዎ መስመር የለን።
import-duplicate-framework = እቲ ኮድ { $detail } ክልተ ግዜ ይርከብ።
import-nothing = ዝኣቱ መዕቀፍ የብሉን።
import-expected-skolverket-root = course፣ courses፣ subject ወይ subjects ዝሓዘ መልሲ API ናይ Skolverket ይድለ ነይሩ።
import-expected-jobtech-concepts = ዝርዝር JSON ናይ ጽንሰ-ሓሳባት JobTech Taxonomy ይድለ ነይሩ።
import-expected-moodle-header = ዓምድታት Parent ID number፣ ID number፣ Short name ከምኡውን Description ዘለዎ ካብ Moodle ዝወጸ ፋይል ይድለ ነይሩ።
import-expected-kartla-file = ብ format = "kartla/1" ዝጅምር ብቕርጺ Kartla ዝተጻሕፈ ፋይል ይድለ ነይሩ።
import-expected-text = ጽሑፍ ይድለ ነይሩ።
import-expected-list = ዝርዝር ይድለ ነይሩ።
import-expected-kind = course ወይ occupation ይድለ ነይሩ።
import-expected-grade-step = ደረጃ ውጽኢት E፣ C ወይ A ይድለ ነይሩ።
import-expected-external-system = esco፣ jobtech ወይ skolverket ይድለ ነይሩ።
import-expected-utf8 = ብ UTF-8 ዝተጻሕፈ ጽሑፍ ይድለ ነይሩ።
content-bad-code = ኮድ ካብ 1 ክሳብ 60 ምልክታት ይህልዎ: ፊደላት a–z፣ ቁጽርታት፣ ነጥቢ (.)፣ ሰረዝ (-) ወይ ታሕተዋይ መስመር (_)።
content-empty = ባዶ ክኸውን የብሉን።
content-too-long = ካብ { $detail } ምልክታት ይነውሕ።
content-no-sections = መዕቀፍ እንተወሓደ ሓደ ክፋል የድልዮ።
content-no-criteria = ክፋል እንተወሓደ ሓደ መለክዒ የድልዮ።
content-duplicate-code = ኮድ መለክዒ { $detail } ኣብ ክልተ ቦታ ይርከብ።
content-unknown-language = ዘይፍለጥ ኮድ ቋንቋ «{ $detail }»።
content-guidance-on-occupation = መግለጺ ደረጃታት ውጽኢት ናይ ኮርሳት እዩ፣ ናይ ሞያታት ኣይኮነን።

## Authoring frameworks
admin-new-framework = ሓድሽ መዕቀፍ
admin-col-action = ተግባር
admin-edit = { $code } ኣስተኻኽሉ
admin-continue = ንድፊ { $code } ሕታም { $version } ቀጽሉ
new-framework-title = ሓድሽ መዕቀፍ
new-framework-button = ንድፊ ፍጠሩ
editor-kind = ዓይነት
editor-code = ኮድ
editor-code-hint = ሓጺርን ፍሉይን፣ ብዝበዝሐ { $max } ምልክታት: ፊደላት a–z፣ ቁጽርታት፣ ነጥቢ፣ ሰረዝ ወይ ታሕተዋይ መስመር። እቲ ኮድ ድሒሩ ክቕየር ኣይክእልን።
editor-title-sv = ስም ብሽወድኛ
editor-title-en = ስም ብእንግሊዝኛ (ኣማራጺ)
editor-title = { $title } ኣስተኻኽሉ፣ ንድፊ ሕታም { $version }
editor-lead = እቲ ንድፊ ክሳብ እተዘርግሕዎ ኣብ ካታሎግ ኣይርአን። ነፍሲ ወከፍ መጠወቒ መጀመርታ ዝጸሓፍኩምዎ ኩሉ ይዕቅብ። ዝተዘርግሐ ሕታም ፈጺሙ ኣይቕየርን፤ ድሮ ዝተጀመሩ ድህሰሳታት ሕታሞም ይሕዙ።
editor-name = ስም
editor-external = ምስ ደጋዊ መዝገብ ምትእስሳር (ኣማራጺ)
editor-external-system = መዝገብ
editor-external-none = ምትእስሳር የለን
editor-external-id = id ወይ URI ናይቲ ጽንሰ-ሓሳብ
editor-section = ክፋል { $number }
editor-section-title = ኣርእስቲ ክፋል
editor-section-add = ክፋል ወስኹ
editor-section-up = ክፋል { $number } ናብ ላዕሊ ኣሰጋግሩ
editor-section-down = ክፋል { $number } ናብ ታሕቲ ኣሰጋግሩ
editor-section-remove = ክፋል { $number } ኣልግሱ
editor-criterion = መለክዒ { $number }
editor-criterion-code = ኮድ
editor-criterion-text = ጽሑፍ መለክዒ
editor-criterion-add = ኣብ ክፋል { $number } መለክዒ ወስኹ
editor-criterion-up = መለክዒ { $number } ናብ ላዕሊ ኣሰጋግሩ
editor-criterion-down = መለክዒ { $number } ናብ ታሕቲ ኣሰጋግሩ
editor-criterion-remove = መለክዒ { $number } ኣልግሱ
editor-guidance = ደረጃታት ውጽኢት E፣ C ከምኡውን A (ኣማራጺ)
editor-guidance-hint = ነፍሲ ወከፍ ደረጃ ውጽኢት ንዚ መለክዒ እንታይ ማለት ምዃኑ። ንተሳተፍትን ንኣረጋገጽትን ከም መምርሒ ይርአ።
editor-add-language = ቋንቋ ወስኹ
editor-add-language-hint = ምስ ዓቀብኩም፣ ናይቲ ቋንቋ ዓውድታት ይርኣዩ።
editor-add-language-none = ሓድሽ ቋንቋ የለን
editor-save = ንድፊ ዕቀቡ
editor-publish = ኣዘርግሑ
editor-discard-title = ንድፊ ደምስሱ
editor-discard = ንድፊ ደምስሱ
editor-label-title = ስም ({ $lang })
editor-label-section-title = ክፋል { $section }፣ ኣርእስቲ ({ $lang })
editor-label-section = ክፋል { $section }
editor-label-criterion-code = ክፋል { $section }፣ መለክዒ { $criterion }፣ ኮድ
editor-label-criterion-text = ክፋል { $section }፣ መለክዒ { $criterion }፣ ጽሑፍ ({ $lang })
editor-label-criterion-guidance = ክፋል { $section }፣ መለክዒ { $criterion }፣ ደረጃ ውጽኢት { $step } ({ $lang })
field-error-bad-code = ኮድ ፊደላት a–z፣ ቁጽርታት፣ ነጥቢ፣ ሰረዝ ወይ ታሕተዋይ መስመር ጥራይ ክህልዎ ኣለዎ።
field-error-code-taken = ካልእ መዕቀፍ ድሮ ነዚ ኮድ ይጥቀመሉ ኣሎ።
field-error-no-sections = መዕቀፍ እንተወሓደ ሓደ ክፋል የድልዮ።
field-error-no-criteria = እቲ ክፋል እንተወሓደ ሓደ መለክዒ የድልዮ።
field-error-duplicate-code = ካልእ መለክዒ ነዚ ኮድ ይጥቀመሉ ኣሎ።
field-error-unknown-language = ዘይፍለጥ ቋንቋ።
field-error-guidance-on-occupation = ደረጃታት ውጽኢት ናይ ኮርሳት እዮም፣ ናይ ሞያታት ኣይኮኑን።
start-mapping-search = ኣብ ካታሎግ ዘለዉ ኩሎም { $count } ኮርሳትን ሞያታትን ድለዩ
guidance-summary = ደረጃታት ውጽኢት እንታይ ማለት እዮም
admin-col-published = ዝተዘርግሐ ሕታም
admin-not-published = ኣይተዘርግሐን

## The merit portfolio
nav-experiences = ማህደር ተሞክሮ
nav-evidence = መርትዖታት
experiences-title = ማህደር ተሞክሮይ
experiences-lead = ዝገበርኩምዎ ጽሓፉ: ስራሕ፣ ትምህርቲ፣ ኮርሳት፣ ወለንታዊ ስራሕን ካልእን። ነቲ ማህደር ንስኹም ትርእይዎ፣ ድህሰሳ ምስ ኣረከብኩም ድማ ኣረጋገጽቲ’ውን ይርእይዎ። እትኽእልዎ ክትገልጹ ከለኹም፣ ናብ ተሞክሮታትኩም ከተመልክቱ ትኽእሉ ኢኹም።
experiences-add = ተሞክሮ ወስኹ
experiences-none = ክሳብ ሕጂ ዝኾነ ተሞክሮ ኣይወሰኽኩምን።
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – ይቕጽል ኣሎ
experience-edit = { $role } ቀይሩ
experience-delete = { $role } ኣልግሱ
experience-new-title = ሓድሽ ተሞክሮ
experience-edit-title = ተሞክሮ ቀይሩ
experience-unsaved = እዚ ናይ መወዳእታ ዝጸሓፍኩምዎ እዩ። ገና ኣይተዓቀበን – ምልክት ዝተገብረሉ ኣዐርዩ እሞ ደጊምኩም ዕቀቡ።
experience-field-kind = እንታይ ዓይነት ተሞክሮ?
experience-field-role = እንታይ ትገብሩ ኔርኩም?
experience-role-hint = ንኣብነት ስም ስራሕ፣ ትምህርቲ ወይ ኮርስ።
experience-field-place = ወሃቢ ስራሕ፣ ቤት ትምህርቲ ወይ ትካል፣ ከምኡውን ከተማ
experience-field-country = ሃገር
experience-field-start = ዝጀመረሉ
experience-field-end = ዝተወደኣሉ
experience-month-hint = ዓመትን ወርሕን፣ ንኣብነት 2019-04።
experience-end-hint = ገና እንተ ቐጺሉ ባዶ ግደፍዎ።
experience-field-tasks = ዕማማትን ዝተማሃርኩምዎን
experience-tasks-hint = ልሙድ መዓልቲ፣ ዝፈታሕኩምዎም ከቢድ ኩነታት፣ መሳርሕትን ኣገባባትን ግለጹ። ብዝበዝሐ { $max } ምልክታት።
experience-save = ተሞክሮ ዕቀቡ
experience-kind-work = ስራሕ
experience-kind-education = ትምህርቲ
experience-kind-training = ኮርስ ወይ ልምምድ ስራሕ
experience-kind-volunteering = ወለንታዊ ስራሕ
experience-kind-other = ካልእ
experience-certificate = ናይ { $role } ንድፊ ምስክር ወረቐት ሕተሙ (PDF)
cert-title = ንድፊ ምስክር ወረቐት
cert-intro = ንምርግጋጽ ብቕዓት ክእለታተይ እድህስስ ኣለኹ። ንስኹም ወሃቢ ስራሐይ፣ ተቖጻጻሪየይ ወይ ኣራኻቢ ሰበይ ዝነበርኩም፣ ኣብ ታሕቲ ዘሎ መግለጺይ ከተንብቡ፣ ጌጋ ዘሎ ከተዐርዩን ክትፍርሙን እሓተኩም።
cert-about = ብዛዕባ እቲ ስራሕ
cert-person = ስም: { $value }
cert-role = ሞያ ወይ ተራ: { $value }
cert-place = ወሃቢ ስራሕ ወይ ቦታ: { $value }
cert-country = ሃገር: { $value }
cert-period = እዋን: { $value }
cert-tasks = ዕማማት፣ ብናይ ገዛእ ርእሰይ ቃላት
cert-no-tasks = (ገና መግለጺ የለን። በጃኹም ነቶም ዕማማት ኣብ ታሕቲ ግለጽዎም።)
cert-confirm = ምርግጋጽ
cert-confirm-choice = እቲ መግለጺ ቅኑዕ እዩ:   እወ   /   እወ፣ ምስቲ ኣብ ታሕቲ ዘሎ እርማት   /   ኣይፋልን   (ሓደ ኣኽብቡ)
cert-corrections = እርማታትን ተወሳኺ ሓበሬታን:
cert-extent = ዓይነት ውዕል ስራሕን መጠኑን:
cert-signer-name = ስም:
cert-signer-title = መዝነት:
cert-signer-organisation = ትካል:
cert-signer-contact = ተሌፎን ወይ ኢመይል:
cert-signed-date = ዕለት:
cert-signature = ፊርማ:
cert-made = እዚ ንድፊ ኣብ { $date } ካብ Kartla ተሓቲሙ። ምስ ተፈረመ ጥራይ እዩ ዘገልግል።
field-error-invalid-month = ዓመትን ወርሕን ጽሓፉ፣ ንኣብነት 2019-04።
field-error-end-before-start = መወዳእታ ቅድሚ መጀመርታ ክኸውን ኣይክእልን።
experience-label = { $role } ({ $period })
experience-label-place = { $role }፣ { $place } ({ $period })
answer-experiences = መልስኹም ኣብ ኣየኖት ተሞክሮታትኩም ይምርኮስ? (ኣማራጺ)
answer-experiences-none = ኣብ ማህደር ተሞክሮኹም ተሞክሮታት ወስኹ፣ ድሕሪኡ ኣብዚ ክተመልክትዎም ትኽእሉ ኢኹም።
answer-draws-on = ዝምርኮሰሉ: { $list }
answer-evidence = ኣየኖት መርትዖታት እዚ የርእዩ? (ኣማራጺ)
answer-evidence-none = ምስክር ወረቐታት፣ ውጽኢት ትምህርቲ፣ ፍቓዳት ወይ ስእልታት ስራሕኩም ጸዓኑ፣ ድሕሪኡ ኣብዚ ክተመልክትዎም ትኽእሉ ኢኹም።
answer-evidence-missing = ነዚ መርትዖ የብለይን (የለን)
answer-evidence-shown = መርትዖ:
answer-evidence-missing-shown = መርትዖ የለን
evidence-title = መርትዖታት
evidence-lead = ምስክር ወረቐታት፣ ውጽኢት ትምህርቲ፣ ዲፕሎማታት፣ ፍቓዳት ወይ ዝገበርኩምዎ ነገር ዘርኢ ስእልታት። ነፍሲ ወከፍ ፋይል ብመሰረት ዝወሰኽኩምሉ ስርዓት ቁጽሪ ይወሃቦ። ነቶም ፋይላት ክርእዩ ዝኽእሉ ንስኹምን ድህሰሳኹም ዝግምግም ሰብን ጥራይ እዮም።
evidence-none = ክሳብ ሕጂ ዝኾነ መርትዖ ኣይወሰኽኩምን።
evidence-label = ተቐጽላ { $number }: { $title }
evidence-kind-size = { $kind }፣ { $kb } kB
evidence-belongs-to = ዝምልከቶ: { $list }
evidence-open = ተቐጽላ { $number } ክፈቱ
evidence-delete = ተቐጽላ { $number } ደምስሱ
evidence-added = ተቐጽላ { $number } ተወሲኹ።
evidence-add-heading = መርትዖ ወስኹ
evidence-title-label = እንታይ እዩ? (ኣማራጺ)
evidence-title-hint = ንኣብነት «ፍቓድ ፎርክሊፍት» ወይ «ውጽኢት ካልኣይ ደረጃ ቤት ትምህርቲ»። ብዝበዝሐ { $max } ምልክታት። ባዶ እንተ ገዲፍኩምዎ፣ ስም እቲ ፋይል ይውሰድ።
evidence-experiences = ናይ ኣየኖት ተሞክሮታት እዩ? (ኣማራጺ)
evidence-file-label = ፋይል
evidence-file-hint = PDF፣ JPEG ወይ PNG፣ ብዝበዝሐ { $max } MB። ብተሌፎንኩም ስእሊ ክተልዕሉ ትኽእሉ ኢኹም።
evidence-upload = ጸዓኑ
evidence-full = { $max } መርትዖታት ኣለኩም፣ እዚ ድማ ክዕቀብ ዝኽእል ዝለዓለ ቁጽሪ እዩ። ካልእ ንምውሳኽ ሓደ ደምስሱ።
field-error-evidence-no-file = ዝጸዓን ፋይል ምረጹ
field-error-evidence-too-big = እቲ ፋይል ኣዝዩ ዓቢ እዩ – ብዝበዝሐ 10 MB ክኸውን ኣለዎ
field-error-evidence-wrong-type = እቲ ፋይል PDF፣ JPEG ወይ PNG ኣይኮነን
field-error-evidence-too-many = ክዕቀብ ዝኽእል ዝለዓለ ቁጽሪ መርትዖታት ድሮ ኣለኩም
field-error-evidence-title-too-long = እቲ መግለጺ ኣዝዩ ነዊሕ እዩ
evidence-refused-no-file = ዝተለኣኸ ፋይል የለን።
evidence-refused-too-big = እቲ ፋይል ኣዝዩ ዓቢ እዩ። ብዝበዝሐ 10 MB ክኸውን ኣለዎ።
evidence-refused-wrong-type = እቲ ፋይል PDF፣ JPEG ወይ PNG ኣይኮነን።
evidence-refused-too-many = ክዕቀብ ዝኽእል ዝለዓለ ቁጽሪ መርትዖታት ድሮ ኣሎ።
evidence-refused-title-too-long = እቲ መግለጺ ኣዝዩ ነዊሕ እዩ።
catalogue-version-dated = ሕታም { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = ሓበሬታኹም መን ርእይዎ
seen-by-lead = ካባኹም ካልእ ሰብ ሓደ ካብ ድህሰሳታትኩም፣ ፕሮፋይል ብቕዓቱ ወይ ሓደ ካብ ፋይላት መርትዖኹም ኣብ ዝኸፈተሉ ግዜ ኩሉ፣ ኣብዚ ይጽሓፍ: መን፣ ብኣየናይ ተራ፣ ንኣየናይ ትካል፣ መዓስ። ከይተጻሕፈ ክርኢ ዝኽእል ሰብ የለን።
seen-by-none = ካልእ ሰብ ሓበሬታኹም ኣይከፈተን።
seen-by-caption = መን እንታይ ከፊቱ፣ እቲ ሓድሽ ቅድም
seen-by-when = መዓስ
seen-by-who = መን
seen-by-role = ተራ
seen-by-organisation = ትካል
seen-by-what = እንታይ
seen-by-link = ሓበሬታኹም መን ርእይዎ
seen-what-mapping = ድህሰሳ { $number }
seen-what-profile-pdf = ፕሮፋይል ብቕዓት ናይ ድህሰሳ { $number }
seen-what-evidence = ፋይል መርትዖ
seen-what-case = ጉዳይ { $number }
seen-what-statement = ጸብጻብ ገምጋም ናይ ጉዳይ { $number }
role-participant = ተሳታፊ
role-counsellor = ኣማኻሪ ትምህርትን ሞያን
role-coordinator = ተኸታታሊ ጉዳይ
role-validator = ኣረጋጋጺ
role-org-admin = ኣመሓዳሪ ትካል
role-installation-admin = ኣመሓዳሪ ስርዓት

# The person's own account
nav-account = ኣካውንትኩም
account-title = ኣካውንትኩም
account-who = ብስም { $name } ({ $email }) ኣቲኹም ኣለኹም።
account-home-submit = ኮሙን መንበሪ ዕቀቡ
account-home-saved = ኮሙን መንበሪኹም ተዓቂቡ።
account-password-title = መሕለፊ ቃል ቀይሩ
account-password-submit = መሕለፊ ቃል ቀይሩ
account-password-saved = መሕለፊ ቃልኩም ተቐይሩ። ኣብ ካልኦት ተሌፎናትኩምን ኮምፒተራትኩምን ካብ ኣካውንትኩም ወጺእኩም ኣለኹም።
account-everywhere-title = ካብ ኩሉ ቦታ ውጹ
account-everywhere-lead = ኣብ ኩሉ ተሌፎናትን ኮምፒተራትን፣ እዚ ሕጂ እትጥቀሙሉ’ውን ከይተረፈ፣ ኩሉ ምእታዋትኩም የቋርጽ። ተሌፎን ወይ ኮምፒተር እንተ ጠፊኡኩም ወይ ኣብ ናይ ሓባር ኮምፒተር እንተ ኣቲኹም ተጠቐምሉ።
account-everywhere-submit = ካብ ኩሉ ቦታ ውጹ
field-current = ናይ ሕጂ መሕለፊ ቃል
field-new = ሓድሽ መሕለፊ ቃል
field-error-wrong-password = ቅኑዕ ኣይኮነን

# Organisations and people (administration)
nav-admin-people = ትካላትን ሰባትን
people-title = ትካላትን ሰባትን
people-lead = ሰባት ኣብ ትካላትኩም ዘለዎም ተራታት። ሓደ ተራ ምስ ኣቋረጽኩም፣ እቲ ተራ ዝሃቦ ብኡንብኡ ይውሰድ፤ እቲ ሰብ ኣካውንቱን ካልኦት ተራታቱን ይሕዝ።
people-none = ክሳብ ሕጂ ኣብዚ ተራ ዘለዎ ሰብ የለን።
people-caption = ተራታት ኣብ { $org }
people-col-name = ስም
people-col-email = ኣድራሻ ኢመይል
people-col-role = ተራ
people-end = ተራ { $role } ናይ { $name } ኣቋርጹ
people-ended = እቲ ተራ ተቋሪጹ።
people-add-org = ትካል ወስኹ
people-add-org-submit = ትካል ወስኹ
people-org-added = እቲ ትካል ተወሲኹ።
org-kind-region = ቤት ጽሕፈት ዞባ
org-kind-municipality = ኮሙን
org-kind-provider = ኣቕራቢ ትምህርቲ
org-code-hint = ሓጺር ኮድ: ፊደላት A–Z፣ ቁጽርታትን ሰረዝን፣ ከም LULEA ወይ NORD-VAL።
field-org-kind = ዓይነት ትካል
field-org-code = ኮድ
field-org-name = ስም
field-org-email = ኣድራሻ ኢመይል ንርክብ
field-org-phone = ተሌፎን ንርክብ
field-error-bad-org-code = ካብ 2 ክሳብ 24 ፊደላት A–Z፣ ቁጽርታት ወይ ሰረዝ ክኸውን፣ ብፊደል ድማ ክጅምር ኣለዎ
field-error-region-exists = እዚ ስርዓት ድሮ ዞባኡ ኣለዎ

# Invitations
invite-heading = ሰብ ዓድሙ
invite-explain = እቲ ሰብ ሓንሳእ ጥራይ ዝሰርሕ፣ ን7 መዓልቲ ዝጸንሕ ሊንክ ይበጽሖ። ብእኡ ነቲ ተራ ይቕበል: ኣካውንት እንተ ኣለዎ ብኣካውንቱ ኣትዩ፣ እንተ ዘይብሉ ድማ በዚ ኣድራሻ ኢመይል ኣካውንት ከፊቱ።
field-invite-organisation = ትካል
field-invite-role = ተራ
field-error-role-misfit = ምስዚ ዓይነት ትካል ኣይሰማማዕን
invite-submit = ዕድመ ስደዱ
invite-sent = እቲ ዕድመ ብኢመይል ተላኢኹ።
invite-pass-on = እዚ ስርዓት ኢመይል ኣይሰድድን። ነዚ ሊንክ ንሱ ጥራይ ከንብቦ ብዝኽእል መንገዲ ባዕልኹም ናብቲ ሰብ ኣብጽሕዎ። ሓንሳእ ጥራይ ይሰርሕ፣ ን7 መዓልቲ፤ እዚ ገጽ ን5 ደቒቕ ጥራይ እዩ ዘርእዮ።
invite-not-sent = እቲ ኢመይል ክለኣኽ ኣይከኣለን። ነዚ ሊንክ ንሱ ጥራይ ከንብቦ ብዝኽእል መንገዲ ባዕልኹም ናብቲ ሰብ ኣብጽሕዎ። ሓንሳእ ጥራይ ይሰርሕ፣ ን7 መዓልቲ፤ እዚ ገጽ ን5 ደቒቕ ጥራይ እዩ ዘርእዮ።
invite-withdrawn = እቲ ዕድመ ተሰሒቡ። ሊንኩ ድሕሪ ሕጂ ኣይሰርሕን።
invite-pending-caption = ኣብ { $org } ገና ተቐባልነት ዘይረኸቡ ዕድመታት
invite-col-expires = ክሳብ መዓስ ይሰርሕ
invite-withdraw = ናብ { $email } ዝተላእከ ዕድመ ስሓቡ
invite-title = ዕድመ
invite-lead = ናብ ተራ { $role } ኣብ { $org } ተዓዲምኩም ኣለኹም። እቲ ዕድመ ናይ { $email } እዩ።
invite-accept = ዕድመ ተቐበሉ
invite-new-account = ኣካውንትኩም ክፈቱ
invite-other-person = ብስም { $me } ኣቲኹም ኣለኹም፣ እቲ ዕድመ ግን ናይ { $email } እዩ። ውጹ፣ ድሕሪኡ ነቲ ሊንክ እንደገና ክፈትዎ።
invite-sign-in-first = ናይ { $email } ኣካውንት ኣሎ። ብእኡ እተዉ፣ ድሕሪኡ ነቲ ዕድመ ክትቕበሉ ናብዚ ክትምለሱ ኢኹም።
invite-gone-title = እዚ ዕድመ ድሕሪ ሕጂ ኣይሰርሕን
invite-gone-text = ድሮ ኣገልጊሉ፣ ድሕሪ 7 መዓልቲ ግዜኡ ሓሊፉ፣ ወይ ተሰሒቡ እዩ። ዝዓደመኩም ሰብ ሓድሽ ክህበኩም ሕተትዎ።
error-conflict-invitation-gone = እዚ ዕድመ ድሕሪ ሕጂ ኣይሰርሕን: ድሮ ኣገልጊሉ፣ ግዜኡ ሓሊፉ ወይ ተሰሒቡ እዩ። ዝዓደመኩም ሰብ ሓድሽ ክህበኩም ሕተትዎ።
error-conflict-invitation-other-person = እቲ ዕድመ ናይ ካልእ ኣድራሻ ኢመይል እዩ፣ ናይቲ ኣቲኹምሉ ዘለኹም ኣካውንት ኣይኮነን። ውጹ፣ ድሕሪኡ ነቲ ሊንክ እንደገና ክፈትዎ።
error-conflict-invitation-sign-in = በቲ ዝተዓደመ ኣድራሻ ኢመይል ዝተኸፍተ ኣካውንት ድሮ ኣሎ። ብእኡ እተዉ፣ ድሕሪኡ ነቲ ሊንክ እንደገና ክፈትዎ።
mail-invite-subject = ዕድመ ናብ { $org } ኣብ Kartla
mail-invite-body =
    ሰላም፣

    { $inviter } ናብ ተራ { $role } ኣብ { $org } ኣብ Kartla ይዕድሙኹም ኣለዉ።

    ንምቕባል ነዚ ሊንክ ክፈትዎ:
    { $link }

    እቲ ሊንክ ሓንሳእ ጥራይ ይሰርሕ፣ ን{ $days } መዓልቲ። ነዚ ዕድመ እንተ ዘይተጸበኹምዎ፣ ነዚ ኢመይል ሸለል ክትብልዎ ትኽእሉ ኢኹም።

# Forgotten password
sign-in-forgot = መሕለፊ ቃልኩም ረሲዕኩምዎ?
forgot-title = መሕለፊ ቃል ረሲዕኩም
forgot-lead = ኣድራሻ ኢመይል ኣካውንትኩም ጽሓፉ። ሓድሽ መሕለፊ ቃል እትመርጹሉ ሊንክ ናብኡ ክንሰድድ ኢና።
forgot-submit = ሊንክ ስደዱ
forgot-asked = በዚ ኣድራሻ ዝተኸፍተ ኣካውንት እንተሎ፣ ሊንክ ናብኡ ይለኣኽ ኣሎ። ሓንሳእ ጥራይ ይሰርሕ፣ ንሓደ ሰዓት። ኣብ ፎልደር spam’ውን ርኣዩ።
forgot-no-mail = እዚ ስርዓት ኢመይል ስለ ዘይሰድድ፣ ሊንክ ክለኣኸልኩም ኣይክእልን። ኣብ ሓደ ካብ ትካላት እቲ ዞባ እንተ ትሰርሑ፣ ንኣመሓዳሪ እቲ ትካል ሊንክ ሕተቱ፤ እንተ ዘይኮይኑ ነቶም ኣብ ኮሙንኩም Kartla ዘካይዱ ሰባት ሕተቱ።
reset-title = ሓድሽ መሕለፊ ቃል ምረጹ
reset-submit = ሓድሽ መሕለፊ ቃል ዕቀቡ
reset-done = ሓድሽ መሕለፊ ቃልኩም ተዓቂቡ፣ ካብ ኩሉ ቦታ ድማ ወጺእኩም ኣለኹም። ብሓድሽ መሕለፊ ቃል እተዉ።
reset-gone-title = እዚ ሊንክ ድሕሪ ሕጂ ኣይሰርሕን
reset-gone-text = ድሮ ኣገልጊሉ ወይ ድሕሪ ሓደ ሰዓት ግዜኡ ሓሊፉ እዩ። ኣብ ገጽ ምእታው ሓድሽ ሊንክ ሕተቱ።
error-conflict-password-link-gone = እዚ ሊንክ ድሕሪ ሕጂ ኣይሰርሕን: ድሮ ኣገልጊሉ ወይ ግዜኡ ሓሊፉ እዩ። ኣብ ገጽ ምእታው ሓድሽ ሊንክ ሕተቱ።
mail-reset-subject = ሓድሽ መሕለፊ ቃል ናይ Kartla ምረጹ
mail-reset-body =
    ሰላም፣

    ሓደ ሰብ ንኣካውንትኩም ኣብ Kartla ሓድሽ መሕለፊ ቃል ክምረጽ ሓቲቱ። ሓድሽ ንምምራጽ ነዚ ሊንክ ክፈትዎ:
    { $link }

    እቲ ሊንክ ሓንሳእ ጥራይ ይሰርሕ፣ ን{ $minutes } ደቒቕ። ዝሓተትኩም ንስኹም እንተ ዘይኮንኩም፣ ነዚ ኢመይል ሸለል ክትብልዎ ትኽእሉ ኢኹም: መሕለፊ ቃልኩም ከምቲ ዘለዎ ይጸንሕ።

# The administrators' search of the access log
audit-title = መን ናይ መን ሓበሬታ ርእዩ
audit-lead = ብኣድራሻ ኢመይል ሓደ ሰብ ድለዩ፣ ካልእ ሰብ ድህሰሳታቱ፣ ፕሮፋይላቱ ወይ መርትዖታቱ ዝኸፈተሉ ግዜ ኩሉ ክትረኽቡ ኢኹም። ሰባት ትካላትኩም ዝኸፈትዎ ትርእዩ፤ ኣመሓደርቲ ስርዓት ድማ ኩሉ ይርእዩ። እቲ ሰብ ምድላይኩም ኣይርእዮን።
audit-person = ኣድራሻ ኢመይል እቲ ሰብ
audit-search = ድለዩ
audit-unknown = በዚ ኣድራሻ ኢመይል ዝተኸፍተ ኣካውንት የለን።
audit-none = ካብቶም ክትርእይዎም ዝፍቀደልኩም ሰባት፣ ሓበሬታ እዚ ሰብ ዝኸፈተ የለን።
audit-caption = ሓበሬታ { $email } መን ከፊትዎ፣ እቲ ሓድሽ ቅድም
people-edit-org = ሓበሬታ { $org } ቀይሩ
people-edit-org-submit = ሓበሬታ ዕቀቡ
people-org-changed = ሓበሬታ እቲ ትካል ተዓቂቡ።
people-serves = ዝግምግመሎም ኮሙናት
people-serves-hint = ኣረጋገጽቲ እዚ ትካል፣ ኣብቶም ኣብዚ ምልክት ዝተገብረሎም ኮሙናት ዝነብሩ ሰባት ዘረከብዎም ድህሰሳታት ይርእዩ።
people-new-role = ሓድሽ ተራ ናይ { $name }
people-change = ተራ { $name } ቀይሩ
people-role-changed = እቲ ተራ ተቐይሩ።
reset-link-heading = ንሓደ ሰብ ሓድሽ መሕለፊ ቃል
reset-link-explain = ኣብ ትካልኩም ዝሰርሕ ሰብ ክኣቱ ምስ ዘይክእልን እዚ ስርዓት ኢመይል ምስ ዘይሰድድን፣ ሓድሽ መሕለፊ ቃል ዝመርጸሉ ሊንክ ስርሑ። ሓንሳእ ጥራይ ይሰርሕ፣ ንሓደ ሰዓት፤ ንሱ ጥራይ ከንብቦ ብዝኽእል መንገዲ ኣብጽሕዎ። ኣካውንታት ተሳተፍቲ ናይ ገዛእ ርእሶም ፋይላት ስለ ዝኸፍቱ፣ ዝኾነ ኣመሓዳሪ ንዕኦም ሊንክ ኣይሰርሕን።
reset-link-email = ኣድራሻ ኢመይል እቲ ሰብ
reset-link-submit = ሊንክ ስርሑ
reset-link-pass-on = ነዚ ሊንክ ንሱ ጥራይ ከንብቦ ብዝኽእል መንገዲ ናብቲ ሰብ ኣብጽሕዎ። ሓንሳእ ጥራይ ይሰርሕ፣ ንሓደ ሰዓት፤ እዚ ገጽ ን5 ደቒቕ ጥራይ እዩ ዘርእዮ።
field-error-not-your-person = ኣብ ትካላትኩም ጥራይ ዝሰርሕ ሰብ ኣድራሻ ኣይኮነን
field-error-control-characters = መስመር ምቕያር ወይ ካልኦት ምልክታት ቁጽጽር ክሕዝ የብሉን

## Cases: coordinators and validators
nav-cases = ጉዳያት
cases-title = ጉዳያት
cases-organisation = ጉዳያት ትካልኩም፣ እቲ ዝነወሐ ዝተጸበየ ቅድም
cases-assigned = ንዓኹም ዝተመደቡ ጉዳያት
cases-none = ሕጂ ጉዳያት የለዉን።
cases-none-assigned = ሕጂ ንዓኹም ዝተመደበ ጉዳይ የለን።
cases-col-person = ሰብ
cases-col-framework = ኮርስ ወይ ሞያ
cases-col-state = መድረኽ
cases-col-waited = ዝተጸበየሉ ግዜ
cases-col-validator = ኣረጋጋጺ
cases-days = { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልቲ
}
cases-overdue = ካብ { $date } ጀሚሩ ደንጒዩ
back-to-cases = ናብ ጉዳያት ተመለሱ
case-title = ጉዳይ { $id }: { $person }
case-state-new = ሓድሽ
case-state-checking = ይረጋገጽ ኣሎ
case-state-returned = ተወሳኺ ይጽበ ኣሎ
case-state-assigned = ኣብ ኣረጋጋጺ
case-state-concluded = ተዛዚሙ
case-state = መድረኽ
case-organisation = ሓላፊ ትካል
case-validator = ኣረጋጋጺ
case-no-validator = ገና የለን
case-handed-in = ዝተረከበሉ
case-waited = ኣብዚ መድረኽ ዝተጸበየሉ ግዜ
case-deadline = ናይ መወዳእታ መዓልቲ ንተወሳኺ
case-late = ደንጒዩ
case-actions = ሕጂ ክትገብርዎ እትኽእሉ
case-take = ጉዳይ ምርግጋጽ ጀምሩ
case-assign = መድቡ
field-validator = ኣረጋጋጺ
case-validator-hint = ክምረጹ ዝኽእሉ፣ ኣብ ዝርዝር ገምገምቲ ናይዚ ኮርስ ወይ ሞያ ዝተመዝገቡ ኣረጋገጽቲ ጥራይ እዮም።
case-choose-validator = ኣረጋጋጺ ምረጹ
case-no-validators = ኣብ ትካልኩም ንዚ ኣብ ዝርዝር ገምገምቲ ዝተመዝገበ ኣረጋጋጺ የለን። ኣመሓዳሪ ክውስኾ ይኽእል።
case-hand-back = ጉዳይ ናብ ተኸታታሊ ጉዳይ መልሱ
case-hand-back-hint = ምኽንያቱ ጽሓፉ፣ ንኣብነት እቲ ጉዳይ ብዛዕባ ዘይትግምግምዎ ዓይነት ትምህርቲ ምዃኑ።
case-hand-back-submit = መልሱ
field-reason = ምኽንያት
case-saved-take = ሕጂ ነቲ ጉዳይ ተረጋግጽዎ ኣለኹም።
case-saved-assign = እቲ ጉዳይ ተመዲቡ።
case-saved-sent = ዝርዝር ተወሳኺ ተላኢኹ። እቲ ሰብ ኣብ ሓፈሻዊ ገጹ ይርእዮ።
case-saved-concluded = እቲ ጉዳይ ተዛዚሙ። ጸብጻብ ገምጋም ክወርድ ይኽእል።
case-saved-handed-back = እቲ ጉዳይ ናብ ተኸታታሊ ጉዳይ ተመሊሱ።
case-versions = ዝተረከቡ ሕታማት
case-version = ሕታም { $number }፣ { $date }
case-profile-pdf = ፕሮፋይል ብቕዓት ናይዚ ሕታም (PDF)
case-own-rating = ናይቲ ሰብ ናይ ገዛእ ርእሱ ደረጃ
case-judgement = ገምጋም ኣረጋጋጺ
change-heading = ካብ ሕታም { $number } ንነጀው ዝተቐየረ
change-none = ኣብ መልስታት ዝተቐየረ የለን።
change-rating = ደረጃ: { $before } → { $after }
change-text = እቲ መግለጺ ተቐይሩ
change-evidence = ሓደሽቲ ተቐጽላታት: { $numbers }
change-experiences = ሕጂ ኣብ ዝበዝሑ ተሞክሮታት ይምርኮስ
change-missing = «መርትዖ የለን» ዝብል ተቐይሩ
change-goal = እቲ ዕላማ ተቐይሩ።
change-new-evidence = ኣብቲ ዝርዝር ሓደሽቲ ተቐጽላታት: { $numbers }
change-portfolio = ኣብ ማህደር ተሞክሮ ተሞክሮታት ተወሲኾም ወይ ተቐይሮም።
verdict-met = ተማሊኡ
verdict-partly-met = ብኸፊል ተማሊኡ
verdict-not-met = ኣይተማልአን
verdict-not-yet = ገና ክግምገም ኣይከኣለን
method-documents = ሰነዳት
method-interview = ቃለ-መሕትት
method-practical-test = ግብራዊ ፈተና
method-theoretical-test = ቲዮሪያዊ ፈተና
method-workplace-observation = ኣብ ቦታ ስራሕ ምዕዛብ
field-verdict = ገምጋም
field-methods = ኣገባባት
field-judgement = ገምጋም
judgement-methods-hint = ናብቲ ገምጋም ብኸመይ ከም ዝበጻሕኩም ምልክት ግበሩ።
judgement-none = ገና ኣይተገምገመን።
judgement-by = { $name }፣ { $date }
judgement-methods = ኣገባባት: { $methods }
judgement-reason = ምኽንያት ለውጢ: { $reason }
judgement-history = ዝሓለፉ ገምጋማት ({ $count })
judgement-form = { $code } ገምግሙ
judgement-save = ገምጋም ዕቀቡ
judgement-change = ገምጋም ቀይሩ
judgement-reason-hint = እቲ ጉዳይ ተዛዚሙ እዩ። ዝተቐየረ ገምጋም ምኽንያት የድልዮ፣ እቲ ዝሓለፈ ድማ ኣብ ታሪኽ ይጸንሕ።
additions-heading = ተወሳኺ
additions-building = ሓድሽ ዝርዝር ተወሳኺ
additions-building-hint = ሓደ ሓደ ወስኹ: እንታይ ከም ዝጎደለ፣ ኣበይ ከም ዝኣቱን ብኣየናይ መልክዕን። እቲ ዝርዝር ምስ ተዳለወ፣ ምስ ናይ መወዳእታ መዓልቲ ስደድዎ።
additions-choose-target = ብዛዕባ እንታይ ምዃኑ ምረጹ
field-target = ብዛዕባ
field-missing = እንታይ ጎዲሉ
additions-missing-hint = ንጹር ጽሓፉ፣ ንኣብነት «ኣብ Lager AB ዝነበሩ ዕማማት ዘርኢ ምስክር ወረቐት ስራሕ»።
field-form = ብኣየናይ መልክዕ
additions-form-hint = ንኣብነት «PDF ወይ ስእሊ፣ ብሽወድኛ ወይ ዝተተርጎመ»።
additions-add = ኣብ ዝርዝር ወስኹ
additions-remove = ኣልግሱ
field-deadline = ናይ መወዳእታ መዓልቲ
additions-deadline-hint = እቲ ሰብ ነቲ ዕለት ኣብቲ ዝርዝር ይርእዮ።
additions-send = ዝርዝር ናብቲ ሰብ ስደዱ
additions-sent-by = { $name } ሓቲቶምዎ፣ ናይ መወዳእታ መዓልቲ { $deadline }
additions-answered = እቲ ሰብ ኣብ { $date } ደጊሙ ኣረኪቡ
additions-form-shown = መልክዕ: { $form }
additions-item-done = እቲ ሰብ «ተወዲኡ» ይብል
additions-item-open = ገና ኣይተወደአን
additions-mark-done = ከም ዝተወደአ ምልክት ግበሩ
additions-mark-not-done = ከም ዘይተወደአ ምልክት ግበሩ
additions-asked = ክትውስኽዎ ዘለኩም
additions-asked-hint = ኣብ ድህሰሳ፣ ኣብ ማህደር ተሞክሮ ወይ ኣብ መርትዖታት ለውጥታት ግበሩ። ነፍሲ ወከፍ ነገር ከም ዝተወደአ ምልክት ግበሩ፣ ድሕሪኡ ነቲ ድህሰሳ ደጊምኩም ኣረክቡ።
target-case = ብምሉኡ ጉዳይ
target-criterion = መለክዒ { $criterion }
target-experience = ተሞክሮ: { $experience }
target-evidence = { $evidence }
conclude-heading = ጉዳይ ዛዝሙ
conclude-not-judged = { $count ->
    [one] { $count } መለክዒ ገና ኣይተገምገመን: { $codes }። ገምግምዎ፣ ወይ «ገና ክግምገም ኣይከኣለን» ምረጹ።
   *[other] { $count } መለክዒታት ገና ኣይተገምገሙን: { $codes }። ገምግምዎም፣ ወይ «ገና ክግምገም ኣይከኣለን» ምረጹ።
}
conclude-outcome = ውጽኢት ናይ { $framework }
outcome-fully-met = ምሉእ ብምሉእ ተማሊኡ
outcome-partly-met = ብኸፊል ተማሊኡ
outcome-not-met = ኣይተማልአን
field-outcome = ውጽኢት
field-statement = ሓፈሻዊ ጸብጻብ ገምጋም
conclude-statement-hint = እቲ ሰብ ነቲ ጸብጻብ የንብቦ፣ ናብ ርእሰ መምህር፣ ወሃቢ ስራሕ ወይ ናብቲ ዝቕጽል ትምህርቲ ድማ ይወስዶ።
field-next-steps = ዝምከሩ ዝቕጽሉ ስጉምትታት
next-step-top-up-course = ተወሳኺ ኮርስ
next-step-exam = ንውጽኢት ትምህርቲ ዝኸውን ፈተና (prövning፣ ብዘይ ኮርስ ውጽኢት ንምርካብ ዝወሃብ ፈተና)
next-step-workplace-assessment = ኣብ ቦታ ስራሕ ዝግበር ገምጋም
next-step-guidance = ምስ ኣማኻሪ ትምህርትን ሞያን ዝርርብ
field-next-steps-text = ዝቕጽሉ ስጉምትታት ብቓላትኩም
conclude-submit = ጉዳይ ብጸብጻብ ገምጋም ዛዝሙ
conclusion-heading = ጸብጻብ ገምጋም
conclusion-by = { $name } ኣብ { $date } ዛዚሞምዎ
conclusion-remaining = ዝተረፉ: { $codes }
conclusion-statement = ሓፈሻዊ ጸብጻብ ገምጋም
conclusion-next-steps = ዝምከሩ ዝቕጽሉ ስጉምትታት
conclusion-download = ጸብጻብ ገምጋም ኣውርዱ (PDF)
case-event-handed-in = { $name } ሕታም { $detail } ኣረኪቦም
case-event-taken = { $name } ጉዳይ ምርግጋጽ ጀሚሮም
case-event-assigned = { $name } ነቲ ጉዳይ ናብ { $detail } መዲቦምዎ
case-event-handed-back = { $name } ነቲ ጉዳይ መሊሶምዎ: { $detail }
case-event-returned = { $name } ተወሳኺ ሓቲቶም፣ ናይ መወዳእታ መዓልቲ { $detail }
case-event-judged = { $name } { $detail } ገምጊሞም
case-event-rejudged = { $name } ገምጋም { $detail } ቀይሮም
case-event-item-done = { $name } ከም ዝተወደአ ምልክት ገይሮም: { $detail }
case-event-item-reopened = { $name } ከም ዘይተወደአ ምልክት ገይሮም: { $detail }
case-event-outcome-changed = ብሰንኪ እቲ ዝተቐየረ ገምጋም ውጽኢት ተቐይሩ: { $detail }
case-event-concluded = { $name } ነቲ ጉዳይ ብጸብጻብ ገምጋም ዛዚሞምዎ
case-panel-heading = ጉዳይኩም
case-panel-whole = ምሉእ ጉዳይ ምስ ኩሉ ዝተፈጸመ ርኣዩ
case-explainer-checking = { $organisation } ኩሉ ከም ዘሎ የረጋግጽ ኣሎ።
case-explainer-assigned = ኣብ { $organisation } ዘሎ ኣረጋጋጺ ሕጂ ነቲ ድህሰሳ መለክዒ ብመለክዒ ይግምግሞ ኣሎ።
case-explainer-returned = { $organisation } ተወሳኺ ክትገብሩ ይደሊ። ኣብ ታሕቲ ዘሎ ዝርዝር ርኣዩ።
case-explainer-concluded = { $organisation } ነቲ ገምጋም ዛዚምዎ። ጸብጻብ ገምጋም ኣብ ታሕቲ ኣሎ።
hand-in-goes-to = እቲ ድህሰሳ ናብ { $organisation } ይኸይድ።
hand-in-no-home = ቅድሚ ምርካብኩም ኮሙን መንበሪ ክትመርጹ ኣለኩም። ኣብ ገጽ «ኣካውንትኩም» ግበርዎ።
field-provider = መን ክግምግሞ ኣለዎ
hand-in-choose-hint = ነዚ ሞያ ዝግምግሙ ብዙሓት ትካላት ኣለዉ። ሓደ ምረጹ።
error-conflict-case-moved = ካልእ ሰብ ነቲ ጉዳይ ድሮ ቀይርዎ። እቲ ገጽ ሕጂ ከም ዘለዎ የርእዮ።
error-conflict-no-home = ቅድሚ ምርካብኩም ኮሙን መንበሪ ክትመርጹ ኣለኩም።
field-error-not-listed = ኣብ ዝርዝር ገምገምቲ ናይዚ ኮርስ ወይ ሞያ ኣይተመዝገበን
field-error-does-not-fit = ምስ ገምጋማት መለክዒታት ኣይሰማማዕን
field-error-in-past = ድሕሪ ሎሚ ዝመጽእ ዕለት ክኸውን ኣለዎ
field-error-too-far = ብዝበዝሐ ሓደ ዓመት ንቕድሚት ክኸውን ይኽእል
field-error-no-items = እቲ ዝርዝር ገና ባዶ እዩ
field-error-too-many = እቲ ዝርዝር ብዝበዝሐ 30 ነገራት ክሕዝ ይኽእል
field-error-invalid = ካብቶም ምርጫታት ሓደ ኣይኮነን
field-error-invalid-characters = ክዕቀቡ ዘይክእሉ ምልክታት ሒዙ ኣሎ
mail-additions-subject = Kartla: በጃኹም ኣብ ድህሰሳኹም ወስኹ
mail-additions-body = ሰላም { $name }፣

    ንድህሰሳኹም ዝግምግም ሰብ ተወሳኺ ክትገብሩ ይደሊ። ዝርዝር ዘድሊ ነገራትን ናይ መወዳእታ መዓልትን ኣብዚ ኣሎ:

    { $link }

    ብሰላምታ፣
    Kartla
mail-concluded-subject = Kartla: ገምጋም ድህሰሳኹም ተወዲኡ
mail-concluded-body = ሰላም { $name }፣

    ገምጋም ድህሰሳኹም ተወዲኡ። ጸብጻብ ገምጋም ኣብዚ ከተንብብዎን ከተውርድዎን ትኽእሉ ኢኹም:

    { $link }

    ብሰላምታ፣
    Kartla

## The statement (PDF)
file-name-statement = ጸብጻብ-ገምጋም-{ $number }
verify-document = ሰነድ
statement-title = ጸብጻብ ገምጋም
statement-lead = ገምጋም ፍልጠትን ብቕዓትን (ምርግጋጽ ብቕዓት)፣ መለክዒ ብመለክዒ።
statement-organisation = ዘውጽኦ ትካል
statement-contact = ርክብ
statement-case = ጉዳይ
statement-version = ዝተገምገመ ዝተረከበ ሕታም
statement-issued = ዕለት
statement-assessor = ገምጋሚ
statement-verify-where = እዚ ጸብጻብ ሓቀኛ ምዃኑ ኣብዚ ኣረጋግጹ:
statement-outcome = ውጽኢት
statement-signatures = ፊርማታት
statement-assessed-by = { $name } ገምጊሞምዎ።
statement-principal = ሓላፍነት ዘለዎ ርእሰ መምህር ወይ ሓላፊ:
statement-signature = ፊርማ:
statement-name-clarified = ስም ብንጹር ጽሑፍ:
statement-signed-date = ቦታን ዕለትን:

## The directory: who assesses what
nav-directory = መን እንታይ ይግምግም
directory-title = መን እንታይ ይግምግም
directory-lead = ትካላት እቲ ዞባ፣ ከምኡውን ኮርሳትን ሞያታትን ዝግምግሙ ሰባት። ክርኣዩ ዝመረጹ ሰባት ጥራይ እዮም ዝርኣዩ።
directory-q = ኮርስ ወይ ሞያ
directory-q-hint = ክፋል ናይቲ ስም ወይ ኮድ ጽሓፉ፣ ንኣብነት «መኽዘን» ወይ «DEMO-KOCK1»።
directory-municipality = ኮሙን
directory-any-municipality = ኩሎም ኮሙናት
directory-search = ድለዩ
directory-none = ምስዚ ምድላይ ዝሰማማዕ ሰብ ኣብ ዝርዝር የለን።
directory-serves = ዝግምግመሎም ኮሙናት: { $list }
directory-serves-all = ንምሉእ ዞባ ይግምግም
directory-assesses = ዝግምግሞ
directory-languages = ቋንቋታት
directory-methods = ኣገባባት
directory-contact = ርክብ
admin-directory-title = ዝርዝር ገምገምቲ: መን እንታይ ይግምግም
admin-directory-lead = ነፍሲ ወከፍ ሰብ ትካልኩም እንታይ ከም ዝግምግም፣ ኣየኖት ቋንቋታት ከም ዝዛረብን ኣየኖት ኣገባባት ከም ዝጥቀምን ግለጹ። ጉዳያት ክምደቡ ዝኽእሉ ናብቶም ነቲ ኮርስ ወይ ሞያ ዝተመዝገቡ ኣረጋገጽቲ ጥራይ እዩ። ነፍሲ ወከፍ ሰብ ንህዝቢ ክርአ እንተ ደልዩ ኣብ ገጽ ኣካውንቱ ባዕሉ ይመርጽ።
admin-directory-none = ኣብ ትካላትኩም ዝግምግም ወይ ዝመክር ሰብ የለን።
admin-directory-saved = እቲ ዝርዝር ተዓቂቡ።
admin-directory-listed = ኣብቲ ህዝባዊ ዝርዝር ይርአ።
admin-directory-not-listed = ንህዝቢ ኣይርአን (እቲ ሰብ ኣይመረጾን)።
admin-directory-languages-hint = ብኮማ ዝተፈላለዩ ኮድ ቋንቋታት፣ ንኣብነት «sv, ar, ti»።
admin-directory-save = ዕቀቡ
field-languages = ቋንቋታት
account-listing-title = ዝርዝር ገምገምቲ: መን እንታይ ይግምግም
account-listing-lead = ንትካልኩም ኣብቲ ዝርዝር ኣለኹም። ንህዝቢ ክትርኣዩ እንተ ደሊኹም፣ ኣየናይ ሓበሬታ ርክብ ክርአ ከም ዘለዎን ምረጹ።
account-listing-show = ኣብቲ ህዝባዊ ዝርዝር ኣርእዩኒ
account-listing-email = ዝርአ ኢመይል (ኣማራጺ)
account-listing-phone = ዝርአ ተሌፎን (ኣማራጺ)
account-listing-save = ዕቀቡ
account-listing-saved = ምርጫኹም ንዝርዝር ተዓቂቡ።
field-error-bad-language-tags = ብኮማ ዝተፈላለዩ ኮድ ቋንቋታት ጽሓፉ፣ ንኣብነት sv, ar, ti (ብዝበዝሐ 12)

## What you master and what remains
gaps-heading = እትኽእልዎን ዝተረፈን
gaps-counts = መለክዒታት: { $masters } ካብ { $total } ትኽእልዎም፣ { $partly } ድማ ብኸፊል።
gaps-verdict = ሕጂ ከምዚ ይመስል:
gaps-remaining = ዝተረፉ: { $codes }
gaps-source-self = ኣብ ናይ ገዛእ ርእስኹም መልስታት ዝተመርኮሰ።
gaps-source-judged = መለክዒታት: { $judged } ካብ { $total } ኣብ ገምጋም ኣረጋጋጺ ይምርኮሱ፣ እቶም ዝተረፉ ኣብ ናይ ገዛእ ርእስኹም መልስታት።
gaps-elsewhere = እትኽእልዎ ኣብዚ’ውን ይቑጸር
gaps-elsewhere-hint = ብዛዕባ እቲ እትኽእልዎ ፍልጠት መለክዒታት ዘለዎም ካልኦት ኮርሳትን ሞያታትን።
gaps-covers = መልስታትኩም ዝሽፍንዎም መለክዒታት: { $covered } ካብ { $total }

## The Swedish original
originals-show = ኣብ ትሕቲ ነፍሲ ወከፍ መለክዒ ናይ ሽወድኛ መበቆላዊ ጽሑፍ ኣርእዩ
originals-hide = ናይ ሽወድኛ መበቆላዊ ጽሑፍ ሕብኡ
original-label = ብሽወድኛ:

## Sharing with a study and career counsellor
nav-caseload = ተሳተፍተይ
caseload-title = ተሳተፍተይ
caseload-lead = ተሳተፍቲ ምሳኹም ዘካፈልዎም ድህሰሳታት። እትኸፍትዎ ኣብ ዝርዝሮም «ሓበሬታኹም መን ርእይዎ» ይርአ።
caseload-none = ክሳብ ሕጂ ምሳኹም ዝኾነ ነገር ዘካፈለ ሰብ የለን።
caseload-all = ኩሎም ድህሰሳታቱ የካፍል
caseload-one = እዚ ድህሰሳ የካፍል
caseload-since = ካብ { $date }
sharing-title = ምስ ኣማኻሪ ትምህርትን ሞያን ኣካፍሉ
sharing-lead = ቅድሚ ዝርርብ፣ ኣብ ኮሙንኩም ዘሎ ኣማኻሪ ሓደ ድህሰሳ ወይ ኩሎም ድህሰሳታትኩም ከንብብ ክትፈቕዱሉ ትኽእሉ ኢኹም። ኣብ ዝደለኹምዎ ግዜ ምክፋል ከተቋርጹ ትኽእሉ ኢኹም።
sharing-none = ሕጂ ዘካፈልኩምዎ የለን።
sharing-everything = ኩሎም ድህሰሳታተይ
sharing-line = { $counsellor } ከንብቦ ዝኽእል: { $what }
sharing-withdraw = ምክፋል ኣቋርጹ
sharing-submit = ኣካፍሉ
sharing-saved = ሕጂ ምስቲ ኣማኻሪ ተካፊልኩም ኣለኹም።
sharing-withdrawn = ነዚ ድሕሪ ሕጂ ኣይተካፍልዎን ኢኹም።
field-counsellor = ኣማኻሪ
field-mapping = እንታይ ከተካፍሉ ትደልዩ?

## Guidance sessions
session-start = ዝርርብ ምኽሪ ጀምሩ
session-title = ዝርርብ ምኽሪ ምስ { $person }
session-heading = ዝርርብ ምኽሪ
session-with-person = ምስ { $name }
session-with-counsellor = ምስ ኣማኻሪ ትምህርትን ሞያን { $name }
session-code-intro = ንምጽንባር ዝኸውን ኮድ:
session-other-here = { $name } ነዚ ክፋል ይርእዩ ኣለዉ።
session-other-at = { $name } ክፋል { $n } ይርእዩ ኣለዉ።
session-other-away = { $name } ገና ኣይተጸንበሩን።
session-follow = ንስኹም’ውን ናብኡ ኪዱ
session-section = ክፋል { $n }
session-sections = ክፋላት
session-save = ዕቀቡ
session-ended = እዚ ዝርርብ ተዛዚሙ። ዝተጻሕፈ ይጸንሕ፤ ብእኡ ገይሩ ግን ካልእ ክጽሓፍ ኣይክእልን።
session-direct-on = ኣማኻሪ ኣብ መልስታተይ ክጽሕፍ ይፍቀደሉ
session-direct-off = ኣማኻሪ ኣብ መልስታተይ ምጽሓፍ የቋርጽ
session-direct-is-on = ኣብዚ ዝርርብ፣ ኣማኻሪ ኣብ መልስታትኩም ክጽሕፍ ይኽእል።
session-direct-is-off = ለውጥታት ኣማኻሪ ከም እማመ ይመጽኡ፤ ንስኹም ትቕበልዎም ወይ ትነጽግዎም።
session-trail = ኣብዚ ዝርርብ ዝተፈጸመ
session-end = ዝርርብ ዛዝሙ
sessions-back = ኩሎም ዝርርባት ምኽሪ
sessions-title = ዝርርባት ምኽሪ
sessions-none = ክፉት ዝርርብ ምኽሪ የለን።
sessions-with = ምስ { $name }
sessions-since = ኣብ { $time } ተጀሚሩ
sessions-join = ብኮድ ተጸንበሩ
sessions-join-hint = ኣማኻሪኹም 6 ፊደላትን ቁጽርታትን ይህበኩም፣ ንኣብነት K7M-Q2X።
sessions-join-button = ተጸንበሩ
field-code = ኮድ
field-error-no-such-session = በዚ ኮድ ዝኸውን ክፉት ዝርርብ የለን – ምስ ኣማኻሪኹም ኣረጋግጽዎ
proposal-heading = እማመ ለውጢ
proposal-by = { $name } ዘቕረብዎ እማመ:
proposal-make = እማመ ለውጢ ኣቕርቡ
proposal-send = እማመ ስደዱ
proposal-accept = ተቐበሉ
proposal-reject = ንጸጉ
notes-heading = መዘኻኸርታት
notes-open = ብዛዕባኹም ዝተጻሕፈ ኩሉ መዘኻኸሪ ከተንብቡ ትኽእሉ ኢኹም።
note-label = ሓድሽ መዘኻኸሪ
note-hint = እቲ ሰብ ኩሉ መዘኻኸርታት የንብብ።
note-add = መዘኻኸሪ ወስኹ
field-note = መዘኻኸሪ
error-conflict-session-ended = ዝርርብ ምኽሪ ተዛዚሙ እዩ።
error-conflict-proposal-decided = እዚ እማመ ድሮ ተቐባልነት ረኺቡ፣ ተነጺጉ ወይ ተተኪኡ እዩ።
session-event-started = ዝርርብ ጀሚሮም
session-event-joined = ተጸንቢሮም
session-event-wrote = ኣብ መለክዒ { $criterion } ጽሒፎም
session-event-proposed = ኣብ መለክዒ { $criterion } ለውጢ ኣማሚቶም
session-event-accepted = ናይ መለክዒ { $criterion } እማመ ተቐቢሎም
session-event-rejected = ናይ መለክዒ { $criterion } እማመ ነጺጎም
session-event-direct-on = ንኣማኻሪ ክጽሕፍ ፈቒዶምሉ
session-event-direct-off = ኣማኻሪ ምጽሓፍ ከም ዘቋርጽ ገይሮም
session-event-noted = መዘኻኸሪ ጽሒፎም
session-event-ended = ዝርርብ ዛዚሞም

## Individual study plan
plan-title = ውልቃዊ ውጥን ትምህርቲ ናይ { $person }
plan-saved = እቲ ውጥን ትምህርቲ ተዓቂቡ።
plan-pdf = ውጥን ትምህርቲ ኣውርዱ (PDF)
plan-link = ውልቃዊ ውጥን ትምህርቲ
plan-field-goal = ዕላማ ትምህርቲ
plan-goal-hint = እቲ ትምህርቲ ናብ እንታይ ከብጽሕ ከም ዘለዎ፣ ብናይቲ ሰብ ቃላት።
plan-field-pace = ቅልጣፈ ትምህርቲ
plan-pace-value = { $percent } %
plan-field-start = መጀመርታ
plan-start-hint = ትምህርቲ ዝጅምረሉ መዓልቲ፣ ከም YYYY-MM-DD (ዓመት-ወርሒ-መዓልቲ)።
plan-field-course = ኮርስ
plan-field-points = ነጥቢ
plan-field-courses = ኮርሳት
plan-courses = ዝተመደቡ ኮርሳት
plan-no-courses = ክሳብ ሕጂ ዝተመደበ ኮርስ የለን።
plan-course = ኮርስ
plan-points = ነጥቢ
plan-points-of = ነጥቢ ናይ { $course }
plan-change = ቀይሩ
plan-remove = ኣውጽኡ
plan-total = ብድምር { $points } ነጥቢ።
plan-suggested = ብትንተና ሃጓፍ ዝቐረበ
plan-suggested-hint = መልስታት (ወይ ገምጋማት ኣረጋጋጺ) ገና ምሉእ ብምሉእ ዘይሸፈንዎም ኮርሳት ናይዚ ድህሰሳ። ክምደቡ ዘለዎም ምልክት ግበሩሎም።
plan-add = ካብ ካታሎግ ኮርስ ወስኹ
plan-add-none = ኮርስ የለን
plan-save = ውጥን ትምህርቲ ዕቀቡ
plan-history = ለውጥታት
plan-change-goal = ዕላማ ቀይሮም
plan-change-pace = ቅልጣፈ ናብ { $value } % ኣቐሚጦም
plan-change-start = መጀመርታ ናብ { $value } ኣቐሚጦም
plan-change-added = { $value } ወሲኾም
plan-change-removed = { $value } ኣውጺኦም
plan-change-points = ነጥቢ ናይ { $value } ቀይሮም
plan-change-order = ስርዓት ናይቶም ኮርሳት ቀይሮም
field-error-invalid-date = ዕለት ከም YYYY-MM-DD ጽሓፉ
field-error-invalid-points = ነጥቢ ብቁጽሪ ካብ 1 ክሳብ 2500 ጽሓፉ
plan-pdf-no-goal = ክሳብ ሕጂ ዝተጻሕፈ ዕላማ የለን።
plan-pdf-signatures = ብሓባር ዝተዳለወ
plan-pdf-sign-person = እቲ ሰብ:
plan-pdf-sign-counsellor = ኣማኻሪ ትምህርትን ሞያን:
plan-pdf-made = ኣብ { $date } ካብ Kartla ተሓቲሙ።
file-name-study-plan = ውጥን-ትምህርቲ-{ $number }
guidance-heading = ምኽሪ
guidance-session-open = { $name } ብዛዕባ እዚ ድህሰሳ ክፉት ዝርርብ ምኽሪ ኣለዎም።
guidance-join = ናብቲ ዝርርብ ተጸንበሩ
caseload-people = ምሳኹም ዝተኻፈለ
connect-invite-heading = ተሳታፊ ዓድሙ
connect-invite-lead = ኮድ ስርሑ እሞ ነቲ ሰብ ሃብዎ። ኣብ ገጽ ኣካውንቱ ምስ ኣእተዎ፣ ዝድህስሶ ኩሉ ምሳኹም ይካፈል። ሓደ ኮድ ሓንሳእ ጥራይ ይሰርሕ፣ ንሓደ ሰሙን።
connect-invite-until = ክሳብ { $date } ይሰርሕ
connect-invite-make = ኮድ ስርሑ
connect-heading = ብኮድ ካብ ኣማኻሪኹም ተራኸቡ
connect-hint = 6 ፊደላትን ቁጽርታትን፣ ንኣብነት K7M-Q2X። ድሕሪኡ እትድህስስዎ ኩሉ ምስቲ ኣማኻሪ ይካፈል፤ ኣብ ዝደለኹምዎ ግዜ ምክፋል ከተቋርጹ ትኽእሉ ኢኹም።
field-connect-code = ካብ ኣማኻሪኹም ዝተዋህበ ኮድ
connect-submit = ተራኸቡ
field-error-no-such-invitation = በዚ ኮድ ዝኸውን ክፉት ዕድመ የለን – ድሮ ኣገልጊሉ ወይ ግዜኡ ሓሊፉ ክኸውን ይኽእል
field-error-not-your-counsellor = እዚ ኣማኻሪ ንኮሙንኩም ኣየማኽርን
pdf-gaps-self = ኣብ ናይቲ ሰብ መልስታት ዝተመርኮሰ።
pdf-gaps-judged = { $count ->
    [one] ን{ $count } መለክዒ፣ ኣብ ክንዲ መልሲ እቲ ሰብ ገምጋም ኣረጋጋጺ ይቑጸር።
   *[other] ን{ $count } መለክዒታት፣ ኣብ ክንዲ መልሲ እቲ ሰብ ገምጋም ኣረጋጋጺ ይቑጸር።
}
pdf-gaps-counts = ዝኽእሎ: { $masters } · ብኸፊል: { $partly } · ዝተረፈ: { $remaining }
pdf-gaps-verdict = ዝመስል ውጽኢት
pdf-gaps-remaining = ዝተረፉ
pdf-gaps-heading = ትንተና ሃጓፍ

## Follow-up (statistics)
nav-stats = ክትትል
stats-title = ክትትል
stats-lead = ክንደይ ሰባት ክእለቶም ይድህስሱ፣ ነፍሲ ወከፍ መድረኽ ክንደይ ግዜ ይወስድ፣ ውጽኢቱ ድማ እንታይ እዩ – ብዛዕባ ሓደ ውልቀ ሰብ ግን ፈጺሙ ኣይርአን። ቁጽሪ ሰባት ካብ { $n } እንተ ወሓደ «ካብ { $n } ዝውሕድ» ተባሂሉ ይርአ፣ ካብ ካልኦት ቁጽርታት ክሕሰብ ዝኽእል ቁጽሪ’ውን ይሕባእ።
stats-org = ናይ ኣየናይ ትካል ቁጽርታት
stats-from = ካብ ወርሒ
stats-to = ክሳብ ወርሒ (ምስታ ወርሒ)
stats-by = ምምቃል ብመሰረት
stats-show = ኣርእዩ
stats-whose-region = ምሉእ ዞባ: { $name }።
stats-whose-own = { $name } ከምኡ’ውን ድምር ምሉእ ዞባ።
stats-period = ምሉኣት ኣዋርሕ: { $from } – { $to }።
stats-download-csv = ከም CSV ኣውርዱ
stats-download-pdf = ጸብጻብ ከም PDF ኣውርዱ
stats-fewer-than = ካብ { $n } ዝውሕድ
stats-hidden = ሕቡእ
stats-no-municipality = ኮሙን መንበሪ የለን
stats-no-provider = ኮሙን ባዕሉ
stats-chart-caption = ግራፍ: { $measure }። ተመሳሳሊ ቁጽርታት ኣብቲ ታሕቲ ዘሎ ሰንጠረዥ ኣለዉ።
stats-table-caption = ኣብቲ ዝተመረጸ እዋን ናብ ነፍሲ ወከፍ መድረኽ ዝበጽሑ ድህሰሳታት
stats-total = ድምር: { $name }
stats-region-total = ድምር: { $name } (ምሉእ ዞባ)
stats-measure-started = ዝተጀመሩ
stats-measure-handed-in = ዝተረከቡ
stats-measure-returned = ንተወሳኺ ዝተመልሱ
stats-measure-assigned = ንኣረጋጋጺ ዝተመደቡ
stats-measure-concluded = ዝተዛዘሙ
stats-by-municipality = ኮሙን
stats-by-provider = ኣቕራቢ ትምህርቲ
stats-by-framework = ኮርስ ወይ ሞያ
stats-by-month = ወርሒ
stats-by-language = ቋንቋ
stats-heading-municipality = ብኮሙን
stats-heading-provider = ብኣቕራቢ ትምህርቲ
stats-heading-framework = ብኮርስን ሞያን
stats-heading-month = ብወርሒ
stats-heading-language = ብቋንቋ
stats-unit-municipality = ኮሙን
stats-unit-provider = ኣቕራቢ ትምህርቲ
stats-unit-framework = ኮርስ ወይ ሞያ
stats-unit-month = ወርሒ
stats-unit-language = ቋንቋ
stats-heading-durations = መድረኻት ክንደይ ግዜ ይወስዱ
stats-durations-chart = ግራፍ: ማእከላይ ቁጽሪ (median) መዓልታት ንነፍሲ ወከፍ መድረኽ። ተመሳሳሊ ቁጽርታት ኣብቲ ታሕቲ ዘሎ ሰንጠረዥ ኣለዉ።
stats-durations-caption = መዓልታት፣ ነቶም ነቲ መድረኽ ኣብቲ ዝተመረጸ እዋን ዝወድእዎ
stats-col-step = መድረኽ
stats-col-people = ቁጽሪ ሰባት
stats-col-median = ማእከላይ ቁጽሪ (መዓልቲ)
stats-col-p90 = 9 ካብ 10 ኣብ ውሽጢ (መዓልቲ)
stats-not-shown = ኣይርአን
stats-step-mapping = ካብ ምጅማር ክሳብ ምርካብ
stats-step-waiting = ካብ ምርካብ ክሳብ ምምዳብ
stats-step-assessing = ካብ ምምዳብ ክሳብ ምዝዛም
stats-step-whole = ምሉእ መገዲ፣ ካብ ምጅማር ክሳብ ምዝዛም
stats-heading-outcomes = ውጽኢታት ብኮርስን ሞያን
stats-outcomes-none = ኣብቲ ዝተመረጸ እዋን ዝተዛዘመ ድህሰሳ የለን።
stats-outcomes-caption = ዝተዛዘሙ ድህሰሳታትን ውጽኢቶምን
stats-heading-languages = ቋንቋታት ኣብ Kartla
stats-languages-chart = ግራፍ: ቁጽሪ ሰባት ብቋንቋ። ተመሳሳሊ ቁጽርታት ኣብቲ ታሕቲ ዘሎ ሰንጠረዥ ኣለዉ።
stats-languages-caption = ሰባት Kartla ዝተጠቐሙሉ ቋንቋ
field-error-stats-month = ወርሒ ከም YYYY-MM ጽሓፉ፣ ንኣብነት 2025-03
field-error-stats-backward = እቲ እዋን ቅድሚ ምጅማሩ ይውዳእ
field-error-stats-by = ካብቲ ዝርዝር ሓደ ምምቃል ምረጹ
stats-pdf-title = ክትትል: { $name }
stats-pdf-made = ኣብ { $date } ካብ Kartla ተሓቲሙ።
file-name-stats = ክትትል-{ $number }
