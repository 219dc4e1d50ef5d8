# Words for families: every page, email and letter a parent, carer or young
# person reads. Keep sentences short and explain every special word.

## The frame of every page

service-name = Help for children with special educational needs
skip-link = Skip to main content
phase-beta = Beta
phase-text = This is a new service. Your coordinator can help if something does not work.
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-run-by = This service is run by your local council.
sign-out = Sign out
language-switcher = Choose a language
nav-your-cases = Your requests
nav-apply = Ask for an assessment
nav-contact = How we contact you
nav-password = Your password
back = Back
continue = Continue
save-later = Save and come back later
save = Save
change = Change
remove = Remove
yes = Yes
no = No
not-sure = I'm not sure
not-given = Not given
optional = (optional)
error-summary-title = There is a problem
error-prefix = Error:
success = Success
reference = Reference { $reference }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The start page

start-title = Ask for an assessment of a child's special educational needs
start-intro = Some children need more help to learn than other children of the same age. If a child or young person needs more help than their school, college or nursery can give, you can ask the council to look at their needs.
start-plan = We call this an education, health and care needs assessment. It can lead to a plan. The plan says what help the child will get and who will give it.
start-who-heading = Who can ask
start-who-parent = a parent or carer
start-who-young = a young person aged 16 to 25, for themselves
start-who-school = a school, college or nursery, if the parent or carer agrees
start-when-heading = What happens next
start-when-6 = We will tell you by { $six } if we will do the assessment. This is 6 weeks from today.
start-when-20 = If we do it, we will tell you by { $twenty } if we will make a plan. This is 20 weeks from today.
start-ready-heading = What you need
start-ready-1 = the child's name, date of birth and address
start-ready-2 = the name of their school or nursery, if they have one
start-ready-3 = what the child finds hard, in your own words
start-ready-4 = what help they have had so far
start-ready-5 = any reports or letters you have, as files or photos
start-time = It takes about 20 minutes. You can save your answers and come back later.
start-button = Start now
start-help-heading = Get free help
start-help = { $name } can help you for free. They do not work for the council's assessment team. Phone { $phone } or email { $email }.
start-help-name = The { $council } advice service for special educational needs and disabilities
start-already = Already asked?
start-sign-in = Sign in to see how your request is going

## The task list

tasks-title = Ask for an assessment
tasks-intro = Fill in each section. You can do them in any order.
section-about-you = About you
section-child = The child or young person
section-family = The family
section-needs = Needs and support
section-consent = Sharing and reports
task-done = Completed
task-started = In progress
task-todo = Not yet started
task-check = Check your answers and send
task-check-heading = Send your request
task-cannot-send = You can send your request when every section is complete.

step-who = Who is asking
step-your-details = Your details
step-child-name = Name
step-child-date-of-birth = Date of birth
step-child-address = Address
step-child-setting = School or setting
step-parents = Parents and carers
step-contact = How to contact the family
step-language = Language
step-needs = The child's needs
step-support = Help so far
step-consent = Sharing information
step-evidence = Reports and letters

## The questions

q-who = Who is asking for the assessment?
q-who-parent = I am the child's parent or carer
q-who-young = I am the young person, aged 16 to 25
q-who-school = I work for the child's school, college or nursery

q-your-details = Your details
f-requester-name = Your full name
f-requester-email = Your work email address
f-requester-setting = The name of your school, college or nursery
f-parent-agreed = The child's parent or carer agrees that we ask for this assessment

q-child-name = What is the child or young person's name?
f-first-name = First name
f-last-name = Last name

q-dob = What is their date of birth?
hint-dob = For example, 27 3 2016
f-day = Day
f-month = Month
f-year = Year

q-address = Where do they live?
f-address-1 = Address line 1
f-address-2 = Address line 2 (optional)
f-town = Town or city
f-postcode = Postcode

q-setting = Which school, college or nursery do they go to?
hint-setting = Choose "Not in a school or setting" if they do not go to one.
setting-choose = Choose a school or setting
setting-none = Not in a school or setting

q-parents = Parents and carers
f-parent-1-name = Full name of a parent or carer
f-relationship = Their relationship to the child (optional)
hint-relationship = For example, mother, father, grandparent or foster carer
f-responsibility = Do they have parental responsibility?
hint-responsibility = This means the legal right to make decisions for the child.
parent-2-heading = Another parent or carer (optional)
f-parent-2-name = Full name

q-contact = How should we contact the family?
hint-contact = We will send letters and news this way.
contact-email = Email
contact-phone = Phone
contact-post = Post to the child's address
f-contact-email = Email address
f-contact-phone = Phone number

