//! What advisers say about each type of need, one file per family of needs.

pub mod communication;
pub mod complex;
pub mod learning;
pub mod physical;
pub mod sensory;
pub mod wellbeing;
