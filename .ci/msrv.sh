#!/usr/bin/env bash
# The MSRV (`rust-version` in Cargo.toml) checked with the installed
# toolchain, nothing downloaded but crates:
# - every package in Cargo.lock declares a `rust-version` no newer than ours
#   (tests/msrv.rs reads `cargo metadata --locked`);
# - the code uses no standard library item newer than ours (clippy's
#   `incompatible_msrv`, on by default, reads `rust-version`; denied here).
# A lockfile that fails the first: regenerate it with
#   CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo update
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== locked dependencies' rust-version"
cargo test --locked --test msrv
echo "== clippy incompatible_msrv"
cargo clippy --locked --all-targets -- -D clippy::incompatible_msrv
