# More words for families: accounts, the tracker and the portal's pages.

err-password-email = Hasło nie może być takie samo jak adres e-mail
err-message-long = Wiadomość może mieć najwyżej 5000 znaków
docs-download = Pobierz
docs-from-you = Wysłane przez Ciebie
f-contact-language = Język
tracker-request = Twój wniosek
tracker-messages = Wiadomości
tracker-views = Wszystko o mnie
tracker-documents = Pisma i opinie
tracker-you = Ty
signin-enter-password = Wpisz hasło
signed-out = Wylogowano Cię.
important = Ważne
err-file-type-staff = Plik musi być dokumentem PDF, dokumentem Word (DOCX), zdjęciem JPG lub PNG albo zwykłym plikiem tekstowym
