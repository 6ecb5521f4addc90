"""The shared types of event extraction: the parsed article's view and an event being built."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from facts.dates import DateRef
from facts.mentions import DateSpan
from facts.scope import PlaceMention
from facts.sentence_model import SentenceModel
from facts.triggers import Trigger


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
    date_inherited: bool = False  # the date came from the scene, not from the clause

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
    today: DateRef  # the day the text speaks on: its dateline's day, else its publication day
    model: SentenceModel  # the trained classifier and where it overrules the rules
