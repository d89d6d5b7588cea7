//! Reading input files (or standard input) into memory, with the errors the
//! contract asks for: a missing or unreadable file, a directory included, is
//! exit 66; the rest of I/O is exit 74.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Read buffer size: large enough for streaming a million offers.
const BUFFER: usize = 1 << 16;

/// The largest file read whole (an offer, a benchmark file, a template):
/// 64 MiB holds over a hundred thousand benchmark entries, and a bound keeps
/// a hostile or endless input from taking all memory. (Batch input streams
/// and has its own limit per line.)
pub const MAX_FILE: u64 = 64 << 20;

/// An input's bytes and the name to use for it in messages.
#[derive(Debug)]
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Opens `path` for streaming, or standard input when it is `-`.
pub fn open(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    if path == Path::new("-") {
        return Ok(Box::new(BufReader::with_capacity(BUFFER, io::stdin())));
    }
    let unreadable = |reason: String| Error::Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    if path.is_dir() {
        return Err(unreadable("is a directory, expected a file".into()));
    }
    let file = File::open(path).map_err(|err| unreadable(describe(&err)))?;
    Ok(Box::new(BufReader::with_capacity(BUFFER, file)))
}

/// Reads `path` (or standard input for `-`) whole.
pub fn read(path: &Path) -> Result<Input> {
    let name = if path == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    };
    let mut bytes = Vec::new();
    open(path)?
        .take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            context: name.clone(),
            source,
        })?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(Error::data(
            name,
            crate::error::DataError::new(
                "",
                format!("is larger than {MAX_FILE} bytes (64 MiB), the limit for one input file"),
            ),
        ));
    }
    strip_bom(&mut bytes);
    Ok(Input { name, bytes })
}

/// The UTF-8 byte-order mark some editors put at the start of a text file.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Drops a UTF-8 byte-order mark at the start of a file read whole: it
/// says the text is UTF-8, which every input is, and is no part of the
/// JSON (or template) that follows.
fn strip_bom(bytes: &mut Vec<u8>) {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
}

/// Reads every path, in order.
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Input>> {
    paths.iter().map(|p| read(p)).collect()
}

fn describe(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => err.to_string(),
    }
}
