#!/bin/sh
# Checks precis::rouge (bench_rouge_check) against the referee ../shared/tools/rouge.py,
# document by document, with --stem, on both eval sets (SummEval k=3, BBC k=7) and three
# systems (lead-k, last-k, seeded random-k).
#
#   sh agreement.sh --check path/to/bench_rouge_check --shared path/to/shared [--limit N]
#
# --limit N: first N documents of each set (0 = all, the acceptance run).  Exit 0 when every
# document agrees within 0.001 on R, P and F of ROUGE-1/2/L, 1 otherwise, 77 (skip) when
# python3 or the shared directory is missing, 2 on bad usage.
set -u

check=""
shared=""
limit=100
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    --limit) limit="$2"; shift 2 ;;
    *) echo "agreement.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$check" ] || [ -z "$shared" ]; then
  echo "usage: agreement.sh --check BENCH_ROUGE_CHECK --shared SHARED_DIR [--limit N]" >&2
  exit 2
fi
if [ ! -f "$shared/tools/rouge.py" ] || [ ! -f "$shared/tools/sentsplit.py" ] \
   || [ ! -f "$shared/eval/summeval_cnndm.jsonl" ] || [ ! -f "$shared/eval/bbc_news_summary.jsonl" ]; then
  echo "SKIP: $shared (rouge.py, sentsplit.py and the eval sets) is not available" >&2
  exit 77
fi
python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
  echo "SKIP: $python not found; the referee rouge.py needs it" >&2
  exit 77
fi
if [ ! -x "$check" ]; then
  echo "agreement.sh: $check is not built" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/precis-rouge.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

now_ms() { date +%s%3N; }

status=0
for spec in summeval_cnndm:3 bbc_news_summary:7; do
  set_name=${spec%%:*}
  k=${spec##*:}
  dir="$tmp/$set_name"
  "$python" "$here/make_systems.py" --data "$shared/eval/$set_name.jsonl" --k "$k" \
    --shared "$shared" --out-dir "$dir" --limit "$limit" || exit 2
  for system in lead last random; do
    echo "=== $set_name, $system-$k ==="
    t0=$(now_ms)
    "$python" "$shared/tools/rouge.py" --system "$dir/$system.jsonl" --data "$dir/data.jsonl" \
      --stem --per-doc "$dir/$system.ref.jsonl" >"$dir/$system.rouge_py.txt" || exit 2
    t1=$(now_ms)
    "$check" --system "$dir/$system.jsonl" --data "$dir/data.jsonl" \
      --per-doc-ref "$dir/$system.ref.jsonl"
    rc=$?
    t2=$(now_ms)
    echo "rouge.py table:"
    cat "$dir/$system.rouge_py.txt"
    echo "wall time: rouge.py $((t1 - t0)) ms, bench_rouge_check $((t2 - t1)) ms"
    if [ $rc -ne 0 ]; then
      echo "FAIL: $set_name $system-$k disagrees with rouge.py (exit $rc)"
      status=1
    fi
  done
done
if [ $status -eq 0 ]; then
  echo "OK: every document agrees with rouge.py"
fi
exit $status
