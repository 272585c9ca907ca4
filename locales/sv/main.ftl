### Kartla – svenska (sv), standardspråket
### Written-by: the Kartla team (the original text)
### Reviewed: original

app-name = Kartla
skip-to-content = Hoppa till innehållet
footer-privacy = Kartla sparar bara det du skriver i din kartläggning och visar det bara för dig och för validerare när du har skickat in.
nav-label = Huvudmeny
nav-my-mappings = Mina kartläggningar
nav-sign-in = Logga in
nav-sign-out = Logga ut
nav-register = Skapa konto
signed-in-as = Inloggad som { $name }
language-label = Språk
language-change = Byt språk
language-unreviewed-mark = ej granskad ännu
languages-link = Om språken
languages-title = Språk
languages-lead = Du kan använda Kartla på de här språken. Kartlas team skriver översättningarna. En översättning som ingen med språket som modersmål har granskat än är markerad, och den kan innehålla fel.
languages-caption = Språken, och om någon med språket som modersmål har granskat varje översättning
languages-col-language = Språk
languages-col-name = På svenska
languages-col-status = Översättning
languages-status-original = Originaltext
languages-status-reviewed = Granskad av någon med språket som modersmål
languages-status-unreviewed = Inte granskad än av någon med språket som modersmål
languages-feedback = Läser något fel på ditt språk? Säg till din studie- och yrkesvägledare eller kommunens administratör för Kartla. Det kan rättas utan att vänta på en ny version av Kartla.
loading = Hämtar …
back-home = Till startsidan

## Fel
error-summary-title = Något behöver rättas
error-validation = Kontrollera uppgifterna nedan.
error-bad-request = Förfrågan gick inte att läsa. Ladda om sidan och försök igen.
error-unauthorized = Du behöver logga in för att se den här sidan.
error-sign-in-failed = E-postadressen eller lösenordet stämmer inte.
error-forbidden = Du har inte behörighet till det här.
error-too-many = För många försök. Vänta en minut och försök sedan igen.
error-cross-site = Begäran kom från en sida på en annan webbplats och avvisades. Gå till Kartla och gör det där.
error-not-found = Sidan finns inte.
error-internal = Något gick fel hos oss. Det du redan sparat finns kvar. Försök igen om en stund.
error-unreachable = Det går inte att nå Kartla just nu. Kontrollera anslutningen och försök igen.
error-conflict-email-taken = Det finns redan ett konto med den e-postadressen. Logga in i stället.
error-conflict-not-editable = Kartläggningen är inskickad och kan inte ändras just nu.
error-conflict-already-submitted = Kartläggningen är redan inskickad.
error-conflict-already-decided = Kartläggningen är redan granskad.
field-error-required = måste fyllas i
field-error-too-long = är för lång
field-error-too-short = är för kort
field-error-invalid-email = är inte en giltig e-postadress
field-error-invalid-rating = välj ett av alternativen
field-error-unknown-criterion = hör inte till den här kartläggningen
field-error-unknown-framework = finns inte i katalogen
field-error-not-rated = välj hur väl du kan detta
field-error-changed-elsewhere = svaret ändrades i en annan flik eller på en annan enhet och har inte skrivits över
field-error-no-description = beskriv hur och var du har lärt dig och använt detta

## Skattning
rating-legend = Hur väl kan du detta?
rating-no-experience = Ingen erfarenhet
rating-some-experience = Viss erfarenhet
rating-with-support = Kan göra det med stöd
rating-independently = Kan göra det självständigt
rating-can-teach = Kan lära ut till andra
rating-no-experience-hint = Jag har inte gjort detta.
rating-some-experience-hint = Jag har sett det göras eller provat några gånger.
rating-with-support-hint = Jag kan göra det om någon hjälper mig eller visar hur.
rating-independently-hint = Jag kan göra det själv, utan hjälp.
rating-can-teach-hint = Jag kan det så bra att jag kan visa och förklara för andra.
rating-or = eller
rating-not-relevant = Inte relevant för mig
rating-not-relevant-hint = Det här hör inte till det jag vill visa. Du behöver inte skriva något.
prompts-summary = Hjälp att beskriva
prompt-normal-day = Hur såg en vanlig dag ut? Vad gjorde du?
prompt-hardest = Vilken var den svåraste situationen du klarade av, och hur gjorde du?
prompt-tools = Vilka verktyg, maskiner, program eller metoder använde du?
prompt-how-long = Hur länge och hur ofta gjorde du det?
read-aloud = Läs upp

## Status
status-draft = Utkast
status-submitted = Inskickad
status-returned = Behöver kompletteras
status-reviewed = Bedömd
event-submitted = Inskickad av { $name } { $date }
event-returned = Skickad tillbaka för komplettering av { $name } { $date }
event-reviewed = Bedömd av { $name } { $date }
kind-course = Kurs
kind-occupation = Yrke

## Startsida
home-title = Visa vad du kan
home-lead = Kartla hjälper dig att beskriva vad du redan kan, kriterium för kriterium, så att en validerare kan bedöma det.
home-how = Skapa ett konto, välj en kurs eller ett yrke och svara i din egen takt. Allt du skriver sparas.
home-have-account = Jag har redan ett konto
home-role-later = Din roll får fler verktyg snart.

## Konto
sign-in-title = Logga in
sign-in-submit = Logga in
sign-in-no-account = Har du inget konto? Skapa ett.
register-title = Skapa konto
register-why = Vi behöver ditt namn till din kompetensprofil och din e-postadress för att du ska kunna logga in igen.
register-submit = Skapa konto
password-hint = Minst 12 tecken. En mening du kommer ihåg fungerar bra.
field-name = Namn
field-email = E-postadress
field-password = Lösenord
field-locale = Språk
field-municipality = Hemkommun
municipality-hint = Kommunen där du bor. Den erbjuder dig validering och ansvarar för dina kartläggningar. Du kan ändra den senare.
municipality-choose = Välj kommun
field-comment = Kommentar

## Mina kartläggningar
my-mappings-title = Mina kartläggningar
my-mappings-none = Du har inte börjat någon kartläggning än.
updated-on = Senast ändrad { $date }
start-mapping-title = Börja en ny kartläggning
start-mapping-lead = Välj den kurs eller det yrke du vill visa att du kan.
criteria-count = { $count ->
    [one] { $count } kriterium
   *[other] { $count } kriterier
}
start-mapping-button = Börja med { $title }

## Översikt
sections-heading = Delar
progress = { $done } av { $total } besvarade
task-not-started = Inte påbörjad
task-in-progress = Påbörjad
task-done = Klar
check-answers-link = Granska och skicka in
download-pdf = Ladda ner kompetensprofil (PDF)
print-heading = Skriv ut kompetensprofilen
print-lang = Språk i rubriker och etiketter
print-two = Kriterierna på två språk sida vid sida
print-two-hint = Personens språk och svenska, till exempel för valideraren och personen att läsa tillsammans.
goal-heading = Mitt mål
field-goal = Mål med kartläggningen
goal-hint = Till exempel en kurs, ett betyg eller ett yrke du vill nå. Det står på kompetensprofilens första sida.
goal-save = Spara målet
goal-saved = Målet är sparat.
goal-shown = Mål med kartläggningen: { $goal }
pdf-goal = Mål
submitted-explainer = Din kartläggning är inskickad. En validerare granskar den. Du kan inte ändra svaren under tiden.
reviewed-explainer = Granskningen är klar. Ladda ner din kompetensprofil nedan.

