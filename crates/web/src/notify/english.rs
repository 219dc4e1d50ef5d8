//! The English wording of every message. Translations copy this file's
//! shape: one function from a [`Key`] to its subject and body. Words in
//! braces are filled in by [`super::letters`].
//!
//! Written for parents first: short sentences, "we" for the council, "you"
//! for the reader, and every term explained the first time it is used.

use super::letters::{Key, Texts};

pub(super) fn texts(key: Key) -> Texts {
    let (subject, body) = match key {
        Key::RequestReceived => (
            "We have your request for an EHC needs assessment for {child}",
            "We have received the request for an education, health and care (EHC) needs assessment for {child}.\n\n\
             An EHC needs assessment is when we find out what help {child} needs at school and elsewhere.\n\n\
             We are now thinking about whether to do one. We will tell you our decision by {date}.",
        ),
        Key::Assessing => (
            "We will assess {child}'s needs",
            "We have decided to do an EHC needs assessment for {child}.\n\n\
             We will ask people who know {child} for their advice. This includes you, {child}'s school, \
             a doctor, an educational psychologist and social care.\n\n\
             We must send you the final EHC plan, if we decide to write one, by {date}.",
        ),
        Key::NotAssessing => (
            "Our decision: we will not assess {child}'s needs",
            "We have decided not to do an EHC needs assessment for {child}.\n\n\
             Our reasons: {reasons}\n\n\
             {child}'s school can still support {child} from its own resources.",
        ),
        Key::AdviceRequested => (
            "We have asked for advice about {child}",
            "We have asked {adviser} for {advice} about {child}.\n\n\
             They should send it to us by {date}.",
        ),
        Key::AdviceReceived => (
            "We have received advice about {child}",
            "We have received {advice} about {child}. You can read it when you sign in.",
        ),
        Key::Issuing => (
            "We will write an EHC plan for {child}",
            "We have decided to write an education, health and care (EHC) plan for {child}.\n\n\
             An EHC plan says what help {child} needs and who will give it.\n\n\
             We will send you a draft first, so you can comment on it. We must send you the final plan by {date}.",
        ),
        Key::NotIssuing => (
            "Our decision: we will not write an EHC plan for {child}",
            "We have finished the EHC needs assessment for {child}. We have decided not to write an EHC plan.\n\n\
             Our reasons: {reasons}",
        ),
        Key::DraftIssued => (
            "The draft EHC plan for {child} is ready",
            "The draft EHC plan for {child} is ready. You can read it when you sign in.\n\n\
             You have until {date} to:\n\
             - comment on the draft\n\
             - ask to meet us to talk about it\n\
             - tell us which school or college you would like {child} to go to",
        ),
        Key::SchoolConsulted => (
            "We have asked {school} about a place for {child}",
            "We have asked {school} whether it can meet {child}'s needs.\n\n\
             The school has until {date} to reply.",
        ),
        Key::ConsultationRequest => (
            "Can your school meet {child}'s needs? Please reply by {date}",
            "We are writing an EHC plan for {child}. We are thinking of naming {school} in the plan.\n\n\
             Please sign in, read the draft plan and tell us whether you can meet {child}'s needs. \
             Please reply by {date}. This is 15 days from today.",
        ),
        Key::FinalIssued => (
            "The final EHC plan for {child}",
            "We have issued {child}'s final EHC plan. You can read it when you sign in.\n\n\
             The plan names {placement} as the school or setting {child} will go to.",
        ),
        Key::ReviewHeld => (
            "{child}'s annual review meeting",
            "{child}'s annual review meeting was held on {letter_date}.\n\n\
             We will tell you by {date} whether we will keep the plan as it is, change it or stop it.",
        ),
        Key::ReviewMaintain => (
            "Our decision after {child}'s annual review",
            "After {child}'s annual review, we have decided to keep the EHC plan as it is.\n\n\
             Our reasons: {reasons}",
        ),
        Key::ReviewAmend => (
            "Our decision after {child}'s annual review: we will change the plan",
            "After {child}'s annual review, we have decided to change (amend) the EHC plan.\n\n\
             Our reasons: {reasons}\n\n\
             We will send you the changes we propose. You will have 15 days to comment on them.",
        ),
        Key::ReviewCease => (
            "Our decision after {child}'s annual review: we will stop the plan",
            "After {child}'s annual review, we have decided to stop (cease) the EHC plan.\n\n\
             Our reasons: {reasons}",
        ),
        Key::AmendmentsProposed => (
            "Changes we propose to {child}'s EHC plan",
            "We propose these changes to {child}'s EHC plan: {summary}\n\n\
             You have until {date} to comment on them and to tell us which school or college you would like.",
        ),
        Key::AmendedFinalIssued => (
            "{child}'s amended EHC plan",
            "We have issued {child}'s amended EHC plan. You can read it when you sign in.\n\n\
             The plan names {placement} as the school or setting {child} will go to.",
        ),
        Key::PlanCeased => (
            "{child}'s EHC plan has stopped",
            "We have stopped (ceased) {child}'s EHC plan from {letter_date}.\n\n\
             Our reasons: {reasons}",
        ),
        Key::RequestWithdrawn => (
            "The request for an assessment for {child} has been withdrawn",
            "The request for an EHC needs assessment for {child} has been withdrawn. We have closed the case.",
        ),
        Key::TransferredOut => (
            "{child}'s EHC plan has moved to {to}",
            "{child}'s EHC plan has moved to {to}, the council where {child} now lives. \
             They will be in touch with you.",
        ),
        Key::SchoolNotice => ("{subject}", "This is to let you know about {child}: {subject}.\n\nSign in to see the details."),
        Key::Appeal => (
            "Your right to appeal",
            "If you disagree with this decision, you can appeal to the SEND Tribunal. \
             The tribunal is independent of the council. It settles disagreements about special \
             educational needs. Appealing is free.\n\n\
             You must appeal by {deadline}. This is 2 months from the date of this letter. \
             If you get a mediation certificate, you can appeal up to 1 month after the date on the \
             certificate, if that is later.",
        ),
        Key::Mediation => (
            "Mediation",
            "Before you appeal, you must talk to a mediation adviser. You do not need to do this if \
             your appeal is only about the school or college named in the plan.\n\n\
             Mediation is a meeting with an independent person who helps you and us try to agree. It is free.\n\n\
             To ask for mediation, reply to this email. We will put you in touch with a mediation adviser.\n\n\
             - If you decide not to have mediation, the adviser will give you a certificate within 3 working days. \
             You need this certificate to appeal.\n\
             - If you choose mediation, it will take place within 30 days.\n\n\
             Your local SEND information, advice and support service (SENDIASS) can help you for free. \
             It does not take sides.",
        ),
        Key::Greeting => ("", "Dear {name},"),
        Key::SignOff => ("", "From the {authority} special educational needs team\n\nCase reference: {reference}"),
    };
    Texts { subject, body }
}
