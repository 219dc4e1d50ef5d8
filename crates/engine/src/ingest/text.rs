//! Plain text into structure: headings, paragraphs, list items and table rows.
//!
//! Advice documents arrive as typed text with one paragraph per line, bullet
//! lists and column-aligned tables, so the shape of each line says what it is.

use crate::document::{Block, BlockKind};

/// Longest line that can still be a heading; longer lines are prose.
const HEADING_MAX_WORDS: usize = 9;

pub fn blocks_from_text(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut previous_blank = true;
    for raw in text.lines() {
        let line = raw.trim_end();
        if line.trim().is_empty() {
            previous_blank = true;
            continue;
        }
        let block = classify_line(line);
        let joins_previous = !previous_blank
            && block.kind == BlockKind::Paragraph
            && starts_lowercase(&block.text)
            && blocks.last().is_some_and(|b| {
                matches!(
                    b.kind,
                    BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Heading
                ) && !ends_sentence(&b.text)
            });
        match blocks.last_mut() {
            Some(last) if joins_previous => {
                // A short line that runs on into lowercase text was the start
                // of a wrapped paragraph, not a heading.
                if last.kind == BlockKind::Heading {
                    last.kind = BlockKind::Paragraph;
                }
                last.text.push(' ');
                last.text.push_str(&block.text);
            }
            _ => blocks.push(block),
        }
        previous_blank = false;
    }
    blocks
}

/// Text saved as UTF-16 (Windows' "Unicode" text), recognised by its
/// byte-order mark; other text is read as UTF-8.
pub fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (body, little_endian) = if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        (body, true)
    } else {
        (bytes.strip_prefix(b"\xFE\xFF")?, false)
    };
    let units = body.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

fn classify_line(line: &str) -> Block {
    let trimmed = line.trim();
    if let Some(item) = strip_bullet(trimmed) {
        return Block::new(BlockKind::ListItem, item.trim());
    }
    if let Some(cells) = table_cells(trimmed) {
        return Block::new(BlockKind::TableRow, cells.join("; "));
    }
    if looks_like_heading(trimmed) {
        let text = trimmed.trim_end_matches(':').trim();
        return Block::new(BlockKind::Heading, text);
    }
    Block::new(BlockKind::Paragraph, trimmed)
}

fn strip_bullet(line: &str) -> Option<&str> {
    for bullet in ["- ", "* ", "• ", "– ", "o ", "▪ ", "· "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(rest);
        }
    }
    // "(a) text" and "a) text" are list items; "1. Background" is left to
    // the heading test because numbered headings are common in advice.
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    if first == '(' {
        let close = line.find(") ")?;
        if close <= 4 {
            return Some(&line[close + 2..]);
        }
    }
    if first.is_ascii_alphanumeric() {
        if let Some(close) = line.find(") ") {
            if close <= 3 && line[..close].chars().all(|c| c.is_ascii_alphanumeric()) {
                return Some(&line[close + 2..]);
            }
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let rest = &line[digits..];
        if let Some(item) = rest.strip_prefix(". ") {
            if !looks_like_heading(line) {
                return Some(item);
            }
        }
    }
    None
}

/// Column-aligned rows (cells separated by tabs, bars or wide gaps).
fn table_cells(line: &str) -> Option<Vec<&str>> {
    let separator = if line.contains('|') {
        "|"
    } else if line.contains('\t') {
        "\t"
    } else if line.contains("   ") {
        "   "
    } else {
        return None;
    };
    let cells: Vec<&str> = line
        .split(separator)
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    (cells.len() >= 2).then_some(cells)
}

fn looks_like_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words == 0 || words > HEADING_MAX_WORDS {
        return false;
    }
    let last = line.chars().last().unwrap_or('.');
    if matches!(last, '.' | ',' | ';' | '"' | '\u{201d}') {
        return false;
    }
    line.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn starts_lowercase(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '\u{201d}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_and_tables_keep_their_shape() {
        let text = "1. Background\nOliver lives with his mum.\n\n- Verbal Similarities: 18th percentile\nToe by Toe (1:1 with TA)     15 min daily     Good progress\nWhat worries us?\n";
        let kinds: Vec<BlockKind> = blocks_from_text(text).iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::TableRow,
                BlockKind::Heading
            ]
        );
    }

    #[test]
    fn utf16_text_is_decoded_by_its_byte_order_mark() {
        let little: Vec<u8> = "\u{feff}Caf\u{e9}\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode_utf16(&little).as_deref(), Some("Caf\u{e9}\n"));
        let big: Vec<u8> = "\u{feff}Hi"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode_utf16(&big).as_deref(), Some("Hi"));
        assert_eq!(decode_utf16(b"plain"), None);
    }

    #[test]
    fn wrapped_lines_join_into_one_paragraph() {
        let blocks = blocks_from_text("He finds it hard to join\ngroup play at lunchtime.\n");
        assert_eq!(blocks.len(), 1);
        assert_eq!(
            blocks[0].text,
            "He finds it hard to join group play at lunchtime."
        );
    }
}
