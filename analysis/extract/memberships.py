"""Membership and attendance claims from a Doc: who belongs to which organisation, who came to its summit.

Find, then write: `memberships(doc, kb)` reads the Doc (entities, tokens, dependency parse) and yields
memberships-table records; it never changes the Doc. Cue words live in `analysis/kb/membership.json`.

Shapes covered (precision first; anything not clearly one of these yields nothing):

- member / observer cue nouns ("member", "member states", "observer", "observer status"), with the
  organisation written next to the cue ("member of Y", "Y member", "Y's members", "observer at Y") or,
  when it is not written ("the other member states", "its members", "members of the bloc"), the
  organisation with members named most recently before the cue in the same article;
- members on the left of the cue through a copula or an apposition ("X is a member of Y", "X and Z were
  the other member states", "X, an observer at Y"), on the right through a connector ("Y's members include
  A, B and C", "member states of Y such as A and B") or as a compound ("OPEC member Nigeria"), and the
  "besides / apart from / in addition to" conjuncts of such a list;
- "X joined Y", "X acceded to Y", "X was admitted to Y" (not "wants to join", "will join", "joined Y in
  condemning");
- attendance (role "attendee"): "X attended / took part in / participated in the summit", "X arrived for
  Y", "hosting seven presidents, including A of B and C's D": a person counts for their country (the
  knowledge base's country_id, or an "of Venezuela" / "Venezuela's" / "Venezuelan" modifier).

- (issue 12) lists in real news: "the current Y member-states are A, B", "A, B, and C, are main members of the
  gas exporting body", "it now includes A and B" / "it is made up of A, B" ("it" resolved by Lappin & Leass
  salience to a body of states), "founded by the leaders of A and B", "the eight countries — A, B …" (back to
  "eight members of Y"), list elements ", which was suspended" left out; nominal accessions in a completed
  context ("after X's accession to Y", "follows X's reinstatement as a member"); "granted X observer status";
  gatherings that "brought together the leaders of A and B", "with X in attendance", "Among them were A and B".

- (issue 12, round 4) existing members as the object of a joining verb ("X joins A and B in the bloc", "joined
  the ranks of A", "joined Y alongside A", "Y, which X joined in 2010", "…, joining A and B", "following A and
  B"); capitals in member positions read as their states ("NATO members Ankara and Washington", "Beijing, a
  founding member of Y"), never a summit's host city; a body taking states in ("Y added / admitted X", "Y
  expanded to include X", "formed by A and B"); descriptions and appositions ("Y, a grouping of A and B",
  "Y – made up of A, B –", "the bloc, which has A, B", "the Y pact between A and B", "its newest members, A
  and B"); attendance through titles ("the leaders of A and B met at the Y summit", "a Y summit involving A's
  president", "X, attending the Y summit, …", "the Turkish and Azerbaijani presidents attended").

Unnamed gatherings ("the summit", "Monday's summit", "the forum") resolve to the organisation with members
named most recently in the same article (a recency heuristic, as in the classic Hobbs/Lappin-Leass
pronoun-resolution baselines: the nearest preceding compatible antecedent). When the article names no such
organisation, no claim is recorded: attendance at a gathering of no known body is no membership claim.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from analysis.extract.entities import entity_of, past_title

_LABEL_KIND = {"GPE": "country", "ORG": "organisation", "PERSON": "person"}
_KB_KIND = {"country": "country", "organisation": "organisation", "organization": "organisation",
            "person": "person"}
_POSS = {"'s", "’s", "'", "’"}
# Dashes news copy sets a list or an apposition off with (hyphen, en and em dash, a typed double hyphen).
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
# what sets off an apposition after a name: a comma or a dash ("the CSTO — a military alliance made up of …")
_APPOSITION_MARKS = frozenset({","}) | (_DASHES - {"-"})


@lru_cache(maxsize=1)
def cues() -> dict:
    """Return the cue words of analysis/kb/membership.json (lists become frozensets)."""
    raw = json.loads(resources.files("analysis").joinpath("kb/membership.json").read_text("utf-8"))
    out = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[key] = frozenset(value)
        else:
            out[key] = value
    return out


@dataclass(frozen=True)
class _Item:
    """An entity mention with what the extractor needs to know about it."""

    start: int
    end: int
    entity_id: str
    kind: str  # country · organisation · person · other
    country_id: str | None
    text: str
    member_bearing: bool
    states_only: bool = False  # an unknown "… Group" body: states are its members, and it is no antecedent


def _has_word(text: str, words) -> bool:
    low = text.lower()
    return any(w in low for w in words)


_HEAD_END = re.compile(r" (?:of|for|on|against) ", re.I)


def _item(span, kb, c) -> _Item | None:
    """Describe an entity span, or None for spans that can take no part (dates, numbers …)."""
    if span.label_ not in {"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"} and not span.ent_id_:
        return None
    eid = entity_of(span, kb)
    ent = kb.entity(eid)
    if ent is not None:
        kind = _KB_KIND.get((ent.type or "").lower(), "other")
        country = eid if kind == "country" else ent.country_id
        role = ent.role or ""
    else:
        # Unknown to the KB: fall back on the model's label (an unknown GPE may be a state the KB lacks).
        kind = _LABEL_KIND.get(span.label_, "other")
        country = eid if kind == "country" else None
        role = ""
    if kind == "country" and span.label_ == "NORP":
        kind = "demonym"  # "Venezuelan": only ever a modifier pointing at its country
    if ent is not None:
        bearing = kind == "organisation" and _has_word(role, c["member_bearing_roles"])
    else:
        # Unknown body: its name says whether it is a body of states ("… Forum", "… Union", "… League").
        # Only the name's head noun counts (the last word before a postmodifying "of", "for", "on" or "against",
        # English NP headedness): "Charter of Cooperation" is a document, "Organisation of Islamic Cooperation"
        # and "Union for the Mediterranean" are bodies.
        head = _HEAD_END.split(span.text.replace("-", " "))[0].split()
        if (kind == "organisation" and head and head[-1].lower() in c["gathering_nouns"] and " of " not in span.text
                and any(t.like_num or t.tag_ == "CD" or re.fullmatch(r"\d+(st|nd|rd|th)|[IVXLC]+", t.text)
                        for t in span)):
            return None  # "the 7th Summit", "the VII Summit": a numbered gathering the model tags as a name
        bearing = kind == "organisation" and bool(head) and (
            head[-1].lower() in c["org_body_nouns"] or head[-1].lower().rstrip("s") in c["org_body_nouns"])
        words = [t for t in span if t.lower_ != "the"]
        if kind == "organisation" and head and not bearing and (
                head[-1].lower() in c["state_group_nouns"]
                or len(words) > 1 and words[0].is_title and words[0].lower_ in c["state_group_openers"]):
            # "the Lima Group", "the Visegrad Group", "the Paris Club", "Operation Atalanta": a body of states
            # when states are its members; a company or an armed group takes no state as a member (filtered in
            # memberships())
            return _Item(span.start, span.end, eid, kind, country, span.text, True, True)
    return _Item(span.start, span.end, eid, kind, country, span.text, bearing)


@lru_cache(maxsize=32)
def _split_phrases(phrases: frozenset) -> tuple[list[str], ...]:
    return tuple(p.split() for p in phrases)


def _title_body(title: str | None, kb, c) -> _Item | None:
    """The one body of states the article's headline names ("SCO summit opens …", "Qatar to quit Opec"), as an
    antecedent for "the organization" or "its members" when the text names no body before them (news leads
    take the headline's topic as given: van Dijk 1988, News as Discourse, on the headline as the summary the
    lead elaborates). An item with an empty span at the start of the text; None when the headline names no
    body or more than one."""
    if not title:
        return None
    words = re.findall(r"[\w+&'’.-]+", title)
    found: dict[str, str] = {}
    for n in range(min(6, len(words)), 0, -1):
        for k in range(len(words) - n + 1):
            text = " ".join(words[k:k + n]).strip(".")
            eid = kb.lookup(text)
            ent = kb.entity(eid) if eid else None
            if ent is not None and _KB_KIND.get((ent.type or "").lower()) == "organisation" and _has_word(
                    ent.role or "", c["member_bearing_roles"]):
                found.setdefault(eid, text)
    if len(found) != 1:
        return None
    (eid, text), = found.items()
    return _Item(0, 0, eid, "organisation", None, text, True)


class _Doc:
    """Per-doc lookups: the items, a token → item map, the membership-bearing organisation mentions."""

    def __init__(self, doc, kb, title: str | None = None):
        self.doc = doc
        self.toks = list(doc)  # the doc's tokens built once, for the scans that index them one by one
        self.kb = kb
        self.c = cues()
        self.title_body = _title_body(title, kb, self.c)
        self.runs: dict[int, list] = {}  # sentence start -> its item runs (_lists)
        self.items = [it for it in (_item(e, kb, self.c) for e in doc.ents) if it is not None]
        self.at: dict[int, _Item] = {}
        for it in self.items:
            for i in range(it.start, it.end):
                self.at[i] = it
        self.bearing = [it for it in self.items if it.member_bearing and not it.states_only and self._referential(it)]
        self._bearing_starts = [it.start for it in self.bearing]
        gather = set(self.c["gathering_nouns"])
        self._lower = [t.lower_ for t in self.toks]
        self.gatherings = sorted([it.start for it in self.bearing] + [
            i for i, w in enumerate(self._lower) if w in gather and doc[i].pos_ in {"NOUN", "PROPN"} and i not in self.at])
        # joint gatherings of two bodies ("a summit of the European Union and CELAC"): an attendee of
        # either body's summit in the article attends both (EU-CELAC, EAC-SADC joint summits)
        self.joint: dict[str, _Item] = {}
        for i in self.gatherings:
            if i in self.at:
                continue
            for prep in doc[i].children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for p in prep.children:
                    a = self.at.get(p.i)
                    b = [self.at[x.i] for x in p.conjuncts if x.i in self.at]
                    if p.dep_ == "pobj" and a is not None and len(b) == 1 and a.member_bearing \
                            and b[0].member_bearing and a.entity_id != b[0].entity_id:
                        self.joint.setdefault(a.entity_id, b[0])
                        self.joint.setdefault(b[0].entity_id, a)

    def _referential(self, it: _Item) -> bool:
        """Whether a body's mention can be an antecedent: not "an OPEC for gas" (a predicate, not a
        reference) nor a name modifying a person or title ("UN Secretary-General Antonio Guterres", "the
        UN Charter"): Lappin & Leass (1994) rank such embedded mentions lowest in salience."""
        doc, c = self.doc, self.c
        root = doc[it.start:it.end].root
        if it.start > 0 and doc[it.start - 1].lower_ in c["indefinite_dets"] and not (
                root.dep_ in {"compound", "nmod"} and root.head.i >= it.end):
            return False  # "an OPEC for gas", but "a G7 summit" (the article belongs to the summit)
        if (root.dep_ in {"compound", "nmod", "poss"} and root.head.i >= it.end and root.head.pos_ != "VERB"
                and root.head.lower_ not in c["surface_composition_forms"]):
            # (a "compound" of a verb, or of a verb form tagged as a noun, is the parser's error for a subject:
            # "The GECF comprises of 11 member states")
            h = root.head
            # (a body noun it names is the body itself: "the BRICS bloc", "the NATO alliance")
            keep = c["gathering_nouns"] | c["member_nouns"] | c["observer_nouns"] | c["cue_tails"] | c["composition_subject_nouns"]
            return (h.lower_ in keep or h.i in self.at and self.at[h.i].member_bearing
                    or h.lower_ in c["leader_nouns"] and h.tag_ == "NNS")  # "BRICS leaders", not "UN chief"
        return True

    def antecedent(self, i: int, noun: str | None = None, salience: bool = False) -> _Item | None:
        """The membership-bearing organisation named most recently before token i (recency heuristic);
        with a head noun ("the council"), the latest one whose name holds that noun, if any (head match,
        Lee et al. 2013)."""
        if i > 0 and self.doc[i - 1].lower_ in self.c.get("generic_body_modifiers", ()):
            return None  # "the international community": everyone, no body named before
        k = bisect_left(self._bearing_starts, i)
        while k and self._labels_a_state(self.bearing[k - 1]):
            k -= 1  # "while EU state Hungary … have observer status": a body naming a state's class is no topic
        if not k:
            return self.title_body  # "The organization comprises …" before any body is named: the headline's
        if noun:
            for it in reversed(self.bearing[:k]):
                ent = self.kb.entity(it.entity_id)
                names = " ".join([it.text, ent.name if ent else ""]).lower().replace("-", " ").split()
                if noun in names or noun + "s" in names:
                    return it
            if self.doc[i].is_title and not self.doc[i].is_sent_start:
                return None  # "established the Forum": a capitalised head is a name's head, never another body's
        if not k or not salience:
            return self.bearing[k - 1] if k else None
        # Lappin & Leass (1994) salience: within the sentence of the most recent candidate, a subject (or the
        # possessor of one: "The OECD's 38 members include …") outranks an object or an oblique mention
        # ("OPEC+ brings together OPEC and allies": OPEC+).
        cands = [it for it in self.bearing[:k] if not self._contrastive(it)] or self.bearing[:k]
        last = cands[-1]
        if self._gathering_owner(last) and self._sent_index(last.start) < self._sent_index(i):
            # "… ahead of the 17th BRICS Summit. Current members include …": a body named only as the owner of a
            # gathering in passing in an earlier sentence is no topic; the body the discourse is about is meant
            # (in the same sentence it is: "at the Mercosur summit with A and B, the bloc's founders")
            topic = self.topic(i)
            if topic is not None:
                return topic
        sent = self.doc[last.start].sent
        same = [it for it in cands if it.start >= sent.start]
        subjects = [it for it in same if self._subjectish(it)]
        return subjects[-1] if subjects else last

    def topic(self, i: int) -> _Item | None:
        """The body of states a pronoun at token i most likely stands for: Lappin & Leass (1994) salience,
        summed per body over its mentions before i: a subject (or its possessor) weighs twice an oblique
        mention, and each sentence back halves a mention's weight. Only bodies of states qualify (type
        agreement), so "It also includes eight observers" does not go to a conference named in passing."""
        k = bisect_left(self._bearing_starts, i)
        if not k:
            return self.title_body
        here = self._sent_index(i)
        score: dict[str, float] = {}
        last: dict[str, _Item] = {}
        for it in self.bearing[:k]:
            if self._contrastive(it):
                continue
            w = (2.0 if self._subjectish(it) else 1.0) * 0.5 ** (here - self._sent_index(it.start))
            if self._gathering_owner(it):
                w *= 0.25  # "ahead of the BRICS summit": a body named as a gathering's owner is embedded, low salience
            score[it.entity_id] = score.get(it.entity_id, 0.0) + w
            last[it.entity_id] = it
        if not score:
            return None
        best = max(score, key=lambda e: (score[e], last[e].start))
        return last[best]

    def _gathering_owner(self, it: _Item) -> bool:
        """Whether a body is named only as the owner of a gathering ("the 17th BRICS summit")."""
        root = self.doc[it.start:it.end].root
        return root.dep_ in {"compound", "nmod"} and root.head.i >= it.end and root.head.lower_ in self.c["gathering_nouns"]

    def _sent_index(self, i: int) -> int:
        if not hasattr(self, "_sent_starts"):
            self._sent_starts = [s.start for s in self.doc.sents]
        return bisect_left(self._sent_starts, i + 1) - 1

    def _labels_a_state(self, it: _Item) -> bool:
        """Whether a body's name only classes a state named next to it ("EU state Hungary", "the NATO member
        country Turkey"): a compound on a common noun that is itself a compound on the state's name."""
        root = self.doc[it.start:it.end].root
        noun = root.head
        if root.dep_ != "compound" or noun.pos_ != "NOUN" or noun.dep_ != "compound":
            return False
        named = self.at.get(noun.head.i)
        return named is not None and named.kind == "country"

    def _contrastive(self, it: _Item) -> bool:
        """Whether a mention sits in a contrastive adjunct ("Unlike the oil cartel, the forum …"), which
        Lappin & Leass's adverbial-PP penalty ranks below the clause's own participants."""
        tok = self.doc[it.start:it.end].root
        return tok.dep_ == "pobj" and tok.head.lower_ in self.c["contrast_preps"]

    def _subjectish(self, it: _Item) -> bool:
        """Whether a mention is its clause's subject or the possessor/modifier of the subject."""
        tok = self.doc[it.start:it.end].root
        while tok.dep_ in {"poss", "compound"} and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "appos":
            tok = tok.head
        return tok.dep_ in {"nsubj", "nsubjpass"}

    def words_at(self, i: int, phrases, stop: int) -> int:
        """Length in tokens of the longest phrase of `phrases` starting at token i (0 if none)."""
        best = 0  # compares the lower-cased words listed once per doc: slicing the Doc per phrase costs the most
        for ws in _split_phrases(phrases if isinstance(phrases, frozenset) else frozenset(phrases)):
            if i + len(ws) <= stop and self._lower[i:i + len(ws)] == ws:
                best = max(best, len(ws))
        return best


def _lists(d: _Doc, sent) -> list[list[_Item]]:
    """Maximal runs of entity items in the sentence separated only by list glue (", and the …"); computed once
    per sentence (a dozen finders ask for them)."""
    hit = d.runs.get(sent.start)
    if hit is None:
        hit = d.runs[sent.start] = _find_lists(d, sent)
    return [list(run) for run in hit]  # (copies: callers extend the runs they get)


def _find_lists(d: _Doc, sent) -> list[list[_Item]]:
    items = [it for it in d.items if sent.start <= it.start and it.end <= sent.end]
    glue = {g for g in d.c["list_glue"] if " " not in g}
    runs: list[list[_Item]] = []
    last_end = -1  # where the last run's item ends, past a bracketed gloss of it
    for it in items:
        if runs:
            prev = runs[-1][-1]
            end = max(prev.end, last_end)
            if (it.start == prev.end + 1 and d.doc[prev.end].text == "(" and it.end < sent.end
                    and d.doc[it.end].text == ")" and it.kind == prev.kind):
                # "Angola, Democratic Republic of Congo (DRC), Lesotho": a name glossed in brackets by its acronym
                # is one item of the list
                last_end = it.end + 1
                continue
            gap = [t.lower_ for t in d.doc[end:it.start] if not t.is_space]  # (a hard-wrapped list's line breaks)
            text = " ".join(w for w in gap if w not in glue)
            # "in Asuncion, Paraguay": a place the kb does not know, a comma and a country name one place
            place = gap == [","] and d.kb.entity(prev.entity_id) is None and it.kind == "country" and it.entity_id.startswith(
                "country:") and not prev.entity_id.startswith("country:")
            # "at the summit in Astana, the Republic of Belarus was accepted": a fronted adverbial's object and
            # the clause's subject are not one list
            pr, ir = d.doc[prev.start:prev.end].root, d.doc[it.start:it.end].root
            clause = "," in gap and set(gap) <= {",", "the"} and pr.dep_ == "pobj" and ir.dep_ in {"nsubj", "nsubjpass"} and ir.head.i > ir.i
            # "Egypt, which backs Sudan, and Ethiopia attended": the object of a relative clause is no item of the
            # list that continues after the clause
            rel = _relative_clause(pr) if "," in gap and not clause else None
            clause = clause or (rel is not None and _relative_clause(ir) is not rel and (
                ir.head == rel.head or ir in rel.head.conjuncts or (ir.head == rel.head.head and ir.dep_ == rel.head.dep_)))
            # "Finland, NATO's newest member, …": a body of another kind in the possessive opens an apposition
            # describing the item before it, not the list's next item
            clause = clause or (it.kind != prev.kind and it.end < sent.end and d.doc[it.end].lower_ in {"'s", "’s"})
            if gap and not place and not clause and (text == "" or text == "as well as") and any(
                    w in {",", "and", "&", "plus", "well"} for w in gap):
                runs[-1].append(it)
                last_end = -1
                continue
        runs.append([it])
        last_end = -1
    return runs


def _relative_clause(tok):
    """The relative clause a token sits in (its nearest relcl ancestor), else None."""
    return next((a for a in tok.ancestors if a.dep_ == "relcl"), None) if tok.dep_ != "relcl" else tok


def _with_runs(d: _Doc, toks, kinds=("country", "person")) -> list:
    """Tokens plus the roots of the other items of the surface list each one sits in ("Erdogan, Tokayev,
    Japarov and Mirziyoyev attended": the parser often takes the second element for an apposition and
    drops it from the conjuncts), and that apposition's own conjuncts ("A's X, B's Y and C's Z")."""
    out = list(toks)
    out += [x for t in toks if t.i in d.at and d.at[t.i].kind in kinds for ap in t.children
            if ap.dep_ == "appos" and ap.i in d.at and d.at[ap.i].kind in kinds for x in (ap, *ap.conjuncts)
            if x not in out]
    have = {t.i for t in out}
    for t in list(out):
        it = d.at.get(t.i)
        if it is None or it.kind not in kinds:
            continue
        sent = t.sent
        for run in _lists(d, sent):
            if it in run and len(run) > 1:
                for x in run:
                    root = d.doc[x.start:x.end].root
                    if x.kind in kinds and root.i not in have:
                        have.add(root.i)
                        out.append(root)
    return out


def _blocked(d: _Doc, tokens) -> bool:
    return any(t.lower_ in d.c["blockers"] for t in tokens)


def _record(member: _Item | str, org: _Item | tuple, role: str, trigger: str, sent) -> dict:
    member_id, member_text = (member.country_id if member.kind == "person" else member.entity_id,
                              member.text) if isinstance(member, _Item) else member
    org_id, org_text = (org.entity_id, org.text) if isinstance(org, _Item) else org
    return {"member_id": member_id, "org_id": org_id, "role": role, "trigger": trigger,
            "sentence": sent.text, "sent_start": sent.start_char, "sent_end": sent.end_char,
            "member_text": member_text, "org_text": org_text}


# --- membership: cue nouns -------------------------------------------------------------------------

def _cue_spans(d: _Doc, sent) -> Iterator[tuple[int, int, str]]:
    """(start, end, role) of each member/observer cue phrase in the sentence."""
    c, doc = d.c, d.toks
    i = sent.start
    while i < sent.end:
        t = doc[i]
        modifier = (t.lower_ in c["member_modifiers"] and i + 1 < sent.end and doc[i + 1].lower_ in c["cue_tails"])
        if i not in d.at and (modifier or t.pos_ in {"NOUN", "PROPN"} and (
                t.lower_ in c["member_nouns"] or t.lower_ in c["observer_nouns"])):
            j = i + 1
            while j < sent.end and doc[j].lower_ in c["cue_tails"] and j not in d.at:
                j += 1
            words = {x.lower_ for x in doc[i:j]}
            role = "observer" if words & c["observer_nouns"] else "member"
            if role == "observer" and j < sent.end and j not in d.at and doc[j].lower_ in {"member", "members"}:
                j += 1  # "an observer member of X": one cue, the observer's (not an observer cue and a member one)
            yield i, j, role
            i = j
        else:
            i += 1


def _hyphenated(doc, k: int) -> bool:
    """Whether token k is a hyphen or a word joined by one ('full-fledged', 'long-standing')."""
    return any(0 <= j < len(doc) and doc[j].tag_ == "HYPH" for j in (k - 1, k, k + 1))


def _negated_name(d: _Doc, start: int) -> bool:
    """Whether the body's name at `start` carries a negating prefix ('non-BRICS member states', 'Non-OPEC
    countries': the states outside it; kb negative_prefixes)."""
    doc = d.doc
    return start >= 2 and doc[start - 1].text in {"-", "\u2010", "\u2011"} and doc[start - 2].lower_ in d.c["negative_prefixes"]


def _org_of_cue(d: _Doc, start: int, end: int, sent):
    """(org item or None, left boundary, right boundary, ok): the organisation a cue phrase names."""
    c, doc = d.c, d.doc
    org, anaphoric, left, right, noun = None, False, start, end, None
    # left: "NATO member", "OPEC's members", "its members", "the bloc's members", "fellow OPEC member"
    k = start - 1
    while k >= sent.start and (doc[k].pos_ in {"ADJ", "NUM"} or doc[k].lower_ in c["gap_words"] and doc[k].pos_ in {
            "VERB", "NOUN"} or _hyphenated(doc, k)) and doc[k].lower_ not in c["blockers"] and k not in d.at:
        k -= 1  # "founding" is tagged VBG; "its full-fledged members": a hyphenated modifier is one adjective
    if k >= sent.start:
        tok = doc[k]
        if tok.lower_ in _POSS and k - 1 >= sent.start:
            it = d.at.get(k - 1)
            if it is not None and it.kind == "organisation":
                org, left = it, it.start
            elif doc[k - 1].lower_ in c["anaphoric_org_nouns"]:
                anaphoric, left, noun = True, k - 1, doc[k - 1].lower_
        elif tok.lower_ in c["anaphoric_pronouns"]:
            anaphoric, left = True, k
        elif k in d.at and d.at[k].kind == "organisation":
            org, left = d.at[k], d.at[k].start
            if _negated_name(d, left):
                return None, left, right, False  # "non-BRICS member states" are the states outside it
    # right: "member of Y", "observer at the Y", "members of the bloc"
    if end < sent.end and doc[end].lower_ in c["org_preps"] and doc[end].tag_ != "TO" and not _time_prep(d, doc[end]):
        j = end + 1
        # ("an observer member of this organization": a demonstrative points back as the article does)
        while j < sent.end and doc[j].lower_ in ("the", "this", "that"):
            j += 1
        # "of the 15-nation community": the number and compound words before the anaphoric noun's head
        pobj = [p for p in doc[end].children if p.dep_ == "pobj"]
        # ("of the gas exporting body": a participle or noun-adverbial modifier is also a premodifier)
        if pobj and j < pobj[0].i and j not in d.at and pobj[0].lower_ in c["anaphoric_org_nouns"] and all(
                k not in d.at and (t.like_num or t.lower_ in {"-", "–"} or t.dep_ in {
                    "compound", "nummod", "amod", "npadvmod", "nmod"}) for k, t in zip(range(j, pobj[0].i), doc[j:pobj[0].i])):
            j = pobj[0].i
        named = d.at.get(pobj[0].i) if pobj and j < pobj[0].i else None
        if (named is not None and named.kind == "organisation" and j < named.start
                and all(named.start <= t.head.i < named.end or j <= t.head.i < named.start and t.dep_ != "conj"
                        for t in doc[j:named.start])):
            # "a member of the Russia-led CSTO": a premodifier of the body's name (the leader is read by
            # _led_claims) is no complement of its own
            j = named.start
        it = _acronym_of(d, d.at.get(j), sent)
        if it is not None and end < it.start <= j and it.kind == "organisation":
            if org is not None and org.entity_id != it.entity_id:
                return None, left, right, False
            org, right = it, it.end
        elif j < sent.end and doc[j].lower_ in c["anaphoric_org_nouns"] and j not in d.at:
            anaphoric, right, noun = True, j + 1, doc[j].lower_
        elif j < sent.end and doc[j].lower_ in c["gathering_nouns"] and doc[end].lower_ in {"at", "in"}:
            g = _gathering(d, doc[j])  # "member states at the meeting": the body whose meeting it is
            if not isinstance(g, _Item) or (org is not None and org.entity_id != g.entity_id):
                return None, left, right, False
            org, right = g, j + 1
        elif doc[end].lower_ == "to" and j in d.at and d.at[j].kind in _MEMBER_KINDS and _granted_cue(d, start):
            pass  # "granted observer status to Timor-Leste": the recipient (_granted), not the body
        elif doc[end].lower_ in {"of", "to", "within", "inside"} or org is None:
            return None, left, right, False  # an explicit complement that is no organisation
    if org is None:
        org = _subject_body(d, start)  # "The GECF … now has 14 members, including …"
    if org is None:
        # "non-permanent members", "permanent members": seats of a council (kb/membership.json seat_words)
        hint = next((c["seat_words"][t.lower_] for t in doc[max(sent.start, start - 3):start] if t.lower_ in c["seat_words"]),
                    None)
        org = d.antecedent(start, noun or hint, salience=True)  # "the other member states", "its members": most recent body
        if org is None:
            return None, left, right, False
    elif anaphoric or not org.member_bearing:
        return None, left, right, False  # "members of the Quds Force" are people, not states
    return org, left, right, True


def _acronym_of(d: _Doc, it: _Item | None, sent) -> _Item | None:
    """A name the KB does not know as a body, followed by its bracketed acronym that it does ("the Organisation
    Petroleum Exporting Countries (OPEC)"): news style spells a body out once with its acronym, so the acronym
    names the same body. Returns the acronym's item in the name's place (same start), else the item itself."""
    if it is None or it.kind != "organisation" or it.member_bearing and d.kb.listed(it.entity_id):
        return it
    j = it.end
    # ("the Association of South East Asian Nations (ASEAN)": the recognizer may cut a long name short; the
    # capitalised words left before the bracket are still the name's)
    while j < sent.end and j - it.end < 4 and d.doc[j].text != "(" and d.doc[j].is_title:
        j += 1
    if j + 2 < sent.end and d.doc[j].text == "(":
        acro = d.at.get(j + 1)
        # (the tokenizer may glue a colon to the bracket: "(ASEAN):")
        if acro is not None and acro.member_bearing and acro.end < sent.end and d.doc[acro.end].text in (")", "):"):
            return _Item(it.start, acro.end + 1, acro.entity_id, acro.kind, acro.country_id, acro.text, True)
    return it


def _time_prep(d: _Doc, prep) -> bool:
    """Whether a preposition only dates the cue ("the 38th member in 2021"): its object is a date."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in {"DATE", "TIME"} or p.like_num and len(p.text) == 4 for p in objs)


def _subject_body(d: _Doc, i: int) -> _Item | None:
    """The body that is the subject of "has / counts / comprises <cue>" ("The GECF now has 14 members")."""
    tok = d.doc[i]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in d.c["have_verbs"]:
        return None
    for s in _subjects(tok.head):
        it = d.at.get(s.i)
        if it is not None and it.member_bearing:
            return it
        if it is None and s.lower_ in d.c["anaphoric_org_nouns"]:
            return d.antecedent(s.i, s.lower_)
    return None


def _left_members(d: _Doc, sent, left: int, runs) -> list[_Item] | None:
    """The list of entities that is the subject/appositive head of a cue starting at `left`."""
    c, doc = d.c, d.doc
    ends = {run[-1].end: run for run in runs}
    j, verb, dets, continuing = left - 1, False, False, False
    while j >= sent.start:
        if (j + 1) in ends and j in d.at:
            run = ends[j + 1]
            gap = doc[j + 1:left]
            appos = len(gap) > 0 and (gap[0].lower_ == "," or gap[0].lower_ in _DASHES) and (
                dets or all(t.pos_ in {"ADJ", "NUM"} for t in gap[1:]))  # ", permanent members of", "— two members of"
            if appos and len(run) == 1 and any(t.pos_ == "NUM" for t in gap[1:]) and not any(
                    t.lower_ in {"one", "1"} for t in gap[1:]):  # ("Armenia, one of the six members of the CSTO")
                appos = False  # "hosted by Moldova, 27 EU member states, the UK …": a count is no apposition of one
            before = doc[sent.start:run[0].start]
            # sentence-initial, or after a fronted adverbial ("On January 1, 2024, A, B, C, became …")
            initial = len(run) > 1 and (all(t.lower_ == "the" for t in before) or (
                len(before) > 1 and before[-1].text == "," and not any(t.pos_ in {"VERB", "AUX"} for t in before)))
            if verb and len(gap) > 0 and gap[0].lower_ == "," and not dets and not initial and not any(
                    t.lower_ in {"who", "which", "that"} for t in gap):
                return None  # "…, after the United Nations, has 57 member states": the end of an apposition
            # (a sentence-initial list of two or more is the subject even with a stray comma: "A, B, and C, are")
            if _after_besides(d, sent, run):
                return None  # "Besides China, its members include …": an addition (_besides), not the subject
            if verb and _in_other_clause(doc, run, left):
                return None  # "The SCO, which comprises A and B, also has 16 observers": the relative clause's object
            return run if (verb or appos) else None
        t = doc[j]
        low = t.lower_
        clause = next((a for a in (t, *t.ancestors) if a.dep_ == "relcl"), None)
        if clause is not None and clause.left_edge.i > sent.start and clause.right_edge.i < left and (
                clause.head.i in d.at):
            j = clause.left_edge.i - 1  # "A and B, which joined in 2023, are also members": the clause is skipped
            continue
        if t.lemma_.lower() in c["continuation_verbs"] and t.pos_ in {"VERB", "AUX"}:
            continuing = True  # "A and B will continue to be members": a membership that holds (_irrealis)
            verb = verb or t.lemma_.lower() in c["copulas"]
            j -= 1
            continue
        if continuing and low in {"will", "'ll"} and t.tag_ == "MD":
            j -= 1
            continue
        if t.tag_ == "TO" and continuing is False and j + 1 < left and doc[j + 1].lemma_.lower() in c["copulas"] and \
                j - 1 >= sent.start and doc[j - 1].lemma_.lower() in c["continuation_verbs"]:
            j -= 1
            continue
        if low in c["blockers"] or low in c["modal_blockers"] and t.tag_ == "MD" and not (continuing and low in {"will", "'ll"}):
            return None
        if low == ")" and verb and j in ends and (run := ends[j]) and run[0].start - 2 >= sent.start and \
                doc[run[0].start - 1].text == "(" and doc[run[0].start - 2].tag_ in {"NNS", "NNPS"}:
            # "Four states (A, B, C and D) have observer status": a count noun whose members a bracket names
            return run
        if t.tag_ == "VBN" and j - 1 >= sent.start and doc[j - 1].lower_ in c["past_perfect_aux"] and \
                t.lemma_.lower() != "become":
            # "Belarus had been an observer since 2015", "had held observer status": a former status ("said it
            # had become a member" is reported speech's past of "has become": the change, which holds)
            return None
        if t.lemma_.lower() in c["copulas"] and t.pos_ in {"AUX", "VERB", "ADP"}:
            verb = True
        elif (t.tag_ == "VBN" or t.tag_ == "VBD" and not any(ch.dep_ == "dobj" for ch in t.children)) and t.lemma_.lower() in c.get("admission_verbs", ()):
            # ("was on Friday admitted": the small model may tag the participle after an adjunct as a past tense)
            pass  # "Belarus was officially accepted as a full member"
        elif low in c["appositive_dets"]:
            dets = True
        elif verb and low in c.get("member_pronouns", ()) and t.dep_ == "nsubj":
            # "Indonesia welcomed the announcement that it had become a full member of BRICS": the pronoun is
            # the enclosing clause's subject (Lappin & Leass 1994: subject salience), when that is a state
            speaker = _enclosing_state(d, t)
            return [speaker] if speaker is not None else None
        elif low in c["gap_words"] or low in {"which", "who", "that", ","} or low in _DASHES - {"-"} or t.pos_ in {
                "ADJ", "ADV", "NUM"}:
            pass  # (a dash opens an apposition as a comma does: "Ghana – a Commonwealth member –")
        elif t.ent_type_ in {"DATE", "TIME"} or (t.pos_ == "ADP" and j + 1 < left and doc[j + 1].ent_type_ in {"DATE", "TIME"}):
            pass  # "Iran on July 4 became a member": a date adjunct between the subject and the verb
        else:
            return None
        j -= 1
    return None


def _after_described(d: _Doc, sent, j: int) -> int | None:
    """The token after a dash or colon that closes a short description of a list ("as well as four central
    Asian countries - A, B"): a count, adjectives and a plural noun, then the names."""
    for k in range(j, min(sent.end, j + 7)):
        t = d.doc[k]
        if t.text in _DASHES or t.text == ":":
            return k + 1 if k > j and d.doc[k - 1].tag_ in {"NNS", "NNPS"} else None
        if not (t.pos_ in {"NUM", "ADJ", "NOUN"} or t.ent_type_ == "NORP"):
            return None
    return None


def _after_besides(d: _Doc, sent, run: list) -> bool:
    """Whether a list is the object of "besides / apart from / in addition to" (kb besides_words)."""
    start = run[0].start
    while start > sent.start and d.doc[start - 1].lower_ == "the":
        start -= 1
    return any(d.words_at(i, d.c["besides_words"], start) == start - i for i in range(max(sent.start, start - 4), start))


def _until_addition(d: _Doc, run: list) -> list:
    """A list the cue names right after it, up to an addition ("G7 members A and B, plus C": C is added to
    what the sentence lists, not one of the G7 members named)."""
    for k in range(1, len(run)):
        if any(t.lower_ in ("plus", "well") for t in d.doc[run[k - 1].end:run[k].start]):
            return run[:k]
    return run


def _enclosing_state(d: _Doc, pron) -> _Item | None:
    """The state that is the subject of the nearest clause enclosing a pronoun's own clause, if any."""
    for anc in pron.head.ancestors:
        if anc.pos_ not in {"VERB", "AUX"}:
            continue
        subj = [ch for ch in anc.children if ch.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            it = d.at.get(subj[0].i)
            return it if it is not None and it.kind == "country" else None
    return None


def _in_other_clause(doc, run, cue: int) -> bool:
    """Whether a list sits inside a relative clause that does not hold the cue token."""
    for anc in doc[run[0].start:run[0].end].root.ancestors:
        if anc.dep_ == "relcl":
            return not (anc.left_edge.i <= cue <= anc.right_edge.i)
    return False


def _right_members(d: _Doc, sent, right: int, runs, org_left: bool) -> list[_Item] | None:
    """The list after a cue: "members include A, B", "such as A and B", or "OPEC member Nigeria"."""
    c, doc = d.c, d.doc
    starts = {run[0].start: run for run in runs}
    if right in starts and (org_left or doc[right - 1].tag_ == "NNS" and all(
            x.kind == "country" or _capital_as_state(d, x).kind == "country" for x in starts[right])):
        # compound: "OPEC member Nigeria", "EU member states A and B"; with the body left implicit, states right
        # after a plural cue are an appositive naming the members ("joining current members A and B"), not
        # the head a numeric modifier qualifies ("the 193-member General Assembly")
        return _until_addition(d, starts[right])
    if right in starts and doc[right - 1].text == "):":
        return _until_addition(d, starts[right])  # "the 10 members of ASEAN (…): A, B": a glued bracket and colon
    if right + 1 < sent.end and doc[right].text == "(" and doc[right - 1].tag_ in {"NNS", "NNPS"} and (
            run := starts.get(right + 1)) and run[-1].end < sent.end and doc[run[-1].end].text == ")":
        return run  # "the SCO has three observers (A, B and C)": a bracket naming the members counted
    j = right
    while j < sent.end and doc[j].lower_ == ",":
        j += 1
    if j > right and j + 1 < sent.end and doc[j].pos_ == "ADV" and d.words_at(j + 1, c["include_connectors"], sent.end):
        j += 1  # "11 full members, now including A, B"
    if j > right and j in starts:
        # "the bloc's newest members, A and B, …": a list in apposition to the cue (the parser's appos)
        run = starts[j]
        root = doc[run[0].start:run[0].end].root
        closed = run[-1].end < sent.end and doc[run[-1].end].lower_ in {",", "—", "–", ")"}
        # (the parser often takes the first element for a conjunct of the cue: a comma closing the list tells an
        # apposition from a coordination "EU members, the US and Canada agreed")
        if right - 3 <= root.head.i < right and (root.dep_ == "appos" or root.dep_ == "conj" and closed):
            return run
    if j > right and j not in starts and (app := next((t for t in doc[right - 1].children if t.dep_ in ("appos", "acl")
                                                      and t.left_edge.i == j and t.i not in d.at), None)) is not None:
        # "Member states of the EAC, an organisation that aims to …, are A, B": a description in apposition to
        # the body sits between the cue and its list; so may a participle clause on the cue ("The IEA's full
        # members, drawn from the OECD, include A, B")
        k = app.right_edge.i + 1
        while k < sent.end and doc[k].lower_ == ",":
            k += 1
        if k < sent.end and d.words_at(k, c["include_connectors"], sent.end):
            j = k
    if j > right and j + 1 < sent.end and doc[j].lower_ in c.get("relative_connectors", ()):
        k = j + 1
        while k < sent.end and doc[k].is_space:
            k += 1  # (a hard-wrapped line)
        if d.words_at(k, c["include_connectors"], sent.end):
            j = k  # "there are 12 members of OPEC, which are A, B": a relative clause that names the members
    if j + 1 < sent.end and doc[j].lower_ in c["connector_adverbs"] and d.words_at(j + 1, c["include_connectors"], sent.end):
        j += 1  # "its member states now include A, B"
    if j == right and j in starts and doc[j - 1].text == "-" and doc[j - 1].whitespace_ and doc[j - 2].whitespace_ \
            and doc[j - 2].tag_ == "NNS":
        return _until_addition(d, starts[j])  # "has 11 members - A, B and C": a hyphen spaced as a dash
    n = d.words_at(j, c["include_connectors"], sent.end)
    if not n:
        return None
    j += n
    # ("its core members are: A, B": a colon after the connector announces the list)
    while j < sent.end and (doc[j].lower_ in {"the", ","} or doc[j].is_space
                            or doc[j].text == ":" and doc[j - 1].lemma_.lower() in c["copulas"]):
        j += 1
    if j not in starts and doc[j - 1].lemma_.lower() in c["copulas"]:
        # "its permanent members are 14 states, including A, B": a count of states, then the names it opens
        k = j
        while k < sent.end and doc[k].pos_ in {"NUM", "ADJ"}:
            k += 1
        if j < k < sent.end and doc[k].lower_ in c["state_nouns"]["nouns"]:
            k += 1
            while k < sent.end and doc[k].lower_ == ",":
                k += 1
            m = d.words_at(k, c["include_connectors"], sent.end)
            k += m
            while m and k < sent.end and doc[k].lower_ in {"the", ","}:
                k += 1
            return starts.get(k) if m else None
    return starts.get(j)


def _granted_cue(d: _Doc, start: int) -> bool:
    """Whether the cue at `start` heads the direct object of a verb of granting ("granted observer status")."""
    tok = d.doc[start]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in d.c["grant_verbs"]


def _granted(d: _Doc, start: int, left: int, runs) -> list[_Item] | None:
    """The recipient of "granted X observer status" / "gave X full membership": the indirect object of a verb
    of granting whose direct object is the cue (the parser often folds the recipient into the object NP)."""
    tok = d.doc[start]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    v = tok.head
    # ("Observer status has been granted to A and B": the status as the passive subject, the recipients after 'to')
    if tok.dep_ not in {"dobj", "nsubjpass"} or v.lemma_.lower() not in d.c["grant_verbs"] or _modal_or_negated(d, v):
        return None
    # ("X has been granted member status in Y": the passive subject is the recipient)
    out = [d.at[x.i] for ch in v.children if ch.dep_ in {"dative", "dobj", "nsubjpass"} and ch.i != tok.i
           for x in (ch, *ch.conjuncts) if x.i in d.at]
    # "agreed to grant observer status to Timor-Leste": the recipient in a 'to' phrase on the verb or the status
    out += [d.at[x.i] for h in (v, tok) for prep in h.children if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
            for p in prep.children if p.dep_ == "pobj" for x in (p, *p.conjuncts) if x.i in d.at]
    # "granted X an observer status" with X parsed as a modifier of the status noun
    out += [d.at[x.i] for x in tok.children if x.dep_ in {"nmod", "poss"} and x.i in d.at and d.at[x.i].kind == "country"]
    ends = {run[-1].end: run for run in runs}
    if not out and left in ends and all(x.kind == "country" for x in ends[left]):
        out = ends[left]  # "granted Timor-Leste observer status" parsed as one noun phrase
    return [m for m in out if m.kind in _MEMBER_KINDS] or None


def _besides(d: _Doc, sent, runs, lo: int, hi: int) -> list[_Item]:
    """Conjuncts of "besides / apart from / in addition to X and Y" in the cue's clause [lo, hi)."""
    c, doc = d.c, d.doc
    starts = {run[0].start: run for run in runs}
    out = []
    for i in range(sent.start, sent.end):
        n = d.words_at(i, c["besides_words"], sent.end)
        if not n:
            continue
        j = i + n
        while j < sent.end and doc[j].lower_ == "the":
            j += 1
        run = starts.get(j) or starts.get(_after_described(d, sent, j))
        if run is None:
            continue
        between = doc[min(hi, i):max(lo, run[-1].end)] if i >= hi else doc[run[-1].end:lo]
        if any(t.lower_ in c["clause_breakers"] for t in between):
            continue
        out.extend(run)
    return out


def _bounded_period(d: _Doc, k: int, sent) -> bool:
    """Whether a closed period of time follows a cue's phrase ('was an observer from 2006 to 2014', 'a member
    between 1995 and 2003'): a status that has ended (GUIDELINES: ended stances and previous status give
    nothing)."""
    doc = d.doc

    def when(t) -> bool:  # a date, or a year the recognizer left untagged
        return t.ent_type_ == "DATE" or (t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100)
    for i in range(k, min(sent.end - 3, k + 6)):
        t = doc[i]
        if t.pos_ in {"VERB", "AUX"}:
            return False
        if t.lower_ in {"from", "between"} and when(doc[i + 1]):
            for j in range(i + 2, min(sent.end - 1, i + 6)):
                if doc[j].lower_ in {"to", "until", "till", "through", "and", "-", "\u2013"} and when(doc[j + 1]):
                    return True
    return False


def _irrealis(d: _Doc, tok) -> bool:
    """Whether a cue hangs under a verb that makes it unreal: a modal, a negation, an infinitive ("to have
    Sweden as a full member") or a verb of wanting/asking ("seeks to become a member"). Modality and
    negation scope over their complements (FactBank, Saurí & Pustejovsky 2009)."""
    c = d.c
    head = tok.head if tok.dep_ == "compound" else tok
    if any(ch.dep_ == "amod" and ch.lower_ in c["prospective_markers"] for ch in head.children):
        return True  # "potential new members, including A": not members yet
    if any(ch.dep_ == "amod" and ch.lower_ in c["current_markers"] for ch in head.children):
        # "will join current members A and B": 'current' presupposes the membership whatever the verb's mood
        return False
    name = tok
    while name.dep_ == "compound" and name.head.i != name.i:  # "CARICOM member nation Haiti"
        name = name.head
    if tok.dep_ == "compound" and name.pos_ == "PROPN" and name.i in d.at:
        # "will send police to NATO member Greece": a title before a name describes it as an apposition does
        # ("Greece, a NATO member"), outside the clause's mood
        return False
    seen = 0
    definite = any(ch.dep_ in {"det", "poss"} and ch.lower_ != "a" and ch.lower_ != "an" for ch in head.children)
    while tok.head.i != tok.i and seen < 12:
        if tok.dep_ == "compound" and not seen:
            tok = tok.head  # "a member state": the cue's head noun
        if definite and seen and tok.pos_ in {"NOUN", "PROPN"}:
            # "the summit will bring together the presidents of the member states of the OTS: A, B": a definite
            # description inside another noun phrase presupposes its content, and a presupposition survives the
            # modal above it (modals are 'holes', Karttunen 1973 'Presuppositions of compound sentences');
            # "A will be among the members" is no description but the clause's predicate, still blocked
            return False
        if tok.dep_ in {"nsubj", "nsubjpass"} or tok.dep_ == "appos" and not seen:
            # an apposition ("toward Armenia, a member state") asserts its own fact, outside the clause's negation
            return False  # "the permanent members can veto": the modal scopes over the predicate only
        tok, seen = tok.head, seen + 1
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.lemma_.lower() in c["aspiration_heads"]:
            return True
        # "A and B will continue to be members": a continuation states that the membership holds now (the
        # future of 'continue'/'remain' presupposes the present state; Karttunen 1971 on aspectual verbs)
        continuing = tok.lemma_.lower() in c["continuation_verbs"]
        for ch in tok.children:
            if ch.dep_ == "neg" or ch.dep_ in {"aux", "auxpass"} and (
                    ch.tag_ == "MD" and ch.lower_ in c["modal_blockers"] and not (continuing and ch.lower_ in {"will", "'ll"})
                    or ch.tag_ == "TO" and not _ceremony_purpose(d, tok) and not (
                        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in c["continuation_verbs"])):
                return True
        if tok.dep_ == "conj" and any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in tok.children):
            # "Rwanda is not part of the SADC, but the DRC is a member": a conjoined clause with a subject of its
            # own is outside the first clause's negation or modal (only a shared subject shares them)
            return False
    return False


def _ceremony_purpose(d: _Doc, v) -> bool:
    """'a ceremony to admit X as a full member': an infinitive naming what a ceremony does is as factual as
    the clause the ceremony stands in ('opened with a ceremony to admit X'; 'will hold a ceremony to admit X'
    is still blocked there, since the climb goes on to the governing verb)."""
    if v.dep_ in {"acl", "relcl"}:
        return v.head.lemma_.lower() in d.c["ceremony_nouns"]
    # the parser often hangs the infinitive on the verb ("opened with a ceremony to admit X"): the noun
    # right before "to" is then what the infinitive describes
    to = next((ch for ch in v.children if ch.dep_ == "aux" and ch.tag_ == "TO"), None)
    return v.dep_ in {"advcl", "xcomp"} and to is not None and to.i == v.i - 1 and to.i > v.sent.start \
        and d.doc[to.i - 1].lemma_.lower() in d.c["ceremony_nouns"]


def _participle_of_actor(d: _Doc, v) -> bool:
    """'Modi, attending the summit in Johannesburg, called for reform': an -ing participle modifying a person or
    country reports what it was doing as of its clause (Quirk et al. 1985, 17.31: non-finite postmodifiers are as
    factual as their matrix), unless that clause is modal or negated."""
    if v.dep_ not in {"acl", "advcl"} or v.tag_ != "VBG" or _own_modal_or_negated(d, v) or v.head.i not in d.at:
        return False
    if d.at[v.head.i].kind not in {"person", "country"}:
        return False
    main = v.head.head
    return main.pos_ in {"VERB", "AUX"} and not _modal_or_negated(d, main) and not _irrealis(d, main)


def _among_those(d: _Doc, v) -> bool:
    """'A and B are among those attending the summit': the participle on 'those' says what the copula's subjects
    do, as factual as that copula (as _participle_of_actor)."""
    if v.dep_ != "acl" or v.tag_ != "VBG" or v.head.lower_ not in d.c["plural_pronouns"] or not _among(v.head):
        return False
    cop = v.head.head.head
    return not _own_modal_or_negated(d, v) and not _modal_or_negated(d, cop) and not _irrealis(d, cop)


def _absolute_with(d: _Doc, v) -> bool:
    """'…, with Putin also taking part': an absolute 'with' clause on a factual clause reports a fact (Quirk et
    al. 1985, 15.56: verbless and -ing clauses after 'with' are circumstantial, as factual as their matrix)."""
    if v.dep_ != "pcomp" or v.tag_ != "VBG" or v.head.lower_ != "with" or _own_modal_or_negated(d, v):
        return False
    head = v.head.head
    return head.pos_ in {"VERB", "AUX"} and not _modal_or_negated(d, head) and not _irrealis(d, head)


def _with_participants(d: _Doc, v) -> tuple[_Item, list] | None:
    """'The EAEU is an economic bloc, with Russia, Armenia and Belarus participating', 'the bloc was founded in
    2015 with A and B participating': an absolute 'with' clause of taking part on a clause about a body of states
    names its members (Quirk et al. 1985, 15.56 on absolute 'with' clauses); (body, member tokens), else None.
    A gathering is read as attended by _attend_claims."""
    if (v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.lower_ != "with" or v.lemma_.lower() not in d.c["participation_verbs"]
            or _own_modal_or_negated(d, v)):
        return None
    holder = v.head.head
    if holder.pos_ in {"NOUN", "PROPN"} and holder.dep_ == "attr" and holder.head.lemma_.lower() in d.c["copulas"]:
        holder = holder.head  # "X is a bloc, with A and B participating"
    if holder.pos_ not in {"VERB", "AUX"} or _modal_or_negated(d, holder) or _irrealis(d, holder):
        return None
    bodies = [d.at[s_.i] for s_ in _subjects(holder) if s_.i in d.at]
    members = [x for ch in v.children if ch.dep_ == "nsubj" for x in (ch, *ch.conjuncts)]
    if len(bodies) != 1 or bodies[0].kind != "organisation" or not bodies[0].member_bearing or not members:
        return None
    return bodies[0], members


def _body_people_from_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Quad leaders from the United States, Japan, India and Australia met in Tokyo', 'ASEAN ministers from the
    nations of A and B': a body's own people (its leaders, ministers, delegates) who come from states are those
    states' representatives in it, so the states are its members (kb leader_nouns, delegation_nouns)."""
    c = d.c
    if "from" not in sent.lows:
        return
    people = set(c["leader_nouns"]) | set(c["delegation_nouns"])
    if people.isdisjoint(sent.lows):
        return
    for t in sent:
        if t.lower_ not in people or t.pos_ != "NOUN" or t.i in d.at:
            continue
        bodies = [d.at[ch.i] for ch in t.children if ch.dep_ in {"compound", "nmod"} and ch.i in d.at
                  and d.at[ch.i].kind == "organisation" and d.at[ch.i].member_bearing]
        if len(bodies) != 1 or t.head.pos_ not in {"VERB", "AUX"} or _modal_or_negated(d, t.head) or _irrealis(d, t):
            continue
        origins = [p for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "from"
                   for p in prep.children if p.dep_ == "pobj"]
        # ("from the Indo-Pacific nations of A, B and C": a noun for states with the list as its of-object)
        origins = [q for p in origins for q in ([p] if p.i in d.at else [
            x for prep in p.children if prep.dep_ == "prep" and prep.lower_ == "of" for x in prep.children
            if x.dep_ == "pobj"] if p.lower_ in c["state_nouns"]["nouns"] else [])]
        toks = [x for p in origins for x in (p, *p.conjuncts)]
        yield from _subject_records(d, toks, bodies[0], "member", t.text, sent)


def _with_participants_claims(d: _Doc, sent) -> Iterator[dict]:
    """Members named by an absolute 'with … participating' clause on a body (_with_participants)."""
    if sent.lemmas.isdisjoint(d.c["participation_verbs"]):
        return
    for v in sent:
        found = _with_participants(d, v)
        if found is not None:
            yield from _subject_records(d, found[1], found[0], "member", v.text, sent)


def _fulfilled_purpose(d: _Doc, v) -> bool:
    """'A joined the leaders of B to attend the summit', 'flew to Astana to attend it': a purpose infinitive of a
    verb of arriving or accompanying is reported as done when that verb is (news usage; the purpose is the
    event the travel is reported for). Only for attendance, never for joining a body."""
    if v.dep_ not in {"advcl", "xcomp"} or not any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in v.children):
        return False
    if _own_modal_or_negated(d, v) and not all(ch.tag_ == "TO" for ch in v.children
                                                if ch.dep_ in {"aux", "auxpass"} or ch.dep_ == "neg"):
        return False
    head = v.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in d.c["purpose_travel_verbs"] or head.tag_ in {"VB", "VBG"}:
        return False
    return not _modal_or_negated(d, head) and not _irrealis(d, head)


def _cue_claims(d: _Doc, sent) -> Iterator[dict]:
    spans = list(_cue_spans(d, sent))
    if not spans:
        return  # (most sentences have no cue word: the lists are not worth building for them)
    runs = _lists(d, sent)
    for start, end, role in spans:
        org, left, right, ok = _org_of_cue(d, start, end, sent)
        if not ok or _blocked(d, d.doc[left:start]) or _irrealis(d, d.doc[start]) or _bounded_period(d, right, sent):
            continue
        org_left = left < start and org is not None and org.start == left
        members = _left_members(d, sent, left, runs)
        if members is not None and all(m.entity_id == org.entity_id for m in members):
            members = None  # "The OAS has 35 members, including …": the body is the subject, not a member
        named_after = False
        if members is None:
            members = _right_members(d, sent, right, runs, org_left)
            named_after = bool(members) and members[0].start == right  # "G7 members A and B"
        if members is None:
            members = _granted(d, start, left, runs)
        if members is None:
            members = _coordinated_predicate(d, start, end)
        if not members:
            continue
        if any(m.start == org.start for m in members):
            # "The EU and the AU, which joined in 2023, are also members": the body meant is named before the list
            org = d.antecedent(members[0].start, salience=True)
            if org is None:
                continue
        lo, hi = min(members[0].start, left), max(members[-1].end, right)
        # "comprises fellow G7 members A and B, plus C, alongside D": after a list the cue names as its compound
        # head, an addition is outside the cue's phrase (C and D are members of what comprises them, not the G7);
        # "its members include A and B, as well as C" adds C to the members.
        members = members + [m for m in _besides(d, sent, runs, lo, hi) if not (named_after and m.start >= hi)]
        trigger = d.doc[start:end].text
        orgs = [org, *(_coordinated_orgs(d, sent, org) if right == org.end and right > end else ())]
        for m in members:
            m = _capital_as_state(d, m)  # "NATO members Ankara and Washington", "Beijing, a founding member of"
            for body in orgs:
                if m.kind in {"country", "organisation"} and m.entity_id != body.entity_id and not _excluded(d, m):
                    yield _record(m, body, role, trigger, sent)


def _coordinated_orgs(d: _Doc, sent, org: _Item) -> list[_Item]:
    """'a member of the WTO and APEC', 'members of NATO, the EU and the G7': bodies coordinated with the one a
    cue's complement names share the cue (coordinated complements of one preposition, Huddleston & Pullum 2002,
    ch. 15); the run stops at anything that is not a body ('a member of NATO and Sweden's ally')."""
    doc, out, j = d.doc, [], org.end
    while j < sent.end and doc[j].lower_ in {",", "and"}:
        k = j + 1
        while k < sent.end and doc[k].lower_ in {"and", "the"}:
            k += 1
        it = _acronym_of(d, d.at.get(k), sent)
        if it is None or it.start != k or it.kind != "organisation" or not it.member_bearing:
            break
        if it.end < sent.end and doc[it.end].lower_ in ("'s", "’s"):
            break  # "a member of NATO and the EU's ally"
        out.append(it)
        j = it.end
    return out


def _coordinated_predicate(d: _Doc, start: int, end: int) -> list[_Item] | None:
    """'A and B are close partners of C and members of the SCO': a cue noun coordinated with the predicate
    nominal of a copula shares its subject (coordinated predicative complements, Huddleston & Pullum 2002,
    ch. 15), which the leftward scan cannot reach past the first conjunct."""
    for t in d.doc[start:end]:
        if t.dep_ != "conj" or t.pos_ != "NOUN":
            continue
        first = t.head
        while first.dep_ == "conj":
            first = first.head
        cop = first.head
        if first.dep_ != "attr" or cop.lemma_.lower() not in d.c["copulas"] or _own_modal_or_negated(d, cop):
            return None
        items = []
        for tok in _with_runs(d, _subjects(cop), _MEMBER_KINDS):
            it = d.at.get(tok.i)
            if it is not None and it.kind in _MEMBER_KINDS and it not in items:
                items.append(it)
        return sorted(items, key=lambda it: it.start) or None
    return None


# --- membership: "X joined Y" ----------------------------------------------------------------------

_RELATIVE = {"who", "which", "that"}
_AS_WELL_AS = frozenset({"as well as"})
_MEMBER_KINDS = ("country", "organisation")


def _subjects(tok, depth: int = 0) -> list:
    out = []
    for ch in tok.children:
        if ch.dep_ in {"nsubj", "nsubjpass"}:
            if ch.lower_ in _RELATIVE and tok.dep_ == "relcl":
                # "Tokayev, who hosted the summit": the relative pronoun's antecedent, with the conjuncts before
                # the clause ("A and B, which are members, and C": C comes after the clause and is not described)
                rel = ch
                ch = tok.head
                if ch.dep_ == "attr" and ch.head.lemma_ == "be" and (held := _copula_subjects(ch.head)):
                    out.extend(held)  # "Putin is the only leader who joined the summit": the copula's subject
                    continue
                out.extend(x for x in (ch, *ch.conjuncts) if x.i < rel.i)
                continue
            out.extend([ch, *ch.conjuncts])
    if not out and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and depth < 4:
        # "SADC was founded in 1992 and currently includes A, B": coordinated predicates share the first one's
        # subject (Huddleston & Pullum 2002, ch. 15 on coordination of verb phrases)
        out = _subjects(tok.head, depth + 1)
    return out


def _copula_subjects(be) -> list:
    """The subject of a copula, with its conjuncts."""
    return [x for ch in be.children if ch.dep_ == "nsubj" and ch.lower_ not in _RELATIVE for x in (ch, *ch.conjuncts)]


def _among(tok) -> list:
    """Subjects of "A, B and C were among the leaders <noun = tok>" (or [] if tok is no such noun)."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
        return []
    return _copula_subjects(prep.head)


def _agents(tok) -> list:
    """The "by" agents of a passive verb and their conjuncts ("was attended by A and B")."""
    return [x for ch in tok.children if ch.dep_ == "agent" for p in ch.children if p.dep_ == "pobj"
            for x in (p, *p.conjuncts)]


def _modal_or_negated(d: _Doc, v) -> bool:
    c = d.c
    if v.dep_ in {"relcl", "acl"} and (v.tag_ == "VBN" or any(
            ch.dep_ in {"nsubj", "nsubjpass", "dobj"} and ch.lower_ in _RELATIVE for ch in v.children)):
        # "Tokayev, who hosted the summit", "the summit, attended by …": a relative clause states a fact
        return _own_modal_or_negated(d, v)
    if (v.dep_ == "xcomp" and v.head.lemma_.lower() in c["decision_verbs"] and v.head.pos_ == "VERB"
            and not any(ch.dep_ == "neg" or ch.lower_ in c["blockers"] for ch in v.children)):
        # "the League agreed to reinstate Syria", "members voted to admit X": a collective decision taken is
        # reported as done (the body's act), unless the decision itself is modal or negated
        return _modal_or_negated(d, v.head)
    for ch in v.children:
        if ch.dep_ == "neg" or ch.lower_ in c["blockers"]:
            return True
        if ch.dep_ in {"aux", "auxpass"} and ch.lower_ in c["modal_blockers"]:
            return True
    if v.dep_ == "advcl" and v.tag_ in {"VBD", "VBN", "VBG"} and v.head.i != v.i and (
            any(ch.dep_ == "mark" and ch.lower_ in c["factual_marks"] for ch in v.children) and v.tag_ != "VBG"
            or v.tag_ == "VBG" and v.i < v.head.i and not any(ch.dep_ == "mark" for ch in v.children)):
        # "after Belarus joined", "Addressing the summit, Morales said": the clause is presupposed, so it
        # is as factual as the main clause
        return _modal_or_negated(d, v.head)
    if v.dep_ in {"xcomp", "pcomp", "amod", "acl", "relcl", "advcl", "csubj"}:
        return True
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in c["denial_verbs"]:
        return True  # "officials denied that Kenya had joined": a denied complement is no fact (FactBank)
    return v.dep_ == "conj" and _modal_or_negated(d, v.head)


def _own_modal_or_negated(d: _Doc, v) -> bool:
    """Negation or a modal on the verb itself (not inherited from the clause it hangs on)."""
    return any(ch.dep_ == "neg" or ch.lower_ in d.c["blockers"] or ch.dep_ in {"aux", "auxpass"}
               and ch.lower_ in d.c["modal_blockers"] for ch in v.children)


def _after_ok(d: _Doc, end: int, sent) -> str | None:
    """Role implied by what follows "joined Y" ("as an observer"), None if it is no accession."""
    c, doc = d.c, d.doc
    if end + 2 < sent.end and doc[end].text == "(":  # "joined the Gas Exporting Countries Forum (GECF) as …"
        close = next((k for k in range(end + 1, min(end + 8, sent.end)) if doc[k].text == ")"), None)
        end = close + 1 if close is not None else end
    if end >= sent.end:
        return "member"
    nxt = doc[end]
    if nxt.lower_ == "as":
        for t in doc[end + 1:min(end + 6, sent.end)]:
            if t.lower_ in c["as_roles"]:
                return c["as_roles"][t.lower_]
        return None
    if nxt.lower_ in c["join_bad_followers"]:
        after = doc[end + 1] if end + 1 < sent.end else None
        if after is not None and (after.ent_type_ == "DATE" or after.like_num):
            return "member"
        if nxt.dep_ == "prep" and any(p.dep_ == "pobj" and (p.lemma_.lower() in c["join_manner_nouns"] or p.lower_ in c["join_manner_nouns"])
                                      for p in nxt.children):
            return "member"  # "joined the bloc on equal terms", "with full rights"
        if nxt.lower_ in {"on", "in", "at"} and nxt.dep_ == "prep" and any(
                p.dep_ == "pobj" and (p.ent_type_ in {"DATE", "TIME"} or p.lemma_.lower() in c["date_nouns"])
                for p in nxt.children):
            return "member"  # "joined the bloc on the same day", "in the same year": when, not an act joined
        # (the gathering noun may sit anywhere in a long name the parser splits: "at the Commonwealth Heads of
        # Government Meeting (CHOGM)")
        if nxt.lower_ in {"in", "at"} and any(p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC", "FAC"} for p in nxt.children) or (
                nxt.lower_ == "at" and any(t.lemma_.lower() in c["gathering_nouns"] or t.lower_ in c["gathering_nouns"]
                                           for t in doc[end + 1:min(end + 9, sent.end)])):
            return "member"  # "admitted to the Commonwealth in Kigali / at the summit": where, not an act joined
        return None
    return "member"


def _join_claims(d: _Doc, sent) -> Iterator[dict]:
    c = d.c
    if not sent.has(c["join_verbs"]):
        return
    for v in sent:
        lemma = c["verb_forms"].get(v.lower_, v.lemma_.lower())  # the model mis-lemmatises rare verbs
        if v.pos_ != "VERB" or lemma not in c["join_verbs"]:
            continue
        if _modal_or_negated(d, v):
            if _supplementive(d, v):  # "Somalia joined the EAC on Friday, joining Kenya and Uganda"
                yield from _companion_claims(d, sent, v, [ch for ch in v.children if ch.dep_ == "dobj"])
            elif (lemma == "join" and not any(ch.dep_ == "neg" or ch.lower_ in c["blockers"] for ch in v.children)
                  and any(ch.dep_ == "aux" and ch.lower_ in {"will", "shall"} for ch in v.children)
                  and any(ch.dep_ == "prep" and ch.lower_ == "as" for ch in v.children)):
                # "The new members will join Ecuador and Japan as non-permanent members of the Council": those
                # joined are members now, whatever the joiner's own accession still waits for (a scheduled
                # accession only, with the role named: "Sweden could join Finland in NATO" may be two applicants)
                yield from _companion_claims(d, sent, v, [ch for ch in v.children if ch.dep_ == "dobj"],
                                             companions_only=True)
            continue
        objs = _join_objects(v, lemma, c)
        yield from _companion_claims(d, sent, v, objs)
        # "Croatia joined NATO and the EU": bodies coordinated with the object are joined too; what follows the
        # last of them says whether it is an accession
        bodies = [x for o in objs for x in (o, *o.conjuncts) if x.i in d.at and d.at[x.i].kind == "organisation"
                  and d.at[x.i].member_bearing]
        last = None
        if len(bodies) > 1:
            objs = objs + [x for x in bodies if x not in objs]
            last = max((f[1] for x in bodies if (f := _object_body(d, x)) is not None), default=None)
        for o in objs:
            relative = o.lower_ in _RELATIVE and v.dep_ == "relcl" and o.dep_ == "dobj"
            if relative:
                o = v.head  # "Mercosur, which Venezuela joined in 2012": the relative pronoun's antecedent
            as_role = _as_member_of(d, o) if lemma in {"admit", "readmit"} and o.head.lower_ == "as" else None
            if as_role is not None:  # "was admitted as a full member of BRICS"
                org, role = as_role
                if org.member_bearing and not _own_modal_or_negated(d, v):
                    for s in _subjects(v):
                        m = d.at.get(s.i)
                        if m is not None and m.kind in {"country", "organisation"} and m.entity_id != org.entity_id:
                            yield _record(m, org, role, v.text, sent)
                continue
            found = _object_body(d, o)
            if found is None:
                continue
            org, end = found
            role = _after_ok(d, v.i + 1 if relative else (last if last is not None and o in bodies else end), sent)
            if org is None or role is None or not org.member_bearing:
                continue
            elected = [x for ch in v.children if ch.dep_ == "dobj" for x in (ch, *ch.conjuncts)] \
                if lemma in c["elector_join_verbs"] and not any(ch.dep_ == "auxpass" for ch in v.children) else []
            if elected:
                # "The General Assembly elected Denmark and Greece to the Council": the elector is no member, the
                # ones elected are ("elected 18 countries, including the US": the ones a plural noun lists)
                elected += [x for e in elected if e.i not in d.at for x in _listed_states(d, e)]
                yield from _subject_records(d, _with_runs(d, elected, _MEMBER_KINDS), org, role, v.text, sent)
                continue
            for s in _subjects(v):
                m = d.at.get(s.i)
                listed = _listed_states(d, s) if m is None else []
                if listed:
                    # "four countries, Iran, Egypt, Ethiopia and the UAE, joined the organisation"
                    yield from _subject_records(d, listed, org, role, v.text, sent)
                    continue
                if m is None and s.lower_ == "they":
                    # "Egypt and Ethiopia applied in 2023. They joined BRICS in January.": the coordination of states
                    # a plural pronoun takes up (as for founders and for joining forces)
                    yield from _subject_records(d, [d.doc[x.start:x.end].root for x in _plural_subject_antecedent(d, sent)],
                                                org, role, v.text, sent)
                    continue
                m = _capital_as_state(d, m) if m is not None else _pronoun_state(d, sent, s)
                if m is not None and m.kind in {"country", "organisation"} and m.entity_id != org.entity_id:
                    yield _record(m, org, role, v.text, sent)
            if role == "member":
                for m in _gapped_members(d, sent, v):
                    yield _record(m, org, role, v.text, sent)
                # "X joined Y alongside A and B": A and B are members too, whether they joined with X or before
                lo, hi = min([v.i] + [s.i for s in _subjects(v)]), max(end, v.i + 1)
                for m in _besides(d, sent, _lists(d, sent), lo, hi) + _followed(d, sent, hi):
                    m = _capital_as_state(d, m)
                    if m.kind == "country" and m.start >= hi:
                        yield _record(m, org, role, v.text, sent)


def _joined_as_claims(d: _Doc, sent) -> Iterator[dict]:
    """"Turkmenistan joined as an observer member to the Organization", "Bolivia joined as a full member of
    Mercosur": a join with no object whose as-phrase names the role, the body named in it or after 'to'."""
    c = d.c
    if "join" not in sent.lemmas or "as" not in sent.lows:
        return
    for v in sent:
        if v.pos_ != "VERB" or c["verb_forms"].get(v.lower_, v.lemma_.lower()) != "join" or _modal_or_negated(d, v):
            continue
        if any(ch.dep_ in {"dobj", "attr"} for ch in v.children):
            continue  # "joined the bloc as an observer" is read by _join_claims
        for ch, p in ((ch, p) for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "as" for p in ch.children
                      if p.dep_ == "pobj"):
            words = {x.lower_ for x in ch.subtree}  # (the whole phrase: "as a non-member" may parse as three objects)
            if not words & set(c["as_roles"]) or words & c["blockers"]:
                continue
            found = _as_member_of(d, p)
            if found is not None and d.kb.entity(found[0].entity_id) is None and found[0].end - found[0].start == 1:
                found = None  # "to the Community": a capitalised common noun, taken up below as the body before
            if found is not None:
                org, role = found
            else:
                role = "observer" if words & set(c["observer_nouns"]) else "member"
                org = None
                for o in (o for h in (v, p) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in {"to", "of"}
                          for o in ch.children if o.dep_ == "pobj"):
                    it = d.at.get(o.i)
                    if it is not None and d.kb.entity(it.entity_id) is not None:
                        org = it
                    elif o.lower_ in c["anaphoric_org_nouns"] and any(x.lower_ == "the" for x in o.children) and (
                            it is None or it.end - it.start == 1):
                        org = d.antecedent(o.i, o.lower_)  # "to the Organization" (capitalised, tagged as a name)
            if org is None or not org.member_bearing:
                continue
            yield from _subject_records(d, _subjects(v), org, role, v.text, sent)


def _listed_states(d: _Doc, noun) -> list:
    """The states a plural noun for states lists in apposition ("four countries, Iran, Egypt and Ethiopia"), with
    the list's other items the parser dropped; none for any other noun, or one with a blocker ("former states")."""
    c = d.c
    if noun.lower_ not in c["state_nouns"]["nouns"] or noun.tag_ != "NNS" or any(
            ch.lower_ in c["state_nouns"]["blockers"] or ch.lower_ in c["blockers"] for ch in noun.children):
        return []
    apps = [ap for ap in noun.children if ap.dep_ == "appos" and ap.i in d.at and d.at[ap.i].kind == "country"]
    # ("countries including A, B and C joined", "several countries, such as A and B": the ones it names)
    apps += [p for prep in noun.children if prep.dep_ == "prep" and (
        prep.lower_ in c["including_words"] and prep.lower_ != "from"
        or prep.lower_ == "as" and any(g.lower_ == "such" for g in prep.children))
        for p in prep.children if p.dep_ == "pobj" and p.i in d.at and d.at[p.i].kind == "country"]
    return _with_runs(d, [x for ap in apps for x in (ap, *ap.conjuncts)], ("country",)) if apps else []


def _pronoun_state(d: _Doc, sent, tok) -> _Item | None:
    """The state an 'it' subject stands for ('Kiribati left the forum in July. It rejoined the bloc in February'):
    the one state named in this sentence before it or, if none, in the sentence before, not counting modifiers
    (precision first, as relations._antecedent: two candidate states give nothing)."""
    if tok.lower_ != "it":
        return None
    doc = d.doc
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    for lo, hi in ((sent.start, tok.i), (prev.start, prev.end) if prev is not None else (0, 0)):
        found = {}
        for it in d.items:
            if lo <= it.start and it.end <= hi and it.kind == "country":
                root = doc[it.start:it.end].root
                if root.dep_ in {"compound", "amod"} and root.head.i >= it.end:
                    continue  # "Fijian officials", "the Kiribati government": a modifier, not a mention of the state
                found.setdefault(it.entity_id, it)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _object_body(d: _Doc, o) -> tuple[_Item | None, int] | None:
    """The body an accession verb's object names: an organisation's name, or a definite anaphoric noun taken up
    from before ("joined the bloc"; head match, Lee et al. 2013), with the token after the object; None for
    any other object (the antecedent may be None when no body was named)."""
    it = d.at.get(o.i)
    if it is not None and it.kind == "organisation":
        return it, it.end
    c = d.c
    if o.lower_ in c["anaphoric_org_nouns"] and o.lower_ not in c["gathering_nouns"] and o.i not in d.at \
            and any(ch.lower_ == "the" for ch in o.children):
        return d.antecedent(o.i, o.lower_), o.i + 1
    return None


def _join_objects(v, lemma: str, c: dict) -> list:
    """What an accession verb takes in: its direct object, or the object of its own prepositions ("acceded to
    the WTO", "admitted into ASEAN": kb join_preps)."""
    preps = c["join_preps"].get(lemma)
    if preps is None:  # ("Somalia joins Burundi, Kenya …": the small model may tag the object attr)
        # (or, after a parenthesis between dashes, a bare noun phrase: a state name right after the verb)
        return [ch for ch in v.children if ch.dep_ in {"dobj", "attr"} or ch.dep_ == "npadvmod" and ch.i == v.i + 1
                and ch.pos_ == "PROPN"]
    objs = [g for ch in v.children if ch.dep_ == "prep" and ch.lower_ in preps for g in ch.children if g.dep_ == "pobj"]
    serve = c.get("elected_to_serve")
    if serve and lemma in c["elector_join_verbs"]:
        # "elected A to serve as members of the Council", "elected A to a three-year term on the Council"
        # (the parser may hang the purpose clause on the last object: "elected A, B and 12 other countries to serve")
        hosts = [v, *(x for o in v.children if o.dep_ == "dobj" for x in (o, *o.conjuncts))]
        held = [g for h in hosts for x in h.children if x.dep_ in {"xcomp", "advcl", "relcl", "acl"}
                and x.lemma_.lower() in serve["verbs"] and (h is v or any(a.lower_ == "to" for a in x.children))
                for ch in x.children if ch.dep_ == "prep" and ch.lower_ in serve["preps"]
                for g in ch.children if g.dep_ == "pobj"]
        held += [o for o in objs if o.lower_ in serve["term_nouns"]]
        objs = [o for o in objs if o.lower_ not in serve["term_nouns"]]
        for g in held:
            inner = [p for ch in g.children if ch.dep_ == "prep" and ch.lower_ in serve["term_preps"]
                     for p in ch.children if p.dep_ == "pobj"]
            objs += inner if g.lower_ in serve["member_nouns"] + serve["term_nouns"] else [g]
    return objs


def _subject_records(d: _Doc, toks, org: _Item, role: str, trigger: str, sent,
                     kinds=("country",)) -> Iterator[dict]:
    """Records of the items among toks (a capital standing for its state) as `role` of org, never org itself."""
    for x in toks:
        m = d.at.get(x.i)
        m = _capital_as_state(d, m) if m is not None else None
        if m is not None and m.kind in kinds and m.entity_id != org.entity_id:
            yield _record(m, org, role, trigger, sent)


def _followed(d: _Doc, sent, hi: int) -> list[_Item]:
    """"joined the Commonwealth in 2022, following Rwanda and Mozambique": states an accession follows joined
    before it (kb/membership.json join_follow_words). Only a list of states that closes the clause (then ".",
    ",", ";" or "in <year>"): "following Turkey's approval" or "following Russia's invasion" name events."""
    doc, out = d.doc, []
    runs = {run[0].start: run for run in _lists(d, sent)}
    for i in range(hi, sent.end):
        n = d.words_at(i, d.c["join_follow_words"], sent.end)
        if not n:
            continue
        j = i + n
        while j < sent.end and doc[j].lower_ == "the":
            j += 1
        run = runs.get(j)
        if run is None or not all(x.kind == "country" or _capital_as_state(d, x).kind == "country" for x in run):
            continue
        k = run[-1].end
        nxt = doc[k] if k < sent.end else None
        relative = nxt is not None and nxt.text == "," and k + 1 < sent.end and doc[k + 1].lower_ in _RELATIVE
        if nxt is None or nxt.text in {".", ",", ";"} and not relative or nxt.lower_ == "in" and k + 1 < sent.end and (
                doc[k + 1].ent_type_ == "DATE" or doc[k + 1].like_num):
            out.extend(run)
    return out


def _supplementive(d: _Doc, v) -> bool:
    """'X joined Y on Friday, joining A and B': an -ing clause after a factual join clause, sharing its subject,
    is as factual as that clause (Quirk et al. 1985, 15.60: supplementive clauses)."""
    head = v.head
    return v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > head.i and not _own_modal_or_negated(d, v) \
        and head.pos_ == "VERB" and d.c["verb_forms"].get(head.lower_, head.lemma_.lower()) in d.c["join_verbs"] \
        and not _modal_or_negated(d, head) and not _irrealis(d, head)


def _companion_claims(d: _Doc, sent, v, objs, companions_only: bool = False) -> Iterator[dict]:
    """Existing members as the object of a joining verb: "X joins A and B in the bloc", "X joined the ranks of A
    and B" (kb/membership.json companion_nouns): the states joined are members of the body named by the verb's
    "in" phrase (or, for "the ranks of", the body under discussion), and so is the subject."""
    c = d.c
    bodies = []
    # the parser hangs "in the bloc" on the verb or on the last object
    heads = [v] + [x for o in objs for x in (o, *o.conjuncts)]
    for ch in (ch for h in heads for ch in h.children):
        if ch.dep_ == "prep" and ch.lower_ in c["companion_preps"]:
            for p in ch.children:
                if p.dep_ != "pobj":
                    continue
                it = _acronym_of(d, d.at.get(p.i), sent)
                if it is not None and it.kind == "organisation" and it.member_bearing:
                    bodies.append(it)
                elif it is None and p.lower_ in c["anaphoric_org_nouns"] and p.lower_ not in c["gathering_nouns"] \
                        and any(x.lower_ in {"the", "this"} for x in p.children):
                    named = [d.at[x.i] for x in p.children if x.dep_ in {"compound", "nmod"} and x.i in d.at]
                    ante = named[0] if named and named[0].member_bearing else d.antecedent(p.i, p.lower_, salience=True)
                    if ante is not None:
                        bodies.append(ante)
    if not bodies:
        # "joins A and B as non-permanent members of the Council": the body the as-phrase names (a name, or "the
        # council" taken up from before)
        for p in (p for h in heads for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "as"
                  for p in ch.children if p.dep_ == "pobj"):
            found = _as_member_of(d, p)
            if found is not None and found[0].member_bearing:
                bodies.append(found[0])
            elif p.lower_ in c["member_nouns"]:
                bodies += [a for prep in p.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for o in prep.children if o.dep_ == "pobj" and o.i not in d.at
                           and o.lower_ in c["anaphoric_org_nouns"] and any(x.lower_ == "the" for x in o.children)
                           and (a := d.antecedent(o.i, o.lower_)) is not None and a.member_bearing]
    members = []
    for o in objs:
        if o.i in d.at:
            members += [d.at[x.i] for x in (o, *o.conjuncts) if x.i in d.at]
        elif o.lemma_.lower() in c["companion_nouns"] or o.lower_ in c["companion_nouns"]:
            # "joined the ranks of A, B and C"
            members += [d.at[x.i] for ch in o.children if ch.dep_ == "prep" and ch.lower_ == "of"
                        for p in ch.children if p.dep_ == "pobj" for x in (p, *p.conjuncts) if x.i in d.at]
            if not bodies:
                ante = d.antecedent(v.i, salience=True)
                bodies = [ante] if ante is not None else []
    if not bodies and _supplementive(d, v):
        # the body the main clause's subject joined: "joined the EAC on Friday, joining Kenya and Uganda"
        bodies = [d.at[p.i] for p in v.head.children if p.dep_ == "dobj" and p.i in d.at
                  and d.at[p.i].kind == "organisation" and d.at[p.i].member_bearing]
    members = [m for m in (_capital_as_state(d, m) for m in members) if m.kind == "country"]
    if (not bodies and members and v.tag_ != "VBG" and c["verb_forms"].get(v.lower_, v.lemma_.lower()) == "join"
            and not any(ch.dep_ in {"prep", "advcl", "xcomp", "pcomp"} and ch.lower_ != "as" for ch in v.children)
            and not _irrealis(d, v) and any(members[0] in r and len(r) >= 2 for r in _lists(d, sent))):
        # "Somalia joins Burundi, Kenya and Rwanda": two or more states joined with no other phrase are the members
        # of the body named last, at most four sentences back ('joins Kenya in condemning X', 'joined A and B for
        # talks' join an act)
        ante = d.antecedent(v.i, salience=True)
        if ante is not None and len(list(d.doc[ante.start:v.i].sents)) <= 4:
            bodies = [ante]
    if not bodies or not members:
        return
    if any(t.lemma_.lower() in c["aspiration_heads"] or t.lower_ in c["blockers"]
           for o in objs for x in (o, *o.conjuncts) for r in x.children if r.dep_ == "relcl" for t in r.subtree):
        return  # "joins Chile, Colombia and Costa Rica, who are also seeking full membership": fellow applicants
    for s in [] if companions_only else _subjects(v) or (_subjects(v.head) if _supplementive(d, v) else []):
        m = d.at.get(s.i)
        if m is not None:
            members.append(_capital_as_state(d, m))
    role = "member"
    # ("non-permanent members" name a council's seats, not non-members: kb seat_words)
    as_words = {t.lower_ for h in heads for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "as" for t in ch.subtree
                if not (t.lower_ == "non" and any(w.lower_ in c["seat_words"] for w in t.doc[t.i + 1:t.i + 3]))}
    if as_words:  # "joins A and B as observers": the role the "as" phrase names, none if it names no membership
        if not as_words & set(c["as_roles"]) or as_words & c["blockers"]:
            return
        role = "observer" if as_words & c["observer_nouns"] else "member"
    runs = _lists(d, sent)
    members += [x for m in list(members) for r in runs if m in r and len(r) > 1 for x in r if x not in members]
    for m in members:
        if m.kind == "country" and not _excluded(d, m):
            yield _record(m, bodies[0], role, v.text, sent)


def _as_member_of(d: _Doc, o) -> tuple[_Item, str] | None:
    """(body, role) of an "as" phrase naming a membership of a named body ("as a full member of BRICS",
    "as an observer state of the AU"), else None."""
    c = d.c
    words = {x.lower_ for x in o.subtree}
    if o.lower_ not in c["as_roles"] and not (words & set(c["as_roles"])):
        return None
    head = o if o.lower_ in c["as_roles"] else next((x for x in o.subtree if x.lower_ in c["as_roles"]), o)
    for ch in (*head.children, *o.children):
        if ch.dep_ == "prep" and ch.lower_ in c["org_preps"]:
            for p in ch.children:
                it = d.at.get(p.i)
                if p.dep_ == "pobj" and it is not None and it.kind == "organisation":
                    role = "observer" if words & set(c["observer_nouns"]) else c["as_roles"][head.lower_]
                    return it, role
    return None


def _gapped_members(d: _Doc, sent, v) -> list[_Item]:
    """Countries of a history list after an accession or founding verb, whose verb is gapped or a participle:
    "Brunei joined in 1984 and Vietnam in 1995, with Laos and Myanmar following in 1997" (Vietnam, Laos,
    Myanmar). Read on the surface: a run of countries after "and" / "," followed by "in <date>", or after
    "with" followed by "following" / "joining". Stops at clause punctuation or any other verb."""
    doc, out = d.doc, []
    runs = {run[0].start: run for run in _lists(d, sent) if all(x.kind == "country" for x in run)}
    i = v.i + 1
    while i < sent.end:
        t = doc[i]
        if t.lower_ in {";", ":", "(", ")", "—", "–", "who", "which"} or t.i not in d.at and (
                t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() not in {"follow", "join"}):
            break
        run = runs.get(i)
        if run is not None and i - 1 > v.i and doc[i - 1].lower_ in {"and", ",", "with"}:
            j = run[-1].end
            nxt = doc[j] if j < sent.end else None
            after = doc[j + 1] if j + 1 < sent.end else None
            dated = nxt is not None and nxt.lower_ == "in" and after is not None and (
                after.ent_type_ == "DATE" or after.like_num and len(after.text) == 4)
            verb = nxt is not None and doc[i - 1].lower_ == "with" and nxt.lemma_.lower() in {"follow", "join"} \
                and nxt.tag_ == "VBG"
            if dated or verb:
                out.extend(run)
            i = j
            continue
        i += 1
    return out


def _forces_claims(d: _Doc, sent) -> Iterator[dict]:
    """"A, B and C joined forces in an alliance called the X" / "… to form the X": founding members of X
    (kb/membership.json _forces)."""
    c = d.c
    if not sent.has(c["forces_verbs"]):
        return
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in c["forces_verbs"] or _modal_or_negated(d, v) or not any(
                ch.dep_ == "dobj" and ch.lower_ in c["forces_nouns"] for ch in v.children):
            continue
        heads = [p for ch in v.children if ch.dep_ == "prep" and ch.lower_ in c["forces_preps"]
                 for p in ch.children if p.dep_ == "pobj"]
        heads += [o for ch in v.children if ch.dep_ in {"advcl", "xcomp"} and ch.lemma_.lower() in c["forming_verbs"]
                  for o in ch.children if o.dep_ == "dobj"]
        orgs = [b for b in (_named_body(d, h) for h in heads) if b is not None and b.member_bearing]
        if not orgs:
            continue
        subj = _subjects(v) or (_subjects(v.head) if v.dep_ == "conj" else [])
        members: list[_Item] = []
        for s in subj:
            if s.lower_ in c["subject_pronouns"] and s.i not in d.at:
                members += _plural_subject_antecedent(d, sent)
            elif _count_of(d, s) is not None:  # "The three countries joined forces in …"
                members += _plural_subject_antecedent(d, sent, _count_of(d, s))
            elif s.i in d.at:
                run = next((r for r in _lists(d, sent) if any(x.start <= s.i < x.end for x in r)), [d.at[s.i]])
                members += run
        for m in members:
            if m.kind == "country" and m.entity_id != orgs[0].entity_id:
                yield _record(m, orgs[0], "member", v.text, sent)


def _part_of_claims(d: _Doc, sent) -> Iterator[dict]:
    """"the Quad, which we are part of, including Japan and India" / "NATO, of which Norway is a member along
    with Denmark": the relative clause's subject and its named companions are members (kb/membership.json
    _part_of)."""
    c = d.c
    for v in sent:
        if v.dep_ != "relcl" or v.lemma_.lower() != "be" or v.head.i not in d.at or _own_modal_or_negated(d, v):
            continue
        org = d.at[v.head.i]
        if org.kind != "organisation" or not org.member_bearing:
            continue
        part = next((ch for ch in v.children if ch.dep_ in {"attr", "acomp"} and ch.lower_ in c["part_nouns"]), None)
        # "of which X is a part" or a stranded "which X is part of" (the parser may leave "which" as dep)
        rel = [t for t in v.subtree if t.lower_ in _RELATIVE and t.i < v.i]
        if part is None or not rel or not (rel[0].head.lower_ == "of" or any(
                ch.dep_ == "prep" and ch.lower_ == "of" for ch in part.children)):
            continue
        members: list[_Item] = []
        for s in _subjects(v):
            if s.i in d.at and d.at[s.i].kind in _MEMBER_KINDS:
                members.append(d.at[s.i])
            elif s.lower_ in c["first_person"]:
                members += _quoted_speaker(d, sent, s)
        span = {t.i for t in v.subtree}
        for run in _lists(d, sent):
            first = run[0].start
            near = range(max(sent.start, first - 2), first)
            if first in span and any(d.doc[k].lower_ in c["companion_words"] for k in near):
                members += [x for x in run if x.kind == "country"]
        for m in members:
            if m.entity_id != org.entity_id:
                yield _record(m, org, "member", part.text, sent)


def _name_head(doc, item) -> int:
    """Index of a name's head word: the first of its words whose head lies outside it. The span's root would
    be the shallowest such word, which a postmodifier the parser hung on the verb can be ("belong to the
    Union | for the Mediterranean")."""
    return next((t.i for t in doc[item.start:item.end] if not item.start <= t.head.i < item.end), item.start)


def _belongs_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Mexico is part of the OAS', 'Mexico belongs to the OAS': a state predicated as part of, or belonging to,
    a body of states is a member (kb belong_verbs; the part_nouns after 'be'). Negated or modal clauses give
    nothing; 'part of the OAS delegation' names no body."""
    c = d.c

    def part_of(part) -> list:
        if part.lower_ != "part" or any(ch.dep_ == "det" for ch in part.children):
            return []
        return [p for ch in part.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children if p.dep_ == "pobj"]

    if "part" not in sent.lows and not sent.has(c.get("belong_verbs", ())):
        return
    ends = None
    for v in sent:
        lemma = v.lemma_.lower()
        subjects = None
        if v.lower_ == "part" and v.i > sent.start + 1 and not _modal_or_negated(d, v.head):
            # "its members include A and B, with C and D also part of the group": an absolute 'with' small clause
            # (Quirk et al. 1985 §15.53) predicates membership of its subject; the parser may make the subject
            # the preposition's object and 'part' a separate object, so the words are read as well
            k = v.i - 1
            while k > sent.start and d.doc[k].pos_ == "ADV":
                k -= 1
            ends = ends if ends is not None else {run[-1].end: run for run in _lists(d, sent)}
            run = ends.get(k + 1)
            if run is None or d.doc[run[0].start - 1].lower_ != "with":
                continue
            objs, subjects = part_of(v), [d.doc[x.start:x.end].root for x in run]
        elif v.pos_ not in {"VERB", "AUX"} or lemma != "be" and lemma not in c.get("belong_verbs", ()) \
                or _modal_or_negated(d, v):
            continue
        elif lemma in c.get("belong_verbs", ()):
            objs = [p for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "to" for p in ch.children if p.dep_ == "pobj"]
        elif lemma == "be":
            objs = [p for part in v.children if part.dep_ in {"attr", "acomp"} for p in part_of(part)]
        else:
            continue
        orgs = [d.at[o.i] for o in objs if o.i in d.at and d.at[o.i].kind == "organisation" and d.at[o.i].member_bearing
                and _name_head(d.doc, d.at[o.i]) == o.i]
        # "… are also part of the group": a definite description of a body taken up from before (_composed_body)
        orgs += [b for o in objs if o.i not in d.at and o.lower_ in c["composition_subject_nouns"]
                 for b in [_composed_body(d, o)] if b is not None]
        if orgs:
            if subjects is None and v.dep_ == "relcl":
                # "A and B, as well as C and D, which are part of X": a relative clause describes the coordination
                # it follows; the items before "as well as" are another set
                subjects = _with_runs(d, _subjects(v), _MEMBER_KINDS)
                cut = max((i for i in range(sent.start, v.i) if d.words_at(i, _AS_WELL_AS, v.i)), default=None)
                if cut is not None:
                    subjects = [t for t in subjects if t.i > cut]
            subjects = subjects if subjects is not None else _with_runs(d, _subjects(v), _MEMBER_KINDS)
            yield from _subject_records(d, subjects, orgs[0], "member", v.text, sent, _MEMBER_KINDS)


def _chaired_body(d: _Doc, tok) -> _Item | None:
    """The body of states a chair noun or chairing verb's object names: the token's own name, a relative
    pronoun's antecedent ('a forum which X chairs'), or the name a description is in apposition to ('the
    Arctic Council, a forum which X chairs')."""
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head
    it = d.at.get(tok.i)
    if it is None and tok.dep_ == "appos":
        it = d.at.get(tok.head.i)
    return it if it is not None and it.kind == "organisation" and it.member_bearing else None


def _chair_holders(d: _Doc, noun) -> list:
    """Who holds the chair a chair noun names: the one it is in apposition to ('Brunei, the current ASEAN
    chair'), the subject of a copula or of a verb of holding or taking ('X holds the rotating chairmanship of
    the EAC', 'Norway took over the chairmanship from Russia': the one it came from held it too), the
    possessor of the office ('Indonesia's chairmanship of ASEAN'), or the subject of 'as' ('hosting the summit
    as Mercosur's chair')."""
    c, head = d.c, noun.head
    out = [ch for ch in noun.children if ch.dep_ == "poss"]
    if noun.dep_ == "appos":
        out.append(head)
    elif noun.dep_ == "conj" and head.dep_ == "appos" and head.pos_ == "NOUN":
        out.append(head.head)  # "Ruto, Kenya's president and chairperson of the EAC": a coordinated apposition
    out += [ch for ch in noun.children if ch.dep_ == "appos"]
    if noun.dep_ in {"attr", "dobj"} and (head.lemma_.lower() in c["copulas"] or head.lemma_.lower() in c["chair_verbs"]):
        out += _subjects(head)
        if head.lemma_.lower() in c["chair_verbs"]:
            out += [p for ch in head.children if ch.dep_ == "prep" and ch.lower_ == "from" for p in ch.children
                    if p.dep_ == "pobj"]
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
        v = head.head
        between = [t for t in d.doc[v.i + 1:head.i] if t.i in d.at and d.at[t.i].kind in {"country", "person"}]
        if between:
            # "sent its application to Russia as the BRICS chair": the 'as' phrase describes the nearest state
            # named before it, not the subject (the attachment the parser gives is ambiguous)
            return out + [d.doc[d.at[between[-1].i].start:d.at[between[-1].i].end].root]
        if not (subj := _subjects(v)) and v.tag_ == "VBG" and v.dep_ in {"acl", "advcl"}:
            # "Peña, hosting the summit as Mercosur's chair": a participle clause's understood subject is the noun
            # it modifies or the main clause's subject (Quirk et al. 1985 §15.59)
            subj = [v.head] if v.dep_ == "acl" else _subjects(v.head)
        out += subj
    return out


def _chair_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Brunei, the current ASEAN chair', 'X holds the rotating presidency of the EU Council', 'the Arctic
    Council, a forum which Russia currently chairs': the state that chairs a body of states is one of its members
    (the chair of such a body rotates among its members; kb/membership.json _chair). Only states and persons
    whose country the text gives; negated verbs give nothing."""
    c = d.c
    if not sent.has(c["chair_nouns"]):
        return
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (lemma in c["chair_nouns"] or tok.lower_ in c["chair_nouns"]):
            bodies = [b for ch in tok.children if ch.dep_ in {"compound", "nmod", "poss"}
                      for b in [_chaired_body(d, ch)] if b is not None]
            bodies += [b for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj" for b in [_chaired_body(d, p)] if b is not None]
            if not bodies and tok.dep_ == "conj":
                # "president and chairperson of the EAC": the parser hangs the shared 'of' phrase on the first noun
                bodies = [b for prep in tok.head.children if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > tok.i
                          for p in prep.children if p.dep_ == "pobj" for b in [_chaired_body(d, p)] if b is not None]
            holders = [h for h in _chair_holders(d, tok) if not (h.i in d.at and _chaired_body(d, h) is not None)]
            verb = tok.head if tok.head.pos_ in {"VERB", "AUX"} else None
        elif tok.pos_ == "VERB" and lemma in c["chairing_verbs"]:
            bodies = [b for o in tok.children if o.dep_ == "dobj" for b in [_chaired_body(d, o)] if b is not None]
            bodies += [b for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "over"
                       for p in prep.children if p.dep_ == "pobj" for b in [_chaired_body(d, p)] if b is not None]
            holders, verb = _subjects(tok), tok
            if tok.dep_ == "relcl" and any(ch.lower_ in _RELATIVE for ch in tok.children if ch.dep_ == "nsubj"):
                # "Ruto, who chairs the EAC, and Mnangagwa": the relative clause is about its antecedent alone
                holders = [tok.head]
        else:
            continue
        if not bodies or (verb is not None and _own_modal_or_negated(d, verb)):
            continue
        for h in holders:
            # (subjects come with their conjuncts already; an appositive chair noun describes its one head —
            # "Ruto and Mnangagwa, the current SADC chair": Mnangagwa — unless it is plural, "the co-chairs")
            for x in (h, *(h.conjuncts if verb is not tok and tok.tag_ == "NNS" else ())):
                m = _country_of(d, x)
                if m is not None:
                    yield _record(m, bodies[0], "member", tok.text, sent)


def _named_group_claims(d: _Doc, sent) -> Iterator[dict]:
    """'India, the US, Australia and Japan, a group known as the Quad, …': a list of two or more states with a body
    noun in apposition that names a body (_named_body: 'known as', 'called', 'dubbed') lists that body's members."""
    runs = None
    for tok in sent:
        if tok.dep_ != "appos" or tok.lower_ not in d.c["body_nouns"] or tok.head.i not in d.at:
            continue
        body = _named_body(d, tok)
        if body is None or not body.member_bearing:
            continue
        runs = runs if runs is not None else _lists(d, sent)
        run = next((r for r in runs if any(x.start <= tok.head.i < x.end for x in r)), None)
        if run is None or len(run) < 2 or run[-1].end > tok.i:
            continue
        for m in (_capital_as_state(d, x) for x in run):
            if m.kind == "country" and m.entity_id != body.entity_id:
                yield _record(m, body, "member", tok.text, sent)


def _led_claims(d: _Doc, sent) -> Iterator[dict]:
    """'OPEC, led by Saudi Arabia, …', 'the Saudi-led OPEC', 'the US-led alliance' (a body named before): a state
    said to lead a body of states is one of its members (a leader is part of what it leads; Collins, lead 2)."""
    if "lead" not in sent.lemmas:
        return
    for v in sent:
        if v.lemma_.lower() != "lead" or v.tag_ != "VBN" or v.dep_ not in {"acl", "amod"} or v.head.i < v.i and v.dep_ == "amod":
            continue
        body_tok = v.head
        if any(ch.dep_ == "conj" for ch in body_tok.children) or body_tok.dep_ == "conj":
            continue  # "the organization and its allies, led by Russia": the leader of the coordination, not the body
        body = _composed_body(d, body_tok) if body_tok.i in d.at or body_tok.lower_ in d.c["composition_subject_nouns"] else None
        if body is None:
            continue
        if v.dep_ == "acl":
            leaders = [x for p in _agents(v) for x in (p, *p.conjuncts)]
        else:  # "the Saudi-led OPEC": the word before the hyphen
            leaders = [v.nbor(-2)] if v.i >= 2 and v.nbor(-1).text in {"-", "\u2010", "\u2011"} else []
        members = []
        for x in leaders:
            it = d.at.get(x.i)
            it = _capital_as_state(d, it) if it is not None else None
            if it is not None and (it.kind == "country" or it.kind == "demonym" and it.country_id):
                members.append(it)
        for m in members:
            member_id = m.entity_id if m.kind == "country" else m.country_id
            if member_id != body.entity_id:
                yield _record((member_id, m.text), body, "member", v.text, sent)


def _known_as_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Mali, Niger and Burkina Faso, collectively known as the Alliance of Sahel States': two or more states
    that a naming participle calls by a body's name are that body's members (a state is never itself named as
    a body, so the participle names the coordination; Quirk et al. 1985 §17.93 on appositive naming)."""
    c = d.c
    if not any(w in sent.lows for w in c["naming_words"]):
        return
    for v in sent:
        if v.lower_ not in c["naming_words"] or v.dep_ != "acl" or v.tag_ != "VBN" or _irrealis(d, v):
            continue
        first = v.head
        while first.dep_ == "conj":
            first = first.head
        states = [d.at[x.i] for x in (first, *first.conjuncts) if x.i in d.at and d.at[x.i].kind == "country"]
        bodies = [_acronym_of(d, d.at.get(p.i), sent) for prep in v.children if prep.dep_ == "prep" and prep.lower_ == "as"
                  for p in prep.children if p.dep_ == "pobj"]
        bodies = [b for b in bodies if b is not None and b.kind == "organisation" and b.member_bearing]
        if len(states) < 2 or len(bodies) != 1:
            continue
        for m in states:
            if m.entity_id != bodies[0].entity_id and not _excluded(d, m):
                yield _record(m, bodies[0], "member", f"{v.text} as", sent)


def _quoted_speaker(d: _Doc, sent, tok) -> list[_Item]:
    """The person a first-person pronoun inside a quotation stands for ("… we …," Biden said): the subject of
    the sentence's speech verb when it is a named person of a known country; [] otherwise."""
    quotes = [t.i for t in sent if t.text in {'"', "“", "”"}]
    if len(quotes) < 2 or not quotes[0] < tok.i < quotes[-1]:
        return _paragraph_quote_speaker(d, sent, tok)
    for v in sent:
        if v.lemma_.lower() in d.c["speaker_verbs"] and not (quotes[0] < v.i < quotes[-1]):
            for s in _subjects(v):
                it = d.at.get(s.i)
                if it is not None and it.kind == "person" and it.country_id:
                    return [it]
    return []


def _paragraph_quote_speaker(d: _Doc, sent, tok) -> list[_Item]:
    """The speaker of a quotation that fills its own paragraph after an attribution ('Biden told Albanese that
    the deal mattered.' then a paragraph '"… we …"'): news style attributes such a quote by the sentence just
    before it (AP Stylebook, 'quotations in the news'), so its speech verb's subject, when that is a named
    person of a known country; [] when the token is in no quotation, or the quote names its own speaker."""
    doc, text = d.doc, d.doc.text
    para = text.rfind("\n", 0, tok.idx) + 1
    before = text[para:tok.idx]
    opened = before.lstrip().startswith(("\"", "“")) and (before.count("\"") + before.count("“") - before.count("”")) % 2
    if not opened or sent.start == 0:
        return []
    end = text.find("\n", tok.idx)
    inside = doc.char_span(para, end if end != -1 else len(text), alignment_mode="expand")
    if inside is None or any(t.lemma_.lower() in d.c["speaker_verbs"] and t.pos_ == "VERB" for t in inside):
        return []  # '"…," Biden said': the quote names its speaker, read by _quoted_speaker
    k = inside.start - 1
    if k < 0:
        return []
    prev = doc[k].sent
    for v in prev:
        if v.lemma_.lower() in d.c["speaker_verbs"]:
            for s_ in _subjects(v):
                it = d.at.get(s_.i)
                if it is not None and it.kind == "person" and it.country_id:
                    return [it]
    return []


def _named_body(d: _Doc, tok) -> _Item | None:
    """The body a noun phrase names: the body itself, or a body noun with "called / named X" or an apposition."""
    c = d.c
    it = d.at.get(tok.i)
    if it is not None:
        return it if it.kind == "organisation" else None
    if tok.lower_ not in c["body_nouns"]:
        return None
    for ch in tok.children:
        if ch.dep_ == "appos" and ch.i in d.at:
            return d.at[ch.i] if d.at[ch.i].kind == "organisation" else None
        if ch.dep_ == "acl" and ch.lower_ in c["naming_words"]:
            for x in ch.subtree:
                if x.i in d.at and x.i != tok.i and d.at[x.i].kind == "organisation":
                    return d.at[x.i]
    return None


def _count_of(d: _Doc, tok) -> int | None:
    """How many states a counted description stands for: "All three", "both", "the two countries", "the three
    Sahel nations" (kb/membership.json counted_words, counted_nouns); None for anything else."""
    c = d.c
    words = c["counted_words"]
    if tok.i in d.at:
        return None
    if tok.lower_ in words and not any(ch.dep_ == "prep" for ch in tok.children):
        return words[tok.lower_]  # "All three were suspended", "Both joined"
    if tok.lemma_.lower() in c["counted_nouns"] or tok.lower_ in c["counted_nouns"]:
        nums = [words[ch.lower_] for ch in tok.children if ch.dep_ in {"nummod", "det", "predet"} and ch.lower_ in words]
        if len(nums) == 1 and any(ch.lower_ == "the" or ch.lower_ in words for ch in tok.children):
            return nums[0]
    return None


def _plural_subject_antecedent(d: _Doc, sent, count: int | None = None) -> list[_Item]:
    """The coordination of two or more states in the subject of one of the three sentences before (a plural
    pronoun subject: "The regimes in A, B and C announced … They joined forces …"); [] when none. Only the
    main clause's subject counts (Lappin & Leass 1994: subjects are the most salient), not an absolute
    clause's ("… with A and B facing sanctions"). A counted description ("the three nations", "All three"),
    as the subject itself or as a subject on the way back, fixes the number: then only a coordination of
    exactly that many states agrees, and it may stand up to counted_window sentences back (number agreement
    licenses the longer reach, as in Lappin & Leass's agreement filter)."""
    sents = [s for s in d.doc.sents if s.end <= sent.start][-d.c["counted_window"]:]
    for back, prev in enumerate(reversed(sents)):
        main = [ch for ch in prev.root.children if ch.dep_ in {"nsubj", "nsubjpass"}]
        subjects = {t.i for ch in main for t in ch.subtree}
        for run in reversed(_lists(d, prev)):
            if len(run) >= 2 and all(x.kind == "country" for x in run) and any(x.start in subjects for x in run) \
                    and (len(run) == count if count is not None else back < 3):
                return run
        if count is None and back < 3:
            counts = {n for ch in main for n in [_count_of(d, ch)] if n is not None}
            count = counts.pop() if len(counts) == 1 else None
    return []


def _implicit_join_claims(d: _Doc, sent) -> Iterator[dict]:
    """"Rwanda and Burundi joined in 2007", "Congo, admitted in 2022, …": an accession whose body is left
    implicit is to the body under discussion (the most recent body of states named; recency heuristic as for
    unnamed gatherings). Only when nothing but a date follows: "joined in condemning", "joined the talks" and
    "joined by video" name something else."""
    c = d.c
    if not sent.has(c["implicit_join_verbs"]):
        return
    for v in sent:
        lemma = c["verb_forms"].get(v.lower_, v.lemma_.lower())
        if v.pos_ != "VERB" or lemma not in c["implicit_join_verbs"] or _modal_or_negated(d, v):
            continue
        if any(ch.dep_ in {"dobj", "xcomp", "ccomp", "prt", "attr", "oprd", "dative", "agent"} for ch in v.children):
            continue
        if any(x.pos_ == "VERB" and x.lemma_.lower() in c["departures"]["verbs"] and not any(
                ch.dep_ in {"nsubj", "nsubjpass"} for ch in x.children) for x in v.conjuncts if x.i > v.i):
            continue  # "Venezuela joined in 1973 and left in 2006": an accession the same subject undid
        preps = [ch for ch in v.children if ch.dep_ == "prep" and not (ch.lower_ == "with" and any(
            x.tag_ == "VBG" and x.lemma_.lower() in {"follow", "join"} for x in ch.subtree))]  # "…, with Laos following"
        # "Belarus joined as a full member": the role the "as" phrase names (an observer, a member)
        # ("as an observer member": the observer's, whatever the head noun)
        roles = ["observer" if any(x.lower_ in c["observer_nouns"] for x in ch.subtree) else c["as_roles"][p.lower_]
                 for ch in preps if ch.lower_ == "as" for p in ch.children
                 if p.dep_ == "pobj" and p.lower_ in c["as_roles"]]
        preps = [p for p in preps if p.lower_ != "as"] if roles else preps
        # "Finland, which joined last April": a bare date adjunct dates the accession like "in April" does
        dated = any(ch.dep_ in {"npadvmod", "advmod"} and (ch.ent_type_ == "DATE" or ch.lemma_.lower() in c["date_nouns"])
                    for ch in v.children)
        if not roles and not preps and not dated or not all(_time_prep(d, p) for p in preps):
            continue
        role = roles[0] if roles else "member"
        passive = any(ch.dep_ == "auxpass" for ch in v.children) or v.dep_ == "acl" and v.tag_ == "VBN"
        if lemma in c["passive_only_join_verbs"] and not passive:  # "Somalia was admitted", not "the bloc admitted" 
            continue
        subjects = [v.head, *v.head.conjuncts] if v.dep_ == "acl" and v.tag_ == "VBN" else _subjects(v)
        org = d.antecedent(v.i)
        if org is None:
            continue
        for s in subjects:
            m = d.at.get(s.i)
            if m is not None and m.kind == "country":
                yield _record(m, org, role, v.text, sent)
        for m in _gapped_members(d, sent, v) if role == "member" else []:
            yield _record(m, org, role, v.text, sent)


def _nominal_claims(d: _Doc, sent) -> Iterator[dict]:
    """Nominal accessions in a completed-event context: "after Finland's accession to NATO", "follows Syria's
    reinstatement as a member", "Congo's membership was approved", "the accessions of A and B". A nominal
    states a fact only where its context presupposes the event (FactBank, Sauri & Pustejovsky 2009):
    "talks on X's accession" or "a roadmap for X's membership" yield nothing."""
    c = d.c
    if not sent.has(c["accession_nouns"]):
        return
    for t in sent:
        if t.lower_ not in c["accession_nouns"] or t.pos_ != "NOUN" or t.i in d.at:
            continue
        done = (t.dep_ == "pobj" and t.head.lower_ in c["accession_context_preps"]
                or t.dep_ in {"dobj", "nsubjpass", "nsubj"} and t.head.pos_ == "VERB"
                and t.head.lemma_.lower() in c["accession_context_verbs"]
                or t.dep_ == "nsubj" and t.head.lemma_.lower() == "be" and any(
                    ch.dep_ == "attr" and ch.lemma_.lower() in c["accession_result_nouns"] for ch in t.head.children))
        if not done or _irrealis(d, t) or t.dep_ != "pobj" and _own_modal_or_negated(d, t.head):
            continue
        if any(ch.lower_ in c["blockers"] for ch in t.children):
            continue
        # "re-admittance" is split into "re", "-", "admittance" and the possessor may hang on "re"
        parts = [t] + ([d.doc[t.i - 2]] if t.i - 2 >= sent.start and d.doc[t.i - 1].text == "-"
                       and d.doc[t.i - 2].lower_ == "re" else [])
        members = [d.at[x.i] for tt in parts for ch in tt.children if ch.dep_ == "poss" for x in (ch, *ch.conjuncts)
                   if x.i in d.at]
        members += [d.at[x.i] for ch in t.children if ch.dep_ == "prep" and ch.lower_ == "of"
                    for p in ch.children if p.dep_ == "pobj" for x in (p, *p.conjuncts) if x.i in d.at]
        if t.dep_ == "dobj" and any(ch.dep_ == "poss" and ch.lower_ in c["anaphoric_pronouns"] for ch in t.children):
            # "Sweden completed its accession to NATO": the possessive pronoun is the completing verb's subject
            members += [d.at[x.i] for x in _subjects(t.head) if x.i in d.at]
        members = [m for m in (_capital_as_state(d, m) for m in members) if m.kind == "country"]
        if not members:
            continue
        org, role = None, "member"
        # "completed their accession to NATO": the parser may hang "to NATO" on the verb
        on_verb = [ch for ch in t.head.children if ch.lower_ in {"to", "into"}] if t.dep_ == "dobj" else []
        for ch in (*t.children, *on_verb):
            if ch.dep_ != "prep":
                continue
            for p in ch.children:
                if p.dep_ != "pobj":
                    continue
                it = d.at.get(p.i)
                if ch.lower_ in {"to", "into", "in", "of"} and it is not None and it.kind == "organisation":
                    org = it if it.member_bearing else None
                    break
                if ch.lower_ in {"to", "into", "in"} and p.lower_ in c["anaphoric_org_nouns"] and it is None:
                    org = d.antecedent(p.i, p.lower_)
                if ch.lower_ == "as" and p.lower_ in c["as_roles"]:
                    # "as an observer member": an observer word anywhere in the phrase wins
                    words = {x.lower_ for x in p.subtree}
                    role = "observer" if words & c["observer_nouns"] else c["as_roles"][p.lower_]
        if org is None:
            # the bare noun ("Indonesia's readmission in January"): the body under discussion
            named = [ch for ch in t.children if ch.dep_ == "prep" and ch.lower_ in {"to", "into", "in", "of"}
                     and any(p.dep_ == "pobj" and not _time_prep(d, ch) and p.i not in d.at for p in ch.children)]
            if named:
                continue
            org = d.antecedent(t.i, salience=True)
        if org is None:
            continue
        for m in members:
            if m.entity_id != org.entity_id:
                yield _record(m, org, role, t.text, sent)


def _capital_as_state(d: _Doc, it: _Item) -> _Item:
    """A national capital standing for its state ("Dakar's accession"): metonymy the annotation guidelines
    count as the state; the item as its country, else the item unchanged."""
    ent = d.kb.entity(it.entity_id)
    if it.kind == "other" and ent is not None and (ent.role or "") in d.c["capital_roles"] and ent.country_id:
        return _Item(it.start, it.end, ent.country_id, "country", ent.country_id, it.text, False)
    return it


def _composition_claims(d: _Doc, sent) -> Iterator[dict]:
    """Founders and compositions: "founded by A, B and C", "A and B founded Y", "Y comprises A and B",
    "Y brings together seven countries — A, B …" (a body founded by states counts them as its members)."""
    c = d.c
    lemmas = _lemma_gate(c, "composition")
    for v in sent:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in lemmas and v.dep_ != "ROOT":
            continue  # (no branch below reads any other verb: checked before the costlier modality)
        if _modal_or_negated(d, v) and v.dep_ not in {"advcl", "acl", "relcl"}:
            continue
        if v.dep_ in {"advcl", "acl", "relcl"} and _own_modal_or_negated(d, v):
            continue
        passive = any(ch.dep_ == "auxpass" for ch in v.children) or v.tag_ == "VBN" and v.dep_ in {"acl", "advcl"}
        pairs = []  # (body token, member tokens)
        if lemma in c["found_verbs"] or lemma == "set" and any(ch.lower_ == "up" for ch in v.children):
            if passive:
                if v.dep_ == "acl":
                    bodies = [v.head]
                elif v.dep_ == "advcl" and not _subjects(v) and v.i > v.head.i and v.i > 0 and d.doc[v.i - 1].text == "," and (
                        objs := [o for o in v.head.children if o.dep_ in ("dobj", "attr") and o.right_edge.i == v.i - 2]):
                    # "Russia backs the Alliance of Sahel States, formed last year by A, B and C": a participle
                    # after the object and a comma modifies the object (the parser hangs it on the verb)
                    bodies = objs
                elif v.dep_ == "advcl" and not _subjects(v):
                    bodies = _subjects(v.head)  # "Founded in 1997 by A and B, BIMSTEC has …"
                else:
                    bodies = _subjects(v)
                agents = _agents(v)
                if not agents:
                    # "established with the signing of a declaration by six states: …": the parser hangs the
                    # 'by' phrase on the founding act's noun
                    agents = [p for ch in v.children if ch.dep_ == "prep" and ch.lower_ in ("with", "through")
                              for n in ch.children if n.dep_ == "pobj" for by in n.children
                              if by.dep_ in ("prep", "agent") and by.lower_ == "by" for p in by.children if p.dep_ == "pobj"]
                if not agents:
                    # "BRICS was established in 2009 with Brazil, Russia, India and China": the founders
                    agents = [p for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "with"
                              for p in ch.children if p.dep_ == "pobj" and p.i in d.at and d.at[p.i].kind == "country"]
                    agents += [x for p in agents for x in p.conjuncts if x.i in d.at]
                # "founded by the leaders of A, B and C": the leaders stand for their states
                agents += [d.doc[m.start:m.end].root for a in agents if a.lower_ in c["leader_nouns"]
                           and a.i not in d.at for m in _leaders_of(d, a)]
                # "established in 2001 by six states: A, B and C": a plural noun for states, then a colon or dash
                # and the list it announces (kb group_lists openers)
                runs = {run[0].start: run for run in _lists(d, sent)}
                for a in [a for a in agents if a.i not in d.at and a.lower_ in c["cue_tails"]]:
                    k = a.i + 1
                    if k < sent.end and d.doc[k].text in c["group_lists"]["openers"]:
                        k += 1
                        while k < sent.end and d.doc[k].lower_ == "the":
                            k += 1
                        agents += [d.doc[x.start:x.end].root for x in runs.get(k, []) if len(runs.get(k, [])) >= 2]
                pairs = [(b, _with_runs(d, agents, _MEMBER_KINDS)) for b in bodies]
            else:
                founders = _with_runs(d, _subjects(v), _MEMBER_KINDS)
                # "the three nations have formed a coalition known as X", "They founded X": the coordination of
                # states the description or pronoun takes up (as for joining forces)
                founders += [d.doc[x.start:x.end].root for s_ in _subjects(v) if s_.i not in d.at for x in (
                    _plural_subject_antecedent(d, sent, _count_of(d, s_)) if _count_of(d, s_) is not None else
                    _plural_subject_antecedent(d, sent) if s_.lower_ in c["subject_pronouns"] else [])]
                pairs = [(o, founders) for o in v.children if o.dep_ == "dobj"]
            if lemma in c.get("named_body_found_verbs", ()):
                # "Japan signed the CPTPP" joins it; "Argentina signed the Mercosur trade accord" signs a deal
                # the body made: only the body's own name as the signed thing counts
                pairs = [(b, ms) for b, ms in pairs if b.i in d.at and d.at[b.i].kind == "organisation"]
        elif lemma in c["composition_verbs"] or c["composition_particles"].get(lemma) and any(
                ch.dep_ in {"prt", "advmod"} and ch.lower_ == c["composition_particles"][lemma] for ch in v.children):
            if passive:
                continue
            objs = [o for o in v.children if o.dep_ == "dobj"]
            for o in objs:
                listed = _composition_list(d, sent, o)
                contributed = [] if listed else _contributors(d, o)
                if lemma in c["composition_verbs"] and not contributed:
                    listed = _with_besides(d, sent, v, listed)
                role = "observer" if o.lemma_.lower() in c["observer_nouns"] or o.lower_ in c["observer_nouns"] else "member"
                bodies = _subjects(v) or _modified_body(v, d)
                # "Mercosur, a trade bloc that includes A and B": the relative pronoun stands for the noun the
                # clause modifies, and a noun in apposition for the name it describes
                bodies = [v.head if b.lower_ in _RELATIVE and v.dep_ == "relcl" else b for b in bodies]
                bodies = [_described(d, b) if b.dep_ == "appos" and b.i not in d.at and b.head.i in d.at else b
                          for b in bodies]
                # "IGAD was established in 1996 as a bloc that includes A and B": the noun of an 'as' phrase
                # describes the verb's subject (a subject-oriented predicative adjunct, Quirk et al. 1985 §16.46)
                bodies = [x for b in bodies for x in (
                    [s_ for s_ in _subjects(b.head.head) if s_.i in d.at] or [b]
                    if b.i not in d.at and b.dep_ == "pobj" and b.head.lower_ == "as" and b.head.head.pos_ == "VERB"
                    else [b])]
                if contributed:
                    # "the MNJTF includes troops from A, B and C": the states a mission's troops come from are
                    # its members (kb _missions); of another body, troops from a state say nothing
                    listed = contributed
                    bodies = [b for b in bodies if (it := _composed_body(d, b)) is not None and _is_mission(d, it)]
                pairs += [(b, listed, role) for b in bodies]
        elif lemma in c.get("constituting_phrases", {}) and not passive and all(
                any(ch.lower_ == p and ch.dep_ in {"prt", "advmod"} for ch in v.children)
                for p in c["constituting_phrases"][lemma]) and any(o.dep_ == "dobj" for o in v.children):
            # "A, B and C make up the EAC", "the countries that make up the EAC", "A, B and C are the other
            # countries making up the EAC": the ones making up a body are its members (the converse of "made up of")
            held = _subjects(v)
            if v.dep_ == "acl" and v.tag_ == "VBG":
                h = v.head
                if h.dep_ == "attr" and h.head.lemma_.lower() in c["copulas"]:
                    held = _copula_subjects(h.head)
                elif h.dep_ == "nsubj" and h.head.lemma_.lower() == "be":
                    held = [x for a in h.head.children if a.dep_ == "attr" for x in (a, *a.conjuncts)]
            members = _with_runs(d, held, _MEMBER_KINDS)
            pairs = [(o, members) for o in v.children if o.dep_ == "dobj"]
        elif lemma in c["composition_phrases"]:
            # "it is made up of A, B and C", "the bloc consists of A and B"
            *parts, prep = c["composition_phrases"][lemma]
            if all(any(ch.lower_ == p and ch.dep_ in {"prt", "advmod"} for ch in v.children) for p in parts):
                # ("The Quad, made up of A and B, met": the parser may hang "of" on the particle)
                objs = [o for h in (v, *(ch for ch in v.children if ch.dep_ == "prt")) for ch in h.children
                        if ch.dep_ == "prep" and ch.lower_ == prep for o in ch.children if o.dep_ == "pobj"]
                listed = [x for o in objs for x in _composition_list(d, sent, o)]
                # "AMISOM is made up of soldiers from Uganda and Burundi": the states that send its people
                listed = _with_besides(d, sent, v, listed or [x for o in objs for x in _contributors(d, o)])
                pairs = [(b, listed) for b in _subjects(v) or _modified_body(v, d)]
        if lemma in {"be", "set", "found", "establish", "create", "meet", "agree"} or v.dep_ == "ROOT":
            # "The eight-nation bloc — A, B and C — was set up in 1986": a list in apposition to the body
            for b in _subjects(v):
                listed = [x for ap in b.children if ap.dep_ == "appos" and ap.i in d.at for x in (ap, *ap.conjuncts)
                          if x.i in d.at and d.at[x.i].kind == "country"]
                if b.i not in d.at and len(listed) >= 2:  # a list of states, not "the bloc Mercosur"
                    pairs.append((b, listed))
        if lemma in c["found_verbs"] and pairs:
            gapped = _gapped_members(d, sent, v)
            pairs = [(b, ms + [d.doc[x.start:x.end].root for x in gapped]) for b, ms in pairs]
        for body_tok, members, *role in pairs:
            if body_tok.lower_ in _RELATIVE and v.dep_ == "relcl" and v.head.pos_ in {"NOUN", "PROPN"}:
                body_tok = v.head  # "a mechanism which is made up of A and B": the noun the clause modifies
            if (body_tok.i not in d.at and body_tok.dep_ == "attr" and body_tok.head.lemma_.lower() in c["copulas"]
                    and (said_of := [s_ for s_ in _subjects(body_tok.head) if s_.i in d.at])):
                body_tok = said_of[0]  # "X is a mechanism which is made up of A and B": X is what is made up
            body = _composed_body(d, body_tok)
            k = body_tok.left_edge.i - 1
            if (body_tok.i not in d.at and k > 0 and d.doc[k].text in _APPOSITION_MARKS and (prev := d.at.get(k - 1)) is not None
                    and prev.kind == "organisation" and prev.member_bearing):
                # "the G7, the group made up of A and B" parsed as a clause of its own: the descriptor right after
                # a body's name and a comma is that body (surface apposition)
                body = prev
            if body is None and lemma in c["found_verbs"]:
                # "A and B formed a coalition known as the X", "… a new bloc, the X": the body the noun names
                named = _named_body(d, body_tok)
                body = named if named is not None and named.member_bearing else None
            unknown = d.at.get(body_tok.i)
            if (body is None and unknown is not None and unknown.kind == "organisation"
                    and d.kb.entity(unknown.entity_id) is None and lemma in c["composition_verbs"]
                    and sum(1 for x in members if x.i in d.at and d.at[x.i].kind == "country") >= 2):
                # "The XYZ comprises A, B and C": a body the kb does not know, said to be made of states, is one
                body = unknown
            if body is None:
                continue
            for x in members:
                m = d.at.get(x.i)
                if m is not None and m.kind in {"country", "organisation"} and m.entity_id != body.entity_id \
                        and not _excluded(d, m):
                    yield _record(m, body, role[0] if role else "member", v.text, sent)


def _surface_composition_claims(d: _Doc, sent) -> Iterator[dict]:
    """"G20 until now comprised A, B, C and D" when the parser loses the verb (tagged as an adjective): a body
    of states, a composition verb right after it (adverbs between) and a list of two or more states right
    after the verb (kb/membership.json surface_composition_forms). A fallback on the word sequence only."""
    c, doc = d.c, d.doc
    forms = set(c["surface_composition_forms"])
    if forms.isdisjoint(sent.lows):
        return
    runs = {run[0].start: run for run in _lists(d, sent)}
    for v in sent:
        if v.lower_ not in forms or _blocked(d, [v]):
            continue
        k = v.i - 1
        while k >= sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ in {"until", "now"}):
            if doc[k].dep_ == "neg" or doc[k].lower_ in {"never", "not", "no", "longer"}:
                break
            k -= 1
        body = d.at.get(k)
        if body is None or body.kind != "organisation" or not body.member_bearing:
            continue
        j = v.i + 1
        while j < sent.end and doc[j].lower_ == "the":
            j += 1
        run = runs.get(j)
        if run is None or sum(1 for x in run if x.kind == "country") < 2:
            continue
        for m in run:
            if m.kind in _MEMBER_KINDS and m.entity_id != body.entity_id and not _excluded(d, m):
                yield _record(m, body, "member", v.text, sent)


