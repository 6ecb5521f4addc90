from streamlit.testing.v1 import AppTest


def filters_page():
    from datetime import date

    import streamlit as st

    from components.filters import render_filters
    from facts.link import LinkValues
    from facts.query import Filters

    accepted = LinkValues(
        layers=("adiz", "ports"), categories=("meeting", "incursion"), actors=("China", "Japan"),
        places=("Senkaku Islands",), views=("indo_pacific", "east_china_sea"), facts=("f1",),
        articles=("a1", "a2"), first_day=date(2025, 5, 1), last_day=date(2025, 5, 31),
    )  # fmt: skip
    chosen = render_filters(
        accepted, defaults=Filters(layers=("adiz", "ports"), view="indo_pacific"),
        layer_titles={"adiz": "ADIZ", "ports": "Ports"},
        article_titles={"a1": "Article one", "a2": "Article two"}, offered_articles=("a1",),
    )  # fmt: skip
    st.session_state["chosen"] = chosen


def run(**link):
    at = AppTest.from_function(filters_page, default_timeout=20)
    for name, value in link.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    return at, at.session_state["chosen"]


def test_defaults_without_link():
    _, chosen = run()
    assert chosen.view == "indo_pacific"
    assert chosen.layers == ("adiz", "ports")
    assert chosen.dates is None
    assert (chosen.categories, chosen.actors, chosen.query) == ((), (), "")


def test_link_restores_every_filter():
    _, chosen = run(
        view="east_china_sea", layers=["ports"], category=["incursion"], actor=["China"],
        place=["Senkaku Islands"], dates=["2025-05-02", "2025-05-09"], article="a1",
        q="helicopter",
    )  # fmt: skip
    assert chosen.view == "east_china_sea"
    assert chosen.layers == ("ports",)
    assert chosen.categories == ("incursion",)
    assert chosen.actors == ("China",)
    assert chosen.places == ("Senkaku Islands",)
    assert [d.isoformat() for d in chosen.dates] == ["2025-05-02", "2025-05-09"]
    assert chosen.article == "a1"
    assert chosen.query == "helicopter"


def test_unknown_values_fall_back_to_defaults():
    _, chosen = run(layers=["<script>"], dates=["yesterday"], view="moon")
    assert chosen.view == "indo_pacific"
    assert chosen.dates is None


def test_a_linked_article_the_box_does_not_offer_is_still_chosen_and_shown():
    at, chosen = run(article="a2")
    assert chosen.article == "a2"
    (box,) = [s for s in at.selectbox if s.label == "Article"]
    assert box.options == ["Article one", "Article two"]
    assert box.value == "a2"
    assert "latest of 2 articles" in " ".join(c.value for c in at.caption)
