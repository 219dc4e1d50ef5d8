//! The assessors: each turns a reading of the case into one kind of finding.

pub mod metrics;
pub mod need;
pub mod profiles;
pub mod provision;
pub mod warranted;
