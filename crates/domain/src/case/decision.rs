//! A yes/no decision with the reasons the family is told.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub on: Date,
    pub yes: bool,
    pub reasons: String,
}
