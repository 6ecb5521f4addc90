import pytest

from facts.lines import line_text
from facts.nlp import pipeline


@pytest.mark.parametrize(
    ("text", "words", "line"),
    [
        ("They agreed to “disengage in a phased manner” soon.", 6, "They agreed to disengage in"),
        ('They agreed to "disengage in a phased manner" soon.', 6, "They agreed to disengage in"),
        ("The frigate (FFH 341) sailed.", 4, "The frigate FFH"),
    ],
)
def test_a_cut_leaves_no_quote_or_bracket_open(text, words, line):
    doc = pipeline()(text)
    assert line_text(doc, list(range(words))) == line


def test_other_words_take_the_place_of_some():
    doc = pipeline()("Visiting the port.")
    assert line_text(doc, [0, 1, 2], {0: "visited"}) == "visited the port"
