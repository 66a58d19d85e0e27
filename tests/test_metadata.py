"""metadata.enrich: outlet (metadata, signatures, variants), title, and the publication date and how it was found."""

from __future__ import annotations

from datetime import date

import pytest

from analysis import metadata
from analysis.article import Article, content_id
from analysis.extract import dates

BODY = ("The foreign ministers of Norway and Chile met in Geneva to discuss a draft resolution on humanitarian "
        "access, officials said. The talks were described as constructive by both delegations.")


def art(text: str, **meta) -> Article:
    return Article(article_id=content_id(text), source="t.txt", text=text, title=meta.pop("title", None),
                   url=meta.get("url"), meta=meta)


@pytest.mark.parametrize("tail, outlet", [
    ("Source: Channel News Asia", "Channel News Asia"),
    ("SOURCE: Reuters", "Reuters"),
    ("Source - Some Valley Gazette", "Some Valley Gazette"),  # unknown outlets credited by a source line are kept
    ("TRTWorld and agencies", "TRT World"),
    ("Al Jazeera and news agencies", "Al Jazeera"),
    ("Guardian staff and agencies", "The Guardian"),
    ("DW with agencies", "Deutsche Welle"),
    ("© 2019 Reuters. All rights reserved.", "Reuters"),
    ("Copyright 2021 The Associated Press. All rights reserved.", "Associated Press"),
    ("Middle East Eye delivers independent and unrivalled coverage of the region. More about MEE can be found "
     "here.", "Middle East Eye"),
    ("Anadolu Agency is a state-run news agency headquartered in Ankara.", "Anadolu Agency"),
])
def test_outlet_from_signature(tail, outlet):
    a = metadata.enrich(art(f"Ministers meet\n\n{BODY}\n\n{tail}\n"))
    assert (a.outlet, a.outlet_source) == (outlet, "signature")


def test_outlet_from_wire_dateline():
    a = metadata.enrich(art(f"Ministers meet\n\nGENEVA (Reuters) - {BODY}\n\nMore text follows here."))
    assert (a.outlet, a.outlet_source) == ("Reuters", "signature")


@pytest.mark.parametrize("text", [
    f"Ministers meet\n\n{BODY}\n\nTime is running out for a deal, one diplomat said.",  # "Time" is also a magazine
    f"Ministers meet\n\n{BODY}\n\nThe Independent is a word in this closing sentence about a candidate.",
    f"Ministers meet\n\n{BODY}\n\nReuters reported that the talks would resume next month.",
    f"Ministers meet\n\n{BODY}",
])
def test_no_outlet_without_a_signature(text):
    a = metadata.enrich(art(text))
    assert (a.outlet, a.outlet_source) == (None, None)


@pytest.mark.parametrize("meta, outlet", [
    ({"outlet": "TRTWorld"}, "TRT World"),
    ({"outlet": "MEE"}, "Middle East Eye"),
    ({"outlet": "aljazeera"}, "Al Jazeera"),
    ({"outlet": "The Valley Courier"}, "The Valley Courier"),
    ({"sitename": "BBC News"}, "BBC News"),
    ({"url": "https://www.middleeasteye.net/news/x"}, "Middle East Eye"),
    ({"url": "https://edition.cnn.com/2020/x"}, "CNN"),
])
def test_outlet_from_metadata_with_variants(meta, outlet):
    a = metadata.enrich(art(f"Ministers meet\n\n{BODY}\n\nSource: Reuters", **meta))
    assert (a.outlet, a.outlet_source) == (outlet, "metadata")


@pytest.mark.parametrize("text, title, expected", [
    (f"Skip to main content\n\nMinisters meet in Geneva\n\n{BODY}", None, "Ministers meet in Geneva"),
    (f"Ministers meet in Geneva\n{BODY}", None, "Ministers meet in Geneva"),
    (f"Menu\n{BODY}", "Given title", "Given title"),
])
def test_title(text, title, expected):
    assert metadata.enrich(art(text, **({"title": title} if title else {}))).title == expected


