"""What extraction reads out of one document, before anything is linked to the graph.

Every record keeps the sentence indexes that support it, so resolve can attach evidence to each edge.
Records refer to each other by local keys (an org's canonical name, an event's key) within the document.
Plain dataclasses: they only pass from extraction to resolution (in one process), built by our own code, dozens
per document; pydantic's checks belong where data comes from outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.schema import AgreementType, EventType, Role
from ingest.models import CleanDocument
from ingest.sentences import Sentence


@dataclass(slots=True, kw_only=True)
class PlaceMention:
    """A province or a country named in the text (node_id from the gazetteer)."""

    node_id: str
    text: str
    start: int
    end: int
    sentence: int
    # Named only as part of something else: a university or firm named after its city ("Đại học Đà Nẵng"), or
    # the seat of a diplomat's post ("Tổng lãnh sự ... tại Đà Nẵng"). No actor, no place of a meeting.
    aside: bool = False


@dataclass(slots=True, kw_only=True)
class OrgMention:
    key: str  # canonical Vietnamese name; stable within and across documents
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    province_id: str | None = None
    agency_id: str | None = None  # set when the gazetteer knows the body
    org_type: str | None = None
    acts: bool = False  # the subject of a verb of cooperation somewhere in the document
    sentences: list[int]


@dataclass(slots=True, kw_only=True)
class PersonMention:
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    positions: list[tuple[str, str | None, int]] = field(default_factory=list)  # (title, org key, sentence)
    sentences: list[int]


@dataclass(slots=True, kw_only=True)
class Participant:
    kind: str  # "person", "org" or "province"
    ref: str  # person name, org key or province id
    role: Role
    sentence: int


@dataclass(slots=True, kw_only=True)
class EventRecord:
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
    participants: list[Participant] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    sentences: list[int]
    kind_label: str | None = None  # what the text calls a ceremony of no listed kind: "Lễ khánh thành"


@dataclass(slots=True, kw_only=True)
class AgreementRecord:
    key: str
    agreement_type: AgreementType
    title: str | None = None
    date: str | None = None
    date_inferred: bool = False
    date_note: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    ordinal: str | None = None
    parties: list[tuple[str, str]] = field(default_factory=list)  # (kind, ref) as in Participant
    signers: list[str] = field(default_factory=list)
    event_key: str | None = None
    topics: list[str] = field(default_factory=list)
    sentences: list[int]


@dataclass(slots=True, kw_only=True)
class PartnershipStatement:
    """Two provinces the text says cooperate, and on what basis."""

    a: str
    b: str
    basis: str  # "agreement", "meeting" or "statement"
    via: str | None = None  # the agreement or event key
    date: str | None = None
    sentences: list[int]


@dataclass(slots=True, kw_only=True)
class Extraction:
    doc: CleanDocument
    sentences: list[Sentence]
    provinces: list[PlaceMention] = field(default_factory=list)
    countries: list[PlaceMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    agreements: list[AgreementRecord] = field(default_factory=list)
    partnerships: list[PartnershipStatement] = field(default_factory=list)
