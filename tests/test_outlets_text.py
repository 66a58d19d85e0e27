"""Outlets named in plain-text articles: masthead, wire dateline, /TASS/, (AP) —, trailing credit, URL/domain."""

from pathlib import Path

import pytest

from analysis import ingest, metadata

DATA = Path(__file__).parent / "data" / "outlets"

# The outlet each written article in tests/data/outlets/ names, and how (file name prefix says which way).
EXPECTED = {
    "01-masthead-aljazeera.txt": "Al Jazeera",
    "02-masthead-bbc.md": "BBC News",
    "03-masthead-dw.txt": "Deutsche Welle",
    "04-dateline-reuters.txt": "Reuters",
    "05-tass.txt": "TASS",
    "06-ap.txt": "Associated Press",
    "07-afp-trailing.txt": "Agence France-Presse",
    "08-url-guardian.txt": "The Guardian",
    "09-domain-france24.txt": "France 24",
    "10-dateline-xinhua.txt": "Xinhua",
    "11-anadolu-trailing.txt": "Anadolu Agency",
    "12-masthead-france-rfe.txt": "Radio Free Europe/Radio Liberty",
    "13-url-scmp.md": "South China Morning Post",
    "14-kyodo-dateline.txt": "Kyodo News",
    "15-credit-times-of-israel.txt": "The Times of Israel",
    "16-yonhap-dateline.txt": "Yonhap News Agency",
    "17-masthead-euronews.txt": "Euronews",
    "18-domain-aa.txt": "Anadolu Agency",
    "19-unknown.txt": None,
}


def _corpus():
    return {Path(a.source).name: metadata.enrich(a) for a in ingest.read([DATA])
            if not isinstance(a, ingest.Problem)}


def test_every_outlet_in_the_folder_is_recognised():
    arts = _corpus()
    assert set(arts) == set(EXPECTED)
    assert {n: a.outlet for n, a in arts.items()} == EXPECTED
    known = {o for o in EXPECTED.values() if o}
    assert len(known) >= 15
    assert all(metadata.outlets().canonical(o) == o for o in known)  # every one is a kb/outlets.json name


def test_masthead_is_not_the_title():
    arts = _corpus()
    assert arts["01-masthead-aljazeera.txt"].title == "Regional ministers meet over river dispute"
    assert arts["02-masthead-bbc.md"].title == "Parliament debates new sanctions package"


@pytest.mark.parametrize("text, outlet", [
    ("Deutsche Welle\n\nTalks resume in Vienna\n\nDiplomats met again.", "Deutsche Welle"),
    ("Talks resume\n\nVIENNA, June 3 (Reuters) - Diplomats met again on Monday.", "Reuters"),
    ("Talks resume\n\nVIENNA, June 3 (AFP) - Diplomats met again on Monday.", "Agence France-Presse"),
    ("Talks resume\n\nKYIV, June 3. /TASS/. Diplomats met again on Monday.", "TASS"),
    ("Talks resume\n\nBEIRUT (AP) — Diplomats met again on Monday.", "Associated Press"),
    ("Talks resume\n\nDiplomats met again on Monday.\n\n— Reuters", "Reuters"),
    ("Talks resume\n\nDiplomats met again on Monday.\n\n(Reuters)", "Reuters"),
    ("Talks resume\n\nDiplomats met again on Monday.\n\nwww.dw.com/en/talks-resume/a-1", "Deutsche Welle"),
    ("Talks resume\n\nDiplomats met again on Monday.\n\nhttps://www.bbc.co.uk/news/world-1", "BBC News"),
    ("Talks resume\n\nDiplomats met again on Monday.\n\nSource: https://edition.cnn.com/2024/06/03/x", "CNN"),
])
def test_outlet_signatures_in_plain_text(text, outlet):
    assert metadata.outlet_from_text(text) or metadata.outlet_from_urls(text)
    art = metadata.enrich(ingest._article("x.txt", text))
    assert art.outlet == outlet
    assert art.outlet_source == "signature"


@pytest.mark.parametrize("text", [
    # An outlet named in prose is a source the story quotes, not its publisher.
    "Talks resume\n\nThe minister told Reuters that talks would resume.\n\nOfficials agreed.",
    "Talks resume\n\nThe AP reported on Monday that officials met.\n\nOfficials agreed.",
    # A domain no outlet owns, and a public suffix alone, are no outlet.
    "Talks resume\n\nDiplomats met again.\n\nSee example.org/talks for more.",
    "Talks resume\n\nDiplomats met again.\n\nco.uk",
    # An e-mail address is not a source URL.
    "Talks resume\n\nDiplomats met again.\n\nContact desk@reuters.com",
])
def test_outlet_in_prose_or_foreign_domain_stays_unknown(text):
    assert metadata.enrich(ingest._article("x.txt", text)).outlet is None


@pytest.mark.parametrize("host, outlet", [
    ("www.bbc.co.uk", "BBC News"), ("bbc.co.uk", "BBC News"), ("english.alarabiya.net", "Al Arabiya"),
    ("news.example.com", None), ("co.uk", None),
])
def test_domains_are_matched_public_suffix_aware(host, outlet):
    assert metadata.outlet_from_domain(host) == outlet
