"""The README stays true: its URL keys, table columns, commands and pictures match the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import tables
from dashboard import filters

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    """The text of one `## title` section of the README."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, flags=re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def _table_rows(text: str) -> list[list[str]]:
    """The body rows of the first markdown table in `text`, as lists of stripped cells."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return [[c.strip() for c in r.strip("|").split("|")] for r in rows[2:]]


def _ticked(cell: str) -> list[str]:
    """The `backticked` words of a cell, in order."""
    return re.findall(r"`([^`]+)`", cell)


def test_url_keys_match_filters():
    keys = [_ticked(row[0])[0] for row in _table_rows(_section("URL keys"))]
    assert keys == list(filters.GLOBAL_KEYS + filters.PAGE_KEYS + filters.SESSION_KEYS)


def test_every_url_example_parses_into_its_key():
    for row in _table_rows(_section("URL keys")):
        key, example = _ticked(row[0])[0], _ticked(row[2])[0]
        assert example.startswith(f"{key}="), row
        parsed = filters.Filters.from_query({key: [example.split("=", 1)[1]]})
        assert parsed.to_query(), f"README example {example!r} sets no filter"


def test_tables_and_columns_match_schemas():
    documented = {_ticked(row[0])[0]: _ticked(row[2]) for row in _table_rows(_section("Tables"))}
    assert list(documented) == list(tables.SCHEMAS)
    for name, columns in documented.items():
        assert columns == list(tables.SCHEMAS[name]), name


def test_exactly_two_commands_and_ci_calls_the_test_one():
    block = re.search(r"```sh\n(.*?)```", _section("Two commands"), flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.M)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test"):
        assert re.search(rf"^{target}: setup$", makefile, flags=re.M), target


@pytest.mark.parametrize("picture", re.findall(r"\]\((docs/[^)]+\.png)\)", README))
def test_screenshots_exist(picture):
    path = ROOT / picture
    assert path.is_file() and path.stat().st_size > 10_000, picture


def test_every_page_has_a_screenshot_and_a_row():
    views = sorted(p.stem for p in (ROOT / "dashboard" / "views").glob("*.py") if p.stem != "__init__")
    # Streamlit serves the default page (the overview) at "/", not at its own path
    pages = {_ticked(row[1])[0].lstrip("/") or "overview" for row in _table_rows(_section("What it shows"))}
    assert pages == set(views)
    shots = " ".join(re.findall(r"\]\((docs/[^)]+\.png)\)", README))
    for view in views:
        assert view in shots, f"no screenshot of {view}"


def test_documented_environment_variables_are_read_somewhere():
    names = [_ticked(row[0])[0] for row in _table_rows(_section("Another corpus").split("```", 4)[-1])]
    assert names
    code = "".join(p.read_text(encoding="utf-8") for d in ("analysis", "dashboard", "tests")
                   for p in (ROOT / d).rglob("*.py"))
    for name in names:
        assert name in code, name
