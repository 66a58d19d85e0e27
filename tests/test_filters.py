"""Filters: URL round trip, tolerant parsing, and apply() on hand-written tables."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs

import pandas as pd
import pytest

from browser import sample_tables
from dashboard import filters as F
from dashboard.filters import Filters, apply


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


@pytest.mark.parametrize("f", [
    Filters(),
    Filters(date_from=dt.date(2015, 11, 1), date_to=dt.date(2015, 11, 30), undated=False),
    Filters(countries=("IRN", "RUS"), outlets=("TRT World", "Middle East Eye"), event="ev1"),
    Filters(target="person:bashar-al-assad", org="org:gecf", entity="country:RUS", article="a1"),
    Filters(outlets=("A & B = C?",)),
])
def test_url_round_trip(f):
    qs = f.query_string()
    assert Filters.from_query(parse_qs(qs)) == f
    assert Filters.from_query(f.to_query()) == f


def test_url_form_follows_the_contract():
    f = Filters(date_from=dt.date(2015, 11, 1), countries=("IRN", "RUS"), undated=False)
    assert f.query_string() == "from=2015-11-01&undated=false&country=IRN&country=RUS"
    assert Filters().to_query() == {}


@pytest.mark.parametrize("query, expected", [
    ({"from": "not-a-date"}, Filters()),
    ({"country": ["irn", "IRN", ""]}, Filters(countries=("IRN",))),
    ({"undated": "0"}, Filters(undated=False)),
    ({"undated": "true"}, Filters()),
    ({"to": "2015-11-23T10:00"}, Filters(date_to=dt.date(2015, 11, 23))),
])
def test_malformed_or_loose_values_never_raise(query, expected):
    assert Filters.from_query(query) == expected


@pytest.mark.parametrize("value, expected", [
    ("TUR", "TUR"), ("tur", "TUR"), (" country:TUR ", "TUR"),  # the code, any case, or the entity id
    ("Turkey", "TUR"), ("turkey", "TUR"), ("the Netherlands", "NLD"), ("UAE", "ARE"), ("Russian", "RUS"),
    ("TR", "TUR"),  # alpha-2, through pycountry
    ("XYZ", "XYZ"),  # an unknown code stays a code: it filters to the empty state
    ("Narnia", None), ("", None), ("country:", None), ("Tehran", None),  # a city is no country filter
])
def test_a_linked_country_is_read_as_a_code_an_id_or_a_name(value, expected):
    assert F.read_country(value, (), F.kb_country) == expected


def test_a_corpus_code_is_taken_as_written_before_any_name_lookup():
    asked = []
    assert F.read_country("qat", {"QAT"}, lambda t: asked.append(t)) == "QAT" and asked == []
    assert F.read_country("Kosovo", (), lambda t: "XKX" if t == "Kosovo" else None) == "XKX"


@pytest.mark.parametrize("f, articles", [
    (Filters(), {"a1", "a2", "a3"}),
    (Filters(date_from=dt.date(2015, 11, 23), date_to=dt.date(2015, 11, 23)), {"a1", "a2"}),  # a1 undated, kept
    (Filters(date_from=dt.date(2015, 11, 23), date_to=dt.date(2015, 11, 23), undated=False), {"a2"}),
    (Filters(date_from=dt.date(2016, 1, 1)), {"a1", "a3"}),
    (Filters(outlets=("TRT World", "Channel News Asia")), {"a2", "a3"}),
    (Filters(event="ev1"), {"a1", "a2"}),
    (Filters(countries=("QAT",)), {"a2"}),
    (Filters(countries=("SYR",)), {"a1", "a2"}),  # through its person Bashar al-Assad
    (Filters(countries=("IRN",)), {"a1", "a2", "a3"}),  # Tehran (a place of Iran) counts too
    (Filters(countries=("FRA",)), set()),
    (Filters(outlets=("Nobody",)), set()),
])
def test_apply_selects_articles(tables, f, articles):
    out = apply(tables, f)
    assert set(out["articles"]["article_id"]) == articles
    assert set(out["mentions"]["article_id"]) <= articles
    assert list(out["articles"].columns) == list(tables["articles"].columns)


def test_claims_must_involve_the_country(tables):
    out = apply(tables, Filters(countries=("USA",)))
    assert set(out["articles"]["article_id"]) == {"a1"}
    assert set(zip(out["relations"]["source_id"], out["relations"]["relation"])) == {("country:USA", "opposes")}
    assert out["memberships"].empty


def test_entities_are_recounted_and_coverage_follows(tables):
    out = apply(tables, Filters(outlets=("TRT World",)))
    ents = out["entities"].set_index("entity_id")
    assert ents.loc["country:IRN", "n_mentions"] == 1 and ents.loc["country:IRN", "n_articles"] == 1
    assert "country:USA" not in ents.index
    assert set(out["events"]["event_id"]) == {"ev1"}
    assert set(out["naming"]["outlet"]) == {"TRT World"}
    assert len(out["skipped"]) == 1  # never filtered


def test_nothing_matches_gives_empty_tables_not_errors(tables):
    out = apply(tables, Filters(countries=("FRA",), outlets=("Nobody",)))
    for name, df in out.items():
        if name != "skipped":
            assert df.empty, name
            assert list(df.columns) == list(tables[name].columns)


@pytest.mark.parametrize("filters, kept", [
    (F.Filters(date_from=dt.date(2015, 1, 1)), 1),
    (F.Filters(date_to=dt.date(2016, 1, 1)), 1),
    (F.Filters(date_from=dt.date(2015, 1, 1), undated=False), 0),
    (F.Filters(), 0),  # no date bound: nothing was kept "despite" the dates
])
def test_undated_kept_counts_the_undated_articles_a_date_range_let_through(filters, kept):
    arts = pd.DataFrame({"article_id": ["a", "b"], "published": [pd.Timestamp("2015-06-01"), pd.NaT]})
    assert F.undated_kept(arts, filters) == kept


@pytest.mark.parametrize("iso3", ["IRN", "QAT", "RUS", "SYR", "USA"])
def test_country_facet_counts_what_the_filter_keeps(tables, iso3):
    countries, _ = F.facet_counts(tables)
    assert countries[iso3] == len(apply(tables, Filters(countries=(iso3,)))["articles"])


@pytest.mark.parametrize("outlet", ["Channel News Asia", "Middle East Eye", "TRT World"])
def test_outlet_facet_counts_what_the_filter_keeps(tables, outlet):
    _, outlets = F.facet_counts(tables)
    assert outlets[outlet] == len(apply(tables, Filters(outlets=(outlet,)))["articles"])
    assert F.with_count(outlet, outlets[outlet]) == f"{outlet} ({outlets[outlet]})"


@pytest.mark.parametrize("f, query", [
    (Filters(hedged=True), "hedged=true"),
    (Filters(hedged=None), ""),
])
def test_hedged_key_round_trips(f, query):
    assert f.query_string() == query
    assert Filters.from_query(parse_qs(query)) == f


@pytest.mark.parametrize("f, query", [
    (Filters(actor="country:RUS"), "actor=country:RUS"),
    (Filters(pair=("country:USA", "person:bashar-al-assad")), "pair=country:USA~person:bashar-al-assad"),
    (Filters(rollup="country"), "rollup=country"),
    (Filters(member="country:IRN"), "member=country:IRN"),
    (Filters(target="country:SYR", actor="person:ana-roy", pair=("country:FRA", "country:SYR"), rollup="country",
             hedged=True), "target=country:SYR&hedged=true&actor=person:ana-roy&pair=country:FRA~country:SYR"
                           "&rollup=country"),
])
def test_selection_keys_round_trip(f, query):
    assert f.query_string() == query
    assert Filters.from_query(parse_qs(query)) == f
    assert Filters.from_query(f.to_query()) == f


@pytest.mark.parametrize("query, expected", [
    ({"pair": "country:USA~country:RUS"}, Filters(pair=("country:USA", "country:RUS"))),  # "~" as typed
    ({"pair": "country:USA"}, Filters()),
    ({"pair": "country:USA~"}, Filters()),
    ({"pair": "a~b~c"}, Filters()),
    ({"pair": "country:USA~country:RUS~country:IRN"}, Filters()),
    ({"actor": "<script>"}, Filters()),
    ({"actor": " country:RUS "}, Filters(actor="country:RUS")),
    ({"member": "Iran"}, Filters()),
    ({"rollup": "banana"}, Filters()),
    ({"rollup": "Country"}, Filters(rollup="country")),
])
def test_malformed_selections_are_ignored(query, expected):
    assert Filters.from_query(query) == expected


def test_a_link_to_another_page_drops_every_page_key():
    f = Filters(countries=("IRN",), target="country:SYR", actor="country:RUS", pair=("country:USA", "country:RUS"),
                rollup="country", member="country:IRN", org="org:gecf", hedged=True)
    assert f.global_only() == Filters(countries=("IRN",))
    assert set(f.to_query()) - set(f.global_only().to_query()) == set(F.PAGE_KEYS) - {"entity", "article"}


@pytest.mark.parametrize("n_events, asked, expect_len, expect_first", [
    (5, [], 5, "ev-004"),                    # few events: all offered, largest first
    (1000, [], 300, "ev-999"),               # many: only the largest EVENT_OPTIONS
    (1000, ["ev-000"], 301, "ev-999"),       # an event asked in the URL is offered though small
    (1000, ["ev-nope"], 300, "ev-999"),      # an id the corpus lacks is not added (no label for it)
])
def test_event_options_are_the_largest_events_plus_the_asked_one(n_events, asked, expect_len, expect_first):
    events = pd.DataFrame({"event_id": [f"ev-{i:03d}" for i in range(n_events)],
                           "label": [f"story {i}" for i in range(n_events)],
                           "n_articles": list(range(n_events))})
    labels = dict(zip(events["event_id"], events["label"]))
    opts = F.event_options(events, asked, labels)
    assert len(opts) == expect_len and opts[0] == expect_first
    assert len(set(opts)) == len(opts)
    assert all(a in opts for a in asked if a in labels)
