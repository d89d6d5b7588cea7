//! A text document in terminal-table or Markdown style.
//!
//! Every piece of text passes through [`Doc::shown`] on its way in, so a
//! name read from a file is escaped for the medium (controls on a terminal;
//! controls, Markdown punctuation and HTML in Markdown) whichever view builds
//! the document. The views' own words use no Markdown syntax, so escaping
//! them changes nothing.

use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{Attribute, CellAlignment, ContentArrangement, Table};

use std::borrow::Cow;

use super::cell::{Cell, Header};
use super::layout::{self, Grid};
use crate::io::escape;
use crate::render::{Format, View, wrap};

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

    /// The terminal's width in columns.
    fn width(&self) -> usize {
        self.view.columns()
    }

    /// A paragraph, wrapped to the terminal between words (Markdown keeps
    /// it on one line).
    pub fn paragraph(&mut self, text: &str) {
        let text = self.shown(text).into_owned();
        self.gap();
        if self.markdown() {
            self.out.push_str(&text);
            self.out.push('\n');
        } else {
            for line in wrap::paragraph(&text, self.width()) {
                self.out.push_str(&line);
                self.out.push('\n');
            }
        }
    }

    /// Sentences one under another (a list in Markdown); on a terminal a
    /// sentence too long for the line continues indented by two columns.
    pub fn lines(&mut self, lines: &[String]) {
        if lines.is_empty() {
            return;
        }
        self.gap();
        for line in lines {
            let line = self.shown(line).into_owned();
            if self.markdown() {
                self.out.push_str("- ");
                self.out.push_str(&line);
                self.out.push('\n');
            } else {
                for part in wrap::hanging(&line, "", "  ", self.width()) {
                    self.out.push_str(&part);
                    self.out.push('\n');
                }
            }
        }
    }

    /// A table; columns from `first_figure` on are right-aligned figures.
    /// On a terminal it is fitted to the width without breaking a figure or
    /// a word (see [`layout`]); Markdown keeps every column and line whole.
    pub fn table<H: Into<Header>, C: Into<Cell>>(
        &mut self,
        header: Vec<H>,
        rows: Vec<Vec<C>>,
        first_figure: usize,
    ) {
        let header: Vec<Header> = header.into_iter().map(Into::into).collect();
        let rows: Vec<Vec<Cell>> = rows
            .into_iter()
            .map(|r| r.into_iter().map(Into::into).collect())
            .collect();
        if self.markdown() {
            let columns = header.len();
            let grid = Grid {
                header: header
                    .iter()
                    .map(|h| self.shown(&h.full).into_owned())
                    .collect(),
                rows: rows
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|c| self.shown(&c.text(false)).into_owned())
                            .collect()
                    })
                    .collect(),
                figures: (0..columns).map(|c| c >= first_figure).collect(),
            };
            self.draw(&grid);
            return;
        }
        let shown = |text: &str| self.shown(text).into_owned();
        let fitted = layout::fit(&header, &rows, first_figure, self.width(), &shown);
        for grid in &fitted.grids {
            self.draw(grid);
        }
        if !fitted.notes.is_empty() {
            self.lines(&fitted.notes);
        }
    }

    /// Draws a laid-out grid (its cells already escaped).
    fn draw(&mut self, grid: &Grid) {
        let mut table = Table::new();
        let style = if self.markdown() {
            ASCII_MARKDOWN
        } else {
            UTF8_FULL_CONDENSED
        };
        table
            .load_style(style)
            .set_content_arrangement(ContentArrangement::Disabled);
        let bold = self.view.color && !self.markdown();
        if bold {
            table.enforce_styling();
        }
        table.set_header(grid.header.iter().map(|h| {
            let cell = comfy_table::Cell::new(h);
            if bold {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        for row in &grid.rows {
            table.add_row(row);
        }
        for (index, figure) in grid.figures.iter().enumerate() {
            if let (true, Some(column)) = (*figure, table.column_mut(index)) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        self.gap();
        self.out.push_str(&table.to_string());
        self.out.push('\n');
    }
}