## Del
section-of = Del { $n } av { $total }
back-to-overview = Tillbaka till översikten
read-only-explainer = Kartläggningen är inskickad. Du kan läsa dina svar men inte ändra dem.
save-and-continue = Spara och fortsätt
autosave-saving = Sparar …
autosave-saved = Sparat
session-warning-title = Du loggas snart ut
session-warning-text = Av säkerhetsskäl loggas du ut efter { $minutes } minuter utan aktivitet. Det du har sparat finns kvar.
session-stay = Fortsätt vara inloggad
session-ended-title = Du har loggats ut
session-ended-text = Det du hann spara finns kvar. Text som inte hann sparas finns kvar i den här webbläsaren och skickas när du har loggat in igen.
session-sign-in-again = Logga in igen
autosave-restored = Text som inte hann sparas förra gången fanns kvar i den här webbläsaren och skickas nu …
autosave-offline = Inte sparat än – ingen anslutning. Texten finns kvar i den här webbläsaren och skickas när anslutningen är tillbaka.
autosave-changed-elsewhere = Inte sparat: svaret har ändrats i en annan flik eller på en annan enhet.
answer-changed-elsewhere = Svaret ändrades i en annan flik eller på en annan enhet efter att du öppnade sidan. Det du skrev finns kvar i rutan men har inte sparats. Spara igen om du vill behålla din text.
answer-changed-elsewhere-live = Svaret har ändrats i en annan flik eller på en annan enhet. Din text finns kvar i rutan men har inte sparats. Välj vilken som ska gälla.
answer-saved-elsewhere = Sparat svar just nu:
conflict-keep-mine = Behåll min text
conflict-use-saved = Använd det sparade svaret
text-in-swedish = Texten finns bara på svenska.
answer-label = Hur och var har du lärt dig och använt detta?
answer-hint = Berätta vad du gjorde, var, hur länge och med vilka verktyg. Högst { $max } tecken.

## Granska dina svar
check-title = Granska dina svar
missing-heading = Det här saknas innan du kan skicka in
missing-rating = { $code }: välj hur väl du kan detta
missing-description = { $code }: beskriv hur och var du har lärt dig detta
not-answered = Inte besvarad
no-description = Ingen beskrivning
change = Ändra
submit-heading = Skicka in
submit-explainer = När du skickar in kan en validerare läsa dina svar och din meritportfölj. Valideraren kan godkänna kartläggningen eller be dig komplettera. Du kan inte ändra svaren medan den granskas.
submit-button = Skicka in kartläggningen

trail-heading = Händelser

## PDF
pdf-title = Kompetensprofil
pdf-person = Person
pdf-frameworks = Kurs eller yrke
pdf-date = Datum
pdf-status = Status
pdf-rating = Skattning
pdf-answer = Hur och var
pdf-validator = Valideraren
pdf-trail = Händelser
pdf-version = version { $version }
pdf-started = Påbörjad
pdf-submitted = Inskickad
pdf-summary = Sammanfattning
pdf-fully-met = Kan helt (självständigt eller kan lära ut)
pdf-partly-met = Kan delvis (viss erfarenhet eller med stöd)
pdf-none = inga
pdf-portfolio = Meritportfölj
pdf-evidence = Bilagor
pdf-evidence-missing = Bevis saknas för
pdf-attachment = Bilaga { $number }
pdf-verify-code = Verifieringskod
pdf-verify-where = Kontrollera att profilen är äkta på:
pdf-page = Sida { $page } av { $pages }
file-name-attachment = bilaga-{ $number }
file-name-certificate = intygsunderlag-{ $number }
file-name-profile = kompetensprofil-{ $number }
verify-title = Kontrollera en kompetensprofil
verify-lead = Varje kompetensprofil från Kartla har en verifieringskod längst ner på varje sida. Skriv in den här för att se att profilen finns och när den skrevs ut.
verify-code-label = Verifieringskod
verify-code-hint = Tolv tecken, till exempel 7KQM-2WXP-H9CD. Stora eller små bokstäver spelar ingen roll.
verify-submit = Kontrollera
verify-found = Kompetensprofilen finns
verify-code = Verifieringskod
verify-person = Personens initialer
verify-frameworks = Kurs eller yrke
verify-printed = Utskriven
verify-status = Status vid utskriften
verify-fingerprint = Fingeravtryck (SHA-256) av PDF-filen
verify-fingerprint-hint = Har du filen kan du räkna ut dess SHA-256 och jämföra: är de lika är filen oförändrad sedan den skrevs ut.
verify-not-found = Det finns ingen kompetensprofil med den koden. Kontrollera att du har skrivit av den rätt.
answer-not-saved = Texten är för lång och har inte sparats. Korta den och spara igen – det du skrev finns kvar här.

## Section titles Kartla gives imported frameworks
import-section-core-content = Centralt innehåll
import-section-knowledge-requirements = Kunskapskrav
import-section-essential = Nödvändiga färdigheter och kunskaper
import-section-optional = Valfria färdigheter och kunskaper
import-section-skills = Kompetenser
import-section-competencies = Kompetenser

