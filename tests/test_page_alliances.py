"""AppTests of the Alliances page: the data behind its charts on hand-written tables and on the seeds.

Also holds the small AppTest helpers the other analysis-page tests import (run_page, figures, …).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from browser import write_tables
from test_charts_analysis import ASSAD, make_tables

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
EMPTY = {"from": "2031-01-01", "undated": "false"}  # later than any article, undated ones dropped


# --- helpers shared by the analysis-page tests ------------------------------------------------------------

def run_page(page: str, folder: Path, monkeypatch, query: dict | None = None) -> AppTest:
    """Run dashboard/app.py on the page views/<page>.py over the tables in folder, with query parameters."""
    monkeypatch.setenv("NEWSLENS_TABLES", str(folder))
    monkeypatch.setenv("NEWSLENS_CACHE", str(folder / "_cache"))
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def figures(at: AppTest) -> dict[str, dict]:
    """The plotly figures on the page, by widget key (the JSON spec sent to the browser)."""
    out = {}
    for el in at.get("plotly_chart"):
        key = el.proto.id.rsplit("-", 1)[-1].split("@")[0] if el.proto.id else str(len(out))  # "@n": redrawn
        out[key] = json.loads(el.proto.spec)
    return out


def texts(at: AppTest) -> str:
    """Every markdown, caption and info text on the page, joined (what a reader sees, as sent)."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    parts += [w.value for w in at.warning]
    return "\n".join(parts)


def frame_with(at: AppTest, *columns: str):
    """The first dataframe on the page that has all these columns (dataframes carry no key in the tree)."""
    for d in at.dataframe:
        if set(columns) <= set(d.value.columns):
            return d.value
    raise AssertionError(f"no dataframe with columns {columns}")


@pytest.fixture()
def small(tmp_path) -> Path:
    """The hand-written corpus of test_charts_analysis.make_tables, as the Parquet the app serves."""
    return write_tables(make_tables(), tmp_path / "tables")


@pytest.fixture(scope="session")
def seeds_dir(seed_tables, tmp_path_factory) -> Path:
    """The seeds' tables (built once by conftest.seed_tables) as the Parquet the app serves."""
    return write_tables(dict(seed_tables), tmp_path_factory.mktemp("seed_parquet"))


def bars(fig: dict) -> dict[tuple[str, str], int]:
    """{(actor_id, outlet): signed evidence count} from the diverging bar chart's traces."""
    return {(cd[0], cd[2]): x for t in fig["data"] for cd, x in zip(t["customdata"], t["x"])}


def net_by_actor(fig: dict) -> dict[str, int]:
    """{actor_id: net signed count} summed over outlets."""
    out: dict[str, int] = {}
    for (actor, _), x in bars(fig).items():
        out[actor] = out.get(actor, 0) + x
    return out


# --- hand-written tables ------------------------------------------------------------------------------------

def test_default_view_is_the_preferred_target(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch)
    assert at.selectbox(key="target").value == ASSAD  # from dashboard/defaults.json
    fig = figures(at)["alliances_bars"]
    # by country: President One rolls up to Russia (two sentences in Outlet A)
    assert bars(fig) == {("country:RUS", "Outlet A"): 2, ("country:IRN", "Outlet B"): 1,
                         ("country:USA", "Outlet B"): -1, ("group:gulf-states", "Outlet B"): -1}
    assert [t["name"] for t in fig["data"]] == ["Outlet A", "Outlet B"]
    net = figures(at)["alliances_network"]
    handles = {t["name"]: t for t in net["data"] if t["name"] in ("supports", "opposes")}
    assert {tuple(cd[:3]) for cd in handles["opposes"]["customdata"]} == {
        ("country:USA", "opposes", ASSAD), ("group:gulf-states", "opposes", ASSAD),
        ("country:USA", "opposes", "country:RUS")}
    page = texts(at)
    for sentence in ("Russia backs the leader.", "Iran backs the leader.", "Gulf states want him gone."):
        assert sentence in page
    # untrusted sentence text is escaped, never rendered as HTML
    assert "The US wants &lt;b&gt;him&lt;/b&gt; gone." in page and "<b>him</b>" not in page


def test_count_by_actor(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch)
    at.button_group(key="alliances_by").set_value("actor").run()
    assert not at.exception
    got = bars(figures(at)["alliances_bars"])
    assert got[("country:RUS", "Outlet A")] == 1 and got[("person:p-one", "Outlet A")] == 1


def test_query_parameter_selects_the_target(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch, {"target": "country:RUS"})
    assert at.selectbox(key="target").value == "country:RUS"
    assert bars(figures(at)["alliances_bars"]) == {("country:USA", "Outlet A"): -1}
    assert "The US opposes Russia." in texts(at)
    assert "Russia backs the leader." not in texts(at)


