"""Topics of cooperation, from our own lexicon of phrases (chuyển đổi số, đổi mới sáng tạo, ...)."""

from __future__ import annotations

from functools import cache

from ingest.gazetteer import PhraseMatcher
from ingest.lexicons import load_lexicons


@cache
def _matcher() -> PhraseMatcher:
    phrases: dict[str, str] = {}
    for topic in load_lexicons().topics:
        for phrase in topic.phrases:
            phrases.setdefault(phrase, topic.id)
    return PhraseMatcher(phrases)


def find_topics(text: str) -> list[str]:
    return sorted({hit.key for hit in _matcher().find(text)})
