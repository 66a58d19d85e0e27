"""Pure builders for the Outlets page: coverage tables → side-by-side comparisons and figures (no st.*).

With an event the coverage tables' rows for that event are used as they are; without one, counts are summed
over every event in the (already filtered) tables and shares recomputed per outlet.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import UNKNOWN_OUTLET, plot_text
from dashboard.charts.alliances import eq, names, outlet_colours


def for_event(table: pd.DataFrame, event_id: str | None) -> pd.DataFrame:
    """Rows of a coverage table for one event (all rows when event_id is None)."""
    if event_id is None or table.empty:
        return table
    return table[eq(table["event_id"], event_id)]


def entity_shares(outlet_entities: pd.DataFrame, event_id: str | None = None) -> pd.DataFrame:
    """outlet, entity_id, mentions, share: each outlet's share of its entity mentions, for one event or summed."""
    cols = {"outlet": "string", "entity_id": "string", "mentions": "int64", "share": "float64"}
    t = for_event(outlet_entities, event_id)
    if t.empty:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in cols.items()})
    out = t.groupby(["outlet", "entity_id"])["mentions"].sum().astype("int64").reset_index()
    total = out.groupby("outlet")["mentions"].transform("sum")
    out["share"] = (out["mentions"] / total.where(total > 0)).fillna(0.0).astype("float64")
    return out.sort_values(["outlet", "entity_id"], kind="mergesort").reset_index(drop=True)


def unique_labels(ids: list[str], label_of: dict[str, str]) -> list[str]:
    """Display names for entity ids, told apart by their type where two share a name ("Donetsk (place)",
    "Donetsk (person)"): a plotly axis merges equal category labels, which would shift every row below."""
    labels = [label_of.get(i, i) for i in ids]
    seen = Counter(labels)
    out = [f"{lab} ({i.split(':', 1)[0]})" if seen[lab] > 1 and ":" in i else lab for i, lab in zip(ids, labels)]
    # Still equal (same name and type): the id itself is unique.
    counts = Counter(out)
    return [o if counts[o] == 1 else i for i, o in zip(ids, out)]


def heatmap(shares: pd.DataFrame, entities: pd.DataFrame, top: int = 25) -> go.Figure:
    """Entities (rows, most-mentioned first) × outlets (columns), coloured by share, mention counts as text."""
    fig = go.Figure()
    if shares.empty:
        fig.update_layout(title="No entity mentions")
        return fig
    label_of = names(entities)
    outlets = sorted(shares["outlet"].astype(str).unique())
    # Most-named first, over all outlets: ranking by the largest single share put an entity one small
    # outlet named a few times above the actors every outlet wrote about.
    rank = shares.groupby("entity_id")["mentions"].sum().rename("total").to_frame()
    rank["n_outlets"] = shares[shares["mentions"] > 0].groupby("entity_id")["outlet"].nunique()
    rank["label"] = [label_of.get(i, i) for i in rank.index]
    rank = rank.sort_values(["total", "n_outlets", "label"], ascending=[False, False, True], kind="mergesort").head(top)
    ids = list(rank.index)
    share = shares.pivot_table(index="entity_id", columns="outlet", values="share", aggfunc="sum").reindex(
        index=ids, columns=outlets).fillna(0.0)
    count = shares.pivot_table(index="entity_id", columns="outlet", values="mentions", aggfunc="sum").reindex(
        index=ids, columns=outlets).fillna(0).astype(int)
    fig.add_trace(go.Heatmap(
        z=(share.values * 100).round(1).tolist(), x=[plot_text(o) for o in outlets], y=[plot_text(v) for v in unique_labels(ids, label_of)],
        text=count.values.tolist(), texttemplate="%{text}", colorscale="Blues", colorbar=dict(title="% of mentions"),
        customdata=[[i] * len(outlets) for i in ids], xgap=2, ygap=2,
        hovertemplate="%{y} in %{x}: %{text} mention(s), %{z}% of the outlet's mentions<extra></extra>",
    ))
    fig.update_layout(height=max(300, 80 + 26 * len(ids)), margin=dict(l=10, r=10, t=30, b=10),
                      yaxis=dict(autorange="reversed"), xaxis=dict(side="top"))
    return fig


