"""Event triggers: the words of a sentence that report an event, and the category each gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from facts.background import is_background
from facts.lexicon import (
    AIRCRAFT,
    ANTI_SHIP,
    ARMED_MOVEMENTS,
    ARMS,
    BACK_POINTERS,
    BEARINGS,
    BORDER_LINES,
    CALL_MEDIA,
    CLAIM_VERBS,
    CLAUSE_DEPS,
    CONDEMN_VERBS,
    CONDUCT_NOUNS,
    DANGER,
    DURATION_UNITS,
    EFFECT_VERBS,
    FACILITIES,
    GENERIC_MODALS,
    GENERIC_WORDS,
    HAPPEN_VERBS,
    HOSTILE,
    INCIDENT_OBJECTS,
    INSTITUTIONS,
    INSTRUMENTS,
    INTENT_NOUNS,
    INTENT_VERBS,
    INTRUSION_TARGETS,
    JOINT_VERBS,
    JOINT_WORDS,
    LIGHT_VERBS,
    MANEUVERS,
    MESSAGES,
    MILITARY,
    MOVE_VERBS,
    NAVIGATION_RIGHTS,
    NEW_ARRANGEMENTS,
    NOT_ARMS,
    NOT_PIRATE_ARMS,
    NOUNS,
    OPEN_WATERS,
    PART_NOUNS,
    PIRACY_ONLY,
    PIRACY_WORDS,
    POLICY_ACTS,
    POLICY_VERBS,
    RESULT_VERBS,
    ROUNDS,
    ROUTE_PREPS,
    RULES,
    SERVICE,
    SHIPS,
    SOVEREIGN,
    SUPPOSING,
    TESTED,
    TOPIC_PREPS,
    TRADE_VERBS,
    UNREAL,
    VERBS,
    WEAK,
    WRITTEN,
)


@dataclass(frozen=True)
class Trigger:
    """A word reporting an event; `anchor` is the verb whose clause holds its details."""

    token: Token
    anchor: Token
    category: str


def triggers_in(sent: Span, *, quoted: list[tuple[int, int]], piracy: bool) -> list[Trigger]:
    """Return the event triggers of a sentence, outside quotations.

    Parameters
    ----------
    piracy
        Whether the sentence's paragraph speaks of pirates ("rescued the crew" is then piracy).
    """
    in_sentence = PIRACY_WORDS.search(sent.text) is not None
    if sent.text.rstrip().endswith("?"):
        return []  # a question tells no event: "were other countries asked to help?"
    # The whole sentence: a small model often hangs "anywhere" on another verb.
    habitual = GENERIC_WORDS.search(sent.text.lower()) is not None
    found = []
    for tok in sent:
        if any(s <= tok.idx < e for s, e in quoted):
            continue
        trigger = (
            _verb_trigger(tok, piracy=piracy, habitual=habitual)
            or _noun_trigger(tok)
            or _joint_activity(tok)
        )
        if trigger is None or _negated(trigger.anchor) or _intended(trigger.anchor):
            continue
        if _supposed(trigger.anchor):
            continue  # "if there is any attack against them": only supposed
        if is_background(trigger.token, trigger.anchor):
            continue  # "at high risk of hijacking", "ships that are being attacked"
        if trigger.anchor.pos_ in ("VERB", "AUX") and _generic(trigger.anchor, habitual=habitual):
            continue  # "the drills are held every two years": what usually happens
        if trigger.anchor.dep_ == "csubj":
            continue  # "Obstructing supply lines ... undermines stability": a kind of act, no event
        if trigger.token.lemma_ in PIRACY_ONLY and not piracy:
            continue
        # An attack in a piracy story is a pirate attack; a launch is piracy only if it says so.
        if (in_sentence and trigger.category == "deployment") or (
            piracy and trigger.category == "incident" and not _state_arms(trigger)
        ):
            trigger = Trigger(trigger.token, trigger.anchor, "piracy")
        if not (piracy and trigger.category == "transfer"):  # pirates handed over: no arms deal
            found.append(trigger)
    found = _told_by_their_nouns(found)
    strong = [t for t in found if t.token.lemma_ not in WEAK]
    return strong or found  # "responded" is the event only when nothing more specific is told


def _told_by_their_nouns(found: list[Trigger]) -> list[Trigger]:
    """Drop a verb's own trigger when a noun tells its event ("launched 30 attacks").

    The noun says what happened; a light verb ("launched", "conducted") only says it took
    place. What forces do in an exercise ("fired missiles during the drill") is the exercise.
    """
    nouns = {t.anchor.i: t.category for t in found if t.token.i != t.anchor.i}
    return [
        t for t in found
        if not (
            t.token.i == t.anchor.i and t.anchor.i in nouns
            and (t.token.lemma_ in LIGHT_VERBS or _drilled(t, nouns[t.anchor.i]))
        )
    ]  # fmt: skip


def _drilled(trigger: Trigger, noun_category: str) -> bool:
    """Tell whether a verb tells what forces did in an exercise a noun of its clause names."""
    return noun_category == "exercise" and trigger.category in ("incident", "deployment")


def _state_arms(trigger: Trigger) -> bool:
    """Tell whether an incident's clause names arms of states ("ballistic missiles were fired")."""
    return NOT_PIRATE_ARMS.search(" ".join(t.text for t in trigger.anchor.subtree)) is not None


