"""Article files: UTF-8 text plus a JSON sidecar, checked before anything reads them."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from facts.dates import parse_published

MAX_BYTES = 1_000_000  # a news article is a few kB; anything this big is not one
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
    """Read an article's text, refusing empty, binary, non-UTF-8, HTML and oversized files."""
    if not path.is_file():
        msg = f"{path}: no such file"
        raise ArticleError(msg)
    size = path.stat().st_size
    if size > MAX_BYTES:
        msg = f"{path.name}: {size:,} bytes is too large for an article (limit {MAX_BYTES:,})"
        raise ArticleError(msg)
    raw = path.read_bytes()
    if b"\x00" in raw:
        msg = f"{path.name}: binary file (contains NUL bytes), expected UTF-8 text"
        raise ArticleError(msg)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        msg = f"{path.name}: not UTF-8 text (byte {err.start}: {raw[err.start : err.start + 1]!r})"
        raise ArticleError(msg) from None
    if not text.strip():
        msg = f"{path.name}: empty article"
        raise ArticleError(msg)
    if _HTML.search(text[:5000]):
        msg = f"{path.name}: looks like HTML; give the article's plain text"
        raise ArticleError(msg)
    return text


def read_article(path: Path) -> Article:
    """Read `<id>.txt` and its sidecar `<id>.json` (title, publisher, published, url, note)."""
    text = read_text(path)
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        msg = f"{path.name}: no metadata file {sidecar.name} (needs at least 'published')"
        raise ArticleError(msg)
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        msg = f"{sidecar.name}: not valid UTF-8 JSON ({err})"
        raise ArticleError(msg) from None
    if not isinstance(meta, dict):
        msg = f"{sidecar.name}: expected a JSON object"
        raise ArticleError(msg)
    try:
        published = parse_published(str(meta.get("published", "")))
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
