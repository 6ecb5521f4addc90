"""Events told twice in one sentence, or named again after they were told, merged into one."""

from __future__ import annotations

from spacy.tokens import Token

from facts.draft import Draft
from facts.lexicon import NOUNS
from facts.triggers import acted_on

# Subjects that point back to what was just told: "the ship", "they", "the two destroyers".
_BACK = {"it", "they", "she", "he", "both"}
_DEFINITE = {"the", "this", "these", "those", "both", "its", "their"}


def merged_retellings(drafts: list[Draft]) -> list[Draft]:
    """Merge events of one category told twice: in one sentence, or again just after."""
    out: list[Draft] = []
    for d in drafts:
        at = next((i for i, o in enumerate(out) if _retold(o, d)), None)
        if at is None:
            out.append(d)
            continue
        # A full retelling after a lead is the body's account: its words are the evidence.
        kept, other = (d, out[at]) if _retold_whole(out[at], d) else (out[at], d)
        kept.actors = list(dict.fromkeys([*kept.actors, *other.actors]))
        kept.places = list(dict.fromkeys([*kept.places, *other.places]))
        kept.date = kept.date or other.date
        out[at] = kept
    return out


def _retold(a: Draft, b: Draft) -> bool:
    """Tell whether b tells again the event a told."""
    return (
        _same_event(a, b) or _told_again(a, b) or _pointed_back(a, b) or _goes_on_with(a, b)
        or _during_it(a, b) or _retold_whole(a, b)
    )  # fmt: skip


def _retold_whole(a: Draft, b: Draft) -> bool:
    """Tell whether b tells a again in full, as a body retells its lead.

    "On 29 July, the tanker X was attacked off Oman. ... On 29 July, the tanker X was attacked
    near the coast of Oman": the same act by the same word, on the same day each names, done
    by or to the same actors, is one happening.
    """
    if b.sentence <= a.sentence or b.trigger.category != a.trigger.category:
        return False
    if a.date is None or a.date_inherited or b.date_inherited or a.date.precision != "day":
        return False
    same_act = a.trigger.token.lemma_.lower() == b.trigger.token.lemma_.lower()
    return same_act and a.date == b.date and bool(set(a.actors) & set(b.actors))


def _during_it(a: Draft, b: Draft) -> bool:
    """Tell whether b is a moment of a, named again: "During the attack, the pirates fired".

    What happens "during the attack" just told is part of that attack; whatever ships do
    "during the exercise" (fire missiles, sail in formation) is that exercise. What is done
    during a meeting (a pledge, an agreement) is an event of its own kind.
    """
    if not 0 <= b.sentence - a.sentence <= 2 or b.trigger.token.i != b.trigger.anchor.i:
        return False
    in_drill = a.trigger.category == "exercise" and b.trigger.category in ("incident", "deployment")
    if b.trigger.category != a.trigger.category and not in_drill:
        return False
    if b.date is not None and a.date is not None and not b.date_inherited and b.date != a.date:
        return False
    named = a.trigger.token
    return any(
        noun.i == named.i or noun.lemma_.lower() == named.lemma_.lower()
        or NOUNS.get(noun.lemma_.lower()) == a.trigger.category
        for prep in b.trigger.anchor.children if prep.dep_ == "prep" and prep.lower_ == "during"
        for noun in prep.children if noun.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    )  # fmt: skip


def _same_event(a: Draft, b: Draft) -> bool:
    """Tell whether two drafts report one event."""
    if _back_reference(a, b):
        return True
    if a.sentence != b.sentence or a.trigger.category != b.trigger.category:
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    if _named_by_noun(a) and _named_by_noun(b) and _apart(a.places, b.places):
        return False  # "fistfights near A, and clashes near B": two places, two events
    if (_named_by_noun(a) or _named_by_noun(b)) and _apart(a.actors, b.actors):
        return False  # "after the intrusion of fishing boats, coast guard ships entered": two
    subjects = [_subject(d.trigger.anchor) for d in (a, b)]
    # "X captured pirates after the dhow attempted an attack": two doers, two events.
    return None in subjects or subjects[0] == subjects[1]


