### Kartla – Türkçe (tr)
### Written-by: the Kartla team, drafted with a language model, December 2026
### Reviewed: no

app-name = Kartla
skip-to-content = İçeriğe geç
footer-privacy = Kartla yalnızca haritalamanıza yazdıklarınızı saklar. Bunları yalnızca size, teslim ettikten sonra da değerlendiricilere gösterir.
nav-label = Ana menü
nav-my-mappings = Haritalamalarım
nav-sign-in = Giriş yap
nav-sign-out = Çıkış yap
nav-register = Hesap oluştur
signed-in-as = Giriş yapan: { $name }
language-label = Dil
language-change = Dili değiştir
language-unreviewed-mark = henüz incelenmedi
languages-link = Diller hakkında
languages-title = Diller
languages-lead = Kartla'yı bu dillerde kullanabilirsiniz. Çevirileri Kartla ekibi yazar. Anadili o dil olan birinin henüz incelemediği bir çeviri işaretlenir ve hatalar içerebilir.
languages-caption = Diller ve her çevirinin, anadili o dil olan biri tarafından incelenip incelenmediği
languages-col-language = Dil
languages-col-name = Türkçesi
languages-col-status = Çeviri
languages-status-original = Özgün metin
languages-status-reviewed = Anadili bu dil olan biri tarafından incelendi
languages-status-unreviewed = Henüz anadili bu dil olan biri tarafından incelenmedi
languages-feedback = Kendi dilinizde yanlış görünen bir şey mi var? Eğitim ve kariyer danışmanınıza ya da belediyenizdeki Kartla yöneticisine söyleyin. Bu, Kartla'nın yeni bir sürümünü beklemeden düzeltilebilir.
loading = Yükleniyor …
back-home = Ana sayfaya git

## Errors
error-summary-title = Bir sorun var
error-validation = Aşağıdaki bilgileri kontrol edin.
error-bad-request = İstek okunamadı. Sayfayı yeniden yükleyip tekrar deneyin.
error-unauthorized = Bu sayfayı görmek için giriş yapmanız gerekiyor.
error-sign-in-failed = E-posta adresi veya şifre yanlış.
error-forbidden = Bunu yapma yetkiniz yok.
error-too-many = Çok fazla deneme yapıldı. Bir dakika bekleyin, sonra tekrar deneyin.
error-cross-site = Bu istek başka bir sitedeki bir sayfadan geldi ve reddedildi. Kartla'ya gidin ve işlemi orada yapın.
error-not-found = Bu sayfa mevcut değil.
error-internal = Bizim tarafımızda bir sorun oluştu. Daha önce kaydettikleriniz güvende. Biraz sonra tekrar deneyin.
error-unreachable = Kartla'ya şu anda ulaşılamıyor. Bağlantınızı kontrol edip tekrar deneyin.
error-conflict-email-taken = Bu e-posta adresiyle zaten bir hesap var. Bunun yerine giriş yapın.
error-conflict-not-editable = Haritalama teslim edildi ve şu anda değiştirilemez.
error-conflict-already-submitted = Haritalama zaten teslim edildi.
error-conflict-already-decided = Haritalama zaten incelendi.
field-error-required = doldurulmalıdır
field-error-too-long = çok uzun
field-error-too-short = çok kısa
field-error-invalid-email = geçerli bir e-posta adresi değil
field-error-invalid-rating = seçeneklerden birini seçin
field-error-unknown-criterion = bu haritalamaya ait değil
field-error-unknown-framework = katalogda yok
field-error-not-rated = bunu ne kadar iyi yapabildiğinizi seçin
field-error-changed-elsewhere = yanıt başka bir sekmede veya başka bir cihazda değiştirildi; sizin metniniz onun üzerine yazılmadı
field-error-no-description = bunu nasıl ve nerede öğrendiğinizi ve kullandığınızı yazın

## Rating
rating-legend = Bunu ne kadar iyi yapabiliyorsunuz?
rating-no-experience = Deneyimim yok
rating-some-experience = Biraz deneyimim var
rating-with-support = Destekle yapabiliyorum
rating-independently = Kendi başıma yapabiliyorum
rating-can-teach = Başkalarına öğretebiliyorum
rating-no-experience-hint = Bunu hiç yapmadım.
rating-some-experience-hint = Yapılırken gördüm veya birkaç kez denedim.
rating-with-support-hint = Biri bana yardım ettiğinde veya nasıl yapılacağını gösterdiğinde yapabiliyorum.
rating-independently-hint = Yardım almadan, kendi başıma yapabiliyorum.
rating-can-teach-hint = O kadar iyi biliyorum ki başkalarına gösterip açıklayabiliyorum.
rating-or = veya
rating-not-relevant = Benim için geçerli değil
rating-not-relevant-hint = Bu, göstermek istediğim şeylerin bir parçası değil. Bir şey yazmanıza gerek yok.
prompts-summary = Anlatmak için yardım
prompt-normal-day = Sıradan bir gün nasıl geçiyordu? Neler yapıyordunuz?
prompt-hardest = Üstesinden geldiğiniz en zor durum neydi ve nasıl çözdünüz?
prompt-tools = Hangi aletleri, makineleri, programları veya yöntemleri kullandınız?
prompt-how-long = Bunu ne kadar süre ve ne sıklıkla yaptınız?
read-aloud = Sesli oku

## Status
status-draft = Taslak
status-submitted = Teslim edildi
status-returned = Tamamlama istendi
status-reviewed = Değerlendirildi
event-submitted = { $name } tarafından { $date } tarihinde teslim edildi
event-returned = { $name } tarafından { $date } tarihinde tamamlama için geri gönderildi
event-reviewed = { $name } tarafından { $date } tarihinde değerlendirildi
kind-course = Ders
kind-occupation = Meslek

## Start page
home-title = Neler yapabildiğinizi gösterin
home-lead = Kartla, bildiklerinizi ve yapabildiklerinizi kriter kriter anlatmanıza yardımcı olur. Böylece bir değerlendirici bunları değerlendirebilir.
home-how = Bir hesap oluşturun, bir ders veya meslek seçin ve kendi hızınızda yanıtlayın. Yazdığınız her şey kaydedilir.
home-have-account = Zaten bir hesabım var
home-role-later = Rolünüz için yakında başka araçlar da gelecek.

## Account
sign-in-title = Giriş yap
sign-in-submit = Giriş yap
sign-in-no-account = Hesabınız yok mu? Bir hesap oluşturun.
register-title = Hesap oluştur
register-why = Yetkinlik profiliniz için adınıza, yeniden giriş yapabilmeniz için de e-posta adresinize ihtiyacımız var.
register-submit = Hesap oluştur
password-hint = En az 12 karakter. Aklınızda kalan bir cümle iyi olur.
field-name = Ad soyad
field-email = E-posta adresi
field-password = Şifre
field-locale = Dil
field-municipality = İkamet ettiğiniz belediye
municipality-hint = Yaşadığınız yerin belediyesi (kommun). Size validasyon (bilgi ve becerilerinizin değerlendirilip tanınması) hizmeti sunar ve haritalamalarınızdan sorumludur. Bunu daha sonra değiştirebilirsiniz.
municipality-choose = Bir belediye seçin
field-comment = Yorum

## My mappings
my-mappings-title = Haritalamalarım
my-mappings-none = Henüz bir haritalama başlatmadınız.
updated-on = Son değişiklik: { $date }
start-mapping-title = Yeni bir haritalama başlatın
start-mapping-lead = Bildiğinizi göstermek istediğiniz dersi veya mesleği seçin.
criteria-count = { $count ->
    [one] { $count } kriter
   *[other] { $count } kriter
}
start-mapping-button = { $title } ile başla

## Overview
sections-heading = Bölümler
progress = { $total } kriterden { $done } tanesi yanıtlandı
task-not-started = Başlanmadı
task-in-progress = Devam ediyor
task-done = Tamamlandı
check-answers-link = Kontrol et ve teslim et
download-pdf = Yetkinlik profilini indir (PDF)
print-heading = Yetkinlik profilini yazdır
print-lang = Başlıkların ve etiketlerin dili
print-two = Kriterler iki dilde, yan yana
print-two-hint = Kişinin dili ve İsveççe; örneğin değerlendirici ile kişinin birlikte okuması için.
goal-heading = Hedefim
field-goal = Haritalamanın hedefi
goal-hint = Örneğin ulaşmak istediğiniz bir ders, bir not veya bir meslek. Yetkinlik profilinin ilk sayfasında yer alır.
goal-save = Hedefi kaydet
goal-saved = Hedef kaydedildi.
goal-shown = Haritalamanın hedefi: { $goal }
pdf-goal = Hedef
submitted-explainer = Haritalamanız teslim edildi. Bir değerlendirici onu inceliyor. Bu sırada yanıtlarınızı değiştiremezsiniz.
reviewed-explainer = İnceleme tamamlandı. Yetkinlik profilinizi aşağıdan indirin.

