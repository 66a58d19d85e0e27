"""Parquet on disk: the store of per-article tables (batched parts with an index) and the final tables.

Layout of the cache: `<cache_dir>/parts/<fingerprint>/<part>/<table>.parquet`, where a part holds the
per-article tables of a batch of articles (hundreds, not one: millions of tiny files do not scale), and
`<cache_dir>/parts/<fingerprint>/INDEX.json` maps each part to its article ids and the size and mtime of its
files. Crash safety comes from the order of writes, never from cleaning up afterwards:
- a part is written into a temporary folder beside it and renamed into place, so it exists whole or not at
  all (a kill leaves at most a `.tmp-*` folder, removed by a later build once its writer is gone);
- the index is a cache of what the parts hold, replaced atomically: a part missing from it (a kill after the
  part, before the index) is adopted by reading its articles table; an entry whose part is gone is dropped;
  a part whose files changed since (size or mtime) is read again and, if unreadable, reported as damaged,
  removed and its articles analysed again by the caller;
- an article found in two parts (a compaction killed before removing the old parts) is read from one.
Every file written here goes through a temporary name in the same folder and `os.replace`. The final tables
are written into a new folder beside `--out` that is then swapped in (`write_tables`), so a reader or a kill
sees the old set of tables or the new one, never a mix.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis import tables as T

PART_TABLES = T.ARTICLE_TABLES
INDEX = "INDEX.json"
TABLES_MARKER = ".newslens-tables"  # in an --out folder: written by write_tables, so it may be replaced whole
# Parts with fewer articles than this are merged once COMPACT_AFTER of them pile up (one per small re-build).
SMALL_PART = 256
COMPACT_AFTER = 8
MERGED_PART = 4096  # articles per merged part: parts stay few without one part outgrowing memory
# Spreadsheet programs run a cell starting with one of these as a formula (OWASP "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class DamagedPart(Exception):
    """A stored part exists but cannot be read back whole."""


class UnusableFolder(Exception):
    """An output or cache folder that cannot be written (said before any analysis starts)."""


def _owner_tag() -> str:
    """host-pid of this process: a temporary name's writer, so a later run can tell a dead writer's leftovers."""
    return f"{socket.gethostname().replace('-', '_')}-{os.getpid()}"


def _writer_gone(name: str) -> bool:
    """Whether the temporary folder `name` (…-<host>-<pid>-<hex>) was left by a process no longer running here."""
    bits = name.rsplit("-", 3)
    if len(bits) != 4 or bits[1] != socket.gethostname().replace("-", "_"):
        return False  # another machine's (a cluster node) or not ours: leave it
    try:
        pid = int(bits[2])
    except ValueError:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _clear_leftovers(folder: Path) -> None:
    """Remove the temporary files and folders (`.tmp-…`, `.<name>.tmp-…`) that killed writers left in a folder."""
    try:
        names = [p for p in folder.iterdir() if p.name.startswith(".") and ".tmp-" in p.name]
    except OSError:
        return
    for p in names:
        if _writer_gone(p.name):
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)


def _atomic_write(path: Path, write) -> None:
    """Call write(tmp_path) for a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.tmp-{_owner_tag()}-{uuid.uuid4().hex[:8]}"
    try:
        write(str(tmp))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    df.to_parquet(path, index=False, engine="pyarrow")


def _read_table(name: str, path: Path) -> pd.DataFrame:
    df = pd.read_parquet(path, engine="pyarrow")
    return T.conform(name, df) if name in T.SCHEMAS else df  # not a table: a cache frame kept beside them


def _stamp(folder: Path) -> list[list[int]] | None:
    """Size and mtime of each table file of a part (None when one is missing): changes when a part is touched."""
    out = []
    for name in PART_TABLES:
        try:
            st = (folder / f"{name}.parquet").stat()
        except OSError:
            return None
        out.append([st.st_size, st.st_mtime_ns])
    return out


