//! Severe, and profound and multiple, learning difficulties.
//!
//! The child's views here are what adults saw, not quotations: most of
//! these children do not speak.

use crate::advice_text::bank::{Area, Bank};

pub const SLD: Bank = Bank {
    area: Area::Learning,
    conditions: &["severe learning difficulties", "a severe learning disability"],
    identified: &[
        "{Name} has {condition}; global developmental delay was identified in {his} first year.",
        "{Name} was seen at the Child Development Centre from the age of two, and a diagnosis of {condition} was made in {dx_year}.",
        "{Name} has had a diagnosis of {condition} since {dx_year}.",
    ],
    core: &[
        "{He} is working at a very early developmental level across all areas, far below that expected for {his} age.",
        "{He} uses single words, symbols and gesture to ask for what {he} wants, and understands simple instructions within a familiar routine.",
        "{He} uses some Makaton signs and a small number of spoken words.",
        "{He} is not yet toilet trained and needs adult help with dressing and personal care.",
        "{He} has no sense of danger and needs close supervision near roads, water and open doors.",
        "{He} learns best through routine, repetition and practical activities, with an adult alongside.",
        "{His} attention is fleeting, and {he} engages for a few minutes at a time when an adult leads the activity.",
        "@school {He} is beginning to match objects to pictures and can count to five with support.",
    ],
    knock_on: &[
        (Area::Communication, "{His} expressive language is very limited, and {he} relies on adults who know {him} well to understand {him}."),
        (Area::Emotional, "{He} can become distressed when routines change, and may bite {his} hand or drop to the floor."),
        (Area::Physical, "{His} fine and gross motor skills are delayed, and {he} needs help on stairs and with cutlery."),
        (Area::Physical, "{He} has low muscle tone and tires during the day."),
    ],
    in_place: &[
        "{He} has one-to-one support for most of the day.",
        "{He} is taught in a small class with a high ratio of adults.",
        "Staff use objects of reference, symbols and Makaton with {him} throughout the day.",
    ],
    recommend: &[
        "A place in a specialist setting for pupils with severe learning difficulties, in a class of no more than eight with a high ratio of adults.",
        "One-to-one support for personal care, eating and all transitions, throughout the day.",
        "Makaton, symbols and objects of reference used by every adult, with Makaton training for new staff each year.",
        "An intimate care plan and a toileting plan, reviewed each term.",
        "Daily life skills teaching, including dressing, eating and tidying away, for 30 minutes a day.",
        "Intensive Interaction sessions of 15 minutes twice a day.",
        "A communication passport, shared between home and {setting} and updated each term.",
    ],
    worries: &[
        "{He} cannot tell {us} when something is wrong, so {we} worry about {him} all the time.",
        "{He} has no sense of danger and will run into the road.",
        "{He} needs help with everything, and {we} are exhausted.",
        "{We} worry about what will happen when {he} is an adult.",
    ],
    helps: &[
        "A set routine and the same adults each day.",
        "Music, bubbles and time outside.",
        "Pictures and signs so that {he} knows what is happening.",
    ],
    child: &[
        "{Name} showed {his} enjoyment of {interest} by smiling and reaching for more.",
        "{Name} pointed to the happy symbol when asked about {his} favourite part of the day.",
        "{Name} signed 'more' and laughed during the music session.",
    ],
    health: &[
        "{He} previously had febrile seizures, now resolved, and takes no regular medication.",
        "{He} has constipation, managed with daily medicine at home, and staff should encourage {him} to drink.",
    ],
    therapy: &["{He} understands a few familiar words in routine situations."],
    therapy_recommend: &["Symbols to support every spoken instruction."],
    secondary: &[
        "{He} also has severe learning difficulties and is working at an early developmental level.",
    ],
};

pub const PMLD: Bank = Bank {
    area: Area::Learning,
    conditions: &["profound and multiple learning difficulties"],
    identified: &[
        "{Name} has {condition} following hypoxic-ischaemic encephalopathy at birth.",
        "{Name} has {condition} caused by a rare genetic condition identified in {his} first year.",
        "{Name} was diagnosed with {condition} at the Child Development Centre in {dx_year}.",
    ],
    core: &[
        "{He} communicates through facial expression, vocal sounds and body movement, and {his} responses are often delayed.",
        "{He} is beginning to respond to objects of reference and to familiar voices.",
        "Progress is assessed using the Engagement Model, and {he} is most engaged in sensory and music activities.",
        "{He} needs full support for all personal care and is fed through a gastrostomy.",
        "{He} has epilepsy, with seizures most weeks, and has an individual healthcare plan.",
        "{He} uses a wheelchair with specialist seating and needs repositioning every hour.",
    ],
    knock_on: &[
        (Area::Communication, "{He} anticipates familiar routines and shows pleasure or dislike through {his} face and voice."),
        (Area::Physical, "{He} has a moving and handling plan and is hoisted for all transfers."),
        (Area::Emotional, "{He} becomes unsettled in noisy rooms and calms with a familiar adult and soft music."),
    ],
    in_place: &[
        "{He} has a physiotherapy programme carried out daily by trained staff.",
        "{He} has one-to-one support throughout the day from staff trained in {his} care.",
        "{He} has a sensory programme planned with the occupational therapist.",
    ],
    recommend: &[
        "A place in a specialist setting for pupils with profound and multiple learning difficulties, in a class of no more than six.",
        "Intensive Interaction every day, in at least two sessions of ten minutes with a familiar adult.",
        "Objects of reference and a communication passport used by every adult.",
        "A sensory programme of 20 minutes twice a day, planned by the occupational therapist.",
        "A moving and handling plan, with staff trained in hoisting and positioning, reviewed every six months.",
        "A physiotherapy programme, including 30 minutes in a standing frame each day.",
        "An intimate care plan and an eating and drinking plan, with trained staff to manage {his} gastrostomy feeds.",
    ],
    worries: &[
        "{He} cannot tell {us} if {he} is in pain.",
        "{His} seizures frighten {us}, and {we} need to know that staff will act quickly.",
        "{We} want {him} to be safe and comfortable, and to have fun.",
    ],
    helps: &[
        "Music, lights and familiar voices.",
        "Being held and rocked when {he} is upset.",
        "The same staff, who know {his} signals.",
    ],
    child: &[
        "{Name} smiled and vocalised when {his} favourite song was played.",
        "{Name} turned towards the light display and stayed focused for several minutes.",
        "{Name} showed dislike by turning away when the room became noisy.",
    ],
    health: &[
        "{He} takes anti-epileptic medication twice a day and has buccal midazolam prescribed as rescue medication.",
        "{He} has regular reviews with the gastroenterology and neurology teams.",
    ],
    therapy: &[
        "{He} needs full support with seating and positioning throughout the day.",
        "{His} hand function is limited; {he} can swipe at objects and press a switch with {his} right hand.",
        "{He} tolerates a range of textures and enjoys vibration and gentle movement.",
    ],
    therapy_recommend: &[
        "A review of {his} specialist seating and standing frame every six months.",
        "A sensory programme of 20 minutes twice a day, carried out by trained staff.",
        "Switch activities for ten minutes a day to build cause and effect.",
        "Training for staff on positioning and moving and handling, once a year.",
    ],
    secondary: &["{He} has profound and multiple learning difficulties."],
};
