"""Dates as the Vietnamese press writes them, each to an ISO string of the precision given.

"24 - 26/6/2026" and "từ ngày 19-21/12" are ranges; "hai ngày 10 và 11/4" too; "Sáng 11/12/2023" a day;
"tháng 4/2023" a month; "năm 2024" a year. A day without a year ("Ngày 11/12") takes the year of the
document's publication or of the latest year the document itself writes, and is marked inferred.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pydantic import BaseModel

from ingest.letters import lowered

_DAY_CUE = r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|và|trong|hai ngày|các ngày)\s+"
# A day not preceded by a digit, "/", "." or "-", written as "\d(?<![\d/.-]\d)\d?" rather than "(?<![\d/.-])\d{1,2}":
# the same matches, but a pattern that opens with a digit (not a look-behind, nor a repeat) is tried only where a
# digit stands, not at every character of the text (twenty times as fast).
_DAY_DIGITS = r"\d(?<![\d/.-]\d)\d?"
# The press separates day, month and year with "/", and also with "." or "-" written tight ("19.10", "20-3").
_RANGE = re.compile(
    rf"(?P<d1>{_DAY_DIGITS})\s*(?:-|–|đến|và)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}})(?:\s*/\s*|\.|-(?=\d))(?P<m>\d{{1,2}})"
    r"(?:(?:\s*/\s*|\.)(?P<y>\d{4}))?(?![\d/])"
)
_DAY = rf"(?P<d>{_DAY_DIGITS})"
_FULL = re.compile(_DAY + r"(?:\s*/\s*|(?P<tight>[.-]))(?P<m>\d{1,2})(?(tight)[.-]|\s*/\s*)(?P<y>\d{4})(?![\d/])")
# A day and month may end the sentence ("... tại huyện Noọng Hét ngày 10/8."), not run on into a year or a number.
_DAY_MONTH = re.compile(_DAY + r"(?:\s*/\s*|[.-])(?P<m>\d{1,2})(?![\d/-]|\.\d|\s*/\s*\d)")
# "sáng nay", "hôm qua", "chiều qua": the day the page was published, or the day before.
# Opening with the word's first letter (not "\b"), so the pattern is tried only where one of them stands.
_RELATIVE = re.compile(
    r"(?P<word>[HhSsCcTt](?<!\w[HhSsCcTt])"
    r"(?:(?<=[Hh])ôm nay|(?<=[Ss])áng nay|(?<=[Cc])hiều nay|(?<=[Tt])ối nay|(?<=[Hh])ôm qua"
    r"|(?<=[Ss])áng qua|(?<=[Cc])hiều qua))\b"
)
# What _RELATIVE reads after its first letter: a text with none of them holds no such word (and is not scanned).
# ("tối qua" is left out: "tối quan trọng", "mối quan hệ" would send most texts to the scan.)
_RELATIVE_TAILS = ("ôm nay", "áng nay", "hiều nay", "ối nay", "ôm qua", "áng qua", "hiều qua")
# "Từ ngày 30/11 đến ngày 2/12/2024", "12/3 - 15/3": a span whose two days name their months.
_SPAN = re.compile(
    rf"(?P<d1>{_DAY_DIGITS})\s*/\s*(?P<m1>\d{{1,2}})\s*(?:-|–|đến)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}})\s*/\s*(?P<m2>\d{{1,2}})"
    r"(?:\s*/\s*(?P<y>\d{4}))?(?![\d/])"
)
# (Its day, month and dash, looked for first: a pattern that opens on "/" is tried only where one stands.)
_SPAN_HINT = re.compile(r"/\s*\d{1,2}\s*(?:-|–|đến)\s*(?:ngày\s+)?\d")
# "tháng 2 vừa qua", "cuối tháng 8", "trung tuần tháng 3": a month without its year, told as one just past or
# going on: the page's year, or the year before for a month after the page's.
# (Opening on "tháng", so the pattern is tried only where that word stands; what comes before is asked after.)
_MONTH_WITHOUT_YEAR = re.compile(r"tháng\s+(?P<m>\d{1,2})(?![\d/]|-\d{4}|\s*(?:/|năm)\s*\d)(?P<past>\s+vừa\s+qua)?")
_BACK_IN = re.compile(r"\bhồi\s+$")  # "hồi tháng 6": a month gone by
_PART_OF_MONTH = re.compile(r"(?:đầu|giữa|cuối|trung tuần|thượng tuần|hạ tuần)\s+$")
_WORDS = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
_WORDS_RANGE = re.compile(
    r"ngày\s+(?P<d1>\d{1,2})\s+(?:đến|-|–)\s+(?:ngày\s+)?(?P<d2>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
)
_WORDS_NO_YEAR = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\s*(?:năm|/)\s*\d)")
# ("tháng 12-2019": the dash some papers write between month and year)
_MONTH = re.compile(r"tháng\s+(?P<m>\d{1,2})(?:\s*(?:/|năm)\s*|-(?=\d{4}))(?P<y>\d{4})")
# "năm 2021 - 2023" opens a span of years, no date of its own.
_YEAR = re.compile(r"(?:năm|Năm)\s+(?P<y>(?:19|20)\d{2})(?![\d-])(?!\s*[-–]\s*(?:19|20)\d{2})")
# "kỷ niệm 46 năm Ngày ký Hiệp ước ... (18/7/1977)": the year recalled, and how many years ago.
_ANNIVERSARY = re.compile(
    r"kỷ niệm\s+(?P<n>\d{1,3})\s+năm\b[^.;()]{0,120}\([^()]*?(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)[^()]*\)", re.IGNORECASE
)
# (The first letter case by case, then "\b" behind it: a pattern that opens with a set of letters is tried only where
# one of them stands, not at every character; "(?-i:...)" holds every letter IGNORECASE matches there.)
_HISTORY = re.compile(
    r"(?-i:[tT])(?<=\b.)ừ\s+(?:năm\s+)?(?:19|20)\d{2}\s+(?:đến|tới)\s+(?:năm\s+)?(?:19|20)\d{2}", re.IGNORECASE
)
# "Văn bản số 4006/UBND-KTTH ngày 18/8/2023": the date of a numbered paper the sentence cites, not of a meeting or
# an agreement; the span is taken so that no shorter pattern reads it either.
_OFFICIAL_NUMBER = re.compile(r"\bsố\s+\d+[\w/.-]*\s+(?:ngày\s+)?$", re.IGNORECASE)
# "hoàn thành đóng điện trước ngày 30/12/2025", "chậm nhất là ngày 15/8": a deadline is the day of nothing told.
_DEADLINE = re.compile(r"\b(?:trước|chậm nhất(?: là)?|hạn chót(?: là)?)\s+(?:ngày\s+)?$", re.IGNORECASE)
# "Hiệp định về hợp tác ... năm 2011", "Kế hoạch hợp tác năm 2021": the year a paper is for, often signed the year
# before (a plan for 2021 is signed in December 2020), is not the article's.
# (Each word's first letter opens the pattern, as in _HISTORY; "K" is the Kelvin sign, which IGNORECASE reads as "k".)
_NAMED_YEAR = re.compile(
    r"(?-i:[kKKcChHtTbBnNđĐ])(?<=\b.)(?:(?<=k)ế hoạch|(?<=c)hương trình|(?<=h)iệp định|(?<=t)hỏa thuận|(?<=t)hoả thuận"
    r"|(?<=b)iên bản|(?<=n)ghị định thư|(?<=b)ản ghi nhớ|(?<=đ)ề án)"
    r"[^.;:\n]{0,80}?năm\s+(?:19|20)\d{2}",
    re.IGNORECASE,
)
# "Hội sẽ sang thăm Lào trong năm 2024": a year the article plans for, often the next one, is not its own.
# (The first letter first, "(?<!\w)" looked at behind it: tried only where an "s" or a "d" stands.)
_PLANNED_YEAR = re.compile(
    r"[SsDd](?<!\w.)(?:(?<=[Ss])ẽ|(?<=[Dd])ự kiến|(?<=[Dd])ự định)\b[^.;:\n]{0,80}?năm\s+(?:19|20)\d{2}"
)
# A plan's horizon is no year of the news either: "quy hoạch ... đến năm 2025, định hướng đến năm 2035". Asked of
# the text before each "năm YYYY" left (a few a page), not searched for over the whole page.
_HORIZON_BEFORE = re.compile(
    r"(?:(?:tầm nhìn|định hướng)(?:\s+(?:đến|tới))?"
    r"|(?:quy hoạch|chiến lược|kế hoạch|mục tiêu)\b[^.;:\n]*?\b(?:đến|tới))\s+(?:năm\s+)?$",
    re.IGNORECASE,
)


def _horizon(text: str, start: int) -> bool:
    return bool(_HORIZON_BEFORE.search(text[max(0, start - 90) : start]))


_PERIOD = re.compile(r"(?P<a>(?:19|20)\d{2})\s*(?:-|–|đến)\s*(?P<b>(?:19|20)\d{2})")
# A year not inside a date or a number: "(?<![\d/-])" checked after its first two digits, so the pattern opens with one.
_BARE_YEAR = re.compile(r"((?:19|20)(?<![\d/-]..)\d{2})(?![\d/-])")


class DateMention(BaseModel):
    start: int
    end: int
    value: str | None  # ISO, None when the year is unknown
    end_value: str | None = None
    day_month: str | None = None  # "11/12" as written, when the year had to be inferred or is unknown
    end_day_month: str | None = None  # a span's last day when its year is unknown ("từ ngày 18 đến 22/12")
    inferred: bool = False

    @property
    def precision(self) -> int:
        return len(self.value or "")


class Period(BaseModel):
    start: int
    end: int
    first: str
    last: str


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1950 <= year <= 2100


def _iso(year: int, month: int, day: int | None = None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


_SINCE_YEAR = re.compile(r"\b[Tt]ừ năm\s+(?:19|20)\d{2}\s+(?:đến|tới)\s+nay\b")
_CARRIED_OUT = re.compile(
    r"\b(?:[Tt]hực hiện|[Tt]riển khai)\s+(?:chương trình|kế hoạch)[^.;:\n]{0,60}?\bnăm\s+(?P<y>(?:19|20)\d{2})(?![\d-])"
)


def document_year(text: str, published: str | None) -> int | None:
    """The year a yearless day belongs to: the publication's, else the latest year written in the text."""
    if published and published[:4].isdigit():
        return int(published[:4])
    # The past the article recalls is not its year: "(18/7/1977)" after "kỷ niệm 46 năm" dates a treaty and
    # makes the article's year 2023; "từ năm 1912 đến năm 1969" spans a life's work.
    years = [int(m["y"]) + int(m["n"]) for m in _ANNIVERSARY.finditer(text) if int(m["n"]) <= 100]
    # ("Thực hiện chương trình hợp tác năm 2019 giữa hai tỉnh, ...": the year of the programme carried out now)
    carried_out = (
        [int(m["y"]) for m in _CARRIED_OUT.finditer(text)] if "hực hiện" in text or "riển khai" in text else []
    )
    # ("Từ năm 2015 đến nay, ...": a period's start, years before the article's own)
    text = _SINCE_YEAR.sub(" ", text) if " nay" in text else text
    text = _PLANNED_YEAR.sub(" ", _NAMED_YEAR.sub(" ", _HISTORY.sub(" ", _ANNIVERSARY.sub(" ", text))))
    years += [int(m.group("y")) for m in _FULL.finditer(text)]
    years += [int(m.group("y")) for m in _MONTH.finditer(lowered(text))]
    years += [int(m.group("y")) for m in _YEAR.finditer(text) if not _horizon(text, m.start())]
    years = years or carried_out
    if not years:
        # A year written inside a name ("Tech-Innovation 2023") is the last resort.
        # A period's bounds ("giai đoạn 2022 – 2024") say nothing of when the article was written.
        bare = _PERIOD.sub(" ", text)
        years = [int(m.group(1)) for m in _BARE_YEAR.finditer(bare) if not _horizon(bare, m.start())]
    return max(years) if years else None


