//! Limits shared by the readers of untrusted documents. A document is a
//! few hundred KB of advice; these are far above that and far below what
//! would hurt the service.

/// Most entries a zip-based document (DOCX, ODT) may list.
pub const MAX_ENTRIES: usize = 2_000;
/// Most bytes one XML part may expand to once decompressed.
pub const MAX_XML_BYTES: u64 = 32 * 1024 * 1024;
/// Deepest nesting of XML elements or RTF groups that is read.
pub const MAX_DEPTH: usize = 200;
