"""store: batched parts with an index (crash-safe, damage detected), final tables swapped in whole, folder checks, CSV."""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from crash import dies_at
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


def _batch(*ids: str) -> dict[str, pd.DataFrame]:
    parts = [_part(a) for a in ids]
    return {name: T.conform(name, pd.concat([p[name] for p in parts], ignore_index=True)) for name in store.PART_TABLES}


def _ids(tabs) -> list[str]:
    return sorted(tabs["articles"]["article_id"])


def test_part_roundtrip_keeps_dtypes(tmp_path):
    s = store.Store(tmp_path, "fp1")
    assert s.index() == {}
    name = s.save_part(_part("abc"))
    assert s.index() == {"abc": name}
    got, missing = s.read(["abc"])
    assert missing == set()
    for table, df in _part("abc").items():
        pd.testing.assert_frame_equal(got[table], df)
    assert not [p for p in (tmp_path / "parts" / "fp1").iterdir() if p.name.startswith(".tmp")]


def test_fingerprints_are_separate(tmp_path):
    store.Store(tmp_path, "fp1").save_part(_part("abc"))
    assert store.Store(tmp_path, "fp2").index() == {}


def test_one_part_holds_a_batch_and_reads_only_the_ids_asked(tmp_path):
    s = store.Store(tmp_path, "fp")
    s.save_part(_batch("a", "b", "c"))
    s.save_part(_batch("d"))
    assert len([p for p in s.root.iterdir() if p.name.startswith("p-")]) == 2
    assert sorted(s.index()) == ["a", "b", "c", "d"]
    got, missing = s.read(["c", "a", "d", "zz"])
    assert _ids(got) == ["a", "c", "d"] and missing == {"zz"}
    assert sorted(got["mentions"]["article_id"]) == ["a", "c", "d"]
    pd.testing.assert_frame_equal(got["mentions"], _batch("a", "c", "d")["mentions"])


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete"])
def test_damaged_part_detected_removed_and_its_articles_missing(tmp_path, damage):
    s = store.Store(tmp_path, "fp")
    bad = s.save_part(_batch("a", "b"))
    s.save_part(_batch("c"))
    s.index()
    path = s.root / bad / "mentions.parquet"
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:40])
    elif damage == "garbage":
        path.write_bytes(b"not parquet at all")
    else:
        path.unlink()
    s2 = store.Store(tmp_path, "fp")  # a later build: the index no longer matches the part's files
    # a missing table is seen at once; a damaged file when the part is read
    assert sorted(s2.index()) == (["c"] if damage == "delete" else ["a", "b", "c"])
    got, missing = s2.read(["a", "b", "c"])
    assert _ids(got) == ["c"] and missing == {"a", "b"}
    assert len(s2.damaged) == 1 and "mentions" in s2.damaged[0]
    assert not (s.root / bad).exists()
    assert sorted(store.Store(tmp_path, "fp").index()) == ["c"]


def test_damage_found_only_on_reading_is_reported_too(tmp_path):
    s = store.Store(tmp_path, "fp")
    name = s.save_part(_batch("a", "b"))
    s.index()
    path = s.root / name / "relations.parquet"
    st = path.stat()
    path.write_bytes(b"x" * st.st_size)  # same size and mtime: the index cannot tell
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    got, missing = s.read(["a", "b"])
    assert missing == {"a", "b"} and "relations" in s.damaged[0] and not (s.root / name).exists()


@pytest.mark.parametrize("crash", ["no index", "index of an older state", "damaged index"])
def test_parts_missing_from_the_index_are_adopted(tmp_path, crash):
    """A build killed after writing a part but before the index: the next one finds the part all the same."""
    s = store.Store(tmp_path, "fp")
    s.save_part(_batch("a"))
    s.index()
    older = (s.root / store.INDEX).read_bytes()
    s.save_part(_batch("b", "c"))  # the kill: no index() after it
    if crash == "no index":
        (s.root / store.INDEX).unlink()
    elif crash == "index of an older state":
        (s.root / store.INDEX).write_bytes(older)
    else:
        (s.root / store.INDEX).write_text("{not json")
    later = store.Store(tmp_path, "fp")
    assert sorted(later.index()) == ["a", "b", "c"] and later.damaged == []
    assert _ids(later.read(["a", "b", "c"])[0]) == ["a", "b", "c"]
    assert json.loads((s.root / store.INDEX).read_text())["parts"]  # written again


def test_an_article_in_two_parts_is_read_once(tmp_path):
    s = store.Store(tmp_path, "fp")
    s.save_part(_batch("a", "b"))
    s.save_part(_batch("b"))  # e.g. a compaction killed before it removed the old parts
    got, _ = s.read(["a", "b"])
    assert _ids(got) == ["a", "b"] and sorted(got["mentions"]["article_id"]) == ["a", "b"]


