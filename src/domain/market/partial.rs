//! The groups that lost rows: a row with an empty `--group-by` value has no
//! group and is dropped, and a company would vanish without a word when its
//! `level` is empty. This counts such rows by what they did have, so the
//! build can say which groups lost rows.

use std::collections::BTreeMap;

use super::GroupBy;

/// At most this many distinct partial groups are named; further rows are
/// counted together, so that hostile input cannot grow the table.
const MOST_NAMED: usize = 1_000;
/// Longer values are cut (with `…`) in the names of partial groups.
const LONGEST_VALUE: usize = 60;

/// Rows without a group, counted by the values they had.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartialGroups {
    counts: BTreeMap<String, u64>,
    unnamed: u64,
}

impl PartialGroups {
    /// Counts `row`, which has no group: `company=Amazon, level empty`.
    pub fn add(&mut self, row: &csv::StringRecord, columns: &[usize], group_by: &[GroupBy]) {
        let parts: Vec<String> = columns
            .iter()
            .zip(group_by)
            .map(|(&c, by)| {
                let cell = row.get(c).unwrap_or("").trim();
                if cell.chars().any(char::is_alphanumeric) {
                    let mut value: String = cell.chars().take(LONGEST_VALUE).collect();
                    if cell.chars().count() > LONGEST_VALUE {
                        value.push('…');
                    }
                    format!("{}={value}", by.filter)
                } else {
                    format!("{} empty", by.filter)
                }
            })
            .collect();
        let name = parts.join(", ");
        if let Some(count) = self.counts.get_mut(&name) {
            *count += 1;
        } else if self.counts.len() < MOST_NAMED {
            self.counts.insert(name, 1);
        } else {
            self.unnamed += 1;
        }
    }

    /// The partial groups, most rows first (then by name), at most `most`,
    /// and how many rows the rest hold.
    pub fn largest(&self, most: usize) -> (Vec<(&str, u64)>, u64) {
        let mut all: Vec<(&str, u64)> = self.counts.iter().map(|(k, &v)| (k.as_str(), v)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let rest: u64 = all.iter().skip(most).map(|(_, n)| n).sum::<u64>() + self.unnamed;
        all.truncate(most);
        (all, rest)
    }

    /// The rows dropped for an empty group value, largest first:
    /// `company=Amazon, level empty (3 rows); …`, or `None` when every row
    /// had its group. The command says which flag named the groups.
    pub fn dropped(&self, most: usize) -> Option<String> {
        let (named, rest) = self.largest(most);
        if named.is_empty() && rest == 0 {
            return None;
        }
        let mut parts: Vec<String> = named
            .iter()
            .map(|(name, n)| format!("{name} ({n} row{})", if *n == 1 { "" } else { "s" }))
            .collect();
        if rest > 0 {
            parts.push(format!(
                "{rest} more row{}",
                if rest == 1 { "" } else { "s" }
            ));
        }
        Some(parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_the_dropped_rows_had() {
        let group_by = [
            GroupBy {
                filter: "company",
                column: "company".into(),
            },
            GroupBy {
                filter: "level",
                column: "level".into(),
            },
        ];
        let mut partial = PartialGroups::default();
        for row in [["Amazon", ""], ["Amazon", " "], ["", "L7"], ["Amazon", "-"]] {
            partial.add(&csv::StringRecord::from(row.to_vec()), &[0, 1], &group_by);
        }
        assert_eq!(
            partial.dropped(5).unwrap(),
            "company=Amazon, level empty (3 rows); company empty, level=L7 (1 row)"
        );
        assert_eq!(
            partial.dropped(1).unwrap(),
            "company=Amazon, level empty (3 rows); 1 more row"
        );
        assert_eq!(PartialGroups::default().dropped(3), None);
    }
}
