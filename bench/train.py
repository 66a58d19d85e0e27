"""Train the pair classifier (`make train`): analysis/kb/pair_model.json and its card analysis/kb/PAIR_MODEL.md.

Training data: the team's development sets (bench/eval/relations-dev*.jsonl, memberships-dev*.jsonl; never
heldout.jsonl) and, where ../shared/realnews exists, its hand-read gold. Labels are distant supervision
(Mintz et al. 2009): a candidate pair in a sentence takes the article's gold label for that pair, else none.
Real-news scores are cross-validated by article: `--cv-bundle FILE` writes per-fold models that
NEWSLENS_CLASSIFIER_CV=FILE makes the build use, so `score.py` never scores an article with a model trained
on it. Fixed seed; the same data give the same file.

Reproducibility: the artifact records a fingerprint of its training data (`data`) and, as an anchor that
needs no third-party text, the digest and held-out scores of the same fit on the team's dev sets alone
(`dev_only`). `bench/train.py --check` refits both and compares them with the committed artifact
(tests/test_classifier.py runs it): the full fit where ../shared/realnews is present with the fingerprinted
gold, the dev-only fit everywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL_DIR = ROOT / "bench" / "eval"
# ../shared/realnews from the main checkout; a worktree sits one level deeper (env NEWSLENS_REALNEWS overrides).
REALNEWS = Path(os.environ.get("NEWSLENS_REALNEWS") or next(
    (p for p in (ROOT.parent / "shared" / "realnews", ROOT.parents[1] / "shared" / "realnews") if p.is_dir()),
    ROOT.parent / "shared" / "realnews"))
MODEL = ROOT / "analysis" / "kb" / "pair_model.json"
CARD = ROOT / "analysis" / "kb" / "PAIR_MODEL.md"
SEED = 13
FOLDS = 5
C = 0.5
THRESHOLD = 0.9  # precision first: 0.6 gave real-news relations P 0.22 (trained on dev sets only)
MIN_COUNT = 2  # features seen once carry no evidence and would bloat the artifact
NOTES = "## Cross-validated real-news measurements"  # the card's section kept across re-trainings


def _norm(s) -> str:
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().casefold().replace("-", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def dev_articles(files=None) -> list[dict]:
    """The development sets' articles: id, text, gold relations and memberships as entity-id triples."""
    out = []
    for path in files or sorted(EVAL_DIR.glob("relations-dev*.jsonl")) + sorted(EVAL_DIR.glob("memberships-dev*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                out.append({"id": row.get("id", f"{path.stem}-{n}"), "group": f"dev:{row.get('id', n)}",
                            "text": row["text"], "kind": "dev", "relations": [tuple(x) for x in row.get("relations", [])],
                            "memberships": [tuple(x) for x in row.get("memberships", [])]})
    return out


def realnews_articles(folder: Path = REALNEWS) -> tuple[list[dict], dict]:
    """The real-news articles (texts as the build reads them) with their gold, and the gold's name table."""
    from analysis import ingest

    if not (folder / "gold.json").exists():
        return [], {}
    gold = json.loads((folder / "gold.json").read_text())
    recs = [json.loads(x) for x in (folder / "articles.jsonl").read_text().splitlines() if x.strip()]
    texts = [a.text for a in ingest.read([folder / "articles.jsonl"]) if hasattr(a, "text")]
    out = []
    for rec, text in zip(recs, texts):
        gid = rec["id"]
        rel = gold["relations"].get(gid, {})
        mem = gold["memberships"].get(gid, {})
        out.append({"id": gid, "group": f"real:{gid}", "text": text, "kind": "real",
                    "relations": [tuple(x) for x in rel.get("required", [])],
                    "rel_optional": [tuple(x) for x in rel.get("optional", [])],
                    "memberships": [tuple(x) for x in mem.get("required", [])],
                    "mem_optional": [tuple(x) for x in mem.get("optional", [])]})
    forms: dict[str, set] = {}
    for actor, names in gold["names"].items():
        for f in set(names) | {actor.split(":", 1)[1]}:
            forms.setdefault(_norm(f), set()).add(actor)
    return out, forms


def _keys(kb, eid: str | None, text: str, forms: dict) -> set:
    """Gold keys an entity can stand for (real-news gold: ISO-3 of the state it is or speaks for, or a name)."""
    keys = set()
    if not eid:
        return keys
    ent = kb.entity(eid)
    for f in {eid.split(":", 1)[-1].replace("-", " "), text, getattr(ent, "name", None)}:
        if f:
            keys |= forms.get(_norm(f), set())
    for cid in (eid, getattr(ent, "country_id", None)):
        e = kb.entity(cid) if cid else None
        if e is not None and e.type == "country" and e.iso3:
            keys.add(e.iso3)
            break
    return keys


