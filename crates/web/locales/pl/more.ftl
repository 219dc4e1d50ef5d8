# Strona zmiany hasła rodziny.

password-title = Zmień hasło
f-current-password = Obecne hasło
f-password-new = Nowe hasło
password-button = Zmień hasło
password-changed = Hasło zostało zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.
err-current-password = Wpisz poprawnie obecne hasło
err-password-match-again = Hasła nie są takie same. Wpisz nowe hasło jeszcze raz
