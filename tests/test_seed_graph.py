"""What the seeds must yield, as an analyst reads them: people once, the Vietnam–Laos province pairs the
articles state, one workshop reported twice, the five agreements; and the same graph in any order."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from graph.export import to_json
from graph.schema import EdgeType, NodeKind
from ingest.pipeline import ingest


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, shared_corpus: Path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("seeds"))
    report = ingest([str(shared_corpus / "seeds")], store)
    assert not report.failures
    return store


def names(store: EmbeddedStore, kind: NodeKind) -> list[str]:
    return [n.name for n in store.nodes([kind])]


def test_each_official_appears_once(seed_store: EmbeddedStore) -> None:
    people = names(seed_store, NodeKind.PERSON)
    assert len(people) == len(set(people))
    for official in (
        "Huỳnh Thành Đạt",
        "Boviengkham Vongdara",
        "Đặng Ngọc Tuấn",
        "Nguyễn Thị Hạnh",
        "Sôm-Chay Phả-Ni-Khăm",
        "Bùi Thế Duy",
        "Santisouk Simmalavong",
        "Hoàng Minh",
    ):
        assert official in people
    assert "Hồ Chí Minh" not in people  # named only in "Khu tưởng niệm Chủ tịch Hồ Chí Minh"


def test_exactly_the_four_vietnam_laos_province_pairs(seed_store: EmbeddedStore) -> None:
    provinces = {n.id: n for n in seed_store.nodes([NodeKind.PROVINCE])}
    pairs = set()
    for edge in seed_store.edges([EdgeType.PARTNERS_WITH]):
        a, b = provinces.get(edge.source), provinces.get(edge.target)
        if a and b and {a.country, b.country} == {"VN", "LA"}:
            pairs.add(frozenset({a.name, b.name}))
    assert pairs == {
        frozenset({"Quảng Trị", "Khăm Muồn"}),
        frozenset({"Quảng Ninh", "Hủa Phăn"}),
        frozenset({"Quảng Ninh", "Luông Pha-bang"}),
        frozenset({"Quảng Ninh", "Xay-nha-bu-ly"}),
    }


def test_vietnam_vietnam_partnership_stays_vietnamese(seed_store: EmbeddedStore) -> None:
    [edge] = [
        e
        for e in seed_store.edges([EdgeType.PARTNERS_WITH])
        if {e.source, e.target} == {"province:VN-hung-yen", "province:VN-hoa-binh"}
    ]
    assert edge.evidence


def test_the_workshop_reported_twice_is_one_event_with_both_articles(seed_store: EmbeddedStore) -> None:
    workshops = [n for n in seed_store.nodes([NodeKind.EVENT]) if n.props.get("date") == "2023-12-11"]
    assert len(workshops) == 1
    [workshop] = workshops
    cited = {ev.doc_id for e in seed_store.edges_of([workshop.id]) for ev in e.evidence if ev.doc_id != "doc:gazetteer"}
    assert len(cited) == 2


def test_the_five_agreements(seed_store: EmbeddedStore) -> None:
    agreements = list(seed_store.nodes([NodeKind.AGREEMENT]))
    assert len(agreements) == 5
    periods = {(a.props.get("period_start"), a.props.get("period_end")) for a in agreements}
    assert {("2026", "2028"), ("2022", "2026"), ("2024", "2026")} <= periods
    fourth = next(a for a in agreements if a.props.get("period_start") == "2026")
    assert fourth.props.get("ordinal") == "IV"
    for agreement in agreements:
        parties = seed_store.edges_of([agreement.id], [EdgeType.PARTY_TO])
        assert len(parties) >= 2, agreement.id


def test_any_order_of_ingest_gives_the_same_graph(tmp_path: Path, shared_corpus: Path) -> None:
    files = sorted(str(p) for folder in ("seeds", "dev") for p in (shared_corpus / folder).glob("*.txt"))
    forward, backward = EmbeddedStore(tmp_path / "forward"), EmbeddedStore(tmp_path / "backward")
    ingest(files, forward)
    ingest(list(reversed(files)), backward)
    assert to_json(forward) == to_json(backward)
