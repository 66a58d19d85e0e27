"""Coverage differences between outlets: event clustering and per-event, per-outlet comparisons.

coverage(tables, kb) groups the articles into events (articles reporting the same happening) and, per
event and outlet, says whom the outlet named and how (outlet_entities, naming), which loaded words it chose
(framing) and what it reported that the other outlets did not (unique_sentences). It is pure: DataFrames
in, DataFrames out; the lexicons are package data under analysis/kb/ (framing.json, naming_titles.json,
boilerplate.json, paraphrase.json).

Event clustering (the numbers are the module constants below, tested in tests/test_coverage.py):

- article similarity = TEXT_WEIGHT * TF-IDF cosine of the articles' fact tokens (_fact_tokens: entity
  ids in place of names, numbers and dates normalised, light stems, synonym and framing classes; IDF over
  the sentences of the article's IDF block, its calendar month) + (1 - TEXT_WEIGHT) * TF-IDF cosine of their
  entity mentions (IDF over the block's articles; text alone when either has none);
- a sparse similarity graph instead of an n x n matrix (neighbour_pairs): a dated article is compared only
  with the dated articles within MAX_DAY_GAP days, an undated one only with the articles sharing one of its
  rarer heavy tokens; each keeps its MAX_NEIGHBOURS best pairs >= SIM_FLOOR, so memory and time grow with
  the corpus times the articles per date window, not with its square (bench/bench_coverage.py);
- average-linkage agglomerative clustering on that graph (link; absent pairs count 0): repeatedly merge the
  two most similar clusters while their average similarity is >= EVENT_THRESHOLD, never merging two
  clusters whose dated articles would then span more than MAX_DAY_GAP days, and needing
  UNDATED_THRESHOLD when one side has no date (so an undated article joins the event it matches strongly,
  and cannot chain two events of different dates together, as single linkage / connected components would);
- an undated article takes its event's date (date_source "event") only when the event's dated reports agree
  on the day and it matches one of them with similarity >= STRONG_MATCH;
- event_id = "event:" + the first 12 hex digits of sha256 of the sorted member article_ids;
- label = the title of the most central article (highest mean similarity to the other members) + date.

Incremental: update(previous, tables, new_article_ids, kb) gives the tables coverage(tables, kb) gives, row for
row, doing again only what the change reaches: IDF is block-local (per calendar month, undated articles
apart: Vectors), so a new article changes its block's vectors only; the neighbour rows of the articles within
MAX_DAY_GAP days of a changed block (and the undated ones) are computed again, the others are taken from the
state the previous result keeps (STATE); events are linked per component of the strong pairs (link_components)
and a component whose members and rows are unchanged keeps its events; the per-event tables (framing, unique
sentences: most of the cost) are taken as they were for events whose members' inputs are unchanged.

Unique sentences: a content sentence is unique to its outlet when its best fact-token TF-IDF cosine with any
sentence of the other outlets on the event is below UNIQUE_THRESHOLD (the best over the sentences and their
clauses); pairs that share fewer than two tokens, or nothing but entity names, score 0. Measured by bench/eval_coverage.py on tests/data/coverage.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import heapq
import json
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer

from analysis import tables

# Two dated articles more than this many days apart never share an event: a visit, summit or attack and
# the next-day reports on it fall within a few days; a return visit a year later is another event.
MAX_DAY_GAP = 3
# Weight of the text cosine in the article similarity (the rest is the entity cosine). Entities say who,
# text says what: two meetings of the same leaders share every name (entity cosine 0.47-0.50 on
# test_event_pairs), so the text must carry most of the weight; the entities still pull together reports
# whose wording differs ("annexation"/"reunification" of regions spelt differently).
TEXT_WEIGHT = 0.7
# Average-linkage similarity at which two clusters merge. On test_event_pairs: one event told by two
# outlets 0.71; the same two leaders at another meeting a year later 0.28-0.30 (kept apart by the dates);
# another topic 0.06. On tests/data/coverage (bench/eval_coverage.py): reports of one event 0.30-0.61
# (mean 0.44); the closest reports of different events 0.25 (same countries three weeks apart).
EVENT_THRESHOLD = 0.3
# Average similarity needed to merge when one side has no dated article, so the date window cannot rule out
# a report of another happening between the same actors: the match must be strong. Reports of one event
# with one side undated measure 0.50-0.53 on tests/data/coverage and 0.49 on ../shared/realnews; reports of
# different happenings between the same actors, weeks or years apart, reach 0.38 (dated) and 0.44 (undated)
# on realnews, 0.26 on tests/data/coverage (bench/eval_coverage.py and score.py measure both).
UNDATED_THRESHOLD = 0.45
# An undated article takes its event's date only when it matches one of the event's dated reports this
# strongly (and those reports agree on the day): a date guessed from a loose match would look like a fact.
STRONG_MATCH = UNDATED_THRESHOLD
# The sparse similarity graph: pairs below SIM_FLOOR count as 0 in the averages (they are far below both
# thresholds), and each article keeps its MAX_NEIGHBOURS most similar candidates; a real event has a handful
# of reports, far fewer. Blocks of CHUNK articles bound the memory of one sparse product.
SIM_FLOOR = 0.1
MAX_NEIGHBOURS = 50
CHUNK = 512
# Undated articles cannot be compared with every article: their candidates are the MAX_CANDIDATES articles
# with the highest cosine over the tokens found in at most MAX_POSTING articles (an inverted index with its
# most frequent terms left out, Salton & McGill 1983; a token in thousands of reports cannot single out an
# event, and leaving it out bounds the work per undated article).
MAX_POSTING = 1000
MAX_CANDIDATES = 200
# A sentence is "unique" to its outlet when its best fact-token cosine with any sentence of the other
# outlets' articles on the event is below this. On tests/data/coverage (bench/eval_coverage.py) 0.25 calls
# 7% of the shared facts unique and misses 10% of the unique ones (0.3: 13% and 5%; 0.2: 4% and 31%).
# Paraphrases sharing no content word or name ("want Assad to go" / "want him gone") still count as unique.
UNIQUE_THRESHOLD = 0.25
# Sentences (and content lines) with fewer words are headings, captions, credits: not compared.
MIN_SENTENCE_WORDS = 6
# Outlet name for articles whose outlet is unknown (so they still group).
UNKNOWN_OUTLET = "(unknown outlet)"
# How many entities make an event's top_entities.
TOP_ENTITIES = 3

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# ---------------------------------------------------------------------------------------------- data


def _kb_json(name: str) -> dict:
    return json.loads(resources.files("analysis").joinpath("kb", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> tuple[tuple[str, str, re.Pattern], ...]:
    """Return the framing lexicon (analysis/kb/framing.json) as (concept, term, compiled form) triples."""
    out = []
    for c in _kb_json("framing.json")["concepts"]:
        for t in c["terms"]:
            flags = 0 if t.get("case") == "sensitive" else re.IGNORECASE
            for form in t.get("forms") or [t["term"]]:
                # Not inside a hyphenated compound on the left ("anti-government" is not "government").
                rx = re.compile(r"(?<![\w-])" + re.escape(form).replace(r"\ ", r"\s+") + r"(?!\w)", flags)
                out.append((c["concept"], t["term"], rx))
    return tuple(out)


# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn into it (sre's case
# equivalences: dotless and dotted I, long s, Kelvin sign).
_FOLD_TO_ASCII = {0x131: "i", 0x130: "i", 0x17F: "s", 0x212A: "k"}


@lru_cache(maxsize=1)
def _lexicon_words() -> tuple[tuple[str, bool] | None, ...]:
    """Per lexicon entry, a word the text must contain for the entry to match (lower-cased when the entry
    ignores case), or None (not plain ASCII: IGNORECASE may fold differently from str.lower; always run)."""
    out = []
    for c in _kb_json("framing.json")["concepts"]:
        for t in c["terms"]:
            sensitive = t.get("case") == "sensitive"
            for form in t.get("forms") or [t["term"]]:
                words = form.split()
                if not words or not form.isascii():
                    out.append(None)
                else:
                    out.append((words[0] if sensitive else words[0].lower(), sensitive))
    return tuple(out)


@lru_cache(maxsize=1)
def _titles() -> dict:
    data = _kb_json("naming_titles.json")
    before = sorted({t.strip() for t in data["before"]}, key=lambda t: (-len(t), t))
    after = sorted({t.strip() for t in data["after"]}, key=lambda t: (-len(t), t))
    return {
        # A title ending right at the end of the text before a name (only spaces between).
        "before": re.compile(r"(?:^|(?<=[\s(\"“‘'—-]))(" + "|".join(re.escape(t) for t in before) + r")\s+$", re.I),
        # An epithet right after a name ("Kremlin strongman", "Russia's leader").
        "after": re.compile(r"^(?:['’]s)?\s+(" + "|".join(re.escape(t) for t in after) + r")(?!\w)", re.I),
        "head_roles": {r.lower() for r in data["head_roles"]},
        "blockers": {w.lower() for w in data.get("after_blockers", [])},
    }


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern:
    # One alternation of the literal cues: a sentence is scanned once, not once per cue.
    cues = sorted({c.lower() for c in _kb_json("boilerplate.json")["cues"]}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)) or r"(?!)")


# ------------------------------------------------------------------------------------------ helpers


@lru_cache(maxsize=1)
def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int, str]]:
    """Split text into (start, end, sentence): first at line breaks, then spaCy's rule-based sentencizer."""
    return list(_sentence_spans(text or ""))


# coverage() splits each article three times (furniture, fact tokens, unique sentences): split it once
# (coverage() empties the cache when it is done, so it holds one corpus at most).
@lru_cache(maxsize=None)
def _sentence_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    # Line breaks first: headings and captions carry no final stop and would glue onto the next paragraph.
    # The sentencizer (rule-based, no model) splits on . ! ? tokens; the English tokenizer keeps
    # abbreviations such as "Gen." or "U.S." whole, so they do not end a sentence.
    text = text or ""
    lines = []
    pos = 0
    for ln in text.splitlines(keepends=True):
        if ln.strip():
            lines.append((pos, ln))
        pos += len(ln)
    out = []
    for (off, ln), doc in zip(lines, _sentencizer().pipe([ln for _, ln in lines])):
        for sent in doc.sents:
            raw = sent.text
            stripped = raw.strip()
            if stripped:
                start = off + sent.start_char + (len(raw) - len(raw.lstrip()))
                out.append((start, start + len(stripped), stripped))
    return tuple(out)


