"""Partners of a province or a body, as an analyst asks for them."""

from __future__ import annotations

import pytest

from graph.errors import NotFound
from graph.schema import EdgeType, Node, NodeKind
from graph.store import GraphStore
from queries.partners import partners_of
from tests.queries.world import (
    HOUAPHANH,
    KHAM_MUON,
    LUANG_PRABANG,
    MOU_2023_04,
    MTC,
    NGHE_AN,
    QB_AGREEMENT,
    QN_LP_SESSION,
    QN_MEETING,
    QN_MOU,
    QT_MOU,
    QT_VISIT,
    QUANG_BINH,
    QUANG_TRI,
    SO_KHAM_MUON,
    SO_QUANG_TRI,
    WORKSHOP,
    XAYABURY,
    Article,
    org,
)


def test_partners_of_quang_ninh_in_laos_are_the_three_northern_provinces_with_the_2022_2026_mou(
    graph: GraphStore,
) -> None:
    answer = partners_of(graph, "Quang Ninh", "LA")
    assert answer.subject.id == "province:VN-quang-ninh"
    assert {p.partner.id for p in answer.partners} == {HOUAPHANH.id, LUANG_PRABANG.id, XAYABURY.id}
    for partner in answer.partners:
        [mou] = [a for a in partner.agreements if a.id == QN_MOU]
        assert (mou.date, mou.period_start, mou.period_end) == ("2022-05-31", "2022", "2026")
        assert mou.title == "Bản ghi nhớ hợp tác giai đoạn 2022 - 2026"
        assert mou.agreement_type == "mou"
        assert mou.evidence and {q.doc_id for q in mou.evidence} == {"doc:quang-ninh-bac-lao-2022"}
        assert "Bản ghi nhớ hợp tác giai đoạn 2022 - 2026" in mou.evidence[0].quote
        assert partner.topics == ["chuyển đổi số"]
        assert partner.evidence


def test_partners_come_newest_first(graph: GraphStore) -> None:
    answer = partners_of(graph, "province:VN-quang-ninh", "LA")
    # Luông Pha-bang's 2023 working session makes it the most recent partner; the others tie and go by name.
    assert [p.partner.id for p in answer.partners] == [LUANG_PRABANG.id, HOUAPHANH.id, XAYABURY.id]
    luang = answer.partners[0]
    assert (luang.first_date, luang.last_date) == ("2022-05-31", "2023-07")
    assert [e.id for e in luang.events] == [QN_LP_SESSION, QN_MEETING]


def test_a_meeting_between_two_provinces_bodies_counts_for_the_provinces(graph: GraphStore) -> None:
    luang = partners_of(graph, "Quảng Ninh", "LA").partners[0]
    [session] = [e for e in luang.events if e.id == QN_LP_SESSION]
    assert {p.id for p in session.participants} == {"org:so-khcn-quang-ninh", "org:so-cntt-luong-pha-bang"}
    assert session.event_type == "working_session"
    assert [q.doc_id for q in session.evidence] == ["doc:quang-ninh-luong-pha-bang-2023"]


def test_quang_tri_partners_kham_muon_through_its_department(graph: GraphStore) -> None:
    [partner] = partners_of(graph, "quang tri").partners
    assert partner.partner.id == KHAM_MUON.id
    assert [a.id for a in partner.agreements] == [QT_MOU]
    assert partner.agreements[0].ordinal == "IV"
    assert [e.id for e in partner.events] == [QT_VISIT]
    visit = partner.events[0]
    assert (visit.date, visit.end_date, visit.event_type) == ("2026-06-24", "2026-06-26", "visit")
    assert [p.id for p in visit.places] == [KHAM_MUON.id]
    assert (partner.first_date, partner.last_date) == ("2026-06", "2026-06-26")


def test_the_country_filter_keeps_only_partners_in_that_country(graph: GraphStore) -> None:
    in_vietnam = partners_of(graph, "Khammouane", "vn")
    assert in_vietnam.country == "VN"
    assert [p.partner.id for p in in_vietnam.partners] == [QUANG_TRI.id, QUANG_BINH.id]
    assert [a.id for a in in_vietnam.partners[1].agreements] == [QB_AGREEMENT]
    assert partners_of(graph, "Khammouane", "LA").partners == []


def test_a_ministry_has_partners_too(graph: GraphStore) -> None:
    [partner] = partners_of(graph, "Bộ KH&CN").partners
    assert partner.partner.id == MTC.id
    assert [a.id for a in partner.agreements] == [MOU_2023_04]
    assert [e.id for e in partner.events] == [WORKSHOP]
    assert (partner.first_date, partner.last_date) == ("2023-04", "2023-12-11")
    # One meeting reported by two articles: both are evidence.
    assert {q.doc_id for q in partner.events[0].evidence} == {"doc:workshop-2023-a", "doc:workshop-2023-b"}


def test_a_person_has_no_partners(graph: GraphStore) -> None:
    with pytest.raises(NotFound, match="is a Person"):
        partners_of(graph, "person:huynh-thanh-dat")


