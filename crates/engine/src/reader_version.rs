//! Which engine made a reading, so that a kept reading is made again when
//! the engine reads differently: a new dictionary, new need profiles or new
//! rules.

use std::sync::OnceLock;

use crate::assess::profiles::PROFILES_TOML;
use crate::dictionary::DICTIONARY_TOML;

/// Raised whenever a change to the engine's rules changes what it finds
/// in the same documents (the data files are fingerprinted on their own).
const RULES_REVISION: u32 = 3;

/// A short fingerprint of the engine's rules and data, e.g. "e3-9f3c…".
pub fn reader_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let hash = [DICTIONARY_TOML, PROFILES_TOML, env!("CARGO_PKG_VERSION")]
            .iter()
            .fold(FNV_OFFSET, |hash, part| fnv1a(hash, part.as_bytes()));
        format!("e{RULES_REVISION}-{hash:016x}")
    })
}

// FNV-1a by hand: the fingerprint must be the same on every machine and
// every Rust release (std's hasher promises neither), and it guards no
// secret, so a cryptographic hash would be a dependency for nothing.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv1a(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_names_the_rules_and_fingerprints_the_data() {
        let version = reader_version();
        assert!(
            version.starts_with(&format!("e{RULES_REVISION}-")),
            "{version}"
        );
        assert_eq!(version, reader_version());
        assert_ne!(fnv1a(FNV_OFFSET, b"a"), fnv1a(FNV_OFFSET, b"b"));
    }
}
