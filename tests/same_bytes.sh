#!/usr/bin/env bash
# Byte-for-byte check for a change that must not change behaviour (a
# refactor): builds REV (default: HEAD) and the working tree, runs every
# command line in tests/same_bytes.txt and then `project` (and `market`,
# `--tax`, `--fx` where they apply) on every file in tests/fixtures/bad/
# with both, and compares stdout, stderr and the exit code of each.
#
#   tests/same_bytes.sh            # the working tree against HEAD
#   tests/same_bytes.sh 1da36f3    # against an earlier commit
set -euo pipefail
cd "$(dirname "$0")/.."
REV=${1:-HEAD}
WORK=$(mktemp -d)
trap 'git worktree remove --force "$WORK/before" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

git worktree add --detach --quiet "$WORK/before" "$REV"
(cd "$WORK/before" && cargo build --release --locked --quiet)
cargo build --release --locked --quiet
mkdir -p "$WORK/bin-before" "$WORK/bin-after"
cp "$WORK/before/target/release/counteroffer" "$WORK/bin-before/"
cp target/release/counteroffer "$WORK/bin-after/"

# Fixed surroundings, so only the binary differs between the two runs.
export COLUMNS=100 TZ=UTC LC_ALL=C
unset NO_COLOR
E=examples

run_all() {
  local bin=$1 out=$2 i=0 n line
  mkdir -p "$out"
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    i=$((i + 1)); n=$(printf %03d "$i")
    echo "$line" > "$out/$n.cmd"
    rm -f /tmp/same-bytes-out.*
    eval "$bin $line" > "$out/$n.out" 2> "$out/$n.err" < /dev/null && echo 0 > "$out/$n.rc" || echo $? > "$out/$n.rc"
  done < tests/same_bytes.txt
  for f in tests/fixtures/bad/*; do
    i=$((i + 1)); n=$(printf %03d "$i")
    echo "project $f" > "$out/$n.cmd"
    "$bin" project "$f" --as-of 2026-12-01 > "$out/$n.out" 2> "$out/$n.err" < /dev/null && echo 0 > "$out/$n.rc" || echo $? > "$out/$n.rc"
    case "$f" in *bench*)
      i=$((i + 1)); n=$(printf %03d "$i"); echo "market $f" > "$out/$n.cmd"
      "$bin" market $E/amazon-promotion.json --benchmarks "$f" > "$out/$n.out" 2> "$out/$n.err" < /dev/null && echo 0 > "$out/$n.rc" || echo $? > "$out/$n.rc";;
    esac
    case "$f" in *tax*|*rate*|*fx*)
      i=$((i + 1)); n=$(printf %03d "$i"); echo "tax and fx $f" > "$out/$n.cmd"
      "$bin" project $E/amazon-promotion.json --tax "$f" --fx "$f" > "$out/$n.out" 2> "$out/$n.err" < /dev/null && echo 0 > "$out/$n.rc" || echo $? > "$out/$n.rc";;
    esac
  done
  # The binary's path is part of clap's messages; the two differ only there.
  sed -i "s#$bin#counteroffer#g" "$out"/*.err
}

run_all "$WORK/bin-before/counteroffer" "$WORK/before-out"
run_all "$WORK/bin-after/counteroffer" "$WORK/after-out"
if diff -r "$WORK/before-out" "$WORK/after-out"; then
  echo "same bytes: $(ls "$WORK/after-out"/*.cmd | wc -l) runs print the same stdout, stderr and exit code at $REV and in the working tree"
else
  echo "the runs above differ" >&2
  exit 1
fi
