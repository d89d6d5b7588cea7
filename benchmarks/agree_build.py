#!/usr/bin/env python3
"""Checks that `benchmarks build` and a peer found the same groups and the
same percentiles, within a cent (the peers compute in floating point).

    agree_build.py OURS.json PEER.json"""
import json
import re
import sys
from decimal import Decimal


def key(text, location=False):
    if location:
        text = text.split(",")[0]
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def main():
    ours = json.load(open(sys.argv[1]))["entries"]
    theirs = json.load(open(sys.argv[2]))["entries"]
    index = {(key(e["company"]), key(e["role"] if "role" in e else e["title"]), key(e["location"], True)): e for e in theirs}
    checked = disagree = 0
    for entry in ours:
        k = (key(entry["company"]), key(entry["role"]), key(entry["location"], True))
        peer = index.pop(k, None)
        if peer is None:
            disagree += 1
            print(f"{k}: missing from the peer")
            continue
        for metric in ["total", "base_salary", "equity_annual"]:
            for p, value in entry.get(metric, {}).items():
                checked += 1
                other = peer.get(metric, {}).get(p)
                if other is None or abs(Decimal(str(value)) - Decimal(str(other))) > Decimal("0.01"):
                    disagree += 1
                    if disagree <= 5:
                        print(f"{k} {metric} {p}: {value} vs {other}")
    disagree += len(index)
    print(f"{len(ours)} groups, {checked} percentiles compared, {disagree} disagree")
    sys.exit(1 if disagree else 0)


if __name__ == "__main__":
    main()
