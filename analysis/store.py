"""Parquet on disk: per-article parts (keyed by article_id and pipeline fingerprint) and the final tables.

Layout of the cache: `<cache_dir>/parts/<fingerprint>/<article_id>/<table>.parquet`, one folder per article
holding its per-article tables. A part is written into a temporary folder next to it and renamed into place,
so a part either exists complete or not at all; a part that is unreadable or lacks a table is reported as
damaged and rebuilt by the caller. Every file written here goes through a temporary file in the same folder
and `os.replace`, so readers never see half-written files.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from analysis import tables as T

PART_TABLES = T.ARTICLE_TABLES
# Spreadsheet programs run a cell starting with one of these as a formula (OWASP "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class DamagedPart(Exception):
    """A stored part exists but cannot be read back whole."""


def _atomic_write(path: Path, write) -> None:
    """Call write(tmp_path) for a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    df.to_parquet(path, index=False, engine="pyarrow")


def _read_table(name: str, path: Path) -> pd.DataFrame:
    return T.conform(name, pd.read_parquet(path, engine="pyarrow"))


class Store:
    """The per-article parts of one pipeline fingerprint under a cache folder."""

    def __init__(self, cache_dir: str | os.PathLike, fingerprint: str):
        self.root = Path(cache_dir) / "parts" / fingerprint
        self.fingerprint = fingerprint

    def _dir(self, article_id: str) -> Path:
        return self.root / article_id

    def has(self, article_id: str) -> bool:
        """Whether a part for this article exists (it may still be damaged)."""
        return self._dir(article_id).is_dir()

    def load(self, article_id: str) -> dict[str, pd.DataFrame] | None:
        """Return the stored tables of an article, None if there is no part; raise DamagedPart if it is damaged."""
        folder = self._dir(article_id)
        if not folder.is_dir():
            return None
        out = {}
        for name in PART_TABLES:
            path = folder / f"{name}.parquet"
            if not path.is_file():
                raise DamagedPart(f"stored part {folder} lacks table {name}")
            try:
                out[name] = _read_table(name, path)
            except Exception as exc:  # pyarrow raises several error types for corrupt files
                raise DamagedPart(f"stored part {path} is unreadable ({type(exc).__name__}: {exc})") from exc
        return out

    def save(self, article_id: str, tabs: Mapping[str, pd.DataFrame]) -> None:
        """Store an article's tables as one part, atomically (temporary folder, then rename)."""
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".tmp-{article_id}-{uuid.uuid4().hex}"
        tmp.mkdir()
        try:
            for name in PART_TABLES:
                _write_parquet(tabs[name], tmp / f"{name}.parquet")
            final = self._dir(article_id)
            if final.exists():  # a damaged part being rebuilt
                shutil.rmtree(final, ignore_errors=True)
            try:
                os.replace(tmp, final)
            except OSError:
                if not final.is_dir():  # another process stored the same part meanwhile: either copy is fine
                    raise
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)

    def discard(self, article_id: str) -> None:
        """Remove an article's part (e.g. a damaged one)."""
        shutil.rmtree(self._dir(article_id), ignore_errors=True)

    def _stamp(self, article_id: str) -> list[list[int]] | None:
        """Size and mtime of each file of a part (None when one is missing): changes when a part is touched."""
        out = []
        for name in PART_TABLES:
            try:
                st = (self._dir(article_id) / f"{name}.parquet").stat()
            except OSError:
                return None
            out.append([st.st_size, st.st_mtime_ns])
        return out

    # Reading hundreds of small parts costs more than the rest of a re-build, so after each build the parts
    # are also kept concatenated in one bundle (<root>/bundle/<hash of the ids>/, named by BUNDLE_POINTER).
    # A part is taken from the bundle only while its files are the ones bundled (same size and mtime), so a
    # part damaged or replaced since is read (and, if damaged, rebuilt) the usual way.

    def load_bundle(self) -> tuple[dict[str, pd.DataFrame], set[str]]:
        """Return the bundled per-article tables and the ids whose parts are unchanged since (empty if none)."""
        base = self.root / "bundle"
        try:
            folder = base / (base / BUNDLE_POINTER).read_text().strip()
            manifest = json.loads((folder / "manifest.json").read_text())
            tabs = {name: _read_table(name, folder / f"{name}.parquet") for name in PART_TABLES}
        except Exception:  # no bundle yet, or one damaged or removed meanwhile: the parts still serve
            return {}, set()
        fresh = {aid for aid, stamp in manifest.items() if self._stamp(aid) == stamp}
        return tabs, fresh

    def save_bundle(self, tabs: Mapping[str, pd.DataFrame]) -> None:
        """Keep the concatenated per-article tables (every article in tabs["articles"] has a part) as the bundle."""
        ids = sorted(tabs["articles"]["article_id"].astype(str))
        manifest = {aid: self._stamp(aid) for aid in ids}
        if any(v is None for v in manifest.values()):
            return
        key = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:20]
        base = self.root / "bundle"
        final = base / key
        if not final.is_dir():
            base.mkdir(parents=True, exist_ok=True)
            tmp = base / f".tmp-{key}-{uuid.uuid4().hex}"
            tmp.mkdir()
            try:
                for name in PART_TABLES:
                    _write_parquet(tabs[name], tmp / f"{name}.parquet")
                (tmp / "manifest.json").write_text(json.dumps(manifest))
                os.replace(tmp, final)
            except OSError:
                if not final.is_dir():  # a read-only cache only costs the next build some time
                    return
            finally:
                if tmp.exists():
                    shutil.rmtree(tmp, ignore_errors=True)
        _atomic_write(base / BUNDLE_POINTER, lambda t: Path(t).write_text(key))
        for old in base.iterdir():  # superseded bundles (a reader still on one falls back to the parts)
            if old.is_dir() and old.name != key and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True)


