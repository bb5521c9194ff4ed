"""The typed records that flow between the ingest steps: load -> clean -> extract -> resolve -> delta."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel


class ContentType(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class RawDocument(BaseModel):
    """An input as it arrived: a file's or a URL's content, or a body posted to the API."""

    origin: str
    content: str
    content_type: ContentType
    url: str | None = None
    title: str | None = None
    published: str | None = None


class CleanDocument(BaseModel):
    """The article alone: page furniture, markup, bylines and repeats gone; NFC; offsets refer to `text`."""

    doc_id: str
    origin: str
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    published: str | None = None


class LoadFailure(BaseModel):
    origin: str
    reason: str
