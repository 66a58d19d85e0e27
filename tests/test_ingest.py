"""ingest.read: formats, encodings, size cap, bad files named with a reason, symlink loops, duplicates."""

from __future__ import annotations

import json
import os
import random

import pytest

from analysis import ingest
from analysis.article import Article, Problem, content_id

BODY = ("The foreign ministers of Norway and Chile met in Geneva on Tuesday to discuss a draft resolution on "
        "humanitarian access, officials said.")


def _read(*paths):
    items = list(ingest.read(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_txt_title_is_first_non_empty_line(tmp_path):
    (tmp_path / "a.txt").write_text(f"\n\n  Ministers meet in Geneva  \n\n{BODY}\n", encoding="utf-8")
    arts, probs = _read(tmp_path / "a.txt")
    assert not probs
    [a] = arts
    assert a.title == "Ministers meet in Geneva"
    assert a.article_id == content_id(a.text)
    assert a.source == str(tmp_path / "a.txt")


def test_markdown_heading_title(tmp_path):
    (tmp_path / "a.md").write_text(f"# Ministers meet\n\n{BODY}\n", encoding="utf-8")
    [a], _ = _read(tmp_path / "a.md")
    assert a.title == "Ministers meet"


def test_article_id_is_stable_across_paths_and_line_endings(tmp_path):
    (tmp_path / "unix.txt").write_text(f"Title\n{BODY}\n", encoding="utf-8")
    (tmp_path / "dos.txt").write_bytes(f"Title\r\n{BODY}\r\n".encode())
    arts, probs = _read(tmp_path / "unix.txt", tmp_path / "dos.txt")
    assert len(arts) == 1  # same content kept once
    assert arts[0].source.endswith("unix.txt")
    assert probs[0].source.endswith("dos.txt") and "unix.txt" in probs[0].reason


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_encodings_decode_right(tmp_path, encoding):
    text = ("Café owners in Zürich said the naïve façade of the négociations in Genève was très "
            "décevant, according to the Geneva daily.\n")
    (tmp_path / "x.txt").write_bytes(("Headline\n" + text).encode(encoding))
    [a], probs = _read(tmp_path / "x.txt")
    assert not probs
    assert "Café owners in Zürich" in a.text and "naïve façade" in a.text and "Genève" in a.text


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"  \n\n \t\n", "empty"),
    (random.Random(7).randbytes(4000), "not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text"),
])
def test_unreadable_files_are_problems(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    arts, [p] = _read(tmp_path / "bad.txt")
    assert not arts and reason in p.reason and p.source.endswith("bad.txt")


def test_size_cap_skips_huge_file_fast(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: seek past 50 MB and write one byte
        fh.seek(50_000_000)
        fh.write(b"x")
    arts, [p] = _read(big)
    assert not arts
    assert "50.0 MB" in p.reason and "limit" in p.reason


def test_html_main_text_without_scripts(tmp_path):
    scripts = "".join(f"<script>var tracker{i} = 'SCRIPTJUNK{i}'; function f{i}(){{}}</script>" for i in range(300))
    html = (f"<html><head><title>Talks in Geneva | Example Herald</title>{scripts}"
            "<meta property='og:site_name' content='Example Herald'>"
            "<meta property='article:published_time' content='2019-05-14T08:00:00Z'></head><body>"
            f"{scripts}<nav>Home | World | Sport</nav><article><h1>Talks in Geneva</h1><p>{BODY}</p>"
            f"<p>{BODY.replace('Tuesday', 'Wednesday')}</p></article>{scripts}</body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [a], probs = _read(tmp_path / "page.html")
    assert not probs
    assert "Norway and Chile" in a.text and "SCRIPTJUNK" not in a.text and "function" not in a.text
    assert a.meta["sitename"] == "Example Herald"
    assert a.meta["date"].startswith("2019-05-14")
    assert "Talks in Geneva" in a.title


def test_html_with_only_scripts_is_a_problem(tmp_path):
    (tmp_path / "s.htm").write_text("<html><body>" + "<script>x()</script>" * 50 + "</body></html>")
    arts, [p] = _read(tmp_path / "s.htm")
    assert not arts and "without article text" in p.reason


def test_jsonl_broken_line_named_good_lines_read(tmp_path):
    lines = [json.dumps({"text": f"{BODY} Item {i}.", "title": f"T{i}", "outlet": "Reuters",
                         "published": "2020-01-0" + str(i + 1), "url": f"https://example.org/{i}"})
             for i in range(3)]
    lines.insert(2, '{"text": "broken, no closing brace"')
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, [p] = _read(tmp_path / "r.jsonl")
    assert len(arts) == 3
    assert p.source.endswith("r.jsonl:3") and "line 3" in p.reason
    assert arts[0].outlet == "Reuters" and arts[0].meta["date"] == "2020-01-01" and arts[0].title == "T0"
    assert arts[0].url == "https://example.org/0"


def test_json_list_and_single_record(tmp_path):
    (tmp_path / "l.json").write_text(json.dumps([{"text": BODY + " One."}, {"title": "no text"}]))
    (tmp_path / "s.json").write_text(json.dumps({"text": BODY + " Two.", "outlet": "BBC"}))
    arts, [p] = _read(tmp_path / "l.json", tmp_path / "s.json")
    assert len(arts) == 2 and "without 'text'" in p.reason and p.source.endswith("l.json#2")


def test_csv_records_and_csv_without_text_column(tmp_path):
    (tmp_path / "good.csv").write_text(f'Title,Text,Outlet\n"A, b","{BODY}",AFP\n', encoding="utf-8")
    (tmp_path / "bad.csv").write_text("title,body\nA,B\n", encoding="utf-8")
    arts, [p] = _read(tmp_path / "good.csv", tmp_path / "bad.csv")
    assert len(arts) == 1 and arts[0].title == "A, b" and arts[0].outlet == "AFP"
    assert p.source.endswith("bad.csv") and "'text' column" in p.reason


def test_folders_recursive_sorted_unsupported_and_hidden(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "2.txt").write_text("Two\n" + BODY + " 2")
    (tmp_path / "1.txt").write_text("One\n" + BODY + " 1")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n" + BODY)
    (tmp_path / "README.md").write_text("# About this corpus\n")
    arts, probs = _read(tmp_path)
    assert [a.title for a in arts] == ["One", "Two"]
    reasons = {os.path.basename(p.source): p.reason for p in probs}
    assert "unsupported" in reasons["photo.jpg"] and "README" in reasons["README.md"]
    assert ".hidden.txt" not in reasons


def test_missing_path_is_a_problem(tmp_path):
    arts, [p] = _read(tmp_path / "nope")
    assert not arts and "no such file" in p.reason


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\n" + BODY)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")  # folder loop
    os.symlink(tmp_path / "self", tmp_path / "self")  # a link to itself
    arts, probs = _read(tmp_path)
    assert len(arts) == 1
    reasons = {os.path.basename(p.source): p.reason for p in probs}
    assert "already read" in reasons["loop"] and "symlink" in reasons["self"]


def test_record_text_over_cap_is_problem(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 1000)
    (tmp_path / "r.jsonl").write_text(json.dumps({"text": "word " * 500}) + "\n" + json.dumps({"text": BODY}))
    arts, [p] = _read(tmp_path / "r.jsonl")
    assert len(arts) == 1 and "limit" in p.reason