## The public catalogue
nav-catalogue = Katalog
catalogue-title = Kriteriekatalog
catalogue-lead = Kurser och yrken som du kan kartlägga dina kunskaper mot. Välj ett för att se dess kriterier.
catalogue-search = Sök på namn eller kod
catalogue-kind = Typ
catalogue-kind-all = Alla
catalogue-kind-course = Kurser
catalogue-kind-occupation = Yrken
catalogue-language = Texternas språk
catalogue-language-all = Alla språk
catalogue-search-button = Sök
catalogue-found = { $count ->
    [0] Inga träffar
    [one] En träff
   *[other] { $count } träffar
}
catalogue-pages = Sidor
catalogue-page-of = Sida { $page } av { $pages }
catalogue-previous = Föregående sida
catalogue-next = Nästa sida
catalogue-languages = Finns på: { $list }
catalogue-published = publicerad { $date }
catalogue-older-version = Det här är en äldre version.
catalogue-see-current = Visa den aktuella versionen
catalogue-fallback-note = Vissa texter finns inte på ditt språk och visas på svenska.
catalogue-start-mapping = Börja kartlägga mot det här
catalogue-versions = Versioner
grade-step = Betygssteg { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Skolverkets kurskod
language-name = { $code ->
    [sv] svenska
    [en] engelska
    [ar] arabiska
    [fa] persiska
    [ti] tigrinja
    [so] somaliska
    [uk] ukrainska
    [ckb] soranî
    [ps] pashto
    [prs] dari
    [kmr] kurmanji
    [am] amhariska
    [ru] ryska
    [tr] turkiska
    [de] tyska
    [fi] finska
    [fr] franska
    [es] spanska
    [pl] polska
   *[other] { $code }
}
catalogue-version = Version { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Katalogen (admin)
admin-catalogue-title = Hantera katalogen
admin-catalogue-count = { $count ->
    [one] Ett ramverk
   *[other] { $count } ramverk
}
admin-catalogue-caption = Ramverken i katalogen
admin-import-start = Importera kriterier från fil
admin-col-code = Kod
admin-col-title = Namn
admin-col-kind = Typ
admin-col-version = Version
admin-col-status = Status
admin-col-criteria = Kriterier
admin-col-sections = Avsnitt
admin-col-languages = Språk
admin-col-change = Ändring
version-draft = Utkast
version-published = Publicerad
import-title = Importera kriterier
import-lead = Välj format och filer. Du får se vad filerna innehåller och vad som ändras innan något sparas.
import-format = Format
format-kartla = Kartlas eget format (TOML)
format-kartla-hint = En fil per ramverk, som den kartla catalogue export skriver.
format-skolverket = Skolverkets läroplans-API (JSON)
format-skolverket-hint = Ett svar med course, courses, subject eller subjects. Centralt innehåll och kunskapskrav blir kriterier.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv och occupationSkillRelations_xx.csv, gärna på flera språk. Svenska krävs.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = Yrkesbenämningar med sina relaterade kompetenser.
format-moodle = Moodle-kompetensramverk (CSV)
format-moodle-hint = En export från Moodle; föräldrarnas id-nummer ger strukturen.
import-files = Filer
import-files-hint = Du kan välja flera filer, högst { $mb } MB tillsammans.
import-occupations = Bara dessa ESCO-yrken (valfritt)
import-occupations-hint = En yrkes-URI per rad. Lämna tomt för att importera alla yrken i filerna.
import-preview-button = Visa förhandsgranskning
import-preview-title = Förhandsgranska import
import-refused = { $count ->
    [one] Filerna kan inte importeras: ett problem
   *[other] Filerna kan inte importeras: { $count } problem
}
import-at-line = rad { $line }
import-in-field = fält { $field }
import-nothing-written = Ingenting har sparats. Rätta filerna och försök igen.
import-try-again = Välj filer igen
import-summary = { $total } ramverk: { $new } nya, { $changed } ändrade, { $unchanged } oförändrade.
import-rows-shown = (de första { $shown } visas)
import-applied = Importen är klar. Ramverken finns nu i katalogen.
import-blocked = Någon redigerar ett utkast av ett av ramverken. Publicera eller ta bort utkastet först.
import-nothing-to-write = Allt i filerna finns redan i katalogen. Ingenting behöver sparas.
import-confirm = { $count ->
    [one] Importera ett ramverk
   *[other] Importera { $count } ramverk
}
import-preview-caption = Ramverken i filerna
plan-new = Nytt, version 1
plan-new-version = Ändrat, blir version { $version }
plan-unchanged = Oförändrat (version { $version })
plan-draft-in-the-way = Stoppas av ett utkast (version { $version })
error-too-large = Det du skickade är för stort.
error-conflict-not-a-draft = Bara ett utkast kan ändras. En publicerad version ändras aldrig.
error-conflict-code-taken = Koden används redan av ett annat ramverk.
error-conflict-draft-in-the-way = Någon redigerar ett utkast av ramverket. Publicera eller ta bort utkastet först.
error-conflict-import-refused = Filerna kunde inte läsas och kan inte importeras.
error-conflict-import-applied = Den här importen är redan gjord.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = filen gick inte att läsa ({ $detail }).
import-syntax = filen är felaktigt formaterad: { $detail }
import-missing-field = uppgiften saknas men krävs.
import-unknown-language = okänd språkkod ”{ $detail }”. Använd en kod enligt ISO 639, till exempel sv, en eller ar.
import-missing-swedish = svensk text saknas. Katalogen visar svenska när en översättning saknas, så svenska krävs.
import-missing-file = filen behövs men saknas.
import-unknown-occupation = inget yrke har URI:n { $detail }.
import-unknown-parent = ingen rad har id-numret ”{ $detail }”.
import-duplicate-framework = koden { $detail } finns två gånger.
import-nothing = innehåller inget ramverk att importera.
import-expected-skolverket-root = väntade ett svar från Skolverkets API med course, courses, subject eller subjects.
import-expected-jobtech-concepts = väntade en JSON-lista med begrepp ur JobTech Taxonomy.
import-expected-moodle-header = väntade en Moodle-export med kolumnerna Parent ID number, ID number, Short name och Description.
import-expected-kartla-file = väntade en fil i Kartlas format som börjar med format = "kartla/1".
import-expected-text = väntade en text.
import-expected-list = väntade en lista.
import-expected-kind = väntade course eller occupation.
import-expected-grade-step = väntade betygssteg E, C eller A.
import-expected-external-system = väntade esco, jobtech eller skolverket.
import-expected-utf8 = väntade text i UTF-8.
content-bad-code = en kod får ha 1–60 bokstäver a–z, siffror, punkt, bindestreck eller understreck.
content-empty = får inte vara tom.
content-too-long = är längre än { $detail } tecken.
content-no-sections = ett ramverk behöver minst ett avsnitt.
content-no-criteria = ett avsnitt behöver minst ett kriterium.
content-duplicate-code = kriteriekoden { $detail } används två gånger.
content-unknown-language = okänd språkkod ”{ $detail }”.
content-guidance-on-occupation = betygsstegens beskrivningar hör till kurser, inte yrken.

## Authoring frameworks
admin-new-framework = Nytt ramverk
admin-col-action = Åtgärd
admin-edit = Redigera { $code }
admin-continue = Fortsätt med utkastet till { $code } version { $version }
new-framework-title = Nytt ramverk
new-framework-button = Skapa utkast
editor-kind = Typ
editor-code = Kod
editor-code-hint = Kort och unik, högst { $max } tecken: bokstäver a–z, siffror, punkt, bindestreck eller understreck. Koden går inte att ändra senare.
editor-title-sv = Namn på svenska
editor-title-en = Namn på engelska (valfritt)
editor-title = Redigera { $title }, utkast till version { $version }
editor-lead = Utkastet syns inte i katalogen förrän du publicerar det. Varje knapp sparar allt du har skrivit först. En publicerad version ändras aldrig; kartläggningar som redan påbörjats behåller sin version.
editor-name = Namn
editor-external = Koppling till externt register (valfritt)
editor-external-system = Register
editor-external-none = Ingen koppling
editor-external-id = Begreppets id eller URI
editor-section = Avsnitt { $number }
editor-section-title = Avsnittets rubrik
editor-section-add = Lägg till ett avsnitt
editor-section-up = Flytta avsnitt { $number } uppåt
editor-section-down = Flytta avsnitt { $number } nedåt
editor-section-remove = Ta bort avsnitt { $number }
editor-criterion = Kriterium { $number }
editor-criterion-code = Kod
editor-criterion-text = Kriteriets text
editor-criterion-add = Lägg till ett kriterium i avsnitt { $number }
editor-criterion-up = Flytta kriterium { $number } uppåt
editor-criterion-down = Flytta kriterium { $number } nedåt
editor-criterion-remove = Ta bort kriterium { $number }
editor-guidance = Betygsstegen E, C och A (valfritt)
editor-guidance-hint = Vad varje betygssteg innebär för det här kriteriet. Visas som vägledning för deltagare och validerare.
editor-add-language = Lägg till ett språk
editor-add-language-hint = Fält för språket visas när du sparar.
editor-add-language-none = Inget nytt språk
editor-save = Spara utkast
editor-publish = Publicera
editor-discard-title = Kasta utkastet
editor-discard = Kasta utkastet
editor-label-title = Namn ({ $lang })
editor-label-section-title = Avsnitt { $section }, rubrik ({ $lang })
editor-label-section = Avsnitt { $section }
editor-label-criterion-code = Avsnitt { $section }, kriterium { $criterion }, kod
editor-label-criterion-text = Avsnitt { $section }, kriterium { $criterion }, text ({ $lang })
editor-label-criterion-guidance = Avsnitt { $section }, kriterium { $criterion }, betygssteg { $step } ({ $lang })
field-error-bad-code = koden får bara ha bokstäver a–z, siffror, punkt, bindestreck eller understreck.
field-error-code-taken = koden används redan av ett annat ramverk.
field-error-no-sections = ett ramverk behöver minst ett avsnitt.
field-error-no-criteria = avsnittet behöver minst ett kriterium.
field-error-duplicate-code = koden används av ett annat kriterium.
field-error-unknown-language = okänt språk.
field-error-guidance-on-occupation = betygssteg hör till kurser, inte yrken.
start-mapping-search = Sök bland alla { $count } kurser och yrken i katalogen
guidance-summary = Vad betygsstegen innebär
admin-col-published = Publicerad version
admin-not-published = Inte publicerad

## The merit portfolio
nav-experiences = Meritportfölj
nav-evidence = Bevis
experiences-title = Min meritportfölj
experiences-lead = Skriv om det du har gjort: arbete, utbildning, kurser, ideellt arbete och annat. Portföljen syns för dig, och för validerarna när du har skickat in en kartläggning. Du kan peka på erfarenheterna när du beskriver vad du kan.
experiences-add = Lägg till en erfarenhet
experiences-none = Du har inte lagt till några erfarenheter än.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – pågår
experience-edit = Ändra { $role }
experience-delete = Ta bort { $role }
experience-new-title = Ny erfarenhet
experience-edit-title = Ändra erfarenhet
experience-unsaved = Det här är det du skrev senast. Det är inte sparat än – rätta det som är markerat och spara igen.
experience-field-kind = Vad slags erfarenhet?
experience-field-role = Vad gjorde du?
experience-role-hint = Till exempel yrkestitel, utbildning eller kurs.
experience-field-place = Arbetsgivare, skola eller organisation, och ort
experience-field-country = Land
experience-field-start = Började
experience-field-end = Slutade
experience-month-hint = År och månad, till exempel 2019-04.
experience-end-hint = Lämna tomt om det pågår.
experience-field-tasks = Arbetsuppgifter och vad du lärde dig
experience-tasks-hint = Beskriv en vanlig dag, svåra situationer du klarade, verktyg och metoder. Högst { $max } tecken.
experience-save = Spara erfarenheten
experience-kind-work = Arbete
experience-kind-education = Utbildning
experience-kind-training = Kurs eller praktik
experience-kind-volunteering = Ideellt arbete
experience-kind-other = Annat
experience-certificate = Skriv ut intygsunderlag för { $role } (PDF)
cert-title = Underlag för intyg
cert-intro = Jag kartlägger mina kunskaper inför en validering. Jag ber dig som var min arbetsgivare, handledare eller kontaktperson att läsa min beskrivning nedan, rätta det som inte stämmer och skriva under.
cert-about = Om arbetet
cert-person = Namn: { $value }
cert-role = Yrke eller roll: { $value }
cert-place = Arbetsgivare eller plats: { $value }
cert-country = Land: { $value }
cert-period = Period: { $value }
cert-tasks = Arbetsuppgifter, med mina egna ord
cert-no-tasks = (Ingen beskrivning ännu. Beskriv gärna arbetsuppgifterna nedan.)
cert-confirm = Bekräftelse
cert-confirm-choice = Beskrivningen stämmer:   ja   /   ja, med rättelserna nedan   /   nej   (ringa in)
cert-corrections = Rättelser och tillägg:
cert-extent = Anställningsform och omfattning:
cert-signer-name = Namn:
cert-signer-title = Befattning:
cert-signer-organisation = Organisation:
cert-signer-contact = Telefon eller e-post:
cert-signed-date = Datum:
cert-signature = Underskrift:
cert-made = Underlaget skrevs ut från Kartla { $date }. Det gäller först när det är underskrivet.
field-error-invalid-month = skriv år och månad, till exempel 2019-04.
field-error-end-before-start = slutet kan inte vara före början.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = Vilka av dina erfarenheter bygger svaret på? (valfritt)
answer-experiences-none = Lägg till erfarenheter i din meritportfölj, så kan du peka på dem här.
answer-draws-on = Bygger på: { $list }
answer-evidence = Vilka bevis visar detta? (valfritt)
answer-evidence-none = Ladda upp intyg, betyg, körkort eller bilder på ditt arbete, så kan du peka på dem här.
answer-evidence-missing = Jag har inget bevis för detta (saknas)
answer-evidence-shown = Bevis:
answer-evidence-missing-shown = Bevis saknas
evidence-title = Bevis
evidence-lead = Intyg, betyg, diplom, körkort, certifikat eller bilder på något du har gjort. Varje fil får ett nummer i den ordning du lägger till den. Bara du och den som granskar din kartläggning kan se filerna.
evidence-none = Du har inte lagt till några bevis än.
evidence-label = Bilaga { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } kB
evidence-belongs-to = Hör till: { $list }
evidence-open = Öppna bilaga { $number }
evidence-delete = Ta bort bilaga { $number }
evidence-added = Bilaga { $number } har lagts till.
evidence-add-heading = Lägg till ett bevis
evidence-title-label = Vad är det? (valfritt)
evidence-title-hint = Till exempel ”Truckkort” eller ”Betyg från gymnasiet”. Högst { $max } tecken. Lämnar du tomt används filens namn.
evidence-experiences = Vilka erfarenheter hör det till? (valfritt)
evidence-file-label = Fil
evidence-file-hint = PDF, JPEG eller PNG, högst { $max } MB. Du kan ta en bild med mobilen.
evidence-upload = Ladda upp
evidence-full = Du har { $max } bevis, så många som går att spara. Ta bort något för att lägga till fler.
field-error-evidence-no-file = välj en fil att ladda upp
field-error-evidence-too-big = filen är för stor – den får vara högst 10 MB
field-error-evidence-wrong-type = filen är inte en PDF, JPEG eller PNG
field-error-evidence-too-many = du har redan så många bevis som går att spara
field-error-evidence-title-too-long = beskrivningen är för lång
evidence-refused-no-file = Ingen fil skickades.
evidence-refused-too-big = Filen är för stor. Den får vara högst 10 MB.
evidence-refused-wrong-type = Filen är inte en PDF, JPEG eller PNG.
evidence-refused-too-many = Det finns redan så många bevis som går att spara.
evidence-refused-title-too-long = Beskrivningen är för lång.
catalogue-version-dated = Version { $version } ({ $date })
with-colon = { $label }:

# Vem har sett mina uppgifter (åtkomstloggen)
seen-by-title = Vem har sett dina uppgifter
seen-by-lead = Varje gång någon annan än du öppnar en av dina kartläggningar, dess kompetensprofil eller en av dina bilagor skrivs det här: vem, i vilken roll, för vilken organisation och när. Ingen kan titta utan att det skrivs upp.
seen-by-none = Ingen annan har öppnat dina uppgifter.
seen-by-caption = Vem som öppnade vad, det senaste först
seen-by-when = När
seen-by-who = Vem
seen-by-role = Roll
seen-by-organisation = Organisation
seen-by-what = Vad
seen-by-link = Vem har sett dina uppgifter
seen-what-mapping = Kartläggning { $number }
seen-what-profile-pdf = Kompetensprofil för kartläggning { $number }
seen-what-evidence = En bilaga
seen-what-case = Ärende { $number }
seen-what-statement = Utlåtande i ärende { $number }
role-participant = Deltagare
role-counsellor = Studie- och yrkesvägledare
role-coordinator = Handläggare
role-validator = Validerare
role-org-admin = Organisationsadministratör
role-installation-admin = Installationsadministratör

# Det egna kontot
nav-account = Ditt konto
account-title = Ditt konto
account-who = Inloggad som { $name } ({ $email }).
account-home-submit = Spara hemkommun
account-home-saved = Din hemkommun är sparad.
account-password-title = Byt lösenord
account-password-submit = Byt lösenord
account-password-saved = Ditt lösenord är bytt. Du har loggats ut på dina andra enheter.
account-everywhere-title = Logga ut överallt
account-everywhere-lead = Avslutar alla dina inloggningar, på alla telefoner och datorer, även den här. Använd det om du har tappat bort en enhet eller loggat in på en delad dator.
account-everywhere-submit = Logga ut överallt
field-current = Nuvarande lösenord
field-new = Nytt lösenord
field-error-wrong-password = stämmer inte

# Organisationer och personer (administration)
nav-admin-people = Organisationer och personer
people-title = Organisationer och personer
people-lead = Rollerna som personer har i dina organisationer. När du avslutar en roll försvinner det den gav direkt; personen behåller sitt konto och sina andra roller.
people-none = Ingen har någon roll här än.
people-caption = Roller i { $org }
people-col-name = Namn
people-col-email = E-postadress
people-col-role = Roll
people-end = Avsluta { $role } för { $name }
people-ended = Rollen är avslutad.
people-add-org = Lägg till en organisation
people-add-org-submit = Lägg till organisation
people-org-added = Organisationen är tillagd.
org-kind-region = Regionens kansli
org-kind-municipality = Kommun
org-kind-provider = Anordnare
org-code-hint = En kort kod: bokstäver A–Z, siffror och bindestreck, till exempel LULEA eller NORD-VAL.
field-org-kind = Slags organisation
field-org-code = Kod
field-org-name = Namn
field-org-email = E-postadress för kontakt
field-org-phone = Telefon för kontakt
field-error-bad-org-code = ska vara 2 till 24 bokstäver A–Z, siffror eller bindestreck och börja med en bokstav
field-error-region-exists = installationen har redan sin region

# Inbjudningar
invite-heading = Bjud in någon
invite-explain = Personen får en länk som fungerar en gång, i sju dagar. Med den tar hen emot rollen: inloggad på sitt konto om hen har ett, annars genom att skapa ett med den här e-postadressen.
field-invite-organisation = Organisation
field-invite-role = Roll
field-error-role-misfit = passar inte den här sortens organisation
invite-submit = Skicka inbjudan
invite-sent = Inbjudan är skickad med e-post.
invite-pass-on = Den här installationen skickar ingen e-post. Ge länken till personen själv, på ett sätt som bara hen kan läsa. Den fungerar en gång, i sju dagar; den här sidan visar den bara i fem minuter.
invite-not-sent = E-postmeddelandet kunde inte skickas. Ge länken till personen själv, på ett sätt som bara hen kan läsa. Den fungerar en gång, i sju dagar; den här sidan visar den bara i fem minuter.
invite-withdrawn = Inbjudan är återkallad. Länken fungerar inte längre.
invite-pending-caption = Inbjudningar som inte tagits emot i { $org }
invite-col-expires = Gäller till
invite-withdraw = Återkalla inbjudan till { $email }
invite-title = Inbjudan
invite-lead = Du är inbjuden till rollen { $role } hos { $org }. Inbjudan gäller { $email }.
invite-accept = Ta emot inbjudan
invite-new-account = Skapa ditt konto
invite-other-person = Du är inloggad som { $me }, men inbjudan gäller { $email }. Logga ut och öppna länken igen.
invite-sign-in-first = Det finns ett konto för { $email }. Logga in på det, så kommer du tillbaka hit och kan ta emot inbjudan.
invite-gone-title = Den här inbjudan fungerar inte längre
invite-gone-text = Den har använts, har gått ut efter sju dagar eller har återkallats. Be den som bjöd in dig om en ny.
error-conflict-invitation-gone = Den här inbjudan fungerar inte längre: den har använts, har gått ut eller har återkallats. Be den som bjöd in dig om en ny.
error-conflict-invitation-other-person = Inbjudan gäller en annan e-postadress än kontot du är inloggad på. Logga ut och öppna länken igen.
error-conflict-invitation-sign-in = Det finns redan ett konto med den inbjudna e-postadressen. Logga in på det och öppna länken igen.
mail-invite-subject = Inbjudan till { $org } i Kartla
mail-invite-body =
    Hej!

    { $inviter } bjuder in dig till rollen { $role } hos { $org } i Kartla.

    Öppna den här länken för att ta emot inbjudan:
    { $link }

    Länken fungerar en gång, i { $days } dagar. Om du inte väntade dig den här inbjudan kan du bortse från meddelandet.

# Glömt lösenord
sign-in-forgot = Glömt ditt lösenord?
forgot-title = Glömt lösenord
forgot-lead = Skriv e-postadressen till ditt konto. Vi skickar en länk dit som du väljer ett nytt lösenord med.
forgot-submit = Skicka länk
forgot-asked = Om det finns ett konto med den adressen är en länk på väg dit. Den fungerar en gång, i en timme. Titta i skräpposten också.
forgot-no-mail = Den här installationen skickar ingen e-post, så ingen länk kan skickas till dig. Om du arbetar i någon av regionens organisationer kan du be dess administratör om en länk; annars kan du fråga dem som sköter Kartla i din kommun.
reset-title = Välj ett nytt lösenord
reset-submit = Spara det nya lösenordet
reset-done = Ditt nya lösenord är sparat och du har loggats ut överallt. Logga in med det nya lösenordet.
reset-gone-title = Den här länken fungerar inte längre
reset-gone-text = Den har använts eller har gått ut efter en timme. Be om en ny länk på inloggningssidan.
error-conflict-password-link-gone = Den här länken fungerar inte längre: den har använts eller har gått ut. Be om en ny länk på inloggningssidan.
mail-reset-subject = Välj ett nytt lösenord för Kartla
mail-reset-body =
    Hej!

    Någon har bett om att få välja ett nytt lösenord för ditt konto i Kartla. Öppna den här länken för att välja ett:
    { $link }

    Länken fungerar en gång, i { $minutes } minuter. Om det inte var du som bad om det kan du bortse från meddelandet: ditt lösenord är oförändrat.

# Administratörernas sökning i loggen
audit-title = Vem har sett vems uppgifter
audit-lead = Sök med en persons e-postadress efter varje gång någon har öppnat personens kartläggningar, profiler eller underlag. Du ser vad personerna i dina organisationer har öppnat; installationens administratörer ser allt. Din sökning visas inte för personen.
audit-person = Personens e-postadress
audit-search = Sök
audit-unknown = Det finns inget konto med den e-postadressen.
audit-none = Ingen som du får se har öppnat den här personens uppgifter.
audit-caption = Vem som har öppnat uppgifterna om { $email }, nyast först
people-edit-org = Ändra uppgifterna för { $org }
people-edit-org-submit = Spara uppgifterna
people-org-changed = Organisationens uppgifter är sparade.
people-serves = Kommuner den bedömer åt
people-serves-hint = Dess validerare ser de inskickade kartläggningarna för personer som bor i kommunerna som är ikryssade här.
people-new-role = Ny roll för { $name }
people-change = Byt roll för { $name }
people-role-changed = Rollen är bytt.
reset-link-heading = Nytt lösenord åt någon
reset-link-explain = När någon som arbetar i din organisation inte kan logga in och den här installationen inte skickar e-post kan du skapa en länk som hen väljer ett nytt lösenord med. Den fungerar en gång, i en timme; ge den vidare på ett sätt som bara hen kan läsa. Deltagares konton öppnar deras egna uppgifter, så ingen administratör skapar länkar åt dem.
reset-link-email = Personens e-postadress
reset-link-submit = Skapa länk
reset-link-pass-on = Ge länken till personen, på ett sätt som bara hen kan läsa. Den fungerar en gång, i en timme; den här sidan visar den bara i fem minuter.
field-error-not-your-person = är inte adressen till någon som bara arbetar i dina organisationer
field-error-control-characters = får inte innehålla radbrytningar eller andra styrtecken

## Ärenden: handläggare och validerare
nav-cases = Ärenden
cases-title = Ärenden
cases-organisation = Ärenden i din organisation, de som väntat längst först
cases-assigned = Ärenden som är tilldelade dig
cases-none = Det finns inga ärenden just nu.
cases-none-assigned = Inga ärenden är tilldelade dig just nu.
cases-col-person = Person
cases-col-framework = Kurs eller yrke
cases-col-state = Läge
cases-col-waited = Har väntat
cases-col-validator = Validerare
cases-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}
cases-overdue = Sen sedan { $date }
back-to-cases = Tillbaka till ärendena
case-title = Ärende { $id }: { $person }
case-state-new = Nytt
case-state-checking = Kontrolleras
case-state-returned = Väntar på komplettering
case-state-assigned = Hos validerare
case-state-concluded = Avslutat
case-state = Läge
case-organisation = Ansvarig organisation
case-validator = Validerare
case-no-validator = Ingen ännu
case-handed-in = Inlämnad
case-waited = Har väntat i detta läge
case-deadline = Sista dag för komplettering
case-late = Försenad
case-actions = Vad du kan göra nu
case-take = Börja kontrollera ärendet
case-assign = Tilldela
field-validator = Validerare
case-validator-hint = Bara validerare som står i förteckningen för den här kursen eller det här yrket kan väljas.
case-choose-validator = Välj validerare
case-no-validators = Ingen validerare i din organisation står i förteckningen för detta. En administratör kan lägga till det.
case-hand-back = Lämna tillbaka ärendet till handläggaren
case-hand-back-hint = Skriv varför, till exempel att ärendet gäller ett ämne du inte bedömer.
case-hand-back-submit = Lämna tillbaka
field-reason = Skäl
case-saved-take = Du kontrollerar nu ärendet.
case-saved-assign = Ärendet är tilldelat.
case-saved-sent = Listan med kompletteringar är skickad. Personen ser den på sin översikt.
case-saved-concluded = Ärendet är avslutat. Utlåtandet kan laddas ner.
case-saved-handed-back = Ärendet är tillbakalämnat till handläggaren.
case-versions = Inlämnade versioner
case-version = Version { $number }, { $date }
case-profile-pdf = Kompetensprofilen för den här versionen (PDF)
case-own-rating = Personens egen skattning
case-judgement = Validerarens bedömning
change-heading = Ändrat sedan version { $number }
change-none = Inget i svaren har ändrats.
change-rating = skattning: { $before } → { $after }
change-text = beskrivningen är ändrad
change-evidence = nya bilagor: { $numbers }
change-experiences = drar nu på fler erfarenheter
change-missing = ändrat om bevis saknas
change-goal = Målet är ändrat.
change-new-evidence = Nya bilagor i listan: { $numbers }
change-portfolio = Erfarenheter i meritportföljen är tillagda eller ändrade.
verdict-met = Uppfyllt
verdict-partly-met = Delvis uppfyllt
verdict-not-met = Inte uppfyllt
verdict-not-yet = Går inte att bedöma ännu
method-documents = Dokument
method-interview = Intervju
method-practical-test = Praktiskt prov
method-theoretical-test = Teoretiskt prov
method-workplace-observation = Observation på arbetsplats
field-verdict = Bedömning
field-methods = Metoder
field-judgement = Bedömning
judgement-methods-hint = Kryssa i hur du kom fram till bedömningen.
judgement-none = Inte bedömt ännu.
judgement-by = { $name }, { $date }
judgement-methods = Metoder: { $methods }
judgement-reason = Skäl till ändringen: { $reason }
judgement-history = Tidigare bedömningar ({ $count })
judgement-form = Bedöm { $code }
judgement-save = Spara bedömningen
judgement-change = Ändra bedömningen
judgement-reason-hint = Ärendet är avslutat. En ändrad bedömning kräver ett skäl, och den tidigare står kvar i historiken.
additions-heading = Kompletteringar
additions-building = Ny lista med kompletteringar
additions-building-hint = Lägg till en sak i taget: vad som saknas, var det hör hemma och i vilken form. Skicka listan med ett sista datum när den är klar.
additions-choose-target = Välj vad det gäller
field-target = Gäller
field-missing = Vad saknas
additions-missing-hint = Skriv tydligt, till exempel ”Ett tjänstgöringsintyg som visar arbetsuppgifterna på Lager AB”.
field-form = I vilken form
additions-form-hint = Till exempel ”PDF eller foto, på svenska eller översatt”.
additions-add = Lägg till i listan
additions-remove = Ta bort
field-deadline = Sista dag
additions-deadline-hint = Personen ser datumet och påminns om det i listan.
additions-send = Skicka listan till personen
additions-sent-by = Begärt av { $name }, sista dag { $deadline }
additions-answered = Personen lämnade in igen { $date }
additions-form-shown = Form: { $form }
additions-item-done = Klar enligt personen
additions-item-open = Inte klar ännu
additions-mark-done = Markera som klar
additions-mark-not-done = Markera som inte klar
additions-asked = Det här behöver du komplettera
additions-asked-hint = Gör ändringarna i kartläggningen, portföljen eller bevisen. Markera varje sak som klar, och lämna sedan in kartläggningen igen.
target-case = Hela ärendet
target-criterion = Kriterium { $criterion }
target-experience = Erfarenhet: { $experience }
target-evidence = { $evidence }
conclude-heading = Avsluta ärendet
conclude-not-judged = { $count ->
    [one] Ett kriterium är inte bedömt ännu: { $codes }. Bedöm det, eller välj ”Går inte att bedöma ännu”.
   *[other] { $count } kriterier är inte bedömda ännu: { $codes }. Bedöm dem, eller välj ”Går inte att bedöma ännu”.
}
conclude-outcome = Resultat för { $framework }
outcome-fully-met = Helt uppfyllt
outcome-partly-met = Delvis uppfyllt
outcome-not-met = Inte uppfyllt
field-outcome = Resultat
field-statement = Samlat utlåtande
conclude-statement-hint = Personen får läsa utlåtandet och ta det vidare till rektor, arbetsgivare eller nästa utbildning.
field-next-steps = Rekommenderade nästa steg
next-step-top-up-course = Kompletterande utbildning
next-step-exam = Prövning för betyg
next-step-workplace-assessment = Bedömning på en arbetsplats
next-step-guidance = Samtal med studie- och yrkesvägledare
field-next-steps-text = Nästa steg med dina ord
conclude-submit = Avsluta ärendet med utlåtandet
conclusion-heading = Utlåtande
conclusion-by = Avslutat av { $name } { $date }
conclusion-remaining = Återstår: { $codes }
conclusion-statement = Samlat utlåtande
conclusion-next-steps = Rekommenderade nästa steg
conclusion-download = Ladda ner utlåtandet (PDF)
case-event-handed-in = { $name } lämnade in version { $detail }
case-event-taken = { $name } började kontrollera ärendet
case-event-assigned = { $name } tilldelade ärendet till { $detail }
case-event-handed-back = { $name } lämnade tillbaka ärendet: { $detail }
case-event-returned = { $name } begärde komplettering, sista dag { $detail }
case-event-judged = { $name } bedömde { $detail }
case-event-rejudged = { $name } ändrade bedömningen av { $detail }
case-event-item-done = { $name } markerade som klar: { $detail }
case-event-item-reopened = { $name } markerade som inte klar: { $detail }
case-event-outcome-changed = Resultatet ändrades efter den ändrade bedömningen: { $detail }
case-event-concluded = { $name } avslutade ärendet med ett utlåtande
case-panel-heading = Ditt ärende
case-panel-whole = Se hela ärendet med alla händelser
case-explainer-checking = { $organisation } kontrollerar att allt finns med.
case-explainer-assigned = En validerare på { $organisation } bedömer nu kartläggningen kriterium för kriterium.
case-explainer-returned = { $organisation } vill att du kompletterar. Se listan nedan.
case-explainer-concluded = { $organisation } har avslutat bedömningen. Utlåtandet finns nedan.
hand-in-goes-to = Kartläggningen lämnas till { $organisation }.
hand-in-no-home = Du behöver välja en hemkommun innan du kan lämna in. Gör det på sidan Ditt konto.
field-provider = Vem ska bedöma
hand-in-choose-hint = Flera organisationer bedömer det här yrket. Välj en.
error-conflict-case-moved = Någon annan har redan ändrat ärendet. Sidan visar hur det ser ut nu.
error-conflict-no-home = Du behöver välja en hemkommun innan du kan lämna in.
field-error-not-listed = står inte i förteckningen för den här kursen eller det här yrket
field-error-does-not-fit = passar inte med bedömningarna av kriterierna
field-error-in-past = måste vara ett datum efter i dag
field-error-too-far = får vara högst ett år fram
field-error-no-items = listan har inga saker ännu
field-error-too-many = listan kan ha högst 30 saker
field-error-invalid = är inte ett av alternativen
field-error-invalid-characters = innehåller tecken som inte går att spara
mail-additions-subject = Kartla: du behöver komplettera din kartläggning
mail-additions-body = Hej { $name }!

    Den som bedömer din kartläggning vill att du kompletterar den. Listan över vad som behövs, och sista dag, finns här:

    { $link }

    Hälsningar
    Kartla
mail-concluded-subject = Kartla: bedömningen av din kartläggning är klar
mail-concluded-body = Hej { $name }!

    Bedömningen av din kartläggning är klar. Du kan läsa utlåtandet och ladda ner det här:

    { $link }

    Hälsningar
    Kartla

## Utlåtandet (PDF)
file-name-statement = utlatande-{ $number }
verify-document = Dokument
statement-title = Utlåtande
statement-lead = Bedömning av kunskaper och kompetens (validering), kriterium för kriterium.
statement-organisation = Utfärdat av
statement-contact = Kontakt
statement-case = Ärende
statement-version = Inlämnad version som bedömts
statement-issued = Datum
statement-assessor = Bedömare
statement-verify-where = Kontrollera att utlåtandet är äkta på:
statement-outcome = Resultat
statement-signatures = Underskrifter
statement-assessed-by = Bedömt av { $name }.
statement-principal = Ansvarig rektor eller chef:
statement-signature = Underskrift:
statement-name-clarified = Namnförtydligande:
statement-signed-date = Ort och datum:

## Förteckningen: vem bedömer vad
nav-directory = Vem bedömer vad
directory-title = Vem bedömer vad
directory-lead = Organisationer i regionen och de personer som bedömer kurser och yrken. Här visas bara de som själva valt att synas.
directory-q = Kurs eller yrke
directory-q-hint = Skriv en del av namnet eller koden, till exempel ”lager” eller ”DEMO-KOCK1”.
directory-municipality = Kommun
directory-any-municipality = Alla kommuner
directory-search = Sök
directory-none = Ingen i förteckningen passar sökningen.
directory-serves = Bedömer för { $list }
directory-serves-all = Bedömer för hela regionen
directory-assesses = Bedömer
directory-languages = Språk
directory-methods = Metoder
directory-contact = Kontakt
admin-directory-title = Förteckningen över vem som bedömer vad
admin-directory-lead = Ange vad var och en i din organisation bedömer, vilka språk de talar och vilka metoder de använder. Ärenden kan bara tilldelas validerare som står för kursen eller yrket. Var och en väljer själv på sin kontosida om de ska synas offentligt.
admin-directory-none = Det finns ingen i dina organisationer som bedömer eller vägleder.
admin-directory-saved = Förteckningen är sparad.
admin-directory-listed = Syns i den offentliga förteckningen.
admin-directory-not-listed = Syns inte offentligt (personen har inte valt det).
admin-directory-languages-hint = Språkkoder med kommatecken emellan, till exempel ”sv, ar, ti”.
admin-directory-save = Spara
field-languages = Språk
account-listing-title = Förteckningen över vem som bedömer vad
account-listing-lead = Du står i förteckningen för din organisation. Välj om du vill synas offentligt och vilka kontaktuppgifter som ska visas.
account-listing-show = Visa mig i den offentliga förteckningen
account-listing-email = E-post som visas (valfritt)
account-listing-phone = Telefon som visas (valfritt)
account-listing-save = Spara
account-listing-saved = Ditt val för förteckningen är sparat.
field-error-bad-language-tags = skriv språkkoder med kommatecken emellan, till exempel sv, ar, ti (högst 12)

## Vad du kan och vad som återstår
gaps-heading = Vad du redan kan och vad som återstår
gaps-counts = Du kan { $masters } av { $total } kriterier, och { $partly } delvis.
gaps-verdict = Just nu ser det ut som:
gaps-remaining = Återstår: { $codes }
gaps-source-self = Bygger på dina egna svar.
gaps-source-judged = { $judged } av { $total } kriterier bygger på validerarens bedömning, resten på dina egna svar.
gaps-elsewhere = Det du kan räknas också här
gaps-elsewhere-hint = Kurser och yrken med kriterier som gäller samma kunskap som de du kan.
gaps-covers = dina svar täcker { $covered } av { $total } kriterier

## Svensk originaltext
originals-show = Visa den svenska originaltexten under varje kriterium
originals-hide = Dölj den svenska originaltexten
original-label = På svenska:

## Dela med en studie- och yrkesvägledare
nav-caseload = Mina deltagare
caseload-title = Mina deltagare
caseload-lead = Kartläggningar som deltagare delar med dig. Det du öppnar syns i deras lista över vem som sett deras uppgifter.
caseload-none = Ingen delar något med dig ännu.
caseload-all = Delar alla sina kartläggningar
caseload-one = Delar den här kartläggningen
caseload-since = sedan { $date }
sharing-title = Dela med en studie- och yrkesvägledare
sharing-lead = Du kan låta en vägledare i din kommun läsa en kartläggning, eller alla dina, inför ett samtal. Du kan sluta dela när du vill.
sharing-none = Du delar inget just nu.
sharing-everything = Alla mina kartläggningar
sharing-line = { $counsellor } kan läsa: { $what }
sharing-withdraw = Sluta dela
sharing-submit = Dela
sharing-saved = Nu delar du med vägledaren.
sharing-withdrawn = Du delar inte längre det.
field-counsellor = Vägledare
field-mapping = Vad vill du dela

## Vägledningssamtal
session-start = Starta ett vägledningssamtal
session-title = Vägledningssamtal med { $person }
session-heading = Vägledningssamtal
session-with-person = Med { $name }
session-with-counsellor = Med din studie- och yrkesvägledare { $name }
session-code-intro = Koden att ansluta med:
session-other-here = { $name } tittar på det här avsnittet.
session-other-at = { $name } tittar på avsnitt { $n }.
session-other-away = { $name } har inte anslutit än.
session-follow = Gå dit också
session-section = Avsnitt { $n }
session-sections = Avsnitt
session-save = Spara
session-ended = Samtalet är avslutat. Det som skrevs finns kvar; inget mer kan skrivas genom det.
session-direct-on = Låt vägledaren skriva i mina svar
session-direct-off = Sluta låta vägledaren skriva i mina svar
session-direct-is-on = Vägledaren får skriva i dina svar under det här samtalet.
session-direct-is-off = Vägledarens ändringar kommer som förslag som du godkänner eller avböjer.
session-trail = Vad som hänt i samtalet
session-end = Avsluta samtalet
sessions-back = Alla vägledningssamtal
sessions-title = Vägledningssamtal
sessions-none = Inget vägledningssamtal pågår.
sessions-with = Med { $name }
sessions-since = Startat { $time }
sessions-join = Anslut med en kod
sessions-join-hint = Din vägledare ger dig sex bokstäver och siffror, till exempel K7M-Q2X.
sessions-join-button = Anslut
field-code = Kod
field-error-no-such-session = inget pågående samtal har den här koden – kontrollera den med din vägledare
proposal-heading = Föreslagen ändring
proposal-by = { $name } föreslår:
proposal-make = Föreslå en ändring
proposal-send = Skicka förslaget
proposal-accept = Godkänn
proposal-reject = Avböj
notes-heading = Anteckningar
notes-open = Du kan läsa alla anteckningar som skrivs om dig.
note-label = Ny anteckning
note-hint = Personen läser alla anteckningar.
note-add = Lägg till anteckningen
field-note = Anteckning
error-conflict-session-ended = Vägledningssamtalet är avslutat.
error-conflict-proposal-decided = Förslaget är redan godkänt, avböjt eller ersatt.
session-event-started = startade samtalet
session-event-joined = anslöt
session-event-wrote = skrev i { $criterion }
session-event-proposed = föreslog en ändring i { $criterion }
session-event-accepted = godkände förslaget för { $criterion }
session-event-rejected = avböjde förslaget för { $criterion }
session-event-direct-on = lät vägledaren skriva
session-event-direct-off = slutade låta vägledaren skriva
session-event-noted = skrev en anteckning
session-event-ended = avslutade samtalet

## Individuell studieplan
plan-title = Individuell studieplan för { $person }
plan-saved = Studieplanen är sparad.
plan-pdf = Ladda ner studieplanen (PDF)
plan-link = Individuell studieplan
plan-field-goal = Mål med studierna
plan-goal-hint = Vad studierna ska leda till, med personens egna ord.
plan-field-pace = Studietakt
plan-pace-value = { $percent } %
plan-field-start = Start
plan-start-hint = Dagen studierna börjar, som ÅÅÅÅ-MM-DD.
plan-field-course = Kurs
plan-field-points = Poäng
plan-field-courses = Kurser
plan-courses = Planerade kurser
plan-no-courses = Ingen kurs är planerad än.
plan-course = Kurs
plan-points = Poäng
plan-points-of = Poäng för { $course }
plan-change = Ändra
plan-remove = Ta bort
plan-total = Sammanlagt { $points } poäng.
plan-suggested = Förslag från gapanalysen
plan-suggested-hint = Kurser i den här kartläggningen som svaren (eller en validerares bedömningar) inte täcker helt än. Kryssa i dem som ska planeras.
plan-add = Lägg till en kurs från katalogen
plan-add-none = Ingen kurs
plan-save = Spara studieplanen
plan-history = Ändringar
plan-change-goal = ändrade målet
plan-change-pace = satte studietakten till { $value } %
plan-change-start = satte starten till { $value }
plan-change-added = lade till { $value }
plan-change-removed = tog bort { $value }
plan-change-points = ändrade poängen för { $value }
plan-change-order = ändrade kursernas ordning
field-error-invalid-date = skriv ett datum som ÅÅÅÅ-MM-DD
field-error-invalid-points = skriv poängen som ett tal från 1 till 2500
plan-pdf-no-goal = Inget mål är skrivet än.
plan-pdf-signatures = Upprättad tillsammans
plan-pdf-sign-person = Personen:
plan-pdf-sign-counsellor = Studie- och yrkesvägledaren:
plan-pdf-made = Utskriven från Kartla { $date }.
file-name-study-plan = studieplan-{ $number }
guidance-heading = Vägledning
guidance-session-open = { $name } har ett vägledningssamtal öppet om den här kartläggningen.
guidance-join = Gå med i samtalet
caseload-people = Delat med dig
connect-invite-heading = Bjud in en deltagare
connect-invite-lead = Gör en kod och ge den till personen. När hen skriver in den på sin kontosida delas allt hen kartlägger med dig. En kod fungerar en gång, i en vecka.
connect-invite-until = gäller till { $date }
connect-invite-make = Gör en kod
connect-heading = Anslut med en kod från din vägledare
connect-hint = Sex bokstäver och siffror, till exempel K7M-Q2X. Allt du kartlägger delas då med den vägledaren; du kan sluta dela när du vill.
field-connect-code = Kod från din vägledare
connect-submit = Anslut
field-error-no-such-invitation = ingen öppen inbjudan har den här koden – den kan vara använd eller för gammal
field-error-not-your-counsellor = den här vägledaren är inte vägledare för din kommun
pdf-gaps-self = Utifrån personens egna svar.
pdf-gaps-judged = { $count ->
    [one] En validerares bedömning gäller i stället för personens svar för ett kriterium.
   *[other] En validerares bedömning gäller i stället för personens svar för { $count } kriterier.
}
pdf-gaps-counts = Behärskar: { $masters } · delvis: { $partly } · återstår: { $remaining }
pdf-gaps-verdict = Ser ut att vara
pdf-gaps-remaining = Återstår
pdf-gaps-heading = Gapanalys

## Uppföljning (statistik)
nav-stats = Uppföljning
stats-title = Uppföljning
stats-lead = Hur många som kartlägger, hur lång tid varje steg tar och med vilket resultat – aldrig en enskild person. Färre än { $n } personer visas som ”färre än { $n }”, och ett tal som annars kunde räknas fram döljs också.
stats-org = Vems siffror
stats-from = Från månad
stats-to = Till och med månad
stats-by = Dela upp per
stats-show = Visa
stats-whose-region = Hela { $name }.
stats-whose-own = { $name } och regionens summor.
stats-period = Hela månader { $from } – { $to }.
stats-download-csv = Ladda ner som CSV
stats-download-pdf = Ladda ner rapporten som PDF
stats-fewer-than = färre än { $n }
stats-hidden = dold
stats-no-municipality = Ingen hemkommun
stats-no-provider = Kommunen själv
stats-chart-caption = Diagram: { $measure }. Samma siffror står i tabellen nedan.
stats-table-caption = Kartläggningar som nådde varje steg under perioden
stats-total = Summa { $name }
stats-region-total = Summa { $name } (hela regionen)
stats-measure-started = Påbörjade
stats-measure-handed-in = Inlämnade
stats-measure-returned = Återsända för komplettering
stats-measure-assigned = Tilldelade en validerare
stats-measure-concluded = Avslutade
stats-by-municipality = Kommun
stats-by-provider = Anordnare
stats-by-framework = Kurs eller yrke
stats-by-month = Månad
stats-by-language = Språk
stats-heading-municipality = Per kommun
stats-heading-provider = Per anordnare
stats-heading-framework = Per kurs och yrke
stats-heading-month = Per månad
stats-heading-language = Per språk
stats-unit-municipality = Kommun
stats-unit-provider = Anordnare
stats-unit-framework = Kurs eller yrke
stats-unit-month = Månad
stats-unit-language = Språk
stats-heading-durations = Hur lång tid stegen tar
stats-durations-chart = Diagram: median i dagar för varje steg. Samma siffror står i tabellen nedan.
stats-durations-caption = Dagar för dem som avslutade steget under perioden
stats-col-step = Steg
stats-col-people = Personer
stats-col-median = Median (dagar)
stats-col-p90 = 9 av 10 inom (dagar)
stats-not-shown = visas inte
stats-step-mapping = Påbörjad till inlämnad
stats-step-waiting = Inlämnad till tilldelad
stats-step-assessing = Tilldelad till avslutad
stats-step-whole = Hela vägen, påbörjad till avslutad
stats-heading-outcomes = Resultat per kurs och yrke
stats-outcomes-none = Inga kartläggningar avslutades under perioden.
stats-outcomes-caption = Avslutade kartläggningar och deras resultat
stats-heading-languages = Språk i Kartla
stats-languages-chart = Diagram: personer per språk. Samma siffror står i tabellen nedan.
stats-languages-caption = Språket personerna använde Kartla på
field-error-stats-month = skriv en månad som ÅÅÅÅ-MM, till exempel 2025-03
field-error-stats-backward = perioden slutar före den börjar
field-error-stats-by = välj en av uppdelningarna i listan
stats-pdf-title = Uppföljning: { $name }
stats-pdf-made = Utskriven från Kartla { $date }.
file-name-stats = uppfoljning-{ $number }
