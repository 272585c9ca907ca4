### Kartla – Kurmancî (kmr)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = Herin naverokê
footer-privacy = Kartla tenê tiştên ku hûn di nexşekirina xwe de dinivîsin tomar dike. Ew wan tenê nîşanî we dide, û piştî ku we radest kir, nîşanî nirxîneran jî dide.
nav-label = Menûya sereke
nav-my-mappings = Nexşekirinên min
nav-sign-in = Têkevin
nav-sign-out = Derkevin
nav-register = Hesab çêkin
signed-in-as = Hûn wekî { $name } têketine
language-label = Ziman
language-change = Ziman biguherînin
language-unreviewed-mark = hê nehatiye vekolîn
languages-link = Derbarê zimanan de
languages-title = Ziman
languages-lead = Hûn dikarin Kartla bi van zimanan bikar bînin. Tîma Kartla wergeran dinivîse. Wergera ku hê tu axêverekî zikmakî venekolaye, nîşankirî ye, û dibe ku şaşî tê de hebin.
languages-caption = Ziman, û gelo axêverekî zikmakî her werger vekolaye an na
languages-col-language = Ziman
languages-col-name = Bi kurmancî
languages-col-status = Werger
languages-status-original = Nivîsa orîjînal
languages-status-reviewed = Ji aliyê axêverekî zikmakî ve hatiye vekolîn
languages-status-unreviewed = Hê ji aliyê axêverekî zikmakî ve nehatiye vekolîn
languages-feedback = Tiştek bi zimanê we şaş tê xwendin? Ji şêwirmendê xwe yê xwendin û pîşeyê an ji rêveberê Kartla yê şaredariya xwe re bibêjin. Ew dikare were rastkirin, bêyî ku hûn li benda guhertoyeke nû ya Kartla bimînin.
loading = Tê barkirin …
back-home = Herin rûpela destpêkê

## Errors
error-summary-title = Pirsgirêkek heye
error-validation = Agahiyên li jêr kontrol bikin.
error-bad-request = Daxwaz nehat xwendin. Rûpelê nû bikin û dîsa biceribînin.
error-unauthorized = Ji bo dîtina vê rûpelê divê hûn têkevin.
error-sign-in-failed = Navnîşana e-nameyê an şîfre şaş e.
error-forbidden = Destûra we ji bo vê tune.
error-too-many = Gelek caran hate ceribandin. Deqeyekê bisekinin, paşê dîsa biceribînin.
error-cross-site = Ev daxwaz ji rûpeleke malpereke din hat û hate redkirin. Herin ser Kartla û li wir bikin.
error-not-found = Ev rûpel tune ye.
error-internal = Li aliyê me tiştek xelet çû. Tiştên ku we berê tomar kirine ewle ne. Piştî demekê dîsa biceribînin.
error-unreachable = Niha Kartla nayê gihîştin. Girêdana xwe kontrol bikin û dîsa biceribînin.
error-conflict-email-taken = Bi vê navnîşana e-nameyê berê hesabek heye. Li şûna wê têkevin.
error-conflict-not-editable = Nexşekirin hatiye radestkirin û niha nayê guhertin.
error-conflict-already-submitted = Nexşekirin berê hatiye radestkirin.
error-conflict-already-decided = Nexşekirin berê hatiye vekolîn.
field-error-required = divê were dagirtin
field-error-too-long = pir dirêj e
field-error-too-short = pir kurt e
field-error-invalid-email = ne navnîşaneke e-nameyê ya derbasdar e
field-error-invalid-rating = yek ji vebijarkan hilbijêrin
field-error-unknown-criterion = ne ya vê nexşekirinê ye
field-error-unknown-framework = di katalogê de tune ye
field-error-not-rated = hilbijêrin ku hûn vê çiqas baş dikarin
field-error-changed-elsewhere = bersiv di tabeke din an li ser cîhazeke din de hate guhertin, û nivîsa we li şûna wê nehat tomarkirin
field-error-no-description = binivîsin ka we ev çawa û li ku derê hîn bû û bi kar anî

## Rating
rating-legend = Hûn vê çiqas baş dikarin?
rating-no-experience = Tecrubeya min tune
rating-some-experience = Hinek tecrubeya min heye
rating-with-support = Bi alîkariyê dikarim bikim
rating-independently = Bi serê xwe dikarim bikim
rating-can-teach = Dikarim fêrî kesên din bikim
rating-no-experience-hint = Min ev nekiriye.
rating-some-experience-hint = Min dîtiye ku ev çawa tê kirin, an min çend caran ceribandiye.
rating-with-support-hint = Dema ku kesek alîkariya min dike an nîşanî min dide, ez dikarim bikim.
rating-independently-hint = Ez dikarim bi serê xwe bikim, bê alîkarî.
rating-can-teach-hint = Ez ewqas baş dizanim ku dikarim nîşanî kesên din bidim û ji wan re rave bikim.
rating-or = an jî
rating-not-relevant = Ji bo min ne têkildar e
rating-not-relevant-hint = Ev ne beşek ji tiştê ye ku ez dixwazim nîşan bidim. Ne hewce ye hûn tiştekî binivîsin.
prompts-summary = Alîkarî ji bo ravekirinê
prompt-normal-day = Rojeke asayî çawa bû? We çi dikir?
prompt-hardest = Rewşa herî dijwar a ku we çareser kir çi bû, û we çawa kir?
prompt-tools = We kîjan amûr, makîne, bername an rêbaz bi kar anîn?
prompt-how-long = We ev çiqas dem û çend caran kir?
read-aloud = Bi deng bixwînin

## Status
status-draft = Reşnivîs
status-submitted = Radestkirî
status-returned = Temamkirin tê xwestin
status-reviewed = Nirxandî
event-submitted = Ji aliyê { $name } ve di { $date } de hate radestkirin
event-returned = Ji aliyê { $name } ve di { $date } de ji bo temamkirinê hate vegerandin
event-reviewed = Ji aliyê { $name } ve di { $date } de hate nirxandin
kind-course = Kurs
kind-occupation = Pîşe

## Start page
home-title = Nîşan bidin ku hûn çi dikarin
home-lead = Kartla alîkariya we dike ku hûn, pîvan bi pîvan, binivîsin ka hûn jixwe çi dizanin û çi dikarin, da ku nirxînerek bikaribe wê binirxîne.
home-how = Hesabekî çêkin, kursek an pîşeyek hilbijêrin û li gorî leza xwe bersiv bidin. Her tiştê ku hûn dinivîsin tê tomarkirin.
home-have-account = Hesabekî min berê heye
home-role-later = Di demeke nêzîk de dê ji bo rola we amûrên din jî hebin.

## Account
sign-in-title = Têkevin
sign-in-submit = Têkevin
sign-in-no-account = Hesabê we tune? Yekî çêkin.
register-title = Hesab çêkin
register-why = Navê we ji bo profîla jêhatîbûnê, û navnîşana e-nameya we ji bo ku hûn dîsa têkevin, ji me re lazim in.
register-submit = Hesab çêkin
password-hint = Herî kêm 12 tîp. Hevokeke ku hûn ji bîr nakin baş e.
field-name = Nav
field-email = Navnîşana e-nameyê
field-password = Şîfre
field-locale = Ziman
field-municipality = Şaredariya niştecihbûnê
municipality-hint = Şaredariya ku hûn lê dijîn. Ew validasyonê (nirxandin û naskirina zanîna we) pêşkêşî we dike û berpirsê nexşekirinên we ye. Hûn dikarin paşê wê biguherînin.
municipality-choose = Şaredariyekê hilbijêrin
field-comment = Şîrove

## My mappings
my-mappings-title = Nexşekirinên min
my-mappings-none = We hîn dest bi tu nexşekirinê nekiriye.
updated-on = Guhertina dawî: { $date }
start-mapping-title = Dest bi nexşekirineke nû bikin
start-mapping-lead = Kurs an pîşeya ku hûn dixwazin nîşan bidin ku hûn dizanin hilbijêrin.
criteria-count = { $count ->
    [one] { $count } pîvan
   *[other] { $count } pîvan
}
start-mapping-button = Bi { $title } dest pê bikin

## Overview
sections-heading = Beş
progress = { $done } ji { $total } hatine bersivandin
task-not-started = Dest pê nekiriye
task-in-progress = Berdewam e
task-done = Qediya
check-answers-link = Kontrol bikin û radest bikin
download-pdf = Profîla jêhatîbûnê daxînin (PDF)
print-heading = Profîla jêhatîbûnê çap bikin
print-lang = Zimanê sernivîs û etîketan
print-two = Pîvan bi du zimanan, li kêleka hev
print-two-hint = Zimanê kesî û swêdî, bo nimûne da ku nirxîner û kes bi hev re bixwînin.
goal-heading = Armanca min
field-goal = Armanca nexşekirinê
goal-hint = Bo nimûne kursek, notek an pîşeyek ku hûn dixwazin bigihîjinê. Ew li rûpela yekem a profîla jêhatîbûnê tê nivîsandin.
goal-save = Armancê tomar bikin
goal-saved = Armanc hate tomarkirin.
goal-shown = Armanca nexşekirinê: { $goal }
pdf-goal = Armanc
submitted-explainer = Nexşekirina we hate radestkirin. Nirxînerek wê vedikole. Di vê navberê de hûn nikarin bersivên xwe biguherînin.
reviewed-explainer = Vekolîn qediya. Profîla xwe ya jêhatîbûnê li jêr daxînin.

