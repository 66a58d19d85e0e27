"""Article metadata: outlet (and how it was found), title, publication date (and how it was found).

Outlet names, their variants and the signature patterns live in `analysis/kb/outlets.json`; dates are found
by `analysis.extract.dates`. Order of trust: metadata the file gave (HTML page, JSON/CSV record), then the
article's own text. Nothing defaults to today: what cannot be found stays None.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from analysis.article import Article
from analysis.extract import dates

_MAX_TITLE = 300


def _key(name: str) -> str:
    """Matching key of an outlet name: case, accents, spaces, punctuation and a leading 'the' ignored."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    s = re.sub(r"^\s*the\s+", "", s)
    return re.sub(r"[^a-z0-9]+", "", s)


@dataclass(frozen=True)
class _Signature:
    name: str
    where: str
    known_only: bool
    pattern: re.Pattern


@dataclass(frozen=True)
class Outlets:
    """The outlet names and signature patterns from kb/outlets.json."""

    by_key: dict[str, str]
    by_domain: dict[str, str]
    signatures: tuple[_Signature, ...]
    tail_lines: int
    head_lines: int
    page_chrome: frozenset[str]
    common_words: frozenset[str] = frozenset()  # keys of not_in_running_text forms ("Time", "Dawn", "AP")
    date_orders: dict | None = None  # outlet -> "DMY" · "MDY" (how it writes "6/9/2024")

    def in_prose(self, name: str | None) -> str | None:
        """Return the canonical outlet a name in running text stands for; None for unknown or common-word forms."""
        if not name or _key(name) in self.common_words:
            return None
        return self.canonical(name)

    def canonical(self, name: str | None) -> str | None:
        """Return the outlet's canonical name for a name or variant, or None if it is not known."""
        if not name:
            return None
        return self.by_key.get(_key(name))

    def from_url(self, url: str | None) -> str | None:
        """Return the outlet whose web domain the URL is on, or None."""
        if not url:
            return None
        host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.partition(".")[2] if "." in host else ""
        return None


