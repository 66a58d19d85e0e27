"""--engine ray: the per-article analysis as a Ray Data pipeline on a local Ray (2 CPUs) gives the tables of the
in-process build, row for row. Skips where Ray is not installed (the cluster extra: pip install '.[cluster]')."""

from __future__ import annotations

import os

import pandas as pd
import pytest

ray = pytest.importorskip("ray")

from analysis import corpus, store  # noqa: E402
from analysis import tables as T  # noqa: E402

# Written for this test: one story frame, many actors, so the articles differ in entities, stances and members.
STORIES = [
    ("{a} and {b} signed a defence pact in {city} on Monday, officials said. {a} has backed {b} against "
     "its rivals. {a} and {b} are both members of NATO."),
    ("{a} condemned {b} on Tuesday for the border clashes near {city}. The foreign minister of {a} said "
     "the talks would resume next month. {b}, a member of the G7, called for calm."),
]
ACTORS = [("France", "Germany", "Berlin"), ("Japan", "South Korea", "Seoul"), ("Brazil", "Argentina", "Buenos Aires"),
          ("Kenya", "Ethiopia", "Addis Ababa"), ("Canada", "Mexico", "Ottawa"), ("India", "Nepal", "Kathmandu")]


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray of 2 CPUs for this module (the build uses a Ray already started in its process)."""
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                 object_store_memory=200 * 1024 * 1024)
    yield ray
    if started:
        ray.shutdown()


@pytest.fixture
def articles(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i, (a, b, city) in enumerate(ACTORS):
        for j, story in enumerate(STORIES):
            (src / f"{i}{j}.txt").write_text(f"{a} and {b}\n\n" + story.format(a=a, b=b, city=city)
                                             + "\n\nSource: Reuters\n")
    (src / "empty.txt").write_bytes(b"")
    return src


def test_ray_build_equals_the_in_process_build(tmp_path, nlp, articles, local_ray):
    here = corpus.build([articles], out_dir=tmp_path / "out-local", cache_dir=tmp_path / "cache-local", nlp=nlp)
    there = corpus.build([articles], out_dir=tmp_path / "out-ray", cache_dir=tmp_path / "cache-ray", engine="ray",
                         jobs=2)
    n = len(ACTORS) * len(STORIES)
    assert (len(there.analysed), len(there.reused)) == (n, 0)
    assert [os.path.basename(p.source) for p in there.skipped] == ["empty.txt"]
    # the actors wrote the parts: batched, not one per article
    parts = [p for p in (tmp_path / "cache-ray" / "parts" / there.fingerprint).iterdir() if p.name.startswith("p-")]
    assert 1 < len(parts) < n
    local_tables, ray_tables = store.read_tables(tmp_path / "out-local"), store.read_tables(tmp_path / "out-ray")
    assert set(ray_tables) == set(T.TABLES)
    for name in T.TABLES:
        assert len(ray_tables[name]) == len(local_tables[name]), name
        pd.testing.assert_frame_equal(ray_tables[name], local_tables[name], obj=name)
    assert len(ray_tables["relations"]) and len(ray_tables["memberships"]) and len(ray_tables["events"])
    # a re-build with one new article sends only that one through Ray
    (articles / "new.txt").write_text("Chile and Peru\n\n" + STORIES[0].format(a="Chile", b="Peru", city="Lima"))
    again = corpus.build([articles], out_dir=tmp_path / "out-ray", cache_dir=tmp_path / "cache-ray", engine="ray",
                         jobs=2)
    assert ([os.path.basename(s) for s in again.analysed], len(again.reused)) == (["new.txt"], n)
