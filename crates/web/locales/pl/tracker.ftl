# The family's tracker: where each step of the journey stands, with dates.

stage-not-started = Nie zapisano jeszcze żadnego wniosku
stage-requested = Decydujemy, czy przeprowadzić ocenę
stage-assessing = Prosimy o opinię osoby, które znają dziecko
stage-drafting = Piszemy projekt planu
stage-draft-issued = Projekt planu jest teraz u Ciebie
stage-plan-in-force = Plan obowiązuje
stage-closed = Sprawa jest zamknięta

ms-assess-due = Do { $due } zdecydujemy, czy przeprowadzić ocenę.
ms-assess-done = Dnia { $done } zdecydowaliśmy, czy przeprowadzić ocenę.
ms-advice-due = { $what } ({ $who }) powinna nadejść do { $due }.
ms-advice-done = { $what } ({ $who }) nadeszła dnia { $done }.
ms-issue-due = Do { $due } zdecydujemy, czy przygotować plan.
ms-issue-done = Dnia { $done } zdecydowaliśmy, czy przygotować plan.
ms-consult-due = { $who } do { $due } powie nam, czy może zaspokoić potrzeby dziecka.
ms-consult-done = { $who } – odpowiedź otrzymaliśmy dnia { $done }.
ms-final-due = Do { $due } wyślemy Ci ostateczny plan.
ms-final-done = Dnia { $done } wysłaliśmy Ci ostateczny plan.
ms-review-due = Coroczne spotkanie w sprawie przeglądu planu odbędzie się do { $due }.
ms-review-done = Coroczne spotkanie w sprawie przeglądu planu odbyło się dnia { $done }.
ms-report-due = Do { $due } ma do nas trafić sprawozdanie z przeglądu.
ms-report-done = Sprawozdanie z przeglądu trafiło do nas dnia { $done }.
ms-review-decision-due = Do { $due } powiemy Ci, co zdecydowaliśmy po przeglądzie.
ms-review-decision-done = Dnia { $done } powiedzieliśmy Ci, co zdecydowaliśmy po przeglądzie.
ms-amended-due = Do { $due } wyślemy Ci zmieniony plan.
ms-amended-done = Dnia { $done } wysłaliśmy Ci zmieniony plan.
ms-transfer-due = Do { $due } skończymy sprawdzać plan przed przejściem do następnej szkoły lub college'u.
ms-transfer-done = Dnia { $done } skończyliśmy sprawdzać plan przed przejściem do następnej szkoły lub college'u.
ms-comment-draft-open = Do { $due } możesz przekazać nam uwagi do projektu planu i powiedzieć, którą szkołę wolisz.
ms-comment-draft-closed = Czas na uwagi do projektu planu skończył się dnia { $due }.
ms-comment-changes-open = Do { $due } możesz przekazać nam uwagi do zmian w planie.
ms-comment-changes-closed = Czas na uwagi do zmian w planie skończył się dnia { $due }.
ms-was-due = Termin upływał dnia { $due }.
ms-late = Jest opóźnienie, za co przepraszamy.
ms-lapsed = { $who } – do { $due } nie otrzymaliśmy odpowiedzi, więc wysłaliśmy ostateczny plan bez niej.
ms-exception = Termin nie obowiązuje, ponieważ { $reason }.
ms-the-school = Szkoła

advice-parent = Twoja opinia
advice-educational = Opinia o nauce
advice-medical = Opinia o zdrowiu
advice-psychological = Opinia psychologa
advice-social-care = Opinia opieki społecznej
advice-other = Inna opinia

exception-setting-closed = szkoła lub placówka była zamknięta przez 4 tygodnie lub dłużej
exception-family-away = rodzina wyjechała na 4 tygodnie lub dłużej
exception-circumstances = wystąpiły bardzo trudne okoliczności osobiste
exception-missed-appointment = nie doszło do umówionej wizyty w ramach oceny

decision-assess-title = Czy przeprowadzić ocenę
decision-assess-yes = Zdecydowaliśmy, że przeprowadzimy ocenę.
decision-assess-no = Zdecydowaliśmy, że nie przeprowadzimy oceny.
decision-issue-title = Czy przygotować plan
decision-issue-yes = Zdecydowaliśmy, że przygotujemy plan.
decision-issue-no = Zdecydowaliśmy, że nie przygotujemy planu.

action-comment = Przekaż uwagi do projektu planu
action-preference = Powiedz nam, którą szkołę wolisz
action-meeting = Poproś o spotkanie w sprawie projektu planu
