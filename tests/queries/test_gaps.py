"""Coverage gaps: where Vietnam–Laos cooperation has no partner in the graph, or has gone quiet."""

from __future__ import annotations

from graph.store import GraphStore
from queries.gaps import gaps
from tests.queries.world import NGHE_AN, QUANG_BINH, VIENTIANE, VIENTIANE_PROVINCE

QUANG_NINH_HOUAPHANH = ("province:VN-quang-ninh", "province:LA-HO")
QUANG_NINH_XAYABURY = ("province:VN-quang-ninh", "province:LA-XA")


def test_a_border_province_no_article_names_is_a_gap_and_one_with_a_lao_partner_is_not(graph: GraphStore) -> None:
    found = gaps(graph, "2023")
    assert [(g.province.id, g.in_graph) for g in found.border_without_partner] == [(NGHE_AN.id, False)]
    lao = [g.province.id for g in found.lao_without_partner]
    assert set(lao) == {VIENTIANE.id, VIENTIANE_PROVINCE.id}  # of the world's Lao provinces, only these lack one
    assert all(g.in_graph for g in found.lao_without_partner)


def test_partnerships_with_nothing_since_the_year_have_gone_quiet(graph: GraphStore) -> None:
    found = gaps(graph, "2023")
    quiet = {(q.row.id, q.column.id): q.last_date for q in found.gone_quiet}
    assert quiet == {
        (QUANG_BINH.id, "province:LA-KH"): "2019",
        QUANG_NINH_HOUAPHANH: "2022-05-31",
        QUANG_NINH_XAYABURY: "2022-05-31",
    }  # Quảng Ninh × Luông Pha-bang met again in 2023-07: not quiet
    assert found.quiet_since == "2023"
    assert gaps(graph).quiet_since == "2024"  # by default two years before the newest activity (2026)


def test_the_2025_provinces_fold_a_merged_partnership_into_its_successor(graph: GraphStore) -> None:
    found = gaps(graph, "2023", merged=True)
    assert [g.province.id for g in found.border_without_partner] == [NGHE_AN.id]
    assert {(q.row.id, q.column.id) for q in found.gone_quiet} == {QUANG_NINH_HOUAPHANH, QUANG_NINH_XAYABURY}
