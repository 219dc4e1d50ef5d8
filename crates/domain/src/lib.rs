//! Tandem's rules and nothing else: no I/O, no async, no SQL.
//!
//! A case is the ordered list of its events; its state, its statutory
//! milestones and what each person may do next are pure functions of those
//! events and of "now", which is always a parameter.
#![forbid(unsafe_code)]

pub mod access;
pub mod case;
pub mod clock;
pub mod ids;
pub mod password;
pub mod plan;
pub mod request_form;
pub mod role;
