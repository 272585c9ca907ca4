# Kartla – svenska (standardspråk)

app-name = Kartla
skip-to-content = Hoppa till innehållet
footer-privacy = Kartla sparar bara det du skriver i din kartläggning och visar det bara för dig och för validerare när du har skickat in.
nav-label = Huvudmeny
nav-my-mappings = Mina kartläggningar
nav-review = Att granska
nav-sign-in = Logga in
nav-sign-out = Logga ut
nav-register = Skapa konto
signed-in-as = Inloggad som { $name }
language-label = Språk
language-change = Byt språk
loading = Hämtar …
back-home = Till startsidan

## Fel
error-summary-title = Något behöver rättas
error-validation = Kontrollera uppgifterna nedan.
error-bad-request = Förfrågan gick inte att läsa. Ladda om sidan och försök igen.
error-unauthorized = Du behöver logga in för att se den här sidan.
error-sign-in-failed = E-postadressen eller lösenordet stämmer inte.
error-forbidden = Du har inte behörighet till det här.
error-not-found = Sidan finns inte.
error-internal = Något gick fel hos oss. Det du redan sparat finns kvar. Försök igen om en stund.
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
field-error-no-description = beskriv hur och var du har lärt dig och använt detta

## Skattning
rating-legend = Hur väl kan du detta?
rating-no-experience = Ingen erfarenhet
rating-some-experience = Viss erfarenhet
rating-with-support = Kan göra det med stöd
rating-independently = Kan göra det självständigt
rating-can-teach = Kan lära ut till andra

## Status
status-draft = Utkast
status-submitted = Inskickad
status-returned = Behöver kompletteras
status-reviewed = Granskad
event-submitted = Inskickad av { $name } { $date }
event-returned = Skickad tillbaka för komplettering av { $name } { $date }
event-reviewed = Granskad av { $name } { $date }
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
password-hint = Minst 10 tecken. En mening du kommer ihåg fungerar bra.
field-name = Namn
field-email = E-postadress
field-password = Lösenord
field-locale = Språk
field-comment = Kommentar
field-decision = Beslut

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
returned-heading = Valideraren vill att du kompletterar
reviewed-heading = Din kartläggning är granskad
comment-by = { $name }, { $date }
submitted-explainer = Din kartläggning är inskickad. En validerare granskar den. Du kan inte ändra svaren under tiden.
reviewed-explainer = Granskningen är klar. Ladda ner din kompetensprofil nedan.

## Del
section-of = Del { $n } av { $total }
back-to-overview = Tillbaka till översikten
read-only-explainer = Kartläggningen är inskickad. Du kan läsa dina svar men inte ändra dem.
save-and-continue = Spara och fortsätt
autosave-saving = Sparar …
autosave-saved = Sparat
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
submit-explainer = När du skickar in kan en validerare läsa dina svar. Valideraren kan godkänna kartläggningen eller be dig komplettera. Du kan inte ändra svaren medan den granskas.
submit-button = Skicka in kartläggningen

## Validerare
review-title = Att granska
review-none = Det finns inga inskickade kartläggningar.
back-to-queue = Tillbaka till listan
trail-heading = Händelser
decision-heading = Ditt beslut
decision-reviewed = Granskad – inget mer behövs
decision-returned = Skicka tillbaka för komplettering
comment-hint = Deltagaren ser kommentaren. Den krävs när du skickar tillbaka.
decision-submit = Spara beslutet

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
answer-not-saved = Texten är för lång och har inte sparats. Korta den och spara igen – det du skrev finns kvar här.

## Section titles Kartla gives imported frameworks
import-section-core-content = Centralt innehåll
import-section-knowledge-requirements = Kunskapskrav
import-section-essential = Nödvändiga färdigheter och kunskaper
import-section-optional = Valfria färdigheter och kunskaper
import-section-skills = Kompetenser
import-section-competencies = Kompetenser
