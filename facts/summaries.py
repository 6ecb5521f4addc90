"""A fact's summary: one short grammatical line saying who did what, and where when known."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from facts.lines import line_text, trimmed
from facts.subjects import antecedent_for_pronoun, opening_of, speaker_for_pronoun, subject_of
from facts.triggers import Trigger, caption_verb

MAX_WORDS = 28
# Prepositions of when and where: after "took place" ("a discussion took place on Monday").
_SCENE = {"in", "on", "at", "near", "off", "around", "during", "inside", "within", "along"}
_SUBJECT_MODIFIERS = {"det", "amod", "compound", "nummod", "poss", "nmod", "punct", "case"}
# What makes up an object's noun phrase before it: "the Navy's deliberate collision".
_OBJECT_PARTS = {"det", "amod", "compound", "nummod", "poss", "nmod"}
_CLAUSE_BREAKS = {
    ",", ";", ":", "\u2013", "\u2014", "which", "who", "while", "whereas", "as", "when", "such",
}  # fmt: skip
_LEAD_ENDS = {",", "\u2013", "\u2014"}


def summary_of(
    trigger: Trigger, scope: set[int], *, places: list[str], future: bool = False
) -> str:
    """Return the line that sums up an event told by the trigger's clause (`future`: to come)."""
    doc = trigger.anchor.doc
    keep = sorted(i for i in scope if not doc[i].is_space)
    keep = _without_lead_in(doc, keep, trigger.anchor)
    keep = _without_asides(doc, _without_fronted(doc, keep, trigger.anchor), trigger.anchor)
    if _told_by_noun(trigger):
        text = _noun_line(doc, keep, trigger.token, future=future)
    else:
        keep = _with_object(trigger.anchor, _short_subject(trigger.anchor, keep))
        opening = opening_of(trigger.anchor, keep)
        words = (
            opening.verbs
            | antecedent_for_pronoun(trigger.anchor)
            | speaker_for_pronoun(trigger.anchor)
        )
        longer = sum(len(w.split()) - 1 for w in words.values())  # "They" -> "The two leaders"
        text = line_text(
            doc, _cut(doc, trimmed(doc, keep), trigger.anchor, most=MAX_WORDS - longer), words
        )
        if opening.words:
            text = f"{opening.words} {text}"
    where = next((p for p in places if p.lower() not in text.lower()), None)
    if where and not any(p.lower() in text.lower() for p in places):
        text = f"{text} ({where})"
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."  # "met in Washington, D.C."


def _told_by_noun(trigger: Trigger) -> bool:
    """Tell whether the event is a noun with no verb telling it ("a discussion on Monday")."""
    tok = trigger.token
    return trigger.anchor.i == tok.i and tok.pos_ in ("NOUN", "PROPN") and not caption_verb(tok)


def _noun_line(doc: Doc, keep: list[int], noun: Token, *, future: bool) -> str:
    """Return "<the event> took place (is to take place) <when/where>" for a noun alone."""
    after = [c for c in noun.rights if c.dep_ == "prep" and c.i in keep and c.lower_ in _SCENE]
    tail = {t.i for c in after for t in c.subtree} & set(keep)
    head = trimmed(doc, [i for i in keep if i not in tail and i in _ids(noun)])
    rest = trimmed(doc, sorted(tail))
    words = line_text(doc, head)
    if head and _ends_aside(doc, noun, head[-1]):
        words += ","  # "The exercise, scheduled for March, is to take place": close the aside
    line = f"{words} {'is to take place' if future else 'took place'}"
    return f"{line} {line_text(doc, _cut(doc, rest, None))}" if rest else line


def _ends_aside(doc: Doc, noun: Token, last: int) -> bool:
    """Tell whether a noun's words end on a clause set off by a comma ("X, held in May")."""
    return any(
        c.dep_ in ("acl", "relcl", "appos") and c.right_edge.i == last
        and doc[c.left_edge.i - 1].text == ","
        for c in noun.rights
    )  # fmt: skip


