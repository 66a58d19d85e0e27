"""The pair classifier trained with sentence-level labels from judge sets that quote their evidence.

A judge set (a folder like ../shared/realnews: articles.jsonl, gold.json) may give, per article, `evidence`:
[source or member, relation or role, target or org, "quote"], the quote an exact piece of the sentence that
states the claim. A candidate pair (analysis/extract/pairs.py) then takes a gold label only in the sentence the
quote overlaps; in the article's other sentences that name the pair it is left out of training (neither
label nor none), and every other pair is none. Distant supervision without the quotes labels every sentence
naming the pair (bench/train.py), of which about 12 in 40 state the claim (analysis/kb/PAIR_MODEL.md).

Trains the same model as bench/train.py (logistic regression, fixed seed, unbalanced classes) on --train and
prints, per --test set and threshold, the pairs the classifier would add to the rules and how many of them the
article's gold holds (an addition the gold lists as optional counts neither way). The texts stay outside the
project: nothing is written but what is printed.

Usage: python bench/pair_sets.py --train SET_DIR [SET_DIR …] --test SET_DIR [SET_DIR …] [--thresholds 0.9 0.95]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import train  # noqa: E402

ROLES = ("member", "observer", "attendee")
RELATIONS = ("supports", "opposes")
_WS = re.compile(r"\s+")


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Character spans of a quote in a text, whitespace-insensitive (the first 40 characters if the whole fails)."""
    q = _WS.sub(" ", quote).strip()
    for part in (q, q[:40] if len(q) > 40 else None):
        if part:
            m = re.search(re.escape(part).replace(r"\ ", r"\s+"), text)
            if m:
                return [(m.start(), m.end())]
    return []


def evidence_of(gold: dict, article_id: str, text: str) -> dict[tuple, list]:
    """{(source, label, target): [char spans of its quotes]} for one article (memberships in either gold order)."""
    out: dict[tuple, list] = {}
    for s, r, t, q in gold.get("evidence", {}).get(article_id, []):
        if t in ROLES + RELATIONS:
            r, t = t, r  # written in the memberships' order [member, org, role]
        out.setdefault((s, r, t), []).extend(quote_spans(text, q))
    return out


def rows_of(folder: Path, nlp, kb, **candidates) -> list[dict]:
    """Candidate rows of a set: features, article-level labels, sentence-level labels, and whether optional.

    `candidates` go to pairs.candidates (b_types, a_types, with_dense: then each row keeps its `dense`)."""
    from analysis.extract import memberships, pairs, relations

    arts, forms = train.realnews_articles(folder)
    gold = json.loads((folder / "gold.json").read_text())
    rows = []
    for art in arts:
        doc = nlp(art["text"])
        evid = evidence_of(gold, art["id"], doc.text)
        rels, mems = list(relations.relations(doc, kb)), list(memberships.memberships(doc, kb))
        for c in pairs.candidates(doc, kb, rels, mems, **candidates):
            labels, optional = train.labels_of(c, art, kb, forms)
            ka = train._keys(kb, c["a_id"], c["a_text"], forms)
            kt = train._keys(kb, c["b_target_id"], c["b_text"], forms)
            orgs = {k.split(":", 1)[1] for k in train._keys(kb, c["b_id"], c["b_text"], forms) if k.startswith("org:")}
            here = []
            for lab in labels:
                spans = [sp for s in ka for g in (kt if lab in RELATIONS else orgs) for sp in evid.get((s, lab, g), [])]
                if any(a < c["sent_end"] and b > c["sent_start"] for a, b in spans):
                    here.append(lab)
            rows.append({"article": art["id"], "features": c["features"], "labels": labels, "here": here,
                         "optional": optional, "b_type": c["b_type"], "dense": c.get("dense")})
    return rows


def training_rows(rows: list[dict]) -> list[dict]:
    """Sentence-level training rows: a label where its quote is, none where no gold label is, else left out."""
    out = []
    for r in rows:
        if r["optional"] or (r["labels"] and not r["here"]):
            continue
        for lab in r["here"] or ["none"]:
            out.append({"group": r["article"], "features": r["features"], "label": lab})
    return out


def additions(model: dict, rows: list[dict], threshold: float) -> dict[str, list[int]]:
    """Pairs no rule found that the model labels at or above the threshold: {relations|memberships: [right, wrong]}."""
    from analysis.extract.classifier import predict_proba, top_label

    out = {"relations": [0, 0], "memberships": [0, 0]}
    for r in rows:
        if "rule=none" not in r["features"]:
            continue
        probs = predict_proba(model, r["features"])
        lab, p = top_label(probs)
        if p < threshold:
            continue
        if lab in RELATIONS and r["b_type"] not in ("country", "person", "group", "organisation"):
            continue
        if lab in ROLES and r["b_type"] != "organisation":
            continue
        task = "relations" if lab in RELATIONS else "memberships"
        if lab in r["labels"]:
            out[task][0] += 1
        elif not r["optional"]:
            out[task][1] += 1
    return out


def main(argv=None) -> int:
    """Train on --train sets with sentence-level labels and print each --test set's additions per threshold."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", nargs="+", type=Path, required=True)
    ap.add_argument("--test", nargs="+", type=Path, required=True)
    ap.add_argument("--thresholds", nargs="+", type=float, default=[0.7, 0.9, 0.95])
    args = ap.parse_args(argv)
    from analysis import knowledge
    from analysis import nlp as nlp_module

    kb, nlp = knowledge.load(), nlp_module.build()
    test_urls = {json.loads(x)["url"] for d in args.test for x in (d / "articles.jsonl").read_text().splitlines() if x.strip()}
    rows = []
    for folder in args.train:
        recs = [json.loads(x) for x in (folder / "articles.jsonl").read_text().splitlines() if x.strip()]
        shared = {r["id"] for r in recs if r["url"] in test_urls}  # an article also in a test set is not trained on
        rows += [r for r in rows_of(folder, nlp, kb) if r["article"] not in shared]
    data = training_rows(rows)
    model = train.fit(data, balanced=False)
    labels = sorted({d["label"] for d in data})
    print(f"trained on {len(args.train)} sets, {len({r['article'] for r in rows})} articles, {len(data)} rows: "
          + ", ".join(f"{lab} {sum(d['label'] == lab for d in data)}" for lab in labels))
    for folder in args.test:
        test = rows_of(folder, nlp, kb)
        for t in args.thresholds:
            got = additions(model, test, t)
            print(f"{folder.name} threshold {t}: additions right / wrong: relations {got['relations'][0]} / "
                  f"{got['relations'][1]}, memberships {got['memberships'][0]} / {got['memberships'][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
