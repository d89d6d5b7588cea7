//! Which calendar an offer's place (or else its currency) points to.

use super::Calendar;

/// The calendar for an offer, from its `location` when that names a place
/// this module knows, else from its `currency`.
///
/// The location is read from its last comma-separated part: a country
/// name ("Ireland", "United Kingdom", "UK", "USA"), a US state or
/// territory code ("Seattle, WA", "Remote, US" names the country) or a
/// Canadian province or territory code ("Toronto, ON"; no code is both).
/// Other two-letter country codes are not read, since "DE", "IN" and "NL"
/// are also a US state or a Canadian province. A location that is a single
/// well-known city ("London", "Berlin") names its country. Scotland and
/// Northern Ireland keep other bank holidays, so they give no calendar
/// rather than England and Wales's. Otherwise the currency decides: USD,
/// GBP, CAD, INR and AUD each have one country here; EUR is used by three
/// of them and gives none.
pub fn calendar_for(location: Option<&str>, currency: &str) -> Option<Calendar> {
    match location.and_then(from_location) {
        Some(place) => place,
        None => from_currency(currency),
    }
}

/// `Some(calendar or none)` when the location names a place; `None` when
/// it names none this module knows.
fn from_location(location: &str) -> Option<Option<Calendar>> {
    let parts: Vec<&str> = location.split(',').map(str::trim).collect();
    let last = parts.iter().rev().find(|part| !part.is_empty())?;
    if let Some(place) = country(last) {
        return Some(place);
    }
    if last.len() == 2 {
        let code = last.to_ascii_uppercase();
        if US_STATES.contains(&code.as_str()) {
            return Some(Some(Calendar::Us));
        }
        if CANADIAN_PROVINCES.contains(&code.as_str()) {
            return Some(Some(Calendar::Canada));
        }
    }
    if parts.len() == 1 {
        return city(last).map(Some);
    }
    None
}

fn country(name: &str) -> Option<Option<Calendar>> {
    let lower = name.to_lowercase();
    let calendar = match lower.as_str() {
        "us" | "usa" | "u.s." | "u.s.a." | "united states" | "united states of america" => {
            Calendar::Us
        }
        "uk" | "u.k." | "gb" | "great britain" | "united kingdom" | "england" | "wales" => {
            Calendar::EnglandWales
        }
        "scotland" | "northern ireland" => return Some(None),
        "ireland" | "republic of ireland" | "éire" | "eire" => Calendar::Ireland,
        "canada" => Calendar::Canada,
        "germany" | "deutschland" => Calendar::Germany,
        "france" => Calendar::France,
        "netherlands" | "the netherlands" | "nederland" => Calendar::Netherlands,
        "india" => Calendar::India,
        "australia" => Calendar::Australia,
        _ => return None,
    };
    Some(Some(calendar))
}

fn city(name: &str) -> Option<Calendar> {
    let lower = name.to_lowercase();
    let calendar = match lower.as_str() {
        "new york" | "new york city" | "nyc" | "san francisco" | "seattle" | "boston"
        | "chicago" | "los angeles" | "austin" => Calendar::Us,
        "london" | "manchester" | "cardiff" => Calendar::EnglandWales,
        "dublin" | "cork" => Calendar::Ireland,
        "toronto" | "vancouver" | "montreal" | "montréal" | "ottawa" => Calendar::Canada,
        "berlin" | "munich" | "münchen" | "hamburg" | "frankfurt" => Calendar::Germany,
        "paris" | "lyon" => Calendar::France,
        "amsterdam" | "rotterdam" | "the hague" | "eindhoven" => Calendar::Netherlands,
        "bangalore" | "bengaluru" | "mumbai" | "delhi" | "new delhi" | "hyderabad" | "pune"
        | "chennai" => Calendar::India,
        "sydney" | "melbourne" | "brisbane" | "perth" => Calendar::Australia,
        _ => return None,
    };
    Some(calendar)
}

