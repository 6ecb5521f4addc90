"""The database going away under an open page: a clear message, then the page comes back."""

import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path

import pytest

from deploy.services import free_port, running_postgres, running_replicas
from facts.store import ensure_corpus
from paths import ARTICLES
from tests.conftest import wait_for_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def cluster_folder():
    """A folder the postgres user can reach (pytest's own temporary folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="maritime-outage-"))
    folder.chmod(0o755)
    yield folder / "pg"
    shutil.rmtree(folder, ignore_errors=True)


def test_the_page_says_the_store_is_gone_and_recovers_when_it_is_back(browser_page, cluster_folder):
    data, port = cluster_folder, free_port()
    with ExitStack() as replica_running:
        with running_postgres(data, port=port) as url:
            ensure_corpus(url, ARTICLES)
            (replica,) = replica_running.enter_context(
                running_replicas(1, env={"MARITIME_DB": url})
            )
            browser_page.goto(replica.url)
            wait_for_app(browser_page)
            assert browser_page.get_by_text(" facts extracted from ").first.is_visible()
        # PostgreSQL is stopped now; the next run of the page cannot read the store.
        browser_page.locator(".st-key-q input").fill("coast guard")
        browser_page.keyboard.press("Enter")
        browser_page.get_by_text("The fact store cannot be reached").wait_for(timeout=30_000)
        assert browser_page.locator('[data-testid="stException"]').count() == 0
        with running_postgres(data, port=port):
            browser_page.get_by_text(" facts extracted from ").first.wait_for(timeout=30_000)
            assert browser_page.get_by_text("The fact store cannot be reached").count() == 0