def _clear_caches() -> None:
    """Empty the per-corpus caches (sentence splits, fact tokens): they hold one corpus at most."""
    _sentence_spans.cache_clear()
    _fact_tokens_of.cache_clear()
    is_furniture.cache_clear()


def split_sentences(text: str) -> list[str]:
    """Split text into sentences (see sentence_spans)."""
    return [s for _, _, s in sentence_spans(text)]


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", s.lower())


# A sentence is asked about three times per build (furniture spans, article tokens, unique sentences).
@lru_cache(maxsize=1 << 16)
def is_furniture(sentence: str, outlet: str | None = None) -> bool:
    """Whether a sentence is page furniture: a credit, a notice, or the outlet writing about itself."""
    if _boilerplate().search(sentence.lower()):
        return True
    # An outlet writing about itself ("Middle East Eye delivers independent coverage…", "TRTWorld and
    # agencies") is page furniture; spaces are ignored so "TRTWorld" matches "TRT World".
    key = _outlet_key(outlet)
    return bool(key) and key in _norm(sentence)


@lru_cache(maxsize=1024)
def _outlet_key(outlet: str | None) -> str:
    """The outlet's name as is_furniture compares it (letters and digits, lower case), or "" for none."""
    key = _norm(outlet) if outlet and outlet != UNKNOWN_OUTLET else ""
    return key if len(key) >= 3 else ""


def is_content(sentence: str, outlet: str | None = None) -> bool:
    """Whether a sentence is reporting to compare: not furniture, and not a heading or caption-length line."""
    return len(_WORD.findall(sentence)) >= MIN_SENTENCE_WORDS and not is_furniture(sentence, outlet)


def _body(text: str, outlet: str | None) -> tuple[str, list[tuple[int, int]]]:
    """The text without furniture sentences (headings kept), and the furniture spans."""
    spans = sentence_spans(text)
    furniture = [(s, e) for s, e, sent in spans if is_furniture(sent, outlet)]
    return "\n".join(sent for s, e, sent in spans if (s, e) not in furniture), furniture


def _entry_body(entry: dict, text: str, outlet: str | None) -> str:
    """_body's text from a prep entry's sentence boundaries and furniture spans (split again when it has none).

    A worker process splits its articles beside their analysis; the boundaries it keeps spare the build's
    driver splitting every article again for framing (a serial step that held back the 2-process build,
    issue 13)."""
    bounds = entry.get("bounds")
    if bounds is None:
        return _body(text, outlet)[0]
    furniture = {tuple(f) for f in entry["furniture"]}
    return "\n".join(text[s:e] for s, e in bounds if (s, e) not in furniture)


def _content_text(text: str, outlet: str | None) -> str:
    kept = [s for s in split_sentences(text) if is_content(s, outlet)]
    return "\n".join(kept) if kept else (text or "")


def article_tokens(text: str, outlet: str | None = None, spans=()) -> list[list[str]]:
    """Fact tokens (see _fact_tokens) of each content sentence of an article (all sentences if none is).

    spans: (start, end, tokens) of the article's entity mentions, offsets into `text`.
    """
    sents = sentence_spans(text)
    kept = [x for x in sents if is_content(x[2], outlet)] or sents
    spans = sorted(spans)
    out = []
    for start, end, sent in kept:
        inside = tuple((ms - start, me - start, t) for ms, me, t in spans if start <= ms and me <= end)
        out.append(_fact_tokens(sent, inside))
    return out


def _identity(tokens):
    return tokens


class _Tokens:
    """Per article (by position in ids), its sentences' fact tokens from the prep cache, parsed when read."""

    def __init__(self, prep: dict, ids: list[str]):
        self.prep, self.ids = prep, ids

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, k: int) -> list[list[str]]:
        return _entry_tokens(self.prep[self.ids[k]])


class Vectors:
    """Per-article TF-IDF vectors (rows L2-normalised): fact tokens (text) and entity keys (ent).

    IDF is block-local: each article's weights come from the articles of its block (_block: its calendar
    month, or all the undated ones), so adding an article changes the vectors of its block only and an
    update compares again only the articles near it (issue 13); rows share one vocabulary, so articles of
    two blocks (a report on the 31st and one on the 1st) still compare.
    """

    def __init__(self, sentence_tokens, entities: list[list[str]], blocks: list[str] | None = None,
                 block_keys: dict[str, str] | None = None, cached: dict[str, str] | None = None):
        n = len(entities)
        blocks = blocks if blocks is not None else [""] * n
        self.blocks = blocks
        by_block: dict[str, list[int]] = defaultdict(list)
        for k, b in enumerate(blocks):
            by_block[b].append(k)
        # cached: per block, its weights as state() gave them at an earlier build (JSON), reused when the block
        # key (a hash of its articles' inputs) is the same; sentence_tokens is read only for the other blocks.
        self.state: dict[str, str] = {}
        parts = {}
        for b, ks in by_block.items():
            key = (block_keys or {}).get(b)
            raw = (cached or {}).get(b)
            if key is not None and raw is not None:
                got = json.loads(raw)
                if got["k"] == key:
                    parts[b] = (got["t"], got["e"])
                    self.state[b] = raw
                    continue
            # IDF from the sentences of the block's articles, not from the articles: with a handful of articles
            # a document-level IDF is nearly flat (a word in both of two articles gets the lowest weight however
            # rare it is), so the same pair would score differently in a block of 2 and of 200.
            toks = [sentence_tokens[k] for k in ks]
            sents = [s for ts in toks for s in ts if s]
            docs = [[t for s in ts for t in s] for ts in toks]
            # Entities weighted by TF-IDF over the articles: a country every report names says little about
            # which event it is, a person or town named by few says much (Salton & Buckley 1988, term weighting).
            ents = [entities[k] for k in ks]
            parts[b] = (_part(_weights(docs, sents or docs)), _part(_weights(ents, ents)))
            if key is not None:
                self.state[b] = json.dumps({"k": key, "t": parts[b][0], "e": parts[b][1]}, separators=(",", ":"))
        self.text = _merge([(parts[b][0], ks) for b, ks in by_block.items()], n)
        self.ent = _merge([(parts[b][1], ks) for b, ks in by_block.items()], n)
        self.has = np.array([bool(e) for e in entities], dtype=bool)
        self.text_has = sparse.diags(self.has.astype(float)) @ self.text  # text rows of articles with entities
        self.n = n

    def block(self, rows, cols) -> sparse.csr_matrix:
        """Similarities of articles `rows` x `cols` (sparse: pairs sharing nothing are absent)."""
        t = self.text[rows] @ self.text[cols].T
        th = self.text_has[rows] @ self.text_has[cols].T
        e = self.ent[rows] @ self.ent[cols].T
        # Both with entities: TEXT_WEIGHT * text + rest * entities; else the text cosine alone.
        return (t - (1 - TEXT_WEIGHT) * th + (1 - TEXT_WEIGHT) * e).tocsr()

    def group_row_sums(self, groups: list[list[int]]) -> list[np.ndarray]:
        """row_sums of each group at once (sparse products over all groups, not a slice per group)."""
        if not groups:
            return []
        members = np.concatenate([np.asarray(g, dtype=int) for g in groups])
        gid = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
        has = self.has[members]
        ones = np.ones(len(members))
        shape = (len(groups), self.n)
        ind_has = sparse.csr_matrix((ones * has, (gid, members)), shape=shape)
        ind_not = sparse.csr_matrix((ones * ~has, (gid, members)), shape=shape)
        t_has, t_not, e_has = ind_has @ self.text, ind_not @ self.text, ind_has @ self.ent
        t, e = self.text[members], self.ent[members]

        def dot(rows, sums):  # each member's row . its group's summed row
            return np.asarray(rows.multiply(sums[gid]).sum(axis=1)).ravel()

        th, tn, eh = dot(t, t_has), dot(t, t_not), dot(e, e_has)
        with_e = TEXT_WEIGHT * th + (1 - TEXT_WEIGHT) * eh + tn
        tt = np.asarray(t.multiply(t).sum(axis=1)).ravel()
        ee = np.asarray(e.multiply(e).sum(axis=1)).ravel()
        self_sim = np.where(has, TEXT_WEIGHT * tt + (1 - TEXT_WEIGHT) * ee, tt)
        out = np.where(has, with_e, th + tn) - self_sim
        return np.split(out, np.cumsum([len(g) for g in groups])[:-1])

    def row_sums(self, idxs: list[int]) -> np.ndarray:
        """For each article of idxs, the sum of its similarities to the others of idxs (linear, no matrix)."""
        idxs = np.asarray(idxs)
        has = self.has[idxs]
        t, e = self.text[idxs], self.ent[idxs]
        t_has = np.asarray(t[has].sum(axis=0)).ravel()
        t_not = np.asarray(t[~has].sum(axis=0)).ravel()
        e_has = np.asarray(e[has].sum(axis=0)).ravel()
        with_e = TEXT_WEIGHT * (t @ t_has) + (1 - TEXT_WEIGHT) * (e @ e_has) + t @ t_not
        without = t @ (t_has + t_not)
        tt = np.asarray(t.multiply(t).sum(axis=1)).ravel()
        ee = np.asarray(e.multiply(e).sum(axis=1)).ravel()
        self_sim = np.where(has, TEXT_WEIGHT * tt + (1 - TEXT_WEIGHT) * ee, tt)  # each one's similarity to itself
        return np.where(has, with_e, without) - self_sim


def _tfidf_rows(docs: list[list[str]], fit_on: list[list[str]]) -> sparse.csr_matrix:
    """Sublinear TF-IDF rows (L2-normalised) of token lists, IDF fitted on fit_on."""
    try:
        vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
        return vec.fit(fit_on).transform(docs).tocsr()
    except ValueError:  # empty vocabulary
        return sparse.csr_matrix((len(docs), 1))


def _weights(docs: list[list[str]], fit_on: list[list[str]]) -> list[dict[str, float]]:
    """Sublinear TF-IDF weights (L2-normalised) of token lists, smooth IDF fitted on fit_on, as scikit-learn's
    TfidfVectorizer(sublinear_tf=True) gives them; tokens absent from fit_on get none."""
    df: Counter = Counter()
    for d in fit_on:
        df.update(set(d))
    n = len(fit_on) + 1
    idf = {t: math.log(n / (c + 1)) + 1 for t, c in df.items()}
    out = []
    for d in docs:
        w = {t: (1 + math.log(c)) * idf[t] for t, c in Counter(d).items() if t in idf}
        norm = math.sqrt(sum(x * x for x in w.values()))
        out.append({t: x / norm for t, x in sorted(w.items())} if norm else {})
    return out


