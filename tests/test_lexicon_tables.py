"""Every lexicon table names each of its entries once: a row written twice says nothing more, and two rows for one
entry with different values would leave which one counts to the order of the reading."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from ingest.lexicon import read_table

_TABLES = sorted(f.name for f in resources.files("ingest.lexicon").iterdir() if f.name.endswith(".tsv"))


def test_the_lexicon_has_its_tables() -> None:
    assert {"event_cues.tsv", "agreement_cues.tsv", "surnames.tsv", "titles.tsv"} <= set(_TABLES)


@pytest.mark.parametrize("table", _TABLES)
def test_each_entry_is_written_once(table: str) -> None:
    rows = read_table(table)
    assert rows, f"{table} is empty"
    key = next(iter(rows[0]))
    written = Counter(row[key] for row in rows)
    assert [entry for entry, n in written.items() if n > 1] == []
