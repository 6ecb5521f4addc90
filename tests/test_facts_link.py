import re
from datetime import date

import pytest

from facts.labels import escape_markdown
from facts.link import LinkValues, adjusted_values, notice_of, rejected_values

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
