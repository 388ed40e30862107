# Helpers the bench scripts source; not a script of its own. They run from
# the crate's root with CORPUS set.

# preflight NAME: ends the script quietly when there is no corpus, and with
# a message when /usr/bin/time is missing.
preflight() {
  if [ ! -d "$CORPUS" ]; then
    echo "$1: skipped, no corpus at $CORPUS (set CORPUS=dir)" >&2
    exit 0
  fi
  if [ ! -x /usr/bin/time ]; then
    echo "$1: /usr/bin/time is missing (apt-get install -y time)" >&2
    exit 1
  fi
}

# corpus_once OUT: every file of the corpus once, in name order, each
# ending with a line end.
corpus_once() {
  find "$CORPUS" -name '*.md' -type f | LC_ALL=C sort | while read -r f; do
    cat "$f"
    [ -z "$(tail -c1 "$f")" ] || echo
  done > "$1"
}

# corpus_stream DIR MB: DIR/stream.md, whole copies of the corpus (from
# DIR/once.md, made here) adding up to at least MB decimal megabytes;
# prints the number of copies.
corpus_stream() {
  local dir=$1 mb=$2 once copies
  corpus_once "$dir/once.md"
  once=$(stat -c %s "$dir/once.md")
  copies=$(( mb * 1000000 / once + 1 ))
  for _ in $(seq "$copies"); do cat "$dir/once.md"; done > "$dir/stream.md"
  echo "$copies"
}
