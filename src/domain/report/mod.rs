//! An offer's report: its projection and every optional view of it, added
//! by [`add_views`] in one order ([`Step`]) for every command: leaving
//! early, tax, the reporting currency, purchasing power.
//!
//! A new view of an offer is added here: a field on [`OfferReport`], a
//! field on [`Views`] that asks for it, and a [`Step`] (and its conversion
//! in [`convert`] if it holds money).

mod convert;

pub use convert::{ConvertedFrom, convert};

use crate::domain::fx::{MissingRate, Rates, conversion_into};
use crate::domain::leave::{Leave, LeaveTable};
use crate::domain::offer::Offer;
use crate::domain::options::OptionsLeaving;
use crate::domain::projection::{ProjectedOffer, Projection};
use crate::domain::purchasing_power::{CostOfLiving, PurchasingPower};
use crate::domain::tax::{TaxTable, Taxed};
use crate::error::DataError;

/// An offer, its projection, and the views asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferReport {
    pub offer: Offer,
    pub projection: Projection,
    /// What leaving early pays, when asked for (`--leave-after`).
    pub leave: Option<Leave>,
    /// Leaving at the end of every month (`--leave-table`).
    pub leave_table: Option<LeaveTable>,
    /// The years after tax (`--tax`).
    pub taxed: Option<Taxed>,
    /// The rate and the offer as written, when its figures were converted
    /// into the reporting currency (`--rate`, `--fx`): the break-even
    /// searches project the written offer and convert at this rate.
    pub converted_from: Option<Box<ConvertedFrom>>,
    /// The years at the cost of living of where it is paid (`--col`).
    pub purchasing_power: Option<PurchasingPower>,
}

/// The views to add to an offer. Whatever names a flag or a file has been
/// resolved by the caller: these are values.
#[derive(Debug, Default, Clone, Copy)]
pub struct Views<'a> {
    /// Leave after this many months (within the offer's horizon).
    pub leave_after: Option<u32>,
    /// The month-by-month leave table.
    pub leave_table: bool,
    /// The offer's tax table.
    pub tax: Option<&'a TaxTable>,
    /// The currency to report in, and the rates that convert into it.
    pub reporting: Option<(&'a str, Option<&'a Rates>)>,
    /// Cost-of-living indexes; the one for the offer's place or written
    /// currency, if any, gives its purchasing power.
    pub col: &'a [CostOfLiving],
}

/// Why a report could not be made: bad or overflowing figures, or no rate
/// for the offer's currency (which the caller words with its flags).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportError {
    Data(DataError),
    MissingRate(MissingRate),
}

impl From<DataError> for ReportError {
    fn from(err: DataError) -> ReportError {
        ReportError::Data(err)
    }
}

/// The views, in the order they are added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Leaving early (`leave_after`, `leave_table`).
    Leave,
    /// The years after tax, and the tax on an NSO exercise when leaving.
    Tax,
    /// The reporting currency.
    Currency,
    /// Purchasing power, at the reporting currency's figures.
    PurchasingPower,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 4] = [
        Step::Leave,
        Step::Tax,
        Step::Currency,
        Step::PurchasingPower,
    ];
}

/// Adds every view `views` asks for to `report` (made with none), in
/// [`Step::ALL`]'s order. In place: a report is large, and moving one per
/// record showed in `batch`'s instruction count.
pub fn add_views(report: &mut OfferReport, views: &Views) -> Result<(), ReportError> {
    for step in Step::ALL {
        add_view(report, step, views)?;
    }
    Ok(())
}

/// Adds one view of `views` to `report`. Commands that check their flags
/// across all the offers between views add them step by step, each over
/// every offer, in [`Step::ALL`]'s order.
pub fn add_view(report: &mut OfferReport, step: Step, views: &Views) -> Result<(), ReportError> {
    match step {
        Step::Leave => report.add_leave(views.leave_after, views.leave_table)?,
        Step::Tax => {
            if let Some(table) = views.tax {
                report.add_tax(table)?;
            }
        }
        Step::Currency => {
            if let Some((reporting, rates)) = views.reporting {
                report.in_currency(reporting, rates)?;
            }
        }
        Step::PurchasingPower => report.add_purchasing_power(views.col)?,
    }
    Ok(())
}

impl From<ProjectedOffer> for OfferReport {
    fn from(projected: ProjectedOffer) -> OfferReport {
        OfferReport {
            offer: projected.offer,
            projection: projected.projection,
            leave: None,
            leave_table: None,
            taxed: None,
            converted_from: None,
            purchasing_power: None,
        }
    }
}

impl OfferReport {
    /// The offer projected, with no view added.
    pub fn new(offer: Offer) -> Result<OfferReport, DataError> {
        ProjectedOffer::new(offer).map(OfferReport::from)
    }

    /// [`OfferReport::new`] without the list of vest events.
    pub fn without_vests(offer: Offer) -> Result<OfferReport, DataError> {
        ProjectedOffer::without_vests(offer).map(OfferReport::from)
    }

    /// Adds what leaving after `months` pays, and the month-by-month table.
    fn add_leave(&mut self, months: Option<u32>, table: bool) -> Result<(), DataError> {
        if let Some(months) = months {
            self.leave = Some(crate::domain::leave::leave(
                &self.offer,
                &self.projection,
                months,
            )?);
            if let Some(options) = self.projection.options.as_mut() {
                options.leaving = crate::domain::options::leaving(&self.offer, months)?;
            }
        }
        if table {
            self.leave_table = Some(crate::domain::leave::leave_table(
                &self.offer,
                &self.projection,
            )?);
        }
        Ok(())
    }

