"""The dashboard's filters: a `Filters` value, its URL form, and `apply(tables, filters)`.

URL contract (DESIGN.md, "Dashboard URL contract"): the page is the path and every filter is a query
parameter; multi-valued ones repeat (`?country=IRN&country=RUS`).

| key       | meaning                                              | example                 |
|-----------|------------------------------------------------------|-------------------------|
| `from`    | first publication date, inclusive (YYYY-MM-DD)       | `from=2015-11-01`       |
| `to`      | last publication date, inclusive (YYYY-MM-DD)        | `to=2015-11-30`         |
| `undated` | keep articles with no known date (default true)      | `undated=false`         |
| `country` | ISO 3166-1 alpha-3, repeated                         | `country=IRN`           |
| `outlet`  | outlet name, repeated                                | `outlet=TRT+World`      |
| `event`   | event id                                             | `event=ev-…`            |
| `target`  | entity id (alliances page)                           | `target=person:bashar-al-assad` |
| `org`     | entity id (memberships page)                         | `org=org:gecf`          |
| `entity`  | entity id (entities page)                            | `entity=country:RUS`    |
| `article` | article id (articles page: the reader)               | `article=0123abcd…`     |
| `hedged`  | alliances: also count hedged/attributed claims       | `hedged=true`           |
| `actor`   | alliances: the selected bar's actor (entity id)      | `actor=country:RUS`     |
| `pair`    | alliances: the selected network edge, `SRC~TGT`      | `pair=country:USA~country:RUS` |
| `rollup`  | alliances network: merge people/places into country  | `rollup=country`        |
| `member`  | memberships: the selected map country (entity id)    | `member=country:IRN`    |

How a page gets its data (for every view module under dashboard/views/):

    from dashboard import data
    view = data.current()        # set by dashboard/app.py before the page runs
    view.tables                  # dict[str, DataFrame]: every table, filtered by the sidebar filters
    view.all_tables              # the same tables unfiltered (e.g. to name entities or list options)
    view.filters                 # the Filters value (view.filters.target, .org, .event, …)

A chart selection (a bar's `actor`, a network edge's `pair`, a map country's `member`) is a URL key too: the
page's on_select callback writes it with `set_url`, and a link opened later selects it again; a value the data
do not have is ignored (the page shows everything), never an error.

A page-specific selection that belongs in the URL (`target`, `org`, `entity`) uses
`url_selectbox(label, options, key=..., format_func=...)` from this module: the value is an entity id in
the URL while the widget shows names, and a link opened later selects it again.

`apply` never raises on a filter that matches nothing: it returns empty tables with the usual columns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

import pandas as pd

GLOBAL_KEYS = ("from", "to", "undated", "country", "outlet", "event")
PAGE_KEYS = ("target", "org", "entity", "article", "hedged", "actor", "pair", "rollup", "member")
PAIR_SEP = "~"  # pair=SRC~TGT: "~" is URL-safe and never in an entity id (ids are type:slug, slug [a-z0-9-])
ROLLUPS = ("country",)  # the network roll-ups a `rollup` value may name
# Not a filter: how many articles this browser session uploaded, so a reload can say they were lost.
SESSION_KEYS = ("uploads",)
MULTI_KEYS = ("country", "outlet")
_FALSE = {"0", "false", "no", "off"}


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _values(params: Mapping, key: str) -> list[str]:
    """All values of `key` in a query mapping (st.query_params, AppTest's dict, or parse_qs output)."""
    if hasattr(params, "get_all"):
        raw = params.get_all(key)
    else:
        raw = params.get(key, [])
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    return [str(v) for v in raw if str(v) != ""]


_ISO3 = re.compile(r"[A-Za-z]{3}")


def kb_country(text: str) -> str | None:
    """ISO-3 of the state the knowledge base knows by this name or alias ("Turkey", "UAE", "the Netherlands")."""
    from analysis import knowledge

    found = knowledge.load().lookup(text)
    return found.split(":", 1)[1] if found and found.startswith("country:") else None


def read_country(value: str, codes: Collection[str] = (), lookup: Callable[[str], str | None] | None = None
                 ) -> str | None:
    """Return the ISO-3 code a link's `country` value names, else None.

    Analysts paste what they know: the code (any case), the entity id (`country:TUR`), a name or alias
    (`lookup`: the knowledge base's "Turkey", "UAE"), or a name or alpha-2 code pycountry knows ("TR"). An
    unknown 3-letter code stays a code: it filters to the empty state, as any linked value the corpus lacks does."""
    import pycountry

    text = value.strip()
    if text.casefold().startswith("country:"):
        text = text[len("country:"):].strip()
    if not text:
        return None
    if _ISO3.fullmatch(text) and (text.upper() in codes or pycountry.countries.get(alpha_3=text.upper())):
        return text.upper()
    for form in dict.fromkeys((text, text.title())):  # "turkey" as "Turkey": the KB folds case only for names
        iso = lookup(form) if lookup else None
        if iso:
            return iso
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return text.upper() if _ISO3.fullmatch(text) else None


def _entity_id(value: str | None) -> str | None:
    """An entity id as linked (`type:slug`), or None for anything else (data decide later whether it exists)."""
    value = (value or "").strip()
    return value if re.fullmatch(r"[a-z_]+:[^\s~]+", value) else None


def parse_pair(value: str | None) -> tuple[str, str] | None:
    """`SRC~TGT` → (source id, target id); None when it is not two entity ids."""
    parts = str(value or "").split(PAIR_SEP)
    ids = [_entity_id(p) for p in parts]
    return (ids[0], ids[1]) if len(ids) == 2 and all(ids) else None


def pair_text(pair: tuple[str, str]) -> str:
    """(source id, target id) → its URL form `SRC~TGT`."""
    return f"{pair[0]}{PAIR_SEP}{pair[1]}"


@dataclass(frozen=True)
class Filters:
    """The global filters plus the page selections; its URL form is `to_query()`."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    undated: bool = True
    countries: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    event: str | None = None
    target: str | None = None
    org: str | None = None
    entity: str | None = None
    article: str | None = None
    hedged: bool | None = None
    actor: str | None = None
    pair: tuple[str, str] | None = None
    rollup: str | None = None
    member: str | None = None
    uploads: int | None = None

    def to_query(self) -> dict[str, str | list[str]]:
        """Return the query parameters of this view (defaults left out, lists for repeated keys)."""
        q: dict[str, str | list[str]] = {}
        if self.date_from:
            q["from"] = self.date_from.isoformat()
        if self.date_to:
            q["to"] = self.date_to.isoformat()
        if not self.undated:
            q["undated"] = "false"
        if self.countries:
            q["country"] = list(self.countries)
        if self.outlets:
            q["outlet"] = list(self.outlets)
        for key in ("event", "target", "org", "entity", "article"):
            value = getattr(self, key)
            if value:
                q[key] = value
        if self.hedged:
            q["hedged"] = "true"
        if self.actor:
            q["actor"] = self.actor
        if self.pair:
            q["pair"] = pair_text(self.pair)
        if self.rollup:
            q["rollup"] = self.rollup
        if self.member:
            q["member"] = self.member
        if self.uploads:
            q["uploads"] = str(self.uploads)
        return q

    def query_string(self) -> str:
        """Return the URL query string (without '?'), repeated keys for lists."""
        return urlencode(self.to_query(), doseq=True, safe=":")  # entity ids stay readable: person:x

    @classmethod
    def from_query(cls, params: Mapping) -> "Filters":
        """Read filters from query parameters; malformed values are ignored, never an error."""
        first = lambda k: (_values(params, k) or [None])[-1]  # noqa: E731 - last wins, like st.query_params
        undated = first("undated")
        return cls(
            date_from=_parse_date(first("from")),
            date_to=_parse_date(first("to")),
            undated=not (undated is not None and undated.strip().lower() in _FALSE),
            countries=tuple(dict.fromkeys(v.strip().upper() for v in _values(params, "country") if v.strip())),
            outlets=tuple(dict.fromkeys(_values(params, "outlet"))),
            event=first("event"),
            target=first("target"),
            org=first("org"),
            entity=first("entity"),
            article=first("article"),
            hedged=(first("hedged") or "").strip().lower() in {"1", "true", "yes", "on"} or None,
            actor=_entity_id(first("actor")),
            pair=parse_pair(first("pair")),
            rollup=(first("rollup") or "").strip().lower() if (first("rollup") or "").strip().lower() in ROLLUPS
            else None,
            member=_entity_id(first("member")),
            uploads=int(first("uploads")) or None if re.fullmatch(r"[0-9]{1,6}", first("uploads") or "") else None,
        )

    def global_only(self) -> "Filters":
        """Return a copy without the page keys (for a link to another page)."""
        return dataclasses.replace(self, **{k: None for k in PAGE_KEYS})

    def replace(self, **changes) -> "Filters":
        """Return a copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @property
    def is_default(self) -> bool:
        """True when no global filter narrows the corpus."""
        return not (self.date_from or self.date_to or not self.undated or self.countries or self.outlets
                    or self.event)


def undated_kept(articles: pd.DataFrame, filters: Filters) -> int:
    """How many of these (filtered) articles have no date yet pass a date bound only because undated ones are kept."""
    if not (filters.date_from or filters.date_to) or not filters.undated or articles.empty:
        return 0
    return int(pd.to_datetime(articles["published"], errors="coerce").isna().sum())


# --------------------------------------------------------------------------------------------- apply


def _ids_in_countries(entities: pd.DataFrame, countries: Iterable[str]) -> set[str]:
    """Entity ids that are, or belong to, one of the countries (countries, their places, their people)."""
    wanted = {c.upper() for c in countries}
    if entities.empty or "iso3" not in entities:
        return set()
    hit = entities["iso3"].fillna("").str.upper().isin(wanted)
    ids = set(entities.loc[hit, "entity_id"].astype(str))
    if "country_id" in entities:
        country_ids = {f"country:{c}" for c in wanted}
        ids |= set(entities.loc[entities["country_id"].fillna("").isin(country_ids), "entity_id"].astype(str))
    return ids


def _isin(series: pd.Series, values: set[str]) -> pd.Series:
    return series.astype("string").fillna("").isin(values)


def apply(tables: Mapping[str, pd.DataFrame], filters: Filters) -> dict[str, pd.DataFrame]:
    """Return the tables restricted to the filters (same columns; empty, never an error, when nothing matches).

    Articles match on date (undated ones kept when `undated`), outlet, event and country (the article
    mentions the country, one of its places or one of its people). Per-article tables follow their
    articles; claims (relations, memberships) must also involve one of the countries when countries are
    chosen. Entities keep those still mentioned, with `n_mentions`/`n_articles` recounted. Coverage
    tables follow the remaining events, outlets and articles. `skipped` is never filtered.
    """
    out = {name: df for name, df in tables.items()}
    articles = tables.get("articles")
    if articles is None:
        return out
    entities = tables.get("entities", pd.DataFrame(columns=["entity_id", "iso3"]))
    mentions = tables.get("mentions", pd.DataFrame(columns=["article_id", "entity_id"]))

    keep = pd.Series(True, index=articles.index)
    published = pd.to_datetime(articles["published"], errors="coerce")
    dated = published.notna()
    if filters.date_from:
        keep &= ~dated | (published >= pd.Timestamp(filters.date_from))
    if filters.date_to:
        keep &= ~dated | (published < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1))
    if not filters.undated:
        keep &= dated
    if filters.outlets:
        keep &= _isin(articles["outlet"], set(filters.outlets))
    if filters.event and "event_id" in articles:
        keep &= articles["event_id"].astype("string").fillna("") == filters.event
    country_ids: set[str] = set()
    if filters.countries:
        country_ids = _ids_in_countries(entities, filters.countries)
        hit_articles = set(mentions.loc[_isin(mentions["entity_id"], country_ids), "article_id"].astype(str))
        keep &= _isin(articles["article_id"], hit_articles)
    arts = articles[keep].reset_index(drop=True)
    out["articles"] = arts
    ids = set(arts["article_id"].astype(str))

    for name in ("mentions", "relations", "memberships", "unique_sentences"):
        if name in tables:
            df = tables[name]
            out[name] = df[_isin(df["article_id"], ids)].reset_index(drop=True)
    if country_ids:
        rel = out.get("relations")
        if rel is not None:
            cols = [c for c in ("source_id", "target_id", "source_country_id") if c in rel]
            involved = pd.Series(False, index=rel.index)
            for c in cols:
                involved |= _isin(rel[c], country_ids)
            out["relations"] = rel[involved].reset_index(drop=True)
        mem = out.get("memberships")
        if mem is not None:
            involved = _isin(mem["member_id"], country_ids) | _isin(mem["org_id"], country_ids)
            out["memberships"] = mem[involved].reset_index(drop=True)

    if "entities" in tables:
        m = out.get("mentions", mentions)
        counts = m.groupby("entity_id", observed=True).agg(
            n_mentions=("article_id", "size"), n_articles=("article_id", "nunique"))
        ents = entities[_isin(entities["entity_id"], set(counts.index.astype(str)))].copy()
        if "n_mentions" in ents:
            ents["n_mentions"] = ents["entity_id"].map(counts["n_mentions"]).astype("Int64")
        if "n_articles" in ents:
            ents["n_articles"] = ents["entity_id"].map(counts["n_articles"]).astype("Int64")
        out["entities"] = ents.reset_index(drop=True)

    event_ids = set(arts["event_id"].dropna().astype(str)) if "event_id" in arts else set()
    outlets = set(arts["outlet"].dropna().astype(str))
    if "events" in tables:
        ev = tables["events"]
        out["events"] = ev[_isin(ev["event_id"], event_ids)].reset_index(drop=True)
    for name in ("outlet_entities", "naming", "framing"):
        if name in tables:
            df = tables[name]
            out[name] = df[_isin(df["event_id"], event_ids) & _isin(df["outlet"], outlets)].reset_index(drop=True)
    return out


