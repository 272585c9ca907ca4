### Kartla – Soomaali (so)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = U bood nuxurka
footer-privacy = Kartla waxa keliya ee lagu kaydiyaa waa waxa aad ku qorto sahamintaada. Adiga keliya ayaa arka, iyo qiimeeyayaasha marka aad gudbiso kadib.
nav-label = Menu-ga ugu weyn
nav-my-mappings = Sahamintayda
nav-sign-in = Gal
nav-sign-out = Ka bax
nav-register = Samee akoon
signed-in-as = Waxaad ku gashay magaca { $name }
language-label = Luqadda
language-change = Beddel luqadda
language-unreviewed-mark = weli lama hubin
languages-link = Ku saabsan luqadaha
languages-title = Luqadaha
languages-lead = Kartla waxaad ku isticmaali kartaa luqadahan. Kooxda Kartla ayaa qorta tarjumaadaha. Tarjumaadda aan weli qof luqadda ku dhashay hubin waa la calaamadeeyay, waxaana laga yaabaa inay khaladaad ku jiraan.
languages-caption = Luqadaha, iyo in qof luqadda ku dhashay uu hubiyay tarjumaad kasta
languages-col-language = Luqadda
languages-col-name = Af-Soomaali
languages-col-status = Tarjumaadda
languages-status-original = Qoraalka asalka ah
languages-status-reviewed = Waxaa hubiyay qof luqadda ku dhashay
languages-status-unreviewed = Qof luqadda ku dhashay weli ma hubin
languages-feedback = Ma jiraa wax si khaldan ugu qoran luqaddaada? U sheeg lataliyahaaga waxbarashada iyo shaqada ama maamulaha Kartla ee degmadaada. Waa la sixi karaa iyadoon la sugin nuqul cusub oo Kartla ah.
loading = Waa la soo rarayaa …
back-home = Tag bogga hore

## Errors
error-summary-title = Dhibaato ayaa jirta
error-validation = Hubi xogta hoose.
error-bad-request = Codsiga lama akhrin karo. Cusboonaysii bogga oo mar kale isku day.
error-unauthorized = Waa inaad gashaa si aad boggan u aragto.
error-sign-in-failed = Ciwaanka iimaylka ama erayga sirta ah waa khalad.
error-forbidden = Laguuma oggola inaad tan samayso.
error-too-many = Isku dayo aad u badan. Sug hal daqiiqo, kadib mar kale isku day.
error-cross-site = Codsigan wuxuu ka yimid bog ku yaal degel kale, waana la diiday. Tag Kartla oo halkaas ka samee.
error-not-found = Boggan ma jiro.
error-internal = Wax ayaa ka khaldamay dhinaceena. Waxa aad hore u kaydisay waa ammaan. Isku day mar kale wax yar kadib.
error-unreachable = Hadda Kartla lama gaari karo. Hubi xiriirkaaga internetka oo mar kale isku day.
error-conflict-email-taken = Akoon leh ciwaankaas iimaylka ayaa hore u jira. Gal akoonkaas.
error-conflict-not-editable = Sahaminta waa la gudbiyay, hadda lama beddeli karo.
error-conflict-already-submitted = Sahaminta hore ayaa loo gudbiyay.
error-conflict-already-decided = Sahaminta hore ayaa loo qiimeeyay.
field-error-required = waa in la buuxiyaa
field-error-too-long = aad u dheer
field-error-too-short = aad u gaaban
field-error-invalid-email = ma aha ciwaan iimayl oo sax ah
field-error-invalid-rating = dooro mid ka mid ah doorashooyinka
field-error-unknown-criterion = kama tirsana sahamintan
field-error-unknown-framework = laguma helin liiska
field-error-not-rated = dooro heerka aad tan ku samayn karto
field-error-changed-elsewhere = jawaabta waxaa lagu beddelay tab kale ama qalab kale, dushana lagama qorin
field-error-no-description = sharax sida iyo meesha aad tan ku baratay oo aad u isticmaashay

## Rating
rating-legend = Heerkee ayaad tan ku samayn kartaa?
rating-no-experience = Khibrad la'aan
rating-some-experience = Khibrad yar
rating-with-support = Waan samayn karaa haddii la i caawiyo
rating-independently = Keligay ayaan samayn karaa
rating-can-teach = Dadka kale ayaan bari karaa
rating-no-experience-hint = Tan weligay ma samayn.
rating-some-experience-hint = Waan arkay iyadoo la samaynayo, ama dhowr jeer ayaan isku dayay.
rating-with-support-hint = Waan samayn karaa marka qof i caawiyo ama i tuso sida loo sameeyo.
rating-independently-hint = Keligay ayaan samayn karaa, caawimaad la'aan.
rating-can-teach-hint = Si fiican ayaan u aqaan, oo dadka kale ayaan tusi karaa oo u sharxi karaa.
rating-or = ama
rating-not-relevant = Ima khusayso
rating-not-relevant-hint = Tani kama mid aha waxa aan rabo inaan muujiyo. Uma baahnid inaad wax qorto.
prompts-summary = Caawimaad si aad u sharaxdo
prompt-normal-day = Sidee ahayd maalin caadi ah? Maxaad samaynaysay?
prompt-hardest = Xaaladdee ayaa ugu adkayd ee aad wajahday, sideese u xallisay?
prompt-tools = Qalab, mashiinno, barnaamijyo ama habab noocee ah ayaad isticmaashay?
prompt-how-long = Muddo intee le'eg, oo intee jeer ayaad samaynaysay?
read-aloud = Kor u akhri

## Status
status-draft = Qabyo
status-submitted = La gudbiyay
status-returned = Dhammaystir ayaa la codsaday
status-reviewed = La qiimeeyay
event-submitted = { $name } – la gudbiyay { $date }
event-returned = { $name } – dib loogu celiyay dhammaystir { $date }
event-reviewed = { $name } – la qiimeeyay { $date }
kind-course = Koorso
kind-occupation = Mihnad

## Start page
home-title = Muuji waxa aad samayn karto
home-lead = Kartla waxaad ku sharxi kartaa waxa aad hore u taqaan iyo waxa aad samayn karto, qodob qodob, si qiimeeye u qiimeeyo.
home-how = Samee akoon, dooro koorso ama mihnad, oo ka jawaab adiga oo aan degdegin. Wax kasta oo aad qorto waa la kaydiyaa.
home-have-account = Akoon ayaan hore u leeyahay
home-role-later = Qalab dheeraad ah oo doorkaaga loogu talagalay ayaa dhowaan imanaya.

## Account
sign-in-title = Gal
sign-in-submit = Gal
sign-in-no-account = Akoon ma lihid? Samee mid.
register-title = Samee akoon
register-why = Magacaaga waxaan ugu baahanahay warbixinta kartidaada, ciwaanka iimaylkaagana si aad mar kale u gasho.
register-submit = Samee akoon
password-hint = Ugu yaraan 12 xaraf. Jumlad aad xasuusato ayaa si fiican u shaqaysa.
field-name = Magac
field-email = Ciwaanka iimaylka
field-password = Erayga sirta ah
field-locale = Luqadda
field-municipality = Degmada aad ku nooshahay
municipality-hint = Degmada aad ku nooshahay. Iyada ayaa kuu fidisa xaqiijinta aqoonta, waxayna mas'uul ka tahay sahamintaada. Hadhow waad beddeli kartaa.
municipality-choose = Dooro degmo
field-comment = Faallo

## My mappings
my-mappings-title = Sahamintayda
my-mappings-none = Weli ma aadan bilaabin sahamin.
updated-on = Markii ugu dambeysay ee la beddelay: { $date }
start-mapping-title = Bilow sahamin cusub
start-mapping-lead = Dooro koorsada ama mihnadda aad rabto inaad muujiso inaad taqaan.
criteria-count = { $count ->
    [one] { $count } qodob
   *[other] { $count } qodob
}
start-mapping-button = Bilow: { $title }

## Overview
sections-heading = Qaybaha
progress = { $done } ka mid ah { $total } waa laga jawaabay
task-not-started = Lama bilaabin
task-in-progress = Socda
task-done = Dhammaaday
check-answers-link = Hubi oo gudbi
download-pdf = Soo dejiso warbixinta kartida (PDF)
print-heading = Daabac warbixinta kartida
print-lang = Luqadda cinwaannada iyo magacyada
print-two = Qodobbada oo laba luqadood ah, dhinac dhinac
print-two-hint = Luqadda qofka iyo Iswiidhishka, tusaale ahaan si qiimeeyaha iyo qofku u wada akhriyaan.
goal-heading = Hadafkayga
field-goal = Hadafka sahaminta
goal-hint = Tusaale ahaan koorso, darajo ama mihnad aad rabto inaad gaarto. Hadafku wuxuu ka muuqdaa bogga koowaad ee warbixinta kartida.
goal-save = Kaydi hadafka
goal-saved = Hadafka waa la kaydiyay.
goal-shown = Hadafka sahaminta: { $goal }
pdf-goal = Hadaf
submitted-explainer = Sahamintaada waa la gudbiyay. Qiimeeye ayaa hadda eegaya. Inta lagu jiro, jawaabahaaga ma beddeli kartid.
reviewed-explainer = Qiimayntu waa dhammaatay. Hoos ka soo dejiso warbixinta kartidaada.

