"""Outlets and dates of plain-text articles: mastheads, datelines, credits and web addresses (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.article import Article
from analysis.ingest import read
from analysis.metadata import enrich, outlets

DATA = Path(__file__).parent / "data" / "outlets"

# file -> the outlet its masthead, dateline, credit or address names (the texts are written for this test)
EXPECTED = {
    "afp.txt": "Agence France-Presse",  # "— AFP" at the foot
    "aljazeera.txt": "Al Jazeera",  # masthead line
    "anadolu.txt": "Anadolu Agency",  # "ANKARA (AA) -"
    "ap.txt": "Associated Press",  # "CAIRO (AP) —"
    "arabnews.txt": "Arab News",  # "first appeared on arabnews.com"
    "bbc.txt": "BBC News",  # masthead line
    "dw.txt": "Deutsche Welle",  # masthead line
    "euronews.txt": "Euronews",  # lower-case masthead
    "france24.txt": "France 24",  # "Read more on france24.com"
    "guardian.txt": "The Guardian",  # a web address at the foot
    "haaretz.txt": "Haaretz",  # masthead line
    "kyodo.txt": "Kyodo News",  # "TOKYO (Kyodo) --"
    "presstv.txt": "Press TV",  # masthead line
    "reuters.txt": "Reuters",  # "KHARTOUM, April 15 (Reuters) -"
    "tass.txt": "TASS",  # "MOSCOW, March 3. /TASS/."
    "thenational.txt": "The National",  # a masthead that is also a common phrase: only as a line of its own
    "toi.txt": "The Times of Israel",  # copyright line
    "xinhua.txt": "Xinhua",  # "Source: Xinhua"
}


def test_every_outlet_of_the_folder_is_recognised():
    arts = [enrich(a) for a in read([DATA]) if isinstance(a, Article)]
    found = {Path(a.source).name: a.outlet for a in arts}
    assert found == EXPECTED
    assert len(set(EXPECTED.values())) >= 15
    assert all(outlets().canonical(name) == name for name in EXPECTED.values())  # every one is in kb/outlets.json


BODY = "The ministers met for two hours and said they would meet again in May, an official said.\n"


@pytest.mark.parametrize("text", [
    "Ministers meet in Oslo\n\n" + BODY,  # a plain headline is no masthead
    "Talks end\n\n" + BODY + "Photos were shared on twitter.com and example.org.\n",  # domains of no outlet
    "Talks end\n\nThe AP (associated) group met. " + BODY,  # no dateline parentheses around the credit
    "Talks end\n\n" + BODY + "The report quoted the Guardian newspaper at length.\n",  # a name in prose
])
def test_no_outlet_invented(text):
    assert enrich(Article("x", "x.txt", text)).outlet is None


@pytest.mark.parametrize("text, outlet, when", [
    ("Talks\n\nWASHINGTON (AP) — On 6/9/2024 the senators met.\n", "Associated Press", "2024-06-09"),
    ("Talks\n\nLONDON (Reuters) - On 6/9/2024 the ministers met.\n", "Reuters", "2024-09-06"),
    ("Talks\n\nOn 6/9/2024 the ministers met.\n", None, None),  # unknown outlet: day and month could swap
    ("Talks\n\nBERLIN, 06.09.2024 - The ministers met.\n", None, "2024-09-06"),  # dotted dates are day-first
    ("Talks\n\nPublished 2024-09-06. The ministers met.\n", None, "2024-09-06"),
    ("Talks\n\nOn 13/9/2024 the ministers met.\n", None, "2024-09-13"),  # only one reading is a date
])
def test_numeric_dates_follow_the_outlet(text, outlet, when):
    a = enrich(Article("x", "x.txt", text))
    assert a.outlet == outlet
    assert (a.published.isoformat() if a.published else None) == when


def test_html_time_element_dates_the_article(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><title>Talks resume</title><meta property='og:site_name' content='Deutsche Welle'></head>"
        "<body><article><h1>Talks resume in Geneva</h1><time datetime='2024-03-05T10:00:00Z'>5 March</time>"
        f"<p>{BODY}</p><p>{BODY.replace('May', 'June')}</p></article></body></html>")
    [a] = [enrich(x) for x in read([tmp_path / "p.html"])]
    assert (a.outlet, a.published.isoformat(), a.date_source) == ("Deutsche Welle", "2024-03-05", "metadata")


@pytest.mark.parametrize("given", ["0001-01-01", "9999-12-31T00:00:00Z", "0000-00-00"])
def test_impossible_metadata_dates_are_dropped(given):
    a = enrich(Article("x", "x.jsonl:1", "Talks\n\n" + BODY, meta={"date": given}))
    assert a.published is None
