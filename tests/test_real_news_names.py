"""Names read from 180 real articles nobody annotated (../shared/corpus/raw): no absurd bodies.

A body's name runs to a boundary; cut short by a list of allowed words it ends inside a word ("Bộ Chỉ" of
"Bộ Chỉ huy", "Hội Liên" of "Hội Liên hiệp", "Vụ Tổng" of "Vụ Tổng hợp"). Vietnamese capitalises only the
first syllable of a name's word, so such a cut shows as a capitalised last syllable followed by a lower-case
syllable that is no closed-class word.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.extract.orgs import FoundOrg, find_orgs
from ingest.extract.places import province_hits
from ingest.gazetteer import PhraseMatcher, load_gazetteer
from ingest.lexicons import load_lexicons
from ingest.load import load_file

_NEXT_WORD = re.compile(r"\s+([a-zà-ỹđ]+)")


@pytest.fixture(scope="module")
def raw_texts(shared_corpus: Path) -> list[tuple[str, str]]:
    folder = shared_corpus / "raw"
    if not folder.is_dir():
        pytest.fail(f"the raw real articles are missing at {folder}")
    texts = []
    for path in sorted(folder.glob("*.txt")):
        texts.append((path.name, clean(load_file(path)).text))
    assert len(texts) >= 150
    return texts


# Words that may follow a whole name: a connective, or a place word opening what follows.
_AFTER_A_NAME = {"và", "tỉnh", "thành", "huyện", "xã", "tuần"}


def _ends_on_a_place(name: str) -> bool:
    """A name closing with a province or a country ("... tỉnh Lai Châu", "... Lào") ends where the place does."""
    tail = name[-40:]
    places = province_hits(tail) + _countries().find(tail)
    return any(hit.end == len(tail) for hit in places)


@cache
def _countries() -> PhraseMatcher:
    return PhraseMatcher({s: c.code for c in load_gazetteer().countries.values() for s in (c.name, *c.aliases)})


def _cut_inside_a_word(text: str, org: FoundOrg) -> str | None:
    last = org.name.split()[-1]
    nxt = _NEXT_WORD.match(text, org.end)
    if nxt is None or org.agency is not None or not last[:1].isupper() or not last[1:].islower():
        return None
    word = nxt.group(1)
    if not word[:1].islower():
        return None
    boundaries = load_lexicons().boundaries
    if word in _AFTER_A_NAME or any(b == word or b.startswith(word + " ") for b in boundaries):
        return None
    return None if _ends_on_a_place(org.name) else word


def test_no_body_name_ends_on_the_first_syllable_of_a_word(raw_texts: list[tuple[str, str]]) -> None:
    cut = []
    for name, text in raw_texts:
        for org in find_orgs(text):
            word = _cut_inside_a_word(text, org)
            if word is not None:
                cut.append(f"{name}: {org.name!r} then {word!r}")
    assert cut == [], "\n".join(cut[:40])


def test_no_body_is_a_head_word_and_one_letter(raw_texts: list[tuple[str, str]]) -> None:
    stubs = [
        f"{name}: {org.name!r}"
        for name, text in raw_texts
        for org in find_orgs(text)
        if len(org.key.split()) == 2 and len(org.key.split()[1]) <= 2 and org.agency is None
    ]
    assert stubs == [], "\n".join(stubs[:40])
