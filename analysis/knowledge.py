"""PLACEHOLDER until the entities work lands: the knowledge base of actors, loaded from analysis/kb/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Entity:
    """A canonical entity."""

    entity_id: str
    name: str
    type: str
    iso3: str | None = None
    country_id: str | None = None
    role: str | None = None


_TYPE_OF_LABEL = {"PERSON": "person", "GPE": "place", "LOC": "place", "NORP": "group", "ORG": "organisation"}


class KnowledgeBase:
    """Placeholder knowledge base: knows nothing, links every name to a slug id."""

    def entity(self, entity_id: str) -> Entity | None:
        """Return the entity with this id, or None."""
        return None

    def link(self, text: str, label: str | None = None) -> str:
        """Return the canonical entity id for a name as written."""
        slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
        return f"{_TYPE_OF_LABEL.get(label or '', 'organisation')}:{slug}"

    def ruler_patterns(self) -> list[dict]:
        """Return entity-ruler patterns."""
        return []


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """Return the knowledge base."""
    return KnowledgeBase()
