"""Load on the query service, on loopback only: analysts asking partners, search, engagements, the matrix,
the page's graph and paths, about the best-connected provinces and officials of whatever graph is served.

    python bench/bench_load.py [--docs 10000 --users 50 --seconds 60 | --smoke]   # builds, serves, runs this

or by hand against a running `vilao serve`:

    locust -f bench/locustfile.py --headless -u 50 -r 10 -t 60s --host http://127.0.0.1:8765

Bounded by -t; locust reports the median and 95th percentile latency per endpoint and exits 1 when any
request failed.
"""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote, urlparse

import httpx
from locust import HttpUser, between, events, task


class Targets:
    """What the analysts ask about, read from the served graph when the test starts."""

    provinces: list[str] = []
    lao_provinces: list[str] = []
    people: list[str] = []
    searches: list[str] = []


@events.test_start.add_listener
def _choose_targets(environment: Any, **_: object) -> None:
    host = urlparse(environment.host or "").hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit(f"refusing to load {host!r}: this benchmark targets the loopback only")
    ranked = httpx.get(f"{environment.host}/api/rankings?limit=10", timeout=600).raise_for_status().json()
    by_kind = {k["kind"]: [r["node"] for r in k["by_degree"]] for k in ranked["kinds"]}
    provinces = by_kind.get("Province", [])
    Targets.provinces = [p["id"] for p in provinces if p.get("country") == "VN"] or [p["id"] for p in provinces]
    Targets.lao_provinces = [p["id"] for p in provinces if p.get("country") == "LA"] or Targets.provinces
    Targets.people = [p["id"] for p in by_kind.get("Person", [])]
    Targets.searches = [n["name"].split()[-1] for n in (*provinces, *by_kind.get("Person", []))] or ["Lào"]
    if not Targets.provinces or not Targets.people:
        raise SystemExit("the served graph has no provinces or officials to ask about")


class Analyst(HttpUser):
    wait_time = between(0.05, 0.2)

    @task(4)
    def partners(self) -> None:
        province = quote(random.choice(Targets.provinces))
        self.client.get(f"/api/provinces/{province}/partners?country=LA", name="partners")

    @task(3)
    def search(self) -> None:
        self.client.get(f"/api/search?q={quote(random.choice(Targets.searches))}", name="search")

    @task(2)
    def engagements(self) -> None:
        self.client.get(f"/api/people/{quote(random.choice(Targets.people))}/engagements", name="engagements")

    @task(2)
    def matrix(self) -> None:
        self.client.get("/api/partnerships?a=VN&b=LA", name="partnerships")

    @task(1)
    def graph(self) -> None:
        self.client.get(f"/api/graph?focus={quote(random.choice(Targets.provinces))}&depth=2", name="graph")

    @task(1)
    def path(self) -> None:
        source, target = random.choice(Targets.people), random.choice(Targets.lao_provinces)
        self.client.get(f"/api/path?from={quote(source)}&to={quote(target)}", name="path")
