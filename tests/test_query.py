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


# ------------------------------------------------------- page queries equal the pandas path (charts over apply)

import random  # noqa: E402

from dashboard.charts import memberships as MC  # noqa: E402
from dashboard.charts import overview as OC  # noqa: E402


def _generated(seed: int = 7, n_articles: int = 120) -> dict[str, pd.DataFrame]:
    """A corpus of tables drawn at random (fixed seed): several outlets, undated articles, repeated sentences,
    claims naming no organisation, members without a country, every role and an unknown one."""
    rnd = random.Random(seed)
    outlets = ["Daily Post", "Evening Star", "O'Brien's Weekly", None]
    countries = [("FRA", "France"), ("PER", "Peru"), ("KEN", "Kenya"), ("IND", "India"), ("QAT", "Qatar")]
    ents = [dict(entity_id=f"country:{i}", name=n, type="country", iso3=i, country_id=f"country:{i}")
            for i, n in countries]
    ents += [dict(entity_id=f"person:p{k}", name=f"Person {k}", type="person", iso3=None,
                  country_id=f"country:{countries[k % 5][0]}") for k in range(6)]
    ents += [dict(entity_id=f"place:c{k}", name=f"City {k}", type="place", iso3=countries[k % 5][0],
                  country_id=f"country:{countries[k % 5][0]}") for k in range(4)]
    ents += [dict(entity_id=f"org:o{k}", name=f"Organisation {k}", type="organisation", iso3=None, country_id=None)
             for k in range(4)]
    ents.append(dict(entity_id="group:g", name=None, type="group", iso3=None, country_id=None))
    ids = [e["entity_id"] for e in ents]
    members = [e for e in ids if not e.startswith("org:")] + ["country:ZZZ"]  # ZZZ: not in the entities table
    arts, ments, mems, rels = [], [], [], []
    sentences = [f"Sentence number {k} about the talks." for k in range(25)]

    def _sentence(k):  # one article's sentence starts where it does in the text: sentence and offset agree
        return dict(sentence=sentences[k], sent_start=40 * k)
    for a in range(n_articles):
        aid = f"g{a:04d}"
        published = None if rnd.random() < 0.1 else dt.date(2019, 1, 1) + dt.timedelta(days=rnd.randrange(900))
        arts.append(dict(article_id=aid, source=f"src/{aid}.txt", outlet=rnd.choice(outlets), title=f"Title {a % 17}",
                         published=published, event_id=f"ev-{a % 9}", n_words=100 + a, text=f"Text {a}."))
        for k in range(rnd.randrange(1, 8)):
            e = rnd.choice(ids)
            ments.append(dict(article_id=aid, entity_id=e, text=f"form{rnd.randrange(3)}", start_char=10 * k,
                              end_char=10 * k + 5, sent_index=k % 3, sentence=rnd.choice(sentences)))
        for k in range(rnd.randrange(0, 5)):
            mems.append(dict(article_id=aid, member_id=rnd.choice(members),
                             org_id=None if rnd.random() < 0.1 else f"org:o{rnd.randrange(4)}",
                             role=rnd.choice(["member", "member", "observer", "attendee", "partner", None]),
                             trigger="joined", **_sentence(rnd.randrange(len(sentences)))))
        if rnd.random() < 0.5:
            rels.append(dict(article_id=aid, source_id=rnd.choice(ids), relation="supports",
                             target_id=rnd.choice(ids), trigger="backs", sentence=rnd.choice(sentences)))
        more = random.Random(seed * 1000 + a)  # its own draws: the rows above stay as they were
        for k in range(more.randrange(0, 4)):  # both stances, hedged and attributed claims, rolled-up sources
            source = more.choice(ids)
            rels.append(dict(article_id=aid, source_id=source, relation=more.choice(["supports", "opposes"]),
                             target_id=more.choice(ids[:8]), trigger="backs", sentence=more.choice(sentences[:6]),
                             modality=more.choice(["asserted", "asserted", "hypothetical", None]),
                             attributed_to=more.choice([None, None, None, "country:FRA", " "]),
                             source_country_id=next((e["country_id"] for e in ents if e["entity_id"] == source
                                                     and e["type"] != "country"), None)))
    tabs = {name: T.empty(name) for name in T.TABLES}
    for name, rows in (("articles", arts), ("entities", ents), ("mentions", ments), ("memberships", mems),
                       ("relations", rels)):
        tabs[name] = T.frame(name, rows)
    return tabs


