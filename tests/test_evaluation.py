"""The extraction scorer itself: tiny hand-built gold records against hand-built graphs, so the matching
rules of ingest.evaluation are pinned independently of what the extractor currently finds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.table import Table

from graph.embedded import EmbeddedStore
from graph.schema import Edge, EdgeType, Evidence, GraphDelta, Node, NodeKind, kind_of_id
from ingest.evaluation import (
    CATEGORIES,
    EvalReport,
    date_relation,
    evaluate,
    name_key,
    parse_day_months,
    score,
)

DOC = "doc:test-article"


# -- builders -------------------------------------------------------------------------------------


def node(node_id: str, name: str, *aliases: str, country: str | None = None, **props: Any) -> Node:
    return Node(id=node_id, kind=kind_of_id(node_id), name=name, aliases=list(aliases), country=country, props=props)


def edge(source: str, target: str, edge_type: EdgeType, **props: Any) -> Edge:
    quote = "Một câu trong bài."
    return Edge(
        source=source,
        target=target,
        type=edge_type,
        props=props,
        evidence=[Evidence(doc_id=DOC, quote=quote, start=0, end=len(quote))],
    )


def gold(doc: str = "t01", **records: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "doc": doc,
        "date_hint": None,
        "persons": [],
        "organizations": [],
        "provinces": [],
        "events": [],
        "agreements": [],
        "partnerships": [],
    }
    base.update(records)
    return base


def person(name: str, *variants: str, country: str = "LA") -> dict[str, Any]:
    return {"name": name, "variants": list(variants), "country": country, "titles": [], "orgs": []}


def org(name: str, *variants: str, country: str | None = "VN") -> dict[str, Any]:
    return {"name": name, "variants": list(variants), "country": country}


def province(name: str, country: str) -> dict[str, Any]:
    return {"name": name, "country": country}


def event(kind: str, date: str | None, *participants: str, note: str | None = None) -> dict[str, Any]:
    return {"type": kind, "date": date, "end_date": None, "date_note": note, "participants": list(participants)}


def agreement(
    kind: str, date: str | None, period: str | None, parties: list[str], signers: list[str] | None = None
) -> dict[str, Any]:
    return {"type": kind, "date": date, "period": period, "parties": parties, "signers": signers or []}


QUANG_TRI = node("province:VN-quang-tri", "Quảng Trị", "Quang Tri", country="VN")
KHAM_MUON = node("province:LA-KH", "Khăm Muồn", "Khammouane", "Khăm Muộn", country="LA")
HOA_BINH = node("province:VN-hoa-binh", "Hòa Bình", country="VN")
PHU_THO = node("province:VN-phu-tho", "Phú Thọ", country="VN")
VIETNAM = node("country:VN", "Việt Nam", country="VN")
LAOS = node("country:LA", "Lào", country="LA")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    graph = EmbeddedStore(tmp_path / "store")
    try:
        yield graph
    finally:
        graph.close()


def graph(store: EmbeddedStore, nodes: list[Node], edges: list[Edge]) -> EmbeddedStore:
    document = Node(id=DOC, kind=NodeKind.DOCUMENT, name="Bài thử")
    store.apply([GraphDelta(doc_id=DOC, nodes=[document, *nodes], edges=edges)])
    return store


def counts(report: EvalReport, category: str) -> tuple[int, int, int]:
    c = report[category]
    return c.tp, c.fp, c.fn


# -- names and dates ------------------------------------------------------------------------------


def test_name_keys_ignore_case_diacritics_and_dash_styles() -> None:
    assert name_key("Hội hữu nghị Lào - Việt Nam") == name_key("HỘI HỮU NGHỊ LÀO – VIỆT NAM")
    assert name_key("Bộ KH & CN") == name_key("Bộ KH&CN") == "bo kh&cn"
    assert name_key("Đặng Ngọc Tuấn") == "dang ngoc tuan"


def test_date_relations_and_day_month_notes() -> None:
    assert date_relation("2023-12-11", "2023-12-11") == "exact"
    assert date_relation("2023-04", "2023-04-10") == "prefix"
    assert date_relation("2023-04-10", "2023") == "prefix"
    assert date_relation("2023-04", "2023-05-10") is None
    assert date_relation(None, "2023-05-10") is None
    assert parse_day_months("chiều 1/10") == {(1, 10, None)}
    assert parse_day_months("10-11/4/2023 (during the state visit)") == {(10, 4, 2023), (11, 4, 2023)}
    assert parse_day_months("Tết visit; no day/month given (project built in 2021)") == set()
    assert parse_day_months("2022-2024") == set()


# -- persons --------------------------------------------------------------------------------------


def test_a_typo_of_a_lao_name_still_matches(store: EmbeddedStore) -> None:
    graph(store, [node("person:boviengkham-vongdala", "Boviengkham Vôngdala", country="LA")], [])
    report = score([gold(persons=[person("Boviengkham Vongdara")])], store)
    assert counts(report, "persons") == (1, 0, 0)


def test_close_but_different_vietnamese_names_stay_apart(store: EmbeddedStore) -> None:
    graph(store, [node("person:dang-ngoc-hau", "Đặng Ngọc Hậu", country="VN")], [])
    report = score([gold(persons=[person("Đặng Ngọc Tuấn", country="VN")])], store)
    assert counts(report, "persons") == (0, 1, 1)
    assert report["persons"].unmatched_gold == ["Đặng Ngọc Tuấn [t01]"]
    assert report["persons"].unmatched_predicted == ["Đặng Ngọc Hậu [person:dang-ngoc-hau]"]


def test_a_person_matches_through_a_variant_or_an_alias(store: EmbeddedStore) -> None:
    graph(store, [node("person:sc", "Somchay Phanikham", "Sôm-Chay Phả-Ni-Khăm", country="LA")], [])
    report = score([gold(persons=[person("SÔM-CHAY PHẢ-NI-KHĂM")])], store)
    assert counts(report, "persons") == (1, 0, 0)


def test_matching_is_one_to_one(store: EmbeddedStore) -> None:
    """Two gold people of one document both fuzzily fit one node: the node counts once, for the closer one."""
    graph(store, [node("person:santisouk", "Santisouk Simmalavong", country="LA")], [])
    report = score([gold(persons=[person("Sontisouk Simmalavong"), person("Santisouk Simmalavong")])], store)
    assert counts(report, "persons") == (1, 0, 1)
    assert report["persons"].matched == [("Santisouk Simmalavong [t01]", "Santisouk Simmalavong [person:santisouk]")]


def test_the_same_person_in_two_documents_is_one_gold_record(store: EmbeddedStore) -> None:
    graph(store, [node("person:santisouk", "Santisouk Simmalavong", country="LA")], [])
    report = score(
        [gold("a", persons=[person("Santisouk Simmalavong")]), gold("b", persons=[person("Sontisouk Simmalavong")])],
        store,
    )
    assert counts(report, "persons") == (1, 0, 0)


# -- organizations --------------------------------------------------------------------------------


def test_an_organization_matches_without_its_country_word_only_when_countries_agree(store: EmbeddedStore) -> None:
    graph(
        store,
        [
            node("org:la-mtc", "Bộ Công nghệ và Truyền thông", country="LA"),
            node("org:vn-most", "Bộ Khoa học và Công nghệ", country="LA"),
        ],
        [],
    )
    report = score(
        [
            gold(
                organizations=[
                    org("Bộ Công nghệ và Truyền thông Lào", country="LA"),
                    org("Bộ Khoa học và Công nghệ Việt Nam", country="VN"),
                ]
            )
        ],
        store,
    )
    assert counts(report, "organizations") == (1, 1, 1)
    assert report["organizations"].unmatched_predicted == ["Bộ Khoa học và Công nghệ [org:vn-most]"]


def test_an_abbreviation_in_variants_matches_an_alias(store: EmbeddedStore) -> None:
    graph(store, [node("org:vn-most", "Bộ KH&CN", "MOST", country="VN")], [])
    report = score([gold(organizations=[org("Bộ Khoa học và Công nghệ", "Bộ KH&CN")])], store)
    assert counts(report, "organizations") == (1, 0, 0)


# -- provinces ------------------------------------------------------------------------------------


def test_only_acting_provinces_are_predicted(store: EmbeddedStore) -> None:
    """Khăm Muồn hosts an event; Quảng Trị is only mentioned; Hòa Bình only sits in its country;
    Phú Thọ is only Hòa Bình's 2025 successor: only Khăm Muồn is a predicted province."""
    meeting = node("event:2026-06-24-visit", "Chuyến thăm", event_type="visit", date="2026-06-24")
    graph(
        store,
        [QUANG_TRI, KHAM_MUON, HOA_BINH, PHU_THO, VIETNAM, LAOS, meeting],
        [
            edge(meeting.id, KHAM_MUON.id, EdgeType.HELD_IN),
            edge(QUANG_TRI.id, DOC, EdgeType.MENTIONED_IN),
            edge(HOA_BINH.id, VIETNAM.id, EdgeType.IN_COUNTRY),
            edge(HOA_BINH.id, PHU_THO.id, EdgeType.MERGED_INTO),
            edge(KHAM_MUON.id, LAOS.id, EdgeType.IN_COUNTRY),
        ],
    )
    report = score([gold(provinces=[province("Khăm Muộn", "LA"), province("Quảng Trị", "VN")])], store)
    assert counts(report, "provinces") == (1, 0, 1)
    assert report["provinces"].unmatched_gold == ["Quảng Trị [t01]"]


