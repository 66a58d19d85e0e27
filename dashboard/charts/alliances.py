"""Pure builders for the Alliances page: stance tables → counts, evidence and plotly figures (no st.*).

Counts are evidence sentences: the distinct (article, sentence) pairs that state a claim, so one sentence
with two triggers for the same claim counts once.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import OUTLET_PALETTE, outlet_colours, plot_text  # noqa: F401 (re-exported)

RELATION_COLOURS = {"supports": "#2e8b3e", "opposes": "#c8302c"}
BY_OPTIONS = ("country", "actor")


def names(entities: pd.DataFrame) -> dict[str, str]:
    """Map entity_id → display name (the id itself stands in for entities the table does not know)."""
    if entities is None or entities.empty:
        return {}
    rows = entities.dropna(subset=["entity_id"])
    return {str(i): (str(n) if isinstance(n, str) and n else str(i)) for i, n in zip(rows["entity_id"], rows["name"])}


def hedged(relations: pd.DataFrame) -> pd.Series:
    """True for claims the sentence does not assert in its own voice: hypothetical/other modality, or attributed."""
    modality = relations["modality"].astype("string").fillna("asserted") if "modality" in relations else None
    attributed = (relations["attributed_to"].astype("string").fillna("").str.strip() != ""
                  if "attributed_to" in relations else pd.Series(False, index=relations.index))
    mask = attributed if modality is None else (attributed | (modality != "asserted"))
    return mask.fillna(False).astype(bool)


def eq(series: pd.Series, value) -> pd.Series:
    """series == value as a plain bool mask (nulls never match)."""
    return series.eq(value).fillna(False).astype(bool)


def _with_articles(relations: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Relations with their article's outlet, title and date (unknown outlets become "unknown outlet")."""
    cols = ["article_id", "outlet", "title", "published"]
    meta = articles[[c for c in cols if c in articles.columns]].drop_duplicates("article_id")
    out = relations.merge(meta, on="article_id", how="left")
    out["outlet"] = out["outlet"].astype("string").fillna("unknown outlet")
    return out


def actor_key(relations: pd.DataFrame, by: str) -> pd.Series:
    """The actor a claim counts for: its source, or (by country) the country the source rolls up to."""
    if by == "country":
        return relations["source_country_id"].fillna(relations["source_id"]).astype("string")
    return relations["source_id"].astype("string")


def targets(relations: pd.DataFrame) -> pd.DataFrame:
    """Targets of stance claims with their evidence-sentence counts, most discussed first."""
    if relations.empty:
        return pd.DataFrame({"target_id": pd.Series(dtype="string"), "n": pd.Series(dtype="int64")})
    ev = relations.drop_duplicates(["target_id", "article_id", "sentence"])
    out = ev.groupby("target_id").size().rename("n").reset_index()
    return out.sort_values(["n", "target_id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def default_target(relations: pd.DataFrame, entities: pd.DataFrame, preferred: list[str] | tuple = ()) -> str | None:
    """The first preferred target that has claims, else the most-discussed target, else None."""
    tg = targets(relations)
    have = set(tg["target_id"].astype(str))
    for pid in preferred:
        if pid in have:
            return pid
    return str(tg["target_id"].iloc[0]) if len(tg) else None


def stance_counts(relations: pd.DataFrame, articles: pd.DataFrame, target_id: str, by: str = "country", *,
                  include_hedged: bool = False) -> pd.DataFrame:
    """Evidence sentences per (actor, relation, outlet, hedged) for claims about target_id (asserted only unless
    include_hedged)."""
    cols = {"actor_id": "string", "relation": "string", "outlet": "string", "hedged": "bool", "n": "int64"}
    rel = relations[eq(relations["target_id"], target_id)]
    rel = rel.assign(hedged=hedged(rel))
    if not include_hedged:
        rel = rel[~rel["hedged"]]
    if rel.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in cols.items()})
    rel = _with_articles(rel, articles)
    rel = rel.assign(actor_id=actor_key(rel, by))
    rel = rel[rel["actor_id"].notna() & ~eq(rel["actor_id"], target_id)]
    # an asserted sentence wins over a hedged one for the same claim
    ev = rel.sort_values("hedged", kind="mergesort").drop_duplicates(["actor_id", "relation", "outlet", "article_id", "sentence"])
    out = ev.groupby(["actor_id", "relation", "outlet", "hedged"]).size().rename("n").reset_index()
    return out.sort_values(["actor_id", "relation", "outlet", "hedged"], kind="mergesort").reset_index(drop=True)


