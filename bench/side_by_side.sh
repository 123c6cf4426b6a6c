#!/usr/bin/env bash
# Side by side in one run, on the same articles: precis in process (bench_pipeline_throughput,
# with OTS in the same process when libots is built in), precis batch mode (-j 1 and -j 2,
# output to a file), an optional other precis build (PRECIS_OTHER=/path/to/build: its
# bench_pipeline_throughput and precis), bench/textrank_python.py (a plain Python TextRank
# written for this bench, not summa) and, when /usr/bin/python3 can import summa (pip install
# summa, or PYTHONPATH pointing at a copy of the package), summa itself through
# bench/summa_speed.py: summarizer.summarize(text, ratio=0.2) on every article in one process,
# with the ratios precis/summa for precis in process (wall) and batch -j 1 (wall and CPU).
# Without summa it says so in one line. Best of RUNS (default 3).
#
#   [PYTHONPATH=/dir/with/summa] bash bench/side_by_side.sh [build] [FILE.jsonl]
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
# Sets batch_wall and batch_cpu (MB/s) for the ratios against summa.
batch() {  # name, precis binary, threads
  read -r w c < <(best "$2" summarize --jsonl -j "$3" "$file" -o "$out")
  batch_wall=$("$py" -c "print($mb/max($w,1e-3))"); batch_cpu=$("$py" -c "print($mb/max($c,1e-3))")
  printf '%-44s %6.2f s wall %6.2f s CPU = %5.1f MB/s wall, %5.1f MB/s CPU\n' "$1" "$w" "$c" \
    "$batch_wall" "$batch_cpu"
}
# summa, if importable: its line, then precis/summa. The in-process ratio is wall to wall (the
# in-process bench reports wall time only); batch -j 1 is given both ways.
summa_side() {  # precis in-process MB/s (wall), batch -j 1 MB/s wall, batch -j 1 MB/s CPU
  local report status=0
  report=$("$py" "$here/summa_speed.py" --runs "$runs" "$file") || status=$?
  if [ "$status" -eq 3 ]; then echo "$report"; return 0; fi
  [ "$status" -eq 0 ] || { echo "$report"; echo "side_by_side: summa_speed.py failed ($status)" >&2; return "$status"; }
  grep -v '^summa_mb_s ' <<<"$report"
  read -r _ sw sc _ _ < <(grep '^summa_mb_s ' <<<"$report")
  "$py" -c 'import sys; i, bw, bc, sw, sc = map(float, sys.argv[1:])
print(f"precis / summa: in process {i / sw:.1f}x (wall); batch -j 1 {bw / sw:.1f}x wall, {bc / sc:.1f}x CPU")' \
    "$1" "$2" "$3" "$sw" "$sc"
}
echo "texts: $mb MB ($file)"
inproc=$("$build/bench/bench_pipeline_throughput" --runs "$runs" --no-split "$file" 2>/dev/null)
echo "$inproc"
inproc_mb=$(sed -n 's/^precis summarize: .* = \([0-9.]*\) MB\/s.*/\1/p' <<<"$inproc")
if [ -n "${PRECIS_OTHER:-}" ]; then
  echo "other build ($PRECIS_OTHER):"
  "$PRECIS_OTHER/bench/bench_pipeline_throughput" --runs "$runs" --no-ots "$file" 2>/dev/null | grep 'precis summarize'
fi
batch "precis summarize --jsonl -j 1 (this build)" "$build/precis" 1
j1_wall=$batch_wall; j1_cpu=$batch_cpu
batch "precis summarize --jsonl -j 2 (this build)" "$build/precis" 2
if [ -n "${PRECIS_OTHER:-}" ]; then
  batch "precis summarize --jsonl -j 1 (other build)" "$PRECIS_OTHER/precis" 1
  batch "precis summarize --jsonl -j 2 (other build)" "$PRECIS_OTHER/precis" 2
fi
"$py" "$here/textrank_python.py" --runs "$runs" "$file"
summa_side "$inproc_mb" "$j1_wall" "$j1_cpu"
