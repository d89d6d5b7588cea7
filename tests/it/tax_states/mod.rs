//! Each state's built-in tables on worked examples: $90,000, $250,000 and
//! $1,200,000 of wages, single and joint, every state (and city) layer to
//! the cent. The arithmetic in each comment is from the figures the table's
//! `source` cites; the federal layers are checked in `tax`.

use counteroffer::domain::tax::built_in;

mod joint;
mod single;
use rust_decimal::Decimal;

/// Every layer after the three federal ones owes what `expected` says at
/// `wages`, and the table has no other layer.
pub(crate) fn owes(table: &str, wages: &str, expected: &[(&str, &str)]) {
    let table_name = table;
    let table = built_in(table).unwrap();
    let wages: Decimal = wages.parse().unwrap();
    assert_eq!(table.taxes.len(), 3 + expected.len(), "{table_name}");
    for (layer, amount) in expected {
        let found = table
            .taxes
            .iter()
            .find(|l| l.name == *layer)
            .unwrap_or_else(|| panic!("{table_name} has no layer `{layer}`"));
        assert_eq!(
            found.tax(wages).to_string(),
            *amount,
            "{table_name}: {layer} at {wages}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// More wages never lower what a built-in layer takes, through every
    /// cliff (Illinois's exemption, Colorado's deduction, Oregon's credit),
    /// phase-out and recapture band.
    #[test]
    fn every_built_in_layer_takes_more_of_more_wages(
        cents in 0i64..300_000_000,
        more in 0i64..30_000_000,
    ) {
        let wages = Decimal::new(cents, 2);
        let larger = wages + Decimal::new(more, 2);
        for name in counteroffer::domain::tax::built_in_names() {
            let table = built_in(&name).unwrap();
            for layer in &table.taxes {
                proptest::prop_assert!(
                    layer.tax(larger) >= layer.tax(wages),
                    "{} {}: {} then {}", name, layer.name, wages, larger
                );
            }
        }
    }
}
