"""Dashboard speed as a user sees it: a real `streamlit run` server and headless Chromium, per page and size.

An independent check of bench_dashboard.py (which times AppTest reruns in-process). Tables are tiled from a
real build with bench_dashboard.tile (imported, not copied) to 20,000 and 100,000 articles; each size (and
the untiled seeds, the baseline) gets its own `streamlit run dashboard/app.py` (headless, free port,
NEWSLENS_TABLES = the tiled folder) and Chromium (Playwright, /usr/bin/chromium as tests/browser.py launches it).

Idle signal. Streamlit's status widget shows its running icon only 500 ms after a run starts, so it cannot
tell a short run from no run, nor a run from the drawing that follows it. The app root carries the frontend's
own run state (`[data-testid=stApp][data-test-script-state]`: rerunRequested / running / notRunning, next to
`data-test-connection-state=CONNECTED`), which Streamlit's own end-to-end tests wait on. A script injected
before the page loads counts every finished run on the wire (the server's ForwardMsg `script_finished`; React
may batch a fast run's "running" and "notRunning" into one render, so the attribute alone can miss a run) and,
on every animation frame, checks "idle": not running and connected; no element still marked stale from the
previous run (`data-stale=true`); no skeleton; no running icon in the status widget; the page's h1 there;
every Plotly chart has its SVG and every map its land/country paths (a map's shapes load asynchronously). Any
change to the page (a MutationObserver on the app's view container: a chart redrawn at its measured width, a
table's rows) ends an idle stretch. The clock stops at the first frame of the idle stretch that follows a run
finished after the trigger and lasts QUIET seconds (so a follow-up run or a late redraw is waited for, and not
counted as idle). Verified two ways: the script records a signature of the page (element count, text length,
SVG path count) at that frame and 2 s later takes it again ("drawn" is `ok` when nothing changed: the page was
complete when the clock stopped); --shots saves what the page showed; tests/test_bench_browser.py checks the
detector on a tiny app that sleeps before it draws.

Per page (fresh browser context = a fresh session):
- first: URL open -> idle, data shown (the first page of a size is the server's first session: tables load);
- rerun: the "r" keyboard shortcut (a plain rerun, nothing changed), best of --rounds;
- filter: an outlet chosen in the sidebar, then cleared, alternately (each a real change), best of --rounds;
  the biggest outlet, so on a corpus of many small outlets "chosen" is a small page and "cleared" the whole;
- date: the sidebar's From date typed, a different date each round (10th, 20th, … percentile of the
  size's dates: most articles kept, no filter repeated, so no cached result), best of --rounds;
- ×seeds: ratios against the same page on the untiled base tables (the seeds, or --corpus / --tables), served
  and measured the same way in the same run.
Server memory: the streamlit process's VmHWM (/proc/PID/status: the kernel's own peak RSS; no sampling gap).
Nothing asserts a time (house rule); the issue's targets are printed next to the numbers.

Usage: python bench/bench_browser.py [--sizes 20000,100000] [--rounds 3] [--pages overview,…]
           [--tables DIR | --corpus PATH] [--work DIR (reuse tiled tables)] [--shots DIR (screenshots)]
"""

from __future__ import annotations

import argparse
import difflib
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests", ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import pandas as pd  # noqa: E402

from bench_dashboard import PAGES, tile  # noqa: E402
from browser import CHROMIUM, CHROMIUM_ARGS, App  # noqa: E402

QUIET = 0.5  # s with no run and no change to the page before the clock's stop is accepted
TIMEOUT = float(os.environ.get("NEWSLENS_BENCH_TIMEOUT", 120))  # s for any one step; longer is reported as `fail`

