### Kartla – suomi (fi)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = Siirry sisältöön
footer-privacy = Kartla tallentaa vain sen, mitä kirjoitat kartoitukseesi. Se näkyy vain sinulle – ja arvioijille sen jälkeen, kun olet lähettänyt kartoituksen.
nav-label = Päävalikko
nav-my-mappings = Omat kartoitukset
nav-sign-in = Kirjaudu sisään
nav-sign-out = Kirjaudu ulos
nav-register = Luo tili
signed-in-as = Kirjautuneena: { $name }
language-label = Kieli
language-change = Vaihda kieli
language-unreviewed-mark = ei vielä tarkistettu
languages-link = Tietoa kielistä
languages-title = Kielet
languages-lead = Voit käyttää Kartlaa näillä kielillä. Kartla-tiimi kirjoittaa käännökset. Käännös, jota yksikään äidinkielinen puhuja ei ole vielä tarkistanut, on merkitty, ja siinä voi olla virheitä.
languages-caption = Kielet ja se, onko äidinkielinen puhuja tarkistanut kunkin käännöksen
languages-col-language = Kieli
languages-col-name = Suomeksi
languages-col-status = Käännös
languages-status-original = Alkuperäinen teksti
languages-status-reviewed = Äidinkielisen puhujan tarkistama
languages-status-unreviewed = Äidinkielinen puhuja ei ole vielä tarkistanut
languages-feedback = Kuulostaako jokin kielelläsi väärältä? Kerro siitä opinto- ja uraohjaajallesi tai kuntasi Kartla-ylläpitäjälle. Virheen voi korjata odottamatta Kartlan uutta versiota.
loading = Ladataan …
back-home = Siirry etusivulle

## Errors
error-summary-title = Jotain pitää korjata
error-validation = Tarkista alla olevat tiedot.
error-bad-request = Pyyntöä ei voitu lukea. Lataa sivu uudelleen ja yritä uudestaan.
error-unauthorized = Kirjaudu sisään, niin näet tämän sivun.
error-sign-in-failed = Sähköpostiosoite tai salasana on väärin.
error-forbidden = Sinulla ei ole oikeutta tähän.
error-too-many = Liian monta yritystä. Odota minuutti ja yritä sitten uudelleen.
error-cross-site = Pyyntö tuli toisen sivuston sivulta, ja se hylättiin. Mene Kartlaan ja tee asia siellä.
error-not-found = Sivua ei ole olemassa.
error-internal = Meillä meni jotain vikaan. Se, minkä olet jo tallentanut, on tallessa. Yritä hetken päästä uudelleen.
error-unreachable = Kartlaan ei juuri nyt saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.
error-conflict-email-taken = Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään sillä.
error-conflict-not-editable = Kartoitus on lähetetty, eikä sitä voi muuttaa juuri nyt.
error-conflict-already-submitted = Kartoitus on jo lähetetty.
error-conflict-already-decided = Kartoitus on jo arvioitu.
field-error-required = pitää täyttää
field-error-too-long = on liian pitkä
field-error-too-short = on liian lyhyt
field-error-invalid-email = ei ole kelvollinen sähköpostiosoite
field-error-invalid-rating = valitse yksi vaihtoehdoista
field-error-unknown-criterion = ei kuulu tähän kartoitukseen
field-error-unknown-framework = ei ole luettelossa
field-error-not-rated = valitse, kuinka hyvin osaat tämän
field-error-changed-elsewhere = vastausta muutettiin toisessa välilehdessä tai toisella laitteella, eikä sen päälle ole tallennettu
field-error-no-description = kerro, miten ja missä olet oppinut tämän ja käyttänyt sitä

## Rating
rating-legend = Kuinka hyvin osaat tämän?
rating-no-experience = Ei kokemusta
rating-some-experience = Jonkin verran kokemusta
rating-with-support = Osaan tehdä sen tuettuna
rating-independently = Osaan tehdä sen itsenäisesti
rating-can-teach = Osaan opettaa sitä muille
rating-no-experience-hint = En ole tehnyt tätä.
rating-some-experience-hint = Olen nähnyt, kun sitä tehdään, tai kokeillut sitä muutaman kerran.
rating-with-support-hint = Osaan tehdä sen, kun joku auttaa minua tai näyttää, miten se tehdään.
rating-independently-hint = Osaan tehdä sen yksin, ilman apua.
rating-can-teach-hint = Osaan sen niin hyvin, että voin näyttää ja selittää sen muille.
rating-or = tai
rating-not-relevant = Ei koske minua
rating-not-relevant-hint = Tämä ei kuulu siihen, mitä haluan näyttää. Sinun ei tarvitse kirjoittaa mitään.
prompts-summary = Apua kuvaamiseen
prompt-normal-day = Millainen oli tavallinen päivä? Mitä teit?
prompt-hardest = Mikä oli vaikein tilanne, josta selvisit? Miten toimit?
prompt-tools = Mitä työkaluja, koneita, ohjelmia tai menetelmiä käytit?
prompt-how-long = Kuinka kauan ja kuinka usein teit sitä?
read-aloud = Lue ääneen

## Status
status-draft = Luonnos
status-submitted = Lähetetty
status-returned = Täydennystä pyydetty
status-reviewed = Arvioitu
event-submitted = { $name } lähetti kartoituksen { $date }
event-returned = { $name } palautti kartoituksen täydennettäväksi { $date }
event-reviewed = { $name } arvioi kartoituksen { $date }
kind-course = Kurssi
kind-occupation = Ammatti

## Start page
home-title = Näytä, mitä osaat
home-lead = Kartlassa kuvaat, mitä jo tiedät ja osaat, kriteeri kerrallaan, jotta arvioija voi arvioida osaamisesi.
home-how = Luo tili, valitse kurssi tai ammatti ja vastaa omaan tahtiisi. Kaikki, mitä kirjoitat, tallentuu.
home-have-account = Minulla on jo tili
home-role-later = Roolillesi tulee pian lisää työkaluja.

## Account
sign-in-title = Kirjaudu sisään
sign-in-submit = Kirjaudu sisään
sign-in-no-account = Eikö sinulla ole tiliä? Luo tili.
register-title = Luo tili
register-why = Tarvitsemme nimesi osaamisprofiiliasi varten ja sähköpostiosoitteesi, jotta voit kirjautua sisään uudelleen.
register-submit = Luo tili
password-hint = Vähintään 12 merkkiä. Lause, jonka muistat, toimii hyvin.
field-name = Nimi
field-email = Sähköpostiosoite
field-password = Salasana
field-locale = Kieli
field-municipality = Kotikunta
municipality-hint = Kunta, jossa asut. Se tarjoaa sinulle validointia eli osaamisesi tunnistamista ja tunnustamista, ja se vastaa kartoituksistasi. Voit vaihtaa kunnan myöhemmin.
municipality-choose = Valitse kunta
field-comment = Kommentti

## My mappings
my-mappings-title = Omat kartoitukset
my-mappings-none = Et ole vielä aloittanut yhtään kartoitusta.
updated-on = Muutettu viimeksi { $date }
start-mapping-title = Aloita uusi kartoitus
start-mapping-lead = Valitse kurssi tai ammatti, jonka osaamisen haluat näyttää.
criteria-count = { $count ->
    [one] { $count } kriteeri
   *[other] { $count } kriteeriä
}
start-mapping-button = Aloita: { $title }

## Overview
sections-heading = Osiot
progress = { $done } / { $total } vastattu
task-not-started = Ei aloitettu
task-in-progress = Kesken
task-done = Valmis
check-answers-link = Tarkista ja lähetä
download-pdf = Lataa osaamisprofiili (PDF)
print-heading = Tulosta osaamisprofiili
print-lang = Otsikoiden ja nimikkeiden kieli
print-two = Kriteerit kahdella kielellä rinnakkain
print-two-hint = Henkilön oma kieli ja ruotsi, esimerkiksi kun arvioija ja henkilö lukevat yhdessä.
goal-heading = Tavoitteeni
field-goal = Kartoituksen tavoite
goal-hint = Esimerkiksi kurssi, arvosana tai ammatti, johon haluat päästä. Tavoite näkyy osaamisprofiilin ensimmäisellä sivulla.
goal-save = Tallenna tavoite
goal-saved = Tavoite on tallennettu.
goal-shown = Kartoituksen tavoite: { $goal }
pdf-goal = Tavoite
submitted-explainer = Kartoituksesi on lähetetty. Arvioija käy sitä läpi. Et voi muuttaa vastauksiasi sillä aikaa.
reviewed-explainer = Arviointi on valmis. Lataa osaamisprofiilisi alta.

