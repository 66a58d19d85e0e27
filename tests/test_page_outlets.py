"""AppTests of the Outlets page: the data behind the side-by-side comparison, per event and over all
filtered articles, on hand-written tables and on the seeds."""

from __future__ import annotations

import pandas as pd

from test_page_alliances import EMPTY, figures, frame_with, run_page, seeds_dir, small, texts  # noqa: F401


def heat(fig: dict) -> dict[tuple[str, str], int]:
    """{(entity label, outlet): mentions} from the heatmap."""
    hm = fig["data"][0]
    return {(y, x): hm["text"][i][j] for i, y in enumerate(hm["y"]) for j, x in enumerate(hm["x"])}


def test_without_event_compares_all_filtered_articles(small, monkeypatch):
    at = run_page("outlets", small, monkeypatch)
    got = heat(figures(at)["outlets_heatmap"])
    assert got[("Russia", "Outlet A")] == 7  # summed over both events
    framing = figures(at)["outlets_framing"]
    assert {t["name"]: t["x"] for t in framing["data"]} == {"Outlet A": [7], "Outlet B": [1]}
    assert len(at.get("page_link")) == 2  # one link per event to compare it


def test_event_query_parameter_selects_one_event(small, monkeypatch):
    at = run_page("outlets", small, monkeypatch, {"event": "e1"})
    got = heat(figures(at)["outlets_heatmap"])
    assert got[("Russia", "Outlet A")] == 3 and got[("Iran", "Outlet B")] == 1
    naming = frame_with(at, "entity", "Outlet A", "Outlet B", "differs").set_index("entity")
    assert naming.loc["Leader A", "Outlet A"] == "President Leader A ×1"
    assert naming.loc["Leader A", "Outlet B"] == "regime leader Leader A ×1"
    claims_a = frame_with(at, "source", "relation", "target", "sentence")
    assert "Russia backs the leader." in set(claims_a["sentence"])
    page = texts(at)
    assert "Only A said this." in page and "Only B said that." in page
    assert "**Outlet A** · 2 claim(s)" in page and "**Outlet B** · 3 claim(s)" in page


def test_single_outlet_event_says_there_is_nothing_to_contrast(small, monkeypatch):
    at = run_page("outlets", small, monkeypatch, {"event": "e2"})
    assert any("Only 1 outlet" in i.value for i in at.info)
    assert heat(figures(at)["outlets_heatmap"]) == {("Russia", "Outlet A"): 4}


def test_filtered_to_nothing_shows_the_empty_state(small, monkeypatch):
    at = run_page("outlets", small, monkeypatch, EMPTY)
    assert any("No article matches these filters." in i.value for i in at.info)
    assert figures(at) == {}


def test_seeds_november_2015_visit_contrasts_two_outlets(seeds_dir, seed_tables, monkeypatch):
    ev = seed_tables["events"]
    both = ev[ev["outlets"].str.contains("Middle East Eye") & ev["outlets"].str.contains("TRT World")]
    assert len(both) == 1
    event_id = both["event_id"].iloc[0]
    at = run_page("outlets", seeds_dir, monkeypatch, {"event": event_id})
    hm = figures(at)["outlets_heatmap"]["data"][0]
    assert list(hm["x"]) == ["Middle East Eye", "TRT World"]
    naming = frame_with(at, "entity", "Middle East Eye", "TRT World")
    trt = naming["TRT World"].fillna("")
    assert trt.str.contains("DAESH").any()
    daesh_row = naming[trt.str.contains("DAESH")].iloc[0]
    assert "DAESH" not in str(daesh_row["Middle East Eye"])  # the other outlet names it differently
    assert bool(daesh_row["differs"])
    page = texts(at)
    assert "**Middle East Eye**" in page and "**TRT World**" in page
    terms = figures(at)["outlets_framing"]
    assert {t["name"] for t in terms["data"]} == {"Middle East Eye", "TRT World"}
    assert pd.notna(event_id)
