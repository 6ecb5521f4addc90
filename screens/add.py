"""The page that brings an article in: text or a file, its facts checked, then saved."""

from __future__ import annotations

import streamlit as st

from components.add_article import (
    fill_from,
    render_article_fields,
    render_preview,
    render_save,
    render_upload,
)
from components.header import flash, render_flash
from facts.article import ArticleError, ArticleForm, article_from_form
from facts.database import configured_url
from facts.link import ARTICLE
from facts.store import article_with_text, save_article
from facts.uploads import proposed_date
from screens.loads import load_preview, load_upload, wrote
from screens.session import board_or_trouble, signed_in


def add_article(*, home: st.Page) -> None:
    """Let a signed-in editor bring an article in, check its facts, and save both.

    `home` is the dashboard's page, which a saved or known article opens on.
    """
    st.title("Add an article", anchor=False)
    url = configured_url()
    if board_or_trouble(url) is None:
        return
    editor = signed_in(url)
    if not editor:
        st.info("Sign in as an editor (in the sidebar) to add articles. Anyone with a link can "
                "view the dashboard; adding, reviewing and deleting need an editor.")  # fmt: skip
        return
    render_flash()
    form = article_form()
    try:
        article = article_from_form(form, added_by=editor)
    except ArticleError as err:
        if form.text.strip():
            st.warning(str(err))
        render_save(ready=False)
        return
    known = article_with_text(url, article.text)
    if known:
        st.info("This text is already in the store.")
        st.page_link(home, label="Open it on the dashboard", query_params={ARTICLE: known})
        return
    with st.spinner(f"Extracting facts from {len(article.text.split()):,} words…"):
        facts = load_preview(article.text, article.published)
    render_preview(article.text, facts)
    if render_save(ready=True):
        saved = save_article(url, article, facts, added_by=editor)
        wrote()
        flash(f"Saved “{article.title}” with {len(facts)} facts ({saved.outcome}).")
        st.switch_page(home, query_params={ARTICLE: saved.article_id})


def article_form() -> ArticleForm:
    """Read an uploaded file into the fields (once per file), then return the fields."""
    upload = render_upload()
    proposed = proposed_date(st.session_state.get("new_text") or "")
    if upload is not None:
        name, data = upload
        try:
            parsed = load_upload(name, data)
        except ArticleError as err:
            st.error(str(err))
        else:
            fill_from(parsed, file_id=f"{name}:{len(data)}:{hash(data)}")
            proposed = parsed.published or proposed
    return render_article_fields(proposed=proposed)
