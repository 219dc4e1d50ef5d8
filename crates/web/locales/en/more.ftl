# The family's own password page.

password-title = Change your password
f-current-password = Current password
f-password-new = New password
password-button = Change password
password-changed = Your password has been changed. You have been signed out everywhere else.
err-current-password = Enter your current password correctly
err-password-match-again = The passwords do not match. Type the new password again
