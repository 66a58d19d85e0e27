"""Memberships page (`/memberships`, `?org=<entity id>`): an organisation's members, observers and attendees
on a world map (rendered offline from dashboard/static/world_110m.json), the list with evidence sentences, and
per country which articles and outlets state it. A country selected on the map or in the picker is the URL
key `member=country:<ISO3>` (dashboard/filters.py), which narrows the evidence to it.

The default organisation is the first id listed under "org" in dashboard/defaults.json that has claims under
the current filters, else the one with the most members.
"""

from __future__ import annotations

import json
from importlib import resources

import pandas as pd
import streamlit as st

from dashboard import data, filters, ui
from dashboard.charts import memberships as charts

MAP_KEY, GEN = "memberships_map", "_memberships_map_gen"
PICK_KEY = "member"  # the country picker's key is its URL key
# Plotly fetches world_110m.json from here: dashboard/static/ served by server.enableStaticServing.
MAP_CONFIG = {"topojsonURL": "app/static/", "displaylogo": False}


def _preferred(key: str) -> list[str]:
    """Preferred default ids for a page selection, from dashboard/defaults.json (data, not code)."""
    try:
        return list(json.loads((resources.files("dashboard") / "defaults.json").read_text("utf-8")).get(key, []))
    except (OSError, ValueError):
        return []



def _map_key() -> str:
    """The map's widget key: a new one after a clear or a pick, so plotly drops its old highlight."""
    n = st.session_state.get(GEN, 0)
    return f"{MAP_KEY}@{n}" if n else MAP_KEY


def _redraw() -> None:
    st.session_state[GEN] = st.session_state.get(GEN, 0) + 1


def _on_map() -> None:
    state = st.session_state.get(_map_key())
    try:
        points = state["selection"]["points"]
    except (KeyError, TypeError):
        return
    if points:
        iso = (points[0].get("customdata") or [points[0].get("location")])[0]
        if iso:
            filters.set_url(member=f"country:{iso}")  # the picker below takes it from the URL


def _on_clear() -> None:
    _redraw()
    filters.set_url(member=None)
    st.session_state[PICK_KEY] = None


view = data.current()
# Distinct (organisation, member, role) of the filtered claims, from SQL: all that the organisation list,
# role counts and default need; one organisation's tables and evidence are queried below.
mem = data.ask("membership_roles", view.filters)

st.title("Memberships")
st.caption("Who belongs to, observes or attended an organisation, as the articles state it. Select a country on "
           "the map, or pick one below, to read the sentences.")

if ui.empty_state(mem, "No membership claim matches these filters."):
    st.stop()

org_table = charts.orgs(mem)
n_of = dict(zip(org_table["org_id"].astype(str), org_table["n"]))
default = charts.default_org(mem, _preferred("org"))
# The label counts each actor once under its strongest role, as the map does: "10 member(s)" for 4 members
# and 6 attendees contradicted the metrics below it.
roles_of = {str(r["org_id"]): r for r in charts.role_counts(mem).to_dict("records")}
org = filters.url_selectbox("Organisation", list(n_of), key="org", default=default,
                            format_func=lambda o: f"{view.name(o)} · {charts.roles_phrase(roles_of.get(o, {}))}")
if org is None:
    st.info("No claim names an organisation under these filters." if not n_of else "Choose an organisation.")
    st.stop()

org_name = view.name(org)
members = data.ask("org_members", view.filters, org)
by_country = data.ask("org_countries", view.filters, org)
# a country the entities table does not name (only its people appear) still gets a readable name
by_country["country"] = [ui.country_name(i) if c == i else c for i, c in zip(by_country["iso3"], by_country["country"])]
# Every role a claim gives counts (a member that also attended is among the attendees too); the table and
# the map show each actor's strongest role only.
every_role = charts.role_counts(mem, strongest_only=False)
named = every_role[every_role["org_id"].astype(str) == org].to_dict("records")
cols = st.columns(4)
for col, role in zip(cols, charts.ROLES):
    col.metric(role.capitalize() + "s", int(named[0][role]) if named else 0,
               help=f"Actors named as {role} of {org_name} at least once under these filters.")
cols[3].metric("Countries on the map", len(by_country))

if by_country.empty:
    st.info(f"No member of {ui.md(org_name)} under these filters has a country to draw.")
else:
    st.plotly_chart(charts.world_map(by_country, org_name), key=_map_key(), config=MAP_CONFIG, on_select=_on_map,
                    selection_mode="points", width="stretch")

st.subheader(f"Members of {ui.md(org_name)}")
st.dataframe(members[["name", "role", "type", "iso3", "sentences", "articles", "outlets"]], hide_index=True,
             width="stretch", key="memberships_members", height=min(38 + 35 * len(members), 600))

st.subheader("Per country: who states it")
stated = sorted({a for ids in by_country["article_ids"] for a in str(ids).split(" | ") if a})
labels = ui.article_label(data.ask("article_meta", view.filters, ids=tuple(stated)))


def _stated_in(ids: str, n: int) -> str:
    """The labels of the first articles stating a country's role (query.org_countries lists a few), and how many more."""
    shown = [a for a in str(ids).split(" | ") if a]
    return " | ".join(labels.get(a, a) for a in shown) + (f" | and {n - len(shown)} more" if n > len(shown) else "")


per_country = by_country.assign(stated_in=[_stated_in(ids, int(n))
                                           for ids, n in zip(by_country["article_ids"], by_country["articles"])])
st.dataframe(per_country[["country", "iso3", "role", "members", "sentences", "outlets", "stated_in"]],
             hide_index=True, width="stretch", key="memberships_countries", height=min(38 + 35 * len(per_country), 600))

st.subheader("Evidence")
name_of = {f"country:{i}": c for i, c in zip(by_country["iso3"], by_country["country"])}
member = filters.url_selectbox("Country", list(name_of), key=PICK_KEY, format_func=lambda m: name_of.get(m, m),
                               placeholder="All countries", on_change=_redraw)
iso = member.removeprefix("country:") if member else None
if member:
    st.button("Clear selection: every country", key="memberships_clear", on_click=_on_clear, icon=":material/close:")
# One sentence often names many members (a list of countries): shown once, with who it names; a page of
# sentences at a time (a large organisation has hundreds), ordered and cut in SQL.
_first, n_sentences, n_claims = data.ask("org_evidence", view.filters, org, iso, limit=1, offset=0)
if not n_sentences:
    ui.empty_state(_first, "No evidence sentence for this selection.")
    st.stop()
st.caption(f"{n_sentences} sentence(s) state {n_claims} claim(s); each sentence is shown once with everyone it names.")
page = ui.paged(pd.DataFrame({"i": range(n_sentences)}), f"memberships_page:{org}:{iso}", per_page=20,
                noun="sentences")
ev, _, _ = data.ask("org_evidence", view.filters, org, iso, limit=len(page), offset=int(page["i"].iloc[0]))
arts = data.ask("article_meta", view.filters, data.ARTICLE_COLUMNS, ids=tuple(sorted(set(ev["article_id"]))))
for _key, grp in ev.groupby("group", sort=True):
    who = " · ".join(f"{ui.md(role)}: " + ", ".join(ui.md(m) for m in g["member"])
                     for role, g in grp.groupby("role", sort=False))
    st.markdown(who)
    # one line per sentence: a line break inside it would end the quote in markdown
    ui.evidence(grp.head(1).assign(sentence=lambda d: d["sentence"].astype(str).str.split().str.join(" ")), arts)

