//! A realistic case for timing the engine: four documents, about 1,500
//! words, built from typical advice wording.

use crate::document::Document;
use crate::ingest::text::blocks_from_text;

const EP: &str = "Educational Psychology Advice\n\nBackground\nSam is 8 and lives with his mum, dad and younger brother. He was diagnosed with autism spectrum condition (ASC) at age 5 by Dr. Shah at the Child Development Centre. His hearing was checked in 2023 and there are no concerns about his hearing. His brother has asthma.\n\nAssessment\nSam completed subtests of the BAS3. Verbal skills are in the low average range, i.e. he knows many words but finds it hard to explain ideas. Non-verbal reasoning is average. Working memory is a relative weakness (approx. 12th percentile).\n\nNeeds\nCommunication and interaction: Sam has significant difficulties with pragmatic language, turn-taking and reading facial expressions. He repeats phrases from videos when anxious.\nCognition and learning: reading comprehension is below age-related expectations; maths is secure.\nSocial, emotional and mental health: Sam is very distressed by unexpected change and leaves the classroom three to four times a week.\nSensory and/or physical: he is over-responsive to noise and covers his ears in assembly and the dining hall. Handwriting is slow.\n\nRecommendations\n- A visual timetable and now and next board, used consistently.\n- Daily sensory circuits and access to a quiet space.\n- Social stories to prepare for changes; Lego therapy in a small group.\n- An adult trained in autism for most of the day, with 1:1 support at transitions.\n- Speech and language therapy input to school.\n";

const SCHOOL: &str = "SENCo Report\n\nAttendance: 93.5% this year.\n\nIdentified needs\n- Autism spectrum condition diagnosed at the Child Development Centre.\n- Social communication: struggles to share play and becomes upset if others do not follow his rules.\n- Emotional regulation: 38 recorded incidents this term where Sam left the classroom or hid under a table.\n- Sensory processing: covers ears, refuses to enter the hall when it is noisy.\n\nSEN support so far\nSam has been on the SEN register since Reception. Assess-plan-do-review cycles have been held every term. Cycle 1: visual timetable, ear defenders for assembly. Cycle 2: Lego therapy group once a week. Cycle 3: advice from the Autism Outreach Team; social stories introduced. Cycle 4: TA support for 15 hours a week and sensory circuits three mornings a week.\n\nImpact\nThe number of incidents has increased since September. About a third of his learning time is lost through distress. The school cannot sustain the level of adult support he now needs from its own resources. We believe Sam needs more support than SEN support can provide and request that the local authority considers an EHC plan.\n";

const PARENT: &str = "Parent views\n\nWhat is Sam like?\nSam is funny and clever and knows everything about trains. He likes things to be the same every day.\n\nWhat worries us?\nChanges are really hard for him. If there is a different teacher he panics and hides. At home he has a meltdown most days after school. Noise is a big problem and we can't go to the supermarket on a Saturday. He needs help to get dressed and he can't do his buttons. He doesn't sleep well; he takes melatonin but still wakes at 3am most nights.\n\nWhat helps?\nTelling him what is going to happen, with pictures. A weighted blanket. Social stories.\n\nWhat do we want for Sam?\nWe want him to stay at his school with an adult who understands autism, a quiet space when it gets too much, and speech and language therapy.\n";

const HEALTH: &str = "Health advice\n\nDiagnosis: autism spectrum condition.\nSam is a healthy boy. He takes melatonin for sleep, prescribed by the community paediatrician. There is no history of epilepsy. Vision was checked by the optometrist and is normal. His cousin has ADHD. He has a restricted diet and eats about eight foods; the school should be aware of this at lunch. Sam may benefit from an occupational therapy assessment of his sensory needs. He has no physical health needs that affect his learning.\n";

const WORDS_PER_DOCUMENT: usize = 300;

/// The four documents of the timing case, repeated to about 1,500 words.
pub fn sample_case() -> Vec<Document> {
    [
        ("ep_advice.txt", EP),
        ("school_report.txt", SCHOOL),
        ("parent_views.txt", PARENT),
        ("health_advice.txt", HEALTH),
    ]
    .iter()
    .map(|(name, text)| {
        let once = blocks_from_text(text);
        let mut document = Document {
            name: (*name).to_string(),
            blocks: once.clone(),
        };
        while document.word_count() < WORDS_PER_DOCUMENT {
            document.blocks.extend(once.iter().cloned());
        }
        document
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timing_case_is_about_fifteen_hundred_words_in_four_documents() {
        let case = sample_case();
        let words: usize = case.iter().map(Document::word_count).sum();
        assert_eq!(case.len(), 4);
        assert!((1300..=1800).contains(&words), "{words}");
    }
}
