"""The words of a sentence that belong to one event: its clause, less other events' clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from facts.actors import CAPITAL_STANDINS, COUNTRIES, canonical_actor
from facts.mentions import COMPASS, NAME_SUFFIXES, SERVICE_WORDS, SHIP_CLASS, TITLE_WORDS
from facts.nlp import FEATURE_WORDS
from facts.places import BEARING, GENERIC_AREAS, is_anaphoric
from facts.triggers import Trigger

PLACE_LABELS = ("GPE", "LOC", "FAC")
_VESSEL_NOUNS = {
    "tanker", "ship", "vessel", "dhow", "destroyer", "frigate", "cruiser", "carrier", "boat",
    "warship", "corvette", "trawler", "freighter", "submarine",
}  # fmt: skip
_VAGUE_AREAS = {"region", "area", "scene", "vicinity"}
_PRESS_WORDS = {"press", "officials", "reporters", "briefing", "corps"}
# A ship named after its kind: "the tanker Guanabara", "the ship, the Maersk Hangzhou", "a ship
# called the Maersk Hangzhou".
_VESSEL_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_VESSEL_NOUNS))})s?,?\s+(?:(?:called|named)\s+)?(?:the\s+)?$", re.I
)
# A ship by its hull number: "the Akitsushima (PLH 32)", "Munmu the Great (DDG 976)".
_HULL_AFTER = re.compile(r"\s*\(\s*[A-Z]{1,4}[- ]?\d{1,4}\s*\)")
# A state's or district's code after its city: the "DC" of "Washington, DC", the "Fla" of "Tampa,
# Fla.".
_CITY_COMMA = re.compile(r"\w\s*,\s*$")
_REGION_CODE = re.compile(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.")
# An aircraft's designation the model tags as a place: "E-2D", "P-8", "F/A-18".
_AIRCRAFT = re.compile(r"[A-Z]{1,3}(?:/[A-Z])?-\d{1,3}[A-Z]?")
# Words that name no place alone: "Peninsula" and "East" cut from "Korean Peninsula", "the East and
# South China Seas".
_BARE_WORDS = {*FEATURE_WORDS, *COMPASS}
_LOCATIVE = {
    "in", "into", "near", "off", "at", "around", "across", "inside", "within", "toward",
    "towards", "through", "to", "from", "outside", "along", "over",
}  # fmt: skip
_VISIT_VERBS = {"visit", "tour", "reach"}
# Where in a country: "the coast of Somalia", "north of Japan", "Houthi-controlled areas of Yemen".
_DIRECTION = re.compile(
    r"north|south|east|west|coast|off|waters|shores?|km|miles|areas?|parts?|regions?", re.I
)
_FLAG = re.compile(r"\s*-\s*(?:registered|flagged)")  # a flag state, not a location
_ZONE_TIME = re.compile(r"\s*(?:standard\s+)?time\b", re.I)  # "(Sanaa time)": a clock, no place
# A unit's home base, not where it acts: "the Yokosuka-based destroyer", "homeported in Guam".
_BASED_AFTER = re.compile(r"\s*-\s*based\b", re.IGNORECASE)
_BASED_BEFORE = re.compile(
    r"\b(?:based|home-?ported|headquartered|garrisoned)\s+(?:in|at|on|out of)\s+(?:the\s+)?$|"
    r"\bhome\s*port(?:\s+of|\s+in)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Names of events and bodies that the model tags as places: "Camp David Summit".
_EVENT_NAMES = re.compile(r"\b(?:summit|meeting|dialogue|conference|forum|talks|exercise)$", re.I)
# Regions named as what policy aims at ("cooperation in the Indo-Pacific"), half the globe
# wide: where a meeting agreed on them is where it was held.
_POLICY_REGION = re.compile(r"(?:the\s+)?(?:Indo|Asia|Indo-Asia)[- ]Pacific(?:\s+region)?", re.I)
_NOT_PLACES = re.compile(r"(convention|treaty|law|agreement|framework)$", re.I)
# A place's name opening another name: "the Geneva Conventions", "Camp David Principles", "Hainan
# Airlines".
_NAME_GOES_ON = re.compile(
    r"\s+(?:Conventions?|Principles|Accords?|Declaration|Agreement|Airlines|Times|Post)\b"
)
_FORCES = re.compile(r"\b(?:navy|army|air force|coast guard|marines|corps|fleet|forces?)$", re.I)
# "Embassy of Japan in China", "Ambassador to India": a posting, not where anything happened.
_POSTING = re.compile(
    r"\b(?i:embassy|ambassador|consulate|consul|envoy|high commission(?:er)?)\s+"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+)+)?(?:(?:in|to|of)\s+(?:the\s+)?)?$"
)
# "a free and open Indo-Pacific": a policy goal, not where anything happened.
_GOAL = re.compile(r"\bfree,? and open\s+$", re.IGNORECASE)
# Where people come from, not where they act: "with partners from Benin, Nigeria and Togo".
_ORIGIN = re.compile(
    r"\b(?:partners?|personnel|delegat(?:es?|ions?)|representatives?|officials?|troops|sailors|"
    r"officers|participants|experts?|members|students|nations|countries|navies|rebels|"
    r"militants|fighters|forces|pirates|ships|vessels|boats|crews?)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_GENERIC = re.compile("|".join(re.escape(a) for a in GENERIC_AREAS), re.IGNORECASE)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the article, and the token that heads it."""

    start: int
    end: int
    name: str
    head: int


