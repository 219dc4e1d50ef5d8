//! Writes the planned demo into a store: schools and people first (the
//! events name their ids), then one `create_case` per case, then every
//! case's advice documents in one transaction.

use std::collections::HashMap;

use tandem_domain::case::CaseEvent;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};
use tandem_domain::role::Role;
use tandem_store::read_model::{project, to_new_events};
use tandem_store::{CaseRelation, ImportedDocument, NewCase, NewDocument, NewEvent, Store};

use crate::advice_text::advice_documents;
use crate::calendar::recorded_at;
use crate::cases::{plan_cases, PlannedCase};
use crate::directory::{plan_schools, plan_staff, Directory, DirectorySchool};
use crate::error::DemoError;
use crate::family::{self, FamilyCases};
use crate::options::{DemoAuthority, DemoOptions, DemoProgress, DemoSignIn};
use crate::people::{give_sign_in, in_role_order, new_person};
use crate::rng::Rng;
use crate::words;

pub async fn load_demo(
    store: &dyn Store,
    options: &DemoOptions,
    hash_password: &(dyn Fn(&str) -> String + Sync),
    progress: &mut dyn FnMut(DemoProgress),
) -> Result<DemoAuthority, DemoError> {
    let mut people_rng = Rng::stream(options.seed, "people");
    let mut secrets = Rng::stream(options.secrets_seed, "secrets");
    let authority = store
        .create_authority("Northbrook Council", "999", "NBC")
        .await?;
    let mut schools = Vec::new();
    for school in plan_schools() {
        let id = store
            .create_school(authority, &school.name, &school.urn, school.phase.as_str())
            .await?;
        schools.push(DirectorySchool {
            id: id.0,
            name: school.name,
            phase: school.phase,
        });
    }
    progress(step(1, "schools"));
    let mut sign_ins = Vec::new();
    let staff = plan_staff(&mut people_rng);
    let mut staff_ids = Vec::new();
    for (i, member) in staff.iter().enumerate() {
        let mut person = new_person(member.role, &member.name, &member.email);
        if staff.iter().position(|s| s.role == member.role) == Some(i) {
            sign_ins.push(give_sign_in(&mut secrets, &mut person, hash_password)?);
        }
        staff_ids.push(store.create_person(authority, &person).await?.0);
    }
    progress(step(2, "staff"));
    let dir = Directory::from_staff(schools, &staff, |i| staff_ids.get(i).copied().unwrap_or(0));
    let mut cases = plan_cases(options, &dir)?;
    let chosen = family::choose(&cases);
    let family_people = family_people(
        store,
        authority,
        &mut people_rng,
        &mut secrets,
        &mut cases,
        &chosen,
        &dir,
        hash_password,
        &mut sign_ins,
    )
    .await?;
    progress(step(3, "people"));
    let office = staff
        .iter()
        .position(|s| s.role == Role::BusinessSupport)
        .and_then(|i| staff_ids.get(i))
        .map(|id| PersonId(*id));
    let total = cases.len() as u64 + 4;
    let mut ids = Vec::with_capacity(cases.len());
    for (n, case) in cases.iter().enumerate() {
        ids.push(write_case(store, authority, case, office, options).await?);
        if n % 50 == 0 || n + 1 == cases.len() {
            progress(DemoProgress {
                done: 3 + n as u64 + 1,
                total,
                what: "cases",
            });
        }
    }
    link(
        store,
        authority,
        &cases,
        &ids,
        &chosen,
        &family_people,
        &dir,
    )
    .await?;
    store
        .import_documents(authority, &advice(options.seed, &cases, &ids)?)
        .await?;
    progress(DemoProgress {
        done: total,
        total,
        what: "advice",
    });
    Ok(DemoAuthority {
        authority,
        sign_ins: in_role_order(sign_ins),
    })
}

/// Every case's advice documents, put on the case the day each came in by
/// the coordinator who received it (or by the adviser, when they use Tandem).
fn advice(
    seed: u64,
    cases: &[PlannedCase],
    ids: &[CaseId],
) -> Result<Vec<ImportedDocument>, DemoError> {
    let mut out = Vec::new();
    for (case, id) in cases.iter().zip(ids) {
        for doc in advice_documents(seed, case) {
            out.push(ImportedDocument {
                case: *id,
                received_at: recorded_at(doc.received_on)?,
                document: NewDocument {
                    name: doc.name,
                    content_type: "text/plain; charset=utf-8".to_owned(),
                    content: doc.text.into_bytes(),
                    uploaded_by: doc.adviser_id.or(case.state.coordinator_id).map(PersonId),
                    family_visible: doc.family_visible,
                },
            });
        }
    }
    Ok(out)
}

fn step(done: u64, what: &'static str) -> DemoProgress {
    DemoProgress {
        done,
        total: 3,
        what,
    }
}

