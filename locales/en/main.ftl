### Kartla – English (en)
### Written-by: the Kartla team (an original text, written beside the Swedish)
### Reviewed: original

app-name = Kartla
skip-to-content = Skip to content
footer-privacy = Kartla keeps only what you write in your mapping and shows it only to you, and to validators once you have submitted it.
nav-label = Main menu
nav-my-mappings = My mappings
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-register = Create account
signed-in-as = Signed in as { $name }
language-label = Language
language-change = Change language
language-unreviewed-mark = not yet reviewed
languages-link = About the languages
languages-title = Languages
languages-lead = You can use Kartla in these languages. The Kartla team writes the translations. A translation that no native speaker has checked yet is marked, and it may have mistakes.
languages-caption = The languages, and whether a native speaker has checked each translation
languages-col-language = Language
languages-col-name = In English
languages-col-status = Translation
languages-status-original = Original text
languages-status-reviewed = Checked by a native speaker
languages-status-unreviewed = Not yet checked by a native speaker
languages-feedback = Does something read wrong in your language? Tell your study and career counsellor or your municipality's Kartla administrator. It can be corrected without waiting for a new version of Kartla.
loading = Loading …
back-home = Go to the start page

## Errors
error-summary-title = There is a problem
error-validation = Check the details below.
error-bad-request = The request could not be read. Reload the page and try again.
error-unauthorized = You need to sign in to see this page.
error-sign-in-failed = The e-mail address or password is wrong.
error-forbidden = You are not allowed to do this.
error-too-many = Too many tries. Wait a minute, then try again.
error-cross-site = This request came from a page on another site and was refused. Go to Kartla and do it there.
error-not-found = This page does not exist.
error-internal = Something went wrong on our side. What you already saved is safe. Try again in a moment.
error-unreachable = Kartla cannot be reached right now. Check your connection and try again.
error-conflict-email-taken = There is already an account with that e-mail address. Sign in instead.
error-conflict-not-editable = The mapping has been submitted and cannot be changed right now.
error-conflict-already-submitted = The mapping has already been submitted.
error-conflict-already-decided = The mapping has already been reviewed.
field-error-required = must be filled in
field-error-too-long = is too long
field-error-too-short = is too short
field-error-invalid-email = is not a valid e-mail address
field-error-invalid-rating = choose one of the options
field-error-unknown-criterion = does not belong to this mapping
field-error-unknown-framework = is not in the catalogue
field-error-not-rated = choose how well you can do this
field-error-changed-elsewhere = the answer was changed in another tab or on another device and has not been overwritten
field-error-no-description = describe how and where you learned and used this

## Rating
rating-legend = How well can you do this?
rating-no-experience = No experience
rating-some-experience = Some experience
rating-with-support = Can do it with support
rating-independently = Can do it independently
rating-can-teach = Can teach others
rating-no-experience-hint = I have not done this.
rating-some-experience-hint = I have seen it done or tried it a few times.
rating-with-support-hint = I can do it when someone helps me or shows me how.
rating-independently-hint = I can do it on my own, without help.
rating-can-teach-hint = I know it so well that I can show and explain it to others.
rating-or = or
rating-not-relevant = Not relevant for me
rating-not-relevant-hint = This is not part of what I want to show. You do not need to write anything.
prompts-summary = Help to describe it
prompt-normal-day = What did a normal day look like? What did you do?
prompt-hardest = What was the hardest situation you handled, and how?
prompt-tools = Which tools, machines, programs or methods did you use?
prompt-how-long = For how long and how often did you do it?
read-aloud = Read aloud

## Status
status-draft = Draft
status-submitted = Submitted
status-returned = Additions requested
status-reviewed = Assessed
event-submitted = Submitted by { $name } on { $date }
event-returned = Returned for additions by { $name } on { $date }
event-reviewed = Assessed by { $name } on { $date }
kind-course = Course
kind-occupation = Occupation

## Start page
home-title = Show what you can do
home-lead = Kartla helps you describe what you already know and can do, criterion by criterion, so that a validator can assess it.
home-how = Create an account, choose a course or an occupation and answer at your own pace. Everything you write is saved.
home-have-account = I already have an account
home-role-later = More tools for your role are coming soon.

## Account
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-no-account = No account? Create one.
register-title = Create account
register-why = We need your name for your competence profile and your e-mail address so that you can sign in again.
register-submit = Create account
password-hint = At least 12 characters. A sentence you remember works well.
field-name = Name
field-email = E-mail address
field-password = Password
field-locale = Language
field-municipality = Home municipality
municipality-hint = The municipality you live in. It offers you validation and is responsible for your mappings. You can change it later.
municipality-choose = Choose a municipality
field-comment = Comment

## My mappings
my-mappings-title = My mappings
my-mappings-none = You have not started a mapping yet.
updated-on = Last changed { $date }
start-mapping-title = Start a new mapping
start-mapping-lead = Choose the course or occupation you want to show that you master.
criteria-count = { $count ->
    [one] { $count } criterion
   *[other] { $count } criteria
}
start-mapping-button = Start with { $title }

## Overview
sections-heading = Parts
progress = { $done } of { $total } answered
task-not-started = Not started
task-in-progress = In progress
task-done = Done
check-answers-link = Check and submit
download-pdf = Download competence profile (PDF)
print-heading = Print the competence profile
print-lang = Language of headings and labels
print-two = Criteria in two languages side by side
print-two-hint = The person’s language and Swedish, for example for the validator and the person to read together.
goal-heading = My goal
field-goal = Goal of the mapping
goal-hint = For example a course, a grade or an occupation you want to reach. It appears on the first page of the competence profile.
goal-save = Save the goal
goal-saved = The goal is saved.
goal-shown = Goal of the mapping: { $goal }
pdf-goal = Goal
submitted-explainer = Your mapping has been submitted. A validator is reviewing it. You cannot change your answers meanwhile.
reviewed-explainer = The review is done. Download your competence profile below.

