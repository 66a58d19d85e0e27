"""Candidate actor pairs and their delexicalised features: the input of the learned pair classifier.

Every ordered pair of distinct actors (countries, persons, organisations, groups; capitals and government
bodies standing for their country) named in one sentence is a candidate. Its features describe how the text
links the two, never who they are: the dependency path with entity names replaced by their types, the kb cue
families (analysis/kb/stance.json, membership.json) on or near the path, voice, negation, modality,
attribution, order, distance, list and apposition structure, and which rules already fired on the pair.
Relation-extraction feature set after Mintz et al. (2009, distant supervision: lexical + dependency-path
features) and Bunescu & Mooney (2005, shortest dependency path).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Doc, Span, Token

from analysis.extract import relations as relations_x

_MAX_PATH = 7  # longer paths are kept only as their bag of lemmas (sparse, rarely repeated whole)
_WINDOW = 2  # tokens around the path's top read for cues ("near the path")


def _strings(node) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            if not k.startswith("_"):
                yield k
                yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


@lru_cache(maxsize=1)
def cue_families() -> dict[str, tuple[str, ...]]:
    """Map a lower-case cue word to the kb families that list it ('stance:verbs', 'stance:opposes', 'mem:join_verbs')."""
    out: dict[str, set[str]] = {}
    for fname, prefix in (("stance.json", "stance"), ("membership.json", "mem")):
        data = json.loads(resources.files("analysis.kb").joinpath(fname).read_text(encoding="utf-8"))
        for section, body in data.items():
            if section.startswith("_") or section in ("actors", "descriptions"):
                continue  # actor types and description nouns are about who, not how
            for word in _strings(body):
                w = word.strip().lower()
                if w and " " not in w and len(w) < 30:
                    out.setdefault(w, set()).add(f"{prefix}:{section}")
            if isinstance(body, dict):  # a verb/noun entry names its relation: the family carries it
                for key, spec in body.items():
                    if isinstance(spec, dict) and spec.get("relation"):
                        out.setdefault(str(spec.get("lemma", key)).lower(), set()).add(f"{prefix}:{spec['relation']}")
    return {w: tuple(sorted(f)) for w, f in out.items()}


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    c = relations_x.cues()
    return {
        "neg": set(c["negation"]["words"]),
        "neg_gov": set(c["negation"]["governors"]),
        "modals": set(c["hypothetical"]["modals"]),
        "marks": set(c["hypothetical"]["marks"]),
        "hyp_gov": set(c["hypothetical"]["governors"]),
        "report": set(c["reporting"]["verbs"]) | set(c["reporting"]["according"]),
    }


def _mentions(doc: Doc, kb) -> list:
    """Actor mentions in document order, one per span (as relations.py resolves them)."""
    by_tok = relations_x._actors(doc, kb, relations_x.cues())
    seen, out = set(), []
    for i in sorted(by_tok):
        a = by_tok[i]
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out


def _root(doc: Doc, a) -> Token:
    span = doc[a.start:a.end]
    return span.root


def _chain_up(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-11" if n < 12 else "12+"


def _tok_repr(tok: Token, ent_type: dict[int, str]) -> str:
    # Any named entity (an actor, a demonym, a place) stands as its type: the model must not learn names.
    if tok.i in ent_type:
        return f"<{ent_type[tok.i]}>"
    return f"<{tok.ent_type_}>" if tok.ent_type_ else tok.lemma_.lower()


def _path_halves(doc: Doc, a, b) -> tuple[Token, Token, list[Token] | None, list[Token] | None]:
    """The two actors' root tokens and the dependency path between them as two halves: a's root up to and
    including the lowest common head, and b's root up to just below it (None, None: no common head)."""
    ra, rb = _root(doc, a), _root(doc, b)
    up_a, up_b = _chain_up(ra), _chain_up(rb)
    ids_b = [t.i for t in up_b]
    lca = next((t for t in up_a if t.i in ids_b), None)
    if lca is None:
        return ra, rb, None, None
    return ra, rb, up_a[: up_a.index(lca) + 1], up_b[: ids_b.index(lca.i)]


