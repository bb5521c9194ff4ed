"""Gold annotation files (the format of ../shared/eval/GOLD.md): one JSON file per article, read into
typed records. Nothing is merged here; `groups` and `records` merge across documents."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Record(BaseModel):
    # Annotators add fields of their own (titles, orgs, roles, notes, location, title, ordinal); the
    # scorer reads only what it compares and lets the rest through.
    model_config = ConfigDict(extra="allow")


class GoldEntity(_Record):
    """A person or a body as one document names it."""

    name: str = ""
    variants: list[str] = Field(default_factory=list)
    country: str | None = None
    key: str | None = None  # an explicit identity: records with different keys never merge

    @field_validator("variants", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return value or []

    def spellings(self) -> list[str]:
        return [self.name, *self.variants]


class GoldProvince(_Record):
    name: str
    country: str | None = None


def _text(value: object) -> str | None:
    """Dates and periods as the strings the yardstick compares ("2023" stays "2023", 2023 becomes it)."""
    return None if value is None else str(value)


class GoldMeeting(_Record):
    """An event or an agreement: when, with whom, of which kind."""

    type: str | None = None
    date: str | None = None
    date_note: str | None = None
    period: str | None = None
    key: str | None = None
    participants: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    signers: list[str] = Field(default_factory=list)

    @field_validator("date", "date_note", "period", mode="before")
    @classmethod
    def _as_text(cls, value: object) -> str | None:
        return _text(value)

    @field_validator("participants", "parties", "signers", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return value or []


class GoldDocument(_Record):
    doc: str
    date_hint: str | None = None
    persons: list[GoldEntity] = Field(default_factory=list)
    organizations: list[GoldEntity] = Field(default_factory=list)
    provinces: list[GoldProvince] = Field(default_factory=list)
    events: list[GoldMeeting] = Field(default_factory=list)
    agreements: list[GoldMeeting] = Field(default_factory=list)
    partnerships: list[tuple[str, str]] = Field(default_factory=list)

    @field_validator("persons", "organizations", "provinces", "events", "agreements", "partnerships", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return value or []


class GoldError(ValueError):
    """A gold file that cannot be read as GOLD.md describes."""


def read_gold_file(path: Path) -> GoldDocument:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file holds one JSON object")
    data.setdefault("doc", path.stem)  # the file is named after its document
    try:
        return GoldDocument.model_validate(data)
    except ValueError as exc:
        raise GoldError(f"{path}: {exc}") from exc


def load_gold(folder: Path) -> list[GoldDocument]:
    """Every `*.json` in the folder, in file-name order: the order in which the yardstick merges records."""
    return [read_gold_file(path) for path in sorted(Path(folder).glob("*.json"))]