def test_a_gold_province_the_graph_lacks_is_still_counted(store: EmbeddedStore) -> None:
    graph(store, [KHAM_MUON, QUANG_TRI], [edge(KHAM_MUON.id, QUANG_TRI.id, EdgeType.PARTNERS_WITH)])
    report = score([gold(provinces=[province("Khăm Muồn", "LA"), province("Nowhere Land", "LA")])], store)
    assert report["provinces"].gold == 2
    assert counts(report, "provinces") == (1, 1, 1)


# -- events ---------------------------------------------------------------------------------------


def test_an_event_with_a_null_gold_date_matches_on_the_date_note(store: EmbeddedStore) -> None:
    right = node("event:2022-07-20", "Buổi làm việc", event_type="working_session", date="2022-07-20")
    wrong = node("event:2022-07-21", "Buổi làm việc khác", event_type="working_session", date="2022-07-21")
    graph(store, [right, wrong], [])
    report = score([gold(events=[event("working_session", None, note="sáng 20/7")])], store)
    assert counts(report, "events") == (1, 1, 0)
    assert report["events"].unmatched_predicted == ["working_session 2022-07-21 [event:2022-07-21]"]


def test_an_event_at_coarser_gold_precision_matches(store: EmbeddedStore) -> None:
    graph(store, [node("event:v", "Chuyến thăm", event_type="visit", date="2023-04-10")], [])
    report = score([gold(events=[event("visit", "2023-04")])], store)
    assert counts(report, "events") == (1, 0, 0)