def _without_lead_in(doc: Doc, keep: list[int], anchor: Token) -> list[int]:
    """Drop a lead-in that ends on a colon before the event ("Issue: ...", "my point is: ...").

    A name alone, as transcripts label a speaker ("SMITH: Launched strikes"), says who did it,
    and stays.
    """
    colons = [i for i in keep if i < anchor.i and doc[i].text == ":"]
    if not colons:
        return keep
    lead = [doc[i] for i in keep if i < colons[-1]]
    named = any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.is_upper for t in lead)
    if len(lead) <= 3 and named:
        return keep
    return [i for i in keep if i > colons[-1]]


def _without_fronted(doc: Doc, keep: list[int], anchor: Token) -> list[int]:
    """Drop what stands before the subject, set off by a comma ("On Monday, they met")."""
    subject = subject_of(anchor)
    if subject is None:
        return _without_opener(doc, keep, anchor)
    start = subject.left_edge.i
    own = _own_start(subject)
    if start < own and doc[own - 1].text == ",":
        start = own  # the parse hung the opening phrase on the subject ("In response to X, the")
    own_words = {t.i for t in subject.subtree}
    while start > 1 and doc[start - 1].ent_type_ == "DATE" and start - 1 not in own_words:
        start -= 1  # "In light of X, today the militaries": the phrase ends at the comma
    fronted = [i for i in keep if i < start]
    if not fronted or doc[start - 1].text != "," or anchor.i < start:
        return keep
    return [i for i in keep if i >= start]


def _own_start(subject: Token) -> int:
    """Return where a subject's own words begin: its determiner and modifiers just before it."""
    start = subject.i
    modifiers = {c.i for c in subject.children if c.dep_ in _SUBJECT_MODIFIERS}
    while start - 1 in modifiers or (
        start - 1 >= 0
        and subject.doc[start - 1].head.i in modifiers | {subject.i}
        and subject.doc[start - 1].dep_ in _SUBJECT_MODIFIERS
    ):
        start -= 1
    return start


def _without_opener(doc: Doc, keep: list[int], anchor: Token) -> list[int]:
    """Drop an opening phrase the parse ran into the subject ("In response to X, the forces").

    When the verb has no subject, the line opens on a phrase of the verb, and a comma before
    the verb is followed by a determiner or a name, what follows that comma is the subject.
    """
    if not keep or doc[keep[0]].pos_ != "ADP" or doc[keep[0]].head.i != anchor.i:
        return keep
    for n, i in enumerate(keep):
        if i >= anchor.i:
            return keep
        if doc[i].text == "," and i + 1 < anchor.i and doc[i + 1].pos_ in ("DET", "PROPN"):
            return keep[n + 1 :]
    return keep


def _without_asides(doc: Doc, keep: list[int], anchor: Token) -> list[int]:
    """Drop phrases set off by commas between the subject and the verb.

    "The forces, with support from five navies, conducted strikes": the line keeps who did
    what; the aside stays in the evidence.
    """
    subject = subject_of(anchor)
    start = subject.i if subject is not None else (keep[0] if keep else anchor.i)
    drop: set[int] = set()
    asides = [*anchor.children, *(subject.rights if subject is not None else [])]
    for c in asides:
        if c.dep_ not in ("prep", "advcl", "npadvmod") or not start < c.i < anchor.i:
            continue
        before, end = c.left_edge.i - 1, c.right_edge.i
        after = end if doc[end].text == "," else end + 1  # the parse may hang the comma inside
        if doc[before].text == "," and after < anchor.i and doc[after].text == ",":
            drop |= {t.i for t in c.subtree} | {before, after}
    return [i for i in keep if i not in drop]


