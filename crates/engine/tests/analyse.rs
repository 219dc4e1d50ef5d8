//! What an officer sees from the engine on a small case.

use tandem_engine::ingest::{document_from_text, read_bytes};
use tandem_engine::need_code::NeedCode;
use tandem_engine::{analyse, IngestError};

fn case() -> Vec<tandem_engine::Document> {
    let ep = "Background\nAmir was diagnosed with autism spectrum condition (ASC) at age 4. His brother has ADHD. There are no concerns about his hearing.\n\nNeeds\nCommunication and interaction: he has significant difficulties with social communication and speaks in short phrases.\nSensory and/or physical: he covers his ears in the dining hall.\n\nRecommendations\n- A visual timetable and Makaton signing.\n- Daily sensory circuits and a quiet space.\n- Social stories for changes.\n";
    let school = "SENCo report\nAmir has 1:1 TA support for 20 hours a week. He works in a small group for phonics. The school cannot sustain this support and requests an EHC plan.\n";
    vec![
        document_from_text("ep_advice.txt", ep.as_bytes()).unwrap_or_else(|e| panic!("{e}")),
        document_from_text("school_report.txt", school.as_bytes())
            .unwrap_or_else(|e| panic!("{e}")),
    ]
}

#[test]
fn an_autistic_child_is_found_with_evidence_and_someone_elses_adhd_is_not() {
    let analysis = analyse(&case());
    assert_eq!(analysis.primary_need, Some(NeedCode::Asd));
    assert!(!analysis.secondary_needs.contains(&NeedCode::Semh));
    assert!(analysis.ehcp_warranted);
    assert_eq!(analysis.metrics["hearing_impairment"], 0);
    assert!(analysis.metrics["asd"] >= 2);
    for code in ["SP2", "SP3", "SP4", "SP5", "SP6", "SP9"] {
        assert!(analysis.provision.contains(&code), "{code}");
    }
    // In the document's own words, with the abbreviation it defines.
    assert!(analysis
        .key_terms
        .iter()
        .any(|t| t == "autism spectrum condition (ASC)"));
    assert!(!analysis.key_terms.iter().any(|t| t == "ADHD"));
    let provision = analysis
        .evidence
        .iter()
        .find(|e| e.finding == "provision SP4")
        .unwrap();
    assert!(provision.sources[0].text.contains("Makaton"));
}

#[test]
fn every_summary_line_is_a_cited_sentence_of_the_documents() {
    let documents = case();
    let analysis = analyse(&documents);
    assert!(!analysis.summary.is_empty());
    let words: usize = analysis
        .summary
        .iter()
        .map(|l| l.text.split_whitespace().count())
        .sum();
    assert!(words * 5 <= analysis.word_count + 5);
    for line in &analysis.summary {
        let document = documents
            .iter()
            .find(|d| d.name == line.source.document)
            .unwrap();
        assert!(document.blocks.iter().any(|b| b.text.contains(&line.text)));
    }
}

#[test]
fn bad_files_get_a_clear_error_each() {
    assert!(matches!(
        read_bytes("empty.txt", b"  \n", None),
        Err(IngestError::Empty { .. })
    ));
    assert!(matches!(
        read_bytes("scan.pdf", b"%PDF-1.7 ...", None),
        Err(IngestError::PdfUnavailable { .. })
    ));
    assert!(matches!(
        read_bytes("broken.docx", b"PK\x03\x04zz", None),
        Err(IngestError::Corrupt { .. })
    ));
    let message = read_bytes("empty.txt", b"", None).unwrap_err().to_string();
    assert!(message.starts_with("empty.txt"));
}

#[test]
fn everyday_words_are_not_taken_for_sign_language_feeding_tubes_or_care() {
    let school = "Class teacher's report\nMaya shows signs of anxiety before lunch. She hangs her coat on her peg and looks at the pictures in books. She lives with her mother and takes great care over her drawings.\n";
    let documents =
        vec![document_from_text("school.txt", school.as_bytes()).unwrap_or_else(|e| panic!("{e}"))];
    let analysis = analyse(&documents);
    for everyday in ["signs", "peg", "pictures", "care"] {
        assert!(
            !analysis
                .key_terms
                .iter()
                .any(|t| t.eq_ignore_ascii_case(everyday)),
            "{everyday} in {:?}",
            analysis.key_terms
        );
    }
    assert!(!analysis.provision.contains(&"SP4"));
    assert_eq!(analysis.metrics["social_care_flag"], 0);
}