def test_leftovers_of_a_dead_writer_are_removed_and_a_live_ones_kept(tmp_path):
    s = store.Store(tmp_path, "fp")
    s.save_part(_batch("a"))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = socket.gethostname().replace("-", "_")
    stale = s.root / f".tmp-{host}-{dead.pid}-abcd1234"
    live = s.root / f".tmp-{host}-{os.getppid()}-abcd1234"
    for folder in (stale, live):
        folder.mkdir()
        (folder / "articles.parquet").write_bytes(b"half")
    assert list(s.index()) == ["a"]
    assert not stale.exists() and live.exists()


@pytest.mark.parametrize("merged_part, n_parts", [(4096, 1), (2, 3)])
def test_compaction_merges_small_parts(tmp_path, monkeypatch, merged_part, n_parts):
    monkeypatch.setattr(store, "COMPACT_AFTER", 4)
    monkeypatch.setattr(store, "MERGED_PART", merged_part)
    s = store.Store(tmp_path, "fp")
    ids = [f"a{i}" for i in range(5)]
    for aid in ids:
        s.save_part(_batch(aid))
    s.index()
    before, _ = s.read(ids)
    assert s.compact()
    assert len([p for p in s.root.iterdir() if p.name.startswith("p-")]) == n_parts
    after, missing = store.Store(tmp_path, "fp").read(ids)
    assert missing == set()
    for name in store.PART_TABLES:
        pd.testing.assert_frame_equal(after[name], before[name])
    assert not s.compact()  # fewer small parts than COMPACT_AFTER: nothing to merge


def test_write_and_read_tables(tmp_path):
    tabs = {name: T.empty(name) for name in T.TABLES}
    tabs.update(_part("abc"))
    written = store.write_tables(tabs, tmp_path / "out", csv=True)
    assert {p.name for p in written} >= {"articles.parquet", "articles.csv", "skipped.parquet"}
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]
    back = store.read_tables(tmp_path / "out")
    assert set(back) == set(T.TABLES)
    pd.testing.assert_frame_equal(back["articles"], tabs["articles"])


