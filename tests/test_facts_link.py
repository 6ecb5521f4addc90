import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facts.labels import escape_markdown
from facts.link import (
    NAMES,
    QUERY_MAX_CHARS,
    LinkValues,
    adjusted_values,
    notice_of,
    rejected_values,
)

ACCEPTED = LinkValues(
    layers=("adiz", "ports"),
    categories=("meeting", "piracy"),
    actors=("India", "Japan"),
    places=("New Delhi",),
    views=("indo_pacific",),
    facts=("f1",),
    articles=("a1",),
    first_day=date(2025, 5, 1),
    last_day=date(2025, 5, 31),
)


def test_good_link_rejects_nothing():
    link = {
        "layers": ["adiz", "ports"],
        "category": ["piracy"],
        "dates": ["2025-05-02", "2025-05-09"],
        "fact": ["f1"],
        "q": ["coast guard"],
    }
    assert rejected_values(link, ACCEPTED) == []


def test_empty_value_clears_and_is_fine():
    assert rejected_values({"layers": [""], "dates": [""]}, ACCEPTED) == []


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ({"layers": ["<script>", "adiz"]}, [("layers", "<script>")]),
        ({"dates": ["yesterday"]}, [("dates", "yesterday")]),
        ({"dates": ["2024-01-01", "2025-05-02"]}, [("dates", "2024-01-01 2025-05-02")]),
        ({"dates": ["20250502", "20250509"]}, [("dates", "20250502 20250509")]),
        ({"dates": ["2025-W18-5"]}, [("dates", "2025-W18-5")]),
        ({"fact": ["nope"]}, [("fact", "nope")]),
        ({"view": ["moon"], "article": ["a2"]}, [("view", "moon"), ("article", "a2")]),
    ],
)
def test_bad_values_are_named(link, expected):
    assert rejected_values(link, ACCEPTED) == expected


@pytest.mark.parametrize(
    ("link", "how"),
    [
        ({"q": ["x" * 201]}, "only its first 200 characters are searched for"),
        ({"dates": ["2025-05-09", "2025-05-02"]}, "read as the range 2025-05-02 to 2025-05-09"),
        ({"dates": ["2025-05-02", "2025-05-20", "2025-05-09"]},
         "read as the range 2025-05-02 to 2025-05-20"),
    ],
)  # fmt: skip
def test_values_used_other_than_written_say_how_and_are_not_called_ignored(link, how):
    assert rejected_values(link, ACCEPTED) == []
    ((_, _, said),) = adjusted_values(link, ACCEPTED)
    assert said == how


# What each parameter's widget applies as written, said independently of `facts.link`.
APPLIED = {
    "layers": set(ACCEPTED.layers), "category": set(ACCEPTED.categories),
    "actor": set(ACCEPTED.actors), "place": set(ACCEPTED.places), "view": set(ACCEPTED.views),
    "fact": set(ACCEPTED.facts), "article": set(ACCEPTED.articles),
    "review": set(ACCEPTED.reviews), "tab": set(ACCEPTED.tabs), "marks": {"events", "reports"},
    "zone": set(ACCEPTED.zones), "near": set(ACCEPTED.targets), "sources": {"1"},
    "nm": {str(n) for n in range(1, 5001)},
    "dates": {f"2025-05-{day:02d}" for day in range(1, 32)},
}  # fmt: skip
LINK_TEXT = st.one_of(st.text(max_size=300), st.sampled_from(["adiz", "piracy", "f1", "2025-05-09",
                                                              "1", "50", "about", ""]))  # fmt: skip


@given(st.sampled_from(NAMES), st.lists(LINK_TEXT, min_size=1, max_size=3))
def test_any_link_value_is_applied_as_written_or_named_in_an_escaped_notice(name, values):
    rejected = rejected_values({name: values}, ACCEPTED)
    adjusted = adjusted_values({name: values}, ACCEPTED)
    named = {value for _, value in rejected} | {value for _, value, _ in adjusted}
    for value in values:
        applied = value == "" or value in APPLIED.get(name, {value})  # `area`: its own tests
        if name == "q":
            applied = len(value) <= QUERY_MAX_CHARS
        assert applied or value in named or " ".join(values) in named
    if rejected or adjusted:
        notice = notice_of(rejected, adjusted)
        assert re.search(r"(?<!\\)[<\[\]]", notice) is None


def test_dates_rejected_when_no_fact_is_dated():
    undated = LinkValues(**{**ACCEPTED.__dict__, "first_day": None, "last_day": None})
    assert rejected_values({"dates": ["2025-05-02"]}, undated) == [("dates", "2025-05-02")]


def test_notice_escapes_markdown_and_html():
    notice = notice_of([("layers", "<img src=x>"), ("q", "[click](http://evil)")])
    assert re.search(r"(?<!\\)[<\[\]]", notice) is None  # every < [ ] is backslash-escaped
    assert "\\<img src\\=x\\>" in notice


def test_escape_markdown_keeps_plain_words():
    assert escape_markdown("China Coast Guard") == "China Coast Guard"


SPACE = LinkValues(**{**ACCEPTED.__dict__, "zones": ("senkaku_contiguous_zone",),
                      "targets": ("chokepoints",)})  # fmt: skip


def test_space_and_tab_values_are_accepted():
    link = {"zone": ["senkaku_contiguous_zone"], "near": ["chokepoints"], "nm": ["120"],
            "area": ["120_20_125_20_125_30"], "tab": ["statistics"]}  # fmt: skip
    assert rejected_values(link, SPACE) == []


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ({"zone": ["moon"]}, [("zone", "moon")]),
        ({"near": ["atlantis"]}, [("near", "atlantis")]),
        ({"nm": ["-3"]}, [("nm", "-3")]),
        ({"nm": ["far"]}, [("nm", "far")]),
        ({"area": ["1_2_3"]}, [("area", "1_2_3")]),
        ({"tab": ["Senkaku vessel statistics"]}, [("tab", "Senkaku vessel statistics")]),
    ],
)
def test_bad_space_and_tab_values_are_named(link, expected):
    assert rejected_values(link, SPACE) == expected


def test_share_query_carries_space_and_tab_and_leaves_defaults_out():
    from urllib.parse import parse_qs

    from facts.link import share_query
    from facts.query import Filters

    defaults = Filters(layers=("adiz",), view="indo_pacific")
    plain = share_query(defaults, defaults=defaults, fact=None, tab="facts")
    assert plain == ""
    chosen = Filters(layers=("adiz",), view="indo_pacific", zones=("ecs_adiz",),
                     near=("ports",), nm=120, area="1_2_3_2_3_4")  # fmt: skip
    query = parse_qs(share_query(chosen, defaults=defaults, fact=None, tab="about"))
    assert query == {"zone": ["ecs_adiz"], "near": ["ports"], "nm": ["120"],
                     "area": ["1_2_3_2_3_4"], "tab": ["about"]}  # fmt: skip
