//! The `project` view: a table per offer, its summary and its vests.

use super::cell::{Cell, Header};
use super::doc::Doc;
use crate::domain::money::display;
use crate::domain::report::OfferReport;
use crate::render::{View, labels};

pub fn projections(offers: &[OfferReport], view: &View) -> String {
    let mut doc = Doc::new(view);
    for projected in offers {
        projection(&mut doc, projected);
    }
    doc.out
}

fn projection(doc: &mut Doc, projected: &OfferReport) {
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
    if let Some(note) = labels::conversion(projected) {
        doc.paragraph(&note);
    }
    let header = vec![
        Header::from("Year"),
        Header::from("Base"),
        Header::from("Bonus"),
        Header::from("Sign-on"),
        Header::from("Equity"),
        Header::from("Total"),
        Header::new("Cumulative", "Cumul."),
    ];
    let rows = projection
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![Cell::from(r.year.to_string())];
            row.extend(
                [r.base, r.bonus, r.sign_on, r.equity, r.total, r.cumulative]
                    .map(|amount| Cell::money(amount, &offer.currency)),
            );
            row
        })
        .collect();
    doc.table(header, rows, 1);
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
    if let Some(power) = &projected.purchasing_power {
        figures.push((labels::purchasing_power(power), power.total));
    }
    doc.table(
        vec!["Summary".into(), offer.currency.clone()],
        figures
            .into_iter()
            .map(|(label, amount)| vec![label, display(amount, &offer.currency)])
            .collect(),
        1,
    );
    super::options::options_section(doc, projected);
    super::tax::tax_section(doc, projected);
    super::leave::leave_section(doc, projected);
    super::leave::leave_table_section(doc, projected);
    if doc.view.vests {
        vests(doc, projected);
    }
}

/// The vest events of one offer: date, year, grant and value.
pub(super) fn vests(doc: &mut Doc, projected: &OfferReport) {
    let offer = &projected.offer;
    if projected.projection.vests.is_empty() {
        doc.paragraph(if offer.private.is_empty() {
            "No equity grants, so no vest events."
        } else {
            "No RSU grants paid at vest; the options' vests are listed with them above."
        });
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
                {
                    let date = v.date(offer.start_date);
                    format!("{date} {}", date.format("%a"))
                },
                if v.year > offer.years {
                    format!("{} (after horizon)", v.year)
                } else {
                    v.year.to_string()
                },
                labels::grant(v.grant, &offer.equity[v.grant]),
                display(v.amount, &offer.currency),
            ];
            if grown {
                row.push(display(v.value, &offer.currency));
            }
            row
        })
        .collect();
    doc.table(header.into_iter().map(String::from).collect(), rows, 3);
}
