"""Files and folders to Articles: the only module (with store.py) that reads user files.

`read(paths)` yields an `Article` per readable article and a `Problem` (source, reason) for everything
that cannot be read, so one bad file never stops a run. Raw metadata the file gives (an HTML page's
title/sitename/date, a record's outlet/published/url) goes into `Article.meta` and the matching fields;
`analysis.metadata.enrich` decides what to believe.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import charset_normalizer

from analysis.article import Article, Problem, content_id

# One article above this size is not a news article (a long feature is ~10,000 words, ~70 kB); the cap
# also keeps every text under spaCy's default max_length (1,000,000 characters).
MAX_ARTICLE_BYTES = 1_000_000
# A container file (JSONL/JSON/CSV) holds many articles, so it may be larger than one article.
MAX_CONTAINER_BYTES = 500_000_000

TEXT_EXTENSIONS = (".txt", ".md")
HTML_EXTENSIONS = (".html", ".htm")
RECORD_EXTENSIONS = (".json", ".jsonl", ".csv")
SUPPORTED = TEXT_EXTENSIONS + HTML_EXTENSIONS + RECORD_EXTENSIONS
# Files that sit next to articles in a folder but describe the folder (a corpus README, a licence).
_FOLDER_DOCS = ("readme", "license", "licence", "changelog", "copying", "notice")
# Record fields besides `text` that ingest passes on.
_RECORD_FIELDS = ("title", "outlet", "published", "url", "date_order", "dayfirst")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _too_big(size: int, limit: int, what: str) -> str:
    return f"{what} is {_mb(size)}, larger than the {_mb(limit)} limit for one article: skipped"


def decode(data: bytes) -> str | None:
    """Return bytes decoded to text (UTF-8, else the encoding charset-normalizer finds), or None if not text."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # UTF-32 checked first: its little-endian BOM starts with UTF-16's
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        return None  # NUL bytes do not occur in text files in any 8-bit encoding or UTF-8
    try:
        text = data.decode("utf-8-sig")
        return None if _looks_binary(text) else text
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    # English news in a single-byte encoding is nearly always Windows-1252/Latin-1, and charset-normalizer
    # ranks the Central European cp1250 equally for Western text (é, ü, ç decode the same; ï, è do not).
    # The WHATWG Encoding Standard likewise reads the label "latin1" as windows-1252.
    for m in matches:
        if m.encoding in ("cp1252", "latin_1") and m.chaos <= best.chaos:
            best = m
            break
    text = str(best)
    # A legacy-encoded text file still has words: random bytes that some CJK or Cyrillic code page happens
    # to decode come out as one run of letters with no space or line break.
    if _looks_binary(text) or (len(text.strip()) > 1 and not any(c.isspace() for c in text.strip())):
        return None
    return text


# Control characters (other than tab, line and page breaks), private-use, unassigned and surrogate code
# points: text files carry almost none, random or compressed bytes carry many (Unicode general categories).
_NON_TEXT = frozenset(("Cc", "Co", "Cn", "Cs"))
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_NON_TEXT_SHARE = 0.01


def _looks_binary(text: str) -> bool:
    sample = text[:100_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if c not in _TEXT_CONTROLS and unicodedata.category(c) in _NON_TEXT)
    return bad > _MAX_NON_TEXT_SHARE * len(sample)


def _read_bytes(path: Path, limit: int) -> tuple[bytes | None, Problem | None]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, Problem(str(path), f"cannot read: {exc.strerror or exc}")
    if size == 0:
        return None, Problem(str(path), "empty file")
    if size > limit:
        return None, Problem(str(path), _too_big(size, limit, "file"))
    try:
        return path.read_bytes(), None
    except OSError as exc:
        return None, Problem(str(path), f"cannot read: {exc.strerror or exc}")


def _read_text(path: Path, limit: int) -> tuple[str | None, Problem | None]:
    data, problem = _read_bytes(path, limit)
    if problem:
        return None, problem
    text = decode(data)
    if text is None:
        return None, Problem(str(path), "not text (binary or unknown encoding)")
    if not text.strip():
        return None, Problem(str(path), "empty file (only whitespace)")
    return text, None


