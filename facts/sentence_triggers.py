"""The trained classifier's say over a sentence's rule triggers: kept, recategorised or added."""

from __future__ import annotations

from spacy.tokens import Span, Token

from facts.mentions import inside
from facts.model import CATEGORIES
from facts.quotes import SPEECH_VERBS
from facts.sentence_model import EVENT, Thresholds
from facts.triggers import Trigger


def checked_triggers(found: list[Trigger], sent: Span, probs: dict[str, float], *,
                     quoted: list[tuple[int, int]],
                     limits: Thresholds) -> list[Trigger]:  # fmt: skip
    """Return the sentence's triggers as the classifier's probabilities leave them."""
    if not probs:
        return found
    if probs[EVENT] < limits.drop:
        return []
    best = max(CATEGORIES, key=lambda c: probs[c])
    if not found:
        anchor = _main_verb(sent, quoted)
        if probs[EVENT] >= limits.add and anchor is not None:
            return [Trigger(anchor, anchor, best)]
        return []
    return [_recategorised(t, best, probs, limits) for t in found]


def _recategorised(trig: Trigger, best: str, probs: dict[str, float],
                   limits: Thresholds) -> Trigger:  # fmt: skip
    """Return the trigger in the classifier's category when that one is much likelier."""
    if probs[best] >= limits.recategorise and probs[best] - probs[trig.category] >= limits.margin:
        return Trigger(trig.token, trig.anchor, best)
    return trig


def _main_verb(sent: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """Return the verb that tells what a sentence reports ("X said ships entered": entered)."""
    root = sent.root
    if root.lemma_.lower() in SPEECH_VERBS:
        told = [
            c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
        ]
        root = told[0] if told else root
    if root.pos_ not in ("VERB", "AUX") or inside(quoted, root.idx, root.idx + 1):
        return None
    return root
