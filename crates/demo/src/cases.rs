//! Plans every case of the demo: pure, so it is fast to test and the same
//! seed always gives the same events.

use jiff::civil::Date;
use tandem_domain::case::{CaseEvent, CaseState, Command, Placement, Stage};
use tandem_domain::ids::CaseRef;

use crate::assessment::{assess, Outcome, Request};
use crate::calendar::{plus, plus_months, request_day, weekday_on_or_before, working_day_after};
use crate::child::{school_for, Child};
use crate::directory::Directory;
use crate::draft::draft_to_final;
use crate::error::DemoError;
use crate::need::{age_at_request, age_with_plan, PrimaryNeed};
use crate::options::DemoOptions;
use crate::replay::replay;
use crate::reviews::reviews;
use crate::rng::Rng;
use crate::words;

/// How a case came to the authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A request inside the demo's years.
    Request,
    /// A plan from a request before the demo's years, still being reviewed.
    EarlierPlan,
    /// A plan another council maintained until the family moved here.
    TransferIn,
}

/// One case as it will be written: its events were accepted by `decide`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedCase {
    pub reference: String,
    pub child_name: String,
    pub child: Child,
    pub origin: Origin,
    /// The school the case belongs to now: the one named, else the one that asked.
    pub school: Option<i64>,
    pub opened_on: Date,
    pub events: Vec<CaseEvent>,
    pub state: CaseState,
}

impl PlannedCase {
    pub fn need(&self) -> PrimaryNeed {
        self.child.need
    }
}

/// A case before it has a reference.
struct Story {
    origin: Origin,
    child: Child,
    child_name: String,
    events: Vec<CaseEvent>,
    state: CaseState,
}

/// Plans the requests of the last `years` years, then enough earlier plans
/// and transfers in that `plans` plans are in force at `today`.
pub fn plan_cases(options: &DemoOptions, dir: &Directory) -> Result<Vec<PlannedCase>, DemoError> {
    if options.years == 0 || dir.schools.is_empty() || dir.coordinators.is_empty() {
        return Err(DemoError::Options(
            "the demo needs at least a year, a school and a coordinator",
        ));
    }
    let today = options.today;
    let window_start = plus_months(today, -12 * i64::from(options.years));
    let mut rng = Rng::stream(options.seed, "cases");
    let mut stories = Vec::new();
    let requests = u64::from(options.requests_per_year) * u64::from(options.years);
    // About ten open cases for the demo psychologist, whatever the size:
    // roughly 27% of a year's requests are assessed within the last 20 weeks.
    let psychologist_share =
        (10.0 / (f64::from(options.requests_per_year) * 0.27).max(1.0)).min(1.0);
    for n in 0..requests {
        let on = request_day(&mut rng, window_start, plus(today, 1));
        let age = age_at_request(&mut rng);
        let need = PrimaryNeed::draw(&mut rng);
        let child = Child::aged(&mut rng, age, on, need);
        let outcome = Outcome::draw(&mut rng);
        let recent = on >= plus(today, -140);
        let demo_psychologist = recent && rng.chance(psychologist_share);
        let label = format!("request {n}");
        stories.push(journey(
            &mut rng,
            dir,
            &label,
            on,
            child,
            outcome,
            demo_psychologist,
            today,
            Origin::Request,
        )?);
    }
    let mut in_force = stories
        .iter()
        .filter(|s| s.state.stage == Stage::PlanInForce)
        .count();
    let wanted = usize::try_from(options.plans).unwrap_or(usize::MAX);
    let mut attempts = 0usize;
    while in_force < wanted && attempts < wanted.saturating_mul(3) {
        attempts += 1;
        let label = format!("earlier plan {attempts}");
        let story = if rng.chance(0.03) {
            transfer_in(&mut rng, dir, &label, window_start, today)?
        } else {
            earlier_plan(&mut rng, dir, &label, window_start, today)?
        };
        if story.state.stage == Stage::PlanInForce {
            in_force += 1;
        }
        stories.push(story);
    }
    Ok(with_references(stories))
}

