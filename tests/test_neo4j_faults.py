"""Neo4j stopped and started again in the middle of an ingest: the driver's retries (or a re-run) end with
every document written once and the graph one uninterrupted writer gives."""

from __future__ import annotations

import time
from pathlib import Path

from tests.neo4j_server import Neo4jServer, free_port
from tests.neo4j_user import TEST_PASSWORD, neo4j_store
from tests.test_concurrent_writers import graph_at, one_writers_graph, start_ingest, write_articles


def documents_in(uri: str) -> int:
    store = neo4j_store(uri)
    try:
        return store.counts().nodes.get("Document", 0)
    finally:
        store.close()


def test_an_ingest_through_a_restart_writes_every_document_once(tmp_path: Path, neo4j_credentials: None) -> None:
    folder = write_articles(tmp_path / "articles", range(300))
    port, data = free_port(), tmp_path / "neo4j-data"
    server = Neo4jServer(port=port, data_dir=data, password=TEST_PASSWORD).start()
    try:
        writer = start_ingest(server.uri, folder)
        deadline = time.monotonic() + 120
        while documents_in(server.uri) < 10 and time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.1)
        assert writer.poll() is None, "the restart should land in the middle of the ingest"
        server.stop()
        server = Neo4jServer(port=port, data_dir=data, password=TEST_PASSWORD).start()
        _, stderr = writer.communicate(timeout=600)
        if writer.returncode != 0:  # the retries gave up: a re-run completes the rest
            rerun = start_ingest(server.uri, folder)
            _, stderr = rerun.communicate(timeout=600)
            assert rerun.returncode == 0, stderr
        assert documents_in(server.uri) == 300
        assert graph_at(server.uri) == one_writers_graph(tmp_path, folder)
    finally:
        server.stop()
