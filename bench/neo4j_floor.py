"""The Neo4j side of the ingest benchmark: the server to measure, the raw floor, and CPU accounting.

The floor is a raw batched UNWIND ... MERGE of the very graph the store writes: each record written as it stands
(`SET += props`, evidence lines overwritten), no merging rules, no count of what was new.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from graph.merge import fold_edges, fold_nodes
from graph.schema import GraphDelta, kind_of_id


@dataclass(frozen=True)
class Neo4jTarget:
    uri: str
    auth: tuple[str, str] | None
    pid: int | None  # the server's process, when it runs here: its CPU time is counted too


@dataclass(frozen=True)
class Cost:
    wall: float
    cpu: float  # seconds of CPU, this process and (when known) the server


@contextmanager
def neo4j_at(option: str | None) -> Iterator[Neo4jTarget | None]:
    """`test` starts the test suite's Neo4j (authentication on); a URI takes credentials from the environment."""
    if option is None:
        yield None
        return
    if option != "test":
        user = os.environ.get("NEO4J_USERNAME")
        yield Neo4jTarget(option, (user, os.environ.get("NEO4J_PASSWORD", "")) if user else None, None)
        return
    from tests.neo4j_server import Neo4jServer
    from tests.neo4j_user import TEST_PASSWORD, TEST_USERNAME

    with Neo4jServer(password=TEST_PASSWORD) as server:
        yield Neo4jTarget(server.uri, (TEST_USERNAME, TEST_PASSWORD), server.pid)


def _process_cpu(pid: int | None) -> float:
    if pid is None:
        return 0.0
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cost_of(work: Callable[[], object], server_pid: int | None) -> Cost:
    wall, cpu, server = time.perf_counter(), time.process_time(), _process_cpu(server_pid)
    work()
    return Cost(time.perf_counter() - wall, time.process_time() - cpu + _process_cpu(server_pid) - server)


def clear(target: Neo4jTarget) -> None:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(target.uri, auth=target.auth) as driver, driver.session() as session:
        session.run("MATCH (n) DETACH DELETE n").consume()


def _write_raw(tx: Any, deltas: list[GraphDelta]) -> None:
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in fold_nodes(n for d in deltas for n in d.nodes).values():
        props = {k: v for k, v in node.flat().items() if v is not None}
        nodes[node.kind.value].append({"id": node.id, "props": props})
    for label, rows in sorted(nodes.items()):
        tx.run(f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props", rows=rows).consume()
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for key, edge in fold_edges(e for d in deltas for e in d.edges).items():
        props = {k: v for k, v in edge.props.items() if v is not None}
        props["evidence"] = [json.dumps([e.doc_id, e.start, e.end, e.quote]) for e in edge.evidence]
        shape = (kind_of_id(edge.source).value, edge.type.value, kind_of_id(edge.target).value)
        edges[shape].append({"source": edge.source, "target": edge.target, "key": key, "props": props})
    for (source, rel, target), rows in sorted(edges.items()):
        tx.run(
            f"UNWIND $rows AS row MATCH (a:{source} {{id: row.source}}) MATCH (b:{target} {{id: row.target}}) "
            f"MERGE (a)-[r:{rel} {{key: row.key}}]->(b) SET r += row.props",
            rows=rows,
        ).consume()


def raw_merge(target: Neo4jTarget, batches: list[list[GraphDelta]]) -> Cost:
    """The floor: the same batches, one transaction each, into an emptied database."""
    from neo4j import GraphDatabase

    clear(target)
    with GraphDatabase.driver(target.uri, auth=target.auth) as driver, driver.session() as session:
        return cost_of(lambda: [session.execute_write(_write_raw, batch) for batch in batches], target.pid)
