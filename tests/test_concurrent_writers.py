"""Writers at once lose nothing: two ingests of overlapping corpora into one store, or the API's POST during
an ingest, end with exactly the graph one writer gives (both stores, the real test Neo4j)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.settings import Settings
from graph.embedded import EmbeddedStore
from graph.export import to_json
from graph.schema import EdgeType
from graph.store import GraphStore
from ingest.pipeline import ingest
from queries.partners import partners_of
from tests.api.server import serving
from tests.neo4j_user import neo4j_store
from tests.test_crash_safety import article

# Three sets of articles written for the tests; their provinces, bodies and partnerships recur across them.
# (At this size two writers with the old read-merge-rewrite lost Neo4j evidence lines.)
FIRST, SHARED, SECOND = range(0, 100), range(100, 200), range(200, 300)


def write_articles(folder: Path, numbers: range) -> Path:
    folder.mkdir(parents=True)
    for i in numbers:
        (folder / f"a{i:04d}.md").write_text(article(i), encoding="utf-8")
    return folder


@pytest.fixture
def corpora(tmp_path: Path) -> tuple[Path, Path, Path]:
    return (
        write_articles(tmp_path / "first", FIRST),
        write_articles(tmp_path / "shared", SHARED),
        write_articles(tmp_path / "second", SECOND),
    )


@pytest.fixture(params=["embedded", "neo4j"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "embedded":
        yield str(tmp_path / "shared-store")
        return
    uri: str = request.getfixturevalue("neo4j_uri")
    neo4j = neo4j_store(uri)
    neo4j.clear()
    neo4j.close()
    yield uri


def graph_and_partners(store: GraphStore) -> dict[str, Any]:
    """The export, and every partnering node's partners with all their items: what the stores keep behind each
    partnership as they write (the embedded store's summary tables) must end as one writer leaves it too, and each
    partnership's dates as kept equal to its records'."""
    graph = to_json(store)
    partnering = sorted(
        {end for e in graph["edges"] if e["type"] == "PARTNERS_WITH" for end in (e["source"], e["target"])}
    )
    dates = [(e.key, e.props) for e in store.partnerships_of(partnering)]
    folded = store.edges_of(partnering, [EdgeType.PARTNERS_WITH])
    assert dates == [(e.key, {k: v for k, v in e.props.items() if k in ("first_date", "last_date")}) for e in folded]
    return {"graph": graph, "partners": {p: partners_of(store, p, items=1000).model_dump() for p in partnering}}


def one_writers_graph(tmp_path: Path, *folders: Path) -> dict[str, Any]:
    store = EmbeddedStore(tmp_path / "one-writer")
    try:
        ingest([str(f) for f in folders], store)
        return graph_and_partners(store)
    finally:
        store.close()


def graph_at(target: str) -> dict[str, Any]:
    store = Settings(store=target).open_store()
    try:
        return graph_and_partners(store)
    finally:
        store.close()


def start_ingest(target: str, *folders: Path) -> subprocess.Popen[str]:
    # Small batches, so the two writers' transactions interleave many times.
    env = {**os.environ, "VILAO_BATCH_SIZE": "3"}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "ingest", *map(str, folders), "--store", target],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_ingests_of_overlapping_corpora_end_with_one_writers_graph(
    corpora: tuple[Path, Path, Path], target: str, tmp_path: Path
) -> None:
    first, shared, second = corpora
    writers = [start_ingest(target, first, shared), start_ingest(target, shared, second)]
    for writer in writers:
        _, stderr = writer.communicate(timeout=600)
        assert writer.returncode == 0, stderr
    assert graph_at(target) == one_writers_graph(tmp_path, *corpora)


def post_all(base_url: str, folder: Path) -> None:
    with httpx.Client(base_url=base_url, timeout=120) as api:
        for path in sorted(folder.iterdir()):
            answer = api.post("/api/documents", json={"text": path.read_text(encoding="utf-8")})
            assert answer.status_code in (200, 201), answer.text


def test_documents_posted_during_an_ingest_are_all_kept(
    corpora: tuple[Path, Path, Path], target: str, tmp_path: Path
) -> None:
    first, shared, second = corpora
    with serving(Settings(store=target)) as base_url:
        writer = start_ingest(target, first, shared)
        post_all(base_url, second)
        _, stderr = writer.communicate(timeout=600)
        assert writer.returncode == 0, stderr

    one_writer = tmp_path / "one-writer"
    store = EmbeddedStore(one_writer)
    ingest([str(first), str(shared)], store)
    store.close()
    with serving(Settings(store=str(one_writer))) as base_url:
        post_all(base_url, second)
    assert graph_at(target) == graph_at(str(one_writer))
