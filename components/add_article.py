"""The add-article page's parts: the file or text, its metadata, the facts found, the save button.

Widget keys are a contract for automated checks: `new_file`, `new_text`, `new_title`,
`new_publisher`, `new_published`, `new_url`, `new_save`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import streamlit as st

from components.article import CSS, highlighted_html
from facts.article import MAX_WORDS, ArticleForm
from facts.labels import category_label, date_label, escape_markdown, places_label, summary_of
from facts.model import Fact
from facts.uploads import MAX_FILE_BYTES, TYPES, Upload

UPLOADED = "new_file_seen"
PREVIEW_HEIGHT = 360


def render_upload() -> tuple[str, bytes] | None:
    """Offer a file to read the article from; return its name and bytes when one is given."""
    file = st.file_uploader(
        "Upload the article (.txt, .html or .htm, .pdf), or paste its text below",
        type=list(TYPES),
        key="new_file",
        max_upload_size=MAX_FILE_BYTES // 1_000_000,
    )
    return (file.name, file.getvalue()) if file is not None else None


def fill_from(upload: Upload, *, file_id: str) -> None:
    """Put what a new upload gives (text, title, date, address) into the fields, once."""
    if st.session_state.get(UPLOADED) == file_id:
        return
    st.session_state[UPLOADED] = file_id
    st.session_state["new_text"] = upload.text
    if upload.title:
        st.session_state["new_title"] = upload.title
    if upload.published:
        st.session_state["new_published"] = upload.published
    if upload.url:
        st.session_state["new_url"] = upload.url


def render_article_fields(*, proposed: date | None) -> ArticleForm:
    """Draw the text and metadata fields; return what they hold.

    `proposed` is a publication date read from the text's dateline, used until one is given.
    """
    text = st.text_area(
        "Article text", key="new_text", height=260,
        help=f"Plain text, up to {MAX_WORDS:,} words; it is never shown as HTML.",
    )  # fmt: skip
    title = st.text_input("Title", key="new_title", max_chars=300)
    left, right = st.columns(2)
    publisher = left.text_input("Publisher", key="new_publisher", max_chars=200)
    if proposed and st.session_state.get("new_published") is None:
        st.session_state["new_published"] = proposed
    # Once in the session (from an upload, a dateline or the editor), the value lives there.
    first = {} if "new_published" in st.session_state else {"value": None}
    published = right.date_input(
        "Publication date (required)", key="new_published", format="YYYY-MM-DD",
        max_value=date.today(), min_value=date(1900, 1, 1), **first,
    )  # fmt: skip
    url = st.text_input("Source URL (optional)", key="new_url", max_chars=2000)
    return ArticleForm(text or "", title or "", publisher or "", published, url or "")


def render_preview(text: str, facts: Sequence[Fact]) -> None:
    """Show the facts found, and the text with each fact's evidence marked."""
    events = [f for f in facts if f.kind == "event"]
    st.markdown(
        f"**{len(facts)} facts found**: {len(events)} events, "
        f"{sum(f.kind == 'quote' for f in facts)} quotes, "
        f"{sum(f.kind == 'relation' for f in facts)} relations. Check them against the marked "
        "words before you save; after saving, each can be corrected on the dashboard."
    )
    for fact in facts:
        record = fact.to_dict()
        record.setdefault("places", [])
        record["places"] = tuple(record["places"])
        st.markdown(
            f"- **{escape_markdown(category_label(record))}** · "
            f"{escape_markdown(date_label(record))} · {escape_markdown(summary_of(record))}"
            + (f" · at {escape_markdown(places_label(record))}" if record["places"] else "")
        )
    spans = [(f.evidence.start, f.evidence.end) for f in facts]
    with st.container(height=PREVIEW_HEIGHT, key="new_preview"):
        st.html(CSS + f'<div class="reader">{highlighted_html(text, spans)}</div>')


def render_save(*, ready: bool) -> bool:
    """Show the save button; return True when it is clicked."""
    return st.button("Save article and facts", key="new_save", type="primary", disabled=not ready)
