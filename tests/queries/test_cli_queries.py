"""`vilao query ...` as a user runs it: a real process over a store holding the test world."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from graph.embedded import EmbeddedStore
from tests.neo4j_user import neo4j_store
from tests.queries.world import load_world


def vilao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "query", *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def world_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli") / "store"
    graph = EmbeddedStore(folder)
    load_world(graph)
    graph.close()
    return str(folder)


def test_partners_as_json_and_as_a_table(world_store: str) -> None:
    as_json = vilao("partners", "Quang Ninh", "--country", "LA", "--store", world_store, "--json")
    assert as_json.returncode == 0, as_json.stderr
    answer = json.loads(as_json.stdout)
    assert [p["partner"]["id"] for p in answer["partners"]] == ["province:LA-LP", "province:LA-HO", "province:LA-XA"]
    table = vilao("partners", "Quang Ninh", "--country", "LA", "--store", world_store)
    assert table.returncode == 0 and "Hủa Phăn" in table.stdout and "2022-05-31" in table.stdout


def test_engagements_search_and_path(world_store: str) -> None:
    engagements = json.loads(vilao("engagements", "Huỳnh Thành Đạt", "--store", world_store, "--json").stdout)
    assert [i["kind"] for i in engagements["timeline"]] == ["agreement", "position", "event"]
    found = json.loads(vilao("search", "Vongdala", "--store", world_store, "--json").stdout)
    assert found["matches"][0]["node"]["id"] == "person:boviengkham-vongdara"
    table = vilao("search", "khammouane", "--kind", "Province", "--store", world_store)
    assert table.returncode == 0 and "province:LA-KH" in table.stdout
    path = vilao("path", "Đặng Ngọc Tuấn", "Khammouane", "--store", world_store)
    assert path.returncode == 0 and "HELD_IN" in path.stdout


def test_an_ambiguous_or_unknown_name_is_exit_1_with_the_candidates(world_store: str) -> None:
    ambiguous = vilao("partners", "Quảng", "--store", world_store)
    assert ambiguous.returncode == 1
    assert "Quảng Ninh (province:VN-quang-ninh)" in " ".join(ambiguous.stderr.split())
    unknown = vilao("engagements", "Atlantis Zzz", "--store", world_store, "--json")
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr and unknown.stdout == ""


def test_the_same_answer_from_neo4j(world_store: str, neo4j_uri: str) -> None:
    neo4j = neo4j_store(neo4j_uri)
    neo4j.clear()
    load_world(neo4j)
    neo4j.close()
    args = ("engagements", "Huỳnh Thành Đạt", "--json")
    assert json.loads(vilao(*args, "--store", neo4j_uri).stdout) == json.loads(
        vilao(*args, "--store", world_store).stdout
    )
