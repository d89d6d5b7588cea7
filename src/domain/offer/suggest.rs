//! "Did you mean": the nearest known field for an unknown one.
//!
//! serde names an unknown field and lists every field it expected
//! (``unknown field `bonus_pct`, expected one of `name`, … ``); with
//! eighteen fields the one meant is hard to find, so the nearest is named
//! first. Nearest: a field holding every `_`-separated part of the unknown
//! name (`bonus_pct` → `bonus_target_pct`) before one that does not, then
//! the smallest edit distance (Levenshtein, from `strsim`), then the first
//! listed.

/// `message` with ``(did you mean `x`?)`` after the unknown field's name,
/// when it is serde's unknown-field message; otherwise `message` as it is.
pub fn did_you_mean(message: String) -> String {
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message;
    };
    let Some((unknown, tail)) = rest.split_once('`') else {
        return message;
    };
    let Some(expected) = tail.strip_prefix(", expected ") else {
        return message;
    };
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let parts: Vec<&str> = unknown.split('_').filter(|p| !p.is_empty()).collect();
    let nearest = known
        .iter()
        .enumerate()
        .min_by_key(|(index, field)| {
            let holds_parts = parts
                .iter()
                .all(|part| field.split('_').any(|f| f == *part));
            (!holds_parts, strsim::levenshtein(unknown, field), *index)
        })
        .map(|(_, field)| *field);
    match nearest {
        Some(field) => format!("unknown field `{unknown}` (did you mean `{field}`?){tail}"),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn names_the_nearest_field_then_the_list() {
        let serde = "unknown field `bonus_pct`, expected one of `name`, `base_salary`, \
                     `bonus_target_pct`, `bonus_target` at line 1 column 43";
        assert_eq!(
            did_you_mean(serde.to_owned()),
            "unknown field `bonus_pct` (did you mean `bonus_target_pct`?), expected one of \
             `name`, `base_salary`, `bonus_target_pct`, `bonus_target` at line 1 column 43"
        );
        // By edit distance when no field holds every part.
        assert!(
            did_you_mean("unknown field `bse_salary`, expected `name` or `base_salary`".into())
                .starts_with("unknown field `bse_salary` (did you mean `base_salary`?)")
        );
        for other in [
            "missing field `name`",
            "unknown field `x`, there are no fields",
            "invalid type: string",
        ] {
            assert_eq!(did_you_mean(other.to_owned()), other);
        }
    }
}
