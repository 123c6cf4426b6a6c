#!/usr/bin/env python3
"""Per-call cost of the Python module against the C++ API (run bench_call_overhead for the
C++ side on the same file).

    PYTHONPATH=build/python /usr/bin/python3 bench/python_overhead.py [--calls 2000] [--runs 5] [FILE]

Prints CPU microseconds per call of precis._core.summarize_json (the C++ call and its JSON, plus
argument conversion), precis.summarize (plus json.loads and the result object), and
precis.summarize(...).to_dict(); and, for summarize_many, per text on 1 and 2 threads.
"""
import argparse
import pathlib
import time

import precis
from precis import _core

ROOT = pathlib.Path(__file__).resolve().parents[1]


def best(runs, calls, f):
    """CPU microseconds per call (the machine may be shared: CPU time measures the call)."""
    b = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        for _ in range(calls):
            f()
        b = min(b, time.process_time() - t0)
    return 1e6 * b / calls


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("file", nargs="?", default=str(ROOT / "examples/data/joint_statement.txt"))
    p.add_argument("--calls", type=int, default=2000)
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    text = pathlib.Path(a.file).read_text(encoding="utf-8")
    core = best(a.runs, a.calls, lambda: _core.summarize_json(text, None, None, None, "overlap", 10, False, True, "auto", "<string>", None))
    obj = best(a.runs, a.calls, lambda: precis.summarize(text))
    dct = best(a.runs, a.calls, lambda: precis.summarize(text).to_dict())
    print(f"Python {a.file} ({len(text.encode())} bytes): _core.summarize_json {core:.1f} us/call, "
          f"precis.summarize {obj:.1f} us/call, precis.summarize().to_dict() {dct:.1f} us/call")
    for threads in (1, 2):
        n = a.calls * 2
        t0 = time.perf_counter()
        for _ in precis.summarize_many((text for _ in range(n)), threads=threads):
            pass
        print(f"summarize_many, {threads} thread(s): {1e6 * (time.perf_counter() - t0) / n:.1f} us/text")


if __name__ == "__main__":
    main()
