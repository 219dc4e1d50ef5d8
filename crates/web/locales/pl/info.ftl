# Strony dostępne dla wszystkich: deklaracja dostępności, informacja o prywatności
# i strony pokazywane, gdy coś pójdzie nie tak.

a11y-title = Deklaracja dostępności
a11y-intro = Ta deklaracja dotyczy usługi, z której Twój urząd korzysta, aby sprawdzić specjalne potrzeby edukacyjne dziecka oraz przygotować jego plan i robić jego przeglądy.
a11y-want = Chcemy, aby mogło z niej korzystać jak najwięcej osób. Usługa powinna pozwalać Ci:
a11y-colours = zmieniać kolory, kontrast i czcionki w ustawieniach przeglądarki lub urządzenia
a11y-zoom = powiększać stronę do 400% tak, aby tekst nie wychodził poza ekran
a11y-keyboard = przechodzić przez każdą stronę tylko za pomocą klawiatury
a11y-reader = korzystać z każdej strony za pomocą czytnika ekranu, także przy wyłączonym JavaScripcie
a11y-languages = czytać strony dla rodzin po angielsku, polsku, somalijsku lub arabsku
a11y-how-heading = Poziom dostępności tej usługi
a11y-how = Tworzymy tę usługę tak, aby spełniała międzynarodowe wytyczne dostępności Web Content Accessibility Guidelines w wersji 2.2 na poziomie AA. Każdą stronę sprawdzamy w prawdziwej przeglądarce już podczas jej tworzenia.
a11y-help-heading = Jeśli potrzebujesz pomocy albo coś nie działa
a11y-help = Skontaktuj się z koordynatorem lub z zespołem ds. specjalnych potrzeb edukacyjnych w Twoim urzędzie. Podaj nam adres strony i opisz, co poszło nie tak. Odpowiemy w ciągu 5 dni roboczych.
a11y-formats = Jeśli potrzebujesz listu lub planu w innej formie, na przykład dużym drukiem, w wersji łatwej do czytania, w wersji audio lub w alfabecie Braille'a, poproś o to koordynatora.
a11y-enforcement-heading = Przestrzeganie przepisów
a11y-enforcement = Equality and Human Rights Commission (brytyjska Komisja ds. Równości i Praw Człowieka) dba o przestrzeganie zasad dostępności. Jeśli nasza odpowiedź Cię nie zadowala, skontaktuj się z Equality Advisory and Support Service (służbą doradczą ds. równości).

privacy-title = Informacja o prywatności
privacy-intro = Twój urząd korzysta z tej usługi, aby wypełniać swoje obowiązki prawne wobec dzieci i młodych osób ze specjalnymi potrzebami edukacyjnymi: sprawdzać ich potrzeby oraz przygotowywać ich plany i robić ich przeglądy. Te obowiązki wynikają z ustawy Children and Families Act 2014.
privacy-keep-heading = Jakie informacje przechowujemy
privacy-keep = Przechowujemy dane dziecka, dane kontaktowe rodziny, otrzymane raporty i opinie, nasze decyzje oraz plan. Część tych informacji dotyczy zdrowia, a takie informacje prawo chroni jeszcze mocniej.
privacy-who-heading = Kto może je zobaczyć
privacy-who-family = rodzina widzi sprawę swojego dziecka
privacy-who-school = szkoła widzi sprawy swoich uczniów
privacy-who-specialist = specjalista widzi tylko te sprawy, w których poproszono go o opinię
privacy-who-staff = pracownicy urzędu widzą sprawy swojego urzędu
privacy-log = Za każdym razem, gdy ktoś otwiera lub zmienia sprawę, usługa zapisuje, kto to zrobił, co zrobił i kiedy.
privacy-where-heading = Gdzie są przechowywane
privacy-where = Informacje pozostają w systemach Twojego urzędu. Narzędzie, które odczytuje raporty, działa na komputerze urzędu i nikomu niczego nie wysyła.
privacy-rights-heading = Twoje prawa
privacy-rights = Możesz poprosić o wgląd w informacje, które przechowujemy, lub o ich poprawienie. Możesz też złożyć skargę. Skontaktuj się z inspektorem ochrony danych w Twoim urzędzie. Skargę możesz złożyć również do Information Commissioner's Office (brytyjskiego urzędu ochrony danych).

oops-not-found-title = Nie znaleziono strony
oops-not-found-typed = Jeśli adres strony był wpisany ręcznie, sprawdź, czy jest poprawny.
oops-not-found-pasted = Jeśli adres strony był wklejony, sprawdź, czy skopiowano cały adres.
oops-forbidden-title = Nie możesz zobaczyć tej strony
oops-forbidden = Jeśli uważasz, że ta strona powinna być dla Ciebie dostępna, skontaktuj się z koordynatorem lub z zespołem ds. specjalnych potrzeb edukacyjnych w Twoim urzędzie.
oops-csrf-title = Nie udało się wysłać formularza
oops-csrf = Formularz wygasł lub został wysłany dwa razy. Wróć, odśwież stronę i spróbuj ponownie.
oops-conflict-title = Te informacje się zmieniły
oops-conflict = Ktoś inny zmienił te informacje w czasie Twojej pracy. Sprawdź najnowszą wersję i spróbuj ponownie.
oops-problem-title = Wystąpił problem
oops-server-title = Przepraszamy, wystąpił problem z usługą
oops-server = Spróbuj ponownie później. Nic z tego, co wysłano, nie zginęło ani nie zapisało się tylko w części.
oops-server-contact = Jeśli problem się powtarza, skontaktuj się z zespołem ds. specjalnych potrzeb edukacyjnych w Twoim urzędzie.
oops-start = Przejdź do strony startowej
