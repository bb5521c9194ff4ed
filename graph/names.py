"""Name folding and slugs: how ids are made from names and how names are compared, in one place."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


class _BareLetters(dict[int, str]):
    """Each character without its marks, worked out once per character: folding is on the extraction's hot path,
    and decomposing every name anew cost a tenth of it."""

    def __missing__(self, code: int) -> str:
        bare = "".join(ch for ch in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(ch))
        self[code] = bare
        return bare


_BARE = _BareLetters({ord("đ"): "d", ord("Đ"): "D"})


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form: "Quảng Trị" and "QUANG TRI" both fold to "quang tri"."""
    return " ".join(text.translate(_BARE).casefold().split())


def slug(text: str) -> str:
    return _NON_ALNUM.sub("-", fold(text)).strip("-")
