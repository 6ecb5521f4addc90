"""Streamlit UI of the dashboard, one module per part of the screen, plus their pure builders."""
