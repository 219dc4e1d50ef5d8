//! How people and schools are reached, and the reminders already sent.

/// A person's choice of channel and language. New people get email in
/// English until they choose otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactPreferences {
    /// "email" today; other channels (text message, post) may follow.
    pub channel: String,
    /// A BCP 47 language tag such as "en", "pl", "so" or "ar".
    pub language: String,
}

impl Default for ContactPreferences {
    fn default() -> Self {
        ContactPreferences {
            channel: "email".to_owned(),
            language: "en".to_owned(),
        }
    }
}

/// One reminder about one milestone of a case. `(case, milestone, step)` is
/// sent at most once: recording it and queueing its messages is one
/// transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderKey {
    /// A stable name for the milestone, e.g. "advice:3" or "decision_to_issue".
    pub milestone: String,
    /// Which reminder about it, e.g. "chase_4_weeks".
    pub step: String,
    /// The London day it was sent, ISO 8601.
    pub sent_on: String,
}
