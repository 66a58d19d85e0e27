"""Alliances page (`/alliances`, `?target=<entity id>`): who supports and who opposes a target, the network
of every stance claim, and the sentences behind any bar, edge or actor.

Selections are URL keys (dashboard/filters.py): a bar or the actor picker sets `actor=<id>`, an arrow
`pair=<source>~<target>`, and `rollup=country` merges people and places into their country in the network.

The default target is the first id listed under "target" in dashboard/defaults.json that has claims under
the current filters, else the most-discussed target. Counts are evidence sentences.
"""

from __future__ import annotations

import json
from importlib import resources

import pandas as pd
import streamlit as st

from dashboard import data, filters, ui
from dashboard.charts import alliances as charts

DRILL = "_alliances_drill"  # what the evidence section shows: set by a bar, an edge, a node or the picker
BAR_KEY, NET_KEY, BY_KEY = "alliances_bars", "alliances_network", "alliances_by"
PICK_KEY = "actor"  # the actor picker's key is its URL key
GEN = "_alliances_chart_gen"


MAX_NODES = 60  # beyond this a force layout is a hairball whatever the labels
MAX_EDGES = 120  # edges drawn at most (most evidence first): more arrows cover the actors and their labels
DEFAULT_NODES = 25  # drawn at first: the strongest actors stay legible; a slider shows up to MAX_NODES
NODES_KEY = "alliances_nodes"
# Distinct sentences listed per claim (ui.evidence's limit); the rest are counted and in the table above. Wire
# copy repeats one sentence in hundreds of articles: at 100,000 articles 15 claims listed 2,200 rows, 8 s a rerun.
EVIDENCE_SHOWN = 5


@st.cache_data(show_spinner=False, max_entries=16)
def _network_figure(edge_table: pd.DataFrame, entities: pd.DataFrame):
    """The network figure, cached: the layout is the costly part and a selection rerun must not redo it."""
    return charts.network(edge_table, entities)


def _preferred(key: str) -> list[str]:
    """Preferred default ids for a page selection, from dashboard/defaults.json (data, not code)."""
    try:
        return list(json.loads((resources.files("dashboard") / "defaults.json").read_text("utf-8")).get(key, []))
    except (OSError, ValueError):
        return []



def _first_point(key: str) -> dict | None:
    """The first selected point of a plotly chart's selection state, if any."""
    state = st.session_state.get(key)
    try:
        points = state["selection"]["points"]
    except (KeyError, TypeError):
        return None
    return points[0] if points else None


def _chart_key(base: str) -> str:
    """The chart's widget key: a new one after _redraw, so plotly drops a highlight the selection no longer has."""
    n = st.session_state.get(GEN, {}).get(base, 0)
    return f"{base}@{n}" if n else base


def _redraw(*bases: str) -> None:
    gen = st.session_state.setdefault(GEN, {})
    for base in bases:
        gen[base] = gen.get(base, 0) + 1


def _select(actor: str | None = None, pair: tuple[str, str] | None = None, node: str | None = None,
            chart: str | None = None) -> None:
    """Make one selection the only one: a bar's actor or an arrow's pair (URL keys), or a node (this session)."""
    _redraw(*(base for base in (BAR_KEY, NET_KEY) if base != chart))
    filters.set_url(actor=actor, pair=pair)
    st.session_state[PICK_KEY] = actor
    st.session_state[DRILL] = {"kind": "node", "node_id": node} if node else None


def _on_bar() -> None:
    point = _first_point(_chart_key(BAR_KEY))
    if point and point.get("customdata"):
        _select(actor=str(point["customdata"][0]), chart=BAR_KEY)


def _on_network() -> None:
    point = _first_point(_chart_key(NET_KEY))
    cd = (point or {}).get("customdata")
    if cd and len(cd) >= 3:
        _select(pair=(str(cd[0]), str(cd[2])), chart=NET_KEY)
    elif cd:
        _select(node=str(cd[0]), chart=NET_KEY)


def _on_pick() -> None:
    _redraw(BAR_KEY, NET_KEY)
    filters.set_url(pair=None)
    st.session_state[DRILL] = None


def _on_clear() -> None:
    _select()


def _claim_groups(ev: pd.DataFrame):
    """(evidence with supporters first, as in the chart; its claims (source, relation, target) and their rows)."""
    ev = ev.sort_values(["relation", "source", "target"], ascending=[False, True, True], kind="mergesort")
    # one line per sentence: a line break inside it would end the quote in markdown
    lines = ev.assign(sentence=ev["sentence"].astype(str).str.split().str.join(" "))
    return ev, list(lines.groupby(["source", "relation", "target"], sort=False))


