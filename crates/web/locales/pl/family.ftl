# Teksty dla rodzin: każda strona, e-mail i list, które czyta rodzic, opiekun
# lub młoda osoba. Zdania mają być krótkie, a każde trudne słowo wyjaśnione.

## The frame of every page

service-name = Pomoc dla dzieci ze specjalnymi potrzebami edukacyjnymi
skip-link = Przejdź do treści głównej
phase-beta = Beta
phase-text = To nowa usługa. Jeśli coś nie działa, Twój koordynator może pomóc.
footer-accessibility = Deklaracja dostępności
footer-privacy = Informacja o ochronie prywatności
footer-run-by = Tę usługę prowadzi Twój lokalny urząd (council).
sign-out = Wyloguj się
language-switcher = Wybierz język
nav-your-cases = Twoje wnioski
nav-apply = Poproś o ocenę
nav-contact = Jak się z Tobą kontaktujemy
nav-password = Twoje hasło
back = Wstecz
continue = Dalej
save-later = Zapisz i wróć później
save = Zapisz
change = Zmień
remove = Usuń
yes = Tak
no = Nie
not-sure = Nie wiem
not-given = Nie podano
optional = (nieobowiązkowo)
error-summary-title = Wystąpił problem
error-prefix = Błąd:
success = Udało się
reference = Numer sprawy { $reference }

month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## The start page

start-title = Poproś o ocenę specjalnych potrzeb edukacyjnych dziecka
start-intro = Niektóre dzieci potrzebują więcej pomocy w nauce niż inne dzieci w tym samym wieku. Jeśli dziecko lub młoda osoba potrzebuje więcej pomocy, niż może dać szkoła, college lub przedszkole, możesz poprosić urząd o sprawdzenie tych potrzeb.
start-plan = Nazywamy to oceną potrzeb edukacyjnych, zdrowotnych i opiekuńczych. Po ocenie może powstać plan. Plan mówi, jaką pomoc dostanie dziecko i kto ją zapewni.
start-who-heading = Kto może poprosić o ocenę
start-who-parent = rodzic lub opiekun
start-who-young = młoda osoba w wieku od 16 do 25 lat – w swoim imieniu
start-who-school = szkoła, college lub przedszkole – jeśli rodzic lub opiekun się zgadza
start-when-heading = Co będzie dalej
start-when-6 = Do { $six } powiemy Ci, czy przeprowadzimy ocenę. To 6 tygodni od dziś.
start-when-20 = Jeśli ją przeprowadzimy, do { $twenty } powiemy Ci, czy przygotujemy plan. To 20 tygodni od dziś.
start-ready-heading = Co będzie potrzebne
start-ready-1 = imię i nazwisko, data urodzenia i adres dziecka
start-ready-2 = nazwa szkoły lub przedszkola, jeśli dziecko do nich chodzi
start-ready-3 = opis tego, co sprawia dziecku trudność – Twoimi słowami
start-ready-4 = jaką pomoc dziecko dostało do tej pory
start-ready-5 = opinie lub pisma, jeśli je masz – jako pliki lub zdjęcia
start-time = Zajmie to około 20 minut. Możesz zapisać odpowiedzi i wrócić później.
start-button = Rozpocznij
start-help-heading = Skorzystaj z bezpłatnej pomocy
start-help = { $name } może Ci pomóc bezpłatnie. Ta służba nie należy do zespołu urzędu, który prowadzi oceny. Zadzwoń pod numer { $phone } lub napisz na adres { $email }.
start-help-name = Punkt porad i wsparcia w sprawie specjalnych potrzeb edukacyjnych ({ $council })
start-already = Wniosek został już wysłany?
start-sign-in = Zaloguj się, aby sprawdzić, co dzieje się z wnioskiem

## The task list

tasks-title = Poproś o ocenę
tasks-intro = Wypełnij każdą część. Możesz to robić w dowolnej kolejności.
section-about-you = O Tobie
section-child = Dziecko lub młoda osoba
section-family = Rodzina
section-needs = Potrzeby i wsparcie
section-consent = Udostępnianie informacji i opinie
task-done = Ukończono
task-started = W trakcie
task-todo = Nierozpoczęte
task-check = Sprawdź odpowiedzi i wyślij
task-check-heading = Wyślij wniosek
task-cannot-send = Możesz wysłać wniosek, gdy wszystkie części będą ukończone.

