"""The analysts' views over real HTTP on both stores, and `vilao query matrix|gaps` answering as the API does."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from app.settings import Settings
from tests.api.server import prepared_store, serving


def vilao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "query", *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The store's setting and the base URL of a server over it."""
    neo4j_uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    target = prepared_store(request.param, tmp_path_factory.mktemp("views"), neo4j_uri)
    with serving(Settings(store=target, api_token=None)) as base_url:
        yield target, base_url


def get(base_url: str, path: str, **params: str) -> httpx.Response:
    return httpx.get(f"{base_url}{path}", params=params, timeout=60)


def test_gaps_name_the_border_province_with_no_lao_partner(served: tuple[str, str]) -> None:
    _, base_url = served
    body = get(base_url, "/api/gaps", quiet_since="2023").json()
    assert [g["province"]["name"] for g in body["border_without_partner"]] == ["Nghệ An"]
    assert {(q["row"]["name"], q["column"]["name"]) for q in body["gone_quiet"]} == {
        ("Quảng Bình", "Khăm Muồn"),
        ("Quảng Ninh", "Hủa Phăn"),
        ("Quảng Ninh", "Xay-nha-bu-ly"),
    }
    assert get(base_url, "/api/gaps", quiet_since="23").status_code == 422


def test_the_matrix_by_topic_and_period_and_one_cell_opened(served: tuple[str, str]) -> None:
    _, base_url = served
    period = get(base_url, "/api/partnerships", since="2023", until="2024").json()
    assert [(c["row"], c["column"]) for c in period["cells"]] == [("province:VN-quang-ninh", "province:LA-LP")]
    topic = get(base_url, "/api/partnerships", topic="Chuyển đổi số", format="csv")
    assert topic.status_code == 200 and topic.text.count("\n") == 4  # the header and three pairs
    assert get(base_url, "/api/partnerships", topic="Zzyzx Qwv").status_code == 404
    cell = get(base_url, "/api/partnerships/pair", row="Quang Tri", column="Khammouane", merged="true").json()
    assert cell["cell"]["merged_from"] == ["province:VN-quang-binh"]
    assert [a["id"] for a in cell["agreements"]] == [
        "agreement:2026-06-mou-quang-tri-kham-muon-iv",
        "agreement:2019-agreement-quang-binh-kham-muon",
    ]
    assert all(a["evidence"] for a in cell["agreements"])


def test_an_entity_and_a_timeline_over_http(served: tuple[str, str]) -> None:
    _, base_url = served
    identity = get(base_url, "/api/entities/event:2023-12-11-workshop-most-mtc").json()["identity"]
    assert identity["merged"] and len(identity["documents"]) == 2
    december = get(base_url, "/api/people/Huỳnh Thành Đạt/engagements", since="2023-12", until="2023-12").json()
    assert [i["kind"] for i in december["timeline"]] == ["position", "event"]


@pytest.mark.parametrize(
    ("command", "path", "params"),
    [
        pytest.param(["matrix"], "/api/partnerships", {}, id="matrix"),
        pytest.param(["matrix", "--merged"], "/api/partnerships", {"merged": "true"}, id="matrix-merged"),
        pytest.param(["gaps"], "/api/gaps", {}, id="gaps"),
        pytest.param(
            ["gaps", "--quiet-since", "2023", "--merged"],
            "/api/gaps",
            {"quiet_since": "2023", "merged": "true"},
            id="gaps-2023",
        ),
    ],
)
def test_the_command_line_answers_as_the_api(
    served: tuple[str, str], command: list[str], path: str, params: dict
) -> None:
    store, base_url = served
    answer = vilao(*command, "--store", store, "--json")
    assert answer.returncode == 0, answer.stderr
    assert json.loads(answer.stdout) == get(base_url, path, **params).json()


def test_the_matrix_as_csv_on_the_command_line_is_the_api_csv(served: tuple[str, str]) -> None:
    store, base_url = served
    answer = vilao("matrix", "--merged", "--csv", "--store", store)
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout == get(base_url, "/api/partnerships", merged="true", format="csv").text
    table = vilao("gaps", "--store", store)
    assert table.returncode == 0 and "Nghệ An" in table.stdout
    assert vilao("gaps", "--quiet-since", "soon", "--store", store).returncode == 2
