"""The scene: an event its clause leaves undated or placeless takes its scene's date and place."""

from __future__ import annotations

import re

from spacy.tokens import Token

from facts.dates import DateRef
from facts.draft import ArticleView, Draft
from facts.triggers import caption_verb

# Words that carry on the episode just told, so its place holds: "there", "those waters".
EPISODE_CUES = re.compile(
    r"\b(?:there|then|nearby|(?:the|those|these|that) (?:area|waters|islands?|islets?|region|"
    r"scene|vicinity|shoal|reef|strait|sea|zone|border))\b",
    re.IGNORECASE,
)

# Words that point to a place named just before, even in the same sentence.
SAME_PLACE = re.compile(
    r"\b(?:above|aforementioned|aforesaid|same)\s+(?:territorial\s+)?"
    r"(?:area|waters|airspace|zone|islands?|sea|region)\b",
    re.IGNORECASE,
)

# An opening that carries the scene on a short time later: its place holds.
SOON_AFTER = re.compile(
    r"\W*(?:(?:hours|minutes|moments) later|shortly (?:after|afterwards?)|soon after)\b",
    re.IGNORECASE,
)

# Words that put an event on the day already told: "the same day", "at 5:10 pm".
SAME_DAY = re.compile(
    r"\b(?:the same (?:day|morning|afternoon|evening|night)|later that (?:day|night))\b|"
    r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)",
    re.IGNORECASE,
)


# Words that put what a sentence tells before the event it names, on days it does not tell.
BEFORE_CUES = re.compile(
    r"\b(?:leading up to|in the run-up to|(?:days|weeks|months) (?:before|preceding)|"
    r"preceded)\b",
    re.IGNORECASE,
)


def fill_from_scene(drafts: list[Draft], view: ArticleView) -> None:
    """Give undated, placeless past events the date and place of the scene they belong to."""
    scene: Draft | None = None
    for i, d in enumerate(drafts):
        if not d.future:
            source = _context_source(drafts, i, scene, view.text)
            if BEFORE_CUES.search(d.sent.text):
                source = None  # "the events leading up to the clash": earlier, days not told
            if d.date is None:
                d.date = _context_date(d, source, view) or _date_told_before(d, drafts, view)
                d.date_inherited = d.date is not None
            if not d.places and not d.category_is(("other",)):  # laws and rulings have none
                d.places = _episode_places(drafts, i, view.text)
            if not d.places and d.date_inherited and _goes_on(source, d):
                d.places = list(source.places)  # "... near Salalah on April 5. Warships responded."
            if not d.places and d.cue and source is scene and _is_meeting(scene):
                d.places = list(scene.places)  # "at this meeting": where the meeting was
            lead = next((p for p in drafts[:i] if _opens_story(p, drafts, view) and p.places), None)
            if not d.places and lead is not None and lead.trigger.category == d.trigger.category:
                d.places = list(lead.places)  # more of the story the lead placed
            if not d.places and _takes_dateline(d, view):
                d.places = [view.dateline_place]
        if _sets_scene(d, scene):
            scene = d


def _opens_story(d: Draft, drafts: list[Draft], view: ArticleView) -> bool:
    """Tell whether an event is the story's lead, or the first one told after an eventless lead."""
    return d.lead or d.sentence == drafts[0].sentence == view.lead + 1


def _episode_places(drafts: list[Draft], i: int, text: str) -> list[str]:
    """Return the places of the event just told in the paragraph, if this one goes on with it."""
    d = drafts[i]
    told = [p for p in drafts[:i] if p.sentence == d.sentence and p.places]
    if told and SAME_PLACE.search(d.summary):
        return list(told[-1].places)  # "... it entered the above waters": the ones just named
    placed = [p for p in drafts[:i] if p.sentence < d.sentence and p.places]
    if placed and SOON_AFTER.match(d.sent.text):
        return list(
            placed[-1].places
        )  # "Hours later, ...": the scene goes on, new paragraph or not
    earlier = [p for p in drafts[:i] if p.sentence < d.sentence and _same_paragraph(p, d, text)]
    if not earlier:
        return []
    last = earlier[-1]
    same_actors = bool(set(d.actors) & set(last.actors))
    if same_actors or EPISODE_CUES.search(d.sent.text):
        return list(last.places)
    return []


def _goes_on(source: Draft | None, d: Draft) -> bool:
    """Tell whether an event whose date it took was told in the two sentences before."""
    return source is not None and bool(source.places) and d.sentence - 2 <= source.sentence