step-who = Kto prosi o ocenę
step-your-details = Twoje dane
step-child-name = Imię i nazwisko
step-child-date-of-birth = Data urodzenia
step-child-address = Adres
step-child-setting = Szkoła lub placówka
step-parents = Rodzice i opiekunowie
step-contact = Kontakt z rodziną
step-language = Język
step-needs = Potrzeby dziecka
step-support = Dotychczasowa pomoc
step-consent = Udostępnianie informacji
step-evidence = Opinie i pisma

## The questions

q-who = Kto prosi o ocenę?
q-who-parent = Jestem rodzicem lub opiekunem dziecka
q-who-young = Jestem młodą osobą w wieku od 16 do 25 lat
q-who-school = Pracuję w szkole, college'u lub przedszkolu dziecka

q-your-details = Twoje dane
f-requester-name = Imię i nazwisko
f-requester-email = Służbowy adres e-mail
f-requester-setting = Nazwa szkoły, college'u lub przedszkola
f-parent-agreed = Rodzic lub opiekun dziecka zgadza się na złożenie wniosku o tę ocenę

q-child-name = Jak nazywa się dziecko lub młoda osoba?
f-first-name = Imię
f-last-name = Nazwisko

q-dob = Jaka jest data urodzenia?
hint-dob = Na przykład 27 3 2016
f-day = Dzień
f-month = Miesiąc
f-year = Rok

q-address = Gdzie mieszka dziecko lub młoda osoba?
f-address-1 = Adres – wiersz 1
f-address-2 = Adres – wiersz 2 (nieobowiązkowo)
f-town = Miejscowość
f-postcode = Kod pocztowy

q-setting = Do jakiej szkoły, college'u lub przedszkola chodzi?
hint-setting = Wybierz „Nie chodzi do szkoły ani placówki”, jeśli nie chodzi do żadnej.
setting-choose = Wybierz szkołę lub placówkę
setting-none = Nie chodzi do szkoły ani placówki

q-parents = Rodzice i opiekunowie
f-parent-1-name = Imię i nazwisko rodzica lub opiekuna
f-relationship = Kim jest dla dziecka? (nieobowiązkowo)
hint-relationship = Na przykład matka, ojciec, babcia, dziadek lub rodzic zastępczy
f-responsibility = Czy ta osoba ma władzę rodzicielską?
hint-responsibility = Oznacza to prawo do podejmowania decyzji w sprawach dziecka.
parent-2-heading = Drugi rodzic lub opiekun (nieobowiązkowo)
f-parent-2-name = Imię i nazwisko

q-contact = Jak mamy kontaktować się z rodziną?
hint-contact = W ten sposób będziemy wysyłać listy i informacje.
contact-email = E-mail
contact-phone = Telefon
contact-post = Listownie na adres dziecka
f-contact-email = Adres e-mail
f-contact-phone = Numer telefonu

q-language = W jakim języku rodzina woli się porozumiewać?
lang-en = Angielski
lang-pl = Polski
lang-so = Somalijski
lang-ar = Arabski
lang-other = Inny język
f-language-other = Jaki język?
f-interpreter = Czy chcesz mieć tłumacza na spotkaniach?

q-needs = Opisz potrzeby dziecka
hint-needs = Pisz własnymi słowami. Co sprawia dziecku trudność? Co mu pomaga? Jak wpływa to na jego dzień?

q-support = Jaką pomoc dziecko dostało do tej pory?
f-sen-support = Czy dziecko dostało dodatkową pomoc w szkole lub przedszkolu, na przykład plan wsparcia?
f-professionals = Z którymi z tych specjalistów dziecko się spotkało?
hint-professionals = Zaznacz wszystkie pasujące odpowiedzi.
prof-speech = Logopeda
prof-ep = Psycholog edukacyjny
prof-ot = Terapeuta zajęciowy
prof-camhs = Poradnia zdrowia psychicznego dzieci i młodzieży
prof-paediatrician = Lekarz dziecięcy (pediatra)
prof-social-worker = Pracownik socjalny
prof-other = Ktoś inny
f-support-details = Opisz pomoc, jaką dziecko dostało (nieobowiązkowo)

