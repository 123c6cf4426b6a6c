#!/usr/bin/env python3
"""Writes a JSON Lines corpus from the repository's own texts (examples/data, tests/data),
repeated to --docs records, with --bad malformed records spread through it, for trying the Dask
recipe and measuring its throughput without any external data.

    make_corpus.py OUT.jsonl [--docs 2000] [--bad 0]
"""
import argparse
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]


def texts():
    files = sorted((ROOT / "examples/data").glob("*.txt")) + sorted((ROOT / "tests/data/extract").glob("*.txt"))
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


BAD = [b"{not json at all", b'{"id": "no-text"}', b'{"id": "number", "text": 42}',
       b'{"id": "nul", "text": "a NUL \\u0000 here."}', b'{"id": "raw-bytes", "text": "bad \xff byte"}',
       b'["an", "array"]']


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out")
    p.add_argument("--docs", type=int, default=2000)
    p.add_argument("--bad", type=int, default=0, help="malformed records to mix in")
    a = p.parse_args()
    base = texts()
    every = a.docs // a.bad if a.bad else 0
    with open(a.out, "wb") as f:
        for i in range(a.docs):
            if every and i % every == every // 2:
                f.write(BAD[(i // every) % len(BAD)] + b"\n")
                continue
            name, text = base[i % len(base)]
            f.write(json.dumps({"id": f"{name}#{i}", "text": text}, ensure_ascii=False).encode() + b"\n")


if __name__ == "__main__":
    main()
