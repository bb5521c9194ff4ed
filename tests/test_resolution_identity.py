"""Why two articles' reports became one node: every person, body, meeting and agreement records the rule its
identity was made by, so an analyst can see why they were merged."""

from __future__ import annotations

from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.schema import NodeKind
from ingest.models import ContentType, RawDocument
from ingest.pipeline import document_delta, hold_reference
from ingest.resolve import IDENTITY

FIRST = (
    "# Hội đàm\n\nNgày 4/3/2024, tại Viêng Chăn, Thứ trưởng Bộ Khoa học và Công nghệ Lê Văn Nam hội đàm với "
    "Thứ trưởng Bộ Công nghệ và Truyền thông Khamla Sisouvong.\n"
)
SECOND = (
    "# Hai Bộ hội đàm\n\nNgày 4/3/2024, tại Viêng Chăn, Thứ trưởng Lê Văn Nam và Thứ trưởng Bộ Công nghệ và "
    "Truyền thông Khămla Xixuvong đã hội đàm.\n"
)


def test_merged_reports_say_by_which_rule(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        hold_reference(store)
        for origin, text in (("a.md", FIRST), ("b.md", SECOND)):
            _, delta = document_delta(RawDocument(origin=origin, content=text, content_type=ContentType.MARKDOWN))
            store.apply([delta])
        people = {n.name: n for n in store.nodes([NodeKind.PERSON])}
        lao = next(n for n in people.values() if n.name.startswith("Kh"))
        assert set(lao.aliases) | {lao.name} >= {"Khamla Sisouvong", "Khămla Xixuvong"}
        assert lao.props["identity"] == IDENTITY["lao_name"]
        assert people["Lê Văn Nam"].props["identity"] == IDENTITY["vietnamese_name"]
        [meeting] = store.nodes([NodeKind.EVENT])
        assert meeting.props["identity"] == IDENTITY["dated_meeting"]
    finally:
        store.close()


TWO_TALKS = (
    "# Hội nghị\n\nNgày 14/8/2023, tại Viêng Chăn, diễn ra Hội nghị hợp tác y tế.\n\nTrong khuôn khổ Hội nghị, "
    "Bộ trưởng Bộ Y tế Đào Hồng Lan đã có các cuộc hội đàm với Bộ trưởng Bộ Y tế Lào Bun Phêng Phum Ma Lay Sít "
    "và Bộ trưởng Bộ Y tế Campuchia Măm Bun Hêng.\n"
)


def test_two_meetings_one_article_tells_apart_stay_two() -> None:
    _, delta = document_delta(RawDocument(origin="t.md", content=TWO_TALKS, content_type=ContentType.MARKDOWN))
    talks = [n for n in delta.nodes if n.kind == NodeKind.EVENT and n.props.get("event_type") == "talks"]
    assert len(talks) == 2
    at = {n.id: {e.source for e in delta.edges if e.target == n.id and e.source.startswith("person:")} for n in talks}
    guests = [people - {"person:dao-hong-lan"} for people in at.values()]
    assert sorted(len(g) for g in guests) == [1, 1] and guests[0] != guests[1]
    assert sorted(n.props["identity"] for n in talks) == sorted(
        [IDENTITY["dated_meeting"], IDENTITY["dated_meeting_apart"]]
    )


TWO_PAPERS = (
    "# Ký kết\n\nNgày 9/3/2023, tại Hà Nội, Tập đoàn Điện lực Việt Nam đã ký kết các biên bản ghi nhớ, gồm:\n\n"
    "Bản ghi nhớ giữa Tập đoàn Điện lực Việt Nam và Tập đoàn Phongsubthavy về phát triển Dự án Thủy "
    "điện Nậm Khan;\n\n"
    "Bản ghi nhớ giữa Tập đoàn Điện lực Việt Nam và Tập đoàn Phongsubthavy về phát triển Dự án Điện "
    "gió Sê Kông.\n"
)


def test_two_papers_of_the_same_parties_one_article_lists_stay_two(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        hold_reference(store)
        for origin in ("a.md", "b.md"):  # a second article telling the same two papers adds none
            _, delta = document_delta(RawDocument(origin=origin, content=TWO_PAPERS, content_type=ContentType.MARKDOWN))
            store.apply([delta])
        papers = list(store.nodes([NodeKind.AGREEMENT]))
        assert sorted(n.props["title"].split("Dự án ")[-1] for n in papers) == [
            "Thủy điện Nậm Khan",
            "Điện gió Sê Kông",
        ]
        assert sorted(n.props["identity"] for n in papers) == sorted(
            [IDENTITY["dated_agreement"], IDENTITY["dated_agreement_listed"]]
        )
    finally:
        store.close()
