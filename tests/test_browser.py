"""Real-browser test: Chromium (Playwright) against `streamlit run dashboard/app.py` on localhost.

Opens every page, finds no exception, sees the world map drawn from app/static/world_110m.json with no
request leaving the machine, changes a filter and reopens the new URL in a fresh page, and checks that an
article carrying <script>/<img onerror> shows them as text with no dialog. Screenshots go to
docs/screenshots/ when NEWSLENS_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import time
import urllib.parse

import pytest
from playwright.sync_api import expect

from browser import ROOT, XSS, App, browser, open_page, sample_tables, settle, write_tables

pytestmark = pytest.mark.browser
PAGES = ["", "entities", "articles", "data", "alliances", "memberships", "outlets"]
SHOTS = ROOT / "docs" / "screenshots"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The dashboard serving the hand-written sample tables."""
    tmp = tmp_path_factory.mktemp("browser")
    folder = write_tables(sample_tables(), tmp / "tables")
    server = App({"NEWSLENS_TABLES": str(folder)}, tmp)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chromium():
    """A Chromium browser and the list of blocked outside requests."""
    with browser() as pair:
        yield pair


@pytest.mark.parametrize("path", PAGES)
def test_every_page_opens_without_exception(chromium, app, path):
    page = open_page(chromium, f"{app.url}/{path}")
    try:
        assert page.locator("[data-testid=stException]").count() == 0
        assert page.locator("[data-testid=stMain] h1").count() >= 1
        # the analysis pages are photographed on the seeds by test_browser_analysis.py
        if os.environ.get("NEWSLENS_SCREENSHOTS") == "1" and path in ("", "entities", "articles", "data"):
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / f"{path or 'overview'}.png"), full_page=True)
        assert not page.dialogs
        assert chromium[1] == []
    finally:
        page.context.close()


def test_map_is_drawn_offline(chromium, app):
    page = open_page(chromium, f"{app.url}/")
    try:
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .geo path.choroplethlocation').length"
                               " > 0", timeout=20000)
        countries = page.locator(".js-plotly-plot .choroplethlocation").count()
        land = page.locator(".js-plotly-plot .geo .layer path, .js-plotly-plot .geo path.land").count()
        assert countries >= 4  # RUS, IRN, USA, QAT, SYR in the sample
        assert land >= 1
        assert any(u.endswith("/app/static/world_110m.json") for u in page.requests), page.requests
        assert chromium[1] == [], f"requests left the machine: {chromium[1]}"
    finally:
        page.context.close()


def test_filter_change_goes_into_the_url_and_back(chromium, app):
    page = open_page(chromium, f"{app.url}/")
    try:
        assert "outlet=" not in page.url
        box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(has_text="Outlets")
        box.locator("input").click()
        page.get_by_role("option", name="TRT World").click()
        page.keyboard.press("Escape")
        settle(page)
        page.wait_for_function("() => location.search.includes('outlet=TRT')", timeout=10000)
        url = page.url
        assert "outlet=TRT+World" in url or "outlet=TRT%20World" in url
        metric = page.locator("[data-testid=stMetric]").filter(has_text="Articles")
        assert "1" in metric.inner_text()
    finally:
        page.context.close()
    fresh = open_page(chromium, url)
    try:
        chips = fresh.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(has_text="Outlets")
        assert "TRT World" in chips.inner_text()
        assert "1" in fresh.locator("[data-testid=stMetric]").filter(has_text="Articles").inner_text()
    finally:
        fresh.context.close()


def test_country_link_keeps_iso3_in_the_url_and_survives_page_switch(chromium, app):
    page = open_page(chromium, f"{app.url}/?country=QAT")
    try:
        sidebar = page.locator("[data-testid=stSidebar]")
        assert "Qatar" in sidebar.locator("[data-testid=stMultiSelect]").filter(has_text="Countries").inner_text()
        assert "1" in page.locator("[data-testid=stMetric]").filter(has_text="Articles").inner_text()
        sidebar.get_by_role("link", name="Articles").click()
        settle(page)
        page.wait_for_function("() => location.pathname.endsWith('/articles')", timeout=10000)
        time.sleep(1)
        assert "country=QAT" in page.url, page.url
        assert "Gas forum opens" in page.locator("[data-testid=stMain]").inner_text()
        assert "Hostile markup" not in page.locator("[data-testid=stMain]").inner_text()
    finally:
        page.context.close()


