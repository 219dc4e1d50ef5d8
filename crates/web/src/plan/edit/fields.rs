//! The form's fields and the values sent back, cleaned of what no plan
//! should hold.

/// One input of the edit form.
#[derive(Debug, Clone)]
pub struct EditField {
    pub name: String,
    /// text, textarea, select, checkbox or hidden.
    pub kind: &'static str,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub checked: bool,
    /// (value, label) for a select.
    pub choices: Vec<(String, String)>,
    pub error: Option<String>,
}

impl EditField {
    pub fn new(row: usize, key: &str, kind: &'static str, label: &str, value: String) -> EditField {
        EditField {
            name: format!("r{row}-{key}"),
            kind,
            label: label.to_owned(),
            hint: String::new(),
            value,
            checked: false,
            choices: Vec::new(),
            error: None,
        }
    }

    pub fn hint(mut self, hint: &str) -> EditField {
        self.hint = hint.to_owned();
        self
    }

    /// The suffix after "rN-": which field of its row this is.
    fn key(&self) -> &str {
        self.name
            .split_once('-')
            .map(|(_, k)| k)
            .unwrap_or(&self.name)
    }
}

/// One item of a section: a fieldset of fields.
#[derive(Debug, Clone)]
pub struct EditRow {
    pub index: usize,
    pub legend: String,
    pub fields: Vec<EditField>,
}

impl EditRow {
    /// The same fields under this row's index.
    pub fn renamed(mut self) -> EditRow {
        let index = self.index;
        for field in &mut self.fields {
            field.name = format!("r{index}-{}", field.key());
        }
        self.legend = format!("New item {}", index + 1);
        self
    }
}

/// A problem with one field, in the GOV.UK error summary's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(field: String, message: impl Into<String>) -> Problem {
        Problem {
            field,
            message: message.into(),
        }
    }

    /// The message for `field`, shown beside it, if it has a problem.
    pub fn message_for(problems: &[Problem], field: &str) -> Option<String> {
        problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.clone())
    }
}

/// A field may hold a long outcome or a whole report's worth of views, but
/// not without limit.
pub const MAX_FIELD_CHARS: usize = 50_000;

/// The sent form, as pairs, cleaned: control characters (other than line
/// breaks and tabs) removed, Windows line endings made plain.
#[derive(Debug, Clone, Default)]
pub struct FormValues {
    pairs: Vec<(String, String)>,
}

pub fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

impl FormValues {
    pub fn new(pairs: Vec<(String, String)>) -> FormValues {
        FormValues {
            pairs: pairs.into_iter().map(|(k, v)| (k, clean(&v))).collect(),
        }
    }

    /// The same values with "after" replaced: used to show a clash again
    /// when a save lost a race.
    pub fn into_pairs_with_after(self, after: i64) -> Vec<(String, String)> {
        self.pairs
            .into_iter()
            .filter(|(k, _)| k != "after")
            .chain(std::iter::once(("after".to_owned(), after.to_string())))
            .collect()
    }

    pub fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// A field of row `row`, trimmed.
    pub fn field(&self, row: usize, key: &str) -> &str {
        self.get(&format!("r{row}-{key}")).trim()
    }

    /// How many rows were sent (the highest row index plus one).
    pub fn row_count(&self) -> usize {
        self.pairs
            .iter()
            .filter_map(|(k, _)| {
                let rest = k.strip_prefix('r')?;
                let (n, _) = rest.split_once('-')?;
                n.parse::<usize>().ok()
            })
            .map(|n| n + 1)
            .max()
            .unwrap_or(0)
    }

    pub(super) fn check_lengths(&self) -> Result<(), Vec<Problem>> {
        let problems: Vec<Problem> = self
            .pairs
            .iter()
            .filter(|(_, v)| v.chars().count() > MAX_FIELD_CHARS)
            .map(|(k, _)| {
                Problem::new(
                    k.clone(),
                    "This must be 50,000 characters or fewer: split it into shorter items",
                )
            })
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}
