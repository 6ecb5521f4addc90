"""Events: triggers with their actors, places and dates, filled in from the story's context."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from facts.dates import ONGOING_WORDS, SHIFT, DateRef, shift_days
from facts.draft import ArticleView, Draft
from facts.lexicon import ARMED_MOVEMENTS, HOME_VERBS, PIRACY_WORDS, PIRATES
from facts.mentions import DateSpan
from facts.per_date import drafts_per_date
from facts.quotes import SPEECH_VERBS
from facts.retellings import merged_retellings
from facts.scene import fill_from_scene
from facts.scope import scope_of
from facts.sentence_model import classifier_input
from facts.sentence_triggers import checked_triggers
from facts.summaries import summary_of
from facts.triggers import Trigger, triggers_in

# Dates from the most precise: a day says more than a month, a month more than a year.
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}

# A title line: no sentence ends it, and it is short. A lead sentence that lacks its stop is
# longer than this.
HEADLINE_STOPS = tuple(".!?:;\"\u201d')")
HEADLINE_WORDS = 25
HEADING_WORDS = 3  # fewer words in capitals are a name or an acronym ("USS MASON", "NATO")

# A date the event came before: it happened at some time before that day, not on it ("in the
# months leading up to June 15, 2020", "ahead of the May 3 summit").
_BEFORE = re.compile(
    r"\b(?:before|prior to|ahead of|leading up to|in the run-up to)\s+(?:the\s+)?$", re.I
)

# Words that point back to the scene already told: its date and place carry over.
SCENE_CUES = re.compile(
    r"\b(?:the|this|that) (?:meeting|talks|visit|discussion|summit|call|conversation)\b|"
    r"\bboth sides\b|^(?:\W*)they\b|^\W*the two\b|"
    r"\bthe (?:two |three |four |both )?(?:ministers|leaders|sides|countries|navies|officials|"
    r"secretaries|presidents|delegations|nsas|national security advisors|defense chiefs)\b",
    re.IGNORECASE,
)


def drafts_from(view: ArticleView) -> list[Draft]:
    """Return the article's events, one per trigger, with context filled in and merged."""
    told = told_sentences(view)
    probs = view.model.classify(
        [classifier_input(sent, found, view.quoted) for _, sent, found in told]
    )
    drafts: list[Draft] = []
    group: list[str] = []
    for (index, sent, ruled), sure in zip(told, probs, strict=True):
        found = checked_triggers(ruled, sent, sure, quoted=view.quoted,
                                 limits=view.model.thresholds)  # fmt: skip
        for trig in found:
            drafts.extend(drafts_per_date(view, _draft(view, trig, found, index, group)))
        mentioned = _actors(view, set(range(sent.start, sent.end)))
        if len([a for a in mentioned if a in view.people.values()]) >= 2:
            group = [a for a in mentioned if a in view.people.values()]
    _count_shifted_days(drafts)
    fill_from_scene(drafts, view)
    return merged_retellings(drafts)


def _count_shifted_days(drafts: list[Draft]) -> None:
    """Date "the next day", "two days later" from the last day the story told before it."""
    last: DateRef | None = None
    for d in drafts:
        if d.date is not None and d.date.precision == SHIFT:
            day = _moved(last.start, shift_days(d.date.text)) if last else None
            d.date = DateRef(day, day, "day", d.date.text) if day else None
        if d.date is not None and d.date.precision == "day" and d.date.start is not None:
            last = d.date


def _moved(day: date, days: int) -> date | None:
    """Return a day moved by some days, or None beyond the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def told_sentences(view: ArticleView) -> list[tuple[int, Span, list[Trigger]]]:
    """Return each sentence told for the first time, with the triggers the rules find in it."""
    out = []
    first_at: dict[str, int] = {}  # each line's words -> where they were first told
    for index, sent in enumerate(view.sentences):
        start, words = _line(view.text, sent)
        if (index == 0 and _headline(view.text, sent)) or _in_capitals(sent):
            continue  # what a headline or a heading tells, the story below tells again
        if first_at.setdefault(words, start) != start:
            continue  # a paragraph given twice
        piracy = _piracy_story(_paragraph(view.text, sent), sent.text)
        found = _without_framing_agreements(triggers_in(sent, quoted=view.quoted, piracy=piracy))
        out.append((index, sent, found))
    return out


def _headline(text: str, sent: Span) -> bool:
    """Tell whether a sentence is a text's title: its whole first line, with no end stop."""
    line = text[: text.find("\n")] if "\n" in text else text
    return (
        sent.start_char == len(line) - len(line.lstrip())
        and len(line.rstrip()) <= sent.end_char <= len(line) + 1  # with its line break
        and line.rstrip()[-1:] not in HEADLINE_STOPS
        and len(line.split()) <= HEADLINE_WORDS
    )


def _in_capitals(sent: Span) -> bool:
    """Tell whether a sentence is a heading set in capitals ("REVERSING THE REMOVAL OF ...:")."""
    return sent.text.isupper() and len(sent.text.split()) >= HEADING_WORDS