def find_dates(text: str, year: int | None, published: str | None = None) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(mention: DateMention) -> None:
        taken.append((mention.start, mention.end))
        before = text[max(0, mention.start - 40) : mention.start]
        if not _OFFICIAL_NUMBER.search(before) and not _DEADLINE.search(before):
            found.append(mention)

    low = lowered(text)  # the patterns of words read the text in lower case, at the same offsets
    for m in _WORDS_RANGE.finditer(low):
        d1, d2, mo, y = int(m["d1"]), int(m["d2"]), int(m["m"]), int(m["y"])
        if d1 < d2 and _valid(y, mo, d1) and _valid(y, mo, d2):
            add(DateMention(start=m.start(), end=m.end(), value=_iso(y, mo, d1), end_value=_iso(y, mo, d2)))
    for m in _WORDS.finditer(low):
        if not free(m.start(), m.end()):
            continue
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if _valid(y, mo, d):
            add(DateMention(start=m.start(), end=m.end(), value=_iso(y, mo, d)))
    for m in _SPAN.finditer(text) if _SPAN_HINT.search(text) else ():
        d1, m1, d2, m2 = int(m["d1"]), int(m["m1"]), int(m["d2"]), int(m["m2"])
        y = int(m["y"]) if m["y"] else year
        if y is None or (m["y"] is None and not _cued(text, m.start())) or (m1, d1) >= (m2, d2):
            continue
        if mention := _span_mention(m, y, (m1, d1), (m2, d2)):
            add(mention)
    for m in _RANGE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
        if m["y"] is None and not _cued(text, m.start()):
            continue
        y = int(m["y"]) if m["y"] else year
        if d1 >= d2 or not (1 <= mo <= 12):
            continue
        if y is None:
            add(
                DateMention(
                    start=m.start(), end=m.end(), value=None, day_month=f"{d1}/{mo}", end_day_month=f"{d2}/{mo}"
                )
            )
        elif mention := _span_mention(m, y, (mo, d1), (mo, d2)):
            add(mention)
    for m in _FULL.finditer(text):
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if free(m.start(), m.end()) and _valid(y, mo, d):
            add(DateMention(start=m.start(), end=m.end(), value=_iso(y, mo, d)))
    for m in _DAY_MONTH.finditer(text):
        if free(m.start(), m.end()) and _cued(text, m.start()) and (mention := _yearless(m, year)):
            add(mention)
    for m in _WORDS_NO_YEAR.finditer(low):
        if free(m.start(), m.end()) and (mention := _yearless(m, year)):
            add(mention)
    for m in _MONTH.finditer(low):
        mo, y = int(m["m"]), int(m["y"])
        if free(m.start(), m.end()) and 1 <= mo <= 12:
            add(DateMention(start=m.start(), end=m.end(), value=_iso(y, mo)))
    for m in _YEAR.finditer(text):
        if free(m.start(), m.end()):
            add(DateMention(start=m.start(), end=m.end(), value=m["y"]))
    for m in _MONTH_WITHOUT_YEAR.finditer(low) if "tháng" in low else ():
        before = low[max(0, m.start() - 14) : m.start()]
        if not (m["past"] or _PART_OF_MONTH.search(before) or _BACK_IN.search(before)):
            continue
        mo = int(m["m"])
        if published and len(published) >= 7:
            y = int(published[:4]) if mo <= int(published[5:7]) else int(published[:4]) - 1
        else:
            y = year
        if y is not None and free(m.start(), m.end()) and 1 <= mo <= 12:
            add(DateMention(start=m.start(), end=m.end(), value=_iso(y, mo), inferred=True))
    for m in _RELATIVE.finditer(text) if any(tail in text for tail in _RELATIVE_TAILS) else ():
        if re.match(r"\s*\(\s*\d", text[m.end() : m.end() + 6]):
            continue  # "hôm qua (12/3)": the day written in brackets says which
        if free(m.start(), m.end()) and (day := _relative_day(m["word"], published)):
            add(DateMention(start=m.start(), end=m.end(), value=day, inferred=True))
    if published and len(published) >= 7:
        for m in _LATELY.finditer(text):
            if free(m.start(), m.end()):
                add(DateMention(start=m.start(), end=m.end(), value=published[:7], inferred=True))
    if published and "ngoái" in text:
        for m in _LAST_YEARS_MONTH.finditer(text):
            if free(m.start(), m.end()) and 1 <= (mo := int(m["month"])) <= 12:
                add(DateMention(start=m.start(), end=m.end(), value=_iso(int(published[:4]) - 1, mo), inferred=True))
        for m in _LAST_YEAR.finditer(text):
            if free(m.start(), m.end()):
                add(DateMention(start=m.start(), end=m.end(), value=str(int(published[:4]) - 1), inferred=True))
    if published and "ăm nay" in text:
        for m in _THIS_YEAR.finditer(text):
            if free(m.start(), m.end()):
                add(DateMention(start=m.start(), end=m.end(), value=published[:4], inferred=True))
    if published and len(published) == 10 and "uần " in text:
        for m in _LAST_WEEK.finditer(text):
            if free(m.start(), m.end()) and (month := _last_weeks_month(published)):
                add(DateMention(start=m.start(), end=m.end(), value=month, inferred=True))
    if published and len(published) == 10 and year == int(published[:4]):
        found = [_before_the_page(m, published) for m in found]
    found.sort(key=lambda x: x.start)
    spans = [m for m in found if m.end_value and not m.inferred]
    return [_of_a_span_told_above(m, spans) for m in found] if spans else found


