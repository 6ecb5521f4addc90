"""The analyst's loop in Chromium: paste a 1,000-word article -> facts, save -> seen elsewhere."""

from __future__ import annotations

import re
import time
from pathlib import Path

from bench.browser import chromium
from bench.corpus import shipped_articles
from bench.server import running_server
from bench.stats import Repeats, summarise
from bench.table import Row
from facts.editors import add_editor
from paths import ARTICLES, ROOT

WORDS = 1_000
EDITOR, PASSWORD = "bench", "a long enough bench password"
TIMEOUT_MS = 120_000
COUNT = re.compile(r"\d+ of (\d+) facts")
IDLE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"]');
}"""


def workflow_rows(db: str | Path, repeats: Repeats) -> list[Row]:
    """Return the paste -> facts and save -> seen elsewhere times (one new article per run)."""
    add_editor(db, EDITOR, PASSWORD)
    pasted, seen = [], []
    with running_server(ROOT / "app.py", db=db) as server, chromium() as browser:
        editor = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        colleague = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        _open(colleague, server.url)
        _open(editor, f"{server.url}/add")
        _sign_in(editor)
        for run in range(repeats.warmup + repeats.runs):
            paste_s, seen_s = _one_article(editor, colleague, _article_text(run))
            if run >= repeats.warmup:
                pasted.append(paste_s)
                seen.append(seen_s)
            _open(editor, f"{server.url}/add")
            _sign_in(editor)
    scale = f"{WORDS:,}-word article"
    return [
        Row("add page: text pasted -> facts shown", scale, "s", summarise(pasted)),
        Row("add page: save -> shown in another open session", scale, "s", summarise(seen)),
    ]


def _one_article(editor, colleague, text: str) -> tuple[float, float]:
    """Paste, wait for the facts, save; return both times in seconds."""
    before = _total(colleague)
    editor.locator(".st-key-new_text textarea").fill(text)
    editor.locator(".st-key-new_title input").fill(text[:60])
    start = time.perf_counter()
    editor.keyboard.press("Tab")
    editor.get_by_text(re.compile(r"\d+ facts found")).wait_for(timeout=TIMEOUT_MS)
    paste_s = time.perf_counter() - start
    start = time.perf_counter()
    editor.locator(".st-key-new_save button").click()
    colleague.wait_for_function(
        f"() => !document.body.innerText.includes('of {before} facts')", timeout=TIMEOUT_MS
    )
    return paste_s, time.perf_counter() - start


def _article_text(run: int) -> str:
    """Return a new 1,000-word text of real sentences (shipped articles), dated by a dateline."""
    words: list[str] = []
    for article in shipped_articles(ARTICLES):
        words += article.text.split()
        if len(words) >= WORDS:
            break
    body = " ".join(words[:WORDS])
    return f"TOKYO (June {run % 27 + 1}, 2024) - Benchmark copy {run}.\n{body}\n"


def _open(page, url: str) -> None:
    """Open a page and wait for the script to be idle."""
    page.goto(url)
    page.wait_for_function(IDLE, timeout=TIMEOUT_MS)


def _sign_in(page) -> None:
    """Sign in as the benchmark's editor."""
    page.locator('[data-testid="stSidebar"]').get_by_text("Editors: sign in").click()
    page.locator(".st-key-login_user input").fill(EDITOR)
    page.locator(".st-key-login_password input").fill(PASSWORD)
    page.locator(".st-key-login_submit button").click()
    page.locator(".st-key-new_text").wait_for(timeout=TIMEOUT_MS)


def _total(page) -> int:
    """Return how many facts the page says the store holds."""
    return int(COUNT.search(page.get_by_text(COUNT).first.inner_text()).group(1))
