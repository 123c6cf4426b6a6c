#!/usr/bin/env python3
"""Writes simple extractive systems for checking a ROUGE implementation against rouge.py.

  make_systems.py --data DATA.jsonl --k K --shared ../shared --out-dir DIR [--limit N] [--seed S]

Splits each article with ../shared/tools/sentsplit.py and writes, in DIR:
  data.jsonl    the first N documents of DATA (all with --limit 0), unchanged;
  lead.jsonl    the first K sentences;
  last.jsonl    the last K sentences;
  random.jsonl  K sentences drawn per document with a fixed seed, in document order.
Summary lines are {"id", "summary"} with the sentences joined by "\\n" (rouge.py's format).
"""
import argparse
import json
import os
import random
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--data', required=True)
    ap.add_argument('--k', type=int, required=True)
    ap.add_argument('--shared', required=True, help='the shared/ directory (tools/sentsplit.py)')
    ap.add_argument('--out-dir', required=True)
    ap.add_argument('--limit', type=int, default=0, help='first N documents only (0: all)')
    ap.add_argument('--seed', default='precis-rouge')
    args = ap.parse_args()

    sys.path.insert(0, os.path.join(args.shared, 'tools'))
    from sentsplit import split_sentences

    lines = []
    with open(args.data, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                lines.append(line if line.endswith('\n') else line + '\n')
            if args.limit and len(lines) >= args.limit:
                break
    os.makedirs(args.out_dir, exist_ok=True)
    systems = {'lead': [], 'last': [], 'random': []}
    for line in lines:
        doc = json.loads(line)
        sents = split_sentences(doc['text'])
        k = min(args.k, len(sents))
        rng = random.Random('%s:%s' % (args.seed, doc['id']))
        picked = sorted(rng.sample(range(len(sents)), k))
        chosen = {'lead': sents[:k], 'last': sents[len(sents) - k:],
                  'random': [sents[i] for i in picked]}
        for name, sel in chosen.items():
            systems[name].append(json.dumps({'id': doc['id'], 'summary': '\n'.join(sel)},
                                            ensure_ascii=False))
    with open(os.path.join(args.out_dir, 'data.jsonl'), 'w', encoding='utf-8') as f:
        f.writelines(lines)
    for name, rows in systems.items():
        with open(os.path.join(args.out_dir, name + '.jsonl'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
