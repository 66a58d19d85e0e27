"""Outlets page (`/outlets`, `?event=<event id>`): one event as each outlet told it, side by side — which
entities each named and how much, naming variants and titles, framing terms, stance claims, and the sentences
only one outlet carried. Without an event (the sidebar's `event` filter), the same comparison over every
filtered article.
"""

from __future__ import annotations


import pandas as pd
import streamlit as st

from dashboard import data, ui
from dashboard.charts import outlets as charts

PER_ROW = 3  # outlets side by side per row: wider rows make sentences unreadable
SENTENCES_SHOWN = 10  # per outlet, side by side; every sentence is in the table below them
EVENTS_PER_PAGE = 10  # links to one event's comparison, a page at a time



def _side_by_side(outlets: list[str]):
    """Yield (outlet, column) with at most PER_ROW columns per row."""
    width = max(1, min(len(outlets), PER_ROW))
    for i in range(0, len(outlets), width):
        row = outlets[i:i + width]
        for outlet, col in zip(row, st.columns(width)):
            yield outlet, col


def _heatmap(ents: pd.DataFrame):
    """(entity shares, their heatmap) for the current filters."""
    shares = charts.entity_shares(data.ask("coverage_sums", "outlet_entities", view.filters), event)
    return shares, charts.heatmap(shares, ents) if len(shares) else None


def _framing():
    """(framing terms, their heatmap) for the current filters."""
    terms = charts.framing(data.ask("coverage_sums", "framing", view.filters), event)
    return terms, charts.framing_heatmap(terms) if len(terms) else None


def _claims(ents: pd.DataFrame):
    """(the first stance claims of each outlet, claims per outlet, how many) for the current filters, from SQL:
    the page shows ui.TABLE_ROWS of them."""
    return data.ask("outlet_claims", view.filters, limit=ui.TABLE_ROWS)


def _unique(tabs):
    """(the first sentences only one outlet carried, how many, each outlet's first distinct lines, lines and
    sentences per outlet), from SQL: a sentence an outlet ran in several articles is one line."""
    return data.ask("unique_summary", view.filters, shown=SENTENCES_SHOWN, limit=ui.TABLE_ROWS)


view = data.current()
tabs = view.tables
ents = view.all_tables["entities"]
event = view.filters.event
# Header counts, a page of events, and the coverage tables summed over events come from SQL (query.py).
head = data.ask("outlet_overview", view.filters)

st.title("Outlets side by side")
if event:
    label = data.ask("event_label", event) if head["events"] else None
    label = label or event
    st.caption(f"Event: {ui.md(label)} · change it with the Event filter in the sidebar.")
else:
    st.caption("All filtered articles. Choose an event in the sidebar (or below) to compare one story.")

if ui.empty_state(pd.DataFrame(index=range(head["articles"])), "No article matches these filters."):
    st.stop()

_, n_events, several = data.ask("events_page", view.filters, limit=1) if not event else (None, 0, 0)
if not event and n_events:
    with st.expander(f"Compare one event ({n_events})", expanded=False):
        base = view.filters.replace(target=None, org=None, entity=None, article=None)
        # Several outlets first: comparing is the point of the page, and most events have one outlet.
        st.caption(f"{several} event(s) covered by more than one outlet, listed first.")
        page = ui.paged(pd.DataFrame({"i": range(n_events)}), "outlets_events_page", per_page=EVENTS_PER_PAGE,
                        noun="events")
        shown, _, _ = data.ask("events_page", view.filters, limit=len(page), offset=int(page["i"].iloc[0]))
        for ev_row in shown.itertuples(index=False):
            dates = "" if pd.isna(ev_row.first_date) else f" · {pd.Timestamp(ev_row.first_date).date()}"
            st.page_link("views/outlets.py", label=f"{ui.md(ev_row.label or ev_row.event_id)}{dates} · "
                         f"{ev_row.n_articles} article(s), {ev_row.n_outlets} outlet(s): {ui.md(ev_row.outlets or '')}",
                         query_params=base.replace(event=ev_row.event_id).to_query())

outlets = head["outlets"]
c1, c2, c3 = st.columns(3)
c1.metric("Outlets", len(outlets))
c2.metric("Articles", head["articles"])
c3.metric("Events", head["events"])
unknown = head["unknown"]
if len(unknown):
    with st.expander(f"{len(unknown)} article(s) with an unknown outlet", icon=":material/help:"):
        st.caption("No masthead, credit, dateline or source URL named an outlet in these articles: they count in "
                   "every chart by entity and claim, but not in the per-outlet comparisons.")
        for row in unknown.itertuples(index=False):
            title = row.title if isinstance(row.title, str) and row.title else row.article_id
            st.page_link("views/articles.py", label=ui.md(title),
                         query_params=view.filters.replace(target=None, org=None, entity=None,
                                                           article=str(row.article_id)).to_query())
