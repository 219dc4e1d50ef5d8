//! The authority's schools and staff: first as a pure plan, then with the
//! ids the store gave them, which the case events refer to.

use tandem_domain::role::Role;

use crate::rng::Rng;
use crate::words::{self, PLACES};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Nursery,
    Primary,
    Secondary,
    Special,
    Post16,
    AllThrough,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Nursery => "nursery",
            Phase::Primary => "primary",
            Phase::Secondary => "secondary",
            Phase::Special => "special",
            Phase::Post16 => "post-16",
            Phase::AllThrough => "all-through",
        }
    }

    /// Whether a child of `age` could attend.
    pub fn takes(self, age: i64) -> bool {
        match self {
            Phase::Nursery => (2..=4).contains(&age),
            Phase::Primary => (4..=10).contains(&age),
            Phase::Secondary => (11..=15).contains(&age),
            Phase::Special => (3..=18).contains(&age),
            Phase::Post16 => (16..=24).contains(&age),
            Phase::AllThrough => (4..=15).contains(&age),
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Phase::Nursery => "Nursery School",
            Phase::Primary => "Primary School",
            Phase::Secondary => "Academy",
            Phase::Special => "Special School",
            Phase::Post16 => "College",
            Phase::AllThrough => "All-Through School",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolPlan {
    pub name: String,
    pub urn: String,
    pub phase: Phase,
}

/// About 40 schools, most of them primary, as in an English county.
pub fn plan_schools() -> Vec<SchoolPlan> {
    let phases: [(Phase, usize); 6] = [
        (Phase::Primary, 22),
        (Phase::Secondary, 8),
        (Phase::Special, 4),
        (Phase::Nursery, 3),
        (Phase::Post16, 2),
        (Phase::AllThrough, 1),
    ];
    let mut places = PLACES.iter();
    let mut out = Vec::new();
    for (phase, count) in phases {
        for _ in 0..count {
            let place = places.next().copied().unwrap_or("Northbrook");
            let urn = 900_101 + 37 * out.len();
            out.push(SchoolPlan {
                name: format!("{place} {}", phase.suffix()),
                urn: urn.to_string(),
                phase,
            });
        }
    }
    out
}

/// A member of staff or a specialist, before the store has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffPlan {
    pub role: Role,
    pub name: String,
    pub email: String,
    /// Shown in advice requests, e.g. "Educational psychologist".
    pub job: &'static str,
}

const COORDINATORS: usize = 7;

/// The jobs, in the order they are created: the first of each role is the
/// one with a demo sign-in.
const JOBS: &[(Role, &str, usize)] = &[
    (Role::Coordinator, "EHC coordinator", COORDINATORS),
    (Role::BusinessSupport, "Business support officer", 2),
    (Role::PanelMember, "Panel member", 4),
    (Role::Manager, "SEND service manager", 1),
    (Role::Finance, "SEND finance officer", 1),
    (Role::AuthorityAdmin, "Tandem administrator", 1),
    (Role::Specialist, "Educational psychologist", 1),
    (Role::Specialist, "Speech and language therapist", 1),
    (Role::Specialist, "Occupational therapist", 1),
    (Role::Specialist, "Community paediatrician", 1),
];

pub fn plan_staff(rng: &mut Rng) -> Vec<StaffPlan> {
    let mut out = Vec::new();
    for (role, job, count) in JOBS {
        for _ in 0..*count {
            let (first, last) = words::person_name(rng);
            let email = format!(
                "{}.{}{}@northbrook.example",
                first.to_lowercase(),
                last.to_lowercase(),
                out.len() + 1
            );
            let name = if job.contains("paediatrician") || job.contains("psychologist") {
                format!("Dr {first} {last}")
            } else {
                format!("{first} {last}")
            };
            out.push(StaffPlan {
                role: *role,
                name,
                email,
                job,
            });
        }
    }
    out
}

/// What the case generator needs to know about the authority: the ids the
/// store gave, so events name real records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    pub schools: Vec<DirectorySchool>,
    /// Each coordinator looks after the schools whose index modulo the
    /// number of coordinators is theirs.
    pub coordinators: Vec<i64>,
    /// The demo educational psychologist, who advises on a few open cases.
    pub psychologist: i64,
    pub psychologist_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectorySchool {
    pub id: i64,
    pub name: String,
    pub phase: Phase,
}

impl Directory {
    /// The directory a fresh store would give: ids numbered from 1 in
    /// creation order. Lets the case plan be built and tested without a store.
    pub fn numbered(schools: &[SchoolPlan], staff: &[StaffPlan]) -> Directory {
        let mut ids = 0..;
        let schools = schools
            .iter()
            .zip(ids.by_ref().map(|i: i64| i + 1))
            .map(|(s, id)| DirectorySchool {
                id,
                name: s.name.clone(),
                phase: s.phase,
            })
            .collect();
        Directory::from_staff(schools, staff, |i| i64::try_from(i).unwrap_or(0) + 1)
    }

    pub fn from_staff(
        schools: Vec<DirectorySchool>,
        staff: &[StaffPlan],
        id_of: impl Fn(usize) -> i64,
    ) -> Directory {
        let coordinators = staff
            .iter()
            .enumerate()
            .filter(|(_, s)| s.role == Role::Coordinator)
            .map(|(i, _)| id_of(i))
            .collect();
        let ep = staff
            .iter()
            .position(|s| s.job == "Educational psychologist")
            .unwrap_or(0);
        Directory {
            schools,
            coordinators,
            psychologist: id_of(ep),
            psychologist_name: staff.get(ep).map(|s| s.name.clone()).unwrap_or_default(),
        }
    }

    /// The coordinator whose patch holds the school at `school_index`.
    pub fn coordinator_for(&self, school_index: usize) -> i64 {
        let n = self.coordinators.len().max(1);
        self.coordinators
            .get(school_index % n)
            .copied()
            .unwrap_or(0)
    }
}
