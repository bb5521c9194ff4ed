# ruff: noqa: E501  (the templates are whole sentences; broken lines would hide them)
"""The reports of a meeting, in our own sentences: a title, a lead saying who met whom, when and where, who
took part, what was discussed, the agreement if one was signed, and a closing line.

Each meeting is reported by one or more articles; each report draws its own wording, so two reports of one
meeting share their facts (date, sides, officials, agreement) and little of their text, as two papers do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.synth.world import Meeting, Official, Side, World

_TITLES = {
    "visit": (
        "{vn_short} thăm và làm việc tại {la_place}",
        "Đoàn công tác {vn_short} sang thăm {la_place}",
        "Tăng cường hợp tác giữa {vn_prov} và {la_prov}",
    ),
    "talks": (
        "Hội đàm giữa {vn_short} và {la_short}",
        "{vn_prov} và {la_prov} hội đàm về hợp tác khoa học, công nghệ",
    ),
    "workshop": (
        "Hội thảo hợp tác khoa học và công nghệ giữa {vn_prov} và {la_prov}",
        "Tọa đàm chia sẻ kinh nghiệm về {topic} với {la_short}",
    ),
    "signing": (
        "{vn_prov} và {la_prov} ký kết {agreement_kind_lower} hợp tác",
        "Ký kết {agreement_kind_lower} giữa {vn_short} và {la_short}",
    ),
    "reception": (
        "{vn_leader_title} {vn_leader} tiếp đoàn {la_short}",
        "Tiếp đoàn công tác {la_short}",
    ),
    "online": (
        "Hội nghị trực tuyến giữa {vn_short} và {la_short}",
        "Họp trực tuyến bàn hợp tác về {topic}",
    ),
    "review": (
        "Hội nghị tổng kết hợp tác giữa {vn_prov} và {la_prov}",
        "Nhìn lại một chặng đường hợp tác của {vn_short} và {la_short}",
    ),
}

_LEADS = {
    "visit": (
        "{when}, đoàn công tác của {vn_body} do {vn_head} làm trưởng đoàn đã sang thăm và làm việc tại {la_body}.",
        "Từ {span}, {vn_head} dẫn đầu đoàn cán bộ {vn_body} có chuyến thăm và làm việc tại {la_place}.",
        "{when}, {la_body} đã đón đoàn công tác của {vn_body} sang thăm và làm việc.",
    ),
    "talks": (
        "{when}, tại {place}, {vn_body} và {la_body} đã có buổi hội đàm về hợp tác khoa học và công nghệ.",
        "{when}, {vn_head} đã hội đàm với {la_head} tại {place}.",
    ),
    "workshop": (
        "{when}, tại {place}, {vn_body} phối hợp với {la_body} tổ chức hội thảo về {topic}.",
        "{when}, hội thảo hợp tác giữa {vn_body} và {la_body} đã diễn ra tại {place} với chủ đề {topic}.",
    ),
    "signing": (
        "{when}, tại {place}, {vn_body} và {la_body} đã tổ chức lễ ký kết {agreement}.",
        "{when}, {vn_head} và {la_head} đã ký {agreement} tại {place}.",
    ),
    "reception": (
        "{when}, tại {place}, {vn_head} đã tiếp đoàn công tác của {la_body} do {la_head} dẫn đầu.",
        "{when}, {vn_head} thân mật tiếp {la_head} cùng đoàn công tác {la_body} đang thăm và làm việc tại {place}.",
    ),
    "online": (
        "{when}, {vn_body} và {la_body} đã tổ chức hội nghị trực tuyến bàn về hợp tác trong lĩnh vực {topic}.",
        "{when}, hội nghị trực tuyến giữa {vn_body} và {la_body} được tổ chức tại hai điểm cầu {vn_place} và {la_place}.",
    ),
    "review": (
        "{when}, tại {place}, {vn_body} và {la_body} đã tổ chức hội nghị tổng kết hợp tác giai đoạn {past}.",
        "{when}, hội nghị tổng kết hợp tác giữa {vn_body} và {la_body} giai đoạn {past} diễn ra tại {place}.",
    ),
}

_PRESENT = (
    "Tham dự có {vn_all}; phía bạn có {la_all}.",
    "Cùng dự có {vn_all}. Về phía bạn có {la_all}.",
    "Tham gia buổi làm việc, phía Việt Nam có {vn_all}; phía Lào có {la_all}.",
)

_BODY = (
    "Hai bên đã trao đổi kinh nghiệm về {phrase}, đồng thời thống nhất sẽ xây dựng kế hoạch phối hợp cụ thể cho năm {next_year}.",
    "Phát biểu tại buổi làm việc, {vn_leader_title} {vn_leader} cho biết trong năm {last_year}, đơn vị đã triển khai {n} nhiệm vụ khoa học và công nghệ, trong đó có {m} nhiệm vụ liên quan đến {phrase}.",
    "{la_leader_title} {la_leader} cảm ơn sự giúp đỡ của phía Việt Nam và mong muốn hai bên tiếp tục hỗ trợ nhau trong {phrase}.",
    "Theo báo cáo, từ năm {since_year} đến nay, hai bên đã cử {n} đoàn cán bộ sang học tập kinh nghiệm và phối hợp đào tạo {m} lượt kỹ thuật viên.",
    "Hai bên nhất trí ưu tiên các dự án ứng dụng công nghệ vào sản xuất nông nghiệp, bảo quản nông sản và phát triển nguồn nhân lực cho {phrase}.",
    "Phía bạn đề nghị {vn_short} hỗ trợ xây dựng phòng thí nghiệm và chuyển giao {n} quy trình kỹ thuật trong giai đoạn tới.",
    "Đại diện {vn_short} giới thiệu kết quả thử nghiệm {n} mô hình về {phrase} tại các huyện biên giới.",
    "Buổi làm việc cũng dành thời gian bàn về cơ chế chia sẻ dữ liệu, đào tạo chuyên gia và tổ chức các đợt khảo sát chung.",
    "Hai bên đánh giá cao kết quả phối hợp thời gian qua, nhất là trong việc đưa {phrase} vào phục vụ công tác quản lý.",
    "Trong khuôn khổ chương trình, đoàn đã tham quan {n} cơ sở nghiên cứu và một trung tâm ứng dụng tiến bộ khoa học.",
    "Các đại biểu thảo luận về những khó khăn khi triển khai nhiệm vụ chung, trong đó có kinh phí, thủ tục và ngôn ngữ.",
    "Năm {last_year}, {la_short} đã cử {m} cán bộ sang Việt Nam tham gia khóa bồi dưỡng về {phrase}.",
    "Hai bên thống nhất giao đầu mối phối hợp cho các phòng chuyên môn và định kỳ trao đổi thông tin mỗi sáu tháng.",
    "Ý kiến tại hội nghị cho rằng cần mở rộng hợp tác sang lĩnh vực {phrase} để đáp ứng yêu cầu phát triển của mỗi địa phương.",
)

_AGREEMENT = (
    "Nhân dịp này, hai bên đã ký {agreement} về hợp tác khoa học và công nghệ giai đoạn {period}.",
    "Kết thúc buổi làm việc, hai bên ký kết {agreement} giai đoạn {period}, tập trung vào {phrase}.",
    "{agreement_cap} giai đoạn {period} là cơ sở để hai bên triển khai các hoạt động cụ thể trong những năm tới.",
)

_CLOSING = (
    "Hai bên khẳng định sẽ tiếp tục vun đắp mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt giữa Việt Nam và Lào.",
    "Chuyến công tác góp phần thắt chặt quan hệ hợp tác giữa hai địa phương.",
    "Kết thúc hội nghị, hai bên thống nhất sẽ tổ chức buổi làm việc tiếp theo vào năm {next_year}.",
    "Thời gian tới, hai đơn vị sẽ tiếp tục phối hợp chặt chẽ để đưa các nội dung đã thống nhất vào thực tế.",
)

_SOURCES = ("Nguồn: Tổng hợp", "Nguồn: Cổng thông tin điện tử {vn_prov}", "PV", "Phóng viên {reporter}")


@dataclass(frozen=True)
class Article:
    title: str
    published: date
    paragraphs: tuple[str, ...]


def _people(officials: tuple[Official, ...]) -> str:
    return "; ".join(o.styled() for o in officials)


def _place(side: Side) -> str:
    return side.province.called if side.province else ("Hà Nội" if side.body.country == "VN" else "Viêng Chăn")


def _short_place(side: Side) -> str:
    return side.province.name if side.province else ("Việt Nam" if side.body.country == "VN" else "Lào")


def _when(rng: random.Random, day: date) -> str:
    """The date as leads write it; a yearless one is dated by the article's date line."""
    shape = rng.randrange(4)
    if shape == 0:
        return f"Ngày {day.day}/{day.month}/{day.year}"
    if shape == 1:
        return f"{rng.choice(('Sáng', 'Chiều'))} ngày {day.day}/{day.month}"
    if shape == 2:
        return f"{rng.choice(('Sáng', 'Chiều'))} {day.day}-{day.month}"
    return f"Ngày {day.day} tháng {day.month} năm {day.year}"


