#!/usr/bin/env bash
# CPU seconds (user + system) to compile each public header alone, as a user's TU would:
#   bash bench/header_times.sh [CXX=c++]     (from the repository root; best of 3 each)
set -euo pipefail
cxx=${1:-c++}
cd "$(dirname "$0")/.."
printf '| header | CPU s |\n|---|---|\n'
for h in $(cd include && find precis -name '*.hpp' | sort); do
  best=999
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f '%U %S' "$cxx" -std=c++20 -O2 -Iinclude -fsyntax-only -x c++ - <<< "#include <$h>" ; } 2>&1 | tail -1 | awk '{print $1 + $2}')
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
  done
  printf '| %s | %.2f |\n' "$h" "$best"
done
