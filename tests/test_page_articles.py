"""AppTest of the Articles page: list, reader with escaped and highlighted text, the article's claims."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from browser import run_app, sample_tables_dir, texts, write_tables, restore_tables_env  # noqa: F401 (fixtures)


def test_list_and_default_reader(sample_tables_dir):
    at = run_app(sample_tables_dir, page="articles")
    assert not at.exception
    listing = at.dataframe[0].value
    assert len(listing) == 3
    assert dict(zip(listing["title"].str[:14], listing["claims"]))["Putin meets Ro"] == 3


def test_reader_escapes_hostile_markup(sample_tables_dir):
    at = run_app(sample_tables_dir, page="articles", query={"article": "a3"})
    assert not at.exception
    reader = [m.value for m in at.markdown if "newslens-reader" in m.value][0]
    assert "&lt;script&gt;" in reader and "&lt;img src=x onerror=alert(1)&gt;" in reader
    assert "<script" not in reader and "<img" not in reader
    assert reader.count("<mark") == 3  # Iran, Putin, Iran


def test_reader_lists_claims_and_memberships(sample_tables_dir):
    at = run_app(sample_tables_dir, page="articles", query={"article": "a2"})
    frames = [d.value for d in at.dataframe]
    claims = next(f for f in frames if "relation" in f.columns)
    assert list(zip(claims["source"], claims["relation"], claims["target"])) == [
        ("Russia", "supports", "Bashar al-Assad")]
    members = next(f for f in frames if "organisation" in f.columns)
    assert set(members["member"]) == {"Qatar", "Iran"}
    assert "article=a2" in at.sidebar.code[0].value


def test_article_outside_the_filters_falls_back(sample_tables_dir):
    at = run_app(sample_tables_dir, page="articles", query={"article": "a3", "outlet": "TRT World"})
    assert not at.exception
    assert at.selectbox(key="article").value == "a2"


def test_empty_state(sample_tables_dir):
    at = run_app(sample_tables_dir, page="articles", query={"outlet": "Channel News Asia", "to": "2016-01-01"})
    assert any("No article matches these filters" in i.value for i in at.info)


def test_articles_on_the_seeds(seed_tables, tmp_path):
    at = run_app(write_tables(seed_tables, tmp_path / "seeds"), page="articles")
    assert not at.exception
    assert set(at.dataframe[0].value["outlet"]) == {"Middle East Eye", "Channel News Asia", "TRT World"}


HOSTILE_TITLE = "![pixel](http://evil.test/p.png) :red[alarm] [click](http://evil.test) <b>bold</b>"
HOSTILE_OUTLET = '<a href="http://evil.test">Evil Outlet</a> :blue[x]'


def _hostile(tmp_path):
    """sample_tables() with a title and an outlet made of Markdown, Streamlit directives and HTML."""
    from browser import sample_tables

    t = sample_tables()
    arts = t["articles"]
    arts.loc[arts["article_id"] == "a2", "title"] = HOSTILE_TITLE
    arts.loc[arts["article_id"] == "a2", "outlet"] = HOSTILE_OUTLET
    return write_tables(t, tmp_path / "hostile")


def _leaks(text: str) -> list[str]:
    """The hostile constructs that would render (unescaped) in a Markdown string."""
    import re

    # a construct is live unless its first character is backslash-escaped (or HTML-escaped, so absent)
    return [raw for raw in ("![pixel](", ":red[", "[click](", "<b>", "<a href", ":blue[")
            if re.search(r"(?<!\\)" + re.escape(raw), text)]


@pytest.mark.parametrize("page, query", [
    ("articles", {"article": "a2"}),
    ("alliances", {"target": "person:bashar-al-assad"}),
    ("outlets", {}),
    ("entities", {"entity": "org:gecf"}),
])
def test_titles_and_outlets_are_escaped_as_markdown_and_html(tmp_path, page, query):
    at = run_app(_hostile(tmp_path), page=page, query=query)
    assert not at.exception
    shown = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader]
    shown += [el.proto.label for el in at.get("page_link")]
    leaks = {s: _leaks(s) for s in shown if _leaks(s)}
    assert not leaks, leaks
    for el in at.get("plotly_chart"):
        fig = json.loads(el.proto.spec)
        # what plotly draws as (a subset of) HTML: names, labels, text, hover; customdata is only data
        drawn = [fig.get("layout", {})] + [{k: v for k, v in tr.items() if k != "customdata"} for tr in fig["data"]]
        assert "<a href" not in json.dumps(drawn, ensure_ascii=False), page


def test_a_hostile_url_parameter_is_shown_as_text(sample_tables_dir):
    at = run_app(sample_tables_dir, page="alliances", query={"target": "[x](http://evil.test) <img src=x>"})
    assert not at.exception
    import re

    said = [w.value for w in at.warning if "from the link" in w.value]
    assert said and not [w for w in said if re.search(r"(?<!\\)(\[x\]\(http|<img)", w)], said


def test_a_date_taken_from_its_event_says_so(tmp_path):
    from browser import sample_tables

    tabs = sample_tables()
    arts = tabs["articles"]
    arts.loc[arts["article_id"] == "a1", ["published", "date_source"]] = [pd.Timestamp("2015-11-23"), "event"]
    at = run_app(write_tables(tabs, tmp_path), page="articles", query={"article": "a1"})
    assert not at.exception
    listing = at.dataframe[0].value
    assert dict(zip(listing["title"].str[:14], listing["date_source"]))["Putin meets Ro"] == \
        "from its event: the text gives no date"
    assert any("2015-11-23 (from its event: the text gives no date)" in c.value for c in at.caption)
