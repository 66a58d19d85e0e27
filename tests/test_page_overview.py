"""AppTest of the Overview page (the default page): counts, charts' data, URL filters, empty state, no NLP on rerun."""

from __future__ import annotations

import pytest

from browser import run_app, sample_tables, sample_tables_dir, many_tables_dir, texts, write_tables, restore_tables_env  # noqa: F401 (fixtures)


def metrics(at) -> dict[str, str]:
    return {m.label: str(m.value) for m in at.metric}


def _decode(obj):
    """Plotly 7 writes numeric arrays as {"dtype", "bdata"} (base64): turn them back into lists."""
    import base64

    import numpy as np

    if isinstance(obj, dict):
        if set(obj) >= {"dtype", "bdata"}:
            return np.frombuffer(base64.b64decode(obj["bdata"]), dtype=obj["dtype"]).tolist()
        return {k: _decode(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_decode(v) for v in obj]
    return obj


def figures(at) -> dict:
    """Plotly figures of the run (decoded JSON, typed arrays as lists) by title."""
    import json
    from types import SimpleNamespace

    out = {}
    for el in at.get("plotly_chart"):
        spec = _decode(json.loads(el.proto.spec))
        title = ((spec.get("layout") or {}).get("title") or {}).get("text", "")
        out[title] = SimpleNamespace(data=[SimpleNamespace(**t) for t in spec.get("data", [])], layout=spec["layout"])
    return out


def test_overview_on_sample(sample_tables_dir):
    at = run_app(sample_tables_dir)
    assert not at.exception
    assert metrics(at) == {"Articles": "3", "Outlets": "3", "Date span": "2015 – 2017",
                           "Entities": "8", "Claims": "6"}
    figs = figures(at)
    geo = figs["Countries mentioned (with their places and people)"].data[0]
    by_country = dict(zip(geo.locations, geo.z))
    assert by_country["IRN"] == 4 + 2  # Iran 4 mentions + Tehran twice
    assert by_country["SYR"] == 3  # Bashar al-Assad, a person of Syria
    assert {t.name for t in figs["Articles over time by outlet"].data} == {"TRT World", "Channel News Asia"}
    assert "1 undated article(s)" in texts(at)


def test_overview_on_the_seeds(seed_tables, tmp_path):
    at = run_app(write_tables(seed_tables, tmp_path / "seeds"))
    assert not at.exception
    m = metrics(at)
    assert m["Articles"] == "3" and m["Outlets"] == "3"
    assert int(m["Entities"]) > 10 and int(m["Claims"]) > 0
    geo = figures(at)["Countries mentioned (with their places and people)"].data[0]
    assert {"RUS", "IRN", "SYR"} <= set(geo.locations)


@pytest.mark.parametrize("query, n_articles, outlets", [
    ({"outlet": "TRT World"}, "1", ["TRT World"]),
    ({"outlet": ["TRT World", "Middle East Eye"]}, "2", ["Middle East Eye", "TRT World"]),
    ({"country": "QAT"}, "1", []),
    ({"from": "2016-01-01", "undated": "false"}, "1", []),
    ({"event": "ev1"}, "2", []),
])
def test_query_params_select_the_filters(sample_tables_dir, query, n_articles, outlets):
    at = run_app(sample_tables_dir, query=query)
    assert not at.exception
    assert metrics(at)["Articles"] == n_articles
    side = {w.label: w.value for w in at.sidebar.multiselect}
    assert sorted(side["Outlets"]) == outlets
    if "country" in query:
        assert side["Countries"] == ["QAT"]
    if "from" in query:
        assert str(at.sidebar.date_input[0].value) == "2016-01-01"
        assert at.sidebar.checkbox[0].value is False
    if "event" in query:
        assert at.sidebar.selectbox[0].value == "ev1"
    link = at.sidebar.code[0].value
    for key in query:
        assert f"{key}=" in link


def test_filter_that_empties_shows_the_empty_state(sample_tables_dir):
    at = run_app(sample_tables_dir, query={"outlet": "TRT World", "from": "2017-01-01", "undated": "false"})
    assert not at.exception
    assert any("No article matches these filters" in i.value for i in at.info)
    assert not at.metric


def test_no_nlp_runs_on_a_rerun(tmp_path, monkeypatch):
    """A filter change reruns the script and only filters the cached tables: the loader runs once."""
    from analysis import corpus, nlp
    from streamlit.testing.v1 import AppTest

    from browser import ROOT

    calls = []

    def fake_load_or_build(paths, cache_dir=None, progress=None, model=None):
        calls.append(list(paths))
        if progress:
            progress(1, 1, "fake")
        return sample_tables()

    monkeypatch.setattr(corpus, "load_or_build", fake_load_or_build)
    monkeypatch.setattr(nlp, "build", lambda *a, **k: pytest.fail("NLP built on a dashboard run"))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "one.txt").write_text("Title\n\nText.")
    monkeypatch.delenv("NEWSLENS_TABLES", raising=False)
    monkeypatch.setenv("NEWSLENS_CORPUS", str(tmp_path / "corpus"))
    monkeypatch.setenv("NEWSLENS_CACHE", str(tmp_path / "cache"))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    assert not at.exception and metrics(at)["Articles"] == "3"
    at.sidebar.multiselect(key="outlet").set_value(["TRT World"]).run()
    assert metrics(at)["Articles"] == "1"
    at.sidebar.checkbox(key="undated").uncheck().run()
    at.switch_page("views/entities.py").run()
    assert not at.exception
    assert len(calls) == 1


