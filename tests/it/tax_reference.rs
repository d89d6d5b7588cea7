//! Every layer kind against the reference's exact rationals: random offers
//! under random tables with wage caps, limited deductions, New York's
//! recapture, credits with phase-outs and limits, surtaxes, yearly maximums
//! and layers on an earlier layer's base, written as JSON and read back
//! through the real parser.

use counteroffer::domain::offer::parse_offer;
use counteroffer::domain::projection::project;
use proptest::prelude::*;

use crate::differential::{cents_of, cents_text, offer, pct_text, to_json};
use crate::reference::{self, PCT_SCALE, RefCredit, RefLayer, RefRecapture};

fn brackets() -> impl Strategy<Value = Vec<(i128, i64)>> {
    proptest::collection::vec((1i128..=50_000_000, 0i64..=100 * PCT_SCALE), 0..7).prop_flat_map(
        |steps| {
            (0i64..=100 * PCT_SCALE).prop_map(move |first| {
                let mut from = 0;
                let mut list = vec![(0, first)];
                for (step, rate) in &steps {
                    from += step;
                    list.push((from, *rate));
                }
                list
            })
        },
    )
}

fn cents() -> impl Strategy<Value = i128> {
    0i128..=60_000_000
}

fn credit() -> impl Strategy<Value = RefCredit> {
    (
        0i128..=100_000,
        proptest::option::of((cents(), 1i128..=1_000_000, 0i128..=10_000)),
        proptest::option::of(cents()),
    )
        .prop_map(|(amount_cents, phase_out, until_cents)| RefCredit {
            amount_cents,
            phase_out,
            until_cents,
        })
}

fn layer() -> impl Strategy<Value = RefLayer> {
    (
        (
            0i128..=5_000_000,
            proptest::option::of((cents(), 0i128..=5_000_000)),
            proptest::option::of(cents()),
            brackets(),
        ),
        (
            proptest::option::of((cents(), 1i128..=10_000_000)),
            proptest::collection::vec(credit(), 0..3),
            proptest::collection::vec((0i64..=100 * PCT_SCALE, cents()), 0..3),
            proptest::option::of(0i128..=5_000_000),
            proptest::option::of(brackets()),
        ),
    )
        .prop_map(
            |(
                (deduction_cents, deduction_limit, wage_cap_cents, brackets),
                (recapture, credits, surtaxes, max_cents, supplemental),
            )| RefLayer {
                deduction_cents,
                deduction_limit,
                wage_cap_cents,
                brackets,
                recapture: recapture.map(|(over_cents, band_cents)| RefRecapture {
                    over_cents,
                    band_cents,
                }),
                credits,
                surtaxes,
                max_cents,
                supplemental,
            },
        )
}

/// Layers, and for each the earlier layer whose base it is `on`, if any:
/// such a layer takes that layer's deduction, limit and cap.
fn layers() -> impl Strategy<Value = (Vec<RefLayer>, Vec<Option<usize>>)> {
    proptest::collection::vec((layer(), any::<Option<prop::sample::Index>>()), 1..4).prop_map(
        |drawn| {
            let mut layers: Vec<RefLayer> = Vec::new();
            let mut on = Vec::new();
            for (mut layer, pick) in drawn {
                let base = pick
                    .filter(|_| !layers.is_empty())
                    .map(|i| i.index(layers.len()));
                if let Some(j) = base {
                    layer.deduction_cents = layers[j].deduction_cents;
                    layer.deduction_limit = layers[j].deduction_limit;
                    layer.wage_cap_cents = layers[j].wage_cap_cents;
                }
                layers.push(layer);
                on.push(base);
            }
            (layers, on)
        },
    )
}