def test_unknown_target_falls_back_with_a_warning(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch, {"target": "person:nobody"})
    assert at.selectbox(key="target").value == ASSAD
    assert len(at.warning) == 1 and "person:nobody" in at.warning[0].value.replace("\\", "")  # the frame's url_selectbox warns


def test_global_filter_applies(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch, {"outlet": "Outlet B"})
    assert set(bars(figures(at)["alliances_bars"])) == {
        ("country:IRN", "Outlet B"), ("country:USA", "Outlet B"), ("group:gulf-states", "Outlet B")}


def test_filtered_to_nothing_shows_the_empty_state(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch, EMPTY)
    assert any("No stance claim matches these filters." in i.value for i in at.info)
    assert figures(at) == {}


def test_actor_picker_drills_down_to_sentences(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch)
    at.selectbox(key="actor").set_value("country:IRN").run()
    assert not at.exception
    page = texts(at)
    assert "Iran backs the leader." in page
    assert "Russia backs the leader." not in page and "Gulf states want him gone." not in page
    links = [(el.proto.label, el.proto.query_string) for el in at.get("page_link")]
    assert ("read the article", "article=a2") in links, links  # st.page_link: stays in the session
    at.button(key="alliances_clear").click().run()
    assert "Russia backs the leader." in texts(at)


# --- the seeds: the acceptance example --------------------------------------------------------------

def test_seeds_supporters_and_opposers_of_the_leader(seeds_dir, monkeypatch):
    at = run_page("alliances", seeds_dir, monkeypatch)
    assert at.selectbox(key="target").value == ASSAD
    net = net_by_actor(figures(at)["alliances_bars"])
    for supporter in ("country:RUS", "country:IRN"):
        assert net.get(supporter, 0) > 0, (supporter, net)
    for opposer in ("country:USA", "country:SAU", "country:TUR"):
        assert net.get(opposer, 0) < 0, (opposer, net)
    page = texts(at)
    names = {"country:RUS": "Russia", "country:IRN": "Iran", "country:USA": "United States",
             "country:SAU": "Saudi Arabia", "country:TUR": "Turkey"}
    for actor, name in names.items():
        # each actor's sentences are listed under its own heading
        relation = "supports" if net[actor] > 0 else "opposes"
        assert f"**{name}** {relation}" in page, name
    for actor in names:
        at.selectbox(key="actor").set_value(actor).run()
        shown = [m.value for m in at.markdown if m.value.startswith("> ")]
        assert shown, actor


# --- many actors -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """The generated larger tables of tests/browser.py (60 actors in a ring of claims, 14 outlets)."""
    from browser import many_tables

    return write_tables(many_tables(), tmp_path_factory.mktemp("many_alliances"))


def test_network_draws_the_strongest_actors_and_names_only_some(many, monkeypatch):
    from dashboard.charts.alliances import LABELLED

    at = run_page("alliances", many, monkeypatch, {"target": "country:C01"})
    nodes = next(t for t in figures(at)["alliances_network"]["data"] if t["name"] == "actors")
    assert len(nodes["x"]) <= 25  # the default number of actors drawn, not all 60
    assert sum(1 for label in nodes["text"] if label) == LABELLED
    assert all(-1.0 <= v <= 1.0 for v in nodes["x"] + nodes["y"])
    at.slider(key="alliances_nodes").set_value(50).run()
    nodes = next(t for t in figures(at)["alliances_network"]["data"] if t["name"] == "actors")
    assert 25 < len(nodes["x"]) <= 50
    assert "(the " in texts(at) and "actors with most evidence drawn" in texts(at)


# --- selections in the URL (issue 14, item 5) ----------------------------------------------------------------

def _quotes(at: AppTest) -> set[str]:
    """The evidence sentences listed on the page."""
    return {m.value[2:].replace("\\", "") for m in at.markdown if m.value.startswith("> ")}


ABOUT_ASSAD = {"Russia backs the leader.", "President One backs the leader.", "Iran backs the leader.",
               "The US wants &lt;b&gt;him&lt;/b&gt; gone.", "Gulf states want him gone."}


def url(at: AppTest, key: str) -> list[str]:
    """The values of a URL key after the run (AppTest keeps a lone value as a string)."""
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def _has_quote(at: AppTest, sentence: str) -> bool:
    return any(sentence in q for q in _quotes(at))


