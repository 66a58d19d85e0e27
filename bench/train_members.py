"""Train the membership classifier (`make train`): analysis/kb/member_model.json and analysis/kb/MEMBER_MODEL.md.

Training data: judge sets of real articles whose gold quotes, for every required membership, the sentence that
states it (`evidence`; folders like ../shared/realnews, built by the team's helpers and kept outside the project:
their text is third-party). A candidate pair whose second actor is an organisation (analysis/extract/pairs.py)
takes the gold role only in the sentence its quote overlaps; the same pair in other sentences is left out, every
other pair is none (bench/pair_sets.py). What is committed is the delexicalised rows, not the texts:
bench/data/member_rows.jsonl.gz holds, per row, its label, the pair's sparse features (types, dependency
labels, lemmas off the names, cue families) and its dense row (pipeline token vectors averaged, float16), with
the article id replaced by a digest. `make train` fits the model from those rows, so it reproduces anywhere;
`--from-sets DIR …` rebuilds the rows from the sets' texts where they exist.

Usage:
  python bench/train_members.py                      # fit from the committed rows, write model and card
  python bench/train_members.py --check              # refit, compare with the committed model, write nothing
  python bench/train_members.py --from-sets DIR …    # rebuild the rows from judge sets, then fit
  python bench/train_members.py --eval DIR …         # print the additions on judge sets (right / wrong)
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import gzip
import hashlib
import json
import sys
import textwrap
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import pair_sets  # noqa: E402
import train  # noqa: E402

ROWS = ROOT / "bench" / "data" / "member_rows.jsonl.gz"
MODEL = ROOT / "analysis" / "kb" / "member_model.json"
CARD = ROOT / "analysis" / "kb" / "MEMBER_MODEL.md"
ROLES = ("member", "observer", "attendee")
THRESHOLD = 0.95  # precision first: the card's measurements (analysis/kb/MEMBER_MODEL.md) at 0.8 / 0.9 / 0.95
NOTES = "## Measurements"  # the card's hand-written section, kept across re-trainings
DENSE = "d"  # dense feature names in the fit: d0 … d{width-1}


def set_rows(folder: Path, nlp, kb) -> list[dict]:
    """Candidate rows of one judge set (organisation pairs): features, dense row, labels, sentence-level labels."""
    from analysis.extract import classifier

    rows = pair_sets.rows_of(folder, nlp, kb, b_types=("organisation",), a_types=classifier.MEMBER_TYPES,
                             with_dense=True)
    for r in rows:
        if r["dense"] is None:
            raise SystemExit("the pipeline sets no token vectors (doc.tensor): cannot build dense rows")
        r["labels"] = [x for x in r["labels"] if x in ROLES]
        r["here"] = [x for x in r["here"] if x in ROLES]
    return rows


def _pack(row: np.ndarray) -> str:
    return base64.b64encode(np.asarray(row, dtype="<f2").tobytes()).decode("ascii")


def _unpack(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float32)


def write_rows(rows: list[dict], sets: list[str], path: Path = ROWS) -> None:
    """Write sentence-level training rows, delexicalised (article ids digested), gzip without a timestamp."""
    dense = {id(x["features"]): x["dense"] for x in rows}  # training_rows keeps each row's features object
    out = [{"g": hashlib.sha256(r["group"].encode()).hexdigest()[:10], "label": r["label"], "f": r["features"],
            "d": _pack(dense[id(r["features"])])} for r in pair_sets.training_rows(rows)]
    lines = [json.dumps({"sets": sets, "rows": len(out)}, sort_keys=True), *(json.dumps(x, sort_keys=True) for x in out)]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    tmp.replace(path)


def read_rows(path: Path = ROWS) -> tuple[dict, list[dict]]:
    """The committed rows: (header, rows with group, label, features incl. dense d0 …)."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    head, rows = json.loads(lines[0]), []
    for line in lines[1:]:
        x = json.loads(line)
        feats = dict(x["f"])
        feats.update({f"{DENSE}{k}": float(v) for k, v in enumerate(_unpack(x["d"])) if v})
        rows.append({"group": x["g"], "label": x["label"], "features": feats})
    return head, rows


def fit(rows: list[dict]) -> dict:
    """Fit the logistic regression (train.fit, unbalanced) and split the dense weights into a class x width list."""
    model = train.fit(rows, balanced=False)
    width = 1 + max(int(k[len(DENSE):]) for r in rows for k in r["features"] if _is_dense(k))
    zero = [0.0] * len(model["classes"])
    dense = [model["weights"].pop(f"{DENSE}{j}", zero) for j in range(width)]
    model["dense"] = [list(col) for col in zip(*dense)]  # classes x width
    model["thresholds"] = {c: THRESHOLD for c in model["classes"] if c != "none"}
    return model


def _is_dense(name: str) -> bool:
    return name.startswith(DENSE) and name[len(DENSE):].isdigit()


def evaluate(model: dict, folders: list[Path], nlp, kb, thresholds=(0.8, 0.9, 0.95)) -> dict[str, dict]:
    """Per set and threshold, the memberships the model adds to the rules: [right, wrong] (optional gold: neither)."""
    from analysis.extract.classifier import predict_member, top_label, with_dense_array

    m = with_dense_array(model)
    out = {}
    for folder in folders:
        rows = [r for r in set_rows(folder, nlp, kb) if "rule=none" in r["features"]]
        res = {}
        for t in thresholds:
            right = wrong = 0
            for r in rows:
                probs = predict_member(m, r["features"], r["dense"])
                lab, p = top_label(probs)
                if p >= t:
                    right += lab in r["labels"]
                    wrong += lab not in r["labels"] and not r["optional"]
            res[t] = [right, wrong]
        out[folder.name] = res
    return out