# ----------------------------------------------------------------------------- widgets (streamlit side)

# Streamlit's bind="query-params" writes a widget's *formatted* option into the URL, so a country shown as
# "Iran" would appear as `country=Iran`. Keys whose values are ids shown by name (country, event, target,
# org, entity) are therefore synced by hand below; the others (from, to, undated, outlet) use bind.
_LAST = "_newslens_url_last"


def _url_seed(key: str, options: Sequence, multi: bool) -> None:
    """Put the URL's value for `key` into session state when the URL changed since we last wrote it."""
    import streamlit as st

    url = _values(st.query_params, key)
    last = st.session_state.setdefault(_LAST, {}).get(key)
    if last is not None and (url == last or not url):
        # Unchanged, or dropped by a page switch: the widget's own state is the truth.
        return
    allowed = [v for v in url if v in set(options)]
    st.session_state[key] = allowed if multi else (allowed[-1] if allowed else None)


def _url_write(key: str, value) -> None:
    """Write a widget value into the URL (ids, repeated keys) and remember what we wrote."""
    import streamlit as st

    values = [str(v) for v in (value or [])] if isinstance(value, (list, tuple)) else ([str(value)] if value else [])
    current = _values(st.query_params, key)
    if current != values:
        if values:
            st.query_params[key] = values if len(values) > 1 else values[0]
        elif key in st.query_params:
            del st.query_params[key]
    st.session_state.setdefault(_LAST, {})[key] = values