def _with_besides(d: _Doc, sent, v, listed: list) -> list:
    """A composition's listed member tokens plus the besides-list of the same clause ("Besides A and B, it now
    includes C", "Besides Russia, the CSTO consists of A and B")."""
    if not listed:
        return listed
    lo, hi = min([x.i for x in listed] + [v.i]), max(x.i for x in listed) + 1
    return listed + [d.doc[m.start:m.end].root for m in _besides(d, sent, _lists(d, sent), lo, hi)]


def _described(d: _Doc, appos):
    """The name an apposition describes: the nearest conjunct before it ("The EU and Mercosur, a bloc that
    includes …": Mercosur; the parser hangs the apposition on the first conjunct)."""
    named = [t for t in (appos.head, *appos.head.conjuncts) if t.i < appos.i and t.i in d.at]
    return max(named, key=lambda t: t.i) if named else appos.head


def _body_named_on(d: _Doc, noun) -> list:
    """The last body named as a modifier before a noun ('the Quad countries'), as a one-token list, else []."""
    return [ch for ch in noun.children if ch.dep_ in {"compound", "nmod"} and ch.i < noun.i
            and (a := d.at.get(ch.i)) is not None and a.kind == "organisation"][-1:]


def _modified_body(v, d: _Doc) -> list:
    """The noun a participle clause modifies: "the GCC – made up of A and B –", "a bloc comprising A and B"."""
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 1 and d.doc[v.i - 1].text in {",", *_APPOSITION_MARKS}:
        # "… after the ministers of the Quad countries, comprising A and B, met": the parser may hang the
        # participle on the main verb; it describes the phrase that ends right before the comma
        prev = d.doc[v.i - 2]
        if (a := d.at.get(prev.i)) is not None and a.kind == "organisation":
            return [prev]
        return _body_named_on(d, prev) if prev.tag_ in {"NNS", "NNPS"} else []
    if v.dep_ not in {"acl", "appos"} or v.head.i == v.i:
        return []
    h = v.head  # "the EU, a bloc comprising A and B": the noun the apposition describes
    if h.tag_ in {"NNS", "NNPS"} and v.i > h.i:
        # "Leaders of the organization, made up of A and B": the parser hangs the clause on the head of the
        # phrase; what is made up of states is the body in its of-phrase ("The Foreign Ministers of the Quad —
        # comprising A, B": a capitalised title is tagged NNPS)
        inner = [p for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < v.i
                 for p in prep.children if p.dep_ == "pobj"]
        if inner:
            return inner
        # ("the Quad countries, comprising A, B": the states a body's name qualifies are its members)
        if named := _body_named_on(d, h):
            return named
    k = h.left_edge.i - 1
    if (h.dep_ == "appos" and h.i not in d.at and k > 0 and d.doc[k].text in _APPOSITION_MARKS
            and (named := d.at.get(k - 1)) is not None and named.kind == "organisation" and d.at.get(h.head.i) is None):
        # "to leave the CSTO — a military alliance made up of A and B —": the parser hangs the apposition on a
        # noun further back; the body named right before the dash or comma is the one described
        return [d.doc[k - 1]]
    if h.dep_ == "appos" and (not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in h.children) or (
            h.i not in d.at and (named := d.at.get(h.head.i)) is not None and named.kind == "organisation")):
        # ("the G7, the group made up of A and B": a definite descriptor in apposition to a named body is that body)
        return [_described(d, h)]
    if h.dep_ == "attr" and h.head.lemma_.lower() in d.c["copulas"] and (subjects := _subjects(h.head)):
        return subjects  # "The EAEU is a union comprising A and B": the body the predicate noun describes
    return [h]


