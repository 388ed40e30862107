#!/usr/bin/env bash
# One stream on every core (issue 14): a ~STREAM_MB dump (the dev corpus
# concatenated over and over) through dump2json, on stdin and as one file
# given by path, with --jobs 1 and --jobs 2: wall clock (best of RUNS, the
# four cases taking turns),
# peak RSS, the speed-up, and a byte-for-byte comparison of the outputs.
#
#   bash benches/parallel.sh                 # 100 MB, best of 3
#   STREAM_MB=200 RUNS=5 bash benches/parallel.sh
#
# The load average is printed with each measurement: other work on the
# machine lowers the speed-up.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/dev}
STREAM_MB=${STREAM_MB:-100}
RUNS=${RUNS:-3}
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release/examples/dump2json

. benches/lib.sh
preflight parallel.sh
cargo build --quiet --release --features rayon --example dump2json

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copies=$(corpus_stream "$tmp" "$STREAM_MB")
size=$(stat -c %s "$tmp/stream.md")
echo "stream: $((size / 1000000)) MB ($copies copies of the corpus), load $(cut -d' ' -f1-3 /proc/loadavg)"

# once MODE JOBS [OUT]: one run, its output to OUT (/dev/null: writing 100 MB
# to a file leaves the kernel flushing it during the next run, which slowed
# whichever case came second in a round by 0.1 s); appends "seconds
# peak_kb" to $tmp/times.MODE.JOBS when OUT is /dev/null.
once() {
  local mode=$1 jobs=$2 out=${3:-/dev/null}
  if [ "$mode" = stdin ]; then
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$BIN" --jobs "$jobs" - < "$tmp/stream.md" > "$out" 2> "$tmp/err.$mode.$jobs"
  else
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$BIN" --jobs "$jobs" "$tmp/stream.md" > "$out" 2> "$tmp/err.$mode.$jobs"
  fi
  if [ "$out" = /dev/null ]; then
    cat "$tmp/time" >> "$tmp/times.$mode.$jobs"
  fi
}

# best MODE JOBS: prints "seconds peak_kb", the best time and the largest
# peak of the runs.
best() {
  sort -n "$tmp/times.$1.$2" | awk 'NR == 1 { t = $1 } $2 > m { m = $2 } END { print t, m }'
}

# The four cases take turns, round after round, so that a slow spell of
# the machine falls on all of them rather than on the last.
for _ in $(seq "$RUNS"); do
  for mode in stdin path; do
    once "$mode" 1
    once "$mode" 2
  done
done

for mode in stdin path; do
  # Untimed, for the comparison of the outputs.
  once "$mode" 1 "$tmp/out.$mode.1"
  once "$mode" 2 "$tmp/out.$mode.2"
  read -r t1 m1 < <(best "$mode" 1)
  read -r t2 m2 < <(best "$mode" 2)
  same=identical
  cmp -s "$tmp/out.$mode.1" "$tmp/out.$mode.2" && cmp -s "$tmp/err.$mode.1" "$tmp/err.$mode.2" || same=DIFFERENT
  awk -v m="$mode" -v t1="$t1" -v t2="$t2" -v m1="$m1" -v m2="$m2" -v s="$same" 'BEGIN {
    printf "%-5s --jobs 1: %6.2f s  %5.1f MB peak | --jobs 2: %6.2f s  %5.1f MB peak | speed-up %.2fx | outputs %s\n",
      m, t1, m1 / 1024, t2, m2 / 1024, t1 / t2, s }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
