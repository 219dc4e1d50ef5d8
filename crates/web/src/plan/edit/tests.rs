#![allow(clippy::unwrap_used, clippy::expect_used)]

use tandem_domain::plan::{Delivery, Need, NeedArea, Outcome, Plan, Provision, Section, Source};

use super::*;

fn form(pairs: &[(&str, &str)]) -> FormValues {
    FormValues::new(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    )
}

fn plan() -> Plan {
    Plan {
        needs: vec![
            Need {
                number: 1,
                area: NeedArea::CommunicationAndInteraction,
                text: "Finds it hard to take turns in conversation".into(),
                source: Some(Source {
                    document: "salt.txt".into(),
                    sentence: 4,
                }),
            },
            Need {
                number: 2,
                area: NeedArea::CognitionAndLearning,
                text: "Reads two years behind".into(),
                source: None,
            },
        ],
        outcomes: vec![Outcome {
            number: 1,
            needs: vec![1],
            text: "Will take turns in a 5-minute game".into(),
            by: "2028-07-31".parse().ok(),
            steps: vec!["With an adult".into()],
            adulthood: false,
        }],
        provision: vec![Provision {
            number: 1,
            what: "Speech and language therapy".into(),
            delivery: Delivery {
                who: "Speech and language therapist".into(),
                ..Delivery::default()
            },
            needs: vec![1],
            outcomes: vec![1],
            annual_cost_pence: Some(150_000),
            catalogue_id: Some("salt".into()),
        }],
        ..Plan::default()
    }
}

#[test]
fn the_form_shows_every_item_and_two_blank_rows() {
    let rows = rows(Section::B, &plan());
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].legend, "Need 1");
    assert!(rows[0].fields.iter().any(|f| f.hint.contains("salt.txt")));
    assert_eq!(rows[3].legend, "New item 4");
}

#[test]
fn needs_keep_their_numbers_and_sources_and_new_ones_take_the_next_number() {
    let mut p = plan();
    let sent = form(&[
        ("r0-number", "1"),
        ("r0-area", "communication"),
        ("r0-text", "Finds it hard to take turns in conversation"),
        ("r1-number", "2"),
        ("r1-area", "cognition"),
        ("r1-text", ""),
        ("r2-number", ""),
        ("r2-area", "semh"),
        ("r2-text", "Becomes anxious at transitions"),
    ]);
    apply(Section::B, &mut p, &sent).unwrap();
    let numbers: Vec<_> = p.needs.iter().map(|n| n.number).collect();
    assert_eq!(numbers, [1, 3], "need 2 removed; the new need is 3, not 2");
    assert!(
        p.needs[0].source.is_some(),
        "unchanged words keep their source"
    );
    assert_eq!(p.needs[1].area, NeedArea::SocialEmotionalMentalHealth);
}

#[test]
fn provision_reads_back_with_its_cost_and_links_and_wrong_links_are_named() {
    let mut p = plan();
    let sent = form(&[
        ("r0-number", "1"),
        ("r0-what", "Speech and language therapy, 1:1"),
        ("r0-who", "Speech and language therapist"),
        ("r0-frequency", "45 minutes a week"),
        ("r0-needs", "1, 2"),
        ("r0-outcomes", "1"),
        ("r0-cost", "£1,250.50"),
    ]);
    apply(Section::F, &mut p, &sent).unwrap();
    assert_eq!(p.provision[0].annual_cost_pence, Some(125_050));
    assert_eq!(p.provision[0].needs, [1, 2]);
    assert_eq!(p.provision[0].catalogue_id.as_deref(), Some("salt"));

    let wrong = form(&[
        ("r0-what", "More therapy"),
        ("r0-needs", "7"),
        ("r0-outcomes", "one"),
        ("r0-cost", "lots"),
    ]);
    let problems = apply(Section::F, &mut p, &wrong).unwrap_err();
    let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["r0-needs", "r0-outcomes", "r0-cost"]);
    assert_eq!(problems[0].message, "There is no need 7");
}

#[test]
fn outcomes_need_words_and_a_real_date() {
    let mut p = plan();
    let sent = form(&[("r0-needs", "1"), ("r0-by", "31 13 2028")]);
    let problems = apply(Section::E, &mut p, &sent).unwrap_err();
    let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["r0-text", "r0-by"]);
    let ok = form(&[
        ("r0-text", "Will read a page aloud"),
        ("r0-needs", "2"),
        ("r0-by", "31/7/2028"),
        ("r0-steps", "First\n\nSecond\r\n"),
        ("r0-adulthood", "yes"),
    ]);
    apply(Section::E, &mut p, &ok).unwrap();
    assert_eq!(
        p.outcomes[0].by.map(|d| d.to_string()).as_deref(),
        Some("2028-07-31")
    );
    assert_eq!(p.outcomes[0].steps, ["First", "Second"]);
    assert!(p.outcomes[0].adulthood);
}

#[test]
fn hostile_text_is_kept_as_text_without_control_characters_and_long_text_has_a_limit() {
    let mut p = plan();
    let long = "x".repeat(20_000);
    let text = format!("<script>alert(1)</script>\u{0}\u{1b}[31m مرحبا {long}");
    apply(Section::A, &mut p, &form(&[("r0-text", &text)])).unwrap();
    let kept = &p.views[0].text;
    assert!(kept.starts_with("<script>alert(1)</script>[31m مرحبا"));
    assert!(!kept.chars().any(|c| c.is_control()));
    assert!(kept.len() > 20_000);

    let too_long = "y".repeat(super::fields::MAX_FIELD_CHARS + 1);
    let problems = apply(Section::A, &mut p, &form(&[("r0-text", &too_long)])).unwrap_err();
    assert_eq!(problems[0].field, "r0-text");
}

#[test]
fn a_form_sent_back_with_problems_keeps_every_row_typed() {
    let sent = form(&[("r0-what", "A"), ("r3-what", "D"), ("r3-needs", "x")]);
    let problems = vec![Problem::new("r3-needs".into(), "Enter need numbers")];
    let rows = rows_as_sent(Section::F, &Plan::default(), &sent, &problems);
    assert_eq!(rows.len(), 4);
    let what = |r: &EditRow| {
        r.fields
            .iter()
            .find(|f| f.name.ends_with("-what"))
            .map(|f| f.value.clone())
    };
    assert_eq!(what(&rows[3]).as_deref(), Some("D"));
    assert!(rows[3].fields.iter().any(|f| f.error.is_some()));
}

#[test]
fn money_and_dates_read_the_ways_people_write_them() {
    assert_eq!(lists::pence("1250"), Some(125_000));
    assert_eq!(lists::pence("£1,250.5"), Some(125_050));
    assert_eq!(lists::pence("-3"), None);
    assert_eq!(lists::pence("1.234"), None);
    assert!(lists::date("2028-07-31").is_some());
    assert!(lists::date("31 7 2028").is_some());
    assert!(lists::date("31 2 2028").is_none());
    assert_eq!(lists::numbers("1, 3 and 4"), Ok(vec![1, 3, 4]));
}