# Injected before every document: counts runs, marks the first frame of each idle stretch (performance.now()).
IDLE_JS = """
(() => {
  const S = window.__nl = {runs: 0, finishedAt: 0, idleSince: null, sig: null};
  // Runs are counted on the wire: the server's ForwardMsg `script_finished` (field 6, streamlit/proto). The
  // frontend's run-state attribute is not enough: React may batch "running" and "notRunning" of a fast run
  // into one render, and the attribute never changes.
  const varint = (b, i) => { let v = 0, m = 1, x; do { x = b[i++]; v += (x & 127) * m; m *= 128; } while (x & 128);
                             return [v, i]; };
  const topFields = (buf) => {
    const b = new Uint8Array(buf), out = [];
    let i = 0, key, len;
    while (i < b.length) {
      [key, i] = varint(b, i);
      const w = key % 8;
      out.push(Math.floor(key / 8));
      if (w === 0) [, i] = varint(b, i);
      else if (w === 2) { [len, i] = varint(b, i); i += len; }
      else if (w === 1) i += 8; else if (w === 5) i += 4; else break;
    }
    return out;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (ev) => {
        if (ev.data instanceof ArrayBuffer && topFields(ev.data).includes(6)) {
          S.runs += 1; S.finishedAt = performance.now(); S.idleSince = null;
        }
      });
    }
  };
  const signature = () => {
    const main = document.querySelector('[data-testid=stAppViewContainer]') || document.body;
    return [main.querySelectorAll('*').length, (main.innerText || '').length,
            main.querySelectorAll('svg path').length].join('/');
  };
  S.signature = signature;
  S.mainText = () => (document.querySelector('[data-testid=stAppViewContainer]') || document.body).innerText;
  const idle = () => {
    const app = document.querySelector('[data-testid=stApp]');
    S.why = 'no app';
    if (!app) return false;
    const state = app.getAttribute('data-test-script-state');
    S.why = state + ' ' + app.getAttribute('data-test-connection-state');
    if (state !== 'notRunning' || app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
    S.why = 'stale, skeleton or running icon';
    if (document.querySelector('[data-stale=true], [data-testid=stSkeleton], '
        + '[data-testid=stStatusWidgetRunningIcon], [data-testid=stStatusWidgetRunningManIcon]')) return false;
    S.why = 'no h1';
    if (!document.querySelector('[data-testid=stMain] h1')) return false;
    S.why = 'a chart not drawn';
    for (const c of document.querySelectorAll('[data-testid=stPlotlyChart]')) {
      if (!c.querySelector('.main-svg')) return false;
      for (const g of c.querySelectorAll('.geo')) if (!g.querySelector('.layer path, path.land')) return false;
    }
    S.why = '';
    return true;
  };
  const tick = (t) => {
    if (idle()) {
      if (S.idleSince === null) { S.idleSince = performance.now(); S.sig = signature(); S.text = S.mainText(); }
    }
    else { S.idleSince = null; }
    requestAnimationFrame(tick);
  };
  // Any change to the page (a chart redrawn at its measured width, a table's rows) ends the idle stretch:
  // the clock stops at the first frame after the page's last change. Popovers (an open dropdown, the date
  // picker's calendar) live outside the app's view container and are not the page's data.
  new MutationObserver((records) => {
    const view = document.querySelector('[data-testid=stAppViewContainer]');
    if (!view || records.some((r) => view.contains(r.target))) S.idleSince = null;
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  requestAnimationFrame(tick);
})();
"""

WAIT_JS = "([runs, quiet]) => window.__nl && __nl.runs > runs && __nl.idleSince !== null" \
          " && performance.now() - __nl.idleSince >= quiet * 1000 && [__nl.idleSince]"


def page_url(base: str, page: str) -> str:
    """The page's address (overview is the default page, served at /)."""
    return f"{base}/" if page == "overview" else f"{base}/{page}"


def wait_idle(pg, runs_before: int, timeout: float = TIMEOUT) -> float:
    """Wait for a run after `runs_before` and QUIET s of idle; return the performance.now() its idle began."""
    try:
        return pg.wait_for_function(WAIT_JS, arg=[runs_before, QUIET], timeout=timeout * 1000,
                                    polling=50).json_value()[0]
    except Exception as exc:
        why = pg.evaluate("window.__nl ? [__nl.runs, __nl.why] : 'no idle script'")
        pg.screenshot(path=str(Path(tempfile.gettempdir()) / "newslens-bench-browser-stuck.png"), full_page=True)
        raise RuntimeError(f"{pg.url}: not idle after {timeout} s (runs before {runs_before}; now {why})") from exc