def _of_a_span_told_above(mention: DateMention, spans: list[DateMention]) -> DateMention:
    """ "Từ ngày 3 đến 5/11/2023, tại Sầm Nưa, ... hội đàm. ... Chiều 5/11, kết thúc hội đàm, ...": a day written
    without its year, within a span told with its year earlier in the article, is of that span's year."""
    if not (mention.inferred and mention.day_month and mention.value and len(mention.value) == 10):
        return mention
    day = mention.value[4:]
    for told in reversed([m for m in spans if m.end <= mention.start and mention.start - m.end < 3000]):
        if not told.value or told.value[:4] == mention.value[:4]:
            continue
        if told.value[4:] <= day <= told.end_value[4:] and told.value[:4] == told.end_value[:4]:
            return mention.model_copy(update={"value": told.value[:4] + day})
    return mention


def _span_mention(m: re.Match[str], year: int, first: tuple[int, int], last: tuple[int, int]) -> DateMention | None:
    """A span from its first to its last (month, day), dated with its own year or, marked inferred, the document's."""
    (m1, d1), (m2, d2) = first, last
    if not (_valid(year, m1, d1) and _valid(year, m2, d2)):
        return None
    return DateMention(
        start=m.start(),
        end=m.end(),
        value=_iso(year, m1, d1),
        end_value=_iso(year, m2, d2),
        day_month=None if m["y"] else f"{d1}/{m1}",
        inferred=m["y"] is None,
    )


