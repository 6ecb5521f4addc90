"""PostgreSQL, Streamlit replicas and nginx on one machine, on loopback, each stopped after use.

The tests, the benchmark and the team try-out (`python -m deploy.team`) start their servers
with these context managers, from Debian's packages (`postgresql`, `nginx`) and the project's
virtual environment. PostgreSQL refuses to run as root, so as root its commands run as the
`postgres` system user that Debian's package creates.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import create_engine, make_url

from paths import ROOT

APP = ROOT / "app.py"
NGINX = Path("/usr/sbin/nginx")
TEMPLATE = Path(__file__).with_name("nginx.conf.template")
START_TIMEOUT_S = 120
DATABASE = "maritime"
USER = "maritime"


class ServiceError(RuntimeError):
    """A server that could not be started; the message says what to install or look at."""


@dataclass(frozen=True)
class Replica:
    """A running `streamlit run app.py`: its address, process and output."""

    url: str
    process: subprocess.Popen
    log: IO[str]


def free_port() -> int:
    """Return a TCP port that is free on the loopback interface right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_postgres(data: Path | None = None, *, port: int | None = None) -> Iterator[str]:
    """Start PostgreSQL on a loopback port; yield its SQLAlchemy URL; stop it after.

    Without `data`, a throwaway cluster in a temporary folder, deleted at the end. With it,
    the cluster kept there (made on first use), so a try-out keeps its articles. Trust
    authentication is enough for both: the server listens on 127.0.0.1 only.
    """
    bindir = _postgres_bindir()
    folder = Path(tempfile.mkdtemp(prefix="maritime-pg-")) if data is None else data
    folder.mkdir(parents=True, exist_ok=True)
    cluster, port = folder / "data", port or free_port()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    try:
        fresh = not (cluster / "PG_VERSION").exists()
        if fresh:
            _as_postgres([bindir / "initdb", "-D", cluster, "-U", USER, "--auth=trust",
                          "-E", "UTF8", "--no-sync"])  # fmt: skip
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
                   f"-c max_connections=300{' -c fsync=off' if data is None else ''}")  # fmt: skip
        _as_postgres([bindir / "pg_ctl", "-D", cluster, "-o", options, "-l", folder / "log",
                      "-w", "-t", str(START_TIMEOUT_S), "start"])  # fmt: skip
        try:
            if fresh:
                _as_postgres([bindir / "createdb", "-h", "127.0.0.1", "-p", str(port), "-U",
                              USER, DATABASE])  # fmt: skip
            yield f"postgresql+psycopg://{USER}@127.0.0.1:{port}/{DATABASE}"
        finally:
            _as_postgres([bindir / "pg_ctl", "-D", cluster, "-m", "fast", "-w", "stop"])
    finally:
        if data is None:
            shutil.rmtree(folder, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """Create a new, empty database on a PostgreSQL server; return its URL."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _postgres_bindir() -> Path:
    """Return the folder of Debian's PostgreSQL server programs (the newest version)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if not found:
        msg = "PostgreSQL is not installed: run 'apt-get install postgresql' (make test does)"
        raise ServiceError(msg)
    return Path(found[-1]).parent


def _version(initdb: str) -> int:
    """Return the major version in a /usr/lib/postgresql/<version>/bin path."""
    return int(Path(initdb).parent.parent.name)


def _as_postgres(command: Sequence[object]) -> None:
    """Run a PostgreSQL program, as the postgres user when this process is root."""
    words = [str(word) for word in command]
    if os.geteuid() == 0:
        words = ["runuser", "-u", "postgres", "--", *words]
    done = subprocess.run(words, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        msg = f"{' '.join(words)} failed: {done.stderr.strip()}"
        raise ServiceError(msg)


@contextmanager
def running_replicas(
    count: int, *, env: Mapping[str, str], script: Path = APP
) -> Iterator[list[Replica]]:
    """Start `count` Streamlit servers of a script on free loopback ports; stop them after.

    `env` adds to the environment (MARITIME_DB, at least). A replica killed on purpose
    (`kill -9`) is simply reaped.
    """
    replicas: list[Replica] = []
    with ExitStack() as logs:
        try:
            for _ in range(count):
                log = logs.enter_context(tempfile.TemporaryFile("w+"))
                replicas.append(_start_replica(env, script, log))
            for replica in replicas:
                wait_healthy(replica)
            yield replicas
        finally:
            for replica in replicas:
                stop(replica.process)


def _start_replica(env: Mapping[str, str], script: Path, log: IO[str]) -> Replica:
    """Start one `streamlit run` on a free loopback port, its output to `log`."""
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--server.headless", "true", "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT
    )
    return Replica(f"http://127.0.0.1:{port}", process, log)


def wait_healthy(replica: Replica, timeout: float = START_TIMEOUT_S) -> None:
    """Wait until a Streamlit server answers its health check; fail with its log if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if replica.process.poll() is not None:
            replica.log.seek(0)
            code, output = replica.process.returncode, replica.log.read()[-3000:]
            msg = f"streamlit exited with code {code}:\n{output}"
            raise ServiceError(msg)
        try:
            with urllib.request.urlopen(f"{replica.url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    msg = f"streamlit did not answer on {replica.url} within {timeout:.0f} s"
    raise ServiceError(msg)


def stop(process: subprocess.Popen) -> None:
    """Stop a server: politely, then for good."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def running_nginx(upstreams: Sequence[str], *, port: int | None = None) -> Iterator[str]:
    """Start nginx on a loopback port in front of the given replicas; yield its address.

    The configuration is `deploy/nginx.conf.template` with the replicas and paths filled in.
    """
    if not NGINX.exists():
        msg = "nginx is not installed: run 'apt-get install nginx' (make test does)"
        raise ServiceError(msg)
    folder = Path(tempfile.mkdtemp(prefix="maritime-nginx-"))
    port = port or free_port()
    config = folder / "nginx.conf"
    config.write_text(nginx_config(upstreams, port=port, prefix=folder), encoding="utf-8")
    if os.geteuid() == 0:
        folder.chmod(0o755)  # workers run as nobody: they read nothing here but write temp files
        (folder / "temp").mkdir(mode=0o777)
        (folder / "temp").chmod(0o777)
    else:
        (folder / "temp").mkdir()
    process = subprocess.Popen(
        [str(NGINX), "-p", str(folder), "-c", str(config), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_listening(port, process)
        yield url
    finally:
        stop(process)
        process.stderr.close()
        shutil.rmtree(folder, ignore_errors=True)


def nginx_config(upstreams: Sequence[str], *, port: int, prefix: Path) -> str:
    """Return the nginx configuration for these replicas (host:port or http://host:port)."""
    servers = "\n".join(f"        server {u.removeprefix('http://')};" for u in upstreams)
    user = "user nobody nogroup;" if os.geteuid() == 0 else ""
    text = TEMPLATE.read_text(encoding="utf-8")
    return (text.replace("@USER@", user).replace("@SERVERS@", servers)
            .replace("@PORT@", str(port)).replace("@PREFIX@", str(prefix)))  # fmt: skip


def _wait_listening(port: int, process: subprocess.Popen) -> None:
    """Wait until a server accepts connections on a loopback port."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            msg = f"nginx exited: {process.stderr.read().decode(errors='replace')[-2000:]}"
            raise ServiceError(msg)
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    msg = f"nginx did not listen on port {port}"
    raise ServiceError(msg)
