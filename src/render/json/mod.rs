//! JSON: the contract's shape, money as strings with exactly the decimals of
//! the currency's minor unit (two; none for JPY).

mod leave;
mod market;
mod money;
mod options;
mod record;

use serde::Serialize;

use super::View;
use crate::domain::compare::Comparison;
use crate::domain::market::{BenchmarkSet, MarketComparison, MarketReport};
use crate::domain::money::Minor;
use crate::domain::report::OfferReport;
use crate::error::{Error, Result};
use money::Money;

#[derive(Serialize, schemars::JsonSchema)]
struct Offers<'a> {
    offers: Vec<OfferJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<ComparisonJson<'a>>,
    /// `demo` only: the founding case's plan, as `script --format json` prints it.
    #[serde(skip_serializing_if = "Option::is_none")]
    script: Option<&'a crate::render::plan::PlanView>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct OfferJson<'a> {
    name: &'a str,
    currency: &'a str,
    start_date: String,
    horizon_years: u32,
    years: Vec<YearJson>,
    total: Money,
    year_one: Money,
    average: Money,
    average_without_sign_on: Money,
    guaranteed_cash: Money,
    sign_on: Money,
    unvested_after_horizon: Money,
    #[serde(skip_serializing_if = "Option::is_none")]
    vests: Option<Vec<VestJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    market: Option<market::OfferMarketJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_table: Option<TaxTableJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    net_total: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    net_average: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    leave: Option<leave::LeaveJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    leave_table: Option<leave::LeaveTableJson>,
    /// Present when the offer was written in another currency and its
    /// figures were converted into `currency`.
    #[serde(skip_serializing_if = "Option::is_none")]
    converted_from: Option<ConvertedFromJson<'a>>,
    /// Present with `--col`: the year totals divided by the index of where
    /// the offer is paid (100 = the reader's place), beside the money figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    purchasing_power: Option<PurchasingPowerJson<'a>>,
    /// Present for an offer with options or double-trigger RSUs.
    #[serde(skip_serializing_if = "Option::is_none")]
    options: Option<options::OptionsJson>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct PurchasingPowerJson<'a> {
    /// The location or currency the index was given for.
    key: &'a str,
    index: String,
    /// Each year's total × 100 / index, to the cent.
    years: Vec<Money>,
    /// The sum of `years`.
    total: Money,
}

/// The rate an offer's figures were converted at.
#[derive(Serialize, schemars::JsonSchema)]
struct ConvertedFromJson<'a> {
    /// The currency the offer was written in.
    currency: &'a str,
    /// Units of the reporting currency per unit of `currency`.
    rate: String,
    /// The date of the rates; null for a rate given with `--rate`.
    date: Option<String>,
    /// Where the rates come from; null for a rate given with `--rate`.
    source: Option<&'a str>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct YearJson {
    year: u32,
    base: Money,
    bonus: Money,
    sign_on: Money,
    equity: Money,
    total: Money,
    cumulative: Money,
    /// Offers with options: the options vesting this year.
    #[serde(skip_serializing_if = "Option::is_none")]
    options_vested: Option<u64>,
    /// Offers with options or double-trigger RSUs: this year's vests at
    /// the preferred price (else the 409A) less the strike; paper value,
    /// not cash, and in no total.
    #[serde(skip_serializing_if = "Option::is_none")]
    paper_value: Option<Money>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    after_tax: Option<TaxYearJson>,
}

/// A year's tax, with `--tax`.
#[derive(Serialize, schemars::JsonSchema)]
struct TaxYearJson {
    taxes: Vec<LayerTaxJson>,
    tax: Money,
    net: Money,
    withheld: Money,
    balance_due: Money,
}

#[derive(Serialize, schemars::JsonSchema)]
struct LayerTaxJson {
    name: String,
    amount: Money,
}

/// The table behind the after-tax figures.
#[derive(Serialize, schemars::JsonSchema)]
struct TaxTableJson<'a> {
    name: &'a str,
    year: u32,
    source: &'a str,
    /// Which figures are from another year than `year`.
    #[serde(skip_serializing_if = "Option::is_none")]
    figure_years: Option<&'a str>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct VestJson {
    date: String,
    /// 1-based, as in the tables.
    grant: usize,
    year: u32,
    amount: Money,
    value: Money,
}

#[derive(Serialize, schemars::JsonSchema)]
struct ComparisonJson<'a> {
    horizon_years: u32,
    leader: &'a str,
    close: bool,
    standings: Vec<StandingJson<'a>>,
    crossovers: Vec<CrossoverJson<'a>>,
    break_even: Vec<BreakEvenJson<'a>>,
    /// With `--leave-after`: who pays most if you leave then.
    #[serde(skip_serializing_if = "Option::is_none")]
    leave_leader: Option<&'a str>,
    /// With `--tax`: who pays most after tax, and by how much.
    #[serde(skip_serializing_if = "Option::is_none")]
    leader_after_tax: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gap_after_tax: Option<Money>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct StandingJson<'a> {
    name: &'a str,
    total: Money,
    behind: Money,
    behind_pct: String,
}

