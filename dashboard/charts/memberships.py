"""Pure builders for the Memberships page: membership claims → per-member and per-country tables and a
world map (no st.*). The map is a plotly choropleth keyed by ISO-3; the view supplies the offline topojson URL."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.alliances import eq

# Strongest claim wins when one country is both a member and an attendee: membership is the stronger fact.
ROLES = ("member", "observer", "attendee")
ROLE_COLOURS = {"member": "#1f5fa8", "observer": "#e39b2d", "attendee": "#8fbf6a"}
_RANK = {r: i for i, r in enumerate(ROLES)}


def orgs(memberships: pd.DataFrame) -> pd.DataFrame:
    """Organisations with claims, with their distinct member counts, most members first."""
    if memberships.empty:
        return pd.DataFrame({"org_id": pd.Series(dtype="string"), "n": pd.Series(dtype="int64")})
    out = memberships.dropna(subset=["org_id", "member_id"]).groupby("org_id")["member_id"].nunique()
    out = out.rename("n").reset_index()
    return out.sort_values(["n", "org_id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def role_counts(memberships: pd.DataFrame, strongest_only: bool = True) -> pd.DataFrame:
    """Per organisation, how many actors hold each role: each actor once under its strongest role (as on the
    map), or with strongest_only=False under every role a claim gives it (a member that attended counts twice)."""
    cols = ["org_id", *ROLES]
    m = memberships.dropna(subset=["org_id", "member_id"]) if not memberships.empty else memberships
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype="string" if c == "org_id" else "int64") for c in cols})
    if strongest_only:
        m = m.groupby(["org_id", "member_id"])["role"].agg(strongest).rename("role").reset_index()
    pairs = m[["org_id", "member_id", "role"]].drop_duplicates()
    out = pairs.groupby(["org_id", "role"]).size().unstack(fill_value=0).reindex(columns=list(ROLES), fill_value=0)
    return out.astype("int64").reset_index()[cols].sort_values("org_id", kind="mergesort").reset_index(drop=True)


def roles_phrase(counts: dict) -> str:
    """'4 members, 6 attendees': the non-zero role counts of one organisation, strongest role first."""
    parts = [f"{int(counts.get(r, 0))} {r}{'' if int(counts.get(r, 0)) == 1 else 's'}" for r in ROLES
             if int(counts.get(r, 0))]
    return ", ".join(parts) or "no actor named"


def default_org(memberships: pd.DataFrame, preferred: list[str] | tuple = ()) -> str | None:
    """The first preferred organisation with claims, else the one with the most members, else None."""
    table = orgs(memberships)
    have = set(table["org_id"].astype(str))
    for oid in preferred:
        if oid in have:
            return oid
    return str(table["org_id"].iloc[0]) if len(table) else None


def strongest(roles) -> str:
    """The strongest of some roles (member > observer > attendee)."""
    known = [r for r in roles if isinstance(r, str)]
    return min(known, key=lambda r: _RANK.get(r, len(ROLES))) if known else "member"


def _claims(memberships: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame, org_id: str) -> pd.DataFrame:
    """The org's claims with member name, iso3 and the stating article's outlet, title and date."""
    m = memberships[eq(memberships["org_id"], org_id)]
    meta = articles[["article_id", "outlet", "title", "published"]].drop_duplicates("article_id")
    m = m.merge(meta, on="article_id", how="left")
    m["outlet"] = m["outlet"].astype("string").fillna("unknown outlet")
    ent = entities[["entity_id", "name", "type", "iso3"]].rename(columns={"entity_id": "member_id"})
    m = m.merge(ent, on="member_id", how="left")
    m["name"] = m["name"].fillna(m["member_id"])
    return m


def members(memberships: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame, org_id: str) -> pd.DataFrame:
    """One row per member of org_id: name, type, iso3, strongest role, sentences, articles, outlets."""
    cols = ["member_id", "name", "type", "iso3", "role", "sentences", "articles", "outlets"]
    m = _claims(memberships, articles, entities, org_id)
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("sentences", "articles") else "string") for c in cols})
    rows = []
    for mid, g in m.groupby("member_id", sort=True):
        first = g.iloc[0]
        rows.append({
            "member_id": mid, "name": first["name"], "type": first["type"], "iso3": first["iso3"],
            "role": strongest(g["role"]),
            "sentences": int(g.drop_duplicates(["article_id", "sentence"]).shape[0]),
            "articles": int(g["article_id"].nunique()),
            "outlets": " | ".join(sorted(g["outlet"].dropna().astype(str).unique())),
        })
    out = pd.DataFrame(rows, columns=cols)
    out["_rank"] = out["role"].map(_RANK)
    return out.sort_values(["_rank", "name"], kind="mergesort").drop(columns="_rank").reset_index(drop=True)


def countries(memberships: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame, org_id: str,
              links: int = 6) -> pd.DataFrame:
    """One row per country (ISO-3) involved with org_id: strongest role, who, which outlets state it, how many
    articles and the first `links` of their ids (sorted; a big organisation's country has thousands)."""
    cols = ["iso3", "country", "role", "members", "sentences", "articles", "outlets", "article_ids"]
    m = _claims(memberships, articles, entities, org_id)
    m = m[m["iso3"].notna()]
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("sentences", "articles") else "string") for c in cols})
    country_name = {}
    if not entities.empty:
        for iso, name, typ in zip(entities["iso3"], entities["name"], entities["type"]):
            if isinstance(iso, str) and typ == "country" and isinstance(name, str):
                country_name.setdefault(iso, name)
    rows = []
    for iso, g in m.groupby("iso3", sort=True):
        rows.append({
            "iso3": iso, "country": country_name.get(iso, iso), "role": strongest(g["role"]),
            "members": " | ".join(sorted(g["name"].astype(str).unique())),
            "sentences": int(g.drop_duplicates(["article_id", "sentence"]).shape[0]),
            "articles": int(g["article_id"].nunique()),
            "outlets": " | ".join(sorted(g["outlet"].dropna().astype(str).unique())),
            "article_ids": " | ".join(sorted(g["article_id"].dropna().astype(str).unique())[:max(1, int(links))]),
        })
    out = pd.DataFrame(rows, columns=cols)
    out["_rank"] = out["role"].map(_RANK)
    return out.sort_values(["_rank", "country"], kind="mergesort").drop(columns="_rank").reset_index(drop=True)


