#!/usr/bin/env bash
# Runs every fuzz target for a short while and fails on any crash, hang or
# memory blow-up. Installs cargo-fuzz and the nightly toolchain when they
# are missing. Called from .ci/run; also fine by hand.
#
#   fuzz/ci.sh            # 30 s per target
#   FUZZ_SECONDS=300 fuzz/ci.sh
#
# One fuzzer process at a time. Total about 5 minutes with a cold build.
set -euo pipefail
cd "$(dirname "$0")"
secs=${FUZZ_SECONDS:-30}

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "== installing the nightly toolchain"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

echo "== seeding"
./seed.sh
echo "== building the fuzz targets"
cargo +nightly fuzz build

failed=()
for t in $(cargo +nightly fuzz list); do
  echo "== fuzzing $t for ${secs} s"
  log=$(mktemp)
  # -timeout: one input taking 20 s is a hang; -rss_limit_mb: 2 GiB is a
  # blow-up (libFuzzer's default, stated here on purpose).
  if cargo +nightly fuzz run "$t" -- \
      -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
      -print_final_stats=1 >"$log" 2>&1; then
    # The last status line (`DONE` when the run got past loading the
    # corpus) and the number of inputs run.
    grep -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1 || true
    grep -E '^stat::number_of_executed_units' "$log" || true
  else
    echo "!! $t failed:"
    grep -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)' "$log" | tail -n 60
    failed+=("$t")
  fi
  rm -f "$log"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found crashes in: ${failed[*]} (inputs in fuzz/artifacts/<target>/)" >&2
  exit 1
fi
echo "fuzzing: every target ran ${secs} s without a crash"
