//! The integration tests, as one binary: one link instead of one per file.

mod common;
mod reference;

mod batch;
mod benchmarks_build;
mod break_even_range;
mod charts;
mod cli_exit_codes;
mod comparison;
mod currency;
mod differential;
mod ecosystem;
mod error_names;
mod escaping;
mod file_bounds;
mod fractions;
mod hostile_inputs;
mod init;
mod leave;
mod market;
mod market_properties;
mod negotiation;
mod nothing_lost;
mod options;
mod options_reference;
mod output_formats;
mod output_properties;
mod places;
mod plan_rules;
mod projection_rules;
mod properties;
mod readme;
mod script;
mod tax;
mod timeline_properties;
mod yen;
