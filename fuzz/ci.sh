#!/usr/bin/env bash
# Runs every fuzz target for a short while and fails on any crash (a panic,
# a stack overflow), hang or memory blow-up. Called from .ci/run; also fine
# by hand.
#
#   fuzz/ci.sh            # seed, build, then 30 s per target
#   fuzz/ci.sh build      # seed and build only
#   fuzz/ci.sh run        # run only (after `build`)
#   FUZZ_SECONDS=300 fuzz/ci.sh
#
# It builds the targets as `cargo fuzz build` does (libFuzzer, the same
# coverage instrumentation, `--cfg fuzzing`, release with debug assertions
# and overflow checks) but on the stable toolchain and without
# AddressSanitizer, so that CI installs neither nightly nor cargo-fuzz
# (about two minutes of a fresh machine's run). The crate forbids `unsafe`;
# what a short run looks for (panics, hangs, memory, stack depth) needs no
# sanitizer. For long runs with ASan, use `cargo +nightly fuzz run <target>`
# (fuzz/README.md).
#
# One fuzzer process at a time.
set -euo pipefail
cd "$(dirname "$0")"
secs=${FUZZ_SECONDS:-30}
what=${1:-all}
triple=$(rustc -vV | sed -n 's/^host: //p')
target_dir=${CARGO_TARGET_DIR:-target}

build() {
  echo "== seeding"
  python3 seed.py
  echo "== building the fuzz targets (stable, $triple)"
  # With --target, RUSTFLAGS reach the crates but not the build scripts.
  RUSTFLAGS="-Cpasses=sancov-module \
-Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
-Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares \
-Cllvm-args=-sanitizer-coverage-stack-depth \
-Cllvm-args=-simplifycfg-branch-fold-threshold=0 \
--cfg fuzzing -Cdebug-assertions" \
    cargo build --locked --release --target "$triple" --bins
}

run() {
  targets=$(sed -n 's/^name = "\([a-z_]*\)"$/\1/p' Cargo.toml | grep -v '^article-dump-fuzz$')
  failed=()
  for t in $targets; do
    echo "== fuzzing $t for ${secs} s"
    mkdir -p "artifacts/$t" "corpus/$t"
    log=$(mktemp)
    # -timeout: one input taking 20 s is a hang; -rss_limit_mb: 2 GiB is a
    # blow-up (libFuzzer's default, stated here on purpose).
    if "$target_dir/$triple/release/$t" "corpus/$t" \
        -artifact_prefix="artifacts/$t/" \
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
}

case $what in
  build) build ;;
  run) run ;;
  all) build && run ;;
  *) echo "usage: fuzz/ci.sh [build|run]" >&2; exit 2 ;;
esac