## Section
section-of = Beş { $n } ji { $total }
back-to-overview = Vegerin nêrîna giştî
read-only-explainer = Nexşekirin hatiye radestkirin. Hûn dikarin bersivên xwe bixwînin, lê nikarin wan biguherînin.
save-and-continue = Tomar bikin û berdewam bikin
autosave-saving = Tê tomarkirin …
autosave-saved = Hate tomarkirin
session-warning-title = Hûn ê di demeke kurt de ji hesabê werin derxistin
session-warning-text = Ji bo ewlehiya we, eger { $minutes } deqe tu çalakî tune be, hûn ji hesabê têne derxistin. Tiştên ku we tomar kirine dimînin.
session-stay = Di hesabê de bimînin
session-ended-title = Hûn ji hesabê hatin derxistin
session-ended-text = Tiştên ku we tomar kirin dimînin. Nivîsa ku hîn nehatibû tomarkirin di vê gerokê de dimîne û gava ku hûn dîsa têkevin tê şandin.
session-sign-in-again = Dîsa têkevin
autosave-restored = Nivîsa ku cara borî nehatibû tomarkirin hîn di vê gerokê de bû û niha tê şandin …
autosave-offline = Hîn nehatiye tomarkirin – girêdan tune. Nivîs di vê gerokê de dimîne û gava girêdan vegere tê şandin.
autosave-changed-elsewhere = Nehat tomarkirin: bersiv di tabeke din an li ser cîhazeke din de hatiye guhertin.
answer-changed-elsewhere = Piştî ku we ev rûpel vekir, bersiv di tabeke din an li ser cîhazeke din de hate guhertin. Tiştê ku we nivîsî hîn di qutiyê de ye, lê nehatiye tomarkirin. Eger hûn dixwazin nivîsa xwe biparêzin, dîsa tomar bikin.
answer-changed-elsewhere-live = Bersiv di tabeke din an li ser cîhazeke din de hatiye guhertin. Nivîsa we hîn di qutiyê de ye, lê nehatiye tomarkirin. Hilbijêrin kîjan derbasdar be.
answer-saved-elsewhere = Bersiva tomarkirî niha:
conflict-keep-mine = Nivîsa min bihêlin
conflict-use-saved = Bersiva tomarkirî bi kar bînin
text-in-swedish = Ev nivîs tenê bi swêdî heye.
answer-label = We ev çawa û li ku derê hîn bû û bi kar anî?
answer-hint = Binivîsin ka we çi kir, li ku derê, çiqas dem û bi kîjan amûran. Herî zêde { $max } tîp.

## Check your answers
check-title = Bersivên xwe kontrol bikin
missing-heading = Berî ku hûn radest bikin, ev kêm in
missing-rating = { $code }: hilbijêrin ku hûn vê çiqas baş dikarin
missing-description = { $code }: binivîsin ka we ev çawa û li ku derê hîn bû
not-answered = Nehatiye bersivandin
no-description = Ravekirin tune
change = Biguherînin
submit-heading = Radest bikin
submit-explainer = Gava ku hûn radest bikin, nirxînerek dikare bersivên we û portfolyoya we ya tecrubeyan bixwîne. Nirxîner dikare nexşekirinê qebûl bike an ji we bixwaze ku hûn wê temam bikin. Dema ku ew tê vekolîn, hûn nikarin bersivên xwe biguherînin.
submit-button = Nexşekirinê radest bikin

## Validator
trail-heading = Bûyer

## PDF
pdf-title = Profîla jêhatîbûnê
pdf-person = Kes
pdf-frameworks = Kurs an pîşe
pdf-date = Dîrok
pdf-status = Rewş
pdf-rating = Xwe-nirxandin
pdf-answer = Çawa û li ku
pdf-validator = Nirxîner
pdf-trail = Bûyer
pdf-version = guherto { $version }
pdf-started = Destpêk
pdf-submitted = Radestkirin
pdf-summary = Kurte
pdf-fully-met = Bi tevahî dizane (bi serê xwe an dikare fêrî kesên din bike)
pdf-partly-met = Bi qismî dizane (hinek tecrube an bi alîkariyê)
pdf-none = tune
pdf-portfolio = Portfolyoya tecrubeyan
pdf-evidence = Pêvek
pdf-evidence-missing = Pîvanên bê delîl
pdf-attachment = Pêvek { $number }
pdf-verify-code = Koda piştrastkirinê
pdf-verify-where = Ka profîl rast e an na, li vir kontrol bikin:
pdf-page = Rûpel { $page } ji { $pages }
file-name-attachment = pêvek-{ $number }
file-name-certificate = reşnivîsa-belgeyê-{ $number }
file-name-profile = profîla-jêhatîbûnê-{ $number }
verify-title = Profîleke jêhatîbûnê kontrol bikin
verify-lead = Li binê her rûpela her profîla jêhatîbûnê ya ji Kartla koda piştrastkirinê heye. Wê li vir binivîsin, da ku hûn bibînin ka profîl heye û kengî hatiye çapkirin.
verify-code-label = Koda piştrastkirinê
verify-code-hint = Diwanzdeh tîp an hejmar, bo nimûne 7KQM-2WXP-H9CD. Tîpên mezin an piçûk ne girîng in.
verify-submit = Kontrol bikin
verify-found = Profîla jêhatîbûnê heye
verify-code = Koda piştrastkirinê
verify-person = Tîpên pêşîn ên navê kesî
verify-frameworks = Kurs an pîşe
verify-printed = Dema çapkirinê
verify-status = Rewş di dema çapkirinê de
verify-fingerprint = Şopa tiliyan (SHA-256) ya pelê PDF
verify-fingerprint-hint = Eger pel li cem we hebe, SHA-256 ya wî hesab bikin û bidin ber hev: eger wek hev bin, pel ji dema çapkirinê ve nehatiye guhertin.
verify-not-found = Bi vê kodê tu profîla jêhatîbûnê tune. Kontrol bikin ka we ew rast nivîsiye.
answer-not-saved = Nivîs pir dirêj e û nehat tomarkirin. Wê kurt bikin û dîsa tomar bikin – tiştê ku we nivîsî hîn li vir e.

## Section titles Kartla gives imported frameworks
import-section-core-content = Naveroka bingehîn
import-section-knowledge-requirements = Daxwazên zanînê
import-section-essential = Şarezayî û zanînên pêwîst
import-section-optional = Şarezayî û zanînên bijarte
import-section-skills = Şarezayî
import-section-competencies = Jêhatîbûn

