"""Who did it, for a summary whose verb has no subject of its own ("..., visiting the port")."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from facts.lines import line_text, trimmed
from facts.quotes import SPEECH_VERBS, earlier_subject
from facts.triggers import caption_verb

# A gerund after these prepositions tells what the governing verb's subject did ("after
# foiling an attack", "by attacking a ship"); after others it is an accusation or something
# prevented ("accused X of directing", "stopped X from boarding"), told with its governing words.
DONE_BY_SUBJECT = {"after", "by", "in", "while", "upon", "on", "before", "through"}
_TENSES = {"VBD", "VBN", "VBZ", "VBP", "VB"}
# Subject pronouns that go on with the last sentence's subject, and what they stand for.
_GOES_ON = {"they": "several", "it": "one", "he": "person", "she": "person"}
_ANTECEDENT_WORDS = 10


@dataclass(frozen=True)
class Opening:
    """Words that open the line, and other words for some of the line's own (its verbs)."""

    words: str = ""
    verbs: dict[int, str] = field(default_factory=dict)


def opening_of(anchor: Token, keep: list[int]) -> Opening:
    """Return the words a verb without a subject of its own borrows to open its line.

    "Pirates boarded and [seized] the ship": the first verb's subject; "the pirates tried [to
    board]": that subject and the verb it depends on; "the tanker, which [had been boarded]":
    the noun the clause tells of; "the admiral sailed to Galle, [visiting] the port": "the
    admiral visited"; "the guard accused the PRC of [directing] a laser": the accusation.
    """
    own = subject_of(anchor)
    if own is not None and own.tag_ not in ("WDT", "WP"):  # "which had been boarded": borrow
        return Opening()
    node = anchor
    while node.dep_ == "conj" and node.head.i != node.i and subject_of(node) is None:
        node = node.head
    if (node.dep_ in ("relcl", "acl") or caption_verb(node)) and node.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        noun = node.head
        return Opening() if noun.i in keep else Opening(_named(noun))
    participle = None
    if anchor.tag_ == "VBG" and not _has_aux(anchor):
        participle = _participle_opening(anchor, node, keep)
    return participle or _governed_opening(node, keep)


def _governed_opening(node: Token, keep: list[int]) -> Opening:
    """Return the subject of a verb (of the first of coordinated verbs), or of what governs it."""
    subject = subject_of(node)
    governor = None
    if subject is None and (node.dep_ == "xcomp" or _purpose(node)):
        governor = node.head
        subject = subject_of(_finite_of(governor))
    if subject is None or subject.i in keep:
        return Opening()
    if subject.tag_ in ("WDT", "WP"):
        clause = _finite_of(governor) if governor is not None else node
        if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
            return Opening()
        words = _named(clause.head)  # "men who were attempting to [board]": the men
    elif subject.pos_ == "PRON" and governor is None:
        return Opening()  # but "They agreed to hold a drill" beats "To hold a drill"
    else:
        words = _subject_words(subject)
    if governor is None:
        return Opening(words)
    to = any(c.dep_ == "aux" and c.lower_ == "to" and c.i not in keep for c in node.children)
    # What the governing verb was done to: "will visit [Manila] to sign a pact".
    objects = [c for c in governor.children if c.dep_ == "dobj" and c.i < node.i]
    named = "".join(f" {_named(o)}" for o in objects[:1] if o.i not in keep)
    return Opening(f"{words} {_verb_words(governor)}{named}{' to' if to else ''}")


def _purpose(verb: Token) -> bool:
    """Tell whether a verb is an infinitive of what an earlier verb was done for.

    "The cutter arrived in Manila to conduct training": the cutter arrived to conduct it.
    """
    return (
        verb.dep_ == "advcl" and verb.head.i < verb.i and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )  # fmt: skip


def speaker_for_pronoun(anchor: Token) -> dict[int, str]:
    """Return the words for a pronoun subject that points to whoever says so, if any.

    "The navy said it had spotted a survey ship": the line is "The navy had spotted a survey
    ship". Only "it" for one speaker and "they" for several: "he" or "we" may be someone else.
    """
    pronoun = subject_of(anchor)
    if pronoun is None or pronoun.lower_ not in ("it", "they"):
        return {}
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    said = clause.head
    if clause.dep_ != "ccomp" or said.lemma_.lower() not in SPEECH_VERBS:
        return {}
    speaker = subject_of(said)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return {}
    several = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    if several != (pronoun.lower_ == "they"):
        return {}
    return {pronoun.i: _subject_words(speaker)}


