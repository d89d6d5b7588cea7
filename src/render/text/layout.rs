//! Fitting a table to the terminal without ever breaking a figure or a word.
//!
//! A table that fits at its natural width is drawn as it is. One that does
//! not may wrap its headers and label cells between words; when even that
//! is too wide, these steps are taken in turn until it fits:
//!
//! 1. columns of figures that are zero in every row are left out (a note
//!    under the table says which);
//! 2. headers take their shorter form (`Cumulative` → `Cumul.`);
//! 3. cents are left out when every amount is whole (`$170,000`);
//! 4. a figure cell with words beside its figure (`-$21,111.71 (2.32%)`)
//!    wraps between them;
//! 5. the table is turned on its side (a column per year, a row per
//!    figure) and split into blocks of as many years as fit, down to one.
//!
//! A figure is never broken; text breaks only at spaces.

use super::cell::{Cell, Header};
use crate::render::wrap;

/// A table ready to draw: its cells (with line breaks where wrapped) and
/// which columns hold figures (right-aligned).
#[derive(Debug)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub figures: Vec<bool>,
}

/// How a table is drawn, with the notes that go under it.
#[derive(Debug)]
pub struct Fitted {
    /// One grid, or one per row when the table is on its side.
    pub grids: Vec<Grid>,
    pub notes: Vec<String>,
}

/// A table's cells after escaping, for one choice of the steps above.
struct Texts {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    figures: Vec<bool>,
}

/// Lays out `header` and `rows` (columns from `first_figure` on are
/// figures) within `width` columns; `shown` escapes text for the terminal.
pub fn fit(
    header: &[Header],
    rows: &[Vec<Cell>],
    first_figure: usize,
    width: usize,
    shown: &dyn Fn(&str) -> String,
) -> Fitted {
    let columns = header.len();
    let zero: Vec<usize> = (first_figure..columns)
        .filter(|&c| !rows.is_empty() && rows.iter().all(|r| r.get(c).is_some_and(Cell::is_zero)))
        .collect();
    let has_short = header.iter().any(|h| h.short.is_some());
    let all_whole = rows
        .iter()
        .flatten()
        .any(|c| matches!(c, Cell::Money { .. }))
        && rows.iter().flatten().all(Cell::is_whole);
    let texts = |drop: bool, short: bool, whole: bool| {
        let keep: Vec<usize> = (0..columns)
            .filter(|c| !(drop && zero.contains(c)))
            .collect();
        Texts {
            header: keep
                .iter()
                .map(|&c| {
                    let h = &header[c];
                    let text = match (&h.short, short) {
                        (Some(s), true) => s,
                        _ => &h.full,
                    };
                    shown(text)
                })
                .collect(),
            rows: rows
                .iter()
                .map(|r| {
                    keep.iter()
                        .map(|&c| {
                            r.get(c)
                                .map_or(String::new(), |cell| shown(&cell.text(whole)))
                        })
                        .collect()
                })
                .collect(),
            figures: keep.iter().map(|&c| c >= first_figure).collect(),
        }
    };
    let dropped_note = || {
        let names: Vec<String> = zero.iter().map(|&c| shown(&header[c].full)).collect();
        format!("Not shown: {} (zero in every row).", names.join(", "))
    };
    let steps = [
        (false, false, false),
        (true, false, false),
        (true, true, false),
        (true, true, true),
    ];
    let mut previous = None;
    for (drop, short, whole) in steps {
        let step = (
            drop && !zero.is_empty(),
            short && has_short,
            whole && all_whole,
        );
        if previous == Some(step) {
            continue;
        }
        previous = Some(step);
        if let Some(grid) = grid(texts(step.0, step.1, step.2), width, false) {
            let notes = if step.0 {
                vec![dropped_note()]
            } else {
                Vec::new()
            };
            return Fitted {
                grids: vec![grid],
                notes,
            };
        }
    }
    let notes = if zero.is_empty() {
        Vec::new()
    } else {
        vec![dropped_note()]
    };
    Fitted {
        grids: sideways(texts(true, false, false), width),
        notes,
    }
}

