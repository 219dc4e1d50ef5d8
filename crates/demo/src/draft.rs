//! The draft plan, the family's say on it, the consultation of schools and
//! the final plan.

use jiff::civil::Date;
use tandem_domain::case::{Command, ConsultationResponse, Disputed, Placement};

use crate::assessment::{dispute, Assessed};
use crate::calendar::{plus, weekday_on_or_after, working_day_after};
use crate::child::{school_for, Child};
use crate::directory::{Directory, DirectorySchool};
use crate::rng::Rng;

/// Appends the commands from the draft to the final plan and returns the
/// day the final plan was issued.
pub fn draft_to_final(
    rng: &mut Rng,
    dir: &Directory,
    child: &Child,
    current_school: Option<usize>,
    assessed: Assessed,
    out: &mut Vec<Command>,
) -> Date {
    let drafted = working_day_after(rng, assessed.decided_to_issue, 5, 21);
    out.push(Command::IssueDraft { on: drafted });
    if rng.chance(0.7) {
        out.push(Command::RecordComments {
            on: working_day_after(rng, drafted, 3, 14),
            summary: "The family asked for more detail in section F and corrected the child's views in section A.".to_owned(),
        });
    }
    if rng.chance(0.15) {
        out.push(Command::RecordMeetingRequest {
            on: working_day_after(rng, drafted, 2, 10),
        });
    }
    let age = child.age_on(drafted);
    let preferred = if rng.chance(0.65) {
        school_for(rng, dir, age.max(4), child.need).or(current_school)
    } else {
        None
    };
    let consulted_first = working_day_after(rng, drafted, 2, 12);
    let mut earliest_final = weekday_on_or_after(assessed.final_target.max(plus(drafted, 15)));
    let named: Option<&DirectorySchool> = match preferred.and_then(|i| dir.schools.get(i)) {
        Some(school) => {
            out.push(Command::RecordPreference {
                on: consulted_first,
                school_id: school.id,
                school_name: school.name.clone(),
            });
            let (answered, can) = consult(rng, school, consulted_first, out);
            earliest_final = earliest_final.max(answered);
            if can {
                Some(school)
            } else {
                // The preferred school said no: the council consults another.
                let other = school_for(rng, dir, age.max(4), child.need)
                    .and_then(|i| dir.schools.get(i))
                    .filter(|s| s.id != school.id);
                match other {
                    Some(other) => {
                        let (answered, _) = consult_agreeing(rng, other, plus(answered, 1), out);
                        earliest_final = earliest_final.max(answered);
                        Some(other)
                    }
                    None => Some(school),
                }
            }
        }
        None => match current_school.and_then(|i| dir.schools.get(i)) {
            Some(school) => {
                let (answered, _) = consult_agreeing(rng, school, consulted_first, out);
                earliest_final = earliest_final.max(answered);
                Some(school)
            }
            None => None,
        },
    };
    let placement = match named {
        Some(school) => Placement {
            school_id: Some(school.id),
            name: school.name.clone(),
        },
        None if age >= 19 => Placement {
            school_id: None,
            name: "Supported internship with Northbrook Works".to_owned(),
        },
        None => Placement {
            school_id: None,
            name: "Northbrook early years setting chosen by the family".to_owned(),
        },
    };
    let issued = weekday_on_or_after(earliest_final);
    out.push(Command::IssueFinal {
        on: issued,
        placement,
    });
    if rng.chance(0.3) {
        dispute(rng, issued, Disputed::PlanContents, out);
    }
    issued
}

/// Consults a school; most answer within the 15 days. Returns when the
/// final plan may name it and whether it can meet the needs.
fn consult(
    rng: &mut Rng,
    school: &DirectorySchool,
    on: Date,
    out: &mut Vec<Command>,
) -> (Date, bool) {
    out.push(Command::ConsultSchool {
        on,
        school_id: school.id,
        school_name: school.name.clone(),
    });
    if rng.chance(0.12) {
        // No answer: the council may name it once the 15 days are up.
        return (plus(on, 15), true);
    }
    let answered = working_day_after(rng, on, 4, 20);
    let can = rng.chance(0.82);
    out.push(Command::RecordSchoolResponse {
        on: answered,
        school_id: school.id,
        response: if can {
            ConsultationResponse::CanMeetNeeds
        } else {
            ConsultationResponse::CannotMeetNeeds
        },
        reasons: if can {
            "We can meet the needs described with the provision in section F.".to_owned()
        } else {
            "We are full in the year group and cannot meet these needs safely.".to_owned()
        },
    });
    (answered, can)
}

fn consult_agreeing(
    rng: &mut Rng,
    school: &DirectorySchool,
    on: Date,
    out: &mut Vec<Command>,
) -> (Date, bool) {
    let on = weekday_on_or_after(on);
    out.push(Command::ConsultSchool {
        on,
        school_id: school.id,
        school_name: school.name.clone(),
    });
    let answered = working_day_after(rng, on, 3, 14);
    out.push(Command::RecordSchoolResponse {
        on: answered,
        school_id: school.id,
        response: ConsultationResponse::CanMeetNeeds,
        reasons: "We can meet the needs described with the provision in section F.".to_owned(),
    });
    (answered, true)
}
