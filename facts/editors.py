"""Editors: who may change the store, their password hashes (argon2), and slowed-down sign-ins.

Passwords are never stored or logged, only their argon2id hashes. After a few failed
sign-ins for a name, each further attempt must wait longer (doubling up to a quarter of an
hour): the wait is kept in the store, so every replica enforces it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from facts.database import database_url, reading, writing
from facts.schema import EDITORS, migrate, now_text

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD = 12
FREE_FAILURES = 3
MAX_WAIT_S = 900
_HASHER = PasswordHasher()
# Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY = _HASHER.hash("not a password of anyone")


class EditorError(ValueError):
    """An editor that cannot be added or removed as asked; the message says why."""


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the editor's name, or why not and how long to wait."""

    editor: str | None
    message: str = ""
    wait_s: int = 0


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
            _verified(_DUMMY, password)
            return SignIn(None, "Wrong name or password.")
        wait = _wait_left(row.failures, row.failed_at, now)
        if wait:
            return SignIn(None, f"Too many failed sign-ins: try again in {wait} s.", wait)
        editor = EDITORS.c.name == name
        if _verified(row.password_hash, password):
            connection.execute(update(EDITORS).where(editor).values(failures=0, failed_at=None))
            return SignIn(name)
        failed = {"failures": row.failures + 1, "failed_at": now.isoformat()}
        connection.execute(update(EDITORS).where(editor).values(**failed))
    wait = _wait_left(failed["failures"], failed["failed_at"], now)
    return SignIn(None, "Wrong name or password.", wait)


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