/// The table turned on its side: a row per column and a column per row
/// (per year), as many rows to a grid as fit the width, down to one.
fn sideways(texts: Texts, width: usize) -> Vec<Grid> {
    let Texts { header, rows, .. } = texts;
    let side = |chunk: &[Vec<String>]| Texts {
        header: std::iter::once(header[0].clone())
            .chain(chunk.iter().map(|r| r[0].clone()))
            .collect(),
        rows: (1..header.len())
            .map(|c| {
                std::iter::once(header[c].clone())
                    .chain(chunk.iter().map(|r| r[c].clone()))
                    .collect()
            })
            .collect(),
        figures: std::iter::once(false)
            .chain(chunk.iter().map(|_| true))
            .collect(),
    };
    // Packed greedily, in one pass however many rows: a year's column
    // needs its name's longest word or its widest figure, and three
    // columns of border and padding; the names' column as much.
    let names = header.iter().map(|h| longest_word(h)).max().unwrap_or(0);
    let empty = 1 + names + 3;
    let mut chunks: Vec<&[Vec<String>]> = Vec::new();
    let (mut start, mut used) = (0, empty);
    for (index, row) in rows.iter().enumerate() {
        let least = row
            .iter()
            .skip(1)
            .map(|cell| widest_line(cell))
            .chain([longest_word(&row[0])])
            .max()
            .unwrap_or(0);
        if index > start && used + least + 3 > width {
            chunks.push(&rows[start..index]);
            (start, used) = (index, empty);
        }
        used += least + 3;
    }
    if start < rows.len() {
        chunks.push(&rows[start..]);
    }
    chunks
        .into_iter()
        .map(|chunk| {
            // Narrower than a name's longest word beside one figure: drawn
            // too wide rather than break either.
            grid(side(chunk), width, false).unwrap_or_else(|| {
                let Texts {
                    header,
                    rows,
                    figures,
                } = side(chunk);
                Grid {
                    header,
                    rows,
                    figures,
                }
            })
        })
        .collect()
}

