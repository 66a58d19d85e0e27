"""Overview charts: articles over time by outlet, top entities by type, world map of countries mentioned."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import TYPE_COLOURS, empty_figure, outlet_colours, plot_text


MAX_OUTLET_TRACES = 8  # more colours than this cannot be told apart; the rest are summed as one trace
OTHER_OUTLETS = "other outlets"
MAX_PERIOD_LABELS = 8


def articles_over_time(articles: pd.DataFrame, freq: str | None = None, max_outlets: int = MAX_OUTLET_TRACES,
                       colours: dict[str, str] | None = None) -> go.Figure:
    """Stacked bars of dated articles per period, one trace per outlet (undated ones are left out).

    Beyond `max_outlets` outlets, the ones with fewest articles are summed into one "other outlets (n)" trace.
    A column `n` makes each row stand for n articles (rows pre-counted per day and outlet in SQL).
    """
    df = articles.assign(published=pd.to_datetime(articles["published"], errors="coerce"),
                         n=articles["n"] if "n" in articles else 1).dropna(subset=["published"])
    if df.empty:
        return empty_figure("No dated article matches these filters.")
    span = (df["published"].max() - df["published"].min()).days
    freq = freq or ("D" if span <= 62 else "M" if span <= 3 * 366 else "Y")
    fmt = {"D": "%Y-%m-%d", "M": "%Y-%m", "Y": "%Y"}[freq]
    # Categorical periods: a few articles years apart still get readable, equal-width bars.
    df["period"] = df["published"].dt.to_period(freq).dt.start_time.dt.strftime(fmt)
    df["outlet"] = df["outlet"].astype("string").fillna("unknown outlet")
    ranked = df.groupby("outlet")["n"].sum().sort_index(kind="mergesort").sort_values(ascending=False, kind="mergesort")
    other = None
    if len(ranked) > max_outlets:
        rest = set(ranked.index[max_outlets - 1:])
        other = f"{OTHER_OUTLETS} ({len(rest)})"
        df["outlet"] = df["outlet"].where(~df["outlet"].isin(rest), other)
    counts = df.groupby(["period", "outlet"])["n"].sum().astype("int64").rename("articles").reset_index()
    periods = sorted(counts["period"].unique())
    # Biggest outlets first (bottom of the stack, top of the legend); the summed rest last.
    order = [o for o in ranked.index if o in set(counts["outlet"])] + ([other] if other else [])
    colours = {**outlet_colours(articles["outlet"].unique()), **(colours or {})}
    fig = go.Figure()
    for outlet in order:
        part = counts[counts["outlet"] == outlet]
        fig.add_bar(x=part["period"], y=part["articles"], name=plot_text(outlet),
                    marker_color="#9a9a9a" if outlet == other else colours.get(outlet, "#9a9a9a"),
                    hovertemplate="%{x}<br>" + plot_text(outlet).replace("%", "%%") + ": %{y}<extra></extra>")
    tallest = int(counts.groupby("period")["articles"].sum().max())
    step = max(1, -(-len(periods) // MAX_PERIOD_LABELS))
    fig.update_layout(barmode="stack", height=360, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      legend={"orientation": "v", "x": 1.01, "y": 1, "font": {"size": 11},
                              "traceorder": "normal"},
                      yaxis_title="articles",
                      xaxis={"type": "category", "categoryorder": "array", "categoryarray": periods,
                             # every k-th period labelled: 24 month labels in half a page overlap
                             "tickvals": periods[::step], "tickangle": -45 if len(periods) > 6 else 0,
                             "automargin": True},
                      title={"text": "Articles over time by outlet", "font": {"size": 14}})
    # Whole-article ticks on the stacked totals (not per outlet): 1 apart only while that stays readable.
    fig.update_yaxes(dtick=1 if tallest <= 10 else None, tickformat="d", automargin=True)
    return fig


def top_entities(entities: pd.DataFrame, n: int = 8) -> go.Figure:
    """Horizontal bars: the `n` most-mentioned entities of each type, coloured by type."""
    if entities.empty:
        return empty_figure("No entity matches these filters.")
    df = entities.assign(n_mentions=entities["n_mentions"].fillna(0).astype(int),
                         type=entities["type"].astype("string").fillna("other"))
    df = df.sort_values(["type", "n_mentions", "name"], ascending=[True, False, True]).groupby("type").head(n)
    fig = go.Figure()
    for typ, part in df.groupby("type", sort=True):
        part = part.sort_values("n_mentions")
        fig.add_bar(x=part["n_mentions"], y=part["name"].astype(str) + "  ", orientation="h", name=str(typ),
                    marker_color=TYPE_COLOURS.get(str(typ)), customdata=part["entity_id"],
                    hovertemplate="%{y}: %{x} mentions<br>%{customdata}<extra></extra>")
    fig.update_layout(height=max(300, 22 * len(df) + 80), margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      title={"text": f"Top {n} entities of each type (mentions)", "font": {"size": 14}},
                      legend={"orientation": "h", "y": -0.1}, yaxis={"categoryorder": "trace"},
                      xaxis_title="mentions")
    return fig


def countries_mentioned(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Mentions per country (ISO-3): a country's own mentions plus those of its places and people."""
    if mentions.empty or entities.empty:
        return pd.DataFrame({"iso3": pd.Series(dtype="string"), "mentions": pd.Series(dtype="int64"),
                             "articles": pd.Series(dtype="int64")})
    iso = entities.set_index("entity_id")["iso3"]
    m = mentions.assign(iso3=mentions["entity_id"].map(iso)).dropna(subset=["iso3"])
    out = m.groupby("iso3").agg(mentions=("entity_id", "size"), articles=("article_id", "nunique")).reset_index()
    return out.sort_values(["mentions", "iso3"], ascending=[False, True]).reset_index(drop=True)


def world_map(by_country: pd.DataFrame, names: dict[str, str] | None = None) -> go.Figure:
    """Choropleth of mentions per country (ISO-3 locations); render with charts.MAP_CONFIG to stay offline."""
    if by_country.empty:
        return empty_figure("No country is mentioned in the matching articles.")
    names = names or {}
    text = [names.get(c, c) for c in by_country["iso3"]]
    fig = go.Figure(go.Choropleth(
        locations=by_country["iso3"], z=by_country["mentions"], locationmode="ISO-3", text=text,
        customdata=by_country["articles"], colorscale="Blues", marker_line_color="#555", marker_line_width=0.4,
        colorbar={"title": {"text": "mentions"}, "thickness": 12},
        hovertemplate="%{text}: %{z} mentions in %{customdata} articles<extra></extra>",
    ))
    fig.update_geos(projection_type="natural earth", showcountries=True, countrycolor="#bbb",
                    showland=True, landcolor="#f4f4f4", showframe=False, resolution=110,
                    lataxis_range=[-58, 85], lonaxis_range=[-180, 180], fitbounds=False)
    fig.update_layout(height=380, margin={"l": 0, "r": 0, "t": 30, "b": 0}, autosize=True,
                      title={"text": "Countries mentioned (with their places and people)", "font": {"size": 14}})
    return fig
