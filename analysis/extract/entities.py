"""PLACEHOLDER until the entities work lands: mentions from a Doc."""

from __future__ import annotations


def entity_of(span, kb) -> str:
    """Return the entity id of an entity span."""
    return span.ent_id_ or kb.link(span.text, span.label_)


def mentions(doc, kb):
    """Yield a mentions-table record per entity span of the doc."""
    for i, sent in enumerate(doc.sents):
        for ent in sent.ents:
            yield {"entity_id": entity_of(ent, kb), "text": ent.text, "start_char": ent.start_char,
                   "end_char": ent.end_char, "label": ent.label_, "sent_index": i,
                   "sent_start": sent.start_char, "sent_end": sent.end_char, "sentence": sent.text}