@pytest.mark.parametrize("text, published, how", [
    # explicit dates in several formats
    (f"Talks\nGeneva, Switzerland, November 23, 2015\n{BODY}", date(2015, 11, 23), "explicit"),
    (f"Talks\nPublished 23 November 2015\n{BODY}", date(2015, 11, 23), "explicit"),
    (f"Talks\nUpdated: 5 Sept. 2019\n{BODY}", date(2019, 9, 5), "explicit"),
    (f"Talks\n2021-03-04 10:15\n{BODY}", date(2021, 3, 4), "explicit"),
    (f"Talks\nPosted 14/07/2015\n{BODY}", date(2015, 7, 14), "explicit"),
    (f"Talks\nMonday, 3rd of February, 2020\n{BODY}", date(2020, 2, 3), "explicit"),
    # dateline and byline shapes in the first lines (kb/dates.json head_date_prefixes)
    (f"Talks\nLUSAKA, Zambia, 4 March 2016 — {BODY}", date(2016, 3, 4), "explicit"),
    (f"Talks\nBy Ana Ruiz | 12 May 2022\n{BODY}", date(2022, 5, 12), "explicit"),
    (f"Talks\nLast updated on: Tuesday, 9 August 2022\n{BODY}", date(2022, 8, 9), "explicit"),
    # a background date inside a sentence of the first lines is not the publication date: the latest past
    # date of the article is taken instead
    (f"Talks\nThe bloc, founded on 15 June 2001, met again.\nLeaders met on 3 July 2024.\n{BODY}",
     date(2024, 7, 3), "explicit"),
    (f"Talks\nThe treaty signed on 1 May 2004 still binds the members. Ministers spoke on 2 June 2019.\n{BODY}",
     date(2019, 6, 2), "explicit"),
    (f"Talks on 5 January 2010 resume\nThe envoys talked again on 8 February 2013.\n{BODY}", date(2013, 2, 8),
     "explicit"),
    # a body date, no dateline: the latest past date, not a 'by …' target
    (f"Talks\n{BODY}\n" * 5 + "The accord of 14 July 2015 was signed after talks that began on 2 April 2015. "
     "Parties must comply by 31 December 2030.", date(2015, 7, 14), "explicit"),
    # weekday with day and month, resolved with the years the article mentions
    (f"Talks\nThe ministers met on Wednesday (Nov 1) in Geneva, their first meeting since 2015.\n{BODY}",
     date(2017, 11, 1), "weekday"),
    (f"Talks\nThe ministers met on Tuesday, March 3, after the 2019 elections.\n{BODY}", date(2020, 3, 3),
     "weekday"),
    (f"Talks\nOn Friday 13 September the 2013 budget was debated.\n{BODY}", date(2013, 9, 13), "weekday"),
    (f"Talks\nOn Sunday, Feb. 29, officials recalled 2015.\n{BODY}", date(2032, 2, 29), "weekday"),
    # a future target year does not anchor the weekday
    (f"Talks\nThey met on Wednesday (Nov 1), since 2015, with goals set by 2030.\n{BODY}", date(2017, 11, 1),
     "weekday"),
    # a history paragraph (dates years apart) is background: no dateline, so undated, not its last date
    (f"Chad joins the bloc\nChad joined the bloc this week.\nThe bloc was set up on 2 March 2005. Peru joined on 9 May"
     f" 2012 and Laos on 1 June 2021.\n{BODY}", None, None),
    # ... but a report date after the history still counts, as do two dates of one recent event
    (f"Chad joins the bloc\nThe bloc was set up on 2 March 2005. Peru joined on 9 May 2012 and Laos on 1 June 2021."
     f"\nChad joined on 3 July 2024.\n{BODY}", date(2024, 7, 3), "explicit"),
    (f"Talks\nTalks began on 1 July 2024 and ended on 3 July 2024.\n{BODY}", date(2024, 7, 3), "explicit"),
    # weekday without any year mentioned: ambiguous, so undated (never this year by default)
    (f"Talks\nThe ministers met on Wednesday (Nov 1) in Geneva.\n{BODY}", None, None),
    # no date at all
    (f"Talks\nThe ministers met on Monday in Geneva.\n{BODY}", None, None),
    (f"Talks\n{BODY} In 2015 they had met too.", None, None),
])
def test_published(text, published, how):
    a = metadata.enrich(art(text))
    assert (a.published, a.date_source) == (published, how)


@pytest.mark.parametrize("given, expected", [
    ("2019-05-14T08:00:00Z", date(2019, 5, 14)),
    ("2019-05-14", date(2019, 5, 14)),
    ("May 14, 2019", date(2019, 5, 14)),
    ("14 May 2019", date(2019, 5, 14)),
])
def test_published_from_metadata_beats_text(given, expected):
    a = metadata.enrich(art(f"Talks\nGeneva, November 23, 2015\n{BODY}", date=given))
    assert (a.published, a.date_source) == (expected, "metadata")


