"""Records to DataFrames: the one place that defines every table's columns, dtypes and sort order.

Extractors yield plain dicts; `frame(name, records)` turns them into a DataFrame with exactly the
columns of SCHEMAS[name] (missing keys become nulls, unknown keys are an error so typos surface),
sorted by the table's key so output is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

# dtype names: "string" (nullable str), "Int64" (nullable int), "float64", "boolean", "date"
# (datetime64[ns] at midnight, NaT for unknown).
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "string",
        "source": "string",
        "outlet": "string",
        "outlet_source": "string",  # metadata · signature · None: how the outlet was found
        "title": "string",
        "published": "date",
        "date_source": "string",  # explicit · weekday · metadata · event · None
        "event_id": "string",
        "n_words": "Int64",
        "url": "string",
        "text": "string",
    },
    "entities": {
        "entity_id": "string",
        "name": "string",
        "type": "string",  # country · person · organisation · group · place
        "iso3": "string",
        "country_id": "string",  # entity_id of the country it is or belongs to
        "role": "string",  # e.g. "head of state", "capital", "seat of power", "armed group"
        "in_kb": "boolean",
        "aliases": "string",  # " | "-joined forms seen in the corpus
        "n_mentions": "Int64",
        "n_articles": "Int64",
    },
    "mentions": {
        "article_id": "string",
        "entity_id": "string",
        "text": "string",
        "start_char": "Int64",
        "end_char": "Int64",
        "label": "string",  # spaCy label (GPE, NORP, PERSON, ORG, …)
        "sent_index": "Int64",
        "sent_start": "Int64",
        "sent_end": "Int64",
        "sentence": "string",
        "role": "string",  # the state office the article gives this person ("President"), if any
        "country_id": "string",  # entity_id of the country that office belongs to
    },
    "relations": {
        "article_id": "string",
        "source_id": "string",
        "relation": "string",  # supports · opposes
        "target_id": "string",
        "trigger": "string",
        "sentence": "string",
        "sent_start": "Int64",
        "sent_end": "Int64",
        "source_text": "string",
        "target_text": "string",
        "attributed_to": "string",
        "modality": "string",  # asserted · hypothetical
        "source_country_id": "string",  # the country the claim rolls up to
        "level": "string",  # stated (about the country itself) · rolled_up (from a person/body) · None (a group)
    },
    "memberships": {
        "article_id": "string",
        "member_id": "string",
        "org_id": "string",
        "role": "string",  # member · observer · attendee
        "trigger": "string",
        "sentence": "string",
        "sent_start": "Int64",
        "sent_end": "Int64",
        "member_text": "string",
        "org_text": "string",
    },
    "events": {
        "event_id": "string",
        "label": "string",
        "first_date": "date",
        "last_date": "date",
        "n_articles": "Int64",
        "outlets": "string",  # " | "-joined
        "article_ids": "string",  # " | "-joined member articles
        "top_entities": "string",  # " | "-joined names of the most-mentioned entities
    },
    "outlet_entities": {
        "event_id": "string",
        "outlet": "string",
        "entity_id": "string",
        "mentions": "Int64",
        "share": "float64",
        "n_outlets_on_event": "Int64",
        "others_mention": "boolean",
        "n_other_outlets": "Int64",  # other outlets on the event that mention the entity
    },
    "naming": {
        "event_id": "string",
        "outlet": "string",
        "entity_id": "string",
        "form": "string",
        "count": "Int64",
        "title": "string",  # the title or epithet written before the name, if any
    },
    "framing": {
        "event_id": "string",
        "outlet": "string",
        "concept": "string",
        "term": "string",
        "count": "Int64",
        "per_1000_words": "float64",  # count per 1,000 words of the outlet's articles on the event
    },
    "unique_sentences": {
        "event_id": "string",
        "outlet": "string",
        "article_id": "string",
        "sentence": "string",
        "best_similarity": "float64",
        "position": "Int64",  # index of the sentence in its article (coverage.split_sentences)
        "closest_sentence": "string",  # the other outlets' most similar sentence
        "closest_outlet": "string",
    },
    "skipped": {
        "source": "string",
        "reason": "string",
    },
}

# Sort keys: every table is written sorted so that the same corpus gives the same bytes.
SORT_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "entities": ["entity_id"],
    "mentions": ["article_id", "start_char", "end_char", "entity_id"],
    "relations": ["article_id", "sent_start", "source_id", "relation", "target_id", "trigger"],
    "memberships": ["article_id", "sent_start", "org_id", "member_id", "role"],
    "events": ["event_id"],
    "outlet_entities": ["event_id", "outlet", "entity_id"],
    "naming": ["event_id", "outlet", "entity_id", "form", "title"],
    "framing": ["event_id", "outlet", "concept", "term"],
    "unique_sentences": ["event_id", "outlet", "article_id", "sentence"],
    "skipped": ["source", "reason"],
}

TABLES = tuple(SCHEMAS)
# Tables computed per article (stored in the per-article parts) vs over the whole corpus.
ARTICLE_TABLES = ("articles", "mentions", "relations", "memberships")
COVERAGE_TABLES = ("events", "outlet_entities", "naming", "framing", "unique_sentences")


_STRING = pd.StringDtype()  # the "string" dtype (NA for missing); pandas' "str" (NaN for missing) is not it


def _cast(series: pd.Series, dtype: str) -> pd.Series:
    if dtype == "date":
        if series.dtype == "datetime64[ns]":
            return series
        return pd.to_datetime(series, errors="coerce").astype("datetime64[ns]")
    if dtype == "string":
        if series.dtype == _STRING:
            return series  # already conformed (a stored part read back): casting again costs the most
        if series.dtype == object:
            return series.astype("string")  # None, NaN and pd.NA all become <NA>
        return series.astype("object").where(series.notna(), None).astype("string")
    if str(series.dtype) == dtype:
        return series
    return series.astype(dtype)


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Return df with exactly the columns and dtypes of table `name`, sorted by its key."""
    schema = SCHEMAS[name]
    extra = set(df.columns) - set(schema)
    if extra:
        raise ValueError(f"table {name!r} has no columns {sorted(extra)}")
    # One constructor call: assigning column by column re-consolidates the frame each time.
    out = pd.DataFrame({col: _cast(df[col] if col in df.columns else pd.Series([None] * len(df), index=df.index,
                                                                               dtype=object), dtype)
                        for col, dtype in schema.items()}, index=df.index)
    keys = [k for k in SORT_KEYS[name] if k in out.columns]
    return out.sort_values(keys, kind="mergesort", na_position="last").reset_index(drop=True)


