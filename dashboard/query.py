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

import os
import tempfile
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
    """Open an in-memory DuckDB whose `stored_<table>` relations read `<table>.parquet` in folder (or frames).

    A folder's Parquet files are read where they lie (views): copying 100,000 articles' tables into DuckDB
    took 1.8-4.4 s and 1.3 GB on this 2-core machine, reading them as views 0.04 s and no copy
    (bench/bench_dashboard.py); pages keep each query's small result per session (data.ask).
    """
    # DuckDB takes 80 % of the machine's memory by default: at 100,000 articles the Alliances page's first
    # queries pushed the server to 3.9 GB. Bounded, DuckDB spills its largest joins to disk instead
    # (NEWSLENS_DUCKDB_MEMORY, default 1GB; the server's target is 2 GB in all).
    spill = Path(tempfile.gettempdir()) / "newslens-duckdb"
    con = duckdb.connect(":memory:", config={"memory_limit": os.environ.get("NEWSLENS_DUCKDB_MEMORY") or "1GB",
                                             "temp_directory": str(spill)})
    for name in TABLES:
        stored = f'"stored_{name}"'  # in the main catalog, so every session's cursor sees it
        f = Path(folder) / f"{name}.parquet" if folder is not None else None
        if f is not None and f.exists():
            # A view's definition cannot take a bound parameter; the path is quoted as an SQL string literal.
            path = "'" + str(f.resolve()).replace("'", "''") + "'"
            con.execute(f"CREATE VIEW {stored} AS SELECT * FROM read_parquet({path})")
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


# ------------------------------------------------------------------------- what pages draw (small results)


def _sql(con: duckdb.DuckDBPyConnection, filters, body: str, extra: Mapping | None = None) -> pd.DataFrame:
    """Run `body` after the filters' WITH clause (`sel`, `ev`, `ol`, `cty`), binding only the parameters it uses."""
    head, params = _ctes(filters)
    sql = head + (", " + body[5:] if body.startswith("WITH ") else body)  # the body's own CTEs join the head's
    used = {k: v for k, v in params.items() if f"${k}" in sql}
    used.update(extra or {})
    return con.execute(sql, used).df()


def _sub(name: str, filters) -> str:
    """One filtered table as a parenthesised subquery (for FROM)."""
    return f"({_table_sql(name, filters)})"


def table(con: duckdb.DuckDBPyConnection, name: str, filters, *, text: bool = True) -> pd.DataFrame:
    """One filtered table with the contract's columns; text=False leaves the articles' full text out (NULL)."""
    body = _table_sql(name, filters)
    if name == "articles" and not text:
        body = f"SELECT * REPLACE (NULL::VARCHAR AS text) FROM {_sub(name, filters)}"
    return T.conform(name, _sql(con, filters, body))


def whole(con: duckdb.DuckDBPyConnection, name: str, *, text: bool = True) -> pd.DataFrame:
    """One unfiltered table of this session, as stored (entities keep their stored counts)."""
    tab = _ident(name)
    sql = f"SELECT * REPLACE (NULL::VARCHAR AS text) FROM {tab}" if name == "articles" and not text else \
        f"SELECT * FROM {tab}"
    return T.conform(name, con.execute(sql).df())


def facets(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, int], dict[str, int]]:
    """Articles per country (it, its places or people mentioned) and per outlet, as `filters.facet_counts`."""
    countries = con.execute(
        "SELECT iso, count(DISTINCT article_id) AS n FROM (SELECT m.article_id, upper(coalesce(e.iso3, "
        "CASE WHEN starts_with(e.country_id, 'country:') THEN e.country_id[9:] ELSE e.country_id END)) AS iso "
        "FROM mentions m JOIN entities e USING (entity_id)) WHERE iso IS NOT NULL GROUP BY iso").fetchall()
    outlets = con.execute("SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet").fetchall()
    return {str(k): int(v) for k, v in countries}, {str(k): int(v) for k, v in outlets}


def sidebar_tables(con: duckdb.DuckDBPyConnection, asked=None) -> dict[str, pd.DataFrame]:
    """What the sidebar's filters list, from every table of this session: the articles' distinct (published day,
    outlet) pairs, the entities, and the events' ids and labels (not 100,000 article rows per rerun).

    With `asked` (the event ids in the URL) only the events the sidebar can offer come back: the
    `filters.EVENT_OPTIONS` largest (as `filters.event_options` orders them) plus the asked ones that exist;
    labelling 95,000 events in Python took 0.25 s of every rerun at 100,000 articles (bench_dashboard.py)."""
    from dashboard.filters import EVENT_OPTIONS

    arts = con.execute("SELECT DISTINCT CAST(published AS DATE) AS published, outlet FROM articles "
                       "ORDER BY ALL").df()
    if asked is None:
        events = con.execute("SELECT event_id, label, n_articles FROM events ORDER BY event_id").df()
    else:
        events = con.execute(
            "SELECT event_id, label, n_articles FROM (SELECT *, row_number() OVER (ORDER BY "
            "coalesce(n_articles, 0) DESC, event_id) AS _r FROM events WHERE event_id IS NOT NULL) "
            "WHERE _r <= $n OR list_contains($asked, event_id) ORDER BY event_id",
            {"n": int(EVENT_OPTIONS), "asked": [str(a) for a in asked] or [None]}).df()
    return {"articles": pd.DataFrame({"published": pd.to_datetime(arts["published"]).astype("datetime64[ns]"),
                                      "outlet": arts["outlet"].astype("string")}),
            "entities": whole(con, "entities"),
            "events": events.astype({"event_id": "string", "label": "string", "n_articles": "Int64"})}


def summary(con: duckdb.DuckDBPyConnection, filters) -> dict:
    """Counts a page header shows: articles, outlets, dated span, undated, entities, claims."""
    row = _sql(con, filters, (
        "SELECT (SELECT count(*) FROM sel) AS articles, (SELECT count(DISTINCT outlet) FROM sel) AS outlets, "
        "(SELECT min(CAST(published AS DATE)) FROM articles WHERE article_id IN (SELECT article_id FROM sel)) "
        "AS first, (SELECT max(CAST(published AS DATE)) FROM articles WHERE article_id IN "
        "(SELECT article_id FROM sel)) AS last, (SELECT count(*) FROM articles WHERE published IS NULL AND "
        "article_id IN (SELECT article_id FROM sel)) AS undated, "
        f"(SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id IN (SELECT article_id FROM sel) "
        "AND entity_id IN (SELECT entity_id FROM entities)) AS entities, "
        f"(SELECT count(*) FROM {_sub('relations', filters)}) AS relations, "
        f"(SELECT count(*) FROM {_sub('memberships', filters)}) AS memberships")).iloc[0].to_dict()
    out = {k: (None if pd.isna(v) else v) for k, v in row.items()}
    for k in ("articles", "outlets", "undated", "entities", "relations", "memberships"):
        out[k] = int(out[k] or 0)
    for k in ("first", "last"):
        out[k] = pd.Timestamp(out[k]).date() if out[k] is not None else None
    return out