@pytest.fixture(scope="module", params=["seeds", "generated"])
def corpus(request):
    """(tables, session connection) of the seeds' build or of a generated corpus."""
    tabs = request.getfixturevalue("seed_tables") if request.param == "seeds" else _generated()
    tabs = {name: T.conform(name, tabs[name]) if name in tabs else T.empty(name) for name in T.TABLES}
    return tabs, query.session(query.connect(frames=tabs))


def _cases(tabs) -> list:
    """Filters drawn from the corpus itself: none, each outlet, a date range, each country, an event."""
    arts = tabs["articles"]
    out = [F.Filters(), F.Filters(undated=False), F.Filters(date_from=dt.date(2019, 6, 1), date_to=dt.date(2020, 6, 1))]
    out += [F.Filters(outlets=(o,)) for o in sorted(arts["outlet"].dropna().unique())[:3]]
    out += [F.Filters(countries=(c,)) for c in sorted(tabs["entities"]["iso3"].dropna().unique())[:3]]
    out += [F.Filters(event=e) for e in sorted(arts["event_id"].dropna().unique())[:2]]
    return out


def _frames_equal(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True), check_dtype=False)


def test_memberships_page_queries_equal_the_charts_over_pandas(corpus):
    tabs, con = corpus
    checked = 0
    for f in _cases(tabs):
        want = F.apply(tabs, f)
        mem, arts, ents = want["memberships"], want["articles"], tabs["entities"]
        roles = query.membership_roles(con, f)
        _frames_equal(MC.orgs(roles), MC.orgs(mem))
        _frames_equal(MC.role_counts(roles), MC.role_counts(mem))
        _frames_equal(MC.role_counts(roles, strongest_only=False), MC.role_counts(mem, strongest_only=False))
        assert MC.default_org(roles, ["org:o2"]) == MC.default_org(mem, ["org:o2"])
        for org in MC.orgs(mem)["org_id"]:
            _frames_equal(query.org_members(con, f, org), MC.members(mem, arts, ents, org).astype(
                {"sentences": "int64", "articles": "int64"}))
            _frames_equal(query.org_countries(con, f, org), MC.countries(mem, arts, ents, org))
            for iso in [None, *MC.countries(mem, arts, ents, org)["iso3"][:2]]:
                ev = MC.evidence(mem, arts, ents, org, iso3=iso)
                ev = ev.assign(_r=ev["role"].map({r: i for i, r in enumerate(MC.ROLES)})).sort_values(
                    ["_r", "member"], kind="mergesort")
                groups = [k for k, _ in ev.groupby(["article_id", "sentence"], sort=False)]
                got, n_groups, n_claims = query.org_evidence(con, f, org, iso, limit=10 ** 6)
                assert (n_groups, n_claims) == (len(groups), len(ev))
                assert list(dict.fromkeys(zip(got["article_id"], got["sentence"]))) == groups
                keys = ["member_id", "role", "article_id", "sentence"]
                rows = lambda d: sorted(map(tuple, d[keys].astype("string").fillna("<none>").values))
                assert rows(got) == rows(ev)
                paged = pd.concat([query.org_evidence(con, f, org, iso, limit=3, offset=o)[0]
                                   for o in range(0, n_groups, 3)])
                _frames_equal(paged.drop(columns="group"), got.drop(columns="group"))
                checked += 1
    assert checked


def test_overview_queries_equal_the_pandas_path(corpus):
    tabs, con = corpus
    for f in _cases(tabs):
        want = F.apply(tabs, f)
        arts = want["articles"]
        _frames_equal(query.countries_mentioned(con, f), OC.countries_mentioned(want["mentions"], want["entities"]))
        top = query.top_entities(con, f, n=3)
        full = want["entities"]
        assert len(top) <= len(full)
        pick = lambda d: d.assign(n=d["n_mentions"].fillna(0).astype(int), t=d["type"].astype("string").fillna(
            "other")).sort_values(["t", "n", "name"], ascending=[True, False, True]).groupby("t").head(3)[
            ["entity_id", "n"]].sort_values("entity_id").reset_index(drop=True)  # what top_entities draws
        _frames_equal(pick(top), pick(full))
        s = query.summary(con, f)
        dates = pd.to_datetime(arts["published"]).dropna()
        assert s == dict(articles=len(arts), outlets=int(arts["outlet"].nunique()),
                         first=dates.min().date() if len(dates) else None,
                         last=dates.max().date() if len(dates) else None,
                         undated=int(arts["published"].isna().sum()), entities=len(full),
                         relations=len(want["relations"]), memberships=len(want["memberships"]))
        assert query.undated(con, f) == s["undated"]
        assert query.count(con, "articles", f) == len(arts)