def _part(rows: list[dict[str, float]]) -> list:
    """Rows of token weights as [vocabulary, indptr, indices, data] over their own sorted vocabulary."""
    vocab = sorted({t for r in rows for t in r})
    col = {t: j for j, t in enumerate(vocab)}
    indptr = np.cumsum([0] + [len(r) for r in rows]).astype(np.int64)
    indices = np.fromiter((col[t] for r in rows for t in r), dtype=np.int64, count=int(indptr[-1]))
    data = np.fromiter((x for r in rows for x in r.values()), dtype=np.float64, count=int(indptr[-1]))
    return [vocab, _pack(indptr), _pack(indices), _pack(data)]


def _pack(a: np.ndarray) -> str:
    """An array as base64 text (exact, and parsed far faster than a JSON list of numbers)."""
    return base64.b64encode(np.ascontiguousarray(a).tobytes()).decode("ascii")


def _unpack(text: str, dtype) -> np.ndarray:
    """The array _pack wrote."""
    return np.frombuffer(base64.b64decode(text), dtype=dtype)


def _merge(parts: list[tuple[list, list[int]]], n: int) -> sparse.csr_matrix:
    """One matrix over the sorted union of the parts' vocabularies, row k for article k (each part: its
    _part and the articles of its rows). Columns keep their order within a row (both vocabularies sorted)."""
    vocab = sorted({t for (v, *_), _ in parts for t in v})
    col = {t: j for j, t in enumerate(vocab)}
    width = max(len(vocab), 1)
    mats, order = [], []
    for (v, indptr, indices, data), ks in parts:
        to = np.array([col[t] for t in v], dtype=np.int32)
        indices = _unpack(indices, np.int64)
        mats.append(sparse.csr_matrix((_unpack(data, np.float64), to[indices] if len(indices) else np.zeros(0, np.int32),
                                       _unpack(indptr, np.int64)), shape=(len(ks), width)))
        order += ks
    if not mats:
        return sparse.csr_matrix((n, width))
    inv = np.empty(n, dtype=np.int64)
    inv[np.asarray(order, dtype=np.int64)] = np.arange(n)
    return sparse.vstack(mats, format="csr")[inv]


def article_similarity(sentence_tokens: list[list[list[str]]], entities: list[list[str]]) -> np.ndarray:
    """Return the (dense) article similarity matrix: TEXT_WEIGHT * fact-token cosine + rest * entity cosine.

    sentence_tokens: per article, the fact tokens of each sentence (article_tokens); entities: per article,
    the entity key of every mention (repeats count). For small sets; coverage() itself never builds it.
    """
    n = len(sentence_tokens)
    if not n:
        return np.zeros((0, 0))
    v = Vectors(sentence_tokens, entities)
    sim = v.block(np.arange(n), np.arange(n)).toarray()
    np.fill_diagonal(sim, 1.0)
    return sim


def _top(block: sparse.csr_matrix, k: int, floor: float):
    """Per row of a sparse block: the column positions and values of its k largest entries >= floor."""
    for r in range(block.shape[0]):
        lo, hi = block.indptr[r], block.indptr[r + 1]
        cols, vals = block.indices[lo:hi], block.data[lo:hi]
        keep = vals >= floor
        cols, vals = cols[keep], vals[keep]
        if len(vals) > k:
            order = np.lexsort((cols, -vals))[:k]  # largest first, ties by position: deterministic
            cols, vals = cols[order], vals[order]
        yield r, cols, vals


