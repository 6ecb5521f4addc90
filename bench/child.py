"""Run a benchmark step in a fresh Python process and read back the JSON it prints.

Each step gets its own process: the store path is read once at import (MARITIME_DB),
Streamlit's caches live for the whole process, and extraction must be pinned to one core.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from paths import ROOT

# One thread per numeric library: "one core" must not hide a second one in BLAS.
ONE_THREAD = dict.fromkeys(("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"), "1")
TIMEOUT_S = 900


def run_child(
    module: str, args: list[str], *, db: Path | None = None, one_core: bool = False
) -> Any:
    """Run `python -m module args` in the project root; return the JSON of its last line."""
    env = dict(os.environ)
    if db is not None:
        env["MARITIME_DB"] = str(db)
    if one_core:
        env |= ONE_THREAD
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        msg = f"{module} failed ({done.returncode}):\n{done.stderr[-3000:]}"
        raise RuntimeError(msg)
    return json.loads(done.stdout.strip().splitlines()[-1])


def reply(value: Any) -> None:
    """Print a child's result as the last line of its output."""
    sys.stdout.write(json.dumps(value) + "\n")