def _with_object(anchor: Token, keep: list[int]) -> list[int]:
    """Keep the verb's object when another event's clause took it ("condemned [the collision]").

    The object's noun and the words before it that make it up (determiner, adjectives, the
    owner's name) stay; what the other clause says after it goes.
    """
    obj = next((c for c in anchor.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i in keep:
        return keep
    core = {obj.i}
    for c in obj.lefts:
        if c.dep_ in _OBJECT_PARTS:
            core |= {t.i for t in c.subtree}
    return sorted(set(keep) | core)


def _short_subject(anchor: Token, keep: list[int]) -> list[int]:
    """Shorten a long subject to its names: no brackets, appositions, clauses or adjectives.

    "We, the leaders of Japan and India, met": the apposition says who "we" are, and stays.
    """
    subject = subject_of(anchor)
    who = next((c for c in subject.children if c.dep_ == "appos"), None) if subject else None
    if subject is not None and subject.lower_ == "we" and who is not None:
        drop = {t.i for t in subject.subtree} - {t.i for t in who.subtree}
        return [i for i in keep if i not in drop]
    if subject is None or len(list(subject.subtree)) <= 10:
        return keep
    drop = _in_brackets(subject)
    for t in subject.subtree:
        named = any(d.ent_type_ in ("PERSON", "VESSEL") for d in t.subtree)
        if t.dep_ in ("relcl", "acl") or (t.dep_ == "appos" and not named):
            drop |= {d.i for d in t.subtree}
    drop |= {i - 1 for i in drop if subject.doc[i - 1].text == ","}  # the comma before "the PM"
    return [i for i in keep if i not in drop]


def _in_brackets(tok: Token) -> set[int]:
    """Return the indices of a subtree's words inside brackets ("(DDG 115)")."""
    out, depth = set(), 0
    for t in tok.subtree:
        depth += t.text == "("
        if depth:
            out.add(t.i)
        depth -= t.text == ")" and depth > 0
    return out


def _cut(doc: Doc, keep: list[int], anchor: Token | None, *, most: int = MAX_WORDS) -> list[int]:
    """Cut a long line at the last clause break before `most` words, then trim its end.

    The cut never falls before the verb and its object: the line must say what was done.
    """
    if len(keep) <= most:
        return trimmed(doc, keep)
    keep = _without_long_lead(doc, keep, anchor)
    core = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "prt"))] if anchor else []
    # The verb, and a short object whole: "conducted a routine transit".
    ends = [t.right_edge.i if t.dep_ == "dobj" and len(list(t.subtree)) < 8 else t.i for t in core]
    least = max((n + 1 for n, i in enumerate(keep) if any(i == e for e in ends)), default=1)
    breaks = [n for n, i in enumerate(keep[: max(most, least)]) if n >= least
              and _breaks_clause(doc[i])]  # fmt: skip
    end = breaks[-1] if breaks else max(most, least)
    while least < end < len(keep) and doc[keep[end]].ent_iob_ == "I":
        end -= 1  # not inside a name or a date: "transit November | 1"
    line = trimmed(doc, keep[:end])
    if len(line) > least and _describes_what_is_cut(doc[line[-1]]):
        line = trimmed(doc, line[:-1])  # "with an opening ceremony held | at ...": no "held."
    return line


def _describes_what_is_cut(tok: Token) -> bool:
    """Tell whether a word is a participle describing a noun, whose details follow it."""
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.i < tok.right_edge.i


def _breaks_clause(tok: Token) -> bool:
    """Tell whether a line may end before a word: a clause or an example list opens there.

    "as" opens a clause ("as the ship sailed") but not a role ("served as part of CTF 151").
    """
    return tok.lower_ in _CLAUSE_BREAKS and not (
        tok.lower_ == "as" and tok.dep_ == "prep" and tok.doc[tok.i - 1].lower_ != "such"
    )


def _without_long_lead(doc: Doc, keep: list[int], anchor: Token | None) -> list[int]:
    """Drop a long opening phrase before the verb, up to a comma or dash that opens "the ...".

    "In response to continued attacks against vessels transiting the Red Sea, the armed forces
    of ... conducted strikes": when the parse lost the subject, the line would not fit. Only a
    line that opens on a phrase (a preposition, an adverb, a participle, a date) loses it.
    """
    before = [n for n, i in enumerate(keep) if anchor is not None and i < anchor.i]
    opener = doc[keep[0]]
    leads = opener.pos_ in ("ADP", "ADV", "SCONJ", "VERB") or opener.ent_type_ == "DATE"
    if len(before) <= MAX_WORDS // 2 or not leads:
        return keep  # a subject opens the line ("The forces of Japan, the Philippines and ...")
    for n in before[:-2]:
        if doc[keep[n]].text in _LEAD_ENDS and doc[keep[n + 1]].pos_ == "DET":
            return keep[n + 1 :]
    return keep


def _ids(tok: Token) -> set[int]:
    """Return the indices of a token's subtree."""
    return {t.i for t in tok.subtree}
