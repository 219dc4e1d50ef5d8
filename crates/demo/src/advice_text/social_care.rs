//! Social care advice, as a social worker writes it: the family, what
//! social care knows of them, the child's needs at home and any social
//! care provision.

use jiff::civil::Date;

use super::bank::{bank, Lines};
use super::dealer::Dealer;
use super::general::{self, views};
use super::profile::{fill, Social};
use super::writer::{child_row, Writer};

pub fn write(d: &mut Dealer<'_>, adviser: &str, dated: Date) -> String {
    let p = d.profile;
    let b = bank(p.need);
    let adult = adviser.contains("Adult");
    let mut w = Writer::new();
    w.line(adviser);
    w.line("Social care advice for an education, health and care needs assessment");
    w.line(&child_row(&p.full, p.born, &p.year_label(), dated));

    w.heading("Family context");
    let mut family = vec![fill(&general::family_line(p), p)];
    family.extend(d.one(FAMILY));
    family.extend(d.one(general::SOMEONE_ELSE));
    w.paragraph(&family);

    w.heading("Involvement with social care");
    let (known, provision) = if adult {
        (ADULT_KNOWN, ADULT_PROVISION)
    } else {
        status(p.social)
    };
    let mut involvement = d.deal(known, 2);
    involvement.push(fill(
        "I visited the family at home and spoke with {name} and {his} {parents} for this advice.",
        p,
    ));
    w.paragraph(&involvement);

    w.heading(&fill("{Name}'s needs at home", p));
    let mut home = d.deal(HOME, 1);
    home.extend(d.deal(b.core, 1));
    home.extend(d.deal(b.worries, 1).iter().map(|l| general::reported(p, l)));
    w.paragraph(&home);

    w.heading(&fill("Views of {name} and {his} family", p));
    let mut said: Vec<String> = views(p, &d.deal(b.child, 1));
    said.extend(d.deal(b.helps, 1).iter().map(|l| {
        let helps = lower_first(l.trim_end_matches('.'));
        fill(
            &format!("{{His}} {{parents}} told me that what helps most at home is {helps}."),
            p,
        )
    }));
    w.paragraph(&said);

    w.heading("Recommendations");
    w.bullets(&d.deal(provision, 3));
    w.line("");
    w.line(&format!("Social Worker, {adviser}"));
    w.finish()
}

const FAMILY: Lines = &[
    "The family have lived in Northbrook for many years and have support from relatives nearby.",
    "The family moved to Northbrook two years ago and have few relatives nearby.",
    "Home is a rented house, and the family are waiting for a move to somewhere with more space.",
    "The family arrange their work around {name}'s appointments.",
];

/// Daily life at home, whatever the need.
const HOME: Lines = &[
    "@young At home {he} needs help with washing, dressing and eating, as most children of {his} age do, and more supervision than usual.",
    "@school At home {he} needs reminders and some help with washing and dressing, and an adult nearby when {he} goes out.",
    "@teen {He} is starting to go to the local shop alone, with a phone to call home, but needs help to plan anything new.",
    "{He} needs a calm, predictable routine at home, and the evenings go best when {he} knows what will happen.",
];

fn status(social: Social) -> (Lines, Lines) {
    match social {
        Social::NotKnown => (
            &[
                "{Name} and {his} family are not known to children's social care, and there are no safeguarding concerns.",
                "There is no current or previous involvement from children's social care.",
                "The family manage well with support from school and health services.",
            ],
            &[
                "No social care provision is needed at present; the family have been given information about the short breaks local offer.",
                "The family should contact the Disabled Children's Team if their needs change.",
                "Information about parent carer support groups in Northbrook to be shared with the family.",
            ],
        ),
        Social::EarlyHelp => (
            &[
                "The family have an early help plan, opened last year, and a family support worker visits every two weeks.",
                "Early help began after {his} {parents} asked for support with routines at home.",
            ],
            &[
                "The family support worker to continue visiting every two weeks for the next three months, then review.",
                "A parenting course of eight weekly sessions, offered through the early help team.",
            ],
        ),
        Social::DisabledChildren => (
            &[
                "{Name} is known to the Disabled Children's Team and receives short breaks.",
                "{He} has a direct payment for a personal assistant, used for {few} hours each week.",
            ],
            &[
                "Short breaks of {few} hours a week with a support worker, reviewed every six months by the Disabled Children's Team.",
                "An overnight short break once a month at the Northbrook short breaks centre.",
                "A carer's assessment for {his} {parents}, to be completed within three months.",
            ],
        ),
        Social::ChildInNeed => (
            &[
                "{Name} is supported on a child in need plan (section 17), reviewed every six weeks.",
                "{He} has an allocated social worker, who visits the family every two weeks.",
            ],
            &[
                "The child in need plan to be reviewed every six weeks, with the social worker attending {his} reviews at {setting}.",
                "Weekly sessions with a youth or family support worker for the next six months.",
            ],
        ),
        Social::LookedAfter => (
            &[
                "{Name} is a looked after child and has lived with {his} foster carers since {dx_year}.",
                "The Virtual School is involved, and {he} has a Personal Education Plan reviewed each term.",
            ],
            &[
                "The Personal Education Plan to be reviewed each term alongside the EHC plan, with the Virtual School attending.",
                "Weekly life story work with {his} social worker for the next three months.",
            ],
        ),
    }
}

const ADULT_KNOWN: Lines = &[
    "{Name} has had a Care Act transition assessment, which found eligible needs for support with daily living.",
    "{He} is known to adult social care and has a personal assistant for {few} hours a week.",
];
const ADULT_PROVISION: Lines = &[
    "A personal assistant for {few} hours a week to support {him} with travel and independent living skills.",
    "A review of {his} Care Act needs assessment every year, linked to {his} EHC plan review.",
];

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
