"""Figures a report gives: numbers of vessels, aircraft, drones, missiles, killed and injured.

Read from an evidence sentence: a number (digits or a number word) before a noun of a kind
("three Chinese coast guard ships", "20 drones"), a number of people before or after a word of
killing or injuring ("20 soldiers were killed", "killing three seafarers"), or a number before
a noun of harm ("two presumed fatalities, six injuries"). A number after "nearly", "more than",
"at least", "about" ... is a bound, not a count: it disagrees with no other figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip
_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(_NUMBER_WORDS) + r")"
_BOUNDS = ("nearly", "almost", "about", "around", "approximately", "roughly", "some", "over",
           "more than", "less than", "fewer than", "at least", "at most", "up to")  # fmt: skip
_BOUND = r"(?P<bound>(?:" + "|".join(_BOUNDS) + r")\s+)?"
# Up to three words between a number and its noun, none of them another number or a joint.
_FILLER = r"(?:(?!(?:and|or|of|but|with|" + "|".join(_NUMBER_WORDS) + r")\b|\d)[\w'-]+\s+){0,3}?"
# "Task Force 151 ships", "Resolution 2722": a number after a capitalised word is a name.
_DESIGNATION = re.compile(r"\b[A-Z][\w.-]*\s+$")
KINDS = {
    "vessels": r"vessels?|ships?|boats?|warships?|destroyers?|frigates?|cutters?|trawlers?"
    r"|skiffs?|dhows?|tankers?|carriers?|submarines?",
    "aircraft": r"aircraft|planes?|jets?|fighters?|helicopters?|bombers?",
    "drones": r"drones?|UAVs?",
    "missiles": r"missiles?|rockets?",
}
_PEOPLE = (
    r"(?:people|persons|soldiers|troops|sailors|seafarers|crew(?:\s+members)?|fishermen"
    r"|civilians|personnel|individuals|service\s+members)"
)
_HARM = {"killed": r"killed|dead|died", "injured": r"injured|wounded|hurt"}
_HARM_NOUNS = {"killed": r"fatalities|deaths|dead", "injured": r"injuries|wounded|injured",
               "casualties": r"casualties"}  # fmt: skip
_HARM_VERBS = {"killed": r"killing|killed", "injured": r"injuring|injured|wounding|wounded"}


@dataclass(frozen=True)
class Figure:
    """A number a report gives of one kind of thing; `exact` is False for a bound ("nearly 20")."""

    kind: str
    value: int
    exact: bool
    words: str


# Reprints tell the same sentences: each is read once per process (its patterns backtrack).
@lru_cache(maxsize=16_384)
def figures_in(text: str) -> tuple[Figure, ...]:
    """Return the figures a sentence gives, in the order they stand, one per kind and span."""
    found: dict[tuple[int, str], Figure] = {}
    for kind, anchor, pattern in _PATTERNS:
        if not anchor.search(text):
            continue
        for m in pattern.finditer(text):
            key = (m.start("n"), kind)
            named = m["n"][0].isdigit() and _DESIGNATION.search(text, 0, m.start("n"))
            if key not in found and not named:
                found[key] = Figure(kind, _value(m["n"]), not m["bound"], m[0].strip())
    return tuple(found[k] for k in sorted(found))


def _patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Return each kind of figure, the words its pattern needs, and its pattern.

    The words are looked for first: most sentences give no figure, and the patterns backtrack.
    """
    out = []
    for kind, nouns in KINDS.items():
        out.append((kind, nouns, rf"\b{_BOUND}{_NUMBER}\s+{_FILLER}(?:{nouns})\b"))
    for kind, verbs in _HARM.items():
        people = rf"\b{_BOUND}{_NUMBER}\s+{_FILLER}{_PEOPLE}\s+(?:\w+\s+){{0,2}}?"
        out.append((kind, verbs, rf"{people}(?:{verbs})\b"))
        harm = _HARM_VERBS[kind]
        out.append((kind, harm, rf"\b(?:{harm})\s+{_BOUND}{_NUMBER}\b"))
    for kind, nouns in _HARM_NOUNS.items():
        out.append((kind, nouns, rf"\b{_BOUND}{_NUMBER}\s+(?:\w+\s+)?(?:{nouns})\b"))
    return [
        (kind, re.compile(rf"\b(?:{anchor})\b", re.IGNORECASE), re.compile(p, re.IGNORECASE))
        for kind, anchor, p in out
    ]


def _value(number: str) -> int:
    """Return the value of a number in digits or words."""
    word = number.casefold()
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word.replace(",", ""))


_PATTERNS = _patterns()
