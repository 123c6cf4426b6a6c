#!/usr/bin/env bash
# A fuzzing campaign: every libFuzzer target of build-asan/ (README "Robustness" builds it)
# for SECONDS each on a fresh corpus seeded from the repository, two targets at a time, at
# nice 19; prints a Markdown table (executions, exec/s, corpus, findings). Reproducers land in
# OUT/<target>-crash-*; fix each and add it to tests/fuzz/regression/<target>/.
#   bash bench/fuzz_campaign.sh [SECONDS=600] [OUT=/tmp/precis_campaign] [TARGET...]
# The options are .ci/run's: -entropic=0 (libFuzzer's entropic schedule spent 60% of the
# time in its own bookkeeping on these targets), inputs up to 4 KB, 10 s per input at most.
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
out=${2:-/tmp/precis_campaign}
shift $(( $# < 2 ? $# : 2 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document extract summarize batch_line formats)
mkdir -p "$out"
run() {
  local t=$1
  rm -rf "$out/corpus_$t"; mkdir -p "$out/corpus_$t"
  # shellcheck disable=SC2046  # the seed directories are space-separated on purpose
  nice -n 19 build-asan/tests/fuzz/fuzz_"$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -max_len=4096 -entropic=0 -dict=tests/fuzz/precis.dict -artifact_prefix="$out/$t-" \
    -print_final_stats=1 "$out/corpus_$t" tests/fuzz/regression/"$t" $(cat build-asan/tests/fuzz/fuzz_"$t".seeds) \
    > "$out/$t.log" 2>&1
  echo $? > "$out/$t.rc"
}
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  (( i + 1 < ${#targets[@]} )) && run "${targets[i+1]}" &
  wait
done
echo "| target | executions | seconds | exec/s | corpus at the end | findings |"
echo "|---|---|---|---|---|---|"
for t in "${targets[@]}"; do
  n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log")
  s=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$out/$t.log")
  c=$(find "$out/corpus_$t" -type f | wc -l)
  f=$(find "$out" -maxdepth 1 -name "$t-*" | wc -l)
  printf '| `%s` | %s | %s | %s | %s | %s |\n' "$t" "${n:-?}" "${s:-?}" \
    "$([ -n "$n" ] && [ -n "$s" ] && [ "$s" -gt 0 ] && echo $(( n / s )) || echo '?')" "$c" \
    "$f$([ "$(cat "$out/$t.rc")" = 0 ] || echo " (exit $(cat "$out/$t.rc"))")"
done