## Section
section-of = Osio { $n } / { $total }
back-to-overview = Takaisin yleisnäkymään
read-only-explainer = Kartoitus on lähetetty. Voit lukea vastauksiasi, mutta et voi muuttaa niitä.
save-and-continue = Tallenna ja jatka
autosave-saving = Tallennetaan …
autosave-saved = Tallennettu
session-warning-title = Sinut kirjataan pian ulos
session-warning-text = Turvallisuussyistä sinut kirjataan ulos, kun et ole käyttänyt palvelua { $minutes } minuuttiin. Tallentamasi tiedot säilyvät.
session-stay = Pysy kirjautuneena
session-ended-title = Sinut on kirjattu ulos
session-ended-text = Tallentamasi tiedot säilyvät. Teksti, jota ei ehditty tallentaa, on yhä tässä selaimessa, ja se lähetetään, kun kirjaudut uudelleen sisään.
session-sign-in-again = Kirjaudu uudelleen
autosave-restored = Tekstiä, jota ei viime kerralla ehditty tallentaa, oli vielä tässä selaimessa. Se lähetetään nyt …
autosave-offline = Ei vielä tallennettu – ei verkkoyhteyttä. Teksti on tallessa tässä selaimessa, ja se lähetetään, kun yhteys palaa.
autosave-changed-elsewhere = Ei tallennettu: vastausta on muutettu toisessa välilehdessä tai toisella laitteella.
answer-changed-elsewhere = Vastausta muutettiin toisessa välilehdessä tai toisella laitteella sen jälkeen, kun avasit tämän sivun. Kirjoittamasi teksti on yhä kentässä, mutta sitä ei ole tallennettu. Tallenna uudelleen, jos haluat säilyttää tekstisi.
answer-changed-elsewhere-live = Vastausta on muutettu toisessa välilehdessä tai toisella laitteella. Tekstisi on yhä kentässä, mutta sitä ei ole tallennettu. Valitse, kumpi jää voimaan.
answer-saved-elsewhere = Tallennettu vastaus nyt:
conflict-keep-mine = Säilytä oma tekstini
conflict-use-saved = Käytä tallennettua vastausta
text-in-swedish = Tämä teksti on saatavilla vain ruotsiksi.
answer-label = Miten ja missä olet oppinut tämän ja käyttänyt sitä?
answer-hint = Kerro, mitä teit, missä, kuinka kauan ja millä työkaluilla. Merkkejä enintään { $max }.

## Check your answers
check-title = Tarkista vastauksesi
missing-heading = Nämä puuttuvat vielä, ennen kuin voit lähettää
missing-rating = { $code }: valitse, kuinka hyvin osaat tämän
missing-description = { $code }: kerro, miten ja missä olet oppinut tämän
not-answered = Ei vastattu
no-description = Ei kuvausta
change = Muuta
submit-heading = Lähetä
submit-explainer = Kun lähetät kartoituksen, arvioija voi lukea vastauksesi ja ansioportfoliosi. Arvioija voi hyväksyä kartoituksen tai pyytää sinua täydentämään sitä. Et voi muuttaa vastauksiasi sinä aikana, kun kartoitusta arvioidaan.
submit-button = Lähetä kartoitus

## Validator
trail-heading = Tapahtumat

## PDF
pdf-title = Osaamisprofiili
pdf-person = Henkilö
pdf-frameworks = Kurssi tai ammatti
pdf-date = Päivämäärä
pdf-status = Tila
pdf-rating = Itsearvio
pdf-answer = Miten ja missä
pdf-validator = Arvioija
pdf-trail = Tapahtumat
pdf-version = versio { $version }
pdf-started = Aloitettu
pdf-submitted = Lähetetty
pdf-summary = Yhteenveto
pdf-fully-met = Osaa kokonaan (itsenäisesti tai osaa opettaa muille)
pdf-partly-met = Osaa osittain (jonkin verran kokemusta tai tuettuna)
pdf-none = ei yhtään
pdf-portfolio = Ansioportfolio
pdf-evidence = Liitteet
pdf-evidence-missing = Todiste puuttuu kriteereistä
pdf-attachment = Liite { $number }
pdf-verify-code = Tarkistuskoodi
pdf-verify-where = Tarkista profiilin aitous osoitteessa:
pdf-page = Sivu { $page } / { $pages }
file-name-attachment = liite-{ $number }
file-name-certificate = todistusluonnos-{ $number }
file-name-profile = osaamisprofiili-{ $number }
verify-title = Tarkista osaamisprofiili
verify-lead = Jokaisen Kartlasta tulostetun osaamisprofiilin jokaisen sivun alareunassa on tarkistuskoodi. Kirjoita koodi tähän, niin näet, että profiili on olemassa ja milloin se tulostettiin.
verify-code-label = Tarkistuskoodi
verify-code-hint = Kaksitoista merkkiä, esimerkiksi 7KQM-2WXP-H9CD. Isoilla ja pienillä kirjaimilla ei ole väliä.
verify-submit = Tarkista
verify-found = Osaamisprofiili on olemassa
verify-code = Tarkistuskoodi
verify-person = Henkilön nimikirjaimet
verify-frameworks = Kurssi tai ammatti
verify-printed = Tulostettu
verify-status = Tila tulostushetkellä
verify-fingerprint = PDF-tiedoston sormenjälki (SHA-256)
verify-fingerprint-hint = Jos sinulla on tiedosto, laske sen SHA-256-tiiviste ja vertaa: jos ne ovat samat, tiedosto ei ole muuttunut tulostuksen jälkeen.
verify-not-found = Tällä koodilla ei löydy osaamisprofiilia. Tarkista, että kopioit koodin oikein.
answer-not-saved = Teksti on liian pitkä, eikä sitä ole tallennettu. Lyhennä tekstiä ja tallenna uudelleen – kirjoittamasi teksti on yhä tässä.

## Section titles Kartla gives imported frameworks
import-section-core-content = Keskeinen sisältö
import-section-knowledge-requirements = Osaamisvaatimukset
import-section-essential = Välttämättömät taidot ja tiedot
import-section-optional = Valinnaiset taidot ja tiedot
import-section-skills = Taidot
import-section-competencies = Osaamiset