@pytest.mark.parametrize("path", ["articles?article=a3", "entities?entity=country:IRN"])
def test_hostile_markup_shows_as_text(chromium, app, path):
    page = open_page(chromium, f"{app.url}/{path}")
    try:
        main = page.locator("[data-testid=stMain]")
        text = main.inner_text()
        assert "<script>alert('x')</script>" in text
        assert "<img src=x onerror=alert(1)>" in text
        assert main.locator("img[src=x]").count() == 0
        assert main.locator("[data-testid=stMarkdown] script").count() == 0
        time.sleep(1)
        assert page.dialogs == []
        assert XSS.split(" and ")[1] in text
    finally:
        page.context.close()


def test_clicking_an_entity_bar_opens_its_page_with_the_filters(chromium, app):
    page = open_page(chromium, f"{app.url}/?outlet=TRT+World&country=IRN")
    try:
        chart = page.locator(".js-plotly-plot").nth(2)
        chart.scroll_into_view_if_needed()
        box = chart.locator("g.point path").first.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # plotly's drag layer is on top
        page.wait_for_function("() => location.pathname.endsWith('/entities')", timeout=15000)
        settle(page)
        url = page.url
        assert "entity=" in url and "country=IRN" in url and "outlet=TRT" in url, url
        entity = url.split("entity=")[1].split("&")[0].replace("%3A", ":")
        assert page.locator("[data-testid=stException]").count() == 0
        heading = page.locator("[data-testid=stMain] h3").first.inner_text()
        names = {"country:IRN": "Iran", "country:RUS": "Russia", "country:QAT": "Qatar",
                 "person:vladimir-putin": "Vladimir Putin", "person:bashar-al-assad": "Bashar al-Assad",
                 "place:tehran": "Tehran", "org:gecf": "Gas Exporting Countries Forum"}
        assert names[entity] in heading
    finally:
        page.context.close()


def test_dates_and_undated_from_the_link_and_the_copy_link(chromium, app):
    page = open_page(chromium, f"{app.url}/articles?from=2016-01-01&undated=false")
    try:
        side = page.locator("[data-testid=stSidebar]")
        assert side.locator("input").first.input_value() == "2016-01-01"
        assert not side.get_by_role("checkbox", name="Include undated articles").is_checked()
        main = page.locator("[data-testid=stMain]").inner_text()
        assert "Hostile markup" in main and "Gas forum opens" not in main and "Putin meets Rouhani" not in main
        link = side.locator("[data-testid=stCode]").inner_text().strip()
        assert link.startswith(f"{app.url}/articles?from=2016-01-01&undated=false"), link
    finally:
        page.context.close()


def test_the_main_page_by_its_name_gives_a_live_copy_link(chromium, app):
    # "/overview" is served as the main page (with Streamlit's "Page not found" notice); its copy link must be
    # the main page's, not "…/overview/", which would be that notice again
    page = open_page(chromium, f"{app.url}/overview?undated=false")
    try:
        link = page.locator("[data-testid=stSidebar] [data-testid=stCode]").inner_text().strip()
        assert link == f"{app.url}/?undated=false", link
    finally:
        page.context.close()


def upload(page, article) -> None:
    """Upload one article file on the Data page and wait until it is analysed for this session."""
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(article))
    page.get_by_role("button", name="Analyse for this session").click()
    page.wait_for_function("() => document.body.innerText.includes('uploaded article(s) are included')",
                           timeout=120000)
    settle(page)


