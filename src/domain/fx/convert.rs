//! An offer and its projection in the reporting currency: every money
//! figure converted on its own and rounded to the reporting currency's minor
//! unit, every total re-summed from them.

use rust_decimal::Decimal;

use super::Conversion;
use crate::domain::offer::Offer;
use crate::domain::projection::{Projection, Sums, VestEvent};
use crate::error::DataError;

pub(crate) fn too_large() -> DataError {
    DataError::new(
        "currency",
        "a converted figure exceeds 10^17, the largest computed exactly",
    )
}

/// The offer's own money fields, for the views that quote them (base,
/// bonus amount, sign-on, grants); the projection is converted apart.
pub(crate) fn convert_offer(mut offer: Offer, conversion: &Conversion) -> Result<Offer, DataError> {
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
