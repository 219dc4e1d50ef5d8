//! Word's own list numbering (numbering.xml), so a need reads as item 4 of
//! a list to Word, a screen reader and a tribunal bundle, and the number
//! shown is the plan's number for it. Needs are numbered across B, C and D
//! and a coordinator may delete one, so each stretch of consecutive numbers
//! is its own list with its own `w:start`: the number shown can never drift
//! from `Need::number`.

/// The bulleted list every outcome's steps use.
pub(super) const BULLETS: u32 = 1;

/// The lists of the document, each a `w:abstractNum` with one `w:num`.
#[derive(Debug)]
pub(super) struct Numbering {
    /// The first number of each decimal list, after the bullets.
    starts: Vec<u32>,
    /// The list the last number went into, and that number.
    open: Option<(u32, u32)>,
}

impl Numbering {
    pub fn new() -> Self {
        Numbering {
            starts: Vec::new(),
            open: None,
        }
    }

    /// The list to put `number` in: the open one when `number` follows its
    /// last, otherwise a new list starting at `number`.
    pub fn list_for(&mut self, number: u32) -> u32 {
        let list = match self.open {
            Some((list, last)) if last.checked_add(1) == Some(number) => list,
            _ => {
                self.starts.push(number);
                BULLETS + u32::try_from(self.starts.len()).unwrap_or(u32::MAX)
            }
        };
        self.open = Some((list, number));
        list
    }

    /// Ends the open list, so the next number starts a new one even if it
    /// follows on (needs under a new heading).
    pub fn close(&mut self) {
        self.open = None;
    }

    pub fn xml(&self) -> String {
        let mut out = String::from(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
        ));
        out.push_str(&abstract_num(0, 1, "bullet", "\u{2022}"));
        for (i, start) in self.starts.iter().enumerate() {
            out.push_str(&abstract_num(i + 1, *start, "decimal", "%1."));
        }
        for id in 0..=self.starts.len() {
            out.push_str(&format!(
                r#"<w:num w:numId="{}"><w:abstractNumId w:val="{id}"/></w:num>"#,
                id + 1
            ));
        }
        out.push_str("</w:numbering>");
        out
    }
}

fn abstract_num(id: usize, start: u32, format: &str, text: &str) -> String {
    format!(
        concat!(
            r#"<w:abstractNum w:abstractNumId="{id}"><w:nsid w:val="{nsid:08X}"/>"#,
            r#"<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">"#,
            r#"<w:start w:val="{start}"/><w:numFmt w:val="{format}"/>"#,
            r#"<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>"#,
            r#"<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"#,
        ),
        id = id,
        nsid = 0x5444_0000 + id,
        start = start,
        format = format,
        text = text,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_or_a_new_heading_starts_a_list_at_the_number_shown() {
        let mut numbering = Numbering::new();
        let lists: Vec<u32> = [1, 2, 4]
            .into_iter()
            .map(|n| numbering.list_for(n))
            .collect();
        assert_eq!(lists, [2, 2, 3]);
        numbering.close();
        assert_eq!(numbering.list_for(5), 4);
        assert_eq!(numbering.starts, [1, 4, 5]);
        let xml = numbering.xml();
        assert!(xml.contains(r#"<w:start w:val="4"/>"#));
        assert!(xml.contains(r#"<w:num w:numId="4"><w:abstractNumId w:val="3"/>"#));
    }
}
