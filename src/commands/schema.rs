//! `counteroffer schema`: the JSON Schema of each input file and each JSON
//! output, generated from the very types the readers deserialize into and
//! the writers serialize from, so the two cannot drift.

use crate::cli::SchemaKind;
use crate::domain::market::BenchmarksFile;
use crate::domain::offer::OfferFile;
use crate::error::Result;

pub fn run(file: SchemaKind) -> Result<String> {
    let schema = match file {
        SchemaKind::Offer => schemars::schema_for!(OfferFile),
        SchemaKind::Benchmarks => schemars::schema_for!(BenchmarksFile),
        SchemaKind::Tax => schemars::schema_for!(crate::domain::tax::TaxTableFile),
        SchemaKind::Fx => schemars::schema_for!(crate::domain::fx::FxFile),
        SchemaKind::Projection | SchemaKind::Comparison => crate::render::offers_schema(),
        SchemaKind::Placement => crate::render::placement_schema(),
        SchemaKind::Plan => schemars::schema_for!(crate::render::plan::PlanView),
        SchemaKind::BatchRecord => crate::render::batch_record_schema(),
    };
    crate::render::json_document(&schema)
}
