"""Read one cleaned document into an Extraction: places, bodies, people, events, agreements, partnerships."""

from __future__ import annotations

from ingest.extract.models import Extraction
from ingest.extract.places import find_countries, find_provinces
from ingest.models import CleanDocument
from ingest.sentences import split_sentences


def extract(doc: CleanDocument) -> Extraction:
    sentences = split_sentences(doc.text)
    return Extraction(
        doc=doc,
        sentences=sentences,
        provinces=find_provinces(doc.text, sentences),
        countries=find_countries(doc.text, sentences),
    )
