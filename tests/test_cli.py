"""python -m analysis build: exit codes, summary, outputs, default cache folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import __main__ as cli

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Chile and Norway signed a trade agreement in Oslo, officials said.\n\nSource: Reuters"


@pytest.fixture
def no_spacy_reload(monkeypatch, nlp):
    """Reuse the session pipeline instead of loading spaCy again in-process."""
    import analysis.nlp

    monkeypatch.setattr(analysis.nlp, "build", lambda *a, **k: nlp)


def _run(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, **(env or {})}, timeout=300)


@pytest.mark.parametrize("args", [[], ["build"], ["build", "x"], ["frobnicate", "x", "--out", "o"],
                                  ["build", "x", "--out", "o", "--bogus"]])
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(args)
    assert exc.value.code == 2 and "usage" in capsys.readouterr().err


def test_usage_error_exit_code_of_the_process():
    r = _run("build")
    assert r.returncode == 2 and "usage" in r.stderr


def test_no_readable_input_exits_1(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code = cli.main(["build", str(tmp_path / "empty.txt"), str(tmp_path / "missing"), "--out", str(tmp_path / "o"),
                     "--cache", str(tmp_path / "c")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "empty.txt: empty file" in out and "missing: no such file" in out
    assert "no input could be read" in err
    assert not (tmp_path / "o").exists()  # nothing written, so an earlier output would not be emptied


def test_build_writes_tables_and_summary(tmp_path, capsys, no_spacy_reload):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Deal\n\n" + TEXT)
    (src / "b.bin").write_bytes(b"\x00\x01")
    (src / "bad.csv").write_text("x,y\n1,2\n")
    args = ["build", str(src), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "c"), "--csv"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "analysed 1, reused 0, skipped 2" in out
    assert f"skipped {src / 'b.bin'}: unsupported file type" in out and "bad.csv: CSV without a 'text'" in out
    assert (tmp_path / "out" / "articles.csv").is_file()
    arts = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert arts["outlet"].tolist() == ["Reuters"]
    assert cli.main(args) == 0
    assert "analysed 0, reused 1, skipped 2" in capsys.readouterr().out


def test_default_cache_from_env_then_cwd(tmp_path, monkeypatch, capsys, no_spacy_reload):
    (tmp_path / "a.txt").write_text("Deal\n\n" + TEXT)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSLENS_CACHE", raising=False)
    assert cli.main(["build", "a.txt", "--out", "out"]) == 0
    assert (tmp_path / ".newslens-cache" / "parts").is_dir()
    monkeypatch.setenv("NEWSLENS_CACHE", str(tmp_path / "envcache"))
    assert cli.main(["build", "a.txt", "--out", "out"]) == 0
    assert (tmp_path / "envcache" / "parts").is_dir()
    assert "analysed 1" in capsys.readouterr().out.splitlines()[-2]


def test_no_progress_bar_when_not_a_terminal(tmp_path, capsys, no_spacy_reload):
    (tmp_path / "a.txt").write_text("Deal\n\n" + TEXT)
    assert cli.main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--cache",
                     str(tmp_path / "c")]) == 0
    assert "article/s" not in capsys.readouterr().err


def test_seeds_build_command(tmp_path):
    """The issue's acceptance command, as a user runs it (a real process, real spaCy)."""
    r = _run("build", "seeds", "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "c"))
    assert r.returncode == 0, r.stderr
    assert "analysed 3, reused 0" in r.stdout
    arts = pd.read_parquet(tmp_path / "out" / "articles.parquet").sort_values("source")
    assert arts["outlet"].tolist() == ["Middle East Eye", "Channel News Asia", "TRT World"]
    assert arts["published"].tolist()[1:] == [pd.Timestamp("2017-11-01"), pd.Timestamp("2015-11-23")]
    assert arts["date_source"].tolist()[1:] == ["weekday", "explicit"]


@pytest.mark.parametrize("args", [["--jobs", "0"], ["--jobs", "two"], ["--jobs", "-1"], ["--engine", "spark"]])
def test_bad_jobs_or_engine_are_usage_errors(tmp_path, args, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["build", str(tmp_path), "--out", str(tmp_path / "o"), *args])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "usage" in err and ("--jobs" in err or "--engine" in err)


@pytest.mark.parametrize("bad, message", [
    ("out is a file", "error: --out {out}: is a file, not a folder"),
    ("out holds other files", "error: --out {out}: holds files that are not Newslens tables (thesis.md)"),
    ("cache is a file", "error: --cache {cache}: is a file, not a folder"),
    ("cache below a file", "error: --cache {cache}: {tmp}/f is a file, not a folder"),
])
def test_unusable_out_or_cache_said_before_any_analysis(tmp_path, monkeypatch, capsys, bad, message):
    import analysis.nlp

    monkeypatch.setattr(analysis.nlp, "build", lambda *a, **k: pytest.fail("analysis started"))
    (tmp_path / "a.txt").write_text("Deal\n\n" + TEXT)
    out, cache = tmp_path / "out", tmp_path / "cache"
    if bad == "out is a file":
        out.write_text("x")
    elif bad == "out holds other files":
        out.mkdir()
        (out / "thesis.md").write_text("mine")
    elif bad == "cache is a file":
        cache.write_text("x")
    else:
        (tmp_path / "f").write_text("x")
        cache = tmp_path / "f" / "cache"
    code = cli.main(["build", str(tmp_path / "a.txt"), "--out", str(out), "--cache", str(cache)])
    err = capsys.readouterr().err
    assert code == 2
    assert message.format(out=out, cache=cache, tmp=tmp_path) in err
    if bad == "out holds other files":
        assert (out / "thesis.md").read_text() == "mine"


def test_engine_ray_without_ray_says_how_to_install(tmp_path, monkeypatch, capsys):
    import analysis.nlp

    monkeypatch.setattr(analysis.nlp, "build", lambda *a, **k: pytest.fail("analysis started"))
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError, as where it is not installed
    (tmp_path / "a.txt").write_text("Deal\n\n" + TEXT)
    code = cli.main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--cache", str(tmp_path / "c"),
                     "--engine", "ray"])
    err = capsys.readouterr().err
    assert code == 2 and "--engine ray needs Ray" in err and "pip install 'newslens[cluster]'" in err
    assert not (tmp_path / "o").exists()


