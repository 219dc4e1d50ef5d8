//! The zip side of DOCX and ODT: opening the archive and reading one part
//! under the limits, so a hostile file (millions of entries, a part that
//! expands to gigabytes, zip-level encryption) stops with a typed error
//! before it costs much.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use crate::error::IngestError;
use crate::ingest::limits::{MAX_ENTRIES, MAX_XML_BYTES};

pub type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// The signatures of the records that end a zip (classic and zip64).
const END_SIGNATURES: [&[u8; 4]; 2] = [b"PK\x05\x06", b"PK\x06\x06"];
/// Most end records of either kind a file may hold. A real archive has one
/// (another can turn up by chance inside compressed data). The zip crate
/// tries every candidate and scans the file again for each, so a file of a
/// few MB packed with them would keep it busy for hours.
const MAX_END_RECORDS: usize = 16;

/// Opens a zip held in memory, refusing archives that list too many entries.
pub fn open<'a>(name: &str, bytes: &'a [u8]) -> Result<Archive<'a>, IngestError> {
    // One pass over the file, counting each kind of end record.
    let mut records = [0usize; END_SIGNATURES.len()];
    for window in bytes.windows(4) {
        if let Some(kind) = END_SIGNATURES.iter().position(|s| window == &s[..]) {
            records[kind] += 1;
        }
    }
    if let Some(&most) = records.iter().find(|&&n| n > MAX_END_RECORDS) {
        return Err(IngestError::Corrupt {
            name: name.to_string(),
            detail: format!("it holds {most} end-of-archive records where a zip has one"),
        });
    }
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(name, &e))?;
    if archive.len() > MAX_ENTRIES {
        return Err(IngestError::Bomb {
            name: name.to_string(),
        });
    }
    Ok(archive)
}

/// Reads one part, or `None` when the archive has no part of that name.
pub fn read_part(
    name: &str,
    archive: &mut Archive<'_>,
    part: &str,
) -> Result<Option<Vec<u8>>, IngestError> {
    let entry = match archive.by_name(part) {
        Ok(entry) => entry,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(ZipError::UnsupportedArchive(detail)) if detail == ZipError::PASSWORD_REQUIRED => {
            return Err(IngestError::Encrypted {
                name: name.to_string(),
            })
        }
        Err(e) => return Err(corrupt(name, &e)),
    };
    if entry.encrypted() {
        return Err(IngestError::Encrypted {
            name: name.to_string(),
        });
    }
    let mut xml = Vec::new();
    // Read one byte past the limit so an over-long part is told apart from
    // one exactly at it, without ever holding more.
    entry
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| IngestError::Corrupt {
            name: name.to_string(),
            detail: format!("{part}: {e}"),
        })?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(IngestError::Bomb {
            name: name.to_string(),
        });
    }
    Ok(Some(xml))
}

fn corrupt(name: &str, error: &ZipError) -> IngestError {
    IngestError::Corrupt {
        name: name.to_string(),
        detail: error.to_string(),
    }
}

/// Zips built to trip the limits, for the readers' tests.
#[cfg(test)]
pub(crate) mod bombs {
    use std::io::{Cursor, Write};

    use zip::write::SimpleFileOptions;

    use crate::ingest::limits::{MAX_ENTRIES, MAX_XML_BYTES};

    /// One part that inflates past the XML limit from under 1 MB.
    pub fn inflating(part: &str) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file(part, SimpleFileOptions::default()).unwrap();
        let spaces = vec![b' '; 1024 * 1024];
        for _ in 0..=(MAX_XML_BYTES / (1024 * 1024)) {
            zip.write_all(&spaces).unwrap();
        }
        zip.finish().unwrap();
        let bomb = out.into_inner();
        assert!(bomb.len() < 1024 * 1024);
        bomb
    }

    /// One entry more than a reader will list.
    pub fn crowded() -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        for i in 0..=MAX_ENTRIES {
            zip.start_file(format!("f{i}"), SimpleFileOptions::default())
                .unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found while fuzzing by hand: thousands of end records cost the zip
    /// crate a scan of the file each (minutes for 2 MB); they are refused
    /// after one pass instead.
    #[test]
    fn a_file_packed_with_end_records_is_refused_at_once() {
        let mut bytes = b"PK\x03\x04".to_vec();
        for _ in 0..100_000 {
            bytes.extend_from_slice(b"PK\x05\x06\0\0\0\0\xff\xff\xff\xff\0\0\0\0\0\0\0\0\0\0");
        }
        let started = std::time::Instant::now();
        let error = open("many-ends.docx", &bytes).map(|_| ()).unwrap_err();
        assert!(matches!(error, IngestError::Corrupt { .. }), "{error}");
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }
}
