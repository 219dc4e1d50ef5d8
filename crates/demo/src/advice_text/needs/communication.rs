//! Autism and speech, language and communication needs.

use crate::advice_text::bank::{Area, Bank};

pub const ASD: Bank = Bank {
    area: Area::Communication,
    conditions: &["autism spectrum condition", "autism", "autism spectrum disorder"],
    identified: &[
        "{Name} was diagnosed with {condition} by the Northbrook Child Development Centre at the age of {dx_age}.",
        "{Name} received a diagnosis of {condition} in {dx_year}, after an ADOS-2 assessment by the neurodevelopmental team.",
        "A diagnosis of {condition} was made in {dx_year}, when {name} was {dx_age}, after {his} {setting} raised concerns about {his} play and communication.",
    ],
    core: &[
        "{Name} has significant social communication difficulties: {he} rarely starts an interaction and finds it hard to take turns in a conversation.",
        "{He} takes language literally and misses the meaning of jokes, sarcasm and figures of speech, so {his} pragmatic language is a particular need.",
        "When {he} is anxious or excited, {he} repeats phrases from films and adverts, and this echolalia increases towards the end of the day.",
        "{He} talks at length about {interest} but finds it hard to notice when the listener has lost interest.",
        "@young {He} plays alongside other children rather than with them, and lines up toys or repeats the same game for long periods.",
        "@school In group work {he} tends to take over or withdraw, and needs an adult to structure turn-taking.",
        "{His} eye contact is fleeting, and {his} facial expression does not always match how {he} feels, so adults can misread {him}.",
        "{He} needs clear warning of changes; unexpected events such as a fire drill or a new adult cause {him} great distress.",
        "{He} relies on a familiar adult to explain social situations and to tell {him} what is expected.",
    ],
    knock_on: &[
        (Area::Emotional, "{He} has meltdowns when routines change without warning, about {few} times a week, and needs up to 20 minutes to settle afterwards."),
        (Area::Emotional, "{His} anxiety rises through the day; {he} often masks {his} distress at {setting} and releases it at home."),
        (Area::Physical, "{He} has sensory processing difficulties: {he} covers {his} ears in noisy rooms and cannot tolerate a crowded hall."),
        (Area::Physical, "{He} seeks movement and deep pressure and becomes overloaded in busy, noisy spaces."),
        (Area::Learning, "@school {His} reading comprehension, especially inference, is well behind {his} decoding, and open-ended writing tasks are very hard for {him}."),
        (Area::Learning, "{He} learns best from visual information and {his} own interests, and finds it hard to start a task without a clear model."),
    ],
    in_place: &[
        "{He} uses a visual timetable and a now and next board, which help {him} to move between activities.",
        "A key adult meets {him} at the start of each day and prepares {him} for any changes.",
        "{He} has a time out card and uses a quiet corner when {he} feels overwhelmed.",
        "Ear defenders are kept in {his} tray for assemblies and busy rooms.",
    ],
    recommend: &[
        "A visual timetable and now and next board, used by every adult who works with {name} and updated before each change.",
        "Sensory circuits for 15 minutes at the start of each day and a movement break every 45 minutes, planned with an occupational therapist.",
        "A quiet space near {his} classroom that {he} can go to with a time out card, taught to {him} by {his} key adult.",
        "Social stories, written by {his} key adult, to prepare {him} for changes such as trips, new staff and fire drills.",
        "Lego therapy or a social skills group in a small group of three, for 30 minutes twice a week.",
        "A visit from the Autism Outreach Team each half term to advise staff and review {his} support plan.",
        "One-to-one support from an adult trained in autism at unstructured times, including lunch and break, every day.",
        "@young Attention Autism sessions of 15 minutes every day in a small group, led by a trained practitioner.",
        "A transition plan with at least three extra visits before any change of class or setting.",
    ],
    worries: &[
        "Changes to the routine are very hard for {him}; a different teacher or a moved lesson can lead to a meltdown.",
        "{He} holds it together at {setting} and then has a meltdown when {he} gets home, most days of the week.",
        "Noise is a big problem for {him}, so {we} cannot go to the supermarket or to birthday parties.",
        "{He} has no close friends and {we} worry that {he} is lonely.",
        "{He} eats only a few foods and gets upset if they touch on the plate.",
    ],
    helps: &[
        "Telling {him} what is going to happen, with pictures, a day ahead.",
        "Time on {his} own with {his} {interest} when {he} gets home.",
        "A weighted blanket at bedtime and a calm, predictable evening routine.",
    ],
    child: &[
        "I like {interest} because I know what is going to happen.",
        "The hall is too loud and it hurts my ears.",
        "I like it when my teacher tells me what is next.",
        "I want to have a friend who likes {interest} too.",
    ],
    health: &[
        "{He} takes melatonin for sleep difficulties, prescribed by the community paediatrician.",
        "{He} eats a narrow range of foods, but {his} growth is steady on the 25th centile.",
    ],
    therapy: &[
        "@school On the CELF-5 {his} core language score is in the low average range, but {his} use of language in conversation is the main difficulty.",
        "{He} finds it hard to repair a conversation when {he} has been misunderstood, and often walks away instead.",
        "{His} social communication is strongest with one familiar adult and breaks down in a group.",
        "{He} understands three information-carrying words in a familiar setting, but fewer when {he} is anxious.",
    ],
    therapy_recommend: &[
        "Speech and language therapy: a block of six 45-minute sessions each term, with targets on conversation and social understanding.",
        "A programme set by the speech and language therapist and delivered one-to-one by a trained teaching assistant, 15 minutes three times a week.",
        "Visual supports alongside spoken language, and comic strip conversations after difficult moments.",
        "Training on autism and communication for {his} class team once a term from the speech and language therapy service.",
    ],
    secondary: &[
        "{He} also has a diagnosis of autism and relies on a fixed routine to feel safe.",
        "{He} has some social communication difficulties and finds unstructured times hard.",
    ],
};

