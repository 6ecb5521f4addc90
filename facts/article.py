"""Article files: UTF-8 text plus a JSON sidecar, checked before anything reads them."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from facts.dates import parse_published

MAX_BYTES = 1_000_000  # a news article is a few kB; anything this big is not one
# The longest reports in the dev set are a few thousand words; past this, extraction would
# hold a process (or a page) for minutes.
MAX_WORDS = 20_000
EARLIEST_YEAR = 1900
_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|div|p|script|span|table)\b", re.IGNORECASE)
SIDECAR_FIELDS = ("title", "publisher", "published", "url", "note")


class ArticleError(ValueError):
    """An article file that cannot be read as plain UTF-8 news text with its metadata."""


@dataclass(frozen=True)
class Article:
    """An article's text and metadata; `article_id` is the file stem."""

    article_id: str
    text: str
    title: str
    publisher: str
    published: date
    url: str
    note: str

    @property
    def content_hash(self) -> str:
        """Return the sha256 of the text: the same text is the same article."""
        return text_hash(self.text)


def text_hash(text: str) -> str:
    """Return the sha256 hex digest of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text(path: Path) -> str:
    """Read an article's text file; refuse what `checked_text` refuses, and what is no file."""
    if path.is_dir():
        msg = f"{path}: a folder, not an article file"
        raise ArticleError(msg)
    if not path.is_file():
        msg = f"{path}: no such file"
        raise ArticleError(msg)
    size = path.stat().st_size
    if size > MAX_BYTES:
        msg = f"{path.name}: {size:,} bytes is too large for an article (limit {MAX_BYTES:,})"
        raise ArticleError(msg)
    return checked_text(path.read_bytes(), name=path.name)


def checked_text(raw: bytes, *, name: str) -> str:
    """Return the text of an article's bytes, refusing empty, binary, oversized and HTML input.

    UTF-8 (with or without a byte-order mark) is read as is; UTF-16 only with its byte-order
    mark, since without one it cannot be told from binary data.
    """
    if len(raw) > MAX_BYTES:
        msg = f"{name}: {len(raw):,} bytes is too large for an article (limit {MAX_BYTES:,})"
        raise ArticleError(msg)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as err:
            msg = f"{name}: starts as UTF-16 text but is not ({err.reason})"
            raise ArticleError(msg) from None
    else:
        if b"\x00" in raw:
            msg = f"{name}: binary file (contains NUL bytes), expected UTF-8 text"
            raise ArticleError(msg)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            byte = raw[err.start : err.start + 1]
            msg = f"{name}: not UTF-8 text (byte {err.start}: {byte!r}); save it as UTF-8"
            raise ArticleError(msg) from None
    if not text.strip():
        msg = f"{name}: empty article"
        raise ArticleError(msg)
    if _HTML.search(text[:5000]):
        msg = f"{name}: looks like HTML; give the article's plain text"
        raise ArticleError(msg)
    words = len(text.split())
    if words > MAX_WORDS:
        msg = (f"{name}: {words:,} words is longer than an article (limit {MAX_WORDS:,}); "
               "split it into its articles")  # fmt: skip
        raise ArticleError(msg)
    return text


def checked_published(day: date, *, today: date | None = None) -> date:
    """Return a publication date if it can be one: not in the future, not before 1900."""
    today = today or datetime.now(UTC).date()
    # A day of slack: an article published today in a time zone ahead of UTC.
    if day > today + timedelta(days=1):
        msg = f"publication date {day.isoformat()} is in the future"
        raise ArticleError(msg)
    if day.year < EARLIEST_YEAR:
        msg = f"publication date {day.isoformat()} is before {EARLIEST_YEAR}"
        raise ArticleError(msg)
    return day


def read_article(path: Path) -> Article:
    """Read `<id>.txt` and its sidecar `<id>.json` (title, publisher, published, url, note)."""
    text = read_text(path)
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        msg = f"{path.name}: no metadata file {sidecar.name} (needs at least 'published')"
        raise ArticleError(msg)
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        msg = f"{sidecar.name}: not valid UTF-8 JSON ({err})"
        raise ArticleError(msg) from None
    if not isinstance(meta, dict):
        msg = f"{sidecar.name}: expected a JSON object"
        raise ArticleError(msg)
    try:
        published = checked_published(parse_published(str(meta.get("published", ""))))
    except ValueError as err:
        raise ArticleError(f"{sidecar.name}: {err}") from None
    return Article(
        article_id=path.stem,
        text=text,
        title=str(meta.get("title") or path.stem),
        publisher=str(meta.get("publisher") or ""),
        published=published,
        url=str(meta.get("url") or ""),
        note=str(meta.get("note") or ""),
    )


def safe_link(url: object) -> str | None:
    """Return the URL if it is a plain http(s) link, else None (no javascript: or data:)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


@dataclass(frozen=True)
class ArticleForm:
    """An article as an editor pasted or uploaded it, before it is checked."""

    text: str
    title: str = ""
    publisher: str = ""
    published: date | None = None
    url: str = ""


def article_from_form(form: ArticleForm, *, added_by: str) -> Article:
    """Return the article of an editor's form; ArticleError says what to fix.

    Its id is the publication day and the title's first words, so people can read it.
    """
    text = checked_text(form.text.encode("utf-8"), name="the article text")
    if form.published is None:
        msg = "give the publication date (YYYY-MM-DD): dates in the text are read from it"
        raise ArticleError(msg)
    published = checked_published(form.published)
    url = form.url.strip()
    if url and safe_link(url) is None:
        msg = f"the source URL must be an http(s) address, not {url[:80]!r}"
        raise ArticleError(msg)
    title = " ".join(form.title.split()) or _first_line(text)
    return Article(
        article_id=f"{published:%Y%m%d}_{_slug(title)}",
        text=text,
        title=title,
        publisher=" ".join(form.publisher.split()),
        published=published,
        url=url,
        note=f"added in the browser by {added_by}",
    )


def _first_line(text: str, limit: int = 120) -> str:
    """Return the text's first non-blank line, cut to a title's length."""
    line = next(line.strip() for line in text.splitlines() if line.strip())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _slug(title: str) -> str:
    """Return the first words of a title as lower-case ASCII joined by hyphens."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())[:6]
    return "-".join(words) or "article"
