#!/usr/bin/env bash
# Memory and multi-core runs of dump2json over streams built from the dev
# corpus (issue 6): reproducible, nothing kept afterwards.
#
#   bash benches/stream.sh            # 1 GB stream, 50 copies for --jobs
#   STREAM_MB=256 COPIES=20 bash benches/stream.sh
#   STREAM_MB=0 bash benches/stream.sh   # the --jobs run alone
#
# 1. A ~STREAM_MB stream (the corpus concatenated over and over) through
#    `dump2json -` on stdin, with full extraction and with --headers-only:
#    peak RSS, wall time and MB/s from /usr/bin/time -v.
# 2. A directory of COPIES copies of the corpus: `dump2json --jobs 1` against
#    `--jobs 2` with hyperfine (repeated /usr/bin/time runs without it), the
#    speed-up, and a byte-for-byte comparison of the two outputs.
#
# The load average is printed with each measurement: other work on the
# machine lowers throughput and, above all, the --jobs speed-up.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/dev}
STREAM_MB=${STREAM_MB:-1024}
COPIES=${COPIES:-50}
RUNS=${RUNS:-5}
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release/examples/dump2json

. benches/lib.sh
preflight stream.sh

cargo build --quiet --release --example dump2json

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ "$STREAM_MB" -gt 0 ]; then
# One pass over the corpus, each file ending with a line end.
corpus_once "$tmp/once.md"
once=$(stat -c %s "$tmp/once.md")

# Doubling until the stream reaches STREAM_MB (decimal megabytes).
want=$((STREAM_MB * 1000 * 1000))
cp "$tmp/once.md" "$tmp/stream.md"
while [ "$(stat -c %s "$tmp/stream.md")" -lt "$want" ]; do
  cat "$tmp/stream.md" "$tmp/stream.md" > "$tmp/next.md"
  mv "$tmp/next.md" "$tmp/stream.md"
done
size=$(stat -c %s "$tmp/stream.md")
echo "== stream: $((size / 1000000)) MB ($((size / once)) copies of the $once-byte corpus) on stdin"

# Runs `dump2json ARGS - < stream` under /usr/bin/time -v; prints a line.
stream_run() {
  local label=$1; shift
  local before; before=$(load)
  local status=0 t0 t1 rss secs
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$tmp/time.txt" "$BIN" "$@" - < "$tmp/stream.md" > /dev/null 2> "$tmp/err.txt" || status=$?
  t1=$(date +%s.%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
  printf '%-14s peak RSS %6.1f MB  wall %7.2f s  %7.1f MB/s  exit %d  errors %d  load %s\n' \
    "$label" "$(echo "$rss" | awk '{print $1 / 1024}')" "$secs" \
    "$(awk -v b="$size" -v s="$secs" 'BEGIN { print b / 1e6 / s }')" \
    "$status" "$(wc -l < "$tmp/err.txt")" "$before"
}
# One thread, as the memory figure has always been taken (and without the
# rayon feature dump2json notes on stderr that --jobs 2 on stdin reads on one).
stream_run "full" --jobs 1
stream_run "headers-only" --headers-only --jobs 1
rm -f "$tmp/stream.md"
fi

# The directory: COPIES copies of the corpus in subdirectories.
mkdir -p "$tmp/dir"
for i in $(seq -w 1 "$COPIES"); do
  cp -r "$CORPUS" "$tmp/dir/$i"
done
files=$(find "$tmp/dir" -name '*.md' | wc -l)
bytes=$(du -sb "$tmp/dir" | cut -f1)
echo "== directory: $files files, $((bytes / 1000000)) MB; cores: $(nproc)"

"$BIN" --jobs 1 "$tmp/dir" > "$tmp/j1.jsonl" 2> "$tmp/j1.err" || true
"$BIN" --jobs 2 "$tmp/dir" > "$tmp/j2.jsonl" 2> "$tmp/j2.err" || true
if cmp -s "$tmp/j1.jsonl" "$tmp/j2.jsonl" && cmp -s "$tmp/j1.err" "$tmp/j2.err"; then
  echo "--jobs 1 and --jobs 2: identical output ($(wc -l < "$tmp/j1.jsonl") lines, $(wc -c < "$tmp/j1.jsonl") bytes; stderr identical)"
else
  echo "--jobs 1 and --jobs 2: OUTPUTS DIFFER"
  status=1
fi
rm -f "$tmp"/j?.jsonl

echo "load before: $(load)"
if command -v hyperfine > /dev/null; then
  hyperfine --style basic -N --warmup 1 --runs "$RUNS" --export-json "$tmp/hf.json" \
    "$BIN --jobs 1 $tmp/dir" "$BIN --jobs 2 $tmp/dir" > "$tmp/hf.txt" 2>&1
  grep -E 'Time|Range|±' "$tmp/hf.txt" | sed 's/^/  /' || true
  read -r t1 t2 < <(jq -r '[.results[].median] | @tsv' "$tmp/hf.json")
else
  echo "(no hyperfine: medians of $RUNS runs of /usr/bin/time)"
  median_of() {
    local jobs=$1 i
    for i in $(seq "$RUNS"); do
      /usr/bin/time -f %e -o "$tmp/t.txt" "$BIN" --jobs "$jobs" "$tmp/dir" > /dev/null 2>&1 || true
      cat "$tmp/t.txt"
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
  }
  t1=$(median_of 1)
  t2=$(median_of 2)
fi
echo "load after: $(load)"
awk -v a="$t1" -v b="$t2" -v n="$bytes" 'BEGIN {
  printf "--jobs 1: %.3f s (%.1f MB/s)  --jobs 2: %.3f s (%.1f MB/s)  speed-up %.2fx (medians)\n",
    a, n / 1e6 / a, b, n / 1e6 / b, a / b
}'
exit "${status:-0}"
