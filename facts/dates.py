"""Date expressions in text, resolved against the article's publication date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?P<{0}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten))"

# Ordered: the first pattern that matches a stretch of text wins it.
_PATTERNS = [
    ("range", rf"\b{_MONTH.format('m')} {_DAY.format('d')}\s*(?:-|\u2013|to|until|through)\s*"
              rf"(?:{_MONTH.format('m2')} )?{_DAY.format('d2')}(?:,? {_YEAR.format('y')})?\b"),
    ("range", rf"\b{_DAY.format('d')}\s*(?:-|\u2013|/|to)\s*{_DAY.format('d2')} "
              rf"{_MONTH.format('m')}(?:,? {_YEAR.format('y')})?\b"),
    # "May and June 2019", "on May 5 and June 7, 2019": the year written once serves both
    ("day", rf"\b{_MONTH.format('m')} {_DAY.format('d')}(?= (?:and|or) {_MONTH.format('am')} "
            rf"{_DAY.format('ad')},? {_YEAR.format('y')}\b)"),
    ("month", rf"\b{_MONTH.format('m')}(?= (?:and|or) {_MONTH.format('am')},? "
              rf"{_YEAR.format('y')}\b)"),
    ("day", rf"\b{_MONTH.format('m')} {_DAY.format('d')}(?:,? {_YEAR.format('y')})?\b(?![:.]?\d)"),
    ("day", rf"\b{_DAY.format('d')} {_MONTH.format('m')}(?:,? {_YEAR.format('y')})?\b"),
    ("day", rf"\b[Tt]he {_DAY.format('d')} of {_MONTH.format('m')}(?:,? {_YEAR.format('y')})?\b"),
    ("iso", r"\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"),
    ("month", rf"\b(?:(?:early|late|mid)[- ])?{_MONTH.format('m')},? {_YEAR.format('y')}\b"),
    ("month", rf"\b(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]{_MONTH.format('m')}\b"),
    ("month", rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]hrough|[Ff]or) {_MONTH.format('m')}\b"
              r"(?![. ]*\d)"),
    ("month", rf"\b(?P<mrel>[Ll]ast|[Tt]his|[Nn]ext) {_MONTH.format('m')}\b(?![. ]*\d)"),
    # "in 1993 and 1996": the second year of a pair the first one's preposition governs
    # ("between 2019 and 2021" is a span, not two years)
    ("year", rf"(?<=\b(?:19|20)\d\d and )(?<![Bb]etween \d\d\d\d and ){_YEAR.format('y')}\b"),
    ("year", rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate) "
             rf"(?:(?:approximately|about|around|circa|roughly) )?{_YEAR.format('y')}\b"),
    # "in the 1962 war": a happening named by its year dates what took place in it
    ("year", rf"\b(?:[Ii]n|[Dd]uring) the {_YEAR.format('y')}(?= (?:war|conflict|clash(?:es)?|"
             r"stand-?off|crisis|skirmish(?:es)?|incident|collision|hijacking|attacks?|summit)\b)"),
    ("holiday", r"\b(?P<hd>New Year\u2019s Day|New Year's Day|New Year\u2019s Eve|"
                r"New Year's Eve|Christmas Day|Christmas Eve)\b"),
    ("weekday", rf"\b(?P<rel>(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier|[Ll]ater) )?{_WEEKDAY}\b"),
    ("ago", rf"\b{_COUNT} days? ago\b"),
    # Days counted on from the day the story told last: resolved against it, not here. Days
    # counted back ("the day before") are a flashback, and the story's day stays where it was.
    ("shift", rf"\b(?P<sh>(?i:the (?:next|following) day|the day after|"
              rf"{_COUNT} days? (?:later|after)))\b(?! (?:the|a|an|his|her|its)\b)"),
    ("relday", r"\b(?P<rd>(?i:yesterday|today|tomorrow|tonight|this morning|this afternoon|"
               r"this evening|last night|"
               # "met him about an hour ago": the day the text speaks on
               r"(?:an?|one|two|three|a few|several|\d{1,2}) (?:hours?|minutes?) ago))\b"),
    ("relspan", r"\b(?P<rs>(?i:last|this|next|earlier this|later this) "
                r"(?:weekend|week|month|year))\b"),
]  # fmt: skip
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]

ONGOING_WORDS = re.compile(
    r"\b(repeatedly|regularly|routinely|frequently|often|constantly|continuously|persistently|"
    r"annually|yearly|"
    r"(?:almost )?every (?:day|week|month|year)|daily|"
    r"(?:several|many) times a (?:day|week|month|year)|"
    r"(?:in|over|during) the (?:past|last) (?:decade|\w+ (?:years|decades))|"
    r"since (?:then|\w+(?: \d+)?))\b",
    re.IGNORECASE,
)


SHIFT = "shift"  # the precision of a date counted from the day told before ("two days later")


class UnrepresentableDate(ValueError):
    """A relative date ("tomorrow") that falls outside the years 1-9999 from its anchor."""

    def __init__(self, words: str, published: date) -> None:
        super().__init__(
            f"{words!r} counted from the publication date {published.isoformat()} falls outside "
            f"the dates that can be represented ({date.min.isoformat()} to {date.max.isoformat()})"
        )
        self.words = words
        self.published = published


@dataclass(frozen=True)
class DateRef:
    """A resolved date: first and last day, precision, and the words that gave it."""

    start: date | None
    end: date | None
    precision: str
    text: str


@dataclass(frozen=True)
class DateMention:
    """A date expression found at characters [start, end) of a text."""

    start: int
    end: int
    kind: str
    match: re.Match[str]


def date_mentions(text: str) -> list[DateMention]:
    """Return the date expressions of `text`, left to right, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _COMPILED:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            found.append(DateMention(m.start(), m.end(), kind, m))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def resolve(mention: DateMention, published: date, *, future: bool = False) -> DateRef | None:
    """Resolve a mention against the publication date; None if it names no valid date."""
    g = mention.match.groupdict()
    text = mention.match.group(0)
    resolvers = {
        "day": lambda: _resolve_days(g, text, published, future=future),
        "range": lambda: _resolve_days(g, text, published, future=future),
        "month": lambda: _month_ref(
            _year_of(g, published, future=future or (g.get("mrel") or "").lower() == "next"),
            _month(g["m"]),
            text,
        ),
        "year": lambda: DateRef(date(int(g["y"]), 1, 1), date(int(g["y"]), 12, 31), "year", text),
        "weekday": lambda: _resolve_weekday(g, text, published, future=future),
        "holiday": lambda: _resolve_holiday(g["hd"], text, published, future=future),
        "relday": lambda: _resolve_relday(g["rd"], text, published),
        "iso": lambda: _day_ref(date(int(g["iy"]), int(g["im"]), int(g["id"])), text),
        "ago": lambda: _day_ref(_shifted(published, -_count(g["n"]), text), text),
        "shift": lambda: DateRef(None, None, SHIFT, text),
        "relspan": lambda: _resolve_span(g["rs"].lower(), text, published, future=future),
    }
    try:
        return resolvers[mention.kind]()
    except UnrepresentableDate:
        raise
    except ValueError:  # "February 30": the words name no day
        return None


