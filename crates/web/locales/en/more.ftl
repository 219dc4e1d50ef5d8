# The family's own password page.

password-title = Change your password
f-current-password = Current password
f-password-new = New password
password-button = Change password
password-changed = Your password has been changed. You have been signed out everywhere else.
err-current-password = Enter your current password correctly
err-password-match-again = The passwords do not match. Type the new password again

# The family's actions on the draft plan.
action-back = Back to the case
action-send = Send
f-draft-comments = Your comments on the draft plan
f-preferred-school = Which school or college would you like named in the plan?
err-draft-comments = Enter your comments
err-preferred-school = Select a school or college
