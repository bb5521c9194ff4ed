"""Name folding and slugs: how ids are made from names and how names are compared, in one place."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form: "Quảng Trị" and "QUANG TRI" both fold to "quang tri"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def slug(text: str) -> str:
    return _NON_ALNUM.sub("-", fold(text)).strip("-")
