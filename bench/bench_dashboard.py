"""Dashboard speed and memory at scale, as ratios against the seeds measured in the same process.

Tables are tiled from a real build (`python -m analysis build seeds --out DIR`, or --tables DIR for any
built folder): every copy gets new article and event ids (and dates shifted by whole days), entities stay
shared, so the tables have a real build's shape at 20,000 and 100,000 articles.

Each size is measured in its own process (a fresh "server"), so its max RSS is that size's server memory.
Per page it prints:
- first: the first run of a fresh session (the first page also loads the tables: "first load");
- rerun: the same AppTest session run again with nothing changed (warm, best of --rounds);
- filter: the same session after a filter change (an outlet chosen, then cleared), best of --rounds;
- peak: tracemalloc peak of one rerun (Python allocations; DuckDB's own memory is in the process's max RSS);
- rerun×seeds, peak×seeds: ratios against the same page on the untiled tables.
The engine is the dashboard's default (DuckDB); NEWSLENS_ENGINE=pandas measures the whole-table pandas path.
Nothing here asserts a time (house rule); the issue's targets are printed next to the numbers.
Usage: python bench/bench_dashboard.py [--sizes 20000,100000] [--rounds 3] [--pages overview,…]
                                       [--tables DIR | --corpus PATH]   (default: build the repo's seeds/)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import tables as T  # noqa: E402

PAGES = ("overview", "entities", "articles", "alliances", "memberships", "outlets", "data")
_ID_COLUMNS = ("article_id", "event_id")  # renamed per copy; entity ids stay shared across copies


def tile(src: Path, dst: Path, n_articles: int) -> Path:
    """Write tables with n_articles articles: copies of src's articles with new ids and shifted dates."""
    tabs = {name: pd.read_parquet(src / f"{name}.parquet") if (src / f"{name}.parquet").exists() else T.empty(name)
            for name in T.TABLES}
    base = len(tabs["articles"])
    copies = -(-n_articles // base)
    dst.mkdir(parents=True, exist_ok=True)
    for name, df in tabs.items():
        if name == "entities" or name == "skipped" or not len(df):
            out = df
        else:
            ks = np.repeat(np.arange(copies), len(df))
            out = pd.concat([df] * copies, ignore_index=True)
            suffix = np.array([f"-{k:06d}" for k in range(copies)], dtype=object)[ks]
            for col in _ID_COLUMNS:
                if col in out:
                    vals = out[col].astype("string")
                    out[col] = pd.array(np.where(vals.isna(), None, vals.fillna("").to_numpy(dtype=object) + suffix),
                                        dtype="string")
            shift = pd.to_timedelta(ks % 3650, unit="D")
            for col in ("published", "first_date", "last_date"):
                if col in out:
                    out[col] = (pd.to_datetime(out[col]) + shift).dt.date
            if name == "articles":
                out = out.iloc[:n_articles]
        out = T.conform(name, out)
        out.to_parquet(dst / f"{name}.parquet", index=False)
        if name == "articles":
            keep = set(out["article_id"])
    for name in ("mentions", "relations", "memberships", "unique_sentences"):  # drop rows of the cut copy
        f = dst / f"{name}.parquet"
        df = pd.read_parquet(f)
        df[df["article_id"].isin(keep)].to_parquet(f, index=False)
    return dst


def _app(tables_dir: Path, page: str, query: dict | None = None):
    from streamlit.testing.v1 import AppTest

    os.environ["NEWSLENS_TABLES"] = str(tables_dir)
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=600)
    if page != "overview":
        at.switch_page(f"views/{page}.py")
    at.query_params.update(query or {})
    return at


def _run(at) -> float:
    gc.collect()
    start = time.perf_counter()
    at.run()
    took = time.perf_counter() - start
    if at.exception:
        raise RuntimeError([e.value for e in at.exception])
    return took


def _peak(at) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        at.run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(tables_dir: Path, pages, rounds: int, outlet: str) -> dict:
    """Per page: first run, warm rerun, rerun after a filter change (best of rounds), peak Python memory."""
    res = {}
    for page in pages:
        at = _app(tables_dir, page)
        first = _run(at)
        rerun = min(_run(at) for _ in range(rounds))
        peak = _peak(at)
        times = []
        for i in range(rounds):  # alternate the filter so every run has a real change to compute
            at.query_params.clear()
            at.query_params.update({"outlet": outlet} if i % 2 == 0 else {})
            at.session_state["outlet"] = [outlet] if i % 2 == 0 else []
            times.append(_run(at))
        res[page] = dict(first=first, rerun=rerun, filter=min(times), peak=peak)
    return res


