"""Coverage differences between outlets: event clustering and per-event, per-outlet comparisons.

coverage(tables, kb) groups the articles into events (articles reporting the same happening) and, per
event and outlet, says whom the outlet named and how (outlet_entities, naming), which loaded words it chose
(framing) and what it reported that the other outlets did not (unique_sentences). It is pure: DataFrames
in, DataFrames out; the lexicons are package data under analysis/kb/ (framing.json, naming_titles.json,
boilerplate.json, paraphrase.json).

Event clustering (the numbers are the module constants below, tested in tests/test_coverage.py):

- article similarity = TEXT_WEIGHT * TF-IDF cosine of the articles' fact tokens (_fact_tokens: entity
  ids in place of names, numbers and dates normalised, light stems, synonym and framing classes; IDF over
  sentences) + (1 - TEXT_WEIGHT) * TF-IDF cosine of their entity mentions (text alone when either has none);
- average-linkage agglomerative clustering: repeatedly merge the two most similar clusters while their
  average similarity is >= EVENT_THRESHOLD, never merging two clusters whose dated articles would then span
  more than MAX_DAY_GAP days (so an undated article joins the event it is closest to, and cannot chain two
  events of different dates together, as single linkage / connected components would);
- event_id = "event:" + the first 12 hex digits of sha256 of the sorted member article_ids;
- label = the title of the most central article (highest mean similarity to the other members) + date.

Unique sentences: a content sentence is unique to its outlet when its best fact-token TF-IDF cosine with any
sentence of the other outlets on the event is below UNIQUE_THRESHOLD (the best over the sentences and their
clauses); pairs that share fewer than two tokens, or nothing but entity names, score 0. Measured by bench/eval_coverage.py on tests/data/coverage.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

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
def _boilerplate() -> tuple[str, ...]:
    return tuple(c.lower() for c in _kb_json("boilerplate.json")["cues"])


# ------------------------------------------------------------------------------------------ helpers


@lru_cache(maxsize=1)
def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int, str]]:
    """Split text into (start, end, sentence): first at line breaks, then spaCy's rule-based sentencizer."""
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
    return out


def split_sentences(text: str) -> list[str]:
    """Split text into sentences (see sentence_spans)."""
    return [s for _, _, s in sentence_spans(text)]


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", s.lower())


def is_furniture(sentence: str, outlet: str | None = None) -> bool:
    """Whether a sentence is page furniture: a credit, a notice, or the outlet writing about itself."""
    low = sentence.lower()
    if any(cue in low for cue in _boilerplate()):
        return True
    # An outlet writing about itself ("Middle East Eye delivers independent coverage…", "TRTWorld and
    # agencies") is page furniture; spaces are ignored so "TRTWorld" matches "TRT World".
    return bool(outlet and outlet != UNKNOWN_OUTLET and len(_norm(outlet)) >= 3 and _norm(outlet) in _norm(sentence))


def is_content(sentence: str, outlet: str | None = None) -> bool:
    """Whether a sentence is reporting to compare: not furniture, and not a heading or caption-length line."""
    return len(_WORD.findall(sentence)) >= MIN_SENTENCE_WORDS and not is_furniture(sentence, outlet)


def _body(text: str, outlet: str | None) -> tuple[str, list[tuple[int, int]]]:
    """The text without furniture sentences (headings kept), and the furniture spans."""
    spans = sentence_spans(text)
    furniture = [(s, e) for s, e, sent in spans if is_furniture(sent, outlet)]
    return "\n".join(sent for s, e, sent in spans if (s, e) not in furniture), furniture


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


def _tfidf(docs: list[list[str]], fit_on: list[list[str]] | None = None) -> np.ndarray:
    """Cosine similarity of token lists under sublinear TF-IDF (IDF fitted on fit_on, else on docs)."""
    n = len(docs)
    try:
        vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
        x = vec.fit(fit_on if fit_on is not None else docs).transform(docs)
    except ValueError:  # empty vocabulary
        return np.zeros((n, n))
    return cosine_similarity(x)


