"""The ingest pipeline, wired: load -> clean -> extract -> resolve -> delta -> store.

Deltas go to the store in batches, each batch one transaction in either store (Neo4j takes batches at
about five times the throughput of one transaction per document).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum

from pydantic import BaseModel, Field

from graph.errors import BadInput
from graph.records import DeltaRecords, PreparedDelta, as_records
from graph.store import GraphStore
from ingest.clean import clean
from ingest.extract import extract
from ingest.load import LoadError, expand, load
from ingest.models import CleanDocument, ContentType, LoadFailure, RawDocument
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


def document_delta(raw: RawDocument) -> tuple[CleanDocument, DeltaRecords]:
    doc = clean(raw)
    return doc, resolve(extract(doc))


# A short article of our own: reading it loads every lexicon, automaton and pattern extraction uses (each is
# loaded once per process, when first asked for).
_WARM_UP = RawDocument(
    origin="warm-up.md",
    content=(
        "# Sơn La và Luông Pha Bang ký biên bản ghi nhớ\n\n"
        "Sáng 12/4/2024, tại Hà Nội, Thứ trưởng Bộ Khoa học và Công nghệ Lê Văn An tiếp đoàn Sở Khoa học và Công "
        "nghệ tỉnh Luông Pha Bang (Lào) do ông Khăm-pha Xay-nhạ-vông, Phó Giám đốc Sở, làm trưởng đoàn. "
        "Hai bên đã ký biên bản ghi nhớ hợp tác về chuyển đổi số giai đoạn 2024-2026.\n"
    ),
    content_type=ContentType.MARKDOWN,
)


def warm_up() -> None:
    """Load what extraction reads in this process, so that workers forked afterwards share it (copy-on-write)
    instead of each loading its own on its first document."""
    document_delta(_WARM_UP)


def count_inputs(inputs: Sequence[str]) -> int:
    return sum(1 for _ in expand(list(inputs)))


Preparer = Callable[[DeltaRecords], PreparedDelta]  # a store's (GraphStore.preparer)


def extract_delta(doc: CleanDocument, prepare: Preparer = as_records) -> PreparedDelta | str:
    """One document's delta, prepared for the store, or why it could not be read."""
    try:
        delta = resolve(extract(doc))
    except BadInput as exc:
        return str(exc)
    return prepare(delta)


def extract_deltas(docs: list[CleanDocument], prepare: Preparer = as_records) -> list[PreparedDelta | str]:
    """A task of a worker process: a few documents' deltas, prepared for the store."""
    return [extract_delta(doc, prepare) for doc in docs]


