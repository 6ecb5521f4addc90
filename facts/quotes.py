"""Quotations: the exact quoted words and who said them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from facts.actors import DEMONYMS
from facts.mentions import NAME_SUFFIXES, TITLE_WORDS, inside

SPEECH_VERBS = {
    "say", "state", "tell", "add", "note", "stress", "reiterate", "emphasize", "emphasise",
    "warn", "declare", "announce", "explain", "write", "remark", "insist", "argue", "assert",
    "urge", "comment", "echo", "tweet", "post", "describe", "call",
}  # fmt: skip
# What a source puts its words in: "according to a statement from the ministry".
_WRITINGS = {"statement", "release", "report", "post", "readout", "letter", "note"}
_PRONOUNS = {"he", "she", "him", "her"}
# Subject pronouns that, with no person named before, say of the last sentence's subject.
_BACK_SUBJECTS = {"it", "he", "she", "they"}


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
    # The doc's entities once: Span.ents walks every entity of the doc for each sentence.
    ents = [e for e in sentences[0].doc.ents if e.label_ == "PERSON"] if sentences else []
    persons = [(e.start_char, e.text) for e in ents]
    titled = _titled_people(ents, people)
    for start, end in spans:
        before = [name for at, name in persons if at < start]
        last_person = _full(before[-1], people) if before else None
        words = text[start + 1 : end - 1]
        index = _sentence_at(sentences, start)
        # A quote of several sentences: its attribution follows the sentence it ends in.
        window = [
            s for s in sentences[index : _sentence_at(sentences, end - 1) + 2]
            if "\n" not in text[end : s.start_char]  # attributions stay in their paragraph
        ]  # fmt: skip
        if index > 0 and text[:start].rstrip().endswith(":"):
            window.insert(0, sentences[index - 1])  # "The minister told reporters:" then it
        if len(words.split()) < 3 or not any(w.islower() for w in words.split()):
            continue  # scare quotes and quoted names ("Xiang Yang Hong 22") are not speech
        speaker_tok = _speaker_token(window, spans, anchor=(start, end))
        if speaker_tok is not None:
            speaker = _speaker_name(speaker_tok, people, last_person)
            speaker = _named_title(speaker, [(a, n) for a, w, n in titled if a < start], titled)
        elif out and (out[-1].sentence >= index - 1 or "\n" not in text[out[-1].end : start]):
            speaker = out[-1].speaker  # a quote running on from the one before, unattributed
        else:
            continue
        out.append(Quote(words, start + 1, end - 1, _earlier_full(speaker, out), index))
    return out


def _titled_people(persons: list[Span], people: dict[str, str]) -> list[tuple[int, str, str]]:
    """Return (offset, title word, full name) for each person introduced with a title."""
    out = []
    for ent in persons:
        before = ent.doc[max(0, ent.start - 4) : ent.start]
        starts = [t.i for t in before if t.is_sent_start]  # titles stay in the name's sentence
        words = [t.lower_ for t in before if t.i >= max(starts, default=0)]
        words += [w.lower() for w in ent.text.split()[:-1]]
        name = _full(_untitled(ent), people)
        out += [(ent.start_char, w, name) for w in words if w in TITLE_WORDS]
    return out


def _named_title(speaker: str, before: list[tuple[int, str]],
                 titled: list[tuple[int, str, str]]) -> str:  # fmt: skip
    """Return who "the spokesperson" is: the last person the text introduced with that title."""
    words = speaker.lower().split()
    if (
        len(words) < 2
        or words[0] not in ("the", "a")
        or not all(w in TITLE_WORDS for w in words[1:])
    ):
        return speaker
    title = words[-1]
    named = [n for a, w, n in titled if w == title and (a, n) in before]
    return named[-1] if named else speaker


def _earlier_full(speaker: str, earlier: list[Quote]) -> str:
    """Return the full name of a speaker named by surname alone ("Bener" after "Caner Bener")."""
    if " " in speaker:
        return speaker
    return next((q.speaker for q in earlier if q.speaker.split()[-1] == speaker), speaker)


def _sentence_at(sentences: list[Span], offset: int) -> int:
    """Return the index of the sentence holding a character offset."""
    return next(i for i, s in enumerate(sentences) if s.start_char <= offset < s.end_char)


def _full(name: str, people: dict[str, str]) -> str:
    """Return the full name a person mention stands for ("J. Austin III": by "Austin")."""
    core = [w for w in name.split() if w.lower() not in NAME_SUFFIXES] or name.split()
    return people.get(name, people.get(core[-1], name)) if core else name


def _speaker_token(window: list[Span], spans: list[tuple[int, int]],
                   *, anchor: tuple[int, int]) -> Token | None:  # fmt: skip
    """Return the subject of the speech verb nearest the quote, outside any quote."""
    best: tuple[int, Token] | None = None
    for sent in window:
        for tok in sent:
            if inside(spans, tok.idx, tok.idx + 1):
                continue
            if tok.lemma_.lower() in SPEECH_VERBS:
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                subject = subject or _words_before(tok, after=anchor[1])
            else:
                subject = _according_to(tok)
            if subject is None or inside(spans, subject.idx, subject.idx + 1):
                continue
            distance = min(abs(tok.idx - anchor[0]), abs(tok.idx - anchor[1]))
            if best is None or distance < best[0]:
                best = (distance, subject)
    if best is None or best[0] > 200:
        return None
    return best[1]


def _according_to(tok: Token) -> Token | None:
    """Return whom "according to" names ("According to the coast guard, ..."), else None.

    "according to a statement from the embassy": the embassy, whose statement it is.
    """
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    named = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if named is None or named.lemma_.lower() not in _WRITINGS:
        return named
    source = (g for c in named.children if c.lower_ in ("from", "by", "of") for g in c.children)
    return next((g for g in source if g.dep_ == "pobj"), named)


def earlier_subject(pronoun: Token) -> Token | None:
    """Return whom a pronoun says of: the subject of the sentence before ("The navy ... . It")."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _words_before(verb: Token, *, after: int) -> Token | None:
    """Return who speaks in '"...," the spokesman, Tom Hale, said' when the parse lost the subject.

    The words between the quote's end and the speech verb name the speaker: the last person
    among them, else the last noun.
    """
    between = [t for t in verb.sent if after <= t.idx < verb.idx]
    if not between or len(between) > 12:
        return None
    people = [t for t in between if t.ent_type_ == "PERSON"]
    nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN")]
    return (people or nouns or [None])[-1]


