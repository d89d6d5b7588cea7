//! The benchmark file as written (serde types mirroring the JSON contract).

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::offer::exact::ExactDecimal;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenchmarksFile {
    pub source: String,
    pub as_of: Option<String>,
    pub currency: Option<String>,
    pub entries: Vec<EntryFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryFile {
    pub id: String,
    pub company: Option<String>,
    pub role: Option<String>,
    pub level: Option<String>,
    pub location: Option<String>,
    pub base_salary: Option<PointsFile>,
    pub bonus_pct: Option<PointsFile>,
    pub equity_annual: Option<PointsFile>,
    pub total: Option<PointsFile>,
}

/// `{"p25": …, "p50": …}` in file order, keys already checked to be `p1`…`p99`
/// and unique (a JSON object with a repeated key is refused, not overwritten).
#[derive(Debug)]
pub struct PointsFile(pub Vec<(u8, ExactDecimal)>);

impl<'de> Deserialize<'de> for PointsFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PointsVisitor)
    }
}

struct PointsVisitor;

impl<'de> Visitor<'de> for PointsVisitor {
    type Value = PointsFile;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of percentile points like {\"p25\": 165000, \"p50\": 175000}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PointsFile, A::Error> {
        let mut points: Vec<(u8, ExactDecimal)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let percentile = parse_percentile_key(&key).ok_or_else(|| {
                de::Error::custom(format!(
                    "`{key}` is not a percentile, expected `p1` to `p99`"
                ))
            })?;
            if points.iter().any(|(p, _)| *p == percentile) {
                return Err(de::Error::custom(format!("duplicate percentile `{key}`")));
            }
            points.push((percentile, map.next_value()?));
        }
        Ok(PointsFile(points))
    }
}

/// `p1` … `p99`, no leading zeros.
pub fn parse_percentile_key(key: &str) -> Option<u8> {
    let digits = key.strip_prefix('p')?;
    if digits.is_empty() || digits.len() > 2 || digits.starts_with('0') {
        return None;
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|n| (1..=99).contains(n))
}

#[cfg(test)]
mod tests {
    use super::parse_percentile_key;

    #[test]
    fn percentile_keys() {
        assert_eq!(parse_percentile_key("p1"), Some(1));
        assert_eq!(parse_percentile_key("p75"), Some(75));
        assert_eq!(parse_percentile_key("p99"), Some(99));
        for bad in ["p0", "p100", "p05", "75", "P75", "p", "p7x", "p+7"] {
            assert_eq!(parse_percentile_key(bad), None, "{bad}");
        }
    }
}
