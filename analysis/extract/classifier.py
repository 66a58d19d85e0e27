"""The learned pair classifier: labels candidate pairs (analysis/extract/pairs.py) and merges them with the rules.

The model is a multinomial logistic regression trained by bench/train.py (`make train`) and stored as plain
JSON (analysis/kb/pair_model.json: classes, feature weights, intercepts, threshold), so scoring needs no
scikit-learn and no pickle. It is off unless env NEWSLENS_CLASSIFIER=1: measured on held-out and
cross-validated real news it did not beat the rules (see analysis/kb/PAIR_MODEL.md).

The membership classifier (analysis/kb/member_model.json, bench/train_members.py) reads the same sparse
features plus the pair's dense token-vector row (pairs.dense) and labels pairs whose second actor is an
organisation as member / observer / attendee / none. It is off unless env NEWSLENS_MEMBER_CLASSIFIER=1: its
additions measured right more often than wrong on the judge sets of sessions 19-21, but on the 24 judge sets of
sessions 25-26, never trained on, they were 7 right and 15 wrong (analysis/kb/MEMBER_MODEL.md).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Doc

from analysis.extract import memberships as memberships_x
from analysis.extract import pairs

ENV = "NEWSLENS_CLASSIFIER"
MEMBER_ENV = "NEWSLENS_MEMBER_CLASSIFIER"
CV_ENV = "NEWSLENS_CLASSIFIER_CV"  # a cross-validation bundle: per-article fold models (evaluation only)
RELATIONS = ("supports", "opposes")
ROLES = ("member", "observer", "attendee")
# Who the membership model reads as a member: states (and a leader or capital standing for one), the
# members 969 of its 974 training labels have; a body in a body is left to the rules ("the EU, a G20 member").
MEMBER_TYPES = ("country", "person", "place")


def enabled() -> bool:
    """Return whether the classifier adds pairs to the rules' output (env NEWSLENS_CLASSIFIER=1)."""
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes", "on")


def member_enabled() -> bool:
    """Return whether the membership classifier adds pairs (env NEWSLENS_MEMBER_CLASSIFIER=1; off by default)."""
    return os.environ.get(MEMBER_ENV, "").strip().lower() in ("1", "true", "yes", "on")


