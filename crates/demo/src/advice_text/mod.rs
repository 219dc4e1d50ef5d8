//! The advice documents of a demo case: one plain-text report for each
//! piece of advice the case has received, written as its adviser would and
//! consistent with the child's need, so that the engine and the plan drafted
//! from the case have evidence to read. Fictional, like the rest of the demo.
//!
//! Each case draws from its own stream, named by its reference, so the same
//! seed always gives the same documents and one case's text does not shift
//! when another changes.

mod bank;
mod dealer;
mod family;
mod general;
mod needs;
mod paediatrician;
mod profile;
mod psychologist;
mod school;
mod social_care;
mod therapist;
mod writer;

use jiff::civil::Date;
use tandem_domain::case::{Advice, AdviceKind};

use crate::calendar::{plus, weekday_on_or_before};
use crate::cases::PlannedCase;
use crate::rng::Rng;

use dealer::Dealer;
use profile::Profile;

/// One advice document, ready to store on its case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdviceDocument {
    pub kind: AdviceKind,
    /// The file name, unique within the case.
    pub name: String,
    /// UTF-8 plain text.
    pub text: String,
    /// The day the council received it: when it was put on the case.
    pub received_on: Date,
    /// The adviser's own sign-in, when they have one.
    pub adviser_id: Option<i64>,
    /// Whether the family can read it on their portal.
    pub family_visible: bool,
}

/// The documents of every piece of advice `case` has received, in the
/// order the advice was asked for.
pub fn advice_documents(seed: u64, case: &PlannedCase) -> Vec<AdviceDocument> {
    let received: Vec<(&Advice, Date)> = case
        .state
        .advice
        .iter()
        .filter_map(|a| a.received_on.or(a.reused_from).map(|on| (a, on)))
        .collect();
    let Some(asked) = case
        .state
        .advice
        .iter()
        .filter_map(|a| a.requested_on.or(a.received_on))
        .min()
    else {
        return Vec::new();
    };
    let mut rng = Rng::stream(seed, &format!("advice {}", case.reference));
    let profile = Profile::draw(
        &mut rng,
        &case.child_name,
        case.need(),
        case.child.date_of_birth,
        asked,
    );
    let mut dealer = Dealer::new(rng, &profile);
    // The family see every report once the draft plan has gone to them
    // with its advice; their own they always see.
    let with_draft = case.state.draft_issued_on.is_some();
    received
        .into_iter()
        .map(|(advice, received_on)| {
            let reused = advice.reused_from.is_some();
            let written = if reused {
                received_on
            } else {
                let before = dealer.rng.between(1, 8);
                weekday_on_or_before(plus(received_on, -before))
                    .max(advice.requested_on.unwrap_or(received_on))
            };
            let (name, text) = write(&mut dealer, advice, written, reused);
            AdviceDocument {
                kind: advice.kind,
                name,
                text,
                received_on,
                adviser_id: advice.adviser_id,
                family_visible: with_draft || advice.kind == AdviceKind::ParentOrYoungPerson,
            }
        })
        .collect()
}

fn write(d: &mut Dealer<'_>, advice: &Advice, dated: Date, reused: bool) -> (String, String) {
    let adviser = advice.adviser.as_str();
    match advice.kind {
        AdviceKind::ParentOrYoungPerson => {
            let name = if d.profile.speaks_for_self() {
                "young-person-views.txt"
            } else {
                "parent-carer-views.txt"
            };
            (name.to_owned(), family::write(d, dated))
        }
        AdviceKind::Educational => (
            "educational-advice.txt".to_owned(),
            school::write(d, adviser, dated),
        ),
        AdviceKind::Psychological => (
            "psychological-advice.txt".to_owned(),
            psychologist::write(d, adviser, dated),
        ),
        AdviceKind::Medical => (
            "medical-advice.txt".to_owned(),
            paediatrician::write(d, adviser, dated, reused),
        ),
        AdviceKind::SocialCare => (
            "social-care-advice.txt".to_owned(),
            social_care::write(d, adviser, dated),
        ),
        AdviceKind::Other => {
            let name = if adviser.contains("Occupational") {
                "occupational-therapy-advice.txt"
            } else if adviser.contains("Sensory") {
                "sensory-support-advice.txt"
            } else {
                "speech-and-language-therapy-advice.txt"
            };
            (name.to_owned(), therapist::write(d, adviser, dated))
        }
    }
}
