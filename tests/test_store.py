"""store: atomic per-article parts, damaged parts detected, final tables written and read back, CSV escaping."""

from __future__ import annotations

import csv
from datetime import date

import pandas as pd
import pytest

from analysis import store
from analysis import tables as T


def _part(aid: str) -> dict[str, pd.DataFrame]:
    return {
        "articles": T.frame("articles", [{"article_id": aid, "source": "a.txt", "published": date(2015, 11, 23),
                                          "n_words": 3, "text": "a b c"}]),
        "mentions": T.frame("mentions", [{"article_id": aid, "entity_id": "country:IRN", "text": "Iran",
                                          "start_char": 0, "end_char": 4, "sentence": "Iran."}]),
        "relations": T.empty("relations"),
        "memberships": T.empty("memberships"),
    }


def test_part_roundtrip_keeps_dtypes(tmp_path):
    s = store.Store(tmp_path, "fp1")
    assert s.load("abc") is None
    s.save("abc", _part("abc"))
    got = s.load("abc")
    for name, df in _part("abc").items():
        pd.testing.assert_frame_equal(got[name], df)
    assert not [p for p in (tmp_path / "parts" / "fp1").iterdir() if p.name.startswith(".tmp")]


def test_fingerprints_are_separate(tmp_path):
    store.Store(tmp_path, "fp1").save("abc", _part("abc"))
    assert store.Store(tmp_path, "fp2").load("abc") is None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete"])
def test_damaged_part_detected_and_replaced(tmp_path, damage):
    s = store.Store(tmp_path, "fp")
    s.save("abc", _part("abc"))
    path = tmp_path / "parts" / "fp" / "abc" / "mentions.parquet"
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:40])
    elif damage == "garbage":
        path.write_bytes(b"not parquet at all")
    else:
        path.unlink()
    with pytest.raises(store.DamagedPart, match="mentions"):
        s.load("abc")
    s.save("abc", _part("abc"))  # rebuilding over a damaged part replaces it
    assert len(s.load("abc")["mentions"]) == 1


def test_write_and_read_tables(tmp_path):
    tabs = {name: T.empty(name) for name in T.TABLES}
    tabs.update(_part("abc"))
    written = store.write_tables(tabs, tmp_path / "out", csv=True)
    assert {p.name for p in written} >= {"articles.parquet", "articles.csv", "skipped.parquet"}
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]
    back = store.read_tables(tmp_path / "out")
    assert set(back) == set(T.TABLES)
    pd.testing.assert_frame_equal(back["articles"], tabs["articles"])


def test_write_replaces_atomically_on_failure(tmp_path, monkeypatch):
    tabs = {"articles": _part("abc")["articles"]}
    store.write_tables(tabs, tmp_path)
    before = (tmp_path / "articles.parquet").read_bytes()

    def boom(df, path):
        open(path, "wb").write(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(store, "_write_parquet", boom)
    with pytest.raises(OSError):
        store.write_tables({"articles": _part("xyz")["articles"]}, tmp_path)
    assert (tmp_path / "articles.parquet").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTab", "'\tTab"),
    ("\rCR", "'\rCR"),
    ("Plain text", "Plain text"),
    ("a=b", "a=b"),
])
def test_csv_formula_escaping(tmp_path, cell, written):
    df = T.frame("skipped", [{"source": cell, "reason": "r"}])
    store.write_tables({"skipped": df}, tmp_path, csv=True)
    with open(tmp_path / "skipped.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["source"] == written
    # Parquet keeps the true value; only the CSV is escaped.
    assert store.read_tables(tmp_path)["skipped"]["source"][0] == cell


def test_numbers_are_not_escaped(tmp_path):
    df = pd.DataFrame({"x": [-1.5, 2.0]})
    assert store.escape_formulas(df)["x"].tolist() == [-1.5, 2.0]


def _bundle_of(s, ids):
    tabs = {name: pd.concat([_part(a)[name] for a in ids], ignore_index=True) for name in store.PART_TABLES}
    return {name: T.conform(name, df) for name, df in tabs.items()}


@pytest.mark.parametrize("touch, fresh", [(None, {"a", "b"}), ("rewrite", {"b"}), ("delete", {"b"})])
def test_bundle_serves_only_parts_unchanged_since(tmp_path, touch, fresh):
    s = store.Store(tmp_path, "fp")
    assert s.load_bundle() == ({}, set())
    for aid in ("a", "b"):
        s.save(aid, _part(aid))
    s.save_bundle(_bundle_of(s, ["a", "b"]))
    if touch == "rewrite":
        import time

        time.sleep(0.01)
        (tmp_path / "parts" / "fp" / "a" / "mentions.parquet").write_bytes(b"garbage")
    elif touch == "delete":
        s.discard("a")
    tabs, got = s.load_bundle()
    assert got == fresh
    assert sorted(tabs["mentions"]["article_id"]) == ["a", "b"]
    pd.testing.assert_frame_equal(tabs["articles"], _bundle_of(s, ["a", "b"])["articles"])


def test_a_new_bundle_supersedes_the_old(tmp_path):
    s = store.Store(tmp_path, "fp")
    for aid in ("a", "b"):
        s.save(aid, _part(aid))
    s.save_bundle(_bundle_of(s, ["a"]))
    s.save_bundle(_bundle_of(s, ["a", "b"]))
    assert s.load_bundle()[1] == {"a", "b"}
    assert len([p for p in (tmp_path / "parts" / "fp" / "bundle").iterdir() if p.is_dir()]) == 1


def test_tables_dir_round_trip_and_damage(tmp_path):
    folder = tmp_path / "cov" / "k1"
    assert store.load_tables_dir(folder, ["articles"]) is None
    store.save_tables_dir(folder, {"articles": _part("a")["articles"]})
    pd.testing.assert_frame_equal(store.load_tables_dir(folder, ["articles"])["articles"], _part("a")["articles"])
    (folder / "articles.parquet").write_bytes(b"garbage")
    assert store.load_tables_dir(folder, ["articles"]) is None
    store.save_tables_dir(tmp_path / "cov" / "k2", {"articles": _part("b")["articles"]}, replace_siblings=True)
    assert [p.name for p in (tmp_path / "cov").iterdir()] == ["k2"]
