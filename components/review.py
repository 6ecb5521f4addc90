"""The editor's controls: review a fact, add a missed event from a sentence, delete an article."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import streamlit as st

from facts.labels import escape_markdown, text_of
from facts.model import CATEGORIES, DATE_PRECISIONS, FACT_ID, KIND
from facts.reviews import CONFIRMED, CORRECTED, REJECTED, ReviewForm

DECISIONS = {CONFIRMED: "Confirm", CORRECTED: "Correct", REJECTED: "Reject"}


def render_review(fact: Mapping[str, Any], *, place_names: Sequence[str]) -> ReviewForm | None:
    """Show the review form of a fact, filled with its values; return what was submitted.

    Quotes and relations can be confirmed or rejected; events can also be corrected. The
    form's widgets are keyed by the fact (`review_<fact id>_...`): a form sent from one fact's
    card while the selection moved to another (a rerun under load, two tabs) is then not drawn
    in that run, so it saves nothing, where shared keys had saved it, refilled, on the other.
    """
    prefix = f"review_{fact[FACT_ID]}"
    _fill(fact, prefix)
    event = fact[KIND] == "event"
    decisions = list(DECISIONS) if event else [CONFIRMED, REJECTED]
    with st.expander("Review this fact"), st.form(prefix, border=False):
        status = st.radio(
            "Decision", decisions, format_func=DECISIONS.get, horizontal=True,
            key=f"{prefix}_action",
        )  # fmt: skip
        if event:
            st.caption("For a correction, change what is wrong:")
            fields = _fact_fields(prefix, place_names=[*place_names, *_names(fact)])
        reason = st.text_input(
            "Reason (needed to correct or reject)", key=f"{prefix}_reason", max_chars=500
        )
        if not st.form_submit_button("Save review", key=f"{prefix}_submit", type="primary"):
            return None
    return ReviewForm(status=status, reason=reason, **(fields if event else {}))


def render_add_event(
    sentences: Sequence[tuple[int, int, int, str]], *, place_names: Sequence[str]
) -> tuple[tuple[int, int, int, str], ReviewForm] | None:
    """Show the form that adds an event the extractor missed; return its sentence and values."""
    with st.expander("Add a missed event"), st.form("add_event", border=False):
        chosen = st.selectbox(
            "Sentence that tells it", range(len(sentences)), key="add_sentence",
            format_func=lambda i: f"{sentences[i][0] + 1}. {_short(sentences[i][3])}",
        )  # fmt: skip
        fields = _fact_fields("add", place_names=place_names)
        reason = st.text_input("Note (optional)", key="add_reason", max_chars=500)
        if not st.form_submit_button("Add event", key="add_submit", type="primary"):
            return None
    if chosen is None:
        return None
    return sentences[chosen], ReviewForm(status="added", reason=reason, **fields)


def render_delete(article: Mapping[str, Any], *, on_delete: Callable[[], None]) -> None:
    """Offer to delete an article; `on_delete` runs once the editor has confirmed it."""
    with st.expander("Delete this article"):
        st.caption(
            "Removes the article, every fact extracted from it and every review of them. "
            "This cannot be undone."
        )
        sure = st.checkbox(
            f"Yes, delete “{escape_markdown(text_of(article.get('title')))}”", key="delete_sure"
        )
        st.button(
            "Delete article", key="delete_article", disabled=not sure, type="primary",
            on_click=on_delete,
        )  # fmt: skip


def _fact_fields(prefix: str, *, place_names: Sequence[str]) -> dict[str, Any]:
    """Draw the widgets of a fact's correctable values; return them by field name."""
    category = st.selectbox("Category", CATEGORIES, key=f"{prefix}_category")
    left, right = st.columns(2)
    date = left.text_input("Date", key=f"{prefix}_date", help="YYYY-MM-DD, YYYY-MM or YYYY")
    precision = right.selectbox("Date precision", DATE_PRECISIONS, key=f"{prefix}_precision")
    places = st.multiselect(
        "Places", sorted(set(place_names), key=str.casefold), key=f"{prefix}_places"
    )
    actors = st.text_input("Actors (separated by ;)", key=f"{prefix}_actors")
    summary = st.text_area("Summary: who did what", key=f"{prefix}_summary", max_chars=300)
    return {"category": category, "date": date, "date_precision": precision,
            "places": tuple(places), "actors": actors, "summary": summary}  # fmt: skip


def _fill(fact: Mapping[str, Any], prefix: str) -> None:
    """Fill a fact's review form with its values when it is first drawn (edits then stay).

    Streamlit forgets the state of widgets a run did not draw, so a fact picked again later
    starts from its values again.
    """
    if f"{prefix}_action" in st.session_state:
        return
    st.session_state[f"{prefix}_action"] = CONFIRMED
    st.session_state[f"{prefix}_reason"] = ""
    if fact[KIND] != "event":
        return
    st.session_state[f"{prefix}_category"] = fact.get("category") or CATEGORIES[-1]
    st.session_state[f"{prefix}_date"] = text_of(fact.get("date"))
    st.session_state[f"{prefix}_precision"] = fact.get("date_precision") or "unknown"
    st.session_state[f"{prefix}_places"] = _names(fact)
    st.session_state[f"{prefix}_actors"] = "; ".join(fact.get("actors") or ())
    st.session_state[f"{prefix}_summary"] = text_of(fact.get("summary"))


def _names(fact: Mapping[str, Any]) -> list[str]:
    """Return the names of a fact's places."""
    return [p["name"] for p in fact.get("places") or ()]


def _short(text: str, limit: int = 110) -> str:
    """Return a sentence cut to fit a choice box."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_cluster_edit(
    fact: Mapping[str, Any], *, clusters: Mapping[str, str]
) -> tuple[str, str, str] | None:
    """Offer to split this report off its event, or merge its event into another one.

    `clusters` names, by cluster id, the other events it may join. Return (action, the
    cluster id the reports go to, the reason), or None.
    """
    with st.expander("Group this report differently"), st.form("cluster_edit", border=False):
        action = st.radio(
            "Change", ("split", "merge"), horizontal=True, key="cluster_action",
            format_func={"split": "It is another event: split it off",
                         "merge": "It is the same event as…"}.get,
        )  # fmt: skip
        target = st.selectbox(
            "Same event as", list(clusters), format_func=lambda c: clusters.get(c, c),
            key="cluster_target", placeholder="Choose the event (for a merge)", index=None,
        )  # fmt: skip
        reason = st.text_input("Reason", key="cluster_reason", max_chars=500)
        if not st.form_submit_button("Save grouping", key="cluster_submit"):
            return None
    if action == "split":
        return action, f"c-split-{fact[FACT_ID]}", reason
    return (action, target, reason) if target else None