## The public catalogue
nav-catalogue = Luettelo
catalogue-title = Kriteeriluettelo
catalogue-lead = Kurssit ja ammatit, joihin voit verrata osaamistasi kartoituksessa. Valitse yksi, niin näet sen kriteerit.
catalogue-search = Hae nimellä tai koodilla
catalogue-kind = Tyyppi
catalogue-kind-all = Kaikki
catalogue-kind-course = Kurssit
catalogue-kind-occupation = Ammatit
catalogue-language = Tekstien kieli
catalogue-language-all = Kaikki kielet
catalogue-search-button = Hae
catalogue-found = { $count ->
    [0] Ei hakutuloksia
    [one] Yksi hakutulos
   *[other] { $count } hakutulosta
}
catalogue-pages = Sivut
catalogue-page-of = Sivu { $page } / { $pages }
catalogue-previous = Edellinen sivu
catalogue-next = Seuraava sivu
catalogue-languages = Saatavilla kielillä: { $list }
catalogue-published = julkaistu { $date }
catalogue-older-version = Tämä on vanhempi versio.
catalogue-see-current = Näytä nykyinen versio
catalogue-fallback-note = Osa teksteistä ei ole saatavilla sinun kielelläsi, ja ne näytetään ruotsiksi.
catalogue-start-mapping = Aloita kartoitus tämän pohjalta
catalogue-versions = Versiot
grade-step = Arvosanataso { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Skolverketin kurssikoodi
language-name = { $code ->
    [sv] ruotsi
    [en] englanti
    [ar] arabia
    [fa] persia
    [ti] tigrinja
    [so] somali
    [uk] ukraina
    [ckb] sorani
    [ps] paštu
    [prs] dari
    [kmr] kurmandži
    [am] amhara
    [ru] venäjä
    [tr] turkki
    [de] saksa
    [fi] suomi
    [fr] ranska
    [es] espanja
    [pl] puola
   *[other] { $code }
}
catalogue-version = Versio { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Luettelo (ylläpito)
admin-catalogue-title = Hallinnoi luetteloa
admin-catalogue-count = { $count ->
    [one] Yksi kriteeristö
   *[other] { $count } kriteeristöä
}
admin-catalogue-caption = Luettelon kriteeristöt
admin-import-start = Tuo kriteerejä tiedostoista
admin-col-code = Koodi
admin-col-title = Nimi
admin-col-kind = Tyyppi
admin-col-version = Versio
admin-col-status = Tila
admin-col-criteria = Kriteerit
admin-col-sections = Osiot
admin-col-languages = Kielet
admin-col-change = Muutos
version-draft = Luonnos
version-published = Julkaistu
import-title = Tuo kriteerejä
import-lead = Valitse muoto ja tiedostot. Näet, mitä tiedostoissa on ja mikä muuttuu, ennen kuin mitään tallennetaan.
import-format = Muoto
format-kartla = Kartlan oma muoto (TOML)
format-kartla-hint = Yksi tiedosto kriteeristöä kohden, sellaisena kuin komento kartla catalogue export sen kirjoittaa.
format-skolverket = Skolverketin (Ruotsin kouluvirasto) opetussuunnitelma-API (JSON)
format-skolverket-hint = Vastaus, jossa on course, courses, subject tai subjects. Keskeisestä sisällöstä ja osaamisvaatimuksista tulee kriteerejä.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv ja occupationSkillRelations_xx.csv, halutessasi usealla kielellä. Ruotsi on pakollinen.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = Ammattinimikkeet ja niihin liittyvät taidot.
format-moodle = Moodlen osaamiskehys (CSV)
format-moodle-hint = Moodlesta viety tiedosto; ylemmän tason ID-numerot (Parent ID number) määräävät rakenteen.
import-files = Tiedostot
import-files-hint = Voit valita useita tiedostoja, yhteensä enintään { $mb } Mt.
import-occupations = Vain nämä ESCO-ammatit (valinnainen)
import-occupations-hint = Yksi ammatin URI riviä kohden. Jätä tyhjäksi, jos haluat tuoda kaikki tiedostojen ammatit.
import-preview-button = Näytä esikatselu
import-preview-title = Tuonnin esikatselu
import-refused = { $count ->
    [one] Tiedostoja ei voi tuoda: yksi ongelma
   *[other] Tiedostoja ei voi tuoda: { $count } ongelmaa
}
import-at-line = rivi { $line }
import-in-field = kenttä { $field }
import-nothing-written = Mitään ei ole tallennettu. Korjaa tiedostot ja yritä uudelleen.
import-try-again = Valitse tiedostot uudelleen
import-summary = Kriteeristöjä { $total }: uusia { $new }, muuttuneita { $changed }, ennallaan { $unchanged }.
import-rows-shown = (näytetään ensimmäiset { $shown })
import-applied = Tuonti on valmis. Kriteeristöt ovat nyt luettelossa.
import-blocked = Joku muokkaa yhden kriteeristön luonnosta. Julkaise tai hylkää luonnos ensin.
import-nothing-to-write = Kaikki tiedostojen sisältö on jo luettelossa. Mitään ei tarvitse tallentaa.
import-confirm = { $count ->
    [one] Tuo yksi kriteeristö
   *[other] Tuo { $count } kriteeristöä
}
import-preview-caption = Tiedostojen kriteeristöt
plan-new = Uusi, versio 1
plan-new-version = Muuttunut, tulee versioksi { $version }
plan-unchanged = Ennallaan (versio { $version })
plan-draft-in-the-way = Luonnos estää (versio { $version })
error-too-large = Lähettämäsi tiedot ovat liian suuret.
error-conflict-not-a-draft = Vain luonnosta voi muuttaa. Julkaistu versio ei muutu koskaan.
error-conflict-code-taken = Toinen kriteeristö käyttää jo tätä koodia.
error-conflict-draft-in-the-way = Joku muokkaa tämän kriteeristön luonnosta. Julkaise tai hylkää luonnos ensin.
error-conflict-import-refused = Tiedostoja ei voitu lukea, eikä niitä voi tuoda.
error-conflict-import-applied = Tämä tuonti on jo tehty.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = tiedostoa ei voitu lukea ({ $detail }).
import-syntax = tiedoston muoto on virheellinen: { $detail }
import-missing-field = puuttuu, vaikka se on pakollinen.
import-unknown-language = tuntematon kielikoodi ”{ $detail }”. Käytä ISO 639 -koodia, esimerkiksi sv, en tai ar.
import-missing-swedish = ruotsinkielinen teksti puuttuu. Luettelo näyttää ruotsinkielisen tekstin, kun käännös puuttuu, joten ruotsi on pakollinen.
import-missing-file = tiedostoa tarvitaan, mutta sitä ei annettu.
import-unknown-occupation = millään ammatilla ei ole URI-tunnusta { $detail }.
import-unknown-parent = millään rivillä ei ole ID-numeroa ”{ $detail }”.
import-duplicate-framework = koodi { $detail } on kahteen kertaan.
import-nothing = ei sisällä tuotavaa kriteeristöä.
import-expected-skolverket-root = odotettiin Skolverketin API:n vastausta, jossa on course, courses, subject tai subjects.
import-expected-jobtech-concepts = odotettiin JSON-listaa JobTech Taxonomyn käsitteistä.
import-expected-moodle-header = odotettiin Moodlesta vietyä tiedostoa, jossa on sarakkeet Parent ID number, ID number, Short name ja Description.
import-expected-kartla-file = odotettiin Kartlan muotoista tiedostoa, jonka alussa on format = "kartla/1".
import-expected-text = odotettiin tekstiä.
import-expected-list = odotettiin listaa.
import-expected-kind = odotettiin arvoa course tai occupation.
import-expected-grade-step = odotettiin arvosanatasoa E, C tai A.
import-expected-external-system = odotettiin arvoa esco, jobtech tai skolverket.
import-expected-utf8 = odotettiin UTF-8-muotoista tekstiä.
content-bad-code = koodissa voi olla 1–60 merkkiä: kirjaimia a–z, numeroita, pisteitä, yhdysmerkkejä tai alaviivoja.
content-empty = ei saa olla tyhjä.
content-too-long = on liian pitkä: merkkejä saa olla enintään { $detail }.
content-no-sections = kriteeristössä pitää olla vähintään yksi osio.
content-no-criteria = osiossa pitää olla vähintään yksi kriteeri.
content-duplicate-code = kriteerin koodia { $detail } käytetään kahdesti.
content-unknown-language = tuntematon kielikoodi ”{ $detail }”.
content-guidance-on-occupation = arvosanatasojen kuvaukset kuuluvat kursseille, eivät ammateille.

## Authoring frameworks
admin-new-framework = Uusi kriteeristö
admin-col-action = Toiminto
admin-edit = Muokkaa: { $code }
admin-continue = Jatka luonnosta: { $code }, versio { $version }
new-framework-title = Uusi kriteeristö
new-framework-button = Luo luonnos
editor-kind = Tyyppi
editor-code = Koodi
editor-code-hint = Lyhyt ja yksilöllinen, merkkejä enintään { $max }: kirjaimia a–z, numeroita, pisteitä, yhdysmerkkejä tai alaviivoja. Koodia ei voi muuttaa myöhemmin.
editor-title-sv = Nimi ruotsiksi
editor-title-en = Nimi englanniksi (valinnainen)
editor-title = Muokkaa: { $title }, version { $version } luonnos
editor-lead = Luonnos ei näy luettelossa ennen kuin julkaiset sen. Jokainen painike tallentaa ensin kaiken, mitä olet kirjoittanut. Julkaistu versio ei muutu koskaan; jo aloitetut kartoitukset säilyttävät versionsa.
editor-name = Nimi
editor-external = Linkki ulkoiseen rekisteriin (valinnainen)
editor-external-system = Rekisteri
editor-external-none = Ei linkkiä
editor-external-id = Käsitteen tunniste (id) tai URI
editor-section = Osio { $number }
editor-section-title = Osion otsikko
editor-section-add = Lisää osio
editor-section-up = Siirrä osiota { $number } ylöspäin
editor-section-down = Siirrä osiota { $number } alaspäin
editor-section-remove = Poista osio { $number }
editor-criterion = Kriteeri { $number }
editor-criterion-code = Koodi
editor-criterion-text = Kriteerin teksti
editor-criterion-add = Lisää kriteeri osioon { $number }
editor-criterion-up = Siirrä kriteeriä { $number } ylöspäin
editor-criterion-down = Siirrä kriteeriä { $number } alaspäin
editor-criterion-remove = Poista kriteeri { $number }
editor-guidance = Arvosanatasot E, C ja A (valinnainen)
editor-guidance-hint = Mitä kukin arvosanataso tarkoittaa tässä kriteerissä. Näytetään ohjeena osallistujille ja arvioijille.
editor-add-language = Lisää kieli
editor-add-language-hint = Kielen kentät tulevat näkyviin, kun tallennat.
editor-add-language-none = Ei uutta kieltä
editor-save = Tallenna luonnos
editor-publish = Julkaise
editor-discard-title = Hylkää luonnos
editor-discard = Hylkää luonnos
editor-label-title = Nimi ({ $lang })
editor-label-section-title = Osio { $section }, otsikko ({ $lang })
editor-label-section = Osio { $section }
editor-label-criterion-code = Osio { $section }, kriteeri { $criterion }, koodi
editor-label-criterion-text = Osio { $section }, kriteeri { $criterion }, teksti ({ $lang })
editor-label-criterion-guidance = Osio { $section }, kriteeri { $criterion }, arvosanataso { $step } ({ $lang })
field-error-bad-code = koodissa voi olla vain kirjaimia a–z, numeroita, pisteitä, yhdysmerkkejä tai alaviivoja.
field-error-code-taken = toinen kriteeristö käyttää jo tätä koodia.
field-error-no-sections = kriteeristössä pitää olla vähintään yksi osio.
field-error-no-criteria = osiossa pitää olla vähintään yksi kriteeri.
field-error-duplicate-code = toinen kriteeri käyttää tätä koodia.
field-error-unknown-language = tuntematon kieli.
field-error-guidance-on-occupation = arvosanatasot kuuluvat kursseille, eivät ammateille.
start-mapping-search = Hae kaikista luettelon { $count } kurssista ja ammatista
guidance-summary = Mitä arvosanatasot tarkoittavat
admin-col-published = Julkaistu versio
admin-not-published = Ei julkaistu

## The merit portfolio
nav-experiences = Ansioportfolio
nav-evidence = Todisteet
experiences-title = Oma ansioportfolio
experiences-lead = Kirjoita siitä, mitä olet tehnyt: työstä, koulutuksesta, kursseista, vapaaehtoistyöstä ja muusta. Portfolio näkyy sinulle – ja arvioijille, kun olet lähettänyt kartoituksen. Voit viitata kokemuksiisi, kun kuvaat, mitä osaat.
experiences-add = Lisää kokemus
experiences-none = Et ole vielä lisännyt kokemuksia.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – jatkuu
experience-edit = Muuta: { $role }
experience-delete = Poista: { $role }
experience-new-title = Uusi kokemus
experience-edit-title = Muuta kokemusta
experience-unsaved = Tämä on se, mitä kirjoitit viimeksi. Sitä ei ole vielä tallennettu – korjaa merkityt kohdat ja tallenna uudelleen.
experience-field-kind = Millainen kokemus?
experience-field-role = Mitä teit?
experience-role-hint = Esimerkiksi ammattinimike, koulutus tai kurssi.
experience-field-place = Työnantaja, koulu tai organisaatio sekä paikkakunta
experience-field-country = Maa
experience-field-start = Alkoi
experience-field-end = Päättyi
experience-month-hint = Vuosi ja kuukausi, esimerkiksi 2019-04.
experience-end-hint = Jätä tyhjäksi, jos se jatkuu yhä.
experience-field-tasks = Työtehtävät ja mitä opit
experience-tasks-hint = Kuvaa tavallinen päivä, vaikeat tilanteet, joista selvisit, sekä työkalut ja menetelmät. Merkkejä enintään { $max }.
experience-save = Tallenna kokemus
experience-kind-work = Työ
experience-kind-education = Koulutus
experience-kind-training = Kurssi tai työharjoittelu
experience-kind-volunteering = Vapaaehtoistyö
experience-kind-other = Muu
experience-certificate = Tulosta todistusluonnos: { $role } (PDF)
cert-title = Todistusluonnos
cert-intro = Kartoitan osaamistani validointia varten. Pyydän sinua, joka olit työnantajani, esihenkilöni tai yhteyshenkilöni, lukemaan alla olevan kuvaukseni, korjaamaan siinä olevat virheet ja allekirjoittamaan sen.
cert-about = Tietoa työstä
cert-person = Nimi: { $value }
cert-role = Ammatti tai tehtävä: { $value }
cert-place = Työnantaja tai paikka: { $value }
cert-country = Maa: { $value }
cert-period = Ajanjakso: { $value }
cert-tasks = Työtehtävät omin sanoin
cert-no-tasks = (Kuvausta ei ole vielä. Kuvaa työtehtävät alle.)
cert-confirm = Vahvistus
cert-confirm-choice = Kuvaus pitää paikkansa:   kyllä   /   kyllä, alla olevin korjauksin   /   ei   (ympyröi yksi)
cert-corrections = Korjaukset ja lisäykset:
cert-extent = Työsuhteen muoto ja laajuus:
cert-signer-name = Nimi:
cert-signer-title = Asema:
cert-signer-organisation = Organisaatio:
cert-signer-contact = Puhelin tai sähköposti:
cert-signed-date = Päivämäärä:
cert-signature = Allekirjoitus:
cert-made = Tämä luonnos on tulostettu Kartlasta { $date }. Se on voimassa vasta allekirjoitettuna.
field-error-invalid-month = kirjoita vuosi ja kuukausi, esimerkiksi 2019-04.
field-error-end-before-start = loppu ei voi olla ennen alkua.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = Mihin kokemuksiisi vastaus perustuu? (valinnainen)
answer-experiences-none = Lisää kokemuksia ansioportfolioosi, niin voit viitata niihin tässä.
answer-draws-on = Perustuu kokemuksiin: { $list }
answer-evidence = Mitkä todisteet osoittavat tämän? (valinnainen)
answer-evidence-none = Lisää todistuksia, arvosanoja, kortteja tai kuvia työstäsi, niin voit viitata niihin tässä.
answer-evidence-missing = Minulla ei ole tästä todistetta (puuttuu)
answer-evidence-shown = Todisteet:
answer-evidence-missing-shown = Todiste puuttuu
evidence-title = Todisteet
evidence-lead = Todistuksia, arvosanoja, tutkintotodistuksia, kortteja ja lupia tai kuvia jostakin, mitä olet tehnyt. Jokainen tiedosto saa numeron siinä järjestyksessä, jossa lisäät sen. Tiedostot näkevät vain sinä ja se, joka käy kartoituksesi läpi.
evidence-none = Et ole vielä lisännyt todisteita.
evidence-label = Liite { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } kt
evidence-belongs-to = Liittyy kokemuksiin: { $list }
evidence-open = Avaa liite { $number }
evidence-delete = Poista liite { $number }
evidence-added = Liite { $number } on lisätty.
evidence-add-heading = Lisää todiste
evidence-title-label = Mikä se on? (valinnainen)
evidence-title-hint = Esimerkiksi ”Trukkikortti” tai ”Lukion päättötodistus”. Merkkejä enintään { $max }. Jos jätät kentän tyhjäksi, käytetään tiedoston nimeä.
evidence-experiences = Mihin kokemuksiin se liittyy? (valinnainen)
evidence-file-label = Tiedosto
evidence-file-hint = PDF, JPEG tai PNG, enintään { $max } Mt. Voit ottaa kuvan puhelimellasi.
evidence-upload = Lisää tiedosto
evidence-full = Sinulla on jo enimmäismäärä todisteita ({ $max }). Poista jokin, jos haluat lisätä uusia.
field-error-evidence-no-file = valitse lisättävä tiedosto
field-error-evidence-too-big = tiedosto on liian suuri – se saa olla enintään 10 Mt
field-error-evidence-wrong-type = tiedosto ei ole PDF, JPEG eikä PNG
field-error-evidence-too-many = sinulla on jo enimmäismäärä todisteita
field-error-evidence-title-too-long = kuvaus on liian pitkä
evidence-refused-no-file = Tiedostoa ei lähetetty.
evidence-refused-too-big = Tiedosto on liian suuri. Se saa olla enintään 10 Mt.
evidence-refused-wrong-type = Tiedosto ei ole PDF, JPEG eikä PNG.
evidence-refused-too-many = Todisteita on jo enimmäismäärä.
evidence-refused-title-too-long = Kuvaus on liian pitkä.
catalogue-version-dated = Versio { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = Kuka on nähnyt tietojasi
seen-by-lead = Aina kun joku muu kuin sinä avaa jonkin kartoituksesi, sen osaamisprofiilin tai jonkin liitetiedostosi, siitä tulee merkintä tähän: kuka, missä roolissa, minkä organisaation puolesta ja milloin. Kukaan ei voi katsoa tietojasi ilman, että siitä jää merkintä.
seen-by-none = Kukaan muu ei ole avannut tietojasi.
seen-by-caption = Kuka avasi mitä, uusimmat ensin
seen-by-when = Milloin
seen-by-who = Kuka
seen-by-role = Rooli
seen-by-organisation = Organisaatio
seen-by-what = Mitä
seen-by-link = Kuka on nähnyt tietojasi
seen-what-mapping = Kartoitus { $number }
seen-what-profile-pdf = Kartoituksen { $number } osaamisprofiili
seen-what-evidence = Liitetiedosto
seen-what-case = Asia { $number }
seen-what-statement = Asian { $number } lausunto
role-participant = Osallistuja
role-counsellor = Opinto- ja uraohjaaja
role-coordinator = Käsittelijä
role-validator = Arvioija
role-org-admin = Organisaation ylläpitäjä
role-installation-admin = Palvelun ylläpitäjä

# The person's own account
nav-account = Oma tili
account-title = Oma tili
account-who = Kirjautuneena: { $name } ({ $email }).
account-home-submit = Tallenna kotikunta
account-home-saved = Kotikuntasi on tallennettu.
account-password-title = Vaihda salasana
account-password-submit = Vaihda salasana
account-password-saved = Salasanasi on vaihdettu. Sinut on kirjattu ulos muilla laitteillasi.
account-everywhere-title = Kirjaudu ulos kaikkialta
account-everywhere-lead = Päättää kaikki kirjautumisesi kaikilla puhelimilla ja tietokoneilla, myös tällä. Käytä tätä, jos olet kadottanut laitteen tai kirjautunut yhteiskäyttöisellä tietokoneella.
account-everywhere-submit = Kirjaudu ulos kaikkialta
field-current = Nykyinen salasana
field-new = Uusi salasana
field-error-wrong-password = on väärin

# Organisations and people (administration)
nav-admin-people = Organisaatiot ja henkilöt
people-title = Organisaatiot ja henkilöt
people-lead = Henkilöiden roolit organisaatioissasi. Kun päätät roolin, sen antamat oikeudet poistuvat heti; henkilö säilyttää tilinsä ja muut roolinsa.
people-none = Kenelläkään ei ole vielä roolia täällä.
people-caption = Roolit organisaatiossa { $org }
people-col-name = Nimi
people-col-email = Sähköpostiosoite
people-col-role = Rooli
people-end = Päätä henkilön { $name } rooli: { $role }
people-ended = Rooli on päätetty.
people-add-org = Lisää organisaatio
people-add-org-submit = Lisää organisaatio
people-org-added = Organisaatio on lisätty.
org-kind-region = Alueen toimisto
org-kind-municipality = Kunta
org-kind-provider = Järjestäjä
org-code-hint = Lyhyt koodi: kirjaimia A–Z, numeroita ja yhdysmerkkejä, esimerkiksi LULEA tai NORD-VAL.
field-org-kind = Organisaation tyyppi
field-org-code = Koodi
field-org-name = Nimi
field-org-email = Sähköpostiosoite yhteydenottoja varten
field-org-phone = Yhteyspuhelin
field-error-bad-org-code = pitää olla 2–24 merkkiä: kirjaimia A–Z, numeroita tai yhdysmerkkejä, ja ensimmäisen merkin pitää olla kirjain
field-error-region-exists = tällä palvelulla on jo oma alueensa

# Invitations
invite-heading = Kutsu henkilö
invite-explain = Henkilö saa linkin, joka toimii kerran seitsemän päivän ajan. Sen avulla hän ottaa roolin vastaan: kirjautuneena omalle tililleen, jos hänellä on tili, tai luomalla tilin tällä sähköpostiosoitteella.
field-invite-organisation = Organisaatio
field-invite-role = Rooli
field-error-role-misfit = ei sovi tämäntyyppiseen organisaatioon
invite-submit = Lähetä kutsu
invite-sent = Kutsu on lähetetty sähköpostilla.
invite-pass-on = Tämä Kartla-palvelu ei lähetä sähköpostia. Anna linkki henkilölle itse tavalla, jolla vain hän voi lukea sen. Linkki toimii kerran seitsemän päivän ajan; tämä sivu näyttää sen vain viiden minuutin ajan.
invite-not-sent = Sähköpostia ei voitu lähettää. Anna linkki henkilölle itse tavalla, jolla vain hän voi lukea sen. Linkki toimii kerran seitsemän päivän ajan; tämä sivu näyttää sen vain viiden minuutin ajan.
invite-withdrawn = Kutsu on peruttu. Sen linkki ei enää toimi.
invite-pending-caption = Hyväksymättömät kutsut organisaatiossa { $org }
invite-col-expires = Voimassa asti
invite-withdraw = Peru kutsu osoitteeseen { $email }
invite-title = Kutsu
invite-lead = Sinut on kutsuttu rooliin { $role } organisaatiossa { $org }. Kutsu koskee osoitetta { $email }.
invite-accept = Hyväksy kutsu
invite-new-account = Luo tili
invite-other-person = Olet kirjautunut käyttäjänä { $me }, mutta kutsu koskee osoitetta { $email }. Kirjaudu ulos ja avaa linkki uudelleen.
invite-sign-in-first = Osoitteella { $email } on jo tili. Kirjaudu sille, niin palaat tänne hyväksymään kutsun.
invite-gone-title = Tämä kutsu ei enää toimi
invite-gone-text = Kutsu on jo käytetty, se on vanhentunut seitsemän päivän jälkeen tai se on peruttu. Pyydä uusi kutsu siltä, joka kutsui sinut.
error-conflict-invitation-gone = Tämä kutsu ei enää toimi: se on jo käytetty, vanhentunut tai peruttu. Pyydä uusi kutsu siltä, joka kutsui sinut.
error-conflict-invitation-other-person = Kutsu on osoitettu eri sähköpostiosoitteeseen kuin tili, jolle olet kirjautunut. Kirjaudu ulos ja avaa linkki uudelleen.
error-conflict-invitation-sign-in = Kutsutulla sähköpostiosoitteella on jo tili. Kirjaudu sille ja avaa linkki uudelleen.
mail-invite-subject = Kutsu Kartlaan: { $org }
mail-invite-body =
    Hei,

    { $inviter } kutsuu sinut Kartlaan rooliin { $role } organisaatiossa { $org }.

    Hyväksy kutsu avaamalla tämä linkki:
    { $link }

    Linkki toimii kerran { $days } päivän ajan. Jos et odottanut tätä kutsua, voit jättää tämän viestin huomiotta.

# Forgotten password
sign-in-forgot = Unohditko salasanasi?
forgot-title = Unohtunut salasana
forgot-lead = Kirjoita tilisi sähköpostiosoite. Lähetämme siihen linkin, jolla voit valita uuden salasanan.
forgot-submit = Lähetä linkki
forgot-asked = Jos tällä osoitteella on tili, linkki on matkalla siihen. Linkki toimii kerran tunnin ajan. Katso myös roskapostikansio.
forgot-no-mail = Tämä Kartla-palvelu ei lähetä sähköpostia, joten linkkiä ei voi lähettää sinulle. Jos työskentelet jossakin alueen organisaatiossa, pyydä linkkiä sen ylläpitäjältä. Muuten kysy niiltä, jotka hoitavat Kartlaa kunnassasi.
reset-title = Valitse uusi salasana
reset-submit = Tallenna uusi salasana
reset-done = Uusi salasanasi on tallennettu, ja sinut on kirjattu ulos kaikkialta. Kirjaudu sisään uudella salasanalla.
reset-gone-title = Tämä linkki ei enää toimi
reset-gone-text = Linkki on jo käytetty, tai se on vanhentunut tunnin jälkeen. Pyydä uusi linkki kirjautumissivulla.
error-conflict-password-link-gone = Tämä linkki ei enää toimi: se on jo käytetty tai vanhentunut. Pyydä uusi linkki kirjautumissivulla.
mail-reset-subject = Valitse uusi salasana Kartlaan
mail-reset-body =
    Hei,

    Joku pyysi saada valita uuden salasanan Kartla-tilillesi. Valitse uusi salasana avaamalla tämä linkki:
    { $link }

    Linkki toimii kerran { $minutes } minuutin ajan. Jos et itse pyytänyt tätä, voit jättää viestin huomiotta: salasanasi pysyy ennallaan.

# The administrators' search of the access log
audit-title = Kuka on nähnyt kenen tietoja
audit-lead = Hae henkilön sähköpostiosoitteella kaikki kerrat, jolloin joku on avannut hänen kartoituksiaan, profiilejaan tai todisteitaan. Näet, mitä organisaatioidesi henkilöt ovat avanneet; palvelun ylläpitäjät näkevät kaiken. Hakuasi ei näytetä henkilölle.
audit-person = Henkilön sähköpostiosoite
audit-search = Hae
audit-unknown = Tällä sähköpostiosoitteella ei ole tiliä.
audit-none = Kukaan, jonka tietoja saat nähdä, ei ole avannut tämän henkilön tietoja.
audit-caption = Kuka on avannut henkilön { $email } tietoja, uusimmat ensin
people-edit-org = Muuta organisaation { $org } tietoja
people-edit-org-submit = Tallenna tiedot
people-org-changed = Organisaation tiedot on tallennettu.
people-serves = Kunnat, joiden asukkaita organisaatio arvioi
people-serves-hint = Organisaation arvioijat näkevät niiden henkilöiden lähetetyt kartoitukset, jotka asuvat tässä valituissa kunnissa.
people-new-role = Uusi rooli henkilölle { $name }
people-change = Vaihda henkilön { $name } rooli
people-role-changed = Rooli on vaihdettu.
reset-link-heading = Uusi salasana toiselle henkilölle
reset-link-explain = Kun joku organisaatiossasi työskentelevä ei pääse kirjautumaan eikä tämä Kartla-palvelu lähetä sähköpostia, voit luoda linkin, jolla hän valitsee uuden salasanan. Linkki toimii kerran tunnin ajan; anna se eteenpäin tavalla, jolla vain hän voi lukea sen. Osallistujien tileillä pääsee heidän omiin tietoihinsa, joten ylläpitäjä ei luo linkkejä heille.
reset-link-email = Henkilön sähköpostiosoite
reset-link-submit = Luo linkki
reset-link-pass-on = Anna tämä linkki henkilölle tavalla, jolla vain hän voi lukea sen. Linkki toimii kerran tunnin ajan; tämä sivu näyttää sen vain viiden minuutin ajan.
field-error-not-your-person = ei ole sellaisen henkilön osoite, joka työskentelee vain sinun organisaatioissasi
field-error-control-characters = ei saa sisältää rivinvaihtoja tai muita ohjausmerkkejä

## Cases: coordinators and validators
nav-cases = Asiat
cases-title = Asiat
cases-organisation = Organisaatiosi asiat, pisimpään odottaneet ensin
cases-assigned = Sinulle osoitetut asiat
cases-none = Asioita ei ole juuri nyt.
cases-none-assigned = Sinulle ei ole osoitettu asioita juuri nyt.
cases-col-person = Henkilö
cases-col-framework = Kurssi tai ammatti
cases-col-state = Vaihe
cases-col-waited = Odottanut
cases-col-validator = Arvioija
cases-days = { $days ->
    [one] { $days } päivä
   *[other] { $days } päivää
}
cases-overdue = Myöhässä { $date } alkaen
back-to-cases = Takaisin asioihin
case-title = Asia { $id }: { $person }
case-state-new = Uusi
case-state-checking = Tarkistettavana
case-state-returned = Odottaa täydennystä
case-state-assigned = Arvioijalla
case-state-concluded = Päätetty
case-state = Vaihe
case-organisation = Vastuuorganisaatio
case-validator = Arvioija
case-no-validator = Ei vielä
case-handed-in = Lähetetty
case-waited = Odottanut tässä vaiheessa
case-deadline = Täydennyksen viimeinen päivä
case-late = Myöhässä
case-actions = Mitä voit tehdä nyt
case-take = Aloita asian tarkistaminen
case-assign = Osoita
field-validator = Arvioija
case-validator-hint = Voit valita vain arvioijia, jotka on merkitty hakemistoon tälle kurssille tai ammatille.
case-choose-validator = Valitse arvioija
case-no-validators = Organisaatiossasi ei ole arvioijaa, joka olisi merkitty hakemistoon tälle. Ylläpitäjä voi lisätä merkinnän.
case-hand-back = Palauta asia käsittelijälle
case-hand-back-hint = Kerro syy, esimerkiksi että asia koskee ainetta, jota et arvioi.
case-hand-back-submit = Palauta
field-reason = Syy
case-saved-take = Tarkistat nyt asiaa.
case-saved-assign = Asia on osoitettu.
case-saved-sent = Täydennyslista on lähetetty. Henkilö näkee sen yleisnäkymässään.
case-saved-concluded = Asia on päätetty. Lausunnon voi ladata.
case-saved-handed-back = Asia on palautettu käsittelijälle.
case-versions = Lähetetyt versiot
case-version = Versio { $number }, { $date }
case-profile-pdf = Tämän version osaamisprofiili (PDF)
case-own-rating = Henkilön itsearvio
case-judgement = Arvioijan arvio
change-heading = Muuttunut version { $number } jälkeen
change-none = Vastauksissa ei ole muutoksia.
change-rating = itsearvio: { $before } → { $after }
change-text = kuvausta on muutettu
change-evidence = uudet liitteet: { $numbers }
change-experiences = perustuu nyt useampaan kokemukseen
change-missing = tieto puuttuvasta todisteesta on muuttunut
change-goal = Tavoite on muuttunut.
change-new-evidence = Uudet liitteet listassa: { $numbers }
change-portfolio = Ansioportfolioon on lisätty kokemuksia tai niitä on muutettu.
verdict-met = Täyttyy
verdict-partly-met = Täyttyy osittain
verdict-not-met = Ei täyty
verdict-not-yet = Ei voi vielä arvioida
method-documents = Asiakirjat
method-interview = Haastattelu
method-practical-test = Käytännön koe
method-theoretical-test = Teoriakoe
method-workplace-observation = Havainnointi työpaikalla
field-verdict = Arvio
field-methods = Menetelmät
field-judgement = Arvio
judgement-methods-hint = Rastita, miten päädyit arvioon.
judgement-none = Ei vielä arvioitu.
judgement-by = { $name }, { $date }
judgement-methods = Menetelmät: { $methods }
judgement-reason = Muutoksen syy: { $reason }
judgement-history = Aiemmat arviot ({ $count })
judgement-form = Arvioi: { $code }
judgement-save = Tallenna arvio
judgement-change = Muuta arviota
judgement-reason-hint = Asia on päätetty. Muutettu arvio vaatii syyn, ja aiempi arvio jää historiaan.
additions-heading = Täydennykset
additions-building = Uusi täydennyslista
additions-building-hint = Lisää yksi kohta kerrallaan: mitä puuttuu, mihin se kuuluu ja missä muodossa. Kun lista on valmis, lähetä se ja kerro viimeinen päivä.
additions-choose-target = Valitse, mitä se koskee
field-target = Koskee
field-missing = Mitä puuttuu
additions-missing-hint = Kirjoita selvästi, esimerkiksi ”Työtodistus, josta näkyvät työtehtävät Lager AB:ssä”.
field-form = Missä muodossa
additions-form-hint = Esimerkiksi ”PDF tai valokuva, ruotsiksi tai käännettynä”.
additions-add = Lisää listaan
additions-remove = Poista
field-deadline = Viimeinen päivä
additions-deadline-hint = Henkilö näkee päivämäärän listassa.
additions-send = Lähetä lista henkilölle
additions-sent-by = Pyytäjä: { $name }, viimeinen päivä { $deadline }
additions-answered = Henkilö lähetti kartoituksen uudelleen { $date }
additions-form-shown = Muoto: { $form }
additions-item-done = Valmis henkilön mukaan
additions-item-open = Ei vielä valmis
additions-mark-done = Merkitse valmiiksi
additions-mark-not-done = Merkitse keskeneräiseksi
additions-asked = Nämä sinun pitää täydentää
additions-asked-hint = Tee muutokset kartoitukseen, ansioportfolioon tai todisteisiin. Merkitse jokainen kohta valmiiksi ja lähetä sitten kartoitus uudelleen.
target-case = Koko asia
target-criterion = Kriteeri { $criterion }
target-experience = Kokemus: { $experience }
target-evidence = { $evidence }
conclude-heading = Päätä asia
conclude-not-judged = { $count ->
    [one] Yhtä kriteeriä ei ole vielä arvioitu: { $codes }. Arvioi se tai valitse ”Ei voi vielä arvioida”.
   *[other] { $count } kriteeriä ei ole vielä arvioitu: { $codes }. Arvioi ne tai valitse ”Ei voi vielä arvioida”.
}
conclude-outcome = Tulos: { $framework }
outcome-fully-met = Täyttyy kokonaan
outcome-partly-met = Täyttyy osittain
outcome-not-met = Ei täyty
field-outcome = Tulos
field-statement = Kokonaislausunto
conclude-statement-hint = Henkilö lukee lausunnon ja voi viedä sen rehtorille, työnantajalle tai seuraavaan koulutukseen.
field-next-steps = Suositellut seuraavat vaiheet
next-step-top-up-course = Täydentävä koulutus
next-step-exam = Koe arvosanan saamiseksi (prövning)
next-step-workplace-assessment = Arviointi työpaikalla
next-step-guidance = Keskustelu opinto- ja uraohjaajan kanssa
field-next-steps-text = Seuraavat vaiheet omin sanoin
conclude-submit = Päätä asia lausunnolla
conclusion-heading = Lausunto
conclusion-by = { $name } päätti asian { $date }
conclusion-remaining = Jäljellä: { $codes }
conclusion-statement = Kokonaislausunto
conclusion-next-steps = Suositellut seuraavat vaiheet
conclusion-download = Lataa lausunto (PDF)
case-event-handed-in = { $name } lähetti version { $detail }
case-event-taken = { $name } aloitti asian tarkistamisen
case-event-assigned = { $name } osoitti asian arvioijalle { $detail }
case-event-handed-back = { $name } palautti asian: { $detail }
case-event-returned = { $name } pyysi täydennystä, viimeinen päivä { $detail }
case-event-judged = { $name } arvioi kohdan { $detail }
case-event-rejudged = { $name } muutti kohdan { $detail } arviota
case-event-item-done = { $name } merkitsi valmiiksi: { $detail }
case-event-item-reopened = { $name } merkitsi keskeneräiseksi: { $detail }
case-event-outcome-changed = Tulos muuttui muutetun arvion vuoksi: { $detail }
case-event-concluded = { $name } päätti asian lausunnolla
case-panel-heading = Asiasi
case-panel-whole = Näytä koko asia ja kaikki tapahtumat
case-explainer-checking = { $organisation } tarkistaa, että kaikki tarvittava on mukana.
case-explainer-assigned = Arvioija organisaatiosta { $organisation } arvioi nyt kartoitusta kriteeri kerrallaan.
case-explainer-returned = { $organisation } pyytää sinua täydentämään kartoitusta. Katso lista alta.
case-explainer-concluded = { $organisation } on saanut arvioinnin valmiiksi. Lausunto on alla.
hand-in-goes-to = Kartoitus lähetetään organisaatiolle { $organisation }.
hand-in-no-home = Sinun pitää valita kotikunta, ennen kuin voit lähettää kartoituksen. Tee se sivulla Oma tili.
field-provider = Kuka arvioi
hand-in-choose-hint = Tätä ammattia arvioi useampi organisaatio. Valitse yksi.
error-conflict-case-moved = Joku muu on jo muuttanut asiaa. Sivu näyttää asian nykyisen tilanteen.
error-conflict-no-home = Sinun pitää valita kotikunta, ennen kuin voit lähettää kartoituksen.
field-error-not-listed = ei ole merkitty hakemistoon tälle kurssille tai ammatille
field-error-does-not-fit = ei sovi yhteen kriteerien arvioiden kanssa
field-error-in-past = pitää olla tämän päivän jälkeinen päivämäärä
field-error-too-far = voi olla enintään vuoden päässä
field-error-no-items = listassa ei ole vielä mitään
field-error-too-many = listassa voi olla enintään 30 kohtaa
field-error-invalid = ei ole mikään vaihtoehdoista
field-error-invalid-characters = sisältää merkkejä, joita ei voi tallentaa
mail-additions-subject = Kartla: täydennä kartoitustasi
mail-additions-body = Hei { $name },

    Kartoitustasi arvioiva henkilö pyytää sinua täydentämään sitä. Lista siitä, mitä tarvitaan, ja viimeinen päivä ovat tässä:

    { $link }

    Terveisin
    Kartla
mail-concluded-subject = Kartla: kartoituksesi arviointi on valmis
mail-concluded-body = Hei { $name },

    Kartoituksesi arviointi on valmis. Voit lukea lausunnon ja ladata sen tästä:

    { $link }

    Terveisin
    Kartla

## The statement (PDF)
file-name-statement = lausunto-{ $number }
verify-document = Asiakirja
statement-title = Lausunto
statement-lead = Tietojen ja osaamisen arviointi (validointi) kriteeri kerrallaan.
statement-organisation = Antaja
statement-contact = Yhteystiedot
statement-case = Asia
statement-version = Arvioitu lähetetty versio
statement-issued = Päivämäärä
statement-assessor = Arvioija
statement-verify-where = Tarkista lausunnon aitous osoitteessa:
statement-outcome = Tulos
statement-signatures = Allekirjoitukset
statement-assessed-by = Arvioinut { $name }.
statement-principal = Vastuussa oleva rehtori tai esihenkilö:
statement-signature = Allekirjoitus:
statement-name-clarified = Nimenselvennys:
statement-signed-date = Paikka ja päivämäärä:

## The directory: who assesses what
nav-directory = Kuka arvioi mitä
directory-title = Kuka arvioi mitä
directory-lead = Alueen organisaatiot ja henkilöt, jotka arvioivat kursseja ja ammatteja. Tässä näkyvät vain ne, jotka ovat itse valinneet näkyä.
directory-q = Kurssi tai ammatti
directory-q-hint = Kirjoita osa nimestä tai koodista, esimerkiksi ”varasto” tai ”DEMO-KOCK1”.
directory-municipality = Kunta
directory-any-municipality = Kaikki kunnat
directory-search = Hae
directory-none = Hakemistosta ei löytynyt ketään, joka sopisi hakuun.
directory-serves = Arvioi kunnille: { $list }
directory-serves-all = Arvioi koko alueelle
directory-assesses = Arvioi
directory-languages = Kielet
directory-methods = Menetelmät
directory-contact = Yhteystiedot
admin-directory-title = Hakemisto: kuka arvioi mitä
admin-directory-lead = Kerro, mitä kukin organisaatiosi henkilö arvioi, mitä kieliä hän puhuu ja mitä menetelmiä hän käyttää. Asioita voi osoittaa vain arvioijille, jotka on merkitty kurssille tai ammatille. Jokainen valitsee itse tilisivullaan, näkyykö hän julkisesti.
admin-directory-none = Organisaatioissasi ei ole ketään, joka arvioi tai ohjaa.
admin-directory-saved = Hakemisto on tallennettu.
admin-directory-listed = Näkyy julkisessa hakemistossa.
admin-directory-not-listed = Ei näy julkisesti (henkilö ei ole valinnut sitä).
admin-directory-languages-hint = Kielikoodit pilkuilla erotettuina, esimerkiksi ”sv, ar, ti”.
admin-directory-save = Tallenna
field-languages = Kielet
account-listing-title = Hakemisto: kuka arvioi mitä
account-listing-lead = Olet organisaatiosi hakemistossa. Valitse, haluatko näkyä julkisesti ja mitkä yhteystiedot näytetään.
account-listing-show = Näytä minut julkisessa hakemistossa
account-listing-email = Näytettävä sähköpostiosoite (valinnainen)
account-listing-phone = Näytettävä puhelinnumero (valinnainen)
account-listing-save = Tallenna
account-listing-saved = Hakemistoa koskeva valintasi on tallennettu.
field-error-bad-language-tags = kirjoita kielikoodit pilkuilla erotettuina, esimerkiksi sv, ar, ti (enintään 12)

## What you master and what remains
gaps-heading = Mitä jo osaat ja mitä vielä puuttuu
gaps-counts = Osaat kokonaan { $masters } / { $total } kriteeristä ja osittain { $partly }.
gaps-verdict = Tällä hetkellä tilanne näyttää tältä:
gaps-remaining = Jäljellä: { $codes }
gaps-source-self = Perustuu omiin vastauksiisi.
gaps-source-judged = { $judged } / { $total } kriteeristä perustuu arvioijan arvioon, loput omiin vastauksiisi.
gaps-elsewhere = Osaamisesi lasketaan myös näissä
gaps-elsewhere-hint = Kurssit ja ammatit, joiden kriteerit koskevat samaa osaamista kuin ne, jotka osaat.
gaps-covers = vastauksesi kattavat { $covered } / { $total } kriteeristä

## The Swedish original
originals-show = Näytä ruotsinkielinen alkuperäinen teksti jokaisen kriteerin alla
originals-hide = Piilota ruotsinkielinen alkuperäinen teksti
original-label = Ruotsiksi:

## Sharing with a study and career counsellor
nav-caseload = Omat osallistujat
caseload-title = Omat osallistujat
caseload-lead = Kartoitukset, jotka osallistujat jakavat kanssasi. Se, mitä avaat, näkyy heidän listassaan siitä, kuka on nähnyt heidän tietojaan.
caseload-none = Kukaan ei vielä jaa mitään kanssasi.
caseload-all = Jakaa kaikki kartoituksensa
caseload-one = Jakaa tämän kartoituksen
caseload-since = { $date } alkaen
sharing-title = Jaa opinto- ja uraohjaajan kanssa
sharing-lead = Voit antaa kuntasi ohjaajan lukea yhden kartoituksesi tai kaikki kartoituksesi ennen keskustelua. Voit lopettaa jakamisen milloin haluat.
sharing-none = Et jaa nyt mitään.
sharing-everything = Kaikki kartoitukseni
sharing-line = { $counsellor } voi lukea: { $what }
sharing-withdraw = Lopeta jakaminen
sharing-submit = Jaa
sharing-saved = Jaat nyt ohjaajan kanssa.
sharing-withdrawn = Et enää jaa sitä.
field-counsellor = Ohjaaja
field-mapping = Mitä haluat jakaa?

## Guidance sessions
session-start = Aloita ohjauskeskustelu
session-title = Ohjauskeskustelu: { $person }
session-heading = Ohjauskeskustelu
session-with-person = Mukana: { $name }
session-with-counsellor = Opinto- ja uraohjaajasi: { $name }
session-code-intro = Koodi, jolla liitytään:
session-other-here = { $name } katsoo tätä osiota.
session-other-at = { $name } katsoo osiota { $n }.
session-other-away = { $name } ei ole vielä liittynyt.
session-follow = Siirry samaan kohtaan
session-section = Osio { $n }
session-sections = Osiot
session-save = Tallenna
session-ended = Tämä keskustelu on päättynyt. Kirjoitettu teksti säilyy, mutta keskustelun kautta ei voi enää kirjoittaa.
session-direct-on = Anna ohjaajan kirjoittaa vastauksiini
session-direct-off = Älä anna ohjaajan enää kirjoittaa vastauksiini
session-direct-is-on = Ohjaaja saa kirjoittaa vastauksiisi tämän keskustelun aikana.
session-direct-is-off = Ohjaajan muutokset tulevat ehdotuksina, jotka voit hyväksyä tai hylätä.
session-trail = Mitä keskustelussa on tapahtunut
session-end = Päätä keskustelu
sessions-back = Kaikki ohjauskeskustelut
sessions-title = Ohjauskeskustelut
sessions-none = Avoimia ohjauskeskusteluja ei ole.
sessions-with = Mukana: { $name }
sessions-since = Aloitettu { $time }
sessions-join = Liity koodilla
sessions-join-hint = Ohjaajasi antaa sinulle kuusi kirjainta ja numeroa, esimerkiksi K7M-Q2X.
sessions-join-button = Liity
field-code = Koodi
field-error-no-such-session = millään avoimella keskustelulla ei ole tätä koodia – tarkista koodi ohjaajaltasi
proposal-heading = Ehdotettu muutos
proposal-by = { $name } ehdottaa:
proposal-make = Ehdota muutosta
proposal-send = Lähetä ehdotus
proposal-accept = Hyväksy
proposal-reject = Hylkää
notes-heading = Muistiinpanot
notes-open = Voit lukea kaikki sinusta kirjoitetut muistiinpanot.
note-label = Uusi muistiinpano
note-hint = Henkilö lukee kaikki muistiinpanot.
note-add = Lisää muistiinpano
field-note = Muistiinpano
error-conflict-session-ended = Ohjauskeskustelu on päättynyt.
error-conflict-proposal-decided = Tämä ehdotus on jo hyväksytty, hylätty tai korvattu.
session-event-started = aloitti keskustelun
session-event-joined = liittyi
session-event-wrote = kirjoitti kohtaan { $criterion }
session-event-proposed = ehdotti muutosta kohtaan { $criterion }
session-event-accepted = hyväksyi ehdotuksen kohtaan { $criterion }
session-event-rejected = hylkäsi ehdotuksen kohtaan { $criterion }
session-event-direct-on = antoi ohjaajan kirjoittaa
session-event-direct-off = lopetti ohjaajan kirjoitusoikeuden
session-event-noted = kirjoitti muistiinpanon
session-event-ended = päätti keskustelun

## Individual study plan
plan-title = Yksilöllinen opintosuunnitelma: { $person }
plan-saved = Opintosuunnitelma on tallennettu.
plan-pdf = Lataa opintosuunnitelma (PDF)
plan-link = Yksilöllinen opintosuunnitelma
plan-field-goal = Opintojen tavoite
plan-goal-hint = Mihin opinnot johtavat, henkilön omin sanoin.
plan-field-pace = Opiskelutahti
plan-pace-value = { $percent } %
plan-field-start = Alkaa
plan-start-hint = Päivä, jona opinnot alkavat, muodossa VVVV-KK-PP.
plan-field-course = Kurssi
plan-field-points = Pisteet
plan-field-courses = Kurssit
plan-courses = Suunnitellut kurssit
plan-no-courses = Kursseja ei ole vielä suunniteltu.
plan-course = Kurssi
plan-points = Pisteet
plan-points-of = Pisteet: { $course }
plan-change = Muuta
plan-remove = Poista
plan-total = Pisteitä yhteensä { $points }.
plan-suggested = Ehdotukset puuttuvan osaamisen perusteella
plan-suggested-hint = Tämän kartoituksen kurssit, joita vastaukset (tai arvioijan arviot) eivät vielä kata kokonaan. Rastita ne, jotka haluat suunnitelmaan.
plan-add = Lisää kurssi luettelosta
plan-add-none = Ei kurssia
plan-save = Tallenna opintosuunnitelma
plan-history = Muutokset
plan-change-goal = muutti tavoitetta
plan-change-pace = asetti opiskelutahdiksi { $value } %
plan-change-start = asetti alkamispäiväksi { $value }
plan-change-added = lisäsi kurssin { $value }
plan-change-removed = poisti kurssin { $value }
plan-change-points = muutti pisteitä: { $value }
plan-change-order = muutti kurssien järjestystä
field-error-invalid-date = kirjoita päivämäärä muodossa VVVV-KK-PP
field-error-invalid-points = kirjoita pisteet numerona väliltä 1–2500
plan-pdf-no-goal = Tavoitetta ei ole vielä kirjoitettu.
plan-pdf-signatures = Laadittu yhdessä
plan-pdf-sign-person = Henkilö:
plan-pdf-sign-counsellor = Opinto- ja uraohjaaja:
plan-pdf-made = Tulostettu Kartlasta { $date }.
file-name-study-plan = opintosuunnitelma-{ $number }
guidance-heading = Ohjaus
guidance-session-open = Henkilöllä { $name } on avoin ohjauskeskustelu tästä kartoituksesta.
guidance-join = Liity keskusteluun
caseload-people = Jaettu kanssasi
connect-invite-heading = Kutsu osallistuja
connect-invite-lead = Luo koodi ja anna se henkilölle. Kun hän kirjoittaa koodin tilisivulleen, kaikki hänen kartoituksensa jaetaan kanssasi. Koodi toimii kerran viikon ajan.
connect-invite-until = voimassa { $date } asti
connect-invite-make = Luo koodi
connect-heading = Yhdistä ohjaajaltasi saadulla koodilla
connect-hint = Kuusi kirjainta ja numeroa, esimerkiksi K7M-Q2X. Sen jälkeen kaikki kartoituksesi jaetaan tämän ohjaajan kanssa; voit lopettaa jakamisen milloin tahansa.
field-connect-code = Ohjaajaltasi saatu koodi
connect-submit = Yhdistä
field-error-no-such-invitation = millään avoimella kutsulla ei ole tätä koodia – koodi voi olla jo käytetty tai vanhentunut
field-error-not-your-counsellor = tämä ohjaaja ei ole sinun kuntasi ohjaaja
pdf-gaps-self = Henkilön omien vastausten perusteella.
pdf-gaps-judged = { $count ->
    [one] Arvioijan arvio on otettu huomioon henkilön vastauksen sijaan yhdessä kriteerissä.
   *[other] Arvioijan arvio on otettu huomioon henkilön vastauksen sijaan { $count } kriteerissä.
}
pdf-gaps-counts = Osaa: { $masters } · osittain: { $partly } · jäljellä: { $remaining }
pdf-gaps-verdict = Alustava tulos
pdf-gaps-remaining = Jäljellä
pdf-gaps-heading = Puuttuva osaaminen

## Follow-up (statistics)
nav-stats = Seuranta
stats-title = Seuranta
stats-lead = Kuinka moni kartoittaa osaamistaan, kuinka kauan kukin vaihe kestää ja millä tuloksella – ei koskaan yksittäistä henkilöä. Jos henkilöitä on alle { $n }, näytetään ”alle { $n }”, ja myös luku, jonka voisi muuten laskea muista luvuista, piilotetaan.
stats-org = Kenen luvut
stats-from = Alkukuukausi
stats-to = Viimeinen kuukausi (mukaan lukien)
stats-by = Jaottelu
stats-show = Näytä
stats-whose-region = Koko { $name }.
stats-whose-own = { $name } ja koko alueen luvut yhteensä.
stats-period = Kokonaiset kuukaudet { $from } – { $to }.
stats-download-csv = Lataa CSV-tiedostona
stats-download-pdf = Lataa raportti PDF-tiedostona
stats-fewer-than = alle { $n }
stats-hidden = piilotettu
stats-no-municipality = Ei kotikuntaa
stats-no-provider = Kunta itse
stats-chart-caption = Kaavio: { $measure }. Samat luvut ovat alla olevassa taulukossa.
stats-table-caption = Kartoitukset, jotka ehtivät kuhunkin vaiheeseen ajanjakson aikana
stats-total = { $name } yhteensä
stats-region-total = { $name } yhteensä (koko alue)
stats-measure-started = Aloitetut
stats-measure-handed-in = Lähetetyt
stats-measure-returned = Palautetut täydennettäviksi
stats-measure-assigned = Arvioijalle osoitetut
stats-measure-concluded = Päätetyt
stats-by-municipality = Kunta
stats-by-provider = Järjestäjä
stats-by-framework = Kurssi tai ammatti
stats-by-month = Kuukausi
stats-by-language = Kieli
stats-heading-municipality = Kunnittain
stats-heading-provider = Järjestäjittäin
stats-heading-framework = Kursseittain ja ammateittain
stats-heading-month = Kuukausittain
stats-heading-language = Kielittäin
stats-unit-municipality = Kunta
stats-unit-provider = Järjestäjä
stats-unit-framework = Kurssi tai ammatti
stats-unit-month = Kuukausi
stats-unit-language = Kieli
stats-heading-durations = Kuinka kauan vaiheet kestävät
stats-durations-chart = Kaavio: kunkin vaiheen mediaani päivinä. Samat luvut ovat alla olevassa taulukossa.
stats-durations-caption = Päivinä niiden osalta, joiden vaihe päättyi ajanjakson aikana
stats-col-step = Vaihe
stats-col-people = Henkilöitä
stats-col-median = Mediaani (päivää)
stats-col-p90 = 9 kymmenestä enintään (päivää)
stats-not-shown = ei näytetä
stats-step-mapping = Aloituksesta lähettämiseen
stats-step-waiting = Lähettämisestä arvioijalle osoittamiseen
stats-step-assessing = Arvioijalle osoittamisesta päättämiseen
stats-step-whole = Koko matka aloituksesta päättämiseen
stats-heading-outcomes = Tulokset kursseittain ja ammateittain
stats-outcomes-none = Yhtään kartoitusta ei päätetty ajanjakson aikana.
stats-outcomes-caption = Päätetyt kartoitukset ja niiden tulokset
stats-heading-languages = Kielet Kartlassa
stats-languages-chart = Kaavio: henkilöt kielittäin. Samat luvut ovat alla olevassa taulukossa.
stats-languages-caption = Kieli, jolla henkilöt käyttivät Kartlaa
field-error-stats-month = kirjoita kuukausi muodossa VVVV-KK, esimerkiksi 2025-03
field-error-stats-backward = ajanjakso päättyy ennen kuin se alkaa
field-error-stats-by = valitse yksi luettelon jaotteluista
stats-pdf-title = Seuranta: { $name }
stats-pdf-made = Tulostettu Kartlasta { $date }.
file-name-stats = seuranta-{ $number }
