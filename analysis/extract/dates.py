"""Dates written in an article's text: full dates, weekday + day/month, and the years it mentions.

Finding is done with patterns built from the calendar's month and weekday names (stdlib `calendar`);
parsing with dateparser and `datetime`, so no calendar arithmetic is written by hand here.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

import dateparser

_MONTHS = sorted(
    {m for m in calendar.month_name[1:]} | {m for m in calendar.month_abbr[1:]} | {"Sept"}, key=len, reverse=True
)
_MONTH = r"(?:" + "|".join(_MONTHS) + r")\.?"
_WEEKDAYS = list(calendar.day_name)
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# "November 23, 2015" · "Nov. 23 2015" · "23 November 2015" · "23rd Nov, 2015" · "2015-11-23" · "23/11/2015"
_FULL_DATE = re.compile(
    r"\b(?:" + rf"(?P<md>{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})"
    + rf"|(?P<dm>[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d{{2}})"
    + r"|(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)"
    + r"|(?P<num>[0-3]?\d/[0-3]?\d/(?:19|20)\d{2})"
    + r"|(?P<dot>[0-3]?\d\.[01]?\d\.(?:19|20)\d{2})" + r")\b"
)
# "Wednesday (Nov 1)" · "Wednesday, November 1" · "Wednesday 1 November" · "on Wednesday, Nov. 1," (no year after)
_WEEKDAY_DATE = re.compile(
    rf"\b{_WEEKDAY}\s*[,(]?\s*(?:the\s+)?(?:"
    rf"(?P<m1>{_MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})"
    r")\b(?!,?\s*(?:19|20)\d{2})"
)
_YEAR_RE = re.compile(r"(?<![\d,.$£€-])\b(?:19|20)\d{2}\b(?![\d,.]\d|\s*(?:%|per ?cent|km|kg|mw|bcm|tonnes|people))",
                      re.IGNORECASE)

_PARSE_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY",
                   "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class FoundDate:
    """A date found in text, with where it starts."""

    value: date
    start: int
    text: str


@lru_cache(maxsize=1)
def _future_cue_re() -> re.Pattern:
    data = json.loads(resources.files("analysis").joinpath("kb/dates.json").read_text(encoding="utf-8"))
    cues = sorted(data["future_cues"], key=len, reverse=True)
    # A cue within the three words before the date/year ("by the end of 2030", "until March 2026").
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)


def is_future_context(text: str, start: int) -> bool:
    """Whether the words just before position `start` mark a future or deadline reference."""
    return bool(_future_cue_re().search(text[max(0, start - 40):start]))


# Dates outside this range are data errors ("0001-01-01" placeholders), not publication dates; the bounds
# also keep every date inside pandas' datetime64[ns] range (1677-2262).
EARLIEST, LATEST = date(1800, 1, 1), date(2199, 12, 31)


def plausible(value: date | None) -> date | None:
    """Return the date if it can be a news article's date (1800-2199), else None."""
    return value if value is not None and EARLIEST <= value <= LATEST else None


def parse_date(value: str, order: str | None = None) -> date | None:
    """Parse a date string that names day, month and year (any common format), else None; `order` ("DMY" ·
    "MDY") reads an all-numeric one such as "6/9/2024"."""
    if value and _NUMERIC.fullmatch(str(value).strip()):
        return parse_numeric(str(value).strip(), order)
    return plausible(_parse_date(value))


_NUMERIC = re.compile(r"[0-3]?\d([./])[0-3]?\d\1(?:19|20)\d{2}")


def _parse_date(value: str) -> date | None:
    if not value or not str(value).strip():
        return None
    s = str(value).strip()
    try:  # ISO timestamps from metadata ("2021-03-04T10:00:00+00:00") are the common case
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    parsed = dateparser.parse(s, languages=["en"], settings=_PARSE_SETTINGS)
    return parsed.date() if parsed else None


def _ambiguous_numeric(s: str) -> bool:
    a, b, _ = s.split("/")
    return int(a) <= 12 and int(b) <= 12 and int(a) != int(b)  # 03/04/2015: US and UK readings differ


def parse_numeric(s: str, order: str | None = None) -> date | None:
    """Parse "06.09.2024" (day first: the dotted form is the European one) or "6/9/2024" (day or month first
    by `order`, "DMY" or "MDY"; without an order only a reading that cannot be the other: "23/11/2015")."""
    if "." in s:
        order = "DMY"  # dotted numeric dates are day.month.year (DIN 5008, GOST R 7.0.97, EN 28601 notes)
    elif _ambiguous_numeric(s) and order not in ("DMY", "MDY"):
        return None
    elif order not in ("DMY", "MDY"):
        a, _, _ = s.split("/")
        order = "DMY" if int(a) > 12 else "MDY"
    parsed = dateparser.parse(s, languages=["en"], settings={**_PARSE_SETTINGS, "DATE_ORDER": order})
    return plausible(parsed.date()) if parsed else None


def full_dates(text: str, order: str | None = None) -> list[FoundDate]:
    """Return every date with day, month and year written in the text, in order; `order` ("DMY" · "MDY")
    reads numeric dates such as "6/9/2024" (else only unambiguous ones are read)."""
    found = []
    for m in _FULL_DATE.finditer(text):
        s = m.group(0)
        if m.group("num") or m.group("dot"):
            value = parse_numeric(s, order)
        else:
            value = parse_date(s.replace(" of ", " "))
        if value is not None:
            found.append(FoundDate(value, m.start(), s))
    return found


def weekday_dates(text: str) -> list[tuple[int, int, int, int, str]]:
    """Return (weekday 0=Monday, month, day, start, text) for each weekday written with a day and month but no year."""
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        month_name = (m.group("m1") or m.group("m2")).rstrip(".")
        day = int(m.group("d1") or m.group("d2"))
        probe = dateparser.parse(f"{day} {month_name} 2000", languages=["en"], settings=_PARSE_SETTINGS)
        if probe is None:
            continue
        out.append((_WEEKDAYS.index(m.group("weekday")), probe.month, day, m.start(), m.group(0)))
    return out


def mentioned_years(text: str) -> list[int]:
    """Return the years (1900–2099) the text mentions about the past or present (not 'by 2030'-style targets)."""
    return [int(m.group(0)) for m in _YEAR_RE.finditer(text) if not is_future_context(text, m.start())]


def resolve_weekday(weekday: int, month: int, day: int, years: list[int]) -> date | None:
    """Return the date of (day, month) in the first year, from the latest mentioned one on, when it is that weekday.

    A weekday with a day and month repeats every 5, 6 or 11 years (28 for 29 February), so the first match at
    or after the latest year the article mentions is the one consistent with those years; without any
    mentioned year the date is ambiguous and None is returned (never the current year by default).
    """
    if not years:
        return None
    anchor = max(years)
    for year in range(anchor, anchor + 29):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February in a common year, or 31 in a 30-day month
            continue
        if candidate.weekday() == weekday:
            return candidate
    return None
