"""Load on the query service, on loopback only: analysts asking partners, search, engagements, the matrix,
the page's graph and paths, about the busiest provinces and their officials of whatever graph is served
(chosen when the test starts, as bench/bench_queries.py chooses them).

    python bench/bench_load.py [--docs 10000 --users 50 --seconds 60 | --smoke]   # builds, serves, runs this

or by hand against a running `vilao serve`, from the repository's root:

    PYTHONPATH=. locust -f bench/locustfile.py --headless -u 50 -r 10 -t 60s --host http://127.0.0.1:8765

Bounded by -t; locust reports the median and 95th percentile latency per endpoint and exits 1 when any
request failed.
"""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import urlparse

from locust import HttpUser, between, events, task

from bench.bench_queries import questions


class Targets:
    """The URLs to ask per question, read from the served graph when the test starts."""

    asked: dict[str, list[str]] = {}


@events.test_start.add_listener
def _choose_targets(environment: Any, **_: object) -> None:
    host = urlparse(environment.host or "").hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit(f"refusing to load {host!r}: this benchmark targets the loopback only")
    Targets.asked = questions(environment.host)


class Analyst(HttpUser):
    wait_time = between(0.05, 0.2)

    def _ask(self, question: str, name: str) -> None:
        self.client.get(random.choice(Targets.asked[question]), name=name)

    @task(4)
    def partners(self) -> None:
        self._ask("partners", "partners")

    @task(3)
    def search(self) -> None:
        self._ask("search", "search")

    @task(2)
    def engagements(self) -> None:
        self._ask("engagements", "engagements")

    @task(2)
    def matrix(self) -> None:
        self._ask("matrix", "partnerships")

    @task(1)
    def graph(self) -> None:
        self._ask("graph", "graph")

    @task(1)
    def path(self) -> None:
        self._ask("path", "path")