@lru_cache(maxsize=1)
def load() -> dict:
    """Return the committed model (analysis/kb/pair_model.json)."""
    return json.loads(resources.files("analysis.kb").joinpath("pair_model.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_member() -> dict:
    """Return the committed membership model (analysis/kb/member_model.json), its dense weights as an array."""
    model = json.loads(resources.files("analysis.kb").joinpath("member_model.json").read_text(encoding="utf-8"))
    return with_dense_array(model)


def with_dense_array(model: dict) -> dict:
    """Return the model ready to score: `dense` (one weight list per class) as a classes x width array, the
    sparse weights as a features x classes array with a name -> row index."""
    names = sorted(model["weights"])
    sparse = np.asarray([model["weights"][n] for n in names], dtype=np.float64).reshape(len(names), len(model["classes"]))
    return {**model, "dense": np.asarray(model["dense"], dtype=np.float32), "sparse": sparse,
            "index": {n: i for i, n in enumerate(names)}, "bias": np.asarray(model["intercept"], dtype=np.float64)}


@lru_cache(maxsize=2)
def _cv_bundle(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:  # evaluation only: a bundle bench/train.py wrote
        return json.load(fh)


def _model_for(doc: Doc) -> dict:
    path = os.environ.get(CV_ENV)
    if not path:
        return load()
    from analysis.article import content_id

    bundle = _cv_bundle(path)
    fold = bundle["article_fold"].get(content_id(doc.text))
    return bundle["folds"][fold] if fold is not None else bundle["full"]


def predict_proba(model: dict, feats: dict[str, float]) -> dict[str, float]:
    """Return class probabilities of one candidate's features under a model dict."""
    weights, classes = model["weights"], model["classes"]
    scores = list(model["intercept"])
    for name, value in feats.items():
        w = weights.get(name)
        if w:
            for k, x in enumerate(w):
                scores[k] += x * value
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(classes, exp)}


def predict_member(model: dict, feats: dict[str, float], row: np.ndarray) -> dict[str, float]:
    """Return class probabilities of one candidate under the membership model (sparse features + dense row)."""
    index = model["index"]
    rows, values = [], []
    for name, value in feats.items():
        j = index.get(name)
        if j is not None:
            rows.append(j)
            values.append(value)
    scores = model["bias"] + model["dense"] @ row
    if rows:
        scores = scores + np.asarray(values) @ model["sparse"][rows]
    exp = np.exp(scores - scores.max())
    return dict(zip(model["classes"], (exp / exp.sum()).tolist()))


def top_label(probs: dict[str, float]) -> tuple[str, float]:
    """The most probable label other than 'none', with its probability."""
    return max(((k, v) for k, v in probs.items() if k != "none"), key=lambda kv: kv[1])


def _relation_record(c: dict, label: str, p: float) -> dict:
    src_country = c["a_country_id"]
    level = "stated" if c["a_type"] == "country" else "rolled_up" if src_country else None
    return {
        "source_id": c["a_id"], "relation": label, "target_id": c["b_target_id"], "trigger": f"classifier {p:.2f}",
        "sentence": c["sentence"], "sent_start": c["sent_start"], "sent_end": c["sent_end"],
        "source_text": c["a_text"], "target_text": c["b_text"], "attributed_to": None,
        "modality": "hypothetical" if c["features"].get("modal") or c["features"].get("conditional") else "asserted",
        "source_country_id": src_country, "level": level,
    }


def _membership_record(c: dict, label: str, p: float) -> dict:
    return {
        "member_id": c["a_id"], "org_id": c["b_id"], "role": label, "trigger": f"classifier {p:.2f}",
        "sentence": c["sentence"], "sent_start": c["sent_start"], "sent_end": c["sent_end"],
        "member_text": c["a_text"], "org_text": c["b_text"],
    }


def additions(doc: Doc, kb, rels: list[dict], mems: list[dict], model: dict | None = None
              ) -> tuple[list[dict], list[dict]]:
    """Return (relations, memberships) records the classifier adds to the rules' (pairs above its threshold)."""
    model = model or _model_for(doc)
    thresholds = model["thresholds"]
    have_r = {(r["sent_start"], r["source_id"], r["target_id"]) for r in rels}
    have_m = {(m["sent_start"], m["member_id"], m["org_id"], m["role"]) for m in mems}
    new_r, new_m = [], []
    for c in pairs.candidates(doc, kb, rels, mems):
        probs = predict_proba(model, c["features"])
        for label, p in sorted(probs.items()):
            if label == "none" or p < thresholds.get(label, 1.1):
                continue
            if label in RELATIONS and (c["sent_start"], c["a_id"], c["b_target_id"]) not in have_r:
                if c["b_type"] in ("country", "person", "group", "organisation"):
                    new_r.append(_relation_record(c, label, p))
            elif label in ROLES and c["b_type"] == "organisation":
                if (c["sent_start"], c["a_id"], c["b_id"], label) not in have_m:
                    new_m.append(_membership_record(c, label, p))
    return new_r, new_m


def member_additions(doc: Doc, kb, rels: list[dict], mems: list[dict], model: dict | None = None) -> list[dict]:
    """Return membership records the membership model adds: organisation pairs no rule read, above its threshold."""
    model = model or load_member()
    thresholds = model["thresholds"]
    out = []
    for c in pairs.candidates(doc, kb, rels, mems, b_types=("organisation",), with_dense=True,
                              a_types=MEMBER_TYPES):
        if c["dense"] is None or len(c["dense"]) != model["dense"].shape[1]:
            return []  # a pipeline without the token vectors the model was trained on: nothing to read
        if "rule=none" not in c["features"]:
            continue
        probs = predict_member(model, c["features"], c["dense"])
        label, p = top_label(probs)
        if p >= thresholds.get(label, 1.1):
            out.append(_membership_record(c, label, p))
    return out


def combine(doc: Doc, kb, rels: Iterable[dict], mems: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    """Return the rules' records, plus the classifiers' additions where enabled (the rules are shortcuts)."""
    rels, mems = list(rels), list(mems)
    if enabled():
        add_r, add_m = additions(doc, kb, rels, mems)
        rels, mems = rels + add_r, mems + add_m
    if member_enabled():
        # (a meeting named generically has no members, for the model as for the rules)
        added = [m for m in member_additions(doc, kb, rels, mems) if not memberships_x.generic_meeting(m["org_id"], kb)]
        if added:
            # a membership the article says has ended is no more the model's than the rules' (departures)
            ended = memberships_x.departures(doc, kb)
            added = [m for m in added if m["role"] == "attendee" or (m["member_id"], m["org_id"]) not in ended]
        mems = mems + added
    return rels, mems
