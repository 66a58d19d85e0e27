"""The pipeline built for a few texts only (a re-build's new articles) finds exactly what the full one finds."""

from __future__ import annotations

import pytest

from analysis import nlp as nlp_module

# Texts written for this test: names split across lines and double spaces, punctuation inside names,
# headline capitals and names in possessives, so a filter that compared whole phrases would drop patterns
# the tokens still match.
TEXTS = [
    "The U.S. and the\nUnited  Kingdom backed Côte d'Ivoire's bid; al-Shabaab fighters attacked Mogadishu.",
    "NORTH KOREA sent troops to Russia, Seoul said. The European Union's envoy met Xi Jinping in Beijing.",
    "Officials of the Gas Exporting Countries Forum met in Doha, where Qatar and Iran signed a deal.",
    "Nothing here names anyone at all.",
]


def _ents(nlp, text):
    return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.fixture(scope="module")
def narrow():
    return nlp_module.build(only_for=TEXTS)


@pytest.mark.parametrize("text", TEXTS)
def test_a_pipeline_built_for_these_texts_finds_the_same_entities(nlp, narrow, text):
    assert _ents(narrow, text) == _ents(nlp, text)


def test_the_narrow_pipeline_keeps_few_patterns(nlp, narrow):
    full = len(nlp.get_pipe(nlp_module.RULER).patterns)
    kept = len(narrow.get_pipe(nlp_module.RULER).patterns)
    assert 0 < kept < full / 20


@pytest.mark.parametrize("pattern, text, kept", [
    ("United Kingdom", "the United\n\nKingdom", True),       # whitespace between tokens does not matter
    ("Côte d'Ivoire", "Côte d'Ivoire's", True),
    ("U.S.", "the U.S.-led coalition", True),
    ("United Kingdom", "the United States", False),
    ("Iran", "IRAN", False),                                 # phrase patterns match the exact text
])
def test_patterns_for_keeps_a_pattern_only_where_its_characters_occur(pattern, text, kept):
    got = nlp_module.patterns_for([{"label": "GPE", "pattern": pattern, "id": "x"}], [text])
    assert bool(got) is kept


def test_long_texts_keep_every_pattern():
    patterns = [{"label": "GPE", "pattern": "Chile", "id": "country:chl"}]
    assert nlp_module.patterns_for(patterns, ["x" * (nlp_module.ONLY_FOR_LIMIT + 1)]) == patterns
    assert nlp_module.patterns_for(patterns, None) == patterns