def _before_the_page(mention: DateMention, published: str) -> DateMention:
    """A day without its year that would fall well after the page's date is the year before's: a page of
    22/03/2023 that reports "Ngày 10-11" reports 10 November 2022. (Plans and invitations are no meetings.)"""
    if not (mention.inferred and mention.day_month and mention.value and len(mention.value) == 10):
        return mention
    page = date.fromisoformat(published)
    year, month, day = (int(part) for part in mention.value.split("-"))
    if date.fromisoformat(mention.value) <= page + timedelta(days=7) or not _valid(year - 1, month, day):
        return mention
    shift = {"value": _last_year(mention.value)}
    if mention.end_value:
        shift["end_value"] = _last_year(mention.end_value)
    return mention.model_copy(update=shift)


def _last_year(iso: str) -> str:
    return f"{int(iso[:4]) - 1:04d}{iso[4:]}"


# "Vừa qua, tại Vinh, ...", "Mới đây, ...": a sentence that opens on lately is dated to the month of the page's
# date line, the precision it gives (not "thời gian vừa qua", the recent past in general).
# (The capital first, what stands before it looked at behind it: the pattern is tried only where a "V" or "M" stands.)
# ("(TTXVN) – Vừa qua, ...": a dash after the source opens the lead too.)
_LATELY = re.compile(r"[VM](?:(?<=^[VM])|(?<=[.!?–-]\s[VM])|(?<=\n[VM]))(?:(?<=V)ừa qua|(?<=M)ới đây)(?=,)")


