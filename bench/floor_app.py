"""The floor of a rerun: a bare Streamlit script with one text box and one empty Plotly figure."""

import plotly.graph_objects as go
import streamlit as st

st.text_input("Search", key="q")
st.plotly_chart(go.Figure())
