#!/usr/bin/env python3
"""Times summa (the Python TextRank, `pip install summa`) on the articles of a JSON Lines file,
so that bench/side_by_side.sh can set its MB/s beside precis's in the same run. summa is not a
dependency of precis and none of its code is in this repository: this script only imports it
(installed, or found through PYTHONPATH) and calls its public API.

    /usr/bin/python3 bench/summa_speed.py [--runs 3] [--ratio 0.2] FILE.jsonl

The call timed is summa.summarizer.summarize(text, ratio=0.2) on the "text" of every line, the
call a user makes with summa's defaults. On the BBC set that keeps 3.2 of 17.8 sentences per
article where precis's bench keeps 7, but summa's cost (a graph over every pair of sentences,
then an eigenvector) does not depend on how many it keeps. All articles run in this one
process, after the import and the file read, so the figure is summa's own work, like precis's
in-process figure and unlike batch mode's, which includes start-up and I/O. Best of --runs,
wall (perf_counter) and CPU (process_time: every thread of the process, so a multithreaded
BLAS under scipy's eig is counted in full).

Prints one line for people and one `summa_mb_s WALL CPU SECONDS_WALL SECONDS_CPU` line for the
script. Without summa it prints one line saying how to get it and exits with status 3.
"""
import argparse
import json
import time

NOT_FOUND = 3


def import_summarizer():
    """summa's summarizer module, or None: the bench must run without it."""
    try:
        from summa import summarizer
    except ImportError:
        return None
    return summarizer


def read_texts(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def best_times(summarize, texts, ratio, runs):
    """Best wall and best CPU seconds over the runs; the two minima may come from different
    runs, as in side_by_side.sh's timing of the other commands."""
    wall = cpu = float("inf")
    for _ in range(max(runs, 1)):
        w0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            summarize(text, ratio=ratio)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--ratio", type=float, default=0.2)
    ap.add_argument("file")
    a = ap.parse_args()
    summarizer = import_summarizer()
    if summarizer is None:
        print("summa: not found, not measured (to compare with it: pip install summa, "
              "or PYTHONPATH=<directory holding the summa package>)")
        raise SystemExit(NOT_FOUND)
    texts = read_texts(a.file)
    if not texts:
        raise SystemExit("summa_speed: no texts in " + a.file)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    wall, cpu = best_times(summarizer.summarize, texts, a.ratio, a.runs)
    mb_wall, mb_cpu = mb / max(wall, 1e-6), mb / max(cpu, 1e-6)
    print(f"summa summarizer.summarize(text, ratio={a.ratio}) ({summarizer.__file__}): "
          f"{len(texts)} documents, {mb:.2f} MB in {wall:.2f} s wall, {cpu:.2f} s CPU "
          f"(best of {a.runs}) = {mb_wall:.3f} MB/s wall, {mb_cpu:.3f} MB/s CPU")
    print(f"summa_mb_s {mb_wall:.6f} {mb_cpu:.6f} {wall:.6f} {cpu:.6f}")


if __name__ == "__main__":
    main()
