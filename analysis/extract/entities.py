"""Mentions from a Doc: every entity span the pipeline found, linked to a canonical entity id.

Kept labels: PERSON, ORG, GPE, NORP, LOC, FAC — the actors (people, bodies, states, nationalities that stand
for states, regions and seats of power). Dropped: EVENT, LAW, WORK_OF_ART, PRODUCT, LANGUAGE (things, not
actors) and the numeric labels DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY (dates are handled by
the dates extractor).

Names the knowledge base does not know take their id type from the model's label, which is noisy for names it
has never seen (a town tagged PERSON in one sentence and ORG in the next). The type is therefore decided once
per name and article, from every mention of it: a place when any mention is tagged a place or stands where
only a place can ("in X", "the town of X", "X province", "X's mayor", "X, a town"), a person when a mention
stands where only a person can ("spokeswoman X", "X, the charity's head"), else the label most mentions got.
The context words are data (kb/label_cues.json).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator

from analysis import metadata
from analysis.knowledge import normalise

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SKIP_BEFORE_NOUN = frozenset({"DET", "ADJ", "NUM", "PROPN", "PART", "ADV"})


class _DocIndex:
    """What entity_of needs from the whole doc, computed once per doc so that linking every span of an
    article costs linear time, not a scan of the article's entity list per span (issue 14 item 9)."""

    def __init__(self, doc) -> None:
        self.ents = tuple(doc.ents)  # Doc.ents builds a new tuple on every access: read it once
        self.starts = [e.start for e in self.ents]
        self.unknown = [e for e in self.ents if not e.ent_id_ and e.label_ in ACTOR_LABELS]
        self.unknown_by_key: dict[str, list] = {}
        for e in self.unknown:
            self.unknown_by_key.setdefault(normalise(e.text).lower(), []).append(e)
        self.first_person_by_last: dict[str, object] = {}
        for e in self.ents:
            if e.label_ == "PERSON" and len(e) > 1:
                self.first_person_by_last.setdefault(e[-1].text, e)
        self._place_keys = None
        self._antecedents = None
        self._countries = None
        self.labels: dict[tuple, str] = {}
        self.linked_kb, self.linked = None, {}  # entity_of's answers for one knowledge base, by span

    def place_keys(self, cues) -> tuple[set, set]:
        """Keys K for which an unknown place is written "… of K" (first set) or "K <place head>" (second)."""
        if self._place_keys is None:
            of_keys, head_keys = set(), set()
            for e in self.unknown:
                if not (e.label_ in _PLACE_LABELS or _place_cue(e, cues)):
                    continue
                text = normalise(e.text).lower()
                at = text.find(" of ")
                while at != -1:
                    of_keys.add(text[at + 4:])
                    at = text.find(" of ", at + 1)
                if e[-1].lower_ in cues["place_heads"]:
                    at = text.find(" ")
                    while at != -1:
                        head_keys.add(text[:at])
                        at = text.find(" ", at + 1)
            self._place_keys = (of_keys, head_keys)
        return self._place_keys

    def antecedent_by_text(self) -> dict:
        """The first antecedent an acronym or nickname was introduced for, by its text."""
        if self._antecedents is None:
            self._antecedents = {}
            for ent in self.ents:
                if ent.text not in self._antecedents:
                    antecedent = _acronym_antecedent(ent)
                    if antecedent is not None:
                        self._antecedents[ent.text] = antecedent
        return self._antecedents

    def country_counts(self, kb) -> Counter:
        """How often the article mentions each country (through any known entity), ambiguous aliases aside."""
        if self._countries is None:
            self._countries = Counter()
            for ent in self.ents:
                if not ent.ent_id_ or normalise(ent.text) in kb.ambiguous:
                    continue
                known = kb.entity(ent.ent_id_)
                if known is not None and known.country_id:
                    self._countries[known.country_id] += 1
        return self._countries


# The last few docs' indexes, by identity: extractors never change a Doc (HACKING.md), so an index stays
# valid while its doc lives; the doc is held with it so its id cannot be reused meanwhile.
_INDEX: dict[int, tuple] = {}
_INDEX_SIZE = 4


def _index(doc) -> _DocIndex:
    hit = _INDEX.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    if len(_INDEX) >= _INDEX_SIZE:
        _INDEX.pop(next(iter(_INDEX)))
    index = _DocIndex(doc)
    _INDEX[id(doc)] = (doc, index)
    return index