def _agreement(meeting: Meeting) -> tuple[str, str]:
    if meeting.agreement is None:
        return "", ""
    a = meeting.agreement
    ordinal = f" lần thứ {a.ordinal}" if a.ordinal else ""
    return f"{a.kind}{ordinal}", f"{a.period[0]}-{a.period[1]}"


def _numbers(rng: random.Random) -> dict[str, int]:
    n = rng.randrange(2, 40)
    return {"n": n, "m": rng.randrange(1, n)}


def _fields(rng: random.Random, world: World, meeting: Meeting, reporter: str) -> dict[str, object]:
    vn, la = meeting.vn, meeting.la
    host = vn if meeting.host == "VN" else la
    phrases = [p for name, ps in world.topics if name in meeting.topics for p in ps[:2]]
    agreement, period = _agreement(meeting)
    end = meeting.day + timedelta(days=max(meeting.days - 1, 1))
    return {
        "when": _when(rng, meeting.day),
        "span": f"ngày {meeting.day.day}/{meeting.day.month} đến ngày {end.day}/{end.month}/{end.year}",
        "vn_body": vn.body.name,
        "la_body": la.body.name,
        "vn_short": vn.body.short,
        "la_short": la.body.short,
        "vn_prov": _short_place(vn),
        "la_prov": _short_place(la),
        "vn_place": _place(vn),
        "la_place": _place(la),
        "place": _place(host),
        "vn_head": vn.officials[0].styled(),
        "la_head": la.officials[0].styled(),
        "vn_leader": vn.officials[0].name,
        "vn_leader_title": vn.officials[0].title,
        "la_leader": la.officials[0].name,
        "la_leader_title": la.officials[0].title,
        "vn_all": _people(vn.officials),
        "la_all": _people(la.officials),
        "topic": meeting.topics[0].lower(),
        "phrase": rng.choice(phrases) if phrases else "chuyển đổi số",
        "agreement": agreement,
        "agreement_cap": agreement[:1].upper() + agreement[1:],
        "agreement_kind_lower": meeting.agreement.kind.lower() if meeting.agreement else "",
        "period": period,
        "past": f"{meeting.day.year - 5}-{meeting.day.year - 1}",
        "last_year": meeting.day.year - 1,
        "next_year": meeting.day.year + 1,
        "since_year": meeting.day.year - rng.randrange(2, 9),
        **_numbers(rng),
        "reporter": reporter,
    }


def report(rng: random.Random, world: World, meeting: Meeting, reporter: str) -> Article:
    """One article about the meeting, in wording drawn for this report."""
    fields = _fields(rng, world, meeting, reporter)
    paragraphs = [rng.choice(_LEADS[meeting.kind]).format(**fields), rng.choice(_PRESENT).format(**fields)]
    for template in rng.sample(_BODY, rng.randrange(2, 6)):
        fields["phrase"] = rng.choice([p for name, ps in world.topics if name in meeting.topics for p in ps[:2]])
        fields |= _numbers(rng)
        paragraphs.append(template.format(**fields))
    if meeting.agreement is not None:
        paragraphs.append(rng.choice(_AGREEMENT).format(**fields))
    paragraphs.append(rng.choice(_CLOSING).format(**fields))
    paragraphs.append(rng.choice(_SOURCES).format(**fields))
    published = meeting.day + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
    return Article(rng.choice(_TITLES[meeting.kind]).format(**fields), published, tuple(paragraphs))
