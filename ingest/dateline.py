"""The page's own date line: when the article was published, as news sites print it above or below the text.

Sites print it in many dress: "Thứ hai - 06/03/2017 22:02", "11:35, 01/02/2018", "Cập nhật: 17.10.2011",
"18:05 | 06/01/2024 GMT+7", "RFA 17.10.2011", or a headline with the date after it. What they share is a short
line whose date is the line's point: remove the date, the clock time, the weekday, the time zone and a label
and at most a few words are left. A sentence that opens with a date ("Ngày 5/3/2017, đoàn ...") is not a date
line: it goes on, and the date is the event's.
"""

from __future__ import annotations

import re
from datetime import date

_FULL_DATE = re.compile(
    r"(?<![\d/.-])(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})"
    r"|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2}))(?![\d/.])"
)
_SPAN_DATES = re.compile(r"\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?", re.IGNORECASE)
_NOISE = re.compile(
    r"\(?\[?GMT\s*[+-]\s*\d{1,2}\]?\)?|\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|\d)|chủ\s+nhật)\b"
    r"|\b(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày|lúc|published|updated|mới nhất|số lần đã xem|lượt xem"
    r"|nguồn gốc|nguồn)\b",
    re.IGNORECASE,
)
_OPENS_WITH_DAY = re.compile(r"\s*(?:ngày|sáng|chiều|tối|trưa|từ|hôm)\b", re.IGNORECASE)
_LONGEST = 90  # a date line is short; a paragraph that holds a date is not one
_WORDS_LEFT = 4  # a source's or author's name may stand beside the date ("RFA", "PV", "Ngọc Phương")
_LINES_SEARCHED = 25


def read_date(line: str) -> tuple[str, bool] | None:
    """The ISO date a page's date line gives, and whether the line holds nothing else (a headline with its
    date after it is kept as text); None when the line is not a date line."""
    stripped = line.strip()
    # (A full date holds its year's "19" or "20": a line without either is not searched.)
    if not stripped or len(stripped) > _LONGEST or ("20" not in stripped and "19" not in stripped):
        return None
    found = _FULL_DATE.search(stripped)
    if found is None or len(_SPAN_DATES.findall(stripped)) > 1:
        return None  # "(7/10/1994-7/10/2015).": a span of two dates is an anniversary told, not the page's date
    iso = _iso(found)
    if iso is None:
        return None
    rest = _NOISE.sub(" ", _CLOCK.sub(" ", stripped[: found.start()] + " " + stripped[found.end() :]))
    words = re.findall(r"\w+", re.sub(r":\s*\d+\b", " ", rest))  # "Số lần đã xem:0": a counter
    if len(words) <= _WORDS_LEFT:
        return iso, True
    # A headline with the date printed after it: the date closes the line, nothing follows.
    closes = not re.search(r"\w", _CLOCK.sub(" ", stripped[found.end() :]))
    if closes and not re.search(r"[,;:(]\s*$", stripped[: found.start()]) and not _OPENS_WITH_DAY.match(stripped):
        return iso, False
    return None


def find_date_line(lines: list[str]) -> tuple[int, str, bool] | None:
    """The first date line near the top of the page: its index, its ISO date and whether it is the date alone."""
    # Lines with text are counted: blank lines between a page's lines put its date line no lower.
    searched = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        searched += 1
        if searched > _LINES_SEARCHED:
            break
        found = read_date(line)
        if found is None:
            continue
        if not _continues_a_sentence(lines, index):
            return index, *found
        if (headline := _headline_wrapped_at_a_dash(lines, index)) is not None:
            return index, headline, False
    return None


def _headline_wrapped_at_a_dash(lines: list[str], index: int) -> str | None:
    """ "Hợp tác nông nghiệp Việt Nam -" / "Lào 21/06/2023": a headline with its date after it, wrapped inside
    the pair it names; read whole, it is the page's date line (kept as text). Two dates are an anniversary's span."""
    previous = next((p.strip() for p in reversed(lines[:index]) if p.strip()), "")
    if not previous.endswith((" -", " –")) or lines[index].strip()[:1].islower():
        return None
    found = read_date(f"{previous} {lines[index].strip()}")
    return found[0] if found is not None and not found[1] else None


# The words a sentence cut by a hard wrap can stop on right before its date: "... tại Việt Nam ngày" / "26/7/2024".
_BEFORE_A_DATE = frozenset({"ngày", "hôm", "vào", "lúc", "từ", "đến", "tới", "sáng", "chiều", "tối", "trưa"})


def _continues_a_sentence(lines: list[str], index: int) -> bool:
    """A hard-wrapped line that goes on with the sentence before it: it opens in lower case ("quyết của Chính phủ
    ... ngày 30/01/2023"), or the line before stops on a word that asks for its date or on a mark that asks for
    more."""
    previous = next((p.strip() for p in reversed(lines[:index]) if p.strip()), "")
    return goes_on_into(previous, lines[index].strip())


def only_a_date(line: str) -> bool:
    """A line that holds a date and nothing else: no word beside its clock time, weekday or label."""
    if read_date(line) is None:
        return False  # (most lines, told by read_date's first look)
    found = _FULL_DATE.search(line)
    if found is None:
        return False
    rest = _NOISE.sub(" ", _CLOCK.sub(" ", line[: found.start()] + " " + line[found.end() :]))
    return not re.search(r"[^\W\d_]", rest)


def goes_on_into(previous: str, line: str) -> bool:
    """Whether a line holding a date goes on with the sentence of the line before it."""
    if line[:1].islower():
        return True
    # "... (5/9/1962 -" / "5/9/2022).": a line that stops on a dash, a comma or an open bracket goes on.
    if previous.endswith(("-", "–", ",", "(")):
        return True
    # (A headline in capitals, "... VÀ LỊCH CÔNG TÁC TUẦN TỚI", is no sentence its last word could carry on; nor is
    # a headline ending on "điểm sáng" carried on by a line that opens on its weekday, "Thứ Sáu, 21/12/2018".)
    last = previous.rsplit(" ", 1)[-1]
    carried = line[:1].isdigit() and not (previous.isupper() and last.isupper())
    return last.lower() in _BEFORE_A_DATE and carried


def _iso(found: re.Match[str]) -> str | None:
    if found["iy"]:
        year, month, day = int(found["iy"]), int(found["im"]), int(found["id"])
    else:
        year, month, day = int(found["y"]), int(found["m"]), int(found["d"])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
