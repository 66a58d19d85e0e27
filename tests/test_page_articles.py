"""AppTest of the Articles page: list, reader with escaped and highlighted text, the article's claims."""

from __future__ import annotations

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