## Section
section-of = Bölüm { $n } / { $total }
back-to-overview = Genel bakışa dön
read-only-explainer = Haritalama teslim edildi. Yanıtlarınızı okuyabilirsiniz ama değiştiremezsiniz.
save-and-continue = Kaydet ve devam et
autosave-saving = Kaydediliyor …
autosave-saved = Kaydedildi
session-warning-title = Oturumunuz yakında kapatılacak
session-warning-text = Güvenliğiniz için { $minutes } dakika boyunca işlem yapılmazsa oturumunuz kapatılır. Kaydettikleriniz korunur.
session-stay = Oturumu açık tut
session-ended-title = Oturumunuz kapatıldı
session-ended-text = Kaydettikleriniz korunuyor. Henüz kaydedilmemiş metin bu tarayıcıda kalır ve yeniden giriş yaptığınızda gönderilir.
session-sign-in-again = Yeniden giriş yap
autosave-restored = Geçen sefer kaydedilemeyen metin bu tarayıcıda duruyordu ve şimdi gönderiliyor …
autosave-offline = Henüz kaydedilmedi – bağlantı yok. Metin bu tarayıcıda kalır ve bağlantı geri geldiğinde gönderilir.
autosave-changed-elsewhere = Kaydedilmedi: yanıt başka bir sekmede veya başka bir cihazda değiştirildi.
answer-changed-elsewhere = Bu sayfayı açtıktan sonra yanıt başka bir sekmede veya başka bir cihazda değiştirildi. Yazdıklarınız hâlâ kutuda duruyor ama kaydedilmedi. Metninizi korumak istiyorsanız yeniden kaydedin.
answer-changed-elsewhere-live = Yanıt başka bir sekmede veya başka bir cihazda değiştirildi. Metniniz hâlâ kutuda duruyor ama kaydedilmedi. Hangisinin geçerli olacağını seçin.
answer-saved-elsewhere = Şu anda kayıtlı yanıt:
conflict-keep-mine = Benim metnimi koru
conflict-use-saved = Kayıtlı yanıtı kullan
text-in-swedish = Bu metin yalnızca İsveççe mevcut.
answer-label = Bunu nasıl ve nerede öğrendiniz ve kullandınız?
answer-hint = Ne yaptığınızı, nerede, ne kadar süre ve hangi araçlarla yaptığınızı anlatın. En fazla { $max } karakter.

## Check your answers
check-title = Yanıtlarınızı kontrol edin
missing-heading = Teslim etmeden önce şunlar eksik
missing-rating = { $code }: bunu ne kadar iyi yapabildiğinizi seçin
missing-description = { $code }: bunu nasıl ve nerede öğrendiğinizi yazın
not-answered = Yanıtlanmadı
no-description = Açıklama yok
change = Değiştir
submit-heading = Teslim et
submit-explainer = Teslim ettiğinizde bir değerlendirici yanıtlarınızı ve deneyim portföyünüzü okuyabilir. Değerlendirici haritalamayı kabul edebilir veya sizden eksikleri tamamlamanızı isteyebilir. İnceleme sürerken yanıtlarınızı değiştiremezsiniz.
submit-button = Haritalamayı teslim et

## Validator
trail-heading = Geçmiş

## PDF
pdf-title = Yetkinlik profili
pdf-person = Kişi
pdf-frameworks = Ders veya meslek
pdf-date = Tarih
pdf-status = Durum
pdf-rating = Öz değerlendirme
pdf-answer = Nasıl ve nerede
pdf-validator = Değerlendirici
pdf-trail = Geçmiş
pdf-version = sürüm { $version }
pdf-started = Başlangıç
pdf-submitted = Teslim
pdf-summary = Özet
pdf-fully-met = Tamamen biliyor (kendi başına yapabilir veya başkalarına öğretebilir)
pdf-partly-met = Kısmen biliyor (biraz deneyimi var veya destekle yapabilir)
pdf-none = yok
pdf-portfolio = Deneyim portföyü
pdf-evidence = Ekler
pdf-evidence-missing = Kanıtı olmayan kriterler
pdf-attachment = Ek { $number }
pdf-verify-code = Doğrulama kodu
pdf-verify-where = Profilin gerçek olduğunu şu adreste kontrol edin:
pdf-page = Sayfa { $page } / { $pages }
file-name-attachment = ek-{ $number }
file-name-certificate = belge-taslağı-{ $number }
file-name-profile = yetkinlik-profili-{ $number }
verify-title = Bir yetkinlik profilini kontrol edin
verify-lead = Kartla'dan alınan her yetkinlik profilinin her sayfasının altında bir doğrulama kodu bulunur. Profilin var olduğunu ve ne zaman yazdırıldığını görmek için kodu buraya yazın.
verify-code-label = Doğrulama kodu
verify-code-hint = On iki karakter, örneğin 7KQM-2WXP-H9CD. Büyük veya küçük harf fark etmez.
verify-submit = Kontrol et
verify-found = Yetkinlik profili mevcut
verify-code = Doğrulama kodu
verify-person = Kişinin baş harfleri
verify-frameworks = Ders veya meslek
verify-printed = Yazdırılma tarihi
verify-status = Yazdırıldığı andaki durum
verify-fingerprint = PDF dosyasının parmak izi (SHA-256)
verify-fingerprint-hint = Dosya sizdeyse SHA-256 değerini hesaplayıp karşılaştırın: aynıysa dosya yazdırıldığından beri değişmemiştir.
verify-not-found = Bu koda sahip bir yetkinlik profili yok. Kodu doğru kopyaladığınızı kontrol edin.
answer-not-saved = Metin çok uzun ve kaydedilmedi. Kısaltıp yeniden kaydedin – yazdıklarınız hâlâ burada.

## Section titles Kartla gives imported frameworks
import-section-core-content = Temel içerik
import-section-knowledge-requirements = Bilgi gereklilikleri
import-section-essential = Temel beceriler ve bilgiler
import-section-optional = İsteğe bağlı beceriler ve bilgiler
import-section-skills = Beceriler
import-section-competencies = Yetkinlikler

