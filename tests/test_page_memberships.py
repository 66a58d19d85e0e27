"""AppTests of the Memberships page: the map's data, the lists and the evidence, on hand-written tables and
on the seeds."""

from __future__ import annotations

import pytest

from test_page_alliances import EMPTY, figures, frame_with, many, run_page, seeds_dir, small, texts, url  # noqa: F401 (fixtures)


def roles_on_map(fig: dict) -> dict[str, set[str]]:
    """{role: ISO-3 codes} of the choropleth traces."""
    return {t["name"]: set(t["locations"]) for t in fig["data"] if t["type"] == "choropleth"}


def test_default_view_draws_the_org_with_most_members(small, monkeypatch):
    at = run_page("memberships", small, monkeypatch)
    assert at.selectbox(key="org").value == "org:forum"
    fig = figures(at)["memberships_map"]
    assert roles_on_map(fig) == {"member": {"RUS", "QAT"}, "attendee": {"BOL"}}
    # offline map: plotly is told to fetch the topojson from the app's static folder
    el = at.get("plotly_chart")[0]
    assert '"topojsonURL": "app/static/"' in el.proto.config or '"topojsonURL":"app/static/"' in el.proto.config
    members = frame_with(at, "name", "role", "type")
    assert list(members["name"]) == ["Qatar", "Russia", "President One", "President Two"]
    countries = frame_with(at, "country", "stated_in").set_index("iso3")
    assert countries.loc["RUS", "outlets"] == "Outlet A | Outlet B"
    assert "Title one — Outlet A" in countries.loc["RUS", "stated_in"]
    assert countries.loc["BOL", "country"] == "Bolivia"  # named from the ISO code when no entity names it
    page = texts(at)
    assert "member: Qatar, Russia" in page and "attendee: President One, President Two" in page


def test_query_parameter_selects_the_org(small, monkeypatch):
    at = run_page("memberships", small, monkeypatch, {"org": "org:other"})
    assert at.selectbox(key="org").value == "org:other"
    assert roles_on_map(figures(at)["memberships_map"]) == {"observer": {"IRN"}}
    assert "observer: Iran" in texts(at)


def test_country_picker_narrows_the_evidence(small, monkeypatch):
    at = run_page("memberships", small, monkeypatch)
    at.selectbox(key="member").set_value("country:BOL").run()
    assert not at.exception
    page = texts(at)
    assert "attendee: President Two" in page and "member: Qatar" not in page


def test_filtered_to_nothing_shows_the_empty_state(small, monkeypatch):
    at = run_page("memberships", small, monkeypatch, EMPTY)
    assert any("No membership claim matches these filters." in i.value for i in at.info)
    assert figures(at) == {}


def test_seeds_gecf_members_on_the_map(seeds_dir, monkeypatch):
    at = run_page("memberships", seeds_dir, monkeypatch)
    assert at.selectbox(key="org").value == "org:gecf"
    members = roles_on_map(figures(at)["memberships_map"])["member"]
    assert members == {"DZA", "BOL", "EGY", "GNQ", "IRN", "LBY", "NGA", "QAT", "RUS", "TTO", "ARE", "VEN"}
    assert len(frame_with(at, "name", "role", "type").query("role == 'member'")) == 12
    # 000's attendees are members too: the map shows their strongest role, the count every role named
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Members"], metrics["Attendees"]) == ("12", "4")


def test_a_row_without_an_organisation_is_left_off(small, monkeypatch, tmp_path):
    """Tables an older build wrote may hold attendance with no organisation: the page maps organisations only."""
    import pandas as pd

    from analysis import tables
    from browser import write_tables
    from test_charts_analysis import make_tables

    tabs = make_tables()
    extra = tables.frame("memberships", [{"article_id": "a2", "member_id": "country:QAT", "org_id": None,
                                          "role": "attendee", "sentence": "Qatar's emir attended.", "sent_start": 50}])
    tabs["memberships"] = tables.conform("memberships", pd.concat([tabs["memberships"], extra]))
    at = run_page("memberships", write_tables(tabs, tmp_path / "t"), monkeypatch)
    assert not at.exception and at.selectbox(key="org").value == "org:forum"
    assert "Qatar&#x27;s emir attended." not in texts(at) and not at.expander


def test_evidence_of_a_large_organisation_comes_a_page_at_a_time(many, monkeypatch):
    at = run_page("memberships", many, monkeypatch, {"org": "org:gecf"})
    pager = next(n for n in at.number_input if n.key.startswith("memberships_page"))
    assert pager.value == 1 and "sentences 1–20 of 120" in texts(at)
    quotes = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert len(quotes) == 20
    pager.set_value(6).run()
    assert len([m.value for m in at.markdown if m.value.startswith("> ")]) == 20
    assert "sentences 101–120 of 120" in texts(at)


def test_org_picker_counts_each_actor_once_by_role(small, monkeypatch):
    # "The Forum · 4 member(s) named" read as four members where the metrics below say two (and two attendees)
    at = run_page("memberships", small, monkeypatch)
    box = at.selectbox(key="org")
    labels = dict(zip(["org:forum", "org:other"], box.options))
    assert labels["org:forum"].endswith(" · 2 members, 2 attendees")
    assert labels["org:other"].endswith(" · 1 observer")
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Members"], metrics["Attendees"]) == ("2", "2")


# --- the selected country in the URL (issue 14, item 5) -------------------------------------------------------

def _who(at) -> list[str]:
    """The "role: members" lines above each evidence sentence."""
    return [m.value for m in at.markdown if m.value.startswith(("member:", "attendee:", "observer:"))]


@pytest.mark.parametrize("member, who", [
    ("country:BOL", ["attendee: President Two"]),
    ("country:RUS", ["member: Russia", "attendee: President One"]),
    ("country:QAT", ["member: Qatar"]),
])
def test_member_from_the_url_narrows_the_evidence(small, monkeypatch, member, who):
    at = run_page("memberships", small, monkeypatch, {"member": member})
    assert at.selectbox(key="member").value == member
    assert _who(at) == who
    assert url(at, "member") == [member]
    assert at.button(key="memberships_clear").label.startswith("Clear selection")


@pytest.mark.parametrize("member", ["country:FRA", "country:IRN", "Iran", "<b>x</b>"])  # IRN: not of this org
def test_a_bad_member_is_ignored(small, monkeypatch, member):
    at = run_page("memberships", small, monkeypatch, {"member": member})
    assert at.selectbox(key="member").value is None
    assert _who(at) == ["member: Qatar, Russia", "attendee: President One, President Two"]
    assert url(at, "member") == []


def test_clear_member_selection(small, monkeypatch):
    at = run_page("memberships", small, monkeypatch, {"member": "country:QAT"})
    at.button(key="memberships_clear").click().run()
    assert not at.exception
    assert at.selectbox(key="member").value is None and url(at, "member") == []
    assert len(_who(at)) == 2


def test_member_is_kept_with_its_org_and_dropped_on_another_page(small, monkeypatch):
    at = run_page("memberships", small, monkeypatch, {"org": "org:other", "member": "country:IRN", "outlet": "Outlet B"})
    assert _who(at) == ["observer: Iran"] and url(at, "member") == ["country:IRN"]
    at.switch_page("views/alliances.py").run()
    assert not at.exception and url(at, "member") == [] and url(at, "org") == []
    assert url(at, "outlet") == ["Outlet B"]  # the global filters go along