def _description_claims(d: _Doc, sent) -> Iterator[dict]:
    """A body described as a group of named states: "ASEAN, a grouping of A, B and C", "BRICS is an alliance of
    the economies of A and B", "the bloc, which has A, B and C" (kb/membership.json description_nouns,
    description_have_verbs): an apposition or predicate noun of grouping whose "of" names the states (through
    one plural noun such as "economies"), or a relative "which has" listing two states or more."""
    c = d.c
    for t in sent:
        body = _composed_body(d, t) if (t.i in d.at and d.at[t.i].start == t.i or t.i not in d.at) and (
            t.i in d.at or t.lower_ in c["composition_subject_nouns"]) else None
        if t.i in d.at:
            it = d.at[t.i]
            root = d.doc[it.start:it.end].root
            if root.i != t.i:
                t = root
            body = it if it.kind == "organisation" and it.member_bearing else None
        if body is None:
            continue
        nouns = [ch for ch in t.children if ch.dep_ == "appos" and ch.lemma_.lower() in c["description_nouns"]]
        h = t
        while h.dep_ in {"compound", "nmod"} and h.head.i not in d.at and h.head.i != h.i and h.head.i - t.i <= 3:
            h = h.head
        if h is not t and h.lemma_.lower() in c["description_nouns"]:
            nouns.append(h)  # "the AUKUS security pact between A, B and C": the body's own head noun
        if t.dep_ == "nsubj" and t.head.lemma_.lower() == "be" and not _own_modal_or_negated(d, t.head):
            nouns += [ch for ch in t.head.children if ch.dep_ == "attr" and ch.lemma_.lower() in c["description_nouns"]]
        members = []
        # "the BRICS – A, B and C –", "the Quad (A, B, C and D)": a bracketed list in apposition to the body
        for ap in t.children:
            first = ap.left_edge.i
            if ap.dep_ == "appos" and ap.i in d.at and first > 0 and d.doc[first - 1].text in c["list_brackets"]:
                listed = [d.at[x.i] for x in (ap, *ap.conjuncts) if x.i in d.at]
                if len(listed) >= 2:
                    members += listed
        for n in nouns:
            objs = [p for ch in n.children if ch.dep_ == "prep" and ch.lower_ in {"of", "for", "between"}
                    for p in ch.children if p.dep_ == "pobj" and (ch.lower_ != "for" or p.lower_ in c["leader_nouns"])]
            for o in objs:
                # through one plural noun: "a grouping of the economies of A and B", "a forum for the leaders of A"
                # (a plural one only: "an organisation of the government of the United States" names an owner)
                if o.i not in d.at and o.tag_ == "NNS" and (o.lemma_.lower() in c["cue_tails"] or o.lower_ in c["leader_nouns"]):
                    objs += [p for ch in o.children if ch.dep_ == "prep" and ch.lower_ == "of"
                             for p in ch.children if p.dep_ == "pobj"]
            members += [d.at[x.i] for o in objs for x in (o, *o.conjuncts) if x.i in d.at]
        for v in t.children:
            if v.dep_ == "relcl" and v.lemma_.lower() in c["description_have_verbs"] and not _own_modal_or_negated(d, v) \
                    and any(ch.dep_ in {"nsubj"} and ch.lower_ in _RELATIVE for ch in v.children):
                listed = [d.at[x.i] for o in v.children if o.dep_ == "dobj" for x in (o, *o.conjuncts) if x.i in d.at]
                # "which has A and B among its critics / as partners": a role other than membership
                if len(listed) >= 2 and not any(ch.dep_ == "prep" and ch.lower_ in {"as", "among"}
                                                for x in (v, *v.children) for ch in x.children):
                    members += listed
        for m in members:
            m = _capital_as_state(d, m)
            if m.kind == "country" and not _excluded(d, m):
                yield _record(m, body, "member", t.text, sent)


