//! The benchmark file as written (serde types mirroring the JSON contract).

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::domain::offer::exact::ExactDecimal;

/// The most entries a benchmark file holds: as many groups as `benchmarks
/// build` writes at most, and a bound on the memory reading one takes.
pub const MAX_ENTRIES: usize = super::build::MAX_GROUPS;

/// Market percentiles by role, level, location and company.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "counteroffer benchmark file", example = example_benchmarks())]
pub struct BenchmarksFile {
    /// Where the figures come from.
    pub source: String,
    /// The date the figures describe (`YYYY-MM-DD`).
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// ISO 4217 code; default `USD`.
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// At least one entry and at most 200,000 (what `benchmarks build`
    /// writes at most), each with a unique `id`.
    #[schemars(length(min = 1, max = 200_000))]
    #[serde(deserialize_with = "crate::io::bounded::vec::<_, _, MAX_ENTRIES>")]
    pub entries: Vec<EntryFile>,
}

fn example_benchmarks() -> serde_json::Value {
    serde_json::from_str(include_str!("../../../examples/benchmarks.json")).unwrap_or_default()
}

/// One group of peers: optional filters (an offer matches when every filter
/// set equals its field, ignoring case) and at least one metric.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntryFile {
    /// Unique within the file.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Yearly base salary percentiles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_salary: Option<PointsFile>,
    /// Target bonus percentage percentiles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bonus_pct: Option<PointsFile>,
    /// Yearly equity percentiles (grant value / vesting years).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equity_annual: Option<PointsFile>,
    /// Yearly total percentiles (base + bonus + equity per year).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<PointsFile>,
}

impl JsonSchema for PointsFile {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Percentiles".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let value = generator.subschema_for::<ExactDecimal>();
        schemars::json_schema!({
            "description": "Percentile points `p1` to `p99`; values must not decrease as the percentile rises.",
            "type": "object",
            "patternProperties": {"^p([1-9][0-9]?)$": value},
            "additionalProperties": false,
            "minProperties": 1,
            "examples": [{"p25": 165000, "p50": 175000, "p75": 185000}]
        })
    }
}

/// `{"p25": …, "p50": …}` in file order, keys already checked to be `p1`…`p99`
/// and unique (a JSON object with a repeated key is refused, not overwritten).
#[derive(Debug)]
pub struct PointsFile(pub Vec<(u8, ExactDecimal)>);

impl Serialize for PointsFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (percentile, value) in &self.0 {
            map.serialize_entry(&format!("p{percentile}"), value)?;
        }
        map.end()
    }
}

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
