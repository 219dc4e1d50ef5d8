//! The commands of one request's journey, from the request to the decision
//! whether to issue a plan, dated on working days.

use jiff::civil::Date;
use tandem_domain::case::{AdviceId, AdviceKind, Command, Disputed, Requester};

use crate::calendar::{plus, weekday_on_or_after, weekday_on_or_before, working_day_after};
use crate::child::Child;
use crate::directory::Directory;
use crate::rng::Rng;

/// How the assessment ends, chosen before its dates are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Withdrawn,
    NotAssessed,
    NoPlan,
    /// A plan, issued within 20 weeks of the request or not.
    Plan {
        on_time: bool,
    },
}

impl Outcome {
    /// About a quarter refused (DfE 2024: 26%), a few withdrawn, a few
    /// assessed without a plan, about half the plans on time.
    pub fn draw(rng: &mut Rng) -> Outcome {
        match rng.weighted(&[3.0, 23.5, 5.0, 68.5]) {
            0 => Outcome::Withdrawn,
            1 => Outcome::NotAssessed,
            2 => Outcome::NoPlan,
            // Waiting on schools' answers makes some planned on time late.
            _ => Outcome::Plan {
                on_time: rng.chance(0.55),
            },
        }
    }
}

/// Who and what the request is about.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub on: Date,
    pub child: &'a Child,
    pub school: Option<usize>,
    pub coordinator: i64,
    /// Whether the demo psychologist, who signs in, gives the psychological advice.
    pub demo_psychologist: bool,
}

/// Where the assessment got to: the days the plan steps build on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assessed {
    pub decided_to_issue: Date,
    /// The day the final plan should go out, before the consultation's waits.
    pub final_target: Date,
}

const REFUSED: &[&str] = &[
    "The school can meet the child's needs from its own resources, with advice from the local offer.",
    "The evidence does not yet show a graduated response over time. We advise a further assess, plan, do, review cycle.",
    "The child is making expected progress with the support in place.",
];

const NO_PLAN: &[&str] = &[
    "The assessment found needs the school can meet with SEN support and the outreach service.",
    "The advice shows good progress with current support; a plan is not necessary.",
];

/// Appends the commands up to the decision whether to issue a plan and
/// returns where a plan's steps start, or `None` if the journey ends here.
pub fn assess(
    rng: &mut Rng,
    dir: &Directory,
    req: &Request<'_>,
    outcome: Outcome,
    out: &mut Vec<Command>,
) -> Option<Assessed> {
    let r = req.on;
    let age = req.child.age_on(r);
    let requester = if age >= 16 && rng.chance(0.4) {
        Requester::YoungPerson
    } else if req.school.is_some() && rng.chance(0.4) {
        Requester::School
    } else {
        Requester::Parent
    };
    let school = req.school.and_then(|i| dir.schools.get(i));
    out.push(Command::RecordRequest {
        on: r,
        requester,
        school_id: school.map(|s| s.id),
    });
    out.push(Command::AllocateCoordinator {
        on: working_day_after(rng, r, 1, 6),
        coordinator_id: req.coordinator,
    });
    if outcome == Outcome::Withdrawn {
        out.push(Command::WithdrawRequest {
            on: working_day_after(rng, r, 7, 35),
            reason: "The family asked to withdraw the request while the school tries new support."
                .to_owned(),
        });
        return None;
    }
    let late = matches!(outcome, Outcome::Plan { on_time: false }) && rng.chance(0.3);
    let decided = if late || rng.chance(0.1) {
        working_day_after(rng, r, 43, 63)
    } else {
        weekday_on_or_before(plus(r, rng.between(24, 42)))
    };
    let assess = outcome != Outcome::NotAssessed;
    let reasons = if assess {
        "The evidence shows the child may have special educational needs that may need provision through a plan.".to_owned()
    } else {
        pick(rng, REFUSED)
    };
    out.push(Command::DecideWhetherToAssess {
        on: decided,
        assess,
        reasons,
    });
    if !assess {
        dispute(rng, decided, Disputed::NotToAssess, out);
        return None;
    }
    let on_time = !matches!(outcome, Outcome::Plan { on_time: false });
    let final_target = if on_time {
        weekday_on_or_before(plus(r, rng.between(112, 140)))
    } else {
        // Late plans: most a few weeks over, a long tail of months.
        let over = rng.between(1, 30) + rng.between(0, 12) * rng.between(0, 10);
        weekday_on_or_after(plus(r, 140 + over))
    };
    let last_advice = gather_advice(rng, dir, req, decided, final_target, out);
    let target_decision = weekday_on_or_before(plus(final_target, -rng.between(24, 40)));
    let decided_to_issue =
        weekday_on_or_after(target_decision.max(plus(last_advice, rng.between(1, 6))));
    let issue = outcome != Outcome::NoPlan;
    out.push(Command::DecideWhetherToIssue {
        on: decided_to_issue,
        issue,
        reasons: if issue {
            "The assessment shows special educational provision is needed through an EHC plan."
                .to_owned()
        } else {
            pick(rng, NO_PLAN)
        },
    });
    if !issue {
        dispute(rng, decided_to_issue, Disputed::NotToIssue, out);
        return None;
    }
    Some(Assessed {
        decided_to_issue,
        final_target,
    })
}

