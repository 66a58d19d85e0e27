"""relations() calls a claim finder only on tokens that are one of its trigger words (issue 13): the records
must be exactly those of calling every finder on every token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.extract import relations as relations_x

EVAL = Path(__file__).resolve().parent.parent / "bench" / "eval"

# Sentences written for this test: at least one per finder, plus near misses (a trigger word used otherwise).
SENTENCES = [
    "Russia backs the Syrian government and Iran supports Hezbollah.",
    "Moscow is a close ally of Damascus, and Tehran remains its main backer.",
    "Qatar has been Hamas's biggest supporter, while Egypt is Israel's main arms supplier.",
    "Thousands marched in support of Ukraine, and Poland voiced its opposition to Russia.",
    "Germany said Assad must go, and France called on Maduro to step down.",
    "The United States urged Russia to end its aggression against Ukraine.",
    "The Iran-backed Houthis attacked shipping; the Russian-armed militia retreated.",
    "Mali is hostile to France, and Niger remains loyal to Russia.",
    "Tensions between India and Pakistan rose after clashes between Armenia and Azerbaijan.",
    "Ethiopia and Eritrea were at war for two decades.",
    "Ukraine declared the Russian envoy persona non grata.",
    "Kenya and Somalia are rivals, and Japan and Korea are partners.",
    "Syria has received military support from Russia.",
    "Sudan has been in conflict with South Sudan.",
    "Chadian troops died in the fight against Boko Haram.",
    "Israel branded Hamas a terrorist organisation.",
    "The minister spoke on behalf of Brazil at the support desk.",
    "Analysts said the backing band supported the singer on tour.",
    # a qualified mutual noun ("bitter rivals") is a trigger of its own: with only the bare nouns listed, the
    # reciprocal verb after it made the claim and its trigger changed
    "Beijing and Taipei have been bitter diplomatic rivals for decades, accusing each other of poaching allies.",
    "India and Pakistan, nuclear-armed rivals, accuse each other of backing militants.",
]


def _texts() -> list[str]:
    out = list(SENTENCES)
    for name in ("relations-dev.jsonl", "relations-dev2.jsonl", "relations-dev3.jsonl", "heldout.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(_texts()))


def test_every_finder_has_trigger_words():
    """Each gated finder has words to start from (an empty list would silence it)."""
    c = relations_x.cues()
    for finder, words in relations_x._TRIGGERS.items():
        assert finder in relations_x._FINDERS, finder.__name__
        assert words(c), finder.__name__


def test_gate_changes_no_record(docs, kb, monkeypatch):
    """Records with the trigger gate equal those with every finder called on every token."""
    gated = [list(relations_x.relations(d, kb)) for d in docs]
    monkeypatch.setattr(relations_x, "_TRIGGERS", {})
    everywhere = [list(relations_x.relations(d, kb)) for d in docs]
    assert sum(map(len, everywhere)) > 50  # the texts state claims: the comparison is not of empty lists
    for k, (a, b) in enumerate(zip(gated, everywhere)):
        assert a == b, (k, docs[k].text[:80])


def test_each_finder_starts_only_on_its_own_words(docs, kb):
    """A gated finder called on a token that is none of its trigger words yields nothing: relations() calls each
    finder on its own words only, so a word missing from one finder's list would silently lose its claims."""
    c = relations_x.cues()
    words = {f: set(of(c)) for f, of in relations_x._TRIGGERS.items()}
    checked = 0
    for doc in docs:
        actors = relations_x._actors(doc, kb, c)
        if not actors:
            continue
        sents = list(doc.sents)
        for k, sent in enumerate(sents):
            ctx = relations_x._Sentence(sent, sents[k - 1] if k else None, actors, c, tuple(reversed(sents[:k])), kb)
            ctx.home = relations_x._home_country(actors, c)
            for tok in sent:
                for finder, own in words.items():
                    if tok.lower_ in own or tok.lemma_.lower() in own:
                        continue
                    got = list(finder(tok, ctx, c))
                    assert not got, (finder.__name__, tok.text, sent.text[:80])
                    checked += 1
    assert checked  # the texts name actors: the check ran
