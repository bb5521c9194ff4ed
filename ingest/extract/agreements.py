"""Agreements signed or handed over: memoranda, agreements, protocols, cooperation plans.

An agreement counts when the text says it was signed or handed over ("đã ký kết Biên bản ghi nhớ",
"Lễ trao Bản ghi nhớ"), or names one already in force by its date or period ("Biên bản ghi nhớ ngày
2/3/2024 giữa hai tỉnh"). Not: proposals, drafts, things to be signed, or counts ("ký 7 thỏa thuận").
Parties are read from "giữa A và B", from the bodies before the verb, or from a collective phrase
("hai Bộ", "hai Sở", "2 tỉnh Hưng Yên, Hòa Bình", "các tỉnh") resolved to the bodies it stands for.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from graph.schema import AgreementType, EventType, Role
from ingest.extract.context import DocContext
from ingest.extract.dates import DateMention, before_at_its_precision
from ingest.extract.events import (
    AGREED_TO,
    PAPER_SIGNED_ON,
    FoundEvent,
    background,
    day_said_before,
    recalled_in_brackets,
    signing_at,
    signing_event,
    witnesses_by_office,
    years_apart,
)
from ingest.extract.events import cues_in as _event_cues
from ingest.extract.models import PlaceMention
from ingest.extract.orgs import FoundOrg, speaks_for_province
from ingest.extract.places import (
    a_connection_point,
    a_seat_or_a_past,
    besides,
    in_brackets_after_a_body,
    named_as_venue,
    province_country,
)
from ingest.gazetteer import Hit, PhraseMatcher, load_gazetteer
from ingest.letters import fold
from ingest.lexicons import load_lexicons
from ingest.sentences import Sentence

# ("trao đổi" alone is to discuss, not to hand over)
_SIGNED = re.compile(r"\b(ký kết|kí kết|ký|kí|trao(?! đổi\b)|đã ký|ký được|trao đổi văn kiện)\b", re.IGNORECASE)
_NOT_SIGNED = re.compile(
    r"\b(sẽ|tiến tới|dự thảo|đề xuất|đề nghị|xây dựng|chuẩn bị|nghiên cứu|phê duyệt|theo|triển khai|thực hiện các|nhằm"
    r"|nằm trong|trong khuôn khổ|thuộc"  # "Hoạt động nằm trong chương trình hợp tác ...": cited as the frame
    # "có buổi làm việc về chương trình hợp tác năm 2026": what a meeting talked over, not a paper signed
    r"|(?:làm việc|bàn|bàn bạc|trao đổi|thảo luận)\s+về"
    r"|(?:đưa|bổ sung|lồng ghép)\s+vào"  # "... trình Tỉnh ủy để đưa vào chương trình hợp tác năm 2024": to be put in
    r"|(?:đánh giá|kiểm điểm|tổng kết|sơ kết)?(?:\s*(?:tình hình|kết quả|việc))?\s*(?:thực hiện|triển khai)"
    r"(?: văn)?(?: bản)?|(?:đánh giá|kiểm điểm|tổng kết|sơ kết)(?: văn)?(?: bản)?)\s+$",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\b(\d+|nhiều|các|một số|những|hai|ba)\s+$", re.IGNORECASE)  # not "triển khai", "Cuba"
# "đã có 7 biên bản ký kết hợp tác giữa trường ... với các doanh nghiệp": a set of agreements signed together, none
# named on its own, is filed as one.
_A_SET_SIGNED = re.compile(r"\b(?:đã có|có|với|đã ký|đã ký kết|ký kết|ký)\s+(?:\d+|hai|ba|bốn|năm)\s+$", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(sẽ|dự kiến|sắp(?! xếp)|chuẩn bị|tiến tới|đi đến|đề nghị|đề xuất|kiến nghị|sớm|mong muốn|dự định|xem xét"
    r"|lùi|hoãn|dời"  # "lùi thời điểm ký bản ghi nhớ": put off
    # "đang xúc tiến ký thỏa thuận", "đang trao đổi để có thể ký kết thỏa thuận": on the way to a signing
    r"|xúc tiến|để(?:\s+có thể)?(?=\s+(?:ký|kí)\b)"
    r"|đón xem|đón đọc|đón nghe"  # "Trong bản tin tuần tới, mời quý vị đón xem: Lễ ký kết ...": a teaser
    r"|sửa đổi|bổ sung"  # "nghiên cứu sửa đổi, bổ sung Bản ghi nhớ năm 2017": the paper amended, not one signed
    r"|hướng tới(?! kỷ niệm| chào mừng)"  # "hướng tới kỷ niệm ...": the occasion a signing is held towards
    r"|khả năng|chưa|không(?! chỉ| những)"  # "khả năng ký kết", "chưa ký được": possible or denied, not signed
    # "nghiên cứu ký kết thỏa thuận mới": to be studied (not "hợp tác nghiên cứu, ... ký")
    r"|nghiên cứu(?=(?:,?\s+(?:đề xuất|xem xét|tiến tới))*\s+(?:việc\s+)?(?:ký|kí)\b)"
    r"|đang(?:\s+\w+){0,6}?\s+đàm phán)\b",  # "đang thúc đẩy tiến độ đàm phán và ký": not signed yet
    re.IGNORECASE,
)
# "nội dung đã được ký kết thỏa thuận": the agreement already reported, not a new one.
_RECALLED = re.compile(r"(đã được|được)\s+(ký kết|ký|kí kết|kí)\s+$", re.IGNORECASE)
# A headline's "chương trình hợp tác" is often the memorandum the body then names precisely.
_VAGUE_TYPES = {AgreementType.PLAN, AgreementType.OTHER}
_ORDINAL = re.compile(r"lần thứ\s+([IVXLC]+|\d+)")
_BETWEEN = re.compile(r"\bgiữa\b", re.IGNORECASE)
_COLLECTIVE = re.compile(
    r"\b(hai|2)\s+(bộ|sở|tỉnh|địa phương|bên|đơn vị|trường|viện|hội|bệnh viện|cơ quan|ngành)\b"
    r"|\b(các|ba|bốn|3|4)\s+tỉnh\b",
    re.IGNORECASE,
)


@dataclass
class FoundAgreement:
    agreement_type: AgreementType
    sentence: int
    sentences: set[int]
    title: str
    date: DateMention | None = None
    date_explicit: bool = False  # written with the agreement, not taken from the meeting it was signed at
    period: tuple[str, str] | None = None
    ordinal: str | None = None
    parties: list[tuple[str, str]] = field(default_factory=list)  # (kind, ref): org key or province id
    signers: list[str] = field(default_factory=list)
    event: FoundEvent | None = None
    # The parties were guessed as the document's most-named provinces ("hai tỉnh" with none named near it): good
    # enough to file the agreement, too weak to state that those provinces partner.
    guessed: bool = False
    listed_in: int | None = None  # the sentence that introduced the list this agreement is an item of
    # The meeting that tells of an agreement signed before it ("Hai bên đánh giá cao ... Biên bản ký tháng
    # 6/2021"): not where it was signed, but its sides are the agreement's "hai bên".
    told_at: FoundEvent | None = None
    in_force: bool = False  # carried out by the meeting told, signed at some time before it
    named_between: bool = False  # the paper names its sides after "giữa" ("giữa tỉnh A và tỉnh B")


@cache
def _cue_matcher() -> PhraseMatcher:
    return PhraseMatcher({cue: cue for cue in load_lexicons().agreement_cues})


# A plan named for the work it carries out ("Kế hoạch triển khai Biên bản ghi nhớ ...", "Chương trình hành động")
# is an agreement only where the sentence signs it: most are one body's plan, issued, not signed.
_PLAN_OF_WORK = frozenset({"kế hoạch triển khai", "kế hoạch thực hiện", "kế hoạch hành động", "chương trình hành động"})


# After the agreement's name: "được ký", "ký giữa A và B", "... ký ngày 21/12/2015".
# The agreement's name may run long before its verb: "Biên bản Hội nghị cấp cao ... giữa các tỉnh 3 nước ... được
# ký ngày 21/12/2015", "Thoả thuận Hợp tác giữa Học viện ... và Viện ... được ký kết trên nền tảng ...".
_SIGNED_AFTER = re.compile(
    r"^[^,;.]{0,160}?\b(đã được|được)\s+(ký|kí)|^\s*(ký|kí)(\s+kết)?\s+giữa\b"
    # "..., được ký kết hồi tháng 3", "..., được ký tại Kỳ họp lần thứ 47 ở Hà Nội tháng 1/2025"
    r"|^[^;.]{0,160}?,\s*(đã được|được)\s+(ký|kí)(\s+kết)?\s+(?:tại\s+[^,;.]{1,60}?\s+)?(vào|hồi|từ|ngày|tháng|năm)\b"
    r"|^[^,;.]{0,160}?(?<!để )(?<!sẽ )\bký(?:\s+tại\s+[^,;.]{1,30}?)?\s+(ngày|tháng|năm|vào|hồi)\b"  # not "để ký vào"
    # "Kế hoạch hợp tác năm 2025 được tỉnh A và tỉnh B ký kết hồi tháng 3/2025": signed by the sides named
    r"|^[^,;.]{0,60}?\bđược\s+[^,;.]{1,80}?\s(?:ký|kí)(?:\s+kết)?\s+(?:vào|hồi|từ|ngày|tháng|năm)\b"
)
# "Kế hoạch ... do Thứ trưởng A và Thứ trưởng B ký": signed by the people named between "do" and the verb
_SIGNED_BY = re.compile(r"^[^.;]{0,200}?\bdo\s+[^.;]{0,160}?\b(?:ký|kí)\b")
# "Việc ký kết biên bản ghi nhớ dự kiến diễn ra trong quý III": what follows the name puts the signing ahead.
# ("... sẽ tạo cơ sở cho ..." tells what a signed one will do.)
_AHEAD_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(dự kiến|sắp|sẽ\s+(?:được\s+)?(?:ký|kí|diễn ra|tổ chức))\b"
    # "... giữa hai Thủ đô hiện đang được các cơ quan chức năng dự thảo": a draft, not a paper yet
    r"|^[^;.]{0,80}?\bđang\s+được(?:\s+[^\s,;.]+){0,5}?\s+(?:dự thảo|soạn thảo|xây dựng|hoàn thiện|đàm phán)\b"
    # "văn bản hợp tác giai đoạn mới vẫn chưa được ký kết": denied
    # ("thỏa thuận mở tuyến vận tải ... giữa tỉnh A và tỉnh B đến nay vẫn chưa được ký": however long the name runs)
    r"|^[^,;.]{0,160}?\b(?:vẫn\s+)?chưa\s+(?:được\s+)?(?:ký|kí)\b",
    re.IGNORECASE,
)


def find_agreements(ctx: DocContext, events: list[FoundEvent]) -> list[FoundAgreement]:
    found: list[FoundAgreement] = []
    items = _listed_items(ctx)
    found_before = {id(e) for e in events}
    for sentence in ctx.sentences:
        items_signed = _items_of_a_signed_set(ctx, sentence)
        last: tuple[int, int] | None = None  # the previous agreement this sentence named: (cue start, title end)
        last_said = False
        for hit in _cue_matcher().find_in(ctx.text, sentence.start, sentence.end):
            before = sentence.text[max(0, hit.start - 60) : hit.start]
            carried = _CARRIED_OUT.search(before) is not None and not _IN_A_PLANS_NAME.search(before)
            if last is not None and not (items_signed or carried or _listed_after(sentence.text, last[1], hit.start)):
                # one agreement per sentence, unless the sentence lists several ("X năm 2012 và Y") or the second is
                # one the first carries out ("ký hợp đồng là bước cụ thể hóa Bản ghi nhớ ...")
                continue
            if last is None and _a_heading_within(ctx, sentence.index) and _named_below(ctx, sentence.index, hit):
                break  # "Ký kết biên bản ghi nhớ giai đoạn 2024 - 2028" between paragraphs: the lines below name it
            if _signers_told_of_a_paper_named(ctx, sentence, hit, found):
                continue
            cue = _read_cue(sentence, hit, items_signed, items.get(sentence.index))
            if last is not None and last_said:
                cue = replace(cue, said=True)  # "đã ký: A; B; C": the verb before the list signs every item
            # "thực hiện hiệu quả Kế hoạch ... giai đoạn 2021-2025": carried out, so in force, whatever else is said
            agreement = _carried_out(ctx, cue, events) or (
                None if _skipped(ctx, cue) else _new_agreement(ctx, cue, events)
            )
            if agreement is None:
                continue
            if not agreement.in_force:  # (a paper in force has its sides already, and no ceremony here)
                _read_sides(ctx, cue, agreement, events)
            if _nobody_named(cue, agreement):
                continue
            ceremony = None  # (papers one sentence signs in turn or in pairs share the ceremony of the first)
            for paper in (
                _each_in_turn(ctx, cue, agreement)
                or _each_pair(ctx, cue, agreement)
                or _each_place_after_with(ctx, cue, agreement)
                or [agreement]
            ):
                target = _filed(ctx, found, paper)
                if not paper.in_force:
                    _attach_ceremony(ctx, cue, paper, target, events)
                    target.event = target.event or ceremony
                    ceremony = ceremony or target.event
            if not agreement.in_force:
                # ("thực hiện văn bản giai đoạn 2020 - 2022 và ký kết văn bản mới": the new one still counts)
                last, last_said = (hit.start, hit.start + len(agreement.title)), cue.said
    _drop_ceremonies_left(events, found, found_before)
    _signed_at_the_meeting_told(events, found)
    _signers_of_the_list(found)
    _signers_named_next(ctx, found)
    for agreement in found:
        _year_from_its_name(agreement)
    return found


_IN_TURN = re.compile(r"\blần lượt\b")
_WITH = re.compile(r"\s+với\s+")


def _each_in_turn(ctx: DocContext, c: _Cue, agreement: FoundAgreement) -> list[FoundAgreement]:
    """ "A đã lần lượt ký biên bản ghi nhớ với B và C": one paper with each body named after "với" (none when
    the sentence does not say so)."""
    if not _IN_TURN.search(c.before[-60:]):
        return []
    text, start = c.sentence.text, c.sentence.start
    joined = _WITH.search(text, c.hit.end, _clause_end(text, c.hit.end))
    if joined is None:
        return []
    others = [("org", o.key) for o in ctx.orgs_in(c.sentence.index) if o.start >= start + joined.end()]
    own = [p for p in agreement.parties if p not in others and p[0] == "org"]
    if len(others) < 2 or not own:
        return []
    return [replace(agreement, parties=[*own, other], sentences=set(agreement.sentences)) for other in others]


# "ký ... với các tỉnh A, B" is one paper with each; a paper of three or more sides says so
_MANY_SIDED = re.compile(r"\b(?:ba|bốn|năm|3|4|5)\s+(?:bên|tỉnh|địa phương|nước)\b|\bđa phương\b", re.IGNORECASE)


def _each_place_after_with(ctx: DocContext, c: _Cue, agreement: FoundAgreement) -> list[FoundAgreement]:
    """ "TP A đã ký bản ghi nhớ với một số địa phương của Lào như B, C và D": a province signs one paper with each
    province of the other country named after "với" (none when its sides are not so told)."""
    text, start = c.sentence.text, c.sentence.start
    end = _next_paper(text, c.hit.end, _clause_end(text, c.hit.end))
    joined = _WITH.search(text, c.hit.end, end)
    if joined is None or _MANY_SIDED.search(text):
        return []
    after = {
        p.node_id for p in ctx.free_provinces_in(c.sentence.index) if start + joined.end() <= p.start < start + end
    }
    places = [ref for kind, ref in agreement.parties if kind == "province"]
    others = [ref for ref in places if ref in after]
    if len(others) < 2 or len({province_country(ref) for ref in others}) != 1:
        return []
    # the one side: a province of the other country, or one body ("UBND tỉnh A đã ký riêng với từng tỉnh B, C")
    own_places = [ref for ref in places if ref not in after]
    own_bodies = [ref for kind, ref in agreement.parties if kind == "org"]
    if own_places:
        if len(own_places) != 1 or province_country(own_places[0]) == province_country(others[0]):
            return []
    elif len(own_bodies) != 1 or _country_of_body(ctx, own_bodies[0]) in (None, province_country(others[0])):
        return []
    return [
        replace(
            agreement,
            parties=[p for p in agreement.parties if p[1] not in after or p[1] == other],
            sentences=set(agreement.sentences),
        )
        for other in others
    ]


def _country_of_body(ctx: DocContext, key: str) -> str | None:
    return next((o.country for o in ctx.orgs if o.key == key), None)


def _each_pair(ctx: DocContext, c: _Cue, agreement: FoundAgreement) -> list[FoundAgreement]:
    """ "Sở A và Sở B, Sở C và Sở D đã ký biên bản ghi nhớ ...": pairs of bodies a comma apart each sign one paper
    (none when the sentence does not pair them so)."""
    text, start = c.sentence.text, c.sentence.start
    verbs = list(_SIGNED.finditer(c.before))
    if not verbs:
        return []
    lo = max(c.before.rfind(";", 0, verbs[-1].start()), c.before.rfind(":", 0, verbs[-1].start())) + 1
    bodies = sorted(
        (o for o in ctx.orgs_in(c.sentence.index) if lo <= o.start - start and o.end - start <= verbs[-1].start()),
        key=lambda o: o.start,
    )
    if len(bodies) < 4 or len(bodies) % 2:
        return []
    gaps = [text[a.end - start : b.start - start].strip() for a, b in zip(bodies, bodies[1:], strict=False)]
    if any(gap != ("và" if i % 2 == 0 else ",") for i, gap in enumerate(gaps)):
        return []
    return [
        replace(agreement, parties=[("org", a.key), ("org", b.key)], sentences=set(agreement.sentences))
        for a, b in zip(bodies[::2], bodies[1::2], strict=True)
    ]


# "Kế hoạch hợp tác năm 2025 và Biên bản hội nghị do ông A và ông B ký": papers named again by the opening words of
# their names, then who signed them.
_NAMED_THEN_SIGNED_BY = re.compile(r"(?P<names>[^;]*?)\s+do\s+(?P<who>[^;]*?)\s+(?:ký|kí)\b")


def _signers_told_of_a_paper_named(ctx: DocContext, sentence: Sentence, hit: Hit, found: list[FoundAgreement]) -> bool:
    """A clause that names papers filed before by the opening words of their names, and who signed them: their
    signers (the clause files no paper of its own)."""
    text = sentence.text
    opens = max(text.rfind(";", 0, hit.start), text.rfind(". ", 0, hit.start)) + 1
    said = _NAMED_THEN_SIGNED_BY.match(text, opens)
    if said is None or not said.start("names") <= hit.start < said.end("names"):
        return False
    # the paper's name runs from its cue to "do", or to "và" before the next paper named
    names = text[hit.start : said.end("names")]
    name = re.split(r"\s+và\s+(?=[A-ZĐ])", names)[0]
    if re.search(r"\b(?:giữa|với)\b", name):
        return False  # "Thỏa thuận hợp tác giữa Trường A và Sở B ..., do X và Y ký": a paper with its own sides
    if text[opens : hit.start].strip() not in {"", "và"} and not re.search(r"\svà\s*$", text[opens : hit.start]):
        return False
    paper = _filed_by_the_opening_words(found, name, sentence.index)
    if paper is None:
        return False
    who_start = sentence.start + said.start("who")
    who_end = sentence.start + said.end("who")
    signers = [p.name for p in ctx.persons_in(sentence.index) if who_start <= p.start < who_end]
    if signers and not paper.signers:
        paper.signers = signers
    paper.sentences.add(sentence.index)
    return True


def _filed_by_the_opening_words(found: list[FoundAgreement], name: str, index: int) -> FoundAgreement | None:
    words = fold(name).split()
    if len(words) < 3:
        return None
    wanted = min(len(words), 4)
    named = [
        a
        for a in found
        if index - 8 <= a.sentence < index and fold(a.title).split()[:wanted] == words[:wanted] and not a.in_force
    ]
    return named[-1] if named else None


def _signers_of_the_list(found: list[FoundAgreement]) -> None:
    """ "Ông A và các lãnh đạo doanh nghiệp Lào đã ký kết biên bản ghi nhớ", then "3 biên bản ghi nhớ đã ký gồm:" and
    the items: who the lead says signed, signed each item of the list that names no signer of its own."""
    for intro in {a.listed_in for a in found if a.listed_in is not None}:
        items = sorted((a for a in found if a.listed_in == intro), key=lambda a: a.sentence)
        named = {tuple(a.signers) for a in items if a.signers}
        if len(named) != 1 or not items[0].signers:
            continue  # none named, each item its own signers, or only a later item's (not the lead's)
        signers = list(next(iter(named)))
        for item in items:
            item.signers = item.signers or signers


# "Người ký là ông A ... và ông B ...", "Ký hợp đồng là ...", "Đại diện hai bên ký kết là ...": who signed, told
# in the sentence after the paper.
_SIGNED_BY_NEXT = re.compile(
    r"(?:Người\s+|Đại diện\s+[^,.;:]{0,40}?)?(?:[Kk]ý|[Kk]í)(?!\s+túc)(?:\s+kết)?\b[^,.;:]{0,60}?\s+là\s+"
)


# "Biên bản do ông A và ông B ký.": the paper just named, by its kind's bare name, and who signed it
_KIND_SIGNED_BY = re.compile(
    r"(?:Biên bản|Bản ghi nhớ|Thỏa thuận|Thoả thuận|Kế hoạch|Hợp đồng|Văn bản|Văn kiện)(?:\s+này)?\s+do\s+"
    r"(?=[^.;]{3,160}?\s(?:ký|kí)\b)"
)


# "Ông A và ông B thay mặt hai bên ký văn bản.": who signed the paper just named, told before the verb
_SIGNED_FOR_THE_SIDES = re.compile(
    r"[^;:]{3,160}?(?=\s(?:thay mặt|đại diện)(?:\s+cho)?\s+(?:hai|2)\s+(?:bên|sở|tỉnh|đơn vị|bệnh viện|trường|cơ quan)"
    r"\s+(?:ký|kí)\b)"
)


def _signers_named_next(ctx: DocContext, found: list[FoundAgreement]) -> None:
    for sentence in ctx.sentences[1:]:
        sides_named = "thay mặt" in sentence.text or "đại diện" in sentence.text  # (the words the pattern needs)
        before_the_verb = _SIGNED_FOR_THE_SIDES.match(sentence.text) if sides_named else None
        if before_the_verb is not None:
            _signed_the_paper_before(ctx, sentence, found, sentence.start, sentence.start + before_the_verb.end())
            continue
        opening = _SIGNED_BY_NEXT.match(sentence.text)
        if opening is not None and not opening.group().startswith(("Người", "Đại diện", "Ký", "Kí")):
            opening = None
        opening = opening or _KIND_SIGNED_BY.match(sentence.text)
        if opening is None:
            continue
        _signed_the_paper_before(ctx, sentence, found, sentence.start + opening.end(), sentence.end)


def _signed_the_paper_before(
    ctx: DocContext, sentence: Sentence, found: list[FoundAgreement], start: int, end: int
) -> None:
    """The people named between start and end signed the paper filed last in the two sentences before."""
    before = [a for a in found if a.sentence < sentence.index and not a.in_force]
    paper = max(before, key=lambda a: a.sentence, default=None)
    if paper is None or paper.signers or sentence.index - paper.sentence > 2:
        return
    paper.signers = [p.name for p in ctx.persons_in(sentence.index) if start <= p.start < end]
    if paper.signers:
        paper.sentences.add(sentence.index)


def _year_from_its_name(agreement: FoundAgreement) -> None:
    """ "Sáng 18/6, ... lễ ký kết ghi nhớ hợp tác", then "Biên bản ghi nhớ hợp tác năm 2012": in an article that
    gives no year, the year a signed paper's name holds is the year of the ceremony that signed it (a plan's year
    is the one it is for, and is left alone)."""
    ceremony, period = agreement.event, agreement.period
    if (
        ceremony is None
        or ceremony.event_type is not EventType.SIGNING
        or ceremony.date is None
        or ceremony.date.value is not None
        or agreement.agreement_type in _VAGUE_TYPES
        or not period
        or period[0] != period[1]
        or not period[0].isdigit()
    ):
        return
    day_month = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})", ceremony.date.day_month or "")
    if day_month is None:
        return
    value = f"{period[0]}-{int(day_month[2]):02d}-{int(day_month[1]):02d}"
    ceremony.date = ceremony.date.model_copy(update={"value": value, "inferred": True})
    agreement.date, agreement.period = ceremony.date, None


def _drop_ceremonies_left(events: list[FoundEvent], found: list[FoundAgreement], found_before: set[int]) -> None:
    """An undated signing made for an agreement that later sentences place at a dated meeting ("... ký kết biên
    bản hợp tác" in the headline, "Kết thúc buổi hội đàm, hai bên đã ký ..." in the body) was that meeting."""
    held = {id(a.event) for a in found if a.event is not None}
    events[:] = [e for e in events if id(e) in found_before or id(e) in held or e.date is not None]


def _signed_at_the_meeting_told(events: list[FoundEvent], found: list[FoundAgreement]) -> None:
    """ "Quảng Trị – Savannakhet ký thỏa thuận hợp tác ..." in the headline, and a body that tells only the session
    of 13/3: the paper was signed at that session. Its undated signing, which nothing else holds, was that session."""
    dated = [e for e in events if e.date is not None and e.date.value and e.event_type is not EventType.SIGNING]
    for agreement in found:
        ceremony = agreement.event
        if agreement.date is not None or agreement.in_force or not (ceremony is None or _undated_signing(ceremony)):
            continue
        later = [e for e in dated if e.anchor > agreement.sentence]
        if not later or any(e.event_type is EventType.SIGNING and e.date is not None for e in events):
            continue
        meeting = min(later, key=lambda e: e.anchor)
        agreement.event, agreement.date = meeting, meeting.date
        if ceremony is not None and not any(a.event is ceremony for a in found):
            events.remove(ceremony)


@dataclass(frozen=True)
class _Cue:
    """An agreement's cue as the rules read it: its sentence, and the words before and after it."""

    sentence: Sentence
    hit: Hit
    before: str
    after: str
    counted: bool  # "ký 7 thỏa thuận", "các biên bản": a number of agreements, not one named
    said: bool  # a verb of signing before the cue, or "được ký" after it
    items_signed: bool  # the sentence lists the items of a set the sentence before signed
    listed_in: int | None  # the sentence that introduced the list this cue is an item of
    by_whom_only: bool = False  # said signed only by "do A và B ký" after it: who signed, no ceremony told


def _read_cue(sentence: Sentence, hit: Hit, items_signed: bool, listed_in: int | None) -> _Cue:
    before = sentence.text[: hit.start]
    after = sentence.text[hit.end :]
    said = _SIGNED.search(before[-60:]) or _SIGNED_AFTER.search(after)
    by_whom = not said and bool(_SIGNED_BY.search(after))
    counted = bool(_COUNTED.search(before))
    return _Cue(sentence, hit, before, after, counted, bool(said) or by_whom, items_signed, listed_in, by_whom)


def _items_of_a_signed_set(ctx: DocContext, sentence: Sentence) -> bool:
    # "... đã ký kết 3 văn bản hợp tác. 3 văn bản hợp tác gồm: X; Y; Z": each item listed was signed.
    return (
        bool(_SET_LISTED.match(sentence.text))
        and sentence.index > 0
        and bool(_SIGNED.search(ctx.sentence_text(sentence.index - 1)))
    )


def _skipped(ctx: DocContext, c: _Cue) -> bool:
    """A cue that names no agreement signed here, told by the words around it before its title is read."""
    return (
        bool(_TOLD_ABOVE.match(c.after))
        or _plan_of_work(c)
        or _counted_unsigned(c)
        or _not_signed_here(c)
        or bool(_OTHERS.match(c.after))
        or _counted_elsewhere(ctx, c)
        or _commits_to(c)
    )


# "Tuy vậy, biên bản ghi nhớ nói trên đã hết hiệu lực": the paper told above, named again
_TOLD_ABOVE = re.compile(r"\s+(?:nói trên|kể trên|trên đây)\b")


def _commits_to(c: _Cue) -> bool:
    return c.hit.key == "cam kết" and bool(_COMMITS_TO.match(c.after))


# "..., cam kết phối hợp giữ gìn an ninh": the verb "commit to", not a paper of commitments
_COMMITS_TO = re.compile(
    r"\s+(?:sẽ\s+|cùng\s+|tiếp tục\s+)?"
    r"(?:phối hợp|thực hiện|hỗ trợ|tạo|đẩy mạnh|tăng cường|giúp|bảo đảm|đảm bảo|không)\b"
)


def _plan_of_work(c: _Cue) -> bool:
    # "ban hành Kế hoạch triển khai ...": one body's plan of work; signed, it is an agreement, the verb right
    # before it or before the list it ends ("đã ký Biên bản Phiên họp lần thứ hai và Kế hoạch hành động ...")
    if c.hit.key not in _PLAN_OF_WORK:
        return False
    clause = re.split(r"[,;.]", c.before)[-1]
    verbs = list(_SIGNED.finditer(clause))
    return not verbs or bool(_OTHER_VERB.search(clause, verbs[-1].end()))


_OTHER_VERB = re.compile(r"\b(?:ban hành|xây dựng|triển khai|thực hiện|phê duyệt|giao|thông qua)\b")


def _counted_unsigned(c: _Cue) -> bool:
    # "các thỏa thuận", "nhiều biên bản": agreements counted, none named, unless a set signed ("đã ký 3 văn bản")
    return c.counted and not _A_SET_SIGNED.search(c.before)


# A signing named as the subject of what the sentence says of it, and what it says puts it off or ahead.
# ("lễ ký kết biên bản ghi nhớ ... giữa A và B, dự kiến tổ chức trong tháng 3, đã phải tạm hoãn": the ceremony too)
_A_SIGNING_AS_SUBJECT = re.compile(r"\b(?:[Vv]iệc|[Ll]ễ|[Bb]uổi lễ)\s+(?:ký kết|ký|kí kết|kí)\s+$")
_PUT_OFF = re.compile(
    r"[^.;]{0,220}?\b(?:chưa\s+(?:thể|được)|(?:bị|phải|đã|lại)\s+(?:tạm\s+)?(?:hoãn|lùi|dời)|tạm dừng|tạm hoãn"
    r"|dự kiến\s+(?:vào|diễn ra|được tổ chức|tổ chức|trong))\b"
)


def _not_signed_here(c: _Cue) -> bool:
    """ "dự thảo Biên bản ghi nhớ", "theo Thỏa thuận": drafted, carried out or cited, unless the words after it
    sign it ("... được ký ngày 21/12/2015"); or put ahead by the words after it ("... dự kiến diễn ra")."""
    if _AHEAD_AFTER.search(c.after):
        return True
    if _A_SIGNING_AS_SUBJECT.search(c.before[-20:]) and _PUT_OFF.match(c.after):
        return True  # "việc ký kết thỏa thuận ... giữa A và B, dự kiến vào tháng 9 tới, chưa thể tổ chức"
    return bool(_NOT_SIGNED.search(c.before[-40:])) and not _SIGNED_AFTER.search(c.after)


def _counted_elsewhere(ctx: DocContext, c: _Cue) -> bool:
    # "3 biên bản ghi nhớ đã ký gồm: ...": each is read where it is listed
    return c.counted and bool(
        re.search(r":|\b(gồm|bao gồm|như)\b", c.after) or _listed_next(ctx, c.sentence.index, c.hit.key)
    )


def _new_agreement(ctx: DocContext, c: _Cue, events: list[FoundEvent]) -> FoundAgreement | None:
    """The agreement a cue names, with its title, period, date and meeting; None unless the sentence says it was
    signed or names it by its date or period."""
    text, start = c.sentence.text, c.sentence.start
    clause_end = _clause_end(text, c.hit.end)
    title = _title(text[:clause_end], c.hit.start, c.hit.end)
    title_span = (start + c.hit.start, start + c.hit.start + len(title))
    dated = _date_right_after(ctx, c.sentence.index, start + c.hit.end)
    if dated is not None and _year_of_title(dated, title_span):
        dated = None
    dated = dated or _signed_on(ctx, c)  # "Biên bản ghi nhớ ... ký tại Đồng Hới ngày 15/1/2023"
    period = _period(ctx, c.sentence.index, start + c.hit.start, start + clause_end) or (
        _year_period(text[c.hit.start : clause_end])
    )
    if not _signed_or_dated(c, dated, period):
        return None
    agreement = FoundAgreement(
        agreement_type=load_lexicons().agreement_cues[c.hit.key],
        sentence=c.sentence.index,
        sentences={c.sentence.index},
        title=title,
        period=period,
        listed_in=c.listed_in,
    )
    ordinal = _ORDINAL.search(c.after[:40])
    agreement.ordinal = ordinal.group(1) if ordinal else None
    signed = c.said or c.items_signed or c.listed_in is not None
    _date_and_meeting(ctx, agreement, events, dated, title_span, signed)
    if agreement.date is None and c.listed_in is not None:
        # "Ngày 9/3/2023, A đã ký kết các biên bản ghi nhớ, gồm:", then one per line: each signed that day
        agreement.date = next((m for m in ctx.dates_in(c.listed_in) if m.value), None)
        agreement.date_explicit = agreement.date is not None
    return agreement


# "Thực hiện Thỏa thuận ...", "triển khai hiệu quả “Thỏa thuận ...": the agreement a meeting carries out. (Not
# "theo": "Theo biên bản ký kết, ..." cites a source, "nhiệm vụ ... theo Nghị định thư" names a funding line.)
_CARRIED_OUT = re.compile(
    # ("tiếp nối Chương trình ... mà hai trường đã ký kết vào tháng 5/2019": the paper a new one follows on from)
    r"\b(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|tiếp nối|kế thừa)"
    r"(?:\s+(?:có hiệu quả|hiệu quả|tốt|nghiêm túc|đầy đủ|thắng lợi|nội dung|văn bản"
    r"|các nội dung(?:\s+(?:trong|của))?))*"
    r"(?:\s+văn)?\s*[“\"]?\s*$",
    re.IGNORECASE,
)


# The paper's own words run on to its day in the same sentence ("TP.HCM" holds a full stop that ends nothing).
_SAME_SENTENCE = re.compile(r"(?:[^.;]|\.(?!\s)){0,200}")


def _next_paper(text: str, start: int, end: int) -> int:
    """Where the next paper's name opens between start and end (else end): not one a plan's or a protocol's name
    holds ("Nghị định thư thực hiện Hiệp định ... do hai Bộ ký tháng 3/2010")."""
    for hit in _cue_matcher().find_in(text, start, end):  # (offsets from start)
        if not _IN_A_PLANS_NAME.search(text, max(0, start + hit.start - 40), start + hit.start):
            return start + hit.start
    return end


def _signed_on(ctx: DocContext, c: _Cue) -> DateMention | None:
    """The day said after the paper's name and sides (PAPER_SIGNED_ON), in its own sentence."""
    start = c.sentence.start + c.hit.end
    stop = _next_paper(ctx.text, start, c.sentence.end)  # (a later paper's name owns the day said after it)
    for mention in ctx.dates_in(c.sentence.index):
        between = ctx.text[start : mention.start]
        if not start < mention.start < stop:
            continue
        if _SAME_SENTENCE.fullmatch(between) and PAPER_SIGNED_ON.search(between):
            return mention
        if _SAME_CLAUSE.fullmatch(between) and _SIGNED_BY_THEM_ON.search(between):
            return mention
    return None


# "Biên bản ghi nhớ ... giữa Sở A và Sở B, được ông X, Giám đốc Sở A và ông Y, Giám đốc Sở B ký ngày 12/4/2018": the
# signers, named at length, stand between the sides and the day.
_SIGNED_BY_THEM_ON = re.compile(
    r",\s*được\s+(?:ông|bà|đồng chí|lãnh đạo|đại diện)\b[^;]{3,220}?\s(?:ký|kí)(?:\s+kết)?(?:\s+tại\s+[^,;.]{1,30}?)?"
    r"\s+(?:vào\s+)?(?:ngày\s*)?$"
)
_SAME_CLAUSE = re.compile(r"(?:[^.;]|\.(?!\s)){0,360}")


def _no_paper(c: _Cue) -> bool:
    """ "thực hiện chương trình hợp tác về y tế": a programme of work, no paper; a plan is one only when named by
    its period ("thực hiện Kế hoạch hợp tác giai đoạn 2021-2025")."""
    if load_lexicons().agreement_cues[c.hit.key] not in _VAGUE_TYPES or _MINUTES.match(c.hit.key):
        return False  # ("Biên bản hội đàm ký ngày 28/12/2020": minutes are a paper)
    return not (c.hit.key.startswith(("kế hoạch", "chương trình")) and _NAMED_PERIOD.match(c.after))


# "Kế hoạch hợp tác y tế giai đoạn 2021-2025" names a paper; "kế hoạch hợp tác cho giai đoạn 2012 - 2013" is work
# planned for a period, often the next.
# So does a year's plan named by its year right after its words ("Kế hoạch hợp tác năm 2024").
_NAMED_PERIOD = re.compile(
    r"[^,;.]{0,40}?(?<!cho )\bgiai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|\s+năm\s+(?:19|20)\d{2}\b(?!\s*[-–])"
)


# "Thỏa thuận giữa hai Bộ Ngoại giao Việt Nam và Lào": its sides named by their kind, not by name ("hai bên", "hai
# nước" name nobody in particular).
_BETWEEN_BODIES_OF_A_KIND = re.compile(
    r"[^,;.]{0,60}?\bgiữa\s+(?:hai|2|ba|3)\s+(?:bộ|sở|tỉnh|địa phương|trường|viện|hội|bệnh viện|cơ quan|ngành)\b",
    re.IGNORECASE,
)


def _day_in_its_name(ctx: DocContext, c: _Cue) -> DateMention | None:
    """ "Thực hiện Biên bản ghi nhớ ngày 9/8/2024 về hợp tác ...": the day the paper is named by."""
    at = c.sentence.start + c.hit.end
    if not re.match(r"\s+ngày\s", c.after):
        return None
    return next((m for m in ctx.dates_in(c.sentence.index) if at < m.start <= at + 8), None)


def _the_two_carrying_it_out(ctx: DocContext, c: _Cue) -> Parties:
    """ "Quảng Trị sẽ cùng Sa-vẳn-na-khẹt thực hiện các nội dung trong biên bản ghi nhớ đã ký": one province of each
    country, named in the clause that carries the paper out, are its sides (none when the clause names others)."""
    start = c.sentence.start
    lo = start + max(c.before.rfind(";"), c.before.rfind(":"), 0)
    places = [p.node_id for p in ctx.free_provinces_in(c.sentence.index) if lo <= p.start < start + c.hit.start]
    places = list(dict.fromkeys(places))
    if len(places) != 2 or province_country(places[0]) == province_country(places[1]):
        return []
    return [("province", p) for p in places]


def _carried_out(ctx: DocContext, c: _Cue, events: list[FoundEvent]) -> FoundAgreement | None:
    """ "Thực hiện Thỏa thuận hợp tác giữa A và B, ...", "thực hiện văn bản thỏa thuận giai đoạn 2020 - 2022": an
    agreement in force that a meeting carries out, named by the parties after its "giữa" or by its period. It was
    signed before, when is not told, and no ceremony is read from it; counted ones ("các thỏa thuận") name none."""
    if (
        c.counted
        or _no_paper(c)
        or not (
            _CARRIED_OUT.search(c.before[-60:])
            or _CARRIED_OUT_AFTER.match(c.after)
            # "Trên cơ sở Thỏa thuận ... mà hai tỉnh đã ký", "trên cơ sở Thỏa thuận hợp tác giai đoạn 2021–2025"
            or _BASIS.search(c.before[-30:])
            and (_RELATIVE_SIGNING.match(c.after) or _NAMED_PERIOD.match(c.after))
            or _PART_OF.search(c.before[-30:])
            and _RELATIVE_SIGNING.match(c.after)
            # "trong khuôn khổ Thỏa thuận hợp tác giai đoạn 2021 - 2025 giữa tỉnh A và tỉnh B, ...", "hoạt động thuộc
            # biên bản ghi nhớ giai đoạn 2017-2020 giữa A và B": a paper of its own period and sides, cited as in force
            or _IN_THE_FRAME_OF.search(c.before[-30:])
            and _PERIOD_AND_SIDES.match(c.after)
        )
        or _IN_A_PLANS_NAME.search(c.before[-40:])
        # "ký kết và triển khai Thỏa thuận": signed here (not "việc ký hợp đồng là bước cụ thể hóa Bản ghi nhớ ...")
        or _SIGNED.search(re.split(r"[,;]", c.before)[-1][-30:])
        or _OTHERS.match(c.after)
        or _AHEAD_AFTER.search(c.after)
    ):
        return None
    text, start = c.sentence.text, c.sentence.start
    clause_end = _clause_end(text, c.hit.end)
    period = _period(ctx, c.sentence.index, start + c.hit.start, start + clause_end) or (
        _year_period(text[c.hit.start : clause_end])
    )
    clause = _Clause(ctx, c.sentence.index, start + c.hit.start, start + c.hit.end, start + c.hit.start)
    parties = _parties_between(clause, sides_only=True)
    signed_on = _signed_on(ctx, c)  # "... Biên bản hội đàm ký ngày 28/12/2020": named by its day
    if len(set(parties)) < 2:
        parties, signed_on = _signed_by_whom(ctx, c, parties, signed_on)
    signed_on = signed_on or _day_of_the_relative_clause(ctx, c) or _day_in_its_name(ctx, c)
    if len(set(parties)) < 2:
        parties = _the_two_carrying_it_out(ctx, c) or parties
    if len(set(parties)) < 2 and not period and not signed_on and not _BETWEEN_BODIES_OF_A_KIND.match(c.after):
        return None
    agreement = FoundAgreement(
        agreement_type=load_lexicons().agreement_cues[c.hit.key],
        sentence=c.sentence.index,
        sentences={c.sentence.index},
        title=_title(text[:clause_end], c.hit.start, c.hit.end),
        period=period,
        told_at=_meeting_telling(events, c.sentence.index),
        in_force=True,
    )
    agreement.date = signed_on
    agreement.date_explicit = agreement.date is not None
    if len(set(parties)) >= 2:
        agreement.parties = list(dict.fromkeys(parties))
        agreement.named_between = True
    else:
        _read_parties(ctx, agreement, clause.cue_start, clause.cue_end, events)
        agreement.signers = []
    if len(agreement.parties) < 2 and agreement.told_at is not None:
        # "Cuộc họp rà soát việc thực hiện văn bản thỏa thuận giai đoạn 2020 - 2022": the sides carrying
        # it out are the sides that signed it
        agreement.parties = _event_parties(ctx, agreement.told_at) or agreement.parties
    return agreement


# "Kế hoạch triển khai Biên bản ghi nhớ ...", "Nghị định thư thực hiện Hiệp định ...": the paper a plan or a
# protocol carries out is part of its name.
_IN_A_PLANS_NAME = re.compile(
    r"\b(?:kế hoạch|chương trình|nghị định thư)\s+(?:triển khai|thực hiện)\s*$", re.IGNORECASE
)
# "Chương trình hợp tác giai đoạn 2021 – 2025 giữa hai Bộ cơ bản được triển khai đúng tiến độ": carried out, said
# after its name.
_CARRIED_OUT_AFTER = re.compile(
    r"[^,;.]{0,160}?\s(?:(?:cơ bản|vẫn)\s+)?(?:đã\s+|đang\s+)?(?:tiếp tục\s+)?được\s+"
    r"(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá)\b"
)
# "Trên cơ sở Biên bản ghi nhớ ... mà Sở A ký với Sở B ...": the paper a work rests on is in force, when its clause
# says who signed it.
_BASIS = re.compile(r"\b(?:[Tt]rên cơ sở|[Cc]ăn cứ(?: vào)?)\s*$")
# "Lớp học nằm trong Kế hoạch ... mà UBND tỉnh A đã ký với ...": in force when the clause says it was signed (a plan
# an activity is only said to be part of is no paper signed)
_PART_OF = re.compile(r"\bnằm trong\s*$")
_IN_THE_FRAME_OF = re.compile(r"(?:\b[Tt]rong khuôn khổ(?: của)?|\bthuộc|\bnằm trong|(?:^|[,;]\s*)[Tt]heo)\s*$")
_PERIOD_AND_SIDES = re.compile(r"[^,;.]{0,40}?(?<!cho )\bgiai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\s+giữa\s")
# "Biên bản ghi nhớ về ... mà Sở A ký với Sở B từ tháng 8/2019", "... mà hai tỉnh đã ký tại cuộc hội đàm ... hồi
# tháng 4 vừa qua": the relative clause that says the paper was signed, by whom and with whom, then when.
_RELATIVE_SIGNING = re.compile(
    r"[^,;.]{0,100}?\s+mà\s+(?P<one>[^,;.]{3,160}?)\s+(?:đã\s+)?(?:ký|kí)(?:\s+kết)?\b"
    r"(?:\s+với\s+(?P<other>[^,;.]{3,120}?)(?=\s+(?:từ|vào|năm|tháng|ngày)\b|\s*[,;.]|$))?"
)


def _signed_by_whom(
    ctx: DocContext, c: _Cue, parties: Parties, signed_on: DateMention | None
) -> tuple[Parties, DateMention | None]:
    told = _RELATIVE_SIGNING.match(c.after)
    if told is None or told["other"] is None:
        return parties, signed_on
    at = c.sentence.start + c.hit.end
    clause = _Clause(ctx, c.sentence.index, at, at, at)
    sides = clause.within(at + told.start("one"), at + told.end("one")) + clause.within(
        at + told.start("other"), at + told.end("other")
    )
    day = next((m for m in ctx.dates_in(c.sentence.index) if 0 <= m.start - (at + told.end()) <= 12), None)
    return (sides if len(set(sides)) >= 2 else parties), signed_on or day


def _day_of_the_relative_clause(ctx: DocContext, c: _Cue) -> DateMention | None:
    told = _RELATIVE_SIGNING.match(c.after)
    if told is None:
        return None
    at = c.sentence.start + c.hit.end + told.end()
    clause_end = re.search(r"[;.]\s|[;.]$", ctx.text[at : c.sentence.end])
    end = at + (clause_end.start() if clause_end else c.sentence.end - at)
    return next((m for m in ctx.dates_in(c.sentence.index) if at <= m.start < min(end, at + 100)), None)


def _signed_or_dated(c: _Cue, dated: DateMention | None, period: tuple[str, str] | None) -> bool:
    """Said to be signed, or named by its date or period; neither recalled ("đã được ký kết") nor yet to be."""
    # "đã có 7 biên bản ký kết": a set's own name says it was signed.
    signed = c.said or c.counted and "ký" in c.hit.key or c.items_signed and not c.counted or c.listed_in is not None
    if not (signed or dated or period) or _RECALLED.search(c.before[-40:]) and not (dated or period):
        return False
    clause = re.split(r"[,;]", c.before)[-1]
    # "Dự kiến ..., hai Bộ sẽ ký kết Kế hoạch ...", "sẽ nghiên cứu, đề xuất ký kết": not signed
    return not (_not_yet(c.before, clause) and not dated)


def _date_and_meeting(
    ctx: DocContext,
    agreement: FoundAgreement,
    events: list[FoundEvent],
    dated: DateMention | None,
    title_span: tuple[int, int],
    signed: bool = False,
) -> None:
    """When and at which meeting the agreement was signed: its own date, else its meeting's."""
    # an item of a list was signed at the meeting the list's lead names ("Kết thúc hội đàm, các bên đã ký kết:")
    lead = agreement.listed_in
    at_lead = _event_of(ctx, lead, events, agreement.period, signed) if lead is not None else None
    agreement.event = at_lead or _event_of(ctx, agreement.sentence, events, agreement.period, signed)
    agreement.date = dated or _sentence_date(ctx, agreement.sentence, events, title_span)
    meeting = agreement.event.date if agreement.event is not None else None
    if agreement.date is None and (meeting is None or meeting.end_value is not None):
        # "Cũng tại phiên bế mạc, ... ký ...", within a meeting of several days: the day of that sitting
        agreement.date = day_said_before(ctx, agreement.sentence, events)
    agreement.date_explicit = agreement.date is not None
    if agreement.date_explicit and agreement.event and years_apart(agreement.date, agreement.event.date):
        # "Hiệp định ... đã được ký vào tháng 8/2006", told at a meeting of 2024
        agreement.told_at, agreement.event = agreement.event, None
    if agreement.date is None and agreement.event is not None and _year_gone_by(agreement, agreement.event):
        _signed_in_its_year(ctx, agreement)
    if agreement.date is None and agreement.event is not None:
        agreement.date = agreement.event.date
    if agreement.event is None and agreement.told_at is None:
        agreement.told_at = _meeting_telling(events, agreement.sentence)


def _meeting_telling(events: list[FoundEvent], index: int) -> FoundEvent | None:
    """The meeting the article was telling when it named an agreement signed elsewhere: the one whose sentences
    reach the agreement's, else the last one named before it."""
    around = [e for e in events if index in e.sentences or index - 1 in e.sentences]
    before = [e for e in events if e.anchor < index]
    return around[0] if around else max(before, key=lambda e: e.anchor, default=None)


def _year_gone_by(agreement: FoundAgreement, event: FoundEvent) -> bool:
    """ "... việc ký kết Bản ghi nhớ hợp tác về chuyển đổi số năm 2023", told at a meeting of 2025: the year its name
    holds is over before the meeting, which did not sign it."""
    period, when = agreement.period, event.date.value if event.date is not None else None
    return bool(period and period[0] == period[1] and when and period[0].isdigit() and when[:4] > period[0])


def _signed_in_its_year(ctx: DocContext, agreement: FoundAgreement) -> None:
    """An agreement recalled with a year gone by: a plan is for that year (when it was signed is not told); any
    other agreement was signed in it."""
    agreement.event = None
    if agreement.agreement_type in _VAGUE_TYPES:
        return
    year = next((m for m in ctx.dates_in(agreement.sentence) if m.value == agreement.period[0]), None)
    agreement.date, agreement.date_explicit, agreement.period = year, year is not None, None


def _read_sides(ctx: DocContext, c: _Cue, agreement: FoundAgreement, events: list[FoundEvent]) -> None:
    """The agreement's parties and signers: its own, else the set's it is an item of, else a treaty's countries."""
    _read_parties(ctx, agreement, c.sentence.start + c.hit.start, c.sentence.start + c.hit.end, events, c.counted)
    if c.items_signed and not agreement.signers:
        agreement.signers = _signers_of_the_set(ctx, c.sentence.index - 1)
    if not agreement.parties and not agreement.signers and c.hit.key.startswith("hiệp định"):
        # "Việt Nam và Cuba ký Hiệp định khung ... năm 1997": a treaty of two states named by their countries.
        agreement.parties = _countries_of(ctx, c.sentence.index) or _the_two_governments(ctx, c)
    elif not agreement.parties and not agreement.signers and agreement.told_at is not None:
        # "Bản ghi nhớ được ký kết năm 2019 đã mở ra ...", said at a session: the paper of the sides meeting (a
        # treaty is the states', named or not)
        agreement.parties = _event_parties(ctx, agreement.told_at)


def _nobody_named(c: _Cue, agreement: FoundAgreement) -> bool:
    if not agreement.parties and not agreement.signers:
        return True
    # "các ngành ... ký kết 8 thoả thuận với các ngành ... của 3 tỉnh": no body of the set named
    return c.counted and not any(kind == "org" for kind, _ in agreement.parties)


def _filed(ctx: DocContext, found: list[FoundAgreement], agreement: FoundAgreement) -> FoundAgreement:
    """The agreement as filed: the one found before that it repeats, else itself, added to those found."""
    same = _repeats(ctx, found, agreement)
    if same is None:
        found.append(agreement)
    return same or agreement


def _attach_ceremony(
    ctx: DocContext, c: _Cue, agreement: FoundAgreement, target: FoundAgreement, events: list[FoundEvent]
) -> None:
    """The signing the sentence tells, made the meeting the filed agreement was signed at."""
    if target.told_at is not None and _RECALLED_PASSIVE.match(c.after) and not _a_day(target.date):
        return  # "Hiệp định ... đã được ký vào tháng 8/2006", told at a meeting of 2024: its date, no ceremony told
    if target.told_at is not None and _named_with_its_day(c):
        return  # "rà soát Bản ghi nhớ ... ký ngày 10/1/2022", told at a meeting of 2024: the paper, not its signing
    # A set signed together holds no ceremony of its own beside the meeting it was signed at.
    verb = c.said and not c.counted and not c.by_whom_only
    day = agreement.date if agreement.date_explicit and verb else None
    if day is not None:
        _signed_on_its_day(ctx, c.sentence.index, day, target, events)
    # "Sau hội đàm, dưới sự chứng kiến của ..., hai Bộ trưởng đã ký ...": a witnessed signing is a ceremony of its
    # own, whatever meeting frames it.
    witnessed = bool(_WITNESSED.search(c.before))
    in_session = not witnessed and (_has_signing(target, events) or _signed_in_session(c.sentence.text))
    if verb and not in_session and not _signed_apart(target, events):
        _signing_told(ctx, c.sentence.index, target, events, witnessed)


def _named_with_its_day(c: _Cue) -> bool:
    """The signing is said only after the paper's name, as what the paper is ("Bản ghi nhớ giữa A và B ký ngày
    10/1/2022"), with no verb of signing before it and no place of its own ("... ký ngày 21/12/2015 tại Thà Khẹc"
    tells a ceremony)."""
    if _SIGNED.search(c.before[-60:]):
        return False
    said = _SIGNED_AFTER.search(c.after)
    return said is not None and not re.match(r"[^,;.]{0,30}\btại\b", c.after[said.end() :])


_RECALLED_PASSIVE = re.compile(r"[^,;.]{0,160}?\b(?:đã\s+)?được\s+(?:ký|kí)(?:\s+kết)?\s+(?:vào|năm|tháng|từ)\b")


def _a_day(date: DateMention | None) -> bool:
    return date is not None and (bool(date.day_month) or len(date.value or "") == 10)


_WITNESSED = re.compile(r"\b(?:trước|dưới|với|có) sự chứng kiến\b", re.IGNORECASE)


def _signed_apart(agreement: FoundAgreement, events: list[FoundEvent]) -> bool:
    """The agreement's signing is already a ceremony of its own (not the headline's undated one, which a dated
    sentence places)."""
    signings = [e for e in events if e.event_type is EventType.SIGNING and not _undated_signing(e)]
    return any(e is agreement.event or e.sentences & agreement.sentences for e in signings)


def _signed_on_its_day(
    ctx: DocContext, index: int, day: DateMention, target: FoundAgreement, events: list[FoundEvent]
) -> None:
    """An agreement signed on the day it gives: the signing that day, unless it was filed with a dated meeting."""
    dated_ceremony = target.event is None or target.event.date is None
    if dated_ceremony and _a_day(day):
        ceremony = signing_event(ctx, index, day, events)
        if ceremony is not None:
            if ceremony not in events:
                events.append(ceremony)
            target.event = ceremony


def _signing_told(
    ctx: DocContext, index: int, target: FoundAgreement, events: list[FoundEvent], witnessed: bool = False
) -> None:
    """A signing its verb tells: the ceremony already named, else one held within the meeting that frames it.
    A witnessed signing within a dated meeting is held on that meeting's day, whatever an undated headline named."""
    signings = [e for e in events if e.event_type is EventType.SIGNING]
    named = next((e for e in signings if e.date is None), None)
    if named is None and len(signings) == 1 and (target.date is None or _lately(target.date, signings[0].date)):
        named = signings[0]  # the headline's "ký kết kế hoạch ...": the one signing the article tells
        if target.date is not None:
            # "Mới đây, A và B đã ký ...", then "Lễ ký kết diễn ra ngày 28/12": the ceremony's day
            target.date = named.date
    framed = witnessed and target.event is not None and target.event.date is not None
    if framed:
        named = None
    ceremony = named or _signing_within(ctx, index, target)
    if ceremony is not None and ceremony is named:
        ceremony.sentences.add(index)  # "Phát biểu tại buổi ký kết": the ceremony already named
    elif ceremony is not None:
        events.append(ceremony)
    if framed and ceremony is not None:
        _witnessed_apart(ctx, index, target.event, ceremony)
        target.event = ceremony
    target.event = target.event or ceremony


def _lately(vague: DateMention, day: DateMention | None) -> bool:
    """A month only inferred from "mới đây" / "vừa qua", and a day of that month or of the month before it."""
    if not (vague.inferred and vague.precision == 7 and day is not None and day.precision == 10):
        return False
    year, month = int(vague.value[:4]), int(vague.value[5:7])
    before = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return day.value[:7] in (vague.value, before)


def _witnessed_apart(ctx: DocContext, index: int, frame: FoundEvent, ceremony: FoundEvent) -> None:
    """The signing sentence's people belong to the ceremony, not to the talks before it: those named after "dưới
    sự chứng kiến của" up to the clause's comma witness it."""
    frame.participants = [p for p in frame.participants if p[3] != index]
    sentence = ctx.sentences[index]
    seen = _WITNESSED.search(sentence.text)
    if seen is None:
        return
    comma = sentence.text.find(",", seen.end())
    low, high = sentence.start + seen.end(), sentence.start + (comma if comma != -1 else len(sentence.text))
    ceremony.participants += [("person", p.name, Role.WITNESS, index) for p in ctx.persons if low <= p.start < high]


# "3 văn bản hợp tác gồm: ...": a sentence that opens by listing a counted set.
_SET_LISTED = re.compile(r"\s*(?:\d+|các|những|hai|ba|bốn)\s+(?P<what>[^.:]{3,40}?)\s*(?::|\bgồm\b)", re.IGNORECASE)


def _listed_next(ctx: DocContext, index: int, cue: str) -> bool:
    """ "... đã ký kết 3 văn bản hợp tác." then "3 văn bản hợp tác gồm: ...": the set is listed in the next sentence."""
    if index + 1 >= len(ctx.sentences):
        return False
    listed = _SET_LISTED.match(ctx.sentence_text(index + 1))
    return listed is not None and listed["what"].lower().startswith(cue)


def _listed_items(ctx: DocContext) -> dict[int, int]:
    """Sentences that are items of a list of signed agreements, each mapped to the sentence introducing the list.

    "EVN đã ký kết các Biên bản ghi nhớ ..., bao gồm:" or "3 biên bản ghi nhớ đã ký gồm:", then one paragraph per
    agreement, each opening on its name: every item was signed, and two items are two agreements even when
    they have the same parties.
    """
    items: dict[int, int] = {}
    intro: int | None = None
    previous: Sentence | None = None
    for sentence in ctx.sentences:
        text = sentence.text.strip()
        if intro is None and not text.endswith(":"):
            continue  # most sentences: neither a list's intro nor one of its items
        first = next(iter(_cue_matcher().find(text)), None)
        if intro is not None and first is not None and not text[: first.start].strip(" -–—+•*0123456789.)"):
            items[sentence.index] = intro
            # "+ A;", "+ B;", "+ C.": items set apart by semicolons end at the one that closes on a stop
            closed = previous is not None and previous.text.rstrip().endswith(";") and text.endswith(".")
            previous = sentence
            intro = None if closed else intro
            continue
        if intro is not None and previous is not None and "\n" not in ctx.text[previous.end : sentence.start]:
            previous = sentence
            continue  # "- Thỏa thuận ... . Văn kiện do lãnh đạo hai bệnh viện ký.": more of the item, same paragraph
        # ("Các văn bản được ký kết gồm:": the papers named by the generic word)
        names = first is not None or _PAPERS.search(text) is not None or _SIGNED_THESE.search(text) is not None
        intro = sentence.index if text.endswith(":") and names and _SIGNED.search(text) else None
    return items


_PAPERS = re.compile(r"\b(?:văn bản|văn kiện)\b", re.IGNORECASE)
# "Kết thúc buổi làm việc, các bên đã ký kết:": the verb itself opens the list of what was signed
_SIGNED_THESE = re.compile(r"\b(?:ký|kí)(?:\s+kết)?\s*:$")


# Meetings an agreement is signed as part of: talks sign their minutes as they close, a workshop or a
# conference its memoranda on its own stage. A visit is a trip, and a signing during it is a meeting of its own.
_SIGNS_AS_IT_CLOSES = {
    EventType.TALKS,
    EventType.WORKING_SESSION,
    EventType.ONLINE_MEETING,
    EventType.WORKSHOP,
    EventType.CONFERENCE,
    EventType.FORUM,
    EventType.RECEPTION,
}


def _has_signing(agreement: FoundAgreement, events: list[FoundEvent]) -> bool:
    """Whether the signing of this agreement is already a meeting, or part of the meeting it was signed at."""
    if agreement.event is not None and agreement.event.event_type in {EventType.SIGNING, *_SIGNS_AS_IT_CLOSES}:
        return True
    return any(e.event_type is EventType.SIGNING and e.sentences & agreement.sentences for e in events)


def _signed_in_session(sentence: str) -> bool:
    """ "Tại buổi làm việc, hai bên đã ký ...": signed as part of a session, not at a ceremony of its own."""
    return any(kind in _SIGNS_AS_IT_CLOSES for _, _, kind in _event_cues(sentence))


def _signing_within(ctx: DocContext, index: int, agreement: FoundAgreement) -> FoundEvent | None:
    """ "Hai Bộ trưởng cũng đã ký kết Thỏa thuận ...": the signing is a meeting of its own, held within the visit
    that frames it, on the agreement's day or month or else the visit's. An agreement recalled with a year alone
    ("Năm 2019, hai tỉnh đã ký ...") is history, not a meeting this article reports."""
    frame = agreement.event
    date = agreement.date if agreement.date and agreement.date.precision >= 7 else (frame.date if frame else None)
    if date is None and agreement.date is not None:
        return None
    if _a_month_gone_by(agreement, [frame, agreement.told_at]):
        return None  # "hồi tháng 6, Sở A đã ký ...", told at a meeting of September: history too
    if _SO_FAR.search(ctx.sentence_text(index)):
        return None  # "Hiện nay, TP HCM đã ký kết bản ghi nhớ với ...": where things stand, not a ceremony
    ceremony = signing_at(ctx, index, date)
    if frame is not None and frame.location is not None:
        ceremony.location, ceremony.province_id, ceremony.country_id = (
            frame.location,
            frame.province_id,
            frame.country_id,
        )
    ceremony.participants = [("person", name, Role.ATTENDEE, index) for name in agreement.signers]
    ceremony.participants += [(kind, ref, Role.ATTENDEE, index) for kind, ref in agreement.parties if kind != "country"]
    witnesses_by_office(ctx, ceremony, index)
    return ceremony


def _a_month_gone_by(agreement: FoundAgreement, meetings: list[FoundEvent | None]) -> bool:
    """Signed in a month (no day told) before the month of a dated meeting the article tells it at."""
    month = agreement.date if agreement.date is not None and agreement.date.precision == 7 else None
    return month is not None and any(m is not None and _before(month, m.date) for m in meetings)


_SO_FAR = re.compile(r"\b(?:hiện nay|hiện tại|đến nay|tới nay|cho đến nay|từ trước tới nay|thời gian qua)\b", re.I)


def _not_yet(before: str, clause: str) -> bool:
    """A plan or a proposal governs the verb: in its own clause, or from earlier in the sentence through a list
    of verbs ("sẽ nghiên cứu, đề xuất ký kết"), unless "đã" comes after it."""
    if _FUTURE.search(clause) and not re.search(r"\bđã\b", clause):
        return True
    future = list(_FUTURE.finditer(before))
    return bool(future) and not re.search(r"\bđã\b|[.;]", before[future[-1].end() :])


def _listed_after(sentence: str, previous_end: int, start: int) -> bool:
    """A second agreement in one sentence is listed after the first: "Thỏa thuận ... năm 2012 và kế hoạch ..."."""
    between = sentence[previous_end:start]
    if start < previous_end or len(between) > 320:
        return False
    if ";" in between and _items_apart(sentence, previous_end, between):
        return True
    if _long_items(sentence, previous_end, between):
        return True
    if len(between) > 80:
        return False
    # "... giữa Bộ Y tế Việt Nam và Bộ Y tế Lào; (2) Kế hoạch ...": items of a numbered list, a semicolon apart
    item = _NEXT_ITEM.search(between)
    if item is not None and not re.search(r"[.;]", between[: item.start()]):
        return True
    # ("..., thay thế Chương trình ... giai đoạn 2019 – 2023 ký năm 2018": the paper it replaces is one too)
    return not re.search(r"[;.]", between) and bool(
        re.search(r"(\bvà|,|\bcùng|\bthay thế|\bthay cho)\s*(bản\s+|các\s+)?$", between)
    )


# "gồm Biên bản ghi nhớ ... giữa Sở A và Sở B ký tháng 6/2023, và Thỏa thuận ...": items a list opened, each with
# its sides and day, a comma apart
_LIST_OPENS = re.compile(r"\b(?:gồm|bao gồm|trong đó có)\b|:")
_NEXT_AFTER_COMMA = re.compile(r",\s*(?:và\s+)?(?:bản\s+)?$")


def _long_items(sentence: str, previous_end: int, between: str) -> bool:
    if re.search(r"[;]|\.\s", between) or not _NEXT_AFTER_COMMA.search(between):
        return False
    return _LIST_OPENS.search(sentence, max(0, previous_end - 300), previous_end) is not None


def _items_apart(sentence: str, previous_end: int, between: str) -> bool:
    """Two papers a semicolon apart: items of a list its colon opened ("... đã ký: Kế hoạch ... giữa Bộ A và Bộ B;
    Biên bản ghi nhớ ..."), or a clause of its own with its own verb of signing ("A và B trao đổi văn kiện Thỏa
    thuận ...; C và D trao đổi văn kiện Thỏa thuận ...")."""
    if ":" in sentence[:previous_end] and _ITEM_TAIL.fullmatch(between):
        return True
    clause = between.rsplit(";", 1)[1]
    return bool(_SIGNED.search(clause)) and not _FUTURE.search(clause) and "." not in clause


# The rest of one item up to the next: its sides, subject and signers ("quy mô 3.000 ha, do ông A ... ký; ").
_ITEM_TAIL = re.compile(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,300}?;\s*(?:và\s+)?")
_NEXT_ITEM = re.compile(r";\s*(?:\(?\d{1,2}\)|[a-dđ]\))\s*$")


def _clause_end(sentence: str, pos: int) -> int:
    """Where an agreement's own words end: at the next agreement the sentence lists, or the sentence's end."""
    # "Kế hoạch triển khai Biên bản ghi nhớ ...": the agreement a plan carries out is part of the plan's name.
    # "Bản ghi nhớ về Kế hoạch hợp tác ...": the plan a memorandum is about is part of its name too.
    nxt = [
        h.start
        for h in _cue_matcher().find(sentence[pos:])
        if sentence[pos : pos + h.start].strip()
        and not _ABOUT.search(sentence, 0, pos + h.start)
        and not _IN_A_PLANS_NAME.search(sentence, max(0, pos + h.start - 40), pos + h.start)
    ]
    stops = _CLAUSE_STOP.finditer(sentence, pos)
    # "Thỏa thuận về Đề án “Mở rộng và đổi mới hợp tác ...”": words inside quotes name the scheme, "và" included.
    stop = next((m for m in stops if not _inside_quotes(sentence, pos, m.start())), None)
    ends = [pos + n for n in nxt[:1]] + ([stop.start()] if stop else [])
    return min(ends) if ends else len(sentence)


_ABOUT = re.compile(r"\bvề\s+$")
_CLAUSE_STOP = re.compile(r"[;.]\s|\s+và\s+(?=\S+\s+\S+\s+(?:hợp tác|ghi nhớ))")


def _inside_quotes(sentence: str, start: int, pos: int) -> bool:
    between = sentence[start:pos]
    return between.count("“") > between.count("”") or between.count('"') % 2 == 1


# "Kế hoạch ... năm 2025": the year the agreement is for; "ký vào năm 2012" would date the signing instead.
_TITLE_YEAR = re.compile(r"(?<!vào )(?<!trong )(?<!ký )(?<!kí )(?<!kết )\bnăm\s+((?:19|20)\d{2})\b")


def _year_period(title: str) -> tuple[str, str] | None:
    """ "Kế hoạch hợp tác năm 2025": the year an agreement is for is its period, not the day it was signed."""
    planned = _SCHEDULED.search(title)
    year = _TITLE_YEAR.search(title[: planned.start()] if planned else title)
    return (year.group(1), year.group(1)) if year else None


def _year_for(text: str, start: int) -> bool:
    """ "năm 2012" after an agreement's name is the year it is for, unless a verb or preposition makes it the
    day of signing ("ký năm 2021", "vào năm 2019")."""
    year = _TITLE_YEAR.match(text, start)
    return (
        year is not None
        and not re.search(r"\b(ký|kí|ký kết|vào|trong|từ)\s+$", text[max(0, start - 12) : start])
        and not _SINCE.match(text, year.end())  # "năm 2015 đến nay": the year it was signed, held since
    )


_SINCE = re.compile(r"\s*(?:đến|tới)\s+nay\b")


def _year_of_title(mention: DateMention, title_span: tuple[int, int]) -> bool:
    return len(mention.value or "") == 4 and title_span[0] <= mention.start < title_span[1]


def _same_places(ctx: DocContext, old: FoundAgreement, new: FoundAgreement) -> bool:
    mine, theirs = _places(ctx, new), _places(ctx, old)
    return not mine or not theirs or mine == theirs


def _places(ctx: DocContext, agreement: FoundAgreement) -> set[str]:
    return _places_of(ctx, agreement.parties)


def _places_of(ctx: DocContext, parties: list[tuple[str, str]]) -> set[str]:
    """The provinces parties stand for: a province itself or a provincial body's province."""
    places = set()
    for kind, ref in parties:
        if kind == "province":
            places.add(ref)
        else:
            places |= {province for o in ctx.orgs if o.key == ref and (province := speaks_for_province(o))}
    return places


def _repeats(ctx: DocContext, found: list[FoundAgreement], new: FoundAgreement) -> FoundAgreement | None:
    """The same agreement named again in the document (same parties, no conflicting date) adds evidence."""
    if (again := _named_again(ctx, found, new)) is not None:
        if not new.period:
            new.parties = []  # (the sides read around a bare mention are guesses; the paper named before has its own)
        _merge_into(again, new)
        return again
    for old in found:
        if old.sentence == new.sentence or old.listed_in is not None and old.listed_in == new.listed_in:
            continue  # two agreements one sentence or one list names are two
        if old.in_force != new.in_force and (old.agreement_type != new.agreement_type or _ran_before(old, new)):
            continue  # "Thực hiện thỏa thuận giữa hai tỉnh", then the programme two departments signed: two papers
        if (
            _same_parties(ctx, old, new)
            and _dates_agree(old, new)
            and _periods_agree(old, new)
            and _same_kind(old, new)
        ):
            _merge_into(old, new)
            return old
    return None


def _named_again(ctx: DocContext, found: list[FoundAgreement], new: FoundAgreement) -> FoundAgreement | None:
    """ "... đã ký hợp đồng liên kết sản xuất ...", then "Ký hợp đồng là ông A ...": a paper named by its kind alone,
    with no day or period of its own, is the one of that kind named last."""
    if new.listed_in is not None or new.named_between:
        return None  # (an item of a list, or a paper with its own sides, is one of its own)
    # "Biên bản ghi nhớ năm 2019 đã hết hiệu lực": the kind and the year it was signed name the one of that year
    kind = _OF_ITS_YEAR.sub("", new.title)
    if kind.lower() not in load_lexicons().agreement_cues or new.date_explicit and kind == new.title:
        return None
    year = (new.date.value or "")[:4] if new.date_explicit and new.date is not None else ""
    same = [
        old
        for old in found
        if old.agreement_type == new.agreement_type
        and old.sentence < new.sentence  # (two papers one sentence names are two)
        and (old.in_force == new.in_force or year)
        and (old.date is not None and (old.date.value or "").startswith(year) if year else True)
        and _dates_agree(old, new)  # (the minutes of 2023 recalled are not those the talks of 2024 sign)
        # (nor a paper of another period, nor the paper of that name two other provinces signed)
        and (not new.period or old.period == new.period and _same_places(ctx, old, new))
    ]
    return same[-1] if same else None


_OF_ITS_YEAR = re.compile(r"\s+năm\s+(?:19|20)\d{2}$")


def _ran_before(old: FoundAgreement, new: FoundAgreement) -> bool:
    """The paper in force ran from a year before the other was signed ("thực hiện Thỏa thuận giai đoạn 2021-2025",
    then a paper signed in 2025): two papers."""
    in_force, signed = (old, new) if old.in_force else (new, old)
    start = in_force.period[0] if in_force.period else ""
    year = (signed.date.value or "")[:4] if signed.date is not None else ""
    if start.isdigit() and year.isdigit() and start < year:
        return True
    # "triển khai Biên bản hội đàm ký hồi tháng 4/2023", then the minutes the talks of 12/3/2024 sign: its own day
    # says the paper in force is the older one
    signed_on = in_force.date.value if in_force.date_explicit and in_force.date is not None else None
    return before_at_its_precision(signed_on, signed.date.value if signed.date is not None else None)


def _same_parties(ctx: DocContext, old: FoundAgreement, new: FoundAgreement) -> bool:
    small, large = sorted((set(old.parties), set(new.parties)), key=len)
    return (
        _one_of_the_items(old, new)
        or set(old.parties) == set(new.parties)
        or _as_now(_places(ctx, old)) == _as_now(_places(ctx, new)) != set()
        and not _other_bodies(old, new)
        or (len(small) >= 2 and small <= large)  # "hai Bộ" read once with, once without the government
        # A headline's "Ký kết văn bản hợp tác với X" is the agreement the body then names precisely with X.
        or (_either_vague(old, new) and bool(small) and small <= large)
        # The headline's signing and the lead's, on the one day: one side named once, both sides once.
        or (bool(small) and small <= large and _same_day(old, new) and old.agreement_type == new.agreement_type)
        or _countries_then_their_bodies(ctx, old, new)
    )


def _countries_then_their_bodies(ctx: DocContext, old: FoundAgreement, new: FoundAgreement) -> bool:
    """ "Việt Nam - Lào ký Hiệp định ..." in the headline, the governments signing it in the body: the countries are
    the sides their bodies sign for."""
    for told, named in ((old, new), (new, old)):
        countries = {ref.removeprefix("country:") for kind, ref in told.parties if kind == "country"}
        if len(countries) >= 2 and len(countries) == len(told.parties):
            keys = {ref for kind, ref in named.parties if kind == "org"}
            if countries <= {o.country for o in ctx.orgs if o.key in keys}:
                return True
    return False


def _as_now(places: set[str]) -> set[str]:
    """Provinces as they are since the 2025 reorganisation: a province merged into another is that one ("UBND tỉnh
    Kon Tum" among a paper's sides, read once, is Quảng Ngãi's side read again)."""
    provinces = load_gazetteer().provinces
    return {provinces[p].merged_into if p in provinces and provinces[p].merged_into else p for p in places}


def _other_bodies(old: FoundAgreement, new: FoundAgreement) -> bool:
    """Both name the bodies that signed, and none is the same: "UBND hai tỉnh ký Biên bản ghi nhớ", then "Cùng ngày,
    Sở Y tế hai tỉnh ký Kế hoạch ...": two agreements of the same two provinces."""
    bodies = [{ref for kind, ref in a.parties if kind == "org"} for a in (old, new)]
    return all(bodies) and not bodies[0] & bodies[1]


def _one_of_the_items(old: FoundAgreement, new: FoundAgreement) -> bool:
    # "EVN đã kí kết biên bản ghi nhớ ...", then "3 biên bản ghi nhớ đã ký gồm:" and the items: the lead
    # named the set, and is its first item.
    small, large = sorted((set(old.parties), set(new.parties)), key=len)
    return (old.listed_in is None) != (new.listed_in is None) and bool(small) and small <= large


def _either_vague(old: FoundAgreement, new: FoundAgreement) -> bool:
    if any(_MINUTES.match(a.title) for a in (old, new)) and any(_A_YEAR.search(a.title) for a in (old, new)):
        return False  # the talks' minutes and "Kế hoạch hợp tác năm 2026" handed over with them are two papers
    return _vague(old) or _vague(new)


# "Biên bản hội đàm", "Biên bản làm việc": the minutes of a meeting are a paper of their own, not a vague name
_MINUTES = re.compile(r"biên bản (?:hội đàm|làm việc|hội nghị|kỳ họp|phiên họp)", re.IGNORECASE)


# "Hội LHPN hai tỉnh ký kết hợp tác giai đoạn 2024 - 2027": the verb says a paper was signed, not which kind
_KIND_UNSAID = re.compile(r"(?:ký|kí) kết hợp tác\b", re.IGNORECASE)


def _kind_unknown(agreement: FoundAgreement) -> bool:
    return agreement.agreement_type in _VAGUE_TYPES or bool(_KIND_UNSAID.match(agreement.title))


def _vague(agreement: FoundAgreement) -> bool:
    if _KIND_UNSAID.match(agreement.title):
        return True
    return agreement.agreement_type in _VAGUE_TYPES and not _MINUTES.match(agreement.title)


_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _dates_agree(old: FoundAgreement, new: FoundAgreement) -> bool:
    if old.date is None or new.date is None:
        return True
    if _years_differ(old.date, new.date):
        return False  # "Biên bản hội đàm ký ... tháng 3/2023", then the minutes the talks of 2024 sign: two
    return not (old.date_explicit and new.date_explicit) or old.date.value == new.date.value


def _years_differ(a: DateMention, b: DateMention) -> bool:
    return bool(a.value and b.value and a.value[:4] != b.value[:4])


def _periods_agree(old: FoundAgreement, new: FoundAgreement) -> bool:
    if old.period is not None and old.period == new.period:
        return True  # the headline's and the body's "giai đoạn 2024–2028", signed in 2023 ahead of its period
    return (old.period is None or new.period is None) and not (_before_period(new, old) or _before_period(old, new))


def _same_kind(old: FoundAgreement, new: FoundAgreement) -> bool:
    same_period = old.period is not None and old.period == new.period
    return old.agreement_type == new.agreement_type or same_period or _either_vague(old, new)


def _merge_into(old: FoundAgreement, new: FoundAgreement) -> None:
    """What a repeat adds to the agreement found before: a better name, parties, sentences, meeting, signers, date."""
    if _one_of_the_items(old, new):
        item = old if old.listed_in is not None else new  # the list names the paper; the lead or a caption less
        old.agreement_type, old.title = item.agreement_type, item.title
    elif _kind_unknown(old) and not _kind_unknown(new):
        old.agreement_type, old.title = new.agreement_type, new.title
    elif old.title.isupper() and not new.title.isupper():
        old.title = new.title  # a headline in capitals names it; the lead's words read better
    old.listed_in = old.listed_in if old.listed_in is not None else new.listed_in
    if set(old.parties) < set(new.parties):
        old.parties = new.parties
    old.sentences |= new.sentences
    if old.event is None or _undated_signing(old.event) and new.event is not None and new.event.date is not None:
        old.event = new.event  # the headline's signing, undated, was the meeting the body dates
    places_only = all(kind in ("province", "country") for kind, _ in old.parties)
    if places_only and any(kind == "org" for kind, _ in new.parties):
        old.parties = new.parties  # the bodies that signed say more than the provinces or countries they act for
    old.signers = sorted(set(old.signers) | set(new.signers))
    if new.date_explicit and not old.date_explicit or old.date is None or _finer_day(new.date, old.date):
        old.date, old.date_explicit = new.date, new.date_explicit or old.date_explicit
    old.period = old.period or new.period


def _finer_day(new: DateMention | None, old: DateMention | None) -> bool:
    """ "... tổng kết hợp tác năm 2024, ký kế hoạch hợp tác năm 2025" in the headline, the day of 14/12/2024 in the
    body: the day the year holds says better when it was signed."""
    finer, coarser = (new.value or "") if new else "", (old.value or "") if old else ""
    return len(finer) > len(coarser) > 0 and finer.startswith(coarser)


def _undated_signing(event: FoundEvent) -> bool:
    return event.event_type is EventType.SIGNING and event.date is None


def _same_day(a: FoundAgreement, b: FoundAgreement) -> bool:
    return bool(a.date and b.date and a.date.value and len(a.date.value) == 10 and a.date.value == b.date.value)


def _before_period(dated: FoundAgreement, spanned: FoundAgreement) -> bool:
    """An MoU signed in 2015 is not the one for 2022–2027."""
    if not (dated.date_explicit and dated.date and dated.date.value and spanned.period):
        return False
    return dated.date.value[:4] < spanned.period[0]


# Where an agreement's name gives way to who signed it, where or before whom.
_TITLE_ENDS = re.compile(
    r"[,;:(]|\.(?!\d)"  # (a number's dot, "2.500 ha", ends nothing)
    r"|\s+(?:giữa|với|tại|ngay|vào|trong dịp|nhân dịp|(?:trước|dưới|có|với) sự chứng kiến(?: của)?|nhằm)\s+"
    r"|\s+(?:đã\s+|được\s+)?(?:ký|kí)(?:\s+kết)?\s+(?=ngày|vào|năm|tháng|hồi|từ)"  # "... ký ngày 5/3/2019"
    r"|\s+và\s+(?:ký|kí)\b"  # "... giai đoạn 2020 - 2022 và ký kết văn bản mới": the next paper's verb
    # "... giai đoạn 2018 - 2022 và bàn phương hướng": what else the meeting did
    r"|\s+và\s+(?=(?:bàn|thảo luận|trao đổi|thống nhất|đề ra|xây dựng)\s)"
    r"|\s+mà\s+|\s+(?:đã|được)\s+(?:ký|kí)\b"  # "Bản ghi nhớ ... mà hai bệnh viện ký", "Hợp đồng được ký trên ..."
    r"|\s+(?:đã|đang|vẫn|chưa|sẽ)\s+(?=hết|còn|được|có)"  # "Biên bản ghi nhớ năm 2019 đã hết hiệu lực"
    r"|\s+(?:cơ bản\s+)?(?:đã\s+|đang\s+)?được\s+(?=triển khai|thực hiện)"  # "... cơ bản được triển khai"
    r"|\s+được\s+(?=[^,;.]{1,80}?\s(?:ký|kí)\b)"  # "... được tỉnh A và tỉnh B ký kết": who signed it
    r"|\s+là\s+"  # "Ký hợp đồng là ông A và ông B": who signed it comes after "là"
    r"|\s+(?:qua|theo|bằng|dưới)\s+hình thức\s+"  # "... qua hình thức trực tuyến": how it was signed
    # "Biên bản ghi nhớ do ông A và ông B ký", "Nghị định thư ... do hai Bộ ký tháng 3/2010": who signed it
    r"|\s+do\s+(?=[^,;.]{0,120}?\b(?:ký|kí)\b)"
    # "Biên bản ghi nhớ và Phụ lục do ...": another paper named beside it
    r"|\s+và\s+(?=(?:Phụ lục|Biên bản|Bản ghi nhớ|Kế hoạch|Thỏa thuận|Thoả thuận|Hợp đồng|Nghị định thư)\b)"
    # "... từ năm 2020", "... năm 2015 đến nay": the year since which it holds is no word of its name
    r"|\s+(?:kể\s+)?từ\s+(?=(?:năm\s+)?(?:19|20)\d{2}\b)|\s+(?=(?:năm\s+)?(?:19|20)\d{2}\s+(?:đến|tới)\s+nay\b)"
)


def _title(sentence: str, start: int, end: int) -> str:
    tail = _TITLE_ENDS.split(sentence[end:], maxsplit=1)[0]
    tail += _fields_listed(sentence[end + len(tail) :])
    words = _without_loose_ends((sentence[start:end] + tail).split()[:18])
    subject = _SUBJECT.match(sentence, end)  # in its own clause, not the meeting's
    if len(words) <= 4 and subject and len(tail.split()) <= 1:
        # ... and what it is about names it better than the parties do
        words = _without_loose_ends(words + subject[1].split()[:12])
    title = " ".join(words)
    if title.count("”") > title.count("“"):
        title = title.replace("”", "").rstrip()  # "... giai đoạn 2013 – 2015”": the quote closes a longer name
    return title[0].upper() + title[1:]


# "... về vùng trồng 2.500 ha": what the paper is about, to the clause's end (a number's dot ends nothing).
_SUBJECT = re.compile(r"(?:[^,;.:(]|\.(?=\d))*?\s(về\s(?:[^,;.:(]|\.(?=\d))+)")


def _without_loose_ends(words: list[str]) -> list[str]:
    """A name cut short ends on no joining word ("... Nậm Yeuang với") and on no verb ("Biên bản ghi nhớ ký giữa A
    với B về việc X": the verb is not part of the name)."""
    while len(words) > 3 and words[-1].lower() in {"và", "của", "trong", "về", "với", "cho", "các", "những", "giữa"}:
        words.pop()
    while len(words) > 1 and words[-1].lower() in {"ký", "kí", "kết", "được", "đã"}:
        words.pop()
    return words


_FIELD_LIST = re.compile(r"(?:,\s+[^,.;:()]{1,30}?)+\s+và\s+[^,.;:()]{1,40}?(?=\s*(?:[.;]|$))")


def _fields_listed(rest: str) -> str:
    """ "... trong lĩnh vực đất đai, khí tượng, thủy văn và địa chất.": a list of fields in lower case,
    closed by "và" and the sentence's end, is the rest of the title, not what follows it."""
    listed = _FIELD_LIST.match(rest)
    if listed is None:
        return ""
    items = [item.strip() for item in re.split(r",|\svà\s", listed.group()) if item.strip()]
    # (fields are named in a word or few: ", ưu tiên các lĩnh vực giáo dục, y tế ..." says what comes first)
    return listed.group() if all(item[:1].islower() and len(item.split()) <= 4 for item in items) else ""


def _date_right_after(ctx: DocContext, index: int, pos: int) -> DateMention | None:
    for mention in ctx.dates_in(index):
        gap = ctx.text[pos : mention.start]
        if 0 <= mention.start - pos <= 12 and re.fullmatch(r"\s*(ngày|hợp tác|ký)?\s*", gap):
            return mention
    return None


# "các thỏa thuận khác như ...": agreements alluded to, none in particular.
_OTHERS = re.compile(r"\s+(khác|nào)\b")


def _sentence_date(
    ctx: DocContext, index: int, events: list[FoundEvent], title_span: tuple[int, int]
) -> DateMention | None:
    """A date in the agreement's sentence that is not the date of a meeting named there, nor the year its
    title says it is for."""
    event_dates = {id(e.date) for e in events if e.anchor == index}
    sentence = ctx.sentences[index]
    # a later paper's name in the sentence owns the dates after it ("... 2024 – 2028, thay thế Chương trình ... ký
    # năm 2018")
    later = _next_paper(ctx.text, title_span[1], sentence.end)
    for mention in ctx.dates_in(index):
        if id(mention) in event_dates or not mention.value or _year_of_title(mention, title_span):
            continue
        if mention.start > later:
            continue
        if recalled_in_brackets(ctx.text, mention.start):
            continue  # "(18/7/1977)": an anniversary recalled, not the day of signing
        if mention.start > title_span[1] and AGREED_TO.search(ctx.text, title_span[1], mention.start):
            continue  # "ký Biên bản làm việc, thống nhất thành lập tổ kỹ thuật trong tháng 7/2024": what it plans
        if len(mention.value) == 4 and not _signed_in_year(ctx, index, mention, title_span):
            continue  # "Thỏa thuận ... giữa hai Bộ năm 2012": the year an agreement is for dates no signing
        return mention
    return None


def _signed_in_year(ctx: DocContext, index: int, mention: DateMention, title_span: tuple[int, int]) -> bool:
    """A year alone dates a signing when it opens the clause before the verb ("Năm 2019, hai tỉnh đã ký ...") or
    follows it ("ký năm 2021", "ký vào năm 2019"); after another agreement's name it is that agreement's year."""
    sentence = ctx.sentences[index]
    verb = _SIGNED.search(sentence.text)
    rel = mention.start - sentence.start
    clause = sentence.text[max(sentence.text.rfind(",", 0, rel), sentence.text.rfind(";", 0, rel)) + 1 : rel]
    # ("... tổ chức hội nghị tổng kết hợp tác năm 2024 và ký Kế hoạch ...": the year reviewed, not of the signing)
    opens = _OPENS_THE_CLAUSE.fullmatch(clause) is not None
    if verb is not None and rel < verb.start() and mention.start < title_span[0] and opens:
        return True
    if _SCHEDULED.search(ctx.text[title_span[0] : mention.start]):
        return False  # "..., dự kiến bán điện từ năm 2025": a year the agreement plans for
    return not _year_for(ctx.text, mention.start)


_OPENS_THE_CLAUSE = re.compile(
    r"\s*(?:(?:vào|trong|từ|đến|hồi)\s+)?(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s*)?", re.IGNORECASE
)


# "..., dự kiến bán điện về Việt Nam từ năm 2024-2025": a schedule the agreement plans is not its period.
_SCHEDULED = re.compile(r"\b(dự kiến|dự định|sẽ)\b", re.IGNORECASE)


def _period(ctx: DocContext, index: int, pos: int, end: int | None = None) -> tuple[str, str] | None:
    periods = [
        p
        for p in ctx.periods_in(index)
        if p.start >= pos - 5 and (end is None or p.start < end) and not _SCHEDULED.search(ctx.text[pos : p.start])
    ]
    if not periods:
        return None
    nearest = min(periods, key=lambda p: p.start)
    return nearest.first, nearest.last


def _event_of(
    ctx: DocContext,
    index: int,
    events: list[FoundEvent],
    period: tuple[str, str] | None = None,
    signed: bool = False,
) -> FoundEvent | None:
    """The meeting an agreement was signed at: the one its sentence names, else the latest one before it that
    could have signed it (a plan for 2026 is not signed at a meeting of 2024)."""
    if _THIS_OCCASION.search(ctx.sentence_text(index)):
        # "Kết thúc hội đàm, hai bên ký ...", then "Cũng trong dịp này, ... ký ...": the meeting just told
        just_told = [event for event in events if index - 1 in event.sentences and not _too_early(event, period)]
        if just_told:
            return max(just_told, key=lambda e: e.anchor)
    told = [event for event in events if index in event.sentences]
    if ";" in ctx.sentence_text(index):
        # "A và B ký văn bản hợp tác; hai Bộ Y tế hội đàm tại Viêng Chăn": a lead listing a digest's items, each
        # its own story; the talks told further down were not where A and B signed
        told = [event for event in told if event.anchor <= index]
    if told:
        # a signing told in the sentence is where its agreements were signed, whatever session frames it
        return next((e for e in told if e.event_type is EventType.SIGNING), told[0])
    # "Sau khi hai nước ký Hiệp định khung ... vào năm 1997": signed in a year, not the year of the meeting
    # reported, it is history the article recalls.
    years = {y for pair in _SIGNED_IN_YEAR.findall(ctx.sentence_text(index)) for y in pair if y}
    earlier = [
        e
        for e in events
        if e.anchor < index
        and ctx.in_its_item(e.sentences, index)  # (a digest's item above tells another story)
        and not _too_early(e, period)
        and not (years and not (e.date and e.date.value and e.date.value[:4] in years))
    ]
    if not earlier:
        return None
    text = ctx.sentence_text(index)
    # ("Biên bản Kỳ họp lần thứ 48" names a paper, not the meeting it was signed at)
    named = {t for start, _, t in _event_cues(text) if not _MINUTES_OF.search(text, 0, start)}
    if EventType.CONFERENCE in named:  # "Tại hội nghị" after "Hội nghị trực tuyến"
        named.add(EventType.ONLINE_MEETING)
    for event in sorted(earlier, key=lambda e: -e.anchor):
        if event.event_type in named or EventType.WORKING_SESSION in named and _received_and_worked(ctx, event):
            return event
    dated = any(d.day_month or len(d.value or "") >= 7 for d in ctx.dates_in(index))  # a year alone dates nothing
    if dated and not re.search(r"(tại hội|trong khuôn khổ|nhân dịp|tại buổi|dịp này)", text.lower()):
        return None
    reported = [e for e in earlier if (e is events[0] or not background(ctx, e)) and not _recalled(e, earlier)]
    latest = max(reported, key=lambda e: e.anchor, default=None)
    ceremonies = [
        e
        for e in reported
        if e.event_type is EventType.SIGNING
        and not _undated_signing(e)
        # (not a signing of a year before the meeting told last: "ngày 15/8/2024, hai Sở đã ký ...", recalled)
        and not (latest is not None and latest.date is not None and _before(e.date, latest.date))
    ]
    if (
        ceremonies
        and signed
        and not named - {EventType.SIGNING}
        and not _a_heading(text)
        and not _ANOTHER_THAT_DAY.match(text)
    ):
        # "lễ ký kết 4 văn kiện" in the lead, talks told after it, then "Văn kiện ... do Thứ trưởng A ... ký": a
        # paper said signed, with no meeting of its own, was signed at the ceremony the article told. ("Kết thúc
        # buổi làm việc, ... đã ký ..." names a meeting of its own; a heading, "Ký kế hoạch phối hợp giữa hai sở",
        # the signing the paragraphs below it tell; "Cùng ngày, A và B ký ..." one of its own that day.)
        return max(ceremonies, key=lambda e: e.anchor)
    return latest  # every meeting before is background


_MINUTES_OF = re.compile(r"\b[Bb]iên bản\s+$")


def _recalled(event: FoundEvent, events: list[FoundEvent]) -> bool:
    """A meeting told after another but dated before it ("Sáng 4/6, ... làm việc ...", then "hai Sở đã ký Bản
    ghi nhớ từ tháng 10/2022"; "Chiều 13/1, ... Kỳ họp lần thứ 48", then "được ký tại Kỳ họp lần thứ 47 ... tháng
    1/2025") is history the article recalls, not a meeting a later paper was signed at."""
    return any(
        m.event_type is not EventType.SIGNING and m.anchor < event.anchor and _before(event.date, m.date)
        for m in events
    )


# "Cùng ngày, A và B ký ...": a signing of its own that day, told apart from the ceremony before
_ANOTHER_THAT_DAY = re.compile(r"\s*(?:Cũng\s+)?[Cc]ùng ngày\b")


def _before(a: DateMention | None, b: DateMention | None) -> bool:
    return before_at_its_precision(a.value if a else None, b.value if b else None)


def _a_heading_within(ctx: DocContext, index: int) -> bool:
    """A heading between the article's paragraphs, after its lead: no stop, and no one named (a caption names who
    signs; the headline and the lead above name what the article is about)."""
    text = ctx.sentence_text(index)
    if not _a_heading(text) or not _SIGNED.search(text) or ctx.persons_in(index) or ctx.orgs_in(index):
        return False  # (a heading that signs: "Ký kết biên bản ghi nhớ ...", not "Thỏa thuận ... mang lại kết quả")
    return any(not _a_heading(s.text) and len(s.text.split()) >= 15 for s in ctx.sentences[:index])


def _named_below(ctx: DocContext, index: int, hit: Hit) -> bool:
    """A paper of the heading's kind is named in the paragraphs below it."""
    kind = load_lexicons().agreement_cues[hit.key]
    below = ctx.sentences[index + 1 : index + 16]
    # (the section the heading opens, up to the next heading: "Ngày 13/1: Ký thỏa thuận ...", then the day told)
    section = next((i for i, s in enumerate(below) if _a_heading(s.text)), len(below))
    below = below[: max(section, 6)]
    if not below:
        return False
    hits = _cue_matcher().find_in(ctx.text, below[0].start, below[-1].end)
    return any(load_lexicons().agreement_cues[h.key] == kind for h in hits)


def _a_heading(text: str) -> bool:
    """A line that ends without a stop is a headline or a heading within the article, not a sentence told."""
    return not text.rstrip().endswith((".", "!", "?", ":", ";", "…", '"', "”", ")"))


def _received_and_worked(ctx: DocContext, event: FoundEvent) -> bool:
    """ "đã tiếp và làm việc với đoàn ...": a reception that was the working session "Kết thúc buổi làm việc" ends."""
    return event.event_type is EventType.RECEPTION and "làm việc" in ctx.text[event.cue_at : event.cue_at + 30]


_THIS_OCCASION = re.compile(
    r"\b(?:[Tt]rong|[Nn]hân|[Cc]ùng|[Tt]ại)\s+dịp\s+(?:này|đó)\b|\b[Cc]ùng dịp\b"
    r"|^\s*Cũng\s+tại\s+(?:buổi\s+lễ|lễ\s+ký(?:\s+kết)?|buổi\s+ký\s+kết|buổi\s+làm\s+việc|buổi\s+hội\s+đàm)\b"
    # "... hội nghị tổng kết được tổ chức vào tháng 12/2024 tại Đông Hà. Tại hội nghị đó, ... đã ký ..."
    r"|\b[Tt]ại\s+(?:hội nghị|hội đàm|buổi làm việc|buổi lễ|diễn đàn|hội thảo)\s+(?:đó|này)\b"
    # "Ngày 15/4, đoàn ... đã sang thăm và hội đàm với lãnh đạo tỉnh B. Hai bên đã ký ...": the two sides of the
    # meeting just told, however far back the article's own meeting lies
    r"|^\s*Hai bên\s+(?:đã\s+|cũng\s+|còn\s+|chính thức\s+)*(?:ký|kí)\b"
)
_SIGNED_IN_YEAR = re.compile(
    r"\b(?:ký|kí)(?:\s+kết)?\s+(?:vào\s+|từ\s+)?năm\s+((?:19|20)\d{2})\b(?!\s*[-–])"
    r"|\b(?:ký|kí)\b[^.;]{0,100}?\b(?:vào|từ)\s+năm\s+((?:19|20)\d{2})\b(?!\s*[-–])"
)


def _too_early(event: FoundEvent, period: tuple[str, str] | None) -> bool:
    year = event.date.value[:4] if event.date is not None and event.date.value else None
    return bool(year and period and period[0][:4].isdigit() and int(period[0][:4]) > int(year) + 1)


Parties = list[tuple[str, str]]


@dataclass(frozen=True)
class _Clause:
    """An agreement's sentence as the party rules read it: its bodies and provinces, the cue and the verb."""

    ctx: DocContext
    index: int
    cue_start: int
    cue_end: int
    verb_at: int  # where "ký" stands (the cue itself when the sentence has no verb of signing)
    opens_at: int = 0  # where the cue's own clause opens: after a semicolon that sets a clause of its own apart

    @property
    def sentence(self) -> Sentence:
        return self.ctx.sentences[self.index]

    def within(self, lo: int, hi: int, provinces: list[PlaceMention] | None = None) -> Parties:
        found: Parties = [("org", o.key) for o in self.ctx.orgs_in(self.index) if lo <= o.start < hi]
        places = self.ctx.free_provinces_in(self.index) if provinces is None else provinces
        return found + [("province", p.node_id) for p in places if lo <= p.start < hi]


def _parties_between(c: _Clause, sides_only: bool = False) -> Parties:
    """ "... giữa Sở A và Sở B": the parties the agreement names after "giữa"."""
    text = c.sentence.text
    between = _BETWEEN.search(text, c.cue_end - c.sentence.start)
    if between is None or _anothers_sides(c, c.sentence.start + between.start()):
        return []
    if ";" in text[c.cue_end - c.sentence.start : between.start()]:
        return []  # "A và B đã ký Biên bản ghi nhớ; cùng với quan hệ giữa C và D, ...": another clause's pair
    if _LINKED_POINTS.match(text, between.end()):
        return []  # "... trực tuyến, kết nối giữa hai điểm cầu Hà Nội và Viêng Chăn": where it was followed from
    # "... giữa Trường A và Trường B diễn ra sáng 5/6 tại Nghệ An": the parties end where the clause goes on, or
    # where what the paper is about begins ("... về việc phát triển Dự án Thủy điện Sê Kông": a project's place).
    rest = text[between.end() :]
    span_start = c.sentence.start + between.end()
    # "giữa Phân hiệu Đại học Huế tại Quảng Trị và ...": a word inside a body's name ends no side
    names = [(o.start - span_start, o.end - span_start) for o in c.ctx.orgs_in(c.index) if o.end > span_start]
    stops = re.finditer(r";|, ngày|\s+(?:đã|diễn ra|tại|vào|được|nhằm|về)\s+|\s+và\s+ký|giai đoạn|\.\s", rest)
    stop = next((s for s in stops if not any(lo < s.start() < hi for lo, hi in names)), None)
    end = min(stop.start() if stop else len(rest), 150)
    if sides_only:
        # "giữa Đảng bộ, chính quyền A và Đảng bộ, chính quyền B, Sở Y tế ...": the sides end at the comma after "và"
        joined = re.search(r"\s+và\s+[^,;]*?,", rest[:end])
        end = joined.end() - 1 if joined else end
    return c.within(span_start, span_start + end)


_LINKED_POINTS = re.compile(r"\s+(?:(?:hai|các|\d+)\s+)?(?:điểm|đầu) cầu\b")


def _anothers_sides(c: _Clause, at: int) -> bool:
    """The "giữa" at `at` names the sides of a later paper the sentence carries out or sets beside this one ("ký
    hợp đồng là bước cụ thể hóa Bản ghi nhớ ... giữa A và B"); "X và Y giữa A và B" names both papers' sides."""
    for hit in _cue_matcher().find_in(c.ctx.text, c.cue_end, at):  # (offsets from the cue's end)
        before = c.ctx.text[c.cue_end : c.cue_end + hit.start]
        if _CARRIED_OUT.search(before[-60:]) or re.search(r"\b(?:là|thay thế|thay cho)\b", before):
            return True
    return False


def _sides_by_kind(c: _Clause, agreement: FoundAgreement) -> Parties:
    """ "... Thỏa thuận hợp tác giai đoạn 2025-2030 giữa hai tỉnh": the paper names its sides as provinces right
    after "giữa"; they are the two the collective stands for, when those before the verb are not two provinces."""
    text = c.sentence.text
    between = _BETWEEN.search(text, c.cue_end - c.sentence.start)
    if between is None or between.start() - (c.cue_end - c.sentence.start) > 80:
        return []
    kind = _COLLECTIVE.match(text, between.end() + 1)
    if kind is None:
        return _two_of_a_name(c, between.end() + 1)
    if not re.search(r"tỉnh|địa phương", kind.group(0), re.IGNORECASE):
        return []  # "giữa hai bộ": the ministries before the verb say which two better than the most named do
    sides, agreement.guessed = _resolve_collective(
        c.ctx, kind.group(0), agreement.sentence, agreement.event or agreement.told_at
    )
    if any(kind == "org" for kind, _ in sides) and len(places := _places_of(c.ctx, sides)) == 2:
        # ("... Thỏa thuận ... giữa hai tỉnh (được lãnh đạo hai tỉnh ký kết ...)" told at a session of two departments:
        # the paper is the provinces' own, not the departments' that speak of it)
        return [("province", place) for place in sorted(places)]
    return sides if len(sides) >= 2 else []


_TWO_NAMED = re.compile(r"(?:hai|2)\s+((?:[A-ZĐÀ-Ỹ][\w&]*\s*){1,4})")


def _two_of_a_name(c: _Clause, at: int) -> Parties:
    """ "Thỏa thuận hợp tác giữa hai Trung ương Đoàn": the two bodies of the article, one of each country, whose
    names begin with the words after "hai"."""
    named = _TWO_NAMED.match(c.sentence.text, at)
    if named is None:
        return []
    words = named.group(1).strip()
    bodies = {}
    for org in c.ctx.orgs:
        if org.key.startswith(words) and org.country and org.country not in bodies:
            bodies[org.country] = org.key
    return [("org", key) for key in bodies.values()] if len(bodies) == 2 else []


def _witnessed_by(c: _Clause) -> tuple[int, int]:
    """The span of "dưới sự chứng kiến của A, B" up to its comma: those named there saw the signing, not signed."""
    text = c.sentence.text
    seen = _WITNESSED.search(text)
    if seen is None:
        return (0, 0)
    comma = text.find(",", seen.end())
    return c.sentence.start + seen.start(), c.sentence.start + (comma if comma != -1 else len(text))


def _parties_before_verb(c: _Clause) -> Parties:
    """ "Sở A và Sở B đã ký ...": the bodies and provinces before the verb, not a venue or a source."""
    text = c.ctx.text
    lo, hi = _witnessed_by(c)
    found: Parties = [
        ("org", o.key)
        for o in c.ctx.orgs_in(c.index)
        if c.opens_at <= o.start and o.end <= c.verb_at and not _venue(text, o.start) and not lo <= o.start < hi
    ]
    return found + [
        ("province", p.node_id)
        for p in c.ctx.free_provinces_in(c.index)
        if c.opens_at <= p.start
        and p.end <= c.verb_at
        and not lo <= p.start < hi
        and not _venue(text, p.start)
        and not named_as_venue(text, p.start, after_a_hall_only=True)
        and not a_seat_or_a_past(text, p.start)
        and not a_connection_point(text, p.start)
        and not in_brackets_after_a_body(text, p.start, (o.end for o in c.ctx.orgs_in(c.index)))
        and not _WITH_BEFORE.search(text, max(0, p.start - 20), p.start)
        and not besides(text, p.start)
    ]


# "hội đàm với tỉnh Hủa Phăn ... và ký biên bản ... với tỉnh Luông Prabang": the counterpart of another verb.
_WITH_BEFORE = re.compile(r"\bvới\s+(?:(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô)\s+)?$")


def _signers(c: _Clause) -> list[str]:
    """The people named right before the verb; else "hai Bộ trưởng ký": the two officials of that rank."""
    lo, hi = _witnessed_by(c)
    signers = [
        p.name
        for p in c.ctx.persons_in(c.index)
        if c.opens_at <= p.start
        and p.end <= c.verb_at
        and not lo <= p.start < hi
        and not re.search(r"[,;]", c.ctx.text[p.end : c.verb_at])
    ]
    if not signers:
        signers = _subjects_named_first(c) or _signed_by_do(c)
    officials = re.search(r"\b([Hh]ai|2)\s+(Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Tỉnh trưởng)\b", c.sentence.text)
    if officials and lo <= c.sentence.start + officials.start() < hi:
        officials = None  # "Dưới sự chứng kiến của hai Bộ trưởng, A và B đã ký ...": they saw it signed
    if not signers and officials and officials.start() < c.verb_at - c.sentence.start:
        holders = [p.name for p in c.ctx.persons if any(t.startswith(officials.group(2)) for t, _ in p.positions)]
        signers = list(dict.fromkeys(holders))[:2]
    return signers or _the_two_just_named(c)


# "Đoàn A do Đại tá X dẫn đầu; phía bạn có Đại tá Y. ..., hai ông ký biên bản": the two named just before
_THE_TWO = re.compile(r"\b(?:[Hh]ai|2)\s+(?:ông|bà|đồng chí|vị|trưởng đoàn)\s+(?:đã\s+)?$")


def _the_two_just_named(c: _Clause) -> list[str]:
    if not _THE_TWO.search(c.ctx.text, max(c.sentence.start, c.opens_at), c.verb_at):
        return []
    named = [
        p
        for i in range(max(0, c.index - 2), c.index + 1)
        for p in c.ctx.persons_in(i)
        if p.start < c.verb_at and p.country in {"VN", "LA"}
    ]
    people = {p.name: p.country for p in named}
    return list(people) if len(people) == 2 and len(set(people.values())) == 2 else []


def _signed_by_do(c: _Clause) -> list[str]:
    """ "..., do PGS.TS. A, Phó Giám đốc ... và TS. B, Trưởng khoa ... ký": the people between "do" and the verb."""
    text = c.ctx.text
    own_end = text.find(";", c.cue_end, c.sentence.end)
    own = _DO_THEN_SIGNED.search(text, c.cue_end, c.sentence.end if own_end == -1 else own_end)
    if own is not None:
        # an item of a list with its own signers: "...: Biên bản ghi nhớ giữa A và B ..., do ông X ... ký; ..."
        lo, hi = own.span(1)
    else:
        lo, hi = text.rfind(" do ", c.opens_at, c.verb_at), c.verb_at
        if lo == -1 or re.search(r"[;:]", text[lo:hi]):
            return []
        if re.search(r"\b(?:trình bày|cho biết)\s*,", text[lo:hi]):
            return []  # "Theo báo cáo do ông A ... trình bày, Thỏa thuận ... được ký kết": who reports it signed none
    return [p.name for p in c.ctx.persons_in(c.index) if lo < p.start and p.end <= hi]


_DO_THEN_SIGNED = re.compile(r"\sdo\s+([^;:]{3,240}?)\s+(?:ký|kí)(?:\s+kết)?\b")


def _subjects_named_first(c: _Clause) -> list[str]:
    """ "Đại tá A, Giám đốc Công an tỉnh X và Đại tá B, Giám đốc Sở An ninh tỉnh Y ký kết ...": a sentence that opens
    on the people, each with a post, then signs: all of them before the verb signed."""
    before = [p for p in c.ctx.persons_in(c.index) if p.end <= c.verb_at]
    if len(before) < 2:
        return []
    lead = c.ctx.text[c.sentence.start : before[0].start]
    # "Cũng tại buổi hội đàm, Trung tá A, ... và Thiếu tá B, ... ký ...", "Chiều 3/9, Đại tá A ...": the frame or
    # the day before the people, then at most their rank
    lead = _FRAME_FIRST.sub("", lead, count=1)
    # (the first one's body is part of their post: "Bộ trưởng Bộ Tài chính Việt Nam A và ...")
    bodies = sum(o.end - o.start for o in c.ctx.orgs_in(c.index) if o.end <= before[0].start)
    if len(lead) - bodies > 30:
        return []
    between = c.ctx.text[before[0].end : c.verb_at]
    if re.search(r"[;:]|\b(?:cho biết|phát biểu|nhấn mạnh|khẳng định|tiếp|gặp|hội đàm|làm việc)\b", lead + between):
        return []
    return [p.name for p in before] if re.search(r"\bvà\b", between) else []


_FRAME_FIRST = re.compile(
    r"^(?:Cũng\s+)?(?:[Tt]ại|[Tt]rong|[Nn]hân|[Ss]au|[Kk]ết thúc|[Bb]ên lề)\b[^,;:]{0,60},\s*"
    r"|^(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm nay|[Hh]ôm qua)[\s\d/.-]{0,14},\s*"
)


# "Hiệp định ... giữa hai Chính phủ": the two states the news is about, by their governments
_TWO_STATES = re.compile(r"\bgiữa\s+hai\s+(?:Chính phủ|nước|Nhà nước)\b")


def _the_two_governments(ctx: DocContext, c: _Cue) -> Parties:
    if not _TWO_STATES.search(re.split(r"[,;.]", c.after, maxsplit=1)[0]):
        return []
    governments = {o.country: o.key for o in ctx.orgs if o.org_type == "government" and o.country in ("VN", "LA")}
    if len(governments) == 2:
        return [("org", governments["VN"]), ("org", governments["LA"])]
    return [("country", "country:VN"), ("country", "country:LA")]


def _countries_of(ctx: DocContext, index: int) -> Parties:
    countries = list(dict.fromkeys(c.node_id for c in ctx.countries_in(index)))
    return [("country", c) for c in countries] if len(countries) >= 2 else []


def _signers_of_the_set(ctx: DocContext, index: int) -> list[str]:
    """ "A và B đã ký kết 3 văn bản hợp tác. 3 văn bản gồm: X; Y; Z": who signed the set signed each item."""
    sentence = ctx.sentences[index]
    verb = _SIGNED.search(sentence.text)
    if verb is None:
        return []
    at = sentence.start + verb.start()
    return _signers(_Clause(ctx, index, at, sentence.start + verb.end(), at))


def _signers_bodies(c: _Clause, signers: list[str]) -> Parties:
    """Signers stand for their bodies, wherever in the document their posts are given."""
    return [
        ("org", org.key)
        for signer in signers
        for person in c.ctx.persons
        if person.name == signer
        for _, org in person.positions
        if org is not None
    ]


# "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy": a post of "the province", left unnamed on its own province's page.
POST_OF_THE_PROVINCE = re.compile(r"(?:\btỉnh|Tỉnh ủy|Tỉnh uỷ)$")


def _signers_unnamed_province(ctx: DocContext, signers: list[str], named: set[str]) -> Parties:
    """ "Chủ tịch UBND tỉnh Trần Đình Phùng và Tỉnh trưởng tỉnh B ... đã ký ...": the signer of the other side holds a
    post of the province unnamed; his side is the page's own province of his country."""
    other = {province_country(p) for p in named}
    for person in ctx.persons:
        if person.name not in signers or person.country not in {"VN", "LA"} - other:
            continue
        if any(org is None and POST_OF_THE_PROVINCE.search(title) for title, org in person.positions):
            home = ctx.home_province(person.country)
            return [("province", home)] if home is not None else []
    return []


def _counterpart(c: _Clause) -> Parties:
    """ "ký ... với Sở B", "trao ... cho Sở B": the party named after "với" or "cho"; or, when the verb comes
    first, between it and the paper ("Sở đã ký với Sở B tỉnh X Kế hoạch hợp tác ...")."""
    text = c.sentence.text
    first = _SIGNED_WITH.match(text, c.verb_at - c.sentence.start, c.cue_start - c.sentence.start)
    if c.verb_at < c.cue_start and first is not None:
        return c.within(c.sentence.start + first.end(), c.cue_start, c.ctx.provinces_in(c.index))
    counterpart = re.search(r"\b(cho|với)\s+", text[c.cue_end - c.sentence.start :])
    if counterpart is None:
        return []
    at = c.cue_end + counterpart.end()
    semicolon = c.sentence.text.find(";", at - c.sentence.start)
    end = at + 60 if semicolon < 0 else min(at + 60, c.sentence.start + semicolon)
    return c.within(at, end, c.ctx.provinces_in(c.index))


# "ký với Sở B tỉnh X Kế hoạch ...", "ký kết với tỉnh X Biên bản ...": the verb, then who it was signed with
_SIGNED_WITH = re.compile(r"(?:đã\s+)?(?:ký kết|ký|kí kết|kí)\s+(?:chính thức\s+)?với\s+")


def _read_parties(
    ctx: DocContext,
    agreement: FoundAgreement,
    cue_start: int,
    cue_end: int,
    events: list[FoundEvent],
    counted: bool = False,  # "ký kết 3 văn bản hợp tác": a number of papers, not one named
) -> None:
    """Who is party to an agreement, from the surest reading to the weakest; a weaker one is asked only while
    fewer than two parties are known."""
    sentence = ctx.sentences[agreement.sentence]
    # "A và B ký Thỏa thuận ...; C và D ký Thỏa thuận ...": the second paper's sides are in its own clause
    clause = sentence.text.rfind(";", 0, cue_start - sentence.start) + 1  # (not an earlier item's "do ... ký;")
    own = clause
    item_end = sentence.text.find(";", cue_end - sentence.start)
    item_end = len(sentence.text) if item_end < 0 else item_end
    # ("...; Sở B, trên cơ sở biên bản ghi nhớ ký với Sở C năm 2019, đã ...": an item that signs after the paper's
    # name signs on its own)
    if own and not _SIGNED.search(sentence.text, own, item_end):
        own = 0  # "...: Kế hoạch ...; Biên bản ghi nhớ ...": an item of a list the clause before signed
    colon = sentence.text.rfind(":", clause, cue_start - sentence.start) + 1
    if colon and _SIGNED.search(sentence.text, colon, cue_start - sentence.start):
        own = colon  # "A có quan hệ với các tỉnh bạn: tỉnh B đã ký X với tỉnh C": the item signs on its own
    # "kỷ niệm 47 năm Ngày ký Hiệp ước ...": the name of an anniversary signs nothing here
    verbs = [
        v for v in _SIGNED.finditer(sentence.text, own) if not _ANNIVERSARY_DAY.search(sentence.text, 0, v.start())
    ]
    # the verb nearest before the cue ("Trên cơ sở Thỏa thuận ... mà hai tỉnh đã ký kết, ..., A và B đã ký biên bản
    # ..."), else the first after it
    before = [v for v in verbs if clause <= v.start() and v.end() <= cue_start - sentence.start]
    verb = before[-1] if before else (verbs[0] if verbs else None)
    verb_at = sentence.start + (verb.start() if verb else cue_start - sentence.start)
    c = _Clause(ctx, agreement.sentence, cue_start, cue_end, verb_at, sentence.start + own)
    between = _parties_between(c)
    agreement.named_between = len(set(between)) >= 2
    parties = between or _parties_before_verb(c)
    if len(_places_of(ctx, parties)) < 2:
        parties = _sides_by_kind(c, agreement) or parties
    agreement.signers = _signers(c)
    if len(parties) < 2:
        parties = list(dict.fromkeys(parties + _signers_bodies(c, agreement.signers)))
    if len(_places_of(ctx, parties)) == 1:
        parties += _signers_unnamed_province(ctx, agreement.signers, _places_of(ctx, parties))
    # (not past the paper's clause nor before the list it is told in: in "..., với các tỉnh bạn: A đã ký X với B;
    # C có quan hệ với hai tỉnh D và E" neither "các tỉnh" nor "hai tỉnh" counts the sides of X)
    next_clause = sentence.text.find(";", cue_end - sentence.start)
    clause_end = next_clause if next_clause >= 0 else len(sentence.text)
    lead = colon if colon and parties and own == colon else 0
    # ("hai bên đánh giá việc triển khai biên bản ghi nhớ giữa hai Bộ": the paper's own "giữa hai Bộ" says whose it
    # is, not the meeting's "hai bên")
    own_sides = _BETWEEN.search(sentence.text, cue_end - sentence.start, clause_end)
    collective = (own_sides and _COLLECTIVE.match(sentence.text, own_sides.end() + 1)) or _COLLECTIVE.search(
        sentence.text, lead, clause_end
    )
    if len(parties) < 2 and collective:
        # ("Trong giai đoạn qua, hai tỉnh đã ...": the provinces themselves; "Sở Y tế hai tỉnh", their bodies)
        bare = re.search(r"(?:^|[,;:])\s*$", sentence.text[: collective.start()]) is not None
        resolved, agreement.guessed = _resolve_collective(
            ctx,
            collective.group(0),
            agreement.sentence,
            agreement.event or agreement.told_at,
            bare,
            at=sentence.start + collective.start(),
        )
        parties = resolved or parties
    if len(parties) < 2:
        parties += _counterpart(c)
    if len(parties) < 2 and agreement.event is not None:
        sides = _event_parties(ctx, agreement.event)
        # (papers counted at a meeting of many provinces are some of theirs, not every one's with every other's:
        # "Trong khuôn khổ hội nghị của các tỉnh biên giới đã diễn ra lễ ký kết 3 văn bản hợp tác")
        if not (counted and len(_places_of(ctx, sides)) > 2):
            parties = sides or parties
    agreement.parties = list(dict.fromkeys(parties))


_ANNIVERSARY_DAY = re.compile(r"(?:[Nn]gày|năm)\s+$")


def _venue(text: str, pos: int) -> bool:
    """A place ("tại trụ sở Bộ ...", "tại thành phố Sa-la-van") or a source ("Theo Văn phòng UBND tỉnh ...") is no
    party."""
    return bool(_VENUE_OR_SOURCE.search(text, max(0, pos - 25), pos))


# (Not "tại tỉnh X": "Sáng 14-5, tại tỉnh Trà Vinh đã ký kết ... giữa hai tỉnh" makes the host one of the two.)
_VENUE_OR_SOURCE = re.compile(r"(trụ sở|tại|\bTheo)\s+(?:(?:thành phố|[Tt]hủ đô)\s+|TP\.?\s*)?$")


def _event_parties(ctx: DocContext, event: FoundEvent) -> list[tuple[str, str]]:
    """Who signed at a meeting: the provincial bodies taking part when they stand for two provinces or more
    ("hai bên" of two military commands are those commands), else the provinces taking part when there are two
    or more, else the bodies taking part."""
    bodies = list(dict.fromkeys(ref for kind, ref, _, _ in event.participants if kind == "org"))
    place_of = {o.key: province for o in ctx.orgs if o.key in bodies and (province := speaks_for_province(o))}
    if len(set(place_of.values())) >= 2:
        return [("org", ref) for ref in bodies if ref in place_of]
    places = [ref for kind, ref, _, _ in event.participants if kind == "province"] + list(place_of.values())
    if len(set(places)) >= 2:
        return [("province", p) for p in dict.fromkeys(places)]
    return [("org", ref) for ref in bodies]


def _resolve_collective(
    ctx: DocContext, phrase: str, index: int, event: FoundEvent | None, bare: bool = False, at: int | None = None
) -> tuple[list[tuple[str, str]], bool]:
    """ "hai Bộ" -> the document's two ministries; "2 tỉnh Hưng Yên, Hòa Bình" -> those provinces; "hai tỉnh" as a
    clause's bare subject -> the two the sentence before named. Also whether the answer is only a guess: the
    document's two most-named provinces when none is named near the phrase."""
    lowered = phrase.lower()
    if "tỉnh" in lowered and at is not None:
        provinces, guessed = _resolve_collective(ctx, phrase, index, event, bare)
        # "Sở Y tế hai tỉnh ký biên bản ...": the bodies of that kind the two provinces have, where the page names both
        kind = _BODY_OF_THE_PROVINCES.search(ctx.text, max(0, at - 50), at)
        bodies = _bodies_of(ctx, kind.group(1), [ref for _, ref in provinces]) if kind else []
        return ([("org", key) for key in bodies], False) if bodies else (provinces, guessed)
    if "tỉnh" in lowered or "địa phương" in lowered:
        named = [("province", p.node_id) for p in ctx.provinces_in(index)]
        if len(set(named)) >= 2:
            return list(dict.fromkeys(named)), False
        if not named and bare and _TWO_PROVINCES.match(phrase):
            # "... giữa tỉnh A và tỉnh B. Trong giai đoạn 2021 - 2025, hai tỉnh đã triển khai Thỏa thuận ...": the
            # two the sentence before named, one of each country
            just_named = ctx.recent_provinces(index, back=1)
            if len(just_named) == 2 and len({province_country(p) for p in just_named}) == 2:
                return [("province", p) for p in just_named], False
        if event is not None:
            # "ngành Y tế 3 tỉnh Bắc Lào" with none of them named here: the sides of the meeting it was signed at,
            # their bodies when those stand for two provinces or more.
            sides = _event_parties(ctx, event)
            if len(_places_of(ctx, sides)) >= 2:
                return sides, False
        guess = _main_provinces(ctx)
        return guess, bool(guess)
    head = {"bộ": "ministry", "sở": "department"}.get(lowered.split()[-1])
    if head is not None and at is not None:
        # "hợp tác giữa Sở A tỉnh X và Sở A tỉnh Y: hai sở đã ký ...": the two its own sentence has just named
        named = list(dict.fromkeys(o.key for o in ctx.orgs_in(index) if o.org_type == head and o.end <= at))
        if len(named) == 2:
            return [("org", key) for key in named], False
    sides = _event_parties(ctx, event) if head is None and event is not None else []
    if sides:
        return sides, False  # "hai bên": the two sides of the meeting it was signed at
    if head is not None and event is not None and len(met := _one_of_each_country(ctx, event, head)) == 2:
        # "Tại buổi làm việc, ... rà soát Bản ghi nhớ giữa hai Sở ký năm 2022": the two departments of the meeting
        # it was told at (not the department another country's province has named most)
        return [("org", key) for key in met], False
    return [("org", o.key) for o in _main_bodies(ctx.orgs, head)], False


_BODY_OF_THE_PROVINCES = re.compile(
    r"\b((?:Sở|Công an|Bộ Chỉ huy|Bộ CHQS|Bộ CHBĐBP|Ủy ban nhân dân|UBND|Hội|Bệnh viện|Ban|Liên hiệp|Tỉnh ủy|HĐND"
    r"|Hội đồng nhân dân|Tỉnh đoàn)\b[^,.;:()]{0,30}?)\s+$"
)


def _bodies_of(ctx: DocContext, kind: str, provinces: list[str]) -> list[str]:
    """The body whose name opens with kind ("Sở Y tế") of each province, when the page names one for each."""
    head = fold(kind)
    found = {}
    for org in ctx.orgs:
        province = speaks_for_province(org)
        if province in provinces and fold(org.name).startswith(head) and province not in found:
            found[province] = org.key
    return list(found.values()) if len(provinces) >= 2 and len(found) == len(provinces) else []


def _one_of_each_country(ctx: DocContext, event: FoundEvent, org_type: str) -> list[str]:
    """The bodies of a kind taking part in a meeting, when there is one of each country."""
    taking_part = {ref for kind, ref, _, _ in event.participants if kind == "org"}
    kind_of = {o.key: o for o in ctx.orgs if o.key in taking_part and o.org_type == org_type and o.country}
    countries = [o.country for o in kind_of.values()]
    return list(kind_of) if len(countries) == len(set(countries)) else []


_TWO_PROVINCES = re.compile(r"(?:hai|2)\s+(?:tỉnh|địa phương)\b", re.IGNORECASE)


def _main_bodies(orgs: list[FoundOrg], org_type: str | None) -> list[FoundOrg]:
    """The most-named body of each country (of one kind, when given): who "hai Bộ" or "hai bên" means."""
    counts = Counter(o.key for o in orgs if org_type is None or o.org_type == org_type)
    best: dict[str, FoundOrg] = {}
    for org in sorted(orgs, key=lambda o: -counts[o.key]):
        if counts[org.key] and org.country and org.country not in best:
            best[org.country] = org
    return list(best.values()) if len(best) >= 2 else []


def _main_provinces(ctx: DocContext) -> list[tuple[str, str]]:
    counts = Counter(p.node_id for p in ctx.provinces)
    top = [node_id for node_id, _ in counts.most_common(2)]
    return [("province", node_id) for node_id in top] if len(top) == 2 else []