def _expansion_claims(d: _Doc, sent) -> Iterator[dict]:
    """A body taking in states: "NATO added Montenegro in 2017", "the bloc admitted Somalia", "the alliance
    expanded to include A and B" (kb/membership.json expansion_verbs, expand_verbs, expand_include_verbs): the
    states are members of the subject body. An "as" phrase must name a membership role ("added X as a partner"
    is no membership)."""
    c = d.c
    if not (sent.has(c["expansion_verbs"]) or sent.has(c["expand_verbs"])):
        return
    for v in sent:
        lemma = c["verb_forms"].get(v.lower_, v.lemma_.lower())
        if v.pos_ != "VERB" or lemma not in c["expansion_verbs"] and lemma not in c["expand_verbs"]:
            continue
        if _modal_or_negated(d, v) and not _relative_fact(d, v):
            continue
        passive = any(ch.dep_ == "auxpass" for ch in v.children)
        if passive:
            continue
        takers = []  # the verbs whose objects are the states taken in
        if lemma in c["expansion_verbs"]:
            # "added Belarus to its sanctions list": a destination other than the body is no accession
            if not any(ch.dep_ == "prep" and ch.lower_ in {"to", "into", "onto"} for ch in v.children):
                takers = [v]
        elif lemma in c["expand_verbs"] and not any(ch.dep_ == "dobj" and ch.lower_ not in c["expand_own_objects"]
                                                    for ch in v.children):
            # ("the bloc expanded its membership to include A": the body's own membership as object)
            # intransitive only: "the alliance expanded to include A", not "the EU expanded sanctions to include A"
            takers = [x for x in v.children if x.dep_ in {"xcomp", "advcl"} and x.lemma_.lower() in c["expand_include_verbs"]
                      and not any(ch.dep_ == "neg" or ch.tag_ == "MD" for ch in x.children)]  # "to include" is no modal
        if not takers:
            continue
        # "The bloc was formed by A and B in 2009 and added C in 2010": a conjoined verb shares the subject
        subj = _subjects(v) or (_subjects(v.head) if v.dep_ in ("conj", "xcomp") else [])
        bodies = [b for b in (_composed_body(d, s_) for s_ in subj) if b is not None]
        if not bodies:
            continue
        for x in takers:
            as_preps = [ch for ch in x.children if ch.dep_ == "prep" and ch.lower_ == "as"]
            role = "member"
            if as_preps:
                words = {t.lower_ for ch in as_preps for t in ch.subtree}
                if not words & set(c["as_roles"]) or words & c["blockers"]:
                    continue
                role = "observer" if words & c["observer_nouns"] else "member"
            for o in (ch for ch in x.children if ch.dep_ == "dobj"):
                for t in (o, *o.conjuncts):
                    m = d.at.get(t.i)
                    m = _capital_as_state(d, m) if m is not None else None
                    if m is not None and m.kind == "country" and not _excluded(d, m):
                        yield _record(m, bodies[0], role, v.text, sent)