def neighbour_pairs(v: Vectors, days: list[float | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sparse similarity graph: pairs (i < j) among each article's MAX_NEIGHBOURS most similar candidates.

    Candidates of a dated article: the dated articles within MAX_DAY_GAP days (blocking by date: no other
    article may share its event). Candidates of an undated article: the MAX_CANDIDATES articles closest on
    the tokens of at most MAX_POSTING articles. Time and memory grow with n times the window, not n².
    """
    return _pairs_of(neighbour_rows(v, days))


def _pairs_of(rows: dict[int, tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs (i < j, sorted) kept by any row of neighbour_rows (a pair's similarity is the same from
    either end: the same products, summed in the same column order)."""
    if not rows:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    a = np.concatenate([np.full(len(cs), i, dtype=np.int64) for i, (cs, _) in rows.items()])
    b = np.concatenate([np.asarray(cs, dtype=np.int64) for cs, _ in rows.values()])
    x = np.concatenate([np.asarray(vals, dtype=float) for _, vals in rows.values()])
    keep = a != b
    lo, hi, x = np.minimum(a, b)[keep], np.maximum(a, b)[keep], x[keep]
    # One entry per pair, the last row's value (as a dict filled in row order would keep), sorted by (i, j).
    key = lo * (int(hi.max(initial=0)) + 1) + hi
    _, last = np.unique(key[::-1], return_index=True)
    pick = len(key) - 1 - last
    return lo[pick].astype(int), hi[pick].astype(int), x[pick]


def neighbour_rows(v: Vectors, days: list[float | None], which=None) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Per article of `which` (default: all), the articles (indices) and similarities of its MAX_NEIGHBOURS
    best candidates >= SIM_FLOOR (see neighbour_pairs). A row depends only on its own candidates, not on
    which other rows are computed with it, so an update computes again only the rows a change reaches."""
    n = v.n
    out: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    wanted = np.ones(n, dtype=bool) if which is None else np.isin(np.arange(n), np.asarray(list(which), dtype=int))

    def add(rows, cols, block):
        for r, cs, vals in _top(block, MAX_NEIGHBOURS, SIM_FLOOR):
            out[int(rows[r])] = (cols[cs].astype(int), vals.astype(float))

    dated = np.array([k for k in range(n) if days[k] is not None], dtype=int)
    if len(dated):
        dd = np.array([days[k] for k in dated], dtype=float)
        order = np.lexsort((dated, dd))
        dated, dd = dated[order], dd[order]
        todo = np.flatnonzero(wanted[dated])  # positions in `dated` of the rows to compute
        for start in range(0, len(todo), CHUNK):
            pos = todo[start:start + CHUNK]
            rows = dated[pos]
            # The window of a chunk: from its first day - gap to its last day + gap.
            lo = np.searchsorted(dd, dd[pos[0]] - MAX_DAY_GAP, "left")
            hi = np.searchsorted(dd, dd[pos[-1]] + MAX_DAY_GAP, "right")
            cols = dated[lo:hi]
            block = v.block(rows, cols)
            # Out-of-window pairs inside the chunk's span are dropped before the top-k.
            rd = dd[pos]
            cd = dd[lo:hi]
            block = block.tocoo()
            ok = np.abs(rd[block.row] - cd[block.col]) <= MAX_DAY_GAP
            block = sparse.csr_matrix((block.data[ok], (block.row[ok], block.col[ok])), shape=block.shape)
            add(rows, cols, block)

    undated = np.array([k for k in range(n) if days[k] is None and wanted[k]], dtype=int)
    if len(undated):
        # Inverted index without the tokens of more than MAX_POSTING articles: the partial cosine over the
        # rarer tokens ranks the candidates, the full similarity is then computed for the best of them.
        df = np.bincount(v.text.indices, minlength=v.text.shape[1])
        rare = (v.text @ sparse.diags((df <= MAX_POSTING).astype(float))).tocsr()
        for start in range(0, len(undated), CHUNK):
            rows = undated[start:start + CHUNK]
            partial = (v.text[rows] @ rare.T).tocsr()
            cand = []
            for r, cs, _ in _top(partial, MAX_CANDIDATES + 1, 1e-12):
                cand.append((rows[r], np.sort(cs[cs != rows[r]])))
            # The full similarities of the chunk's candidates in one sparse product (as for dated rows).
            allc = np.unique(np.concatenate([cs for _, cs in cand])) if cand else np.zeros(0, int)
            blk = v.block(rows, allc).tocsr() if len(allc) else None
            for r, (row, cs) in enumerate(cand):
                out[int(row)] = (np.zeros(0, int), np.zeros(0))
                if len(cs):
                    sim = np.asarray(blk[np.full(len(cs), r), np.searchsorted(allc, cs)]).ravel()
                    one = sparse.csr_matrix((sim, (np.zeros(len(cs), int), np.arange(len(cs)))), shape=(1, len(cs)))
                    add(np.array([row]), cs, one)
    return out


def link(n: int, i, j, s, days: list[float | None]) -> list[int]:
    """Average-linkage clustering on a sparse similarity graph (absent pairs count 0); a label per article.

    Repeatedly merges the two clusters of highest average similarity while it is >= EVENT_THRESHOLD (both
    with a dated article, and their dates then within MAX_DAY_GAP) or >= UNDATED_THRESHOLD (one of them
    undated: no date can vouch for the match, so the text must).
    """
    nbr: list[dict[int, float]] = [dict() for _ in range(n)]  # summed similarity between clusters
    for a, b, x in zip(i, j, s):
        a, b = int(a), int(b)
        nbr[a][b] = nbr[a].get(b, 0.0) + float(x)
        nbr[b][a] = nbr[b].get(a, 0.0) + float(x)
    size = [1] * n
    dmin = [np.inf if d is None else float(d) for d in days]
    dmax = [-np.inf if d is None else float(d) for d in days]
    version = [0] * n
    parent = list(range(n))
    heap: list = []

    def push(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        avg = nbr[a][b] / (size[a] * size[b])
        dated = math.isfinite(dmin[a]) and math.isfinite(dmin[b])  # Python floats: math is ~10x faster
        if dated:
            if max(dmax[a], dmax[b]) - min(dmin[a], dmin[b]) > MAX_DAY_GAP or avg < EVENT_THRESHOLD:
                return
        elif avg < UNDATED_THRESHOLD:
            return
        heapq.heappush(heap, (-avg, a, b, version[a], version[b]))

    for a in range(n):
        for b in nbr[a]:
            if a < b:
                push(a, b)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if va != version[a] or vb != version[b] or parent[a] != a or parent[b] != b:
            continue  # stale: one of the two has merged since
        # Average linkage: summed similarities add up (Lance-Williams), the average divides by the sizes.
        parent[b] = a
        size[a] += size[b]
        dmin[a], dmax[a] = min(dmin[a], dmin[b]), max(dmax[a], dmax[b])
        version[a] += 1
        for c, x in nbr[b].items():
            if c != a:
                nbr[a][c] = nbr[a].get(c, 0.0) + x
                nbr[c][a] = nbr[c].get(a, 0.0) + x
                del nbr[c][b]
        nbr[a].pop(b, None)
        nbr[b] = {}
        for c in sorted(nbr[a]):
            push(a, c)

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    return [root(k) for k in range(n)]


def link_components(n: int, i, j, s, days: list[float | None], reuse=None) -> tuple[list[int], list[int]]:
    """link() one component at a time; return a label per article and the component (its smallest index).

    A merge needs an average similarity >= EVENT_THRESHOLD (or the higher UNDATED_THRESHOLD), hence at least
    one pair that similar between the two clusters: clusters never span two components of the graph of such
    pairs, and within one the merges read only its own pairs, in the same order (indices keep their order),
    so the labels equal link()'s over the whole graph. reuse(members) may return a component's labels from
    an earlier result (same members, same pairs), else None.
    """
    strong = s >= _STRONG
    graph = sparse.csr_matrix((np.ones(int(strong.sum())), (i[strong], j[strong])), shape=(n, n))
    _, comp_label = connected_components(graph, directed=False)
    first = np.full(comp_label.max() + 1 if n else 0, n)
    np.minimum.at(first, comp_label, np.arange(n))
    comp = first[comp_label]  # each component named by its smallest index
    labels = list(range(n))
    members: dict[int, list[int]] = defaultdict(list)
    for k, c in enumerate(comp.tolist()):
        members[c].append(k)
    todo = []
    for c, ks in members.items():
        if len(ks) == 1:
            continue
        got = reuse(ks) if reuse is not None else None
        if got is None:
            todo.append(c)
        else:
            for k, lab in zip(ks, got):
                labels[k] = lab
    if todo:
        inside = comp[i] == comp[j] if len(i) else np.zeros(0, dtype=bool)
        keep = np.flatnonzero(inside & np.isin(comp[i], todo))
        keep = keep[np.argsort(comp[i][keep], kind="stable")]  # by component, each in the pairs' (i, j) order
        bounds = np.searchsorted(comp[i][keep], todo)
        ends = np.searchsorted(comp[i][keep], todo, "right")
        for c, lo, hi in zip(todo, bounds, ends):
            ks = members[c]
            local = {k: m for m, k in enumerate(ks)}
            sel = keep[lo:hi]
            li = [local[k] for k in i[sel].tolist()]
            lj = [local[k] for k in j[sel].tolist()]
            for k, lab in zip(ks, link(len(ks), li, lj, s[sel], [days[k] for k in ks])):
                labels[k] = ks[lab]
    return labels, comp.tolist()


# Pairs at least this similar join two articles' components (link_components): just below the lowest merge
# threshold, so that a rounding in the summed averages cannot merge across two components.
_STRONG = min(EVENT_THRESHOLD, UNDATED_THRESHOLD) - 1e-9


def event_days(labels: list[int], i, j, s, days: list[float | None]) -> list[float | None]:
    """The day an undated article takes from its event, else None (dated articles: None).

    Only when the event's dated articles agree on one day and the article matches one of them with
    similarity >= STRONG_MATCH (pairs i, j, s as from neighbour_pairs).
    """
    best = [0.0] * len(days)
    for a, b, x in zip(i, j, s):
        a, b = int(a), int(b)
        if labels[a] == labels[b]:
            if days[b] is not None:
                best[a] = max(best[a], float(x))
            if days[a] is not None:
                best[b] = max(best[b], float(x))
    dated: dict[int, set] = defaultdict(set)
    for k, d in enumerate(days):
        if d is not None:
            dated[labels[k]].add(d)
    return [next(iter(dated[labels[k]])) if d is None and len(dated[labels[k]]) == 1 and best[k] >= STRONG_MATCH
            else None for k, d in enumerate(days)]


def cluster(sim, days: list[float | None]) -> list[int]:
    """Cluster articles from a dense similarity matrix (see link); return a cluster index per article."""
    s = np.asarray(sim, dtype=float)
    n = len(days)
    i, j = np.triu_indices(n, 1)
    keep = s[i, j] > 0
    return link(n, i[keep], j[keep], s[i, j][keep], days)


def event_id(article_ids) -> str:
    """Return the stable id of the event made of these articles."""
    key = "|".join(sorted(article_ids))
    return "event:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def titles_before(text: str, start: int) -> str | None:
    """Return the chain of titles written immediately before position `start` ("Supreme Leader Ayatollah")."""
    rx = _titles()["before"]
    # Only the current line, and a bounded window: a title is adjacent to its name.
    prefix = text[max(0, start - 120) : start]
    prefix = prefix.split("\n")[-1]
    found = []
    while True:
        m = rx.search(prefix)
        if not m:
            break
        found.append(m.group(1))
        prefix = prefix[: m.start(1)]
    return " ".join(reversed(found)) if found else None


def _split_leading_title(form: str) -> tuple[str | None, str]:
    """A mention written with its title inside ("President Bashar al-Assad") -> ("President", name)."""
    words = form.split(" ")
    for k in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        t = titles_before(head + " ", len(head) + 1)
        if t and _norm(t) == _norm(head):
            return t, rest
    return None, form


def _clean_form(form: str) -> str:
    form = " ".join(str(form).split())
    return re.sub(r"['’]s?$", "", form).strip() or form


def _day(ts) -> float | None:
    if ts is None or pd.isna(ts):
        return None
    return float(pd.Timestamp(ts).normalize().value // 86_400_000_000_000)


def _block(day: float | None) -> str:
    """The IDF block of an article published on `day` (see Vectors): its calendar month, or "undated"."""
    if day is None:
        return "undated"
    d = _EPOCH + datetime.timedelta(days=int(day))
    return f"{d.year:04d}-{d.month:02d}"


_EPOCH = datetime.date(1970, 1, 1)


def _str(v) -> str | None:
    return None if v is None or pd.isna(v) else str(v)


# ------------------------------------------------------------------------------------------- tables


def _get(tabs: dict, name: str) -> pd.DataFrame:
    df = tabs.get(name)
    return tables.empty(name) if df is None else df


# The per-event tables (one sort key starting with event_id) and the state an update reads from a previous
# result: per event, the hash of its members' inputs (kind "event").
_PER_EVENT = ("outlet_entities", "naming", "framing", "unique_sentences")
STATE = "coverage_state"
# What update() reads of its previous result (the events table and the articles are computed again).
UPDATE_READS = (*_PER_EVENT, STATE)


def coverage(tabs: dict[str, pd.DataFrame], kb) -> dict[str, pd.DataFrame]:
    """Return the coverage tables and the articles table with event_id and event-derived dates filled in."""
    try:
        out = _coverage(tabs, kb)
        del out[STATE]  # what an update reads back: update() keeps it, the tables alone come out here
        return out
    finally:
        _clear_caches()


def update(previous: dict[str, pd.DataFrame] | None, tabs: dict[str, pd.DataFrame], new_article_ids, kb,
           prep: dict | None = None) -> dict[str, pd.DataFrame]:
    """coverage(tabs, kb), recomputing the sentence comparisons only for the events new articles touch.

    previous: what update() returned for an earlier state of the corpus (None, or coverage()'s tables without
    the state update() adds under STATE: compute all);
    new_article_ids: the articles added or analysed again since then; prep: a per-article cache (a dict,
    read and filled in place; prep_frame/prep_from_frame store it) of what coverage derives from one article
    alone (sentence fact tokens, furniture, naming), so an old article is not split and tokenised again.
    The result equals coverage(tabs, kb), plus the state (STATE) a later update reads.
    """
    try:
        return _coverage(tabs, kb, previous, {str(a) for a in new_article_ids}, prep)
    finally:
        _clear_caches()


PREP_VERSION = "4"  # bump when the shape of a prep entry changes


def prep_frame(prep: dict) -> pd.DataFrame:
    """The per-article cache of update() as a frame (article_id, key, data and sentence units as JSON),
    sorted by article_id."""
    aids = sorted(prep)

    def sents(entry: dict) -> str | None:
        if "sents" in entry:
            return json.dumps(entry["sents"], ensure_ascii=False, separators=(",", ":"))
        return entry.get("sents_json")  # never parsed in this build: written back as it was read

    def data(entry: dict) -> str:
        if "data_json" in entry:  # read from a frame and not derived again since: written back as it was read
            return entry["data_json"]
        return json.dumps([entry["furniture"], None, entry["naming"], None, entry.get("bounds")],
                          ensure_ascii=False, separators=(",", ":"))

    def tokens(entry: dict) -> str:
        if "tokens" in entry:
            return json.dumps(entry["tokens"], ensure_ascii=False, separators=(",", ":"))
        return entry["tokens_json"]  # never parsed in this build: written back as it was read

    return pd.DataFrame({"article_id": aids, "key": [prep[a]["key"] for a in aids],
                         "data": [data(prep[a]) for a in aids],
                         "tokens": [tokens(prep[a]) for a in aids],
                         "sents": [sents(prep[a]) for a in aids]})


def prep_from_frame(df: pd.DataFrame | None) -> dict:
    """The per-article cache of update() from prep_frame's frame (an empty cache for None or a bad frame).

    Sentence units are kept as their JSON text and parsed only for the articles of events compared again
    (_sents): a re-build with one new article compares a few events, and parsing every article's units
    cost as much as the rest of the coverage update (issue 13)."""
    if df is None or not {"article_id", "key", "data"} <= set(df.columns):
        return {}
    out = {}
    raw = df["sents"].tolist() if "sents" in df.columns else [None] * len(df)
    raw_tokens = df["tokens"].tolist() if "tokens" in df.columns else [None] * len(df)
    try:
        for aid, key, data, sj, tj in zip(df["article_id"].tolist(), df["key"].tolist(), df["data"].tolist(), raw,
                                          raw_tokens):
            furniture, tokens, naming, sents, *more = json.loads(data)
            out[str(aid)] = {"key": str(key), "furniture": [tuple(x) for x in furniture],
                             "naming": [tuple(x) for x in naming]}
            if sents is None and tokens is None:  # units and tokens in their own columns: what prep_frame writes
                out[str(aid)]["data_json"] = data
            if more and more[0] is not None:
                out[str(aid)]["bounds"] = [tuple(x) for x in more[0]]
            # Fact tokens are read only for the IDF blocks derived again (Vectors): kept as JSON until then.
            if isinstance(tj, str):
                out[str(aid)]["tokens_json"] = tj
            else:
                out[str(aid)]["tokens"] = tokens
            if sents is not None:  # written before units were kept apart
                out[str(aid)]["sents"] = [tuple(x) for x in sents]
            elif isinstance(sj, str):
                out[str(aid)]["sents_json"] = sj
    except (ValueError, TypeError):
        return {}  # damaged: everything is derived again
    return out


def _entry_tokens(entry: dict) -> list[list[str]]:
    """An entry's sentence fact tokens, parsed from the stored JSON on first use."""
    if "tokens" not in entry:
        entry["tokens"] = json.loads(entry.pop("tokens_json"))
    return entry["tokens"]


def _parse_sents(entry: dict) -> None:
    """Parse an entry's stored sentence units (left out when damaged, so they are derived again)."""
    raw = entry.pop("sents_json", None)
    if raw is not None and "sents" not in entry:
        try:
            entry["sents"] = [tuple(x) for x in json.loads(raw)]
        except (ValueError, TypeError):
            pass


def _prep_keys(ids: list[str], outlets: dict[str, str], ment: pd.DataFrame, entities: pd.DataFrame, kb, info=None
               ) -> dict[str, str]:
    """Per article, a hash of everything its prep entry is derived from: text (the article_id hashes it),
    outlet, and its mentions with the type, country and role of their entities (info: _entity_info's)."""
    info = info or _entity_info(entities, kb)
    # A hash per mention row from hashes of each column's distinct values (strings hashed once each, not per
    # row: building and hashing per-row string columns cost most of an update's share of a re-build, issue 13).
    a_codes, a_uniq = pd.factorize(ment["article_id"].astype("string"))
    e_codes, e_uniq = pd.factorize(ment["entity_id"].astype("string"))
    # the entity with its type, country and role
    entity = np.asarray([f"{e}\x1f" + "\x1f".join(str(v) for v in info(str(e)).values()) for e in e_uniq], dtype=object)
    h = _by_code(e_codes, entity)
    for col in ("start_char", "end_char"):
        h = h * _MIX ^ pd.util.hash_array(ment[col].astype("Float64").to_numpy(dtype="float64", na_value=np.nan))
    t_codes, t_uniq = pd.factorize(ment["text"].astype("string"))
    h = h * _MIX ^ _by_code(t_codes, np.asarray(t_uniq, dtype=object))
    # An order-free sum of row hashes per article (row content includes its offsets, so rows differ).
    ok = a_codes >= 0
    sums = np.zeros(len(a_uniq), dtype=np.uint64)
    np.add.at(sums, a_codes[ok], h[ok])
    counts = np.bincount(a_codes[ok], minlength=len(a_uniq))
    at = {str(a): k for k, a in enumerate(a_uniq)}
    out = {}
    for a in ids:
        k = at.get(a)
        n, total = (0, 0) if k is None else (int(counts[k]), int(sums[k]))
        out[a] = hashlib.sha256(f"{PREP_VERSION}|{a}|{outlets[a]}|{n}|{total}".encode()).hexdigest()[:20]
    return out


_MIX = np.uint64(0x100000001B3)  # FNV-1 64-bit prime: combines column hashes (uint64 arithmetic wraps)
_MISSING = np.uint64(0x9E3779B97F4A7C15)  # the hash of a missing value


def _by_code(codes: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """Per row, the hash of its value given as (factorize codes, distinct values); code -1 (missing) -> _MISSING."""
    hashed = pd.util.hash_array(uniques) if len(uniques) else np.zeros(0, dtype=np.uint64)
    return np.append(hashed, _MISSING)[codes]


def prepare(tabs: dict[str, pd.DataFrame], kb) -> dict:
    """The per-article cache update() takes (see there) for the articles of tabs, with their sentence units:
    what a worker process derives beside its analysis, so the corpus step has less to do."""
    articles = _get(tabs, "articles")
    ids = [str(a) for a in articles["article_id"]]
    texts = {aid: _str(t) or "" for aid, t in zip(ids, articles["text"])}
    outlets = {aid: _str(o) or UNKNOWN_OUTLET for aid, o in zip(ids, articles["outlet"])}
    mentions = _get(tabs, "mentions")
    prep: dict = {}
    try:
        ment = mentions[mentions["article_id"].isin(ids) & mentions["entity_id"].notna()]
        _fill_prep(prep, ids, texts, outlets, ment, _get(tabs, "entities"), kb, units=True)
    finally:
        _clear_caches()
    return prep


def _fill_prep(prep: dict, ids, texts, outlets, ment, entities, kb, units: bool = False, info=None) -> None:
    """Derive the prep entries of the articles whose entry is missing or was derived from other inputs."""
    info = info or _entity_info(entities, kb)
    keys = _prep_keys(ids, outlets, ment, entities, kb, info)
    stale = [a for a in ids if prep.get(a, {}).get("key") != keys[a]]
    if not stale:
        return
    sub = ment[ment["article_id"].isin(stale)]
    rows_of: dict[str, list] = defaultdict(list)
    for row in sub.itertuples(index=False):
        rows_of[str(row.article_id)].append(row)
    for a in stale:
        furniture = _body(texts[a], outlets[a])[1]
        # Names in credits and notices ("Photo by: Reuters", "More about MEE") are not coverage.
        rows = [r for r in rows_of.get(a, ())
                if pd.isna(r.start_char) or not any(s <= int(r.start_char) < e for s, e in furniture)]
        spans = _row_tokens(rows, info)
        prep[a] = {"key": keys[a], "furniture": [tuple(f) for f in furniture],
                   "bounds": [(s, e) for s, e, _ in sentence_spans(texts[a])],
                   "tokens": article_tokens(texts[a], outlets[a], spans),
                   "naming": [(*k, c) for k, c in _article_naming(rows, texts[a], info).items()]}
        if units:
            prep[a]["sents"] = _article_units(texts[a], outlets[a], spans)


def _coverage(tabs: dict[str, pd.DataFrame], kb, previous=None, new_ids=frozenset(), prep=None
              ) -> dict[str, pd.DataFrame]:
    articles = _get(tabs, "articles").sort_values("article_id", kind="mergesort").reset_index(drop=True)
    mentions = _get(tabs, "mentions")
    entities = _get(tabs, "entities")
    prep = {} if prep is None else prep

    ids = [str(a) for a in articles["article_id"].tolist()]
    texts = {aid: _str(t) or "" for aid, t in zip(ids, articles["text"].tolist())}
    outlets = {aid: _str(o) or UNKNOWN_OUTLET for aid, o in zip(ids, articles["outlet"].tolist())}
    titles = {aid: _str(t) for aid, t in zip(ids, articles["title"].tolist())}
    days = [_day(p) for p in articles["published"]]

    ment = mentions[mentions["article_id"].isin(ids) & mentions["entity_id"].notna()]
    # What coverage derives from one article alone is taken from `prep` when its inputs are unchanged.
    for gone in set(prep) - set(ids):
        del prep[gone]
    info = _entity_info(entities, kb)  # one lookup of entity facts for the whole update (was built three times)
    _fill_prep(prep, ids, texts, outlets, ment, entities, kb, info=info)
    # Columns as lists once: iterating an Arrow-backed column element by element is slow.
    m_aid = ment["article_id"].astype(str).tolist()
    m_start = ment["start_char"].astype("Float64").fillna(-1).astype("int64").tolist()
    in_furniture = [st >= 0 and any(s <= st < e for s, e in prep[a]["furniture"]) if prep[a]["furniture"] else False
                    for a, st in zip(m_aid, m_start)]
    if len(ment) and any(in_furniture):
        keep_rows = ~np.array(in_furniture, dtype=bool)
        ment = ment[keep_rows]
        m_aid = [a for a, k in zip(m_aid, keep_rows) if k]
    m_eid = ment["entity_id"].astype(str).tolist()
    ent_lists = {aid: [] for aid in ids}
    keys_of = {e: _entity_key(e) for e in set(m_eid)}  # once per entity, not per mention
    for aid, eid in zip(m_aid, m_eid):
        ent_lists[aid].append(keys_of[eid])
    blocks = [_block(d) for d in days]
    members_keys: dict[str, list[str]] = defaultdict(list)
    for a, b in zip(ids, blocks):
        members_keys[b].append(prep[a]["key"])
    # A block's vectors are derived from its articles' fact tokens and mentions, which their prep keys hash.
    block_key = {b: hashlib.sha256("|".join(sorted(ks)).encode()).hexdigest()[:20] for b, ks in members_keys.items()}
    prev_state = previous.get(STATE) if previous is not None else None
    cached = {}
    if prev_state is not None:
        w = prev_state[prev_state["kind"] == "weights"]
        cached = dict(zip(w["key"].tolist(), w["value"].tolist()))
    vec = Vectors(_Tokens(prep, ids), [sorted(ent_lists[a]) for a in ids], blocks, block_key, cached)
    (pi, pj, ps), labels, graph_state = _graph(vec, ids, days, block_key, prev_state)
    graph_state += [("weights", b, raw) for b, raw in vec.state.items()]
    members: dict[int, list[int]] = defaultdict(list)
    for idx, lab in enumerate(labels):
        members[lab].append(idx)
    taken = event_days(labels, pi, pj, ps, days)

    # Event per article, and dates for undated articles strongly matched to their event's agreeing dates.
    ev_of: dict[str, str] = {}
    new_pub = list(articles["published"])
    new_src = [_str(s) for s in articles["date_source"].tolist()]
    events_idx: dict[str, list[int]] = {}
    for idxs in members.values():
        eid = event_id(ids[i] for i in idxs)
        events_idx[eid] = idxs
        for i in idxs:
            ev_of[ids[i]] = eid
            if taken[i] is not None:
                new_pub[i] = pd.Timestamp(int(taken[i]), unit="D")
                new_src[i] = "event"
    art = articles.copy()
    art["event_id"] = [ev_of[a] for a in ids]
    art["published"] = pd.to_datetime(pd.Series(new_pub, index=art.index), errors="coerce")
    art["date_source"] = pd.Series(new_src, index=art.index, dtype="object")
    art_out = tables.conform("articles", art)

    names = _entity_names(entities, kb)
    m_ev = [ev_of[a] for a in m_aid]
    m_out = [outlets[a] for a in m_aid]
    top_of: dict[str, Counter] = defaultdict(Counter)
    for ev, e in zip(m_ev, m_eid):
        top_of[ev][e] += 1

    # ---- events
    pub_of = dict(zip(art_out["article_id"], art_out["published"]))
    ev_records = []
    multi = [eid for eid, idxs in events_idx.items() if len(idxs) > 1]
    sums_of = dict(zip(multi, vec.group_row_sums([events_idx[eid] for eid in multi])))
    for eid, idxs in events_idx.items():
        aids = [ids[i] for i in idxs]
        dates = sorted(pub_of[a] for a in aids if not pd.isna(pub_of[a]))
        # Most central member: highest mean similarity to the others (ties: smallest article_id).
        central = ids[idxs[0]] if len(idxs) == 1 else min(zip(-sums_of[eid], (ids[i] for i in idxs)))[1]
        top = top_of.get(eid, Counter())
        top_names = [names.get(e, e) for e, _ in sorted(top.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES]]
        head = titles[central] or (", ".join(top_names) if top_names else _first_line(texts[central]))
        label = f"{head} ({dates[0]:%Y-%m-%d})" if dates else head
        ev_records.append({
            "event_id": eid, "label": label,
            "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "n_articles": len(aids), "outlets": " | ".join(sorted({outlets[a] for a in aids})),
            "article_ids": " | ".join(sorted(aids)), "top_entities": " | ".join(top_names),
        })

    outlets_on = {eid: sorted({outlets[ids[i]] for i in idxs}) for eid, idxs in events_idx.items()}
    # Every per-event table (outlet entities, naming, framing, unique sentences) reads only its members' texts,
    # outlets and mentions, all of which their prep keys hash: an update takes the rows of an event whose
    # members' keys are unchanged from the previous result, and computes the others (the sentence comparisons
    # cost the most; re-typing and sorting every event's rows costs the rest, issue 13).
    event_keys = {eid: _event_key(prep[ids[i]]["key"] for i in idxs) for eid, idxs in events_idx.items()}
    keep = _reusable(previous, event_keys)
    todo = {eid: idxs for eid, idxs in events_idx.items() if eid not in keep}
    touched = {ids[i] for idxs in todo.values() for i in idxs}
    bodies = {a: _entry_body(prep[a], texts[a], outlets[a]) for a in touched}
    # Sentence units (fact tokens of each content sentence and clause) are derived once per article and kept.
    for a in touched:
        _parse_sents(prep[a])
    unitless = {a for a in touched if "sents" not in prep[a]}
    mention_tokens = _mention_tokens(ment[np.array([a in unitless for a in m_aid], dtype=bool)], entities, kb, info)
    in_todo = [ev in todo for ev in m_ev]
    fresh = {
        "outlet_entities": tables.frame("outlet_entities", _outlet_entities(
            *([x for x, t in zip(col, in_todo) if t] for col in (m_ev, m_out, m_eid)), outlets_on)),
        "naming": tables.frame("naming", _naming(sorted(touched), ev_of, outlets, prep)),
        "framing": tables.frame("framing", _framing(todo, ids, bodies, outlets)),
        "unique_sentences": tables.frame("unique_sentences", _unique(todo, ids, texts, outlets, mention_tokens, prep)),
    }
    return {
        "articles": art_out,
        "events": tables.frame("events", ev_records),
        **{name: _splice(df, previous[name] if keep else None, keep) for name, df in fresh.items()},
        STATE: _state_frame([("event", eid, key) for eid, key in event_keys.items()] + graph_state),
    }


def _state_frame(rows) -> pd.DataFrame:
    """The state an update reads back (kind, key, value strings), sorted: not a table, a cache beside them."""
    rows = sorted(rows)
    return pd.DataFrame({c: pd.Series([r[k] for r in rows], dtype=object) for k, c in enumerate(("kind", "key", "value"))})


def _graph(vec: Vectors, ids: list[str], days: list[float | None], block_key: dict[str, str], previous
           ) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], list[int], list[tuple[str, str, str]]]:
    """neighbour_pairs and link_components over the articles, computing again only what a change reaches.

    From the previous state (per IDF block, a hash of its members' prep keys; per article, its day, its
    neighbour row, its component and event): a row is computed again when its article is new, moved day or
    sits in a block whose vectors changed (dirty), when a dirty or removed article is within MAX_DAY_GAP days
    of it, or when it is undated (its candidates span the corpus) and anything changed; a component is
    linked again unless it has the same members as before and none of their rows was computed again.
    Returns the pairs, a label per article and the state rows to keep.
    """
    n = len(ids)
    blocks = vec.blocks
    prev, prev_blocks = None, {}
    if previous is not None:
        st = previous
        for kind, key, value in zip(st["kind"].tolist(), st["key"].tolist(), st["value"].tolist()):
            if kind == "graph":
                prev = json.loads(value)
            elif kind == "block":
                prev_blocks[key] = value
    index = {a: k for k, a in enumerate(ids)}
    if prev is not None:
        # The previous graph, by article: day, neighbour row (positions into its ids), component and event.
        pids = prev["ids"]
        pos = {a: p for p, a in enumerate(pids)}
        to_now = np.array([index.get(a, -1) for a in pids], dtype=int)
        pday = prev["d"]
        dirty = [k for k in range(n) if ids[k] not in pos or pday[pos[ids[k]]] != days[k]
                 or prev_blocks.get(blocks[k]) != block_key[blocks[k]]]
        removed = [p for p in range(len(pids)) if to_now[p] < 0]
        changed_days = sorted({days[k] for k in dirty if days[k] is not None}
                              | {pday[pos[ids[k]]] for k in dirty if ids[k] in pos and pday[pos[ids[k]]] is not None}
                              | {pday[p] for p in removed if pday[p] is not None})
        again = set(dirty)
        if dirty or removed:
            near = np.asarray(changed_days, dtype=float)
            for k in range(n):
                if days[k] is None:
                    again.add(k)
                elif len(near):
                    p = np.searchsorted(near, days[k])
                    if (p < len(near) and near[p] - days[k] <= MAX_DAY_GAP) or (p > 0 and days[k] - near[p - 1] <= MAX_DAY_GAP):
                        again.add(k)
    else:
        again = set(range(n))
    rows = neighbour_rows(vec, days, sorted(again)) if again else {}
    if prev is not None:
        ptr, nb, sims = prev["ptr"], _unpack(prev["nb"], np.int64), _unpack(prev["s"], np.float64)
        for k in range(n):
            if k not in rows:  # unchanged: its neighbours are all still here (a removed one would be near it)
                p = pos[ids[k]]
                rows[k] = (to_now[nb[ptr[p]:ptr[p + 1]]], sims[ptr[p]:ptr[p + 1]])
    pi, pj, ps = _pairs_of(rows)

    reuse = None
    if prev is not None:
        pcomp, pevent = prev["c"], prev["e"]
        prev_size = Counter(pcomp)

        def same_row(k: int) -> bool:  # the row computed again kept the same neighbours, just as similar
            p = pos.get(ids[k])
            if p is None or pday[p] != days[k]:
                return False
            cs, vals = rows[k]
            old_cs, old_vals = to_now[nb[ptr[p]:ptr[p + 1]]], sims[ptr[p]:ptr[p + 1]]
            a, b = np.argsort(cs, kind="stable"), np.argsort(old_cs, kind="stable")
            return len(cs) == len(old_cs) and bool(np.array_equal(cs[a], old_cs[b]) and np.array_equal(vals[a], old_vals[b]))

        changed = {k for k in again if not same_row(k)}

        def reuse(ks: list[int]):
            # Same members and, for each, the same neighbour row and day: the component's pairs are the same
            # (each pair comes from one of its two members' rows), so its events are too.
            comp = {pcomp[pos[ids[k]]] if ids[k] in pos else None for k in ks}
            if any(k in changed for k in ks) or len(comp) != 1 or None in comp:
                return None
            if prev_size[comp.pop()] != len(ks):
                return None
            return [int(to_now[pevent[pos[ids[k]]]]) for k in ks]

    labels, comp = link_components(n, pi, pj, ps, days, reuse)
    # Each event and component named by its first member (a position into ids).
    first_of: dict[tuple, int] = {}
    for k in range(n):
        first_of.setdefault(("e", labels[k]), k)
        first_of.setdefault(("c", comp[k]), k)
    lens = [len(rows[k][0]) for k in range(n)]
    graph = {"ids": ids, "d": days, "c": [first_of[("c", comp[k])] for k in range(n)],
             "e": [first_of[("e", labels[k])] for k in range(n)], "ptr": np.cumsum([0] + lens).tolist(),
             "nb": _pack(np.concatenate([rows[k][0] for k in range(n)]).astype(np.int64) if n else np.zeros(0, np.int64)),
             "s": _pack(np.concatenate([rows[k][1] for k in range(n)]).astype(np.float64) if n else np.zeros(0))}
    state = [("block", b, key) for b, key in block_key.items()] + [("graph", "", json.dumps(graph, separators=(",", ":")))]
    return (pi, pj, ps), labels, state


def _event_key(member_keys) -> str:
    """A hash of an event's members' prep keys (each hashes its article's text, outlet and mentions)."""
    return hashlib.sha256("|".join(sorted(member_keys)).encode()).hexdigest()[:20]


def _reusable(previous, event_keys: dict[str, str]) -> set[str]:
    """Events whose per-event rows can be taken from `previous` as they are: same id, same member keys."""
    if previous is None or any(previous.get(n) is None for n in (*_PER_EVENT, STATE)):
        return set()
    st = previous[STATE]
    before = dict(zip(st["key"][st["kind"] == "event"], st["value"][st["kind"] == "event"]))
    return {eid for eid, key in event_keys.items() if before.get(eid) == key}


def _splice(fresh: pd.DataFrame, previous: pd.DataFrame | None, keep: set[str]) -> pd.DataFrame:
    """The fresh rows and the previous rows of the kept events, sorted as tables.frame sorts them: every
    per-event table's sort key starts with event_id, and each side is already sorted within an event."""
    if not keep:
        return fresh
    ev = previous["event_id"]
    kept = ev.isin(keep).to_numpy(dtype=bool, na_value=False)
    # The kept events' rows as runs [start, end) of previous (an event's rows are together), each fresh event's
    # rows where its event_id falls among them: a few slices joined, not every row sorted and copied again
    # (issue 13: a re-build changes a few events of hundreds).
    edges = np.flatnonzero(np.diff(np.concatenate(([0], kept.astype(np.int8), [0]))))
    runs = list(zip(edges[::2].tolist(), edges[1::2].tolist()))
    at = np.searchsorted(ev.to_numpy(dtype=object), fresh["event_id"].to_numpy(dtype=object)) if len(fresh) else []
    groups = np.flatnonzero(np.diff(at, prepend=-1)).tolist() + [len(fresh)] if len(fresh) else [0]
    if len(runs) + len(groups) > 64:  # many changed events: sorting once costs less than many slices
        both = pd.concat([previous[kept], fresh], ignore_index=True)
        return both.take(np.argsort(both["event_id"].to_numpy(dtype=object), kind="stable")).reset_index(drop=True)
    pieces, g = [], 0
    for start, end in runs:
        while g + 1 < len(groups) and at[groups[g]] < end:  # fresh events before or inside this run
            cut = max(int(at[groups[g]]), start)
            pieces.append(previous.iloc[start:cut])
            pieces.append(fresh.iloc[groups[g]:groups[g + 1]])
            start, g = cut, g + 1
        pieces.append(previous.iloc[start:end])
    pieces += [fresh.iloc[groups[k]:groups[k + 1]] for k in range(g, len(groups) - 1)]
    pieces = [p for p in pieces if len(p)]
    return pd.concat(pieces, ignore_index=True) if pieces else fresh


def _first_line(text: str) -> str:
    for ln in text.splitlines():
        if ln.strip():
            return ln.strip()[:120]
    return ""


def _entity_names(entities: pd.DataFrame, kb) -> dict[str, str]:
    names = {str(e): str(n) for e, n in zip(entities["entity_id"].tolist(), entities["name"].tolist())
             if not pd.isna(n)}
    return names


def _outlet_entities(m_ev: list[str], m_out: list[str], m_eid: list[str], outlets_on: dict[str, list[str]]):
    counts = Counter(zip(m_ev, m_out, m_eid))
    totals = Counter(zip(m_ev, m_out))
    who = defaultdict(set)  # (event, entity) -> outlets mentioning it
    for (ev, out, ent) in counts:
        who[(ev, ent)].add(out)
    for (ev, out, ent), c in counts.items():
        n_out = len(outlets_on[ev])
        others = who[(ev, ent)] - {out}
        yield {
            "event_id": ev, "outlet": out, "entity_id": ent, "mentions": c,
            "share": c / totals[(ev, out)], "n_outlets_on_event": n_out,
            # Unknowable with no other outlet on the event: null, not False.
            "others_mention": (len(others) > 0) if n_out > 1 else None,
            "n_other_outlets": len(others),
        }


def _entity_info(entities: pd.DataFrame, kb):
    info = {}
    # The four columns as lists: itertuples over every column of an Arrow-backed table is slow (issue 13).
    for eid, typ, country, role in zip(*(entities[c].tolist() for c in ("entity_id", "type", "country_id", "role"))):
        info[str(eid)] = {"type": _str(typ), "country_id": _str(country), "role": _str(role)}

    def get(eid: str) -> dict:
        if eid not in info:
            e = kb.entity(eid) if kb is not None and hasattr(kb, "entity") else None
            info[eid] = ({"type": e.type, "country_id": e.country_id, "role": e.role} if e is not None
                         else {"type": eid.split(":", 1)[0] if ":" in eid else None, "country_id": None, "role": None})
        return info[eid]

    return get


def _naming(ids, ev_of, outlets, prep):
    counts: Counter = Counter()
    for a in ids:
        for ent, form, title, c in prep[a]["naming"]:
            counts[(ev_of[a], outlets[a], ent, form, title)] += c
    for (ev, out, ent, form, title), c in counts.items():
        yield {"event_id": ev, "outlet": out, "entity_id": ent, "form": form, "title": title, "count": c}


def _article_naming(rows, text: str, info) -> Counter:
    """(entity_id, form, title) -> count for one article's mention rows (outside furniture)."""
    t = _titles()
    counts: Counter = Counter()
    starts = sorted(int(r.start_char) for r in rows if not pd.isna(r.start_char))
    ents_here = {str(r.entity_id) for r in rows}
    for r in rows:
        form = _clean_form(r.text if not pd.isna(r.text) else "")
        start = None if pd.isna(r.start_char) else int(r.start_char)
        end = None if pd.isna(r.end_char) else int(r.end_char)
        if start is not None and text[start:end] != r.text:
            start = end = None  # offsets not into this text: no context to read titles from
        title, name = _split_leading_title(form)
        # Titles are read before people only: "a major Russian airliner" gives Russia no title.
        if start is not None and info(str(r.entity_id))["type"] in ("person", None):
            before = titles_before(text, start)
            title = " ".join(x for x in (before, title) if x) or None
        counts[(str(r.entity_id), name, title)] += 1
        if start is None:
            continue
        # An epithet after a place/organisation name standing for a person ("Kremlin strongman").
        m = t["after"].match(text[end : end + 40])
        if not m:
            continue
        rest = text[end + m.end() : end + m.end() + 40]
        nxt = re.match(r"\s*(\S+)", rest)
        # "Iranian leader Ali Khamenei" (a name follows: the title is its) or "Russia's leader of the
        # opposition" (a word from after_blockers follows: not the head of state).
        follows_name = nxt is not None and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in t["blockers"])
        if follows_name or any(end < s <= end + m.end() + 2 for s in starts):
            continue  # "Russian President Vladimir Putin": the title belongs to the name after it
        me = info(str(r.entity_id))
        if me["type"] == "person":
            continue
        country = str(r.entity_id) if me["type"] == "country" else me["country_id"]
        heads = sorted(e for e in ents_here
                       if info(e)["type"] == "person" and country and info(e)["country_id"] == country
                       and (info(e)["role"] or "").lower() in t["head_roles"])
        target = heads[0] if len(heads) == 1 else str(r.entity_id)
        counts[(target, " ".join(text[start : end + m.end()].split()), m.group(1))] += 1
    return counts


