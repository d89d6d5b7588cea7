//! `counteroffer benchmarks check`.

use std::path::Path;

use crate::cli::{ColorChoice, FormatChoice, OutputArgs};
use crate::error::Result;
use crate::render;

pub fn check(file: &Path, width: Option<u16>, color: ColorChoice) -> Result<String> {
    let set = super::load_benchmarks(Some(file))?;
    let output = OutputArgs {
        format: FormatChoice::Table,
        width,
    };
    Ok(render::benchmarks_check(
        &set,
        &super::view(&output, color, false),
    ))
}
