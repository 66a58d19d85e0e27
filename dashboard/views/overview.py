"""Overview page: counts, articles over time by outlet, top entities by type, world map of countries."""

import pandas as pd
import streamlit as st

from dashboard import data, ui
from dashboard.charts import MAP_CONFIG, outlet_colours
from dashboard.charts import overview as charts

view = data.current()
t = view.tables
st.title("Overview")

arts = t["articles"]
if ui.empty_state(arts, "No article matches these filters."):
    st.stop()

dates = pd.to_datetime(arts["published"], errors="coerce").dropna()
if not len(dates):
    span = "undated"
elif dates.min().year != dates.max().year:
    span = f"{dates.min().year} – {dates.max().year}"
elif dates.min().month != dates.max().month:
    span = f"{dates.min():%b} – {dates.max():%b %Y}"
else:
    span = f"{dates.min():%b %Y}"
exact = f"{dates.min().date()} to {dates.max().date()}" if len(dates) else "no dated article"
undated = int(arts["published"].isna().sum())
cols = st.columns(5)
cols[0].metric("Articles", len(arts))
cols[1].metric("Outlets", int(arts["outlet"].nunique()))
cols[2].metric("Date span", span, help=exact + (f"; {undated} undated article(s)" if undated else ""))
cols[3].metric("Entities", len(t["entities"]))
cols[4].metric("Claims", len(t["relations"]) + len(t["memberships"]),
               help=f"{len(t['relations'])} stance claims, {len(t['memberships'])} membership claims")

left, right = st.columns([1, 1])
with left:
    st.plotly_chart(charts.articles_over_time(arts, colours=outlet_colours(view.all_tables["articles"]["outlet"])), width="stretch", key="timeline")
    if undated:
        st.caption(f"{undated} undated article(s) are not on the time axis.")
with right:
    by_country = charts.countries_mentioned(t["mentions"], t["entities"])
    st.plotly_chart(charts.world_map(by_country, {c: view.country(c) for c in by_country["iso3"]}),
                    config=MAP_CONFIG, width="stretch", key="world_map")
picked = st.plotly_chart(charts.top_entities(t["entities"]), width="stretch", key="top_entities",
                         on_select="rerun", selection_mode="points")
st.caption("Click a bar to open that entity's mentions in context.")
points = (picked.selection.points if picked and picked.selection else []) or []
if points and points[0].get("customdata"):
    # Bound keys (from, to, undated, outlet) follow their widgets; the hand-synced ones are passed on.
    q = view.filters.replace(date_from=None, date_to=None, undated=True, target=None, org=None,
                             article=None, entity=str(points[0]["customdata"])).to_query()
    st.switch_page("views/entities.py", query_params=q)

with st.expander("Articles in view"):
    st.dataframe(arts[["title", "outlet", "published", "date_source", "n_words", "source"]],
                 hide_index=True, width="stretch")
