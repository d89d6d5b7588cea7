#!/usr/bin/env python3
"""Seeded inputs for the end-to-end benchmarks.

    generate.py offers N OUT.jsonl   # N offers, the offer contract, one per line
    generate.py raw N OUT.csv        # N raw market rows, levels.fyi-style, with dirt
"""
import json
import random
import sys

SCHEDULES = ["even", "amazon", "front-loaded", [10, 20, 30, 40]]
FREQUENCIES = ["annual", "semiannual", "quarterly", "monthly"]


def money(rng, low, high):
    return f"{rng.randint(low * 100, high * 100) / 100:.2f}"


def offer(rng, i):
    grants = []
    for g in range(rng.choice([0, 1, 1, 2, 3])):
        grants.append({
            "grant_value": money(rng, 10_000, 400_000),
            "schedule": rng.choice(SCHEDULES),
            "frequency": rng.choice(FREQUENCIES),
            "cliff_months": rng.choice([0, 6, 12, 12, 12]),
            "grant_year": 1 if g == 0 else rng.randint(1, 3),
        })
    record = {
        "name": f"Offer {i}",
        "start_date": "2027-01-04",
        "base_salary": money(rng, 80_000, 400_000),
        "annual_raise_pct": rng.choice(["0", "2.5", "3", "3.5", "4"]),
        "bonus_target_pct": rng.choice(["0", "10", "12.5", "15", "13.333334"]),
        "sign_on": [money(rng, 0, 100_000) for _ in range(rng.choice([0, 0, 1, 2]))],
        "equity": grants,
        "years": 4,
    }
    if rng.random() < 0.2:
        record["stock_growth_pct"] = rng.choice(["-10", "5", "7.5", "10"])
    return record


COMPANIES = ["Amazon", "Google", "Meta", "Microsoft", "Apple", "Netflix", "Stripe", "Contoso"]
TITLES = ["Product Manager", "Software Engineer", "Data Scientist", "Designer"]
LEVELS = ["L4", "L5", "L6", "L7", "L8"]
LOCATIONS = ["Seattle", "San Francisco", "New York", "Austin", "London"]


def raw_row(rng):
    base = rng.randint(80, 400) * 1000
    stock = rng.randint(0, 300) * 1000
    bonus = rng.randint(0, 60) * 1000
    total = base + stock + bonus
    company = rng.choice(COMPANIES)
    if rng.random() < 0.05:
        company = company.lower() + " "  # casing and spacing noise
    cells = [company, rng.choice(TITLES), rng.choice(LEVELS), rng.choice(LOCATIONS),
             str(total), str(base), str(stock), str(bonus)]
    dirt = rng.random()
    if dirt < 0.01:
        cells[4] = ""  # missing total
    elif dirt < 0.02:
        cells[5] = "n/a"  # non-numeric base
    elif dirt < 0.025:
        cells[4] = "0"  # zero row
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def main():
    kind, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(20261126)
    with open(out, "w") as f:
        if kind == "offers":
            for i in range(count):
                f.write(json.dumps(offer(rng, i + 1)) + "\n")
        else:
            f.write("company,title,level,location,totalyearlycompensation,basesalary,stockgrantvalue,bonus\n")
            previous = None
            for _ in range(count):
                row = previous if previous and rng.random() < 0.02 else raw_row(rng)  # exact duplicates
                f.write(row + "\n")
                previous = row


if __name__ == "__main__":
    main()
