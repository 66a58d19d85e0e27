"""Scale of the build and the dashboard, as ratios against a baseline measured in the same run.

- build: seconds per article at N=big vs N=small (1.0 = linear), a re-build with nothing new vs the full
  build, a re-build with one new article vs the full build;
- memory: tracemalloc peak of a re-build (tables concatenated, entities, coverage) per article at N=big vs
  N=small, and of the dashboard pages at N=big vs the seeds;
- dashboard: each page's AppTest run time on the N=big tables vs on the seeds' tables (same process, best
  of --rounds, after a warm-up that fills the load cache).

The corpora come from bench/corpus_gen.py (deterministic). Nothing here asserts a time: the ratios are printed
(house rule: no timed tests); --check exits 1 when a ratio is over its budget below.
Usage: python bench/bench_scale.py [--small 20] [--big 200] [--rounds 3] [--pages overview,…] [--check]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")  # AppTest outside a server warns on every run
for p in (ROOT, ROOT / "tests", ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import corpus_gen  # noqa: E402

from analysis import corpus  # noqa: E402

PAGES = ("overview", "entities", "articles", "alliances", "memberships", "outlets", "data")
# Budgets for --check (ratios): per-article build cost may grow 50 % from small to big (coverage is
# quadratic in the articles of an event, not in the corpus); a re-build with nothing new costs at most 15 %
# of the full build; a page on 200 articles at most 6x its run time on the 3 seeds.
BUDGET = {"per_article": 1.5, "rebuild": 0.15, "page": 6.0}


def _timed(fn):
    gc.collect()
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def _peak(fn) -> tuple[object, int]:
    gc.collect()
    tracemalloc.start()
    try:
        out = fn()
        return out, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def bench_build(work: Path, small: int, big: int, nlp) -> dict:
    """Build timings and memory; returns the numbers and the big build's tables folder."""
    res = {}
    for n in (small, big):
        src = work / f"corpus{n}"
        corpus_gen.write(n, src)
        _, res[f"full{n}"] = _timed(lambda: corpus.build([src], out_dir=work / f"out{n}", cache_dir=work / f"cache{n}",
                                                         nlp=nlp))
        _, res[f"rebuild{n}"] = _timed(lambda: corpus.build([src], out_dir=work / f"out{n}",
                                                            cache_dir=work / f"cache{n}", nlp=nlp))
        _, res[f"mem{n}"] = _peak(lambda: corpus.build([src], cache_dir=work / f"cache{n}", nlp=nlp))
    # The small build again, fresh: the best of the two is the small baseline (the machine's load moves
    # during the long build, and the ratio should not measure that).
    _, again = _timed(lambda: corpus.build([work / f"corpus{small}"], cache_dir=work / f"cache{small}-again",
                                           nlp=nlp))
    res[f"full{small}"] = min(res[f"full{small}"], again)
    # one new article: its own analysis plus the corpus-wide steps
    extra = work / f"corpus{big}" / "extra.jsonl"
    rec = corpus_gen.generate(big + 1, seed=99)[-1]
    import json

    extra.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    _, res["plus_one"] = _timed(lambda: corpus.build([work / f"corpus{big}"], out_dir=work / f"out{big}",
                                                     cache_dir=work / f"cache{big}", nlp=nlp))
    extra.unlink()
    corpus.build([work / f"corpus{big}"], out_dir=work / f"out{big}", cache_dir=work / f"cache{big}", nlp=nlp)
    return res


def _page_run(tables_dir: Path, page: str):
    from browser import run_app

    at = run_app(tables_dir, page=None if page == "overview" else page, timeout=300)
    if at.exception:
        raise RuntimeError(f"{page} on {tables_dir}: {[e.value for e in at.exception]}")
    return at


def bench_pages(seeds_dir: Path, big_dir: Path, pages, rounds: int) -> dict:
    """Best-of-rounds AppTest time per page on both table folders, and the peak memory of one run."""
    res = {}
    for d in (seeds_dir, big_dir):
        _page_run(d, "overview")  # warm-up: fills st.cache_data with the tables
    for page in pages:
        for label, d in (("seeds", seeds_dir), ("big", big_dir)):
            res[(page, label)] = min(_timed(lambda: _page_run(d, page))[1] for _ in range(rounds))
            res[(page, label, "mem")] = _peak(lambda: _page_run(d, page))[1]
    return res


def main(argv=None) -> int:
    """Run the benchmarks and print the ratios (exit 1 with --check when over budget)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=20)
    ap.add_argument("--big", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pages", default=",".join(PAGES))
    ap.add_argument("--skip-build", action="store_true", help="only the dashboard pages")
    ap.add_argument("--keep", help="keep the work folder here (tables of the big corpus in out<big>/)")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    from analysis import nlp as nlp_module

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newslens-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["NEWSLENS_CACHE"] = str(work / "dashcache")
    over = []
    try:
        nlp = nlp_module.build()
        nlp("Warm-up sentence about Russia and Iran.")
        seeds = corpus.build([ROOT / "seeds"], out_dir=work / "seeds", cache_dir=work / "seedcache", nlp=nlp)
        assert seeds.n_articles == 3
        s, b = args.small, args.big
        if not args.skip_build:
            r = bench_build(work, s, b, nlp)
            per = (r[f"full{b}"] / b) / (r[f"full{s}"] / s)
            rebuild = r[f"rebuild{b}"] / r[f"full{b}"]
            mem = (r[f"mem{b}"] / b) / (r[f"mem{s}"] / s)
            print(f"build, seconds per article at N={b} / at N={s}:   {per:6.2f}   (1.00 = linear; "
                  f"{r[f'full{s}']:.1f} s and {r[f'full{b}']:.1f} s)")
            print(f"re-build with 0 new / full build (N={b}):         {rebuild:6.3f}   ({r[f'rebuild{b}']:.2f} s)")
            print(f"re-build with 1 new / full build (N={b}):         {r['plus_one'] / r[f'full{b}']:6.3f}")
            print(f"re-build peak memory per article N={b} / N={s}:  {mem:6.2f}   "
                  f"({r[f'mem{s}'] / 1e6:.0f} MB and {r[f'mem{b}'] / 1e6:.0f} MB)")
            over += [k for k, v in (("per_article", per), ("rebuild", rebuild)) if v > BUDGET[k]]
        else:
            corpus_gen.write(b, work / f"corpus{b}")
            corpus.build([work / f"corpus{b}"], out_dir=work / f"out{b}", cache_dir=work / f"cache{b}", nlp=nlp)
        pages = [p for p in args.pages.split(",") if p]
        pr = bench_pages(work / "seeds", work / f"out{b}", pages, args.rounds)
        print(f"dashboard page run time, {b} articles / 3 seeds (best of {args.rounds}; peak memory ratio):")
        for page in pages:
            ratio = pr[(page, "big")] / pr[(page, "seeds")]
            memr = pr[(page, "big", "mem")] / pr[(page, "seeds", "mem")]
            print(f"  {page:12s} {ratio:6.2f}   ({pr[(page, 'seeds')]:.2f} s → {pr[(page, 'big')]:.2f} s; "
                  f"memory x{memr:.1f}, {pr[(page, 'big', 'mem')] / 1e6:.0f} MB)")
            if ratio > BUDGET["page"]:
                over.append(f"page {page}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if over:
        print("over budget: " + ", ".join(over))
    return 1 if (args.check and over) else 0


if __name__ == "__main__":
    sys.exit(main())
