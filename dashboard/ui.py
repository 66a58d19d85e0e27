"""Small view helpers shared by every page: empty state, escaped highlighting, evidence lists, safe export.

Every helper that renders article text escapes it first: article text is untrusted input, so `<script>`,
`<img onerror=…>` or Markdown (`![x](http://…)`, `:red[…]`) in an article must show as text. Use
`highlight()` / `kwic()` (spaCy's displaCy, made Markdown-inert) or `inert()` for any text you pass to
`st.markdown(..., unsafe_allow_html=True)`, `md()` for plain Markdown, never raw strings.

    from dashboard import data, ui
    view = data.current()
    if ui.empty_state(view.tables["relations"], "No stance claim matches these filters."):
        st.stop()
    ui.evidence(view.tables["relations"], view)            # sentences with outlet, date, article link
    st.download_button("CSV", ui.to_csv(df), "x.csv")      # formula-safe CSV
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

import pandas as pd

_COLOURS = {
    "country": "#cfe2ff", "person": "#ffe5b4", "organisation": "#d1f2d1", "group": "#f8d7da",
    "place": "#e2d9f3",
}


# Every character CommonMark lets a backslash escape, plus ":" so Streamlit's `:red[…]` / `:material/x:`
# directives stay text (CommonMark spec §2.4 "Backslash escapes"; Streamlit docs, st.markdown).
_AUTOLINK_TRIGGER = re.compile(r"(?i):/|www\.|@")  # the last character gets the joiner before it
_MD_SPECIAL = set("\\`*_{}[]()<>#+-.!|~$&:\"'=")


def md(text) -> str:
    """Escape untrusted text for st.markdown / captions / subheaders: no HTML, links, images or directives."""
    text = "" if text is None else str(text)
    # GFM (remark-gfm, which Streamlit uses) turns "http://…", "www.…" and "a@b.c" into links even when their
    # punctuation is backslash-escaped; an invisible WORD JOINER (U+2060) inside each trigger breaks it.
    text = _AUTOLINK_TRIGGER.sub(lambda m: m.group()[:-1] + "\u2060" + m.group()[-1], text)
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in text).replace("\r", " ").replace("\n", " ")


def plot_text(text) -> str:
    """Escape untrusted text for plotly labels, hover and legends: plotly renders a subset of HTML there."""
    return html.escape("" if text is None else str(text), quote=False)


# How an article's date was found (articles.date_source), said so a reader can tell a date the text
# prints from one borrowed from other reports of the same event.
DATE_HOW = {
    "explicit": "date printed in the text",
    "weekday": "from a weekday in the text",
    "metadata": "from the file's metadata",
    "event": "from its event: the text gives no date",
}


def date_how(date_source) -> str:
    """Return how an article's date was found, in words ('' when it has none or an unknown value)."""
    return DATE_HOW.get(date_source, "") if isinstance(date_source, str) else ""


def relative_source(source) -> str:
    """Return an article's source path relative to its corpus root (never the server's absolute path)."""
    from pathlib import PurePath

    from dashboard import data

    text = "" if source is None or (not isinstance(source, str) and pd.isna(source)) else str(source)
    if not text or text.startswith("upload:"):
        return text
    path = PurePath(text)
    if not path.is_absolute():
        return text
    for root in data.corpus_paths():
        try:
            rel = path.relative_to(root)
        except ValueError:
            continue
        return (PurePath(root.name) / rel).as_posix() if len(data.corpus_paths()) > 1 else rel.as_posix()
    return path.name  # outside every root (e.g. a cached table from elsewhere): the file name only


@lru_cache(maxsize=512)
def country_name(iso3: str) -> str:
    """Return a readable country name for an ISO-3 code ("IRN" → "Iran"), the code itself if unknown."""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=str(iso3).upper())
    except Exception:  # pycountry missing or bad code: the code is still meaningful
        c = None
    if c is None:
        return str(iso3)
    return getattr(c, "common_name", None) or c.name.split(",")[0]