def _next_noun(doc, i: int, stop: int = 6):
    """The head of the first noun phrase from token i on, skipping determiners, adjectives, possessors and
    hyphens ("a northern town", "the charity's head", "a village administrator", "deep-sea port"); None when
    a verb or punctuation comes first."""
    last = None
    for j in range(i, min(i + stop, len(doc))):
        tok = doc[j]
        possessor = j + 1 < len(doc) and doc[j + 1].text in ("'s", "’s")
        if tok.pos_ == "NOUN" and not possessor:
            last = tok.lower_  # compounds: the last noun of the run is the head
            continue
        if last is not None:
            return last
        if tok.pos_ not in _SKIP_BEFORE_NOUN and tok.text not in ("'s", "’s", "-") and not possessor:
            return None
    return last


def _appositive(doc, i: int):
    """The head noun of an appositive starting at token i (", a northern town", ", the charity's head"); the
    comma must be followed by a determiner or possessive, as appositives are ("posted on Telegram, RSF field
    commander X" is no appositive)."""
    if i + 1 < len(doc) and doc[i].text == "," and (doc[i + 1].pos_ == "DET" or doc[i + 1].tag_ == "PRP$"):
        return _next_noun(doc, i + 1)
    return None


def _place_cue(span, cues) -> bool:
    """Whether the words around a span say it is a place."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ in cues["place_heads"] and len(span) > 1:
        return True  # "Rakhine State", "Kurram District"
    if after is not None and after.lower_ in cues["place_heads"] and after.is_lower:
        return True  # "Kurram district", "Zamzam camp"
    if after is not None and after.text in ("'s", "’s") and span.end + 1 < len(doc):
        nxt = [t.lower_ for t in doc[span.end + 1:span.end + 3]]
        if any(w in cues["place_roles"] for w in nxt):
            return True  # "Saravena's mayor", "Malaita's provincial premier"
        return False
    if before is not None and before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in cues["place_of"]:
        return True  # "the town of Evenes", "the hamlet of La Esmeralda"
    prep = doc[span.start - 2] if before is not None and before.lower_ == "the" and span.start > 1 else before
    if prep is not None and prep.lower_ in cues["place_before"] and span.label_ in ("PERSON", "NORP"):
        return True  # "in Goma", "visited Honiara", "in the Artibonite": people are not places one is in
    if before is not None and before.lower_ in cues["place_before_org"]:
        return True  # "near Bodo": nor are organisations ("a stake in X" is why "in" is for persons only)
    if before is not None and before.lower_ in cues["place_adjectives"] and before.is_lower:
        return True  # "northern Rakhine", "eastern Kurram"
    if span.label_ == "PERSON" and _next_noun(doc, span.end, 4) in cues["place_heads"]:
        return True  # "the Kyaukphyu deep-sea port"
    if _appositive(doc, span.end) in cues["place_nouns"]:
        return True  # "Djibo, a northern town", "Sittwe, the state capital"
    if span.start == 0 or "\n" in doc[span.start - 1].text:
        if span.text.isupper() and after is not None and after.text in (",", "(", "-", "–", "—"):
            return True  # dateline: "WILMINGTON, Del. (AP)"
    if (before is not None and before.text == "," and span.start > 1 and doc[span.start - 2].is_upper
            and (span.start == 2 or "\n" in doc[span.start - 3].text)):
        return True  # the region after a dateline's town: "MASINLOC, Zambales - ..."
    return False


def _person_cue(span, cues, kb) -> bool:
    """Whether the words around a span say it is a person (and the span has no institution head noun)."""
    if any(t.lower_ in kb.org_heads for t in span) or any(t.is_lower for t in span):
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].lower_ in cues["person_nouns"]:
        return True  # "spokeswoman Yolande Makolo", "the bloc's secretary general, Jasem Albudaiwi"
    return _appositive(doc, span.end) in cues["person_nouns"]


def _org_cue(span, cues, kb) -> bool:
    """Whether a span is an organisation: it ends in a legal-form word ("Eni SpA") or follows a noun for a
    kind of organisation ("opposition party Ata-Meken", "aid group X", "health council, Condisi-YY")."""
    if len(span) > 1 and span[-1].lower_.rstrip(".") in kb.company_suffixes:
        return True
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].is_lower and doc[i].lower_ in cues["org_nouns"]


def _label(span, kb) -> str:
    """The label an unknown name gets in this article, from all its mentions (see the module docstring)."""
    cues = kb.label_cues
    key = normalise(span.text).lower()
    if key in kb.capitals:
        return "GPE"
    index = _index(span.doc)
    memo = (key, span[-1].lower_, len(span) > 1, span.label_) if key in index.unknown_by_key else None
    if memo in index.labels:
        return index.labels[memo]
    label = _label_uncached(span, kb, key, cues, index)
    if memo is not None:
        index.labels[memo] = label
    return label


def _label_uncached(span, kb, key, cues, index) -> str:
    same = index.unknown_by_key.get(key) or [span]
    if any(e.label_ in _PLACE_LABELS or _place_cue(e, cues) for e in same):
        return "GPE"
    of_keys, head_keys = index.place_keys(cues)
    if key in of_keys or key in head_keys:
        return "GPE"  # "Port of Wilmington" / "Rakhine State" elsewhere: "Wilmington", "Rakhine" are places
    if any(_person_cue(e, cues, kb) for e in same):
        return "PERSON"
    if any(_org_cue(e, cues, kb) for e in same):
        return "ORG"
    votes = Counter(e.label_ for e in same)
    best = max(votes.values())
    label = next(e.label_ for e in same if votes[e.label_] == best)  # ties: the first mention's label
    if label == "PERSON" and span[-1].lower_ in kb.org_heads and len(span) > 1:
        return "ORG"  # "Etihad Rail", "Rakhine Humanitarian Initiative": a head noun, not a surname
    return label


def _resolve_ambiguous(span, kb) -> str:
    """The candidate of an ambiguous alias ("Congo") whose country the rest of the article mentions most."""
    candidates = kb.ambiguous[normalise(span.text)]
    counts = _index(span.doc).country_counts(kb)
    countries = {c: counts.get(c, 0) for c in candidates}
    best = max(countries.values())
    return next(c for c in candidates if countries[c] == best)


def _acronym_antecedent(span):
    """The name an acronym was introduced for in its sentence: "the Central General Staff, or EMC", "(VDP)",
    "known as RAMSI"; None otherwise."""
    doc = span.doc
    s = span.start
    if s > 3 and doc[s - 2].lower_ == "known" and doc[s - 1].lower_ == "as" and span.label_ in ("PERSON", "ORG"):
        prev = doc[s - 3] if doc[s - 3].text != "," else doc[s - 4]
        named = [e for e in _index(doc).ents if e.end == prev.i + 1 and e.label_ == "PERSON"]
        if named:
            return named[0]  # a nickname right after a person's name: "Jimmy Cherizier, known as Barbecue"
    if not (len(span) == 1 and span.text.isupper() and span.text.isalpha()):
        return None
    introduced = (s > 0 and doc[s - 1].text == "(") or (
        s > 1 and doc[s - 2].lower_ == "known" and doc[s - 1].lower_ == "as") or (
        s > 1 and doc[s - 1].lower_ == "or" and doc[s - 2].text == ",")
    if not introduced:
        return None
    sent_start = span.sent.start
    index = _index(doc)
    for j in range(bisect.bisect_left(index.starts, s) - 1, -1, -1):  # the names before the span, nearest first
        ent = index.ents[j]
        if ent.start < sent_start:
            break
        if ent.end <= s and s - ent.end <= 15:
            if len(ent) > 1 and ent.label_ in ("ORG", "NORP"):
                return ent
            if ent.label_ in ("ORG", "NORP", "PERSON"):
                return None  # the nearest name is not a multi-word organisation
    return None


def _introduced_elsewhere(span):
    """The name the same acronym or nickname was introduced for elsewhere in the article ("the National
    Intelligence Service (NIS) said …" makes a later "the NIS said" that service); None otherwise."""
    # The first one in the article; the span's own introduction, if any, was already tried by the caller.
    return _index(span.doc).antecedent_by_text().get(span.text)


def entity_of(span, kb) -> str:
    """Return the entity id of an entity span (KB id, an earlier full name's id for a surname, else a slug id)."""
    # The answer depends only on the doc, the span and the KB: kept per doc, since the mentions, relations
    # and memberships extractors each link every entity of the article (issue 13: analysis cost per article).
    index = _index(span.doc)
    if index.linked_kb is not kb:
        index.linked_kb, index.linked = kb, {}
    key = (span.start, span.end, span.label, span.ent_id)
    hit = index.linked.get(key)
    if hit is None:
        hit = index.linked[key] = _link(span, kb)
    return hit


def _link(span, kb) -> str:
    if span.ent_id_:
        antecedent = _acronym_antecedent(span) or _introduced_elsewhere(span)
        if antecedent is not None and antecedent.ent_id_:
            # "the Somali National Army (SNA)": an article's own definition of an acronym by another name the kb
            # knows outranks the kb's bearer of it ('SNA' is also the Syrian National Army); a name the kb does not
            # know may be a variant of the acronym's own ("the Popular Front for the Liberation of Tigray (TPLF)")
            return entity_of(antecedent, kb)
        if kb.ambiguous and normalise(span.text) in kb.ambiguous:
            return _resolve_ambiguous(span, kb)
        return span.ent_id_
    if len(span) == 1 and (span.label_ in ("PERSON", "ORG", "NORP")
                           or span.label_ == "GPE" and kb.lookup(span.text) is None):
        # "Hamel" after "Mohamed Hamel" in the same article: the same (possibly unknown) person, whatever
        # label the model gave the lone surname (a place name the kb does not know included: "Zuniga" tagged GPE)
        full = _index(span.doc).first_person_by_last.get(span.text)
        if full is not None and full.start < span.start:
            return entity_of(full, kb)
    antecedent = _acronym_antecedent(span) or _introduced_elsewhere(span)
    if antecedent is not None:
        return entity_of(antecedent, kb)
    return kb.link(span.text, _label(span, kb))


# Prefixes that turn a name into an adjective ("ex-Soviet", "pro-Russian", "anti-Western").
_ADJ_PREFIXES = frozenset({"ex", "pro", "anti", "post", "pre", "pan", "non", "neo", "former"})


def is_adjective(span) -> bool:
    """Whether a span the knowledge base does not know is a demonym or adjective ("Islamic", "Kurdish",
    "Baltic", "ex-Soviet"), not a name of an actor.

    spaCy's NORP label is "nationalities or religious or political groups" (OntoNotes 5 guidelines): one
    such word is an adjective unless written as a plural noun ("Kurds", "Houthis"), since English adjectives
    take no plural. Known demonyms ("Russian") are linked to their country by the ruler and never get here.
    """
    if span.ent_id_:
        return False
    words = [t for t in span if not t.is_punct and t.lower_ not in _ADJ_PREFIXES and t.lower_ != "the"]
    prefixed = len(words) < len([t for t in span if not t.is_punct])
    if len(words) != 1:
        return False
    word = words[0]
    if word.tag_ in ("NNS", "NNPS") or word.lower_.endswith("s"):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    # Used before a noun ("Kurdish delegation", "ex-Soviet republics") or tagged an adjective: a modifier.
    # A word standing alone as a noun ("in the Artibonite say") is a name and stays.
    attributive = after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and not after.is_title
    return (span.label_ == "NORP" or prefixed) and (attributive or word.pos_ == "ADJ")


def past_title(doc, start: int, markers) -> bool:
    """Whether the title run right before a name holds a past marker ('former US President X', 'Iran's former
    President X', 'ex-President X'): up to six title-case words, adjectives or proper nouns before the name, then
    the word just before them (a past office speaks for no state now; relations and memberships both read it)."""
    k = start - 1
    while k >= 0 and k >= start - 6 and (doc[k].is_title or doc[k].pos_ in ("ADJ", "PROPN") or doc[k].text in ("-", ",")):
        if doc[k].lower_ in markers:
            return True
        k -= 1
    return k >= 0 and doc[k].lower_ in markers


def is_news_outlet(span, kb) -> bool:
    """Whether a span names a news outlet or agency (kb/outlets.json, or a KB organisation with role 'news
    agency'): the story's publisher or its source, not an actor of the story."""
    if span.ent_id_:
        known = kb.entity(span.ent_id_)
        if known is not None and known.role == "news agency":
            return True
    words = span.text.split()
    # "told Al Jazeera", "the BBC", "AFP reported": the outlet's own name or variant, as written
    return 0 < len(words) <= 8 and metadata.outlets().in_prose(span.text) is not None


def mentions(doc, kb) -> Iterator[dict]:
    """Yield a mentions-table record (without article_id) per actor entity span of the doc; demonyms,
    adjectives and news outlets are no actors and yield none."""
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]
    # One pass over the entities, each placed in its sentence by bisection: Span.ents scans the doc's whole
    # entity list, so sentence by sentence it would cost (sentences x entities).
    for ent in _index(doc).ents:
        i = bisect.bisect_right(starts, ent.start) - 1
        sent = sents[i]
        if ent.end > sent.end:
            continue  # an entity across a sentence break belongs to no sentence (as Span.ents has it)
        if ent.label_ not in ACTOR_LABELS or is_adjective(ent) or is_news_outlet(ent, kb):
            continue
        # role / country_id: the state office the article gives a person, filled in by corpus from
        # relations.offices (the actor map that knows it lives there)
        yield {"entity_id": entity_of(ent, kb), "text": ent.text, "start_char": ent.start_char,
               "end_char": ent.end_char, "label": ent.label_, "sent_index": i,
               "sent_start": sent.start_char, "sent_end": sent.end_char, "sentence": sent.text,
               "role": None, "country_id": None}