class Extractor:
    """Extraction and resolution of documents: in a pool of worker processes, or in this one.

    Each document is read on its own (resolution keeps nothing from one document to the next: cross-article
    identity comes from deterministic ids), so the deltas do not depend on the number of workers or on order.
    Workers are forked before any progress thread starts, once this process has loaded the lexicons (warm_up), and
    share them.
    """

    largest_task = 32  # documents: a task's trip through the pool costs this process about 3 ms, whatever its size

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pool = None
        if self.workers > 1:
            warm_up()
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)

    def task_size(self, remaining: int) -> int:
        """Documents for the next task: large, so the pool's cost per task is spread thin, but small near the end,
        so the workers finish together rather than one of them alone with a large last task."""
        return max(4, min(self.largest_task, remaining // (self.workers * 4)))

    @property
    def window(self) -> int:
        """Documents to keep in the workers' hands: work for them while this process writes a batch (writing
        runs about five times as fast as extracting). Nothing in this process: each task runs when it is awaited."""
        return 0 if self._pool is None else self.largest_task * self.workers * 4

    def submit(
        self, docs: list[CleanDocument], prepare: Preparer = as_records
    ) -> Callable[[], list[PreparedDelta | str]]:
        """Begin extracting (and preparing each delta for the store: the workers build what the writer inserts);
        the returned call waits for the deltas, in the documents' order."""
        if self._pool is None:
            return lambda: extract_deltas(docs, prepare)
        return self._pool.apply_async(extract_deltas, (docs, prepare)).get

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None and exc[0] is not None:
            self._pool.terminate()
        self.close()


def default_workers() -> int:
    return os.cpu_count() or 1


def ingest(
    inputs: Sequence[str],
    store: GraphStore,
    *,
    batch_size: int = 200,
    extractor: Extractor | None = None,
    on_progress: Callable[[InputResult], None] | None = None,
) -> IngestReport:
    """Load and clean each input, skip documents the store holds (before extracting them), hand the rest to the
    extractor a few at a time, and write their deltas in batches of batch_size, one transaction each, while the
    workers go on extracting: they are never left waiting for a whole batch to be cleaned or written."""
    hold_reference(store)
    extractor = extractor or Extractor(1)
    report = IngestReport()
    seen: set[str] = set()
    prepare = store.preparer()
    tasks: deque[tuple[list[InputResult], Callable[[], list[PreparedDelta | str]]]] = deque()
    ready: list[tuple[InputResult, PreparedDelta]] = []
    in_hand = 0  # documents submitted and not yet collected

    def finish(result: InputResult) -> None:
        report.results.append(result)
        if on_progress:
            on_progress(result)

    def collect() -> None:
        nonlocal in_hand
        queued, wait = tasks.popleft()
        in_hand -= len(queued)
        for result, delta in zip(queued, wait(), strict=True):
            if isinstance(delta, str):
                finish(result.model_copy(update={"outcome": Outcome.FAILED, "reason": delta}))
            else:
                ready.append((result, delta))

    def write() -> None:
        for (result, _), outcome in zip(ready, store.apply([d for _, d in ready]), strict=True):
            result.outcome = Outcome.NEW if outcome.new_document else Outcome.UNCHANGED
            result.nodes_added, result.edges_added = outcome.nodes_added, outcome.edges_added
            finish(result)
        ready.clear()

    items = list(expand(list(inputs)))
    for chunk in _tasks(items, extractor):
        queued: list[InputResult] = []
        docs: list[CleanDocument] = []
        for item in chunk:
            result, doc = _prepare(item, store, seen)
            if doc is None:
                finish(result)
            else:
                queued.append(result)
                docs.append(doc)
        if docs:
            tasks.append((queued, extractor.submit(docs, prepare)))
            in_hand += len(docs)
        while tasks and in_hand > extractor.window:
            collect()
            if len(ready) >= batch_size:
                write()
    # The last tasks: smaller batches, so the writes overlap the workers' last documents.
    while tasks:
        collect()
        if len(ready) >= max(1, batch_size // 4):
            write()
    if ready:
        write()
    return report


def _tasks(items: list[str | LoadFailure], extractor: Extractor) -> Iterator[list[str | LoadFailure]]:
    done = 0
    while done < len(items):
        size = extractor.task_size(len(items) - done)
        yield items[done : done + size]
        done += size


def _prepare(item: str | LoadFailure, store: GraphStore, seen: set[str]) -> tuple[InputResult, CleanDocument | None]:
    """Load and clean one input; the document comes back only if it is new (to this run and to the store)."""
    if isinstance(item, LoadFailure):
        return InputResult(origin=item.origin, outcome=Outcome.FAILED, reason=item.reason), None
    try:
        doc = clean(load(item))
    except (LoadError, BadInput) as exc:
        return InputResult(origin=item, outcome=Outcome.FAILED, reason=str(exc)), None
    result = InputResult(origin=item, outcome=Outcome.NEW, doc_id=doc.doc_id, title=doc.title)
    if doc.doc_id in seen or store.has_document(doc.doc_id):
        return result.model_copy(update={"outcome": Outcome.UNCHANGED}), None
    seen.add(doc.doc_id)
    return result, doc
