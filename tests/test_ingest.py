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
    assert "hidden" in reasons[".hidden.txt"]  # skipped with its reason, never silently


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


# --- hardening: one bad record, symlinks out of the corpus, hidden files, unsafe names, random bytes ---

@pytest.mark.parametrize("ext, content", [
    (".jsonl", '{"text": "First report on talks in Vienna."}\n'
               '{"text": "Broken \\ud800 record about a summit."}\n'
               '{"text": "Third report on the vote.", "published": "0001-01-01"}\n'),
    (".json", '[{"text": "First report on talks in Vienna."},'
              ' {"text": "Broken \\udfff record about a summit."},'
              ' {"text": "Third report on the vote.", "published": "0001-01-01"}]'),
    (".csv", 'text,published\n"First report on talks in Vienna.",2024-01-02\n'
             '"Broken record about a summit.",0001-01-01\n"Third report on the vote.",\n'),
])
def test_one_bad_record_keeps_the_others(tmp_path, ext, content):
    from analysis import metadata
    path = tmp_path / f"recs{ext}"
    path.write_text(content, encoding="utf-8")
    arts, probs = _read(path)
    assert len(arts) == 3 and not probs
    for a in arts:
        a.text.encode("utf-8")  # every text can be written
        when = metadata.enrich(a).published
        assert when is None or when.year >= 1800  # year 0001 is a data error, not a date


def test_symlink_leaving_the_corpus_is_skipped_with_reason(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Private\n" + BODY)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "inner.txt").write_text("Inner\n" + BODY)
    (corpus / "link.txt").symlink_to(outside)
    (corpus / "same.txt").symlink_to(corpus / "inner.txt")  # a link inside the corpus is not leaving it
    arts, probs = _read(corpus)
    assert [a.title for a in arts] == ["Inner"]
    reasons = {os.path.basename(p.source): p.reason for p in probs}
    assert "leaving the corpus" in reasons["link.txt"]


@pytest.mark.parametrize("name", ["evil\nname.txt", "bell\x07\x1b[31m.txt", "rtl\u202egnp.txt"])
def test_file_names_are_printed_escaped(tmp_path, name):
    (tmp_path / name).write_text("Title\n" + BODY)
    (tmp_path / (name + ".bin")).write_text("x")
    arts, probs = _read(tmp_path)
    for src in [a.source for a in arts] + [p.source for p in probs]:
        assert src.isprintable(), src
    assert len(arts) == 1 and "\\" in arts[0].source


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes_are_skipped_as_binary(tmp_path, seed):
    import random
    rng = random.Random(seed)
    # No NUL bytes, so the quick NUL test cannot be what rejects it.
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(64 + 400 * seed)))
    arts, probs = _read(tmp_path)
    assert not arts
    assert "binary" in probs[0].reason


@pytest.mark.parametrize("data, expected", [
    ("Café in Zürich, a fine day.".encode("cp1252"), "Café in Zürich, a fine day."),
    ("Переговоры в Вене продолжаются".encode("cp1251"), "Переговоры в Вене продолжаются"),
    ("Talks in Vienna.\n".encode(), "Talks in Vienna.\n"),
])
def test_real_text_in_legacy_encodings_still_decodes(data, expected):
    assert ingest.decode(data) == expected


@pytest.mark.parametrize("name, kept", [("a.txt", "a.txt"), ("../../escape.txt", "escape.txt"), ("dir/b.md", "b.md")])
def test_staged_uploads_stay_inside_their_folder_and_are_removed(name, kept):
    with ingest.staged([(name, b"Some words about a summit.")]) as folder:
        files = sorted(p.name for p in folder.rglob("*") if p.is_file())
        assert files == [kept]
        assert (folder / kept).read_bytes() == b"Some words about a summit."
        arts = [a for a in ingest.read([folder]) if isinstance(a, Article)]
        assert [a.text.strip() for a in arts] == ["Some words about a summit."]
    assert not folder.exists()


def test_modifier_letter_apostrophe_reads_as_an_apostrophe(tmp_path):
    """'Chileʼs' typed with U+02BC keeps its possessive: the letter becomes U+2019, offsets unchanged."""
    text = "Title\nChile\u02bcs navy met Peru\u02bcs envoy.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [a], _ = _read(tmp_path / "a.txt")
    assert "\u02bc" not in a.text and a.text.count("\u2019") == 2
    assert len(a.text) == len(text.strip("\n"))
