//! `counteroffer schema`: the JSON Schema of each input file and each JSON
//! output, generated from the very types the readers deserialize into and
//! the writers serialize from, so the two cannot drift.

use crate::cli::SchemaChoice;
use crate::domain::market::BenchmarksFile;
use crate::domain::offer::OfferFile;
use crate::error::Result;

pub fn run(file: SchemaChoice) -> Result<String> {
    let schema = match file {
        SchemaChoice::Offer => schemars::schema_for!(OfferFile),
        SchemaChoice::Benchmarks => schemars::schema_for!(BenchmarksFile),
        SchemaChoice::Tax => schemars::schema_for!(crate::domain::tax::TaxTableFile),
        SchemaChoice::Fx => schemars::schema_for!(crate::domain::fx::FxFile),
        SchemaChoice::Projection | SchemaChoice::Comparison => crate::render::offers_schema(),
        SchemaChoice::Placement => crate::render::placement_schema(),
        SchemaChoice::Plan => schemars::schema_for!(crate::render::plan::PlanView),
        SchemaChoice::BatchRecord => crate::render::batch_record_schema(),
    };
    crate::render::json_document(&schema)
}
