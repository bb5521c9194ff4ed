"""How the yardstick compares names: folded, squashed, and (for bodies) with abbreviations spelled out.

Folding starts from the product's own `graph.names.fold` (diacritics, case, đ = d), then drops every
character that is not a plain letter or digit: the yardstick treats "Lào - Việt Nam", "Lào–Việt Nam" and
"Lào Việt Nam" as one name. On the Latin and Vietnamese text of articles and gold files this is the
yardstick's fold; it differs only on letters outside those (casefold's "ß" → "ss", say), which names
here do not use.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from graph.names import fold

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold_name(text: str | None) -> str:
    """Lower case, no marks, words of letters and digits only, one space between them."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(text or "")).split())


def squash(text: str | None) -> str:
    """fold_name without spaces: "Phông-Sa-Lỳ", "Phong Sa Ly" and "Phongsaly" are one spelling."""
    return fold_name(text).replace(" ", "")


# The yardstick's own short forms of field names inside body names, spelled out before bodies are
# compared. ingest/lexicon/abbreviations.tsv is a different, larger list (it also expands NN&PTNT,
# TN&MT, ...): using it would match bodies the yardstick keeps apart, so the yardstick's list stays here.
_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), expansion)
    for pattern, expansion in (
        (r"\bkh\s*cn\b", "khoa hoc va cong nghe"),
        (r"\bkhcn\b", "khoa hoc va cong nghe"),
        (r"\bubnd\b", "uy ban nhan dan"),
        (r"\bdmst\b", "doi moi sang tao"),
        (r"\btt\s*tt\b", "thong tin va truyen thong"),
        (r"\bgd\s*dt\b", "giao duc va dao tao"),
        (r"\bcn\s*tt\b", "cong nghe va truyen thong"),
        (r"\bchdcnd\b", "cong hoa dan chu nhan dan"),
        (r"\bvn\b", "viet nam"),
        (r"\btp\b", "thanh pho"),
    )
)
# Words that qualify a body without naming it: "Sở Y tế tỉnh Điện Biên" and "Sở Y tế Điện Biên" are one
# body, and so are "Bộ Y tế Lào" and "Bộ Y tế nước CHDCND Lào" (countries are compared on their own).
_QUALIFIERS = re.compile(r"\b(cua|nuoc|tinh|thanh pho|viet nam|lao|cong hoa dan chu nhan dan|ubnd)\b")


def body_key(name: str) -> str:
    """A body's folded name with the yardstick's abbreviations spelled out ("Sở KH&CN" → "so khoa hoc va
    cong nghe")."""
    key = fold_name(name)
    for pattern, expansion in _ABBREVIATIONS:
        key = pattern.sub(expansion, key)
    return " ".join(key.split())


def body_core(name: str) -> str:
    """body_key without the qualifying words: what two spellings of one body share."""
    return " ".join(_QUALIFIERS.sub(" ", body_key(name)).split())


def similarity(a: str, b: str) -> float:
    """difflib's ratio, as the yardstick computes it; rapidfuzz's ratio (an edit distance) is close but
    not equal, and a threshold of 0.9 turns the difference into a different match."""
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0