def labels_of(cand: dict, art: dict, kb, forms: dict) -> tuple[list[str], bool]:
    """Gold labels of a candidate (possibly several), and whether it matches only optional gold (then skipped)."""
    if art["kind"] == "dev":
        a, b, t = cand["a_id"], cand["b_id"], cand["b_target_id"]
        labs = [r for s, r, g in art["relations"] if s == a and g == t]
        labs += [r for m, o, r in art["memberships"] if m == a and o == b]
        return sorted(set(labs)), False
    ka = _keys(kb, cand["a_id"], cand["a_text"], forms)
    kb_ = _keys(kb, cand["b_target_id"], cand["b_text"], forms)
    orgs = {k.split(":", 1)[1] for k in _keys(kb, cand["b_id"], cand["b_text"], forms) if k.startswith("org:")}
    labs = [r for s, r, g in art["relations"] if s in ka and g in kb_]
    labs += [r for m, o, r in art["memberships"] if m in ka and o in orgs]
    opt = any(s in ka and g in kb_ for s, _, g in art.get("rel_optional", ()))
    opt |= any(m in ka and o in orgs for m, o, _ in art.get("mem_optional", ()))
    return sorted(set(labs)), (opt and not labs)


def featurise(articles: list[dict], nlp, kb, forms: dict) -> list[dict]:
    """One training row per (candidate, label): features, label, article group."""
    from analysis.extract import memberships, pairs, relations

    rows = []
    for art in articles:
        doc = nlp(art["text"])
        rels, mems = list(relations.relations(doc, kb)), list(memberships.memberships(doc, kb))
        for c in pairs.candidates(doc, kb, rels, mems):
            labs, optional = labels_of(c, art, kb, forms)
            if optional:
                continue
            for lab in labs or ["none"]:
                rows.append({"group": art["group"], "features": c["features"], "label": lab})
    return rows


