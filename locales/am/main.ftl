### Kartla – አማርኛ (am)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = ወደ ዋናው ይዘት ይዝለሉ
footer-privacy = Kartla የሚያስቀምጠው በዳሰሳዎ ውስጥ የጻፉትን ብቻ ነው። ለእርስዎ ብቻ ያሳያል፤ ካስገቡት በኋላ ደግሞ ለአረጋጋጮች።
nav-label = ዋና ምናሌ
nav-my-mappings = ዳሰሳዎቼ
nav-sign-in = ይግቡ
nav-sign-out = ይውጡ
nav-register = መለያ ይፍጠሩ
signed-in-as = እንደ { $name } ገብተዋል
language-label = ቋንቋ
language-change = ቋንቋ ይቀይሩ
language-unreviewed-mark = ገና አልተፈተሸም
languages-link = ስለ ቋንቋዎቹ
languages-title = ቋንቋዎች
languages-lead = Kartla በእነዚህ ቋንቋዎች ይገኛል። ትርጉሞቹን የሚጽፈው የKartla ቡድን ነው። የቋንቋው ተወላጅ ተናጋሪ ገና ያልፈተሸው ትርጉም ምልክት ይደረግበታል፤ ስሕተቶችም ሊኖሩበት ይችላሉ።
languages-caption = ቋንቋዎቹ፣ እና እያንዳንዱ ትርጉም በቋንቋው ተወላጅ ተናጋሪ ተፈትሾ እንደሆነ
languages-col-language = ቋንቋ
languages-col-name = በአማርኛ
languages-col-status = ትርጉም
languages-status-original = ዋና ጽሑፍ
languages-status-reviewed = በቋንቋው ተወላጅ ተናጋሪ ተፈትሿል
languages-status-unreviewed = ገና በቋንቋው ተወላጅ ተናጋሪ አልተፈተሸም
languages-feedback = በቋንቋዎ የተሳሳተ የሚመስል ነገር አለ? ለትምህርትና የሙያ አማካሪዎ ወይም በማዘጋጃ ቤትዎ ላለው የKartla አስተዳዳሪ ይንገሩ። አዲስ የKartla ስሪት ሳይጠበቅ ሊስተካከል ይችላል።
loading = በመጫን ላይ …
back-home = ወደ መነሻ ገጽ ይሂዱ

## Errors
error-summary-title = ችግር አለ
error-validation = ከታች ያሉትን መረጃዎች ያረጋግጡ።
error-bad-request = ጥያቄው ሊነበብ አልቻለም። ገጹን እንደገና ይክፈቱና እንደገና ይሞክሩ።
error-unauthorized = ይህን ገጽ ለማየት መግባት ያስፈልግዎታል።
error-sign-in-failed = የኢሜይል አድራሻው ወይም የይለፍ ቃሉ ትክክል አይደለም።
error-forbidden = ይህን ለማድረግ ፈቃድ የለዎትም።
error-too-many = በጣም ብዙ ሙከራዎች። አንድ ደቂቃ ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
error-cross-site = ይህ ጥያቄ ከሌላ ድረ ገጽ ስለመጣ ተቀባይነት አላገኘም። ወደ Kartla ይሂዱና እዚያ ያድርጉት።
error-not-found = ይህ ገጽ የለም።
error-internal = በእኛ በኩል ችግር ተፈጥሯል። ቀደም ብለው ያስቀመጡት አልጠፋም። ትንሽ ቆይተው እንደገና ይሞክሩ።
error-unreachable = አሁን Kartla ላይ መድረስ አይቻልም። የኢንተርኔት ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።
error-conflict-email-taken = በዚህ የኢሜይል አድራሻ የተከፈተ መለያ አስቀድሞ አለ። በምትኩ ይግቡ።
error-conflict-not-editable = ዳሰሳው ገብቷል፤ አሁን ሊቀየር አይችልም።
error-conflict-already-submitted = ዳሰሳው አስቀድሞ ገብቷል።
error-conflict-already-decided = ዳሰሳው አስቀድሞ ተገምግሟል።
field-error-required = መሞላት አለበት
field-error-too-long = በጣም ረጅም ነው
field-error-too-short = በጣም አጭር ነው
field-error-invalid-email = ትክክለኛ የኢሜይል አድራሻ አይደለም
field-error-invalid-rating = ከአማራጮቹ አንዱን ይምረጡ
field-error-unknown-criterion = የዚህ ዳሰሳ አካል አይደለም
field-error-unknown-framework = በካታሎጉ ውስጥ የለም
field-error-not-rated = ይህን ምን ያህል እንደሚችሉ ይምረጡ
field-error-changed-elsewhere = መልሱ በሌላ ታብ ወይም በሌላ ስልክ ወይም ኮምፒውተር ተቀይሯል፤ በላዩ ላይ አልተጻፈበትም
field-error-no-description = ይህን የትና እንዴት እንደተማሩትና እንደተጠቀሙበት ይግለጹ

## Rating
rating-legend = ይህን ምን ያህል ይችላሉ?
rating-no-experience = ልምድ የለኝም
rating-some-experience = ትንሽ ልምድ አለኝ
rating-with-support = በድጋፍ ማድረግ እችላለሁ
rating-independently = ለብቻዬ ማድረግ እችላለሁ
rating-can-teach = ሌሎችን ማስተማር እችላለሁ
rating-no-experience-hint = ይህን አድርጌ አላውቅም።
rating-some-experience-hint = ሲደረግ አይቻለሁ ወይም ጥቂት ጊዜ ሞክሬዋለሁ።
rating-with-support-hint = አንድ ሰው ሲረዳኝ ወይም እንዴት እንደሚደረግ ሲያሳየኝ ማድረግ እችላለሁ።
rating-independently-hint = ያለ እርዳታ በራሴ ማድረግ እችላለሁ።
rating-can-teach-hint = በደንብ ስለማውቀው ለሌሎች ማሳየትና ማስረዳት እችላለሁ።
rating-or = ወይም
rating-not-relevant = አይመለከተኝም
rating-not-relevant-hint = ይህ ማሳየት ከምፈልገው ውስጥ አይደለም። ምንም መጻፍ አያስፈልግዎትም።
prompts-summary = ለመግለጽ የሚረዱ ጥያቄዎች
prompt-normal-day = አንድ የተለመደ ቀን ምን ይመስል ነበር? ምን ያደርጉ ነበር?
prompt-hardest = ያጋጠመዎት በጣም ከባድ ሁኔታ ምን ነበር? እንዴትስ ተወጡት?
prompt-tools = ምን ዓይነት መሣሪያዎች፣ ማሽኖች፣ ፕሮግራሞች ወይም ዘዴዎች ተጠቀሙ?
prompt-how-long = ለምን ያህል ጊዜና ምን ያህል በተደጋጋሚ አደረጉት?
read-aloud = ያዳምጡ

## Status
status-draft = ረቂቅ
status-submitted = ገብቷል
status-returned = ተጨማሪ ተጠይቋል
status-reviewed = ተገምግሟል
event-submitted = { $name } በ{ $date } አስገብተዋል
event-returned = { $name } በ{ $date } ተጨማሪ እንዲደረግ መልሰዋል
event-reviewed = { $name } በ{ $date } ገምግመዋል
kind-course = ኮርስ
kind-occupation = ሙያ

## Start page
home-title = የሚችሉትን ያሳዩ
home-lead = Kartla የሚያውቁትንና የሚችሉትን መስፈርት በመስፈርት እንዲገልጹ ይረዳዎታል። ከዚያ አረጋጋጭ ሊገመግመው ይችላል።
home-how = መለያ ይፍጠሩ፣ ኮርስ ወይም ሙያ ይምረጡ፣ በራስዎ ፍጥነት ይመልሱ። የሚጽፉት ሁሉ ይቀመጣል።
home-have-account = መለያ አለኝ
home-role-later = ለሚናዎ ተጨማሪ መሣሪያዎች በቅርቡ ይመጣሉ።

## Account
sign-in-title = መግቢያ
sign-in-submit = ይግቡ
sign-in-no-account = መለያ የለዎትም? አንድ ይፍጠሩ።
register-title = መለያ መፍጠር
register-why = ስምዎ ለብቃት መገለጫዎ ያስፈልገናል። የኢሜይል አድራሻዎ ደግሞ እንደገና መግባት እንዲችሉ ያስፈልገናል።
register-submit = መለያ ይፍጠሩ
password-hint = ቢያንስ 12 ቁምፊዎች። የሚያስታውሱት ዓረፍተ ነገር ጥሩ ነው።
field-name = ስም
field-email = የኢሜይል አድራሻ
field-password = የይለፍ ቃል
field-locale = ቋንቋ
field-municipality = የሚኖሩበት ማዘጋጃ ቤት
municipality-hint = የሚኖሩበት ማዘጋጃ ቤት (kommun)። የብቃት ማረጋገጫ የሚያቀርብልዎትና ለዳሰሳዎችዎ ኃላፊነት የሚወስደው እሱ ነው። በኋላ መቀየር ይችላሉ።
municipality-choose = ማዘጋጃ ቤት ይምረጡ
field-comment = አስተያየት

## My mappings
my-mappings-title = ዳሰሳዎቼ
my-mappings-none = እስካሁን ምንም ዳሰሳ አልጀመሩም።
updated-on = ለመጨረሻ ጊዜ የተቀየረው: { $date }
start-mapping-title = አዲስ ዳሰሳ ይጀምሩ
start-mapping-lead = እንደሚችሉ ማሳየት የሚፈልጉትን ኮርስ ወይም ሙያ ይምረጡ።
criteria-count = { $count ->
    [one] { $count } መስፈርት
   *[other] { $count } መስፈርቶች
}
start-mapping-button = { $title } ይጀምሩ

## Overview
sections-heading = ክፍሎች
progress = ከ{ $total } ውስጥ { $done } ተመልሰዋል
task-not-started = አልተጀመረም
task-in-progress = በሂደት ላይ
task-done = ተጠናቋል
check-answers-link = ያረጋግጡና ያስገቡ
download-pdf = የብቃት መገለጫ ያውርዱ (PDF)
print-heading = የብቃት መገለጫውን ያትሙ
print-lang = የርዕሶችና የስያሜዎች ቋንቋ
print-two = መስፈርቶቹ በሁለት ቋንቋ ጎን ለጎን
print-two-hint = የግለሰቡ ቋንቋና ስዊድንኛ፤ ለምሳሌ አረጋጋጩና ግለሰቡ አብረው እንዲያነቡት።
goal-heading = ግቤ
field-goal = የዳሰሳው ግብ
goal-hint = ለምሳሌ ሊደርሱበት የሚፈልጉት ኮርስ፣ ውጤት ወይም ሙያ። በብቃት መገለጫው የመጀመሪያ ገጽ ላይ ይታያል።
goal-save = ግቡን ያስቀምጡ
goal-saved = ግቡ ተቀምጧል።
goal-shown = የዳሰሳው ግብ: { $goal }
pdf-goal = ግብ
submitted-explainer = ዳሰሳዎ ገብቷል። አረጋጋጭ እየገመገመው ነው። በዚህ ጊዜ መልሶችዎን መቀየር አይችሉም።
reviewed-explainer = ግምገማው ተጠናቋል። የብቃት መገለጫዎን ከታች ያውርዱ።

