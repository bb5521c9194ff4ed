"""Patterns asked only where their words are: each reader looks for a word every phrase of its pattern holds before
it runs the pattern (a substring test costs far less than a scan). Adding a phrase without one of those words to a
pattern would make the reader miss it silently: these tests say which word list to extend."""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

import ingest.clean as clean
import ingest.extract.dates as dates
import ingest.extract.events as events
import ingest.extract.partnerships as partnerships
import ingest.extract.places as places


def _literal_prefix(items: list[tuple[object, object]]) -> str:
    """The letters an alternative of a pattern opens with, up to its first non-literal part."""
    letters = []
    for op, value in items:
        if op is not sre_constants.LITERAL:
            break
        letters.append(chr(value))  # type: ignore[arg-type]
    return "".join(letters)


def _first_alternatives(pattern: re.Pattern[str]) -> list[str]:
    """The phrases of the first alternation in a pattern, each as far as it is literal text."""
    todo = list(sre_parse.parse(pattern.pattern, pattern.flags))
    while todo:
        op, value = todo.pop(0)
        if op is sre_constants.BRANCH:
            return [_literal_prefix(list(alternative)) for alternative in value[1]]
        if op is sre_constants.SUBPATTERN:
            todo = list(value[-1]) + todo
    raise AssertionError(f"no alternation in {pattern.pattern!r}")


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        pytest.param(partnerships._STATEMENT, partnerships.STATEMENT_WORDS, id="partnership-statements"),
        pytest.param(partnerships._SUPPORT, partnerships.SUPPORT_WORDS, id="partnership-support"),
        pytest.param(places.BORDER_LIST, places.BORDER_WORDS, id="border-lists"),
        pytest.param(places.ORIGIN, places.ORIGIN_WORDS, id="where-someone-comes-from"),
    ],
)
def test_every_phrase_holds_a_word_its_reader_looks_for(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    phrases = _first_alternatives(pattern)
    assert phrases and all(phrases)
    assert [p for p in phrases if not any(word in p for word in words)] == []


def test_every_relative_day_word_is_looked_for() -> None:
    """ "hôm nay", "sáng nay" ...: what _RELATIVE reads after its first letter is in _RELATIVE_TAILS."""
    tails = re.findall(r"\(\?<=\[\w+\]\)([^|)]+)", dates._RELATIVE.pattern)
    assert tails and sorted(tails) == sorted(dates._RELATIVE_TAILS)


@pytest.mark.parametrize(
    ("pattern", "mark"),
    [
        pytest.param(events._SAME_DAY, "cùng ngày", id="same-day"),
        pytest.param(events._RECEIVES_STUDENTS, "ếp nhận", id="receives-students"),
        pytest.param(clean._IMAGE_LINE, r"!\[", id="image-line"),
        pytest.param(clean._HEADING, "#", id="heading"),
        pytest.param(clean._CREDIT_LINE, ":", id="credit-line"),
        pytest.param(clean._TEMPLATE_DEBRIS, r"\{", id="template-debris"),
        pytest.param(clean._WEATHER_LINE, "°", id="weather-line"),
    ],
)
def test_a_pattern_asked_only_where_its_mark_stands_holds_that_mark(pattern: re.Pattern[str], mark: str) -> None:
    assert mark in pattern.pattern
