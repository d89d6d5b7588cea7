//! Reading input files (or standard input) into memory, with the errors the
//! contract asks for: a missing or unreadable file, a directory included, is
//! exit 66; the rest of I/O is exit 74.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// An input's bytes and the name to use for it in messages.
#[derive(Debug)]
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Reads `path`, or standard input when it is `-`.
pub fn read(path: &Path) -> Result<Input> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                context: "<stdin>".into(),
                source,
            })?;
        return Ok(Input {
            name: "<stdin>".into(),
            bytes,
        });
    }
    let unreadable = |reason: String| Error::Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    if path.is_dir() {
        return Err(unreadable("is a directory, expected a JSON file".into()));
    }
    let bytes = std::fs::read(path).map_err(|err| unreadable(describe(&err)))?;
    Ok(Input {
        name: path.display().to_string(),
        bytes,
    })
}

/// Reads every path; standard input may be named only once.
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