def _show_evidence(ev, groups, view) -> None:
    """Evidence grouped by claim (source, relation, target), each sentence with outlet, date and article link."""
    if ui.empty_state(ev, "No evidence sentence for this selection."):
        return
    n_rows = int(sum(int(grp["n_claim"].iloc[0]) for _, grp in groups))
    with st.expander(f"As a table ({n_rows} claim(s))"):
        if n_rows > len(ev):
            st.caption(f"Each sentence once, and at most {EVIDENCE_SHOWN * 2} per claim: {len(ev)} of {n_rows} rows; "
                       "the Data page downloads them all.")
        st.dataframe(
            ui.capped(ev[["source", "relation", "target", "modality", "attributed_to", "outlet", "date", "sentence",
                          "article_id"]], noun="claims"),
            hide_index=True, width="stretch", key="alliances_evidence_table",
            column_config={"sentence": st.column_config.TextColumn("sentence", width="large")},
        )
    # A page of claims at a time: "every claim by an actor" can run to hundreds.
    # keyed by what is shown, so a new selection starts on its first page
    shown = json.dumps([st.session_state.get(DRILL), st.session_state.get("_alliances_context"),
                        st.query_params.get("actor"), st.query_params.get("pair")], sort_keys=True, default=str)
    page = ui.paged(pd.DataFrame({"i": range(len(groups))}), f"alliances_evidence_page:{shown}", per_page=15,
                    noun="claims")
    shown = [groups[i] for i in page["i"]]
    # ui.evidence looks each listed sentence's article up: hand it only the articles this page lists
    # one line per distinct sentence (the first article that ran it), as the Entities page lists mentions; SQL
    # sent the first rows of each claim's distinct sentences and counted the rest (n_claim, n_distinct)
    distinct = [(claim, grp.drop_duplicates("sentence")) for claim, grp in shown]
    ids = {str(a) for _, grp in distinct for a in grp["article_id"].head(EVIDENCE_SHOWN)}
    articles = data.ask("articles_by_id", tuple(sorted(ids)))
    for (src, rel, tgt), first in distinct:
        n, n_distinct = int(first["n_claim"].iloc[0]), int(first["n_distinct"].iloc[0])
        same = f" ({n_distinct} distinct)" if n_distinct < n else ""
        st.markdown(f"**{ui.md(src)}** {ui.md(rel)} **{ui.md(tgt)}** · {n} sentence(s){same}")
        ui.evidence(first.head(EVIDENCE_SHOWN), articles, limit=EVIDENCE_SHOWN)
        if n_distinct > EVIDENCE_SHOWN:
            st.caption(f"{n_distinct - EVIDENCE_SHOWN} more distinct sentence(s) not shown; download them from the "
                       "Data page.")


view = data.current()
f = view.filters
ents = view.all_tables["entities"]


st.title("Alliances")
st.caption("Who supports and who opposes whom, counted in evidence sentences. Select a bar, an arrow in the "
           "network, or pick an actor to read the sentences.")

# Aggregates come from SQL (query.py); what the page derives from them is kept per filters (data.derive).
tg = data.ask("stance_targets", f)
if ui.empty_state(tg, "No stance claim matches these filters."):
    st.stop()

n_of = dict(zip(tg["target_id"].astype(str), tg["n"]))
default = next((t for t in _preferred("target") if t in n_of), next(iter(n_of), None))  # charts.default_target
target = filters.url_selectbox("Target", list(n_of), key="target", default=default,
                               format_func=lambda t: f"{view.name(t)} · {n_of.get(t, 0)} sentence(s)")
if target is None:
    st.info("Choose a target.")
    st.stop()

by = st.segmented_control("Count by", list(charts.BY_OPTIONS), default="country", key=BY_KEY,
                          format_func=lambda b: {"country": "Country (rolled up)", "actor": "Actor as stated"}[b])
by = by or "country"
# Hypothetical ("could consider supplying") and attributed ("X accused Y of …") claims are not the outlet's own
# assertion: left out of the counts unless asked for, and then drawn hatched/dotted (issue 14, item 4).
include_hedged = st.toggle("Include hedged and attributed claims", value=False, key="hedged", bind="query-params",
                           help="Off: only claims the sentence asserts. On: also hypothetical or attributed ones, "
                                "drawn hatched (bars) and dotted (network).")

# A drill-down made for another target or grouping no longer applies.
context = (target, by, include_hedged)
if st.session_state.get("_alliances_context") != context:
    st.session_state["_alliances_context"] = context
    st.session_state[DRILL] = None

