"""The Dask recipe on a LocalCluster of 2 workers equals `precis summarize --jsonl`, record for
record: every summary field by field, every bad line an error record with its id and line.
Run by CTest (PRECIS_CLI, PYTHONPATH set); the input is written from the repository's texts."""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def records(lines):
    """line number -> record: a summary's source is "line N", an error record has "line"."""
    out = {}
    for r in map(json.loads, lines):
        n = r["line"] if "error" in r else int(r["source"].split()[1])
        assert n not in out
        out[n] = r
    return out


def test_recipe_equals_cli_batch():
    cli = os.environ["PRECIS_CLI"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = pathlib.Path(tmp, "corpus.jsonl")
        subprocess.run([sys.executable, HERE / "make_corpus.py", corpus, "--docs", "120", "--bad", "10"], check=True)
        with open(corpus, "ab") as f:  # a blank line and a last line without a newline
            f.write(b"\n" + json.dumps({"id": 7, "text": "Last line. Without a newline."}).encode())
        out = pathlib.Path(tmp, "out")
        run = subprocess.run([sys.executable, HERE / "summarize_corpus.py", corpus, "--out", out,
                              "--workers", "2", "--lines-per-partition", "16", "--sentences", "2"],
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        parts = sorted(out.glob("part-*.jsonl"))
        assert len(parts) == 8  # 122 lines in partitions of 16
        mine = [l for p in parts for l in p.read_text(encoding="utf-8").splitlines()]
        with open(corpus, "rb") as f:
            theirs = subprocess.run([cli, "summarize", "--jsonl", "-j", "2", "--sentences", "2"], stdin=f,
                                    capture_output=True, timeout=300).stdout.decode().splitlines()
    input_lines = 122
    assert len(mine) == input_lines  # nothing lost: one record per input line, in order
    a, b = records(mine), records(theirs)
    assert list(a) == list(range(1, input_lines + 1))
    # The CLI writes nothing for a blank line (its contract may change to an error record):
    # every line it answers, the recipe answers the same.
    blank = {121}
    assert set(a) - set(b) <= blank and set(b) <= set(a)
    errors = 0
    for n, rb in b.items():
        ra = a[n]
        if "error" in rb or "error" in ra:
            assert "error" in ra and "error" in rb, n
            assert (ra["id"], ra["line"]) == (rb["id"], rb["line"]), n
            errors += 1
        else:
            assert ra == rb, n
    assert errors == 10 + (121 in b)  # the blank line: an error record in both when the CLI answers it
    assert "error" in a[121] and a[122]["id"] == 7
