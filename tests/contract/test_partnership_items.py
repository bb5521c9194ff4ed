"""What stands behind a partnership, as each store keeps it (GraphStore.partnership_items), is what the records say:
whatever order the facts arrive in, after the same article twice, and (embedded) in a store made before the store
kept it."""

from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from graph.schema import EdgeType, GraphDelta, NodeKind, kind_of_id
from graph.store import GraphStore
from ingest.reference import reference_data
from queries.network import other_end
from queries.partners import partners_of
from queries.records import listed
from tests.contract.code_before import opened_by_code_before
from tests.queries import world
from tests.queries.world import Article

TAKES_PART = [EdgeType.PARTY_TO, EdgeType.PARTICIPATED_IN]
Behind = list[tuple[str, str, str | None, str | None]]


def behind_from_records(store: GraphStore, subject: str) -> Behind:
    """The items behind each of the subject's partnerships worked out from the graph's edges, as partners did before
    the stores kept them: both sides (a node and the bodies BASED_IN it) took part, or the partnership names it."""
    edges = [e for e in store.edges_of([subject], [EdgeType.PARTNERS_WITH]) if other_end(e, subject) != subject]
    partners = {other_end(e, subject) for e in edges}
    sides = {i: {i} for i in (subject, *partners)}
    for link in store.links(sides, [EdgeType.BASED_IN]):
        if link.target in sides and kind_of_id(link.source) is NodeKind.ORGANIZATION:
            sides[link.target].add(link.source)
    acts_for: dict[str, set[str]] = defaultdict(set)
    for partner in partners:
        for member in sides[partner]:
            acts_for[member].add(partner)
    pairs = {(p, item) for m, item in store.common_targets(sides[subject], acts_for, TAKES_PART) for p in acts_for[m]}
    pairs |= {(other_end(e, subject), item) for e in edges for item in listed(e.props.get("via"))}
    items = {i for _, i in pairs if kind_of_id(i) in (NodeKind.EVENT, NodeKind.AGREEMENT)}
    dates = store.props_of(items, ["date", "end_date"])
    return sorted((p, i, dates[i]["date"], dates[i]["end_date"]) for p, i in pairs if i in dates)  # type: ignore[misc]


def partnering(store: GraphStore) -> list[str]:
    """Every node with a partnership."""
    return sorted({end for e in store.edges([EdgeType.PARTNERS_WITH]) for end in (e.source, e.target)})


def kept(store: GraphStore) -> dict[str, Behind]:
    """What the store keeps behind every partnership, per node."""
    found = {}
    for subject in partnering(store):
        partners = {other_end(e, subject) for e in store.edges_of([subject], [EdgeType.PARTNERS_WITH])}
        found[subject] = store.partnership_items(subject, partners)
    return found


def test_what_stands_behind_each_partnership_is_what_the_records_say(store: GraphStore) -> None:
    world.load_world(store)
    held = kept(store)
    assert held == {subject: behind_from_records(store, subject) for subject in partnering(store)}
    assert held[world.QUANG_TRI.id] == [
        (world.KHAM_MUON.id, world.QT_MOU, "2026-06", None),
        (world.KHAM_MUON.id, world.QT_VISIT, "2026-06-24", "2026-06-26"),
    ]
    # Only the partners asked about; a node with no partnership has nothing behind it.
    assert store.partnership_items(world.QUANG_NINH.id, []) == []
    assert store.partnership_items(world.DAT.id, [world.MOST.id]) == []


def test_the_same_articles_again_change_nothing_behind_a_partnership(store: GraphStore) -> None:
    world.load_world(store)
    before = kept(store)
    store.apply(world.world())
    store.apply(list(reversed(world.world())))
    assert kept(store) == before


def _split_visit() -> list[GraphDelta]:
    """Quảng Trị's 2026 visit told in three articles: the bodies' meeting, where the bodies are seated, and the
    partnership of the provinces (without naming the meeting)."""
    meeting = Article("doc:meeting", "Hai Sở làm việc", ["Sở KH&CN Quảng Trị làm việc với Sở CN&TT Khăm Muồn."])
    for node in (world.SO_QUANG_TRI, world.SO_KHAM_MUON):
        meeting.node(node, 0)
    meeting.node(next(n for n in world.quang_tri_2026().nodes if n.id == world.QT_VISIT), 0)
    meeting.edge(world.SO_QUANG_TRI.id, world.QT_VISIT, EdgeType.PARTICIPATED_IN, 0, role="guest")
    meeting.edge(world.SO_KHAM_MUON.id, world.QT_VISIT, EdgeType.PARTICIPATED_IN, 0, role="host")
    seats = Article("doc:seats", "Hai Sở", ["Sở KH&CN Quảng Trị và Sở CN&TT Khăm Muồn là cơ quan của hai tỉnh."])
    for node in (world.QUANG_TRI, world.KHAM_MUON, world.SO_QUANG_TRI, world.SO_KHAM_MUON):
        seats.node(node, 0)
    seats.edge(world.SO_QUANG_TRI.id, world.QUANG_TRI.id, EdgeType.BASED_IN, 0)
    seats.edge(world.SO_KHAM_MUON.id, world.KHAM_MUON.id, EdgeType.BASED_IN, 0)
    partners = Article("doc:partners", "Hai tỉnh", ["Quảng Trị và Khăm Muồn là hai tỉnh kết nghĩa."])
    partners.node(world.QUANG_TRI, 0)
    partners.node(world.KHAM_MUON, 0)
    partners.partners(world.QUANG_TRI.id, world.KHAM_MUON.id, 0, first="2020", last="2020", via=[])
    return [meeting.delta(), seats.delta(), partners.delta()]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=lambda o: "-".join(map(str, o)))
