//! Psychological advice, as an educational psychologist writes it: the
//! child's history, an assessment of learning, each area of need and what
//! the psychologist recommends.

use jiff::civil::Date;

use crate::need::PrimaryNeed;

use super::bank::{bank, Area, Lines};
use super::dealer::Dealer;
use super::general::{self, views};
use super::profile::fill;
use super::writer::{child_row, Writer};

pub fn write(d: &mut Dealer<'_>, adviser: &str, dated: Date) -> String {
    let p = d.profile;
    let b = bank(p.need);
    let mut w = Writer::new();
    w.line("Northbrook Educational Psychology Service");
    w.line("Psychological advice for an education, health and care needs assessment");
    w.line(&child_row(&p.full, p.born, &p.year_label(), dated));

    w.heading("Background");
    let mut background = vec![fill(&general::family_line(p), p)];
    background.extend(d.one(b.identified));
    background.extend(d.one(general::SOMEONE_ELSE));
    background.extend(d.one(general::history(p)));
    background.push(fill(SOURCES, p));
    w.paragraph(&background);

    // The psychologist always writes about learning; the other sections
    // follow the child's needs.
    let mut areas = vec![b.area];
    if b.area != Area::Learning {
        areas.push(Area::Learning);
    }
    let secondary = p.secondary.map(bank);
    if let Some(s) = secondary {
        if !areas.contains(&s.area) {
            areas.push(s.area);
        }
    }
    for area in d.areas_in(b.knock_on) {
        if areas.len() >= 3 {
            break;
        }
        if !areas.contains(&area) {
            areas.push(area);
        }
    }
    for area in areas {
        w.heading(area.heading());
        let mut lines = Vec::new();
        if area == Area::Learning {
            lines.extend(d.one(ability(p.need)));
        }
        if area == b.area {
            lines.extend(d.deal(b.core, 3));
        } else {
            lines.extend(d.deal_in(b.knock_on, area, 2));
        }
        if let Some(s) = secondary.filter(|s| s.area == area) {
            lines.extend(d.one(s.secondary));
        }
        w.paragraph(&lines);
    }

    w.heading(&fill("Views of {name} and {his} family", p));
    let mut said: Vec<String> = views(p, &d.deal(b.child, 1));
    said.extend(d.one(b.worries).map(|worry| general::reported(p, &worry)));
    w.paragraph(&said);

    w.heading("Recommendations");
    w.paragraph(&[fill(
        "{Name}'s needs call for the following provision, reviewed at least once a year:",
        p,
    )]);
    w.bullets(&d.deal(b.recommend, 4));
    w.line("");
    // The service signs for its team; a named psychologist signs for
    // themselves.
    if adviser.contains("Service") {
        w.line(&format!("Educational Psychologist, {adviser}"));
    } else {
        w.line(&format!("{adviser}, Educational Psychologist"));
    }
    w.finish()
}

const SOURCES: &str = "For this advice I observed {name} at {setting}, worked with {him} individually, spoke with {his} {parents} and with staff who know {him} well, and read the earlier reports.";

/// What the psychologist's own assessment of learning found.
fn ability(need: PrimaryNeed) -> Lines {
    match need {
        PrimaryNeed::Mld => &[
            "@school On the British Ability Scales (BAS3), {his} scores were below the 5th percentile for verbal and non-verbal reasoning.",
            "@young On the early years battery of the BAS3, {his} scores were in the very low range across verbal and non-verbal tasks.",
        ],
        PrimaryNeed::Spld => &[
            "@school On the WISC-V {his} verbal comprehension was average, but working memory and processing speed were both below the 10th percentile.",
            "@young {His} understanding of stories is good, but {he} struggles to remember letter sounds from one day to the next.",
        ],
        PrimaryNeed::Sld | PrimaryNeed::Pmld | PrimaryNeed::Msi => &[
            "Formal testing was not appropriate, so I assessed {him} through observation, play and the reports of the adults who know {him} best.",
        ],
        PrimaryNeed::Slcn | PrimaryNeed::Hi => &[
            "On the British Ability Scales (BAS3) {his} non-verbal reasoning was in the average range, while verbal reasoning was well below average.",
            "{His} non-verbal reasoning is a relative strength; {his} scores on verbal tasks were much lower.",
        ],
        PrimaryNeed::Asd => &[
            "On the British Ability Scales (BAS3) {his} scores were uneven: pattern construction was a strength, and verbal similarities were low.",
            "{His} visual memory is a strength, and {he} solved puzzles quickly once {he} understood what was asked.",
        ],
        _ => &[
            "On the British Ability Scales (BAS3) {his} scores were mostly in the average range, with a relative weakness in working memory.",
            "{His} reasoning is broadly in line with {his} age, but {he} works slowly and needs tasks broken down.",
        ],
    }
}