def framing_terms(text: str) -> Counter:
    """Count the lexicon's terms in a text: (concept, term) -> count, overlapping matches keep the longest."""
    hits = []
    text = text or ""
    low = text.translate(_FOLD_TO_ASCII).lower()
    for (concept, term, rx), need in zip(lexicon(), _lexicon_words()):
        # A cheap substring test first: most terms are absent from any one article.
        if need is not None and need[0] not in (text if need[1] else low):
            continue
        for m in rx.finditer(text):
            hits.append((m.start(), m.end(), concept, term))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0], h[2], h[3]))
    taken: list[tuple[int, int]] = []
    out: Counter = Counter()
    for s, e, concept, term in hits:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out[(concept, term)] += 1
    return out


def _framing(events_idx, ids, texts, outlets):
    for eid, idxs in events_idx.items():
        per_outlet: dict[str, Counter] = defaultdict(Counter)
        words: Counter = Counter()
        for i in idxs:
            a = ids[i]
            per_outlet[outlets[a]].update(framing_terms(texts[a]))
            words[outlets[a]] += len(texts[a].split())
        for out, cnt in per_outlet.items():
            for (concept, term), c in cnt.items():
                yield {"event_id": eid, "outlet": out, "concept": concept, "term": term, "count": c,
                       "per_1000_words": 1000.0 * c / words[out] if words[out] else None}


