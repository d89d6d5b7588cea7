//! One spelling for names that mean the same thing, used both to match an
//! offer to a benchmark entry and to group raw records in `benchmarks
//! build`: case, punctuation and spacing are ignored (`Product-Manager` is
//! `product manager`), except `+` and `#`, which are part of a word (`C++`,
//! `C#` and `C` are three names).
//!
//! A location is a place: its city and, in the US (`City, ST`), its state;
//! elsewhere (`City, Region, Country`) its country. `London, KY` is
//! `london,ky`; `London, EN, United Kingdom` is `london,united kingdom`;
//! `Hyderabad, AP, India` and `Hyderabad, TS, India` are one place,
//! `hyderabad,india`. A third part naming the United States keeps the state
//! (`Seattle, WA, USA` is `Seattle, WA`). A bare city (`Seattle`) has no
//! region; how it matches a qualified one is [`super::matching`]'s rule.

/// What separates a place's city from its region in a location key; never
/// part of a word, so a key splits at its first one.
pub const REGION_SEPARATOR: char = ',';

/// Appends the matching key of `text` (for the entry filter `filter`) to `key`.
pub fn push_key(key: &mut String, filter: &str, text: &str) {
    if filter == "location" {
        push_place(key, text);
    } else {
        push_words(key, text);
    }
}

/// The place key of a location: city, then the region that tells it apart.
fn push_place(key: &mut String, text: &str) {
    let mut parts = text.split(',');
    let city = parts.next().unwrap_or("");
    let second = parts.next();
    let last = parts.next_back();
    let region = match (second, last) {
        (Some(state), None) => Some(state),
        (Some(state), Some(country)) if names_the_us(country) => Some(state),
        (_, country) => country,
    };
    let start = key.len();
    push_words(key, city);
    if key.len() == start {
        return;
    }
    if let Some(region) = region {
        let before = key.len();
        key.push(REGION_SEPARATOR);
        push_words(key, region);
        if key.len() == before + REGION_SEPARATOR.len_utf8() {
            key.truncate(before);
        }
    }
}

/// Whether a location's last part names the United States.
fn names_the_us(country: &str) -> bool {
    let country = country.trim();
    [
        "US",
        "USA",
        "U.S.",
        "U.S.A.",
        "United States",
        "United States of America",
    ]
    .iter()
    .any(|name| country.eq_ignore_ascii_case(name))
}

/// Whether `c` is part of a word: letters, digits, `+` and `#`.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '+' || c == '#'
}

fn push_words(key: &mut String, text: &str) {
    if text.is_ascii() {
        push_ascii(key, text);
    } else {
        push_chars(key, text);
    }
}

/// Word runs, lower-cased, one space between runs.
fn push_chars(key: &mut String, text: &str) {
    let (mut gap, mut started) = (false, false);
    for c in text.chars() {
        if is_word_char(c) {
            if gap && started {
                key.push(' ');
            }
            gap = false;
            started = true;
            key.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
}

/// [`push_chars`] for ASCII text, byte by byte: the common case, and the
/// hot loop of `benchmarks build`.
fn push_ascii(key: &mut String, text: &str) {
    let (mut gap, mut started) = (false, false);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'+' || byte == b'#' {
            if gap && started {
                key.push(' ');
            }
            gap = false;
            started = true;
            key.push(char::from(byte.to_ascii_lowercase()));
        } else {
            gap = true;
        }
    }
}

/// The matching key of `text` for the entry filter `filter`.
pub fn key(filter: &str, text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    push_key(&mut key, filter, text);
    key
}

/// A location key split into its city and, when given, its region.
pub fn split_place(key: &str) -> (&str, Option<&str>) {
    match key.split_once(REGION_SEPARATOR) {
        Some((city, region)) => (city, Some(region)),
        None => (key, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_share_a_key() {
        assert_eq!(key("location", "Seattle, WA"), "seattle,wa");
        assert_eq!(key("location", " seattle "), "seattle");
        assert_eq!(key("location", "Seattle, WA, United States"), "seattle,wa");
        assert_eq!(key("role", "Product-Manager"), "product manager");
        assert_eq!(key("role", "product  manager."), "product manager");
        assert_eq!(key("company", "AT&T"), "at t");
        assert_eq!(key("company", "Amazon.com, Inc."), "amazon com inc");
        assert_eq!(key("level", "L7"), "l7");
        assert_ne!(key("role", "PM"), key("role", "P.M. II"));
        // Beyond ASCII the same rule holds, character by character.
        assert_eq!(
            key("location", "Zürich, ZH, Switzerland"),
            "zürich,switzerland"
        );
        assert_eq!(key("company", "ÉCOLE-Total"), "école total");
        assert_eq!(key("role", "PM"), key("role", "pm"));
    }

    #[test]
    fn places_are_a_city_and_its_state_or_country() {
        let place = |text| key("location", text);
        assert_ne!(place("London, EN, United Kingdom"), place("London, KY"));
        assert_ne!(place("Vancouver, BC, Canada"), place("Vancouver, WA"));
        assert_ne!(place("Dublin, DN, Ireland"), place("Dublin, CA"));
        assert_ne!(place("Remote, US"), place("Remote, UK"));
        assert_eq!(place("Hyderabad, AP, India"), place("Hyderabad, TS, India"));
        assert_eq!(place("Hyderabad, AP, India"), "hyderabad,india");
        assert_eq!(
            place("London, United Kingdom"),
            place("London, EN, United Kingdom")
        );
        assert_eq!(split_place("london,ky"), ("london", Some("ky")));
        assert_eq!(split_place("london"), ("london", None));
        // A region of punctuation only is no region; no city is no place.
        assert_eq!(place("Seattle, -"), "seattle");
        assert_eq!(place(", WA"), "");
    }

    #[test]
    fn plus_and_hash_are_part_of_a_word() {
        let role = |text| key("role", text);
        assert_eq!(role("C++ Engineer"), "c++ engineer");
        assert_eq!(role("C# Engineer"), "c# engineer");
        assert_ne!(role("C++ Engineer"), role("C Engineer"));
        assert_ne!(role("C# Engineer"), role("C Engineer"));
        assert_eq!(role("c#-engineer"), role("C# Engineer"));
    }

    proptest::proptest! {
        /// The ASCII path is the general rule, byte for byte.
        #[test]
        fn the_ascii_path_is_the_general_rule(text in "[ -~]{0,40}", before in "[a-z\u{1f}]{0,3}") {
            let (mut fast, mut general) = (before.clone(), before);
            push_ascii(&mut fast, &text);
            push_chars(&mut general, &text);
            proptest::prop_assert_eq!(fast, general);
        }
    }
}