def shift_days(words: str) -> int:
    """Return how many days a shift moves on from the day told before ("two days later": 2)."""
    count = re.match(_COUNT, words)
    return _count(count.group("n")) if count else 1  # "the next day", "the day after"


def _count(word: str) -> int:
    """Return the number a count word or a numeral names ("two", "3")."""
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _day_ref(day: date, text: str) -> DateRef:
    """Return one day as a date reference."""
    return DateRef(day, day, "day", text)


def _year_of(g: dict, published: date, *, future: bool) -> int:
    """Return a month's year: the one written, else the nearest past (or future) one."""
    if g.get("y"):
        return int(g["y"])
    return _infer_year(_month(g["m"]), 1, published, future=future)


def _resolve_relday(word: str, text: str, published: date) -> DateRef:
    """Resolve "yesterday", "today", "this morning" and the like."""
    day = _shifted(published, {"yesterday": -1, "tomorrow": 1}.get(word.lower(), 0), text)
    return DateRef(day, day, "day", text)


def _shifted(published: date, days: int, words: str) -> date:
    """Return the publication date moved by some days, or say the words cannot be represented."""
    try:
        return published + timedelta(days=days)
    except OverflowError:
        raise UnrepresentableDate(words, published) from None


def _year_from(published: date, step: int, words: str) -> int:
    """Return the publication year moved by some years, or say the words cannot be represented."""
    year = published.year + step
    if not date.min.year <= year <= date.max.year:
        raise UnrepresentableDate(words, published)
    return year


