"""The alliances network's roll-up: people and places merged into their country, edges summed, loops dropped."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import tables
from dashboard.charts import alliances as A


def _entities() -> pd.DataFrame:
    return tables.frame("entities", [
        {"entity_id": "country:FRA", "name": "France", "type": "country", "iso3": "FRA"},
        {"entity_id": "country:DEU", "name": "Germany", "type": "country", "iso3": "DEU"},
        {"entity_id": "person:ana-roy", "name": "Ana Roy", "type": "person", "iso3": "FRA", "country_id": "country:FRA"},
        {"entity_id": "person:bo-lind", "name": "Bo Lind", "type": "person", "iso3": "FRA", "country_id": "country:FRA"},
        {"entity_id": "place:lyon", "name": "Lyon", "type": "place", "iso3": "FRA", "country_id": "country:FRA"},
        {"entity_id": "person:cem-ak", "name": "Cem Ak", "type": "person", "iso3": "DEU", "country_id": "country:DEU"},
        {"entity_id": "person:no-land", "name": "No Land", "type": "person"},
        # an organisation acts in its own name even when the knowledge base gives it a seat
        {"entity_id": "org:union", "name": "The Union", "type": "organisation", "country_id": "country:DEU"},
    ])


def _relations(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """(source, relation, target, sentence) → a relations table, one article, asserted claims."""
    return tables.frame("relations", [
        {"article_id": "a", "source_id": s, "relation": r, "target_id": t, "trigger": "t", "sentence": text,
         "sent_start": i * 100, "modality": "asserted"} for i, (s, r, t, text) in enumerate(rows)])


def _edges(rows, rollup: bool) -> set[tuple[str, str, str, int]]:
    rel = _relations(rows)
    mapping = A.rollup_map(_entities()) if rollup else {}
    e = A.edges(A.roll_up(rel, mapping))
    return set(zip(e["source_id"], e["relation"], e["target_id"], e["n"].astype(int)))


def test_rollup_map_names_people_and_places_with_a_country_only():
    assert A.rollup_map(_entities()) == {"person:ana-roy": "country:FRA", "person:bo-lind": "country:FRA",
                                         "place:lyon": "country:FRA", "person:cem-ak": "country:DEU"}


@pytest.mark.parametrize("rows, rollup, expected", [
    # off: actors as stated
    ([("person:ana-roy", "opposes", "country:DEU", "Ana Roy opposed Berlin's plan."),
      ("person:bo-lind", "opposes", "country:DEU", "Bo Lind opposed it too.")], False,
     {("person:ana-roy", "opposes", "country:DEU", 1), ("person:bo-lind", "opposes", "country:DEU", 1)}),
    # on: two people of one country make one edge of two sentences
    ([("person:ana-roy", "opposes", "country:DEU", "Ana Roy opposed Berlin's plan."),
      ("person:bo-lind", "opposes", "country:DEU", "Bo Lind opposed it too."),
      ("country:FRA", "opposes", "country:DEU", "France opposed the plan.")], True,
     {("country:FRA", "opposes", "country:DEU", 3)}),
    # the target rolls up too, and a place stands for its country
    ([("place:lyon", "supports", "person:cem-ak", "Lyon welcomed Cem Ak.")], True,
     {("country:FRA", "supports", "country:DEU", 1)}),
    # a claim between one country's own people is a self-loop once merged: dropped
    ([("person:ana-roy", "opposes", "person:bo-lind", "Ana Roy attacked Bo Lind."),
      ("person:ana-roy", "supports", "country:DEU", "Ana Roy praised Germany.")], True,
     {("country:FRA", "supports", "country:DEU", 1)}),
    # supports and opposes stay apart
    ([("person:ana-roy", "supports", "country:DEU", "Ana Roy praised Germany."),
      ("person:bo-lind", "opposes", "country:DEU", "Bo Lind criticised Germany.")], True,
     {("country:FRA", "supports", "country:DEU", 1), ("country:FRA", "opposes", "country:DEU", 1)}),
    # one sentence naming two merged people is one piece of evidence, as every count on the page
    ([("person:ana-roy", "opposes", "country:DEU", "Ana Roy and Bo Lind opposed the plan."),
      ("person:bo-lind", "opposes", "country:DEU", "Ana Roy and Bo Lind opposed the plan.")], True,
     {("country:FRA", "opposes", "country:DEU", 1)}),
    # no country, or an organisation: kept as stated
    ([("person:no-land", "opposes", "org:union", "No Land opposed the Union."),
      ("org:union", "supports", "person:cem-ak", "The Union backed Cem Ak.")], True,
     {("person:no-land", "opposes", "org:union", 1), ("org:union", "supports", "country:DEU", 1)}),
])
def test_roll_up_sums_edges_and_drops_loops(rows, rollup, expected):
    assert _edges(rows, rollup) == expected


@pytest.mark.parametrize("kwargs, sentences", [
    ({"source_id": "country:FRA", "target_id": "country:DEU"}, {"Ana Roy praised Germany.", "France doubted it."}),
    ({"source_id": "country:FRA"}, {"Ana Roy praised Germany.", "France doubted it.", "Ana Roy attacked Bo Lind."}),
    ({"target_id": "country:FRA"}, {"Ana Roy attacked Bo Lind."}),
    ({"source_id": "person:ana-roy"}, set()),  # merged away: only its country is in the network
])
def test_involving_matches_the_rolled_up_ids(kwargs, sentences):
    rel = _relations([("person:ana-roy", "supports", "country:DEU", "Ana Roy praised Germany."),
                      ("country:FRA", "opposes", "country:DEU", "France doubted it."),
                      ("person:ana-roy", "opposes", "person:bo-lind", "Ana Roy attacked Bo Lind.")])
    mask = A.involving(rel, A.rollup_map(_entities()), **kwargs)
    assert set(rel.loc[mask, "sentence"]) == sentences


def test_without_a_mapping_nothing_changes():
    rel = _relations([("person:ana-roy", "opposes", "person:bo-lind", "Ana Roy attacked Bo Lind.")])
    assert A.roll_up(rel, {}).equals(rel)
    assert A.involving(rel, None, source_id="person:ana-roy").tolist() == [True]
    assert A.rollup_map(tables.frame("entities", [])) == {}


def test_countries_only_reached_by_the_roll_up_get_a_name():
    ents = _entities()
    out = A.with_countries(ents, ["country:FRA", "country:ESP", "country:ITA"], {"ESP": "Spain", "ITA": "Italy"}.get)
    assert A.names(out)["country:ESP"] == "Spain" and A.names(out)["country:ITA"] == "Italy"
    assert len(out) == len(ents) + 2 and list(out.columns) == list(ents.columns)
    assert A.with_countries(ents, ["country:FRA"], str) is ents
