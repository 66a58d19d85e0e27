"""Pure plotly chart builders (DataFrame → go.Figure); they never call st.*.

Maps: pass `MAP_CONFIG` to `st.plotly_chart(fig, config=MAP_CONFIG)` so plotly fetches
`app/static/world_110m.json` (served from dashboard/static/ by server.enableStaticServing) instead of a CDN.
"""

from __future__ import annotations

import plotly.graph_objects as go

# plotly.js reads topojson from `${topojsonURL}${scope}_${resolution}.json`, here app/static/world_110m.json.
MAP_CONFIG = {"topojsonURL": "app/static/", "displaylogo": False}
TYPE_COLOURS = {
    "country": "#4c78a8", "person": "#f58518", "organisation": "#54a24b", "group": "#e45756", "place": "#72b7b2",
}

# Paul Tol's "bright"/"muted" colour-blind-safe palettes without their red and green, which mean opposes/supports
# on the Alliances page. One mapping for every chart: outlets get colours in the sorted order of the corpus's
# whole outlet list (views pass `outlet_colours(view.all_tables["articles"]["outlet"])`), so filtering or a
# chart showing a subset never recolours an outlet.
OUTLET_PALETTE = ["#4477AA", "#CCBB44", "#AA3377", "#66CCEE", "#332288", "#DDCC77", "#44AA99", "#882255",
                  "#BBBBBB", "#999933", "#6699CC", "#555555"]
UNKNOWN_OUTLET = "unknown outlet"


def outlet_colours(outlets) -> dict[str, str]:
    """Give each outlet a stable colour from the outlet list: the same list always gets the same colours."""
    ordered = sorted({str(o) for o in outlets if isinstance(o, str)})
    colours = {o: OUTLET_PALETTE[i % len(OUTLET_PALETTE)] for i, o in enumerate(ordered)}
    colours.setdefault(UNKNOWN_OUTLET, "#9a9a9a")
    return colours


def plot_text(text) -> str:
    """Escape untrusted text for plotly labels, legends and hover: plotly renders a subset of HTML there."""
    return (str(text) if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def empty_figure(message: str) -> go.Figure:
    """A blank figure that says why it is blank (used when a builder gets an empty frame)."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font={"size": 14})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=240, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return fig
