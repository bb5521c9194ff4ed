"""The gazetteer of recurring bodies (ingest/lexicon/agencies.tsv): a few rows of each class are found with the
right country, in sentences written for this test."""

from __future__ import annotations

import re

import pytest

from ingest.extract.orgs import expand_abbreviations, find_orgs
from ingest.gazetteer import load_gazetteer
from ingest.lexicons import load_lexicons


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each body found: its key -> (gazetteer id, country)."""
    return {o.key: (o.agency.id if o.agency else None, o.country) for o in find_orgs(text)}


@pytest.mark.parametrize(
    ("text", "agency_id", "country"),
    [
        # Vietnamese ministries, by full name and by the abbreviations the press uses
        ("Đại diện Bộ NN&PTNT đã làm việc với đoàn.", "org:vn-mard", "VN"),
        ("Lãnh đạo Bộ NNPTNT Việt Nam cho biết kế hoạch.", "org:vn-mard", "VN"),
        ("Bộ KH&ĐT chủ trì cuộc họp.", "org:vn-mpi", "VN"),
        ("Bộ Công thương phối hợp thực hiện.", "org:vn-moit", "VN"),
        ("Bộ TN&MT sẽ tổ chức hội thảo.", "org:vn-monre", "VN"),
        ("Bộ GD-ĐT đã ban hành hướng dẫn.", "org:vn-moet", "VN"),
        ("Bộ Nông nghiệp và Môi trường được thành lập năm 2025.", "org:vn-mae", "VN"),
        ("Văn phòng Chủ tịch nước chuẩn bị buổi lễ.", "org:vn-opres", "VN"),
        # Lao ministries, named like a Vietnamese one plus "Lào", or with names of their own
        ("Bộ trưởng Bộ Y tế Lào đã tiếp đoàn.", "org:la-moh", "LA"),
        ("Đoàn của Bộ Ngoại giao (Lào) đã đến Hà Nội.", "org:la-mofa", "LA"),
        ("Đại diện Bộ TN&MT Lào phát biểu.", "org:la-monre", "LA"),
        ("Bộ Giáo dục và Thể thao đã gửi thư cảm ơn.", "org:la-moes", "LA"),
        ("Bộ Năng lượng và Mỏ đã ký văn bản với đối tác.", "org:la-mem", "LA"),
        ("Bộ Nông Lâm nghiệp Lào cử cán bộ sang học tập.", "org:la-maf", "LA"),
        # party, state and mass bodies
        ("Ban Đối ngoại Trung ương tổ chức lễ đón.", "org:vn-cpv-external", "VN"),
        ("Đoàn Ban Đối ngoại T.Ư Đảng NDCM Lào đã đến thăm.", "org:la-lprp-external", "LA"),
        ("Ban Tuyên huấn Trung ương Đảng NDCM Lào cử đoàn sang.", "org:la-lprp-propaganda", "LA"),
        ("Quốc hội Lào đã thông qua nghị quyết.", "org:la-na", "LA"),
        ("Ủy ban Trung ương Mặt trận Lào xây dựng đất nước gửi điện mừng.", "org:la-lfnd", "LA"),
        ("Hội LHPN Việt Nam đã trao tặng kỷ niệm chương.", "org:vn-vwu", "VN"),
        ("Hội hữu nghị Việt Nam–Lào tổ chức gặp mặt.", "org:vn-vlfa", "VN"),
        # academies, national universities, research bodies
        ("VASS đã tiếp đoàn đại biểu.", "org:vn-vass", "VN"),
        ("Viện KHXH QG Lào gửi báo cáo tổng kết.", "org:la-lases", "LA"),
        ("ĐHQGHN đã ký thỏa thuận hợp tác.", "org:vn-vnu", "VN"),
        ("Sinh viên của ĐHQG-HCM tham gia chương trình.", "org:vn-vnuhcm", "VN"),
        ("Đại học Quốc gia Lào cử giảng viên sang.", "org:la-nuol", "LA"),
        ("Trung tâm Internet Việt Nam đã hỗ trợ kỹ thuật.", "org:vn-vnnic", "VN"),
        ("NAPT đã cử chuyên gia tham dự.", "org:la-napt", "LA"),
        # firms by brand
        ("Viettel đã đầu tư mạng lưới mới.", "org:vn-viettel", "VN"),
        ("Unitel tiếp tục mở rộng vùng phủ sóng.", "org:la-unitel", "LA"),
        ("EVN đã ký biên bản ghi nhớ với đối tác.", "org:vn-evn", "VN"),
        ("Công ty Điện lực Lào (EDL) cho biết kế hoạch.", "org:la-edl", "LA"),
        ("Sinh viên Trường Đại học FPT thực tập tại doanh nghiệp.", "org:vn-fpt-university", "VN"),
        # international bodies have no country; a national aid agency has its own
        ("IAEA đã hỗ trợ đào tạo cán bộ.", "org:int-iaea", None),
        ("Ngân hàng Phát triển châu Á tài trợ dự án.", "org:int-adb", None),
        ("Ủy hội sông Mê Công quốc tế đã công bố báo cáo.", "org:int-mrc", None),
        ("JICA đã tài trợ dự án này.", "org:jp-jica", "JP"),
    ],
)
def test_a_recurring_body_is_found_with_its_country(text: str, agency_id: str, country: str | None) -> None:
    assert (agency_id, country) in _found(text).values(), _found(text)


def test_a_lao_ministry_named_like_a_vietnamese_one_reaches_its_row_however_it_is_written() -> None:
    ids = {
        o.agency.id if o.agency else o.key
        for text in (
            "Bộ Y tế Lào đã cử đoàn sang.",
            "Bộ Y tế của Lào đã cử đoàn sang.",
            "Bộ Y tế (Lào) đã cử đoàn sang.",
            "Bộ Y tế nước CHDCND Lào đã cử đoàn sang.",
        )
        for o in find_orgs(text)
    }
    assert ids == {"org:la-moh"}


@pytest.mark.parametrize(
    "written",
    [
        "Ủy ban Văn hóa và Xã hội của Quốc hội Lào",
        "Ủy ban Văn hóa - Xã hội của Quốc hội Lào",
        "Ủy ban Văn hóa – Xã hội Quốc hội Lào",
        "Ủy ban Văn hóa-Xã hội Quốc hội Lào",
    ],
)
def test_two_fields_of_a_recurring_body_joined_by_a_dash_are_its_row(written: str) -> None:
    # Writers join two fields of a name by "và" or a dash, spaced or not; the owner named after it keeps its country.
    found = _found(f"Ngày 14/5, đoàn {written} đã thăm một trường học ở Hà Nội.")
    assert found == {"Ủy ban Văn hóa và Xã hội của Quốc hội Lào": (None, "LA")}


def test_short_acronyms_that_are_words_are_not_spellings() -> None:
    """Matching ignores case: "who" in an English caption is no body, nor is the region's name in a meeting's."""
    assert _found("Photo: who we are") == {}
    found = _found("Hội nghị Bộ trưởng Y tế ASEAN diễn ra tại Viêng Chăn.")
    assert "org:int-asean" not in {v[0] for v in found.values()}


def test_every_row_loads_with_a_known_country_and_parent() -> None:
    g = load_gazetteer()
    for agency in g.agencies.values():
        assert agency.country is None or f"country:{agency.country}" in g.countries, agency.id
        assert agency.part_of is None or agency.part_of in g.agencies, agency.id
        assert f"in:{agency.id}" in g.statements
    assert "tổ chức quốc tế" in g.sentence("in:org:int-undp")[0]


def test_no_expansion_holds_another_abbreviation() -> None:
    """Abbreviations are expanded in one pass (ingest.extract.orgs.expand_abbreviations): that is only the same as
    expanding them one after another while no expansion holds an abbreviation of its own."""
    abbreviations = load_lexicons().abbreviations
    for full in abbreviations.values():
        held = [s for s in abbreviations if re.search(rf"(?<![\w&]){re.escape(s)}(?![\w&])", full)]
        assert held == [], f"{full!r} holds {held}"
    expanded = expand_abbreviations("Bộ KH&CN và Bộ NN&PTNT")
    assert expanded == "Bộ Khoa học và Công nghệ và Bộ Nông nghiệp và Phát triển nông thôn"
