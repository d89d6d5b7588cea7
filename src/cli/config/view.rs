//! How results are printed, decided once from `--format`, `--width`,
//! `--color` and the terminal.

use std::io::IsTerminal;

use crate::cli::{ColorChoice, OutputArgs};
use crate::render::{Format, View};

/// The view for `--format` and `--width`, with vest events listed when `vests`.
pub(crate) fn view(output: &OutputArgs, color: ColorChoice, vests: bool) -> View {
    table_view(output.format.into(), output.width, color, vests)
}

/// The view for a format and width; colour only for tables.
pub(crate) fn table_view(
    format: Format,
    width: Option<u16>,
    color: ColorChoice,
    vests: bool,
) -> View {
    View {
        format,
        color: format == Format::Table && use_color(color),
        width,
        vests,
    }
}

/// Never when asked not to, when `NO_COLOR` is set (and not empty) or the
/// terminal is dumb; on `auto`, only when standard output is a terminal.
///
/// Written out rather than taken from `anstyle-query`: its `no_color()` is
/// this rule, but its `term_supports_color()` also refuses colour when
/// `TERM` is unset, which would change what `--color auto` does there.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Never => false,
        ColorChoice::Always => true,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
            !no_color && !dumb && std::io::stdout().is_terminal()
        }
    }
}
