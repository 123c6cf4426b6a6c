#!/usr/bin/env python3
"""Metadata fields of `precis` against a layout gold set (../shared/eval/layout-dev format).

  /usr/bin/python3 bench/score_layout_fields.py [--precis build/precis] [--shared ../shared] [-v]

Adds to the shared scorer (tools/score_layout.py: date, speakers, headings, leaks, boilerplate)
the fields it does not score: title accuracy (whitespace collapsed), dateline accuracy (trimmed),
agency accuracy, each over all documents (a null gold is matched by a null answer), and
transcript-label precision/recall (the distinct labels of `precis sentences --format json`,
kind "label", against the gold's `transcript_labels`). Date accuracy and speakers P/R (by family
name) are repeated so one run shows every metadata figure. Prints one line per field; -v lists
every mismatch. Exits 0 with a message when the shared folder is missing.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def family(name):
    w = norm(name).lower().replace(".", "").split()
    return w[-1] if w else ""


def run_json(cmd):
    r = subprocess.run(cmd, capture_output=True, timeout=120)
    try:
        return json.loads(r.stdout)
    except json.JSONDecodeError:
        return {}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--precis", default=os.path.join(HERE, "..", "build", "precis"))
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("-v", action="store_true", help="list every mismatch")
    a = ap.parse_args()
    gold_dir = os.path.join(a.shared, "eval", "layout-dev")
    gold_path = os.path.join(gold_dir, "gold.jsonl")
    if not os.path.exists(gold_path):
        print(f"score_layout_fields: skipped: {gold_path} not found (the shared eval folder is missing)")
        return 0
    if not os.access(a.precis, os.X_OK):
        print(f"score_layout_fields: {a.precis} is not an executable; build first (bash .ci/setup)", file=sys.stderr)
        return 2

    ok = {"title": 0, "dateline": 0, "agency": 0}
    docs = n_date = ok_date = 0
    lab_tp = lab_fp = lab_fn = 0
    sp_tp = sp_fp = sp_fn = 0
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        docs += 1
        ext = ".md" if g.get("format") == "markdown" else ".txt"
        path = os.path.join(gold_dir, "texts", g["id"] + ext)
        out = run_json([a.precis, "summarize", "--format", "json", path])
        meta = out.get("meta") or {}
        for field, key in (("title", "title"), ("dateline", "dateline"), ("agency", "source_agency")):
            want, got = g.get(field), meta.get(key)
            same = (want is None and got is None) or (want is not None and got is not None and norm(want) == norm(got))
            ok[field] += same
            if a.v and not same:
                print(f"{g['id']}: {field} {got!r} vs gold {want!r}")
        if g.get("date"):
            n_date += 1
            ok_date += meta.get("date") == g["date"]
            if a.v and meta.get("date") != g["date"]:
                print(f"{g['id']}: date {meta.get('date')!r} vs gold {g['date']!r}")
        gs = {family(x) for x in g.get("speakers", [])}
        ps = {family(x) for x in (meta.get("speakers") or [])}
        sp_tp += len(gs & ps); sp_fp += len(ps - gs); sp_fn += len(gs - ps)
        if a.v and gs != ps:
            print(f"{g['id']}: speakers extra {sorted(ps - gs)} missing {sorted(gs - ps)}")
        sents = run_json([a.precis, "sentences", "--format", "json", path]).get("sentences") or []
        labels = []
        for s in sents:
            if s.get("kind") == "label":
                t = norm(s.get("text"))
                if t not in labels:
                    labels.append(t)
        gl = [norm(x) for x in g.get("transcript_labels", [])]
        lab_tp += len(set(labels) & set(gl)); lab_fp += len(set(labels) - set(gl)); lab_fn += len(set(gl) - set(labels))
        if a.v and set(labels) != set(gl):
            print(f"{g['id']}: labels extra {sorted(set(labels) - set(gl))} missing {sorted(set(gl) - set(labels))}")

    def pr(tp, fp, fn):
        return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)

    lp, lr = pr(lab_tp, lab_fp, lab_fn)
    sp, sr = pr(sp_tp, sp_fp, sp_fn)
    print(f"title     {ok['title']}/{docs}")
    print(f"date      {ok_date}/{n_date} (documents with a gold date)")
    print(f"dateline  {ok['dateline']}/{docs}")
    print(f"agency    {ok['agency']}/{docs}")
    print(f"speakers  P={sp:.2f} R={sr:.2f} ({sp_tp} right, {sp_fp} extra, {sp_fn} missing; by family name)")
    print(f"labels    P={lp:.2f} R={lr:.2f} ({lab_tp} right, {lab_fp} extra, {lab_fn} missing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
