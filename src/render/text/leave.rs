//! Leaving early, for people: what leaving after some months pays, the
//! month-by-month table, and who leads if you leave then.

use super::cell::{Cell, Header};
use super::doc::Doc;
use crate::domain::compare::Comparison;
use crate::domain::leave::{Handcuff, Leave};
use crate::domain::money::display;
use crate::domain::report::OfferReport;
use crate::render::labels::{self, months};

/// The figures of one leave, as rows of a two-column table.
fn rows(leave: &Leave, currency: &str) -> Vec<Vec<String>> {
    let money = |amount| display(amount, currency);
    vec![
        vec!["Base to the last day".into(), money(leave.base)],
        vec!["Bonuses of finished years".into(), money(leave.bonus)],
        vec!["Sign-on received".into(), money(leave.sign_on)],
        vec!["Sign-on paid back".into(), money(-leave.clawback)],
        vec!["Equity vested".into(), money(leave.equity)],
        vec!["You walk away with".into(), money(leave.total)],
        vec!["Equity forfeited".into(), money(leave.forfeited_equity)],
    ]
}

pub fn leave_section(doc: &mut Doc, projected: &OfferReport) {
    let Some(leave) = &projected.leave else {
        return;
    };
    let currency = &projected.offer.currency;
    let mut rows = rows(leave, currency);
    // What is walked away from includes the options that never vest.
    if let Some(options) = projected
        .projection
        .options
        .as_ref()
        .and_then(|o| o.leaving.as_ref())
    {
        if let Some(closes) = options.grants.iter().map(|g| g.window_closes).min() {
            let vested: u64 = options.grants.iter().map(|g| g.vested).sum();
            rows.push(vec![
                format!("Vested options, lost unless bought by {closes}: {vested}, cost"),
                display(options.exercise_cost, currency),
            ]);
        }
        rows.push(vec![
            format!(
                "Options forfeited: {} (paper value, not cash)",
                options.forfeited
            ),
            display(options.forfeited_paper_value, currency),
        ]);
    }
    doc.table(
        vec![
            format!("If you leave after {}", months(leave.after_months)),
            currency.clone(),
        ],
        rows,
        1,
    );
}

pub fn leave_table_section(doc: &mut Doc, projected: &OfferReport) {
    let Some(table) = &projected.leave_table else {
        return;
    };
    let currency = &projected.offer.currency;
    let money = |amount| display(amount, currency);
    let cell = |amount| Cell::money(amount, currency);
    let header = vec![
        Header::new("Leave after", "After"),
        Header::from("Base"),
        Header::from("Bonus"),
        Header::from("Sign-on"),
        Header::new("Paid back", "Repaid"),
        Header::from("Equity"),
        Header::from("Total"),
    ];
    let rows = table
        .months
        .iter()
        .map(|l| {
            vec![
                Cell::from(months(l.after_months)),
                cell(l.base),
                cell(l.bonus),
                cell(l.sign_on),
                cell(-l.clawback),
                cell(l.equity),
                cell(l.total),
            ]
        })
        .collect();
    doc.table(header, rows, 1);
    let lines: Vec<String> = table
        .costly
        .iter()
        .map(|c| {
            let why = match c.reason {
                Handcuff::Vest => "a vest",
                Handcuff::Bonus => "a year's bonus",
                Handcuff::Clawback => "less sign-on to pay back",
                Handcuff::SignOn => "a sign-on payment",
            };
            format!(
                "Costly to leave after {}: one more month brings {} ({why}).",
                months(c.month),
                money(c.next_month_adds)
            )
        })
        .collect();
    if !lines.is_empty() {
        doc.lines(&lines);
    }
}

/// Who leads if you leave after the months asked for.
pub fn comparison_section(doc: &mut Doc, offers: &[OfferReport], comparison: &Comparison) {
    let (Some(leader), Some(first)) = (comparison.leave_leader, offers[0].leave.as_ref()) else {
        return;
    };
    let currency = &offers[0].offer.currency;
    let mut header = vec![format!("If you leave after {}", months(first.after_months))];
    header.extend(offers.iter().map(|o| o.offer.name.clone()));
    let figure = |label: &str, pick: fn(&Leave) -> rust_decimal::Decimal| {
        let mut row = vec![label.to_owned()];
        row.extend(offers.iter().map(|o| {
            o.leave
                .as_ref()
                .map_or(String::new(), |l| display(pick(l), currency))
        }));
        row
    };
    let rows = vec![
        figure("You walk away with", |l| l.total),
        figure("Sign-on paid back", |l| -l.clawback),
        figure("Equity forfeited", |l| l.forfeited_equity),
    ];
    doc.table(header, rows, 1);
    let tied = labels::top(
        offers
            .iter()
            .enumerate()
            .filter_map(|(i, o)| o.leave.as_ref().map(|l| (i, l.total))),
    );
    let names: Vec<&str> = tied
        .iter()
        .map(|&i| offers[i].offer.name.as_str())
        .collect();
    let who = if tied.len() > 1 {
        format!("{} pay the same", labels::and_list(&names))
    } else {
        format!("{} pays the most", offers[leader].offer.name)
    };
    doc.lines(&[format!(
        "If you leave after {}: {who}.",
        months(first.after_months)
    )]);
}
