#!/usr/bin/env bash
# End-to-end timings of counteroffer against the peers a user would pick
# instead, in one run on this machine: a plain Python projection with the
# decimal module, and pandas, polars and DuckDB for percentiles (each
# checked to agree with `benchmarks build` on every group, within a cent).
#
#   benchmarks/run.sh            # 1,000,000 offers and raw rows; Python peer on 100,000
#   N=100000 PEER_N=20000 benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
PEER_N=${PEER_N:-100000}
DATA=benchmarks/data
# The installed binary's profile (fat LTO); `PROFILE=release` measures the
# one `cargo run --release` builds.
PROFILE=${PROFILE:-dist}
BIN=target/$PROFILE/counteroffer
AS_OF=2026-11-26
mkdir -p "$DATA"

cargo build --profile "$PROFILE" --locked --quiet
cargo build --profile "$PROFILE" --locked --quiet --example parse_floor
FLOOR=target/$PROFILE/examples/parse_floor
# The Python peers live in their own virtual environment.
VENV=benchmarks/.venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import pandas, polars, duckdb" 2>/dev/null \
  || "$VENV/bin/pip" install --quiet pandas polars duckdb
PY="$VENV/bin/python"

offers="$DATA/offers-$N.jsonl"
raw="$DATA/raw-$N.csv"
peer_offers="$DATA/offers-peer-$PEER_N.jsonl"
[ -f "$offers" ] || python3 benchmarks/generate.py offers "$N" "$offers"
[ -f "$raw" ] || python3 benchmarks/generate.py raw "$N" "$raw"
head -n "$PEER_N" "$offers" > "$peer_offers"

measure() { python3 benchmarks/measure.py "$@"; }
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(rustc --version)"
echo

batch=$(measure --stdout "$DATA/batch.jsonl" -- "$BIN" batch "$offers" --as-of "$AS_OF")
floor=$(measure -- "$FLOOR" "$offers")
# The Python peer's one run spans half a minute or more, so the host's
# bursts of load average out in it; batch's half second can meet one
# whole. So batch on the same offers runs five times around the peer's run
# (three before, two after), and the run of median wall time is the one
# compared.
batch_peer_once() { measure --stdout "$DATA/batch-peer.jsonl" -- "$BIN" batch "$peer_offers" --as-of "$AS_OF"; }
median_run() {
  python3 -c 'import json,sys; runs=sorted(sys.argv[1:], key=lambda r: json.loads(r)["wall_s"]); print(runs[len(runs)//2])' "$@"
}
peer_runs=()
for _ in 1 2 3; do peer_runs+=("$(batch_peer_once)"); done
python=$(measure --stdin "$peer_offers" --stdout "$DATA/python.jsonl" -- "$PY" benchmarks/peers/project.py)
for _ in 1 2; do peer_runs+=("$(batch_peer_once)"); done
batch_peer_n=$(median_run "${peer_runs[@]}")
batch_peer_walls=$(python3 -c 'import json,sys; print(", ".join(str(json.loads(r)["wall_s"]) for r in sys.argv[1:]))' "${peer_runs[@]}")
python3 benchmarks/agree.py "$DATA/batch-peer.jsonl" "$DATA/python.jsonl"

build_args=(benchmarks build "$raw" --group-by company,role=title,location
  --metric total=totalyearlycompensation --metric base_salary=basesalary
  --metric equity_annual=stockgrantvalue --as-of "$AS_OF")
build=$(measure --stdout "$DATA/built.json" -- "$BIN" "${build_args[@]}")
pandas=$(measure -- "$PY" benchmarks/peers/percentiles.py "$raw" "$DATA/pandas.json")
polars=$(measure -- "$PY" benchmarks/peers/percentiles_polars.py "$raw" "$DATA/polars.json")
duckdb=$(measure -- "$PY" benchmarks/peers/percentiles_duckdb.py "$raw" "$DATA/duckdb.json")
python3 benchmarks/agree_build.py "$DATA/built.json" "$DATA/polars.json"
python3 benchmarks/agree_build.py "$DATA/built.json" "$DATA/duckdb.json"

