"""Article text in, fact records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from facts.dates import DateRef, date_mentions
from facts.draft import ArticleView, Draft
from facts.events import drafts_from
from facts.mentions import (
    Dateline,
    DateSpan,
    actor_mentions,
    find_dateline,
    own_day,
    person_names,
    quote_spans,
    resolved_dates,
)
from facts.model import Evidence, Fact, PlaceRef
from facts.nlp import VESSEL_PREFIXES, pipeline
from facts.parsing import parsed
from facts.places import Gazetteer, default_gazetteer, place_ref
from facts.quotes import quotes_in
from facts.relations import relations_in
from facts.scope import anaphoric_places, place_mentions
from facts.sentence_model import SentenceModel, default_model
from facts.tense import future_dates


def facts_from_text(
    text: str, *, published: date, article_id: str = "", gazetteer: Gazetteer | None = None
) -> list[Fact]:
    """Return the events, quotes and relations an article states, each with its evidence."""
    return next(facts_from_texts([(text, article_id)], published=[published], gazetteer=gazetteer))


@dataclass(frozen=True)
class ExtractionFailure:
    """An article whose facts could not be extracted, and why (its words, not a traceback)."""

    article_id: str
    reason: str


class ExtractionError(ValueError):
    """An article whose facts could not be extracted; the message names it and says why."""


def facts_from_texts(
    items: Iterable[tuple[str, str]],
    *,
    published: list[date],
    gazetteer: Gazetteer | None = None,
    processes: int = 1,
) -> Iterator[list[Fact]]:
    """Yield the facts of many (text, article_id) pairs; ExtractionError at the first failure."""
    for found in facts_or_failures(items, published=published, gazetteer=gazetteer,
                                   processes=processes):  # fmt: skip
        if isinstance(found, ExtractionFailure):
            raise ExtractionError(f"{found.article_id or 'the article'}: {found.reason}")
        yield found


def facts_or_failures(
    items: Iterable[tuple[str, str]],
    *,
    published: list[date],
    gazetteer: Gazetteer | None = None,
    processes: int = 1,
) -> Iterator[list[Fact] | ExtractionFailure]:
    """Yield the facts of each (text, article_id) pair, or why an article has none.

    An article that cannot be extracted (a date beyond the calendar, say) is a failure of its
    own: the others go on. With `processes` > 1, texts are parsed in that many forked worker
    processes (see `facts.parsing`) while this one applies the rules; never from inside the
    dashboard: forking a threaded server can deadlock.
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    nlp = pipeline(tuple(gaz.surface_forms()))
    pairs = list(items)
    model = default_model()
    docs = parsed(nlp, [text for text, _ in pairs], processes=processes)
    for (_, article_id), doc, day in zip(pairs, docs, published, strict=True):
        try:
            yield facts_from_doc(doc, published=day, article_id=article_id, gazetteer=gaz,
                                 model=model)  # fmt: skip
        except ValueError as err:  # the rules refuse what they cannot place in time
            yield ExtractionFailure(article_id, str(err))


def facts_from_doc(
    doc: Doc, *, published: date, article_id: str, gazetteer: Gazetteer, model: SentenceModel
) -> list[Fact]:
    """Return the facts of one article parsed by `pipeline`, with a sentence model."""
    view = article_view(doc, published, gazetteer, model)
    facts = [_event_fact(d, view, article_id, gazetteer) for d in drafts_from(view)]
    for q in quotes_in(view.text, view.sentences, view.quoted, view.people):
        evidence = Evidence(q.sentence, q.start, q.end, q.text)
        facts.append(Fact(kind="quote", evidence=evidence, article_id=article_id,
                          speaker=q.speaker, text=q.text))  # fmt: skip
    for r in relations_in(view.sentences, view.quoted):
        facts.append(Fact(kind="relation", evidence=_sentence_evidence(view, r.sentence),
                          article_id=article_id, subject=r.subject, relation=r.relation,
                          object=r.object))  # fmt: skip
    return facts


