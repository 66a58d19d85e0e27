"""PLACEHOLDER until the analysis pages land: the memberships page."""

import streamlit as st

st.title("Memberships")
st.info("This page is being built.")
