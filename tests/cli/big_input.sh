#!/usr/bin/env bash
# A 100 MB file with no punctuation and no newline: precis must finish (no hang) with memory
# bounded to a small multiple of the input (enforced with an address-space limit of 9x).
set -euo pipefail
precis=$1
f=$(mktemp /tmp/precis_big.XXXXXX)
trap 'rm -f "$f"' EXIT
yes "policy trade relations cooperation dialogue" | tr '\n' ' ' | head -c 100000000 > "$f" || true
size=$(stat -c %s "$f")
[ "$size" -eq 100000000 ] || { echo "could not generate input"; exit 1; }
limit_kb=$(( size * 9 / 1024 ))
start=$(date +%s)
( ulimit -v "$limit_kb"; timeout 120 "$precis" sentences "$f" > /dev/null )
echo "100 MB without punctuation: ok in $(( $(date +%s) - start )) s under a ${limit_kb} KiB address-space limit"
