//! Errors and the exit codes they map to (sysexits.h, as the contract says).

use std::io;
use std::path::PathBuf;

/// Something wrong with input data: where it is (a JSON path) and what is wrong.
/// Domain code raises these without knowing the file; [`Error::data`] adds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// JSON path of the offending value (`equity[0].schedule`), empty for the whole input.
    pub path: String,
    pub message: String,
}

impl DataError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> DataError {
        DataError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every way a run can fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Invalid data: malformed JSON, unknown field, broken rule, overflow.
    #[error("{source_name}: {error}")]
    Data {
        source_name: String,
        error: DataError,
    },
    /// An input that cannot be opened or read.
    #[error("{}: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: String },
    /// An output file that must not or cannot be created.
    #[error("{}: {reason}", path.display())]
    CannotCreate { path: PathBuf, reason: String },
    /// A command line that clap accepts but the command cannot use.
    #[error("{0}")]
    Usage(String),
    /// Any other input/output failure.
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: io::Error,
    },
}

impl Error {
    pub fn data(source_name: impl Into<String>, error: DataError) -> Error {
        Error::Data {
            source_name: source_name.into(),
            error,
        }
    }

    /// Whether this is a closed output pipe (`| head`), which ends quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Data { .. } => exit::DATA_ERR,
            Error::Unreadable { .. } => exit::NO_INPUT,
            Error::Usage(_) => exit::USAGE,
            Error::CannotCreate { .. } => exit::CANT_CREAT,
            Error::Io { .. } => exit::IO_ERR,
        }
    }
}

/// Exit codes.
pub mod exit {
    pub const SUCCESS: u8 = 0;
    /// Command-line usage error (clap's own code).
    pub const USAGE: u8 = 2;
    /// EX_DATAERR: the input data is wrong.
    pub const DATA_ERR: u8 = 65;
    /// EX_NOINPUT: an input file is missing or unreadable.
    pub const NO_INPUT: u8 = 66;
    /// EX_CANTCREAT: an output file exists (without `--force`) or cannot be created.
    pub const CANT_CREAT: u8 = 73;
    /// EX_IOERR: other input/output failure.
    pub const IO_ERR: u8 = 74;
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
