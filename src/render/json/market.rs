//! Market placements as JSON: decimals as strings, `null` outside the points.

use serde::Serialize;

use crate::domain::market::{BenchmarkSet, MarketReport, OfferMarket};

#[derive(Serialize, schemars::JsonSchema)]
pub struct MarketJson<'a> {
    pub offer: &'a str,
    pub benchmarks: &'a str,
    pub built_in: bool,
    pub source: &'a str,
    pub entry: &'a str,
    pub target: String,
    pub metrics: Vec<MetricJson>,
}

#[derive(Serialize, schemars::JsonSchema)]
pub struct MetricJson {
    metric: &'static str,
    value: String,
    percentile: Option<String>,
    position: String,
    target_value: Option<String>,
    gap: Option<String>,
}

/// A compared offer's market: its placement, or why it has none.
#[derive(Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum OfferMarketJson<'a> {
    Placed(MarketJson<'a>),
    Unmatched { error: String },
}

pub fn market_json<'a>(
    offer: &'a str,
    set: &'a BenchmarkSet,
    report: &'a MarketReport,
) -> MarketJson<'a> {
    let currency = set.benchmarks.currency.as_str();
    MarketJson {
        offer,
        benchmarks: &set.name,
        built_in: set.built_in,
        source: &set.benchmarks.source,
        entry: &report.entry_id,
        target: format!("p{}", report.target),
        metrics: report
            .placements
            .iter()
            .map(|p| MetricJson {
                metric: p.metric.key(),
                value: p.metric.exact_string(p.value, currency),
                percentile: p.position.percentile().map(|p| p.to_string()),
                position: p.position.label(),
                target_value: p.target_value.map(|t| p.metric.exact_string(t, currency)),
                gap: p.gap.map(|g| p.metric.exact_string(g, currency)),
            })
            .collect(),
    }
}

pub fn offer_market_json<'a>(
    offer: &'a str,
    set: &'a BenchmarkSet,
    market: &'a OfferMarket,
) -> OfferMarketJson<'a> {
    match market {
        Ok(report) => OfferMarketJson::Placed(market_json(offer, set, report)),
        Err(reason) => OfferMarketJson::Unmatched {
            error: reason.to_string(),
        },
    }
}
