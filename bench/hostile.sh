#!/usr/bin/env bash
# The hostile-input table of issue 10 ("How it is checked"), as one script: every row runs
# precis on a hostile input and checks the exit code the README documents, that nothing
# crashed (no signal, no sanitizer or libstdc++ report, no uncaught exception), nothing hung
# (a timeout per row) and, in batch mode, that nothing was lost: exactly one output line per
# input line, in input order, each with the id echoed byte for byte (null where the README
# says so), an error record exactly on the lines that are bad.
#
#   bash bench/hostile.sh [PRECIS]        (default build/precis)
#   HOSTILE_MB=200        size of the big files (MB of 10^6 bytes)
#   HOSTILE_BLANK=1000000 blank lines
#   HOSTILE_LINE_MB=50    size of the long JSON Lines line
#   HOSTILE_TIMEOUT=900   seconds per row before it counts as a hang
# Prints a Markdown table (row, want, got, seconds, peak RSS, verdict); exit 1 if a row fails.
# Needs no ../shared: the texts are our own statements (tests/data, examples/data); the big
# files are BBC news from ../shared/eval when it is there. HOSTILE_OWN=1 uses ours for them too.
set -uo pipefail
cd "$(dirname "$0")/.."
precis=$(realpath "${1:-build/precis}")
export mb=${HOSTILE_MB:-200}  # rows read it too
blank=${HOSTILE_BLANK:-1000000}
line_mb=${HOSTILE_LINE_MB:-50}
limit=${HOSTILE_TIMEOUT:-900}
tmp=$(mktemp -d /tmp/precis_hostile.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
failed=0

# Inputs, and for each batch file the id every output line must start with (one a line).
/usr/bin/python3 - "$tmp" "$mb" "$blank" "$line_mb" <<'PY'
import json, os, sys
tmp, mb, blank, line_mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
docs = []
for d in ("tests/data/extract", "examples/data"):
    for n in sorted(os.listdir(d)):
        if n.endswith(".txt"):
            docs.append(open(os.path.join(d, n), encoding="utf-8").read().strip())
# The big files are news when ../shared has the BBC set (as bench/memory_peak.py), else ours.
bbc = "../shared/eval/bbc_news_summary.jsonl"
news = [json.loads(l)["text"].strip() for l in open(bbc, encoding="utf-8") if l.strip()] if os.path.exists(bbc) and os.environ.get("HOSTILE_OWN") != "1" else docs
blob = ("\n\n".join(news) + "\n\n").encode()

def fill(path, unit, size):
    with open(path, "wb") as f:
        written = 0
        while written + len(unit) <= size:
            f.write(unit); written += len(unit)
        rest = unit[: size - written]  # then whole paragraphs of one more copy
        if rest.rfind(b"\n\n") > 0: f.write(rest[: rest.rfind(b"\n\n") + 2])

fill(f"{tmp}/news.txt", blob, mb * 10**6)                       # whole statements, repeated
with open(f"{tmp}/medium.txt", "wb") as f:  # output errors: more output than a pipe holds
    m = (blob * (4 * 10**6 // len(blob) + 1))[: 4 * 10**6]
    f.write(m[: m.rfind(b"\n\n") + 2])
fill(f"{tmp}/words.txt", b"policy trade relations cooperation dialogue ", mb * 10**6)  # one line
fill(f"{tmp}/dots.txt", b". ", mb * 10**6)                       # 100M empty sentences
with open(f"{tmp}/blank.txt", "wb") as f: f.write(b"\n" * blank)
with open(f"{tmp}/blank_crlf.txt", "wb") as f: f.write(b"\r\n" * blank)
with open(f"{tmp}/small.txt", "w") as f: f.write(docs[0] + "\n")
with open(f"{tmp}/surrogate.txt", "wb") as f:  # U+D800 encoded as UTF-8 (CESU): invalid UTF-8
    f.write(b"The minister spoke. \xed\xa0\x80 Then he left.\n")

# Batch files: (raw line, id the output must echo, is the line bad?)
good = docs[0]
def line(id_raw, text, extra=""):
    return '{"id":%s,"text":%s%s}' % (id_raw, json.dumps(text), extra)
mixed = [
    (line("1", good), "1", False),
    ("", "null", True),                                           # blank line
    ("not json", "null", True),
    ('{"id":2,"text":' + json.dumps(good), "null", True),         # truncated object
    ("[1,2,3]", "null", True),                                    # not an object
    ('"just a string"', "null", True),
    ('{"id":3,"text":42}', "3", True),                            # bad types
    ('{"id":4,"text":null}', "4", True),
    ('{"id":5,"text":["a"]}', "5", True),
    ('{"id":6}', "6", True),
    ('{"id":true,"text":"ok."}', "null", True),
    ('{"id":{"a":1},"text":"ok."}', "null", True),
    ('{"id":"s7","text":"a \\ud800 b"}', "null", True),   # lone high surrogate
    ('{"id":"s8","text":"a \\udc00 b"}', "null", True),            # lone low surrogate
    ('{"id":"\\ud800","text":"ok."}', "null", True),               # lone surrogate in the id
    ('{"id":"s9","text":"a \\ud83d\\ude00 b. Fine."}', '"s9"', False),  # a valid pair
    ('{"id":"s10","text":"nul \\u0000 byte."}', '"s10"', True),
    ('{"id":' + "[" * 100000 + "]" * 100000 + ',"text":"ok."}', "null", True),  # nested id
    ('{"id":11,"x":' + "[" * 100000 + "]" * 100000 + ',"text":"Deep elsewhere."}', "11", False),
    (line("1.10", good), "1.10", False),
    (line("123456789012345678901234567890", good), "123456789012345678901234567890", False),
    (line('"\\u00e9t\\u00e9"', good), '"\\u00e9t\\u00e9"', False),
    (line("12", "x " * (line_mb * 10**6 // 2)), "12", False),     # the long line
    (line("13", good), "13", False),
]
with open(f"{tmp}/mixed.jsonl", "w") as f, open(f"{tmp}/mixed.ids", "w") as e:
    for raw, id_, bad in mixed:
        f.write(raw + "\n"); e.write(f"{id_} {int(bad)}\n")
big = line("1", "x " * (line_mb * 10**6 // 2))
with open(f"{tmp}/long.jsonl", "w") as f, open(f"{tmp}/long.ids", "w") as e:
    f.write(line("0", good) + "\n" + big + "\n" + line("2", good) + "\n")
    e.write("0 0\n1 0\n2 0\n")
with open(f"{tmp}/blank.jsonl", "w") as f, open(f"{tmp}/blank.ids", "w") as e:
    f.write("\n" * blank); e.write("null 1\n" * blank)
PY

# check_batch OUT IDS: one line per input line, ids in order, error records where expected.
check_batch() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys
out = open(sys.argv[1], "rb").read().split(b"\n")
if out and out[-1] == b"": out.pop()
want = [l.split(" ") for l in open(sys.argv[2]).read().splitlines()]
if len(out) != len(want):
    sys.exit(f"{len(out)} output lines for {len(want)} input lines")
for n, (o, (id_, bad)) in enumerate(zip(out, want), 1):
    if not o.startswith(b'{"id":' + id_.encode() + b","):
        sys.exit(f"line {n}: id not echoed as {id_}: {o[:80]!r}")
    rec = json.loads(o)
    if ("error" in rec) != (bad == "1"):
        sys.exit(f"line {n}: {'no ' if bad == '1' else ''}error record: {o[:120]!r}")
    if "error" in rec and rec.get("line") != n:
        sys.exit(f"line {n}: error record names line {rec.get('line')}")
PY
}

echo "| row | want | got | s | peak RSS MB | verdict |"
echo "|---|---|---|---|---|---|"
# row NAME WANT CHECK CMD...: CMD runs under bash -c with $P (precis) and $T (scratch dir);
# CHECK is a shell snippet run afterwards ($T/out, $T/err hold its output), or "-".
row() {
  local name=$1 want=$2 check=$3; shift 3
  local rc t0 t1 verdict=ok rss=-
  local timer=()
  rm -f "$tmp/time"
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -q -o "$tmp/time" -f "%M")  # Debian's `time`, if there
  t0=$(date +%s%N)
  P=$precis T=$tmp timeout -s KILL "$limit" "${timer[@]}" bash -c "$*" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  t1=$(date +%s%N)
  [ -s "$tmp/time" ] && rss=$(( $(tail -1 "$tmp/time") / 1000 ))
  if [ "$rc" = 137 ] && [ "$want" != 137 ]; then verdict="FAIL: hang or kill (timeout $limit s)"
  elif [ "$rc" != "$want" ]; then verdict="FAIL: exit $rc, want $want: $(head -c 200 "$tmp/err")"
  elif grep -qE "Sanitizer|runtime error|terminate called|Assertion|Aborted|Segmentation" "$tmp/err"; then
    verdict="FAIL: $(grep -m1 -E "Sanitizer|runtime error|terminate called|Assertion" "$tmp/err")"
  elif [ "$check" != - ] && ! msg=$(T=$tmp bash -c "$check" 2>&1); then verdict="FAIL: $msg"
  fi
  [ "$verdict" = ok ] || failed=1
  local ms=$(( (t1 - t0) / 1000000 ))
  printf '| %s | %s | %s | %d.%d | %s | %s |\n' "$name" "$want" "$rc" $((ms / 1000)) $((ms % 1000 / 100)) "$rss" "$verdict"
}
export -f check_batch

# Big files: whole statements, one 200 MB line of words, 100M empty sentences.
row "summarize ${mb} MB of news" 0 '[ -s $T/out ]' '$P summarize $T/news.txt'
row "extract ${mb} MB of news" 0 '[ -s $T/out ]' '$P extract -f json $T/news.txt'
row "sentences ${mb} MB, one line, no punctuation" 0 '[ -s $T/out ]' '$P sentences $T/words.txt'
row "summarize ${mb} MB of \". \"" 0 - '$P summarize $T/dots.txt'
row "summarize ${mb} MB from a pipe" 0 '[ -s $T/out ]' 'cat $T/news.txt | $P summarize -'
row "summarize over --max-input (file)" 65 'grep -q "over the limit" $T/err' '$P summarize --max-input $(( mb * 400 ))K $T/news.txt'
row "summarize over --max-input (pipe)" 65 'grep -q "over the limit" $T/err' 'cat $T/news.txt | $P summarize --max-input $(( mb * 400 ))K -'
# Blank lines.
row "summarize ${blank} blank lines" 0 - '$P summarize $T/blank.txt'
row "sentences ${blank} CRLF blank lines" 0 - '$P sentences -f json $T/blank_crlf.txt'
row "extract ${blank} blank lines" 0 - '$P extract $T/blank.txt'
row "--jsonl ${blank} blank lines" 65 'check_batch $T/out $T/blank.ids' '$P summarize --jsonl -j 2 $T/blank.jsonl'
# Batch mode: a ${line_mb} MB line, nested ids, bad JSON types, lone surrogates, NUL.
row "--jsonl a ${line_mb} MB line between two" 0 'check_batch $T/out $T/long.ids' '$P summarize --jsonl $T/long.jsonl'
row "--jsonl line over --max-input" 65 'grep -q "longer than" $T/out && [ $(wc -l < $T/out) = 3 ]' '$P summarize --jsonl --max-input 1M $T/long.jsonl'
row "--jsonl mixed bad lines -j 1" 65 'check_batch $T/out $T/mixed.ids' '$P summarize --jsonl -j 1 $T/mixed.jsonl'
row "--jsonl mixed bad lines -j 4" 65 'check_batch $T/out $T/mixed.ids' '$P summarize --jsonl -j 4 $T/mixed.jsonl'
row "extract --jsonl mixed bad lines" 65 'check_batch $T/out $T/mixed.ids' '$P extract --jsonl -j 2 < $T/mixed.jsonl'
row "--jsonl mixed, --repair" 65 'check_batch $T/out <(sed "s/^\"s10\" 1/\"s10\" 0/" $T/mixed.ids)' '$P summarize --jsonl --repair $T/mixed.jsonl'
row "lone surrogate as UTF-8 bytes (file)" 65 'grep -q "invalid UTF-8" $T/err' '$P summarize $T/surrogate.txt'
row "lone surrogate as UTF-8 bytes, --repair" 0 '[ -s $T/out ]' '$P summarize --repair $T/surrogate.txt'
# FIFOs: the writer closes early (its bytes are the input); the reader closes early (74).
row "FIFO, writer closes at once" 0 - 'mkfifo $T/f1; (: > $T/f1) & $P summarize $T/f1; rc=$?; wait; exit $rc'
row "FIFO, writer closes mid-sentence" 0 'grep -q "The minis" $T/out' 'mkfifo $T/f2; (printf "The minis" > $T/f2) & $P sentences $T/f2; rc=$?; wait; exit $rc'
row "FIFO, --jsonl writer closes mid-line" 65 '[ $(wc -l < $T/out) = 3 ] && tail -1 $T/out | grep -q "not JSON"' 'mkfifo $T/f3; (head -n 2 $T/mixed.jsonl; printf "{\"id\":9,\"te") > $T/f3 & $P summarize --jsonl < $T/f3; rc=$?; wait; exit $rc'
row "FIFO, reader closes early" 74 'grep -q "write error" $T/err' 'mkfifo $T/f4; (head -c1 < $T/f4 > /dev/null) & $P sentences $T/medium.txt > $T/f4; rc=$?; wait; exit $rc'
# Closed pipes, closed descriptors, /dev/full.
row "sentences | head -c1" 74 'grep -q "Broken pipe" $T/err' '$P sentences $T/medium.txt | head -c1 > /dev/null; exit ${PIPESTATUS[0]}'
row "--jsonl | head -n1" 74 'grep -q "Broken pipe" $T/err' '$P summarize --jsonl -j 2 $T/blank.jsonl | head -n1 > /dev/null; exit ${PIPESTATUS[0]}'
row "summarize > /dev/full" 74 'grep -q "No space left" $T/err' '$P summarize -n 50 $T/medium.txt > /dev/full'
row "--jsonl > /dev/full" 74 'grep -q "No space left" $T/err' '$P summarize --jsonl $T/mixed.jsonl > /dev/full'
row "-o /dev/full" 74 'grep -q "No space left" $T/err' '$P extract -o /dev/full $T/medium.txt'
row "stdout closed" 74 'grep -q "write error" $T/err' '$P sentences $T/small.txt >&-'
row "stdin closed" 74 'grep -q "read error" $T/err' '$P summarize - <&-'
row "stdin a directory" 74 'grep -q "read error" $T/err' '$P summarize - < /'
row "--jsonl stdin a directory" 74 'grep -q "read error" $T/err' '$P summarize --jsonl < /'
row "input a directory" 66 - '$P summarize /'
row "input missing" 66 - '$P summarize $T/none.txt'
# Huge -j, NaN/inf and out-of-range options: usage errors (exit 2), one line "precis: ...".
for j in 0 -1 257 100000 99999999999999999999 nan 1e9; do
  row "--jsonl -j $j" 2 'grep -q "^precis: " $T/err' "\$P summarize --jsonl -j $j \$T/long.jsonl"
done
row "-j 256 (the maximum)" 0 'check_batch $T/out $T/long.ids' '$P summarize --jsonl -j 256 $T/long.jsonl'
for o in "--ratio nan" "--ratio inf" "--ratio -inf" "--ratio 0" "--ratio 1e400" "--ratio -0" \
         "-n nan" "-n inf" "-n -1" "-n 0" "-n 1e30" "--words inf" "--words nan" "-k nan" "-k -1" \
         "-k 1e9" "--max-input nan" "--max-input inf" "--max-input 5G" "--max-input 0" "--max-input -1"; do
  row "summarize $o" 2 'grep -q "^precis: " $T/err' "\$P summarize $o \$T/small.txt"
done
row "--ratio 1e-300 (tiny, valid)" 0 - '$P summarize --ratio 1e-300 $T/small.txt'
row "-n 1073741824 (the maximum)" 0 - '$P summarize -n 1073741824 $T/small.txt'
exit $failed