q-language = Which language does the family prefer?
lang-en = English
lang-pl = Polish
lang-so = Somali
lang-ar = Arabic
lang-other = Another language
f-language-other = Which language?
f-interpreter = Would you like an interpreter at meetings?

q-needs = Tell us about the child's needs
hint-needs = Use your own words. What do they find hard? What helps them? How does it affect their day?

q-support = What help has the child had so far?
f-sen-support = Has their school or nursery given them extra help, such as a support plan?
f-professionals = Which of these people have they seen?
hint-professionals = Select all that apply.
prof-speech = Speech and language therapist
prof-ep = Educational psychologist
prof-ot = Occupational therapist
prof-camhs = Children's mental health service
prof-paediatrician = Children's doctor (paediatrician)
prof-social-worker = Social worker
prof-other = Someone else
f-support-details = Tell us about the help they have had (optional)

q-consent = Sharing information
consent-intro = To do the assessment, we ask people who know the child for their advice.
f-share-with = Who may we ask?
share-school = Their school, college or nursery
share-health = Health services, such as their doctor or therapist
share-social-care = Social care
share-ep = Educational psychology
f-consent = I agree that the council may share the answers in this request with the people I chose, to do the assessment.

q-evidence = Reports and letters
hint-evidence = You can add letters or reports you have, for example from a doctor or therapist. Use PDF or Word files, or photos (JPG or PNG). Each file must be smaller than 10 MB. You do not have to add any.
f-file = Choose a file
upload-button = Add file
files-added = Files added
no-files = You have not added any files.

## Check your answers, and sending

check-title = Check your answers before you send them
check-send-heading = Now send your request
check-declaration = By sending this request, you confirm that the answers are correct as far as you know.
send-button = Send request

confirm-title = Request sent
confirm-reference = Your reference number
confirm-email = We have sent a copy of your answers to { $email }.
confirm-next-heading = What happens next
confirm-next = We will tell you by { $six } if we will do the assessment.
confirm-account = You can follow your request online. Use the link in the email to set up your account.
confirm-no-email = Keep your reference number. We will write to you.
confirm-another = Ask for another assessment

saved-title = Your answers are saved
saved-email-sent = We have sent a link to { $email }. Use it to come back to your request. The link works for 28 days.
saved-link = Use this link to come back to your request. Keep it safe. Anyone with the link can see your answers. It works for 28 days.
saved-ask-email = Email me the link
f-resume-email = Email address
saved-continue = Go back to your request

## Problems with answers

err-requester = Select who is asking for the assessment
err-requester-name = Enter your full name
err-requester-email = Enter your work email address
err-requester-setting = Enter the name of your school, college or nursery
err-parent-agreed = A school can only ask if the parent or carer agrees. Tick the box to show they agree
err-first-name = Enter the child's first name
err-last-name = Enter the child's last name
err-name-too-long = This must be 100 characters or fewer
err-text-too-long = This must be 5,000 characters or fewer
err-dob-missing = Enter their date of birth
err-dob-real = Date of birth must be a real date
err-dob-year = Year must have 4 numbers
err-dob-future = Date of birth must be in the past
err-dob-too-old = The child or young person must be 25 or younger
err-dob-young-person = A young person must be 16 or older to ask for themselves. A parent or carer can ask for them
err-address-line-1 = Enter the first line of the address
err-address-town = Enter the town or city
err-postcode-missing = Enter the postcode
err-postcode-format = Enter a real postcode, like NB1 2AB
err-setting = Choose their school or setting, or choose "Not in a school or setting"
err-parent-name = Enter the full name of a parent or carer
err-responsibility = Select if they have parental responsibility
err-channel = Select how we should contact the family
err-contact-email = Enter an email address
err-email-format = Enter an email address in the right format, like name@example.com
err-phone-missing = Enter a phone number
err-phone-format = Enter a phone number, like 01632 960 001 or 07700 900 982
err-language = Select a language
err-language-other = Enter the language
err-interpreter = Select if you would like an interpreter
err-needs = Tell us about the child's needs
err-sen-support = Select if their school or nursery has given extra help
err-consent = You must agree before we can share information and do the assessment
err-file-missing = Select a file
err-file-too-big = The file must be smaller than 10 MB
err-file-type = The file must be a PDF, a Word file, or a photo (JPG or PNG)
err-file-damaged = The file is damaged and cannot be opened. Try to save it again
err-file-locked = The file has a password. Send a copy without a password
err-file-unsafe = The file cannot be opened safely. Try to save it again as a new file
err-file-count = You can add up to 20 files
err-timed-out = Your page timed out. We kept your answer. Check it and select Continue again
err-expired-draft = Your saved answers were too old to keep. We kept what you just typed. Please fill in the other sections again
err-not-finished = Fill in these sections first: { $sections }

