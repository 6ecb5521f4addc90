"""Whether a date speaks of what will happen: read from the verb the date hangs on."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

FUTURE_AUX = {"will", "shall", "'ll", "\u2019ll"}
# Verbs under which an infinitive's date is ahead: "decided to hold talks in December".
PLANNING = {
    "plan", "schedule", "expect", "intend", "decide", "agree", "commit", "resolve", "pledge",
    "aim", "seek", "prepare", "propose", "due", "set", "hope", "want", "look",
}  # fmt: skip
_AHEAD = re.compile(r"\b(?:next|upcoming|coming|planned|forthcoming|scheduled)\s+$", re.I)


def future_dates(doc: Doc, spans: list[tuple[int, int]], sentences: Sequence[Span],
                 text: str) -> set[int]:  # fmt: skip
    """Return the start offsets of the date spans that speak of what will happen.

    `sentences` and `text` are the doc's, read once: Doc.sents and Doc.text walk the whole doc
    on each call.
    """
    out = set()
    for start, end in spans:
        if _AHEAD.search(text[max(0, start - 20) : start]):
            out.add(start)
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        verb = _governing_verb(span.root)
        if verb is None:
            sent = next(s for s in sentences if s.start <= span.root.i < s.end)
            if _future_sentence(sent):
                out.add(start)
        elif _future_verb(verb):
            out.add(start)
    return out


def _governing_verb(tok: Token) -> Token | None:
    """Return the verb a date hangs on (through prepositions and nouns), if any."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _future_verb(verb: Token) -> bool:
    """Tell whether a verb speaks of the future: "will hold", "plans to visit", "is to meet"."""
    node = verb
    for _ in range(3):  # "will continue to hold", "agreed to begin holding"
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
        if node.tag_ in ("VBD", "VBN") and node.dep_ not in ("xcomp",):
            return False  # told in the past: "the ships visited in July"
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if infinitive and node.head.lemma_.lower() in PLANNING:
            return True
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _future_sentence(sent: Span) -> bool:
    """Tell whether a sentence speaks of what will happen (a date hung on no verb)."""
    return any(t.lower_ in FUTURE_AUX and t.dep_ == "aux" for t in sent)
