//! Any bytes as a tax table, applied to the founding offer, which is then
//! left at 18 months and rendered in every format. Errors are fine; panics
//! are not. Every year's figures agree with the table worked
//! here by the plain marginal rule (each bracket's rate on the part of the
//! taxable wages inside it, rounded once per layer, half away from zero):
//! each layer's tax, their sum, `net = total − tax`, and the net total.
#![no_main]

use counteroffer::domain::tax::{Bracket, after_tax, parse_tax_table};
use counteroffer::render::{Format, View, projections};
use libfuzzer_sys::fuzz_target;

mod common;
use common::founding;
use rust_decimal::{Decimal, RoundingStrategy};

/// The tax on `wages` over `brackets` after `deduction`, to `places` decimals.
fn marginal(brackets: &[Bracket], deduction: Decimal, wages: Decimal, places: u32) -> Decimal {
    let taxable = if wages > deduction {
        wages - deduction
    } else {
        Decimal::ZERO
    };
    let mut tax = Decimal::ZERO;
    for (i, bracket) in brackets.iter().enumerate() {
        let ceiling = brackets.get(i + 1).map(|next| next.from);
        let top = match ceiling {
            Some(ceiling) if ceiling < taxable => ceiling,
            _ => taxable,
        };
        if top > bracket.from {
            tax += (top - bracket.from) * bracket.rate / Decimal::ONE_HUNDRED;
        }
    }
    tax.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

fuzz_target!(|data: &[u8]| {
    let Ok(table) = parse_tax_table(data) else {
        return;
    };
    let mut offer = founding().clone();
    // As every command does: a table applies only in its own currency.
    if table.check_currency(&offer.offer).is_err() {
        return;
    }
    let Ok(taxed) = after_tax(&offer.projection, &table) else {
        return;
    };
    assert_eq!(taxed.years.len(), offer.projection.rows.len());
    let places = counteroffer::domain::money::Minor::of(&table.currency).places();
    let mut net_total = Decimal::ZERO;
    for (year, row) in taxed.years.iter().zip(&offer.projection.rows) {
        assert!(year.tax >= Decimal::ZERO, "a negative tax");
        assert_eq!(year.taxes.len(), table.taxes.len());
        let mut sum = Decimal::ZERO;
        for ((name, tax), layer) in year.taxes.iter().zip(&table.taxes) {
            assert_eq!(name, &layer.name);
            assert!(*tax >= Decimal::ZERO, "layer `{name}` is negative");
            if let Some(max) = layer.max {
                assert!(*tax <= max, "layer `{name}` above its yearly maximum");
            }
            // The marginal rule worked here covers plain layers; the state
            // layers' caps, limits, credits, surtaxes and recapture are
            // checked against the reference model in the test suite.
            let plain = layer.deduction_limit.is_none()
                && layer.wage_cap.is_none()
                && layer.recapture.is_none()
                && layer.credits.is_empty()
                && layer.surtaxes.is_empty()
                && layer.max.is_none();
            if plain {
                let expected = marginal(&layer.brackets, layer.deduction, row.total, places);
                assert_eq!(
                    *tax, expected,
                    "layer `{name}` on {} in year {}",
                    row.total, row.year
                );
            }
            sum += tax;
        }
        assert_eq!(year.tax, sum);
        assert_eq!(year.net, row.total - year.tax);
        assert_eq!(year.balance_due, year.tax - year.withheld);
        net_total += year.net;
    }
    assert_eq!(taxed.net_total, net_total);
    offer.taxed = Some(taxed);
    let mut with_leave = offer.clone();
    let views = counteroffer::domain::report::Views {
        leave_after: Some(18),
        leave_table: true,
        ..Default::default()
    };
    if counteroffer::domain::report::add_views(&mut with_leave, &views).is_ok() {
        for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
            let view = View {
                format,
                color: false,
                width: Some(100),
                vests: false,
            };
            let _ = projections(std::slice::from_ref(&with_leave), &view);
        }
    }
});