# "Năm ngoái, đơn vị đã ký ...", "hồi tháng 11 năm ngoái": the year before the page's.
_LAST_YEAR = re.compile(r"(?<!\w)[Nn]ăm ngoái\b")
_LAST_YEARS_MONTH = re.compile(r"(?<!\w)[Tt]háng\s+(?P<month>\d{1,2})\s+năm ngoái\b")
# "đã ký ... vào đầu năm nay": the page's year (not a bare "năm nay": "diễn đàn năm nay" may be still to come)
_THIS_YEAR = re.compile(r"(?<!\w)(?:đầu|giữa)\s+năm nay\b")


# "Tuần qua, đoàn ...": a sentence that opens on last week is dated to that week's month.
_LAST_WEEK = re.compile(r"T(?:(?<=^T)|(?<=[.!?–-]\sT)|(?<=\nT))uần (?:qua|trước)(?=,)")


def _last_weeks_month(published: str) -> str | None:
    try:
        return (date.fromisoformat(published) - timedelta(days=5)).isoformat()[:7]
    except ValueError:
        return None


def _relative_day(word: str, published: str | None) -> str | None:
    if not published or len(published) < 10:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    if word.lower().endswith(" qua"):
        day -= timedelta(days=1)  # "hôm qua", "chiều qua": the day before the page's
    return day.isoformat()


