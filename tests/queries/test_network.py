"""Walking the network: paths, the page's subgraph, rankings and the store's counts."""

from __future__ import annotations

from graph.schema import NodeKind
from graph.store import GraphStore
from queries.path import path
from queries.rankings import rankings
from queries.stats import stats
from queries.subgraph import subgraph
from tests.queries.world import HOUAPHANH, LUANG_PRABANG, QN_LP_SESSION, QN_MEETING, QN_MOU, QUANG_NINH, XAYABURY


def test_the_path_from_an_official_to_a_lao_province_goes_through_his_visit(graph: GraphStore) -> None:
    answer = path(graph, "Đặng Ngọc Tuấn", "Khammouane")
    assert answer.found and answer.length == 2
    assert [s.node.id for s in answer.steps] == ["person:dang-ngoc-tuan", "event:2026-06-24-visit-quang-tri-kham-muon"]
    assert answer.steps[-1].next.id == "province:LA-KH"
    assert all(a.next.id == b.node.id for a, b in zip(answer.steps, answer.steps[1:], strict=False))
    assert all(s.evidence for s in answer.steps)
    assert [s.direction for s in answer.steps] == ["out", "out"]


def test_a_path_walks_edges_against_their_direction_too(graph: GraphStore) -> None:
    answer = path(graph, "Khăm Muồn", "Đặng Ngọc Tuấn")
    assert answer.length == 2 and [s.direction for s in answer.steps] == ["in", "in"]


def test_being_in_the_same_country_is_no_path(graph: GraphStore) -> None:
    answer = path(graph, "Hưng Yên", "Huỳnh Thành Đạt")
    assert not answer.found and answer.steps == []
    assert path(graph, "Hà Nội", "Hà Nội").length == 0


def test_the_page_around_quang_ninh_shows_its_partners_and_what_ties_them(graph: GraphStore) -> None:
    view = subgraph(graph, "Quảng Ninh", depth=1)
    assert view.focus is not None and view.focus.id == QUANG_NINH.id
    ids = {n.id for n in view.nodes}
    assert {HOUAPHANH.id, LUANG_PRABANG.id, XAYABURY.id, QN_MEETING, QN_MOU, "org:so-khcn-quang-ninh"} <= ids
    assert "country:VN" not in ids and not any(n.kind is NodeKind.DOCUMENT for n in view.nodes)
    assert {n.depth for n in view.nodes} == {0, 1} and not view.truncated
    assert all(e.source in ids and e.target in ids and e.evidence for e in view.edges)
    assert subgraph(graph, "Quảng Ninh", depth=0).nodes[0].id == QUANG_NINH.id


def test_the_page_filters_by_kind_and_period_and_flags_the_cap(graph: GraphStore) -> None:
    provinces = subgraph(graph, "Quảng Ninh", depth=1, kinds=[NodeKind.PROVINCE])
    assert {n.id for n in provinces.nodes} == {QUANG_NINH.id, HOUAPHANH.id, LUANG_PRABANG.id, XAYABURY.id}
    since_2023 = subgraph(graph, "Quảng Ninh", depth=2, since="2023", until="2023-12")
    dated = {n.id for n in since_2023.nodes if n.kind in (NodeKind.EVENT, NodeKind.AGREEMENT)}
    assert dated == {QN_LP_SESSION}
    capped = subgraph(graph, "Quảng Ninh", depth=2, limit=3)
    assert capped.truncated and len(capped.nodes) == 3 and capped.nodes[0].id == QUANG_NINH.id
    whole = subgraph(graph, limit=5)
    assert whole.focus is None and whole.truncated and len(whole.nodes) == 5


def test_rankings_put_the_best_connected_first(graph: GraphStore) -> None:
    answer = rankings(graph, limit=3)
    by_kind = {r.kind: r for r in answer.kinds}
    assert set(by_kind) == {NodeKind.PERSON, NodeKind.ORGANIZATION, NodeKind.PROVINCE}
    assert by_kind[NodeKind.PROVINCE].by_degree[0].node.id == QUANG_NINH.id
    assert by_kind[NodeKind.PERSON].by_degree[0].node.name in {"Huỳnh Thành Đạt", "Boviengkham Vongdara"}
    for kind in answer.kinds:
        assert len(kind.by_degree) <= 3
        assert all(0.0 <= r.betweenness <= 1.0 for r in kind.by_betweenness)
        degrees = [r.degree for r in kind.by_degree]
        assert degrees == sorted(degrees, reverse=True)
    assert not answer.sampled


def test_stats_count_by_kind_and_by_year(graph: GraphStore) -> None:
    answer = stats(graph)
    assert answer.nodes["Document"] == 7 and answer.total_nodes == sum(answer.nodes.values())
    years = {y.year: y for y in answer.by_year}
    assert (years["2022"].events, years["2022"].agreements, years["2022"].documents) == (1, 1, 1)
    assert (years["2023"].events, years["2023"].agreements, years["2023"].documents) == (2, 2, 3)
    assert answer.undated == {"Event": 0, "Agreement": 0, "Document": 0}
