"""ISO dates of mixed precision ("2023-12-11", "2023-04", "2026"), compared as strings; a missing date is unknown."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def oldest_first(items: Iterable[T], date: Callable[[T], str | None], tiebreak: Callable[[T], str]) -> list[T]:
    """Dated items from the oldest; undated ones at the end."""
    return sorted(items, key=lambda item: (date(item) is None, date(item) or "", tiebreak(item)))


def newest_first(items: Iterable[T], date: Callable[[T], str | None], tiebreak: Callable[[T], str]) -> list[T]:
    """Dated items from the newest; undated ones at the end; equal dates in tiebreak order."""
    ordered = sorted(items, key=tiebreak)
    return sorted(ordered, key=lambda item: (date(item) is not None, date(item) or ""), reverse=True)


def span(dates: Iterable[str | None]) -> tuple[str | None, str | None]:
    """The earliest and the latest of the known dates."""
    known = [d for d in dates if d]
    return (min(known), max(known)) if known else (None, None)


def within(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a date may fall in [since, until], compared at the coarser of the two precisions.

    "2023" is within since="2023-06" (the year overlaps it); an unknown date is within no bounded period.
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    if since is not None:
        n = min(len(date), len(since))
        if date[:n] < since[:n]:
            return False
    if until is not None:
        n = min(len(date), len(until))
        if date[:n] > until[:n]:
            return False
    return True


def overlaps(first: str | None, last: str | None, since: str | None, until: str | None) -> bool:
    """Whether a span of dates (either end may be unknown: the other stands for it) meets [since, until]."""
    return within(last or first, since, None) and within(first or last, None, until)
