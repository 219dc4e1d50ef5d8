//! Pages, one module per journey.

pub mod cases;
pub mod form;
pub mod health;
pub mod home;
pub mod info;
