"""AppTests of the Outlets page: the data behind the side-by-side comparison, per event and over all
filtered articles, on hand-written tables and on the seeds."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from browser import write_tables
from test_page_alliances import EMPTY, figures, frame_with, run_page, seeds_dir, small, texts  # noqa: F401

WRITTEN = Path(__file__).resolve().parent / "data" / "coverage" / "corpus.jsonl"


def heat(fig: dict) -> dict[tuple[str, str], int]:
    """{(entity label, outlet): mentions} from the heatmap."""
    hm = fig["data"][0]
    return {(y, x): hm["text"][i][j] for i, y in enumerate(hm["y"]) for j, x in enumerate(hm["x"])}


def cells(fig: dict) -> dict[tuple[str, str], str]:
    """{(concept: term, outlet): count as shown} from the framing heatmap (empty cells left out)."""
    hm = fig["data"][0]
    return {(y, x): hm["text"][i][j] for i, y in enumerate(hm["y"]) for j, x in enumerate(hm["x"]) if hm["text"][i][j]}


def test_without_event_compares_all_filtered_articles(small, monkeypatch):
    at = run_page("outlets", small, monkeypatch)
    got = heat(figures(at)["outlets_heatmap"])
    assert got[("Russia", "Outlet A")] == 7  # summed over both events
    framing = cells(figures(at)["outlets_framing"])
    assert framing == {("terrorism: terrorist", "Outlet A"): "7", ("terrorism: terrorist", "Outlet B"): "1"}
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
    terms = cells(figures(at)["outlets_framing"])
    assert {o for _, o in terms} == {"Middle East Eye", "TRT World"}
    assert ("ruling authority: regime", "TRT World") in terms and ("Islamic State: DAESH", "TRT World") in terms
    assert ("Islamic State: DAESH", "Middle East Eye") not in terms
    assert pd.notna(event_id)


@pytest.fixture(scope="module")
def written_dir(nlp, tmp_path_factory) -> Path:
    """The written multi-outlet corpus (tests/data/coverage) analysed, as the Parquet the app serves."""
    from analysis import corpus

    base = tmp_path_factory.mktemp("written")
    tabs = corpus.build([WRITTEN], cache_dir=base / "cache", nlp=nlp).tables
    return write_tables(dict(tabs), base / "tables")


def _event_of(folder: Path, outlet: str, title_start: str) -> str:
    art = pd.read_parquet(folder / "articles.parquet")
    return art.loc[(art["outlet"] == outlet) & art["title"].str.startswith(title_start), "event_id"].iloc[0]


def test_written_corpus_one_event_three_framings(written_dir, monkeypatch):
    event = _event_of(written_dir, "Meridian Press Agency", "Putin proclaims annexation")
    at = run_page("outlets", written_dir, monkeypatch, {"event": event})
    outlets = ["Federal Broadcasting Service", "Meridian Press Agency", "The Liberty Ledger"]
    assert list(figures(at)["outlets_heatmap"]["data"][0]["x"]) == outlets
    terms = cells(figures(at)["outlets_framing"])
    assert ("territory: reunification", "Federal Broadcasting Service") in terms
    assert ("territory: annexation", "Meridian Press Agency") in terms
    assert ("territory: reunification", "Meridian Press Agency") not in terms
    assert ("use of force: special military operation", "Federal Broadcasting Service") in terms
    # Concepts worded differently come first.
    labels = figures(at)["outlets_framing"]["data"][0]["y"]
    assert labels.index("territory: reunification") < len(labels) // 2 + 1
    page = texts(at)
    assert "concert was held on Red Square" in page  # a fact only the state broadcaster carried
    for outlet in outlets:
        assert f"**{outlet}**" in page


def test_written_corpus_all_events_heatmap_is_ordered_by_mentions(written_dir, monkeypatch):
    at = run_page("outlets", written_dir, monkeypatch)
    hm = figures(at)["outlets_heatmap"]["data"][0]
    totals = [sum(row) for row in hm["text"]]
    assert totals == sorted(totals, reverse=True) and len(hm["y"]) <= 25
    assert hm["y"][0] == "Russia"
    assert len(at.get("page_link")) == 8  # one link per event


def test_entities_sharing_a_name_keep_their_own_rows(written_dir, monkeypatch):
    # The NER types one town "place" in one report and "person" in another: two entities, one name.
    from dashboard.charts import outlets as charts

    assert charts.unique_labels(["place:donetsk", "person:donetsk", "country:RUS"],
                                {"place:donetsk": "Donetsk", "person:donetsk": "Donetsk", "country:RUS": "Russia"}) == [
        "Donetsk (place)", "Donetsk (person)", "Russia"]
    event = _event_of(written_dir, "Meridian Press Agency", "Putin proclaims annexation")
    at = run_page("outlets", written_dir, monkeypatch, {"event": event})
    hm = figures(at)["outlets_heatmap"]["data"][0]
    assert len(set(hm["y"])) == len(hm["y"])
