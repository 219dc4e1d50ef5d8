# Pages anyone may read: the accessibility statement, the privacy notice
# and the pages shown when something goes wrong.

a11y-title = Accessibility statement
a11y-intro = This statement covers the service your council uses to look at a child's special educational needs and to write and review their plan.
a11y-want = We want as many people as possible to be able to use it. You should be able to:
a11y-colours = change colours, contrast and fonts using your browser or device settings
a11y-zoom = zoom in up to 400% without the text spilling off the screen
a11y-keyboard = move through every page using just a keyboard
a11y-reader = use every page with a screen reader, and with JavaScript turned off
a11y-languages = read the pages for families in English, Polish, Somali or Arabic
a11y-how-heading = How accessible this service is
a11y-how = We build the service to meet the Web Content Accessibility Guidelines version 2.2 at AA level. We check each page in a real browser as we build it.
a11y-help-heading = If you need help or something does not work
a11y-help = Contact your coordinator or your council's special educational needs team. Tell us the web address of the page and what went wrong. We will reply within 5 working days.
a11y-formats = If you need a letter or a plan in another format, such as large print, easy read, audio or braille, ask your coordinator.
a11y-enforcement-heading = Enforcement
a11y-enforcement = The Equality and Human Rights Commission makes sure the rules on accessibility are followed. If you are not happy with how we respond, contact the Equality Advisory and Support Service.

privacy-title = Privacy notice
privacy-intro = Your council uses this service to do its legal duties for children and young people with special educational needs: to look at their needs, and to write and review their plans. The law that says so is the Children and Families Act 2014.
privacy-keep-heading = What we keep
privacy-keep = We keep the child's details, the family's contact details, the reports and advice we are sent, our decisions, and the plan. Some of this is about health, which the law protects even more.
privacy-who-heading = Who can see it
privacy-who-family = the family can see their own child's case
privacy-who-school = a school can see the cases of its own pupils
privacy-who-specialist = a specialist can see only the cases they were asked to give advice on
privacy-who-staff = council staff can see their own council's cases
privacy-log = Every time someone looks at or changes a case, the service records who, what and when.
privacy-where-heading = Where it is kept
privacy-where = The information stays on your council's own systems. The tool that reads reports works on the council's own machine and sends nothing to anyone else.
privacy-rights-heading = Your rights
privacy-rights = You can ask to see the information we hold, to correct it, or to complain. Contact your council's data protection officer. You can also complain to the Information Commissioner's Office.

oops-not-found-title = Page not found
oops-not-found-typed = If you typed the web address, check it is correct.
oops-not-found-pasted = If you pasted the web address, check you copied the whole address.
oops-forbidden-title = You do not have permission to see this page
oops-forbidden = If you think you should be able to see this, contact your coordinator or your council's special educational needs team.
oops-csrf-title = Your form could not be sent
oops-csrf = Your form had expired or was sent twice. Go back, refresh the page and try again.
oops-conflict-title = This case has changed
oops-conflict = Someone else changed this case while you were working on it. Check the latest version and try again.
oops-problem-title = There is a problem
oops-server-title = Sorry, there is a problem with the service
oops-server = Try again later. Nothing you sent has been lost or half-saved.
oops-server-contact = If it keeps happening, contact your council's special educational needs team.
oops-start = Go to the start