def antecedent_for_pronoun(anchor: Token) -> dict[int, str]:
    """Return the words for a pronoun subject that goes on with the last sentence's subject.

    "Secretary Austin and Minister Kihara met in Tokyo. They agreed to ...": the line is "Secretary
    Austin and Minister Kihara agreed to ...". Only in the same paragraph, and only when the
    number agrees: "they" for several, "it" for one thing, "he" or "she" for one person.
    """
    pronoun = subject_of(anchor)
    if pronoun is None or pronoun.lower_ not in _GOES_ON:
        return {}
    subject = earlier_subject(pronoun)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return {}
    doc = pronoun.doc
    # Doc.text joins every token on each call: read only the words between the two sentences.
    if "\n" in doc[subject.sent.start : pronoun.sent.start].text_with_ws:
        return {}  # a new paragraph
    several = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    person = subject.ent_type_ == "PERSON"
    if _GOES_ON[pronoun.lower_] != ("several" if several else "person" if person else "one"):
        return {}
    words = _subject_words(subject)
    span = doc[subject.left_edge.i : subject.right_edge.i + 1].text
    if "(" in span or len(words.split()) > _ANTECEDENT_WORDS:
        return {}  # a name with its glosses, or a long phrase: the pronoun reads better
    return {pronoun.i: words}


def _participle_opening(anchor: Token, node: Token, keep: list[int]) -> Opening | None:
    """Return the opening of an -ing verb told after its clause's verb, or None.

    ", visiting the port" and "after foiling an attack" tell what the clause's subject did: the
    line takes that subject and the -ing verb in that verb's tense ("the admiral visited").
    "accused the PRC of directing": the governing words stay, so the line still says who says so.
    """
    if node.dep_ == "advcl" and node.head.i < node.i:
        governor = node.head
        prep = None
    elif node.dep_ == "pcomp" and node.head.head.pos_ in ("VERB", "AUX"):
        prep, governor = node.head, node.head.head
    else:
        return None
    finite = _climb_conj(governor)
    subject = subject_of(finite)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.i in keep:
        return None
    words = _subject_words(subject)
    if prep is not None and prep.lower_ not in DONE_BY_SUBJECT:
        said = _verb_words(governor)
        objects = [c for c in governor.children if c.dep_ == "dobj" and c.i < prep.i]
        named = "".join(f" {_named(o)}" for o in objects[:1])
        return Opening(f"{words} {said}{named} {prep.text}")
    if finite.tag_ not in _TENSES:
        return None
    auxes = "".join(f"{c.text} " for c in finite.children if c.dep_ in ("aux", "neg"))
    verbs = {anchor.i: f"{auxes}{inflected(anchor.lemma_, finite.tag_)}"}
    for also in anchor.conjuncts:  # "..., sinking two boats and killing the crews"
        if also.i > anchor.i and also.tag_ == "VBG" and not _has_aux(also):
            verbs[also.i] = inflected(also.lemma_, finite.tag_)
    return Opening(words, verbs)


def _climb_conj(verb: Token) -> Token:
    """Return the first of coordinated verbs, the one that has the subject."""
    while verb.dep_ == "conj" and subject_of(verb) is None and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _finite_of(governor: Token) -> Token:
    """Return the verb an adjective of "was able to" hangs from, else the governor itself."""
    if governor.dep_ == "acomp" and subject_of(governor) is None:
        return governor.head
    return _climb_conj(governor)


def _verb_words(governor: Token) -> str:
    """Return a governing verb with its auxiliaries: "would consider", "was able"."""
    verb = _finite_of(governor)
    auxes = "".join(f"{c.text} " for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))
    if verb is governor:
        return f"{auxes}{governor.text}"
    return f"{auxes}{verb.text} {governor.text}"


def _subject_words(subject: Token) -> str:
    """Return a subject's words without an aside set off by a comma ("the Houthis, with X,")."""
    doc = subject.doc
    drop: set[int] = set()
    for c in subject.children:
        comma = c.left_edge.i - 1
        if c.dep_ in ("prep", "acl", "relcl") and comma > subject.i and doc[comma].text == ",":
            drop |= {t.i for t in c.subtree} | {comma}
    ids = [t.i for t in subject.subtree if t.i not in drop]
    return line_text(doc, trimmed(doc, ids) or ids)  # "We" alone stays


def _has_aux(verb: Token) -> bool:
    """Tell whether a verb has an auxiliary of its own ("is visiting", "being attacked")."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """Return a verb's own subject, if it has one."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _named(noun: Token) -> str:
    """Return a noun's words up to it, and a name right after it ("the vessel M/V Aster")."""
    doc = noun.doc
    out = list(range(noun.left_edge.i, noun.i + 1))
    end = noun.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].head.i in (noun.i, end + 1):
        out.append(end)
        end += 1
    return line_text(doc, trimmed(doc, out))


@cache
def inflected(lemma: str, tag: str) -> str:
    """Return a verb in the form of a Penn tag ("visit", "VBD" -> "visited").

    lemminflect's tables hold the irregular verbs; it is imported here, on the first line that
    needs it, so that a process that never summarises such a line does not load them (18 MB).
    """
    from lemminflect import getInflection  # noqa: PLC0415 (18 MB of tables, loaded when needed)

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma
