//! Demo passwords and authenticator secrets.

use tandem_domain::password::check_new_password;

use crate::error::DemoError;
use crate::rng::Rng;
use crate::words::{word, PASSPHRASE_WORDS};

/// Three or four words and two digits, e.g. "otter-quartz-lantern-47": easy
/// to read out in a demo, and checked against the common-passwords list.
pub fn passphrase(rng: &mut Rng, email: &str) -> Result<String, DemoError> {
    for _ in 0..20 {
        let count = rng.between(3, 4);
        let mut parts: Vec<String> = (0..count)
            .map(|_| word(rng, PASSPHRASE_WORDS).to_owned())
            .collect();
        parts.push(format!("{:02}", rng.below(100)));
        let candidate = parts.join("-");
        if check_new_password(&candidate, email).is_ok() {
            return Ok(candidate);
        }
    }
    Err(DemoError::Password(email.to_owned()))
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A 160-bit TOTP secret (RFC 6238 recommends 160 bits) in RFC 4648 base32:
/// 20 bytes make exactly 32 characters, no padding.
pub fn totp_secret(rng: &mut Rng) -> String {
    let bytes: Vec<u8> = (0..20).map(|_| (rng.next_u64() >> 56) as u8).collect();
    base32(&bytes)
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            let index = ((buffer >> bits) & 31) as usize;
            out.push(char::from(BASE32.get(index).copied().unwrap_or(b'A')));
        }
    }
    if bits > 0 {
        let index = ((buffer << (5 - bits)) & 31) as usize;
        out.push(char::from(BASE32.get(index).copied().unwrap_or(b'A')));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_matches_rfc_4648_test_vectors() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(b"f"), "MY");
    }

    #[test]
    fn secrets_are_32_base32_characters() {
        let secret = totp_secret(&mut Rng::new(3));
        assert_eq!(secret.len(), 32);
        assert!(secret.bytes().all(|b| BASE32.contains(&b)));
    }

    #[test]
    fn passphrases_are_words_and_digits() {
        let p = passphrase(&mut Rng::new(5), "someone@northbrook.example").unwrap();
        let parts: Vec<&str> = p.split('-').collect();
        assert!((4..=5).contains(&parts.len()), "{p}");
        assert!(parts.last().unwrap().chars().all(|c| c.is_ascii_digit()));
    }
}
