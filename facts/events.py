"""Events: triggers with their actors, places and dates, filled in from the story's context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from facts.context import fill_from_context
from facts.dateparts import split_by_date
from facts.dates import ONGOING_WORDS, DateRef
from facts.duplicates import merged
from facts.lexicon import PIRACY_WORDS
from facts.mentions import DateSpan, actor_name
from facts.quotes import SPEECH_VERBS
from facts.scope import PlaceMention, scope_of
from facts.triggers import Trigger, triggers_in

# Words that point back to the scene already told: its date and place carry over.
SCENE_CUES = re.compile(
    r"\b(?:the|this|that) (?:meeting|talks|visit|discussion|summit)\b|\bboth sides\b|"
    r"\bthe two (?:ministers|leaders|sides|countries|navies|officials)\b|^(?:\W*)they\b",
    re.IGNORECASE,
)

# Prepositions after which a country is a location, not a party ("from India" may be a party).
WHERE_PREPS = {"in", "near", "off", "at", "around", "inside", "within", "along", "into", "across"}
COMPASS = ("north", "south", "east", "west")


@dataclass
class Draft:
    """An event being built: what its own clause says, before context fills the gaps."""

    trigger: Trigger
    sentence: int
    sent: Span
    date: DateRef | None
    places: list[str]
    actors: list[str]
    summary: str
    future: bool
    cue: bool
    lead: bool
    scope: set[int] = field(repr=False)

    def category_is(self, categories: tuple[str, ...]) -> bool:
        """Tell whether the event is of one of the categories."""
        return self.trigger.category in categories


@dataclass(frozen=True)
class ArticleView:
    """The parsed article and what the extractor found in it, shared by all events."""

    doc: Doc
    text: str  # doc.text joins every token on each call: read it once
    sentences: list[Span]
    quoted: list[tuple[int, int]]
    dates: list[DateSpan]
    places: list[PlaceMention]
    people: dict[str, str]
    actors: tuple[tuple[int, str], ...]  # (root token, canonical name) of each actor mention
    date_heads: dict[int, int]  # date start offset -> its root token
    lead: int
    body_start: int  # where the text after the dateline begins
    dateline_place: str | None
    dateline_date: DateRef | None


def drafts_from(view: ArticleView) -> list[Draft]:
    """Return the article's events, one per trigger, with context filled in and merged."""
    drafts: list[Draft] = []
    group: list[str] = []
    for index, sent in enumerate(view.sentences):
        piracy = PIRACY_WORDS.search(_paragraph(view.text, sent)) is not None
        found = _without_framing_agreements(triggers_in(sent, quoted=view.quoted, piracy=piracy))
        for trig in found:
            drafts.extend(split_by_date(view, _draft(view, trig, found, index, group)))
        mentioned = _actors(view, set(range(sent.start, sent.end)))
        if len([a for a in mentioned if a in view.people.values()]) >= 2:
            group = [a for a in mentioned if a in view.people.values()]
    fill_from_context(drafts, view)
    return merged(drafts)


def _paragraph(text: str, sent: Span) -> str:
    """Return the paragraph (line) a sentence stands in, with the paragraph before it."""
    start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, sent.start_char))) + 1
    end = text.find("\n", sent.start_char)
    return text[start : end if end >= 0 else len(text)]


def _without_framing_agreements(found: list[Trigger]) -> list[Trigger]:
    """Drop "agreed that Japan would export X": the transfer agreed on is the event."""
    transfers = [t for t in found if t.category == "transfer"]
    return [
        t for t in found
        if t.category != "agreement"
        or not any(x.anchor in t.anchor.subtree for x in transfers)
    ]  # fmt: skip


def _draft(view: ArticleView, trig: Trigger, found: list[Trigger], index: int,
           group: list[str]) -> Draft:  # fmt: skip
    """Build one event from its trigger's clause."""
    doc, sent = view.doc, view.sentences[index]
    body = [t for t in sent if t.idx >= view.body_start]
    scope = scope_of(trig, found) & {t.i for t in body}
    actors = _draft_actors(view, trig, scope, body, group)
    places = _draft_places(view, trig, found, scope, sent)
    future = any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall")  # "would" is reported past here
        for node in [trig.anchor, *trig.anchor.ancestors]
        for c in node.children
    )
    return Draft(
        trigger=trig,
        sentence=index,
        sent=sent,
        date=_own_date(view, trig, scope, sent),
        places=places,
        actors=actors,
        summary=_summary(doc, scope),
        future=future,
        cue=SCENE_CUES.search(sent.text) is not None,
        lead=index == view.lead,
        scope=scope,
    )


