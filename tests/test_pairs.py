"""Candidate actor pairs (analysis/extract/pairs.py): which pairs, which features, no names in them."""

import pytest

from analysis.extract import memberships, pairs, relations


def _cands(nlp, kb, text):
    doc = nlp(text)
    return list(pairs.candidates(doc, kb, relations.relations(doc, kb), memberships.memberships(doc, kb)))


@pytest.mark.parametrize("text, expected", [
    ("Canada and Japan pledged new aid to Kenya on Tuesday.",
     {("country:CAN", "country:KEN"), ("country:KEN", "country:CAN"), ("country:JPN", "country:KEN"),
      ("country:CAN", "country:JPN")}),
    ("Portugal is a member of NATO.", {("country:PRT", "org:nato"), ("org:nato", "country:PRT")}),
])
def test_every_ordered_pair_in_a_sentence_is_a_candidate(nlp, kb, text, expected):
    got = {(c["a_id"], c["b_id"]) for c in _cands(nlp, kb, text)}
    assert expected <= got


@pytest.mark.parametrize("text", [
    "Peru signed the deal. Chile stayed away.",  # actors in different sentences never pair
    "Norway welcomed the decision.",  # one actor: no pair
])
def test_no_pairs_across_sentences_or_alone(nlp, kb, text):
    assert _cands(nlp, kb, text) == []


@pytest.mark.parametrize("text, names", [
    ("Brazil strongly backs Argentina in the dispute.", ("brazil", "argentina")),
    ("Ecuador and Bolivia joined OPEC last year.", ("ecuador", "bolivia", "opec")),
    ("Mexican officials said Canada backs Chile.", ("mexican", "canada", "chile")),
])
def test_features_are_delexicalised(nlp, kb, text, names):
    for c in _cands(nlp, kb, text):
        for name in c["features"]:
            assert not any(n in name.lower() for n in names), name


@pytest.mark.parametrize("text, a, b, feature", [
    ("Sweden did not support Finland.", "country:SWE", "country:FIN", "negated"),
    ("Ghana was attacked by Togo.", "country:TGO", "country:GHA", "passive"),
    ("Ireland might back Iceland.", "country:IRL", "country:ISL", "modal"),
    ("Poland supports Ukraine.", "country:POL", "country:UKR", "cue_path=stance:supports"),
    ("Austria and Hungary met.", "country:AUT", "country:HUN", "direct_conj"),
])
def test_structural_features(nlp, kb, text, a, b, feature):
    cands = {(c["a_id"], c["b_id"]): c for c in _cands(nlp, kb, text)}
    assert feature in cands[(a, b)]["features"]


def test_rules_become_features(nlp, kb):
    cands = {(c["a_id"], c["b_id"]): c for c in _cands(nlp, kb, "Poland supports Ukraine.")}
    assert "rule=supports" in cands[("country:POL", "country:UKR")]["features"]
    assert "rule=none" in cands[("country:UKR", "country:POL")]["features"]


def test_deterministic(nlp, kb):
    text = "Egypt and Jordan condemned Israel, while Qatar, a member of OPEC, stayed silent."
    assert _cands(nlp, kb, text) == _cands(nlp, kb, text)