def test_jobs_two_builds_with_worker_processes(tmp_path):
    """Enough articles for the worker pool: a real process with --jobs 2 writes the tables of --jobs 1."""
    src = tmp_path / "src"
    src.mkdir()
    countries = ["Chile", "Norway", "Ghana", "Nepal", "Fiji", "Peru", "Kenya", "Japan", "Canada", "Mexico", "Spain",
                 "Italy", "Egypt", "Chad", "Mali", "Iraq", "Oman", "Laos", "Cuba", "Togo", "Iran", "Benin", "Niger",
                 "Qatar", "Yemen", "Sudan"]
    for i, c in enumerate(countries):
        (src / f"{i:02d}.txt").write_text(f"{c} deal\n\n{c} and Norway signed a trade agreement in Oslo, officials "
                                          f"said. {c} backed the plan.\n\nSource: Reuters")
    outs = {}
    for jobs in ("1", "2"):
        r = _run("build", str(src), "--out", str(tmp_path / f"out{jobs}"), "--cache", str(tmp_path / f"c{jobs}"),
                 "--jobs", jobs)
        assert r.returncode == 0, r.stderr
        assert f"analysed {len(set(countries))}, reused 0" in r.stdout
        outs[jobs] = {n: pd.read_parquet(tmp_path / f"out{jobs}" / f"{n}.parquet") for n in ("articles", "mentions",
                                                                                           "relations", "events")}
    for name, df in outs["1"].items():
        pd.testing.assert_frame_equal(outs["2"][name], df)