def _joint_activity(tok: Token) -> Trigger | None:
    """Return an exercise for "conducted a bilateral X" ("a joint patrol" is a deployment)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in JOINT_VERBS:
        return None
    if not any(c.lower_ in JOINT_WORDS for c in tok.children if c.dep_ in ("amod", "compound")):
        return None
    return Trigger(tok, verb, "deployment" if tok.lemma_.lower() == "patrol" else "exercise")


def _description(tok: Token) -> bool:
    """Tell whether a verb only says what its subject is and does ("X is a fleet and operates").

    So does a participle of what the subject is said to be ("X is a base operated by Y").
    """
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "acl" and node.head.dep_ == "attr" and node.head.head.lemma_ == "be":
        return True
    return (
        node.i != tok.i and node.lemma_ == "be" and tok.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "attr" for c in node.children)
    )  # fmt: skip


def _verb_trigger(tok: Token, *, piracy: bool, habitual: bool) -> Trigger | None:
    """Return the trigger a verb makes, if what its category needs is there."""
    lemma = _verb_lemma(tok)
    if lemma not in VERBS:
        return None
    ongoing = any(c.lower_ == "been" for c in tok.children)
    first = tok
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i != first.i:
        first = first.head  # "vessels transiting or operating in the area": both describe
    if tok.dep_ == "amod" or (
        first.dep_ in ("acl", "csubj", "relcl")
        and ((tok.tag_ == "VBG" and not ongoing) or not list(tok.children))
    ):
        return None  # "forces operating in the area", "forward-deployed fleet": description
    # "The United States condemns the attacks": the text's own words, not a statement it reports
    own_words = lemma in CONDEMN_VERBS and _simple_present(tok)
    # "is forward-deployed to the 7th Fleet": where a unit is based, no move
    forward = lemma == "deploy" and any(c.lower_ == "forward" for c in tok.children)
    if (
        own_words
        or forward
        or _description(tok)
        or _purpose(tok)
        or _generic(tok, habitual=habitual)
    ):
        return None
    scope = " ".join(t.text for t in tok.subtree)
    if not _has_what_it_needs(lemma, tok, scope) or (lemma in PIRACY_ONLY and not piracy):
        return None
    category = _verb_category(lemma, tok)
    if category == "transfer":
        if any(c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "PRON" for c in tok.children):
            return None  # "they are transferred to the supply ship": people moved, not arms sold
        if NOT_ARMS.search(scope):
            category = "other"
    return Trigger(tok, tok, category)


def _verb_category(lemma: str, tok: Token) -> str:
    """Return the category a verb gives, read with what it acts on."""
    readings = (
        # "the Indian Navy hosted Exercise Malabar": no meeting
        (lemma == "host", lambda: _hosts_exercise(tok), "exercise"),
        # a warship's visit is a port call, not talks
        (lemma in ("visit", "travel"), lambda: _ship_subject(tok), "deployment"),
        # "sailed into Japan's territorial waters" (not "sent into")
        (lemma in MOVE_VERBS, lambda: _into_waters(tok, SOVEREIGN), "incursion"),
        # ships that sail in formation with others drill together
        (lemma == "sail", lambda: _in_formation(tok), "exercise"),
        # a missile launched or fired at no target is a weapons test ("fired into the sea")
        (lemma in ("launch", "fire", "test"), lambda: _weapons_test(tok), "exercise"),
        # "missiles were launched against the ships": an attack
        (
            lemma == "launch",
            lambda: ROUNDS.search(_object(tok)) or _launched_attack(tok),
            "incident",
        ),
        (lemma in ("return", "open"), lambda: _fired(tok), "incident"),  # "returned/opened fire"
        # "the letter that was sent to the ambassador": a statement to its addressee
        (lemma == "send", lambda: _object_lemmas(tok) & WRITTEN, "statement"),
        # "signed an executive order": one side's act, no agreement
        (lemma == "sign", lambda: INSTRUMENTS.search(_object(tok)), "other"),
    )
    return next((c for applies, check, c in readings if applies and check()), VERBS[lemma])


def _policy_act(tok: Token) -> bool:
    """Tell whether a verb enacts or revokes a policy ("lifted the sanctions").

    "The embargo is now lifted" tells a state, no act.
    """
    if _simple_present(tok) or any(c.lower_ in ("is", "are") for c in tok.children):
        return False
    return POLICY_ACTS.search(_words(tok, ("dobj", "nsubjpass", "prep"))) is not None


def _weapons_test(tok: Token) -> bool:
    """Tell whether a verb fires a missile or rocket at no target: a weapons test.

    "Launched a missile into the sea" is a test; "fired missiles at the ship" or "toward the
    destroyer" is an attack.
    """
    target = _object(tok)
    if not TESTED.search(target) or ANTI_SHIP.search(target):
        return False
    if ARMED_MOVEMENTS.search(tok.sent.text):
        return False  # what the Houthis fire into shipping lanes is aimed at ships
    heads = [tok, *acted_on(tok)]  # "launched a missile toward the destroyer": the missile's
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        aim = " ".join(t.text for t in prep.subtree)
        if any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
            continue  # "on Monday", "at dawn": when, not at what
        if prep.lower_ in ("in", "during") and any(
            NOUNS.get(t.lemma_.lower()) == "exercise" for t in prep.children
        ):
            return False  # "fired missiles in the drill": the drill's rules decide
        if prep.lower_ in ("at", "against", "on", "upon"):
            return False
        if prep.lower_ in ("toward", "towards", "into") and (
            not OPEN_WATERS.search(aim) or SHIPS.search(aim)
        ):
            return False  # "toward the East Sea" is no target; "toward the tanker Sea Star" is
    return True


def _launched_attack(tok: Token) -> bool:
    """Tell whether a participle says an attack was launched ("the attacks launched against")."""
    return tok.dep_ == "acl" and NOUNS.get(tok.head.lemma_.lower()) == "incident"


def _generic(tok: Token, *, habitual: bool) -> bool:
    """Tell whether a verb says what usually or may happen, not what happened.

    "The drills are held every two years", "the military sails wherever the law allows",
    "ships may transit": background, not events. `habitual` says whether the sentence has a
    word of habit ("every two years", "wherever").
    """
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "flies, sails and operates": the tense and modals of the first verb
    auxes = [c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(a in GENERIC_MODALS for a in auxes):
        return True
    present = (
        tok.tag_ in ("VBZ", "VBP")
        or node.tag_ in ("VBZ", "VBP")
        or (node.tag_ == "VBN" and any(a in ("is", "are") for a in auxes))
    )
    return present and habitual


def _simple_present(tok: Token) -> bool:
    """Tell whether a verb is in the simple present, also as a later conjunct ("and condemn")."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i and tok.tag_ == "VB":
        node = node.head
    return node.tag_ in ("VBZ", "VBP")


