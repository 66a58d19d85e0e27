"""Scores a checkout on several judge sets at once and sums the totals (docs/JUDGE_SETS.md).

Usage (from the project root):
    python bench/score_sets.py SET_DIR [SET_DIR …] [--project DIR] [--out DIR] [--jobs N]
Each SET_DIR is a folder in the format of ../shared/realnews (articles.jsonl, gold.json). The scorer
(../shared/realnews/score.py) runs once per set, N at a time, on the project at --project (default: here);
each set's full report goes to OUT/<set>.txt, and one line per set and the summed totals are printed.
"""
import argparse
import concurrent.futures as cf
import os
import pathlib
import re
import subprocess
import sys

SCORER = pathlib.Path(__file__).resolve().parents[1] / ".." / "shared" / "realnews" / "score.py"
REL = re.compile(r"^relations: .*\(hits (\d+), wrong (\d+), missed (\d+)")
MEM = re.compile(r"^memberships: .*\(hits (\d+), wrong (\d+) of which ruled out \d+, missed (\d+)")


def score_one(set_dir: pathlib.Path, project: pathlib.Path, out: pathlib.Path) -> tuple[str, str]:
    """Runs the scorer on one set and returns (set name, report text), the report also written to OUT."""
    env = dict(os.environ, NEWSLENS_PROJECT=str(project))
    run = subprocess.run([sys.executable, str(SCORER.resolve()), str(set_dir)], cwd=project, env=env,
                         capture_output=True, text=True)
    text = run.stdout + (run.stderr if run.returncode else "")
    (out / f"{set_dir.name}.txt").write_text(text)
    return set_dir.name, text


def counts(text: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """(hits, wrong, missed) for stance claims and for memberships, read off one report."""
    rel = mem = (0, 0, 0)
    for line in text.splitlines():
        if m := REL.match(line):
            rel = tuple(map(int, m.groups()))
        elif m := MEM.match(line):
            mem = tuple(map(int, m.groups()))
    return rel, mem


def pr(h: int, w: int, m: int) -> str:
    """Precision and recall from hits, wrong rows and misses."""
    p = h / (h + w) if h + w else 0.0
    r = h / (h + m) if h + m else 0.0
    return f"P {p:.3f} R {r:.3f} ({h} hits, {w} wrong, {m} missed)"


def main() -> int:
    """Scores every set given and prints per-set lines and totals."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=pathlib.Path)
    ap.add_argument("--project", type=pathlib.Path, default=pathlib.Path("."))
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("/tmp/score_sets"))
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    with cf.ThreadPoolExecutor(a.jobs) as pool:
        reports = dict(pool.map(lambda s: score_one(s.resolve(), a.project.resolve(), a.out), a.sets))
    tot_r, tot_m = [0, 0, 0], [0, 0, 0]
    for name in sorted(reports):
        rel, mem = counts(reports[name])
        tot_r = [x + y for x, y in zip(tot_r, rel)]
        tot_m = [x + y for x, y in zip(tot_m, mem)]
        print(f"{name}: stance {pr(*rel)} · memberships {pr(*mem)}")
    print(f"TOTAL stance {pr(*tot_r)}")
    print(f"TOTAL memberships {pr(*tot_m)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
