#!/usr/bin/env bash
# Builds each fuzz target's seed corpus in fuzz/corpus/<target>/: see seed.py.
exec python3 "$(dirname "$0")/seed.py" "$@"
