"""Letter classes for patterns. Latin Extended Additional interleaves capitals and small letters ("Ạ ạ Ả ả"), so
a range such as "À-Ỹ" holds "í", "đ" and "ở" too: a capital is named here letter by letter."""

from __future__ import annotations

import re
from functools import lru_cache

from graph import names

_CAPITALS = "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())

# A regex character class body (no brackets) for a capital letter, Vietnamese ones included.
UPPER = "A-Z" + re.escape(_CAPITALS)


@lru_cache(maxsize=256)
def lowered(text: str) -> str:
    """Lower case, one character for one, so offsets into it are offsets into text. Several readers scan the same
    sentence in turn: it is lowered once."""
    return lowered_once(text)


def lowered_once(text: str) -> str:
    """lowered, not kept: for a few characters read at one position, which would only push sentences out of its
    cache."""
    low = text.casefold()
    if len(low) != len(text):  # a rare character changed length under casefold
        low = "".join(ch.casefold() if len(ch.casefold()) == 1 else ch for ch in text)
    return low


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """graph.names.fold (case and marks folded away), kept: extraction folds the same names of bodies, people and
    countries many times over in a document, and again in the next."""
    return names.fold(text)
