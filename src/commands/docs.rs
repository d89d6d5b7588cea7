//! `counteroffer completions` and `counteroffer man`: generated from the clap
//! definition, so they can never disagree with the real flags.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Result};

pub fn completions(shell: clap_complete::Shell) -> Result<String> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "counteroffer", &mut out);
    into_string(out)
}

pub fn man() -> Result<String> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|source| Error::Io {
            context: "rendering the manual".into(),
            source,
        })?;
    into_string(out)
}

fn into_string(bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|err| Error::Io {
        context: "generated text".into(),
        source: std::io::Error::other(err),
    })
}
