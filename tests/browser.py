"""Shared helpers for the dashboard tests: a small hand-written corpus of tables, and a real browser.

- `sample_tables()`: tables written with analysis.tables.frame (three outlets, one undated article, one
  article whose text carries `<script>` and `<img onerror>`), so AppTests do not depend on the NLP.
- `write_tables(tables, folder)`: Parquet files the dashboard serves through NEWSLENS_TABLES.
- `App`: starts `streamlit run dashboard/app.py` on a free localhost port in a subprocess (its own cache
  folder), waits for it, stops it.
- `browser()`: Playwright Chromium (/usr/bin/chromium) with every request to a non-localhost host blocked
  and recorded. Skips when Chromium or Playwright is missing, unless NEWSLENS_REQUIRE_BROWSER=1 (CI with
  Chromium installed), where it fails instead.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from analysis import tables as T

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("NEWSLENS_CHROMIUM", "/usr/bin/chromium")  # overridable to test the skip path
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS = "<script>alert('x')</script> and <img src=x onerror=alert(1)>"


def _sentence_of(text: str, start: int) -> tuple[int, int, int]:
    """(sent_index, sent_start, sent_end) of the sentence holding `start` (split on '. ')."""
    bounds, pos = [], 0
    for part in text.split(". "):
        bounds.append((pos, pos + len(part) + 1))
        pos += len(part) + 2
    for i, (s, e) in enumerate(bounds):
        if s <= start < e + 1:
            return i, s, min(e, len(text))
    return len(bounds) - 1, bounds[-1][0], len(text)


def sample_tables() -> dict:
    """A small corpus of every table, written by hand (entity ids and columns as in DESIGN.md)."""
    texts = {
        "a1": ("Putin meets Rouhani in Tehran", "Middle East Eye", None, "ev1",
               "Russian President Vladimir Putin arrived in Tehran on Monday. Russia and Iran back "
               "President Bashar al-Assad. The United States wants Assad to step down."),
        "a2": ("Gas forum opens", "TRT World", "2015-11-23", "ev1",
               "Putin visited Tehran on 23 November 2015. Qatar and Iran are members of the GECF. "
               "Russia supports the regime leader Bashar al Assad."),
        "a3": ("Hostile markup " + XSS, "Channel News Asia", "2017-11-01", "ev2",
               "Iran said " + XSS + " in a statement. Putin visited Iran again."),
    }
    ents = {
        "country:RUS": ("Russia", "country", "RUS", "country:RUS"),
        "country:IRN": ("Iran", "country", "IRN", "country:IRN"),
        "country:USA": ("United States", "country", "USA", "country:USA"),
        "country:QAT": ("Qatar", "country", "QAT", "country:QAT"),
        "person:vladimir-putin": ("Vladimir Putin", "person", "RUS", "country:RUS"),
        "person:bashar-al-assad": ("Bashar al-Assad", "person", "SYR", "country:SYR"),
        "place:tehran": ("Tehran", "place", "IRN", "country:IRN"),
        "org:gecf": ("Gas Exporting Countries Forum", "organisation", None, None),
    }
    forms = {
        "Russian": "country:RUS", "Russia": "country:RUS", "Iran": "country:IRN", "Putin": "person:vladimir-putin",
        "Vladimir Putin": "person:vladimir-putin", "Tehran": "place:tehran", "Bashar al-Assad": "person:bashar-al-assad",
        "Bashar al Assad": "person:bashar-al-assad", "Assad": "person:bashar-al-assad",
        "United States": "country:USA", "Qatar": "country:QAT", "GECF": "org:gecf",
    }
    articles, mentions = [], []
    import re

    for aid, (title, outlet, published, event, text) in texts.items():
        articles.append({"article_id": aid, "source": f"corpus/{aid}.txt", "outlet": outlet, "title": title,
                         "published": published, "date_source": "explicit" if published else None,
                         "event_id": event, "n_words": len(text.split()), "text": text})
        taken: list[tuple[int, int]] = []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                i, ss, se = _sentence_of(text, m.start())
                mentions.append({"article_id": aid, "entity_id": forms[form], "text": form, "start_char": m.start(),
                                 "end_char": m.end(), "sent_index": i, "sent_start": ss, "sent_end": se,
                                 "sentence": text[ss:se]})
    relations = [
        {"article_id": "a1", "source_id": "country:RUS", "relation": "supports", "target_id": "person:bashar-al-assad",
         "trigger": "back", "sentence": "Russia and Iran back President Bashar al-Assad."},
        {"article_id": "a1", "source_id": "country:IRN", "relation": "supports", "target_id": "person:bashar-al-assad",
         "trigger": "back", "sentence": "Russia and Iran back President Bashar al-Assad."},
        {"article_id": "a1", "source_id": "country:USA", "relation": "opposes", "target_id": "person:bashar-al-assad",
         "trigger": "step down", "sentence": "The United States wants Assad to step down."},
        {"article_id": "a2", "source_id": "country:RUS", "relation": "supports", "target_id": "person:bashar-al-assad",
         "trigger": "supports", "sentence": "Russia supports the regime leader Bashar al Assad."},
    ]
    memberships = [
        {"article_id": "a2", "member_id": "country:QAT", "org_id": "org:gecf", "role": "member",
         "sentence": "Qatar and Iran are members of the GECF."},
        {"article_id": "a2", "member_id": "country:IRN", "org_id": "org:gecf", "role": "member",
         "sentence": "Qatar and Iran are members of the GECF."},
    ]
    entities = []
    for eid, (name, typ, iso3, cid) in ents.items():
        ms = [m for m in mentions if m["entity_id"] == eid]
        entities.append({"entity_id": eid, "name": name, "type": typ, "iso3": iso3, "country_id": cid,
                         "in_kb": True, "aliases": " | ".join(sorted({m["text"] for m in ms})),
                         "n_mentions": len(ms), "n_articles": len({m["article_id"] for m in ms})})
    events = [
        {"event_id": "ev1", "label": "Putin in Tehran, Nov 2015", "first_date": "2015-11-23",
         "last_date": "2015-11-23", "n_articles": 2, "outlets": "Middle East Eye | TRT World"},
        {"event_id": "ev2", "label": "Putin in Iran, Nov 2017", "first_date": "2017-11-01",
         "last_date": "2017-11-01", "n_articles": 1, "outlets": "Channel News Asia"},
    ]
    naming = [{"event_id": "ev1", "outlet": "TRT World", "entity_id": "person:bashar-al-assad",
               "form": "Bashar al Assad", "count": 1, "title": "regime leader"}]
    out = {name: T.empty(name) for name in T.TABLES}
    out.update({
        "articles": T.frame("articles", articles), "entities": T.frame("entities", entities),
        "mentions": T.frame("mentions", mentions), "relations": T.frame("relations", relations),
        "memberships": T.frame("memberships", memberships), "events": T.frame("events", events),
        "naming": T.frame("naming", naming),
        "skipped": T.frame("skipped", [{"source": "corpus/broken.bin", "reason": "not text (binary content)"}]),
    })
    return out


def many_tables(n_articles: int = 120, n_outlets: int = 14, n_actors: int = 60) -> dict:
    """A larger corpus of tables, generated (no NLP): many outlets over two years, one sentence repeated in
    every article (wire copy), n_actors countries in a ring of stance claims, one organisation with many
    member claims. For the pages' behaviour at scale: paging, grouped outlets, a bounded network."""
    import datetime as dt

    countries = [f"C{i:02d}" for i in range(n_actors)]
    outlets = [f"Outlet {chr(65 + i)}" for i in range(n_outlets)]
    wire = "Thousands have fled the fighting, according to Russia."
    articles, mentions, relations, memberships = [], [], [], []
    for i in range(n_articles):
        aid = f"m{i:03d}"
        own = f"Report {i} says C{i % n_actors:02d} backs C{(i + 1) % n_actors:02d}."
        text = f"{own} {wire}"
        articles.append({"article_id": aid, "source": f"many/{aid}.txt", "outlet": outlets[i % n_outlets],
                         "title": f"Story {i}", "published": dt.date(2022, 1, 1) + dt.timedelta(days=6 * i),
                         "date_source": "metadata", "event_id": f"ev-{i // 3}", "n_words": len(text.split()),
                         "text": text})
        w = text.index(wire)
        mentions.append({"article_id": aid, "entity_id": "country:RUS", "text": "Russia",
                         "start_char": text.index("Russia"), "end_char": text.index("Russia") + 6, "sent_index": 1,
                         "sent_start": w, "sent_end": len(text), "sentence": wire})
        src, tgt = f"country:{countries[i % n_actors]}", f"country:{countries[(i + 1) % n_actors]}"
        mentions.append({"article_id": aid, "entity_id": "country:RUS", "text": "Russia", "start_char": 0,
                         "end_char": 6, "sent_index": 0, "sent_start": 0, "sent_end": len(own),
                         "sentence": own.replace("Report", "Russia report")})
        relations.append({"article_id": aid, "source_id": src, "relation": "supports" if i % 3 else "opposes",
                          "target_id": tgt, "trigger": "backs", "sentence": own})
        memberships.append({"article_id": aid, "member_id": src, "org_id": "org:gecf", "role": "member",
                            "sentence": f"{countries[i % n_actors]} is a member of the GECF (report {i})."})
    entities = [{"entity_id": f"country:{c}", "name": f"Country {c}", "type": "country", "iso3": "IRN",
                 "country_id": f"country:{c}", "in_kb": False} for c in countries]
    entities += [{"entity_id": "country:RUS", "name": "Russia", "type": "country", "iso3": "RUS",
                  "country_id": "country:RUS", "in_kb": True, "n_mentions": 2 * n_articles, "n_articles": n_articles},
                 {"entity_id": "org:gecf", "name": "Gas Exporting Countries Forum", "type": "organisation",
                  "in_kb": True}]
    out = {name: T.empty(name) for name in T.TABLES}
    out.update({"articles": T.frame("articles", articles), "entities": T.frame("entities", entities),
                "mentions": T.frame("mentions", mentions), "relations": T.frame("relations", relations),
                "memberships": T.frame("memberships", memberships)})
    return out


