//! Checks on the flags alone, made before any file is read: standard input
//! named twice, flags whose figures CSV has no column for, a value given
//! twice.

use std::path::Path;

use crate::error::{Error, Result};
use crate::render::Format;

/// Standard input can be read once: `-` may stand for one input only,
/// whichever flags name it.
pub(crate) fn stdin_once<'a>(
    named: impl IntoIterator<Item = (&'a str, Option<&'a Path>)>,
) -> Result<()> {
    let users: Vec<&str> = named
        .into_iter()
        .filter(|(_, path)| *path == Some(Path::new("-")))
        .map(|(flag, _)| flag)
        .collect();
    match users.as_slice() {
        [first, second, ..] => Err(Error::Usage(format!(
            "standard input (`-`) is named by both {first} and {second}; it can be read only once"
        ))),
        _ => Ok(()),
    }
}

/// CSV is one row per offer and year: flags whose figures have no place in
/// it are refused (2) rather than dropped. `flags` pairs each flag with
/// whether it was given.
pub(crate) fn refuse_in_csv(format: Format, flags: &[(&str, bool)]) -> Result<()> {
    if format != Format::Csv {
        return Ok(());
    }
    match flags.iter().find(|(_, given)| *given) {
        Some((flag, _)) => Err(Error::Usage(format!(
            "{flag} adds figures that CSV (one row per offer and year) has no column for, expected --format table, markdown or json"
        ))),
        None => Ok(()),
    }
}

/// The first value of a repeatable flag that repeats an earlier one, as
/// `same` tells them apart: what every "is given twice" error names.
pub fn repeated<T>(values: &[T], same: impl Fn(&T, &T) -> bool) -> Option<&T> {
    values
        .iter()
        .enumerate()
        .find(|(i, value)| values[..*i].iter().any(|seen| same(seen, value)))
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::repeated;

    #[test]
    fn repeated_names_the_second_of_two() {
        assert_eq!(repeated(&[1, 2, 3], |a, b| a == b), None);
        assert_eq!(repeated(&[1, 2, 1, 2], |a, b| a == b), Some(&1));
        let keys = ["London", "Paris", "london"];
        let found = repeated(&keys, |a, b| a.eq_ignore_ascii_case(b));
        assert_eq!(found, Some(&"london"));
    }
}