def article_similarity(sentence_tokens: list[list[list[str]]], entities: list[list[str]]) -> np.ndarray:
    """Return the article similarity matrix: TEXT_WEIGHT * fact-token cosine + rest * entity cosine.

    sentence_tokens: per article, the fact tokens of each sentence (article_tokens); entities: per article,
    the entity key of every mention (repeats count).
    """
    n = len(sentence_tokens)
    if not n:
        return np.zeros((0, 0))
    # IDF from the sentences of all the articles, not from the articles: with a handful of articles a
    # document-level IDF is nearly flat (a word in both of two articles gets the lowest weight however
    # rare it is), so the same pair would score differently in a corpus of 2 and of 200.
    docs = [[t for s in sents for t in s] for sents in sentence_tokens]
    cos = _tfidf(docs, [s for sents in sentence_tokens for s in sents if s] or docs)
    # Entities weighted by TF-IDF over the articles: a country every report names says little about
    # which event it is, a person or town named by few says much (Salton & Buckley 1988, term weighting).
    ent = _tfidf(entities) if any(entities) else np.zeros((n, n))
    has = np.array([bool(e) for e in entities], dtype=bool)
    both = has[:, None] & has[None, :]
    sim = np.where(both, TEXT_WEIGHT * cos + (1 - TEXT_WEIGHT) * ent, cos)
    np.fill_diagonal(sim, 1.0)
    return sim


def cluster(sim: np.ndarray, days: list[float | None]) -> list[int]:
    """Cluster articles (average linkage, EVENT_THRESHOLD, MAX_DAY_GAP); return a cluster index per article."""
    n = len(days)
    s = np.array(sim, dtype=float, copy=True)
    size = np.ones(n)
    dmin = np.array([np.inf if d is None else float(d) for d in days])
    dmax = np.array([-np.inf if d is None else float(d) for d in days])
    active = np.ones(n, dtype=bool)
    label = list(range(n))
    span = np.maximum(dmax[:, None], dmax[None, :]) - np.minimum(dmin[:, None], dmin[None, :])
    # Candidate merges: similar enough and within the date window; -inf elsewhere (updated per merge).
    cand = np.where((span <= MAX_DAY_GAP) & (s >= EVENT_THRESHOLD) & ~np.eye(n, dtype=bool), s, -np.inf)
    while n and np.isfinite(cand).any():
        i, j = divmod(int(np.argmax(cand)), n)  # first maximum: deterministic for a given article order
        i, j = min(i, j), max(i, j)
        # Average linkage (Lance-Williams): the merged cluster's similarity to k is the size-weighted mean.
        row = (size[i] * s[i] + size[j] * s[j]) / (size[i] + size[j])
        s[i, :] = row
        s[:, i] = row
        size[i] += size[j]
        dmin[i], dmax[i] = min(dmin[i], dmin[j]), max(dmax[i], dmax[j])
        active[j] = False
        label = [i if lab == j else lab for lab in label]
        span_i = np.maximum(dmax[i], dmax) - np.minimum(dmin[i], dmin)
        ok = active & (span_i <= MAX_DAY_GAP) & (row >= EVENT_THRESHOLD)
        ok[i] = False
        cand[i, :] = np.where(ok, row, -np.inf)
        cand[:, i] = cand[i, :]
        cand[j, :] = -np.inf
        cand[:, j] = -np.inf
    return label


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


def _str(v) -> str | None:
    return None if v is None or pd.isna(v) else str(v)


# ------------------------------------------------------------------------------------------- tables


def _get(tabs: dict, name: str) -> pd.DataFrame:
    df = tabs.get(name)
    return tables.empty(name) if df is None else df


