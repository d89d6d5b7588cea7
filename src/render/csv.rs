//! CSV: one row per offer and year, money as plain two-decimal numbers.

use crate::error::{Error, Result};
use crate::money::cents_string;
use crate::projection::ProjectedOffer;

const HEADER: [&str; 9] = [
    "offer",
    "currency",
    "year",
    "base",
    "bonus",
    "sign_on",
    "equity",
    "total",
    "cumulative",
];

pub fn projections(offers: &[ProjectedOffer]) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let fail = |err: csv::Error| Error::Io {
        context: "writing CSV".into(),
        source: std::io::Error::other(err),
    };
    writer.write_record(HEADER).map_err(fail)?;
    for projected in offers {
        for row in &projected.projection.rows {
            writer
                .write_record([
                    projected.offer.name.clone(),
                    projected.offer.currency.clone(),
                    row.year.to_string(),
                    cents_string(row.base),
                    cents_string(row.bonus),
                    cents_string(row.sign_on),
                    cents_string(row.equity),
                    cents_string(row.total),
                    cents_string(row.cumulative),
                ])
                .map_err(fail)?;
        }
    }
    let bytes = writer.into_inner().map_err(|err| Error::Io {
        context: "writing CSV".into(),
        source: err.into_error(),
    })?;
    String::from_utf8(bytes).map_err(|err| Error::Io {
        context: "writing CSV".into(),
        source: std::io::Error::other(err),
    })
}
