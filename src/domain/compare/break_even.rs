//! What a trailing offer needs to match the leader over the horizon, in three
//! currencies: one-time sign-on, base salary, or a larger grant.
//!
//! Sign-on is linear, so its answer is the gap itself. Base and grant pass
//! through rounding, raises, bonus and vesting, so they are found by search:
//! the smallest increase in whole cents (whole yen for a yen offer) whose
//! re-projected horizon total reaches the leader's. The answer always
//! reaches the leader and one unit less does not. (Largest-remainder splits
//! can, like any apportionment, shift a unit between years as a grant grows,
//! so "one unit less does not" is the honest claim rather than "nothing
//! smaller does".)

use rust_decimal::Decimal;

use crate::domain::fx::Conversion;
use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::domain::projection::project;
use crate::domain::report::OfferReport;
use crate::domain::vesting::Grant;
use crate::error::DataError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakEven {
    pub offer: usize,
    /// Leader's horizon total minus this offer's.
    pub gap: Decimal,
    /// Extra sign-on paid in year 1.
    pub sign_on: Decimal,
    /// Extra starting base salary (raises follow it, and a bonus given as a
    /// percentage; one given as an amount does not).
    pub base: Decimal,
    /// Extra value on the offer's first grant, on that grant's schedule;
    /// `None` if no grant can vest enough within the horizon.
    pub grant: Option<Decimal>,
    /// Index of the grant enlarged, or `None` for a new grant on the default
    /// schedule (even, annual, 12-month cliff) when the offer has none.
    pub grant_index: Option<usize>,
}

/// Doublings of the search bound before a target is declared out of reach.
const MAX_DOUBLINGS: u32 = 64;
/// Bisection steps: the bound is at most 2^64 times the gap, and figures stay
/// below 10^17 (2^57) units, so ~130 halvings reach the cent; a search that
/// has not converged by then is an error, never a guess (and never a hang).
const MAX_BISECTIONS: u32 = 200;

/// What a trailing offer needs to draw level with `target`; an error when an
/// exact answer cannot be given (the increase would leave the range of
/// figures computed exactly).
pub fn break_even(
    index: usize,
    trailing: &OfferReport,
    target: Decimal,
) -> Result<BreakEven, DataError> {
    let gap = target - trailing.projection.summary.total;
    // A converted offer is searched in its own currency, through the same
    // conversion, and its answers are converted back like any figure.
    let (offer, conversion) = trailing.as_written();
    let (grant, grant_index) = grant_to_reach(offer, gap, target, conversion);
    let base = base_to_reach(offer, gap, target, conversion)?;
    let reported = |extra: Decimal| match conversion {
        None => Some(extra),
        Some(conversion) => conversion.amount(extra),
    };
    let too_large = || DataError::new("currency", "a converted break-even exceeds 10^17");
    Ok(BreakEven {
        offer: index,
        gap,
        sign_on: gap,
        base: reported(base).ok_or_else(too_large)?,
        grant: grant
            .map(|g| reported(g).ok_or_else(too_large))
            .transpose()?,
        grant_index,
    })
}

/// The extra starting base that lifts `offer`'s horizon total from `target − gap`
/// to at least `target`; an error when no increase within the range of
/// figures computed exactly (10^17 a year) reaches it.
pub fn extra_base_to_reach(
    offer: &Offer,
    gap: Decimal,
    target: Decimal,
) -> Result<Decimal, DataError> {
    base_to_reach(offer, gap, target, None)
}

fn base_to_reach(
    offer: &Offer,
    gap: Decimal,
    target: Decimal,
    conversion: Option<&Conversion>,
) -> Result<Decimal, DataError> {
    let minor = Minor::of(&offer.currency);
    smallest_increase(gap, target, offer.years, conversion, minor, |extra| {
        let mut raised = offer.clone();
        raised.base_salary = offer.base_salary.checked_add(extra)?;
        Some(raised)
    })
    .ok_or_else(|| {
        DataError::new(
            "base_salary",
            format!(
                "no extra base draws `{}` level with {} over {} years without a yearly figure beyond 10^17, the largest computed exactly",
                offer.name,
                target,
                offer.years
            ),
        )
    })
}

