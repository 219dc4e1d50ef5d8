//! The password policy (NCSC and NIST SP 800-63B): long enough, not one of
//! the most common passwords, and no composition rules.

use std::collections::HashSet;
use std::sync::OnceLock;

pub const MIN_CHARS: usize = 8;
/// At least 64 must be allowed; more costs nothing with argon2.
pub const MAX_CHARS: usize = 128;

/// The 3,000 most common passwords, shipped with the code (see data/README.md).
const COMMON: &str = include_str!("../data/common-passwords.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("Your password must be 8 characters or more")]
    TooShort,
    #[error("Your password must be 128 characters or fewer")]
    TooLong,
    #[error("That password is too common and easy to guess. Choose a different one")]
    TooCommon,
    #[error("Your password must not be the same as your email address")]
    SameAsEmail,
}

fn common() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// Checks a new password chosen by a person whose email is `email`.
pub fn check_new_password(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    if common().contains(lower.as_str()) {
        return Err(PasswordProblem::TooCommon);
    }
    if lower.trim() == email.trim().to_lowercase() {
        return Err(PasswordProblem::SameAsEmail);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_three_thousand_passwords() {
        assert_eq!(common().len(), 3000);
    }

    #[test]
    fn length_is_the_only_rule_besides_commonness() {
        assert_eq!(
            check_new_password("short", "a@b.test"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password(&"x".repeat(129), "a@b.test"),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(
            check_new_password(&"long enough ".repeat(5), "a@b.test"),
            Ok(())
        );
        // 64 characters of anything must be accepted.
        assert_eq!(check_new_password(&"ab".repeat(32), "a@b.test"), Ok(()));
        // No composition rules: lower case letters and spaces are fine.
        assert_eq!(
            check_new_password("correct horse battery staple", "a@b.test"),
            Ok(())
        );
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(
            check_new_password("password", "a@b.test"),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(
            check_new_password("PassWord1", "a@b.test").is_ok(),
            !common().contains("password1")
        );
        assert_eq!(
            check_new_password("QWERTYUIOP", "a@b.test"),
            Err(PasswordProblem::TooCommon)
        );
    }

    #[test]
    fn the_email_is_not_a_password() {
        assert_eq!(
            check_new_password("Someone@Example.test", "someone@example.test"),
            Err(PasswordProblem::SameAsEmail)
        );
    }
}
