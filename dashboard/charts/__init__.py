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


def empty_figure(message: str) -> go.Figure:
    """A blank figure that says why it is blank (used when a builder gets an empty frame)."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font={"size": 14})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=240, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return fig
