"""Parsing many texts in worker processes that end with the process that started them.

spaCy's own `n_process` workers outlive a parent killed with SIGKILL (they keep parsing, and
holding memory, until their queue runs dry). These workers are forked from the parent, which
has the pipeline loaded (so they start at once, sharing its memory), and ask Linux to end
them when the parent dies (PR_SET_PDEATHSIG); a parent that stops early terminates them.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

_PR_SET_PDEATHSIG = 1
_NLP: Language | None = None


def parsed(nlp: Language, texts: Sequence[str], *, processes: int = 1) -> Iterator[Doc]:
    """Yield each text parsed by `nlp`, in order; in `processes` workers when more than one."""
    workers = max(1, min(processes, len(texts)))
    if workers == 1:
        yield from nlp.pipe(texts)
        return
    global _NLP  # noqa: PLW0603 (the forked workers find the loaded pipeline here)
    _NLP = nlp
    pool = multiprocessing.get_context("fork").Pool(
        workers, initializer=_end_with_parent, initargs=(os.getpid(),)
    )
    # A worker parses a batch at a time, as `nlp.pipe` does (the model runs faster on batches),
    # no larger than a fair share, so a few dozen texts still keep every worker busy.
    size = min(nlp.batch_size, -(-len(texts) // workers))
    batches = [texts[i : i + size] for i in range(0, len(texts), size)]
    try:
        for parsed_batch in pool.imap(_parse, batches):
            yield from (Doc(nlp.vocab).from_bytes(data) for data in parsed_batch)
    finally:
        pool.terminate()
        pool.join()


def _end_with_parent(parent: int) -> None:
    """Have this worker receive SIGTERM when its parent dies (and stop if it already has)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _parse(texts: Sequence[str]) -> list[bytes]:
    """Parse a batch of texts in a worker; return the parsed documents as bytes."""
    assert _NLP is not None  # set by `parsed` before the fork
    return [doc.to_bytes() for doc in _NLP.pipe(texts)]