## Section
section-of = ክፍል { $n } ከ{ $total }
back-to-overview = ወደ አጠቃላይ እይታ ይመለሱ
read-only-explainer = ዳሰሳው ገብቷል። መልሶችዎን ማንበብ ይችላሉ፤ መቀየር ግን አይችሉም።
save-and-continue = ያስቀምጡና ይቀጥሉ
autosave-saving = በማስቀመጥ ላይ …
autosave-saved = ተቀምጧል
session-warning-title = በቅርቡ ከመለያዎ ይወጣሉ
session-warning-text = ለደህንነትዎ ሲባል፣ ለ{ $minutes } ደቂቃ ምንም እንቅስቃሴ ካላደረጉ ከመለያዎ ይወጣሉ። ያስቀመጡት አይጠፋም።
session-stay = እንደገቡ ይቆዩ
session-ended-title = ከመለያዎ ወጥተዋል
session-ended-text = ያስቀመጡት አልጠፋም። ገና ያልተቀመጠ ጽሑፍ በዚህ ብራውዘር ውስጥ ይቆያል፤ እንደገና ሲገቡ ይላካል።
session-sign-in-again = እንደገና ይግቡ
autosave-restored = ባለፈው ጊዜ ያልተቀመጠ ጽሑፍ በዚህ ብራውዘር ውስጥ ነበር፤ አሁን እየተላከ ነው …
autosave-offline = ገና አልተቀመጠም – ግንኙነት የለም። ጽሑፉ በዚህ ብራውዘር ውስጥ ይቆያል፤ ግንኙነቱ ሲመለስ ይላካል።
autosave-changed-elsewhere = አልተቀመጠም: መልሱ በሌላ ታብ ወይም በሌላ ስልክ ወይም ኮምፒውተር ተቀይሯል።
answer-changed-elsewhere = ይህን ገጽ ከከፈቱ በኋላ መልሱ በሌላ ታብ ወይም በሌላ ስልክ ወይም ኮምፒውተር ተቀይሯል። የጻፉት በሳጥኑ ውስጥ አለ፤ ግን አልተቀመጠም። ጽሑፍዎን ማቆየት ከፈለጉ እንደገና ያስቀምጡ።
answer-changed-elsewhere-live = መልሱ በሌላ ታብ ወይም በሌላ ስልክ ወይም ኮምፒውተር ተቀይሯል። ጽሑፍዎ በሳጥኑ ውስጥ አለ፤ ግን አልተቀመጠም። የትኛው እንደሚጸና ይምረጡ።
answer-saved-elsewhere = አሁን ያለው የተቀመጠ መልስ:
conflict-keep-mine = የእኔ ጽሑፍ ይቆይ
conflict-use-saved = የተቀመጠውን መልስ ይጠቀሙ
text-in-swedish = ይህ ጽሑፍ ያለው በስዊድንኛ ብቻ ነው።
answer-label = ይህን የትና እንዴት ተማሩት? የትና እንዴትስ ተጠቀሙበት?
answer-hint = ምን እንዳደረጉ፣ የት፣ ለምን ያህል ጊዜና በምን መሣሪያዎች እንደሆነ ይንገሩን። ቢበዛ { $max } ቁምፊዎች።

## Check your answers
check-title = መልሶችዎን ያረጋግጡ
missing-heading = ከማስገባትዎ በፊት ይህ ይጎድላል
missing-rating = { $code }: ይህን ምን ያህል እንደሚችሉ ይምረጡ
missing-description = { $code }: ይህን የትና እንዴት እንደተማሩት ይግለጹ
not-answered = አልተመለሰም
no-description = ገለጻ የለም
change = ይቀይሩ
submit-heading = ማስገባት
submit-explainer = ሲያስገቡ፣ አረጋጋጭ መልሶችዎንና የልምድ ማህደርዎን ማንበብ ይችላል። አረጋጋጩ ዳሰሳውን ሊቀበለው ወይም ተጨማሪ እንዲያክሉ ሊጠይቅዎት ይችላል። በግምገማ ላይ እያለ መልሶችዎን መቀየር አይችሉም።
submit-button = ዳሰሳውን ያስገቡ

## Validator
trail-heading = ታሪክ

## PDF
pdf-title = የብቃት መገለጫ
pdf-person = ግለሰብ
pdf-frameworks = ኮርስ ወይም ሙያ
pdf-date = ቀን
pdf-status = ሁኔታ
pdf-rating = ደረጃ
pdf-answer = የትና እንዴት
pdf-validator = አረጋጋጭ
pdf-trail = ታሪክ
pdf-version = ስሪት { $version }
pdf-started = የተጀመረበት
pdf-submitted = የገባበት
pdf-summary = ማጠቃለያ
pdf-fully-met = ሙሉ በሙሉ ተሟልቷል (ለብቻው ይችላል ወይም ማስተማር ይችላል)
pdf-partly-met = በከፊል ተሟልቷል (ትንሽ ልምድ አለው ወይም በድጋፍ ይችላል)
pdf-none = የለም
pdf-portfolio = የልምድ ማህደር
pdf-evidence = አባሪዎች
pdf-evidence-missing = ማስረጃ የሌላቸው መስፈርቶች
pdf-attachment = አባሪ { $number }
pdf-verify-code = የማረጋገጫ ኮድ
pdf-verify-where = መገለጫው እውነተኛ መሆኑን እዚህ ያረጋግጡ:
pdf-page = ገጽ { $page } ከ{ $pages }
file-name-attachment = አባሪ-{ $number }
file-name-certificate = የምስክር-ወረቀት-ረቂቅ-{ $number }
file-name-profile = የብቃት-መገለጫ-{ $number }
verify-title = የብቃት መገለጫ ያረጋግጡ
verify-lead = Kartla የሚያወጣው እያንዳንዱ የብቃት መገለጫ በእያንዳንዱ ገጽ ግርጌ ላይ የማረጋገጫ ኮድ አለው። መገለጫው መኖሩንና መቼ እንደታተመ ለማየት ኮዱን እዚህ ይጻፉ።
verify-code-label = የማረጋገጫ ኮድ
verify-code-hint = 12 ቁምፊዎች፣ ለምሳሌ 7KQM-2WXP-H9CD። ትልቅ ወይም ትንሽ ፊደል ቢሆን ችግር የለውም።
verify-submit = ያረጋግጡ
verify-found = የብቃት መገለጫው አለ
verify-code = የማረጋገጫ ኮድ
verify-person = የግለሰቡ የስም መነሻ ፊደላት
verify-frameworks = ኮርስ ወይም ሙያ
verify-printed = የታተመበት
verify-status = በታተመበት ጊዜ የነበረው ሁኔታ
verify-fingerprint = የPDF ፋይሉ አሻራ (SHA-256)
verify-fingerprint-hint = ፋይሉ ካለዎት፣ የፋይሉን SHA-256 አስልተው ያወዳድሩ። አንድ ዓይነት ከሆኑ፣ ፋይሉ ከታተመ ጀምሮ አልተቀየረም።
verify-not-found = በዚህ ኮድ የተመዘገበ የብቃት መገለጫ የለም። ኮዱን በትክክል እንደገለበጡት ያረጋግጡ።
answer-not-saved = ጽሑፉ በጣም ረጅም ስለሆነ አልተቀመጠም። ያሳጥሩትና እንደገና ያስቀምጡ – የጻፉት እዚህ አለ።

## Section titles Kartla gives imported frameworks
import-section-core-content = ዋና ይዘት
import-section-knowledge-requirements = የዕውቀት መስፈርቶች
import-section-essential = አስፈላጊ ክህሎቶችና ዕውቀት
import-section-optional = አማራጭ ክህሎቶችና ዕውቀት
import-section-skills = ክህሎቶች
import-section-competencies = ብቃቶች

