//! The command line: clap's types, and nothing else reads them.

mod args;

pub use args::*;