class Store:
    """The per-article tables of one pipeline fingerprint under a cache folder, in batched parts with an index."""

    def __init__(self, cache_dir: str | os.PathLike, fingerprint: str):
        self.root = Path(cache_dir) / "parts" / fingerprint
        self.fingerprint = fingerprint
        self.damaged: list[str] = []  # damaged parts found (and removed) so far, with the reason
        self._parts: dict[str, dict] | None = None  # part name -> {"stamp": …, "ids": […]}
        self._where: dict[str, str] = {}  # article_id -> the part it is read from

    # -- writing -------------------------------------------------------------------------------------------

    def save_part(self, tabs: Mapping[str, pd.DataFrame]) -> str:
        """Store a batch of articles' tables as one new part (a folder renamed into place); return its name.

        Safe to call from several processes or machines at once: it only ever adds a new folder. The index
        learns about the part at the next `index()` (in the process that runs the build).
        """
        self.root.mkdir(parents=True, exist_ok=True)
        name = f"p-{uuid.uuid4().hex[:16]}"
        tmp = self.root / f".tmp-{_owner_tag()}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            for table in PART_TABLES:
                _write_parquet(tabs[table], tmp / f"{table}.parquet")
            os.replace(tmp, self.root / name)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        return name

    def discard(self, name: str) -> None:
        """Remove a part (e.g. a damaged one) and its index entry."""
        shutil.rmtree(self.root / name, ignore_errors=True)
        if self._parts is not None and self._parts.pop(name, None) is not None:
            self._where = {aid: p for aid, p in self._where.items() if p != name}
            self._write_index()

    # -- the index -----------------------------------------------------------------------------------------

    def _read_index(self) -> dict[str, dict]:
        try:
            data = json.loads((self.root / INDEX).read_text(encoding="utf-8"))
            return {name: {"stamp": e["stamp"], "ids": list(e["ids"])} for name, e in data["parts"].items()}
        except Exception:  # no index yet, or a damaged one: rebuilt from the parts themselves
            return {}

    def _write_index(self) -> None:
        data = {"fingerprint": self.fingerprint, "parts": self._parts or {}}
        try:
            _atomic_write(self.root / INDEX, lambda t: Path(t).write_text(json.dumps(data), encoding="utf-8"))
        except OSError:
            pass  # the index is a cache of the parts: a later build rebuilds it

    def index(self) -> dict[str, str]:
        """Return {article_id: part} of every stored article, after bringing the index in line with the parts."""
        entries = self._read_index()
        names = []
        if self.root.is_dir():
            _clear_leftovers(self.root)  # half-written parts and indexes of killed writers
            names = [c.name for c in self.root.iterdir() if c.name.startswith("p-") and c.is_dir()]
        names.sort()
        parts: dict[str, dict] = {}
        changed = set(entries) - set(names)
        for name in names:
            stamp = _stamp(self.root / name)
            old = entries.get(name)
            if old is not None and stamp is not None and old["stamp"] == stamp:
                parts[name] = old
                continue
            changed.add(name)
            try:  # new since the index (adopted) or touched since: its ids (the rest is checked on reading)
                ids = sorted(set(self._read_part(name, ids_only=True)["articles"].column("article_id").to_pylist()))
            except DamagedPart as exc:
                self.damaged.append(str(exc))
                shutil.rmtree(self.root / name, ignore_errors=True)
                continue
            parts[name] = {"stamp": _stamp(self.root / name), "ids": ids}
        self._parts = parts
        self._where = {}
        for name in names:  # an article in two parts is read from the first
            for aid in parts.get(name, {}).get("ids", ()):
                self._where.setdefault(aid, name)
        if changed:
            self._write_index()
        return dict(self._where)

    # -- reading -------------------------------------------------------------------------------------------

    def _read_part(self, name: str, ids_only: bool = False, tables=PART_TABLES) -> dict[str, pa.Table]:
        """Read a part's tables as Arrow tables (ids_only: the article ids of its articles table; tables: only
        these), having checked that every table file is there; raise DamagedPart when one is missing or
        unreadable."""
        folder = self.root / name
        out = {}
        for table in PART_TABLES:
            path = folder / f"{table}.parquet"
            if not path.is_file():
                raise DamagedPart(f"stored part {folder} lacks table {table}")
            if (ids_only and table != "articles") or (not ids_only and table not in tables):
                continue
            try:
                # One file opened directly: pq.read_table sets up a dataset per file, which cost about as much
                # as reading a small part's table (issue 13, a re-build reads every part).
                with pq.ParquetFile(path) as f:
                    out[table] = f.read(columns=["article_id"] if ids_only else None)
            except Exception as exc:  # pyarrow raises several error types for corrupt files
                raise DamagedPart(f"stored part {path} is unreadable ({type(exc).__name__}: {exc})") from exc
        return out

    def read(self, ids: Iterable[str], tables=PART_TABLES) -> tuple[dict[str, pd.DataFrame], set[str]]:
        """Return the stored tables (all, or `tables`) of these articles (no other article's rows) and the ids
        not stored.

        A part that turns out damaged is reported in `self.damaged` and removed; its articles come back as
        not stored, for the caller to analyse again.
        """
        if self._parts is None:
            self.index()
        want = set(ids)
        by_part: dict[str, list[str]] = {}
        for aid in want:
            if aid in self._where:
                by_part.setdefault(self._where[aid], []).append(aid)
        missing = want - {aid for aids in by_part.values() for aid in aids}
        chunks: dict[str, list[pa.Table]] = {t: [] for t in tables}
        for name in sorted(by_part):
            try:
                part = self._read_part(name, tables=tables)
            except DamagedPart as exc:
                self.damaged.append(str(exc))
                self.discard(name)
                missing.update(by_part[name])
                continue
            # Every article of the part wanted (a re-build's usual case) and each read from here: no filter.
            whole = len(by_part[name]) == len(set(self._parts[name]["ids"]))
            keep = None if whole else pa.array(sorted(by_part[name]), type=pa.string())
            for table, tbl in part.items():
                if keep is not None:
                    tbl = tbl.filter(pc.is_in(tbl.column("article_id"), value_set=keep))
                chunks[table].append(tbl)
        return {t: _to_frame(t, chunks[t]) for t in tables}, missing

    def compact(self) -> bool:
        """Merge the small parts into one once COMPACT_AFTER of them pile up; return whether it did."""
        if self._parts is None:
            self.index()
        small = [n for n, e in sorted(self._parts.items()) if len(e["ids"]) < SMALL_PART]
        if len(small) < COMPACT_AFTER:
            return False
        groups, size = [[]], 0
        for name in small:
            n = len(self._parts[name]["ids"])
            if size + n > MERGED_PART and groups[-1]:
                groups.append([])
                size = 0
            groups[-1].append(name)
            size += n
        for group in groups:
            members = set(group)
            tabs, _ = self.read(aid for aid, part in self._where.items() if part in members)
            self.save_part(tabs)
            # The merged part first, then the old ones go: a kill in between leaves each article in two parts,
            # read from one of them.
            for name in group:
                shutil.rmtree(self.root / name, ignore_errors=True)
        self.index()
        return True


