"""The partnership matrix: which Vietnamese provinces partner which Lao provinces, how often, since when."""

from __future__ import annotations

import csv
import io

from graph.store import GraphStore
from queries.partnerships import matrix_csv, partnerships
from tests.queries.world import HOA_BINH, HUNG_YEN, PHU_THO

VN_LA_PAIRS = {
    ("province:VN-quang-binh", "province:LA-KH"),
    ("province:VN-quang-ninh", "province:LA-HO"),
    ("province:VN-quang-ninh", "province:LA-LP"),
    ("province:VN-quang-ninh", "province:LA-XA"),
    ("province:VN-quang-tri", "province:LA-KH"),
}


def test_the_vietnam_laos_matrix_lists_exactly_the_vietnam_laos_pairs(graph: GraphStore) -> None:
    matrix = partnerships(graph, "VN", "LA")
    assert {(c.row, c.column) for c in matrix.cells} == VN_LA_PAIRS
    assert [r.name for r in matrix.rows] == ["Quảng Bình", "Quảng Ninh", "Quảng Trị"]
    assert [c.name for c in matrix.columns] == ["Hủa Phăn", "Khăm Muồn", "Luông Pha-bang", "Xay-nha-bu-ly"]
    luang = next(c for c in matrix.cells if c.column == "province:LA-LP")
    assert (luang.count, luang.first_date, luang.last_date) == (3, "2022-05-31", "2023-07")
    assert {q.doc_id for q in luang.evidence} == {"doc:quang-ninh-bac-lao-2022", "doc:quang-ninh-luong-pha-bang-2023"}


def test_asking_laos_by_vietnam_turns_the_matrix(graph: GraphStore) -> None:
    matrix = partnerships(graph, "la", "vn")
    assert {(c.column, c.row) for c in matrix.cells} == VN_LA_PAIRS
    assert all(r.country == "LA" for r in matrix.rows)


def test_merged_shows_a_province_absorbed_in_2025_under_its_successor(graph: GraphStore) -> None:
    matrix = partnerships(graph, "VN", "LA", merged=True)
    assert "province:VN-quang-binh" not in {r.id for r in matrix.rows}
    [kham_muon] = [c for c in matrix.cells if c.column == "province:LA-KH"]
    assert kham_muon.row == "province:VN-quang-tri"
    assert kham_muon.merged_from == ["province:VN-quang-binh"]
    assert (kham_muon.count, kham_muon.first_date, kham_muon.last_date) == (3, "2019", "2026-06-26")


def test_vietnamese_pairs_only_when_asked_for(graph: GraphStore) -> None:
    [cell] = partnerships(graph, "VN", "VN").cells
    assert {cell.row, cell.column} == {HUNG_YEN.id, HOA_BINH.id}
    [merged] = partnerships(graph, "VN", "VN", merged=True).cells
    assert {merged.row, merged.column} == {HUNG_YEN.id, PHU_THO.id}


def test_the_matrix_as_csv_has_one_line_per_pair(graph: GraphStore) -> None:
    rows = list(csv.DictReader(io.StringIO(matrix_csv(partnerships(graph)))))
    assert {(r["row_id"], r["column_id"]) for r in rows} == VN_LA_PAIRS
    quang_tri = next(r for r in rows if r["row_id"] == "province:VN-quang-tri")
    assert quang_tri["row_name"] == "Quảng Trị" and quang_tri["column_name"] == "Khăm Muồn"
    assert (quang_tri["count"], quang_tri["first_date"], quang_tri["last_date"]) == ("2", "2026-06", "2026-06-26")


def test_merged_matrix_folds_under_a_successor_no_article_named(tmp_path) -> None:
    """Quảng Bình was absorbed by Quảng Trị in 2025: its ties count under Quảng Trị even when no article
    names Quảng Trị (the successor comes from the reference data, not from the article)."""
    from graph.embedded import EmbeddedStore
    from ingest.models import ContentType, RawDocument
    from ingest.pipeline import document_delta, hold_reference

    store = EmbeddedStore(tmp_path / "store")
    try:
        hold_reference(store)
        text = (
            "# Quảng Bình và Khăm Muồn\n\nNgày 8/2/2024, tại Đồng Hới, UBND tỉnh Quảng Bình và UBND tỉnh Khăm Muồn "
            "đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.\n"
        )
        _, delta = document_delta(RawDocument(origin="qb.md", content=text, content_type=ContentType.MARKDOWN))
        store.apply([delta])
        assert "province:VN-quang-tri" not in {n.id for n in store.nodes()}
        [cell] = partnerships(store, "VN", "LA", merged=True).cells
        assert (cell.row, cell.column, cell.merged_from) == (
            "province:VN-quang-tri",
            "province:LA-KH",
            ["province:VN-quang-binh"],
        )
    finally:
        store.close()
