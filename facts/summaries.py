"""A fact's summary: one short grammatical line saying who did what, and where when known."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from facts.triggers import Trigger

MAX_WORDS = 28
# Words a line must not end on: "... and", "... to", "... of the".
_DANGLING_POS = {"CCONJ", "SCONJ", "ADP", "DET", "PART", "PUNCT", "PRON", "AUX"}
# Prepositions of when and where: after "took place" ("a discussion took place on Monday").
_SCENE = {"in", "on", "at", "near", "off", "around", "during", "inside", "within", "along"}
_CLAUSE_BREAKS = {",", ";", ":", "\u2013", "\u2014", "which", "who", "while", "whereas", "as"}


def summary_of(trigger: Trigger, scope: set[int], *, places: list[str]) -> str:
    """Return the line that sums up an event told by the trigger's clause."""
    doc = trigger.anchor.doc
    keep = sorted(i for i in scope if not doc[i].is_space)
    keep = _without_fronted(doc, keep, trigger.anchor)
    if _told_by_noun(trigger):
        text = _noun_line(doc, keep, trigger.token)
    else:
        keep = _short_subject(trigger.anchor, keep)
        text = _text(doc, _cut(doc, _trimmed(doc, keep), trigger.anchor))
        subject = _borrowed_subject(trigger.anchor, keep)
        if subject:
            text = f"{subject} {text}"
    where = next((p for p in places if p.lower() not in text.lower()), None)
    if where and not any(p.lower() in text.lower() for p in places):
        text = f"{text} ({where})"
    return text[:1].upper() + text[1:] + "."


def _told_by_noun(trigger: Trigger) -> bool:
    """Tell whether the event is a noun with no verb telling it ("a discussion on Monday")."""
    return trigger.anchor.i == trigger.token.i and trigger.token.pos_ in ("NOUN", "PROPN")


def _noun_line(doc: Doc, keep: list[int], noun: Token) -> str:
    """Return "<the event> took place <when/where>" for an event told by a noun alone."""
    after = [c for c in noun.rights if c.dep_ == "prep" and c.i in keep and c.lower_ in _SCENE]
    tail = {t.i for c in after for t in c.subtree} & set(keep)
    head = _trimmed(doc, [i for i in keep if i not in tail and i in _ids(noun)])
    rest = _trimmed(doc, sorted(tail))
    line = f"{_text(doc, head)} took place"
    return f"{line} {_text(doc, _cut(doc, rest, None))}" if rest else line


def _without_fronted(doc: Doc, keep: list[int], anchor: Token) -> list[int]:
    """Drop what stands before the subject, set off by a comma ("On Monday, they met")."""
    subject = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return keep
    start = subject.left_edge.i
    fronted = [i for i in keep if i < start]
    if not fronted or doc[start - 1].text != "," or anchor.i < start:
        return keep
    return [i for i in keep if i >= start]


def _borrowed_subject(anchor: Token, keep: list[int]) -> str:
    """Return the subject a coordinated verb shares ("Pirates boarded and [seized] the ship")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return ""
    if anchor.dep_ != "conj":
        return ""
    subject = next((c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i in keep or subject.pos_ == "PRON":
        return ""
    return _text(subject.doc, [t.i for t in subject.subtree])


def _short_subject(anchor: Token, keep: list[int]) -> list[int]:
    """Shorten a long subject to its names: no brackets, appositions, clauses or adjectives."""
    subject = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
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


def _trimmed(doc: Doc, keep: list[int]) -> list[int]:
    """Drop words a line cannot open or close on (a conjunction, a preposition, a comma)."""
    while keep and (
        doc[keep[0]].pos_ in ("CCONJ", "SCONJ", "PUNCT")
        or doc[keep[0]].tag_ in ("WDT", "WP")
        or doc[keep[0]].is_space
    ):
        keep = keep[1:]
    while keep and (doc[keep[-1]].pos_ in _DANGLING_POS and doc[keep[-1]].text != ")"):
        keep = keep[:-1]
    return keep


def _cut(doc: Doc, keep: list[int], anchor: Token | None) -> list[int]:
    """Cut a long line at the last clause break before MAX_WORDS words, then trim its end.

    The cut never falls before the verb and its object: the line must say what was done.
    """
    if len(keep) <= MAX_WORDS:
        return _trimmed(doc, keep)
    core = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "prt"))] if anchor else []
    # The verb, and a short object whole: "conducted a routine transit".
    ends = [t.right_edge.i if t.dep_ == "dobj" and len(list(t.subtree)) < 8 else t.i for t in core]
    least = max((n + 1 for n, i in enumerate(keep) if any(i == e for e in ends)), default=1)
    breaks = [n for n, i in enumerate(keep[: max(MAX_WORDS, least)]) if n >= least
              and doc[i].lower_ in _CLAUSE_BREAKS]  # fmt: skip
    end = breaks[-1] if breaks else max(MAX_WORDS, least)
    while least < end < len(keep) and doc[keep[end]].ent_iob_ == "I":
        end -= 1  # not inside a name or a date: "transit November | 1"
    return _trimmed(doc, keep[:end])


def _text(doc: Doc, keep: list[int]) -> str:
    """Return the words kept, spaced as in the text; a gap between them is one space."""
    out = []
    for n, i in enumerate(keep):
        tok = doc[i]
        last = n + 1 == len(keep)
        joined = not last and keep[n + 1] == i + 1
        out.append(tok.text_with_ws if joined else tok.text + ("" if last else " "))
    line = " ".join("".join(out).split())
    line = re.sub(r"\s+([,;:.)])|([,;:])(?:\s*[,;:])+", r"\1\2", line)
    return _balanced(line)


def _balanced(line: str) -> str:
    """Drop brackets left open or closed by the cut ("(FFH 341", "60 minutes)")."""
    while line.count("(") > line.count(")"):
        at = line.rindex("(")
        line = (line[:at].rstrip() + " " + line[at + 1 :].lstrip()).strip()
    while line.count(")") > line.count("("):
        at = line.index(")")
        line = line[:at] + line[at + 1 :]
    return line


def _ids(tok: Token) -> set[int]:
    """Return the indices of a token's subtree."""
    return {t.i for t in tok.subtree}
