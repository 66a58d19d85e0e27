"""AppTest of the Entities page: search/sort, mentions in context (escaped), variants, co-occurrence, URL."""

from __future__ import annotations

from browser import run_app, sample_tables_dir, many_tables_dir, texts, write_tables, restore_tables_env  # noqa: F401 (fixtures)


def test_default_selects_the_most_mentioned(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities")
    assert not at.exception
    table = at.dataframe[0].value
    assert table.iloc[0]["entity_id"] == "country:IRN"  # 4 mentions, sorted by mentions
    assert at.selectbox(key="entity").value == "country:IRN"
    assert "entity" not in at.query_params  # a default is not written into the link


def test_entity_from_the_url_shows_its_mentions_variants_and_company(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities", query={"entity": "person:bashar-al-assad"})
    assert not at.exception
    assert at.selectbox(key="entity").value == "person:bashar-al-assad"
    body = texts(at)
    assert "<mark" in body and ">Bashar al-Assad</mark>" in body and ">Assad</mark>" in body
    variants = at.dataframe[1].value
    assert set(variants["form"]) == {"Bashar al-Assad", "Bashar al Assad", "Assad"}
    assert "https://" not in body
    assert "person:bashar-al-assad" in at.sidebar.code[0].value


def test_mentions_in_context_are_escaped(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities", query={"entity": "country:IRN"})
    body = texts(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<script>" not in body and "<img" not in body


def test_search_and_sort(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities")
    at.text_input(key="entities_search").input("tehr").run()
    assert list(at.dataframe[0].value["entity_id"]) == ["place:tehran"]
    at.text_input(key="entities_search").input("").run()
    at.selectbox(key="entities_sort").select("name").run()
    names = list(at.dataframe[0].value["name"])
    assert names == sorted(names)
    at.text_input(key="entities_search").input("zzzz").run()
    assert any("No entity matches" in i.value for i in at.info)


def test_cooccurrence_is_by_sentence(sample_tables_dir):
    from dashboard.charts.entities import cooccurring

    from browser import sample_tables

    co = cooccurring(sample_tables()["mentions"], "org:gecf")
    assert dict(zip(co["entity_id"], co["together"])) == {"country:IRN": 1, "country:QAT": 1}


def test_empty_filters_show_the_empty_state(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities", query={"outlet": "TRT World", "from": "2017-01-01"})
    assert not at.exception
    assert any("No entity matches these filters" in i.value for i in at.info)


def test_entities_on_the_seeds(seed_tables, tmp_path):
    at = run_app(write_tables(seed_tables, tmp_path / "seeds"), page="entities", query={"entity": "country:RUS"})
    assert not at.exception
    assert at.selectbox(key="entity").value == "country:RUS"
    assert "<mark" in texts(at)


def test_unknown_entity_in_the_link_warns_and_falls_back(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities", query={"entity": "person:nobody"})
    assert not at.exception
    assert any("person:nobody" in w.value.replace("\\", "") for w in at.warning)  # shown Markdown-escaped
    assert at.selectbox(key="entity").value == "country:IRN"


def page_links(at) -> list[tuple[str, str, str]]:
    """(page, label, query string) of every st.page_link on the page: links that stay in the session."""
    return [(el.proto.page, el.proto.label, el.proto.query_string) for el in at.get("page_link")]


def test_each_mention_links_to_its_article_with_the_filters(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities", query={"entity": "org:gecf", "outlet": "TRT World"})
    links = page_links(at)
    assert [(label, q) for _page, label, q in links] == [("read · TRT World", "outlet=TRT+World&article=a2")], links
    assert all(page.endswith("articles") for page, _label, _q in links)
    assert "href=" not in texts(at)  # no plain <a href>: it would reload the app and drop this session's uploads


def test_repeated_sentences_are_one_line_and_mentions_come_a_page_at_a_time(many_tables_dir):
    at = run_app(many_tables_dir, page="entities", query={"entity": "country:RUS"})
    assert not at.exception
    kwic = "".join(m.value for m in at.markdown if "class='kwic'" in m.value)
    assert kwic.count("<li>") == 25  # 121 distinct sentences (120 reports + one wire sentence), 25 per page
    assert "and 114 more · 120 articles" in texts(at)  # one line for the sentence every article ran
    assert "distinct sentences (240 mentions) 1–25 of 121" in texts(at)
    pager = at.number_input(key="entities_page:country:RUS")
    pager.set_value(5).run()
    kwic = "".join(m.value for m in at.markdown if "class='kwic'" in m.value)
    assert kwic.count("<li>") == 21 and "Thousands have fled" not in kwic


def test_entity_list_is_bounded_but_every_entity_stays_reachable(tmp_path):
    from browser import many_tables

    import pandas as pd
    from analysis import tables as T

    tables = many_tables(n_actors=620)
    ents = tables["entities"]
    first = tables["articles"].iloc[0]
    extra = [{"article_id": first["article_id"], "entity_id": e, "text": "Report", "start_char": 0, "end_char": 6,
              "sent_index": 0, "sent_start": 0, "sent_end": 6, "sentence": "Report"}
             for e in ents["entity_id"] if e.startswith("country:C")]  # every actor mentioned once
    tables["mentions"] = pd.concat([tables["mentions"], T.frame("mentions", extra)], ignore_index=True)
    assert len(ents) > 500  # more entities than the list holds
    folder = write_tables(tables, tmp_path / "t")
    at = run_app(folder, page="entities")
    assert not at.exception
    assert len(at.selectbox(key="entity").options) == 500
    assert any("search to find the others" in c.value for c in at.caption)
    rare = sorted(e for e in ents["entity_id"] if e.startswith("country:C"))[-1]
    linked = run_app(folder, page="entities", query={"entity": rare})  # a link to one outside the list
    assert linked.selectbox(key="entity").value == rare
    name = ents.loc[ents["entity_id"] == rare, "name"].iloc[0]
    assert f"{name} (country)" not in at.selectbox(key="entity").options  # it was outside the first 500
    at.text_input(key="entities_search").input(name).run()
    assert rare in list(at.dataframe[0].value["entity_id"])
