//! The integration tests, as one binary: one link instead of one per file.

mod common;
mod reference;

mod batch;
mod benchmarks_build;
mod charts;
mod cli_exit_codes;
mod comparison;
mod currency;
mod differential;
mod ecosystem;
mod hostile_inputs;
mod init;
mod leave;
mod market;
mod market_properties;
mod negotiation;
mod nothing_lost;
mod output_formats;
mod output_properties;
mod projection_rules;
mod properties;
mod readme;
mod script;
mod serve;
mod serve_browser;
mod tax;
mod timeline_properties;
mod yen;
