"""Mentions from a Doc: every entity span the pipeline found, linked to a canonical entity id.

Kept labels: PERSON, ORG, GPE, NORP, LOC, FAC — the actors (people, bodies, states, nationalities that stand
for states, regions and seats of power). Dropped: EVENT, LAW, WORK_OF_ART, PRODUCT, LANGUAGE (things, not
actors) and the numeric labels DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY (dates are handled by
the dates extractor).
"""

from __future__ import annotations

from collections.abc import Iterator

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def entity_of(span, kb) -> str:
    """Return the entity id of an entity span (KB id, an earlier full name's id for a surname, else a slug id)."""
    if span.ent_id_:
        return span.ent_id_
    if span.label_ == "PERSON" and len(span) == 1:
        # "Hamel" after "Mohamed Hamel" in the same article: the same (possibly unknown) person
        for ent in span.doc.ents:
            if ent.start >= span.start:
                break
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == span.text:
                return entity_of(ent, kb)
    return kb.link(span.text, span.label_)


def mentions(doc, kb) -> Iterator[dict]:
    """Yield a mentions-table record (without article_id) per actor entity span of the doc."""
    for i, sent in enumerate(doc.sents):
        for ent in sent.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            yield {"entity_id": entity_of(ent, kb), "text": ent.text, "start_char": ent.start_char,
                   "end_char": ent.end_char, "label": ent.label_, "sent_index": i,
                   "sent_start": sent.start_char, "sent_end": sent.end_char, "sentence": sent.text}
