//! RTF into structure: a small reader of the part of RTF that carries text.
//!
//! Why not a crate: rtf-parser (and its fork rtf-parser-tt) wants the file
//! as `&str` although RTF is bytes in a code page, builds the whole token
//! list in memory, has no limit on group nesting, loses paragraph breaks
//! and pulls wasm-bindgen in by default; the larger "extract everything"
//! libraries bring far more than this needs. RTF's grammar is small: groups
//! `{}`, control words `\word-12`, control symbols `\'hh`, `\~`, `\*`, and
//! text. This reader walks it once, byte by byte, keeping only a stack of
//! group states (bounded by `MAX_DEPTH`), so any input costs time linear in
//! its length and memory bounded by it.
//!
//! Kept: paragraphs (`\par`), headings (`\outlinelevelN`, or a paragraph
//! style named "heading …" or "title" in the stylesheet), list items
//! (`\ls`, `\ilvl`, `\pntext`, `\listtext`), table rows (`\intbl`, `\cell`,
//! `\row`), `\'hh` escapes in Windows-1252 and `\uN` unicode with its
//! `\ucN` fallback skipped. Skipped: font, colour, style, list and
//! revision tables, document info, pictures, objects, headers, footers,
//! footnotes, field instructions and every `\*` destination. Other code
//! pages than 1252 read their 8-bit characters as 1252: advice arrives in
//! English, and a wrong accent is better than a refused file.

use crate::document::{Block, BlockKind, Document};
use crate::error::IngestError;
use crate::ingest::limits::MAX_DEPTH;
use crate::ingest::parsed::{collapse, is_heading_style, table_row, Parsed};

/// Does this look like RTF (after an optional byte-order mark and spaces)?
pub fn is_rtf(bytes: &[u8]) -> bool {
    start_of_rtf(bytes).is_some()
}

fn start_of_rtf(bytes: &[u8]) -> Option<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bytes = bytes.trim_ascii_start();
    bytes.starts_with(b"{\\rtf").then_some(bytes)
}

pub fn read_rtf(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    let owned = || name.to_string();
    let Some(rtf) = start_of_rtf(bytes) else {
        return Err(IngestError::Corrupt {
            name: owned(),
            detail: "it is named RTF but does not begin with {\\rtf".to_string(),
        });
    };
    let parsed = Parser::new(rtf)
        .run()
        .map_err(|TooDeep| IngestError::Bomb { name: owned() })?;
    parsed.into_document(name)
}

/// Groups nest deeper than `MAX_DEPTH`.
struct TooDeep;

/// Where the text of a group goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Destination {
    /// The document's own text.
    Text,
    /// Nothing of it is text (tables, pictures, `\*` destinations).
    Skip,
    /// The stylesheet: each group in it defines one style.
    StyleSheet,
    /// One style definition, whose text is the style's name.
    Style,
}

#[derive(Debug, Clone, Copy)]
struct Group {
    destination: Destination,
    /// How many fallback characters follow each `\uN` (`\ucN`).
    unicode_skip: usize,
}

/// Paragraph properties, which last until `\pard` resets them.
#[derive(Default)]
struct Properties {
    heading: bool,
    list: bool,
    in_table: bool,
    style: Option<i64>,
}

/// The style being defined inside the stylesheet.
#[derive(Default)]
struct StyleEntry {
    number: Option<i64>,
    name: String,
    heading: bool,
}

/// Longest style name kept; real ones are a few words.
const MAX_STYLE_NAME: usize = 128;
/// Most heading styles remembered; a stylesheet has a handful.
const MAX_HEADING_STYLES: usize = 256;
/// Longest control word read, as the specification allows.
const MAX_WORD: usize = 32;
/// Most digits of a control word's parameter that are read.
const MAX_DIGITS: usize = 10;

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
    group: Group,
    stack: Vec<Group>,
    blocks: Vec<Block>,
    text: String,
    properties: Properties,
    cell: String,
    row: Vec<String>,
    /// Fallback characters still to skip after a `\uN`.
    pending_skip: usize,
    /// The first half of a UTF-16 surrogate pair given as `\uN`.
    high_surrogate: Option<u32>,
    style: StyleEntry,
    heading_styles: Vec<i64>,
    pictures: bool,
}

