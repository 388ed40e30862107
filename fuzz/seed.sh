#!/usr/bin/env bash
# Builds each fuzz target's seed corpus in fuzz/corpus/<target>/ from the dev
# corpus and the dialects' files (../shared/corpus/dev and
# ../shared/corpus/dialects beside the crate) and the hand-written seeds
# committed in fuzz/seeds/<target>/. Idempotent: files are named by content
# hash, so running it again adds nothing twice and keeps what the fuzzer found.
set -euo pipefail
cd "$(dirname "$0")"
dev=../../shared/corpus/dev
corpora=()
for d in "$dev" ../../shared/corpus/dialects; do
  [ -d "$d" ] && corpora+=("$d")
done
targets=(header article reader roundtrip share tree)

# Copies stdin-listed files (NUL-separated) into $1, named by content hash.
add_files() {
  local dir=$1 f sum
  while IFS= read -r -d '' f; do
    sum=$(sha1sum "$f" | cut -c1-40)
    [ -e "$dir/$sum" ] || cp "$f" "$dir/$sum"
  done
}

# reader: a case is option bytes, chunk sizes, then the stream as it is
# (see fuzz_targets/reader.rs): each stream goes in twice, once with the
# default options read in chunks of 7, 2 and 64 bytes, once with a limit of
# 512 bytes, no raw body, strict UTF-8, one byte at a time.
add_reader_cases() {
  local f sum tmp
  tmp=$(mktemp)
  while IFS= read -r -d '' f; do
    for prefix in '\x00\x01\x01\x00\x01\x06\x01\x01\x01\x3f\x00' '\x01\x00\x02\x00\x00\x01\x00'; do
      { printf "$prefix"; cat "$f"; } > "$tmp"
      sum=$(sha1sum "$tmp" | cut -c1-40)
      [ -e "corpus/reader/$sum" ] || cp "$tmp" "corpus/reader/$sum"
    done
  done
  rm -f "$tmp"
}

for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
done
for t in header article roundtrip share; do
  find "seeds/$t" -type f -print0 | add_files "corpus/$t"
done
# tree: HTML; the article seeds are dumps, whose bodies are HTML.
find seeds/article -type f -print0 | add_files corpus/tree
find seeds/reader -type f -print0 | add_reader_cases

if [ ${#corpora[@]} -gt 0 ]; then
  for t in header article roundtrip tree; do
    find "${corpora[@]}" -type f -name '*.md' -print0 | add_files "corpus/$t"
  done
  find "${corpora[@]}" -type f -name '*.md' -print0 | add_reader_cases
  # share: every href and src attribute value of the dev corpus, one a file.
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  find "${corpora[@]}" -type f -name '*.md' -print0 |
    xargs -0 grep -ohE '(href|src)="[^"]*"' |
    sed -E 's/^(href|src)="//; s/"$//' | sort -u |
    while IFS= read -r href; do
      sum=$(printf '%s' "$href" | sha1sum | cut -c1-40)
      [ -e "corpus/share/$sum" ] || printf '%s' "$href" > "corpus/share/$sum"
    done
else
  echo "seed.sh: no dev corpus at $dev; using the hand-written seeds only" >&2
fi

for t in "${targets[@]}"; do
  echo "corpus/$t: $(find "corpus/$t" -type f | wc -l) files"
done
