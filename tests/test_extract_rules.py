"""One rule per test, on short sentences written for the test."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.extract import extract
from ingest.extract.dates import find_dates, find_periods
from ingest.models import ContentType, RawDocument


def read(text: str):
    return extract(clean(RawDocument(origin="t.md", content=text, content_type=ContentType.MARKDOWN)))


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        pytest.param("từ ngày 3 - 5/7/2025, đoàn", "2025-07-03", "2025-07-05", id="day-range"),
        pytest.param("Sáng 2/10/2024, tại", "2024-10-02", None, id="morning-day"),
        pytest.param("trong hai ngày 8 và 9/5/2022 tại", "2022-05-08", "2022-05-09", id="two-days"),
        pytest.param("Từ ngày 3 đến ngày 6 tháng 11 năm 2019,", "2019-11-03", "2019-11-06", id="range-in-words"),
        pytest.param("vào tháng 8/2021, hai bên", "2021-08", None, id="month"),
        pytest.param("được ký vào tháng 11-2018, hai bên", "2018-11", None, id="month-dashed"),
    ],
)
def test_dates_as_the_press_writes_them(text: str, value: str, end: str | None) -> None:
    [mention] = find_dates(text, None)
    assert (mention.value, mention.end_value) == (value, end)


def test_a_yearless_day_takes_the_documents_year_and_says_so() -> None:
    [mention] = find_dates("Chiều 7/3, hai đoàn", 2024)
    assert mention.value == "2024-03-07" and mention.inferred


def test_numbers_that_are_not_dates() -> None:
    assert find_dates("Kế hoạch số 12/KH-UBND và Nghị quyết 202/2025/QH15", 2024) == []
    assert [(p.first, p.last) for p in find_periods("giai đoạn 2025 - 2030")] == [("2025", "2030")]


def test_title_body_name() -> None:
    x = read("Ngày 2/3/2024, Thứ trưởng Bộ Khoa học và Công nghệ Lê Xuân Định đã tiếp đoàn.")
    [person] = x.persons
    assert person.name == "Lê Xuân Định" and person.country == "VN"
    assert person.positions[0][:2] == ("Thứ trưởng", "Bộ Khoa học và Công nghệ")


def test_name_then_apposition_and_honorific_stripped() -> None:
    x = read("Đoàn do đồng chí Phạm Văn Long, Giám đốc Sở Khoa học và Công nghệ tỉnh Nghệ An làm Trưởng đoàn.")
    [person] = x.persons
    assert person.name == "Phạm Văn Long"
    assert person.positions[0][:2] == ("Giám đốc", "Sở Khoa học và Công nghệ tỉnh Nghệ An")


def test_lao_names_in_latin_and_in_transliteration() -> None:
    x = read(
        "Ngày 4/6/2024, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc Khăm-phăn Xi-thi-đăm-pha và ông Viengthong Siphandone, "
        "Bộ trưởng Bộ Công nghệ và Truyền thông Lào, dự hội thảo."
    )
    names = {p.name: p.country for p in x.persons}
    assert names == {"Khăm-phăn Xi-thi-đăm-pha": "LA", "Viengthong Siphandone": "LA"}


def test_no_person_inside_a_place_name_or_a_photo_credit() -> None:
    x = read("Đoàn dâng hương tại Khu tưởng niệm Chủ tịch Hồ Chí Minh.\n\nẢnh: Minh Hà\n")
    assert x.persons == []


def test_provincial_body_keyed_by_its_full_name_with_the_province() -> None:
    x = read("Sở KH&CN tỉnh Sơn La đã làm việc với Sở Công nghệ và Truyền thông tỉnh Luông Pha-bang.")
    keys = {o.key: o.province_id for o in x.orgs}
    assert keys == {
        "Sở Khoa học và Công nghệ tỉnh Sơn La": "province:VN-son-la",
        "Sở Công nghệ và Truyền thông tỉnh Luông Pha-bang": "province:LA-LP",
    }


def test_a_lao_ministry_named_in_vietnamese_is_lao() -> None:
    x = read("Bộ Công nghệ và Truyền thông đã ký kết Bản ghi nhớ với Bộ Thông tin và Truyền thông.")
    countries = {o.key: o.country for o in x.orgs}
    assert countries["Bộ Công nghệ và Truyền thông Lào"] == "LA"
    assert countries["Bộ Thông tin và Truyền thông"] == "VN"


def test_co_chairs_and_head_of_delegation() -> None:
    x = read(
        "Sáng 5/5/2025, Bộ trưởng Nguyễn Mạnh Hùng và Bộ trưởng Boviengkham Vongdara đồng chủ trì Hội thảo.\n\n"
        "Ngày 9/5/2025, đoàn công tác Sở Khoa học và Công nghệ tỉnh Hà Tĩnh do ông Trần Văn Phúc làm Trưởng đoàn "
        "đã thăm tỉnh Bô-ly-khăm-xay."
    )
    roles = {(p.ref, p.role.value) for e in x.events for p in e.participants if p.kind == "person"}
    assert ("Nguyễn Mạnh Hùng", "co_chair") in roles and ("Boviengkham Vongdara", "co_chair") in roles
    assert ("Trần Văn Phúc", "head_of_delegation") in roles


def test_plans_and_invitations_are_not_meetings() -> None:
    x = read("Bộ trưởng mời đoàn sang thăm Lào. Hai bên sẽ tổ chức hội thảo vào năm 2026.")
    assert x.events == []


def test_agreement_with_collective_parties_period_and_ordinal() -> None:
    x = read(
        "Ngày 3/8/2023, tỉnh Điện Biên và tỉnh Phông-xa-lỳ đã ký kết Biên bản ghi nhớ hợp tác lần thứ II, "
        "giai đoạn 2023-2027."
    )
    [agreement] = x.agreements
    assert agreement.parties == [("province", "province:VN-dien-bien"), ("province", "province:LA-PH")]
    assert (agreement.period_start, agreement.period_end, agreement.ordinal) == ("2023", "2027", "II")
    assert agreement.date == "2023-08-03"


def test_counted_or_proposed_agreements_are_not_agreements() -> None:
    x = read("Hai tỉnh đã ký 7 thỏa thuận cấp tỉnh. Hai bên sẽ ký Bản ghi nhớ mới vào năm sau.")
    assert x.agreements == []


def test_bordering_provinces_are_not_partners() -> None:
    x = read("Tỉnh Hủa Phăn có chung biên giới, tiếp giáp với Sơn La, Thanh Hóa và Nghệ An.")
    assert x.partnerships == []


def test_twinning_statement_pairs_the_subject_with_each_partner() -> None:
    x = read("Tỉnh Điện Biên đã thiết lập quan hệ hợp tác hữu nghị với các tỉnh Phông-xa-lỳ và Luông Nậm Thà.")
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert pairs == {("province:LA-PH", "province:VN-dien-bien"), ("province:LA-LM", "province:VN-dien-bien")}


def test_a_second_meeting_gets_its_own_people_and_the_agreement_signed_at_it() -> None:
    x = read(
        "Sáng 4/3/2024, tại Viêng Chăn, Thứ trưởng Bộ KH&CN Lê Văn Nam đã hội đàm với Thứ trưởng Bộ CN&TT Lào "
        "Khamla Lô-lon-xay.\n\n"
        "Ngày 9/3/2024, đoàn đại biểu tỉnh Bô-ly-khăm-xay do đồng chí Phết Xay-xa-na, Phó Tỉnh trưởng làm trưởng đoàn "
        "đã đến thăm tỉnh Hà Tĩnh. Tiếp đoàn có ông Trần Minh Quân, Chủ tịch UBND tỉnh Hà Tĩnh.\n\n"
        "Tại buổi làm việc, hai bên đã ký kết Thỏa thuận hợp tác giai đoạn 2024-2029 giữa UBND tỉnh Hà Tĩnh và "
        "tỉnh Bô-ly-khăm-xay."
    )
    talks, visit, reception = x.events
    assert {p.ref for p in talks.participants if p.kind == "person"} == {"Lê Văn Nam", "Khamla Lô-lon-xay"}
    # The visit is the travellers'; the host who received them did so at a reception.
    assert {p.ref: p.role.value for p in visit.participants if p.kind == "person"} == {
        "Phết Xay-xa-na": "head_of_delegation"
    }
    roles = {p.ref: p.role.value for p in reception.participants if p.kind == "person"}
    assert roles == {"Phết Xay-xa-na": "head_of_delegation", "Trần Minh Quân": "host"}
    assert (reception.event_type.value, reception.date) == ("reception", visit.date)
    [agreement] = x.agreements
    assert agreement.event_key == visit.key and agreement.date == "2024-03-09"
    assert (agreement.period_start, agreement.period_end) == ("2024", "2029")


def test_reception_host_and_guest_head_and_a_planned_signing_is_no_agreement() -> None:
    x = read(
        "Chiều 5/9/2024, tại Hà Nội, Thứ trưởng Bộ Khoa học và Công nghệ Hoàng Minh đã tiếp Đoàn công tác của "
        "Bộ Công nghệ và Truyền thông Lào do Thứ trưởng Bovy Khotphouthone dẫn đầu.\n\n"
        "Tại buổi tiếp, Thứ trưởng Hoàng Minh cho biết hai bên đã có nhiều kết quả.\n\n"
        "Dự kiến trong tháng 11/2024, hai Bộ sẽ ký kết Kế hoạch hợp tác giai đoạn 2025-2026."
    )
    [reception] = x.events
    roles = {(p.ref, p.role.value) for p in reception.participants}
    assert ("Hoàng Minh", "host") in roles and ("Bovy Khotphouthone", "head_of_delegation") in roles
    assert ("Hoàng Minh", "guest") not in roles
    assert x.agreements == []


def test_a_named_ceremony_dated_by_the_agreement_sentence_is_one_event() -> None:
    x = read(
        "Ngày 8/11/2024, tại Hà Nội, Trường Đại học Mỏ - Địa chất và Trường Đại học Quốc gia Lào đã ký kết thỏa "
        "thuận hợp tác về đào tạo.\n\n"
        "Tham dự lễ ký kết có PGS.TS Trần Thanh Hải, Hiệu trưởng Đại học Mỏ - Địa chất, cùng Đại sứ Lào tại Việt Nam "
        "Sẻng-phết Hùng-bun-nhuông."
    )
    [signing] = x.events
    assert signing.date == "2024-11-08" and signing.province_id == "province:VN-ha-noi"
    people = {p.ref for p in signing.participants if p.kind == "person"}
    assert people == {"Trần Thanh Hải", "Sẻng-phết Hùng-bun-nhuông"}
    [agreement] = x.agreements
    assert all(kind == "org" for kind, _ in agreement.parties) and len(agreement.parties) == 2