def url_multiselect(label: str, options: Sequence[str], *, key: str, format_func: Callable = str, **kw) -> list[str]:
    """A multiselect whose value (ids) lives in the URL under `key`, shown through `format_func`."""
    import streamlit as st

    _url_seed(key, options, multi=True)
    if key in st.session_state:
        st.session_state[key] = [v for v in st.session_state[key] if v in set(options)]
    value = st.multiselect(label, options, key=key, format_func=format_func, **kw)
    _url_write(key, value)
    return value


def url_selectbox(label: str, options: Sequence[str], *, key: str, format_func: Callable = str,
                  default: str | None = None, **kw) -> str | None:
    """A selectbox whose value (an id) lives in the URL under `key`, shown through `format_func`.

    `default` is chosen when neither the URL nor the user picked one; it is not written to the URL.
    """
    import streamlit as st

    options = list(options)
    asked = _values(st.query_params, key)
    if asked and asked[-1] not in options and st.session_state.get(_LAST, {}).get(key) != asked:
        from dashboard.ui import md

        st.warning(f"{label}: “{md(asked[-1])}” from the link is not in the data that match these filters; "
                   "showing another choice instead.", icon="⚠️")
    _url_seed(key, options, multi=False)
    if st.session_state.get(key) not in options:
        st.session_state[key] = default if default in options else None
    kw.setdefault("placeholder", "Choose…")
    value = st.selectbox(label, options, key=key, format_func=format_func, **kw)
    _url_write(key, value if value != default or key in st.query_params else None)
    return value