q-consent = Udostępnianie informacji
consent-intro = Aby przeprowadzić ocenę, prosimy o opinię osoby, które znają dziecko.
f-share-with = Kogo możemy poprosić?
share-school = Szkołę, college lub przedszkole dziecka
share-health = Służby zdrowia, na przykład lekarza lub terapeutę dziecka
share-social-care = Opiekę społeczną
share-ep = Psychologa edukacyjnego
f-consent = Zgadzam się, aby urząd udostępnił odpowiedzi z tego wniosku wybranym przeze mnie osobom w celu przeprowadzenia oceny.

q-evidence = Opinie i pisma
hint-evidence = Możesz dodać pisma lub opinie, które masz, na przykład od lekarza lub terapeuty. Użyj plików PDF lub Word albo zdjęć (JPG lub PNG). Każdy plik musi mieć mniej niż 10 MB. Nie musisz niczego dodawać.
f-file = Wybierz plik
upload-button = Dodaj plik
files-added = Dodane pliki
no-files = Nie dodano jeszcze żadnych plików.

## Check your answers, and sending

check-title = Sprawdź odpowiedzi przed wysłaniem
check-send-heading = Teraz wyślij wniosek
check-declaration = Wysyłając ten wniosek, potwierdzasz, że według Twojej wiedzy odpowiedzi są prawdziwe.
send-button = Wyślij wniosek

confirm-title = Wniosek wysłany
confirm-reference = Twój numer sprawy
confirm-email = Kopię odpowiedzi wysłaliśmy na adres { $email }.
confirm-next-heading = Co będzie dalej
confirm-next = Do { $six } powiemy Ci, czy przeprowadzimy ocenę.
confirm-account = Możesz śledzić wniosek online. Aby założyć konto, użyj linku z e-maila.
confirm-no-email = Zachowaj numer sprawy. Napiszemy do Ciebie list.
confirm-another = Poproś o kolejną ocenę

saved-title = Twoje odpowiedzi są zapisane
saved-email-sent = Wysłaliśmy link na adres { $email }. Użyj go, aby wrócić do wniosku. Link działa przez 28 dni.
saved-link = Użyj tego linku, aby wrócić do wniosku. Przechowuj go w bezpiecznym miejscu. Każdy, kto ma ten link, może zobaczyć Twoje odpowiedzi. Link działa przez 28 dni.
saved-ask-email = Wyślij mi link e-mailem
f-resume-email = Adres e-mail
saved-continue = Wróć do wniosku

## Problems with answers