def naming(naming_table: pd.DataFrame, entities: pd.DataFrame, event_id: str | None = None) -> pd.DataFrame:
    """One row per entity: how each outlet wrote it ("title form ×count", most frequent first), and whether
    the outlets' forms differ. Entities named by one outlet only are kept (that is itself a difference)."""
    empty = pd.DataFrame({"entity": pd.Series(dtype="string"), "entity_id": pd.Series(dtype="string"),
                          "differs": pd.Series(dtype="bool")})
    t = for_event(naming_table, event_id)
    if t.empty:
        return empty
    label_of = names(entities)
    t = t.assign(written=[
        (f"{ti} {fo}".strip() if isinstance(ti, str) and ti else str(fo)) for ti, fo in zip(t["title"], t["form"])])
    agg = t.groupby(["entity_id", "outlet", "written"])["count"].sum().astype(int).reset_index()
    if agg.empty:  # rows without an outlet or an entity
        return empty
    agg["entity_id"], agg["outlet"] = agg["entity_id"].astype(str), agg["outlet"].astype(str)
    outlets = sorted(agg["outlet"].unique())
    eids = sorted(agg["entity_id"].unique())
    # Whole-table groupbys, one cell per (entity, outlet): a mask per cell was entities × outlets scans.
    agg = agg.sort_values(["entity_id", "outlet", "count", "written"], ascending=[True, True, False, True],
                          kind="mergesort")
    agg["cell"] = agg["written"] + " ×" + agg["count"].astype(str)
    pair = agg.groupby(["entity_id", "outlet"], sort=True)
    cells = pair["cell"].agg("; ".join).unstack("outlet").reindex(index=eids, columns=outlets).fillna("")
    # The outlet's set of forms, as one sorted key; the entity differs when two outlets' sets do.
    form_set = agg.sort_values(["entity_id", "outlet", "written"], kind="mergesort").groupby(
        ["entity_id", "outlet"], sort=True)["written"].agg("\x1f".join)
    differs = form_set.groupby(level="entity_id").nunique().gt(1).reindex(eids, fill_value=False)
    out = pd.DataFrame({"entity": unique_labels(eids, label_of), "entity_id": eids})
    for outlet in outlets:
        out[outlet] = cells[outlet].tolist()
    out["differs"] = differs.astype(bool).tolist()
    return out.sort_values(["differs", "entity"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def framing(framing_table: pd.DataFrame, event_id: str | None = None) -> pd.DataFrame:
    """outlet, concept, term, count: framing terms per outlet, for one event or summed over events."""
    t = for_event(framing_table, event_id)
    if t.empty:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in
                             {"outlet": "string", "concept": "string", "term": "string", "count": "int64"}.items()})
    out = t.groupby(["outlet", "concept", "term"])["count"].sum().astype("int64").reset_index()
    return out.sort_values(["concept", "term", "outlet"], kind="mergesort").reset_index(drop=True)


def framing_chart(terms: pd.DataFrame, colours: dict[str, str] | None = None) -> go.Figure:
    """Grouped horizontal bars: each framing term ("concept: term") and how often each outlet used it."""
    fig = go.Figure()
    if terms.empty:
        fig.update_layout(title="No framing terms")
        return fig
    terms = terms.assign(label=terms["concept"].astype(str) + ": " + terms["term"].astype(str))
    order = sorted(terms["label"].unique())
    colours = {**outlet_colours(terms["outlet"]), **(colours or {})}
    for outlet in sorted(terms["outlet"].astype(str).unique()):
        part = terms[eq(terms["outlet"], outlet)].sort_values("label", kind="mergesort")
        fig.add_trace(go.Bar(
            name=plot_text(outlet), orientation="h", x=part["count"].astype(int).tolist(), y=part["label"].tolist(),
            marker_color=colours[outlet], customdata=[[outlet, c, t] for c, t in zip(part["concept"], part["term"])],
            hovertemplate="%{y}<br>" + plot_text(outlet).replace("%", "%%") + ": %{x}<extra></extra>",
        ))
    fig.update_layout(barmode="group", height=max(260, 60 + 28 * len(order)), margin=dict(l=10, r=10, t=30, b=30),
                      legend_title_text="Outlet", xaxis=dict(title="uses", tickformat="d"),
                      yaxis=dict(categoryorder="array", categoryarray=list(reversed(order)), title=None))
    return fig


def framing_heatmap(terms: pd.DataFrame) -> go.Figure:
    """Framing terms (rows, grouped by concept) x outlets (columns): each cell coloured by the term's share of
    that outlet's uses of the concept (which word the outlet chose), the count as text."""
    fig = go.Figure()
    if terms.empty:
        fig.update_layout(title="No framing terms")
        return fig
    t = terms.assign(concept=terms["concept"].astype(str), term=terms["term"].astype(str),
                     outlet=terms["outlet"].astype(str))
    t = t.assign(share=t["count"] / t.groupby(["outlet", "concept"])["count"].transform("sum"))
    outlets = sorted(t["outlet"].unique())
    # Concepts where the outlets chose different words first (that is the story), then by total uses.
    chosen = t.groupby(["concept", "outlet"])["term"].apply(frozenset)
    differs = chosen.groupby(level=0).nunique().gt(1).rename("differs")
    conc = pd.concat([differs, t.groupby("concept")["count"].sum().rename("n")], axis=1).reset_index()
    conc = conc.sort_values(["differs", "n", "concept"], ascending=[False, False, True], kind="mergesort")
    rows = []
    for c in conc["concept"]:
        part = t[t["concept"] == c].groupby("term")["count"].sum().sort_values(ascending=False, kind="mergesort")
        rows += [(c, term) for term in sorted(part.index, key=lambda x: (-part[x], x))]
    share = t.pivot_table(index=["concept", "term"], columns="outlet", values="share", aggfunc="sum")
    count = t.pivot_table(index=["concept", "term"], columns="outlet", values="count", aggfunc="sum")
    share = share.reindex(index=pd.MultiIndex.from_tuples(rows), columns=outlets)
    count = count.reindex(index=pd.MultiIndex.from_tuples(rows), columns=outlets)
    labels = [f"{c}: {term}" for c, term in rows]
    fig.add_trace(go.Heatmap(
        z=(share.values * 100).round(0).tolist(), x=[plot_text(o) for o in outlets], y=[plot_text(v) for v in labels],
        text=[["" if pd.isna(v) else str(int(v)) for v in r] for r in count.values], texttemplate="%{text}",
        colorscale="Purples", zmin=0, zmax=100, colorbar=dict(title="% of the outlet's<br>words for it"),
        customdata=[[[c, term]] * len(outlets) for c, term in rows], xgap=2, ygap=2, hoverongaps=False,
        hovertemplate="%{x} wrote “%{customdata[1]}” %{text}×: %{z}% of its words for %{customdata[0]}<extra></extra>",
    ))
    fig.update_layout(height=max(260, 90 + 24 * len(rows)), margin=dict(l=10, r=10, t=30, b=10),
                      yaxis=dict(autorange="reversed", automargin=True), xaxis=dict(side="top", automargin=True))
    return fig


