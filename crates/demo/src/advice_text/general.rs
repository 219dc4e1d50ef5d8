//! Sentences any report may hold whatever the need: strengths, history,
//! and the remarks the engine must not take for the child's current needs
//! (a concern ruled out, a difficulty in the past, someone else's condition).

use crate::need::PrimaryNeed;

use super::bank::Lines;
use super::profile::{fill, Carers, Profile};

pub const STRENGTHS: Lines = &[
    "{Name} is friendly and has a good sense of humour.",
    "{He} is determined and keeps trying when something is hard.",
    "{He} has a good memory for facts and routines that matter to {him}.",
    "{He} is kind to younger children and enjoys helping adults.",
    "{He} is at {his} best in practical, hands-on activities.",
    "{He} is curious, notices small details and asks good questions.",
    "Staff describe {him} as gentle, loyal and funny once {he} knows people well.",
];

pub const GOING_WELL: Lines = &[
    "{He} has settled well this year and is happier in the mornings.",
    "{He} enjoys the clubs at {setting}, especially anything to do with {interest}.",
    "{We} have a good relationship with the staff who know {him} best.",
    "{He} is sleeping better than last year, and weekends are calmer.",
    "{He} has started to try new things, and {we} are proud of how hard {he} works.",
];

pub const BIRTH: Lines = &[
    "{Name} was born at term after an uncomplicated pregnancy.",
    "{Name} was born at 32 weeks and spent three weeks in the neonatal unit.",
    "{Name} was born by emergency caesarean section at 38 weeks and went home after four days.",
    "{Name} was born at 36 weeks and needed help with feeding in the first weeks.",
];

/// Concerns looked into and ruled out.
const NO_HEARING_LOSS: Lines = &[
    "A hearing test last year showed no hearing loss.",
    "Hearing loss has been ruled out by the audiology service.",
];
const NO_VISUAL_IMPAIRMENT: Lines = &[
    "{His} vision was checked by the orthoptist, and there is no visual impairment.",
    "There are no concerns about a visual impairment; {his} last eye test was normal.",
];
const NO_AUTISM: Lines = &[
    "Autism was considered by the neurodevelopmental team in {dx_year} and ruled out.",
    "There are no concerns about autism.",
];

/// Difficulties the child had once and no longer has.
const PAST_SPEECH: Lines = &[
    "{He} previously had a speech delay, which has since resolved.",
    "{He} was previously seen by the speech and language therapy service and was discharged with no further concerns.",
];
const PAST_EARS: Lines = &[
    "{He} previously had glue ear, now resolved after grommets at the age of three.",
    "{He} previously had recurrent ear infections, which have resolved.",
];
const PAST_WORRY: Lines = &[
    "{He} previously had a short period of anxiety after moving house, which has resolved.",
    "{He} was previously supported by the Portage home visiting service.",
];

/// Conditions of someone in the family.
pub const SOMEONE_ELSE: Lines = &[
    "{His} {sibling}, {sib}, is autistic and attends a specialist provision.",
    "{His} dad has dyslexia and remembers finding school hard.",
    "{His} mum has a history of anxiety and low mood, for which she has support from her GP.",
    "{His} cousin has a hearing loss and wears hearing aids.",
    "{His} {sibling}, {sib}, has ADHD and is supported at another school.",
];

/// Something looked into and ruled out, never the child's own need.
pub fn ruled_out(p: &Profile) -> Lines {
    let has = |need: PrimaryNeed| p.need == need || p.secondary == Some(need);
    if !has(PrimaryNeed::Hi) && p.need != PrimaryNeed::Msi {
        NO_HEARING_LOSS
    } else if !has(PrimaryNeed::Vi) && p.need != PrimaryNeed::Msi {
        NO_VISUAL_IMPAIRMENT
    } else {
        NO_AUTISM
    }
}

/// A second thing ruled out, where there is one that fits the child.
pub fn also_ruled_out(p: &Profile) -> Option<Lines> {
    let has = |need: PrimaryNeed| p.need == need || p.secondary == Some(need);
    let sensory = matches!(
        p.need,
        PrimaryNeed::Hi | PrimaryNeed::Vi | PrimaryNeed::Msi | PrimaryNeed::Pmld
    );
    if !has(PrimaryNeed::Asd) && !sensory && p.need != PrimaryNeed::Sld {
        Some(NO_AUTISM)
    } else if !has(PrimaryNeed::Vi) && !sensory {
        Some(NO_VISUAL_IMPAIRMENT)
    } else {
        None
    }
}

/// Something in the child's past that is not a need now.
pub fn history(p: &Profile) -> Lines {
    match p.need {
        PrimaryNeed::Slcn | PrimaryNeed::Asd | PrimaryNeed::Hi | PrimaryNeed::Msi => {
            if p.need == PrimaryNeed::Hi || p.need == PrimaryNeed::Msi {
                PAST_WORRY
            } else {
                PAST_EARS
            }
        }
        PrimaryNeed::Semh => PAST_SPEECH,
        _ if p.secondary == Some(PrimaryNeed::Slcn) => PAST_EARS,
        _ => PAST_SPEECH,
    }
}

/// Who the child lives with, in one sentence.
pub fn family_line(p: &Profile) -> String {
    let home = match p.carers {
        Carers::Foster => "lives with {his} foster carers".to_owned(),
        Carers::Grandparents => "lives with {his} grandparents".to_owned(),
        _ => "lives with {his} {parents}".to_owned(),
    };
    match &p.sibling {
        Some(_) => format!("{{Name}} {home} and {{his}} {{sibling}}, {{sib}}."),
        None => format!("{{Name}} {home}."),
    }
}

/// The child's words and what adults saw, without naming the child twice.
pub fn views(p: &Profile, lines: &[String]) -> Vec<String> {
    let mut quoted = 0;
    lines
        .iter()
        .map(|line| {
            if line.starts_with(&p.first) {
                return line.clone();
            }
            quoted += 1;
            if quoted == 1 {
                format!("{} said: \"{line}\"", p.first)
            } else {
                format!("{} also said: \"{line}\"", fill("{He}", p))
            }
        })
        .collect()
}

/// The family's own words, reported by someone else.
pub fn reported(p: &Profile, words: &str) -> String {
    format!("{} said: \"{words}\"", fill("{His} {parents}", p))
}
