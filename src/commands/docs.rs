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

/// The overview page, or one subcommand's page (`counteroffer-script(1)`),
/// with every flag and its help.
pub fn man(subcommand: Option<&str>) -> Result<String> {
    let mut command = Cli::command();
    command.build();
    let page = match subcommand {
        None => command,
        Some(name) => {
            let names: Vec<String> = command
                .get_subcommands()
                .map(|c| c.get_name().to_owned())
                .filter(|n| n != "help")
                .collect();
            let Some(found) = command.find_subcommand(name) else {
                return Err(Error::Usage(format!(
                    "no subcommand `{}`, expected one of {}",
                    crate::escape::terminal(name),
                    names.join(", ")
                )));
            };
            // After `build`, a subcommand's display name is `counteroffer-NAME`.
            found.clone()
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
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