def _article(source: str, text: str, **fields) -> Article | Problem:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    # Some sites type the apostrophe as U+02BC (a letter to Unicode, so "Russiaʼs" is one token to spaCy and
    # its possessive is lost); the right single quotation mark is the same width, so offsets are unchanged.
    text = text.replace("\u02bc", "\u2019")
    if not text.strip():
        return Problem(source, "no article text")
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        return Problem(source, _too_big(size, MAX_ARTICLE_BYTES, "article text"))
    meta = {k: v for k, v in fields.items() if v not in (None, "")}
    return Article(
        article_id=content_id(text),
        source=source,
        text=text,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        meta=meta,
    )


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip() or None
    return None


def _read_plain(path: Path) -> Iterator[Article | Problem]:
    text, problem = _read_text(path, MAX_ARTICLE_BYTES)
    if problem:
        yield problem
        return
    yield _article(str(path), text, title=_first_line(text))


def _read_html(path: Path) -> Iterator[Article | Problem]:
    import trafilatura  # imported here: slow to import and only needed for HTML

    text, problem = _read_text(path, MAX_ARTICLE_BYTES)
    if problem:
        yield problem
        return
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises various parser errors on malformed markup
        yield Problem(str(path), f"HTML could not be parsed: {exc}")
        return
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        yield Problem(str(path), "HTML page without article text")
        return
    yield _article(
        str(path),
        body,
        title=getattr(doc, "title", None),
        sitename=getattr(doc, "sitename", None),
        date=getattr(doc, "date", None) or _html_date(text),
        url=getattr(doc, "url", None),
    )


def _html_date(html: str) -> str | None:
    """The page's publication date from its markup (<time datetime>, meta tags, JSON-LD), by htmldate."""
    try:
        import htmldate  # installed with trafilatura; a direct dependency in pyproject.toml

        # original_date: the first publication, not the last edit; no extensive search in the body text,
        # whose dates metadata.published reads itself with the article's own rules.
        return htmldate.find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on markup it cannot parse: no date, the article still counts
        return None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean(value: str) -> str:
    # JSON allows escaped lone surrogates ("\ud800"), which no UTF-8 writer accepts: mark them as U+FFFD.
    return _SURROGATE.sub("\ufffd", value)


def _from_record(source: str, record) -> Article | Problem:
    """One record to an Article; a record that breaks the reader is a Problem of its own, never the file's."""
    try:
        return _record_article(source, record)
    except Exception as exc:  # one bad record must not drop the file's other records
        return Problem(source, f"record could not be read: {type(exc).__name__}: {exc}")


