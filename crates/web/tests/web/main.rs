//! Tandem's web layer, driven through the real router in process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod admin;
mod api;
mod apply;
mod cases;
mod documents;
mod findings;
mod journey;
mod notify;
mod oidc;
mod plan;
mod plan_journey;
mod portal;
mod queues;
mod shell;
mod sign_in;
