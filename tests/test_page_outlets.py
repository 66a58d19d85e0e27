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


def test_event_without_stance_claims_says_so_without_the_filter_hint(tmp_path, monkeypatch):
    from test_charts_analysis import make_tables

    tabs = make_tables()
    tabs["relations"] = tabs["relations"][tabs["relations"]["article_id"] != "a3"]  # e2's only claim
    at = run_page("outlets", write_tables(tabs, tmp_path / "tables"), monkeypatch, {"event": "e2"})
    info = [i.value for i in at.info if "stance claim" in i.value]
    assert info == ["No stance claim in these outlets' articles on this event."]
    assert figures(at)["outlets_heatmap"]  # the rest of the event is still compared


# --- many articles: the page caps what it draws, and every fact stays reachable ---------------------------

def many_with_coverage() -> dict:
    """browser.many_tables() (120 articles, 14 outlets A–N, 40 events ev-0…ev-39 of three articles, one a week
    apart) with coverage tables written from its articles: every article names Russia twice and its source
    actor C<i mod 60> once (outlets H–N write "the state of C…"), and carries two sentences no other outlet did."""
    from browser import many_tables

    from analysis import tables as T

    tabs = many_tables()
    arts = tabs["articles"]
    events, oe, naming, uniq = [], [], [], []
    for ev, g in arts.groupby("event_id", sort=False):
        events.append({"event_id": ev, "label": f"Story of {ev}", "first_date": g["published"].min(),
                       "last_date": g["published"].max(), "n_articles": len(g),
                       "outlets": " | ".join(sorted(g["outlet"])), "article_ids": " | ".join(g["article_id"])})
    for i, (ev, outlet, aid) in enumerate(zip(arts["event_id"], arts["outlet"], arts["article_id"])):
        actor = f"country:C{i % 60:02d}"
        titled = outlet >= "Outlet H"
        naming += [{"event_id": ev, "outlet": outlet, "entity_id": "country:RUS", "form": "Russia", "count": 2},
                   {"event_id": ev, "outlet": outlet, "entity_id": actor, "form": actor[8:], "count": 1,
                    "title": "the state of" if titled else None}]
        oe += [{"event_id": ev, "outlet": outlet, "entity_id": "country:RUS", "mentions": 2},
               {"event_id": ev, "outlet": outlet, "entity_id": actor, "mentions": 1}]
        uniq += [{"event_id": ev, "outlet": outlet, "article_id": aid, "sentence": f"Only story {i} has fact {k}.",
                  "best_similarity": round(0.1 + 0.01 * k, 2)} for k in range(2)]
    tabs.update({name: T.frame(name, rows) for name, rows in
                 (("events", events), ("outlet_entities", oe), ("naming", naming), ("unique_sentences", uniq))})
    return tabs


@pytest.fixture(scope="module")
def many_dir(tmp_path_factory) -> Path:
    """many_with_coverage() as the Parquet the app serves."""
    return write_tables(many_with_coverage(), tmp_path_factory.mktemp("many_outlets"))


def test_many_articles_all_events_every_fact_reachable(many_dir, monkeypatch):
    at = run_page("outlets", many_dir, monkeypatch)
    # 40 events, linked ten at a time, oldest first; the pager reaches the last ones.
    links = at.get("page_link")
    assert len(links) == 10 and links[0].proto.query_string == "event=ev-0"
    at.number_input(key="outlets_events_page").set_value(4).run()
    assert [pl.proto.query_string for pl in at.get("page_link")] == [f"event=ev-{i}" for i in range(30, 40)]
    # Naming over 14 outlets and 61 entities: Russia counted per outlet (A ran 9 stories, N 8), written alike.
    naming = frame_with(at, "entity", "Outlet A", "Outlet N", "differs").set_index("entity")
    assert len(naming) == 61 and len(naming.columns) == 14 + 1
    assert naming.loc["Russia", "Outlet A"] == "Russia ×18" and naming.loc["Russia", "Outlet N"] == "Russia ×16"
    assert not naming.loc["Russia", "differs"]
    # C03 is the source in stories 3 (Outlet D) and 63 (Outlet H): written differently, listed first.
    assert naming.loc["Country C03", "Outlet D"] == "C03 ×1"
    assert naming.loc["Country C03", "Outlet H"] == "the state of C03 ×1"
    assert naming.loc["Country C03", "Outlet A"] == "" and naming.loc["Country C03", "differs"]
    assert naming["differs"].tolist() == sorted(naming["differs"], reverse=True)
    heat_ = heat(figures(at)["outlets_heatmap"])
    assert heat_[("Russia", "Outlet A")] == 18 and heat_[("Russia", "Outlet N")] == 16
    # Unique sentences: ten per outlet side by side (one block each), all 240 in one table.
    page = texts(at)
    shown = " · the 10 least like the others' shown"
    assert f"**Outlet A** · 18 sentence(s){shown}" in page and f"**Outlet N** · 16 sentence(s){shown}" in page
    block_a = next(m.value for m in at.markdown if "Only story 0 has fact 0." in m.value)
    assert block_a.count("<div") == 10
    every = frame_with(at, "outlet", "sentence", "best_similarity")
    assert len(every) == 240 and set(every["sentence"]) == {f"Only story {i} has fact {k}." for i in range(120)
                                                           for k in range(2)}
    assert len(at.markdown) < 60  # not one element per sentence