def fit(rows: list[dict], balanced: bool = True) -> dict:
    """Fit the logistic regression on rows and return the model dict (pruned, rounded: small and stable).

    balanced: class weights inverse to class frequency (the committed model's); bench/pair_sets.py fits
    without them, its sentence-level labels having far fewer false positives to outweigh."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for r in rows for k in r["features"])
    feats = [{k: v for k, v in r["features"].items() if counts[k] >= MIN_COUNT} for r in rows]
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform(feats)
    y = [r["label"] for r in rows]
    clf = LogisticRegression(C=C, max_iter=2000, random_state=SEED, class_weight="balanced" if balanced else None)
    clf.fit(X, y)
    names = vec.get_feature_names_out()
    classes = [str(c) for c in clf.classes_]
    weights = {}
    for j, name in enumerate(names):
        w = [round(float(clf.coef_[k, j]), 4) for k in range(len(classes))]
        if any(abs(x) >= 1e-3 for x in w):
            weights[str(name)] = w
    return {"classes": classes, "intercept": [round(float(x), 4) for x in clf.intercept_],
            "weights": dict(sorted(weights.items())), "thresholds": {c: THRESHOLD for c in classes if c != "none"}}


def folds_of(groups: list[str], k: int = FOLDS) -> dict[str, int]:
    """Assign each real-news article a fold (sorted ids, round robin: reproducible)."""
    real = sorted({g for g in groups if g.startswith("real:")})
    return {g: i % k for i, g in enumerate(real)}


def predict_triples(articles, nlp, kb, model_for) -> dict[str, dict]:
    """Rules-only and rules+classifier triples per article (entity ids), model_for(article) -> model or None."""
    from analysis.extract import classifier, memberships, relations

    out = {}
    for art in articles:
        doc = nlp(art["text"])
        rels, mems = list(relations.relations(doc, kb)), list(memberships.memberships(doc, kb))
        add_r, add_m = classifier.additions(doc, kb, rels, mems, model=model_for(art))
        trip = lambda rs: {(r["source_id"], r["relation"], r["target_id"]) for r in rs if r.get("modality") != "hypothetical"}
        mtrip = lambda ms: {(m["member_id"], m["org_id"], m["role"]) for m in ms}
        out[art["id"]] = {"rules": (trip(rels), mtrip(mems)), "both": (trip(rels + add_r), mtrip(mems + add_m))}
    return out


def _prf(tp, fp, fn):
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def score_heldout(nlp, kb, model) -> dict:
    """Rules-only vs rules+classifier on bench/eval/heldout.jsonl (never trained on), as eval_extraction scores it."""
    rows = [json.loads(x) for x in (EVAL_DIR / "heldout.jsonl").read_text().splitlines() if x.strip()]
    arts = [{"id": r["id"], "text": r["text"]} for r in rows]
    pred = predict_triples(arts, nlp, kb, lambda a: model)
    res = {}
    for mode in ("rules", "both"):
        for k, task in enumerate(("relations", "memberships")):
            tp = fp = fn = 0
            for r in rows:
                if task not in r:
                    continue
                g, p = {tuple(x) for x in r[task]}, pred[r["id"]][mode][k]
                tp += len(g & p); fp += len(p - g); fn += len(g - p)
            res[f"{mode}/{task}"] = _prf(tp, fp, fn)
    return res


def card(res: dict, n_rows: int, n_arts: dict, model: dict, size: int) -> str:
    """The model card text."""
    lines = [
        "# Pair classifier (analysis/kb/pair_model.json)",
        "",
        f"Trained {dt.date.today().isoformat()} by `make train` (bench/train.py, seed {SEED}): multinomial logistic",
        f"regression (C={C}, balanced classes) over the delexicalised features of analysis/extract/pairs.py;",
        f"classes {', '.join(model['classes'])}; threshold {THRESHOLD}; {len(model['weights'])} features kept; {size // 1024} KiB.",
        "",
        f"Data: {n_arts['dev']} development articles (bench/eval/*-dev*.jsonl) and {n_arts['real']} real-news articles",
        "(../shared/realnews gold), distant supervision: a pair in a sentence takes the article's gold label. Never",
        "trained on bench/eval/heldout.jsonl. " + f"{n_rows} training rows.",
        "",
        "| measure | rules only P / R | rules + classifier P / R |",
        "|---|---|---|",
    ]
    for task in ("relations", "memberships"):
        if f"rules/{task}" in res:
            r, b = res[f"rules/{task}"], res[f"both/{task}"]
            lines.append(f"| held-out {task} (exact ids) | {r[0]:.2f} / {r[1]:.2f} | {b[0]:.2f} / {b[1]:.2f} |")
    for line in res.get("realnews", []):
        lines.append(line)
    lines += ["", "The classifier is used only with NEWSLENS_CLASSIFIER=1 unless it measures better than the rules.",
              "", "Reproducibility: `bench/train.py --check` (run by tests/test_classifier.py) refits the model and",
              "compares it with this artifact: the full fit where ../shared/realnews holds the fingerprinted gold",
              "(`data` in the artifact), and everywhere the fit on the development sets alone (`dev_only`: its",
              "digest and held-out scores), which needs no third-party text."]
    if res.get("notes"):
        lines += [""] + res["notes"]
    return "\n".join(lines) + "\n"


def _sha(parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def fingerprint(dev: list[dict], real: list[dict]) -> dict:
    """What the model was fitted on: digests of the dev and real-news articles with their gold (order kept)."""
    rows = lambda arts: [json.dumps([a["id"], a["text"], a["relations"], a["memberships"], a.get("rel_optional", []),
                                     a.get("mem_optional", [])], sort_keys=True) for a in arts]
    return {"dev": _sha(rows(dev)), "real": _sha(rows(real)) if real else None}


def _dump(model: dict) -> str:
    return json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"


def _rounded(res: dict) -> dict:
    return {k: [round(v[0], 2), round(v[1], 2)] for k, v in sorted(res.items()) if k != "realnews"}


def build(nlp, kb, dev: list[dict], real: list[dict], forms: dict, heldout: bool = True) -> tuple[dict, list, dict]:
    """Fit the full model and the dev-only anchor; return (model with its provenance, rows, held-out scores)."""
    dev_rows = featurise(dev, nlp, kb, {})
    rows = dev_rows + featurise(real, nlp, kb, forms)
    model = fit(rows)
    dev_model = fit(dev_rows) if real else model
    res = score_heldout(nlp, kb, model) if heldout else {}
    dev_res = res if not real else (score_heldout(nlp, kb, dev_model) if heldout else {})
    model["data"] = dict(fingerprint(dev, real), rows=len(rows))
    model["dev_only"] = {"digest": _sha([_dump(dev_model)]), "rows": len(dev_rows), "heldout": _rounded(dev_res)}
    model["heldout"] = _rounded(res)
    return model, rows, res


def _close(a: dict, b: dict, tol: float = 2e-3) -> bool:
    """Same classes, intercepts and weights within tol (a fit on another BLAS may differ in the last digit)."""
    if a["classes"] != b["classes"] or any(abs(x - y) > tol for x, y in zip(a["intercept"], b["intercept"])):
        return False
    zero = [0.0] * len(a["classes"])
    return all(abs(x - y) <= tol for k in set(a["weights"]) | set(b["weights"])
               for x, y in zip(a["weights"].get(k, zero), b["weights"].get(k, zero)))


def refit(nlp, kb, committed: dict, dev: list[dict], real: list[dict], forms: dict) -> dict:
    """Refit what the committed artifact was fitted on: the dev-only anchor always, the full model when the
    real-news gold it fingerprints is present. Returns what `compare` needs."""
    dev_rows = featurise(dev, nlp, kb, {})
    dev_model = fit(dev_rows)
    out = {"fingerprint": fingerprint(dev, real), "dev_rows": len(dev_rows), "dev_digest": _sha([_dump(dev_model)]),
           "dev_heldout": _rounded(score_heldout(nlp, kb, dev_model)), "full": None}
    if real and out["fingerprint"]["real"] == committed.get("data", {}).get("real"):
        rows = dev_rows + featurise(real, nlp, kb, forms)
        model = fit(rows)
        out["full"] = {"rows": len(rows), "model": model, "heldout": _rounded(score_heldout(nlp, kb, model))}
    return out


def compare(committed: dict, got: dict) -> list[str]:
    """Differences between the committed artifact and a refit (empty: `make train` reproduces it)."""
    data, anchor = committed.get("data", {}), committed.get("dev_only", {})
    if data.get("dev") != got["fingerprint"]["dev"]:
        return ["the development sets changed since the model was trained: run `make train`"]
    problems = []
    if got["dev_rows"] != anchor.get("rows"):
        problems.append(f"dev-only rows {got['dev_rows']} != {anchor.get('rows')} (the rules changed: run `make train`)")
    if got["dev_heldout"] != anchor.get("heldout"):
        problems.append(f"dev-only held-out scores {got['dev_heldout']} != committed {anchor.get('heldout')}")
    full = got["full"]
    if full is not None:
        if full["rows"] != data.get("rows") or not _close(full["model"], committed):
            problems.append("the full fit differs from the committed weights")
        if full["heldout"] != committed.get("heldout"):
            problems.append(f"held-out scores {full['heldout']} != committed {committed.get('heldout')}")
    return problems


def main(argv=None) -> int:
    """Train, write the artifact and card; optionally write a cross-validation bundle, or only check."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-bundle", type=Path, help="also write per-fold models for score.py (NEWSLENS_CLASSIFIER_CV)")
    ap.add_argument("--check", action="store_true", help="refit and compare with the committed model; write nothing")
    args = ap.parse_args(argv)
    from analysis import knowledge, nlp as nlp_module
    from analysis.article import content_id

    nlp, kb = nlp_module.build(), knowledge.load()
    dev = dev_articles()
    real, forms = realnews_articles()
    if args.check:
        committed = json.loads(MODEL.read_text(encoding="utf-8"))
        got = refit(nlp, kb, committed, dev, real, forms)
        problems = compare(committed, got)
        for p in problems:
            print(f"train --check: {p}")
        same = "byte-identical" if got["dev_digest"] == committed.get("dev_only", {}).get("digest") else "not byte-identical"
        print(f"train --check: {'FAILED' if problems else 'reproduced'} "
              f"({'full fit and ' if got['full'] else ''}dev-only fit, the latter {same})")
        return 1 if problems else 0
    model, rows, res = build(nlp, kb, dev, real, forms)
    text = _dump(model)
    MODEL.write_text(text, encoding="utf-8")
    if args.cv_bundle:
        fold = folds_of([a["group"] for a in real])
        bundle = {"full": model, "folds": [], "article_fold": {content_id(a["text"]): fold[a["group"]] for a in real}}
        for k in range(FOLDS):
            bundle["folds"].append(fit([r for r in rows if fold.get(r["group"]) != k]))
        args.cv_bundle.write_text(json.dumps(bundle), encoding="utf-8")
    old = CARD.read_text() if CARD.exists() else ""
    res["realnews"] = [ln for ln in old.splitlines() if ln.startswith("| real news")]
    # the cross-validated real-news figures are measured with score.py, by hand: their notes are kept
    res["notes"] = old[old.index(NOTES):].rstrip("\n").splitlines() if NOTES in old else []
    CARD.write_text(card(res, len(rows), {"dev": len(dev), "real": len(real)}, model, len(text)), encoding="utf-8")
    for k, v in sorted(res.items()):
        if k not in ("realnews", "notes"):
            print(f"{k}: P {v[0]:.2f} R {v[1]:.2f}")
    print(f"wrote {MODEL.relative_to(ROOT)} ({len(text) // 1024} KiB, {len(model['weights'])} features, {len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
