"""An answer shows the first few quotes of each item and how many there are; the rest are paged on request.

A partnership reported by seven articles: partners and the matrix show its first three sentences in document
order with a total of the world's own lines and seven more, and /api/evidence's question pages through them
all, on both stores.
"""

from __future__ import annotations

from graph.schema import EdgeType
from graph.store import GraphStore
from queries.evidence import evidence
from queries.partners import partners_of
from queries.partnerships import partnerships
from queries.records import QUOTES_SHOWN
from tests.queries.world import LUANG_PRABANG, QN_LP_SESSION, QUANG_NINH, Article

PAIR = f"{LUANG_PRABANG.id}|{EdgeType.PARTNERS_WITH.value}|{QUANG_NINH.id}"  # the smaller id is the source


def _reported_seven_more_times(graph: GraphStore) -> int:
    """Adds seven articles citing the pair; returns how many lines its evidence then has."""
    held = evidence(graph, [PAIR]).total
    deltas = []
    for i in range(7):
        article = Article(f"doc:paging-{i}", f"Bài {i}", [f"Quảng Ninh và Luông Pha-bang hợp tác, bài thứ {i}."])
        article.node(QUANG_NINH)
        article.node(LUANG_PRABANG)
        article.partners(QUANG_NINH.id, LUANG_PRABANG.id, 0, first="2023-07", last="2023-07", via=[QN_LP_SESSION])
        deltas.append(article.delta())
    graph.apply(deltas)
    return held + 7


def test_partners_show_the_first_quotes_and_count_them_all(graph: GraphStore) -> None:
    total = _reported_seven_more_times(graph)
    answer = partners_of(graph, "Quảng Ninh", "LA")
    [partner] = [p for p in answer.partners if p.partner.id == LUANG_PRABANG.id]
    assert len(partner.evidence) == QUOTES_SHOWN
    assert partner.evidence_total == total
    assert partner.evidence_edges == [PAIR]
    assert [q.doc_id for q in partner.evidence] == sorted(q.doc_id for q in partner.evidence)


def test_the_matrix_cell_counts_every_line_and_shows_a_few(graph: GraphStore) -> None:
    total = _reported_seven_more_times(graph)
    cells = partnerships(graph, "VN", "LA").cells
    [cell] = [c for c in cells if (c.row, c.column) == (QUANG_NINH.id, LUANG_PRABANG.id)]
    assert len(cell.evidence) == QUOTES_SHOWN and cell.evidence_total == total


def test_the_evidence_question_pages_through_every_line_in_document_order(graph: GraphStore) -> None:
    total = _reported_seven_more_times(graph)
    whole = evidence(graph, [PAIR])
    assert whole.total == total and len(whole.evidence) == total
    assert [(q.doc_id, q.start) for q in whole.evidence] == sorted((q.doc_id, q.start) for q in whole.evidence)
    pages = [evidence(graph, [PAIR], offset, 3).evidence for offset in range(0, total, 3)]
    assert [q for page in pages for q in page] == whole.evidence
    shown = partners_of(graph, "Quảng Ninh", "LA").partners
    first = next(p for p in shown if p.partner.id == LUANG_PRABANG.id).evidence
    assert [q.quote for q in first] == [q.quote for q in whole.evidence[:QUOTES_SHOWN]]
