//! Words shared by the human-readable views.

use crate::domain::vesting::Grant;

/// `#1 amazon, semiannual, 12-month cliff`.
pub fn grant(index: usize, grant: &Grant) -> String {
    let mut label = format!(
        "#{} {}, {}",
        index + 1,
        grant.schedule.label(),
        grant.frequency.name()
    );
    if grant.cliff_months > 0 {
        label.push_str(&format!(", {}-month cliff", grant.cliff_months));
    }
    if grant.grant_year > 1 {
        label.push_str(&format!(", from year {}", grant.grant_year));
    }
    label
}

/// How an offer's figures were converted, in a sentence: `Converted from
/// GBP at 1.27 USD per GBP (a rate given with --rate).`; `None` for an offer
/// in the reporting currency as written.
pub fn conversion(projected: &crate::domain::report::OfferReport) -> Option<String> {
    let from = projected.converted_from.as_ref()?;
    let c = &from.conversion;
    let when = match (&c.date, &c.source) {
        (Some(date), Some(source)) => format!("rates of {date}; source: {source}"),
        _ => "a rate given with --rate".to_owned(),
    };
    let unit = match c.to_minor.places() {
        0 => format!("to whole {}", c.to),
        _ => "to the cent".to_owned(),
    };
    Some(format!(
        "{}: converted from {} at {} {} per {} ({when}), each figure rounded {unit}.",
        projected.offer.name,
        c.from,
        c.rate(),
        c.to,
        c.from
    ))
}

/// `Purchasing power over 4 years (London, index 150)`.
pub fn purchasing_power(power: &crate::domain::purchasing_power::PurchasingPower) -> String {
    format!(
        "Purchasing power over {} ({}, index {}; 100 = your place)",
        years(power.years.len() as u32),
        power.key,
        power.index
    )
}

/// `1 year` / `4 years`.
pub fn years(count: u32) -> String {
    if count == 1 {
        "1 year".into()
    } else {
        format!("{count} years")
    }
}

/// `1 month` / `18 months`.
pub fn months(count: u32) -> String {
    if count == 1 {
        "1 month".into()
    } else {
        format!("{count} months")
    }
}

/// `Federal income tax` from `federal income tax`.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Names joined as a sentence says them: `A`, `A and B`, `A, B and C`.
pub fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The offers, by index, whose `figure` is the largest of all: more than
/// one is a tie.
pub fn top<T: Ord + Copy>(figures: impl IntoIterator<Item = (usize, T)>) -> Vec<usize> {
    let figures: Vec<(usize, T)> = figures.into_iter().collect();
    let Some(most) = figures.iter().map(|(_, f)| *f).max() else {
        return Vec::new();
    };
    figures
        .into_iter()
        .filter(|(_, f)| *f == most)
        .map(|(i, _)| i)
        .collect()
}

/// What the figures of leaving with options leave out, named where they
/// are shown.
pub const OPTIONS_LEAVING_OMITS: &[&str] = &[
    "AMT on an ISO exercise spread (an AMT preference item; AMT is not computed)",
    "tax on an NSO exercise spread without a tax table (--tax); with one it is `nso_spread_tax`",
    "double-trigger RSUs vested but unpaid at leaving (their terms differ by company)",
];