# ------------------------------------------------------------------------------ sentence similarity

_NUM = r"\d[\d,]*(?:\.\d+)?"


@lru_cache(maxsize=1)
def _paraphrase() -> dict:
    """The paraphrase data (kb/paraphrase.json + framing concepts) compiled for _fact_tokens."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    data = _kb_json("paraphrase.json")
    synonyms: dict[tuple[str, ...], str] = {}
    groups = [(f"syn:{g[0]}", g) for g in data["synonyms"]]
    # Framing terms are the words outlets swap for one referent ("regime"/"government"): one token each.
    groups += [("frame:" + c["concept"], [f for t in c["terms"] for f in (t.get("forms") or [t["term"]])])
               for c in _kb_json("framing.json")["concepts"] if c.get("same_referent", True)]
    for token, words in groups:
        for w in words:
            key = tuple(stem(x) for x in _WORD.findall(w.lower()))
            synonyms.setdefault(key, token)  # a word in two groups belongs to the first
    words = "|".join(sorted((re.escape(w) for w in data["numbers"]), key=len, reverse=True))
    mults = "|".join(sorted((re.escape(m) for m in data["multipliers"]), key=len, reverse=True))
    curs = "|".join(sorted((re.escape(c) for c in data["currencies"]), key=len, reverse=True))
    pct = "|".join(re.escape(p) for p in data["percent"])
    amount = re.compile(
        rf"(?<![\w.])(?:(?P<cur>{curs})\s?)?(?P<num>{_NUM}|(?:{words})(?:[\s-](?:{words}))*)"
        rf"(?:\s?(?P<mult>{mults})(?![a-z]))?(?:\s?(?P<pct>{pct}))?(?:\s(?P<cur2>{curs}))?(?!\w)", re.IGNORECASE)
    months = "|".join(sorted((re.escape(m) for m in data["months"]), key=len, reverse=True))
    date = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{months})\.?|(?P<m2>{months})\.?\s+"
                      rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b", re.IGNORECASE)
    return {"synonyms": synonyms, "max_len": max(len(k) for k in synonyms), "date": date, "months": data["months"],
            "ignore": {w.lower() for w in data["ignore"]} | set(ENGLISH_STOP_WORDS),
            "numbers": data["numbers"], "multipliers": data["multipliers"], "currencies": data["currencies"],
            "amount": amount}


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light English suffix stripper: plurals, -ed, -ing, final -e ("lends", "lent" stay apart)."""
    # Harman (1991), "How effective is suffixing?" (JASIS 42:7): an S-stemmer plus -ed/-ing does most of
    # what a full Porter stemmer does for matching; irregular forms are left to the synonym groups.
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
                w = w[:-1]  # "stopped" -> "stop"
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _amount(m: re.Match, p: dict) -> list[str]:
    """Tokens of a number expression: its value ("#5e+09"), its currency, "percent"."""
    raw = m.group("num").lower()
    if raw[0].isdigit():
        value = float(raw.replace(",", ""))
    else:
        parts = re.split(r"[\s-]+", raw)
        value = 0.0
        for part in parts:
            n = p["numbers"][part]
            value = value * n if n == 100 and value else value + n
    if m.group("mult"):
        value *= p["multipliers"][m.group("mult").lower()]
    out = [f"#{value:g}"]
    cur = m.group("cur") or m.group("cur2")
    if cur:
        out.append("cur:" + p["currencies"][cur.lower()])
    if m.group("pct"):
        out.append("percent")
    return out