def _to_frame(table: str, chunks: list[pa.Table]) -> pd.DataFrame:
    """Concatenate Arrow chunks of one table into its DataFrame (schema columns, dtypes, order)."""
    chunks = [c for c in chunks if c.num_rows]
    if not chunks:
        return T.empty(table)
    # One chunk per column: sorting (conform) takes rows from each column, and a take across a column of many
    # chunks (one per part) cost three times the whole read (issue 13).
    tbl = pa.concat_tables(chunks, promote_options="default").combine_chunks() if len(chunks) > 1 else chunks[0]
    return T.conform(table, tbl.to_pandas())


# ------------------------------------------------------------------------------------ folders given by users


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _probe(folder: Path) -> str | None:
    """None when a folder can be created in `folder`, else why not (tried, not guessed from mode bits: root)."""
    if not folder.is_dir():
        return f"{folder} is a file, not a folder"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".newslens-probe-", dir=folder))
    except OSError as exc:
        return f"cannot write in {folder} ({exc.strerror or exc})"
    return None


def _is_table_file(name: str) -> bool:
    return any(name == f"{t}.parquet" or name == f"{t}.csv" for t in T.TABLES) or (
        name.startswith(".") and name.endswith(".tmp"))  # an older version's temporary file


def out_dir_problem(out_dir: str | os.PathLike) -> str | None:
    """Why the tables cannot be written to this --out folder (None when they can), without writing any."""
    out = Path(out_dir).absolute()
    if out.is_symlink():
        out = out.resolve()
    if out.exists() and not out.is_dir():
        return "is a file, not a folder"
    if out.is_dir():
        try:
            names = [p.name for p in out.iterdir()]
        except OSError as exc:
            return f"cannot be read ({exc.strerror or exc})"
        foreign = sorted(n for n in names if not _is_table_file(n))
        if foreign and TABLES_MARKER not in names:
            # The whole folder is replaced by the new tables: never a folder holding anything else.
            return (f"holds files that are not Newslens tables ({', '.join(foreign[:3])}"
                    f"{', …' if len(foreign) > 3 else ''}); give a new or empty folder, or one written by build")
    # The tables are written into a new folder beside it and swapped in: its parent must take a new folder.
    return _probe(_nearest_existing(out.parent))


