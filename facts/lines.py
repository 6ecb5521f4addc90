"""How the words kept for a summary become a line: its ends trimmed, spaced and balanced."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Token

# Words a line must not end on: "... and", "... to", "... of the".
_DANGLING_POS = {"CCONJ", "SCONJ", "ADP", "DET", "PART", "PUNCT", "PRON", "AUX"}
_DANGLING_WORDS = {"such", "including", "like"}  # "... based on progress such."


def trimmed(doc: Doc, keep: list[int]) -> list[int]:
    """Drop words a line cannot open or close on (a conjunction, a preposition, a comma)."""
    while keep and (
        doc[keep[0]].pos_ in ("CCONJ", "SCONJ", "PUNCT")
        or doc[keep[0]].tag_ in ("WDT", "WP")
        or doc[keep[0]].is_space
        or (doc[keep[0]].pos_ == "ADP" and len(keep) > 1 and doc[keep[1]].tag_ in ("WDT", "WP"))
    ):
        keep = keep[1:]  # "and ...", "which ...", "by which ..."
    while keep and (
        (
            doc[keep[-1]].pos_ in _DANGLING_POS
            and doc[keep[-1]].text != ")"
            and not _pronoun_object(doc[keep[-1]])
        )
        or doc[keep[-1]].lower_ in _DANGLING_WORDS
        or _object_left_out(doc[keep[-1]], set(keep))
    ):
        keep = keep[:-1]
    return keep


def _pronoun_object(tok: Token) -> bool:
    """Tell whether a word is a pronoun a verb or preposition acts on ("detained them")."""
    return (
        tok.pos_ == "PRON"
        and tok.dep_ in ("dobj", "pobj", "dative")
        and tok.tag_ not in ("WDT", "WP")
    )


def _object_left_out(tok: Token, keep: set[int]) -> bool:
    """Tell whether a line would end on an -ing verb whose object was cut (", marking.").

    Only a participle hung on a word of the line: the event's own verb always stays.
    """
    hung = tok.dep_ in ("advcl", "conj") and tok.head.i in keep
    return (
        hung
        and tok.tag_ == "VBG"
        and any(
            c.i not in keep for c in tok.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp")
        )
    )


def line_text(doc: Doc, keep: list[int], words: Mapping[int, str] | None = None) -> str:
    """Return the words kept, spaced as in the text; a gap between them is one space.

    `words` puts other words in place of some ("visiting" -> "visited").
    """
    words = words or {}
    keep = _without_stranded_commas(doc, keep)
    out = []
    for n, i in enumerate(keep):
        tok = doc[i]
        word = words.get(i, tok.text)
        last = n + 1 == len(keep)
        joined = not last and keep[n + 1] == i + 1
        out.append(word + tok.whitespace_ if joined else word + ("" if last else " "))
    line = " ".join("".join(out).split())
    line = re.sub(r"\s+([,;:.)])|([,;:])(?:\s*[,;:])+", r"\1\2", line)
    return _balanced(line)


def _without_stranded_commas(doc: Doc, keep: list[int]) -> list[int]:
    """Drop the commas of a clause or aside left out of the line.

    "The minister, who is visiting Oman, held talks" without its relative clause is "The
    minister held talks", not "The minister, held talks": the comma that opened the words
    left out goes with the one that closed them, and so does a closing comma whose opening
    one was left out with them.
    """
    drop = set()
    for n, i in enumerate(keep[:-1]):
        if doc[i].text != ",":
            continue
        after = keep[n + 1]
        if after != i + 1:  # words left out follow: this comma opened them
            drop.add(i)
            if doc[after].text == ",":
                drop.add(after)
        before = keep[n - 1] if n else i - 1
        if any(doc[j].text == "," for j in range(before + 1, i)):
            drop.add(i)  # "USS X (DDG 1), assigned to Y, responded": the aside's closing comma
    return [i for i in keep if i not in drop]


def _balanced(line: str) -> str:
    """Drop brackets and quotes left open or closed by the cut ("(FFH 341", "60 minutes)").

    A quotation cut before its end would read as the speaker's last words: the mark goes.
    """
    if line.count("\u201c") > line.count("\u201d"):
        at = line.rindex("\u201c")
        line = line[:at] + line[at + 1 :]
    if line.count('"') % 2:
        at = line.rindex('"')
        line = line[:at] + line[at + 1 :]
    while line.count("(") > line.count(")"):
        at = line.rindex("(")
        line = (line[:at].rstrip() + " " + line[at + 1 :].lstrip()).strip()
    while line.count(")") > line.count("("):
        at = line.index(")")
        line = line[:at] + line[at + 1 :]
    return line
