"""What a parsed article mentions: dateline, people, dates and quoted stretches."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from facts.actors import ALIASES, canonical_actor, country_of
from facts.dates import DateMention, DateRef, date_mentions, resolve

# How far down a text its own date line may stand, and how long before posting it may be.
HEAD_LINES = 4
OWN_DAY_SLACK = timedelta(days=7)

# A photo release opens on its image id: "240409-N-AB123-1001 SOUTH CHINA SEA (April 9) -".
_IMAGE_ID = r"(?:\d{6}-[A-Z]-[A-Z0-9]{4,6}-\d{3,5}\s+)?"
DATELINE = re.compile(
    _IMAGE_ID + r"(?P<place>[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+)*)"
    r"(?:, (?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)*))?"
    r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))?\s*(?:\((?P<pdate>[^)]{0,40})\))?"
    r"\s*(?:[\u2013\u2014]|--?|(?<=\))(?:\s|$))"
)
# "Tokyo, July 18 (Jiji Press)--", "Camp Lemonnier, DJIBOUTI -": a title-case place is a
# dateline only with a date or an all-capitals region after it.
TITLED_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|[A-Z]{2,}(?: [A-Z]{2,})*)"
    r"\s*(?:\([^)]{0,40}\))?\s*(?:--?|[\u2013\u2014])"
)
# A story that opens on its date alone: "May 14, 2009 - Ships from ...".
_DATE_DATELINE = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*(?:[\u2013\u2014]|--?)\s")
_BRACKETED = re.compile(r"\s*[(\[]\s*(?:on\s+)?")
# A quotation opened with a curly mark may be closed with a straight one (“cease now"): typed
# texts mix them, and an opening left unclosed must not swallow what follows up to the next
# closing mark. A paragraph of a quotation that goes on in the next one has no closing mark: it
# ends where its line does when the next line opens a quotation again.
# What introduces a document reproduced below it: "the text of the letter sent today:".
_DOCUMENT_INTRO = re.compile(r"\b(?:text|letter|statement|message|transcript)\b", re.I)
_QUOTES = re.compile(
    r"\u201c[^\u201d\"]{1,1500}?(?:[\u201d\"]|(?=\n\s*\u201c))|\"[^\"\n]{1,1500}\""
)
# Titles, ranks and offices that open a person's name: they are no given names, and a speaker or
# a place after them is a person. Abbreviations keep their dot: "Gen." is a rank, "Gen" the
# given name of Gen Nakatani, "Sen" a surname.
#
# The ends of offices and services a model keeps in a name: "Secretary of War Pete Hegseth",
# "U.S. Coast Guard Capt. Brian Krautler", "Air Force Gen. Jane Doe". In lower case they are
# common nouns: "Yemen's Red Sea coast".
SERVICE_WORDS = {"war", "coast", "guard", "navy", "army", "air", "force"}
TITLE_WORDS = SERVICE_WORDS | {
    "president", "prime", "minister", "premier", "defense", "defence", "foreign", "secretary",
    "state", "affairs", "ambassador", "envoy", "spokesman", "spokesperson", "spokeswoman",
    "official", "advisor", "adviser", "director", "chairman", "senator", "sen.", "chief",
    "deputy", "vice", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "admiral", "adm.",
    "rear", "commodore", "captain", "capt.", "commander", "cmdr.", "commandant", "general",
    "gen.", "lieutenant", "lt.", "colonel", "col.", "major", "maj.", "brig.", "marshal",
    "sergeant", "sgt.", "petty", "officer", "operator", "class", "minister's",
}  # fmt: skip
NAME_SUFFIXES = {"ii", "iii", "iv", "jr.", "sr."}
# Prepositions after which a country is a location, not a party ("from India" may be a party).
WHERE_PREPS = {"in", "near", "off", "at", "around", "inside", "within", "along", "into", "across"}
COMPASS = ("north", "south", "east", "west")
# A ship class is named for a place or a person ("Blue Ridge-class command ship", "Arleigh
# Burke-class destroyer"): neither acts or happens there.
SHIP_CLASS = re.compile(r"-class\b", re.I)
# Names of exercises and operations ("Exercise Malabar", "Malabar 2020"), and names the model
# cut short ("Voice of"): no one acts under these.
_EVENT_NAME = re.compile(
    r"^(?:(?:Exercise|Operation|Ex\.)\s|[A-Z][\w-]*\s+(?:19|20)\d\d$)|\s(?:of|the|and|for)$"
)


@dataclass(frozen=True)
class Dateline:
    """The opening "PLACE, Region (date) -" of a news text: its place, date and span."""

    place: str | None  # None when the dateline is a date alone
    start: int
    end: int


@dataclass(frozen=True)
class DateSpan:
    """A resolved date expression and its character span in the article."""

    start: int
    end: int
    ref: DateRef


def find_dateline(text: str, sentences: Sequence[Span]) -> Dateline | None:
    """Return the dateline at the start of one of the first two non-date sentences of `text`."""
    opening = _DATE_DATELINE.match(text)
    if opening:
        return Dateline(None, 0, opening.end())
    for sent in sentences[:3]:
        m = DATELINE.match(sent.text) or TITLED_DATELINE.match(sent.text)
        if m and len(m.group("place")) >= 4 and not date_mentions(m.group("place")):
            place = _titled(m.group("place"))
            return Dateline(place, sent.start_char, sent.start_char + m.end())
    return None


def _titled(name: str) -> str:
    """Return an all-capitals dateline place in title case: "GULF OF ADEN" -> "Gulf of Aden"."""
    if not name.isupper():
        return name
    small = {"of", "the", "and", "de", "al"}
    words = name.title().split()
    return " ".join(w.lower() if i and w.lower() in small else w for i, w in enumerate(words))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the character spans of quoted stretches, quote marks included.

    A document the text reproduces is not quoted speech but the text itself: whole quoted
    paragraphs that follow a line introducing a text ("Below is the text of the letter:").
    """
    spans = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
    reproduced = _reproduced(text, {s for s, _ in spans}, {e for _, e in spans})
    return [(s, e) for s, e in spans if s not in reproduced]


