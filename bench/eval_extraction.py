"""Extraction quality on hand-annotated articles: precision, recall and F1 of entities, relations, memberships.

Gold articles live in bench/eval/*.jsonl, one JSON object per line:

    {"id": "ukraine-aid-01", "split": "dev" | "heldout", "outlet": "…", "text": "…",
     "entities": ["country:UKR", "person:volodymyr-zelensky", …],      # every actor id the article names
     "relations": [["country:USA", "supports", "country:UKR"], …],      # stance claims as stated
     "memberships": [["country:FIN", "org:nato", "member"], …]}         # membership / attendance claims

A key left out means "not annotated" for that article (not scored); an empty list means "nothing to find".
Scores are micro-averaged over the articles' sets of distinct items. `dev` articles are the ones the team
looked at while writing rules; `heldout` ones are written by someone else and read only through this
script's totals, so they estimate quality on articles nobody tuned to.

Usage: python bench/eval_extraction.py [--split dev|heldout|all] [--show] [FILE...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL_DIR = ROOT / "bench" / "eval"
TASKS = ("entities", "relations", "memberships")
# Lenient variants: persons and state bodies rolled up to their country on both sides, so an article
# annotated "Maduro attended" and an extractor saying "Venezuela attended" (or the reverse) agree.
ROLLED = {"relations@country": "relations", "memberships@country": "memberships"}
_STATE_ROLES = ("government", "ministry", "armed forces", "head of", "foreign minister", "military")
ENTITY_TYPES = ("country", "person", "org", "group")  # places are context, not actors: not scored


@dataclass
class Score:
    """Counts of one task over some articles, with the misses kept for reading."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_pos: list = field(default_factory=list)
    false_neg: list = field(default_factory=list)

    def add(self, article_id: str, predicted: set, gold: set) -> None:
        """Count one article's predicted items against its gold items."""
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        self.false_pos += [(article_id, x) for x in sorted(predicted - gold, key=str)]
        self.false_neg += [(article_id, x) for x in sorted(gold - predicted, key=str)]

    @property
    def precision(self) -> float:
        """Share of predicted items that are in the gold (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items predicted (1.0 when there was nothing to find)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(files: Iterable[Path], split: str = "all") -> list[dict]:
    """Read gold articles from JSONL files, keeping one split (or all)."""
    out = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not JSON ({exc})") from None
            row.setdefault("id", f"{path.stem}-{n}")
            if split == "all" or row.get("split", "dev") == split:
                out.append(row)
    return out


def predict(text: str, nlp, kb) -> dict[str, set]:
    """The extractors' output for one text, as sets comparable with the gold."""
    from analysis.extract import entities, memberships, relations

    doc = nlp(text)
    ents = {m["entity_id"] for m in entities.mentions(doc, kb) if m["entity_id"].split(":")[0] in ENTITY_TYPES}
    rels = {(r["source_id"], r["relation"], r["target_id"]) for r in relations.relations(doc, kb)}
    mems = {(m["member_id"], m["org_id"], m["role"]) for m in memberships.memberships(doc, kb)}
    return {"entities": ents, "relations": rels, "memberships": mems}


def _up(kb, entity_id):
    """The country a person or a state body speaks for, else the id itself."""
    ent = kb.entity(entity_id) if entity_id else None
    if ent is None or not ent.country_id or ent.type == "country":
        return entity_id
    if ent.type == "person" or any(r in (ent.role or "").lower() for r in _STATE_ROLES):
        return ent.country_id
    return entity_id


def roll_up(task: str, items: set, kb) -> set:
    """Items of a task with their actors rolled up to countries (relations: the source; memberships: the member)."""
    if task == "relations":
        return {(_up(kb, s), rel, t) for s, rel, t in items if _up(kb, s) != t}
    return {(_up(kb, m), org, role) for m, org, role in items}


def _gold(row: dict, task: str) -> set | None:
    if task not in row:
        return None
    if task == "entities":
        return {e for e in row[task] if e.split(":")[0] in ENTITY_TYPES}
    return {tuple(x) for x in row[task]}


def evaluate(rows: list[dict], nlp, kb) -> dict[str, Score]:
    """Score every annotated task over the gold articles."""
    scores = {t: Score() for t in (*TASKS, *ROLLED)}
    for row in rows:
        got = predict(row["text"], nlp, kb)
        for task in TASKS:
            gold = _gold(row, task)
            if gold is not None:
                scores[task].add(row["id"], got[task], gold)
        for name, task in ROLLED.items():
            gold = _gold(row, task)
            if gold is not None:
                scores[name].add(row["id"], roll_up(task, got[task], kb), roll_up(task, gold, kb))
    return scores


def report(scores: dict[str, Score], n_articles: int, show: bool = False) -> str:
    """A plain-text table of the scores (and the misses when `show`)."""
    lines = [f"{n_articles} article(s)", f"{'task':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for task, s in scores.items():
        lines.append(f"{task:<20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    if show:
        for task, s in scores.items():
            for label, items in (("false positive", s.false_pos), ("missed", s.false_neg)):
                lines += [f"  {task} {label}: {aid}: {item}" for aid, item in items]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the extractors on the gold files and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--show", action="store_true", help="list every false positive and miss")
    args = ap.parse_args(argv)
    from analysis import knowledge, nlp as nlp_module

    rows = load(args.files or sorted(EVAL_DIR.glob("*.jsonl")), args.split)
    if not rows:
        print("no gold articles found", file=sys.stderr)
        return 1
    scores = evaluate(rows, nlp_module.build(), knowledge.load())
    print(report(scores, len(rows), show=args.show and args.split != "heldout"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
