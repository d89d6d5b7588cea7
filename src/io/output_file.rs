//! Writing a file the user named, without ever leaving it half-written or
//! replacing it by surprise: the contents go to a temporary file in the same
//! directory, are flushed to disk, and then take the name in one rename.
//! Unless asked to replace files, the rename refuses to replace an existing
//! file, so even a file created meanwhile is never clobbered.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Why a file was not written.
#[derive(Debug)]
pub enum WriteError {
    /// The file exists and replacing it was not asked for: the command
    /// says how to ask (its `--force`).
    Exists(PathBuf),
    /// Anything else, said in full.
    Failed(Error),
}

impl From<Error> for WriteError {
    fn from(err: Error) -> Self {
        WriteError::Failed(err)
    }
}

type Result<T> = std::result::Result<T, WriteError>;

/// Writes `contents` to `path` atomically.
pub fn write_atomically(path: &Path, contents: &[u8], force: bool) -> Result<()> {
    write_atomically_with(path, force, |out| {
        out.write_all(contents).map_err(|source| Error::Io {
            context: path.display().to_string(),
            source,
        })
    })
}

/// Refuses, before any work, an output path that exists without `force`
/// or is a directory (exit 73); the write checks again when it happens.
pub fn check_target(path: &Path, force: bool) -> Result<()> {
    let cannot = |reason: &str| {
        WriteError::Failed(Error::CannotCreate {
            path: path.to_path_buf(),
            reason: reason.to_owned(),
        })
    };
    if !force && path.symlink_metadata().is_ok() {
        return Err(WriteError::Exists(path.to_path_buf()));
    }
    if path.is_dir() {
        return Err(cannot("is a directory, expected a file name"));
    }
    Ok(())
}

/// Streams output into `path` atomically: `write` fills a temporary file,
/// which takes the name only if `write` succeeds.
pub fn write_atomically_with(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> crate::error::Result<()>,
) -> Result<()> {
    let cannot = |reason: String| {
        WriteError::Failed(Error::CannotCreate {
            path: path.to_path_buf(),
            reason,
        })
    };
    check_target(path, force)?;
    // `--force` replaces files, never a FIFO, a socket or a device node
    // (`--out /dev/null --force` must not replace /dev/null).
    if let Ok(existing) = std::fs::metadata(path)
        && !existing.is_file()
    {
        return Err(cannot(
            "is not a regular file (a FIFO, socket or device), expected a file to write".into(),
        ));
    }
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".counteroffer-")
        .suffix(".tmp")
        .tempfile_in(directory)
        .map_err(|err| {
            cannot(format!(
                "cannot create a file in {}: {err}",
                directory.display()
            ))
        })?;
    let io_error = |source: io::Error| Error::Io {
        context: path.display().to_string(),
        source,
    };
    // Temporary files start private (0600); the result should look like any
    // file the user writes: the replaced file's read/write/execute bits, else
    // 0644. Setuid, setgid and sticky bits are never carried over.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        let permissions = std::fs::Permissions::from_mode(mode);
        temporary
            .as_file()
            .set_permissions(permissions)
            .map_err(io_error)?;
    }
    {
        let mut buffered = io::BufWriter::new(temporary.as_file_mut());
        write(&mut buffered)?;
        buffered.flush().map_err(io_error)?;
    }
    temporary.as_file().sync_all().map_err(io_error)?;
    let persisted = if force {
        temporary.persist(path)
    } else {
        temporary.persist_noclobber(path)
    };
    persisted.map_err(|err| match err.error.kind() {
        io::ErrorKind::AlreadyExists => WriteError::Exists(path.to_path_buf()),
        _ => cannot(err.error.to_string()),
    })?;
    Ok(())
}
