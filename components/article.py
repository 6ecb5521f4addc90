"""The article reader: the text with the selected fact's evidence marked, metadata and quotes."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from facts.article import safe_link
from facts.labels import escape_markdown, text_of
from facts.model import ARTICLE_ID, KIND

READER_HEIGHT = 430
# The reader's own look; the article text is escaped, only <mark> and <p> are ours.
CSS = (
    "<style>.reader p{margin:0 0 .7em 0;line-height:1.55;font-size:.95rem}"
    ".reader mark{background:#ffe08a;padding:0 .1em;border-radius:2px}</style>"
)


SCROLL_TO_MARK = (
    "<script>(() => {const box = document.querySelector('.st-key-reader');"
    "const mark = box && box.querySelector('mark'); if (!mark) return;"
    "box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;"
    "})();</script>"
)


def highlighted_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return the text as escaped HTML paragraphs with each (start, end) span in <mark>."""
    marks = sorted((max(0, a), min(len(text), b)) for a, b in spans if 0 <= a < b)
    pieces, cursor = [], 0
    for first, end in marks:
        start = max(first, cursor)  # overlapping spans merge into the mark already open
        if start >= end:
            continue
        pieces += [html.escape(text[cursor:start]), f"<mark>{html.escape(text[start:end])}</mark>"]
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    paragraphs = "".join(pieces).split("\n")
    return "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())


def article_to_read(
    selected: Mapping | None, *, chosen: str | None, shown: pd.DataFrame, articles: Sequence[str]
) -> str:
    """Return the article to read: the selected fact's, the chosen, the first shown, or the seed."""
    if selected:
        return str(selected[ARTICLE_ID])
    if chosen:
        return chosen
    return str(shown[ARTICLE_ID].iloc[0]) if len(shown) else articles[0]


def render_article(
    article: Mapping, facts: pd.DataFrame, *, selected: Mapping | None = None
) -> None:
    """Show one article: title, publisher, date, source link, text and its quotes."""
    st.markdown(f"#### {escape_markdown(str(article['title']))}")
    st.caption(
        f"{escape_markdown(str(article.get('publisher') or 'Unknown publisher'))} · "
        f"published {escape_markdown(str(article.get('published') or 'undated'))}"
    )
    link = safe_link(article.get("url"))
    if link:
        st.link_button("Open the source", link, icon=":material/open_in_new:")
    spans = [(int(selected["start"]), int(selected["end"]))] if selected else []
    if selected:
        st.caption("The selected fact's evidence is marked in the text.")
    with st.container(height=READER_HEIGHT, key="reader"):
        body = f'<div class="reader">{highlighted_html(str(article["text"]), spans)}</div>'
        # Our own fixed script (the text is escaped): bring the marked evidence into view.
        st.html(CSS + body + SCROLL_TO_MARK if spans else CSS + body, unsafe_allow_javascript=True)
    _render_quotes(facts[(facts[KIND] == "quote") & (facts[ARTICLE_ID] == article[ARTICLE_ID])])


def _render_quotes(quotes: pd.DataFrame) -> None:
    """List the article's quotes with their speakers."""
    if quotes.empty:
        return
    with st.expander(f"Quotes in this article ({len(quotes)})"):
        for speaker, text in zip(quotes["speaker"], quotes["text"], strict=True):
            who = escape_markdown(text_of(speaker) or "Unnamed speaker")
            st.markdown(f"- **{who}**: “{escape_markdown(text_of(text))}”")
