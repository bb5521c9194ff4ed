"""Answers kept per state of the store (app/cache.py): the same bytes while nothing is written, new ones after."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.cache import AnswerCache, _Answer
from app.settings import Settings
from tests.api.server import prepared_store, serving

TOKEN = "bo-nho-dem"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Written for this test: one visit between two provinces.
ARTICLE = (
    "Ngày 12/9/2023, đoàn công tác tỉnh Quảng Bình đã sang thăm tỉnh Khăm Muồn của Lào.\n\n"
    "Hai bên bàn về hợp tác ứng dụng công nghệ thông tin giữa hai tỉnh."
)


def _answer(size: int) -> _Answer:
    return _Answer({"type": "http.response.start", "status": 200, "headers": []}, b"x" * size)


def test_the_cache_keeps_the_most_recent_answers_within_its_bytes() -> None:
    cache = AnswerCache(max_bytes=250)
    for name in ("a", "b", "c"):
        cache.put(("1.1", f"/api/{name}", b""), _answer(100))
    assert cache.get(("1.1", "/api/a", b"")) is None  # the oldest went to make room
    assert cache.get(("1.1", "/api/c", b"")) is not None
    cache.put(("1.1", "/api/huge", b""), _answer(1000))  # larger than the whole cache: not kept
    assert cache.get(("1.1", "/api/huge", b"")) is None and len(cache) == 2


def test_an_answer_of_a_newer_revision_drops_the_older_ones() -> None:
    cache = AnswerCache(max_bytes=10_000)
    cache.put(("1.1", "/api/a", b""), _answer(10))
    cache.put(("1.2", "/api/b", b""), _answer(10))
    assert cache.get(("1.1", "/api/a", b"")) is None and len(cache) == 1


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def cached(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    neo4j_uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    target = prepared_store(request.param, tmp_path_factory.mktemp("cache"), neo4j_uri, with_world=False)
    with (
        serving(Settings(store=target, api_token=TOKEN, answer_cache_mb=8)) as base_url,
        httpx.Client(base_url=base_url, timeout=60) as client,
    ):
        yield client


def test_a_write_changes_the_answers_asked_before_it(cached: httpx.Client) -> None:
    before = cached.get("/api/search", params={"q": "Khammouane"})
    assert before.status_code == 200 and before.json()["matches"] == []
    assert cached.get("/api/search", params={"q": "Khammouane"}).content == before.content
    assert cached.get("/api/provinces/Quang Binh/partners").status_code == 404  # errors are never kept

    body = {"text": ARTICLE, "title": "Quảng Bình thăm Khăm Muồn", "published": "2023-09-13"}
    assert cached.post("/api/documents", json=body, headers=AUTH).status_code == 201

    after = cached.get("/api/search", params={"q": "Khammouane"}).json()
    assert after["matches"][0]["node"]["id"] == "province:LA-KH"
    partners = cached.get("/api/provinces/Quang Binh/partners")
    assert partners.status_code == 200
    assert [p["partner"]["id"] for p in partners.json()["partners"]] == ["province:LA-KH"]
    # Another question on the same state is its own answer, not the one kept for the first.
    assert cached.get("/api/search", params={"q": "Quang Binh"}).json()["matches"][0]["node"]["id"] == (
        "province:VN-quang-binh"
    )
