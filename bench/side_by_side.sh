#!/usr/bin/env bash
# Side by side in one run, on the same articles: precis in process (bench_pipeline_throughput,
# with OTS in the same process when libots is built in), precis batch mode (-j 1 and -j 2,
# output to a file), an optional other precis build (PRECIS_OTHER=/path/to/build: its
# bench_pipeline_throughput and precis), and bench/textrank_python.py (a plain Python TextRank
# written for this bench; summa itself is not installable here). Best of RUNS (default 3).
#
#   bash bench/side_by_side.sh [build] [FILE.jsonl]
#
# Default FILE: ../shared/eval/bbc_news_summary.jsonl, else the repository's own texts
# (examples/data, tests/data/extract) as JSON Lines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
file="${2:-$here/../../shared/eval/bbc_news_summary.jsonl}"
runs="${RUNS:-3}"
py=/usr/bin/python3
out=$(mktemp); times=$(mktemp); shipped=$(mktemp --suffix=.jsonl); trap 'rm -f "$out" "$times" "$shipped"' EXIT
if [ ! -f "$file" ]; then
  [ $# -ge 2 ] && { echo "side_by_side: no $file" >&2; exit 1; }
  "$py" -c 'import json,pathlib,sys
root = pathlib.Path(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for p in sorted(root.glob("examples/data/*.txt")) + sorted(root.glob("tests/data/extract/*.txt")):
        f.write(json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8", errors="replace")}) + "\n")' "$here/.." "$shipped"
  file="$shipped"
fi
mb=$("$py" -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip())/1e6)' "$file")

# Best wall and CPU seconds of a command over $runs runs.
best() {
  local w=1e9 c=1e9
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$times" -f "%e %U %S" "$@" >/dev/null 2>&1
    read -r e u s < "$times"
    w=$("$py" -c "print(min($w,$e))"); c=$("$py" -c "print(min($c,$u+$s))")
  done
  echo "$w $c"
}
batch() {  # name, precis binary, threads
  read -r w c < <(best "$2" summarize --jsonl -j "$3" "$file" -o "$out")
  printf '%-44s %6.2f s wall %6.2f s CPU = %5.1f MB/s wall, %5.1f MB/s CPU\n' "$1" "$w" "$c" \
    "$("$py" -c "print($mb/max($w,1e-3))")" "$("$py" -c "print($mb/max($c,1e-3))")"
}
echo "texts: $mb MB ($file)"
"$build/bench/bench_pipeline_throughput" --runs "$runs" --no-split "$file" 2>/dev/null
if [ -n "${PRECIS_OTHER:-}" ]; then
  echo "other build ($PRECIS_OTHER):"
  "$PRECIS_OTHER/bench/bench_pipeline_throughput" --runs "$runs" --no-ots "$file" 2>/dev/null | grep 'precis summarize'
fi
batch "precis summarize --jsonl -j 1 (this build)" "$build/precis" 1
batch "precis summarize --jsonl -j 2 (this build)" "$build/precis" 2
if [ -n "${PRECIS_OTHER:-}" ]; then
  batch "precis summarize --jsonl -j 1 (other build)" "$PRECIS_OTHER/precis" 1
  batch "precis summarize --jsonl -j 2 (other build)" "$PRECIS_OTHER/precis" 2
fi
"$py" "$here/textrank_python.py" --runs "$runs" "$file"
