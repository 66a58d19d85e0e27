"""Articles page: the list of matching articles and a reader that highlights entities (text escaped)."""

import pandas as pd
import streamlit as st

from dashboard import data, filters, ui

PER_PAGE = 500  # articles listed (and offered to read) per page of the list

view = data.current()
st.title("Articles")

n_articles = data.count("articles", view.tables, view.filters)
if ui.empty_state(pd.DataFrame(index=range(n_articles)), "No article matches these filters."):
    st.stop()
# A page of the list at a time, counted and cut in SQL: 100,000 rows (and as many reader choices) took seconds.
page = ui.paged(pd.DataFrame({"i": range(n_articles)}), "articles_list_page", per_page=PER_PAGE, noun="articles")
listing = data.ask("article_listing", view.filters, limit=len(page), offset=int(page["i"].iloc[0]))
linked = view.filters.article
if linked and linked not in set(listing["article_id"].astype(str)):
    # a linked article stays readable when it is on another page of the list
    listing_linked = data.ask("article_listing", view.filters, ids=(linked,))
else:
    listing_linked = listing.iloc[:0]
labels = dict(zip(pd.concat([listing, listing_linked])["article_id"].astype(str),
                  pd.concat([listing, listing_linked])["label"].astype(str)))
listing = listing.drop(columns="label")
listing["published"] = pd.to_datetime(listing["published"], errors="coerce").dt.date
listing["date_source"] = listing["date_source"].map(ui.date_how)
st.dataframe(listing.drop(columns=["article_id"]), hide_index=True, width="stretch",
             height=min(400, 38 + 35 * len(listing)))

options = listing["article_id"].astype(str).tolist()
options += [a for a in listing_linked["article_id"].astype(str) if a not in options]
aid = filters.url_selectbox("Read", options, key="article", default=options[0],
                            format_func=lambda a: labels.get(a, a))
if not aid:
    st.stop()

art = data.ask("article_meta", view.filters, data.ARTICLE_COLUMNS, ids=(aid,)).iloc[0]
st.subheader(ui.md(art["title"] if isinstance(art["title"], str) and art["title"] else aid))
date = "undated" if pd.isna(art["published"]) else pd.Timestamp(art["published"]).date().isoformat()
how = f" ({ui.date_how(art['date_source'])})" if ui.date_how(art["date_source"]) else ""
st.caption(f"{ui.md(art['outlet']) if isinstance(art['outlet'], str) else 'unknown outlet'} · {date}{how} · "
           f"{art['n_words']} words · {ui.md(ui.relative_source(art['source']))}")
if isinstance(art.get("url"), str) and art["url"].startswith(("http://", "https://")):
    st.link_button("Original", art["url"])

reader, side = st.columns([3, 2])
ments = data.ask("article_rows", "mentions", view.filters, aid)
with reader:
    legend = " ".join(
        f'<mark style="background:{c};padding:0 4px;border-radius:3px">{k}</mark>' for k, c in ui._COLOURS.items())
    st.markdown(f"<small>Entities highlighted: {legend}</small>", unsafe_allow_html=True)
    text = data.article_text(aid)
    if not text:
        st.info("The text of this article is not stored.")
    else:
        spans = zip(ments["start_char"], ments["end_char"], ments["entity_id"].astype(str))
        body = ui.highlight(text, spans, title=view.names, types=view.types).replace("\n", "<br>")
        st.markdown(f'<div class="newslens-reader" style="line-height:1.6">{body}</div>', unsafe_allow_html=True)
with side:
    rel = data.ask("article_rows", "relations", view.filters, aid)
    st.markdown(f"**Stance claims** ({len(rel)})")
    if len(rel):
        show = rel.assign(source=rel["source_id"].map(view.name), target=rel["target_id"].map(view.name))
        st.dataframe(show[["source", "relation", "target", "trigger", "sentence"]], hide_index=True, width="stretch")
    else:
        st.caption("None found in this article.")
    mem = data.ask("article_rows", "memberships", view.filters, aid)
    st.markdown(f"**Membership claims** ({len(mem)})")
    if len(mem):
        show = mem.assign(member=mem["member_id"].map(view.name), organisation=mem["org_id"].map(view.name))
        st.dataframe(show[["member", "role", "organisation", "sentence"]], hide_index=True, width="stretch")
    else:
        st.caption("None found in this article.")
    st.markdown(f"**Entities** ({ments['entity_id'].nunique()})")
    ent_counts = ments.groupby("entity_id").size().sort_values(ascending=False)
    st.dataframe(pd.DataFrame({"entity": [view.name(e) for e in ent_counts.index], "mentions": ent_counts.values,
                               "entity_id": ent_counts.index}), hide_index=True, width="stretch")
