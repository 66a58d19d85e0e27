"""Coverage differences between outlets: event clustering and per-event, per-outlet comparisons.

coverage(tables, kb) groups the articles into events (articles reporting the same happening) and, per
event and outlet, says whom the outlet named and how (outlet_entities, naming), which loaded words it chose
(framing) and what it reported that the other outlets did not (unique_sentences). It is pure: DataFrames
in, DataFrames out; the lexicons are package data under analysis/kb/ (framing.json, naming_titles.json,
boilerplate.json).

Event clustering (the numbers are the module constants below, tested in tests/test_coverage.py):

- article similarity = TEXT_WEIGHT * TF-IDF cosine of the articles' content lines
  + (1 - TEXT_WEIGHT) * Jaccard of their entity-id sets (cosine alone when either has no entities);
- average-linkage agglomerative clustering: repeatedly merge the two most similar clusters while their
  average similarity is >= EVENT_THRESHOLD, never merging two clusters whose dated articles would then span
  more than MAX_DAY_GAP days (so an undated article joins the event it is closest to, and cannot chain two
  events of different dates together, as single linkage / connected components would);
- event_id = "event:" + the first 12 hex digits of sha256 of the sorted member article_ids;
- label = the title of the most central article (highest mean similarity to the other members) + date.
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
# Weight of the text cosine in the article similarity (the rest is the entity Jaccard). Text alone
# confuses two visits of the same leader to the same capital; entities alone confuse any two reports
# on the same conflict; half and half lets either signal veto a merge the other one is unsure about.
TEXT_WEIGHT = 0.5
# Average-linkage similarity at which two clusters merge. On the articles written for the tests
# (tests/test_coverage.py::test_event_pairs): one event told by two outlets 0.75; the same two leaders at
# another meeting a year later 0.25-0.26 (kept apart by the dates anyway); another topic 0.02-0.03.
EVENT_THRESHOLD = 0.3
# A sentence is "unique" to its outlet when its best TF-IDF cosine with any sentence of the other outlets'
# articles on the event is below this. On the written pairs (tests/test_coverage.py::test_sentence_pairs)
# one fact told twice scores 0.58-1.0 and different facts about the same actors 0.16-0.22. TF-IDF misses
# paraphrases that share no content words ("want Assad to go" / "want him gone"): those count as unique.
UNIQUE_THRESHOLD = 0.3
# Sentences (and content lines) with fewer words are headings, captions, credits: not compared.
MIN_SENTENCE_WORDS = 6
# Outlet name for articles whose outlet is unknown (so they still group).
UNKNOWN_OUTLET = "(unknown outlet)"
# How many entities make an event's top_entities.
TOP_ENTITIES = 3

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Tokens with at least one letter: numbers alone ("2015", "10") say little about which event it is.
_TOKEN_PATTERN = r"(?u)\b\w*[^\W\d_]\w*\b"


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


def _tfidf_cosine(docs: list[str], fit_on: list[str] | None = None) -> np.ndarray:
    n = len(docs)
    try:
        vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=_TOKEN_PATTERN)
        x = vec.fit(fit_on).transform(docs) if fit_on else vec.fit_transform(docs)
    except ValueError:  # empty vocabulary: no words at all
        return np.zeros((n, n))
    return cosine_similarity(x)


def article_similarity(texts: list[str], entity_sets: list[set[str]]) -> np.ndarray:
    """Return the article similarity matrix: TEXT_WEIGHT * TF-IDF cosine + rest * entity Jaccard."""
    n = len(texts)
    # IDF from the lines of all the articles, not from the articles: with a handful of articles a
    # document-level IDF is nearly flat (a word in both of two articles gets the lowest weight however
    # rare it is), so the same pair would score differently in a corpus of 2 and of 200.
    lines = [ln for t in texts for ln in t.splitlines() if ln.strip()]
    cos = _tfidf_cosine(texts, lines) if n else np.zeros((0, 0))
    jac = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a, b = entity_sets[i], entity_sets[j]
            if a or b:
                jac[i, j] = jac[j, i] = len(a & b) / len(a | b)
    has = np.array([bool(s) for s in entity_sets], dtype=bool)
    both = has[:, None] & has[None, :]
    sim = np.where(both, TEXT_WEIGHT * cos + (1 - TEXT_WEIGHT) * jac, cos)
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
    ent_sets = {aid: set() for aid in ids}
    for aid, eid in zip(ment["article_id"], ment["entity_id"]):
        ent_sets[str(aid)].add(str(eid))

    sim = article_similarity([_content_text(texts[a], outlets[a]) for a in ids], [ent_sets[a] for a in ids])
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
        "unique_sentences": tables.frame("unique_sentences", _unique(events_idx, ids, texts, outlets)),
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


def sentence_similarity(sentences: list[str], others: list[str]) -> list[float]:
    """Return, for each sentence, its best TF-IDF cosine with any of `others` (IDF fitted on both lists)."""
    best, _ = _closest(sentences, others)
    return best


def _closest(sentences: list[str], others: list[str]) -> tuple[list[float], list[int]]:
    if not sentences:
        return [], []
    if not others:
        return [0.0] * len(sentences), [-1] * len(sentences)
    sim = _tfidf_cosine(list(sentences) + list(others))[: len(sentences), len(sentences) :]
    idx = [int(np.argmax(row)) for row in sim]
    return [float(sim[k, j]) for k, j in enumerate(idx)], idx


def _unique(events_idx, ids, texts, outlets):
    for eid, idxs in events_idx.items():
        if len({outlets[ids[i]] for i in idxs}) < 2:
            continue  # nothing to compare with: uniqueness is undefined for a single-outlet event
        sents = []  # (outlet, article_id, position, sentence)
        for i in sorted(idxs, key=lambda k: ids[k]):
            a = ids[i]
            seen = set()
            for pos, s in enumerate(split_sentences(texts[a])):
                if is_content(s, outlets[a]) and s not in seen:
                    seen.add(s)
                    sents.append((outlets[a], a, pos, s))
        for out in sorted({s[0] for s in sents}):
            mine = [s for s in sents if s[0] == out]
            other = [s for s in sents if s[0] != out]
            best, idx = _closest([s[3] for s in mine], [s[3] for s in other])
            for (_, a, pos, s), b, j in zip(mine, best, idx):
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