## Section
section-of = Qaybta { $n } ee { $total }
back-to-overview = Ku noqo guudmarka
read-only-explainer = Sahaminta waa la gudbiyay. Jawaabahaaga waad akhrin kartaa, laakiin ma beddeli kartid.
save-and-continue = Kaydi oo sii wad
autosave-saving = Waa la kaydinayaa …
autosave-saved = Waa la kaydiyay
session-warning-title = Dhowaan waa lagaa saari doonaa
session-warning-text = Ammaankaaga awgeed, waa lagaa saaraa haddii aadan waxba samayn { $minutes } daqiiqo. Waxa aad kaydisay waa la hayaa.
session-stay = Sii joog
session-ended-title = Waa lagaa saaray
session-ended-text = Waxa aad kaydisay waa la hayaa. Qoraalka aan weli la kaydin wuxuu ku jiraa biraawsarkan, waxaana la diri doonaa marka aad mar kale gasho.
session-sign-in-again = Mar kale gal
autosave-restored = Qoraal aan la kaydin markii hore ayaa weli ku jiray biraawsarkan, hadda ayaa la dirayaa …
autosave-offline = Weli lama kaydin – xiriir ma jiro. Qoraalku wuxuu ku jiraa biraawsarkan, waxaana la diri doonaa marka xiriirku soo laabto.
autosave-changed-elsewhere = Lama kaydin: jawaabta waxaa lagu beddelay tab kale ama qalab kale.
answer-changed-elsewhere = Jawaabta waxaa lagu beddelay tab kale ama qalab kale kadib markii aad furtay boggan. Waxa aad qortay weli sanduuqa ayuu ku jiraa, laakiin lama kaydin. Mar kale kaydi haddii aad rabto inaad qoraalkaaga haysato.
answer-changed-elsewhere-live = Jawaabta waxaa lagu beddelay tab kale ama qalab kale. Qoraalkaagu weli sanduuqa ayuu ku jiraa, laakiin lama kaydin. Dooro midka la isticmaalayo.
answer-saved-elsewhere = Jawaabta hadda kaydsan:
conflict-keep-mine = Hay qoraalkayga
conflict-use-saved = Isticmaal jawaabta kaydsan
text-in-swedish = Qoraalkan wuxuu ku qoran yahay Iswiidhish oo keliya.
answer-label = Sidee iyo xaggee ayaad tan ku baratay oo aad u isticmaashay?
answer-hint = Sheeg waxa aad samaysay, meesha, muddada iyo qalabka aad isticmaashay. Ugu badnaan { $max } xaraf.

## Check your answers
check-title = Hubi jawaabahaaga
missing-heading = Waxyaalahan ayaa maqan ka hor intaadan gudbin
missing-rating = { $code }: dooro heerka aad tan ku samayn karto
missing-description = { $code }: sharax sida iyo meesha aad tan ku baratay
not-answered = Lagama jawaabin
no-description = Sharaxaad ma jirto
change = Beddel
submit-heading = Gudbi
submit-explainer = Marka aad gudbiso, qiimeeye ayaa akhrin kara jawaabahaaga iyo galka khibradahaaga. Qiimeeyuhu wuu ansixin karaa sahaminta, ama wuxuu kaa codsan karaa inaad wax ku darto. Inta la eegayo, jawaabahaaga ma beddeli kartid.
submit-button = Gudbi sahaminta

## Validator
trail-heading = Taariikhda

## PDF
pdf-title = Warbixinta kartida
pdf-person = Qofka
pdf-frameworks = Koorso ama mihnad
pdf-date = Taariikh
pdf-status = Xaaladda
pdf-rating = Is-qiimayn
pdf-answer = Sidee iyo xaggee
pdf-validator = Qiimeeyaha
pdf-trail = Taariikhda
pdf-version = nuqulka { $version }
pdf-started = La bilaabay
pdf-submitted = La gudbiyay
pdf-summary = Soo koobid
pdf-fully-met = Si buuxda loo buuxiyay (keli ahaan, ama dadka kale bari kara)
pdf-partly-met = Qayb ahaan loo buuxiyay (khibrad yar, ama caawimaad la)
pdf-none = midna
pdf-portfolio = Galka khibradaha
pdf-evidence = Lifaaqyada
pdf-evidence-missing = Qodobbada aan caddayn lahayn
pdf-attachment = Lifaaq { $number }
pdf-verify-code = Koodka xaqiijinta
pdf-verify-where = Halkan ka hubi in warbixintu dhab tahay:
pdf-page = Bogga { $page } ee { $pages }
file-name-attachment = lifaaq-{ $number }
file-name-certificate = qabyada-shahaadada-{ $number }
file-name-profile = warbixinta-kartida-{ $number }
verify-title = Hubi warbixinta kartida
verify-lead = Warbixin kasta oo kartida ah oo Kartla laga soo saaray waxay leedahay kood xaqiijin ah oo ku yaal bog kasta hoostiisa. Halkan ku qor si aad u aragto in warbixintu jirto iyo goorta la daabacay.
verify-code-label = Koodka xaqiijinta
verify-code-hint = Laba iyo toban xaraf, tusaale ahaan 7KQM-2WXP-H9CD. Xarfaha waaweyn iyo kuwa yaryar farqi ma leh.
verify-submit = Hubi
verify-found = Warbixinta kartida way jirtaa
verify-code = Koodka xaqiijinta
verify-person = Xarfaha hore ee magaca qofka
verify-frameworks = Koorso ama mihnad
verify-printed = La daabacay
verify-status = Xaaladda markii la daabacay
verify-fingerprint = Raadka farta (SHA-256) ee faylka PDF-ka
verify-fingerprint-hint = Haddii aad faylka haysato, xisaabi SHA-256-kiisa oo is barbar dhig: haddii ay isku mid yihiin, faylku isma beddelin tan iyo markii la daabacay.
verify-not-found = Warbixin kartida oo leh koodkaas ma jirto. Hubi inaad si sax ah u qortay.
answer-not-saved = Qoraalku aad buu u dheer yahay, lamana kaydin. Soo gaabi oo mar kale kaydi – waxa aad qortay weli halkan ayuu yaal.

## Section titles Kartla gives imported frameworks
import-section-core-content = Nuxurka muhiimka ah
import-section-knowledge-requirements = Shuruudaha aqoonta
import-section-essential = Xirfadaha iyo aqoonta lagama maarmaanka ah
import-section-optional = Xirfadaha iyo aqoonta ikhtiyaariga ah
import-section-skills = Xirfadaha
import-section-competencies = Kartiyada

