#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::civil::date;
use tandem_domain::case::ReviewOutcome;

use super::*;

fn facts() -> LetterFacts {
    LetterFacts {
        child: "Sam".into(),
        authority: "Northbrook Council".into(),
        reference: "NBC-2026-00001".into(),
        reader: "Alex Parent".into(),
        dated: date(2026, 11, 30),
    }
}

fn decisions() -> Vec<Notice> {
    vec![
        Notice::NotAssessing {
            reasons: "Sam is making good progress.".into(),
        },
        Notice::NotIssuing {
            reasons: "The school can meet Sam's needs.".into(),
        },
        Notice::FinalIssued {
            placement: "Brook Primary".into(),
        },
        Notice::ReviewDecided {
            outcome: ReviewOutcome::Cease,
            reasons: "Needs met.".into(),
        },
        Notice::ReviewDecided {
            outcome: ReviewOutcome::Amend,
            reasons: "New needs.".into(),
        },
        Notice::ReviewDecided {
            outcome: ReviewOutcome::Maintain,
            reasons: "Going well.".into(),
        },
        Notice::AmendedFinalIssued {
            placement: "Brook Primary".into(),
        },
        Notice::PlanCeased {
            reasons: "Sam has moved to paid work.".into(),
        },
    ]
}

#[test]
fn the_appeal_deadline_is_two_months_from_the_letter() {
    assert_eq!(appeal_deadline(date(2026, 11, 30)), date(2027, 1, 30));
    // A day the month lacks becomes its last day.
    assert_eq!(appeal_deadline(date(2026, 12, 31)), date(2027, 2, 28));
}

#[test]
fn every_decision_letter_carries_appeal_rights_and_mediation() {
    for notice in decisions() {
        assert!(notice.is_appealable(), "{notice:?}");
        let letter = family_letter(Language::English, &facts(), &notice);
        let body = &letter.body;
        assert!(body.contains("SEND Tribunal"), "{notice:?}");
        assert!(
            body.contains("You must appeal by 30 January 2027"),
            "{notice:?}: {body}"
        );
        assert!(body.contains("1 month after"), "{notice:?}");
        assert!(body.contains("mediation certificate"), "{notice:?}");
        assert!(body.contains("within 3 working days"), "{notice:?}");
        assert!(body.contains("within 30 days"), "{notice:?}");
        assert!(body.contains("To ask for mediation"), "{notice:?}");
        assert!(
            !body.contains('{'),
            "no placeholder is left unfilled: {body}"
        );
    }
}

#[test]
fn other_letters_do_not_mention_appeals() {
    let notice = Notice::DraftIssued {
        comments_by: date(2026, 12, 15),
    };
    let letter = family_letter(Language::English, &facts(), &notice);
    assert!(!letter.body.contains("appeal"));
    assert!(letter.body.contains("You have until 15 December 2026"));
    assert_eq!(letter.subject, "The draft EHC plan for Sam is ready");
}

#[test]
fn a_refusal_gives_its_reasons_to_the_family_but_not_the_school() {
    let notice = Notice::NotAssessing {
        reasons: "Sam is making good progress.".into(),
    };
    let family = family_letter(Language::English, &facts(), &notice);
    assert!(family.body.starts_with("Dear Alex Parent,"));
    assert!(family
        .body
        .contains("Our reasons: Sam is making good progress."));
    assert!(family.body.contains("Case reference: NBC-2026-00001"));
    let school = school_letter(Language::English, &facts(), &notice);
    assert_eq!(
        school.subject,
        "Our decision: we will not assess Sam's needs"
    );
    assert!(!school.body.contains("good progress"));
    assert!(!school.body.contains("appeal"));
}

#[test]
fn an_unknown_language_falls_back_to_english() {
    assert_eq!(Language::for_tag("fr"), Language::English);
    assert_eq!(Language::for_tag(""), Language::English);
}

#[test]
fn values_with_braces_are_not_filled_twice() {
    let values = [
        ("child", "{reasons}".to_owned()),
        ("reasons", "x".to_owned()),
    ];
    assert_eq!(
        fill("{child} and {reasons} and {missing}", &values),
        "{reasons} and x and {missing}"
    );
}

#[test]
fn families_get_letters_in_their_language_with_every_value_filled_in() {
    for (tag, language) in [
        ("pl", Language::Polish),
        ("so", Language::Somali),
        ("ar", Language::Arabic),
    ] {
        assert_eq!(Language::for_tag(tag), language);
        for notice in decisions() {
            let english = family_letter(Language::English, &facts(), &notice);
            let letter = family_letter(language, &facts(), &notice);
            assert_ne!(letter.body, english.body, "{tag}: {notice:?} is translated");
            assert!(letter.body.contains("Sam"), "{tag}: the child is named");
            assert!(
                !letter.body.contains('{') && !letter.subject.contains('{'),
                "{tag}: every placeholder filled: {}",
                letter.body
            );
            // Dates are in the family's language too.
            assert!(
                !letter.body.contains("November 2026"),
                "{tag}: {}",
                letter.body
            );
        }
    }
    assert_eq!(Language::for_tag("fr"), Language::English);
}
