"""Uploads live in the browser session: the URL carries `uploads=N` while a session has them, and a session
opened with that marker but without uploads (a reload) says on every page that they are gone (issue 14, item 3)."""

from __future__ import annotations

import pytest

from browser import run_app, sample_tables, sample_tables_dir, texts, restore_tables_env  # noqa: F401 (fixtures)

NOTICE = "uploads last only for the browser session in which they were made"


def _marker(at) -> list[str]:
    value = at.query_params.get("uploads")
    return [] if value is None else ([value] if isinstance(value, str) else list(value))


def _notices(at) -> list[str]:
    return [w.value for w in at.warning if NOTICE in w.value]


def _uploaded(n: int) -> dict:
    """This session's tables as analyse_uploads leaves them: n copies of a sample article under new ids."""
    import pandas as pd

    t = sample_tables()
    out = {}
    for name, df in t.items():
        if "article_id" in df.columns:
            rows = df[df["article_id"] == "a1"]
            df = pd.concat([rows.assign(article_id=f"up{i}") for i in range(n)], ignore_index=True)
            if name == "articles":
                df["source"] = [f"upload:up{i}.txt" for i in range(n)]
        out[name] = df
    return out


@pytest.mark.parametrize("page", ["overview", "entities", "articles", "alliances", "memberships", "outlets", "data"])
@pytest.mark.parametrize("n, said", [("3", "opened with 3 uploaded articles"), ("1", "opened with 1 uploaded article ")])
def test_a_session_opened_with_the_marker_but_no_uploads_says_they_are_gone(sample_tables_dir, page, n, said):
    at = run_app(sample_tables_dir, page=page, query={"uploads": n, "outlet": "TRT World"})
    assert not at.exception, [e.value for e in at.exception]
    (notice,) = _notices(at)
    assert said in notice and "upload them again on the Data page" in notice
    assert _marker(at) == [] and at.query_params.get("outlet") in ("TRT World", ["TRT World"])  # filters kept
    at.switch_page("views/outlets.py" if page != "outlets" else "views/overview.py").run()
    assert len(_notices(at)) == 1  # on the next page of this session too


@pytest.mark.parametrize("value", ["0", "-2", "abc", "", "²", "99999999"])
def test_a_malformed_marker_is_dropped_without_a_notice(sample_tables_dir, value):
    at = run_app(sample_tables_dir, query={"uploads": value})
    assert not at.exception and _notices(at) == [] and _marker(at) == []


def test_a_session_with_uploads_keeps_the_marker_and_its_links_carry_it(sample_tables_dir):
    at = run_app(sample_tables_dir, page="entities", query={"entity": "country:IRN"})
    assert _marker(at) == []
    at.session_state["_newslens_uploads"] = _uploaded(2)
    at.run()
    assert not at.exception and _marker(at) == ["2"] and _notices(at) == []
    assert "2 uploaded this session" in texts(at)
    links = [el.proto.query_string for el in at.get("page_link")]
    assert links and all("uploads=2" in q for q in links), links  # a "read" link keeps it
    assert "uploads=2" in at.sidebar.code[0].value  # and the link to this view
    at.switch_page("views/articles.py").run()
    assert _marker(at) == ["2"] and _notices(at) == []


def test_clearing_this_sessions_uploads_drops_the_marker_quietly(sample_tables_dir):
    at = run_app(sample_tables_dir)
    at.session_state["_newslens_uploads"] = _uploaded(1)
    at.run()
    assert _marker(at) == ["1"]
    del at.session_state["_newslens_uploads"]
    at.run()
    assert not at.exception and _marker(at) == [] and _notices(at) == []


def test_uploading_again_ends_the_notice(sample_tables_dir):
    at = run_app(sample_tables_dir, page="data", query={"uploads": "2"})
    assert len(_notices(at)) == 1
    at.session_state["_newslens_uploads"] = _uploaded(2)
    at.run()
    assert _notices(at) == [] and _marker(at) == ["2"]