def article_view(
    doc: Doc, published: date, gazetteer: Gazetteer, model: SentenceModel
) -> ArticleView:
    """Collect what events need to know about the article."""
    sentences = list(doc.sents)
    text = doc.text
    dateline = find_dateline(text, sentences)
    head = (dateline.start, dateline.end) if dateline else (0, 0)
    mentions = date_mentions(text)
    day = own_day(text, published)
    spans = [(m.start, m.end) for m in mentions]
    dates = resolved_dates(text, day, future_dates(doc, spans, sentences, text), mentions)
    head_dates = [d.ref for d in dates if head[0] <= d.start < head[1]]
    places = place_mentions(doc, text, skip=head)
    places = sorted([*places, *anaphoric_places(doc, places)], key=lambda p: p.start)
    lead = next(
        (i for i, s in enumerate(sentences) if s.end_char > head[1] and not _only_date(s)), 0
    )
    people = person_names(doc)
    quoted = quote_spans(text)
    return ArticleView(
        doc=doc,
        text=text,
        sentences=sentences,
        quoted=quoted,
        dates=[d for d in dates if not head[0] <= d.start < head[1]],
        places=places,
        people=people,
        actors=actor_mentions(doc, people, quoted),
        date_heads=_date_heads(doc, dates),
        lead=lead,
        body_start=head[1],
        dateline_place=_dateline_place(dateline, gazetteer),
        dateline_date=head_dates[0] if head_dates else None,
        today=head_dates[0] if head_dates else DateRef(day, day, "day", "today"),
        model=model,
    )


def _dateline_place(dateline: Dateline | None, gazetteer: Gazetteer) -> str | None:
    """Return the dateline's place; a date alone or a ship ("USS GETTYSBURG, At Sea") has none."""
    if dateline is None or not dateline.place:
        return None
    if dateline.place.split()[0].upper() in VESSEL_PREFIXES:
        return None
    return place_ref(dateline.place, gazetteer).name


def _date_heads(doc: Doc, dates: list[DateSpan]) -> dict[int, int]:
    """Map each date expression's start offset to its root token."""
    heads = {}
    for found in dates:
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is not None:
            heads[found.start] = span.root.i
    return heads


def _only_date(sent: Span) -> bool:
    """Tell whether a sentence is a bare date line ("May 7, 2025")."""
    return all(t.ent_type_ == "DATE" or t.is_punct or t.is_space for t in sent)


def _sentence_evidence(view: ArticleView, index: int) -> Evidence:
    """Return the evidence of a whole sentence, without its trailing whitespace."""
    sent = view.sentences[index]
    text = sent.text.rstrip()
    return Evidence(index, sent.start_char, sent.start_char + len(text), text)


def _event_fact(d: Draft, view: ArticleView, article_id: str, gazetteer: Gazetteer) -> Fact:
    """Turn a draft event into a Fact, resolving its places through the gazetteer."""
    places = tuple(place_ref(name, gazetteer) for name in d.places)
    ref = d.date
    return Fact(
        kind="event",
        evidence=_sentence_evidence(view, d.sentence),
        article_id=article_id,
        category=d.trigger.category,
        summary=d.summary,
        date=ref.start.isoformat() if ref and ref.start else None,
        date_end=ref.end.isoformat() if ref and ref.end else None,
        date_precision=ref.precision if ref else "unknown",
        date_text=ref.text if ref else None,
        actors=tuple(d.actors),
        places=places,
        confidence=_confidence(d, places),
    )


def _confidence(d: Draft, places: tuple[PlaceRef, ...]) -> float:
    """Score how complete the event is: a verb trigger with actors, a date and a known place."""
    score = 0.5 if d.trigger.token.pos_ == "VERB" else 0.4
    score += 0.15 if d.date is not None else 0.0
    score += 0.15 if any(p.id for p in places) else 0.05 if places else 0.0
    score += 0.1 if d.actors else 0.0
    return round(min(score, 0.95), 2)