def article_meta(con: duckdb.DuckDBPyConnection, filters, columns=("article_id", "title", "outlet", "published"),
                 ids=None, limit: int | None = None) -> pd.DataFrame:
    """Some columns of the filtered articles (or only those with the given ids; the first `limit`), in
    article_id order."""
    cols = ", ".join(_col("articles", c) for c in columns)
    extra, where = {}, ""
    if ids is not None:
        # an empty list has no element type to bind: match nothing instead
        where, extra = " AND list_contains($ids, article_id)", {"ids": [str(i) for i in ids] or [None]}
    df = _sql(con, filters, f"SELECT {cols} FROM articles WHERE article_id IN (SELECT article_id FROM sel){where} "
                            "ORDER BY article_id" + (" LIMIT $limit" if limit is not None else ""),
             {**extra, **({"limit": max(0, int(limit))} if limit is not None else {})})
    if "published" in df:
        df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
    for c in df.columns:
        if c != "published" and T.SCHEMAS["articles"][c] == "string":
            df[c] = df[c].astype("string")
    return df


# Overview


def countries_mentioned(con: duckdb.DuckDBPyConnection, filters) -> pd.DataFrame:
    """Mentions and articles per ISO-3 (a country's own mentions plus its places' and people's), as
    `charts.overview.countries_mentioned` over the filtered mentions and entities."""
    df = _sql(con, filters, (
        "SELECT e.iso3, count(*) AS mentions, count(DISTINCT m.article_id) AS articles FROM mentions m "
        "JOIN entities e USING (entity_id) WHERE m.article_id IN (SELECT article_id FROM sel) AND e.iso3 IS NOT NULL "
        "GROUP BY e.iso3 ORDER BY mentions DESC, e.iso3"))
    return pd.DataFrame({"iso3": df["iso3"].astype("string"), "mentions": df["mentions"].astype("int64"),
                         "articles": df["articles"].astype("int64")})


def top_entities(con: duckdb.DuckDBPyConnection, filters, n: int = 8) -> pd.DataFrame:
    """The filtered entities table cut to the `n` most-mentioned of each type (what the top-entities chart shows)."""
    body = (f"SELECT * EXCLUDE (_r) FROM (SELECT *, row_number() OVER (PARTITION BY coalesce(type, 'other') "
            f"ORDER BY n_mentions DESC NULLS LAST, name NULLS LAST, entity_id) AS _r FROM {_sub('entities', filters)}) "
            "WHERE _r <= $n")
    return T.conform("entities", _sql(con, filters, body, {"n": max(0, int(n))}))


def articles_by_day(con: duckdb.DuckDBPyConnection, filters) -> pd.DataFrame:
    """The filtered articles counted per (published day, outlet): columns published, outlet, n (the timeline's
    input; undated articles are left out, as the timeline leaves them out)."""
    df = _sql(con, filters, (
        "SELECT CAST(published AS DATE) AS published, outlet, count(*) AS n FROM articles WHERE published IS NOT NULL "
        "AND article_id IN (SELECT article_id FROM sel) GROUP BY ALL ORDER BY published, outlet NULLS LAST"))
    return pd.DataFrame({"published": pd.to_datetime(df["published"]).astype("datetime64[ns]"),
                         "outlet": df["outlet"].astype("string"), "n": df["n"].astype("int64")})


