"""Load on the query service, on loopback only.

    vilao ingest ingest/samples --store /tmp/bench-store
    vilao serve --store /tmp/bench-store --port 8765 &
    locust -f bench/locustfile.py --headless -u 20 -r 5 -t 30s --host http://127.0.0.1:8765

Bounded by -t; report the median and 95th percentile latency per endpoint from one run.
"""

from __future__ import annotations

from urllib.parse import urlparse

from locust import HttpUser, between, events, task


@events.test_start.add_listener
def _loopback_only(environment, **_: object) -> None:
    host = urlparse(environment.host or "").hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit(f"refusing to load {host!r}: this benchmark targets the loopback only")


class Analyst(HttpUser):
    wait_time = between(0.05, 0.2)

    @task(4)
    def partners(self) -> None:
        self.client.get("/api/provinces/Quang Ninh/partners?country=LA", name="partners")

    @task(3)
    def search(self) -> None:
        self.client.get("/api/search?q=vongdala", name="search")

    @task(2)
    def engagements(self) -> None:
        self.client.get("/api/people/Huỳnh Thành Đạt/engagements", name="engagements")

    @task(2)
    def matrix(self) -> None:
        self.client.get("/api/partnerships?a=VN&b=LA", name="partnerships")

    @task(1)
    def graph(self) -> None:
        self.client.get("/api/graph?focus=Quảng Trị&depth=2", name="graph")
