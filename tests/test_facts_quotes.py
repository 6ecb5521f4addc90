from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")


def _speakers(text: str):
    facts = facts_from_text(text, published=date(2024, 3, 6), gazetteer=EmptyGazetteer())
    return [f.speaker for f in facts if f.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "according to" a statement: whose statement it is.
        ('"The ships left the area," according to a statement from the Navy of Examplia.',
         "the Navy of Examplia"),
        # After the quote, across a comma.
        ('"We tracked the vessel for three days," Reed said, adding that the crew was safe.',
         "Reed"),
        # Before the quote, in the sentence that opens it.
        ('Admiral John Reed told reporters: "We tracked the vessel for three days."',
         "John Reed"),
        # Before the quote, in the paragraph before it.
        ('Admiral John Reed told reporters:\n"We tracked the vessel for three days."',
         "John Reed"),
        # A title only: the person the text introduced with it.
        ('Navy spokeswoman Maria Lopez spoke on Monday. "The ships left the area and headed '
         'north," the spokeswoman said.', "Maria Lopez"),
        # A title with the name beside it, after the quote.
        ('"We tracked the vessel for three days," the navy\'s spokesman, Tom Hale, said.',
         "Tom Hale"),
        # A name with a suffix, its given name left out by the model.
        ('"We tracked the vessel for three days," Secretary of the Navy Carl J. Brandt III said.',
         "Carl J. Brandt III"),
        # An office the model keeps in the name, and a post after a comma.
        ('"We tracked the vessel for three days," Secretary of War Carl Brandt said.',
         "Carl Brandt"),
        ('"We tracked the vessel for three days," said Capt. Tyson Hale, commanding officer of '
         "Waesche.", "Tyson Hale"),
        # A rank's abbreviation keeps its dot; without one it is a given name.
        ('"We tracked the vessel for three days," said Air Force Gen. Tom Hale.', "Tom Hale"),
        ('"We tracked the vessel for three days," Defense Minister Gen Sato said.', "Gen Sato"),
        # In the next sentence.
        ('The minister Kenji Sato was asked about the drills. "These drills are held to defend '
         'the islands." He added that more would follow.', "Kenji Sato"),
    ],
)  # fmt: skip
def test_the_speaker_is_found_wherever_the_attribution_stands(text, speaker):
    assert _speakers(text) == [speaker]


def test_according_to_names_the_speaker():
    text = 'According to the coast guard, "the vessel left the area and headed north."'
    assert _speakers(text) == ["the coast guard"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The navy issued a statement on Monday. "We will defend our waters," it said.',
         "The navy"),
        ('The minister spoke on Monday. "We will not accept this," she said.', "The minister"),
        ('The two ministers met on Monday. "We agreed to work together," they said.',
         "The two ministers"),
    ],
)  # fmt: skip
def test_a_pronoun_speaks_for_the_subject_of_the_sentence_before(text, speaker):
    assert _speakers(text) == [speaker]
