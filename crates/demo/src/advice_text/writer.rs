//! Lays a report out as typed advice is: title lines, headings, paragraphs
//! and "- " lists, one paragraph a line, so the engine's text reader sees
//! the same shapes it sees in real advice.

use jiff::civil::Date;
pub use tandem_domain::clock::long_date;

#[derive(Default)]
pub struct Writer {
    text: String,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    /// A line of the report's letterhead.
    pub fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    pub fn heading(&mut self, heading: &str) {
        self.text.push('\n');
        self.text.push_str(heading);
        self.text.push('\n');
    }

    pub fn paragraph(&mut self, sentences: &[String]) {
        let sentences: Vec<&str> = sentences
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if sentences.is_empty() {
            return;
        }
        self.text.push_str(&sentences.join(" "));
        self.text.push('\n');
    }

    pub fn bullets(&mut self, items: &[String]) {
        for item in items {
            self.text.push_str("- ");
            self.text.push_str(item.trim());
            self.text.push('\n');
        }
    }

    pub fn finish(self) -> String {
        self.text
    }
}

/// The letterhead row every report starts with: a table row to the reader,
/// so it is never taken for a heading.
pub fn child_row(full_name: &str, born: Date, year: &str, dated: Date) -> String {
    format!(
        "Name: {full_name} | Date of birth: {} | Year group: {year} | Date of report: {}",
        long_date(born),
        long_date(dated)
    )
}