BUNDLE_POINTER = "CURRENT"


def load_tables_dir(folder: str | os.PathLike, names) -> dict[str, pd.DataFrame] | None:
    """Read tables `names` from a folder written by save_tables_dir; None when missing or unreadable."""
    folder = Path(folder)
    if not (folder / "COMPLETE").is_file():
        return None
    try:
        return {name: _read_table(name, folder / f"{name}.parquet") for name in names}
    except Exception:  # damaged: the caller computes the tables again
        return None


def load_previous_tables_dir(folder: str | os.PathLike, names) -> dict[str, pd.DataFrame] | None:
    """Read tables `names` from the newest complete folder beside `folder` (an earlier version), else None."""
    folder = Path(folder)
    if not folder.parent.is_dir():
        return None
    done = [d for d in folder.parent.iterdir()
            if d.is_dir() and d.name != folder.name and not d.name.startswith(".") and (d / "COMPLETE").is_file()]
    for d in sorted(done, key=lambda d: ((d / "COMPLETE").stat().st_mtime, d.name), reverse=True):
        tabs = load_tables_dir(d, names)
        if tabs is not None:
            return tabs
    return None


def save_tables_dir(folder: str | os.PathLike, tabs: Mapping[str, pd.DataFrame], replace_siblings: bool = False) -> None:
    """Write tables into a folder atomically (a temporary folder renamed into place); an existing one is kept.

    With replace_siblings, the other folders beside it (earlier versions) are removed afterwards.
    """
    folder = Path(folder)
    if (folder / "COMPLETE").is_file():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".tmp-{folder.name}-{uuid.uuid4().hex}"
    tmp.mkdir()
    try:
        for name, df in tabs.items():
            _write_parquet(df, tmp / f"{name}.parquet")
        (tmp / "COMPLETE").write_text("")
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
    except OSError:
        pass  # another build stored the same tables meanwhile, or a read-only cache: computed again next time
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    if replace_siblings and folder.is_dir():
        for old in folder.parent.iterdir():
            if old.is_dir() and old.name != folder.name and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True)


def escape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Return df with text cells that a spreadsheet would run as a formula prefixed by a single quote."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if not (pd.api.types.is_string_dtype(s) or s.dtype == object):
            continue
        mask = s.notna() & s.astype("string").str.startswith(_FORMULA_START).fillna(False)
        if mask.any():
            out[col] = s.astype("string").where(~mask, "'" + s.astype("string"))
    return out


def write_tables(tabs: Mapping[str, pd.DataFrame], out_dir: str | os.PathLike, csv: bool = False) -> list[Path]:
    """Write each table as <out_dir>/<table>.parquet (and .csv, formula-escaped), atomically; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tabs.items():
        path = out / f"{name}.parquet"
        _atomic_write(path, lambda tmp, df=df: _write_parquet(df, tmp))
        written.append(path)
        if csv:
            cpath = out / f"{name}.csv"
            safe = escape_formulas(df)
            # CRLF row ends (RFC 4180) also make the writer quote cells holding a bare CR, which pandas'
            # default "\n" terminator leaves unquoted, splitting the row for readers.
            _atomic_write(cpath, lambda tmp, safe=safe: safe.to_csv(tmp, index=False, encoding="utf-8",
                                                                    lineterminator="\r\n"))
            written.append(cpath)
    return written


def read_tables(folder: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Read every known table (<table>.parquet) in a folder, with the schema's columns and dtypes."""
    folder = Path(folder)
    return {name: _read_table(name, folder / f"{name}.parquet")
            for name in T.TABLES if (folder / f"{name}.parquet").is_file()}