#[derive(Serialize, schemars::JsonSchema)]
struct CrossoverJson<'a> {
    year: u32,
    ahead: &'a str,
    behind: &'a str,
}

#[derive(Serialize, schemars::JsonSchema)]
struct BreakEvenJson<'a> {
    name: &'a str,
    gap: Money,
    sign_on: Money,
    base: Money,
    grant: Option<Money>,
    /// 1-based grant number, `null` for a new grant.
    grant_number: Option<usize>,
    /// Offers with options: common's price per share at an exit at which
    /// this offer draws level with the best other; null if none does.
    #[serde(skip_serializing_if = "Option::is_none")]
    exit_price: Option<Option<Money>>,
    /// The company valuation giving `exit_price`, where the grant's fully
    /// diluted shares are known.
    #[serde(skip_serializing_if = "Option::is_none")]
    exit_valuation: Option<Option<Money>>,
}

/// The JSON Schema of `project` and `compare` output (`comparison` only in
/// the latter), generated from the types that write it.
pub fn offers_schema() -> schemars::Schema {
    schemars::schema_for!(Offers)
}

/// One `batch` JSON Lines record: its input line, then the offer exactly as
/// `project --format json` shows it (year rows, summary, tax, conversion),
/// with `market` as `compare --benchmarks` shows it.
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "counteroffer batch record")]
struct BatchRecordJson<'a> {
    /// The record's line in the input (1-based; the header is line 1 of a CSV).
    line: u64,
    #[serde(flatten)]
    offer: OfferJson<'a>,
}

/// The JSON Schema of one `batch` JSON Lines record.
pub fn batch_record_schema() -> schemars::Schema {
    schemars::schema_for!(BatchRecordJson)
}

/// Appends one `batch` record and its newline to `out`.
pub fn batch_record(
    out: &mut Vec<u8>,
    line: u64,
    projected: &OfferReport,
    market: Option<(&BenchmarkSet, &crate::domain::market::OfferMarket)>,
) -> serde_json::Result<()> {
    if market.is_none() && record::is_plain(projected) {
        record::write_plain(out, line, projected)?;
    } else {
        serde_record(out, line, projected, market)?;
    }
    out.push(b'\n');
    Ok(())
}

/// Any `batch` record, through serde.
fn serde_record(
    out: &mut Vec<u8>,
    line: u64,
    projected: &OfferReport,
    market: Option<(&BenchmarkSet, &crate::domain::market::OfferMarket)>,
) -> serde_json::Result<()> {
    let mut offer = offer_json(projected, false);
    offer.market =
        market.map(|(set, placed)| market::offer_market_json(&projected.offer.name, set, placed));
    serde_json::to_writer(&mut *out, &BatchRecordJson { line, offer })
}

/// The JSON Schema of `market` output.
pub fn placement_schema() -> schemars::Schema {
    schemars::schema_for!(market::MarketJson)
}

pub fn projections(offers: &[OfferReport], view: &View) -> Result<String> {
    to_string(&Offers {
        offers: offers.iter().map(|o| offer_json(o, view.vests)).collect(),
        comparison: None,
        script: None,
    })
}

pub fn market(
    projected: &crate::domain::projection::ProjectedOffer,
    set: &BenchmarkSet,
    report: &MarketReport,
) -> Result<String> {
    to_string(&market::market_json(&projected.offer.name, set, report))
}