def _purpose(tok: Token) -> bool:
    """Tell whether a verb only says what an act or a thing is for.

    "used hoses to thwart the attack", "the right to sail", "an attempt to board": the
    infinitive tells an aim, not what happened.
    """
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return to and (tok.dep_ == "advcl" or (tok.dep_ == "acl" and tok.head.pos_ == "NOUN"))


def _has_what_it_needs(lemma: str, tok: Token, scope: str) -> bool:
    """Tell whether a verb's clause has what makes it an event ("fire" needs a water cannon)."""
    subject = _opening_lowered(_subject_words(tok))
    needs = {
        # "entered territorial waters"; ships that "entered the waters near the shoal"
        "enter": lambda: (
            INTRUSION_TARGETS.search(scope)
            or (MILITARY.search(subject) and "waters" in _words(tok, ("dobj",)).lower())
        ),
        "cross": lambda: BORDER_LINES.search(scope),
        # "violated Philippine airspace", "violated the LAC"; not "violated the Geneva Conventions"
        "violate": lambda: (
            INTRUSION_TARGETS.search(scope)
            or BORDER_LINES.search(scope)
            or (re.search(r"\b(?:waters|sovereignty)\b", scope, re.I))
        ),
        "fire": lambda: INCIDENT_OBJECTS.search(scope) or ROUNDS.search(scope),
        # a freedom-of-navigation operation: "asserted navigational rights and freedoms"
        "assert": lambda: NAVIGATION_RIGHTS.search(scope),
        # "tested a ballistic missile", "conducted a nuclear test": not "tested the waters"
        "test": lambda: TESTED.search(_object(tok)),
        "direct": lambda: INCIDENT_OBJECTS.search(scope),
        "point": lambda: INCIDENT_OBJECTS.search(scope),
        "use": lambda: INCIDENT_OBJECTS.search(scope),
        "employ": lambda: INCIDENT_OBJECTS.search(scope),
        "drive": lambda: any(c.lower_ in ("away", "off") for c in tok.children),
        "establish": lambda: RULES.search(scope),
        "enact": lambda: RULES.search(scope),
        "issue": lambda: RULES.search(f"{tok.head.text} {scope}"),
        "respond": lambda: MILITARY.search(subject),
        "return": lambda: MILITARY.search(subject),
        "arrive": lambda: MILITARY.search(subject),
        # a ship's port call ("HMS Spey called at Da Nang"), not "called at a conference for"
        "call": lambda: MILITARY.search(subject) and _to_place(tok, "at"),
        # a ship at anchor or alongside ("anchored off the coast"), not "anchored in law"
        "anchor": lambda: MILITARY.search(subject),
        "moor": lambda: MILITARY.search(subject),
        "berth": lambda: MILITARY.search(subject),
        "depart": lambda: MILITARY.search(subject),
        # A force leaves something ("left the area", "left port"); "and left after two hours"
        # alone ends an episode already told.
        "leave": lambda: MILITARY.search(subject) and _words(tok, ("dobj",)) != "",
        "detect": lambda: MILITARY.search(_object(tok)),
        "sight": lambda: MILITARY.search(_object(tok)),
        # "had seen a survey ship", "observed two frigates"; not "saw a need" nor "seen attacks"
        "see": lambda: _ships_acted_on(tok),
        "observe": lambda: _ships_acted_on(tok),
        # "the delegation walked out of the talks": a protest by leaving
        "walk": lambda: any(c.lower_ == "out" for c in tok.children),
        # Active only: "located a small boat" is a find, "the base is located in" none.
        "locate": lambda: MILITARY.search(_words(tok, ("dobj",))),
        "strike": lambda: ROUNDS.search(_striker(tok)),
        "hit": lambda: ROUNDS.search(_striker(tok)),
        "impact": lambda: ROUNDS.search(_striker(tok)),
        "scramble": lambda: ARMS.search(_object(tok)),
        "head": lambda: _moved_on(tok),
        # a base opened, not "sent to open" it; or "opened fire"
        "open": lambda: tok.dep_ != "xcomp" and (FACILITIES.search(_object(tok)) or _fired(tok)),
        "serve": lambda: SERVICE.search(scope),
        "host": lambda: _hosts_exercise(tok) or any(c.ent_type_ == "PERSON" for c in tok.children),
        "pass": lambda: any(c.lower_ in ROUTE_PREPS for c in tok.children),
        # "a drone flew between Yonaguni and Taiwan"; not "the minister flew to Tokyo"
        "fly": lambda: (
            AIRCRAFT.search(subject) is not None
            and any(c.lower_ in ROUTE_PREPS | {"over"} for c in tok.children)
        ),
        # "travelled to Kenya and Oman": a visit to places named, not "travelled widely"
        "travel": lambda: _to_place(tok),
        # "sailed through the strait"; a ship that "sailed to Manila"
        "sail": lambda: (
            any(c.lower_ in ROUTE_PREPS for c in tok.children)
            or (MILITARY.search(subject) and _to_place(tok))
            or _in_formation(tok)
        ),
        "flee": lambda: tok.dep_ != "xcomp",  # "attempted to flee" is no flight yet
        # "spoke with her counterpart", "spoke by phone": talks; "spoke of risks" none.
        "speak": lambda: _with_party(tok) or "phone" in scope.lower(),
        "hold": lambda: _with_party(tok) and not _words(tok, ("dobj",)).lower().startswith("talk"),
        "gather": lambda: (
            not _words(tok, ("dobj",))
        ),  # "the ministers gathered", not "gathered data"
        "convene": lambda: True,
        "announce": lambda: _object_lemmas(tok) & NEW_ARRANGEMENTS != set(),
        "provide": lambda: ARMS.search(_words(tok, ("dobj",))) is not None,
        # "sent a clear message": no ships
        "send": lambda: not _object_lemmas(tok) & (MESSAGES - WRITTEN),
        "arm": lambda: tok.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in tok.children),
        "target": lambda: MILITARY.search(_object(tok)) is not None,
        "commit": lambda: _past_commitment(tok),
        "resolve": lambda: _past_commitment(tok),
        "decide": lambda: _past_commitment(tok),
        "concur": lambda: _past_commitment(tok),
        "agree": lambda: not _shared_view(tok),
    }
    if lemma in POLICY_VERBS:
        return _policy_act(tok)
    if lemma in TRADE_VERBS and not ARMS.search(_object(tok)) and not NOT_ARMS.search(scope):
        return False  # "delivered remarks", "supplied batteries": no arms deal; "ownership": other
    check = needs.get(lemma)
    return check is None or bool(check())


