//! Rendering the plan through a template: the built-in Markdown and text
//! ones, or the user's own.
//!
//! Templates run in a sandbox: minijinja has no file or process access
//! unless a loader or function is added, and none is; a fuel budget bounds
//! how long any template can run, so an endless loop ends in an error.

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{Environment, Value};

use super::view::PlanView;

pub const BUILT_IN_MARKDOWN: &str = include_str!("templates/script.md.j2");
pub const BUILT_IN_TEXT: &str = include_str!("templates/script.txt.j2");

/// Instructions a render may take (roughly; see minijinja's fuel). The
/// built-in templates use a few thousand.
const FUEL: u64 = 500_000;

/// A template that does not parse or fails while rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// How every `{{ value }}` a template prints is escaped: text in the plan
/// comes partly from files (offer names, benchmark ids and sources).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// Controls, Markdown punctuation and HTML (the built-in Markdown template).
    Markdown,
    /// Controls only (the text template and users' own templates).
    Terminal,
}

/// Renders `source` (named `name` in errors) with the plan as its context.
pub fn render(
    name: &str,
    source: &str,
    plan: &PlanView,
    escape: Escape,
) -> Result<String, TemplateError> {
    let mut env = Environment::new();
    env.set_formatter(move |out, state, value| match value.as_str() {
        Some(text) => {
            let shown = match escape {
                Escape::Markdown => crate::io::escape::markdown(text),
                Escape::Terminal => crate::io::escape::terminal(text),
            };
            out.write_str(&shown).map_err(minijinja::Error::from)
        }
        None => minijinja::escape_formatter(out, state, value),
    });
    env.set_fuel(Some(FUEL));
    env.set_recursion_limit(100);
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| describe(&e))?;
    env.set_syntax(syntax);
    let template = env
        .template_from_named_str(name, source)
        .map_err(|e| describe(&e))?;
    template
        .render(Value::from(Serde(plan)))
        .map_err(|e| describe(&e))
}

fn describe(error: &minijinja::Error) -> TemplateError {
    let mut message = error.kind().to_string();
    if let Some(detail) = error.detail() {
        message.push_str(": ");
        message.push_str(detail);
    }
    TemplateError {
        line: error.line(),
        message,
    }
}