@pytest.fixture(scope="session")
def many_tables_dir(tmp_path_factory):
    """many_tables() as Parquet, for NEWSLENS_TABLES."""
    return write_tables(many_tables(), tmp_path_factory.mktemp("many_tables"))


def write_tables(tables: dict, folder: Path) -> Path:
    """Write tables as `<name>.parquet` into folder (what NEWSLENS_TABLES serves) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        df.to_parquet(folder / f"{name}.parquet", index=False)
    return folder


def free_port() -> int:
    """A free TCP port on localhost."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    """`streamlit run dashboard/app.py` (or another script) in a subprocess on a free localhost port."""

    def __init__(self, env: dict[str, str], tmp: Path, script: Path = ROOT / "dashboard" / "app.py"):
        self.port = free_port()
        self.url = f"http://localhost:{self.port}"
        self.log = tmp / f"streamlit-{self.port}.log"
        full_env = {**os.environ, "NEWSLENS_CACHE": str(tmp / "cache"), **env}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script),
             "--server.port", str(self.port), "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=full_env, stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"streamlit did not start: {self.log.read_text(errors='replace')[-2000:]}")

    def stop(self) -> None:
        """Stop the server (this process only)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def _skip_or_fail(reason: str):
    if os.environ.get("NEWSLENS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"NEWSLENS_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def browser():
    """Yield (browser, outside) where `outside` lists every blocked request to a non-localhost host."""
    if not Path(CHROMIUM).exists():
        _skip_or_fail(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("playwright is not installed")
    outside: list[str] = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)

        def guard(route):
            host = urlsplit(route.request.url).hostname or ""
            if route.request.url.startswith(("data:", "blob:")) or host in ("localhost", "127.0.0.1", "::1"):
                return route.continue_()
            outside.append(route.request.url)
            return route.abort()

        b.guard = guard  # contexts call context.route("**/*", b.guard)
        try:
            yield b, outside
        finally:
            b.close()


# ------------------------------------------------------------------------------------------- AppTest


@pytest.fixture(autouse=True)
def restore_tables_env():
    """run_app sets NEWSLENS_TABLES for the app's reruns; put it back after each test (no leak to others)."""
    before = os.environ.get("NEWSLENS_TABLES")
    yield
    if before is None:
        os.environ.pop("NEWSLENS_TABLES", None)
    else:
        os.environ["NEWSLENS_TABLES"] = before


@pytest.fixture(scope="session")
def sample_tables_dir(tmp_path_factory):
    """The sample tables as Parquet, for NEWSLENS_TABLES."""
    return write_tables(sample_tables(), tmp_path_factory.mktemp("sample_tables"))


def run_app(tables_dir: Path, page: str | None = None, query: dict | None = None, timeout: float = 60):
    """Run dashboard/app.py in AppTest on `tables_dir`, on `page` (e.g. "entities"), with query params set first."""
    from streamlit.testing.v1 import AppTest

    os.environ["NEWSLENS_TABLES"] = str(tables_dir)
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=timeout)
    if page:
        # Each page's url_path is its file name, so the page resolves before the first run, as a fresh link does.
        at.switch_page(f"views/{page}.py")
    at.query_params.update(query or {})
    at.run()
    return at