def _month(name: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return _MONTHS[name[:3].lower()]


def _month_ref(year: int, month: int, text: str) -> DateRef:
    """Return the whole month as a date range."""
    last = calendar.monthrange(year, month)[1]
    return DateRef(date(year, month, 1), date(year, month, last), "month", text)


def _resolve_days(g: dict, text: str, published: date, *, future: bool) -> DateRef:
    """Resolve "May 7, 2025", "7 May", "September 26 to 28" and the like."""
    month = _month(g["m"])
    year = int(g["y"]) if g.get("y") else _infer_year(month, int(g["d"]), published, future=future)
    start = date(year, month, int(g["d"]))
    end = start
    if g.get("d2"):
        end = date(year, _month(g["m2"]) if g.get("m2") else month, int(g["d2"]))
        if end < start:
            msg = f"date range {text!r} ends before it starts"
            raise ValueError(msg)
    return DateRef(start, end, "day", text)


def _infer_year(month: int, day: int, published: date, *, future: bool) -> int:
    """Pick the year of a yearless date: the past one in past-tense text, else the next one."""
    candidate = date(published.year, month, day)
    if not future and candidate > published + timedelta(days=2):
        return _year_from(published, -1, f"{calendar.month_name[month]} {day}")
    if future and candidate < published - timedelta(days=2):
        return _year_from(published, 1, f"{calendar.month_name[month]} {day}")
    return published.year


# Holidays on a fixed day of the year: (month, day).
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
             "christmas eve": (12, 24)}  # fmt: skip


def _resolve_holiday(name: str, text: str, published: date, *, future: bool) -> DateRef:
    """Resolve "New Year's Day", "Christmas Day": the nearest one in the text's tense."""
    month, day = _HOLIDAYS[name.replace("\u2019", "'").lower()]
    when = date(_infer_year(month, day, published, future=future), month, day)
    return DateRef(when, when, "day", text)


def _resolve_weekday(g: dict, text: str, published: date, *, future: bool) -> DateRef:
    """Resolve a weekday: on or before the publication date in past text, after in future."""
    target = _WEEKDAYS.index(g["wd"].lower())
    rel = (g.get("rel") or "").strip().lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel == "last":
        shift = -(back or 7)
    elif rel == "next":
        shift = ahead or 7
    elif future or rel == "later":
        shift = ahead
    else:
        shift = -back
    day = _shifted(published, shift, text)
    return DateRef(day, day, "day", text)


def _resolve_span(span: str, text: str, published: date, *, future: bool) -> DateRef | None:
    """Resolve "last month", "this year", "last week", "this weekend" and the like."""
    unit = span.rsplit(" ", 1)[1].lower()
    step = {"last": -1, "next": 1}.get(span.split(" ", 1)[0].lower(), 0)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        if not date.min.year <= index // 12 <= date.max.year:
            raise UnrepresentableDate(text, published)
        return _month_ref(index // 12, index % 12 + 1, text)
    if unit == "year":
        year = _year_from(published, step, text)
        return DateRef(date(year, 1, 1), date(year, 12, 31), "year", text)
    monday = _shifted(published, 7 * step - published.weekday(), text)
    if unit == "week":
        return DateRef(monday, _shifted(monday, 6, text), "day", text)
    saturday = _shifted(monday, 5, text)
    if step == 0 and not future and saturday > published:
        saturday -= timedelta(weeks=1)  # "this weekend" told in the past: the one just gone
    return DateRef(saturday, _shifted(saturday, 1, text), "day", text)


def parse_published(value: str) -> date:
    """Parse a YYYY-MM-DD publication date, with a clear message when it is not one."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        msg = f"publication date {value!r} is not a valid YYYY-MM-DD date"
        raise ValueError(msg) from None
