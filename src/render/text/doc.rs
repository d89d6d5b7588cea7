//! A text document in terminal-table or Markdown style.
//!
//! Every piece of text passes through [`Doc::shown`] on its way in, so a
//! name read from a file is escaped for the medium (controls on a terminal;
//! controls, Markdown punctuation and HTML in Markdown) whichever view builds
//! the document. The views' own words use no Markdown syntax, so escaping
//! them changes nothing.

use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement, Table};

use std::borrow::Cow;

use crate::escape;
use crate::render::{Format, View};

/// Builds a text document in either style.
pub struct Doc<'a> {
    pub view: &'a View,
    pub out: String,
}

impl<'a> Doc<'a> {
    pub fn new(view: &'a View) -> Doc<'a> {
        Doc {
            view,
            out: String::new(),
        }
    }

    pub fn markdown(&self) -> bool {
        self.view.format == Format::Markdown
    }

    /// `text` escaped for this document's medium.
    fn shown<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.markdown() {
            escape::markdown(text)
        } else {
            escape::terminal(text)
        }
    }

    pub fn gap(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
    }

    pub fn heading(&mut self, text: &str) {
        let text = self.shown(text).into_owned();
        self.gap();
        if self.markdown() {
            self.out.push_str(&format!("## {text}\n"));
        } else if self.view.color {
            self.out.push_str(&format!("\x1b[1m{text}\x1b[0m\n"));
        } else {
            self.out.push_str(&format!("{text}\n"));
        }
    }

    pub fn paragraph(&mut self, text: &str) {
        let text = self.shown(text).into_owned();
        self.gap();
        self.out.push_str(&text);
        self.out.push('\n');
    }

    pub fn lines(&mut self, lines: &[String]) {
        if lines.is_empty() {
            return;
        }
        self.gap();
        for line in lines {
            let line = self.shown(line).into_owned();
            if self.markdown() {
                self.out.push_str("- ");
            }
            self.out.push_str(&line);
            self.out.push('\n');
        }
    }

    /// A table; columns from `first_figure` on are right-aligned figures.
    pub fn table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>, first_figure: usize) {
        let mut table = Table::new();
        if self.markdown() {
            table
                .load_style(ASCII_MARKDOWN)
                .set_content_arrangement(ContentArrangement::Disabled);
        } else {
            table
                .load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
            if let Some(width) = self.view.width {
                table.set_width(width);
            }
        }
        let bold = self.view.color && !self.markdown();
        if bold {
            table.enforce_styling();
        }
        table.set_header(header.into_iter().map(|h| {
            let cell = Cell::new(self.shown(&h));
            if bold {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        let columns = rows.first().map_or(0, Vec::len);
        for row in rows {
            table.add_row(row.iter().map(|cell| self.shown(cell).into_owned()));
        }
        for index in first_figure..columns {
            if let Some(column) = table.column_mut(index) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        self.gap();
        self.out.push_str(&table.to_string());
        self.out.push('\n');
    }
}
