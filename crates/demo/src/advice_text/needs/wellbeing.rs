//! Social, emotional and mental health needs, and other needs (acquired
//! brain injury).

use crate::advice_text::bank::{Area, Bank};

pub const SEMH: Bank = Bank {
    area: Area::Emotional,
    conditions: &["anxiety", "ADHD", "developmental trauma"],
    identified: &[
        "{Name} has been known to CAMHS since {dx_year} because of {condition}.",
        "{His} difficulties were first noticed at the age of {dx_age}, and {condition} was identified by the community paediatrician in {dx_year}.",
        "{Condition} first became a concern for {name} at the age of {dx_age}, after a period of change at home.",
    ],
    core: &[
        "{He} finds it very hard to regulate {his} emotions; small frustrations can escalate quickly into shouting or leaving the room.",
        "@school {He} has had {few} fixed-term suspensions this year, all after incidents at unstructured times.",
        "@school {His} attendance has fallen to {attendance}%, and mornings are the hardest part of {his} day; this is emotionally based school avoidance.",
        "{He} is hypervigilant in busy spaces and reacts quickly to any change in an adult's tone of voice.",
        "{He} has low self-esteem and often says that {he} is stupid or bad.",
        "{He} experiences anxiety most days, with stomach aches before {setting} and panic attacks at times of change.",
        "When {he} is dysregulated {he} can throw equipment, and staff have had to clear the room to keep everyone safe.",
        "{He} finds it hard to trust new adults and tests boundaries until {he} feels safe.",
        "@teen {He} has periods of low mood and has told staff that {he} feels hopeless.",
    ],
    knock_on: &[
        (Area::Learning, "@school {His} attainment is below {his} ability because {he} has missed so much teaching time."),
        (Area::Learning, "{He} finds it hard to concentrate for more than a few minutes and needs tasks broken into short chunks."),
        (Area::Communication, "{He} can misread what is said to {him} and react as if {he} is being criticised."),
        (Area::Physical, "{He} finds it hard to sit still, and movement breaks help {him} to stay calm."),
        (Area::Physical, "{His} sleep is poor, and {he} often arrives at {setting} tired."),
    ],
    in_place: &[
        "{He} has ELSA sessions once a week with a trained teaching assistant.",
        "A key adult checks in with {him} at the start of each day.",
        "Staff use the Zones of Regulation with {him}, and {he} can now name some of {his} feelings.",
        "@school {He} has been on a reduced timetable for part of this term.",
    ],
    recommend: &[
        "A key adult, available at the start of the day and at lunchtime, for a ten-minute check-in every morning.",
        "ELSA sessions of 30 minutes a week for a block of twelve weeks, reviewed each term.",
        "A quiet space with a time out card, agreed with {him}, for when {he} feels overwhelmed.",
        "A trauma-informed approach from every adult, with whole-staff training from the educational psychologist once a year.",
        "Counselling or CBT through CAMHS or the mental health support team, with staff from {his} {setting} attending reviews.",
        "A small group social skills programme, 45 minutes a week for ten weeks.",
        "@school A nurture group for four afternoons a week, with a planned return to class over two terms.",
        "Emotion coaching and the Zones of Regulation used consistently at home and at {setting}.",
    ],
    worries: &[
        "{He} gets so anxious in the morning that {he} is sick, and some days {we} cannot get {him} out of the door.",
        "{He} has been sent home many times and {we} worry that {he} will be permanently excluded.",
        "When {he} is angry {he} breaks things, and afterwards {he} is very upset with {himself}.",
        "{He} tells {us} that nobody likes {him}.",
    ],
    helps: &[
        "Staying calm and giving {him} time before talking about what happened.",
        "One adult at {setting} who {he} trusts and who understands {him}.",
        "Routine, and knowing who will be there each day.",
    ],
    child: &[
        "I want the adults to stop shouting.",
        "I feel better when I can go somewhere quiet.",
        "I am good at {interest} and I want to do more of it.",
        "Sometimes I get angry and I don't know why.",
    ],
    health: &[
        "{His} {condition} is reviewed every six months by the community paediatrician.",
        "{He} has sleep difficulties and takes a long time to settle at night.",
    ],
    therapy: &[
        "{He} finds it hard to regulate {his} emotions when demands are high.",
    ],
    therapy_recommend: &[
        "Advice to staff on emotional regulation, one consultation each term.",
    ],
    secondary: &[
        "{He} also experiences anxiety, which shows as stomach aches and reluctance to go into {setting}.",
        "{He} has low self-esteem and can become dysregulated when {he} feels {he} has failed.",
    ],
};

pub const OTH: Bank = Bank {
    area: Area::Learning,
    conditions: &["acquired brain injury"],
    identified: &[
        "{Name} has an {condition} following a road traffic collision in {dx_year}.",
        "{Name} has an {condition} after encephalitis at the age of {dx_age}, which needed a long stay in hospital.",
        "{Name} has an {condition}, the result of treatment for a brain tumour in {dx_year}.",
    ],
    core: &[
        "Since the injury {his} memory and processing speed have been affected, and {he} needs information repeated.",
        "{He} tires easily and has headaches by the afternoon, so {his} concentration drops sharply after lunch.",
        "{His} executive functioning is weak: {he} finds it hard to plan, start and organise a task.",
        "A neuropsychological assessment after the injury found uneven abilities, with verbal skills a relative strength.",
        "{He} has post-traumatic epilepsy, with occasional seizures that are controlled by medication.",
        "{He} can be impulsive and has lost some of the social skills {he} had before the injury.",
    ],
    knock_on: &[
        (Area::Emotional, "{He} is frustrated by the changes since the injury and has periods of low mood."),
        (Area::Physical, "{His} balance and coordination are affected, and {he} needs rest breaks during the day."),
        (Area::Communication, "{He} sometimes loses the thread of a conversation and needs a prompt to get back on track."),
    ],
    in_place: &[
        "{He} has a rest break in a quiet room after lunch.",
        "{He} has an individual healthcare plan that staff know well.",
        "Work is given in small chunks with a written checklist.",
    ],
    recommend: &[
        "One-to-one support for 20 minutes each day to plan and organise {his} work, using a written checklist.",
        "A rest break of 15 minutes in a quiet space after lunch and whenever {he} shows signs of fatigue.",
        "Liaison between {setting} and the neuropsychology team each term, including a joint review meeting.",
        "An individual healthcare plan, reviewed every year, including {his} seizure management.",
        "Pre-teaching of new material in a small group of three, 20 minutes three times a week.",
        "@teen Exam access arrangements, including rest breaks and 25% extra time.",
    ],
    worries: &[
        "{He} is not the same child since the injury, and {we} are still getting used to that.",
        "{He} gets exhausted and {we} worry that {he} is doing too much.",
        "{He} forgets things that {he} learned the day before.",
    ],
    helps: &[
        "Rest, routine and a quiet evening.",
        "Writing things down for {him}.",
        "Breaking jobs into small steps.",
    ],
    child: &[
        "I get tired really quickly.",
        "I want to go back to doing {interest}.",
        "I don't like it when people rush me.",
    ],
    health: &[
        "{He} is under the neurorehabilitation team and is reviewed every six months.",
        "{He} takes levetiracetam for seizures, given at home morning and evening.",
    ],
    therapy: &["{His} processing speed is slower than before the injury."],
    therapy_recommend: &["Rest breaks built into every session."],
    secondary: &["{He} has some memory difficulties after a head injury in early childhood."],
};
