"""Split cleaned text into sentences with their offsets: the unit every piece of evidence quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.letters import UPPER

# A sentence ends at . ! ? … (optionally closed by a quote or bracket) before a space and a capital,
# a digit or an opening quote; abbreviations such as "TP." and "GS.TS." do not end one. The boundary is group 1:
# the stop is matched, not looked behind at, so the pattern is tried only where a stop stands.
_BOUNDARY = re.compile(rf"[.!?…]([”\")]*\s+)(?=[\"“(\-–]?[{UPPER}0-9])")
_PARAGRAPH = re.compile(r"[^\n]+")
# "Samir K. Brahmachari": a middle initial after a given name in Latin letters, not a sentence's end ("cửa khẩu Bờ Y."
# and "ngành Y." end theirs).
_INITIAL = re.compile(r"(?<!\S)[A-Z][a-z]+\s+[A-Z]\.$")
# "1. Biên bản hội đàm ...;", "II. Kết quả": an item's number opens its line, it ends no sentence.
_ORDINAL = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\.")
_ABBREVIATIONS = ("TP.", "GS.", "TS.", "PGS.", "ThS.", "Th.S.", "Tp.", "St.", "Mr.", "Dr.", "ông.", "v.v.")


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        offset = para.start()
        chunk = para.group()
        cut = 0
        for match in _BOUNDARY.finditer(chunk):
            head = chunk[cut : match.start(1)].rstrip()
            if _abbreviated(head) or _INITIAL.search(head) or _ORDINAL.fullmatch(head):
                continue
            _add(sentences, text, offset + cut, offset + match.start(1))
            cut = match.end()
        _add(sentences, text, offset + cut, offset + len(chunk))
    return sentences


def _abbreviated(head: str) -> bool:
    # a whole word: "ông." is an abbreviation, the end of "Sê Kông." is not
    return head.endswith(_ABBREVIATIONS) and any(
        head.endswith(a) and (len(head) == len(a) or not head[-len(a) - 1].isalpha()) for a in _ABBREVIATIONS
    )


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(index=len(sentences), start=start, end=end, text=text[start:end]))


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    raise ValueError(f"offset {offset} falls in no sentence")
