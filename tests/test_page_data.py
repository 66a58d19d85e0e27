"""AppTest of the Data page and its helpers: downloads (formula-safe CSV, Parquet), skipped files, uploads."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from browser import run_app, sample_tables, sample_tables_dir, texts, restore_tables_env  # noqa: F401 (fixtures)
from dashboard import ui


def test_downloads_and_skipped(sample_tables_dir):
    at = run_app(sample_tables_dir, page="data", query={"outlet": "TRT World"})
    assert not at.exception
    body = texts(at)
    assert "**articles** · 1 rows" in body and "**relations** · 1 rows" in body
    labels = [b.label for b in at.get("download_button")]
    assert labels.count("CSV") == labels.count("Parquet") == len(sample_tables()) - 1
    skipped = at.dataframe[-1].value
    assert list(skipped["reason"]) == ["not text (binary content)"]


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), ("a=b", "a=b"),
])
def test_csv_escapes_formula_cells(cell, expected):
    df = pd.DataFrame({"text": pd.Series([cell], dtype="string"), "n": [1]})
    back = pd.read_csv(io.BytesIO(ui.to_csv(df)), keep_default_na=False, dtype=str)
    assert back["text"][0] == expected and back["n"][0] == "1"


def test_parquet_round_trip():
    df = sample_tables()["articles"]
    assert pd.read_parquet(io.BytesIO(ui.to_parquet(df))).equals(df)


def test_upload_stays_in_this_session(sample_tables_dir, nlp, monkeypatch):
    from dashboard import data

    monkeypatch.setattr(data, "_nlp", lambda: nlp)
    at = run_app(sample_tables_dir, page="data")
    text = ("Macron meets Merkel in Berlin\n\nFrench President Emmanuel Macron met German Chancellor Angela Merkel "
            "in Berlin on Tuesday. France and Germany support Ukraine.\n")
    at.file_uploader[0].set_value(("berlin.txt", text.encode(), "text/plain"))
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("1 uploaded article(s)" in s.value for s in at.success)
    assert "**articles** · 4 rows" in texts(at)
    other = run_app(sample_tables_dir, page="data")  # another session sees the stored corpus only
    assert "**articles** · 3 rows" in texts(other)


@pytest.mark.parametrize("argv, env, expected", [
    (["--corpus", "/tmp/a"], None, ["/tmp/a"]),
    (["--corpus=/tmp/a", "--corpus", "/tmp/b"], "/tmp/env", ["/tmp/a", "/tmp/b"]),
    ([], "/tmp/env", ["/tmp/env"]),
    ([], None, ["<seeds>"]),
])
def test_corpus_from_argument_env_or_seeds(monkeypatch, argv, env, expected):
    from dashboard import data

    if env:
        monkeypatch.setenv("NEWSLENS_CORPUS", env)
    else:
        monkeypatch.delenv("NEWSLENS_CORPUS", raising=False)
    got = [str(p) for p in data.corpus_paths(argv)]
    assert got == [str(data.ROOT / "seeds") if e == "<seeds>" else e for e in expected]


def test_fingerprint_follows_the_corpus_files(tmp_path):
    from dashboard import data

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("one")
    fp1 = data.fingerprint([tmp_path / "c"], tmp_path / "cache")
    assert data.fingerprint([tmp_path / "c"], tmp_path / "cache") == fp1
    (tmp_path / "c" / "b.txt").write_text("two")
    assert data.fingerprint([tmp_path / "c"], tmp_path / "cache") != fp1


def test_merge_keeps_one_row_per_article_and_recounts_entities():
    from dashboard import data

    t = sample_tables()
    merged = data.merge(t, t)
    assert len(merged["articles"]) == 3
    assert len(merged["mentions"]) == len(t["mentions"])
    assert merged["entities"].set_index("entity_id").loc["country:IRN", "n_mentions"] == 4