def _reproduced(text: str, starts: set[int], ends: set[int]) -> set[int]:
    """Return the starts of quoted paragraphs that reproduce a document introduced before."""
    found: set[int] = set()
    introduced = False
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line)
        if not body:
            continue
        whole = start in starts and start + len(body) in ends
        if introduced and whole:
            found.add(start)
        else:
            introduced = body.endswith(":") and _DOCUMENT_INTRO.search(body) is not None
    return found


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Tell whether [start, end) lies within one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def own_day(text: str, published: date) -> date:
    """Return the day a text speaks on: a date alone on one of its first lines, else `published`.

    A transcript or release heads itself "(January 3, 2024)" and may be posted a day or more
    later: its "today" and "yesterday" count from its own date. A line date after the posting
    day, or more than OWN_DAY_SLACK before it, is no such date.
    """
    for line in text.splitlines()[:HEAD_LINES]:
        words = line.strip().strip("()[]").strip()
        found = date_mentions(words)
        if len(found) != 1 or found[0].kind != "day" or (found[0].start, found[0].end) != (
            0, len(words)
        ):  # fmt: skip
            continue
        ref = resolve(found[0], published, future=False)
        if (
            ref is not None
            and ref.start is not None
            and (published - OWN_DAY_SLACK <= ref.start <= published)
        ):
            return ref.start
    return published


def resolved_dates(text: str, published: date, future_at: set[int],
                   mentions: Sequence[DateMention] | None = None) -> list[DateSpan]:  # fmt: skip
    """Resolve every date expression; those at offsets in `future_at` read as future.

    `mentions` are the text's `date_mentions`, when the caller has them already.
    """
    out, relative = [], set()
    mentions = date_mentions(text) if mentions is None else mentions
    for mention, after in zip(mentions, [*mentions[1:], None], strict=False):
        if after is not None and _glossed(text, mention, after):
            continue  # "yesterday (March 3)": the date in brackets says which day
        ref = resolve(mention, published, future=mention.start in future_at)
        if ref is not None:
            out.append(DateSpan(mention.start, mention.end, ref))
            if mention.kind == "relspan":
                relative.add(mention.start)
    # Only a span told relative to the text ("this weekend") is narrowed by a day named
    # elsewhere; a range the text writes out ("1-2 April") keeps both its days.
    return [_narrowed(d, out) if d.start in relative else d for d in out]


