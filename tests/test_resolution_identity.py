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