def cache_dir_problem(cache_dir: str | os.PathLike) -> str | None:
    """Why parts cannot be stored in this cache folder (None when they can), without writing any."""
    cache = Path(cache_dir).absolute()
    if cache.exists() and not cache.is_dir():
        return "is a file, not a folder"
    return _probe(_nearest_existing(cache))


def load_tables_dir(folder: str | os.PathLike, names, columns: Mapping[str, list[str]] | None = None
                    ) -> dict[str, pd.DataFrame] | None:
    """Read tables `names` from a folder written by save_tables_dir; None when missing or unreadable.

    columns: for some of the names, only these columns, read as they are stored (not conformed)."""
    folder = Path(folder)
    if not (folder / "COMPLETE").is_file():
        return None
    columns = columns or {}
    try:
        return {name: (pq.read_table(folder / f"{name}.parquet", columns=columns[name]).to_pandas()
                       if name in columns else _read_table(name, folder / f"{name}.parquet")) for name in names}
    except Exception:  # damaged: the caller computes the tables again
        return None


def load_previous_tables_dir(folder: str | os.PathLike, names, prefix: str = "",
                             columns: Mapping[str, list[str]] | None = None) -> dict[str, pd.DataFrame] | None:
    """Read tables `names` (columns: as load_tables_dir) from the newest complete folder beside `folder` whose
    name starts with prefix (an earlier version), else None."""
    folder = Path(folder)
    if not folder.parent.is_dir():
        return None
    done = [d for d in folder.parent.iterdir() if d.is_dir() and d.name != folder.name and not d.name.startswith(".")
            and d.name.startswith(prefix) and (d / "COMPLETE").is_file()]
    for d in sorted(done, key=lambda d: ((d / "COMPLETE").stat().st_mtime, d.name), reverse=True):
        tabs = load_tables_dir(d, names, columns)
        if tabs is not None:
            return tabs
    return None


def save_tables_dir(folder: str | os.PathLike, tabs: Mapping[str, pd.DataFrame], replace_siblings: bool = False,
                    group: str | None = None) -> None:
    """Write tables into a folder atomically (a temporary folder renamed into place); an existing one is kept.

    With replace_siblings, the other folders beside it (earlier versions) are removed afterwards; with a
    group too (e.g. the corpus they were built from), only those written with the same group.
    """
    folder = Path(folder)
    if (folder / "COMPLETE").is_file():
        return
    tmp = folder.parent / f".tmp-{_owner_tag()}-{uuid.uuid4().hex[:8]}"
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        _clear_leftovers(folder.parent)
        tmp.mkdir()
        for name, df in tabs.items():
            _write_parquet(df, tmp / f"{name}.parquet")
        if group is not None:
            (tmp / "GROUP").write_text(group)
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
            if (old.is_dir() and old.name != folder.name and not old.name.startswith(".")
                    and (group is None or _group(old) == group)):
                shutil.rmtree(old, ignore_errors=True)


