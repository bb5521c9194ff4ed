"""The JSON export lists meetings and agreements in the order the archive tells them."""

from __future__ import annotations

from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.export import to_json
from ingest.pipeline import ingest
from tests.conftest import SAMPLES

_TOLD = ("Event", "Agreement")


def _first_report(export: dict) -> dict[str, tuple[str, int]]:
    origin = {n["id"]: n.get("path") or n.get("url") for n in export["nodes"] if n["kind"] == "Document"}
    first: dict[str, tuple[str, int]] = {}
    for edge in export["edges"]:
        if edge["type"] == "MENTIONED_IN" and edge["target"] in origin:
            for line in edge["evidence"]:
                told = (origin[edge["target"]], line["start"])
                first[edge["source"]] = min(first.get(edge["source"], told), told)
    return first


def test_meetings_and_agreements_come_in_reading_order(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingest([str(SAMPLES)], store)
        export = to_json(store)
        listed = {n.id for n in store.nodes()}
    finally:
        store.close()
    assert {n["id"] for n in export["nodes"]} == listed
    first = _first_report(export)
    for kind in _TOLD:
        told = [n["id"] for n in export["nodes"] if n["kind"] == kind]
        assert len(told) >= 3 and all(i in first for i in told)
        assert [first[i] for i in told] == sorted(first[i] for i in told)
        # the samples' ids do not sort in reading order: the order above is the export's doing
        assert told != sorted(told)


def test_each_kind_stays_together(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingest([str(SAMPLES)], store)
        kinds = [n["kind"] for n in to_json(store)["nodes"]]
    finally:
        store.close()
    runs = [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] != k]
    assert len(runs) == len(set(runs))


LISTED = (
    "# Ký kết\n\nSáng 6/3/2024 ở Hà Nội, Bộ trưởng Bộ Nội vụ Trần Minh Khoa cùng Bộ trưởng Bộ Nội vụ Lào Khăm "
    "Pheng Vông Xay đã ký kết 3 văn bản hợp tác. 3 văn bản hợp tác gồm: Thỏa thuận về đào tạo công chức giai đoạn "
    "2024-2028; Bản ghi nhớ về lưu trữ quốc gia; Kế hoạch hợp tác năm 2025 giữa hai Bộ.\n"
)


def test_agreements_listed_in_one_sentence_come_in_the_order_listed(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(LISTED, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingest([str(tmp_path / "a.md")], store)
        told = [n for n in to_json(store)["nodes"] if n["kind"] == "Agreement"]
    finally:
        store.close()
    assert [n["name"] for n in told] == [
        "Thỏa thuận về đào tạo công chức giai đoạn 2024-2028",
        "Bản ghi nhớ về lưu trữ quốc gia",
        "Kế hoạch hợp tác năm 2025",
    ]
    assert [n["id"] for n in told] != sorted(n["id"] for n in told)