def _is_meeting(d: Draft | None) -> bool:
    """Tell whether an event is a meeting (the scene "at this meeting" points to)."""
    return d is not None and d.category_is(("meeting",))


def _context_date(d: Draft, source: Draft | None, view: ArticleView) -> DateRef | None:
    """Return the inherited date, or the dateline's for a present-tense lead (a photo caption)."""
    if source is not None and source.date is not None:
        return source.date
    if d.lead and view.dateline_date is not None and _present(d.trigger.anchor):
        return view.dateline_date
    return None


def _date_told_before(d: Draft, drafts: list[Draft], view: ArticleView) -> DateRef | None:
    """Return the day or month of the sentence just before, if it told no event of its own.

    A story dated in one sentence goes on in the next ("This week, the ministers travelled to
    Oman. They met the sultan."), and a parse may cut one sentence in two at a bracket.
    """
    before = d.sentence - 1
    if before < 0 or any(p.sentence == before for p in drafts):
        return None
    sent = view.sentences[before]
    if "\n" in view.text[sent.start_char : d.sent.start_char]:
        return None  # a new paragraph: a new story, or the text's next point
    told = [
        x.ref for x in view.dates
        if sent.start_char <= x.start < sent.end_char and x.ref.start is not None
        and x.ref.precision in ("day", "month") and not x.ref.text.lower().startswith("since")
    ]  # fmt: skip
    return told[0] if told else None


def _present(verb: Token) -> bool:
    """Tell whether a verb is in the present or present perfect ("sail", "have held")."""
    if verb.tag_ in ("VBZ", "VBP") or caption_verb(verb):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _takes_dateline(d: Draft, view: ArticleView) -> bool:
    """Tell whether a placeless event happened in the dateline city (a lead, or a meeting)."""
    if view.dateline_place is None or not (d.lead or d.category_is(("meeting",))):
        return False
    return not any(d.sent.start_char <= p.start < d.sent.end_char for p in view.places)


def _sets_scene(d: Draft, scene: Draft | None) -> bool:
    """Tell whether an event becomes the scene later anaphora point to (a dated meeting wins)."""
    if d.date is None or d.date.precision != "day":
        return False
    return scene is None or d.category_is(("meeting",)) or not scene.category_is(("meeting",))


def _context_source(drafts: list[Draft], i: int, scene: Draft | None, text: str) -> Draft | None:
    """Return the event whose date an undated one inherits, if any."""
    d = drafts[i]
    if d.cue and scene is not None:
        return scene  # the meeting, once one is dated: "at this meeting" points there
    if SAME_DAY.search(d.sent.text):
        earlier = [p for p in drafts[:i] if _dated(p) and p.date.precision == "day"]
        if earlier:
            return earlier[-1]  # "at 5:10 pm the same day": the day of the last dated event
    same = [p for p in drafts[:i] if p.trigger.category == d.trigger.category and _dated(p)]
    placed = [p for p in same if set(p.places) & set(d.places)]
    if same:
        return (placed or same)[-1]  # "the ships at Scarborough Reef": the day told there
    paragraph = [p for p in drafts[:i] if _dated(p) and _same_paragraph(p, d, text)]
    if paragraph:
        return paragraph[-1]
    if d.lead:
        ahead = [n for n in drafts[i + 1 :] if n.sentence <= d.sentence + 2 and n.cue and _dated(n)]
        return ahead[0] if ahead else None
    return _told_just_before(drafts, i)


def _told_just_before(drafts: list[Draft], i: int) -> Draft | None:
    """Return the event told in the two sentences before, if dated to the day and d is past.

    A story told in order: "... was attacked on Monday. Warships responded."
    """
    d = drafts[i]
    told = [p for p in drafts[:i] if d.sentence - 2 <= p.sentence < d.sentence]
    if told and _dated(told[-1]) and told[-1].date.precision == "day" and _past(d):
        return told[-1]
    return None


def _past(d: Draft) -> bool:
    """Tell whether an event's verb is in the past tense ("responded", "were boarded")."""
    verb = d.trigger.anchor
    return verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _same_paragraph(a: Draft, b: Draft, text: str) -> bool:
    """Tell whether two events stand in one paragraph (no line break between them)."""
    return "\n" not in text[a.sent.start_char : b.sent.start_char]


def _dated(d: Draft) -> bool:
    """Tell whether an event has a day, month or year of its own."""
    return d.date is not None and d.date.start is not None
