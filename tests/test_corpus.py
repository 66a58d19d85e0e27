"""corpus.build: hostile inputs, incremental reuse, one new file costs one analysis, damaged parts rebuilt."""

from __future__ import annotations

import json
import os
import random
import shutil
from datetime import date

import pandas as pd
import pytest

from crash import dies_at
from analysis import corpus, store
from analysis import tables as T
from analysis.article import Article, content_id

STORY = ("{country} and Norway signed a trade agreement in Oslo on Tuesday, officials said. The foreign minister "
         "of {country} called the deal a milestone for both countries.")


def _story(country: str) -> str:
    return STORY.format(country=country)


def _hostile(folder):
    """The issue's hostile folder: every kind of bad file next to good ones."""
    folder.mkdir()
    (folder / "good.txt").write_text("Trade deal signed\n\n" + _story("Chile") + "\n\nSource: Reuters\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.txt").write_bytes(random.Random(3).randbytes(5000))
    (folder / "latin1.txt").write_bytes(("Accord signé\n\n" + _story("Perú") + " Café négociations.").encode("latin-1"))
    with open(folder / "huge.txt", "wb") as fh:
        fh.seek(50_000_000)
        fh.write(b"\n")
    scripts = "<script>var a='SCRIPTJUNK'; track();</script>" * 200
    (folder / "page.html").write_text(f"<html><head>{scripts}<title>Deal</title></head><body>{scripts}<article>"
                                      f"<h1>Deal</h1><p>{_story('Kenya')}</p><p>{_story('Kenya')} Again.</p>"
                                      f"</article>{scripts}</body></html>")
    lines = [json.dumps({"text": _story(c), "outlet": "AFP", "published": "2020-02-0" + str(i + 1)})
             for i, c in enumerate(["Ghana", "Nepal", "Fiji"])]
    lines.insert(1, '{"text": "half a record')
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "notext.csv").write_text("title,body\nA,B\n")
    os.symlink(folder, folder / "loop")
    return folder


@pytest.fixture
def hostile(tmp_path):
    return _hostile(tmp_path / "hostile")