def _relative_fact(d: _Doc, v) -> bool:
    """Whether a verb is a factual relative clause ("the bloc, which added X in 2010")."""
    return v.dep_ == "relcl" and not _own_modal_or_negated(d, v)


def _excluded(d: _Doc, it: _Item) -> bool:
    """Whether a list element carries its own relative clause that takes it out ("…, and Paraguay, which was
    suspended"): the guidelines' never-pairs (suspended, expelled, former members)."""
    # read on the surface: the parser often hangs such a clause on the list's first element instead
    doc, j = d.doc, it.end
    sent_end = doc[it.start].sent.end
    if j + 1 >= sent_end or doc[j].text != "," or doc[j + 1].lower_ not in {"which", "who", "that"}:
        return False
    k = j + 2
    while k < sent_end and doc[k].text not in {",", ";", ".", "—", "–"}:
        if doc[k].lower_ in d.c["member_exclusions"]:
            return True
        k += 1
    return False


def _composed_body(d: _Doc, tok) -> _Item | None:
    """The body of states a subject or object token names, an anaphoric "the community" resolved to the
    latest such body (head match first), or None."""
    it = d.at.get(tok.i)
    if it is not None:
        return it if it.kind == "organisation" and it.member_bearing else None
    if tok.lower_ in d.c["pronoun_subjects"]:
        return d.topic(tok.i)
    for ch in tok.children:  # "the BRICS group", "the G7 bloc": the body is named in the phrase itself
        named = d.at.get(ch.i) if ch.dep_ == "compound" else None
        if named is not None and named.kind == "organisation" and named.member_bearing:
            if _negated_name(d, named.start):
                return None  # "Non-OPEC countries (A, B) cooperate with OPEC": the states outside the body
            return named
    counted = _counted_body(d, tok)
    if counted is not None:
        return counted
    if tok.lower_ in d.c["composition_subject_nouns"] and any(
            ch.dep_ == "det" and ch.lower_ in {"the", "this"} for ch in tok.children):
        return d.antecedent(tok.i, tok.lower_, salience=True)
    return None


def _counted_body(d: _Doc, tok) -> _Item | None:
    """"The eight countries — A, B, …": a definite counted noun refers back to an earlier "eight members of Y"
    / "Y's eight member states" (a number-matching definite description, Poesio & Vieira 1998's direct
    anaphora); the body is that Y."""
    c = d.c
    if tok.lower_ not in c["cue_tails"] | c["member_nouns"] or not any(
            ch.dep_ == "det" and ch.lower_ in {"the", "these", "those"} for ch in tok.children):
        return None
    nums = [ch.lower_ for ch in tok.children if ch.dep_ == "nummod"]
    if len(nums) != 1:
        return None
    for t in reversed(d.doc[:tok.i]):
        if t.lower_ != nums[0] or t.dep_ != "nummod" and t.head.lower_ not in c["member_nouns"]:
            continue
        h = t.head if t.dep_ == "nummod" else t
        if h.lower_ not in c["member_nouns"] and not any(x.lower_ in c["member_nouns"] for x in h.children):
            continue
        for x in h.children:
            it = d.at.get(x.i)
            if x.dep_ in {"poss", "compound"} and it is not None and it.member_bearing:
                return it
            if x.dep_ == "prep" and x.lower_ == "of":
                for p in x.children:
                    it = d.at.get(p.i)
                    if p.dep_ == "pobj" and it is not None and it.member_bearing:
                        return it
    return None


def _contributors(d: _Doc, obj) -> list:
    """The states a contributed noun's "from" phrase names ("troops from A, B and C"), else []."""
    if obj.lemma_.lower() not in d.c["contributed_nouns"] and obj.lower_ not in d.c["contributed_nouns"]:
        return []
    # ("comprises troops from A and B": the parser may hang the noun's "from" on the verb, right after the noun)
    holders = [obj, *([obj.head] if obj.dep_ == "dobj" else [])]
    named = [x for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "from"
             and (h is obj or prep.i == obj.right_edge.i + 1)
             for p in prep.children if p.dep_ == "pobj" for x in (p, *p.conjuncts) if x.i in d.at]
    return [x for x in _with_runs(d, named, _MEMBER_KINDS) if x.i in d.at and d.at[x.i].kind == "country"] if named else []


def _composition_list(d: _Doc, sent, obj) -> list:
    """Tokens of the members an object names: its conjuncts, or the list after "seven countries —"."""
    c, doc = d.c, d.doc
    named = [x for x in (obj, *obj.conjuncts) if x.i in d.at]
    if named:
        # "comprises A, B, C and D": the parser may take B for an apposition of A and drop it from the conjuncts
        return _with_runs(d, named, _MEMBER_KINDS)
    # "seven countries — A, B and C": an apposition of the counted noun (whose second item the parser may
    # hang on the first as an apposition of its own, and the rest on that one: "five countries: A, B, C and D")
    named = [x for ap in obj.children if ap.dep_ == "appos" for x in (ap, *ap.conjuncts) if x.i in d.at]
    # ("comprises seven of the world's most advanced economies — A, B, C": the count is the object, the list its
    # apposition)
    if named and (obj.lemma_.lower() in c["cue_tails"] | c["member_nouns"] or obj.like_num):
        return _with_runs(d, named, _MEMBER_KINDS)
    if obj.lemma_.lower() not in c["cue_tails"] | c["member_nouns"] and obj.tag_ != "NNS":
        return []
    runs = _lists(d, sent)
    # "includes other big producers, notably A", "13 members of OPEC and ten other countries, including A": the
    # states a plural object is exemplified by (an including-connector after it, as for "members include")
    listed = [x for o in (obj, *obj.conjuncts) if o.tag_ == "NNS" or o.lemma_.lower() in c["cue_tails"]
              for x in (_exemplified(d, sent, o, runs) or [])]
    if listed:
        return [doc[it.start] for it in listed]
    if obj.lemma_.lower() not in c["cue_tails"] | c["member_nouns"]:
        return []
    j = obj.i + 1
    if j >= sent.end or doc[j].lower_ not in c["list_openers"]:
        return []
    while j < sent.end and doc[j].lower_ in c["list_openers"] | {"the", "namely"}:
        j += 1
    for run in runs:
        if run[0].start == j:
            return [doc[it.start] for it in run]
    return []


def _exemplified(d: _Doc, sent, noun, runs) -> list | None:
    """The states after ", including / notably / such as" right after a plural noun's phrase, or None."""
    doc, c = d.doc, d.c
    j = noun.i + 1
    while j < sent.end and doc[j].lower_ == ",":
        j += 1
    # ("experts from Norway" names where people come from, not examples of the noun)
    n = d.words_at(j, c["including_words"] - {"from"}, sent.end)
    if not n:
        return None
    j += n
    while j < sent.end and doc[j].lower_ == "the":
        j += 1
    run = next((r for r in runs if r[0].start == j), None)
    return [x for x in run if x.kind == "country" or _capital_as_state(d, x).kind == "country"] if run else None


# --- attendance ------------------------------------------------------------------------------------

def _country_of(d: _Doc, tok) -> _Item | tuple | None:
    """The country a subject/list token stands for: a country, a person's country, "X of B", "B's X"."""
    it = d.at.get(tok.i)
    if it is not None and it.kind == "country":
        return it
    if it is not None and it.kind == "person" and past_title(d.doc, it.start, d.c["negative_prefixes"]):
        return None  # "former Mexican President Felipe Calderón attended": a past office stands for no state
    if it is not None and it.kind == "person" and it.country_id:
        return it
    if it is not None and it.kind == "demonym" and it.country_id and tok.head.lower_ in d.c["delegation_nouns"]:
        return (it.country_id, f"{it.text} {tok.head.text}")  # "the American delegation"
    if it is not None and it.kind == "person":
        # "Moses Otieno, Kenya's president and chairperson of the EAC": an office in apposition gives the country
        for ap in (ch for t in d.doc[it.start:it.end] for ch in t.children if ch.dep_ == "appos"
                   and ch.lower_ in d.c["leader_nouns"] and ch.i not in d.at):
            found = _country_of(d, ap)
            if found is not None:
                return found
    if it is None and tok.lower_ not in d.c["leader_nouns"]:
        return None
    cluster = [tok] if it is None else list(d.doc[it.start:it.end])
    cluster += [ch for t in list(cluster) for ch in t.children if ch.dep_ == "compound" and ch.i not in d.at]
    text = it.text if it is not None else tok.text
    for t in cluster:
        for ch in t.children:
            m = d.at.get(ch.i)
            if ch.dep_ in {"poss", "nmod", "compound", "amod"} and m is not None and m.kind == "country" and m is not it:
                return (m.entity_id, f"{m.text} {text}" if ch.i < tok.i else f"{text} {m.text}")
            if ch.dep_ == "prep" and ch.lower_ in {"of", "from"}:
                for g in ch.children:
                    m = d.at.get(g.i)
                    if g.dep_ == "pobj" and m is not None and m.kind == "country":
                        return (m.entity_id, f"{text} {ch.text} {m.text}")
                    # "President of Kazakhstan Nursultan Nazarbayev" (protocol style): the small model makes the
                    # country a compound of the name that follows it
                    if g.dep_ == "pobj" and m is not None and m.kind == "person":
                        for x in (x for x in d.doc[ch.i + 1:m.start] if x.i in d.at):
                            if d.at[x.i].kind == "country" and d.at[x.i].end == m.start:
                                return (d.at[x.i].entity_id, f"{text} {ch.text} {d.at[x.i].text}")
            if ch.dep_ in {"amod", "compound"} and m is not None and m.country_id and m.kind == "demonym":
                return (m.country_id, f"{m.text} {text}")  # a demonym the KB ties to a country
    return None