def drawn(pg, settle: float = 2.0) -> str:
    """`ok` when the page's signature `settle` s later equals the one taken as the clock stopped."""
    at_stop = pg.evaluate("__nl.sig")
    time.sleep(settle)
    later = pg.evaluate("__nl.signature()")
    if later == at_stop:
        return "ok"
    before, after = pg.evaluate("[__nl.text, __nl.mainText()]")
    diff = [ln for ln in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if ln[:1] in "+-" and ln[:3] not in ("+++", "---")]
    return f"changed {at_stop} -> {later}: " + " | ".join(diff[:6])[:400]


def timed(pg, trigger) -> float:
    """Seconds from just before `trigger()` to the first idle frame after the run it started."""
    runs, t0 = pg.evaluate("[__nl.runs, performance.now()]")
    trigger()
    return (wait_idle(pg, runs) - t0) / 1000


def open_timed(ctx, url: str):
    """A new page in ctx opened at url: (page, seconds from goto to the first idle frame with data drawn)."""
    pg = ctx.new_page()
    wall0 = time.time() * 1000
    pg.goto(url, wait_until="commit")
    idle_at = wait_idle(pg, 0)
    origin = pg.evaluate("performance.timeOrigin")
    return pg, (origin + idle_at - wall0) / 1000


def _outlet_box(pg):
    return pg.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(has_text="Outlets")


def choose_outlet(pg, outlet: str):
    """A trigger: open the sidebar's Outlets box and pick `outlet` (the click on the option is the change)."""
    box = _outlet_box(pg)
    box.locator("input").click()
    box.locator("input").fill(outlet)  # the list is virtualised: only the options in view exist in the page
    option = pg.get_by_role("option").filter(has_text=outlet).first
    option.wait_for(timeout=30000)

    def trigger():
        option.click()
    return trigger


def clear_outlets(pg):
    """A trigger: remove the chosen outlet with the chip's close button."""
    pg.keyboard.press("Escape")
    close = _outlet_box(pg).locator("button[aria-label^='Remove ']").first
    close.wait_for(timeout=30000)
    return close.click


def set_from_date(pg, day: str):
    """A trigger: type `day` (YYYY-MM-DD) into the sidebar's From date and confirm it (Enter, then Escape)."""
    box = pg.locator("[data-testid=stSidebar] [data-testid=stDateInput]").filter(has_text="From")
    field = box.locator("input")
    pg.keyboard.press("Escape")

    def trigger():
        field.fill(day)  # the picker may commit as soon as the date is complete, so the typing is timed too
        field.press("Enter")
        pg.keyboard.press("Escape")
    return trigger


def from_dates(folder: Path, rounds: int) -> list[str]:
    """`rounds` different From dates at the 10th, 20th, … percentile of the folder's own article dates (each
    keeps most articles, and none repeats a filter an earlier round already ran)."""
    days = pd.to_datetime(pd.read_parquet(folder / "articles.parquet", columns=["published"])["published"]).dropna()
    # After the first date only (the sidebar's From starts there: the same date is no change, no run, and the
    # clock waited for the timeout), each once: a 3-article corpus has fewer dates than rounds.
    later = days[days > days.min()] if len(days) else days
    picked = [later.quantile(0.1 * (i + 1)).strftime("%Y-%m-%d") for i in range(rounds)] if len(later) else []
    return list(dict.fromkeys(picked))


def plain_rerun(pg):
    """A trigger: Streamlit's "r" shortcut (focus off any input, or the key would be typed)."""
    pg.keyboard.press("Escape")
    pg.evaluate("document.activeElement && document.activeElement.blur()")
    return lambda: pg.keyboard.press("r")