def set_url(**values) -> None:
    """Set (or, for None, remove) URL keys from a callback, e.g. a chart selection: `set_url(actor=…, pair=None)`.

    The next run reads them like a link just opened: url_selectbox widgets take the new value.
    """
    import streamlit as st

    for key, value in values.items():
        text = pair_text(value) if isinstance(value, tuple) else value
        if text:
            st.query_params[key] = str(text)
        elif key in st.query_params:
            del st.query_params[key]


def url_toggle(label: str, *, key: str, on: str = "true", **kw) -> bool:
    """A toggle whose state lives in the URL as `key=<on>` (absent when off); any other value reads as off."""
    import streamlit as st

    url = _values(st.query_params, key)
    last = st.session_state.setdefault(_LAST, {}).get(key)
    if last is None or (url and url != last) or key not in st.session_state:
        st.session_state[key] = bool(url) and url[-1].strip().lower() == on
    value = st.toggle(label, key=key, **kw)
    _url_write(key, on if value else None)
    return bool(value)


def drop_page_keys(keep: Iterable[str] = ()) -> None:
    """Remove page-specific keys of other pages from the URL (called by the frame for each page)."""
    import streamlit as st

    for key in PAGE_KEYS:
        if key not in keep and key in st.query_params:
            del st.query_params[key]
        if key not in keep:
            st.session_state.get(_LAST, {}).pop(key, None)