def features(doc: Doc, sent: Span, a, b, ent_type: dict[int, str], rules: dict, colon: bool | None = None,
             halves: tuple | None = None) -> dict[str, float]:
    """Return the delexicalised features of the ordered pair (a, b) in a sentence (colon: sent_has_colon(sent);
    halves: _path_halves(doc, a, b), when the caller has them)."""
    lex, cues = _lexicon(), cue_families()
    ra, rb, pa, pb = halves or _path_halves(doc, a, b)
    lca = pa[-1] if pa else None
    f: dict[str, float] = {
        f"ta={a.type}": 1.0, f"tb={b.type}": 1.0, f"types={a.type}|{b.type}": 1.0,
        f"order={'ab' if a.start < b.start else 'ba'}": 1.0,
        f"seat_a={a.seat}": 1.0, f"seat_b={b.seat}": 1.0,
    }
    left, right = (a, b) if a.start < b.start else (b, a)
    between = [t for t in doc[left.end:right.start]]
    f[f"dist={_bucket(len(between))}"] = 1.0
    n_ents = len({ent_type.get(t.i) and t.ent_iob_ == "B" and t.i for t in between} - {None, False, 0})
    f[f"ents_between={_bucket(n_ents)}"] = 1.0
    if len(between) <= 10:
        for t in between:
            if t.i in ent_type:
                continue
            if not t.is_punct and not t.is_stop:
                f[f"btw={_tok_repr(t, ent_type)}"] = 1.0
            for fam in cues.get(t.lemma_.lower(), ()):
                f[f"cue_btw={fam}"] = 1.0
        shape = " ".join("E" if t.i in ent_type else t.lower_ if t.is_punct or t.lower_ in ("and", "or") else "w"
                         for t in between)
        f[f"btw_shape={shape}"] = 1.0
    if lca is None:
        f["no_path"] = 1.0
        path: list[Token] = []
    else:
        path = pa + list(reversed(pb))
        steps = [f"{t.dep_}^" for t in pa[:-1]] + [_tok_repr(lca, ent_type)] + [f"{t.dep_}v" for t in reversed(pb)]
        inner = [_tok_repr(t, ent_type) for t in path[1:-1]]
        f[f"path_len={_bucket(len(path))}"] = 1.0
        if len(path) <= _MAX_PATH:
            f["path=" + " ".join(steps)] = 1.0
            f["path_lem=" + " ".join(inner)] = 1.0
        f["deps=" + " ".join(s for s in steps if s[-1] in "^v")] = 1.0
        for w in inner:
            f[f"pl={w}"] = 1.0
        f[f"lca={_tok_repr(lca, ent_type)}"] = 1.0
        f[f"lca_pos={lca.pos_}"] = 1.0
        f[f"dep_a={ra.dep_}"] = 1.0
        f[f"dep_b={rb.dep_}"] = 1.0
        if lca.i == ra.i or lca.i == rb.i:
            f["dominates"] = 1.0
        near = list(path)
        near += [doc[j] for j in range(max(sent.start, lca.i - _WINDOW), min(sent.end, lca.i + _WINDOW + 1))]
        near += [c for t in path for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "attr", "acomp", "prt")]
        on_path = {t.i for t in path}
        for t in near:
            if t.i in ent_type or t.ent_type_:
                continue  # a word inside a name ('Forum', 'Union') is the name, not a cue
            fams = cues.get(t.lemma_.lower(), ())
            for fam in fams:
                f[f"cue_near={fam}"] = 1.0
            if t.i in on_path:
                for fam in fams:
                    f[f"cue_path={fam}"] = 1.0
                    f[f"cue_path={fam}|{a.type}|{b.type}"] = 1.0
        # Voice, negation and modality of the verbs on the path and above its top (the clause that holds it).
        above = _chain_up(lca)[1:]
        scope = path + above[:2]
        for t in scope:
            kids = list(t.children)
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or t.dep_ == "agent":
                f["passive"] = 1.0
            if any(c.dep_ == "neg" or c.lower_ in lex["neg"] for c in kids):
                f["negated"] = 1.0
            if t.lemma_.lower() in lex["neg_gov"] and t.i != lca.i:
                f["neg_governor"] = 1.0
            for c in kids:
                if c.tag_ == "MD" and c.lower_ in lex["modals"]:
                    f["modal"] = 1.0
                if c.dep_ == "mark" and c.lower_ in lex["marks"]:
                    f["conditional"] = 1.0
            if t.lemma_.lower() in lex["hyp_gov"] and t.i != path[0].i:
                f["hyp_governor"] = 1.0
        for t in above:
            if t.lemma_.lower() in lex["report"]:
                f["reported"] = 1.0
                subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
                if any(a.start <= s.i < a.end for s in subj):
                    f["a_is_reporter"] = 1.0
                break
    # Lists and appositions: coordinated or appositive actors share a role, they rarely relate to each other.
    if rb.head.i == ra.i and rb.dep_ in ("conj", "appos") or ra.head.i == rb.i and ra.dep_ in ("conj", "appos"):
        f[f"direct_{(rb if rb.head.i == ra.i else ra).dep_}"] = 1.0
    for name, r in (("a", ra), ("b", rb)):
        if r.dep_ == "conj" or any(c.dep_ == "conj" for c in r.children):
            f[f"{name}_in_list"] = 1.0
        if r.dep_ == "appos" or any(c.dep_ == "appos" for c in r.children):
            f[f"{name}_appos"] = 1.0
        if r.dep_ == "poss":
            f[f"{name}_poss"] = 1.0
    if sent_has_colon(sent) if colon is None else colon:
        f["sent_has_colon"] = 1.0
    fired = False
    for label in rules.get((a.entity_id, b.country_id if b.seat else b.entity_id), ()):
        f[f"rule={label}"] = fired = 1.0
    for label in rules.get(("mem", a.entity_id, b.entity_id), ()):
        f[f"rule={label}"] = fired = 1.0
    if not fired:
        f["rule=none"] = 1.0
    return f


