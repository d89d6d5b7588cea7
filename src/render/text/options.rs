//! Options and double-trigger RSUs in the tables: what vests each year, its
//! paper value (labelled, in no total), its value at the exit, the scenario
//! grid, leaving with them, and the break-even exit price of `compare`.

use rust_decimal::Decimal;

use super::doc::Doc;
use crate::domain::compare::Comparison;
use crate::domain::money::display;
use crate::domain::options::{Exit, PAPER_VALUE_LABEL};
use crate::domain::report::OfferReport;

/// A price per share as written, with the currency (`USD 2.5`).
fn per_share(price: Decimal, currency: &str) -> String {
    format!("{currency} {}", price.normalize())
}

/// The years' options, the exit and the paper value, after the summary.
pub fn options_section(doc: &mut Doc, projected: &OfferReport) {
    let Some(options) = &projected.projection.options else {
        return;
    };
    let offer = &projected.offer;
    let currency = &offer.currency;
    let header = vec![
        "Year".to_owned(),
        "Options vested".to_owned(),
        "Exercise cost".to_owned(),
        "Paper value, not cash".to_owned(),
        "Value at exit (in Equity)".to_owned(),
    ];
    let rows = (0..offer.years as usize)
        .map(|y| {
            vec![
                (y + 1).to_string(),
                options.options_vested[y].to_string(),
                display(options.exercise_cost[y], currency),
                display(options.paper_value[y], currency),
                match offer.exit {
                    Some(_) => display(options.at_exit[y], currency),
                    None => "no exit assumed".to_owned(),
                },
            ]
        })
        .collect();
    doc.table(header, rows, 1);
    let mut lines = Vec::new();
    let paper: Decimal = options.paper_value.iter().sum();
    match offer.exit {
        None => lines.push(format!(
            "Options and double-trigger RSUs count for {} in every total: nothing is paid \
             without a sale or a listing. Their {PAPER_VALUE_LABEL}: {} over the horizon, at the \
             preferred price (else the 409A) less the strike. Value them at an exit with \
             --exit-price or --exit-valuation.",
            display(Decimal::ZERO, currency),
            display(paper, currency)
        )),
        Some(exit) => {
            let assumed = match exit {
                Exit::Price(price) => format!("common at {} a share", per_share(price, currency)),
                Exit::Valuation {
                    valuation,
                    dilution_pct,
                    preferences,
                } => format!(
                    "a sale for {} with {} of preferences ahead of common and {}% dilution",
                    display(valuation, currency),
                    display(preferences, currency),
                    dilution_pct.normalize()
                ),
            };
            lines.push(format!(
                "Equity includes options and double-trigger RSUs valued at an exit of {assumed}: \
                 the spread over the strike, before tax. Their {PAPER_VALUE_LABEL}: {}, in no total.",
                display(paper, currency)
            ));
        }
    }
    for (grant, price) in offer.private.iter().zip(&options.common_prices) {
        let what = if grant.is_options() {
            format!(
                "{} options at a strike of {}",
                grant.shares,
                per_share(grant.strike, currency)
            )
        } else {
            format!("{} double-trigger RSUs", grant.shares)
        };
        let mut line = format!(
            "Grant {}: {what}; 409A {}",
            grant.index + 1,
            per_share(grant.fmv, currency)
        );
        if let Some(preferred) = grant.preferred {
            line.push_str(&format!("; preferred {}", per_share(preferred, currency)));
        }
        if let Some(price) = price {
            line.push_str(&format!(
                "; common at the exit {}",
                per_share(*price, currency)
            ));
        }
        lines.push(line + ".");
    }
    doc.lines(&lines);
    if doc.view.vests {
        vests(doc, projected);
    }
    scenarios(doc, projected);
    leaving(doc, projected);
}

/// `--vests`: every vest of the private grants.
fn vests(doc: &mut Doc, projected: &OfferReport) {
    let Some(options) = &projected.projection.options else {
        return;
    };
    let offer = &projected.offer;
    let currency = &offer.currency;
    let header = vec![
        "Date".to_owned(),
        "Year".to_owned(),
        "Grant".to_owned(),
        "Shares".to_owned(),
        "Paper value, not cash".to_owned(),
        "At exit".to_owned(),
    ];
    let rows = options
        .vests
        .iter()
        .map(|v| {
            let date = offer
                .start_date
                .checked_add_months(chrono::Months::new(v.vest.months))
                .unwrap_or(chrono::NaiveDate::MAX);
            vec![
                format!("{date} {}", date.format("%a")),
                if v.vest.year > offer.years {
                    format!("{} (after horizon)", v.vest.year)
                } else {
                    v.vest.year.to_string()
                },
                (offer.private[v.grant].index + 1).to_string(),
                v.vest.shares.to_string(),
                display(v.paper_value, currency),
                v.at_exit.map_or("no exit assumed".to_owned(), |value| {
                    display(value, currency)
                }),
            ]
        })
        .collect();
    doc.table(header, rows, 3);
}