impl<'a> Parser<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Parser {
            bytes,
            pos: 0,
            // Outside any group nothing is text; `{\rtf1` opens the body.
            group: Group {
                destination: Destination::Skip,
                unicode_skip: 1,
            },
            stack: Vec::new(),
            blocks: Vec::new(),
            text: String::new(),
            properties: Properties::default(),
            cell: String::new(),
            row: Vec::new(),
            pending_skip: 0,
            high_surrogate: None,
            style: StyleEntry::default(),
            heading_styles: Vec::new(),
            pictures: false,
        }
    }

    fn run(mut self) -> Result<Parsed, TooDeep> {
        while let Some(&byte) = self.bytes.get(self.pos) {
            self.pos += 1;
            match byte {
                b'{' => self.open_group()?,
                b'}' => {
                    if self.close_group() {
                        break;
                    }
                }
                b'\\' => self.control(),
                // Line ends in RTF are for the writer's convenience only.
                b'\r' | b'\n' => {}
                b'\t' => self.character(' '),
                byte if byte < 0x20 => {}
                byte => self.character(windows_1252(byte)),
            }
        }
        // A file cut short still gives what it had.
        self.end_paragraph();
        self.end_row();
        Ok(Parsed {
            blocks: self.blocks,
            pictures: self.pictures,
        })
    }

    fn open_group(&mut self) -> Result<(), TooDeep> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(TooDeep);
        }
        self.stack.push(self.group);
        self.pending_skip = 0;
        if self.stack.len() == 1 {
            self.group.destination = Destination::Text;
        } else if self.group.destination == Destination::StyleSheet {
            self.group.destination = Destination::Style;
            self.style = StyleEntry {
                // A style without `\sN` is the normal style, number 0.
                number: Some(0),
                ..StyleEntry::default()
            };
        }
        Ok(())
    }

    /// Closes a group; true when it was the outermost one (the document).
    fn close_group(&mut self) -> bool {
        let closing = self.group.destination;
        let Some(outer) = self.stack.pop() else {
            return true;
        };
        self.group = outer;
        self.pending_skip = 0;
        if closing == Destination::Style && outer.destination == Destination::StyleSheet {
            self.finish_style();
        }
        self.stack.is_empty()
    }

    fn control(&mut self) {
        let Some(&next) = self.bytes.get(self.pos) else {
            return;
        };
        if next.is_ascii_alphabetic() {
            let (word, parameter) = self.control_word();
            self.word(&word, parameter);
            return;
        }
        self.pos += 1;
        match next {
            b'\'' => {
                let hex = self.bytes.get(self.pos..self.pos + 2);
                let byte = hex
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                if let Some(byte) = byte {
                    self.pos += 2;
                    self.character(windows_1252(byte));
                }
            }
            b'\\' | b'{' | b'}' => self.character(char::from(next)),
            b'~' => self.character(' '),
            b'_' => self.character('-'),
            // `{\*\word ...}`: a destination a reader may ignore. A stray
            // `\*` elsewhere must not hide the rest of the document.
            b'*' if self.starts_group(3) => self.group.destination = Destination::Skip,
            b'\r' | b'\n' => self.end_paragraph(),
            // `\-` (optional hyphen), `\|`, `\:` and the rest carry no text.
            _ => {}
        }
    }

    /// Reads `word` and its optional signed parameter, and the one space
    /// that may end it.
    fn control_word(&mut self) -> (String, Option<i64>) {
        let start = self.pos;
        while self
            .bytes
            .get(self.pos)
            .is_some_and(u8::is_ascii_alphabetic)
        {
            self.pos += 1;
        }
        let letters = self.bytes.get(start..self.pos).unwrap_or_default();
        let word: String = letters
            .iter()
            .take(MAX_WORD)
            .map(|b| char::from(*b))
            .collect();
        let negative = self.bytes.get(self.pos) == Some(&b'-')
            && self.bytes.get(self.pos + 1).is_some_and(u8::is_ascii_digit);
        if negative {
            self.pos += 1;
        }
        let mut parameter: Option<i64> = None;
        let mut digits = 0;
        while let Some(digit) = self.bytes.get(self.pos).filter(|b| b.is_ascii_digit()) {
            self.pos += 1;
            digits += 1;
            // Longer numbers are read to their end but not overflowed.
            if digits <= MAX_DIGITS {
                parameter = Some(parameter.unwrap_or(0) * 10 + i64::from(digit - b'0'));
            }
        }
        if self.bytes.get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
        let parameter = parameter.map(|p| if negative { -p } else { p });
        (word, parameter)
    }

    fn word(&mut self, word: &str, parameter: Option<i64>) {
        // These matter in every destination: `\bin` hides raw bytes that
        // must not be read as RTF, and a picture anywhere means the file
        // is not empty, just without text.
        match word {
            "bin" => {
                let skip = usize::try_from(parameter.unwrap_or(0)).unwrap_or(0);
                self.pos = self.pos.saturating_add(skip).min(self.bytes.len());
                return;
            }
            "pict" => {
                self.pictures = true;
                self.skip_nested_group();
                return;
            }
            "uc" => {
                self.group.unicode_skip =
                    usize::try_from(parameter.unwrap_or(1)).unwrap_or(1).min(8);
                return;
            }
            _ => {}
        }
        match self.group.destination {
            Destination::Skip | Destination::StyleSheet => {}
            Destination::Style => self.style_word(word, parameter),
            Destination::Text => self.text_word(word, parameter),
        }
    }

    fn style_word(&mut self, word: &str, parameter: Option<i64>) {
        match word {
            "s" => self.style.number = parameter,
            // Character, section and table styles never make a heading.
            "cs" | "ds" | "ts" => self.style.number = None,
            "outlinelevel" => self.style.heading = true,
            "u" => self.unicode(parameter),
            _ => {}
        }
    }

    fn text_word(&mut self, word: &str, parameter: Option<i64>) {
        match word {
            "fonttbl" | "colortbl" | "info" | "object" | "header" | "headerl" | "headerr"
            | "headerf" | "footer" | "footerl" | "footerr" | "footerf" | "footnote" | "fldinst"
            | "listtable" | "listoverridetable" | "rsidtbl" | "revtbl" | "generator"
            | "xmlnstbl" | "themedata" | "colorschememapping" | "datastore" | "latentstyles"
            | "filetbl" | "annotation" | "atnid" | "atnauthor" => {
                self.skip_nested_group();
            }
            "stylesheet" if self.stack.len() > 1 => {
                self.group.destination = Destination::StyleSheet;
            }
            // The rendered bullet or number of a list item.
            "pntext" | "listtext" => {
                self.properties.list = true;
                self.skip_nested_group();
            }
            "par" | "sect" | "page" => self.end_paragraph(),
            "line" | "tab" | "emspace" | "enspace" | "qmspace" => self.character(' '),
            "cell" | "nestcell" => self.end_cell(),
            "row" | "nestrow" => self.end_row(),
            "pard" => self.properties = Properties::default(),
            "intbl" => self.properties.in_table = true,
            "s" => self.properties.style = parameter,
            "outlinelevel" => {
                self.properties.heading = parameter.is_some_and(|level| (0..=8).contains(&level));
            }
            "ls" | "ilvl" | "pnlvlblt" | "pnlvlbody" => self.properties.list = true,
            "u" => self.unicode(parameter),
            "emdash" => self.character('\u{2014}'),
            "endash" => self.character('\u{2013}'),
            "bullet" => self.character('\u{2022}'),
            "lquote" => self.character('\u{2018}'),
            "rquote" => self.character('\u{2019}'),
            "ldblquote" => self.character('\u{201c}'),
            "rdblquote" => self.character('\u{201d}'),
            _ => {}
        }
    }

    /// Was the control just read (`back` bytes long) the first thing in
    /// its group?
    fn starts_group(&self, back: usize) -> bool {
        self.pos
            .checked_sub(back)
            .and_then(|i| self.bytes.get(i))
            .is_some_and(|b| *b == b'{')
    }

    /// Destinations are groups of their own; the body itself (the
    /// outermost group) is never skipped, whatever a damaged file says.
    fn skip_nested_group(&mut self) {
        if self.stack.len() > 1 {
            self.group.destination = Destination::Skip;
        }
    }

    /// `\uN`: a UTF-16 unit, signed, then `\ucN` fallback characters that
    /// readers without unicode would show instead, which are skipped.
    fn unicode(&mut self, parameter: Option<i64>) {
        let Some(value) = parameter else { return };
        let unit = if value < 0 { value + 65_536 } else { value };
        let Ok(unit) = u32::try_from(unit) else {
            return;
        };
        if unit > 0xFFFF {
            return;
        }
        let skip = self.group.unicode_skip;
        match unit {
            0xD800..=0xDBFF => self.high_surrogate = Some(unit),
            0xDC00..=0xDFFF => {
                let high = self.high_surrogate.take();
                let combined = high.map(|h| 0x10000 + ((h - 0xD800) << 10) + (unit - 0xDC00));
                let c = combined
                    .and_then(char::from_u32)
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                self.push(c);
            }
            _ => self.push(char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
        self.pending_skip = skip;
    }

    /// A character of text, unless it is the fallback of a `\uN`.
    fn character(&mut self, c: char) {
        if self.pending_skip > 0 {
            self.pending_skip -= 1;
            return;
        }
        self.push(c);
    }

    fn push(&mut self, c: char) {
        if self.high_surrogate.take().is_some() {
            // A lone high surrogate: its pair never came.
            self.push_to_destination(char::REPLACEMENT_CHARACTER);
        }
        self.push_to_destination(c);
    }

    fn push_to_destination(&mut self, c: char) {
        match self.group.destination {
            Destination::Text => self.text.push(c),
            Destination::Style if self.style.name.len() < MAX_STYLE_NAME => self.style.name.push(c),
            _ => {}
        }
    }

    fn finish_style(&mut self) {
        let name = self.style.name.trim().trim_end_matches(';').to_lowercase();
        let heading = self.style.heading || is_heading_style(&name);
        if let Some(number) = self.style.number {
            if heading && self.heading_styles.len() < MAX_HEADING_STYLES {
                self.heading_styles.push(number);
            }
        }
        self.style = StyleEntry::default();
    }

    fn end_paragraph(&mut self) {
        let text = collapse(&std::mem::take(&mut self.text));
        if text.is_empty() {
            return;
        }
        if self.properties.in_table {
            self.add_to_cell(&text);
            return;
        }
        let styled_heading = self
            .properties
            .style
            .is_some_and(|s| self.heading_styles.contains(&s));
        let kind = if self.properties.heading || styled_heading {
            BlockKind::Heading
        } else if self.properties.list {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        self.blocks.push(Block::new(kind, text));
    }

    fn add_to_cell(&mut self, text: &str) {
        if !self.cell.is_empty() {
            self.cell.push(' ');
        }
        self.cell.push_str(text);
    }

    fn end_cell(&mut self) {
        let text = collapse(&std::mem::take(&mut self.text));
        if !text.is_empty() {
            self.add_to_cell(&text);
        }
        let cell = std::mem::take(&mut self.cell);
        if !cell.is_empty() {
            self.row.push(cell);
        }
    }

    fn end_row(&mut self) {
        // Text after the last `\cell` of a row still belongs to it.
        if !self.cell.is_empty() || (self.properties.in_table && !self.text.trim().is_empty()) {
            self.end_cell();
        }
        if !self.row.is_empty() {
            self.blocks.push(table_row(std::mem::take(&mut self.row)));
        }
    }
}

/// Windows-1252, the code page of nearly every RTF written in English:
/// Latin-1 with typographic characters in 0x80-0x9F.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{FFFD}',
        '\u{017D}', '\u{FFFD}', '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}',
        '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}',
        '\u{0153}', '\u{FFFD}', '\u{017E}', '\u{0178}',
    ];
    match byte {
        0x80..=0x9F => HIGH
            .get(usize::from(byte - 0x80))
            .copied()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(rtf: &str) -> Vec<(BlockKind, String)> {
        read_rtf("a.rtf", rtf.as_bytes())
            .unwrap()
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn headings_paragraphs_lists_and_tables_come_through_as_structure() {
        let rtf = r#"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}
{\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1;}{\*\cs10 Default Paragraph Font;}}
{\info{\title Secret title}{\author Someone}}
{\header Confidential\par}
\pard\s1 Needs\par
\pard He has {\b autism}.\line He reads well.\par
\pard\outlinelevel1 Outcomes\par
{\listtext\'95\tab}\pard\ls1\ilvl0 Visual timetable\par
\trowd\cellx2000\cellx4000\pard\intbl Reading\cell Below\par age\cell\row
\pard After the table.\par}"#;
        assert_eq!(
            blocks(rtf),
            vec![
                (BlockKind::Heading, "Needs".to_string()),
                (
                    BlockKind::Paragraph,
                    "He has autism. He reads well.".to_string()
                ),
                (BlockKind::Heading, "Outcomes".to_string()),
                (BlockKind::ListItem, "Visual timetable".to_string()),
                (BlockKind::TableRow, "Reading; Below age".to_string()),
                (BlockKind::Paragraph, "After the table.".to_string()),
            ]
        );
    }

    #[test]
    fn escapes_unicode_and_symbols_are_decoded() {
        let rtf = r"{\rtf1\ansi\uc1 Caf\'e9 \u8216?quoted\u8217? \u-10179?\u-8704? \emdash\~a\{b\}\\ \'93x\'94 \*\u65?B\'zz}";
        let text = &blocks(rtf)[0].1;
        assert_eq!(
            text,
            "Caf\u{e9} \u{2018}quoted\u{2019} \u{1F600} \u{2014} a{b}\\ \u{201c}x\u{201d} ABzz"
        );
    }

    #[test]
    fn binary_data_and_starred_destinations_are_skipped() {
        let rtf = b"{\\rtf1{\\*\\generator Writer;}{\\*\\unknown {nested} text}{\\*\\objdata\\bin4 {{{{}Kept\\par}";
        let document = read_rtf("a.rtf", rtf).unwrap();
        assert_eq!(document.blocks.len(), 1);
        assert_eq!(document.blocks[0].text, "Kept");
    }

    #[test]
    fn a_file_cut_short_keeps_what_it_had() {
        assert_eq!(
            blocks(r"{\rtf1 First.\par Second, cut"),
            vec![
                (BlockKind::Paragraph, "First.".to_string()),
                (BlockKind::Paragraph, "Second, cut".to_string()),
            ]
        );
    }

    #[test]
    fn empty_scanned_nested_and_misnamed_files_are_refused_by_kind() {
        assert!(matches!(
            read_rtf("e.rtf", br"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par}"),
            Err(IngestError::Empty { .. })
        ));
        assert!(matches!(
            read_rtf("s.rtf", br"{\rtf1{\pict\pngblip\picw10 89504e47}\par}"),
            Err(IngestError::Scanned { .. })
        ));
        let deep = format!("{{\\rtf1 {}x{}}}", "{".repeat(10_000), "}".repeat(10_000));
        let error = read_rtf("deep.rtf", deep.as_bytes()).unwrap_err();
        assert!(matches!(error, IngestError::Bomb { .. }), "{error}");
        assert!(error.to_string().starts_with("deep.rtf: "));
        let error = read_rtf("n.rtf", b"plain words").unwrap_err();
        assert!(matches!(error, IngestError::Corrupt { .. }), "{error}");
    }

    #[test]
    fn signatures_allow_a_byte_order_mark_and_leading_space() {
        assert!(is_rtf(b"\xEF\xBB\xBF  {\\rtf1 x}"));
        assert!(!is_rtf(b"{\\rt"));
        assert!(!is_rtf(b"rtf"));
    }
}