def _fact_tokens(sentence: str, entity_spans=()) -> list[str]:
    """Tokens saying which fact a sentence states: entities, numbers, content-word stems and word classes.

    entity_spans: (start, end, tokens) within the sentence, for its entity mentions; the span's words are
    replaced by the tokens (entity id, and its country), so "Moscow"/"Russia"/"Russian" meet on one token.
    """
    return list(_fact_tokens_of(sentence, tuple(entity_spans)))


# A content sentence is tokenised for the article's tokens and again as the first of its units: once is
# enough (_clear_caches empties this with the sentence splits; bounded for callers that never clear it).
@lru_cache(maxsize=1 << 17)
def _fact_tokens_of(sentence: str, entity_spans: tuple) -> tuple[str, ...]:
    p = _paraphrase()
    out: list[str] = []
    pieces = []
    pos = 0
    for s, e, toks in sorted(entity_spans):
        if s < pos:
            continue
        pieces.append(sentence[pos:s])
        out += list(toks)
        pos = e
    pieces.append(sentence[pos:])
    text = " ".join(pieces)
    # Day-month dates first ("31 October" = "Oct. 31"), then numbers ("$5bn", "5 billion dollars",
    # "thirteen"), then the words left over.
    for m in p["date"].finditer(text):
        month = p["months"][(m.group("m1") or m.group("m2")).lower()]
        out.append(f"date:{month:02d}-{int(m.group('d1') or m.group('d2')):02d}")
    text = p["date"].sub(" ", text)
    for m in p["amount"].finditer(text):
        out += _amount(m, p)
    text = p["amount"].sub(" ", text)
    stems = [stem(w) for w in _WORD.findall(text.lower()) if w.lower().replace("’", "'") not in p["ignore"]]
    stems = [w for w in stems if len(w) > 1]
    i = 0
    while i < len(stems):
        for n in range(min(p["max_len"], len(stems) - i), 0, -1):
            tok = p["synonyms"].get(tuple(stems[i : i + n]))
            if tok:
                out.append(tok)
                i += n
                break
        else:
            out.append(stems[i])
            i += 1
    return tuple(out)