def _told_again(a: Draft, b: Draft) -> bool:
    """Tell whether b goes on telling a, just after it, with no date of its own.

    "... conducted a transit Jan. 5. The ship transited through a corridor": the same word of
    the same kind of event, its subject pointing back, and the date it took from a.
    """
    if b.trigger.category != a.trigger.category or not 0 < b.sentence - a.sentence <= 2:
        return False
    if a.date is None or a.date_inherited or b.date is not a.date or not b.date_inherited:
        return False  # b must have taken its date from a, which told it
    if a.trigger.token.lemma_.lower() != b.trigger.token.lemma_.lower():
        return False  # "the ministers resolved to X. The ministers resolved to Y": two acts
    subject = next((c for c in b.trigger.anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and b.trigger.anchor.dep_ == "acl":
        subject = b.trigger.anchor.head  # "The ship transited ..." misparsed as a noun phrase
    if subject is None:
        return False
    if subject.lower_ in _BACK:
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in subject.children)


def _goes_on_with(a: Draft, b: Draft) -> bool:
    """Tell whether b, just after a, tells more of a through the thing a acted on or with.

    "A missile was launched toward the tanker. The missile struck the vessel": "the missile"
    is the one just launched, and its strike is the same attack, not a second one. The thing
    must be what a's event moved or hit, not who did it ("The navy seized a dhow. The navy
    boarded a tanker": two acts).
    """
    if b.trigger.category != a.trigger.category or b.sentence - a.sentence != 1:
        return False
    if b.date is not None and not b.date_inherited:
        return False
    subject = next((c for c in b.trigger.anchor.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    things = {t.lemma_.lower() for t in acted_on(a.trigger.anchor)}
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in things


def _pointed_back(a: Draft, b: Draft) -> bool:
    """Tell whether b names a's event again by a definite noun: "the strikes", "these attacks".

    An event told once and then referred to ("the strikes that took place this evening",
    "participated in these strikes") is one happening, told once.
    """
    tok = b.trigger.token
    if tok.pos_ not in ("NOUN", "PROPN") or b.sentence <= a.sentence:
        return False
    if tok.lemma_.lower() != a.trigger.token.lemma_.lower() and not (
        b.trigger.category == a.trigger.category and a.trigger.token.pos_ == "VERB"
        and tok.lemma_.lower() in NOUNS
    ):  # fmt: skip
        return False
    if b.date is not None and a.date is not None and not b.date_inherited and b.date != a.date:
        return False  # "the attack on Tuesday" after one on Monday: another attack
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children)


def _named_by_noun(d: Draft) -> bool:
    """Tell whether an event is told by a noun alone ("clashes between A and B"), not a verb."""
    return d.trigger.anchor.i == d.trigger.token.i and d.trigger.token.pos_ != "VERB"


def _apart(one: list[str], other: list[str]) -> bool:
    """Tell whether two events name actors (or places) and none in common."""
    return bool(one) and bool(other) and not set(one) & set(other)


def _back_reference(a: Draft, b: Draft) -> bool:
    """Tell whether b only names a dated event told before: "following the June 15 clash"."""
    tok = b.trigger.token
    bare_noun = b.trigger.anchor.i == tok.i and tok.pos_ != "VERB" and tok.lemma_ in NOUNS
    bare_noun = bare_noun and any(t.ent_type_ == "DATE" for t in tok.subtree)  # "the June 15 clash"
    same_day = a.date is not None and a.date == b.date and a.date.precision == "day"
    named_again = bare_noun or _the_one_just_told(a, b)
    return named_again and same_day and a.trigger.category == b.trigger.category


def _the_one_just_told(a: Draft, b: Draft) -> bool:
    """Tell whether b is "the clash" just after a clash was told: "The lethal clash occurred in"."""
    tok = b.trigger.token
    if tok.pos_ != "NOUN" or tok.lemma_ not in NOUNS or b.sentence - a.sentence != 1:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _subject(tok: Token) -> int | None:
    """Return the index of a verb's own subject, or None if it shares another verb's."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.i if subject is not None else None
