# Strona zmiany hasła rodziny.

password-title = Zmień hasło
f-current-password = Obecne hasło
f-password-new = Nowe hasło
password-button = Zmień hasło
password-changed = Hasło zostało zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.
err-current-password = Wpisz poprawnie obecne hasło
err-password-match-again = Hasła nie są takie same. Wpisz nowe hasło jeszcze raz

# Działania rodziny dotyczące projektu planu.
action-back = Wróć do sprawy
action-send = Wyślij
f-draft-comments = Twoje uwagi do projektu planu
f-preferred-school = Jaką szkołę lub college chcesz wskazać w planie?
err-draft-comments = Wpisz swoje uwagi
err-preferred-school = Wybierz szkołę lub college