def _record_article(source: str, record) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(source, "record is not an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(source, "record without 'text'")
    text = _clean(text)
    fields = {k: (_clean(str(record[k])).strip() if record.get(k) is not None else None) for k in _RECORD_FIELDS}
    if fields.get("published"):
        fields["date"] = fields.pop("published")
    else:
        fields.pop("published", None)
    return _article(source, text, **fields)


def _read_jsonl(path: Path) -> Iterator[Article | Problem]:
    text, problem = _read_text(path, MAX_CONTAINER_BYTES)
    if problem:
        yield problem
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(f"{path}:{lineno}", f"line {lineno} is not valid JSON ({exc.msg})")
            continue
        yield _from_record(f"{path}:{lineno}", record)


def _read_json(path: Path) -> Iterator[Article | Problem]:
    text, problem = _read_text(path, MAX_CONTAINER_BYTES)
    if problem:
        yield problem
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(str(path), f"not valid JSON (line {exc.lineno}: {exc.msg})")
        return
    if isinstance(data, dict) and "text" in data:
        yield _from_record(str(path), data)
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if not isinstance(data, list):
        yield Problem(str(path), "JSON is neither a record with 'text' nor a list of records")
        return
    for i, record in enumerate(data, start=1):
        yield _from_record(f"{path}#{i}", record)


def _read_csv(path: Path) -> Iterator[Article | Problem]:
    text, problem = _read_text(path, MAX_CONTAINER_BYTES)
    if problem:
        yield problem
        return
    csv.field_size_limit(MAX_CONTAINER_BYTES)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    except csv.Error as exc:
        yield Problem(str(path), f"not a readable CSV ({exc})")
        return
    if "text" not in columns:
        yield Problem(str(path), f"CSV without a 'text' column (columns: {', '.join(columns) or 'none'})")
        return
    try:
        for i, row in enumerate(reader, start=1):
            record = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
            yield _from_record(f"{path}#{i}", record)
    except csv.Error as exc:
        yield Problem(str(path), f"CSV broken after {reader.line_num} lines ({exc})")


_READERS = {
    ".txt": _read_plain,
    ".md": _read_plain,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".json": _read_json,
    ".csv": _read_csv,
}


def _files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Problem]:
    """Yield the files under paths (folders recursively, sorted), each real file once; Problems for the rest."""
    seen: set[str] = set()

    def visit(path: Path, top: bool, root: str) -> Iterator[Path | Problem]:
        if not os.path.lexists(path):
            yield Problem(str(path), "no such file or folder")
            return
        try:
            real = os.path.realpath(path, strict=True)
        except (OSError, RuntimeError):
            yield Problem(str(path), "broken symlink or symlink loop")
            return
        if not top and path.is_symlink() and not _inside(real, root):
            # A link inside the corpus must not read files the corpus does not hold (~/.ssh, /etc).
            yield Problem(str(path), f"symlink leaving the corpus folder (to {real}): skipped")
            return
        if real in seen:
            if path.is_symlink():
                yield Problem(str(path), f"symlink to {real}, which is already read (a loop or a duplicate)")
            return
        seen.add(real)
        if os.path.isdir(real):
            try:
                children = sorted(os.scandir(path), key=lambda e: e.name)
            except OSError as exc:
                yield Problem(str(path), f"cannot list folder: {exc.strerror or exc}")
                return
            for child in children:
                if child.name.startswith("."):
                    # Hidden files and folders (.git, .DS_Store, editor swap files) are not articles.
                    yield Problem(child.path, "hidden file or folder (name starts with '.'): skipped")
                    continue
                yield from visit(Path(child.path), top=False, root=root)
            return
        if not os.path.isfile(real):
            yield Problem(str(path), "not a regular file")
            return
        name = path.name.lower()
        if path.suffix.lower() not in SUPPORTED:
            yield Problem(str(path), f"unsupported file type '{path.suffix or name}' "
                                     f"(supported: {' '.join(SUPPORTED)})")
            return
        if not top and name.split(".")[0] in _FOLDER_DOCS:
            yield Problem(str(path), "a folder's README/licence, not an article (name the file to read it)")
            return
        yield path

    for p in paths:
        try:
            root = os.path.realpath(p)
        except (OSError, ValueError):
            root = str(p)
        yield from visit(Path(p), top=True, root=root)


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


# C0/C1 controls, line separators and bidi overrides in a file name would break or disguise the report line.
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@contextmanager
def staged(files: Iterable[tuple[str, bytes]]) -> Iterator[Path]:
    """Write uploaded (name, bytes) pairs into a fresh temporary folder, yield it, then delete it."""
    with tempfile.TemporaryDirectory(prefix="newslens-upload-") as tmp:
        folder = Path(tmp) / "uploads"
        folder.mkdir()
        for name, payload in files:
            # Only the base name: an uploaded name such as "../../x" must not leave the folder.
            safe = Path(name).name or "upload.txt"
            (folder / safe).write_bytes(payload)
        yield folder


def display_name(source: str) -> str:
    """Return a file name or source fit to print: control characters, newlines and bidi marks escaped."""
    return _UNSAFE_NAME.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"),
                            source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))


def read(paths: Iterable[str | os.PathLike]) -> Iterator[Article | Problem]:
    """Yield an Article per article in the files and folders, a Problem per thing that cannot be read."""
    for res in _read(paths):
        # File names may hold newlines or terminal controls: every source leaves ingest printable.
        if isinstance(res, Problem):
            yield Problem(display_name(res.source), display_name(res.reason))
        else:
            yield replace(res, source=display_name(res.source))


def _read(paths: Iterable[str | os.PathLike]) -> Iterator[Article | Problem]:
    first_source: dict[str, str] = {}
    for item in _files(paths):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            results = list(_READERS[item.suffix.lower()](item))
        except Exception as exc:  # a reader bug must not stop the whole run
            results = [Problem(str(item), f"could not be read: {type(exc).__name__}: {exc}")]
        for res in results:
            if isinstance(res, Article):
                if res.article_id in first_source:
                    yield Problem(res.source, f"same text as {first_source[res.article_id]}: kept once")
                    continue
                first_source[res.article_id] = res.source
            yield res