## The public catalogue
nav-catalogue = ካታሎግ
catalogue-title = የመስፈርቶች ካታሎግ
catalogue-lead = ክህሎትዎን በእነሱ መሠረት መዳሰስ የሚችሉባቸው ኮርሶችና ሙያዎች። መስፈርቶቹን ለማየት አንዱን ይምረጡ።
catalogue-search = በስም ወይም በኮድ ይፈልጉ
catalogue-kind = ዓይነት
catalogue-kind-all = ሁሉም
catalogue-kind-course = ኮርሶች
catalogue-kind-occupation = ሙያዎች
catalogue-language = የጽሑፎቹ ቋንቋ
catalogue-language-all = ሁሉም ቋንቋዎች
catalogue-search-button = ይፈልጉ
catalogue-found = { $count ->
    [0] ምንም አልተገኘም
    [one] { $count } ተገኝቷል
   *[other] { $count } ተገኝተዋል
}
catalogue-pages = ገጾች
catalogue-page-of = ገጽ { $page } ከ{ $pages }
catalogue-previous = ያለፈው ገጽ
catalogue-next = የሚቀጥለው ገጽ
catalogue-languages = የሚገኝባቸው ቋንቋዎች: { $list }
catalogue-published = በ{ $date } ይፋ የሆነ
catalogue-older-version = ይህ የቆየ ስሪት ነው።
catalogue-see-current = የአሁኑን ስሪት ይመልከቱ
catalogue-fallback-note = አንዳንድ ጽሑፎች በቋንቋዎ ስለሌሉ በስዊድንኛ ይታያሉ።
catalogue-start-mapping = በዚህ መሠረት ዳሰሳ ይጀምሩ
catalogue-versions = ስሪቶች
grade-step = የውጤት ደረጃ { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = የSkolverket የኮርስ ኮድ
language-name = { $code ->
    [sv] ስዊድንኛ
    [en] እንግሊዝኛ
    [ar] ዓረብኛ
    [fa] ፋርስኛ
    [ti] ትግርኛ
    [so] ሶማሊኛ
    [uk] ዩክሬንኛ
    [ckb] ሶራኒ
    [ps] ፓሽቶ
    [prs] ዳሪ
    [kmr] ኩርማንጂ
    [am] አማርኛ
    [ru] ሩሲያኛ
    [tr] ቱርክኛ
    [de] ጀርመንኛ
    [fi] ፊንላንድኛ
    [fr] ፈረንሳይኛ
    [es] ስፓንኛ
    [pl] ፖላንድኛ
   *[other] { $code }
}
catalogue-version = ስሪት { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = ካታሎግ (አስተዳዳሪ)
admin-catalogue-title = ካታሎጉን ያስተዳድሩ
admin-catalogue-count = { $count ->
    [one] { $count } ማዕቀፍ
   *[other] { $count } ማዕቀፎች
}
admin-catalogue-caption = በካታሎጉ ውስጥ ያሉ ማዕቀፎች
admin-import-start = መስፈርቶችን ከፋይሎች ያስመጡ
admin-col-code = ኮድ
admin-col-title = ስም
admin-col-kind = ዓይነት
admin-col-version = ስሪት
admin-col-status = ሁኔታ
admin-col-criteria = መስፈርቶች
admin-col-sections = ክፍሎች
admin-col-languages = ቋንቋዎች
admin-col-change = ለውጥ
version-draft = ረቂቅ
version-published = ይፋ የሆነ
import-title = መስፈርቶችን ያስመጡ
import-lead = ቅርጸትና ፋይሎችን ይምረጡ። ምንም ነገር ከመቀመጡ በፊት ፋይሎቹ የያዙትንና የሚቀየረውን ያያሉ።
import-format = ቅርጸት
format-kartla = የKartla የራሱ ቅርጸት (TOML)
format-kartla-hint = ለእያንዳንዱ ማዕቀፍ አንድ ፋይል፣ kartla catalogue export እንደሚጽፈው።
format-skolverket = የSkolverket የሥርዓተ ትምህርት API (JSON)
format-skolverket-hint = course፣ courses፣ subject ወይም subjects የያዘ ምላሽ። ዋና ይዘትና የዕውቀት መስፈርቶች መስፈርቶች ይሆናሉ።
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv፣ skills_xx.csv እና occupationSkillRelations_xx.csv፣ ከፈለጉ በብዙ ቋንቋዎች። ስዊድንኛ ግዴታ ነው።
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = የሙያ ስሞች ከተያያዙት ክህሎቶቻቸው ጋር።
format-moodle = የMoodle የብቃት ማዕቀፍ (CSV)
format-moodle-hint = ከMoodle የወጣ ፋይል፤ የወላጅ መለያ ቁጥሮቹ (parent ID number) አወቃቀሩን ይወስናሉ።
import-files = ፋይሎች
import-files-hint = ብዙ ፋይሎችን መምረጥ ይችላሉ፤ በአጠቃላይ ቢበዛ { $mb } MB።
import-occupations = እነዚህ የESCO ሙያዎች ብቻ (አማራጭ)
import-occupations-hint = በእያንዳንዱ መስመር አንድ የሙያ URI። በፋይሎቹ ውስጥ ያሉትን ሙያዎች ሁሉ ለማስመጣት ባዶ ይተዉት።
import-preview-button = ቅድመ እይታ ያሳዩ
import-preview-title = የማስመጣት ቅድመ እይታ
import-refused = { $count ->
    [one] ፋይሎቹ ሊመጡ አይችሉም: { $count } ችግር
   *[other] ፋይሎቹ ሊመጡ አይችሉም: { $count } ችግሮች
}
import-at-line = መስመር { $line }
import-in-field = መስክ { $field }
import-nothing-written = ምንም አልተቀመጠም። ፋይሎቹን ያርሙና እንደገና ይሞክሩ።
import-try-again = ፋይሎችን እንደገና ይምረጡ
import-summary = { $total } ማዕቀፎች: { $new } አዲስ፣ { $changed } የተቀየሩ፣ { $unchanged } ያልተቀየሩ።
import-rows-shown = (የመጀመሪያዎቹ { $shown } ይታያሉ)
import-applied = ማስመጣቱ ተጠናቋል። ማዕቀፎቹ አሁን በካታሎጉ ውስጥ አሉ።
import-blocked = አንድ ሰው ከማዕቀፎቹ የአንዱን ረቂቅ እያረመ ነው። መጀመሪያ ያንን ረቂቅ ይፋ ያድርጉ ወይም ይሰርዙ።
import-nothing-to-write = በፋይሎቹ ውስጥ ያለው ሁሉ አስቀድሞ በካታሎጉ ውስጥ አለ። መቀመጥ ያለበት ነገር የለም።
import-confirm = { $count ->
    [one] { $count } ማዕቀፍ ያስመጡ
   *[other] { $count } ማዕቀፎች ያስመጡ
}
import-preview-caption = በፋይሎቹ ውስጥ ያሉ ማዕቀፎች
plan-new = አዲስ፣ ስሪት 1
plan-new-version = ተቀይሯል፣ ስሪት { $version } ይሆናል
plan-unchanged = አልተቀየረም (ስሪት { $version })
plan-draft-in-the-way = በረቂቅ ምክንያት ቆሟል (ስሪት { $version })
error-too-large = የላኩት በጣም ትልቅ ነው።
error-conflict-not-a-draft = ሊቀየር የሚችለው ረቂቅ ብቻ ነው። ይፋ የሆነ ስሪት ፈጽሞ አይቀየርም።
error-conflict-code-taken = ሌላ ማዕቀፍ ይህን ኮድ አስቀድሞ እየተጠቀመበት ነው።
error-conflict-draft-in-the-way = አንድ ሰው የዚህን ማዕቀፍ ረቂቅ እያረመ ነው። መጀመሪያ ያንን ረቂቅ ይፋ ያድርጉ ወይም ይሰርዙ።
error-conflict-import-refused = ፋይሎቹ ሊነበቡ ስላልቻሉ ሊመጡ አይችሉም።
error-conflict-import-applied = ይህ ማስመጣት አስቀድሞ ተከናውኗል።

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = ፋይሉ ሊነበብ አልቻለም ({ $detail })።
import-syntax = ፋይሉ በትክክል አልተዋቀረም: { $detail }
import-missing-field = የለም፤ ግን ግዴታ ነው።
import-unknown-language = ያልታወቀ የቋንቋ ኮድ «{ $detail }»። እንደ sv፣ en ወይም ar ያለ የISO 639 ኮድ ይጠቀሙ።
import-missing-swedish = የስዊድንኛ ጽሑፍ የለም። ትርጉም በሌለበት ካታሎጉ ስዊድንኛ ያሳያል፤ ስለዚህ ስዊድንኛ ግዴታ ነው።
import-missing-file = ፋይሉ ያስፈልግ ነበር፤ ግን አልተሰጠም።
import-unknown-occupation = URI { $detail } ያለው ሙያ የለም።
import-unknown-parent = የመለያ ቁጥር «{ $detail }» ያለው መስመር የለም።
import-duplicate-framework = ኮድ { $detail } ሁለት ጊዜ ይገኛል።
import-nothing = የሚመጣ ማዕቀፍ አልያዘም።
import-expected-skolverket-root = course፣ courses፣ subject ወይም subjects የያዘ የSkolverket API ምላሽ ይጠበቅ ነበር።
import-expected-jobtech-concepts = የJobTech Taxonomy ጽንሰ ሐሳቦች የJSON ዝርዝር ይጠበቅ ነበር።
import-expected-moodle-header = Parent ID number፣ ID number፣ Short name እና Description የሚባሉ ዓምዶች ያሉት ከMoodle የወጣ ፋይል ይጠበቅ ነበር።
import-expected-kartla-file = በ format = "kartla/1" የሚጀምር በKartla ቅርጸት ያለ ፋይል ይጠበቅ ነበር።
import-expected-text = ጽሑፍ ይጠበቅ ነበር።
import-expected-list = ዝርዝር ይጠበቅ ነበር።
import-expected-kind = course ወይም occupation ይጠበቅ ነበር።
import-expected-grade-step = የውጤት ደረጃ E፣ C ወይም A ይጠበቅ ነበር።
import-expected-external-system = esco፣ jobtech ወይም skolverket ይጠበቅ ነበር።
import-expected-utf8 = በUTF-8 የተጻፈ ጽሑፍ ይጠበቅ ነበር።
content-bad-code = ኮድ ከ1 እስከ 60 ቁምፊዎች ይኖሩታል: ፊደላት a–z፣ ቁጥሮች፣ ነጥብ (.)፣ ሰረዝ (-) ወይም የታች መስመር (_)።
content-empty = ባዶ መሆን የለበትም።
content-too-long = ከ{ $detail } ቁምፊዎች ይረዝማል።
content-no-sections = ማዕቀፍ ቢያንስ አንድ ክፍል ያስፈልገዋል።
content-no-criteria = ክፍል ቢያንስ አንድ መስፈርት ያስፈልገዋል።
content-duplicate-code = የመስፈርት ኮድ { $detail } ሁለት ጊዜ ጥቅም ላይ ውሏል።
content-unknown-language = ያልታወቀ የቋንቋ ኮድ «{ $detail }»።
content-guidance-on-occupation = የውጤት ደረጃ መግለጫዎች የኮርሶች ናቸው፤ የሙያዎች አይደሉም።

## Authoring frameworks
admin-new-framework = አዲስ ማዕቀፍ
admin-col-action = ተግባር
admin-edit = { $code } ያርትዑ
admin-continue = የ{ $code } ስሪት { $version } ረቂቅን ይቀጥሉ
new-framework-title = አዲስ ማዕቀፍ
new-framework-button = ረቂቅ ይፍጠሩ
editor-kind = ዓይነት
editor-code = ኮድ
editor-code-hint = አጭርና ልዩ፣ ቢበዛ { $max } ቁምፊዎች: ፊደላት a–z፣ ቁጥሮች፣ ነጥብ፣ ሰረዝ ወይም የታች መስመር። ኮዱ በኋላ ሊቀየር አይችልም።
editor-title-sv = ስም በስዊድንኛ
editor-title-en = ስም በእንግሊዝኛ (አማራጭ)
editor-title = { $title } ያርትዑ፣ የስሪት { $version } ረቂቅ
editor-lead = ረቂቁ ይፋ እስኪያደርጉት ድረስ በካታሎጉ ውስጥ አይታይም። እያንዳንዱ አዝራር መጀመሪያ የጻፉትን ሁሉ ያስቀምጣል። ይፋ የሆነ ስሪት ፈጽሞ አይቀየርም፤ ቀደም ብለው የተጀመሩ ዳሰሳዎች ስሪታቸውን ይይዛሉ።
editor-name = ስም
editor-external = ከውጭ መዝገብ ጋር ያለ ትስስር (አማራጭ)
editor-external-system = መዝገብ
editor-external-none = ትስስር የለም
editor-external-id = የጽንሰ ሐሳቡ id ወይም URI
editor-section = ክፍል { $number }
editor-section-title = የክፍሉ ርዕስ
editor-section-add = ክፍል ያክሉ
editor-section-up = ክፍል { $number }ን ወደ ላይ ያንቀሳቅሱ
editor-section-down = ክፍል { $number }ን ወደ ታች ያንቀሳቅሱ
editor-section-remove = ክፍል { $number }ን ያስወግዱ
editor-criterion = መስፈርት { $number }
editor-criterion-code = ኮድ
editor-criterion-text = የመስፈርቱ ጽሑፍ
editor-criterion-add = በክፍል { $number } ውስጥ መስፈርት ያክሉ
editor-criterion-up = መስፈርት { $number }ን ወደ ላይ ያንቀሳቅሱ
editor-criterion-down = መስፈርት { $number }ን ወደ ታች ያንቀሳቅሱ
editor-criterion-remove = መስፈርት { $number }ን ያስወግዱ
editor-guidance = የውጤት ደረጃዎች E፣ C እና A (አማራጭ)
editor-guidance-hint = እያንዳንዱ የውጤት ደረጃ ለዚህ መስፈርት ምን ማለት እንደሆነ። ለተሳታፊዎችና ለአረጋጋጮች እንደ መመሪያ ይታያል።
editor-add-language = ቋንቋ ያክሉ
editor-add-language-hint = ሲያስቀምጡ የቋንቋው መስኮች ይታያሉ።
editor-add-language-none = አዲስ ቋንቋ የለም
editor-save = ረቂቁን ያስቀምጡ
editor-publish = ይፋ ያድርጉ
editor-discard-title = ረቂቁን ይሰርዙ
editor-discard = ረቂቁን ይሰርዙ
editor-label-title = ስም ({ $lang })
editor-label-section-title = ክፍል { $section }፣ ርዕስ ({ $lang })
editor-label-section = ክፍል { $section }
editor-label-criterion-code = ክፍል { $section }፣ መስፈርት { $criterion }፣ ኮድ
editor-label-criterion-text = ክፍል { $section }፣ መስፈርት { $criterion }፣ ጽሑፍ ({ $lang })
editor-label-criterion-guidance = ክፍል { $section }፣ መስፈርት { $criterion }፣ የውጤት ደረጃ { $step } ({ $lang })
field-error-bad-code = ኮድ ፊደላት a–z፣ ቁጥሮች፣ ነጥብ፣ ሰረዝ ወይም የታች መስመር ብቻ ሊኖሩት ይገባል።
field-error-code-taken = ሌላ ማዕቀፍ ይህን ኮድ አስቀድሞ እየተጠቀመበት ነው።
field-error-no-sections = ማዕቀፍ ቢያንስ አንድ ክፍል ያስፈልገዋል።
field-error-no-criteria = ክፍሉ ቢያንስ አንድ መስፈርት ያስፈልገዋል።
field-error-duplicate-code = ሌላ መስፈርት ይህን ኮድ እየተጠቀመበት ነው።
field-error-unknown-language = ያልታወቀ ቋንቋ።
field-error-guidance-on-occupation = የውጤት ደረጃዎች የኮርሶች ናቸው፤ የሙያዎች አይደሉም።
start-mapping-search = በካታሎጉ ውስጥ ያሉትን { $count } ኮርሶችና ሙያዎች በሙሉ ይፈልጉ
guidance-summary = የውጤት ደረጃዎቹ ምን ማለት ናቸው
admin-col-published = ይፋ የሆነው ስሪት
admin-not-published = ይፋ አልሆነም

## The merit portfolio
nav-experiences = የልምድ ማህደር
nav-evidence = ማስረጃዎች
experiences-title = የልምድ ማህደሬ
experiences-lead = ያደረጉትን ይጻፉ: ሥራ፣ ትምህርት፣ ኮርሶች፣ የበጎ ፈቃድ ሥራና ሌሎችም። ማህደሩን እርስዎ ያዩታል፤ ዳሰሳ ካስገቡ በኋላ ደግሞ አረጋጋጮችም ያዩታል። የሚችሉትን ሲገልጹ ወደ ልምዶችዎ ማመልከት ይችላሉ።
experiences-add = ልምድ ያክሉ
experiences-none = እስካሁን ምንም ልምድ አላከሉም።
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – በመካሄድ ላይ
experience-edit = { $role } ይቀይሩ
experience-delete = { $role } ያስወግዱ
experience-new-title = አዲስ ልምድ
experience-edit-title = ልምድ ይቀይሩ
experience-unsaved = ይህ ለመጨረሻ ጊዜ የጻፉት ነው። ገና አልተቀመጠም – ምልክት የተደረገበትን ያርሙና እንደገና ያስቀምጡ።
experience-field-kind = ምን ዓይነት ልምድ?
experience-field-role = ምን ይሠሩ ነበር?
experience-role-hint = ለምሳሌ የሥራ መደብ፣ የትምህርት ፕሮግራም ወይም ኮርስ።
experience-field-place = አሠሪ፣ ትምህርት ቤት ወይም ድርጅት፣ እና ከተማ
experience-field-country = አገር
experience-field-start = የተጀመረበት
experience-field-end = ያበቃበት
experience-month-hint = ዓመትና ወር፣ ለምሳሌ 2019-04።
experience-end-hint = አሁንም የቀጠለ ከሆነ ባዶ ይተዉት።
experience-field-tasks = የሥራ ድርሻዎችና የተማሩት
experience-tasks-hint = የተለመደ ቀንን፣ የተወጡትን ከባድ ሁኔታዎች፣ መሣሪያዎችንና ዘዴዎችን ይግለጹ። ቢበዛ { $max } ቁምፊዎች።
experience-save = ልምዱን ያስቀምጡ
experience-kind-work = ሥራ
experience-kind-education = ትምህርት
experience-kind-training = ኮርስ ወይም የሥራ ልምምድ
experience-kind-volunteering = የበጎ ፈቃድ ሥራ
experience-kind-other = ሌላ
experience-certificate = ለ«{ $role }» የምስክር ወረቀት ረቂቅ ያትሙ (PDF)
cert-title = የምስክር ወረቀት ረቂቅ
cert-intro = ለብቃት ማረጋገጫ ክህሎቶቼን እየዳሰስኩ ነው። አሠሪዬ፣ ተቆጣጣሪዬ ወይም አገናኝ ሰው የነበሩት እርስዎ፣ ከታች ያለውን ገለጻዬን እንዲያነቡ፣ ትክክል ያልሆነውን እንዲያርሙና እንዲፈርሙ በአክብሮት እጠይቃለሁ።
cert-about = ስለ ሥራው
cert-person = ስም: { $value }
cert-role = ሙያ ወይም ሚና: { $value }
cert-place = አሠሪ ወይም ቦታ: { $value }
cert-country = አገር: { $value }
cert-period = ጊዜ: { $value }
cert-tasks = የሥራ ድርሻዎች፣ በራሴ አገላለጽ
cert-no-tasks = (እስካሁን ገለጻ የለም። እባክዎ የሥራ ድርሻዎቹን ከታች ይግለጹ።)
cert-confirm = ማረጋገጫ
cert-confirm-choice = ገለጻው ትክክል ነው:   አዎ   /   አዎ፣ ከታች ካሉት እርማቶች ጋር   /   አይደለም   (አንዱን ያክብቡ)
cert-corrections = እርማቶችና ተጨማሪዎች:
cert-extent = የቅጥር ዓይነትና መጠን:
cert-signer-name = ስም:
cert-signer-title = የሥራ መደብ:
cert-signer-organisation = ድርጅት:
cert-signer-contact = ስልክ ወይም ኢሜይል:
cert-signed-date = ቀን:
cert-signature = ፊርማ:
cert-made = ይህ ረቂቅ በ{ $date } ከKartla ታትሟል። የሚጸናው ከተፈረመ በኋላ ብቻ ነው።
field-error-invalid-month = ዓመትና ወር ይጻፉ፣ ለምሳሌ 2019-04።
field-error-end-before-start = መጨረሻው ከመጀመሪያው በፊት ሊሆን አይችልም።
experience-label = { $role } ({ $period })
experience-label-place = { $role }፣ { $place } ({ $period })
answer-experiences = መልስዎ በየትኞቹ ልምዶችዎ ላይ የተመሠረተ ነው? (አማራጭ)
answer-experiences-none = በልምድ ማህደርዎ ውስጥ ልምዶችን ያክሉ፤ ከዚያ እዚህ ወደ እነሱ ማመልከት ይችላሉ።
answer-draws-on = የተመሠረተው በ: { $list }
answer-evidence = ይህን የሚያሳዩት የትኞቹ ማስረጃዎች ናቸው? (አማራጭ)
answer-evidence-none = የምስክር ወረቀቶችን፣ የትምህርት ውጤቶችን፣ ፈቃዶችን ወይም የሥራዎን ፎቶዎች ይስቀሉ፤ ከዚያ እዚህ ወደ እነሱ ማመልከት ይችላሉ።
answer-evidence-missing = ለዚህ ማስረጃ የለኝም (የለም)
answer-evidence-shown = ማስረጃ:
answer-evidence-missing-shown = ማስረጃ የለም
evidence-title = ማስረጃዎች
evidence-lead = የምስክር ወረቀቶች፣ የትምህርት ውጤቶች፣ ዲፕሎማዎች፣ ፈቃዶች ወይም ያደረጉትን ነገር የሚያሳዩ ፎቶዎች። እያንዳንዱ ፋይል ባከሉበት ቅደም ተከተል ቁጥር ያገኛል። ፋይሎቹን ማየት የሚችሉት እርስዎና ዳሰሳዎን የሚገመግመው ሰው ብቻ ናቸው።
evidence-none = እስካሁን ምንም ማስረጃ አላከሉም።
evidence-label = አባሪ { $number }: { $title }
evidence-kind-size = { $kind }፣ { $kb } kB
evidence-belongs-to = የሚመለከተው: { $list }
evidence-open = አባሪ { $number }ን ይክፈቱ
evidence-delete = አባሪ { $number }ን ይሰርዙ
evidence-added = አባሪ { $number } ታክሏል።
evidence-add-heading = ማስረጃ ያክሉ
evidence-title-label = ምንድን ነው? (አማራጭ)
evidence-title-hint = ለምሳሌ «የፎርክሊፍት ፈቃድ» ወይም «የሁለተኛ ደረጃ ትምህርት ውጤቶች»። ቢበዛ { $max } ቁምፊዎች። ባዶ ከተዉት የፋይሉ ስም ጥቅም ላይ ይውላል።
evidence-experiences = የየትኞቹ ልምዶች ነው? (አማራጭ)
evidence-file-label = ፋይል
evidence-file-hint = PDF፣ JPEG ወይም PNG፣ ቢበዛ { $max } MB። በስልክዎ ፎቶ ማንሳት ይችላሉ።
evidence-upload = ይስቀሉ
evidence-full = { $max } ማስረጃዎች አሉዎት፤ ይህ ሊቀመጥ የሚችለው ከፍተኛው ቁጥር ነው። ተጨማሪ ለማከል አንዱን ይሰርዙ።
field-error-evidence-no-file = የሚሰቀል ፋይል ይምረጡ
field-error-evidence-too-big = ፋይሉ በጣም ትልቅ ነው – ቢበዛ 10 MB መሆን አለበት
field-error-evidence-wrong-type = ፋይሉ PDF፣ JPEG ወይም PNG አይደለም
field-error-evidence-too-many = ሊቀመጥ የሚችለው ከፍተኛው የማስረጃ ቁጥር አስቀድሞ አለዎት
field-error-evidence-title-too-long = ገለጻው በጣም ረጅም ነው
evidence-refused-no-file = ምንም ፋይል አልተላከም።
evidence-refused-too-big = ፋይሉ በጣም ትልቅ ነው። ቢበዛ 10 MB መሆን አለበት።
evidence-refused-wrong-type = ፋይሉ PDF፣ JPEG ወይም PNG አይደለም።
evidence-refused-too-many = ሊቀመጥ የሚችለው ከፍተኛው የማስረጃ ቁጥር አስቀድሞ አለ።
evidence-refused-title-too-long = ገለጻው በጣም ረጅም ነው።
catalogue-version-dated = ስሪት { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = መረጃዎን ማን አየው
seen-by-lead = ከእርስዎ ሌላ ሰው ከዳሰሳዎችዎ አንዱን፣ የብቃት መገለጫውን ወይም ከማስረጃ ፋይሎችዎ አንዱን በከፈተ ቁጥር እዚህ ይጻፋል: ማን፣ በምን ሚና፣ ለየትኛው ድርጅት እና መቼ። ሳይመዘገብ ማየት የሚችል ማንም የለም።
seen-by-none = ሌላ ማንም ሰው መረጃዎን አልከፈተም።
seen-by-caption = ማን ምን ከፈተ፣ አዲሱ መጀመሪያ
seen-by-when = መቼ
seen-by-who = ማን
seen-by-role = ሚና
seen-by-organisation = ድርጅት
seen-by-what = ምን
seen-by-link = መረጃዎን ማን አየው
seen-what-mapping = ዳሰሳ { $number }
seen-what-profile-pdf = የዳሰሳ { $number } የብቃት መገለጫ
seen-what-evidence = የማስረጃ ፋይል
seen-what-case = ጉዳይ { $number }
seen-what-statement = የጉዳይ { $number } የግምገማ ሪፖርት
role-participant = ተሳታፊ
role-counsellor = የትምህርትና የሙያ አማካሪ
role-coordinator = የጉዳይ ተከታታይ
role-validator = አረጋጋጭ
role-org-admin = የድርጅት አስተዳዳሪ
role-installation-admin = የሥርዓት አስተዳዳሪ

# The person's own account
nav-account = መለያዎ
account-title = መለያዎ
account-who = እንደ { $name } ({ $email }) ገብተዋል።
account-home-submit = የሚኖሩበትን ማዘጋጃ ቤት ያስቀምጡ
account-home-saved = የሚኖሩበት ማዘጋጃ ቤት ተቀምጧል።
account-password-title = የይለፍ ቃል ይቀይሩ
account-password-submit = የይለፍ ቃል ይቀይሩ
account-password-saved = የይለፍ ቃልዎ ተቀይሯል። በሌሎች ስልኮችዎና ኮምፒውተሮችዎ ላይ ከመለያዎ ወጥተዋል።
account-everywhere-title = ከሁሉም ቦታ ይውጡ
account-everywhere-lead = በሁሉም ስልኮችና ኮምፒውተሮች ላይ፣ ይህንንም ጨምሮ፣ ሁሉንም መግቢያዎችዎን ያቋርጣል። ስልክ ወይም ኮምፒውተር ከጠፋብዎ ወይም በጋራ ኮምፒውተር ላይ ከገቡ ይጠቀሙበት።
account-everywhere-submit = ከሁሉም ቦታ ይውጡ
field-current = የአሁኑ የይለፍ ቃል
field-new = አዲስ የይለፍ ቃል
field-error-wrong-password = ትክክል አይደለም

# Organisations and people (administration)
nav-admin-people = ድርጅቶችና ሰዎች
people-title = ድርጅቶችና ሰዎች
people-lead = ሰዎች በድርጅቶችዎ ውስጥ ያላቸው ሚናዎች። አንድን ሚና ሲያቋርጡ ሚናው የሰጠው ወዲያውኑ ይወሰዳል፤ ሰውየው መለያውንና ሌሎች ሚናዎቹን ይይዛል።
people-none = እስካሁን እዚህ ሚና ያለው ማንም የለም።
people-caption = በ{ $org } ያሉ ሚናዎች
people-col-name = ስም
people-col-email = የኢሜይል አድራሻ
people-col-role = ሚና
people-end = ለ{ $name } የተሰጠውን «{ $role }» ሚና ያቋርጡ
people-ended = ሚናው ተቋርጧል።
people-add-org = ድርጅት ያክሉ
people-add-org-submit = ድርጅት ያክሉ
people-org-added = ድርጅቱ ታክሏል።
org-kind-region = የክልሉ ጽሕፈት ቤት
org-kind-municipality = ማዘጋጃ ቤት
org-kind-provider = የትምህርት አቅራቢ
org-code-hint = አጭር ኮድ: ፊደላት A–Z፣ ቁጥሮችና ሰረዝ፣ ለምሳሌ LULEA ወይም NORD-VAL።
field-org-kind = የድርጅት ዓይነት
field-org-code = ኮድ
field-org-name = ስም
field-org-email = የመገናኛ ኢሜይል አድራሻ
field-org-phone = የመገናኛ ስልክ
field-error-bad-org-code = ከ2 እስከ 24 ፊደላት A–Z፣ ቁጥሮች ወይም ሰረዝ መሆን፣ በፊደልም መጀመር አለበት
field-error-region-exists = ይህ ሥርዓት አስቀድሞ ክልሉ አለው

# Invitations
invite-heading = ሰው ይጋብዙ
invite-explain = ሰውየው አንድ ጊዜ ብቻ የሚሠራ፣ ለ7 ቀናት የሚጸና ሊንክ ይደርሰዋል። በእሱ ሚናውን ይቀበላል: መለያ ካለው በመለያው ገብቶ፣ ከሌለው ደግሞ በዚህ የኢሜይል አድራሻ መለያ ፈጥሮ።
field-invite-organisation = ድርጅት
field-invite-role = ሚና
field-error-role-misfit = ለዚህ ዓይነት ድርጅት አይስማማም
invite-submit = ግብዣ ይላኩ
invite-sent = ግብዣው በኢሜይል ተልኳል።
invite-pass-on = ይህ ሥርዓት ኢሜይል አይልክም። ይህን ሊንክ እሱ ብቻ ሊያነበው በሚችልበት መንገድ ራስዎ ለሰውየው ያድርሱት። አንድ ጊዜ ብቻ ይሠራል፣ ለ7 ቀናት፤ ይህ ገጽ የሚያሳየው ለ5 ደቂቃ ብቻ ነው።
invite-not-sent = ኢሜይሉ ሊላክ አልቻለም። ይህን ሊንክ እሱ ብቻ ሊያነበው በሚችልበት መንገድ ራስዎ ለሰውየው ያድርሱት። አንድ ጊዜ ብቻ ይሠራል፣ ለ7 ቀናት፤ ይህ ገጽ የሚያሳየው ለ5 ደቂቃ ብቻ ነው።
invite-withdrawn = ግብዣው ተሰርዟል። ሊንኩ ከእንግዲህ አይሠራም።
invite-pending-caption = በ{ $org } ገና ያልተቀበሉ ግብዣዎች
invite-col-expires = የሚሠራው እስከ
invite-withdraw = ወደ { $email } የተላከውን ግብዣ ይሰርዙ
invite-title = ግብዣ
invite-lead = በ{ $org } ለ«{ $role }» ሚና ተጋብዘዋል። ግብዣው ለ{ $email } ነው።
invite-accept = ግብዣውን ይቀበሉ
invite-new-account = መለያዎን ይፍጠሩ
invite-other-person = እንደ { $me } ገብተዋል፤ ግብዣው ግን ለ{ $email } ነው። ይውጡ፣ ከዚያ ሊንኩን እንደገና ይክፈቱ።
invite-sign-in-first = ለ{ $email } መለያ አለ። በእሱ ይግቡ፤ ከዚያ ግብዣውን ለመቀበል ወደዚህ ይመለሳሉ።
invite-gone-title = ይህ ግብዣ ከእንግዲህ አይሠራም
invite-gone-text = ጥቅም ላይ ውሏል፣ ከ7 ቀናት በኋላ ጊዜው አልፏል፣ ወይም ተሰርዟል። የጋበዝዎትን ሰው አዲስ እንዲልክልዎ ይጠይቁ።
error-conflict-invitation-gone = ይህ ግብዣ ከእንግዲህ አይሠራም: ጥቅም ላይ ውሏል፣ ጊዜው አልፏል ወይም ተሰርዟል። የጋበዝዎትን ሰው አዲስ እንዲልክልዎ ይጠይቁ።
error-conflict-invitation-other-person = ግብዣው የተላከው አሁን ከገቡበት መለያ ለተለየ የኢሜይል አድራሻ ነው። ይውጡ፣ ከዚያ ሊንኩን እንደገና ይክፈቱ።
error-conflict-invitation-sign-in = በተጋበዘው የኢሜይል አድራሻ የተከፈተ መለያ አስቀድሞ አለ። በእሱ ይግቡ፣ ከዚያ ሊንኩን እንደገና ይክፈቱ።
mail-invite-subject = በKartla ወደ { $org } የቀረበ ግብዣ
mail-invite-body =
    ሰላም፣

    { $inviter } በKartla ውስጥ በ{ $org } ለ«{ $role }» ሚና ጋብዘዎታል።

    ለመቀበል ይህን ሊንክ ይክፈቱ:
    { $link }

    ሊንኩ አንድ ጊዜ ብቻ ይሠራል፣ ለ{ $days } ቀናት። ይህን ግብዣ ካልጠበቁ፣ ይህን ኢሜይል መተው ይችላሉ።

# Forgotten password
sign-in-forgot = የይለፍ ቃልዎን ረስተዋል?
forgot-title = የይለፍ ቃል ረስተዋል
forgot-lead = የመለያዎን የኢሜይል አድራሻ ይጻፉ። አዲስ የይለፍ ቃል የሚመርጡበት ሊንክ ወደዚያ እንልካለን።
forgot-submit = ሊንክ ይላኩ
forgot-asked = በዚህ አድራሻ የተከፈተ መለያ ካለ፣ ሊንክ ወደዚያ እየተላከ ነው። አንድ ጊዜ ብቻ ይሠራል፣ ለአንድ ሰዓት። የስፓም (spam) ማህደርዎንም ይመልከቱ።
forgot-no-mail = ይህ ሥርዓት ኢሜይል ስለማይልክ ሊንክ ሊላክልዎ አይችልም። ከክልሉ ድርጅቶች በአንዱ የሚሠሩ ከሆነ፣ የድርጅቱን አስተዳዳሪ ሊንክ ይጠይቁ፤ ካልሆነ ደግሞ በማዘጋጃ ቤትዎ Kartla የሚያስተዳድሩትን ሰዎች ይጠይቁ።
reset-title = አዲስ የይለፍ ቃል ይምረጡ
reset-submit = አዲሱን የይለፍ ቃል ያስቀምጡ
reset-done = አዲሱ የይለፍ ቃልዎ ተቀምጧል፤ ከሁሉም ቦታም ወጥተዋል። በአዲሱ የይለፍ ቃል ይግቡ።
reset-gone-title = ይህ ሊንክ ከእንግዲህ አይሠራም
reset-gone-text = ጥቅም ላይ ውሏል ወይም ከአንድ ሰዓት በኋላ ጊዜው አልፏል። በመግቢያ ገጹ ላይ አዲስ ሊንክ ይጠይቁ።
error-conflict-password-link-gone = ይህ ሊንክ ከእንግዲህ አይሠራም: ጥቅም ላይ ውሏል ወይም ጊዜው አልፏል። በመግቢያ ገጹ ላይ አዲስ ሊንክ ይጠይቁ።
mail-reset-subject = ለKartla አዲስ የይለፍ ቃል ይምረጡ
mail-reset-body =
    ሰላም፣

    አንድ ሰው ለKartla መለያዎ አዲስ የይለፍ ቃል ለመምረጥ ጠይቋል። አዲስ ለመምረጥ ይህን ሊንክ ይክፈቱ:
    { $link }

    ሊንኩ አንድ ጊዜ ብቻ ይሠራል፣ ለ{ $minutes } ደቂቃ። የጠየቁት እርስዎ ካልሆኑ፣ ይህን ኢሜይል መተው ይችላሉ: የይለፍ ቃልዎ እንደነበረ ይቆያል።

# The administrators' search of the access log
audit-title = ማን የማንን መረጃ አየ
audit-lead = በአንድ ሰው የኢሜይል አድራሻ ይፈልጉ፤ አንድ ሰው የዚያን ሰው ዳሰሳዎች፣ መገለጫዎች ወይም ማስረጃዎች የከፈተበትን ጊዜ ሁሉ ያገኛሉ። የድርጅቶችዎ ሰዎች የከፈቱትን ያያሉ፤ የሥርዓቱ አስተዳዳሪዎች ሁሉንም ያያሉ። ፍለጋዎ ለሰውየው አይታይም።
audit-person = የሰውየው የኢሜይል አድራሻ
audit-search = ይፈልጉ
audit-unknown = በዚህ የኢሜይል አድራሻ የተከፈተ መለያ የለም።
audit-none = እርስዎ ማየት ከሚችሏቸው ሰዎች የዚህን ሰው መረጃ የከፈተ የለም።
audit-caption = የ{ $email } መረጃ ማን ከፈተ፣ አዲሱ መጀመሪያ
people-edit-org = የ{ $org } መረጃ ይቀይሩ
people-edit-org-submit = መረጃውን ያስቀምጡ
people-org-changed = የድርጅቱ መረጃ ተቀምጧል።
people-serves = የሚገመግምላቸው ማዘጋጃ ቤቶች
people-serves-hint = የዚህ ድርጅት አረጋጋጮች እዚህ ምልክት በተደረገባቸው ማዘጋጃ ቤቶች የሚኖሩ ሰዎች ያስገቧቸውን ዳሰሳዎች ያያሉ።
people-new-role = ለ{ $name } አዲስ ሚና
people-change = የ{ $name } ሚና ይቀይሩ
people-role-changed = ሚናው ተቀይሯል።
reset-link-heading = ለአንድ ሰው አዲስ የይለፍ ቃል
reset-link-explain = በድርጅትዎ የሚሠራ ሰው መግባት ሳይችል ሲቀርና ይህ ሥርዓት ኢሜይል የማይልክ ሲሆን፣ አዲስ የይለፍ ቃል የሚመርጥበት ሊንክ ይፍጠሩ። አንድ ጊዜ ብቻ ይሠራል፣ ለአንድ ሰዓት፤ እሱ ብቻ ሊያነበው በሚችልበት መንገድ ያድርሱት። የተሳታፊዎች መለያዎች የራሳቸውን ፋይሎች ስለሚከፍቱ፣ ማንም አስተዳዳሪ ለእነሱ ሊንክ አይፈጥርም።
reset-link-email = የሰውየው የኢሜይል አድራሻ
reset-link-submit = ሊንክ ይፍጠሩ
reset-link-pass-on = ይህን ሊንክ እሱ ብቻ ሊያነበው በሚችልበት መንገድ ለሰውየው ያድርሱት። አንድ ጊዜ ብቻ ይሠራል፣ ለአንድ ሰዓት፤ ይህ ገጽ የሚያሳየው ለ5 ደቂቃ ብቻ ነው።
field-error-not-your-person = በድርጅቶችዎ ብቻ የሚሠራ ሰው አድራሻ አይደለም
field-error-control-characters = የመስመር መቀየሪያዎችን ወይም ሌሎች የቁጥጥር ቁምፊዎችን መያዝ የለበትም

## Cases: coordinators and validators
nav-cases = ጉዳዮች
cases-title = ጉዳዮች
cases-organisation = የድርጅትዎ ጉዳዮች፣ ረጅም ጊዜ የጠበቀው መጀመሪያ
cases-assigned = ለእርስዎ የተመደቡ ጉዳዮች
cases-none = አሁን ምንም ጉዳይ የለም።
cases-none-assigned = አሁን ለእርስዎ የተመደበ ጉዳይ የለም።
cases-col-person = ግለሰብ
cases-col-framework = ኮርስ ወይም ሙያ
cases-col-state = ምዕራፍ
cases-col-waited = የጠበቀበት ጊዜ
cases-col-validator = አረጋጋጭ
cases-days = { $days ->
    [one] { $days } ቀን
   *[other] { $days } ቀናት
}
cases-overdue = ከ{ $date } ጀምሮ ዘግይቷል
back-to-cases = ወደ ጉዳዮቹ ይመለሱ
case-title = ጉዳይ { $id }: { $person }
case-state-new = አዲስ
case-state-checking = እየተረጋገጠ ነው
case-state-returned = ተጨማሪ እየጠበቀ ነው
case-state-assigned = በአረጋጋጭ እጅ
case-state-concluded = ተጠናቋል
case-state = ምዕራፍ
case-organisation = ኃላፊነት ያለበት ድርጅት
case-validator = አረጋጋጭ
case-no-validator = እስካሁን የለም
case-handed-in = የገባበት
case-waited = በዚህ ምዕራፍ የጠበቀበት ጊዜ
case-deadline = ተጨማሪ የማቅረቢያ የመጨረሻ ቀን
case-late = ዘግይቷል
case-actions = አሁን ማድረግ የሚችሉት
case-take = ጉዳዩን ማረጋገጥ ይጀምሩ
case-assign = ይመድቡ
field-validator = አረጋጋጭ
case-validator-hint = ሊመረጡ የሚችሉት በማውጫው ውስጥ ለዚህ ኮርስ ወይም ሙያ የተመዘገቡ አረጋጋጮች ብቻ ናቸው።
case-choose-validator = አረጋጋጭ ይምረጡ
case-no-validators = በድርጅትዎ ውስጥ ለዚህ በማውጫው የተመዘገበ አረጋጋጭ የለም። አስተዳዳሪ ሊያክለው ይችላል።
case-hand-back = ጉዳዩን ለጉዳይ ተከታታዩ ይመልሱ
case-hand-back-hint = ምክንያቱን ይጻፉ፤ ለምሳሌ ጉዳዩ እርስዎ የማይገመግሙት የትምህርት ዓይነት መሆኑን።
case-hand-back-submit = ይመልሱ
field-reason = ምክንያት
case-saved-take = አሁን ጉዳዩን እያረጋገጡ ነው።
case-saved-assign = ጉዳዩ ተመድቧል።
case-saved-sent = የተጨማሪዎች ዝርዝር ተልኳል። ግለሰቡ በአጠቃላይ እይታ ገጹ ላይ ያየዋል።
case-saved-concluded = ጉዳዩ ተጠናቋል። የግምገማ ሪፖርቱ ሊወርድ ይችላል።
case-saved-handed-back = ጉዳዩ ለጉዳይ ተከታታዩ ተመልሷል።
case-versions = የገቡ ስሪቶች
case-version = ስሪት { $number }፣ { $date }
case-profile-pdf = የዚህ ስሪት የብቃት መገለጫ (PDF)
case-own-rating = የግለሰቡ የራሱ ደረጃ
case-judgement = የአረጋጋጩ ግምገማ
change-heading = ከስሪት { $number } ወዲህ የተቀየረ
change-none = በመልሶቹ ውስጥ ምንም አልተቀየረም።
change-rating = ደረጃ: { $before } → { $after }
change-text = ገለጻው ተቀይሯል
change-evidence = አዲስ አባሪዎች: { $numbers }
change-experiences = አሁን በብዙ ልምዶች ላይ ይመሠረታል
change-missing = «ማስረጃ የለም» የሚለው ተቀይሯል
change-goal = ግቡ ተቀይሯል።
change-new-evidence = በዝርዝሩ ውስጥ አዲስ አባሪዎች: { $numbers }
change-portfolio = በልምድ ማህደሩ ውስጥ ልምዶች ታክለዋል ወይም ተቀይረዋል።
verdict-met = ተሟልቷል
verdict-partly-met = በከፊል ተሟልቷል
verdict-not-met = አልተሟላም
verdict-not-yet = ገና ሊገመገም አይችልም
method-documents = ሰነዶች
method-interview = ቃለ መጠይቅ
method-practical-test = የተግባር ፈተና
method-theoretical-test = የንድፈ ሐሳብ ፈተና
method-workplace-observation = በሥራ ቦታ ምልከታ
field-verdict = ግምገማ
field-methods = ዘዴዎች
field-judgement = ግምገማ
judgement-methods-hint = ግምገማው ላይ እንዴት እንደደረሱ ምልክት ያድርጉ።
judgement-none = ገና አልተገመገመም።
judgement-by = { $name }፣ { $date }
judgement-methods = ዘዴዎች: { $methods }
judgement-reason = የለውጡ ምክንያት: { $reason }
judgement-history = ቀደም ያሉ ግምገማዎች ({ $count })
judgement-form = { $code }ን ይገምግሙ
judgement-save = ግምገማውን ያስቀምጡ
judgement-change = ግምገማውን ይቀይሩ
judgement-reason-hint = ጉዳዩ ተጠናቋል። የተቀየረ ግምገማ ምክንያት ያስፈልገዋል፤ ቀዳሚው በታሪክ ውስጥ ይቆያል።
additions-heading = ተጨማሪዎች
additions-building = አዲስ የተጨማሪዎች ዝርዝር
additions-building-hint = አንድ በአንድ ያክሉ: ምን እንደሚጎድል፣ የት እንደሚገባና በምን መልክ። ዝርዝሩ ሲዘጋጅ ከመጨረሻ ቀን ጋር ይላኩት።
additions-choose-target = ስለ ምን እንደሆነ ይምረጡ
field-target = ስለ
field-missing = ምን ይጎድላል
additions-missing-hint = ግልጽ ይሁኑ፤ ለምሳሌ «በLager AB የነበሩትን የሥራ ድርሻዎች የሚያሳይ የሥራ ልምድ ማስረጃ»።
field-form = በምን መልክ
additions-form-hint = ለምሳሌ «PDF ወይም ፎቶ፣ በስዊድንኛ ወይም የተተረጎመ»።
additions-add = ወደ ዝርዝሩ ያክሉ
additions-remove = ያስወግዱ
field-deadline = የመጨረሻ ቀን
additions-deadline-hint = ግለሰቡ ቀኑን በዝርዝሩ ውስጥ ያየዋል።
additions-send = ዝርዝሩን ለግለሰቡ ይላኩ
additions-sent-by = የጠየቁት: { $name }፣ የመጨረሻ ቀን { $deadline }
additions-answered = ግለሰቡ በ{ $date } እንደገና አስገብቷል
additions-form-shown = መልክ: { $form }
additions-item-done = ግለሰቡ «ተጠናቋል» ብሏል
additions-item-open = ገና አልተጠናቀቀም
additions-mark-done = እንደተጠናቀቀ ምልክት ያድርጉ
additions-mark-not-done = እንዳልተጠናቀቀ ምልክት ያድርጉ
additions-asked = ማከል ያለብዎት
additions-asked-hint = ለውጦቹን በዳሰሳው፣ በልምድ ማህደሩ ወይም በማስረጃዎቹ ውስጥ ያድርጉ። እያንዳንዱን ነገር እንደተጠናቀቀ ምልክት ያድርጉ፤ ከዚያ ዳሰሳውን እንደገና ያስገቡ።
target-case = ጉዳዩ በሙሉ
target-criterion = መስፈርት { $criterion }
target-experience = ልምድ: { $experience }
target-evidence = { $evidence }
conclude-heading = ጉዳዩን ያጠናቅቁ
conclude-not-judged = { $count ->
    [one] { $count } መስፈርት ገና አልተገመገመም: { $codes }። ይገምግሙት፣ ወይም «ገና ሊገመገም አይችልም» የሚለውን ይምረጡ።
   *[other] { $count } መስፈርቶች ገና አልተገመገሙም: { $codes }። ይገምግሟቸው፣ ወይም «ገና ሊገመገም አይችልም» የሚለውን ይምረጡ።
}
conclude-outcome = የ{ $framework } ውጤት
outcome-fully-met = ሙሉ በሙሉ ተሟልቷል
outcome-partly-met = በከፊል ተሟልቷል
outcome-not-met = አልተሟላም
field-outcome = ውጤት
field-statement = አጠቃላይ የግምገማ ሪፖርት
conclude-statement-hint = ግለሰቡ ሪፖርቱን ያነብና ወደ ርዕሰ መምህሩ፣ ወደ አሠሪ ወይም ወደሚቀጥለው ትምህርት ይወስደዋል።
field-next-steps = የሚመከሩ ቀጣይ እርምጃዎች
next-step-top-up-course = ተጨማሪ ኮርስ
next-step-exam = ለውጤት የሚሰጥ ፈተና (prövning፣ ኮርሱን ሳይወስዱ ውጤት ለማግኘት የሚሰጥ ፈተና)
next-step-workplace-assessment = በሥራ ቦታ የሚደረግ ግምገማ
next-step-guidance = ከትምህርትና የሙያ አማካሪ ጋር ውይይት
field-next-steps-text = ቀጣይ እርምጃዎች በራስዎ አገላለጽ
conclude-submit = ጉዳዩን በግምገማ ሪፖርቱ ያጠናቅቁ
conclusion-heading = የግምገማ ሪፖርት
conclusion-by = { $name } በ{ $date } አጠናቀዋል
conclusion-remaining = የቀሩ: { $codes }
conclusion-statement = አጠቃላይ የግምገማ ሪፖርት
conclusion-next-steps = የሚመከሩ ቀጣይ እርምጃዎች
conclusion-download = የግምገማ ሪፖርቱን ያውርዱ (PDF)
case-event-handed-in = { $name } ስሪት { $detail }ን አስገብተዋል
case-event-taken = { $name } ጉዳዩን ማረጋገጥ ጀምረዋል
case-event-assigned = { $name } ጉዳዩን ለ{ $detail } መድበዋል
case-event-handed-back = { $name } ጉዳዩን መልሰዋል: { $detail }
case-event-returned = { $name } ተጨማሪ ጠይቀዋል፣ የመጨረሻ ቀን { $detail }
case-event-judged = { $name } { $detail }ን ገምግመዋል
case-event-rejudged = { $name } የ{ $detail }ን ግምገማ ቀይረዋል
case-event-item-done = { $name } እንደተጠናቀቀ ምልክት አድርገዋል: { $detail }
case-event-item-reopened = { $name } እንዳልተጠናቀቀ ምልክት አድርገዋል: { $detail }
case-event-outcome-changed = በተቀየረው ግምገማ ምክንያት ውጤቱ ተቀይሯል: { $detail }
case-event-concluded = { $name } ጉዳዩን በግምገማ ሪፖርት አጠናቀዋል
case-panel-heading = ጉዳይዎ
case-panel-whole = ጉዳዩን በሙሉ ከተከናወነው ሁሉ ጋር ይመልከቱ
case-explainer-checking = { $organisation } ሁሉም ነገር መኖሩን እያረጋገጠ ነው።
case-explainer-assigned = በ{ $organisation } ያለ አረጋጋጭ አሁን ዳሰሳውን መስፈርት በመስፈርት እየገመገመ ነው።
case-explainer-returned = { $organisation } ተጨማሪ እንዲያክሉ ይፈልጋል። ከታች ያለውን ዝርዝር ይመልከቱ።
case-explainer-concluded = { $organisation } ግምገማውን አጠናቋል። የግምገማ ሪፖርቱ ከታች አለ።
hand-in-goes-to = ዳሰሳው ወደ { $organisation } ይሄዳል።
hand-in-no-home = ከማስገባትዎ በፊት የሚኖሩበትን ማዘጋጃ ቤት መምረጥ ያስፈልግዎታል። ይህን በ«መለያዎ» ገጽ ላይ ያድርጉ።
field-provider = ማን ይገምግመው
hand-in-choose-hint = ይህን ሙያ የሚገመግሙ ብዙ ድርጅቶች አሉ። አንዱን ይምረጡ።
error-conflict-case-moved = ሌላ ሰው ጉዳዩን አስቀድሞ ቀይሮታል። ገጹ አሁን ያለበትን ሁኔታ ያሳያል።
error-conflict-no-home = ከማስገባትዎ በፊት የሚኖሩበትን ማዘጋጃ ቤት መምረጥ ያስፈልግዎታል።
field-error-not-listed = በማውጫው ውስጥ ለዚህ ኮርስ ወይም ሙያ አልተመዘገበም
field-error-does-not-fit = ከመስፈርቶቹ ግምገማዎች ጋር አይስማማም
field-error-in-past = ከዛሬ በኋላ ያለ ቀን መሆን አለበት
field-error-too-far = ቢበዛ የአንድ ዓመት ርቀት ሊሆን ይችላል
field-error-no-items = ዝርዝሩ ገና ባዶ ነው
field-error-too-many = ዝርዝሩ ቢበዛ 30 ነገሮች ሊኖሩት ይችላል
field-error-invalid = ከአማራጮቹ አንዱ አይደለም
field-error-invalid-characters = ሊቀመጡ የማይችሉ ቁምፊዎች ይዟል
mail-additions-subject = Kartla: እባክዎ በዳሰሳዎ ላይ ተጨማሪ ያክሉ
mail-additions-body = ሰላም { $name }፣

    ዳሰሳዎን የሚገመግመው ሰው ተጨማሪ እንዲያክሉ ይፈልጋል። የሚያስፈልገው ዝርዝርና የመጨረሻው ቀን እዚህ አሉ:

    { $link }

    ከሰላምታ ጋር፣
    Kartla
mail-concluded-subject = Kartla: የዳሰሳዎ ግምገማ ተጠናቋል
mail-concluded-body = ሰላም { $name }፣

    የዳሰሳዎ ግምገማ ተጠናቋል። የግምገማ ሪፖርቱን እዚህ ማንበብና ማውረድ ይችላሉ:

    { $link }

    ከሰላምታ ጋር፣
    Kartla

## The statement (PDF)
file-name-statement = የግምገማ-ሪፖርት-{ $number }
verify-document = ሰነድ
statement-title = የግምገማ ሪፖርት
statement-lead = የዕውቀትና የብቃት ግምገማ (የብቃት ማረጋገጫ)፣ መስፈርት በመስፈርት።
statement-organisation = ያወጣው ድርጅት
statement-contact = መገናኛ
statement-case = ጉዳይ
statement-version = የተገመገመው የገባ ስሪት
statement-issued = ቀን
statement-assessor = ገምጋሚ
statement-verify-where = ሪፖርቱ እውነተኛ መሆኑን እዚህ ያረጋግጡ:
statement-outcome = ውጤት
statement-signatures = ፊርማዎች
statement-assessed-by = የገመገሙት: { $name }።
statement-principal = ኃላፊነት ያለበት ርዕሰ መምህር ወይም ኃላፊ:
statement-signature = ፊርማ:
statement-name-clarified = ስም በግልጽ ጽሑፍ:
statement-signed-date = ቦታና ቀን:

## The directory: who assesses what
nav-directory = ማን ምን ይገመግማል
directory-title = ማን ምን ይገመግማል
directory-lead = የክልሉ ድርጅቶችና ኮርሶችንና ሙያዎችን የሚገመግሙ ሰዎች። የሚታዩት መታየትን የመረጡ ሰዎች ብቻ ናቸው።
directory-q = ኮርስ ወይም ሙያ
directory-q-hint = የስሙን ወይም የኮዱን ክፍል ይጻፉ፣ ለምሳሌ «መጋዘን» ወይም «DEMO-KOCK1»።
directory-municipality = ማዘጋጃ ቤት
directory-any-municipality = ሁሉም ማዘጋጃ ቤቶች
directory-search = ይፈልጉ
directory-none = በማውጫው ውስጥ ከፍለጋው ጋር የሚስማማ ሰው የለም።
directory-serves = የሚገመግምላቸው: { $list }
directory-serves-all = ለክልሉ በሙሉ ይገመግማል
directory-assesses = የሚገመግመው
directory-languages = ቋንቋዎች
directory-methods = ዘዴዎች
directory-contact = መገናኛ
admin-directory-title = የማን ምን ይገመግማል ማውጫ
admin-directory-lead = በድርጅትዎ ያለ እያንዳንዱ ሰው ምን እንደሚገመግም፣ የትኞቹን ቋንቋዎች እንደሚናገርና የትኞቹን ዘዴዎች እንደሚጠቀም ይግለጹ። ጉዳዮች ሊመደቡ የሚችሉት ለኮርሱ ወይም ለሙያው ለተመዘገቡ አረጋጋጮች ብቻ ነው። እያንዳንዱ ሰው ለሕዝብ መታየት እንደሚፈልግ በመለያ ገጹ ላይ ራሱ ይመርጣል።
admin-directory-none = በድርጅቶችዎ ውስጥ የሚገመግም ወይም የሚያማክር ሰው የለም።
admin-directory-saved = ማውጫው ተቀምጧል።
admin-directory-listed = በሕዝብ ማውጫው ውስጥ ይታያል።
admin-directory-not-listed = ለሕዝብ አይታይም (ሰውየው አልመረጠውም)።
admin-directory-languages-hint = በኮማ የተለያዩ የቋንቋ ኮዶች፣ ለምሳሌ «sv, ar, ti»።
admin-directory-save = ያስቀምጡ
field-languages = ቋንቋዎች
account-listing-title = የማን ምን ይገመግማል ማውጫ
account-listing-lead = ለድርጅትዎ በማውጫው ውስጥ አሉ። ለሕዝብ መታየት እንደሚፈልጉና የትኞቹ የመገናኛ መረጃዎች እንደሚታዩ ይምረጡ።
account-listing-show = በሕዝብ ማውጫው ውስጥ አሳዩኝ
account-listing-email = የሚታይ ኢሜይል (አማራጭ)
account-listing-phone = የሚታይ ስልክ (አማራጭ)
account-listing-save = ያስቀምጡ
account-listing-saved = ለማውጫው ያደረጉት ምርጫ ተቀምጧል።
field-error-bad-language-tags = በኮማ የተለያዩ የቋንቋ ኮዶችን ይጻፉ፣ ለምሳሌ sv, ar, ti (ቢበዛ 12)

## What you master and what remains
gaps-heading = አስቀድመው የሚችሉትና የቀረው
gaps-counts = ከ{ $total } መስፈርቶች ውስጥ { $masters } ይችላሉ፤ { $partly } ደግሞ በከፊል ይችላሉ።
gaps-verdict = ለጊዜው ይህን ይመስላል:
gaps-remaining = የቀሩ: { $codes }
gaps-source-self = በራስዎ መልሶች ላይ የተመሠረተ።
gaps-source-judged = ከ{ $total } መስፈርቶች ውስጥ { $judged } በአረጋጋጩ ግምገማ ላይ፣ የቀሩት ደግሞ በራስዎ መልሶች ላይ የተመሠረቱ ናቸው።
gaps-elsewhere = የሚችሉት እዚህም ይቆጠራል
gaps-elsewhere-hint = እርስዎ ስለሚችሉት ዕውቀት መስፈርቶች ያሏቸው ሌሎች ኮርሶችና ሙያዎች።
gaps-covers = መልሶችዎ ከ{ $total } መስፈርቶች ውስጥ { $covered } ይሸፍናሉ

## The Swedish original
originals-show = ከእያንዳንዱ መስፈርት በታች የስዊድንኛውን ዋና ጽሑፍ ያሳዩ
originals-hide = የስዊድንኛውን ዋና ጽሑፍ ይደብቁ
original-label = በስዊድንኛ:

## Sharing with a study and career counsellor
nav-caseload = ተሳታፊዎቼ
caseload-title = ተሳታፊዎቼ
caseload-lead = ተሳታፊዎች ለእርስዎ ያጋሯቸው ዳሰሳዎች። የሚከፍቱት «መረጃዎን ማን አየው» በሚለው ዝርዝራቸው ውስጥ ይታያል።
caseload-none = እስካሁን ማንም ምንም ነገር ለእርስዎ አላጋራም።
caseload-all = ሁሉንም ዳሰሳዎቹን ያጋራል
caseload-one = ይህን ዳሰሳ ያጋራል
caseload-since = ከ{ $date } ጀምሮ
sharing-title = ከትምህርትና የሙያ አማካሪ ጋር ያጋሩ
sharing-lead = ከውይይት በፊት በማዘጋጃ ቤትዎ ያለ አማካሪ አንድ ዳሰሳ ወይም ሁሉንም ዳሰሳዎችዎን እንዲያነብ መፍቀድ ይችላሉ። በፈለጉት ጊዜ ማጋራቱን ማቆም ይችላሉ።
sharing-none = አሁን ምንም አያጋሩም።
sharing-everything = ሁሉም ዳሰሳዎቼ
sharing-line = { $counsellor } ማንበብ የሚችለው: { $what }
sharing-withdraw = ማጋራቱን ያቁሙ
sharing-submit = ያጋሩ
sharing-saved = አሁን ከአማካሪው ጋር እያጋሩ ነው።
sharing-withdrawn = ይህን ከእንግዲህ አያጋሩም።
field-counsellor = አማካሪ
field-mapping = ምን ማጋራት ይፈልጋሉ?

## Guidance sessions
session-start = የምክር ውይይት ይጀምሩ
session-title = ከ{ $person } ጋር የምክር ውይይት
session-heading = የምክር ውይይት
session-with-person = ከ{ $name } ጋር
session-with-counsellor = ከትምህርትና የሙያ አማካሪዎ { $name } ጋር
session-code-intro = ለመቀላቀል የሚያገለግለው ኮድ:
session-other-here = { $name } ይህን ክፍል እያዩ ነው።
session-other-at = { $name } ክፍል { $n }ን እያዩ ነው።
session-other-away = { $name } ገና አልተቀላቀሉም።
session-follow = እርስዎም ወደዚያ ይሂዱ
session-section = ክፍል { $n }
session-sections = ክፍሎች
session-save = ያስቀምጡ
session-ended = ይህ ውይይት ተጠናቋል። የተጻፈው ይቆያል፤ በእሱ በኩል ግን ከእንግዲህ ምንም ሊጻፍ አይችልም።
session-direct-on = አማካሪው በመልሶቼ ላይ እንዲጽፍ ይፈቀድለት
session-direct-off = አማካሪው በመልሶቼ ላይ መጻፉን ያቁም
session-direct-is-on = በዚህ ውይይት ወቅት አማካሪው በመልሶችዎ ላይ መጻፍ ይችላል።
session-direct-is-off = የአማካሪው ለውጦች እርስዎ የሚቀበሏቸው ወይም ውድቅ የሚያደርጓቸው የለውጥ ሐሳቦች ሆነው ይመጣሉ።
session-trail = በዚህ ውይይት የተከናወነው
session-end = ውይይቱን ያጠናቅቁ
sessions-back = ሁሉም የምክር ውይይቶች
sessions-title = የምክር ውይይቶች
sessions-none = ክፍት የምክር ውይይት የለም።
sessions-with = ከ{ $name } ጋር
sessions-since = የተጀመረው: { $time }
sessions-join = በኮድ ይቀላቀሉ
sessions-join-hint = አማካሪዎ 6 ፊደላትና ቁጥሮች ይሰጥዎታል፣ ለምሳሌ K7M-Q2X።
sessions-join-button = ይቀላቀሉ
field-code = ኮድ
field-error-no-such-session = ይህ ኮድ ያለው ክፍት ውይይት የለም – ከአማካሪዎ ጋር ያረጋግጡት
proposal-heading = የለውጥ ሐሳብ
proposal-by = { $name } ያቀረቡት ሐሳብ:
proposal-make = የለውጥ ሐሳብ ያቅርቡ
proposal-send = ሐሳቡን ይላኩ
proposal-accept = ይቀበሉ
proposal-reject = ውድቅ ያድርጉ
notes-heading = ማስታወሻዎች
notes-open = ስለ እርስዎ የተጻፉትን ማስታወሻዎች ሁሉ ማንበብ ይችላሉ።
note-label = አዲስ ማስታወሻ
note-hint = ግለሰቡ ማስታወሻዎቹን ሁሉ ያነባል።
note-add = ማስታወሻውን ያክሉ
field-note = ማስታወሻ
error-conflict-session-ended = የምክር ውይይቱ ተጠናቋል።
error-conflict-proposal-decided = ይህ የለውጥ ሐሳብ አስቀድሞ ተቀባይነት አግኝቷል፣ ውድቅ ተደርጓል ወይም ተተክቷል።
session-event-started = ውይይቱን ጀምረዋል
session-event-joined = ተቀላቅለዋል
session-event-wrote = በመስፈርት { $criterion } ላይ ጽፈዋል
session-event-proposed = በመስፈርት { $criterion } ላይ ለውጥ አቅርበዋል
session-event-accepted = ለመስፈርት { $criterion } የቀረበውን የለውጥ ሐሳብ ተቀብለዋል
session-event-rejected = ለመስፈርት { $criterion } የቀረበውን የለውጥ ሐሳብ ውድቅ አድርገዋል
session-event-direct-on = አማካሪው እንዲጽፍ ፈቅደዋል
session-event-direct-off = አማካሪው መጻፉን እንዲያቆም አድርገዋል
session-event-noted = ማስታወሻ ጽፈዋል
session-event-ended = ውይይቱን አጠናቀዋል

## Individual study plan
plan-title = የ{ $person } የግል የትምህርት ዕቅድ
plan-saved = የትምህርት ዕቅዱ ተቀምጧል።
plan-pdf = የትምህርት ዕቅዱን ያውርዱ (PDF)
plan-link = የግል የትምህርት ዕቅድ
plan-field-goal = የትምህርቱ ግብ
plan-goal-hint = ትምህርቱ ወደ ምን እንደሚያደርስ፣ በግለሰቡ የራሱ አገላለጽ።
plan-field-pace = የትምህርት ፍጥነት
plan-pace-value = { $percent } %
plan-field-start = መጀመሪያ
plan-start-hint = ትምህርቱ የሚጀምርበት ቀን፣ እንደ YYYY-MM-DD (ዓመት-ወር-ቀን)።
plan-field-course = ኮርስ
plan-field-points = ነጥብ
plan-field-courses = ኮርሶች
plan-courses = የታቀዱ ኮርሶች
plan-no-courses = እስካሁን የታቀደ ኮርስ የለም።
plan-course = ኮርስ
plan-points = ነጥብ
plan-points-of = የ{ $course } ነጥብ
plan-change = ይቀይሩ
plan-remove = ያውጡ
plan-total = በአጠቃላይ { $points } ነጥብ።
plan-suggested = በክፍተት ትንተናው የቀረበ
plan-suggested-hint = የዚህ ዳሰሳ ኮርሶች ሆነው መልሶቹ (ወይም የአረጋጋጭ ግምገማዎች) ገና ሙሉ በሙሉ ያልሸፈኗቸው። የሚታቀዱትን ምልክት ያድርጉባቸው።
plan-add = ከካታሎጉ ኮርስ ያክሉ
plan-add-none = ኮርስ የለም
plan-save = የትምህርት ዕቅዱን ያስቀምጡ
plan-history = ለውጦች
plan-change-goal = ግቡን ቀይረዋል
plan-change-pace = ፍጥነቱን ወደ { $value } % አድርገዋል
plan-change-start = መጀመሪያውን ወደ { $value } አድርገዋል
plan-change-added = { $value } አክለዋል
plan-change-removed = { $value } አውጥተዋል
plan-change-points = የ{ $value } ነጥብ ቀይረዋል
plan-change-order = የኮርሶቹን ቅደም ተከተል ቀይረዋል
field-error-invalid-date = ቀንን እንደ YYYY-MM-DD ይጻፉ
field-error-invalid-points = ነጥቡን ከ1 እስከ 2500 ባለ ቁጥር ይጻፉ
plan-pdf-no-goal = እስካሁን የተጻፈ ግብ የለም።
plan-pdf-signatures = በጋራ የተዘጋጀ
plan-pdf-sign-person = ግለሰቡ:
plan-pdf-sign-counsellor = የትምህርትና የሙያ አማካሪው:
plan-pdf-made = በ{ $date } ከKartla ታትሟል።
file-name-study-plan = የትምህርት-ዕቅድ-{ $number }
guidance-heading = ምክር
guidance-session-open = { $name } በዚህ ዳሰሳ ላይ ክፍት የምክር ውይይት አላቸው።
guidance-join = ውይይቱን ይቀላቀሉ
caseload-people = ለእርስዎ የተጋራ
connect-invite-heading = ተሳታፊ ይጋብዙ
connect-invite-lead = ኮድ ይፍጠሩና ለግለሰቡ ይስጡት። በመለያ ገጹ ላይ ሲያስገባው፣ የሚዳስሰው ሁሉ ለእርስዎ ይጋራል። አንድ ኮድ አንድ ጊዜ ብቻ ይሠራል፣ ለአንድ ሳምንት።
connect-invite-until = እስከ { $date } ይሠራል
connect-invite-make = ኮድ ይፍጠሩ
connect-heading = ከአማካሪዎ በተሰጠ ኮድ ይገናኙ
connect-hint = 6 ፊደላትና ቁጥሮች፣ ለምሳሌ K7M-Q2X። ከዚያ የሚዳስሱት ሁሉ ለዚያ አማካሪ ይጋራል፤ በፈለጉት ጊዜ ማጋራቱን ማቆም ይችላሉ።
field-connect-code = ከአማካሪዎ የተሰጠ ኮድ
connect-submit = ይገናኙ
field-error-no-such-invitation = ይህ ኮድ ያለው ክፍት ግብዣ የለም – ጥቅም ላይ ውሎ ወይም ጊዜው አልፎ ሊሆን ይችላል
field-error-not-your-counsellor = ይህ አማካሪ ለማዘጋጃ ቤትዎ አያማክርም
pdf-gaps-self = በግለሰቡ የራሱ መልሶች ላይ የተመሠረተ።
pdf-gaps-judged = { $count ->
    [one] ለ{ $count } መስፈርት ከግለሰቡ መልስ ይልቅ የአረጋጋጭ ግምገማ ይቆጠራል።
   *[other] ለ{ $count } መስፈርቶች ከግለሰቡ መልስ ይልቅ የአረጋጋጭ ግምገማ ይቆጠራል።
}
pdf-gaps-counts = የሚችለው: { $masters } · በከፊል: { $partly } · የቀረ: { $remaining }
pdf-gaps-verdict = የሚመስለው ውጤት
pdf-gaps-remaining = የቀሩ
pdf-gaps-heading = የክፍተት ትንተና

## Follow-up (statistics)
nav-stats = ክትትል
stats-title = ክትትል
stats-lead = ስንት ሰዎች ክህሎታቸውን እንደሚዳስሱ፣ እያንዳንዱ ምዕራፍ ምን ያህል ጊዜ እንደሚወስድ እና ውጤቱ ምን እንደሆነ – ስለ አንድ ግለሰብ ግን በፍጹም አይታይም። የሰዎች ቁጥር ከ{ $n } በታች ከሆነ «ከ{ $n } በታች» ተብሎ ይታያል፤ ከሌሎች ቁጥሮች ሊሰላ የሚችል ቁጥርም ይደበቃል።
stats-org = የየትኛው ድርጅት ቁጥሮች
stats-from = ከወር
stats-to = እስከ ወር (ወሩን ጨምሮ)
stats-by = የሚከፋፈልበት
stats-show = ያሳዩ
stats-whose-region = መላው ክልል: { $name }።
stats-whose-own = { $name } እና የመላው ክልል ድምሮች።
stats-period = ሙሉ ወራት: { $from } – { $to }።
stats-download-csv = እንደ CSV ያውርዱ
stats-download-pdf = ሪፖርቱን እንደ PDF ያውርዱ
stats-fewer-than = ከ{ $n } በታች
stats-hidden = የተደበቀ
stats-no-municipality = የመኖሪያ ማዘጋጃ ቤት የለም
stats-no-provider = ማዘጋጃ ቤቱ ራሱ
stats-chart-caption = ገበታ: { $measure }። ተመሳሳይ ቁጥሮች ከታች ባለው ሰንጠረዥ ውስጥ አሉ።
stats-table-caption = በተመረጠው ጊዜ ውስጥ እያንዳንዱ ምዕራፍ ላይ የደረሱ ዳሰሳዎች
stats-total = ድምር: { $name }
stats-region-total = ድምር: { $name } (መላው ክልል)
stats-measure-started = የተጀመሩ
stats-measure-handed-in = የገቡ
stats-measure-returned = ለተጨማሪ የተመለሱ
stats-measure-assigned = ለአረጋጋጭ የተመደቡ
stats-measure-concluded = የተጠናቀቁ
stats-by-municipality = ማዘጋጃ ቤት
stats-by-provider = የትምህርት አቅራቢ
stats-by-framework = ኮርስ ወይም ሙያ
stats-by-month = ወር
stats-by-language = ቋንቋ
stats-heading-municipality = በማዘጋጃ ቤት
stats-heading-provider = በትምህርት አቅራቢ
stats-heading-framework = በኮርስና በሙያ
stats-heading-month = በወር
stats-heading-language = በቋንቋ
stats-unit-municipality = ማዘጋጃ ቤት
stats-unit-provider = የትምህርት አቅራቢ
stats-unit-framework = ኮርስ ወይም ሙያ
stats-unit-month = ወር
stats-unit-language = ቋንቋ
stats-heading-durations = ምዕራፎቹ ምን ያህል ጊዜ ይወስዳሉ
stats-durations-chart = ገበታ: የእያንዳንዱ ምዕራፍ መካከለኛ እሴት (median) በቀናት። ተመሳሳይ ቁጥሮች ከታች ባለው ሰንጠረዥ ውስጥ አሉ።
stats-durations-caption = ቀናት፣ በተመረጠው ጊዜ ውስጥ ምዕራፉን ላጠናቀቁት
stats-col-step = ምዕራፍ
stats-col-people = የሰዎች ብዛት
stats-col-median = መካከለኛ እሴት (ቀናት)
stats-col-p90 = ከ10 ውስጥ 9ኙ የጨረሱበት (ቀናት)
stats-not-shown = አይታይም
stats-step-mapping = ከመጀመር እስከ ማስገባት
stats-step-waiting = ከማስገባት እስከ መመደብ
stats-step-assessing = ከመመደብ እስከ መጠናቀቅ
stats-step-whole = ሙሉው ሂደት፣ ከመጀመር እስከ መጠናቀቅ
stats-heading-outcomes = ውጤቶች በኮርስና በሙያ
stats-outcomes-none = በተመረጠው ጊዜ ውስጥ የተጠናቀቀ ዳሰሳ የለም።
stats-outcomes-caption = የተጠናቀቁ ዳሰሳዎችና ውጤቶቻቸው
stats-heading-languages = ቋንቋዎች በKartla
stats-languages-chart = ገበታ: የሰዎች ብዛት በቋንቋ። ተመሳሳይ ቁጥሮች ከታች ባለው ሰንጠረዥ ውስጥ አሉ።
stats-languages-caption = ሰዎች Kartlaን የተጠቀሙበት ቋንቋ
field-error-stats-month = ወሩን እንደ YYYY-MM ይጻፉ፣ ለምሳሌ 2025-03
field-error-stats-backward = ጊዜው ከመጀመሩ በፊት ያበቃል
field-error-stats-by = በዝርዝሩ ካሉት መከፋፈያዎች አንዱን ይምረጡ
stats-pdf-title = ክትትል: { $name }
stats-pdf-made = በ{ $date } ከKartla ታትሟል።
file-name-stats = ክትትል-{ $number }
