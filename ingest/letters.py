"""Letter classes for patterns. Latin Extended Additional interleaves capitals and small letters ("Ạ ạ Ả ả"), so
a range such as "À-Ỹ" holds "í", "đ" and "ở" too: a capital is named here letter by letter."""

from __future__ import annotations

import re

_CAPITALS = "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())

# A regex character class body (no brackets) for a capital letter, Vietnamese ones included.
UPPER = "A-Z" + re.escape(_CAPITALS)
