#!/usr/bin/env bash
# D6: when the system refuses threads (here: an address-space limit too small for 256 thread
# stacks of 1 GB each), batch mode goes on with the threads it got, says so once, and loses no line.
set -euo pipefail
precis=$1
tmp=$(mktemp -d /tmp/precis_threads.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 600); do
  printf '{"id":%d,"text":"First, the sides met in round %d. Second, they agreed on trade."}\n' "$i" "$i"
done > "$tmp/in.jsonl"
"$precis" summarize --jsonl -j 1 < "$tmp/in.jsonl" > "$tmp/one"
rc=0
( ulimit -s 1000000; ulimit -v 2600000; "$precis" summarize --jsonl -j 256 < "$tmp/in.jsonl" > "$tmp/many" 2> "$tmp/err" ) || rc=$?
[ "$rc" = 0 ] || { echo "FAIL: exit $rc"; cat "$tmp/err"; exit 1; }
grep -q "could not start thread" "$tmp/err" || { echo "FAIL: no warning (the limit did not bite?)"; cat "$tmp/err"; exit 1; }
[ "$(grep -c "could not start thread" "$tmp/err")" = 1 ] || { echo "FAIL: warned more than once"; exit 1; }
cmp "$tmp/one" "$tmp/many" || { echo "FAIL: output differs from -j 1"; exit 1; }
echo "ok: $(cat "$tmp/err")"
