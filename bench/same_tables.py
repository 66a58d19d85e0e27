"""Compare two built table folders table by table (row for row, column for column, dtypes included).

Used to prove a speed change leaves the output alone: build the same articles before and after into two
folders, then `python bench/same_tables.py BEFORE AFTER` prints each table's verdict and exits 1 on any
difference (the first differing cell of each differing table is shown).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd


def compare(a: Path, b: Path) -> list[str]:
    """Return one line per table in either folder: 'same' or what differs."""
    out = []
    names = sorted({p.name for p in a.glob("*.parquet")} | {p.name for p in b.glob("*.parquet")})
    for name in names:
        if not (a / name).exists() or not (b / name).exists():
            out.append(f"{name}: only in {'the second' if (b / name).exists() else 'the first'} folder")
            continue
        x, y = pd.read_parquet(a / name), pd.read_parquet(b / name)
        try:
            pd.testing.assert_frame_equal(x, y, check_exact=True)
            out.append(f"{name}: same ({len(x)} rows)")
        except AssertionError as exc:
            out.append(f"{name}: DIFFERENT ({len(x)} vs {len(y)} rows): {str(exc).splitlines()[0:4]}")
    return out


def main(argv=None) -> int:
    """Print the comparison; exit 1 when a table differs or is missing."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    lines = compare(args.before, args.after)
    print("\n".join(lines) or "no tables found")
    return 0 if lines and all(": same" in line for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
