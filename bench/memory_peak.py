#!/usr/bin/env python3
"""Peak memory of `precis summarize|extract|sentences` on a large news text, as a multiple
of the input size (issue 10, D8: summarize must stay within 8x on 200 MB).

The text is the BBC articles of ../shared/eval/bbc_news_summary.jsonl concatenated (repeated
to the size asked) when that file exists, else our own statements (tests/data/extract,
examples/data) concatenated the same way, so the bench runs in a clone without ../shared.
Peak RSS is each run's own (wait4's rusage), in MB of 10^6 bytes like the input size.

  python3 bench/memory_peak.py [--precis build/precis] [--mb 200] [--max-ratio 8]
                               [--commands summarize,extract,sentences] [--source bbc|own]
Exit 1 when a command's ratio exceeds --max-ratio (for summarize only, as the issue states).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def texts(source):
    bbc = os.path.join(ROOT, "..", "shared", "eval", "bbc_news_summary.jsonl")
    if source in ("auto", "bbc") and os.path.exists(bbc):
        with open(bbc, encoding="utf-8") as f:
            return "BBC news (../shared/eval)", [json.loads(line)["text"] for line in f if line.strip()]
    if source == "bbc":
        sys.exit("memory_peak: ../shared/eval/bbc_news_summary.jsonl not found")
    out = []
    for d in ("tests/data/extract", "examples/data"):
        for name in sorted(os.listdir(os.path.join(ROOT, d))):
            if name.endswith(".txt"):
                with open(os.path.join(ROOT, d, name), encoding="utf-8") as f:
                    out.append(f.read())
    return "our own statements (tests/data, examples/data)", out


def make_input(path, size, docs):
    """Writes whole documents, separated by blank lines, up to `size` bytes (never a cut
    character: the last document is cut at a paragraph break or left out)."""
    blob = "\n\n".join(d.strip() for d in docs).encode("utf-8") + b"\n\n"
    written = 0
    with open(path, "wb") as f:
        while written + len(blob) <= size:
            f.write(blob)
            written += len(blob)
        rest = blob[: size - written]
        cut = rest.rfind(b"\n\n")
        if cut > 0:
            f.write(rest[: cut + 2])
            written += cut + 2
    return written


def peak_of(cmd):
    """Exit code, peak RSS in bytes and wall seconds of one run (wait4: this child's own rusage)."""
    t = time.time()
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(cmd, stdout=null)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, usage.ru_maxrss * 1024, time.time() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--precis", default=os.path.join(ROOT, "build", "precis"))
    ap.add_argument("--mb", type=float, default=200, help="input size in MB (10^6 bytes)")
    ap.add_argument("--max-ratio", type=float, default=8.0)
    ap.add_argument("--commands", default="sentences,extract,summarize")
    ap.add_argument("--source", choices=("auto", "bbc", "own"), default="auto")
    ap.add_argument("--keep", help="write the input here and keep it")
    a = ap.parse_args()

    what, docs = texts(a.source)
    path = a.keep or tempfile.mkstemp(prefix="precis_mem_", suffix=".txt")[1]
    size = make_input(path, int(a.mb * 1e6), docs)
    print(f"input: {size / 1e6:.1f} MB of {what}, {len(docs)} documents repeated")
    status = 0
    try:
        for c in a.commands.split(","):
            rc, peak, wall = peak_of([a.precis, c, path])
            ratio = peak / size
            print(f"{c:10s} exit {rc}  peak RSS {peak / 1e6:8.0f} MB = {ratio:4.1f}x the input  "
                  f"{wall:6.1f} s wall")
            if rc != 0:
                status = 1
            if c == "summarize" and ratio > a.max_ratio:
                print(f"FAIL: summarize needs {ratio:.1f}x its input, over {a.max_ratio}x")
                status = 1
    finally:
        if not a.keep:
            os.unlink(path)
    return status


if __name__ == "__main__":
    sys.exit(main())
