"""Background a sentence tells around its events: risks, topics and what things usually undergo."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of what may happen: "at high risk of piracy", "the threat of attacks".
RISK_NOUNS = {"risk", "threat", "danger", "possibility", "prospect", "fear", "likelihood"}
# Prepositions that give a topic: "concern about attacking the sites".
TOPIC_OPENERS = {"about", "regarding", "concerning", "on"}
# Openers of a clause that tells when something usually happens: "when transiting the strait".
WHEN_MARKS = {"when", "whenever", "while"}
_PRESENT = ("VBZ", "VBP")


def is_background(trigger_token: Token, anchor: Token) -> bool:
    """Tell whether a trigger tells background, not an event that took place."""
    return (
        _at_risk(trigger_token)
        or _topic(anchor)
        or _usual_when(anchor)
        or _present_relative(anchor)
    )


def _at_risk(tok: Token) -> bool:
    """Tell whether a noun names what is at risk of happening ("at high risk of hijacking")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj" and prep.lower_ in ("of", "from")
        and prep.head.lemma_.lower() in RISK_NOUNS
    )  # fmt: skip


def _topic(verb: Token) -> bool:
    """Tell whether a verb only tells a topic ("the concern about attacking the sites").

    So does a clause such a verb governs: "the question on determining which ships are
    targeted".
    """
    node = verb
    while node.dep_ in ("ccomp", "xcomp") and node.head.i != node.i:
        node = node.head
    prep = node.head
    return (
        node.tag_ == "VBG" and node.dep_ == "pcomp" and prep.lower_ in TOPIC_OPENERS
        and prep.head.pos_ == "NOUN"
        and not any(c.dep_ in ("nsubj", "aux") for c in node.children)
    )  # fmt: skip


def _usual_when(verb: Token) -> bool:
    """Tell whether a verb tells when a present-tense state holds ("are at risk when transiting").

    The clause says what ships usually do, not what one did.
    """
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in verb.children)
    state = verb.head
    while state.dep_ == "xcomp" and state.head.i != state.i:
        state = state.head  # "are required to comply ... while transiting"
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and marked and _present(state)


def _present(verb: Token) -> bool:
    """Tell whether a verb is in the present tense ("are", "are required", "is being held")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in _PRESENT or bool(auxes & {"is", "are", "am"})


def _present_relative(verb: Token) -> bool:
    """Tell whether a verb tells, in the present, what things of a kind undergo.

    "tankers that are being attacked", "the ships that have come under attack": told of no one
    ship on no day. What a kind of actor does ("groups that conduct attacks") is a recurring
    event, and stays.
    """
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.head.tag_ != "NNS":
        return False
    kind = verb.head
    if any(c.dep_ in ("nummod", "poss") or c.lower_ in ("this", "these") for c in kind.children):
        return False  # "the two ships that have been attacked": particular ships
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    present = _present(verb) or perfect
    undergone = any(c.dep_ == "auxpass" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "under" for c in verb.children
    )
    return present and undergone
