"""Extraction in worker processes gives the graph one process gives, whatever the number of workers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.export import to_json
from ingest.pipeline import Extractor, Outcome, ingest
from tests.conftest import ROOT


def graph_with(workers: int, inputs: list[str], folder: Path, batch_size: int) -> dict:
    store = EmbeddedStore(folder)
    try:
        with Extractor(workers) as extractor:
            report = ingest(inputs, store, batch_size=batch_size, extractor=extractor)
        assert report.count(Outcome.FAILED) == 0
        return to_json(store)
    finally:
        store.close()


def test_two_workers_give_the_graph_one_process_gives(shared_corpus: Path, tmp_path: Path) -> None:
    inputs = [str(shared_corpus / "seeds"), str(shared_corpus / "dev")]
    assert graph_with(2, inputs, tmp_path / "two", batch_size=5) == graph_with(1, inputs, tmp_path / "one", 200)


def test_a_document_already_held_is_not_extracted_again(shared_corpus: Path, tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingest([str(shared_corpus / "seeds")], store)
        again = ingest([str(shared_corpus / "seeds")], store)
        assert again.results and all(r.outcome is Outcome.UNCHANGED for r in again.results)
    finally:
        store.close()


def test_workers_are_forked_with_the_lexicons_loaded() -> None:
    # Loaded once in the ingesting process before the fork, the lexicons and automata are shared by the workers
    # (copy-on-write) rather than loaded again by each of them on its first document. A fresh process: this one
    # has loaded them already.
    probe = (
        "from ingest.gazetteer import load_gazetteer\n"
        "from ingest.lexicons import load_lexicons\n"
        "from ingest.pipeline import Extractor\n"
        "with Extractor(2):\n"
        "    print(load_gazetteer.cache_info().currsize, load_lexicons.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.split() == ["1", "1"]
