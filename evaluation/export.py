"""The graph under test, as `vilao export --format json` writes it (DESIGN.md), read into typed records.

The yardstick scores an export, not a store: so does this harness, and the two can be fed the same file.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


def _text(value: object) -> str | None:
    return None if value is None else str(value)


class ExportNode(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    kind: str = ""
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    name_en: str | None = None
    country: str | None = None
    date: str | None = None
    period_start: str | None = None
    event_type: str | None = None
    agreement_type: str | None = None

    @field_validator("aliases", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return value or []

    @field_validator("date", "period_start", mode="before")
    @classmethod
    def _as_text(cls, value: object) -> str | None:
        return _text(value)

    def spellings(self) -> list[str]:
        """Every name the node answers to: its name, aliases and English name, in that order."""
        names = [self.name or "", *self.aliases, self.name_en or ""]
        return [n for n in names if n]

    def is_kind(self, kind: str) -> bool:
        return self.kind.lower() == kind.lower()


class ExportEdge(BaseModel):
    model_config = ConfigDict(extra="allow")

    source: str | None = None
    target: str | None = None
    type: str = ""

    def is_type(self, edge_type: str) -> bool:
        return self.type.upper() == edge_type.upper()


class ExportGraph(BaseModel):
    nodes: list[ExportNode] = Field(default_factory=list)
    edges: list[ExportEdge] = Field(default_factory=list)

    @field_validator("nodes", "edges", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return value or []

    @cached_property
    def by_id(self) -> dict[str, ExportNode]:
        """One node per id: a repeated id keeps its first place and its last record, as a dict does."""
        return {node.id: node for node in self.nodes}

    def of_kind(self, kind: str) -> list[ExportNode]:
        return [node for node in self.by_id.values() if node.is_kind(kind)]

    def edges_of(self, edge_type: str) -> list[ExportEdge]:
        return [edge for edge in self.edges if edge.is_type(edge_type)]

    @cached_property
    def neighbours(self) -> dict[str, set[str]]:
        """The other end of every edge at a node, whatever its type or direction."""
        ends: dict[str, set[str]] = defaultdict(set)
        for edge in self.edges:
            if edge.source is not None and edge.target is not None:
                ends[edge.source].add(edge.target)
                ends[edge.target].add(edge.source)
        return ends


def read_export(data: dict[str, Any]) -> ExportGraph:
    return ExportGraph.model_validate(data)


def read_export_file(path: Path) -> ExportGraph:
    return read_export(json.loads(Path(path).read_text(encoding="utf-8")))