def _yearly_reviews(store: GraphStore, years: range) -> list[str]:
    """Quảng Trị's and Khăm Muồn's departments review their cooperation once a year, each review reported by an
    article of its own; and Khăm Muồn's department once meets Nghệ An's alone. Returns the reviews' ids."""
    so_nghe_an = org("org:so-khcn-nghe-an", "Sở Khoa học và Công nghệ tỉnh Nghệ An", "VN")
    reviews: list[str] = []
    for year in years:
        review = f"event:{year}-12-20-review-quang-tri-kham-muon"
        a = Article(
            f"doc:so-quang-tri-so-kham-muon-{year}",
            f"Hai Sở tổng kết hợp tác năm {year}",
            [f"Ngày 20/12/{year}, Sở KH&CN Quảng Trị và Sở CN&TT Khăm Muồn cùng nhìn lại một năm làm việc chung."],
            published=f"{year}-12-21",
        )
        for node in (QUANG_TRI, KHAM_MUON, SO_QUANG_TRI, SO_KHAM_MUON):
            a.node(node, 0)
        a.node(Node(id=review, kind=NodeKind.EVENT, name=f"Tổng kết hợp tác {year}", props={"date": f"{year}-12-20"}))
        a.edge(SO_QUANG_TRI.id, QUANG_TRI.id, EdgeType.BASED_IN, 0)
        a.edge(SO_KHAM_MUON.id, KHAM_MUON.id, EdgeType.BASED_IN, 0)
        a.edge(SO_QUANG_TRI.id, review, EdgeType.PARTICIPATED_IN, 0, role="host")
        a.edge(SO_KHAM_MUON.id, review, EdgeType.PARTICIPATED_IN, 0, role="guest")
        store.apply([a.delta()])
        reviews.append(review)
    other = Article(
        "doc:so-nghe-an-so-kham-muon-2024",
        "Sở KH&CN Nghệ An đón Sở CN&TT Khăm Muồn",
        ["Ngày 3/5/2024, Sở KH&CN Nghệ An đón đoàn Sở CN&TT Khăm Muồn đến trao đổi về phần mềm."],
        published="2024-05-04",
    )
    for node in (NGHE_AN, KHAM_MUON, so_nghe_an, SO_KHAM_MUON):
        other.node(node, 0)
    meeting = "event:2024-05-03-reception-nghe-an-kham-muon"
    other.node(Node(id=meeting, kind=NodeKind.EVENT, name="Sở KH&CN Nghệ An đón đoàn", props={"date": "2024-05-03"}))
    other.edge(so_nghe_an.id, NGHE_AN.id, EdgeType.BASED_IN, 0)
    other.edge(so_nghe_an.id, meeting, EdgeType.PARTICIPATED_IN, 0, role="host")
    other.edge(SO_KHAM_MUON.id, meeting, EdgeType.PARTICIPATED_IN, 0, role="guest")
    store.apply([other.delta()])
    return reviews


def test_a_busy_partnership_lists_its_newest_meetings_and_counts_them_all(graph: GraphStore) -> None:
    reviews = _yearly_reviews(graph, range(2018, 2026))  # eight yearly reviews, then the 2026 visit
    [partner] = partners_of(graph, "Quảng Trị").partners
    assert partner.partner.id == KHAM_MUON.id
    # The newest three by default; the totals count all nine meetings and the memorandum; the span covers them.
    assert [e.id for e in partner.events] == [QT_VISIT, reviews[-1], reviews[-2]]
    assert (partner.events_total, partner.agreements_total) == (9, 1)
    assert (partner.first_date, partner.last_date) == ("2018-12-20", "2026-06-26")
    # Nghệ An's reception of Khăm Muồn's department is not Quảng Trị's.
    assert "event:2024-05-03-reception-nghe-an-kham-muon" not in {e.id for e in partner.events}


def test_the_rest_of_a_partnership_comes_page_by_page(graph: GraphStore) -> None:
    reviews = _yearly_reviews(graph, range(2018, 2026))
    pages = [partners_of(graph, "Quảng Trị", "LA", 4, offset=offset) for offset in (0, 4, 8, 12)]
    assert [p.offset for p in pages] == [0, 4, 8, 12]
    listed = [e.id for page in pages for e in page.partners[0].events]
    assert listed == [QT_VISIT, *reversed(reviews)]  # every meeting once, newest first
    assert [len(page.partners[0].agreements) for page in pages] == [1, 0, 0, 0]
    assert {page.partners[0].events_total for page in pages} == {9}


def test_one_partnership_alone(graph: GraphStore) -> None:
    _yearly_reviews(graph, range(2018, 2026))
    whole = partners_of(graph, "Khammouane", items=20)
    alone = partners_of(graph, "Khammouane", items=20, partner="Quang Tri")
    assert alone.partner is not None and alone.partner.id == QUANG_TRI.id
    assert alone.partners == [p for p in whole.partners if p.partner.id == QUANG_TRI.id]
    assert {p.partner.id for p in whole.partners} == {QUANG_TRI.id, QUANG_BINH.id}
    assert partners_of(graph, "Khammouane", partner="Quảng Ninh").partners == []


def test_the_totals_alone_when_no_items_are_asked_for(graph: GraphStore) -> None:
    _yearly_reviews(graph, range(2018, 2026))
    [partner] = partners_of(graph, "Quảng Trị", items=0).partners
    assert (partner.agreements, partner.events) == ([], [])
    assert (partner.agreements_total, partner.events_total) == (1, 9)
    assert (partner.first_date, partner.last_date) == ("2018-12-20", "2026-06-26")
    assert partner.evidence and partner.evidence_total >= len(partner.evidence)
