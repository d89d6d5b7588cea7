#!/usr/bin/env python3
"""`benchmarks build` as a data person would write it in polars: the same
rows dropped (exact duplicates; per metric, missing, non-numeric and
out-of-range values), names compared as `counteroffer` compares them
(case, punctuation and a location's region ignored), PERCENTILE.INC
(linear) percentiles. Run by benchmarks/run.sh in its virtual environment."""
import json
import sys

import polars as pl

KEYS = ["company", "title", "location"]
METRICS = {"total": "totalyearlycompensation", "base_salary": "basesalary", "equity_annual": "stockgrantvalue"}
POSITIVE = {"total", "base_salary"}
QUANTILES = [0.25, 0.5, 0.75, 0.9]


def key(column, location=False):
    expr = pl.col(column).cast(pl.Utf8)
    if location:
        expr = expr.str.split(",").list.first()
    return (expr.str.to_lowercase()
            .str.replace_all(r"[^\p{L}\p{N}]+", " ")
            .str.strip_chars())


def main():
    raw, out = sys.argv[1], sys.argv[2]
    frame = pl.read_csv(raw, infer_schema=False).unique(maintain_order=False)
    frame = frame.with_columns([key(k, k == "location").alias(k) for k in KEYS])
    frame = frame.filter(pl.all_horizontal([pl.col(k).is_not_null() & (pl.col(k) != "") for k in KEYS]))
    aggregations = [pl.len().alias("rows")]
    for name, column in METRICS.items():
        value = pl.col(column).str.strip_chars().cast(pl.Float64, strict=False)
        valid = (value > 0) if name in POSITIVE else (value >= 0)
        value = pl.when(valid & (value <= 1e15)).then(value)
        for q in QUANTILES:
            aggregations.append(value.quantile(q, interpolation="linear").alias(f"{name}_p{int(q * 100)}"))
    grouped = frame.group_by(KEYS).agg(aggregations).filter(pl.col("rows") >= 5)
    entries = []
    for row in grouped.iter_rows(named=True):
        entry = {k: row[k] for k in KEYS}
        for name in METRICS:
            points = {f"p{int(q * 100)}": row[f"{name}_p{int(q * 100)}"] for q in QUANTILES}
            if all(v is not None for v in points.values()):
                entry[name] = {p: round(v, 2) for p, v in points.items()}
        entries.append(entry)
    with open(out, "w") as f:
        json.dump({"entries": entries}, f)


if __name__ == "__main__":
    main()
