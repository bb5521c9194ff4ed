"""One error family for the whole product; the API and the CLI each map it to codes in one place."""

from __future__ import annotations


class VilaoError(Exception):
    """Root of every failure vilao reports to a user."""


class NotFound(VilaoError):
    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []


class Ambiguous(VilaoError):
    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class BadInput(VilaoError):
    """The input cannot be used as given; nothing was changed."""


class StoreUnavailable(VilaoError):
    """The store cannot be reached or opened."""