def test_articles_page_queries_equal_the_pandas_path(corpus):
    tabs, con = corpus
    for f in _cases(tabs):
        want = F.apply(tabs, f)
        listing = query.article_listing(con, f)
        assert sorted(listing["article_id"]) == sorted(want["articles"]["article_id"])
        for name, col in (("mentions", "mentions"), ("relations", "claims"), ("memberships", "memberships")):
            n = want[name].groupby("article_id").size()
            assert listing.set_index("article_id")[col].to_dict() == {
                a: int(n.get(a, 0)) for a in listing["article_id"]}
        dated = listing["published"].dropna()
        assert dated.is_monotonic_increasing and listing["published"].isna().sum() == len(listing) - len(dated)
        for aid in list(listing["article_id"])[:5]:
            for name in ("mentions", "relations", "memberships"):
                _frames_equal(query.article_rows(con, name, f, aid),
                              T.conform(name, want[name][want[name]["article_id"] == aid]))
            assert query.article_text(con, aid) == (tabs["articles"].set_index("article_id").loc[aid, "text"] or "")


def test_facets_equal_the_pandas_counts(corpus):
    tabs, con = corpus
    assert query.facets(con) == F.facet_counts(tabs)


def test_entities_page_queries_equal_the_pandas_path(corpus):
    from dashboard.charts import entities as EC

    tabs, con = corpus
    for f in _cases(tabs)[:6]:
        want = F.apply(tabs, f)
        arts = want["articles"].set_index(want["articles"]["article_id"].astype(str))
        top = want["mentions"]["entity_id"].value_counts().sort_index().sort_values(ascending=False, kind="mergesort")
        for entity in list(top.index[:4]):
            mentions = want["mentions"][want["mentions"]["entity_id"] == entity]
            # the page's pandas ordering before SQL: newest first, reading order, one line per normalised sentence
            when = mentions["article_id"].astype(str).map(pd.to_datetime(arts["published"], errors="coerce"))
            ordered = mentions.assign(_when=when).sort_values(["_when", "article_id", "start_char"],
                                                             ascending=[False, True, True], na_position="last",
                                                             kind="mergesort")
            ordered["_key"] = ordered["sentence"].astype("string").fillna("").str.split().str.join(" ")
            groups = [(k, g.iloc[0]["article_id"], int(g.iloc[0]["start_char"]), list(dict.fromkeys(g["article_id"])))
                      for k, g in ordered.groupby("_key", sort=False)]
            got, n_groups, n_mentions, n_articles = query.entity_mentions(con, f, entity, limit=10 ** 6)
            assert (n_groups, n_mentions, n_articles) == (len(groups), len(mentions), mentions["article_id"].nunique())
            mine = [(" ".join(str(g.iloc[0]["sentence"] or "").split()), g.iloc[0]["article_id"],
                     int(g.iloc[0]["start_char"]), list(dict.fromkeys(g["article_id"])))
                    for _, g in got.groupby("group", sort=True)]
            assert mine == groups
            pages = pd.concat([query.entity_mentions(con, f, entity, limit=2, offset=o)[0] for o in range(0, n_groups, 2)])
            _frames_equal(pages, got)
            # one row per sentence: its first mention, the first `links` articles (with outlets) and how many ran it
            outlet_of = arts["outlet"].to_dict()
            for links in (1, 2, 6):
                sents, *counts = query.entity_sentences(con, f, entity, limit=10 ** 6, links=links)
                assert tuple(counts) == (n_groups, n_mentions, n_articles)
                assert [(" ".join(str(r["sentence"] or "").split()), r["article_id"], int(r["start_char"]),
                         r["article_ids"], r["outlets"], r["n_sentence_articles"]) for r in sents.to_dict("records")] \
                    == [(k, aid, start, aids[:links], [outlet_of.get(a) if isinstance(outlet_of.get(a), str) else None
                                                      for a in aids[:links]], len(aids))
                        for k, aid, start, aids in groups]
                paged = pd.concat([query.entity_sentences(con, f, entity, limit=3, offset=o, links=links)[0]
                                   for o in range(0, n_groups, 3)])
                _frames_equal(paged, sents)
            _frames_equal(query.name_variants(con, f, entity), EC.name_variants(mentions))
            _frames_equal(query.cooccurring(con, f, entity), EC.cooccurring(want["mentions"], entity))