pub fn comparison<'a>(
    offers: &'a [OfferReport],
    comparison: &'a Comparison,
    market: Option<&'a MarketComparison>,
    plan: Option<&'a crate::render::plan::PlanView>,
    view: &View,
) -> Result<String> {
    let name = |index: usize| offers[index].offer.name.as_str();
    // Compared offers share one (reporting) currency.
    let minor = Minor::of(&offers[0].offer.currency);
    let money = |amount| Money(amount, minor);
    let exit_break_even =
        |offer: usize| comparison.exit_break_even.iter().find(|e| e.offer == offer);
    let comparison = ComparisonJson {
        horizon_years: offers[0].offer.years,
        leader: name(comparison.leader),
        close: comparison.close,
        standings: comparison
            .standings
            .iter()
            .map(|s| StandingJson {
                name: name(s.offer),
                total: money(offers[s.offer].projection.summary.total),
                behind: money(s.behind),
                behind_pct: s.behind_pct.to_string(),
            })
            .collect(),
        crossovers: comparison
            .crossovers
            .iter()
            .map(|c| CrossoverJson {
                year: c.year,
                ahead: name(c.ahead),
                behind: name(c.behind),
            })
            .collect(),
        break_even: comparison
            .break_even
            .iter()
            .map(|b| BreakEvenJson {
                name: name(b.offer),
                gap: money(b.gap),
                sign_on: money(b.sign_on),
                base: money(b.base),
                grant: b.grant.map(money),
                grant_number: b.grant_index.map(|i| i + 1),
                exit_price: exit_break_even(b.offer).map(|e| e.exit_price.map(money)),
                exit_valuation: exit_break_even(b.offer).map(|e| e.exit_valuation.map(money)),
            })
            .collect(),
        leave_leader: comparison.leave_leader.map(name),
        leader_after_tax: comparison.after_tax.as_ref().map(|t| name(t.leader)),
        gap_after_tax: comparison.after_tax.as_ref().map(|t| money(t.gap)),
    };
    let mut offers_json: Vec<OfferJson> =
        offers.iter().map(|o| offer_json(o, view.vests)).collect();
    if let Some(market) = market {
        for ((json, projected), placed) in offers_json.iter_mut().zip(offers).zip(&market.offers) {
            json.market = Some(market::offer_market_json(
                &projected.offer.name,
                &market.set,
                placed,
            ));
        }
    }
    to_string(&Offers {
        offers: offers_json,
        comparison: Some(comparison),
        script: plan,
    })
}

fn offer_json(projected: &OfferReport, vests: bool) -> OfferJson<'_> {
    let offer = &projected.offer;
    let projection = &projected.projection;
    let summary = &projection.summary;
    let minor = Minor::of(&offer.currency);
    let money = |amount| Money(amount, minor);
    OfferJson {
        name: &offer.name,
        currency: &offer.currency,
        start_date: offer.start_date.to_string(),
        horizon_years: offer.years,
        years: projection
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| YearJson {
                year: r.year,
                base: money(r.base),
                bonus: money(r.bonus),
                sign_on: money(r.sign_on),
                equity: money(r.equity),
                total: money(r.total),
                cumulative: money(r.cumulative),
                options_vested: projection.options.as_ref().map(|o| o.options_vested[i]),
                paper_value: projection.options.as_ref().map(|o| money(o.paper_value[i])),
                after_tax: projected.taxed.as_ref().map(|t| {
                    let y = &t.years[i];
                    TaxYearJson {
                        taxes: y
                            .taxes
                            .iter()
                            .map(|(name, amount)| LayerTaxJson {
                                name: name.clone(),
                                amount: money(*amount),
                            })
                            .collect(),
                        tax: money(y.tax),
                        net: money(y.net),
                        withheld: money(y.withheld),
                        balance_due: money(y.balance_due),
                    }
                }),
            })
            .collect(),
        total: money(summary.total),
        year_one: money(summary.year_one),
        average: money(summary.average),
        average_without_sign_on: money(summary.average_recurring),
        guaranteed_cash: money(summary.guaranteed_cash),
        sign_on: money(summary.sign_on),
        unvested_after_horizon: money(summary.unvested),
        vests: vests.then(|| {
            projection
                .vests
                .iter()
                .map(|v| VestJson {
                    date: v.date(offer.start_date).to_string(),
                    grant: v.grant + 1,
                    year: v.year,
                    amount: money(v.amount),
                    value: money(v.value),
                })
                .collect()
        }),
        market: None,
        tax_table: projected.taxed.as_ref().map(|t| TaxTableJson {
            name: &t.table,
            year: t.table_year,
            source: &t.source,
            figure_years: t.figure_years.as_deref(),
        }),
        net_total: projected.taxed.as_ref().map(|t| money(t.net_total)),
        net_average: projected.taxed.as_ref().map(|t| money(t.net_average)),
        leave: projected
            .leave
            .as_ref()
            .map(|leave| leave::leave_json(leave, minor)),
        leave_table: projected
            .leave_table
            .as_ref()
            .map(|table| leave::leave_table_json(table, minor)),
        options: options::options_json(projected, vests),
        purchasing_power: projected
            .purchasing_power
            .as_ref()
            .map(|p| PurchasingPowerJson {
                key: &p.key,
                index: p.index.to_string(),
                years: p.years.iter().map(|y| money(*y)).collect(),
                total: money(p.total),
            }),
        converted_from: projected.converted_from.as_ref().map(|from| {
            let c = &from.conversion;
            ConvertedFromJson {
                currency: &c.from,
                rate: c.rate().to_string(),
                date: c.date.map(|d| d.to_string()),
                source: c.source.as_deref(),
            }
        }),
    }
}

/// Any JSON document the tool writes (views, schemas, built files): pretty,
/// with a final newline.
pub fn to_string(value: &impl Serialize) -> Result<String> {
    let mut text = serde_json::to_string_pretty(value).map_err(|err| Error::Io {
        context: "writing JSON".into(),
        source: err.into(),
    })?;
    text.push('\n');
    Ok(text)
}
