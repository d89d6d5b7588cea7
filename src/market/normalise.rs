//! One spelling for names that mean the same thing, used both to match an
//! offer to a benchmark entry and to group raw records in `benchmarks
//! build`: case, punctuation and spacing are ignored (`Product-Manager` is
//! `product manager`), and a location is the place before its first comma
//! (`Seattle, WA` is `Seattle`).

/// Appends the matching key of `text` (for the entry filter `filter`) to `key`.
pub fn push_key(key: &mut String, filter: &str, text: &str) {
    let text = if filter == "location" {
        text.split(',').next().unwrap_or("")
    } else {
        text
    };
    if text.is_ascii() {
        push_ascii(key, text);
    } else {
        push_chars(key, text);
    }
}

/// Alphanumeric runs, lower-cased, one space between runs (none at a
/// column's start, after the `\u{1f}` that ends the one before).
fn push_chars(key: &mut String, text: &str) {
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !key.is_empty() && !key.ends_with('\u{1f}') {
                key.push(' ');
            }
            gap = false;
            key.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
}

/// [`push_chars`] for ASCII text, byte by byte: the common case, and the
/// hot loop of `benchmarks build`.
fn push_ascii(key: &mut String, text: &str) {
    let mut gap = false;
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() {
            if gap && !key.is_empty() && !key.ends_with('\u{1f}') {
                key.push(' ');
            }
            gap = false;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_share_a_key() {
        assert_eq!(key("location", "Seattle, WA"), "seattle");
        assert_eq!(key("location", " seattle "), "seattle");
        assert_eq!(key("role", "Product-Manager"), "product manager");
        assert_eq!(key("role", "product  manager."), "product manager");
        assert_eq!(key("company", "AT&T"), "at t");
        assert_eq!(key("company", "Amazon.com, Inc."), "amazon com inc");
        assert_eq!(key("level", "L7"), "l7");
        assert_ne!(key("role", "PM"), key("role", "P.M. II"));
        // Beyond ASCII the same rule holds, character by character.
        assert_eq!(key("location", "Zürich, CH"), "zürich");
        assert_eq!(key("company", "ÉCOLE-Total"), "école total");
        assert_eq!(key("role", "PM"), key("role", "pm"));
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
