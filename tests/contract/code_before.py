"""Stores opened as code written before a kept table existed: the same EmbeddedStore with the keeper of that table
(a function of graph.embedded that declares its tables and triggers) doing nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import graph.embedded
from graph.embedded import EmbeddedStore


@contextmanager
def opened_by_code_before(monkeypatch: pytest.MonkeyPatch, keeper: str, path: Path) -> Iterator[EmbeddedStore]:
    """The store at path, opened by code that keeps no table of `keeper` ("keep_partnership_items" ...)."""
    with monkeypatch.context() as old_code:
        old_code.setattr(graph.embedded, keeper, lambda db: None)
        store = EmbeddedStore(path)
        try:
            yield store
        finally:
            store.close()
