"""Coverage quality on a written multi-outlet corpus: event clustering and unique sentences.

The corpus is tests/data/coverage/corpus.jsonl (fictional reports of five events by two to four outlets in
different styles, plus three single-outlet articles; see tests/data/coverage/README.md) and its intended
answers tests/data/coverage/gold.json:

- clustering: pairwise precision (pairs put together that belong together / pairs put together) and recall
  (pairs that belong together and were put together / pairs that belong together), over all article pairs;
- unique sentences, on each multi-outlet intended event: a body sentence is truly *shared* when it is in a
  fact group with a sentence of another outlet, else truly *unique*. false-unique = shared sentences
  reported as unique / shared sentences; missed-unique = unique sentences not reported / unique sentences.
  Headlines and the gold file's ambiguous sentences are not scored.
- the seeds: the 000/004 pair's unique-sentence count out of its content sentences.

Usage: python bench/eval_coverage.py [--show] [--cache DIR]   (NLP parts are cached; coverage always reruns)
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "coverage"


def load_gold(path: Path = DATA) -> tuple[dict, dict]:
    """Return (records by key, gold) from corpus.jsonl and gold.json."""
    recs = {}
    for line in (path / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            recs[r["key"]] = r
    return recs, json.loads((path / "gold.json").read_text(encoding="utf-8"))


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, list, list]:
    """Pairwise precision and recall of a clustering (item -> cluster) against gold (item -> cluster)."""
    tp = fp = fn = 0
    wrong, missed = [], []
    for a, b in combinations(sorted(gold), 2):
        same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
        tp += same_p and same_g
        if same_p and not same_g:
            fp += 1
            wrong.append((a, b))
        if same_g and not same_p:
            fn += 1
            missed.append((a, b))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), wrong, missed


def unique_scores(tables: dict, key_of: dict[str, str], recs: dict, gold: dict, show: bool = False) -> dict:
    """Count false-unique and missed-unique body sentences of the multi-outlet intended events."""
    from analysis import coverage as cov

    events = gold["events"]
    outlets_of = defaultdict_set()
    for k, ev in events.items():
        outlets_of[ev].add(recs[k]["outlet"])
    facts_of: dict[str, list[tuple[int, str]]] = {}
    for gi, group in enumerate(gold["facts"]):
        for k, sub in group.items():
            facts_of.setdefault(k, []).append((gi, sub))
    u = tables["unique_sentences"]
    reported = {(key_of[a], s) for a, s in zip(u["article_id"], u["sentence"]) if a in key_of}
    n = {"shared": 0, "false_unique": 0, "unique": 0, "missed_unique": 0}
    errors = []
    for k, r in sorted(recs.items()):
        ev = events[k]
        if len(outlets_of[ev]) < 2:
            continue
        amb = gold.get("ambiguous", {}).get(k, [])
        sents = [s for s in cov.split_sentences(r["text"]) if cov.is_content(s, r["outlet"])]
        for s in sents[1:] if sents and sents[0] == r["text"].splitlines()[0].strip() else sents:
            if any(a in s for a in amb):
                continue
            groups = {gi for gi, sub in facts_of.get(k, []) if sub in s}
            shared = any(k2 != k and recs[k2]["outlet"] != r["outlet"]
                         for gi in groups for k2 in gold["facts"][gi])
            said_unique = (k, s) in reported
            if shared:
                n["shared"] += 1
                if said_unique:
                    n["false_unique"] += 1
                    errors.append(("false-unique", k, s))
            else:
                n["unique"] += 1
                if not said_unique:
                    n["missed_unique"] += 1
                    errors.append(("missed-unique", k, s))
    if show:
        for kind, k, s in errors:
            print(f"  {kind:14} {k:11} {s[:110]}")
    return n


def defaultdict_set():
    """A defaultdict(set) (kept here so the imports stay at the top)."""
    from collections import defaultdict

    return defaultdict(set)


def main(argv=None) -> int:
    """Build the written corpus and the seeds, print clustering and unique-sentence scores."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--show", action="store_true", help="list the mistakes")
    p.add_argument("--cache", default=str(ROOT / ".newslens-cache"), help="stored per-article NLP parts")
    args = p.parse_args(argv)

    from analysis import corpus

    recs, gold = load_gold()
    rep = corpus.build([DATA / "corpus.jsonl"], cache_dir=args.cache)
    t = rep.tables
    by_title = {r["title"]: k for k, r in recs.items()}
    key_of = {a: by_title[ti] for a, ti in zip(t["articles"]["article_id"], t["articles"]["title"])}
    pred = {key_of[a]: e for a, e in zip(t["articles"]["article_id"], t["articles"]["event_id"])}
    prec, rec, wrong, missed = pairwise(pred, gold["events"])
    print(f"clustering  articles={len(pred)} events={len(set(pred.values()))} (intended "
          f"{len(set(gold['events'].values()))})  pairwise precision={prec:.3f} recall={rec:.3f}")
    if args.show:
        for a, b in wrong:
            print(f"  merged wrongly  {a} + {b}")
        for a, b in missed:
            print(f"  split wrongly   {a} / {b}")
    n = unique_scores(t, key_of, recs, gold, show=args.show)
    fu = n["false_unique"] / n["shared"] if n["shared"] else 0.0
    mu = n["missed_unique"] / n["unique"] if n["unique"] else 0.0
    print(f"unique      shared facts={n['shared']} wrongly unique={n['false_unique']} ({fu:.1%})   "
          f"truly unique={n['unique']} missed={n['missed_unique']} ({mu:.1%})")

    from analysis import coverage as cov

    seeds = corpus.build([ROOT / "seeds"], cache_dir=args.cache).tables
    a = seeds["articles"]
    pair = a[a["outlet"].isin(["Middle East Eye", "TRT World"])]
    total = sum(1 for text, out in zip(pair["text"], pair["outlet"])
                for s in dict.fromkeys(cov.split_sentences(text)) if cov.is_content(s, out))
    su = seeds["unique_sentences"]
    print(f"seeds       000+004 one event: {pair['event_id'].nunique() == 1}; unique sentences "
          f"{len(su)} of {total} content sentences "
          f"(MEE {int((su['outlet'] == 'Middle East Eye').sum())}, TRT {int((su['outlet'] == 'TRT World').sum())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
