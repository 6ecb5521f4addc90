from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from facts.database import reading
from facts.editors import (
    EditorError,
    add_editor,
    editor_names,
    editor_of_token,
    remove_editor,
    sign_in,
    sign_out,
)
from facts.schema import EDITORS

PASSWORD = "correct horse battery"


@pytest.fixture
def editor(store_url):
    add_editor(store_url, "ana", PASSWORD)
    return store_url


def test_the_right_password_signs_in(editor):
    assert sign_in(editor, "ana", PASSWORD).editor == "ana"


def test_only_a_hash_of_the_password_is_stored(editor):
    with reading(editor) as connection:
        stored = connection.execute(select(EDITORS.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


@pytest.mark.parametrize(("name", "password"), [("ana", "wrong password!"), ("bob", PASSWORD)])
def test_a_wrong_name_or_password_is_refused_alike(editor, name, password):
    result = sign_in(editor, name, password)
    assert (result.editor, result.message) == (None, "Wrong name or password.")


def test_repeated_failures_make_the_next_attempt_wait(editor):
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    for _ in range(3):
        sign_in(editor, "ana", "wrong password!", now=now)
    refused = sign_in(editor, "ana", PASSWORD, now=now + timedelta(seconds=1))
    assert refused.editor is None and refused.wait_s > 0 and "try again" in refused.message
    assert sign_in(editor, "ana", PASSWORD, now=now + timedelta(minutes=1)).editor == "ana"


def test_editors_are_listed_and_removed(editor):
    add_editor(editor, "bob", PASSWORD)
    assert editor_names(editor) == ["ana", "bob"]
    remove_editor(editor, "bob")
    assert editor_names(editor) == ["ana"]
    with pytest.raises(EditorError, match="no editor named"):
        remove_editor(editor, "bob")


@pytest.mark.parametrize(
    ("name", "password", "message"),
    [("ana", PASSWORD, "already an editor"), ("x y", PASSWORD, "editor name"),
     ("carl", "short", "at least 12")],
)  # fmt: skip
def test_bad_editors_are_refused(editor, name, password, message):
    with pytest.raises(EditorError, match=message):
        add_editor(editor, name, password)


def test_a_sign_in_gives_a_token_that_signs_in_again_until_it_ends(editor):
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    token = sign_in(editor, "ana", PASSWORD, now=now).token
    assert editor_of_token(editor, token, now=now + timedelta(hours=1)) == "ana"
    assert editor_of_token(editor, token, now=now + timedelta(hours=13)) is None
    assert editor_of_token(editor, "forged", now=now) is None
    sign_out(editor, token)
    assert editor_of_token(editor, token, now=now) is None


def test_removing_an_editor_ends_their_sessions(editor):
    token = sign_in(editor, "ana", PASSWORD).token
    remove_editor(editor, "ana")
    assert editor_of_token(editor, token) is None
