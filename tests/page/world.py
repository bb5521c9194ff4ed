"""The hand-written world (tests/queries/world.py) plus an article whose names, quote and title are
written to break out of the page: they must show as text and run nothing."""

from __future__ import annotations

from graph.schema import EdgeType, GraphDelta, Node, NodeKind
from tests.queries.world import SO_QUANG_NINH, Article, world

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_QUOTE = "</script><script>alert(1)</script>"
XSS_TITLE = "<script>alert(3)</script> Tin giả"
XSS_PERSON = "person:xss"
XSS_DOC = "doc:xss"


def hostile_article() -> Article:
    a = Article(
        XSS_DOC,
        XSS_TITLE,
        [
            f"Ông {XSS_NAME} giữ chức Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ninh.",
            f"Ông phát biểu: {XSS_QUOTE} & \u2028 hết.",
        ],
        published="2024-01-02",
    )
    a.node(Node(id=XSS_PERSON, kind=NodeKind.PERSON, name=XSS_NAME, country="VN"), 0)
    a.node(SO_QUANG_NINH, 0)
    a.edge(XSS_PERSON, SO_QUANG_NINH.id, EdgeType.HOLDS_POSITION, 0, 1, title=XSS_QUOTE)
    return a


def hostile_world() -> list[GraphDelta]:
    return [*world(), hostile_article().delta()]
