"""Pairs of provinces the text says cooperate: through an agreement between them or their bodies, a meeting
between their bodies, or an explicit statement ("thiết lập quan hệ hợp tác hữu nghị với 3 tỉnh ... gồm ...").

Never from mere co-mention: "Houaphanh ... giáp Sơn La, Thanh Hóa và Nghệ An" pairs nobody.
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise

from graph.schema import EventType, Role
from ingest.extract.agreements import POST_OF_THE_PROVINCE, FoundAgreement
from ingest.extract.context import DocContext
from ingest.extract.events import ANOTHER_SUBJECTS_CLAUSE, FoundEvent
from ingest.extract.models import PartnershipStatement, PlaceMention
from ingest.extract.orgs import speaks_for_province
from ingest.extract.places import DASH, besides, named_as_venue, neighbours_are_partners, province_country
from ingest.gazetteer import Province, load_gazetteer
from ingest.letters import UPPER, lowered

# Read on the lowered sentence (ingest.letters.lowered): every sentence is tried, few hold a statement.
# "hợp tác chặt chẽ với", "phối hợp hiệu quả": how closely two work together is said between the verb and "với".
_CLOSELY = r"(?:\s+(?:chặt chẽ|hiệu quả|tốt|thường xuyên|tích cực|mật thiết|lâu dài|lần lượt))"
_STATEMENT = re.compile(
    r"(kết nghĩa|quan hệ hợp tác|quan hệ hữu nghị(?:,| và) hợp tác|hợp tác hữu nghị|hợp tác toàn diện|"
    r"thiết lập quan hệ|tăng cường hợp tác|"
    rf"hợp tác giữa|đẩy mạnh hợp tác|hợp tác{_CLOSELY}*\s+với|hợp tác, hỗ trợ|phối hợp{_CLOSELY}*\s+với|"
    rf"hợp tác{_CLOSELY}+|phối hợp{_CLOSELY}+|"
    # "mối quan hệ hữu nghị đặc biệt giữa hai tỉnh A và B", "tình đoàn kết gắn bó giữa tỉnh A và tỉnh B": the
    # bond the text says two provinces have
    r"quan hệ[^.;]{0,80}?\bgiữa\b|tình đoàn kết[^.;]{0,80}?\bgiữa\b|tình hữu nghị[^.;]{0,80}?\bgiữa\b|"
    # "quan hệ hữu nghị của tỉnh Vĩnh Phúc (cũ) với tỉnh Xay-sổm-bun"
    r"quan hệ hữu nghị của\b|"
    # "Sở A của tỉnh X và Sở B của tỉnh Y phối hợp xây dựng ...": two joined before the verb (_joined_subjects)
    r"phối hợp\b|"
    # "Sở A đã cùng Sở B của tỉnh bạn vận hành trang thông tin ...": "cùng" after "đã" or "đang" is "với"
    r"đã cùng\b|đang cùng\b)"
)
# ("Khăm Muồn vốn là tỉnh kết nghĩa của Quảng Bình": the one it is twinned to)
_WITH = re.compile(r"\bvới\b|\b(?:đã|đang) cùng\b|(?<=kết nghĩa )của\b")
# Every cue of _STATEMENT holds one of these: a sentence with none is not searched (a test checks the two agree).
STATEMENT_WORDS = ("hợp", "kết nghĩa", "thiết lập", "quan hệ", "tình đoàn kết", "tình hữu nghị", "đã cùng", "đang cùng")
_NEIGHBOUR = re.compile(r"(giáp|tiếp giáp|đường biên giới|láng giềng)", re.IGNORECASE)
# A wish, a plan, a condition, a study or a denial states no cooperation: "sẽ hỗ trợ", "mong muốn quan hệ hợp tác
# ...", "sẵn sàng hợp tác ... nếu ...", "dự thảo thỏa thuận hợp tác giữa ...", "nghiên cứu khả năng hợp tác với ...",
# "chưa hợp tác", "xúc tiến thiết lập quan hệ hợp tác với ..." (working towards one), "chuẩn bị ký kết hợp tác với ...",
# "xây dựng đề án hỗ trợ ... cho tỉnh ..." (one being prepared or drafted);
# "sẽ tiếp tục củng cố" goes on with one that exists, and "viện trợ không hoàn lại" is aid given as a grant.
_NOT_YET = re.compile(
    r"\b(sẽ(?! tiếp tục)|dự kiến|sắp(?! xếp)|mong muốn|mong|muốn|hy vọng|hi vọng|đề nghị|đề xuất|tiến tới"
    r"|hướng tới(?! kỷ niệm| chào mừng)"
    r"|sẵn sàng|nếu|dự thảo|chưa|không(?! hoàn lại)|kế hoạch|khả năng|xem xét|tìm hiểu|tìm kiếm cơ hội"
    r"|chuẩn bị|xây dựng đề án|nghiên cứu phương án|nghiên cứu việc"
    # ("tỉnh A cũng quan tâm đến hợp tác với tỉnh B": an interest, no cooperation yet)
    r"|quan tâm (?:đến|tới)\s+(?:việc\s+)?(?:mở rộng|thúc đẩy|thiết lập|hợp tác)"
    # ("Lâm Đồng xúc tiến quan hệ hợp tác với tỉnh B": a relation being sought, not one that is)
    r"|xúc tiến(?:\s+việc)?\s+(?:thiết lập|ký|kết nghĩa|xây dựng|(?:quan hệ\s+)?hợp tác)"
    # ("Công an tỉnh A đang trao đổi để có thể ký kết thỏa thuận hợp tác với Công an tỉnh B": to sign one day)
    r"|để(?:\s+có thể)?\s+(?:ký|kí)"
    # ("Trong bản tin tuần tới, mời quý vị đón xem: Lễ ký kết thỏa thuận giữa tỉnh A và tỉnh B": next week's)
    r"|đón xem|đón đọc|đón nghe"
    # ("đang hoàn thiện đề án thiết lập quan hệ hợp tác giữa tỉnh A và tỉnh B": a scheme still on paper)
    r"|(?:hoàn thiện|hoàn tất|trình)\s+(?:các\s+)?(?:đề án|thủ tục|hồ sơ)|đề án thiết lập"
    # ("đang xây dựng nội dung thỏa thuận hợp tác với tỉnh B": a paper being drafted)
    r"|xây dựng (?:nội dung|dự thảo)\s+(?:thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|kế hoạch|chương trình))\b",
    re.IGNORECASE,
)


# A province that only says where a firm or a district is ("Công ty Bảo Ngọc (Bình Phước)", "huyện Tam Bình
# (tỉnh Vĩnh Long)", "huyện Viêng-xay, tỉnh Hủa-phăn") locates something; it states no cooperation of its own.
_LOCATES = re.compile(
    r"(?:\(\s*(?:tỉnh|thành phố|TP\.?)?\s*"
    r"|\b(?:huyện|xã|thị xã|thị trấn|quận|phường|bản|khóm|thôn)\s+[\w\s-]{1,30},\s*(?:tỉnh|thành phố|TP\.?)?\s*)$",
    re.IGNORECASE,
)


def _actor_provinces(ctx: DocContext, index: int) -> list[PlaceMention]:
    """Provinces a statement can pair: named for themselves, not aside (a diplomat's seat, inside another
    body's name) nor locating a firm or a district."""
    return [
        p
        for p in ctx.provinces_in(index)
        if not p.aside
        and not _LOCATES.search(ctx.text[max(0, p.start - 50) : p.start])
        and not _WHERE.search(ctx.text[max(0, p.start - 25) : p.start])
        and not _a_source(ctx, index, p)
    ]


# "Cũng theo Sở Công Thương Đà Nẵng, Sở Công Thương tỉnh Quảng Nam đã ký ... với ...": the body the news is told
# by names no side of what it tells.
_ACCORDING_TO = re.compile(r"(?:^|[,;:]\s*)(?:[Cc]ũng\s+)?[Tt]heo\s+$")


def _a_source(ctx: DocContext, index: int, place: PlaceMention) -> bool:
    start = ctx.sentences[index].start
    body = next((o for o in ctx.orgs_in(index) if o.start <= place.start < o.end), None)
    return body is not None and _ACCORDING_TO.search(ctx.text[start : body.start]) is not None


# "Sinh viên Lào tại tỉnh Thừa Thiên Huế được ... tặng quà": a province named as where something is or happens
# ("tại", "ở") is a place, not a side that gives, receives or cooperates.
# ("một địa phương nằm sát thủ đô Viêng Chăn": a place told by what it lies next to)
_WHERE = re.compile(r"\b(?:tại|ở|nằm (?:sát|gần|cạnh|bên|giữa|cách))\s+(?:(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô)\s+)?$")


def _sides_of_one_country(ctx: DocContext, agreement: FoundAgreement) -> bool:
    """Two provinces of one country are partners through a paper only when it names them as its sides ("giữa Thành
    phố Hồ Chí Minh và tỉnh Nghệ An") or each signed through a body of its own; a province a meeting's sentence named
    as a place, or the one a firm sits in, is no side of a paper of that meeting."""
    if agreement.named_between:
        return True
    if (joint := _joint_subject(ctx, agreement.sentence)) and {
        ref for kind, ref in agreement.parties if kind == "province"
    } <= set(joint):
        return True
    bodies = [province_of(ctx, kind, ref) for kind, ref in agreement.parties if kind == "org"]
    places = {ref for kind, ref in agreement.parties if kind == "province"}
    return places <= {b for b in bodies if b}


# "lãnh đạo hai tỉnh Luông Pha Băng và Xay-nha-bu-ly đã tổ chức hội đàm", "Sở Y tế hai tỉnh A và B vừa ký biên bản
# ghi nhớ": two provinces of one country joined as the whole subject of a meeting or a paper of their own. Not a
# delegation ("Đoàn hai tỉnh A và B sang thăm ...": co-delegates on one side) nor one held with a side named after
# it ("... tổ chức hội nghị với các sở của Lào").
_JOINT_LEAD = re.compile(
    r"(?:(?:ngày|tháng|năm)\s+[\d/-]+\s+)?"
    r"(?:(?:lãnh đạo|chính quyền|đại diện|UBND|Ủy ban nhân dân|(?-i:Sở|Công an|Bộ Chỉ huy)\b[^;:()]*?)\s+)?"
    r"(?:(?:hai|2)\s+)?(?:tỉnh|thành phố|TP\.?)?\s*",
    re.IGNORECASE,
)
_JOINT_ACT = re.compile(
    r"\s*(?:\((?:nước\s+)?(?:Lào|Việt Nam|CHDCND Lào)\)|của (?:nước bạn\s+)?(?:Lào|Việt Nam))?\s*"
    r"(?:(?:đã|vừa|cùng|cùng nhau|chính thức)\s+)*(?:tổ chức|hội đàm|ký|họp)\b",
    re.IGNORECASE,
)
_CLAUSE_OPENS = re.compile(r"[,;:]\s*")


def _joint_subject(ctx: DocContext, index: int) -> tuple[str, str] | None:
    """The two provinces of one country a sentence joins as the whole subject of their own meeting or paper."""
    sentence = ctx.sentences[index]
    named = ctx.provinces_in(index)
    for a, b in pairwise(named):
        if a.node_id == b.node_id or province_country(a.node_id) != province_country(b.node_id):
            continue
        if not _joined(ctx, a, b):
            continue
        before = ctx.text[sentence.start : a.start]
        # (a comma inside a body's name opens no clause: "Sở Thông tin, Văn hóa và Du lịch hai tỉnh A và B đã ký")
        names = [(o.start - sentence.start, o.end - sentence.start) for o in ctx.orgs_in(index)]
        opens = max(
            (m.end() for m in _CLAUSE_OPENS.finditer(before) if not any(s < m.start() < e for s, e in names)),
            default=0,
        )
        act = _JOINT_ACT.match(ctx.text, b.end, sentence.end)
        if act is None or not _JOINT_LEAD.fullmatch(before, opens):
            continue
        clause_end = min((m.start() for m in re.finditer(r"[;.]", ctx.text[act.end() : sentence.end])), default=None)
        rest = ctx.text[act.end() : sentence.end if clause_end is None else act.end() + clause_end]
        if re.search(r"\bvới\b", rest):
            continue
        return tuple(sorted((a.node_id, b.node_id)))
    return None


def province_of(ctx: DocContext, kind: str, ref: str) -> str | None:
    if kind == "province":
        return ref
    if kind == "org":
        for org in ctx.orgs:
            if org.key == ref and (province := speaks_for_province(org)):
                return province
    return None


def _across(provinces: set[str]) -> list[tuple[str, str]]:
    """Pairs from a meeting: across the two countries only. Two provinces of one country at a meeting sit on
    one side of it (co-delegates visiting a third), which makes them no partners."""
    return [(a, b) for a, b in combinations(sorted(provinces), 2) if province_country(a) != province_country(b)]


def _one_country(ctx: DocContext, event: FoundEvent, provinces: set[str]) -> list[tuple[str, str]]:
    """Partners at a meeting of provinces of one country only: the two whose bodies meet, or the one whose
    delegation works with the others."""
    if len(provinces) < 2 or len({province_country(p) for p in provinces}) != 1:
        return []
    return (
        _two_of_one_country(ctx, event, provinces)
        or _delegation_with(ctx, event, provinces)
        or _held_jointly(ctx, event, provinces)
        or _co_chaired(ctx, event, provinces)
    )


def _co_chaired(ctx: DocContext, event: FoundEvent, provinces: set[str]) -> list[tuple[str, str]]:
    """ "Phó Tỉnh trưởng tỉnh A X và Phó Tỉnh trưởng tỉnh B Y đồng chủ trì hội nghị": two provinces of one country,
    the only two at the meeting, that chair it together sit across its table."""
    chairs = {ref for kind, ref, role, _ in event.participants if kind == "province" and role is Role.CO_CHAIR}
    if len(provinces) != 2 or chairs != provinces or _national_body_met(ctx, event):
        return []
    return [tuple(sorted(provinces))]


def _held_jointly(ctx: DocContext, event: FoundEvent, provinces: set[str]) -> list[tuple[str, str]]:
    """The two provinces the meeting's own sentence joins as its whole subject, when no national body sits in."""
    joint = _joint_subject(ctx, event.anchor)
    if joint is None or set(joint) != provinces or _national_body_met(ctx, event):
        return []
    return [joint]


def _two_of_one_country(ctx: DocContext, event: FoundEvent, provinces: set[str]) -> list[tuple[str, str]]:
    """A meeting between the bodies of two provinces of one country, and no other province ("Sở Y tế tỉnh A làm
    việc với Sở Y tế tỉnh B"): the two are partners. Each must take part through a body of its own."""
    if len(provinces) != 2:
        return []
    refs = {ref for kind, ref, *_ in event.participants if kind == "org"}
    bodies = {province_of(ctx, "org", ref) for ref in refs}
    # "Bộ Công Thương hai nước tổ chức hội nghị ..., tham dự có UBND các tỉnh A, B": a nation's meeting seats the
    # two side by side, not across from each other.
    if not provinces <= bodies or _national_body_met(ctx, event):
        return []
    return [tuple(sorted(provinces))]


# "Bí thư Thành ủy ... dẫn đầu đoàn của thành phố sang làm việc với các tỉnh A, B, C": the one province
# whose delegation comes, and those it works with.
_WORKS_WITH_THEM = re.compile(r"\b(?:làm việc|hội đàm|gặp gỡ|trao đổi)\s+với\b")


def _delegation_with(ctx: DocContext, event: FoundEvent, provinces: set[str]) -> list[tuple[str, str]]:
    text = ctx.sentence_text(event.anchor)
    works = _WORKS_WITH_THEM.search(text)
    if works is None or "đoàn" not in text[: works.start()].lower():
        return []
    start = ctx.sentences[event.anchor].start
    named = ctx.provinces_in(event.anchor)
    coming = {p.node_id for p in named if p.start - start < works.start()} & provinces
    hosts = {p.node_id for p in named if works.end() < p.start - start < _object_end(text, works.end())} & provinces
    if len(coming) != 1 or not hosts - coming:
        return []
    return [tuple(sorted((a, b))) for a in coming for b in sorted(hosts - coming)]


# "Hội nghị cũng có sự tham dự của đại diện Sở Ngoại vụ tỉnh X với tư cách quan sát viên": who watches or is a
# guest of honour at two provinces' meeting is no side of it
_AS_OBSERVER = re.compile(r"\bvới tư cách(?: là)? (?:quan sát viên|khách mời|đại biểu khách mời|quan sát)\b")


def _watching(ctx: DocContext, index: int) -> bool:
    return "tư cách" in ctx.sentence_text(index) and _AS_OBSERVER.search(ctx.sentence_text(index)) is not None


_GATHERINGS = {EventType.CONFERENCE, EventType.FORUM, EventType.WORKSHOP, EventType.ONLINE_MEETING}


def _many_on_each_side(event: FoundEvent, provinces: set[str]) -> bool:
    """A conference with several provinces of each country ("các tỉnh Bắc Trung Bộ và các tỉnh Trung Lào") seats
    them together; it says which of them work with which no more than a list does."""
    sides = [sum(1 for p in provinces if province_country(p) == c) for c in ("VN", "LA")]
    return event.event_type in _GATHERINGS and min(sides) >= 2


def _counted_on_each_side(ctx: DocContext, event: FoundEvent) -> bool:
    """ "Tham dự hội nghị có lãnh đạo Sở của 9 tỉnh ... có chung đường biên giới với Lào và ... của 10 tỉnh biên
    giới của Lào": a gathering that counts several provinces on each side seats them, named or not."""
    if event.event_type not in _GATHERINGS:
        return False
    return any(_counts_each_side(ctx.sentence_text(index)) for index in event.sentences)


def _counts_each_side(text: str) -> bool:
    counts = list(_MANY_PROVINCES.finditer(text))
    # (not what a speaker says: "hai tỉnh có thể kết nối tour với các tỉnh Tây Bắc Việt Nam và các tỉnh ... Thái Lan")
    return len(counts) >= 2 and not _SPOKEN.search(text, 0, counts[0].start())


_SPOKEN = re.compile(r"\b(?:cho rằng|cho biết|đề nghị|đề xuất|mong muốn|nhấn mạnh|khẳng định|bày tỏ)\b")


# ("hai tỉnh" are the two sides of one pair)
_MANY_PROVINCES = re.compile(r"\b(?:[3-9]|[1-9]\d|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)\s+tỉnh\b")


def _taking_part(ctx: DocContext, event: FoundEvent) -> dict[str, int]:
    """The provinces a meeting's participants stand for, and its host, each with the sentence that first names it."""
    provinces: dict[str, int] = {}
    for kind, ref, _, sentence in event.participants:
        if kind in {"org", "province"} and (p := province_of(ctx, kind, ref)) and not _watching(ctx, sentence):
            provinces.setdefault(p, sentence)
    for capital in [p for p in provinces if _a_capital_on_the_way(ctx, event, p)]:
        del provinces[capital]
    if len({province_country(p) for p in provinces}) == 1 and event.event_type in _TWO_SIDED:
        for province, sentence in _posts_of_the_other_side(ctx, event, province_country(next(iter(provinces)))):
            provinces.setdefault(province, sentence)
    host = _host_province(ctx, event, set(provinces))
    if host is not None:
        provinces.setdefault(host, event.anchor)
    if len(provinces) == 1 and (home := _other_side_of_one_province(ctx, event, next(iter(provinces)))) is not None:
        provinces.setdefault(home, event.anchor)
    return provinces


# Meetings of two sides: at a ceremony or a course, one of its trainees or guests speaks for no side.
_TWO_SIDED = frozenset(
    {EventType.TALKS, EventType.WORKING_SESSION, EventType.RECEPTION, EventType.SIGNING, EventType.ONLINE_MEETING}
)


def _posts_of_the_other_side(ctx: DocContext, event: FoundEvent, country: str) -> list[tuple[str, int]]:
    """Where a meeting's bodies and provinces are of one country only: the provinces of the other country whose
    bodies the people taking part hold posts in ("Tôi và Đại tá A, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh B, đã ký
    biên bản hội đàm", told by the commander of the other province's border guard the lead named)."""
    # (named in the meeting's own sentences, or its teller when they speak of it in the first person: not one lent
    # from a meeting told a paragraph before)
    people = {
        ref: sentence
        for kind, ref, _, sentence in event.participants
        if kind == "person" and sentence in event.sentences and not _watching(ctx, sentence)
    }
    speaker = _the_teller(ctx, event)
    if speaker is not None:
        people.setdefault(speaker, event.anchor)
    return [
        (province, people[person.name])
        for person in ctx.persons  # (each mention: the post is told at the first, "Đại tá A" alone at the next)
        if person.name in people
        for _, org in person.positions
        if org is not None and (province := speaks_for_province(org)) and province_country(province) != country
    ]


_FIRST_PERSON = re.compile(r"\b(?:[Tt]ôi|[Cc]húng tôi)\b")


def _the_teller(ctx: DocContext, event: FoundEvent) -> str | None:
    """The one who answers in an interview ("Đại tá A: ... Tôi và ... đã ký biên bản hội đàm"), where the meeting is
    told in the first person: the person whose name, after their title, opens the last turn before it."""
    if not any(_FIRST_PERSON.search(ctx.sentence_text(i)) for i in event.sentences):
        return None
    at = ctx.sentences[event.anchor].start
    turns = [
        p
        for p in ctx.persons
        if p.end <= at
        and re.match(r"\s*:", ctx.text[p.end : p.end + 3])
        and p.start - ctx.text.rfind("\n", 0, p.start) <= 40
    ]
    return turns[-1].name if turns else None


# "... hội đàm thường niên với tỉnh A", "... đã làm việc với Sở Y tế tỉnh A": the side a meeting was held with.
# ("Với tỉnh Sa-la-van, tháng 12/2025, đoàn công tác của tỉnh lần đầu sang thăm ...": the side the paragraph is about)
# ("... UBND tỉnh tổ chức hội nghị tổng kết ... Tham dự có đoàn đại biểu tỉnh A (Lào)": the guests it was held with)
_HELD_WITH = re.compile(
    r"(?:\bvới|^\s*Với|\b[Tt]ham dự(?:\s+(?:hội nghị|buổi lễ|lễ))?\s+có)\s+"
    r"(?:(?:lãnh đạo|đại diện|đoàn(?: đại biểu| công tác)?)\s+)?(?:(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô)\s+)?$"
)


# "... đã làm việc với ông Phết-xạ-mỏn Kẹo-bun-hương, Phó Tỉnh trưởng tỉnh Khăm Muồn": the side met is told by the
# post of the official met.
_HELD_WITH_HIM = re.compile(
    r"\bvới\s+(?:ông|bà|đồng chí)\s+[^,;:.()]{3,40},\s+[^,;:.()]{3,45}?\s+(?:tỉnh|thành phố)\s+$"
)


def _met_with(ctx: DocContext, event: FoundEvent, province: str) -> bool:
    """The meeting's own sentence names the province, or a body of it, as the side the meeting was held with (not as
    where it was held, nor as where a trip is going)."""
    sentence = ctx.sentences[event.anchor]
    starts = [p.start for p in ctx.provinces_in(event.anchor) if p.node_id == province]
    starts += [o.start for o in ctx.orgs_in(event.anchor) if province_of(ctx, "org", o.key) == province]
    return any(
        _HELD_WITH.search(ctx.text[max(sentence.start, at - 40) : at])
        or _HELD_WITH_HIM.search(ctx.text[max(sentence.start, at - 100) : at])
        for at in starts
    )


# "đoàn công tác của tỉnh", "đoàn đại biểu tỉnh": the delegation of a province the page need not name again.
_DELEGATION_OF_THE_PROVINCE = re.compile(
    r"\b[Đđ]oàn(?:\s+(?:công tác|đại biểu|cán bộ))?\s+(?:của\s+)?tỉnh(?![\w-]|\s+[A-ZĐ])"
)
# "Tại TP Vinh, lãnh đạo UBND tỉnh đã tiếp và làm việc với đoàn đại biểu tỉnh Bô-ly-khăm-xay": "the province's"
# committee, council or party committee, unnamed.
_BODY_OF_THE_PROVINCE = re.compile(
    r"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+tỉnh(?![\w-]|\s+[A-ZĐ])"
)


def _other_side_of_one_province(ctx: DocContext, event: FoundEvent, present: str) -> str | None:
    """A meeting held with one province whose other side the text names only by its people: the province of the post
    an official of that side holds in the meeting's own sentence; else, when he holds a post of "the province"
    unnamed ("Theo Phó Chủ tịch UBND tỉnh Lò Văn Mến, ... cuộc hội đàm với tỉnh Phông-xa-lỳ"), the delegation is
    "của tỉnh" or the side is "UBND tỉnh" unnamed, the page's own province of that side's country."""
    if not _met_with(ctx, event, present):
        return None
    other = "VN" if province_country(present) == "LA" else "LA"
    taking_part = {ref for kind, ref, *_ in event.participants if kind == "person"}
    # ("đoàn công tác của Sở do đồng chí A dẫn đầu đã làm việc với Sở X tỉnh B", A a director named in full above:
    # the province of the post the meeting's own sentence names him by)
    in_its_sentence = {ref for kind, ref, _, index in event.participants if kind == "person" and index == event.anchor}
    held = {
        province
        for person in ctx.persons
        if person.name in in_its_sentence and person.country == other
        for _, org in person.positions
        if org is not None and (province := province_of(ctx, "org", org.key)) and province_country(province) == other
    }
    if len(held) == 1:
        return held.pop()
    bare = any(
        person.name in taking_part
        and person.country == other
        and any(org is None and POST_OF_THE_PROVINCE.search(title) for title, org in person.positions)
        for person in ctx.persons
    )
    # ("Với tỉnh Sa-la-van, ..., đoàn công tác của tỉnh lần đầu sang thăm và làm việc với lãnh đạo tỉnh bạn": the
    # delegation of "the province", unnamed, is the page's own)
    told = ctx.sentence_text(event.anchor)
    bare = (
        bare or _DELEGATION_OF_THE_PROVINCE.search(told) is not None or _BODY_OF_THE_PROVINCE.search(told) is not None
    )
    if not bare:
        return None
    return ctx.home_province(other)


def _seats_many(
    ctx: DocContext, event: FoundEvent, provinces: dict[str, int] | None = None, counted: bool = True
) -> bool:
    """A gathering that seats provinces side by side: several named on each side, brought by the two countries'
    national bodies, or (when `counted`) counted on each side. (A paper "các tỉnh" signed at a meeting that counts
    "3 tỉnh Bắc Lào" twice names its sides; only a roll of named provinces seats them.)"""
    taking_part = set(_taking_part(ctx, event) if provinces is None else provinces)
    return (
        _many_on_each_side(event, taking_part | _seated(ctx, event))
        or counted
        and _counted_on_each_side(ctx, event)
        or _nations_gathering(ctx, event)
    )


# The kinds of meeting two countries' bodies hold: gatherings, talks, and days of their own ("Ngày hội Khởi nghiệp
# ... do Bộ A phối hợp với Bộ B tổ chức")
_NATIONS_MEET = frozenset({*_GATHERINGS, EventType.TALKS, EventType.OTHER})


def _nations_gathering(ctx: DocContext, event: FoundEvent) -> bool:
    """ "Bộ KH&CN Việt Nam và Bộ KH&CN Lào tổ chức Hội nghị ... tại Quảng Bình; tham dự có Giám đốc Sở KH&CN tỉnh
    Khăm Muồn": a gathering the two countries' national bodies hold seats the provinces that come on their
    countries' sides; the host and the guests meet the ministries, not each other."""
    return event.event_type in _NATIONS_MEET and all(_national_body_met(ctx, event, c) for c in ("VN", "LA"))


def _seated(ctx: DocContext, event: FoundEvent) -> set[str]:
    """The provinces a gathering's own sentence lists as attending ("Tham dự hội nghị có đại diện 10 tỉnh biên
    giới phía Việt Nam gồm A, B, ... và 10 tỉnh phía Lào gồm X, Y, ..."), present or not among its participants."""
    if event.event_type not in _GATHERINGS:
        return set()
    listed: set[str] = set()
    for index in event.sentences:
        if _ATTENDED_BY.search(ctx.sentence_text(index)):
            listed |= {p.node_id for p in ctx.provinces_in(index)}
    return listed


_ATTENDED_BY = re.compile(r"\b(?:[Tt]ham dự|[Dd]ự)\s+(?:hội nghị|hội thảo|diễn đàn)?[^.;]{0,40}?\bcó\b")


def _pairs(provinces: set[str]) -> list[tuple[str, str]]:
    """Partners across the two sides when both countries take part. Within one country only a pair that
    is the whole of it: three Lao provinces meeting one Vietnamese department, or sitting on one side of a
    conference, are not partners of each other."""
    if len({province_country(p) for p in provinces}) > 1:
        return _across(provinces)
    return list(combinations(sorted(provinces), 2)) if len(provinces) == 2 else []


_HOSTED = {EventType.VISIT, EventType.WORKING_SESSION, EventType.RECEPTION, EventType.TALKS, EventType.OTHER}


def _host_province(ctx: DocContext, event: FoundEvent, taking_part: set[str]) -> str | None:
    """ "Đoàn tỉnh Điện Biên thăm và làm việc tại tỉnh Luông Pha Bang": a province's delegation received in a
    province of the other country met that province, named or not among those who took part. A capital is a
    venue for everyone's meetings: it hosts only when its own bodies take part. So is any city where the
    delegation met a national body ("tại TP Hồ Chí Minh, đoàn tỉnh Attapeu làm việc với Bộ Công Thương")."""
    where = event.province_id
    province = load_gazetteer().provinces.get(where) if event.event_type in _HOSTED and where else None
    if province is None or _is_capital(province) or _national_body_met(ctx, event, province.country):
        return None
    if _only_others_bodies(ctx, event, where):
        return None
    if any(province_country(p) == province.country for p in taking_part - {where} - _venues_joined(ctx, event, where)):
        # "tại cửa khẩu Cầu Treo (Hà Tĩnh), Công an tỉnh Nghệ An hội đàm với Công an tỉnh Bô-ly-khăm-xay": the
        # venue's side is another province of its country, named; the venue is only where they met
        return None
    return where if any(province_country(p) != province.country for p in taking_part) else None


_AND_THEN = re.compile(r"\s*(?:,|và)\s*(?:(?:tỉnh|thành phố)\s+)?")


def _venues_joined(ctx: DocContext, event: FoundEvent, where: str) -> set[str]:
    """ "đã thăm, làm việc tại tỉnh Luông Pha Băng và tỉnh Xay-nha-bu-ly": the provinces named with the venue after
    its "tại" are where the delegation went too, hosts as the venue is, not its side."""
    named = ctx.provinces_in(event.anchor)
    joined: set[str] = set()
    for first, then in pairwise(named):
        at_the_venue = first.node_id in joined or first.node_id == where and named_as_venue(ctx.text, first.start)
        if at_the_venue and _AND_THEN.fullmatch(ctx.text, first.end, then.start):
            joined.add(then.node_id)
    return joined


def _only_others_bodies(ctx: DocContext, event: FoundEvent, where: str) -> bool:
    """The meeting names bodies and none of them is the venue province's own: a visit to bodies of the venue's
    country ("tại TP Hồ Chí Minh, đoàn tỉnh Attapeu thăm Công ty ...") or anything a mission holds ("tại Đà Nẵng,
    Tổng Lãnh sự quán Lào tổ chức ..."). The city is where it happened; the delegation met a firm, a school or a
    mission, not the province. (A ceremony at a school the province built is the province's own doing.)"""
    country = where.split(":", 1)[1][:2]
    bodies = [ref for kind, ref, *_ in event.participants if kind == "org"]
    hosts = [o for o in ctx.orgs if o.key in bodies and (o.country in (None, country))]
    visited = event.event_type in {EventType.VISIT, EventType.WORKING_SESSION, EventType.RECEPTION} and bool(hosts)
    # (a mission holds the meeting when its own sentence names it: "Tổng Lãnh sự quán ... tại Luông Pha Băng" told
    # paragraphs later, among those the delegation met too, hosts nothing)
    missions = [ref for kind, ref, _, sentence in event.participants if kind == "org" and sentence == event.anchor]
    return (
        bool(bodies)
        and not any(province_of(ctx, "org", ref) == where for ref in bodies)
        and (visited or _mission_met(ctx, missions))
    )


def _mission_met(ctx: DocContext, bodies: list[str]) -> bool:
    return any(o.key in bodies and o.org_type in {"embassy", "consulate"} for o in ctx.orgs)


_NATIONAL = frozenset({"ministry", "government", "legislature", "party"})


def _national_body_met(ctx: DocContext, event: FoundEvent, country: str | None = None) -> bool:
    """A body of a whole country (of `country`, when given) took part: a ministry, the government, the national
    assembly, a recurring national agency."""
    refs = {ref for kind, ref, *_ in event.participants if kind == "org"}
    return any(
        org.key in refs
        and country in (None, org.country)
        and org.province is None
        and (org.org_type in _NATIONAL or org.agency is not None)
        for org in ctx.orgs
    )


# "chuyến thăm và làm việc tại hai tỉnh Hà Tĩnh, Nghệ An và Thủ đô Hà Nội": the places a trip went to, listed
# after its "tại"
_TRIP_STOPS = re.compile(
    rf"\btại\s+(?:(?:hai|ba|các|\d)\s+tỉnh\s+)?(?:(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô)\s+)?"
    rf"(?:[{UPPER}][^\s,.;:()]*(?:[\s-]+[{UPPER}][^\s,.;:()]*){{0,3}}\s*(?:,|và)\s*"
    r"(?:(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô)\s+)?)+$"
)


# "... thăm, làm việc tại hai tỉnh A, B và một số cơ quan khoa học ở Hà Nội": bodies the trip met in the capital
_BODIES_THERE = re.compile(
    r"\b(?:một số|các|những)\s+(?:cơ quan|đơn vị|viện|bệnh viện|trường|cơ sở|bộ, ngành|doanh nghiệp|công ty)"
    r"[^,;.]{0,40}?\s(?:ở|tại)\s+"
    r"(?:[Tt]hủ đô\s+|thành phố\s+|TP\.?\s*)?$"
)


def _a_capital_on_the_way(ctx: DocContext, event: FoundEvent, province_id: str) -> bool:
    """A capital listed among the stops of a trip, whose own bodies take no part: where the delegation met others
    (a ministry, an embassy), not a side. Other provinces listed so were visited as hosts."""
    province = load_gazetteer().provinces.get(province_id)
    if province is None or not _is_capital(province):
        return False
    start = ctx.sentences[event.anchor].start
    stops = [p for p in ctx.provinces_in(event.anchor) if p.node_id == province_id]
    if not stops:
        return False
    before = max(start, stops[0].start - 150)
    if not (
        _TRIP_STOPS.search(ctx.text, before, stops[0].start)
        or _BODIES_THERE.search(ctx.text, before, stops[0].start)
        or _WENT_TO.search(ctx.text, before, stops[0].start)
        and _others_met(ctx, event)
    ):
        return False
    bodies = {province_of(ctx, "org", ref) for kind, ref, *_ in event.participants if kind == "org"}
    return province_id not in bodies


# "đoàn cán bộ tỉnh A đã sang Hà Nội, thăm Trung tâm Dữ liệu của Viettel": the capital the trip went to
_WENT_TO = re.compile(r"\b(?:sang|đến|tới|ra)\s+(?:[Tt]hủ đô\s+|thành phố\s+|TP\.?\s*)?$")


def _others_met(ctx: DocContext, event: FoundEvent) -> bool:
    """The trip names a body it met that is no province's: a firm, a ministry, a national institute (whether the
    capital's own took part too is asked after)."""
    return any(kind == "org" and province_of(ctx, kind, ref) is None for kind, ref, *_ in event.participants)


def _is_capital(province: Province) -> bool:
    """Viêng Chăn is typed a capital; Hà Nội, a centrally-run city, is the one whose spellings say "Thủ đô"."""
    return province.province_type == "capital" or any(a.lower().startswith("thủ đô") for a in province.aliases)


def find_partnerships(
    ctx: DocContext,
    events: list[FoundEvent],
    agreements: list[FoundAgreement],
    event_ids: dict[int, str],
    agreement_ids: dict[int, str],
) -> list[PartnershipStatement]:
    found: list[PartnershipStatement] = []
    signed_at: dict[int, set[tuple[str, str]]] = {}  # a ceremony's pairs, as the papers signed at it pair provinces
    for agreement in agreements:
        if agreement.guessed:
            continue
        provinces = {p for kind, ref in agreement.parties if (p := province_of(ctx, kind, ref))}
        # (a province and the one it was merged into are one side: "Sở A tỉnh Quảng Ngãi kế thừa Bản ghi nhớ của
        # Sở A tỉnh Kon Tum (cũ)" pairs neither with the other)
        when = agreement.date.value if agreement.date else None
        pairs = [pair for pair in _pairs(provinces) if not _one_unit(*pair, when)]
        if pairs and len({province_country(p) for p in provinces}) == 1 and not _sides_of_one_country(ctx, agreement):
            pairs = []
        if len(provinces) > 2 and agreement.event is not None and _seats_many(ctx, agreement.event, counted=False):
            # "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị ...": a gathering of many provinces on each side
            # signs as two countries; a paper of two provinces named there pairs them, its whole roll does not
            pairs = []
        if agreement.event is not None and agreement.event.event_type is EventType.SIGNING:
            signed_at.setdefault(id(agreement.event), set()).update(tuple(sorted(pair)) for pair in pairs)
        for a, b in pairs:
            found.append(
                PartnershipStatement(
                    a=a,
                    b=b,
                    basis="agreement",
                    via=agreement_ids.get(id(agreement)),
                    date=agreement.date.value if agreement.date else None,
                    sentences=sorted(agreement.sentences),
                )
            )
    for event in events:
        provinces = _taking_part(ctx, event)
        if _seats_many(ctx, event, provinces):
            continue
        across = _across(set(provinces))
        if len(signed_at.get(id(event), ())) >= 2:
            # "Sở A và Sở B, Sở C và Sở D đã ký ...": a ceremony of several papers pairs whom its papers pair
            across = [pair for pair in across if tuple(sorted(pair)) in signed_at[id(event)]]
        when = event.date.value if event.date else None
        for a, b in [pair for pair in across or _one_country(ctx, event, set(provinces)) if not _one_unit(*pair, when)]:
            found.append(
                PartnershipStatement(
                    a=a,
                    b=b,
                    basis="meeting",
                    via=event_ids.get(id(event)),
                    date=event.date.value if event.date else None,
                    sentences=sorted({provinces[a], provinces[b], event.anchor}),
                )
            )
    subjects: set[str] = set()
    for sentence in ctx.sentences:
        if _ASKED.search(sentence.text):
            continue  # "Bộ đội Biên phòng tỉnh A có phối hợp với lực lượng của tỉnh B không?": asked, not told
        low = lowered(ctx.sentence_text(sentence.index))  # (once for both readers: most sentences hold no cue)
        statements, subjects = _statements(ctx, sentence.index, subjects, low)
        found.extend(statements)
        if any(word in low for word in SUPPORT_WORDS):
            found.extend(_support(ctx, sentence.index, low))
    return found


# "TP Đà Nẵng bàn giao trường học cho tỉnh Champasak", "Lâm Đồng tăng cường hỗ trợ hai tỉnh Champasak và
# Bolykhamxay": a province's gift or aid to a province of the other country is cooperation between the two.
_GIVEN_BY = re.compile(r"\bdo\s+[^,;]{1,80}?\s*$")  # "... do X tài trợ": X gives
_SUPPORT = re.compile(r"\b(tặng|bàn giao|hỗ trợ|viện trợ|tài trợ|giúp đỡ)\b")
SUPPORT_WORDS = ("tặng", "bàn giao", "trợ", "giúp đỡ")  # one of them is in every cue of _SUPPORT (a test checks)


_ASKED = re.compile(r"\b(?:không|chưa)\s*\?\s*[\"”»]?\s*$")


def _support(ctx: DocContext, index: int, low: str) -> list[PartnershipStatement]:
    """Pairs across the two countries of a province named before a cue of aid and one named after it: the
    giver and the receiver, in whichever order the sentence names them ("được TP Đà Nẵng tặng"). Asked only of a
    sentence that holds one of SUPPORT_WORDS."""
    if len({province_country(p.node_id) for p in ctx.provinces_in(index)}) < 2:
        return []  # (most sentences of aid name no province of each country: nothing to pair)
    text = ctx.sentence_text(index)
    start = ctx.sentences[index].start
    provinces = _actor_provinces(ctx, index)
    pairs: set[tuple[str, str]] = set()
    # Every cue is tried: "nguồn vốn viện trợ ... do thành phố Đà Nẵng tặng Trường ... tỉnh Savannakhet".
    not_yet = _NOT_YET.search(text)
    for cue in _SUPPORT.finditer(low):
        if not_yet is not None and not_yet.start() < cue.end():
            break
        # "...: A và B đã phối hợp ...; tỉnh C hỗ trợ tỉnh D ...; E chuyển giao ... cho F": items of a list a
        # semicolon sets apart give and receive within themselves
        lo = text.rfind(";", 0, cue.start()) + 1
        hi = text.find(";", cue.end())
        hi = len(text) if hi < 0 else hi
        giver = _GIVEN_BY.search(text, lo, cue.start())
        if giver and not any(giver.start() < p.start - start < cue.start() for p in provinces):
            continue  # "Dự án ... do Ngân hàng Phát triển châu Á (ADB) tài trợ, cùng với các tỉnh A, B": a body gives
        before = {p.node_id for p in provinces if lo <= p.start - start < cue.start()}
        after = {p.node_id for p in provinces if cue.end() <= p.start - start < hi}
        pairs |= {tuple(sorted((a, b))) for a in before for b in after if province_country(a) != province_country(b)}
    return [PartnershipStatement(a=a, b=b, basis="support", sentences=[index]) for a, b in sorted(pairs)]


# "Hai tỉnh Sơn La và Hủa Phăn đã có quan hệ hợp tác ...", "Thanh Hóa - Hủa Phăn là hai tỉnh kết nghĩa": two
# provinces joined as the subject of the cooperation.
# ("tỉnh Vĩnh Phúc (cũ) và tỉnh Luông Nậm Thà": a province before 2025 is named with "(cũ)")
_JOINER = re.compile(r"\s*(?:\((?:Việt Nam|Lào|cũ|mới)\)\s*)?(?:và|-|–)\s*", re.IGNORECASE)
_JOINED = re.compile(_JOINER.pattern + r"(?:tỉnh\s+|thành phố\s+|thủ đô\s+)?", re.IGNORECASE)


_BUILT_BY = re.compile(r"[^.;,]{0,30}?\bmà\s+")


def _joined_subjects(ctx: DocContext, provinces: list[PlaceMention], cue_at: int) -> set[tuple[str, str]]:
    """Two provinces of the two countries joined before the cue, and no other province before it (a third
    would make them co-subjects of one side, as "2 tỉnh Bình Định, Gia Lai và 4 tỉnh Nam Lào" does)."""
    before = [p for p in provinces if p.start < cue_at]
    if len({p.node_id for p in before}) != 2:
        return set()
    a, b = before[0], before[-1]
    if province_country(a.node_id) == province_country(b.node_id) or not _joined(ctx, a, b):
        return set()
    return {tuple(sorted((a.node_id, b.node_id)))}


def _joined(ctx: DocContext, a: PlaceMention, b: PlaceMention) -> bool:
    """The two provinces are joined, themselves or by their bodies ("Công an tỉnh Điện Biên và Công an tỉnh Phông
    Sa Lỳ"): after the first, only a joiner stands before the second or before the body whose name holds it."""
    between = ctx.text[a.end : b.start]
    if _JOINED.fullmatch(between):
        return True
    joiner = _JOINER.match(between)
    return joiner is not None and any(o.start == a.end + joiner.end() and o.start < b.start < o.end for o in ctx.orgs)


# Where the partner named after "với" ends: at the verb or the purpose that follows it ("phối hợp với Bệnh viện X
# tổ chức khám bệnh cho người dân tỉnh Y": Y is who gains, not a partner).
# (and at "mà": "quan hệ kết nghĩa với tỉnh Sê Kông mà tỉnh Quảng Nam (cũ) đã xây dựng" names who built it)
# (and at ", và": "Hà Nội, người anh em kết nghĩa gắn bó với Viêng Chăn, và TPHCM năng động ...": a comma before "và"
# closes the list of partners and opens the next item of the speaker's own list)
# (and at "sau khi"/"trước khi": "A là địa phương hợp tác với Tập đoàn X, sau khi X ký với tỉnh B": a clause of time;
# "đã làm việc với ngành giáo dục tỉnh B, sau đó tới Thủ đô Viêng Chăn": the trip's next stop)
_OBJECT_ENDS = re.compile(
    r"\b(?:để|nhằm|tổ chức|trong việc|cho|đón|tiếp|thực hiện|triển khai|mà|sau khi|trước khi|sau đó)\b|,\s+và\b"
)


def _object_end(text: str, pos: int) -> int:
    # (and at a wish or a plan that goes on past them: "... với tỉnh A, đồng thời mong muốn mở rộng quan hệ với
    # các tỉnh B và C")
    ends = [m.start() for m in (_OBJECT_ENDS.search(text, pos), _NOT_YET.search(text, pos)) if m]
    return min(ends, default=len(text))


# "tỉnh" or "thành phố" with no name, as the subject of a verb: the province the text was speaking of (and "Sở"
# with no name: the province's department the text was speaking of)
_BARE_SUBJECT = re.compile(
    r"(?:^|[\s,])(?:[Tt]ỉnh|[Tt]hành phố|Sở)\s+"
    r"(?:đã|đang|hiện|hiện nay|có|luôn|cũng|vẫn|duy trì|thiết lập|ký|kết nghĩa)\b"
)
# "mà tỉnh A đã thiết lập với tỉnh X và tỉnh B đã thiết lập với tỉnh Y": a province joined by "và" that a verb
# follows is the subject of a clause of its own, not one more partner
_AND_BEFORE = re.compile(r"\bvà\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$")
_VERB_AFTER = re.compile(r"\s+(?:\([^()]{1,12}\)\s+)?(?:đã|cũng|vừa|đang)\b")


def _partner_of_a_bare_subject(
    text: str,
    start: int,
    provinces: list[PlaceMention],
    with_: re.Match[str] | None,
    last_subjects: set[str],
    lo: int,
    cue_at: int,
) -> tuple[str, str] | None:
    """ "... kết quả của Sở KH&CN tỉnh A trong hợp tác với nước bạn. Giai đoạn 2016 - 2018, Sở đã phối hợp với Sở
    Nông nghiệp tỉnh B ...": the one province named after "với", of the other country than the one just spoken
    of, is that province's partner."""
    if with_ is None or len(last_subjects) != 1 or not _BARE_SUBJECT.search(text, lo, cue_at):
        return None
    (subject,) = last_subjects
    objects = {p.node_id for p in provinces if with_.end() < p.start - start < _object_end(text, with_.end())}
    if len(objects) != 1 or len(provinces) != len([p for p in provinces if p.node_id in objects]):
        return None
    (partner,) = objects
    if province_country(partner) == province_country(subject):
        return None
    a, b = sorted((subject, partner))
    return a, b


def _next_subject(text: str, start: int, provinces: list[PlaceMention], after: int) -> int:
    for p in provinces:
        rel = p.start - start
        if rel > after and _AND_BEFORE.search(text, max(0, rel - 20), rel) and _VERB_AFTER.match(text, p.end - start):
            return rel
    return len(text)


_BUT = re.compile(r"\b(?:nhưng|song|tuy nhiên)\b")


def _statements(
    ctx: DocContext, index: int, last_subjects: set[str], low: str
) -> tuple[list[PartnershipStatement], set[str]]:
    """Explicit statements, clause by clause: "A có quan hệ hợp tác với B và C; D kết nghĩa với E và F" pairs A
    with B and C, and D with E and F. (low: the sentence lowered.)"""
    if not any(word in low for word in STATEMENT_WORDS):
        return [], last_subjects
    found: list[PartnershipStatement] = []
    text = ctx.sentence_text(index)
    for lo, hi in _clauses(text, low):
        statements, last_subjects = _clause_statements(ctx, index, last_subjects, low, lo, hi)
        found.extend(s for s in statements if s not in found)
    for a, b in _relation_of_a_dashed_couple(ctx, index):
        statement = PartnershipStatement(a=a, b=b, basis="statement", sentences=[index])
        if statement not in found:
            found.append(statement)
    named = {p.node_id for p in ctx.provinces_in(index)}
    found = [s for s in found if not _one_unit(s.a, s.b)]
    heirs = _heirs(found, named) if _INHERITS.search(low) else set()
    inherited = [PartnershipStatement(a=a, b=b, basis="statement", sentences=[index]) for a, b in heirs]
    return found + [s for s in inherited if s not in found], last_subjects


_INHERITS = re.compile(r"\b(?:kế thừa|tiếp nối|tiếp quản)\b")


# The day Vietnam's merged provinces came into being: two of them met as two before it.
_MERGED_ON = "2025-07-01"


def _one_unit(a: str, b: str, when: str | None = None) -> bool:
    """A province and the one it was merged into in 2025, or two merged into one: one unit, no partners (unless
    they met or signed, as two, before the merger)."""
    g = load_gazetteer()
    pa, pb = g.provinces.get(a), g.provinces.get(b)
    if pa is None or pb is None or when is not None and when < _MERGED_ON[: len(when)]:
        return False
    return (
        pa.merged_into == b or pb.merged_into == a or (pa.merged_into is not None and pa.merged_into == pb.merged_into)
    )


def _heirs(found: list[PartnershipStatement], named: set[str]) -> set[tuple[str, str]]:
    """ "tỉnh Phú Thọ kế thừa quan hệ hợp tác của tỉnh Hòa Bình (cũ) với tỉnh Viêng Chăn": the province a partner
    was merged into, named in the sentence, keeps the partner."""
    g = load_gazetteer()
    pairs: set[tuple[str, str]] = set()
    for s in found:
        for side, other in ((s.a, s.b), (s.b, s.a)):
            heir = g.provinces[side].merged_into if side in g.provinces else None
            if heir in named and province_country(heir) != province_country(other):
                pairs.add(tuple(sorted((heir, other))))
    return pairs


# "...; tỉnh B kết nghĩa với ...", "... của tỉnh A với tỉnh X, cũng như quan hệ hữu nghị của tỉnh B với tỉnh Y"
# ("Tỉnh A hợp tác với tỉnh B, tỉnh C hợp tác với tỉnh D": a comma before another subject and its own verb too)
_CLAUSE_BREAK = re.compile(r";|,\s+cũng như\b|" + ANOTHER_SUBJECTS_CLAUSE.pattern)


# "...; C và D ký Kế hoạch ... giữa hai tổ chức": a part that signs a paper of its own is no more of the statement
# before it
_SIGNS = re.compile(r"\b(?:ký|kí)\b")


_BETWEEN_NATIONS = re.compile(
    r"\s+(?:hai|2)\s+(?:nước|Chính phủ|chính phủ|Nhà nước|nhà nước|Đảng|quốc gia|dân tộc|Quốc hội)\b"
)


def _clauses(text: str, low: str) -> list[tuple[int, int]]:
    """Where the sentence's statements set apart by semicolons begin and end. A part with no cue of its own is
    more of the statement before it ("... hợp tác giữa hai địa phương; bày tỏ lòng biết ơn ... TPHCM đối với tỉnh
    Champasak"), or the subject of the one after it; a statement after a signing is one of its own."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(text)]
    parts = list(zip(starts, ends, strict=True))
    clauses = parts[:1]
    for lo, hi in parts[1:]:
        last_lo, last_hi = clauses[-1]
        said_before = _STATEMENT.search(low, last_lo, last_hi) or _SIGNS.search(low, last_lo, last_hi)
        if said_before and _STATEMENT.search(low, lo, hi) or _SIGNS.search(low, lo, hi):
            clauses.append((lo, hi))
        else:
            clauses[-1] = (last_lo, hi)
    return clauses


def _aside_of_a_province(ctx: DocContext, place: PlaceMention, provinces: list[PlaceMention]) -> bool:
    """ "Tỉnh Quảng Trị (bao gồm cả địa bàn tỉnh Quảng Bình trước đây) tiếp tục hợp tác với ...": a province in
    brackets that open right after a province of its country tells what that one spans; it is no subject."""
    opening = ctx.text.rfind("(", ctx.sentences[place.sentence].start, place.start)
    if opening < 0 or ")" in ctx.text[opening : place.start]:
        return False
    return any(
        o.end <= opening
        and not ctx.text[o.end : opening].strip()
        and province_country(o.node_id) == province_country(place.node_id)
        for o in provinces
    )


# "Hợp tác Quảng Ngãi - Át-tạ-pư sau hợp nhất", "quan hệ hợp tác Thanh Hóa - Hủa Phăn": the relation named by its
# two sides, dashed together right after it.
_RELATION_OF = re.compile(
    rf"\b(?:[Hh]ợp tác|[Qq]uan hệ(?:\s+(?:hợp tác|hữu nghị|đặc biệt|truyền thống)(?:\s+và\s+hợp tác)?)*"
    rf"|[Kk]ết nghĩa|[Tt]ình hữu nghị)\s+(?:giữa\s+)?(?=[{UPPER}])"
)


def _relation_of_a_dashed_couple(ctx: DocContext, index: int) -> list[tuple[str, str]]:
    sentence = ctx.sentences[index]
    if "-" not in sentence.text and "–" not in sentence.text or _RELATION_OF.search(sentence.text) is None:
        return []  # (most sentences: no relation named before two names dashed together)
    provinces = _actor_provinces(ctx, index)
    pairs: list[tuple[str, str]] = []
    for relation in _RELATION_OF.finditer(sentence.text):
        if _NOT_YET.search(sentence.text, 0, relation.start()):
            break  # "mong muốn quan hệ hợp tác A - B ...": a wish
        at = sentence.start + relation.end()
        first = next((p for p in provinces if p.start == at), None)
        second = next((p for p in provinces if first and DASH.fullmatch(ctx.text, first.end, p.start)), None)
        if first and second and province_country(first.node_id) != province_country(second.node_id):
            pairs.append(tuple(sorted((first.node_id, second.node_id))))
    return pairs


def _dashed_couples(ctx: DocContext, provinces: list[PlaceMention]) -> list[tuple[str, str]] | None:
    """ "quan hệ Thanh Hóa - Hủa Phăn là một trong những cặp tỉnh kết nghĩa tiêu biểu, cùng với Quảng Trị -
    Savannakhet và Điện Biên - Phông-xa-lỳ": when every province of the clause stands in a dashed couple of the
    two countries, the couples are the pairs, and no province is paired across them."""
    couples: list[tuple[str, str]] = []
    i = 0
    while i < len(provinces):
        a = provinces[i]
        b = provinces[i + 1] if i + 1 < len(provinces) else None
        if b is None or province_country(a.node_id) == province_country(b.node_id):
            return None
        if not DASH.fullmatch(ctx.text, a.end, b.start):
            return None
        couples.append(tuple(sorted((a.node_id, b.node_id))))
        i += 2
    return sorted(set(couples)) if len(couples) >= 2 else None


# Said to pair each with the one in its place; without these words the press may mean every pair.
_RESPECTIVELY = re.compile(r"\b(?:lần lượt|tương ứng)\b")


def _respectively(subjects: list[str], objects: list[str]) -> set[tuple[str, str]]:
    """ "Các tỉnh Nghệ An và Quảng Trị ... hợp tác lần lượt với các tỉnh bạn Xiêng Khoảng và Savannakhet": as many
    provinces of one country cooperating with as many of the other, each with the one in its place."""
    countries = ({province_country(a) for a in subjects}, {province_country(b) for b in objects})
    if len(subjects) < 2 or len(subjects) != len(objects) or any(len(c) != 1 for c in countries):
        return set()
    if countries[0] == countries[1]:
        return set()
    return {tuple(sorted(pair)) for pair in zip(subjects, objects, strict=True)}


# A signing ceremony whose own sentence says it was put off or could not be held signed nothing.
_SIGNING_PUT_OFF = re.compile(
    r"\b(?:[Ll]ễ|[Bb]uổi lễ|[Vv]iệc)\s+(?:ký kết|ký|kí kết|kí)\b[^.;]{0,250}?"
    r"\b(?:(?:bị|phải|đã)\s+(?:tạm\s+)?hoãn|tạm hoãn|hoãn lại|chưa thể tổ chức|chưa được tổ chức)\b"
)


def _clause_statements(
    ctx: DocContext, index: int, last_subjects: set[str], low: str, lo: int, hi: int
) -> tuple[list[PartnershipStatement], set[str]]:
    """A clause's statement; a clause with no subject of its own ("Hợp tác với Sở ... tỉnh Bò Kẹo ...")
    continues the subject of the previous statement."""
    text = ctx.sentence_text(index)[:hi]
    cue = _STATEMENT.search(low, lo, hi)
    if cue is None:
        return [], last_subjects
    # "A tuy không có đường biên giới với Lào nhưng có quan hệ hợp tác với tỉnh B": what "nhưng" sets against is
    # neither the statement's negation nor its map
    turn = max((m.end() for m in _BUT.finditer(text, lo, cue.start())), default=lo)
    if _NOT_YET.search(text, turn, cue.end()):
        return [], last_subjects
    put_off = _SIGNING_PUT_OFF.search(text, lo)
    if put_off is not None and put_off.start() < cue.start() < put_off.end():
        return [], last_subjects  # "Lễ ký kết biên bản ghi nhớ hợp tác giữa A và B ... đã phải tạm hoãn": not signed
    start = ctx.sentences[index].start
    provinces = [p for p in _actor_provinces(ctx, index) if lo <= p.start - start < hi]
    provinces = [p for p in provinces if not _aside_of_a_province(ctx, p, provinces)]
    # (a border that names no province the clause has not named before lists none: "... với 4 tỉnh A, B, C và D;
    # trong đó A là tỉnh có chung đường biên giới dài nhất với X")
    neighbours = _NEIGHBOUR.search(text, turn)
    if neighbours is not None and not neighbours_are_partners(text[: neighbours.start()]):
        named = {p.node_id for p in provinces if p.start - start < neighbours.start()}
        if any(p.start - start > neighbours.start() and p.node_id not in named for p in provinces):
            return [], last_subjects
    with_ = _WITH.search(text, turn)
    own_subject = with_ is not None and any(cue.end() <= p.start - start < with_.start() for p in provinces)
    if with_ and text[lo : cue.start()].strip() == "" and last_subjects and not own_subject:
        objects = {p.node_id for p in provinces if with_.end() < p.start - start < _object_end(text, with_.end())}
        pairs = {tuple(sorted((a, b))) for a in last_subjects for b in objects if a != b}
        return [PartnershipStatement(a=a, b=b, basis="statement", sentences=[index]) for a, b in sorted(pairs)], (
            last_subjects
        )
    if len({p.node_id for p in provinces}) < 2:
        # "Nghệ An luôn dành ưu tiên cho quan hệ hữu nghị đặc biệt với các tỉnh của Lào": who the next "tỉnh" is
        alone = [p.node_id for p in provinces if with_ is not None and p.start - start < with_.start()]
        partner = _partner_of_a_bare_subject(text, start, provinces, with_, last_subjects, lo, cue.start())
        if partner is not None:
            return [PartnershipStatement(a=partner[0], b=partner[1], basis="statement", sentences=[index])], (
                last_subjects
            )
        return [], set(alone) or last_subjects
    couples = _dashed_couples(ctx, provinces)
    if couples is not None:
        return [PartnershipStatement(a=a, b=b, basis="statement", sentences=[index]) for a, b in couples], (
            last_subjects
        )
    pairs: set[tuple[str, str]] = set()
    between = re.compile(r"\bgiữa\b").search(text, lo)
    if between and between.start() > cue.end() and _NOT_YET.search(text, cue.end(), between.start()):
        # "A phối hợp với các sở chuẩn bị nội dung cuộc hội đàm giữa tỉnh A và tỉnh B": one being readied
        between = None
    named_between: set[str] = set()
    while between and _BETWEEN_NATIONS.match(text, between.end()):
        # "theo Hiệp định hợp tác giữa hai Chính phủ; ... học viên của tỉnh A và ... của tỉnh B": the two nations
        # are the sides, no province named further on (unless another "giữa" names them: "giữa hai nước nói chung
        # và giữa tỉnh A với tỉnh B nói riêng")
        between = re.compile(r"\bgiữa\b").search(text, between.end(), hi)
    if between:
        # (not past a plan: "Về hợp tác giữa các địa phương, Thứ trưởng đề nghị ... giới thiệu Thủ đô Viêng Chăn ... để
        # cùng Hà Nội nghiên cứu, tiến tới ký kết ...")
        planned = _NOT_YET.search(text, between.end())
        until = planned.start() if planned else len(text)
        named_between = {p.node_id for p in provinces if between.end() < p.start - start < until}
        # (to the end of its part when that names two: "... giữa tỉnh A và tỉnh B; còn tỉnh C và tỉnh D vừa sơ kết
        # ...", but "hợp tác giữa hai địa phương; ... của TPHCM đối với tỉnh Champasak" names them after)
        part_end = text.find(";", between.end())
        in_part = {p.node_id for p in provinces if between.end() < p.start - start < min(part_end, until)}
        pairs |= set(_pairs(in_part if part_end >= 0 and len(in_part) >= 2 else named_between))
    # ("A duy trì quan hệ hợp tác với tỉnh B ..., vì vậy sự phối hợp giữa hai đơn vị ...": a "giữa" past the partner
    # that names no province leaves the partner to "với")
    if with_ and (not between or not named_between and with_.start() < between.start()):
        # "A thăm tỉnh B; C tiếp nhận quan hệ kết nghĩa với D": the cue's own part, when it names a subject, has it
        own = text.rfind(";", lo, cue.start()) + 1
        if not any(own <= p.start - start < with_.start() for p in provinces):
            own = lo
        subjects = list(
            dict.fromkeys(
                p.node_id
                for p in provinces
                if own <= p.start - start < with_.start() and not besides(text, p.start - start)
            )
        )
        ends = min(_object_end(text, with_.end()), _next_subject(text, start, provinces, with_.end()))
        objects = list(dict.fromkeys(p.node_id for p in provinces if with_.end() < p.start - start < ends))
        if not subjects and len(last_subjects) == 1 and _BARE_SUBJECT.search(text, lo, cue.start()):
            # "Hiện tỉnh đã ký kết thỏa thuận hợp tác với 4 tỉnh của nước bạn là ...": the province just spoken of
            (subject,) = last_subjects
            if all(province_country(o) != province_country(subject) for o in objects):
                subjects = [subject]
        sides = {province_country(o) for o in objects}
        if len(sides) == 1 and len({province_country(s) for s in subjects}) > 1:
            # "A đã chuyển giao cho tỉnh X ...; đồng thời phối hợp với tỉnh Y": X, of Y's country, is no subject
            subjects = [s for s in subjects if province_country(s) not in sides]
        respectively = _RESPECTIVELY.search(text, lo, hi) is not None
        pairs |= (_respectively(subjects, objects) if respectively else set()) or {
            tuple(sorted((a, b))) for a in subjects for b in objects if a != b
        }
        last_subjects = set(subjects) or last_subjects
    elif not between:
        pairs |= _joined_subjects(ctx, provinces, start + cue.start())
        built = _BUILT_BY.match(text, cue.end())
        if not pairs and built is not None:
            # "... mối quan hệ hợp tác mà tỉnh A (cũ) và tỉnh B đã dày công vun đắp": the two who built it
            after = [p for p in provinces if p.start - start >= built.end()]
            pairs |= _joined_subjects(ctx, after, after[-1].end + 1) if after else set()
    statements = [PartnershipStatement(a=a, b=b, basis="statement", sentences=[index]) for a, b in sorted(pairs)]
    return statements, last_subjects
