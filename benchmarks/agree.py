#!/usr/bin/env python3
"""Checks that two JSON Lines outputs (counteroffer batch, the Python peer)
agree on every offer's total and yearly totals, to the cent."""
import json
import sys
from decimal import Decimal


def year_totals(record):
    """counteroffer's records hold year rows; the peer's a list of totals."""
    if "year_totals" in record:
        return [Decimal(x) for x in record["year_totals"]]
    return [Decimal(year["total"]) for year in record["years"]]


def main():
    ours, theirs = open(sys.argv[1]), open(sys.argv[2])
    checked = mismatched = 0
    for a, b in zip(ours, theirs):
        a, b = json.loads(a), json.loads(b)
        same = Decimal(a["total"]) == Decimal(b["total"]) and year_totals(a) == year_totals(b)
        checked += 1
        if not same:
            mismatched += 1
            if mismatched <= 5:
                print(f"line {a['line']}: {year_totals(a)} vs {year_totals(b)}")
    print(f"{checked} offers compared, {mismatched} disagree")
    sys.exit(1 if mismatched or checked == 0 else 0)


if __name__ == "__main__":
    main()
