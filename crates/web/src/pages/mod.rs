//! Pages, one module per journey.

pub mod apply;
pub mod case_actions;
pub mod case_page;
pub mod cases;
pub mod documents;
pub mod family_form;
pub mod findings;
pub mod form;
pub mod health;
pub mod home;
pub mod info;
pub mod messages;
pub mod plan;
pub mod portal;
pub mod queues;
pub mod tracker;
pub mod tracker_words;