OPEN_RANGE = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))


def date_bounds(lo: dt.date | None, hi: dt.date | None, chosen: Iterable = ()) -> tuple[dt.date, dt.date]:
    """The date pickers' range: open (1900–2100), widened to the corpus and any date already chosen.

    st.date_input clamps a typed or linked date to min/max, so bounds at the corpus's own dates made the
    README's `from=2015-11-01` impossible on a later corpus (issue 14, item 5); the corpus range is in the help.
    """
    days = list(OPEN_RANGE) + [d for d in [lo, hi, *chosen] if isinstance(d, dt.date)]
    return min(days), max(days)


def facet_counts(tables: Mapping[str, pd.DataFrame]) -> tuple[dict[str, int], dict[str, int]]:
    """Articles per country (the article mentions it, its places or people) and per outlet, for "Iran (12)" labels."""
    arts = tables.get("articles", pd.DataFrame(columns=["article_id", "outlet"]))
    outlets = arts["outlet"].dropna().astype(str).value_counts().to_dict()
    ents = tables.get("entities")
    ments = tables.get("mentions")
    if ents is None or ments is None or ents.empty or ments.empty:
        return {}, {str(k): int(v) for k, v in outlets.items()}
    iso = ents["iso3"].astype("string")
    if "country_id" in ents:  # a person or place counts for its country, as apply() filters
        iso = iso.fillna(ents["country_id"].astype("string").str.removeprefix("country:"))
    iso_of = dict(zip(ents["entity_id"].astype(str), iso.str.upper()))
    pairs = pd.DataFrame({"article_id": ments["article_id"].astype(str),
                          "iso3": ments["entity_id"].astype(str).map(iso_of)}).dropna().drop_duplicates()
    countries = pairs.groupby("iso3")["article_id"].nunique().to_dict()
    return ({str(k): int(v) for k, v in countries.items()}, {str(k): int(v) for k, v in outlets.items()})


def with_count(label: str, n: int | None) -> str:
    """A facet label in Datasette's style: "Iran (12)"."""
    return f"{label} ({n or 0})"


EVENT_OPTIONS = 300  # a selectbox of 95,000 events costs every rerun; the Outlets page links to every event


def event_options(events: pd.DataFrame, asked: list[str], labels: Mapping[str, str] | None = None) -> list[str]:
    """The event ids the sidebar offers: the EVENT_OPTIONS largest (by articles, then id), plus any asked in the URL."""
    ev = events.assign(_id=events["event_id"].astype(str))
    if "n_articles" in ev:
        ev = ev.assign(_n=pd.to_numeric(ev["n_articles"], errors="coerce").fillna(0))
        ev = ev.sort_values(["_n", "_id"], ascending=[False, True], kind="mergesort")
    else:
        ev = ev.sort_values("_id", kind="mergesort")
    ids = list(ev["_id"].head(EVENT_OPTIONS))
    extra = [e for e in asked if e not in ids and (labels is None or e in labels)]
    return ids + extra