def _hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_page(b, url: str, n: int, page: str, rounds: int, outlet: str, dates: list[str],
                 shots: Path | None) -> dict:
    """One page in a fresh context: first load, plain reruns, outlet chosen/cleared; a failure is recorded."""
    r = {"first": None, "rerun": None, "filter": None, "date": None, "drawn": "-", "drawn_filter": "-",
         "data_shown": False,
         "exception": 0, "error": ""}
    ctx = b.new_context(viewport={"width": 1400, "height": 1000})
    ctx.add_init_script(IDLE_JS)
    try:
        pg, r["first"] = open_timed(ctx, url)
        r["drawn"] = drawn(pg)
        r["exception"] = pg.locator("[data-testid=stException]").count()
        r["data_shown"] = f"{n} of {n} articles match" in pg.locator("[data-testid=stSidebar]").inner_text()
        if shots:
            pg.screenshot(path=str(shots / f"{n}-{page}-first.png"), full_page=True)
        r["rerun"] = min(timed(pg, plain_rerun(pg)) for _ in range(rounds))
        times = []
        for i in range(rounds):  # alternate, so every run has a real change to compute
            times.append(timed(pg, choose_outlet(pg, outlet) if i % 2 == 0 else clear_outlets(pg)))
            if i == 0:
                r["drawn_filter"] = drawn(pg)
                if shots:
                    pg.screenshot(path=str(shots / f"{n}-{page}-filter.png"), full_page=True)
        r["filter"] = min(times)
        r["date"] = min(timed(pg, set_from_date(pg, day)) for day in dates) if dates else None
    except Exception as exc:  # a page that never settles is a result too; the next page still runs
        r["error"] = str(exc).splitlines()[0][:300]
    finally:
        ctx.close()
    return r


def measure(folder: Path, n: int, pages, rounds: int, outlet: str, shots: Path | None, tmp: Path) -> dict:
    """One server on `folder`, one Chromium: per page first load, rerun and filter (best of rounds)."""
    from playwright.sync_api import sync_playwright

    server = App({"NEWSLENS_TABLES": str(folder), "STREAMLIT_LOGGER_LEVEL": "error"}, tmp)
    res = {"pages": {}}
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                for page in pages:
                    r = res["pages"][page] = measure_page(b, page_url(server.url, page), n, page, rounds, outlet,
                                                          from_dates(folder, rounds), shots)
                    print(f"  {n:>7} {page:<12} first {_s(r['first'])}  rerun {_s(r['rerun'])}  "
                          f"filter {_s(r['filter'])}  date {_s(r['date'])}  "
                          f"drawn {r['drawn']}/{r['drawn_filter']} {r['error']}",
                          flush=True)
            finally:
                b.close()
        res["rss"] = _hwm_mb(server.proc.pid)
    finally:
        server.stop()
    return res


def _s(v, width: int = 6) -> str:
    """A time in seconds, or `fail` when the step did not finish."""
    return f"{v:>{width}.2f}" if v is not None else f"{'fail':>{width}}"


def _ratio(v, base, width: int) -> str:
    return f"{v / base:>{width}.1f}" if v is not None and base else f"{'-':>{width}}"


def _tables(args, work: Path) -> Path:
    """The base tables: --tables, or a build of --corpus (default seeds/) kept in work/base for reuse."""
    if args.tables:
        return Path(args.tables)
    base = work / "base"
    src = str(Path(args.corpus or ROOT / "seeds").resolve())
    stamp = base / "SOURCE"
    if not (stamp.exists() and stamp.read_text() == src and (base / "articles.parquet").exists()):
        subprocess.run([sys.executable, "-m", "analysis", "build", src, "--out", str(base)], check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)
        stamp.write_text(src)
    return base


def _tiled(base: Path, work: Path, n: int) -> Path:
    """Tiled tables of n articles under work/, reused when tiled from the same base tables."""
    dst = work / f"t{n}"
    key = json.dumps([str(base.resolve()), (base / "articles.parquet").stat().st_mtime_ns])
    stamp = dst / "TILED_FROM"
    if stamp.exists() and stamp.read_text() == key:
        return dst
    start = time.perf_counter()
    tile(base, dst, n)
    stamp.write_text(key)
    print(f"tiled {n} articles in {time.perf_counter() - start:.1f} s", flush=True)
    return dst


