//! Everything typst may see while it lays out a plan: the template, the
//! plan's data as one JSON file, and the shipped fonts. No other file, no
//! package, no system font and no clock, so a render never touches the disk
//! or the network and the same plan always gives the same layout.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::FONTS;

const TEMPLATE: &str = include_str!("plan.typ");

/// Where the template reads the plan from: `json("/plan.json")`.
const DATA_PATH: &str = "/plan.json";

static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(Library::builder().build()));

pub struct PlanWorld {
    main: Source,
    data: Bytes,
}

impl PlanWorld {
    /// `data` is the JSON the template reads as `/plan.json`.
    pub fn new(data: Vec<u8>) -> Self {
        PlanWorld {
            main: Source::detached(TEMPLATE),
            data: Bytes::new(data),
        }
    }
}

fn is_data(id: FileId) -> bool {
    *id.root() == VirtualRoot::Project && id.vpath().get_with_slash() == DATA_PATH
}

impl World for PlanWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if is_data(id) {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(TEMPLATE))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.faces.get(index).cloned()
    }

    /// No clock: the template prints no "today", and leaving it out keeps the
    /// output the same from one day to the next.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}
