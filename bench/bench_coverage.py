"""Coverage (event clustering and per-event comparisons) at growing corpus sizes, as ratios to the smallest.

Articles come from bench/corpus_gen.py (events told by 1-5 outlets over two years, 8 % undated); their
mentions are found by matching the generator's actor names in the text (no spaCy model: this measures
coverage, not extraction). For each size, in this one process: the time of the per-article fact tokens,
the time and peak traced memory (tracemalloc) of the step that used to build an n x n similarity matrix
(TF-IDF vectors, sparse neighbour graph blocked by date, average linkage), and with --full the time of the
whole coverage(). Linear growth shows as ratios close to the size ratio; an n x n matrix grows with its
square (its size is printed for comparison).

The work per article grows with the articles in its date window (the dated candidates): with the
generator's fixed two years a larger corpus is also denser; --per-day keeps the density fixed instead.

Usage: python bench/bench_coverage.py [--sizes 1000 10000 50000] [--per-day 20] [--full] [--update] [--seed 11]
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import coverage as cov, knowledge, tables  # noqa: E402
from analysis.article import content_id  # noqa: E402
from bench import corpus_gen  # noqa: E402


def corpus_tables(n: int, seed: int, kb) -> dict:
    """Input tables (articles, mentions, entities) for n generated articles."""
    actors = corpus_gen._actors(kb)
    by_name = {e.name: e.entity_id for group in actors.values() for e in group}
    names = sorted(by_name, key=lambda s: (-len(s), s))
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in names) + r")(?!\w)")
    arts, ments = [], []
    for rec in corpus_gen.generate(n, seed, kb):
        aid = content_id(rec["text"] + rec["url"])
        pub = rec.get("published")
        arts.append({"article_id": aid, "source": rec["url"], "outlet": rec["outlet"], "title": rec["title"],
                     "text": rec["text"], "published": pub, "date_source": "metadata" if pub else None,
                     "url": rec["url"], "n_words": len(rec["text"].split())})
        for m in rx.finditer(rec["text"]):
            ments.append({"article_id": aid, "entity_id": by_name[m.group(0)], "text": m.group(0),
                          "start_char": m.start(), "end_char": m.end()})
    ents = [{"entity_id": e.entity_id, "name": e.name, "type": e.type, "iso3": e.iso3, "country_id": e.country_id,
             "role": e.role} for e in {x.entity_id: x for g in actors.values() for x in g}.values()]
    return {"articles": tables.frame("articles", arts), "mentions": tables.frame("mentions", ments),
            "relations": tables.empty("relations"), "memberships": tables.empty("memberships"),
            "entities": tables.frame("entities", ents)}


def tokens(tabs: dict, kb):
    """The per-article inputs of clustering: fact tokens, entity keys, days (linear in the articles)."""
    art = tabs["articles"].sort_values("article_id", kind="mergesort")
    ids = [str(a) for a in art["article_id"]]
    texts = dict(zip(ids, art["text"]))
    outlets = dict(zip(ids, art["outlet"]))
    ment = tabs["mentions"]
    spans = cov._mention_tokens(ment, tabs["entities"], kb)
    ents = {a: [] for a in ids}
    for a, e in zip(ment["article_id"], ment["entity_id"]):
        ents[str(a)].append(cov._entity_key(str(e)))
    toks = [cov.article_tokens(texts[a], outlets[a], spans.get(a, ())) for a in ids]
    return toks, [sorted(ents[a]) for a in ids], [cov._day(p) for p in art["published"]]


def graph(toks, ents, days) -> int:
    """The step that was n x n: TF-IDF vectors, the sparse neighbour graph, average linkage; the event count."""
    vec = cov.Vectors(toks, ents)
    i, j, s = cov.neighbour_pairs(vec, days)
    return len(set(cov.link(len(toks), i, j, s, days)))


def timed(fn, trace: bool = False):
    """(result, seconds, peak MiB traced or None) of one call."""
    gc.collect()
    if trace:
        tracemalloc.start()
    t0 = time.perf_counter()
    out = fn()
    secs = time.perf_counter() - t0
    peak = None
    if trace:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return out, secs, peak


def main(argv=None) -> int:
    """Print time and peak memory of coverage per size, and their ratios to the first size."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--full", action="store_true", help="also time the whole coverage() (naming, framing, "
                    "unique sentences: linear, but slow per article)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--update", action="store_true", help="also time coverage.update() after one more article "
                    "against the whole coverage() of the same n+1 articles")
    ap.add_argument("--per-day", type=float, default=None,
                    help="articles per day: the generator's span grows with n (default: its fixed two years, "
                         "so a larger corpus is also a denser one and each date window holds more articles)")
    args = ap.parse_args(argv)
    kb = knowledge.load()
    cov.coverage(corpus_tables(50, args.seed, kb), kb)  # warm the lexicons and the sentencizer
    rows = []
    for n in args.sizes:
        if args.per_day:
            corpus_gen.DAYS = max(1, round(n / args.per_day))
        tabs = corpus_tables(n, args.seed, kb)
        (toks, ents, days), tok_s, _ = timed(lambda: tokens(tabs, kb))
        events, g_s, _ = timed(lambda: graph(toks, ents, days))
        g_m = timed(lambda: graph(toks, ents, days), trace=True)[2]  # traced apart: tracing slows Python code
        full_s = timed(lambda: cov.coverage(tabs, kb))[1] if args.full else float("nan")
        if args.update:
            # n - 1 articles covered before; the n-th arrives: update() against coverage() of all n.
            last = tabs["articles"]["article_id"].iloc[-1]
            before = {k: (df[df["article_id"] != last] if "article_id" in df.columns else df) for k, df in tabs.items()}
            previous = cov.update(None, before, [], kb)  # with the state a later update reads
            _, all_s, _ = timed(lambda: cov.coverage(tabs, kb))
            _, upd_s, _ = timed(lambda: cov.update(previous, tabs, [last], kb))
            print(f"n={n:>6}  one article added: update() {upd_s:6.1f} s = {upd_s / all_s:.0%} of coverage() {all_s:6.1f} s",
                  flush=True)
        rows.append((n, tok_s, g_s, g_m, full_s))
        print(f"n={n:>6} over {corpus_gen.DAYS} days ({sum(d is None for d in days)} undated)  events={events:>6}  tokens {tok_s:6.1f} s   "
              f"graph+linkage {g_s:6.1f} s {g_m:6.0f} MiB peak (an n x n float matrix: {n * n * 8 / 2**20:,.0f} MiB)"
              + (f"   whole coverage() {full_s:6.1f} s" if args.full else ""), flush=True)
    n0, t0, g0, m0, f0 = rows[0]
    print(f"\nratios to n={n0}: linear growth ~ the size ratio, an n x n matrix ~ its square")
    for n, tok_s, g_s, g_m, full_s in rows[1:]:
        print(f"n={n:>6}  size x{n / n0:<4.0f} (n² x{(n / n0) ** 2:<6,.0f})  tokens time x{tok_s / t0:5.1f}   "
              f"graph time x{g_s / g0:5.1f} memory x{g_m / m0:5.1f}"
              + (f"   coverage() time x{full_s / f0:5.1f}" if args.full else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
