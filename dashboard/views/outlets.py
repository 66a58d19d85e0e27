"""PLACEHOLDER until the analysis pages land: the outlets page."""

import streamlit as st

st.title("Outlets")
st.info("This page is being built.")