def _alternation(forms: list[str]) -> str:
    # Longest first so "Al Jazeera English" wins over "Al Jazeera"; spaces may be written or not ("TRTWorld").
    return "|".join(r"\s*".join(re.escape(part) for part in form.split())
                    for form in sorted(set(forms), key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1)
def outlets() -> Outlets:
    """Load kb/outlets.json (cached)."""
    data = json.loads(resources.files("analysis").joinpath("kb/outlets.json").read_text(encoding="utf-8"))
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    running: list[str] = []
    every: list[str] = []
    orders = {o["name"]: o["date_order"] for o in data["outlets"] if o.get("date_order") in ("DMY", "MDY")}
    not_running = {_key(n) for n in data.get("not_in_running_text", [])}
    for o in data["outlets"]:
        for form in [o["name"], *o.get("variants", [])]:
            by_key.setdefault(_key(form), o["name"])
            every.append(form)
            if _key(form) not in not_running and len(_key(form)) > 1:
                running.append(form)
        for d in o.get("domains", []):
            by_domain[d.lower()] = o["name"]
            by_key.setdefault(_key(d), o["name"])
    alternation, every_alt = _alternation(running), _alternation(every)
    sigs = tuple(
        _Signature(s["name"], s["where"], bool(s.get("known_only")),
                   re.compile(s["pattern"].replace("{outlets}", alternation).replace("{all_outlets}", every_alt),
                              re.IGNORECASE))
        for s in data["signatures"]
    )
    return Outlets(by_key, by_domain, sigs, int(data.get("tail_lines", 4)), int(data.get("head_lines", 8)),
                   frozenset(_key(c) for c in data.get("page_chrome", [])), frozenset(not_running), orders)


def _plausible_name(name: str) -> bool:
    """An unknown outlet credited in a signature must look like a name, not a sentence."""
    words = name.split()
    return 0 < len(words) <= 6 and (name[:1].isupper() or name[:1].isdigit()) and not name.endswith(":")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def outlet_from_text(text: str) -> str | None:
    """Return the outlet named by a signature in the text (source credit, 'X and agencies', publisher blurb…)."""
    kb = outlets()
    lines = _lines(text)
    regions = {"tail": list(reversed(lines[-kb.tail_lines:])), "head": lines[: kb.head_lines]}
    for sig in kb.signatures:
        for line in regions.get(sig.where, []):
            m = sig.pattern.search(line)
            if not m:
                continue
            raw = m.group("outlet").strip(" \t-–—,:;\"'“”")
            known = kb.canonical(raw)
            if known:
                return known
            if not sig.known_only and _plausible_name(raw):
                return raw
    return None


# A web address or bare domain as pasted under a copied article ("Source: https://www.dw.com/en/…", "reuters.com").
_DOMAIN = re.compile(r"(?<![@\w.-])(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?=[/:?#\s)\]>,;]|\.?$)",
                     re.IGNORECASE)


@lru_cache(maxsize=1)
def _extractor():
    import tldextract  # public-suffix aware: "bbc.co.uk" is a domain, "co.uk" is not

    # suffix_list_urls=() and no cache dir: the snapshot bundled with tldextract, never a download.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_from_domain(host: str) -> str | None:
    """Return the outlet whose registered web domain (or a subdomain of it) the host name is on, or None."""
    kb = outlets()
    ext = _extractor()(host.lower())
    if not ext.domain or not ext.suffix:
        return None  # "news.Reuters" or "Mr.Smith" are no domains under the public-suffix list
    found = kb.from_url(host)
    return found or kb.by_domain.get(f"{ext.domain}.{ext.suffix}")


def outlet_from_urls(text: str) -> str | None:
    """Return the outlet whose web domain appears in the first or last lines of the text, or None."""
    kb = outlets()
    lines = _lines(text)
    for line in [*lines[: kb.head_lines], *reversed(lines[-kb.tail_lines:])]:
        for m in _DOMAIN.finditer(line):
            found = outlet_from_domain(m.group(1))
            if found:
                return found
    return None


def outlet(article: Article) -> tuple[str | None, str | None]:
    """Return (outlet, how it was found: 'metadata' · 'signature' · None)."""
    kb = outlets()
    meta = article.meta or {}
    for field in ("outlet", "sitename"):
        given = meta.get(field) or (article.outlet if field == "outlet" else None)
        if given and str(given).strip():
            return kb.canonical(str(given)) or str(given).strip(), "metadata"
    by_url = kb.from_url(article.url or meta.get("url"))
    if by_url:
        return by_url, "metadata"
    found = outlet_from_text(article.text)
    if found:
        return found, "signature"
    found = outlet_from_urls(article.text)
    return (found, "signature") if found else (None, None)


def _is_chrome(line: str) -> bool:
    # A line that is only an outlet's name is its masthead, not the title.
    key = _key(line.lstrip("#"))
    return key in outlets().page_chrome or not key or key in outlets().by_key


def title(article: Article) -> str | None:
    """Return the title: from metadata, else the first non-empty line that is not page chrome."""
    given = (article.meta or {}).get("title") or article.title
    if given and not _is_chrome(given):
        return given.strip()[:_MAX_TITLE]
    for line in _lines(article.text):
        if not _is_chrome(line):
            return line.lstrip("#").strip()[:_MAX_TITLE]
    return None


def _head_end(text: str, n_lines: int) -> int:
    """Character offset where the first n non-empty lines of the text end."""
    seen = 0
    for m in re.finditer(r"[^\n]*\n?", text):
        if m.group(0).strip():
            seen += 1
            if seen >= n_lines:
                return m.end()
    return len(text)


def date_order(article: Article, outlet_name: str | None = None) -> str | None:
    """How the article writes numeric dates: an explicit hint in its record ("date_order": DMY · MDY, or
    "dayfirst": true · false), else its outlet's locale (kb/outlets.json), else None (only unambiguous ones)."""
    meta = article.meta or {}
    hint = str(meta.get("date_order") or "").strip().upper()
    if hint in ("DMY", "MDY"):
        return hint
    dayfirst = str(meta.get("dayfirst") or "").strip().lower()
    if dayfirst in ("true", "1", "yes", "false", "0", "no"):
        return "DMY" if dayfirst in ("true", "1", "yes") else "MDY"
    name = outlet_name or article.outlet
    return (outlets().date_orders or {}).get(outlets().canonical(name) or "", None) if name else None


@lru_cache(maxsize=1)
def _dates_kb() -> dict:
    return json.loads(resources.files("analysis").joinpath("kb/dates.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _head_date_prefixes() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in _dates_kb()["head_date_prefixes"])


def _chronology(text: str, found, d) -> bool:
    """Whether date `d` stands in a paragraph listing several dates years apart (kb/dates.json chronology):
    the report's history, not its main event."""
    rule = _dates_kb()["chronology"]
    lo, hi = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.start)
    hi = len(text) if hi < 0 else hi
    years = [x.value.year for x in found if lo <= x.start < hi]
    return len(years) >= rule["min_dates"] and max(years) - min(years) >= rule["min_span_years"]


def _dateline_shaped(text: str, start: int) -> bool:
    """Whether the date at `start` is where a dateline or byline puts it (kb/dates.json head_date_prefixes):
    at its line's start, after a weekday, a publication cue, a place dateline or a byline; a date inside a
    sentence ("The group, founded on 15 June 2001, …") is background."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return any(p.match(before) for p in _head_date_prefixes())


def published(article: Article, order: str | None = None) -> tuple:
    """Return (date, how it was found: 'metadata' · 'explicit' · 'weekday' · None); `order` ("DMY" · "MDY")
    reads numeric dates."""
    if article.published is not None:
        return article.published, article.date_source or "metadata"
    order = order or date_order(article)
    given = (article.meta or {}).get("date")
    if given:
        value = dates.parse_date(str(given), order)
        if value is not None:
            return value, "metadata"
    text = article.text
    full = dates.full_dates(text, order)
    if full:
        head_end = _head_end(text, outlets().head_lines)
        in_head = [d for d in full if d.start < head_end and _dateline_shaped(text, d.start)]
        if in_head:  # a dateline or byline date at the top is the publication date
            return in_head[0].value, "explicit"
        # Otherwise the latest date the article reports on (an article cannot report later events, except
        # announced ones, which future cues such as "by"/"until" exclude).
        # A history paragraph's dates ("founded on …, joined on …") are not the report's (_chronology).
        past = [d for d in full if not dates.is_future_context(text, d.start)] or full
        past = [d for d in past if not _chronology(text, past, d)]
        if past:
            return max(d.value for d in past), "explicit"
    years = dates.mentioned_years(text)
    for weekday, month, day, _, _ in dates.weekday_dates(text):
        value = dates.resolve_weekday(weekday, month, day, years)
        if value is not None:
            return value, "weekday"
    return None, None


def enrich(article: Article) -> Article:
    """Return the article with outlet, outlet_source, title, published and date_source filled in."""
    name, how = outlet(article)
    when, date_how = published(article, date_order(article, name))
    return article.with_(outlet=name, outlet_source=how, title=title(article), published=when,
                         date_source=date_how)