def evidence(memberships: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame, org_id: str,
             iso3: str | None = None, member_id: str | None = None) -> pd.DataFrame:
    """The sentences behind the org's membership claims (optionally one country's or one member's)."""
    cols = ["member", "role", "iso3", "sentence", "outlet", "date", "title", "article_id", "member_id", "trigger"]
    m = _claims(memberships, articles, entities, org_id)
    if iso3 is not None:
        m = m[eq(m["iso3"], iso3)]
    if member_id is not None:
        m = m[eq(m["member_id"], member_id)]
    out = pd.DataFrame({
        "member": m["name"].tolist(), "role": m["role"].tolist(), "iso3": m["iso3"].tolist(),
        "sentence": m["sentence"].tolist(), "outlet": m["outlet"].tolist(),
        "date": pd.to_datetime(m["published"]).dt.date.tolist(), "title": m["title"].tolist(),
        "article_id": m["article_id"].tolist(), "member_id": m["member_id"].tolist(), "trigger": m["trigger"].tolist(),
    }, columns=cols)
    out = out.drop_duplicates(["member_id", "role", "article_id", "sentence"])
    return out.sort_values(["member", "role", "outlet", "article_id"], kind="mergesort").reset_index(drop=True)


def world_map(by_country: pd.DataFrame, org_name: str = "") -> go.Figure:
    """Choropleth of the countries by strongest role, one legend entry per role; customdata = iso3, role."""
    fig = go.Figure()
    for role in ROLES:
        part = by_country[eq(by_country["role"], role)] if not by_country.empty else by_country
        if part.empty:
            continue
        colour = ROLE_COLOURS[role]
        fig.add_trace(go.Choropleth(
            name=role, locations=part["iso3"].tolist(), locationmode="ISO-3",
            z=[1] * len(part), colorscale=[[0, colour], [1, colour]], showscale=False, showlegend=True,
            marker_line_color="white", marker_line_width=0.5,
            customdata=[[i, role] for i in part["iso3"]],
            text=[str(c) for c in part["country"]],
            hovertemplate="%{text}: " + role + "<extra></extra>", legendgroup=role,
        ))
        # A dot at each country's centroid keeps small states (Qatar, Trinidad and Tobago) visible at 1:110m.
        fig.add_trace(go.Scattergeo(
            name=f"{role} (dot)", locations=part["iso3"].tolist(), locationmode="ISO-3", mode="markers",
            marker=dict(size=7, color=colour, line=dict(width=1, color="white")), showlegend=False,
            legendgroup=role, customdata=[[i, role] for i in part["iso3"]], text=[str(c) for c in part["country"]],
            hovertemplate="%{text}: " + role + "<extra></extra>",
        ))
    fig.update_geos(projection_type="natural earth", showcountries=True, countrycolor="#bbb", showcoastlines=False,
                    showland=True, landcolor="#eeeeee", showframe=False, resolution=110,
                    lonaxis_range=[-180, 180], lataxis_range=[-58, 84], center=dict(lon=0, lat=10))
    fig.update_layout(height=460, margin=dict(l=0, r=0, t=30, b=0), legend_title_text="Role",
                      title=dict(text=(org_name or "").replace("<", "&lt;"), x=0.01))
    return fig
