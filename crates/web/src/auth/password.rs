//! Password hashing with argon2id (OWASP's parameters, the crate's default).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct PasswordError(String);

pub fn hash(password: &str) -> Result<String, PasswordError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError(e.to_string()))
}

/// [`hash`] on a blocking thread: argon2 takes tens of milliseconds that
/// must not stall the server's request threads.
pub async fn hash_off_thread(password: &str) -> crate::error::WebResult<String> {
    let candidate = password.to_owned();
    tokio::task::spawn_blocking(move || hash(&candidate))
        .await
        .map_err(|e| crate::error::WebError::Internal(e.into()))?
        .map_err(|e| crate::error::WebError::Internal(e.into()))
}

/// False for a wrong password and for a hash that cannot be read.
pub fn verify(password: &str, stored_hash: &str) -> bool {
    match PasswordHash::new(stored_hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_only_its_password() {
        let h = hash("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery staple", &h));
        assert!(!verify("Correct horse battery staple", &h));
        assert!(!verify("anything", "not a hash"));
    }
}
