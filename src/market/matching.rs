//! Choosing the benchmark entry for an offer: every filter an entry sets must
//! equal the offer's field as [`super::normalise`] spells it (case,
//! punctuation and a location's region ignored); the most specific matching
//! entry wins; among equally specific ones, the one spelled exactly as the
//! offer is; a tie that remains is an error, as is no match at all.

use super::normalise::key;
use super::{Benchmarks, Entry, Filters};
use crate::offer::Offer;

/// What a command that takes `--entry` adds to a failed match.
pub const ENTRY_HINT: &str = "; pick one with --entry ID";

/// The entry for `offer`, or `entry_id` when given. The error is one line
/// naming the candidates (the commands that take `--entry` add the hint).
pub fn select<'a>(
    benchmarks: &'a Benchmarks,
    offer: &Offer,
    entry_id: Option<&str>,
) -> Result<&'a Entry, String> {
    if let Some(id) = entry_id {
        return benchmarks
            .entries
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| {
                format!(
                    "no entry has id `{id}`, expected one of {}",
                    list(benchmarks.entries.iter().take(10))
                )
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
        (tied, _) => Err(format!(
            "offer `{}` matches {} equally specific entries ({}), expected one",
            offer.name,
            tied.len(),
            list(tied.iter().copied())
        )),
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
fn no_match(benchmarks: &Benchmarks, offer: &Offer) -> String {
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
    format!(
        "no entry matches offer `{}`; closest: {}",
        offer.name,
        closest.join(", ")
    )
}

fn list<'a>(entries: impl Iterator<Item = &'a Entry>) -> String {
    entries
        .map(|e| format!("`{}`", e.id))
        .collect::<Vec<_>>()
        .join(", ")
}