def _draft_actors(view: ArticleView, trig: Trigger, scope: set[int], body: list[Token],
                  group: list[str]) -> list[str]:  # fmt: skip
    """Return the clause's actors ("they" = the people just named), else the sentence's."""
    actors = _actors(view, scope)
    subject = next((c for c in trig.anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and _is_group(subject):
        actors = list(dict.fromkeys([*group, *actors]))
    if not actors:
        actors = _actors(view, {t.i for t in body})
    if not actors and any(_is_group(t) for t in body if t.dep_ in ("nsubj", "nsubjpass")):
        actors = list(group)
    return actors


def _draft_places(view: ArticleView, trig: Trigger, found: list[Trigger], scope: set[int],
                  sent: Span) -> list[str]:  # fmt: skip
    """Return the places of the event's clause, else the sentence's places no clause claims."""
    places = [p.name for p in view.places if p.head in scope]
    if not places:  # a place the parse hung outside every event's clause still belongs here
        claimed = set().union(*(scope_of(t, found) for t in found if t is not trig))
        places = [p.name for p in view.places if sent.start_char <= p.start < sent.end_char
                  and p.head not in claimed]  # fmt: skip
    return list(dict.fromkeys(places))


def _is_group(subject: Token) -> bool:
    """Tell whether a subject points back to the people just named ("they", "the two ministers")."""
    if subject.lower_ == "they":
        return True
    return any(c.lower_ in ("two", "both") for c in subject.children)


def _actors(view: ArticleView, scope: set[int]) -> list[str]:
    """Return the canonical actors named in the scope, in order."""
    return list(dict.fromkeys(name for root, name in view.actors if root in scope))


def actor_mentions(doc: Doc, people: dict[str, str], quoted: list[tuple[int, int]]
                   ) -> tuple[tuple[int, str], ...]:  # fmt: skip
    """Return (root token, canonical name) of every actor mention outside quotations."""
    found = []
    for ent in doc.ents:
        if any(s <= ent.start_char < e for s, e in quoted):
            continue
        name = actor_name(ent, people)
        if name and not _where(ent) and not _hull_number(ent):
            found.append((ent.root.i, name))
    return tuple(found)


def _where(ent: Span) -> bool:
    """Tell whether a country or place is named only as where things happened.

    "near Yemen", "patrolled off Somalia" (the parser makes "off" a particle of the verb) and
    "north-west of the Seychelles" name a place, not a party to the event.
    """
    if ent.label_ not in ("GPE", "LOC"):
        return False
    root, head = ent.root, ent.root.head
    if root.dep_ == "pobj" and head.lower_ in WHERE_PREPS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of":
        return any(word in head.head.lower_ for word in COMPASS)
    return root.dep_ == "dobj" and any(
        c.dep_ == "prt" and c.lower_ in WHERE_PREPS and c.i == ent.start - 1 for c in head.children
    )


def _hull_number(ent: Span) -> bool:
    """Tell whether a mention is a ship's hull number in brackets ("USS Farragut (DDG 99)")."""
    doc = ent.doc
    return (
        ent.start > 0
        and doc[ent.start - 1].text == "("
        and ent.end < len(doc)
        and doc[ent.end].like_num
        and ent.text.isupper()
        and len(ent.text) <= 4
    )


def _own_date(view: ArticleView, trig: Trigger, scope: set[int], sent: Span) -> DateRef | None:
    """Return the date the trigger's clause gives, or "ongoing" for repeated actions."""
    anchor = trig.anchor
    auxes = [c for c in anchor.children if c.dep_ == "aux"]
    if anchor.tag_ == "VBG" and any(a.lower_ == "been" for a in auxes):
        words = " ".join(t.text for t in [*auxes, anchor])
        return DateRef(None, None, "ongoing", words)
    going_on = _going_on(anchor)
    if going_on:
        return DateRef(None, None, "ongoing", going_on)
    text = view.text
    clause = " ".join(view.doc[i].text for i in sorted(scope))
    ongoing = ONGOING_WORDS.search(clause)
    if ongoing:
        return DateRef(None, None, "ongoing", ongoing.group(0))
    in_sentence = [
        d for d in view.dates
        if sent.start_char <= d.start < sent.end_char and not _said_when(view.doc, d)
    ]  # fmt: skip
    own = [d for d in view.dates if view.date_heads.get(d.start) in scope]
    # A sentence's only date belongs to its event even if the parse hung it elsewhere.
    for found in own or (in_sentence if len(in_sentence) == 1 else []):
        if text[max(0, found.start - 6) : found.start].lower().strip() == "since":
            return DateRef(None, None, "ongoing", text[found.start - 6 : found.end])
        return found.ref
    return None


def _going_on(anchor: Token) -> str | None:
    """Return the words that tell a noun's event is still going on ("is nearing the end of")."""
    if anchor.pos_ == "VERB":
        return None  # a verb's own tense is read with its date
    verb = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.tag_ != "VBG":
        return None
    present = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("is", "are", "am")]
    return " ".join(t.text for t in [*present, verb]) if present else None


def _said_when(doc: Doc, found: DateSpan) -> bool:
    """Tell whether a date tells when something was said ("officials said today")."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    head = span.root.head if span is not None else None
    while head is not None and head.dep_ == "prep":
        head = head.head
    return head is not None and head.lemma_ in SPEECH_VERBS


def _summary(doc: Doc, scope: set[int]) -> str:
    """Return the clause's words, as one line."""
    words = [doc[i] for i in sorted(scope) if not doc[i].is_space]
    text = " ".join(t.text for t in words)
    text = re.sub(r"\s+([,.;:\u2019'?!)%])|([(\u201c])\s+", r"\1\2", text)
    text = re.sub(r"\b(?:In|At|During|On|For|As)\s*,\s*|(?:,\s*)+(?=[,.])", "", text)
    text = re.sub(r"^(?:and|but|while|as|,)\s+", "", text.strip(" ,;:\u2013\u2014-"), flags=re.I)
    return (text[:1].upper() + text[1:200]).rstrip(" ,.") + "."
