"""The dashboard's query engine: SQL over the Parquet tables on an embedded DuckDB connection.

This module owns every SQL string of the dashboard. Values from filters or the URL are always bound as
parameters (`$name`); the only identifiers put into SQL text are table and column names from the fixed
whitelist `analysis.tables.SCHEMAS`, so a filter value such as `x' OR 1=1 --` is only ever a string.

    con = query.connect(folder)               # or query.connect(frames={"articles": df, ...})
    cur = query.session(con, uploads)         # per browser session; uploads join as a UNION
    tabs = query.filtered(cur, filters)       # the tables restricted to the filters (small frames)
    query.page(cur, "articles", filters, limit=50, offset=0)   # only the rows a page shows
    query.count(cur, "articles", filters)

Views over the stored tables are called `stored_<table>`; each session sees `<table>` (a temporary view that
is the stored one, or the stored one plus the session's uploads).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import duckdb
import pandas as pd

from analysis import tables as T

# Identifiers allowed in SQL text: the contract's tables and their columns, nothing from input.
TABLES: tuple[str, ...] = T.TABLES
_KEYS = {"articles": "article_id", "entities": "entity_id"}  # one row per key when uploads are added
_PER_ARTICLE = ("mentions", "relations", "memberships", "unique_sentences")
_PER_EVENT_OUTLET = ("outlet_entities", "naming", "framing")


def _ident(name: str) -> str:
    """Quote a table name after checking it against the whitelist."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}")
    return f'"{name}"'


def _col(table: str, column: str) -> str:
    """Quote a column name after checking it against the table's schema."""
    if column not in T.SCHEMAS.get(table, {}):
        raise ValueError(f"unknown column {table}.{column}")
    return f'"{column}"'


def connect(folder: str | Path | None = None, frames: Mapping[str, pd.DataFrame] | None = None
            ) -> duckdb.DuckDBPyConnection:
    """Open an in-memory DuckDB whose `stored_<table>` tables load `<table>.parquet` in folder (or frames)."""
    con = duckdb.connect(":memory:")
    for name in TABLES:
        stored = f'"stored_{name}"'  # a table of the main catalog, so every session's cursor sees it
        f = Path(folder) / f"{name}.parquet" if folder is not None else None
        if f is not None and f.exists():
            con.execute(f"CREATE TABLE {stored} AS SELECT * FROM read_parquet($path)", {"path": str(f)})
            continue
        df = frames.get(name) if frames else None
        con.register("_incoming", T.conform(name, df) if df is not None else T.empty(name))
        con.execute(f"CREATE TABLE {stored} AS SELECT * FROM _incoming")
        con.unregister("_incoming")
    return con


def session(con: duckdb.DuckDBPyConnection, uploads: Mapping[str, pd.DataFrame] | None = None
            ) -> duckdb.DuckDBPyConnection:
    """A connection for one browser session: `<table>` views, with this session's uploads unioned in."""
    cur = con.cursor()
    for name in TABLES:
        tab, stored = _ident(name), f'"stored_{name}"'
        df = uploads.get(name) if uploads else None
        if df is None or not len(df):
            cur.execute(f"CREATE OR REPLACE TEMP VIEW {tab} AS SELECT * FROM {stored}")
            continue
        cur.register(f"upload_{name}", T.conform(name, df))
        up = f'"upload_{name}"'
        if name in _KEYS:  # the stored row wins for a key both have, like data.merge
            key = _col(name, _KEYS[name])
            sql = (f"SELECT * FROM {stored} UNION ALL BY NAME SELECT * FROM {up} "
                   f"WHERE {key} NOT IN (SELECT {key} FROM {stored})")
        else:
            sql = f"SELECT * FROM {stored} UNION ALL BY NAME (SELECT * FROM {up} EXCEPT SELECT * FROM {stored})"
        cur.execute(f"CREATE OR REPLACE TEMP VIEW {tab} AS {sql}")
    return cur


# ------------------------------------------------------------------------------------------- predicates


def predicates(filters) -> tuple[str, str, dict]:
    """SQL for the filters: (articles WHERE clause, country-entity WHERE clause or "", bound parameters).

    Articles match on date (undated ones kept when `undated`), outlet, event and country (the article
    mentions the country, one of its places or one of its people), as in `dashboard.filters.apply`.
    """
    where, params = ["TRUE"], {}
    if filters.date_from:
        where.append("(published IS NULL OR CAST(published AS DATE) >= $date_from)")
        params["date_from"] = filters.date_from
    if filters.date_to:
        where.append("(published IS NULL OR CAST(published AS DATE) <= $date_to)")
        params["date_to"] = filters.date_to
    if not filters.undated:
        where.append("published IS NOT NULL")
    if filters.outlets:
        where.append("list_contains($outlets, outlet)")
        params["outlets"] = [str(o) for o in filters.outlets]
    if filters.event:
        where.append("event_id = $event")
        params["event"] = str(filters.event)
    country = ""
    if filters.countries:
        params["isos"] = [str(c).upper() for c in filters.countries]
        params["country_ids"] = [f"country:{c}" for c in params["isos"]]
        country = ("list_contains($isos, upper(iso3)) OR list_contains($country_ids, country_id)")
        where.append("article_id IN (SELECT article_id FROM mentions WHERE entity_id IN "
                     f"(SELECT entity_id FROM entities WHERE {country}))")
    return " AND ".join(where), country, params


