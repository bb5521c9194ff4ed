"""The query benchmark compares servers side by side: in each round every server is asked the same requests (the
subjects' costs differ several-fold, so servers dealt samples of their own would differ by what they were asked),
and which server goes first alternates (the first one measured slower)."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

from bench.bench_queries import run_rounds

ASKED = {
    "partners": [f"/api/provinces/p{i}/partners" for i in range(8)],
    "search": [f"/api/search?q=name{i}" for i in range(48)],
}


def test_every_server_is_asked_the_same_requests_in_each_round_and_first_in_turn() -> None:
    asked: dict[str, list[list[tuple[str, str]]]] = defaultdict(list)
    order: list[str] = []

    def record(server: Any, work: list[tuple[str, str]], clients: int) -> None:
        asked[server].append(list(work))
        order.append(server)

    servers = ["after", "before", "after 10k", "before 10k"]
    batches = [{name: urls} for name, urls in ASKED.items()]
    run_rounds(servers, batches, 5, 16, 4, random.Random(1), ask=record)

    first, *others = asked.values()
    assert all(other == first for other in others)
    # Asked first in turn: each server's batches together, every other round in the reverse order.
    turns = order[:: len(batches)]
    assert turns[: len(servers)] == servers and turns[len(servers) : 2 * len(servers)] == servers[::-1]
    assert len(first) == 5 * len(batches)  # a round's batches, five rounds
    assert all(len(work) == 16 for work in first)
    # Rounds differ from each other: the requests are drawn anew each round, not one sample asked throughout.
    searches = [tuple(work) for work in first if work[0][0] == "search"]
    assert len(set(searches)) == 5