@pytest.mark.parametrize("query", [{"country": "FRA"}, {"outlet": "Le Monde"}, {"event": "no-such-event"}])
def test_a_linked_value_missing_from_the_corpus_filters_to_the_empty_state(sample_tables_dir, query):
    at = run_app(sample_tables_dir, query=query)
    assert not at.exception
    assert any("No article matches these filters" in i.value for i in at.info)
    key, value = next(iter(query.items()))
    assert value in at.sidebar.code[0].value.replace("+", " ")


@pytest.mark.parametrize("value", ["Qatar", "country:QAT", "qat"])
def test_a_country_linked_by_name_or_id_filters_and_the_link_shows_its_code(sample_tables_dir, value):
    at = run_app(sample_tables_dir, query={"country": value})
    assert not at.exception and not at.sidebar.warning
    assert metrics(at)["Articles"] == "1"
    assert {w.label: w.value for w in at.sidebar.multiselect}["Countries"] == ["QAT"]
    assert "country=QAT" in at.sidebar.code[0].value


def test_an_unreadable_country_in_a_link_is_named_not_dropped_silently(sample_tables_dir):
    at = run_app(sample_tables_dir, query={"country": ["Narnia", "Qatar"]})
    assert not at.exception
    assert [w.value for w in at.sidebar.warning if "Narnia" in w.value]
    assert metrics(at)["Articles"] == "1"  # the readable value still filters
    assert "Narnia" not in at.sidebar.code[0].value


@pytest.mark.parametrize("page", [None, "entities", "articles", "data"])
def test_an_empty_corpus_gives_empty_states_not_errors(tmp_path, page):
    (tmp_path / "empty").mkdir()
    at = run_app(tmp_path / "empty", page=page)
    assert not at.exception, [e.value for e in at.exception]
    if page != "data":
        assert at.info
    assert "0 of 0 articles match" in texts(at)


def test_a_reversed_date_range_is_read_the_right_way_round(sample_tables_dir):
    at = run_app(sample_tables_dir, query={"from": "2015-12-31", "to": "2015-11-01", "undated": "false"})
    assert not at.exception
    assert any("is after" in w.value for w in at.sidebar.warning)
    assert metrics(at)["Articles"] == "1"  # the TRT World article of 2015-11-23, not the empty state


def test_many_outlets_are_grouped_and_the_totals_kept(many_tables_dir):
    from dashboard.charts.overview import MAX_OUTLET_TRACES

    at = run_app(many_tables_dir)
    assert not at.exception
    timeline = figures(at)["Articles over time by outlet"]
    names = [t.name for t in timeline.data]
    assert len(names) == MAX_OUTLET_TRACES and names[-1] == "other outlets (7)"  # 14 outlets: 7 + the rest
    assert sum(sum(t.y) for t in timeline.data) == 120  # every dated article still counted once
    assert len(timeline.layout["xaxis"]["tickvals"]) <= 8  # two years of months, labelled sparsely


@pytest.mark.parametrize("lo, hi, chosen, expected", [
    ("2022-01-01", "2023-12-31", [], ("1900-01-01", "2100-12-31")),
    ("2022-01-01", "2023-12-31", ["2015-11-01", None], ("1900-01-01", "2100-12-31")),
    ("1850-02-03", "2023-12-31", ["2150-06-01"], ("1850-02-03", "2150-06-01")),
    (None, None, ["2021-06-01"], ("1900-01-01", "2100-12-31")),
])
def test_date_pickers_accept_any_date(lo, hi, chosen, expected):
    import datetime as dt

    from dashboard.filters import date_bounds

    d = lambda v: dt.date.fromisoformat(v) if v else None  # noqa: E731
    assert date_bounds(d(lo), d(hi), [d(c) for c in chosen]) == tuple(map(d, expected))


@pytest.mark.parametrize("query, warned", [
    ({"from": "2015-01-01", "to": "2016-12-31"}, True),  # a1 is undated: it passes the range, and the page says so
    ({"from": "2015-01-01", "to": "2016-12-31", "undated": "false"}, False),
    ({}, False),  # no date range: undated articles are simply part of the corpus
])
def test_a_date_range_says_how_many_undated_articles_it_kept(sample_tables_dir, query, warned):
    at = run_app(sample_tables_dir, query=query)
    assert not at.exception
    notes = [w.value for w in at.sidebar.warning if "no known date" in w.value]
    assert notes == (["1 of these 2 articles have no known date and pass any date range: untick “Include undated "
                      "articles” to keep only the dated ones."] if warned else [])