def _labels(ids, label_of: dict[str, str]) -> dict[str, str]:
    """Display labels that stay unique even when two ids share a name."""
    raw = {i: label_of.get(i, i) for i in ids}
    seen: dict[str, int] = {}
    for lab in raw.values():
        seen[lab] = seen.get(lab, 0) + 1
    return {i: (lab if seen[lab] == 1 else f"{lab} ({i})") for i, lab in raw.items()}


HEDGED_LABEL = "hedged or attributed"


def diverging_bar(counts: pd.DataFrame, entities: pd.DataFrame, target_name: str = "",
                  colours: dict[str, str] | None = None) -> go.Figure:
    """Supporters to the right, opposers to the left, one coloured trace per outlet (hedged claims hatched and
    faded); customdata = actor, relation, outlet, n."""
    fig = go.Figure()
    if counts.empty:
        fig.update_layout(title="No stance claims about this target")
        return fig
    label = _labels(sorted(counts["actor_id"].unique()), names(entities))
    signed = counts.assign(s=np.where(eq(counts["relation"], "supports"), counts["n"], -counts["n"]))
    net = signed.groupby("actor_id")["s"].sum()
    total = signed.groupby("actor_id")["n"].sum()
    # Strongest supporters at the top, strongest opposers at the bottom; ties by name for determinism.
    order = sorted(net.index, key=lambda a: (-net[a], -total[a], label[a]))
    colours = {**outlet_colours(counts["outlet"]), **(colours or {})}
    if "hedged" not in signed:
        signed = signed.assign(hedged=False)
    for outlet, is_hedged in sorted(set(zip(signed["outlet"].astype(str), signed["hedged"].astype(bool)))):
        part = signed[eq(signed["outlet"], outlet) & (signed["hedged"].astype(bool) == is_hedged)].copy()
        part["rank"] = part["actor_id"].map({a: i for i, a in enumerate(order)})
        part = part.sort_values(["rank", "relation"], kind="mergesort")
        fig.add_trace(go.Bar(
            name=plot_text(outlet) + (f" · {HEDGED_LABEL}" if is_hedged else ""),
            legendgroup=plot_text(outlet),
            orientation="h",
            x=part["s"].astype(int).tolist(),
            y=[label[a] for a in part["actor_id"]],
            marker=dict(color=colours.get(outlet, "#888"), opacity=0.45 if is_hedged else 1.0,
                        pattern=dict(shape="/" if is_hedged else "")),
            customdata=[[a, r, str(outlet), int(n)] for a, r, n in zip(part["actor_id"], part["relation"], part["n"])],
            hovertemplate="%{y} %{customdata[1]} " + _hover_escape(target_name) +
                          "<br>%{customdata[3]} sentence(s) in " + _hover_escape(outlet)
                          + (f" ({HEDGED_LABEL})" if is_hedged else "") + "<extra></extra>",
        ))
    lim = max(1, int(signed.groupby(["actor_id", "relation"])["n"].sum().max()))
    if signed["hedged"].any():
        fig.add_annotation(text=f"hatched, faded: {HEDGED_LABEL}", xref="paper", yref="paper", x=1, y=1.06,
                           showarrow=False, font=dict(size=11, color="#555"))
    fig.update_layout(
        barmode="relative",
        height=max(300, 130 + 34 * len(order)),
        margin=dict(l=10, r=10, t=30, b=40),
        showlegend=True,  # even for one outlet: the colour must say which
        legend=dict(title_text="Outlet", orientation="h", yanchor="top", y=-0.28, xanchor="left", x=0),
        xaxis=dict(title="← opposes · evidence sentences · supports →", range=[-lim - 0.5, lim + 0.5],
                   zeroline=True, zerolinewidth=2, zerolinecolor="#555", tickformat="d"),
        yaxis=dict(categoryorder="array", categoryarray=[label[a] for a in reversed(order)], title=None),
        clickmode="event+select",
    )
    fig.add_vline(x=0, line_width=2, line_color="#555")
    return fig


def _hover_escape(text: str) -> str:
    """Plotly hover templates read %{…} and HTML-ish tags; keep entity names literal."""
    return plot_text(text).replace("%", "%%")


