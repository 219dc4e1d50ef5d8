//! Text typed into a plan, made safe to print in a PDF/UA-1 file.
//!
//! The text reaches typst as data, so nothing in it is ever read as markup;
//! this only removes what a PDF cannot carry. Control characters have no
//! glyph, U+FEFF and noncharacters are forbidden in the text map, and a
//! character the fonts lack would print the `.notdef` box PDF/UA-1 forbids,
//! so it is shown as U+FFFD instead: the reader sees something is missing
//! rather than the export failing. Direction overrides go too: one left open
//! in a child's name would print the words after it backwards, wherever the
//! name is used. Right-to-left names still read correctly without them.

use super::fonts::covers;

const REPLACEMENT: char = '\u{FFFD}';

/// A run of this many characters with no space gets a break opportunity,
/// so that a pasted link or a held-down key wraps in its table cell instead
/// of running off the page.
const LONGEST_UNBROKEN_RUN: usize = 30;

/// Zero-width space: a break opportunity that prints nothing.
const BREAK: char = '\u{200B}';

pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\r' | '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() || forbidden(c) || direction_control(c) => continue,
            c if covers(c) || default_ignorable(c) => c,
            _ => REPLACEMENT,
        };
        run = if c.is_whitespace() || c == BREAK {
            0
        } else {
            run + 1
        };
        if run > LONGEST_UNBROKEN_RUN {
            out.push(BREAK);
            run = 1;
        }
        out.push(c);
    }
    out
}

/// What PDF/UA-1 (through krilla) refuses in the text of a page.
fn forbidden(c: char) -> bool {
    let n = c as u32;
    c == '\u{FEFF}' || (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// Embeddings, overrides and isolates (not the plain LRM and RLM marks).
fn direction_control(c: char) -> bool {
    matches!(c as u32, 0x202A..=0x202E | 0x2066..=0x2069)
}

/// Characters that shape to nothing (joiners, direction marks, variation
/// selectors): Arabic and Indic text needs them, and shaping hides them, so
/// they are kept even where the font has no glyph.
fn default_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5
        | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFFA0
        | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn control_characters_go_and_line_breaks_stay() {
        assert_eq!(clean("a\u{0}b\u{1b}[31mc\r\nd\te"), "ab[31mc\nd e");
    }

    #[test]
    fn markup_characters_are_kept_as_they_are() {
        let text = "#set page(width: 1cm) $x$ [b] <script> \\ * _ @ref";
        assert_eq!(clean(text), text);
    }

    #[test]
    fn characters_the_fonts_lack_are_marked_not_dropped() {
        assert_eq!(clean("王 Ola"), "\u{FFFD} Ola");
    }

    #[test]
    fn what_pdf_forbids_is_removed() {
        assert_eq!(clean("\u{FEFF}a\u{FFFE}b\u{FDD0}"), "ab");
    }

    #[test]
    fn a_direction_override_cannot_reverse_what_follows() {
        assert_eq!(clean("محمد\u{202E}evil\u{2067}x"), "محمدevilx");
        assert_eq!(clean("a\u{200F}b"), "a\u{200F}b");
    }

    #[test]
    fn long_runs_get_a_place_to_wrap() {
        let cleaned = clean(&"x".repeat(70));
        assert_eq!(cleaned.matches('\u{200B}').count(), 2);
        assert_eq!(cleaned.replace('\u{200B}', ""), "x".repeat(70));
        assert!(!clean(&"word ".repeat(40)).contains('\u{200B}'));
    }
}
