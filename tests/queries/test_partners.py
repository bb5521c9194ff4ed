"""Partners of a province or a body, as an analyst asks for them."""

from __future__ import annotations

import pytest

from graph.errors import NotFound
from graph.store import GraphStore
from queries.partners import partners_of
from tests.queries.world import (
    HOUAPHANH,
    KHAM_MUON,
    LUANG_PRABANG,
    MOU_2023_04,
    MTC,
    QB_AGREEMENT,
    QN_LP_SESSION,
    QN_MEETING,
    QN_MOU,
    QT_MOU,
    QT_VISIT,
    QUANG_BINH,
    QUANG_TRI,
    WORKSHOP,
    XAYABURY,
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
