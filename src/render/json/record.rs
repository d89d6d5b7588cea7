//! The plain `batch` record (no tax, conversion or market) written byte by
//! byte. It is the record most runs write, millions at a time, and serde
//! spends a quarter of a run on it: every key passes an escaping scan and
//! every figure a UTF-8 check, though both are known ASCII. The bytes are
//! the ones serde writes for [`super::BatchRecordJson`]; a property test
//! holds the two together, so the schema stays the one contract.

use chrono::Datelike;

use super::money::Money;
use crate::domain::money::Minor;
use crate::domain::report::OfferReport;

/// Whether `projected` has only what the plain record holds.
pub(super) fn is_plain(projected: &OfferReport) -> bool {
    projected.taxed.is_none()
        && projected.converted_from.is_none()
        && projected.leave.is_none()
        && projected.leave_table.is_none()
        && projected.purchasing_power.is_none()
        && (0..=9999).contains(&projected.offer.start_date.year())
}

/// Appends the record of a plain offer (see [`is_plain`]), without its
/// newline.
pub(super) fn write_plain(
    out: &mut Vec<u8>,
    line: u64,
    projected: &OfferReport,
) -> serde_json::Result<()> {
    let offer = &projected.offer;
    let projection = &projected.projection;
    let summary = &projection.summary;
    let minor = Minor::of(&offer.currency);
    let money = |amount| Money(amount, minor);
    let mut number = itoa::Buffer::new();
    out.extend_from_slice(b"{\"line\":");
    out.extend_from_slice(number.format(line).as_bytes());
    out.extend_from_slice(b",\"name\":");
    serde_json::to_writer(&mut *out, &offer.name)?;
    out.extend_from_slice(b",\"currency\":");
    serde_json::to_writer(&mut *out, &offer.currency)?;
    out.extend_from_slice(b",\"start_date\":\"");
    date(out, offer.start_date);
    out.extend_from_slice(b"\",\"horizon_years\":");
    out.extend_from_slice(number.format(offer.years).as_bytes());
    out.extend_from_slice(b",\"years\":[");
    for (i, row) in projection.rows.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"year\":");
        out.extend_from_slice(number.format(row.year).as_bytes());
        write_money(out, b",\"base\":\"", money(row.base));
        write_money(out, b",\"bonus\":\"", money(row.bonus));
        write_money(out, b",\"sign_on\":\"", money(row.sign_on));
        write_money(out, b",\"equity\":\"", money(row.equity));
        write_money(out, b",\"total\":\"", money(row.total));
        write_money(out, b",\"cumulative\":\"", money(row.cumulative));
        out.push(b'}');
    }
    write_money(out, b"],\"total\":\"", money(summary.total));
    write_money(out, b",\"year_one\":\"", money(summary.year_one));
    write_money(out, b",\"average\":\"", money(summary.average));
    write_money(
        out,
        b",\"average_without_sign_on\":\"",
        money(summary.average_recurring),
    );
    write_money(
        out,
        b",\"guaranteed_cash\":\"",
        money(summary.guaranteed_cash),
    );
    write_money(out, b",\"sign_on\":\"", money(summary.sign_on));
    write_money(
        out,
        b",\"unvested_after_horizon\":\"",
        money(summary.unvested),
    );
    out.push(b'}');
    Ok(())
}

/// `key` (the amount's opening quote included), the amount, its closing
/// quote. Always inlined, so each key is copied as the constant it is
/// rather than by a call to `memcpy` (a four-year record has 31 of them).
#[inline(always)]
fn write_money(out: &mut Vec<u8>, key: &[u8], amount: Money) {
    out.extend_from_slice(key);
    amount.write_into(out);
    out.push(b'"');
}