## Section
section-of = Part { $n } of { $total }
back-to-overview = Back to the overview
read-only-explainer = The mapping has been submitted. You can read your answers but not change them.
save-and-continue = Save and continue
autosave-saving = Saving …
autosave-saved = Saved
session-warning-title = You will soon be signed out
session-warning-text = For your security you are signed out after { $minutes } minutes without activity. What you have saved is kept.
session-stay = Stay signed in
session-ended-title = You have been signed out
session-ended-text = What you saved is kept. Text that was not saved yet stays in this browser and is sent once you have signed in again.
session-sign-in-again = Sign in again
autosave-restored = Text that was not saved last time was still in this browser and is being sent now …
autosave-offline = Not saved yet – no connection. The text stays in this browser and is sent when the connection is back.
autosave-changed-elsewhere = Not saved: the answer was changed in another tab or on another device.
answer-changed-elsewhere = The answer was changed in another tab or on another device after you opened this page. What you wrote is still in the box but has not been saved. Save again if you want to keep your text.
answer-changed-elsewhere-live = The answer has been changed in another tab or on another device. Your text is still in the box but has not been saved. Choose which one counts.
answer-saved-elsewhere = The saved answer now:
conflict-keep-mine = Keep my text
conflict-use-saved = Use the saved answer
text-in-swedish = This text is only available in Swedish.
answer-label = How and where did you learn and use this?
answer-hint = Tell what you did, where, for how long and with which tools. At most { $max } characters.

## Check your answers
check-title = Check your answers
missing-heading = This is missing before you can submit
missing-rating = { $code }: choose how well you can do this
missing-description = { $code }: describe how and where you learned this
not-answered = Not answered
no-description = No description
change = Change
submit-heading = Submit
submit-explainer = When you submit, a validator can read your answers and your merit portfolio. The validator can accept the mapping or ask you to add more. You cannot change your answers while it is being reviewed.
submit-button = Submit the mapping

## Validator
trail-heading = History

## PDF
pdf-title = Competence profile
pdf-person = Person
pdf-frameworks = Course or occupation
pdf-date = Date
pdf-status = Status
pdf-rating = Rating
pdf-answer = How and where
pdf-validator = The validator
pdf-trail = History
pdf-version = version { $version }
pdf-started = Started
pdf-submitted = Handed in
pdf-summary = Summary
pdf-fully-met = Fully met (independently or can teach)
pdf-partly-met = Partly met (some experience or with support)
pdf-none = none
pdf-portfolio = Merit portfolio
pdf-evidence = Attachments
pdf-evidence-missing = Evidence missing for
pdf-attachment = Attachment { $number }
pdf-verify-code = Verification code
pdf-verify-where = Check that the profile is genuine at:
pdf-page = Page { $page } of { $pages }
file-name-attachment = attachment-{ $number }
file-name-certificate = certificate-draft-{ $number }
file-name-profile = competence-profile-{ $number }
verify-title = Check a competence profile
verify-lead = Every competence profile from Kartla has a verification code at the foot of every page. Type it here to see that the profile exists and when it was printed.
verify-code-label = Verification code
verify-code-hint = Twelve characters, for example 7KQM-2WXP-H9CD. Upper or lower case does not matter.
verify-submit = Check
verify-found = The competence profile exists
verify-code = Verification code
verify-person = The person's initials
verify-frameworks = Course or occupation
verify-printed = Printed
verify-status = Status when printed
verify-fingerprint = Fingerprint (SHA-256) of the PDF file
verify-fingerprint-hint = If you have the file, compute its SHA-256 and compare: if they are equal, the file is unchanged since it was printed.
verify-not-found = There is no competence profile with that code. Check that you copied it correctly.
answer-not-saved = The text is too long and has not been saved. Shorten it and save again – what you wrote is still here.

## Section titles Kartla gives imported frameworks
import-section-core-content = Core content
import-section-knowledge-requirements = Knowledge requirements
import-section-essential = Essential skills and knowledge
import-section-optional = Optional skills and knowledge
import-section-skills = Skills
import-section-competencies = Competencies

## The public catalogue
nav-catalogue = Catalogue
catalogue-title = Criteria catalogue
catalogue-lead = Courses and occupations you can map your skills against. Choose one to see its criteria.
catalogue-search = Search by name or code
catalogue-kind = Kind
catalogue-kind-all = All
catalogue-kind-course = Courses
catalogue-kind-occupation = Occupations
catalogue-language = Language of the texts
catalogue-language-all = All languages
catalogue-search-button = Search
catalogue-found = { $count ->
    [0] No matches
    [one] One match
   *[other] { $count } matches
}
catalogue-pages = Pages
catalogue-page-of = Page { $page } of { $pages }
catalogue-previous = Previous page
catalogue-next = Next page
catalogue-languages = Available in: { $list }
catalogue-published = published { $date }
catalogue-older-version = This is an older version.
catalogue-see-current = See the current version
catalogue-fallback-note = Some texts are not available in your language and are shown in Swedish.
catalogue-start-mapping = Start mapping against this
catalogue-versions = Versions
grade-step = Grade step { $step }
external-esco = ESCO
external-jobtech = JobTech Taxonomy
external-skolverket = Skolverket course code
language-name = { $code ->
    [sv] Swedish
    [en] English
    [ar] Arabic
    [fa] Persian
    [ti] Tigrinya
    [so] Somali
    [uk] Ukrainian
    [ckb] Sorani
    [ps] Pashto
    [prs] Dari
    [kmr] Kurmanji
    [am] Amharic
    [ru] Russian
    [tr] Turkish
    [de] German
    [fi] Finnish
    [fr] French
    [es] Spanish
    [pl] Polish
   *[other] { $code }
}
catalogue-version = Version { $version }

