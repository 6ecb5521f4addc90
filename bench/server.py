"""A real `streamlit run` server on a free loopback port, and its peak memory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from paths import ROOT

START_TIMEOUT_S = 120


@dataclass(frozen=True)
class Server:
    """A running server: where to reach it and which process to measure."""

    url: str
    pid: int


@contextmanager
def running_server(script: Path, *, db: Path) -> Iterator[Server]:
    """Run `streamlit run script` with MARITIME_DB=db on 127.0.0.1; stop it on exit."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "MARITIME_DB": str(db)}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(url, proc, log)
            yield Server(url, proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def free_port() -> int:
    """Return a TCP port that is free on the loopback interface right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


def _wait_healthy(url: str, proc: subprocess.Popen, log) -> None:
    """Wait until the server answers its health check; fail with its log if it exits."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            msg = f"streamlit exited with code {proc.returncode}:\n{log.read()[-2000:]}"
            raise RuntimeError(msg)
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    msg = f"streamlit did not answer on {url} within {START_TIMEOUT_S} s"
    raise RuntimeError(msg)