def _subject_words(tok: Token) -> str:
    """Return the words of a verb's subject; a caption verb's is the ship it follows."""
    if caption_verb(tok):
        return " ".join(t.text for t in tok.head.subtree if t.i < tok.i)
    return " ".join(t.text for c in tok.children if c.dep_ == "nsubj" for t in c.subtree)


def _opening_lowered(words: str) -> str:
    """Return words with the capital of a sentence's first word lowered ("Ships of the PRC").

    The lexicon's ship and force words are lower case; "USS" and other all-capital words stay.
    """
    return words[:1].lower() + words[1:] if words.split(" ", 1)[0].istitle() else words


def _fired(tok: Token) -> bool:
    """Tell whether a verb's object is fire ("opened fire", "returned fire")."""
    return "fire" in _object(tok).lower().split()


def _striker(tok: Token) -> str:
    """Return the words of what struck: the subject, or a passive's agent ("hit by a drone")."""
    return _words(tok, ("nsubj", "agent"))


def _moved_on(tok: Token) -> bool:
    """Tell whether a ship or force headed somewhere ("the vessel left and headed north")."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "left the area and headed north": the subject of the first verb
    subject = " ".join(t.text for c in node.children if c.dep_ == "nsubj" for t in c.subtree)
    return MILITARY.search(subject) is not None and any(
        c.lower_ in BEARINGS for c in tok.children if c.dep_ in ("advmod", "prep")
    )


def _past_commitment(tok: Token) -> bool:
    """Tell whether a verb tells a commitment made ("the ministers resolved to"), not a creed.

    "We commit to ..." and "is committed to ..." in a statement say what its authors hold;
    a readout's "they committed to ..." or "the government has decided to ..." tells what
    was agreed or decided.
    """
    perfect = tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in tok.children
    )
    if _misread_main_verb(tok):
        return not _shared_view(tok)
    if not (tok.tag_ == "VBD" or perfect) or tok.dep_ in ("acl", "amod", "relcl"):
        return False
    return not _shared_view(tok)


def _misread_main_verb(tok: Token) -> bool:
    """Tell whether the parse took a sentence's main verb for a participle of its subject.

    "The three NSAs resolved to ...": a small model may make "NSAs" the root and "resolved"
    a participle describing it; right after the opening noun, with no "by", it is the verb.
    """
    head = tok.head
    return (
        tok.tag_ == "VBN" and tok.dep_ == "acl" and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN") and tok.i == head.i + 1
        and not any(c.dep_ in ("agent", "auxpass") for c in tok.children)
    )  # fmt: skip


def _shared_view(tok: Token) -> bool:
    """Tell whether what is agreed is only a view ("agreed on the importance of ...")."""
    views = {"importance", "need", "significance", "value", "view", "necessity"}
    return any(
        t.lemma_.lower() in views
        for c in tok.children if c.dep_ in ("dobj", "prep", "ccomp")
        for t in ([c] if c.dep_ == "dobj" else [*c.children])
    )  # fmt: skip


def _with_party(tok: Token) -> bool:
    """Tell whether a verb says with whom ("spoke with Marcos", "held talks with Japan")."""
    return any(
        c.lower_ == "with" and any(t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or
                                   t.lemma_ in ("counterpart", "minister", "president")
                                   for t in c.subtree)
        for c in tok.children
    )  # fmt: skip


def _object_lemmas(tok: Token) -> set[str]:
    """Return the lemmas of a verb's object and what that object is of ("the launch of X").

    A relative clause acts on the noun it hangs on: "the letter that was sent".
    """
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    lemmas = {t.lemma_.lower() for c in heads for t in c.subtree if t.pos_ in ("NOUN", "PROPN")}
    if tok.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in heads):
        lemmas.add(tok.head.lemma_.lower())
    return lemmas


def acted_on(tok: Token) -> list[Token]:
    """Return what a verb acts on: its object or its passive subject.

    A passive verb whose subject the parse lost ("Mar. 6, a missile was launched", the noun
    taken for an apposition of the date) acts on the last noun before it.
    """
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if heads or not any(c.dep_ == "auxpass" for c in tok.children):
        return heads
    return [t for t in tok.sent[: tok.i - tok.sent.start] if t.pos_ == "NOUN"][-1:]


def _ships_acted_on(tok: Token) -> bool:
    """Tell whether what a verb acts on is a ship, aircraft or force by its head noun.

    The head alone: "a Chinese survey ship" is one, "attacks on shipping" none.
    """
    return any(MILITARY.search(c.text.lower()) for c in acted_on(tok))


def _object(tok: Token) -> str:
    """Return the words of what a verb acts on."""
    return " ".join(t.text for c in acted_on(tok) for t in c.subtree)


def _words(tok: Token, deps: tuple[str, ...]) -> str:
    """Return the words of a verb's dependents of the given kinds."""
    return " ".join(t.text for c in tok.children if c.dep_ in deps for t in c.subtree)


