"""The documents: list them, read one with its evidence marked, and add one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status
from pydantic import BaseModel, Field, model_validator

from app.deps import SettingsDep, StoreDep, WriteLockDep, require_token
from app.errors import TooLarge, error_responses
from ingest.models import ContentType, RawDocument
from ingest.pipeline import document_delta, hold_reference
from queries.documents import DocumentList, DocumentText, document, documents
from queries.records import NodeRef

router = APIRouter(prefix="/api", tags=["documents"])


class DocumentIn(BaseModel):
    """One article: its text or its HTML page, and what is known about it."""

    text: str | None = Field(default=None, description="the article as plain text")
    html: str | None = Field(default=None, description="the article's HTML page")
    url: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")

    @model_validator(mode="after")
    def _one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give the article as exactly one of text or html")
        return self

    def raw(self) -> RawDocument:
        return RawDocument(
            origin=self.url or "api",
            content=self.text if self.text is not None else self.html or "",
            content_type=ContentType.TEXT if self.text is not None else ContentType.HTML,
            url=self.url,
            title=self.title,
            published=self.published,
        )


class DocumentAdded(BaseModel):
    doc_id: str
    title: str
    new_document: bool  # false: the same text was already in the store, nothing changed
    nodes_added: int
    edges_added: int
    added: list[NodeRef]  # the nodes the store did not hold before


@router.get("/documents", response_model=DocumentList)
def documents_route(
    store: StoreDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> DocumentList:
    """The documents in the store, the most recently published first."""
    return documents(store, offset, limit)


@router.get("/documents/{doc_id:path}", response_model=DocumentText, responses=error_responses(404))
def document_route(store: StoreDep, doc_id: Annotated[str, Path(description="doc:…")]) -> DocumentText:
    """A document's cleaned text and the spans of it that are evidence for edges."""
    return document(store, doc_id)


@router.post(
    "/documents",
    response_model=DocumentAdded,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(require_token)],
    responses={200: {"model": DocumentAdded, "description": "already in the store"}} | error_responses(400, 401, 413),
)
def add_document_route(
    body: DocumentIn, response: Response, store: StoreDep, settings: SettingsDep, write_lock: WriteLockDep
) -> DocumentAdded:
    """Ingest one article; the answer says what it added to the graph."""
    raw = body.raw()
    size = len(raw.content.encode("utf-8"))
    if size > settings.max_document_bytes:
        raise TooLarge(f"the document has {size} bytes; this service takes at most {settings.max_document_bytes}")
    doc, delta = document_delta(raw)
    with write_lock:
        hold_reference(store)
        [result] = store.apply([delta])
    if not result.new_document:
        response.status_code = status.HTTP_200_OK
    brought = set(result.new_nodes)
    added = sorted((NodeRef.of(n) for n in delta.nodes if n.id in brought), key=lambda r: r.id)
    return DocumentAdded(
        doc_id=result.doc_id,
        title=doc.title,
        new_document=result.new_document,
        nodes_added=result.nodes_added,
        edges_added=result.edges_added,
        added=added,
    )
