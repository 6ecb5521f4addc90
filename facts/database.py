"""Where the store lives and how to talk to it: SQLite by default, PostgreSQL for a team.

`MARITIME_DB` holds a plain path (SQLite) or a SQLAlchemy URL (`sqlite:///...`,
`postgresql+psycopg://user:pass@host:5432/db`). Every write runs in one transaction that takes
the write lock first (SQLite `BEGIN IMMEDIATE`; PostgreSQL row locks), so concurrent writers
queue instead of deadlocking; every read of the store runs in one snapshot (SQLite WAL read
transaction; PostgreSQL REPEATABLE READ), so a reader never sees half of a write.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError as UrlError
from sqlalchemy.exc import DBAPIError, NoSuchModuleError

from paths import VAR

ENV = "MARITIME_DB"
DEFAULT_PATH = VAR / "facts.sqlite"
# A writer waits this long for another writer's lock before giving up (SQLite).
BUSY_TIMEOUT_MS = 30_000
# A session that cannot reach PostgreSQL fails after this long rather than hanging the page.
CONNECT_TIMEOUT_S = 5
# What drivers say when the server or the file is not there at all (not a lock, not a bug).
UNREACHABLE = re.compile(
    r"connection|could not connect|server closed|terminating|timeout expired|"
    r"unable to open database file|disk I/O error|not a database|readonly database",
    re.IGNORECASE,
)


_ENGINES: dict[str, Engine] = {}


class StoreUnavailable(RuntimeError):
    """The store cannot be opened or written; the message names it without its password."""


class StoreUnreachable(StoreUnavailable):
    """The store's database server cannot be reached (down, refusing, or gone mid-session)."""


def configured_url() -> str:
    """Return the store's SQLAlchemy URL from `MARITIME_DB`, or the default SQLite file."""
    return database_url(os.environ.get(ENV) or DEFAULT_PATH)


def database_url(value: str | Path) -> str:
    """Return the SQLAlchemy URL a `MARITIME_DB` value names: a plain path is a SQLite file."""
    text = str(value)
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    try:
        make_url(text)
    except UrlError as err:
        msg = f"{ENV} is neither a path nor a database URL: {err}"
        raise StoreUnavailable(msg) from None
    return text


def shown_url(url: str) -> str:
    """Return the URL as it may be printed: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def is_sqlite(url: str) -> bool:
    """Tell whether the URL names a SQLite store."""
    return make_url(url).get_backend_name() == "sqlite"


def engine_of(url: str) -> Engine:
    """Return the one engine of a store URL in this process (its connection pool)."""
    if url not in _ENGINES:
        try:
            _ENGINES[url] = _sqlite_engine(url) if is_sqlite(url) else create_engine(
                url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
            )  # fmt: skip
        except (NoSuchModuleError, UrlError) as err:
            msg = f"the store {shown_url(url)} cannot be opened: {err}"
            raise StoreUnavailable(msg) from None
    return _ENGINES[url]


def close_stores() -> None:
    """Close every connection this process holds to any store (engines reopen on next use)."""
    for engine in _ENGINES.values():
        engine.dispose()


def _sqlite_engine(url: str) -> Engine:
    """Return a SQLite engine in WAL mode whose writes take the lock at BEGIN."""
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # pysqlite's own transaction handling would start writes lazily; ours begins them.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A writer takes the lock up front: a read lock upgraded later could deadlock.
        writes = connection.get_execution_options().get("writes", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine


@contextmanager
def writing(url: str) -> Iterator[Connection]:
    """Run a block in one write transaction: all of it is stored, or none of it."""
    with _reached(url), engine_of(url).connect() as raw:
        connection = raw.execution_options(writes=True)
        with connection.begin():
            yield connection


@contextmanager
def reading(url: str) -> Iterator[Connection]:
    """Run a block of reads in one snapshot of the store."""
    options = {} if is_sqlite(url) else {"isolation_level": "REPEATABLE READ"}
    with _reached(url), engine_of(url).connect() as raw:
        connection = raw.execution_options(**options)
        with connection.begin():
            yield connection


@contextmanager
def _reached(url: str) -> Iterator[None]:
    """Turn a store that cannot be reached into `StoreUnavailable`, naming it."""
    try:
        yield
    except DBAPIError as err:
        if not err.connection_invalidated and not UNREACHABLE.search(str(err.orig)):
            raise
        if is_sqlite(url):
            msg = f"the store {shown_url(url)} cannot be opened: {_first_line(err.orig)}"
            raise StoreUnavailable(msg) from None
        msg = f"the store {shown_url(url)} cannot be reached: {_first_line(err.orig)}"
        raise StoreUnreachable(msg) from None


def _first_line(error: BaseException | None) -> str:
    """Return the first line of an error's message."""
    return (str(error).strip().splitlines() or ["no detail"])[0]