def _to_place(tok: Token, preposition: str = "to") -> bool:
    """Tell whether a verb goes "to" (or "at") a named place ("travelled to Nairobi").

    A name the model does not know as a place counts when it is no person ("sailed to Colombo"
    without a gazetteer).
    """
    return any(
        c.lower_ == preposition
        and any(o.ent_type_ in ("GPE", "LOC", "FAC") or _unknown_name(o) for o in c.subtree)
        for c in tok.children
    )


def _unknown_name(tok: Token) -> bool:
    """Tell whether a token is a proper noun the model tags as no person or nation.

    Without a gazetteer the model takes many ports for bodies ("Colombo" as an ORG).
    """
    return tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP")


def _in_formation(tok: Token) -> bool:
    """Tell whether a verb is done "in formation" ("sails in formation with ships from ...")."""
    return any(
        c.lower_ == "in" and any(g.lower_ == "formation" for g in c.children) for c in tok.children
    )


def _ship_subject(tok: Token) -> bool:
    """Tell whether a verb's subject is a ship or a navy ("USS Mahan visited", "the frigate")."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.ent_type_ == "VESSEL" or MILITARY.fullmatch(subject.text) is not None
    )


def _hosts_exercise(tok: Token) -> bool:
    """Tell whether what a verb hosts is an exercise ("hosted Exercise Malabar", "the drills")."""
    return any(
        t.lemma_.lower() in NOUNS and NOUNS[t.lemma_.lower()] == "exercise"
        for c in tok.children if c.dep_ == "dobj" for t in c.subtree
    )  # fmt: skip


def _verb_lemma(tok: Token) -> str | None:
    """Return a verb's lemma, also for gerunds tagged as nouns ("Firing water cannons").

    "took the crew hostage", "were held as hostages": a kidnapping, whatever the parse makes of
    "hostage" (object, complement or the object of "as").
    """
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() in ("take", "hold") and _hostage_taken(tok):
            return "kidnap"
        return tok.lemma_.lower()
    word = tok.lower_
    if caption_verb(tok):
        return tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not word.endswith("ing") or tok.dep_ not in CLAUSE_DEPS:
        return None
    stem = word[:-3]
    candidates = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return next((c for c in candidates if c in VERBS), None)


def _hostage_taken(verb: Token) -> bool:
    """Tell whether a verb's complement is "hostage" ("took X hostage", "held as hostages")."""
    words = [c for c in verb.children if c.dep_ != "prep"]
    words += [g for c in verb.children if c.lower_ == "as" for g in c.children]
    return any(w.lemma_.lower() == "hostage" for w in words)