def coverage(tabs: dict[str, pd.DataFrame], kb) -> dict[str, pd.DataFrame]:
    """Return the coverage tables and the articles table with event_id and event-derived dates filled in."""
    articles = _get(tabs, "articles").sort_values("article_id", kind="mergesort").reset_index(drop=True)
    mentions = _get(tabs, "mentions")
    entities = _get(tabs, "entities")

    ids = [str(a) for a in articles["article_id"]]
    texts = {aid: _str(t) or "" for aid, t in zip(ids, articles["text"])}
    outlets = {aid: _str(o) or UNKNOWN_OUTLET for aid, o in zip(ids, articles["outlet"])}
    titles = {aid: _str(t) for aid, t in zip(ids, articles["title"])}
    days = [_day(p) for p in articles["published"]]

    bodies = {a: _body(texts[a], outlets[a]) for a in ids}
    ment = mentions[mentions["article_id"].isin(ids) & mentions["entity_id"].notna()]
    # Names in credits and notices ("Photo by: Reuters", "More about MEE") are not coverage.
    in_furniture = [
        not pd.isna(st) and any(s <= int(st) < e for s, e in bodies[str(a)][1])
        for a, st in zip(ment["article_id"], ment["start_char"])
    ]
    ment = ment[~np.array(in_furniture, dtype=bool)] if len(ment) else ment
    mention_tokens = _mention_tokens(ment, entities, kb)
    ent_lists = {aid: [] for aid in ids}
    for aid, eid in zip(ment["article_id"], ment["entity_id"]):
        ent_lists[str(aid)].append(_entity_key(str(eid)))
    sim = article_similarity([article_tokens(texts[a], outlets[a], mention_tokens.get(a, ())) for a in ids],
                             [sorted(ent_lists[a]) for a in ids])
    labels = cluster(sim, days)
    members: dict[int, list[int]] = defaultdict(list)
    for idx, lab in enumerate(labels):
        members[lab].append(idx)

    # Event per article, and dates for undated articles whose event's dated articles agree.
    ev_of: dict[str, str] = {}
    new_pub = list(articles["published"])
    new_src = [_str(s) for s in articles["date_source"]]
    events_idx: dict[str, list[int]] = {}
    for idxs in members.values():
        eid = event_id(ids[i] for i in idxs)
        events_idx[eid] = idxs
        dated = {days[i] for i in idxs if days[i] is not None}
        for i in idxs:
            ev_of[ids[i]] = eid
            if days[i] is None and len(dated) == 1:
                new_pub[i] = pd.Timestamp(int(next(iter(dated))), unit="D")
                new_src[i] = "event"
    art = articles.copy()
    art["event_id"] = [ev_of[a] for a in ids]
    art["published"] = pd.to_datetime(pd.Series(new_pub, index=art.index), errors="coerce")
    art["date_source"] = pd.Series(new_src, index=art.index, dtype="object")
    art_out = tables.frame("articles", art.to_dict("records"))

    names = _entity_names(entities, kb)
    ment = ment.assign(event_id=[ev_of[str(a)] for a in ment["article_id"]],
                       outlet=[outlets[str(a)] for a in ment["article_id"]])

    # ---- events
    pub_of = dict(zip(art_out["article_id"], art_out["published"]))
    ev_records = []
    for eid, idxs in events_idx.items():
        aids = [ids[i] for i in idxs]
        dates = sorted(pub_of[a] for a in aids if not pd.isna(pub_of[a]))
        # Most central member: highest mean similarity to the others (ties: smallest article_id).
        central = min((-(sim[i, idxs].sum() - 1.0) / max(len(idxs) - 1, 1), ids[i]) for i in idxs)[1]
        top = Counter(ment.loc[ment["event_id"] == eid, "entity_id"].astype(str))
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
    return {
        "articles": art_out,
        "events": tables.frame("events", ev_records),
        "outlet_entities": tables.frame("outlet_entities", _outlet_entities(ment, outlets_on)),
        "naming": tables.frame("naming", _naming(ment, texts, entities, kb)),
        "framing": tables.frame("framing", _framing(events_idx, ids, {a: bodies[a][0] for a in ids}, outlets)),
        "unique_sentences": tables.frame("unique_sentences", _unique(events_idx, ids, texts, outlets,
                                                                       mention_tokens)),
    }


def _first_line(text: str) -> str:
    for ln in text.splitlines():
        if ln.strip():
            return ln.strip()[:120]
    return ""


def _entity_names(entities: pd.DataFrame, kb) -> dict[str, str]:
    names = {str(e): str(n) for e, n in zip(entities["entity_id"], entities["name"]) if not pd.isna(n)}
    return names


def _outlet_entities(ment: pd.DataFrame, outlets_on: dict[str, list[str]]):
    counts = Counter(zip(ment["event_id"], ment["outlet"], ment["entity_id"].astype(str)))
    totals = Counter(zip(ment["event_id"], ment["outlet"]))
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
    for row in entities.itertuples(index=False):
        info[str(row.entity_id)] = {"type": _str(row.type), "country_id": _str(row.country_id), "role": _str(row.role)}

    def get(eid: str) -> dict:
        if eid not in info:
            e = kb.entity(eid) if kb is not None and hasattr(kb, "entity") else None
            info[eid] = ({"type": e.type, "country_id": e.country_id, "role": e.role} if e is not None
                         else {"type": eid.split(":", 1)[0] if ":" in eid else None, "country_id": None, "role": None})
        return info[eid]

    return get


