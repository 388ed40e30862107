//! The MSRV holds with the committed lockfile: no locked package asks for a
//! newer Rust than this crate's `rust-version`.
//!
//! Checked with the installed toolchain, none downloaded: `cargo metadata
//! --locked` gives every locked package's own `rust-version`. (The code's
//! use of the standard library is checked by clippy's `incompatible_msrv`
//! lint, on by default, which reads the same `rust-version`.) Regenerate a
//! lockfile that passes with
//! `CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo update`.

use std::process::Command;

/// `1.85`, `1.85.0` → `(1, 85, 0)`.
fn version(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = text.split('.').map(str::parse::<u64>);
    let major = parts.next()?.ok()?;
    let minor = parts.next().unwrap_or(Ok(0)).ok()?;
    let patch = parts.next().unwrap_or(Ok(0)).ok()?;
    Some((major, minor, patch))
}

#[test]
fn versions_compare_by_number() {
    assert_eq!(version("1.85"), Some((1, 85, 0)));
    assert!(version("1.85.0") <= version("1.85"));
    assert!(version("1.9") < version("1.85"));
    assert!(version("1.86") > version("1.85"));
    assert_eq!(version("x"), None);
}

#[test]
fn locked_dependencies_build_on_our_msrv() {
    let ours = env!("CARGO_PKG_RUST_VERSION");
    let msrv = version(ours).expect("Cargo.toml sets rust-version");
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        // Without the network, packages not yet downloaded cannot be read;
        // a lockfile out of date with Cargo.toml is a failure.
        assert!(
            !stderr.contains("--locked"),
            "Cargo.lock needs updating: {stderr}"
        );
        eprintln!("SKIPPED: `cargo metadata` failed (offline?): {stderr}");
        return;
    }
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
    let packages = meta["packages"].as_array().expect("a package list");
    assert!(packages.len() > 20, "the whole dependency graph is listed");
    let mut too_new = Vec::new();
    for p in packages {
        let Some(needs) = p["rust_version"].as_str() else {
            continue;
        };
        if version(needs).is_none_or(|v| v > msrv) {
            too_new.push(format!("{} {} needs {needs}", p["name"], p["version"]));
        }
    }
    assert!(
        too_new.is_empty(),
        "locked packages newer than rust-version {ours}: {}",
        too_new.join(", ")
    );
}