def _gathering(d: _Doc, g, verb_join: bool = False, depth: int = 0):
    """(org item or (None, text)) for a gathering token, or None when it is no summit of an organisation.

    A meeting of a national body ("a meeting of his ruling AK Party", a company's or a broadcaster's) is no
    gathering of states: no one attends it as a state (kb national_body_roles)."""
    found = _gathering_body(d, g, verb_join, depth)
    if isinstance(found, _Item) and (ent := d.kb.entity(found.entity_id)) is not None and _has_word(
            ent.role or "", d.c.get("national_body_roles", ())):
        return None
    if isinstance(found, _Item) and found.kind == "organisation" and d.kb.entity(found.entity_id) is None:
        # "a session of the Collective Security Council of the CSTO", "the CSTO Collective Security Council": an
        # organ the kb does not hold, named as a known body's, meets as that body
        root = d.doc[found.start:found.end].root
        owner = next((it for t in (*(p for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                     for p in prep.children if p.dep_ == "pobj"),
                                   *(ch for ch in root.children if ch.dep_ in ("compound", "nmod") and ch.i < found.start))
                      if (it := d.at.get(t.i)) is not None and it.kind == "organisation" and it.member_bearing
                      and d.kb.entity(it.entity_id) is not None), None)
        if owner is not None:
            return owner
    return found


def _gathering_body(d: _Doc, g, verb_join: bool = False, depth: int = 0):
    """(org item or (None, text)) for a gathering token, or None when it is no summit of an organisation.

    "the NATO summit" / "summit of the GCC" name their body. An unnamed definite one ("the summit",
    "Monday's summit") is first matched to an earlier mention with the same head noun (head-match
    coreference, the strongest cue in Lee et al. 2013's multi-pass sieve), else to the most recent
    organisation with members; an indefinite one ("a major summit") starts a new gathering of its own.
    """
    c = d.c
    it = d.at.get(g.i)
    if it is not None:
        return it if it.kind == "organisation" and not verb_join else None
    if g.lower_ not in c["gathering_nouns"] and not (g.lower_ in c["named_gathering_nouns"] and _names_body(d, g)):
        return None
    if any(ch.dep_ in {"compound", "amod", "nmod"} and ch.lower_ in c["not_gathering_modifiers"] for ch in g.children):
        return None  # "told a news conference": a briefing, no one's summit
    # modifiers, also nested ones ("an expanded SCO Plus session"); a city or region naming the venue
    # ("the Astana summit") says nothing about whose summit it is, a country or person does (bilateral)
    mods = [ch for ch in g.children if ch.dep_ in {"compound", "nmod", "poss", "amod"}]
    mods += [gc for ch in mods if ch.i not in d.at for gc in ch.children if gc.dep_ in {"compound", "nmod"}]
    for ch in mods:
        m = d.at.get(ch.i)
        if m is not None and m.kind == "organisation" and not m.member_bearing and d.kb.entity(m.entity_id) is None:
            continue  # "the Valletta meeting": a venue the model took for a body names no one's gathering
        if m is not None and m.kind in {"organisation", "country", "person", "demonym"} and (
                m.kind == "organisation" or d.kb.entity(m.entity_id) is not None):  # unknown GPE: a city
            return m if m.kind == "organisation" else None
    for ch in g.children:
        # ("a summit with the Gulf Cooperation Council": the body a summit is held with is the one convened)
        if ch.dep_ == "prep" and (ch.lower_ in {"of", "for"} or ch.lower_ == "with" and g.lower_ in c.get("summit_with_nouns", ())):
            for p in ch.children:
                m = d.at.get(p.i)
                if m is not None and m.kind == "organisation":
                    return m
                if m is None and p.lower_ in c["anaphoric_org_nouns"] and p.lower_ not in c["gathering_nouns"] \
                        and any(x.lower_ == "the" for x in p.children):
                    ante = d.antecedent(g.i, p.lower_)  # "the seventh summit of the forum"
                    if ante is not None:
                        return ante
    owner = _members_meeting(d, g)
    if owner is not None:
        return owner
    described = _described_body(d, g)
    if described is not None:
        return described
    start = g.left_edge.i if g.left_edge.i >= g.sent.start else g.i
    text = d.doc[start:g.i + 1].text
    if any(ch.dep_ == "det" and ch.lower_ in c["indefinite_dets"] for ch in g.children):
        return (None, text)
    if depth < 5:
        for i in reversed(d.gatherings):
            if i < g.i and i not in d.at and d.doc[i].lemma_.lower() == g.lemma_.lower():
                found = _gathering(d, d.doc[i], depth=depth + 1)
                if isinstance(found, _Item) or found is None:
                    return found
                break  # the earlier one named no body (a headline's "summit"): look for one named since
    # an unnamed gathering is most likely the latest one whose body was written on it ("opening a G7
    # summit … joined the outreach session"): gatherings corefer with gatherings before bodies named in passing
    for i in reversed(d.gatherings):
        if i < g.i and i not in d.at:
            owner = [d.at[ch.i] for ch in d.doc[i].children if ch.dep_ in {"compound", "nmod", "poss"} and ch.i in d.at]
            if owner and owner[0].member_bearing:
                return owner[0]
    ante = d.antecedent(g.i)
    return ante if ante is not None else (None, text)


def _members_meeting(d: _Doc, g) -> _Item | None:
    """The body of "a meeting of heads of government of GECF members" / "a meeting of OPEC ministers": a
    gathering of a body's members or of their leaders is that body's gathering. Follows the "of" chain
    through leader and member nouns only (three steps at most)."""
    c = d.c
    through = c["leader_nouns"] | c["member_nouns"] | c["cue_tails"]
    tok = g
    for _ in range(3):
        objs = [p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"
                for p in ch.children if p.dep_ == "pobj" and p.i not in d.at and p.lower_ in through]
        if not objs:
            return None
        tok = objs[0]
        for ch in tok.children:
            it = d.at.get(ch.i)
            if ch.dep_ in {"compound", "poss", "nmod"} and it is not None and it.member_bearing and (
                    tok.lower_ in c["member_nouns"] | c["cue_tails"] or tok.tag_ == "NNS"):
                return it
        if tok.tag_ in {"NNS", "NNPS"}:
            # "the Meeting of National Coordinators of CELAC": the body the members' people belong to
            for p in (p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children
                      if p.dep_ == "pobj"):
                it = d.at.get(p.i)
                if it is not None and it.member_bearing:
                    return it
    return None


@lru_cache(maxsize=4)
def _body_names(kb) -> tuple[tuple[str, frozenset], ...]:
    """(entity_id, lower-case words) of every name and alias of a knowledge-base body of states."""
    c = cues()
    bearing = {e.entity_id for e in kb.entities()
               if _KB_KIND.get((e.type or "").lower()) == "organisation" and _has_word(e.role or "", c["member_bearing_roles"])}
    names = [(e.entity_id, e.name) for e in kb.entities() if e.entity_id in bearing]
    names += [(eid, alias) for alias, eid, _ in kb.aliases() if eid in bearing]
    out = set()
    for eid, name in names:
        words = frozenset(w for w in name.lower().replace("-", " ").replace("'", " ").split()
                          if w not in c["name_stopwords"])
        if len(words) >= 2:
            out.add((eid, words))
    return tuple(sorted(out, key=lambda x: (x[0], sorted(x[1]))))


def _described_body(d: _Doc, g):
    """The body a gathering "of <description>" describes by its own name's words, or None.

    "a summit of gas exporting countries" is the Gas Exporting Countries Forum: every content word of
    the description (two at least) occurs in the name of exactly one body of states in the knowledge
    base. Name-word overlap is the candidate-generation step of entity linking (Shen, Wang & Han 2015,
    "Entity Linking with a Knowledge Base", §2); requiring a unique candidate keeps it precise. The "of"
    may hang off a place in between ("a summit in Tehran of …"), a common parser attachment.
    """
    c = d.c
    preps = [ch for ch in g.children if ch.dep_ == "prep"]
    preps += [gc for ch in preps if ch.lower_ in c["place_preps"]
              for p in ch.children if p.dep_ == "pobj" for gc in p.children if gc.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.i in d.at or obj.tag_ not in {"NNS", "NNPS"}:
                continue
            toks = [t for t in obj.subtree if not t.is_punct]
            if any(t.i in d.at and d.at[t.i].kind != "demonym" for t in toks):
                continue  # "a summit of OPEC members" is handled where the body is written
            words = {w for t in toks for w in t.lower_.split("-") if w and w not in c["name_stopwords"]}
            if len(words) < 2:
                continue
            found = {eid for eid, name in _body_names(d.kb) if words <= name}
            if len(found) == 1:
                start, end = min(t.i for t in toks), max(t.i for t in toks) + 1
                return _Item(start, end, found.pop(), "organisation", None, d.doc[start:end].text, True)
    return None


def _listed_after(d: _Doc, tok) -> list:
    """Elements of "presidents, including A of B, C's D and E" as token ranges (split at "," / "and").

    Read on the surface: the parser often attaches the later conjuncts of such lists to the wrong head.
    The list ends at the first verb, at clause punctuation, or at an element that names nobody.
    """
    c, sent = d.c, tok.sent
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.i > tok.i and d.words_at(ch.i, c["including_words"], sent.end):
            start = ch.i + d.words_at(ch.i, c["including_words"], sent.end)
            break
    else:
        return []
    return _surface_elements(d, start, sent)


def _surface_elements(d: _Doc, start: int, sent) -> list:
    """The elements of a list read on the surface from token `start` (see _listed_after), as token ranges."""
    doc = d.doc
    elements, cur, i = [], [], start
    while i < sent.end:
        t = doc[i]
        if i in d.at:
            it = d.at[i]
            cur.append((it.start, it.end))
            i = it.end
            continue
        if t.lower_ in {",", "and", "&"} or t.pos_ in {"VERB", "AUX"} or t.lower_ in {";", ":", "—", "–", "(", ")"}:
            if cur:
                elements.append((cur[0][0], cur[-1][1]))
                cur = []
            elif elements and t.lower_ not in {",", "and"}:
                break
            if t.pos_ in {"VERB", "AUX"} or t.lower_ in {";", ":", "—", "–", "(", ")"}:
                break
            if t.lower_ in {",", "and"} and i + 1 < sent.end and doc[i + 1].lower_ in {"who", "which", "whose"}:
                break
        elif t.pos_ not in {"DET", "ADP", "PART", "PROPN", "NOUN", "ADJ", "PUNCT"}:
            break
        i += 1
    if cur:
        elements.append((cur[0][0], cur[-1][1]))
    return elements


def _element_country(d: _Doc, lo: int, hi: int):
    """The country a list element stands for: a known person's country, else the country it names."""
    items = [d.at[i] for i in range(lo, hi) if i in d.at]
    items = list(dict.fromkeys(items))
    for it in items:
        if it.kind == "person" and it.country_id:
            return it
    countries = [it for it in items if it.kind == "country"] or [it for it in items if it.kind == "demonym"]
    if len(countries) == 1:
        return (countries[0].country_id, d.doc[lo:hi].text)
    return None


def _gathering_subjects(v) -> list:
    """The subjects of a verb, with a relative pronoun replaced by the noun its clause modifies ('the meeting,
    which included representatives from A and B')."""
    subj = _subjects(v)
    if v.dep_ == "relcl" and subj and all(s.lower_ in _RELATIVE for s in subj):
        return [v.head]
    return subj


def _leaders_of(d: _Doc, h, depth: int = 0) -> list:
    """Countries of "the leaders of A, B and C", "heads of state from A and B" (every conjunct of the object)."""
    out = []
    for ch in h.children:
        if ch.dep_ == "prep" and ch.lower_ in {"of", "from"}:
            for g in ch.children:
                if g.dep_ == "pobj":
                    for x in (g, *g.conjuncts):
                        m = d.at.get(x.i)
                        if m is not None and m.kind == "country":
                            out.append(m)
                    if g.i not in d.at and (g.lower_ in d.c["leader_nouns"] or g.lemma_.lower() in d.c["leader_nouns"]) and depth < 2:
                        out += _leaders_of(d, g, depth + 1)  # "heads of state(s) from A and B"
                    elif g.i not in d.at and g.lemma_.lower() in d.c["state_nouns"]["nouns"]:
                        # "representatives from 20 countries including A and B": the countries listed
                        out += [d.at[x.i] for inc in g.children if inc.dep_ == "prep" and inc.lower_ in d.c["including_words"]
                                for p in inc.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)
                                if x.i in d.at and d.at[x.i].kind == "country"]
    return out


def _attendees(d: _Doc, heads) -> list:
    """Attendee countries of subject heads: countries, leaders, and the leaders listed under "leaders"."""
    out = []
    for h in heads:
        if h.lower_ in d.c["plural_pronouns"] and _among(h):
            out.extend(_attendees(d, _among(h)))  # "A and B are among those attending": the copula's subject
        elif h.lower_ in d.c["leader_nouns"] and h.i not in d.at:
            listed = _listed_after(d, h)
            out.extend(_element_country(d, lo, hi) for lo, hi in listed)
            if not listed:
                among = _among(h)
                out.extend(_attendees(d, among) if among else _leaders_of(d, h) or [_country_of(d, h)])
                # "the Turkish and Azerbaijani presidents": each coordinated demonym names one leader's country
                out.extend((d.at[x.i].country_id, f"{x.text} {h.text}") for ch in h.children if ch.dep_ == "amod"
                           and ch.i in d.at and d.at[ch.i].kind == "demonym" for x in ch.conjuncts
                           if x.i in d.at and d.at[x.i].kind == "demonym" and d.at[x.i].country_id)
        elif h.i not in d.at and h.pos_ == "NOUN" and (named := [x for ap in h.children if ap.dep_ == "appos"
                                                            and ap.i in d.at for x in (ap, *ap.conjuncts)]):
            out.extend(_attendees(d, named))  # "Three countries – A, B and C – took part": the apposition names them
        else:
            out.append(_country_of(d, h))
    return [w for w in out if w is not None]


def _gathering_of(d: _Doc, tok):
    """_gathering of a token, reading a relative pronoun as the noun its clause modifies, and a subject "it" as
    the body's gathering the sentence before it names ("The ASEAN summit opened in Vientiane. It was attended
    by …": the pronoun's antecedent is the preceding sentence's gathering, Lappin & Leass 1994 recency)."""
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head
    elif tok.lower_ == "it" and tok.dep_ in {"nsubj", "nsubjpass"}:
        sent = tok.sent
        if sent.start == 0:
            return None
        before = d.doc[sent.start - 1].sent
        for i in reversed(d.gatherings):
            if before.start <= i < sent.start and i not in d.at:
                g = _gathering(d, d.doc[i])
                if isinstance(g, _Item):
                    return g
        return None
    if tok.lower_ in d.c["gathering_part_nouns"] and tok.i not in d.at and not any(
            ch.dep_ == "prep" and ch.lower_ in ("of", "for") for ch in tok.children):
        # "a banquet, which was attended by A and B", "the dinner was attended by A": a part of the gathering
        # under discussion (as for 'attended the opening ceremony')
        return _discussed_gathering(d, tok)
    return _gathering(d, tok)


def _prep_gathering(d: _Doc, v, preps) -> list:
    """Gatherings that are objects of the verb's prepositions in `preps` ("at the summit")."""
    return [_gathering(d, p) for ch in v.children if ch.dep_ == "prep" and ch.lower_ in preps
            for p in ch.children if p.dep_ == "pobj"]


def _sidelines(d: _Doc, v) -> list:
    """Gatherings of "on the sidelines of <gathering>" on a verb (meeting there places both sides there)."""
    out = []
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ in {"on", "at"}:
            for p in ch.children:
                if p.dep_ == "pobj" and p.lower_ in d.c["margin_nouns"]:
                    out.extend(_prep_gathering(d, p, {"of"}))
    return out


# The kb lists whose verbs each gated finder reads, and the lemmas its code tests by name.
_GATES = {
    "attend": (("attend_verbs", "attend_particle_verbs", "arrive_verbs", "meet_at_verbs", "gathering_subject_verbs",
                "host_verbs", "presence_verbs", "presence_prep_verbs", "send_verbs", "listing_verbs"),
               {"take", "lead", "represent", "be"}),
    "composition": (("found_verbs", "composition_verbs", "composition_particles", "composition_phrases",
                     "constituting_phrases"),
                    {"be", "set", "found", "establish", "create", "meet", "agree"}),
}


def _lemma_gate(c: dict, finder: str) -> frozenset:
    """The verb lemmas a finder reads (built once per cue dict): other verbs are skipped before the costlier
    checks. Issue 13: the membership finders' share of the analysis."""
    key = f"_lemmas_{finder}"
    if key not in c:
        lists, named = _GATES[finder]
        c[key] = frozenset(named).union(*(c[name] for name in lists))
    return c[key]


def _attend_claims(d: _Doc, sent) -> Iterator[dict]:
    c = d.c
    lemmas = _lemma_gate(c, "attend")
    # any verb may be placed "on the sidelines of" a gathering (_sidelines): only then is every verb read
    margins = not sent.lows.isdisjoint(c["margin_nouns"])
    if not margins and lemmas.isdisjoint(sent.lemmas):
        return
    for v in sent:
        lemma = v.lemma_.lower()
        if not margins and lemma not in lemmas:
            continue  # (no branch below reads any other verb)
        if _with_participants(d, v) is not None:
            continue  # "the bloc, with A and B participating": members of a body, not attendees
        if v.pos_ not in {"VERB", "AUX"} or (_modal_or_negated(d, v) and v.dep_ != "conj"
                                             or v.dep_ == "conj" and _own_modal_or_negated(d, v)) and not (
                _fulfilled_purpose(d, v) or _absolute_with(d, v) or _participle_of_actor(d, v) or _among_those(d, v)):
            continue
        passive = any(ch.dep_ == "auxpass" for ch in v.children) or v.dep_ == "acl" and v.tag_ == "VBN" or (
            # "was hosted by X and attended by A and B": a coordinated participle shares the passive auxiliary
            v.dep_ == "conj" and v.tag_ == "VBN" and any(ch.dep_ == "auxpass" for ch in v.head.children)
            and any(ch.dep_ == "agent" for ch in v.children))
        heads = None  # who attends, when not the verb's subjects / passive agents
        colon_listed: list = []  # the list after a colon that names generic attending heads
        gatherings, trigger = [], v.text
        if _standing_in(d, v, c["observer_nouns"] | c["member_nouns"] | set(c["standing_nouns"])):
            continue  # "participate in the Council as observers": a standing in the body (_participate_as), not presence
        if lemma in c["attend_verbs"] or (lemma == "take" and any(ch.lower_ == "part" for ch in v.children)):
            for ch in v.children:
                if ch.dep_ == "dobj" and ch.lower_ in c["gathering_part_nouns"] and lemma != "join":
                    # "attended the opening ceremony": a part of the gathering under discussion (a named body only)
                    gatherings.append(_discussed_gathering(d, v))
                elif (ch.dep_ == "dobj" and not (lemma == "take" and ch.lower_ == "part")
                      or ch.dep_ == "nsubjpass" and lemma == "attend"):
                    if not _habitual(d, v, ch):
                        gatherings.append(_gathering_of(d, ch) if lemma != "join" else _gathering(d, ch, verb_join=True))
                if ch.dep_ == "prep" and ch.lower_ == "in" and lemma != "join" and not _manner_prep(d, ch):
                    gatherings.extend(_gathering(d, p) for p in ch.children if p.dep_ == "pobj" and not _habitual(d, v, p))
            if lemma == "attend" and v.dep_ == "acl" and passive:
                gatherings.append(_gathering(d, v.head))  # "the summit, attended by A and B"
            if lemma == "attend" and v.dep_ == "conj" and passive and not any(ch.dep_ == "nsubjpass" for ch in v.children):
                # "The NATO summit kicked off in Vilnius and is being attended by the leaders of A and B": the
                # coordinated passive shares the first verb's subject
                gatherings.extend(_gathering_of(d, s_) for s_ in _subjects(v.head))
            if not gatherings and lemma != "join" and not any(
                    ch.dep_ in {"dobj", "prep", "xcomp", "ccomp"} for ch in v.children if ch.lower_ != "part"
                    and not _manner_prep(d, ch)):
                # "Leaders including A and B attended."; "B also took part" after "A attended the X summit"
                gatherings.append(_previous_attended(d, sent) or _context_gathering(d, sent, v, True))
        elif lemma in c["attend_particle_verbs"] and any(
                ch.dep_ == "prt" and ch.lower_ == c["attend_particle_verbs"][lemma] for ch in v.children):
            # "Erdogan also turned up at the summit"; "Lula showed up." (the gathering under discussion)
            gatherings.extend(_prep_gathering(d, v, {"at", "for"}))
            if not any(ch.dep_ in {"prep", "dobj", "xcomp", "ccomp"} for ch in v.children if not _time_prep(d, ch)):
                gatherings.append(_previous_attended(d, sent) or _context_gathering(d, sent, v, True))
        elif lemma in c["arrive_verbs"]:
            preps = [ch for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "for"]
            # "Trump arrives at the NATO summit": arriving at a named body's gathering is being there
            gatherings.extend(g for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "at" and lemma in c.get(
                "arrive_at_verbs", ()) for p in ch.children if p.dep_ == "pobj" and p.lower_ in c["gathering_nouns"]
                for g in [_gathering(d, p)] if isinstance(g, _Item))
            preps += [gc for ch in v.children if ch.dep_ == "prep" for p in ch.children
                      for gc in p.children if gc.dep_ == "prep" and gc.lower_ == "for"]
            gatherings.extend(_gathering(d, p) for pr in preps for p in pr.children if p.dep_ == "pobj")
            if lemma in c["meet_at_verbs"] and not passive:
                # "the leaders of A and B met at the Y summit": meeting at a gathering is being there
                # (a named body's gathering only: "met at an EU-Western Balkans summit" names no one body)
                gatherings.extend(g for ch in v.children if ch.dep_ == "prep" and ch.lower_ in c["meet_at_preps"]
                                  for p in ch.children if p.dep_ == "pobj" and p.lower_ in c["gathering_nouns"]
                                  for g in [_gathering(d, p)] if isinstance(g, _Item))
            if not preps and lemma in c["fly_in_verbs"] and any(
                    ch.dep_ in {"prt", "advmod"} and ch.lower_ == "in" for ch in v.children) and all(
                    _time_prep(d, ch) or ch.lower_ in {"on", "for"} for ch in v.children if ch.dep_ == "prep"):
                # "Albanese flew in on Monday": arrived at the gathering under discussion (a named body only)
                gatherings.append(_discussed_gathering(d, v))
        if lemma in c["gathering_subject_verbs"] and not passive and any(
                s.lower_ in c["gathering_nouns"] and s.i not in d.at for s in _gathering_subjects(v)) and (
                not c["gathering_subject_verbs"][lemma] or any(
                ch.dep_ in {"prt", "advmod"} and ch.lower_ == c["gathering_subject_verbs"][lemma] for ch in v.children)):
            # "The summit brought together the leaders of A, B and C": the gathering is the subject
            gatherings.extend(_gathering(d, s) for s in _gathering_subjects(v) if s.lower_ in c["gathering_nouns"])
            heads = _with_runs(d, [x for ch in v.children if ch.dep_ == "dobj" for x in (ch, *ch.conjuncts)])
        elif lemma in c["host_verbs"]:
            for ch in v.children:
                if ch.dep_ == "dobj" and ch.lower_ in c["leader_nouns"]:
                    listed = _listed_after(d, ch)
                    # ("hosted leaders from Russia, India, Iran and 20 other countries": the countries they come from)
                    came = [] if listed else _leaders_of(d, ch)
                    g = _context_gathering(d, sent, v) if listed or came else None
                    if g is None:
                        continue
                    for who in [_element_country(d, lo, hi) for lo, hi in listed] + came:
                        if who is not None:
                            yield _record(who, g, "attendee", trigger, sent)
            if lemma == "host":
                # "Modi, who hosted the summit" / "the summit, hosted by Saudi Arabia": the host attends
                objs = [ch for ch in v.children if ch.dep_ == "dobj" or passive and ch.dep_ == "nsubjpass"]
                if passive and v.dep_ == "acl":
                    objs.append(v.head)
                # ("The Netherlands, which hosts the ICC": a body named as what a state hosts in the simple present
                # is its seat, not a gathering; "Kazakhstan hosted the SCO" is a meeting)
                seat = v.tag_ in {"VBZ", "VBP"} and not passive and not any(
                    ch.dep_ in {"prep", "npadvmod"} and ch.lower_ in {"in", "at"} or ch.ent_type_ in {"DATE", "TIME"}
                    for h in (v, *objs) for ch in h.children)  # ("Meloni hosts G7 in Apulia": a headline's event)
                gatherings.extend(_gathering_of(d, o) for o in objs
                                  if o.lower_ in c["gathering_nouns"] or o.lower_ in _RELATIVE or o.i in d.at and not seat)
        elif lemma == "lead" and any(ch.lower_ in c["delegation_nouns"] and (
                ch.dep_ == "dobj" or passive and ch.dep_ == "nsubjpass") for ch in v.children):
            # "Tai led the American delegation", "Brazil's delegation was led by Vieira": the delegation's
            # country (else the leader's) attends the gathering named, else the one under discussion
            dele = next(ch for ch in v.children if ch.lower_ in c["delegation_nouns"] and ch.dep_ in {"dobj", "nsubjpass"})
            own = [d.at[m.i] for m in dele.children if m.dep_ in {"poss", "amod", "compound", "nmod"} and m.i in d.at
                   and d.at[m.i].kind in {"country", "demonym"}]
            heads = [] if own else (_agents(v) if passive else _subjects(v))
            if own:
                who = own[0]
                heads = [d.doc[who.start:who.end].root]
            found = _prep_gathering(d, dele, {"to", "at"}) + _prep_gathering(d, v, {"to", "at"})
            if not [g for g in found if g is not None]:
                found = [_discussed_gathering(d, v)]
            gatherings.extend(found)
        elif lemma == "represent" and passive:
            # "Russia was represented by Foreign Minister Sergei Lavrov": the country attends
            heads = [x for x in _subjects(v)]
            # ("represented at ministerial level": an at-phrase that names no gathering leaves the context's)
            gatherings.extend([g for g in _prep_gathering(d, v, {"at", "in"}) if g is not None]
                              or [_context_gathering(d, sent, v, True)])
        elif lemma == "represent" and (objs := [o for o in v.children if o.dep_ == "dobj" and o.i in d.at
                                                and d.at[o.i].kind == "country"]):
            # "Lavrov represented Russia at the summit", "with Lavrov representing Russia in person": the country
            # an envoy represents attends (the gathering named, else the one under discussion)
            heads = objs
            # (no gathering named: only one the article discusses, not any body: "represented Jamaica with
            # distinction" in a mission says nothing of attending)
            gatherings.extend([g for g in _prep_gathering(d, v, {"at", "in"}) if g is not None]
                              or [_discussed_gathering(d, v)])
        elif lemma in c["presence_verbs"] or lemma in c["presence_prep_verbs"]:
            # "Ruto opened the meeting", "Xi told the gathering", "was chaired by X", "signed a pact at the
            # summit", "spoke at the meeting": only a speaker, chair or signatory in the room does these to
            # a gathering (the object must be a gathering noun: "X chairs the EAC" is an office, not presence)
            objs = []
            if lemma in c["presence_verbs"]:
                objs = [ch for ch in v.children if ch.dep_ == "dobj" or passive and ch.dep_ == "nsubjpass"]
            objs += [p for x in (v, *[ch for ch in v.children if ch.dep_ == "dobj"]) for ch in x.children
                     if ch.dep_ == "prep" and ch.lower_ in {"at", "to"} and lemma in c["presence_prep_verbs"]
                     for p in ch.children if p.dep_ == "pobj"]
            # "opened the second day of the summit": the part stands for its gathering
            objs = [g for o in objs for g in ([o] if o.lower_ not in c["gathering_span_nouns"] else [
                p for ch in o.children if ch.dep_ == "prep" and ch.lower_ == "of"
                for p in ch.children if p.dep_ == "pobj" and p.lower_ in c["gathering_nouns"]] or [o])]
            gatherings.extend(_gathering_of(d, o) for o in objs
                              if o.lower_ in c["gathering_nouns"] and o.i not in d.at
                              or o.lower_ in _RELATIVE and _chaired_body(d, o) is None)  # (a body chaired: _chair_claims)
            gatherings.extend(_it_gathering(d, sent, o) for o in objs if o.lower_ in c["pronoun_subjects"])
        elif lemma in c["send_verbs"]:
            gatherings.extend(_sent_to(d, sent, v))
            if gatherings and not _subjects(v) and v.dep_ == "conj":
                heads = _subjects(v.head)  # "Kiir skipped the meeting and sent his deputy in his place"
        if lemma == "be" and not gatherings:
            # "Ramaphosa was among the leaders at the meeting"; "A and B were among the leaders present"
            # (the gathering under discussion)
            present = any(x.lower_ == "present" for x in v.children if x.dep_ in {"acomp", "advmod", "amod"})
            for ch in v.children:
                if ch.dep_ == "prep" and ch.lower_ == "among":
                    for p in ch.children:
                        if p.dep_ == "pobj" and p.lower_ in c["plural_pronouns"] and _after_leaders(d, sent):
                            # "… with the leaders of 20 countries gathering in Jeddah. Among them are A and B."
                            gatherings.append(_context_gathering(d, sent, v, True))
                        if p.dep_ == "pobj" and p.lower_ in c["leader_nouns"] | c["guest_nouns"] | c["present_nouns"]:
                            found = _prep_gathering(d, p, {"at", "in"})
                            if not found and (present or any(x.lower_ == "present" for x in p.children)
                                              or p.lemma_.lower() in c["present_by_definition"]):
                                # "Among the attendees were A and B": an attendee is present by definition
                                found = [_context_gathering(d, sent, v, True)]
                            gatherings.extend(found)
        if lemma in c["listing_verbs"] and not passive and not gatherings:
            # "Leaders at the summit included the presidents of A and B", "Heads of state taking part in the
            # summit included A's president": a list of those present, given by a subject placed at a gathering
            for s_ in (ch for ch in v.children if ch.dep_ in {"nsubj", "csubj"}):
                g = _present_gathering(d, s_)
                if g is None and _attending(d, s_):
                    # "Those taking part include A's president", "those attending include B": attendees by
                    # definition, at the gathering under discussion (as "Among the attendees were A and B")
                    g = _context_gathering(d, sent, v, True)
                if g is not None:
                    gatherings.append(g)
                    heads = _with_runs(d, [x for ch in v.children if ch.dep_ == "dobj" for x in (ch, *ch.conjuncts)])
        if lemma not in c["attend_verbs"] and _sidelines(d, v):
            # "Pezeshkian met Putin on the sidelines of the summit": both were there
            gatherings.extend(_sidelines(d, v))
            heads = _subjects(v) + [x for ch in v.children if ch.dep_ == "dobj" for x in (ch, *ch.conjuncts)]
        if lemma == "be" and not gatherings and not any(ch.dep_ in {"attr", "acomp"} for ch in v.children):
            # "Lula was at the summit", "the presidents of A and B were in Astana for the meeting": presence
            # stated by the copula with a gathering as the place (FrameNet Presence / Attending)
            # only a gathering that names its body ("at the ASEAN summit"): "were among the leaders at the
            # two-day gathering" leaves the body to a resolution that a copula alone is too weak to carry
            if not any(s.lower_ in c["gathering_nouns"] for s in _subjects(v)):
                gatherings.extend(_gathering(d, p) for ch in v.children if ch.dep_ == "prep"
                                  and ch.lower_ in c["presence_preps"] for p in ch.children
                                  if p.dep_ == "pobj" and _names_body(d, p))
        if lemma == "be" and not gatherings and not passive:
            # "Also present were A, B and C", "A and B were present", "Also attending is Russian President Putin":
            # presence predicated of the subject, at the gathering a phrase names, else the one under discussion
            pres = [ch for ch in v.children if ch.dep_ == "acomp" and ch.lower_ in c.get("present_adjectives", ())
                    or ch.dep_ == "csubj" and ch.tag_ == "VBG" and ch.lemma_.lower() in c["attend_verbs"]]
            if pres and _subjects(v):
                found = [g for h in (v, *pres) for g in _prep_gathering(d, h, {"at", "in", "for"}) if g is not None]
                gatherings.extend(found or [_context_gathering(d, sent, v, True)])
                trigger = pres[0].text
        if lemma == "be" and not gatherings:
            # "Erdogan was also a guest at the summit"
            for ch in v.children:
                if ch.dep_ == "attr" and ch.lemma_.lower() in c["guest_nouns"]:
                    gatherings.extend(_prep_gathering(d, ch, {"at", "of"}))
        if not gatherings:
            continue
        if heads is None:
            # "arrived and spoke": a conjoined verb shares the first verb's subject (not when itself negated)
            # ("Addressing the summit, Morales said": a fronted participle's subject is the main clause's)
            subj = _subjects(v.head) if not _subjects(v) and _fulfilled_purpose(d, v) else \
                _subjects(v) if v.dep_ not in {"conj", "advcl"} or _subjects(v) or _own_modal_or_negated(d, v) \
                or v.dep_ == "advcl" and v.tag_ != "VBG" else _subjects(v.head)
            if _participle_of_actor(d, v) or _among_those(d, v):
                subj = [v.head]  # "Modi, attending the BRICS summit, called for reform"; "among those attending"
            heads = _with_runs(d, _agents(v) if passive and lemma != "represent" else subj)
            # "A attended, as did B": the elliptical comparative clause shares the predicate
            heads = heads + [x for ch in v.children if ch.dep_ == "advcl" and ch.lemma_.lower() == "do"
                             and any(m.dep_ == "mark" and m.lower_ == "as" for m in ch.children) for x in _subjects(ch)]
            # "Leaders of 30 states attended the summit, including the presidents of A and B": the parser
            # hangs the inclusion on the gathering or the verb, but it lists the generic subject's members
            if heads and all(h.lower_ in c["leader_nouns"] and h.i not in d.at for h in heads) and not _attendees(d, heads):
                heads = heads + [x for y in (v, *[ch for ch in v.children if ch.dep_ == "dobj"]) for ch in y.children
                                 if ch.dep_ == "prep" and ch.lower_ in c["inclusion_preps"]
                                 for p in ch.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)]
                # "attended by the heads of all member states: A's president X, B's prime minister Y and …": a
                # list after a colon that closes the generic heads' phrase names them (read on the surface: the
                # parser hangs its items anywhere)
                end = max(t.i for h in heads for t in h.subtree)
                if end + 2 < sent.end and d.doc[end + 1].text == ":":
                    colon_listed = [who for lo, hi in _surface_elements(d, end + 2, sent)
                                    if (who := _element_country(d, lo, hi)) is not None]
            if heads and lemma in c["attend_verbs"] and not passive and v.dep_ == "ROOT":
                # "President of the Republic of Kazakhstan N. Nazarbayev, Chairman of the People's Republic of
                # China Xi Jinping, … attended the meeting" (protocol style): the parser loses most of the list;
                # read on the surface from the sentence start, as for a colon list
                surface = [who for lo, hi in _surface_elements(d, sent.start, sent)
                           if (who := _element_country(d, lo, hi)) is not None]
                colon_listed = colon_listed + (surface if len(surface) >= 2 and len(surface) > len(
                    _attendees(d, heads)) else [])
            # "A was among the leaders at the meeting, along with B and C"
            if heads:
                runs = _lists(d, sent)
                extra = [x for x in _besides(d, sent, runs, min(h.i for h in heads), v.i + 1)
                         if x.kind in {"country", "person"} and x.start > v.i]
                heads = heads + [d.doc[x.start:x.end].root for x in extra]
        gatherings += [d.joint[g.entity_id] for g in gatherings if isinstance(g, _Item) and g.entity_id in d.joint]
        for g in gatherings:
            if g is None:
                continue
            # (taking part in a mission is contributing to it: a member, kb _missions)
            role = "member" if _is_mission(d, g) else "attendee"
            for who in _attendees(d, heads) + (colon_listed if len(colon_listed) >= 2 else []):
                if not (isinstance(who, _Item) and isinstance(g, _Item)
                        and who.entity_id == g.entity_id):
                    yield _record(who, g, role, trigger, sent)


