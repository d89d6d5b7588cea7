//! Choosing the benchmark entry for an offer: every filter an entry sets must
//! equal the offer's field as [`super::normalise`] spells it (case and
//! punctuation ignored, a location read as a place); the most specific
//! matching entry wins; among equally specific ones, the one spelled exactly
//! as the offer is; a tie that remains is an error, as is no match at all.
//!
//! A bare city (`Seattle`) and a qualified place (`Seattle, WA`) are one
//! place when the file (with the offer) names only one place in that city;
//! where it names several, a bare city matches none of them, and an offer
//! whose bare city would have chosen among them is an error listing them.

use std::collections::BTreeMap;

use super::normalise::{key, split_place};
use super::{Benchmarks, Entry, Filters};
use crate::domain::offer::Offer;

/// Why an offer has no benchmark entry; each reads as one line naming the
/// candidates ([`NoEntry::choosing_helps`] says whether choosing an entry
/// by its id would settle it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoEntry {
    /// The entry asked for by id is not in the file.
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
    /// The offer's location is a bare city the file names several places in.
    #[error(
        "offer `{offer}` is in `{location}`, which names {count} places in the benchmarks ({places}), expected one; give the location as `City, ST` or `City, Region, Country`"
    )]
    AmbiguousPlace {
        offer: String,
        location: String,
        count: usize,
        places: String,
    },
    /// The benchmarks are in another currency than the offer.
    #[error("the benchmarks are in `{benchmarks}`, the offer in `{offer}`")]
    OtherCurrency { benchmarks: String, offer: String },
}

impl NoEntry {
    /// Whether choosing an entry by its id would settle it: yes when none
    /// or several match; no for an unknown id or another currency. The
    /// command that lets the user choose says how.
    pub fn choosing_helps(&self) -> bool {
        match self {
            NoEntry::NoMatch { .. } | NoEntry::Tied { .. } | NoEntry::AmbiguousPlace { .. } => true,
            NoEntry::UnknownId { .. } | NoEntry::OtherCurrency { .. } => false,
        }
    }
}

/// The entry for `offer`, or `entry_id` when given; none for benchmarks in
/// another currency. The error is one line naming the candidates (the
/// commands that let the user choose say how, [`NoEntry::choosing_helps`]).
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
    let places = Places::of(benchmarks, offer);
    places.refuse_ambiguous(benchmarks, offer)?;
    let matching: Vec<&Entry> = benchmarks
        .entries
        .iter()
        .filter(|e| mismatches(&e.filters, offer, &places).is_empty())
        .collect();
    let Some(best) = matching.iter().map(|e| specificity(&e.filters)).max() else {
        return Err(no_match(benchmarks, offer, &places));
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

/// The places the file and the offer name in the offer's city: each region
/// key with the first spelling that gave it.
struct Places {
    city: Option<String>,
    regions: BTreeMap<String, String>,
}

impl Places {
    fn of(benchmarks: &Benchmarks, offer: &Offer) -> Places {
        let Some(location) = &offer.location else {
            return Places {
                city: None,
                regions: BTreeMap::new(),
            };
        };
        let offer_key = key("location", location);
        let (city, offer_region) = split_place(&offer_key);
        let mut regions = BTreeMap::new();
        if let Some(region) = offer_region {
            regions.insert(region.to_owned(), location.trim().to_owned());
        }
        for spelled in benchmarks
            .entries
            .iter()
            .filter_map(|e| e.filters.location.as_ref())
        {
            let entry_key = key("location", spelled);
            if let (entry_city, Some(region)) = split_place(&entry_key)
                && entry_city == city
            {
                regions
                    .entry(region.to_owned())
                    .or_insert_with(|| spelled.trim().to_owned());
            }
        }
        Places {
            city: Some(city.to_owned()),
            regions,
        }
    }

    /// Whether the location `wanted` (an entry's) is the offer's `actual`.
    fn same(&self, wanted: &str, actual: &str) -> bool {
        let (wanted, actual) = (key("location", wanted), key("location", actual));
        match (split_place(&wanted), split_place(&actual)) {
            ((city_w, region_w), (city_a, region_a)) if city_w == city_a => {
                region_w == region_a || self.regions.len() <= 1
            }
            _ => false,
        }
    }

    /// An error when the offer gives a bare city, the file names several
    /// places in it, and an entry in one of them agrees with the offer on
    /// every other filter: the answer would depend on which place is meant.
    fn refuse_ambiguous(&self, benchmarks: &Benchmarks, offer: &Offer) -> Result<(), NoEntry> {
        let (Some(city), Some(location)) = (&self.city, &offer.location) else {
            return Ok(());
        };
        if self.regions.len() < 2 || split_place(&key("location", location)).1.is_some() {
            return Ok(());
        }
        let chooses = benchmarks.entries.iter().any(|e| {
            e.filters.location.as_ref().is_some_and(
                |l| matches!(split_place(&key("location", l)), (c, Some(_)) if c == city),
            ) && mismatches_besides_location(&e.filters, offer).is_empty()
        });
        if !chooses {
            return Ok(());
        }
        Err(NoEntry::AmbiguousPlace {
            offer: offer.name.clone(),
            location: location.trim().to_owned(),
            count: self.regions.len(),
            places: self
                .regions
                .values()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", "),
        })
    }
}

/// The filters of `filters` that disagree with the offer, by name.
fn mismatches(filters: &Filters, offer: &Offer, places: &Places) -> Vec<&'static str> {
    let mut missed = mismatches_besides_location(filters, offer);
    let location_differs = match (&filters.location, &offer.location) {
        (None, _) => false,
        (Some(w), Some(a)) => !places.same(w, a),
        (Some(_), None) => true,
    };
    if location_differs {
        missed.push("location");
    }
    missed
}

/// The filters other than `location` that disagree with the offer.
fn mismatches_besides_location(filters: &Filters, offer: &Offer) -> Vec<&'static str> {
    let pairs = [
        ("company", &filters.company, &offer.company),
        ("role", &filters.role, &offer.role),
        ("level", &filters.level, &offer.level),
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
fn no_match(benchmarks: &Benchmarks, offer: &Offer, places: &Places) -> NoEntry {
    // Closest: fewest filters that disagree, then most filters that agree.
    let mut scored: Vec<(&Entry, Vec<&str>)> = benchmarks
        .entries
        .iter()
        .map(|e| (e, mismatches(&e.filters, offer, places)))
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