## The public catalogue
nav-catalogue = Katalog
catalogue-title = Kriter kataloğu
catalogue-lead = Becerilerinizi karşılaştırarak haritalayabileceğiniz dersler ve meslekler. Kriterlerini görmek için birini seçin.
catalogue-search = Ad veya koda göre ara
catalogue-kind = Tür
catalogue-kind-all = Tümü
catalogue-kind-course = Dersler
catalogue-kind-occupation = Meslekler
catalogue-language = Metinlerin dili
catalogue-language-all = Tüm diller
catalogue-search-button = Ara
catalogue-found = { $count ->
    [0] Sonuç yok
    [one] Bir sonuç
   *[other] { $count } sonuç
}
catalogue-pages = Sayfalar
catalogue-page-of = Sayfa { $page } / { $pages }
catalogue-previous = Önceki sayfa
catalogue-next = Sonraki sayfa
catalogue-languages = Mevcut diller: { $list }
catalogue-published = yayımlanma tarihi: { $date }
catalogue-older-version = Bu eski bir sürüm.
catalogue-see-current = Güncel sürümü gör
catalogue-fallback-note = Bazı metinler sizin dilinizde yok ve İsveççe gösteriliyor.
catalogue-start-mapping = Buna göre haritalamaya başla
catalogue-versions = Sürümler
grade-step = Not düzeyi { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Skolverket ders kodu
language-name = { $code ->
    [sv] İsveççe
    [en] İngilizce
    [ar] Arapça
    [fa] Farsça
    [ti] Tigrinyaca
    [so] Somalice
    [uk] Ukraynaca
    [ckb] Kürtçe (Sorani)
    [ps] Peştuca
    [prs] Darice
    [kmr] Kürtçe (Kurmanci)
    [am] Amharca
    [ru] Rusça
    [tr] Türkçe
    [de] Almanca
    [fi] Fince
    [fr] Fransızca
    [es] İspanyolca
    [pl] Lehçe
   *[other] { $code }
}
catalogue-version = Sürüm { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Katalog (yönetim)
admin-catalogue-title = Kataloğu yönet
admin-catalogue-count = { $count ->
    [one] Bir çerçeve
   *[other] { $count } çerçeve
}
admin-catalogue-caption = Katalogdaki çerçeveler
admin-import-start = Dosyalardan kriter içe aktar
admin-col-code = Kod
admin-col-title = Ad
admin-col-kind = Tür
admin-col-version = Sürüm
admin-col-status = Durum
admin-col-criteria = Kriterler
admin-col-sections = Bölümler
admin-col-languages = Diller
admin-col-change = Değişiklik
version-draft = Taslak
version-published = Yayımlandı
import-title = Kriterleri içe aktar
import-lead = Bir biçim ve dosyalar seçin. Herhangi bir şey kaydedilmeden önce dosyalarda ne olduğunu ve neyin değişeceğini göreceksiniz.
import-format = Biçim
format-kartla = Kartla'nın kendi biçimi (TOML)
format-kartla-hint = Her çerçeve için bir dosya; kartla catalogue export komutunun yazdığı gibi.
format-skolverket = Skolverket müfredat API'si (JSON)
format-skolverket-hint = course, courses, subject veya subjects içeren bir yanıt. Temel içerik ve bilgi gereklilikleri kriter olur.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv ve occupationSkillRelations_xx.csv; isterseniz birkaç dilde. İsveççe zorunludur.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = İlgili becerileriyle birlikte meslek adları.
format-moodle = Moodle yetkinlik çerçevesi (CSV)
format-moodle-hint = Moodle'dan bir dışa aktarım; üst öğelerin ID numaraları (parent) yapıyı belirler.
import-files = Dosyalar
import-files-hint = Birden fazla dosya seçebilirsiniz; toplam en fazla { $mb } MB.
import-occupations = Yalnızca bu ESCO meslekleri (isteğe bağlı)
import-occupations-hint = Her satıra bir meslek URI'si yazın. Dosyalardaki tüm meslekleri içe aktarmak için boş bırakın.
import-preview-button = Önizlemeyi göster
import-preview-title = İçe aktarma önizlemesi
import-refused = { $count ->
    [one] Dosyalar içe aktarılamıyor: bir sorun var
   *[other] Dosyalar içe aktarılamıyor: { $count } sorun var
}
import-at-line = satır { $line }
import-in-field = alan { $field }
import-nothing-written = Hiçbir şey kaydedilmedi. Dosyaları düzeltip tekrar deneyin.
import-try-again = Dosyaları yeniden seç
import-summary = { $total } çerçeve: { $new } yeni, { $changed } değişmiş, { $unchanged } değişmemiş.
import-rows-shown = (ilk { $shown } tanesi gösteriliyor)
import-applied = İçe aktarma tamamlandı. Çerçeveler artık katalogda.
import-blocked = Biri çerçevelerden birinin taslağını düzenliyor. Önce o taslağı yayımlayın veya silin.
import-nothing-to-write = Dosyalardaki her şey zaten katalogda. Kaydedilecek bir şey yok.
import-confirm = { $count ->
    [one] Bir çerçeveyi içe aktar
   *[other] { $count } çerçeveyi içe aktar
}
import-preview-caption = Dosyalardaki çerçeveler
plan-new = Yeni, sürüm 1
plan-new-version = Değişti, sürüm { $version } olacak
plan-unchanged = Değişmedi (sürüm { $version })
plan-draft-in-the-way = Bir taslak engelliyor (sürüm { $version })
error-too-large = Gönderdiğiniz şey çok büyük.
error-conflict-not-a-draft = Yalnızca taslak değiştirilebilir. Yayımlanmış bir sürüm asla değişmez.
error-conflict-code-taken = Bu kodu başka bir çerçeve zaten kullanıyor.
error-conflict-draft-in-the-way = Biri bu çerçevenin bir taslağını düzenliyor. Önce o taslağı yayımlayın veya silin.
error-conflict-import-refused = Dosyalar okunamadı ve içe aktarılamaz.
error-conflict-import-applied = Bu içe aktarma zaten yapıldı.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = dosya okunamadı ({ $detail }).
import-syntax = dosya düzgün biçimlendirilmemiş: { $detail }
import-missing-field = eksik, ancak zorunlu.
import-unknown-language = bilinmeyen dil kodu “{ $detail }”. sv, en veya ar gibi bir ISO 639 kodu kullanın.
import-missing-swedish = İsveççe metin eksik. Katalog, çeviri olmadığında İsveççe metni gösterir; bu yüzden İsveççe zorunludur.
import-missing-file = bu dosya gerekli ama verilmedi.
import-unknown-occupation = URI'si { $detail } olan bir meslek yok.
import-unknown-parent = ID numarası “{ $detail }” olan bir satır yok.
import-duplicate-framework = { $detail } kodu iki kez geçiyor.
import-nothing = içe aktarılacak bir çerçeve içermiyor.
import-expected-skolverket-root = course, courses, subject veya subjects içeren bir Skolverket API yanıtı bekleniyordu.
import-expected-jobtech-concepts = JobTech Taxonomy kavramlarından oluşan bir JSON listesi bekleniyordu.
import-expected-moodle-header = Parent ID number, ID number, Short name ve Description sütunlarını içeren bir Moodle dışa aktarımı bekleniyordu.
import-expected-kartla-file = Kartla biçiminde, format = "kartla/1" ile başlayan bir dosya bekleniyordu.
import-expected-text = metin bekleniyordu.
import-expected-list = liste bekleniyordu.
import-expected-kind = course veya occupation bekleniyordu.
import-expected-grade-step = E, C veya A not düzeyi bekleniyordu.
import-expected-external-system = esco, jobtech veya skolverket bekleniyordu.
import-expected-utf8 = UTF-8 kodlamalı metin bekleniyordu.
content-bad-code = bir kod, 1 ile 60 arasında a–z harfi, rakam, nokta, tire veya alt çizgiden oluşur.
content-empty = boş olmamalıdır.
content-too-long = { $detail } karakterden uzun.
content-no-sections = bir çerçevenin en az bir bölümü olmalıdır.
content-no-criteria = bir bölümün en az bir kriteri olmalıdır.
content-duplicate-code = { $detail } kriter kodu iki kez kullanılmış.
content-unknown-language = bilinmeyen dil kodu “{ $detail }”.
content-guidance-on-occupation = not düzeyi açıklamaları mesleklere değil, derslere aittir.

## Authoring frameworks
admin-new-framework = Yeni çerçeve
admin-col-action = İşlem
admin-edit = Düzenle: { $code }
admin-continue = Taslağa devam et: { $code }, sürüm { $version }
new-framework-title = Yeni çerçeve
new-framework-button = Taslak oluştur
editor-kind = Tür
editor-code = Kod
editor-code-hint = Kısa ve benzersiz, en fazla { $max } karakter: a–z harfleri, rakamlar, nokta, tire veya alt çizgi. Kod daha sonra değiştirilemez.
editor-title-sv = İsveççe ad
editor-title-en = İngilizce ad (isteğe bağlı)
editor-title = Düzenle: { $title }, sürüm { $version } taslağı
editor-lead = Taslak, siz yayımlayana kadar katalogda görünmez. Her düğme önce yazdığınız her şeyi kaydeder. Yayımlanmış bir sürüm asla değişmez; daha önce başlatılmış haritalamalar kendi sürümlerini korur.
editor-name = Ad
editor-external = Dış bir kayıt sistemine bağlantı (isteğe bağlı)
editor-external-system = Kayıt sistemi
editor-external-none = Bağlantı yok
editor-external-id = Kavramın kimliği (ID) veya URI'si
editor-section = Bölüm { $number }
editor-section-title = Bölüm başlığı
editor-section-add = Bölüm ekle
editor-section-up = { $number }. bölümü yukarı taşı
editor-section-down = { $number }. bölümü aşağı taşı
editor-section-remove = { $number }. bölümü kaldır
editor-criterion = Kriter { $number }
editor-criterion-code = Kod
editor-criterion-text = Kriter metni
editor-criterion-add = { $number }. bölüme kriter ekle
editor-criterion-up = { $number }. kriteri yukarı taşı
editor-criterion-down = { $number }. kriteri aşağı taşı
editor-criterion-remove = { $number }. kriteri kaldır
editor-guidance = E, C ve A not düzeyleri (isteğe bağlı)
editor-guidance-hint = Her not düzeyinin bu kriter için ne anlama geldiği. Katılımcılara ve değerlendiricilere yol gösterici olarak gösterilir.
editor-add-language = Dil ekle
editor-add-language-hint = Bu dilin alanları, kaydettiğinizde görünür.
editor-add-language-none = Yeni dil yok
editor-save = Taslağı kaydet
editor-publish = Yayımla
editor-discard-title = Taslağı sil
editor-discard = Taslağı sil
editor-label-title = Ad ({ $lang })
editor-label-section-title = Bölüm { $section }, başlık ({ $lang })
editor-label-section = Bölüm { $section }
editor-label-criterion-code = Bölüm { $section }, kriter { $criterion }, kod
editor-label-criterion-text = Bölüm { $section }, kriter { $criterion }, metin ({ $lang })
editor-label-criterion-guidance = Bölüm { $section }, kriter { $criterion }, not düzeyi { $step } ({ $lang })
field-error-bad-code = kod yalnızca a–z harfleri, rakamlar, nokta, tire veya alt çizgi içerebilir.
field-error-code-taken = bu kodu başka bir çerçeve zaten kullanıyor.
field-error-no-sections = bir çerçevenin en az bir bölümü olmalıdır.
field-error-no-criteria = bölümün en az bir kriteri olmalıdır.
field-error-duplicate-code = bu kodu başka bir kriter kullanıyor.
field-error-unknown-language = bilinmeyen dil.
field-error-guidance-on-occupation = not düzeyleri mesleklere değil, derslere aittir.
start-mapping-search = Katalogdaki { $count } ders ve meslek arasında ara
guidance-summary = Not düzeylerinin anlamı
admin-col-published = Yayımlanmış sürüm
admin-not-published = Yayımlanmadı

## The merit portfolio
nav-experiences = Deneyim portföyü
nav-evidence = Kanıtlar
experiences-title = Deneyim portföyüm
experiences-lead = Yaptıklarınızı yazın: iş, eğitim, kurslar, gönüllü çalışma ve daha fazlası. Portföyü siz görürsünüz; bir haritalamayı teslim ettiğinizde değerlendiriciler de görür. Neler yapabildiğinizi anlatırken deneyimlerinizi gösterebilirsiniz.
experiences-add = Deneyim ekle
experiences-none = Henüz deneyim eklemediniz.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – devam ediyor
experience-edit = Değiştir: { $role }
experience-delete = Kaldır: { $role }
experience-new-title = Yeni deneyim
experience-edit-title = Deneyimi değiştir
experience-unsaved = Bu, en son yazdığınız metin. Henüz kaydedilmedi – işaretli yerleri düzeltip yeniden kaydedin.
experience-field-kind = Ne tür bir deneyim?
experience-field-role = Ne yaptınız?
experience-role-hint = Örneğin bir meslek unvanı, bir eğitim programı veya bir kurs.
experience-field-place = İşveren, okul veya kuruluş ve şehir
experience-field-country = Ülke
experience-field-start = Başlangıç
experience-field-end = Bitiş
experience-month-hint = Yıl ve ay, örneğin 2019-04.
experience-end-hint = Hâlâ devam ediyorsa boş bırakın.
experience-field-tasks = Görevler ve öğrendikleriniz
experience-tasks-hint = Sıradan bir günü, üstesinden geldiğiniz zor durumları, araçları ve yöntemleri anlatın. En fazla { $max } karakter.
experience-save = Deneyimi kaydet
experience-kind-work = İş
experience-kind-education = Eğitim
experience-kind-training = Kurs veya staj
experience-kind-volunteering = Gönüllü çalışma
experience-kind-other = Diğer
experience-certificate = Belge taslağı yazdır: { $role } (PDF)
cert-title = Belge taslağı
cert-intro = Bir validasyon için bilgi ve becerilerimi haritalıyorum. İşverenim, amirim veya irtibat kişim olarak sizden, aşağıdaki açıklamamı okumanızı, yanlış olan yerleri düzeltmenizi ve imzalamanızı rica ediyorum.
cert-about = İş hakkında
cert-person = Ad soyad: { $value }
cert-role = Meslek veya görev: { $value }
cert-place = İşveren veya yer: { $value }
cert-country = Ülke: { $value }
cert-period = Dönem: { $value }
cert-tasks = Görevler, kendi sözlerimle
cert-no-tasks = (Henüz açıklama yok. Lütfen görevleri aşağıya yazın.)
cert-confirm = Onay
cert-confirm-choice = Açıklama doğrudur:   evet   /   evet, aşağıdaki düzeltmelerle   /   hayır   (birini daire içine alın)
cert-corrections = Düzeltmeler ve eklemeler:
cert-extent = Çalışma şekli ve kapsamı (örneğin tam veya yarı zamanlı):
cert-signer-name = Ad soyad:
cert-signer-title = Unvan:
cert-signer-organisation = Kurum:
cert-signer-contact = Telefon veya e-posta:
cert-signed-date = Tarih:
cert-signature = İmza:
cert-made = Bu taslak { $date } tarihinde Kartla'dan yazdırıldı. Ancak imzalandıktan sonra geçerlidir.
field-error-invalid-month = yıl ve ayı yazın, örneğin 2019-04.
field-error-end-before-start = bitiş, başlangıçtan önce olamaz.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = Yanıt hangi deneyimlerinize dayanıyor? (isteğe bağlı)
answer-experiences-none = Deneyim portföyünüze deneyim ekleyin; sonra burada onları gösterebilirsiniz.
answer-draws-on = Dayandığı deneyimler: { $list }
answer-evidence = Bunu hangi kanıtlar gösteriyor? (isteğe bağlı)
answer-evidence-none = Belgeleri, karneleri, ehliyetleri veya işinizin fotoğraflarını yükleyin; sonra burada onları gösterebilirsiniz.
answer-evidence-missing = Bunun için kanıtım yok (eksik)
answer-evidence-shown = Kanıtlar:
answer-evidence-missing-shown = Kanıt eksik
evidence-title = Kanıtlar
evidence-lead = Belgeler, karneler, diplomalar, ehliyetler veya yaptığınız bir işin fotoğrafları. Her dosya, eklediğiniz sıraya göre bir numara alır. Dosyaları yalnızca siz ve haritalamanızı inceleyen kişi görebilir.
evidence-none = Henüz kanıt eklemediniz.
evidence-label = Ek { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } kB
evidence-belongs-to = İlgili deneyimler: { $list }
evidence-open = { $number } numaralı eki aç
evidence-delete = { $number } numaralı eki sil
evidence-added = Ek { $number } eklendi.
evidence-add-heading = Kanıt ekle
evidence-title-label = Bu nedir? (isteğe bağlı)
evidence-title-hint = Örneğin “Forklift ehliyeti” veya “Lise karnesi”. En fazla { $max } karakter. Boş bırakırsanız dosyanın adı kullanılır.
evidence-experiences = Hangi deneyimlere ait? (isteğe bağlı)
evidence-file-label = Dosya
evidence-file-hint = PDF, JPEG veya PNG, en fazla { $max } MB. Telefonunuzla fotoğraf çekebilirsiniz.
evidence-upload = Yükle
evidence-full = { $max } kanıtınız var; bu, saklanabilecek en yüksek sayı. Daha fazla eklemek için birini silin.
field-error-evidence-no-file = yüklenecek bir dosya seçin
field-error-evidence-too-big = dosya çok büyük – en fazla 10 MB olabilir
field-error-evidence-wrong-type = dosya PDF, JPEG veya PNG değil
field-error-evidence-too-many = saklanabilecek en fazla sayıda kanıtınız zaten var
field-error-evidence-title-too-long = açıklama çok uzun
evidence-refused-no-file = Dosya gönderilmedi.
evidence-refused-too-big = Dosya çok büyük. En fazla 10 MB olabilir.
evidence-refused-wrong-type = Dosya PDF, JPEG veya PNG değil.
evidence-refused-too-many = Saklanabilecek en fazla sayıda kanıt zaten var.
evidence-refused-title-too-long = Açıklama çok uzun.
catalogue-version-dated = Sürüm { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = Bilgilerinizi kimler gördü
seen-by-lead = Sizden başka biri haritalamalarınızdan birini, onun yetkinlik profilini veya kanıt dosyalarınızdan birini her açtığında bu, burada yazılır: kim, hangi rolde, hangi kurum için ve ne zaman. Kimse bu kaydedilmeden bakamaz.
seen-by-none = Bilgilerinizi sizden başka kimse açmadı.
seen-by-caption = Kim neyi açtı, en yenisi önce
seen-by-when = Ne zaman
seen-by-who = Kim
seen-by-role = Rol
seen-by-organisation = Kurum
seen-by-what = Ne
seen-by-link = Bilgilerinizi kimler gördü
seen-what-mapping = Haritalama { $number }
seen-what-profile-pdf = Haritalama { $number } için yetkinlik profili
seen-what-evidence = Bir kanıt dosyası
seen-what-case = Dosya { $number }
seen-what-statement = Dosya { $number } için değerlendirme raporu
role-participant = Katılımcı
role-counsellor = Eğitim ve kariyer danışmanı
role-coordinator = Dosya sorumlusu
role-validator = Değerlendirici
role-org-admin = Kurum yöneticisi
role-installation-admin = Sistem yöneticisi

# The person's own account
nav-account = Hesabınız
account-title = Hesabınız
account-who = Giriş yapan: { $name } ({ $email }).
account-home-submit = Belediyeyi kaydet
account-home-saved = İkamet ettiğiniz belediye kaydedildi.
account-password-title = Şifreyi değiştir
account-password-submit = Şifreyi değiştir
account-password-saved = Şifreniz değiştirildi. Diğer cihazlarınızda oturumunuz kapatıldı.
account-everywhere-title = Her yerde çıkış yap
account-everywhere-lead = Bu cihaz da dahil olmak üzere, tüm telefon ve bilgisayarlardaki bütün oturumlarınızı kapatır. Bir cihazınızı kaybettiyseniz veya ortak kullanılan bir bilgisayarda giriş yaptıysanız bunu kullanın.
account-everywhere-submit = Her yerde çıkış yap
field-current = Mevcut şifre
field-new = Yeni şifre
field-error-wrong-password = doğru değil

# Organisations and people (administration)
nav-admin-people = Kurumlar ve kişiler
people-title = Kurumlar ve kişiler
people-lead = Kişilerin kurumlarınızdaki rolleri. Bir rolü sonlandırdığınızda o rolün verdiği yetkiler hemen kalkar; kişi hesabını ve diğer rollerini korur.
people-none = Burada henüz kimsenin rolü yok.
people-caption = Roller: { $org }
people-col-name = Ad soyad
people-col-email = E-posta adresi
people-col-role = Rol
people-end = { $name } adlı kişinin { $role } rolünü sonlandır
people-ended = Rol sonlandırıldı.
people-add-org = Kurum ekle
people-add-org-submit = Kurumu ekle
people-org-added = Kurum eklendi.
org-kind-region = Bölge ofisi
org-kind-municipality = Belediye
org-kind-provider = Eğitim sağlayıcı
org-code-hint = Kısa bir kod: A–Z harfleri, rakamlar ve tire; örneğin LULEA veya NORD-VAL.
field-org-kind = Kurum türü
field-org-code = Kod
field-org-name = Ad
field-org-email = İletişim e-posta adresi
field-org-phone = İletişim telefonu
field-error-bad-org-code = 2 ile 24 arasında A–Z harfi, rakam veya tireden oluşmalı ve bir harfle başlamalıdır
field-error-region-exists = bu sistemin bölgesi zaten var

# Invitations
invite-heading = Birini davet et
invite-explain = Kişi, yedi gün içinde bir kez kullanılabilen bir bağlantı alır. Bu bağlantıyla rolü kabul eder: hesabı varsa kendi hesabıyla giriş yaparak, yoksa bu e-posta adresiyle bir hesap oluşturarak.
field-invite-organisation = Kurum
field-invite-role = Rol
field-error-role-misfit = bu kurum türüne uymuyor
invite-submit = Davet gönder
invite-sent = Davet e-postayla gönderildi.
invite-pass-on = Bu sistem e-posta göndermiyor. Bu bağlantıyı kişiye kendiniz, yalnızca onun okuyabileceği bir yolla iletin. Bağlantı yedi gün içinde bir kez kullanılabilir; bu sayfa onu yalnızca beş dakika gösterir.
invite-not-sent = E-posta gönderilemedi. Bu bağlantıyı kişiye kendiniz, yalnızca onun okuyabileceği bir yolla iletin. Bağlantı yedi gün içinde bir kez kullanılabilir; bu sayfa onu yalnızca beş dakika gösterir.
invite-withdrawn = Davet geri çekildi. Bağlantısı artık çalışmıyor.
invite-pending-caption = Henüz kabul edilmemiş davetler: { $org }
invite-col-expires = Geçerlilik sonu
invite-withdraw = Daveti geri çek: { $email }
invite-title = Davet
invite-lead = { $org } kurumunda { $role } rolüne davet edildiniz. Davet şu adres içindir: { $email }.
invite-accept = Daveti kabul et
invite-new-account = Hesabınızı oluşturun
invite-other-person = Giriş yaptığınız hesap: { $me }. Ancak davet şu adres için: { $email }. Çıkış yapın, sonra bağlantıyı yeniden açın.
invite-sign-in-first = { $email } adresi için bir hesap var. O hesaba giriş yapın; kabul etmek için buraya geri döneceksiniz.
invite-gone-title = Bu davet artık çalışmıyor
invite-gone-text = Davet kullanılmış, yedi gün geçtiği için süresi dolmuş veya geri çekilmiş. Sizi davet eden kişiden yeni bir davet isteyin.
error-conflict-invitation-gone = Bu davet artık çalışmıyor: kullanılmış, süresi dolmuş veya geri çekilmiş. Sizi davet eden kişiden yeni bir davet isteyin.
error-conflict-invitation-other-person = Davet, giriş yaptığınız hesaptan farklı bir e-posta adresi için. Çıkış yapın, sonra bağlantıyı yeniden açın.
error-conflict-invitation-sign-in = Davet edilen e-posta adresiyle zaten bir hesap var. O hesaba giriş yapın, sonra bağlantıyı yeniden açın.
mail-invite-subject = Kartla'da { $org } kurumuna davet
mail-invite-body =
    Merhaba,

    { $inviter } sizi Kartla'da { $org } kurumunda { $role } rolüne davet ediyor.

    Kabul etmek için bu bağlantıyı açın:
    { $link }

    Bağlantı { $days } gün içinde bir kez kullanılabilir. Bu daveti beklemiyorsanız bu e-postayı dikkate almayabilirsiniz.

# Forgotten password
sign-in-forgot = Şifrenizi mi unuttunuz?
forgot-title = Şifremi unuttum
forgot-lead = Hesabınızın e-posta adresini yazın. Bu adrese, yeni bir şifre seçebileceğiniz bir bağlantı göndeririz.
forgot-submit = Bağlantı gönder
forgot-asked = Bu adresle bir hesap varsa oraya bir bağlantı gönderildi. Bağlantı bir saat içinde bir kez kullanılabilir. İstenmeyen e-posta (spam) klasörünüze de bakın.
forgot-no-mail = Bu sistem e-posta göndermiyor, bu yüzden size bağlantı gönderilemez. Bölgedeki kurumlardan birinde çalışıyorsanız o kurumun yöneticisinden bir bağlantı isteyin; aksi hâlde belediyenizde Kartla'yı yöneten kişilere sorun.
reset-title = Yeni bir şifre seçin
reset-submit = Yeni şifreyi kaydet
reset-done = Yeni şifreniz kaydedildi ve tüm cihazlarda oturumunuz kapatıldı. Yeni şifrenizle giriş yapın.
reset-gone-title = Bu bağlantı artık çalışmıyor
reset-gone-text = Bağlantı kullanılmış veya bir saat geçtiği için süresi dolmuş. Giriş sayfasından yeni bir bağlantı isteyin.
error-conflict-password-link-gone = Bu bağlantı artık çalışmıyor: kullanılmış veya süresi dolmuş. Giriş sayfasından yeni bir bağlantı isteyin.
mail-reset-subject = Kartla için yeni bir şifre seçin
mail-reset-body =
    Merhaba,

    Biri Kartla hesabınız için yeni bir şifre seçmek istedi. Yeni şifre seçmek için bu bağlantıyı açın:
    { $link }

    Bağlantı { $minutes } dakika içinde bir kez kullanılabilir. Bunu siz istemediyseniz bu e-postayı dikkate almayabilirsiniz: şifreniz olduğu gibi kalır.

# The administrators' search of the access log
audit-title = Kim kimin bilgilerini gördü
audit-lead = Bir kişinin e-posta adresiyle, birinin o kişinin haritalamalarını, profillerini veya kanıtlarını açtığı her seferi arayın. Kurumlarınızdaki kişilerin neleri açtığını görürsünüz; sistem yöneticileri her şeyi görür. Aramanız o kişiye gösterilmez.
audit-person = Kişinin e-posta adresi
audit-search = Ara
audit-unknown = Bu e-posta adresiyle bir hesap yok.
audit-none = Görebileceğiniz kişilerden hiçbiri bu kişinin bilgilerini açmadı.
audit-caption = { $email } adresine ait bilgileri kimler açtı, en yenisi önce
people-edit-org = Bilgileri değiştir: { $org }
people-edit-org-submit = Bilgileri kaydet
people-org-changed = Kurumun bilgileri kaydedildi.
people-serves = Adına değerlendirme yaptığı belediyeler
people-serves-hint = Kurumun değerlendiricileri, burada işaretli belediyelerde yaşayan kişilerin teslim ettiği haritalamaları görür.
people-new-role = Yeni rol: { $name }
people-change = Rolü değiştir: { $name }
people-role-changed = Rol değiştirildi.
reset-link-heading = Biri için yeni şifre
reset-link-explain = Kurumunuzda çalışan biri giriş yapamıyorsa ve bu sistem e-posta göndermiyorsa, o kişinin yeni bir şifre seçebileceği bir bağlantı oluşturun. Bağlantı bir saat içinde bir kez kullanılabilir; onu yalnızca o kişinin okuyabileceği bir yolla iletin. Katılımcıların hesapları kendi dosyalarını açar; bu yüzden hiçbir yönetici onlar için bağlantı oluşturmaz.
reset-link-email = Kişinin e-posta adresi
reset-link-submit = Bağlantı oluştur
reset-link-pass-on = Bu bağlantıyı kişiye, yalnızca onun okuyabileceği bir yolla iletin. Bağlantı bir saat içinde bir kez kullanılabilir; bu sayfa onu yalnızca beş dakika gösterir.
field-error-not-your-person = yalnızca sizin kurumlarınızda çalışan birinin adresi değil
field-error-control-characters = satır sonu veya başka kontrol karakterleri içermemelidir

## Cases: coordinators and validators
nav-cases = Dosyalar
cases-title = Dosyalar
cases-organisation = Kurumunuzun dosyaları, en uzun bekleyen önce
cases-assigned = Size atanan dosyalar
cases-none = Şu anda dosya yok.
cases-none-assigned = Şu anda size atanmış dosya yok.
cases-col-person = Kişi
cases-col-framework = Ders veya meslek
cases-col-state = Aşama
cases-col-waited = Bekleme süresi
cases-col-validator = Değerlendirici
cases-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
cases-overdue = { $date } tarihinden beri gecikmede
back-to-cases = Dosyalara dön
case-title = Dosya { $id }: { $person }
case-state-new = Yeni
case-state-checking = Kontrol ediliyor
case-state-returned = Tamamlama bekleniyor
case-state-assigned = Değerlendiricide
case-state-concluded = Sonuçlandı
case-state = Aşama
case-organisation = Sorumlu kurum
case-validator = Değerlendirici
case-no-validator = Henüz yok
case-handed-in = Teslim tarihi
case-waited = Bu aşamadaki bekleme süresi
case-deadline = Tamamlama için son gün
case-late = Gecikmede
case-actions = Şimdi yapabilecekleriniz
case-take = Dosyayı kontrol etmeye başla
case-assign = Ata
field-validator = Değerlendirici
case-validator-hint = Yalnızca bu ders veya meslek için listede yer alan değerlendiriciler seçilebilir.
case-choose-validator = Bir değerlendirici seçin
case-no-validators = Kurumunuzda bunun için listede yer alan bir değerlendirici yok. Bir yönetici ekleyebilir.
case-hand-back = Dosyayı dosya sorumlusuna geri ver
case-hand-back-hint = Nedenini yazın; örneğin dosya sizin değerlendirmediğiniz bir alanla ilgili.
case-hand-back-submit = Geri ver
field-reason = Neden
case-saved-take = Dosyayı şu anda siz kontrol ediyorsunuz.
case-saved-assign = Dosya atandı.
case-saved-sent = Tamamlama listesi gönderildi. Kişi listeyi kendi genel bakış sayfasında görür.
case-saved-concluded = Dosya sonuçlandırıldı. Değerlendirme raporu indirilebilir.
case-saved-handed-back = Dosya, dosya sorumlusuna geri verildi.
case-versions = Teslim edilen sürümler
case-version = Sürüm { $number }, { $date }
case-profile-pdf = Bu sürümün yetkinlik profili (PDF)
case-own-rating = Kişinin öz değerlendirmesi
case-judgement = Değerlendiricinin değerlendirmesi
change-heading = Sürüm { $number } sonrasındaki değişiklikler
change-none = Yanıtlarda hiçbir şey değişmedi.
change-rating = öz değerlendirme: { $before } → { $after }
change-text = açıklama değişti
change-evidence = yeni ekler: { $numbers }
change-experiences = artık daha fazla deneyime dayanıyor
change-missing = kanıtın eksik olup olmadığı değişti
change-goal = Hedef değişti.
change-new-evidence = Listedeki yeni ekler: { $numbers }
change-portfolio = Deneyim portföyüne deneyim eklendi veya deneyimler değiştirildi.
verdict-met = Karşılandı
verdict-partly-met = Kısmen karşılandı
verdict-not-met = Karşılanmadı
verdict-not-yet = Henüz değerlendirilemiyor
method-documents = Belgeler
method-interview = Mülakat
method-practical-test = Uygulamalı sınav
method-theoretical-test = Teorik sınav
method-workplace-observation = İş yerinde gözlem
field-verdict = Değerlendirme
field-methods = Yöntemler
field-judgement = Değerlendirme
judgement-methods-hint = Değerlendirmeye nasıl vardığınızı işaretleyin.
judgement-none = Henüz değerlendirilmedi.
judgement-by = { $name }, { $date }
judgement-methods = Yöntemler: { $methods }
judgement-reason = Değişikliğin nedeni: { $reason }
judgement-history = Önceki değerlendirmeler ({ $count })
judgement-form = Değerlendir: { $code }
judgement-save = Değerlendirmeyi kaydet
judgement-change = Değerlendirmeyi değiştir
judgement-reason-hint = Dosya sonuçlandırıldı. Değerlendirmeyi değiştirmek için bir neden gerekir; önceki değerlendirme geçmişte kalır.
additions-heading = Tamamlamalar
additions-building = Yeni tamamlama listesi
additions-building-hint = Her seferinde bir şey ekleyin: eksik olan ne, nereye ait ve hangi biçimde. Liste hazır olduğunda son günü belirterek gönderin.
additions-choose-target = Neyle ilgili olduğunu seçin
field-target = İlgili olduğu yer
field-missing = Eksik olan
additions-missing-hint = Açık yazın; örneğin “Lager AB'deki görevleri gösteren bir çalışma belgesi”.
field-form = Hangi biçimde
additions-form-hint = Örneğin “PDF veya fotoğraf, İsveççe ya da çevrilmiş”.
additions-add = Listeye ekle
additions-remove = Kaldır
field-deadline = Son gün
additions-deadline-hint = Kişi bu tarihi listede görür.
additions-send = Listeyi kişiye gönder
additions-sent-by = İsteyen: { $name }, son gün { $deadline }
additions-answered = Kişi { $date } tarihinde yeniden teslim etti
additions-form-shown = Biçim: { $form }
additions-item-done = Kişiye göre tamamlandı
additions-item-open = Henüz tamamlanmadı
additions-mark-done = Tamamlandı olarak işaretle
additions-mark-not-done = Tamamlanmadı olarak işaretle
additions-asked = Tamamlamanız gerekenler
additions-asked-hint = Değişiklikleri haritalamada, portföyde veya kanıtlarda yapın. Her birini tamamlandı olarak işaretleyin, sonra haritalamayı yeniden teslim edin.
target-case = Dosyanın tamamı
target-criterion = Kriter { $criterion }
target-experience = Deneyim: { $experience }
target-evidence = { $evidence }
conclude-heading = Dosyayı sonuçlandır
conclude-not-judged = { $count ->
    [one] Bir kriter henüz değerlendirilmedi: { $codes }. Onu değerlendirin veya “Henüz değerlendirilemiyor” seçeneğini seçin.
   *[other] { $count } kriter henüz değerlendirilmedi: { $codes }. Bunları değerlendirin veya “Henüz değerlendirilemiyor” seçeneğini seçin.
}
conclude-outcome = Sonuç: { $framework }
outcome-fully-met = Tamamen karşılandı
outcome-partly-met = Kısmen karşılandı
outcome-not-met = Karşılanmadı
field-outcome = Sonuç
field-statement = Genel değerlendirme
conclude-statement-hint = Kişi değerlendirme raporunu okur ve okul müdürüne, bir işverene veya bir sonraki eğitime götürür.
field-next-steps = Önerilen sonraki adımlar
next-step-top-up-course = Tamamlayıcı bir ders
next-step-exam = Not almak için bir sınav (prövning)
next-step-workplace-assessment = Bir iş yerinde değerlendirme
next-step-guidance = Bir eğitim ve kariyer danışmanıyla görüşme
field-next-steps-text = Kendi sözlerinizle sonraki adımlar
conclude-submit = Dosyayı değerlendirme raporuyla sonuçlandır
conclusion-heading = Değerlendirme raporu
conclusion-by = { $name } tarafından { $date } tarihinde sonuçlandırıldı
conclusion-remaining = Kalanlar: { $codes }
conclusion-statement = Genel değerlendirme
conclusion-next-steps = Önerilen sonraki adımlar
conclusion-download = Değerlendirme raporunu indir (PDF)
case-event-handed-in = { $name } teslim etti: sürüm { $detail }
case-event-taken = { $name } dosyayı kontrol etmeye başladı
case-event-assigned = { $name } dosyayı atadı: { $detail }
case-event-handed-back = { $name } dosyayı geri verdi: { $detail }
case-event-returned = { $name } tamamlama istedi, son gün { $detail }
case-event-judged = { $name } değerlendirdi: { $detail }
case-event-rejudged = { $name } değerlendirmeyi değiştirdi: { $detail }
case-event-item-done = { $name } tamamlandı olarak işaretledi: { $detail }
case-event-item-reopened = { $name } tamamlanmadı olarak işaretledi: { $detail }
case-event-outcome-changed = Değişen değerlendirmeyle birlikte sonuç da değişti: { $detail }
case-event-concluded = { $name } dosyayı değerlendirme raporuyla sonuçlandırdı
case-panel-heading = Dosyanız
case-panel-whole = Dosyanın tamamını tüm olaylarıyla birlikte görün
case-explainer-checking = { $organisation } her şeyin eksiksiz olup olmadığını kontrol ediyor.
case-explainer-assigned = { $organisation } kurumundan bir değerlendirici şu anda haritalamayı kriter kriter değerlendiriyor.
case-explainer-returned = { $organisation } sizden eksikleri tamamlamanızı istiyor. Aşağıdaki listeye bakın.
case-explainer-concluded = { $organisation } değerlendirmeyi sonuçlandırdı. Değerlendirme raporu aşağıda.
hand-in-goes-to = Haritalama şu kuruma gönderilecek: { $organisation }.
hand-in-no-home = Teslim etmeden önce ikamet ettiğiniz belediyeyi seçmeniz gerekiyor. Bunu Hesabınız sayfasında yapın.
field-provider = Kim değerlendirsin
hand-in-choose-hint = Bu mesleği birden fazla kurum değerlendiriyor. Birini seçin.
error-conflict-case-moved = Dosyayı başka biri zaten değiştirdi. Sayfa dosyanın şimdiki hâlini gösteriyor.
error-conflict-no-home = Teslim etmeden önce ikamet ettiğiniz belediyeyi seçmeniz gerekiyor.
field-error-not-listed = bu ders veya meslek için listede yer almıyor
field-error-does-not-fit = kriterlerin değerlendirmeleriyle uyuşmuyor
field-error-in-past = bugünden sonraki bir tarih olmalıdır
field-error-too-far = en fazla bir yıl sonrası olabilir
field-error-no-items = listede henüz bir şey yok
field-error-too-many = listede en fazla 30 madde olabilir
field-error-invalid = seçeneklerden biri değil
field-error-invalid-characters = kaydedilemeyen karakterler içeriyor
mail-additions-subject = Kartla: lütfen haritalamanızı tamamlayın
mail-additions-body = Merhaba { $name },

    Haritalamanızı değerlendiren kişi, eksikleri tamamlamanızı istiyor. Gerekenlerin listesi ve son gün burada:

    { $link }

    Saygılarımızla,
    Kartla
mail-concluded-subject = Kartla: haritalamanızın değerlendirmesi tamamlandı
mail-concluded-body = Merhaba { $name },

    Haritalamanızın değerlendirmesi tamamlandı. Değerlendirme raporunu burada okuyabilir ve indirebilirsiniz:

    { $link }

    Saygılarımızla,
    Kartla

## The statement (PDF)
file-name-statement = değerlendirme-raporu-{ $number }
verify-document = Belge
statement-title = Değerlendirme raporu
statement-lead = Bilgi ve yetkinliğin değerlendirilmesi (validasyon), kriter kriter.
statement-organisation = Düzenleyen
statement-contact = İletişim
statement-case = Dosya
statement-version = Değerlendirilen teslim sürümü
statement-issued = Tarih
statement-assessor = Değerlendirici
statement-verify-where = Raporun gerçek olduğunu şu adreste kontrol edin:
statement-outcome = Sonuç
statement-signatures = İmzalar
statement-assessed-by = Değerlendiren: { $name }.
statement-principal = Sorumlu okul müdürü veya yönetici:
statement-signature = İmza:
statement-name-clarified = Ad soyad (büyük harflerle):
statement-signed-date = Yer ve tarih:

## The directory: who assesses what
nav-directory = Kim neyi değerlendirir
directory-title = Kim neyi değerlendirir
directory-lead = Bölgedeki kurumlar ve ders ile meslekleri değerlendiren kişiler. Yalnızca görünmeyi kendisi seçenler listelenir.
directory-q = Ders veya meslek
directory-q-hint = Adın veya kodun bir kısmını yazın; örneğin “depo” veya “DEMO-KOCK1”.
directory-municipality = Belediye
directory-any-municipality = Tüm belediyeler
directory-search = Ara
directory-none = Listede aramaya uyan kimse yok.
directory-serves = Değerlendirdiği belediyeler: { $list }
directory-serves-all = Tüm bölge için değerlendirir
directory-assesses = Değerlendirdikleri
directory-languages = Diller
directory-methods = Yöntemler
directory-contact = İletişim
admin-directory-title = Kim neyi değerlendirir listesi
admin-directory-lead = Kurumunuzdaki her kişinin neyi değerlendirdiğini, hangi dilleri konuştuğunu ve hangi yöntemleri kullandığını belirtin. Dosyalar yalnızca ilgili ders veya meslek için listede yer alan değerlendiricilere atanabilir. Herkes, herkese açık olarak görünüp görünmeyeceğini kendi hesap sayfasında seçer.
admin-directory-none = Kurumlarınızda değerlendirme veya danışmanlık yapan kimse yok.
admin-directory-saved = Liste kaydedildi.
admin-directory-listed = Herkese açık listede görünüyor.
admin-directory-not-listed = Herkese açık görünmüyor (kişi bunu seçmedi).
admin-directory-languages-hint = Virgülle ayrılmış dil kodları; örneğin “sv, ar, ti”.
admin-directory-save = Kaydet
field-languages = Diller
account-listing-title = Kim neyi değerlendirir listesi
account-listing-lead = Kurumunuz için listede yer alıyorsunuz. Herkese açık olarak görünmek isteyip istemediğinizi ve hangi iletişim bilgilerinin gösterileceğini seçin.
account-listing-show = Beni herkese açık listede göster
account-listing-email = Gösterilecek e-posta (isteğe bağlı)
account-listing-phone = Gösterilecek telefon (isteğe bağlı)
account-listing-save = Kaydet
account-listing-saved = Liste için seçiminiz kaydedildi.
field-error-bad-language-tags = dil kodlarını virgülle ayırarak yazın; örneğin sv, ar, ti (en fazla 12)

## What you master and what remains
gaps-heading = Zaten bildikleriniz ve kalanlar
gaps-counts = { $total } kriterden { $masters } tanesini biliyorsunuz, { $partly } tanesini de kısmen.
gaps-verdict = Şu an için görünüm:
gaps-remaining = Kalanlar: { $codes }
gaps-source-self = Kendi yanıtlarınıza dayanır.
gaps-source-judged = { $total } kriterden { $judged } tanesi değerlendiricinin değerlendirmesine, geri kalanı kendi yanıtlarınıza dayanıyor.
gaps-elsewhere = Bildikleriniz burada da geçerli
gaps-elsewhere-hint = Bildiğiniz kriterlerle aynı bilgiyi kapsayan kriterleri olan dersler ve meslekler.
gaps-covers = yanıtlarınız { $total } kriterden { $covered } tanesini karşılıyor

## The Swedish original
originals-show = Her kriterin altında İsveççe aslını göster
originals-hide = İsveççe aslını gizle
original-label = İsveççesi:

## Sharing with a study and career counsellor
nav-caseload = Katılımcılarım
caseload-title = Katılımcılarım
caseload-lead = Katılımcıların sizinle paylaştığı haritalamalar. Açtığınız her şey, onların “bilgilerimi kimler gördü” listesinde görünür.
caseload-none = Henüz kimse sizinle bir şey paylaşmıyor.
caseload-all = Tüm haritalamalarını paylaşıyor
caseload-one = Bu haritalamayı paylaşıyor
caseload-since = { $date } tarihinden beri
sharing-title = Bir eğitim ve kariyer danışmanıyla paylaşın
sharing-lead = Bir görüşmeden önce, belediyenizdeki bir danışmanın bir haritalamanızı veya tüm haritalamalarınızı okumasına izin verebilirsiniz. Paylaşmayı istediğiniz zaman durdurabilirsiniz.
sharing-none = Şu anda hiçbir şey paylaşmıyorsunuz.
sharing-everything = Tüm haritalamalarım
sharing-line = { $counsellor } şunları okuyabilir: { $what }
sharing-withdraw = Paylaşmayı durdur
sharing-submit = Paylaş
sharing-saved = Artık danışmanla paylaşıyorsunuz.
sharing-withdrawn = Artık bunu paylaşmıyorsunuz.
field-counsellor = Danışman
field-mapping = Ne paylaşmak istiyorsunuz

## Guidance sessions
session-start = Danışmanlık görüşmesi başlat
session-title = { $person } ile danışmanlık görüşmesi
session-heading = Danışmanlık görüşmesi
session-with-person = { $name } ile
session-with-counsellor = Eğitim ve kariyer danışmanınız { $name } ile
session-code-intro = Katılmak için kod:
session-other-here = { $name } bu bölüme bakıyor.
session-other-at = { $name } şu anda { $n }. bölüme bakıyor.
session-other-away = { $name } henüz katılmadı.
session-follow = Siz de oraya gidin
session-section = Bölüm { $n }
session-sections = Bölümler
session-save = Kaydet
session-ended = Bu görüşme sona erdi. Yazılanlar duruyor; bu görüşme üzerinden artık bir şey yazılamaz.
session-direct-on = Danışmanın yanıtlarıma yazmasına izin ver
session-direct-off = Danışmanın yanıtlarıma yazmasını durdur
session-direct-is-on = Bu görüşme boyunca danışman yanıtlarınıza yazabilir.
session-direct-is-off = Danışmanın değişiklikleri, kabul edebileceğiniz veya reddedebileceğiniz öneriler olarak gelir.
session-trail = Bu görüşmede neler oldu
session-end = Görüşmeyi bitir
sessions-back = Tüm danışmanlık görüşmeleri
sessions-title = Danışmanlık görüşmeleri
sessions-none = Açık danışmanlık görüşmesi yok.
sessions-with = { $name } ile
sessions-since = Başlangıç: { $time }
sessions-join = Kodla katıl
sessions-join-hint = Danışmanınız size altı harf ve rakamdan oluşan bir kod verir; örneğin K7M-Q2X.
sessions-join-button = Katıl
field-code = Kod
field-error-no-such-session = bu koda sahip açık bir görüşme yok – kodu danışmanınızla kontrol edin
proposal-heading = Önerilen değişiklik
proposal-by = { $name } öneriyor:
proposal-make = Değişiklik öner
proposal-send = Öneriyi gönder
proposal-accept = Kabul et
proposal-reject = Reddet
notes-heading = Notlar
notes-open = Hakkınızda yazılan tüm notları okuyabilirsiniz.
note-label = Yeni not
note-hint = Kişi tüm notları okur.
note-add = Notu ekle
field-note = Not
error-conflict-session-ended = Danışmanlık görüşmesi sona erdi.
error-conflict-proposal-decided = Bu öneri zaten kabul edildi, reddedildi veya yerine yenisi geldi.
session-event-started = görüşmeyi başlattı
session-event-joined = katıldı
session-event-wrote = { $criterion } kriterinin yanıtına yazdı
session-event-proposed = { $criterion } kriteri için değişiklik önerdi
session-event-accepted = { $criterion } kriteri için yapılan öneriyi kabul etti
session-event-rejected = { $criterion } kriteri için yapılan öneriyi reddetti
session-event-direct-on = danışmanın yazmasına izin verdi
session-event-direct-off = danışmanın yazmasını durdurdu
session-event-noted = not yazdı
session-event-ended = görüşmeyi bitirdi

## Individual study plan
plan-title = { $person } için bireysel eğitim planı
plan-saved = Eğitim planı kaydedildi.
plan-pdf = Eğitim planını indir (PDF)
plan-link = Bireysel eğitim planı
plan-field-goal = Eğitimin hedefi
plan-goal-hint = Eğitimin neye ulaştıracağı, kişinin kendi sözleriyle.
plan-field-pace = Eğitim yoğunluğu
plan-pace-value = %{ $percent }
plan-field-start = Başlangıç
plan-start-hint = Eğitimin başladığı gün, YYYY-AA-GG biçiminde (yıl-ay-gün).
plan-field-course = Ders
plan-field-points = Puan
plan-field-courses = Dersler
plan-courses = Planlanan dersler
plan-no-courses = Henüz planlanmış ders yok.
plan-course = Ders
plan-points = Puan
plan-points-of = Puan: { $course }
plan-change = Değiştir
plan-remove = Çıkar
plan-total = Toplam { $points } puan.
plan-suggested = Eksik analizinin önerileri
plan-suggested-hint = Bu haritalamadaki, yanıtların (veya bir değerlendiricinin değerlendirmelerinin) henüz tam olarak karşılamadığı dersler. Plana alınacakları işaretleyin.
plan-add = Katalogdan ders ekle
plan-add-none = Ders yok
plan-save = Eğitim planını kaydet
plan-history = Değişiklikler
plan-change-goal = hedefi değiştirdi
plan-change-pace = eğitim yoğunluğunu %{ $value } yaptı
plan-change-start = başlangıcı { $value } olarak belirledi
plan-change-added = ekledi: { $value }
plan-change-removed = çıkardı: { $value }
plan-change-points = puanı değiştirdi: { $value }
plan-change-order = derslerin sırasını değiştirdi
field-error-invalid-date = tarihi YYYY-AA-GG biçiminde yazın
field-error-invalid-points = puanı 1 ile 2500 arasında bir sayı olarak yazın
plan-pdf-no-goal = Henüz hedef yazılmadı.
plan-pdf-signatures = Birlikte hazırlandı
plan-pdf-sign-person = Kişi:
plan-pdf-sign-counsellor = Eğitim ve kariyer danışmanı:
plan-pdf-made = { $date } tarihinde Kartla'dan yazdırıldı.
file-name-study-plan = eğitim-planı-{ $number }
guidance-heading = Danışmanlık
guidance-session-open = { $name } bu haritalama için bir danışmanlık görüşmesi açtı.
guidance-join = Görüşmeye katıl
caseload-people = Sizinle paylaşılanlar
connect-invite-heading = Bir katılımcıyı davet et
connect-invite-lead = Bir kod oluşturun ve kişiye verin. Kişi kodu kendi hesap sayfasına girdiğinde, haritaladığı her şey sizinle paylaşılır. Bir kod bir hafta içinde bir kez kullanılabilir.
connect-invite-until = { $date } tarihine kadar geçerli
connect-invite-make = Kod oluştur
connect-heading = Danışmanınızdan aldığınız kodla bağlanın
connect-hint = Altı harf ve rakam; örneğin K7M-Q2X. Sonra haritaladığınız her şey o danışmanla paylaşılır; paylaşmayı istediğiniz zaman durdurabilirsiniz.
field-connect-code = Danışmanınızdan aldığınız kod
connect-submit = Bağlan
field-error-no-such-invitation = bu koda sahip açık bir davet yok – kullanılmış veya süresi dolmuş olabilir
field-error-not-your-counsellor = bu danışman sizin belediyenize hizmet vermiyor
pdf-gaps-self = Kişinin kendi yanıtlarına göre.
pdf-gaps-judged = { $count ->
    [one] Bir kriter için kişinin yanıtı yerine bir değerlendiricinin değerlendirmesi geçerlidir.
   *[other] { $count } kriter için kişinin yanıtı yerine bir değerlendiricinin değerlendirmesi geçerlidir.
}
pdf-gaps-counts = Biliyor: { $masters } · kısmen: { $partly } · kalan: { $remaining }
pdf-gaps-verdict = Görünüm
pdf-gaps-remaining = Kalanlar
pdf-gaps-heading = Eksik analizi

## Follow-up (statistics)
nav-stats = İzleme
stats-title = İzleme
stats-lead = Kaç kişinin yetkinliklerini haritaladığı, her aşamanın ne kadar sürdüğü ve sonucun ne olduğu – hiçbir zaman tek bir kişi gösterilmez. { $n } kişiden az olan sayılar “{ $n } kişiden az” olarak gösterilir; başka sayılardan hesaplanabilecek bir sayı da gizlenir.
stats-org = Kimin sayıları
stats-from = Başlangıç ayı
stats-to = Bitiş ayı (dahil)
stats-by = Gruplama
stats-show = Göster
stats-whose-region = Tüm { $name }.
stats-whose-own = { $name } ve bölgenin toplamları.
stats-period = { $from } – { $to } arasındaki tam aylar.
stats-download-csv = CSV olarak indir
stats-download-pdf = Raporu PDF olarak indir
stats-fewer-than = { $n } kişiden az
stats-hidden = gizli
stats-no-municipality = İkamet belediyesi yok
stats-no-provider = Belediyenin kendisi
stats-chart-caption = Grafik: { $measure }. Aynı sayılar aşağıdaki tabloda yer alıyor.
stats-table-caption = Dönem içinde her aşamaya ulaşan haritalamalar
stats-total = Toplam: { $name }
stats-region-total = Toplam: { $name } (tüm bölge)
stats-measure-started = Başlatılan
stats-measure-handed-in = Teslim edilen
stats-measure-returned = Tamamlama için geri gönderilen
stats-measure-assigned = Değerlendiriciye atanan
stats-measure-concluded = Sonuçlandırılan
stats-by-municipality = Belediye
stats-by-provider = Eğitim sağlayıcı
stats-by-framework = Ders veya meslek
stats-by-month = Ay
stats-by-language = Dil
stats-heading-municipality = Belediyeye göre
stats-heading-provider = Eğitim sağlayıcıya göre
stats-heading-framework = Ders ve mesleğe göre
stats-heading-month = Aya göre
stats-heading-language = Dile göre
stats-unit-municipality = Belediye
stats-unit-provider = Eğitim sağlayıcı
stats-unit-framework = Ders veya meslek
stats-unit-month = Ay
stats-unit-language = Dil
stats-heading-durations = Aşamalar ne kadar sürüyor
stats-durations-chart = Grafik: her aşama için gün cinsinden medyan. Aynı sayılar aşağıdaki tabloda yer alıyor.
stats-durations-caption = Aşamayı dönem içinde tamamlayanlar için gün sayısı
stats-col-step = Aşama
stats-col-people = Kişi sayısı
stats-col-median = Medyan (gün)
stats-col-p90 = 10 kişiden 9'u için en çok (gün)
stats-not-shown = gösterilmiyor
stats-step-mapping = Başlatmadan teslime
stats-step-waiting = Teslimden atamaya
stats-step-assessing = Atamadan sonuçlandırmaya
stats-step-whole = Tüm süreç, başlatmadan sonuçlandırmaya
stats-heading-outcomes = Ders ve mesleğe göre sonuçlar
stats-outcomes-none = Bu dönemde hiçbir haritalama sonuçlandırılmadı.
stats-outcomes-caption = Sonuçlandırılan haritalamalar ve sonuçları
stats-heading-languages = Kartla'da kullanılan diller
stats-languages-chart = Grafik: dile göre kişi sayısı. Aynı sayılar aşağıdaki tabloda yer alıyor.
stats-languages-caption = Kişilerin Kartla'yı kullandığı dil
field-error-stats-month = ayı YYYY-AA biçiminde yazın, örneğin 2025-03
field-error-stats-backward = dönem, başlamadan önce bitiyor
field-error-stats-by = listedeki gruplamalardan birini seçin
stats-pdf-title = İzleme: { $name }
stats-pdf-made = { $date } tarihinde Kartla'dan yazdırıldı.
file-name-stats = izleme-{ $number }