/// The grid at `width` columns, wrapping text cells between words (and
/// figure cells too when `loose`), or `None` when a figure or a word would
/// have to be broken.
fn grid(texts: Texts, width: usize, loose: bool) -> Option<Grid> {
    let columns = texts.header.len();
    // `│ a ┆ b │`: three columns of border and padding a column, and one.
    let room = width.checked_sub(3 * columns + 1)?;
    let natural: Vec<usize> = (0..columns)
        .map(|c| {
            texts
                .rows
                .iter()
                .map(|r| widest_line(&r[c]))
                .chain([widest_line(&texts.header[c])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let least: Vec<usize> = (0..columns)
        .map(|c| {
            let cells = texts.rows.iter().map(|r| {
                if texts.figures[c] && !loose {
                    widest_line(&r[c])
                } else {
                    longest_word(&r[c])
                }
            });
            cells
                .chain([longest_word(&texts.header[c])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    if least.iter().sum::<usize>() > room {
        return None;
    }
    // Wrap headers before cells: first take a column at a time from the
    // widest down to its widest cell, then down to its longest word.
    let body: Vec<usize> = (0..columns)
        .map(|c| {
            let cells = texts.rows.iter().map(|r| widest_line(&r[c]));
            cells.max().unwrap_or(0).max(least[c])
        })
        .collect();
    let mut widths = natural;
    for floor in [&body, &least] {
        while widths.iter().sum::<usize>() > room {
            let Some(widest) = (0..columns)
                .filter(|&c| widths[c] > floor[c])
                .max_by_key(|&c| (widths[c], std::cmp::Reverse(c)))
            else {
                break;
            };
            widths[widest] -= 1;
        }
    }
    let wrapped = |text: &str, c: usize| wrap::paragraph(text, widths[c]).join("\n");
    Some(Grid {
        header: (0..columns).map(|c| wrapped(&texts.header[c], c)).collect(),
        rows: texts
            .rows
            .iter()
            .map(|r| (0..columns).map(|c| wrapped(&r[c], c)).collect())
            .collect(),
        figures: texts.figures,
    })
}

fn widest_line(text: &str) -> usize {
    text.lines().map(wrap::columns).max().unwrap_or(0)
}

fn longest_word(text: &str) -> usize {
    text.split([' ', '\n'])
        .map(wrap::columns)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn year_table(sign_on: i64) -> (Vec<Header>, Vec<Vec<Cell>>) {
        let header = vec![
            Header::from("Year"),
            Header::from("Base"),
            Header::from("Sign-on"),
            Header::new("Cumulative", "Cumul."),
        ];
        let rows = (1..=3)
            .map(|y| {
                vec![
                    Cell::from(y.to_string()),
                    Cell::money(Decimal::new(18_000_000 + y, 2), "USD"),
                    Cell::money(Decimal::new(sign_on, 0), "USD"),
                    Cell::money(Decimal::new(100_000_000 * y, 2), "USD"),
                ]
            })
            .collect();
        (header, rows)
    }

    fn plain(text: &str) -> String {
        text.to_owned()
    }

    #[test]
    fn a_table_that_fits_is_left_alone() {
        let (header, rows) = year_table(0);
        let fitted = fit(&header, &rows, 1, 80, &plain);
        assert!(fitted.notes.is_empty());
        assert_eq!(
            fitted.grids[0].header,
            ["Year", "Base", "Sign-on", "Cumulative"]
        );
        assert_eq!(fitted.grids[0].rows[2][1], "$180,000.03");
    }

    #[test]
    fn zero_columns_go_first_then_headers_shorten_then_sideways() {
        let (header, rows) = year_table(0);
        // Natural: 4 + 11 + 7 + 13 + 13 = 48.
        let fitted = fit(&header, &rows, 1, 47, &plain);
        assert_eq!(fitted.grids.len(), 1);
        assert_eq!(fitted.grids[0].header, ["Year", "Base", "Cumulative"]);
        assert_eq!(fitted.notes, ["Not shown: Sign-on (zero in every row)."]);
        // 4 + 11 + 13 + 10 = 38 for the figures and borders.
        let fitted = fit(&header, &rows, 1, 38, &plain);
        assert_eq!(fitted.grids[0].header, ["Year", "Base", "Cumulative"]);
        // On its side, a year to a block: "Cumulative", one figure and
        // borders take 10 + 13 + 7 = 30 columns; two years would take 46.
        let fitted = fit(&header, &rows, 1, 37, &plain);
        assert_eq!(fitted.grids.len(), 3);
        assert_eq!(fitted.grids[2].header, ["Year", "3"]);
        assert_eq!(fitted.grids[0].rows[1], ["Cumulative", "$1,000,000.00"]);
        assert_eq!(fitted.notes, ["Not shown: Sign-on (zero in every row)."]);
    }

    #[test]
    fn on_its_side_as_many_years_to_a_block_as_fit() {
        let header: Vec<Header> = ["Year", "A", "B", "C", "D", "E", "F"]
            .into_iter()
            .map(Header::from)
            .collect();
        let rows: Vec<Vec<Cell>> = (1..=3)
            .map(|y| {
                std::iter::once(Cell::from(y.to_string()))
                    .chain((0..6).map(|_| Cell::money(Decimal::new(101, 2), "USD")))
                    .collect()
            })
            .collect();
        // Natural width 4 + 6 × 5 + 22 = 56; on its side, three years take
        // 4 + 3 × 5 + 13 = 32 and two 24.
        assert_eq!(fit(&header, &rows, 1, 56, &plain).grids[0].header.len(), 7);
        let fitted = fit(&header, &rows, 1, 40, &plain);
        assert_eq!(fitted.grids.len(), 1);
        assert_eq!(fitted.grids[0].header, ["Year", "1", "2", "3"]);
        assert_eq!(fitted.grids[0].rows[5], ["F", "$1.01", "$1.01", "$1.01"]);
        let fitted = fit(&header, &rows, 1, 25, &plain);
        let headers: Vec<_> = fitted.grids.iter().map(|g| g.header.clone()).collect();
        assert_eq!(headers, [vec!["Year", "1", "2"], vec!["Year", "3"]]);
    }

    #[test]
    fn whole_amounts_drop_their_cents_to_fit() {
        let header = vec![Header::from("Year"), Header::from("Total")];
        let rows = vec![vec![
            Cell::from("1"),
            Cell::money(Decimal::new(170_000, 0), "USD"),
        ]];
        let fitted = fit(&header, &rows, 1, 20, &plain);
        assert_eq!(fitted.grids[0].rows[0], ["1", "$170,000"]);
    }

    #[test]
    fn labels_and_headers_wrap_between_words() {
        let header = vec![
            Header::from("Metric"),
            Header::from("Amazon promotion (L7 manager)"),
        ];
        let rows = vec![vec![
            Cell::from("Average without sign-on"),
            Cell::money(Decimal::new(22_786_498, 2), "USD"),
        ]];
        let fitted = fit(&header, &rows, 1, 40, &plain);
        let grid = &fitted.grids[0];
        assert_eq!(grid.rows[0][1], "$227,864.98");
        for line in grid
            .header
            .iter()
            .chain(&grid.rows[0])
            .flat_map(|c| c.lines())
        {
            assert!(
                "Metric Amazon promotion (L7 manager) Average without sign-on $227,864.98"
                    .split(' ')
                    .any(|w| line.split(' ').any(|l| l == w)),
                "{line}"
            );
        }
        let widths: usize = grid
            .header
            .iter()
            .enumerate()
            .map(|(c, h)| {
                h.lines()
                    .chain(grid.rows[0][c].lines())
                    .map(wrap::columns)
                    .max()
                    .unwrap()
            })
            .sum();
        assert!(widths + 7 <= 40, "{grid:?}");
    }
}
