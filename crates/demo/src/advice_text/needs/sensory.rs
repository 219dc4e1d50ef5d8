//! Hearing, vision and multi-sensory impairment.

use crate::advice_text::bank::{Area, Bank};

pub const HI: Bank = Bank {
    area: Area::Physical,
    conditions: &[
        "a permanent bilateral sensorineural hearing loss",
        "a moderate to severe bilateral hearing loss",
        "a bilateral conductive hearing loss",
    ],
    identified: &[
        "{Name} has {condition}, identified through the newborn hearing screening programme.",
        "{Name} was diagnosed with {condition} at the age of {dx_age}, after {his} {setting} noticed that {he} was not responding to {his} name.",
        "{Name} has had {condition} since {dx_year} and has worn hearing aids since then.",
    ],
    core: &[
        "{He} wears hearing aids in both ears and uses a radio aid in class, which must be checked every morning.",
        "{He} relies on lipreading and loses information when the speaker turns away or the room is noisy.",
        "{He} experiences listening fatigue by the afternoon and becomes withdrawn when tired.",
        "{He} misses incidental language, so {his} vocabulary is behind that expected for {his} age.",
        "Group discussions are very hard for {him} to follow, because {he} cannot tell who is speaking.",
        "@young {He} is developing spoken language with hearing aids and uses some signs to support understanding.",
    ],
    knock_on: &[
        (Area::Communication, "{His} expressive language is delayed, and {his} speech is not always clear to unfamiliar listeners."),
        (Area::Learning, "@school {His} reading comprehension is weaker than {his} decoding because of gaps in {his} vocabulary."),
        (Area::Emotional, "{He} can feel left out at break times and is becoming self-conscious about {his} hearing aids."),
    ],
    in_place: &[
        "A Teacher of the Deaf visits every half term and advises staff.",
        "{He} sits near the front, away from the door and windows.",
        "Staff use the radio aid consistently and repeat what is said by others in class.",
    ],
    recommend: &[
        "A visit from a Qualified Teacher of the Deaf every two weeks to monitor {his} progress, check equipment and advise staff.",
        "Daily checks of {his} hearing aids and radio aid, including a Ling six sound check, by a trained adult.",
        "Pre-teaching of new vocabulary for 15 minutes twice a week, one-to-one with a teaching assistant.",
        "An acoustic assessment of {his} classroom, with soft furnishings to reduce echo.",
        "Subtitles for all video content, and key information written down.",
        "A small group language session of 20 minutes three times a week.",
        "Deaf awareness training for the staff who teach {him}, once a year.",
    ],
    worries: &[
        "{He} misses so much of what is said, and {we} worry that {he} is more tired than {he} lets on.",
        "{He} wants to fit in and sometimes takes {his} hearing aids out.",
        "{We} worry about {his} speech and whether {he} will keep up.",
    ],
    helps: &[
        "Facing {him} when talking and getting {his} attention first.",
        "A quiet room for conversations.",
        "Meeting deaf children of {his} own age at the Saturday club.",
    ],
    child: &[
        "I can't hear when everyone talks at once.",
        "I like my radio aid because I can hear my teacher.",
        "I like {interest}.",
    ],
    health: &[
        "{He} is reviewed by the audiology service every six months, and {his} hearing aids were last adjusted this year.",
        "Genetic testing found the cause of {his} hearing loss, and there are no other health concerns.",
    ],
    therapy: &[
        "In a quiet room with {his} hearing aids, {he} repeats most words accurately, but in background noise this falls sharply.",
        "{His} aided hearing gives {him} good access to speech at two metres, and much less beyond that.",
        "{He} uses {his} radio aid well and tells an adult when it is not working.",
        "@school {His} reading is close to age-related expectations, but {his} understanding of new vocabulary is weak.",
    ],
    therapy_recommend: &[
        "Visits from a Qualified Teacher of the Deaf every two weeks, with a written report each term.",
        "Daily equipment checks and a radio aid in every lesson.",
        "Pre-teaching of topic vocabulary, 20 minutes twice a week.",
        "@teen Exam access arrangements, including a separate room and a reader where needed.",
    ],
    secondary: &["{He} has a mild hearing loss and wears a hearing aid in one ear."],
};