def test_upload_is_for_this_session_only(chromium, app, tmp_path):
    article = tmp_path / "berlin.txt"
    article.write_text("Macron meets Merkel in Berlin\n\nFrench President Emmanuel Macron met German Chancellor "
                       "Angela Merkel in Berlin on Tuesday. France and Germany support Ukraine.\n")
    page = open_page(chromium, f"{app.url}/data")
    try:
        upload(page, article)
        assert "4 of 4 articles match" in page.locator("[data-testid=stSidebar]").inner_text()
    finally:
        page.context.close()
    other = open_page(chromium, f"{app.url}/data")
    try:
        assert "3 of 3 articles match" in other.locator("[data-testid=stSidebar]").inner_text()
    finally:
        other.context.close()


def test_date_fields_show_the_whole_date(chromium, app):
    page = open_page(chromium, f"{app.url}/?from=2015-11-01")
    try:
        side = page.locator("[data-testid=stSidebar]")
        scroller = side.locator("[data-testid=stDateInputFieldsScroller]").first.bounding_box()
        field = side.get_by_role("group", name="From")
        for segment in ("year", "month", "day"):  # every segment inside the visible part of the field
            box = field.get_by_role("spinbutton", name=f"{segment}, From").bounding_box()
            assert box and box["x"] + box["width"] <= scroller["x"] + scroller["width"] + 1, segment
        assert "".join(field.inner_text().split()).strip("\u2066\u2069") == "2015-11-01"
    finally:
        page.context.close()


def test_a_date_before_the_corpus_can_be_typed(chromium, app):
    page = open_page(chromium, f"{app.url}/")
    try:
        field = page.locator("[data-testid=stSidebar]").get_by_role("group", name="From")
        # the sample's first article is from 2015-11-23: earlier dates were clamped by the picker's min_value
        for segment, value in (("year", "2014"), ("month", "02"), ("day", "03")):
            field.get_by_role("spinbutton", name=f"{segment}, From").click()
            page.keyboard.type(value)
        page.keyboard.press("Escape")
        page.locator("[data-testid=stMain] h1").first.click()  # the value is committed when the field loses focus
        settle(page)
        page.wait_for_function("() => location.search.includes('from=')", timeout=10000)
        assert "from=2014-02-03" in page.url, page.url
        assert "".join(field.inner_text().split()).strip("\u2066\u2069") == "2014-02-03"
    finally:
        page.context.close()


def test_a_download_is_made_when_clicked(chromium, app):
    page = open_page(chromium, f"{app.url}/data?outlet=TRT+World")
    try:
        with page.expect_download(timeout=30000) as info:
            page.get_by_role("button", name="CSV").first.click()
        body = open(info.value.path(), encoding="utf-8").read()
        assert body.startswith('"article_id","source"') and "Gas forum opens" in body and "Hostile" not in body
    finally:
        page.context.close()


def see(locator, text: str) -> None:
    """Wait (up to 30 s) until the locator's text contains `text`: a rerun on a busy machine may still be drawing."""
    expect(locator).to_contain_text(text, timeout=30000)


def test_an_upload_survives_a_read_link(chromium, app, tmp_path):
    article = tmp_path / "muscat.txt"
    article.write_text("Iran and Oman hold talks in Muscat\n\nIranian and Omani ministers met in Muscat on Sunday. "
                       "Iran said the talks with Oman were useful, and Iran will return next month.\n")
    page = open_page(chromium, f"{app.url}/data")
    try:
        upload(page, article)
        side = page.locator("[data-testid=stSidebar]")
        side.get_by_role("link", name="Entities").click()
        page.wait_for_function("() => location.pathname.endsWith('/entities')", timeout=10000)
        settle(page)
        main = page.locator("[data-testid=stMain]")
        see(main, "Iran said the talks with Oman were useful")
        main.get_by_role("link", name="read · unknown outlet").first.click()
        page.wait_for_function("() => location.pathname.endsWith('/articles')", timeout=10000)
        settle(page)
        see(page.locator("[data-testid=stMain]"), "Iran and Oman hold talks in Muscat")
        see(side, "4 of 4 articles match")  # the same session: the upload is still there
        see(side, "1 uploaded this session")
        assert "uploads=1" in page.url  # the marker that lets a reload say what it lost
        page.reload()  # a new session: the upload is gone, and the page says so
        settle(page)
        main = page.locator("[data-testid=stMain]")
        see(main, "This page was opened with 1 uploaded article from an earlier session; uploads last only for the "
                  "browser session in which they were made")
        see(side, "3 of 3 articles match")
        expect(side).not_to_contain_text("uploaded this session", timeout=30000)
        page.wait_for_function("() => !location.search.includes('uploads=')", timeout=10000)
        side.get_by_role("link", name="Overview").click()  # and on the next page of this session
        page.wait_for_function("() => !location.pathname.endsWith('/articles')", timeout=10000)
        settle(page)
        see(page.locator("[data-testid=stMain]"), "upload them again on the Data page")
    finally:
        page.context.close()


