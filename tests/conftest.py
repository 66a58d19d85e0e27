"""Shared, session-scoped fixtures: the knowledge base, the spaCy pipeline and the seeds built once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def kb():
    """The knowledge base (analysis.knowledge.load())."""
    from analysis import knowledge

    return knowledge.load()


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline with the entity ruler (loaded once per test session)."""
    from analysis import nlp as nlp_module

    return nlp_module.build()


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory, nlp):
    """All tables of the repo's seeds/, built once with corpus.build into a temporary folder."""
    from analysis import corpus

    base = tmp_path_factory.mktemp("seed_build")
    report = corpus.build([SEEDS], out_dir=base / "out", cache_dir=base / "cache", nlp=nlp)
    return report.tables
