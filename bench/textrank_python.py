#!/usr/bin/env python3
"""A plain Python TextRank, written for this bench as a stand-in for summa (which is neither in
Debian nor installable here): the algorithm summa implements (Mihalcea & Tarau 2004 sentence
graph, overlap / (log |Si| + log |Sj|), PageRank with damping 0.85), in pure Python without
stemming. It is NOT summa; label its figures as this script's.

    /usr/bin/python3 bench/textrank_python.py [--runs 3] [--sentences 3] [FILE.jsonl]

Without a file: ../shared/eval/bbc_news_summary.jsonl (the "text" of each line), else the
repository's own texts (examples/data, tests/data/extract). Prints MB/s
of the texts (CPU time, best of --runs) and documents/s.
"""
import argparse
import json
import math
import pathlib
import re
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOP = set("""a an the and or but if of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here
there when where why how all any both each few more most other some such no nor not only own same
so than too very s t can will just don should now i me my we our you your he him his she her it
its they them their what which who whom this that these those am is are was were be been being
have has had having do does did doing would could said says""".split())


def summarize(text, k):
    sentences = [s for s in SENTENCE.split(text.strip()) if s.strip()]
    bags = [set(w for w in WORD.findall(s.lower()) if w not in STOP) for s in sentences]
    n = len(sentences)
    if n == 0:
        return []
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if len(bags[i]) > 1 and len(bags[j]) > 1:
                shared = len(bags[i] & bags[j])
                if shared:
                    weights[i][j] = weights[j][i] = shared / (math.log(len(bags[i])) + math.log(len(bags[j])))
    out = [sum(row) for row in weights]
    score = [1.0 / n] * n
    for _ in range(100):
        new = [0.15 / n + 0.85 * sum(weights[j][i] * score[j] / out[j] for j in range(n) if out[j] > 0)
               for i in range(n)]
        done = sum(abs(a - b) for a, b in zip(new, score)) < 1e-4
        score = new
        if done:
            break
    best = sorted(range(n), key=lambda i: -score[i])[:k]
    return [sentences[i] for i in sorted(best)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("file", nargs="?")
    a = ap.parse_args()
    default = ROOT.parent / "shared/eval/bbc_news_summary.jsonl"
    if a.file or default.exists():
        texts = [json.loads(line)["text"] for line in open(a.file or default, encoding="utf-8") if line.strip()]
    else:
        files = sorted(ROOT.glob("examples/data/*.txt")) + sorted(ROOT.glob("tests/data/extract/*.txt"))
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    if not texts:
        raise SystemExit("textrank_python: no texts")
    best = float("inf")
    for _ in range(max(a.runs, 1)):
        t0 = time.process_time()
        for t in texts:
            summarize(t, a.sentences)
        best = min(best, time.process_time() - t0)
    print(f"python textrank (this bench's stand-in for summa, not summa): {len(texts)} documents, "
          f"{size:.2f} MB in {best:.3f} s CPU (best of {a.runs}) = {size / max(best, 1e-6):.3f} MB/s, {len(texts) / max(best, 1e-6):.0f} docs/s")


if __name__ == "__main__":
    main()