def test_a_different_type_matches_only_with_a_common_participant(store: EmbeddedStore) -> None:
    dat = node("person:huynh-thanh-dat", "Huỳnh Thành Đạt", country="VN")
    session = node("event:ws", "Buổi làm việc", event_type="working_session", date="2023-12-11")
    graph(store, [dat, session], [edge(dat.id, session.id, EdgeType.PARTICIPATED_IN, role="host")])
    with_overlap = gold(
        persons=[person("Huỳnh Thành Đạt", country="VN")], events=[event("visit", "2023-12-11", "Huỳnh Thành Đạt")]
    )
    assert counts(score([with_overlap], store), "events") == (1, 0, 0)
    without = gold(persons=[person("Bùi Thế Duy", country="VN")], events=[event("visit", "2023-12-11", "Bùi Thế Duy")])
    assert counts(score([without], store), "events") == (0, 1, 1)


def test_one_meeting_in_two_documents_is_one_gold_event_and_its_participations_merge(store: EmbeddedStore) -> None:
    dat = node("person:huynh-thanh-dat", "Huỳnh Thành Đạt", country="VN")
    workshop = node("event:ws", "Hội thảo", event_type="workshop", date="2023-12-11")
    graph(store, [dat, workshop], [edge(dat.id, workshop.id, EdgeType.PARTICIPATED_IN, role="co_chair")])
    first = gold(
        "a",
        persons=[person("Huỳnh Thành Đạt", country="VN")],
        events=[event("workshop", None, "Huỳnh Thành Đạt", note="11/12")],
    )
    second = gold(
        "b",
        persons=[person("Huỳnh Thành Đạt", country="VN")],
        events=[event("workshop", "2023-12-11", "Huỳnh Thành Đạt")],
    )
    report = score([first, second], store)
    assert report["events"].gold == 1
    assert counts(report, "events") == (1, 0, 0)
    assert counts(report, "participations") == (1, 0, 0)