@pytest.fixture(scope="module")
def hedged_app(tmp_path_factory):
    """The sample plus one hypothetical claim by Qatar about Assad (sentence written here)."""
    import pandas as pd

    from analysis import tables as T

    tmp = tmp_path_factory.mktemp("browser_hedged")
    t = sample_tables()
    extra = T.frame("relations", [{"article_id": "a2", "source_id": "country:QAT", "relation": "opposes",
                                   "target_id": "person:bashar-al-assad", "trigger": "could press",
                                   "sentence": "Qatar and Iran are members of the GECF.", "modality": "hypothetical"}])
    t["relations"] = pd.concat([t["relations"], extra], ignore_index=True)
    server = App({"NEWSLENS_TABLES": str(write_tables(t, tmp / "tables"))}, tmp)
    yield server
    server.stop()


def test_hedged_claims_are_off_by_default_and_drawn_apart_when_asked(chromium, hedged_app):
    page = open_page(chromium, f"{hedged_app.url}/alliances?target=person:bashar-al-assad")
    try:
        main = page.locator("[data-testid=stMain]")
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length >= 2", timeout=30000)
        assert "hedged or attributed" not in main.inner_text()
        main.get_by_text("Include hedged and attributed claims").click()
        settle(page)
        page.wait_for_function("() => location.search.includes('hedged=true')", timeout=10000)
        page.wait_for_function("() => document.body.innerText.includes('hedged or attributed')", timeout=20000)
        legend = main.locator(".js-plotly-plot .legendtext").evaluate_all("els => els.map(e => e.textContent).join(' | ')")
        assert "hedged or attributed" in legend, legend
        if os.environ.get("NEWSLENS_SCREENSHOTS") == "1":
            page.screenshot(path=str(SHOTS / "alliances-hedged.png"), full_page=True)
    finally:
        page.context.close()
    fresh = open_page(chromium, f"{hedged_app.url}/alliances?target=person:bashar-al-assad&hedged=true")
    try:
        assert fresh.get_by_role("switch", name="Include hedged and attributed claims").is_checked()
    finally:
        fresh.context.close()


# A chart's point by the start of its customdata (an entity id, an ISO code, or source, relation, target), as
# the centre of its drawn shape: plotly draws a plot's traces in order, one shape per data point.
_LAYERS = {"bar": [".barlayer .trace", ".point path"], "choropleth": [".choroplethlayer .trace", "path.choroplethlocation"],
           "scatter": [".scatterlayer .trace", "path.point"]}
_POINT_CENTRE = """([kind, want, layers]) => {
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
        const traces = (gd._fullData || []).filter(t => t.visible !== false);
        if (!traces.length || traces[0].type !== kind) continue;
        const groups = gd.querySelectorAll(layers[0]);
        for (let t = 0; t < traces.length; t++) {
            const i = (traces[t].customdata || []).findIndex(cd => cd && want.every((w, k) => cd[k] === w));
            if (i < 0 || !groups[t]) continue;
            const r = groups[t].querySelectorAll(layers[1])[i].getBoundingClientRect();
            return {x: r.x + r.width / 2, y: r.y + r.height / 2};
        }
    }
    return null;
}"""