fn from_currency(currency: &str) -> Option<Calendar> {
    let code = currency.trim().to_ascii_uppercase();
    match code.as_str() {
        "USD" => Some(Calendar::Us),
        "GBP" => Some(Calendar::EnglandWales),
        "CAD" => Some(Calendar::Canada),
        "INR" => Some(Calendar::India),
        "AUD" => Some(Calendar::Australia),
        _ => None,
    }
}

/// The 50 states, the District of Columbia and the inhabited territories.
const US_STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
];

/// Canada's ten provinces and three territories.
const CANADIAN_PROVINCES: [&str; 13] = [
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];

#[cfg(test)]
mod tests {
    use super::calendar_for;
    use crate::domain::holidays::Calendar::{self, *};

    #[test]
    fn location_decides_before_currency() {
        let cases: [(&str, &str, Option<Calendar>); 30] = [
            ("Seattle, WA", "USD", Some(Us)),
            ("Denver, CO", "USD", Some(Us)),
            ("Remote, US", "USD", Some(Us)),
            ("Austin, TX, USA", "USD", Some(Us)),
            ("Washington, DC", "USD", Some(Us)),
            ("Seattle, wa", "USD", Some(Us)),
            ("London, United Kingdom", "GBP", Some(EnglandWales)),
            ("London, UK", "USD", Some(EnglandWales)),
            ("Cardiff, Wales", "GBP", Some(EnglandWales)),
            ("Leeds, England", "GBP", Some(EnglandWales)),
            ("Edinburgh, Scotland", "GBP", None),
            ("Belfast, Northern Ireland", "GBP", None),
            ("Dublin, Ireland", "EUR", Some(Ireland)),
            ("Toronto, ON, Canada", "CAD", Some(Canada)),
            ("Vancouver, BC", "USD", Some(Canada)),
            ("Montreal, Canada", "USD", Some(Canada)),
            ("Berlin, Germany", "EUR", Some(Germany)),
            ("Paris, France", "EUR", Some(France)),
            ("Amsterdam, Netherlands", "EUR", Some(Netherlands)),
            ("Amsterdam, The Netherlands", "EUR", Some(Netherlands)),
            ("Bengaluru, India", "INR", Some(India)),
            ("Pune, India", "USD", Some(India)),
            ("Sydney, Australia", "AUD", Some(Australia)),
            ("Wilmington, DE", "USD", Some(Us)),
            ("Berlin", "EUR", Some(Germany)),
            ("London", "GBP", Some(EnglandWales)),
            ("Dublin", "EUR", Some(Ireland)),
            ("Sydney", "USD", Some(Australia)),
            ("  Berlin , Germany ", "EUR", Some(Germany)),
            ("Paris, Texas, US", "USD", Some(Us)),
        ];
        for (location, currency, expected) in cases {
            assert_eq!(
                calendar_for(Some(location), currency),
                expected,
                "{location} / {currency}"
            );
        }
    }

    #[test]
    fn unknown_or_absent_place_falls_back_to_currency() {
        let cases: [(Option<&str>, &str, Option<Calendar>); 14] = [
            (None, "USD", Some(Us)),
            (None, "GBP", Some(EnglandWales)),
            (None, "CAD", Some(Canada)),
            (None, "INR", Some(India)),
            (None, "AUD", Some(Australia)),
            (None, "usd", Some(Us)),
            (None, "EUR", None),
            (None, "CHF", None),
            (Some("Remote"), "USD", Some(Us)),
            (Some("Remote"), "EUR", None),
            (Some(""), "GBP", Some(EnglandWales)),
            (Some("Zurich, Switzerland"), "EUR", None),
            (Some("Springfield, XX"), "CAD", Some(Canada)),
            (Some("Madrid, Spain"), "EUR", None),
        ];
        for (location, currency, expected) in cases {
            assert_eq!(
                calendar_for(location, currency),
                expected,
                "{location:?} / {currency}"
            );
        }
    }
}
