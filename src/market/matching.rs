//! Choosing the benchmark entry for an offer: every filter an entry sets must
//! equal the offer's field as [`super::normalise`] spells it (case,
//! punctuation and a location's region ignored); the most specific matching
//! entry wins; among equally specific ones, the one spelled exactly as the
//! offer is; a tie that remains is an error, as is no match at all.

use super::normalise::key;
use super::{Benchmarks, Entry, Filters};
use crate::offer::Offer;

/// What a command that takes `--entry` adds to a failed match.
const ENTRY_HINT: &str = "; pick one with --entry ID";

/// Why an offer has no benchmark entry; each reads as one line naming the
/// candidates ([`NoEntry::with_entry_hint`] says how `--entry` helps).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoEntry {
    /// `--entry` named an id the file does not have.
    #[error("no entry has id `{id}`, expected one of {known}")]
    UnknownId { id: String, known: String },
    /// No entry's filters all agree with the offer.
    #[error("no entry matches offer `{offer}`; closest: {closest}")]
    NoMatch { offer: String, closest: String },
    /// Several entries match equally well.
    #[error("offer `{offer}` matches {count} equally specific entries ({tied}), expected one")]
    Tied {
        offer: String,
        count: usize,
        tied: String,
    },
    /// The benchmarks are in another currency than the offer.
    #[error("the benchmarks are in `{benchmarks}`, the offer in `{offer}`")]
    OtherCurrency { benchmarks: String, offer: String },
}

impl NoEntry {
    /// The reason as said by a command that takes `--entry`: where picking
    /// an entry would help, it says how.
    pub fn with_entry_hint(&self) -> String {
        match self {
            NoEntry::NoMatch { .. } | NoEntry::Tied { .. } => format!("{self}{ENTRY_HINT}"),
            NoEntry::UnknownId { .. } | NoEntry::OtherCurrency { .. } => self.to_string(),
        }
    }
}

/// The entry for `offer`, or `entry_id` when given; none for benchmarks in
/// another currency. The error is one line naming the candidates (the
/// commands that take `--entry` say it [`NoEntry::with_entry_hint`]).
pub fn select<'a>(
    benchmarks: &'a Benchmarks,
    offer: &Offer,
    entry_id: Option<&str>,
) -> Result<&'a Entry, NoEntry> {
    if benchmarks.currency != offer.currency {
        return Err(NoEntry::OtherCurrency {
            benchmarks: benchmarks.currency.clone(),
            offer: offer.currency.clone(),
        });
    }
    if let Some(id) = entry_id {
        return benchmarks
            .entries
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| NoEntry::UnknownId {
                id: id.to_owned(),
                known: list(benchmarks.entries.iter().take(10)),
            });
    }
    let matching: Vec<&Entry> = benchmarks
        .entries
        .iter()
        .filter(|e| mismatches(&e.filters, offer).is_empty())
        .collect();
    let Some(best) = matching.iter().map(|e| specificity(&e.filters)).max() else {
        return Err(no_match(benchmarks, offer));
    };
    let top: Vec<&Entry> = matching
        .into_iter()
        .filter(|e| specificity(&e.filters) == best)
        .collect();
    let exact: Vec<&Entry> = top
        .iter()
        .copied()
        .filter(|e| spelled_as(&e.filters, offer))
        .collect();
    match (top.as_slice(), exact.as_slice()) {
        ([only], _) | (_, [only]) => Ok(only),
        (tied, _) => Err(NoEntry::Tied {
            offer: offer.name.clone(),
            count: tied.len(),
            tied: list(tied.iter().copied()),
        }),
    }
}

/// The filters of `filters` that disagree with the offer, by name.
fn mismatches(filters: &Filters, offer: &Offer) -> Vec<&'static str> {
    let pairs = [
        ("company", &filters.company, &offer.company),
        ("role", &filters.role, &offer.role),
        ("level", &filters.level, &offer.level),
        ("location", &filters.location, &offer.location),
    ];
    pairs
        .into_iter()
        .filter(|(name, wanted, actual)| match (wanted, actual) {
            (None, _) => false,
            (Some(w), Some(a)) => key(name, w) != key(name, a),
            (Some(_), None) => true,
        })
        .map(|(name, _, _)| name)
        .collect()
}

/// Every filter the entry sets is spelled exactly as the offer's field (trimmed).
fn spelled_as(filters: &Filters, offer: &Offer) -> bool {
    [
        (&filters.company, &offer.company),
        (&filters.role, &offer.role),
        (&filters.level, &offer.level),
        (&filters.location, &offer.location),
    ]
    .into_iter()
    .all(|(wanted, actual)| match (wanted, actual) {
        (None, _) => true,
        (Some(w), Some(a)) => w.trim() == a.trim(),
        (Some(_), None) => false,
    })
}

fn specificity(filters: &Filters) -> usize {
    [
        &filters.company,
        &filters.role,
        &filters.level,
        &filters.location,
    ]
    .into_iter()
    .filter(|f| f.is_some())
    .count()
}

/// The error for no match: the entries that miss by the fewest filters.
fn no_match(benchmarks: &Benchmarks, offer: &Offer) -> NoEntry {
    // Closest: fewest filters that disagree, then most filters that agree.
    let mut scored: Vec<(&Entry, Vec<&str>)> = benchmarks
        .entries
        .iter()
        .map(|e| (e, mismatches(&e.filters, offer)))
        .collect();
    scored.sort_by_key(|(e, missed)| {
        let agreed = specificity(&e.filters) - missed.len();
        (missed.len(), std::cmp::Reverse(agreed))
    });
    let closest: Vec<String> = scored
        .iter()
        .take(3)
        .map(|(e, missed)| {
            let verb = if missed.len() == 1 {
                "differs"
            } else {
                "differ"
            };
            format!("`{}` ({} {verb})", e.id, missed.join(", "))
        })
        .collect();
    NoEntry::NoMatch {
        offer: offer.name.clone(),
        closest: closest.join(", "),
    }
}

fn list<'a>(entries: impl Iterator<Item = &'a Entry>) -> String {
    entries
        .map(|e| format!("`{}`", e.id))
        .collect::<Vec<_>>()
        .join(", ")
}