## Administrators: the catalogue and imports
nav-admin-catalogue = Catalogue (admin)
admin-catalogue-title = Manage the catalogue
admin-catalogue-count = { $count ->
    [one] One framework
   *[other] { $count } frameworks
}
admin-catalogue-caption = The frameworks in the catalogue
admin-import-start = Import criteria from files
admin-col-code = Code
admin-col-title = Name
admin-col-kind = Kind
admin-col-version = Version
admin-col-status = Status
admin-col-criteria = Criteria
admin-col-sections = Sections
admin-col-languages = Languages
admin-col-change = Change
version-draft = Draft
version-published = Published
import-title = Import criteria
import-lead = Choose a format and files. You will see what the files hold and what changes before anything is saved.
import-format = Format
format-kartla = Kartla's own format (TOML)
format-kartla-hint = One file per framework, as kartla catalogue export writes it.
format-skolverket = Skolverket syllabus API (JSON)
format-skolverket-hint = A response holding course, courses, subject or subjects. Core content and knowledge requirements become criteria.
format-esco = ESCO (CSV)
format-esco-hint = occupations_xx.csv, skills_xx.csv and occupationSkillRelations_xx.csv, in several languages if you like. Swedish is required.
format-jobtech = JobTech Taxonomy (JSON)
format-jobtech-hint = Occupation names with their related skills.
format-moodle = Moodle competency framework (CSV)
format-moodle-hint = An export from Moodle; the parent ID numbers give the structure.
import-files = Files
import-files-hint = You can choose several files, at most { $mb } MB together.
import-occupations = Only these ESCO occupations (optional)
import-occupations-hint = One occupation URI per line. Leave empty to import every occupation in the files.
import-preview-button = Show preview
import-preview-title = Preview import
import-refused = { $count ->
    [one] The files cannot be imported: one problem
   *[other] The files cannot be imported: { $count } problems
}
import-at-line = line { $line }
import-in-field = field { $field }
import-nothing-written = Nothing has been saved. Correct the files and try again.
import-try-again = Choose files again
import-summary = { $total } frameworks: { $new } new, { $changed } changed, { $unchanged } unchanged.
import-rows-shown = (the first { $shown } are shown)
import-applied = The import is done. The frameworks are now in the catalogue.
import-blocked = Someone is editing a draft of one of the frameworks. Publish or discard that draft first.
import-nothing-to-write = Everything in the files is in the catalogue already. Nothing needs saving.
import-confirm = { $count ->
    [one] Import one framework
   *[other] Import { $count } frameworks
}
import-preview-caption = The frameworks in the files
plan-new = New, version 1
plan-new-version = Changed, becomes version { $version }
plan-unchanged = Unchanged (version { $version })
plan-draft-in-the-way = Held up by a draft (version { $version })
error-too-large = What you sent is too large.
error-conflict-not-a-draft = Only a draft can change. A published version never changes.
error-conflict-code-taken = Another framework already uses that code.
error-conflict-draft-in-the-way = Someone is editing a draft of this framework. Publish or discard that draft first.
error-conflict-import-refused = The files could not be read and cannot be imported.
error-conflict-import-applied = This import has been done already.

## Problems with imported files; $detail holds the value or the parser's own words
import-unreadable = the file could not be read ({ $detail }).
import-syntax = the file is not well-formed: { $detail }
import-missing-field = is missing and required.
import-unknown-language = unknown language code “{ $detail }”. Use an ISO 639 code such as sv, en or ar.
import-missing-swedish = the Swedish text is missing. The catalogue shows Swedish where a translation is missing, so Swedish is required.
import-missing-file = the file is needed and was not given.
import-unknown-occupation = no occupation has the URI { $detail }.
import-unknown-parent = no row has the ID number “{ $detail }”.
import-duplicate-framework = the code { $detail } appears twice.
import-nothing = holds no framework to import.
import-expected-skolverket-root = expected a Skolverket API response with course, courses, subject or subjects.
import-expected-jobtech-concepts = expected a JSON list of JobTech Taxonomy concepts.
import-expected-moodle-header = expected a Moodle export with the columns Parent ID number, ID number, Short name and Description.
import-expected-kartla-file = expected a file in Kartla's format starting with format = "kartla/1".
import-expected-text = expected text.
import-expected-list = expected a list.
import-expected-kind = expected course or occupation.
import-expected-grade-step = expected grade step E, C or A.
import-expected-external-system = expected esco, jobtech or skolverket.
import-expected-utf8 = expected text in UTF-8.
content-bad-code = a code has 1 to 60 letters a–z, digits, dots, hyphens or underscores.
content-empty = must not be empty.
content-too-long = is longer than { $detail } characters.
content-no-sections = a framework needs at least one section.
content-no-criteria = a section needs at least one criterion.
content-duplicate-code = criterion code { $detail } is used twice.
content-unknown-language = unknown language code “{ $detail }”.
content-guidance-on-occupation = grade-step descriptions belong to courses, not occupations.

## Authoring frameworks
admin-new-framework = New framework
admin-col-action = Action
admin-edit = Edit { $code }
admin-continue = Continue the draft of { $code } version { $version }
new-framework-title = New framework
new-framework-button = Create draft
editor-kind = Kind
editor-code = Code
editor-code-hint = Short and unique, at most { $max } characters: letters a–z, digits, dots, hyphens or underscores. The code cannot be changed later.
editor-title-sv = Name in Swedish
editor-title-en = Name in English (optional)
editor-title = Edit { $title }, draft of version { $version }
editor-lead = The draft is not in the catalogue until you publish it. Every button saves all you have typed first. A published version never changes; mappings already started keep their version.
editor-name = Name
editor-external = Link to an outside register (optional)
editor-external-system = Register
editor-external-none = No link
editor-external-id = The concept's id or URI
editor-section = Section { $number }
editor-section-title = Section heading
editor-section-add = Add a section
editor-section-up = Move section { $number } up
editor-section-down = Move section { $number } down
editor-section-remove = Remove section { $number }
editor-criterion = Criterion { $number }
editor-criterion-code = Code
editor-criterion-text = Criterion text
editor-criterion-add = Add a criterion to section { $number }
editor-criterion-up = Move criterion { $number } up
editor-criterion-down = Move criterion { $number } down
editor-criterion-remove = Remove criterion { $number }
editor-guidance = Grade steps E, C and A (optional)
editor-guidance-hint = What each grade step means for this criterion. Shown as guidance to participants and validators.
editor-add-language = Add a language
editor-add-language-hint = Fields for the language appear when you save.
editor-add-language-none = No new language
editor-save = Save draft
editor-publish = Publish
editor-discard-title = Discard the draft
editor-discard = Discard the draft
editor-label-title = Name ({ $lang })
editor-label-section-title = Section { $section }, heading ({ $lang })
editor-label-section = Section { $section }
editor-label-criterion-code = Section { $section }, criterion { $criterion }, code
editor-label-criterion-text = Section { $section }, criterion { $criterion }, text ({ $lang })
editor-label-criterion-guidance = Section { $section }, criterion { $criterion }, grade step { $step } ({ $lang })
field-error-bad-code = a code has only letters a–z, digits, dots, hyphens or underscores.
field-error-code-taken = another framework already uses this code.
field-error-no-sections = a framework needs at least one section.
field-error-no-criteria = the section needs at least one criterion.
field-error-duplicate-code = another criterion uses this code.
field-error-unknown-language = unknown language.
field-error-guidance-on-occupation = grade steps belong to courses, not occupations.
start-mapping-search = Search all { $count } courses and occupations in the catalogue
guidance-summary = What the grade steps mean
admin-col-published = Published version
admin-not-published = Not published