def entity_names(entities: pd.DataFrame | None) -> dict[str, str]:
    """Return {entity_id: display name} from an entities table."""
    if entities is None or entities.empty:
        return {}
    names = entities["name"].astype("string").fillna(entities["entity_id"].astype("string"))
    return dict(zip(entities["entity_id"].astype(str), names.astype(str)))


def empty_state(df: pd.DataFrame | None, message: str = "Nothing matches these filters.", *, hint: bool = True) -> bool:
    """Show a clear empty state (st.info, with a hint to widen the filters unless hint=False) when df is empty;
    return True if it was empty."""
    import streamlit as st

    if df is None or len(df) == 0:
        tip = (" Widen the date range, clear a country or outlet in the sidebar, "
               "or open the page without query parameters.") if hint else ""
        st.info(f"{message}{tip}", icon="🔎")
        return True
    return False


# displaCy's entity template, made compact (no label box after each name, which would break the
# reading) and with a tooltip; one line, so the HTML block passed to st.markdown never holds a blank line.
_ENT_TEMPLATE = ('<mark class="entity" style="background:{bg};padding:0 2px;border-radius:3px;{style}" '
                 'title="{tip}">{text}</mark>')

# Characters that still mean something to Streamlit's Markdown (CommonMark; `:red[…]` and `:material/…:`
# directives, which Streamlit applies even inside HTML; `$` math) once displaCy or html.escape has escaped
# `& < > "`. They become numeric character references in text nodes, which CommonMark never reads as
# structure (spec §2.5 "Entity and numeric character references"), so Markdown in an article shows as text
# even outside an HTML block. Line-start markers (# - + 1.) need nothing in the one-line markup of
# highlight()/kwic(); inert() handles them.
_MD_IN_HTML = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);|[\\`*_{}\[\]!|~$:'@]|(?i:(?<=www)\.)")
# GFM autolink literals ("http://…", "www.…", "a@b.c") are found in the decoded text of a paragraph
# (mdast-util-gfm-autolink-literal), so a reference does not stop them; an empty <wbr> before the ":", "@"
# or "www." dot splits the text node and does (it renders nothing and copies as nothing).
_AUTOLINK_BREAK = {":", "@", "."}


def _inert(markup: str) -> str:
    """Return markup with Markdown-significant characters of its text nodes as character references."""
    def one(m: re.Match) -> str:
        c = m.group()
        if len(c) > 1:  # a reference already
            return c
        return ("<wbr>" if c in _AUTOLINK_BREAK else "") + f"&#x{ord(c):x};"

    # displaCy escapes < and > in the text and html.escape does in the tooltip, so every "<" starts a tag.
    return "".join(part if part.startswith("<") else _MD_IN_HTML.sub(one, part)
                   for part in re.split(r"(<[^>]*>)", markup))


def inert(text) -> str:
    """Return untrusted text as HTML for st.markdown(unsafe_allow_html=True): escaped, Markdown-inert, one line."""
    text = ("" if text is None else str(text)).replace("\r", " ").replace("\n", " ").strip()
    out = _inert(html.escape(text, quote=True))
    # At the start of a line (after "> " in a quote) these open a heading, a list or, indented, code block.
    return f"&#x{ord(out[0]):x};{out[1:]}" if out[:1] in set("#+-0123456789") else out


def _displacy(text: str, ents: list[dict], colours: Mapping[str, str], style: str = "") -> str:
    """Return spaCy displaCy's entity markup of `text` (escaped) with `ents`, Markdown-inert."""
    from spacy import displacy

    # A bare CR is a line ending to Markdown (a blank line would end the HTML block) but not to displaCy,
    # which only turns "\n" into <br>: a space keeps every character offset.
    text = text.replace("\r", " ")
    markup = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, jupyter=False,
                             options={"colors": dict(colours), "template": _ENT_TEMPLATE.replace("{style}", style)})
    # displaCy's wrapper spaces lines for its large labelled boxes; the compact marks read better closer.
    return _inert(markup.replace("line-height: 2.5", "line-height: 1.6", 1))


def _non_overlapping(spans, length: int) -> list[tuple[int, int, str | None]]:
    """Return spans inside 0..length sorted by start, dropping any that overlaps an earlier one."""
    kept, pos = [], 0
    for start, end, ent in sorted((int(s), int(e), x) for s, e, x in spans
                                  if s is not None and e is not None and not pd.isna(s) and not pd.isna(e)):
        if start < pos or start >= end or end > length:
            continue
        kept.append((start, end, ent))
        pos = end
    return kept


def highlight(text: str, spans: Iterable[tuple[int, int, str | None]] = (), *, title: Mapping[str, str] | None = None,
              types: Mapping[str, str] | None = None) -> str:
    """Return HTML of `text` escaped (spaCy displaCy), each (start, end, entity_id) span a <mark> coloured by type.

    Overlapping spans keep the first (by start); offsets are character offsets into `text`. Newlines become
    <br>; Markdown in the text stays text.
    """
    text = "" if text is None else str(text)
    ents = []
    for start, end, ent in _non_overlapping(spans, len(text)):
        kind = (types or {}).get(ent or "", "")
        tip = html.escape(f"{(title or {}).get(ent or '', ent or '')} · {ent or ''}", quote=True)
        ents.append({"start": start, "end": end, "label": kind if kind in _COLOURS else "other",
                     "params": {"tip": tip}})
    return _displacy(text, ents, {**_COLOURS, "other": "#fff3b0"})


def kwic(sentence: str, start: int, end: int) -> str:
    """Return HTML of a sentence (escaped, on one line) with the characters start:end bolded and highlighted."""
    # a line break would end the list item the sentence is shown in; a space keeps the offsets
    sentence = ("" if sentence is None else str(sentence)).replace("\n", " ")
    start, end = max(0, int(start)), min(len(sentence), int(end))
    ents = [{"start": start, "end": end, "label": "kwic", "params": {"tip": ""}}] if start < end else []
    return _displacy(sentence, ents, {"kwic": "#fff3b0"}, style="font-weight:600")


def article_label(articles: pd.DataFrame) -> dict[str, str]:
    """Return {article_id: "title — outlet, date"} for lists and evidence."""
    labels = {}
    for row in articles.itertuples(index=False):
        date = "" if pd.isna(row.published) else pd.Timestamp(row.published).date().isoformat()
        title = row.title if isinstance(row.title, str) and row.title else row.article_id
        labels[str(row.article_id)] = f"{title} — {row.outlet if isinstance(row.outlet, str) else 'unknown outlet'}" + (
            f", {date}" if date else "")
    return labels


def read_link(article_id: str, label: str = "read") -> None:
    """A link to the article reader that navigates within the session (st.page_link), keeping the global filters.

    A plain <a href> reloads the app and starts a new session, which loses this session's uploaded articles.
    """
    import streamlit as st

    from dashboard import data

    base = data.current().filters if data.has_current() else None
    query = (base.global_only().replace(article=str(article_id)).to_query()
             if base else {"article": str(article_id)})
    st.page_link("views/articles.py", label=label, query_params=query, icon=":material/article:")


_HAD_UPLOADS = "_newslens_had_uploads"
_LOST_UPLOADS = "_newslens_lost_uploads"


def upload_marker(uploads: Mapping[str, pd.DataFrame] | None) -> int | None:
    """Keep `uploads=N` in the URL while this session has N uploaded articles; return N (None when none).

    Uploads live in the browser session, and a reload starts a new one: a session opened with the marker
    but without uploads says on every page that they were lost (uploads_lost_notice), and the marker goes.
    """
    import streamlit as st

    from dashboard import filters

    n = len(uploads["articles"]) if uploads else 0
    asked = filters.Filters.from_query(st.query_params).uploads
    if n:
        st.session_state[_HAD_UPLOADS] = True
        st.session_state.pop(_LOST_UPLOADS, None)
        if asked != n:
            st.query_params["uploads"] = str(n)
        return n
    if asked and not st.session_state.get(_HAD_UPLOADS):
        # this session never had uploads: the marker came with the URL of an earlier session
        st.session_state[_LOST_UPLOADS] = asked
    if "uploads" in st.query_params:
        del st.query_params["uploads"]
    return None


def uploads_lost_notice() -> None:
    """Say that the uploads of an earlier session are gone, when this session was opened with its marker."""
    import streamlit as st

    lost = st.session_state.get(_LOST_UPLOADS)
    if lost:
        st.warning(f"This page was opened with {lost} uploaded article{'' if lost == 1 else 's'} from an earlier "
                   "session; uploads last only for the browser session in which they were made — upload them "
                   "again on the Data page.", icon=":material/cloud_off:")


def evidence(df: pd.DataFrame, articles: pd.DataFrame, *, limit: int = 200, sentence_col: str = "sentence") -> None:
    """List evidence sentences (escaped) with outlet, date, source and a link to the article reader."""
    import streamlit as st

    if empty_state(df, "No evidence sentence matches these filters."):
        return
    meta = articles.set_index(articles["article_id"].astype(str))
    shown = df.head(limit)
    for row in shown.to_dict("records"):
        aid = str(row.get("article_id"))
        a = meta.loc[aid] if aid in meta.index else None
        outlet = a["outlet"] if a is not None and isinstance(a["outlet"], str) else "unknown outlet"
        date = (pd.Timestamp(a["published"]).date().isoformat()
                if a is not None and not pd.isna(a["published"]) else "undated")
        source = relative_source(a["source"]) if a is not None else ""
        st.markdown(f"> {inert(row.get(sentence_col) or '')}", unsafe_allow_html=True)
        with st.container(horizontal=True, vertical_alignment="center", gap="small"):
            st.caption(f"{md(outlet)} · {date} · {md(source)} ·")
            read_link(aid, "read the article")
    if len(df) > limit:
        st.caption(f"{len(df) - limit} more not shown; download them from the Data page.")


TABLE_ROWS = 1000  # rows of a long table sent to the browser; the Data page downloads every row


def capped(df: pd.DataFrame, limit: int = TABLE_ROWS, *, noun: str = "rows") -> pd.DataFrame:
    """The first `limit` rows of df, with a caption saying how many are not shown (when some are not).

    A table is serialised and sent on every rerun, also inside a closed expander: 20,000 rows cost 0.3-0.7 s
    of each rerun at 20,000 articles (bench/bench_dashboard.py), and nobody scrolls them in the browser."""
    import streamlit as st

    if len(df) <= limit:
        return df
    st.caption(f"The first {limit} of {len(df)} {noun}; the Data page downloads them all.")
    return df.head(limit)


def to_csv(df: pd.DataFrame) -> bytes:
    """Return df as formula-safe UTF-8 CSV bytes."""
    # Quote every text cell: a cell holding a bare CR would otherwise split the row in some readers.
    from analysis.store import escape_formulas

    return escape_formulas(df).to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode("utf-8")


def to_parquet(df: pd.DataFrame) -> bytes:
    """Return df as Parquet bytes."""
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def paged(df: pd.DataFrame, key: str, *, per_page: int = 25, noun: str = "rows") -> pd.DataFrame:
    """Return the rows of df on the page chosen with a small pager (drawn only when there is more than one page)."""
    import math

    import streamlit as st

    n = len(df)
    pages = max(1, math.ceil(n / per_page))
    if pages == 1:
        return df
    if not 1 <= int(st.session_state.get(key, 1) or 1) <= pages:  # fewer pages after a filter change
        st.session_state[key] = 1
    left, right = st.columns([1, 4], vertical_alignment="bottom")
    page = int(left.number_input(f"Page (of {pages})", min_value=1, max_value=pages, step=1, key=key))
    start = (page - 1) * per_page
    right.caption(f"{noun} {start + 1}–{min(n, start + per_page)} of {n}")
    return df.iloc[start:start + per_page]