def test_an_undated_event_needs_its_type_and_a_common_participant(store: EmbeddedStore) -> None:
    minh = node("person:chau-van-minh", "Châu Văn Minh", country="VN")
    other = node("event:o", "Lễ khánh thành", event_type="other")
    graph(store, [minh, other], [edge(minh.id, other.id, EdgeType.PARTICIPATED_IN, role="host")])
    same = gold(persons=[person("Châu Văn Minh", country="VN")], events=[event("other", None, "Châu Văn Minh")])
    assert counts(score([same], store), "events") == (1, 0, 0)
    typed_only = gold(persons=[person("Phan Văn Khải", country="VN")], events=[event("other", None, "Phan Văn Khải")])
    assert counts(score([typed_only], store), "events") == (0, 1, 1)


def test_a_participation_needs_both_the_person_and_the_event(store: EmbeddedStore) -> None:
    dat = node("person:huynh-thanh-dat", "Huỳnh Thành Đạt", country="VN")
    duy = node("person:bui-the-duy", "Bùi Thế Duy", country="VN")
    workshop = node("event:ws", "Hội thảo", event_type="workshop", date="2023-12-11")
    elsewhere = node("event:other", "Hội thảo khác", event_type="workshop", date="2024-01-05")
    graph(
        store,
        [dat, duy, workshop, elsewhere],
        [
            edge(dat.id, workshop.id, EdgeType.PARTICIPATED_IN, role="co_chair"),
            edge(dat.id, workshop.id, EdgeType.PARTICIPATED_IN, role="host"),  # one pair, two roles
            edge(duy.id, elsewhere.id, EdgeType.PARTICIPATED_IN, role="attendee"),
        ],
    )
    record = gold(
        persons=[person("Huỳnh Thành Đạt", country="VN"), person("Bùi Thế Duy", country="VN")],
        events=[event("workshop", "2023-12-11", "Huỳnh Thành Đạt", "Bùi Thế Duy")],
    )
    report = score([record], store)
    assert report["participations"].predicted == 2
    assert counts(report, "participations") == (1, 1, 1)
    assert report["participations"].unmatched_gold[0].startswith("Bùi Thế Duy @ workshop 2023-12-11")


# -- agreements -----------------------------------------------------------------------------------


def test_an_agreement_matches_on_its_period_and_a_common_party(store: EmbeddedStore) -> None:
    mou = node("agreement:sl-xk", "Biên bản ghi nhớ", agreement_type="mou", period_start="2022", period_end="2024")
    son_la = node("province:VN-son-la", "Sơn La", country="VN")
    xieng = node("province:LA-XI", "Xiêng Khoảng", "Xiengkhouang", country="LA")
    graph(store, [mou, son_la, xieng], [edge(son_la.id, mou.id, EdgeType.PARTY_TO)])
    record = gold(
        provinces=[province("Sơn La", "VN"), province("Xiêng Khoảng", "LA")],
        agreements=[agreement("mou", None, "2022-2024", ["Xiêng Khoảng", "Sơn La"])],
    )
    assert counts(score([record], store), "agreements") == (1, 0, 0)
    other_period = gold(
        provinces=[province("Sơn La", "VN")], agreements=[agreement("mou", None, "2019-2021", ["Sơn La"])]
    )
    assert counts(score([other_period], store), "agreements") == (0, 1, 1)


def test_an_undated_agreement_matches_on_identical_signers(store: EmbeddedStore) -> None:
    mou = node("agreement:qb-km", "Biên bản ghi nhớ", agreement_type="mou")
    thang = node("person:tran-thang", "Trần Thắng", country="VN")
    vanxay = node("person:van-xay", "Văn-xay Phong-sạ-vẳn", country="LA")
    graph(
        store,
        [mou, thang, vanxay],
        [edge(thang.id, mou.id, EdgeType.SIGNED), edge(vanxay.id, mou.id, EdgeType.SIGNED)],
    )
    record = gold(
        persons=[person("Trần Thắng", country="VN"), person("Văn-xay Phong-sạ-vẳn")],
        agreements=[agreement("mou", None, None, ["Khăm Muộn", "Quảng Bình"], ["Văn-xay Phong-sạ-vẳn", "Trần Thắng"])],
    )
    assert counts(score([record], store), "agreements") == (1, 0, 0)


