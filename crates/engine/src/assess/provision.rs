//! Provision elements SP1-SP13, each backed by the sentences that name the
//! support, in place or recommended.

use std::collections::BTreeMap;

use crate::context::Polarity;
use crate::reading::Reading;

pub const PROVISION_NAMES: [(&str, &str); 13] = [
    ("SP1", "special school provision"),
    ("SP2", "one-to-one sessions"),
    ("SP3", "small group work"),
    ("SP4", "SLC / picture / Makaton (alternative communication)"),
    ("SP5", "sensory diet"),
    ("SP6", "quiet place"),
    ("SP7", "visual word link activities"),
    ("SP8", "liaison service"),
    ("SP9", "social stories / social play / role plays"),
    ("SP10", "self care / life skills"),
    ("SP11", "physical disability and health related support"),
    ("SP12", "social care related support"),
    ("SP13", "toileting / activities of daily living support"),
];

pub struct ProvisionFinding {
    pub code: &'static str,
    pub evidence: Vec<usize>,
}

pub fn assess_provision(reading: &Reading<'_>) -> Vec<ProvisionFinding> {
    let mut found: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for mention in &reading.mentions {
        if !matches!(mention.polarity, Polarity::Current | Polarity::Recommended) {
            continue;
        }
        for code in &reading.term(mention).provision {
            if let Some(slot) = PROVISION_NAMES.iter().position(|(c, _)| c == code) {
                let sentences = found.entry(slot).or_default();
                if !sentences.contains(&mention.sentence) {
                    sentences.push(mention.sentence);
                }
            }
        }
    }
    found
        .into_iter()
        .filter(|(_, evidence)| !evidence.is_empty())
        .map(|(slot, evidence)| ProvisionFinding {
            code: PROVISION_NAMES[slot].0,
            evidence,
        })
        .collect()
}
