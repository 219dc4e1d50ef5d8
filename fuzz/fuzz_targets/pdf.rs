//! The PDF extraction the isolated child runs, here in process so that
//! any panic in the parsers is found.
#![no_main]

use std::sync::Once;

use libfuzzer_sys::fuzz_target;

static QUIET: Once = Once::new();

fuzz_target!(|data: &[u8]| {
    // pdf-extract panics on some malformed fonts; `extract` catches that and
    // falls back to lopdf. libFuzzer's hook would abort on the caught panic,
    // so a silent hook is set: a panic that escapes `extract` still fails.
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let _ = tandem_engine::ingest::pdf_child::extract(data);
});