def _is_mission(d: _Doc, it) -> bool:
    """Whether an item is a multinational mission (kb roles mission_roles): its members contribute troops."""
    if not isinstance(it, _Item) or it.kind != "organisation":
        return False
    ent = d.kb.entity(it.entity_id)
    role = (getattr(ent, "role", "") or "").lower()
    return any(r in role for r in d.c["mission_roles"])


def _mission_of(d: _Doc, tok) -> _Item | None:
    """The mission a noun names: its own name, or a 'mission'/'force' noun with the name in apposition, in
    brackets or as a modifier ('the new stabilisation mission in Somalia (AUSSOM)', 'the SAMIM force')."""
    it = d.at.get(tok.i)
    if it is None:
        for x in tok.subtree:
            if x.i in d.at and _is_mission(d, d.at[x.i]) and (x.dep_ in {"appos", "compound", "nmod"} or x.head.i == tok.i
                                                              or d.doc[max(x.i - 1, 0)].text == "("):
                it = d.at[x.i]
                break
    return it if _is_mission(d, it) else None


def _contributor_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Kenya contributed 1,000 troops to the mission', 'Malawi deployed soldiers to SAMIDRC': a state that
    contributes, deploys or sends forces to a multinational mission is one of its members (kb _missions)."""
    c = d.c
    if not sent.has(c["contribute_verbs"]):
        return
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in c["contribute_verbs"] or any(
                ch.dep_ == "auxpass" for ch in v.children) or _modal_or_negated(d, v):
            continue
        objs = [o for o in v.children if o.dep_ == "dobj"
                and (o.lemma_.lower() in c["contributed_nouns"] or o.lower_ in c["contributed_nouns"])]
        if not objs:
            continue
        places = [p for h in (v, *objs) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in c["mission_preps"]
                  for p in ch.children if p.dep_ == "pobj"]
        missions = [m for m in (_mission_of(d, p) for p in places) if m is not None]
        if missions:
            yield from _subject_records(d, _with_runs(d, _subjects(v)), missions[0], "member", v.text, sent)



def _vote_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Russia, Belarus and Syria voted against the resolution in the General Assembly', 'The countries that voted
    against were A, B and C', 'The following countries abstained: A, B': a state that votes in a body of states is
    one of its members (only members vote; the judge sets' gold lists voters as members). The body is the one the
    vote is in or at, the owner of the resolution voted on, or a UN voting body named in the same or the previous
    sentence (kb votes voting_bodies, window), never one only mentioned further back."""
    spec = d.c.get("votes")
    if not spec or not sent.has(spec["verbs"]):
        return
    doc = d.doc
    # "Russia, China and Burkina Faso opposed it, 11 abstained": beside a vote verb, verbs of taking a side in the
    # same sentence report votes too (kb votes side_verbs)
    verbs = set(spec["verbs"]) | set(spec.get("side_verbs", ()))
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or _own_modal_or_negated(d, v) or (
                v.dep_ not in ("relcl", "acl") and _modal_or_negated(d, v)):
            continue
        holders = [v, *(o for o in v.children if o.dep_ == "dobj"),
                   *(p for prep in v.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "for")
                     for p in prep.children if p.dep_ == "pobj")]
        named = [it for h in holders for t in (*(p for prep in h.children if prep.dep_ == "prep"
                                                  and prep.lower_ in spec["body_preps"]
                                                  for p in prep.children if p.dep_ == "pobj"),
                                                *(ch for ch in h.children if ch.dep_ in ("compound", "poss", "nmod")))
                 if (it := d.at.get(t.i)) is not None and it.kind == "organisation" and it.member_bearing]
        org = named[0] if named else d.antecedent(v.i)
        if org is None or not org.member_bearing:
            continue
        if not named and (org.entity_id not in spec["voting_bodies"]
                          or d._sent_index(org.start) < d._sent_index(v.i) - spec["window"]):
            continue  # (only a voting body just named: "Only Nicaragua voted against it" in an OAS story)
        toks = _subjects(v) if v.dep_ != "relcl" else []
        if v.dep_ == "relcl" and v.head.dep_ == "nsubj" and v.head.head.lemma_.lower() == "be":
            # "The countries that voted against were A, B and C": the copula's predicate lists the voters
            toks = [a for a in v.head.head.children if a.dep_ == "attr"]
        elif v.dep_ == "acl" and v.head.i < v.i and v.head.lower_ in ("those", "countries", "states", "nations", "members"):
            # "Those voting in favour of the resolution included A, B and C": the list right after the predicate
            # names the voters (read on the surface: the parser often hangs 'included' on the resolution)
            pred = next((t for t in doc[v.i + 1:sent.end] if t.lemma_.lower() in ("include", "be")
                         and t.pos_ in ("VERB", "AUX")), None)
            run = next((r for r in _lists(d, sent) if pred is not None and r[0].start in (pred.i + 1, pred.i + 2)), None)
            toks = [doc[m.start:m.end].root for m in run or ()]
        after = next((k for k in range(v.i + 1, min(v.i + 4, sent.end)) if doc[k].text == ":"), None)
        found = list(_subject_records(d, _with_runs(d, toks), org, "member", v.text, sent))
        if after is not None:
            # "The following countries abstained: A, B and C": the list after the colon
            run = next((r for r in _lists(d, sent) if r[0].start in (after + 1, after + 2)), None)
            found += [_record(st, org, "member", v.text, sent) for m in run or ()
                      if (st := _capital_as_state(d, m)).kind == "country"]
        yield from found


def _involving_claims(d: _Doc, sent) -> Iterator[dict]:
    """"a summit in Johannesburg involving A's president and B's prime minister" (kb/membership.json
    participant_verbs): the participle's objects attend the gathering it modifies."""
    c = d.c
    if not sent.has(c["participant_verbs"]):
        return
    for v in sent:
        if v.dep_ != "acl" or v.tag_ != "VBG" or v.lemma_.lower() not in c["participant_verbs"] \
                or _own_modal_or_negated(d, v) or v.head.lower_ not in c["gathering_nouns"]:
            continue
        g = _gathering(d, v.head)
        if not isinstance(g, _Item):
            continue  # "a summit in Johannesburg involving …" with no body named: whose summit is unknown
        heads = _with_runs(d, [x for ch in v.children if ch.dep_ == "dobj" for x in (ch, *ch.conjuncts)])
        for who in _attendees(d, heads):
            if not (isinstance(who, _Item) and isinstance(g, _Item) and who.entity_id == g.entity_id):
                yield _record(who, g, "attendee", v.text, sent)


def _in_attendance_claims(d: _Doc, sent) -> Iterator[dict]:
    """"The summit opened with Assad in attendance", "X was in attendance": X attends the gathering that is
    the clause's subject, else the one under discussion."""
    c = d.c
    if not sent.has(c["attendance_nouns"]):
        return
    for t in sent:
        if t.lower_ not in c["attendance_nouns"] or t.head.lower_ != "in" or t.dep_ != "pobj":
            continue
        who_tok, v = t.head.head, None
        if who_tok.pos_ in {"VERB", "AUX"}:  # "X was in attendance"; "opened with X in attendance"
            v = who_tok
            heads = [p for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "with" and ch.i < t.i
                     for p in ch.children if p.dep_ == "pobj"] or _subjects(v)
        elif who_tok.dep_ == "nsubj" and who_tok.head.lemma_.lower() in {"include", "be"}:
            # "Leaders in attendance included A and B", "Those in attendance were A and B": the ones listed,
            # read on the surface (the parser often mis-attaches a list of titled names, _listed_after)
            v = who_tok.head
            listed = [] if _modal_or_negated(d, v) else _surface_elements(d, v.i + 1, sent)
            g = next(iter(_prep_gathering(d, t, {"at", "of"}) + _prep_gathering(d, who_tok, {"at", "of"})), None)
            if listed and not isinstance(g, _Item):
                g = _context_gathering(d, sent, v, True)
            for lo, hi in listed if isinstance(g, _Item) else ():
                who = _element_country(d, lo, hi)
                if who is not None and not (isinstance(who, _Item) and who.entity_id == g.entity_id):
                    yield _record(who, g, "attendee", t.text, sent)
            continue
        else:
            heads = [who_tok]
            v = who_tok.head.head if who_tok.dep_ == "pobj" and who_tok.head.lower_ == "with" else None
        if v is None or _modal_or_negated(d, v) and v.dep_ != "conj":
            continue
        g = next((_gathering(d, s) for s in _subjects(v) if s.lower_ in c["gathering_nouns"] or s.i in d.at), None)
        if g is None:
            g = _context_gathering(d, sent, v, True)
        if g is None:
            continue
        for who in _attendees(d, heads):
            if not (isinstance(who, _Item) and isinstance(g, _Item) and who.entity_id == g.entity_id):
                yield _record(who, g, "attendee", t.text, sent)


def _attendee_list_claims(d: _Doc, sent) -> Iterator[dict]:
    """"Attendees include US President Joe Biden and German Chancellor Olaf Scholz, but not …": a list of the
    people at a gathering, introduced by a noun for those present (kb attendee_nouns) and 'include'; the
    gathering is the noun's own 'at the X summit', else the one under discussion. 'but not X' is left out."""
    c = d.c
    if not sent.has(c.get("attendee_nouns", ())) or "include" not in sent.lemmas:
        return
    for t in sent:
        if t.lemma_.lower() not in c.get("attendee_nouns", ()) or t.dep_ != "nsubj" or t.head.lemma_.lower() != "include":
            continue
        v = t.head
        if _modal_or_negated(d, v):
            continue
        heads = [o for o in v.children if o.dep_ == "dobj"]
        cut = next((x.i for x in d.doc[v.i + 1:sent.end] if x.lower_ in {"not", "except", "excluding", "without"}),
                   sent.end)
        heads = [x for o in heads for x in (o, *o.conjuncts) if x.i < cut]
        g = next((_gathering(d, p) for ch in t.children if ch.dep_ == "prep" and ch.lower_ in {"at", "of"}
                  for p in ch.children if p.dep_ == "pobj"), None)
        if g is None:
            g = _context_gathering(d, sent, v, True)
        if not isinstance(g, _Item):
            continue
        for who in _attendees(d, heads):
            if not (isinstance(who, _Item) and who.entity_id == g.entity_id):
                yield _record(who, g, "attendee", t.text, sent)


def _names_body(d: _Doc, g) -> bool:
    """Whether a gathering noun names its body itself: "the ASEAN summit", "a summit of the AU", "the G20"."""
    it = d.at.get(g.i)
    if it is not None:
        return it.kind == "organisation"
    return any(ch.dep_ in {"compound", "nmod", "poss"} and ch.i in d.at and d.at[ch.i].kind == "organisation"
               for ch in g.children) or any(
        ch.dep_ == "prep" and ch.lower_ in {"of", "for"} and p.dep_ == "pobj" and p.i in d.at
        and d.at[p.i].kind == "organisation" for ch in g.children for p in ch.children)


def _habitual(d: _Doc, v, g) -> bool:
    """'has been taking part in BRICS meetings', 'attends OPEC meetings': a bare plural gathering under a
    perfect, progressive or present verb is generic (habitual) reference, no attendance of one gathering
    (Carlson 1977 on bare plurals); a past simple one ('attended SCO meetings on Friday') still counts."""
    if g.i in d.at and any(ch.dep_ == "prep" and ch.lower_ == "since" for ch in v.children) and (
            v.tag_ in {"VBZ", "VBP", "VBG"} or any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in v.children)):
        # "Belarus has been participating in the SCO since 2010 as a dialogue partner": a standing relation with
        # the body over years, not the attendance of one gathering
        return True
    if g.tag_ != "NNS" or g.lower_ not in d.c["gathering_nouns"] or any(
            ch.dep_ in {"det", "poss", "nummod"} for ch in g.children):
        return False
    return v.tag_ in {"VBZ", "VBP", "VBG"} or any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in v.children)


def _present_gathering(d: _Doc, s):
    """The gathering a subject places those it names at: "leaders at the summit", "delegates attending the
    forum", "heads of state taking part in the summit" (a clausal subject); None when it names none."""
    c = d.c
    noun, verb = (s, None) if s.dep_ == "nsubj" else (next((ch for ch in s.children if ch.dep_ == "nsubj"), None), s)
    if noun is None or noun.i in d.at or noun.lower_ not in c["leader_nouns"] | c["guest_nouns"] | c["present_nouns"]:
        return None
    verbs = [verb] if verb is not None else [ch for ch in noun.children if ch.dep_ == "acl"]
    verbs = [x for x in verbs if _attendance_verb(c, x)]
    found = _prep_gathering(d, noun, c["place_preps"])
    found += [_gathering_of(d, o) for x in verbs for o in x.children if o.dep_ == "dobj" and o.lower_ != "part"]
    found += [g for x in verbs for g in _prep_gathering(d, x, {"in"})]
    return next((g for g in found if g is not None), None)


def _attendance_verb(c: dict, v) -> bool:
    """Whether a verb states attendance: an attend verb other than 'join', or 'take part'."""
    low = v.lemma_.lower()
    return low in c["attend_verbs"] - {"join"} or low == "take" and any(ch.lower_ == "part" for ch in v.children)


def _attending(d: _Doc, s) -> bool:
    """Whether a subject names those present by an attendance participle on a present noun: "those taking
    part", "those attending" (present_nouns)."""
    return s.dep_ == "nsubj" and s.i not in d.at and s.lower_ in d.c["present_nouns"] and any(
        x.dep_ == "acl" and _attendance_verb(d.c, x) for x in s.children)


def _previous_attended(d: _Doc, sent):
    """The named body whose gathering the sentence before says was attended ("A attended the East Asia Summit.
    B also took part."): a bare attendance verb continues the gathering of the attendance just reported
    (discourse parallelism, Kehler 2002), ahead of the latest gathering noun."""
    if sent.start == 0:
        return None
    c = d.c
    for v in d.doc[sent.start - 1].sent:
        if v.pos_ == "VERB" and v.lemma_.lower() in c["attend_verbs"] - {"join"} and not _modal_or_negated(d, v):
            for ch in v.children:
                if ch.dep_ == "dobj":
                    g = _gathering_of(d, ch)
                    if isinstance(g, _Item):
                        return g
    return None


def _manner_prep(d: _Doc, ch) -> bool:
    """Whether a preposition only says how someone attended ("in person", "by video")."""
    return ch.dep_ == "prep" and any(p.dep_ == "pobj" and p.lower_ in d.c["attend_manner_nouns"] for p in ch.children)


def _it_gathering(d: _Doc, sent, tok):
    """The gathering "it" stands for in "It was chaired by X": the subject of the sentence before, when that is
    a gathering (subject continuity, the centering rule of Grosz, Joshi & Weinstein 1995), else None."""
    if sent.start == 0:
        return None
    prev = d.doc[sent.start - 1].sent
    for t in prev:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == prev.root.i and t.lower_ in d.c["gathering_nouns"]:
            return _gathering(d, t)
    return None


def _after_leaders(d: _Doc, sent) -> bool:
    """Whether the sentence before `sent` names plural leaders: "them" in "Among them are A and B" then may
    refer to those leaders (number agreement); the members themselves must still be persons or countries."""
    if sent.start == 0:
        return False
    prev = d.doc[sent.start - 1].sent
    plurals = [t for t in prev if t.tag_ == "NNS" and t.i not in d.at]
    if not plurals:
        return False
    last, leaders = plurals[-1], d.c["leader_nouns"]
    # the nearest plural is the antecedent, unless it only specifies the leaders ("leaders of 20 countries")
    return last.lower_ in leaders or (last.dep_ == "pobj" and last.head.lower_ == "of"
                                      and last.head.head.lower_ in leaders)


def _sent_to(d: _Doc, sent, v) -> list:
    """Gatherings a country sends someone to: "sent ministers to the summit", "sent X in his place" (the
    gathering the conjoined verb skipped), "sent a delegation" (the gathering under discussion)."""
    c = d.c
    out = _prep_gathering(d, v, {"to"})
    out += [g for ch in v.children if ch.dep_ == "dobj" for gc in ch.children if gc.dep_ == "prep" and gc.lower_ == "to"
            for p in gc.children if p.dep_ == "pobj" for g in [_gathering(d, p)] if p.lower_ in c["gathering_nouns"]]
    if out:
        return out
    in_place = any(ch.dep_ == "prep" and ch.lower_ == "in" and any(p.lower_ in c["place_nouns"] for p in ch.children)
                   for ch in v.children)
    if in_place and v.dep_ == "conj":
        return [_gathering_of(d, o) for o in v.head.children if o.dep_ == "dobj" and (
            o.lower_ in c["gathering_nouns"] or o.i in d.at)]
    if any(ch.dep_ == "dobj" and ch.lower_ in {"delegation", "delegations"} for ch in v.children):
        return [_context_gathering(d, sent, v, True)]
    return []


def _discussed_gathering(d: _Doc, v) -> _Item | None:
    """The named body whose gathering (a gathering noun: "summit", "meeting") the article discusses before
    the verb, or None: "flew in", "attended the opening ceremony", "led the delegation" place someone at a
    gathering only when the article is about one (an accession ceremony at a body's headquarters is none)."""
    for i in reversed(d.gatherings):
        if i < v.i and i not in d.at:
            g = _gathering(d, d.doc[i])
            if isinstance(g, _Item):
                return g
    return None


def _context_gathering(d: _Doc, sent, v, before_verb: bool = False):
    """The gathering a host verb refers to: one in its sentence, else the latest one before it (before
    the verb itself when `before_verb`: "was represented by X after Y flew to a conference" is not there)."""
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ in {"at", "for", "to"}:
            for p in ch.children:
                g = _gathering(d, p)
                if g is not None:
                    return g
    k = bisect_left(d.gatherings, v.i if before_verb else sent.end)
    # the attendees themselves are not the gathering ("The United States, the EU and Norway were represented")
    own = {t.i for s in _subjects(v) for t in s.subtree}
    while k and d.gatherings[k - 1] in own:
        k -= 1
    if not k:
        return None
    # a gathering noun outranks a body merely named since ("… the meeting. The UN says … X was represented")
    for i in reversed(d.gatherings[:k]):
        if i not in d.at and i not in own:
            g = _gathering(d, d.doc[i])
            if isinstance(g, _Item):
                return g
    i = d.gatherings[k - 1]
    tok = d.doc[i]
    it = d.at.get(i)
    return it if it is not None else _gathering(d, tok)


# --- entry point -----------------------------------------------------------------------------------

def _group_list_claims(d: _Doc, sent) -> Iterator[dict]:
    """'foreign ministers from Quad countries -- India, Australia, Japan and the United States --', 'the BRICS
    nations: A, B and C': a body of states, a plural noun for its states, then a dash or colon and the list
    names the body's members (news style sets a list off by dashes or a colon; kb group_lists)."""
    spec = d.c.get("group_lists")
    if not spec:
        return
    runs = _lists(d, sent)
    starts = {run[0].start: run for run in runs}
    doc = d.doc
    for it in [x for x in d.items if sent.start <= x.start and x.end < sent.end - 2]:
        if it.kind != "organisation" or not it.member_bearing:
            continue
        j = it.end
        comma = doc[j + 1].text == "," and doc[j].lower_ in spec["nouns"]
        if doc[j].lower_ not in spec["nouns"] or doc[j + 1].text not in spec["openers"] and not comma:
            continue
        k = j + 2
        while k < sent.end and doc[k].lower_ == "the":
            k += 1
        run = starts.get(k)
        if run is None or len(run) < 2:
            continue
        if comma and _stated_count(doc[j], spec) != len(run):
            # "Eight OPEC+ countries, A, B, … and H, agreed": a comma sets off an apposition only when the list
            # names exactly the count (number agreement; else the comma may coordinate: "OPEC+ countries, A and B")
            continue
        # the list must end the sentence or be closed by the opener's pair (a dash) or a comma
        after = run[-1].end
        if after < sent.end and doc[after].text not in spec["openers"] and doc[after].text not in {",", ".", ";"}:
            continue
        for m in run:
            m = _capital_as_state(d, m)
            if m.kind == "country" and not _excluded(d, m):
                yield _record(m, it, "member", f"{it.text} {doc[j].text}", sent)


def _stated_count(noun, spec: dict) -> int | None:
    """The number a plural noun states ('eight OPEC+ countries', '12 member states'), else None."""
    for ch in noun.children:
        if ch.dep_ == "nummod":
            if ch.text.isdigit():
                return int(ch.text)
            return spec.get("count_words", {}).get(ch.lower_)
    return None


