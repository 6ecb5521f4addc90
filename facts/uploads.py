"""Files an analyst brings: plain text, a web page's main text (trafilatura), a PDF's text layer.

Each becomes the same `Upload` (text, and the title, date and address the file itself gives),
checked like any article text. Nothing here reaches the network: trafilatura reads the page
it is given, and pypdf reads the bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from facts.article import ArticleError, checked_text
from facts.dates import date_mentions, resolve

TEXT_TYPES = ("txt",)
HTML_TYPES = ("html", "htm")
PDF_TYPES = ("pdf",)
TYPES = (*TEXT_TYPES, *HTML_TYPES, *PDF_TYPES)
# A page or a PDF may be much bigger than the text it holds (markup, fonts, images).
MAX_FILE_BYTES = 10_000_000
# A dateline gives the date near the top: "MANILA (June 2, 2024) -", "May 14, 2009 -".
DATELINE_CHARS = 300


@dataclass(frozen=True)
class Upload:
    """An article's text and what its file says about it (empty when it says nothing)."""

    text: str
    title: str = ""
    published: date | None = None
    url: str = ""


def upload_of(name: str, data: bytes) -> Upload:
    """Return the article in a `.txt`, `.html`/`.htm` or `.pdf` file; ArticleError says why not."""
    kind = PurePath(name).suffix.lower().lstrip(".")
    if kind not in TYPES:
        msg = f"{name}: expected one of .{', .'.join(TYPES)}"
        raise ArticleError(msg)
    if len(data) > MAX_FILE_BYTES:
        msg = f"{name}: {len(data):,} bytes is too large (limit {MAX_FILE_BYTES:,})"
        raise ArticleError(msg)
    if not data.strip():
        msg = f"{name}: empty file"
        raise ArticleError(msg)
    if kind in HTML_TYPES:
        return _page(name, data)
    if kind in PDF_TYPES:
        return _pdf(name, data)
    text = checked_text(data, name=name)
    return Upload(text, published=proposed_date(text))


def _page(name: str, data: bytes) -> Upload:
    """Return a web page's main text, boilerplate dropped, with its title, date and address."""
    import trafilatura  # noqa: PLC0415 (~10 MB of lxml a viewer-only process never needs)

    page = data.decode("utf-8", errors="replace")
    text = trafilatura.extract(
        page, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        msg = f"{name}: no article text found in this page"
        raise ArticleError(msg)
    meta = trafilatura.extract_metadata(page)
    day = _iso_day(meta.date) if meta and meta.date else None
    text = checked_text(text.encode("utf-8"), name=name)
    return Upload(
        text,
        title=(meta.title or "") if meta else "",
        published=day or proposed_date(text),
        url=(meta.url or "") if meta else "",
    )


def _pdf(name: str, data: bytes) -> Upload:
    """Return the text layer of a PDF; a scan without one cannot be read."""
    from pypdf import PdfReader  # noqa: PLC0415 (only an uploaded PDF needs it)
    from pypdf.errors import PdfReadError  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            msg = f"{name}: the PDF is encrypted; give an unprotected copy or paste its text"
            raise ArticleError(msg)
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title or "") if reader.metadata else ""
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        msg = f"{name}: not a readable PDF ({err})"
        raise ArticleError(msg) from None
    text = "\n".join(p.strip() for p in pages if p.strip())
    if not text:
        msg = (f"{name}: this PDF has no text layer (a scan?): run it through OCR, or paste "
               "the article's text")  # fmt: skip
        raise ArticleError(msg)
    text = checked_text(text.encode("utf-8"), name=name)
    return Upload(text, title=str(title), published=proposed_date(text))


def proposed_date(text: str) -> date | None:
    """Return the first date with its day, month and year near the top of a text, if any."""
    for mention in date_mentions(text[:DATELINE_CHARS]):
        if mention.kind == "day" and mention.match.groupdict().get("y"):
            ref = resolve(mention, date.today())  # the year is written: any reference day
            if ref is not None:
                return ref.start
    return None


def _iso_day(value: str) -> date | None:
    """Return the day of an ISO date text, or None."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
