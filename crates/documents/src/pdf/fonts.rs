//! The fonts the PDF is set in, shipped inside the binary so that a plan
//! looks the same on every server and nothing is read from the system.
//!
//! DejaVu Sans covers Latin (Polish included), Greek, Cyrillic, Hebrew and
//! Arabic: the names and words families most often bring. Only regular and
//! bold are shipped because the template never sets italic text; each face
//! costs about 700 KB of binary.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// The parsed faces and their index, built once per process: parsing the
/// font tables costs more than laying out a short plan.
pub struct Fonts {
    pub faces: Vec<Font>,
    pub book: LazyHash<FontBook>,
    /// The code points every face has a glyph for, sorted.
    covered: Vec<u32>,
}

pub static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let faces: Vec<Font> = [REGULAR, BOLD]
        .into_iter()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    let book = LazyHash::new(FontBook::from_fonts(&faces));
    let covered = match faces.split_first() {
        Some((first, rest)) => first
            .info()
            .coverage
            .iter()
            .filter(|&c| rest.iter().all(|face| face.info().coverage.contains(c)))
            .collect(),
        None => Vec::new(),
    };
    Fonts {
        faces,
        book,
        covered,
    }
});

/// Whether every shipped face has a glyph for `c`. PDF/UA-1 forbids the
/// empty `.notdef` box a missing glyph would print, and headings are bold,
/// so a character must be in both faces to be safe anywhere.
pub fn covers(c: char) -> bool {
    FONTS.covered.binary_search(&u32::from(c)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_faces_load_under_the_family_the_template_names() {
        assert_eq!(FONTS.faces.len(), 2);
        assert!(FONTS.book.contains_family("dejavu sans"));
    }

    #[test]
    fn the_scripts_families_bring_are_covered() {
        for c in "Zażółć gęślą jaźń محمد Ψ Ж € £ \u{FFFD}".chars() {
            assert!(covers(c), "{c:?} ({:04X})", c as u32);
        }
        assert!(!covers('王'));
    }
}