## The merit portfolio
nav-experiences = Merit portfolio
nav-evidence = Evidence
experiences-title = My merit portfolio
experiences-lead = Write about what you have done: work, education, courses, volunteering and more. You see the portfolio, and so do the validators once you hand in a mapping. You can point to your experiences when you describe what you can do.
experiences-add = Add an experience
experiences-none = You have not added any experiences yet.
experience-period = { $start } – { $end }
experience-period-ongoing = { $start } – ongoing
experience-edit = Change { $role }
experience-delete = Remove { $role }
experience-new-title = New experience
experience-edit-title = Change experience
experience-unsaved = This is what you wrote last. It is not saved yet – correct what is marked and save again.
experience-field-kind = What kind of experience?
experience-field-role = What did you do?
experience-role-hint = For example a job title, a programme or a course.
experience-field-place = Employer, school or organisation, and town
experience-field-country = Country
experience-field-start = Started
experience-field-end = Ended
experience-month-hint = Year and month, for example 2019-04.
experience-end-hint = Leave empty if it is still going on.
experience-field-tasks = Tasks and what you learned
experience-tasks-hint = Describe a normal day, hard situations you handled, tools and methods. At most { $max } characters.
experience-save = Save the experience
experience-kind-work = Work
experience-kind-education = Education
experience-kind-training = Course or work placement
experience-kind-volunteering = Volunteering
experience-kind-other = Other
experience-certificate = Print a certificate draft for { $role } (PDF)
cert-title = Draft for a certificate
cert-intro = I am mapping my skills for a validation. I ask you, who were my employer, supervisor or contact person, to read my description below, correct anything that is wrong and sign it.
cert-about = About the work
cert-person = Name: { $value }
cert-role = Occupation or role: { $value }
cert-place = Employer or place: { $value }
cert-country = Country: { $value }
cert-period = Period: { $value }
cert-tasks = Tasks, in my own words
cert-no-tasks = (No description yet. Please describe the tasks below.)
cert-confirm = Confirmation
cert-confirm-choice = The description is correct:   yes   /   yes, with the corrections below   /   no   (circle one)
cert-corrections = Corrections and additions:
cert-extent = Form and extent of employment:
cert-signer-name = Name:
cert-signer-title = Position:
cert-signer-organisation = Organisation:
cert-signer-contact = Phone or e-mail:
cert-signed-date = Date:
cert-signature = Signature:
cert-made = This draft was printed from Kartla on { $date }. It is valid only once signed.
field-error-invalid-month = write the year and month, for example 2019-04.
field-error-end-before-start = the end cannot be before the start.
experience-label = { $role } ({ $period })
experience-label-place = { $role }, { $place } ({ $period })
answer-experiences = Which of your experiences does the answer draw on? (optional)
answer-experiences-none = Add experiences to your merit portfolio, and you can point to them here.
answer-draws-on = Draws on: { $list }
answer-evidence = Which evidence shows this? (optional)
answer-evidence-none = Upload certificates, grades, licences or photos of your work, and you can point to them here.
answer-evidence-missing = I have no evidence for this (missing)
answer-evidence-shown = Evidence:
answer-evidence-missing-shown = Evidence missing
evidence-title = Evidence
evidence-lead = Certificates, grades, diplomas, licences or photos of something you have done. Each file gets a number in the order you add it. Only you and whoever reviews your mapping can see the files.
evidence-none = You have not added any evidence yet.
evidence-label = Attachment { $number }: { $title }
evidence-kind-size = { $kind }, { $kb } kB
evidence-belongs-to = Belongs to: { $list }
evidence-open = Open attachment { $number }
evidence-delete = Delete attachment { $number }
evidence-added = Attachment { $number } has been added.
evidence-add-heading = Add evidence
evidence-title-label = What is it? (optional)
evidence-title-hint = For example “Forklift licence” or “Upper secondary grades”. At most { $max } characters. If you leave it empty, the file's name is used.
evidence-experiences = Which experiences does it belong to? (optional)
evidence-file-label = File
evidence-file-hint = PDF, JPEG or PNG, at most { $max } MB. You can take a photo with your phone.
evidence-upload = Upload
evidence-full = You have { $max } pieces of evidence, as many as can be kept. Delete one to add more.
field-error-evidence-no-file = choose a file to upload
field-error-evidence-too-big = the file is too large – it may be at most 10 MB
field-error-evidence-wrong-type = the file is not a PDF, JPEG or PNG
field-error-evidence-too-many = you already have as much evidence as can be kept
field-error-evidence-title-too-long = the description is too long
evidence-refused-no-file = No file was sent.
evidence-refused-too-big = The file is too large. It may be at most 10 MB.
evidence-refused-wrong-type = The file is not a PDF, JPEG or PNG.
evidence-refused-too-many = There is already as much evidence as can be kept.
evidence-refused-title-too-long = The description is too long.
catalogue-version-dated = Version { $version } ({ $date })
with-colon = { $label }:

# Who has seen my information (the access log)
seen-by-title = Who has seen your information
seen-by-lead = Every time someone other than you opens one of your mappings, its competence profile or one of your evidence files, it is written here: who, in which role, for which organisation, and when. Nobody can look without it being written.
seen-by-none = Nobody else has opened your information.
seen-by-caption = Who opened what, newest first
seen-by-when = When
seen-by-who = Who
seen-by-role = Role
seen-by-organisation = Organisation
seen-by-what = What
seen-by-link = Who has seen your information
seen-what-mapping = Mapping { $number }
seen-what-profile-pdf = Competence profile of mapping { $number }
seen-what-evidence = An evidence file
seen-what-case = Case { $number }
seen-what-statement = Statement of case { $number }
role-participant = Participant
role-counsellor = Study and career counsellor
role-coordinator = Case handler
role-validator = Validator
role-org-admin = Organisation administrator
role-installation-admin = Installation administrator

# The person's own account
nav-account = Your account
account-title = Your account
account-who = Signed in as { $name } ({ $email }).
account-home-submit = Save home municipality
account-home-saved = Your home municipality is saved.
account-password-title = Change password
account-password-submit = Change password
account-password-saved = Your password is changed. You have been signed out on your other devices.
account-everywhere-title = Sign out everywhere
account-everywhere-lead = Ends every session of yours, on every phone and computer, this one too. Use it if you lost a device or signed in on a shared computer.
account-everywhere-submit = Sign out everywhere
field-current = Current password
field-new = New password
field-error-wrong-password = is not right