def test_a_meeting_counts_for_a_partnership_whatever_the_order_the_facts_arrive_in(
    store: GraphStore, order: tuple[int, ...]
) -> None:
    """The meeting of two bodies counts for their provinces' partnership once all three facts are in, whether the
    bodies' seats or the partnership came before the meeting or after it."""
    articles = _split_visit()
    for i in order:
        store.apply([articles[i]])
    expected = [(world.KHAM_MUON.id, world.QT_VISIT, "2026-06-24", "2026-06-26")]
    assert store.partnership_items(world.QUANG_TRI.id, [world.KHAM_MUON.id]) == expected
    assert store.partnership_items(world.KHAM_MUON.id, [world.QUANG_TRI.id]) == [
        (world.QUANG_TRI.id, world.QT_VISIT, "2026-06-24", "2026-06-26")
    ]
    assert behind_from_records(store, world.QUANG_TRI.id) == expected


def test_without_the_partnership_or_the_seats_the_meeting_is_behind_no_partnership(store: GraphStore) -> None:
    meeting, seats, partners = _split_visit()
    store.apply([meeting, partners])
    assert store.partnership_items(world.QUANG_TRI.id, [world.KHAM_MUON.id]) == []
    store.apply([seats])
    assert store.partnership_items(world.QUANG_TRI.id, [world.KHAM_MUON.id]) != []


def test_reference_data_holds_nothing_the_embedded_summary_would_need_to_see_shown_later() -> None:
    """The embedded store's partnership tables follow the articles' records alone (graph.embedded_partnerships):
    the gazetteer must hold no participation or partnership, and seat its bodies in countries only."""
    reference = reference_data()
    assert not [e for e in reference.edges if e.type in (*TAKES_PART, EdgeType.PARTNERS_WITH)]
    seats = [e for e in reference.edges if e.type is EdgeType.BASED_IN]
    assert seats and all(kind_of_id(e.target) is NodeKind.COUNTRY for e in seats)


def _answers(store: GraphStore) -> dict[str, dict]:
    return {s: partners_of(store, s, items=1000).model_dump() for s in partnering(store)}


def test_a_store_made_before_the_summary_answers_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written by code that kept no partnership tables (and then by code that did, and again by the old
    code: its writes run the triggers the store now holds) answers as a store written by this code alone."""
    articles = world.world()
    new = EmbeddedStore(tmp_path / "new")
    new.write_reference(world.reference())
    new.apply(articles)
    expected = _answers(new)
    new.close()

    with opened_by_code_before(monkeypatch, "keep_partnership_items", tmp_path / "old") as old:
        old.write_reference(world.reference())
        old.apply(articles[:3])
        tables = {r[0] for r in old._db.execute("SELECT name FROM sqlite_master")}
        assert "partnership_items" not in tables
    upgraded = EmbeddedStore(tmp_path / "old")
    upgraded.apply(articles[3:5])
    upgraded.close()
    with opened_by_code_before(monkeypatch, "keep_partnership_items", tmp_path / "old") as old:
        old.apply(articles[5:])
    again = EmbeddedStore(tmp_path / "old")
    assert _answers(again) == expected
    assert kept(again) == {subject: behind_from_records(again, subject) for subject in partnering(again)}
    again.close()


def test_reads_inside_one_read_transaction_answer_as_reads_alone(store: GraphStore) -> None:
    """An answer's reads share one transaction (GraphStore.reading): the same answers, nested or not, and a failure
    inside leaves the store readable."""
    world.load_world(store)
    alone = partners_of(store, world.QUANG_TRI.id, items=1000)
    with store.reading():
        with store.reading():
            assert partners_of(store, world.QUANG_TRI.id, items=1000) == alone
        assert store.get_node(world.KHAM_MUON.id) is not None
    with pytest.raises(KeyError), store.reading():
        store.get_nodes([world.KHAM_MUON.id])
        raise KeyError("an answer that fails half way")
    assert partners_of(store, world.QUANG_TRI.id, items=1000) == alone
