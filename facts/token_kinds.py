"""The model's attribute rules (tag -> part of speech, morphology), matched per kind of token."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

# What a token's one-token rules can read: its kind is these four values.
_KIND = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = tuple(_KIND.values())
FACTORY = "kind_attribute_ruler"
# Kinds remembered at most: a long-running server must not grow without end.
MAX_KINDS = 200_000

# A one-token rule as one test of the kind per attribute it reads.
KindTest = tuple[Callable[[tuple[int, ...]], bool], ...]


class KindAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler, its one-token rules looked up per kind of token.

    The model's ruler runs its 179 rules as a Matcher at every token, a sixth of parsing time.
    All but 8 read one token's tag, lower-case form, dependency and spacing only, so which of
    them apply is worked out once per such kind of token and remembered; the others still run
    as a Matcher. The matches, their order and how they are applied are the ruler's own.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        super().__init__(vocab, name)
        self._reset()

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self._reset()

    def _reset(self) -> None:
        """Forget the rules and the kinds of token seen."""
        self._one_token: list[tuple[int, int, KindTest]] = []
        self._longer = Matcher(self.vocab, validate=self.validate)
        self._kinds: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def add(self, patterns: Iterable[list[dict]], attrs: dict, index: int = 0) -> None:
        """Add rules as the ruler does, each one-token rule also as a test of a kind."""
        key = len(self.attrs)
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(key)]
        for pattern in patterns:
            test = kind_test(pattern, self.vocab.strings)
            if test is None:
                self._longer.add(str(key), [pattern])
            else:
                self._one_token.append((key, match_id, test))
        self._kinds.clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Return (rule, match id, start, end) of every match, sorted: later rules win."""
        strings = self.vocab.strings
        found = [
            (int(strings[m_id]), m_id, start, end)
            for m_id, start, end in self._longer(doc, allow_missing=True, as_spans=False)
        ]
        if len(self._kinds) > MAX_KINDS:
            self._kinds.clear()
        for i, kind in enumerate(map(tuple, doc.to_array(_COLUMNS).tolist())):
            rules = self._kinds.get(kind)
            if rules is None:
                rules = self._kinds[kind] = self._rules_of(kind)
            found += [(key, match_id, i, i + 1) for key, match_id in rules]
        found.sort()
        return found

    def _rules_of(self, kind: tuple[int, ...]) -> list[tuple[int, int]]:
        """Return (rule, match id) of the one-token rules a kind of token matches."""
        return [
            (key, match_id)
            for key, match_id, test in self._one_token
            if all(accepts(kind) for accepts in test)
        ]


def kind_test(pattern: list[dict], strings: StringStore) -> KindTest | None:
    """Return a Matcher pattern as a test of a token's kind, or None if it reads more than that.

    One-token patterns of exact values, IN, NOT_IN or REGEX on the kind's four attributes are
    tests, read as the Matcher reads them; anything else (more tokens, other operators or
    attributes) stays a Matcher pattern.
    """
    if len(pattern) != 1:
        return None
    tests = []
    for name, wanted in pattern[0].items():
        test = (
            _attribute_test(_COLUMNS.index(_KIND[name]), wanted, strings) if name in _KIND else None
        )
        if test is None:
            return None
        tests.append(test)
    return tuple(tests)


def _attribute_test(
    column: int, wanted: object, strings: StringStore
) -> Callable[[tuple[int, ...]], bool] | None:
    """Return the test of one attribute of a kind, or None for what is not plain."""
    if isinstance(wanted, str | bool):
        wanted = {"IN": [wanted]}
    if not isinstance(wanted, Mapping) or len(wanted) != 1:
        return None
    ((operator, value),) = wanted.items()
    if operator == "REGEX" and isinstance(value, str):
        found = re.compile(value).search
        return lambda kind: found(strings[kind[column]]) is not None
    if operator not in ("IN", "NOT_IN") or not all(isinstance(v, str | bool) for v in value):
        return None
    codes = frozenset(int(v) if isinstance(v, bool) else strings.add(v) for v in value)
    if operator == "IN":
        return lambda kind: kind[column] in codes
    return lambda kind: kind[column] not in codes


@Language.factory(FACTORY)
def make_kind_attribute_ruler(nlp: Language, name: str) -> KindAttributeRuler:
    """Return an empty ruler; the pipeline adds the model's rules to it."""
    return KindAttributeRuler(nlp.vocab, name)