def texts(at) -> str:
    """All markdown, caption, info, title and subheader text of a run, joined (for assertions)."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error"):
        parts += [str(getattr(e, "value", "")) for e in getattr(at, kind)]
    return "\n".join(parts)

def settle(page, timeout: float = 60) -> None:
    """Wait until the script has run and the page is drawn (no running indicator, no skeletons)."""
    page.wait_for_selector("[data-testid=stMain] h1", timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    calm = 0
    while time.monotonic() < deadline:
        busy = page.evaluate("""() => !!document.querySelector('[data-testid=stStatusWidget]')
            || document.querySelectorAll('[data-testid=stSkeleton]').length > 0""")
        # Streamlit shows its running indicator only some time after a run starts, so one calm look
        # under load can come before the run is visible; ask for three in a row.
        calm = 0 if busy else calm + 1
        if calm >= 3:
            time.sleep(0.8)  # let plotly finish drawing
            return
        time.sleep(0.3)


def open_page(chromium, url, viewport=(1400, 1000)):
    """A fresh context and page with outside requests blocked and dialogs recorded."""
    b, _ = chromium
    ctx = b.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    ctx.route("**/*", b.guard)
    page = ctx.new_page()
    page.dialogs = []
    page.requests = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: page.requests.append(r.url))
    page.goto(url)
    settle(page)
    return page