def _array(values: list, dtype: str):
    """One column of a table from its raw values, with the dtype conform() would give it."""
    if dtype == "date":
        return pd.to_datetime(pd.Series(values, dtype=object), errors="coerce").astype("datetime64[ns]").array
    if dtype == "float64":
        return np.array(values, dtype="float64")  # None -> NaN, as DataFrame inference then conform() give
    return pd.array(values, dtype=dtype)  # "string": None, NaN, pd.NA -> <NA>; other scalars -> str


def _order(columns: dict, keys: list[str], n: int) -> list[int]:
    """Stable ascending order over the key columns, missing values last (sort_values' mergesort order)."""
    cols = [(list(columns[k]), pd.isna(columns[k]).tolist()) for k in keys]
    return sorted(range(n), key=lambda i: tuple((miss[i], None if miss[i] else vals[i]) for vals, miss in cols))


def _frame_fast(name: str, rows: list) -> pd.DataFrame:
    schema = SCHEMAS[name]
    extra = {k for r in rows for k in r} - schema.keys()
    if extra:
        raise ValueError(f"table {name!r} has no columns {sorted(extra)}")
    columns = {col: _array([r.get(col) for r in rows], dtype) for col, dtype in schema.items()}
    out = pd.DataFrame(columns, copy=False)
    if len(rows) > 1:
        order = _order(columns, SORT_KEYS[name], len(rows))
        if order != sorted(order):
            out = out.take(order).reset_index(drop=True)
    return out


def frame(name: str, records: Iterable[Mapping]) -> pd.DataFrame:
    """Turn records (dicts) into table `name` with its columns, dtypes and sort order."""
    rows = records if isinstance(records, list) else list(records)
    if not rows:
        return empty(name)
    # Column lists typed once, sorted in Python: a DataFrame inferred from the dicts and then cast column by
    # column cost ~3 ms per one-article table (issue 13). conform() stays the reference for what comes out.
    try:
        return _frame_fast(name, rows)
    except (TypeError, ValueError, OverflowError) as exc:
        if str(exc).startswith(f"table {name!r} has no columns"):
            raise
        return conform(name, pd.DataFrame([dict(r) for r in rows]))  # a value the typed arrays refuse


_EMPTY: dict[str, pd.DataFrame] = {}


def empty(name: str) -> pd.DataFrame:
    """Return an empty table `name` with its columns and dtypes."""
    if name not in _EMPTY:
        _EMPTY[name] = conform(name, pd.DataFrame([], columns=list(SCHEMAS[name])))
    return _EMPTY[name].copy()  # a copy: callers may add columns or rows to what they get
