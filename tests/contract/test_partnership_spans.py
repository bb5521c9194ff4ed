"""A partnership's first and last date as each store gives them with its quotes (GraphStore.partnerships_of) are its
records' dates merged: whatever order the articles reporting it arrive in, after the same articles again, and
(embedded) in a store made before the store kept them."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from graph.embedded import EmbeddedStore
from graph.schema import Edge, EdgeType, GraphDelta
from graph.store import GraphStore
from tests.contract.code_before import opened_by_code_before
from tests.queries import world
from tests.queries.world import Article

DATES = ("first_date", "last_date")


def shown(edges: list[Edge]) -> list[tuple[Any, ...]]:
    """What an answer reads of a partnership: its ends, dates and first quotes with their total."""
    return [(e.key, e.source, e.target, *(e.props.get(k) for k in DATES), e.evidence, e.evidence_total) for e in edges]


def from_records(store: GraphStore, ids: list[str]) -> list[tuple[Any, ...]]:
    """The partnerships as edges_of gives them, every record folded."""
    return shown(store.edges_of(ids, [EdgeType.PARTNERS_WITH], evidence_limit=3))


def kept(store: GraphStore, ids: list[str]) -> list[tuple[Any, ...]]:
    edges = store.partnerships_of(ids, evidence_limit=3)
    assert all(set(e.props) <= set(DATES) for e in edges), "a partnership's dates alone, nothing else"
    return shown(edges)


def partnering(store: GraphStore) -> list[str]:
    return sorted({end for e in store.edges([EdgeType.PARTNERS_WITH]) for end in (e.source, e.target)})


def every_node_alone_and_all_at_once(store: GraphStore) -> None:
    nodes = partnering(store)
    assert nodes
    for ids in [*([n] for n in nodes), nodes]:
        assert kept(store, ids) == from_records(store, ids), ids


def test_a_partnerships_dates_are_those_its_records_give(store: GraphStore) -> None:
    world.load_world(store)
    every_node_alone_and_all_at_once(store)
    (quang_tri,) = kept(store, [world.QUANG_TRI.id])
    assert quang_tri[1:5] == (world.KHAM_MUON.id, world.QUANG_TRI.id, "2026-06", "2026-06-26")
    assert store.partnerships_of([world.DAT.id]) == []
    assert store.partnerships_of([]) == []


def _reports() -> list[GraphDelta]:
    """Quảng Ninh and Luông Pha-bang's partnership told by four articles, each with the dates it knew: a year, a
    month, a day, and one that gives no first date."""
    spans = [("2021-05", "2021-05"), ("2019", "2023"), ("2022-08-30", "2022-08-30"), (None, "2023-07-02")]
    deltas = []
    for i, (first, last) in enumerate(spans):
        a = Article(f"doc:report-{i}", "Hai tỉnh", [f"Quảng Ninh và Luông Pha-bang hợp tác ({i})."])
        a.node(world.QUANG_NINH, 0)
        a.node(world.LUANG_PRABANG, 0)
        source, target = sorted((world.QUANG_NINH.id, world.LUANG_PRABANG.id))
        dates = {"last_date": last} if first is None else {"first_date": first, "last_date": last}
        a.edge(source, target, EdgeType.PARTNERS_WITH, 0, via=[], **dates)
        deltas.append(a.delta())
    return deltas


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))), ids=lambda o: "-".join(map(str, o)))
def test_a_partnerships_dates_whatever_the_order_its_reports_arrive_in(
    store: GraphStore, order: tuple[int, ...]
) -> None:
    reports = _reports()
    for i in order:
        store.apply([reports[i]])
    (partnership,) = kept(store, [world.QUANG_NINH.id])
    assert partnership[3:5] == ("2019", "2023-07-02")
    assert partnership[6] == 4
    every_node_alone_and_all_at_once(store)


def test_the_same_articles_again_change_no_partnerships_dates(store: GraphStore) -> None:
    world.load_world(store)
    store.apply(_reports())
    before = kept(store, partnering(store))
    store.apply(list(reversed(world.world())))
    store.apply(_reports())
    assert kept(store, partnering(store)) == before
    every_node_alone_and_all_at_once(store)


def test_a_store_made_before_the_dates_were_kept_gives_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Written by code that kept no dates, then by code that did, then by the old code again (its writes run the
    trigger the store now holds): the dates are what the records say, as in a store this code wrote alone."""
    articles = [*world.world(), *_reports()]
    with opened_by_code_before(monkeypatch, "keep_partnership_spans", tmp_path / "old") as old:
        old.write_reference(world.reference())
        old.apply(articles[:5])
        assert "partnership_spans" not in {r[0] for r in old._db.execute("SELECT name FROM sqlite_master")}
    upgraded = EmbeddedStore(tmp_path / "old")
    every_node_alone_and_all_at_once(upgraded)
    upgraded.apply(articles[5:8])
    upgraded.close()
    with opened_by_code_before(monkeypatch, "keep_partnership_spans", tmp_path / "old") as old:
        old.apply(articles[8:])
    again = EmbeddedStore(tmp_path / "old")
    every_node_alone_and_all_at_once(again)
    new = EmbeddedStore(tmp_path / "new")
    new.write_reference(world.reference())
    new.apply(articles)
    assert kept(again, partnering(again)) == kept(new, partnering(new))
    again.close()
    new.close()
