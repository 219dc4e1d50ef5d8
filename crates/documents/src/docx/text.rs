//! Text typed into a plan, made into Word runs. Anything may arrive here:
//! control characters pasted from other systems, markup, right-to-left
//! names. XML 1.0 cannot hold C0 controls (other than tab, line feed and
//! carriage return) or U+FFFE/U+FFFF, and a single one makes Word refuse the
//! whole file, so they are dropped; C1 controls are legal but print as
//! nothing and trip some readers, so they go too. Everything else is
//! escaped, so text is shown, never read as markup.

use quick_xml::escape::escape;

/// How a span of text looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Look {
    pub bold: bool,
    /// Where a statement came from: smaller and grey, as in the HTML plan.
    pub source: bool,
}

impl Look {
    pub const PLAIN: Look = Look {
        bold: false,
        source: false,
    };
    pub const BOLD: Look = Look {
        bold: true,
        source: false,
    };
    pub const SOURCE: Look = Look {
        bold: false,
        source: true,
    };
}

/// Whether XML 1.0 (and Word) can carry `c` as text.
fn keeps(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{FFFE}' | '\u{FFFF}' => false,
        c => !c.is_control(),
    }
}

/// `text` without the characters a Word document cannot hold.
pub(super) fn clean(text: &str) -> String {
    text.chars().filter(|c| keeps(*c)).collect()
}

/// Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and
/// their presentation forms.
fn right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

/// Direction of a character that has one; spaces, digits and punctuation
/// have none and follow their neighbours.
fn strong(c: char) -> Option<bool> {
    if right_to_left(c) {
        Some(true)
    } else if c.is_alphabetic() {
        Some(false)
    } else {
        None
    }
}

/// `text` cut where its direction changes, each piece with `true` when it
/// is right to left. Characters with no direction of their own are right to
/// left only between two right-to-left letters, so "for محمد علي." keeps its
/// space between the names inside the Arabic run and its full stop outside.
pub(super) fn by_direction(text: &str) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut next_strong = vec![None; chars.len()];
    let mut ahead = None;
    for (i, c) in chars.iter().enumerate().rev() {
        next_strong[i] = ahead;
        if let Some(dir) = strong(*c) {
            ahead = Some(dir);
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut behind = None;
    for (c, after) in chars.iter().zip(next_strong) {
        let rtl = match strong(*c) {
            Some(dir) => {
                behind = Some(dir);
                dir
            }
            None => behind == Some(true) && after == Some(true),
        };
        match pieces.last_mut() {
            Some((piece, dir)) if *dir == rtl => piece.push(*c),
            _ => pieces.push((c.to_string(), rtl)),
        }
    }
    pieces
}

fn run_properties(out: &mut String, look: Look, rtl: bool) {
    if look == Look::PLAIN && !rtl {
        return;
    }
    out.push_str("<w:rPr>");
    if look.bold {
        out.push_str("<w:b/><w:bCs/>");
    }
    if look.source {
        out.push_str(r#"<w:color w:val="505A5F"/><w:sz w:val="20"/><w:szCs w:val="20"/>"#);
    }
    if rtl {
        out.push_str("<w:rtl/>");
    }
    out.push_str("</w:rPr>");
}

/// Appends `text` as runs: line breaks become `<w:br/>`, tabs `<w:tab/>`,
/// and each right-to-left stretch its own run marked `<w:rtl/>`.
pub(super) fn runs(out: &mut String, text: &str, look: Look) {
    let text = clean(text).replace("\r\n", "\n").replace('\r', "\n");
    for (piece, rtl) in by_direction(&text) {
        out.push_str("<w:r>");
        run_properties(out, look, rtl);
        for (i, line) in piece.split('\n').enumerate() {
            if i > 0 {
                out.push_str("<w:br/>");
            }
            for (j, cell) in line.split('\t').enumerate() {
                if j > 0 {
                    out.push_str("<w:tab/>");
                }
                if !cell.is_empty() {
                    out.push_str(r#"<w:t xml:space="preserve">"#);
                    out.push_str(&escape(cell));
                    out.push_str("</w:t>");
                }
            }
        }
        out.push_str("</w:r>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_cannot_hold_are_dropped_and_the_rest_kept() {
        assert_eq!(
            clean("a\u{0}b\u{1b}c\u{7}d\u{85}e\u{FFFF}f\tg\nh"),
            "abcdef\tg\nh"
        );
        assert_eq!(clean("Zoë 😀 محمد"), "Zoë 😀 محمد");
    }

    #[test]
    fn markup_is_escaped_and_lines_break() {
        let mut out = String::new();
        runs(&mut out, "<script>&\"'\nnext\tcol", Look::PLAIN);
        assert_eq!(
            out,
            "<w:r><w:t xml:space=\"preserve\">&lt;script&gt;&amp;&quot;&apos;</w:t>\
             <w:br/><w:t xml:space=\"preserve\">next</w:t><w:tab/>\
             <w:t xml:space=\"preserve\">col</w:t></w:r>"
        );
    }

    #[test]
    fn right_to_left_names_get_their_own_runs() {
        assert_eq!(
            by_direction("plan for محمد علي."),
            vec![
                ("plan for ".to_owned(), false),
                ("محمد علي".to_owned(), true),
                (".".to_owned(), false),
            ]
        );
        assert_eq!(by_direction("שלום"), vec![("שלום".to_owned(), true)]);
        assert!(by_direction("").is_empty());
    }
}
