import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from facts.token_kinds import KindAttributeRuler

# One of each kind of rule the model has: a tag, a word set, a set left out, a pattern, two tokens.
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "DT", "LOWER": {"IN": ["the", "a"]}}]], "attrs": {"MORPH": "Def=Yes"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": "aux"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^gon$"}}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
]


@pytest.fixture
def doc() -> Doc:
    words = ["The", "ship", "is", "gon", "na", "sail", "\n", "a", "ship"]
    tags = ["DT", "NN", "VBZ", "VBG", "TO", "VB", "_SP", "DT", "NN"]
    deps = ["det", "nsubj", "aux", "ROOT", "aux", "xcomp", "dep", "det", "dobj"]
    heads = [1, 3, 3, 3, 5, 3, 5, 8, 5]
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_kind_ruler_matches_as_the_attribute_ruler_does(doc):
    spacy_ruler, kind_ruler = AttributeRuler(doc.vocab), KindAttributeRuler(doc.vocab)
    spacy_ruler.add_patterns(RULES)
    kind_ruler.add_patterns(RULES)
    assert kind_ruler.match(doc) == spacy_ruler.match(doc)
    assert len(kind_ruler.match(doc)) == 8  # "na" is an aux tagged TO: left out
