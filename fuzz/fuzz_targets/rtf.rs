//! RTF reading, including its limit on group nesting.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tandem_engine::ingest::rtf::read_rtf("fuzz.rtf", data);
});
