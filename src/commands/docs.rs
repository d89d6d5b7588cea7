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
                    crate::io::escape::terminal(name),
                    names.join(", ")
                )));
            };
            // After `build`, a subcommand's display name is `counteroffer-NAME`.
            found.clone()
        }
    };
    into_string(render_page(page)?)
}

/// One manual page in roff.
fn render_page(page: clap::Command) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut out)
        .map_err(|source| Error::Io {
            context: "rendering the manual".into(),
            source,
        })?;
    Ok(out)
}

/// Every page (the overview, each subcommand's and each nested one's, as
/// `counteroffer-benchmarks-build.1`) written into `dir`, each atomically;
/// an existing page is replaced only with `force`.
pub fn man_pages(dir: &std::path::Path, force: bool) -> Result<String> {
    if !dir.is_dir() {
        return Err(Error::CannotCreate {
            path: dir.to_path_buf(),
            reason: "is not a directory, expected one to write the pages into".into(),
        });
    }
    let mut command = Cli::command();
    command.build();
    let mut pages = vec![command.clone()];
    let mut index = 0;
    while index < pages.len() {
        let children: Vec<clap::Command> = pages[index]
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .cloned()
            .collect();
        pages.extend(children);
        index += 1;
    }
    // After `build`, a subcommand's display name is `counteroffer-NAME`.
    let file_name =
        |page: &clap::Command| format!("{}.1", page.get_display_name().unwrap_or(page.get_name()));
    // All or nothing: a page already there stops the run before any is written.
    if !force
        && let Some(taken) = pages
            .iter()
            .map(|p| dir.join(file_name(p)))
            .find(|p| p.symlink_metadata().is_ok())
    {
        return Err(Error::CannotCreate {
            path: taken,
            reason: "already exists; pass --force to replace the pages".into(),
        });
    }
    let mut written = Vec::new();
    for page in pages {
        let name = file_name(&page);
        let path = dir.join(&name);
        crate::io::output_file::write_atomically(&path, &render_page(page)?, force)
            .map_err(super::not_written)?;
        written.push(name);
    }
    Ok(format!(
        "Wrote {} pages to {}: {}\n",
        written.len(),
        dir.display(),
        written.join(", ")
    ))
}

fn into_string(bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|err| Error::Io {
        context: "generated text".into(),
        source: std::io::Error::other(err),
    })
}