def _yearless(m: re.Match[str], year: int | None) -> DateMention | None:
    """A day and month without a year: dated with the document's year (inferred), or kept as written."""
    d, mo = int(m["d"]), int(m["m"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if year is not None and _valid(year, mo, d):
        return DateMention(start=m.start(), end=m.end(), value=_iso(year, mo, d), day_month=f"{d}/{mo}", inferred=True)
    return DateMention(start=m.start(), end=m.end(), value=None, day_month=f"{d}/{mo}")


def _cued(text: str, start: int) -> bool:
    """A bare "11/12" is a date only after a day word ("Ngày 11/12", "sáng 11/12", "Sáng thứ Hai, 11/12") or in
    brackets."""
    before = text[max(0, start - 24) : start].lower()
    return bool(re.search(_DAY_CUE + r"$", before) or _WEEKDAY_BEFORE.search(before)) or before.endswith("(")


_WEEKDAY_BEFORE = re.compile(r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*(?:ngày\s+)?$")


def find_periods(text: str) -> list[Period]:
    periods = []
    for m in _PERIOD.finditer(text):
        a, b, start = m["a"], m["b"], m.start()
        # "năm 2023 và giai đoạn 2024-2025": the year before the span opens it
        year_before = _YEAR_THEN_SPAN.search(text, max(0, start - 40), start)
        if year_before is not None and int(year_before["y"]) == int(a) - 1:
            a, start = year_before["y"], year_before.start()
        if a < b:
            periods.append(Period(start=start, end=m.end(), first=a, last=b))
    return periods


_YEAR_THEN_SPAN = re.compile(r"\bnăm\s+(?P<y>(?:19|20)\d{2})\s+và\s+giai đoạn\s+$")


def before_at_its_precision(earlier: str | None, later: str | None) -> bool:
    """ "2023-04" is before "2024-03-12": the first date, read at its own precision, comes before the second."""
    return bool(earlier and later and earlier < later[: len(earlier)])
