"""Officials' names in the shapes the Vietnamese press writes them: Vietnamese (family, middle, given) and Lao
(a given name and a family name, syllables joined by hyphens as Vietnamese papers transcribe them)."""

from __future__ import annotations

import random

from ingest.lexicon import read_table

_VN_MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Xuân", "Hồng", "Công", "Đình", "Thành")
_VN_GIVEN = (
    "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hùng", "Huy", "Khang", "Khoa", "Lâm",
    "Linh", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tâm", "Thắng",
    "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Hà", "Lan", "Mai", "Ngân", "Thảo",
    "Trang", "Yến", "Hạnh", "Hương", "Phương", "Thủy",
)  # fmt: skip
# Syllables of Lao names as Vietnamese papers spell them; a name is two to four of them.
_LAO_SYLLABLES = (
    "Bun", "Khăm", "Xổm", "Phết", "Vông", "Xay", "Thong", "Sỉ", "Phon", "Vi", "La", "Mạ", "Ni", "Phăn",
    "Xủ", "Văn", "Đa", "Ly", "Chăn", "Su", "Pha", "Sa", "Thạ", "Nỏm", "Kẹo", "Lạt", "Sẻng", "Một",
    "Xỉ", "Thi", "Vỏng", "Sổm", "Kham", "Phay", "Đuông", "Xa", "Vắt", "Thạt", "Khăn", "Sạ", "Bua",
)  # fmt: skip


def vietnamese_surnames() -> list[str]:
    """The common family names of our lexicon (the first rows are the commonest)."""
    return [row["surname"] for row in read_table("surnames.tsv")][:40]


def vietnamese_name(rng: random.Random, surnames: list[str]) -> str:
    # Family names are skewed: the first few carry most people, as in Vietnam.
    surname = surnames[min(int(rng.expovariate(1 / 6)), len(surnames) - 1)]
    return f"{surname} {rng.choice(_VN_MIDDLE)} {rng.choice(_VN_GIVEN)}"


def _lao_word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_LAO_SYLLABLES) for _ in range(syllables)]
    return "-".join([parts[0], *(p.lower() for p in parts[1:])])


def lao_name(rng: random.Random) -> str:
    return f"{_lao_word(rng, rng.choice((2, 2, 3)))} {_lao_word(rng, rng.choice((2, 3, 3, 4)))}"
