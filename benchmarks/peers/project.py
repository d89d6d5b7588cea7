#!/usr/bin/env python3
"""The peer a user would write instead of `counteroffer batch`: a plain Python
projection with the decimal module, following the same rules (README, "How
the numbers are computed"). Reads offers as JSON Lines, writes totals as
JSON Lines."""
import json
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")
PRESETS = {"even": [25, 25, 25, 25], "amazon": [5, 15, 40, 40], "front-loaded": [33, 33, 22, 12]}
PERIODS = {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12}


def cents(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)  # half away from zero for both signs


def split(total, weights):
    weights = [Decimal(w) for w in weights]
    s = sum(weights)
    exact = [total * w / s for w in weights]
    parts = [e.quantize(CENT, rounding=ROUND_DOWN) for e in exact]
    left = int((total - sum(parts)) / CENT)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += CENT
    return parts


def project(offer):
    years = offer.get("years", 4)
    base0 = Decimal(str(offer["base_salary"]))
    raise_ = Decimal(str(offer.get("annual_raise_pct", 0))) / 100
    bonus_pct = Decimal(str(offer.get("bonus_target_pct", 0)))
    growth = Decimal(str(offer.get("stock_growth_pct", 0))) / 100
    sign_on = [Decimal(str(s)) for s in offer.get("sign_on", [])]
    equity = [Decimal(0)] * years
    for g in offer.get("equity", []):
        value = cents(Decimal(str(g["grant_value"])))
        schedule = g.get("schedule", "even")
        schedule = PRESETS[schedule] if isinstance(schedule, str) else schedule
        periods = PERIODS[g.get("frequency", "annual")]
        cliff = g.get("cliff_months", 12)
        start = 12 * (g.get("grant_year", 1) - 1)
        for k, year_amount in enumerate(split(value, schedule)):
            for j, tranche in enumerate(split(year_amount, [1] * periods)):
                month = max(12 * k + (j + 1) * 12 // periods, cliff)
                y = -(-(start + month) // 12)
                if y <= years:
                    factor = (1 + growth) ** (Decimal(month) / 12) if growth else 1
                    equity[y - 1] += tranche * factor
    totals = []
    for y in range(years):
        base = cents(base0 * (1 + raise_) ** y)
        bonus = cents(base * bonus_pct / 100)
        s = sign_on[y] if y < len(sign_on) else Decimal(0)
        totals.append(base + bonus + s + cents(equity[y]))
    return totals


def main():
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        offer = json.loads(line)
        totals = project(offer)
        out.write(json.dumps({"line": n, "name": offer["name"], "total": str(sum(totals)),
                              "year_totals": [str(t) for t in totals]}) + "\n")


if __name__ == "__main__":
    main()