def outlets(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every outlet of this session's articles, sorted (what outlet colours are assigned over)."""
    return [r[0] for r in con.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")
            .fetchall()]


# Memberships

_RANK_SQL = "CASE role WHEN 'member' THEN 0 WHEN 'observer' THEN 1 WHEN 'attendee' THEN 2 ELSE 3 END"


def membership_roles(con: duckdb.DuckDBPyConnection, filters) -> pd.DataFrame:
    """Distinct (org_id, member_id, role) of the filtered memberships: enough for orgs, role counts, default."""
    df = _sql(con, filters, f"SELECT DISTINCT org_id, member_id, role FROM {_sub('memberships', filters)} "
                            "ORDER BY org_id, member_id, role")
    return df.astype({"org_id": "string", "member_id": "string", "role": "string"})


def _org_claims(filters) -> str:
    """SQL: one organisation's filtered claims with member name/type/iso3 and the article's outlet/title/date."""
    return (f"SELECT m.*, coalesce(a.outlet, 'unknown outlet') AS outlet, a.title, a.published, "
            f"coalesce(e.name, m.member_id) AS name, e.type, e.iso3, {_RANK_SQL.replace('role', 'm.role')} AS rk "
            f"FROM {_sub('memberships', filters)} m LEFT JOIN articles a USING (article_id) "
            "LEFT JOIN entities e ON e.entity_id = m.member_id WHERE m.org_id = $org")


# The strongest role (by rank) and the evidence counts of a group of one organisation's claims `c`.
_ROLE_AND_COUNTS = ("coalesce(arg_min(role, rk) FILTER (WHERE role IS NOT NULL), 'member') AS role, "
                    "count(DISTINCT (article_id, sentence)) AS sentences, count(DISTINCT article_id) AS articles, "
                    "string_agg(DISTINCT outlet, ' | ' ORDER BY outlet) AS outlets")


def _counted(df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    """The columns `cols` of an aggregate: text as strings, the sentence and article counts as int64."""
    out = df[cols].astype({c: "string" for c in cols if c not in ("sentences", "articles")})
    return out.astype({"sentences": "int64", "articles": "int64"}).reset_index(drop=True)


def org_members(con: duckdb.DuckDBPyConnection, filters, org: str) -> pd.DataFrame:
    """`charts.memberships.members` in SQL: one row per member of org with strongest role and counts."""
    df = _sql(con, filters, (
        f"WITH c AS ({_org_claims(filters)}) SELECT member_id, any_value(name) AS name, "
        "any_value(type) AS type, any_value(iso3) AS iso3, "
        f"{_ROLE_AND_COUNTS}, min(rk) FILTER (WHERE role IS NOT NULL) AS r "
        "FROM c GROUP BY member_id ORDER BY coalesce(r, 0), name, member_id"), {"org": str(org)})
    cols = ["member_id", "name", "type", "iso3", "role", "sentences", "articles", "outlets"]
    return _counted(df, cols)


def org_countries(con: duckdb.DuckDBPyConnection, filters, org: str, links: int = 6) -> pd.DataFrame:
    """`charts.memberships.countries` in SQL: one row per ISO-3 involved with org, strongest role first, with the
    first `links` article ids (sorted) of the `articles` that state it."""
    df = _sql(con, filters, (
        f"WITH c AS ({_org_claims(filters)}), cn AS (SELECT iso3, first(name ORDER BY entity_id) AS country "
        "FROM entities WHERE type = 'country' AND iso3 IS NOT NULL AND name IS NOT NULL GROUP BY iso3) "
        "SELECT c.iso3, coalesce(any_value(cn.country), c.iso3) AS country, "
        f"string_agg(DISTINCT name, ' | ' ORDER BY name) AS members, {_ROLE_AND_COUNTS}, "
        # the first `links` ids only: at 100,000 articles a country's list held 66,000 ids, labelled every rerun
        "array_to_string(list(DISTINCT article_id ORDER BY article_id) FILTER (WHERE article_id IS NOT NULL)"
        "[1:$links], ' | ') AS article_ids, "
        "min(rk) FILTER (WHERE role IS NOT NULL) AS r FROM c LEFT JOIN cn USING (iso3) WHERE c.iso3 IS NOT NULL "
        "GROUP BY c.iso3 ORDER BY coalesce(r, 0), country, c.iso3"), {"org": str(org), "links": max(1, int(links))})
    cols = ["iso3", "country", "role", "members", "sentences", "articles", "outlets", "article_ids"]
    return _counted(df, cols)


def org_evidence(con: duckdb.DuckDBPyConnection, filters, org: str, iso3: str | None = None, *,
                 limit: int = 20, offset: int = 0) -> tuple[pd.DataFrame, int, int]:
    """One page of the org's evidence sentences: (claims of `limit` sentences from `offset`, in the page's order
    with a `group` number; how many sentences; how many claims). Claims are ordered by strongest role, member,
    outlet, article, as `charts.memberships.evidence` then the page sort them; a sentence comes where its first
    claim does."""
    iso = " AND iso3 = $iso" if iso3 is not None else ""
    extra = {"org": str(org), "lim": max(0, int(limit)), "off": max(0, int(offset))}
    if iso3 is not None:
        extra["iso"] = str(iso3)
    df = _sql(con, filters, (
        f"WITH c AS ({_org_claims(filters)}{iso}), d AS (SELECT member_id, role, article_id, sentence, "
        "any_value(name) AS member, any_value(iso3) AS iso3, any_value(outlet) AS outlet, "
        "any_value(published) AS published, any_value(title) AS title, first(trigger ORDER BY sent_start) AS trigger, "
        "any_value(rk) AS rk, min(sent_start) AS ss FROM c GROUP BY member_id, role, article_id, sentence), "
        "o AS (SELECT *, row_number() OVER (ORDER BY rk, member, role, outlet, article_id, ss, member_id) AS pos, "
        "count(*) OVER () AS n_claims FROM d), g AS (SELECT article_id, sentence, min(pos) AS gpos FROM o "
        "WHERE sentence IS NOT NULL GROUP BY ALL), gp AS (SELECT *, row_number() OVER (ORDER BY gpos) AS grp, "
        "count(*) OVER () AS n_groups FROM g) SELECT o.* EXCLUDE (rk, ss, pos), gp.grp AS \"group\", gp.n_groups "
        "FROM o JOIN gp USING (article_id, sentence) WHERE gp.grp > $off AND gp.grp <= $off + $lim "
        "ORDER BY gp.grp, o.pos"), extra)
    n_groups = int(df["n_groups"].iloc[0]) if len(df) else 0
    n_claims = int(df["n_claims"].iloc[0]) if len(df) else 0
    if not len(df) and offset:
        _, n_groups, n_claims = org_evidence(con, filters, org, iso3, limit=1, offset=0)
    df["date"] = pd.to_datetime(df["published"]).dt.date
    cols = ["member", "role", "iso3", "sentence", "outlet", "date", "title", "article_id", "member_id", "trigger",
            "group"]
    out = df[cols].astype({c: "string" for c in cols if c not in ("date", "group")})
    return out.astype({"group": "int64"}).reset_index(drop=True), n_groups, n_claims


def article_text(con: duckdb.DuckDBPyConnection, article_id: str) -> str:
    """The full text of one article of this session ('' when unknown or empty)."""
    row = con.execute("SELECT text FROM articles WHERE article_id = $id LIMIT 1", {"id": str(article_id)}).fetchone()
    return row[0] if row and isinstance(row[0], str) else ""


def undated(con: duckdb.DuckDBPyConnection, filters) -> int:
    """How many filtered articles have no date."""
    return int(_sql(con, filters, "SELECT count(*) AS n FROM articles WHERE published IS NULL AND article_id IN "
                                  "(SELECT article_id FROM sel)")["n"].iloc[0])


# Articles


def article_listing(con: duckdb.DuckDBPyConnection, filters, *, limit: int | None = None, offset: int = 0,
                    ids=None) -> pd.DataFrame:
    """The filtered articles' list (no text) with their mentions, claims and membership claims counted in SQL,
    sorted by date then title (undated last); `limit` rows from `offset`, or only the articles with these ids."""
    def per(name):
        return f"(SELECT article_id, count(*) AS n FROM {_sub(name, filters)} GROUP BY article_id)"

    df = _sql(con, filters, (
        "SELECT a.article_id, a.title, a.outlet, a.published, a.date_source, a.n_words, a.source, "
        "coalesce(m.n, 0) AS mentions, coalesce(r.n, 0) AS claims, coalesce(b.n, 0) AS memberships, "
        # ui.article_label's "title — outlet, date", made here: a Python loop over 100,000 rows took a second
        "coalesce(nullif(a.title, ''), a.article_id) || ' — ' || coalesce(a.outlet, 'unknown outlet') || "
        "coalesce(', ' || strftime(CAST(a.published AS DATE), '%Y-%m-%d'), '') AS label "
        f"FROM articles a LEFT JOIN {per('mentions')} m USING (article_id) LEFT JOIN {per('relations')} r "
        f"USING (article_id) LEFT JOIN {per('memberships')} b USING (article_id) "
        "WHERE a.article_id IN (SELECT article_id FROM sel)"
        + (" AND list_contains($ids, a.article_id)" if ids is not None else "")
        + " ORDER BY a.published NULLS LAST, a.title NULLS LAST, a.article_id"
        + (" LIMIT $lim OFFSET $off" if limit is not None else "")),
        {**({"ids": [str(i) for i in ids] or [None]} if ids is not None else {}),
         **({"lim": max(0, int(limit)), "off": max(0, int(offset))} if limit is not None else {})})
    for c in ("article_id", "title", "outlet", "date_source", "source", "label"):
        df[c] = df[c].astype("string")
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
    df["n_words"] = df["n_words"].astype("Int64")
    return df.astype({"mentions": "int64", "claims": "int64", "memberships": "int64"})


def articles_by_id(con: duckdb.DuckDBPyConnection, ids) -> pd.DataFrame:
    """The articles (no text) with these ids, in article_id order: what a list of evidence sentences links to."""
    body = ("SELECT * REPLACE (NULL::VARCHAR AS text) FROM articles WHERE article_id IN (SELECT unnest($ids)) "
            "ORDER BY article_id")
    return T.conform("articles", con.execute(body, {"ids": [str(i) for i in ids] or [None]}).df())


def articles_of(con: duckdb.DuckDBPyConnection, name: str, filters) -> pd.DataFrame:
    """The filtered articles (no text) that a filtered per-article table has rows in, in article_id order."""
    if name not in _PER_ARTICLE:
        raise ValueError(f"{name!r} is not a per-article table")
    body = (f"SELECT * REPLACE (NULL::VARCHAR AS text) FROM articles WHERE article_id IN "
            f"(SELECT article_id FROM {_sub(name, filters)})")
    return T.conform("articles", _sql(con, filters, body))


def article_rows(con: duckdb.DuckDBPyConnection, name: str, filters, article_id: str) -> pd.DataFrame:
    """The filtered rows of a per-article table (mentions, relations, memberships) for one article."""
    if name not in _PER_ARTICLE:
        raise ValueError(f"{name!r} is not a per-article table")
    df = _sql(con, filters, f"SELECT * FROM {_sub(name, filters)} WHERE article_id = $aid", {"aid": str(article_id)})
    return T.conform(name, df)


# Entities


def entity_mentions(con: duckdb.DuckDBPyConnection, filters, entity_id: str, *, limit: int = 25,
                    offset: int = 0) -> tuple[pd.DataFrame, int, int, int]:
    """One page of an entity's filtered mentions as distinct sentences (whitespace-normalised), newest article
    first then reading order; a sentence comes where its first mention does and lists every article that ran it.

    Returns (the page's mentions in order, with `group`, `outlet`; distinct sentences; mentions; articles)."""
    df = _sql(con, filters, (
        "WITH m AS (SELECT x.*, a.published AS _when, a.outlet, trim(regexp_replace(coalesce(x.sentence, ''), "
        "'\\s+', ' ', 'g')) AS _key FROM mentions x LEFT JOIN articles a USING (article_id) "
        "WHERE x.article_id IN (SELECT article_id FROM sel) AND x.entity_id = $entity), "
        "o AS (SELECT *, row_number() OVER (ORDER BY _when DESC NULLS LAST, article_id, start_char, end_char) AS pos, "
        "count(*) OVER () AS n_mentions, count(DISTINCT article_id) OVER () AS n_articles FROM m), "
        "g AS (SELECT _key, min(pos) AS gpos FROM o GROUP BY _key), "
        "gp AS (SELECT *, row_number() OVER (ORDER BY gpos) AS grp, count(*) OVER () AS n_groups FROM g) "
        "SELECT o.* EXCLUDE (_when, _key), gp.grp AS \"group\", gp.n_groups FROM o JOIN gp USING (_key) "
        "WHERE gp.grp > $off AND gp.grp <= $off + $lim ORDER BY gp.grp, o.pos"),
        {"entity": str(entity_id), "lim": max(0, int(limit)), "off": max(0, int(offset))})
    if not len(df):
        if offset:
            _, g, m, a = entity_mentions(con, filters, entity_id, limit=1, offset=0)
            return df, g, m, a
        return df, 0, 0, 0
    first = df.iloc[0]
    df = df.astype({c: "string" for c in df.columns if df[c].dtype == object})
    return df.drop(columns=["n_groups", "n_mentions", "n_articles", "pos"]).reset_index(drop=True), \
        int(first["n_groups"]), int(first["n_mentions"]), int(first["n_articles"])


# A mention's place in the Entities page's order (newest article first, then reading order) as one HUGEINT:
# (the article's rank, start_char, end_char). min() of it finds a sentence's first mention in one pass, where a
# row_number() window over every mention of a country (1.4 million at 100,000 articles) took 15 s.
_SHIFT = 4294967296  # 2**32: character offsets stay below it; a NULL offset sorts last as 2**32 - 1
_MENTION_ORDER = (f"r.ar::HUGEINT * {_SHIFT}::HUGEINT * {_SHIFT}::HUGEINT + coalesce(x.start_char, {_SHIFT - 1})"
                  f"::HUGEINT * {_SHIFT} + coalesce(x.end_char, {_SHIFT - 1})")


def entity_sentences(con: duckdb.DuckDBPyConnection, filters, entity_id: str, *, limit: int = 25, offset: int = 0,
                     links: int = 6) -> tuple[pd.DataFrame, int, int, int]:
    """`entity_mentions` one row per distinct sentence: the sentence's first mention, the first `links` articles
    that ran it (`article_ids`, their `outlets`, in the page's order) and how many did (`n_sentence_articles`).

    Wire copy runs one sentence in thousands of articles: the page links six. Sentences are grouped as written
    first and whitespace-normalised after (a country's 1.4 million mentions at 100,000 articles hold a few
    thousand distinct sentences, so the regular expression runs on those only), and mentions are ordered by
    their article's rank, computed once over the filtered articles (bench/bench_dashboard.py: 15 s -> <1 s).
    Returns (one row per sentence in order, with `group`; distinct sentences; mentions; articles)."""
    df = _sql(con, filters, (
        "WITH r AS (SELECT article_id, outlet, row_number() OVER (ORDER BY CAST(published AS DATE) DESC NULLS LAST, "
        "article_id) AS ar FROM articles WHERE article_id IN (SELECT article_id FROM sel)), "
        f"m AS (SELECT r.ar, coalesce(x.sentence, '') AS _raw, {_MENTION_ORDER} AS _ok "
        "FROM mentions x JOIN r USING (article_id) WHERE x.entity_id = $entity), "
        "tot AS (SELECT count(*) AS n_mentions, count(DISTINCT ar) AS n_articles FROM m), "
        "k AS (SELECT _raw, trim(regexp_replace(_raw, '\\s+', ' ', 'g')) AS _key, _ok FROM "
        "(SELECT _raw, min(_ok) AS _ok FROM m GROUP BY _raw)), "
        "gp AS (SELECT _key, gok, row_number() OVER (ORDER BY gok) AS grp, count(*) OVER () AS n_groups FROM "
        "(SELECT _key, min(_ok) AS gok FROM k GROUP BY _key) QUALIFY grp > $off AND grp <= $off + $lim), "
        # a sentence's articles in the page's order are its articles by rank (the rank leads the mention order)
        "pa AS (SELECT DISTINCT gp.grp, m.ar FROM m JOIN k USING (_raw) JOIN gp USING (_key)), "
        "la AS (SELECT grp, count(*) AS n_sentence_articles, list(ar ORDER BY ar)[1:$links] AS ars FROM pa GROUP BY grp), "
        "lu AS (SELECT grp, unnest(ars) AS ar, generate_subscripts(ars, 1) AS i FROM la), "
        "lk AS (SELECT lu.grp, list(r.article_id ORDER BY lu.i) AS article_ids, list(r.outlet ORDER BY lu.i) AS outlets "
        "FROM lu JOIN r USING (ar) GROUP BY lu.grp), "
        # each sentence's first mention, found again from its order value (the page's sentences only)
        f"fm AS (SELECT x.*, gp.grp FROM mentions x JOIN r USING (article_id) JOIN gp ON {_MENTION_ORDER} = gp.gok "
        "WHERE x.entity_id = $entity QUALIFY row_number() OVER (PARTITION BY gp.grp) = 1) "
        "SELECT fm.* EXCLUDE (grp), fm.grp AS \"group\", gp.n_groups, tot.n_mentions, tot.n_articles, "
        "la.n_sentence_articles, lk.article_ids, lk.outlets FROM fm JOIN gp USING (grp) JOIN la USING (grp) "
        "JOIN lk USING (grp), tot ORDER BY fm.grp"),
        {"entity": str(entity_id), "lim": max(0, int(limit)), "off": max(0, int(offset)), "links": max(1, int(links))})
    if not len(df):
        if offset:
            _, g, m, a = entity_sentences(con, filters, entity_id, limit=1, offset=0)
            return df, g, m, a
        return df, 0, 0, 0
    first = df.iloc[0]
    lists = {"article_ids", "outlets"}
    df = df.astype({c: "string" for c in df.columns if df[c].dtype == object and c not in lists})
    df["article_ids"] = [[str(a) for a in ids] for ids in df["article_ids"]]
    df["outlets"] = [[o if isinstance(o, str) else None for o in outs] for outs in df["outlets"]]
    return df.drop(columns=["n_groups", "n_mentions", "n_articles"]).astype({"n_sentence_articles": "int64"}) \
        .reset_index(drop=True), int(first["n_groups"]), int(first["n_mentions"]), int(first["n_articles"])


def name_variants(con: duckdb.DuckDBPyConnection, filters, entity_id: str) -> pd.DataFrame:
    """`charts.entities.name_variants` in SQL: the forms an entity is written in, most frequent first."""
    df = _sql(con, filters, (
        "SELECT text AS form, count(*) AS count FROM mentions WHERE article_id IN (SELECT article_id FROM sel) "
        "AND entity_id = $entity AND text IS NOT NULL GROUP BY text ORDER BY count DESC, form"),
        {"entity": str(entity_id)})
    return pd.DataFrame({"form": df["form"].astype("string"), "count": df["count"].astype("int64")})


def cooccurring(con: duckdb.DuckDBPyConnection, filters, entity_id: str, *, max_articles: int | None = None
                ) -> pd.DataFrame:
    """`charts.entities.cooccurring` in SQL: entities sharing a sentence with entity_id, and how often; with
    max_articles, only in the entity's newest max_articles filtered articles (published, then id).

    Every mention of the filtered articles is joined to the entity's sentences: 9.5 million at 100,000 articles,
    5-10 s on this 2-core machine; the newest 2,000 articles take 0.5 s (bench/bench_dashboard.py)."""
    own_arts = "SELECT article_id FROM sel"
    extra: dict = {"entity": str(entity_id)}
    if max_articles is not None:
        own_arts = ("SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM sel) AND article_id IN "
                    "(SELECT article_id FROM mentions WHERE entity_id = $entity) "
                    "ORDER BY CAST(published AS DATE) DESC NULLS LAST, article_id LIMIT $max_articles")
        extra["max_articles"] = max(0, int(max_articles))
    df = _sql(con, filters, (
        "WITH own AS (SELECT DISTINCT article_id, sent_index FROM mentions WHERE entity_id = $entity AND "
        f"sent_index IS NOT NULL AND article_id IN ({own_arts})), "
        "p AS (SELECT DISTINCT m.article_id, m.sent_index, m.entity_id FROM mentions m JOIN own "
        "USING (article_id, sent_index) WHERE m.entity_id <> $entity) "
        "SELECT entity_id, count(*) AS together FROM p GROUP BY entity_id ORDER BY together DESC, entity_id"), extra)
    return pd.DataFrame({"entity_id": df["entity_id"].astype("string"), "together": df["together"].astype("int64")})


# Outlets

# Coverage tables summed over events by the Outlets page's charts: (value column, columns kept)
_SUMMED = {"naming": ("count", ("outlet", "entity_id", "form", "title")),
           "outlet_entities": ("mentions", ("outlet", "entity_id")),
           "framing": ("count", ("outlet", "concept", "term"))}


def coverage_sums(con: duckdb.DuckDBPyConnection, name: str, filters) -> pd.DataFrame:
    """A filtered coverage table summed over its events (naming, outlet_entities, framing): the Outlets charts
    only add these counts up, so the sums give the same charts from far fewer rows. With an event filter the
    rows keep that event's id."""
    value, keys = _SUMMED[name]
    cols = ", ".join(_col(name, c) for c in keys)
    ev = ("event_id, " if filters.event else "")  # one event: its id stays (charts select rows by it)
    df = _sql(con, filters, f"SELECT {ev}{cols}, sum({_col(name, value)}) AS {_col(name, value)} FROM "
                            f"{_sub(name, filters)} GROUP BY ALL ORDER BY ALL")
    return T.conform(name, df)


def outlet_overview(con: duckdb.DuckDBPyConnection, filters) -> dict:
    """The Outlets page's header: outlets (sorted, "unknown outlet" last when some article has none),
    articles, events, and the articles whose outlet is unknown (article_id, title; by title then id)."""
    row = _sql(con, filters, "SELECT count(*) AS n, count(DISTINCT event_id) AS events, "
                             "list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets, "
                             "count(*) FILTER (WHERE outlet IS NULL) AS unknown FROM sel").iloc[0]
    unknown = _sql(con, filters, "SELECT article_id, title FROM articles WHERE outlet IS NULL AND article_id IN "
                                 "(SELECT article_id FROM sel) ORDER BY title NULLS LAST, article_id")
    known = [str(o) for o in (row["outlets"] if isinstance(row["outlets"], (list, tuple)) or
                              hasattr(row["outlets"], "__len__") else [])]
    return {"outlets": known + (["unknown outlet"] if int(row["unknown"]) else []), "articles": int(row["n"]),
            "events": int(row["events"]), "unknown": unknown.astype("string")}


def _n_outlets_sql() -> str:
    """SQL: how many distinct non-blank outlets an events row lists (as charts.outlets.events_to_compare)."""
    return ("len(list_distinct(list_filter(string_split(coalesce(outlets, ''), ' | '), lambda x: trim(x) <> ''))) ")


def events_page(con: duckdb.DuckDBPyConnection, filters, *, limit: int, offset: int = 0
                ) -> tuple[pd.DataFrame, int, int]:
    """One page of the filtered events, most outlets first then by date and id (as events_to_compare), with
    `n_outlets`; how many events; how many have more than one outlet."""
    df = _sql(con, filters, (
        f"WITH e AS (SELECT *, {_n_outlets_sql()} AS n_outlets FROM {_sub('events', filters)}), "
        # the totals as a one-row join: `count(*) FILTER (…) OVER ()` took 9 s over 95,000 events (DuckDB 2.0.1)
        "k AS (SELECT count(*) AS _n, count(*) FILTER (WHERE n_outlets > 1) AS _several FROM e) "
        "SELECT e.*, k._n, k._several FROM e, k "
        "ORDER BY n_outlets DESC, first_date NULLS LAST, event_id LIMIT $lim OFFSET $off"),
        {"lim": max(0, int(limit)), "off": max(0, int(offset))})
    n = int(df["_n"].iloc[0]) if len(df) else count(con, "events", filters)
    several = int(df["_several"].iloc[0]) if len(df) else 0
    out = T.conform("events", df.drop(columns=["_n", "_several", "n_outlets"]))
    keep = dict(zip(df["event_id"], df["n_outlets"]))
    order = list(df["event_id"])
    out = out.set_index("event_id").loc[order].reset_index() if len(out) else out
    out["n_outlets"] = [int(keep[e]) for e in out["event_id"]]
    return out.astype({"n_outlets": "int64"}), n, several


def event_label(con: duckdb.DuckDBPyConnection, event_id: str) -> str | None:
    """The label of one event (None when unknown or unlabelled)."""
    row = con.execute("SELECT label FROM events WHERE event_id = $e LIMIT 1", {"e": str(event_id)}).fetchone()
    return row[0] if row and isinstance(row[0], str) else None


def claim_rows(con: duckdb.DuckDBPyConnection, filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The filtered relations and the (article_id, outlet, event_id) of the articles they come from: the
    inputs of charts.outlets.claims without the other articles."""
    rel = table(con, "relations", filters)
    meta = _sql(con, filters, f"SELECT article_id, outlet, event_id FROM articles WHERE article_id IN "
                              f"(SELECT article_id FROM {_sub('relations', filters)}) ORDER BY article_id")
    return rel, meta.astype("string")


def outlet_claims(con: duckdb.DuckDBPyConnection, filters, *, limit: int = 1000) -> tuple[pd.DataFrame, dict, int]:
    """`charts.outlets.claims` in SQL, cut to what the Outlets page shows: its first `limit` rows (outlet,
    source, relation, target, sentence, article_id; by outlet, relation, source, target), the claims per
    outlet, and how many there are. Every relation (730,000 at 100,000 articles) took 60 s in pandas."""
    body = (
        "WITH nm AS (SELECT entity_id, any_value(coalesce(nullif(name, ''), entity_id)) AS name FROM entities "
        "WHERE entity_id IS NOT NULL GROUP BY entity_id), "
        "meta AS (SELECT article_id, any_value(outlet) AS outlet FROM articles WHERE article_id IN "
        "(SELECT article_id FROM sel) GROUP BY article_id), "
        "c AS (SELECT DISTINCT coalesce(meta.outlet, 'unknown outlet') AS outlet, coalesce(s.name, r.source_id) AS source, "
        "r.relation, coalesce(t.name, r.target_id) AS target, r.sentence, r.article_id "
        f"FROM {_sub('relations', filters)} r JOIN meta USING (article_id) LEFT JOIN nm s ON s.entity_id = r.source_id "
        "LEFT JOIN nm t ON t.entity_id = r.target_id), "
        "n AS (SELECT outlet, count(*) AS n FROM c GROUP BY outlet) ")
    rows = _sql(con, filters, body + "SELECT * FROM c ORDER BY outlet, relation NULLS LAST, source NULLS LAST, "
                "target NULLS LAST, article_id, sentence NULLS LAST LIMIT $lim", {"lim": max(0, int(limit))})
    per = _sql(con, filters, body + "SELECT outlet, n FROM n ORDER BY outlet")
    counts = {str(o): int(n) for o, n in zip(per["outlet"], per["n"])}
    cols = ["outlet", "source", "relation", "target", "sentence", "article_id"]
    return rows[cols].astype("string").reset_index(drop=True), counts, sum(counts.values())


def unique_summary(con: duckdb.DuckDBPyConnection, filters, *, shown: int = 10, limit: int = 1000
                   ) -> tuple[pd.DataFrame, int, pd.DataFrame, dict, dict]:
    """`charts.outlets.unique` and `distinct` in SQL, cut to what the Outlets page shows: (the first `limit`
    sentences only one outlet carried, by outlet then least similar; how many; each outlet's first `shown`
    distinct lines with n_articles; distinct lines per outlet; sentences per outlet)."""
    ev = " WHERE event_id = $event" if filters.event else ""
    body = (f"WITH u AS (SELECT DISTINCT ON (outlet, article_id, sentence) outlet, sentence, best_similarity, "
            f"article_id FROM (SELECT * FROM {_sub('unique_sentences', filters)}{ev})), "
            "l AS (SELECT outlet, sentence, count(DISTINCT article_id) AS n_articles, min(best_similarity) AS "
            "best_similarity FROM u GROUP BY outlet, sentence) ")
    extra = {"event": str(filters.event)} if filters.event else {}
    uniq = _sql(con, filters, body + "SELECT * FROM u ORDER BY outlet NULLS LAST, best_similarity NULLS LAST, "
                "sentence NULLS LAST, article_id LIMIT $lim", {**extra, "lim": max(0, int(limit))})
    lines = _sql(con, filters, body + "SELECT * FROM l QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY "
                 "best_similarity NULLS LAST, sentence NULLS LAST) <= $shown ORDER BY outlet NULLS LAST, "
                 "best_similarity NULLS LAST, sentence NULLS LAST", {**extra, "shown": max(0, int(shown))})
    per = _sql(con, filters, body + "SELECT x.outlet, coalesce(y.lines, 0) AS lines, x.n FROM (SELECT outlet, "
               "count(*) AS n FROM u GROUP BY outlet) x LEFT JOIN (SELECT outlet, count(*) AS lines FROM l GROUP BY "
               "outlet) y ON x.outlet IS NOT DISTINCT FROM y.outlet", extra)
    total = int(per["n"].sum()) if len(per) else 0
    per = per[per["outlet"].notna()]
    uniq = uniq.astype({"outlet": "string", "sentence": "string", "article_id": "string",
                        "best_similarity": "float64"})
    lines = lines.astype({"outlet": "string", "sentence": "string", "n_articles": "int64", "best_similarity": "float64"})
    return (uniq[["outlet", "sentence", "best_similarity", "article_id"]], total,
            lines[["outlet", "sentence", "n_articles", "best_similarity"]].reset_index(drop=True),
            {str(o): int(n) for o, n in zip(per["outlet"], per["lines"])},
            {str(o): int(n) for o, n in zip(per["outlet"], per["n"])})


# Alliances

# A claim the sentence does not assert in its own voice (charts.alliances.hedged): another modality, or attributed.
_HEDGED = ("(coalesce(modality, 'asserted') <> 'asserted' OR "
           "regexp_replace(coalesce(attributed_to, ''), '\\s+', '', 'g') <> '')")


def _claims(filters, include_hedged: bool, rollup: bool = False) -> str:
    """The filtered relations with `hedged` (only asserted ones unless include_hedged); with rollup, people and
    places replaced by their country and the claims that become a loop dropped (charts.alliances.roll_up)."""
    rel = f"SELECT *, {_HEDGED} AS hedged FROM {_sub('relations', filters)}"
    if rollup:
        # the map of charts.alliances.rollup_map: `$rolled_types` are the entity types that stand for their country
        up = ("(SELECT entity_id, country_id FROM entities WHERE list_contains($rolled_types, type) AND "
              "country_id IS NOT NULL AND country_id <> '' AND entity_id <> country_id)")
        rel = (f"SELECT r.* REPLACE (coalesce(s.country_id, r.source_id) AS source_id, "
               f"coalesce(t.country_id, r.target_id) AS target_id) FROM ({rel}) r "
               f"LEFT JOIN {up} s ON s.entity_id = r.source_id LEFT JOIN {up} t ON t.entity_id = r.target_id "
               "WHERE coalesce(s.country_id, r.source_id) IS DISTINCT FROM coalesce(t.country_id, r.target_id) "
               "OR r.source_id IS NULL OR r.target_id IS NULL")
    return rel if include_hedged else f"SELECT * FROM ({rel}) WHERE NOT hedged"


def _rolled_types() -> dict:
    from dashboard.charts.alliances import ROLLED_UP_TYPES

    return {"rolled_types": list(ROLLED_UP_TYPES)}


def stance_targets(con: duckdb.DuckDBPyConnection, filters) -> pd.DataFrame:
    """`charts.alliances.targets` in SQL: targets with their evidence sentences, most discussed first."""
    df = _sql(con, filters, (
        f"SELECT target_id, count(*) AS n FROM (SELECT DISTINCT target_id, article_id, sentence FROM "
        f"{_sub('relations', filters)} WHERE target_id IS NOT NULL) GROUP BY target_id ORDER BY n DESC, target_id"))
    return pd.DataFrame({"target_id": df["target_id"].astype("string"), "n": df["n"].astype("int64")})


def stance_counts(con: duckdb.DuckDBPyConnection, filters, target_id: str, by: str = "country", *,
                  include_hedged: bool = False) -> pd.DataFrame:
    """`charts.alliances.stance_counts` in SQL: evidence sentences per (actor, relation, outlet, hedged) about a
    target; an asserted sentence wins over a hedged one for the same claim."""
    actor = "coalesce(source_country_id, source_id)" if by == "country" else "source_id"
    df = _sql(con, filters, (
        f"WITH r AS (SELECT *, {actor} AS actor_id FROM ({_claims(filters, include_hedged)}) "
        "WHERE target_id = $target), "
        "x AS (SELECT r.*, coalesce(a.outlet, 'unknown outlet') AS outlet FROM r LEFT JOIN "
        "(SELECT article_id, any_value(outlet) AS outlet FROM articles GROUP BY article_id) a USING (article_id) "
        "WHERE actor_id IS NOT NULL AND actor_id <> $target), "
        "claim AS (SELECT actor_id, relation, outlet, bool_and(hedged) AS hedged FROM x "
        "GROUP BY actor_id, relation, outlet, article_id, sentence) "
        "SELECT actor_id, relation, outlet, hedged, count(*) AS n FROM claim WHERE relation IS NOT NULL "
        "GROUP BY ALL ORDER BY actor_id, relation, outlet, hedged"), {"target": str(target_id)})
    return df.astype({"actor_id": "string", "relation": "string", "outlet": "string", "hedged": "bool",
                      "n": "int64"})


def stance_edges(con: duckdb.DuckDBPyConnection, filters, *, include_hedged: bool = False,
                 rollup: bool = False) -> pd.DataFrame:
    """`charts.alliances.edges` (of `roll_up` with `rollup_map` when rollup) in SQL: signed edges with their
    evidence sentences."""
    df = _sql(con, filters, (
        f"WITH r AS ({_claims(filters, include_hedged, rollup)}), "
        "claim AS (SELECT source_id, relation, target_id, bool_and(hedged) AS hedged FROM r "
        "WHERE source_id IS NOT NULL AND target_id IS NOT NULL "
        "GROUP BY source_id, relation, target_id, article_id, sentence) "
        "SELECT source_id, relation, target_id, hedged, count(*) AS n FROM claim WHERE relation IS NOT NULL "
        "GROUP BY ALL ORDER BY source_id, relation, target_id, hedged"), _rolled_types() if rollup else {})
    return df.astype({"source_id": "string", "relation": "string", "target_id": "string", "hedged": "bool",
                      "n": "int64"})


def stance_evidence(con: duckdb.DuckDBPyConnection, filters, *, by: str = "country", include_hedged: bool = False,
                    rollup: bool = False, target_id: str | None = None, actor_id: str | None = None,
                    source_in: str | None = None, target_in: str | None = None, touching: str | None = None,
                    per_claim: int | None = None) -> pd.DataFrame:
    """`charts.alliances.evidence` in SQL: the sentences behind a bar (target_id, actor_id), an arrow (source_in,
    target_in) or an actor of the network (touching: source or target), one row per (claim, sentence) in its order.

    source_in/target_in/touching match the ids rolled up to their country when rollup (charts.alliances.involving);
    the rows keep the ids as stated.

    With per_claim, each claim (source, relation, target as named) keeps only the first row of each sentence and
    of those its first per_claim, with `n_claim` (the claim's rows) and `n_distinct` (its distinct sentences):
    what a page lists. Every row about a country's target at 100,000 articles (hundreds of thousands) took 40 s
    and 3 GB to group in pandas (bench/bench_dashboard.py)."""
    rolled = {"_src": "r.source_id", "_tgt": "r.target_id"}
    joins = ""
    if rollup:
        up = ("(SELECT entity_id, any_value(country_id) AS country_id FROM entities WHERE list_contains($rolled_types, "
              "type) AND country_id IS NOT NULL AND country_id <> '' AND entity_id <> country_id GROUP BY entity_id)")
        joins = f" LEFT JOIN {up} us ON us.entity_id = r.source_id LEFT JOIN {up} ut ON ut.entity_id = r.target_id"
        rolled = {"_src": "coalesce(us.country_id, r.source_id)", "_tgt": "coalesce(ut.country_id, r.target_id)"}
    actor = "coalesce(r.source_country_id, r.source_id)" if by == "country" else "r.source_id"
    where, extra = ["TRUE"], dict(_rolled_types() if rollup else {})
    for name, sql, value in (("t", "r.target_id", target_id), ("a", "actor_id", actor_id),
                             ("s_in", "_src", source_in), ("t_in", "_tgt", target_in)):
        if value is not None:
            where.append(f"{sql} = ${name}")
            extra[name] = str(value)
    if touching is not None:
        where.append("(_src = $node OR _tgt = $node)")
        extra["node"] = str(touching)
    if not include_hedged:
        where.append("NOT hedged")
    body = (
        f"WITH r AS (SELECT x.*, {_HEDGED} AS hedged, row_number() OVER () AS _ord FROM {_sub('relations', filters)} x), "
        "nm AS (SELECT entity_id, any_value(coalesce(nullif(name, ''), entity_id)) AS name FROM entities "
        "WHERE entity_id IS NOT NULL GROUP BY entity_id), "
        "meta AS (SELECT article_id, any_value(outlet) AS outlet, any_value(title) AS title, "
        "any_value(published) AS published FROM articles GROUP BY article_id), "
        f"m AS (SELECT r.*, {actor} AS actor_id, coalesce(meta.outlet, 'unknown outlet') AS outlet, meta.title, "
        f"meta.published, {rolled['_src']} AS _src, {rolled['_tgt']} AS _tgt FROM r LEFT JOIN meta USING (article_id)"
        f"{joins}), "
        f"k AS (SELECT * FROM m r WHERE {' AND '.join(where)} QUALIFY row_number() OVER (PARTITION BY source_id, "
        "relation, target_id, article_id, sentence ORDER BY _ord) = 1) "
        "SELECT coalesce(s.name, k.source_id) AS source, k.relation, coalesce(t.name, k.target_id) AS target, "
        "k.sentence, k.outlet, k.published, k.title, k.article_id, k.trigger, "
        "CASE WHEN k.attributed_to IS NULL THEN NULL ELSE coalesce(b.name, k.attributed_to) END AS attributed_to, "
        "k.modality, k.source_id, k.target_id, k.actor_id, k._ord FROM k LEFT JOIN nm s ON s.entity_id = k.source_id "
        "LEFT JOIN nm t ON t.entity_id = k.target_id LEFT JOIN nm b ON b.entity_id = k.attributed_to "
        "ORDER BY k.relation NULLS LAST, source NULLS LAST, target NULLS LAST, k.outlet NULLS LAST, "
        "k.article_id NULLS LAST, k._ord")
    from dashboard.charts.alliances import EVIDENCE_COLUMNS

    counts = []
    if per_claim is not None:
        body = body.rpartition("ORDER BY ")[0]
        claim = "source, relation, target"
        same = " AND ".join(f"d.{c} IS NOT DISTINCT FROM n.{c}" for c in ("source", "relation", "target"))
        body = (f"WITH fin0 AS ({body}), fin AS (SELECT *, row_number() OVER (ORDER BY relation NULLS LAST, source "
                "NULLS LAST, target NULLS LAST, outlet NULLS LAST, article_id NULLS LAST, _ord) AS _pos FROM fin0), "
                f"ds AS (SELECT *, row_number() OVER (PARTITION BY {claim}, sentence ORDER BY _pos) AS _sr FROM fin), "
                f"n AS (SELECT {claim}, count(*) AS n_claim, sum(CASE WHEN _sr = 1 THEN 1 ELSE 0 END) AS n_distinct "
                "FROM ds GROUP BY ALL), "
                f"d AS (SELECT * FROM ds WHERE _sr = 1 QUALIFY row_number() OVER (PARTITION BY {claim} ORDER BY _pos) "
                "<= $per_claim) "
                f"SELECT d.*, n.n_claim, n.n_distinct FROM d JOIN n ON {same} ORDER BY d._pos")
        extra["per_claim"] = max(1, int(per_claim))
        counts = ["n_claim", "n_distinct"]
    df = _sql(con, filters, body, extra)
    df["date"] = pd.to_datetime(df["published"]).dt.date
    out = df[EVIDENCE_COLUMNS + counts]
    return out.astype({c: "string" for c in EVIDENCE_COLUMNS if c != "date"}) \
        .astype({c: "int64" for c in counts}).reset_index(drop=True)
