#!/usr/bin/env bash
# End-to-end CPU of full extraction against the bare parse (issue 14), on
# one ~STREAM_MB stream made of the dev corpus, all three in turns, best of
# RUNS (user + system seconds from /usr/bin/time):
#
# - floor:     benches/cpu_floor.rs `floor`: the stream split by the crate,
#              each body parsed by html5ever into an RcDom and dropped;
# - full:      benches/cpu_floor.rs `full`: Reader::new, every article
#              extracted and dropped;
# - dump2json: `dump2json --jobs 1` writing JSON Lines to /dev/null.
#
# Then, with valgrind present, instructions of one pass over the corpus
# (callgrind; the load does not move them) for floor and full.
#
#   bash benches/cpu.sh                    # 40 MB, best of 3
#   STREAM_MB=100 RUNS=5 bash benches/cpu.sh
#   CALLGRIND=0 bash benches/cpu.sh        # times only
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/dev}
STREAM_MB=${STREAM_MB:-40}
RUNS=${RUNS:-3}
CALLGRIND=${CALLGRIND:-1}
TARGET=${CARGO_TARGET_DIR:-target}

. benches/lib.sh
preflight cpu.sh

cargo build --quiet --release --example dump2json
dump2json=$TARGET/release/examples/dump2json
floor=$(cargo bench --quiet --bench cpu_floor --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
if [ ! -x "$floor" ]; then
  echo "cpu.sh: could not build benches/cpu_floor.rs" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copies=$(corpus_stream "$tmp" "$STREAM_MB")
mb=$(($(stat -c %s "$tmp/stream.md") / 1000000))
echo "stream: $mb MB ($copies copies of the corpus), load $(cut -d' ' -f1-3 /proc/loadavg)"

cpu() { # prints user+system seconds of one run of "$@"
  /usr/bin/time -f '%U %S' -o "$tmp/time" "$@" > /dev/null
  awk '{printf "%.2f\n", $1 + $2}' "$tmp/time"
}
best() { sort -n | head -n 1; }

: > "$tmp/floor"; : > "$tmp/full"; : > "$tmp/json"
for _ in $(seq "$RUNS"); do
  cpu "$floor" floor "$tmp/stream.md" >> "$tmp/floor"
  cpu "$floor" full "$tmp/stream.md" >> "$tmp/full"
  cpu "$dump2json" --jobs 1 "$tmp/stream.md" >> "$tmp/json"
done
f=$(best < "$tmp/floor"); x=$(best < "$tmp/full"); j=$(best < "$tmp/json")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
echo "CPU, best of $RUNS: floor ${f} s | full ${x} s ($(ratio "$x" "$f") the floor) | dump2json ${j} s ($(ratio "$j" "$f") the floor)"

if [ "$CALLGRIND" = 1 ] && command -v valgrind > /dev/null; then
  count() { # instructions of one pass over the corpus
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$floor" "$1" "$CORPUS" 2>&1 |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  }
  cf=$(count floor); cx=$(count full)
  echo "instructions, one pass over $CORPUS: floor $((cf / 1000)) k | full $((cx / 1000)) k ($(ratio "$cx" "$cf") the floor)"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
