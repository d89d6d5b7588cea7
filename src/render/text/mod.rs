//! Human-readable views: terminal tables, or the same content as Markdown.

mod cell;
mod comparison;
mod doc;
mod layout;
mod leave;
mod market;
mod options;
mod projection;
mod tax;

pub use comparison::comparison;
pub use market::{benchmarks_check, market};
pub use projection::projections;