/// `YYYY-MM-DD`, as chrono writes a date of a four-digit year (see
/// [`is_plain`]).
fn date(out: &mut Vec<u8>, day: chrono::NaiveDate) {
    let digits = |out: &mut Vec<u8>, value: u32, width: u32| {
        for place in (0..width).rev() {
            out.push(b'0' + ((value / 10u32.pow(place)) % 10) as u8);
        }
    };
    digits(out, day.year().unsigned_abs(), 4);
    out.push(b'-');
    digits(out, day.month(), 2);
    out.push(b'-');
    digits(out, day.day(), 2);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::offer::{Defaults, parse_offer};

    fn projected(json: &str, as_of: chrono::NaiveDate) -> OfferReport {
        let defaults = Defaults { as_of, years: None };
        let offer = parse_offer(json.as_bytes(), &defaults).expect("a valid offer");
        OfferReport::without_vests(offer).expect("a projection")
    }

    fn both(line: u64, projected: &OfferReport) -> (String, String) {
        assert!(is_plain(projected));
        let (mut plain, mut serde) = (Vec::new(), Vec::new());
        write_plain(&mut plain, line, projected).unwrap();
        super::super::serde_record(&mut serde, line, projected, None).unwrap();
        (
            String::from_utf8(plain).unwrap(),
            String::from_utf8(serde).unwrap(),
        )
    }

    #[test]
    fn a_plain_record_reads_as_the_contract_says() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let offer = projected(
            r#"{"name": "Tab\t\"quoted\" \u0001 ünï", "base_salary": "100000", "years": 1,
                "start_date": "0042-03-09", "sign_on": ["5000.5"]}"#,
            day,
        );
        let (plain, serde) = both(7, &offer);
        assert_eq!(
            plain,
            concat!(
                r#"{"line":7,"name":"Tab\t\"quoted\" \u0001 ünï","currency":"USD","start_date":"0042-03-09","horizon_years":1,"#,
                r#""years":[{"year":1,"base":"100000.00","bonus":"0.00","sign_on":"5000.50","equity":"0.00","total":"105000.50","cumulative":"105000.50"}],"#,
                r#""total":"105000.50","year_one":"105000.50","average":"105000.50","average_without_sign_on":"100000.00","#,
                r#""guaranteed_cash":"105000.50","sign_on":"5000.50","unvested_after_horizon":"0.00"}"#
            )
        );
        assert_eq!(plain, serde);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any plain offer, in cents or in yen, with any name: the bytes
        /// serde writes for the record's schema.
        #[test]
        fn the_plain_record_is_the_serde_record(
            line in any::<u64>(),
            name in "[a-z](\\PC|[\"\\\\\\u{0}-\\u{1f}]){0,12}",
            yen in any::<bool>(),
            base in 1u64..5_000_000_000,
            raise in 0u32..2000,
            bonus in 0u32..5000,
            sign_on in proptest::collection::vec(0u64..100_000_000, 0..3),
            grants in proptest::collection::vec((1u64..9_000_000_000, 0usize..3, 1u32..4), 0..3),
            years in 1u32..12,
            year in 1u32..9999,
        ) {
            let amount = |units: u64| if yen { units.to_string() } else { format!("{}.{:02}", units / 100, units % 100) };
            let grants: Vec<String> = grants.iter().map(|(value, schedule, grant_year)| format!(
                r#"{{"grant_value": "{}", "schedule": "{}", "grant_year": {grant_year}}}"#,
                amount(*value), ["even", "amazon", "front-loaded"][*schedule]
            )).collect();
            let json = serde_json::json!({
                "name": name,
                "currency": if yen { "JPY" } else { "USD" },
                "base_salary": amount(base),
                "annual_raise_pct": format!("{}.{:02}", raise / 100, raise % 100),
                "bonus_target_pct": format!("{}.{}", bonus / 100, bonus % 100),
                "sign_on": sign_on.iter().map(|s| amount(*s)).collect::<Vec<_>>(),
                "years": years,
            });
            let mut json = json.to_string();
            json.pop();
            json.push_str(&format!(r#","equity":[{}]}}"#, grants.join(",")));
            let as_of = chrono::NaiveDate::from_ymd_opt(year.min(9950) as i32, 2, 28).unwrap();
            let offer = parse_offer(json.as_bytes(), &Defaults { as_of, years: None }).unwrap();
            let offer = OfferReport::without_vests(offer).unwrap();
            let (plain, serde) = both(line, &offer);
            prop_assert_eq!(plain, serde);
        }
    }
}
