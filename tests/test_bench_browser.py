"""bench/bench_browser.py's idle detector on a tiny Streamlit app: it waits for the run a trigger started and
for everything that run draws, so the benchmark's clock never stops on a half-drawn page.

The app sleeps before it writes, so a detector that stopped at the trigger, or at the status widget (which
shows only 500 ms into a run), would return before the text and the chart exist. No time is asserted.
"""

from __future__ import annotations

import re
import sys
import textwrap

import pytest

from browser import ROOT, App, browser

sys.path.insert(0, str(ROOT / "bench"))
import bench_browser as BB  # noqa: E402

pytestmark = pytest.mark.browser

TINY = """
import time
import plotly.express as px
import streamlit as st

st.title("Tiny")
runs = st.session_state["runs"] = st.session_state.get("runs", 0) + 1
pick = st.sidebar.multiselect("Outlets", ["Alpha", "Beta"], key="outlet")
since = st.sidebar.date_input("From", value=None, key="from", format="YYYY-MM-DD")
time.sleep(1.2)
st.write(f"run {runs} done, picked {len(pick)}, from {since}")
time.sleep(0.4)
st.plotly_chart(px.bar(x=["a", "b"], y=[runs, len(pick) + 1]), key="chart")
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """The tiny app served by `streamlit run`."""
    tmp = tmp_path_factory.mktemp("tiny")
    script = tmp / "tiny.py"
    script.write_text(textwrap.dedent(TINY))
    server = App({}, tmp, script=script)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def page(tiny):
    """A page on the tiny app with the detector injected, opened (first run done)."""
    with browser() as (b, _):
        ctx = b.new_context(viewport={"width": 1200, "height": 900})
        ctx.add_init_script(BB.IDLE_JS)
        pg, _took = BB.open_timed(ctx, f"{tiny.url}/")
        yield pg
        ctx.close()


def _main(pg) -> str:
    return pg.locator("[data-testid=stMain]").inner_text()


def test_first_load_waits_for_text_and_chart(page):
    assert "run 1 done, picked 0, from None" in _main(page)
    assert page.locator("[data-testid=stPlotlyChart] .main-svg").count() >= 1
    assert BB.drawn(page, settle=1.0) == "ok"


@pytest.mark.parametrize("step, shown", [("rerun", "picked 0, from None"), ("choose", "picked 1, from None"),
                                         ("clear", "picked 0, from None"), ("date", "picked 0, from 2021-03-04")])
def test_each_trigger_is_timed_to_its_own_run(page, step, shown):
    done = int(re.search(r"run (\d+) done", _main(page)).group(1))
    before = int(page.evaluate("__nl.runs"))
    trigger = {"rerun": lambda: BB.plain_rerun(page), "choose": lambda: BB.choose_outlet(page, "Beta"),
               "clear": lambda: BB.clear_outlets(page), "date": lambda: BB.set_from_date(page, "2021-03-04")}[step]()
    took = BB.timed(page, trigger)
    assert took > 0
    assert int(page.evaluate("__nl.runs")) == before + 1  # exactly one run, and the wait saw it
    assert f"run {done + 1} done, {shown}" in _main(page)  # the new run's text, not the old one's
    assert page.locator("[data-testid=stStatusWidgetRunningIcon], [data-testid=stStatusWidgetRunningManIcon]"
                        ).count() == 0
    assert BB.drawn(page, settle=1.0) == "ok"


def test_no_run_after_the_trigger_is_reported_not_waited_for(page):
    with pytest.raises(RuntimeError, match="not idle"):
        BB.wait_idle(page, int(page.evaluate("__nl.runs")), timeout=2.0)  # no trigger: no new run comes
