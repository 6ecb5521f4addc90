"""Benchmark of the dashboard: rerun, browser, payload, extraction and scale figures."""
