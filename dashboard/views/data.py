"""Data page: upload articles for this session, download every filtered table, see skipped files."""

import pandas as pd
import streamlit as st

from analysis import tables as T
from dashboard import data, ui

view = data.current()
t = view.tables
st.title("Data")

st.subheader("Add articles for this session")
st.caption("Uploaded articles are analysed for your browser session only: other sessions and the stored corpus "
           "are untouched. They last for this session only: reloading the page, or opening a link in a new tab, "
           "starts a new session without them (links inside the app keep them). Formats: .txt .md .html .json .jsonl .csv")
with st.form("upload", clear_on_submit=True):
    files = st.file_uploader("Articles", type=["txt", "md", "html", "htm", "json", "jsonl", "csv"],
                             accept_multiple_files=True, key="upload_files")
    submitted = st.form_submit_button("Analyse for this session")
if submitted and files:
    with st.spinner(f"Analysing {len(files)} file(s)…"):
        try:
            data.analyse_uploads([(f.name, f.getvalue()) for f in files])
        except Exception as exc:  # a bad upload must not take the page down
            st.error(f"Could not analyse the upload: {ui.md(exc)}")
        else:
            st.rerun()
uploads = data.session_tables()
if uploads:
    c1, c2 = st.columns([3, 1])
    c1.success(f"{len(uploads['articles'])} uploaded article(s) are included in this session's views.")
    if c2.button("Remove uploaded articles"):
        data.clear_session_tables()
        st.rerun()

st.subheader("Download the filtered tables")
st.caption("CSV cells that begin with = + - @ tab or carriage return are prefixed with ' so spreadsheets "
           "do not run them as formulas. Parquet keeps the exact values and types.")
for name in sorted(t):  # a stable order; rows counted in SQL, a table fetched only when its file is asked for
    if name == "skipped":
        continue
    n_cols = len(T.SCHEMAS[name]) if name in T.SCHEMAS else len(t[name].columns)
    c1, c2, c3 = st.columns([3, 1, 1])
    c1.markdown(f"**{name}** · {data.count(name, t, view.filters)} rows · {n_cols} columns")
    # Files are made when a button is clicked (a callable), not on every rerun: at a few hundred articles
    # writing every table as CSV and Parquet on each filter change was most of this page's time.
    fetch = data.downloader(name, t, view.filters)
    c2.download_button("CSV", lambda fetch=fetch: ui.to_csv(fetch()), f"{name}.csv", "text/csv", key=f"csv_{name}",
                       on_click="ignore")
    c3.download_button("Parquet", lambda fetch=fetch: ui.to_parquet(fetch()), f"{name}.parquet",
                       "application/vnd.apache.parquet", key=f"parquet_{name}", on_click="ignore")

st.subheader("Files skipped at analysis")
skipped = view.all_tables.get("skipped", pd.DataFrame(columns=["source", "reason"]))
if skipped is None or skipped.empty:
    st.success("No file was skipped.")
else:
    st.dataframe(skipped, hide_index=True, width="stretch")