def caption_verb(tok: Token) -> bool:
    """Tell whether a plural noun is a photo caption's present-tense verb, misread.

    "The destroyer USS Chung-Hoon (DDG 93) sails through the Taiwan Strait": the small model
    reads "sails" as a plural in apposition to the ship, and the sentence as a noun phrase.
    """
    return (
        tok.tag_ == "NNS"
        and tok.dep_ == "appos"
        and tok.sent.root.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("det", "amod", "compound", "nummod") for c in tok.children)
    )


def _noun_trigger(tok: Token) -> Trigger | None:
    """Return the trigger a noun makes when a verb or a date shows the event took place."""
    category = (
        NOUNS.get(tok.lemma_.lower())
        or _test_category(tok)
        or _incident_category(tok)
        or _call_category(tok)
        or _engagement_category(tok)
        or _conduct_category(tok)
    )
    if (tok.pos_ not in ("NOUN", "PROPN") and not _mistagged_noun(tok)) or category is None:
        return None
    if tok.lower_ == "provisions":
        return None  # food and stores carried ("a convoy carrying provisions"), no arms supplied
    if tok.dep_ == "amod" or tok.text.lower().startswith("anti") or _in_institution_name(tok):
        return None
    if any(c.lower_ in UNREAL | BACK_POINTERS for c in tok.children if c.dep_ in ("amod", "det")):
        return None  # "future attacks", "condemned these attacks": none happening here
    if tok.lemma_.lower() in MANEUVERS and DANGER.search(" ".join(t.text for t in tok.subtree)):
        category = "incident"
    anchor = _noun_anchor(tok, category)
    return Trigger(tok, anchor, category) if anchor is not None else None


def _in_institution_name(tok: Token) -> bool:
    """Tell whether a noun is part of the name of a place of work ("Training Center")."""
    node = tok
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    return node.i != tok.i and node.lemma_.lower() in INSTITUTIONS


def _mistagged_noun(tok: Token) -> bool:
    """Tell whether a word tagged as a verb is parsed as a noun ("conducted missile strikes").

    The small model tags a plural after a noun run as a verb and still parses it as the object.
    """
    return tok.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj")


def _conduct_category(tok: Token) -> str | None:
    """Return "incident" for conduct the text calls hostile ("the PRC's dangerous behavior")."""
    if tok.lemma_.lower() not in CONDUCT_NOUNS:
        return None
    judged = " ".join(c.text for c in tok.children if c.dep_ in ("amod", "compound", "conj"))
    return "incident" if HOSTILE.search(judged) else None


def _test_category(tok: Token) -> str | None:
    """Return "exercise" for a weapons test told by its noun ("a nuclear test", "the Musudan test").

    A test of anything else ("a test of resolve") is no event.
    """
    if tok.lemma_.lower() not in ("test", "launch"):
        return None
    named = " ".join(t.text for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "prep")
                     for t in c.subtree)  # fmt: skip
    return "exercise" if TESTED.search(named) else None


def _incident_category(tok: Token) -> str | None:
    """Return "incident" for incidents told as taking place ("two incidents occurred in May").

    "The incident" alone mostly points back to an event already told, so it makes none.
    """
    if tok.lemma_.lower() != "incident":
        return None
    head = tok.head
    took_place = head.lemma_ == "take" and any(c.lower_ == "place" for c in head.children)
    occurred = tok.dep_ == "nsubj" and (head.lemma_ in HAPPEN_VERBS or took_place)
    return "incident" if occurred or _held_clause(tok) is not None else None


