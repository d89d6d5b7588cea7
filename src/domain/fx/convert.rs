//! A projected offer in the reporting currency: every money figure converted
//! on its own and rounded to the reporting currency's minor unit, every
//! total re-summed from them.

use rust_decimal::Decimal;

use super::Conversion;
use crate::domain::leave::{Leave, LeaveTable};
use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::domain::projection::{ProjectedOffer, Projection, Sums, VestEvent, YearRow};
use crate::domain::tax::{Taxed, TaxedYear};
use crate::error::DataError;

/// Where a converted offer's figures came from: the rate used and the offer
/// as written, in its own currency (the break-even search projects that).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertedFrom {
    pub conversion: Conversion,
    pub original: Offer,
}

fn too_large() -> DataError {
    DataError::new(
        "currency",
        "a converted figure exceeds 10^17, the largest computed exactly",
    )
}

/// `projected` in the reporting currency of `conversion`.
pub fn convert(
    projected: ProjectedOffer,
    conversion: &Conversion,
) -> Result<ProjectedOffer, DataError> {
    let money = |amount: Decimal| conversion.amount(amount).ok_or_else(too_large);
    let original = projected.offer.clone();
    let offer = convert_offer(projected.offer, conversion)?;
    let projection = convert_projection(&projected.projection, conversion)?;
    let leave = projected
        .leave
        .map(|leave| convert_leave(&leave, conversion))
        .transpose()?;
    let leave_table = match projected.leave_table {
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
    let taxed = projected
        .taxed
        .map(|taxed| convert_taxed(taxed, &projection.rows, &money, conversion.to_minor))
        .transpose()?;
    Ok(ProjectedOffer {
        offer,
        projection,
        leave,
        leave_table,
        taxed,
        converted_from: Some(Box::new(ConvertedFrom {
            conversion: conversion.clone(),
            original,
        })),
        purchasing_power: None,
    })
}

/// The offer's own money fields, for the views that quote them (base,
/// bonus amount, sign-on, grants); the projection is converted apart.
fn convert_offer(mut offer: Offer, conversion: &Conversion) -> Result<Offer, DataError> {
    let money = |amount: Decimal| conversion.amount(amount).ok_or_else(too_large);
    offer.currency = conversion.to.clone();
    offer.base_salary = money(offer.base_salary)?;
    offer.bonus_amount = offer.bonus_amount.map(money).transpose()?;
    for sign_on in &mut offer.sign_on {
        *sign_on = money(*sign_on)?;
    }
    for grant in &mut offer.equity {
        grant.value = money(grant.value)?;
    }
    Ok(offer)
}

/// Each year's components converted, totals re-summed, the summary
/// recomputed from the converted years.
pub(crate) fn convert_projection(
    projection: &Projection,
    conversion: &Conversion,
) -> Result<Projection, DataError> {
    if projection.options.is_some() {
        // Strike, 409A and exit prices are per share in the offer's own
        // currency; converting them is left to a later edition.
        return Err(DataError::new(
            "equity",
            "has options or double-trigger RSUs, which are not converted into another currency in this edition, expected offers in one currency",
        ));
    }
    let money = |amount: Decimal| conversion.amount(amount).ok_or_else(too_large);
    let minor = conversion.to_minor;
    let units = |amount: Decimal| minor.units(money(amount)?).ok_or_else(too_large);
    let mut sums = Sums::default();
    let mut rows = Vec::with_capacity(projection.rows.len());
    for row in &projection.rows {
        let parts = [
            units(row.base)?,
            units(row.bonus)?,
            units(row.sign_on)?,
            units(row.equity)?,
        ];
        rows.push(sums.push(parts, minor).ok_or_else(too_large)?);
    }
    // A vest is shown at its value in its unit, so that is what converts.
    let vests = projection
        .vests
        .iter()
        .map(|vest| {
            Ok(VestEvent {
                amount: money(vest.amount)?,
                value: money(conversion.from_minor.round(vest.value))?,
                ..vest.clone()
            })
        })
        .collect::<Result<_, DataError>>()?;
    let unvested = money(projection.summary.unvested)?;
    let summary = sums.summary(unvested, minor)?;
    Ok(Projection {
        rows,
        vests,
        summary,
        options: None,
    })
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