/// The extra value on the offer's first grant made at start (else its first
/// grant, else a new grant on the default schedule) that lifts its horizon
/// total to `target`; `None` if no grant can vest enough within the horizon
/// (or within the range of figures computed exactly).
/// Also returns which grant was enlarged (`None`: a new one).
pub fn extra_grant_to_reach(
    offer: &Offer,
    gap: Decimal,
    target: Decimal,
) -> (Option<Decimal>, Option<usize>) {
    grant_to_reach(offer, gap, target, None)
}

fn grant_to_reach(
    offer: &Offer,
    gap: Decimal,
    target: Decimal,
    conversion: Option<&Conversion>,
) -> (Option<Decimal>, Option<usize>) {
    let grant_index =
        offer
            .equity
            .iter()
            .position(|g| g.at_hire())
            .or(if offer.equity.is_empty() {
                None
            } else {
                Some(0)
            });
    let minor = Minor::of(&offer.currency);
    let extra = smallest_increase(gap, target, 1, conversion, minor, |extra| {
        let mut larger = offer.clone();
        match grant_index {
            Some(i) => larger.equity[i].value = larger.equity[i].value.checked_add(extra)?,
            None => larger.equity.push(Grant::default_at_hire(extra)),
        }
        Some(larger)
    });
    (extra, grant_index)
}

/// Where an increase lands: short of the target, at or past it, or out of
/// the range of figures computed exactly. As an increase grows, a total
/// never falls, so these come in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Landing {
    Short,
    Reaches,
    OutOfRange,
}

/// The smallest increase in whole `minor` units (cents, or yen) of the
/// offer's own currency for which `adjusted(increase)`
/// projects (and converts, when given a conversion) to at least `target`;
/// `None` if none does within reach. `adjusted` returns `None` when the
/// increase itself overflows.
///
/// The search starts from the gap spread over `years` (for base, the
/// horizon: what a yearly figure needs when nothing else grows; for a grant,
/// whose value is paid once, 1), doubles while short, then
/// halves to the smallest increase that is not short: the answer when it
/// reaches, out of reach when every increase that is not short is out of
/// range. An increase past the range bounds the search from above rather
/// than ending it, so a gap over 10^17 that a smaller yearly increase
/// closes is still answered.
fn smallest_increase(
    gap: Decimal,
    target: Decimal,
    years: u32,
    conversion: Option<&Conversion>,
    minor: Minor,
    adjusted: impl Fn(Decimal) -> Option<Offer>,
) -> Option<Decimal> {
    let step = minor.step();
    let horizon_total = |offer: Offer| -> Option<Decimal> {
        let projection = project(&offer).ok()?;
        match conversion {
            None => Some(projection.summary.total),
            Some(conversion) => {
                crate::domain::fx::convert::convert_projection(&projection, conversion)
                    .ok()
                    .map(|p| p.summary.total)
            }
        }
    };
    let landing = |extra: Decimal| -> Landing {
        // An increase too large to hold, or to project, is out of range.
        match adjusted(extra).and_then(horizon_total) {
            None => Landing::OutOfRange,
            Some(total) if total >= target => Landing::Reaches,
            Some(_) => Landing::Short,
        }
    };
    // Exponential search for an upper bound, then bisection on whole units.
    let per_year = gap.checked_div(Decimal::from(years.max(1)))?;
    let mut high = minor.floor(per_year).checked_add(step)?;
    let mut doublings = 0;
    while landing(high) == Landing::Short {
        doublings += 1;
        if doublings > MAX_DOUBLINGS {
            return None;
        }
        high = high.checked_mul(Decimal::TWO)?;
    }
    // Zero never reaches: the offer trails by a positive gap.
    let mut low = Decimal::ZERO;
    let mut steps = 0;
    while high - low > step {
        steps += 1;
        let mid = minor.floor(low + (high - low) / Decimal::TWO);
        let mid = if mid <= low { low + step } else { mid };
        // A unit that no longer registers would stall the search: refuse.
        if steps > MAX_BISECTIONS || mid <= low || mid >= high {
            return None;
        }
        if landing(mid) == Landing::Short {
            low = mid;
        } else {
            high = mid;
        }
    }
    (landing(high) == Landing::Reaches).then_some(high)
}
