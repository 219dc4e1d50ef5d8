//! What the caller asks for and what it gets back.

use jiff::civil::Date;
use tandem_domain::ids::AuthorityId;
use tandem_domain::role::Role;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    pub seed: u64,
    /// The day the demo is "now": cases stop at it, due dates fall around it.
    pub today: Date,
    /// How many years of requests the history covers.
    pub years: u32,
    /// Maintained plans in force at `today`.
    pub plans: u32,
    pub requests_per_year: u32,
    /// Seeds the demo passwords and one-time code secrets apart from the
    /// cases, so that each installation can have its own.
    pub secrets_seed: u64,
}

impl DemoOptions {
    /// A large-ish county: about 2,000 plans and 350 requests a year over 3 years.
    pub fn full(seed: u64, today: Date) -> DemoOptions {
        DemoOptions {
            seed,
            today,
            years: 3,
            plans: 2000,
            requests_per_year: 350,
            secrets_seed: seed,
        }
    }
}

/// How far loading has got, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoProgress {
    pub done: u64,
    pub total: u64,
    pub what: &'static str,
}

/// One way into the demo for one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSignIn {
    pub role: Role,
    pub email: String,
    pub password: String,
    pub name: String,
    /// Base32 (RFC 4648) secret for the authenticator app; staff only.
    pub totp_secret: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoAuthority {
    pub authority: AuthorityId,
    pub sign_ins: Vec<DemoSignIn>,
}
