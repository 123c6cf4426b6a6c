#!/usr/bin/env python3
"""Layout figures on a layout gold set (../shared/eval/layout-dev format) that the shared scorer
does not print: boilerplate recall (gold boilerplate snippets none of whose bytes precis reads as
body sentences), headings P/R by text and by start line, heading levels, transcript labels.

  bench/score_layout_blocks.py --precis build/precis [--gold G --texts T] [-v]

Exits 77 with a message when the gold set is missing (a clone without ../shared).
"""
import argparse, glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEF = os.path.join(HERE, "..", "..", "shared", "eval", "layout-dev")


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--precis", required=True)
    ap.add_argument("--gold", default=os.path.join(DEF, "gold.jsonl"))
    ap.add_argument("--texts", default=os.path.join(DEF, "texts"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(a.gold):
        print(f"skipped: no gold set at {a.gold} (needs ../shared beside the repository)")
        return 77
    bp_n = bp_ok = 0
    h_gold = h_rep = h_text = h_line = h_level = 0
    for line in open(a.gold, encoding="utf-8"):
        g = json.loads(line)
        path = glob.glob(os.path.join(a.texts, g["id"] + ".*"))[0]
        raw = open(path, "rb").read()
        out = json.loads(subprocess.run([a.precis, "sentences", "--format", "json", path],
                                        capture_output=True, check=True).stdout)
        body = [s["span"] for s in out["sentences"] if s["kind"] == "body"]
        for snip in g.get("boilerplate", []):
            needle = snip.encode("utf-8")
            i = raw.find(needle)
            while i >= 0:
                bp_n += 1
                e = i + len(needle)
                if not any(b < e and i < x for b, x in body):
                    bp_ok += 1
                elif a.v:
                    print(f"{g['id']}: boilerplate read as body: {snip[:60]!r}")
                i = raw.find(needle, i + 1)
        got = out.get("headings", [])
        h_rep += len(got)
        h_gold += len(g["headings"])
        def line_of(off):
            return raw.count(b"\n", 0, off)
        got_lines = {line_of(h["span"][0]): h for h in got}
        for h in g["headings"]:
            m = [x for x in got if norm(x["text"]) == norm(h["text"])]
            h_text += bool(m)
            x = got_lines.get(line_of(h["start_byte"]))
            h_line += x is not None
            h_level += x is not None and x["level"] == h["level"]
    print(f"boilerplate recall {bp_ok}/{bp_n} = {bp_ok / max(bp_n, 1):.2f}; headings by text R {h_text}/{h_gold}, "
          f"by line R {h_line}/{h_gold}, level right {h_level}/{h_line}; reported {h_rep}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
