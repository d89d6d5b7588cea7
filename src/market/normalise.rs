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
    }
}
