"""Newslens dashboard entry point: page config, data, shared sidebar filters, navigation.

    streamlit run dashboard/app.py                       # the repo's seeds/
    streamlit run dashboard/app.py -- --corpus DIR       # another corpus (or NEWSLENS_CORPUS=DIR)

Every page is a path (`/`, `/entities`, `/articles`, `/data`, `/alliances`, `/memberships`, `/outlets`)
and every filter a query parameter (dashboard/filters.py lists the keys).
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import data, filters, ui  # noqa: E402

st.set_page_config(page_title="Newslens", page_icon="📰", layout="wide")

# (file under views/, title, url path, icon, page-specific URL keys)
PAGES = {
    "Corpus": [
        ("overview", "Overview", "overview", ":material/dashboard:", ()),
        ("entities", "Entities", "entities", ":material/group:", ("entity",)),
        ("articles", "Articles", "articles", ":material/article:", ("article",)),
    ],
    "Analysis": [
        ("alliances", "Alliances", "alliances", ":material/handshake:", ("target", "hedged", "actor", "pair", "rollup")),
        ("memberships", "Memberships", "memberships", ":material/public:", ("org", "member")),
        ("outlets", "Outlets", "outlets", ":material/newspaper:", ()),
    ],
    "Export": [
        ("data", "Data", "data", ":material/download:", ()),
    ],
}

_pages, _keys_of = {}, {}
for section, entries in PAGES.items():
    for file, title, url_path, icon, keys in entries:
        page = st.Page(f"views/{file}.py", title=title, url_path=url_path, icon=icon, default=file == "overview")
        _pages.setdefault(section, []).append(page)
        _keys_of[page.url_path] = keys
pg = st.navigation(_pages)

try:  # root-level secrets (e.g. NEWSLENS_CORPUS on Community Cloud) become environment variables once loaded
    st.secrets.load_if_toml_exists()
except Exception:  # no secrets file is the usual case
    pass
stored_tables = data.load()
all_tables = data.with_uploads(stored_tables)
uploads = data.session_tables()
n_uploaded = ui.upload_marker(uploads)  # uploads=N in the URL, so a reload can say they were lost

_names = ui.entity_names(all_tables["entities"])
current_filters = filters.sidebar(data.sidebar_tables(all_tables), lambda iso: _names.get(f"country:{iso}") or ui.country_name(iso),
                                  facets=data.facets())
current_filters = current_filters.replace(uploads=n_uploaded)  # in-app links carry the marker
filters.drop_page_keys(keep=_keys_of.get(pg.url_path, ()))
filtered = data.filtered(stored_tables, current_filters)  # SQL; this session's uploads join in there
ents = all_tables["entities"]
data.set_current(data.View(
    tables=filtered, all_tables=all_tables, filters=current_filters, names=_names,
    types=dict(zip(ents["entity_id"].astype(str), ents["type"].astype("string").fillna("").astype(str))),
))

with st.sidebar:
    n_all = data.count("articles", all_tables, filters.Filters())
    n_now = data.count("articles", filtered, current_filters)
    st.caption(f"{n_now} of {n_all} articles match" + (f" · {len(uploads['articles'])} uploaded this session"
                                                       if uploads else ""))
    kept = data.undated_kept(filtered, current_filters)
    if kept:
        # A date range read as "these dates only" silently kept every undated article (79 of 81 on a real corpus).
        st.warning(f"{kept} of these {n_now} articles have no known date and pass any date range: untick "
                   "“Include undated articles” to keep only the dated ones.", icon=":material/event_busy:")
    st.caption("Link to this view (copy with the icon):")
    link_slot = st.empty()


def _view_url() -> str:
    """The URL of this exact view: page path plus the global filters and this page's selection."""
    base = "http://localhost:8501"
    try:
        if st.context.url:
            parts = urlsplit(st.context.url)
            path = parts.path.rstrip("/")
            # every page's own path, the default page's name too: "/overview" (served as the main page with a
            # "Page not found" notice) must not become part of the base ("…/overview/" would be a dead link)
            for page_path in {entry[2] for entries in PAGES.values() for entry in entries} | set(_keys_of):
                if page_path and path.endswith("/" + page_path):
                    path = path[: -len(page_path) - 1]
            base = f"{parts.scheme}://{parts.netloc}{path}"
    except Exception:  # st.context.url is missing in some hosts and in AppTest
        pass
    page_keys = filters.Filters.from_query(st.query_params)
    keys = _keys_of.get(pg.url_path, ())
    view = current_filters.replace(**{k: (getattr(page_keys, k) if k in keys else None)
                                      for k in filters.PAGE_KEYS})
    query = view.query_string()
    return f"{base}/{pg.url_path}" + (f"?{query}" if query else "")


# Drawn before the page (a page may st.stop() on its empty state) and redrawn after it, when the page has
# written its own selection (entity, article, target, org) into the URL.
link_slot.code(_view_url(), language=None, wrap_lines=True)
ui.uploads_lost_notice()
pg.run()
link_slot.code(_view_url(), language=None, wrap_lines=True)
