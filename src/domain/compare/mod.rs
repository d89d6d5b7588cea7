//! Offers side by side: who leads, by how much, when one overtakes another,
//! and what the trailing offers would need to draw level.

mod break_even;
mod exit_break_even;

pub use break_even::{BreakEven, break_even, extra_base_to_reach, extra_grant_to_reach};
pub use exit_break_even::{ExitBreakEven, exit_break_even};

use rust_decimal::{Decimal, RoundingStrategy};

use crate::domain::report::OfferReport;
use crate::error::DataError;

/// Totals within this share of the leader's are called close, not won.
pub const CLOSE_PCT: Decimal = Decimal::TWO;

/// The comparison of two or more projected offers over one horizon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Index of the offer with the highest horizon total (first given on a tie).
    pub leader: usize,
    /// Whether the runner-up is within [`CLOSE_PCT`] of the leader.
    pub close: bool,
    /// Per offer, in the order given.
    pub standings: Vec<Standing>,
    pub crossovers: Vec<Crossover>,
    /// Per trailing offer, what would match the leader.
    pub break_even: Vec<BreakEven>,
    /// With leave figures: the offer that pays most if you leave then
    /// (first given on a tie).
    pub leave_leader: Option<usize>,
    /// With tax figures: who leads after tax.
    pub after_tax: Option<AfterTax>,
    /// Per offer with options: the exit price at which it draws level.
    pub exit_break_even: Vec<ExitBreakEven>,
}

/// The comparison after tax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfterTax {
    /// The offer with the highest net total (first given on a tie).
    pub leader: usize,
    /// The leader's net total minus the runner-up's (0 with one offer).
    pub gap: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub offer: usize,
    /// Leader's horizon total minus this one's (0 for the leader).
    pub behind: Decimal,
    /// `behind` as a percentage of the leader's total, to two places.
    pub behind_pct: Decimal,
}

/// In `year`, the cumulative pay of `ahead` passes that of `behind`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crossover {
    pub year: u32,
    pub ahead: usize,
    pub behind: usize,
}

/// Compares offers already projected over the same horizon.
/// What is wrong with one of the offers compared, by its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferError {
    pub offer: usize,
    pub error: DataError,
}

pub fn compare(offers: &[OfferReport]) -> Result<Comparison, OfferError> {
    let leader = leader(offers);
    let leader_total = offers[leader].projection.summary.total;
    let standings: Vec<Standing> = offers
        .iter()
        .enumerate()
        .map(|(offer, projected)| {
            let behind = leader_total - projected.projection.summary.total;
            // Divide first: the share is at most 1, so nothing can overflow.
            let behind_pct = (behind / leader_total * Decimal::ONE_HUNDRED)
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
            Standing {
                offer,
                behind,
                behind_pct,
            }
        })
        .collect();
    let runner_up_gap = standings
        .iter()
        .filter(|s| s.offer != leader)
        .map(|s| s.behind)
        .min()
        .unwrap_or_default();
    // leader × 2/100 is smaller than the leader's total, so it cannot overflow.
    let close = runner_up_gap <= leader_total * CLOSE_PCT / Decimal::ONE_HUNDRED;
    let mut break_evens = Vec::new();
    for (index, projected) in offers.iter().enumerate() {
        if index != leader && projected.projection.summary.total < leader_total {
            let found = break_even(index, projected, leader_total).map_err(|error| OfferError {
                offer: index,
                error,
            })?;
            break_evens.push(found);
        }
    }
    let exit_break_even =
        exit_break_even(offers).map_err(|(offer, error)| OfferError { offer, error })?;
    Ok(Comparison {
        exit_break_even,
        leader,
        close,
        standings,
        crossovers: crossovers(offers),
        break_even: break_evens,
        leave_leader: leave_leader(offers),
        after_tax: after_tax(offers),
    })
}

fn after_tax(offers: &[OfferReport]) -> Option<AfterTax> {
    let nets: Vec<Decimal> = offers
        .iter()
        .map(|o| o.taxed.as_ref().map(|t| t.net_total))
        .collect::<Option<_>>()?;
    let leader = first_highest(&nets);
    let runner_up = nets
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != leader)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(nets[leader]);
    Some(AfterTax {
        leader,
        gap: nets[leader] - runner_up,
    })
}

fn leave_leader(offers: &[OfferReport]) -> Option<usize> {
    let totals: Vec<Decimal> = offers
        .iter()
        .map(|o| o.leave.as_ref().map(|l| l.total))
        .collect::<Option<_>>()?;
    Some(first_highest(&totals))
}

/// The index of the highest value, the first given on a tie.
fn first_highest(values: &[Decimal]) -> usize {
    let mut best = 0;
    for (index, value) in values.iter().enumerate() {
        if *value > values[best] {
            best = index;
        }
    }
    best
}

fn leader(offers: &[OfferReport]) -> usize {
    let totals: Vec<Decimal> = offers.iter().map(|o| o.projection.summary.total).collect();
    first_highest(&totals)
}

/// Every year in which one offer's cumulative pay moves strictly ahead of
/// another's after having been strictly behind it.
fn crossovers(offers: &[OfferReport]) -> Vec<Crossover> {
    let mut found = Vec::new();
    for a in 0..offers.len() {
        for b in a + 1..offers.len() {
            let mut last_ahead: Option<usize> = None;
            let rows_a = &offers[a].projection.rows;
            let rows_b = &offers[b].projection.rows;
            for (row_a, row_b) in rows_a.iter().zip(rows_b) {
                let ahead = match row_a.cumulative.cmp(&row_b.cumulative) {
                    std::cmp::Ordering::Greater => a,
                    std::cmp::Ordering::Less => b,
                    std::cmp::Ordering::Equal => continue,
                };
                if last_ahead.is_some_and(|previous| previous != ahead) {
                    found.push(Crossover {
                        year: row_a.year,
                        ahead,
                        behind: if ahead == a { b } else { a },
                    });
                }
                last_ahead = Some(ahead);
            }
        }
    }
    found.sort_by_key(|c| (c.year, c.ahead, c.behind));
    found
}