if len(outlets) < 2:
    st.info(f"Only {len(outlets)} outlet reported {'this event' if event else 'the filtered articles'}: "
            "there is nothing to contrast, but its coverage is shown.")

st.subheader("Which entities each outlet named, and how much")
# What each section draws is derived once per filters (data.derive): a warm rerun only draws it.
shares, heat = data.derive("outlets_heatmap", lambda: _heatmap(ents), view.filters)
if not ui.empty_state(shares, "No entity mentions for these outlets.", hint=not event):
    st.caption("Share of each outlet's entity mentions (colour) and mention counts (numbers); most prominent first.")
    st.plotly_chart(heat, key="outlets_heatmap", width="stretch")

st.subheader("Naming: how each outlet wrote each entity")
names = data.derive("outlets_naming", lambda: charts.naming(data.ask("coverage_sums", "naming", view.filters), ents,
                                                            event), view.filters)
if not ui.empty_state(names, "No naming variants for these outlets.", hint=not event):
    st.caption(f"{int(names['differs'].sum())} of {len(names)} entities are written differently across outlets "
               "(listed first). Each cell: title and form as written ×count.")
    st.dataframe(ui.capped(names.drop(columns=["entity_id"]), noun="entities"), hide_index=True, width="stretch",
                 key="outlets_naming")

st.subheader("Framing terms")
terms, framing_fig = data.derive("outlets_framing", _framing, view.filters)
if not ui.empty_state(terms, "No framing terms for these outlets.", hint=not event):
    st.caption("For each concept, which word each outlet chose: colour is the word's share of the outlet's "
               "words for that concept, the number how often it wrote it. Concepts the outlets word differently first.")
    st.plotly_chart(framing_fig, key="outlets_framing", width="stretch")

st.subheader("Stance claims by outlet")
claims, per_outlet_claims, n_claims = data.derive("outlets_claims", lambda: _claims(ents), view.filters)
# With an event, the filters are not why a section is empty: say what is missing, without the filter hint.
if not ui.empty_state(claims, "No stance claim in these outlets' articles on this event." if event
                      else "No stance claim in these articles.", hint=not event):
    # One full-width table: side-by-side columns cut the sentences, which are the evidence.
    st.markdown(" · ".join(f"**{ui.md(o)}** · {int(per_outlet_claims.get(o, 0))} claim(s)" for o in outlets))
    if n_claims > len(claims):
        st.caption(f"The first {len(claims)} of {n_claims} claims; the Data page downloads them all.")
    st.dataframe(claims[["outlet", "source", "relation", "target", "sentence"]],
                 hide_index=True, width="stretch",
                 key="outlets_claims", column_config={"sentence": st.column_config.TextColumn(width="large")})

st.subheader("Sentences only one outlet carried")
uniq, n_all, lines, per_outlet, n_uniq = data.derive("outlets_unique", lambda: _unique(tabs), view.filters)
if not ui.empty_state(uniq, "No sentence carried by one outlet only.", hint=not event):
    more = sum(min(int(per_outlet.get(o, 0)), SENTENCES_SHOWN) for o in outlets) < sum(per_outlet.values())
    st.caption("Least similar to anything the other outlets wrote first"
               + (f"; at most {SENTENCES_SHOWN} per outlet here, every one in the table below." if more else "."))
    for outlet, col in _side_by_side(outlets):
        mine = lines[charts.eq(lines["outlet"], outlet)]
        with col:
            n = int(n_uniq.get(outlet, 0))
            cut = (f" · the {SENTENCES_SHOWN} least like the others' shown"
                   if int(per_outlet.get(outlet, 0)) > SENTENCES_SHOWN else "")
            st.markdown(f"**{ui.md(outlet)}** · {n} sentence(s){cut}")
            if mine.empty:
                continue
            # One element per outlet, not one per sentence: hundreds of elements slow the browser.
            st.markdown("".join(
                f"<div style='border-left:3px solid #ccc;padding-left:8px;margin-bottom:6px'>{ui.inert(line)}"
                + (f" <small style='color:#666'>(in {k} articles)</small>" if k > 1 else "") + "</div>"
                for line, k in zip(mine["sentence"].head(SENTENCES_SHOWN), mine["n_articles"])), unsafe_allow_html=True)
    if more:
        with st.expander(f"All {n_all} sentences only one outlet carried", expanded=False):
            if n_all > len(uniq):
                st.caption(f"The first {len(uniq)} of {n_all} sentences; the Data page downloads them all.")
            st.dataframe(uniq[["outlet", "sentence", "best_similarity"]],
                         hide_index=True, width="stretch",
                         key="outlets_unique", column_config={
                             "sentence": st.column_config.TextColumn(width="large"),
                             "best_similarity": st.column_config.NumberColumn(
                                 "closest match elsewhere", format="%.2f",
                                 help="Similarity to the closest sentence another outlet wrote (1 = the same).")})