def scope_of(trigger: Trigger, others: list[Trigger]) -> set[int]:
    """Return token indices of the trigger's clause, without nested events and relative clauses."""
    root = trigger.anchor
    cut = {o.anchor.i for o in others if o.anchor.i != root.i} | {
        o.token.i for o in others if o.token.i not in (trigger.token.i, root.i)
    }
    keep: set[int] = set()
    stack = [root]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for child in tok.children:
            if child.i in cut or (child.dep_ == "relcl" and trigger.token.i not in _ids(child)):
                continue
            stack.append(child)
    return keep


def _ids(tok: Token) -> set[int]:
    """Return the indices of a token's subtree."""
    return {t.i for t in tok.subtree}


def place_mentions(doc: Doc, text: str, *, skip: tuple[int, int]) -> list[PlaceMention]:
    """Return the places the article names, outside the dateline `skip` span."""
    vessels = _vessel_names(doc, text)
    found = []
    for ent in doc.ents:
        building = ent.label_ == "ORG" and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "at"
        building = building and not _FORCES.search(ent.text)  # "fired at U.S. Navy warships"
        if _POLICY_REGION.fullmatch(ent.text):
            continue
        if (ent.label_ not in PLACE_LABELS and not building) or _NOT_PLACES.search(ent.text):
            continue  # an ORG is a place only where things happen "at" it: "at the Pentagon"
        if skip[0] <= ent.start_char < skip[1] or _not_where(ent, text, vessels):
            continue
        bearing = BEARING.search(text, max(0, ent.start_char - 80), ent.start_char)
        if bearing is not None:
            name = text[bearing.start() : ent.end_char]
            found.append(PlaceMention(bearing.start(), ent.end_char, name, ent.root.i))
            continue
        if _GOAL.search(text, max(0, ent.start_char - 20), ent.start_char):
            continue
        found.append(PlaceMention(ent.start_char, ent.end_char, _strip_the(ent.text), ent.root.i))
    for m in _GENERIC.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.append(PlaceMention(m.start(), m.end(), m.group(0), span.root.i))
    return sorted(found, key=lambda p: p.start)


def _not_where(ent: Span, text: str, vessels: set[str]) -> bool:
    """Tell whether a place name stands for no place here: an actor, a ship, a clock, a home."""
    if _is_actor_use(ent) or _FLAG.match(text, ent.end_char) or _no_place_name(ent, text):
        return True
    if _NAME_GOES_ON.match(text, ent.end_char) or _of_a_person(ent):
        return True
    # "the Maersk Hangzhou" again, or its "Hangzhou" alone: the ship, not a place
    if any(text.endswith(v, 0, ent.end_char) for v in vessels):
        return True
    return bool(
        _ZONE_TIME.match(text, ent.end_char)
        or _POSTING.search(text, max(0, ent.start_char - 80), ent.start_char)
        or _BASED_AFTER.match(text, ent.end_char)
        or _BASED_BEFORE.search(text, max(0, ent.start_char - 30), ent.start_char)
        or _ORIGIN.search(text, max(0, _list_start(ent) - 30), _list_start(ent))
        or _EVENT_NAMES.search(ent.text)
    )


def _list_start(ent: Span) -> int:
    """Return where the list a name stands in begins: "Benin" in "from Benin, Nigeria and Togo"."""
    tok = ent.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return min(tok.left_edge.idx, ent.start_char)


