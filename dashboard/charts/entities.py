"""Entities charts: name variants of one entity and the entities it appears with."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import TYPE_COLOURS, empty_figure, plot_text


def name_variants(mentions: pd.DataFrame) -> pd.DataFrame:
    """Forms an entity is written in, with counts and outlets-free totals (mentions of one entity)."""
    if mentions.empty:
        return pd.DataFrame({"form": pd.Series(dtype="string"), "count": pd.Series(dtype="int64")})
    out = mentions["text"].astype("string").value_counts().rename_axis("form").rename("count").reset_index()
    return out.sort_values(["count", "form"], ascending=[False, True]).reset_index(drop=True)


def cooccurring(mentions: pd.DataFrame, entity_id: str, *, unit: str = "sentence") -> pd.DataFrame:
    """Entities that appear in the same sentences (or articles) as `entity_id`, with how often."""
    cols = {"entity_id": pd.Series(dtype="string"), "together": pd.Series(dtype="int64")}
    if mentions.empty:
        return pd.DataFrame(cols)
    keys = ["article_id", "sent_index"] if unit == "sentence" and "sent_index" in mentions else ["article_id"]
    m = mentions.dropna(subset=keys)
    own = m.loc[m["entity_id"] == entity_id, keys].drop_duplicates()
    if own.empty:
        return pd.DataFrame(cols)
    together = m.merge(own, on=keys)
    together = together[together["entity_id"] != entity_id].drop_duplicates(keys + ["entity_id"])
    out = together.groupby("entity_id").size().rename("together").reset_index()
    return out.sort_values(["together", "entity_id"], ascending=[False, True]).reset_index(drop=True)


def cooccurrence_bar(co: pd.DataFrame, names: dict[str, str], types: dict[str, str], n: int = 15) -> go.Figure:
    """Horizontal bars of the `n` entities most often seen with the selected one."""
    if co.empty:
        return empty_figure("This entity appears with no other entity here.")
    top = co.head(n).iloc[::-1]
    fig = go.Figure(go.Bar(
        x=top["together"], y=[plot_text(names.get(e, e)) + "  " for e in top["entity_id"]], orientation="h",
        marker_color=[TYPE_COLOURS.get(types.get(e, ""), "#999") for e in top["entity_id"]],
        customdata=top["entity_id"], hovertemplate="%{y}: %{x} times<br>%{customdata}<extra></extra>",
    ))
    fig.update_layout(height=max(240, 24 * len(top) + 60), margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      title={"text": "Appears in the same sentences as", "font": {"size": 14}},
                      xaxis_title="sentences together")
    return fig