# -- partnerships ---------------------------------------------------------------------------------


def test_partnerships_are_unordered_province_pairs(store: EmbeddedStore) -> None:
    most = node("org:vn-most", "Bộ Khoa học và Công nghệ", country="VN")
    mtc = node("org:la-mtc", "Bộ Công nghệ và Truyền thông Lào", country="LA")
    graph(
        store,
        [QUANG_TRI, KHAM_MUON, HOA_BINH, most, mtc],
        [
            edge(KHAM_MUON.id, QUANG_TRI.id, EdgeType.PARTNERS_WITH),
            edge(QUANG_TRI.id, KHAM_MUON.id, EdgeType.PARTNERS_WITH),  # the same pair written the other way
            edge(QUANG_TRI.id, HOA_BINH.id, EdgeType.PARTNERS_WITH),
            edge(most.id, mtc.id, EdgeType.PARTNERS_WITH),  # organizations: not a province partnership
        ],
    )
    record = gold(
        provinces=[province("Quảng Trị", "VN"), province("Khăm Muồn", "LA")],
        partnerships=[["Quảng Trị", "Khăm Muồn"]],
    )
    report = score([record], store)
    assert report["partnerships"].predicted == 2
    assert counts(report, "partnerships") == (1, 1, 0)
    assert report["partnerships"].precision == 0.5 and report["partnerships"].recall == 1.0


# -- scores and the report ------------------------------------------------------------------------


def test_nothing_to_find_and_nothing_found_is_perfect_but_only_then(store: EmbeddedStore) -> None:
    graph(store, [node("person:x", "Nguyễn Văn X", country="VN")], [])
    report = score([gold()], store)
    assert report["events"].precision == report["events"].recall == report["events"].f1 == 1.0
    assert (report["persons"].precision, report["persons"].recall, report["persons"].f1) == (0.0, 0.0, 0.0)
    missed = score([gold(events=[event("visit", "2020-01-01")])], store)
    assert (missed["events"].precision, missed["events"].recall, missed["events"].f1) == (0.0, 0.0, 0.0)


def test_the_report_renders_every_category(store: EmbeddedStore) -> None:
    graph(store, [], [])
    report = score([gold(persons=[person("Boviengkham Vongdara")])], store)
    assert list(report.categories) == list(CATEGORIES)
    assert isinstance(report.table(), Table)
    markdown = report.to_markdown()
    assert markdown.startswith("| Category | Gold | Predicted | TP | FP | FN | Precision | Recall | F1 |")
    assert all(f"| {c} |" in markdown for c in CATEGORIES)
    assert "persons" in report.to_text()
    assert "persons f1 0.00 < 0.90" in report.shortfalls()


def test_evaluate_ingests_the_articles_gold_files_describe(tmp_path: Path) -> None:
    gold_dir, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold_dir.mkdir()
    (corpus / "nested").mkdir(parents=True)
    (gold_dir / "a01.json").write_text(
        json.dumps(gold("a01", provinces=[province("Quảng Trị", "VN")])), encoding="utf-8"
    )
    (gold_dir / "a02.json").write_text(json.dumps(gold("a02")), encoding="utf-8")
    (gold_dir / "NOTES.md").write_text("not gold", encoding="utf-8")
    (corpus / "nested" / "a01.txt").write_text(
        "Đoàn công tác tỉnh Quảng Trị sang thăm tỉnh Khăm Muồn.\n\nHai bên trao đổi kinh nghiệm chuyển đổi số.\n",
        encoding="utf-8",
    )
    into = EmbeddedStore(tmp_path / "store")
    try:
        report = evaluate(gold_dir, [corpus], into)
        assert report.documents == ["a01"]
        assert report.missing_articles == ["a02"]
        assert report.ingest_failures == []
        assert report["provinces"].gold == 1
        assert into.counts().nodes.get("Document", 0) >= 1  # the given store holds the ingested article
    finally:
        into.close()
    with pytest.raises(FileNotFoundError):
        evaluate(gold_dir, [tmp_path / "empty"])
