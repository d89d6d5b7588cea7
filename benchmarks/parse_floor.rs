//! The parse floor for `batch`: read JSON Lines and parse each line into a
//! `serde_json::Value`, on one thread, with nothing else. `batch` aims to run
//! within 1.5× of this on the same input (`benchmarks/run.sh` prints the
//! ratio). Prints the number of lines parsed.
//!
//!     cargo run --release --example parse_floor -- benchmarks/data/offers-1000000.jsonl

use std::io::{BufRead, BufReader};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: parse_floor FILE.jsonl")?;
    let reader = BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let mut lines = 0u64;
    let mut fields = 0usize;
    for line in reader.split(b'\n') {
        let value: serde_json::Value = serde_json::from_slice(&line?)?;
        // Use the value, so the parse cannot be optimised away.
        fields += value.as_object().map_or(0, |o| o.len());
        lines += 1;
    }
    println!("{lines} lines, {fields} fields");
    Ok(())
}