def test_many_articles_one_event(many_dir, monkeypatch):
    at = run_page("outlets", many_dir, monkeypatch, {"event": "ev-5"})  # stories 15–17: Outlets B, C, D
    assert len(at.get("page_link")) == 0  # the event is chosen: no list of events
    assert heat(figures(at)["outlets_heatmap"]) == {
        (y, x): (2 if y == "Russia" else int(y == f"Country C{i:02d}"))
        for y in ("Russia", "Country C15", "Country C16", "Country C17")
        for i, x in ((15, "Outlet B"), (16, "Outlet C"), (17, "Outlet D"))}
    naming = frame_with(at, "entity", "Outlet B", "Outlet C", "Outlet D", "differs").set_index("entity")
    assert naming.loc["Country C16", "Outlet C"] == "C16 ×1" and naming.loc["Country C16", "Outlet B"] == ""
    claims = frame_with(at, "source", "relation", "target", "sentence")
    assert list(claims["sentence"]) == ["Report 15 says C15 backs C16.", "Report 16 says C16 backs C17.",
                                        "Report 17 says C17 backs C18."]
    page = texts(at)
    for i, outlet in ((15, "Outlet B"), (16, "Outlet C"), (17, "Outlet D")):
        assert f"**{outlet}** · 2 sentence(s)" in page
        assert f"Only story {i} has fact 0." in page and f"Only story {i} has fact 1." in page
    assert not any(set(d.value.columns) >= {"best_similarity"} for d in at.dataframe)  # all shown: no table


def test_events_to_compare_list_those_with_several_outlets_first(small, monkeypatch):
    at = run_page("outlets", small, monkeypatch)  # e1: Outlets A and B; e2: Outlet A only
    links = at.get("page_link")
    assert [pl.proto.query_string for pl in links] == ["event=e1", "event=e2"]
    assert "2 outlet(s)" in links[0].proto.label and "1 outlet(s)" in links[1].proto.label
    assert "1 event(s) covered by more than one outlet, listed first." in texts(at)


def test_unique_sentences_show_hostile_markup_as_text(tmp_path, monkeypatch):
    """Sentences go into one HTML block per outlet: their markup must arrive escaped, never as tags."""
    from browser import XSS
    from test_charts_analysis import make_tables

    from analysis import tables as T

    tabs = make_tables()
    u = tabs["unique_sentences"]
    first = u.index[u["event_id"] == "e1"][0]
    tabs["unique_sentences"] = T.frame("unique_sentences", [
        {**row, "sentence": ("Hostile " + XSS + " ![px](http://evil.test/p.png) :red[alarm]") if i == first
         else row["sentence"]}
        for i, row in u.to_dict("index").items()])
    at = run_page("outlets", write_tables(tabs, tmp_path / "tables"), monkeypatch, {"event": "e1"})
    page = texts(at)
    assert "Hostile &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>" not in page and "<img src=x" not in page
    # Markdown in the sentence stays text too: no image syntax or colour directive reaches the renderer intact.
    assert "![px](" not in page and ":red[" not in page and "&#x21;&#x5b;px&#x5d;" in page