def test_unparseable_metadata_date_falls_back_to_text():
    a = metadata.enrich(art(f"Talks\nGeneva, November 23, 2015\n{BODY}", date="sometime"))
    assert (a.published, a.date_source) == (date(2015, 11, 23), "explicit")


@pytest.mark.parametrize("text, years", [
    ("since 2015 and in 1999", [2015, 1999]),
    ("by 2030 and until 2028", []),
    ("2,015 people and 2015.5 and $2015", []),
])
def test_mentioned_years(text, years):
    assert dates.mentioned_years(text) == years


@pytest.mark.parametrize("seed, outlet, published, how", [
    ("000", "Middle East Eye", None, None),
    ("003", "Channel News Asia", date(2017, 11, 1), "weekday"),
    ("004", "TRT World", date(2015, 11, 23), "explicit"),
])
def test_seed_metadata(seed, outlet, published, how):
    from pathlib import Path

    [path] = (Path(__file__).resolve().parent.parent / "seeds").glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    a = metadata.enrich(art(text))
    assert (a.outlet, a.published, a.date_source) == (outlet, published, how)


# --- numeric dates: the outlet's locale or an explicit hint decides "6/9/2024" (issue 14 item 2) ---

@pytest.mark.parametrize("text, meta, expected", [
    ("Talks resume\n\nBERLIN, 06.09.2024 - Diplomats met again.", {}, date(2024, 9, 6)),  # dotted: day first
    ("Talks resume\n\nWASHINGTON, 6/9/2024 (CNN) - Diplomats met again.", {}, date(2024, 6, 9)),  # US outlet
    ("Deutsche Welle\n\nTalks resume\n\nBONN, 6/9/2024 - Diplomats met again.", {}, date(2024, 9, 6)),
    ("Talks resume\n\nGENEVA, 6/9/2024 - Diplomats met again.", {"date_order": "DMY"}, date(2024, 9, 6)),
    ("Talks resume\n\nGENEVA, 6/9/2024 - Diplomats met again.", {"dayfirst": "false"}, date(2024, 6, 9)),
    ("Talks resume\n\nGENEVA, 6/9/2024 - Diplomats met again.", {}, None),  # no locale, no hint: ambiguous
    ("Talks resume\n\nGENEVA, 23/11/2015 - Diplomats met again.", {}, date(2015, 11, 23)),  # only one reading
    ("Talks resume\n\nGENEVA, 2015-11-23 - Diplomats met again.", {}, date(2015, 11, 23)),
    ("Talks resume\n\nBy Jane Roe | Published 14.03.2023\n\nDiplomats met again.", {}, date(2023, 3, 14)),
])
def test_numeric_dates_follow_locale_or_hint(text, meta, expected):
    art = metadata.enrich(Article("x", "x.txt", text, meta=meta))
    assert art.published == expected
    assert art.date_source == ("explicit" if expected else None)


@pytest.mark.parametrize("given, meta, expected", [
    ("6/9/2024", {"outlet": "Fox News"}, date(2024, 6, 9)),
    ("6/9/2024", {"outlet": "The Hindu"}, date(2024, 9, 6)),
    ("0001-01-01", {}, None),  # a placeholder, not a date
])
def test_record_dates_use_the_outlet_locale(given, meta, expected):
    art = metadata.enrich(Article("x", "x.json", "Talks resume\n\nDiplomats met again.", outlet=meta.get("outlet"),
                                  meta={**meta, "date": given}))
    assert art.published == expected


@pytest.mark.parametrize("markup, expected", [
    ('<time datetime="2024-09-06T10:00">6 Sep</time>', date(2024, 9, 6)),
    ('<meta property="article:published_time" content="2023-03-14T08:00:00Z">', date(2023, 3, 14)),
])
def test_html_time_and_meta_dates(tmp_path, markup, expected):
    from analysis import ingest
    body = ("<p>Diplomats from Norway and Chile met in Geneva to discuss humanitarian access, officials said on "
            "Friday.</p><p>The talks were described as constructive, and a further round was planned.</p>")
    page = f"<html><head><title>Talks</title>{markup if '<meta' in markup else ''}</head><body><article>" \
           f"<h1>Talks</h1><p>By Jane Roe {markup if '<time' in markup else ''}</p>{body}</article></body></html>"
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [art] = [metadata.enrich(a) for a in ingest.read([tmp_path / "p.html"])]
    assert art.published == expected and art.date_source == "metadata"
