//! The Polish wording of every message. It mirrors english.rs: the same
//! keys in the same order, each a subject and a body, with the same words
//! in braces filled in by [`super::letters`].
//!
//! Written for parents first: short sentences, "we" for the council, "you"
//! (Ty) for the reader, as on the Polish pages in locales/pl.

use super::letters::{Key, Texts};

pub(super) fn texts(key: Key) -> Texts {
    let (subject, body) = match key {
        Key::RequestReceived => (
            "Otrzymaliśmy wniosek o ocenę potrzeb: {child}",
            "Otrzymaliśmy wniosek o ocenę potrzeb edukacyjnych, zdrowotnych i opiekuńczych (EHC) dla dziecka: {child}.\n\n\
             Podczas oceny potrzeb sprawdzamy, jakiej pomocy {child} potrzebuje w szkole i poza nią.\n\n\
             Teraz zastanawiamy się, czy przeprowadzić ocenę. Do {date} powiemy Ci, co zdecydowaliśmy.",
        ),
        Key::Assessing => (
            "Przeprowadzimy ocenę potrzeb: {child}",
            "Zdecydowaliśmy, że przeprowadzimy ocenę potrzeb dziecka: {child}.\n\n\
             Poprosimy o opinię osoby, które znają dziecko. Są wśród nich: Ty, szkoła dziecka, \
             lekarz, psycholog edukacyjny i opieka społeczna.\n\n\
             Jeśli zdecydujemy się przygotować plan, musimy wysłać Ci ostateczny plan do {date}.",
        ),
        Key::NotAssessing => (
            "Nasza decyzja: nie przeprowadzimy oceny potrzeb ({child})",
            "Zdecydowaliśmy, że nie przeprowadzimy oceny potrzeb dziecka: {child}.\n\n\
             Nasze powody: {reasons}\n\n\
             Szkoła, do której chodzi {child}, nadal może wspierać dziecko z własnych środków.",
        ),
        Key::AdviceRequested => (
            "Poprosiliśmy o opinię w sprawie: {child}",
            "Poprosiliśmy o opinię ({advice}) w sprawie: {child}. Opinię przygotuje: {adviser}.\n\n\
             Opinia powinna do nas trafić do {date}.",
        ),
        Key::AdviceReceived => (
            "Otrzymaliśmy opinię w sprawie: {child}",
            "Otrzymaliśmy opinię ({advice}) w sprawie: {child}. Możesz ją przeczytać po zalogowaniu się.",
        ),
        Key::Issuing => (
            "Przygotujemy plan dla dziecka: {child}",
            "Zdecydowaliśmy, że przygotujemy plan edukacji, zdrowia i opieki (EHC) dla dziecka: {child}.\n\n\
             Plan mówi, jakiej pomocy {child} potrzebuje i kto ją zapewni.\n\n\
             Najpierw wyślemy Ci projekt planu. Możesz przekazać nam do niego uwagi. Ostateczny plan musimy wysłać Ci do {date}.",
        ),
        Key::NotIssuing => (
            "Nasza decyzja: nie przygotujemy planu ({child})",
            "Zakończyliśmy ocenę potrzeb dziecka: {child}. Zdecydowaliśmy, że nie przygotujemy planu.\n\n\
             Nasze powody: {reasons}",
        ),
        Key::DraftIssued => (
            "Projekt planu jest gotowy: {child}",
            "Projekt planu dla dziecka ({child}) jest gotowy. Możesz go przeczytać po zalogowaniu się.\n\n\
             Do {date} możesz:\n\
             - przekazać nam uwagi do projektu planu\n\
             - poprosić o spotkanie z nami, żeby o nim porozmawiać\n\
             - powiedzieć nam, którą szkołę lub college wolisz dla dziecka",
        ),
        Key::SchoolConsulted => (
            "Zapytaliśmy szkołę {school} o miejsce dla dziecka: {child}",
            "Zapytaliśmy szkołę {school}, czy może zaspokoić potrzeby dziecka: {child}.\n\n\
             Szkoła ma czas na odpowiedź do {date}.",
        ),
        Key::ConsultationRequest => (
            "Czy szkoła może zaspokoić potrzeby dziecka: {child}? Prosimy o odpowiedź do {date}",
            "Przygotowujemy plan dla dziecka: {child}. Rozważamy wskazanie w planie szkoły {school}.\n\n\
             Prosimy zalogować się, przeczytać projekt planu i powiedzieć nam, czy szkoła może zaspokoić potrzeby dziecka. \
             Prosimy o odpowiedź do {date}. To 15 dni od dziś.",
        ),
        Key::FinalIssued => (
            "Ostateczny plan: {child}",
            "Wydaliśmy ostateczny plan dla dziecka: {child}. Możesz go przeczytać po zalogowaniu się.\n\n\
             W planie wskazaliśmy szkołę lub placówkę, do której będzie chodzić {child}: {placement}.",
        ),
        Key::ReviewHeld => (
            "Coroczne spotkanie w sprawie przeglądu planu: {child}",
            "Coroczne spotkanie w sprawie przeglądu planu dziecka ({child}) odbyło się dnia {letter_date}.\n\n\
             Do {date} powiemy Ci, czy zostawimy plan bez zmian, zmienimy go czy zakończymy.",
        ),
        Key::ReviewMaintain => (
            "Nasza decyzja po corocznym przeglądzie planu: {child}",
            "Po corocznym przeglądzie planu dziecka ({child}) zdecydowaliśmy, że plan zostaje bez zmian.\n\n\
             Nasze powody: {reasons}",
        ),
        Key::ReviewAmend => (
            "Nasza decyzja po corocznym przeglądzie: zmienimy plan ({child})",
            "Po corocznym przeglądzie planu dziecka ({child}) zdecydowaliśmy, że zmienimy plan.\n\n\
             Nasze powody: {reasons}\n\n\
             Wyślemy Ci zmiany, które proponujemy. Będziesz mieć 15 dni na przekazanie nam uwag.",
        ),
        Key::ReviewCease => (
            "Nasza decyzja po corocznym przeglądzie: zakończymy plan ({child})",
            "Po corocznym przeglądzie planu dziecka ({child}) zdecydowaliśmy, że zakończymy plan. \
             Oznacza to, że plan przestanie obowiązywać.\n\n\
             Nasze powody: {reasons}",
        ),
        Key::AmendmentsProposed => (
            "Proponowane zmiany w planie: {child}",
            "Proponujemy takie zmiany w planie dziecka ({child}): {summary}\n\n\
             Do {date} możesz przekazać nam uwagi do tych zmian i powiedzieć, którą szkołę lub college wolisz.",
        ),
        Key::AmendedFinalIssued => (
            "Zmieniony plan: {child}",
            "Wydaliśmy zmieniony plan dla dziecka: {child}. Możesz go przeczytać po zalogowaniu się.\n\n\
             W planie wskazaliśmy szkołę lub placówkę, do której będzie chodzić {child}: {placement}.",
        ),
        Key::PlanCeased => (
            "Plan przestał obowiązywać: {child}",
            "Zakończyliśmy plan dla dziecka: {child}. Plan nie obowiązuje od {letter_date}.\n\n\
             Nasze powody: {reasons}",
        ),
        Key::RequestWithdrawn => (
            "Wniosek o ocenę został wycofany: {child}",
            "Wycofano wniosek o ocenę potrzeb dla dziecka: {child}. Zamknęliśmy sprawę.",
        ),
        Key::TransferredOut => (
            "Plan dziecka ({child}) przekazany do urzędu {to}",
            "Przekazaliśmy plan dziecka ({child}) do urzędu {to}. To urząd w miejscu, w którym {child} teraz mieszka. \
             Ten urząd skontaktuje się z Tobą.",
        ),
        Key::SchoolNotice => (
            "{subject}",
            "Przekazujemy informację dotyczącą dziecka: {child}. {subject}.\n\nSzczegóły są dostępne po zalogowaniu się.",
        ),
        Key::Appeal => (
            "Twoje prawo do odwołania",
            "Jeśli nie zgadzasz się z tą decyzją, możesz złożyć odwołanie do trybunału do spraw specjalnych \
             potrzeb edukacyjnych i niepełnosprawności (SEND Tribunal). Trybunał jest niezależny od urzędu. \
             Rozstrzyga spory dotyczące specjalnych potrzeb edukacyjnych. Odwołanie jest bezpłatne.\n\n\
             Odwołanie musisz złożyć do {deadline}. To 2 miesiące od daty tego listu. \
             Jeśli dostaniesz zaświadczenie o mediacji, możesz złożyć odwołanie do 1 miesiąca od daty \
             na zaświadczeniu, jeśli ten termin jest późniejszy.",
        ),
        Key::Mediation => (
            "Mediacja",
            "Zanim złożysz odwołanie, musisz porozmawiać z doradcą do spraw mediacji. Nie musisz tego robić, jeśli \
             odwołanie dotyczy tylko szkoły lub college'u wskazanego w planie.\n\n\
             Mediacja to spotkanie z niezależną osobą, która pomaga Tobie i nam spróbować dojść do porozumienia. Jest bezpłatna.\n\n\
             Aby poprosić o mediację, odpowiedz na tę wiadomość. Skontaktujemy Cię z doradcą do spraw mediacji.\n\n\
             - Jeśli zdecydujesz, że nie chcesz mediacji, doradca wyda Ci zaświadczenie w ciągu 3 dni roboczych. \
             To zaświadczenie jest potrzebne, aby złożyć odwołanie.\n\
             - Jeśli wybierzesz mediację, odbędzie się ona w ciągu 30 dni.\n\n\
             Twój lokalny punkt porad i wsparcia w sprawie specjalnych potrzeb edukacyjnych (SENDIASS) może Ci pomóc bezpłatnie. \
             Nie staje po niczyjej stronie.",
        ),
        Key::Greeting => ("", "Dzień dobry, {name},"),
        Key::SignOff => (
            "",
            "Zespół ds. specjalnych potrzeb edukacyjnych ({authority})\n\nNumer sprawy: {reference}",
        ),
    };
    Texts { subject, body }
}
