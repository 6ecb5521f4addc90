from datetime import date
from urllib.parse import parse_qs

from components.share import share_html
from facts.link import share_query
from facts.query import Filters

DEFAULTS = Filters(layers=("adiz", "ports"), view="indo_pacific")


def test_defaults_give_an_empty_query():
    assert share_query(DEFAULTS, defaults=DEFAULTS, fact=None) == ""


def test_every_changed_filter_is_in_the_link():
    chosen = Filters(
        layers=("adiz",), categories=("incursion", "piracy"), actors=("China Coast Guard",),
        places=("Senkaku Islands",), dates=(date(2025, 5, 1), date(2025, 5, 7)),
        view="east_china_sea", article="a1", query="helicopter",
    )  # fmt: skip
    got = parse_qs(share_query(chosen, defaults=DEFAULTS, fact="f1"))
    assert got == {
        "view": ["east_china_sea"], "layers": ["adiz"], "category": ["incursion", "piracy"],
        "actor": ["China Coast Guard"], "place": ["Senkaku Islands"],
        "dates": ["2025-05-01", "2025-05-07"], "article": ["a1"], "q": ["helicopter"],
        "fact": ["f1"],
    }  # fmt: skip


def test_all_layers_off_is_an_empty_value():
    query = share_query(Filters(view="indo_pacific"), defaults=DEFAULTS, fact=None)
    assert query == "layers="


def test_the_shown_link_is_escaped():
    shown = share_html('http://host/"><script>alert(1)</script>?q=a%26b')
    assert "<script>alert" not in shown
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;?q=a%26b" in shown
