#!/usr/bin/env python3
"""The peer a user would write instead of `counteroffer benchmarks build`:
pandas, `groupby(...).quantile(...)` (linear interpolation, the same
PERCENTILE.INC method) after dropping duplicates and unusable values."""
import json
import sys

import pandas as pd


def main():
    raw, out = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(raw)
    frame = frame.drop_duplicates()
    keys = ["company", "title", "location"]
    # Names compared as counteroffer compares them: case, punctuation and a
    # location's region ignored.
    frame["location"] = frame["location"].astype(str).str.split(",").str[0]
    for key in keys:
        frame[key] = (frame[key].astype(str).str.lower()
                      .str.replace(r"[\W_]+", " ", regex=True).str.strip())
    metrics = {"total": "totalyearlycompensation", "base_salary": "basesalary", "equity_annual": "stockgrantvalue"}
    for column in metrics.values():
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    grouped = frame.groupby(keys)
    counts = grouped.size()
    quantiles = grouped[list(metrics.values())].quantile([0.25, 0.5, 0.75, 0.9])
    entries = []
    for key, count in counts.items():
        if count < 5:
            continue
        entry = {"id": "-".join(key), **dict(zip(["company", "role", "location"], key))}
        for name, column in metrics.items():
            values = quantiles.loc[key][column]
            entry[name] = {f"p{int(q * 100)}": round(float(v), 2) for q, v in values.items()}
        entries.append(entry)
    with open(out, "w") as f:
        json.dump({"source": raw, "entries": entries}, f)


if __name__ == "__main__":
    main()