@pytest.mark.parametrize("query, shown, hidden", [
    ({"actor": "country:IRN"}, {"Iran backs the leader."}, {"Russia backs the leader.", "Gulf states want him gone."}),
    # by country, President One's claim counts for Russia
    ({"actor": "country:RUS"}, {"Russia backs the leader.", "President One backs the leader."},
     {"Iran backs the leader."}),
    ({"pair": "country:USA~country:RUS"}, {"The US opposes Russia."}, {"Russia backs the leader."}),
    ({"pair": "country:USA~country:RUS", "rollup": "country"}, {"The US opposes Russia."},
     {"Russia backs the leader."}),
    # rolled up, the leader (a person of Syria) is Syria, and President One is Russia
    ({"pair": "country:RUS~country:SYR", "rollup": "country"},
     {"Russia backs the leader.", "President One backs the leader."}, {"Iran backs the leader."}),
])
def test_selection_from_the_url_narrows_the_evidence(small, monkeypatch, query, shown, hidden):
    at = run_page("alliances", small, monkeypatch, query)
    for sentence in shown:
        assert _has_quote(at, sentence), (sentence, _quotes(at))
    for sentence in hidden:
        assert not _has_quote(at, sentence), sentence
    for key, value in query.items():
        assert url(at, key) == [value]  # kept in the URL
    assert at.button(key="alliances_clear").label.startswith("Clear selection")
    if "actor" in query:
        assert at.selectbox(key="actor").value == query["actor"]


@pytest.mark.parametrize("query", [
    {"actor": "person:nobody"},
    {"actor": "not an id"},
    {"pair": "country:IRN~country:USA"},  # no such arrow
    {"pair": "country:RUS~country:SYR"},  # an arrow only with rollup=country
    {"pair": "nonsense"},
])
def test_a_bad_selection_is_ignored(small, monkeypatch, query):
    at = run_page("alliances", small, monkeypatch, query)
    assert all(_has_quote(at, s) for s in ABOUT_ASSAD - {"The US wants &lt;b&gt;him&lt;/b&gt; gone."})
    assert at.selectbox(key="actor").value is None
    assert not [b for b in at.button if b.key == "alliances_clear"]
    assert not [k for k in query if url(at, k)]  # dropped from the URL, so the link stays true


def test_clear_selection_shows_every_sentence_and_empties_the_url(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch, {"actor": "country:IRN"})
    assert not _has_quote(at, "Russia backs the leader.")
    at.button(key="alliances_clear").click().run()
    assert not at.exception
    assert _has_quote(at, "Russia backs the leader.") and _has_quote(at, "Iran backs the leader.")
    assert "actor" not in at.query_params and at.selectbox(key="actor").value is None


def _nodes(at: AppTest) -> set[str]:
    net = figures(at)["alliances_network"]
    return {cd[0] for t in net["data"] if t["name"] == "actors" for cd in t["customdata"]}


def _arrows(at: AppTest) -> dict[tuple[str, str, str], int]:
    net = figures(at)["alliances_network"]
    return {tuple(cd[:3]): cd[3] for t in net["data"] if t["name"] in ("supports", "opposes") for cd in t["customdata"]}


def test_rollup_merges_people_into_their_country(small, monkeypatch):
    at = run_page("alliances", small, monkeypatch)
    assert at.toggle(key="rollup").value is False and "person:p-one" in _nodes(at)
    assert _arrows(at)[("person:p-one", "supports", ASSAD)] == 1
    at.toggle(key="rollup").set_value(True).run()
    assert not at.exception and url(at, "rollup") == ["country"]
    assert _nodes(at) == {"country:RUS", "country:IRN", "country:USA", "country:SYR", "group:gulf-states"}
    assert _arrows(at) == {("country:RUS", "supports", "country:SYR"): 2, ("country:IRN", "supports", "country:SYR"): 1,
                           ("country:USA", "opposes", "country:SYR"): 1,
                           ("group:gulf-states", "opposes", "country:SYR"): 1,
                           ("country:USA", "opposes", "country:RUS"): 1}
    labels = {cd[0]: cd[1] for t in figures(at)["alliances_network"]["data"] if t["name"] == "actors"
              for cd in t["customdata"]}
    assert "Syria" in labels["country:SYR"]  # named though only the leader's country, never mentioned itself
    at.toggle(key="rollup").set_value(False).run()
    assert "rollup" not in at.query_params and "person:p-one" in _nodes(at)


@pytest.mark.parametrize("value, on", [("country", True), ("COUNTRY", True), ("banana", False), ("", False)])
def test_rollup_from_the_url(small, monkeypatch, value, on):
    at = run_page("alliances", small, monkeypatch, {"rollup": value})
    assert at.toggle(key="rollup").value is on
    assert ("person:p-one" in _nodes(at)) is not on