def _call_category(tok: Token) -> str | None:
    """Return what a call is: a port call is a ship's visit, a phone or video call is talks."""
    if tok.lemma_.lower() != "call":
        return None
    kinds = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if "port" in kinds:
        return "deployment"
    # "a phone call", "a productive call with Prime Minister X": talks at a distance
    return "meeting" if kinds & CALL_MEDIA or _with_party(tok) else None


def _engagement_category(tok: Token) -> str | None:
    """Return "meeting" for "a bilateral engagement"; an engagement alone may be a battle."""
    if tok.lemma_.lower() != "engagement":
        return None
    kinds = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    return "meeting" if kinds & (JOINT_WORDS - {"joint", "combined"}) else None


def _noun_anchor(tok: Token, category: str) -> Token | None:
    """Return the word whose clause holds a noun event's details, or None if it is no event."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PART_NOUNS:
        tok = tok.head.head  # "a second phase of the exercise is taking place"
    named = tok.dep_ == "compound" and tok.head.pos_ == "PROPN"
    if category == "exercise" and (named or any(c.pos_ == "PROPN" for c in tok.children)):
        # "during Exercise Milan 2022": the verb tells what happened; a caption with no verb
        # but a date tells that the exercise took place that day
        return _verb_above(tok) or (tok.sent.root if _dated_caption(tok.sent) else None)
    lead = _first_conjunct(tok)  # "conducted a landing and seizure of": the verb of both
    head = lead.head
    if lead.dep_ == "pobj" and head.lower_ == "under":
        return head.head  # "was under attack"
    if head.dep_ == "prep" and head.lower_ == "for" and head.head.pos_ == "VERB":
        return head.head if category == "meeting" else None  # "hosted Singh for talks"
    verb = head.head if head.dep_ == "prep" else head  # "took part in exercises"
    light = verb.pos_ == "VERB" and verb.lemma_.lower() in LIGHT_VERBS
    light = light and not (head.dep_ == "prep" and head.lower_ in TOPIC_PREPS)
    if (
        _happened(lead, verb)
        or (light and lead.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"))
        or (category == "exercise" and _done_in_drill(lead, verb))
    ):
        # "held talks", "the drill began", "conflict broke out", "led to a deal", "warships
        # encircled the island in a large-scale drill"
        return verb
    if category == "meeting" and _named(tok) and _dated_clause(verb):
        return verb  # "welcomed the Trilateral Ministerial Meeting ... on July 28"
    # "welcomed the meeting that took place today": the clause tells it happened
    return _held_clause(tok) or (tok if _self_anchored(tok, category) else None)


def _done_in_drill(noun: Token, verb: Token) -> bool:
    """Tell whether a past act is told as done in a drill not told before ("in a drill").

    "The navy fired missiles in a live-fire drill": what forces do in a drill is the drill.
    "In the drill" points back to one already told, and "to take part in drills" is intent.
    """
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during") or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"has", "have", "had"}))


def _held_clause(tok: Token) -> Token | None:
    """Return the clause of a noun saying its event took place ("that took place today")."""
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl") or c.pos_ != "VERB":
            continue
        lemma = c.lemma_.lower()
        took_place = lemma == "take" and any(d.lower_ == "place" for d in c.children)
        if took_place or lemma in HAPPEN_VERBS:
            return c
    return None


def _dated_caption(sent: Span) -> bool:
    """Tell whether a sentence parsed as a noun has a date, as a photo caption often is.

    The small model reads a caption's present tense as a noun ("personnel exit a helicopter
    ..., while sailing"): its root is no verb, whatever verbs hang below it.
    """
    return sent.root.pos_ not in ("VERB", "AUX") and any(t.ent_type_ == "DATE" for t in sent)


def _first_conjunct(tok: Token) -> Token:
    """Return the first of the nouns a noun is listed with ("a landing and seizure")."""
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _named(tok: Token) -> bool:
    """Tell whether a noun is the name of one event ("the Trilateral Ministerial Meeting")."""
    names = (c for c in tok.children if c.dep_ == "compound")
    return tok.pos_ == "PROPN" and any(c.pos_ == "PROPN" for c in names)


def _dated_clause(verb: Token) -> bool:
    """Tell whether a verb has a day or month date of its own ("on July 28"), not a year."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        dates = [t for t in prep.children if t.ent_type_ == "DATE"]
        if any(not t.like_num or len(t.text) < 4 for d in dates for t in d.subtree):
            return True
    return False