# Organisations and people (administration)
nav-admin-people = Organisations and people
people-title = Organisations and people
people-lead = The roles people hold in your organisations. Ending a role takes away what it gave at once; the person keeps their account and their other roles.
people-none = Nobody holds a role here yet.
people-caption = Roles in { $org }
people-col-name = Name
people-col-email = E-mail address
people-col-role = Role
people-end = End { $role } for { $name }
people-ended = The role has ended.
people-add-org = Add an organisation
people-add-org-submit = Add organisation
people-org-added = The organisation is added.
org-kind-region = The region's office
org-kind-municipality = Municipality
org-kind-provider = Provider
org-code-hint = A short code: letters A–Z, digits and hyphens, such as LULEA or NORD-VAL.
field-org-kind = Kind of organisation
field-org-code = Code
field-org-name = Name
field-org-email = Contact e-mail address
field-org-phone = Contact telephone
field-error-bad-org-code = must be 2 to 24 letters A–Z, digits or hyphens, starting with a letter
field-error-region-exists = this installation has its region already

# Invitations
invite-heading = Invite someone
invite-explain = The person gets a link that works once, for seven days. With it they accept the role: signed in to their account if they have one, or by making one with this e-mail address.
field-invite-organisation = Organisation
field-invite-role = Role
field-error-role-misfit = does not fit this kind of organisation
invite-submit = Send invitation
invite-sent = The invitation is sent by e-mail.
invite-pass-on = This installation sends no e-mail. Pass this link on to the person yourself, in a way only they can read. It works once, for seven days; this page shows it for five minutes only.
invite-not-sent = The e-mail could not be sent. Pass this link on to the person yourself, in a way only they can read. It works once, for seven days; this page shows it for five minutes only.
invite-withdrawn = The invitation is withdrawn. Its link no longer works.
invite-pending-caption = Invitations not yet accepted in { $org }
invite-col-expires = Works until
invite-withdraw = Withdraw the invitation to { $email }
invite-title = Invitation
invite-lead = You are invited to the role { $role } at { $org }. The invitation is for { $email }.
invite-accept = Accept the invitation
invite-new-account = Make your account
invite-other-person = You are signed in as { $me }, but the invitation is for { $email }. Sign out, then open the link again.
invite-sign-in-first = There is an account for { $email }. Sign in to it, and you come back here to accept.
invite-gone-title = This invitation no longer works
invite-gone-text = It has been used, has run out after seven days, or was withdrawn. Ask the person who invited you for a new one.
error-conflict-invitation-gone = This invitation no longer works: it has been used, has run out or was withdrawn. Ask the person who invited you for a new one.
error-conflict-invitation-other-person = The invitation is for another e-mail address than the account you are signed in to. Sign out, then open the link again.
error-conflict-invitation-sign-in = There is already an account with the invited e-mail address. Sign in to it, then open the link again.
mail-invite-subject = Invitation to { $org } in Kartla
mail-invite-body =
    Hello,

    { $inviter } invites you to the role { $role } at { $org } in Kartla.

    Open this link to accept:
    { $link }

    The link works once, for { $days } days. If you did not expect this invitation, you can ignore this e-mail.

# Forgotten password
sign-in-forgot = Forgot your password?
forgot-title = Forgot your password
forgot-lead = Write the e-mail address of your account. We send a link to it with which you choose a new password.
forgot-submit = Send link
forgot-asked = If there is an account with that address, a link is on its way to it. It works once, for an hour. Check your spam folder too.
forgot-no-mail = This installation sends no e-mail, so no link can be sent to you. If you work for one of the region's organisations, ask its administrator for a link; otherwise ask the people who run Kartla in your municipality.
reset-title = Choose a new password
reset-submit = Save the new password
reset-done = Your new password is saved, and you have been signed out everywhere. Sign in with the new password.
reset-gone-title = This link no longer works
reset-gone-text = It has been used or has run out after an hour. Ask for a new link on the sign-in page.
error-conflict-password-link-gone = This link no longer works: it has been used or has run out. Ask for a new link on the sign-in page.
mail-reset-subject = Choose a new password for Kartla
mail-reset-body =
    Hello,

    Someone asked to choose a new password for your Kartla account. Open this link to choose one:
    { $link }

    The link works once, for { $minutes } minutes. If it was not you who asked, you can ignore this e-mail: your password stays as it is.

# The administrators' search of the access log
audit-title = Who has seen whose information
audit-lead = Search by a person's e-mail address for every time someone opened their mappings, profiles or evidence. You see what the people of your organisations opened; the installation's administrators see everything. Your search is not shown to the person.
audit-person = The person's e-mail address
audit-search = Search
audit-unknown = There is no account with that e-mail address.
audit-none = Nobody you may see has opened this person's information.
audit-caption = Who opened the information of { $email }, newest first
people-edit-org = Change the details of { $org }
people-edit-org-submit = Save the details
people-org-changed = The organisation's details are saved.
people-serves = Municipalities it assesses for
people-serves-hint = Its validators see the handed-in mappings of the people who live in the municipalities ticked here.
people-new-role = New role for { $name }
people-change = Change the role of { $name }
people-role-changed = The role is changed.
reset-link-heading = A new password for someone
reset-link-explain = When someone who works in your organisation cannot sign in and this installation sends no e-mail, make a link with which they choose a new password. It works once, for an hour; pass it on in a way only they can read. Participants' accounts open their own files, so no administrator makes links for them.
reset-link-email = Their e-mail address
reset-link-submit = Make a link
reset-link-pass-on = Pass this link on to the person, in a way only they can read. It works once, for an hour; this page shows it for five minutes only.
field-error-not-your-person = is not the address of someone who works only in your organisations
field-error-control-characters = must not contain line breaks or other control characters

