import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facts.nlp import pipeline
from facts.parsing import parsed
from paths import ARTICLES, ROOT


def test_workers_parse_as_this_process_does():
    nlp = pipeline()
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))[:6]]
    alone = [[(t.text, t.dep_, t.ent_type_, t.is_sent_start) for t in d] for d in nlp.pipe(texts)]
    shared = [[(t.text, t.dep_, t.ent_type_, t.is_sent_start) for t in d]
              for d in parsed(nlp, texts, processes=2)]  # fmt: skip
    assert shared == alone


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
def test_parsing_workers_end_when_the_ingest_is_killed(tmp_path):
    command = [sys.executable, "-m", "facts", "ingest", str(ARTICLES), "--db",
               str(tmp_path / "f.sqlite"), "--processes", "2"]  # fmt: skip
    ingest = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    while len(_children(ingest.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = _children(ingest.pid)
    assert len(workers) >= 2, "the ingest never started its workers"
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [w for w in workers if _running(w)] == []


def _running(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; it only waits for its parent to reap it
