//! After tax, for people: each year's tax, net, withholding and the balance
//! due, and who leads once tax is counted.

use super::cell::{Cell, Header};
use super::doc::Doc;
use crate::domain::compare::Comparison;
use crate::domain::money::display;
use crate::domain::report::OfferReport;
use crate::render::labels::{self, capitalised};

pub fn tax_section(doc: &mut Doc, projected: &OfferReport) {
    let Some(taxed) = &projected.taxed else {
        return;
    };
    let currency = &projected.offer.currency;
    let money = |amount| display(amount, currency);
    let cell = |amount| Cell::money(amount, currency);
    let mut header = vec![Header::from("Year")];
    header.extend(
        taxed.years[0]
            .taxes
            .iter()
            .map(|(name, _)| Header::from(capitalised(name))),
    );
    header.extend([
        Header::from("Net"),
        Header::from("Withheld"),
        Header::new("Balance due", "Due"),
    ]);
    let rows = taxed
        .years
        .iter()
        .map(|y| {
            let mut row = vec![Cell::from(y.year.to_string())];
            row.extend(y.taxes.iter().map(|(_, amount)| cell(*amount)));
            row.extend([cell(y.net), cell(y.withheld), cell(y.balance_due)]);
            row
        })
        .collect();
    doc.paragraph(&format!(
        "After tax: {} ({} figures, not indexed). Withholding is simplified: base at the layers' schedules, bonus, sign-on and vests at the supplemental rates; a positive balance is due when the return is filed.",
        taxed.table, taxed.table_year
    ));
    if let Some(years) = &taxed.figure_years {
        doc.paragraph(&format!("Figures from other years: {years}"));
    }
    doc.table(header, rows, 1);
    doc.table(
        vec!["After tax".into(), currency.clone()],
        vec![
            vec![
                format!("Net over {}", labels::years(projected.offer.years)),
                money(taxed.net_total),
            ],
            vec!["Net average year".into(), money(taxed.net_average)],
        ],
        1,
    );
}

/// The after-tax line of a comparison.
pub fn comparison_section(doc: &mut Doc, offers: &[OfferReport], comparison: &Comparison) {
    let Some(after) = &comparison.after_tax else {
        return;
    };
    let currency = &offers[0].offer.currency;
    let mut header = vec!["After tax".to_owned()];
    header.extend(offers.iter().map(|o| o.offer.name.clone()));
    let mut tables = vec!["Tax table".to_owned()];
    tables.extend(offers.iter().map(|o| {
        o.taxed
            .as_ref()
            .map_or(String::new(), |t| format!("{} ({})", t.table, t.table_year))
    }));
    let mut net = vec![format!("Net over {}", labels::years(offers[0].offer.years))];
    net.extend(offers.iter().map(|o| {
        o.taxed
            .as_ref()
            .map_or(String::new(), |t| display(t.net_total, currency))
    }));
    doc.table(header, vec![tables, net], 1);
    let nets: Vec<(usize, rust_decimal::Decimal)> = offers
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.taxed.as_ref().map(|t| (i, t.net_total)))
        .collect();
    let tied = labels::top(nets.iter().copied());
    let names: Vec<&str> = tied
        .iter()
        .map(|&i| offers[i].offer.name.as_str())
        .collect();
    let most = nets.iter().map(|(_, net)| *net).max().unwrap_or_default();
    let mut lines = vec![if tied.len() > 1 {
        format!(
            "After tax: {} tie, {} each.",
            labels::and_list(&names),
            display(most, currency)
        )
    } else {
        format!(
            "After tax: {} leads by {}.",
            offers[after.leader].offer.name,
            display(after.gap, currency)
        )
    }];
    let tied_before = comparison
        .standings
        .iter()
        .filter(|s| s.behind.is_zero())
        .count()
        > 1;
    if after.leader != comparison.leader && tied.len() == 1 && !tied_before {
        lines.push(format!(
            "Note: the leader changes once tax is counted: {} before tax, {} after.",
            offers[comparison.leader].offer.name, offers[after.leader].offer.name
        ));
    }
    let mut shown = Vec::new();
    for taxed in offers.iter().filter_map(|o| o.taxed.as_ref()) {
        if let Some(years) = &taxed.figure_years
            && !shown.contains(&years)
        {
            shown.push(years);
            lines.push(format!("{} figures from other years: {years}", taxed.table));
        }
    }
    doc.lines(&lines);
}
