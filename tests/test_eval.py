"""The extraction evaluation: gold files are well formed, the scorer counts right, and the extractors keep
their measured quality on the development sets (a floor a regression would break)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_extraction as E  # noqa: E402

GOLD_FILES = sorted(E.EVAL_DIR.glob("*.jsonl"))
ID = re.compile(r"^(country|person|org|group|place):[A-Za-z0-9][\w.-]*$")


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_file_is_well_formed(path):
    seen = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert row["id"] not in seen, f"{path.name}:{n} repeats id {row['id']}"
        seen.add(row["id"])
        assert row.get("split") in {"dev", "heldout"} and len(row["text"].split()) >= 100
        for eid in row.get("entities", []):
            assert ID.match(eid), f"{path.name}:{n}: {eid!r}"
        for s, rel, t in row.get("relations", []):
            assert ID.match(s) and ID.match(t) and rel in {"supports", "opposes"}, (n, s, rel, t)
        for m, org, role in row.get("memberships", []):
            assert ID.match(m) and (org is None or ID.match(org)) and role in {"member", "observer", "attendee"}


def test_score_counts_and_edge_cases():
    s = E.Score()
    s.add("a", {1, 2, 3}, {2, 3, 4, 5})
    assert (s.tp, s.fp, s.fn) == (2, 1, 2)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert s.false_pos == [("a", 1)] and s.false_neg == [("a", 4), ("a", 5)]
    empty = E.Score()
    assert (empty.precision, empty.recall) == (1.0, 1.0)  # nothing to find, nothing found


def test_roll_up_maps_people_to_their_country(kb):
    rel = {("person:vladimir-putin", "supports", "person:bashar-al-assad")}
    assert E.roll_up("relations", rel, kb) == {("country:RUS", "supports", "person:bashar-al-assad")}
    mem = {("person:nicolas-maduro", "org:gecf", "attendee"), ("country:QAT", "org:gecf", "member")}
    assert E.roll_up("memberships", mem, kb) == {("country:VEN", "org:gecf", "attendee"),
                                                 ("country:QAT", "org:gecf", "member")}


# Floors a little under the quality measured on the development sets when they were written; the
# held-out set is never asserted on (it estimates quality, it is not a target).
# Relations precision floors: the relations dev sets were relabelled under the issue-12 convention that the
# accuser opposes the accused (bench/eval/GUIDELINES.md rule 6, as ../shared/realnews/GUIDELINES.md), so the
# floors are back near the measured precision (dev 0.955, dev2 0.952, dev3 1.000 when relabelled).
FLOORS = [
    ("relations-dev.jsonl", "relations", 0.93, 0.80),
    ("relations-dev.jsonl", "entities", 0.90, 0.93),
    ("relations-dev2.jsonl", "relations", 0.90, 0.60),
    ("relations-dev3.jsonl", "relations", 0.90, 0.50),
    ("memberships-dev.jsonl", "memberships", 0.95, 0.50),
    ("memberships-dev.jsonl", "entities", 0.93, 0.95),
    ("memberships-dev2.jsonl", "memberships", 0.90, 0.50),
    ("memberships-dev3.jsonl", "memberships", 0.75, 0.38),
    ("entities-dev.jsonl", "entities", 0.90, 0.87),
]


@pytest.fixture(scope="module")
def dev_scores(nlp, kb):
    """Scores of each development file (computed once)."""
    return {p.name: E.evaluate(E.load([p], "dev"), nlp, kb) for p in GOLD_FILES if "-dev" in p.name}


@pytest.mark.parametrize("name,task,precision,recall", FLOORS, ids=[f"{f[0]}:{f[1]}" for f in FLOORS])
def test_dev_quality_floor(dev_scores, name, task, precision, recall):
    score = dev_scores[name][task]
    assert score.precision >= precision and score.recall >= recall, E.report(dev_scores[name], 0)
