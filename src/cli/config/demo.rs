//! `demo`: the built-in example offers, compared and planned.

use chrono::NaiveDate;

use super::checks::refuse_in_csv;
use super::sources::Projection;
use crate::cli::{ColorChoice, DemoArgs};
use crate::error::Result;
use crate::render::{Format, View};

/// `counteroffer demo`.
#[derive(Debug, Clone)]
pub struct DemoRequest {
    /// The comparison's date (`--as-of`, else today) and horizon.
    pub projection: Projection,
    /// `--as-of` as given: the plan's date when given, else the founding
    /// case's fixed offer date (not today), so the plan reads the same every day.
    pub as_of: Option<NaiveDate>,
    pub view: View,
}

impl DemoRequest {
    pub(crate) fn new(args: &DemoArgs, color: ColorChoice) -> Result<DemoRequest> {
        refuse_in_csv(
            Format::from(args.output.format),
            &[("--vests", args.vests.vests)],
        )?;
        Ok(DemoRequest {
            projection: Projection::from_args(&args.projection),
            as_of: args.projection.as_of,
            view: super::view::view(&args.output, color, args.vests.vests),
        })
    }
}
