"""The trained sentence classifier: does a sentence report an event, and of which category."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Span

from facts.model import CATEGORIES
from facts.triggers import Trigger
from paths import DATA

MODEL_DIR = DATA / "models" / "event_sentences"
TRAINING_RECORD = "training.json"  # beside the model: data, thresholds and scores it came from
EVENT = "event"  # the label "reports an event of any category"
LABELS = (EVENT, *CATEGORIES)

# Sentences in, one {label: probability} per sentence out.
Classifier = Callable[[Sequence[str]], list[dict[str, float]]]


@dataclass(frozen=True)
class Thresholds:
    """Where the classifier's probabilities overrule the rules (tuned by cross-validation)."""

    drop: float = 0.0  # below this "event" probability a sentence's triggers are dropped
    add: float = 1.01  # from it up a sentence no rule fired on gets an event at its main verb
    recategorise: float = 1.01  # a category this likely replaces the trigger's ...
    margin: float = 1.0  # ... when it beats the trigger's own by this much


def classifier_input(sent: Span, triggers: Sequence[Trigger],
                     quoted: Sequence[tuple[int, int]] = ()) -> str:  # fmt: skip
    """Return what the classifier reads of a sentence: its words, then what the rules found.

    The rules' triggers are written as words of their own ("rule_agreement lemma_commit
    tag_VBP"), so the classifier learns where the rules are right in what kind of sentence.
    Quoted words (`quoted`, character spans of the text) are read as one word, "quote": what a
    quotation says is no event, and its words would teach that a sentence holding one tells none.
    """
    found = [
        f"rule_{t.category} lemma_{t.token.lemma_.lower()} tag_{t.anchor.tag_} dep_{t.anchor.dep_}"
        for t in triggers
    ]
    return f"{_unquoted(sent, quoted).strip()} ||| {' '.join(found) or 'rule_none'}"


def _unquoted(sent: Span, quoted: Sequence[tuple[int, int]]) -> str:
    """Return a sentence's text with each quotation inside it written as the word "quote"."""
    text, start, pieces = sent.text, sent.start_char, []
    at = 0
    for first, last in sorted(quoted):
        s, e = max(first - start, 0), min(last - start, len(text))
        if at <= s < e:
            pieces += [text[at:s], " quote "]
            at = e
    return "".join([*pieces, text[at:]])


def no_classifier(texts: Sequence[str]) -> list[dict[str, float]]:
    """Return no opinion on any text: rules alone decide."""
    return [{} for _ in texts]


@dataclass(frozen=True)
class SentenceModel:
    """A classifier and the thresholds at which it overrules the rules."""

    classify: Classifier = no_classifier
    thresholds: Thresholds = field(default_factory=Thresholds)


class TextcatClassifier:
    """A spaCy text classifier over sentence texts (a blank English pipeline with textcat)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Return the label probabilities of each text."""
        return [dict(doc.cats) for doc in self.nlp.pipe(texts, batch_size=64)]


RULES_ONLY = SentenceModel()


@cache
def default_model() -> SentenceModel:
    """Return the shipped model, or rules alone if it was not built (`python -m facts train`)."""
    if not (MODEL_DIR / "config.cfg").is_file():
        return RULES_ONLY
    record = json.loads((MODEL_DIR / TRAINING_RECORD).read_text(encoding="utf-8"))
    nlp = spacy.load(MODEL_DIR)
    return SentenceModel(TextcatClassifier(nlp), Thresholds(**record["thresholds"]))
