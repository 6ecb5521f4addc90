"""Shared fixtures: a live Streamlit server and a headless Chromium kept on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
ARTIFACTS = ROOT / "artifacts"
# Chromium phones home unless told not to; these flags keep it on loopback (see Developers' guide).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            msg = f"streamlit exited early with code {proc.returncode}"
            raise RuntimeError(msg)
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    msg = f"streamlit did not answer on {url} within {timeout} s"
    raise RuntimeError(msg)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `streamlit run app.py` on a free loopback port with a fresh store; stop it after."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "MARITIME_DB": str(tmp_path_factory.mktemp("store") / "facts.sqlite")}
    log = (tmp_path_factory.mktemp("server") / "streamlit.log").open("w")
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium, driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does as root)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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
