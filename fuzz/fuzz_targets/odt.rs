//! ODT reading, including its limits on entries, size and nesting.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tandem_engine::ingest::odt::read_odt("fuzz.odt", data);
});