## The public catalogue
nav-catalogue = Liiska
catalogue-title = Liiska qodobbada
catalogue-lead = Koorsooyinka iyo mihnadaha aad xirfadahaaga ku sahamin karto. Dooro mid si aad u aragto qodobbadiisa.
catalogue-search = Ku raadi magac ama kood
catalogue-kind = Nooca
catalogue-kind-all = Dhammaan
catalogue-kind-course = Koorsooyin
catalogue-kind-occupation = Mihnado
catalogue-language = Luqadda qoraallada
catalogue-language-all = Dhammaan luqadaha
catalogue-search-button = Raadi
catalogue-found = { $count ->
    [0] Wax la helay ma jiro
    [one] Hal natiijo
   *[other] { $count } natiijo
}
catalogue-pages = Bogagga
catalogue-page-of = Bogga { $page } ee { $pages }
catalogue-previous = Boggii hore
catalogue-next = Bogga xiga
catalogue-languages = Luqadaha la heli karo: { $list }
catalogue-published = la soo saaray { $date }
catalogue-older-version = Kani waa nuqul hore.
catalogue-see-current = Eeg nuqulka hadda jira
catalogue-fallback-note = Qoraallada qaar laguma helo luqaddaada, waxaana lagu muujiyey Iswiidhish.
catalogue-start-mapping = Ku bilow sahamin tan
catalogue-versions = Nuqullada
grade-step = Heerka darajada { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Koodka koorsada ee Skolverket
language-name = { $code ->
    [sv] Iswiidhish
    [en] Ingiriisi
    [ar] Carabi
    [fa] Faarisi
    [ti] Tigrinya
    [so] Soomaali
    [uk] Yukreeniyaan
    [ckb] Kurdi Soraani
    [ps] Bashtuu
    [prs] Dari
    [kmr] Kurdi Kurmaanji
    [am] Amxaari
    [ru] Ruush
    [tr] Turki
    [de] Jarmal
    [fi] Finish
    [fr] Faransiis
    [es] Isbaanish
    [pl] Boolish
   *[other] { $code }
}
catalogue-version = Nuqulka { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Liiska (maamul)
admin-catalogue-title = Maamul liiska
admin-catalogue-count = { $count ->
    [one] Hal qaab-dhismeed
   *[other] { $count } qaab-dhismeed
}
admin-catalogue-caption = Qaab-dhismeedyada ku jira liiska
admin-import-start = Qodobbo ka soo geli faylal
admin-col-code = Kood
admin-col-title = Magac
admin-col-kind = Nooc
admin-col-version = Nuqul
admin-col-status = Xaalad
admin-col-criteria = Qodobbo
admin-col-sections = Qaybo
admin-col-languages = Luqado
admin-col-change = Beddel
version-draft = Qabyo
version-published = La soo saaray
import-title = Soo geli qodobbo
import-lead = Dooro qaab iyo faylal. Waxaad arki doontaa waxa faylasha ku jira iyo waxa isbeddelaya, ka hor inta aan waxba la kaydin.
import-format = Qaabka
format-kartla = Qaabka Kartla (TOML)
format-kartla-hint = Hal fayl qaab-dhismeed kasta, sida uu u qoro amarka kartla catalogue export.
format-skolverket = API-ga manhajka Skolverket (JSON)
format-skolverket-hint = Jawaab ay ku jiraan course, courses, subject ama subjects. Nuxurka muhiimka ah iyo shuruudaha aqoonta waxay noqdaan qodobbo.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv iyo occupationSkillRelations_xx.csv, luqado badan haddii aad rabto. Iswiidhishku waa qasab.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = Magacyada mihnadaha iyo xirfadaha la xiriira.
format-moodle = Qaab-dhismeedka kartida ee Moodle (CSV)
format-moodle-hint = Fayl laga soo saaray Moodle; lambarrada ID-ga waalidka ayaa qeexa dhismaha.
import-files = Faylal
import-files-hint = Waxaad dooran kartaa faylal badan, wadar ahaan ugu badnaan { $mb } MB.
import-occupations = Mihnadahan ESCO oo keliya (ikhtiyaari)
import-occupations-hint = Hal URI oo mihnad ah saf kasta. Banaan u daa si aad u soo geliso dhammaan mihnadaha faylasha ku jira.
import-preview-button = Tus horu-eegga
import-preview-title = Horu-eegga soo gelinta
import-refused = { $count ->
    [one] Faylasha lama soo gelin karo: hal dhibaato
   *[other] Faylasha lama soo gelin karo: { $count } dhibaato
}
import-at-line = safka { $line }
import-in-field = goobta { $field }
import-nothing-written = Waxba lama kaydin. Sax faylasha oo mar kale isku day.
import-try-again = Mar kale dooro faylal
import-summary = { $total } qaab-dhismeed: { $new } cusub, { $changed } la beddelay, { $unchanged } aan isbeddelin.
import-rows-shown = (waxaa la muujiyey { $shown }-ka ugu horreeya)
import-applied = Soo gelintu waa dhammaatay. Qaab-dhismeedyadu hadda waxay ku jiraan liiska.
import-blocked = Qof ayaa wax ka beddelaya qabyada mid ka mid ah qaab-dhismeedyada. Marka hore soo saar ama tuur qabyadaas.
import-nothing-to-write = Wax kasta oo faylasha ku jira hore ayay liiska ugu jireen. Waxba uma baahna in la kaydiyo.
import-confirm = { $count ->
    [one] Soo geli hal qaab-dhismeed
   *[other] Soo geli { $count } qaab-dhismeed
}
import-preview-caption = Qaab-dhismeedyada faylasha ku jira
plan-new = Cusub, nuqulka 1
plan-new-version = La beddelay, wuxuu noqonayaa nuqulka { $version }
plan-unchanged = Isma beddelin (nuqulka { $version })
plan-draft-in-the-way = Qabyo ayaa hor istaagtay (nuqulka { $version })
error-too-large = Waxa aad dirtay aad buu u weyn yahay.
error-conflict-not-a-draft = Qabyo keliya ayaa la beddeli karaa. Nuqul la soo saaray weligii isma beddelo.
error-conflict-code-taken = Qaab-dhismeed kale ayaa hore u isticmaalaya koodkaas.
error-conflict-draft-in-the-way = Qof ayaa wax ka beddelaya qabyada qaab-dhismeedkan. Marka hore soo saar ama tuur qabyadaas.
error-conflict-import-refused = Faylasha lama akhriyi karin, lamana soo gelin karo.
error-conflict-import-applied = Soo gelintan hore ayaa loo sameeyay.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = faylka lama akhriyi karin ({ $detail }).
import-syntax = qaabka faylku sax ma aha: { $detail }
import-missing-field = lama helin, waana qasab.
import-unknown-language = kood luqadeed aan la aqoon “{ $detail }”. Isticmaal kood ISO 639 ah, sida sv, en ama ar.
import-missing-swedish = qoraalka Iswiidhishka ah ayaa maqan. Liisku wuxuu muujiyaa Iswiidhish marka tarjumaad maqan tahay, sidaas darteed Iswiidhishku waa qasab.
import-missing-file = faylka waa loo baahan yahay, lamana soo dirin.
import-unknown-occupation = ma jirto mihnad leh URI-ga { $detail }.
import-unknown-parent = ma jiro saf leh lambarka ID-ga “{ $detail }”.
import-duplicate-framework = koodka { $detail } laba jeer ayuu soo baxay.
import-nothing = kuma jiro qaab-dhismeed la soo gelin karo.
import-expected-skolverket-root = waxaa la filayay jawaab ka timid API-ga Skolverket oo leh course, courses, subject ama subjects.
import-expected-jobtech-concepts = waxaa la filayay liis JSON ah oo ka kooban fikradaha JobTech Taxonomy.
import-expected-moodle-header = waxaa la filayay fayl Moodle ah oo leh tiirarka Parent ID number, ID number, Short name iyo Description.
import-expected-kartla-file = waxaa la filayay fayl qaabka Kartla ah oo ku bilaabma format = "kartla/1".
import-expected-text = waxaa la filayay qoraal.
import-expected-list = waxaa la filayay liis.
import-expected-kind = waxaa la filayay course ama occupation.
import-expected-grade-step = waxaa la filayay heerka darajada E, C ama A.
import-expected-external-system = waxaa la filayay esco, jobtech ama skolverket.
import-expected-utf8 = waxaa la filayay qoraal UTF-8 ah.
content-bad-code = koodku wuxuu leeyahay 1 ilaa 60 calaamadood: xarfaha a–z, tirooyin, dhibco, xariijin (-) ama xariijin hoose (_).
content-empty = bannaan ma noqon karo.
content-too-long = ka badan { $detail } xaraf.
content-no-sections = qaab-dhismeed wuxuu u baahan yahay ugu yaraan hal qayb.
content-no-criteria = qayb waxay u baahan tahay ugu yaraan hal qodob.
content-duplicate-code = koodka qodobka { $detail } laba jeer ayaa la isticmaalay.
content-unknown-language = kood luqadeed aan la aqoon “{ $detail }”.
content-guidance-on-occupation = sharaxaadda heerarka darajada waxay khusaysaa koorsooyinka, ma aha mihnadaha.

## Authoring frameworks
admin-new-framework = Qaab-dhismeed cusub
admin-col-action = Ficil
admin-edit = Wax ka beddel { $code }
admin-continue = Sii wad qabyada { $code }, nuqulka { $version }
new-framework-title = Qaab-dhismeed cusub
new-framework-button = Samee qabyo
editor-kind = Nooca
editor-code = Kood
editor-code-hint = Gaaban oo gaar ah, ugu badnaan { $max } calaamadood: xarfaha a–z, tirooyin, dhibco, xariijin (-) ama xariijin hoose (_). Koodka hadhow lama beddeli karo.
editor-title-sv = Magaca oo Iswiidhish ah
editor-title-en = Magaca oo Ingiriisi ah (ikhtiyaari)
editor-title = Wax ka beddel { $title }, qabyada nuqulka { $version }
editor-lead = Qabyadu kuma jirto liiska ilaa aad soo saarto. Badhan kasta marka hore wuxuu kaydiyaa wax kasta oo aad qortay. Nuqul la soo saaray weligii isma beddelo; sahaminta hore loo bilaabay waxay sii haysataa nuqulkeeda.
editor-name = Magac
editor-external = Xiriir diiwaan dibadda ah (ikhtiyaari)
editor-external-system = Diiwaan
editor-external-none = Xiriir ma leh
editor-external-id = Aqoonsiga (id) ama URI-ga fikradda
editor-section = Qaybta { $number }
editor-section-title = Cinwaanka qaybta
editor-section-add = Ku dar qayb
editor-section-up = Qaybta { $number } kor u qaad
editor-section-down = Qaybta { $number } hoos u dhig
editor-section-remove = Ka saar qaybta { $number }
editor-criterion = Qodobka { $number }
editor-criterion-code = Kood
editor-criterion-text = Qoraalka qodobka
editor-criterion-add = Qodob ku dar qaybta { $number }
editor-criterion-up = Qodobka { $number } kor u qaad
editor-criterion-down = Qodobka { $number } hoos u dhig
editor-criterion-remove = Ka saar qodobka { $number }
editor-guidance = Heerarka darajada E, C iyo A (ikhtiyaari)
editor-guidance-hint = Waxa heer kasta oo darajo ah uu qodobkan ka dhigan yahay. Waxaa loo muujiyaa ka qaybgalayaasha iyo qiimeeyayaasha si ay ugu hagaan.
editor-add-language = Ku dar luqad
editor-add-language-hint = Goobaha luqadda waxay soo baxaan marka aad kaydiso.
editor-add-language-none = Luqad cusub ma jirto
editor-save = Kaydi qabyada
editor-publish = Soo saar
editor-discard-title = Tuur qabyada
editor-discard = Tuur qabyada
editor-label-title = Magaca ({ $lang })
editor-label-section-title = Qaybta { $section }, cinwaan ({ $lang })
editor-label-section = Qaybta { $section }
editor-label-criterion-code = Qaybta { $section }, qodobka { $criterion }, kood
editor-label-criterion-text = Qaybta { $section }, qodobka { $criterion }, qoraal ({ $lang })
editor-label-criterion-guidance = Qaybta { $section }, qodobka { $criterion }, heerka darajada { $step } ({ $lang })
field-error-bad-code = koodku wuxuu lahaan karaa oo keliya xarfaha a–z, tirooyin, dhibco, xariijin (-) ama xariijin hoose (_).
field-error-code-taken = qaab-dhismeed kale ayaa hore u isticmaalaya koodkan.
field-error-no-sections = qaab-dhismeed wuxuu u baahan yahay ugu yaraan hal qayb.
field-error-no-criteria = qaybtu waxay u baahan tahay ugu yaraan hal qodob.
field-error-duplicate-code = qodob kale ayaa isticmaalaya koodkan.
field-error-unknown-language = luqad aan la aqoon.
field-error-guidance-on-occupation = heerarka darajada waxay khuseeyaan koorsooyinka, ma aha mihnadaha.
start-mapping-search = Ka raadi dhammaan { $count } koorso iyo mihnad ee liiska ku jira
guidance-summary = Waxa heerarka darajadu ka dhigan yihiin
admin-col-published = Nuqulka la soo saaray
admin-not-published = Lama soo saarin

## The merit portfolio
nav-experiences = Galka khibradaha
nav-evidence = Caddaymaha
experiences-title = Galka khibradahayga
experiences-lead = Wax ka qor waxyaabaha aad samaysay: shaqo, waxbarasho, koorsooyin, shaqo tabarruc ah iyo wax kale. Galka adiga ayaa arka, qiimeeyayaashuna way arkaan marka aad sahamin gudbiso. Marka aad sharaxayso waxa aad samayn karto, waxaad tilmaami kartaa khibradahaaga.
experiences-add = Ku dar khibrad
experiences-none = Weli ma aadan darin wax khibrad ah.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – ilaa hadda
experience-edit = Beddel { $role }
experience-delete = Ka saar { $role }
experience-new-title = Khibrad cusub
experience-edit-title = Beddel khibradda
experience-unsaved = Kani waa waxa aad qortay markii ugu dambeysay. Weli lama kaydin – sax waxa la calaamadeeyay oo mar kale kaydi.
experience-field-kind = Khibrad noocee ah?
experience-field-role = Maxaad samaynaysay?
experience-role-hint = Tusaale ahaan magaca shaqada, barnaamij waxbarasho ama koorso.
experience-field-place = Loo shaqeeyaha, dugsiga ama hay'adda, iyo magaalada
experience-field-country = Dalka
experience-field-start = Bilowga
experience-field-end = Dhammaadka
experience-month-hint = Sanadka iyo bisha, tusaale ahaan 2019-04.
experience-end-hint = Banaan u daa haddii ay weli socoto.
experience-field-tasks = Hawlaha iyo waxa aad baratay
experience-tasks-hint = Sharax maalin caadi ah, xaaladaha adag ee aad wajahday, qalabka iyo hababka. Ugu badnaan { $max } xaraf.
experience-save = Kaydi khibradda
experience-kind-work = Shaqo
experience-kind-education = Waxbarasho
experience-kind-training = Koorso ama tababar goob shaqo
experience-kind-volunteering = Shaqo tabarruc ah
experience-kind-other = Wax kale
experience-certificate = Daabac qabyada shahaadada ee { $role } (PDF)
cert-title = Qabyada shahaadada
cert-intro = Waxaan sahaminayaa xirfadahayga si aqoontayda loo xaqiijiyo. Waxaan kaa codsanayaa adiga oo ahaa loo shaqeeyahayga, kormeerahayga ama qofka aan la xiriiri jiray, inaad akhrido sharaxaaddayda hoose, saxdo wixii khaldan, oo aad saxeexdo.
cert-about = Ku saabsan shaqada
cert-person = Magaca: { $value }
cert-role = Mihnadda ama doorka: { $value }
cert-place = Loo shaqeeyaha ama goobta: { $value }
cert-country = Dalka: { $value }
cert-period = Muddada: { $value }
cert-tasks = Hawlaha, ereyadayda
cert-no-tasks = (Weli sharaxaad ma jirto. Fadlan hawlaha hoos ku sharax.)
cert-confirm = Xaqiijin
cert-confirm-choice = Sharaxaaddu waa sax:   haa   /   haa, saxitaannada hoose la   /   maya   (mid goobaabi)
cert-corrections = Saxitaanno iyo wax lagu daray:
cert-extent = Nooca iyo baaxadda shaqada:
cert-signer-name = Magaca:
cert-signer-title = Jagada:
cert-signer-organisation = Hay'adda:
cert-signer-contact = Taleefan ama iimayl:
cert-signed-date = Taariikhda:
cert-signature = Saxeexa:
cert-made = Qabyadan waxaa laga daabacay Kartla { $date }. Waxay ansax tahay oo keliya marka la saxeexo.
field-error-invalid-month = qor sanadka iyo bisha, tusaale ahaan 2019-04.
field-error-end-before-start = dhammaadku kama horrayn karo bilowga.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = Khibradahaaga keebaa jawaabtu ku salaysan tahay? (ikhtiyaari)
answer-experiences-none = Khibrado ku dar galka khibradahaaga, kadibna halkan ayaad ku tilmaami kartaa.
answer-draws-on = Ku salaysan: { $list }
answer-evidence = Caddayntee ayaa tan muujisa? (ikhtiyaari)
answer-evidence-none = Soo geli shahaadooyin, darajooyin, liisannada ama sawirro shaqadaada, kadibna halkan ayaad ku tilmaami kartaa.
answer-evidence-missing = Caddayn uma hayo tan (maqan)
answer-evidence-shown = Caddayn:
answer-evidence-missing-shown = Caddayn ma jirto
evidence-title = Caddaymaha
evidence-lead = Shahaadooyin, darajooyin, dibloomooyin, liisannada ama sawirro wax aad samaysay. Fayl kasta wuxuu helaa lambar, sida ay isugu xigaan markii aad ku dartay. Faylasha waxaa arki kara adiga iyo qofka eegaya sahamintaada oo keliya.
evidence-none = Weli ma aadan darin wax caddayn ah.
evidence-label = Lifaaq { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } kB
evidence-belongs-to = La xiriira: { $list }
evidence-open = Fur lifaaqa { $number }
evidence-delete = Tirtir lifaaqa { $number }
evidence-added = Lifaaqa { $number } waa lagu daray.
evidence-add-heading = Ku dar caddayn
evidence-title-label = Waa maxay? (ikhtiyaari)
evidence-title-hint = Tusaale ahaan “Liisanka wadista” ama “Darajooyinka dugsiga sare”. Ugu badnaan { $max } xaraf. Haddii aad banaan u daysid, magaca faylka ayaa la isticmaalayaa.
evidence-experiences = Khibradahee ayay la xiriirtaa? (ikhtiyaari)
evidence-file-label = Fayl
evidence-file-hint = PDF, JPEG ama PNG, ugu badnaan { $max } MB. Waxaad sawir ku qaadi kartaa taleefankaaga.
evidence-upload = Soo geli
evidence-full = Waxaad haysataa { $max } caddayn, taas oo ah inta ugu badan ee la kaydin karo. Tirtir mid si aad kuwo kale u darto.
field-error-evidence-no-file = dooro fayl aad soo geliso
field-error-evidence-too-big = faylku aad buu u weyn yahay – ugu badnaan waa inuu ahaadaa 10 MB
field-error-evidence-wrong-type = faylku ma aha PDF, JPEG ama PNG
field-error-evidence-too-many = hore ayaad u haysataa inta ugu badan ee caddayn ah ee la kaydin karo
field-error-evidence-title-too-long = sharaxaaddu aad bay u dheer tahay
evidence-refused-no-file = Wax fayl ah lama soo dirin.
evidence-refused-too-big = Faylku aad buu u weyn yahay. Ugu badnaan waa inuu ahaadaa 10 MB.
evidence-refused-wrong-type = Faylku ma aha PDF, JPEG ama PNG.
evidence-refused-too-many = Hore waxaa u jira inta ugu badan ee caddayn ah ee la kaydin karo.
evidence-refused-title-too-long = Sharaxaaddu aad bay u dheer tahay.
catalogue-version-dated = Nuqulka { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = Yaa arkay xogtaada
seen-by-lead = Mar kasta oo qof aan adiga ahayn uu furo mid ka mid ah sahamintaada, warbixinteeda kartida ama mid ka mid ah faylasha caddaynta, halkan ayaa lagu qoraa: qofka, doorka uu ku jiro, hay'adda uu u shaqeeyo, iyo goorta. Qofna ma eegi karo iyadoo aan la qorin.
seen-by-none = Qof kale ma furin xogtaada.
seen-by-caption = Yaa furay maxaa, kuwa ugu dambeeyay marka hore
seen-by-when = Goorma
seen-by-who = Yaa
seen-by-role = Doorka
seen-by-organisation = Hay'adda
seen-by-what = Maxaa
seen-by-link = Yaa arkay xogtaada
seen-what-mapping = Sahaminta { $number }
seen-what-profile-pdf = Warbixinta kartida ee sahaminta { $number }
seen-what-evidence = Fayl caddayn ah
seen-what-case = Kiiska { $number }
seen-what-statement = Bayaanka kiiska { $number }
role-participant = Ka qaybgale
role-counsellor = Lataliyaha waxbarashada iyo shaqada
role-coordinator = Maareeyaha kiiska
role-validator = Qiimeeye
role-org-admin = Maamulaha hay'adda
role-installation-admin = Maamulaha nidaamka

# The person's own account
nav-account = Akoonkaaga
account-title = Akoonkaaga
account-who = Waxaad ku gashay magaca { $name } ({ $email }).
account-home-submit = Kaydi degmada aad ku nooshahay
account-home-saved = Degmadaada waa la kaydiyay.
account-password-title = Beddel erayga sirta ah
account-password-submit = Beddel erayga sirta ah
account-password-saved = Erayga sirta ah waa la beddelay. Waxaa lagaa saaray qalabkaaga kale.
account-everywhere-title = Ka bax meel kasta
account-everywhere-lead = Tani waxay xirtaa dhammaan galitaannadaada, taleefan kasta iyo kombiyuutar kasta, kan aad hadda isticmaalaysana. Isticmaal haddii aad qalab lumisay ama aad ku gashay kombiyuutar la wadaago.
account-everywhere-submit = Ka bax meel kasta
field-current = Erayga sirta ah ee hadda
field-new = Erayga sirta ah ee cusub
field-error-wrong-password = sax ma aha

# Organisations and people (administration)
nav-admin-people = Hay'adaha iyo dadka
people-title = Hay'adaha iyo dadka
people-lead = Doorarka ay dadku ku leeyihiin hay'adahaaga. Marka door la joojiyo, waxa uu bixin jiray isla markiiba waa la qaadaa; qofku wuxuu sii haystaa akoonkiisa iyo doorarkiisa kale.
people-none = Weli qofna door kuma laha halkan.
people-caption = Doorarka { $org }
people-col-name = Magac
people-col-email = Ciwaanka iimaylka
people-col-role = Door
people-end = Jooji doorka { $role } ee { $name }
people-ended = Doorka waa la joojiyay.
people-add-org = Ku dar hay'ad
people-add-org-submit = Ku dar hay'adda
people-org-added = Hay'adda waa lagu daray.
org-kind-region = Xafiiska gobolka
org-kind-municipality = Degmo
org-kind-provider = Bixiye adeeg
org-code-hint = Kood gaaban: xarfaha A–Z, tirooyin iyo xariijin (-), sida LULEA ama NORD-VAL.
field-org-kind = Nooca hay'adda
field-org-code = Kood
field-org-name = Magac
field-org-email = Ciwaanka iimaylka xiriirka
field-org-phone = Taleefanka xiriirka
field-error-bad-org-code = waa inuu ahaadaa 2 ilaa 24 xaraf A–Z, tirooyin ama xariijin (-), oo ku bilaabma xaraf
field-error-region-exists = nidaamkan hore ayuu u leeyahay gobolkiisa

# Invitations
invite-heading = Martiqaad qof
invite-explain = Qofku wuxuu helayaa link hal mar shaqeeya, muddo toddoba maalmood ah. Wuxuu ku aqbalayaa doorka: isagoo galay akoonkiisa haddii uu leeyahay, ama isagoo mid ku sameeyaya ciwaankan iimaylka.
field-invite-organisation = Hay'adda
field-invite-role = Doorka
field-error-role-misfit = kuma habboona hay'adda noocan ah
invite-submit = Dir martiqaadka
invite-sent = Martiqaadka waxaa lagu diray iimayl.
invite-pass-on = Nidaamkan ma diro iimayl. Linkigan adigu qofka u gudbi, si aan qof kale u arkin. Hal mar ayuu shaqeeyaa, muddo toddoba maalmood ah; boggani wuxuu muujinayaa shan daqiiqo oo keliya.
invite-not-sent = Iimaylka lama diri karin. Linkigan adigu qofka u gudbi, si aan qof kale u arkin. Hal mar ayuu shaqeeyaa, muddo toddoba maalmood ah; boggani wuxuu muujinayaa shan daqiiqo oo keliya.
invite-withdrawn = Martiqaadka waa la baajiyay. Linkigiisu mar dambe ma shaqeeyo.
invite-pending-caption = Martiqaadyada aan weli la aqbalin ee { $org }
invite-col-expires = Ansax ilaa
invite-withdraw = Baaji martiqaadka { $email }
invite-title = Martiqaad
invite-lead = Waxaa lagugu martiqaaday doorka { $role } ee { $org }. Martiqaadku wuxuu u socdaa { $email }.
invite-accept = Aqbal martiqaadka
invite-new-account = Samee akoonkaaga
invite-other-person = Waxaad ku gashay magaca { $me }, laakiin martiqaadku wuxuu u socdaa { $email }. Ka bax, kadibna mar kale fur linkiga.
invite-sign-in-first = Akoon ayaa u jira { $email }. Gal akoonkaas, kadibna halkan ayaad ku soo laaban doontaa si aad u aqbasho.
invite-gone-title = Martiqaadkani mar dambe ma shaqeeyo
invite-gone-text = Waa la isticmaalay, waqtigiisii toddobada maalmood ahaa ayaa dhacay, ama waa la baajiyay. Qofkii ku martiqaaday ka codso mid cusub.
error-conflict-invitation-gone = Martiqaadkani mar dambe ma shaqeeyo: waa la isticmaalay, waqtigiisii ayaa dhacay, ama waa la baajiyay. Qofkii ku martiqaaday ka codso mid cusub.
error-conflict-invitation-other-person = Martiqaadku wuxuu u socdaa ciwaan iimayl oo ka duwan akoonka aad ku jirto. Ka bax, kadibna mar kale fur linkiga.
error-conflict-invitation-sign-in = Akoon leh ciwaanka iimaylka la martiqaaday ayaa hore u jira. Gal akoonkaas, kadibna mar kale fur linkiga.
mail-invite-subject = Martiqaad { $org } ee Kartla
mail-invite-body =
    Salaan,

    Waxaa lagugu martiqaaday doorka { $role } ee { $org } ee Kartla. Martiqaadka waxaa kuu soo diray: { $inviter }.

    Fur linkigan si aad u aqbasho:
    { $link }

    Linkigu hal mar ayuu shaqeeyaa, muddo { $days } maalmood ah. Haddii aadan filayn martiqaadkan, iska dhaaf iimaylkan.

# Forgotten password
sign-in-forgot = Ma ilowday erayga sirta ah?
forgot-title = Erayga sirta ah oo la ilaaway
forgot-lead = Qor ciwaanka iimaylka akoonkaaga. Waxaan u diraynaa link aad ku dooran karto eray sir ah oo cusub.
forgot-submit = Dir linkiga
forgot-asked = Haddii uu jiro akoon leh ciwaankaas, link ayaa u socda. Hal mar ayuu shaqeeyaa, muddo hal saac ah. Sidoo kale eeg galka spam-ka.
forgot-no-mail = Nidaamkan ma diro iimayl, sidaas darteed link laguuma soo diri karo. Haddii aad u shaqayso mid ka mid ah hay'adaha gobolka, maamulaheeda ka codso link; haddii kale, weydii dadka Kartla ka maamula degmadaada.
reset-title = Dooro eray sir ah oo cusub
reset-submit = Kaydi erayga sirta ah ee cusub
reset-done = Erayga sirta ah ee cusub waa la kaydiyay, waxaana lagaa saaray meel kasta. Ku gal erayga sirta ah ee cusub.
reset-gone-title = Linkigani mar dambe ma shaqeeyo
reset-gone-text = Waa la isticmaalay, ama waqtigiisii hal saac ahaa ayaa dhacay. Bogga galitaanka ka codso link cusub.
error-conflict-password-link-gone = Linkigani mar dambe ma shaqeeyo: waa la isticmaalay ama waqtigiisii ayaa dhacay. Bogga galitaanka ka codso link cusub.
mail-reset-subject = Dooro eray sir ah oo cusub oo Kartla ah
mail-reset-body =
    Salaan,

    Qof ayaa codsaday in eray sir ah oo cusub loo doorto akoonkaaga Kartla. Fur linkigan si aad mid u doorato:
    { $link }

    Linkigu hal mar ayuu shaqeeyaa, muddo { $minutes } daqiiqo ah. Haddii aanad adigu codsan, iska dhaaf iimaylkan: erayga sirta ahi sidiisa ayuu ahaanayaa.

# The administrators' search of the access log
audit-title = Yaa arkay xogta yaa
audit-lead = Ku raadi ciwaanka iimaylka qof, si aad u aragto mar kasta oo qof furay sahamintiisa, warbixinnadiisa ama caddaymihiisa. Waxaad arkaysaa waxa ay dadka hay'adahaagu fureen; maamulayaasha nidaamka ayaa wax walba arka. Raadintaada qofka looma muujiyo.
audit-person = Ciwaanka iimaylka qofka
audit-search = Raadi
audit-unknown = Ma jiro akoon leh ciwaankaas iimaylka.
audit-none = Qof aad arki karto midna ma furin xogta qofkan.
audit-caption = Yaa furay xogta { $email }, kuwa ugu dambeeyay marka hore
people-edit-org = Beddel xogta { $org }
people-edit-org-submit = Kaydi xogta
people-org-changed = Xogta hay'adda waa la kaydiyay.
people-serves = Degmooyinka ay u qiimayso
people-serves-hint = Qiimeeyayaasheedu waxay arkaan sahaminta la gudbiyay ee dadka ku nool degmooyinka halkan lagu calaamadeeyay.
people-new-role = Door cusub oo { $name } la siinayo
people-change = Beddel doorka { $name }
people-role-changed = Doorka waa la beddelay.
reset-link-heading = Eray sir ah oo cusub qof kale
reset-link-explain = Marka qof ka shaqeeya hay'addaada uusan geli karin, nidaamkanna uusan dirin iimayl, samee link uu ku doorto eray sir ah oo cusub. Hal mar ayuu shaqeeyaa, muddo hal saac ah; u gudbi si aan qof kale u arkin. Akoonnada ka qaybgalayaashu waxay furaan xogtooda gaarka ah, sidaas darteed maamuluhu link uma sameeyo iyaga.
reset-link-email = Ciwaanka iimaylka qofka
reset-link-submit = Samee link
reset-link-pass-on = Linkigan u gudbi qofka, si aan qof kale u arkin. Hal mar ayuu shaqeeyaa, muddo hal saac ah; boggani wuxuu muujinayaa shan daqiiqo oo keliya.
field-error-not-your-person = ma aha ciwaanka qof ka shaqeeya hay'adahaaga oo keliya
field-error-control-characters = waa inaanu lahayn xariiq cusub ama calaamado xakameed kale

## Cases: coordinators and validators
nav-cases = Kiisaska
cases-title = Kiisaska
cases-organisation = Kiisaska hay'addaada, kuwa ugu muddada dheer sugayay marka hore
cases-assigned = Kiisaska laguu xilsaaray
cases-none = Hadda kiisas ma jiraan.
cases-none-assigned = Hadda kiis laguuma xilsaarin.
cases-col-person = Qofka
cases-col-framework = Koorso ama mihnad
cases-col-state = Marxaladda
cases-col-waited = Muddada la sugay
cases-col-validator = Qiimeeye
cases-days = { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}
cases-overdue = Dib u dhacay tan iyo { $date }
back-to-cases = Ku noqo kiisaska
case-title = Kiiska { $id }: { $person }
case-state-new = Cusub
case-state-checking = Waa la hubinayaa
case-state-returned = Waxaa la sugayaa dhammaystir
case-state-assigned = Qiimeeye ayaa haya
case-state-concluded = La dhammeeyay
case-state = Marxaladda
case-organisation = Hay'adda mas'uulka ah
case-validator = Qiimeeyaha
case-no-validator = Weli ma jiro
case-handed-in = La gudbiyay
case-waited = Muddada la sugay marxaladdan
case-deadline = Maalinta ugu dambaysa ee dhammaystirka
case-late = Dib u dhacay
case-actions = Waxa aad hadda samayn karto
case-take = Bilow hubinta kiiska
case-assign = U xilsaar
field-validator = Qiimeeye
case-validator-hint = Waxaa la dooran karaa oo keliya qiimeeyayaasha ku qoran diiwaanka koorsadan ama mihnaddan.
case-choose-validator = Dooro qiimeeye
case-no-validators = Ma jiro qiimeeye hay'addaada ka tirsan oo diiwaanka ugu qoran tan. Maamule ayaa ku dari kara.
case-hand-back = Kiiska u celi maareeyaha kiiska
case-hand-back-hint = Sheeg sababta, tusaale ahaan in kiisku ku saabsan yahay maaddo aadan qiimayn.
case-hand-back-submit = Celi
field-reason = Sababta
case-saved-take = Hadda waxaad hubinaysaa kiiska.
case-saved-assign = Kiiska waa la xilsaaray.
case-saved-sent = Liiska dhammaystirka waa la diray. Qofku wuxuu ku arkayaa bogga guudmarkiisa.
case-saved-concluded = Kiiska waa la dhammeeyay. Bayaanka waa la soo dejisan karaa.
case-saved-handed-back = Kiiska waxaa loo celiyay maareeyaha kiiska.
case-versions = Nuqullada la gudbiyay
case-version = Nuqulka { $number }, { $date }
case-profile-pdf = Warbixinta kartida ee nuqulkan (PDF)
case-own-rating = Is-qiimaynta qofka
case-judgement = Qiimaynta qiimeeyaha
change-heading = Waxa isbeddelay tan iyo nuqulka { $number }
change-none = Jawaabaha waxba iskama beddelin.
change-rating = is-qiimayn: { $before } → { $after }
change-text = sharaxaadda waa la beddelay
change-evidence = lifaaqyo cusub: { $numbers }
change-experiences = hadda waxay ku salaysan tahay khibrado dheeraad ah
change-missing = waa la beddelay in caddayn maqan tahay iyo in kale
change-goal = Hadafka waa la beddelay.
change-new-evidence = Lifaaqyo cusub oo liiska ku jira: { $numbers }
change-portfolio = Khibrado ku jira galka khibradaha ayaa lagu daray ama la beddelay.
verdict-met = La buuxiyay
verdict-partly-met = Qayb ahaan la buuxiyay
verdict-not-met = Lama buuxin
verdict-not-yet = Weli lama qiimayn karo
method-documents = Dukumentiyo
method-interview = Wareysi
method-practical-test = Imtixaan ficil ah
method-theoretical-test = Imtixaan aragti ah
method-workplace-observation = Kormeer goob shaqo
field-verdict = Qiimaynta
field-methods = Hababka
field-judgement = Qiimaynta
judgement-methods-hint = Calaamadee sida aad ku gaartay qiimaynta.
judgement-none = Weli lama qiimayn.
judgement-by = { $name }, { $date }
judgement-methods = Hababka: { $methods }
judgement-reason = Sababta isbeddelka: { $reason }
judgement-history = Qiimaymihii hore ({ $count })
judgement-form = Qiimee { $code }
judgement-save = Kaydi qiimaynta
judgement-change = Beddel qiimaynta
judgement-reason-hint = Kiiska waa la dhammeeyay. Qiimayn la beddelay waxay u baahan tahay sabab, tii horena waxay ku sii jirtaa taariikhda.
additions-heading = Dhammaystir
additions-building = Liis cusub oo dhammaystir ah
additions-building-hint = Hal shay mar ku dar: waxa maqan, meesha uu ka tirsan yahay iyo qaabka la rabo. Marka liisku diyaar noqdo, dir isagoo leh maalinta ugu dambaysa.
additions-choose-target = Dooro waxa uu ku saabsan yahay
field-target = Ku saabsan
field-missing = Waxa maqan
additions-missing-hint = Si cad u qor, tusaale ahaan “Shahaadada shaqada oo muujinaysa hawlihii Lager AB”.
field-form = Qaabkee
additions-form-hint = Tusaale ahaan “PDF ama sawir, Iswiidhish ama la turjumay”.
additions-add = Ku dar liiska
additions-remove = Ka saar
field-deadline = Maalinta ugu dambaysa
additions-deadline-hint = Qofku wuxuu taariikhda ku arkayaa liiska.
additions-send = U dir liiska qofka
additions-sent-by = Codsiga { $name }, maalinta ugu dambaysa { $deadline }
additions-answered = Qofku mar kale ayuu gudbiyay { $date }
additions-form-shown = Qaabka: { $form }
additions-item-done = Waa la dhammeeyay, sida uu qofku sheegay
additions-item-open = Weli lama dhammayn
additions-mark-done = U calaamadee in la dhammeeyay
additions-mark-not-done = U calaamadee in aan la dhammayn
additions-asked = Waxa aad u baahan tahay inaad ku darto
additions-asked-hint = Isbeddellada ku samee sahaminta, galka khibradaha ama caddaymaha. Shay kasta u calaamadee in la dhammeeyay, kadibna mar kale gudbi sahaminta.
target-case = Kiiska oo dhan
target-criterion = Qodobka { $criterion }
target-experience = Khibrad: { $experience }
target-evidence = { $evidence }
conclude-heading = Dhammee kiiska
conclude-not-judged = { $count ->
    [one] Hal qodob weli lama qiimayn: { $codes }. Qiimee, ama dooro “Weli lama qiimayn karo”.
   *[other] { $count } qodob weli lama qiimayn: { $codes }. Qiimee, ama dooro “Weli lama qiimayn karo”.
}
conclude-outcome = Natiijada { $framework }
outcome-fully-met = Si buuxda loo buuxiyay
outcome-partly-met = Qayb ahaan la buuxiyay
outcome-not-met = Lama buuxin
field-outcome = Natiijada
field-statement = Bayaanka guud
conclude-statement-hint = Qofku wuu akhriyaa bayaanka, wuxuuna u geyn karaa maamulaha dugsiga, loo shaqeeye ama koorsada xigta.
field-next-steps = Tallaabooyinka xiga ee lagu taliyay
next-step-top-up-course = Koorso dhammaystir ah
next-step-exam = Imtixaan darajo lagu helo (prövning)
next-step-workplace-assessment = Qiimayn goob shaqo
next-step-guidance = Wadahadal lala yeesho lataliyaha waxbarashada iyo shaqada
field-next-steps-text = Tallaabooyinka xiga, ereyadaada
conclude-submit = Ku dhammee kiiska bayaanka
conclusion-heading = Bayaanka
conclusion-by = { $name } – la dhammeeyay { $date }
conclusion-remaining = Waxa haray: { $codes }
conclusion-statement = Bayaanka guud
conclusion-next-steps = Tallaabooyinka xiga ee lagu taliyay
conclusion-download = Soo dejiso bayaanka (PDF)
case-event-handed-in = { $name }: gudbinta nuqulka { $detail }
case-event-taken = { $name }: bilowga hubinta kiiska
case-event-assigned = { $name }: kiiska waxaa loo xilsaaray { $detail }
case-event-handed-back = { $name }: kiiska dib ayaa loo celiyay: { $detail }
case-event-returned = { $name }: dhammaystir ayaa la codsaday, maalinta ugu dambaysa { $detail }
case-event-judged = { $name }: qiimaynta { $detail }
case-event-rejudged = { $name }: beddelka qiimaynta { $detail }
case-event-item-done = { $name }: waxaa loo calaamadeeyay in la dhammeeyay: { $detail }
case-event-item-reopened = { $name }: waxaa loo calaamadeeyay in aan la dhammayn: { $detail }
case-event-outcome-changed = Natiijadu way isbeddeshay, qiimaynta la beddelay awgeed: { $detail }
case-event-concluded = { $name }: kiiska waxaa lagu dhammeeyay bayaan
case-panel-heading = Kiiskaaga
case-panel-whole = Eeg kiiska oo dhan iyo wax kasta oo dhacay
case-explainer-checking = Hay'adda { $organisation } ayaa hubinaysa in wax walba ay ku jiraan.
case-explainer-assigned = Qiimeeye ka tirsan { $organisation } ayaa hadda qodob qodob u qiimaynaya sahaminta.
case-explainer-returned = Hay'adda { $organisation } waxay rabtaa inaad wax ku darto. Eeg liiska hoose.
case-explainer-concluded = Hay'adda { $organisation } waxay dhammaysay qiimaynta. Bayaanka hoos ayuu yaal.
hand-in-goes-to = Sahaminta waxaa loo gudbinayaa { $organisation }.
hand-in-no-home = Waa inaad dooratid degmada aad ku nooshahay ka hor intaadan gudbin. Ka samee bogga Akoonkaaga.
field-provider = Cidda qiimaynaysa
hand-in-choose-hint = Hay'ado badan ayaa qiimeeya mihnaddan. Dooro mid.
error-conflict-case-moved = Qof kale ayaa hore u beddelay kiiska. Boggu wuxuu muujinayaa sida uu hadda yahay.
error-conflict-no-home = Waa inaad dooratid degmada aad ku nooshahay ka hor intaadan gudbin.
field-error-not-listed = kuma qorna diiwaanka koorsadan ama mihnaddan
field-error-does-not-fit = kuma habboona qiimaynta qodobbada
field-error-in-past = waa inay noqotaa taariikh maanta ka dambaysa
field-error-too-far = waa inaanay ka fogaan hal sano oo soo socda
field-error-no-items = liiska weli waxba kuma jiraan
field-error-too-many = liisku wuxuu lahaan karaa ugu badnaan 30 shay
field-error-invalid = ma aha mid ka mid ah doorashooyinka
field-error-invalid-characters = waxaa ku jira calaamado aan la kaydin karin
mail-additions-subject = Kartla: fadlan wax ku dar sahamintaada
mail-additions-body = Salaan { $name },

    Qofka qiimaynaya sahamintaada wuxuu rabaa inaad wax ku darto. Liiska waxa loo baahan yahay iyo maalinta ugu dambaysa waa halkan:

    { $link }

    Salaan wanaagsan,
    Kartla
mail-concluded-subject = Kartla: qiimaynta sahamintaada waa dhammaatay
mail-concluded-body = Salaan { $name },

    Qiimaynta sahamintaada waa dhammaatay. Halkan ayaad ka akhrin kartaa bayaanka, halkanna waad ka soo dejisan kartaa:

    { $link }

    Salaan wanaagsan,
    Kartla

## The statement (PDF)
file-name-statement = bayaan-{ $number }
verify-document = Dukumenti
statement-title = Bayaan
statement-lead = Qiimaynta aqoonta iyo kartida (xaqiijinta aqoonta, validering), qodob qodob.
statement-organisation = Waxaa soo saaray
statement-contact = Xiriir
statement-case = Kiis
statement-version = Nuqulka la gudbiyay ee la qiimeeyay
statement-issued = Taariikh
statement-assessor = Qiimeeyaha
statement-verify-where = Halkan ka hubi in bayaanku dhab yahay:
statement-outcome = Natiijada
statement-signatures = Saxeexyada
statement-assessed-by = Qiimeeyaha: { $name }.
statement-principal = Maamulaha dugsiga ama madaxa mas'uulka ah:
statement-signature = Saxeexa:
statement-name-clarified = Magaca, xarfo waaweyn:
statement-signed-date = Goobta iyo taariikhda:

## The directory: who assesses what
nav-directory = Yaa qiimeeya maxaa
directory-title = Yaa qiimeeya maxaa
directory-lead = Hay'adaha gobolka iyo dadka qiimeeya koorsooyinka iyo mihnadaha. Waxaa ku qoran oo keliya kuwa doortay in la muujiyo.
directory-q = Koorso ama mihnad
directory-q-hint = Qor qayb ka mid ah magaca ama koodka, tusaale ahaan “bakhaar” ama “DEMO-KOCK1”.
directory-municipality = Degmo
directory-any-municipality = Dhammaan degmooyinka
directory-search = Raadi
directory-none = Qofna oo diiwaanka ku jira kuma habboona raadinta.
directory-serves = U qiimeeya: { $list }
directory-serves-all = U qiimeeya gobolka oo dhan
directory-assesses = Waxa la qiimeeyo
directory-languages = Luqadaha
directory-methods = Hababka
directory-contact = Xiriir
admin-directory-title = Diiwaanka yaa qiimeeya maxaa
admin-directory-lead = Sheeg waxa uu qof kasta oo hay'addaada ka tirsan qiimeeyo, luqadaha uu ku hadlo iyo hababka uu isticmaalo. Kiisaska waxaa loo xilsaari karaa oo keliya qiimeeyayaasha ku qoran koorsada ama mihnadda. Qof kasta wuxuu bogga akoonkiisa ka doortaa in si furan loo muujiyo iyo in kale.
admin-directory-none = Qofna oo hay'adahaaga ka tirsan ma qiimeeyo, mana bixiyo talo-bixin.
admin-directory-saved = Diiwaanka waa la kaydiyay.
admin-directory-listed = Waxaa lagu muujiyaa diiwaanka dadweynaha.
admin-directory-not-listed = Si furan looma muujiyo (qofku ma dooran).
admin-directory-languages-hint = Koodadka luqadaha oo hakad (,) u dhexeeyo, tusaale ahaan “sv, ar, ti”.
admin-directory-save = Kaydi
field-languages = Luqadaha
account-listing-title = Diiwaanka yaa qiimeeya maxaa
account-listing-lead = Waxaad ku jirtaa diiwaanka hay'addaada. Dooro in si furan laguu muujiyo iyo macluumaadka xiriirka ee la muujinayo.
account-listing-show = I muuji diiwaanka dadweynaha
account-listing-email = Iimaylka la muujinayo (ikhtiyaari)
account-listing-phone = Taleefanka la muujinayo (ikhtiyaari)
account-listing-save = Kaydi
account-listing-saved = Doorashadaada diiwaanka waa la kaydiyay.
field-error-bad-language-tags = qor koodadka luqadaha oo hakad u dhexeeyo, tusaale ahaan sv, ar, ti (ugu badnaan 12)

## What you master and what remains
gaps-heading = Waxa aad hore u taqaan iyo waxa haray
gaps-counts = Waxaad taqaan { $masters } ka mid ah { $total } qodob, iyo { $partly } qayb ahaan.
gaps-verdict = Hadda waxay u muuqataa:
gaps-remaining = Waxa haray: { $codes }
gaps-source-self = Waxay ku salaysan tahay jawaabahaaga.
gaps-source-judged = { $judged } ka mid ah { $total } qodob waxay ku salaysan yihiin qiimaynta qiimeeyaha, inta kalena jawaabahaaga.
gaps-elsewhere = Waxa aad taqaan halkan sidoo kale waa lagu xisaabiyaa
gaps-elsewhere-hint = Koorsooyin iyo mihnado leh qodobbo ku saabsan aqoon la mid ah tan aad taqaan.
gaps-covers = jawaabahaagu waxay daboolayaan { $covered } ka mid ah { $total } qodob

## The Swedish original
originals-show = Qodob kasta hoostiisa ku muuji qoraalka asalka ah ee Iswiidhishka
originals-hide = Qari qoraalka asalka ah ee Iswiidhishka
original-label = Iswiidhish:

## Sharing with a study and career counsellor
nav-caseload = Ka qaybgalayaashayda
caseload-title = Ka qaybgalayaashayda
caseload-lead = Sahaminta ay ka qaybgalayaashu kula wadaagaan. Waxa aad furto waxay ka muuqdaan liiskooda ah yaa arkay xogtooda.
caseload-none = Weli qofna waxba kulama wadaago.
caseload-all = Dhammaan sahamintiisa ayaa la wadaagay
caseload-one = Sahamintan ayaa la wadaagay
caseload-since = tan iyo { $date }
sharing-title = La wadaag lataliyaha waxbarashada iyo shaqada
sharing-lead = Waxaad u oggolaan kartaa lataliye degmadaada ka tirsan inuu akhriyo hal sahamin, ama dhammaan sahamintaada, ka hor wadahadal. Waad joojin kartaa wadaagista goor kasta oo aad rabto.
sharing-none = Hadda waxba ma wadaagtid.
sharing-everything = Dhammaan sahamintayda
sharing-line = { $counsellor } – waxa la akhrin karo: { $what }
sharing-withdraw = Jooji wadaagista
sharing-submit = La wadaag
sharing-saved = Hadda waxaad la wadaagtaa lataliyaha.
sharing-withdrawn = Taas mar dambe ma wadaagtid.
field-counsellor = Lataliye
field-mapping = Maxaad rabtaa inaad la wadaagto?

## Guidance sessions
session-start = Bilow kulan talo-bixin
session-title = Kulanka talo-bixinta: { $person }
session-heading = Kulanka talo-bixinta
session-with-person = Qofka kale: { $name }
session-with-counsellor = Lataliyahaaga waxbarashada iyo shaqada: { $name }
session-code-intro = Koodka lagu soo biirayo:
session-other-here = Shaashadda { $name } waxay joogtaa qaybtan.
session-other-at = Shaashadda { $name } waxay joogtaa qaybta { $n }.
session-other-away = { $name } weli kuma soo biirin.
session-follow = Adiguna halkaas tag
session-section = Qaybta { $n }
session-sections = Qaybaha
session-save = Kaydi
session-ended = Kulankan waa dhammaaday. Waxa la qoray waa la hayaa; wax dambe looma qori karo kulankan.
session-direct-on = U oggolow lataliyaha inuu wax ku qoro jawaabahayga
session-direct-off = Ka jooji lataliyaha inuu wax ku qoro jawaabahayga
session-direct-is-on = Lataliyuhu wax buu ku qori karaa jawaabahaaga inta kulankani socdo.
session-direct-is-off = Isbeddellada lataliyuhu sameeyo waxay u yimaadaan soo-jeedin, adiguna waad aqbali kartaa ama diidi kartaa.
session-trail = Waxa ka dhacay kulankan
session-end = Dhammee kulanka
sessions-back = Dhammaan kulammada talo-bixinta
sessions-title = Kulammada talo-bixinta
sessions-none = Ma jiro kulan talo-bixin oo furan.
sessions-with = Qofka kale: { $name }
sessions-since = La bilaabay { $time }
sessions-join = Ku biir kood
sessions-join-hint = Lataliyahaagu wuxuu ku siinayaa lix xaraf iyo tiro, tusaale ahaan K7M-Q2X.
sessions-join-button = Ku biir
field-code = Kood
field-error-no-such-session = kulan furan oo koodkan leh ma jiro – kala hubi lataliyahaaga
proposal-heading = Isbeddel la soo jeediyay
proposal-by = Soo-jeedinta { $name }:
proposal-make = Soo jeedi isbeddel
proposal-send = Dir soo-jeedinta
proposal-accept = Aqbal
proposal-reject = Diid
notes-heading = Xusuusqorrada
notes-open = Waxaad akhrin kartaa xusuusqor kasta oo adiga lagaa qoray.
note-label = Xusuusqor cusub
note-hint = Qofku wuxuu akhriyaa xusuusqor kasta.
note-add = Ku dar xusuusqorka
field-note = Xusuusqor
error-conflict-session-ended = Kulanka talo-bixinta waa dhammaaday.
error-conflict-proposal-decided = Soo-jeedintan hore ayaa loo aqbalay, loo diiday ama waa la beddelay.
session-event-started = kulanka waa la bilaabay
session-event-joined = ku soo biirid
session-event-wrote = wax ayaa lagu qoray qodobka { $criterion }
session-event-proposed = isbeddel ayaa loo soo jeediyay qodobka { $criterion }
session-event-accepted = waa la aqbalay soo-jeedinta qodobka { $criterion }
session-event-rejected = waa la diiday soo-jeedinta qodobka { $criterion }
session-event-direct-on = lataliyaha waa loo oggolaaday inuu wax qoro
session-event-direct-off = lataliyaha waa laga joojiyay inuu wax qoro
session-event-noted = xusuusqor ayaa la qoray
session-event-ended = kulanka waa la dhammeeyay

## Individual study plan
plan-title = Qorshaha waxbarashada gaarka ah ee { $person }
plan-saved = Qorshaha waxbarashada waa la kaydiyay.
plan-pdf = Soo dejiso qorshaha waxbarashada (PDF)
plan-link = Qorshaha waxbarashada gaarka ah
plan-field-goal = Hadafka waxbarashada
plan-goal-hint = Waxa ay waxbarashadu keenayso, ereyada qofka laftiisa.
plan-field-pace = Xawaaraha waxbarashada
plan-pace-value = { $percent } %
plan-field-start = Bilowga
plan-start-hint = Maalinta waxbarashadu bilaabanayso, sida SSSS-BB-MM.
plan-field-course = Koorso
plan-field-points = Dhibco
plan-field-courses = Koorsooyin
plan-courses = Koorsooyinka la qorsheeyay
plan-no-courses = Weli koorso lama qorshayn.
plan-course = Koorso
plan-points = Dhibco
plan-points-of = Dhibcaha { $course }
plan-change = Beddel
plan-remove = Ka saar
plan-total = Wadar ahaan { $points } dhibcood.
plan-suggested = Soo-jeedin ka timid falanqaynta waxa dhiman
plan-suggested-hint = Koorsooyinka sahamintan ee jawaabuhu (ama qiimaynta qiimeeye) aanay weli si buuxda u daboolin. Calaamadee kuwa la qorshaynayo.
plan-add = Ku dar koorso liiska ku jirta
plan-add-none = Koorso ma jirto
plan-save = Kaydi qorshaha waxbarashada
plan-history = Isbeddellada
plan-change-goal = hadafka waa la beddelay
plan-change-pace = xawaaraha waxaa laga dhigay { $value } %
plan-change-start = bilowga waxaa laga dhigay { $value }
plan-change-added = waa lagu daray { $value }
plan-change-removed = waa laga saaray { $value }
plan-change-points = dhibcaha waa la beddelay: { $value }
plan-change-order = kala horreynta koorsooyinka waa la beddelay
field-error-invalid-date = qor taariikh sida SSSS-BB-MM
field-error-invalid-points = qor dhibcaha oo tiro ah, 1 ilaa 2500
plan-pdf-no-goal = Weli hadaf lama qorin.
plan-pdf-signatures = Si wadajir ah ayaa loo diyaariyay
plan-pdf-sign-person = Qofka:
plan-pdf-sign-counsellor = Lataliyaha waxbarashada iyo shaqada:
plan-pdf-made = Waxaa laga daabacay Kartla { $date }.
file-name-study-plan = qorshaha-waxbarashada-{ $number }
guidance-heading = Talo-bixin
guidance-session-open = Kulanka talo-bixinta ee { $name } ayaa u furan sahamintan.
guidance-join = Ku biir kulanka
caseload-people = Lala wadaagay adiga
connect-invite-heading = Martiqaad ka qaybgale
connect-invite-lead = Samee kood oo sii qofka. Marka uu ku qoro bogga akoonkiisa, wax kasta oo uu sahamiyo waa lala wadaagayaa adiga. Kood kasta hal mar ayuu shaqeeyaa, muddo hal toddobaad ah.
connect-invite-until = ansax ilaa { $date }
connect-invite-make = Samee kood
connect-heading = Ku xiriir kood uu ku siiyay lataliyahaagu
connect-hint = Lix xaraf iyo tiro, tusaale ahaan K7M-Q2X. Kadib wax kasta oo aad sahamiso waxaa lala wadaagayaa lataliyahaas; waad joojin kartaa wadaagista goor kasta.
field-connect-code = Koodka lataliyahaaga
connect-submit = Ku xiriir
field-error-no-such-invitation = ma jiro martiqaad furan oo koodkan leh – waxaa laga yaabaa in la isticmaalay ama waqtigiisii dhacay
field-error-not-your-counsellor = lataliyahani uma taliyo dadka degmadaada
pdf-gaps-self = Waxay ku salaysan tahay jawaabaha qofka.
pdf-gaps-judged = { $count ->
    [one] Hal qodob, qiimaynta qiimeeye ayaa la isticmaalay halkii jawaabta qofka.
   *[other] { $count } qodob, qiimaynta qiimeeye ayaa la isticmaalay halkii jawaabta qofka.
}
pdf-gaps-counts = La yaqaan: { $masters } · qayb ahaan: { $partly } · waxa haray: { $remaining }
pdf-gaps-verdict = Sida ay u muuqato
pdf-gaps-remaining = Waxa haray
pdf-gaps-heading = Falanqaynta waxa dhiman

## Follow-up (statistics)
nav-stats = Dabagal
stats-title = Dabagal
stats-lead = Imisa qof ayaa sahaminaya, imisa ayay qaadataa marxalad kasta, natiijaduna waa maxay – marna qof gaar ah lama muujiyo. Haddii dadku ka yar yihiin { $n }, waxaa lagu muujiyaa “ka yar { $n }”, tiro kasta oo laga xisaabin karo tirooyinka kalena waa la qariyaa.
stats-org = Tirooyinka hay'adda
stats-from = Laga bilaabo bisha
stats-to = Ilaa bisha (iyada oo ku jirta)
stats-by = U kala qaybi
stats-show = Muuji
stats-whose-region = { $name } oo dhan.
stats-whose-own = { $name } iyo wadarta gobolka.
stats-period = Bilo buuxa: { $from } – { $to }.
stats-download-csv = Soo dejiso CSV ahaan
stats-download-pdf = Soo dejiso warbixinta PDF ahaan
stats-fewer-than = ka yar { $n }
stats-hidden = qarsoon
stats-no-municipality = Degmo lama dooran
stats-no-provider = Degmada lafteeda
stats-chart-caption = Shaxan: { $measure }. Isla tirooyinkan waxay ku jiraan jadwalka hoose.
stats-table-caption = Sahaminta gaadhay marxalad kasta muddada gudaheeda
stats-total = Wadarta: { $name }
stats-region-total = Wadarta: { $name } (gobolka oo dhan)
stats-measure-started = La bilaabay
stats-measure-handed-in = La gudbiyay
stats-measure-returned = Dib loogu celiyay dhammaystir
stats-measure-assigned = Qiimeeye loo xilsaaray
stats-measure-concluded = La dhammeeyay
stats-by-municipality = Degmo
stats-by-provider = Bixiye adeeg
stats-by-framework = Koorso ama mihnad
stats-by-month = Bil
stats-by-language = Luqad
stats-heading-municipality = Degmo ahaan
stats-heading-provider = Bixiye adeeg ahaan
stats-heading-framework = Koorso iyo mihnad ahaan
stats-heading-month = Bil ahaan
stats-heading-language = Luqad ahaan
stats-unit-municipality = Degmo
stats-unit-provider = Bixiye adeeg
stats-unit-framework = Koorso ama mihnad
stats-unit-month = Bil
stats-unit-language = Luqad
stats-heading-durations = Inta ay marxaladuhu qaataan
stats-durations-chart = Shaxan: maalmaha dhexe (median) ee marxalad kasta. Isla tirooyinkan waxay ku jiraan jadwalka hoose.
stats-durations-caption = Maalmaha, kuwa marxaladda dhammeeyay muddada gudaheeda
stats-col-step = Marxalad
stats-col-people = Tirada dadka
stats-col-median = Dhexe (maalmood)
stats-col-p90 = 9 ka mid ah 10 gudahood (maalmood)
stats-not-shown = lama muujinayo
stats-step-mapping = Bilow ilaa gudbin
stats-step-waiting = Gudbin ilaa xilsaarid
stats-step-assessing = Xilsaarid ilaa dhammayn
stats-step-whole = Jidka oo dhan, bilow ilaa dhammayn
stats-heading-outcomes = Natiijooyinka koorso iyo mihnad ahaan
stats-outcomes-none = Muddada gudaheeda sahamin lama dhammeyn.
stats-outcomes-caption = Sahaminta la dhammeeyay iyo natiijooyinkooda
stats-heading-languages = Luqadaha Kartla
stats-languages-chart = Shaxan: tirada dadka luqad kasta. Isla tirooyinkan waxay ku jiraan jadwalka hoose.
stats-languages-caption = Luqadda dadku Kartla ku isticmaaleen
field-error-stats-month = qor bisha sida SSSS-BB, tusaale ahaan 2025-03
field-error-stats-backward = muddadu way dhammaanaysaa ka hor inta aanay bilaabmin
field-error-stats-by = dooro mid ka mid ah kala qaybinta liiska ku jirta
stats-pdf-title = Dabagal: { $name }
stats-pdf-made = Waxaa laga daabacay Kartla { $date }.
file-name-stats = dabagal-{ $number }
