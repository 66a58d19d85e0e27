"""Cost of one article against its length: time for 1x and 10x the same article, as a ratio (issue 14 item 9).

Linear time means the 10x article costs about 10x (the ratio / 10 is near 1); a per-sentence scan of the
article's entity list makes it grow with the square of the length (ratio near 100). Each stage is timed on
the same parsed Doc: the spaCy pipeline, mentions (analysis/extract/entities.py), relations, memberships.
Usage: python bench/bench_article_length.py [--sentences N] [--factor K]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import knowledge, nlp as nlp_module  # noqa: E402
from analysis.extract import entities, memberships, relations  # noqa: E402

_FRAMES = [
    "{a} said on Tuesday that {b} had agreed to talks with {c} in {d}.",
    "Officials from {a} and {b} met in {d}, where a spokesman for {c} urged restraint.",
    "{a} accused {b} of backing the rebels, while {c} denied any role in {d}.",
    "Minister Tomas Verhoek{n} of the Alvarra{n} Council told reporters in {d} that {a} would attend.",
    "Prices rose after the meeting, and the ministers agreed to meet again next month.",
]


def article(n_sentences: int, seed: int = 7) -> str:
    """A synthetic article of n sentences, dense in known and unknown names (unknown ones vary by sentence)."""
    names = ["Iran", "Russia", "Turkey", "Egypt", "Qatar", "Sudan", "Chad", "Peru", "Norway", "Chile", "Kenya",
             "Japan", "Brazil", "Poland", "Ghana", "Nepal", "Oman", "Mali", "Cuba", "Laos"]
    rng = random.Random(seed)
    out = []
    for i in range(n_sentences):
        a, b, c, d = rng.sample(names, 4)
        out.append(rng.choice(_FRAMES).format(a=a, b=b, c=c, d=d, n=i % 50))
        if i % 5 == 4:
            out.append("\n\n")
    return " ".join(out)


def _time(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):  # one run: entity_of memoises per doc, so a second run on it would be free
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    """Print per-stage seconds for 1x and Kx article length and the ratio divided by K."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=60)
    ap.add_argument("--factor", type=int, default=10)
    args = ap.parse_args()
    nlp, kb = nlp_module.build(), knowledge.load()
    warm = nlp(article(5))  # warm-up: model loading and first-call costs (kb files, patterns) are not the article's
    for stage in (entities.mentions, relations.relations, memberships.memberships):
        list(stage(warm, kb))
    rows = {}
    for k in (1, args.factor):
        text = article(args.sentences * k)
        doc = None

        def parse():
            nonlocal doc
            doc = nlp(text)
        rows[k] = {"chars": len(text), "spacy": _time(parse, 1)}
        rows[k]["mentions"] = _time(lambda: list(entities.mentions(doc, kb)))
        rows[k]["relations"] = _time(lambda: list(relations.relations(doc, kb)))
        rows[k]["memberships"] = _time(lambda: list(memberships.memberships(doc, kb)))
    k = args.factor
    print(f"article: {rows[1]['chars']} chars (1x) vs {rows[k]['chars']} chars ({k}x)")
    print(f"{'stage':<12} {'1x s':>8} {f'{k}x s':>8} {'ratio':>7} {'ratio/k':>8}")
    for stage in ("spacy", "mentions", "relations", "memberships"):
        a, b = rows[1][stage], rows[k][stage]
        ratio = b / a if a else float("nan")
        print(f"{stage:<12} {a:8.3f} {b:8.3f} {ratio:7.1f} {ratio / k:8.2f}")


if __name__ == "__main__":
    main()