fn list(brackets: &[(i128, i64)]) -> String {
    brackets
        .iter()
        .map(|(from, rate)| {
            format!(
                r#"{{"from": "{}", "rate": "{}"}}"#,
                cents_text(*from),
                pct_text(*rate)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn credit_json(credit: &RefCredit) -> String {
    let mut text = format!(
        r#"{{"name": "c", "amount": "{}""#,
        cents_text(credit.amount_cents)
    );
    if let Some((over, step, reduction)) = credit.phase_out {
        text.push_str(&format!(
            r#", "phase_out": {{"over": "{}", "step": "{}", "reduction": "{}"}}"#,
            cents_text(over),
            cents_text(step),
            cents_text(reduction)
        ));
    }
    if let Some(until) = credit.until_cents {
        text.push_str(&format!(r#", "until": "{}""#, cents_text(until)));
    }
    text.push('}');
    text
}

fn layer_json(i: usize, layer: &RefLayer, on: Option<usize>) -> String {
    let mut fields = vec![format!(r#""name": "layer {i}""#)];
    match on {
        Some(j) => fields.push(format!(r#""on": "layer {j}""#)),
        None => {
            fields.push(format!(
                r#""deduction": "{}""#,
                cents_text(layer.deduction_cents)
            ));
            if let Some((from, deduction)) = layer.deduction_limit {
                fields.push(format!(
                    r#""deduction_limit": {{"from": "{}", "deduction": "{}"}}"#,
                    cents_text(from),
                    cents_text(deduction)
                ));
            }
            if let Some(cap) = layer.wage_cap_cents {
                fields.push(format!(r#""wage_cap": "{}""#, cents_text(cap)));
            }
        }
    }
    fields.push(format!(r#""brackets": [{}]"#, list(&layer.brackets)));
    if let Some(r) = &layer.recapture {
        fields.push(format!(
            r#""recapture": {{"over": "{}", "band": "{}"}}"#,
            cents_text(r.over_cents),
            cents_text(r.band_cents)
        ));
    }
    let credits: Vec<String> = layer.credits.iter().map(credit_json).collect();
    fields.push(format!(r#""credits": [{}]"#, credits.join(", ")));
    let surtaxes: Vec<String> = layer
        .surtaxes
        .iter()
        .map(|(rate, over)| {
            format!(
                r#"{{"name": "s", "rate": "{}", "over": "{}"}}"#,
                pct_text(*rate),
                cents_text(*over)
            )
        })
        .collect();
    fields.push(format!(r#""surtaxes": [{}]"#, surtaxes.join(", ")));
    if let Some(max) = layer.max_cents {
        fields.push(format!(r#""max": "{}""#, cents_text(max)));
    }
    if let Some(s) = &layer.supplemental {
        fields.push(format!(r#""supplemental": [{}]"#, list(s)));
    }
    format!("{{{}}}", fields.join(", "))
}

/// A percentage × 10^6, as the reference holds it.
fn scaled_rate(rate: rust_decimal::Decimal) -> i64 {
    (rate * rust_decimal::Decimal::from(PCT_SCALE))
        .try_into()
        .unwrap()
}

fn table_json(layers: &[RefLayer], on: &[Option<usize>]) -> String {
    let layers: Vec<String> = layers
        .iter()
        .zip(on)
        .enumerate()
        .map(|(i, (layer, on))| layer_json(i, layer, *on))
        .collect();
    format!(
        r#"{{"name": "random", "currency": "USD", "year": 2026, "source": "random", "taxes": [{}]}}"#,
        layers.join(", ")
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Every layer's tax, the net and what is withheld, every year, to the
    /// cent, against the reference's exact rationals.
    #[test]
    fn after_tax_agrees_with_the_reference(
        reference in offer(),
        (layers, on) in layers(),
    ) {
        let json = to_json(&reference);
        let defaults = crate::common::defaults();
        let parsed = parse_offer(json.as_bytes(), &defaults).unwrap();
        let projection = project(&parsed).unwrap();
        let text = table_json(&layers, &on);
        let table = counteroffer::domain::tax::parse_tax_table(text.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let taxed = counteroffer::domain::tax::after_tax(&projection, &table).unwrap();
        for (row, year) in reference::project(&reference).rows.iter().zip(&taxed.years) {
            let owed: Vec<i128> = layers.iter().map(|l| l.tax(row.total)).collect();
            let ours: Vec<i128> = year.taxes.iter().map(|(_, t)| cents_of(*t)).collect();
            prop_assert_eq!(&ours, &owed, "year {}: {}", row.total, text);
            prop_assert_eq!(cents_of(year.net), row.total - owed.iter().sum::<i128>());
            let withheld: i128 = layers
                .iter()
                .map(|l| l.withheld(row.base, row.total - row.base))
                .sum();
            prop_assert_eq!(cents_of(year.withheld), withheld, "{}", text);
        }
    }

    /// The reference's recapture on New York's own brackets: at any wages
    /// the built-in layer and the reference agree to the cent.
    #[test]
    fn new_york_recapture_agrees_with_the_reference(gross in 0i128..=3_000_000_000) {
        for name in ["us-2026-single-ny", "us-2026-married-ny"] {
            let table = counteroffer::domain::tax::built_in(name).unwrap();
            let ny = &table.taxes[3];
            prop_assert!(ny.recapture.is_some(), "{}", name);
            let reference = RefLayer {
                deduction_cents: cents_of(ny.deduction),
                brackets: ny
                    .brackets
                    .iter()
                    .map(|b| (cents_of(b.from), scaled_rate(b.rate)))
                    .collect(),
                recapture: ny.recapture.as_ref().map(|r| RefRecapture {
                    over_cents: cents_of(r.over),
                    band_cents: cents_of(r.band),
                }),
                ..RefLayer::default()
            };
            let wages = rust_decimal::Decimal::new(gross as i64, 2);
            prop_assert_eq!(cents_of(ny.tax(wages)), reference.tax(gross), "{} at {}", name, wages);
        }
    }
}
