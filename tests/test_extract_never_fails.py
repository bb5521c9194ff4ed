"""Extraction reads any text without failing: sentences assembled at random from the pieces the rules look for
(meetings, frames, dates, titles, names, bodies, places, lists, plans, cuts) give an Extraction, never an error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.clean import clean
from ingest.extract import extract
from ingest.models import ContentType, RawDocument

PIECES = [
    "Trong khuôn khổ chuyến thăm",
    "Trong khuôn khổ Hội nghị",
    "Trong chuyến công tác",
    "nhân dịp",
    "Tại đây,",
    "Dịp này,",
    "Chiều cùng ngày,",
    "Tối qua (6/10),",
    "sáng 12/3/2024,",
    "ngày 5/6",
    "từ ngày 3 đến 5/7/2023,",
    "năm 2025",
    "tháng 8 tới",
    "sẽ",
    "dự kiến diễn ra",
    "đã có các cuộc tiếp kiến",
    "đã hội đàm với",
    "đã tiếp",
    "thăm và làm việc tại",
    "tổ chức giao lưu",
    "Lễ bàn giao",
    "có sự chứng kiến của",
    "đã ký kết Biên bản ghi nhớ",
    "Kế hoạch triển khai",
    "Ý định thư",
    "giữa",
    "với",
    "và",
    "đồng thời tổ chức",
    "Bộ trưởng",
    "Phó Chủ tịch UBND tỉnh",
    "đồng chí",
    "Ngài",
    "Nguyễn Văn An",
    "Bounmy Keoduangdy",
    "Khăm-phăn Phôm-ma-thắt",
    "Bộ Khoa học và Công nghệ",
    "Bộ Tài chính",
    "Tỉnh ủy, HĐND, UBND tỉnh Nghệ An",
    "Sở Y tế 3 tỉnh Bắc Lào là:",
    "Công an tỉnh Điện Biên",
    "các cơ quan tại Lào bao gồm",
    "Đảng, Nhà nước, Chính phủ, Quốc hội Lào",
    "Ủy viên BCH Trung ương Đảng Nhân dân Cách mạng Lào",
    "tỉnh Xiêng Khoảng",
    "Hà Nội",
    "Viêng Chăn",
    "Attapeu",
    "hai tỉnh có chung đường biên giới với Quảng Trị là",
    "giáp",
    "hợp tác",
    "(Lào)",
    ",",
    ".",
    ":",
    ";",
    "\n\n",
]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), min_size=1, max_size=8))
def test_any_assembly_of_the_pieces_the_rules_read_is_extracted(sentences: list[list[str]]) -> None:
    text = "Tin tức\n\n" + ". ".join(" ".join(pieces) for pieces in sentences)
    x = extract(clean(RawDocument(origin="t.md", content=text, content_type=ContentType.MARKDOWN)))
    assert all(0 <= e.sentences[0] < len(x.sentences) for e in x.events if e.sentences)