## Cases: coordinators and validators
nav-cases = Cases
cases-title = Cases
cases-organisation = Cases of your organisation, longest waiting first
cases-assigned = Cases assigned to you
cases-none = There are no cases right now.
cases-none-assigned = No cases are assigned to you right now.
cases-col-person = Person
cases-col-framework = Course or occupation
cases-col-state = Stage
cases-col-waited = Waited
cases-col-validator = Validator
cases-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
cases-overdue = Late since { $date }
back-to-cases = Back to the cases
case-title = Case { $id }: { $person }
case-state-new = New
case-state-checking = Being checked
case-state-returned = Waiting for additions
case-state-assigned = With a validator
case-state-concluded = Concluded
case-state = Stage
case-organisation = Responsible organisation
case-validator = Validator
case-no-validator = None yet
case-handed-in = Handed in
case-waited = Waited in this stage
case-deadline = Last day for additions
case-late = Late
case-actions = What you can do now
case-take = Start checking the case
case-assign = Assign
field-validator = Validator
case-validator-hint = Only validators listed in the directory for this course or occupation can be chosen.
case-choose-validator = Choose a validator
case-no-validators = No validator in your organisation is listed in the directory for this. An administrator can add it.
case-hand-back = Hand the case back to the coordinator
case-hand-back-hint = Say why, for example that the case is about a subject you do not assess.
case-hand-back-submit = Hand back
field-reason = Reason
case-saved-take = You are now checking the case.
case-saved-assign = The case is assigned.
case-saved-sent = The list of additions is sent. The person sees it on their overview.
case-saved-concluded = The case is concluded. The statement can be downloaded.
case-saved-handed-back = The case is handed back to the coordinator.
case-versions = Versions handed in
case-version = Version { $number }, { $date }
case-profile-pdf = The competence profile of this version (PDF)
case-own-rating = The person's own rating
case-judgement = The validator's judgement
change-heading = Changed since version { $number }
change-none = Nothing in the answers has changed.
change-rating = rating: { $before } → { $after }
change-text = the description has changed
change-evidence = new attachments: { $numbers }
change-experiences = now draws on more experiences
change-missing = changed whether evidence is missing
change-goal = The goal has changed.
change-new-evidence = New attachments in the list: { $numbers }
change-portfolio = Experiences in the merit portfolio were added or changed.
verdict-met = Met
verdict-partly-met = Partly met
verdict-not-met = Not met
verdict-not-yet = Not possible to judge yet
method-documents = Documents
method-interview = Interview
method-practical-test = Practical test
method-theoretical-test = Theoretical test
method-workplace-observation = Observation at a workplace
field-verdict = Judgement
field-methods = Methods
field-judgement = Judgement
judgement-methods-hint = Tick how you came to the judgement.
judgement-none = Not judged yet.
judgement-by = { $name }, { $date }
judgement-methods = Methods: { $methods }
judgement-reason = Reason for the change: { $reason }
judgement-history = Earlier judgements ({ $count })
judgement-form = Judge { $code }
judgement-save = Save the judgement
judgement-change = Change the judgement
judgement-reason-hint = The case is concluded. A changed judgement needs a reason, and the earlier one stays in the history.
additions-heading = Additions
additions-building = New list of additions
additions-building-hint = Add one thing at a time: what is missing, where it belongs and in which form. Send the list with a last day when it is ready.
additions-choose-target = Choose what it is about
field-target = About
field-missing = What is missing
additions-missing-hint = Be specific, for example "A certificate of employment that shows the tasks at Lager AB".
field-form = In which form
additions-form-hint = For example "PDF or photo, in Swedish or translated".
additions-add = Add to the list
additions-remove = Remove
field-deadline = Last day
additions-deadline-hint = The person sees the date in the list.
additions-send = Send the list to the person
additions-sent-by = Asked by { $name }, last day { $deadline }
additions-answered = The person handed in again { $date }
additions-form-shown = Form: { $form }
additions-item-done = Done, says the person
additions-item-open = Not done yet
additions-mark-done = Mark as done
additions-mark-not-done = Mark as not done
additions-asked = What you need to add
additions-asked-hint = Make the changes in the mapping, the portfolio or the evidence. Mark each thing as done, then hand the mapping in again.
target-case = The whole case
target-criterion = Criterion { $criterion }
target-experience = Experience: { $experience }
target-evidence = { $evidence }
conclude-heading = Conclude the case
conclude-not-judged = { $count ->
    [one] One criterion is not judged yet: { $codes }. Judge it, or choose "Not possible to judge yet".
   *[other] { $count } criteria are not judged yet: { $codes }. Judge them, or choose "Not possible to judge yet".
}
conclude-outcome = Outcome for { $framework }
outcome-fully-met = Fully met
outcome-partly-met = Partly met
outcome-not-met = Not met
field-outcome = Outcome
field-statement = Overall statement
conclude-statement-hint = The person reads the statement and takes it to the principal, an employer or the next course.
field-next-steps = Recommended next steps
next-step-top-up-course = A top-up course
next-step-exam = An exam for a grade (prövning)
next-step-workplace-assessment = An assessment at a workplace
next-step-guidance = A talk with a study and career counsellor
field-next-steps-text = Next steps in your words
conclude-submit = Conclude the case with the statement
conclusion-heading = Statement
conclusion-by = Concluded by { $name } { $date }
conclusion-remaining = Remaining: { $codes }
conclusion-statement = Overall statement
conclusion-next-steps = Recommended next steps
conclusion-download = Download the statement (PDF)
case-event-handed-in = { $name } handed in version { $detail }
case-event-taken = { $name } started checking the case
case-event-assigned = { $name } assigned the case to { $detail }
case-event-handed-back = { $name } handed the case back: { $detail }
case-event-returned = { $name } asked for additions, last day { $detail }
case-event-judged = { $name } judged { $detail }
case-event-rejudged = { $name } changed the judgement of { $detail }
case-event-item-done = { $name } marked as done: { $detail }
case-event-item-reopened = { $name } marked as not done: { $detail }
case-event-outcome-changed = The outcome changed with the changed judgement: { $detail }
case-event-concluded = { $name } concluded the case with a statement
case-panel-heading = Your case
case-panel-whole = See the whole case with everything that happened
case-explainer-checking = { $organisation } is checking that everything is there.
case-explainer-assigned = A validator at { $organisation } is now judging the mapping criterion by criterion.
case-explainer-returned = { $organisation } wants you to add to it. See the list below.
case-explainer-concluded = { $organisation } has concluded the assessment. The statement is below.
hand-in-goes-to = The mapping goes to { $organisation }.
hand-in-no-home = You need to choose a home municipality before you can hand in. Do it on the Your account page.
field-provider = Who should assess it
hand-in-choose-hint = Several organisations assess this occupation. Choose one.
error-conflict-case-moved = Someone else has already changed the case. The page shows it as it is now.
error-conflict-no-home = You need to choose a home municipality before you can hand in.
field-error-not-listed = is not listed in the directory for this course or occupation
field-error-does-not-fit = does not fit the judgements of the criteria
field-error-in-past = must be a date after today
field-error-too-far = can be at most a year ahead
field-error-no-items = the list has nothing on it yet
field-error-too-many = the list can have at most 30 things
field-error-invalid = is not one of the choices
field-error-invalid-characters = contains characters that cannot be saved
mail-additions-subject = Kartla: please add to your mapping
mail-additions-body = Hello { $name },

    The person assessing your mapping wants you to add to it. The list of what is needed, and the last day, is here:

    { $link }

    Regards,
    Kartla
