"""Editors: who may change the store, their password hashes (argon2), and slowed-down sign-ins.

Passwords are never stored or logged, only their argon2id hashes. A sign-in gives the browser
a random session token (kept in the store as a SHA-256 hash) that signs it in again on a new
page load for 12 hours, or until it signs out. After a few failed sign-ins for a name, each
further attempt must wait longer (doubling up to a quarter of an hour): the wait is kept in
the store, so every replica enforces it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from facts.database import database_url, reading, writing
from facts.schema import EDITOR_SESSIONS, EDITORS, migrate, now_text

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD = 12
FREE_FAILURES = 3
MAX_WAIT_S = 900
# How long a sign-in lasts on a browser (its cookie), unless the editor signs out.
SESSION = timedelta(hours=12)
_HASHER = PasswordHasher()


class EditorError(ValueError):
    """An editor that cannot be added or removed as asked; the message says why."""


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the editor's name and session token, or why not."""

    editor: str | None
    message: str = ""
    wait_s: int = 0
    token: str = ""


@cache
def _dummy_hash() -> str:
    """Return the hash verified when the name is unknown: a wrong name costs as a wrong password.

    Made on the first unknown name, not at import: an argon2 hash takes 64 MiB for a moment,
    which was the peak memory of a viewer-only process that never signs anyone in.
    """
    return _HASHER.hash("not a password of anyone")


def add_editor(db: str | Path, name: str, password: str) -> None:
    """Add an editor with the hash of their password."""
    if not NAME.fullmatch(name):
        msg = "an editor name is 1-64 letters, digits or . _ @ - and starts with a letter or digit"
        raise EditorError(msg)
    if len(password) < MIN_PASSWORD:
        msg = f"the password needs at least {MIN_PASSWORD} characters"
        raise EditorError(msg)
    url = database_url(db)
    migrate(url)
    try:
        with writing(url) as connection:
            row = {"name": name, "password_hash": _HASHER.hash(password)}
            connection.execute(insert(EDITORS).values(**row, created_at=now_text(), failures=0))
    except IntegrityError:
        msg = f"there is already an editor named {name!r}"
        raise EditorError(msg) from None


def remove_editor(db: str | Path, name: str) -> None:
    """Remove an editor; EditorError if there is none of that name."""
    url = database_url(db)
    migrate(url)
    with writing(url) as connection:
        removed = connection.execute(delete(EDITORS).where(EDITORS.c.name == name)).rowcount
    if not removed:
        msg = f"there is no editor named {name!r}"
        raise EditorError(msg)


def editor_names(db: str | Path) -> list[str]:
    """Return the names of the editors, sorted."""
    url = database_url(db)
    migrate(url)
    with reading(url) as connection:
        return sorted(connection.execute(select(EDITORS.c.name)).scalars())


def sign_in(db: str | Path, name: str, password: str, *, now: datetime | None = None) -> SignIn:
    """Check an editor's password; after repeated failures, refuse until the wait is over."""
    now = now or datetime.now(UTC)
    with writing(database_url(db)) as connection:
        row = connection.execute(
            select(EDITORS).where(EDITORS.c.name == name).with_for_update()
        ).first()
        if row is None:
            _verified(_dummy_hash(), password)
            return SignIn(None, "Wrong name or password.")
        wait = _wait_left(row.failures, row.failed_at, now)
        if wait:
            return SignIn(None, f"Too many failed sign-ins: try again in {wait} s.", wait)
        editor = EDITORS.c.name == name
        if _verified(row.password_hash, password):
            connection.execute(update(EDITORS).where(editor).values(failures=0, failed_at=None))
            token = secrets.token_urlsafe(32)
            expires = (now + SESSION).isoformat(timespec="seconds")
            connection.execute(insert(EDITOR_SESSIONS).values(
                token_hash=_token_hash(token), editor=name, expires_at=expires))  # fmt: skip
            return SignIn(name, token=token)
        failed = {"failures": row.failures + 1, "failed_at": now.isoformat()}
        connection.execute(update(EDITORS).where(editor).values(**failed))
    wait = _wait_left(failed["failures"], failed["failed_at"], now)
    return SignIn(None, "Wrong name or password.", wait)


def editor_of_token(db: str | Path, token: str, *, now: datetime | None = None) -> str | None:
    """Return the editor a session token signs in, while it has not expired."""
    if not token:
        return None
    now = now or datetime.now(UTC)
    with reading(database_url(db)) as connection:
        row = connection.execute(
            select(EDITOR_SESSIONS.c.editor, EDITOR_SESSIONS.c.expires_at).where(
                EDITOR_SESSIONS.c.token_hash == _token_hash(token)
            )
        ).first()
    if row is None or datetime.fromisoformat(row.expires_at) <= now:
        return None
    return row.editor


def sign_out(db: str | Path, token: str) -> None:
    """End a session: its token signs no one in any more."""
    with writing(database_url(db)) as connection:
        connection.execute(
            delete(EDITOR_SESSIONS).where(EDITOR_SESSIONS.c.token_hash == _token_hash(token))
        )


def _token_hash(token: str) -> str:
    """Return the stored form of a session token (a random token needs no slow hash)."""
    return hashlib.sha256(token.encode()).hexdigest()


def _verified(password_hash: str, password: str) -> bool:
    """Tell whether the password matches the hash."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _wait_left(failures: int, failed_at: str | None, now: datetime) -> int:
    """Return the seconds still to wait after `failures` failed sign-ins, the last at failed_at."""
    if failures < FREE_FAILURES or not failed_at:
        return 0
    wait = min(2 ** (failures - FREE_FAILURES + 1), MAX_WAIT_S)
    passed = (now - datetime.fromisoformat(failed_at)).total_seconds()
    return max(0, round(wait - passed))
