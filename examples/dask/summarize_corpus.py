#!/usr/bin/env python3
"""Summarize a corpus with Dask: JSON Lines in, JSON Lines partitions out, nothing lost.

    summarize_corpus.py CORPUS... --out DIR [--workers N | --scheduler tcp://HOST:8786]
                        [--lines-per-partition 2000] [--sentences N | --ratio R | --words W]
                        [--similarity overlap|bm25|cosine] [--repair]

CORPUS is a JSON Lines file of {"id": ..., "text": "..."} records (as `precis summarize --jsonl`
reads), or a directory whose regular files are documents (id: the path under the directory).
The driver only scans for line boundaries; each partition (a byte range of a file, or a list of
files) is read, summarized through the precis Python module and written by a worker, as
DIR/part-00000.jsonl, part-00001.jsonl, ... in input order: `cat DIR/part-*.jsonl` is the
corpus's result, one record per input line. A record is the summary object of the JSON contract
with "id" first (the same as `precis summarize --jsonl` writes, "source" being "line N"), or,
for a bad document (not JSON, no "text" string, invalid UTF-8, a NUL, a blank line), an error
record {"id", "line", "error"}: the rest of its partition goes on.

Without --scheduler a LocalCluster of --workers processes runs on this machine (loopback only).
With --scheduler the workers of a running cluster do the work: they must see CORPUS and DIR at
the same paths (a shared file system) and have the precis module importable.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import time


def plan_jsonl(path: str, lines_per_partition: int):
    """Partitions of one JSON Lines file: (path, start byte, end byte, first line number)."""
    tasks = []
    start, line, first = 0, 0, 1
    with open(path, "rb") as f:
        pos = 0
        for raw in f:
            line += 1
            pos += len(raw)
            if line - first + 1 == lines_per_partition:
                tasks.append(("jsonl", path, start, pos, first))
                start, first = pos, line + 1
        if pos > start:
            tasks.append(("jsonl", path, start, pos, first))
    return tasks


def plan_directory(path: str, files_per_partition: int):
    root = pathlib.Path(path)
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    return [("files", path, files[i:i + files_per_partition], None, None)
            for i in range(0, len(files), files_per_partition)]


def _error(id_, line, message):
    return {"id": id_, "line": line, "error": message}


def _jsonl_documents(path, start, end, first_line):
    """(line number, id, text or None, error or None) for each line of the byte range."""
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()  # the final newline ends the last line; it is not a line of its own
    for n, raw in enumerate(lines, first_line):
        if not raw.strip(b" \t\r"):
            yield n, None, None, "blank line"
            continue
        try:
            rec = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as e:
            yield n, None, None, f"not JSON: {e}"
            continue
        if not isinstance(rec, dict):
            yield n, None, None, "not a JSON object"
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield n, rec.get("id"), None, 'no "text" string'
            continue
        yield n, rec.get("id"), text, None


def run_partition(task, index, out_dir, options):
    """Summarizes one partition and writes it as out_dir/part-INDEX.jsonl; returns counts."""
    import precis

    kind, path, a, b, first_line = task
    if kind == "jsonl":
        docs = list(_jsonl_documents(path, a, b, first_line))
    else:
        docs = []
        for rel in a:
            try:
                docs.append((None, rel, pathlib.Path(path, rel).read_bytes(), None))
            except OSError as e:
                docs.append((None, rel, None, f"cannot open: {e.strerror}"))
    good = [(f"line {n}" if n is not None else str(pathlib.Path(path, i)), t)
            for n, i, t, err in docs if err is None]
    summaries = precis.summarize_many(good, threads=1, errors="yield", **options)
    records, errors = [], 0
    for n, id_, text, err in docs:
        if err is None:
            s = next(summaries)
            if isinstance(s, precis.InputError):
                err = f"text byte {s.offset}: {s.message}"
            else:
                records.append(json.dumps({"id": id_, **s.to_dict()}, ensure_ascii=False))
                continue
        records.append(json.dumps(_error(id_, n, err), ensure_ascii=False))
        errors += 1
    target = pathlib.Path(out_dir, f"part-{index:05d}.jsonl")
    tmp = target.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.writelines(r + "\n" for r in records)
    os.replace(tmp, target)  # a partial file never looks finished
    return len(records), errors


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    p.add_argument("corpus", nargs="+", help="JSON Lines file(s) or directories of documents")
    p.add_argument("--out", required=True, help="output directory (created; part-*.jsonl)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    p.add_argument("--threads", action="store_true", help="local workers as threads, not processes")
    p.add_argument("--lines-per-partition", type=int, default=2000)
    p.add_argument("--files-per-partition", type=int, default=200)
    size = p.add_mutually_exclusive_group()
    size.add_argument("--sentences", type=int)
    size.add_argument("--ratio", type=float)
    size.add_argument("--words", type=int)
    p.add_argument("--similarity", default="overlap", choices=["overlap", "bm25", "cosine"])
    p.add_argument("--repair", action="store_true")
    args = p.parse_args(argv)

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    tasks = []
    for c in args.corpus:
        if os.path.isdir(c):
            tasks += plan_directory(c, args.files_per_partition)
        elif os.path.isfile(c):
            tasks += plan_jsonl(c, args.lines_per_partition)
        else:
            p.error(f"{c}: no such file or directory")
    os.makedirs(args.out, exist_ok=True)
    for old in pathlib.Path(args.out).glob("part-*.jsonl"):
        old.unlink()
    options = {"sentences": args.sentences, "ratio": args.ratio, "words": args.words,
               "similarity": args.similarity, "repair": args.repair}

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=not args.threads, host="127.0.0.1",
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        t0 = time.monotonic()
        out = os.path.abspath(args.out)
        bag = db.from_sequence(list(enumerate(tasks)), npartitions=max(1, len(tasks)))
        counts = bag.map(lambda it: run_partition(it[1], it[0], out, options)).compute()
        took = time.monotonic() - t0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    docs = sum(c[0] for c in counts)
    errors = sum(c[1] for c in counts)
    print(f"{docs} records ({errors} errors) in {len(tasks)} partitions, {took:.2f} s, "
          f"{docs / took if took else 0:.0f} docs/s -> {args.out}/part-*.jsonl", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
