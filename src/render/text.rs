//! Human-readable views: terminal tables, or the same content as Markdown.

use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement, Table};
use rust_decimal::Decimal;

use super::labels;
use super::{Format, View};
use crate::compare::{CLOSE_PCT, Comparison};
use crate::money::grouped;
use crate::projection::ProjectedOffer;

/// Builds a text document in either style.
struct Doc<'a> {
    view: &'a View,
    out: String,
}

impl<'a> Doc<'a> {
    fn new(view: &'a View) -> Doc<'a> {
        Doc {
            view,
            out: String::new(),
        }
    }

    fn markdown(&self) -> bool {
        self.view.format == Format::Markdown
    }

    fn gap(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
    }

    fn heading(&mut self, text: &str) {
        self.gap();
        if self.markdown() {
            self.out.push_str(&format!("## {text}\n"));
        } else if self.view.color {
            self.out.push_str(&format!("\x1b[1m{text}\x1b[0m\n"));
        } else {
            self.out.push_str(&format!("{text}\n"));
        }
    }

    fn paragraph(&mut self, text: &str) {
        self.gap();
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn lines(&mut self, lines: &[String]) {
        if lines.is_empty() {
            return;
        }
        self.gap();
        for line in lines {
            if self.markdown() {
                self.out.push_str("- ");
            }
            self.out.push_str(line);
            self.out.push('\n');
        }
    }

    /// A table; columns from `first_figure` on are right-aligned figures.
    fn table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>, first_figure: usize) {
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
            let cell = Cell::new(h);
            if bold {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        let columns = rows.first().map_or(0, Vec::len);
        for row in rows {
            table.add_row(row);
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

pub fn projections(offers: &[ProjectedOffer], view: &View) -> String {
    let mut doc = Doc::new(view);
    for projected in offers {
        projection(&mut doc, projected);
    }
    doc.out
}

fn projection(doc: &mut Doc, projected: &ProjectedOffer) {
    let offer = &projected.offer;
    let projection = &projected.projection;
    let summary = &projection.summary;
    doc.heading(&offer.name);
    doc.paragraph(&format!(
        "{} · {} from {}",
        offer.currency,
        labels::years(offer.years),
        offer.start_date
    ));
    let header = [
        "Year",
        "Base",
        "Bonus",
        "Sign-on",
        "Equity",
        "Total",
        "Cumulative",
    ];
    let rows = projection
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![r.year.to_string()];
            row.extend([r.base, r.bonus, r.sign_on, r.equity, r.total, r.cumulative].map(grouped));
            row
        })
        .collect();
    doc.table(header.map(String::from).to_vec(), rows, 1);
    let mut figures = vec![
        (
            format!("Total over {}", labels::years(offer.years)),
            summary.total,
        ),
        ("Year 1".to_owned(), summary.year_one),
        ("Average year".to_owned(), summary.average),
        (
            "Average year without sign-on".to_owned(),
            summary.average_recurring,
        ),
        (
            "Guaranteed cash (base + sign-on)".to_owned(),
            summary.guaranteed_cash,
        ),
    ];
    if !summary.unvested.is_zero() {
        figures.push((
            format!("Unvested after year {}", offer.years),
            summary.unvested,
        ));
    }
    doc.table(
        vec!["Summary".into(), offer.currency.clone()],
        figures
            .into_iter()
            .map(|(label, amount)| vec![label, grouped(amount)])
            .collect(),
        1,
    );
    if doc.view.vests {
        vests(doc, projected);
    }
}

fn vests(doc: &mut Doc, projected: &ProjectedOffer) {
    let offer = &projected.offer;
    if projected.projection.vests.is_empty() {
        doc.paragraph("No equity grants, so no vest events.");
        return;
    }
    let grown = !offer.stock_growth_pct.is_zero();
    let mut header = vec!["Date", "Year", "Grant", "At grant price"];
    if grown {
        header.push("Value at vest");
    }
    let rows = projected
        .projection
        .vests
        .iter()
        .map(|v| {
            let mut row = vec![
                format!("{} {}", v.date, v.date.format("%a")),
                if v.year > offer.years {
                    format!("{} (after horizon)", v.year)
                } else {
                    v.year.to_string()
                },
                labels::grant(v.grant, &offer.equity[v.grant]),
                grouped(v.amount),
            ];
            if grown {
                row.push(grouped(v.value));
            }
            row
        })
        .collect();
    doc.table(header.into_iter().map(String::from).collect(), rows, 3);
}

pub fn comparison(offers: &[ProjectedOffer], comparison: &Comparison, view: &View) -> String {
    let mut doc = Doc::new(view);
    let horizon = offers[0].offer.years;
    let currency = &offers[0].offer.currency;
    doc.heading(&format!(
        "Comparison over {} ({currency})",
        labels::years(horizon)
    ));
    let mut header = vec!["Year".to_owned()];
    header.extend(offers.iter().map(|o| o.offer.name.clone()));
    let mut rows: Vec<Vec<String>> = (0..horizon as usize)
        .map(|y| {
            let mut row = vec![(y + 1).to_string()];
            row.extend(offers.iter().map(|o| grouped(o.projection.rows[y].total)));
            row
        })
        .collect();
    let figure = |label: String, pick: fn(&ProjectedOffer) -> Decimal| {
        let mut row = vec![label];
        row.extend(offers.iter().map(|o| grouped(pick(o))));
        row
    };
    rows.push(figure(
        format!("Total over {}", labels::years(horizon)),
        |o| o.projection.summary.total,
    ));
    rows.push(figure("Average year".into(), |o| {
        o.projection.summary.average
    }));
    rows.push(figure("Average without sign-on".into(), |o| {
        o.projection.summary.average_recurring
    }));
    rows.push(figure("Guaranteed cash".into(), |o| {
        o.projection.summary.guaranteed_cash
    }));
    if offers
        .iter()
        .any(|o| !o.projection.summary.unvested.is_zero())
    {
        rows.push(figure("Unvested after horizon".into(), |o| {
            o.projection.summary.unvested
        }));
    }
    let mut behind = vec!["Behind the leader".to_owned()];
    behind.extend(comparison.standings.iter().map(|s| {
        if s.offer == comparison.leader {
            "leader".to_owned()
        } else {
            format!("-{} ({}%)", grouped(s.behind), s.behind_pct)
        }
    }));
    rows.push(behind);
    doc.table(header, rows, 1);
    doc.lines(&verdict(offers, comparison));
    doc.out
}

/// The reading of a comparison in sentences.
fn verdict(offers: &[ProjectedOffer], comparison: &Comparison) -> Vec<String> {
    let name = |i: usize| offers[i].offer.name.as_str();
    let horizon = labels::years(offers[0].offer.years);
    let leader = name(comparison.leader);
    let mut lines = Vec::new();
    let runner_up = comparison
        .standings
        .iter()
        .filter(|s| s.offer != comparison.leader)
        .min_by_key(|s| s.behind);
    if let Some(runner_up) = runner_up {
        let margin = format!("{} ({}%)", grouped(runner_up.behind), runner_up.behind_pct);
        if comparison.close {
            lines.push(format!(
                "Close: {leader} leads {} by {margin} over {horizon}, within {CLOSE_PCT}%; \
                 on pay alone these are even.",
                name(runner_up.offer)
            ));
        } else {
            lines.push(format!(
                "Leader: {leader}, ahead of {} by {margin} over {horizon}.",
                name(runner_up.offer)
            ));
        }
    }
    for c in &comparison.crossovers {
        lines.push(format!(
            "Crossover: {} passes {} in cumulative pay in year {}.",
            name(c.ahead),
            name(c.behind),
            c.year
        ));
    }
    for b in &comparison.break_even {
        let offer = &offers[b.offer].offer;
        let grant = match (b.grant, b.grant_index) {
            (Some(extra), Some(index)) => format!(
                "; or {} more on grant {}",
                grouped(extra),
                labels::grant(index, &offer.equity[index])
            ),
            (Some(extra), None) => format!(
                "; or a new grant of {} (even, annual, 12-month cliff)",
                grouped(extra)
            ),
            (None, _) => "; no grant vests enough within the horizon".to_owned(),
        };
        lines.push(format!(
            "Break-even: to match {leader} over {horizon}, {} needs {} more sign-on; \
             or {} more base a year (raises and bonus follow){grant}.",
            offer.name,
            grouped(b.sign_on),
            grouped(b.base),
        ));
    }
    lines
}