def sent_has_colon(sent: Span) -> bool:
    """Whether the sentence holds a colon or dash token (a list or a quote may follow it)."""
    return any(t.text in (":", "—", "–") for t in sent)


def dense(doc: Doc, a, b, ent_type: dict[int, str], halves: tuple | None = None) -> np.ndarray | None:
    """Return the pair's dense features: the pipeline's token vectors (doc.tensor) averaged over the dependency
    path, at the path's top, and averaged over the words between the two (names left out of each), as one row.

    None when the pipeline sets no token vectors. Word vectors carry what the sparse lemmas cannot share between
    synonyms ('joined', 'signed up to', 'is part of'), after the dependency-path models of Xu et al. (2015);
    rounded to float16, as the training rows are stored. halves: _path_halves(doc, a, b), when the caller has them.
    """
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[0] != len(doc) or not tensor.shape[1]:
        return None
    width = tensor.shape[1]
    out = np.zeros(3 * width, dtype=np.float32)
    _, _, pa, pb = halves or _path_halves(doc, a, b)
    if pa:
        lca = pa[-1]
        idx = [t.i for t in pa + pb if t.i not in ent_type] or [lca.i]
        out[:width] = tensor[idx].mean(axis=0)
        out[width:2 * width] = tensor[lca.i]
    left, right = (a, b) if a.start < b.start else (b, a)
    between = [i for i in range(left.end, right.start) if i not in ent_type]
    if between:
        out[2 * width:] = tensor[between].mean(axis=0)
    return out.astype(np.float16).astype(np.float32)


def rule_index(relation_records: Iterable[dict], membership_records: Iterable[dict]) -> dict:
    """Index rule output by sentence start: {sent_start: {(source, target) or ('mem', member, org): {labels}}}."""
    out: dict[int, dict] = {}
    for r in relation_records:
        out.setdefault(int(r["sent_start"]), {}).setdefault((r["source_id"], r["target_id"]), set()).add(r["relation"])
    for m in membership_records:
        out.setdefault(int(m["sent_start"]), {}).setdefault(("mem", m["member_id"], m["org_id"]), set()).add(m["role"])
    return out


def candidates(doc: Doc, kb, relation_records: Iterable[dict] = (), membership_records: Iterable[dict] = (),
               b_types: Collection[str] | None = None, with_dense: bool = False,
               a_types: Collection[str] | None = None) -> Iterator[dict]:
    """Yield one record per ordered pair of distinct actors in a sentence: ids, texts, sentence and features.

    The rules' records (optional) become features of the pairs they cover. Of several mentions of the same
    two actors in a sentence, the closest pair stands for them. a_types / b_types keep only pairs whose first /
    second actor is of those types; with_dense adds the pair's `dense` row (see dense()).
    """
    rules = rule_index(relation_records, membership_records)
    mentions = _mentions(doc, kb)
    if len(mentions) < 2:
        return
    ent_type = {i: m.type for m in mentions for i in range(m.start, m.end)}
    by_sent: dict[int, list] = {}
    sents = {s.start: s for s in doc.sents}
    starts = sorted(sents)
    for m in mentions:
        k = max(s for s in starts if s <= m.start) if m.start >= starts[0] else starts[0]
        by_sent.setdefault(k, []).append(m)
    for k in starts:
        ms = by_sent.get(k, [])
        sent = sents[k]
        best: dict[tuple, tuple] = {}
        for a in ms:
            if a_types is not None and a.type not in a_types:
                continue
            for b in ms:
                if a is b or b_types is not None and b.type not in b_types:
                    continue
                target = b.country_id if b.seat else b.entity_id
                if a.entity_id in (b.entity_id, target) or (a.country_id and a.country_id == target):
                    continue
                gap = abs(a.start - b.start)
                key = (a.entity_id, b.entity_id)
                if key not in best or gap < best[key][0]:
                    best[key] = (gap, a, b)
        srules = rules.get(sent.start_char, {})
        colon = sent_has_colon(sent) if best else False
        for key in sorted(best):
            _, a, b = best[key]
            halves = _path_halves(doc, a, b)
            rec = {
                "a_id": a.entity_id, "b_id": b.entity_id,
                "b_target_id": b.country_id if b.seat else b.entity_id,
                "a_type": a.type, "b_type": b.type,
                "a_country_id": a.country_id, "b_country_id": b.country_id,
                "a_text": a.text, "b_text": b.text,
                "sentence": sent.text, "sent_start": sent.start_char, "sent_end": sent.end_char,
                "features": features(doc, sent, a, b, ent_type, srules, colon, halves),
            }
            if with_dense:
                rec["dense"] = dense(doc, a, b, ent_type, halves)
            yield rec