def _naming(ment: pd.DataFrame, texts: dict[str, str], entities: pd.DataFrame, kb):
    t = _titles()
    info = _entity_info(entities, kb)
    counts: Counter = Counter()
    by_article = defaultdict(list)
    for row in ment.itertuples(index=False):
        by_article[str(row.article_id)].append(row)
    for aid, rows in by_article.items():
        text = texts.get(aid, "")
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
            counts[(r.event_id, r.outlet, str(r.entity_id), name, title)] += 1
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
            counts[(r.event_id, r.outlet, target, " ".join(text[start : end + m.end()].split()), m.group(1))] += 1
    for (ev, out, ent, form, title), c in counts.items():
        yield {"event_id": ev, "outlet": out, "entity_id": ent, "form": form, "title": title, "count": c}


def framing_terms(text: str) -> Counter:
    """Count the lexicon's terms in a text: (concept, term) -> count, overlapping matches keep the longest."""
    hits = []
    for concept, term, rx in lexicon():
        for m in rx.finditer(text or ""):
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
    return out


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
    n, m = len(sentences), len(others)
    units, owner = [], []  # fact tokens of each sentence and clause, and the sentence it belongs to
    for k, (s, sp) in enumerate(zip(list(sentences) + list(others), list(spans) + list(other_spans))):
        for u in _units(s, sp):
            units.append(u)
            owner.append(k)
    whole = [units[i] for i in range(len(units)) if i == 0 or owner[i] != owner[i - 1]]
    try:
        # IDF from whole sentences, so a clause does not count its words twice.
        vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit(whole)
        x = vec.transform(units)
    except ValueError:  # no tokens at all
        return [0.0] * n, [0] * n
    owner = np.array(owner)
    mine, theirs = np.flatnonzero(owner < n), np.flatnonzero(owner >= n)
    sim = cosine_similarity(x[mine], x[theirs])
    # A fact is more than its actors, and more than one word: two sentences sharing only names ("Iran sent
    # advisers to Syria" / "Iran opened an embassy in Syria") or a single token ("the army") state two
    # facts, however rare the shared names or word are in the event.
    content = np.array([not t.startswith("ent:") for t in vec.get_feature_names_out()], dtype=bool)
    present = (x > 0).astype(np.int32)
    shared = (present[mine] @ present[theirs].T).toarray()
    shared_content = (present[mine][:, content] @ present[theirs][:, content].T).toarray()
    sim = np.where((shared >= 2) & (shared_content >= 1), sim, 0.0)
    # Best over the sentences' units: sentence x sentence, clause x sentence, clause x clause.
    best = np.zeros((n, m))
    np.maximum.at(best, (owner[mine][:, None], owner[theirs][None, :] - n), sim)
    idx = [int(np.argmax(row)) for row in best]
    return [float(best[k, j]) for k, j in enumerate(idx)], idx


def _mention_tokens(ment: pd.DataFrame, entities: pd.DataFrame, kb) -> dict[str, list[tuple[int, int, tuple]]]:
    """Per article, (start, end, tokens) of each entity mention: its entity and the country it belongs to."""
    info = _entity_info(entities, kb)
    out: dict[str, list] = defaultdict(list)
    for aid, eid, st, en in zip(ment["article_id"], ment["entity_id"], ment["start_char"], ment["end_char"]):
        if pd.isna(st) or pd.isna(en):
            continue
        eid = str(eid)
        country = info(eid)["country_id"]
        toks = (_entity_key(eid),) + ((_entity_key(country),) if country and country != eid else ())
        out[str(aid)].append((int(st), int(en), toks))
    return out


def _unique(events_idx, ids, texts, outlets, mention_tokens):
    for eid, idxs in events_idx.items():
        if len({outlets[ids[i]] for i in idxs}) < 2:
            continue  # nothing to compare with: uniqueness is undefined for a single-outlet event
        sents = []  # (outlet, article_id, position, sentence, entity spans within the sentence)
        for i in sorted(idxs, key=lambda k: ids[k]):
            a = ids[i]
            seen = set()
            spans = mention_tokens.get(a, [])
            for pos, (start, end, s) in enumerate(sentence_spans(texts[a])):
                if is_content(s, outlets[a]) and s not in seen:
                    seen.add(s)
                    inside = tuple((ms - start, me - start, t) for ms, me, t in spans if start <= ms and me <= end)
                    sents.append((outlets[a], a, pos, s, inside))
        for out in sorted({s[0] for s in sents}):
            mine = [s for s in sents if s[0] == out]
            other = [s for s in sents if s[0] != out]
            best, idx = _closest([s[3] for s in mine], [s[3] for s in other], [s[4] for s in mine],
                                 [s[4] for s in other])
            for (_, a, pos, s, _sp), b, j in zip(mine, best, idx):
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