def _self_anchored(tok: Token, category: str) -> bool:
    """Tell whether a noun shows by itself that the event took place (a date, the two sides)."""
    if any(t.ent_type_ == "DATE" and t.head.dep_ == "prep" for t in tok.subtree if t.i != tok.i):
        return True  # "a discussion on Monday"
    if category == "incursion" and _into_waters(tok) and not _judged(tok):
        return True  # "following the intrusion of fishing vessels into Japan's territorial waters"
    if category == "deployment" and _lasted(tok):
        return True  # "nearing the end of an eight-month deployment"
    if category in ("incident", "transfer") and _agent(tok):
        return True  # "the PRC's repeated obstruction of ...", "Japan's provision of vessels"
    if tok.lemma_.lower() in CONDUCT_NOUNS:
        return True  # hostile conduct is told as done: "concern over its dangerous behavior"
    # "an October 6 meeting", "clashes between Chinese and Indian troops"
    return _dated_modifier(tok) or (category == "incident" and _between_parties(tok))


def _agent(tok: Token) -> bool:
    """Tell whether a noun names who did it: a possessive or a "by" phrase with a name."""
    named = ("GPE", "ORG", "NORP", "PERSON")
    for c in tok.children:
        if c.dep_ == "poss" and (c.ent_type_ in named or c.pos_ == "PROPN"):
            return True
        if c.lower_ == "by" and any(t.ent_type_ in named for t in c.subtree):
            return True
    return False


def _lasted(tok: Token) -> bool:
    """Tell whether a noun says how long it lasted ("an eight-month deployment")."""
    return any(
        c.lemma_.lower() in DURATION_UNITS and any(n.dep_ == "nummod" for n in c.children)
        for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
    )  # fmt: skip


def _judged(tok: Token) -> bool:
    """Tell whether a noun is only judged ("intrusions into its waters are a violation")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be"


def _into_waters(tok: Token, targets: re.Pattern[str] = INTRUSION_TARGETS) -> bool:
    """Tell whether a word names the waters or airspace something went into."""
    into = [t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "into"]
    return any(targets.search(" ".join(t.text for t in c.subtree)) for c in into)


def _happened(tok: Token, verb: Token) -> bool:
    """Tell whether a verb of happening governs the noun ("a clash broke out", "led to talks")."""
    if tok.dep_ == "nsubj":  # "a clash broke out", "the clash caused injuries"
        return verb.lemma_ in HAPPEN_VERBS or (verb.lemma_ in EFFECT_VERBS and verb.tag_ == "VBD")
    if tok.dep_ != "pobj":
        return False
    # "led to talks"; "the troops erupted in violence"
    into = tok.head.lower_ in ("in", "into") and verb.lemma_ in HAPPEN_VERBS
    return (tok.head.lower_ == "to" and verb.lemma_ in RESULT_VERBS) or into


def _dated_modifier(tok: Token) -> bool:
    """Tell whether a noun carries a day or month of its own ("the May 3 talks"), not a year."""
    dates = [c for c in tok.children if c.ent_type_ == "DATE" and c.dep_ in ("compound", "nmod")]
    return any(not t.like_num or len(t.text) < 4 for c in dates for t in c.subtree)


def _between_parties(tok: Token) -> bool:
    """Tell whether a clash names who fought: "between A and B", "with A", "by A"."""
    for prep in (c for c in tok.children if c.lower_ in ("between", "with", "by")):
        if any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in prep.subtree):
            return True
    return False


def _verb_above(tok: Token) -> Token | None:
    """Return the nearest full verb governing a token, if any."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == "VERB":
            return node
    return None


def _supposed(tok: Token) -> bool:
    """Tell whether a word stands in a clause opened by "if", "unless" or "whether"."""
    for node in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in SUPPOSING for c in node.children):
            return True
        if _consequent(node):
            return True  # "the navy will respond if they attack"
        if node.dep_ not in ("advcl", "ccomp", "xcomp", "conj", "attr", "dobj", "nsubj", "pobj",
                             "prep", "acl", "relcl"):  # fmt: skip
            return False
    return False


def _consequent(verb: Token) -> bool:
    """Tell whether a verb says what will or would follow from a supposition."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children)
    return modal and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SUPPOSING for m in c.children)
        for c in verb.children
    )


def _negated(tok: Token) -> bool:
    """Tell whether a verb is negated ("did not enter")."""
    return any(c.dep_ == "neg" for c in tok.children)


def _intended(tok: Token) -> bool:
    """Tell whether a verb is only intended or claimed ("aims to draw", "claimed X crossed")."""
    node = tok
    # "committed to work toward holding a summit": through "toward" up to "committed"
    while node.dep_ in ("xcomp", "ccomp", "conj", "acl", "pcomp", "prep") and node.head.i != node.i:
        below, node = node, node.head
        if node.lemma_.lower() in INTENT_VERBS or node.lemma_.lower() in CLAIM_VERBS:
            return True
        if node.lemma_.lower() in INTENT_NOUNS and _infinitive(below):
            return True
    return False


def _infinitive(tok: Token) -> bool:
    """Tell whether a verb is a to-infinitive ("their decision to conduct")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