## Accounts

signin-title = Sign in
signin-intro = Sign in to see how a request is going, read letters and send messages.
f-email = Email address
f-password = Password
signin-button = Sign in
signin-forgot = Forgotten your password?
signin-no-account = No account yet?
signin-create = Create an account
signin-wrong = Enter a correct email address and password
signin-too-many = You have tried to sign in too many times. Wait 15 minutes and try again
signin-unconfirmed = Confirm your email address first. We have sent you a new link.
signin-ended = You were signed out because you did nothing for a while. Sign in again.

signup-title = Create an account
signup-intro = With an account you can follow a request, read letters and send messages to your coordinator.
f-your-name = Your full name
f-new-password = Create a password
hint-password = Use at least 8 characters. Do not use a password that is easy to guess.
f-password-again = Type the password again
signup-button = Create account
err-your-name = Enter your full name
err-email = Enter your email address
err-password = Enter a password
err-password-short = Your password must be 8 characters or more
err-password-long = Your password must be 128 characters or fewer
err-password-common = This password is too easy to guess. Choose another one
err-password-match = The passwords do not match
err-email-taken = There is already an account for this email address. Sign in, or reset your password

check-email-title = Check your email
check-email = We have sent a link to { $email }. Select the link to confirm your email address. It works for 24 hours.
verified-title = Your email address is confirmed
verified = You can now sign in.
link-bad-title = This link does not work
link-bad = The link may have been used already, or it may be too old.
link-bad-new = Ask for a new link

reset-title = Reset your password
reset-intro = Enter the email address of your account. We will send you a link to choose a new password.
reset-button = Send link
reset-sent = If there is an account for { $email }, we have sent a link to it. The link works for 1 hour.
new-password-title = Choose a new password
new-password-button = Save password
new-password-done = Your password is saved. You can now sign in.

## The family's pages

my-title = Your requests
my-none = You have not made a request yet.
my-apply = Ask for an assessment
my-child = Child
my-now = What is happening now

tracker-now-heading = What is happening now
tracker-coordinator = Your coordinator is { $name }.
tracker-no-coordinator = We will tell you soon who your coordinator is.
tracker-can-do = What you can do now
tracker-steps = What happens and when
tracker-nothing = There is nothing to show yet.
tracker-done = Done
tracker-decisions = Our decisions
tracker-disagree = If you disagree with a decision, you can ask for a meeting with an independent person (mediation) or appeal to a tribunal. Your decision letter explains how.
tracker-received = Thank you. We have received it.

docs-title = Letters and reports
docs-none = There are no letters or reports yet.
docs-add = Add a report or letter
docs-added = File added

conversation-title = Messages with your coordinator
conversation-none = There are no messages yet.
f-message = Your message
send-message = Send message
err-message = Enter a message
message-sent = Message sent

views-title = All about me
views-intro = Tell us about the child in your own words, or help them tell us. We will use this in their plan.
f-admired = What do people like and admire about them?
f-important = What is important to them now?
f-hopes = What are their hopes for the future?
f-support-best = How is it best to help them?
views-saved = Your answers are saved

prefs-title = How we contact you
f-channel = How should we contact you?
f-pref-language = Which language should we use?
prefs-saved = Your choices are saved

## Emails

email-greeting = Hello,
email-sign-off = From the { $council } special educational needs team
email-confirm-subject = We have your request: { $reference }
email-confirm-intro = Thank you. We have your request for an assessment for { $child }. Your reference number is { $reference }.
email-confirm-next = We will tell you by { $six } if we will do the assessment.
email-confirm-answers = Here is a copy of your answers:
email-confirm-account = To follow your request online, set up your account with this link. It works for 7 days:
email-confirm-school = You asked for this assessment for { $child }. We have told the family. Your reference number is { $reference }.
email-resume-subject = Your saved request
email-resume-body = Use this link to come back to your request for an assessment. It works for 28 days:
email-verify-subject = Confirm your email address
email-verify-body = Select this link to confirm your email address. It works for 24 hours:
email-reset-subject = Choose a new password
email-reset-body = Select this link to choose a new password. It works for 1 hour:
email-ignore = If you did not ask for this, you can ignore this email.
email-message-subject = New message about { $child }
email-message-body = You have a new message from { $name }. Sign in to read it:
