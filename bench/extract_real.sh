#!/usr/bin/env bash
# Extraction on real statements (README "Extraction on real statements"): the enum-dev score,
# the seeds, our own annotated statements and the news false-positive probe, in one run.
#   bash bench/extract_real.sh [build/precis]
# Skips (exit 77) without ../shared; uses Debian's python3 (/usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/.."
precis=${1:-build/precis}
shared=../shared
py=/usr/bin/python3
if [[ ! -d $shared/eval/enum-dev ]]; then
  echo "SKIPPED: $shared/eval/enum-dev not found; this bench needs the project's ../shared folder" >&2
  exit 77
fi
echo "== enum-dev (40 real speeches)"
$py $shared/tools/score_enum.py --precis "$precis" | tail -2
echo "== seeds"
{ $py $shared/tools/check_extract.py --precis "$precis" || true; } | tail -1
# seeds.expected.json leaves bullet glyphs out of item texts; SPEC section 5 puts them in (so
# does precis): the same check with the glyph put before each bullet item's expected start.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
$py - "$shared/spec/seeds.expected.json" "$tmp/seeds.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
def walk(es):
    for e in es:
        for it in e["items"]:
            m = it.get("marker", "")
            if m and not any(c.isalnum() for c in m):
                it["starts_with"] = m + " " + it["starts_with"]
            walk(it.get("children", []))
for doc in d["documents"]:
    walk(doc["enumerations"])
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
echo "-- seeds, bullet glyphs in item texts (SPEC section 5)"
{ $py $shared/tools/check_extract.py --precis "$precis" --expected "$tmp/seeds.json" --texts $shared/seeds || true; } | tail -1
echo "== own statements (tests/data/extract)"
{ $py $shared/tools/check_extract.py --precis "$precis" --expected tests/data/extract/expected.json \
  --texts tests/data/extract || true; } | tail -1
echo "== news false-positive probe (structures reported on ordinary news articles)"
$py - "$precis" "$shared" <<'PY'
import json, os, subprocess, sys, tempfile
precis, shared = sys.argv[1], sys.argv[2]
files = [os.path.join(shared, "eval", n) for n in ("summeval_cnndm.jsonl", "bbc_news_summary.jsonl")]
articles = structures = with_any = 0
def count(es):
    return sum(1 + sum(count(it.get("children", [])) for it in e.get("items", [])) for e in es)
with tempfile.TemporaryDirectory() as tmp:
    for f in files:
        for line in open(f, encoding="utf-8"):
            art = json.loads(line)
            path = os.path.join(tmp, "a.txt")
            with open(path, "w", encoding="utf-8") as o:
                o.write(art["text"])
            r = subprocess.run([precis, "extract", "--format", "json", path], capture_output=True, text=True)
            n = count(json.loads(r.stdout).get("enumerations", [])) if r.returncode == 0 else 0
            articles += 1
            structures += n
            with_any += n > 0
print(f"probe: {structures} structures in {with_any} of {articles} articles")
PY
