import pytest

from components.article import highlighted_html
from facts.article import safe_link


def test_evidence_is_marked_and_text_escaped():
    text = "Intro <b>bold</b>.\nA helicopter violated airspace."
    start = text.index("A helicopter")
    got = highlighted_html(text, [(start, len(text))])
    assert got == (
        "<p>Intro &lt;b&gt;bold&lt;/b&gt;.</p><p><mark>A helicopter violated airspace.</mark></p>"
    )


def test_overlapping_spans_merge():
    assert highlighted_html("abcdef", [(0, 3), (2, 5)]) == "<p><mark>abc</mark><mark>de</mark>f</p>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://asianews.network/x", "https://asianews.network/x"),
        ("javascript:alert(1)", None),
        ("data:text/html,hi", None),
        (None, None),
    ],
)
def test_only_web_links_are_offered(url, expected):
    assert safe_link(url) == expected