def _click_point(page, kind: str, *want: str) -> None:
    """Click the bar, map country or network marker (kind: its plotly trace type) whose customdata starts with want."""
    arg = [kind, list(want), _LAYERS[kind]]
    page.wait_for_function(f"(a) => ({_POINT_CENTRE})(a) !== null", arg=arg, timeout=30000)
    page.evaluate("() => window.scrollTo(0, 0)")
    where = page.evaluate(_POINT_CENTRE, arg)
    page.mouse.click(where["x"], where["y"])  # plotly's drag layer is on top: a mouse click, not a locator click


def _evidence_text(page) -> str:
    """The page's text below the "Evidence" heading."""
    main = page.locator("[data-testid=stMain]").inner_text()
    return main.split("Evidence", 1)[-1]


def _evidence_until(page, shown: tuple[str, ...] = (), hidden: tuple[str, ...] = (), timeout: float = 30) -> str:
    """Wait until the evidence holds every `shown` text and no `hidden` one (a rerun redraws in steps)."""
    deadline = time.monotonic() + timeout
    while True:
        text = _evidence_text(page)
        if all(s in text for s in shown) and not any(h in text for h in hidden):
            return text
        if time.monotonic() > deadline:
            raise AssertionError(f"evidence should show {shown} and not {hidden}: {text!r}")
        time.sleep(0.3)


def _select(page, key: str, kind: str, *want: str) -> str:
    """Click a chart point (see _click_point), wait for `key` in the URL and the rerun; the URL, percent-decoded."""
    _click_point(page, kind, *want)
    page.wait_for_function(f"() => location.search.includes({key!r})", timeout=15000)
    settle(page)
    return urllib.parse.unquote(page.url)


_FADED = ("() => [...document.querySelectorAll('.barlayer .point path')]"
          ".filter(p => Number(getComputedStyle(p).opacity) < 1).length")  # bars plotly draws as not selected


def test_clicking_a_bar_puts_the_actor_in_the_url_and_a_reload_keeps_it(chromium, app):
    page = open_page(chromium, f"{app.url}/alliances?target=person:bashar-al-assad")
    try:
        assert "Russia supports the regime leader" in _evidence_text(page)
        url = _select(page, "actor=", "bar", "country:USA")
        assert "actor=country:USA" in url, url
        _evidence_until(page, ("The United States wants Assad to step down.",), ("Russia supports the regime leader",))
        assert page.evaluate(_FADED) > 0  # plotly's own highlight of the clicked bar
        page.get_by_role("button", name="Clear selection").click()
        page.wait_for_function("() => !location.search.includes('actor=')", timeout=15000)
        settle(page)
        _evidence_until(page, ("Russia supports the regime leader",))
        # the chart is redrawn without the old highlight
        page.wait_for_function(f"() => document.querySelectorAll('.barlayer .point path').length > 0 && ({_FADED})() == 0",
                               timeout=15000)
    finally:
        page.context.close()
    fresh = open_page(chromium, url)
    try:
        _evidence_until(fresh, ("The United States wants Assad to step down.",), ("Russia supports the regime leader",))
        assert fresh.get_by_role("button", name="Clear selection").count() == 1
    finally:
        fresh.context.close()


def test_clicking_a_map_country_puts_the_member_in_the_url_and_a_reload_keeps_it(chromium, app):
    page = open_page(chromium, f"{app.url}/memberships?org=org:gecf")
    try:
        assert "state 2 claim(s)" in _evidence_text(page)
        url = _select(page, "member=", "choropleth", "QAT")
        assert "member=country:QAT" in url, url
        _evidence_until(page, ("state 1 claim(s)",), ("member: Iran",))
    finally:
        page.context.close()
    fresh = open_page(chromium, url)
    try:
        _evidence_until(fresh, ("state 1 claim(s)",), ("member: Iran",))
    finally:
        fresh.context.close()