def _leftovers(folder: Path) -> list[str]:
    """Temporary names a write left beside or inside the output folder."""
    names = [p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.")]
    return names + [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] if folder.is_dir() else names


@pytest.fixture(params=["exchange", "two renames"])
def swap(request, monkeypatch):
    """write_tables with Linux's atomic exchange, and with the fallback of two renames."""
    if request.param == "two renames":
        monkeypatch.setattr(store, "_exchange", lambda a, b: False)
    return request.param


def test_a_new_set_replaces_the_old_whole(tmp_path, swap):
    out = tmp_path / "out"
    store.write_tables(_batch("a", "b"), out, csv=True)
    store.write_tables({"articles": _part("c")["articles"]}, out)
    assert sorted(p.name for p in out.iterdir()) == [store.TABLES_MARKER, "articles.parquet"]
    assert _ids(store.read_tables(out)) == ["c"] and _leftovers(out) == []


def test_write_failure_keeps_the_old_set_and_leaves_nothing(tmp_path, monkeypatch, swap):
    out = tmp_path / "out"
    store.write_tables(_batch("a"), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def boom(df, path):
        calls.append(path)
        if len(calls) == 2:
            open(path, "wb").write(b"half")
            raise OSError("disk full")
        df.to_parquet(path, index=False)

    monkeypatch.setattr(store, "_write_parquet", boom)
    with pytest.raises(OSError, match="disk full"):
        store.write_tables(_batch("x"), out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert _leftovers(out) == []


@pytest.mark.parametrize("fallback", [False, True], ids=["exchange", "two renames"])
def test_a_kill_at_any_write_leaves_the_old_set_or_the_new_never_a_mix(tmp_path, fallback):
    old_set, new_set = ["old"], ["new1", "new2"]
    kill_at = 1
    while True:
        out = tmp_path / f"out{kill_at}"
        store.write_tables(_batch("old"), out)
        died = dies_at(kill_at, lambda: store.write_tables(_batch("new1", "new2"), out, csv=True),
                       exchange=(lambda a, b: False) if fallback else None)
        tables = store.read_tables(out) if out.is_dir() else {}
        # The fallback's one gap (between its two renames) leaves no folder; the next write puts the old back.
        if not tables:
            assert fallback and died
            store._recover(out)
            tables = store.read_tables(out)
        assert len(tables) == len(store.PART_TABLES)
        assert _ids(tables) in (old_set, new_set)
        for name in ("articles", "mentions"):  # every table from the same set
            assert sorted(set(tables[name]["article_id"])) == _ids(tables)
        store.write_tables(_batch("later"), out)  # the next build cleans up what the kill left
        assert _ids(store.read_tables(out)) == ["later"] and _leftovers(out) == []
        if not died:
            break
        kill_at += 1
    assert kill_at > len(store.PART_TABLES) + 1  # it did die at every write and at the swap


def test_output_folder_as_a_symlink_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    store.write_tables(_batch("a"), tmp_path / "link")
    store.write_tables(_batch("b"), tmp_path / "link")
    assert (tmp_path / "link").is_symlink() and _ids(store.read_tables(tmp_path / "real")) == ["b"]


def _unwritable(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        return locked / "out"
    if not os.path.isdir("/sys") or os.access("/sys", os.W_OK) and not store._probe(Path("/sys")):
        pytest.skip("no folder that root cannot write in")
    return Path("/sys/newslens-out")  # sysfs refuses new folders, even to root


@pytest.mark.parametrize("case, expected", [
    ("a file", "is a file, not a folder"),
    ("below a file", "is a file, not a folder"),
    ("a folder of other files", "not Newslens tables (notes.txt, report.docx)"),
    ("unwritable", "cannot write in"),
    ("new", None), ("new, below new folders", None), ("empty", None), ("an earlier output", None),
    ("an older version's output", None),
])
def test_folder_checks(tmp_path, case, expected):
    target = tmp_path / "target"
    if case == "a file":
        target.write_text("x")
    elif case == "below a file":
        (tmp_path / "f").write_text("x")
        target = tmp_path / "f" / "out"
    elif case == "a folder of other files":
        target.mkdir()
        (target / "notes.txt").write_text("mine")
        (target / "report.docx").write_text("mine")
        (target / "articles.parquet").write_text("x")
    elif case == "unwritable":
        target = _unwritable(tmp_path)
    elif case == "new, below new folders":
        target = tmp_path / "a" / "b" / "out"
    elif case == "empty":
        target.mkdir()
    elif case == "an earlier output":
        store.write_tables(_batch("a"), target)
    elif case == "an older version's output":
        target.mkdir()
        (target / "articles.parquet").write_text("x")
        (target / "articles.csv").write_text("x")
    problem = store.out_dir_problem(target)
    assert problem is None if expected is None else expected in problem
    if case not in ("a folder of other files", "an earlier output", "an older version's output"):
        cache_problem = store.cache_dir_problem(target)
        assert cache_problem is None if expected is None else expected in cache_problem
    if expected is None:
        store.write_tables(_batch("z"), target)
        assert _ids(store.read_tables(target)) == ["z"]
    elif case == "a folder of other files":
        with pytest.raises(store.UnusableFolder, match="notes.txt"):
            store.write_tables(_batch("z"), target)
        assert (target / "notes.txt").read_text() == "mine"


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


def test_tables_dir_round_trip_and_damage(tmp_path):
    folder = tmp_path / "cov" / "k1"
    assert store.load_tables_dir(folder, ["articles"]) is None
    store.save_tables_dir(folder, {"articles": _part("a")["articles"]})
    pd.testing.assert_frame_equal(store.load_tables_dir(folder, ["articles"])["articles"], _part("a")["articles"])
    (folder / "articles.parquet").write_bytes(b"garbage")
    assert store.load_tables_dir(folder, ["articles"]) is None
    store.save_tables_dir(tmp_path / "cov" / "k2", {"articles": _part("b")["articles"]}, replace_siblings=True)
    assert [p.name for p in (tmp_path / "cov").iterdir()] == ["k2"]


@pytest.mark.parametrize("groups, kept", [
    (["x", "y", "x"], ["k2", "k3"]),             # the newer "x" replaces the older "x"; "y" stays
    (["x", "y", "z"], ["k1", "k2", "k3"]),       # three corpora: each keeps its own
    ([None, "y", None], ["k3"]),                 # no group: every earlier sibling goes
])
def test_tables_dir_replaces_only_siblings_of_its_group(tmp_path, groups, kept):
    for i, group in enumerate(groups, 1):
        store.save_tables_dir(tmp_path / "snap" / f"k{i}", {"articles": _part(f"a{i}")["articles"]},
                              replace_siblings=True, group=group)
    assert sorted(p.name for p in (tmp_path / "snap").iterdir()) == kept


def test_tables_dir_in_an_unwritable_place_is_skipped_quietly(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    store.save_tables_dir(tmp_path / "file" / "k1", {"articles": _part("a")["articles"]})  # no exception
    assert store.load_tables_dir(tmp_path / "file" / "k1", ["articles"]) is None
