"""The matrix narrowed to a topic or a period, and one of its cells opened."""

from __future__ import annotations

from graph.store import GraphStore
from queries.pair import pair
from queries.partnerships import partnerships
from tests.queries.world import DIGITAL, KHAM_MUON, QB_AGREEMENT, QT_MOU, QT_VISIT, QUANG_TRI

LP_SESSION_ONLY = ["event:2023-07-working-session-quang-ninh-luong-pha-bang"]


def test_a_period_keeps_the_pairs_active_in_it_counted_and_dated_by_what_is_left(graph: GraphStore) -> None:
    matrix = partnerships(graph, "VN", "LA", since="2023", until="2024")
    [cell] = matrix.cells
    assert (cell.row, cell.column) == ("province:VN-quang-ninh", "province:LA-LP")
    assert (cell.count, cell.first_date, cell.last_date, cell.via) == (1, "2023-07", "2023-07", LP_SESSION_ONLY)
    assert (matrix.since, matrix.until) == ("2023", "2024")


def test_a_topic_keeps_the_agreements_and_meetings_on_it(graph: GraphStore) -> None:
    everything = partnerships(graph)
    assert [t.id for t in everything.topics] == [DIGITAL]
    on_topic = partnerships(graph, topic="chuyen doi so")
    assert on_topic.topic is not None and on_topic.topic.id == DIGITAL
    assert {c.column for c in on_topic.cells} == {"province:LA-HO", "province:LA-LP", "province:LA-XA"}
    luang = next(c for c in on_topic.cells if c.column == "province:LA-LP")
    assert luang.count == 2 and luang.last_date == "2023-07"


def test_a_cell_opens_on_the_agreements_and_meetings_behind_it(graph: GraphStore) -> None:
    cell = pair(graph, "Quảng Trị", "Khammouane")
    assert cell.cell is not None and cell.cell.count == 2
    assert [a.id for a in cell.agreements] == [QT_MOU] and [e.id for e in cell.events] == [QT_VISIT]
    assert all(item.evidence for item in (*cell.agreements, *cell.events))


def test_with_the_2025_provinces_a_cell_holds_what_the_absorbed_province_did(graph: GraphStore) -> None:
    cell = pair(graph, QUANG_TRI.id, KHAM_MUON.id, merged=True)
    assert cell.cell is not None and cell.cell.merged_from == ["province:VN-quang-binh"]
    assert [a.id for a in cell.agreements] == [QT_MOU, QB_AGREEMENT]  # newest first


def test_two_provinces_that_do_not_partner_open_on_nothing(graph: GraphStore) -> None:
    empty = pair(graph, "Quảng Trị", "Hủa Phăn")
    assert empty.cell is None and empty.agreements == [] and empty.events == []