err-requester = Wybierz, kto prosi o ocenę
err-requester-name = Wpisz swoje imię i nazwisko
err-requester-email = Wpisz służbowy adres e-mail
err-requester-setting = Wpisz nazwę szkoły, college'u lub przedszkola
err-parent-agreed = Szkoła może złożyć wniosek tylko za zgodą rodzica lub opiekuna. Zaznacz pole, aby potwierdzić zgodę
err-first-name = Wpisz imię dziecka
err-last-name = Wpisz nazwisko dziecka
err-name-too-long = Możesz wpisać najwyżej 100 znaków
err-text-too-long = Możesz wpisać najwyżej 5000 znaków
err-dob-missing = Wpisz datę urodzenia
err-dob-real = Data urodzenia musi być prawdziwą datą
err-dob-year = Rok musi mieć 4 cyfry
err-dob-future = Data urodzenia musi być w przeszłości
err-dob-too-old = Dziecko lub młoda osoba musi mieć 25 lat lub mniej
err-dob-young-person = Młoda osoba musi mieć co najmniej 16 lat, aby złożyć wniosek w swoim imieniu. Rodzic lub opiekun może złożyć wniosek za nią
err-address-line-1 = Wpisz pierwszy wiersz adresu
err-address-town = Wpisz miejscowość
err-postcode-missing = Wpisz kod pocztowy
err-postcode-format = Wpisz prawdziwy kod pocztowy, na przykład NB1 2AB
err-setting = Wybierz szkołę lub placówkę albo wybierz „Nie chodzi do szkoły ani placówki”
err-parent-name = Wpisz imię i nazwisko rodzica lub opiekuna
err-responsibility = Zaznacz, czy ta osoba ma władzę rodzicielską
err-channel = Wybierz, jak mamy kontaktować się z rodziną
err-contact-email = Wpisz adres e-mail
err-email-format = Wpisz adres e-mail w poprawnym formacie, na przykład name@example.com
err-phone-missing = Wpisz numer telefonu
err-phone-format = Wpisz numer telefonu, na przykład 01632 960 001 lub 07700 900 982
err-language = Wybierz język
err-language-other = Wpisz język
err-interpreter = Zaznacz, czy chcesz mieć tłumacza
err-needs = Opisz potrzeby dziecka
err-sen-support = Zaznacz, czy dziecko dostało dodatkową pomoc w szkole lub przedszkolu
err-consent = Musisz wyrazić zgodę, zanim będziemy mogli udostępnić informacje i przeprowadzić ocenę
err-file-missing = Wybierz plik
err-file-too-big = Plik musi mieć mniej niż 10 MB
err-file-type = Plik musi być dokumentem PDF lub Word albo zdjęciem (JPG lub PNG)
err-file-damaged = Plik jest uszkodzony i nie można go otworzyć. Spróbuj zapisać go ponownie
err-file-locked = Plik jest chroniony hasłem. Wyślij kopię bez hasła
err-file-unsafe = Nie można bezpiecznie otworzyć pliku. Spróbuj zapisać go ponownie jako nowy plik
err-file-count = Możesz dodać najwyżej 20 plików
err-timed-out = Minął czas na tej stronie. Zachowaliśmy Twoją odpowiedź. Sprawdź ją i ponownie wybierz „Dalej”
err-expired-draft = Zapisane odpowiedzi były zbyt stare, aby je przechowywać. Zachowaliśmy to, co zostało właśnie wpisane. Wypełnij ponownie pozostałe części
err-not-finished = Najpierw wypełnij te części: { $sections }

## Accounts

signin-title = Zaloguj się
signin-intro = Zaloguj się, aby sprawdzić, co dzieje się z wnioskiem, czytać listy i wysyłać wiadomości.
f-email = Adres e-mail
f-password = Hasło
signin-button = Zaloguj się
signin-forgot = Nie pamiętasz hasła?
signin-no-account = Nie masz jeszcze konta?
signin-create = Załóż konto
signin-wrong = Wpisz poprawny adres e-mail i hasło
signin-too-many = Było zbyt wiele prób logowania. Odczekaj 15 minut i spróbuj ponownie
signin-unconfirmed = Najpierw potwierdź adres e-mail. Wysłaliśmy Ci nowy link.
signin-ended = Wylogowaliśmy Cię, ponieważ przez dłuższy czas nie było żadnej aktywności. Zaloguj się ponownie.

signup-title = Załóż konto
signup-intro = Dzięki kontu możesz śledzić wniosek, czytać listy i wysyłać wiadomości do koordynatora.
f-your-name = Imię i nazwisko
f-new-password = Utwórz hasło
hint-password = Użyj co najmniej 8 znaków. Nie używaj hasła, które łatwo odgadnąć.
f-password-again = Wpisz hasło ponownie
signup-button = Załóż konto
err-your-name = Wpisz swoje imię i nazwisko
err-email = Wpisz adres e-mail
err-password = Wpisz hasło
err-password-short = Hasło musi mieć co najmniej 8 znaków
err-password-long = Hasło może mieć najwyżej 128 znaków
err-password-common = To hasło łatwo odgadnąć. Wybierz inne
err-password-match = Hasła nie są takie same
err-email-taken = Dla tego adresu e-mail istnieje już konto. Zaloguj się lub ustaw nowe hasło

check-email-title = Sprawdź skrzynkę e-mail
check-email = Wysłaliśmy link na adres { $email }. Kliknij link, aby potwierdzić adres e-mail. Link działa przez 24 godziny.
verified-title = Twój adres e-mail jest potwierdzony
verified = Możesz się teraz zalogować.
link-bad-title = Ten link nie działa
link-bad = Link mógł już zostać użyty albo jest zbyt stary.
link-bad-new = Poproś o nowy link