/// The people on the family side, named to match the cases they follow.
struct FamilyPeople {
    parent: PersonId,
    young_person: PersonId,
    supporter: PersonId,
}

#[allow(clippy::too_many_arguments)]
async fn family_people(
    store: &dyn Store,
    authority: AuthorityId,
    rng: &mut Rng,
    secrets: &mut Rng,
    cases: &mut [PlannedCase],
    chosen: &FamilyCases,
    dir: &Directory,
    hash_password: &(dyn Fn(&str) -> String + Sync),
    sign_ins: &mut Vec<DemoSignIn>,
) -> Result<FamilyPeople, DemoError> {
    let (first, surname) = words::person_name(rng);
    for i in &chosen.parent {
        if let Some(case) = cases.get_mut(*i) {
            let child_first = case
                .child_name
                .split(' ')
                .next()
                .unwrap_or("Alex")
                .to_owned();
            case.child_name = format!("{child_first} {surname}");
        }
    }
    let young_name = match chosen.young_person.and_then(|i| cases.get(i)) {
        Some(case) => case.child_name.clone(),
        None => {
            let (f, l) = words::person_name(rng);
            format!("{f} {l}")
        }
    };
    let (sf, sl) = words::person_name(rng);
    // The school sign-in belongs to the school with the most cases, so its
    // list is worth looking at.
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for case in cases.iter() {
        if let Some(s) = case.school {
            *counts.entry(s).or_default() += 1;
        }
    }
    let busiest = dir
        .schools
        .iter()
        .max_by_key(|s| (counts.get(&s.id).copied().unwrap_or(0), -s.id))
        .map(|s| SchoolId(s.id));
    let (cf, cl) = words::person_name(rng);
    let mut ids = HashMap::new();
    let people = [
        (Role::Parent, format!("{first} {surname}")),
        (Role::YoungPerson, young_name),
        (Role::Supporter, format!("{sf} {sl} (Northbrook SENDIASS)")),
        (Role::School, format!("{cf} {cl}")),
    ];
    for (role, name) in people {
        let mut person = new_person(role, &name, "");
        if role == Role::School {
            person.school = busiest;
        }
        sign_ins.push(give_sign_in(secrets, &mut person, hash_password)?);
        ids.insert(
            role.as_str(),
            store.create_person(authority, &person).await?,
        );
    }
    let id = |role: Role| ids.get(role.as_str()).copied().unwrap_or(PersonId(0));
    Ok(FamilyPeople {
        parent: id(Role::Parent),
        young_person: id(Role::YoungPerson),
        supporter: id(Role::Supporter),
    })
}

async fn write_case(
    store: &dyn Store,
    authority: AuthorityId,
    case: &PlannedCase,
    office: Option<PersonId>,
    options: &DemoOptions,
) -> Result<CaseId, DemoError> {
    let coordinator = case.state.coordinator_id.map(PersonId);
    let mut events: Vec<NewEvent> = Vec::with_capacity(case.events.len());
    for event in &case.events {
        let actor = match event {
            CaseEvent::RequestReceived { .. }
            | CaseEvent::TransferredIn { .. }
            | CaseEvent::CoordinatorAllocated { .. } => office,
            _ => coordinator,
        };
        events.extend(to_new_events(
            std::slice::from_ref(event),
            actor,
            recorded_at(event.on())?,
        )?);
    }
    let new_case = NewCase {
        reference: case.reference.clone(),
        child_name: case.child_name.clone(),
        child_date_of_birth: Some(case.child.date_of_birth.to_string()),
        school: case.school.map(SchoolId),
        opened_on: case.opened_on.to_string(),
        read_model: project(&case.state, options.today),
    };
    Ok(store.create_case(authority, &new_case, &events).await?)
}

async fn link(
    store: &dyn Store,
    authority: AuthorityId,
    cases: &[PlannedCase],
    ids: &[CaseId],
    chosen: &FamilyCases,
    people: &FamilyPeople,
    dir: &Directory,
) -> Result<(), DemoError> {
    let mut links: Vec<(usize, PersonId, CaseRelation)> = Vec::new();
    links.extend(
        chosen
            .parent
            .iter()
            .map(|i| (*i, people.parent, CaseRelation::Family)),
    );
    links.extend(
        chosen
            .young_person
            .map(|i| (i, people.young_person, CaseRelation::Family)),
    );
    links.extend(
        chosen
            .supporter
            .map(|i| (i, people.supporter, CaseRelation::Supporter)),
    );
    for (i, case) in cases.iter().enumerate() {
        if case
            .state
            .advice
            .iter()
            .any(|a| a.adviser_id == Some(dir.psychologist))
        {
            links.push((i, PersonId(dir.psychologist), CaseRelation::Adviser));
        }
    }
    for (i, person, relation) in links {
        if let Some(case) = ids.get(i) {
            store
                .link_person(authority, *case, person, relation)
                .await?;
        }
    }
    Ok(())
}
