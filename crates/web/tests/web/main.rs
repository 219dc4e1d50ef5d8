//! Tandem's web layer, driven through the real router in process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod admin;
mod api;
mod cases;
mod shell;
mod sign_in;
mod oidc;
