"""The ingest pipeline, wired: load -> clean -> extract -> resolve -> delta -> store.

Deltas go to the store in batches, each batch one transaction in either store (Neo4j takes batches at
about five times the throughput of one transaction per document).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from pydantic import BaseModel, Field

from graph.errors import BadInput
from graph.schema import GraphDelta
from graph.store import GraphStore
from ingest.clean import clean
from ingest.extract import extract
from ingest.load import LoadError, expand, load
from ingest.models import CleanDocument, LoadFailure, RawDocument
from ingest.reference import reference_data
from ingest.resolve import resolve


class Outcome(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    FAILED = "failed"


class InputResult(BaseModel):
    origin: str
    outcome: Outcome
    doc_id: str | None = None
    title: str | None = None
    reason: str | None = None
    nodes_added: int = 0
    edges_added: int = 0


class IngestReport(BaseModel):
    results: list[InputResult] = Field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def nodes_added(self) -> int:
        return sum(r.nodes_added for r in self.results)

    @property
    def edges_added(self) -> int:
        return sum(r.edges_added for r in self.results)

    @property
    def failures(self) -> list[InputResult]:
        return [r for r in self.results if r.outcome is Outcome.FAILED]


def hold_reference(store: GraphStore) -> None:
    """The store holds the gazetteer's reference data before any article goes in (a no-op once it does)."""
    store.write_reference(reference_data())


def document_delta(raw: RawDocument) -> tuple[CleanDocument, GraphDelta]:
    doc = clean(raw)
    return doc, resolve(extract(doc))


def count_inputs(inputs: Sequence[str]) -> int:
    return sum(1 for _ in expand(list(inputs)))


def ingest(
    inputs: Sequence[str],
    store: GraphStore,
    *,
    batch_size: int = 200,
    on_progress: Callable[[InputResult], None] | None = None,
) -> IngestReport:
    hold_reference(store)
    report = IngestReport()
    pending: list[tuple[InputResult, GraphDelta]] = []
    seen: set[str] = set()

    def flush() -> None:
        applied = store.apply([delta for _, delta in pending])
        for (result, _), outcome in zip(pending, applied, strict=True):
            result.outcome = Outcome.NEW if outcome.new_document else Outcome.UNCHANGED
            result.nodes_added, result.edges_added = outcome.nodes_added, outcome.edges_added
            report.results.append(result)
            if on_progress:
                on_progress(result)
        pending.clear()

    for item in expand(list(inputs)):
        if isinstance(item, LoadFailure):
            result = InputResult(origin=item.origin, outcome=Outcome.FAILED, reason=item.reason)
        else:
            result = _prepare(item, store, seen, pending)
        if result is not None:
            report.results.append(result)
            if on_progress:
                on_progress(result)
        if len(pending) >= batch_size:
            flush()
    if pending:
        flush()
    return report


def _prepare(
    origin: str, store: GraphStore, seen: set[str], pending: list[tuple[InputResult, GraphDelta]]
) -> InputResult | None:
    """Returns a finished result, or None when the document was queued for the store."""
    try:
        doc, delta = document_delta(load(origin))
    except (LoadError, BadInput) as exc:
        return InputResult(origin=origin, outcome=Outcome.FAILED, reason=str(exc))
    if doc.doc_id in seen or store.has_document(doc.doc_id):
        return InputResult(origin=origin, outcome=Outcome.UNCHANGED, doc_id=doc.doc_id, title=doc.title)
    seen.add(doc.doc_id)
    pending.append((InputResult(origin=origin, outcome=Outcome.NEW, doc_id=doc.doc_id, title=doc.title), delta))
    return None
