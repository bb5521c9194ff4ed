"""POST /api/documents over real HTTP, on both stores: the token, the size limit, and what was added."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.settings import Settings
from tests.api.server import prepared_store, serving

TOKEN = "thu-nghiem"
LIMIT = 2_000
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# A short article written for this test.
ARTICLE = (
    "Ngày 5/3/2024, đoàn công tác tỉnh Quảng Trị đã sang thăm tỉnh Khăm Muồn của Lào.\n\n"
    "Hai bên trao đổi về hợp tác khoa học và chuyển đổi số giữa hai tỉnh."
)


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def writable(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A server over an empty store that takes documents with the token only, up to LIMIT bytes."""
    neo4j_uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    target = prepared_store(request.param, tmp_path_factory.mktemp("post"), neo4j_uri, with_world=False)
    settings = Settings(store=target, api_token=TOKEN, max_document_bytes=LIMIT)
    with serving(settings) as base_url, httpx.Client(base_url=base_url, timeout=60) as client:
        yield client


def test_without_the_token_nothing_is_added(writable: httpx.Client) -> None:
    missing = writable.post("/api/documents", json={"text": ARTICLE})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = writable.post("/api/documents", json={"text": ARTICLE}, headers={"Authorization": "Bearer doan-sai"})
    assert wrong.status_code == 401
    assert writable.get("/api/documents").json()["total"] == 0


def test_a_document_over_the_limit_is_413(writable: httpx.Client) -> None:
    response = writable.post("/api/documents", json={"text": "Quảng Trị. " * 300}, headers=AUTH)
    assert response.status_code == 413 and str(LIMIT) in response.json()["detail"]


def test_a_body_needs_exactly_one_of_text_or_html(writable: httpx.Client) -> None:
    assert writable.post("/api/documents", json={"title": "Trống"}, headers=AUTH).status_code == 422
    both = {"text": ARTICLE, "html": f"<p>{ARTICLE}</p>"}
    assert writable.post("/api/documents", json=both, headers=AUTH).status_code == 422
    assert writable.post("/api/documents", json={"text": "   "}, headers=AUTH).status_code == 400


def test_a_new_document_says_what_it_added_and_the_same_again_adds_nothing(writable: httpx.Client) -> None:
    body = {"text": ARTICLE, "title": "Quảng Trị thăm Khăm Muồn", "published": "2024-03-06"}
    first = writable.post("/api/documents", json=body, headers=AUTH)
    assert first.status_code == 201, first.text
    added = first.json()
    assert added["new_document"] and added["title"] == "Quảng Trị thăm Khăm Muồn"
    ids = {n["id"] for n in added["added"]}
    assert {added["doc_id"], "province:VN-quang-tri", "province:LA-KH"} <= ids
    assert added["nodes_added"] == len(added["added"]) and added["edges_added"] > 0

    again = writable.post("/api/documents", json=body, headers=AUTH)
    assert again.status_code == 200
    assert (again.json()["new_document"], again.json()["nodes_added"], again.json()["added"]) == (False, 0, [])

    stored = writable.get(f"/api/documents/{added['doc_id']}").json()
    assert stored["published"] == "2024-03-06" and "Khăm Muồn" in stored["text"]
    # The name index sees the new document at once.
    assert writable.get("/api/entities/Khammouane").status_code == 200


def test_an_html_page_is_read_as_its_article(writable: httpx.Client) -> None:
    html = (
        "<html><head><title>Hà Nội và Viêng Chăn</title></head><body><article>"
        "<p>Thành phố Hà Nội và Thủ đô Viêng Chăn trao đổi kinh nghiệm về đổi mới sáng tạo.</p>"
        "</article></body></html>"
    )
    response = writable.post("/api/documents", json={"html": html, "url": "https://example.org/a"}, headers=AUTH)
    assert response.status_code == 201, response.text
    assert "province:VN-ha-noi" in {n["id"] for n in response.json()["added"]}
