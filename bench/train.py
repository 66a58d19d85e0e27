"""Train the pair classifier (`make train`): analysis/kb/pair_model.json and its card analysis/kb/PAIR_MODEL.md.

Training data: the team's development sets (bench/eval/relations-dev*.jsonl, memberships-dev*.jsonl; never
heldout.jsonl) and, where ../shared/realnews exists, its hand-read gold. Labels are distant supervision
(Mintz et al. 2009): a candidate pair in a sentence takes the article's gold label for that pair, else none.
Real-news scores are cross-validated by article: `--cv-bundle FILE` writes per-fold models that
NEWSLENS_CLASSIFIER_CV=FILE makes the build use, so `score.py` never scores an article with a model trained
on it. Fixed seed; the same data give the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def fit(rows: list[dict]) -> dict:
    """Fit the logistic regression on rows and return the model dict (pruned, rounded: small and stable)."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for r in rows for k in r["features"])
    feats = [{k: v for k, v in r["features"].items() if counts[k] >= MIN_COUNT} for r in rows]
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform(feats)
    y = [r["label"] for r in rows]
    clf = LogisticRegression(C=C, max_iter=2000, random_state=SEED, class_weight="balanced")
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
    lines += ["", "The classifier is used only with NEWSLENS_CLASSIFIER=1 unless it measures better than the rules."]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    """Train, write the artifact and card; optionally write a cross-validation bundle."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-bundle", type=Path, help="also write per-fold models for score.py (NEWSLENS_CLASSIFIER_CV)")
    ap.add_argument("--no-heldout", action="store_true")
    args = ap.parse_args(argv)
    from analysis import knowledge, nlp as nlp_module
    from analysis.article import content_id

    nlp, kb = nlp_module.build(), knowledge.load()
    dev = dev_articles()
    real, forms = realnews_articles()
    rows = featurise(dev + real, nlp, kb, forms)
    model = fit(rows)
    text = json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"
    MODEL.write_text(text, encoding="utf-8")
    if args.cv_bundle:
        fold = folds_of([a["group"] for a in real])
        bundle = {"full": model, "folds": [], "article_fold": {content_id(a["text"]): fold[a["group"]] for a in real}}
        for k in range(FOLDS):
            bundle["folds"].append(fit([r for r in rows if fold.get(r["group"]) != k]))
        args.cv_bundle.write_text(json.dumps(bundle), encoding="utf-8")
    res = {} if args.no_heldout else score_heldout(nlp, kb, model)
    old = CARD.read_text() if CARD.exists() else ""
    kept = [ln for ln in old.splitlines() if ln.startswith("| real news")]
    res["realnews"] = kept
    CARD.write_text(card(res, len(rows), {"dev": len(dev), "real": len(real)}, model, len(text)), encoding="utf-8")
    for k, v in sorted(res.items()):
        if k != "realnews":
            print(f"{k}: P {v[0]:.2f} R {v[1]:.2f}")
    print(f"wrote {MODEL.relative_to(ROOT)} ({len(text) // 1024} KiB, {len(model['weights'])} features, {len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
