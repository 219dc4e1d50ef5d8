//! Advice from the therapist or specialist teacher the need calls for: a
//! speech and language therapist, an occupational therapist, or a teacher
//! from the sensory support service.

use jiff::civil::Date;

use super::bank::bank;
use super::dealer::Dealer;
use super::general::{self, views};
use super::profile::fill;
use super::writer::{child_row, Writer};

/// Which specialist writes, from the service the council asked.
struct Specialist {
    title: &'static str,
    signed: &'static str,
}

fn specialist(adviser: &str) -> Specialist {
    if adviser.contains("Occupational") {
        Specialist {
            title: "Occupational therapy advice",
            signed: "Children's Occupational Therapist",
        }
    } else if adviser.contains("Sensory") {
        Specialist {
            title: "Advice from the sensory support service",
            signed: "Qualified Teacher of Sensory Impairment",
        }
    } else {
        Specialist {
            title: "Speech and language therapy advice",
            signed: "Speech and Language Therapist",
        }
    }
}

pub fn write(d: &mut Dealer<'_>, adviser: &str, dated: Date) -> String {
    let p = d.profile;
    let b = bank(p.need);
    let who = specialist(adviser);
    let mut w = Writer::new();
    w.line(adviser);
    w.line(&format!(
        "{} for an education, health and care needs assessment",
        who.title
    ));
    w.line(&child_row(&p.full, p.born, &p.year_label(), dated));

    w.heading("Reason for referral and background");
    let mut background = d.deal(b.identified, 1);
    background.push(fill(
        "{Name} was first seen by our service in {dx_year}, and this advice draws on {his} records since then, a new assessment and discussion with {his} {parents}.",
        p,
    ));
    background.extend(d.one(general::ruled_out(p)));
    w.paragraph(&background);

    w.heading("Assessment");
    w.paragraph(&d.deal(b.therapy, 3));

    w.heading(b.area.heading());
    let mut needs = d.deal(b.core, 2);
    if let Some(area) = d.areas_in(b.knock_on).first().copied() {
        needs.extend(d.deal_in(b.knock_on, area, 1));
    }
    w.paragraph(&needs);

    w.heading(&fill("Views of {name} and {his} family", p));
    let mut said: Vec<String> = views(p, &d.deal(b.child, 1));
    said.extend(d.deal(b.worries, 1).iter().map(|l| general::reported(p, l)));
    w.paragraph(&said);

    w.heading("Recommendations");
    let mut recommend = d.deal(b.therapy_recommend, 3);
    recommend.extend(d.deal(b.recommend, 1));
    w.bullets(&recommend);
    w.line("");
    w.line(&format!("{}, {adviser}", who.signed));
    w.finish()
}