def _speaker_name(tok: Token, people: dict[str, str], last_person: str | None) -> str:
    """Return the full name of a speaker, or the words that describe them."""
    if tok.lower_ in _PRONOUNS and last_person:
        return last_person
    told = earlier_subject(tok) if tok.lower_ in _BACK_SUBJECTS else None
    if told is not None:
        # "The navy said ... . It added", "The minister spoke on Monday. ... , she said"
        return _speaker_name(told, people, last_person)
    if tok.text in people:
        return people[tok.text]
    named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if tok.ent_type_ != "PERSON" and named is not None:
        tok = named  # "the ministry's spokesperson, Jane Doe, said": the name, not the title
    if tok.ent_type_ == "PERSON":  # "President Trump": the name without its title
        return _full(_untitled(next(e for e in tok.doc.ents if e.start <= tok.i < e.end)), people)
    # "Capt. Tyson Scofield, commanding officer of Waesche": the words before the comma
    comma = next((t.i for t in tok.subtree if t.i > tok.i and t.text == ","), len(tok.doc))
    phrase = " ".join(
        t.text for t in tok.subtree if t.i < comma and t.dep_ not in ("relcl", "punct", "appos")
    )
    phrase = phrase.replace(" \u2019s", "\u2019s").replace(" 's", "'s")
    last = phrase.split()[-1] if phrase else ""
    if last in people:
        return people[last]
    # "Turkish Rear Adm. Caner Bener", a name the model did not take for a person's
    return _untitled_words(phrase) if _titled_name(phrase) else phrase


def _untitled(ent: Span) -> str:
    """Return a person's name without the titles before it ("Prime Minister", "Lt. Gen.")."""
    return _untitled_words(ent.text)


def _untitled_words(name: str) -> str:
    """Drop the titles and a nationality before a name ("Turkish Rear Adm.", "Lt. Gen.")."""
    words = name.split()
    while len(words) > 1 and _title_word(words[0]):
        words = words[1:]
    return " ".join(words)


def _title_word(word: str) -> bool:
    """Tell whether a word is a title, a rank or a nationality ("Adm.", "Turkish")."""
    return word.lower() in TITLE_WORDS or word.lower() in DEMONYMS


def _titled_name(phrase: str) -> bool:
    """Tell whether a phrase is titles followed by a capitalised name of two or more words."""
    words = phrase.split()
    name = _untitled_words(phrase).split()
    return len(words) > len(name) >= 2 and all(w[:1].isupper() for w in name)
