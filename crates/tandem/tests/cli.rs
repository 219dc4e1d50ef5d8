//! The `tandem` command as a person runs it. Building this test also builds
//! the binary the browser tests start, with the same features, so CI
//! compiles it once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn tandem(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_help_names_every_command() {
    let help = tandem(&["--help"]);
    for command in [
        "serve",
        "demo",
        "code",
        "api-token",
        "analyse",
        "evaluate",
        "bench",
    ] {
        assert!(help.contains(command), "{command} missing from:\n{help}");
    }
}

#[test]
fn serve_can_write_email_to_a_folder_instead_of_sending_it() {
    let help = tandem(&["serve", "--help"]);
    assert!(help.contains("--mail-dir"), "{help}");
    assert!(help.contains("TANDEM_MAIL_DIR"), "{help}");
}

/// A labelled case folder in the corpus layout, with one advice document.
fn write_case(corpus: &std::path::Path, id: &str, need: &str, asd: u8, text: &str) {
    let dir = corpus.join("cases").join(id);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("advice.txt"), text).unwrap();
    let metrics: serde_json::Map<String, serde_json::Value> = [
        "learning_difficulties",
        "health_issues",
        "hearing_impairment",
        "visual_impairment",
        "physical_disability_other",
        "adl_challenges",
        "asd",
        "sen_other",
        "psych_other",
        "emotional_literacy",
        "social_interaction",
        "self_esteem",
        "ability_english",
        "ability_maths",
        "ability_problem_solving",
        "abilities_slc",
        "physical_skills",
        "sensory_skills",
        "eal_flag",
        "social_care_flag",
    ]
    .iter()
    .map(|k| {
        (
            k.to_string(),
            serde_json::json!(if *k == "asd" { asd } else { 0 }),
        )
    })
    .collect();
    let labels = serde_json::json!({
        "case_id": id, "age_years": 7, "year_group": "Year 2", "primary_need": need,
        "secondary_needs": [], "ehcp_warranted": true, "metrics": metrics,
        "provision": if need == "ASD" { vec!["SP5", "SP9"] } else { vec!["SP8"] },
        "key_terms": ["autism"],
        "key_facts": ["diagnosed with autism at age five", "covers his ears in the noisy dining hall"],
        "documents": [{"file": "advice.txt", "kind": "educational_psychology"}]
    });
    std::fs::write(dir.join("labels.json"), labels.to_string()).unwrap();
}

const AUTISM_ADVICE: &str =
    "Background\nSam was diagnosed with autism at age five by the Child Development Centre. \
He covers his ears in the noisy dining hall and leaves the classroom three times a week. \
He has significant difficulties with social interaction and needs a visual timetable.\n";

#[test]
fn analyse_lists_the_nearest_past_cases_but_never_the_case_itself() {
    let corpus = tempfile::tempdir().unwrap();
    write_case(corpus.path(), "P001", "ASD", 3, AUTISM_ADVICE);
    write_case(corpus.path(), "P002", "ASD", 2, AUTISM_ADVICE);
    write_case(corpus.path(), "P003", "HI", 0, "Background\nHe wears hearing aids for a severe hearing loss and uses a radio aid in class every day.\n");
    let own = corpus.path().join("cases/P001");
    let past = corpus.path().to_str().unwrap();
    let json = tandem(&["analyse", own.to_str().unwrap(), "--json", "--past", past]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let similar = value["similar_cases"].as_array().unwrap();
    let ids: Vec<&str> = similar.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.first(), Some(&"P002"), "{json}");
    assert!(
        !ids.contains(&"P001"),
        "the case is not its own precedent: {ids:?}"
    );
    assert_eq!(similar[0]["provision"], serde_json::json!(["SP5", "SP9"]));
    for key in [
        "primary_need",
        "secondary_needs",
        "ehcp_warranted",
        "metrics",
        "provision",
        "key_terms",
        "summary",
        "evidence",
    ] {
        assert!(value.get(key).is_some(), "{key} missing");
    }
    assert_eq!(value["metrics"].as_object().unwrap().len(), 20);

    let readable = tandem(&["analyse", own.to_str().unwrap(), "--past", past]);
    assert!(
        readable.contains("Similar past cases:\n  P002 (ASD"),
        "{readable}"
    );
}

#[test]
fn evaluate_scores_another_summarisers_summaries_with_the_same_measure() {
    let corpus = tempfile::tempdir().unwrap();
    write_case(corpus.path(), "P001", "ASD", 3, AUTISM_ADVICE);
    let summaries = corpus.path().join("textrank.json");
    std::fs::write(
        &summaries,
        r#"{"P001": ["He covers his ears in the noisy dining hall and leaves the classroom three times a week."]}"#,
    )
    .unwrap();
    let out = tandem(&[
        "evaluate",
        corpus.path().to_str().unwrap(),
        "--score-summaries",
        summaries.to_str().unwrap(),
    ]);
    assert!(out.contains("key-fact recall (summary)    0.500"), "{out}");
    assert!(out.contains("cases without a summary      0"), "{out}");

    std::fs::write(&summaries, "[1, 2]").unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args([
            "evaluate",
            corpus.path().to_str().unwrap(),
            "--score-summaries",
            summaries.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(
        message.contains("not a JSON object of case id to sentences"),
        "{message}"
    );
}
