# Kartla – English

app-name = Kartla
skip-to-content = Skip to content
footer-privacy = Kartla keeps only what you write in your mapping and shows it only to you, and to validators once you have submitted it.
nav-label = Main menu
nav-my-mappings = My mappings
nav-review = To review
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-register = Create account
signed-in-as = Signed in as { $name }
language-label = Language
language-change = Change language
loading = Loading …
back-home = Go to the start page

## Errors
error-summary-title = There is a problem
error-validation = Check the details below.
error-bad-request = The request could not be read. Reload the page and try again.
error-unauthorized = You need to sign in to see this page.
error-sign-in-failed = The e-mail address or password is wrong.
error-forbidden = You are not allowed to do this.
error-not-found = This page does not exist.
error-internal = Something went wrong on our side. What you already saved is safe. Try again in a moment.
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
field-error-no-description = describe how and where you learned and used this

## Rating
rating-legend = How well can you do this?
rating-no-experience = No experience
rating-some-experience = Some experience
rating-with-support = Can do it with support
rating-independently = Can do it independently
rating-can-teach = Can teach others

## Status
status-draft = Draft
status-submitted = Submitted
status-returned = Additions requested
status-reviewed = Reviewed
event-submitted = Submitted by { $name } on { $date }
event-returned = Returned for additions by { $name } on { $date }
event-reviewed = Reviewed by { $name } on { $date }
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
password-hint = At least 10 characters. A sentence you remember works well.
field-name = Name
field-email = E-mail address
field-password = Password
field-locale = Language
field-comment = Comment
field-decision = Decision

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
returned-heading = The validator asks you to add more
reviewed-heading = Your mapping has been reviewed
comment-by = { $name }, { $date }
submitted-explainer = Your mapping has been submitted. A validator is reviewing it. You cannot change your answers meanwhile.
reviewed-explainer = The review is done. Download your competence profile below.

## Section
section-of = Part { $n } of { $total }
back-to-overview = Back to the overview
read-only-explainer = The mapping has been submitted. You can read your answers but not change them.
save-and-continue = Save and continue
autosave-saving = Saving …
autosave-saved = Saved
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
submit-explainer = When you submit, a validator can read your answers. The validator can accept the mapping or ask you to add more. You cannot change your answers while it is being reviewed.
submit-button = Submit the mapping

## Validator
review-title = To review
review-none = There are no submitted mappings.
back-to-queue = Back to the list
trail-heading = History
decision-heading = Your decision
decision-reviewed = Reviewed – nothing more is needed
decision-returned = Return for additions
comment-hint = The participant sees the comment. It is required when you return the mapping.
decision-submit = Save the decision

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
answer-not-saved = The text is too long and has not been saved. Shorten it and save again – what you wrote is still here.

## Section titles Kartla gives imported frameworks
import-section-core-content = Core content
import-section-knowledge-requirements = Knowledge requirements
import-section-essential = Essential skills and knowledge
import-section-optional = Optional skills and knowledge
import-section-skills = Skills
import-section-competencies = Competencies