def main(argv=None) -> int:
    """Tile (or reuse), serve each size, time each page in Chromium, print."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="20000,100000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pages", default=",".join(PAGES))
    ap.add_argument("--tables", help="a built tables folder to tile (default: build the seeds)")
    ap.add_argument("--corpus", help="articles to build and tile (a file or folder; default: the repo's seeds/)")
    ap.add_argument("--work", help="folder for the base build and tiled tables, reused across runs")
    ap.add_argument("--shots", help="save a screenshot of each page as its clock stopped (first load, filter)")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the servers on the way out (`finally`)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is not installed (apt-get install chromium); nothing measured", file=sys.stderr)
        return 1
    pages = [p for p in args.pages.split(",") if p]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="newslens-bench-browser-"))
    work.mkdir(parents=True, exist_ok=True)
    shots = Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    base = _tables(args, work)
    arts = pd.read_parquet(base / "articles.parquet")
    counts = arts["outlet"].dropna().astype(str).value_counts()
    outlet = sorted(counts[counts == counts.max()].index)[0]  # the biggest outlet (first by name on a tie)
    n_seed = len(arts)
    folders = {n_seed: base}
    folders.update({n: _tiled(base, work, n) for n in (int(s) for s in args.sizes.split(",") if s)})
    results = {}
    for n, folder in folders.items():
        load = os.getloadavg()
        results[n] = measure(folder, n, pages, args.rounds, outlet, shots, work)
        results[n]["load"] = load
        print(f"measured {n} articles (load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}); "
              f"server max RSS {results[n]['rss']:.0f} MB", flush=True)
    print(f"\nbrowser check (Chromium, `streamlit run`), outlet filter {outlet!r}, best of {args.rounds}")
    print(f"{'page':<12} {'articles':>8} {'first s':>8} {'rerun s':>8} {'filter s':>9} {'date s':>7} {'target':>7}"
          f" {'rerun×seeds':>12} {'filter×seeds':>13} {'date×seeds':>11} {'drawn':>6}")
    for page in pages:
        b = results[n_seed]["pages"][page]
        for n, res in results.items():
            r = res["pages"][page]
            target = "0.5" if n >= 100_000 else "1.0" if n >= 20_000 else "-"
            ok = "ok" if r["drawn"] == "ok" and r["drawn_filter"] == "ok" and r["data_shown"] \
                and not r["exception"] and not r["error"] else "CHECK"
            print(f"{page:<12} {n:>8} {_s(r['first'], 8)} {_s(r['rerun'], 8)} {_s(r['filter'], 9)} "
                  f"{_s(r['date'], 7)} {target:>7} {_ratio(r['rerun'], b['rerun'], 12)} "
                  f"{_ratio(r['filter'], b['filter'], 13)} {_ratio(r['date'], b['date'], 11)} {ok:>6}")
    first = pages[0]
    print("\nfirst load (the server's first session: tables loaded, page drawn) and server max RSS per size:")
    for n, res in results.items():
        f0 = res["pages"][first]["first"]
        f_seed = results[n_seed]["pages"][first]["first"]
        print(f"  {n:>8} articles: first load {_s(f0, 0)} s (×{_ratio(f0, f_seed, 0)}"
              f" seeds), max RSS {res['rss']:.0f} MB (×{res['rss'] / results[n_seed]['rss']:.1f} seeds), "
              f"load avg {res['load'][0]:.2f}")
    for n, res in results.items():
        for page, r in res["pages"].items():
            if r["drawn"] != "ok" or r["drawn_filter"] != "ok":
                print(f"  note: {n} {page}: the page changed after the clock stopped: {r['drawn']} / "
                      f"{r['drawn_filter']}")
            if not r["data_shown"] or r["exception"] or r["error"]:
                print(f"  note: {n} {page}: data shown {r['data_shown']}, exceptions {r['exception']} {r['error']}")
    print(f"targets: rerun ≤ 0.5 s at 100k and ≤ 1 s at 20k, first load of 100k ≤ 5 s, server ≤ 2048 MB "
          f"({dt.date.today()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
