//! The command line: clap's types (`args`), the values their flags parse
//! into ([`parse`], `values`), and the configuration layer ([`config`])
//! that turns them into the typed requests the commands run. Nothing
//! outside this module reads clap's types.

mod args;
pub mod config;
pub mod parse;
mod values;

pub use args::*;
pub use config::*;
pub use parse::{CalendarChoice, SignOnList};
pub use values::*;

use crate::error::{Error, Result};

/// The command line of this process. Help, `--version` and clap's usage
/// errors are printed by clap, which exits.
pub fn from_env() -> Cli {
    <Cli as clap::Parser>::parse()
}

/// A command line built in the program (the page's endpoints): clap's
/// refusal becomes a usage error carrying its first line.
pub fn try_from_argv<I, T>(argv: I) -> Result<Cli>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    <Cli as clap::Parser>::try_parse_from(argv).map_err(|err| {
        let text = err.to_string();
        let line = text.lines().next().unwrap_or_default();
        Error::Usage(line.strip_prefix("error: ").unwrap_or(line).to_owned())
    })
}