mail-concluded-subject = Kartla: the assessment of your mapping is done
mail-concluded-body = Hello { $name },

    The assessment of your mapping is done. You can read the statement and download it here:

    { $link }

    Regards,
    Kartla

## The statement (PDF)
file-name-statement = statement-{ $number }
verify-document = Document
statement-title = Statement
statement-lead = Assessment of knowledge and competence (validation), criterion by criterion.
statement-organisation = Issued by
statement-contact = Contact
statement-case = Case
statement-version = Version handed in that was judged
statement-issued = Date
statement-assessor = Assessor
statement-verify-where = Check that the statement is genuine at:
statement-outcome = Outcome
statement-signatures = Signatures
statement-assessed-by = Assessed by { $name }.
statement-principal = Responsible principal or manager:
statement-signature = Signature:
statement-name-clarified = Name in capitals:
statement-signed-date = Place and date:

## The directory: who assesses what
nav-directory = Who assesses what
directory-title = Who assesses what
directory-lead = Organisations of the region and the people who assess courses and occupations. Only those who chose to be shown are listed.
directory-q = Course or occupation
directory-q-hint = Type part of the name or the code, for example "warehouse" or "DEMO-KOCK1".
directory-municipality = Municipality
directory-any-municipality = All municipalities
directory-search = Search
directory-none = Nobody in the directory fits the search.
directory-serves = Assesses for { $list }
directory-serves-all = Assesses for the whole region
directory-assesses = Assesses
directory-languages = Languages
directory-methods = Methods
directory-contact = Contact
admin-directory-title = The directory of who assesses what
admin-directory-lead = Say what each person of your organisation assesses, the languages they speak and the methods they use. Cases can only be assigned to validators listed for the course or occupation. Each person chooses on their account page whether to be shown publicly.
admin-directory-none = Nobody in your organisations assesses or advises.
admin-directory-saved = The directory is saved.
admin-directory-listed = Shown in the public directory.
admin-directory-not-listed = Not shown publicly (the person has not chosen it).
admin-directory-languages-hint = Language codes separated by commas, for example "sv, ar, ti".
admin-directory-save = Save
field-languages = Languages
account-listing-title = The directory of who assesses what
account-listing-lead = You are in the directory for your organisation. Choose whether to be shown publicly and which contact details to show.
account-listing-show = Show me in the public directory
account-listing-email = E-mail shown (optional)
account-listing-phone = Telephone shown (optional)
account-listing-save = Save
account-listing-saved = Your choice for the directory is saved.
field-error-bad-language-tags = write language codes separated by commas, for example sv, ar, ti (at most 12)

## What you master and what remains
gaps-heading = What you already master and what remains
gaps-counts = You master { $masters } of { $total } criteria, and { $partly } partly.
gaps-verdict = For now it looks like:
gaps-remaining = Remaining: { $codes }
gaps-source-self = Based on your own answers.
gaps-source-judged = { $judged } of { $total } criteria are based on the validator's judgement, the rest on your own answers.
gaps-elsewhere = What you master counts here too
gaps-elsewhere-hint = Courses and occupations with criteria about the same knowledge as those you master.
gaps-covers = your answers cover { $covered } of { $total } criteria

## The Swedish original
originals-show = Show the Swedish original under each criterion
originals-hide = Hide the Swedish original
original-label = In Swedish:

## Sharing with a study and career counsellor
nav-caseload = My participants
caseload-title = My participants
caseload-lead = Mappings participants share with you. What you open shows in their list of who has seen their information.
caseload-none = Nobody shares anything with you yet.
caseload-all = Shares all their mappings
caseload-one = Shares this mapping
caseload-since = since { $date }
sharing-title = Share with a study and career counsellor
sharing-lead = You can let a counsellor in your municipality read a mapping, or all of yours, before a talk. You can stop sharing whenever you like.
sharing-none = You share nothing now.
sharing-everything = All my mappings
sharing-line = { $counsellor } can read: { $what }
sharing-withdraw = Stop sharing
sharing-submit = Share
sharing-saved = You now share with the counsellor.
sharing-withdrawn = You no longer share that.
field-counsellor = Counsellor
field-mapping = What do you want to share

## Guidance sessions
session-start = Start a guidance session
session-title = Guidance session with { $person }
session-heading = Guidance session
session-with-person = With { $name }
session-with-counsellor = With your study and career counsellor { $name }
session-code-intro = The code to join with:
session-other-here = { $name } is looking at this section.
session-other-at = { $name } is looking at section { $n }.
session-other-away = { $name } has not joined yet.
session-follow = Go there too
session-section = Section { $n }
session-sections = Sections
session-save = Save
session-ended = This session has ended. What was written stays; nothing more can be written through it.
session-direct-on = Let the counsellor write in my answers
session-direct-off = Stop the counsellor writing in my answers
session-direct-is-on = The counsellor may write in your answers during this session.
session-direct-is-off = The counsellor's changes come as proposals that you accept or reject.
session-trail = What happened in this session
session-end = End the session
sessions-back = All guidance sessions
sessions-title = Guidance sessions
sessions-none = No guidance session is open.
sessions-with = With { $name }
sessions-since = Started { $time }
sessions-join = Join with a code
sessions-join-hint = Your counsellor gives you six letters and digits, for example K7M-Q2X.
sessions-join-button = Join
field-code = Code
field-error-no-such-session = no open session has this code – check it with your counsellor
proposal-heading = Proposed change
proposal-by = { $name } proposes:
proposal-make = Propose a change
proposal-send = Send the proposal
proposal-accept = Accept
proposal-reject = Reject
notes-heading = Notes
notes-open = You can read every note written about you.
note-label = New note
note-hint = The person reads every note.
note-add = Add the note
field-note = Note
error-conflict-session-ended = The guidance session has ended.
error-conflict-proposal-decided = This proposal has already been accepted, rejected or replaced.
session-event-started = started the session
session-event-joined = joined
session-event-wrote = wrote in { $criterion }
session-event-proposed = proposed a change to { $criterion }
session-event-accepted = accepted the proposal for { $criterion }
session-event-rejected = rejected the proposal for { $criterion }
session-event-direct-on = let the counsellor write
session-event-direct-off = stopped the counsellor writing
session-event-noted = wrote a note
session-event-ended = ended the session

