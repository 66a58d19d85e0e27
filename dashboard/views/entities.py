"""Entities page: search and sort, one entity's mentions in context, its name variants, who it appears with."""


import pandas as pd
import streamlit as st

from dashboard import data, filters, ui
from dashboard.charts import entities as charts

LINKS = 6  # article links under a sentence; the rest are counted
PER_PAGE = 25  # distinct sentences per page
# Co-occurrence is counted in the entity's newest articles only: over every article it joins all mentions (9.5
# million at 100,000 articles, 5-10 s on a first visit); 2,000 articles take 0.5 s (bench/bench_dashboard.py).
CO_ARTICLES = 2000
# A selectbox sends every option (and its format_func label) on each rerun: all entities of a 100,000-article
# corpus make the page slow to serialise and to draw in the browser. The search box above narrows the table, so
# any entity is still reachable; a linked entity (URL key `entity`) is always kept as an option. At 20,000
# articles (bench/bench_browser.py, load ~4.5) this took the page's rerun from 0.94 s to 0.56 s in Chromium.
ENTITY_OPTIONS = 500

view = data.current()
t = view.tables
st.title("Entities")

ents = t["entities"]
if ui.empty_state(ents, "No entity matches these filters."):
    st.stop()

c1, c2, c3 = st.columns([2, 1, 1])
query = c1.text_input("Search names and aliases", key="entities_search", placeholder="e.g. Assad, GECF, Tehran")
types = sorted(ents["type"].dropna().astype(str).unique())
chosen_types = c2.multiselect("Types", types, key="entities_types", placeholder="All types")
order = c3.selectbox("Sort by", ["mentions", "articles", "name"], key="entities_sort")

table = ents.copy()
table["country"] = table["iso3"].map(lambda c: view.country(c) if isinstance(c, str) else "")
if query:
    q = query.strip().lower()
    hay = (table["name"].astype("string").fillna("") + " | " + table["aliases"].astype("string").fillna("")
           + " | " + table["entity_id"].astype("string")).str.lower()
    table = table[hay.str.contains(q, regex=False)]
if chosen_types:
    table = table[table["type"].isin(chosen_types)]
by = {"mentions": ["n_mentions", "name"], "articles": ["n_articles", "name"], "name": ["name"]}[order]
table = table.sort_values(by, ascending=[False, True][: len(by)] if order != "name" else [True], na_position="last")

if table.empty:
    st.info(f"No entity matches “{ui.md(query)}”. Try another spelling or clear the type filter.", icon="🔎")
    st.stop()

st.dataframe(ui.capped(table[["name", "type", "country", "n_mentions", "n_articles", "aliases", "entity_id"]],
                       noun="entities"),
             hide_index=True, width="stretch", height=260,
             column_config={"n_mentions": "mentions", "n_articles": "articles"})

options = table["entity_id"].astype(str).head(ENTITY_OPTIONS).tolist()
if len(table) > ENTITY_OPTIONS:
    st.caption(f"The entity list holds the first {ENTITY_OPTIONS} of {len(table)}; search to find the others.")
if view.filters.entity and view.filters.entity in set(ents["entity_id"].astype(str)) and view.filters.entity not in options:
    options = [view.filters.entity] + options  # a linked entity stays selectable even when the search hides it
entity = filters.url_selectbox(
    "Entity", options, key="entity", default=options[0],
    format_func=lambda e: f"{view.name(e)} ({view.types.get(e, '?')})")
if not entity:
    st.stop()

row = ents[ents["entity_id"] == entity].iloc[0]
# The entity's mentions come a page of distinct sentences at a time from SQL (an entity can have thousands).
# One query for the counts and the page asked for (the pager's value in the session); a page out of range after
# a filter change is fetched again below.
page_key = f"entities_page:{entity}"
asked = max(1, int(st.session_state.get(page_key, 1) or 1))
shown, n_sentences, n_mentions, n_articles = data.ask("entity_sentences", view.filters, entity, limit=PER_PAGE,
                                                      offset=(asked - 1) * PER_PAGE, links=LINKS)
st.subheader(ui.md(view.name(entity)))
st.caption(f"{ui.md(entity)} · {ui.md(row['type'])}" + (f" · {ui.md(view.country(row['iso3']))}" if isinstance(row["iso3"], str) else "")
           + (f" · {ui.md(row['role'])}" if isinstance(row.get("role"), str) and row.get("role") else "")
           + f" · {n_mentions} mentions in {n_articles} articles")

left, right = st.columns([3, 2])
with left:
    st.markdown("**Mentions in context**")
    # Newest articles first, then in reading order; the same sentence in many articles (wire copy,
    # boilerplate) is one line, with every outlet that ran it.
    page = ui.paged(pd.DataFrame({"i": range(n_sentences)}), page_key, per_page=PER_PAGE,
                    noun=f"distinct sentences ({n_mentions} mentions)")
    start = int(page["i"].iloc[0]) if len(page) else 0
    if start != (asked - 1) * PER_PAGE:  # one row per sentence, with the first LINKS articles that ran it (SQL)
        shown, _, _, _ = data.ask("entity_sentences", view.filters, entity, limit=PER_PAGE, offset=start, links=LINKS)
    for m in shown.to_dict("records"):
        sentence = m.get("sentence") or ""
        offset = m.get("sent_start")
        if pd.notna(offset) and pd.notna(m.get("start_char")):
            start, end = int(m["start_char"]) - int(offset), int(m["end_char"]) - int(offset)
        else:
            start = sentence.find(str(m.get("text") or ""))
            end = start + len(str(m.get("text") or ""))
        if start < 0 or sentence[start:end] != str(m.get("text") or sentence[start:end]):
            start = sentence.find(str(m.get("text") or ""))
            end = start + len(str(m.get("text") or ""))
        # a line break inside the sentence would end the list item in markdown
        st.markdown(f"<ul class='kwic' style='margin-bottom:0'><li>{ui.kwic(sentence, start, end).replace(chr(10), ' ')}"
                    "</li></ul>", unsafe_allow_html=True)
        # In-session links (st.page_link): a plain <a href> reload would lose this session's uploads.
        with st.container(horizontal=True, vertical_alignment="center", gap="small"):
            for aid, outlet in zip(m["article_ids"], m["outlets"]):
                ui.read_link(aid, f"read · {ui.md(outlet) if isinstance(outlet, str) else 'unknown outlet'}")
            n_ran = int(m["n_sentence_articles"])
            if n_ran > LINKS:
                st.caption(f"and {n_ran - LINKS} more · {n_ran} articles")
with right:
    st.markdown("**Name variants**")
    st.dataframe(data.ask("name_variants", view.filters, entity), hide_index=True, width="stretch")
    co = data.ask("cooccurring", view.filters, entity, max_articles=CO_ARTICLES)
    if n_articles > CO_ARTICLES:
        st.caption(f"Who it appears with in its {CO_ARTICLES} newest articles (of {n_articles}).")
    st.plotly_chart(charts.cooccurrence_bar(co, view.names, view.types), width="stretch", key="cooccurrence")
