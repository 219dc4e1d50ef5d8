//! Physical disability.

use crate::advice_text::bank::{Area, Bank};

pub const PD: Bank = Bank {
    area: Area::Physical,
    conditions: &["cerebral palsy", "right-sided hemiplegia", "spina bifida"],
    identified: &[
        "{Name} has {condition}, diagnosed when {he} was {dx_age}, and is known to the children's physiotherapy service.",
        "{Name} has had {condition} since birth; the diagnosis was confirmed in {dx_year}.",
        "{Name} has {condition} and has been under the care of the Child Development Centre since {dx_year}.",
    ],
    core: &[
        "{He} walks short distances with a walking frame and uses a wheelchair for longer distances and outdoors.",
        "{He} is at GMFCS level III and needs adult help on stairs and uneven ground.",
        "{He} wears ankle-foot orthoses during the day and needs help to put them on.",
        "{His} fine motor skills are affected, and {he} tires quickly when writing or cutting.",
        "{He} needs help with toileting and personal care, in a changing area with a hoist.",
        "{He} tires easily, and fatigue affects {his} concentration by the afternoon.",
        "{He} needs a personal emergency evacuation plan and standby assistance on stairs.",
    ],
    knock_on: &[
        (Area::Learning, "@school {He} is working at the expected level in most subjects, but {his} recording is slow and {he} writes less than {his} ability suggests."),
        (Area::Emotional, "{He} is increasingly aware of {his} differences and can feel left out of games at break time."),
    ],
    in_place: &[
        "{He} has a physiotherapy programme that a teaching assistant carries out three times a week.",
        "{He} uses a laptop for longer pieces of writing.",
        "{He} has a moving and handling plan and a personal emergency evacuation plan.",
    ],
    recommend: &[
        "A daily physiotherapy programme of 20 minutes, set by the physiotherapist and carried out by a trained teaching assistant.",
        "A moving and handling plan, with two trained adults for transfers and hoisting training for staff each year.",
        "Specialist seating and a standing frame, reviewed by the occupational therapist every six months.",
        "An intimate care plan, with a private changing area and trained staff.",
        "A laptop with speech-to-text software for recording, and touch typing practice for 15 minutes three times a week.",
        "One-to-one support for practical lessons, PE and moving around the building.",
        "Rest breaks of ten minutes in the morning and afternoon to manage fatigue.",
    ],
    worries: &[
        "{He} gets very tired, and {we} worry that {he} is in pain by the end of the day.",
        "{We} worry that {he} will be left out of trips and PE.",
        "{He} wants to be independent but still needs help with the toilet.",
    ],
    helps: &[
        "Time to rest and stretch.",
        "Equipment that fits {him} properly.",
        "Being included in everything, with the right help.",
    ],
    child: &[
        "I want to join in with PE.",
        "My legs get tired.",
        "I like {interest}.",
        "I want to do things for myself.",
    ],
    health: &[
        "{He} has had botulinum toxin injections to reduce stiffness in {his} calf muscles.",
        "{He} is on a hip surveillance programme, with an X-ray every year.",
    ],
    therapy: &[
        "{He} has difficulty with tasks that need both hands, such as cutting and opening containers.",
        "{His} handwriting is slow and effortful, at about six words a minute.",
        "{He} needs supportive seating with a footrest and a pelvic strap to sit well at a table.",
        "{He} can dress {his} upper body but needs help with fastenings and shoes.",
    ],
    therapy_recommend: &[
        "Supportive seating with a footrest at every workstation, reviewed every six months.",
        "A fine motor programme of 15 minutes three times a week, delivered by a teaching assistant.",
        "A laptop with speech-to-text software, and touch typing practice three times a week.",
        "An occupational therapy review each term, with advice to staff on positioning.",
    ],
    secondary: &[
        "{He} also has hypotonia and poor balance, and needs help on stairs.",
        "{He} has mild cerebral palsy affecting {his} left side and tires when walking long distances.",
    ],
};
