//! The plan in words: what to say, write and do, as a serializable view
//! ([`PlanView`]) rendered through templates. The figures come from
//! [`crate::plan`]; nothing here computes them.

mod questions;
mod template;
mod view;
mod words;

pub use template::{BUILT_IN_MARKDOWN, BUILT_IN_TEXT, Escape, TemplateError, render};
pub use view::PlanView;
