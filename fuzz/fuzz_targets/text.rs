//! Plain text through the whole engine: ingest, sentences, analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = tandem_engine::ingest::document_from_text("fuzz.txt", data) {
        let _ = tandem_engine::analyse(&[document]);
    }
});
