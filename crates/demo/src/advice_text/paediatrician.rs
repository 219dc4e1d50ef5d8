//! Medical advice, as a community paediatrician writes it: history, health,
//! development and the health needs that affect education.

use jiff::civil::Date;

use crate::need::PrimaryNeed;

use super::bank::{bank, Lines};
use super::dealer::Dealer;
use super::general::{self, views};
use super::profile::fill;
use super::writer::{child_row, long_date, Writer};

pub fn write(d: &mut Dealer<'_>, adviser: &str, dated: Date, reused: bool) -> String {
    let p = d.profile;
    let b = bank(p.need);
    let mut w = Writer::new();
    w.line(adviser);
    w.line("Medical advice for an education, health and care needs assessment");
    w.line(&child_row(&p.full, p.born, &p.year_label(), dated));
    if reused {
        w.line(&format!(
            "This report, written on {}, was shared with the council with the family's agreement, for use in this assessment.",
            long_date(dated)
        ));
    }

    w.heading("Background and history");
    let mut history = Vec::new();
    history.extend(d.one(general::BIRTH));
    history.extend(d.one(b.identified));
    history.extend(d.one(general::history(p)));
    history.extend(d.one(general::SOMEONE_ELSE));
    w.paragraph(&history);

    w.heading("Health");
    let mut health = d.deal(b.health, 2);
    health.extend(d.one(general::ruled_out(p)));
    if let Some(lines) = general::also_ruled_out(p) {
        health.extend(d.one(lines));
    }
    health.extend(d.one(GENERAL_HEALTH));
    w.paragraph(&health);

    w.heading("Development");
    let mut development = d.deal(b.core, 2);
    if let Some(area) = d.areas_in(b.knock_on).first().copied() {
        development.extend(d.deal_in(b.knock_on, area, 1));
    }
    if let Some(s) = p.secondary.map(bank) {
        development.extend(d.one(s.secondary));
    }
    w.paragraph(&development);

    w.heading(&fill("Views of {name} and {his} family", p));
    let mut said: Vec<String> = views(p, &d.deal(b.child, 1));
    said.extend(d.one(b.worries).map(|worry| general::reported(p, &worry)));
    w.paragraph(&said);

    w.heading("Health needs that affect education");
    let mut needs: Vec<String> = d.deal(health_provision(p.need), 2);
    needs.extend(d.deal(b.recommend, 1));
    needs.push(fill(
        "Review by the community paediatrician in 12 months, or sooner if {his} needs change.",
        p,
    ));
    w.bullets(&needs);
    w.line("");
    w.line(&format!("Consultant Community Paediatrician, {adviser}"));
    w.finish()
}

const GENERAL_HEALTH: Lines = &[
    "{He} is growing well, and {his} height and weight are on the 50th centile.",
    "{He} has mild asthma, controlled with a preventer inhaler, and needs {his} reliever inhaler in school.",
    "{He} has eczema, managed with emollients at home.",
    "{His} general health is good, and {he} has had few absences for illness this year.",
];

/// What the paediatrician asks the setting to do for the child's health.
fn health_provision(need: PrimaryNeed) -> Lines {
    match need {
        PrimaryNeed::Pmld | PrimaryNeed::Oth => &[
            "An individual healthcare plan, written with the school nurse and reviewed every year.",
            "Staff trained to give buccal midazolam and to follow {his} seizure plan.",
            "Rest breaks whenever {he} shows signs of fatigue.",
        ],
        PrimaryNeed::Pd | PrimaryNeed::Msi => &[
            "An individual healthcare plan, reviewed every year.",
            "A moving and handling plan and a personal emergency evacuation plan.",
            "Rest breaks in the morning and afternoon to manage fatigue.",
        ],
        PrimaryNeed::Sld => &[
            "An intimate care plan and a toileting plan, shared with home.",
            "Close supervision at all times because {he} has no sense of danger.",
            "Staff to encourage {him} to drink through the day.",
        ],
        _ => &[
            "Staff to tell {his} family about any change in sleep, appetite or mood.",
            "A calm, predictable start to the day, to help {him} settle.",
            "Advice on sleep routines for home, reviewed at {his} next appointment.",
        ],
    }
}
