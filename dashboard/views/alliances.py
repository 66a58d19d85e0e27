"""PLACEHOLDER until the analysis pages land: the alliances page."""

import streamlit as st

st.title("Alliances")
st.info("This page is being built.")
