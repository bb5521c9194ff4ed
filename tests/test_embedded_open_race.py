"""Two ingests started together open one new embedded store at the same moment: both must get it."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from graph.embedded import EmbeddedStore

OPENERS = 4
ROUNDS = 80


def _open(folder: Path, barrier: multiprocessing.synchronize.Barrier, answers: multiprocessing.Queue) -> None:
    barrier.wait()
    try:
        EmbeddedStore(folder).close()
        answers.put("opened")
    except Exception as exc:  # noqa: BLE001 - the test reports whatever went wrong
        answers.put(repr(exc))


def test_processes_opening_a_new_store_at_once_all_get_it(tmp_path: Path) -> None:
    fork = multiprocessing.get_context("fork")
    answers: list[str] = []
    for round_ in range(ROUNDS):
        queue, barrier = fork.Queue(), fork.Barrier(OPENERS)
        folder = tmp_path / f"store-{round_}"
        openers = [fork.Process(target=_open, args=(folder, barrier, queue)) for _ in range(OPENERS)]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join(timeout=60)
        answers += [queue.get(timeout=5) for _ in openers]
    assert [a for a in answers if a != "opened"] == []
