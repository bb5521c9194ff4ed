"""What extraction reads out of one document, before anything is linked to the graph.

Every record keeps the sentence indexes that support it, so resolve can attach evidence to each edge.
Records refer to each other by local keys (an org's canonical name, an event's key) within the document.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph.schema import AgreementType, EventType, Role
from ingest.models import CleanDocument
from ingest.sentences import Sentence


class PlaceMention(BaseModel):
    """A province or a country named in the text (node_id from the gazetteer)."""

    node_id: str
    text: str
    start: int
    end: int
    sentence: int
    # Named only as part of something else: a university or firm named after its city ("Đại học Đà Nẵng"), or
    # the seat of a diplomat's post ("Tổng lãnh sự ... tại Đà Nẵng"). No actor, no place of a meeting.
    aside: bool = False


class OrgMention(BaseModel):
    key: str  # canonical Vietnamese name; stable within and across documents
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    province_id: str | None = None
    agency_id: str | None = None  # set when the gazetteer knows the body
    org_type: str | None = None
    acts: bool = False  # the subject of a verb of cooperation somewhere in the document
    sentences: list[int]


class PersonMention(BaseModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    positions: list[tuple[str, str | None, int]] = Field(default_factory=list)  # (title, org key, sentence)
    sentences: list[int]


class Participant(BaseModel):
    kind: str  # "person", "org" or "province"
    ref: str  # person name, org key or province id
    role: Role
    sentence: int


class EventRecord(BaseModel):
    key: str
    event_type: EventType
    title: str | None = None
    date: str | None = None
    end_date: str | None = None
    date_inferred: bool = False
    date_note: str | None = None  # the day and month as written, when the year is unknown ("1/10")
    location: str | None = None
    province_id: str | None = None
    country: str | None = None
    participants: list[Participant] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    sentences: list[int]


class AgreementRecord(BaseModel):
    key: str
    agreement_type: AgreementType
    title: str | None = None
    date: str | None = None
    date_inferred: bool = False
    date_note: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    ordinal: str | None = None
    parties: list[tuple[str, str]] = Field(default_factory=list)  # (kind, ref) as in Participant
    signers: list[str] = Field(default_factory=list)
    event_key: str | None = None
    topics: list[str] = Field(default_factory=list)
    sentences: list[int]


class PartnershipStatement(BaseModel):
    """Two provinces the text says cooperate, and on what basis."""

    a: str
    b: str
    basis: str  # "agreement", "meeting" or "statement"
    via: str | None = None  # the agreement or event key
    date: str | None = None
    sentences: list[int]


class Extraction(BaseModel):
    doc: CleanDocument
    sentences: list[Sentence]
    provinces: list[PlaceMention] = Field(default_factory=list)
    countries: list[PlaceMention] = Field(default_factory=list)
    orgs: list[OrgMention] = Field(default_factory=list)
    persons: list[PersonMention] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)
    agreements: list[AgreementRecord] = Field(default_factory=list)
    partnerships: list[PartnershipStatement] = Field(default_factory=list)