def test_hostile_folder_completes_naming_every_bad_file(tmp_path, hostile, nlp):
    report = corpus.build([hostile], out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", nlp=nlp)
    skipped = {os.path.basename(p.source): p.reason for p in report.skipped}
    assert set(skipped) == {"empty.txt", "random.txt", "huge.txt", "records.jsonl:2", "notext.csv", "loop"}
    assert "empty" in skipped["empty.txt"] and "not text" in skipped["random.txt"]
    assert "50.0 MB" in skipped["huge.txt"] and "line 2" in skipped["records.jsonl:2"]
    assert "'text' column" in skipped["notext.csv"] and "already read" in skipped["loop"]
    good = {os.path.basename(s) for s in report.analysed}
    assert good == {"good.txt", "latin1.txt", "page.html", "records.jsonl:1", "records.jsonl:3", "records.jsonl:4"}
    arts = report.tables["articles"]
    assert len(arts) == 6
    assert arts["text"].str.contains("Perú").any() and not arts["text"].str.contains("SCRIPTJUNK").any()
    assert (tmp_path / "out" / "articles.parquet").is_file()
    written = store.read_tables(tmp_path / "out")
    assert len(written["skipped"]) == 6 and set(written) == set(T.TABLES)
    assert report.tables["mentions"]["article_id"].isin(arts["article_id"]).all()


def test_rerun_reuses_and_one_new_file_costs_one(tmp_path, nlp, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    for c in ("Chile", "Ghana", "Nepal"):
        (src / f"{c}.txt").write_text(f"{c} deal\n\n{_story(c)}")
    cache = tmp_path / "cache"
    first = corpus.build([src], cache_dir=cache, nlp=nlp)
    assert (len(first.analysed), len(first.reused)) == (3, 0)

    # On a re-run spaCy must not even be loaded.
    import analysis.nlp

    monkeypatch.setattr(analysis.nlp, "build", lambda *a, **k: pytest.fail("spaCy loaded for a re-run"))
    second = corpus.build([src], cache_dir=cache)
    assert (len(second.analysed), len(second.reused)) == (0, 3)
    for name in T.ARTICLE_TABLES + ("entities",):
        pd.testing.assert_frame_equal(second.tables[name], first.tables[name])

    for name in T.COVERAGE_TABLES:  # reused from the cache, not computed again
        pd.testing.assert_frame_equal(second.tables[name], first.tables[name])

    (src / "Fiji.txt").write_text(f"Fiji deal\n\n{_story('Fiji')}")
    third = corpus.build([src], cache_dir=cache, nlp=nlp)
    assert [os.path.basename(s) for s in third.analysed] == ["Fiji.txt"] and len(third.reused) == 3
    assert len(third.tables["articles"]) == 4 and third.tables["events"]["n_articles"].sum() == 4


def _parts(cache, report) -> list[str]:
    root = cache / "parts" / report.fingerprint
    return sorted(p.name for p in root.iterdir() if p.name.startswith("p-"))


def test_rerun_with_nothing_new_writes_no_part_and_computes_no_coverage(tmp_path, nlp, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    for c in ("Chile", "Ghana"):
        (src / f"{c}.txt").write_text(f"{c} deal\n\n{_story(c)}")
    first = corpus.build([src], cache_dir=tmp_path / "cache", nlp=nlp)
    assert len(_parts(tmp_path / "cache", first)) == 1  # one batch, one part
    monkeypatch.setattr(store.Store, "save_part", lambda *a: pytest.fail("a part written although none is new"))
    for fn in ("coverage", "update"):
        monkeypatch.setattr(corpus.coverage_module, fn, lambda *a: pytest.fail("coverage computed again"))
    second = corpus.build([src], cache_dir=tmp_path / "cache")
    assert len(second.reused) == 2
    for name in T.TABLES:
        pd.testing.assert_frame_equal(second.tables[name], first.tables[name])


def test_moved_file_is_reused_with_its_new_source(tmp_path, nlp):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("X\n\n" + _story("Chile"))
    corpus.build([tmp_path / "a"], cache_dir=tmp_path / "c", nlp=nlp)
    shutil.move(tmp_path / "a", tmp_path / "b")
    r = corpus.build([tmp_path / "b"], cache_dir=tmp_path / "c", nlp=nlp)
    assert len(r.reused) == 1 and r.tables["articles"]["source"][0] == str(tmp_path / "b" / "x.txt")


def test_damaged_part_is_reported_and_rebuilt(tmp_path, nlp):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "x.txt").write_text("X\n\n" + _story("Chile"))
    first = corpus.build([tmp_path / "src"], cache_dir=tmp_path / "c", nlp=nlp)
    [damaged] = _parts(tmp_path / "c", first)  # x.txt alone (part names are content hashes: taken before y's)
    (tmp_path / "src" / "y.txt").write_text("Y\n\n" + _story("Ghana"))
    both = corpus.build([tmp_path / "src"], cache_dir=tmp_path / "c", nlp=nlp)
    part = tmp_path / "c" / "parts" / first.fingerprint / damaged / "mentions.parquet"
    part.write_bytes(b"garbage")
    second = corpus.build([tmp_path / "src"], cache_dir=tmp_path / "c", nlp=nlp)
    assert len(second.rebuilt) == 1 and "unreadable" in second.rebuilt[0] and damaged in second.rebuilt[0]
    # only the damaged part's article is analysed again
    assert ([os.path.basename(s) for s in second.analysed], len(second.reused)) == (["x.txt"], 1)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(second.tables[name], both.tables[name])
    third = corpus.build([tmp_path / "src"], cache_dir=tmp_path / "c", nlp=nlp)
    assert (len(third.analysed), len(third.reused), third.rebuilt) == (0, 2, [])


@pytest.mark.parametrize("bad", ["out is a file", "cache is a file", "out holds other files"])
def test_unusable_folders_are_refused_before_any_analysis(tmp_path, bad, monkeypatch):
    import analysis.nlp

    monkeypatch.setattr(analysis.nlp, "build", lambda *a, **k: pytest.fail("analysis started"))
    (tmp_path / "x.txt").write_text("X\n\n" + _story("Chile"))
    out, cache = tmp_path / "out", tmp_path / "cache"
    if bad == "out is a file":
        out.write_text("x")
    elif bad == "cache is a file":
        cache.write_text("x")
    else:
        out.mkdir()
        (out / "thesis.md").write_text("mine")
    with pytest.raises(store.UnusableFolder, match="is a file|thesis.md"):
        corpus.build([tmp_path / "x.txt"], out_dir=out, cache_dir=cache)
    assert not (cache / "parts").exists()


def test_fingerprint_changes_with_model():
    assert corpus.fingerprint("model_a") != corpus.fingerprint("model_b")
    assert corpus.fingerprint("model_a") == corpus.fingerprint("model_a")


def test_load_or_build_progress(tmp_path, nlp, monkeypatch):
    import analysis.nlp

    monkeypatch.setattr(analysis.nlp, "build", lambda *a, **k: nlp)
    (tmp_path / "src").mkdir()
    for c in ("Chile", "Ghana"):
        (tmp_path / "src" / f"{c}.txt").write_text(f"{c}\n\n{_story(c)}")
    calls = []
    tabs = corpus.load_or_build([tmp_path / "src"], tmp_path / "c", progress=lambda *a: calls.append(a))
    assert [(d, t) for d, t, _ in calls] == [(1, 2), (2, 2)] and calls[0][2].endswith("Chile.txt")
    assert set(tabs) == set(T.TABLES) and len(tabs["articles"]) == 2


def test_analyse_gives_article_tables(nlp, kb):
    text = "Trade deal\n\n" + _story("Chile")
    a = Article(article_id=content_id(text), source="s", text=text, outlet="Reuters", published=date(2020, 1, 2))
    tabs = corpus.analyse(a, nlp, kb)
    assert set(tabs) == set(T.ARTICLE_TABLES)
    assert tabs["articles"]["published"][0] == pd.Timestamp("2020-01-02")
    assert (tabs["mentions"]["article_id"] == a.article_id).all() and len(tabs["mentions"]) > 0
    for name, df in tabs.items():
        assert list(df.columns) == list(T.SCHEMAS[name])


@pytest.mark.parametrize("title,expected", [
    ("SCO summit opens in Tianjin", {"country:CHN", "country:IND"}),
    # a title that is the text's own first line is no headline: it adds nothing the text does not say
    ("The organization comprises China and India.", set()),
    (None, set()),
])
def test_headline_names_the_body_the_text_describes(nlp, kb, title, expected):
    """The article's headline, when it is not part of the text, is context for "the organization"."""
    text = "The organization comprises China and India.\n\nIts leaders met on Sunday."
    a = Article(article_id=content_id(text), source="s", text=text, title=title)
    mems = corpus.analyse(a, nlp, kb)["memberships"]
    assert set(mems.loc[mems["org_id"] == "org:sco", "member_id"]) == expected


def test_entities_table_names_unknown_ids_and_counts(kb):
    tabs = {
        "mentions": T.frame("mentions", [
            {"article_id": "a1", "entity_id": "org:zeta-council", "text": "Zeta Council", "start_char": 0},
            {"article_id": "a1", "entity_id": "org:zeta-council", "text": "Zeta Council", "start_char": 20},
            {"article_id": "a2", "entity_id": "org:zeta-council", "text": "the Council", "start_char": 0},
        ]),
        "relations": T.frame("relations", [{"article_id": "a1", "source_id": "group:unmentioned-front",
                                            "relation": "opposes", "target_id": "org:zeta-council"}]),
        "memberships": T.empty("memberships"),
    }
    ents = corpus.entities_table(tabs, kb).set_index("entity_id")
    z = ents.loc["org:zeta-council"]
    assert (z["name"], z["type"], z["n_mentions"], z["n_articles"]) == ("Zeta Council", "organisation", 3, 2)
    assert z["aliases"] == "Zeta Council | the Council" and not z["in_kb"]
    u = ents.loc["group:unmentioned-front"]
    assert (u["type"], u["n_mentions"]) == ("group", 0)


@pytest.mark.parametrize("text,person,office", [
    ("Bolivia's President Evo Quispe spoke on Monday. On Tuesday, Evo Quispe met Chile's envoy.",
     "person:evo-quispe", ("President", "country:BOL")),
    ("Jorge Tapia, the Bolivian navy spokesperson, spoke on Monday.", "person:jorge-tapia",
     ("spokesperson", "country:BOL")),
    ("Jorge Tapia, a spokesperson for the campaign, spoke on Monday.", "person:jorge-tapia", (None, None)),
    # the title's country after the name, and a possessor the parser hangs on the name
    ("President Evo Quispe of Bolivia spoke on Monday.", "person:evo-quispe", ("President", "country:BOL")),
    ("Bolivia’s President Evo Quispe spoke on Monday.", "person:evo-quispe", ("President", "country:BOL")),
])
def test_office_the_text_gives_a_person_reaches_mentions_and_entities(nlp, kb, text, person, office):
    """A person the kb does not know takes the state office and country the article gives them, on every
    mention and in the entities table (so a claim against them rolls up to their country)."""
    a = Article(article_id=content_id(text), source="s", text=text, outlet="Reuters", published=date(2020, 1, 2))
    tabs = corpus.analyse(a, nlp, kb)
    tabs["relations"], tabs["memberships"] = T.empty("relations"), T.empty("memberships")
    mine = tabs["mentions"][tabs["mentions"]["entity_id"] == person]
    assert len(mine) >= 1
    got = {(None if pd.isna(r) else r, None if pd.isna(c) else c) for r, c in zip(mine["role"], mine["country_id"])}
    assert got == {office}
    ent = corpus.entities_table(tabs, kb).set_index("entity_id").loc[person]
    assert (None if pd.isna(ent["role"]) else ent["role"], None if pd.isna(ent["country_id"]) else ent["country_id"]) == office


def test_seeds_articles(seed_tables):
    arts = seed_tables["articles"].set_index(seed_tables["articles"]["source"].str.extract(r"(\d{3})_")[0])
    assert len(arts) == 3
    assert arts.loc["000", "outlet"] == "Middle East Eye"
    assert (arts.loc["003", "outlet"], arts.loc["003", "published"], arts.loc["003", "date_source"]) == (
        "Channel News Asia", pd.Timestamp("2017-11-01"), "weekday")
    assert (arts.loc["004", "outlet"], arts.loc["004", "published"], arts.loc["004", "date_source"]) == (
        "TRT World", pd.Timestamp("2015-11-23"), "explicit")
    assert arts.loc["000", "date_source"] != "weekday"  # undated by metadata; coverage may date it by event


def _mention(aid, eid, start=0):
    return {"article_id": aid, "entity_id": eid, "text": eid.split(":")[1].replace("-", " ").title(),
            "start_char": start}


# (mentions as (article, id), ids each id must become): one type per unknown name across the corpus, the type
# most articles gave it, ties place > organisation > person > group; listed KB ids are never merged
UNIFY_CASES = [
    ([("a1", "place:zorvan"), ("a2", "place:zorvan"), ("a3", "org:zorvan")],
     {"place:zorvan": "place:zorvan", "org:zorvan": "place:zorvan"}),
    ([("a1", "org:kelmar"), ("a2", "org:kelmar"), ("a3", "place:kelmar")],
     {"org:kelmar": "org:kelmar", "place:kelmar": "org:kelmar"}),
    # one vote per article, however often it repeats the name
    ([("a1", "org:tessu"), ("a1", "org:tessu"), ("a1", "org:tessu"), ("a2", "place:tessu"), ("a3", "place:tessu")],
     {"org:tessu": "place:tessu"}),
    # ties: place > org > person > group
    ([("a1", "org:vanta"), ("a2", "place:vanta")], {"org:vanta": "place:vanta"}),
    ([("a1", "group:ostra"), ("a2", "person:ostra"), ("a3", "org:ostra")],
     {"group:ostra": "org:ostra", "person:ostra": "org:ostra"}),
    ([("a1", "group:miru"), ("a2", "person:miru")], {"group:miru": "person:miru"}),
    # a KB id keeps its own id, and unknown ids are not merged into it (Fars the agency, Fars the province)
    ([("a1", "org:fars"), ("a2", "place:fars"), ("a3", "place:fars")],
     {"org:fars": "org:fars", "place:fars": "place:fars"}),
    # different slugs are different names
    ([("a1", "org:nerat"), ("a2", "place:nerat-valley")], {"org:nerat": "org:nerat"}),
]


@pytest.mark.parametrize("mentions, expected", UNIFY_CASES, ids=[c[0][0][1] for c in UNIFY_CASES])
def test_unknown_names_get_one_type_across_the_corpus(kb, mentions, expected):
    tabs = {"mentions": T.frame("mentions", [_mention(a, e, i) for i, (a, e) in enumerate(mentions)]),
            "relations": T.empty("relations"), "memberships": T.empty("memberships")}
    mapping = corpus.type_unification(tabs, kb)
    assert {eid: mapping.get(eid, eid) for eid in expected} == expected


def test_unify_types_rewrites_every_table_consistently(kb):
    tabs = {
        "mentions": T.frame("mentions", [_mention("a1", "place:zorvan"), _mention("a2", "place:zorvan"),
                                         _mention("a3", "org:zorvan"), _mention("a3", "country:KEN", 10)]),
        "relations": T.frame("relations", [
            {"article_id": "a3", "source_id": "org:zorvan", "relation": "opposes", "target_id": "country:KEN"},
            {"article_id": "a3", "source_id": "country:KEN", "relation": "supports", "target_id": "org:zorvan"}]),
        "memberships": T.frame("memberships", [
            {"article_id": "a3", "member_id": "org:zorvan", "org_id": "org:zorvan-league", "role": "member"},
            {"article_id": "a3", "member_id": "country:KEN", "org_id": "org:zorvan", "role": "member"}]),
    }
    tabs["entities"] = corpus.entities_table(tabs, kb)
    out = corpus.unify_types(tabs, kb)
    assert set(out["mentions"]["entity_id"]) == {"place:zorvan", "country:KEN"}
    assert set(out["relations"]["source_id"]) | set(out["relations"]["target_id"]) == {"place:zorvan", "country:KEN"}
    assert set(out["memberships"]["member_id"]) == {"place:zorvan", "country:KEN"}
    assert set(out["memberships"]["org_id"]) == {"org:zorvan-league", "place:zorvan"}
    ents = out["entities"].set_index("entity_id")
    assert "org:zorvan" not in ents.index and ents.loc["place:zorvan", "n_articles"] == 3
    assert ents.loc["place:zorvan", "type"] == "place"
    for name in ("mentions", "relations", "memberships", "entities"):
        assert list(out[name].columns) == list(T.SCHEMAS[name])
    # deterministic, and the input tables are left as they were
    again = corpus.unify_types(tabs, kb)
    for name in out:
        pd.testing.assert_frame_equal(out[name], again[name])
    assert "org:zorvan" in set(tabs["mentions"]["entity_id"])


def test_unify_types_without_conflicts_returns_the_tables(kb):
    tabs = {"mentions": T.frame("mentions", [_mention("a1", "place:zorvan")]),
            "relations": T.empty("relations"), "memberships": T.empty("memberships")}
    out = corpus.unify_types(tabs, kb)
    pd.testing.assert_frame_equal(out["mentions"], tabs["mentions"])


def test_a_build_killed_at_any_write_leaves_a_consistent_store_and_output(tmp_path, nlp):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("A\n\n" + _story("Chile"))
    clean = corpus.build([src], out_dir=tmp_path / "clean-out", cache_dir=tmp_path / "clean-cache", nlp=nlp)
    (src / "b.txt").write_text("B\n\n" + _story("Ghana"))
    reference = corpus.build([src], cache_dir=tmp_path / "reference-cache", nlp=nlp)
    kill_at = 1
    while True:
        cache, out = tmp_path / f"cache{kill_at}", tmp_path / f"out{kill_at}"
        shutil.copytree(tmp_path / "clean-cache", cache)
        shutil.copytree(tmp_path / "clean-out", out)
        died = dies_at(kill_at, lambda: corpus.build(paths=[src], out_dir=out, cache_dir=cache, nlp=nlp))
        if out.is_dir():  # the old tables or the new ones, never a mix
            ids = [sorted(store.read_tables(out)[n]["article_id"].unique()) for n in ("articles", "mentions")]
            assert ids[0] == ids[1] and len(ids[0]) in (1, 2)
        again = corpus.build([src], out_dir=out, cache_dir=cache, nlp=nlp)
        assert again.rebuilt == [] and len(again.analysed) <= 1
        for name in T.TABLES:
            pd.testing.assert_frame_equal(again.tables[name], reference.tables[name])
        pd.testing.assert_frame_equal(store.read_tables(out)["mentions"], reference.tables["mentions"])
        leftovers = [p for p in tmp_path.rglob(".*") if ".tmp" in p.name or ".new-" in p.name or ".old-" in p.name]
        assert leftovers == []
        if not died:
            break
        kill_at += 1
    assert kill_at > 10  # it was killed at every write of a part, the index, coverage and the final tables
    assert len(clean.analysed) == 1


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_started_either_way_give_the_tables_of_one_process(tmp_path, nlp, monkeypatch, method):
    """Forked workers use the pipeline handed in (nothing loaded); spawned ones load their own: same tables,
    and every batch is timed in the worker that ran it (the bench's per-worker figures)."""
    monkeypatch.setattr(corpus, "POOL_FROM", 2)
    monkeypatch.setattr(corpus, "MIN_BATCH", 2)
    if method == "spawn":  # another thread running in this process: the build must not fork
        import threading
        monkeypatch.setattr(threading, "active_count", lambda: 2)
    src = tmp_path / "src"
    src.mkdir()
    for c in ("Chile", "Ghana", "Nepal", "Fiji"):
        (src / f"{c}.txt").write_text(f"{c} deal\n\n{_story(c)}")
    one = corpus.build([src], cache_dir=tmp_path / "one", nlp=nlp)
    many = corpus.build([src], cache_dir=tmp_path / "many", nlp=nlp, jobs=2)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(many.tables[name], one.tables[name])
    assert sum(b["articles"] for b in many.batches) == 4 and len(many.batches) == 2
    assert {b["pid"] for b in many.batches} <= set(range(1, 2**22)) - {os.getpid()}
    loads = [b["load"] for b in many.batches if "load" in b]
    assert 1 <= len(loads) <= 2 and all(x["end"] >= x["start"] for x in loads)
    assert {x["inherited"] for x in loads} == {method == "fork"}  # a forked worker loads no pipeline
    assert {b["pid"] for b in one.batches} == {os.getpid()}


@pytest.mark.parametrize("jobs", [2])
def test_worker_processes_give_the_tables_of_one_process(tmp_path, nlp, monkeypatch, jobs):
    monkeypatch.setattr(corpus, "POOL_FROM", 2)
    monkeypatch.setattr(corpus, "MIN_BATCH", 2)
    src = tmp_path / "src"
    src.mkdir()
    countries = ("Chile", "Ghana", "Nepal", "Fiji", "Peru", "Kenya")
    for c in countries:
        (src / f"{c}.txt").write_text(f"{c} deal\n\n{_story(c)}")
    one = corpus.build([src], cache_dir=tmp_path / "one", nlp=nlp)
    calls = []
    many = corpus.build([src], cache_dir=tmp_path / "many", jobs=jobs, progress=lambda *a: calls.append(a))
    assert len(many.analysed) == len(countries) and len(_parts(tmp_path / "many", many)) == 3  # batches of 2
    assert sorted(d for d, _, _ in calls) == list(range(1, len(countries) + 1))
    for name in T.TABLES:
        pd.testing.assert_frame_equal(many.tables[name], one.tables[name])


@pytest.mark.parametrize("n, jobs", [(120, 2), (200, 2), (1000, 2), (100, 3), (30, 1), (17, 2), (1, 2)])
def test_batches_cover_every_article_once_in_near_equal_sizes(n, jobs):
    """Batches keep the articles' order, differ in size by at most one, stay within MAX_BATCH, and come
    in a multiple of the workers when there are enough articles, so no worker is left a batch behind."""
    items = list(range(n))
    batches = corpus._batches(items, jobs)
    assert [x for b in batches for x in b] == items
    sizes = {len(b) for b in batches}
    assert max(sizes) - min(sizes) <= 1 and max(sizes) <= corpus.MAX_BATCH
    if n >= 2 * jobs * corpus.MIN_BATCH:
        assert len(batches) % jobs == 0


# Reports written for the incremental-build test: (outlet, published or None, text).
_REPORTS = [
    ("AFP", "2021-03-30", "Chile and Norway signed a trade agreement in Oslo on Tuesday, officials said. The foreign "
                          "minister of Chile called the deal a milestone for salmon exports."),
    ("Reuters", "2021-03-31", "Norway and Chile agreed a trade deal in Oslo, cutting tariffs on salmon and copper. "
                              "Chile's foreign minister said the agreement was a milestone."),
    ("AFP", "2021-04-01", "Ghana's president opened a new cocoa port in Takoradi on Thursday. The port will double "
                          "exports to Europe, the ports authority said."),
    ("BBC", None, "Floods in Nepal forced thousands of families from their homes in the Terai plains. Soldiers "
                  "rescued villagers stranded on rooftops, the army said."),
    ("BBC", "2021-06-14", "Fiji and Tonga will share two fisheries patrol boats to fight illegal fishing in their "
                          "waters, the ministers said in Suva on Monday."),
]
_ADDED = {
    # joins the Chile-Norway event at the month boundary
    "same event": ("DPA", "2021-04-01", "Chile and Norway signed a trade agreement in Oslo that cuts tariffs on "
                                        "salmon and copper, the foreign minister of Chile said."),
    "undated": ("DPA", None, "Soldiers in Nepal rescued families stranded on rooftops as floods hit the Terai "
                             "plains, the army said."),
    "another month": ("DPA", "2021-09-02", "Kenya and Ethiopia opened a new border crossing at Moyale on Thursday "
                                           "to cut the cost of trade in tea and coffee."),
}


def _write_reports(path, reports):
    path.write_text("".join(json.dumps({"outlet": o, "text": t, **({"published": p} if p else {})}) + "\n"
                            for o, p, t in reports))


@pytest.mark.parametrize("own", [False, True], ids=["pipeline handed in", "pipeline loaded for the new one"])
@pytest.mark.parametrize("added", sorted(_ADDED))
def test_one_article_added_gives_the_tables_of_a_build_from_scratch(tmp_path, nlp, added, own):
    src = tmp_path / "src"
    src.mkdir()
    _write_reports(src / "reports.jsonl", _REPORTS)
    corpus.build([src], cache_dir=tmp_path / "cache", nlp=nlp)
    _write_reports(src / "added.jsonl", [_ADDED[added]])
    # own: the re-build loads a pipeline for the new text alone, as the CLI does (nlp.build(only_for=…))
    incremental = corpus.build([src], cache_dir=tmp_path / "cache", **({"jobs": 1} if own else {"nlp": nlp}))
    assert len(incremental.analysed) == 1 and len(incremental.reused) == len(_REPORTS)
    scratch = corpus.build([src], cache_dir=tmp_path / "scratch", nlp=nlp)
    assert len(scratch.analysed) == len(_REPORTS) + 1
    for name in T.TABLES:
        pd.testing.assert_frame_equal(incremental.tables[name], scratch.tables[name], check_exact=True, obj=name)
    if added == "same event":
        assert incremental.tables["events"]["n_articles"].max() == 3


def _rows(ids, table):
    if table == "mentions":
        return [{"article_id": a, "entity_id": f"country:{c}", "text": c, "start_char": s, "end_char": s + 3}
                for a in ids for s, c in ((40, "FRA"), (0, "DEU"), (12, None))]
    return [{"article_id": a, "source_id": f"country:{c}", "relation": r, "target_id": "country:FRA",
             "sent_start": s} for a in ids for s, c, r in ((None, "DEU", "supports"), (5, "ITA", "opposes"))]


@pytest.mark.parametrize("table", ["mentions", "relations"])
@pytest.mark.parametrize("new", [["a0"], ["c5"], ["z9"], ["a0", "c5", "c6", "z9"], [],
                                 [f"b{k:02d}" for k in range(30)]],
                         ids=["first", "between", "last", "several", "none", "many"])
def test_new_rows_merged_into_the_stored_rows_equal_sorting_them_all(table, new):
    # A re-build puts the new articles' rows among the stored ones without sorting them all again
    # (corpus._merged); the result must be the table conform() gives, row for row.
    old = T.frame(table, _rows(["b1", "c1", "d1"], table))
    fresh = T.frame(table, _rows(new, table)) if new else T.empty(table)
    expected = T.conform(table, pd.concat([old, fresh], ignore_index=True))
    pd.testing.assert_frame_equal(corpus._merged(table, old, fresh), expected, check_exact=True)


def test_new_article_whose_analysis_fails_is_left_out_as_in_a_build_from_scratch(tmp_path, nlp, monkeypatch):
    # The re-build that loads its own pipeline makes the articles table for every article while the pipeline
    # loads; an article whose analysis then fails is skipped and left out of it, as a build from scratch does.
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "x.txt").write_text("X\n\n" + _story("Chile"))
    corpus.build([tmp_path / "src"], cache_dir=tmp_path / "c", nlp=nlp)
    (tmp_path / "src" / "y.txt").write_text("Y\n\n" + _story("Ghana"))
    real = corpus.entities_x.mentions

    def failing(doc, kb):
        if "Ghana" in doc.text:
            raise ValueError("extractor tripped")
        return real(doc, kb)

    monkeypatch.setattr(corpus.entities_x, "mentions", failing)
    second = corpus.build([tmp_path / "src"], cache_dir=tmp_path / "c", jobs=1)
    assert second.analysed == [] and [os.path.basename(p.source) for p in second.skipped] == ["y.txt"]
    assert list(second.tables["articles"]["source"].map(os.path.basename)) == ["x.txt"]
    scratch = corpus.build([tmp_path / "src"], cache_dir=tmp_path / "scratch", nlp=nlp)
    for name in T.TABLES:
        pd.testing.assert_frame_equal(second.tables[name], scratch.tables[name], check_exact=True, obj=name)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_batches_of_articles_share_the_words_not_the_count(jobs):
    """Articles of very different lengths are cut into contiguous batches of near-equal text, so no worker
    is left with the long ones: each batch is within one article's length of the mean."""
    rng = random.Random(7)
    arts = [Article(article_id=f"a{i:03d}", source=f"s{i}", text="word " * rng.choice([40, 80, 400, 1600]))
            for i in range(160)]
    batches = corpus._batches(arts, jobs)
    assert [a.article_id for b in batches for a in b] == [a.article_id for a in arts]
    work = [sum(corpus._weight(a) for a in b) for b in batches]
    longest = max(corpus._weight(a) for a in arts)
    # the last round (one batch per worker) is half as big, so the workers finish close together
    tail = jobs if jobs > 1 else 0
    body = work[:len(work) - tail]
    assert max(body) - min(body) <= 2 * longest
    if tail:
        assert max(work[-tail:]) < min(body)
    assert len(batches) % jobs == 0
