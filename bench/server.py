"""A real `streamlit run` server on a free loopback port (see `deploy.services`), and its memory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from deploy.services import running_replicas
from facts.database import database_url


@dataclass(frozen=True)
class Server:
    """A running server: where to reach it and which process to measure."""

    url: str
    pid: int


@contextmanager
def running_server(script: Path, *, db: str | Path) -> Iterator[Server]:
    """Run `streamlit run script` with MARITIME_DB=db on 127.0.0.1; stop it on exit."""
    with running_replicas(1, env={"MARITIME_DB": database_url(db)}, script=script) as (replica,):
        yield Server(replica.url, replica.process.pid)


def peak_rss_mb(pid: int) -> float:
    """Return the peak resident memory (VmHWM) of a process, in MiB."""
    return status_kib(Path(f"/proc/{pid}/status").read_text(), "VmHWM") / 1024


def status_kib(status: str, field: str) -> int:
    """Return a 'Field:   123 kB' value of a /proc/<pid>/status text, in KiB."""
    for line in status.splitlines():
        name, _, value = line.partition(":")
        if name == field:
            return int(value.split()[0])
    msg = f"{field} is not in the process status"
    raise KeyError(msg)