#[allow(clippy::too_many_arguments)]
fn journey(
    rng: &mut Rng,
    dir: &Directory,
    label: &str,
    on: Date,
    child: Child,
    outcome: Outcome,
    demo_psychologist: bool,
    today: Date,
    origin: Origin,
) -> Result<Story, DemoError> {
    let school = school_for(rng, dir, child.age_on(on), child.need);
    let coordinator = dir.coordinator_for(school.unwrap_or_else(|| rng.below(7) as usize));
    let request = Request {
        on,
        child: &child,
        school,
        coordinator,
        demo_psychologist,
    };
    let mut commands = Vec::new();
    if let Some(assessed) = assess(rng, dir, &request, outcome, &mut commands) {
        let issued = draft_to_final(rng, dir, &child, school, assessed, &mut commands);
        let placement = named_placement(&commands);
        reviews(rng, dir, &child, issued, &placement, today, &mut commands);
    }
    finish(rng, label, commands, child, origin, today)
}

/// A plan from a request made before the demo's years; more of them recent,
/// since children leave plans as they grow up.
fn earlier_plan(
    rng: &mut Rng,
    dir: &Directory,
    label: &str,
    window_start: Date,
    today: Date,
) -> Result<Story, DemoError> {
    let age = age_with_plan(rng);
    let need = PrimaryNeed::draw(rng);
    let child = Child::aged(rng, age, today, need);
    let back = (rng.unit() * rng.unit() * 1800.0) as i64;
    let earliest = plus_months(child.date_of_birth, 26);
    let on = weekday_on_or_before(plus(window_start, -140 - back)).max(earliest);
    let outcome = Outcome::Plan {
        on_time: rng.chance(0.5),
    };
    journey(
        rng,
        dir,
        label,
        on,
        child,
        outcome,
        false,
        today,
        Origin::EarlierPlan,
    )
}

fn transfer_in(
    rng: &mut Rng,
    dir: &Directory,
    label: &str,
    window_start: Date,
    today: Date,
) -> Result<Story, DemoError> {
    let age = age_with_plan(rng).clamp(4, 18);
    let on = request_day(rng, window_start, today);
    let need = PrimaryNeed::draw(rng);
    let child = Child::aged(rng, age, on, need);
    let school = school_for(rng, dir, age, child.need);
    let placement = match school.and_then(|i| dir.schools.get(i)) {
        Some(s) => Placement {
            school_id: Some(s.id),
            name: s.name.clone(),
        },
        None => Placement {
            school_id: None,
            name: "Home education with a tuition package".to_owned(),
        },
    };
    let plan_dated = plus(on, -rng.between(30, 330));
    let mut commands = vec![
        Command::RecordTransferIn {
            on,
            from_authority: "Southmere County Council".to_owned(),
            plan_dated,
            placement: placement.clone(),
        },
        Command::AllocateCoordinator {
            on: working_day_after(rng, on, 1, 5),
            coordinator_id: dir.coordinator_for(school.unwrap_or(0)),
        },
    ];
    reviews(
        rng,
        dir,
        &child,
        plan_dated,
        &placement,
        today,
        &mut commands,
    );
    finish(rng, label, commands, child, Origin::TransferIn, today)
}

fn named_placement(commands: &[Command]) -> Placement {
    commands
        .iter()
        .find_map(|c| match c {
            Command::IssueFinal { placement, .. } => Some(placement.clone()),
            _ => None,
        })
        .unwrap_or(Placement {
            school_id: None,
            name: "Northbrook setting".to_owned(),
        })
}

fn finish(
    rng: &mut Rng,
    label: &str,
    commands: Vec<Command>,
    child: Child,
    origin: Origin,
    today: Date,
) -> Result<Story, DemoError> {
    let (events, state) = replay(label, commands, today)?;
    let (first, last) = words::person_name(rng);
    Ok(Story {
        origin,
        child,
        child_name: format!("{first} {last}"),
        events,
        state,
    })
}

/// Numbers the cases by the year they began, oldest first, like a council's
/// own references.
fn with_references(mut stories: Vec<Story>) -> Vec<PlannedCase> {
    stories.sort_by_key(|s| s.state.started_on());
    let mut year = 0i16;
    let mut number = 0u32;
    stories
        .into_iter()
        .filter_map(|s| {
            let opened_on = s.state.started_on()?;
            if opened_on.year() != year {
                year = opened_on.year();
                number = 0;
            }
            number += 1;
            let school = s.state.placement.as_ref().and_then(|p| p.school_id).or(s
                .state
                .request
                .as_ref()
                .and_then(|r| r.school_id));
            Some(PlannedCase {
                reference: CaseRef::new("NBC", year, number).to_string(),
                child_name: s.child_name,
                child: s.child,
                origin: s.origin,
                school,
                opened_on,
                events: s.events,
                state: s.state,
            })
        })
        .collect()
}
