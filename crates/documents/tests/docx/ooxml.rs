//! Reading a DOCX back the way a checker would: unzip it, parse each part
//! as XML (failing on anything malformed) and walk a small tree of it.

use std::collections::HashMap;
use std::error::Error;
use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

pub type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// Every part of the package by name, as text.
pub fn unzip(bytes: &[u8]) -> Result<HashMap<String, String>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut parts = HashMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i)?;
        let mut text = String::new();
        file.read_to_string(&mut text)?;
        parts.insert(file.name().to_owned(), text);
    }
    Ok(parts)
}

/// An element, its attributes (with prefixes, e.g. "w:val") and children;
/// text inside it is kept in order as `text`.
#[derive(Debug, Default)]
pub struct Node {
    pub name: String,
    pub attrs: HashMap<String, String>,
    pub children: Vec<Node>,
    pub text: String,
}

/// Whether XML 1.0 allows `c` anywhere in a document.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn element(e: &quick_xml::events::BytesStart) -> Result<Node> {
    let mut node = Node {
        name: String::from_utf8(e.name().as_ref().to_vec())?,
        ..Node::default()
    };
    for attr in e.attributes() {
        let attr = attr?;
        node.attrs.insert(
            String::from_utf8(attr.key.as_ref().to_vec())?,
            attr.unescape_value()?.into_owned(),
        );
    }
    Ok(node)
}

/// Parses `xml`, failing on a character XML 1.0 forbids, a mismatched
/// tag, a bad escape or anything after the root.
pub fn parse(xml: &str) -> Result<Node> {
    if let Some(bad) = xml.chars().find(|c| !xml_char(*c)) {
        return Err(format!("character XML cannot hold: {:?}", bad).into());
    }
    let mut reader = Reader::from_str(xml);
    let mut stack = vec![Node::default()];
    loop {
        match reader.read_event()? {
            Event::Start(e) => stack.push(element(&e)?),
            Event::Empty(e) => {
                let node = element(&e)?;
                stack.last_mut().ok_or("no parent")?.children.push(node);
            }
            Event::End(_) => {
                let node = stack.pop().ok_or("unbalanced")?;
                stack.last_mut().ok_or("unbalanced")?.children.push(node);
            }
            Event::Text(t) => {
                let text = t.unescape()?;
                stack.last_mut().ok_or("no parent")?.text.push_str(&text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut document = stack.pop().ok_or("empty")?;
    if !stack.is_empty() || document.children.len() != 1 {
        return Err("not one root element".into());
    }
    document.children.pop().ok_or_else(|| "no root".into())
}

impl Node {
    /// Every element named `name` below this one, in document order.
    pub fn all<'a>(&'a self, name: &str) -> Vec<&'a Node> {
        let mut found = Vec::new();
        for child in &self.children {
            if child.name == name {
                found.push(child);
            }
            found.extend(child.all(name));
        }
        found
    }

    pub fn first(&self, name: &str) -> Option<&Node> {
        self.all(name).into_iter().next()
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }

    /// What a reader sees: the text of its runs, breaks as new lines.
    pub fn visible_text(&self) -> String {
        let mut out = String::new();
        for child in &self.children {
            match child.name.as_str() {
                "w:t" => out.push_str(&child.text),
                "w:br" => out.push('\n'),
                "w:tab" => out.push('\t'),
                "w:instrText" => {}
                _ => out.push_str(&child.visible_text()),
            }
        }
        out
    }

    /// The paragraph's style id, e.g. "Heading1".
    pub fn style(&self) -> Option<&str> {
        self.first("w:pPr")?.first("w:pStyle")?.attr("w:val")
    }

    /// The `w:numId` of a list paragraph.
    pub fn list(&self) -> Option<u32> {
        self.first("w:numPr")?
            .first("w:numId")?
            .attr("w:val")?
            .parse()
            .ok()
    }
}

/// The number Word shows before each list paragraph, worked out from
/// numbering.xml as Word does: the list's start, counting up per list.
pub fn shown_numbers(document: &Node, numbering: &Node) -> Result<Vec<(u32, String)>> {
    let mut starts: HashMap<String, u32> = HashMap::new();
    for abstract_num in numbering.all("w:abstractNum") {
        let id = abstract_num.attr("w:abstractNumId").ok_or("no id")?;
        let format = abstract_num.first("w:numFmt").and_then(|f| f.attr("w:val"));
        if format == Some("decimal") {
            let start = abstract_num.first("w:start").and_then(|s| s.attr("w:val"));
            starts.insert(id.to_owned(), start.ok_or("no start")?.parse()?);
        }
    }
    let mut lists: HashMap<u32, u32> = HashMap::new();
    for num in numbering.all("w:num") {
        let id: u32 = num.attr("w:numId").ok_or("no numId")?.parse()?;
        let abstract_id = num.first("w:abstractNumId").and_then(|a| a.attr("w:val"));
        if let Some(start) = abstract_id.and_then(|a| starts.get(a)) {
            lists.insert(id, *start);
        }
    }
    let mut next: HashMap<u32, u32> = HashMap::new();
    let mut shown = Vec::new();
    for paragraph in document.all("w:p") {
        let Some(list) = paragraph.list() else {
            continue;
        };
        let Some(start) = lists.get(&list) else {
            continue;
        };
        let number = next.entry(list).or_insert(*start);
        shown.push((*number, paragraph.visible_text()));
        *number += 1;
    }
    Ok(shown)
}