reset-title = Ustaw nowe hasło
reset-intro = Wpisz adres e-mail swojego konta. Wyślemy Ci link do ustawienia nowego hasła.
reset-button = Wyślij link
reset-sent = Jeśli istnieje konto dla adresu { $email }, wysłaliśmy na ten adres link. Link działa przez 1 godzinę.
new-password-title = Wybierz nowe hasło
new-password-button = Zapisz hasło
new-password-done = Hasło zostało zapisane. Możesz się teraz zalogować.

## The family's pages

my-title = Twoje wnioski
my-none = Nie złożono jeszcze żadnego wniosku.
my-apply = Poproś o ocenę
my-child = Dziecko
my-now = Co dzieje się teraz

tracker-now-heading = Co dzieje się teraz
tracker-coordinator = Twoim koordynatorem jest { $name }.
tracker-no-coordinator = Wkrótce powiemy Ci, kto będzie Twoim koordynatorem.
tracker-can-do = Co możesz teraz zrobić
tracker-steps = Co się wydarzy i kiedy
tracker-nothing = Na razie nie ma tu nic do pokazania.
tracker-done = Zrobione
tracker-decisions = Nasze decyzje
tracker-disagree = Jeśli nie zgadzasz się z decyzją, możesz poprosić o spotkanie z niezależną osobą (mediację) albo złożyć odwołanie do trybunału. W piśmie z decyzją wyjaśniamy, jak to zrobić.
tracker-received = Dziękujemy. Dotarło to do nas.

docs-title = Pisma i opinie
docs-none = Nie ma jeszcze żadnych pism ani opinii.
docs-add = Dodaj opinię lub pismo
docs-added = Plik dodany

conversation-title = Wiadomości z koordynatorem
conversation-none = Nie ma jeszcze żadnych wiadomości.
f-message = Twoja wiadomość
send-message = Wyślij wiadomość
err-message = Wpisz wiadomość
message-sent = Wiadomość wysłana

views-title = Wszystko o mnie
views-intro = Opisz dziecko własnymi słowami albo pomóż mu samemu nam o sobie opowiedzieć. Wykorzystamy to w jego planie.
f-admired = Co inni lubią i podziwiają w tym dziecku?
f-important = Co jest teraz dla niego ważne?
f-hopes = Jakie ma nadzieje na przyszłość?
f-support-best = Jak najlepiej mu pomagać?
views-saved = Twoje odpowiedzi są zapisane

prefs-title = Jak się z Tobą kontaktujemy
f-channel = Jak mamy się z Tobą kontaktować?
f-pref-language = W jakim języku mamy się z Tobą porozumiewać?
prefs-saved = Zapisaliśmy Twoje wybory

## Emails

email-greeting = Dzień dobry,
email-sign-off = Zespół ds. specjalnych potrzeb edukacyjnych ({ $council })
email-confirm-subject = Otrzymaliśmy Twój wniosek: { $reference }
email-confirm-intro = Dziękujemy. Otrzymaliśmy Twój wniosek o ocenę dla dziecka: { $child }. Twój numer sprawy to { $reference }.
email-confirm-next = Do { $six } powiemy Ci, czy przeprowadzimy ocenę.
email-confirm-answers = Oto kopia Twoich odpowiedzi:
email-confirm-account = Aby śledzić wniosek online, załóż konto, korzystając z tego linku. Link działa przez 7 dni:
email-confirm-school = Otrzymaliśmy Twój wniosek o ocenę dla dziecka: { $child }. Poinformowaliśmy rodzinę. Twój numer sprawy to { $reference }.
email-resume-subject = Twój zapisany wniosek
email-resume-body = Użyj tego linku, aby wrócić do wniosku o ocenę. Link działa przez 28 dni:
email-verify-subject = Potwierdź adres e-mail
email-verify-body = Kliknij ten link, aby potwierdzić adres e-mail. Link działa przez 24 godziny:
email-reset-subject = Wybierz nowe hasło
email-reset-body = Kliknij ten link, aby wybrać nowe hasło. Link działa przez 1 godzinę:
email-ignore = Jeśli to nie była Twoja prośba, możesz zignorować tę wiadomość.
email-message-subject = Nowa wiadomość w sprawie: { $child }
email-message-body = Masz nową wiadomość od: { $name }. Zaloguj się, aby ją przeczytać:
