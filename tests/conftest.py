"""Shared fixtures: a live Streamlit server and a headless Chromium kept on loopback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect, sync_playwright

from bench.chromium import CHROMIUM, CHROMIUM_ARGS, LOOPBACK
from deploy.services import fresh_database, running_postgres, running_replicas
from facts.database import close_stores, database_url, engine_of
from facts.query import matching
from paths import ROOT

ARTIFACTS = ROOT / "artifacts"
# What a page shows can come late when both cores are busy (the clean-clone CI once saw the
# too-long-link notice after Playwright's default 5 s): a check waits up to 20 s. A check that
# something is absent still passes at once.
expect.set_options(timeout=20_000)


@pytest.fixture(scope="session")
def app_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return where the live server's fresh store is (the app fills it on its first run)."""
    return tmp_path_factory.mktemp("store") / "facts.sqlite"


@pytest.fixture(scope="session")
def app_url(app_store: Path) -> Iterator[str]:
    """Start `streamlit run app.py` on a free loopback port with a fresh store; stop it after."""
    with running_replicas(1, env={"MARITIME_DB": database_url(app_store)}) as (replica,):
        yield replica.url


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on loopback for the whole run (needs Debian's postgresql)."""
    with running_postgres() as url:
        try:
            yield url
        finally:
            close_stores()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store: a SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        url = database_url(tmp_path / "facts.sqlite")
    else:
        url = fresh_database(request.getfixturevalue("postgres_server"))
    yield url
    engine_of(url).dispose()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium, driven by Playwright; never a downloaded browser."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does as root)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep what the page showed when a browser test failed (CI runs leave only their log)."""
    report = yield
    page = item.funcargs.get("browser_page") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and page is not None and not page.is_closed():
        screenshot(page, f"failed-{item.name}")
    return report


@pytest.fixture
def browser_page(chromium):
    """Open a page in a new context; abort and record every request to a non-loopback host."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.blocked_requests = []

    def guard(route) -> None:
        if urlsplit(route.request.url).hostname in LOOPBACK | {None}:
            route.continue_()
        else:
            page.blocked_requests.append(route.request.url)
            route.abort()

    def note_socket(ws) -> None:
        if urlsplit(ws.url).hostname not in LOOPBACK:
            page.blocked_requests.append(ws.url)

    context.route("**/*", guard)
    page.on("websocket", note_socket)
    yield page
    context.close()


def choose_option(page, text: str, *, timeout: float = 10_000) -> None:
    """Type into the focused select box and pick the first option that holds `text`.

    Enter waits for the options to show the text: pressed before the box has filtered them,
    or while a rerun redraws it, it picks nothing (replica tests failed so, now and then).
    """
    page.keyboard.type(text)
    page.locator('[role="option"]', has_text=text).first.wait_for(timeout=timeout)
    page.keyboard.press("Enter")


def sign_in(page, password: str, *, name: str = "ana") -> None:
    """Sign in with the sidebar's form and wait for the run that answers it.

    A sign-in is waited for until its cookie is set, so that the next page load signs in
    with it; a refused one (no cookie) leaves its message on the page.
    """
    page.locator('[data-testid="stSidebar"]').get_by_text("Editors: sign in").click()
    page.locator(".st-key-login_user input").fill(name)
    page.locator(".st-key-login_password input").fill(password)
    page.locator(".st-key-login_submit button").click()
    page.wait_for_function(
        """() => document.cookie.includes('maritime_editor=')
            || document.body.innerText.includes('Wrong name or password')""",
        timeout=20_000,
    )
    wait_for_app(page)


def pick_fact(page, fact_id: str, summary: str, *, tries: int = 3) -> None:
    """On an editor's page, select a fact in the picker box and wait until its card is drawn.

    The card is there once the fact is in the URL and its review form (keyed by the fact) is
    on the page. An option chosen while a rerun is redrawing the box is replaced by the value
    the run sends (Streamlit's own behaviour, seen under load): the pick is made again, up to
    `tries`.
    """
    for _ in range(tries):
        wait_for_app(page)
        page.locator(".st-key-fact_shown").click()
        choose_option(page, summary[:40])
        try:
            page.wait_for_url(re.compile(rf"[?&]fact={re.escape(fact_id)}(&|$)"), timeout=10_000)
            page.wait_for_selector(f".st-key-review_{fact_id}_action", state="attached")
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    else:
        msg = f"the picker did not select {fact_id} in {tries} tries"
        raise AssertionError(msg)
    wait_for_app(page)


def wait_for_app(page, *, timeout: float = 60_000) -> None:
    """Wait until Streamlit has rendered the app and finished running the script."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            return app && app.getAttribute('data-test-script-state') === 'notRunning'
                && !document.querySelector('[data-testid="stStatusWidget"]');
        }""",
        timeout=timeout,
    )


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extract with the rules alone: tests of a rule's mechanism must not hang on the classifier."""
    from facts import extract, sentence_model

    monkeypatch.setattr(extract, "default_model", lambda: sentence_model.RULES_ONLY)


def matching_rows(facts, filters):
    """Return the facts a filter state lets through, as the dashboard takes them."""
    return facts[matching(facts, filters)]