def _ctes(filters) -> tuple[str, dict]:
    """WITH clause defining `sel` (matching article ids), `ev` (their events), `ol` (their outlets), `cty`."""
    where, country, params = predicates(filters)
    ctes = [f"sel AS (SELECT article_id, event_id, outlet FROM articles WHERE {where})",
            "ev AS (SELECT DISTINCT event_id FROM sel WHERE event_id IS NOT NULL)",
            "ol AS (SELECT DISTINCT outlet FROM sel WHERE outlet IS NOT NULL)"]
    if country:
        ctes.append(f"cty AS (SELECT entity_id FROM entities WHERE {country})")
    return "WITH " + ", ".join(ctes) + " ", params


def _table_sql(name: str, filters) -> str:
    """SELECT (after the WITH clause) for one filtered table."""
    tab = _ident(name)
    if name == "articles":
        return f"SELECT * FROM {tab} WHERE article_id IN (SELECT article_id FROM sel)"
    if name in _PER_ARTICLE:
        sql = f"SELECT * FROM {tab} WHERE article_id IN (SELECT article_id FROM sel)"
        if filters.countries and name == "relations":  # claims must also involve a chosen country
            sql += (" AND (source_id IN (SELECT entity_id FROM cty) OR target_id IN (SELECT entity_id FROM cty)"
                    " OR source_country_id IN (SELECT entity_id FROM cty))")
        if filters.countries and name == "memberships":
            sql += " AND (member_id IN (SELECT entity_id FROM cty) OR org_id IN (SELECT entity_id FROM cty))"
        return sql
    if name == "entities":
        return ("SELECT e.* REPLACE (c.n_mentions AS n_mentions, c.n_articles AS n_articles) FROM entities e JOIN "
                "(SELECT entity_id, count(*) AS n_mentions, count(DISTINCT article_id) AS n_articles FROM mentions "
                "WHERE article_id IN (SELECT article_id FROM sel) GROUP BY entity_id) c USING (entity_id)")
    if name == "events":
        return f"SELECT * FROM {tab} WHERE event_id IN (SELECT event_id FROM ev)"
    if name in _PER_EVENT_OUTLET:
        return (f"SELECT * FROM {tab} WHERE event_id IN (SELECT event_id FROM ev) "
                "AND outlet IN (SELECT outlet FROM ol)")
    return f"SELECT * FROM {tab}"  # e.g. skipped: never filtered


def filtered(con: duckdb.DuckDBPyConnection, filters) -> dict[str, pd.DataFrame]:
    """Every table restricted to the filters, as DataFrames with the contract's columns, dtypes and order."""
    head, params = _ctes(filters)
    out = {}
    for name in TABLES:
        sql = head + _table_sql(name, filters)
        used = {k: v for k, v in params.items() if f"${k}" in sql}
        out[name] = T.conform(name, con.execute(sql, used).df())
    return out


def count(con: duckdb.DuckDBPyConnection, name: str, filters) -> int:
    """How many rows of a table match the filters."""
    head, params = _ctes(filters)
    sql = head + f"SELECT count(*) FROM ({_table_sql(name, filters)})"
    return int(con.execute(sql, {k: v for k, v in params.items() if f"${k}" in sql}).fetchone()[0])


def page(con: duckdb.DuckDBPyConnection, name: str, filters, *, limit: int, offset: int = 0) -> pd.DataFrame:
    """One page of a filtered table (`limit` rows from `offset`) in its sort order: only the rows shown."""
    keys = T.SORT_KEYS.get(name, ())
    by = ", ".join(_col(name, k) for k in keys) or "1"
    head, params = _ctes(filters)
    sql = head + f"SELECT * FROM ({_table_sql(name, filters)}) ORDER BY {by} NULLS LAST LIMIT $limit OFFSET $offset"
    used = {k: v for k, v in params.items() if f"${k}" in sql}
    used.update(limit=max(0, int(limit)), offset=max(0, int(offset)))
    df = con.execute(sql, used).df()
    return T.conform(name, df).set_axis(range(len(df))) if len(df) else T.empty(name)


def top(con: duckdb.DuckDBPyConnection, name: str, column: str, filters, *, n: int = 10) -> pd.DataFrame:
    """The `n` most frequent values of a column of a filtered table: columns `value`, `count`."""
    col = _col(name, column)
    head, params = _ctes(filters)
    sql = head + (f"SELECT {col} AS value, count(*) AS count FROM ({_table_sql(name, filters)}) "
                  f"WHERE {col} IS NOT NULL GROUP BY 1 ORDER BY count DESC, value LIMIT $n")
    used = {k: v for k, v in params.items() if f"${k}" in sql}
    used["n"] = max(0, int(n))
    return con.execute(sql, used).df()
