"""Relations the text states: membership of groupings, and disputes between countries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from facts.actors import COUNTRIES, GROUPINGS, canonical_actor, country_of
from facts.mentions import inside

_INCLUDE = {"include", "comprise", "encompass"}
_DISPUTE_NOUNS = {"dispute", "row", "standoff", "conflict", "feud", "quarrel"}
_DISPUTE_KINDS = {"border", "territorial", "maritime", "boundary"}
# "the nations that form the Quad", "the countries making up ASEAN": the members named before.
_FORM = {"form", "constitute", "compose", "make"}
_BACK = {"these", "those", "the", "all", "four", "three", "five"}
_LIST_WORDS = {"and", ",", "the"}
_PAIR = re.compile(r"[-\u2013/]")


@dataclass(frozen=True)
class Relation:
    """Subject - relation - object, stated in one sentence."""

    subject: str
    relation: str
    object: str
    sentence: int


def relations_in(sentences: list[Span], quoted: list[tuple[int, int]]) -> list[Relation]:
    """Return the membership and dispute relations of the article, without repeats."""
    found: list[Relation] = []
    before: list[str] = []  # the countries of the last sentence that named any
    # The doc's entities once, by sentence: Span.ents walks every entity for each sentence.
    ents = list(sentences[0].doc.ents) if sentences else []
    for index, sent in enumerate(sentences):
        if inside(quoted, sent.start_char, sent.start_char + 1):
            continue
        own = [e for e in ents if sent.start <= e.start < sent.end]
        found += _memberships(sent, own, index, before)
        found += _disputes(sent, index)
        found += _alliances(sent, index)
        found += _pair_alliances(sent, index)
        before = _countries_in(list(sent)) or before
    return list(dict.fromkeys(found))


def _countries_in(tokens: list[Token]) -> list[str]:
    """Return the countries named by the given tokens, in order."""
    names = []
    for tok in tokens:
        if tok.ent_type_ == "GPE" and tok.ent_iob_ == "B":
            end = tok.i + 1
            while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
                end += 1
            name = canonical_actor(tok.doc[tok.i : end].text)
            if name in COUNTRIES:
                names.append(name)
    return list(dict.fromkeys(names))


def _memberships(sent: Span, ents: list[Span], index: int, before: list[str]) -> list[Relation]:
    """Return "member of": "G, which includes A", "A is a member of G", "nations that form G"."""
    out = []
    for ent in ents:
        group = canonical_actor(ent.text)
        if ent.label_ != "ORG" or group not in GROUPINGS:
            continue
        members: list[str] = []
        frame = ent[-1].head if ent[-1].dep_ == "compound" else ent[-1]
        for tok in frame.subtree:
            if tok.lemma_ in _INCLUDE and tok.dep_ in ("relcl", "acl"):
                members += _countries_in(list(tok.subtree))
        if frame.dep_ == "pobj" and frame.head.lower_ in ("within", "under"):
            members += _countries_in(list(sent))
        members += _member_subjects(ent, before[0] if before else None)
        members += _formers(frame, before)
        out += [Relation(m, "member of", group, index) for m in dict.fromkeys(members)]
    return out


def _member_subjects(ent: Span, last_country: str | None) -> list[str]:
    """Return the subject of "X is a member of G" (a pronoun means the last country named)."""
    node = ent[-1]
    while node.dep_ in ("compound", "pobj", "prep", "nmod", "amod") and node.head.i != node.i:
        node = node.head
        if node.lemma_ == "member" and (node.dep_ == "appos" or _set_off(node)):
            return _set_off(node)  # "A, a member of G, ..."; "A and B, both members of G"
        if node.lemma_ == "member":
            verb = node.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return []
            if subject.pos_ == "PRON":
                first = next(t.i for t in reversed(ent.doc[: subject.i + 1]) if t.is_sent_start)
                before = _countries_in(list(ent.doc[first : subject.i]))
                return before[:1] or ([last_country] if last_country else [])
            return _countries_in(list(subject.subtree))
    return []


def _set_off(node: Token) -> list[str]:
    """Return the countries named just before a phrase set off by a comma ("Brunei, a member")."""
    doc, i = node.doc, node.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return []
    names = []
    while i > 0 and (doc[i - 1].ent_type_ == "GPE" or doc[i - 1].lower_ in _LIST_WORDS):
        i -= 1
        names.append(doc[i])
    return _countries_in(names[::-1])


def _formers(frame: Token, before: list[str]) -> list[str]:
    """Return who forms a grouping: "A and B, which form G"; "these nations that form G"."""
    verb = frame.head
    if frame.dep_ != "dobj" or verb.lemma_ not in _FORM or verb.dep_ not in ("relcl", "acl"):
        return []
    holder = verb.head
    named = _countries_in([t for t in holder.subtree if t.i < verb.i])
    if named:
        return named
    nouns = [t for t in holder.subtree if t.lemma_ in ("nation", "country", "state")]
    if any(c.lower_ in _BACK for n in nouns for c in n.children if c.dep_ in ("det", "nummod")):
        return before  # "these nations": the ones the sentence before named
    return []


def _pair_alliances(sent: Span, index: int) -> list[Relation]:
    """Return "ally of" from a named alliance: "the U.S.-Japan Alliance"."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() != "alliance":
            continue
        words = tok.doc[tok.left_edge.i : tok.i].text  # "the U.S.-Japan", "the Japan - Australia"
        parts = (re.sub(r"^(?:the|a|an)\s+", "", w.strip(), flags=re.I) for w in _PAIR.split(words))
        named = [n for n in (country_of(w) for w in parts if w) if n]
        if len(named) == 2 and named[0] != named[1]:
            out.append(Relation(named[0], "ally of", named[1], index))
    return out


def _disputes(sent: Span, index: int) -> list[Relation]:
    """Return "border dispute" and the like: "A has border disputes with B"."""
    out = []
    for tok in sent:
        if tok.lemma_ not in _DISPUTE_NOUNS:
            continue
        kind = next((c.lower_ for c in tok.children if c.lower_ in _DISPUTE_KINDS), None)
        if kind is None:
            continue
        others = [t for c in tok.children if c.lower_ == "with" for t in c.subtree]
        verb = tok.head
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        subjects: list[str] = []
        if (
            holder is not None
            and holder.lower_ in ("which", "who", "that")
            and verb.dep_ == "relcl"
        ):
            subjects = _countries_in([verb.head])
        elif holder is not None:
            subjects = _countries_in(list(holder.subtree))
        against = _countries_in(others) or subjects[1:]  # "A and B have a border dispute"
        for subject in subjects[:1] if not others else subjects:
            out += [Relation(subject, f"{kind} dispute", o, index) for o in against if o != subject]
    return out


def _alliances(sent: Span, index: int) -> list[Relation]:
    """Return "ally of": "The United States stands with our Philippine allies"."""
    out = []
    for tok in sent:
        if tok.lemma_ != "ally":
            continue
        allies = [t for t in tok.children if t.dep_ in ("amod", "compound", "nmod")]
        named = [country_of(t.text) for t in allies if country_of(t.text)]
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        holders = _countries_in(list(subject.subtree)) if subject is not None else []
        if not named and tok.dep_ == "attr":
            holders, named = holders[:1], holders[1:]  # "A and B are treaty allies"
        if not named:
            continue
        for holder in holders:
            out += [Relation(holder, "ally of", n, index) for n in named if n != holder]
    return out