def _entity_key(entity_id: str) -> str:
    # Names the knowledge base does not know get "<type>:<slug>" with the type the NER guessed, which may
    # differ between two reports of one name ("person:donetsk" / "place:donetsk"): compare the slug.
    return "ent:" + entity_id.split(":", 1)[-1].lower()


def sentence_similarity(sentences: list[str], others: list[str], spans=None, other_spans=None) -> list[float]:
    """Return, for each sentence, its best fact-token TF-IDF cosine with any of `others` (see _fact_tokens)."""
    best, _ = _closest(sentences, others, spans, other_spans)
    return best


# Clause boundaries inside a sentence: a colon, semicolon or dash, or a comma before a relative or
# subordinating word. Opinion and analysis pieces wrap a reported fact in comment ("He came bearing gifts:
# Russia will lend …, money they badly need"); comparing clauses finds the fact inside.
_CLAUSE = re.compile(r"\s*[:;]\s+|\s+[—–-]{1,2}\s+|,\s+(?=(?:which|who|whom|whose|where|while|when|but|although|though"
                     r"|as|after|before|because|since|despite|a\s|an\s|the\s)\b)", re.IGNORECASE)
# Clauses with fewer fact tokens are too short to stand for a fact on their own.
MIN_CLAUSE_TOKENS = 4


def _units(sentence: str, spans) -> list[list[str]]:
    """The fact tokens of a sentence and, when it has several clauses, of each long enough clause."""
    out = [_fact_tokens(sentence, spans)]
    cuts = [0] + [x for m in _CLAUSE.finditer(sentence) for x in (m.start(), m.end())] + [len(sentence)]
    if len(cuts) > 2:
        for s, e in zip(cuts[::2], cuts[1::2]):
            inside = tuple((a - s, b - s, t) for a, b, t in spans if s <= a and b <= e)
            toks = _fact_tokens(sentence[s:e], inside)
            if len(toks) >= MIN_CLAUSE_TOKENS:
                out.append(toks)
    return out


def _closest(sentences, others, spans=None, other_spans=None) -> tuple[list[float], list[int]]:
    if not sentences:
        return [], []
    if not others:
        return [0.0] * len(sentences), [-1] * len(sentences)
    spans = spans or [()] * len(sentences)
    other_spans = other_spans or [()] * len(others)
    return _closest_units([_units(s, sp) for s, sp in zip(sentences, spans)],
                          [_units(s, sp) for s, sp in zip(others, other_spans)])


def _closest_units(mine_units: list[list[list[str]]], their_units: list[list[list[str]]]
                   ) -> tuple[list[float], list[int]]:
    """_closest over sentences given as their units (_units: the whole sentence first, then its clauses)."""
    n, m = len(mine_units), len(their_units)
    if not n:
        return [], []
    if not m:
        return [0.0] * n, [-1] * n
    fit = _fit_units(list(mine_units) + list(their_units))
    if fit is None:
        return [0.0] * n, [0] * n
    return _best_of(fit, list(range(n)), list(range(n, n + m)))


def _fit_units(sentence_units: list[list[list[str]]]):
    """TF-IDF of every unit of the sentences (IDF from whole sentences, so a clause does not count its words
    twice), with each unit's sentence; None when there are no tokens at all."""
    units, owner = [], []  # fact tokens of each sentence and clause, and the sentence it belongs to
    for k, us in enumerate(sentence_units):
        for u in us:
            units.append(u)
            owner.append(k)
    try:
        vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit([us[0] for us in sentence_units])
        x = vec.transform(units)
    except ValueError:  # no tokens at all
        return None
    content = np.array([not t.startswith("ent:") for t in vec.get_feature_names_out()], dtype=bool)
    return x, (x > 0).astype(np.int32), content, np.array(owner)


def _best_of(fit, mine_s: list[int], theirs_s: list[int]) -> tuple[list[float], list[int]]:
    """For each sentence of mine_s, its best similarity to a sentence of theirs_s and that one's position."""
    x, present, content, owner = fit
    pos = np.full(len(owner) and int(owner.max()) + 1, -1)
    pos[mine_s] = np.arange(len(mine_s))
    pos[theirs_s] = np.arange(len(theirs_s))
    side = np.zeros(len(pos), dtype=np.int8)
    side[mine_s], side[theirs_s] = 1, 2
    mine, theirs = np.flatnonzero(side[owner] == 1), np.flatnonzero(side[owner] == 2)
    # The vectorizer's rows are L2-normalised (its default norm), so their dot product is the cosine.
    sim = (x[mine] @ x[theirs].T).toarray()
    # A fact is more than its actors, and more than one word: two sentences sharing only names ("Iran sent
    # advisers to Syria" / "Iran opened an embassy in Syria") or a single token ("the army") state two
    # facts, however rare the shared names or word are in the event.
    shared = (present[mine] @ present[theirs].T).toarray()
    shared_content = (present[mine][:, content] @ present[theirs][:, content].T).toarray()
    sim = np.where((shared >= 2) & (shared_content >= 1), sim, 0.0)
    # Best over the sentences' units: sentence x sentence, clause x sentence, clause x clause.
    best = np.zeros((len(mine_s), len(theirs_s)))
    np.maximum.at(best, (pos[owner[mine]][:, None], pos[owner[theirs]][None, :]), sim)
    idx = [int(np.argmax(row)) for row in best]
    return [float(best[k, j]) for k, j in enumerate(idx)], idx


def _row_tokens(rows, info) -> list[tuple[int, int, tuple]]:
    """(start, end, tokens) of each mention row: its entity and the country it belongs to."""
    out = []
    for r in rows:
        if pd.isna(r.start_char) or pd.isna(r.end_char):
            continue
        eid = str(r.entity_id)
        country = info(eid)["country_id"]
        toks = (_entity_key(eid),) + ((_entity_key(country),) if country and country != eid else ())
        out.append((int(r.start_char), int(r.end_char), toks))
    return out


def _mention_tokens(ment: pd.DataFrame, entities: pd.DataFrame, kb, info=None
                    ) -> dict[str, list[tuple[int, int, tuple]]]:
    """Per article, (start, end, tokens) of each entity mention: its entity and the country it belongs to."""
    info = info or _entity_info(entities, kb)
    out: dict[str, list] = defaultdict(list)
    for aid, eid, st, en in zip(ment["article_id"], ment["entity_id"], ment["start_char"], ment["end_char"]):
        if pd.isna(st) or pd.isna(en):
            continue
        eid = str(eid)
        country = info(eid)["country_id"]
        toks = (_entity_key(eid),) + ((_entity_key(country),) if country and country != eid else ())
        out[str(aid)].append((int(st), int(en), toks))
    return out


def _article_units(text: str, outlet: str, spans) -> list[tuple]:
    """(position, start, end, units) of each distinct content sentence of an article (see _units)."""
    out = []
    seen = set()
    for pos, (start, end, s) in enumerate(sentence_spans(text)):
        if is_content(s, outlet) and s not in seen:
            seen.add(s)
            inside = tuple((ms - start, me - start, t) for ms, me, t in spans if start <= ms and me <= end)
            out.append((pos, start, end, _units(s, inside)))
    return out


def _unique(events_idx, ids, texts, outlets, mention_tokens, prep):
    for eid, idxs in events_idx.items():
        if len({outlets[ids[i]] for i in idxs}) < 2:
            continue  # nothing to compare with: uniqueness is undefined for a single-outlet event
        sents = []  # (outlet, article_id, position, sentence, units of the sentence)
        for i in sorted(idxs, key=lambda k: ids[k]):
            a = ids[i]
            if "sents" not in prep[a]:
                prep[a]["sents"] = _article_units(texts[a], outlets[a], mention_tokens.get(a, []))
            for pos, start, end, units in prep[a]["sents"]:
                sents.append((outlets[a], a, pos, texts[a][start:end], units))
        # One fit per event: each outlet's comparison fits the same sentences (IDF is order-free).
        fit = _fit_units([s[4] for s in sents])
        for out in sorted({s[0] for s in sents}):
            mine_s = [k for k, s in enumerate(sents) if s[0] == out]
            other_s = [k for k, s in enumerate(sents) if s[0] != out]
            mine, other = [sents[k] for k in mine_s], [sents[k] for k in other_s]
            best, idx = _best_of(fit, mine_s, other_s) if fit is not None else ([0.0] * len(mine), [0] * len(mine))
            for (_, a, pos, s, _u), b, j in zip(mine, best, idx):
                if other and b < UNIQUE_THRESHOLD:
                    yield {"event_id": eid, "outlet": out, "article_id": a, "sentence": s,
                           "best_similarity": round(b, 4), "position": pos,
                           "closest_sentence": other[j][3], "closest_outlet": other[j][0]}


def stance_by_outlet(tabs: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return the relations joined with their article's event_id, outlet and date (each outlet's stance claims)."""
    rel = _get(tabs, "relations")
    art = _get(tabs, "articles")[["article_id", "event_id", "outlet", "published"]]
    out = rel.merge(art, on="article_id", how="left")
    keys = ["event_id", "outlet", "article_id", "sent_start", "source_id", "relation", "target_id"]
    return out.sort_values(keys, kind="mergesort", na_position="last").reset_index(drop=True)