def _glossed(text: str, mention: DateMention, after: DateMention) -> bool:
    """Tell whether a relative date is followed by the calendar date it means, in brackets."""
    if mention.kind not in ("relday", "weekday") or after.kind not in ("day", "range"):
        return False
    return _BRACKETED.fullmatch(text[mention.end : after.start]) is not None and text[
        after.end : after.end + 2
    ].lstrip().startswith(")")


def _narrowed(found: DateSpan, dates: list[DateSpan]) -> DateSpan:
    """Narrow "this weekend" to the one day within it that the article names ("on Nov. 26")."""
    ref = found.ref
    if ref.precision != "day" or ref.start is None or ref.start == ref.end:
        return found
    days = {
        d.ref.start for d in dates
        if d.ref.precision == "day" and d.ref.start == d.ref.end
        and ref.start <= d.ref.start <= ref.end
    }  # fmt: skip
    if len(days) != 1:
        return found
    day = days.pop()
    return DateSpan(found.start, found.end, DateRef(day, day, "day", ref.text))


def person_names(doc: Doc) -> dict[str, str]:
    """Map surnames (and full names) to the full names the text introduced."""
    names: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [w for w in _with_given_names(ent).split() if not _is_title(w)]
        if len(words) < 2:
            continue
        full = " ".join(words)
        core = [w for w in words if w.lower() not in NAME_SUFFIXES]
        names.setdefault(core[-1], full)
        names.setdefault(full, full)
    return names


def _with_given_names(ent: Span) -> str:
    """Return a person's name with given names the model left out ("Lloyd" J. Austin III)."""
    start = ent.start
    while (start > max(0, ent.start - 2) and not ent.doc[start].is_sent_start
           and _given_name(ent.doc[start - 1])):  # fmt: skip
        start -= 1
    return ent.doc[start : ent.end].text


def _given_name(tok: Token) -> bool:
    """Tell whether a token may be a given name left outside a PERSON entity."""
    return (tok.is_title and tok.pos_ == "PROPN" and not tok.ent_type_
            and not _is_title(tok.text))  # fmt: skip


def _is_title(word: str) -> bool:
    """Tell whether a word is a title, a rank or an office ("Adm.", "Secretary")."""
    return word.lower() in TITLE_WORDS


def actor_name(span: Span | Token, people: dict[str, str]) -> str | None:
    """Return the canonical actor a mention names, or None if it names none."""
    text = span.text.strip()
    if _EVENT_NAME.search(text) or SHIP_CLASS.search(text):
        return None
    label = span.label_ if isinstance(span, Span) else span.ent_type_
    tokens = span if isinstance(span, Span) else [span]
    if len(tokens) == 1 and tokens[0].tag_ == "NNS" and text.lower() not in ALIASES:
        return None  # a common plural taken for a name at a sentence's start: "Pirates attacked"
    words = text.replace("\u2019s", "").replace("'s", "").split()
    core = [w for w in words if w.lower() not in NAME_SUFFIXES] or words
    last = core[-1] if core else ""
    if last in people and label in ("PERSON", "ORG", "GPE", ""):
        return people[last]
    if label in ("NORP", "GPE"):
        return country_of(text) or (canonical_actor(text) if label == "GPE" else None)
    if label in ("ORG", "VESSEL", "PERSON"):
        canon = canonical_actor(text)
        # A lone capitalised word tagged ORG ("Defense") names no one, unless it is a known name.
        known = canon != text or text.lower() in ALIASES
        return None if " " not in canon and not canon.isupper() and not known else canon
    return None


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