def _of_a_person(ent: Span) -> bool:
    """Tell whether a place only says whose a speaker or press corps is ("Pentagon spokesman").

    So it does after a title: "President of the United States", "Minister of Defense of Japan".
    """
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < ent.start:
        return _title(head.head)
    return (
        ent.root.dep_ == "compound"
        and head.i >= ent.end
        and (head.lower_ in _PRESS_WORDS or _title(head))
    )


def _title(tok: Token) -> bool:
    """Tell whether a word is a title, a service's only when capitalised ("Coast", not "coast")."""
    return tok.lower_ in TITLE_WORDS and (tok.is_title or tok.lower_ not in SERVICE_WORDS)


def _vessel_names(doc: Doc, text: str) -> set[str]:
    """Return the names the text gives ships: each mention of one names the ship, not a place."""
    names = {e.text.split(None, 1)[-1] for e in doc.ents if e.label_ == "VESSEL"}
    for ent in doc.ents:
        before = _VESSEL_BEFORE.search(text, max(0, ent.start_char - 40), ent.start_char)
        if before is not None or _HULL_AFTER.match(text, ent.end_char):
            names.add(_strip_the(ent.text))
    return names


def _after_a_title(ent: Span) -> bool:
    """Tell whether a name follows a capitalised title: "Foreign Minister Kamikawa"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_title and before.lower_ in TITLE_WORDS


def _no_place_name(ent: Span, text: str) -> bool:
    """Tell whether a mention the model tags as a place is a person, a code or a fragment."""
    name = _strip_the(ent.text)
    if _after_a_title(ent):
        return True
    code = text[ent.start_char : ent.end_char + 1].rstrip()
    if (_REGION_CODE.fullmatch(code) or _REGION_CODE.fullmatch(name)) and _CITY_COMMA.search(
        text, max(0, ent.start_char - 5), ent.start_char
    ):
        return True
    last = ent[-1]
    return (
        _AIRCRAFT.fullmatch(name) is not None
        or SHIP_CLASS.match(text, ent.end_char) is not None
        or name.lower() in _BARE_WORDS
        or last.pos_ == "ADP"
        or last.lower_ in NAME_SUFFIXES
        or f"{last.lower_}." in NAME_SUFFIXES
    )


def _strip_the(name: str) -> str:
    """Drop a leading article: "the Senkaku Islands" -> "Senkaku Islands"."""
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def _is_actor_use(ent: Span) -> bool:
    """Tell whether a country or capital is used as an actor, not as where things happen."""
    name = _strip_the(ent.text)
    if ent.label_ in ("GPE", "LOC") and ent.root.dep_ == "nsubj":
        return True  # "Seoul said", "Canberra protested": a government, wherever it spoke
    if name.lower() not in CAPITAL_STANDINS and canonical_actor(name) not in COUNTRIES:
        return False
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        return False
    if ent.root.dep_ == "dobj" and head.lemma_ in _VISIT_VERBS:
        return False  # "visited New Delhi": where the visit went
    return not (
        ent.root.dep_ == "pobj" and head.lower_ == "of" and _DIRECTION.search(head.head.text)
    )


def anaphoric_places(doc: Doc, known: list[PlaceMention]) -> list[PlaceMention]:
    """Resolve "those islands", "the shoal" to the last place of that kind named before."""
    out = []
    for tok in doc:
        if tok.dep_ == "det" and tok.lower_ == "the" and tok.head.lower_ in _VAGUE_AREAS:
            earlier = [p for p in known if p.start < tok.idx]
            if earlier:  # "in the region", "to the scene": where the story already is
                out.append(PlaceMention(tok.idx, tok.head.idx + len(tok.head), earlier[-1].name,
                                        tok.head.i))  # fmt: skip
            continue
        if tok.dep_ != "det" or tok.lower_ not in ("those", "these", "the"):
            continue
        if tok.lower_ == "the" and not tok.head.is_lower:
            continue  # "the Senkaku Islands" names them; "the shoal" points back
        phrase = f"{tok.lower_} {tok.head.lower_}"
        if not is_anaphoric(phrase):
            continue
        earlier = [p for p in known if p.start < tok.idx and tok.head.lower_[:4] in p.name.lower()]
        if earlier:
            last = earlier[-1]
            out.append(PlaceMention(tok.idx, tok.head.idx + len(tok.head), last.name, tok.head.i))
    return out
