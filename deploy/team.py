"""`python -m deploy.team`: PostgreSQL, N dashboard replicas and nginx on one machine, to try out.

Everything listens on 127.0.0.1; the articles are kept in `var/team-postgres/` between runs.
Ctrl-C stops all of it. For a real team, run the same pieces as services (README, "For a team").
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Sequence

from deploy.services import running_nginx, running_postgres, running_replicas
from facts.database import shown_url
from facts.schema import migrate
from facts.store import ensure_corpus
from paths import ARTICLES, VAR


def main(argv: Sequence[str] | None = None) -> int:
    """Start the try-out and wait for Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m deploy.team", description=__doc__)
    parser.add_argument("--replicas", type=int, default=2, help="Streamlit replicas (default 2)")
    parser.add_argument("--port", type=int, default=8080, help="nginx's port (default 8080)")
    parser.add_argument("--pg-port", type=int, default=55432,
                        help="PostgreSQL's port (default 55432)")  # fmt: skip
    args = parser.parse_args(argv)
    with running_postgres(VAR / "team-postgres", port=args.pg_port) as url:
        migrate(url)
        # Filled once here, so that the replicas do not all extract the corpus at start.
        ensure_corpus(url, ARTICLES)
        env = {"MARITIME_DB": url}
        with (
            running_replicas(args.replicas, env=env) as replicas,
            running_nginx([r.url for r in replicas], port=args.port) as front,
        ):
            print(f"store:    {shown_url(url)}")
            print(f"replicas: {', '.join(r.url for r in replicas)}")
            print(f"open:     {front}   (Ctrl-C stops everything)")
            print(f"editors:  MARITIME_DB={url} .venv/bin/python -m facts editor add NAME "
                  "--password-stdin")  # fmt: skip
            sys.stdout.flush()
            # Ctrl-C or SIGTERM unwinds the blocks above, which stop every server.
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            with contextlib.suppress(KeyboardInterrupt):
                signal.pause()
    return 0


if __name__ == "__main__":
    sys.exit(main())
