//! Educational advice, as the SENCo of a school or college (or the early
//! years team, for a child not yet at school) writes it: what the child is
//! like there, their needs, the SEN support tried and what they need next.

use jiff::civil::Date;

use super::bank::{bank, Lines};
use super::dealer::Dealer;
use super::general::{self, views};
use super::profile::{fill, Stage};
use super::writer::{child_row, Writer};

pub fn write(d: &mut Dealer<'_>, adviser: &str, dated: Date) -> String {
    let p = d.profile;
    let b = bank(p.need);
    let mut w = Writer::new();
    let (letterhead, role) = match adviser.strip_prefix("SENCo, ") {
        Some(school) => (school.to_owned(), "SENCo"),
        None => (adviser.to_owned(), "Specialist teacher"),
    };
    w.line(&letterhead);
    w.line("Educational advice for an education, health and care needs assessment");
    w.line(&child_row(&p.full, p.born, &p.year_label(), dated));

    w.heading(&fill("About {name}", p));
    let mut about = d.deal(general::STRENGTHS, 2);
    about.extend(d.one(attendance(p.stage)));
    about.extend(d.one(b.identified));
    w.paragraph(&about);

    w.heading(b.area.heading());
    w.paragraph(&d.deal(b.core, 3));
    let secondary = p.secondary.map(bank);
    let other = secondary
        .map(|s| s.area)
        .filter(|a| *a != b.area)
        .or_else(|| d.areas_in(b.knock_on).into_iter().find(|a| *a != b.area));
    if let Some(area) = other {
        w.heading(area.heading());
        let mut lines = d.deal_in(b.knock_on, area, 2);
        if let Some(s) = secondary.filter(|s| s.area == area) {
            lines.extend(d.one(s.secondary));
        }
        w.paragraph(&lines);
    }

    w.heading("Support already in place");
    let mut support = vec![fill(GRADUATED, p)];
    support.extend(d.deal(b.in_place, 2));
    support.push(fill(
        "These steps have helped, but {name} needs more than {his} {setting} can provide from its own resources.",
        p,
    ));
    w.paragraph(&support);

    w.heading(&fill("{Name}'s views", p));
    let said: Vec<String> = views(p, &d.deal(b.child, 2));
    w.paragraph(&said);

    w.heading("Recommendations");
    w.bullets(&d.deal(b.recommend, 3));
    w.line("");
    w.line(&format!("{role}, {letterhead}"));
    w.finish()
}

const GRADUATED: &str = "Over the last {few} terms we have followed the assess, plan, do, review cycle, with {his} SEN support plan reviewed each term with {his} {parents}.";

fn attendance(stage: Stage) -> Lines {
    match stage {
        Stage::EarlyYears => &[
            "{He} attends nursery for five mornings a week and has settled with the support of {his} key person.",
            "{He} attends for 15 hours a week and is happiest in the garden and at the water tray.",
        ],
        Stage::College => &[
            "{His} attendance this year is {attendance}%, and {he} is following a course at Entry Level 3.",
            "{He} attends college four days a week, and {his} attendance is {attendance}%.",
        ],
        _ => &[
            "{His} attendance this year is {attendance}%.",
            "{His} attendance is {attendance}%, and most absences are for medical appointments.",
        ],
    }
}