def edges(relations: pd.DataFrame, *, include_hedged: bool = False) -> pd.DataFrame:
    """Signed edges (source_id, relation, target_id, hedged) with their evidence-sentence counts, sorted;
    asserted claims only unless include_hedged."""
    cols = {"source_id": "string", "relation": "string", "target_id": "string", "hedged": "bool", "n": "int64"}
    rel = relations.assign(hedged=hedged(relations)) if len(relations) else relations
    if len(rel) and not include_hedged:
        rel = rel[~rel["hedged"]]
    if rel.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in cols.items()})
    ev = rel.dropna(subset=["source_id", "target_id"]).sort_values("hedged", kind="mergesort").drop_duplicates(
        ["source_id", "relation", "target_id", "article_id", "sentence"])
    out = ev.groupby(["source_id", "relation", "target_id", "hedged"]).size().rename("n").reset_index()
    return out.sort_values(["source_id", "relation", "target_id", "hedged"], kind="mergesort").reset_index(drop=True)


LABELLED = 15  # actors named on the network itself (the others on hover): more labels overlap into noise


def _graph(nodes: list[str], links: list[tuple[str, str, float]]):
    """An undirected networkx Graph of nodes (added sorted, for a deterministic layout) and summed link weights."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(set(nodes)))
    for a, b, w in sorted(links):
        if a in g and b in g and a != b:
            g.add_edge(a, b, weight=g.get_edge_data(a, b, {"weight": 0.0})["weight"] + float(w))
    return g


def components(nodes: list[str], links: list[tuple[str, str, float]]) -> list[list[str]]:
    """Connected components, largest first (ties by first node), each sorted."""
    import networkx as nx

    return sorted((sorted(c) for c in nx.connected_components(_graph(nodes, links))), key=lambda g: (-len(g), g[0]))


def spring_layout(nodes: list[str], links: list[tuple[str, str, float]], iterations: int = 50,
                  seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic layout in [-1, 1]²: the largest component on the left, smaller ones in a grid on the right.

    Each component is laid out on its own, then packed (as networkx and Gephi pack disconnected graphs):
    laid out together, separate pairs fly apart and the shared scale squeezes the main cluster into a ball.
    """
    nodes = sorted(set(nodes))
    comps = components(nodes, links)
    if len(comps) <= 1:
        return _spring(nodes, links, iterations, seed)
    main, rest = comps[0], comps[1:]
    # the main component gets most of the width unless it is no bigger than the others
    split = 0.35 if len(main) > 2 else -0.2
    out = {v: (round(-1 + (x + 1) * (split + 1) / 2 * 0.95, 6), round(y * 0.95, 6))
           for v, (x, y) in _spring(main, links, iterations, seed).items()}
    cols = max(1, math.ceil(math.sqrt(len(rest) * (1 - split) / 2)))
    rows = math.ceil(len(rest) / cols)
    cell_w, cell_h = (1 - split) / cols, 2 / rows
    for i, comp in enumerate(rest):
        cx = split + cell_w * (i % cols + 0.5)
        cy = 1 - cell_h * (i // cols + 0.5)
        for v, (x, y) in _spring(comp, links, iterations, seed).items():
            out[v] = (round(cx + x * cell_w * 0.35, 6), round(cy + y * cell_h * 0.35, 6))
    return out


def _spring(nodes: list[str], links: list[tuple[str, str, float]], iterations: int = 50,
            seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic Fruchterman-Reingold layout of one component in [-1, 1]² (networkx, fixed seed, nodes sorted)."""
    import networkx as nx

    g = _graph(nodes, links)
    n = len(g)
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(g)): (0.0, 0.0)}
    # 50 iterations is networkx's default: its cooling schedule settles a 60-node network (top_edges' cap)
    # in a third of the time the 200 of the hand-written version took.
    laid = nx.spring_layout(g, iterations=iterations, seed=seed, weight="weight")
    order = list(g)
    pos = np.array([laid[v] for v in order], dtype=float)
    pos -= pos.mean(axis=0)
    radius = np.linalg.norm(pos, axis=-1)
    if n > 4:
        # Radial equalisation: keep each node's angle and radius order, but spread the radii so the nodes
        # fill the disc evenly (area-uniform: r = sqrt(rank / n)). Force layouts of hub-and-spoke graphs put
        # a dense core amid a few far leaves; scaling by the farthest node leaves the core a ball.
        rank = np.argsort(np.argsort(radius, kind="stable"), kind="stable")
        target = np.sqrt((rank + 0.5) / n)
        pos = pos * (target / np.clip(radius, 1e-9, None))[:, None]
    else:
        pos /= float(np.abs(pos).max()) or 1.0
    pos = _separate(np.clip(pos, -1.0, 1.0))
    return {v: (round(float(pos[i, 0]), 6), round(float(pos[i, 1]), 6)) for i, v in enumerate(order)}


MIN_GAP = 0.16  # least distance between two nodes in the [-1, 1]² layout: closer, their labels overprint


def _separate(pos: np.ndarray, gap: float = MIN_GAP, rounds: int = 40) -> np.ndarray:
    """Push apart nodes closer than `gap` (half the shortfall each, along the line joining them), the
    overlap-removal pass layout tools run after a force layout (Gephi's "Noverlap"): two leaves of one hub
    at nearly the same angle had been drawn one on the other, their names overprinted."""
    pos = pos.copy()
    n = len(pos)
    for _ in range(rounds):
        diff = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(diff, axis=-1)
        np.fill_diagonal(dist, np.inf)
        close = dist < gap
        if not close.any():
            break
        # coincident nodes: a fixed direction per pair, so the result stays deterministic
        unit = np.where(dist[..., None] > 1e-9, diff / np.clip(dist, 1e-9, None)[..., None],
                        np.array([1.0, 0.0])[None, None, :] * np.sign(np.arange(n)[:, None] - np.arange(n)[None, :])[..., None])
        push = np.where(close, (gap - np.where(np.isinf(dist), gap, dist)) / 2, 0.0)
        pos = np.clip(pos + (unit * push[..., None]).sum(axis=1), -1.0, 1.0)
    return pos


def edge_width(n: int) -> float:
    """Line width for an edge with n evidence sentences (grows with evidence, capped to stay legible)."""
    return round(min(1.5 + 1.5 * (n - 1), 9.0), 2)


NODE_SIZE = (10.0, 34.0)  # px of the actor with least / most evidence drawn: sizes are relative, not absolute


def node_sizes(weights: list[float]) -> list[float]:
    """Marker sizes for actors with these evidence counts: the square root of the share of the largest, between
    NODE_SIZE's bounds, so a corpus 500 times larger draws the same sizes (an absolute sqrt grew to 700 px)."""
    if not weights:
        return []
    top = max(max(weights), 1.0)
    lo, hi = NODE_SIZE
    return [round(lo + (hi - lo) * math.sqrt(max(w, 0.0) / top), 2) for w in weights]


def top_edges(edge_table: pd.DataFrame, max_nodes: int = 60, max_edges: int | None = None) -> pd.DataFrame:
    """The edges among the max_nodes actors with the most evidence (all edges when there are fewer actors), and
    of those the max_edges with the most evidence (ties by source, relation, target) when max_edges is given."""
    if edge_table.empty:
        return edge_table
    weight = pd.concat([edge_table.groupby("source_id")["n"].sum(), edge_table.groupby("target_id")["n"].sum()])
    weight = weight.groupby(level=0).sum()
    out = edge_table
    if len(weight) > max_nodes:
        ranked = sorted(weight.index, key=lambda v: (-int(weight[v]), str(v)))[:max_nodes]
        keep = set(ranked)
        mask = edge_table["source_id"].isin(keep) & edge_table["target_id"].isin(keep)
        out = edge_table[mask.fillna(False).astype(bool)].reset_index(drop=True)
    if max_edges is not None and len(out) > max_edges:
        order = sorted(range(len(out)), key=lambda i: (-int(out["n"].iat[i]), str(out["source_id"].iat[i]),
                                                        str(out["relation"].iat[i]), str(out["target_id"].iat[i])))
        out = out.iloc[sorted(order[:max_edges])].reset_index(drop=True)
    return out


def network(edge_table: pd.DataFrame, entities: pd.DataFrame) -> go.Figure:
    """Signed stance network: green/red edges, width by evidence, an arrow marker per edge carrying customdata
    (source_id, relation, target_id, n) so an edge can be selected."""
    fig = go.Figure()
    if edge_table.empty:
        fig.update_layout(title="No stance claims")
        return fig
    label_of = names(entities)
    nodes = sorted(set(edge_table["source_id"]) | set(edge_table["target_id"]))
    pos = spring_layout(nodes, [(s, t, 1.0) for s, t in zip(edge_table["source_id"], edge_table["target_id"])])
    # One line trace per (relation, width): few traces however many edges.
    if "hedged" not in edge_table:
        edge_table = edge_table.assign(hedged=False)
    for (rel, hedge, w), grp in edge_table.assign(w=edge_table["n"].map(edge_width)).groupby(
            ["relation", "hedged", "w"], sort=True):
        xs, ys = [], []
        for s, t in zip(grp["source_id"], grp["target_id"]):
            xs += [pos[s][0], pos[t][0], None]
            ys += [pos[s][1], pos[t][1], None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", opacity=0.5 if hedge else 1.0,
                                 line=dict(color=RELATION_COLOURS.get(rel, "#888"), width=w, dash="dot" if hedge else "solid"),
                                 hoverinfo="skip", showlegend=False, name=f"{rel} edges"))
    # Selectable handles 60% of the way along each edge, pointing at the target.
    for rel, hedge in sorted(set(zip(edge_table["relation"].astype(str), edge_table["hedged"].astype(bool)))):
        grp = edge_table[eq(edge_table["relation"], rel) & (edge_table["hedged"].astype(bool) == hedge)]
        hx, hy, ang, cd, text = [], [], [], [], []
        for s, t, n in zip(grp["source_id"], grp["target_id"], grp["n"]):
            (x0, y0), (x1, y1) = pos[s], pos[t]
            hx.append(x0 + 0.6 * (x1 - x0))
            hy.append(y0 + 0.6 * (y1 - y0))
            ang.append(round(math.degrees(math.atan2(x1 - x0, y1 - y0)), 2))
            cd.append([s, rel, t, int(n)])
            text.append(f"{_hover_escape(label_of.get(s, s))} {rel} {_hover_escape(label_of.get(t, t))}")
        fig.add_trace(go.Scatter(
            x=hx, y=hy, mode="markers", name=rel + (f" ({HEDGED_LABEL}, dotted)" if hedge else ""),
            opacity=0.5 if hedge else 1.0,
            marker=dict(symbol="arrow", angle=ang, size=14, color=RELATION_COLOURS.get(rel, "#888"),
                        line=dict(width=1, color="white")),
            customdata=cd, text=text,
            hovertemplate="%{text}<br>%{customdata[3]} sentence(s)<extra></extra>",
        ))
    weight = pd.concat([edge_table.groupby("source_id")["n"].sum(), edge_table.groupby("target_id")["n"].sum()])
    weight = weight.groupby(level=0).sum()
    ranked = sorted(nodes, key=lambda v: (-float(weight.get(v, 0)), v))
    named = set(ranked[:LABELLED])
    fig.add_trace(go.Scatter(
        x=[pos[v][0] for v in nodes], y=[pos[v][1] for v in nodes], mode="markers+text", name="actors",
        text=[_hover_escape(label_of.get(v, v)) if v in named else "" for v in nodes], textposition="top center",
        textfont=dict(size=11, color="#222"),
        marker=dict(size=node_sizes([float(weight.get(v, 1)) for v in nodes]),
                    color=["#4a5a78" if v in named else "#9aa5b8" for v in nodes],
                    line=dict(width=1, color="white")),
        customdata=[[v, _hover_escape(label_of.get(v, v))] for v in nodes],
        hovertemplate="%{customdata[1]}<extra></extra>", showlegend=False,
    ))
    fig.update_layout(
        height=560, margin=dict(l=10, r=10, t=30, b=10), legend_title_text="Stance (select an arrow)",
        xaxis=dict(visible=False, range=[-1.25, 1.25]), yaxis=dict(visible=False, range=[-1.2, 1.25]),
        clickmode="event+select", dragmode="pan",
    )
    return fig


EVIDENCE_COLUMNS = ["source", "relation", "target", "sentence", "outlet", "date", "title", "article_id",
                    "trigger", "attributed_to", "modality", "source_id", "target_id", "actor_id"]


def evidence(relations: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame, *,
             target_id: str | None = None, actor_id: str | None = None, relation: str | None = None,
             outlet: str | None = None, source_id: str | None = None, by: str = "country",
             include_hedged: bool = False) -> pd.DataFrame:
    """The sentences behind a bar, edge or actor: one row per (claim, sentence), with outlet, date, title,
    modality and attribution (asserted claims only unless include_hedged)."""
    rel = _with_articles(relations, articles)
    if not include_hedged and len(rel):
        rel = rel[~hedged(rel)]
    rel = rel.assign(actor_id=actor_key(rel, by))
    mask = pd.Series(True, index=rel.index)
    for col, val in (("target_id", target_id), ("actor_id", actor_id), ("relation", relation),
                     ("outlet", outlet), ("source_id", source_id)):
        if val is not None:
            mask &= eq(rel[col], val)
    rel = rel[mask]
    label_of = names(entities)
    out = pd.DataFrame({
        "source": [label_of.get(s, s) for s in rel["source_id"]],
        "relation": rel["relation"].tolist(),
        "target": [label_of.get(t, t) for t in rel["target_id"]],
        "sentence": rel["sentence"].tolist(),
        "outlet": rel["outlet"].tolist(),
        "date": pd.to_datetime(rel["published"]).dt.date.tolist() if "published" in rel else None,
        "title": rel["title"].tolist() if "title" in rel else None,
        "article_id": rel["article_id"].tolist(),
        "trigger": rel["trigger"].tolist(),
        "attributed_to": [label_of.get(a, a) if isinstance(a, str) else None for a in rel["attributed_to"]],
        "modality": rel["modality"].tolist(),
        "source_id": rel["source_id"].tolist(),
        "target_id": rel["target_id"].tolist(),
        "actor_id": rel["actor_id"].tolist(),
    }, columns=EVIDENCE_COLUMNS)
    out = out.drop_duplicates(["source_id", "relation", "target_id", "article_id", "sentence"])
    return out.sort_values(["relation", "source", "target", "outlet", "article_id"], kind="mergesort").reset_index(drop=True)


# Entity types that stand for their country when the network is rolled up (tables.py: country · person ·
# organisation · group · place; cities are places). Organisations and groups act in their own name.
ROLLED_UP_TYPES = ("person", "place")


def rollup_map(entities: pd.DataFrame) -> dict[str, str]:
    """entity_id → its country's entity_id, for the people and places that have a country."""
    if entities is None or entities.empty or "country_id" not in entities:
        return {}
    rows = entities[entities["type"].astype("string").isin(ROLLED_UP_TYPES).fillna(False).astype(bool)
                    & entities["country_id"].notna()]
    return {str(e): str(c) for e, c in zip(rows["entity_id"], rows["country_id"]) if str(c) and str(e) != str(c)}


def roll_up(relations: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """Relations with each source and target replaced by the country it rolls up to, self-loops dropped.

    edges() on the result sums the merged edges as evidence sentences: two people of one country opposing a
    target in two sentences make n=2; one sentence naming both still counts once, as every count here does.
    """
    if relations.empty or not mapping:
        return relations
    out = relations.assign(source_id=_rolled(relations["source_id"], mapping),
                           target_id=_rolled(relations["target_id"], mapping))
    # "Putin criticised Lavrov" is not a stance of Russia on Russia: a merge that makes a loop drops the claim
    return out[~eq(out["source_id"], out["target_id"])].reset_index(drop=True)


def _rolled(ids: pd.Series, mapping: dict[str, str]) -> pd.Series:
    """ids mapped through the roll-up (ids it does not name stay as they are)."""
    ids = ids.astype("string")
    return ids.map(lambda v: mapping.get(v, v) if isinstance(v, str) else v).astype("string")


def involving(relations: pd.DataFrame, mapping: dict[str, str] | None = None, *, source_id: str | None = None,
              target_id: str | None = None) -> pd.Series:
    """Mask of the claims whose source (and/or target), rolled up through mapping, is the given id."""
    mask = pd.Series(True, index=relations.index)
    for col, val in (("source_id", source_id), ("target_id", target_id)):
        if val is not None:
            mask &= eq(_rolled(relations[col], mapping or {}), val)
    return mask


def with_countries(entities: pd.DataFrame, country_ids, country_name) -> pd.DataFrame:
    """entities plus a row for each country id it lacks, named by country_name(iso3): a person's country need
    not be mentioned itself, yet the rolled-up network draws it."""
    have = set(entities["entity_id"].astype(str)) if len(entities) else set()
    missing = sorted(c for c in set(country_ids) if c not in have and str(c).startswith("country:"))
    if not missing:
        return entities
    extra = pd.DataFrame({"entity_id": missing, "name": [country_name(c.split(":", 1)[1]) for c in missing],
                          "type": "country", "iso3": [c.split(":", 1)[1] for c in missing]})
    return pd.concat([entities, extra.astype({c: entities[c].dtype for c in extra if c in entities})],
                     ignore_index=True)
