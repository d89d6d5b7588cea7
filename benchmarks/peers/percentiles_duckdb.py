#!/usr/bin/env python3
"""`benchmarks build` in DuckDB SQL: the same rows dropped and names
compared as `counteroffer` does, `quantile_cont` (PERCENTILE.INC).
Run by benchmarks/run.sh in its virtual environment."""
import json
import sys

import duckdb

METRICS = {"total": "totalyearlycompensation", "base_salary": "basesalary", "equity_annual": "stockgrantvalue"}
POSITIVE = {"total", "base_salary"}
QUANTILES = [25, 50, 75, 90]


def key(column, location=False):
    text = f"split_part({column}, ',', 1)" if location else column
    return f"trim(regexp_replace(lower({text}), '[^[:alnum:]]+', ' ', 'g'))"


def main():
    raw, out = sys.argv[1], sys.argv[2]
    aggregates = []
    for name, column in METRICS.items():
        low = "> 0" if name in POSITIVE else ">= 0"
        value = f"try_cast(trim({column}) AS DOUBLE)"
        filtered = f"CASE WHEN {value} {low} AND {value} <= 1e15 THEN {value} END"
        for q in QUANTILES:
            aggregates.append(f"quantile_cont({filtered}, {q / 100}) AS {name}_p{q}")
    query = f"""
        WITH raw AS (SELECT DISTINCT * FROM read_csv('{raw}', all_varchar = true, header = true)),
        named AS (
            SELECT {key('company')} AS company, {key('title')} AS title,
                   {key('location', True)} AS location, * EXCLUDE (company, title, location)
            FROM raw
        )
        SELECT company, title, location, count(*) AS rows, {', '.join(aggregates)}
        FROM named
        WHERE company <> '' AND title <> '' AND location <> ''
        GROUP BY company, title, location
        HAVING count(*) >= 5
    """
    result = duckdb.sql(query)
    columns = result.columns
    entries = []
    for values in result.fetchall():
        row = dict(zip(columns, values))
        entry = {k: row[k] for k in ["company", "title", "location"]}
        for name in METRICS:
            points = {f"p{q}": row[f"{name}_p{q}"] for q in QUANTILES}
            if all(v is not None for v in points.values()):
                entry[name] = {p: round(v, 2) for p, v in points.items()}
        entries.append(entry)
    with open(out, "w") as f:
        json.dump({"entries": entries}, f)


if __name__ == "__main__":
    main()
