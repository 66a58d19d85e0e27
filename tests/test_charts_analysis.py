"""Chart builders of the analysis pages (alliances, memberships, outlets): tables written here → figures."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import tables
from dashboard.charts import alliances as A
from dashboard.charts import memberships as M
from dashboard.charts import outlets as O

ASSAD = "person:bashar-al-assad"


@pytest.fixture()
def tabs() -> dict[str, pd.DataFrame]:
    """The small corpus of make_tables()."""
    return make_tables()


def make_tables() -> dict[str, pd.DataFrame]:
    """A small corpus: two outlets, two events, stances on a leader, an organisation with members."""
    ents = tables.frame("entities", [
        {"entity_id": ASSAD, "name": "Leader A", "type": "person", "iso3": "SYR", "country_id": "country:SYR"},
        {"entity_id": "country:RUS", "name": "Russia", "type": "country", "iso3": "RUS"},
        {"entity_id": "country:IRN", "name": "Iran", "type": "country", "iso3": "IRN"},
        {"entity_id": "country:USA", "name": "United States", "type": "country", "iso3": "USA"},
        {"entity_id": "country:QAT", "name": "Qatar", "type": "country", "iso3": "QAT"},
        {"entity_id": "person:p-one", "name": "President One", "type": "person", "iso3": "RUS",
         "country_id": "country:RUS"},
        {"entity_id": "person:p-two", "name": "President Two", "type": "person", "iso3": "BOL",
         "country_id": "country:BOL"},
        {"entity_id": "org:forum", "name": "The Forum", "type": "organisation"},
        {"entity_id": "group:gulf-states", "name": "Gulf states", "type": "group"},
    ])
    arts = tables.frame("articles", [
        {"article_id": "a1", "source": "a1.txt", "outlet": "Outlet A", "title": "Title one",
         "published": "2015-11-23", "event_id": "e1"},
        {"article_id": "a2", "source": "a2.txt", "outlet": "Outlet B", "title": "Title two", "published": None,
         "event_id": "e1"},
        {"article_id": "a3", "source": "a3.txt", "outlet": "Outlet A", "title": "Title three",
         "published": "2017-11-01", "event_id": "e2"},
    ])

    def rel(article, src, relation, tgt, sentence, start, country=None, level="stated"):
        return {"article_id": article, "source_id": src, "relation": relation, "target_id": tgt, "trigger": "t",
                "sentence": sentence, "sent_start": start, "source_country_id": country, "level": level,
                "modality": "asserted"}

    rels = tables.frame("relations", [
        rel("a1", "country:RUS", "supports", ASSAD, "Russia backs the leader.", 0, "country:RUS"),
        rel("a1", "person:p-one", "supports", ASSAD, "President One backs the leader.", 30, "country:RUS", "rolled_up"),
        # the same sentence twice (two triggers) is one piece of evidence
        rel("a1", "person:p-one", "supports", ASSAD, "President One backs the leader.", 30, "country:RUS", "rolled_up"),
        rel("a2", "country:IRN", "supports", ASSAD, "Iran backs the leader.", 0, "country:IRN"),
        rel("a2", "country:USA", "opposes", ASSAD, "The US wants <b>him</b> gone.", 40, "country:USA"),
        rel("a2", "group:gulf-states", "opposes", ASSAD, "Gulf states want him gone.", 80, None),
        rel("a3", "country:USA", "opposes", "country:RUS", "The US opposes Russia.", 0, "country:USA"),
    ])
    mems = tables.frame("memberships", [
        {"article_id": "a1", "member_id": "country:RUS", "org_id": "org:forum", "role": "member", "sentence": "s1",
         "sent_start": 0},
        {"article_id": "a1", "member_id": "country:QAT", "org_id": "org:forum", "role": "member", "sentence": "s1",
         "sent_start": 0},
        {"article_id": "a2", "member_id": "person:p-one", "org_id": "org:forum", "role": "attendee", "sentence": "s2",
         "sent_start": 0},
        {"article_id": "a2", "member_id": "person:p-two", "org_id": "org:forum", "role": "attendee", "sentence": "s2",
         "sent_start": 0},
        {"article_id": "a2", "member_id": "country:IRN", "org_id": "org:other", "role": "observer", "sentence": "s3",
         "sent_start": 9},
    ])
    oe = tables.frame("outlet_entities", [
        {"event_id": "e1", "outlet": "Outlet A", "entity_id": "country:RUS", "mentions": 3, "share": 0.75},
        {"event_id": "e1", "outlet": "Outlet A", "entity_id": ASSAD, "mentions": 1, "share": 0.25},
        {"event_id": "e1", "outlet": "Outlet B", "entity_id": "country:RUS", "mentions": 1, "share": 0.5},
        {"event_id": "e1", "outlet": "Outlet B", "entity_id": "country:IRN", "mentions": 1, "share": 0.5},
        {"event_id": "e2", "outlet": "Outlet A", "entity_id": "country:RUS", "mentions": 4, "share": 1.0},
    ])
    naming = tables.frame("naming", [
        {"event_id": "e1", "outlet": "Outlet A", "entity_id": "group:x", "form": "X group", "count": 2},
        {"event_id": "e1", "outlet": "Outlet B", "entity_id": "group:x", "form": "XG", "count": 1},
        {"event_id": "e1", "outlet": "Outlet A", "entity_id": ASSAD, "form": "Leader A", "count": 1,
         "title": "President"},
        {"event_id": "e1", "outlet": "Outlet B", "entity_id": ASSAD, "form": "Leader A", "count": 1,
         "title": "regime leader"},
        {"event_id": "e1", "outlet": "Outlet A", "entity_id": "country:RUS", "form": "Russia", "count": 3},
        {"event_id": "e1", "outlet": "Outlet B", "entity_id": "country:RUS", "form": "Russia", "count": 1},
    ])
    framing = tables.frame("framing", [
        {"event_id": "e1", "outlet": "Outlet A", "concept": "terrorism", "term": "terrorist", "count": 2},
        {"event_id": "e1", "outlet": "Outlet B", "concept": "terrorism", "term": "terrorist", "count": 1},
        {"event_id": "e2", "outlet": "Outlet A", "concept": "terrorism", "term": "terrorist", "count": 5},
    ])
    uniq = tables.frame("unique_sentences", [
        {"event_id": "e1", "outlet": "Outlet A", "article_id": "a1", "sentence": "Only A said this.",
         "best_similarity": 0.1},
        {"event_id": "e1", "outlet": "Outlet B", "article_id": "a2", "sentence": "Only B said that.",
         "best_similarity": 0.2},
    ])
    events = tables.frame("events", [
        {"event_id": "e1", "label": "Visit one", "first_date": "2015-11-23", "last_date": "2015-11-23",
         "n_articles": 2, "outlets": "Outlet A | Outlet B"},
        {"event_id": "e2", "label": "Visit two", "first_date": "2017-11-01", "last_date": "2017-11-01",
         "n_articles": 1, "outlets": "Outlet A"},
    ])
    mentions = tables.frame("mentions", [
        {"article_id": a, "entity_id": e, "text": e, "start_char": i, "end_char": i + 3, "sentence": "x"}
        for i, (a, e) in enumerate([("a1", "country:RUS"), ("a1", ASSAD), ("a1", "person:p-one"), ("a1", "country:QAT"),
                                    ("a2", "country:IRN"), ("a2", "country:USA"), ("a2", "group:gulf-states"),
                                    ("a2", "person:p-two"), ("a2", "org:forum"), ("a3", "country:USA"),
                                    ("a3", "country:RUS")])
    ])
    return {"entities": ents, "articles": arts, "relations": rels, "memberships": mems, "outlet_entities": oe,
            "naming": naming, "framing": framing, "unique_sentences": uniq, "events": events, "mentions": mentions}


# --- alliances -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("preferred, expected", [
    ([ASSAD], ASSAD),
    (["person:not-in-corpus", ASSAD], ASSAD),
    (["person:not-in-corpus"], ASSAD),  # falls back to the most-discussed target
    ([], ASSAD),
])
def test_default_target(tabs, preferred, expected):
    assert A.default_target(tabs["relations"], tabs["entities"], preferred) == expected


def test_default_target_prefers_listed_even_if_less_discussed(tabs):
    assert A.default_target(tabs["relations"], tabs["entities"], ["country:RUS"]) == "country:RUS"


def test_default_target_empty():
    assert A.default_target(tables.empty("relations"), tables.empty("entities"), [ASSAD]) is None


@pytest.mark.parametrize("by, expected", [
    # by country, President One rolls up to Russia: Russia has two sentences in Outlet A
    ("country", {("country:RUS", "supports", "Outlet A"): 2, ("country:IRN", "supports", "Outlet B"): 1,
                 ("country:USA", "opposes", "Outlet B"): 1, ("group:gulf-states", "opposes", "Outlet B"): 1}),
    ("actor", {("country:RUS", "supports", "Outlet A"): 1, ("person:p-one", "supports", "Outlet A"): 1,
               ("country:IRN", "supports", "Outlet B"): 1, ("country:USA", "opposes", "Outlet B"): 1,
               ("group:gulf-states", "opposes", "Outlet B"): 1}),
])
def test_stance_counts(tabs, by, expected):
    c = A.stance_counts(tabs["relations"], tabs["articles"], ASSAD, by)
    assert {(a, r, o): n for a, r, o, n in c[["actor_id", "relation", "outlet", "n"]].itertuples(index=False)} == expected


def test_diverging_bar_signs_colours_and_order(tabs):
    c = A.stance_counts(tabs["relations"], tabs["articles"], ASSAD, "country")
    fig = A.diverging_bar(c, tabs["entities"], "Leader A")
    assert [t.name for t in fig.data] == ["Outlet A", "Outlet B"]
    bars = {(cd[0], t.name): x for t in fig.data for cd, x in zip(t.customdata, t.x)}
    assert bars[("country:RUS", "Outlet A")] == 2
    assert bars[("country:IRN", "Outlet B")] == 1
    assert bars[("country:USA", "Outlet B")] == -1
    assert bars[("group:gulf-states", "Outlet B")] == -1
    assert fig.layout.barmode == "relative"
    # supporters at the top: plotly draws the category array bottom-up
    assert list(fig.layout.yaxis.categoryarray)[-1] == "Russia"
    assert fig.data[0].marker.color != fig.data[1].marker.color
    json.loads(fig.to_json())


def test_diverging_bar_empty():
    fig = A.diverging_bar(A.stance_counts(tables.empty("relations"), tables.empty("articles"), ASSAD),
                          tables.empty("entities"))
    assert len(fig.data) == 0


@pytest.mark.parametrize("kwargs, sentences", [
    ({"target_id": ASSAD, "actor_id": "country:RUS"}, {"Russia backs the leader.", "President One backs the leader."}),
    ({"target_id": ASSAD, "actor_id": "country:RUS", "by": "actor"}, {"Russia backs the leader."}),
    ({"target_id": ASSAD, "relation": "opposes"}, {"The US wants <b>him</b> gone.", "Gulf states want him gone."}),
    ({"source_id": "country:USA", "relation": "opposes", "target_id": "country:RUS"}, {"The US opposes Russia."}),
    ({"target_id": ASSAD, "outlet": "Outlet B", "relation": "supports"}, {"Iran backs the leader."}),
    ({"target_id": "person:nobody"}, set()),
])
def test_evidence(tabs, kwargs, sentences):
    ev = A.evidence(tabs["relations"], tabs["articles"], tabs["entities"], **kwargs)
    assert set(ev["sentence"]) == sentences
    assert list(ev.columns) == A.EVIDENCE_COLUMNS
    if len(ev):
        assert ev["outlet"].notna().all() and ev["title"].notna().all()


def test_evidence_has_outlet_and_date(tabs):
    ev = A.evidence(tabs["relations"], tabs["articles"], tabs["entities"], target_id=ASSAD, actor_id="country:IRN")
    row = ev.iloc[0]
    assert (row["source"], row["outlet"], row["article_id"]) == ("Iran", "Outlet B", "a2")
    assert pd.isna(row["date"])  # an undated article stays undated


def test_edges_count_evidence_sentences(tabs):
    e = A.edges(tabs["relations"])
    got = {(s, r, t): n for s, r, t, n in e[["source_id", "relation", "target_id", "n"]].itertuples(index=False)}
    assert got[("person:p-one", "supports", ASSAD)] == 1
    assert got[("country:USA", "opposes", "country:RUS")] == 1
    assert len(got) == 6


def test_network_signed_edges_and_handles(tabs):
    fig = A.network(A.edges(tabs["relations"]), tabs["entities"])
    handles = {t.name: t for t in fig.data if t.name in ("supports", "opposes")}
    assert handles["supports"].marker.color == A.RELATION_COLOURS["supports"]
    assert handles["opposes"].marker.color == A.RELATION_COLOURS["opposes"]
    assert {tuple(cd[:3]) for cd in handles["opposes"].customdata} == {
        ("country:USA", "opposes", ASSAD), ("group:gulf-states", "opposes", ASSAD), ("country:USA", "opposes", "country:RUS")}
    nodes = next(t for t in fig.data if t.name == "actors")
    assert len(nodes.x) == 6
    # deterministic: the same table draws the same picture
    assert fig.to_json() == A.network(A.edges(tabs["relations"]), tabs["entities"]).to_json()


@pytest.mark.parametrize("max_nodes, n_edges", [(60, 6), (3, 3), (2, 1)])
def test_top_edges_keeps_the_most_evidenced_actors(tabs, max_nodes, n_edges):
    e = A.edges(tabs["relations"])
    kept = A.top_edges(e, max_nodes)
    assert len(kept) == n_edges
    assert len(set(kept["source_id"]) | set(kept["target_id"])) <= max_nodes


@pytest.mark.parametrize("max_edges, kept", [(None, 6), (6, 6), (2, 2), (1, 1)])
def test_top_edges_caps_the_edges_drawn_most_evidence_first(max_edges, kept):
    e = pd.DataFrame({"source_id": ["a", "a", "b", "c", "d", "e"], "relation": ["supports"] * 3 + ["opposes"] * 3,
                      "target_id": ["b", "c", "c", "d", "e", "a"], "n": [1, 7, 3, 7, 2, 5], "hedged": [False] * 6})
    got = A.top_edges(e, 60, max_edges)
    assert len(got) == kept
    want = e.sort_values(["n", "source_id"], ascending=[False, True], kind="mergesort").head(kept)
    assert set(zip(got["source_id"], got["target_id"])) == set(zip(want["source_id"], want["target_id"]))


@pytest.mark.parametrize("scale", [1, 500, 100000])
def test_node_sizes_are_relative_so_a_bigger_corpus_draws_the_same_sizes(scale):
    weights = [1 * scale, 4 * scale, 100 * scale]
    sizes = A.node_sizes([float(w) for w in weights])
    lo, hi = A.NODE_SIZE
    assert sizes[-1] == hi and all(lo <= s <= hi for s in sizes)
    assert sizes == sorted(sizes)  # more evidence, never a smaller circle
    assert sizes == A.node_sizes([1.0, 4.0, 100.0])


def test_network_nodes_stay_small_on_a_large_corpus(tabs):
    e = A.edges(tabs["relations"]).assign(n=lambda d: d["n"] * 100000)
    nodes = next(t for t in A.network(e, tabs["entities"]).data if t.name == "actors")
    assert max(nodes.marker.size) <= A.NODE_SIZE[1]


@pytest.mark.parametrize("n, width", [(1, 1.5), (2, 3.0), (3, 4.5), (100, 9.0)])
def test_edge_width_grows_with_evidence(n, width):
    assert A.edge_width(n) == width


@pytest.mark.parametrize("n_nodes", [0, 1, 2, 5, 30])
def test_spring_layout_is_bounded_and_deterministic(n_nodes):
    nodes = [f"n{i}" for i in range(n_nodes)]
    links = [(nodes[i], nodes[(i + 1) % n_nodes], 1.0) for i in range(n_nodes)] if n_nodes > 1 else []
    pos = A.spring_layout(nodes, links)
    assert set(pos) == set(nodes)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in pos.values())
    assert pos == A.spring_layout(list(reversed(nodes)), links)
    if n_nodes > 1:
        assert len(set(pos.values())) == n_nodes


@pytest.mark.parametrize("n_leaves", [8, 12, 30, 59])
def test_spring_layout_keeps_nodes_apart(n_leaves):
    """Leaves of one hub at nearly the same angle are pushed apart: no two nodes closer than MIN_GAP, so
    their labels do not overprint (a 13-actor network had drawn two leaves one on the other)."""
    import numpy as np

    nodes = ["hub"] + [f"leaf{i}" for i in range(n_leaves)]
    pos = A.spring_layout(nodes, [("hub", v, 1.0) for v in nodes[1:]])
    pts = np.array(list(pos.values()))
    dist = np.linalg.norm(pts[:, None] - pts[None], axis=-1)
    np.fill_diagonal(dist, np.inf)
    assert dist.min() >= A.MIN_GAP - 1e-3
    assert np.abs(pts).max() <= 1.0


@pytest.mark.parametrize("n_pairs", [1, 3, 8])
def test_separate_groups_are_packed_apart_and_the_main_cluster_keeps_its_room(n_pairs):
    main = [f"m{i}" for i in range(12)]
    links = [(main[i], main[(i + 1) % 12], 1.0) for i in range(12)] + [("m0", "m6", 1.0)]
    pairs = [(f"p{i}a", f"p{i}b") for i in range(n_pairs)]
    links += [(a, b, 1.0) for a, b in pairs]
    pos = A.spring_layout(main + [v for p in pairs for v in p], links)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in pos.values())
    xs = [pos[v][0] for v in main]
    ys = [pos[v][1] for v in main]
    assert max(xs) - min(xs) > 0.8 and max(ys) - min(ys) > 0.8  # not squeezed into a ball

    def box(vs):
        return (min(pos[v][0] for v in vs), max(pos[v][0] for v in vs),
                min(pos[v][1] for v in vs), max(pos[v][1] for v in vs))

    groups = [main] + [list(p) for p in pairs]
    for i, g in enumerate(groups):
        for h in groups[i + 1:]:
            (ax0, ax1, ay0, ay1), (bx0, bx1, by0, by1) = box(g), box(h)
            assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0, "two groups overlap"


@pytest.mark.parametrize("weight", [5.0, 20.0])
def test_more_evidence_draws_a_pair_closer_and_repeated_links_add_up(weight):
    import math

    pos = A.spring_layout(["a", "b", "c"], [("a", "b", weight), ("b", "c", 1.0)])
    assert math.dist(pos["a"], pos["b"]) < math.dist(pos["b"], pos["c"])
    split = [("a", "b", weight - 1.0), ("b", "a", 1.0), ("b", "c", 1.0)]  # both directions of one pair
    assert A.spring_layout(["a", "b", "c"], split) == pos


def test_components_largest_first():
    links = [("a", "b", 1.0), ("c", "d", 1.0), ("d", "e", 1.0)]
    assert A.components(["a", "b", "c", "d", "e"], links) == [["c", "d", "e"], ["a", "b"]]


def test_names_fall_back_to_id():
    ents = tables.frame("entities", [{"entity_id": "country:RUS", "name": "Russia"}, {"entity_id": "org:x"}])
    assert A.names(ents) == {"country:RUS": "Russia", "org:x": "org:x"}


# --- memberships -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("preferred, expected", [
    (["org:forum"], "org:forum"), (["org:other"], "org:other"), (["org:absent"], "org:forum"), ([], "org:forum")])
def test_default_org(tabs, preferred, expected):
    assert M.default_org(tabs["memberships"], preferred) == expected


def test_default_org_empty():
    assert M.default_org(tables.empty("memberships"), ["org:forum"]) is None


def test_members_and_countries(tabs):
    mem = M.members(tabs["memberships"], tabs["articles"], tabs["entities"], "org:forum")
    assert list(mem["member_id"]) == ["country:QAT", "country:RUS", "person:p-one", "person:p-two"]
    assert list(mem["role"]) == ["member", "member", "attendee", "attendee"]
    ctry = M.countries(tabs["memberships"], tabs["articles"], tabs["entities"], "org:forum")
    got = {i: (r, m, o) for i, r, m, o in ctry[["iso3", "role", "members", "outlets"]].itertuples(index=False)}
    # Russia is a member (stronger) and its president attended: one row, role member, both outlets state it
    assert got["RUS"] == ("member", "President One | Russia", "Outlet A | Outlet B")
    assert got["QAT"] == ("member", "Qatar", "Outlet A")
    assert got["BOL"] == ("attendee", "President Two", "Outlet B")
    assert ctry.set_index("iso3").loc["BOL", "country"] == "BOL"  # no country entity: the code stands in


@pytest.mark.parametrize("roles, expected", [
    (["attendee", "member"], "member"), (["attendee", "observer"], "observer"), (["attendee"], "attendee")])
def test_strongest(roles, expected):
    assert M.strongest(roles) == expected


def test_world_map_one_trace_per_role(tabs):
    ctry = M.countries(tabs["memberships"], tabs["articles"], tabs["entities"], "org:forum")
    fig = M.world_map(ctry, "The Forum")
    by_role = {t.name: set(t.locations) for t in fig.data if t.type == "choropleth"}
    assert by_role == {"member": {"RUS", "QAT"}, "attendee": {"BOL"}}
    dots = {t.name: set(t.locations) for t in fig.data if t.type == "scattergeo"}
    assert dots == {"member (dot)": {"RUS", "QAT"}, "attendee (dot)": {"BOL"}}
    assert all(t.locationmode == "ISO-3" for t in fig.data)
    assert fig.layout.geo.resolution == 110


def test_world_map_empty():
    fig = M.world_map(M.countries(tables.empty("memberships"), tables.empty("articles"), tables.empty("entities"),
                                  "org:forum"))
    assert len(fig.data) == 0


@pytest.mark.parametrize("kwargs, n", [({}, 4), ({"iso3": "RUS"}, 2), ({"member_id": "person:p-two"}, 1),
                                       ({"iso3": "FRA"}, 0)])
def test_membership_evidence(tabs, kwargs, n):
    ev = M.evidence(tabs["memberships"], tabs["articles"], tabs["entities"], "org:forum", **kwargs)
    assert len(ev) == n
    assert set(ev.columns) >= {"member", "role", "sentence", "outlet", "date", "article_id"}


# --- outlets ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("event, expected", [
    ("e1", {("Outlet A", "country:RUS"): (3, 0.75), ("Outlet B", "country:IRN"): (1, 0.5)}),
    (None, {("Outlet A", "country:RUS"): (7, 7 / 8), ("Outlet A", ASSAD): (1, 1 / 8)}),
])
def test_entity_shares(tabs, event, expected):
    s = O.entity_shares(tabs["outlet_entities"], event)
    got = {(o, e): (m, sh) for o, e, m, sh in s.itertuples(index=False)}
    for key, (m, sh) in expected.items():
        assert got[key][0] == m and got[key][1] == pytest.approx(sh)


def test_heatmap(tabs):
    fig = O.heatmap(O.entity_shares(tabs["outlet_entities"], "e1"), tabs["entities"])
    hm = fig.data[0]
    assert list(hm.x) == ["Outlet A", "Outlet B"]
    assert list(hm.y)[0] == "Russia"
    row = list(hm.y).index("Iran")
    assert list(hm.z[row]) == [0.0, 50.0] and list(hm.text[row]) == [0, 1]


def test_naming_shows_differences_first(tabs):
    n = O.naming(tabs["naming"], tabs["entities"], "e1")
    assert list(n.columns) == ["entity", "entity_id", "Outlet A", "Outlet B", "differs"]
    rows = n.set_index("entity_id")
    assert rows.loc["group:x", "Outlet A"] == "X group ×2" and rows.loc["group:x", "Outlet B"] == "XG ×1"
    assert rows.loc[ASSAD, "Outlet B"] == "regime leader Leader A ×1"
    assert bool(rows.loc[ASSAD, "differs"]) and not bool(rows.loc["country:RUS", "differs"])
    assert not n.iloc[-1]["differs"]


@pytest.mark.parametrize("rows, cells, differs", [
    # most frequent form first, then alphabetical; the same set of forms in other counts is no difference
    ([("A", "Assad", 1, None), ("A", "Bashar al-Assad", 3, None), ("A", "Assad", 1, "President"),
      ("B", "Assad", 2, None), ("B", "Bashar al-Assad", 2, None), ("B", "Assad", 1, "President")],
     {"A": "Bashar al-Assad ×3; Assad ×1; President Assad ×1", "B": "Assad ×2; Bashar al-Assad ×2; President Assad ×1"},
     False),
    ([("A", "Assad", 1, ""), ("B", "Assad", 1, "regime leader")], {"A": "Assad ×1", "B": "regime leader Assad ×1"},
     True),
    ([("A", "Assad", 2, None)], {"A": "Assad ×2", "B": ""}, False),  # one outlet only: listed, not a difference
])
def test_naming_cells(rows, cells, differs):
    table = tables.frame("naming", [{"event_id": "e", "outlet": f"Outlet {o}", "entity_id": ASSAD, "form": f,
                                     "count": c, "title": t} for o, f, c, t in rows]
                         + [{"event_id": "e", "outlet": "Outlet B", "entity_id": "country:RUS", "form": "Russia",
                             "count": 1}])
    n = O.naming(table, make_tables()["entities"]).set_index("entity_id")
    assert {o: n.loc[ASSAD, f"Outlet {o}"] for o in cells} == cells
    assert bool(n.loc[ASSAD, "differs"]) is differs


def test_naming_rows_without_outlet_or_entity_give_an_empty_table():
    table = tables.frame("naming", [{"event_id": "e", "outlet": None, "entity_id": ASSAD, "form": "Assad", "count": 1},
                                    {"event_id": "e", "outlet": "Outlet A", "entity_id": None, "form": "X", "count": 1}])
    n = O.naming(table, tables.empty("entities"))
    assert n.empty and list(n.columns) == ["entity", "entity_id", "differs"]


@pytest.mark.parametrize("event, count_a", [("e1", 2), (None, 7)])
def test_framing(tabs, event, count_a):
    f = O.framing(tabs["framing"], event)
    assert f[f["outlet"] == "Outlet A"]["count"].iloc[0] == count_a
    fig = O.framing_chart(f)
    assert [t.name for t in fig.data] == ["Outlet A", "Outlet B"]
    assert list(fig.data[0].y) == ["terrorism: terrorist"]


@pytest.mark.parametrize("event, n", [("e1", 5), ("e2", 1), (None, 6), ("e9", 0)])  # one sentence, two triggers: one row
def test_claims_per_event(tabs, event, n):
    c = O.claims(tabs["relations"], tabs["articles"], tabs["entities"], event)
    assert len(c) == n
    if event == "e2":
        assert c.iloc[0][["outlet", "source", "relation", "target"]].tolist() == ["Outlet A", "United States",
                                                                                   "opposes", "Russia"]


def test_unique_and_outlets(tabs):
    u = O.unique(tabs["unique_sentences"], "e1")
    assert list(u["outlet"]) == ["Outlet A", "Outlet B"]
    assert O.outlets_of(tabs["articles"], "e1") == ["Outlet A", "Outlet B"]
    assert O.outlets_of(tabs["articles"], "e2") == ["Outlet A"]
    assert O.unique(tables.empty("unique_sentences"), "e1").empty


def test_distinct_sentences_collapse_an_outlets_repeats():
    rows = [("Outlet A", "a1", "Wire line.", 0.3), ("Outlet A", "a2", "Wire line.", 0.1), ("Outlet A", "a1", "Own.", 0.2),
            ("Outlet B", "a3", "Wire line.", 0.4)]
    u = O.unique(tables.frame("unique_sentences", [{"event_id": "e", "outlet": o, "article_id": a, "sentence": s,
                                                    "best_similarity": b} for o, a, s, b in rows]))
    d = O.distinct(u)
    assert d.values.tolist() == [["Outlet A", "Wire line.", 2, 0.1], ["Outlet A", "Own.", 1, 0.2],
                                 ["Outlet B", "Wire line.", 1, 0.4]]
    assert O.distinct(O.unique(tables.empty("unique_sentences"))).empty


@pytest.mark.parametrize("builder", [
    lambda: O.heatmap(O.entity_shares(tables.empty("outlet_entities")), tables.empty("entities")),
    lambda: O.framing_chart(O.framing(tables.empty("framing"))),
    lambda: A.network(A.edges(tables.empty("relations")), tables.empty("entities")),
])
def test_empty_inputs_give_empty_figures(builder):
    assert len(builder().data) == 0


# --- labels and orderings that keep a real corpus readable ------------------------------------------------

def test_role_counts_count_each_actor_once_under_its_strongest_role(tabs):
    extra = tables.frame("memberships", [  # Russia also attended: still one member, not an attendee too
        {"article_id": "a2", "member_id": "country:RUS", "org_id": "org:forum", "role": "attendee", "sentence": "s4"}])
    counts = M.role_counts(pd.concat([tabs["memberships"], extra], ignore_index=True)).set_index("org_id")
    assert counts.loc["org:forum"].to_dict() == {"member": 2, "observer": 0, "attendee": 2}
    assert counts.loc["org:other"].to_dict() == {"member": 0, "observer": 1, "attendee": 0}
    assert M.role_counts(tables.empty("memberships")).empty
    every = M.role_counts(pd.concat([tabs["memberships"], extra], ignore_index=True), strongest_only=False)
    assert every.set_index("org_id").loc["org:forum"].to_dict() == {"member": 2, "observer": 0, "attendee": 3}


@pytest.mark.parametrize("counts, phrase", [
    ({"member": 4, "observer": 0, "attendee": 6}, "4 members, 6 attendees"),
    ({"member": 1}, "1 member"), ({"observer": 1, "attendee": 1}, "1 observer, 1 attendee"), ({}, "no actor named")])
def test_roles_phrase(counts, phrase):
    assert M.roles_phrase(counts) == phrase


def test_events_to_compare_puts_events_with_several_outlets_first():
    ev = tables.frame("events", [
        {"event_id": "e-old", "label": "Old, one outlet", "first_date": "2015-01-01", "n_articles": 2,
         "outlets": "Outlet A"},
        {"event_id": "e-undated", "label": "Undated, three outlets", "first_date": None, "n_articles": 3,
         "outlets": "Outlet A | Outlet B | (unknown outlet)"},
        {"event_id": "e-two", "label": "Two outlets", "first_date": "2020-01-01", "n_articles": 2,
         "outlets": "Outlet A | Outlet B"},
        {"event_id": "e-two-early", "label": "Two outlets, earlier", "first_date": "2016-01-01", "n_articles": 2,
         "outlets": "Outlet B | Outlet C"},
    ])
    got = O.events_to_compare(ev)
    assert list(got["event_id"]) == ["e-undated", "e-two-early", "e-two", "e-old"]
    assert list(got["n_outlets"]) == [3, 2, 2, 1]
    assert O.events_to_compare(tables.empty("events")).empty


def _hedged_tables() -> dict[str, pd.DataFrame]:
    """make_tables() plus one hypothetical and one attributed claim about the leader (sentences written here)."""
    t = make_tables()
    extra = pd.DataFrame([
        {"article_id": "a3", "source_id": "country:QAT", "relation": "supports", "target_id": ASSAD, "trigger": "t",
         "sentence": "Qatar could consider backing the leader.", "sent_start": 50, "modality": "hypothetical"},
        {"article_id": "a3", "source_id": "country:IRN", "relation": "opposes", "target_id": ASSAD, "trigger": "t",
         "sentence": "Officials said Iran had turned on the leader.", "sent_start": 90, "modality": "asserted",
         "attributed_to": "country:USA"},
    ])
    t["relations"] = pd.concat([t["relations"], extra.astype(
        {c: t["relations"][c].dtype for c in extra.columns})], ignore_index=True)
    return t


@pytest.mark.parametrize("include, expected", [
    (False, {("country:RUS", "supports", False): 2, ("country:IRN", "supports", False): 1}),
    (True, {("country:RUS", "supports", False): 2, ("country:IRN", "supports", False): 1,
            ("country:QAT", "supports", True): 1, ("country:IRN", "opposes", True): 1}),
])
def test_hedged_claims_counted_only_on_request(include, expected):
    t = _hedged_tables()
    counts = A.stance_counts(t["relations"], t["articles"], ASSAD, "country", include_hedged=include)
    got = counts.groupby(["actor_id", "relation", "hedged"])["n"].sum().to_dict()
    assert {k: v for k, v in got.items() if k[1] == "supports" or k[2]} == expected
    edges = A.edges(t["relations"], include_hedged=include)
    assert bool(edges["hedged"].any()) is include
    ev = A.evidence(t["relations"], t["articles"], t["entities"], target_id=ASSAD, include_hedged=include)
    assert ("United States" in set(ev["attributed_to"].dropna())) is include
    assert ("hypothetical" in set(ev["modality"])) is include


def test_hedged_bars_are_drawn_distinctly_and_labels_escaped():
    t = _hedged_tables()
    t["articles"].loc[t["articles"]["article_id"] == "a3", "outlet"] = '<a href="http://x.test">Evil</a>'
    counts = A.stance_counts(t["relations"], t["articles"], ASSAD, "country", include_hedged=True)
    fig = A.diverging_bar(counts, t["entities"], "Leader A")
    hedged = [tr for tr in fig.data if A.HEDGED_LABEL in tr.name]
    assert hedged and all(tr.marker.pattern.shape == "/" and tr.marker.opacity < 1 for tr in hedged)
    assert not [tr for tr in fig.data if "<a" in (tr.name or "") or "<a" in (tr.hovertemplate or "")]
    net = A.network(A.edges(t["relations"], include_hedged=True), t["entities"])
    assert any(tr.line.dash == "dot" for tr in net.data if tr.mode == "lines")