def claims(relations: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame,
           event_id: str | None = None) -> pd.DataFrame:
    """Each outlet's stance claims (for one event via articles.event_id, or all): outlet, source, relation, target, sentence."""
    cols = ["outlet", "source", "relation", "target", "sentence", "article_id"]
    meta = articles[["article_id", "outlet", "event_id"]].drop_duplicates("article_id")
    if event_id is not None:
        meta = meta[eq(meta["event_id"], event_id)]
    rel = relations.merge(meta, on="article_id", how="inner")
    label_of = names(entities)
    out = pd.DataFrame({
        "outlet": rel["outlet"].astype("string").fillna("unknown outlet").tolist(),
        "source": [label_of.get(s, s) for s in rel["source_id"]], "relation": rel["relation"].tolist(),
        "target": [label_of.get(t, t) for t in rel["target_id"]], "sentence": rel["sentence"].tolist(),
        "article_id": rel["article_id"].tolist(),
    }, columns=cols)
    out = out.drop_duplicates(["outlet", "source", "relation", "target", "article_id", "sentence"])
    return out.sort_values(["outlet", "relation", "source", "target"], kind="mergesort").reset_index(drop=True)


def unique(unique_sentences: pd.DataFrame, event_id: str | None = None) -> pd.DataFrame:
    """Sentences only one outlet carried: outlet, sentence, best_similarity, article_id (least similar first)."""
    t = for_event(unique_sentences, event_id)
    cols = ["outlet", "sentence", "best_similarity", "article_id"]
    if t.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "best_similarity" else "string") for c in cols})
    t = t.drop_duplicates(["outlet", "article_id", "sentence"])
    return t[cols].sort_values(["outlet", "best_similarity", "sentence"], kind="mergesort").reset_index(drop=True)


def distinct(unique_sentences: pd.DataFrame) -> pd.DataFrame:
    """The rows of unique() with each outlet's repeated sentence once (wire copy, several articles): outlet,
    sentence, n_articles, best_similarity (the lowest), in unique()'s order."""
    cols = {"outlet": "string", "sentence": "string", "n_articles": "int64", "best_similarity": "float64"}
    if unique_sentences.empty:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in cols.items()})
    out = unique_sentences.groupby(["outlet", "sentence"], sort=False).agg(
        n_articles=("article_id", "nunique"), best_similarity=("best_similarity", "min")).reset_index()
    return out.astype({"n_articles": "int64"})[list(cols)]


def outlets_of(articles: pd.DataFrame, event_id: str | None = None) -> list[str]:
    """The outlets that reported an event (or any filtered article), sorted; "unknown outlet" last when some
    article's outlet is unknown (they are counted, never dropped)."""
    a = articles if event_id is None else articles[eq(articles["event_id"], event_id)]
    known = sorted(a["outlet"].dropna().astype(str).unique())
    return known + ([UNKNOWN_OUTLET] if a["outlet"].isna().any() else [])


def unknown_outlet(articles: pd.DataFrame, event_id: str | None = None) -> pd.DataFrame:
    """The articles (of an event, or all given) whose outlet is unknown, by title then id."""
    a = articles if event_id is None else articles[eq(articles["event_id"], event_id)]
    out = a[a["outlet"].isna()]
    return out.sort_values(["title", "article_id"], kind="mergesort", na_position="last").reset_index(drop=True)


def events_to_compare(events: pd.DataFrame) -> pd.DataFrame:
    """Events with the most outlets first (a one-outlet event has nothing to contrast), then by date and label."""
    if events.empty:
        return events.assign(n_outlets=pd.Series(dtype="int64"))
    n = events["outlets"].astype("string").fillna("").map(lambda s: len({o for o in s.split(" | ") if o.strip()}))
    out = events.assign(n_outlets=n.astype("int64"))
    return out.sort_values(["n_outlets", "first_date", "event_id"], ascending=[False, True, True],
                           na_position="last", kind="mergesort").reset_index(drop=True)