# `project` on one offer as a whole process, and `--help` (the floor of any
# run: start-up and exit): medians of 50 runs each.
median_ms() {
  python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(50):
    start = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
    runs.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(runs):.2f}")
PY
}
project_ms=$(median_ms "$BIN" project examples/amazon-promotion.json)
help_ms=$(median_ms "$BIN" --help)

rate() { python3 -c "print(f'{$1 / $2:,.0f}')"; }
ratio() { python3 -c "print(f'{$1:.1f}')"; }
fw=$(field "$floor" wall_s); fu=$(field "$floor" cpu_s)
bw=$(field "$batch" wall_s); bpw=$(field "$batch_peer_n" wall_s); pw=$(field "$python" wall_s)
uw=$(field "$build" wall_s); dw=$(field "$pandas" wall_s)
lw=$(field "$polars" wall_s); kw=$(field "$duckdb" wall_s)
printf '%-44s %10s %14s %10s\n' "run" "wall (s)" "rows/s" "peak MB"
printf '%-44s %10s %14s %10s\n' "counteroffer batch, $N offers" "$bw" "$(rate "$N" "$bw")" "$(field "$batch" peak_mb)"
printf '%-44s %10s %14s %10s\n' "parse floor (serde_json::Value, 1 thread), $N" "$fw" "$(rate "$N" "$fw")" "$(field "$floor" peak_mb)"
printf '%-44s %10s %14s %10s\n' "counteroffer batch, $PEER_N offers (median of 5)" "$bpw" "$(rate "$PEER_N" "$bpw")" "$(field "$batch_peer_n" peak_mb)"
printf '%-44s %10s %14s %10s\n' "Python decimal peer, $PEER_N offers" "$pw" "$(rate "$PEER_N" "$pw")" "$(field "$python" peak_mb)"
printf '%-44s %10s %14s %10s\n' "counteroffer benchmarks build, $N rows" "$uw" "$(rate "$N" "$uw")" "$(field "$build" peak_mb)"
printf '%-44s %10s %14s %10s\n' "pandas groupby().quantile(), $N rows" "$dw" "$(rate "$N" "$dw")" "$(field "$pandas" peak_mb)"
printf '%-44s %10s %14s %10s\n' "polars group_by().quantile(), $N rows" "$lw" "$(rate "$N" "$lw")" "$(field "$polars" peak_mb)"
printf '%-44s %10s %14s %10s\n' "DuckDB quantile_cont, $N rows" "$kw" "$(rate "$N" "$kw")" "$(field "$duckdb" peak_mb)"
echo
echo "batch vs the parse floor (wall, $N offers): $(ratio "$bw / $fw")x the floor's time; CPU $(field "$batch" cpu_s) s vs $fu s"
echo "batch vs Python peer (throughput, same $PEER_N offers): $(ratio "$pw / $bpw")x (batch runs: $batch_peer_walls s; the median compared); CPU $(ratio "$(field "$python" cpu_s) / $(field "$batch_peer_n" cpu_s)")x"
echo "benchmarks build vs pandas (wall): $(ratio "$dw / $uw")x; peak memory $(field "$build" peak_mb) MB vs $(field "$pandas" peak_mb) MB"
echo "benchmarks build vs polars (wall): $(ratio "$lw / $uw")x; peak memory $(field "$build" peak_mb) MB vs $(field "$polars" peak_mb) MB"
echo "benchmarks build vs DuckDB (wall): $(ratio "$kw / $uw")x; peak memory $(field "$build" peak_mb) MB vs $(field "$duckdb" peak_mb) MB"
echo "project, one offer, whole process (median of 50): ${project_ms} ms; --help: ${help_ms} ms"