def _read_linked_countries(isos: set[str]) -> None:
    """Rewrite the link's `country` values as ISO-3 codes; say which ones were ignored, never drop them silently."""
    import streamlit as st

    asked = _values(st.query_params, "country")
    if not asked:
        return
    read = [read_country(v, isos, kb_country) for v in asked]
    codes = list(dict.fromkeys(c for c in read if c))
    if codes != asked:
        if codes:
            st.query_params["country"] = codes if len(codes) > 1 else codes[0]
        else:
            del st.query_params["country"]
    ignored = [v for v, c in zip(asked, read) if c is None]
    if ignored:
        # Link text is untrusted: only letters, digits and a few marks reach the (markdown) warning.
        shown = ", ".join(re.sub(r"[^\w ,.'()-]", "", v)[:40] or "?" for v in ignored)
        st.warning(f"Ignored country value(s) in the link: {shown}. Use an ISO 3166 code (country=TUR) "
                   "or a country name.", icon="⚠️")


def sidebar(all_tables: Mapping[str, pd.DataFrame], country_name: Callable[[str], str],
            facets: tuple[dict[str, int], dict[str, int]] | None = None) -> Filters:
    """Draw the global filters in the sidebar (URL-bound) and return them with the URL's page keys."""
    import streamlit as st

    arts = all_tables["articles"]
    published = pd.to_datetime(arts["published"], errors="coerce").dropna()
    lo = published.min().date() if len(published) else None
    hi = published.max().date() if len(published) else None
    with st.sidebar:
        st.header("Filters")
        low, high = date_bounds(lo, hi, [_parse_date(v) for k in ("from", "to") for v in _values(st.query_params, k)]
                                + [st.session_state.get(k) for k in ("from", "to")])
        # One under the other: side by side in the sidebar the field is too narrow to show a whole date.
        d_from = st.date_input("From", value=None, key="from", bind="query-params", format="YYYY-MM-DD",
                               min_value=low, max_value=high,
                               help=f"Corpus dates: {lo} – {hi}" if lo else "No dated article")
        d_to = st.date_input("To", value=None, key="to", bind="query-params", format="YYYY-MM-DD",
                             min_value=low, max_value=high)
        if d_from and d_to and d_from > d_to:
            # A reversed range would keep only undated articles, silently: read it the way it was meant.
            st.warning(f"“From” ({d_from}) is after “To” ({d_to}): showing {d_to} to {d_from}.", icon="↔️")
            d_from, d_to = d_to, d_from
        undated = st.checkbox("Include undated articles", value=True, key="undated", bind="query-params")
        ents = all_tables.get("entities")
        isos = set(ents["iso3"].dropna().astype(str)) if ents is not None else set()
        _read_linked_countries(isos)
        # A linked value the corpus does not have still filters (to nothing, with the empty state) rather
        # than being dropped silently and showing everything.
        isos = sorted(isos | {c.upper() for c in _values(st.query_params, "country") if _ISO3.fullmatch(c)})
        n_country, n_outlet = facets or facet_counts(all_tables)  # facets: the same counts from SQL
        countries = url_multiselect("Countries", isos, key="country",
                                    format_func=lambda c: with_count(country_name(c), n_country.get(c)),
                                    placeholder="All countries")
        outlets_all = sorted(set(arts["outlet"].dropna().astype(str)) | set(_values(st.query_params, "outlet")))
        # by hand, not bind=: the URL holds the outlet name, the widget "name (count)"
        outlets = url_multiselect("Outlets", outlets_all, key="outlet",
                                  format_func=lambda o: with_count(o, n_outlet.get(o)), placeholder="All outlets")
        events = all_tables.get("events")
        event = None
        if events is not None and (len(events) or _values(st.query_params, "event")):
            labels = dict(zip(events["event_id"].astype(str), events["label"].fillna(events["event_id"]).astype(str)))
            asked = _values(st.query_params, "event")
            labels.update({e: f"{e} (not in this corpus)" for e in asked if e not in labels})
            event = url_selectbox("Event", event_options(events, asked, labels), key="event",
                                  format_func=lambda e: labels.get(e, e), placeholder="All events")
        else:
            _url_write("event", None)
    page_keys = Filters.from_query(st.query_params)
    return Filters(date_from=d_from, date_to=d_to, undated=bool(undated), countries=tuple(countries),
                   outlets=tuple(outlets), event=event,
                   **{k: getattr(page_keys, k) for k in PAGE_KEYS})
