#!/usr/bin/env bash
# Output and pipe failures are I/O errors (exit 74) with a message, never a silent death:
# a closed pipe (D7: SIGPIPE is ignored, EPIPE is reported), /dev/full, a closed stdout, a
# FIFO whose writer goes away early (its bytes so far are the input), in every mode.
set -uo pipefail
precis=$1
tmp=$(mktemp -d /tmp/precis_io.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check NAME WANT GOT [STDERR_FILE PATTERN]
  if [ "$2" != "$3" ]; then echo "FAIL: $1: exit $3, want $2"; fail=1; return; fi
  if [ $# -ge 5 ] && ! grep -q -- "$5" "$4"; then echo "FAIL: $1: stderr lacks '$5':"; cat "$4"; fail=1; return; fi
  echo "ok: $1 (exit $3)"
}
# A text long enough that its output exceeds a pipe buffer (64 KiB).
for i in $(seq 1 3000); do echo "Sentence number $i says the two sides agreed to cooperate."; done > "$tmp/big.txt"
python3 - "$tmp/big.txt" > "$tmp/big.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines(keepends=True)
for i in range(200):  # whole sentences only: this test is about output errors
    print(json.dumps({"id": i, "text": "".join(lines[: 30 + i % 20])}))
PY

"$precis" sentences "$tmp/big.txt" 2> "$tmp/err" | head -c1 > /dev/null
check "sentences | head -c1" 74 "${PIPESTATUS[0]}" "$tmp/err" "precis: <stdout>: write error: Broken pipe"
"$precis" summarize --jsonl -j 2 "$tmp/big.jsonl" 2> "$tmp/err" | head -n1 > /dev/null
check "summarize --jsonl | head -n1" 74 "${PIPESTATUS[0]}" "$tmp/err" "write error: Broken pipe"
"$precis" extract --format json "$tmp/big.txt" "$tmp/big.txt" 2> "$tmp/err" | true
check "extract | true (reader gone)" 74 "${PIPESTATUS[0]}" "$tmp/err" "Broken pipe"

"$precis" sentences "$tmp/big.txt" > /dev/full 2> "$tmp/err"
check "sentences > /dev/full" 74 $? "$tmp/err" "No space left on device"
"$precis" summarize --jsonl "$tmp/big.jsonl" > /dev/full 2> "$tmp/err"
check "summarize --jsonl > /dev/full" 74 $? "$tmp/err" "No space left on device"
"$precis" summarize "$tmp/big.txt" >&- 2> "$tmp/err"
check "summarize >&- (stdout closed)" 74 $? "$tmp/err" "write error"

# A FIFO whose writer writes a little and closes: what was written is the whole input.
mkfifo "$tmp/fifo"
( printf 'One sentence here. And another.' > "$tmp/fifo" ) &
"$precis" sentences "$tmp/fifo" > "$tmp/out" 2> "$tmp/err"
check "FIFO closed early" 0 $?
grep -q "And another." "$tmp/out" || { echo "FAIL: FIFO input lost"; fail=1; }
( head -n 3 "$tmp/big.jsonl" > "$tmp/fifo" ) &
"$precis" summarize --jsonl < "$tmp/fifo" > "$tmp/out" 2> "$tmp/err"
check "batch from a FIFO closed early" 0 $?
[ "$(wc -l < "$tmp/out")" -eq 3 ] || { echo "FAIL: batch from FIFO lost lines"; fail=1; }
wait
exit $fail
