"""Overview page: counts, articles over time by outlet, top entities by type, world map of countries."""

import pandas as pd
import streamlit as st

from dashboard import data, ui
from dashboard.charts import MAP_CONFIG, outlet_colours
from dashboard.charts import overview as charts

SHOWN = 1000  # articles listed at most in "Articles in view" (the Articles page lists them all)

view = data.current()
st.title("Overview")

# Counts, the timeline's (date, outlet) rows, the map's and the top-entities chart's aggregates: all from SQL.
n = data.ask("summary", view.filters)
if ui.empty_state(pd.DataFrame(index=range(n["articles"])), "No article matches these filters."):
    st.stop()

dates = pd.Series(pd.to_datetime([d for d in (n["first"], n["last"]) if d is not None]))
if not len(dates):
    span = "undated"
elif dates.min().year != dates.max().year:
    span = f"{dates.min().year} – {dates.max().year}"
elif dates.min().month != dates.max().month:
    span = f"{dates.min():%b} – {dates.max():%b %Y}"
else:
    span = f"{dates.min():%b %Y}"
exact = f"{dates.min().date()} to {dates.max().date()}" if len(dates) else "no dated article"
undated = n["undated"]
cols = st.columns(5)
cols[0].metric("Articles", n["articles"])
cols[1].metric("Outlets", n["outlets"])
cols[2].metric("Date span", span, help=exact + (f"; {undated} undated article(s)" if undated else ""))
cols[3].metric("Entities", n["entities"])
cols[4].metric("Claims", n["relations"] + n["memberships"],
               help=f"{n['relations']} stance claims, {n['memberships']} membership claims")

left, right = st.columns([1, 1])
with left:
    st.plotly_chart(charts.articles_over_time(data.ask("articles_by_day", view.filters), colours=outlet_colours(data.ask("outlets"))), width="stretch", key="timeline")
    if undated:
        st.caption(f"{undated} undated article(s) are not on the time axis.")
with right:
    by_country = data.ask("countries_mentioned", view.filters)
    st.plotly_chart(charts.world_map(by_country, {c: view.country(c) for c in by_country["iso3"]}),
                    config=MAP_CONFIG, width="stretch", key="world_map")
picked = st.plotly_chart(charts.top_entities(data.ask("top_entities", view.filters)), width="stretch", key="top_entities",
                         on_select="rerun", selection_mode="points")
st.caption("Click a bar to open that entity's mentions in context.")
points = (picked.selection.points if picked and picked.selection else []) or []
if points and points[0].get("customdata"):
    # Bound keys (from, to, undated, outlet) follow their widgets; the hand-synced ones are passed on.
    q = view.filters.replace(date_from=None, date_to=None, undated=True, target=None, org=None,
                             article=None, entity=str(points[0]["customdata"])).to_query()
    st.switch_page("views/entities.py", query_params=q)

with st.expander("Articles in view"):
    shown = data.ask("article_meta", view.filters, ("title", "outlet", "published", "date_source", "n_words",
                                                    "source"), limit=SHOWN)
    if n["articles"] > SHOWN:
        st.caption(f"The first {SHOWN} of {n['articles']} articles; the Articles page lists them all.")
    st.dataframe(shown, hide_index=True, width="stretch")
