"""The Article value: one news article as read from a file, before and after metadata."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date


def content_id(text: str) -> str:
    """Return a stable 16-hex-digit id from an article's text (whitespace and Unicode normalised)."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One article: its text, where it came from, and what is known about it."""

    article_id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    outlet_source: str | None = None  # metadata · signature · None: how the outlet was found
    published: date | None = None
    date_source: str | None = None  # explicit · weekday · metadata · event · None
    url: str | None = None
    # Raw metadata as the file gave it (e.g. trafilatura's sitename/date, a JSON record's fields).
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    def with_(self, **changes) -> "Article":
        """Return a copy with some fields changed."""
        return replace(self, **changes)

    @property
    def n_words(self) -> int:
        """Number of whitespace-separated words in the text."""
        return len(self.text.split())


@dataclass(frozen=True)
class Problem:
    """A file (or a record in it) that could not be analysed, and why."""

    source: str
    reason: str
