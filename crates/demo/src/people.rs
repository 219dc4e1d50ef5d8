//! The demo's sign-ins: one person per role with a password, and for staff
//! an authenticator secret.

use tandem_domain::role::Role;
use tandem_store::NewPerson;

use crate::credentials::{passphrase, totp_secret};
use crate::error::DemoError;
use crate::options::DemoSignIn;
use crate::rng::Rng;

/// Makes `person` a demo sign-in: the password is hashed with the caller's
/// (slow) hash, so only these few people get one.
pub fn give_sign_in(
    rng: &mut Rng,
    person: &mut NewPerson,
    hash_password: &(dyn Fn(&str) -> String + Sync),
) -> Result<DemoSignIn, DemoError> {
    person.email = format!(
        "{}@demo.northbrook.example",
        person.role.as_str().replace('_', "-")
    );
    let password = passphrase(rng, &person.email)?;
    person.password_hash = Some(hash_password(&password));
    let totp = person.role.is_staff().then(|| totp_secret(rng));
    person.totp_secret.clone_from(&totp);
    Ok(DemoSignIn {
        role: person.role,
        email: person.email.clone(),
        password,
        name: person.name.clone(),
        totp_secret: totp,
    })
}

pub fn new_person(role: Role, name: &str, email: &str) -> NewPerson {
    NewPerson {
        email: email.to_owned(),
        name: name.to_owned(),
        role,
        school: None,
        password_hash: None,
        totp_secret: None,
    }
}

/// The sign-ins in the order of `Role::ALL`, so lists print the same way.
pub fn in_role_order(mut sign_ins: Vec<DemoSignIn>) -> Vec<DemoSignIn> {
    sign_ins.sort_by_key(|s| Role::ALL.iter().position(|r| *r == s.role));
    sign_ins
}
