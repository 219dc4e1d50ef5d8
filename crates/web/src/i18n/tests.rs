use super::*;

fn keys(language: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language);
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files {
        for line in std::fs::read_to_string(file).unwrap().lines() {
            if let Some((key, _)) = line.split_once(" =") {
                if key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    out.push(key.to_owned());
                }
            }
        }
    }
    out
}

#[test]
fn every_message_exists_in_every_language() {
    let english = keys("en");
    assert!(english.len() > 300, "{} English messages", english.len());
    for language in Language::ALL {
        let tr = Tr::new(language);
        let missing: Vec<&String> = english.iter().filter(|k| !tr.has(k)).collect();
        assert!(
            missing.is_empty(),
            "{}: missing {missing:?}",
            language.tag()
        );
        let extra: Vec<String> = keys(language.tag())
            .into_iter()
            .filter(|k| !english.contains(k))
            .collect();
        assert!(
            extra.is_empty(),
            "{}: not in English {extra:?}",
            language.tag()
        );
    }
}

#[test]
fn arguments_reach_every_language() {
    for language in Language::ALL {
        let line = Tr::new(language).with("confirm-email", &[("email", "sam@example.org")]);
        assert!(
            line.contains("sam@example.org"),
            "{}: {line}",
            language.tag()
        );
    }
}

#[test]
fn family_english_is_plain() {
    // Every family-facing English sentence, scored as one text: the words
    // a family reads across the service.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        for line in std::fs::read_to_string(entry.unwrap().path())
            .unwrap()
            .lines()
        {
            if let Some((_, value)) = line.split_once(" = ") {
                // Placeholders read as one short word.
                let value: String = value
                    .split('{')
                    .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
                    .collect::<Vec<_>>()
                    .join("it");
                text.push_str(&value);
                text.push('\n');
            }
        }
    }
    let score = flesch_reading_ease(&text);
    assert!(score >= 60.0, "Flesch reading ease {score:.1}");
    for jargon in ["EHC", "SENCo", "Regulation ", "SEN2", "statutory"] {
        assert!(!text.contains(jargon), "family text uses {jargon:?}");
    }
}

#[test]
fn the_language_comes_from_the_query_then_the_cookie_then_the_browser() {
    assert_eq!(from_query(Some("lang=ar&x=1")), Some(Language::Arabic));
    assert_eq!(from_query(Some("lang=xx")), None);
    assert_eq!(Tr::new(Language::Arabic).dir(), "rtl");
    assert_eq!(Tr::new(Language::Polish).dir(), "ltr");
    assert_eq!(
        Tr::new(Language::English).date(jiff::civil::date(2027, 3, 4)),
        "4 March 2027"
    );
}