def test_timeline_from_counts_per_day_equals_the_timeline_from_rows(corpus):
    tabs, con = corpus
    for f in _cases(tabs):
        rows = F.apply(tabs, f)["articles"]
        counted = query.articles_by_day(con, f)
        assert int(counted["n"].sum()) == int(rows["published"].notna().sum())
        for max_outlets in (2, 12):
            assert OC.articles_over_time(counted, max_outlets=max_outlets).to_json() == \
                OC.articles_over_time(rows, max_outlets=max_outlets).to_json()
    assert query.outlets(con) == sorted(tabs["articles"]["outlet"].dropna().unique())


def _with_coverage(tabs: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with their coverage tables recomputed (the generated corpus has none of its own)."""
    from analysis import coverage, knowledge

    if len(tabs["naming"]) or not len(tabs["articles"]):
        return tabs
    cov = coverage.coverage(tabs, knowledge.load())
    return {**tabs, **{k: T.conform(k, v) for k, v in cov.items() if v is not None and k in T.SCHEMAS}}


def test_outlets_page_queries_equal_the_charts_over_pandas(corpus):
    from dashboard.charts import outlets as OUT

    tabs, _ = corpus
    tabs = _with_coverage(tabs)
    assert len(tabs["naming"]) and len(tabs["outlet_entities"]) and len(tabs["events"])
    con = query.session(query.connect(frames=tabs))
    events = sorted(tabs["articles"]["event_id"].dropna().unique())[:3]
    for f in _cases(tabs) + [F.Filters(event=e) for e in events]:
        want = F.apply(tabs, f)
        arts, ents, ev = want["articles"], tabs["entities"], f.event
        for name, chart in (("naming", lambda t: OUT.naming(t, ents, ev)),
                            ("outlet_entities", lambda t: OUT.entity_shares(t, ev)),
                            ("framing", lambda t: OUT.framing(t, ev))):
            _frames_equal(chart(query.coverage_sums(con, name, f)), chart(want[name]))
        _frames_equal(OUT.claims(*query.claim_rows(con, f), ents, ev), OUT.claims(want["relations"], arts, ents, ev))
        head = query.outlet_overview(con, f)
        assert head["outlets"] == OUT.outlets_of(arts, ev)
        assert (head["articles"], head["events"]) == (len(arts), arts["event_id"].nunique())
        assert list(head["unknown"]["article_id"]) == list(OUT.unknown_outlet(arts, ev)["article_id"])
        ordered = OUT.events_to_compare(want["events"])
        pages = [query.events_page(con, f, limit=4, offset=o) for o in range(0, max(1, len(ordered)), 4)]
        assert all(p[1] == len(ordered) and p[2] == int((ordered["n_outlets"] > 1).sum()) for p in pages)
        _frames_equal(pd.concat([p[0] for p in pages]), ordered)


def test_article_labels_and_claim_articles_equal_the_pandas_path(corpus):
    from dashboard import ui

    tabs, con = corpus
    for f in _cases(tabs):
        want = F.apply(tabs, f)
        listing = query.article_listing(con, f)
        assert dict(zip(listing["article_id"], listing["label"])) == ui.article_label(want["articles"])
        for name in ("relations", "memberships"):
            arts = want["articles"]
            expected = arts[arts["article_id"].isin(set(want[name]["article_id"]))].assign(text=None)
            _frames_equal(query.articles_of(con, name, f), T.conform("articles", expected))


def test_sidebar_tables_list_what_the_whole_tables_do(corpus):
    tabs, con = corpus
    side = query.sidebar_tables(con)
    arts = tabs["articles"]
    dates = pd.to_datetime(arts["published"]).dropna()
    got = side["articles"]["published"].dropna()
    assert (got.min(), got.max()) == (dates.min(), dates.max())
    assert set(side["articles"]["outlet"].dropna()) == set(arts["outlet"].dropna())
    assert len(side["articles"]) <= len(arts)
    assert dict(zip(side["events"]["event_id"], side["events"]["label"])) == dict(
        zip(tabs["events"]["event_id"], tabs["events"]["label"]))
    _frames_equal(side["entities"], tabs["entities"])



@pytest.mark.parametrize("asked", [(), ("no-such-event",), "last"])
@pytest.mark.parametrize("cap", [2, 300])
def test_sidebar_events_are_the_ones_it_offers(corpus, asked, cap, monkeypatch):
    """With the URL's event ids the sidebar gets only the events it can offer, and offers the same ones."""
    monkeypatch.setattr(F, "EVENT_OPTIONS", cap)  # a cap below the corpus's events, and the real one
    tabs, con = corpus
    events = T.conform("events", tabs["events"])
    whole = F.event_options(events, [], None)
    asked = [whole[-1]] if asked == "last" and whole else [] if asked == "last" else list(asked)
    labels = dict(zip(events["event_id"].astype(str), events["label"].fillna(events["event_id"]).astype(str)))
    side = query.sidebar_tables(con, tuple(asked))["events"]
    assert len(side) <= F.EVENT_OPTIONS + len(asked)
    mine = dict(zip(side["event_id"].astype(str), side["label"].fillna(side["event_id"]).astype(str)))
    assert F.event_options(side, asked, mine) == F.event_options(events, asked, labels)
    assert all(labels[e] == label for e, label in mine.items())


@pytest.mark.parametrize("per_page", [1, 7, 50])
def test_article_listing_pages_add_up_to_the_whole_list(corpus, per_page):
    tabs, con = corpus
    f = F.Filters()
    whole = query.article_listing(con, f)
    pages = [query.article_listing(con, f, limit=per_page, offset=o) for o in range(0, len(whole), per_page)]
    _frames_equal(pd.concat(pages), whole)
    some = list(whole["article_id"][::3])
    _frames_equal(query.article_listing(con, f, ids=some), whole[whole["article_id"].isin(some)])
    assert query.article_listing(con, f, ids=[]).empty


def test_alliances_page_queries_equal_the_charts_over_pandas(corpus):
    from dashboard.charts import alliances as AC

    tabs, con = corpus
    ents = tabs["entities"]
    checked = 0
    for f in _cases(tabs):
        want = F.apply(tabs, f)
        rel, arts = want["relations"], want["articles"]
        got = query.stance_targets(con, f)
        _frames_equal(got, AC.targets(rel))
        for hedged in (False, True):
            for rollup in (False, True):
                _frames_equal(query.stance_edges(con, f, include_hedged=hedged, rollup=rollup),
                              AC.edges(AC.roll_up(rel, AC.rollup_map(ents) if rollup else {}), include_hedged=hedged))
            for target in list(got["target_id"])[:4]:
                for by in AC.BY_OPTIONS:
                    _frames_equal(query.stance_counts(con, f, target, by, include_hedged=hedged),
                                  AC.stance_counts(rel, arts, target, by, include_hedged=hedged))
                    checked += 1
    assert checked > 10


def test_alliances_evidence_equals_the_pandas_evidence(corpus):
    from dashboard.charts import alliances as AC

    tabs, con = corpus
    ents = tabs["entities"]

    def same(got, want):
        _frames_equal(got, want.astype({c: "string" for c in AC.EVIDENCE_COLUMNS if c != "date"}))

    checked = 0
    for f in _cases(tabs)[:7]:
        want = F.apply(tabs, f)
        rel, arts = want["relations"], want["articles"]
        for hedged in (False, True):
            for target in list(AC.targets(rel)["target_id"])[:3]:
                for by in AC.BY_OPTIONS:
                    whole = AC.evidence(rel, arts, ents, target_id=target, by=by, include_hedged=hedged)
                    same(query.stance_evidence(con, f, target_id=target, by=by, include_hedged=hedged), whole)
                    for actor in list(dict.fromkeys(whole["actor_id"].dropna()))[:2]:
                        same(query.stance_evidence(con, f, target_id=target, actor_id=actor, by=by,
                                                   include_hedged=hedged),
                             AC.evidence(rel, arts, ents, target_id=target, actor_id=actor, by=by,
                                         include_hedged=hedged))
                        checked += 1
            for rollup in (False, True):
                mapping = AC.rollup_map(ents) if rollup else {}
                edges = AC.edges(AC.roll_up(rel, mapping), include_hedged=hedged)
                for s, t in list(zip(edges["source_id"], edges["target_id"]))[:3]:
                    same(query.stance_evidence(con, f, rollup=rollup, source_in=s, target_in=t, include_hedged=hedged),
                         AC.evidence(rel[AC.involving(rel, mapping, source_id=s, target_id=t)], arts, ents,
                                     include_hedged=hedged))
                    touching = AC.involving(rel, mapping, source_id=s) | AC.involving(rel, mapping, target_id=s)
                    same(query.stance_evidence(con, f, rollup=rollup, touching=s, include_hedged=hedged),
                         AC.evidence(rel[touching], arts, ents, include_hedged=hedged))
                    checked += 1
    assert checked > 10


def test_articles_by_id_are_those_articles_without_text(corpus):
    tabs, con = corpus
    arts = tabs["articles"]
    some = sorted(arts["article_id"].astype(str))[::4] + ["no-such-article"]
    want = arts[arts["article_id"].isin(some)].sort_values("article_id").assign(text=None)
    _frames_equal(query.articles_by_id(con, some), T.conform("articles", want))
    assert query.articles_by_id(con, []).empty


def test_outlet_claims_and_unique_sentences_cut_in_sql_equal_the_charts_over_pandas(corpus):
    from dashboard.charts import outlets as OUT

    tabs, _ = corpus
    tabs = _with_coverage(tabs)
    con = query.session(query.connect(frames=tabs))
    events = sorted(tabs["articles"]["event_id"].dropna().unique())[:2]
    for f in _cases(tabs)[:5] + [F.Filters(event=e) for e in events]:
        want = F.apply(tabs, f)
        claims = OUT.claims(want["relations"], want["articles"], tabs["entities"], f.event)
        key = ["outlet", "relation", "source", "target", "article_id", "sentence"]
        for limit in (3, 10 ** 6):
            rows, per, n = query.outlet_claims(con, f, limit=limit)
            assert n == len(claims) and per == claims["outlet"].astype(str).value_counts().to_dict()
            full = claims.sort_values(key, kind="mergesort", na_position="last").head(limit)
            assert rows[key].astype(object).fillna("").values.tolist() == \
                full[key].astype(object).fillna("").values.tolist()
        uniq = OUT.unique(want["unique_sentences"], f.event)
        lines = OUT.distinct(uniq)
        for shown, limit in ((1, 2), (10, 10 ** 6)):
            got, n, top, per_lines, per_n = query.unique_summary(con, f, shown=shown, limit=limit)
            assert n == len(uniq)
            assert got["sentence"].tolist() == uniq["sentence"].head(limit).tolist()
            assert per_lines == lines["outlet"].value_counts().to_dict()
            assert per_n == uniq["outlet"].dropna().astype(str).value_counts().to_dict()
            want_top = lines.groupby("outlet", sort=False).head(shown)
            assert list(zip(top["outlet"], top["sentence"], top["n_articles"])) == \
                list(zip(want_top["outlet"], want_top["sentence"], want_top["n_articles"]))


@pytest.mark.parametrize("per_claim", [1, 2, 10 ** 6])
def test_alliances_evidence_cut_per_claim_keeps_the_first_row_of_each_sentence(corpus, per_claim):
    from dashboard.charts import alliances as AC

    tabs, con = corpus
    for f in _cases(tabs)[:4]:
        rel = F.apply(tabs, f)["relations"]
        for target in list(AC.targets(rel)["target_id"])[:3]:
            whole = query.stance_evidence(con, f, target_id=target, include_hedged=True)
            cut = query.stance_evidence(con, f, target_id=target, include_hedged=True, per_claim=per_claim)
            claim = ["source", "relation", "target"]
            firsts = whole.drop_duplicates(claim + ["sentence"])
            firsts = firsts[firsts.groupby(claim, dropna=False).cumcount() < per_claim]
            assert cut[AC.EVIDENCE_COLUMNS].astype(str).values.tolist() == \
                firsts[AC.EVIDENCE_COLUMNS].astype(str).values.tolist()
            sizes = whole.groupby(claim, dropna=False).agg(n=("sentence", "size"), d=("sentence", "nunique"))
            for r in cut.to_dict("records"):
                assert (r["n_claim"], r["n_distinct"]) == tuple(sizes.loc[(r["source"], r["relation"], r["target"])])


@pytest.mark.parametrize("cap", [1, 2, 10 ** 6])
def test_cooccurrence_in_the_newest_articles_only(corpus, cap):
    from dashboard.charts import entities as EC

    tabs, con = corpus
    for f in _cases(tabs)[:3]:
        want = F.apply(tabs, f)
        m, arts = want["mentions"], want["articles"]
        for entity in list(m["entity_id"].value_counts().index[:3]):
            mine = arts[arts["article_id"].isin(m.loc[m["entity_id"] == entity, "article_id"])]
            newest = mine.sort_values(["published", "article_id"], ascending=[False, True], na_position="last",
                                      kind="mergesort")["article_id"].head(cap)
            _frames_equal(query.cooccurring(con, f, entity, max_articles=cap),
                          EC.cooccurring(m[m["article_id"].isin(newest)], entity))
