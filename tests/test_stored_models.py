"""Nodes, edges and evidence lines read back from a store are built without validation (Node.stored, Edge.stored,
Evidence.stored, faster than pydantic's model_construct): the very models model_construct builds, in every use an
answer makes of them."""

from __future__ import annotations

import copy
import pickle

import pytest
from pydantic import BaseModel

from graph.schema import Edge, EdgeType, Evidence, Node, NodeKind

LINE = ("doc:a", "Quảng Trị ký kết với Khăm Muồn.", 0, 31)
LATER = ("doc:b", "Hai tỉnh hợp tác.", 4, 21)


def _pairs() -> list[tuple[BaseModel, BaseModel]]:
    lines = [Evidence.stored(*LINE), Evidence.stored(*LATER)]
    by_construct = [Evidence.model_construct(doc_id=d, quote=q, start=s, end=e) for d, q, s, e in (LINE, LATER)]
    node_fields = {
        "id": "province:LA-KH",
        "kind": NodeKind.PROVINCE,
        "name": "Khăm Muồn",
        "aliases": ["Khammouane"],
        "country": "LA",
        "name_en": None,
        "props": {"status_2025": "current"},
    }
    edge_fields = {
        "source": "province:LA-KH",
        "target": "province:VN-quang-tri",
        "type": EdgeType.PARTNERS_WITH,
        "props": {"first_date": "2019", "last_date": "2026-06"},
    }
    return [
        (lines[0], by_construct[0]),
        (Node.stored(**node_fields), Node.model_construct(**node_fields)),
        (
            Edge.stored(**edge_fields, evidence=list(reversed(lines)), evidence_total=7),
            Edge.model_construct(**edge_fields, evidence=by_construct, evidence_total=7),
        ),
    ]


@pytest.mark.parametrize(("stored", "constructed"), _pairs(), ids=["evidence", "node", "edge"])
def test_a_model_read_back_is_the_model_model_construct_builds(stored: BaseModel, constructed: BaseModel) -> None:
    assert type(stored) is type(constructed)
    assert stored == constructed
    assert stored.model_fields_set == constructed.model_fields_set == set(type(stored).model_fields)
    assert stored.model_dump() == constructed.model_dump()
    assert stored.model_dump_json() == constructed.model_dump_json()
    assert repr(stored) == repr(constructed)
    assert copy.deepcopy(stored) == constructed
    assert pickle.loads(pickle.dumps(stored)) == constructed
    assert type(stored).model_validate(stored.model_dump()) == type(constructed).model_validate(
        constructed.model_dump()
    )


def test_a_line_read_back_is_frozen_and_hashes_as_one_built_otherwise() -> None:
    line = Evidence.stored(*LINE)
    assert hash(line) == hash(Evidence(doc_id=LINE[0], quote=LINE[1], start=LINE[2], end=LINE[3]))
    with pytest.raises(ValueError):
        line.start = 3  # type: ignore[misc]