fn scenarios(doc: &mut Doc, projected: &OfferReport) {
    let Some(grid) = projected
        .projection
        .options
        .as_ref()
        .and_then(|o| o.scenarios.as_ref())
    else {
        return;
    };
    let currency = &projected.offer.currency;
    let mut header = vec!["Exit price a share".to_owned()];
    header.extend((1..=projected.offer.years).map(|y| format!("Vested by end of year {y}")));
    let rows = grid
        .iter()
        .map(|s| {
            let mut row = vec![format!("{} ({})", per_share(s.price, currency), s.label)];
            row.extend(s.vested_value.iter().map(|v| display(*v, currency)));
            row
        })
        .collect();
    doc.paragraph("Scenarios: what the vested options are worth at each exit price, net of the cost to exercise them, before tax.");
    doc.table(header, rows, 1);
}

fn leaving(doc: &mut Doc, projected: &OfferReport) {
    let Some(leaving) = projected
        .projection
        .options
        .as_ref()
        .and_then(|o| o.leaving.as_ref())
    else {
        return;
    };
    let currency = &projected.offer.currency;
    let mut lines = vec![format!(
        "Leaving after {} months ({}): buying the vested options costs {}; bought at the 409A, \
         they make {} of income; {} options are walked away from ({}: {}).",
        leaving.after_months,
        leaving.leave_date,
        display(leaving.exercise_cost, currency),
        display(leaving.spread_at_fmv, currency),
        leaving.forfeited,
        PAPER_VALUE_LABEL,
        display(leaving.forfeited_paper_value, currency),
    )];
    for grant in &leaving.grants {
        let income = match grant.option_type {
            crate::domain::options::OptionType::Nso => "taxed as wages",
            crate::domain::options::OptionType::Iso => "an AMT preference item",
        };
        lines.push(format!(
            "Grant {}: {} vested options cost {} to buy by {} (the window closes); the spread at the 409A, {}, is {income}.",
            grant.index + 1,
            grant.vested,
            display(grant.exercise_cost, currency),
            grant.window_closes,
            display(grant.spread_at_fmv, currency),
        ));
    }
    if let Some(tax) = leaving.nso_spread_tax {
        lines.push(format!(
            "Tax on the NSO spread, as wages on top of the leave year's pay: {}.",
            display(tax, currency)
        ));
    }
    lines.push(format!(
        "Not computed: {}.",
        crate::render::labels::OPTIONS_LEAVING_OMITS.join("; ")
    ));
    doc.lines(&lines);
}

/// `compare`: each offer with options, its paper value and the exit price
/// at which it draws level.
pub fn comparison_lines(offers: &[OfferReport], comparison: &Comparison) -> Vec<String> {
    let mut lines = Vec::new();
    for found in &comparison.exit_break_even {
        let projected = &offers[found.offer];
        let currency = &projected.offer.currency;
        let paper: Decimal = projected
            .projection
            .options
            .as_ref()
            .map(|o| o.paper_value.iter().sum())
            .unwrap_or_default();
        let counted = match projected.offer.exit {
            None => format!(
                "its options count for {} in the totals",
                display(Decimal::ZERO, currency)
            ),
            Some(_) => "its options are valued at the exit assumed".to_owned(),
        };
        lines.push(format!(
            "{}: {counted}; {PAPER_VALUE_LABEL}: {}.",
            projected.offer.name,
            display(paper, currency)
        ));
        let against = &offers[found.against].offer.name;
        lines.push(match found.exit_price {
            Some(price) => {
                let valuation = found
                    .exit_valuation
                    .map(|v| format!(" (a company valuation of {})", display(v, currency)))
                    .unwrap_or_default();
                format!(
                    "Break-even exit: {} draws level with {against} at common {} a share{valuation}, before tax.",
                    projected.offer.name,
                    display(price, currency),
                )
            }
            None => format!(
                "Break-even exit: no exit price brings {} level with {against} within the horizon.",
                projected.offer.name
            ),
        });
    }
    lines
}