counts = data.ask("stance_counts", f, target, by, include_hedged=include_hedged)
target_name = view.name(target)
left, right = st.columns(2, gap="medium")
with right:
    st.subheader("Network of every stance claim")
    rollup = filters.url_toggle("Roll people and places up to their country", key="rollup", on="country",
                                help="Merge each person, city or place into its country: their edges add up, and "
                                     "claims between one country's own people drop out.")
    mapping = data.derive("alliances_rollup", lambda: charts.rollup_map(ents)) if rollup else {}
    net_ents = data.derive("alliances_net_entities",
                           lambda: charts.with_countries(ents, mapping.values(), ui.country_name), bool(rollup))
    edge_table = data.ask("stance_edges", f, include_hedged=include_hedged, rollup=bool(rollup))
    n_actors = len(set(edge_table["source_id"]) | set(edge_table["target_id"]))
    limit = min(n_actors, DEFAULT_NODES)
    if n_actors > DEFAULT_NODES:
        limit = st.slider("Actors drawn (most evidence first)", min_value=5, max_value=min(n_actors, MAX_NODES),
                          value=DEFAULT_NODES, step=5, key=NODES_KEY)
    shown = charts.top_edges(edge_table, limit, MAX_EDGES)
    n_shown = len(set(shown["source_id"]) | set(shown["target_id"]))
    hidden = len(edge_table) - len(shown)
    st.caption(f"{len(edge_table)} signed edges between {n_actors} actors in the filtered articles"
               + (f" (the {n_shown} actors with most evidence drawn" if n_shown < n_actors else "")
               + ((", " if n_shown < n_actors else " (") + f"{len(shown)} edges drawn, {hidden} hidden)" if hidden
                  else (")" if n_shown < n_actors else ""))
               + ": green supports, red opposes, thicker with more evidence. Select an arrow for its sentences, "
               "or an actor for all its claims.")
    network = data.derive("alliances_network", lambda: _network_figure(shown, net_ents), f, include_hedged,
                          bool(rollup), limit)
    st.plotly_chart(network, key=_chart_key(NET_KEY), on_select=_on_network, selection_mode="points",
                    width="stretch")
left = left.container()
left.subheader(f"Supporters and opposers of {ui.md(target_name)}")
if counts.empty:
    left.info(f"Only asserted claims by {ui.md(target_name)} about itself, or none: nothing to chart." + ("" if include_hedged else " Switch on hedged and attributed claims to see those."))
else:
    sup = counts[charts.eq(counts["relation"], "supports")].groupby("actor_id")["n"].sum()
    opp = counts[charts.eq(counts["relation"], "opposes")].groupby("actor_id")["n"].sum()
    c1, c2, c3 = left.columns(3)
    c1.metric("Supporters", len(sup))
    c2.metric("Opposers", len(opp))
    c3.metric("Evidence sentences", int(n_of.get(target, 0)),
              help="Distinct sentences stating a claim about the target; one sentence can name several actors.")
    bar = data.derive("alliances_bar", lambda: charts.diverging_bar(
        counts, ents, target_name, colours=charts.outlet_colours(data.ask("outlets"))), f, target, by, include_hedged)
    left.plotly_chart(bar, key=_chart_key(BAR_KEY), on_select=_on_bar, selection_mode="points", width="stretch")

st.subheader("Evidence")
actors = sorted(counts["actor_id"].unique(), key=lambda a: view.name(a).lower()) if len(counts) else []
actor = filters.url_selectbox("Actor", actors, key=PICK_KEY, on_change=_on_pick, format_func=view.name,
                              placeholder=f"All actors ({'countries' if by == 'country' else 'as stated'})")
# an arrow the network does not draw under these filters (or a malformed one) is dropped from the URL
pairs = set(zip(edge_table["source_id"].astype(str), edge_table["target_id"].astype(str)))
pair = view.filters.pair if view.filters.pair in pairs else None
if "pair" in st.query_params and pair is None:
    filters.set_url(pair=None)

drill = st.session_state.get(DRILL) or {}
kind = "pair" if pair else "actor" if actor else drill.get("kind")
node = drill.get("node_id") if kind == "node" else None


def _evidence() -> pd.DataFrame:
    """The sentences behind the current selection (or every sentence about the target), from SQL."""
    common = dict(by=by, include_hedged=include_hedged, per_claim=EVIDENCE_SHOWN * 2)
    if kind == "pair":
        return data.ask("stance_evidence", f, rollup=bool(mapping), source_in=pair[0], target_in=pair[1], **common)
    if kind == "node":
        return data.ask("stance_evidence", f, rollup=bool(mapping), touching=node, **common)
    if kind == "actor":
        return data.ask("stance_evidence", f, target_id=target, actor_id=actor, **common)
    ev = data.ask("stance_evidence", f, target_id=target, **common)
    return ev[~charts.eq(ev["actor_id"], target)]


if kind == "pair":
    src, tgt = pair
    name_of = charts.names(net_ents)
    st.caption(f"Selected arrow: every claim by {ui.md(name_of.get(src, src))} about {ui.md(name_of.get(tgt, tgt))}"
               + (" (people and places rolled up to their country)" if mapping else ""))
elif kind == "node":
    st.caption(f"Selected actor in the network: every claim by or about {ui.md(view.name(node))}")
elif kind == "actor":
    st.caption(f"Selected: {ui.md(view.name(actor))} on {ui.md(target_name)}")
else:
    st.caption(f"Every sentence about {ui.md(target_name)}")
ev, groups = data.derive("alliances_evidence", lambda: _claim_groups(_evidence()), f, kind, pair, node, actor,
                         target, by, include_hedged, bool(rollup))
if kind:
    st.button("Clear selection: every sentence about the target", key="alliances_clear", on_click=_on_clear,
              icon=":material/close:")
_show_evidence(ev, groups, view)
