#!/usr/bin/env python3
"""Builds each fuzz target's seed corpus in fuzz/corpus/<target>/.

Sources: the dev corpus and the dialects' files beside the crate
(../shared/corpus/dev, ../shared/corpus/dialects) and the hand-written seeds
committed in fuzz/seeds/<target>/. Idempotent: files are named by the SHA-1
of their content, so running it again adds nothing twice and keeps what the
fuzzer found. (One process instead of one `sha1sum` per file: the shell
version spent minutes of CI forking.)
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "corpus")
TARGETS = ["header", "article", "reader", "roundtrip", "share", "tree"]
# reader: a case is option bytes, chunk sizes, then the stream as it is (see
# fuzz_targets/reader.rs): each stream goes in twice, once with the default
# options read in chunks of 7, 2 and 64 bytes, once with a limit of 512
# bytes, no raw body, strict UTF-8, one byte at a time.
READER_PREFIXES = [
    bytes([0x00, 0x01, 0x01, 0x00, 0x01, 0x06, 0x01, 0x01, 0x01, 0x3F, 0x00]),
    bytes([0x01, 0x00, 0x02, 0x00, 0x00, 0x01, 0x00]),
]
HREF = re.compile(rb'(?:href|src)="([^"\n]*)"')


def add(target, data):
    path = os.path.join(HERE, "corpus", target, hashlib.sha1(data).hexdigest())
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)


def files(root, suffix=""):
    out = []
    for d, _, names in os.walk(root):
        out += [os.path.join(d, n) for n in names if n.endswith(suffix)]
    return sorted(out)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    for t in TARGETS:
        os.makedirs(os.path.join(HERE, "corpus", t), exist_ok=True)
    seeds = os.path.join(HERE, "seeds")
    for t in ["header", "article", "roundtrip", "share"]:
        for p in files(os.path.join(seeds, t)):
            add(t, read(p))
    # tree: HTML; the article seeds are dumps, whose bodies are HTML.
    for p in files(os.path.join(seeds, "article")):
        add("tree", read(p))
    for p in files(os.path.join(seeds, "reader")):
        for prefix in READER_PREFIXES:
            add("reader", prefix + read(p))

    corpora = [os.path.join(SHARED, d) for d in ["dev", "dialects"]]
    corpora = [d for d in corpora if os.path.isdir(d)]
    if not corpora:
        print("seed.py: no dev corpus at ../shared/corpus; using the "
              "hand-written seeds only", file=sys.stderr)
    hrefs = set()
    for root in corpora:
        for p in files(root, ".md"):
            data = read(p)
            for t in ["header", "article", "roundtrip", "tree"]:
                add(t, data)
            for prefix in READER_PREFIXES:
                add("reader", prefix + data)
            # share: every href and src attribute value, one a file.
            hrefs.update(HREF.findall(data))
    for h in sorted(hrefs):
        add("share", h)
    for t in TARGETS:
        n = len(os.listdir(os.path.join(HERE, "corpus", t)))
        print(f"corpus/{t}: {n} files")


if __name__ == "__main__":
    main()