pub const VI: Bank = Bank {
    area: Area::Physical,
    conditions: &["oculocutaneous albinism", "nystagmus", "cerebral visual impairment"],
    identified: &[
        "{Name} has {condition}, diagnosed by the paediatric ophthalmology team when {he} was {dx_age}.",
        "{Name}'s visual impairment is caused by {condition}, identified in {his} first year.",
        "{Name} has been known to the vision support service since {dx_year}, when {condition} was diagnosed.",
    ],
    core: &[
        "{He} has a visual impairment, with a corrected acuity of about 6/36 in {his} better eye.",
        "{He} needs printed materials in modified large print (N24) and cannot see the board from {his} desk.",
        "{He} uses a video magnifier to see the board and for close work.",
        "{He} is sensitive to light, and glare from windows makes it harder for {him} to see.",
        "{He} finds unfamiliar and busy spaces hard to move around safely, especially steps and kerbs.",
        "{He} misses facial expressions and gestures, so {he} can misread social situations.",
    ],
    knock_on: &[
        (Area::Learning, "@school {He} is working at the expected level when materials are adapted, but {he} needs more time to complete tasks."),
        (Area::Emotional, "{He} is reluctant to use {his} magnifier in front of the class because {he} wants to fit in."),
        (Area::Physical, "{His} fine motor skills and hand-eye coordination are affected, and {he} finds ball games hard."),
    ],
    in_place: &[
        "A Qualified Teacher of Vision Impairment (QTVI) visits twice a term.",
        "{He} has enlarged materials for most lessons, but these are not always ready in time.",
        "{He} sits in the position agreed with the vision support service, away from the window.",
    ],
    recommend: &[
        "Visits from a Qualified Teacher of Vision Impairment every two weeks, to advise staff and teach {him} to use {his} equipment.",
        "All materials prepared in advance in modified large print (N24) by a named member of staff.",
        "Mobility training with a habilitation specialist for one hour a week for a term, then a review.",
        "A video magnifier and a laptop with magnification software, with training for {him} and staff.",
        "@school Touch typing for 15 minutes three times a week.",
        "One-to-one support in practical lessons such as science and PE, to keep {him} safe.",
        "A risk assessment of the building, with high-contrast edges on steps.",
    ],
    worries: &[
        "{He} bumps into things, and {we} worry about {him} getting hurt at {setting}.",
        "{We} worry that {he} misses out because things are not ready in large print.",
        "{He} gets very tired by the end of the day.",
    ],
    helps: &[
        "Bright, clear colours and good lighting.",
        "Time to explore new places before {he} has to use them.",
        "Telling {him} who is in the room.",
    ],
    child: &[
        "I can't see the board.",
        "I like my magnifier but I don't want everyone to look at me.",
        "I like {interest}.",
    ],
    health: &[
        "{He} is reviewed by the eye clinic every six months and wears tinted glasses outdoors.",
        "A hearing test last year showed no hearing loss.",
    ],
    therapy: &[
        "A functional vision assessment found that {he} can read N24 print at 20 centimetres.",
        "{He} uses {his} video magnifier with confidence for close work.",
        "{His} distance vision is poor, and {he} cannot recognise faces across a room.",
        "{He} is learning to use a long cane on familiar routes.",
    ],
    therapy_recommend: &[
        "Visits from a Qualified Teacher of Vision Impairment every two weeks.",
        "Habilitation training for one hour a week for a term.",
        "All materials in modified large print, prepared in advance.",
        "@school Touch typing, 15 minutes three times a week.",
    ],
    secondary: &[
        "{He} has cortical visual impairment and responds best to bright, high-contrast objects.",
        "{He} also has a visual impairment and needs enlarged materials.",
    ],
};

pub const MSI: Bank = Bank {
    area: Area::Physical,
    conditions: &["multi-sensory impairment", "dual sensory impairment"],
    identified: &[
        "{Name} has {condition} caused by CHARGE syndrome, diagnosed soon after birth.",
        "{Name} has {condition}, identified in {his} first year.",
        "{Name} has been known to the sensory support service since {dx_year} because of {his} {condition}.",
    ],
    core: &[
        "{He} has a cochlear implant and limited useful vision, so {he} relies on touch to make sense of the world.",
        "{He} works with an intervenor throughout the day, who helps {him} take in information through touch.",
        "{He} uses objects of reference and on-body signs to understand what is happening next.",
        "{He} needs extra time to explore new objects with {his} hands before {he} will engage.",
        "{He} becomes anxious in unfamiliar places and stays close to a familiar adult.",
        "{His} balance is poor, and {he} moves around cautiously, trailing a wall.",
    ],
    knock_on: &[
        (Area::Communication, "{He} communicates with a mix of vocal sounds, gestures and a few tactile signs."),
        (Area::Learning, "{He} is working at an early developmental level, and learning has to be taught through touch and routine."),
        (Area::Emotional, "{He} can become distressed when {his} routine changes or an unfamiliar adult approaches."),
    ],
    in_place: &[
        "{He} has an intervenor for most of the day.",
        "A specialist teacher for multi-sensory impairment visits each half term.",
        "{His} day follows the same routine, with an object of reference for each activity.",
    ],
    recommend: &[
        "An intervenor, trained in multi-sensory impairment, working one-to-one with {him} throughout the day.",
        "A visit from the specialist teacher for multi-sensory impairment every two weeks, to advise staff and set targets.",
        "Objects of reference and on-body signing used by every adult, with training each year.",
        "Orientation and mobility training with a habilitation specialist, one hour a week.",
        "A place in a specialist setting with staff experienced in multi-sensory impairment.",
    ],
    worries: &[
        "{He} cannot see or hear well enough to know what is going on, and {he} gets frightened.",
        "{We} worry that staff will not understand {his} signs.",
        "{We} want {him} to have people around {him} who can really communicate with {him}.",
    ],
    helps: &[
        "Touch, routine and the same adults.",
        "Letting {him} feel an object before {he} uses it.",
        "A calm, quiet room.",
    ],
    child: &[
        "{Name} explored a textured ball for several minutes and smiled when {his} intervenor joined in.",
        "{Name} showed that {he} wanted more by tapping the table twice.",
        "{Name} pushed away an unfamiliar object, then accepted it after exploring it with {his} fingers.",
    ],
    health: &[
        "{He} is under the cardiology, audiology and ophthalmology teams, with reviews each year.",
        "{His} cochlear implant is reviewed by the implant centre every year.",
    ],
    therapy: &[
        "A functional vision and hearing assessment found that {he} uses {his} remaining vision best at close range in good light.",
        "{He} responds to sound with {his} implant but cannot yet understand speech without touch cues.",
        "{He} uses about ten tactile signs consistently.",
    ],
    therapy_recommend: &[
        "An intervenor throughout the day.",
        "Visits from the specialist teacher for multi-sensory impairment every two weeks.",
        "Orientation and mobility training, one hour a week.",
    ],
    secondary: &["{He} has a multi-sensory impairment."],
};
