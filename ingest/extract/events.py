"""Meetings that took place: workshops, talks, visits, receptions, online meetings, forums, ceremonies.

A meeting is anchored where a sentence names it and dates it ("Sáng 11/12/2023, ... đã diễn ra Hội thảo");
later sentences that name it again ("Tại Hội thảo, ...") add to it. Plans and invitations are not meetings.
Participants come from the sentences that speak of the meeting, with the role the wording gives:
"đồng chủ trì" (co-chair), "do X làm Trưởng đoàn" / "dẫn đầu" (head of delegation), "X tiếp Y"
(host and guest), "Tham dự ... có" (attendee), "trước sự chứng kiến của" (witness).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from graph.schema import EventType, Role
from ingest.extract.context import DocContext
from ingest.extract.dates import DateMention, before_at_its_precision
from ingest.extract.models import PlaceMention
from ingest.extract.orgs import speaks_for_province
from ingest.extract.places import (
    a_connection_point,
    a_missions_seat,
    a_seat_or_a_past,
    named_as_venue,
    province_country,
    where_someone_is_from,
)
from ingest.gazetteer import PhraseMatcher, load_gazetteer
from ingest.letters import UPPER, lowered
from ingest.lexicons import load_lexicons
from ingest.sentences import Sentence

# When one sentence names several kinds of meeting, the more specific one names the event.
_PRIORITY = [
    EventType.ONLINE_MEETING,
    EventType.WORKSHOP,
    EventType.FORUM,
    EventType.CONFERENCE,
    EventType.TALKS,
    EventType.RECEPTION,
    EventType.VISIT,
    EventType.SIGNING,
    EventType.WORKING_SESSION,
    EventType.OTHER,
]
# (Patterns here that open with a word open with its first letter, case by case, "\b" looked at behind it: they are
# tried only where one of those letters stands, not at every character. "(?-i:...)" holds each letter IGNORECASE
# matches: "ſ" is read as "s", the Kelvin sign "K" as "k".)
_NOT_HAPPENED = re.compile(
    r"((?-i:[sSſdDmMđĐcCkKKtThH])(?<=\b.)(?:(?<=s)ẽ|(?<=d)ự kiến|(?<=m)ời|(?<=đ)ề nghị|(?<=đ)ề xuất|(?<=c)huẩn bị"
    r"|(?<=k)ế hoạch tổ chức|(?<=t)iến tới|(?<=m)ong muốn|(?<=h)y vọng"
    r"|(?<=h)oãn"  # "Hà Tĩnh hoãn chuyến công tác sang tỉnh A": put off before it began
    r"|(?<=đ)ăng ký tham (?:gia|dự)"  # "mời các bộ, ngành đăng ký tham gia diễn đàn": invited to the one to come
    # "chưa từng tổ chức hội đàm", "không tham dự hội nghị": a meeting denied ("không ngừng", "không chỉ" deny none)
    # (nor do the nouns "không gian mạng", "không quân", "không phận")
    r"|(?<=c)hưa|(?<=k)hông(?! ngừng| chỉ| những| hoàn lại| gian| khí| quân| phận| lưu| ảnh)))\b",
    re.IGNORECASE,
)
_CO_CHAIR = re.compile(r"đồng chủ trì", re.IGNORECASE)
_HEAD = re.compile(r"((?-i:[lLdDtT])(?:(?<=l)àm trưởng đoàn|(?<=d)ẫn đầu|(?<=t)rưởng đoàn))", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"\b(do|Trưởng đoàn)\b")
# "X tiếp Y": X hosts, Y is received; not "tiếp tục", "tiếp theo", "trực tiếp", "tiếp nhận" ...
_RECEIVES = re.compile(
    r"([đtc](?<!trực .)(?<!buổi .)(?<=\b.)(?:(?<=đ)ã tiếp|(?<=t)hân mật tiếp|(?<=t)iếp xã giao|(?<=t)iếp và làm việc"
    r"|(?<=c)ó buổi tiếp|(?<=t)iếp đoàn|(?<=t)iếp(?!\s+(?:tục|theo|nhận|cận|thu|xúc|giáp|đón|sức|tế)\b)))\b"
)
_CALLS_ON = re.compile(r"\bchào xã giao\b", re.IGNORECASE)
_WITNESS = re.compile(r"chứng kiến", re.IGNORECASE)
_CHAIR = re.compile(r"(?-i:[cC])(?<=\b.)hủ trì\b", re.IGNORECASE)
_AT = re.compile(r"(?-i:[tT])(?<=\b.)ại\s+|\b(?:diễn ra|tổ chức)\s+ở\s+", re.IGNORECASE)  # "tại X", "diễn ra ở X"


@dataclass
class FoundEvent:
    key: str
    event_type: EventType
    anchor: int  # sentence index
    date: DateMention | None
    cue_at: int = 0  # offset of the cue in the document
    sentences: set[int] = field(default_factory=set)
    title: str | None = None
    location: str | None = None
    province_id: str | None = None
    country_id: str | None = None
    # (kind, ref, role, sentence): kind person|org|province; ref a person name, org key or province id
    participants: list[tuple[str, str, Role, int]] = field(default_factory=list)
    twin_of: FoundEvent | None = None  # the session a visit was read from, or the visit a session was
    cue: str | None = None  # the words that named it ("lễ khánh thành", "trao tặng Huân chương")
    trip: DateMention | None = None  # the span of the trip it was first dated by, before its own day was said
    stop_after: FoundEvent | None = None  # the session at the trip's stop before this one ("Rời A, ... đoàn đến B")


@cache
def _cue_matcher() -> PhraseMatcher:
    return PhraseMatcher({cue: cue for cue in load_lexicons().event_cues})


# Receiving students or trainees is a reception, with their number between verb and noun ("tiếp nhận 10 sinh
# viên"), which a fixed phrase cannot hold.
_RECEIVES_STUDENTS = re.compile(
    r"(?-i:[tT])(?<=\b.)iếp nhận\s+(?:\d+\s+)?(?:sinh viên|lưu học sinh|học viên|học sinh)\b", re.IGNORECASE
)


# "Phó Thủ tướng Trần Hồng Hà tiếp Bộ trưởng ...": the bare verb with its guest named after it.
# (The verb first, its left context after it: a pattern that opens with a word is tried only where it stands.)
_RECEIVES_GUEST = re.compile(
    r"tiếp(?<=[\w,] tiếp)(?<!trực tiếp)(?<!kế tiếp)(?<!liên tiếp)(?<!buổi tiếp)(?<!đón tiếp)(?<!tiếp tiếp)"
    rf"(?=\s+(?:[{UPPER}]|đoàn\b|ông\b|bà\b))"
)
# "Sáng 27/1, đoàn được Bộ trưởng Bộ ... Lào tiếp; ...": received, told from the guests' side
_RECEIVED_BY = re.compile(r"(?<=\bđược )[^,.;:]{3,80}?\stiếp(?=\s*(?:[.;:]|,\s|$))")


def cues_in(text: str, doc: str | None = None, at: int = 0) -> list[tuple[int, int, EventType]]:
    """The meeting cues in text. With doc, text is doc[at : at + len(text)], a sentence of it: its cue phrases come
    from one search of the whole document (PhraseMatcher.find_in)."""
    cues = load_lexicons().event_cues
    hits = _cue_matcher().find(text) if doc is None else _cue_matcher().find_in(doc, at, at + len(text))
    found = [(h.start, h.end, cues[h.key]) for h in hits]
    if "ếp nhận" in lowered(text):  # (every letter IGNORECASE matches in these words folds to the letter)
        found += [(m.start(), m.end(), EventType.RECEPTION) for m in _RECEIVES_STUDENTS.finditer(text)]
    taken = [(a, b) for a, b, _ in found]
    received = _RECEIVED_BY.finditer(text) if "được" in text else ()  # (the word looked for before the pattern)
    found += [
        (m.start(), m.end(), EventType.RECEPTION)
        for m in (*_RECEIVES_GUEST.finditer(text), *received)
        if not any(a <= m.start() < b for a, b in taken)
    ]
    return sorted(found)


# ("chuyến thăm của đoàn A tại B, theo kế hoạch diễn ra vào đầu tháng 4, đã phải lùi lại": put off, however long
# the meeting's own clause runs before it says so)
_CALLED_OFF = re.compile(
    r"[^.;]{0,220}?\b(?:bị hoãn|tạm hoãn|phải hoãn|hoãn lại|bị hủy|bị huỷ|hủy bỏ|huỷ bỏ|(?:phải|bị) lùi|lùi lại"
    r"|dời lại|chưa thể diễn ra|không thể diễn ra)\b"
)


# ("chuẩn bị nội dung cuộc hội đàm trực tuyến giữa ...": what is being readied is one still to come)
_PLANNED = re.compile(
    r"\b(?:kế hoạch|chuẩn bị(?:\s+(?:nội dung|chương trình))?(?:\s+cho)?)\s+(?:tổ chức\s+)?(?:các\s+|một\s+)?"
    r"(?:cuộc\s+|buổi\s+|chuyến\s+)?$",
    re.IGNORECASE,
)


def _happened(sentence: str, cue_start: int) -> bool:
    """Not a plan or an invitation, unless the sentence goes on to say it took place."""
    before = sentence[:cue_start]
    if before.count("“") > before.count("”"):
        return False  # "với phương pháp “hội thảo đầu bờ”": a quoted name of something else
    clause_start = max(sentence.rfind(",", 0, cue_start), sentence.rfind(";", 0, cue_start), 0)
    # "Lâm Đồng sẽ hỗ trợ cây giống, tổ chức các lớp tập huấn ...": "sẽ" governs the clauses it heads.
    # ("đoàn tỉnh B dự kiến sang thăm, làm việc với tỉnh A": "dự kiến" governs the verbs listed after it too)
    # ("Bộ đề nghị tỉnh A ..., tỉnh B ..., báo cáo kết quả tại hội nghị năm 2024": so does a request)
    # ("Theo kế hoạch, trong tháng 10 này, Bệnh viện cũng đón đoàn ...": what the plan holds, not what was done)
    will = re.search(r"\b(?:sẽ|dự kiến|đề nghị|đề xuất|yêu cầu|[Tt]heo kế hoạch)\b(?!.*\b(?:đã|vừa)\b)", before)
    if _to_take_place(sentence, cue_start) and not re.search(r"\b(?:đã|vừa)\b", sentence):
        return False  # "Chuyến thăm ... dự kiến diễn ra vào tháng 6": the meeting is announced, not reported
    if _PLANNED.search(before[-40:]):
        return False  # "đã xây dựng kế hoạch hội đàm với ...": what was drawn up is the plan of one
    if _CALLED_OFF.match(sentence, cue_start):
        return False  # "chuyến thăm của Thủ tướng Lào đã bị hoãn": put off, it did not take place
    if _NOT_HAPPENED.search(sentence[clause_start:cue_start]) is None and will is None:
        return True
    held = re.search(
        r"(?<!sẽ )(?<!dự kiến )(?<!sắp )\b(diễn ra|đã diễn ra|đã được tổ chức|đã tổ chức)\b",
        sentence[cue_start : cue_start + 120],
    )
    # ("... mời lãnh đạo tỉnh A sang dự Hội chợ ... diễn ra vào cuối năm": when it takes place, still ahead)
    return held is not None and not _HELD_AHEAD.match(sentence, cue_start + held.end())


_HELD_AHEAD = re.compile(
    r"\s+(?:vào\s+)?(?:cuối năm(?! qua| ngoái)|đầu năm sau|năm sau|năm tới|tháng tới|tuần tới|thời gian tới|sắp tới"
    r"|(?:tháng\s+\d{1,2}|quý\s+[IV1-4]+)\s+(?:năm sau|tới))\b"
)


def _to_take_place(sentence: str, cue_start: int) -> bool:
    """The meeting's own clause, or the one a comma sets off right after its name, says it is still to come; not
    when another meeting is named between ("cuộc họp chuẩn bị cho chuyến công tác ..., dự kiến diễn ra ...")."""
    ahead = _TO_TAKE_PLACE.match(sentence, cue_start)
    if ahead is None:
        return False
    comma = sentence.find(",", cue_start, ahead.end())
    if comma < 0:
        return True
    named = cues_in(sentence[cue_start:comma])
    own_end = max((end for start, end, _ in named if start == 0), default=0)
    return not [c for c in named if c[0] >= own_end]


# The meeting's own clause says it is still to come: "Hội nghị ... sẽ diễn ra", "dự kiến được tổ chức", "sắp diễn ra".
# ("... sang dự Diễn đàn chuyển đổi số các tỉnh miền núi, dự kiến tổ chức tại A vào tháng 12": the comma that sets
# off when it is to take place)
_TO_TAKE_PLACE = re.compile(
    r"[^,.;:]{0,150}?(?:,\s*)?\b(?:sẽ|dự kiến|sắp)\s+(?:được\s+)?(?:diễn ra|tổ chức|tiến hành|khai mạc)\b",
    re.IGNORECASE,
)


# "Chiều cùng ngày, ...", and a sentence that opens at the place or on the occasion just reported: "Tại đây, Chủ
# tịch Quốc hội đã tiếp ...", "Nhân dịp này, ...".
# ("Cũng tại phiên bế mạc, ..." after "Tại phiên bế mạc chiều 26/9, ...": the same sitting, so the same day)
_SAME_DAY = re.compile(
    r"\b(?:sáng|chiều|tối|trưa)?\s*cùng ngày\b|^\s*(?:tại đây|nhân dịp này|dịp này|trong dịp này|ngay sau đó)\s*,"
    r"|^\s*cũng\s+(?:tại|trong)\s+(?:phiên|buổi|lễ|dịp|hội nghị|hội đàm)\b",
    re.IGNORECASE,
)


# "Sáng hôm sau, ...", "Ngày hôm sau, ...": the sentence opens on the day after the last meeting told.
_NEXT_DAY = re.compile(r"\s*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)\s+)?hôm sau\b")


def _the_day_after(day: DateMention | None) -> DateMention | None:
    if day is None or len(day.value or "") != 10:
        return None
    after = date.fromisoformat(day.value).toordinal() + 1
    return day.model_copy(update={"value": date.fromordinal(after).isoformat(), "day_month": None, "inferred": True})


def _day_told_before(ctx: DocContext, index: int) -> DateMention | None:
    """The day the nearest of the two sentences before names, when it names one day and nothing else ("Sáng 13-11,
    đoàn đã bàn giao ...")."""
    for before in range(index - 1, max(-1, index - 3), -1):  # the sentence before, or the one before it
        # (a month or a year recalled there, "năm ngoái, vào tháng 8/2023", is no day to be the same as)
        mentions = [
            m
            for m in ctx.dates_in(before)
            if (m.day_month or len(m.value or "") >= 10)
            and not _ahead_in_its_clause(ctx, m)
            and not _closes_a_span(ctx, m)
        ]
        days = [m for m in mentions if m.value and len(m.value) == 10 and not m.end_value]
        if mentions:
            return days[-1] if len(days) == 1 and len(mentions) == 1 else None
    # none of them names a date: the last day named before ("Ngày 11/8, ... ký ...", paragraphs of what the paper
    # holds, then "Chiều cùng ngày, ...")
    last = next(
        (
            m
            for i in range(index - 1, -1, -1)
            for m in reversed(ctx.dates_in(i))
            if (m.day_month or m.precision == 10) and not _ahead_in_its_clause(ctx, m) and not _closes_a_span(ctx, m)
        ),
        None,
    )
    return last if last is not None and last.precision == 10 and not last.end_value else None


def _closes_a_span(ctx: DocContext, mention: DateMention) -> bool:
    """ "Hội chợ diễn ra đến hết ngày 20/11": the day a span closes on, when nothing need have happened."""
    return _UNTIL.search(ctx.text, max(0, mention.start - 20), mention.start) is not None


_UNTIL = re.compile(r"\b(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$")


def _ahead_in_its_clause(ctx: DocContext, mention: DateMention) -> bool:
    """ "đoàn tỉnh A sẽ đến Đà Nẵng vào sáng 22/11": a day planned, not one a meeting told later can share."""
    opens = max(ctx.text.rfind(mark, 0, mention.start) for mark in (",", ";", ".", "\n"))
    return _AHEAD.search(ctx.text, opens + 1, mention.start) is not None


def day_said_before(ctx: DocContext, index: int, events: list[FoundEvent]) -> DateMention | None:
    """ "Chiều cùng ngày, ...", "Cũng tại phiên bế mạc, ...": the day the sentence's words point back to."""
    told_before = [e for e in events if e.anchor < index]
    return _same_day(ctx.sentence_text(index), told_before, lambda: _day_told_before(ctx, index))


def _same_day(
    sentence: str, events: list[FoundEvent], day_before: Callable[[], DateMention | None] = lambda: None
) -> DateMention | None:
    """ "Chiều cùng ngày, ...": the day the sentence before names, else that of the latest meeting dated before."""
    # (The words must be there, in any case: every letter IGNORECASE matches in them folds to the letter.)
    low = lowered(sentence)
    if "hôm sau" in low and _NEXT_DAY.match(sentence):
        return _the_day_after(_last_day_held(events))  # "Sáng hôm sau, đoàn ...": the day after
    words = ("cùng ngày", "đây", "dịp này", "cũng", "sau đó")
    if not any(word in low for word in words) or not _SAME_DAY.search(sentence):
        return None
    latest = _last_day_held(events)
    told = day_before()  # (asked only where "cùng ngày" stands)
    if told is not None and (latest is None or (latest.value or "") < (told.value or "")):
        return told  # "Trong hai ngày 12 và 13-11 ... Sáng 13-11, đoàn đã bàn giao ... Chiều cùng ngày, ...": the 13th
    return latest


def _last_day_held(events: list[FoundEvent]) -> DateMention | None:
    """The day of the meeting told last, by where it is told (a trip found after the talks it frames is told before
    them), preferring one held on a day to a trip's span ("... hội đàm ngày 16/10. Đoàn đang thăm Quảng Trị từ ngày
    15 đến 17/10. Cùng ngày, ..." is the 16th) and to a meeting of a month or a year recalled between ("hội nghị trực
    tuyến năm 2024" names no day)."""
    dated = [e for e in events if e.date is not None and (e.date.value or e.date.day_month)]
    days = [
        e
        for e in dated
        if e.date.end_value is None
        and e.date.end_day_month is None
        and (len(e.date.value or "") == 10 or e.date.day_month)
    ]
    latest = max(days or dated, key=lambda e: e.anchor, default=None)
    if latest is None:
        return None
    # The day, not the span: "thăm Lào từ 29/9-2/10. Chiều cùng ngày, ... hội đàm" met on the 29th.
    return latest.date.model_copy(update={"end_value": None, "end_day_month": None})


def _pick_date(ctx: DocContext, index: int, cue_at: int) -> DateMention | None:
    """The sentence's date nearest the cue, ignoring years alone and dates that belong to an agreement."""
    sentence = ctx.sentences[index]
    best: DateMention | None = None
    # "năm 2024, đoàn ... đã sang hội đàm ...; kể từ ngày 1/1/2025, Huế trở thành ...": a later clause's day (one
    # before the cue may date it: "từ ngày 9-10/1, Thủ tướng thăm Lào; đồng chủ trì Hội nghị ...")
    semicolon = sentence.text.find(";", cue_at - sentence.start)
    later = sentence.end if semicolon == -1 else sentence.start + semicolon
    for mention in ctx.dates_in(index):
        if mention.value is not None and len(mention.value) == 4:
            continue
        if mention.start >= later:
            continue
        if recalled_in_brackets(ctx.text, mention.start):
            continue  # "(5/9/1962 - 5/9/2024)": an anniversary recalled, not the meeting's day; "hôm nay (19/12)" is
        if mention.start > cue_at and (
            AGREED_TO.search(ctx.text, cue_at, mention.start)
            or _AHEAD.search(ctx.text, cue_at, mention.start)
            or _SINCE_WHEN.search(ctx.text, cue_at, mention.start)
        ):
            # "Kết thúc buổi làm việc, hai bên thống nhất thành lập tổ kỹ thuật trong tháng 7/2024", "Cũng trong
            # chuyến công tác, đoàn nhận thư mời dự Ngày hội ..., dự kiến tổ chức vào tháng 3/2025": a plan's day;
            # "... sang thăm tỉnh A kể từ khi tỉnh A (mới) được thành lập, hoạt động từ ngày 1/7/2025": another's
            continue
        before = ctx.text[max(sentence.start, mention.start - 30) : mention.start].lower()
        if re.search(r"(ghi nhớ|thỏa thuận|thoả thuận|hiệp định|nghị định thư)\s*(ngày\s*)?$", before):
            continue
        occasion = mention.end <= cue_at and _OCCASION_BEFORE.search(ctx.text, max(0, cue_at - 25), cue_at)
        if (PAPER_SIGNED_ON.search(before) or _SIGNED_PAPER_ON.search(ctx.text, sentence.start, mention.start)) and (
            not (_cue_signs(ctx.text, cue_at) or occasion)
        ):
            # "Hội nghị đã rà soát Thỏa thuận ..., ký ngày 5/9/2016", "Tại buổi làm việc, ... hai tỉnh đã ký Thỏa
            # thuận ... vào ngày 15/1/2021": the paper's day, not the meeting's
            continue
        if best is None or abs(mention.start - cue_at) < abs(best.start - cue_at):
            best = mention
    return best


# Words after a meeting's cue that make the dates after them another's: since when something else holds, what is
# planned, and what the sides agreed to do (the plan's, not a meeting's or a signing's day; agreements reads it too).
_SINCE_WHEN = re.compile(r"\b(?:kể từ khi|từ khi|sau khi|trước khi)\b")
_AHEAD = re.compile(r"\b(?:dự kiến|sẽ|sắp(?! xếp))\b")
AGREED_TO = re.compile(r"\b(?:thống nhất|nhất trí|cam kết|phấn đấu)\b")


# "..., ký ngày 5/9/2016", "ký tháng 10/2016", "ký hồi tháng 3/2023", "ký tại Đồng Hới ngày 15/1/2023": the words
# that end right before a date said after a paper's name and sides, the day it was signed (agreements reads them too).
PAPER_SIGNED_ON = re.compile(
    r"(?:,\s*|\s)(?:được\s+)?(?:ký|kí)(?:\s+kết)?(?:\s+(?:giữa|với)\s+(?:(?!\skhi\s)[^,;.]){1,80}?)?"
    r"(?:\s+tại\s+[^,;.]{1,30}?)?"
    r"\s+(?:vào\s+|hồi\s+|từ\s+)?"
    r"(?:(?:ngày|tháng|năm)\s*)?$"
)


_SIGNED_PAPER_ON = re.compile(
    r"\b(?:ký|kí)(?:\s+kết)?\s+(?:Thỏa thuận|Thoả thuận|Biên bản|Bản ghi nhớ|Hiệp định|Kế hoạch|Nghị định thư)"
    r"[^,;.]{0,80}?\s+vào\s+(?:ngày|tháng|năm)\s*$"
)


def _cue_signs(text: str, cue_at: int) -> bool:
    """The meeting's cue is a signing ("Lễ ký kết", "ký kết"), whose day is its own, or names the meeting whose
    minutes were signed ("Biên bản Hội nghị ... được ký ngày 21/12/2015"), held that day."""
    return bool(re.match(r"(?:lễ\s+)?(?:ký|kí)\b", text[cue_at : cue_at + 8], re.IGNORECASE)) or _minutes_of(
        text, cue_at
    )


def _minutes_of(text: str, cue_at: int) -> bool:
    """The meeting's cue names the minutes of it ("Biên bản hội đàm"), not the meeting told."""
    return re.search(r"biên bản\s+$", text[max(0, cue_at - 12) : cue_at], re.IGNORECASE) is not None


# "Kế hoạch ... được ký tại Viêng Chăn hồi tháng 1/2024 nhân dịp Hội nghị ...": the occasion it was signed at, held
# on the day said before it.
_OCCASION_BEFORE = re.compile(r"\b(?:nhân dịp|trong khuôn khổ|bên lề)\s+$", re.IGNORECASE)


# "hôm nay (19/12)", "Thứ Ba (12/3)", "Trong ngày làm việc đầu tiên (24-4)": a bracket that dates the day just named.
_TODAY_BRACKETED = re.compile(
    r"\b(?:hôm nay|sáng nay|chiều nay|tối nay|trưa nay|hôm qua|sáng qua|chiều qua|tối qua"
    r"|(?:sáng |chiều |tối )?(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
    r"|ngày (?:làm việc )?(?:đầu tiên|thứ \w+|cuối cùng))\s*\(\s*$",
    re.IGNORECASE,
)


def _year_of_meeting(ctx: DocContext, index: int, cue_start: int, cue_end: int) -> DateMention | None:
    """ "Hội nghị cấp cao năm 2022", "năm 2024 hai tỉnh đã tổ chức hội đàm": a meeting named with its year is one
    of its own, told apart from this year's by that year."""
    sentence = ctx.sentences[index]
    for mention in ctx.dates_in(index):
        if mention.value is None or len(mention.value) != 4:
            continue
        if 0 <= mention.start - cue_end <= 120:
            after = ctx.text[cue_end : mention.start]
            if _REVIEWS.search(ctx.text, cue_start, mention.start):
                continue  # "Hội nghị tổng kết hợp tác năm 2023", held in 2023 or early 2024: the year reviewed
            if not re.search(r"[,;.:()]", after) and (
                len(after) <= 30 and not re.search(r"\d", after) or _HELD_IN.search(after)
            ):
                return mention  # "Hội nghị cấp cao năm 2022", "kỳ họp lần thứ 36 của Phân ban ... tổ chức năm 2013"
        elif 0 <= cue_start - mention.end <= 45:
            before = ctx.text[mention.end : cue_start]
            if _A_PAPERS_YEAR.search(ctx.text, max(sentence.start, mention.start - 60), mention.start):
                continue  # "Kế hoạch hợp tác năm 2025 và Biên bản hội nghị do ... ký": the plan's year
            if _YEAR_OPENS.fullmatch(before) or not re.search(r"[,;.:()\d]", before):
                return mention  # "năm 2024 hai tỉnh đã tổ chức hội đàm", "Năm 2013, tại kỳ họp ..."
        if mention.end < cue_start and _OPENS_ON_A_YEAR.fullmatch(ctx.text[ctx.sentences[index].start : mention.start]):
            return mention  # "Trước đó, năm 2017, đoàn của Bệnh viện ... đã có chuyến công tác tại Lào"
        if (
            cue_start == sentence.start
            and _CLOSES_ON_THE_YEAR.match(ctx.text, mention.end, sentence.end)
            and not _BY_THE_YEAR.search(ctx.text, max(sentence.start, mention.start - 20), mention.start)
        ):
            # a caption naming the meeting: "Hội đàm ... giữa tỉnh A và châu B năm 2025." (not "Hội nghị thống nhất
            # ... ký kết vào cuối năm 2025.": a time the meeting sets)
            return mention
    return _year_in_the_name(ctx.text, cue_start, cue_end)


# ("Hội nghị đánh giá hợp tác năm 2022 giữa ...", "sơ kết ... năm 2024": the year a meeting looks back on)
_REVIEWS = re.compile(r"\b(?:tổng kết|sơ kết|đánh giá|kiểm điểm|nhìn lại)\b", re.IGNORECASE)
_A_PAPERS_YEAR = re.compile(
    r"\b(?:kế hoạch|chương trình|thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|hiệp định|nghị định thư)\b[^,;.]{0,40}?"
    r"(?:\bnăm)?\s+$",
    re.IGNORECASE,
)


# "Diễn đàn Hợp tác đầu tư Việt Nam - Lào 2023": a meeting's proper name ending on its year.
_NAME_YEAR = re.compile(r"[^,;.:()\d]{3,80}?\s(?P<y>(?:19|20)\d{2})(?![\d/.,-]|\s*[-–]\s*\d)")


def _year_in_the_name(text: str, cue_start: int, cue_end: int) -> DateMention | None:
    if not text[cue_start : cue_start + 1].isupper():
        return None  # "hội thảo ... 2018" in lower case names no meeting by its title
    named = _NAME_YEAR.match(text, cue_end)
    if named is None or _REVIEWS.search(text, cue_start, named.start("y")):
        return None
    return DateMention(start=named.start("y"), end=named.end("y"), value=named["y"])


# What may follow the year that closes a caption: its full stop, a photo credit, a table's bar.
_BY_THE_YEAR = re.compile(r"\b(?:vào|trong|đến|trước|cuối|đầu|giữa|hết)\s*$", re.IGNORECASE)
_CLOSES_ON_THE_YEAR = re.compile(r"\s*\.?\s*(?:\((?:Ảnh|Nguồn)[^()]*\))?\s*\|?\s*$")


# A year that opens the sentence, alone or after "Trước đó" ("Cuối năm 2022, đoàn ..."): the time of what the
# sentence tells.
# (after a frame naming the province the item is about: "Đối với tỉnh Xê Kông, năm 2019, đoàn công tác ...")
_OPENS_ON_A_YEAR = re.compile(
    r"\s*(?:(?:Trước đó|Ngoài ra|(?:Đối với|Với|Riêng với)\s+(?:tỉnh|thành phố|TP\.?)\s+[^,;:]{1,30}"
    # ("Bên cạnh quan hệ truyền thống với Attapeu, năm 2023 đánh dấu lần đầu tiên đoàn ... sang thăm ...")
    r"|(?:Bên cạnh|Ngoài)\s+[^,;:]{1,60})\s*,\s*)?"
    r"(?:vào\s+)?(?:(?:[Đđ]ầu|[Gg]iữa|[Cc]uối)\s+)?(?:[Nn]ăm\s+)?"
)


_YEAR_OPENS = re.compile(r"\s*,\s*(?:tại|trong|ở)\s+(?:cuộc\s+|buổi\s+)?")
_HELD_IN = re.compile(r"\b(?:tổ chức|diễn ra|được tổ chức)\s+(?:vào\s+)?(?:năm\s+)?$")


def recalled_in_brackets(text: str, pos: int) -> bool:
    """A date in brackets recalls another day ("(18/7/1977)"), unless it dates the day just named ("hôm qua
    (11/4)")."""
    return in_brackets(text, pos) and not _TODAY_BRACKETED.search(text[max(0, pos - 60) : pos])


def in_brackets(text: str, pos: int) -> bool:
    opened = text.rfind("(", max(0, pos - 40), pos)
    return opened != -1 and text.find(")", opened, pos) == -1


# "đã cử 2 đoàn công tác sang thăm", "nhiều lượt đoàn": a tally of visits over a period, not one meeting.
# ("hai đoàn đã hội đàm" is the two sides of one meeting, so only a number, "nhiều" or "hàng chục" tallies.)
# "Trong chuyến công tác, chiều 7/8, Bộ trưởng đã có buổi làm việc với ...": the work trip frames the meeting
# the sentence reports, as "trong khuôn khổ" does.
_WORK_TRIP = re.compile(r"(chuyến|đợt) công tác\b", re.IGNORECASE)


def _framing(sentence: str, cue_start: int) -> bool:
    """ "Trong khuôn khổ Hội nghị ...", "nhân chuyến thăm Lào của X, ...": a meeting named as the frame of another."""
    return bool(_FRAME_BEFORE.search(sentence[:cue_start])) or _frames_work_trip(sentence, cue_start)


# ("nhân chuyến sang Việt Nam đồng chủ trì cuộc họp ...": the trip's purpose frames the meeting too.)
_FRAME_BEFORE = re.compile(
    r"(?:(?:khuôn khổ|[Nn]hân dịp|[Bb]ên lề|sang dự|tham dự)\b[^,;]{0,25}|\b[Nn]hân\s+(?:(?:chuyến|đợt)\s+)?"
    r"|\b[Nn]hân\s+chuyến\s+(?:sang|đến|tới|về)\b[^,;]{0,45}"
    # "... tiếp Tỉnh trưởng tỉnh A, nhân dịp đồng chí đến Viêng Chăn dự hội nghị ...": what the guest came for
    r"|\b[Nn]hân dịp\b[^,;]{0,50}?\s(?:dự|tham dự)\s+)$"
)


def _frame_clause(sentence: str) -> tuple[int, int] | None:
    """Where "nhân chuyến thăm ... của X" or "trong khuôn khổ chuyến thăm ... của X" runs in its sentence: X made
    the visit; the meeting the sentence reports is someone else's."""
    if " của " not in sentence or "thăm" not in sentence:
        return None  # (most sentences: a visit framed as someone's holds both words)
    for start, _, kind in cues_in(sentence):
        if kind is EventType.VISIT and _someones_visit(sentence, start):
            return start, _clause_end(sentence, start)
    return None


def _someones_visit(sentence: str, cue_start: int) -> bool:
    """A visit named as a frame together with whose it is ("nhân chuyến thăm Lào của Chủ tịch X, ..."); a frame
    that names nobody ("Trong khuôn khổ chuyến thăm, đoàn ...") is the trip of the sentence's own delegation."""
    return _framing(sentence, cue_start) and " của " in sentence[cue_start : _clause_end(sentence, cue_start)]


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding pos ends: at the next comma or semicolon, or the text's end."""
    ends = [i for i in (text.find(",", pos), text.find(";", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _frames_work_trip(sentence: str, cue_start: int) -> bool:
    return bool(_WORK_TRIP.match(sentence, cue_start) and re.search(r"\btrong\s+$", sentence[:cue_start], re.I))


# "tại các diễn đàn", "những hội nghị": meetings in general; "duy trì chế độ hội đàm": a mechanism agreed on.
_PLURAL = re.compile(r"\b(các|những|nhiều|chế độ|cơ chế)\s+$", re.IGNORECASE)
_COUNTED = re.compile(
    r"(?<![/.,-])(?<!ngày )(?<!sáng )(?<!chiều )(?<!tối )\b0?(?:[2-9]|[1-9]\d{1,2})\s+$", re.IGNORECASE
)
# "tại Phòng Hội thảo", "Trung tâm Hội nghị Quốc gia", "phòng họp", "hệ thống họp trực tuyến": a room, a hall or
# the equipment, not a meeting.
_VENUE = re.compile(r"\b(?:[Pp]hòng|[Tt]rung tâm|[Hh]ội trường|[Cc]ung|hệ thống|thiết bị|phần mềm|nền tảng)\s+$")
_HABIT = re.compile(
    r"((?-i:[hHmMtTnN])(?<=\b.)(?:(?<=h)ằng năm|(?<=h)àng năm|(?<=m)ỗi năm|(?<=h)ằng tháng|(?<=h)àng tháng"
    # ("năm học 2019 - 2020, tỉnh tiếp nhận 210 học viên": students taken in over a school year)
    r"|(?<=t)hường xuyên|(?<=t)ừ năm \d{4} (?:đến|tới) nay|(?<=n)ăm học \d{4}))\b",
    re.IGNORECASE,
)
_HAD_MEETINGS = re.compile(r"\bcó\s+(?:các|những)\s+(?:cuộc\s+)?$")
_WITH_SOMEONE = re.compile(
    r"\S+(?:\s+\S+)?\s+(?:với\s+)?(?:đồng chí|ông|bà|Bộ trưởng|Thứ trưởng|Thủ tướng|Phó Thủ tướng|Chủ tịch)\b"
)
_TALLY = re.compile(r"\b(\d+|nhiều|hàng chục|hàng trăm)\s+(đoàn|cuộc|lượt|chuyến|buổi)\b", re.IGNORECASE)


# "được khởi công xây dựng từ tháng 4/2014", "khởi công năm 2000 và bàn giao năm 2008": a project's timeline,
# told with a month or a year, is no ceremony anyone attended; "Sáng 5/3, ... lễ khởi công" is one.
_MILESTONE = re.compile(r"^(khởi công|khánh thành|bàn giao|hoàn thành)$", re.IGNORECASE)
_TIMELINE = re.compile(
    r"^\s*(?:xây dựng\s+|đưa vào sử dụng\s+)?(?:từ\s+|vào\s+|trong\s+)?"
    r"(?:năm\s+(?:19|20)\d{2}|tháng\s+\d{1,2}\s*/\s*\d{4})",
    re.IGNORECASE,
)


def _milestone(sentence: str, cue: tuple[int, int, EventType]) -> bool:
    start, end, _ = cue
    bare = _MILESTONE.match(sentence[start:end]) and not re.search(r"\blễ\s*$", sentence[:start], re.IGNORECASE)
    if not bare:
        return False
    passive = re.search(r"\bđược\s*$", sentence[:start])
    return bool(passive or _TIMELINE.match(sentence[end:]))


# "... ông A nêu rõ tại lễ khai giảng khóa học ngày 5/9": a meeting dated by its own day is one meeting, whatever
# school year or habit the sentence named before it.
_ON_ITS_DAY = re.compile(r"[^,.;:]{0,40}?\b(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b")


def _tallied(sentence: str, cue_start: int, cue_end: int) -> bool:
    if _PLURAL.search(sentence[max(0, cue_start - 8) : cue_start]):
        # "đã có các cuộc tiếp kiến đồng chí A, ..., đồng chí B": meetings with the people named, not a count
        return not (_HAD_MEETINGS.search(sentence[:cue_start]) and _WITH_SOMEONE.match(sentence, cue_start))
    if _COUNTED.search(sentence[max(0, cue_start - 12) : cue_start]):
        return True  # "đã tổ chức được 11 kỳ họp", "3 hội thảo": a count of meetings over a period
    if _HABIT.search(sentence[:cue_start]) and not _ON_ITS_DAY.match(sentence, cue_end):
        return True  # "hằng năm, tỉnh đã tiếp nhận lưu học sinh", "từ năm 2015 đến nay": a habit, not one meeting
    clause_start = max(
        sentence.rfind(",", 0, cue_start), sentence.rfind(";", 0, cue_start), sentence.rfind(":", 0, cue_start), 0
    )
    return bool(_TALLY.search(sentence[clause_start:cue_start]))


def _days_to_come(ctx: DocContext) -> set[str]:
    """ "vào ngày 18/12 tới", "ngày 3/11 tới đây": days the article announces, not reports. Wherever else the
    article names that day (its headline: "Hội nghị ... diễn ra vào ngày 18/12"), the meeting is still a plan."""
    return {day for m in ctx.dates if (day := m.value or m.day_month) and _TO_COME.match(ctx.text, m.end)}


_TO_COME = re.compile(r"\s*(?:tới|sắp tới)\b(?!\s+(?:nay|ngày))", re.IGNORECASE)


_Cue = tuple[int, int, EventType]  # (start, end, kind) of a meeting cue in its sentence


def find_events(ctx: DocContext) -> list[FoundEvent]:
    events: list[FoundEvent] = []
    trips: list[tuple[int, int, int, EventType]] = []  # (sentence, cue start, end, kind) of a frame of a meeting
    counted_from: list[FoundEvent] = []  # earlier meetings the results of a later one are counted from
    to_come = _days_to_come(ctx)
    for sentence in ctx.sentences:
        cues = [c for c in cues_in(sentence.text, ctx.text, sentence.start) if not _skipped(sentence.text, c)]
        if not cues and (stop := _came_to_a_body(ctx, sentence, events)) is not None:
            cues = [stop]
        counted = "kể từ" in sentence.text  # (the words looked for before the pattern is tried at each cue)
        for since in [c for c in cues if counted and _SINCE.search(sentence.text, 0, c[0])]:
            found = len(events)
            _add_mention(ctx, sentence, since, events, to_come, [since])
            counted_from += events[found:]
            cues.remove(since)
        framed = [c for c in cues if _framing(sentence.text, c[0])]
        frame = _found_frame(ctx, sentence, cues, framed, events)
        if frame is not None:
            _held_within(ctx, sentence.index, frame, [c for c in cues if c not in framed], events)
            continue
        held_aside = bool(framed) and len(framed) < len(cues)
        if held_aside:
            # "Lễ trao tặng diễn ra trong khuôn khổ chuyến thăm": the ceremony is the event, the visit its frame.
            trips += _trips_named(sentence, framed)
            cues = [c for c in cues if c not in framed]
        told = _told_at_the_meeting(sentence.text, cues)
        if told:
            # "Báo cáo tại hội nghị cho biết, tháng 3/2025, đoàn ... đã thăm và hội đàm với ...": the meeting that
            # the sentence opens on, and one of its own recounted there
            _add_mention(ctx, sentence, cues[0], events, to_come, cues[:1])
            cues = told
        if cues:
            foremost = _foremost(cues)
            _add_mention(ctx, sentence, foremost, events, to_come, cues, held_aside)
            for reported in _results_reported(sentence.text, cues, foremost):
                _add_mention(ctx, sentence, reported, events, to_come, [reported])
            told = next((e for e in reversed(events) if sentence.index in e.sentences), None)
            for other in (
                _in_other_clauses(sentence.text, cues, foremost) if told and told.anchor == sentence.index else []
            ):
                # "A làm việc với B ..., C làm việc với D ...": each subject's own meeting, told alike
                events.append(_new_event(ctx, sentence.index, other[2], told.date, other[0], other[1]))
    events = [e for e in events if not _an_item_of_the_lead(ctx, e, events)]
    for event in events:
        _read_participants(ctx, event, events)
        _the_delegation_just_named(ctx, event)
        if _praised_visit(ctx, event):
            _leave_out_the_host(ctx, event)
            _under_way_at(ctx, event, events)
    for event in counted_from:
        _sides_of_the_later(event, events)
    for event in events:
        if not event.participants:
            _the_two_sides(ctx, event, events)
    events += _signings_in_frames(ctx, events)
    sessions = _sessions_of_visits(ctx, events)
    frames = _trips_framing(ctx, events + sessions, trips)  # a trip named as a frame holds no session of its own
    trips_led = _trips_led_over(ctx, events + sessions + frames)
    for frame in frames + trips_led:
        _read_participants(ctx, frame, events + sessions + frames + trips_led)
    return events + sessions + frames + trips_led


def _an_item_of_the_lead(ctx: DocContext, event: FoundEvent, events: list[FoundEvent]) -> bool:
    """ "A chia sẻ kinh nghiệm với B; ...; C khai trương trung tâm ... là những tin đáng chú ý hôm nay": a digest's
    lead lists, a semicolon apart, the items told below it; a meeting named there and told again below is theirs."""
    return (
        event.anchor <= 3
        and event.sentences == {event.anchor}
        and ctx.sentence_text(event.anchor).count(";") >= 2
        and any(other.event_type is event.event_type and other.anchor > event.anchor for other in events)
    )


# "Ngày 22/9/2021, hai sở đã tổ chức cuộc họp trực tuyến ...": the two sides the article is about, named by kind.
_THE_TWO = re.compile(r"\b[Hh]ai\s+(sở|Sở|bộ|Bộ|tỉnh|bên)\b")


def _the_two_sides(ctx: DocContext, event: FoundEvent, events: list[FoundEvent]) -> None:
    """A meeting whose sentence names its sides only as "hai sở", "hai Bộ", "hai tỉnh" or "hai bên": the two of
    that kind that took part in the meeting the article reports first."""
    two = _THE_TWO.search(ctx.sentence_text(event.anchor))
    main = next((e for e in events if e is not event and e.participants), None)
    if two is None or main is None:
        return
    kind = two.group(1).lower()
    if kind == "tỉnh":
        sides = [p for p in main.participants if p[0] == "province"]
    else:
        head = {"sở": "Sở ", "bộ": "Bộ "}.get(kind, "")
        sides = [p for p in main.participants if p[0] == "org" and p[1].startswith(head)]
    refs = list(dict.fromkeys((p[0], p[1]) for p in sides))
    if len(refs) == 2:
        event.participants = [(k, ref, Role.ATTENDEE, event.anchor) for k, ref in refs]


# "Trước khi đến Huế, ngày 2/3, đoàn đã có buổi làm việc với UBND tỉnh Quảng Trị": the delegation, unnamed, is
# the subject of the session.
# ("Ngày 10/4, đoàn đến tỉnh Sơn La và làm việc với ...": the delegation that came there)
_THE_DELEGATION_DID = re.compile(
    r"(?:^|[,;]\s*)[đĐ]oàn\s+(?:(?:đã|cũng|còn|tiếp tục|đã có|có)\s+)*"
    r"(?:(?:đến|tới|sang|về)\s+(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô)\s+[^,;]{1,30}?\s+và\s+(?:(?:đã|có)\s+)*)?"
    r"(?:buổi\s+|cuộc\s+)?$"
)


# "... ông X, Chủ tịch UBND tỉnh A đã hội đàm với đoàn.": the bare "đoàn" the session is held with
_MET_THE_DELEGATION = re.compile(r"[^,.;]{0,20}?\bvới\s+(?:các thành viên\s+(?:của\s+)?)?[đĐ]oàn(?=\s*[.,;:]|\s*$)")


def the_delegation_met(ctx: DocContext, event: FoundEvent, events: list[FoundEvent]) -> None:
    """A session whose subject is the bare "đoàn" of the article's visit: the visiting province is its side (read
    after the papers, whose sides a session's named bodies give)."""
    if event.event_type not in _SESSIONS:
        return
    if event.stop_after is not None:
        _the_travellers(ctx, event, event.stop_after)
        return
    sentence = ctx.sentences[event.anchor]
    cue_at = event.cue_at - sentence.start
    if not (_THE_DELEGATION_DID.search(sentence.text, 0, cue_at) or _MET_THE_DELEGATION.match(sentence.text, cue_at)):
        return
    guests = {
        ref
        for e in events
        if e is not event
        for kind, ref, role, _ in e.participants
        if kind == "province"
        and (
            e.event_type is EventType.VISIT
            and ref != e.province_id
            or e.event_type is EventType.RECEPTION
            and role in (Role.GUEST, Role.HEAD_OF_DELEGATION)
        )
    }
    bodies = {ref for kind, ref, _, _ in event.participants if kind == "org"}
    hosts = {province for o in ctx.orgs if o.key in bodies and (province := speaks_for_province(o))}
    sides = hosts | {ref for kind, ref, _, _ in event.participants if kind == "province"}
    if len(guests) > 1 and hosts:
        # (a trip's stop in the hosts' own country, "đoàn ra Hà Nội, đến thăm ...", is no guest: the delegation is
        # of the other country than the provincial bodies that hold the session)
        guests = {g for g in guests if all(province_country(g) != province_country(host) for host in hosts)}
    if len(guests) != 1:
        return
    (guest,) = guests
    # (none when the session already has a side of the guest's country, named or as a body of its province)
    if not any(province_country(ref) == province_country(guest) for ref in sides):
        event.participants.append(("province", guest, Role.ATTENDEE, event.anchor))


def _the_travellers(ctx: DocContext, stop: FoundEvent, before: FoundEvent) -> None:
    """The session at a trip's next stop, whose sentence names only its hosts: held with the delegation that met
    the hosts of the stop before, the people and bodies of the other country than this stop's hosts."""
    hosts = {country for kind, ref, *_ in stop.participants if (country := _country_of(ctx, kind, ref))}
    if len(hosts) != 1:
        return
    known = {(kind, ref) for kind, ref, *_ in stop.participants}
    stop.participants += [
        (kind, ref, Role.ATTENDEE, sentence)
        for kind, ref, _, sentence in before.participants
        if (kind, ref) not in known and (country := _country_of(ctx, kind, ref)) and country not in hosts
    ]


def _country_of(ctx: DocContext, kind: str, ref: str) -> str | None:
    if kind == "province":
        return province_country(ref)
    if kind == "person":
        return next((p.country for p in ctx.persons if p.name == ref), None)
    org = next((o for o in ctx.orgs if o.key == ref), None)
    province = speaks_for_province(org) if org is not None else None
    return province_country(province) if province else org.country if org is not None else None


def _trips_led_over(ctx: DocContext, found: list[FoundEvent]) -> list[FoundEvent]:
    """ "X dẫn đầu đoàn công tác đến thủ đô Viêng Chăn để tham dự lễ ký ...", "đoàn chuyên gia do X dẫn đầu đã sang
    các tỉnh của Lào ...": a delegation led over to a place is on a visit there, beside whatever it went to do;
    one such trip an article, and none where a visit is told already."""
    visits = [e for e in found if e.event_type is EventType.VISIT]
    if "dẫn đầu" not in ctx.text and "oàn" not in ctx.text or any(e.date is not None for e in visits):
        return []  # (most articles: no delegation, or its trip already told)
    for sentence in ctx.sentences:
        if "dẫn đầu" not in sentence.text and "sang" not in sentence.text:
            continue
        led = _LED_OVER.search(sentence.text) or _WENT_OVER.search(sentence.text)
        if led is None:
            continue
        # ("Tháng 3/2025, khi hai tỉnh chưa hợp nhất, đoàn ... đã sang": a time told by what was not yet so)
        before = _WHEN_CLAUSE.sub(",", sentence.text[: led.start()])
        if _NOT_HAPPENED.search(before) or _HABIT.search(before):
            continue
        if _CALLED_OFF.match(sentence.text, led.start()):
            continue  # "chuyến công tác của đoàn ... sang tỉnh A ..., cũng đã phải tạm hoãn": put off, not made
        if _SENT_OFF.search(sentence.text[max(0, led.start() - 30) : led.start()]):
            continue  # "lễ xuất quân đoàn y bác sĩ sang tỉnh Sa-la-van": seen off, not yet there
        cue: _Cue = (led.start(), led.end(), EventType.VISIT)
        there = next((e for e in found if e.anchor == sentence.index), None)
        if there is not None and there.event_type in _SESSIONS and _WORK_AT_THE_PLACE.match(sentence.text, led.end()):
            continue  # "đã sang thành phố A làm việc cùng Sở B": the session it went over for is the meeting
        date = there.date if there is not None else _date_of(ctx, sentence, cue, found)
        if visits:
            # "Đoàn ... thăm, làm việc tại A và B" as the headline, then "Từ ngày 18 đến 20/10, đoàn ... do X dẫn đầu
            # đã lần lượt đến hai tỉnh A và B": the lead dates the trip the headline told
            told = visits[0]
            if told.anchor < sentence.index and date is not None and date.value:
                told.date = date
                told.sentences.add(sentence.index)
            return []
        if (date is None or date.value is None) and any(e.date is not None and e.date.value for e in found):
            continue  # told without its day beside a dated meeting abroad: the trip that meeting was, told again
        return [_new_event(ctx, sentence.index, EventType.VISIT, date, led.start(), led.end())]
    return []


_WORK_AT_THE_PLACE = re.compile(r"[^,;.]{1,40}?\s(?:làm việc|hội đàm)\b")
_WHEN_CLAUSE = re.compile(r"(?:^|,)\s*khi\b[^,;.]{0,60},")


# "X dẫn đầu đoàn công tác đến thủ đô Viêng Chăn", "đoàn chuyên gia do X dẫn đầu đã sang các tỉnh của Lào", "đã lần
# lượt đến hai tỉnh A và B": going
# "đến thăm", "sang làm việc", "tới dự" is read by the cue phrases.
_LED_OVER = re.compile(
    r"dẫn đầu(?:\s+[Đđ]oàn\b[^,.;:]{0,60}?)?\s+(?:đã\s+)?(?:lần lượt\s+)?(?:sang|đến|tới)\s+"
    r"(?=thủ đô|tỉnh|(?:các|hai|ba|\d) tỉnh|thành phố|nước|[A-ZĐ])(?!(?:[Tt]hăm|[Ll]àm việc|[Dd]ự|[Cc]húc)\b)"
)
_SENT_OFF = re.compile(r"\b(?:xuất quân|tiễn|lên đường|cử)\s+$")
# "tỉnh cử một đoàn gồm 12 y, bác sĩ sang tỉnh Champasak khám bệnh": "sang" crosses the border.
_WENT_OVER = re.compile(
    r"\b[Đđ]oàn\b[^.;:]{0,80}?\s(?:đã\s+)?sang\s+(?=tỉnh|nước|Lào|Việt Nam|thủ đô|các tỉnh|Campuchia|[A-ZĐ])"
)


def _skipped(sentence: str, cue: _Cue) -> bool:
    """A cue that names no meeting held: a plan, a tally or a habit, a project's milestone, a room."""
    start = cue[0]
    return (
        not _happened(sentence, start)
        or _tallied(sentence, start, cue[1])
        or _milestone(sentence, cue)
        or bool(_VENUE.search(sentence[max(0, start - 12) : start]))
    )


# "Tại buổi tiếp, Bộ trưởng báo cáo kết quả cuộc họp thường niên năm 2023 của hai bộ": a meeting whose
# results a sentence reports was held, beside the meeting the sentence tells.
_RESULTS_OF = re.compile(r"\bkết quả\s+(?:của\s+)?(?:các\s+)?(?:cuộc\s+|buổi\s+)?$", re.IGNORECASE)


def _results_reported(text: str, cues: list[_Cue], foremost: _Cue) -> list[_Cue]:
    if "kết quả" not in text:
        return []  # (most sentences)
    return [
        c
        for c in cues
        if c is not foremost and c[2] is not foremost[2] and _RESULTS_OF.search(text[max(0, c[0] - 30) : c[0]])
    ]


# A sentence opening on a meeting as where something was told: "Báo cáo tại hội nghị cho biết, ...", "Phát biểu tại
# buổi tiếp, ông A cho biết, ...".
_TOLD_AT = re.compile(r"\s*(?:Báo cáo|Phát biểu|Thông tin|Trình bày)\s+(?:tại|trong)\s+$")
_TOLD_THAT = re.compile(r"[^.;]{0,80}?\b(?:cho biết|thông tin|thông báo),\s*")


def _told_at_the_meeting(text: str, cues: list[_Cue]) -> list[_Cue]:
    """The cues of what a sentence opening on a meeting tells, when what it tells opens on a time of its own."""
    if len(cues) < 2 or not _TOLD_AT.match(text, 0, cues[0][0]):
        return []
    said = _TOLD_THAT.match(text, cues[0][1])
    if said is None or not _OPENS_ON_A_TIME.match(text, said.end()):
        return []
    return [c for c in cues if c[0] >= said.end()]


_OPENS_ON_A_TIME = re.compile(
    r"(?:[Vv]ào\s+)?(?:[Nn]gày|[Tt]háng|[Ss]áng|[Cc]hiều|[Tt]ối|[Đđ]ầu|[Cc]uối|[Gg]iữa)\s+(?:tháng\s+)?\d"
)


def _sides_of_the_later(earlier: FoundEvent, events: list[FoundEvent]) -> None:
    """ "Hai bên ghi nhận những kết quả đạt được kể từ hội nghị năm 2024": the sides that count results
    from an earlier meeting held it, when the sentence names none of them."""
    if earlier.participants:
        return
    later = next((e for e in events if e is not earlier and e.anchor <= earlier.anchor), None)
    if later is not None:
        earlier.participants = [p for p in later.participants if p[0] in ("province", "org")]


# "những việc đã làm được kể từ lần hội đàm tháng 6/2019": the meeting the results are counted from was held, whatever
# its kind; the one the sentence reports is another
_SINCE = re.compile(r"\bkể từ\s+(?:sau\s+)?(?:lần\s+|cuộc\s+|kỳ\s+)?$")


def _foremost(cues: list[_Cue]) -> _Cue:
    """The cue of the most specific kind (_PRIORITY), the first of them."""
    return min(cues, key=lambda c: _PRIORITY.index(c[2]))


def _found_frame(
    ctx: DocContext, sentence: Sentence, cues: list[_Cue], framed: list[_Cue], events: list[FoundEvent]
) -> FoundEvent | None:
    """The meeting already found that the sentence names as its frame, when the sentence gives no day of its own."""
    frame = next((e for e in events for c in framed if e.event_type == c[2]), None)
    if frame is not None and not any(_pick_date(ctx, sentence.index, sentence.start + c[0]) for c in cues):
        return frame
    return None


def _held_within(ctx: DocContext, index: int, frame: FoundEvent, cues: list[_Cue], events: list[FoundEvent]) -> None:
    """A sentence told within a meeting already found: more of that one, or a meeting held within it."""
    own = [c for c in cues if c[2] is not frame.event_type]
    if not own:
        frame.sentences.add(index)  # "Trong khuôn khổ Hội nghị, ...": the meeting already found
        return
    # "Trong khuôn khổ chuyến thăm, đồng chí X đã có các cuộc tiếp kiến ...": a meeting of its own held
    # within the one found, in its month when the day is not told.
    cue_start, cue_end, event_type = _foremost(own)
    # ("Bên lề hội nghị, đoàn đã làm việc riêng với ...": a meeting of one day holds its side meetings that day)
    one_day = frame.date is not None and frame.date.precision == 10 and not frame.date.end_value
    month = frame.date if one_day else _month_of(frame.date)
    same = next((e for e in events if e.event_type is event_type and _same_date(e.date, month)), None)
    if same is not None:
        same.sentences.add(index)
        return
    held = _new_event(ctx, index, event_type, month, cue_start, cue_end)
    if held.location is None:
        # (held where the meeting around it was: "Bên lề hội nghị tại Pắc-xế, ông A tiếp ...")
        held.location, held.province_id, held.country_id = frame.location, frame.province_id, frame.country_id
    events.append(held)


def _trips_named(sentence: Sentence, framed: list[_Cue]) -> list[tuple[int, int, int, EventType]]:
    # A visit framing it is a meeting too; a work trip ("Trong chuyến công tác, ...") is not, unless it says where it
    # went ("Trong chuyến công tác 4 ngày sang nước bạn Lào, ...": a delegation's visit abroad).
    return [
        (sentence.index, c[0], c[1], c[2])
        for c in framed
        if (c[2] in _FRAMING_KINDS or _held_as_a_frame(sentence.text, c))
        and (not _frames_work_trip(sentence.text, c[0]) or _GONE_TO.match(sentence.text, c[1]))
    ]


_GONE_TO = re.compile(r"[^,;]{0,25}?\b(?:sang|đến|tới)\s+(?:nước|tỉnh|thủ đô|thành phố|[A-ZĐ])")


# "trong khuôn khổ Hội thảo quốc tế ... tổ chức tại Lào, ... đã tổ chức cuộc họp": a workshop or forum the
# sentence's meeting was held within is a meeting too (one sent to, "cử đoàn tham dự Hội chợ", is no frame here).
_WITHIN_FRAME = re.compile(r"khuôn khổ\s+$")


def _held_as_a_frame(sentence: str, cue: _Cue) -> bool:
    return cue[2] in (EventType.WORKSHOP, EventType.FORUM) and bool(_WITHIN_FRAME.search(sentence[: cue[0]]))


# "Trước lễ khai mạc, chiều cùng ngày, hai Sở đã tổ chức Diễn đàn ...": told as held before (or after) another
# meeting of that day, one of its own
_BEFORE_OR_AFTER_ANOTHER = re.compile(r"\s*(?:Trước|Sau)\s+(?:khi\s+)?(?:lễ|buổi|phiên|cuộc|hội nghị|hội đàm)\b")


def _add_mention(
    ctx: DocContext,
    sentence: Sentence,
    cue: _Cue,
    events: list[FoundEvent],
    to_come: set[str],
    cues: list[_Cue],
    held_aside: bool = False,
) -> None:
    """The meeting the sentence names: a new one, or one already found that it tells more of. One held aside a
    meeting the sentence names as its frame ("bên lề Hội nghị, ... hội đàm") is none of the frame's days."""
    date = _date_of(ctx, sentence, cue, events)
    cue = _stop_of_a_trip(sentence.text, cue, cues, date, events)
    if date is not None and (date.value or date.day_month) in to_come:
        return
    if _described_again(sentence.text, cue, events) or _said_there(sentence, cue, date, events):
        date = None  # "Hội thảo là một trong những hoạt động ...": the meeting already found, described
    if date is None:
        _add_undated(ctx, sentence, cue, events, to_come, cues)
        return
    if _LASTS_UNTIL.search(ctx.text, max(0, date.start - 40), date.start):
        lasting = next((e for e in events if e.event_type is cue[2]), None)
        if lasting is not None:
            lasting.sentences.add(sentence.index)  # "Hội chợ kéo dài đến hết ngày 11/12": the fair found, its end
            return
    same = (
        _same_meeting(events, cue[2], date, held_aside)
        or next((e for e in events if _day_of_its_year(ctx, e, sentence, cue, date)), None)
        or next((e for e in events if e.event_type is cue[2] and _held_in_the_year(e, date)), None)
        or _session_named_again(sentence, cue, date, events)
    )
    if (
        same is not None
        and not _another_host(ctx, sentence, cue, same)
        and not _other_sides(ctx, sentence, cue, same)
        and not _BEFORE_OR_AFTER_ANOTHER.match(sentence.text, 0, cue[0])
    ):
        same.sentences.add(sentence.index)
        if _spans_its_day(date, same):
            same.date = date  # "Hội nghị ... bế mạc chiều 18/9", then "Hội nghị diễn ra trong hai ngày 17 và 18/9"
        if _a_day_of_the_trip(same, cue[2], date, sentence.text, cue[1]) and not _AT_ITS_END.search(
            sentence.text, 0, cue[0]
        ):
            # "... từ ngày 12 đến 14/11, đoàn ... đã hội đàm", then "Sáng 13/11, ... hội đàm": the talks' own day
            same.trip, same.date = same.date, date
        if _day_of_its_year(ctx, same, sentence, cue, date):
            # "... hội đàm định kỳ năm 2025" in the headline, "Chiều 14-10, ... tổ chức hội đàm" in the lead
            same.date, same.anchor, same.cue_at = date, sentence.index, sentence.start + cue[0]
            if same.location is None:
                _read_location(ctx, same)
        return
    named_with_its_year = cue[0] == 0 and date.value is not None and len(date.value) == 4
    undated = _undated_of_its_kind(events, cue[2]) if named_with_its_year else None
    if undated is not None:
        # "Hội đàm do ... đồng chủ trì", then the caption "Hội đàm ... năm 2025": the meeting found, now dated
        undated.date = date
        undated.sentences.add(sentence.index)
        return
    _add_dated(ctx, sentence, cue, date, events)


_HELD_THAT_DAY = re.compile(r"[^;:]{0,100}?\s(?:diễn ra|được tổ chức)\b")
# "Chiều 5/11, kết thúc hội đàm, hai ông ký biên bản": the last day of talks that began before it
_AT_ITS_END = re.compile(r"\b(?:[Kk]ết thúc|[Bb]ế mạc)\s+(?:buổi\s+|cuộc\s+)?$")


def _held_in_the_year(event: FoundEvent, year: DateMention) -> bool:
    """ "Sáng 10/12/2024, ... hội đàm", then "... ký Biên bản hội đàm năm 2024": a meeting named with its year alone
    is the one of its kind found held that year."""
    value, held = year.value or "", event.date.value if event.date is not None else None
    return len(value) == 4 and not year.day_month and held is not None and len(held) > 4 and held[:4] == value


def _a_day_of_the_trip(event: FoundEvent, kind: EventType, day: DateMention, sentence: str, cue_end: int) -> bool:
    # ("... chuyến khảo sát từ ngày 12 đến 14/11, với hai biên bản ký ngay tại diễn đàn", then "Sáng 13/11, Diễn đàn
    # ... diễn ra tại Pác-xế": the gathering's own day within the trip's span)
    held_that_day = kind in _GATHERINGS and _HELD_THAT_DAY.match(sentence, cue_end) is not None
    return (
        event.event_type is kind
        and (kind in _ONE_DAY_KINDS or held_that_day)
        and event.date is not None
        and event.date.end_value is not None
        and day.end_value is None
        and _within(event.date, day)
    )


def _day_of_its_year(ctx: DocContext, event: FoundEvent, sentence: Sentence, cue: _Cue, date: DateMention) -> bool:
    """A meeting named with its year or month only, which a sentence naming it by the same word dates to the day."""
    known, told = (event.date.value or "") if event.date else "", date.value or ""
    if not (event.event_type is cue[2] and len(known) in (4, 7) and len(told) == 10 and told.startswith(known)):
        return False
    word = lowered(sentence.text[cue[0] : cue[1]])
    return lowered(ctx.text[event.cue_at : event.cue_at + len(word)]) == word  # ("hội chợ" is no "diễn đàn")


def _said_there(sentence: Sentence, cue: _Cue, date: DateMention | None, events: list[FoundEvent]) -> bool:
    """ "Tại buổi làm việc, ông A cho biết, từ ngày 1/3/2025, Sở ... được tổ chức lại": a sentence that opens at the
    meeting already found tells what was said there; a day said after the cue is not the meeting's."""
    before = sentence.text[: cue[0]]
    if date is None or date.start < sentence.start + cue[1] or not events:
        return False
    # ("Phát biểu tại hội đàm, ...", "Mở đầu phiên làm việc, ...": the sentence opens on the meeting)
    if len(before) > 25 or re.search(r"\d", before):
        return False
    return _SAYS.search(sentence.text, cue[1], date.start - sentence.start) is not None


_SAYS = re.compile(r"\b(?:cho biết|thông tin|thông báo|khẳng định|nhấn mạnh|nói|báo cáo)\b")


_LASTS_UNTIL = re.compile(r"\b(?:kéo dài|diễn ra|mở cửa|tiếp tục)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", re.I)


def _undated_of_its_kind(events: list[FoundEvent], kind: EventType) -> FoundEvent | None:
    same_kind = [e for e in events if e.event_type is kind]
    return same_kind[0] if len(same_kind) == 1 and same_kind[0].date is None else None


_HOSTED_KINDS = (EventType.RECEPTION, EventType.TALKS)


def _host_named(ctx: DocContext, index: int, cue_at: int) -> str | None:
    """The person named right before a reception's or talks' verb: the one who receives ("Tổng Bí thư X tiếp")."""
    before = [p for p in ctx.persons_in(index) if p.end <= cue_at and cue_at - p.end <= 25]
    return before[-1].name if before else None


def _another_host(ctx: DocContext, sentence: Sentence, cue: _Cue, same: FoundEvent) -> bool:
    """ "Cùng ngày, Tổng Bí thư X tiếp ...", then "Chiều 6/3, Thủ tướng Y hội kiến ...": two receptions of one day,
    each its host's."""
    if cue[2] not in _HOSTED_KINDS or same.event_type is not cue[2] or same.anchor == sentence.index:
        return False
    if _cue_signs(sentence.text, cue[0]):
        return False  # "A và B ký Biên bản hội đàm năm 2024": the talks named by their minutes, whoever signs them
    host = _host_named(ctx, sentence.index, sentence.start + cue[0])
    earlier = _host_named(ctx, same.anchor, same.cue_at)
    return host is not None and earlier is not None and host != earlier


_SETTING_BEFORE = re.compile(r"\b(?:[Tt]ại|[Tt]rong|[Ss]au|[Bb]ên lề)\s+$")


def _other_sides(ctx: DocContext, sentence: Sentence, cue: _Cue, same: FoundEvent) -> bool:
    """Two meetings of one kind on one day whose sentences name provinces none of which the other names (two items
    of a news roundup: "Kon Tum và Át-tạ-pư hội đàm trực tuyến", "Cần Thơ tổ chức hội nghị trực tuyến ...")."""
    if same.anchor == sentence.index:
        return False
    if _SETTING_BEFORE.search(sentence.text, 0, cue[0]) and ctx.in_its_item([same.anchor], sentence.index):
        # "Cũng tại lễ ký, A và B ký ...": the meeting found, named as the setting (in a digest's next item,
        # "Tại buổi làm việc với ... ngày 22/11" names a session of its own)
        return False
    # (the earlier meeting's venue counts as its: "thăm tỉnh Quảng Trị", then "đoàn thăm Trung tâm ... tỉnh Quảng Trị")
    here, there = _provinces_named(ctx, sentence.index), _provinces_named(ctx, same.anchor, venues=True)
    return bool(here) and bool(there) and not here & there


def _provinces_named(ctx: DocContext, index: int, venues: bool = False) -> set[str]:
    """The provinces a sentence names as sides, on their own (or as a venue, if asked) or as the province of a body
    it names."""
    named = {
        p.node_id
        for p in ctx.provinces_in(index)
        if venues or not named_as_venue(ctx.text, p.start) and not a_missions_seat(ctx.text, p.start)
    }
    return named | {province for o in ctx.orgs_in(index) if (province := speaks_for_province(o))}


# "Sáng 3/9, đoàn đến Bệnh viện Trung ương Huế.": the delegation came to a body on a day of its trip
_CAME_TO = re.compile(r"\b[đĐ]oàn\s+(?:đã\s+)?(?:đến|tới)\s+")


def _came_to_a_body(ctx: DocContext, sentence: Sentence, events: list[FoundEvent]) -> _Cue | None:
    """A day of a trip told found its stop at a body, with no word for the meeting: a session held there."""
    came = _CAME_TO.search(sentence.text) if "oàn" in sentence.text else None
    if came is None or not any(e.event_type is EventType.VISIT and e.date and e.date.end_value for e in events):
        return None
    at = sentence.start + came.end()
    bodies = ctx.orgs_in(sentence.index)
    # ("Ngày 27/3, đoàn đến tỉnh B theo lời mời của Sở ... tỉnh B": the province's body it came to see)
    province = next((p for p in ctx.provinces_in(sentence.index) if p.start - at <= 10 and p.start >= at), None)
    hosted = province is not None and any(speaks_for_province(o) == province.node_id for o in bodies if o.start > at)
    if not any(o.start == at for o in bodies) and not hosted:
        return None
    days = [
        d
        for d in ctx.dates_in(sentence.index)
        if d.value and len(d.value) == 10 and d.start < sentence.start + came.start()
    ]
    if len(days) != 1 or not any(e.event_type is EventType.VISIT and _within(e.date, days[0]) for e in events):
        return None
    return came.start(), came.end(), EventType.WORKING_SESSION


def _stop_of_a_trip(text: str, cue: _Cue, cues: list[_Cue], date: DateMention | None, events: list[FoundEvent]) -> _Cue:
    """ "Ngày 7/3, đoàn đến thăm tỉnh Nghệ An và làm việc với lãnh đạo tỉnh", told inside a visit's span: a day's
    stop of the trip, named by the session it held, not the trip again."""
    if cue[2] is not EventType.VISIT or not any(
        e.event_type is EventType.VISIT and _within(e.date, date) for e in events
    ):
        return cue
    session = next((c for c in cues if c[2] in _SESSIONS), None)
    if session is None and lowered(text[cue[0] : cue[1]]).endswith("làm việc"):
        # ("Ngày 4/9, đoàn tới Đà Nẵng, thăm và làm việc với Đại học Đà Nẵng": one phrase, the stop's session)
        return cue[0], cue[1], EventType.WORKING_SESSION
    return session or cue


def _date_of(ctx: DocContext, sentence: Sentence, cue: _Cue, events: list[FoundEvent]) -> DateMention | None:
    """The sentence's day nearest the cue, else the year the meeting is named with, else "cùng ngày"'s day."""
    cue_start, cue_end, _ = cue
    found = (
        _pick_date(ctx, sentence.index, sentence.start + cue_start)
        or _year_of_meeting(ctx, sentence.index, sentence.start + cue_start, sentence.start + cue_end)
        or day_said_before(ctx, sentence.index, events)
        or _day_it_arrived(ctx, sentence.index, events)
    )
    return _lasting_until(ctx, sentence.index, found)


def _day_it_arrived(ctx: DocContext, index: int, events: list[FoundEvent]) -> DateMention | None:
    """ "Ngày 18/9, đoàn đến tỉnh A. Tại thành phố B, ông X đã tiếp đoàn.": a sentence that opens where the
    delegation has just been said to arrive, in the same paragraph, is of the day it arrived. (When the arrival's
    sentence tells a meeting, "Ngày 10/4, đoàn đến tỉnh A và làm việc với UBND tỉnh. Tiếp đoàn, ông X ...", the
    next names that meeting's hosts.)"""
    if index == 0 or not _OPENS_THERE.match(ctx.sentence_text(index)):
        return None
    if any(index - 1 in e.sentences and e.event_type is not EventType.VISIT for e in events):
        return None  # (a visit the arrival's sentence tells, "đoàn đến thăm, chúc Tết tỉnh B", is the arrival itself)
    before = ctx.sentences[index - 1]
    arrived = _ARRIVED.match(before.text)
    if arrived is None or "\n" in ctx.text[before.end : ctx.sentences[index].start]:
        return None
    day = next(iter(ctx.dates_in(before.index)), None)
    return day if day is not None and day.start == before.start + arrived.start("day") else None


# ("Ngày 27/11, đoàn di chuyển đến thành phố Xay. Tiếp và làm việc với đoàn, ông X ...": those who received it there)
_OPENS_THERE = re.compile(
    r"\s*(?:Tại\s+[^,.;]{2,60}|(?:Tiếp|Đón tiếp|Tiếp đón)(?:\s+và\s+làm việc)?(?:\s+với)?\s+đoàn),"
)
_ARRIVED = re.compile(
    r"\s*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+)?(?:[Nn]gày\s+)?(?P<day>\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)\s*,\s*"
    r"[Đđ]oàn(?:\s+công tác)?\s+(?:đã\s+)?(?:(?:di chuyển|tiếp tục|lên đường)\s+)?(?:đến|tới|sang|về|ra|vào)\b[^.;]*"
    r"[.;]?\s*$"
)


def _lasting_until(ctx: DocContext, index: int, opened: DateMention | None) -> DateMention | None:
    """ "Hội thảo ... đã khai mạc ngày 3/12 và kéo dài đến hết ngày 4/12": the meeting's days run to the last."""
    if opened is None or opened.precision != 10 or opened.end_value:
        return opened
    for mention in ctx.dates_in(index):
        later = mention.start > opened.end and mention.precision == 10 and mention.value > opened.value
        if later and _LASTS_UNTIL.search(ctx.text, max(0, mention.start - 40), mention.start):
            return opened.model_copy(update={"end_value": mention.value, "end_day_month": mention.day_month})
    return opened


_DESCRIBED = re.compile(r"\s*(là|này|nhằm|được đánh giá|có ý nghĩa)\b")


def _described_again(sentence: str, cue: _Cue, events: list[FoundEvent]) -> bool:
    cue_start, cue_end, event_type = cue
    # "Hội thảo là ...", "Đây là chuyến công tác đầu tiên ... kể từ khi ...": what the meeting found is
    # (a meeting the sentence opens on: "Chiều 25/10, ... tổ chức hội nghị nhằm ..." tells a meeting and its aim)
    opens_on_it = not re.search(r"\d", sentence[:cue_start]) and len(sentence[:cue_start]) <= 25
    described = opens_on_it and _DESCRIBED.match(sentence[cue_end:]) or _THIS_IS.fullmatch(sentence[:cue_start])
    # ("Hội nghị là ..." after "hội nghị trực tuyến": the online conference)
    kinds = {event_type, EventType.ONLINE_MEETING} if event_type is EventType.CONFERENCE else {event_type}
    return bool(described and any(e.event_type in kinds for e in events))


_THIS_IS = re.compile(r"\s*Đây (?:là|cũng là)\s+(?:chuyến|lần|buổi|cuộc|đợt)?\s*(?:\w+\s+){0,3}?", re.IGNORECASE)


def _add_undated(
    ctx: DocContext,
    sentence: Sentence,
    cue: _Cue,
    events: list[FoundEvent],
    to_come: set[str],
    cues: Sequence[_Cue] = (),
) -> None:
    """An undated mention: more of a meeting found before, or one of its own."""
    cue_start, cue_end, event_type = cue
    session = _session_told_as_visited(sentence.text, cue, cues, events)
    if session is not None:
        session.sentences.add(sentence.index)  # read again as the visit it was (_sessions_of_visits)
        return
    told_before = _HOSTS_LISTED.match(sentence.text) and next(
        (e for e in reversed(events) if sentence.index - 1 in e.sentences and e.event_type is not EventType.VISIT),
        None,
    )
    if told_before:
        # "Tiếp đoàn có ...", "Tiếp và làm việc với đoàn có ...": who hosted the session just told, whatever its
        # kind (after a visit, they received the travellers at a reception of its own).
        told_before.sentences.add(sentence.index)
        return
    earlier = _named_before(events, event_type, sentence.text[:cue_start], sentence.index)
    # "Tại Kỳ họp lần thứ 41 Ủy ban liên Chính phủ, ...": a session named by its number is that session, not the
    # meeting of another kind the article reported.
    numbered = _NUMBERED.match(sentence.text, cue_end) is not None
    # "Trước đó, đoàn đã đến thăm Đại sứ quán ...": a meeting held before the one found is another one.
    before = _BEFORE_THAT.match(sentence.text) is not None
    if earlier is not None and not ctx.in_its_item(earlier.sentences, sentence.index):
        earlier = None  # a digest's next item: "Ông A ... dự và chúc Tết" is no guest of the visit an item above told
    if earlier is not None and (day := _next_stop(ctx, sentence.index, earlier)) is not None:
        stop = _new_event(ctx, sentence.index, event_type, day, cue_start, cue_end)
        stop.stop_after = earlier
        events.append(stop)
        return
    if earlier is not None and not (numbered and earlier.event_type is not event_type) and not before:
        earlier.sentences.add(sentence.index)
    elif numbered or before or _held_undated(sentence, cue_start, events, to_come):
        events.append(_new_event(ctx, sentence.index, event_type, None, cue_start, cue_end))


# "Rời Điện Biên, ngày 23/10, đoàn đến tỉnh Sơn La", "đoàn tiếp tục hành trình sang tỉnh B": the delegation moved
# on to its next stop
_MOVED_ON = re.compile(
    r"\b[đĐ]oàn\s+(?:đã\s+|tiếp tục\s+)*(?:hành trình\s+|chuyến công tác\s+)?(?:đến|tới|sang|về|ra|vào|lên)\s+"
    r"(?:thăm\s+)?(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô)\b"
)


def _next_stop(ctx: DocContext, index: int, earlier: FoundEvent) -> DateMention | None:
    """ "Ngày 22/10, đoàn làm việc với Sở ... tỉnh A", then "Ngày 23/10, đoàn đến tỉnh B. Tại buổi làm việc với Sở ...
    tỉnh B, ...": a trip's next stop, a session of its own on the day the sentence before names, not the one told
    before (the provinces it names are none of those the earlier session's sentence named)."""
    if earlier.date is None or index - 1 in earlier.sentences or not _MOVED_ON.search(ctx.sentence_text(index - 1)):
        return None
    days = [m for m in ctx.dates_in(index - 1) if m.value and len(m.value) == 10 and not _ahead_in_its_clause(ctx, m)]
    if len(days) != 1 or _same_date(days[0], earlier.date):
        return None
    here, there = _provinces_named(ctx, index), _provinces_named(ctx, earlier.anchor, venues=True)
    return days[0] if here and there and not here & there else None


def _session_told_as_visited(text: str, cue: _Cue, cues: Sequence[_Cue], events: list[FoundEvent]) -> FoundEvent | None:
    """ "Đoàn công tác của Bộ ... đã thăm và làm việc với Bộ ...", undated, after "Tại buổi làm việc, ..." opened
    the article: the working session already found, told as the visit it was part of."""
    if cue[2] is not EventType.VISIT or any(e.event_type is EventType.VISIT for e in events):
        return None
    if not _WORKS_WITH.search(text) or not _DELEGATION_DID.match(text):
        return None
    kinds = {kind for _, _, kind in cues}
    return next((e for e in events if e.event_type in kinds and e.event_type in _SESSIONS), None)


# The sentence's subject is the delegation: "Đoàn công tác của Bộ ... đã thăm và làm việc".
_DELEGATION_DID = re.compile(r"\s*Đoàn\b[^,.;]{0,80}?\b(?:đã|vừa)\s+(?:đến\s+|sang\s+)?thăm\b")


_BEFORE_THAT = re.compile(r"\s*Trước đó\b")
_HOSTS_LISTED = re.compile(r"\s*(?:Tiếp|Đón tiếp|Tiếp đón)(?:\s+và\s+(?:làm việc|hội đàm))?(?:\s+với)?\s+đoàn\b")
# "Kỳ họp lần thứ 45", "Kỳ họp thứ XIX", "Kỳ họp 48 Ủy ban liên Chính phủ" (a number of one to three digits: a
# year is no session's number).
_NUMBERED = re.compile(
    r"\s+(?:(?:lần\s+)?thứ\s+(?:[IVXLC]+|\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b|\d{1,3}(?![\d/.,-]))",
    re.IGNORECASE,
)


def _named_before(
    events: list[FoundEvent], event_type: EventType, before_cue: str, index: int = -1
) -> FoundEvent | None:
    # An undated mention refers back to a meeting of its kind this document already dated: the one the sentence
    # before told ("Sáng 6/12, ... tổ chức Diễn đàn ...", then "Tại diễn đàn, ..."), else the first.
    kind = [e for e in events if e.event_type == event_type]
    first = kind[0] if kind else None
    # (not one of earlier years the sentence before recalled: "Kết thúc hội đàm" after a paper of 2023 is this one's)
    later = [e for e in kind if index - 1 in e.sentences and _not_before(e, first)]
    # ("Sáng 14/1, đoàn làm việc với Sở ...", a sentence between, then "Tại buổi làm việc, ...": the one just told)
    near = [e for e in kind if 0 < index - e.anchor <= 3 and e.date is not None and _not_before(e, first)]
    earlier = later[0] if later else near[-1] if near else first
    dated = [e for e in events if e.date is not None]
    if earlier is None and len(dated) == 1 and _REFERS_BACK.match(before_cue):
        earlier = dated[0]  # "Buổi tọa đàm có sự tham gia của ...": the one meeting reported, named anew
    return earlier


def _not_before(event: FoundEvent, first: FoundEvent | None) -> bool:
    told, known = (e.date.value if e is not None and e.date is not None else None for e in (event, first))
    return not before_at_its_precision(told, known)


def _held_undated(sentence: Sentence, cue_start: int, events: list[FoundEvent], to_come: set[str]) -> bool:
    """An undated meeting of its own: named up front, said to have taken place, or spoken at."""
    return bool(
        sentence.index <= 3
        and not events
        and not to_come  # an article announcing a meeting: the meeting named up front is the plan
        or _TOOK_PLACE.search(sentence.text)
        or not events
        and _SPOKEN_AT.search(sentence.text[:cue_start])
        or _praised(sentence.text, cue_start)
    )


def _praised(text: str, cue_start: int) -> bool:
    """ "đánh giá cao chuyến thăm của ...", "kết quả đạt được qua chuyến thăm này": a trip spoken of as done, or
    as the one under way (welcoming a delegation "đến thăm" names the meeting that receives it, not a visit)."""
    return text.startswith("chuyến", cue_start) and bool(
        _PRAISED.search(text[max(0, cue_start - 40) : cue_start]) or _THIS_TRIP.match(text, cue_start)
    )


_THIS_TRIP = re.compile(r"chuyến (?:thăm|công tác)(?: lần)? này\b")


def _praised_visit(ctx: DocContext, event: FoundEvent) -> bool:
    sentence = ctx.sentences[event.anchor]
    return event.event_type is EventType.VISIT and _praised(sentence.text, event.cue_at - sentence.start)


def _leave_out_the_host(ctx: DocContext, event: FoundEvent) -> None:
    """Who praises a visit received it: the visit is the visitors' ("X đánh giá cao chuyến thăm của Y", "Chào mừng
    chuyến thăm của đoàn ..., X cho biết")."""
    sentence = ctx.sentences[event.anchor]
    people = ctx.persons_in(event.anchor)
    hosts = {p.name for p in people if p.end <= event.cue_at}
    if not hosts:
        comma = sentence.text.find(",", event.cue_at - sentence.start)
        after = [p for p in people if comma != -1 and p.start > sentence.start + comma]
        hosts = {after[0].name} if after else set()
    event.participants = [p for p in event.participants if not (p[0] == "person" and p[1] in hosts)]


_RECEIVING = frozenset({EventType.RECEPTION, EventType.TALKS, EventType.WORKING_SESSION})


def _under_way_at(ctx: DocContext, visit: FoundEvent, events: list[FoundEvent]) -> None:
    """The visit a host praises at the reception or talks the article reports was under way on that meeting's
    day, and the meeting's guests made it. "qua chuyến thăm này" names no visitor: the people of its sentence
    are the ones speaking of it, and the guests alone made it."""
    if _THIS_TRIP.match(ctx.text, visit.cue_at):
        visit.participants = []
    meeting = next(
        (e for e in events if e is not visit and e.anchor <= visit.anchor and e.event_type in _RECEIVING), None
    )
    if meeting is None:
        return
    visit.date = visit.date or meeting.date
    guests = [p for p in meeting.participants if p[2] in {Role.GUEST, Role.HEAD_OF_DELEGATION}]
    visit.participants += [p for p in guests if p not in visit.participants]


# "Tỉnh trưởng đánh giá cao chuyến thăm của đồng chí X", "chào mừng chuyến thăm của đoàn": the host speaks of a visit
# made, whatever meeting the article reports.
_PRAISED = re.compile(r"\b(?:đánh giá cao|cảm ơn|hoan nghênh|chào mừng)\b[^,.;]{0,25}$", re.IGNORECASE)


# An undated meeting the sentence says took place, or says who witnessed or attended: "Lễ bàn giao ... có sự chứng
# kiến của đại diện Sở Ngoại giao ...".
_TOOK_PLACE = re.compile(
    r"\b(?:đã tổ chức|diễn ra|đã diễn ra|(?:có|với) sự (?:chứng kiến|tham dự|tham gia|có mặt) của"
    r"|đã có (?:các |những )?(?:cuộc|buổi))\b",
    re.IGNORECASE,
)


# A sentence that opens on "the meeting" ("Buổi tọa đàm ...", "Tại hội nghị, ...") speaks of one already reported.
# ("Cũng tại buổi làm việc, ..." goes on about the same one)
_REFERS_BACK = re.compile(r"\s*(?:Buổi|Tại buổi|Tại|Trong buổi|Tham dự buổi|Tham dự|Cũng tại buổi|Cũng tại)\s*$")


# "Phát biểu tại hội đàm, ...", "Tại buổi làm việc, ...": something said or done at a meeting the article reports
# even when its lead, which named the meeting, was cut away.
_SPOKEN_AT = re.compile(r"(?:^|\b(?:phát biểu|chia sẻ|trao đổi|nói))\s*tại\s+(?:buổi\s+|cuộc\s+)?$", re.IGNORECASE)


def _same_meeting(
    events: list[FoundEvent], event_type: EventType, date: DateMention, held_aside: bool = False
) -> FoundEvent | None:
    """A meeting already found on that day: of the same kind, or the span that day falls in (a visit's span holds
    meetings of their own: "thăm Lào từ 29/9-2/10" then "chiều cùng ngày, ... hội đàm"; so do talks told with the
    trip's span, "từ ngày 12 đến 14/11, ... đã hội đàm", then "Chiều 12/11, ... chào xã giao")."""
    same = next(
        (
            e
            for e in events
            if (_same_date(e.date, date) or e.event_type == event_type and _spans_its_day(date, e))
            and (
                e.event_type == event_type
                or not held_aside
                and _within(e.date, date)
                and e.event_type not in {EventType.VISIT, *_ONE_DAY_KINDS}
                # ("trong hai ngày 27 và 28/10, ... tổ chức khám bệnh ...", then "Chiều 28/10, ... đã hội đàm": talks
                # of their own beside a clinic or a fair)
                and not (event_type in _SESSIONS and e.event_type in {*_GATHERINGS, EventType.OTHER})
            )
        ),
        None,
    )
    if same is None and event_type is EventType.VISIT:
        # "bắt đầu chuyến thăm" on the 24th, "chuyến thăm ... đã kết thúc" on the 26th: one trip.
        same = next((e for e in events if e.event_type is event_type and _days_apart(e.date, date) <= 7), None)
    return same


def _session_named_again(
    sentence: Sentence, cue: _Cue, date: DateMention, events: list[FoundEvent]
) -> FoundEvent | None:
    """ "Sở A tiếp và làm việc với đoàn Sở B", then "Cũng tại buổi làm việc, ...": the one session of that day,
    named again by another of its words ("hội nghị trực tuyến", then "Cũng tại hội nghị, ...": the same one)."""
    family = next((kinds for kinds in _NAMED_ALIKE if cue[2] in kinds), None)
    if family is None or not _REFERS_BACK.match(sentence.text, 0, cue[0]):
        return None
    return next((e for e in events if e.event_type in family and _same_date(e.date, date)), None)


def _spans_its_day(span: DateMention, event: FoundEvent) -> bool:
    """A span of days told of a meeting of many days already found on a later one of them (its closing day): the
    meeting opened on the span's first day."""
    day = event.date
    if event.event_type in _ONE_DAY_KINDS or event.event_type is EventType.VISIT or day is None or day.end_value:
        return False
    return day.value != span.value and _within(span, day)


def _add_dated(ctx: DocContext, sentence: Sentence, cue: _Cue, date: DateMention, events: list[FoundEvent]) -> None:
    """A dated meeting not found yet: the one the headline named, now dated, or a new one."""
    cue_start, cue_end, event_type = cue
    headline = _headline_of(sentence.text, cue, events)
    if headline is not None:
        # The headline named the meeting; this sentence dates it.
        online = headline.event_type is EventType.ONLINE_MEETING  # (the headline said how it was held)
        dated = _new_event(ctx, sentence.index, headline.event_type if online else event_type, date, cue_start, cue_end)
        dated.sentences |= headline.sentences
        events[events.index(headline)] = dated
        return
    events.append(_new_event(ctx, sentence.index, event_type, date, cue_start, cue_end))


def _headline_of(sentence: str, cue: _Cue, events: list[FoundEvent]) -> FoundEvent | None:
    """The undated meeting of this kind found before, which the headline named."""
    cue_start, _, event_type = cue
    # "tiếp và làm việc" is the reception the headline called a working session ("làm việc với đoàn").
    kinds = {event_type}
    if event_type is EventType.RECEPTION and re.match(r"[^,.;]{0,20}?\blàm việc", sentence[cue_start:]):
        kinds.add(EventType.WORKING_SESSION)
    # "... trong hội nghị trực tuyến" in the headline, "... đồng tổ chức, theo hình thức trực tuyến, hội nghị ..."
    if event_type is EventType.CONFERENCE and "trực tuyến" in sentence:
        kinds.add(EventType.ONLINE_MEETING)
    return next((e for e in events if e.date is None and e.event_type in kinds), None)


# "Trong khuôn khổ Kỳ họp ..., ngày 9/1, ... Bộ trưởng A và Bộ trưởng B đã ký kết ...": who signs within a session
# chaired by others holds a signing of their own; "Tại hội nghị, hai bên đã ký ..." is part of the meeting.
_FRAME_THEN_SIGNED = re.compile(
    # ("45 năm ngày ký Hiệp ước ...": an anniversary's name, no signing)
    r"\b(?:[Tt]rong\s+khuôn khổ|[Bb]ên lề)\b(?P<frame>[^,;]*)[,;]"
    r"(?P<rest>[^;]*?\b(?<![Nn]gày )(?:đã\s+)?(?:ký kết|kí kết|ký|kí)\b)"
)
_NOT_DONE = re.compile(r"\b(?:sẽ|dự kiến|sắp(?! xếp)|tiến tới|chuẩn bị)\b", re.IGNORECASE)


def _signings_in_frames(ctx: DocContext, events: list[FoundEvent]) -> list[FoundEvent]:
    """A signing told as held within the frame of a session ("Trong khuôn khổ sự kiện này, ... đã ký kết 3 văn
    bản"): a meeting of its own, on the sentence's day or else the session's, with the people of the sentence
    outside the frame. Visits have theirs from the agreements (agreements._signing_within)."""
    found: list[FoundEvent] = []
    for sentence in ctx.sentences:
        said = _signed_within(sentence.text)
        if said is None or any(e.event_type is EventType.SIGNING and sentence.index in e.sentences for e in events):
            continue
        frame = _frame_of(events, sentence.index)
        if frame is None or frame.event_type in (EventType.VISIT, EventType.SIGNING):
            continue
        date = _day_after_frame(ctx, sentence, said) or frame.date
        named = next((e for e in events if e.event_type is EventType.SIGNING and e.date is None), None)
        if named is not None:
            # "Việt Nam và Lào ký kết kế hoạch ..." above it: the signing the headline named, now dated and placed
            signing, named.date = named, date
            signing.sentences.add(sentence.index)
        else:
            signing = _new_event(ctx, sentence.index, EventType.SIGNING, date, said.start("rest"), said.end())
            found.append(signing)
        _signed_out_of_frame(ctx, sentence.index, said, frame, signing)
    return found


def _signed_within(sentence: str) -> re.Match[str] | None:
    """ "Trong khuôn khổ ..., ... đã ký kết ...": the frame and the signing told after it, unless still to come."""
    if "khuôn khổ" not in sentence and "ên lề" not in sentence:
        return None  # (the frame's words, looked for before the pattern is tried)
    said = _FRAME_THEN_SIGNED.search(sentence)
    if said is None or _NOT_DONE.search(said["rest"]):
        return None
    return said


def _frame_of(events: list[FoundEvent], index: int) -> FoundEvent | None:
    """The meeting sentence `index` speaks of, else the latest one reported before it."""
    frame = next((e for e in events if index in e.sentences), None)
    if frame is None:
        before = [e for e in events if e.anchor < index]
        frame = max(before, key=lambda e: e.anchor) if before else None
    return frame


def _day_after_frame(ctx: DocContext, sentence: Sentence, said: re.Match[str]) -> DateMention | None:
    # The day the sentence gives after its frame; a year there is what a plan is for.
    return next(
        (
            d
            for d in ctx.dates_in(sentence.index)
            if d.start - sentence.start > said.start("rest") and (d.day_month or len(d.value or "") == 10)
        ),
        None,
    )


def _signed_out_of_frame(
    ctx: DocContext, index: int, said: re.Match[str], frame: FoundEvent, signing: FoundEvent
) -> None:
    """The signing is held at its frame's place, by the people of its sentence outside the frame."""
    if index != frame.anchor:
        # "Trong khuôn khổ Kỳ họp, A và B đã ký kết ...": what the sentence tells is the signing, not the session
        frame.participants = [p for p in frame.participants if p[3] != index]
        frame.sentences.discard(index)
    signing.location, signing.province_id, signing.country_id = frame.location, frame.province_id, frame.country_id
    _roles_in_sentence(ctx, signing, index, whole_sentence=True, leave_out=(said.start(), said.end("frame")))


_SESSIONS = (EventType.TALKS, EventType.WORKING_SESSION, EventType.RECEPTION)
# Meetings held within a day: one dated by the span of the trip it was told in takes the day said of it later.
_ONE_DAY_KINDS = frozenset({*_SESSIONS, EventType.SIGNING})
# A session on a day of a gathering of many ("Trong 2 ngày 21-22/11, ... Hội nghị ...", then "Cùng ngày, Sở A cũng
# đã có buổi làm việc với đoàn Sở B"): two of its parties met on their own.
_GATHERINGS = frozenset({EventType.CONFERENCE, EventType.FORUM, EventType.WORKSHOP})
_WORKS_WITH = re.compile(r"\bthăm\s*(?:,|và)\s*làm việc\b", re.IGNORECASE)
# The kinds one meeting is named by, one sentence and the next: "tiếp và làm việc", then "tại buổi làm việc".
_NAMED_ALIKE = (frozenset(_SESSIONS), frozenset({EventType.CONFERENCE, EventType.ONLINE_MEETING}))


def _sessions_of_visits(ctx: DocContext, events: list[FoundEvent]) -> list[FoundEvent]:
    """ "Đoàn đã sang thăm và hội đàm với tỉnh X": a visit and the talks held during it are two meetings, on the
    same day, with the same people; "thăm và làm việc" is a visit and a working session."""
    siblings: list[FoundEvent] = []
    for event in events:
        told = _told_as_a_visit(ctx, event)
        if told is None:
            continue
        if _praised_visit(ctx, event):
            continue  # "đánh giá cao chuyến thăm, làm việc của đoàn": the visit spoken of, not a session
        text, cues, kinds = told
        if event.event_type is not EventType.VISIT:
            wanted = EventType.VISIT
        else:
            wanted = next((k for k in (*_SESSIONS, *_HELD_ON_A_TRIP) if k in kinds), None)
            if wanted is None:
                continue
        if _no_sibling_wanted(event, wanted, text, cues, events + siblings):
            continue
        headline = next((e for e in events if e.event_type is wanted and e.date is None and e is not event), None)
        if headline is not None and event.date is not None:
            _headline_dated(headline, event)
            continue
        sibling = _sibling(event, wanted)
        if wanted is EventType.VISIT and event.trip is None:
            # "Chiều 22/5, ... tiếp Đoàn ..., sang thăm và làm việc tại Thanh Hóa từ ngày 21 đến 24/5": the trip's span
            sibling.date = next((d for d in ctx.dates_in(event.anchor) if d.end_value or d.end_day_month), event.date)
        siblings.append(sibling)
    return siblings


def _told_as_a_visit(ctx: DocContext, event: FoundEvent) -> tuple[str, list[_Cue], set[EventType]] | None:
    """The sentence that tells the meeting as a visit and a session ("đã thăm và làm việc với ..."): its own, or,
    for a session, a later one that goes on about it ("Tại buổi làm việc, ...", then a caption "Đoàn ... đã thăm
    và làm việc với Bộ ...")."""
    later = sorted(i for i in event.sentences if i > event.anchor) if event.event_type is not EventType.VISIT else []
    for index in [event.anchor, *later]:
        text = ctx.sentence_text(index)
        if index != event.anchor and not (
            "thăm" in text and (_DELEGATION_DID.match(text) or _AND_ATTENDS.search(text))
        ):
            continue  # "vui mừng đón đoàn tới thăm và làm việc": the host's welcome, no visit of its own
        cues = cues_in(text, ctx.text, ctx.sentences[index].start)
        kinds = _kinds_named(text, cues)
        if EventType.VISIT not in kinds:
            continue
        if kinds & set(_SESSIONS) or _chairs_on_a_trip(text, cues, kinds):
            return text, cues, kinds
    return None


def _chairs_on_a_trip(text: str, cues: list[_Cue], kinds: set[EventType]) -> bool:
    # (a visit told as a tally, "các chuyến thăm qua lại và dự ...", is no trip)
    return (
        bool(kinds & set(_HELD_ON_A_TRIP))
        and bool(_AND_ATTENDS.search(text))
        and any(c[2] is EventType.VISIT and not _skipped(text, c) for c in cues)
    )


# "sang thăm Lào và đồng chủ trì Kỳ họp thứ 12 ...": a trip and the conference it was made for.
_HELD_ON_A_TRIP = (EventType.CONFERENCE, EventType.WORKSHOP, EventType.FORUM)
_AND_ATTENDS = re.compile(r"\bthăm\b[^.;]{0,60}?\bvà\s+(?:đồng chủ trì|chủ trì|dự|tham dự)\b", re.IGNORECASE)


def _kinds_named(text: str, cues: list[_Cue]) -> set[EventType]:
    """The kinds of meeting the sentence reports held, not a frame of someone's visit or of a work trip."""
    kinds = {
        kind
        for start, _, kind in cues
        if not (_frames_work_trip(text, start) or kind is EventType.VISIT and _someones_visit(text, start))
        # ("Chuyến công tác nhằm cụ thể hóa Biên bản hội đàm ... ký hồi tháng 3": talks named by their minutes)
        and not _minutes_of(text, start)
    }
    works = _WORKS_WITH.search(text)
    if works and not _FRAME_BEFORE.search(text[: works.start()]):  # "trong khuôn khổ (chuyến) thăm và làm việc"
        kinds |= {EventType.VISIT, EventType.WORKING_SESSION}
    return kinds


def _no_sibling_wanted(
    event: FoundEvent, wanted: EventType, text: str, cues: list[_Cue], found: list[FoundEvent]
) -> bool:
    """Not a visit nor a session, or the meeting of the kind wanted is found already."""
    if event.event_type not in (EventType.VISIT, *_SESSIONS, *_HELD_ON_A_TRIP) or any(
        e.event_type is wanted and _same_date(e.date, event.date) for e in found
    ):
        return True
    if wanted is EventType.WORKING_SESSION and _sessions_within(event, found):
        return True  # "thăm và làm việc tại Quảng Trị từ ngày 15 đến 17/10", then the talks of the 16th: its work
    framed_trip = any(kind is EventType.VISIT and _framing(text, start) for start, _, kind in cues)
    # "Trong khuôn khổ chuyến thăm, ... các cuộc tiếp kiến ...": the trip already reported
    return wanted is EventType.VISIT and framed_trip and any(e.event_type is EventType.VISIT for e in found)


def _sessions_within(trip: FoundEvent, found: list[FoundEvent]) -> bool:
    """Sessions held on days of the trip's span: the work the trip did."""
    return any(
        e is not trip and e.event_type in _SESSIONS and e.date is not None and _within(trip.date, e.date) for e in found
    )


def _headline_dated(headline: FoundEvent, event: FoundEvent) -> None:
    # "Quang cảnh buổi làm việc" above "Chiều 9/1, đoàn đến thăm và làm việc": the session already named.
    headline.date, headline.sentences = event.date, headline.sentences | event.sentences
    if headline.location is None:
        headline.location, headline.province_id, headline.country_id = (
            event.location,
            event.province_id,
            event.country_id,
        )
    headline.participants += [p for p in event.participants if p not in headline.participants]


def _sibling(event: FoundEvent, wanted: EventType) -> FoundEvent:
    sibling = _twin(event, wanted, list(event.participants))
    if _guests_only(sibling):
        # "X tiếp Y đang thăm Việt Nam": the visit is the guests'; the host only received them.
        sibling.participants = [p for p in event.participants if p[2] is not Role.HOST]
    return sibling


def _twin(event: FoundEvent, kind: EventType, participants: list[tuple[str, str, Role, int]]) -> FoundEvent:
    """Another meeting of the same trip: its day, place and sentences, with the people given."""
    return FoundEvent(
        key=f"{event.key}-{kind.value}",
        event_type=kind,
        anchor=event.anchor,
        date=event.trip if kind is EventType.VISIT and event.trip is not None else event.date,
        cue_at=event.cue_at,
        sentences=set(event.sentences),
        location=event.location,
        province_id=event.province_id,
        country_id=event.country_id,
        participants=participants,
        twin_of=event,
    )


def _guests_only(event: FoundEvent) -> bool:
    return (
        event.event_type is EventType.VISIT
        and event.twin_of is not None
        and event.twin_of.event_type is EventType.RECEPTION
    )


def signing_event(ctx: DocContext, index: int, date: DateMention, events: list[FoundEvent]) -> FoundEvent | None:
    """A signing reported on its own day ("chiều 22/4, ... đã ký kết thỏa thuận") is a meeting too."""
    named = next((e for e in events if e.date is None and e.event_type is EventType.SIGNING), None)
    # (a meeting of another kind that day, "Chiều cùng ngày, ... tiếp đoàn", leaves the ceremony named undated)
    signed_that_day = any(e.event_type is EventType.SIGNING and _same_date(e.date, date) for e in events)
    met_that_day = any(_same_date(e.date, date) or e.date is None and index in e.sentences for e in events)
    if met_that_day and (named is None or signed_that_day or index in named.sentences):
        return None
    if named is not None:
        # "Tham dự lễ ký kết có ...": the ceremony already named, now dated by the agreement's sentence.
        named.date = date
        named.sentences.add(index)
        named.anchor, named.cue_at = index, ctx.sentences[index].start
        _read_location(ctx, named)
        _roles_in_sentence(ctx, named, index, whole_sentence=True, provinces=True)
        return named
    event = signing_at(ctx, index, date)
    _roles_in_sentence(ctx, event, index, whole_sentence=True, provinces=True)
    return event


def signing_at(ctx: DocContext, index: int, date: DateMention | None) -> FoundEvent:
    """A signing ceremony reported in sentence `index`, where the sentence says it was held."""
    event = FoundEvent(
        key=f"s{index}",
        event_type=EventType.SIGNING,
        anchor=index,
        date=date,
        sentences={index},
        cue_at=ctx.sentences[index].start,
    )
    _read_location(ctx, event)
    return event


def _same_date(a: DateMention | None, b: DateMention | None) -> bool:
    """Same day, or a day inside a meeting's span ("13-15/04" ... "phiên họp toàn thể ngày 15/04")."""
    if a is None or b is None:
        return False
    if a.value and b.value:
        return a.value == b.value or _within(a, b)
    if a.day_month is not None and a.day_month == b.day_month:
        return True
    return bool(a.day_month and a.end_day_month and b.day_month) and (
        _month_day(a.day_month) <= _month_day(b.day_month) <= _month_day(a.end_day_month)
    )


def _days_apart(a: DateMention | None, b: DateMention | None) -> int:
    """Days between two days, read with their years when both have one, else by day and month alone."""
    if a is None or b is None:
        return 10**6
    if a.value and b.value:
        if len(a.value) < 10 or len(b.value) < 10:
            return 10**6
        return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days)
    if not (a.day_month and b.day_month):
        return 10**6
    (ma, da), (mb, db) = _month_day(a.day_month), _month_day(b.day_month)
    try:
        return abs((date(2000, ma, da) - date(2000, mb, db)).days)
    except ValueError:
        return 10**6


def _month_day(day_month: str) -> tuple[int, int]:
    day, month = day_month.split("/")[:2]
    return int(month), int(day)


def _within(span: DateMention | None, day: DateMention | None) -> bool:
    if span is None or day is None or not (span.value and span.end_value and day.value):
        return False
    return len(day.value) == 10 and span.value <= day.value <= span.end_value


_FRAMING_KINDS = (EventType.VISIT, EventType.CONFERENCE)


def _trips_framing(
    ctx: DocContext, events: list[FoundEvent], trips: list[tuple[int, int, int, EventType]]
) -> list[FoundEvent]:
    """ "Trong khuôn khổ chuyến thăm ..., sáng 3/4, Bộ trưởng X đã dự hội thảo", "Trong khuôn khổ Hội nghị ..., ngày
    5/6, hai bên đã ký kết": the visit or the session that frames a meeting is a meeting of its own, in that one's
    month. Only when the article reports none of its kind."""
    frames: list[FoundEvent] = []
    for index, cue_start, cue_end, kind in trips:
        framed = next((e for e in events if index in e.sentences), None)
        month = _month_of(framed.date if framed else None)
        if any(e.event_type is kind and not _another_year(e.date, month) for e in events + frames):
            continue
        frames.append(_new_event(ctx, index, kind, month, cue_start, cue_end))
    return frames


def _another_year(date: DateMention | None, month: DateMention | None) -> bool:
    """A visit the article recalls by its year alone ("năm 2012, trong chuyến thăm ...") is not this one."""
    if date is None or date.value is None or len(date.value) != 4:
        return False
    return month is None or month.value is None or date.value != month.value[:4]


def _month_of(date: DateMention | None) -> DateMention | None:
    """The month of a meeting's date, for a meeting held within it on a day the text does not tell."""
    if date is None or date.value is None or len(date.value) < 7:
        return None
    return DateMention(start=date.start, end=date.end, value=date.value[:7], inferred=date.inferred)


def _new_event(
    ctx: DocContext, index: int, event_type: EventType, date: DateMention | None, cue_start: int, cue_end: int
) -> FoundEvent:
    sentence = ctx.sentences[index]
    event = FoundEvent(
        key=f"e{len(sentence.text)}-{index}",
        event_type=event_type,
        anchor=index,
        date=date,
        sentences={index},
        cue_at=sentence.start + cue_start,
        cue=sentence.text[cue_start:cue_end],
    )
    event.title = _title(sentence.text, cue_start, cue_end)
    _read_location(ctx, event)
    return event


def _title(sentence: str, cue_start: int, cue_end: int) -> str | None:
    """A quoted name after the cue: Hội thảo “Thúc đẩy hợp tác ...”."""
    match = re.match(r"\s*(?:chuyên đề\s*[–-]?\s*)?[“\"]([^”\"]{5,200})[”\"]", sentence[cue_end:])
    if match:
        return f"{sentence[cue_start:cue_end]} “{match.group(1).strip()}”"
    return None


# Where a meeting's place ends: punctuation (not the dot of "TP."), a closed-class word, or a title. "Nhân" is
# "nhân dịp", not the "nhân dân" of "Cộng hòa Dân chủ nhân dân Lào".
_PLACE_END = re.compile(
    r"[,;()]|(?<!TP)(?<!Tp)\."
    r"|\s+(đã|diễn ra|có|là|và|với|của|cho|để|nhằm|từ|trong|đến|nhân(?!\sdân)|do|ngày|vào|những|hồi|tháng|năm)\s"
    r"|\s+Bộ trưởng|\s+Thứ trưởng"
)


# "Tổng Lãnh sự quán Việt Nam tại Luông Pha Bang", "phóng viên TTXVN tại Lào": a post abroad.
_UNIT_AFTER = re.compile(r"(?:tỉnh|thành phố|TP\.?|thủ đô|Thủ đô)\s", re.IGNORECASE)
_POSTED = re.compile(
    r"\b(?:Đại sứ|Lãnh sự|Cơ quan đại diện|phóng viên|Phóng viên|TTXVN|thường trú|Thông tấn xã)(?:\s+quán)?"
    r"(?:\s+[^\s,;.]+){0,7}\s+$"
    r"|\b(?:có|đặt)\s+trụ sở\s+$"  # "một doanh nghiệp có trụ sở tại A": where a firm is based
)


def _read_location(ctx: DocContext, event: FoundEvent, index: int | None = None) -> None:
    index = event.anchor if index is None else index
    sentence = ctx.sentences[index]
    # "Nhân chuyến thăm và làm việc tại Lào của đoàn ..., chiều 21/11, tại Thủ đô Viêng Chăn đã diễn ra lễ ký kết":
    # the frame's place is the trip's, not the meeting's (unless the meeting is that trip)
    frame = _frame_clause(sentence.text) if event.event_type is not EventType.VISIT else None
    placed_at = -1  # where the place read so far was named
    for match in _AT.finditer(sentence.text):
        if frame is not None and frame[0] <= match.start() < frame[1]:
            continue
        if placed_at >= 0 and _PURPOSE.search(sentence.text, placed_at, match.start()):
            return  # "tại TP. Đồng Hới, ... làm việc nhằm chuẩn bị chuyến công tác tại tỉnh A": where a trip will go
        cue_at = event.cue_at - sentence.start if index == event.anchor else -1
        if 0 <= cue_at < match.start() and _PURPOSE.search(sentence.text, cue_at, match.start()):
            return  # "... chủ trì cuộc họp ... để chuẩn bị cho chuyến thăm tại tỉnh A": where the trip will go
        at = sentence.start + match.end()
        before = sentence.text[: match.start()]
        country_before = re.search(r"(Lào|Việt Nam|quán)\s+$", before)
        if _POSTED.search(before) or country_before and not _UNIT_AFTER.match(sentence.text, match.end()):
            # "Đại sứ Lào tại Việt Nam", "đoàn đại biểu Việt Nam tại Ấn Độ": a post or a stay, not where the
            # meeting was; "Bộ Nông Lâm nghiệp Lào tại tỉnh X" is.
            continue
        if re.match(r"(buổi|hội|lễ|cuộc|chuyến|diễn đàn)\b", sentence.text[match.end() :], re.IGNORECASE):
            continue
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # "chương trình “Đưa lưu học sinh đi thực tế tại nhà dân”": inside a programme's name
        rest = sentence.text[match.end() :]
        # The place ends at punctuation or at the first closed-class word after it ("tại Hà Nội, ...", "tại Lào là").
        stop = _PLACE_END.search(rest)
        clause_end = match.end() + (stop.start() if stop else len(rest))
        place = " ".join(sentence.text[match.end() : clause_end].split()[:10])
        if not any(ch.isupper() for ch in place):
            continue  # "tại trường", "tại các diễn đàn quốc tế", "trực tuyến": no place named
        event.location = place
        placed_at = match.end()
        end = sentence.start + clause_end
        country = next((c for c in ctx.countries_in(index) if at <= c.start < end), None)
        for province in ctx.provinces_in(index):
            # Just past the place is mostly where it was too ("tại phường Pleiku, lãnh đạo tỉnh Gia Lai ..."), but
            # not a province of another country than the one named: "tại Lào, đoàn tỉnh Nghệ An ..." came from it.
            abroad = (
                country is not None
                and province.start >= end
                and not province.node_id.startswith(f"province:{country.node_id.removeprefix('country:')}-")
            )
            if at <= province.start < end + 25 and not abroad:
                event.province_id = province.node_id
                return
        for country in ctx.countries_in(index):
            if at <= country.start < sentence.start + clause_end:
                event.country_id = country.node_id
                return


def background(ctx: DocContext, event: FoundEvent) -> bool:
    """A meeting named in passing as the setting of something else: "Trong chuyến thăm ... của Chủ tịch nước
    ..., hai Bộ đã ký ..." — it owns only its own clause, and unlinked sentences do not speak of it."""
    sentence = ctx.sentences[event.anchor]
    cue_at = event.cue_at - sentence.start
    clause_start = max(sentence.text.rfind(",", 0, cue_at), sentence.text.rfind(";", 0, cue_at), -1) + 1
    clause = sentence.text[clause_start:cue_at].strip().lower()
    # "Thực hiện biên bản Hội đàm năm 2024, ...": a meeting named by the agreement being carried out is history.
    return clause.startswith(("trong", "nhân", "dịp", "sau", "trước", "cho biết trong", "thực hiện", "triển khai"))


def _read_participants(ctx: DocContext, event: FoundEvent, events: list[FoundEvent]) -> None:
    # The document's first meeting is its subject even when framed ("Trong khuôn khổ chuyến thăm ..., hai Bộ
    # trưởng đã ký"); a later one named as a setting owns only its own clause.
    passing = event is not events[0] and background(ctx, event)
    # A visit or a session whose headline names no province ("Lãnh đạo tỉnh chúc Tết cổ truyền Bunpimay"): the
    # first sentence that goes on about it says which provinces met.
    later = [i for i in sorted(event.sentences) if i > event.anchor]
    bilateral = event.event_type in (EventType.VISIT, *_SESSIONS)
    lead = later[0] if later and bilateral and not ctx.free_provinces_in(event.anchor) else None
    if lead is not None and "," in ctx.sentence_text(lead) and ANOTHER_SUBJECTS_CLAUSE.search(ctx.sentence_text(lead)):
        lead = None  # "A làm việc với B ..., C làm việc với D ...": sides of several meetings, none this one's alone
    if lead is not None and event.location is None:
        _read_location(ctx, event, lead)  # "... đã thăm và làm việc với Bộ X tại tỉnh Y": where they met
    for index in sorted(event.sentences):
        if index != event.anchor and _WILL_ATTEND.search(ctx.sentence_text(index)):
            continue  # "Hội nghị dự kiến sẽ có sự tham dự của ...": who is to come to the next one, not to this
        whole = index != event.anchor or not passing
        frame = _frame_clause(ctx.sentence_text(index)) if event.event_type is not EventType.VISIT else None
        _roles_in_sentence(
            ctx, event, index, whole_sentence=whole, provinces=index in (event.anchor, lead), leave_out=frame
        )


# "... đón đoàn đại biểu tỉnh A do ông X, Trưởng ban ..., dẫn đầu. Ngay tối 27/9, ông Y đã tiếp đoàn.": the
# delegation a bare "tiếp đoàn" receives is the one the sentence before named.
_BARE_DELEGATION = re.compile(r"\btiếp\s+(?:và\s+làm việc\s+với\s+)?đoàn\b(?!\s+(?:đại biểu|công tác|cán bộ|của|do)\b)")
_DELEGATION_OF = re.compile(r"\b[đĐ]oàn\s+(?:đại biểu\s+|công tác\s+)?(?:của\s+)?(?:tỉnh|thành phố)\s+$")


def _the_delegation_just_named(ctx: DocContext, event: FoundEvent) -> None:
    if event.event_type is not EventType.RECEPTION or event.anchor == 0:
        return
    if not _BARE_DELEGATION.search(ctx.sentence_text(event.anchor)):
        return
    before = event.anchor - 1
    sentence = ctx.sentences[before]
    named = [
        p
        for p in ctx.provinces_in(before)
        if not p.aside and _DELEGATION_OF.search(ctx.text, max(sentence.start, p.start - 40), p.start)
    ]
    if len({p.node_id for p in named}) != 1:
        return
    known = {(kind, ref) for kind, ref, *_ in event.participants}
    if ("province", named[0].node_id) not in known:
        event.participants.append(("province", named[0].node_id, Role.GUEST, before))
    for person in ctx.persons_in(before):
        if person.start > named[0].end and ("person", person.name) not in known:
            event.participants.append(("person", person.name, Role.HEAD_OF_DELEGATION, before))


# "trước sự chứng kiến của Thủ tướng hai nước": the witnesses are named by their office, not by name.
_WITNESSED_BY_OFFICE = re.compile(
    r"chứng kiến của (Thủ tướng|Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|Bộ trưởng) hai (?:nước|Bộ|bên)\b"
)


def witnesses_by_office(ctx: DocContext, event: FoundEvent, index: int, lo: int = 0, hi: int | None = None) -> None:
    """Whoever the document names holding the office a witness phrase of sentence `index` (within lo..hi of the
    document) gives witnessed the meeting."""
    sentence = ctx.sentences[index]
    end = len(sentence.text) if hi is None else hi - sentence.start
    said = _WITNESSED_BY_OFFICE.search(sentence.text, max(lo - sentence.start, 0), end)
    if said is None:
        return
    office = said.group(1)
    holders = {
        p.name
        for p in ctx.persons
        if any(title == office or title.startswith(office + " ") for title, _ in p.positions)
    }
    taken = {ref for kind, ref, *_ in event.participants if kind == "person"}
    event.participants += [("person", name, Role.WITNESS, index) for name in sorted(holders - taken)]


def assign_unlinked_people(ctx: DocContext, events: list[FoundEvent]) -> None:
    """Sentences about no meeting in particular speak of the latest meeting reported before them (a later one
    named only as a setting does not count), or of the document's first when none precedes."""
    if not events:
        return
    # "Đặc biệt, chuyến thăm Việt Nam của X từ ngày 14-15/4 vừa qua đã tạo dấu mốc ...": a meeting recalled
    # after the one reported is not what the sentences after it speak of.
    reported = [
        e
        for e in events
        if e is events[0]
        or not (background(ctx, e) or _VUA_QUA.search(ctx.sentence_text(e.anchor)) or recalled(ctx, e, events[0]))
    ]
    linked = set().union(*(e.sentences for e in events))
    for sentence in ctx.sentences:
        if sentence.index in linked:
            continue
        if any(d.value and len(d.value) >= 7 for d in ctx.dates_in(sentence.index)):
            continue
        people = ctx.persons_in(sentence.index)
        if not people or _WILL_ATTEND.search(sentence.text):
            continue  # "Hội nghị dự kiến sẽ có sự tham dự của các đồng chí: ...": at a meeting still to come
        if _VUA_QUA.search(sentence.text) and cues_in(sentence.text, ctx.text, sentence.start):
            continue  # "Ông A cho biết vừa qua ông B có chuyến thăm Lào ...": B was at that meeting, not this one
        before = [e for e in reported if e.anchor < sentence.index]
        event = max(before, key=lambda e: e.anchor) if before else reported[0]
        if not ctx.in_its_item(event.sentences, sentence.index) and not ctx.in_the_lead(event.sentences):
            # a digest's next item: who it names was at none of the meetings an item above told (a meeting the
            # digest's headline or lead names is told in its item below)
            continue
        # "Tiếp đoàn có ông ...", "Ông X, ông Y cùng lãnh đạo tỉnh tiếp đoàn": the hosts of the visit just reported.
        opens = _HOSTS_FIRST.match(sentence.text)
        closes = _HOSTS_AFTER.search(sentence.text)
        hosts = {ref for kind, ref, r, _ in event.participants if r is Role.HOST}
        for person in people:
            if spoken_of(sentence.text, person.start - sentence.start):
                continue
            rel = person.start - sentence.start
            named_before = closes is not None and rel < closes.start()
            # "X cảm ơn lãnh đạo Lào đã dành thời gian tiếp đoàn": who thanks for the welcome was welcomed
            thanks = named_before and _THANKS.search(sentence.text, rel, closes.start())
            role = Role.GUEST if thanks else Role.HOST if opens or named_before else Role.ATTENDEE
            twins = [e for e in events if e.twin_of is event and not (role is Role.HOST and _guests_only(e))]
            event.participants.append(("person", person.name, role, sentence.index))
            for twin in twins:
                if not (_guests_only(twin) and person.name in hosts):
                    twin.participants.append(("person", person.name, role, sentence.index))


_VUA_QUA = re.compile(r"\bvừa qua\b")
_WILL_ATTEND = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:có\s+sự\s+)?(?:tham dự|tham gia|có mặt)\b", re.IGNORECASE)
_HOSTS_FIRST = re.compile(r"\s*(Tiếp|Đón)\s+(đoàn|các đại biểu|đại biểu)")
_HOSTS_AFTER = re.compile(
    r"[tđ](?<=\b.)(?:(?<=t)iếp|(?<=đ)ón|(?<=đ)ón tiếp)(?:\s*(?:,|và)\s*làm việc với)?\s+(?:[đĐ]oàn|các đại biểu)\b"
)  # "A, B đón tiếp đoàn", "Tỉnh trưởng X tiếp và làm việc với đoàn"


def lend_delegation(ctx: DocContext, events: list[FoundEvent]) -> None:
    """A meeting reported with nobody named ("Trong buổi làm việc chiều 24/3, hai bên đã thảo luận ...") is
    held by the delegation of the trip it belongs to: the people and bodies of the latest meeting before it
    that names any, or of the first."""
    for event in events:
        if any(kind in {"person", "org"} for kind, *_ in event.participants):
            continue
        named = [e for e in events if e is not event and any(k in {"person", "org"} for k, *_ in e.participants)]
        before = [e for e in named if e.anchor <= event.anchor]
        source = max(before, key=lambda e: e.anchor) if before else (named[0] if named else None)
        if source is None or event.event_type is EventType.VISIT and source.event_type is not EventType.VISIT:
            continue  # a trip is no part of a session: "chuyến thăm Việt Nam của X ... vừa qua" is someone else's
        sides_named = len({province_country(ref) for kind, ref, *_ in event.participants if kind == "province"}) == 2
        if sides_named and not _same_date(event.date, source.date):
            continue  # "ngày 12/4 vừa qua, ông đã dự Hội nghị ... giữa tỉnh A và tỉnh B": named sides, another day
        own = {ref for kind, ref, *_ in event.participants if kind == "province"}
        others = own - {ref for kind, ref, *_ in source.participants if kind == "province"}
        if others and (len(own) >= 2 or _months_apart(event.date, source.date)):
            # "Ngày 19/7, hai tỉnh A và B đã tổ chức hội nghị" after a session of A with C; in a year's review,
            # "tháng 8, tỉnh D tổ chức hội nghị ..." after May's session of A with C: other sides, not the trip's
            continue
        if years_apart(event.date, source.date):
            continue  # "Hiệp định ... đã được ký vào tháng 8/2006", recalled at a meeting of 2024: not its people
        if _months_between(event.date, source.date) >= 2 and _third_country_named(ctx, event.anchor):
            continue  # a year's review: April's talks with A, then "Đối với tỉnh Ratanakiri (Campuchia), ... tháng 9"
        if event.date and event.date.precision == 4 and source.date and source.date.precision >= 7:
            continue  # "năm 2022 hai tỉnh đã tổ chức hội nghị cấp cao", told on a visit of 28/3: history, not a session
        # (each with the sentence that names them there: "... với tư cách quan sát viên" still says how they came)
        event.participants += [
            (kind, ref, Role.ATTENDEE, sentence)
            for kind, ref, _, sentence in source.participants
            if kind in {"person", "org"}
        ]


def recalled(ctx: DocContext, event: FoundEvent, subject: FoundEvent) -> bool:
    """A meeting of a month before the article's subject, told inside another sentence ("Ông X cho biết, tháng
    4/2023 hai Bộ đã ký ..." in a report of December): history in passing, not what the sentences after it speak
    of. One that opens its own sentence ("Trước đó, ngày 4/6/2018, ...") starts a story the next ones go on with."""
    then = event.date.value if event.date else None
    now = subject.date.value if subject.date else None
    return bool(then and now and then[:7] < now[:7]) and not _TELLS_ITS_OWN.match(ctx.sentence_text(event.anchor))


_TELLS_ITS_OWN = re.compile(r"\W*(?:Trước đó|Sau đó|Ngày|Sáng|Chiều|Tối|Trưa|Hôm|Vào|Tháng|Năm|Đầu|Cuối|Giữa)\b")


def _months_apart(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates that both give a month, and not the same one."""
    return _months_between(a, b) > 0


def _months_between(a: DateMention | None, b: DateMention | None) -> int:
    """How many months lie between two dates that both give a month (0 when either gives none)."""
    if not (a and b and a.value and b.value and a.precision >= 7 and b.precision >= 7):
        return 0
    return abs((int(a.value[:4]) * 12 + int(a.value[5:7])) - (int(b.value[:4]) * 12 + int(b.value[5:7])))


def _third_country_named(ctx: DocContext, index: int) -> bool:
    return any(c.node_id not in {"country:VN", "country:LA"} for c in ctx.countries_in(index))


def years_apart(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates that both give a year, and not the same one."""
    first = a.value[:4] if a and a.value else None
    second = b.value[:4] if b and b.value else None
    return bool(first and second and first != second)


def keep_visitors(ctx: DocContext, events: list[FoundEvent]) -> None:
    """A visit is the travellers': officials of the side that hosts it only received them. The host's side is
    the country of the visit's place, else the other country than the delegation's head."""
    countries: dict[str, str] = {}
    for person in ctx.persons:
        if person.country:
            countries.setdefault(person.name, person.country)  # the first mention, where a name is introduced
    g = load_gazetteer()
    added: list[FoundEvent] = []
    for event in events:
        if event.event_type is not EventType.VISIT:
            continue
        people = {ref for kind, ref, _, _ in event.participants if kind == "person"}
        sides = {countries[name] for name in people if name in countries}
        if event.province_id in g.provinces:
            host = g.provinces[event.province_id].country
        elif event.country_id:
            host = event.country_id.removeprefix("country:")
        else:
            heads = {countries.get(ref) for kind, ref, role, _ in event.participants if role is Role.HEAD_OF_DELEGATION}
            visitors = heads - {None}
            host = next(iter(sides - visitors)) if len(visitors) == 1 and len(sides - visitors) == 1 else None
        if host is None:
            # "... đã sang thăm Hà Tĩnh. A, B đón tiếp đoàn": those who received the delegation are the hosts.
            receiving = {countries.get(ref) for kind, ref, role, _ in event.participants if role is Role.HOST}
            host = next(iter(receiving)) if len(receiving) == 1 else None
        if host is None or not sides - {host}:
            continue
        hosts = [p for p in event.participants if p[0] == "person" and countries.get(p[1]) == host]
        event.participants = [p for p in event.participants if p not in hosts]
        sessions = [e for e in events if e.event_type in _SESSIONS and (e.twin_of is event or event.twin_of is e)]
        if not sessions and any(role is Role.HOST for _, _, role, _ in hosts):
            # "... đã đến thăm tỉnh Hà Tĩnh. Tiếp đoàn có ông X": the hosts received the delegation.
            added.append(_twin(event, EventType.RECEPTION, event.participants + hosts))
    events.extend(added)


def one_meeting_each(ctx: DocContext, events: list[FoundEvent]) -> None:
    """ "... đã được Thủ tướng X và Phó Chủ tịch nước Y tiếp. Tại các buổi tiếp, ...", "đã có các cuộc hội đàm với
    A và B": each of those received or met the delegation in a meeting of their own."""
    added: list[FoundEvent] = []
    for event in events:
        if event.event_type not in (EventType.RECEPTION, EventType.TALKS):
            continue
        hosts = list(dict.fromkeys(r for k, r, role, _ in event.participants if k == "person" and role is Role.HOST))
        after = event.anchor + 1
        around = ctx.sentence_text(event.anchor) + (
            " " + ctx.sentence_text(after) if after < len(ctx.sentences) else ""
        )
        several = _SEVERAL_MEETINGS.search(around)
        if several is None:
            continue
        # "A đã có các cuộc hội kiến B, C và D": one meeting with each of those named after the words
        sentence = ctx.sentences[event.anchor]
        named_after = [p.name for p in ctx.persons_in(event.anchor) if p.start >= sentence.start + several.end()]
        side = list(dict.fromkeys(named_after)) if len(set(named_after)) >= 2 else hosts
        if len(side) < 2:
            continue
        for one in side:
            others = [p for p in event.participants if not (p[0] == "person" and p[1] in side and p[1] != one)]
            if one == side[0]:
                kept = others
            else:
                added.append(_twin(event, event.event_type, others))
        event.participants = kept
    events.extend(added)


_SEVERAL_MEETINGS = re.compile(
    r"\b(?:các|những)\s+(?:buổi|cuộc)\s+(?:tiếp|hội kiến|tiếp kiến|hội đàm)|\blần lượt\s+(?:được\s+)?(?:tiếp|hội kiến)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _RoleCues:
    """The words of one sentence that give roles, found once: "chứng kiến", "đồng chủ trì", "dẫn đầu" ..."""

    text: str
    witness: re.Match[str] | None
    co_chair: re.Match[str] | None
    co_chair_named_after: bool  # "Đồng chủ trì khóa họp là A và B": the co-chairs come after the verb
    head: re.Match[str] | None
    receives: re.Match[str] | None
    calls_on: re.Match[str] | None
    chair: re.Match[str] | None

    @classmethod
    def of(cls, text: str) -> _RoleCues:
        co_chair = _CO_CHAIR.search(text)
        return cls(
            text=text,
            witness=_WITNESS.search(text),
            co_chair=co_chair,
            co_chair_named_after=bool(co_chair and re.match(r"[^,.;]{0,40}\blà\b", text[co_chair.end() :])),
            head=_HEAD.search(text),
            receives=_RECEIVES.search(text),
            calls_on=_CALLS_ON.search(text) if "xã giao" in text else None,
            chair=_CHAIR.search(text),
        )


def _witness(c: _RoleCues, rel: int) -> Role | None:
    """ "... trước sự chứng kiến của X": whoever is named after it witnesses."""
    return Role.WITNESS if c.witness and rel > c.witness.end() else None


def _co_chair(c: _RoleCues, rel: int) -> Role | None:
    """ "A và B đồng chủ trì", "Đồng chủ trì là A và B"."""
    return Role.CO_CHAIR if c.co_chair and (rel < c.co_chair.start() or c.co_chair_named_after) else None


def _head_of_delegation(c: _RoleCues, rel: int) -> Role | None:
    """ "do X làm Trưởng đoàn", "do X dẫn đầu"."""
    return Role.HEAD_OF_DELEGATION if c.head and _heads(c.text, rel, c.head) else None


def _host_or_guest(c: _RoleCues, rel: int) -> Role | None:
    """ "X tiếp Y": X hosts, Y is received."""
    if c.calls_on and not c.receives and not c.co_chair:
        # "Đoàn do X dẫn đầu đến chào xã giao A và B": the callers are received by those they call on
        return Role.GUEST if rel < c.calls_on.start() else Role.HOST
    if not c.receives or c.co_chair:
        return None
    if _ALSO_RECEIVING.match(c.text):
        return Role.HOST  # "Cùng tiếp đoàn với PGS.TS. A có TS. B, ...": the hosts, listed
    if rel < c.receives.start() and _THANKS.search(c.text, rel, c.receives.start()):
        return Role.GUEST  # "X cảm ơn lãnh đạo Lào đã dành thời gian tiếp đoàn": who thanks was received
    if rel < c.receives.start() or "," in c.text[c.receives.end() : rel] and _SPEAKS_AFTER_THE_GUEST.match(c.text, rel):
        return Role.HOST  # "Tiếp Bộ trưởng X, Thủ tướng Y khẳng định ...": the subject after the fronted clause
    return Role.GUEST


_ALSO_RECEIVING = re.compile(r"\s*Cùng\s+(?:đón\s+)?tiếp\b")
_THANKS = re.compile(r"\bcảm ơn\b")
_SPEAKS_AFTER_THE_GUEST = re.compile(
    r"[^,;.()]{2,40}?\s(?:khẳng định|cho biết|nhấn mạnh|bày tỏ|đề nghị|nêu rõ|phát biểu|chúc mừng|cảm ơn)\b"
)


def _chair(c: _RoleCues, rel: int) -> Role | None:
    """ "X chủ trì buổi làm việc": the one who chairs hosts."""
    return Role.HOST if c.chair and rel < c.chair.start() and not c.co_chair else None


# Role rules in the order they are asked; who matches none attends ("Tham dự ... có X").
_ROLE_RULES: tuple[Callable[[_RoleCues, int], Role | None], ...] = (
    _witness,
    _co_chair,
    _head_of_delegation,
    _host_or_guest,
    _chair,
)


def _role_at(cues: _RoleCues, rel: int) -> Role:
    return next((role for rule in _ROLE_RULES if (role := rule(cues, rel)) is not None), Role.ATTENDEE)


def _roles_in_sentence(
    ctx: DocContext,
    event: FoundEvent,
    index: int,
    whole_sentence: bool,
    provinces: bool = False,
    leave_out: tuple[int, int] | None = None,
) -> None:
    """The people, bodies and (in the meeting's own sentence) provinces of a sentence that speaks of the meeting,
    each with the role the wording gives; none of the clause `leave_out` spans (the frame of someone's visit)."""
    sentence = ctx.sentences[index]
    a, b = leave_out or (0, 0)
    framed = range(sentence.start + a, sentence.start + b)
    text = sentence.text
    lo, hi = sentence.start, sentence.end
    if not whole_sentence:
        # A background meeting named in passing owns only the people of its own clause.
        cue_at = event.cue_at - sentence.start
        lo = sentence.start + max(text.rfind(",", 0, cue_at), text.rfind(";", 0, cue_at), -1) + 1
        hi = sentence.start + _clause_end(text, cue_at)
    # The wording of the meeting's own clause gives the roles: "nhân chuyến thăm Lào của X, A tiếp B" makes A
    # a host of the reception, not X of the visit.
    cues = _RoleCues.of(text[lo - sentence.start : hi - sentence.start])

    inviter = _INVITED_BY.match(text)
    inviting = range(sentence.start, sentence.start + (inviter.end() if inviter else 0))
    reporter = _REPORTED_BY.match(text) if "báo cáo" in text else None
    reporting = range(sentence.start, sentence.start + (reporter.end() if reporter else 0))
    if event.cue_at in reporting and event.cue_at > sentence.start:
        reporting = range(0)  # "Theo báo cáo tại hội nghị do ông A trình bày, ...": the meeting named is his own

    def role_at(pos: int) -> Role:
        return _role_at(cues, pos - lo)

    def invited_elsewhere(pos: int) -> bool:
        # "Nhận lời mời của Thủ tướng X, Thủ tướng Y sang thăm ... và đồng chủ trì Kỳ họp ...": the inviter is of
        # the trip, not of the session the guests came to chair
        return pos in inviting and event.event_type is not EventType.VISIT

    for person in ctx.persons_in(index):
        if lo <= person.start < hi and person.start not in framed:
            if spoken_of(text, person.start - sentence.start) or invited_elsewhere(person.start):
                continue
            if person.start in reporting:
                continue
            event.participants.append(("person", person.name, role_at(person.start), index))
    venues = [m.span() for m in _VENUE_PHRASE.finditer(text)]
    # "Tại buổi làm việc, ông A thông tin, trước khi hợp nhất, Sở X và Sở Y đã ký ...": the bodies of what a
    # speaker told are what was said, not who met
    # ("Cũng tại buổi làm việc, ông A cho biết, ...": what follows the meeting's own cue and a speaker is told too)
    told = _TOLD.search(text, 0 if index != event.anchor else event.cue_at - sentence.start)
    own_clause = _cues_own_clause(ctx, event, index)
    for org in ctx.orgs_in(index):
        rel = org.start - sentence.start
        outside = org.start in framed or invited_elsewhere(org.start) or told is not None and rel >= told.end()
        outside = outside or org.start in reporting
        outside = outside or own_clause is not None and not own_clause[0] <= org.start < own_clause[1]
        # ("Hội nghị cũng thống nhất đề xuất mời lãnh đạo Sở A tỉnh X sang dự ...": one to be invited)
        outside = outside or "mời" in text and _TO_BE_INVITED.search(text, 0, rel) is not None
        # ("... đề nghị UBND tỉnh cho phép ký biên bản ghi nhớ với Sở A tỉnh X": the one a paper is hoped with)
        outside = outside or "ký" in text and _TO_SIGN_WITH.search(text, 0, rel) is not None
        # ("Theo báo Pasaxon, cơ quan trung ương của Đảng Nhân dân Cách mạng Lào, ...": whose paper reports it)
        outside = outside or _THE_SOURCE.match(text, 0, rel) is not None
        if (
            outside
            or not _hosts_at_its_seat(text, rel, org.key)
            and (_in_place_phrase(text, rel) or any(a <= rel < b for a, b in venues))
        ):
            if (
                not outside
                and _A_UNIT_OF.search(text, max(0, rel - 60), rel)
                and (province := speaks_for_province(org))
            ):
                # "... với Đồn Công an cửa khẩu X thuộc Công an tỉnh A": the parent stays out, its unit acts for A
                event.participants.append(("province", province, role_at(org.start), index))
            continue
        event.participants.append(("org", org.key, role_at(org.start), index))
    witnesses_by_office(ctx, event, index, lo, hi)
    if provinces:
        _provinces_taking_part(ctx, event, index, role_at, told.end() if told else None)


_TOLD = re.compile(r"\b(?:cho biết|thông tin|báo cáo)(?:\s+thêm)?\s*[,:]")
# "Theo báo cáo do ông A, Giám đốc Sở X trình bày, Thỏa thuận ... được ký kết ngày ...": the one who reports a
# meeting of the past tells of it; he is no side of it.
_REPORTED_BY = re.compile(r"\s*Theo\s+(?:bản\s+)?báo cáo\s+(?:do|của)\s+[^;.]{3,160}?\b(?:trình bày|báo cáo)\s*,")
# A body named in the description of the paper a sentence is told by: "Theo báo X, cơ quan trung ương của Y, ...".
_THE_SOURCE = re.compile(
    r"[^.;]{0,40}?\b[Tt]heo\s+(?:báo|tờ|hãng|đài|Thông tấn xã|trang|tạp chí)\b[^,;]*,\s*"
    r"(?:cơ quan|tờ báo|tiếng nói|diễn đàn)\b[^,;]*$"
)
# "tại trụ sở Bộ Công nghệ và Truyền thông Lào, Thứ trưởng A làm việc với ...": the body that receives the meeting at
# its seat takes part in it
_AT_THE_SEAT_OF = re.compile(r"\btrụ sở\s+$")
_A_BUILDING = re.compile(r"(?:Trung tâm Hành chính|Nhà khách|Nhà Quốc hội|Hội trường|Cung)\b", re.IGNORECASE)


def _hosts_at_its_seat(text: str, rel: int, key: str) -> bool:
    return _AT_THE_SEAT_OF.search(text[max(0, rel - 12) : rel]) is not None and not _A_BUILDING.match(key)


_INVITED_BY = re.compile(r"\s*(?:Nhận lời mời|Theo lời mời|Được sự mời)\s+của\s+[^,;.]+,")


def spoken_of(text: str, rel: int) -> bool:
    """ "... khẳng định ... sự quan tâm của Thủ tướng X": X is whom the speaker spoke of, not one who came."""
    said = _SAID.search(text, 0, rel)
    if said and _SOMEONES.search(text, said.end(), rel):
        return True
    # "Đại sứ gửi lời thăm hỏi sức khỏe tới đồng chí X": one greeted from afar, not one who came
    return "lời" in text and _GREETED.search(text, max(0, rel - 160), rel) is not None


# What a speaker said, and a person named in it as the one whose care, guidance or attention it was.
_SAID = re.compile(r"\b(?:khẳng định|nhấn mạnh|cho biết|bày tỏ|đánh giá cao|cảm ơn|ghi nhận)\b")
_SOMEONES = re.compile(
    r"\b(?:quan tâm|chỉ đạo|giúp đỡ|ủng hộ|hỗ trợ|tình cảm)\s+(?:[^,.;]{0,40}?\s)?của\s+(?:[^\s,.;]+\s+){0,12}$"
)


_GREETED = re.compile(
    r"\b(?:gửi|chuyển)\s+lời\s+(?:thăm hỏi|hỏi thăm|chào|chúc mừng|chúc|cảm ơn)[^.;]{0,60}?\s(?:tới|đến)\s+"
    r"(?:[^\s,.;]+\s+){0,12}$"
)


# "tại tỉnh X (Lào) đã diễn ra Hội nghị ... giữa Công an tỉnh A với công an các tỉnh B, C": the venue ends where
# the clause goes on with a verb or names who met.
_VENUE_PHRASE = re.compile(r"t(?<=\bt)ại\s(?:(?!\s(?:đã|đang|diễn ra|tổ chức|giữa|với|do|cho|có|là|nhằm)\b)[^,;(])*")


def _provinces_taking_part(
    ctx: DocContext, event: FoundEvent, index: int, role_at: Callable[[int], Role], told_from: int | None = None
) -> None:
    """The provinces a meeting's own sentence names as taking part: named, or counted ("ba tỉnh bạn"); not its
    venue, not neighbours on a border, not where a participant is from, not those in what a speaker told."""
    sentence = ctx.sentences[index]
    text = sentence.text
    free = _in_the_cues_clause(ctx, event, index, ctx.free_provinces_in(index))
    named_there = [p for p in ctx.provinces_in(index) if p.node_id == event.province_id]
    # the venue, when the sentence names it only as the venue
    venue = {p.node_id for p in named_there if len(named_there) == 1 and _after_at(text, p.start - sentence.start)}
    counted = COUNTED_PROVINCES.search(text)
    if counted and _OPENING_FRAME.match(text[: counted.start()]):
        counted = None  # "Trong quan hệ với các tỉnh bạn trong nước, tỉnh A và tỉnh B ...": the topic, not the sides
    if counted and told_from is not None and counted.start() >= told_from:
        counted = None  # "..., ông A cho biết, tỉnh đã mời ... dự Diễn đàn các tỉnh miền núi": what was told
    if counted:
        # "Quảng Ninh và ba tỉnh bạn tổ chức hội nghị": the provinces the text has just named; "các tỉnh", not
        # counted, is not the venue ("tại Đà Nẵng, hội nghị các tỉnh miền Trung ...").
        uncounted = counted.group(1).lower() == "các"
        for province_id in _counted(ctx, index, counted.group(1), sentence.start + counted.start()):
            if not (uncounted and province_id in venue):
                event.participants.append(("province", province_id, role_at(sentence.start + counted.start()), index))
    friend = _THE_FRIEND_PROVINCE.search(text) if "tỉnh bạn" in text else None
    partner = _friend_named(ctx, index) if friend and (told_from is None or friend.start() < told_from) else None
    if friend and partner and all(p[1] != partner for p in event.participants):
        event.participants.append(("province", partner, role_at(sentence.start + friend.start()), index))
    for province in free:
        rel = province.start - sentence.start
        if event.province_id == province.node_id and _after_at(text, rel) or told_from is not None and rel >= told_from:
            continue
        if event.province_id not in (None, province.node_id) and _ANOTHER_PLACE.search(text, 0, rel):
            continue  # "thăm Khu di tích tại tỉnh A, nơi ... tại tỉnh B": where something else is or was
        if _ON_THE_WAY.search(text, max(0, rel - 40), rel):
            continue  # "trước khi đến Huế, đoàn đã hội đàm với tỉnh A": where the delegation went next, not a side
        if named_as_venue(text, rel, after_a_hall_only=True) or _ON_A_ROUTE.search(text, max(0, rel - 80), rel):
            continue  # "tại Trung tâm Hội nghị ..., Thủ đô Viêng Chăn", "tuyến đường sắt Viêng Chăn – Vũng Áng"
        if where_someone_is_from(ctx.text, province.start) or (_any_wish(text) and _WISHED.search(text, 0, rel)):
            continue  # "lưu học sinh Lào đến từ tỉnh A"; "; Đại sứ mong muốn ... hợp tác với tỉnh B": no side
        if a_seat_or_a_past(ctx.text, province.start):
            continue  # "... đoàn Công ty X, một doanh nghiệp có trụ sở tại thành phố A": where a firm sits
        if "mời" in text and _TO_BE_INVITED.search(text, 0, rel):
            continue  # "... đã gửi thư mời lãnh đạo tỉnh A sang dự ...": one asked to come
        if _for_what_is_to_come(text, rel):
            continue  # "... làm việc để thống nhất kế hoạch cử đoàn sang tỉnh A vào tháng 11 tới": a trip still ahead
        if a_missions_seat(ctx.text, province.start):
            continue  # "chào Đại sứ tại trụ sở Đại sứ quán Việt Nam ở Thủ đô Viêng Chăn": the mission's seat
        if a_connection_point(text, rel):
            continue  # "kết nối điểm cầu Hà Nội với các điểm cầu tỉnh A và tỉnh B": where it was followed
        if _in_place_phrase(text, rel) or re.search(r"giáp|biên giới", text[max(0, rel - 40) : rel]):
            continue
        if re.search(r"\((?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$", text[max(0, rel - 12) : rel]):
            continue  # "Công ty Bảo Ngọc (Bình Phước)": where a participant is from, not a participant
        if _A_FIRMS_HOME.search(text, max(0, rel - 90), rel):
            continue  # "Công ty TNHH Cà phê X của tỉnh A": the firm's home, not a side
        event.participants.append(("province", province.node_id, role_at(province.start), index))


_A_FIRMS_HOME = re.compile(
    r"\b(?:[Cc]ông ty|Tập đoàn|Tổng công ty|Hợp tác xã|[Dd]oanh nghiệp)\b[^,;.()]{0,70}?\s(?:của|thuộc)\s+"
    r"(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$"
)


# A purpose that names a time still ahead: "(để|nhằm) ... tỉnh A ... vào tháng 11 tới", "... trong thời gian sắp tới".
_PURPOSE = re.compile(r"\b(?:để|nhằm|về kế hoạch|về việc chuẩn bị)\s")
_WILL_BE = re.compile(r"\b(?:dự kiến|sẽ|sắp)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc)\b")
_STILL_AHEAD = re.compile(r"[^;.]*?\b(?:(?:tháng\s+\d{1,2}|tuần|năm|dịp|thời gian)\s+(?:sắp\s+)?tới|sắp tới)\b")


def _for_what_is_to_come(text: str, rel: int) -> bool:
    """The province stands in the meeting's purpose, and that purpose is a thing of a time still to come."""
    purpose = max((m.end() for m in _PURPOSE.finditer(text, 0, rel)), default=-1)
    if purpose < 0 or re.search(r"[;.]", text[purpose:rel]):
        return False
    # ("nhằm thống nhất phương án tham gia Chợ công nghệ ..., dự kiến diễn ra tại tỉnh A": said before it too)
    return _STILL_AHEAD.match(text, rel) is not None or _WILL_BE.search(text, purpose, rel) is not None


# A sentence's opening phrase of topic, up to its first comma: "Trong quan hệ với ...", "Về hợp tác với ...".
_OPENING_FRAME = re.compile(r"\W*(?:Trong|Về|Đối với|Với)\b[^,;]*$")


def _in_the_cues_clause(
    ctx: DocContext, event: FoundEvent, index: int, provinces: list[PlaceMention]
) -> list[PlaceMention]:
    span = _cues_own_clause(ctx, event, index)
    return provinces if span is None else [p for p in provinces if span[0] <= p.start < span[1]]


# "Xê Kông làm việc với Quảng Nam ..., Sa-la-van làm việc với Thừa Thiên Huế ...": a comma before another subject
# (a province's name) and its own verb of working with sets a clause of its own apart, as a semicolon does.
ANOTHER_SUBJECTS_CLAUSE = re.compile(
    rf",\s+(?=(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}}\s+(?:cũng\s+|đã\s+)?"
    r"(?:hợp tác|làm việc|kết nghĩa|phối hợp)\s+(?:chặt chẽ\s+)?với\b)"
)


def _in_other_clauses(text: str, cues: list[_Cue], foremost: _Cue) -> list[_Cue]:
    """The first cue of each clause a subject and verb of its own set apart, but the foremost cue's."""
    breaks = [m.start() for m in ANOTHER_SUBJECTS_CLAUSE.finditer(text)] if "," in text else []
    if not breaks:
        return []
    seen = {sum(b < foremost[0] for b in breaks)}
    others: list[_Cue] = []
    for cue in cues:
        clause = sum(b < cue[0] for b in breaks)
        if clause not in seen:
            seen.add(clause)
            others.append(cue)
    return others


def _cues_own_clause(ctx: DocContext, event: FoundEvent, index: int) -> tuple[int, int] | None:
    """ "Hà Nội và Viêng Chăn hợp tác ...; Vĩnh Phúc thăm tỉnh Viêng Chăn", "Bộ Chỉ huy A và Bộ Chỉ huy B đã hội
    đàm ...; trong khi đó, các đơn vị của tỉnh C phối hợp với ... tỉnh D": when the meeting's own clause, a semicolon
    apart from the others, names two provinces or more, themselves or by their bodies, or is an item of a list, the
    other clauses name none of its sides. Its span, else None."""
    sentence = ctx.sentences[index]
    if index != event.anchor:
        return None
    cue_at = event.cue_at - sentence.start
    parallel = [m.start() for m in ANOTHER_SUBJECTS_CLAUSE.finditer(sentence.text)] if "với" in sentence.text else []
    if parallel:
        # each clause with a subject and verb of its own names its own sides
        starts = [0, *parallel]
        lo = sentence.start + max(s for s in starts if s <= cue_at)
        hi = sentence.start + min((s for s in parallel if s > cue_at), default=len(sentence.text))
        return lo, hi
    if ";" not in sentence.text:
        return None
    lo = sentence.start + sentence.text.rfind(";", 0, cue_at) + 1
    hi = sentence.text.find(";", cue_at)
    hi = sentence.end if hi < 0 else sentence.start + hi
    # "Bản tin có các nội dung chính: A – B ký ...; Hội nghị gặp mặt nhà đầu tư ...; C và D liên kết ...": items
    # of a list its colon opens are each their own
    listed = ":" in sentence.text[: lo - sentence.start]
    named = {p.node_id for p in ctx.free_provinces_in(index) if lo <= p.start < hi}
    named |= {province for o in ctx.orgs_in(index) if lo <= o.start < hi and (province := speaks_for_province(o))}
    # ("A chia sẻ ... với tỉnh B; thiết bị ... được trao cho Bộ C; D khai trương ...": three items or more, each
    # naming its own province, are each their own)
    items = sentence.text.count(";") >= 2 and bool(named)
    return (lo, hi) if listed or items or len(named) >= 2 else None


# A clause of the meeting's sentence that wishes or plans: the provinces it names are hoped for, not present.
# ("... và thống nhất nội dung chuẩn bị cho chuyến khảo sát chung sang tỉnh A": where a trip still to come goes)
# ("Sở đang xây dựng đề án hợp tác với tỉnh A": a plan still being drawn up)
_WISHED = re.compile(
    r"\b(?:mong muốn|mong|hy vọng|hi vọng|đề nghị|đề xuất|kiến nghị|gợi ý|sẽ|dự kiến|chuẩn bị cho"
    r"|(?:xây dựng|hoàn thiện|nghiên cứu|soạn thảo) (?:đề án|phương án|dự thảo)|nghiên cứu khả năng)\b[^,;.]*$"
)


# A paper still wished, asked for or planned, and the body named as the one to sign it with.
_TO_SIGN_WITH = re.compile(
    r"\b(?:đề nghị|đề xuất|mong muốn|sẽ|dự kiến|cho phép|tiến tới|hướng tới)\b[^,;.]*\bký(?:\s+kết)?\b[^,;.]*"
    r"\bvới\s+(?:các\s+)?$"
)


# The verb "mời" in the clause before a body: asked to come ("theo lời mời của ...", the inviter, takes part).
_TO_BE_INVITED = re.compile(r"(?<!lời )\bmời\b[^,;.]*$")


def _any_wish(text: str) -> bool:
    return any(word in text for word in _WISH_WORDS)


# A cheap look before _WISHED is tried: each of its phrases holds one of these ("đề " holds "đề nghị", "đề xuất" and
# "đề án"; kept in step with _WISHED by hand).
_WISH_WORDS = (
    "mong",
    "vọng",
    "đề ",
    "kiến nghị",
    "gợi ý",
    "sẽ",
    "dự kiến",
    "chuẩn bị",
    "phương án",
    "dự thảo",
    "khả năng",
)


# A stop on a road, railway, power line or corridor named by its ends: "tuyến đường sắt Viêng Chăn – Thà Khẹt – Vũng
# Áng", "đường dây 500 kV Át-tạ-pư – Gia Lai".
_ON_A_ROUTE = re.compile(
    r"(?<!trực )\b(?:tuyến|đường sắt|đường bộ|đường dây|cao tốc|quốc lộ|hành lang)"
    rf"(?:\s+[^\s,.;:(){UPPER}][^\s,.;:()]*){{0,3}}?\s+"
    rf"(?:(?:[{UPPER}][^\s,.;:()]*\s+)*?[{UPPER}][^\s,.;:()]*\s*[–-]\s*)*$"
)
_ON_THE_WAY = re.compile(
    r"\b(?:[tT]rước|[sS]au) khi (?:đến|tới|sang|về|rời|thăm)(?: thăm)?\s+"
    r"(?:tỉnh\s+|thành phố\s+|TP\.?\s*|[tT]hủ đô\s+)?$"
)
_ANOTHER_PLACE = re.compile(r"\b(?:tại|ở)\s+(?:tỉnh|thành phố|TP\.?|thủ đô)\s+$")


COUNTED_PROVINCES = re.compile(
    rf"\b(hai|ba|bốn|năm|2|3|4|5|các)\s+tỉnh(?:\s+(?:bạn|kết nghĩa|Bắc Lào|của Lào|phía Bắc Lào))?\b(?!\s+[{UPPER}])"
)
_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "2": 2, "3": 3, "4": 4, "5": 5}


# "... đã sang thăm và hội đàm với lãnh đạo tỉnh bạn tại thị xã Pạc-xan": the one partner province just spoken of.
_THE_FRIEND_PROVINCE = re.compile(r"\bvới\s+(?:lãnh đạo\s+|chính quyền\s+|đoàn\s+)?tỉnh bạn\b(?!\s+(?:là|như|gồm))")


def _friend_named(ctx: DocContext, index: int) -> str | None:
    """The province of the other country than this sentence's own that the text named last, here or just before.
    (A sentence opening on the province it is about, "Với tỉnh Xê Kông, ... với lãnh đạo tỉnh bạn", names the friend
    itself.)"""
    if _ABOUT_A_PROVINCE.match(ctx.sentence_text(index)):
        return None
    own = {province_country(p.node_id) for p in ctx.provinces_in(index)}
    if len(own) != 1:
        return None  # (none of its own, or both countries: whose friend is not told)
    recent = [p for p in ctx.recent_provinces(index, back=1) if province_country(p) not in own]
    return recent[-1] if recent else None


_ABOUT_A_PROVINCE = re.compile(r"\s*(?:Với|Đối với|Riêng với)\s+(?:tỉnh|thành phố|TP\.?)?\s*[^,;]{2,30},")


def _counted(ctx: DocContext, index: int, number: str, at: int) -> list[str]:
    named = ctx.recent_provinces(index)
    wanted = _NUMBERS.get(number.lower())
    if wanted is None:
        return named
    # "Sở ... tỉnh Quảng Trị phối hợp với Sở ... tỉnh Sa-vẳn-na-khẹt tổ chức ..., thu hút thanh niên hai tỉnh": the
    # sentence has just named them, one of each country
    before = list(dict.fromkeys(p.node_id for p in ctx.provinces_in(index) if p.start < at))
    if len(before) == wanted == 2 and {p.split("-")[0] for p in before} == {"province:VN", "province:LA"}:
        return before
    own = {p.node_id for p in ctx.provinces_in(index)}
    framed = _ABOUT_A_PROVINCE.match(ctx.sentence_text(index))
    if wanted == 2 and framed and len(before) == 1:
        # "Với tỉnh Hà Tĩnh, ngày 15/9, lãnh đạo hai tỉnh tổ chức cuộc họp trực tuyến ...": the province the paragraph
        # is about, and the page's own (of either country: a Lao province's review speaks of Lao neighbours too), named
        # most, half as often again as any other; on a review that names a partner nearly as often as itself, the one
        # its headline opens on, else the one of the other country named three times as often as any other of it
        other = "VN" if province_country(before[0]) == "LA" else "LA"
        headline = {p.node_id for p in ctx.provinces_in(0)} - {before[0]}
        home = (
            ctx.home_province(besides=before[0], ahead=1.5)
            or (headline.pop() if len(headline) == 1 else None)
            or ctx.home_province(other, besides=before[0])
        )
        return [before[0], home] if home else []
    others = [p for p in named if p not in own]
    if wanted == 2 and len({p.split("-")[0] for p in others[-2:]}) == 1 and len(others) > 2:
        # "... phía Lào có Attapeu, Xê Kông, Sa-la-van và Chăm-pa-xắc. ..., Thỏa thuận ... được lãnh đạo hai tỉnh ký
        # kết": the tail of a list names no two sides; the two the article is about do, one of each country
        main = [p for p, _ in Counter(p.node_id for p in ctx.provinces).most_common(2)]
        return main if len({p.split("-")[0] for p in main}) == 2 else []
    return others[-wanted:] if len(others) >= wanted else []


def _heads(text: str, rel: int, head: re.Match[str]) -> bool:
    """ "do X làm Trưởng đoàn" / "do X dẫn đầu": X sits between "do" and the cue; "X dẫn đầu Đoàn ...": X is the
    subject the cue follows."""
    before = text[:rel]
    do = before.rfind(" do ")
    if do != -1 and rel < head.start() and not re.search(r"[;.]", text[do:rel]):
        return True
    between = text[rel : head.start()].split()
    if rel < head.start() <= rel + 40 and between and all(word[:1].isupper() for word in between):
        return True  # only the name stands between the person and "dẫn đầu"
    return bool(re.search(r"Trưởng đoàn\s*$", before.rstrip(" :,")))


def _after_at(text: str, rel: int) -> bool:
    """ "tại tỉnh X", "tại TP. X", "ở Thành phố X": X is where the meeting was held."""
    return named_as_venue(text, rel)


# A unit the sentence names as a side, then the body it belongs to: "với Đồn Công an cửa khẩu X thuộc ".
_A_UNIT_OF = re.compile(r"\b(?:với|cùng|và)\s+[^,;.]{3,50}?\s+thuộc\s+$")


def _in_place_phrase(text: str, rel: int) -> bool:
    """ "tại trụ sở Bộ KH&CN" names a place, "Theo Văn phòng UBND tỉnh" a source and "thuộc Bộ ..." a parent:
    none of them takes part."""
    return bool(re.search(r"(trụ sở|tại|\bTheo|\bthuộc)\s+$", text[max(0, rel - 12) : rel]))
