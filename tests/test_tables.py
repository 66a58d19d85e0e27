"""tables.frame: the typed fast path gives the same frames as inferring a DataFrame and conforming it."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pytest

from analysis import tables as T


def _reference(name, records):
    """The construction frame() used before issue 13: infer a DataFrame from the dicts, then conform it."""
    rows = [dict(r) for r in records]
    df = pd.DataFrame(rows, columns=list(T.SCHEMAS[name])) if not rows else pd.DataFrame(rows)
    return T.conform(name, df)


CASES = [
    ("mentions", []),
    ("mentions", [{"article_id": "b", "entity_id": "country:FRA", "text": "France", "start_char": 10,
                   "end_char": 16, "label": "GPE", "sent_index": 0, "sent_start": 0, "sent_end": 40,
                   "sentence": "Leaders in France met on Monday."},
                  {"article_id": "a", "entity_id": None, "text": "Paris", "start_char": 3, "end_char": None,
                   "label": pd.NA, "sent_index": np.nan},
                  {"article_id": "a", "entity_id": "place:paris", "text": "Paris", "start_char": 3,
                   "end_char": 8, "label": "GPE"},
                  {"article_id": None, "entity_id": "x", "start_char": 1}]),
    ("relations", [{"article_id": "a", "source_id": "country:USA", "relation": "supports",
                    "target_id": "country:UKR", "trigger": "backed", "sent_start": 5, "sent_end": 60,
                    "attributed_to": None, "level": None}]),
    ("relations", [{"article_id": "z", "sent_start": None, "source_id": "s"},
                   {"article_id": "z", "sent_start": 2, "source_id": "s"},
                   {"article_id": "z", "sent_start": 2, "source_id": "r", "trigger": ""}]),
    ("memberships", [{"article_id": "a", "member_id": "country:TUR", "org_id": "org:nato", "role": "member"},
                     {"article_id": "a", "member_id": "country:ALB", "org_id": "org:nato", "role": "member"}]),
    ("articles", [{"article_id": "q", "source": "s.txt", "published": datetime.date(2024, 3, 1), "n_words": 12,
                   "event_id": None, "text": "Two words."},
                  {"article_id": "p", "source": "t.txt", "published": None, "n_words": None}]),
    ("articles", [{"article_id": "q", "published": pd.Timestamp("2023-07-09"), "n_words": 3}]),
    ("entities", [{"entity_id": "org:un", "in_kb": True, "n_mentions": 2},
                  {"entity_id": "group:x", "in_kb": None, "n_mentions": None},
                  {"entity_id": "country:AUS", "in_kb": False, "aliases": ""}]),
    ("framing", [{"event_id": "e", "outlet": "o", "concept": "c", "term": "t", "count": 1, "per_1000_words": 0.5},
                 {"event_id": "e", "outlet": "o", "concept": "b", "term": "t", "count": 2,
                  "per_1000_words": None}]),
    ("skipped", [{"source": "b.txt", "reason": "empty"}, {"source": "a.txt", "reason": "not UTF-8"},
                 {"source": "a.txt", "reason": "empty"}]),
]


@pytest.mark.parametrize("name,records", CASES)
def test_frame_equals_reference_construction(name, records):
    got = T.frame(name, iter(records))
    pd.testing.assert_frame_equal(got, _reference(name, records), check_exact=True)
    assert list(got.columns) == list(T.SCHEMAS[name])


@pytest.mark.parametrize("name", T.TABLES)
def test_empty_has_schema_and_is_a_fresh_copy(name):
    a = T.empty(name)
    pd.testing.assert_frame_equal(a, _reference(name, []), check_exact=True)
    a["extra"] = []
    assert "extra" not in T.empty(name).columns


@pytest.mark.parametrize("name,bad", [("mentions", {"article_id": "a", "startchar": 3}),
                                      ("skipped", {"source": "a", "why": "x"})])
def test_unknown_column_is_an_error(name, bad):
    with pytest.raises(ValueError, match="has no columns"):
        T.frame(name, [bad])
