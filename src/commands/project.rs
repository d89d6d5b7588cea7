//! `counteroffer project`.

use crate::cli::{ColorChoice, ProjectArgs};
use crate::error::Result;
use crate::render;

pub fn run(args: &ProjectArgs, color: ColorChoice) -> Result<String> {
    let inputs = super::read_inputs(&args.offers)?;
    let offers = super::load(&inputs, args.projection.as_of, args.projection.years)?;
    render::projections(
        &offers,
        &super::view(&args.output, color, args.projection.vests),
    )
}