def _group(folder: Path) -> str | None:
    """The group a tables folder was saved with ('' for a complete one saved without), None if incomplete."""
    try:
        return (folder / "GROUP").read_text().strip()
    except OSError:
        return "" if (folder / "COMPLETE").is_file() else None


def load_frame(path: str | os.PathLike) -> pd.DataFrame | None:
    """Read a cache frame written by save_frame; None when missing or unreadable (the caller derives it again)."""
    try:
        return pd.read_parquet(path, engine="pyarrow")
    except Exception:
        return None


def save_frame(df: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write a cache frame atomically (a temporary file renamed over `path`); a read-only cache is left as is."""
    path = Path(path)
    if path.parent.is_dir():
        _clear_leftovers(path.parent)
    try:
        _atomic_write(path, lambda tmp: _write_parquet(df, tmp))
    except OSError:
        pass


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


# ----------------------------------------------------------------------------------------- the final tables

_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False  # a file system or kernel without it: fall back to two renames
    raise OSError(err, os.strerror(err), str(b))


def _recover(out: Path) -> None:
    """Clear what a killed write_tables left beside `out`; put its old tables back if it died between renames."""
    prefix = f".{out.name}."
    try:
        siblings = sorted(p for p in out.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return
    for p in siblings:
        kind = p.name[len(prefix):].split("-", 1)[0]
        if kind not in ("new", "old") or not _writer_gone(p.name):
            continue
        if kind == "old" and not out.exists():
            os.rename(p, out)  # the fallback's first rename happened, its second did not
        else:
            shutil.rmtree(p, ignore_errors=True)


def _swap_in(new: Path, out: Path) -> None:
    """Make the complete folder `new` the folder `out`; `new` then holds the old tables (to remove)."""
    if not out.exists():
        os.rename(new, out)
        return
    if _exchange(new, out):
        return
    old = out.parent / f".{out.name}.old-{_owner_tag()}-{uuid.uuid4().hex[:8]}"
    os.rename(out, old)
    os.rename(new, out)
    os.rename(old, new)


def write_tables(tabs: Mapping[str, pd.DataFrame], out_dir: str | os.PathLike, csv: bool = False) -> list[Path]:
    """Write each table as <out_dir>/<table>.parquet (and .csv, formula-escaped); return the paths.

    All files go into a new folder beside out_dir, which then replaces out_dir in one rename (an exchange of
    the two on Linux), so readers and kills see the complete old set or the complete new one; the old folder
    is removed. Raises UnusableFolder (before writing anything) when out_dir cannot take the tables.
    """
    out = Path(out_dir).absolute()
    if out.is_symlink():
        out = out.resolve()  # replace what the link points at, keep the link
    problem = out_dir_problem(out)
    if problem:
        raise UnusableFolder(f"{out_dir}: {problem}")
    out.parent.mkdir(parents=True, exist_ok=True)
    _recover(out)
    new = out.parent / f".{out.name}.new-{_owner_tag()}-{uuid.uuid4().hex[:8]}"
    new.mkdir()
    names = []
    try:
        for name, df in tabs.items():
            _write_parquet(df, new / f"{name}.parquet")
            names.append(f"{name}.parquet")
            if csv:
                # CRLF row ends (RFC 4180) also make the writer quote cells holding a bare CR, which pandas'
                # default "\n" terminator leaves unquoted, splitting the row for readers.
                escape_formulas(df).to_csv(new / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\r\n")
                names.append(f"{name}.csv")
        (new / TABLES_MARKER).write_text("written by python -m analysis build; replaced whole by the next build\n")
        _swap_in(new, out)
    finally:
        if new.exists():
            shutil.rmtree(new, ignore_errors=True)
    return [out / n for n in names]


def read_tables(folder: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Read every known table (<table>.parquet) in a folder, with the schema's columns and dtypes."""
    folder = Path(folder)
    return {name: _read_table(name, folder / f"{name}.parquet")
            for name in T.TABLES if (folder / f"{name}.parquet").is_file()}