def test_clicking_an_arrow_puts_the_pair_in_the_url_and_a_reload_keeps_it(chromium, app):
    page = open_page(chromium, f"{app.url}/alliances?target=person:bashar-al-assad&rollup=country")
    try:
        url = _select(page, "pair=", "scatter", "country:USA", "opposes", "country:SYR")  # rolled up: Assad is Syria
        assert "pair=country:USA~country:SYR" in url, url
        assert "rollup=country" in url
        _evidence_until(page, ("The United States wants Assad to step down.",), ("Russia supports the regime leader",))
    finally:
        page.context.close()
    fresh = open_page(chromium, url)
    try:
        _evidence_until(fresh, ("The United States wants Assad to step down.",), ("Russia supports the regime leader",))
        assert fresh.get_by_role("switch", name="Roll people and places up to their country").is_checked()
    finally:
        fresh.context.close()
# Markdown an article may carry: images and links that would load or lead outside, Streamlit colour and icon
# directives, emphasis, and bare CRs, which end an HTML block in Markdown (written here, not from a corpus).
MARKDOWN_TEXT = ("Iran answered. ![pixel](http://evil.test/p.png) [click](http://evil.test/go) :red[alarm] "
                 ":material/warning: **loud**\r\r![second](http://evil.test/q.png) Iran again.")


@pytest.fixture(scope="module")
def markdown_app(tmp_path_factory):
    """The sample plus one article whose text carries Markdown, with its two mentions of Iran."""
    import pandas as pd

    from analysis import tables as T

    tmp = tmp_path_factory.mktemp("browser_markdown")
    t = sample_tables()
    t["articles"] = pd.concat([t["articles"], T.frame("articles", [{
        "article_id": "a4", "source": "md.txt", "outlet": "Channel News Asia", "title": "Markdown in the text",
        "published": "2017-11-02", "n_words": 20, "text": MARKDOWN_TEXT}])], ignore_index=True)
    ments = [{"article_id": "a4", "entity_id": "country:IRN", "text": "Iran", "start_char": i, "end_char": i + 4,
              "label": "GPE", "sent_index": n, "sent_start": 0, "sent_end": len(MARKDOWN_TEXT),
              "sentence": MARKDOWN_TEXT} for n, i in enumerate((0, MARKDOWN_TEXT.rindex("Iran")))]
    t["mentions"] = pd.concat([t["mentions"], T.frame("mentions", ments)], ignore_index=True)
    t["memberships"] = pd.concat([t["memberships"], T.frame("memberships", [{
        "article_id": "a4", "member_id": "country:IRN", "org_id": "org:gecf", "role": "member", "trigger": "member",
        "sentence": MARKDOWN_TEXT}])], ignore_index=True)  # quoted as evidence on the Memberships page
    server = App({"NEWSLENS_TABLES": str(write_tables(t, tmp / "tables"))}, tmp)
    yield server
    server.stop()


@pytest.mark.parametrize("path", ["articles?article=a4", "entities?entity=country:IRN", "memberships?org=org:gecf"])
def test_markdown_in_an_article_shows_as_text(chromium, markdown_app, path):
    _, outside = chromium
    page = open_page(chromium, f"{markdown_app.url}/{path}")
    try:
        main = page.locator("[data-testid=stMain]")
        text = main.inner_text()
        for raw in ("![pixel](http://evil.test/p.png)", "[click](http://evil.test/go)", ":red[alarm]",
                    ":material/warning:", "**loud**", "![second](http://evil.test/q.png)"):
            assert raw in text, raw
        bad = main.locator("img[src*='evil.test'], a[href*='evil.test'], strong:text('loud')")
        assert bad.count() == 0, bad.evaluate_all("els => els.map(e => e.parentElement.outerHTML)")
        if "memberships" not in path:
            assert main.locator("mark", has_text="Iran").count() >= 1
        time.sleep(1)
        assert not [u for u in outside + page.requests if "evil.test" in u]
    finally:
        page.context.close()
