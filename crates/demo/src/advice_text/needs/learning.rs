//! Moderate and specific learning difficulties.

use crate::advice_text::bank::{Area, Bank};

pub const MLD: Bank = Bank {
    area: Area::Learning,
    conditions: &["moderate learning difficulties", "general learning difficulties"],
    identified: &[
        "{Name}'s {condition} were first noticed at {his} {setting} when {he} was {dx_age}, and were confirmed by an educational psychologist in {dx_year}.",
        "{Name} has had additional support for {condition} since {dx_year}.",
        "Concerns about {his} learning were raised when {he} was {dx_age}, and {his} progress has been slow since then despite SEN support.",
    ],
    core: &[
        "Assessment places {his} general ability in the low range, with verbal and non-verbal reasoning both well below {his} age.",
        "@school {He} is working several years below {his} age in reading, writing and maths.",
        "{His} working memory is a particular weakness; {he} loses track of instructions with more than two steps.",
        "{He} needs many repetitions to learn a new skill and forgets it quickly without regular practice.",
        "@school {His} reading age is about {gap} years below {his} age, and {he} relies on pictures to work out new words.",
        "{He} finds abstract ideas hard and learns best with real objects and practical activities.",
        "@young {He} is working at the level of a child about two years younger across most areas of the Early Years Foundation Stage.",
        "{His} processing speed is slow, and {he} needs more time than others to finish a task.",
    ],
    knock_on: &[
        (Area::Communication, "{His} vocabulary is limited, and {he} needs instructions broken into short steps."),
        (Area::Emotional, "{He} knows that {he} finds work harder than others in {his} class and can become anxious about getting things wrong."),
        (Area::Physical, "{His} fine motor skills are weak, and handwriting is slow."),
    ],
    in_place: &[
        "{He} works in a small group for literacy and maths with a teaching assistant.",
        "Tasks are differentiated, and {he} has a word bank and number line on {his} desk.",
        "@school {He} has had Precision Teaching for key words this year, with some progress.",
    ],
    recommend: &[
        "Precision Teaching for ten minutes every day on key words and number facts, delivered one-to-one by a trained teaching assistant.",
        "@school A small group literacy programme of 20 minutes four times a week.",
        "Numicon in a small group of up to four, three times a week for 20 minutes.",
        "Pre-teaching of key vocabulary before each new topic, 15 minutes twice a week.",
        "Work broken into small steps, with a word bank and visual prompts on {his} desk in every lesson.",
        "@teen Independent living skills, covering money, time and travel, for one hour a week.",
    ],
    worries: &[
        "{He} is falling further behind every year, and {we} worry about the future.",
        "{He} gets upset because {he} cannot do what others in {his} class can do.",
        "{He} cannot yet tell the time or handle money, and {we} worry about {his} independence.",
    ],
    helps: &[
        "Doing things again and again, little and often.",
        "Practical activities, like cooking and shopping.",
        "Praise and lots of encouragement.",
    ],
    child: &[
        "I like {interest}.",
        "Reading is hard but I am getting better.",
        "I like working with my helper.",
        "I want to get better at counting.",
    ],
    health: &[
        "Genetic testing in {dx_year} found no underlying cause for {his} difficulties.",
        "{His} general health is good, and there is no significant medical history.",
    ],
    therapy: &["{He} needs new words repeated many times."],
    therapy_recommend: &["Key vocabulary taught before each topic."],
    secondary: &[
        "{He} also has general learning difficulties, and {his} progress in reading and maths is slow.",
        "{His} working memory is weak, and {he} needs new learning repeated many times.",
    ],
};

pub const SPLD: Bank = Bank {
    area: Area::Learning,
    conditions: &["dyslexia", "dyscalculia"],
    identified: &[
        "{Name} was assessed by a specialist teacher in {dx_year}, and the assessment found {condition}.",
        "{Name}'s {condition} was identified at the age of {dx_age}, after {he} made little progress despite extra help.",
        "A diagnostic assessment in {dx_year} confirmed {condition}.",
    ],
    core: &[
        "{His} phonological processing is weak: {he} cannot reliably split words into sounds or blend them back together.",
        "{His} verbal reasoning is in the average range, so there is a large gap between what {he} understands and what {he} can write down.",
        "@school {His} reading age is about {gap} years below {his} age, and {his} spelling is often not phonetically plausible.",
        "{His} processing speed is below average, and {he} takes much longer than others to copy or record.",
        "@school {He} finds it very hard to learn number facts and times tables, and relies on counting on {his} fingers.",
        "{His} working memory is weak, and {he} forgets the middle of a spoken instruction.",
        "@school {He} avoids reading aloud and has developed strategies to hide {his} difficulties.",
        "@young {He} struggles to remember letter sounds, although {he} knows many words and enjoys stories.",
    ],
    knock_on: &[
        (Area::Emotional, "{He} has low self-esteem about {his} learning and says that {he} is stupid."),
        (Area::Emotional, "@school {He} becomes anxious before tests and has started to avoid lessons with a lot of writing."),
        (Area::Physical, "{His} handwriting is slow and untidy, and {his} fine motor skills are weaker than {his} other abilities."),
    ],
    in_place: &[
        "{He} has a phonics intervention in a small group three times a week.",
        "{He} uses coloured overlays and a word mat in lessons.",
        "@teen {He} has a reader pen and uses a laptop for longer pieces of writing.",
    ],
    recommend: &[
        "A structured, multisensory literacy programme such as Toe by Toe, delivered one-to-one for 15 minutes every day by a trained teaching assistant.",
        "Precision Teaching of high-frequency words for ten minutes a day.",
        "Assistive technology, including a reader pen and speech-to-text software, with training for {him} in their use.",
        "@school Touch typing practice for 15 minutes three times a week until {he} reaches 25 words a minute.",
        "@teen Exam access arrangements, including a reader and 25% extra time, assessed by the specialist teacher.",
        "Pre-teaching of key vocabulary, with word banks for each new topic.",
        "Small group work on number facts using Numicon, 20 minutes three times a week.",
    ],
    worries: &[
        "{He} is bright but cannot get {his} ideas down on paper, and {he} thinks {he} is stupid.",
        "Homework ends in tears most nights.",
        "{We} worry that {he} will give up on learning.",
    ],
    helps: &[
        "Reading to {him} and letting {him} tell {us} {his} ideas out loud.",
        "Games and practical ways of learning.",
        "Being told what {he} is good at.",
    ],
    child: &[
        "I hate reading out loud in front of the class.",
        "I know lots of things but writing is hard.",
        "I am good at {interest}.",
    ],
    health: &[
        "{His} eyesight was checked by an optometrist last year and is normal.",
        "{His} general health is good.",
    ],
    therapy: &["{His} phonological awareness is weak."],
    therapy_recommend: &["Multisensory teaching of new words."],
    secondary: &[
        "{He} has dyslexic-type difficulties, with weak phonological awareness and slow reading.",
        "{He} has some specific difficulties with spelling and with remembering number facts.",
    ],
};
