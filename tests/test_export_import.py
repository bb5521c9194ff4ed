"""The CSV export is what Neo4j's own importer reads: checked with the real neo4j-admin."""

from __future__ import annotations

import re
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.export import write_csv
from ingest.pipeline import ingest
from tests.conftest import SAMPLES
from tests.neo4j_server import run_admin_tool


def test_neo4j_admin_imports_the_csv_export(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    ingest([str(SAMPLES)], store)
    counts = store.counts()
    nodes_csv, edges_csv = write_csv(store, tmp_path / "csv")
    store.close()
    result = run_admin_tool(
        ["database", "import", "full", "neo4j", f"--nodes={nodes_csv}", f"--relationships={edges_csv}"],
        tmp_path / "home",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "IMPORT DONE" in output
    assert re.search(rf"\b{counts.total_nodes} nodes\b", output), output[-2000:]
    assert re.search(rf"\b{counts.total_edges} relationships\b", output), output[-2000:]