    /// Adds the years after tax under `table`; when leaving with NSOs, the
    /// tax on their spread at the 409A, as wages of the leave year.
    fn add_tax(&mut self, table: &TaxTable) -> Result<(), DataError> {
        self.taxed = Some(crate::domain::tax::after_tax(&self.projection, table)?);
        let Some(options) = self.projection.options.as_mut() else {
            return Ok(());
        };
        let Some(leaving) = options.leaving.take() else {
            return Ok(());
        };
        let year = leaving.after_months.div_ceil(12) as usize;
        let year_total = self.projection.rows[year - 1].total;
        let tax = crate::domain::tax::nso_spread_tax(&leaving, table, year_total)?;
        options.leaving = Some(OptionsLeaving {
            nso_spread_tax: Some(tax),
            ..leaving
        });
        Ok(())
    }

    /// The report in the `reporting` currency: as it is when already in it,
    /// else every figure converted at `rates`.
    fn in_currency(&mut self, reporting: &str, rates: Option<&Rates>) -> Result<(), ReportError> {
        match conversion_into(&self.offer.currency, reporting, rates)
            .map_err(ReportError::MissingRate)?
        {
            Some(conversion) => Ok(convert::convert_in_place(self, &conversion)?),
            None => Ok(()),
        }
    }

    /// The offer as written, in its own currency, and the conversion its
    /// figures were reported through, if any: what a search that projects
    /// variants of the offer starts from (nothing is converted back).
    pub fn as_written(&self) -> (&Offer, Option<&crate::domain::fx::Conversion>) {
        match &self.converted_from {
            Some(from) => (&from.original, Some(&from.conversion)),
            None => (&self.offer, None),
        }
    }

    /// The currency the offer was written in, before any conversion.
    pub fn written_currency(&self) -> &str {
        &self.as_written().0.currency
    }

    /// Adds the purchasing power at the index for the offer's place, else
    /// for the currency it was written in; none when neither has one.
    fn add_purchasing_power(&mut self, indexes: &[CostOfLiving]) -> Result<(), DataError> {
        let index = crate::domain::purchasing_power::index_for(
            self.offer.location.as_deref(),
            self.written_currency(),
            indexes,
        );
        if let Some(col) = index {
            self.purchasing_power = Some(crate::domain::purchasing_power::purchasing_power(
                &self.projection,
                &self.offer.currency,
                col,
            )?);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;
    use crate::domain::offer::{Defaults, parse_offer};

    fn london() -> OfferReport {
        let defaults = Defaults {
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            years: None,
        };
        let json = include_bytes!("../../../examples/london-offer.json");
        OfferReport::new(parse_offer(json, &defaults).unwrap()).unwrap()
    }

    #[test]
    fn views_are_added_in_one_order_purchasing_power_on_the_reported_figures() {
        let written = london();
        let rates = Rates::Given(vec![("GBP".to_owned(), dec!(1.27))]);
        let col = [CostOfLiving {
            key: "London".to_owned(),
            index: dec!(120),
        }];
        let views = Views {
            leave_after: Some(18),
            reporting: Some(("USD", Some(&rates))),
            col: &col,
            ..Views::default()
        };
        let mut report = written.clone();
        add_views(&mut report, &views).unwrap();

        // Converted: £140,000 base at 1.27 is $177,800.00, and the offer as
        // written is kept beside the figures with its rate.
        assert_eq!(report.offer.currency, "USD");
        assert_eq!(report.projection.rows[0].base, dec!(177800.00));
        let (as_written, conversion) = report.as_written();
        assert_eq!(as_written, &written.offer);
        assert_eq!(conversion.unwrap().rate(), dec!(1.27));
        // Leaving was added before the conversion, then converted with it.
        let leave = report.leave.as_ref().unwrap();
        let written_leave =
            crate::domain::leave::leave(&written.offer, &written.projection, 18).unwrap();
        assert_eq!(
            leave.base,
            conversion.unwrap().amount(written_leave.base).unwrap()
        );
        // Purchasing power comes last, on the dollar figures: each year's
        // total × 100 / 120, matched by the place the offer is written for.
        let power = report.purchasing_power.as_ref().unwrap();
        assert_eq!(power.key, "London");
        for (year, row) in power.years.iter().zip(&report.projection.rows) {
            let exact = row.total * dec!(100) / dec!(120);
            assert!(
                (*year - exact).abs() <= dec!(0.005),
                "{year} against {exact}"
            );
        }
        assert_eq!(
            power.total,
            power.years.iter().sum::<rust_decimal::Decimal>()
        );
    }

    #[test]
    fn a_missing_rate_is_a_typed_reason_for_the_command_to_word() {
        let mut report = london();
        let views = Views {
            reporting: Some(("USD", None)),
            ..Views::default()
        };
        assert_eq!(
            add_views(&mut report, &views),
            Err(ReportError::MissingRate(MissingRate::NotGiven {
                from: "GBP".to_owned(),
                to: "USD".to_owned(),
            }))
        );
    }
}
