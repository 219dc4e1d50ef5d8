# More words for families: accounts, the tracker and the portal's pages.

err-password-email = Your password must not be the same as your email address
err-message-long = Your message must be 5,000 characters or fewer
docs-download = Download
docs-from-you = You sent this
f-contact-language = Language
tracker-request = Your request
tracker-messages = Messages
tracker-views = All about me
tracker-documents = Letters and reports
tracker-you = You
signin-enter-password = Enter your password
signed-out = You have signed out.
important = Important
err-file-type-staff = The file must be a PDF, a Word document (DOCX), an OpenDocument text (ODT), a rich text file (RTF), a JPG or PNG picture, or plain text
