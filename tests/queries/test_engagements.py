"""An official's engagements, as a researcher reads them."""

from __future__ import annotations

import pytest

from graph.errors import NotFound
from graph.store import GraphStore
from queries.engagements import EventEngagement, PositionEngagement, SigningEngagement, engagements
from tests.queries.world import BOVIENGKHAM, DUY, MOST, MOU_2023_04, MTC, WORKSHOP


def test_the_workshop_reported_by_two_articles_is_listed_once_with_both_as_evidence(graph: GraphStore) -> None:
    answer = engagements(graph, "Huỳnh Thành Đạt")
    events = [item for item in answer.timeline if isinstance(item, EventEngagement)]
    [workshop] = events
    assert workshop.event.id == WORKSHOP and workshop.date == "2023-12-11"
    assert {q.doc_id for q in workshop.evidence} == {"doc:workshop-2023-a", "doc:workshop-2023-b"}
    assert workshop.roles == ["co_chair", "host"]
    assert [p.name for p in workshop.places] == ["Hà Nội"]
    counterparts = {c.node.id: c.roles for c in workshop.counterparts}
    assert counterparts == {
        BOVIENGKHAM.id: ["co_chair", "head_of_delegation"],
        DUY.id: ["attendee"],
        MOST.id: ["attendee"],
        MTC.id: ["attendee"],
    }


def test_the_timeline_runs_from_the_oldest(graph: GraphStore) -> None:
    timeline = engagements(graph, "huynh thanh dat").timeline
    assert [(item.kind, item.date) for item in timeline] == [
        ("agreement", "2023-04"),
        ("position", "2023-12-11"),
        ("event", "2023-12-11"),
    ]
    signing, position = timeline[0], timeline[1]
    assert isinstance(signing, SigningEngagement) and isinstance(position, PositionEngagement)
    assert signing.agreement.id == MOU_2023_04
    assert [s.id for s in signing.co_signers] == [BOVIENGKHAM.id]
    assert {p.id for p in signing.parties} == {MOST.id, MTC.id}
    assert "đã ký Bản ghi nhớ" in signing.evidence[0].quote
    assert (position.organization.id, position.title, position.first_reported) == (MOST.id, "Bộ trưởng", "2023-12-11")
    assert {q.doc_id for q in position.evidence} == {"doc:workshop-2023-a", "doc:workshop-2023-b"}


def test_co_participants_are_the_people_met_and_signed_with_most_often_first(graph: GraphStore) -> None:
    co = engagements(graph, "person:huynh-thanh-dat").co_participants
    assert [c.person.id for c in co] == [BOVIENGKHAM.id, DUY.id]
    assert (co[0].events, co[0].agreements) == ([WORKSHOP], [MOU_2023_04])


def test_a_misspelt_surname_finds_the_official(graph: GraphStore) -> None:
    answer = engagements(graph, "Vongdala")
    assert answer.person.id == BOVIENGKHAM.id
    [workshop] = [i for i in answer.timeline if isinstance(i, EventEngagement)]
    assert workshop.roles == ["co_chair", "head_of_delegation"]


def test_a_province_has_no_engagements(graph: GraphStore) -> None:
    with pytest.raises(NotFound):
        engagements(graph, "province:VN-quang-ninh")


def test_a_period_keeps_what_the_official_did_in_it(graph: GraphStore) -> None:
    december = engagements(graph, "Huỳnh Thành Đạt", "2023-12", "2023-12")
    assert [(item.kind, item.date) for item in december.timeline] == [
        ("position", "2023-12-11"),
        ("event", "2023-12-11"),
    ]
    assert {c.person.id for c in december.co_participants} == {BOVIENGKHAM.id, DUY.id}
    assert all(c.agreements == [] for c in december.co_participants)  # the April memorandum is out of the period
    assert engagements(graph, "Huỳnh Thành Đạt", "2024").timeline == []
