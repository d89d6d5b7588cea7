//! A report in the reporting currency: the projection as
//! [`crate::domain::fx::convert`] converts it, and every view added to it
//! converted figure by figure, its totals re-summed.

use rust_decimal::Decimal;

use super::OfferReport;
use crate::domain::fx::Conversion;
use crate::domain::fx::convert::{convert_offer, convert_projection, too_large};
use crate::domain::leave::{Leave, LeaveTable};
use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::domain::projection::YearRow;
use crate::domain::tax::{Taxed, TaxedYear};
use crate::error::DataError;

/// Where a converted offer's figures came from: the rate used and the offer
/// as written, in its own currency (the break-even search projects that).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertedFrom {
    pub conversion: Conversion,
    pub original: Offer,
}

/// `report` in the reporting currency of `conversion`.
pub fn convert(mut report: OfferReport, conversion: &Conversion) -> Result<OfferReport, DataError> {
    convert_in_place(&mut report, conversion)?;
    Ok(report)
}

/// Converts every figure of `report` in place; its offer as written is
/// kept beside them, with the conversion. After an error the report is
/// incomplete: every caller drops it.
pub(super) fn convert_in_place(
    report: &mut OfferReport,
    conversion: &Conversion,
) -> Result<(), DataError> {
    let money = |amount: Decimal| conversion.amount(amount).ok_or_else(too_large);
    let offer = convert_offer(report.offer.clone(), conversion)?;
    let projection = convert_projection(&report.projection, conversion)?;
    let leave = report
        .leave
        .as_ref()
        .map(|leave| convert_leave(leave, conversion))
        .transpose()?;
    let leave_table = match &report.leave_table {
        Some(table) => {
            let months: Vec<Leave> = table
                .months
                .iter()
                .map(|leave| convert_leave(leave, conversion))
                .collect::<Result<_, _>>()?;
            let bases: Vec<Decimal> = projection.rows.iter().map(|row| row.base).collect();
            let costly = crate::domain::leave::costly_months(&months, &bases);
            Some(LeaveTable { months, costly })
        }
        None => None,
    };
    let taxed = report
        .taxed
        .take()
        .map(|taxed| convert_taxed(taxed, &projection.rows, &money, conversion.to_minor))
        .transpose()?;
    let original = std::mem::replace(&mut report.offer, offer);
    report.projection = projection;
    report.leave = leave;
    report.leave_table = leave_table;
    report.taxed = taxed;
    report.converted_from = Some(Box::new(ConvertedFrom {
        conversion: conversion.clone(),
        original,
    }));
    report.purchasing_power = None;
    Ok(())
}

fn convert_leave(leave: &Leave, conversion: &Conversion) -> Result<Leave, DataError> {
    let money = |amount: Decimal| conversion.amount(amount).ok_or_else(too_large);
    Leave::new(
        leave.after_months,
        [
            money(leave.base)?,
            money(leave.bonus)?,
            money(leave.sign_on)?,
            money(leave.clawback)?,
            money(leave.equity)?,
        ],
        money(leave.forfeited_equity)?,
        conversion.to_minor,
    )
    .ok_or_else(too_large)
}

/// Each layer's tax and the withholding converted; the sums, net and
/// balance recomputed from them against the converted year totals.
fn convert_taxed(
    taxed: Taxed,
    rows: &[YearRow],
    money: &impl Fn(Decimal) -> Result<Decimal, DataError>,
    minor: Minor,
) -> Result<Taxed, DataError> {
    let mut years = Vec::with_capacity(taxed.years.len());
    for (year, row) in taxed.years.into_iter().zip(rows) {
        let taxes: Vec<(String, Decimal)> = year
            .taxes
            .into_iter()
            .map(|(name, amount)| Ok((name, money(amount)?)))
            .collect::<Result<_, DataError>>()?;
        let withheld = money(year.withheld)?;
        years.push(
            TaxedYear::new(year.year, taxes, row.total, withheld, minor).ok_or_else(too_large)?,
        );
    }
    Taxed::new(taxed.table, taxed.table_year, taxed.source, years, minor)
        .map(|converted| converted.with_figure_years(taxed.figure_years))
        .ok_or_else(too_large)
}
