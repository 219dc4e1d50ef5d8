# The family's tracker: where each step of the journey stands, with dates.

stage-not-started = No request has been recorded yet
stage-requested = We are deciding whether to assess
stage-assessing = We are asking people who know the child for advice
stage-drafting = We are writing the draft plan
stage-draft-issued = The draft plan is with you
stage-plan-in-force = The plan is in place
stage-closed = The case is closed

ms-assess-due = We will decide whether to assess by { $due }.
ms-assess-done = We decided whether to assess on { $done }.
ms-advice-due = { $what } from { $who } is due by { $due }.
ms-advice-done = { $what } from { $who } arrived on { $done }.
ms-issue-due = We will decide whether to make a plan by { $due }.
ms-issue-done = We decided whether to make a plan on { $done }.
ms-consult-due = { $who } will tell us by { $due } if it can meet the child's needs.
ms-consult-done = { $who } replied on { $done }.
ms-final-due = We will send you the final plan by { $due }.
ms-final-done = We sent you the final plan on { $done }.
ms-review-due = The yearly review meeting will be held by { $due }.
ms-review-done = The yearly review meeting was held on { $done }.
ms-report-due = The review report will be sent to us by { $due }.
ms-report-done = The review report was sent to us on { $done }.
ms-review-decision-due = We will tell you by { $due } what we decided after the review.
ms-review-decision-done = We told you on { $done } what we decided after the review.
ms-amended-due = We will send you the changed plan by { $due }.
ms-amended-done = We sent you the changed plan on { $done }.
ms-transfer-due = We will finish checking the plan for the move to the next school or college by { $due }.
ms-transfer-done = We finished checking the plan for the move to the next school or college on { $done }.
ms-comment-draft-open = You have until { $due } to comment on the draft plan and tell us which school you prefer.
ms-comment-draft-closed = The time to comment on the draft plan ended on { $due }.
ms-comment-changes-open = You have until { $due } to comment on the changes to the plan.
ms-comment-changes-closed = The time to comment on the changes to the plan ended on { $due }.
ms-was-due = It was due by { $due }.
ms-late = This is late, and we are sorry.
ms-lapsed = { $who } did not reply by { $due }, so we sent the final plan without its reply.
ms-exception = The time limit does not apply because { $reason }.
ms-the-school = The school

advice-parent = Advice
advice-educational = Advice about learning
advice-medical = Health advice
advice-psychological = Psychological advice
advice-social-care = Social care advice
advice-other = Other advice

exception-setting-closed = the school or setting was closed for 4 weeks or more
exception-family-away = the family was away for 4 weeks or more
exception-circumstances = of very difficult personal circumstances
exception-missed-appointment = an appointment for the assessment was missed

decision-assess-title = Whether to assess
decision-assess-yes = We decided to do the assessment.
decision-assess-no = We decided not to do the assessment.
decision-issue-title = Whether to make a plan
decision-issue-yes = We decided to make a plan.
decision-issue-no = We decided not to make a plan.

action-comment = Comment on the draft plan
action-preference = Tell us which school you prefer
action-meeting = Ask for a meeting about the draft plan
