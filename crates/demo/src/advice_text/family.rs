//! The advice of the child's parents, or of the young person, in their own
//! words: what the child is like, what worries them, what helps and what
//! they hope for.

use jiff::civil::Date;

use super::bank::bank;
use super::dealer::Dealer;
use super::general::{self, views};
use super::profile::fill;
use super::writer::{child_row, Writer};

pub fn write(d: &mut Dealer<'_>, dated: Date) -> String {
    let p = d.profile;
    let b = bank(p.need);
    let mut w = Writer::new();
    if p.speaks_for_self() {
        w.line(&fill("Views of {full} and {his} family", p));
        w.line(&fill("Written by {name} with {his} {parents}.", p));
    } else {
        w.line(&fill("Parent and carer views: {full}", p));
        w.line(&fill("Written by {name}'s {parents}.", p));
    }
    w.line(&child_row(&p.full, p.born, &p.year_label(), dated));

    w.heading(&fill("What {name} is like", p));
    let mut like = d.deal(general::STRENGTHS, 2);
    like.push(fill(
        "{He} loves {interest}, and {we} could listen to {him} talk about it for hours.",
        p,
    ));
    like.extend(d.one(b.identified));
    w.paragraph(&like);

    w.heading("What is going well");
    let mut going_well = d.deal(general::GOING_WELL, 2);
    going_well.extend(d.deal(b.in_place, 1));
    w.paragraph(&going_well);

    w.heading(&fill("What worries {us}", p));
    let mut worries = d.deal(b.worries, 2);
    worries.extend(d.one(general::SOMEONE_ELSE));
    w.paragraph(&worries);

    w.heading(&fill("What {name} says", p));
    let said: Vec<String> = views(p, &d.deal(b.child, 2));
    w.paragraph(&said);

    w.heading("What helps");
    w.bullets(&d.deal(b.helps, 2));

    w.heading(&fill("What {we} want for {name}", p));
    w.paragraph(&[fill(
        "{We} want {name} to be happy, to feel safe and to learn as much as {he} can. {We} would like {him} to have:",
        p,
    )]);
    w.bullets(&d.deal(b.recommend, 2));
    w.finish()
}
