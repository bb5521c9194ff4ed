"""The merge rules are what make ingest order-independent: any order of the same records gives one result."""

from __future__ import annotations

from functools import reduce

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.merge import fold_edges, fold_nodes, fold_props, merge_props
from graph.schema import Edge, EdgeType, Evidence, Node, NodeKind
from ingest.clean import clean
from ingest.models import ContentType, RawDocument

names = st.sampled_from(["Boviengkham Vongdara", "Boviengkham Vôngdala", "BOVIENGKHAM VONGDARA", "Bovieng"])
dates = st.one_of(st.none(), st.sampled_from(["2023", "2023-12", "2023-12-11", "2024-01-02"]))


@st.composite
def person_records(draw: st.DrawFn) -> Node:
    return Node(
        id="person:bvngkhm-vngdl",
        kind=NodeKind.PERSON,
        name=draw(names),
        aliases=draw(st.lists(names, max_size=2)),
        country=draw(st.one_of(st.none(), st.just("LA"))),
    )


@st.composite
def partner_records(draw: st.DrawFn) -> Edge:
    day = draw(dates)
    doc = draw(st.sampled_from(["doc:a", "doc:b", "doc:c"]))
    start = draw(st.integers(min_value=0, max_value=50))
    return Edge(
        source="province:LA-KH",
        target="province:VN-quang-tri",
        type=EdgeType.PARTNERS_WITH,
        props={"first_date": day, "last_date": day, "via": draw(st.lists(st.sampled_from(["e:1", "a:2"]), max_size=2))},
        evidence=[Evidence(doc_id=doc, quote="Hai tỉnh hợp tác.", start=start, end=start + 17)],
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(person_records(), min_size=1, max_size=5), st.randoms())
def test_node_records_merge_to_the_same_node_in_any_order(records: list[Node], rnd) -> None:
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert fold_nodes(records) == fold_nodes(shuffled)


@st.composite
def meeting_records(draw: st.DrawFn) -> Node:
    return Node(
        id="event:2023-12-11-workshop",
        kind=NodeKind.EVENT,
        name=draw(st.sampled_from(["Hội thảo", "Hội thảo công nghệ", "hội thảo"])),
        aliases=draw(st.lists(names, max_size=2)),
        props={
            "date": draw(dates),
            "date_inferred": draw(st.one_of(st.none(), st.booleans())),
            "event_type": draw(st.one_of(st.none(), st.sampled_from(["workshop", "forum"]))),
        },
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(person_records(), meeting_records()), min_size=2, max_size=6))
def test_merged_records_are_a_node_as_validated(records: list[Node]) -> None:
    """The merge of records is not validated again: it is in the validators' normal form already."""
    for merged in fold_nodes(records).values():
        assert Node.model_validate(merged.model_dump()) == merged


@settings(max_examples=200, deadline=None)
@given(st.lists(partner_records(), min_size=1, max_size=5), st.randoms())
def test_edge_records_merge_to_the_same_edge_in_any_order(records: list[Edge], rnd) -> None:
    shuffled = list(records)
    rnd.shuffle(shuffled)
    [merged] = fold_edges(records).values()
    assert fold_edges(shuffled) == {merged.key: merged}
    assert merged.props["count"] == len(merged.props["via"])
    days = [r.props["first_date"] for r in records if r.props.get("first_date")]
    assert merged.props.get("first_date") == (min(days) if days else None)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_cleaning_any_text_either_yields_a_document_or_says_why(text: str) -> None:
    from graph.errors import BadInput

    try:
        doc = clean(RawDocument(origin="x.txt", content=text, content_type=ContentType.TEXT))
    except BadInput:
        return
    assert doc.text.strip() and doc.doc_id.startswith("doc:")


# Records as the embedded store holds them: JSON objects whose values may be missing; a list property may hold one
# value or a list of them.
texts = st.one_of(st.none(), st.sampled_from(["2023", "2023-12", "2023-12-11", "2024-01-02"]))
ids = st.sampled_from(["e:1", "a:2", "e:3"])
lists = st.one_of(st.none(), ids, st.lists(ids, max_size=3).map(lambda v: sorted(set(v))))
stored_props = st.fixed_dictionaries(
    {},
    optional={
        "via": lists,
        "basis": lists,
        "first_date": texts,
        "last_date": texts,
        "title": texts,
        "count": st.one_of(st.none(), st.integers(min_value=0, max_value=3)),
    },
)


@settings(max_examples=300, deadline=None)
@given(st.lists(stored_props, min_size=1, max_size=6))
def test_folding_all_records_at_once_is_merging_them_pair_by_pair(records: list[dict]) -> None:
    assert fold_props(records) == reduce(merge_props, records, {})