## Individual study plan
plan-title = Individual study plan for { $person }
plan-saved = The study plan is saved.
plan-pdf = Download the study plan (PDF)
plan-link = Individual study plan
plan-field-goal = Goal of the studies
plan-goal-hint = What the studies lead to, in the person's own words.
plan-field-pace = Study pace
plan-pace-value = { $percent } %
plan-field-start = Start
plan-start-hint = The day the studies start, as YYYY-MM-DD.
plan-field-course = Course
plan-field-points = Points
plan-field-courses = Courses
plan-courses = Planned courses
plan-no-courses = No course is planned yet.
plan-course = Course
plan-points = Points
plan-points-of = Points for { $course }
plan-change = Change
plan-remove = Take out
plan-total = In all { $points } points.
plan-suggested = Suggested by the gap analysis
plan-suggested-hint = Courses of this mapping that the answers (or a validator's judgements) do not yet cover in full. Tick those to plan.
plan-add = Add a course from the catalogue
plan-add-none = No course
plan-save = Save the study plan
plan-history = Changes
plan-change-goal = changed the goal
plan-change-pace = set the pace to { $value } %
plan-change-start = set the start to { $value }
plan-change-added = added { $value }
plan-change-removed = took out { $value }
plan-change-points = set the points of { $value }
plan-change-order = changed the order of the courses
field-error-invalid-date = write a date as YYYY-MM-DD
field-error-invalid-points = write the points as a number from 1 to 2500
plan-pdf-no-goal = No goal is written yet.
plan-pdf-signatures = Drawn up together
plan-pdf-sign-person = The person:
plan-pdf-sign-counsellor = The study and career counsellor:
plan-pdf-made = Printed from Kartla on { $date }.
file-name-study-plan = study-plan-{ $number }
guidance-heading = Guidance
guidance-session-open = { $name } has a guidance session open on this mapping.
guidance-join = Join the session
caseload-people = Shared with you
connect-invite-heading = Invite a participant
connect-invite-lead = Make a code and give it to the person. When they enter it on their account page, everything they map is shared with you. A code works once, for a week.
connect-invite-until = works until { $date }
connect-invite-make = Make a code
connect-heading = Connect with a code from your counsellor
connect-hint = Six letters and digits, for example K7M-Q2X. Everything you map is then shared with that counsellor; you can stop sharing at any time.
field-connect-code = Code from your counsellor
connect-submit = Connect
field-error-no-such-invitation = no open invitation has this code – it may have been used or run out
field-error-not-your-counsellor = this counsellor does not counsel for your municipality
pdf-gaps-self = From the person's own answers.
pdf-gaps-judged = { $count ->
    [one] A validator's judgement counts instead of the person's answer for one criterion.
   *[other] A validator's judgement counts instead of the person's answer for { $count } criteria.
}
pdf-gaps-counts = Mastered: { $masters } · partly: { $partly } · remaining: { $remaining }
pdf-gaps-verdict = Looks
pdf-gaps-remaining = Remains
pdf-gaps-heading = Gap analysis

## Follow-up (statistics)
nav-stats = Follow-up
stats-title = Follow-up
stats-lead = How many people map their competences, how long each step takes and with what outcome – never a single person. Fewer than { $n } people are shown as “fewer than { $n }”, and a figure that could otherwise be worked out is hidden too.
stats-org = Whose figures
stats-from = From month
stats-to = To month (inclusive)
stats-by = Break down by
stats-show = Show
stats-whose-region = All of { $name }.
stats-whose-own = { $name } and the region's totals.
stats-period = Whole months { $from } – { $to }.
stats-download-csv = Download as CSV
stats-download-pdf = Download the report as PDF
stats-fewer-than = fewer than { $n }
stats-hidden = hidden
stats-no-municipality = No home municipality
stats-no-provider = The municipality itself
stats-chart-caption = Chart: { $measure }. The same figures are in the table below.
stats-table-caption = Mappings that reached each step in the period
stats-total = Total { $name }
stats-region-total = Total { $name } (the whole region)
stats-measure-started = Started
stats-measure-handed-in = Handed in
stats-measure-returned = Returned for additions
stats-measure-assigned = Assigned to a validator
stats-measure-concluded = Concluded
stats-by-municipality = Municipality
stats-by-provider = Provider
stats-by-framework = Course or occupation
stats-by-month = Month
stats-by-language = Language
stats-heading-municipality = By municipality
stats-heading-provider = By provider
stats-heading-framework = By course and occupation
stats-heading-month = By month
stats-heading-language = By language
stats-unit-municipality = Municipality
stats-unit-provider = Provider
stats-unit-framework = Course or occupation
stats-unit-month = Month
stats-unit-language = Language
stats-heading-durations = How long the steps take
stats-durations-chart = Chart: median days for each step. The same figures are in the table below.
stats-durations-caption = Days, for those who finished the step in the period
stats-col-step = Step
stats-col-people = People
stats-col-median = Median (days)
stats-col-p90 = 9 in 10 within (days)
stats-not-shown = not shown
stats-step-mapping = Started to handed in
stats-step-waiting = Handed in to assigned
stats-step-assessing = Assigned to concluded
stats-step-whole = The whole way, started to concluded
stats-heading-outcomes = Outcomes by course and occupation
stats-outcomes-none = No mappings were concluded in the period.
stats-outcomes-caption = Concluded mappings and their outcomes
stats-heading-languages = Languages in Kartla
stats-languages-chart = Chart: people per language. The same figures are in the table below.
stats-languages-caption = The language people used Kartla in
field-error-stats-month = write a month as YYYY-MM, for example 2025-03
field-error-stats-backward = the period ends before it begins
field-error-stats-by = choose one of the breakdowns in the list
stats-pdf-title = Follow-up: { $name }
stats-pdf-made = Printed from Kartla { $date }.
file-name-stats = follow-up-{ $number }
