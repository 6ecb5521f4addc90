import pandas as pd
from streamlit.testing.v1 import AppTest

from components.fact_table import COLUMNS
from facts.board import picker_labels, table_rows

FACTS = pd.DataFrame([
    {"fact_id": "m", "article_id": "a1", "kind": "event", "category": "meeting",
     "summary": "Ministers meet", "date": "2025-05-05", "date_end": None,
     "date_precision": "day", "actors": ("Japan", "India"),
     "places": ({"name": "New Delhi", "id": "new_delhi"}, {"name": "Quad", "id": None}),
     "speaker": None, "text": None, "title": "Japan, India agree", "confidence": 0.9},
    {"fact_id": "q", "article_id": "a1", "kind": "quote", "category": None, "summary": None,
     "date": None, "date_end": None, "date_precision": None, "actors": (), "places": (),
     "speaker": "Gen Nakatani", "text": "Cooperate", "title": "Japan, India agree",
     "confidence": None},
])  # fmt: skip


def test_table_rows_read_like_sentences():
    table = table_rows(FACTS).set_index("fact_id")
    assert table.loc["m", "places"] == "New Delhi; Quad (not located)"
    assert table.loc["m", "actors"] == "Japan; India"
    assert table.loc["q", "category"] == "quote"
    assert table.loc["q", "summary"] == "Gen Nakatani: “Cooperate”"
    assert table.loc["q", "actors"] == "Gen Nakatani"


def test_picker_labels_start_with_the_date():
    assert picker_labels(FACTS)["m"] == "2025-05-05 · meeting · Ministers meet"


def picker_page():
    import streamlit as st

    from components.fact_table import render_fact_picker

    labels = {"m": "Ministers meet", "q": "A quote", "x": "Not listed"}
    st.session_state["picked"] = render_fact_picker(labels, listed=["m", "q"])


def test_picker_takes_the_fact_id_from_the_link_and_shows_its_label():
    at = AppTest.from_function(picker_page, default_timeout=20)
    at.query_params["fact"] = "q"
    at.run()
    assert not at.exception
    assert at.session_state["picked"] == "q"
    assert at.selectbox(key="fact_shown").value == "q"


def test_choosing_in_the_visible_picker_selects_the_fact():
    at = AppTest.from_function(picker_page, default_timeout=20)
    at.run()
    at.selectbox(key="fact_shown").select("m").run()
    assert at.session_state["picked"] == "m"
    assert at.selectbox(key="fact").value == "m"


def test_picker_lists_the_listed_facts_only():
    at = AppTest.from_function(picker_page, default_timeout=20)
    at.run()
    assert at.selectbox(key="fact_shown").options == ["Ministers meet", "A quote"]


def test_a_linked_fact_beyond_the_list_is_offered_and_selected():
    at = AppTest.from_function(picker_page, default_timeout=20)
    at.query_params["fact"] = "x"
    at.run()
    assert at.session_state["picked"] == "x"
    assert at.selectbox(key="fact_shown").options == ["Ministers meet", "A quote", "Not listed"]


def table_page(table):
    from components.fact_table import render_fact_table

    render_fact_table(table, matching=2, selected=None)


def test_table_says_when_it_lists_only_the_first_facts():
    at = AppTest.from_function(table_page, default_timeout=20, args=(table_rows(FACTS).iloc[:1],))
    at.run()
    assert "Listing the first 1 of 2 matching facts" in at.caption[0].value
    assert list(at.dataframe[0].value.columns) == ["fact_id", *COLUMNS]
