"""The yardstick's matching rules, on small hand-made gold files and graphs (cases.py): what each rule
counts as found, missed and invented."""

from __future__ import annotations

import pytest

from evaluation import CATEGORIES, EvalReport, score_export
from evaluation.export import read_export
from evaluation.gold import GoldDocument
from evaluation.meetings import dates_fit, day_and_month
from evaluation.names import body_core, fold_name, squash
from evaluation.places import place_code, province_code
from tests.evaluation.builders import export, gold_doc, meeting, node, person
from tests.evaluation.cases import CASES, Case


def report_of(case: Case) -> EvalReport:
    return score_export(read_export(case.export), [GoldDocument.model_validate(d) for d in case.gold])


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
def test_each_rule_counts_what_it_should(case: Case) -> None:
    report = report_of(case)
    for category, expected in case.counts.items():
        got = report[category]
        assert (got.gold, got.predicted, got.tp) == expected, category


def test_names_fold_to_letters_and_digits() -> None:
    assert (
        fold_name("Hội hữu nghị Lào - Việt Nam")
        == fold_name("HỘI HỮU NGHỊ LÀO–VIỆT NAM")
        == "hoi huu nghi lao viet nam"
    )
    assert squash("Phông-Sa-Lỳ") == squash("Phong Sa Ly") == "phongsaly"
    assert body_core("Bộ KH&CN") == body_core("Bộ Khoa học và Công nghệ Việt Nam") == "bo khoa hoc va cong nghe"
    assert body_core("UBND tỉnh Hủa Phăn") == body_core("Ủy ban nhân dân Hủa Phăn")


def test_provinces_are_coded_by_the_gazetteer() -> None:
    assert province_code("Khăm Muồn") == province_code("tỉnh Khammouane") == province_code("Khăm-muồn")
    assert province_code("Thành phố Hồ Chí Minh") == province_code("TP HCM")
    assert province_code("Quảng Bình") != province_code("Quảng Trị")  # merged in 2025, still its own place
    assert province_code("Viêng Chăn") == province_code("tỉnh Viêng Chăn")
    assert province_code("Mondulkiri") is None
    assert place_code("Mondulkiri") == "?mondulkiri"


def test_dates_fit_at_the_coarser_precision() -> None:
    assert dates_fit("2023-04-10", "2023-04")
    assert dates_fit("2023", "2023-04-10")
    assert not dates_fit("2023-05-10", "2023-04")
    assert dates_fit(None, None) and dates_fit("2023", None)
    assert not dates_fit(None, "2023")


def test_day_and_month_from_a_date_or_a_note() -> None:
    assert day_and_month("2023-12-11", None) == "12-11"
    assert day_and_month(None, "chiều 1/10") == "10-01"
    assert day_and_month(None, "sáng 19.2") == "02-19"
    assert day_and_month(None, "10-11/4/2023") is None  # a range: the yardstick reads no single day in it
    assert day_and_month(None, "không rõ ngày") is None


def test_the_report_gives_every_category_with_counts_and_targets() -> None:
    report = score_export(
        read_export(export([node("person:z", "Person", "Ngô Bảo Châu")])),
        [GoldDocument.model_validate(gold_doc("x1", persons=[person("Lý Thu Trang")]))],
    )
    assert list(report.categories) == list(CATEGORIES)
    persons = report["persons"]
    assert (persons.tp, persons.fp, persons.fn) == (0, 1, 1)
    assert "persons F1 0.00 < 0.90" in report.shortfalls()
    assert report.to_markdown().startswith("| Category | Gold | Predicted | TP | FP | FN | Precision | Recall | F1 |")
    assert "invented  Ngô Bảo Châu (person:z)" in report.errors()
    assert "missed    Lý Thu Trang [VN] (x1)" in report.errors()
    assert '"missed"' not in report.to_json() and '"missed"' in report.to_json(errors=True)


def test_pairing_within_articles_undoes_what_first_fit_across_articles_takes() -> None:
    """A dated node listed first fits another article's undated meeting, and the yardstick's first-fit
    pairing gives it that one; paired within the articles that report them, both nodes find their own."""
    gold = [
        gold_doc("x1", persons=[person("Đỗ Thanh Hà")], events=[meeting("visit", None, "Đỗ Thanh Hà")]),
        gold_doc("x2", persons=[person("Đỗ Thanh Hà")], events=[meeting("talks", "2023-04-10", "Đỗ Thanh Hà")]),
    ]

    def said_in(source: str, target: str, doc: str) -> dict:
        return {"source": source, "target": target, "type": "PARTICIPATED_IN", "evidence": [{"doc_id": doc}]}

    graph = export(
        [
            node("person:b", "Person", "Đỗ Thanh Hà"),
            node("event:t", "Event", "Hội đàm", event_type="talks", date="2023-04-10"),
            node("event:v", "Event", "Chuyến thăm", event_type="visit"),
            node("doc:1", "Document", "x1", path="/corpus/x1.txt"),
            node("doc:2", "Document", "x2", path="/corpus/x2.txt"),
        ],
        [said_in("person:b", "event:t", "doc:2"), said_in("person:b", "event:v", "doc:1")],
    )
    documents = [GoldDocument.model_validate(d) for d in gold]
    first_fit = score_export(read_export(graph), documents)
    within = score_export(read_export(graph), documents, within_articles=True)
    assert (first_fit["events"].tp, first_fit["participations"].tp) == (1, 1)
    assert (within["events"].tp, within["participations"].tp) == (2, 2)
    assert within.pairing == "within articles" and first_fit.pairing == "yardstick"
