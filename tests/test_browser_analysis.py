"""Real-browser test of the analysis pages on the seeds: Chromium (Playwright) against `streamlit run`.

Opens Alliances, Memberships and Outlets, finds no exception, sees their charts drawn (the map offline, no
request leaving the machine), drills down from a bar, a network arrow and the actor picker to the sentences,
and reads a changed target back from the URL. Screenshots go to docs/screenshots/analysis-*.png when
NEWSLENS_SCREENSHOTS=1. Skips without Chromium unless NEWSLENS_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
import time

import pytest

from browser import ROOT, App, browser, open_page, settle
from test_page_alliances import seeds_dir  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser
SHOTS = ROOT / "docs" / "screenshots"
VIEW = (1500, 1400)  # tall enough for the chart and its evidence in one screenshot


@pytest.fixture(scope="module")
def chromium():
    """A Chromium browser and the list of blocked outside requests (skips cleanly without one)."""
    with browser() as pair:
        yield pair


@pytest.fixture(scope="module")
def app(chromium, seeds_dir, tmp_path_factory):
    """The dashboard serving the seeds' tables."""
    server = App({"NEWSLENS_TABLES": str(seeds_dir)}, tmp_path_factory.mktemp("browser_analysis"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def visit_event(seed_tables) -> str:
    """The event both Middle East Eye and TRT World reported (the November 2015 visit)."""
    ev = seed_tables["events"]
    both = ev[ev["outlets"].str.contains("Middle East Eye") & ev["outlets"].str.contains("TRT World")]
    return str(both["event_id"].iloc[0])


def shot(page, name: str) -> None:
    """Save a full screenshot under docs/screenshots/ when NEWSLENS_SCREENSHOTS=1."""
    if os.environ.get("NEWSLENS_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        height = page.evaluate("() => document.querySelector('[data-testid=stMainBlockContainer]').scrollHeight")
        page.set_viewport_size({"width": 1500, "height": min(max(1000, height + 40), 6000)})
        settle(page)
        page.screenshot(path=str(SHOTS / f"analysis-{name}.png"), full_page=True)


def svg_texts(locator) -> list[str]:
    """textContent of SVG text elements (innerText is empty for SVG)."""
    return locator.evaluate_all("els => els.map(e => e.textContent)")


def captions(page) -> list[str]:
    """Every caption's text on the page."""
    return page.locator("[data-testid=stCaptionContainer]").all_inner_texts()


def wait_for_caption(page, prefix: str, timeout: float = 20) -> str:
    """Wait until a caption starting with prefix shows; return it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        hit = [c for c in captions(page) if c.startswith(prefix)]
        if hit:
            settle(page)
            return hit[0]
        time.sleep(0.3)
    raise AssertionError(f"no caption {prefix!r}: {captions(page)}")


def evidence_quotes(page) -> list[str]:
    """The evidence sentences shown (block quotes)."""
    return page.locator("[data-testid=stMain] blockquote").all_inner_texts()


def no_trouble(page, chromium) -> None:
    assert page.locator("[data-testid=stException]").count() == 0
    assert not page.dialogs
    assert chromium[1] == [], chromium[1]


def test_alliances_draws_and_drills_down_from_a_bar_and_an_edge(app, chromium):
    page = open_page(chromium, f"{app.url}/alliances", viewport=VIEW)
    try:
        no_trouble(page, chromium)
        charts = page.locator(".js-plotly-plot")
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length >= 2", timeout=30000)
        assert charts.count() == 2
        bars = charts.nth(0).locator(".barlayer .point path")
        assert bars.count() >= 5  # Russia, Iran, the US, Saudi Arabia, Turkey at least
        labels = svg_texts(charts.nth(0).locator(".yaxislayer-above text"))
        for name in ("Russia", "Iran", "United States", "Saudi Arabia", "Turkey"):
            assert name in labels
        assert charts.nth(1).locator(".scatterlayer .points path").count() >= 10
        shot(page, "alliances")

        bars.first.click(force=True)
        picked = wait_for_caption(page, "Selected:")
        quotes = evidence_quotes(page)
        assert quotes and all(q.strip() for q in quotes)
        actor = picked.removeprefix("Selected: ").split(" on ")[0]
        assert actor in labels
        assert "actor=" in page.url  # the selection is part of the link
        assert page.locator("[data-testid=stMain] a", has_text="read the article").count() >= 1
        shot(page, "alliances-drilldown")

        arrows = charts.nth(1).locator(".scatterlayer .trace").filter(has=page.locator(".points path"))
        arrows.first.locator(".points path").first.click(force=True)
        wait_for_caption(page, "Selected arrow:")
        assert evidence_quotes(page)
        assert "pair=" in page.url and "actor=" not in page.url  # one selection at a time
        no_trouble(page, chromium)
    finally:
        page.context.close()


def test_alliances_actor_picker_and_target_in_the_url(app, chromium):
    page = open_page(chromium, f"{app.url}/alliances", viewport=VIEW)
    try:
        page.get_by_label("Actor").click()
        page.get_by_role("option", name="Turkey").click()
        settle(page)
        wait_for_caption(page, "Selected: Turkey on")
        assert "actor=country:TUR" in page.url.replace("%3A", ":")
        quotes = evidence_quotes(page)
        assert quotes and any("Turkey" in q for q in quotes)

    finally:
        page.context.close()
    # a link with the target and a global filter reproduces that view
    page = open_page(chromium, f"{app.url}/alliances?target=person:bashar-al-assad&outlet=TRT+World", viewport=VIEW)
    try:
        no_trouble(page, chromium)
        legend = svg_texts(page.locator(".js-plotly-plot").first.locator(".legendtext"))
        assert legend == ["TRT World"]
        headings = page.locator("[data-testid=stMain] h3").all_inner_texts()
        assert any(h.startswith("Supporters and opposers of Bashar al-Assad") for h in headings), headings
    finally:
        page.context.close()


def test_memberships_map_is_drawn_offline(app, chromium):
    page = open_page(chromium, f"{app.url}/memberships", viewport=VIEW)
    try:
        no_trouble(page, chromium)
        page.wait_for_selector(".js-plotly-plot .geo path.choroplethlocation", timeout=30000)
        settle(page)
        filled = page.locator(".js-plotly-plot .geo path.choroplethlocation")
        assert filled.count() == 12  # the twelve GECF members of the seeds
        assert all(len(d or "") > 20 for d in (filled.nth(i).get_attribute("d") for i in range(12)))
        # the base map itself came from app/static (not a CDN): countries are drawn
        borders = page.locator(".js-plotly-plot .geo .countries path").first.get_attribute("d") or ""
        assert len(borders) > 10000
        shot(page, "memberships")
        no_trouble(page, chromium)
    finally:
        page.context.close()


def test_outlets_contrasts_the_two_outlets(app, chromium, visit_event):
    page = open_page(chromium, f"{app.url}/outlets?event={visit_event}", viewport=VIEW)
    try:
        no_trouble(page, chromium)
        heat = page.locator(".js-plotly-plot").first
        assert heat.locator(".heatmaplayer image, .heatmaplayer").count() >= 1
        ticks = svg_texts(heat.locator(".xaxislayer-above text"))
        assert ticks == ["Middle East Eye", "TRT World"]
        framing_labels = svg_texts(page.locator(".js-plotly-plot").nth(1).locator(".yaxislayer-above text"))
        assert any("DAESH" in t for t in framing_labels), framing_labels
        shot(page, "outlets")
    finally:
        page.context.close()