/// Requests the five kinds of advice Regulation 6 requires (and a
/// therapist's where the need calls for one) and records them arriving.
/// Returns the day the last one arrived.
fn gather_advice(
    rng: &mut Rng,
    dir: &Directory,
    req: &Request<'_>,
    decided: Date,
    final_target: Date,
    out: &mut Vec<Command>,
) -> Date {
    let asked = working_day_after(rng, decided, 0, 4);
    let age = req.child.age_on(req.on);
    let school_name = req.school.and_then(|i| dir.schools.get(i)).map_or_else(
        // Without a school, the council's own team gives this advice:
        // the early years team for the young, the post-16 team after.
        || {
            if age >= 16 {
                "Northbrook Post-16 SEND Team".to_owned()
            } else {
                "Northbrook Early Years Inclusion Team".to_owned()
            }
        },
        |s| format!("SENCo, {}", s.name),
    );
    let psychologist = if req.demo_psychologist {
        (dir.psychologist_name.clone(), Some(dir.psychologist))
    } else {
        ("Northbrook Educational Psychology Service".to_owned(), None)
    };
    let social = if age >= 18 {
        "Northbrook Adult Social Care"
    } else {
        "Northbrook Children's Social Care"
    };
    let family = if age >= 16 {
        "The young person"
    } else {
        "The child's parents"
    };
    let mut advisers: Vec<(AdviceKind, String, Option<i64>)> = vec![
        (AdviceKind::ParentOrYoungPerson, family.to_owned(), None),
        (AdviceKind::Educational, school_name, None),
        (AdviceKind::Psychological, psychologist.0, psychologist.1),
        (AdviceKind::SocialCare, social.to_owned(), None),
    ];
    let reuse_medical = rng.chance(0.1);
    if !reuse_medical {
        advisers.push((
            AdviceKind::Medical,
            "Northbrook Community Paediatrics".to_owned(),
            None,
        ));
    }
    if let Some(therapist) = req.child.need.therapy_adviser() {
        advisers.push((AdviceKind::Other, therapist.to_owned(), None));
    }
    // Advice must be in before the decision, which leaves room for the draft.
    let latest =
        weekday_on_or_before(plus(final_target, -rng.between(26, 42))).max(plus(asked, 14));
    let mut last = asked;
    let mut receipts = Vec::new();
    for (n, (kind, adviser, adviser_id)) in advisers.into_iter().enumerate() {
        out.push(Command::RequestAdvice {
            on: asked,
            kind,
            adviser,
            adviser_id,
        });
        let arrives = weekday_on_or_before(plus(asked, rng.between(14, 56)))
            .min(latest)
            .max(plus(asked, 7));
        last = last.max(arrives);
        let id = u32::try_from(n + 1).unwrap_or(u32::MAX);
        receipts.push(Command::ReceiveAdvice {
            on: arrives,
            advice_id: AdviceId(id),
        });
    }
    if reuse_medical {
        out.push(Command::ReuseAdvice {
            on: asked,
            kind: AdviceKind::Medical,
            adviser: "Northbrook Community Paediatrics".to_owned(),
            given_on: plus(asked, -rng.between(30, 300)),
            everyone_agrees: true,
        });
    }
    out.extend(receipts);
    last
}

/// Some families take a refusal or a plan to mediation or the Tribunal.
pub fn dispute(rng: &mut Rng, decided: Date, about: Disputed, out: &mut Vec<Command>) {
    if rng.chance(0.12) {
        out.push(Command::RecordMediation {
            on: working_day_after(rng, decided, 14, 45),
            about,
            note: "The family asked for mediation; the mediation adviser was told.".to_owned(),
        });
    }
    if rng.chance(0.05) {
        out.push(Command::RecordAppeal {
            on: working_day_after(rng, decided, 40, 60),
            about,
            note: "The family registered an appeal with the SEND Tribunal.".to_owned(),
        });
    }
}

pub fn pick(rng: &mut Rng, texts: &[&str]) -> String {
    rng.pick(texts)
        .copied()
        .unwrap_or("See the decision letter.")
        .to_owned()
}