pub const SLCN: Bank = Bank {
    area: Area::Communication,
    conditions: &["developmental language disorder", "speech and language difficulties", "language delay"],
    identified: &[
        "{Name} was identified with {condition} by the Northbrook speech and language therapy service when {he} was {dx_age}.",
        "Concerns about {his} talking were first raised at {his} two-year health review, and {condition} was confirmed by a speech and language therapist at {dx_age}.",
        "{Name} was assessed by a speech and language therapist in {dx_year} and found to have {condition}.",
    ],
    core: &[
        "{His} receptive language is well below that expected for {his} age: {he} can follow an instruction with two information-carrying words but loses the third.",
        "{His} expressive language is limited to short phrases, and {he} often leaves out the small grammatical words.",
        "{He} has word-finding difficulties and will describe an object or say 'that thing' rather than name it.",
        "{His} speech is hard to understand for unfamiliar adults, although those who know {him} well understand most of what {he} says.",
        "{His} narrative skills are weak, and {he} cannot yet retell a simple story in the right order.",
        "New vocabulary has to be taught many times before {he} can use it, and {he} forgets topic words quickly.",
        "@school {He} finds whole-class teaching very hard to follow and often copies what others are doing instead of following the instruction.",
        "{He} needs extra processing time, and if questions come too quickly {he} stops answering.",
    ],
    knock_on: &[
        (Area::Learning, "@school Because of {his} language difficulties, {he} is working below the expected level in reading comprehension and writing."),
        (Area::Learning, "{His} phonological awareness is weak, which has slowed {his} early reading."),
        (Area::Emotional, "{He} becomes frustrated when {he} is not understood, and at times this leads to {him} hitting out or walking away."),
        (Area::Emotional, "{He} is self-conscious about {his} talking and has low confidence in speaking in front of a group."),
    ],
    in_place: &[
        "{He} has a small group language session with a teaching assistant three times a week.",
        "Staff use visual supports and symbols alongside spoken instructions.",
        "@school {He} is pre-taught topic vocabulary before each new unit.",
    ],
    recommend: &[
        "Speech and language therapy from the Northbrook children's therapy service: direct therapy for 30 minutes a week in a block of eight weeks each term.",
        "A language programme set by the speech and language therapist and delivered one-to-one by a trained teaching assistant for 15 minutes, three times a week.",
        "Pre-teaching of topic vocabulary using word maps, 15 minutes twice a week before each new topic.",
        "Colourful Semantics in a small group of up to four, 20 minutes three times a week.",
        "Visual supports and symbols alongside spoken instructions in every lesson, with key words written down.",
        "At least ten seconds of thinking time before {he} is expected to answer, and instructions given one step at a time.",
        "@young Talk Boost in a small group of four, three 15-minute sessions a week for ten weeks.",
    ],
    worries: &[
        "People who do not know {him} cannot understand {him}, and {he} gets very upset when that happens.",
        "{He} cannot tell {us} what happened at {setting}, so {we} never know if {he} has had a good day.",
        "{He} does not understand what {he} is asked to do and then gets into trouble for not listening.",
        "{He} is falling behind because everything at {setting} depends on talking and listening.",
    ],
    helps: &[
        "Showing {him} pictures and giving {him} time to answer.",
        "Short, simple sentences and one instruction at a time.",
        "Singing and games that repeat the same words.",
    ],
    child: &[
        "I like {interest}. I am good at it.",
        "Sometimes I know the answer but the words get stuck.",
        "I don't like it when people talk too fast.",
    ],
    health: &[
        "{He} previously had glue ear, now resolved, and {his} hearing was within normal limits at the last audiology review.",
        "{His} general health is good and {he} is growing well.",
    ],
    therapy: &[
        "@school On the CELF-5 {his} receptive language standard score is 72 and {his} expressive language standard score is 68, both well below the average range.",
        "@young On the CELF Preschool 2 {his} scores are below the 2nd percentile for understanding and use of language.",
        "{He} follows instructions with two information-carrying words in a familiar setting.",
        "{His} speech shows several immature phonological processes, which make {him} hard to understand.",
        "{He} showed word-finding difficulties in naming tasks and used gesture to fill the gaps.",
    ],
    therapy_recommend: &[
        "Direct speech and language therapy: 30 minutes a week for a block of eight weeks each term.",
        "A therapy programme delivered by a trained teaching assistant for 15 minutes three times a week, reviewed by the therapist every half term.",
        "Training for staff on Colourful Semantics and Word Aware, two sessions a year.",
        "A communication book shared between home and {setting}, with visual supports for new words.",
    ],
    secondary: &[
        "{He} also has language difficulties: {his} expressive language is below {his} age, and {he} can struggle to find the right word.",
        "{His} understanding of spoken language is weaker than {his} other skills, so long instructions need breaking down.",
    ],
};