## The public catalogue
nav-catalogue = Katalog
catalogue-title = Kataloga pîvanan
catalogue-lead = Kurs û pîşeyên ku hûn dikarin zanîna xwe li gorî wan nexşe bikin. Yekê hilbijêrin da ku pîvanên wê bibînin.
catalogue-search = Li gorî nav an kodê bigerin
catalogue-kind = Cure
catalogue-kind-all = Hemû
catalogue-kind-course = Kurs
catalogue-kind-occupation = Pîşe
catalogue-language = Zimanê nivîsan
catalogue-language-all = Hemû ziman
catalogue-search-button = Bigerin
catalogue-found = { $count ->
    [0] Tu encam tune
    [one] Encamek
   *[other] { $count } encam
}
catalogue-pages = Rûpel
catalogue-page-of = Rûpel { $page } ji { $pages }
catalogue-previous = Rûpela berê
catalogue-next = Rûpela pêş
catalogue-languages = Bi van zimanan heye: { $list }
catalogue-published = weşandin: { $date }
catalogue-older-version = Ev guhertoyeke kevntir e.
catalogue-see-current = Guhertoya niha bibînin
catalogue-fallback-note = Hin nivîs bi zimanê we tune ne û bi swêdî têne nîşandan.
catalogue-start-mapping = Li gorî vê dest bi nexşekirinê bikin
catalogue-versions = Guherto
grade-step = Asta notê { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Koda kursê ya Skolverket
language-name = { $code ->
    [sv] Swêdî
    [en] Îngilîzî
    [ar] Erebî
    [fa] Farisî
    [ti] Tigrînyayî
    [so] Somalî
    [uk] Ukraynî
    [ckb] Soranî
    [ps] Peştûyî
    [prs] Derî
    [kmr] Kurmancî
    [am] Amharî
    [ru] Rûsî
    [tr] Tirkî
    [de] Almanî
    [fi] Fînî
    [fr] Fransî
    [es] Spanî
    [pl] Polonî
   *[other] { $code }
}
catalogue-version = Guherto { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Katalog (rêveberî)
admin-catalogue-title = Katalogê bi rê ve bibin
admin-catalogue-count = { $count ->
    [one] Çarçoveyek
   *[other] { $count } çarçove
}
admin-catalogue-caption = Çarçoveyên di katalogê de
admin-import-start = Pîvanan ji pelan îthal bikin
admin-col-code = Kod
admin-col-title = Nav
admin-col-kind = Cure
admin-col-version = Guherto
admin-col-status = Rewş
admin-col-criteria = Pîvan
admin-col-sections = Beş
admin-col-languages = Ziman
admin-col-change = Guhertin
version-draft = Reşnivîs
version-published = Weşandî
import-title = Pîvanan îthal bikin
import-lead = Formatekê û pelan hilbijêrin. Berî ku tiştek were tomarkirin, hûn ê bibînin ka di pelan de çi heye û çi diguhere.
import-format = Format
format-kartla = Formata Kartla ya xwe (TOML)
format-kartla-hint = Ji bo her çarçoveyekê pelek, wekî ku kartla catalogue export dinivîse.
format-skolverket = API ya bernameyên xwendinê ya Skolverket (JSON)
format-skolverket-hint = Bersivek ku course, courses, subject an subjects tê de heye. Naveroka bingehîn û daxwazên zanînê dibin pîvan.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv û occupationSkillRelations_xx.csv, eger hûn bixwazin bi çend zimanan. Swêdî mecbûrî ye.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = Navên pîşeyan bi şarezayiyên wan ên têkildar re.
format-moodle = Çarçoveya jêhatîbûnê ya Moodle (CSV)
format-moodle-hint = Derxistinek ji Moodle; hejmarên ID yên jorîn (parent) avahiyê diyar dikin.
import-files = Pel
import-files-hint = Hûn dikarin çend pelan hilbijêrin, bi hev re herî zêde { $mb } MB.
import-occupations = Tenê ev pîşeyên ESCO (ne mecbûrî)
import-occupations-hint = Di her rêzê de URI ya pîşeyekê. Vala bihêlin da ku hemû pîşeyên di pelan de werin îthalkirin.
import-preview-button = Pêşdîtinê nîşan bidin
import-preview-title = Pêşdîtina îthalkirinê
import-refused = { $count ->
    [one] Pel nayên îthalkirin: pirsgirêkek heye
   *[other] Pel nayên îthalkirin: { $count } pirsgirêk hene
}
import-at-line = rêz { $line }
import-in-field = qad { $field }
import-nothing-written = Tiştek nehat tomarkirin. Pelan rast bikin û dîsa biceribînin.
import-try-again = Dîsa pelan hilbijêrin
import-summary = { $total } çarçove: { $new } nû, { $changed } guherî, { $unchanged } neguherî.
import-rows-shown = ({ $shown } yên pêşîn têne nîşandan)
import-applied = Îthalkirin qediya. Çarçove niha di katalogê de ne.
import-blocked = Kesek reşnivîsa yek ji çarçoveyan sererast dike. Pêşî wê reşnivîsê biweşînin an biavêjin.
import-nothing-to-write = Her tiştê di pelan de jixwe di katalogê de ye. Ne hewce ye tiştek were tomarkirin.
import-confirm = { $count ->
    [one] Çarçoveyekê îthal bikin
   *[other] { $count } çarçoveyan îthal bikin
}
import-preview-caption = Çarçoveyên di pelan de
plan-new = Nû, guherto 1
plan-new-version = Guherî, dibe guherto { $version }
plan-unchanged = Neguherî (guherto { $version })
plan-draft-in-the-way = Reşnivîsek rê lê digire (guherto { $version })
error-too-large = Tiştê ku we şand pir mezin e.
error-conflict-not-a-draft = Tenê reşnivîs dikare were guhertin. Guhertoyeke weşandî qet nayê guhertin.
error-conflict-code-taken = Çarçoveyeke din jixwe vê kodê bi kar tîne.
error-conflict-draft-in-the-way = Kesek reşnivîsa vê çarçoveyê sererast dike. Pêşî wê reşnivîsê biweşînin an biavêjin.
error-conflict-import-refused = Pel nehatin xwendin û nayên îthalkirin.
error-conflict-import-applied = Ev îthalkirin berê hatiye kirin.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = pel nehat xwendin ({ $detail }).
import-syntax = pel ne bi forma rast e: { $detail }
import-missing-field = tune ye, lê mecbûrî ye.
import-unknown-language = koda zimanê nenas “{ $detail }”. Kodeke ISO 639 wek sv, en an ar bi kar bînin.
import-missing-swedish = nivîsa swêdî tune. Li cihê ku werger tune, katalog swêdî nîşan dide, ji ber vê swêdî mecbûrî ye.
import-missing-file = ev pel lazim e, lê nehat dayîn.
import-unknown-occupation = tu pîşe bi URI { $detail } tune.
import-unknown-parent = tu rêz bi hejmara ID “{ $detail }” tune.
import-duplicate-framework = koda { $detail } du caran heye.
import-nothing = tu çarçoveyek ji bo îthalkirinê tê de tune.
import-expected-skolverket-root = bersiveke API ya Skolverket bi course, courses, subject an subjects dihat hêvîkirin.
import-expected-jobtech-concepts = lîsteyeke JSON ya têgehên JobTech Taxonomy dihat hêvîkirin.
import-expected-moodle-header = derxistineke Moodle bi stûnên Parent ID number, ID number, Short name û Description dihat hêvîkirin.
import-expected-kartla-file = pelek bi formata Kartla ku bi format = "kartla/1" dest pê dike dihat hêvîkirin.
import-expected-text = nivîsek dihat hêvîkirin.
import-expected-list = lîsteyek dihat hêvîkirin.
import-expected-kind = course an occupation dihat hêvîkirin.
import-expected-grade-step = asta notê E, C an A dihat hêvîkirin.
import-expected-external-system = esco, jobtech an skolverket dihat hêvîkirin.
import-expected-utf8 = nivîs bi UTF-8 dihat hêvîkirin.
content-bad-code = kodek ji 1 heta 60 tîpên a–z, hejmar, xal, xêzik an xêza jêrîn pêk tê.
content-empty = divê ne vala be.
content-too-long = ji { $detail } tîpan dirêjtir e.
content-no-sections = çarçoveyek herî kêm beşekê hewce dike.
content-no-criteria = beşek herî kêm pîvanekê hewce dike.
content-duplicate-code = koda pîvanê { $detail } du caran hatiye bikaranîn.
content-unknown-language = koda zimanê nenas “{ $detail }”.
content-guidance-on-occupation = ravekirinên astên notê ji bo kursan in, ne ji bo pîşeyan.

## Authoring frameworks
admin-new-framework = Çarçoveya nû
admin-col-action = Çalakî
admin-edit = { $code } sererast bikin
admin-continue = Reşnivîsa { $code } guherto { $version } berdewam bikin
new-framework-title = Çarçoveya nû
new-framework-button = Reşnivîsê çêkin
editor-kind = Cure
editor-code = Kod
editor-code-hint = Kurt û yekta, herî zêde { $max } tîp: tîpên a–z, hejmar, xal, xêzik an xêza jêrîn. Kod paşê nayê guhertin.
editor-title-sv = Nav bi swêdî
editor-title-en = Nav bi îngilîzî (ne mecbûrî)
editor-title = { $title } sererast bikin, reşnivîsa guhertoya { $version }
editor-lead = Heta ku hûn reşnivîsê neweşînin, ew di katalogê de nayê dîtin. Her bişkok pêşî hemû tiştên ku we nivîsandine tomar dike. Guhertoyeke weşandî qet nayê guhertin; nexşekirinên ku berê dest pê kirine guhertoya xwe diparêzin.
editor-name = Nav
editor-external = Lînka qeydeke derve (ne mecbûrî)
editor-external-system = Qeyd
editor-external-none = Bê lînk
editor-external-id = ID an URI ya têgehê
editor-section = Beş { $number }
editor-section-title = Sernivîsa beşê
editor-section-add = Beşekê zêde bikin
editor-section-up = Beş { $number } ber bi jor ve bibin
editor-section-down = Beş { $number } ber bi jêr ve bibin
editor-section-remove = Beş { $number } rakin
editor-criterion = Pîvan { $number }
editor-criterion-code = Kod
editor-criterion-text = Nivîsa pîvanê
editor-criterion-add = Pîvanekê li beşa { $number } zêde bikin
editor-criterion-up = Pîvan { $number } ber bi jor ve bibin
editor-criterion-down = Pîvan { $number } ber bi jêr ve bibin
editor-criterion-remove = Pîvan { $number } rakin
editor-guidance = Astên notê E, C û A (ne mecbûrî)
editor-guidance-hint = Ji bo vê pîvanê wateya her asta notê çi ye. Ji bo beşdar û nirxîneran wek rêbertî tê nîşandan.
editor-add-language = Zimanekî zêde bikin
editor-add-language-hint = Qadên vî zimanî gava ku hûn tomar bikin xuya dibin.
editor-add-language-none = Tu zimanê nû
editor-save = Reşnivîsê tomar bikin
editor-publish = Biweşînin
editor-discard-title = Reşnivîsê biavêjin
editor-discard = Reşnivîsê biavêjin
editor-label-title = Nav ({ $lang })
editor-label-section-title = Beş { $section }, sernivîs ({ $lang })
editor-label-section = Beş { $section }
editor-label-criterion-code = Beş { $section }, pîvan { $criterion }, kod
editor-label-criterion-text = Beş { $section }, pîvan { $criterion }, nivîs ({ $lang })
editor-label-criterion-guidance = Beş { $section }, pîvan { $criterion }, asta notê { $step } ({ $lang })
field-error-bad-code = di kodê de tenê tîpên a–z, hejmar, xal, xêzik an xêza jêrîn dikarin hebin.
field-error-code-taken = çarçoveyeke din jixwe vê kodê bi kar tîne.
field-error-no-sections = çarçoveyek herî kêm beşekê hewce dike.
field-error-no-criteria = ev beş herî kêm pîvanekê hewce dike.
field-error-duplicate-code = pîvaneke din vê kodê bi kar tîne.
field-error-unknown-language = zimanê nenas.
field-error-guidance-on-occupation = astên notê ji bo kursan in, ne ji bo pîşeyan.
start-mapping-search = { $count ->
    [one] Di katalogê de li { $count } kurs an pîşeyê bigerin
   *[other] Di nav hemû { $count } kurs û pîşeyên katalogê de bigerin
}
guidance-summary = Wateya astên notê
admin-col-published = Guhertoya weşandî
admin-not-published = Nehatiye weşandin

## The merit portfolio
nav-experiences = Portfolyoya tecrubeyan
nav-evidence = Delîl
experiences-title = Portfolyoya min a tecrubeyan
experiences-lead = Li ser tiştên ku we kirine binivîsin: kar, perwerde, kurs, xebata xwebexş û yên din. Hûn portfolyoyê dibînin, û gava ku hûn nexşekirinekê radest bikin, nirxîner jî wê dibînin. Dema ku hûn dinivîsin ka hûn çi dikarin, hûn dikarin tecrubeyên xwe nîşan bidin.
experiences-add = Tecrubeyekê zêde bikin
experiences-none = We hîn tu tecrube zêde nekiriye.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – berdewam e
experience-edit = { $role } biguherînin
experience-delete = { $role } rakin
experience-new-title = Tecrubeya nû
experience-edit-title = Tecrubeyê biguherînin
experience-unsaved = Ev tiştê ku we herî dawî nivîsî ye. Hîn nehatiye tomarkirin – tiştên nîşankirî rast bikin û dîsa tomar bikin.
experience-field-kind = Çi cure tecrube ye?
experience-field-role = We çi kir?
experience-role-hint = Bo nimûne navê karekî, perwerdeyek an kursek.
experience-field-place = Kardêr, dibistan an rêxistin, û bajar
experience-field-country = Welat
experience-field-start = Dest pê kir
experience-field-end = Qediya
experience-month-hint = Sal û meh, bo nimûne 2019-04.
experience-end-hint = Eger hîn berdewam e, vala bihêlin.
experience-field-tasks = Kar û tiştên ku we hîn bûn
experience-tasks-hint = Rojeke asayî, rewşên dijwar ên ku we çareser kirin, amûr û rêbazan binivîsin. Herî zêde { $max } tîp.
experience-save = Tecrubeyê tomar bikin
experience-kind-work = Kar
experience-kind-education = Perwerde
experience-kind-training = Kurs an staj
experience-kind-volunteering = Xebata xwebexş
experience-kind-other = Yên din
experience-certificate = Ji bo { $role } reşnivîsa belgeyê çap bikin (PDF)
cert-title = Reşnivîsa belgeyê
cert-intro = Ez ji bo validasyonekê zanîn û şarezayiyên xwe nexşe dikim. Ji we, ku kardêr, serperişt an kesê têkiliyê yê min bûn, hêvî dikim ku hûn ravekirina min a li jêr bixwînin, tiştên şaş rast bikin û îmze bikin.
cert-about = Li ser kar
cert-person = Nav: { $value }
cert-role = Pîşe an rol: { $value }
cert-place = Kardêr an cih: { $value }
cert-country = Welat: { $value }
cert-period = Dem: { $value }
cert-tasks = Kar, bi gotinên min
cert-no-tasks = (Hîn ravekirin tune. Ji kerema xwe karan li jêr binivîsin.)
cert-confirm = Piştrastkirin
cert-confirm-choice = Ravekirin rast e:   erê   /   erê, bi rastkirinên li jêr   /   na   (yekê xelek bikin)
cert-corrections = Rastkirin û zêdekirin:
cert-extent = Cureyê karkirinê û rêjeya wê:
cert-signer-name = Nav:
cert-signer-title = Wezîfe:
cert-signer-organisation = Rêxistin:
cert-signer-contact = Telefon an e-name:
cert-signed-date = Dîrok:
cert-signature = Îmze:
cert-made = Ev reşnivîs di { $date } de ji Kartla hate çapkirin. Ew tenê piştî îmzekirinê derbasdar e.
field-error-invalid-month = sal û mehê binivîsin, bo nimûne 2019-04.
field-error-end-before-start = dawî nikare berî destpêkê be.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = Bersiv li ser kîjan tecrubeyên we ye? (ne mecbûrî)
answer-experiences-none = Tecrubeyan li portfolyoya xwe ya tecrubeyan zêde bikin, paşê hûn dikarin li vir wan nîşan bidin.
answer-draws-on = Li ser van e: { $list }
answer-evidence = Kîjan delîl vê nîşan didin? (ne mecbûrî)
answer-evidence-none = Belge, not, destûrname an wêneyên karê xwe bar bikin, paşê hûn dikarin li vir wan nîşan bidin.
answer-evidence-missing = Ji bo vê tu delîlê min tune (kêm e)
answer-evidence-shown = Delîl:
answer-evidence-missing-shown = Delîl kêm e
evidence-title = Delîl
evidence-lead = Belge, not, dîploma, destûrname an wêneyên tiştekî ku we kiriye. Her pel li gorî rêza ku hûn lê zêde dikin hejmarekê distîne. Tenê hûn û kesê ku nexşekirina we vedikole dikarin pelan bibînin.
evidence-none = We hîn tu delîl zêde nekiriye.
evidence-label = Pêvek { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } kB
evidence-belongs-to = Girêdayî: { $list }
evidence-open = Pêvek { $number } vekin
evidence-delete = Pêvek { $number } jê bibin
evidence-added = Pêvek { $number } hate zêdekirin.
evidence-add-heading = Delîlekî zêde bikin
evidence-title-label = Ev çi ye? (ne mecbûrî)
evidence-title-hint = Bo nimûne “Destûrnameya forkliftê” an “Notên lîseyê”. Herî zêde { $max } tîp. Eger hûn vala bihêlin, navê pelê tê bikaranîn.
evidence-experiences = Ew girêdayî kîjan tecrubeyan e? (ne mecbûrî)
evidence-file-label = Pel
evidence-file-hint = PDF, JPEG an PNG, herî zêde { $max } MB. Hûn dikarin bi telefona xwe wêneyekî bikişînin.
evidence-upload = Bar bikin
evidence-full = { $max } delîlên we hene. Ev herî zêde ye ku dikare were tomarkirin. Ji bo zêdekirina yên din, yekê jê bibin.
field-error-evidence-no-file = pelekî ji bo barkirinê hilbijêrin
field-error-evidence-too-big = pel pir mezin e – divê herî zêde 10 MB be
field-error-evidence-wrong-type = pel ne PDF, JPEG an PNG ye
field-error-evidence-too-many = jixwe ewqas delîlên we hene ku dikarin werin tomarkirin
field-error-evidence-title-too-long = ravekirin pir dirêj e
evidence-refused-no-file = Tu pel nehat şandin.
evidence-refused-too-big = Pel pir mezin e. Divê herî zêde 10 MB be.
evidence-refused-wrong-type = Pel ne PDF, JPEG an PNG ye.
evidence-refused-too-many = Jixwe ewqas delîl hene ku dikarin werin tomarkirin.
evidence-refused-title-too-long = Ravekirin pir dirêj e.
catalogue-version-dated = Guherto { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = Kê agahiyên we dîtine
seen-by-lead = Her carê ku kesek ji bilî we yek ji nexşekirinên we, profîla wê ya jêhatîbûnê an yek ji pelên delîlên we veke, ew li vir tê nivîsandin: kî, bi kîjan rolê, ji bo kîjan rêxistinê û kengî. Tu kes nikare lê binêre bêyî ku ev were nivîsandin.
seen-by-none = Ji bilî we tu kesî agahiyên we venekirine.
seen-by-caption = Kê çi vekir, ya herî nû pêşî
seen-by-when = Kengî
seen-by-who = Kî
seen-by-role = Rol
seen-by-organisation = Rêxistin
seen-by-what = Çi
seen-by-link = Kê agahiyên we dîtine
seen-what-mapping = Nexşekirin { $number }
seen-what-profile-pdf = Profîla jêhatîbûnê ya nexşekirina { $number }
seen-what-evidence = Pelek delîlan
seen-what-case = Dosya { $number }
seen-what-statement = Rapora nirxandinê ya dosyaya { $number }
role-participant = Beşdar
role-counsellor = Şêwirmendê xwendin û pîşeyê
role-coordinator = Berpirsê dosyayê
role-validator = Nirxîner
role-org-admin = Rêveberê rêxistinê
role-installation-admin = Rêveberê pergalê

# The person's own account
nav-account = Hesabê we
account-title = Hesabê we
account-who = Hûn wekî { $name } ({ $email }) têketine.
account-home-submit = Şaredariya niştecihbûnê tomar bikin
account-home-saved = Şaredariya we ya niştecihbûnê hate tomarkirin.
account-password-title = Şîfreyê biguherînin
account-password-submit = Şîfreyê biguherînin
account-password-saved = Şîfreya we hate guhertin. Hûn li ser cîhazên xwe yên din ji hesabê hatin derxistin.
account-everywhere-title = Li her derê derkevin
account-everywhere-lead = Hemû têketinên we, li ser hemû telefon û kompîturan, bi vê jî re, bi dawî dike. Eger cîhazeke we winda bûbe an we li ser kompîtureke hevpar têketibe, vê bi kar bînin.
account-everywhere-submit = Li her derê derkevin
field-current = Şîfreya niha
field-new = Şîfreya nû
field-error-wrong-password = ne rast e

# Organisations and people (administration)
nav-admin-people = Rêxistin û kes
people-title = Rêxistin û kes
people-lead = Rolên ku kes di rêxistinên we de hene. Gava ku rolek bi dawî dibe, tiştên ku wê dabûn yekser ji holê radibin; kes hesabê xwe û rolên xwe yên din diparêze.
people-none = Li vir hîn tu kes ne xwedî rol e.
people-caption = Rolên li { $org }
people-col-name = Nav
people-col-email = Navnîşana e-nameyê
people-col-role = Rol
people-end = Rola { $role } ya { $name } bi dawî bînin
people-ended = Rol bi dawî bû.
people-add-org = Rêxistinekê zêde bikin
people-add-org-submit = Rêxistinê zêde bikin
people-org-added = Rêxistin hate zêdekirin.
org-kind-region = Nivîsgeha herêmê
org-kind-municipality = Şaredarî
org-kind-provider = Pêşkêşkarê perwerdeyê
org-code-hint = Kodeke kurt: tîpên A–Z, hejmar û xêzik, wek LULEA an NORD-VAL.
field-org-kind = Cureyê rêxistinê
field-org-code = Kod
field-org-name = Nav
field-org-email = Navnîşana e-nameyê ya têkiliyê
field-org-phone = Telefona têkiliyê
field-error-bad-org-code = divê ji 2 heta 24 tîpên A–Z, hejmar an xêzikan pêk were û bi tîpekê dest pê bike
field-error-region-exists = herêma vê pergalê jixwe heye

# Invitations
invite-heading = Kesekî vexwînin
invite-explain = Kes lînkekê distîne ku carekê, heta heft rojan, dixebite. Bi wê lînkê ew rolê qebûl dike: eger hesabek hebe, bi têketina hesabê xwe, an jî bi çêkirina hesabekî bi vê navnîşana e-nameyê.
field-invite-organisation = Rêxistin
field-invite-role = Rol
field-error-role-misfit = li gorî vê cureyê rêxistinê nayê
invite-submit = Vexwendinê bişînin
invite-sent = Vexwendin bi e-nameyê hate şandin.
invite-pass-on = Ev pergal e-nameyê naşîne. Vê lînkê bi xwe bigihînin kesî, bi awayekî ku tenê ew dikare bixwîne. Ew carekê, heta heft rojan, dixebite; ev rûpel wê tenê pênc deqeyan nîşan dide.
invite-not-sent = E-name nehat şandin. Vê lînkê bi xwe bigihînin kesî, bi awayekî ku tenê ew dikare bixwîne. Ew carekê, heta heft rojan, dixebite; ev rûpel wê tenê pênc deqeyan nîşan dide.
invite-withdrawn = Vexwendin hate paşvekişandin. Lînka wê êdî naxebite.
invite-pending-caption = Vexwendinên li { $org } ku hîn nehatine qebûlkirin
invite-col-expires = Derbasdar heta
invite-withdraw = Vexwendina ji bo { $email } paşve bikişînin
invite-title = Vexwendin
invite-lead = Hûn ji bo rola { $role } li { $org } hatine vexwendin. Vexwendin ji bo { $email } e.
invite-accept = Vexwendinê qebûl bikin
invite-new-account = Hesabê xwe çêkin
invite-other-person = Hûn wekî { $me } têketine, lê vexwendin ji bo { $email } e. Derkevin, paşê lînkê dîsa vekin.
invite-sign-in-first = Ji bo { $email } hesabek heye. Têkevin wî hesabî, û hûn ê vegerin vir da ku qebûl bikin.
invite-gone-title = Ev vexwendin êdî naxebite
invite-gone-text = Ew hatiye bikaranîn, piştî heft rojan qediyaye, an hatiye paşvekişandin. Ji kesê ku hûn vexwendin vexwendineke nû bixwazin.
error-conflict-invitation-gone = Ev vexwendin êdî naxebite: ew hatiye bikaranîn, qediyaye an hatiye paşvekişandin. Ji kesê ku hûn vexwendin vexwendineke nû bixwazin.
error-conflict-invitation-other-person = Vexwendin ji bo navnîşaneke e-nameyê ya din e, ne ya hesabê ku hûn pê têketine. Derkevin, paşê lînkê dîsa vekin.
error-conflict-invitation-sign-in = Bi navnîşana e-nameyê ya vexwendî berê hesabek heye. Têkevin wî hesabî, paşê lînkê dîsa vekin.
mail-invite-subject = Vexwendin ji bo { $org } li Kartla
mail-invite-body =
    Silav,

    { $inviter } we ji bo rola { $role } li { $org } li Kartla vedixwîne.

    Ji bo qebûlkirinê vê lînkê vekin:
    { $link }

    Lînk tenê carekê dixebite û { $days } roj derbasdar e. Eger we li benda vê vexwendinê nebûn, hûn dikarin vê e-nameyê paşguh bikin.

# Forgotten password
sign-in-forgot = We şîfreya xwe ji bîr kiriye?
forgot-title = Şîfreya ji bîrkirî
forgot-lead = Navnîşana e-nameyê ya hesabê xwe binivîsin. Em ê lînkekê bişînin wê navnîşanê, ku hûn pê şîfreyeke nû hilbijêrin.
forgot-submit = Lînkê bişînin
forgot-asked = Eger bi vê navnîşanê hesabek hebe, lînkek ber bi wê ve di rê de ye. Ew carekê, heta saetekê, dixebite. Peldanka spamê jî kontrol bikin.
forgot-no-mail = Ev pergal e-nameyê naşîne, ji ber vê lînk nikare ji we re were şandin. Eger hûn ji bo yek ji rêxistinên herêmê dixebitin, ji rêveberê wê lînkekê bixwazin; wekî din, ji kesên ku li şaredariya we Kartla bi rê ve dibin bipirsin.
reset-title = Şîfreyeke nû hilbijêrin
reset-submit = Şîfreya nû tomar bikin
reset-done = Şîfreya we ya nû hate tomarkirin, û hûn li her derê ji hesabê hatin derxistin. Bi şîfreya nû têkevin.
reset-gone-title = Ev lînk êdî naxebite
reset-gone-text = Ew hatiye bikaranîn an piştî saetekê qediyaye. Li rûpela têketinê lînkeke nû bixwazin.
error-conflict-password-link-gone = Ev lînk êdî naxebite: ew hatiye bikaranîn an qediyaye. Li rûpela têketinê lînkeke nû bixwazin.
mail-reset-subject = Ji bo Kartla şîfreyeke nû hilbijêrin
mail-reset-body =
    Silav,

    Kesekî xwest ku ji bo hesabê we yê Kartla şîfreyeke nû were hilbijartin. Ji bo hilbijartina şîfreyeke nû vê lînkê vekin:
    { $link }

    Lînk tenê carekê dixebite û { $minutes } deqe derbasdar e. Eger ne we xwestibe, hûn dikarin vê e-nameyê paşguh bikin: şîfreya we wekî xwe dimîne.

# The administrators' search of the access log
audit-title = Kê agahiyên kê dîtine
audit-lead = Bi navnîşana e-nameyê ya kesekî, li her carê bigerin ku kesekî nexşekirin, profîl an delîlên wî kesî vekirine. Hûn dibînin ka kesên rêxistinên we çi vekirine; rêveberên pergalê her tiştî dibînin. Lêgerîna we nayê nîşanî wî kesî dan.
audit-person = Navnîşana e-nameyê ya kesî
audit-search = Bigerin
audit-unknown = Bi vê navnîşana e-nameyê tu hesab tune.
audit-none = Tu kesê ku hûn dikarin bibînin agahiyên vî kesî venekirine.
audit-caption = Kê agahiyên { $email } vekirine, ya herî nû pêşî
people-edit-org = Agahiyên { $org } biguherînin
people-edit-org-submit = Agahiyan tomar bikin
people-org-changed = Agahiyên rêxistinê hatin tomarkirin.
people-serves = Şaredariyên ku ew ji bo wan dinirxîne
people-serves-hint = Nirxînerên wê nexşekirinên radestkirî yên kesên ku li şaredariyên li vir nîşankirî dijîn dibînin.
people-new-role = Rola nû ji bo { $name }
people-change = Rola { $name } biguherînin
people-role-changed = Rol hate guhertin.
reset-link-heading = Şîfreyeke nû ji bo kesekî
reset-link-explain = Gava ku kesekî ku di rêxistina we de dixebite nikare têkeve û ev pergal e-nameyê naşîne, lînkekê çêkin ku ew pê şîfreyeke nû hilbijêre. Ew carekê, heta saetekê, dixebite; wê bi awayekî ku tenê ew dikare bixwîne bigihînin wî kesî. Hesabên beşdaran pelên wan ên taybet vedikin, ji ber vê tu rêveber ji bo wan lînkan çênake.
reset-link-email = Navnîşana e-nameyê ya wî kesî
reset-link-submit = Lînkekê çêkin
reset-link-pass-on = Vê lînkê bi awayekî ku tenê ew dikare bixwîne bigihînin kesî. Ew carekê, heta saetekê, dixebite; ev rûpel wê tenê pênc deqeyan nîşan dide.
field-error-not-your-person = ne navnîşana kesekî ye ku tenê di rêxistinên we de dixebite
field-error-control-characters = divê rêzên nû an nîşanên din ên kontrolê tê de nebin

## Cases: coordinators and validators
nav-cases = Dosya
cases-title = Dosya
cases-organisation = Dosyayên rêxistina we, ya ku herî dirêj li bendê ye pêşî
cases-assigned = Dosyayên ku ji we re hatine spartin
cases-none = Niha tu dosya tune.
cases-none-assigned = Niha tu dosya ji we re nehatiye spartin.
cases-col-person = Kes
cases-col-framework = Kurs an pîşe
cases-col-state = Qonax
cases-col-waited = Dema li bendê
cases-col-validator = Nirxîner
cases-days = { $days ->
    [one] { $days } roj
   *[other] { $days } roj
}
cases-overdue = Ji { $date } ve dereng e
back-to-cases = Vegerin dosyayan
case-title = Dosya { $id }: { $person }
case-state-new = Nû
case-state-checking = Tê kontrolkirin
case-state-returned = Li benda temamkirinê
case-state-assigned = Li cem nirxînerekî
case-state-concluded = Bi dawî bû
case-state = Qonax
case-organisation = Rêxistina berpirsiyar
case-validator = Nirxîner
case-no-validator = Hîn tune
case-handed-in = Dîroka radestkirinê
case-waited = Dema li benda vê qonaxê
case-deadline = Roja dawî ya temamkirinê
case-late = Dereng
case-actions = Hûn niha dikarin çi bikin
case-take = Dest bi kontrolkirina dosyayê bikin
case-assign = Bispêrin
field-validator = Nirxîner
case-validator-hint = Tenê nirxînerên ku di lîsteyê de ji bo vê kursê an pîşeyê hene dikarin werin hilbijartin.
case-choose-validator = Nirxînerekî hilbijêrin
case-no-validators = Di rêxistina we de tu nirxîner ji bo vê di lîsteyê de tune. Rêveberek dikare wê zêde bike.
case-hand-back = Dosyayê vegerînin berpirsê dosyayê
case-hand-back-hint = Sedemê binivîsin, bo nimûne ku dosya li ser dersekê ye ku hûn wê nanirxînin.
case-hand-back-submit = Vegerînin
field-reason = Sedem
case-saved-take = Hûn niha dosyayê kontrol dikin.
case-saved-assign = Dosya hate spartin.
case-saved-sent = Lîsteya temamkirinan hate şandin. Kes wê li ser nêrîna xwe ya giştî dibîne.
case-saved-concluded = Dosya bi dawî bû. Rapora nirxandinê dikare were daxistin.
case-saved-handed-back = Dosya ji berpirsê dosyayê re hate vegerandin.
case-versions = Guhertoyên radestkirî
case-version = Guherto { $number }, { $date }
case-profile-pdf = Profîla jêhatîbûnê ya vê guhertoyê (PDF)
case-own-rating = Xwe-nirxandina kesî
case-judgement = Nirxandina nirxîner
change-heading = Ji guhertoya { $number } ve hatiye guhertin
change-none = Di bersivan de tiştek nehatiye guhertin.
change-rating = xwe-nirxandin: { $before } → { $after }
change-text = ravekirin hatiye guhertin
change-evidence = pêvekên nû: { $numbers }
change-experiences = niha li ser bêtir tecrubeyan e
change-missing = hate guhertin ka delîl kêm e an na
change-goal = Armanc hatiye guhertin.
change-new-evidence = Pêvekên nû di lîsteyê de: { $numbers }
change-portfolio = Di portfolyoya tecrubeyan de tecrube hatin zêdekirin an guhertin.
verdict-met = Pêk hatiye
verdict-partly-met = Bi qismî pêk hatiye
verdict-not-met = Pêk nehatiye
verdict-not-yet = Hîn nayê nirxandin
method-documents = Dokument
method-interview = Hevpeyvîn
method-practical-test = Ezmûna pratîkî
method-theoretical-test = Ezmûna teorîk
method-workplace-observation = Çavdêrî li cihê kar
field-verdict = Nirxandin
field-methods = Rêbaz
field-judgement = Nirxandin
judgement-methods-hint = Nîşan bikin ka hûn çawa gihîştin vê nirxandinê.
judgement-none = Hîn nehatiye nirxandin.
judgement-by = { $name }, { $date }
judgement-methods = Rêbaz: { $methods }
judgement-reason = Sedema guhertinê: { $reason }
judgement-history = Nirxandinên berê ({ $count })
judgement-form = { $code } binirxînin
judgement-save = Nirxandinê tomar bikin
judgement-change = Nirxandinê biguherînin
judgement-reason-hint = Dosya bi dawî bûye. Ji bo guhertina nirxandinê sedemek lazim e, û nirxandina berê di tomara bûyeran de dimîne.
additions-heading = Temamkirin
additions-building = Lîsteya nû ya temamkirinan
additions-building-hint = Her carê tiştekî zêde bikin: çi kêm e, girêdayî çi ye û bi çi awayî. Gava lîste amade be, wê bi roja dawî re bişînin.
additions-choose-target = Hilbijêrin ka li ser çi ye
field-target = Li ser
field-missing = Çi kêm e
additions-missing-hint = Zelal binivîsin, bo nimûne “Belgeya kar ku karên li Lager AB nîşan dide”.
field-form = Bi çi awayî
additions-form-hint = Bo nimûne “PDF an wêne, bi swêdî an wergerandî”.
additions-add = Li lîsteyê zêde bikin
additions-remove = Rakin
field-deadline = Roja dawî
additions-deadline-hint = Kes dîrokê di lîsteyê de dibîne.
additions-send = Lîsteyê ji kesî re bişînin
additions-sent-by = Ji aliyê { $name } ve hate xwestin, roja dawî { $deadline }
additions-answered = Kes di { $date } de dîsa radest kir
additions-form-shown = Awa: { $form }
additions-item-done = Li gorî kesî qediya
additions-item-open = Hîn neqediyaye
additions-mark-done = Wek qediyayî nîşan bikin
additions-mark-not-done = Wek neqediyayî nîşan bikin
additions-asked = Tiştên ku divê hûn temam bikin
additions-asked-hint = Guhertinan di nexşekirinê, portfolyoyê an delîlan de bikin. Her tiştî wek qediyayî nîşan bikin, paşê nexşekirinê dîsa radest bikin.
target-case = Tevahiya dosyayê
target-criterion = Pîvan { $criterion }
target-experience = Tecrube: { $experience }
target-evidence = { $evidence }
conclude-heading = Dosyayê bi dawî bînin
conclude-not-judged = { $count ->
    [one] Pîvanek hîn nehatiye nirxandin: { $codes }. Wê binirxînin, an “Hîn nayê nirxandin” hilbijêrin.
   *[other] { $count } pîvan hîn nehatine nirxandin: { $codes }. Wan binirxînin, an “Hîn nayê nirxandin” hilbijêrin.
}
conclude-outcome = Encam ji bo { $framework }
outcome-fully-met = Bi tevahî pêk hatiye
outcome-partly-met = Bi qismî pêk hatiye
outcome-not-met = Pêk nehatiye
field-outcome = Encam
field-statement = Rapora giştî
conclude-statement-hint = Kes raporê dixwîne û dibe cem rêveberê dibistanê, kardêrekî an kursa din.
field-next-steps = Gavên din ên pêşniyarkirî
next-step-top-up-course = Kursa temamker
next-step-exam = Ezmûnek ji bo wergirtina notê (prövning)
next-step-workplace-assessment = Nirxandinek li cihê kar
next-step-guidance = Axaftinek bi şêwirmendê xwendin û pîşeyê re
field-next-steps-text = Gavên din bi gotinên we
conclude-submit = Dosyayê bi raporê bi dawî bînin
conclusion-heading = Rapora nirxandinê
conclusion-by = Ji aliyê { $name } ve di { $date } de bi dawî bû
conclusion-remaining = Mayî: { $codes }
conclusion-statement = Rapora giştî
conclusion-next-steps = Gavên din ên pêşniyarkirî
conclusion-download = Raporê daxînin (PDF)
case-event-handed-in = { $name } guhertoya { $detail } radest kir
case-event-taken = { $name } dest bi kontrolkirina dosyayê kir
case-event-assigned = { $name } dosya spart { $detail }
case-event-handed-back = { $name } dosya vegerand: { $detail }
case-event-returned = { $name } temamkirin xwest, roja dawî { $detail }
case-event-judged = { $name } { $detail } nirxand
case-event-rejudged = { $name } nirxandina { $detail } guhert
case-event-item-done = { $name } wek qediyayî nîşan kir: { $detail }
case-event-item-reopened = { $name } wek neqediyayî nîşan kir: { $detail }
case-event-outcome-changed = Encam bi nirxandina guherî re guherî: { $detail }
case-event-concluded = { $name } dosya bi rapora nirxandinê bi dawî anî
case-panel-heading = Dosyaya we
case-panel-whole = Tevahiya dosyayê û her tiştê ku qewimî bibînin
case-explainer-checking = { $organisation } kontrol dike ka her tişt heye.
case-explainer-assigned = Nirxînerek li { $organisation } niha nexşekirinê pîvan bi pîvan dinirxîne.
case-explainer-returned = { $organisation } dixwaze ku hûn nexşekirinê temam bikin. Li lîsteya li jêr binêrin.
case-explainer-concluded = { $organisation } nirxandin bi dawî anî. Rapora nirxandinê li jêr e.
hand-in-goes-to = Nexşekirin dê ji { $organisation } re were şandin.
hand-in-no-home = Berî ku hûn radest bikin, divê hûn şaredariya niştecihbûnê hilbijêrin. Vê li rûpela Hesabê we bikin.
field-provider = Kî wê binirxîne
hand-in-choose-hint = Çend rêxistin vê pîşeyê dinirxînin. Yekê hilbijêrin.
error-conflict-case-moved = Kesekî din berê dosya guhertiye. Rûpel wê wekî niha nîşan dide.
error-conflict-no-home = Berî ku hûn radest bikin, divê hûn şaredariya niştecihbûnê hilbijêrin.
field-error-not-listed = di lîsteyê de ji bo vê kursê an pîşeyê tune
field-error-does-not-fit = li gorî nirxandinên pîvanan nayê
field-error-in-past = divê dîrokeke piştî îro be
field-error-too-far = herî zêde dikare salekê pêşde be
field-error-no-items = di lîsteyê de hîn tiştek tune
field-error-too-many = di lîsteyê de herî zêde 30 tişt dikarin hebin
field-error-invalid = ne yek ji vebijarkan e
field-error-invalid-characters = nîşanên ku nayên tomarkirin tê de hene
mail-additions-subject = Kartla: ji kerema xwe nexşekirina xwe temam bikin
mail-additions-body = Silav { $name },

    Kesê ku nexşekirina we dinirxîne dixwaze ku hûn wê temam bikin. Lîsteya tiştên lazim, û roja dawî, li vir e:

    { $link }

    Bi silav,
    Kartla
mail-concluded-subject = Kartla: nirxandina nexşekirina we qediya
mail-concluded-body = Silav { $name },

    Nirxandina nexşekirina we qediya. Hûn dikarin rapora nirxandinê li vir bixwînin û daxînin:

    { $link }

    Bi silav,
    Kartla

## The statement (PDF)
file-name-statement = rapora-nirxandinê-{ $number }
verify-document = Dokument
statement-title = Rapora nirxandinê
statement-lead = Nirxandina zanîn û jêhatîbûnê (validasyon), pîvan bi pîvan.
statement-organisation = Rêxistina ku ew derxist
statement-contact = Têkilî
statement-case = Dosya
statement-version = Guhertoya radestkirî ya ku hate nirxandin
statement-issued = Dîrok
statement-assessor = Nirxîner
statement-verify-where = Ka rapor rast e an na, li vir kontrol bikin:
statement-outcome = Encam
statement-signatures = Îmze
statement-assessed-by = Ji aliyê { $name } ve hate nirxandin.
statement-principal = Berpirsê dibistanê an rêveberê berpirsiyar:
statement-signature = Îmze:
statement-name-clarified = Nav bi tîpên mezin:
statement-signed-date = Cih û dîrok:

## The directory: who assesses what
nav-directory = Kî çi dinirxîne
directory-title = Kî çi dinirxîne
directory-lead = Rêxistinên herêmê û kesên ku kurs û pîşeyan dinirxînin. Tenê kesên ku bi xwe hilbijartine ku werin nîşandan li vir in.
directory-q = Kurs an pîşe
directory-q-hint = Beşek ji nav an kodê binivîsin, bo nimûne “embar” an “DEMO-KOCK1”.
directory-municipality = Şaredarî
directory-any-municipality = Hemû şaredarî
directory-search = Bigerin
directory-none = Di lîsteyê de tu kes li gorî lêgerînê nîne.
directory-serves = Ji bo { $list } dinirxîne
directory-serves-all = Ji bo tevahiya herêmê dinirxîne
directory-assesses = Dinirxîne
directory-languages = Ziman
directory-methods = Rêbaz
directory-contact = Têkilî
admin-directory-title = Lîsteya kî çi dinirxîne
admin-directory-lead = Binivîsin ka her kesê rêxistina we çi dinirxîne, bi kîjan zimanan diaxive û kîjan rêbazan bi kar tîne. Dosya tenê dikarin ji nirxînerên ku ji bo wê kursê an pîşeyê di lîsteyê de ne re werin spartin. Her kes li ser rûpela hesabê xwe bi xwe hildibijêre ka bi eşkere were nîşandan an na.
admin-directory-none = Di rêxistinên we de tu kes nanirxîne û şêwirdariyê nake.
admin-directory-saved = Lîste hate tomarkirin.
admin-directory-listed = Di lîsteya giştî de tê nîşandan.
admin-directory-not-listed = Bi eşkere nayê nîşandan (kesî ev hilnebijartiye).
admin-directory-languages-hint = Kodên zimanan bi bêhnokan ji hev veqetandî, bo nimûne “sv, ar, ti”.
admin-directory-save = Tomar bikin
field-languages = Ziman
account-listing-title = Lîsteya kî çi dinirxîne
account-listing-lead = Hûn ji bo rêxistina xwe di lîsteyê de ne. Hilbijêrin ka hûn dixwazin bi eşkere werin nîşandan û kîjan agahiyên têkiliyê werin nîşandan.
account-listing-show = Min di lîsteya giştî de nîşan bidin
account-listing-email = E-nameya ku tê nîşandan (ne mecbûrî)
account-listing-phone = Telefona ku tê nîşandan (ne mecbûrî)
account-listing-save = Tomar bikin
account-listing-saved = Hilbijartina we ya ji bo lîsteyê hate tomarkirin.
field-error-bad-language-tags = kodên zimanan bi bêhnokan ji hev veqetandî binivîsin, bo nimûne sv, ar, ti (herî zêde 12)

## What you master and what remains
gaps-heading = Tiştên ku hûn jixwe dizanin û tiştên mayî
gaps-counts = { $total ->
    [one] Hûn { $masters } ji { $total } pîvanê dizanin, û { $partly } bi qismî.
   *[other] Hûn { $masters } ji { $total } pîvanan dizanin, û { $partly } bi qismî.
}
gaps-verdict = Niha wisa xuya dike:
gaps-remaining = Mayî: { $codes }
gaps-source-self = Li gorî bersivên we bi xwe.
gaps-source-judged = { $total ->
    [one] { $judged } ji { $total } pîvanê li gorî nirxandina nirxîner e, yên din li gorî bersivên we bi xwe.
   *[other] { $judged } ji { $total } pîvanan li gorî nirxandina nirxîner in, yên din li gorî bersivên we bi xwe.
}
gaps-elsewhere = Tiştên ku hûn dizanin li vir jî têne hesibandin
gaps-elsewhere-hint = Kurs û pîşeyên ku pîvanên wan li ser heman zanînê ne ku hûn dizanin.
gaps-covers = { $total ->
    [one] bersivên we { $covered } ji { $total } pîvanê digirin nav xwe
   *[other] bersivên we { $covered } ji { $total } pîvanan digirin nav xwe
}

## The Swedish original
originals-show = Li jêr her pîvanê nivîsa orîjînal a swêdî nîşan bidin
originals-hide = Nivîsa orîjînal a swêdî veşêrin
original-label = Bi swêdî:

## Sharing with a study and career counsellor
nav-caseload = Beşdarên min
caseload-title = Beşdarên min
caseload-lead = Nexşekirinên ku beşdar bi we re parve dikin. Tiştê ku hûn vedikin di lîsteya wan a “kê agahiyên min dîtine” de xuya dibe.
caseload-none = Hîn tu kes tiştekî bi we re parve nake.
caseload-all = Hemû nexşekirinên xwe parve dike
caseload-one = Vê nexşekirinê parve dike
caseload-since = ji { $date } ve
sharing-title = Bi şêwirmendê xwendin û pîşeyê re parve bikin
sharing-lead = Hûn dikarin bihêlin ku şêwirmendek li şaredariya we, berî axaftinekê, nexşekirinekê an hemû nexşekirinên we bixwîne. Hûn dikarin kengî bixwazin parvekirinê rawestînin.
sharing-none = Niha hûn tiştekî parve nakin.
sharing-everything = Hemû nexşekirinên min
sharing-line = { $counsellor } dikare bixwîne: { $what }
sharing-withdraw = Parvekirinê rawestînin
sharing-submit = Parve bikin
sharing-saved = Niha hûn bi şêwirmend re parve dikin.
sharing-withdrawn = Êdî hûn wê parve nakin.
field-counsellor = Şêwirmend
field-mapping = Hûn dixwazin çi parve bikin

## Guidance sessions
session-start = Hevdîtineke şêwirdariyê dest pê bikin
session-title = Hevdîtina şêwirdariyê bi { $person } re
session-heading = Hevdîtina şêwirdariyê
session-with-person = Bi { $name } re
session-with-counsellor = Bi şêwirmendê xwe yê xwendin û pîşeyê { $name } re
session-code-intro = Koda ji bo tevlîbûnê:
session-other-here = { $name } li vê beşê dinêre.
session-other-at = { $name } li beşa { $n } dinêre.
session-other-away = { $name } hîn tevlî nebûye.
session-follow = Hûn jî herin wir
session-section = Beş { $n }
session-sections = Beş
session-save = Tomar bikin
session-ended = Ev hevdîtin qediyaye. Tiştên ku hatin nivîsandin dimînin; êdî tiştek bi rêya wê nayê nivîsandin.
session-direct-on = Bihêlin ku şêwirmend di bersivên min de binivîse
session-direct-off = Nehêlin ku şêwirmend di bersivên min de binivîse
session-direct-is-on = Di vê hevdîtinê de şêwirmend dikare di bersivên we de binivîse.
session-direct-is-off = Guhertinên şêwirmend wek pêşniyar tên, û hûn wan qebûl dikin an red dikin.
session-trail = Di vê hevdîtinê de çi qewimî
session-end = Hevdîtinê bi dawî bînin
sessions-back = Hemû hevdîtinên şêwirdariyê
sessions-title = Hevdîtinên şêwirdariyê
sessions-none = Tu hevdîtina şêwirdariyê vekirî nîne.
sessions-with = Bi { $name } re
sessions-since = Dest pê kir: { $time }
sessions-join = Bi kodekê tevlî bibin
sessions-join-hint = Şêwirmendê we şeş tîp û hejmaran dide we, bo nimûne K7M-Q2X.
sessions-join-button = Tevlî bibin
field-code = Kod
field-error-no-such-session = tu hevdîtina vekirî bi vê kodê tune – wê bi şêwirmendê xwe re kontrol bikin
proposal-heading = Guhertina pêşniyarkirî
proposal-by = { $name } pêşniyar dike:
proposal-make = Guhertinekê pêşniyar bikin
proposal-send = Pêşniyarê bişînin
proposal-accept = Qebûl bikin
proposal-reject = Red bikin
notes-heading = Têbînî
notes-open = Hûn dikarin hemû têbîniyên ku li ser we hatine nivîsandin bixwînin.
note-label = Têbîniya nû
note-hint = Kes hemû têbîniyan dixwîne.
note-add = Têbîniyê zêde bikin
field-note = Têbînî
error-conflict-session-ended = Hevdîtina şêwirdariyê qediyaye.
error-conflict-proposal-decided = Ev pêşniyar berê hatiye qebûlkirin, redkirin an yeke din li şûna wê hatiye.
session-event-started = hevdîtin dest pê kir
session-event-joined = tevlî bû
session-event-wrote = di bersiva pîvana { $criterion } de nivîsî
session-event-proposed = ji bo pîvana { $criterion } guhertinek pêşniyar kir
session-event-accepted = pêşniyar ji bo pîvana { $criterion } qebûl kir
session-event-rejected = pêşniyar ji bo pîvana { $criterion } red kir
session-event-direct-on = hişt ku şêwirmend binivîse
session-event-direct-off = nehişt ku şêwirmend binivîse
session-event-noted = têbîniyek nivîsî
session-event-ended = hevdîtin bi dawî anî

## Individual study plan
plan-title = Plana xwendinê ya kesane ji bo { $person }
plan-saved = Plana xwendinê hate tomarkirin.
plan-pdf = Plana xwendinê daxînin (PDF)
plan-link = Plana xwendinê ya kesane
plan-field-goal = Armanca xwendinê
plan-goal-hint = Xwendin dê bigihîne çi, bi gotinên kesî bi xwe.
plan-field-pace = Leza xwendinê
plan-pace-value = %{ $percent }
plan-field-start = Destpêk
plan-start-hint = Roja ku xwendin dest pê dike, bi forma sal-meh-roj, bo nimûne 2027-01-15.
plan-field-course = Kurs
plan-field-points = Xal
plan-field-courses = Kurs
plan-courses = Kursên plankirî
plan-no-courses = Hîn tu kurs nehatiye plankirin.
plan-course = Kurs
plan-points = Xal
plan-points-of = Xalên { $course }
plan-change = Biguherînin
plan-remove = Derxînin
plan-total = Bi tevahî { $points } xal.
plan-suggested = Pêşniyarên analîza kêmasiyan
plan-suggested-hint = Kursên vê nexşekirinê ku bersiv (an nirxandinên nirxînerekî) hîn bi tevahî nagirin nav xwe. Yên ku werin plankirin nîşan bikin.
plan-add = Ji katalogê kursekê zêde bikin
plan-add-none = Tu kurs
plan-save = Plana xwendinê tomar bikin
plan-history = Guhertin
plan-change-goal = armanc guhert
plan-change-pace = leza xwendinê kir %{ $value }
plan-change-start = destpêk kir { $value }
plan-change-added = { $value } zêde kir
plan-change-removed = { $value } derxist
plan-change-points = xalên { $value } guhert
plan-change-order = rêza kursan guhert
field-error-invalid-date = dîrokê bi forma sal-meh-roj binivîsin, bo nimûne 2027-01-15
field-error-invalid-points = xalan wek hejmarekê ji 1 heta 2500 binivîsin
plan-pdf-no-goal = Hîn tu armanc nehatiye nivîsandin.
plan-pdf-signatures = Bi hev re hate amadekirin
plan-pdf-sign-person = Kes:
plan-pdf-sign-counsellor = Şêwirmendê xwendin û pîşeyê:
plan-pdf-made = Di { $date } de ji Kartla hate çapkirin.
file-name-study-plan = plana-xwendinê-{ $number }
guidance-heading = Şêwirdarî
guidance-session-open = { $name } li ser vê nexşekirinê hevdîtineke şêwirdariyê vekiriye.
guidance-join = Tevlî hevdîtinê bibin
caseload-people = Bi we re hatiye parvekirin
connect-invite-heading = Beşdarekî vexwînin
connect-invite-lead = Kodekê çêkin û bidin kesî. Gava ku ew wê li ser rûpela hesabê xwe binivîse, her tiştê ku ew nexşe dike bi we re tê parvekirin. Kodek carekê, heta hefteyekê, dixebite.
connect-invite-until = heta { $date } derbasdar e
connect-invite-make = Kodekê çêkin
connect-heading = Bi koda şêwirmendê xwe ve girê bidin
connect-hint = Şeş tîp û hejmar, bo nimûne K7M-Q2X. Paşê her tiştê ku hûn nexşe dikin bi wî şêwirmendî re tê parvekirin; hûn dikarin kengî bixwazin parvekirinê rawestînin.
field-connect-code = Koda ji şêwirmendê we
connect-submit = Girê bidin
field-error-no-such-invitation = tu vexwendina vekirî bi vê kodê tune – dibe ku hatibe bikaranîn an qediyabe
field-error-not-your-counsellor = ev şêwirmend ji bo şaredariya we şêwirdariyê nake
pdf-gaps-self = Li gorî bersivên kesî bi xwe.
pdf-gaps-judged = { $count ->
    [one] Ji bo { $count } pîvanê, nirxandina nirxînerekî li şûna bersiva kesî derbasdar e.
   *[other] Ji bo { $count } pîvanan, nirxandina nirxînerekî li şûna bersiva kesî derbasdar e.
}
pdf-gaps-counts = Dizane: { $masters } · bi qismî: { $partly } · mayî: { $remaining }
pdf-gaps-verdict = Xuya dike
pdf-gaps-remaining = Mayî
pdf-gaps-heading = Analîza kêmasiyan

## Follow-up (statistics)
nav-stats = Şopandin
stats-title = Şopandin
stats-lead = Çend kes jêhatîbûnên xwe nexşe dikin, her qonax çiqas dem digire û bi çi encamê – lê qet ne li ser kesekî tenê. Eger hejmara kesan ji { $n } kêmtir be, wekî “ji { $n } kêmtir” tê nîşandan, û hejmarek ku ji hejmarên din dikare were hesabkirin jî tê veşartin.
stats-org = Hejmarên kîjan rêxistinê
stats-from = Ji mehê
stats-to = Heta mehê (ew meh jî tê de)
stats-by = Dabeşkirin li gorî
stats-show = Nîşan bidin
stats-whose-region = Tevahiya herêmê: { $name }.
stats-whose-own = { $name } û hejmarên giştî yên herêmê.
stats-period = Mehên temam: { $from } – { $to }.
stats-download-csv = Wekî CSV daxînin
stats-download-pdf = Raporê wekî PDF daxînin
stats-fewer-than = ji { $n } kêmtir
stats-hidden = veşartî
stats-no-municipality = Bê şaredariya niştecihbûnê
stats-no-provider = Şaredarî bi xwe
stats-chart-caption = Grafîk: { $measure }. Heman hejmar di tabloya jêrîn de ne.
stats-table-caption = Nexşekirinên ku di vê heyamê de gihîştin her qonaxê
stats-total = Giştî: { $name }
stats-region-total = Giştî: { $name } (tevahiya herêmê)
stats-measure-started = Destpêkirî
stats-measure-handed-in = Radestkirî
stats-measure-returned = Ji bo temamkirinê vegerandî
stats-measure-assigned = Ji nirxînerekî re spartî
stats-measure-concluded = Bi dawî bûyî
stats-by-municipality = Şaredarî
stats-by-provider = Pêşkêşkarê perwerdeyê
stats-by-framework = Kurs an pîşe
stats-by-month = Meh
stats-by-language = Ziman
stats-heading-municipality = Li gorî şaredariyê
stats-heading-provider = Li gorî pêşkêşkarê perwerdeyê
stats-heading-framework = Li gorî kurs û pîşeyê
stats-heading-month = Li gorî mehê
stats-heading-language = Li gorî zimên
stats-unit-municipality = Şaredarî
stats-unit-provider = Pêşkêşkarê perwerdeyê
stats-unit-framework = Kurs an pîşe
stats-unit-month = Meh
stats-unit-language = Ziman
stats-heading-durations = Qonax çiqas dem digirin
stats-durations-chart = Grafîk: ji bo her qonaxê medyana rojan. Heman hejmar di tabloya jêrîn de ne.
stats-durations-caption = Roj, ji bo yên ku di vê heyamê de qonax qedandin
stats-col-step = Qonax
stats-col-people = Hejmara kesan
stats-col-median = Medyan (roj)
stats-col-p90 = Ji 10 kesan 9, heta (roj)
stats-not-shown = nayê nîşandan
stats-step-mapping = Ji destpêkê heta radestkirinê
stats-step-waiting = Ji radestkirinê heta spartina nirxîner
stats-step-assessing = Ji spartina nirxîner heta dawiyê
stats-step-whole = Tevahiya rê, ji destpêkê heta dawiyê
stats-heading-outcomes = Encam li gorî kurs û pîşeyê
stats-outcomes-none = Di vê heyamê de tu nexşekirin bi dawî nebû.
stats-outcomes-caption = Nexşekirinên bi dawî bûyî û encamên wan
stats-heading-languages = Ziman li Kartla
stats-languages-chart = Grafîk: hejmara kesan li gorî zimên. Heman hejmar di tabloya jêrîn de ne.
stats-languages-caption = Zimanê ku kesan Kartla pê bi kar anî
field-error-stats-month = mehê bi forma sal-meh binivîsin, bo nimûne 2025-03
field-error-stats-backward = heyam berî ku dest pê bike bi dawî dibe
field-error-stats-by = yek ji dabeşkirinên di lîsteyê de hilbijêrin
stats-pdf-title = Şopandin: { $name }
stats-pdf-made = Di { $date } de ji Kartla hate çapkirin.
file-name-stats = şopandin-{ $number }
