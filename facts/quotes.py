"""Quotations: the exact quoted words and who said them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from facts.mentions import inside

SPEECH_VERBS = {
    "say", "state", "tell", "add", "note", "stress", "reiterate", "emphasize", "emphasise",
    "warn", "declare", "announce", "explain", "write", "remark", "insist", "argue", "assert",
    "urge", "comment", "echo", "tweet", "post", "describe", "call",
}  # fmt: skip
_PRONOUNS = {"he", "she", "him", "her"}


@dataclass(frozen=True)
class Quote:
    """Quoted words (without their marks), their span, and the resolved speaker."""

    text: str
    start: int
    end: int
    speaker: str
    sentence: int


def quotes_in(text: str, sentences: list[Span], spans: list[tuple[int, int]],
              people: dict[str, str]) -> list[Quote]:  # fmt: skip
    """Return the quotations with a speaker the text names; scare quotes are left out."""
    out: list[Quote] = []
    persons = [(e.start_char, e.text) for s in sentences for e in s.ents if e.label_ == "PERSON"]
    for start, end in spans:
        before = [name for at, name in persons if at < start]
        last_person = _full(before[-1], people) if before else None
        words = text[start + 1 : end - 1]
        index = next(i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char)
        window = sentences[max(0, index) : index + 2]
        if len(words.split()) < 3 or not any(w.islower() for w in words.split()):
            continue  # scare quotes and quoted names ("Xiang Yang Hong 22") are not speech
        speaker_tok = _speaker_token(window, spans, anchor=(start, end))
        if speaker_tok is not None:
            speaker = _speaker_name(speaker_tok, people, last_person)
        elif out and out[-1].sentence >= index - 1:
            speaker = out[-1].speaker  # a second quote running on from the first
        else:
            continue
        out.append(Quote(words, start + 1, end - 1, speaker, index))
    return out


def _full(name: str, people: dict[str, str]) -> str:
    """Return the full name a person mention stands for."""
    return people.get(name, people.get(name.rsplit(maxsplit=1)[-1], name))


def _speaker_token(window: list[Span], spans: list[tuple[int, int]],
                   *, anchor: tuple[int, int]) -> Token | None:  # fmt: skip
    """Return the subject of the speech verb nearest the quote, outside any quote."""
    best: tuple[int, Token] | None = None
    for sent in window:
        for tok in sent:
            if tok.lemma_.lower() not in SPEECH_VERBS or inside(spans, tok.idx, tok.idx + 1):
                continue
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None or inside(spans, subject.idx, subject.idx + 1):
                continue
            distance = min(abs(tok.idx - anchor[0]), abs(tok.idx - anchor[1]))
            if best is None or distance < best[0]:
                best = (distance, subject)
    if best is None or best[0] > 200:
        return None
    return best[1]


def _speaker_name(tok: Token, people: dict[str, str], last_person: str | None) -> str:
    """Return the full name of a speaker, or the words that describe them."""
    if tok.lower_ in _PRONOUNS and last_person:
        return last_person
    if tok.text in people:
        return people[tok.text]
    phrase = " ".join(t.text for t in tok.subtree if t.dep_ not in ("relcl", "punct", "appos"))
    phrase = phrase.replace(" \u2019s", "\u2019s").replace(" 's", "'s")
    last = phrase.split()[-1] if phrase else ""
    return people.get(last, phrase)
