//! Who the plan is for and who issues it: what every rendering of the plan
//! prints at its head.

/// Who the plan is for and who issues it.
#[derive(Debug, Clone, Default)]
pub struct PlanFacts {
    pub authority: String,
    pub child_name: String,
    pub date_of_birth: String,
    pub reference: String,
    pub status: String,
}

/// Whole pounds with thousands separated, e.g. "£23,000".
pub fn pounds(pence: i64) -> String {
    let pounds = pence / 100;
    let text = pounds.to_string();
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i > 0 && (text.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("£{out}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn pounds_are_written_with_thousands_separated() {
        assert_eq!(super::pounds(2_300_000), "£23,000");
        assert_eq!(super::pounds(99), "£0");
        assert_eq!(super::pounds(123_456_789), "£1,234,567");
    }
}
