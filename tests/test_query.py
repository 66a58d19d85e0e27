"""dashboard/query.py: filters become SQL predicates with bound parameters; uploads join; paging."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis import tables as T
from dashboard import filters as F
from dashboard import query

ARTICLES = [
    dict(article_id="a1", source="s1", outlet="Daily Post", title="Talks in Geneva", published=dt.date(2020, 3, 1),
         event_id="ev-1", n_words=10),
    dict(article_id="a2", source="s2", outlet="Evening Star", title="Summit", published=dt.date(2020, 3, 5),
         event_id="ev-1", n_words=12),
    dict(article_id="a3", source="s3", outlet="Daily Post", title="Undated note", published=None,
         event_id="ev-2", n_words=8),
    dict(article_id="a4", source="s4", outlet="O'Brien's Weekly", title="Later", published=dt.date(2021, 1, 9),
         event_id="ev-3", n_words=9),
]
ENTITIES = [
    dict(entity_id="country:FRA", name="France", type="country", iso3="FRA", country_id="country:FRA"),
    dict(entity_id="country:PER", name="Peru", type="country", iso3="PER", country_id="country:PER"),
    dict(entity_id="place:lima", name="Lima", type="place", iso3="PER", country_id="country:PER"),
    dict(entity_id="org:un", name="United Nations", type="organisation", iso3=None, country_id=None),
]
MENTIONS = [
    dict(article_id="a1", entity_id="country:FRA", text="France", start_char=0, end_char=6, sentence="France spoke."),
    dict(article_id="a2", entity_id="place:lima", text="Lima", start_char=0, end_char=4, sentence="Lima hosted."),
    dict(article_id="a2", entity_id="org:un", text="UN", start_char=10, end_char=12, sentence="The UN met."),
    dict(article_id="a3", entity_id="org:un", text="UN", start_char=0, end_char=2, sentence="The UN met."),
    dict(article_id="a4", entity_id="country:FRA", text="France", start_char=0, end_char=6, sentence="France left."),
]
RELATIONS = [
    dict(article_id="a2", source_id="country:PER", relation="supports", target_id="org:un", trigger="backs",
         sentence="Peru backs the UN."),
    dict(article_id="a2", source_id="org:un", relation="opposes", target_id="country:FRA", trigger="rejects",
         sentence="The UN rejects France."),
]


def _tables() -> dict[str, pd.DataFrame]:
    tabs = {name: T.empty(name) for name in T.TABLES}
    for name, rows in (("articles", ARTICLES), ("entities", ENTITIES), ("mentions", MENTIONS),
                       ("relations", RELATIONS)):
        tabs[name] = T.frame(name, rows)
    return tabs


@pytest.fixture(scope="module", params=["frames", "parquet"])
def con(request, tmp_path_factory):
    tabs = _tables()
    if request.param == "frames":
        return query.session(query.connect(frames=tabs))
    folder = tmp_path_factory.mktemp("tables")
    for name, df in tabs.items():
        df.to_parquet(folder / f"{name}.parquet", index=False)
    return query.session(query.connect(folder))


CASES = [
    F.Filters(),
    F.Filters(outlets=("Daily Post",)),
    F.Filters(date_from=dt.date(2020, 3, 2)),
    F.Filters(date_to=dt.date(2020, 3, 1), undated=False),
    F.Filters(countries=("PER",)),
    F.Filters(countries=("fra",), outlets=("Daily Post", "Evening Star")),
    F.Filters(event="ev-1"),
    F.Filters(outlets=("O'Brien's Weekly",)),
]


@pytest.mark.parametrize("filters", CASES, ids=lambda f: f.query_string() or "none")
def test_sql_filters_equal_the_pandas_filters(con, filters):
    expected = F.apply(_tables(), filters)
    got = query.filtered(con, filters)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(got[name], expected[name].reset_index(drop=True), obj=name)


@pytest.mark.parametrize("filters, where, params", [
    (F.Filters(), "TRUE", {}),
    (F.Filters(outlets=("Zeta Wire",)), "list_contains($outlets, outlet)", {"outlets": ["Zeta Wire"]}),
    (F.Filters(event="ev-9"), "event_id = $event", {"event": "ev-9"}),
    (F.Filters(undated=False), "published IS NOT NULL", {}),
])
def test_predicates_name_parameters_not_values(filters, where, params):
    sql, _, bound = query.predicates(filters)
    assert where in sql
    assert bound == params
    for value in params.values():
        for v in value if isinstance(value, list) else [value]:
            assert v not in sql


@pytest.mark.parametrize("hostile", [
    "x' OR '1'='1", "'; DROP TABLE stored_articles; --", 'Daily Post" OR TRUE --', "Daily Post') OR (1=1",
])
def test_a_hostile_filter_value_is_only_a_string(con, hostile):
    for filters in (F.Filters(outlets=(hostile,)), F.Filters(event=hostile), F.Filters(countries=(hostile,))):
        got = query.filtered(con, filters)
        assert got["articles"].empty
    assert len(query.filtered(con, F.Filters())["articles"]) == len(ARTICLES)  # nothing was dropped


def test_a_table_or_column_outside_the_whitelist_is_refused(con):
    with pytest.raises(ValueError):
        query.top(con, "articles", "outlet; DROP TABLE x", F.Filters())
    with pytest.raises(ValueError):
        query.count(con, "pg_catalog", F.Filters())


def test_uploads_join_this_session_only():
    base = query.connect(frames=_tables())
    upload = {name: T.empty(name) for name in T.TABLES}
    upload["articles"] = T.frame("articles", [
        dict(article_id="u1", source="upload:new.txt", outlet="Upload Times", title="New", published=dt.date(2020, 3, 3),
             event_id="ev-1", n_words=5),
        ARTICLES[0],  # already stored: the stored row stays, once
    ])
    upload["mentions"] = T.frame("mentions", [
        dict(article_id="u1", entity_id="country:PER", text="Peru", start_char=0, end_char=4, sentence="Peru."),
        MENTIONS[0],
    ])
    upload["entities"] = T.frame("entities", [ENTITIES[1]])
    mine, other = query.session(base, upload), query.session(base)
    got = query.filtered(mine, F.Filters())
    assert sorted(got["articles"]["article_id"]) == ["a1", "a2", "a3", "a4", "u1"]
    assert len(got["mentions"]) == len(MENTIONS) + 1
    assert got["entities"].set_index("entity_id").loc["country:PER", "n_articles"] == 1
    assert sorted(query.filtered(mine, F.Filters(countries=("PER",)))["articles"]["article_id"]) == ["a2", "u1"]
    assert "u1" not in set(query.filtered(other, F.Filters())["articles"]["article_id"])


@pytest.mark.parametrize("limit, offset, ids", [
    (2, 0, ["a1", "a2"]), (2, 2, ["a3", "a4"]), (10, 3, ["a4"]), (5, 9, []), (0, 0, []),
])
def test_page_fetches_only_the_rows_shown(con, limit, offset, ids):
    got = query.page(con, "articles", F.Filters(), limit=limit, offset=offset)
    assert list(got["article_id"]) == ids
    assert list(got.columns) == list(T.SCHEMAS["articles"])
    assert query.count(con, "articles", F.Filters()) == len(ARTICLES)


def test_top_counts_in_sql(con):
    got = query.top(con, "mentions", "entity_id", F.Filters(outlets=("Daily Post", "Evening Star")), n=2)
    assert got.to_dict("records") == [{"value": "org:un", "count": 2}, {"value": "country:FRA", "count": 1}]