def measure_filters(tables_dir: Path, outlet: str, country: str, rounds: int) -> dict:
    """The filter step alone: pandas `filters.apply` vs DuckDB `query.filtered`, and a page of 50 rows."""
    from analysis import store
    from dashboard import query
    from dashboard import filters as F

    res = {}
    start = time.perf_counter()
    frames = store.read_tables(tables_dir)
    res["load_pandas"] = time.perf_counter() - start
    start = time.perf_counter()
    con = query.session(query.connect(tables_dir))
    res["load_duckdb"] = time.perf_counter() - start
    cases = {"none": F.Filters(), "outlet": F.Filters(outlets=(outlet,)), "country": F.Filters(countries=(country,))}
    for label, f in cases.items():
        res[f"pandas:{label}"] = min(_timed(lambda: F.apply(frames, f)) for _ in range(rounds))
        res[f"duckdb:{label}"] = min(_timed(lambda: query.filtered(con, f)) for _ in range(rounds))
        res[f"page:{label}"] = min(_timed(lambda: query.page(con, "articles", f, limit=50, offset=100))
                                   for _ in range(rounds))
    return res


def _hwm_mb() -> float:
    """This process's peak resident memory in MB (VmHWM; ru_maxrss would include the parent's from before exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv=None) -> int:
    """Tile, measure, print."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="20000,100000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pages", default=",".join(PAGES))
    ap.add_argument("--tables", help="a built tables folder to tile (default: build the seeds)")
    ap.add_argument("--corpus", help="articles to build and tile (a file or folder; default: the repo's seeds/)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)  # internal: measure one folder, print JSON
    ap.add_argument("--filters-only", action="store_true",
                    help="time only the filter step (pandas vs DuckDB), not the pages")
    args = ap.parse_args(argv)
    pages = [p for p in args.pages.split(",") if p]
    if args.measure:
        outlet = str(pd.read_parquet(Path(args.measure) / "articles.parquet")["outlet"].dropna().iloc[0])
        res = measure(Path(args.measure), pages, args.rounds, outlet)
        print(json.dumps({"pages": res, "rss": _hwm_mb()}))
        return 0
    work = Path(tempfile.mkdtemp(prefix="newslens-bench-dash-"))
    seeds = Path(args.tables) if args.tables else work / "seeds"
    if not args.tables:
        subprocess.run([sys.executable, "-m", "analysis", "build", str(args.corpus or ROOT / "seeds"), "--out",
                        str(seeds)], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                       capture_output=True)
    outlet = str(pd.read_parquet(seeds / "articles.parquet")["outlet"].dropna().iloc[0])
    n_seed = len(pd.read_parquet(seeds / "articles.parquet"))
    folders = {n_seed: seeds}
    for n in (int(s) for s in args.sizes.split(",") if s):
        start = time.perf_counter()
        folders[n] = tile(seeds, work / f"t{n}", n)
        print(f"tiled {n} articles in {time.perf_counter() - start:.1f} s", flush=True)
    if args.filters_only:
        iso = "RUS"
        print(f"{'articles':>8} " + " ".join(f"{k:>15}" for k in measure_filters(seeds, outlet, iso, 1)))
        for n, folder in folders.items():
            r = measure_filters(folder, outlet, iso, args.rounds)
            print(f"{n:>8} " + " ".join(f"{v:>15.3f}" for v in r.values()), flush=True)
        return 0
    results, rss = {}, {}
    for n, folder in folders.items():
        out = subprocess.run([sys.executable, __file__, "--measure", str(folder), "--pages", ",".join(pages),
                              "--rounds", str(args.rounds)], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
        if out.returncode:
            print(f"measuring {n} articles failed:\n{out.stderr[-3000:]}", file=sys.stderr)
            return 1
        got = json.loads(out.stdout.strip().splitlines()[-1])
        results[n], rss[n] = got["pages"], got["rss"]
        print(f"measured {n} articles; server max RSS {rss[n]:.0f} MB", flush=True)
    print(f"\nengine: {os.environ.get('NEWSLENS_ENGINE') or 'duckdb (default)'}")
    print(f"{'page':<12} {'articles':>8} {'first s':>8} {'rerun s':>8} {'filter s':>9} {'peak MB':>8}"
          f" {'rerun×seeds':>12} {'peak×seeds':>11}")
    for page in pages:
        b = results[n_seed][page]
        for n, r in results.items():
            r = r[page]
            print(f"{page:<12} {n:>8} {r['first']:>8.2f} {r['rerun']:>8.2f} {r['filter']:>9.2f} "
                  f"{r['peak'] / 2**20:>8.1f} {r['rerun'] / b['rerun']:>12.1f} {r['peak'] / max(b['peak'], 1):>11.1f}")
    first = pages[0]
    print("\nfirst load (first run of the first page, tables loaded) and server max RSS per size:")
    for n in results:
        print(f"  {n:>8} articles: first load {results[n][first]['first']:.2f} s "
              f"(×{results[n][first]['first'] / results[n_seed][first]['first']:.1f} seeds), "
              f"max RSS {rss[n]:.0f} MB (×{rss[n] / rss[n_seed]:.1f} seeds)")
    print(f"targets: rerun ≤ 0.5 s at 100k and ≤ 1 s at 20k, first load of 100k ≤ 5 s, server ≤ 2048 MB "
          f"({dt.date.today()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
