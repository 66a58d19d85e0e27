"""Dashboard snapshots: each corpus keeps its own tables in a shared cache folder (issue 14, item 7)."""

from __future__ import annotations

import pandas as pd

from dashboard import data


def _tabs(n: int) -> dict[str, pd.DataFrame]:
    return {"articles": pd.DataFrame({"article_id": [f"a{i}" for i in range(n)]})}


def test_a_second_corpus_keeps_the_first_ones_tables(tmp_path):
    a, b = data.corpus_key([tmp_path / "a"]), data.corpus_key([tmp_path / "b"])
    assert a != b
    data._write_snapshot(tmp_path, "fp-a1", _tabs(1), a)
    data._write_snapshot(tmp_path, "fp-b1", _tabs(2), b)
    assert (data._snapshot_dir(tmp_path, "fp-a1") / "COMPLETE").exists()
    assert (data._snapshot_dir(tmp_path, "fp-b1") / "COMPLETE").exists()


def test_a_newer_snapshot_of_the_same_corpus_replaces_the_older(tmp_path):
    a = data.corpus_key([tmp_path / "a"])
    data._write_snapshot(tmp_path, "fp-a1", _tabs(1), a)
    data._write_snapshot(tmp_path, "fp-a2", _tabs(3), a)
    assert not data._snapshot_dir(tmp_path, "fp-a1").exists()
    got = pd.read_parquet(data._snapshot_dir(tmp_path, "fp-a2") / "articles.parquet")
    assert list(got["article_id"]) == ["a0", "a1", "a2"]
    assert not [p for p in (tmp_path / "dashboard").iterdir() if p.name.startswith(".")]  # no temp folder left


def test_corpus_key_ignores_order_and_relative_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert data.corpus_key([tmp_path / "x", tmp_path / "y"]) == data.corpus_key(["y", "x"])