def card(model: dict, head: dict, size: int, old: str) -> str:
    """The model card text (the measurements section is kept from the previous card)."""
    lines = [
        "# Membership classifier (analysis/kb/member_model.json)",
        "",
        f"Trained {dt.date.today().isoformat()} by `make train` (bench/train_members.py, seed {train.SEED}): multinomial",
        f"logistic regression (C={train.C}, unweighted classes) over the sparse delexicalised features of",
        "analysis/extract/pairs.py plus the pair's dense row (pairs.dense: the pipeline's token vectors averaged over",
        f"the dependency path, at its top and between the two; {len(model['dense'][0])} values); pairs whose second actor is an",
        f"organisation; classes {', '.join(model['classes'])}; threshold {THRESHOLD}; {len(model['weights'])} sparse",
        f"features kept; {size // 1024} KiB.",
        "",
        *textwrap.wrap(
            f"Data: {head['rows']} sentence-level rows (bench/data/member_rows.jsonl.gz, fingerprint "
            f"{model['data']['rows_sha']}) from {len(head['sets'])} judge sets ({', '.join(head['sets'])}): real "
            "English news articles found with the search tool's pages corpus and read by hand by the team's "
            "helpers, kept outside the project (third-party text). A pair takes its gold role only in the "
            "sentence the gold's evidence quote overlaps. Labels: "
            + ", ".join(f"{k} {v}" for k, v in sorted(model["data"]["labels"].items())) + ".", 110),
        "Never trained on ../shared/realnews (its gold quotes no evidence), so real-news figures need no",
        "cross-validation.",
        "",
        "Off by default since session 27 (NEWSLENS_MEMBER_CLASSIFIER=1 turns it on; see the last measurement below):",
        "it adds a membership only for a pair no rule read. Reproducibility: `bench/train_members.py --check`",
        "(tests/test_classifier.py) refits from the committed rows and compares the digest.",
    ]
    if NOTES in old:
        lines += [""] + old[old.index(NOTES):].rstrip("\n").splitlines()
    return "\n".join(lines) + "\n"


def build_model(path: Path = ROWS) -> dict:
    """Fit the model from the rows file, with its provenance."""
    head, rows = read_rows(path)
    model = fit(rows)
    labels: dict[str, int] = {}
    for r in rows:
        labels[r["label"]] = labels.get(r["label"], 0) + 1
    model["data"] = {"rows": len(rows), "rows_sha": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
                     "sets": head["sets"], "labels": labels}
    return model


def main(argv=None) -> int:
    """Fit from the committed rows (or rebuild them from judge sets first), check, or evaluate."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from-sets", nargs="+", type=Path, help="judge-set folders to rebuild the rows from")
    ap.add_argument("--check", action="store_true", help="refit from the committed rows and compare; write nothing")
    ap.add_argument("--eval", nargs="+", type=Path, help="judge-set folders to print the committed model's additions on")
    args = ap.parse_args(argv)
    if args.check:
        committed = MODEL.read_text(encoding="utf-8")
        got = train._dump(build_model())
        same = hashlib.sha256(got.encode()).hexdigest() == hashlib.sha256(committed.encode()).hexdigest()
        if not same and json.loads(got)["data"] == json.loads(committed)["data"]:
            same = train._close(json.loads(got), json.loads(committed)) and _dense_close(json.loads(got), json.loads(committed))
        print(f"train_members --check: {'reproduced' if same else 'FAILED: the refit differs from the committed model'}")
        return 0 if same else 1
    if args.eval:
        from analysis import knowledge, nlp as nlp_module

        nlp, kb = nlp_module.build(), knowledge.load()
        model = json.loads(MODEL.read_text(encoding="utf-8"))
        total: dict = {}
        for name, res in evaluate(model, args.eval, nlp, kb).items():
            print(name, " ".join(f"t{t}: {r[0]}/{r[1]}" for t, r in res.items()), flush=True)
            for t, r in res.items():
                total.setdefault(t, [0, 0])
                total[t] = [total[t][0] + r[0], total[t][1] + r[1]]
        print("all", " ".join(f"t{t}: {r[0]}/{r[1]}" for t, r in total.items()))
        return 0
    if args.from_sets:
        from analysis import knowledge, nlp as nlp_module

        nlp, kb = nlp_module.build(), knowledge.load()
        rows = []
        for folder in args.from_sets:
            rows += set_rows(folder, nlp, kb)
            print(f"{folder.name}: {len(rows)} candidate rows so far", flush=True)
        write_rows(rows, [f.name for f in args.from_sets])
    model = build_model()
    text = train._dump(model)
    MODEL.write_text(text, encoding="utf-8")
    old = CARD.read_text(encoding="utf-8") if CARD.exists() else ""
    CARD.write_text(card(model, read_rows()[0], len(text), old), encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)} ({len(text) // 1024} KiB, {model['data']['rows']} rows)")
    return 0


def _dense_close(a: dict, b: dict, tol: float = 2e-3) -> bool:
    return all(abs(x - y) <= tol for ra, rb in zip(a["dense"], b["dense"]) for x, y in zip(ra, rb))


if __name__ == "__main__":
    sys.exit(main())
