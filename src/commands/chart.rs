//! `--chart` and `--svg` for `project` and `compare`.

use std::io::Write;

use crate::cli::ChartRequest;
use crate::domain::compare::Comparison;
use crate::domain::report::OfferReport;
use crate::error::{DataError, Error, Result};
use crate::io::output_file::write_atomically;
use crate::render::chart;
use crate::render::{Format, View};

/// Terminal width when none is given and none can be detected.
const DEFAULT_WIDTH: u16 = 80;

/// Appends the terminal chart to `text` and writes the SVG, as asked.
pub fn add(
    text: &mut String,
    chart: &ChartRequest,
    view: &View,
    offers: &[OfferReport],
    comparison: Option<&Comparison>,
) -> Result<()> {
    if chart.terminal {
        let width = view
            .width
            .or_else(|| comfy_table::Table::new().width())
            .unwrap_or(DEFAULT_WIDTH);
        let mut drawn = chart::terminal(offers, width);
        // With `--leave-table`, the golden handcuffs too.
        for offer in offers {
            if let Some(leave) = chart::leave_terminal(offer, width) {
                drawn.push('\n');
                drawn.push_str(&leave);
            }
        }
        text.push('\n');
        if view.format == Format::Markdown {
            // A fence longer than any run of backticks a name brings.
            let longest = drawn.split(|c| c != '`').map(str::len).max().unwrap_or(0);
            let fence = "`".repeat(longest.max(2) + 1);
            text.push_str(&format!("{fence}text\n{drawn}{fence}\n"));
        } else {
            text.push_str(&drawn);
        }
    }
    if let Some(path) = &chart.svg {
        if path == std::path::Path::new("-") {
            return Err(Error::Usage(
                "--svg - would mix the SVG into the report on standard output, expected a file name (`./-` for a file named -)".into(),
            ));
        }
        let svg = chart::svg(offers, comparison)
            .map_err(|err| Error::data("the chart", DataError::new("", err.to_string())))?;
        write_atomically(path, svg.as_bytes(), chart.force).map_err(super::not_written)?;
        // Standard output carries the view (JSON, say), so the note that
        // the file was written, as `init` and `man` give it, goes beside it.
        let shown = crate::io::escape::terminal(&path.display().to_string()).into_owned();
        let _ = writeln!(std::io::stderr(), "Wrote {shown}");
    }
    Ok(())
}