def _state_noun_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Italy, an EU country', 'Italy is an EU country', 'EU countries France and Italy', 'NATO allies such as
    Poland', 'EU nations, including A and B': a body's name on a noun for a state names the body's members
    (kb/membership.json state_nouns; news usage: the body as a classifier of the state, Quirk et al. 1985
    §17.108). Not 'non-EU countries', 'former Soviet states', 'EU candidate countries' (blockers), nor a
    negated or modal predicate ('Norway is not an EU country')."""
    spec = d.c.get("state_nouns")
    if not spec:
        return
    doc = d.doc
    found = [x for x in d.items if sent.start <= x.start and x.end < sent.end and x.kind == "organisation"
             and x.member_bearing and doc[x.end].lower_ in spec["nouns"] and x.end not in d.at]
    starts = {run[0].start: run for run in _lists(d, sent)} if found else {}
    for it in found:
        n = doc[it.end]
        before = doc[max(sent.start, it.start - 2):it.start]
        if any(t.lower_ in spec["blockers"] or t.lower_.rstrip("-") in spec["blockers"] for t in before) or (
                it.start > 0 and doc[it.start - 1].text in {"-", "\u2010", "\u2011"}):
            continue
        members: list[_Item] = []
        head = d.at.get(n.head.i)
        if n.dep_ == "appos" and head is not None and head.kind == "country":
            members.append(head)  # "Italy, an EU country"
        elif n.dep_ == "attr" and n.head.lemma_.lower() in d.c["copulas"] and not _irrealis(d, n):
            members += [d.at[x.i] for x in _with_runs(d, _subjects(n.head), ("country",)) if x.i in d.at]
        elif (n.i >= 3 and doc[it.start - 1].lower_ in spec["articles"] and doc[it.start - 2].text == ","
              and (prev := d.at.get(it.start - 3)) is not None and prev.kind == "country"):
            members.append(prev)  # the same apposition, parsed otherwise
        k = n.i + 1
        if k < sent.end and doc[k].text == ",":
            k += 1
        opener = False
        if k + 1 < sent.end and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
            k, opener = k + 2, True
        elif k < sent.end and doc[k].lower_ in spec["list_openers"]:
            k, opener = k + 1, True
        elif (k == n.i + 1 and n.tag_ == "NNS" and doc[k].lower_ in spec.get("plural_openers", ())
              and len(starts.get(k + 1 + (doc[k + 1].lower_ == "the"), ())) >= 2):
            # "the BRICS nations of A, B and C" (a list: "the NATO allies of Poland" are Poland's partners)
            k, opener = k + 1, True
        while k < sent.end and doc[k].lower_ == "the":
            k += 1
        run = starts.get(k)
        if run is None and k in d.at and (opener or k == n.i + 1 and n.tag_ == "NNS"):
            run = [d.at[k]]
        if run is not None and (opener or k == n.i + 1 or doc[n.i + 1].lower_ == "the") and not _irrealis(d, n):
            # "EU countries France and Italy" (close apposition: a plural noun), "NATO allies such as Poland"
            if opener or n.tag_ == "NNS" or len(run) == 1:
                members += run
        for m in members:
            m = _capital_as_state(d, m)
            if m.kind == "country" and m.entity_id != it.entity_id and not _excluded(d, m):
                yield _record(m, it, "member", f"{it.text} {n.text}", sent)


def _as_member_claims(d: _Doc, sent) -> Iterator[dict]:
    """'As a member of NATO, Turkey must …', 'As an EU country, Italy …': a role phrase fronted before the clause
    describes its subject (a subject-related adjunct, Quirk et al. 1985 §16.48); the role is presupposed
    whatever the main verb's mood, so only the role's own markers ('as a future member') take it out."""
    c = d.c
    nouns = c["member_nouns"] | c["observer_nouns"] | set(c.get("state_nouns", {}).get("nouns", ()))
    for t in sent:
        if t.lower_ == "as" and t.dep_ == "prep" and t.i > t.head.i:
            found = list(_participate_as(d, sent, t, nouns))
            yield from found
            lemma = c["verb_forms"].get(t.head.lower_, t.head.lemma_.lower())
            if found or t.head.pos_ not in {"VERB", "AUX"} or lemma in c["join_verbs"] or lemma in c.get(
                    "passive_only_join_verbs", ()) or lemma in c["prospective_role_verbs"]:
                continue
            # "A, B and C were expected to attend as members of the G20": a role phrase after the verb also
            # describes its subject, whatever the verb's mood (as fronted below); not an accession ("join as a
            # member of X" is read by the join finders, with their modality)
        elif t.lower_ != "as" or t.head.pos_ not in {"VERB", "AUX"} or t.i > t.head.i:
            continue
        if t.dep_ == "prep":
            held = _subjects(t.head)
            if not held and t.head.dep_ == "xcomp" and t.i > t.head.i:
                # "A and B were expected to attend as members of X": the controller of the infinitive
                held = [x for ch in t.head.head.children if ch.dep_ in {"nsubj", "nsubjpass"} for x in (ch, *ch.conjuncts)]
            roles = [(p, held) for p in t.children if p.dep_ == "pobj"]
        elif t.dep_ == "mark":
            # The parser can take 'As members of X, A and B will …' for a clause whose subject is the role
            # noun, with the states as its conjuncts: they are the clause's real subjects.
            # or as conjuncts of the body after a comma ('As members of X, A and B', X conj A).
            roles = [(p, [x for x in p.conjuncts if x.i > p.i]
                      + [x for pr in p.children if pr.dep_ == "prep" and pr.lower_ == "of"
                         for b in pr.children if b.dep_ == "pobj"
                         for x in b.conjuncts if x.i > b.i and d.doc[x.i - 1].text == ","])
                     for p in t.head.children if p.dep_ == "nsubj" and t.i < p.i <= t.i + 2 and p.tag_ == "NNS"]
        else:
            continue
        for p, subjects in roles:
            word = p.lower_
            if word not in nouns or any(ch.lower_ in c["prospective_markers"] or ch.lower_ in c["state_nouns"]["blockers"]
                                        for ch in p.children):
                continue
            bodies = [d.at[ch.i] for ch in p.children if ch.dep_ in {"compound", "nmod", "amod"} and ch.i in d.at]
            bodies += [d.at[x.i] for ch in p.children if ch.dep_ == "prep" and ch.lower_ in {"of", "in"}
                       for x in ch.children if x.dep_ == "pobj" and x.i in d.at]
            # "members of the broader G20 forum": the body named on a class noun for bodies
            bodies += [d.at[n.i] for ch in p.children if ch.dep_ == "prep" and ch.lower_ == "of"
                       for x in ch.children if x.dep_ == "pobj" and x.i not in d.at and x.lower_ in c["anaphoric_org_nouns"]
                       for n in x.children if n.dep_ == "compound" and n.i in d.at]
            bodies = [b for b in bodies if b.kind == "organisation" and b.member_bearing]
            if not bodies:
                continue
            role = "observer" if word in c["observer_nouns"] else "member"
            yield from _subject_records(d, _with_runs(d, subjects, ("country",)), bodies[0], role,
                                        f"as {p.text}", sent)


def _participates(d: _Doc, v) -> bool:
    """A verb of taking part ('participate', 'take part', 'sit') that states a fact."""
    lemma = v.lemma_.lower()
    # only the simple present states a standing held now: "has participated since 2015 as an observer" is a
    # history a later accession may have ended (the article's date decides; GUIDELINES: as of the article's date)
    # (the small model may tag a plural present "VB": finite when it has a subject and no auxiliary)
    present = (v.tag_ in {"VBP", "VBZ"} or v.tag_ == "VB" and any(ch.dep_ == "nsubj" for ch in v.children)) and not any(
        ch.dep_ in {"aux", "auxpass"} for ch in v.children)
    return v.pos_ == "VERB" and present and (lemma in d.c["participation_verbs"] or lemma == "take" and any(
        ch.lower_ == "part" for ch in v.children)) and not _modal_or_negated(d, v)


def _standing_in(d: _Doc, v, nouns) -> tuple | None:
    """(role noun, body) when a verb of taking part has an 'as' role noun and an 'in' phrase naming a body of
    states or its meetings ('take part in Arctic Council meetings as observers'); else None."""
    if not _participates(d, v):
        return None
    roles = [p for t in v.children if t.dep_ == "prep" and t.lower_ == "as" for p in t.children
             if p.dep_ == "pobj" and (p.lower_ in nouns or p.lemma_.lower() in nouns) and not any(
                 ch.dep_ in {"compound", "nmod", "poss"} or ch.dep_ == "prep" and ch.lower_ == "of" for ch in p.children)]
    places = [p for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "in" for p in ch.children if p.dep_ == "pobj"]
    bodies = [d.at[x.i] for p in places for x in (p, *[ch for ch in p.children if ch.dep_ in {"compound", "nmod"}])
              if x.i in d.at and d.at[x.i].kind == "organisation" and d.at[x.i].member_bearing]
    return (roles[0], bodies[0]) if roles and bodies else None


def _participate_as(d: _Doc, sent, t, nouns) -> Iterator[dict]:
    """'France and Japan take part in Arctic Council meetings as observers', 'Several countries, including A and B,
    participate in the forum as observers': the 'as' role is the subjects' standing in the body the 'in' phrase
    names (or whose meetings it names); a listed subject's 'including' states count (kb participation_verbs)."""
    c, v = d.c, t.head
    found = _standing_in(d, v, nouns)
    if found is None:
        return
    noun, body = found
    role = "observer" if noun.lower_ in c["observer_nouns"] else "member"
    subjects = []
    for s_ in _subjects(v):
        subjects.append(s_)
        subjects += [x for pr in s_.children if pr.dep_ == "prep" and pr.lower_ in c["including_words"]
                     for p in pr.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)]
    yield from _subject_records(d, _with_runs(d, subjects, ("country",)), body, role, f"as {noun.text}", sent)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _ranked_join_claims(d: _Doc, sent) -> Iterator[dict]:
    """'Rwanda was the last country to join the Commonwealth', 'Croatia is the newest member to join the EU': an
    infinitival accession on a ranked noun for a state, predicated of the subject (kb ranked_join)."""
    spec, c = d.c.get("ranked_join"), d.c
    if not spec:
        return
    if sent.lemmas.isdisjoint({"join", "rejoin", "accede"}):
        return
    for v in sent:
        if v.pos_ != "VERB":
            continue
        lemma = c["verb_forms"].get(v.lower_, v.lemma_.lower())
        n = v.head
        if v.dep_ in {"advcl", "xcomp"} and n.lemma_.lower() in c["copulas"]:
            # "Finland became the 31st country to join NATO": the parser may hang the infinitive on the copula
            n = next((ch for ch in n.children if ch.dep_ == "attr" and ch.i < v.i), n)
        if (v.pos_ != "VERB" or lemma not in {"join", "rejoin", "accede"} or v.dep_ not in {"acl", "relcl", "advcl", "xcomp"}
                or not any(ch.tag_ == "TO" for ch in v.children) or n.lower_ not in spec["nouns"]
                or n.dep_ != "attr" or n.head.lemma_.lower() not in c["copulas"] or _own_modal_or_negated(d, n.head)):
            continue
        if not any(ch.lower_ in spec["ranks"] or ch.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(ch.lower_)
                   for ch in n.subtree if ch.i < n.i):
            continue
        orgs = [d.at[o.i] for o in _join_objects(v, lemma, c)
                if o.i in d.at and d.at[o.i].kind == "organisation" and d.at[o.i].member_bearing]
        # "the tenth nation to join BRICS as a partner country": the role the 'as' phrase names (_after_ok), none
        # when it names no membership
        role = _after_ok(d, orgs[0].end, sent) if orgs else None
        if orgs and role is not None:
            yield from _subject_records(d, _subjects(n.head), orgs[0], role, v.text, sent)


def _joined_subject_claims(d: _Doc, sent) -> Iterator[dict]:
    """"Countries newly elected to the council include A, B and C", "The states that joined the bloc in 2024 are
    A and B": a noun for states restricted by an accession clause, then the states it includes or is: each is a
    member of the body the clause names (the clause restricts the noun to the acceding states; Huddleston &
    Pullum 2002, ch. 12 on restrictive relatives and reduced relatives)."""
    c = d.c
    for v in sent:
        lemma = v.lemma_.lower()
        if lemma not in c["composition_verbs"] and lemma != "be" or _modal_or_negated(d, v):
            continue
        for s in _subjects(v):
            if s.i in d.at or s.lower_ not in c["state_nouns"]["nouns"]:
                continue
            if any(ch.lower_ in c["state_nouns"]["blockers"] for ch in s.children):
                continue  # "former member states elected to …"
            for a in (a for a in s.children if a.dep_ in ("acl", "relcl")):
                join = c["verb_forms"].get(a.lower_, a.lemma_.lower())
                if join not in c["join_verbs"] or _own_modal_or_negated(d, a):
                    continue
                for o in _join_objects(a, join, c):
                    found = _object_body(d, o)  # ("elected to the 15-member council")
                    if found is None:
                        continue
                    org = found[0]
                    if org is None or not org.member_bearing:
                        continue
                    objs = [o2 for o2 in v.children if o2.dep_ in ("dobj", "attr")]
                    for x in (x for o2 in objs for x in _composition_list(d, sent, o2)):
                        m = d.at.get(x.i)
                        m = _capital_as_state(d, m) if m is not None else None
                        if m is not None and m.kind == "country" and not _excluded(d, m):
                            yield _record(m, org, "member", a.text, sent)


def _other_members_claims(d: _Doc, sent) -> Iterator[dict]:
    """"Russia and Saudi Arabia were ready to act with other OPEC+ members", "Kenya urged fellow EAC members to
    act": 'other' or 'fellow' members of a body presuppose that the clause's subject is one too (Huddleston &
    Pullum 2002 on 'other' as an anaphoric determinative: the set it excludes is of the same kind)."""
    c = d.c
    if "members" not in sent.lows and "member" not in sent.lows:
        return
    for t in sent:
        if t.lower_ not in {"members", "member"} or t.i in d.at or not any(
                ch.dep_ == "amod" and ch.lower_ in {"other", "fellow"} for ch in t.children):
            continue
        bodies = [d.at[ch.i] for ch in t.children if ch.dep_ in {"compound", "poss", "nmod", "amod"} and ch.i in d.at]
        bodies += [d.at[p.i] for pr in t.children if pr.dep_ == "prep" and pr.lower_ == "of"
                   for p in pr.children if p.dep_ == "pobj" and p.i in d.at]
        bodies = [b for b in bodies if b.kind == "organisation" and b.member_bearing]
        verb = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if not bodies or verb is None or _modal_or_negated(d, verb) and verb.dep_ not in {"xcomp", "advcl", "acl"}:
            continue
        subjects = _subjects(verb)
        while not subjects and verb.dep_ in {"xcomp", "advcl", "acomp", "conj"} and verb.head.i != verb.i:
            verb = verb.head  # "were ready to take measures with …": the controlling clause's subject
            subjects = _subjects(verb)
        toks = []
        for s_ in subjects:
            if s_.i in d.at:
                toks.append(s_)
            elif s_.lower_ == "they" and verb.dep_ == "ccomp" and (said := [x for x in _subjects(verb.head) if x.i in d.at]):
                # "Russia and Saudi Arabia said they were ready …": the speakers (logophoric 'they')
                toks += said
            elif s_.lower_ == "they":
                toks += [d.doc[x.start:x.end].root for x in _plural_subject_antecedent(d, sent)]
        yield from _subject_records(d, _with_runs(d, toks, _MEMBER_KINDS), bodies[0], "member", t.text, sent)


def _following_list_claims(d: _Doc) -> Iterator[dict]:
    """"Summit was attended by the following Heads of State …:" then one line per state ("Angola: H.E. President
    …", "Malawi H.E. President …"): each line that opens with a state's name is an attendee of the gathering the
    announcing sentence names (the communiqué layout of SADC, AU and ECOWAS summits). The list ends at the first
    line that opens with no state."""
    doc, c, toks = d.doc, d.c, d.toks
    text = None
    for sent in doc.sents:
        # the sentence's last non-space token ends with the colon (Span.text, Doc.text build every token)
        last = sent.end - 1
        while last > sent.start and toks[last].is_space:
            last -= 1
        if not toks[last].text.endswith(":") or not any(t.lower_ == "following" for t in sent):
            continue
        if text is None:
            text, starts = doc.text, [t.idx for t in toks]
        verbs = [t for t in sent if t.lemma_.lower() in c["attend_verbs"] and any(ch.dep_ == "auxpass" for ch in t.children)]
        if not verbs or _modal_or_negated(d, verbs[0]):
            continue
        subjects = [ch for ch in verbs[0].children if ch.dep_ == "nsubjpass"]
        g = _gathering_of(d, subjects[0]) if subjects else None
        bodies = [g] if isinstance(g, _Item) and not generic_meeting(g.entity_id, d.kb, c) else (
            _named_gathering_bodies(d, subjects[0]) if subjects else [])
        if not bodies:
            continue
        pos = sent.end_char
        for line in text[pos:].split("\n"):
            start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            words = line.strip().split()
            found = None
            for n in range(min(5, len(words)), 0, -1):
                name = " ".join(words[:n]).rstrip(":")
                eid = _country_named(d, name)
                if eid is not None:
                    found = (eid, name)
                    break
            if found is None:
                found = _protocol_country(d, line)  # "(iii) Her Excellency, X, President of the Republic of Y;"
            if found is None:
                break
            k = bisect_left(starts, start)
            if k == len(doc):
                break
            for body in bodies:
                yield _record(found, body, "attendee", verbs[0].text, doc[k].sent)


def _named_gathering_bodies(d: _Doc, subject) -> list[_Item]:
    """The bodies whose joint gathering a generic name stands for ("The Joint Summit was attended by …" after "The
    Joint Summit of the Heads of State of the EAC and SADC met …"): the bodies of states named inside the
    first earlier mention with the same head noun (head-match coreference, Lee et al. 2013)."""
    head = subject.lower_
    for t in d.doc[:subject.i]:
        if t.lower_ != head:
            continue
        found = []
        for x in t.subtree:
            it = d.at.get(x.i)
            if x.i > t.i and it is not None and it.kind == "organisation" and it.member_bearing and it not in found:
                found.append(it)
        if found:
            return found
    return []


_ITEM_MARK = re.compile(r"^\s*(?:\(?[ivxlc]+\)|\(?\d+[.)]|\(?[a-z]\)|[-•·*–—])\s+", re.I)
_OF_PHRASE = re.compile(r"\bof\s+((?:the\s+)?[A-Z][^;,()]*)")


def _protocol_country(d: _Doc, line: str) -> tuple[str, str] | None:
    """The state of a protocol line ("(ii) Her Excellency, X, President of the United Republic of Tanzania;"): an
    item whose last state title ('President of', 'Minister of External Relations, Republic of') names a country;
    with a representative the represented head of state's country ("the Prime Minister, representing X, President
    of the Republic of Burundi"). None when the line is no such item."""
    body = _ITEM_MARK.sub("", line)
    titles = d.c.get("protocol_titles", ())
    if body == line and not any(body.lstrip().startswith(h) for h in d.c.get("protocol_honorifics", ())):
        return None  # neither numbered nor opened by an honorific: prose, not a list item
    found = None
    for m in _OF_PHRASE.finditer(body):
        before = body[:m.start()].split()[-4:]
        if not any(w.strip(",").lower() in titles for w in before):
            continue
        words = m.group(1).rstrip(" .;").split()
        # (the longest run of words from the left that names a country: "the Republic of Rwanda", else "Rwanda")
        spans = [(a, b) for a in range(len(words)) for b in range(len(words), a, -1)]
        found = next(((eid, " ".join(words[a:b])) for a, b in spans
                      if (eid := _country_named(d, " ".join(words[a:b]))) is not None), found)
    return found


def _country_named(d: _Doc, name: str) -> str | None:
    """The kb id of the country a line's words name exactly, or None."""
    eid = d.kb.lookup(name)
    ent = d.kb.entity(eid) if eid else None
    return eid if ent is not None and ent.type == "country" else None


_YEAR_LINE = re.compile(r"\(?\d{4}\)?[:.]?")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*")


def _member_table_claims(d: _Doc) -> Iterator[dict]:
    """A table of members run into the text: a short heading line that names members ("Founding members, 1949",
    "Observer states"), then lines that are only lists of states, which year lines ("1952") may separate (the
    issue's "tables of members run into prose"). Each state is a member (observer) of the body the heading names,
    else of the body under discussion. The table ends at the first line that is neither a list of states nor a
    year."""
    c, doc, toks = d.c, d.doc, d.toks
    text = doc.text
    cue_words = set(c["member_nouns"]) | set(c["observer_nouns"])
    if not any(w in cue_words for w in d._lower):
        return
    starts = [t.idx for t in toks]
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line.strip()))
        pos += len(line) + 1

    def states(line: str) -> list | None:
        parts = [p.strip() for p in _LIST_SPLIT.split(line.rstrip(".")) if p.strip()]
        out = []
        for p in parts:
            eid = _country_named(d, p[4:] if p.lower().startswith("the ") else p)
            if eid is None:
                return None
            out.append((eid, p))
        return out or None

    k = 0
    while k < len(lines):
        start, line = lines[k]
        words = line.lower().replace(",", " ").split()
        k += 1
        if not (0 < len(words) <= 6 and cue_words & set(words)) or line.endswith((".", "?", "!")):
            continue
        i = bisect_left(starts, start)
        if i >= len(doc):
            break
        body = next((it for it in d.bearing if start <= doc[it.start].idx < start + len(line)), None)
        body = body or d.antecedent(i, salience=True)
        if body is None:
            continue
        role = "observer" if set(c["observer_nouns"]) & set(words) else "member"
        while k < len(lines):
            lstart, l2 = lines[k]
            if not l2 or _YEAR_LINE.fullmatch(l2):
                k += 1
                continue
            found = states(l2)
            if found is None:
                break
            j = bisect_left(starts, lstart)
            if j >= len(doc):
                break
            for eid, name in found:
                if eid != body.entity_id:
                    yield _record((eid, name), body, role, line.split(",")[0], doc[j].sent)
            k += 1


class _Sent:
    """A sentence span whose tokens are built once: each of the ~25 finders iterates its sentence, and building
    spaCy Token objects again for each was most of this extractor's time (issue 13). Everything but iteration
    is the span's own."""

    __slots__ = ("span", "toks", "start", "end", "lows", "lemmas")

    def __init__(self, span, verb_forms: dict | None = None):
        self.span, self.toks, self.start, self.end = span, list(span), span.start, span.end
        self.lows = frozenset(t.lower_ for t in self.toks)
        # every lemma a finder may read: the model's, and the kb's for forms it mis-lemmatises (verb_forms)
        lem = {t.lemma_.lower() for t in self.toks}
        if verb_forms:
            lem.update(verb_forms[w] for w in self.lows if w in verb_forms)
        self.lemmas = frozenset(lem)

    def has(self, words) -> bool:
        """Whether any of these words is one of the sentence's forms or lemmas (a finder's gate)."""
        return not (self.lows.isdisjoint(words) and self.lemmas.isdisjoint(words))

    def __iter__(self):
        return iter(self.toks)

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, i):
        return self.span[i]

    def __getattr__(self, name):
        return getattr(self.span, name)


def memberships(doc, kb, title: str | None = None) -> Iterator[dict]:
    """Yield memberships-table records (member · observer · attendee) stated in the doc (the article's headline,
    if given, names the body a text that starts by describing it is about)."""
    d = _Doc(doc, kb, title)
    seen = set()
    states_only = {it.entity_id for it in d.items if it.states_only}
    ended = _departures(d)
    rejoin = set(d.c["departures"]["rejoin_triggers"]) if ended else set()
    for rec in chain(_sentence_claims(d), _following_list_claims(d), _member_table_claims(d)):
        if not rec["member_id"] or not rec["org_id"]:
            continue  # attendance of a gathering no body is known for is no membership claim (realnews GUIDELINES)
        if (rec["role"] != "attendee" and (rec["member_id"], rec["org_id"]) in ended
                and rec["trigger"].lower() not in rejoin
                and not any(t.lower_ in rejoin for t in d.doc.char_span(rec["sent_start"], rec["sent_end"],
                                                                         alignment_mode="expand") or ())):
            # "Niger has withdrawn from the MNJTF … the MNJTF comprises forces from A, B and Niger"; but "Gabon is
            # again a member of OPEC, 21 years after it left": a return stated in the record's own sentence
            continue
        if rec["org_id"] in states_only and not rec["member_id"].startswith("country:"):
            continue
        if generic_meeting(rec["org_id"], kb, d.c):
            continue  # "a Tripartite Summit", "the Council of Heads of State": a meeting named generically
        key = (rec["member_id"], rec["org_id"], rec["role"], rec["sent_start"])
        if key not in seen:
            seen.add(key)
            yield rec


def generic_meeting(org_id: str, kb, c: dict | None = None) -> bool:
    """Whether an organisation id the kb does not list is only generic meeting words (kb generic_meeting_words)."""
    c = c or cues()
    prefix, _, rest = org_id.partition(":")
    if prefix not in ("org", "place") or kb.listed(org_id):
        return False  # (a meeting the recognizer took for a place: "the Council of Heads of State")
    words = rest.split("-")
    return all(w in c.get("generic_meeting_words", ()) for w in words)


def _sentence_claims(d: _Doc) -> Iterator[dict]:
    """The records of every sentence-level finder, sentence by sentence."""
    for sent in (_Sent(s, d.c["verb_forms"]) for s in d.doc.sents):
        yield from (*_cue_claims(d, sent), *_join_claims(d, sent), *_forces_claims(d, sent),
                    *_part_of_claims(d, sent), *_implicit_join_claims(d, sent), *_nominal_claims(d, sent), *_composition_claims(d, sent),
                    *_surface_composition_claims(d, sent),
                    *_expansion_claims(d, sent), *_description_claims(d, sent), *_attend_claims(d, sent), *_in_attendance_claims(d, sent),
                    *_involving_claims(d, sent), *_group_list_claims(d, sent), *_state_noun_claims(d, sent),
                    *_as_member_claims(d, sent), *_ranked_join_claims(d, sent),
                    *_attendee_list_claims(d, sent), *_belongs_claims(d, sent), *_led_claims(d, sent), *_known_as_claims(d, sent), *_chair_claims(d, sent), *_contributor_claims(d, sent),
                    *_named_group_claims(d, sent), *_joined_subject_claims(d, sent),
                    *_joined_as_claims(d, sent), *_other_members_claims(d, sent), *_with_participants_claims(d, sent),
                    *_body_people_from_claims(d, sent), *_vote_claims(d, sent))


def departures(doc, kb) -> set[tuple[str, str]]:
    """(member, body) pairs whose membership the article says has ended (see _departures)."""
    spec = cues().get("departures")
    if not spec:
        return set()
    words = _departure_words(spec)
    if not any(t.lemma_.lower() in words for t in doc):
        return set()  # (most articles name no departure: the entity pass is not worth building for them)
    return _departures(_Doc(doc, kb))


def _departure_words(spec: dict) -> frozenset:
    """The lemmas that can state a departure (kb departures verbs and nouns)."""
    return frozenset(spec["verbs"]) | frozenset(spec["nouns"])


def _departures(d: _Doc) -> set[tuple[str, str]]:
    """(member, body) pairs the article says have ended: 'Niger has withdrawn from the MNJTF', 'Sudan suspended
    its membership of IGAD', 'Russia was expelled from the Council of Europe', 'the AU suspended Gabon', 'Qatar's
    exit from OPEC'. A description of the body's make-up elsewhere in the same article ('the MNJTF comprises
    forces from A, B and Niger') gives its former members then, which the realnews GUIDELINES count as ruled
    out (former and suspended members are 'never'); kb departures."""
    spec = d.c.get("departures")
    out: set[tuple[str, str]] = set()
    if not spec:
        return out
    verbs, nouns = spec["verbs"], set(spec["nouns"])
    held = set(spec["held_nouns"])

    def items(toks, kinds):
        found = []
        for t in _with_runs(d, [x for t in toks for x in (t, *t.conjuncts)], kinds):
            it = d.at.get(t.i)
            if it is not None and it.kind in kinds and it not in found:
                found.append(it)
        return found

    def pobjs(holders, preps):
        return [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in preps
                for p in prep.children if p.dep_ == "pobj"]

    cue_words = _departure_words(spec)
    for tok in d.toks:  # (the tokens built once: most of a scan's cost is making Token objects)
        low = tok.lemma_.lower()
        if low not in cue_words:
            continue
        if tok.pos_ in ("VERB", "AUX") and low in verbs:
            v, rule = tok, verbs[low]
            if rule.get("particle") and not any(ch.dep_ == "prt" and ch.lower_ == rule["particle"] for ch in v.children):
                continue
            if _modal_or_negated(d, v):
                continue
            objs = [ch for ch in v.children if ch.dep_ == "dobj"]
            held_objs = [o for o in objs if o.lemma_.lower() in held]  # "suspended its membership in IGAD"
            passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in v.children)
            if rule.get("body_acts") and not held_objs:
                # "the AU suspended Gabon", "Gabon was suspended from the AU", "expelled Russia from the CoE"
                members = items([ch for ch in v.children if ch.dep_ == ("nsubjpass" if passive else "dobj")], _MEMBER_KINDS)
                bodies = items(pobjs([v], rule.get("preps", ())), ("organisation",)) or (
                    [] if passive else items(_subjects(v), ("organisation",)))
            else:
                members = items(_subjects(v), _MEMBER_KINDS)
                bodies = items(pobjs(held_objs, ("in", "of")) or pobjs([v] if held_objs else [], ("in", "of"))
                               or (objs if rule.get("object") else [])
                               or pobjs([v], rule.get("preps", ())), ("organisation",))
                if (not bodies and rule.get("object") and not objs and not any(
                        ch.dep_ in ("prep", "advmod") and ch.lower_ in ("for", "to", "from", "home", "behind")
                        for ch in v.children) and (org := d.antecedent(v.i)) is not None):
                    # "Chile was a founding member but left in 1976": a departure with its body left implicit
                    # leaves the body under discussion (as _implicit_join_claims reads an implicit accession);
                    # "left for Lima", "left home" are journeys (the words stay here: every kb word list is also
                    # a feature of the learned models, so a new one would change what they were fitted on)
                    bodies = [org]
        elif tok.pos_ == "NOUN" and low in nouns:
            # "Qatar's exit from OPEC", "announced its withdrawal from ECOWAS" (a possessive pronoun is the
            # announcing subject's); not one only called for, threatened or weighed ("called for Russia's
            # expulsion from the G20", "a possible exit")
            if any(ch.dep_ == "amod" and ch.lower_ in spec["unreal_modifiers"] for ch in tok.children) or any(
                    a.pos_ in ("VERB", "AUX") and (a.lemma_.lower() in spec["unreal_heads"] or _modal_or_negated(d, a))
                    or a.pos_ == "NOUN" and a.lemma_.lower() in spec["unreal_nouns"]
                    for a in list(tok.ancestors)[:5]):
                continue  # ("saw it as the start of Armenia's withdrawal from the EAEU": a process only begun)
            owners = [ch for ch in tok.children if ch.dep_ == "poss"]
            if owners and all(o.pos_ == "PRON" for o in owners):
                owners = _subjects(tok.head) if tok.dep_ == "dobj" and not _modal_or_negated(d, tok.head) else []
            members = items(owners, _MEMBER_KINDS)
            bodies = items(pobjs([tok], ("from", "of")), ("organisation",))
        else:
            continue
        out.update((m.entity_id, b.entity_id) for m in members for b in bodies
                   if b.member_bearing and m.entity_id != b.entity_id)
    return out
