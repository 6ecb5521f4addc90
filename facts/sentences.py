"""An article's sentences with their character spans, for choosing the words of a missed event."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def _splitter() -> Language:
    """Return a rule-based sentence splitter (no model: fast, and enough to pick a sentence)."""
    import spacy  # noqa: PLC0415 (spaCy costs a viewer-only process ~50 MB)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences_of(text: str) -> list[tuple[int, int, int, str]]:
    """Return (index, start, end, words) of every sentence of a text, blank ones left out.

    A line break ends a sentence too: a dateline or a heading is a line of its own.
    """
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        for sent in _splitter()(line).sents:
            words = sent.text.strip()
            if words:
                start = offset + sent.start_char + sent.text.index(words)
                found.append((len(found), start, start + len(words), words))
        offset += len(line)
    return found