def _line(text: str, sent: Span) -> tuple[int, str]:
    """Return where a sentence's line starts, and the line's words (case and spacing folded)."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    return start, " ".join(text[start : end if end >= 0 else len(text)].split()).casefold()


def _piracy_story(paragraph: str, sentence: str) -> bool:
    """Tell whether a sentence's paragraph speaks of pirates, so an attack in it is piracy.

    A paragraph about an armed movement's attacks ("Houthi forces in fast boats, in what
    appears to be a hijacking attempt") is no pirate story, unless the sentence names pirates.
    """
    if PIRACY_WORDS.search(paragraph) is None:
        return False
    return ARMED_MOVEMENTS.search(paragraph) is None or PIRATES.search(sentence) is not None


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
    sent = view.sentences[index]
    body = [t for t in sent if t.idx >= view.body_start]
    scope = scope_of(trig, found) & {t.i for t in body}
    actors = _draft_actors(view, trig, scope, body, group)
    places = _draft_places(view, trig, found, scope, sent)
    future = any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall")  # "would" is reported past here
        for node in [trig.anchor, *trig.anchor.ancestors, *trig.token.ancestors]
        for c in node.children
    )
    return Draft(
        trigger=trig,
        sentence=index,
        sent=sent,
        date=_own_date(view, trig, scope, sent),
        places=places,
        actors=actors,
        summary=summary_of(trig, scope, places=places, future=future),
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
    places = [p for p in view.places if p.head in scope]
    if not places:  # a place the parse hung outside every event's clause still belongs here
        claimed = set().union(*(scope_of(t, found) for t in found if t is not trig))
        places = [p for p in view.places if sent.start_char <= p.start < sent.end_char
                  and p.head not in claimed]  # fmt: skip
    away = [p for p in places if not _home(view.doc[p.head])]
    return list(dict.fromkeys(p.name for p in away or places))


def _home(place: Token) -> bool:
    """Tell whether a place is where someone comes from ("destroyers from Yokosuka").

    A unit's home port or base is not where the event happens, when the clause names another
    place ("took part in the drill in the Philippine Sea").
    """
    while place.dep_ in ("compound", "conj", "appos") and place.head.i != place.i:
        place = place.head
    if place.dep_ != "pobj":
        return False
    prep = place.head
    based = prep.head.tag_ == "VBN" and prep.head.lemma_.lower() in HOME_VERBS
    return (prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN")) or based


def _is_group(subject: Token) -> bool:
    """Tell whether a subject points back to the people just named ("they", "the two ministers")."""
    if subject.lower_ == "they":
        return True
    return any(c.lower_ in ("two", "both") for c in subject.children)


def _actors(view: ArticleView, scope: set[int]) -> list[str]:
    """Return the canonical actors named in the scope, in order."""
    return list(dict.fromkeys(name for root, name in view.actors if root in scope))


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
    clause = " ".join(view.doc[i].text for i in sorted(scope))
    ongoing = ONGOING_WORDS.search(clause)
    if ongoing:
        return DateRef(None, None, "ongoing", ongoing.group(0))
    in_sentence = [d for d in view.dates if sent.start_char <= d.start < sent.end_char]
    told = [d for d in in_sentence if not _said_when(view.doc, d)]
    own = [d for d in view.dates if view.date_heads.get(d.start) in scope]
    # A sentence's only date belongs to its event even if the parse hung it elsewhere, and
    # so does the day it was said on ("Seoul said Friday", "On Monday, the navy said ...").
    for found in _most_precise(own or (told if len(told) == 1 else in_sentence[:1])):
        return _not_on(view, trig, found) or _narrowed_by(found.ref, told)
    return view.today if _done_as_told(anchor) else None


def _not_on(view: ArticleView, trig: Trigger, found: DateSpan) -> DateRef | None:
    """Return how an event stands to a date it did not happen on: since it, or before it."""
    text = view.text
    if text[max(0, found.start - 6) : found.start].lower().strip() == "since":
        return DateRef(None, None, "ongoing", text[found.start - 6 : found.end])
    before = _BEFORE.search(text, max(0, found.start - 30), found.start)
    if before is not None and not _names_its_own_day(view, trig, found):
        return DateRef(None, None, "unknown", text[before.start() : found.end])
    return None


def _names_its_own_day(view: ArticleView, trig: Trigger, found: DateSpan) -> bool:
    """Tell whether a date is part of the event noun's own name ("ahead of the May 3 summit")."""
    head = view.date_heads.get(found.start)
    return trig.token.pos_ != "VERB" and head in {t.i for t in trig.token.subtree}


def _narrowed_by(ref: DateRef, told: list[DateSpan]) -> DateRef:
    """Return the one more precise date of the sentence within a coarse one, else the coarse one.

    "Earlier this year, on May 3, a frigate collided ...": the day says when in the year.
    """
    if ref.start is None or ref.end is None or ref.precision not in ("month", "year"):
        return ref
    inside = {
        d.ref for d in told
        if d.ref.start is not None and d.ref.end is not None
        and PRECISION_RANK.get(d.ref.precision, 3) < PRECISION_RANK[ref.precision]
        and ref.start <= d.ref.start and d.ref.end <= ref.end
    }  # fmt: skip
    return inside.pop() if len(inside) == 1 else ref


def _done_as_told(verb: Token) -> bool:
    """Tell whether the authors do the act by telling it ("We announce", "we are launching").

    A statement's own acts take place on the day it speaks, whatever dates its clauses hold.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "we" or verb.pos_ != "VERB":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.tag_ == "VBP" and not auxes) or (verb.tag_ == "VBG" and auxes == {"are"})


def _most_precise(dates: list[DateSpan]) -> list[DateSpan]:
    """Return the dates, a day before a month before a year ("this year ... on May 3")."""
    return sorted(dates, key=lambda d: PRECISION_RANK.get(d.ref.precision, 3))


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
