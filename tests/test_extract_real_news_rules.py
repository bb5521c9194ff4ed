"""The rules added for real news nobody tuned to, one class of sentence each, on sentences written for the test."""

from __future__ import annotations

import pytest

from graph.schema import EventType
from ingest.clean import clean
from ingest.dateline import read_date
from ingest.extract import extract
from ingest.extract.dates import find_dates
from ingest.extract.orgs import find_orgs
from ingest.extract.persons import find_persons
from ingest.models import ContentType, RawDocument
from ingest.pipeline import document_delta
from ingest.sentences import split_sentences


def read(text: str):
    return extract(clean(RawDocument(origin="t.md", content=text, content_type=ContentType.MARKDOWN)))


def bodies(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.country) for o in find_orgs(text)]


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in find_persons(text, find_orgs(text))]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        pytest.param("Thứ Tư - 14/05/2025 09:12", "2025-05-14", id="weekday-and-clock"),
        pytest.param("16:40 | 02/11/2021 GMT+7", "2021-11-02", id="clock-first"),
        pytest.param("Cập nhật: 08.09.2016", "2016-09-08", id="dotted"),
        pytest.param("TTXVN 21-3-2019", "2019-03-21", id="source-and-dashes"),
    ],
)
def test_the_pages_date_line(line: str, day: str) -> None:
    assert read_date(line) == (day, True)


def test_a_sentence_that_opens_with_a_date_is_no_date_line() -> None:
    assert read_date("Ngày 7/4/2022, đoàn công tác tỉnh Sơn La sang thăm tỉnh Hủa Phăn.") is None


def test_the_date_line_dates_this_morning_and_a_yearless_day() -> None:
    x = read(
        "Lai Châu tiếp đoàn U Đôm Xay\n\n10:05, 19/09/2023\n\n"
        "Sáng nay, tại thành phố Lai Châu, UBND tỉnh Lai Châu đã tiếp đoàn công tác của UBND tỉnh U Đôm Xay."
    )
    assert x.doc.published == "2023-09-19"
    assert [e.date for e in x.events] == ["2023-09-19"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Chiều 14-6, hai bên", "2024-06-14", id="dash"),
        pytest.param("từ ngày 2 đến 5.9 vừa qua", "2024-09-02", id="dotted-range"),
    ],
)
def test_day_and_month_joined_tight(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, 2024)] == [value]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Bộ Chỉ huy Quân sự tỉnh Sơn La đã tiếp", "Bộ Chỉ huy Quân sự tỉnh Sơn La", id="lower-syllable"),
        pytest.param("Hội Cựu chiến binh tỉnh đã trao quà", "Hội Cựu chiến binh", id="to-a-verb"),
        pytest.param("Tổng công ty Bưu điện Việt Nam ký với", "Tổng công ty Bưu điện Việt Nam", id="to-a-country"),
        pytest.param("Viện Ngôn ngữ và Văn hóa học đã", "Viện Ngôn ngữ và Văn hóa học", id="through-va"),
        pytest.param("Ban Tổ chức Tỉnh ủy Sê Kông cử", "Ban Tổ chức Tỉnh ủy Sê Kông", id="head-inside"),
        pytest.param("Cục Phát triển thị trường nội địa đã", "Cục Phát triển thị trường nội địa", id="market"),
        pytest.param(
            "Trung tâm Nghiên cứu và tư vấn chính sách đã", "Trung tâm Nghiên cứu và tư vấn chính sách", id="consult"
        ),
        pytest.param("Viện Địa chất Biển hợp tác với Lào", "Viện Địa chất Biển", id="to-a-field-that-is-the-verb"),
        pytest.param(
            "Chi cục Kiểm lâm tỉnh Điện Biên đã bàn giao", "Chi cục Kiểm lâm tỉnh Điện Biên", id="a-sub-department"
        ),
        pytest.param(
            "đoàn Ban Tuyên huấn-Tuyên giáo và Dân vận tỉnh bạn đã đến",
            "Ban Tuyên huấn-Tuyên giáo và Dân vận",
            id="through-a-hyphen-between-two-fields",
        ),
    ],
)
def test_a_bodys_name_runs_to_a_closed_class_boundary(text: str, name: str) -> None:
    assert bodies(text)[0][0] == name


def test_a_syllable_of_a_places_name_is_no_body() -> None:
    assert bodies("Hàng qua cửa khẩu phụ Tân Hội Bắc tăng mạnh trong năm.") == []


def test_titles_meetings_and_field_words_are_no_bodies() -> None:
    assert bodies("Bộ trưởng Lê Văn Nam") == []
    assert bodies("Hội nghị Bộ trưởng Nông nghiệp ASEAN") == []
    assert bodies("Khoa học công nghệ là động lực") == []


def test_a_head_written_once_for_a_list() -> None:
    found = bodies("Dự họp có lãnh đạo các Bộ: Tài chính, Ngoại giao và Văn phòng Chính phủ.")
    names = [name for name, _ in found]
    assert "Tài chính" in names and "Ngoại giao" in names


def test_bodies_listed_with_their_head_each_are_each_a_body() -> None:
    found = bodies("Học bổng trao cho sinh viên Đại học Tây Sơn, Đại học Y khoa Tây Sơn và Đại học Mỏ Tây Sơn.")
    assert [name for name, _ in found] == [
        "Đại học Tây Sơn",
        "Đại học Y khoa Tây Sơn",
        "Đại học Mỏ Tây Sơn",
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("Dự họp có đại diện Vụ Hợp tác quốc tế Bộ Tư pháp.", "Vụ Hợp tác quốc tế Bộ Tư pháp", id="plain"),
        pytest.param(
            "Bà Lê Thị Hà, Vụ trưởng Vụ Kinh tế số - Bộ Công Thương phát biểu.",
            "Vụ Kinh tế số Bộ Công Thương",
            id="dash",
        ),
    ],
)
def test_a_unit_named_before_its_ministry_is_a_body_of_that_ministry(text: str, unit: str) -> None:
    assert unit in {o.key for o in read(text).orgs}


def test_an_intergovernmental_committee_is_not_the_government() -> None:
    keys = {o.key for o in read("Kỳ họp lần thứ 50 Ủy ban liên Chính phủ Việt Nam - Lào diễn ra tại Hà Nội.").orgs}
    assert "Chính phủ Việt Nam" not in keys


def test_a_state_body_inside_a_name_owns_no_unit() -> None:
    keys = {o.key for o in read("Kỳ họp thứ 12 của Ủy ban Liên Chính phủ hai nước đã bế mạc.").orgs}
    assert not any(key.startswith("Ủy ban Liên ") and key != "Ủy ban Liên Chính phủ" for key in keys)


def test_a_member_school_with_its_university_in_brackets_is_keyed_with_it() -> None:
    keys = {o.key for o in read("Trường Đại học Ngoại ngữ (Đại học Huế) tiếp nhận 40 học viên Lào.").orgs}
    assert "Đại học Ngoại ngữ, Đại học Huế" in keys


def test_a_provincial_body_for_each_province_of_its_list() -> None:
    found = bodies("đoàn Sở Nông nghiệp tỉnh Bò Kẹo, Luông Nậm Thà và Phông Sa Lỳ")
    assert len(found) == 3 and {country for _, country in found} == {"LA"}


def test_bodies_of_third_countries_keep_their_country() -> None:
    assert ("Bộ Thương mại Campuchia", "KH") in bodies("đại diện Bộ Thương mại Campuchia và")
    assert ("Bộ Ngoại giao Nhật Bản", "JP") in bodies("Bộ Ngoại giao Nhật Bản đã")


def test_a_country_in_brackets_after_a_body_is_its_country() -> None:
    assert ("Trường Đại học Chiang Mai", "TH") in bodies("Trường Đại học Chiang Mai (Thái Lan) đã ký với")
    assert ("Công ty Samsung", "KR") in bodies("đại diện Công ty Samsung ( Hàn Quốc ) và")


def test_an_office_of_a_ministry_is_its_own_body() -> None:
    [(name, country)] = bodies("đoàn Văn phòng Bộ Y tế Lào sang thăm")
    assert name == "Văn phòng Bộ Y tế Lào" and country == "LA"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "Ủy ban liên Chính phủ Việt - Lào đã họp kỳ thứ 46.", "Ủy ban liên Chính phủ Việt - Lào", id="dash"
        ),
        pytest.param("Công ty cổ phần Cơ khí Việt Lào đã ký hợp đồng.", "Công ty cổ phần Cơ khí Việt Lào", id="run-on"),
    ],
)
def test_the_short_forms_of_both_countries_make_a_body_of_both(text: str, body: str) -> None:
    assert bodies(text) == [(body, None)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param("Đài Truyền hình Việt Nam phát lại lễ ký.", "Đài Truyền hình Việt Nam", id="country-named"),
        pytest.param("Ủy ban Pháp luật thẩm tra dự án luật.", "Ủy ban Pháp luật", id="country-syllable-in-a-word"),
    ],
)
def test_a_country_right_after_the_head_ends_the_name(text: str, body: str) -> None:
    assert [name for name, _ in bodies(text)] == [body]


def test_a_body_written_with_i_and_with_y_is_one_body() -> None:
    _, delta = document_delta(
        RawDocument(
            origin="t.md",
            content="Trung tâm Dịch vụ kĩ thuật nông nghiệp tỉnh Sơn La tiếp đoàn.\n\nLãnh đạo Trung tâm Dịch vụ kỹ "
            "thuật nông nghiệp tỉnh Sơn La giới thiệu mô hình quản lý mới.",
            content_type=ContentType.MARKDOWN,
        )
    )
    bodies_read = [n.id for n in delta.nodes if n.id.startswith("org:trung-tam")]
    assert bodies_read == ["org:trung-tam-dich-vu-ky-thuat-nong-nghiep-tinh-son-la"]


def org_ids(text: str) -> list[str]:
    """The bodies' node ids a short article gives, in the order first written."""
    _, delta = document_delta(RawDocument(origin="t.md", content=text, content_type=ContentType.MARKDOWN))
    return [n.id for n in delta.nodes if n.id.startswith("org:")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "Trường Trung cấp Nông nghiệp Champasak tiếp đoàn.\n\nHiệu trưởng Trường Trung cấp Nông nghiệp "
            "Chăm-pa-xắc cảm ơn sự giúp đỡ.",
            "org:truong-trung-cap-nong-nghiep-cham-pa-xac",
            id="a-lao-province-spelled-two-ways",
        ),
        pytest.param(
            "Tỉnh Sơn La trao quà cho Hội người Việt Nam tại tỉnh Savannakhet.\n\nĐại diện Hội người Việt Nam "
            "tỉnh Savannakhet phát biểu cảm ơn.",
            "org:hoi-nguoi-viet-nam-tinh-sa-van-na-khet",
            id="the-vietnamese-living-tai-a-province",
        ),
        pytest.param(
            "Viện Vệ sinh Dịch tễ TW tiếp nhận học viên.\n\nViện trưởng Viện Vệ sinh Dịch tễ Trung ương chủ trì.",
            "org:vien-ve-sinh-dich-te-trung-uong",
            id="TW-is-trung-uong",
        ),
        pytest.param(
            "Trường ĐH Phương Nam ký kết với đối tác Lào.\n\nĐại học Phương Nam sẽ cử giảng viên sang.",
            "org:dai-hoc-phuong-nam",
            id="DH-is-dai-hoc",
        ),
    ],
)
def test_a_body_written_two_ways_in_one_article_is_one_body(text: str, body: str) -> None:
    assert org_ids(text) == [body]


def test_a_body_of_both_countries_goes_on_to_the_province_it_stands_in() -> None:
    assert org_ids(
        "Trường Phổ thông Việt - Lào Điện Biên đón học sinh mới.\n\nTrường Phổ thông Việt - Lào tỉnh Sơn La tổ chức "
        "lễ khai giảng.\n\nỦy ban liên Chính phủ Việt - Lào họp phiên thường niên."
    ) == [
        "org:truong-pho-thong-viet-lao-dien-bien",
        "org:truong-pho-thong-viet-lao-tinh-son-la",
        "org:uy-ban-lien-chinh-phu-viet-lao",
    ]


def test_a_branch_keeps_where_it_stands() -> None:
    assert org_ids("Phân hiệu Đại học Thái Nguyên tại Lào Cai tiếp sinh viên Lào.") == [
        "org:phan-hieu-dai-hoc-thai-nguyen-tai-lao-cai"
    ]


def test_a_dash_between_two_fields_of_a_ministry_is_and() -> None:
    assert org_ids("Hội thảo có đại diện Bộ Công nghệ - Truyền thông, Bộ Kế hoạch & Đầu tư.") == [
        "org:la-mtc",
        "org:vn-mpi",
    ]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        pytest.param(
            "Phó Giám đốc Sở Nông nghiệp tỉnh Sơn La Lò Văn Thắng tiếp đoàn. Ông Văn Thắng giới thiệu mô hình mới.",
            "Lò Văn Thắng",
            "Văn Thắng",
            id="vietnamese",
        ),
        pytest.param(
            "Ông Thoong Xay Khăm Bua Phan, Phó Tỉnh trưởng tỉnh Bò Kẹo, tiếp đoàn. Ông Khăm Bua Phan cảm ơn tỉnh Lai "
            "Châu.",
            "Thoong Xay Khăm Bua Phan",
            "Khăm Bua Phan",
            id="lao",
        ),
    ],
)
def test_a_person_called_by_the_last_words_of_a_full_name_is_that_person(text: str, name: str, short: str) -> None:
    assert [(p.name, p.aliases) for p in read(text).persons] == [(name, [short])]


def test_a_short_name_two_full_names_end_with_stays_apart() -> None:
    x = read("Ông Lò Văn Thắng và ông Cà Văn Thắng tiếp đoàn. Ông Văn Thắng phát biểu.")
    assert sorted(p.name for p in x.persons) == ["Cà Văn Thắng", "Lò Văn Thắng", "Văn Thắng"]


def test_a_dash_after_a_schools_code_opens_what_is_said_of_it() -> None:
    assert bodies("Trường T31 - ngôi nhà chung Việt - Lào đã đón đoàn.") == [("Trường T31", None)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "do đồng chí Khăm Xay - Phôm Ma Chăn, Phó Tỉnh trưởng", "Khăm Xay - Phôm Ma Chăn", "LA", id="spaced"
        ),
        pytest.param("Ông Soukthavy manivong, Viện trưởng", "Soukthavy manivong", "LA", id="lower-family-name"),
        pytest.param("Thượng tá Đinh Văn Long, Chỉ huy trưởng", "Đinh Văn Long", "VN", id="rank"),
        pytest.param("Thủ tướng Thái Lan Prayuth Chan-o-cha tiếp", "Prayuth Chan-o-cha", "TH", id="country-before"),
        pytest.param("Dự lễ có bà H' Nga Byă, Phó Chủ tịch UBND tỉnh", "H' Nga Byă", "VN", id="ede-spaced"),
        pytest.param("Bà H'Lan Niê, Phó Chủ tịch HĐND tỉnh, phát biểu", "H'Lan Niê", "VN", id="ede-joined"),
        pytest.param(
            "Thứ trưởng Bộ Khoa học Ấn Độ, GS. Rajan P. Mehta, đã ký", "Rajan P. Mehta", "IN", id="middle-initial"
        ),
        pytest.param(
            "tiếp đoàn có: Trương Văn Khải-Ủy viên Ban Thường vụ Tỉnh ủy", "Trương Văn Khải", "VN", id="family-name"
        ),
    ],
)
def test_names_as_the_press_writes_them(text: str, name: str, country: str | None) -> None:
    assert (name, country) in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Tôi trò chuyện với Vilasack Phommathep, sinh viên năm ba.", "Vilasack Phommathep", id="with"),
        pytest.param(
            "Bạn Khamsone Vongsavath (tên tiếng Việt là Hoa), sinh viên ngành Thú y, kể.",
            "Khamsone Vongsavath",
            id="ban",
        ),
        pytest.param("Lưu học sinh Lò Thị Hương kể về năm học đầu tiên.", "Lò Thị Hương", id="learner"),
    ],
)
def test_a_student_named_without_a_title(text: str, name: str) -> None:
    assert name in [n for n, _ in people(text)]


def test_a_faculty_after_a_word_for_students_is_no_one() -> None:
    assert people("Các sinh viên Khoa Kinh tế và sinh viên Lào cùng dự lễ.") == []


def test_a_firm_named_like_a_person_after_with_is_no_one() -> None:
    assert people("Trường đã ký hợp tác với Mai Lâm và Hòa Phát.") == []


def test_the_year_an_agreement_is_for_is_its_period() -> None:
    x = read("Ngày 9/3/2024, tại Hà Nội, Bộ Y tế và Bộ Y tế Lào đã ký Kế hoạch hợp tác năm 2024.")
    [agreement] = x.agreements
    assert (agreement.period_start, agreement.period_end) == ("2024", "2024")
    assert agreement.date == "2024-03-09"


@pytest.mark.parametrize("witness", ["trước sự chứng kiến của", "dưới sự chứng kiến của"])
def test_an_agreements_name_ends_before_who_witnessed_it(witness: str) -> None:
    x = read(
        f"Ngày 12/6/2024, Bộ Nội vụ và Bộ Nội vụ Lào đã ký Bản ghi nhớ về hợp tác chuyển đổi số {witness} "
        "Thủ tướng hai nước."
    )
    assert [a.title for a in x.agreements] == ["Bản ghi nhớ về hợp tác chuyển đổi số"]


def test_a_signing_within_the_frame_of_a_session_is_a_meeting_of_its_own() -> None:
    x = read(
        "Sáng 10/1/2025, tại Đà Nẵng, Phó Thủ tướng Trần Hồng Hà cùng Phó Thủ tướng Lào Saleumxay Kommasith chủ "
        "trì phiên họp thứ chín của Ủy ban điều phối.\n\nTrong khuôn khổ phiên họp, Bộ trưởng Tư pháp Nguyễn Hải "
        "Ninh và Bộ trưởng Tư pháp Lào Phayvy Siboualypha đã ký kết Kế hoạch hợp tác pháp luật năm 2025."
    )
    session = next(e for e in x.events if e.event_type.value == "conference")
    [signing] = [e for e in x.events if e.event_type.value == "signing"]
    people = {p.ref for p in signing.participants if p.kind == "person"}
    assert people == {"Nguyễn Hải Ninh", "Phayvy Siboualypha"}
    assert not people & {p.ref for p in session.participants}
    assert signing.date == "2025-01-10"
    [plan] = x.agreements
    assert plan.event_key == signing.key


def test_witnesses_named_by_their_office_are_the_documents_holders_of_it() -> None:
    x = read(
        "Thủ tướng Phạm Minh Chính thăm chính thức Lào từ ngày 8-9/1/2025.\n\nNhân dịp chuyến thăm, chiều 9/1/2025, "
        "tại Viêng Chăn, Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị và Bộ trưởng Bộ Công chính và Vận tải Lào "
        "Ngampasong Muongmany đã ký Bản ghi nhớ về quy hoạch đô thị trước sự chứng kiến của Thủ tướng hai nước."
    )
    signing = next(e for e in x.events if e.event_type.value == "signing")
    witnesses = {p.ref for p in signing.participants if p.role.value == "witness"}
    assert witnesses == {"Phạm Minh Chính"}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param(
            "Ngày 4/6/2018, tại Khách sạn Lao Plaza, Thủ đô Viêng Chăn, Công ty cổ phần Sông Đà và Tập đoàn "
            "Phongsubthavy đã ký Bản ghi nhớ về thủy điện.",
            [("org", "Công ty cổ phần Sông Đà"), ("org", "Tập đoàn Phongsubthavy")],
            id="hall-then-city",
        ),
        pytest.param(
            "Ngày 5/3/2024, tại Hà Nội, tỉnh Nghệ An và tỉnh Xiêng Khoảng đã ký Biên bản hợp tác giai đoạn 2024-2026.",
            [("province", "province:VN-nghe-an"), ("province", "province:LA-XI")],
            id="city-then-parties",
        ),
    ],
)
def test_the_city_of_the_hall_an_agreement_is_signed_in_is_no_party(text: str, parties: list) -> None:
    [agreement] = read(text).agreements
    assert agreement.parties == parties


def test_two_ministers_who_sign_are_the_signers_and_a_stray_quote_leaves_the_name() -> None:
    x = read(
        "Từ ngày 5 đến 8/6/2023, Bộ trưởng Bộ Y tế Đào Hồng Lan thăm và làm việc tại Lào, gặp Bộ trưởng Bộ Y tế Lào "
        "Bounfeng Phoummalaysith.\n\nHai Bộ trưởng cũng đã ký kết Kế hoạch hợp tác y tế giai đoạn 2023 – 2025”."
    )
    [plan] = x.agreements
    assert plan.title == "Kế hoạch hợp tác y tế giai đoạn 2023 – 2025"
    assert sorted(plan.signers) == ["Bounfeng Phoummalaysith", "Đào Hồng Lan"]


def test_two_agreements_listed_in_one_sentence() -> None:
    x = read(
        "Ngày 5/5/2023, tại Viêng Chăn, hai Bộ trưởng Bộ Y tế và Bộ Y tế Lào đã ký Thỏa thuận hợp tác năm 2023 "
        "và Kế hoạch hợp tác giai đoạn 2024 - 2026."
    )
    assert sorted((a.period_start, a.period_end) for a in x.agreements) == [("2023", "2023"), ("2024", "2026")]


def test_a_signing_during_a_visit_is_a_meeting_of_its_own() -> None:
    x = read(
        "Từ ngày 4 đến 6/10/2022, Bộ trưởng Bộ Y tế Trần Văn Hải dẫn đầu đoàn sang thăm chính thức Lào. "
        "Trong chuyến thăm, hai Bộ trưởng đã ký Bản ghi nhớ hợp tác về y tế."
    )
    assert sorted(e.event_type.value for e in x.events) == ["signing", "visit"]


@pytest.mark.parametrize("venue", ["TP Cần Thơ", "TP. Cần Thơ", "Thành phố Cần Thơ", "thành phố Cần Thơ"])
def test_a_city_written_with_its_prefix_after_tai_is_the_venue_not_a_participant(venue: str) -> None:
    x = read(f"Ngày 2/10/2024, tại {venue}, đoàn công tác tỉnh Sê Kông đã làm việc với Bộ Giáo dục và Đào tạo.")
    [session] = x.events
    assert {p.ref for p in session.participants} == {"Bộ Giáo dục và Đào tạo", "province:LA-XE"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ngày 2/10/2024, buổi làm việc giữa đoàn tỉnh Sê Kông và Bộ Giáo dục và Đào tạo diễn ra ở TP Cần Thơ.",
            id="took-place-in",
        ),
        pytest.param(
            "Ngày 2/10/2024, tại Khách sạn Sông Hậu, TP Cần Thơ, đoàn tỉnh Sê Kông làm việc với Bộ Nội vụ.",
            id="hall-then-city",
        ),
    ],
)
def test_the_city_a_hall_or_a_meeting_is_in_is_its_venue(text: str) -> None:
    [session] = read(text).events
    assert session.province_id == "province:VN-can-tho"
    assert "province:VN-can-tho" not in {p.ref for p in session.participants}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tỉnh Hòa Bình sẽ hỗ trợ hai tỉnh Bò Kẹo và Luông Nậm Thà giống cây trồng.", id="plan"),
        pytest.param("Tỉnh Yên Bái mong muốn quan hệ hợp tác với tỉnh Xay Nha Bu Ly ngày càng chặt chẽ.", id="wish"),
        pytest.param("Tỉnh Phú Yên và tỉnh Bò Kẹo chưa từng tổ chức hội đàm với nhau.", id="a-meeting-denied"),
        pytest.param("Tỉnh Yên Bái đề xuất tổ chức hội nghị hợp tác với tỉnh Bò Kẹo vào năm sau.", id="a-proposal"),
        pytest.param(
            "Ngày 9/9/2024, tại TP Cần Thơ, đoàn công tác tỉnh Sa La Van đã thăm Công ty Cổ phần Thủy sản Việt Nam.",
            id="a-firm-visited-in-a-city",
        ),
        pytest.param(
            "Ngày 9/9/2024, tại Hải Phòng, Tổng Lãnh sự quán Lào tổ chức lễ mít tinh có đoàn tỉnh Bò Kẹo dự.",
            id="a-missions-ceremony-in-a-city",
        ),
        pytest.param(
            "Ngày 5/5/2024, hai bên góp ý dự thảo thỏa thuận hợp tác giữa tỉnh Ninh Bình và tỉnh Sa La Van.",
            id="a-draft",
        ),
        pytest.param(
            "Ngày 2/6/2024, tỉnh Gia Lai không dự hội nghị với tỉnh Sa La Van vì mưa lũ.", id="a-meeting-not-attended"
        ),
        pytest.param(
            "Tỉnh Bình Thuận sẵn sàng hợp tác với tỉnh U Đôm Xay nếu hai bên thống nhất lĩnh vực.", id="a-condition"
        ),
        pytest.param(
            "Tỉnh Hà Tĩnh đang xem xét khả năng hợp tác với tỉnh Bolikhamxay về du lịch sinh thái.", id="a-study"
        ),
        pytest.param(
            "Ngày 1/4/2023, đoàn tỉnh Long An và tỉnh Tây Ninh sang thăm tỉnh Svay Rieng của Campuchia.",
            id="co-delegates",
        ),
        pytest.param(
            "Ngày 14/8/2024, tại TP Đà Nẵng, đoàn công tác tỉnh Sê Kông đã làm việc với Bộ Nông nghiệp và Phát "
            "triển nông thôn về dự án thủy lợi.",
            id="a-city-where-a-ministry-was-met",
        ),
    ],
)
def test_no_partnership_from_a_plan_a_wish_or_co_delegates(text: str) -> None:
    assert read(text).partnerships == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "Tổng Lãnh sự quán Việt Nam tại Xa-vẳn-na-khệt đã", "Tổng Lãnh sự quán Việt Nam tại", "VN", id="mission"
        ),
        pytest.param("Chính phủ Hoàng gia Campuchia đã", "Chính phủ Hoàng gia Campuchia", "KH", id="government"),
        pytest.param("cán bộ Quân khu 5 đã", "Quân khu 5", None, id="numbered"),
        pytest.param("phóng viên Tạp chí Khoa học Lào đã", "Tạp chí Khoa học Lào", "LA", id="journal"),
        pytest.param("Công an tỉnh Quảng Bình phối hợp", "Công an tỉnh Quảng Bình", "VN", id="police"),
    ],
)
def test_missions_governments_units_journals_and_police(text: str, name: str, country: str | None) -> None:
    [(found, found_country)] = bodies(text)
    assert found.startswith(name) and found_country == country


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param("Trường Hữu nghị 75 tiếp đoàn cán bộ tỉnh bạn.", "Trường Hữu nghị 75", id="a-school-receives"),
        pytest.param("Quân khu 9 tổ chức giao lưu với đơn vị bạn.", "Quân khu 9", id="a-military-region-holds"),
        pytest.param("Bệnh viện Quân y 121 cử kíp mổ sang hỗ trợ.", "Bệnh viện Quân y 121", id="a-hospital-sends"),
    ],
)
def test_a_number_before_a_verb_is_the_bodys_own(text: str, body: str) -> None:
    assert [name for name, _ in bodies(text)] == [body]


def test_a_count_after_a_body_is_no_part_of_its_name() -> None:
    assert bodies("Sở Y tế 3 tỉnh Bắc Lào") == [("Sở Y tế", None)]
    assert bodies("Phó Thủ tướng Chính phủ Lê Văn Thành") == []


def test_a_body_the_lexicon_does_not_know_between_title_and_name() -> None:
    assert ("Trần Văn Bình", "VN") in people("Đi cùng có Trưởng ban Dân vận Huyện ủy Trần Văn Bình, Phó Bí thư")
    assert ("Lê Thị Hoa", "VN") in people("Trưởng khoa Ngữ văn TS. Lê Thị Hoa đã phát biểu")


def test_the_old_and_new_placing_of_a_tone_mark_read_alike() -> None:
    assert ("Vi Văn Sơn", "VN") in people("Vi Văn Sơn - Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng ban")


def test_neighbours_on_a_border_list_are_no_provinces_of_the_news() -> None:
    x = read(
        "Hội thảo du lịch\n\nNgày 9/9/2022, Sở Văn hóa tỉnh Hủa Phăn tổ chức hội thảo về du lịch. "
        "Tỉnh Hủa Phăn có đường biên giới giáp với các tỉnh Thanh Hóa, Sơn La và Nghệ An."
    )
    named = {p.node_id for p in x.provinces if not p.aside}
    assert named == {"province:LA-HO"}


def test_a_body_named_as_the_provinces_speaks_for_it() -> None:
    x = read(
        "Hội đàm\n\nNgày 4/4/2025, Bộ Chỉ huy Quân sự tỉnh Điện Biên hội đàm với Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-PH", "province:VN-dien-bien")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Tỉnh Hà Giang trao tặng 300 triệu đồng cho nhân dân tỉnh Phông Sa Lỳ.",
            ("province:LA-PH", "province:VN-ha-giang"),
            id="a-gift",
        ),
        pytest.param(
            "Ngành y tế Bình Định tiếp tục hỗ trợ tỉnh Xê Kông đào tạo điều dưỡng.",
            ("province:LA-XE", "province:VN-binh-dinh"),
            id="aid-going-on",
        ),
        pytest.param(
            "Bằng vốn viện trợ không hoàn lại, thành phố Hải Phòng tặng Trường Hữu nghị tỉnh Viêng Chăn một thư viện.",
            ("province:LA-VI", "province:VN-hai-phong"),
            id="a-grant",
        ),
    ],
)
def test_a_provinces_gift_or_aid_to_a_province_of_the_other_country_makes_them_partners(
    text: str, pair: tuple[str, str]
) -> None:
    x = read(f"Tin địa phương\n\n{text}")
    assert [(p.a, p.b, p.basis) for p in x.partnerships] == [(*pair, "support")]


def test_a_body_of_the_province_around_the_capital_is_not_the_capitals() -> None:
    x = read("Tin giáo dục\n\nSở Giáo dục tỉnh Viêng Chăn và Sở Giáo dục Thủ đô Viêng Chăn cùng dự hội nghị.")
    assert sorted((o.name, o.province_id) for o in x.orgs) == [
        ("Sở Giáo dục Thủ đô Viêng Chăn", "province:LA-VT"),
        ("Sở Giáo dục tỉnh Viêng Chăn", "province:LA-VI"),
    ]


def test_aid_between_two_provinces_of_one_country_pairs_nobody() -> None:
    x = read("Tin địa phương\n\nTỉnh Quảng Ninh hỗ trợ tỉnh Cao Bằng 5 tỷ đồng khắc phục hậu quả bão.")
    assert x.partnerships == []


def test_a_university_named_after_its_city_does_not() -> None:
    x = read("Làm việc\n\nNgày 4/4/2025, Trường Đại học Cần Thơ làm việc với Sở Giáo dục tỉnh Chăm Pa Xắc.")
    assert x.partnerships == []


def test_a_ward_or_district_bearing_a_provinces_name_is_no_province() -> None:
    x = read("Hội nghị\n\nNgày 5/11/2025, tại phường Long An, tỉnh Tây Ninh, UBND tỉnh Tây Ninh tổ chức hội nghị.")
    assert {p.node_id for p in x.provinces} == {"province:VN-tay-ninh"}


def test_a_visit_and_the_talks_held_during_it_are_two_meetings() -> None:
    x = read(
        "Thăm và hội đàm\n\nNgày 7/5/2024, đoàn đại biểu tỉnh Sơn La sang thăm và hội đàm với lãnh đạo tỉnh Hủa Phăn."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("talks", "2024-05-07"),
        ("visit", "2024-05-07"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tỉnh sẽ nghiên cứu, đề xuất ký kết biên bản hợp tác với tỉnh Khăm Muồn.", id="proposal"),
        pytest.param("Hai bên dự kiến ký kết hợp tác giai đoạn 2026 - 2030 vào cuối năm.", id="expected"),
    ],
)
def test_a_proposed_signing_is_no_agreement(text: str) -> None:
    assert read("Đối ngoại\n\n" + text).agreements == []


def test_signing_cooperation_for_a_period_is_an_agreement() -> None:
    x = read(
        "Hội đàm\n\nNgày 27/6/2024, tại Đông Hà, UBND tỉnh Quảng Trị và UBND tỉnh Chăm Pa Xắc đã hội đàm và ký kết "
        "hợp tác giữa hai tỉnh giai đoạn 2024 - 2026."
    )
    [agreement] = x.agreements
    assert (agreement.period_start, agreement.period_end) == ("2024", "2026")


def test_a_tally_of_visits_is_no_meeting() -> None:
    x = read(
        "Hợp tác\n\nTừ tháng 3/2019 đến năm 2022, tỉnh Hòa Bình đã cử 4 đoàn công tác sang thăm, làm việc tại "
        "tỉnh Xay Nha Bu Ly."
    )
    assert x.events == []


def test_receiving_students_is_a_reception() -> None:
    x = read("Đón sinh viên\n\nNgày 5/9/2023, Trường Đại học Hùng Vương tiếp nhận 25 sinh viên tỉnh Luông Nậm Thà.")
    assert [(e.event_type.value, e.date) for e in x.events] == [("reception", "2023-09-05")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Công ty Xuất - nhập khẩu Sa Vẳn đã ký", "Công ty Xuất - nhập khẩu Sa Vẳn", id="lower-compound"),
        pytest.param("Viện Nghiên cứu Lúa Elba Roza Perez, Viện trưởng", "Viện Nghiên cứu Lúa", id="foreign-person"),
        pytest.param("đoàn Viện Pasteur Nha Trang đã đến", "Viện Pasteur Nha Trang", id="latin-word-in-name"),
    ],
)
def test_names_with_latin_words_and_compounds(text: str, name: str) -> None:
    assert bodies(text)[0][0] == name


def test_provinces_guessed_for_two_unnamed_sides_state_no_partnership() -> None:
    x = read(
        "Hợp tác\n\nTỉnh Yên Bái có nhiều tiềm năng. Tỉnh Luông Nậm Thà giàu tài nguyên. "
        "Du lịch ở vùng núi phát triển nhanh. Nông sản được mùa lớn. Giao thông còn nhiều khó khăn. "
        "Ngày 5/5/2024, hai tỉnh đã ký biên bản ghi nhớ hợp tác."
    )
    assert len(x.agreements) == 1 and x.partnerships == []


def test_two_provinces_counted_right_after_they_are_named_are_the_two() -> None:
    x = read(
        "Hợp tác\n\nTỉnh Yên Bái có nhiều tiềm năng. Tỉnh Luông Nậm Thà giàu tài nguyên. "
        "Ngày 5/5/2024, hai tỉnh đã ký biên bản ghi nhớ hợp tác."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-LM", "province:VN-yen-bai")}


def province_ids(text: str) -> set[str]:
    return {p.node_id for p in read(text).provinces}


def test_a_longer_name_holding_a_provinces_name_is_no_province() -> None:
    text = (
        "Sáng 7/5, tại Hà Nội, Hội Hữu nghị Việt - Lào kỷ niệm 70 năm Chiến thắng Điện Biên Phủ "
        "và bàn về hợp tác khu vực châu Á - Thái Bình Dương."
    )
    assert province_ids(text) == {"province:VN-ha-noi"}


def test_a_city_written_with_its_unit_in_lower_case_is_a_province() -> None:
    text = "Đoàn công tác của thành phố Hồ Chí Minh đã thăm thủ đô Viêng Chăn vào ngày 2/3/2024."
    assert province_ids(text) == {"province:VN-ho-chi-minh", "province:LA-VT"}


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Hà Nội 21 °C\nĐà Nẵng 27 °C\n  • Hải Phòng Hà Nội 20°C\n\n", id="weather-widget"),
        pytest.param("hop tac y te giua hai tinh bien gioi Đà Nẵng trao học bổng cho sinh viên\n\n", id="slug-teaser"),
    ],
)
def test_page_furniture_names_no_province(furniture: str) -> None:
    body = "Ngày 12/4/2023, Sở Y tế tỉnh Kon Tum và Sở Y tế tỉnh Át-tạ-pư đã hội đàm về hợp tác y tế."
    assert province_ids(furniture + body) == province_ids(body) == {"province:VN-kon-tum", "province:LA-AT"}


@pytest.mark.parametrize(
    "credit",
    ["Thực hiện: Lê Minh - phóng viên tại Vientiane.", "(PV, Sở Ngoại vụ TP.HCM)", "Theo Nhandan", "Ý kiến ()"],
)
def test_a_credit_closing_the_page_is_no_part_of_the_article(credit: str) -> None:
    body = "Ngày 12/4/2023, Sở Y tế tỉnh Kon Tum và Sở Y tế tỉnh Át-tạ-pư đã hội đàm về hợp tác y tế."
    x = read(body + "\n\n" + credit)
    assert x.doc.text == body
    assert {p.node_id for p in x.provinces} == {"province:VN-kon-tum", "province:LA-AT"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Công ty Hoa Sen (Bình Phước) đang phối hợp với Sở Nông nghiệp tỉnh Chăm-pa-sắc làm mô hình lúa sạch.",
            id="a-firms-home",
        ),
        pytest.param(
            "Nông dân huyện Tam Bình, tỉnh Vĩnh Long hợp tác với nông dân tỉnh Chăm-pa-sắc trồng lúa.",
            id="a-districts-province",
        ),
        pytest.param(
            "Tổng Lãnh sự quán Việt Nam tại Luông Pha Bang phối hợp với tỉnh Hủa Phăn khám bệnh cho người dân.",
            id="a-consulates-seat",
        ),
    ],
)
def test_a_province_that_locates_a_firm_a_district_or_a_mission_states_no_partnership(text: str) -> None:
    assert read(text).partnerships == []


def test_a_statement_of_cooperation_between_two_provinces_is_a_partnership() -> None:
    x = read("Quan hệ hợp tác giữa tỉnh Quảng Bình và tỉnh Khăm Muồn ngày càng bền chặt.")
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-KH", "province:VN-quang-binh")}


def test_an_anniversary_recalled_dates_the_article_by_its_count_of_years() -> None:
    x = read(
        "Chiều 11/7, UBND tỉnh Bến Tre và tỉnh Bò Kẹo đã tổ chức lễ ký kết Biên bản hợp tác. Chào mừng kỷ niệm "
        "46 năm ngày hai nước ký hiệp ước (18/7/1977), hai tỉnh cùng trồng cây lưu niệm."
    )
    assert [e.date for e in x.events] == ["2023-07-11"]


def test_a_span_of_years_recalled_gives_a_meeting_no_year() -> None:
    x = read(
        "Chiều 17/1, Học viện Nông nghiệp và Đại sứ quán Lào tổ chức lễ trao tặng Huân chương cho các chuyên gia. "
        "Các chuyên gia đã dịch những tác phẩm viết từ năm 1930 đến năm 1975 sang tiếng Lào."
    )
    assert [e.date for e in x.events] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Trường học có trị giá 2 triệu USD, được khởi công xây dựng từ tháng 3/2015 trên diện tích 4 ha.",
        "Hệ thống thủy lợi do Việt Nam tài trợ (khởi công năm 2001 và bàn giao năm 2009) đã đi vào hoạt động.",
    ],
)
def test_a_projects_timeline_is_no_meeting(text: str) -> None:
    assert read(text).events == []


def test_a_groundbreaking_ceremony_is_a_meeting() -> None:
    x = read("Sáng 5/3/2020, tỉnh Nghệ An và tỉnh Xiêng Khoảng tổ chức lễ khởi công trường học hữu nghị.")
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", "2020-03-05")]


def test_a_province_written_with_a_capital_unit_word_keys_one_body() -> None:
    assert [o.key for o in find_orgs("Công an Tỉnh Điện Biên ký kết với Công an tỉnh Bò Kẹo.")] == [
        "Công an tỉnh Điện Biên",
        "Công an tỉnh Bò Kẹo",
    ]


def test_an_agreement_signed_between_two_bodies_and_the_schedule_it_plans() -> None:
    x = read(
        "Ngày 6/12/2020, tại Hà Nội, hai bên tổ chức lễ ký kết các văn bản hợp tác. Biên bản ghi nhớ ký giữa "
        "Tổng công ty Điện lực miền Trung với Công ty Thủy điện Nậm Ngừm về một nhà máy mới, dự kiến phát điện "
        "từ năm 2024-2025."
    )
    [mou] = x.agreements
    assert (mou.date, mou.period_start, mou.period_end) == ("2020-12-06", None, None)
    assert set(mou.parties) == {("org", "Tổng công ty Điện lực miền Trung"), ("org", "Công ty Thủy điện Nậm Ngừm")}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("Đoàn do đồng chí Hà Minh - Bí thư Huyện ủy Mường Nhé làm trưởng đoàn.", "Hà Minh", "Bí thư"),
        pytest.param("Anh Lê Văn Bình, Bí thư Tỉnh đoàn, cho biết như vậy.", "Lê Văn Bình", "Bí thư"),
        pytest.param("Thầy Trần Văn Nam – Hiệu trưởng nhà trường phát biểu.", "Trần Văn Nam", "Hiệu trưởng"),
        pytest.param("Đoàn do ông Khamla Sengdara-Phó Bí thư Tỉnh ủy dẫn đầu.", "Khamla Sengdara", "Phó Bí thư"),
    ],
)
def test_a_name_without_the_words_around_it(text: str, name: str, title: str) -> None:
    found = find_persons(text, find_orgs(text))
    assert [p.name for p in found] == [name]
    assert found[0].positions[0][0].startswith(title)
    assert text[found[0].start : found[0].end] == name


def test_acting_before_a_title_is_no_part_of_the_name() -> None:
    text = "Bộ trưởng Bùi Thanh Sơn hội đàm với đồng chí Khamla Sengdara Quyền Trưởng ban Đối ngoại."
    assert [p.name for p in find_persons(text, find_orgs(text))] == ["Bùi Thanh Sơn", "Khamla Sengdara"]


def test_a_form_of_address_in_lower_case_opens_a_name() -> None:
    text = "Tại buổi làm việc, anh Somsak Keola, Phó Bí thư Trung ương Đoàn, trình bày kế hoạch."
    assert [p.name for p in find_persons(text, find_orgs(text))] == ["Somsak Keola"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Bệnh viện Hòa Bình còn tổ chức khám bệnh miễn phí.", "Bệnh viện Hòa Bình"),
        ("Trung tâm Khuyến nông Quốc gia làm đầu mối của chương trình.", "Trung tâm Khuyến nông Quốc gia"),
        ("Viện Kinh tế Số khởi xướng mạng lưới hợp tác.", "Viện Kinh tế Số"),
        ("Đại học Tây Bắc tích cực hợp tác với Lào.", "Đại học Tây Bắc"),
        ("Thủ tướng Chính phủ nước CHXHCN Việt Nam chứng kiến lễ ký.", "Chính phủ Việt Nam"),
        ("Đại sứ quán Việt Nam tại Lào Lê Văn An cho biết.", "Đại sứ quán Việt Nam tại Lào"),
    ],
)
def test_a_bodys_name_ends_before_adverbs_verbs_and_a_persons_name(text: str, key: str) -> None:
    assert [o.key for o in find_orgs(text)][0] == key


def test_two_units_signing_a_twinning_charter_at_a_meeting_with_no_sides_read() -> None:
    x = read(
        "Hai đơn vị biên phòng hội đàm.\n\nDự buổi lễ, về phía Bộ đội Biên phòng tỉnh Quảng Trị có Đại tá Lê Văn An; "
        "về phía Bộ Chỉ huy Quân sự tỉnh Sa-la-van có Đại tá Sổm Phết.\n\n"
        "Hai đơn vị đã ký kết quy chế kết nghĩa gồm sáu điều."
    )
    [charter] = x.agreements
    assert set(charter.parties) == {
        ("org", "Bộ đội Biên phòng tỉnh Quảng Trị"),
        ("org", "Bộ Chỉ huy Quân sự tỉnh Sa-la-van"),
    }


def test_an_agreement_named_at_length_before_it_was_signed() -> None:
    x = read(
        "Thoả thuận Hợp tác giữa Học viện Hành chính Quốc gia và Viện Nghiên cứu Hành chính Lào được ký kết "
        "trên nền tảng hợp tác lâu dài."
    )
    assert [a.agreement_type.value for a in x.agreements] == ["agreement"]


def test_today_with_its_day_in_brackets_dates_the_meeting() -> None:
    x = read("Chiều nay (9/6/2022), Công an tỉnh Lai Châu và Công an tỉnh Phông Sa Lỳ tổ chức hội nghị trực tuyến.")
    assert [(e.event_type.value, e.date) for e in x.events] == [("online_meeting", "2022-06-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 3/4/2018, Hội Hữu nghị và Trường Hữu nghị T78 tổ chức hội nghị tổng kết chương trình “Đưa học sinh "
        "đi thực tế tại nhà dân”.",
        "Chiều 15/4/2015, Trường Đại học Vinh tổ chức buổi tiếp lưu học sinh Lào tại trường.",
    ],
)
def test_a_meetings_place_is_a_named_place_outside_a_programmes_name(text: str) -> None:
    [event] = read(text).events
    assert event.location is None


def test_meetings_in_general_are_no_meeting() -> None:
    x = read("Hai Bộ tiếp tục phối hợp chặt chẽ tại các diễn đàn quốc tế và những hội nghị khu vực.")
    assert x.events == []


def test_a_work_trip_frames_the_meeting_held_during_it() -> None:
    x = read(
        "Trong chuyến công tác, sáng ngày 7/8/2024, Thứ trưởng Bộ Nội vụ Lê Văn An đã có buổi làm việc riêng "
        "với Thứ trưởng Bộ Nội vụ Lào Khamla Sengdara."
    )
    [session] = x.events
    assert (session.event_type.value, session.date) == ("working_session", "2024-08-07")
    people = {p.ref for p in session.participants if p.kind == "person"}
    assert people == {"Lê Văn An", "Khamla Sengdara"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Sở Nông nghiệp 3 tỉnh: Luông Nậm Thà, Bò Kẹo, U Đôm Xay cử cán bộ sang học.",
            ["Sở Nông nghiệp tỉnh Luông Nậm Thà", "Sở Nông nghiệp tỉnh Bò Kẹo", "Sở Nông nghiệp tỉnh U-đôm-xay"],
        ),
        (
            "Hội nghị giữa Công an tỉnh Nghệ An với công an các tỉnh Xiêng Khoảng và Hủa Phăn.",
            ["Công an tỉnh Nghệ An", "Công an tỉnh Xiêng Khoảng", "Công an tỉnh Hủa Phăn"],
        ),
        ("Đoàn đại biểu Quốc hội và HĐND khu vực 9 tỉnh Xiêng Khoảng.", []),
    ],
)
def test_a_provincial_body_named_once_for_a_counted_list_of_provinces(text: str, keys: list[str]) -> None:
    assert [o.key for o in find_orgs(text) if o.province is not None] == keys


def test_a_foreign_province_after_its_party_committee_is_no_person() -> None:
    text = "Dự lễ có Bí thư Tỉnh ủy Lào Cai (Việt Nam) và Bí thư Tỉnh ủy Vân Nam (Trung Quốc)."
    assert find_persons(text, find_orgs(text)) == []


def test_a_set_of_agreements_signed_together_is_filed_once_and_holds_no_ceremony() -> None:
    x = read("Tại lễ khai mạc ngày hội, đã có 5 biên bản ký kết hợp tác giữa Trường Đại học Tây Đô với các hãng.")
    assert [a.title for a in x.agreements] == ["Biên bản ký kết hợp tác"]
    assert [e.event_type.value for e in x.events] == ["other"]


def test_agreements_listed_after_their_count_are_read_where_listed() -> None:
    x = read(
        "Ngày 6/12/2020, Tổng công ty Điện lực miền Bắc ký kết 2 biên bản ghi nhớ gồm:\n\n"
        "Bản thứ nhất, Biên bản ghi nhớ ký giữa Tổng công ty Điện lực miền Bắc với Công ty Thủy điện Nậm Ngừm.\n\n"
        "Bản thứ hai, Biên bản ghi nhớ ký giữa Tổng công ty Điện lực miền Bắc với Công ty Điện lực Lào."
    )
    assert sorted(a.parties[-1][1] for a in x.agreements) == ["Công ty Thủy điện Nậm Ngừm", "Công ty Điện lực Lào"]


def test_items_of_a_list_of_signed_agreements_are_each_one_even_with_the_same_parties() -> None:
    x = read(
        "Ngày 3/5/2022, tại Viêng Chăn, Tổng công ty Phát điện 2 đã ký kết biên bản ghi nhớ với đối tác Lào.\n\n"
        "Các biên bản ghi nhớ đã ký bao gồm:\n\n"
        "Biên bản ghi nhớ ký giữa Tổng công ty Phát điện 2 với Tập đoàn Sông Mê Kông về việc khảo sát "
        "thủy điện Nậm Xan;\n\n"
        "Biên bản ghi nhớ ký giữa Tổng công ty Phát điện 2 với Tập đoàn Sông Mê Kông về việc mua điện gió "
        "tại Sê Kông.\n\n"
        "Hai bên cam kết sớm triển khai các dự án."
    )
    assert sorted(a.title for a in x.agreements) == [
        "Biên bản ghi nhớ về việc khảo sát thủy điện Nậm Xan",
        "Biên bản ghi nhớ về việc mua điện gió tại Sê Kông",
    ]
    assert {a.date for a in x.agreements} == {"2022-05-03"}


def test_an_agreement_named_without_a_list_before_it_is_no_item() -> None:
    x = read(
        "Ngày 3/5/2022, Sở Y tế tỉnh Sơn La ký biên bản ghi nhớ với Sở Y tế tỉnh Hủa Phăn.\n\n"
        "Biên bản ghi nhớ giữa Sở Y tế tỉnh Sơn La và Sở Y tế tỉnh Hủa Phăn tạo khung cho hợp tác."
    )
    assert len(x.agreements) == 1


def test_handing_over_an_order_is_a_ceremony() -> None:
    x = read(
        "Chiều 12/10/2021, tại Viêng Chăn, Phó Thủ tướng Lào Sonexay Siphandone trao tặng Huân chương Tự do hạng "
        "Nhất cho Đại sứ Việt Nam Nguyễn Bá Hùng."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", "2021-10-12")]
    assert {p.ref for p in x.events[0].participants} >= {"Sonexay Siphandone", "Nguyễn Bá Hùng"}


def test_a_hyphen_spaced_on_one_side_still_names_the_province() -> None:
    assert bodies("Đại tá Lê Văn An, Giám đốc Công an tỉnh Bà Rịa- Vũng Tàu, phát biểu.") == [
        ("Công an tỉnh Bà Rịa- Vũng Tàu", "VN")
    ]


def test_a_romanised_lao_name_after_a_party_board_whose_name_holds_a_verb() -> None:
    assert people("Đoàn do Trưởng ban Tổ chức Tỉnh ủy Bounmy Keovongsa dẫn đầu đã sang thăm tỉnh Nghệ An.") == [
        ("Bounmy Keovongsa", "LA")
    ]


def test_a_name_after_va_dong_chi_holds_no_post_of_the_title_before() -> None:
    text = "Ông An gặp đồng chí Somsak Inthavong, Bộ trưởng Tài chính và đồng chí Bounthavy Sisavath."
    found = {p.name: [title for title, _ in p.positions] for p in find_persons(text, find_orgs(text))}
    assert "Bounthavy Sisavath" in found
    assert found.get("Bounthavy Sisavath", []) == []


def test_hosts_named_before_tiep_doan_received_the_visitors() -> None:
    x = read(
        "Sáng 10/2/2024, đoàn đại biểu tỉnh Hủa Phăn do Phó Tỉnh trưởng Viengsay Phommachanh dẫn đầu đến thăm tỉnh "
        "Thanh Hóa.\n\nPhó Chủ tịch UBND tỉnh Lê Văn Hòa cùng lãnh đạo các sở tiếp đoàn."
    )
    kinds = {e.event_type.value: {p.ref for p in e.participants if p.kind == "person"} for e in x.events}
    assert kinds["visit"] == {"Viengsay Phommachanh"}
    assert kinds["reception"] == {"Viengsay Phommachanh", "Lê Văn Hòa"}


def test_the_headlines_working_session_is_the_reception_and_work_the_lead_dates() -> None:
    x = read(
        "Lãnh đạo tỉnh Kon Tum làm việc với đoàn đại biểu tỉnh Attapeu\n\n"
        "Sáng 5/3/2025, tại thành phố Kon Tum, lãnh đạo tỉnh Kon Tum đã tiếp và làm việc với đoàn đại biểu tỉnh "
        "Attapeu."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("reception", "2025-03-05")]


def test_a_day_to_come_is_a_plan_even_where_the_headline_names_it_without_se() -> None:
    x = read(
        "Hội đàm giữa tỉnh Sơn La và tỉnh Luông Pha Bang diễn ra ngày 20/11\n\n"
        "Thứ Hai, 10/11/2025\n\n"
        "Theo Sở Ngoại vụ, vào ngày 20/11 tới, tại thành phố Sơn La sẽ diễn ra hội đàm giữa hai tỉnh.\n\n"
        "Hội đàm năm ngoái được tổ chức ngày 18/11/2024 tại Luông Pha Bang."
    )
    assert [e.date for e in x.events] == ["2024-11-18"]


def test_an_article_announcing_a_programme_reports_no_meeting_named_up_front() -> None:
    x = read(
        "Ngày 5/12 tới đây, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị tổ chức chương trình giao lưu biên giới.\n\n"
        "Trong khuôn khổ chương trình có những hoạt động như: Tọa đàm hữu nghị, thăm hỏi gia đình chính sách của "
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị tại khu vực cửa khẩu Lao Bảo."
    )
    assert x.events == []


def test_a_provinces_other_spelling_in_brackets_is_the_same_aside() -> None:
    x = read(
        "Ngày 2/3/2024, Trường Đại học Nông Lâm đón sinh viên Lào.\n\n"
        "Tôi gặp Bounmy, nữ sinh viên đến từ tỉnh Xiêng Khoảng (Xiengkhouang), đang học ngành thú y."
    )
    assert not [p for p in x.provinces if p.node_id == "province:LA-XI" and not p.aside]


def test_the_venue_ends_where_the_clause_names_who_met() -> None:
    x = read(
        "Ngày 4/7/2023, tại tỉnh Xiêng Khoảng (Lào) đã diễn ra Hội nghị hợp tác năm 2023 giữa Công an tỉnh Thanh Hóa "
        "với công an các tỉnh Xiêng Khoảng và Hủa Phăn."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {
        ("province:LA-HO", "province:VN-thanh-hoa"),
        ("province:LA-XI", "province:VN-thanh-hoa"),
    }


@pytest.mark.parametrize("country", ["Cộng hòa Dân chủ nhân dân Lào", "nước CHDCND Lào", "Lào"])
def test_a_country_as_venue_is_not_the_province_of_who_came(country: str) -> None:
    x = read(f"Ngày 8/5/2024, tại {country}, đoàn công tác tỉnh Hà Tĩnh đã làm việc với Sở Nông nghiệp tỉnh Bò Kẹo.")
    [event] = x.events
    assert (event.location, event.province_id, event.country) == (country, None, "country:LA")


def test_a_delegation_received_in_a_province_met_that_province_unless_it_is_the_capital() -> None:
    x = read(
        "Chiều 14/4/2023, trong chuyến thăm và làm việc tại tỉnh Phông Sa Lỳ, đoàn đại biểu tỉnh Lai Châu do "
        "Bí thư Tỉnh ủy Lê An dẫn đầu đã làm việc với lãnh đạo tỉnh bạn."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-PH", "province:VN-lai-chau")}
    capital = read(
        "Chiều 14/4/2023, tại Thủ đô Viêng Chăn, đoàn đại biểu tỉnh Lai Châu do Bí thư Tỉnh ủy Lê An dẫn đầu đã "
        "làm việc với Bộ Công an Lào."
    )
    assert capital.partnerships == []


def test_a_headline_naming_no_province_takes_the_provinces_of_the_lead() -> None:
    x = read(
        "Lãnh đạo tỉnh thăm, chúc Tết Bunpimay\n\n"
        "Nhân dịp Tết Bunpimay, đoàn đại biểu tỉnh Quảng Bình do Phó Chủ tịch UBND tỉnh Trần Phong dẫn đầu đã đến "
        "chúc Tết Đảng bộ, chính quyền tỉnh Khăm Muộn."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-KH", "province:VN-quang-binh")}


def test_a_firms_name_holds_a_group_head_and_a_legal_form_alone_names_no_firm() -> None:
    assert bodies("Công ty cổ phần Tập đoàn Hoa Sen tài trợ cho trường.") == [
        ("Công ty cổ phần Tập đoàn Hoa Sen", None)
    ]
    assert bodies("Một công ty cổ phần ở Viêng Chăn và Công ty TNHH một thành viên đã nhận hồ sơ.") == []


@pytest.mark.parametrize(
    ("spelling", "province"),
    [
        pytest.param("Bolykhămxay", "province:LA-BL", id="run-together-without-a-mark"),
        pytest.param("Huaphanh", "province:LA-HO", id="romanised-with-h"),
        pytest.param("Thừa Thiên – Huế", "province:VN-hue", id="en-dash"),
    ],
)
def test_spellings_of_a_province_the_press_uses(spelling: str, province: str) -> None:
    x = read(f"Ngày 8/5/2023, đoàn công tác tỉnh Hà Giang đã đến thăm tỉnh {spelling}.")
    assert province in {p.node_id for p in x.provinces}


def test_a_lao_body_met_in_a_province_is_there_and_a_delegation_abroad_is_not_a_place() -> None:
    met = read(
        "Từ ngày 5 đến 7/6/2019, đoàn Bộ Y tế đã làm việc với Bộ Y tế Lào tại tỉnh Chăm-pa-xắc về đào tạo bác sĩ."
    )
    assert [e.province_id for e in met.events] == ["province:LA-CH"] * len(met.events) != []
    abroad = read(
        "Trong chương trình làm việc của đoàn đại biểu Việt Nam tại Nhật Bản, chiều 3/4/2019, tại Nhà khách "
        "Chính phủ, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe."
    )
    assert [e.location for e in abroad.events] == ["Nhà khách Chính phủ"]


def test_a_time_of_day_word_inside_a_name_goes_on_with_it() -> None:
    assert bodies("Ông Trần Bình, thành viên Hội đồng Sáng lập, phát biểu.")[0][0] == "Hội đồng Sáng lập"
    assert bodies("Lãnh đạo Sở Nội vụ tỉnh Lai Châu Sáng 12/3 đã đến thăm.")[0][0] == "Sở Nội vụ tỉnh Lai Châu"


def test_doan_before_a_body_is_the_delegation_not_a_surname() -> None:
    assert [name for name, _ in bodies("Đoàn Sở Nội vụ tỉnh Lai Châu đã đến thăm tỉnh Phông Sa Lỳ.")] == [
        "Sở Nội vụ tỉnh Lai Châu"
    ]


def test_a_trip_borrows_no_delegation_from_a_session() -> None:
    x = read(
        "Sáng 9/5/2025, Giám đốc Sở Ngoại vụ tỉnh Điện Biên Lò Văn Mừng hội đàm với Phó Giám đốc Sở Ngoại vụ tỉnh "
        "Luông Pha Bang Khăm Phon Xay Nha Vông.\n\n"
        "Đặc biệt, chuyến thăm chính thức Lào của các lãnh đạo cấp cao từ ngày 12-13/4 vừa qua đã mở ra cơ hội mới."
    )
    trips = [e for e in x.events if e.event_type.value == "visit"]
    assert all("Lò Văn Mừng" not in {p.ref for p in e.participants} for e in trips)


def test_the_year_a_plan_is_for_does_not_date_the_article() -> None:
    x = read(
        "Ngày 8/12, tại Hà Nội, Bộ trưởng Bộ Y tế Lê Văn An và Bộ trưởng Bộ Y tế Lào Bounkong Sihavong đã ký Kế "
        "hoạch hợp tác năm 2019 giữa hai Bộ."
    )
    assert [a.date for a in x.agreements] == [None]
    assert [e.date for e in x.events] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 14/3/2024, tại Trụ sở Chính phủ, tiếp Bộ trưởng Bộ Tư pháp Lào Phayvy Siboualypha, Phó Thủ tướng "
        "Trần Lưu Quang đề nghị hai bên tăng cường hợp tác.",
        "Chiều 14/3/2024, đoàn Bộ Tư pháp do Bộ trưởng Lê Thành Long dẫn đầu đã được Thủ tướng Lào Sonexay "
        "Siphandone tiếp thân mật.",
    ],
)
def test_a_reception_fronted_or_told_in_the_passive(text: str) -> None:
    assert [(e.event_type.value, e.date) for e in read(text).events] == [("reception", "2024-03-14")]


def test_a_place_ends_before_a_date_and_a_long_ambassadors_title_is_no_place() -> None:
    x = read(
        "Bộ trưởng Bộ Y tế Trần Văn Thuấn tiếp Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam Choi Young Sam "
        "ngày 12/5/2025 tại Hà Nội."
    )
    assert [(e.event_type.value, e.location) for e in x.events] == [("reception", "Hà Nội")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Trong cuộc ăn sáng làm việc tại Jakarta sáng 9/5/2023, Thủ tướng Phạm Minh Chính và Thủ tướng Lào "
            "Sonexay Siphandone trao đổi về kết nối số.",
            "working_session",
            id="working-breakfast",
        ),
        pytest.param(
            "Chiều 13/4/2016, Trường Đại học Tây Bắc tổ chức lễ đón Tết Bunpimay cho sinh viên Lào.",
            "other",
            id="new-year-celebration",
        ),
    ],
)
def test_meetings_named_by_a_meal_or_a_celebration(text: str, kind: str) -> None:
    assert [e.event_type.value for e in read(text).events] == [kind]


def test_sera_governs_the_clauses_it_heads_and_a_quoted_method_is_no_meeting() -> None:
    x = read(
        "Năm 2024, Sở Nông nghiệp tỉnh Lâm Đồng sẽ tặng giống cà phê, tổ chức các lớp tập huấn cho nông dân tỉnh "
        "Sê Kông theo cách “hội thảo đầu bờ”."
    )
    assert x.events == []


def test_a_yearless_day_after_the_pages_date_is_of_the_year_before() -> None:
    x = read(
        "Hợp tác giữa Sơn La và Hủa Phăn\n\nThứ Tư, 15/03/2023\n\n"
        "Ngày 20-11, tại tỉnh Sơn La, UBND tỉnh Sơn La và Chính quyền tỉnh Hủa Phăn tổ chức hội nghị hợp tác."
    )
    assert [e.date for e in x.events] == ["2022-11-20"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Ngày 5/7/2024, lãnh đạo tỉnh Kon Tum đã gặp mặt, trao đổi với đoàn đại biểu tỉnh Attapeu do Phó Tỉnh "
            "trưởng Lê Thạ Sổm dẫn đầu.",
            "other",
            id="gathering",
        ),
        pytest.param(
            "Ngày 5/7/2024, Bộ trưởng Bộ Tư pháp Lê Thành Long đã có cuộc gặp với Bộ trưởng Bộ Tư pháp Lào Phayvy "
            "Siboualypha bên lề Hội nghị Bộ trưởng Tư pháp ASEAN.",
            "working_session",
            id="meeting-on-the-sidelines",
        ),
        pytest.param(
            "Ngày 5/7/2024, tại tỉnh Savannakhet, Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị và Ban Chỉ huy Quân "
            "sự tỉnh Savannakhet đã tổ chức giao ban định kỳ.",
            "working_session",
            id="periodic-briefing",
        ),
    ],
)
def test_gatherings_meetings_and_briefings(text: str, kind: str) -> None:
    assert [e.event_type.value for e in read(text).events][:1] == [kind]


def test_sentences_after_a_recalled_meeting_speak_of_the_one_reported() -> None:
    x = read(
        "Chiều 3/6/2025, Giám đốc Sở Ngoại vụ tỉnh Điện Biên Lò Văn Mừng hội đàm với Phó Giám đốc Sở Ngoại vụ tỉnh "
        "Phông Sa Lỳ Khăm Phon Xay Nha Vông.\n\nĐặc biệt, chuyến thăm Lào của Tổng Bí thư từ ngày 10-11/4/2025 "
        "vừa qua đã mở ra giai đoạn mới.\n\nÔng Lò Văn Mừng đề nghị hai Sở tăng cường trao đổi đoàn."
    )
    trips = [e for e in x.events if e.event_type.value == "visit"]
    assert all("Lò Văn Mừng" not in {p.ref for p in e.participants} for e in trips)


def test_a_signing_of_months_before_told_in_passing_is_no_meeting_and_the_later_speakers_are_the_workshops() -> None:
    x = read(
        "Ngày 20/11/2024, tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức hội thảo về chuyển đổi số với Bộ Công nghệ "
        "và Truyền thông Lào.\n\nÔng Phạm Văn Đông cho biết, vào tháng 3/2024 hai Bộ đã ký biên bản ghi nhớ về "
        "chính phủ số.\n\nThứ trưởng Vũ Hải Quân nhấn mạnh vai trò của dữ liệu mở."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("workshop", "2024-11-20")]
    assert [a.date for a in x.agreements] == ["2024-03"]
    assert "Vũ Hải Quân" in {p.ref for p in x.events[0].participants}


@pytest.mark.parametrize("frame", ["nhân chuyến thăm", "trong khuôn khổ chuyến thăm"])
def test_the_visit_a_reception_is_framed_by_is_the_one_it_names(frame: str) -> None:
    x = read(
        f"Chiều 9/5/2024, tại Viêng Chăn, {frame} hữu nghị Lào của Phó Thủ tướng Trần Lưu Quang, Thứ trưởng Bộ Y "
        "tế Đỗ Xuân Tuyên đã tiếp Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith."
    )
    reception = next(e for e in x.events if e.event_type.value == "reception")
    visits = [e for e in x.events if e.event_type.value == "visit"]
    assert {p.ref for p in reception.participants if p.kind == "person"} == {"Đỗ Xuân Tuyên", "Bounfeng Phoummalaysith"}
    assert [{p.ref for p in v.participants if p.kind == "person"} for v in visits] == [{"Trần Lưu Quang"}]


def test_a_leader_who_leads_the_delegation_makes_the_visit_and_the_hosts_the_session() -> None:
    x = read(
        "Sáng 14/3/2025, Phó Chủ tịch nước Lào Bounthong Chitmany dẫn đầu đoàn Lào đến Đà Nẵng thăm và làm việc "
        "với lãnh đạo thành phố.\n\nChủ tịch UBND thành phố Đà Nẵng Lương Nguyễn Minh Triết chủ trì buổi làm việc."
    )
    [visit] = [e for e in x.events if e.event_type.value == "visit"]
    [session] = [e for e in x.events if e.event_type.value == "working_session"]
    assert {p.ref for p in visit.participants if p.kind == "person"} == {"Bounthong Chitmany"}
    assert "Lương Nguyễn Minh Triết" in {p.ref for p in session.participants}


def test_a_summit_recalled_by_its_year_borrows_no_people_from_the_visit() -> None:
    x = read(
        "Chiều 4/4/2023, đoàn công tác tỉnh Quảng Bình do Bí thư Tỉnh ủy Vũ Đại Thắng dẫn đầu đã đến chúc Tết tỉnh "
        "Khăm Muộn.\n\nBí thư Tỉnh ủy cho rằng, năm 2023 hai tỉnh đã tổ chức thành công hội nghị thường niên."
    )
    [summit] = [e for e in x.events if e.event_type.value == "conference"]
    assert summit.date == "2023"
    assert not [p for p in summit.participants if p.kind == "person"]


def test_talks_with_two_ministers_are_two_talks() -> None:
    x = read(
        "Chiều 12/9/2024, tại Viêng Chăn, Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị đã có các cuộc hội đàm với Bộ "
        "trưởng Bộ Công chính và Vận tải Lào Ngampasong Muongmany và Bộ trưởng Bộ Tài nguyên Lào Bounkham Vorachit."
    )
    talks = [{p.ref for p in e.participants if p.kind == "person"} for e in x.events if e.event_type.value == "talks"]
    assert sorted(map(sorted, talks)) == [
        ["Bounkham Vorachit", "Nguyễn Thanh Nghị"],
        ["Ngampasong Muongmany", "Nguyễn Thanh Nghị"],
    ]


def test_audiences_with_several_leaders_are_a_meeting_each_and_no_visit_of_theirs() -> None:
    x = read(
        "Từ ngày 14-16/5/2024, Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh thăm và làm việc tại Lào.\n\nTrong khuôn khổ "
        "chuyến thăm, Thứ trưởng Nguyễn Thanh Tịnh đã có các cuộc hội kiến đồng chí Kikeo Khaykhamphithoune, Phó Thủ "
        "tướng Lào, và đồng chí Phayvy Siboualypha, Bộ trưởng Tư pháp Lào."
    )
    receptions = [
        {p.ref for p in e.participants if p.kind == "person"} for e in x.events if e.event_type.value == "reception"
    ]
    assert sorted(map(sorted, receptions)) == [
        ["Kikeo Khaykhamphithoune", "Nguyễn Thanh Tịnh"],
        ["Nguyễn Thanh Tịnh", "Phayvy Siboualypha"],
    ]
    visitors = [
        {p.ref for p in e.participants if p.kind == "person"} for e in x.events if e.event_type.value == "visit"
    ]
    assert visitors == [{"Nguyễn Thanh Tịnh"}]


def test_a_leader_who_receives_and_works_with_the_delegation_holds_a_reception() -> None:
    x = read(
        "Sáng 12/4/2024, đoàn công tác tỉnh Quảng Trị do Bí thư Tỉnh ủy Lê Quang Tùng dẫn đầu đã đến chúc Tết "
        "Bunpimay tỉnh Savannakhet.\n\nĐồng chí Santisouk Phounesavanh, Tỉnh trưởng tỉnh Savannakhet tiếp và làm "
        "việc với đoàn."
    )
    [reception] = [e for e in x.events if e.event_type.value == "reception"]
    assert {"Lê Quang Tùng", "Santisouk Phounesavanh"} <= {p.ref for p in reception.participants}
    [visit] = [e for e in x.events if e.event_type.value == "visit"]
    assert "Santisouk Phounesavanh" not in {p.ref for p in visit.participants}


def test_a_medical_teams_free_clinic_abroad_is_a_meeting_and_pairs_the_provinces() -> None:
    x = read(
        "Từ ngày 10-14/9/2023, đoàn y bác sĩ Bệnh viện Đa khoa tỉnh Phú Yên đã sang khám bệnh, phát thuốc miễn phí "
        "cho 900 người dân huyện Lảm Xao, tỉnh Savannakhet."
    )
    [clinic] = x.events
    assert (clinic.event_type.value, clinic.date) == ("other", "2023-09-10")
    assert [(p.a, p.b) for p in x.partnerships] == [("province:LA-SV", "province:VN-phu-yen")]


def test_hosts_who_receive_the_delegation_named_in_full_are_not_travellers() -> None:
    x = read(
        "Từ ngày 8-10/5/2024, ngành giáo dục Hà Tĩnh tổ chức đoàn công tác thăm, làm việc với ngành giáo dục tỉnh "
        "Khăm Muộn.\n\nĐoàn do bà Nguyễn Thị Mai, Giám đốc Sở Giáo dục làm trưởng đoàn.\n\nÔng Bounmy Vongsa, Phó "
        "Giám đốc Sở Giáo dục và Thể thao tỉnh Khăm Muộn đã tiếp và làm việc với Đoàn công tác Sở Giáo dục Hà Tĩnh."
    )
    [visit] = [e for e in x.events if e.event_type.value == "visit"]
    assert "Bounmy Vongsa" not in {p.ref for p in visit.participants}


def test_a_leader_whose_care_a_speaker_praises_is_not_at_the_meeting() -> None:
    x = read(
        "Sáng 20/3/2024, tại tỉnh Sê Kông, Đại sứ Nguyễn Minh Tâm dự lễ bàn giao trường học do tỉnh Quảng Nam tài "
        "trợ.\n\nPhát biểu tại buổi lễ, Đại sứ Nguyễn Minh Tâm nhấn mạnh, công trình thể hiện sự quan tâm của lãnh "
        "đạo hai nước và riêng Chủ tịch nước Võ Văn Thưởng."
    )
    [ceremony] = x.events
    assert {p.ref for p in ceremony.participants if p.kind == "person"} == {"Nguyễn Minh Tâm"}


def test_people_of_a_meeting_recalled_as_recent_are_not_at_the_one_reported() -> None:
    x = read(
        "Chiều 3/9/2024, tại Hà Nội, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh tiếp Bộ trưởng Bộ Tư pháp Lào Phayvy "
        "Siboualypha.\n\nBộ trưởng Nguyễn Hải Ninh cho biết vừa qua Chủ tịch nước Tô Lâm có chuyến thăm hữu nghị "
        "Lào."
    )
    reception = next(e for e in x.events if e.event_type.value == "reception")
    assert "Tô Lâm" not in {p.ref for p in reception.participants}


def test_an_earlier_meeting_that_opens_its_own_sentence_keeps_the_people_told_after_it() -> None:
    x = read(
        "Ngày 20/11/2024, tại Viêng Chăn, Công ty Sông Đà ký biên bản ghi nhớ với Điện lực Lào.\n\nTrước đó, ngày "
        "5/8/2023, tại Hà Nội, Công ty Sông Đà đã ký thỏa thuận nguyên tắc với Tập đoàn Phongsubthavy.\n\n"
        "Ông Trần Văn Lộc, Tổng giám đốc Công ty Sông Đà, và ông Somphet Keola ký văn bản."
    )
    earlier = next(e for e in x.events if e.date == "2023-08-05")
    assert {"Trần Văn Lộc", "Somphet Keola"} <= {p.ref for p in earlier.participants}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        pytest.param("Sáng thứ Hai, 11/3, tại Hà Nội", [("2024-03-11", "11/3")], id="weekday-then-day"),
        pytest.param("hôm qua (12/3), đoàn đến", [("2024-03-12", "12/3")], id="yesterday-written-out"),
    ],
)
def test_days_the_press_writes_with_a_weekday_or_a_bracket(text: str, days: list[tuple[str, str]]) -> None:
    assert [(m.value, m.day_month) for m in find_dates(text, 2024, "2024-03-20")] == days


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(
            "Sáng 13/11/2019, tại huyện Đác Chưng, tỉnh Sê Kông đã diễn ra lễ khánh thành Trường Phổ thông Dân tộc "
            "nội trú do tỉnh Quảng Nam tài trợ.",
            "Lễ khánh thành",
            id="ceremony",
        ),
        pytest.param(
            "Chiều 12/10/2021, tại Viêng Chăn, Phó Thủ tướng Lào Sonexay Siphandone trao tặng Huân chương Tự do cho "
            "Đại sứ Nguyễn Bá Hùng.",
            "Lễ trao tặng huân chương",
            id="award",
        ),
    ],
)
def test_a_meeting_of_no_listed_kind_is_named_by_what_the_text_calls_it(text: str, label: str) -> None:
    [event] = read(text).events
    assert (event.event_type.value, event.kind_label) == ("other", label)
    _, delta = document_delta(RawDocument(origin="t.md", content=text, content_type=ContentType.MARKDOWN))
    assert [n.name for n in delta.nodes if n.id.startswith("event:")][0].startswith(label)


def test_a_delegation_that_visits_a_province_by_the_bare_verb() -> None:
    x = read(
        "Ngày 20/9/2024, đoàn đại biểu tỉnh Điện Biên thăm tỉnh Phông Sa Lỳ. Cùng ngày, đoàn đã dự lễ khánh thành "
        "trạm y tế do tỉnh Điện Biên tài trợ."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("visit", "2024-09-20"), ("other", "2024-09-20")]


def test_a_standing_committee_in_a_members_title_is_no_body_and_a_secretariat_is_one() -> None:
    assert bodies("Ông Lê An, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu.") == []
    assert bodies("Ông Somphone, Chuyên viên Phòng Thư ký, tham dự.")[0][0] == "Phòng Thư ký"


def test_a_language_after_tieng_is_part_of_the_name_not_its_country() -> None:
    assert bodies("Trung tâm dạy tiếng Việt Nam tại huyện Viêng Xay khai giảng.") == [
        ("Trung tâm dạy tiếng Việt Nam", None)
    ]
    assert [name for name, _ in bodies("Khoa tiếng Lào Trường Đại học Vinh tổ chức lễ.")] == [
        "Khoa tiếng Lào",
        "Trường Đại học Vinh",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Chiều 3/4, tỉnh Sơn La tiếp đoàn công tác của thành phố Xiêm Riệp. Hai bên thống nhất đi đến ký kết "
            "thỏa thuận hợp tác hữu nghị giữa tỉnh Sơn La và thành phố Xiêm Riệp.",
            id="agreed-to-move-towards-signing",
        ),
        pytest.param(
            "Hiện hai Bộ vẫn đang khẩn trương đàm phán để ký thêm văn kiện, trong đó có Hiệp định giữa Bộ Công "
            "Thương và Bộ Năng lượng và Mỏ Lào về đường dây tải điện.",
            id="under-negotiation",
        ),
        pytest.param(
            "Ngày 12/4/2024, Sở Y tế tỉnh Nghệ An hội đàm với Sở Y tế tỉnh Xiêng Khoảng. Hai bên giao các phòng xây "
            "dựng dự thảo biên bản ghi nhớ để ký vào dịp cuối năm.",
            id="drafted-to-be-signed",
        ),
        pytest.param(
            "Ngày 12/4/2024, Sở Y tế tỉnh Nghệ An hội đàm với Sở Y tế tỉnh Xiêng Khoảng. Hai bên trao đổi về khả năng "
            "ký kết thỏa thuận hợp tác về y học cổ truyền.",
            id="a-possibility",
        ),
        pytest.param(
            "Ngày 12/4/2024, Sở Y tế tỉnh Nghệ An hội đàm với Sở Y tế tỉnh Xiêng Khoảng. Việc ký kết biên bản ghi nhớ "
            "dự kiến diễn ra trong quý III.",
            id="put-ahead-after-its-name",
        ),
        pytest.param(
            "Ngày 12/4/2024, Sở Y tế tỉnh Nghệ An hội đàm với Sở Y tế tỉnh Xiêng Khoảng. Hai bên chưa ký được thỏa "
            "thuận hợp tác vì còn điểm cần thống nhất.",
            id="not-yet-signed",
        ),
    ],
)
def test_an_agreement_still_to_be_signed_is_none(text: str) -> None:
    assert read(text).agreements == []


def test_the_agreement_evaluated_is_not_the_one_signed() -> None:
    x = read(
        "Ngày 5/12/2023, lãnh đạo tỉnh Kon Tum và tỉnh Át-tạ-pư hội đàm tại thành phố Kon Tum. Hai bên rà soát, "
        "đánh giá kết quả thực hiện văn bản thỏa thuận của ba năm 2021 - 2023, rồi ký kết văn bản thỏa thuận "
        "mới cho các năm 2024 - 2026."
    )
    # the paper reviewed is in force, signed at a time the text does not tell; the new one was signed that day
    assert sorted((a.period_start, a.period_end, a.date) for a in x.agreements) == [
        ("2021", "2023", None),
        ("2024", "2026", "2023-12-05"),
    ]
    assert [e.date for e in x.events if e.event_type is EventType.SIGNING] in ([], ["2023-12-05"])


@pytest.mark.parametrize(
    ("clause", "in_force"),
    [
        ("đã đánh giá tình hình thực hiện Hiệp định hợp tác năm 2018", ("2018", "2018")),
        ("đã nghe báo cáo tổng kết chương trình hợp tác đào tạo giai đoạn 2015-2018", None),
        ("tiếp tục thực hiện biên bản ghi nhớ hội đàm năm 2018", ("2018", "2018")),
    ],
)
def test_an_agreement_reviewed_or_carried_out_is_not_signed_at_the_meeting(
    clause: str, in_force: tuple[str, str] | None
) -> None:
    x = read(f"Ngày 9/1/2019, tại Viêng Chăn, Bộ Tư pháp và Bộ Tư pháp Lào {clause}.")
    # a named paper carried out is in force, undated; a programme of work is no paper
    assert [(a.period_start, a.period_end, a.date) for a in x.agreements] == ([(*in_force, None)] if in_force else [])
    assert not any(e.event_type is EventType.SIGNING for e in x.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện Thỏa thuận hợp tác giữa tỉnh Quảng Nam và tỉnh Sê Kông, sáng 4/3/2024, đoàn công tác tỉnh Quảng "
        "Nam đã làm việc tại Sê Kông.",
        "Sáng 4/3/2024, hai tỉnh làm việc nhằm triển khai hiệu quả “Thỏa thuận hợp tác giữa UBND tỉnh Quảng Nam và "
        "UBND tỉnh Sê Kông”.",
    ],
)
def test_an_agreement_a_meeting_carries_out_is_in_force_and_undated(sentence: str) -> None:
    x = read(sentence)
    assert [(a.agreement_type.value, a.date) for a in x.agreements] == [("agreement", None)]
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-XE", "province:VN-quang-nam")}
    assert not any(e.event_type is EventType.SIGNING for e in x.events)


def test_agreements_carried_out_count_only_when_named() -> None:
    x = read(
        "Sáng 4/3/2024, hai tỉnh Quảng Nam và Sê Kông làm việc, thống nhất tiếp tục triển khai các thỏa thuận "
        "đã ký và thực hiện chương trình hợp tác về y tế giữa hai tỉnh."
    )
    assert x.agreements == []


def test_an_agreement_signed_in_an_earlier_year_is_not_signed_at_the_meeting_reported() -> None:
    x = read(
        "Sáng 9/10/2018, tại Hà Nội, Bộ trưởng Bộ Khoa học và Công nghệ Chu Ngọc Anh làm việc với Viện Hàn lâm "
        "Khoa học Cuba.\n\nSau khi hai nước ký Hiệp định khung về hợp tác khoa học vào năm 1997, hợp tác được đặt "
        "trong khuôn khổ Ủy ban liên chính phủ."
    )
    assert all(a.event_key is None for a in x.agreements)


def test_where_things_stand_is_no_signing_ceremony() -> None:
    x = read(
        "Theo ông Trần Việt Trường, Chủ tịch UBND TP Cần Thơ, thành phố luôn thúc đẩy hợp tác với Lào. Hiện nay, "
        "TP Cần Thơ đã ký kết bản ghi nhớ hợp tác với tỉnh Chăm-pa-xắc."
    )
    assert x.events == []
    assert len(x.agreements) == 1


def test_the_parties_after_giua_end_where_the_clause_goes_on() -> None:
    x = read(
        "Lễ ký kết thỏa thuận hợp tác giữa Trường Đại học Tây Nguyên và Trường Đại học Chăm-pa-xắc diễn ra sáng "
        "5/6/2023 tại Đắk Lắk."
    )
    assert [sorted(ref for _, ref in a.parties) for a in x.agreements] == [
        ["Đại học Chăm-pa-xắc", "Đại học Tây Nguyên"]
    ]


def test_a_tai_inside_a_bodys_name_does_not_end_the_parties_after_giua() -> None:
    x = read(
        "Sáng 8/4/2025, UBND tỉnh Lào Cai hội đàm với Chính quyền tỉnh Luổng Nặm Thà. Nhân dịp này, hai bên ký Bản "
        "ghi nhớ hợp tác đào tạo, trao đổi giảng viên giữa Phân hiệu Đại học Thái Nguyên tại Lào Cai và Trường Đại "
        "học Luổng Nặm Thà."
    )
    assert [sorted(ref for _, ref in a.parties) for a in x.agreements] == [
        ["Phân hiệu Đại học Thái Nguyên tại Lào Cai", "Đại học Luông Nậm Thà"]
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Sáng 12/5/2025, Sở Y tế tỉnh Nghệ An làm việc với Sở Y tế tỉnh Xiêng Khoảng. Kết thúc buổi làm việc, hai "
            "bên đã ký Biên bản làm việc, thống nhất các nội dung: mở lớp tập huấn chung trong tháng 8/2025; trao đổi "
            "số liệu dịch bệnh hằng quý.",
            "2025-05-12",
            id="a-day-the-sides-agreed-to-act-by",
        ),
        pytest.param(
            "Hội nghị đánh giá hợp tác năm 2022 giữa Sở Y tế tỉnh Quảng Trị và Sở Y tế tỉnh Sa-la-van\n\n"
            "Ngày 14/3/2023, tại thành phố Đông Hà, Sở Y tế tỉnh Quảng Trị và Sở Y tế tỉnh Sa-la-van tổ chức hội nghị"
            " đánh giá kết quả hợp tác năm 2022. Kết thúc hội nghị, hai bên đã ký biên bản ghi nhớ hợp tác năm 2023.",
            "2023-03-14",
            id="the-year-a-meeting-looks-back-on-in-its-headline",
        ),
    ],
)
def test_a_day_or_year_told_of_the_work_dates_neither_the_meeting_nor_its_paper(text: str, day: str) -> None:
    x = read(text)
    assert [e.date for e in x.events] == [day]
    assert [a.date for a in x.agreements] == [day]


def test_a_caption_signing_minutes_after_a_recalled_signing_takes_the_meetings_day() -> None:
    x = read(
        "Sáng 3/9/2024, Sở Nông nghiệp tỉnh Sơn La làm việc với Sở Nông lâm tỉnh Hủa Phăn.\n"
        "Hai Sở đã ký Bản ghi nhớ hợp tác từ tháng 6/2021 về phòng chống dịch bệnh gia súc.\n"
        "Kết thúc buổi làm việc, hai bên đã ký Biên bản làm việc.\n"
        "Ông Lò Văn Tâm và ông Khăm-xay Vông-phăn ký biên bản làm việc. Ảnh: Minh Hà"
    )
    minutes = [a for a in x.agreements if a.title.startswith("Biên bản")]
    assert [a.date for a in minutes] == ["2024-09-03"]


def test_the_paper_named_by_its_kind_alone_after_do_gets_its_signers() -> None:
    x = read(
        "Sáng 3/9/2024, Sở Nông nghiệp tỉnh Sơn La làm việc với Sở Nông lâm tỉnh Hủa Phăn.\n"
        "Kết thúc buổi làm việc, hai bên đã ký Biên bản làm việc. Biên bản do ông Lò Văn Tâm và ông Khăm-xay "
        "Vông-phăn ký."
    )
    assert [sorted(a.signers) for a in x.agreements] == [["Khăm-xay Vông-phăn", "Lò Văn Tâm"]]


def test_a_paper_named_with_its_period_as_the_basis_of_the_work_is_in_force_not_signed_at_the_meeting() -> None:
    x = read(
        "Ngày 20/12/2024, tỉnh Quảng Bình tổ chức hội nghị tổng kết hợp tác với tỉnh Khăm Muồn. Những năm qua, "
        "trên cơ sở Thỏa thuận hợp tác giai đoạn 2021–2025, quan hệ giữa hai tỉnh ngày càng đi vào chiều sâu."
    )
    assert [(a.date, a.period_start, a.period_end) for a in x.agreements] == [(None, "2021", "2025")]


def test_cung_ngay_is_the_day_of_the_last_meeting_held_on_a_day_not_one_of_a_month_recalled_between() -> None:
    x = read(
        "Ngày 21/5/2024, tại Hà Nội, Viện trưởng Viện Hóa học Hồ Minh Tân đã làm "
        "việc với đoàn công tác tỉnh Luông Pha-bang.\n"
        "Ông nhắc lại chuyến công tác của đoàn Viện tại Luông Pha-bang vào tháng 11/2023.\n"
        "Chiều cùng ngày, đoàn đã đến thăm Trung tâm Vũ trụ Việt Nam tại Hà Nội."
    )
    [afternoon] = [e for e in x.events if e.event_type is EventType.VISIT and e.date != "2023-11"]
    assert afternoon.date == "2024-05-21"


def test_the_bodies_a_speaker_tells_of_at_a_meeting_did_not_meet() -> None:
    x = read(
        "Ngày 25/2/2026, tại tỉnh Sa-vẳn-na-khẹt, Sở Khoa học và Công nghệ tỉnh Quảng Trị làm việc với Sở Công nghệ "
        "và Truyền thông tỉnh Sa-vẳn-na-khẹt.\n"
        "Tại buổi làm việc, ông Lê Văn Hòa thông tin, trước khi hợp nhất, Sở Khoa học và Công nghệ tỉnh Quảng Bình "
        "đã ký Biên bản ghi nhớ với Sở Công nghệ và Truyền thông tỉnh Khăm Muồn vào tháng 10/2023."
    )
    [session] = [e for e in x.events if e.event_type is EventType.WORKING_SESSION]
    bodies = {p.ref for p in session.participants if p.kind == "org"}
    assert bodies == {
        "Sở Khoa học và Công nghệ tỉnh Quảng Trị",
        "Sở Công nghệ và Truyền thông tỉnh Sa-vẳn-na-khẹt",
    }


def test_a_day_said_after_dự_kiến_dates_the_plan_not_the_trip_the_sentence_points_back_to() -> None:
    x = read(
        "Ngày 10/12/2024, tại thành phố Luông Pha-bang, Sở Khoa học và Công nghệ tỉnh Lai Châu làm việc với Sở Công "
        "nghệ và Truyền thông tỉnh Luông Pha-bang.\n"
        "Cũng trong chuyến công tác, đoàn nhận được thư mời của Sở Công nghệ và Truyền thông tỉnh U-đôm-xay đề nghị "
        "cử đại biểu dự Ngày hội đổi mới sáng tạo của tỉnh, dự kiến tổ chức vào tháng 3/2025."
    )
    assert [e.date for e in x.events] == ["2024-12-10"]
    assert not any("LA-OU" in s.a + s.b for s in x.partnerships)


def test_cung_ngay_after_paragraphs_with_no_date_is_the_last_day_named_before() -> None:
    x = read(
        "Ngày 11/8/2025, tại Đà Nẵng, Trường Đại học Duy Tân và Đại học Quốc gia Lào đã ký Thỏa thuận hợp tác đào "
        "tạo.\n"
        "Theo thỏa thuận, hai trường sẽ trao đổi giảng viên. Hai bên cũng sẽ biên soạn giáo trình song ngữ.\n"
        "Chiều cùng ngày, Sở Khoa học và Công nghệ thành phố Đà Nẵng đã làm việc với đoàn Sở Giáo dục và Thể thao "
        "tỉnh Sê Kông."
    )
    [session] = [e for e in x.events if e.event_type is EventType.WORKING_SESSION]
    assert session.date == "2025-08-11"


def test_a_ceremony_named_undated_takes_the_papers_day_though_another_meeting_was_held_that_day() -> None:
    x = read(
        "Ngày 16/5/2023, Trường Đại học Cần Thơ và Trường Đại học Chăm-pa-xắc ký kết Biên bản ghi nhớ hợp tác.\n"
        "Lễ ký kết diễn ra tại Hội trường Rùa, với sự tham dự của ông Khăm-xay Phôm-phăn-đi, Phó Tỉnh trưởng tỉnh "
        "Chăm-pa-xắc.\n"
        "Chiều cùng ngày, ông Dương Tấn Lộc, Phó Chủ tịch UBND thành phố Cần Thơ đã tiếp đoàn công tác tỉnh "
        "Chăm-pa-xắc."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("reception", "2023-05-16"),
        ("signing", "2023-05-16"),
    ]


def test_minutes_named_with_the_talks_year_are_of_the_talks_found_that_year() -> None:
    x = read(
        "Sáng 10/12/2024, tại tỉnh Hủa Phăn, đoàn đại biểu tỉnh Sơn La do đồng chí Hoàng Văn Dũng dẫn đầu đã hội "
        "đàm với lãnh đạo tỉnh Hủa Phăn.\n"
        "Đồng chí Hoàng Văn Dũng và đồng chí Khăm-man Xu-li-vông ký Biên bản hội đàm năm 2024. Ảnh: Thu Hằng\n"
        "Kết thúc hội đàm, hai đồng chí đã ký Biên bản hội đàm năm 2024."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("talks", "2024-12-10")]
    assert [a.date for a in x.agreements] == ["2024-12-10"]


def test_a_paper_read_once_with_a_merged_provinces_body_and_once_with_its_successor_is_one() -> None:
    x = read(
        "Ngày 12/1/2026, tỉnh Quảng Ngãi và tỉnh Át-tạ-pư ký Thỏa thuận hợp tác giai đoạn 2026 – 2030.\n"
        "Thỏa thuận hợp tác giai đoạn 2026 – 2030 giữa UBND tỉnh Quảng Ngãi, UBND tỉnh Kon Tum (cũ) và chính quyền "
        "tỉnh Át-tạ-pư kế thừa các nội dung hợp tác trước đây."
    )
    assert [a.period_start for a in x.agreements] == ["2026"]


def test_a_paper_the_sides_will_study_signing_is_not_signed() -> None:
    x = read(
        "Sáng 9/1/2026, tỉnh Gia Lai hội đàm với tỉnh Át-tạ-pư. Hai bên thống nhất tiếp tục thực hiện Biên bản "
        "ghi nhớ giai đoạn 2023–2027; đồng thời nghiên cứu ký kết thỏa thuận hợp tác mới khi văn bản hết hiệu lực."
    )
    assert [a.period_start for a in x.agreements] == ["2023"]


def test_a_day_said_in_a_since_clause_after_the_cue_dates_no_meeting() -> None:
    x = read(
        "Ngày 26/8/2025, tại phường Đồng Hới, lãnh đạo tỉnh Quảng Trị đã tiếp đoàn đại biểu tỉnh Khăm Muồn.\n"
        "Đây là lần đầu tiên đoàn tỉnh Khăm Muồn sang thăm, làm việc với tỉnh Quảng Trị kể từ khi tỉnh Quảng Trị "
        "(mới) được thành lập trên cơ sở hợp nhất hai tỉnh, chính thức hoạt động từ ngày 1/7/2025."
    )
    assert "2025-07-01" not in [e.date for e in x.events]


def test_a_paper_signed_hoi_thang_n_is_dated_that_month_and_holds_no_meeting_of_its_own() -> None:
    x = read(
        "Thứ Ba, 21/9/2021\n"
        "Ngày 20/9, Sở Nông nghiệp tỉnh Quảng Trị làm việc với Sở Nông Lâm tỉnh Sa-vẳn-na-khẹt.\n"
        "Trước đó, hồi tháng 6, Sở Nông nghiệp tỉnh Quảng Trị đã ký biên bản ghi nhớ với Văn phòng Nông nghiệp "
        "tỉnh Mukdahan (Thái Lan) về trao đổi giống cây trồng."
    )
    assert [a.date for a in x.agreements] == ["2021-06"]
    assert [(e.event_type.value, e.date) for e in x.events] == [("working_session", "2021-09-20")]


def test_a_paper_signed_in_a_month_before_the_meeting_told_is_history_not_a_signing() -> None:
    x = read(
        "Sáng 4/6/2024, Sở Thông tin và Truyền thông tỉnh Lai Châu làm việc với Sở Công nghệ và Truyền thông tỉnh "
        "Phông Sa Lỳ. Hai Sở đã ký Bản ghi nhớ hợp tác từ tháng 10/2022, tạo cơ sở cho các doanh nghiệp phối hợp."
    )
    assert [a.date for a in x.agreements] == ["2022-10"]
    assert [e.event_type.value for e in x.events] == ["working_session"]


def test_a_body_that_signs_in_turn_with_two_others_signs_two_papers() -> None:
    x = read(
        "Ngày 19/5/2023, tại Buôn Ma Thuột, Trường Đại học Tây Nguyên đã lần lượt ký biên bản ghi nhớ hợp tác với "
        "Trường Đại học Chăm-pa-xắc và Trường Đại học Kagoshima."
    )
    assert sorted(sorted(ref for _, ref in a.parties) for a in x.agreements) == [
        ["Đại học Chăm-pa-xắc", "Đại học Tây Nguyên"],
        ["Đại học Kagoshima", "Đại học Tây Nguyên"],
    ]


def test_a_paper_signed_nam_ngoai_is_of_the_year_before_the_page() -> None:
    x = read(
        "Thứ Bảy, 14/12/2019 | 08:30\n"
        "Ngày 13/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên hội đàm với Bộ Chỉ huy Quân sự tỉnh Phông-xa-lỳ.\n"
        "Năm ngoái, đơn vị cũng đã ký Quy chế phối hợp quản lý biên giới với Bộ Chỉ huy Quân sự tỉnh Luông Pha-bang."
    )
    assert [a.date for a in x.agreements] == ["2018"]


def test_pairs_of_bodies_a_comma_apart_each_sign_their_own_paper() -> None:
    x = read(
        "Ngày 11/11/2019, tại Viêng Chăn, Sở Công Thương tỉnh Nghệ An và Sở Công Thương tỉnh Xiêng Khoảng, Sở Công "
        "Thương tỉnh Quảng Bình và Sở Công Thương tỉnh Khăm Muồn đã ký biên bản ghi nhớ về thương mại biên giới."
    )
    assert sorted(sorted(ref for _, ref in a.parties) for a in x.agreements) == [
        ["Sở Công Thương tỉnh Khăm Muồn", "Sở Công Thương tỉnh Quảng Bình"],
        ["Sở Công Thương tỉnh Nghệ An", "Sở Công Thương tỉnh Xiêng Khoảng"],
    ]
    assert {tuple(sorted((p.a, p.b))) for p in x.partnerships} == {
        ("province:LA-KH", "province:VN-quang-binh"),
        ("province:LA-XI", "province:VN-nghe-an"),
    }


def test_a_conference_listed_as_attended_by_several_provinces_of_each_side_pairs_the_presenters_with_none() -> None:
    x = read(
        "Ngày 21/9/2023, tại TP Đà Nẵng, Bộ Khoa học và Công nghệ tổ chức Hội nghị hợp tác khoa học các tỉnh biên "
        "giới Việt Nam - Lào.\n"
        "Tham dự hội nghị có đại diện các tỉnh biên giới phía Việt Nam gồm Điện Biên, Sơn La, Thanh Hóa, Nghệ An và "
        "các tỉnh phía Lào gồm Phông-xa-lỳ, Hủa Phăn, Khăm Muồn.\n"
        "Tại hội nghị, đại diện Sở Khoa học và Công nghệ tỉnh Thanh Hóa và Sở Công nghệ và Truyền thông tỉnh Khăm "
        "Muồn đã trình bày tham luận."
    )
    assert x.partnerships == []


def test_a_paper_between_a_merged_provinces_body_and_its_successors_pairs_neither_with_the_other() -> None:
    x = read(
        "Ngày 22/8/2025, Sở Khoa học và Công nghệ tỉnh Kon Tum và Sở Khoa học và Công nghệ tỉnh Quảng Ngãi đã ký "
        "Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030."
    )
    assert x.partnerships == []


def test_two_provinces_merged_later_signed_as_two_before_the_merger() -> None:
    x = read(
        "Ngày 14/5/2023, Sở Công Thương tỉnh Bình Định và Sở Công Thương tỉnh Gia Lai đã ký Biên bản ghi nhớ về kết"
        " nối cung cầu hàng hóa."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:VN-binh-dinh", "province:VN-gia-lai")}


def test_sang_hom_sau_is_the_day_after_the_last_meeting_told() -> None:
    x = read(
        "Sáng 8/10/2024, tại Hà Nội, Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Văn An tiếp đoàn Sở Công nghệ và "
        "Truyền thông Thủ đô Viêng Chăn.\n"
        "Sáng hôm sau, đoàn tham quan và làm việc với Ban Quản lý Khu công nghệ cao Hòa Lạc."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("reception", "2024-10-08"),
        ("working_session", "2024-10-09"),
    ]


def test_a_paper_signed_moi_day_takes_the_day_of_the_ceremony_told_next() -> None:
    x = read(
        "Cập nhật: 03/01/2019\n"
        "Mới đây, tại Thủ đô Viêng Chăn, Viện Sinh thái và Tài nguyên sinh vật và Khoa Khoa học Tự nhiên, Đại học "
        "Quốc gia Lào đã ký kết Biên bản ghi nhớ hợp tác nghiên cứu giai đoạn 2019 - 2023.\n"
        "Lễ ký kết diễn ra ngày 28/12 tại trụ sở Đại học Quốc gia Lào."
    )
    assert [a.date for a in x.agreements] == ["2018-12-28"]
    assert [(e.event_type.value, e.date) for e in x.events] == [("signing", "2018-12-28")]


def test_the_connection_points_of_a_ministries_online_meeting_pair_no_provinces() -> None:
    x = read(
        "Chiều 25/8/2021, Bộ Thông tin và Truyền thông và Bộ Công nghệ và Truyền thông Lào tổ chức hội nghị trực "
        "tuyến về chuyển đổi số, kết nối điểm cầu chính tại Hà Nội, Thủ đô Viêng Chăn với các điểm cầu tỉnh Nghệ An "
        "và tỉnh Xiêng Khoảng."
    )
    assert x.partnerships == []


def test_the_visit_a_reception_tells_spans_the_days_the_sentence_gives_it() -> None:
    x = read(
        "Chiều 22/5/2019, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Thanh Hóa Lê Văn Tâm đã tiếp Đoàn công tác tỉnh "
        "Hủa Phăn do đồng chí Xổm-phăn Vông-xa-lịt làm trưởng đoàn, sang thăm và làm việc tại Thanh Hóa từ ngày 21 "
        "đến 24/5."
    )
    visit = next(e for e in x.events if e.event_type is EventType.VISIT)
    reception = next(e for e in x.events if e.event_type is EventType.RECEPTION)
    assert (visit.date, visit.end_date, reception.date) == ("2019-05-21", "2019-05-24", "2019-05-22")


def test_a_meeting_opened_on_one_day_and_lasting_until_another_spans_both() -> None:
    x = read(
        "Hội thảo trực tuyến kết nối công nghệ Việt Nam - Lào năm 2020 do Bộ Khoa học và Công nghệ tổ chức đã khai "
        "mạc ngày 3/12/2020 và kéo dài đến hết ngày 4/12/2020.\n"
        "Ngày 4/12, hội thảo tiếp tục với phiên tư vấn về sở hữu trí tuệ của Cục Sở hữu trí tuệ."
    )
    assert [(e.date, e.end_date) for e in x.events] == [("2020-12-03", "2020-12-04")]


def test_ngay_sau_do_is_the_day_of_the_meeting_just_told() -> None:
    x = read(
        "Ngày 5/7/2023, tại thành phố Luông Pha-bang, đoàn công tác tỉnh Sơn La đã đến chào xã giao đồng chí "
        "Phon-xay Xỉ-ni-xay, Tỉnh trưởng tỉnh Luông Pha-bang.\n"
        "Ngay sau đó, đoàn đã làm việc với Sở Công nghệ và Truyền thông tỉnh Luông Pha-bang."
    )
    [session] = [e for e in x.events if e.event_type is EventType.WORKING_SESSION]
    assert session.date == "2023-07-05"


def test_a_trip_that_carries_out_minutes_of_talks_is_no_visit_of_the_talks_day() -> None:
    x = read(
        "Thứ Sáu, 23/08/2019\n"
        "Ngày 22/8, Sở Nông nghiệp tỉnh Sơn La đã có buổi làm việc với đoàn công tác Sở Nông Lâm nghiệp tỉnh Luông "
        "Pha Băng.\n"
        "Chuyến công tác nhằm cụ thể hóa nội dung Biên bản hội đàm giữa lãnh đạo hai tỉnh Sơn La và Luông Pha Băng "
        "được ký hồi tháng 3 vừa qua."
    )
    assert not [e for e in x.events if e.event_type is EventType.VISIT and e.date == "2019-03"]


def test_an_agreement_for_a_later_year_is_not_signed_at_a_meeting_recalled_from_an_earlier_one() -> None:
    x = read(
        "Từ ngày 10 - 13/12/2024, Đoàn công tác Công an tỉnh Lai Châu đã sang hội đàm với Công an tỉnh Phông Sa "
        "Lỳ. Thực hiện biên bản ghi nhớ Hội đàm năm 2023, công an hai tỉnh đã trao đổi nhiều nguồn tin. "
        "Công an tỉnh Lai Châu ký kết Biên bản ghi nhớ hợp tác năm 2025 với Công an tỉnh Phông Sa Lỳ."
    )
    [signed] = [a for a in x.agreements if a.period_start == "2025"]
    assert signed.date == "2024-12-10"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "Ngày 5/3/2024, HĐND tỉnh Bình Phước tiếp đoàn HĐND tỉnh Xê Kông. Nhiệm kỳ qua, HĐND tỉnh Bình Phước "
            "đã tổ chức được 14 kỳ họp.",
            ["reception"],
            id="a-count-of-sessions",
        ),
        pytest.param(
            "Theo Sở Ngoại vụ tỉnh Điện Biên, hằng năm, tỉnh đã tiếp nhận lưu học sinh từ 6 tỉnh của Lào.",
            [],
            id="every-year",
        ),
        pytest.param(
            "Ngày 20/8/2025, Bộ Chỉ huy Quân sự tỉnh Xê Kông và Bộ đội Biên phòng tỉnh Quảng Nam đã ký kết quy chế "
            "kết nghĩa. Theo quy chế, hai đơn vị giữ chế độ hội đàm mỗi năm một lần.",
            ["signing"],
            id="a-mechanism-agreed-on",
        ),
        pytest.param(
            "Năm 2019 hội nghị hợp tác giữa tỉnh Nghệ An và tỉnh Hủa Phăn diễn ra tại Vinh.",
            ["conference"],
            id="a-year-is-no-count",
        ),
    ],
)
def test_meetings_counted_or_habitual_are_no_meeting(text: str, kinds: list[str]) -> None:
    assert [e.event_type.value for e in read(text).events] == kinds


def test_a_caption_names_the_session_a_later_sentence_dates() -> None:
    x = read(
        "Quang cảnh buổi làm việc.\n\nChiều 9/1/2024, đoàn công tác của thành phố Gimje (Hàn Quốc) đến thăm và làm "
        "việc với tỉnh Hòa Bình."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("visit", "2024-01-09"),
        ("working_session", "2024-01-09"),
    ]


def test_a_day_inside_a_visit_span_of_unknown_year_is_that_visit() -> None:
    x = read(
        "Từ ngày 11 đến 14/3, Bộ trưởng Bộ Y tế dẫn đầu đoàn sang thăm Campuchia. Trong ngày thứ hai của chuyến "
        "thăm, hôm nay (12/3), đoàn đã hội đàm với Bộ Y tế Campuchia."
    )
    assert sorted(e.event_type.value for e in x.events) == ["talks", "visit"]


def test_a_count_written_with_a_leading_zero_is_a_count() -> None:
    x = read("Đến nay Ủy ban Hỗn hợp của hai nước đã có 05 Khóa họp luân phiên ở mỗi nước.")
    assert x.events == []


def test_a_provinces_name_inside_a_persons_is_no_province() -> None:
    x = read("Sáng 2/6/2015, tại Viêng Chăn, Bộ trưởng Bộ Tư pháp Lê Hòa Bình đã tiếp đoàn Bộ Tư pháp Lào.")
    assert sorted(p.node_id for p in x.provinces) == ["province:LA-VT"]


def test_where_someone_comes_from_is_no_province_of_the_story() -> None:
    x = read(
        "Ngày 4/5/2020, Trường Đại học Tây Bắc tiếp nhận 30 lưu học sinh Lào. Trong số đó có 12 em đến từ tỉnh "
        "Phông Sa Lỳ và 5 người ở tỉnh Hủa Phăn."
    )
    assert [p.node_id for p in x.provinces if not p.aside] == []


def test_words_said_at_a_meeting_report_that_meeting() -> None:
    x = read(
        "Về phía tỉnh Hà Tĩnh có ông Võ Trọng Hải, Chủ tịch UBND tỉnh. Dự còn có lãnh đạo các sở, ngành.\n\n"
        "Hai bên đều vui mừng.\n\nTình hữu nghị được vun đắp.\n\nPhát biểu tại hội đàm, ông Vi Lay Vông But Đa Khăm, "
        "Tỉnh trưởng tỉnh Bô Ly Khăm Xay, cảm ơn tỉnh Hà Tĩnh."
    )
    assert [e.event_type.value for e in x.events] == ["talks"]


def test_the_start_and_the_end_of_one_trip_are_one_visit() -> None:
    x = read(
        "Chiều 16-9, chuyến thăm chính thức Bộ Y tế Lào của đoàn Văn phòng Bộ Y tế đã kết thúc tốt đẹp. "
        "Trước đó, ngày 13-9, đoàn do Thứ trưởng Trần Văn Thuấn dẫn đầu đã đến Viêng Chăn, bắt đầu chuyến thăm. "
        "Trong ngày làm việc đầu tiên (13-9), Thứ trưởng Trần Văn Thuấn đã có buổi hội đàm với Thứ trưởng Bộ Y tế "
        "Lào Snong Thongsna."
    )
    assert sorted((e.event_type.value, e.date_note) for e in x.events) == [("talks", "13/9"), ("visit", "16/9")]


def test_a_visit_read_from_a_reception_is_the_guests_and_grows_with_them() -> None:
    x = read(
        "Chiều 8/10/2024, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà tiếp Bộ trưởng Bộ Công Thương Lào đang thăm "
        "Việt Nam.\n\nBộ trưởng Malaythong Kommasith cảm ơn sự đón tiếp."
    )
    people = {e.event_type.value: {p.ref for p in e.participants if p.kind == "person"} for e in x.events}
    assert people == {
        "reception": {"Trần Hồng Hà", "Malaythong Kommasith"},
        "visit": {"Malaythong Kommasith"},
    }


def test_a_headlines_vague_agreement_is_the_one_the_body_names() -> None:
    x = read(
        "Ký kết văn bản hợp tác với Viện Khoa học Nông nghiệp Lào\n\n"
        "Ngày 14/5/2019, tại Hà Nội, Học viện Nông nghiệp Việt Nam và Viện Khoa học Nông nghiệp Lào đã ký Thỏa "
        "thuận hợp tác về đào tạo và nghiên cứu."
    )
    [agreement] = x.agreements
    assert agreement.title.startswith("Thỏa thuận hợp tác")
    assert {ref for _, ref in agreement.parties} == {"Học viện Nông nghiệp", "Viện Khoa học Nông nghiệp Lào"}


def test_a_counted_set_listed_in_the_next_sentence_is_read_item_by_item() -> None:
    x = read(
        "Ngày 9/1/2025, hai Bộ trưởng Bộ Y tế và Bộ Y tế Lào đã ký kết 2 văn bản hợp tác. 2 văn bản hợp tác gồm: "
        "Kế hoạch hợp tác năm 2025 giữa Bộ Y tế và Bộ Y tế Lào; Bản ghi nhớ giữa Bệnh viện Bạch Mai và Bệnh viện "
        "Mahosot."
    )
    assert sorted(a.title for a in x.agreements) == ["Bản ghi nhớ", "Kế hoạch hợp tác năm 2025"]


def test_the_minutes_of_a_summit_are_an_agreement() -> None:
    x = read(
        "Tỉnh Quảng Bình triển khai Biên bản Hội nghị cấp cao lần thứ V giữa tỉnh Quảng Bình và tỉnh Khăm Muộn "
        "được ký ngày 18/12/2019 tại thành phố Đồng Hới."
    )
    assert [(a.date, a.agreement_type.value) for a in x.agreements] == [("2019-12-18", "other")]


def test_two_days_joined_by_va_with_a_dashed_month_are_a_span() -> None:
    [mention] = find_dates("Trong 2 ngày 14 và 15-10, đoàn công tác tỉnh An Giang", 2024)
    assert (mention.value, mention.end_value) == ("2024-10-14", "2024-10-15")


def test_an_undated_signing_is_held_where_its_sentence_says() -> None:
    x = read("Sáng 14-5, tại tỉnh Trà Vinh đã ký kết chương trình hợp tác giai đoạn 2010 - 2015 giữa hai tỉnh.")
    assert [(e.event_type.value, e.province_id) for e in x.events] == [("signing", "province:VN-tra-vinh")]


def test_a_room_or_hall_named_for_meetings_is_no_meeting() -> None:
    x = read(
        "Ngày 3/10/2025, tại Phòng Hội thảo của nhà trường, Trường Đại học Hà Tĩnh đã tổ chức lễ đón tiếp "
        "lưu học sinh tỉnh Khăm Muộn."
    )
    assert [e.event_type.value for e in x.events] == ["reception"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Đoàn cán bộ y tế tỉnh Quảng Ngãi đã sang khám bệnh tại Át-tạ-pư.", [], id="health-staff"),
        pytest.param(
            "Đại diện Đại học Tây Bắc, Đại học Nông Lâm Bắc Giang đã dự.",
            ["Đại học Tây Bắc", "Đại học Nông Lâm Bắc Giang"],
            id="two-universities-listed",
        ),
        pytest.param(
            "Trường Đại học Kinh tế, Đại học Huế đã ký.", ["Trường Đại học Kinh tế, Đại học Huế"], id="member-school"
        ),
        pytest.param("Lễ diễn ra tại Phòng Hội nghị tầng 3.", [], id="a-room"),
    ],
)
def test_words_that_look_like_bodies(text: str, names: list[str]) -> None:
    assert [name for name, _ in bodies(text)] == names


def test_a_people_named_in_a_bodys_name_is_no_side() -> None:
    [(name, country)] = bodies("Hội người Việt Nam tỉnh Xiêng Khoảng đã trao quà.")
    assert (name, country) == ("Hội người Việt Nam tỉnh Xiêng Khoảng", "LA")


def test_a_date_line_with_a_view_counter_and_a_source() -> None:
    assert read_date("Mới nhất:2024-05-06 09:10:11   Số lần đã xem:12 Nguồn gốc:TTXVN") == ("2024-05-06", True)


def test_the_date_of_a_numbered_paper_dates_nothing_the_article_reports() -> None:
    text = "Tỉnh đã ban hành Kế hoạch số 215/KH-UBND ngày 3/5/2023 về hợp tác. Ngày 9/6/2023, hai bên họp."
    dates = find_dates(text, 2023)
    assert [m.value for m in dates] == ["2023-06-09"]


def test_a_visit_is_the_travellers_and_the_hosts_only_receive_them() -> None:
    x = read(
        "Ngày 12/4/2024, Đoàn công tác tỉnh Điện Biên do ông Lò Văn Mừng, Chủ tịch UBND tỉnh, làm trưởng đoàn đã "
        "đến thăm và làm việc tại tỉnh Phông Sa Lỳ. Tiếp đoàn có ông Khăm Phăn Phôm Ma Thắt, Tỉnh trưởng tỉnh "
        "Phông Sa Lỳ."
    )
    people = {e.event_type.value: {p.ref for p in e.participants if p.kind == "person"} for e in x.events}
    assert people["visit"] == {"Lò Văn Mừng"}
    assert people["working_session"] == {"Lò Văn Mừng", "Khăm Phăn Phôm Ma Thắt"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Phó Tỉnh trưởng tỉnh Át-tạ-pư Lê Thạ Sổm đã phát biểu.", id="title-then-name"),
        pytest.param("Tiếp đoàn có ông Lê Thạ Sổm, Phó Tỉnh trưởng tỉnh Át-tạ-pư.", id="name-then-title"),
    ],
)
def test_a_posts_province_says_the_side_a_shared_surname_does_not(text: str) -> None:
    assert people(text) == [("Lê Thạ Sổm", "LA")]


def test_a_title_does_not_reach_past_a_verb_to_the_person_spoken_to() -> None:
    from ingest.extract.persons import find_persons

    text = "Ông Khăm Phăn - Bí thư Tỉnh ủy, Tỉnh trưởng Hủa Phăn trân trọng gửi tới đồng chí Lê Văn Hiền lời chúc."
    positions = {p.name: [title for title, _ in p.positions] for p in find_persons(text, [])}
    assert "Tỉnh trưởng" not in positions.get("Lê Văn Hiền", [])


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        pytest.param(
            "Hai tỉnh Yên Bái và Bò Kẹo đã có quan hệ hợp tác hữu nghị từ năm 2012.",
            [("province:LA-BK", "province:VN-yen-bai")],
            id="two-joined-as-subject",
        ),
        pytest.param(
            "Thanh Hóa - Hủa Phăn là hai tỉnh kết nghĩa từ năm 1995.",
            [("province:LA-HO", "province:VN-thanh-hoa")],
            id="twinned",
        ),
        pytest.param(
            "Từ lâu, tỉnh Phú Yên, tỉnh Khánh Hòa cùng ba tỉnh Nam Lào đã giữ quan hệ hợp tác gắn bó.",
            [],
            id="co-subjects-of-one-side",
        ),
    ],
)
def test_two_provinces_joined_as_the_subject_of_cooperation(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [(p.a, p.b) for p in read(text).partnerships] == pairs


def test_a_meeting_with_nobody_and_nowhere_named_is_dropped_and_many_visits_are_no_visit() -> None:
    assert read("Toàn cảnh hội nghị\n\nMô hình trồng rau an toàn được nông dân đón nhận.").events == []
    assert read("Năm 2019, hai nước trao đổi nhiều chuyến thăm các cấp.").events == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Ngày 8/7/2023, tại Viêng Chăn, hai Bộ Ngoại giao tiến hành tham khảo chính trị lần thứ 8.", "talks"
        ),
        pytest.param(
            "Chiều 9/5/2024, Thủ tướng Lào Sonexay Siphandone hội kiến Bộ trưởng Bộ Y tế Đào Hồng Lan.", "reception"
        ),
        pytest.param(
            "Sáng 2/9/2023, tại Vinh, Hội Hữu nghị tỉnh Nghệ An tổ chức lễ kỷ niệm 61 năm quan hệ ngoại giao.", "other"
        ),
    ],
)
def test_more_kinds_of_meeting_the_press_names(text: str, kind: str) -> None:
    assert [e.event_type.value for e in read(text).events] == [kind]


def test_the_same_day_and_lately_take_their_dates_from_the_article() -> None:
    x = read(
        "Sáng 12/4/2024, tại Viêng Chăn, Bộ trưởng Bộ Y tế Trần Văn Thuấn hội đàm với Bộ trưởng Bộ Y tế Lào. "
        "Chiều cùng ngày, Bộ trưởng Trần Văn Thuấn đã đến thăm Bệnh viện Mahosot."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("talks", "2024-04-12"),
        ("visit", "2024-04-12"),
    ]
    y = read(
        "Điện Biên tiếp đoàn Phông Sa Lỳ\n\n08:30, 21/05/2024\n\n"
        "Vừa qua, tại thành phố Điện Biên Phủ, UBND tỉnh Điện Biên đã tiếp đoàn công tác tỉnh Phông Sa Lỳ."
    )
    assert [e.date for e in y.events] == ["2024-05"]


def test_a_ministry_of_a_named_foreign_government_is_that_countrys() -> None:
    text = "Tại lễ, Bộ trưởng Bộ Nội vụ Chính phủ Hoàng gia Campuchia Sok Chenda đã phát biểu."
    assert bodies(text) == [("Bộ Nội vụ Chính phủ Hoàng gia Campuchia", "KH")]
    assert people(text) == [("Sok Chenda", "KH")]


def test_a_name_of_lao_shape_in_an_article_without_laos_is_of_the_country_it_names() -> None:
    x = read(
        "Chiều 9/1/2024, ông Trần Văn Hải, Phó Chủ tịch UBND tỉnh Bình Định tiếp đoàn thành phố Izumisano "
        "(Nhật Bản) do ông Matsushita Yoshihiko dẫn đầu."
    )
    assert {p.name: p.country for p in x.persons}["Matsushita Yoshihiko"] == "JP"


def test_laos_written_in_lower_case_as_a_state_is_laos() -> None:
    x = read("Ngày 4/3/2024, đoàn công tác của nước cộng hòa dân chủ nhân dân Lào đã đến thăm tỉnh Điện Biên.")
    assert [c.node_id for c in x.countries] == ["country:LA"]


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        pytest.param(
            "Ngày 14/10/2024, tại Hà Nội, Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào ký kết Chương trình hành động "
            "giai đoạn 2024 - 2026.",
            "plan",
            "Chương trình hành động giai đoạn 2024 - 2026",
            id="programme-of-action",
        ),
        pytest.param(
            "Ngày 14/10/2024, Đại học Quốc gia Hà Nội và Đại học Quốc gia Lào đã ký Ý định thư về trao đổi giảng viên.",
            "other",
            "Ý định thư về trao đổi giảng viên",
            id="letter-of-intent",
        ),
        pytest.param(
            "Ngày 14/10/2024, hai Bộ trưởng đã ký Kế hoạch triển khai Bản ghi nhớ về hợp tác năng lượng giữa "
            "Bộ Công Thương và Bộ Năng lượng và Mỏ Lào.",
            "plan",
            "Kế hoạch triển khai Bản ghi nhớ về hợp tác năng lượng",
            id="plan-carrying-out-an-mou",
        ),
    ],
)
def test_plans_of_action_and_letters_of_intent_signed(text: str, kind: str, title: str) -> None:
    [agreement] = read("Ký kết\n\n" + text).agreements
    assert (agreement.agreement_type.value, agreement.date, agreement.title) == (kind, "2024-10-14", title)


def test_a_plan_of_work_issued_by_one_body_is_no_agreement() -> None:
    x = read(
        "Ngày 14/10/2024, UBND tỉnh Nghệ An ban hành Kế hoạch thực hiện năm 2025 Thỏa thuận hợp tác giữa tỉnh Nghệ "
        "An và tỉnh Xiêng Khoảng."
    )
    assert x.agreements == []


def test_a_meeting_whose_own_clause_says_it_is_to_come_is_a_plan() -> None:
    x = read(
        "Tiếp xã giao\n\nNgày 2/5/2024, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn tiếp Tổng Lãnh sự Lào Phoukhong "
        "Sisoulath. Hai bên cũng trao đổi về chuyến thăm tỉnh Chăm-pa-sắc của đoàn tỉnh Bình Định dự kiến diễn ra "
        "vào tháng 8."
    )
    assert [e.event_type.value for e in x.events] == ["reception"]
    assert x.partnerships == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Chiều 8/5/2024, Sở Y tế tỉnh Nghệ An được ông Khăm-phăn Phôm-ma-thắt, người từ năm 2021 là Ủy viên BCH "
            "Trung ương Đảng Nhân dân Cách mạng Lào, đón tại Phôn-xa-vẳn.",
            ["Sở Y tế tỉnh Nghệ An"],
            id="a-seat-on-the-central-committee",
        ),
        pytest.param(
            "Ngày 8/5/2024, Chủ tịch nước gửi lời chào tới lãnh đạo Đảng, Nhà nước, Chính phủ, Quốc hội Lào và cảm ơn "
            "Bộ Ngoại giao Lào.",
            ["Bộ Ngoại giao Lào"],
            id="the-state-named-as-a-whole",
        ),
        pytest.param(
            "Ngày 8/5/2024, Quốc hội Lào và Quốc hội Việt Nam tổ chức hội thảo về lập pháp tại Viêng Chăn.",
            ["Quốc hội Lào", "Quốc hội Việt Nam"],
            id="an-assembly-at-work",
        ),
    ],
)
def test_a_party_or_state_named_in_a_title_or_a_formula_is_no_body_at_work(text: str, kept: list[str]) -> None:
    assert [name for name, _ in bodies(text)] == kept


def test_a_form_of_address_opening_the_sentence_is_no_part_of_the_name() -> None:
    assert people("Ngài Bun-mi Xay-xổm-phon, Đại sứ Lào tại Campuchia, đã phát biểu tại hội thảo.") == [
        ("Bun-mi Xay-xổm-phon", "LA")
    ]


def test_a_meeting_at_the_place_just_reported_has_its_day() -> None:
    x = read(
        "Đối ngoại\n\nSáng 9/3/2023, Phó Thủ tướng Trần Hồng Hà và đoàn công tác đã thăm và làm việc tại tỉnh "
        "Xiêng Khoảng. Tại đây, Phó Thủ tướng Trần Hồng Hà đã tiếp Tỉnh trưởng tỉnh Xiêng Khoảng Pheng-xay Phôm-ma."
    )
    assert ("reception", "2023-03-09") in [(e.event_type.value, e.date) for e in x.events]


def test_a_day_and_month_that_end_the_sentence() -> None:
    x = read(
        "Lễ kỷ niệm\n\nLễ kỷ niệm 45 năm quan hệ hữu nghị giữa hai huyện biên giới đã được tổ chức tại huyện Mường "
        "Quắn, tỉnh Hủa Phăn vào ngày 14/9. Năm nay là năm 2023."
    )
    assert [e.date for e in x.events] == ["2023-09-14"]


def test_neighbours_named_as_the_provinces_a_province_cooperates_with() -> None:
    x = read(
        "Phỏng vấn\n\nQuan hệ hợp tác giữa tỉnh Gia Lai với các tỉnh Nam Lào, nhất là với hai tỉnh có chung đường "
        "biên giới với Gia Lai là Attapeu và Sê Kông, ngày càng được mở rộng."
    )
    assert {p.node_id for p in x.provinces if not p.aside} == {
        "province:VN-gia-lai",
        "province:LA-AT",
        "province:LA-XE",
    }
    assert sorted((p.a, p.b) for p in x.partnerships) == [
        ("province:LA-AT", "province:VN-gia-lai"),
        ("province:LA-XE", "province:VN-gia-lai"),
    ]


def test_cooperation_in_guarding_the_border_is_a_statement_of_cooperation() -> None:
    x = read("Biên phòng\n\nHai bên nhất trí đẩy mạnh hợp tác bảo vệ biên giới giữa tỉnh Kon Tum và tỉnh Attapeu.")
    assert [(p.a, p.b) for p in x.partnerships] == [("province:LA-AT", "province:VN-kon-tum")]


def test_a_counted_list_of_provincial_bodies_after_la_with_an_item_the_gazetteer_does_not_know() -> None:
    text = "Đoàn có đại diện Sở Y tế 4 tỉnh Nam Lào (nước CHDCND Lào) là: Sê Kông; Attapeu; Chăm Pa Sắc; Xa La Vanh."
    assert [name for name, _ in bodies(text)][:3] == ["Sê Kông", "Attapeu", "Chăm Pa Sắc"]


def test_the_one_meeting_reported_named_anew_takes_its_participants() -> None:
    x = read(
        "Hội đàm\n\nChiều 3/10/2023, Công an tỉnh Sơn La đã hội đàm trực tuyến với Công an 3 tỉnh Bắc Lào. Buổi tọa "
        "đàm có sự tham gia của công an 3 tỉnh Bắc Lào là: Hủa Phăn, Luông Pha Bang, Xay Nha Bu Ly."
    )
    assert [e.date for e in x.events if e.event_type.value == "online_meeting"] == ["2023-10-03"]
    assert {p.a for p in x.partnerships} | {p.b for p in x.partnerships} >= {"province:LA-HO", "province:LA-LP"}


def test_a_meeting_of_another_kind_held_within_a_visit_is_a_meeting_of_its_own() -> None:
    x = read(
        "Đối ngoại\n\nTừ ngày 10 đến 12/4/2024, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà thăm chính thức Lào. "
        "Trong khuôn khổ chuyến thăm, Bộ trưởng Phạm Thị Thanh Trà đã hội đàm với Bộ trưởng Bộ Nội vụ Lào "
        "Vilayvong Bouddakham."
    )
    kinds = {(e.event_type.value, e.date) for e in x.events}
    assert ("visit", "2024-04-10") in kinds
    assert ("talks", "2024-04") in kinds


def test_an_exchange_held_last_night_with_its_day_in_brackets() -> None:
    x = read(
        "Giao lưu\n\nTối qua (20/11), tại Vinh, Trường Đại học Vinh đã tổ chức giao lưu với lưu học sinh Lào nhân "
        "Ngày Nhà giáo Việt Nam. Năm nay là năm 2023."
    )
    [meeting] = x.events
    assert (meeting.event_type.value, meeting.date, meeting.kind_label) == ("other", "2023-11-20", "Buổi giao lưu")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Dự họp có Viện trưởng Viện Dân tộc học nhân văn, Viện trưởng Viện Kinh tế.",
            "Viện Dân tộc học nhân văn",
            id="a-long-lower-case-run-up-to-a-comma",
        ),
        pytest.param(
            "Phát biểu có Viện trưởng Viện Địa lý nhân văn Trần Minh Khoa.",
            "Viện Địa lý nhân văn",
            id="a-lower-case-run-up-to-the-person",
        ),
        pytest.param(
            "Đoàn đến thăm Trường Trung học cơ sở Sanamxay, công trình do tỉnh tài trợ.",
            "Trường Trung học cơ sở Sanamxay",
            id="a-school-named-after-its-town",
        ),
        pytest.param(
            "Phó Chủ nhiệm Ủy ban Văn hoá, Giáo dục Trần Thị Hằng dự lễ.",
            "Ủy ban Văn hóa, Giáo dục của Quốc hội",
            id="tone-marks-placed-both-ways-in-one-name",
        ),
        pytest.param(
            "Thiếu tá Hồ A Lềnh, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Nam Giang, cho biết như vậy.",
            "Đồn Biên phòng cửa khẩu quốc tế Nam Giang",
            id="a-gate-named-like-a-person",
        ),
        pytest.param(
            "Sáng 4/4/2026, Ban Chỉ đạo 515 tỉnh Quảng Trị tổ chức lễ truy điệu.",
            "Ban Chỉ đạo 515 tỉnh Quảng Trị",
            id="a-steering-committees-number",
        ),
        pytest.param(
            "Trung tâm Y tế huyện Quan Hóa nêu khó khăn về thuốc men.",
            "Trung tâm Y tế huyện Quan Hóa",
            id="a-district-named-like-a-person",
        ),
    ],
)
def test_where_a_bodys_name_ends(text: str, name: str) -> None:
    found = find_orgs(text)
    assert name in [o.name for o in found] + [o.key for o in found]


def test_each_item_of_a_list_of_names_before_their_titles() -> None:
    text = (
        "Về phía Việt Nam có các đồng chí: Đỗ Văn Chiến - Bí thư Tỉnh ủy Hà Giang, Mùa A Sơn - Bí thư Tỉnh ủy Sơn La, "
        "Lò Văn Pằn - Phó Chủ tịch UBND tỉnh Lai Châu."
    )
    assert [name for name, _ in people(text)] == ["Đỗ Văn Chiến", "Mùa A Sơn", "Lò Văn Pằn"]


def test_a_doctor_spelled_with_y() -> None:
    assert people("Bác sỹ Lường Thị Hoa, Trưởng khoa Nhi, cho biết đoàn đã khám cho 300 trẻ em.") == [
        ("Lường Thị Hoa", "VN")
    ]


def test_an_undated_ceremony_told_by_who_witnessed_it() -> None:
    x = read(
        "Quà tặng\n\nCông trình được khởi công từ đầu năm. Sau 5 tháng, nhà văn hóa đã hoàn thành. Các em học sinh "
        "rất vui. Lễ bàn giao nhà văn hóa bản Nà Xẻng có sự chứng kiến của đại diện Sở Ngoại giao tỉnh Hủa Phăn."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", None)]


def test_a_trip_named_as_the_frame_of_a_meeting_is_a_visit_in_its_month() -> None:
    x = read(
        "Đối ngoại\n\nTrong khuôn khổ chuyến thăm và làm việc tại Lào, sáng 21/3/2024, Bộ trưởng Bộ Xây dựng Trần "
        "Hồng Minh đã dự hội thảo về quy hoạch đô thị do Bộ Công chính và Vận tải Lào tổ chức."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [("visit", "2024-03"), ("workshop", "2024-03-21")]


def test_a_year_the_article_plans_for_is_not_its_own() -> None:
    x = read(
        "Hữu nghị\n\nSáng 4/12, tại Viêng Chăn, Chủ tịch Hội hữu nghị tiếp đoàn Hội Lào - Việt Nam. Hai hội dự kiến "
        "sẽ tổ chức đoàn thăm Việt Nam trong năm 2026."
    )
    assert [e.date for e in x.events] == [None]


@pytest.mark.parametrize(
    "horizon",
    ["theo quy hoạch đến năm 2030", "định hướng đến năm 2035", "tầm nhìn năm 2045", "với mục tiêu tới năm 2030"],
)
def test_a_plans_horizon_is_not_the_articles_year(horizon: str) -> None:
    x = read(
        f"Điện lực\n\nSáng 4/12, tại Viêng Chăn, Bộ Công Thương có buổi làm việc với Bộ Năng lượng và Mỏ Lào về "
        f"lưới điện {horizon}."
    )
    assert [e.date for e in x.events] == [None]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        pytest.param(
            "Tiếp đoàn có lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh Sơn La.",
            ["Tỉnh ủy Sơn La", "Hội đồng nhân dân tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La"],
            id="heads-alone",
        ),
        pytest.param(
            "Đại diện Sở Tư pháp, Sở Nội vụ tỉnh Xê Kông đã đến dự.",
            ["Sở Tư pháp tỉnh Xê Kông", "Sở Nội vụ tỉnh Xê Kông"],
            id="bodies-read-without-it",
        ),
    ],
)
def test_provincial_bodies_listed_before_the_one_that_names_the_province(text: str, keys: list[str]) -> None:
    assert [o.key for o in find_orgs(text)] == keys


def test_bodies_in_a_list_of_laos_bodies_are_lao_and_a_count_ends_a_name() -> None:
    text = (
        "Hội thảo có đại diện các cơ quan của Lào gồm Văn phòng Quốc hội, Bộ Tài chính, Bộ Công an và 12 Bộ ngành khác."
    )
    found = {o.key: o.country for o in find_orgs(text)}
    assert found == {"Văn phòng Quốc hội Lào": "LA", "Bộ Tài chính Lào": "LA", "Bộ Công an Lào": "LA"}


def test_a_list_that_turns_to_vietnam_is_not_laos() -> None:
    text = "Dự có đại diện các bộ của Lào như Bộ Y tế Lào và phía Việt Nam có Bộ Tài chính."
    assert {o.key: o.country for o in find_orgs(text)}["Bộ Tài chính"] == "VN"


def test_a_lao_officials_ministry_named_as_vietnams_is_laos() -> None:
    x = read(
        "Đối ngoại\n\nSáng 9/7/2024, tại Viêng Chăn (Lào), Thứ trưởng Ngoại giao Đỗ Hùng Việt đã tiếp kiến đồng chí "
        "Bounchom Ubonpaseuth, Ủy viên Trung ương Đảng, Bộ trưởng Tài chính."
    )
    assert {p.name: p.country for p in x.persons}["Bounchom Ubonpaseuth"] == "LA"
    assert "Bộ Tài chính Lào" in {o.key for o in x.orgs}


def test_a_body_read_from_a_list_that_names_the_province_once_carries_it_in_its_name() -> None:
    assert [o.name for o in find_orgs("Dự có lãnh đạo HĐND, UBND tỉnh Gia Lai.")] == [
        "HĐND tỉnh Gia Lai",
        "UBND tỉnh Gia Lai",
    ]


def test_an_acceptance_meeting_of_a_research_task_is_a_meeting() -> None:
    x = read(
        "Nghiệm thu\n\nNgày 12/6/2024, Bộ Khoa học và Công nghệ tổ chức nghiệm thu nhiệm vụ hợp tác song phương với "
        "Lào về giống lúa chịu hạn."
    )
    assert [(e.event_type.value, e.date, e.kind_label) for e in x.events] == [
        ("other", "2024-06-12", "Buổi nghiệm thu")
    ]


def test_a_launch_told_by_its_verb_is_a_ceremony() -> None:
    x = read(
        "Chuyển đổi số\n\nChiều 2/10/2024, tại Viêng Chăn, Bộ Công nghệ và Truyền thông Lào và Tập đoàn VNPT đã khai "
        "trương Trung tâm dữ liệu quốc gia."
    )
    assert [(e.event_type.value, e.date, e.kind_label) for e in x.events] == [("other", "2024-10-02", "Lễ khai trương")]


def test_a_conference_that_frames_a_meeting_is_a_meeting_too() -> None:
    x = read(
        "Bên lề\n\nTrong khuôn khổ Hội nghị Bộ trưởng Y tế ASEAN lần thứ 17, chiều 14/5/2026, Bộ trưởng Bộ Y tế Đào "
        "Hồng Lan đã hội đàm với Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("conference", "2026-05"),
        ("talks", "2026-05-14"),
    ]


def test_a_visit_named_as_a_frame_holds_no_working_session_of_its_own() -> None:
    x = read(
        "Thanh niên\n\nNgày 12.11, tại Nghệ An, Trung ương Đoàn TNCS Hồ Chí Minh và Trung ương Đoàn Lào tổ chức tọa "
        "đàm về công tác thanh niên. Hoạt động này thuộc khuôn khổ thăm và làm việc tại Việt Nam của đoàn "
        "Trung ương Đoàn Lào, bắt đầu từ ngày 10.11. Anh Nguyễn Minh Triết, Bí thư thứ nhất Trung ương Đoàn và anh "
        "Phouthone Xaysana, Phó Bí thư Trung ương Đoàn Lào đã thống nhất chương trình năm 2025."
    )
    assert sorted(e.event_type.value for e in x.events) == ["visit", "workshop"]


def test_a_place_where_the_page_was_cut_is_no_province_of_the_news() -> None:
    x = read(
        "Biên phòng\n\nNgày 3/5/2024, Bộ đội Biên phòng tỉnh Gia Lai tặng quà học sinh tỉnh Attapeu.\n\nĐầu tháng 4 "
        "vừa qua, tại Đà Nẵng,"
    )
    assert {p.node_id for p in x.provinces if not p.aside} == {"province:VN-gia-lai", "province:LA-AT"}


def test_meetings_held_with_the_people_named_within_a_visit() -> None:
    x = read(
        "Tham vấn\n\nNgày 6/3/2024, tại Hà Nội, hai Bộ Ngoại giao Việt Nam và Lào đã tổ chức tham vấn chính trị lần "
        "thứ 9. Hai bên đánh giá cao kết quả hợp tác. Hai bên nhất trí tăng cường trao đổi đoàn. Hai bên cũng trao đổi "
        "về tình hình khu vực. Trong khuôn khổ chuyến thăm, đồng chí Phongsavanh Sitthavong đã có các cuộc tiếp kiến "
        "đồng chí Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao."
    )
    assert sorted(e.event_type.value for e in x.events) == ["reception", "visit"]


def test_a_count_of_meetings_is_still_a_tally() -> None:
    x = read("Hợp tác\n\nNhững năm qua, hai bên đã có các cuộc tiếp xúc thường xuyên ở nhiều cấp.")
    assert x.events == []


def test_an_agreement_about_a_scheme_in_quotes_takes_the_schemes_period() -> None:
    x = read(
        "Ngày 14/9/2023, tại Hà Nội, Bộ trưởng Bộ Xây dựng Trần Văn Minh và Bộ trưởng Bộ Giao thông Lào Vilay Keo "
        "đã ký Thỏa thuận về Đề án “Mở rộng và đổi mới hợp tác đào tạo kỹ sư giai đoạn 2024-2028”."
    )
    [agreement] = x.agreements
    assert (agreement.period_start, agreement.period_end) == ("2024", "2028")
    assert "đổi mới hợp tác" in agreement.title


def test_the_headline_and_the_lead_name_one_signing() -> None:
    x = read(
        "LỄ KÝ BIÊN BẢN GHI NHỚ VỀ ĐIỆN GIÓ MIỀN NAM LÀO\n\nNgày 12 tháng 3 năm 2022, Tổng Công ty Điện lực Lào và Bộ "
        "Năng lượng và Mỏ Lào chứng kiến lễ ký Biên bản ghi nhớ về điện gió.\n\nNgày 12 tháng 3 năm 2022, tại "
        "Viêng Chăn, Tổng Công ty Điện lực Lào đã ký Biên bản ghi nhớ hợp tác về nghiên cứu dự án điện gió miền "
        "Nam Lào với một nhà đầu tư."
    )
    assert len(x.agreements) == 1


def test_a_university_after_the_common_noun_school() -> None:
    [school] = find_orgs("Chiều 5.9, tại trường Đại học Tây Bắc, hai tỉnh trao học bổng cho sinh viên Lào.")
    assert school.key == "Đại học Tây Bắc"
    assert "Trường Đại học Tây Bắc" in school.aliases


def test_each_half_of_a_joint_committee_belongs_to_the_country_named_first() -> None:
    found = bodies(
        "Dự lễ có Chủ tịch Phân ban Hợp tác Việt Nam - Lào Trần Văn Sơn và Chủ tịch Phân ban Hợp tác Lào - Việt Nam "
        "Vilay Phommachanh."
    )
    assert found == [("Phân ban Hợp tác Việt Nam - Lào", "VN"), ("Phân ban Hợp tác Lào - Việt Nam", "LA")]


def test_a_known_bodys_name_joined_to_another_country_names_a_joint_body() -> None:
    found = bodies("Hôm qua, Viện Khoa học và Công nghệ Việt Nam - Nhật Bản khai giảng khóa học đầu tiên.")
    assert found == [("Viện Khoa học và Công nghệ Việt Nam - Nhật Bản", None)]


def test_a_list_of_officials_each_with_a_party_seat_first() -> None:
    found = people(
        "Dự hội nghị có các đồng chí: Lê Văn Hòa - Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Quảng Bình; Bua Phăn "
        "Lít Ta Phon - Ủy viên BCH Trung ương Đảng, Tỉnh trưởng và Bí thư Tỉnh ủy Khăm Muộn."
    )
    assert [name for name, _ in found] == ["Lê Văn Hòa", "Bua Phăn Lít Ta Phon"]


def test_who_is_to_attend_the_next_meeting_took_no_part_in_the_last() -> None:
    x = read(
        "Hội nghị thường niên\n\nNgày 20/12/2023, tại Quảng Bình, hội nghị cấp cao giữa tỉnh Quảng Bình và tỉnh Khăm "
        "Muộn đã diễn ra.\n\nHội nghị năm nay dự kiến sẽ có sự tham dự của các đồng chí: Lê Văn Hòa - Bí thư Tỉnh ủy "
        "Quảng Bình; Bua Phăn Lít Ta Phon - Tỉnh trưởng tỉnh Khăm Muộn."
    )
    [event] = x.events
    assert not [p for p in event.participants if p.kind == "person"]


def test_the_head_of_a_party_board_named_without_its_ban() -> None:
    found = people(
        "Phát biểu tại buổi gặp, Trưởng ban Dân vận Tỉnh ủy tỉnh Savannakhet Xổm Phon Vi La Vông cảm ơn tỉnh bạn."
    )
    assert found == [("Xổm Phon Vi La Vông", "LA")]


def test_a_lecturer_or_a_student_named_after_the_word_for_it() -> None:
    found = people("Tại trại thực nghiệm, giảng viên Trần Thị Mai hướng dẫn sinh viên Lò Văn Tâm cách chọn giống.")
    assert found == [("Trần Thị Mai", "VN"), ("Lò Văn Tâm", "VN")]


def test_a_visit_received_by_named_hosts_is_also_their_reception() -> None:
    x = read(
        "Chúc Tết\n\nChiều 20/1/2023, đoàn đại biểu tỉnh Savannakhet (Lào) đã sang thăm, chúc Tết Đảng bộ, nhân dân "
        "Quảng Trị. Phó Chủ tịch UBND tỉnh Hoàng Nam đón tiếp đoàn.\n\nPhó Tỉnh trưởng tỉnh Savannakhet Khăm Phăn "
        "Phôm Ma Thắt cảm ơn sự giúp đỡ của tỉnh bạn."
    )
    kinds = {e.event_type.value: {p.ref for p in e.participants if p.kind == "person"} for e in x.events}
    assert kinds["visit"] == {"Khăm Phăn Phôm Ma Thắt"}
    assert "Hoàng Nam" in kinds["reception"]


def test_two_leaders_who_each_received_the_delegation() -> None:
    x = read(
        "Tiếp đoàn\n\nChiều 12/9/2024, tại Hà Nội, đoàn đại biểu Bộ Giáo dục và Thể thao Lào do Bộ trưởng Phout "
        "Simmalavong dẫn đầu đã được Thủ tướng Phạm Minh Chính và Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp thân "
        "mật.\n\nTại các buổi tiếp, Bộ trưởng Phout Simmalavong cảm ơn sự giúp đỡ của Việt Nam."
    )
    hosts = sorted(
        tuple(p.ref for p in e.participants if p.role.value == "host" and p.kind == "person")
        for e in x.events
        if e.event_type.value == "reception"
    )
    assert hosts == [("Phạm Minh Chính",), ("Võ Thị Ánh Xuân",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Đoàn bác sĩ sang Bệnh viện 105 - Quân đội nhân dân Lào làm việc ba tháng.",
            ("Bệnh viện 105 - Quân đội nhân dân Lào", "LA"),
            id="a-hospital-named-by-its-number",
        ),
        pytest.param(
            "Năm nay, Phân hiệu Đại học Huế tại Quảng Trị nhận 30 sinh viên Lào.",
            ("Phân hiệu Đại học Huế tại Quảng Trị", "VN"),
            id="a-branch-of-a-university-named-after-a-city",
        ),
        pytest.param(
            "Các thầy cô của Trường lưu học sinh Lào tỉnh Nghệ An gặp lại học trò cũ.",
            ("Trường lưu học sinh Lào tỉnh Nghệ An", "VN"),
            id="a-school-of-lao-students-in-vietnam",
        ),
        pytest.param(
            "Theo Hội người Việt Nam tại tỉnh Khăm Muộn, ngôi trường đã hoàn thành.",
            ("Hội người Việt Nam tại tỉnh Khăm Muộn", "LA"),
            id="vietnamese-living-in-a-lao-province",
        ),
        pytest.param(
            "Tập đoàn KEPCO/HANWHA POWER đã ký kết biên bản với đối tác.",
            ("Tập đoàn KEPCO/HANWHA POWER", None),
            id="a-firm-whose-name-holds-a-slash",
        ),
    ],
)
def test_names_that_go_on_past_a_number_a_seat_a_people_or_a_slash(text: str, expected: tuple) -> None:
    assert bodies(text)[0] == expected


def test_who_signed_a_set_of_agreements_signed_each_item_listed() -> None:
    x = read(
        "Ký kết\n\nNgày 9/10/2024, tại Hà Nội, Bộ trưởng Bộ Xây dựng Trần Văn Minh và Bộ trưởng Bộ Giao thông Lào "
        "Vilay Keomany đã ký kết 2 văn bản hợp tác.\n\n2 văn bản hợp tác gồm: Bản ghi nhớ về đường bộ; Kế "
        "hoạch hợp tác năm 2025."
    )
    assert len(x.agreements) == 2
    assert all(a.signers == ["Trần Văn Minh", "Vilay Keomany"] for a in x.agreements)


def test_a_provinces_delegation_at_a_ceremony_in_a_province_of_the_other_country() -> None:
    x = read(
        "Khởi công\n\nNgày 5/3/2025, đoàn công tác tỉnh Quảng Nam đã tham dự Lễ khởi công công trình Trường Hữu nghị "
        "tại tỉnh Sê Kông (Lào). Đây là công trình do Quảng Nam hỗ trợ xây dựng."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-XE", "province:VN-quang-nam")}


def test_a_school_named_after_its_city_names_no_province() -> None:
    text = "Tiếp nhận\n\nSáng 5/9/2024, Trường Đại học Hà Tĩnh tổ chức lễ tiếp nhận 40 lưu học sinh Lào."
    _, delta = document_delta(RawDocument(origin="t.md", content=text, content_type=ContentType.MARKDOWN))
    assert not [n.id for n in delta.nodes if n.id.startswith("province:")]
    assert [n.country for n in delta.nodes if n.id.startswith("org:")] == ["VN"]


def test_a_treaty_between_two_states_named_by_their_countries() -> None:
    text = (
        "Tiếp Đại sứ\n\nNgày 12/6/2024, tại Hà Nội, Bộ trưởng Huỳnh Thành Đạt tiếp Đại sứ Hàn Quốc. Hiệp định về hợp "
        "tác khoa học và công nghệ giữa Việt Nam và Hàn Quốc đã được ký vào tháng 9/1995."
    )
    x = read(text)
    [treaty] = x.agreements
    assert treaty.parties == [("country", "country:VN"), ("country", "country:KR")]
    assert treaty.date == "1995-09"
    [reception] = [e for e in x.events if e.event_type.value == "reception"]
    assert treaty.event_key != reception.key
    signings = [e for e in x.events if e.event_type.value == "signing"]
    assert all(not [p for p in e.participants if p.kind == "person"] for e in signings)
    _, delta = document_delta(RawDocument(origin="t.md", content=text, content_type=ContentType.MARKDOWN))
    parties = {e.source for e in delta.edges if e.type.value == "PARTY_TO"}
    assert parties == {"country:VN", "country:KR"}


def test_a_college_named_with_its_province_after_a_university() -> None:
    found = bodies("Sinh viên Lào đang học tại Trường Đại học Vinh và Cao đẳng Y tế Nghệ An được tặng quà.")
    assert [name for name, _ in found] == ["Trường Đại học Vinh", "Cao đẳng Y tế Nghệ An"]
    assert bodies("Các em sẽ học tiếp ở Cao đẳng Y tế, Cao đẳng Kinh tế.") == []


def test_presidents_and_kings_are_titles() -> None:
    found = people("Tổng thống Hàn Quốc Lee Jae-myung và Quốc vương Campuchia Norodom Sihamoni dự lễ khánh thành.")
    assert [name for name, _ in found] == ["Lee Jae-myung", "Norodom Sihamoni"]


def test_an_association_opened_by_hiep_hoi() -> None:
    assert bodies("Hội thảo có sự tham gia của Hiệp hội doanh nghiệp Lào và các nhà đầu tư.") == [
        ("Hiệp hội doanh nghiệp Lào", "LA")
    ]


def test_an_agreement_after_meetings_that_are_all_background_is_read_without_failing() -> None:
    # The assembly the property test found: every meeting before the letter of intent is a setting.
    x = read(
        "Tin tức\n\nTrong khuôn khổ chuyến thăm từ ngày 3 đến 5/7/2023,. Trong khuôn khổ chuyến thăm Tối qua "
        "(6/10),. Ý định thư năm 2025"
    )
    # Nobody is named: no meeting, and the letter has no party to be read with.
    assert (x.events, x.agreements) == ([], [])


@pytest.mark.parametrize("verb", ["đón đoàn", "đón tiếp đoàn"])
def test_welcoming_a_delegation_is_a_reception(verb: str) -> None:
    x = read(f"Tin\n\nNgày 7/10/2024, Trường Đại học Tây Bắc {verb} của Đại học Xu Pha Nu Vông.")
    assert [(e.event_type.value, e.date) for e in x.events] == [("reception", "2024-10-07")]


def test_an_exchange_programme_held_is_a_meeting() -> None:
    x = read("Tin\n\nNgày 5/3/2024, Hội hữu nghị tỉnh Yên Bái tổ chức chương trình giao lưu với lưu học sinh Lào.")
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", "2024-03-05")]


def test_a_plan_submitted_for_approval_is_not_signed() -> None:
    x = read("Tin\n\nNgày 5/3/2024, Sở Ngoại vụ tỉnh Nam Định trình UBND tỉnh phê duyệt Kế hoạch hợp tác năm 2024.")
    assert x.agreements == []


def test_an_agreements_title_keeps_its_list_of_fields() -> None:
    x = read(
        "Tin\n\nNgày 9/5/2024, Bộ Tài nguyên và Môi trường và Bộ Tài nguyên và Môi trường Lào đã ký Thỏa thuận hợp tác "
        "trong lĩnh vực đất đai, khí tượng, thủy văn và địa chất khoáng sản."
    )
    assert [a.title for a in x.agreements] == [
        "Thỏa thuận hợp tác trong lĩnh vực đất đai, khí tượng, thủy văn và địa chất khoáng sản"
    ]


def test_provinces_a_signing_counts_but_does_not_name_are_the_bodies_of_its_meeting() -> None:
    x = read(
        "Từ ngày 3 - 5/9/2023, Sở Công Thương tỉnh Sơn La hội đàm với Sở Công Thương tỉnh Luông Pha Bang và Sở "
        "Công Thương tỉnh Hủa Phăn tại tỉnh Luông Pha Bang. Tại buổi hội đàm, Sở Công Thương tỉnh Sơn La và ngành "
        "Công Thương 2 tỉnh Bắc Lào đã trao đổi, thống nhất nội dung và ký Biên bản hội đàm.\n\n"
        "Quang cảnh ký Biên bản hội đàm giữa Sở Công Thương tỉnh Sơn La và Sở Công Thương 2 tỉnh Bắc Lào"
    )
    [agreement] = x.agreements
    assert [ref for _, ref in agreement.parties] == [
        "Sở Công Thương tỉnh Sơn La",
        "Sở Công Thương tỉnh Luông Pha-bang",
        "Sở Công Thương tỉnh Hủa Phăn",
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Đoàn đã thăm Đại học Hoàng gia Phnompenh (Campuchia) và Đại học Quốc gia Lào.",
            "Đại học Hoàng gia Phnompenh",
        ),
        ("Hợp tác với Trường Phổ thông Trung học Dakcheung, tỉnh Sê Kông.", "Trường Phổ thông Trung học Dakcheung"),
    ],
)
def test_a_school_or_university_named_after_its_town_keeps_the_town(text: str, key: str) -> None:
    assert key in {o.key.split(" tỉnh")[0] for o in find_orgs(text)}


def test_a_lao_name_after_a_university_is_the_person_not_the_university() -> None:
    text = "Hiệu trưởng Đại học Quốc gia Lào Souphab Khouangvichit phát biểu."
    assert [o.key for o in find_orgs(text)] == ["Đại học Quốc gia Lào"]


def test_a_bracketed_day_after_hom_qua_dates_a_signing_as_it_dates_a_meeting() -> None:
    x = read(
        "Cập nhật 13/04/2024\n\nHôm qua (11/4), Trường Đại học Vinh và Đại học Quốc gia Lào đã ký kết Bản ghi nhớ "
        "về trao đổi giảng viên."
    )
    assert [a.date for a in x.agreements] == ["2024-04-11"]
    assert [(e.event_type.value, e.date) for e in x.events] == [("signing", "2024-04-11")]


def test_an_agreements_title_ends_before_the_day_it_was_signed() -> None:
    x = read(
        "Ngày 12/4/2024, Sở Y tế tỉnh Nghệ An và Sở Y tế tỉnh Xiêng Khoảng hội đàm, đánh giá việc thực hiện Thỏa "
        "thuận hợp tác về y tế ký ngày 5/3/2019."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Thỏa thuận hợp tác về y tế", "2019-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/3/2024, Bộ Ngoại giao cho biết chuyến thăm của Thủ tướng Lào đã bị hoãn vì thời tiết.",
        "Hội thảo về chuyển đổi số giữa hai tỉnh Hà Giang và Luông Nậm Thà tạm hoãn đến khi có thông báo mới.",
        "Phòng làm việc của Sở Ngoại vụ được trang bị hệ thống họp trực tuyến với tỉnh Luông Nậm Thà.",
    ],
)
def test_a_meeting_put_off_or_a_system_for_meetings_is_no_meeting(text: str) -> None:
    assert read(text).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Ở hội nghị thường niên thứ 12 giữa hai Bộ diễn ra năm 2016 tại tỉnh Luông Pha Bang, hai Bộ trưởng nhất trí "
        "lập phòng thí nghiệm chung.",
        "Năm 2016, tại hội nghị thường niên thứ 12 giữa hai Bộ ở tỉnh Luông Pha Bang, hai Bộ trưởng nhất trí lập "
        "phòng thí nghiệm chung.",
    ],
)
def test_a_meeting_recalled_with_the_year_it_was_held_is_dated_by_that_year(text: str) -> None:
    x = read("Cập nhật 18/02/2019\n\n" + text)
    assert [(e.event_type.value, e.date) for e in x.events] == [("conference", "2016")]


def test_a_visit_recalled_by_its_year_is_not_the_visit_that_frames_the_news() -> None:
    x = read(
        "Ngày 14/9/2023, nhân dịp Thủ tướng Lào sang thăm Việt Nam, hai Bộ Giáo dục đã khánh thành Trung tâm tiếng "
        "Lào tại Hà Nội. Năm 2019, trong chuyến thăm Lào, Bộ trưởng Bộ Giáo dục và Đào tạo đã đề xuất lập Trung tâm."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events if e.event_type.value == "visit") == [
        ("visit", "2019"),
        ("visit", "2023-09"),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Từ ngày 30/11 đến ngày 2/12/2024, đoàn công tác", "2024-11-30", "2024-12-02"),
        ("Từ ngày 12/3 đến ngày 15/3/2024, đoàn công tác", "2024-03-12", "2024-03-15"),
        ("đoàn ở Lào từ 29/9-2/10.", "2024-09-29", "2024-10-02"),
    ],
)
def test_a_span_whose_days_name_their_months(text: str, start: str, end: str) -> None:
    [mention] = find_dates(text, 2024)
    assert (mention.value, mention.end_value) == (start, end)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Chiều qua", "2024-03-13"),
        ("Thứ Ba (12/3)", "2024-03-12"),
        ("Tháng 2 vừa qua", "2024-02"),
        ("Giữa tháng 3", "2024-03"),
        ("Cuối tháng 8", "2023-08"),
    ],
)
def test_a_meeting_dated_from_the_page_by_the_words_the_press_uses(opening: str, day: str) -> None:
    x = read(f"Cập nhật: 14/03/2024 10:20\n\n{opening}, đoàn công tác tỉnh Nghệ An đã làm việc với tỉnh Xiêng Khoảng.")
    assert [e.date for e in x.events] == [day]


def test_a_visits_span_holds_the_talks_held_in_it_as_a_meeting_of_their_own() -> None:
    x = read(
        "Ngày 30/4/2024, Trưởng ban Tuyên giáo Trung ương đưa đoàn cán bộ của Ban sang thăm Lào, từ 30/4-3/5. "
        "Tối cùng ngày, đoàn đã hội đàm với Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào tại Viêng Chăn."
    )
    assert sorted((e.event_type.value, e.date, e.end_date) for e in x.events) == [
        ("talks", "2024-04-30", None),
        ("visit", "2024-04-30", "2024-05-03"),
    ]


def test_a_session_named_by_its_number_is_that_session_not_the_meeting_reported() -> None:
    x = read(
        "Cập nhật 17/08/2023\n\nNgày 16/8/2023, Bộ trưởng Bộ Y tế Đào Hồng Lan làm việc với Bộ trưởng Bộ Y tế Lào "
        "Bounfeng Phoummalaysith. Tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ, Thủ tướng Phạm Minh Chính và Thủ "
        "tướng Sonexay Siphandone đã giao hai Bộ nâng cấp bệnh viện tuyến tỉnh."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("conference", None),
        ("working_session", "2023-08-16"),
    ]


@pytest.mark.parametrize(
    ("text", "unit", "country"),
    [
        ("Ngày 14/5, Ủy ban Kinh tế của Quốc hội Lào làm việc với Bộ Tài chính.", "Ủy ban Kinh tế Quốc hội Lào", "LA"),
        ("Ngày 14/5, Vụ Hợp tác quốc tế của Bộ Y tế Lào đón đoàn.", "Vụ Hợp tác quốc tế Bộ Y tế Lào", "LA"),
        ("Ngày 14/5, Ban Tuyên giáo của Tỉnh ủy Hà Tĩnh đón đoàn.", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "VN"),
    ],
)
def test_a_unit_followed_by_cua_and_the_body_it_belongs_to_is_that_bodys_unit(
    text: str, unit: str, country: str
) -> None:
    # As when nothing stands between them ("Vụ Hợp tác quốc tế Bộ Y tế Lào"): keyed with its owner, of its country.
    assert (unit, country) in {(o.key, o.country) for o in find_orgs(text)}


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        # A country that is the name's own word still says whose body it is.
        ("Ngày 14/5, Đài Truyền hình Việt Nam ghi hình buổi lễ.", "Đài Truyền hình Việt Nam", "VN"),
        ("Ngày 14/5, Đài Tiếng nói Việt Nam mở chuyên mục mới.", "Đài Tiếng nói Việt Nam", "VN"),
        # A provincial broadcaster names radio and television joined by "và" or a dash.
        (
            "Ngày 14/5, Đài Phát thanh và Truyền hình tỉnh Hà Tĩnh ký kết với đối tác.",
            "Đài Phát thanh và Truyền hình tỉnh Hà Tĩnh",
            "VN",
        ),
        (
            "Ngày 14/5, Đài Phát thanh - Truyền hình tỉnh Khăm Muộn cử phóng viên sang.",
            "Đài Phát thanh - Truyền hình tỉnh Khăm Muộn",
            "LA",
        ),
    ],
)
def test_broadcasters_are_bodies_of_their_country(text: str, body: str, country: str) -> None:
    assert country in {o.country for o in find_orgs(text) if o.name == body}


@pytest.mark.parametrize(
    "ceremony",
    [
        "lễ bế giảng khóa học tiếng Việt cho cán bộ tỉnh Xiêng Khoảng",
        "lễ trao bằng tốt nghiệp cho lưu học sinh Lào",
        "lễ truy điệu liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào",
        "buổi mít tinh kỷ niệm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào",
        "lễ xuất quân đoàn y bác sĩ sang tỉnh Sa-la-van",
    ],
)
def test_ceremonies_of_schools_remembrance_and_departure_are_meetings_of_their_own_kind(ceremony: str) -> None:
    # (A degree handed over is no signing, though "lễ trao" opens a signing's name too.)
    x = read(f"Tin\n\nNgày 12/3/2024, Trường Đại học Vinh tổ chức {ceremony}.")
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", "2024-03-12")]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ngày 14/5, Tổng Lãnh sự Việt Nam tại Luông Pha Bang Trần Thị Mai dự lễ.", "Trần Thị Mai", "VN"),
        ("Ngày 14/5, Tổng Lãnh sự Lào tại thành phố Đà Nẵng Bounlap Sihalath dự lễ.", "Bounlap Sihalath", "LA"),
    ],
)
def test_a_missions_seat_between_the_post_and_the_name_is_no_part_of_the_name(
    text: str, name: str, country: str
) -> None:
    assert [(p.name, p.country) for p in read(f"Tin\n\n{text}").persons] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "committee", "person"),
    [
        (
            "Ngày 14/5, Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Savannakhet Khamla Vongsa tiếp đoàn.",
            "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Sa-vẳn-na-khẹt",
            "Khamla Vongsa",
        ),
        (
            "Ngày 14/5, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Bình Lê Văn Tâm tiếp đoàn.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình",
            "Lê Văn Tâm",
        ),
    ],
)
def test_a_fronts_committee_in_a_province_is_one_body_and_its_chair_keeps_his_name(
    text: str, committee: str, person: str
) -> None:
    x = read(f"Tin\n\n{text}")
    assert [o.key for o in x.orgs] == [committee]
    assert [p.name for p in x.persons] == [person]


def test_a_meeting_told_after_before_that_is_another_meeting_not_more_of_the_one_found() -> None:
    x = read(
        "Tin\n\nNgày 12/3/2024, đoàn công tác tỉnh Quảng Bình do Phó Chủ tịch UBND tỉnh Phan Mạnh Hùng dẫn đầu đã "
        "đến thăm và làm việc tại tỉnh Khăm Muộn. Trước đó, đoàn đã đến thăm Đại sứ quán Việt Nam tại Viêng Chăn."
    )
    visits = [e for e in x.events if e.event_type.value == "visit"]
    assert sorted((e.date or "") for e in visits) == ["", "2024-03-12"]
    # The embassy was met on the earlier visit, so the province hosting the dated one is still its partner.
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-KH", "province:VN-quang-binh")}


@pytest.mark.parametrize("opening", ["Năm 2019,", "Trước đó, năm 2019,", "Trước đó, vào năm 2019,"])
def test_a_year_opening_the_sentence_dates_the_meeting_it_tells(opening: str) -> None:
    x = read(
        "Tin\n\nNgày 12/3/2024, hai bộ tổng kết 5 năm hợp tác. "
        f"{opening} dưới sự chứng kiến của Thủ tướng hai nước, Lễ ký Hiệp định hợp tác giáo dục đã diễn ra tại Hà Nội."
    )
    assert ("signing", "2019") in {(e.event_type.value, e.date) for e in x.events}


@pytest.mark.parametrize(
    "since",
    [
        "Từ khi ký kết thỏa thuận hợp tác năm 2019 đến nay, hai tỉnh đã triển khai nhiều dự án.",
        "Hai tỉnh đã ký kết thỏa thuận hợp tác từ năm 2019.",
    ],
)
def test_the_year_an_agreement_holds_since_dates_its_signing_and_is_no_word_of_its_name(since: str) -> None:
    x = read(f"Tin\n\nNgày 12/3/2024, lãnh đạo tỉnh Quảng Bình tiếp đoàn tỉnh Khăm Muộn. {since}")
    assert [(a.title, a.date) for a in x.agreements] == [("Thỏa thuận hợp tác", "2019")]


def test_a_provinces_government_named_in_lower_case_is_its_body_but_not_in_the_set_phrase() -> None:
    x = read("Tin\n\nNgày 5/3/2024, Thủ tướng giao chính quyền tỉnh Sê Kông quản lý trường học mới xây.")
    assert [(o.key, o.country) for o in x.orgs] == [("Chính quyền tỉnh Xê Kông", "LA")]
    said = read("Tin\n\nĐảng bộ, chính quyền và nhân dân tỉnh Sê Kông luôn ghi nhớ sự giúp đỡ của tỉnh Quảng Nam.")
    assert said.orgs == []


@pytest.mark.parametrize(
    "statement",
    [
        "Thời gian qua, Sở Y tế tỉnh Quảng Bình đã hợp tác chặt chẽ với Sở Y tế tỉnh Khăm Muộn.",
        "Công an tỉnh Quảng Bình và Công an tỉnh Khăm Muộn đã phối hợp chặt chẽ trong phòng chống tội phạm.",
        "Hai tỉnh Quảng Bình và Khăm Muộn đã hợp tác hiệu quả trong nhiều lĩnh vực.",
    ],
)
def test_cooperation_said_with_how_closely_and_by_joined_bodies_pairs_their_provinces(statement: str) -> None:
    x = read(f"Tin\n\n{statement}")
    assert {(p.a, p.b, p.basis) for p in x.partnerships} == {("province:LA-KH", "province:VN-quang-binh", "statement")}


def test_a_province_named_after_the_partner_and_its_verb_gains_and_is_no_partner() -> None:
    x = read(
        "Tin\n\nSở Y tế tỉnh Quảng Bình phối hợp chặt chẽ với Bệnh viện Đa khoa tỉnh Quảng Bình tổ chức khám bệnh "
        "cho người dân tỉnh Khăm Muộn."
    )
    assert x.partnerships == []
    listed = read("Tin\n\nTỉnh Quảng Bình hiện có quan hệ hợp tác với các tỉnh Khăm Muộn và Bolikhamxay của Lào.")
    assert {p.b for p in listed.partnerships} == {"province:VN-quang-binh"}
    assert {p.a for p in listed.partnerships} == {"province:LA-KH", "province:LA-BL"}


def test_a_signing_the_headline_announces_is_the_dated_meeting_the_body_signs_it_at() -> None:
    x = read(
        "Quảng Bình và Khăm Muộn ký kết biên bản hợp tác năm 2024\n\nThứ Năm, 14/03/2024\n\n"
        "Chiều 13/3, tại thành phố Đồng Hới, Ủy ban nhân dân tỉnh Quảng Bình hội đàm với đoàn đại biểu tỉnh Khăm "
        "Muộn do Tỉnh trưởng Vi Lay Khăm dẫn đầu. Kết thúc buổi hội đàm, hai bên đã ký kết Biên bản hợp tác năm 2024."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("talks", "2024-03-13")]
    assert [(a.date, a.event_key) for a in x.agreements] == [("2024-03-13", "event-0")]


def test_officials_of_each_side_keep_their_sides_body_and_country() -> None:
    x = read(
        "Tin\n\nNgày 14/9/2023, UBND thành phố Đà Nẵng bàn giao trường học cho chính quyền tỉnh Sa-la-van.\n\n"
        "Dự lễ, về phía thành phố Đà Nẵng có ông Lê Quang Nam, Phó Chủ tịch UBND thành phố; về phía tỉnh Sa-la-van "
        "có ông Khăm Pheng Xay Xổm Phon, Phó Tỉnh trưởng tỉnh Sa-la-van.\n\nCông trình được khởi công năm 2022."
    )
    posts = {p.name: (p.country, [org for _, org, _ in p.positions]) for p in x.persons}
    assert posts == {
        "Lê Quang Nam": ("VN", ["Ủy ban nhân dân thành phố Đà Nẵng"]),
        "Khăm Pheng Xay Xổm Phon": ("LA", [None]),
    }


def test_a_province_named_as_where_someone_is_neither_gives_nor_receives() -> None:
    x = read(
        "Tin\n\nLưu học sinh Lào tại tỉnh Thừa Thiên Huế được Đại sứ quán Lào tặng quà nhân dịp Tết Bunpimay, trong đó "
        "có nhiều sinh viên tỉnh Sê Kông."
    )
    assert x.partnerships == []


def test_a_bank_is_a_body() -> None:
    found = {(o.key, o.country) for o in find_orgs("Ngày 5/3, Ngân hàng TMCP Ngoại thương Việt Nam trao học bổng.")}
    assert found == {("Ngân hàng TMCP Ngoại thương", "VN")}


def test_a_days_stop_inside_a_visits_span_is_its_session_and_its_hosts_are_that_stops() -> None:
    x = read(
        "Tin\n\nThứ Sáu, 08/03/2024\n\nTừ ngày 5 đến 8/3, Chủ tịch Quốc hội Lào Xaysomphone Phomvihane thăm chính "
        "thức Việt Nam. Sáng 6/3, Tổng Bí thư Nguyễn Phú Trọng tiếp Chủ tịch Quốc hội Lào. Ngày 7/3, đoàn đến thăm "
        "tỉnh Hà Tĩnh và làm việc với lãnh đạo tỉnh. Tiếp đoàn có Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng."
    )
    meetings = {(e.event_type.value, e.date): [p.ref for p in e.participants] for e in x.events}
    assert set(meetings) == {("visit", "2024-03-05"), ("reception", "2024-03-06"), ("working_session", "2024-03-07")}
    assert "Hoàng Trung Dũng" in meetings[("working_session", "2024-03-07")]
    assert "Hoàng Trung Dũng" not in meetings[("reception", "2024-03-06")]


def test_two_receptions_of_one_day_by_two_hosts_are_two_meetings() -> None:
    x = read(
        "Tin\n\nSáng 6/3/2024, Chủ tịch nước Võ Văn Thưởng tiếp Chủ tịch Quốc hội Lào Xaysomphone Phomvihane. "
        "Chiều 6/3/2024, Thủ tướng Phạm Minh Chính tiếp Chủ tịch Quốc hội Lào Xaysomphone Phomvihane."
    )
    hosts = [[p.ref for p in e.participants if p.role.value == "host"] for e in x.events]
    assert [e.event_type.value for e in x.events] == ["reception", "reception"]
    assert hosts == [["Võ Văn Thưởng"], ["Phạm Minh Chính"]]


def test_a_commitment_signed_is_an_agreement_and_one_only_promised_is_none() -> None:
    signed = read("Tin\n\nNgày 5/3/2024, hai tỉnh Lai Châu và Phông Sa Lỳ đã ký cam kết mở lối mở biên giới mới.")
    assert [(a.title, a.date) for a in signed.agreements] == [("Cam kết mở lối mở biên giới mới", "2024-03-05")]
    promised = read("Tin\n\nNgày 5/3/2024, hai tỉnh Lai Châu và Phông Sa Lỳ cam kết thực hiện tốt các thỏa thuận.")
    assert promised.agreements == []


def test_an_agreement_signed_at_an_earlier_meeting_takes_that_meetings_date_not_the_news_day() -> None:
    x = read(
        "Tin\n\nNgày 5/3/2024, đoàn liên ngành hai tỉnh Lai Châu và Phông Sa Lỳ khảo sát thực địa tại cửa khẩu. "
        "Trước đó tại buổi hội đàm, hai tỉnh đã thống nhất và ký cam kết mở lối mở biên giới mới."
    )
    assert sorted((e.event_type.value, e.date or "") for e in x.events) == [("other", "2024-03-05"), ("talks", "")]
    assert [a.date for a in x.agreements] == [None]


@pytest.mark.parametrize("session", ["Kỳ họp 46", "Kỳ họp lần thứ 46", "Kỳ họp thứ 46"])
def test_a_session_named_by_its_bare_number_is_a_meeting_of_its_own(session: str) -> None:
    x = read(
        "Tin\n\nChiều 16/12/2024, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Bộ Nội vụ Lào Vilayvong Bouddakham. "
        f"Thủ tướng cho biết hai nước vừa tổ chức thành công {session} Ủy ban liên Chính phủ Việt Nam - Lào."
    )
    assert sorted(e.event_type.value for e in x.events) == ["conference", "reception"]


def test_a_meeting_held_within_a_workshop_is_its_own_and_the_workshop_is_one_too() -> None:
    x = read(
        "Tin\n\nNgày 18/10/2023, tại Luông Pha Bang, trong khuôn khổ Hội thảo quốc tế về giáo dục đại học, lãnh "
        "đạo Trường Đại học Vinh và Trường Đại học Xu-pha-nu-vông có một cuộc họp bàn việc trao đổi giảng viên."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("working_session", "2023-10-18"),
        ("workshop", "2023-10"),
    ]
    listed = read(
        "Tin\n\nHai thủ đô đã triển khai nhiều hình thức hợp tác như tổ chức tọa đàm, cử đoàn tham dự Hội chợ "
        "thương mại của nhau."
    )
    assert listed.events == []


def test_bodies_and_officials_of_a_third_countrys_province_keep_it_and_their_country() -> None:
    x = read(
        "Tin\n\nNgày 5/3/2024, Sở Ngoại vụ tỉnh Svay Rieng (Campuchia) làm việc với Sở Ngoại vụ tỉnh Tây Ninh. "
        "Tham dự có Tỉnh trưởng tỉnh Svay Rieng (Campuchia) Men Vibol và ông Lee Jun, Phó Tỉnh trưởng tỉnh "
        "Chungcheongnam (Hàn Quốc)."
    )
    assert {(o.key, o.country) for o in x.orgs} == {
        ("Sở Ngoại vụ tỉnh Svay Rieng", "KH"),
        ("Sở Ngoại vụ tỉnh Tây Ninh", "VN"),
    }
    assert {(p.name, p.country) for p in x.persons} == {("Men Vibol", "KH"), ("Lee Jun", "KR")}
    # A person's name after "UBND tỉnh" is no province of a third country.
    assert read("Tin\n\nNgày 5/3/2024, Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp đoàn.").orgs == []


def test_a_ceremony_receiving_an_order_is_one_ceremony_with_the_one_who_hands_it() -> None:
    x = read(
        "Trao Huân chương của Nhà nước Lào tặng tỉnh Hà Tĩnh\n\nThứ Hai, 18/11/2024\n\nChiều 17/11, UBND tỉnh Hà "
        "Tĩnh tổ chức Lễ đón nhận Huân chương Lao động của Nhà nước Lào. Ông Vi Lay Văn, Tỉnh trưởng tỉnh "
        "Bolikhamxay thay mặt Nhà nước Lào trao Huân chương cho tỉnh Hà Tĩnh."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", "2024-11-17")]
    assert "Vi Lay Văn" in {p.ref for p in x.events[0].participants}


@pytest.mark.parametrize("frame", ["nằm trong", "thuộc", "trong khuôn khổ"])
def test_an_agreement_cited_as_the_frame_of_an_activity_is_not_signed_there(frame: str) -> None:
    x = read(
        "Tin\n\nNgày 5/6/2024, Sở Y tế tỉnh Lai Châu khám bệnh cho người dân tỉnh Phông Sa Lỳ. Hoạt động "
        f"{frame} Kế hoạch hợp tác năm 2024 giữa Sở Y tế tỉnh Lai Châu và Sở Y tế tỉnh Phông Sa Lỳ."
    )
    assert x.agreements == []


@pytest.mark.parametrize(
    ("spelling", "province"),
    [
        ("Borikhamxay", "province:LA-BL"),
        ("Luangprabang", "province:LA-LP"),
        ("Oudomsay", "province:LA-OU"),
        ("Saravan", "province:LA-SL"),
        ("Xaysomboune", "province:LA-XS"),
    ],
)
def test_the_press_romanisations_of_lao_provinces_are_known(spelling: str, province: str) -> None:
    x = read(f"Tin\n\nNgày 5/3/2024, đoàn công tác tỉnh Nghệ An làm việc với lãnh đạo tỉnh {spelling}.")
    assert province in {p.node_id for p in x.provinces}


def test_a_counted_pair_of_provinces_of_the_two_countries_shares_the_body_named_before_it() -> None:
    found = {(o.key, o.country) for o in find_orgs("Ngày 5/3, Sở Y tế hai tỉnh Hà Tĩnh và Xiêng Khoảng ký kế hoạch.")}
    assert found == {("Sở Y tế tỉnh Hà Tĩnh", "VN"), ("Sở Y tế tỉnh Xiêng Khoảng", "LA")}


def test_a_new_year_programme_is_a_meeting_and_a_deputy_consul_general_keeps_his_country() -> None:
    x = read(
        "Tin\n\nNgày 11/4/2024, Trường Đại học Vinh tổ chức chương trình vui Tết cổ truyền Bunpimay cho lưu học sinh "
        "Lào. Dự chương trình có ông Bun Thăm Xay, Phó Tổng Lãnh sự Lào tại Đà Nẵng."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", "2024-04-11")]
    assert [(p.name, p.country, [title for title, _, _ in p.positions]) for p in x.persons] == [
        ("Bun Thăm Xay", "LA", ["Phó Tổng Lãnh sự"])
    ]


def test_a_lao_officials_post_after_his_name_gives_his_country_whatever_the_sentence_goes_on_with() -> None:
    x = read("Tin\n\nNgày 5/3/2024, ông Vi Lay Phon, Phó Tỉnh trưởng tỉnh Khăm Muộn dự lễ khánh thành trường học.")
    assert [(p.name, p.country) for p in x.persons] == [("Vi Lay Phon", "LA")]


def test_learners_listed_after_a_colon_are_each_named() -> None:
    x = read(
        "Tin\n\nNhóm nghiên cứu có 4 sinh viên, trong đó có 3 du học sinh người Lào: Bounmy Sisouk, Khamla Vongsa "
        "và Noy Phommachanh."
    )
    assert [(p.name, p.country) for p in x.persons] == [
        ("Bounmy Sisouk", "LA"),
        ("Khamla Vongsa", "LA"),
        ("Noy Phommachanh", "LA"),
    ]


def test_a_lao_village_head_is_an_official() -> None:
    x = read("Tin\n\nNgắm những ruộng lúa chín, trưởng bản Khăm Phoong Xay Na Văn cười rất tươi.")
    assert [(p.name, [title for title, _, _ in p.positions]) for p in x.persons] == [
        ("Khăm Phoong Xay Na Văn", ["Trưởng bản"])
    ]


def test_a_districts_bodies_are_bodies_of_the_country_of_the_province_named_after_them() -> None:
    x = read(
        "Tin\n\nNgày 5/3/2024, UBND huyện Quế Phong, tỉnh Nghệ An làm việc với chính quyền huyện Mường Khăm, tỉnh "
        "Xiêng Khoảng."
    )
    assert {(o.key, o.country) for o in x.orgs} == {
        ("Ủy ban nhân dân huyện Quế Phong", "VN"),
        ("Chính quyền huyện Mường Khăm", "LA"),
    }


def test_a_body_followed_by_a_bare_tinh_is_the_one_of_the_province_its_sentence_named() -> None:
    found = {
        (o.key, o.country, o.agency is None)
        for o in find_orgs("Ngày 21/7, UBND tỉnh Hòa Bình, Hội hữu nghị Việt Nam - Lào tỉnh tổ chức gặp mặt.")
    }
    assert found == {
        ("Ủy ban nhân dân tỉnh Hòa Bình", "VN", True),
        ("Hội hữu nghị Việt Nam - Lào tỉnh Hòa Bình", "VN", True),
    }
    assert [o.key for o in find_orgs("Ngày 21/7, Sở Ngoại vụ tỉnh tổ chức gặp mặt.")] == ["Sở Ngoại vụ"]


def test_agreements_of_a_numbered_list_a_semicolon_apart_are_each_one() -> None:
    x = read(
        "Tin\n\nNgày 5/6/2024, hai Bộ trưởng đã ký kết 2 văn kiện gồm: (1) Bản ghi nhớ về hợp tác nông nghiệp giữa "
        "Bộ Nông nghiệp Việt Nam và Bộ Nông Lâm nghiệp Lào; (2) Kế hoạch hợp tác năm 2025 giữa hai Bộ."
    )
    assert [(a.agreement_type.value, a.title) for a in x.agreements] == [
        ("mou", "Bản ghi nhớ về hợp tác nông nghiệp"),
        ("plan", "Kế hoạch hợp tác năm 2025"),
    ]


def test_an_agreement_named_with_a_year_gone_by_was_signed_then_not_at_the_meeting() -> None:
    x = read(
        "Tin\n\nChiều 14/1/2025, Bộ trưởng Bộ Y tế tiếp Đại sứ Lào tại Việt Nam. Bộ trưởng đánh giá cao việc Bộ Y tế "
        "và Bộ Y tế Lào ký kết Bản ghi nhớ hợp tác về y tế năm 2023."
    )
    assert [(a.date, a.period_start, a.event_key) for a in x.agreements] == [("2023", None, None)]


def test_agreements_listed_after_a_colon_without_numbers_are_each_signed() -> None:
    x = read(
        "Tin\n\nNgày 9/10/2024, Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký kết 3 văn kiện: Bản ghi nhớ về hợp tác đào "
        "tạo nghề; Kế hoạch hợp tác năm 2025; Thỏa thuận về trao đổi chuyên gia y tế."
    )
    assert [(a.agreement_type.value, a.title, a.date) for a in x.agreements] == [
        ("mou", "Bản ghi nhớ về hợp tác đào tạo nghề", "2024-10-09"),
        ("plan", "Kế hoạch hợp tác năm 2025", "2024-10-09"),
        ("agreement", "Thỏa thuận về trao đổi chuyên gia y tế", "2024-10-09"),
    ]


def test_a_signing_of_an_undated_article_takes_the_year_its_papers_name_holds() -> None:
    x = read(
        "Tin\n\nChiều 9/11, tại Viêng Chăn, Bộ Tư pháp tổ chức lễ ký kết ghi nhớ hợp tác với Bộ Tư pháp Lào. "
        "Phát biểu tại buổi lễ, Bộ trưởng cho rằng Bản ghi nhớ hợp tác năm 2019 mở ra giai đoạn mới."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("signing", "2019-11-09")]
    assert [(a.date, a.period_start) for a in x.agreements] == [("2019-11-09", None)]


def test_a_plans_year_dates_no_signing() -> None:
    x = read(
        "Tin\n\nChiều 9/11, tại Viêng Chăn, Bộ Tư pháp tổ chức lễ ký kết với Bộ Tư pháp Lào Kế hoạch hợp tác năm 2020."
    )
    assert [(e.event_type.value, e.date, e.date_note) for e in x.events] == [("signing", None, "9/11")]


def test_a_lao_given_name_split_in_two_with_its_second_syllable_in_lower_case() -> None:
    assert people("Dự lễ có Bộ trưởng Bộ Tư pháp Lào Xay phon Phommavong và nhiều cán bộ.") == [
        ("Xay phon Phommavong", "LA")
    ]
    assert people("Đồng chí Lê Văn Nam cho biết Ban Tuyên giáo đã họp.") == [("Lê Văn Nam", "VN")]


def test_a_former_official_listed_name_first_is_named() -> None:
    text = (
        "Tỉnh trao Huân chương cho các đồng chí: Trần Văn Lâm - Bí thư Huyện ủy; Phạm Thị Hòa - nguyên Phó Chủ tịch "
        "UBND tỉnh Quảng Bình."
    )
    assert people(text) == [("Trần Văn Lâm", "VN"), ("Phạm Thị Hòa", "VN")]


def test_the_venue_of_a_meeting_of_provinces_not_counted_is_no_side_of_it() -> None:
    x = read(
        "Tin\n\nSáng 14/9/2023, tại Đà Nẵng, hội nghị hợp tác các tỉnh miền núi hai nước có sự tham dự của "
        "Gia Lai, Đắk Lắk và Chămpasắc."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {
        ("province:LA-CH", "province:VN-gia-lai"),
        ("province:LA-CH", "province:VN-dak-lak"),
    }


def test_a_middle_initial_ends_no_sentence() -> None:
    assert len(split_sentences("Ông John F. Kennedy đã phát biểu. Sau đó hai bên ký kết.")) == 2


def test_a_signing_witnessed_after_talks_is_a_ceremony_of_its_own() -> None:
    x = read(
        "Tin\n\nChiều 4/5/2022, tại Viêng Chăn, Bộ trưởng Bộ Y tế Đào Hồng Lan hội đàm với Bộ trưởng Bộ Y tế Lào "
        "Bounfeng Phommalaysith. Sau hội đàm, dưới sự chứng kiến của hai Bộ trưởng, Cục trưởng Cục Quản lý Dược "
        "Vũ Tuấn Cường và Cục trưởng Cục Thực phẩm và Dược phẩm Lào Khamphet Keomanivong đã ký Bản ghi nhớ hợp tác "
        "về quản lý dược."
    )
    kinds = {e.event_type.value: e for e in x.events}
    assert set(kinds) == {"talks", "signing"}
    assert {p.ref for p in kinds["talks"].participants if p.kind == "person"} == {
        "Đào Hồng Lan",
        "Bounfeng Phommalaysith",
    }
    signers = {p.ref for p in kinds["signing"].participants if p.kind == "person"}
    assert signers >= {"Vũ Tuấn Cường", "Khamphet Keomanivong"}
    assert [a.event_key for a in x.agreements] == [kinds["signing"].key]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhiều năm qua, mối quan hệ hữu nghị truyền thống giữa tỉnh Hòa Bình và tỉnh Luông Pha Bang được giữ gìn.",
        "Tình đoàn kết keo sơn giữa hai tỉnh Hòa Bình - Luông Pha Bang ngày càng bền chặt.",
        "Quan hệ giữa Hòa Bình và Luông Pha Bang là tài sản quý của hai tỉnh.",
    ],
)
def test_a_bond_the_text_says_two_provinces_have_makes_them_partners(sentence: str) -> None:
    x = read(f"Tin\n\n{sentence}")
    assert {(p.a, p.b, p.basis) for p in x.partnerships} == {("province:LA-LP", "province:VN-hoa-binh", "statement")}


def test_a_bond_between_the_two_countries_pairs_no_province() -> None:
    x = read("Tin\n\nĐoàn tỉnh Hòa Bình dự lễ kỷ niệm quan hệ ngoại giao giữa Việt Nam và Lào tại Luông Pha Bang.")
    assert [p for p in x.partnerships if p.basis == "statement"] == []


def test_hospitals_and_schools_named_for_people_keep_the_persons_name() -> None:
    assert bodies("Bệnh viện Lê Văn Thịnh và Bệnh viện Tâm Anh cử bác sĩ sang Lào.") == [
        ("Bệnh viện Lê Văn Thịnh", None),
        ("Bệnh viện Tâm Anh", None),
    ]
    assert bodies("Học sinh Trường THPT Trần Phú giao lưu với bạn Lào.") == [("Trường THPT Trần Phú", None)]
    assert bodies("Giám đốc Bệnh viện Đỗ Minh Tâm cho biết đoàn đã về nước.") == []


def test_welcoming_a_delegation_come_to_visit_names_no_visit_of_its_own() -> None:
    x = read(
        "Tin\n\nChiều 2/3, Viện trưởng Nguyễn Văn Minh tiếp đoàn Viện Khoa học xã hội quốc gia Lào. Ông Minh chào "
        "mừng đoàn đến thăm và làm việc tại Viện."
    )
    assert [e.event_type.value for e in x.events] == ["reception"]


def test_what_a_provinces_peoples_committee_signs_the_province_signs() -> None:
    x = read(
        "Tin\n\nNgày 9/5/2024, UBND tỉnh Hòa Bình và Chính quyền tỉnh Luông Pha Bang đã ký kết Biên bản ghi nhớ hợp "
        "tác giai đoạn 2024-2028. Cùng ngày, Sở Y tế tỉnh Hòa Bình và Sở Y tế tỉnh Luông Pha Bang ký kết Kế hoạch "
        "phối hợp về phòng chống dịch bệnh."
    )
    assert [sorted(k for k, _ in a.parties) for a in x.agreements] == [
        ["org", "org", "province", "province"],
        ["org", "org"],
    ]
    assert {ref for kind, ref in x.agreements[0].parties if kind == "province"} == {
        "province:VN-hoa-binh",
        "province:LA-LP",
    }


def test_a_session_told_again_as_the_delegations_visit_is_a_visit_too() -> None:
    x = read(
        "Tin\n\nTại buổi làm việc, Bộ trưởng Bộ Tư pháp Lào Phayvy Siboualypha đánh giá cao kết quả hợp tác. "
        "Đoàn công tác của Bộ Tư pháp Việt Nam đã thăm và làm việc với Bộ Tư pháp Lào."
    )
    assert sorted(e.event_type.value for e in x.events) == ["visit", "working_session"]


def test_a_host_glad_to_receive_a_delegation_come_to_visit_tells_no_visit() -> None:
    x = read(
        "Tin\n\nChiều 3/4, Chủ tịch HĐND tỉnh Bình Phước tiếp đoàn HĐND tỉnh Chămpasắc. Tại buổi tiếp, Chủ tịch "
        "vui mừng đón đoàn tới thăm và làm việc tại tỉnh nhà."
    )
    assert [e.event_type.value for e in x.events] == ["reception"]


def test_a_trip_made_to_chair_a_session_is_a_visit_and_the_session() -> None:
    x = read(
        "Tin\n\nPhó Thủ tướng Lào Saleumxay Kommasith dẫn đầu đoàn đại biểu sang thăm Hà Nội và đồng chủ trì "
        "Kỳ họp lần thứ 12 Ủy ban hợp tác từ ngày 8 - 10/3/2024."
    )
    assert sorted(e.event_type.value for e in x.events) == ["conference", "visit"]


def test_visits_told_as_a_tally_beside_a_conference_are_no_trip() -> None:
    x = read(
        "Tin\n\nNgày 3/4/2019, Hội hữu nghị tổ chức hội nghị tổng kết. Năm 2018, lãnh đạo hai nước thường xuyên có "
        "các chuyến thăm qua lại và dự các lễ kỷ niệm của nhau."
    )
    assert [e.event_type.value for e in x.events] == ["conference"]


def test_the_inviter_of_a_trip_is_no_co_chair_of_the_session_it_was_made_for() -> None:
    x = read(
        "Tin\n\nNhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Lào Sonexay Siphandone tới Hà Nội thăm chính "
        "thức và đồng chủ trì Kỳ họp thứ 46 Ủy ban liên Chính phủ từ ngày 5 - 7/1/2024."
    )
    session = next(e for e in x.events if e.event_type.value == "conference")
    assert {p.ref for p in session.participants if p.kind == "person"} == {"Sonexay Siphandone"}


def test_an_anniversary_a_signing_is_held_towards_makes_it_no_plan() -> None:
    x = read(
        "Tin\n\nNgày 12/7/2024, hướng tới kỷ niệm 47 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác, UBND tỉnh Bình Phước "
        "và Chính quyền tỉnh Chămpasắc đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024-2026."
    )
    assert [(a.agreement_type.value, a.date) for a in x.agreements] == [("mou", "2024-07-12")]
    x = read("Tin\n\nHai tỉnh hướng tới ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025-2027.")
    assert x.agreements == []


def test_a_body_of_each_listed_province_keeps_the_articles_spelling_of_it() -> None:
    x = read("Tin\n\nNgày 4/3/2024, bệnh viện ký kết hợp tác với Sở Y tế của 2 tỉnh Champasak và Attapu.")
    aliases = {o.key: o.aliases for o in x.orgs if o.key.startswith("Sở Y tế")}
    assert "Sở Y tế tỉnh Champasak" in aliases["Sở Y tế tỉnh Chăm-pa-xắc"]
    assert "Sở Y tế tỉnh Attapu" in aliases["Sở Y tế tỉnh Át-tạ-pư"]


def test_a_year_before_a_span_opens_the_agreements_period() -> None:
    x = read(
        "Tin\n\nNgày 9/2/2023, UBND tỉnh Bình Định và Chính quyền tỉnh Attapeu ký Kế hoạch hợp tác năm 2023 và giai "
        "đoạn 2024-2026."
    )
    assert [(a.period_start, a.period_end) for a in x.agreements] == [("2023", "2026")]


def test_border_posts_and_companies_are_bodies_whose_names_end_before_a_habit_or_a_meeting() -> None:
    assert bodies(
        "Đồn Biên phòng cửa khẩu quốc tế Lao Bảo và Đại đội Bảo vệ biên giới Lào 203 đã tuần tra song phương."
    ) == [("Đồn Biên phòng cửa khẩu quốc tế Lao Bảo", None), ("Đại đội Bảo vệ biên giới Lào", "LA")]
    assert bodies("Đồn Biên phòng Thanh Thủy thường xuyên giúp bà con bản Na Sản.") == [
        ("Đồn Biên phòng Thanh Thủy", None)
    ]
    assert bodies("Ủy ban thường vụ Quốc hội họp phiên thứ 30.") == [("Ủy ban thường vụ Quốc hội", None)]


def test_a_caption_naming_the_meeting_with_its_year_dates_the_meeting_found() -> None:
    x = read(
        "Tin\n\nHội đàm do ông Lò Văn Mừng, Giám đốc Sở Ngoại vụ tỉnh Điện Biên và ông Khăm Phăn, Phó Tỉnh trưởng "
        "tỉnh Phông Sa Lỳ đồng chủ trì.\n\nHội đàm công tác biên giới giữa tỉnh Điện Biên và tỉnh Phông Sa Lỳ "
        "năm 2024. (Ảnh: dienbien.gov.vn)"
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("talks", "2024")]


def test_both_sides_of_an_agreement_signed_before_are_the_sides_of_the_meeting_that_tells_it() -> None:
    x = read(
        "Tin\n\nSáng 10/3/2024, tại Vinh, UBND tỉnh Nghệ An tiếp đoàn tỉnh Hủa Phăn. Hai bên đánh giá cao kết quả "
        "thực hiện Biên bản ghi nhớ hợp tác được ký kết tháng 6/2021."
    )
    assert [(a.date, sorted(a.parties)) for a in x.agreements] == [
        ("2021-06", [("province", "province:LA-HO"), ("province", "province:VN-nghe-an")])
    ]


def test_a_meetings_proper_name_ending_on_its_year_dates_it() -> None:
    x = read(
        "Tin\n\nDiễn đàn Hợp tác đầu tư Việt Nam - Lào 2023 vừa diễn ra tại Viêng Chăn với sự tham gia của Bộ Kế "
        "hoạch và Đầu tư."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("forum", "2023")]
    x = read("Tin\n\nDiễn đàn hợp tác giai đoạn 2021 - 2025 vừa diễn ra tại Viêng Chăn với sự tham gia của Bộ Y tế.")
    assert [e.date for e in x.events] == [None]


def test_a_meeting_between_the_bodies_of_two_provinces_of_one_country_pairs_them() -> None:
    x = read(
        "Tin\n\nNgày 14/5/2024, Sở Khoa học và Công nghệ tỉnh Thái Bình làm việc với Sở Khoa học và Công nghệ tỉnh "
        "Nam Định về chuyển đổi số."
    )
    assert {(p.a, p.b, p.basis) for p in x.partnerships} == {
        ("province:VN-nam-dinh", "province:VN-thai-binh", "meeting")
    }
    x = read("Tin\n\nNgày 14/5/2024, Sở Y tế tỉnh Thái Bình tổ chức hội nghị tại tỉnh Nam Định.")
    assert x.partnerships == []


def test_firms_of_the_telecom_and_energy_cooperation_are_known_by_their_brands() -> None:
    assert bodies("Metfone và Mytel đã chia sẻ kinh nghiệm với PV Gas.") == [
        ("Metfone", "KH"),
        ("Mytel", "MM"),
        ("PV Gas", "VN"),
    ]


def test_a_meeting_whose_results_a_sentence_reports_was_held_beside_the_one_it_tells() -> None:
    x = read(
        "Tin\n\nChiều 5/3/2024, tại Viêng Chăn, Thủ tướng Lào Sonexay Siphandone tiếp Bộ trưởng Bộ Y tế Đào Hồng "
        "Lan. Tại buổi tiếp, Bộ trưởng đã báo cáo Thủ tướng về kết quả cuộc họp thường niên năm 2023 giữa hai Bộ Y tế."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("reception", "2024-03-05"),
        ("working_session", "2023"),
    ]


def test_a_provinces_delegation_working_with_provinces_of_its_own_country_pairs_it_with_each() -> None:
    x = read(
        "Tin\n\nChủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn Hòa vừa dẫn đầu đoàn công tác của tỉnh đến làm việc với các "
        "tỉnh Cà Mau, Bạc Liêu và Sóc Trăng về hợp tác đầu tư."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {
        ("province:VN-bac-ninh", "province:VN-ca-mau"),
        ("province:VN-bac-lieu", "province:VN-bac-ninh"),
        ("province:VN-bac-ninh", "province:VN-soc-trang"),
    }


def test_a_meeting_a_guest_came_over_for_frames_the_reception_that_received_him() -> None:
    x = read(
        "Tin\n\nNgày 12/9, Bộ trưởng Bộ Công Thương tiếp Thứ trưởng Bộ Công Thương Lào Phoxay Sayasone nhân chuyến "
        "sang Việt Nam đồng chủ trì phiên hội đàm giữa hai Bộ."
    )
    assert [e.event_type.value for e in x.events] == ["reception"]


def test_officials_named_first_each_with_a_post_then_signing_are_the_signers() -> None:
    x = read(
        "Tin\n\nNgày 4/7/2024, Công an tỉnh Quảng Trị làm việc với Sở An ninh tỉnh Savannakhet. Đại tá Nguyễn Văn "
        "Bình, Giám đốc Công an tỉnh Quảng Trị và Đại tá Khamla Phomvihane, Giám đốc Sở An ninh tỉnh Savannakhet "
        "ký kết biên bản ghi nhớ hợp tác về an ninh trật tự."
    )
    assert [a.signers for a in x.agreements] == [["Nguyễn Văn Bình", "Khamla Phomvihane"]]


def test_the_plan_a_memorandum_is_about_is_part_of_its_name() -> None:
    x = read(
        "Tin\n\nNgày 3/4/2022, Bộ trưởng Bộ Tài chính Hồ Đức Phớc và Bộ trưởng Bộ Tài chính Lào Bounchom "
        "Ubonpaseuth ký Bản ghi nhớ về Kế hoạch hợp tác đào tạo cán bộ thuế giai đoạn 2022-2026."
    )
    assert [(a.title, a.period_start, a.period_end) for a in x.agreements] == [
        ("Bản ghi nhớ về Kế hoạch hợp tác đào tạo cán bộ thuế giai đoạn 2022-2026", "2022", "2026")
    ]


def test_papers_listed_after_a_dated_signing_take_its_day_and_no_place_their_project_is_named_for() -> None:
    x = read(
        "Tin\n\nNgày 21/11/2024, Tổng công ty Điện lực Miền Trung đã ký các thỏa thuận, gồm:\n\n"
        "Thỏa thuận giữa Tổng công ty Điện lực Miền Trung và Công ty Điện lực Lào về đấu nối Dự án Thủy điện "
        "Xê Kông 4;\n\nThỏa thuận giữa Tổng công ty Điện lực Miền Trung và Công ty Điện lực Lào về mua bán điện."
    )
    assert [(a.date, len(a.parties), [k for k, _ in a.parties]) for a in x.agreements] == [
        ("2024-11-21", 2, ["org", "org"]),
        ("2024-11-21", 2, ["org", "org"]),
    ]


def test_hospitals_listed_after_one_head_and_a_colon_are_each_a_body() -> None:
    found = [
        o.key
        for o in find_orgs("Dự buổi làm việc có lãnh đạo các Bệnh viện: Nội tiết; Đa khoa tỉnh; Phục hồi chức năng.")
    ]
    assert found == ["Bệnh viện Nội tiết", "Bệnh viện Đa khoa tỉnh", "Bệnh viện Phục hồi chức năng"]


def test_a_visit_the_host_praises_is_the_visitors_and_under_way_on_the_meetings_day() -> None:
    x = read(
        "Tin\n\nNgày 5/9/2024, đoàn đại biểu tỉnh Lai Châu đã hội đàm với tỉnh Phông Sa Lỳ. Ông Bun Thăn, Tỉnh "
        "trưởng tỉnh Phông Sa Lỳ đánh giá cao chuyến thăm của ông Lê Văn Lương, Chủ tịch UBND tỉnh Lai Châu."
    )
    [visit] = [e for e in x.events if e.event_type.value == "visit"]
    assert {p.ref for p in visit.participants if p.kind == "person"} == {"Lê Văn Lương"}
    assert visit.date == "2024-09-05"
    x = read(
        "Tin\n\nSáng 3/6/2025, tại Viêng Chăn, Bộ trưởng Bộ Tài chính Lào Santiphap Phomvihane tiếp đoàn Bộ Tài "
        "chính Việt Nam do Thứ trưởng Lê Tấn Cận dẫn đầu. Bộ trưởng cảm ơn chuyến thăm của đoàn."
    )
    [visit] = [e for e in x.events if e.event_type.value == "visit"]
    assert "Lê Tấn Cận" in {p.ref for p in visit.participants} and visit.date == "2025-06-03"


def test_this_trip_named_at_a_reception_is_the_guests_visit_and_the_speaker_after_a_fronted_clause_hosts() -> None:
    x = read(
        "Tin\n\nSáng 14/10/2024, tại Trụ sở Chính phủ, tiếp Bộ trưởng Bộ Lao động Lào Phosay Sayasone, Phó Thủ "
        "tướng Lê Thành Long khẳng định hai nước luôn gắn bó. Phó Thủ tướng vui mừng về những kết quả đạt được "
        "qua chuyến thăm này."
    )
    [reception] = [e for e in x.events if e.event_type.value == "reception"]
    assert {(p.ref, p.role.value) for p in reception.participants if p.kind == "person"} >= {
        ("Lê Thành Long", "host"),
        ("Phosay Sayasone", "guest"),
    }
    assert ("Lê Thành Long", "guest") not in {(p.ref, p.role.value) for p in reception.participants}
    [visit] = [e for e in x.events if e.event_type.value == "visit"]
    assert {p.ref for p in visit.participants if p.kind == "person"} == {"Phosay Sayasone"}
    assert visit.date == "2024-10-14"


def test_a_delegation_calling_on_two_leaders_is_received_by_each_and_who_thanks_for_the_welcome_was_welcomed() -> None:
    x = read(
        "Tin\n\nSáng 8/5/2025, tại Viêng Chăn, đoàn Hội Nông dân Việt Nam do Phó Chủ tịch Nguyễn Xuân Định dẫn "
        "đầu đã đến chào xã giao Bộ trưởng Bộ Nông Lâm nghiệp Lào Linkham Douangsavanh và Chủ tịch Hội Nông dân "
        "Lào Somphet Inthavong. Tại các buổi tiếp, Phó Chủ tịch Nguyễn Xuân Định cảm ơn lãnh đạo Lào đã dành thời "
        "gian tiếp đoàn."
    )
    receptions = [e for e in x.events if e.event_type.value == "reception"]
    hosts = sorted(p.ref for e in receptions for p in e.participants if p.role.value == "host" and p.kind == "person")
    assert hosts == ["Linkham Douangsavanh", "Somphet Inthavong"]
    assert all(("Nguyễn Xuân Định", "host") not in {(p.ref, p.role.value) for p in e.participants} for e in receptions)


def test_the_meeting_results_are_counted_from_was_held_by_the_sides_counting() -> None:
    x = read(
        "Tin\n\nChiều 12/8/2025, tỉnh Quảng Trị và tỉnh Savannakhet tổ chức hội nghị sơ kết hợp tác. Hai bên ghi nhận "
        "những việc đã làm được kể từ hội nghị năm 2023."
    )
    meetings = sorted((e.date, sorted(p.ref for p in e.participants if p.kind == "province")) for e in x.events)
    assert meetings == [
        ("2023", ["province:LA-SV", "province:VN-quang-tri"]),
        ("2025-08-12", ["province:LA-SV", "province:VN-quang-tri"]),
    ]


def test_a_visit_to_give_gifts_is_a_visit() -> None:
    x = read(
        "Tin\n\nSáng 20/1/2025, Hội Cựu chiến binh tỉnh Nghệ An tổ chức thăm và tặng quà cho học viên Lào tại Vinh."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("visit", "2025-01-20")]


def test_a_delegation_led_over_to_a_place_is_on_a_visit_beside_what_it_went_to_do() -> None:
    x = read(
        "Tin\n\nNgày 14 tháng 3 năm 2023, Tổng giám đốc Công ty Điện Trung Lào Trần Văn Sơn dẫn đầu đoàn công tác đến "
        "thủ đô Viêng Chăn để dự lễ ký Bản ghi nhớ hợp tác giữa Công ty Điện lực Lào và Tập đoàn Điện lực Việt Nam."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("signing", "2023-03-14"),
        ("visit", "2023-03-14"),
    ]
    x = read(
        "Tin\n\nĐầu năm 2024, đoàn chuyên gia của Viện Thổ nhưỡng Nông hóa do TS Lê Minh Khoa dẫn đầu đã sang các "
        "tỉnh Bolikhamxay, Khăm Muồn để khảo sát đất trồng lúa."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("visit", "2024")]


def test_a_place_in_a_photo_credit_is_page_furniture_even_when_a_line_break_splits_the_credit() -> None:
    x = read(
        "Tin\n\nNgày 3/3/2024, Sở Y tế tỉnh Savannakhet làm việc với Bệnh viện Trung ương Huế.\n\n"
        "Các bác sĩ trao đổi chuyên môn. (Ảnh:\n\nQuảng Trị) |\n\nHai bên thống nhất tăng cường đào tạo."
    )
    assert "province:VN-quang-tri" not in {p.node_id for p in x.provinces if not p.aside}


def test_a_delegation_gone_over_the_border_is_on_one_visit_unless_a_dated_meeting_there_is_that_trip() -> None:
    x = read(
        "Tin\n\nBác sĩ Trần Văn Bình cho biết đây là lần đầu tiên tỉnh Bình Phước tổ chức một đoàn với 12 y, bác sĩ "
        "sang tỉnh Champasak khám bệnh miễn phí. Đoàn y, bác sĩ sang Lào lần này gồm nhiều chuyên khoa."
    )
    assert [e.event_type.value for e in x.events].count("visit") == 1
    x = read(
        "Tin\n\nNgày 26/8/2012, tại huyện Thà Tèng, tỉnh Xê Kông, đã diễn ra buổi khám bệnh, cấp phát thuốc miễn phí "
        "cho đồng bào. Ông Trần Văn Bình cho biết đoàn cán bộ y tế tỉnh Bình Phước sang Lào lần này có 20 người."
    )
    assert [e.event_type.value for e in x.events] == ["other"]


def test_an_agreement_said_to_have_been_signed_in_a_month_long_gone_is_no_ceremony_of_the_article() -> None:
    x = read(
        "Tin\n\nNgày 5/6/2024, Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Lào. Bộ trưởng cho biết Hiệp định hợp tác "
        "y tế giữa Chính phủ Việt Nam và Chính phủ Lào đã được ký vào tháng 3/2010."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("reception", "2024-06-05")]
    assert [a.date for a in x.agreements] == ["2010-03"]


def test_an_anniversarys_name_in_a_frame_signs_nothing() -> None:
    x = read(
        "Tin\n\nNgày 27/12/2022, tại tỉnh Quảng Trị đã diễn ra hội đàm giữa tỉnh Quảng Trị và tỉnh Savannakhet. Buổi "
        "hội đàm diễn ra trong khuôn khổ chuỗi sự kiện của hai tỉnh, chào mừng 45 năm ngày ký Hiệp ước giữa hai "
        "nước."
    )
    assert [e.event_type.value for e in x.events] == ["talks"]


def test_a_family_name_that_is_also_a_common_word_opens_a_name_after_a_title() -> None:
    assert people("Phó Chủ tịch UBND tỉnh Đoàn Văn Phúc dẫn đầu đoàn.") == [("Đoàn Văn Phúc", "VN")]
    assert people("Bộ trưởng Bộ Thương mại Trung Quốc Từ Minh Hải đã ký.") == [("Từ Minh Hải", "CN")]
    assert people("Bí thư Tỉnh Đoàn Sơn La dự lễ.") == []


def test_a_degrees_full_stop_does_not_hide_the_name_and_those_also_receiving_are_hosts() -> None:
    x = read(
        "Tin\n\nSáng 4/3/2024, Viện trưởng Viện Hàn lâm Khoa học xã hội Việt Nam tiếp đoàn Viện Khoa học xã hội "
        "quốc gia Lào. Cùng tiếp đoàn với PGS.TS. Lê Văn Lợi có TS. Trần Thị Hà, Trưởng ban Ban Hợp tác quốc tế."
    )
    assert {"Lê Văn Lợi", "Trần Thị Hà"} <= {p.name for p in x.persons}
    [reception] = x.events
    roles = {(p.ref, p.role.value) for p in reception.participants if p.kind == "person"}
    assert ("Lê Văn Lợi", "host") in roles and ("Trần Thị Hà", "host") in roles
    assert not {r for r in roles if r[1] == "guest"}


def test_a_post_then_a_comma_and_a_degree_names_its_holder_but_a_form_of_address_opens_the_next_person() -> None:
    x = read("Tin\n\nPhó Hiệu trưởng Trường Đại học Vinh, PGS.TS. Trần Văn Minh phát biểu.")
    assert [(p.name, [t for t, _, _ in p.positions]) for p in x.persons] == [("Trần Văn Minh", ["Phó Hiệu trưởng"])]
    x = read("Tin\n\nÔng Lê Văn An - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đồng chí Bun Thăn phát biểu.")
    bun = next(p for p in x.persons if p.name == "Bun Thăn")
    assert not any(t.startswith("Chủ tịch") for t, _, _ in bun.positions)


def test_the_holders_country_written_out_between_a_comma_and_the_name_is_skipped() -> None:
    text = "Dự lễ có Chủ tịch Hội hữu nghị Lào - Việt Nam tỉnh Champasak, nước CHDC nhân dân Lào Bun Mi Sạ Văn."
    assert people(text) == [("Bun Mi Sạ Văn", "LA")]


def test_a_lao_name_in_lower_case_syllables_with_its_latin_spelling_after_it_is_read_whole() -> None:
    assert people("Bộ trưởng Bộ Y tế Lào Bun phêng phum ma lay sít (Bounpheng Phoummalaysith) phát biểu.") == [
        ("Bun phêng phum ma lay sít", "LA")
    ]


def test_a_provinces_youth_union_is_a_body_and_its_secretary_is_named() -> None:
    assert bodies("Bí thư Tỉnh Đoàn Quảng Bình Trần Văn Hòa tặng quà sinh viên Lào.") == [
        ("Tỉnh Đoàn Quảng Bình", "VN")
    ]
    assert people("Bí thư Tỉnh Đoàn Quảng Bình Trần Văn Hòa tặng quà sinh viên Lào.") == [("Trần Văn Hòa", "VN")]


def test_a_papers_name_cut_short_ends_on_no_joining_word() -> None:
    x = read(
        "Tin\n\nNgày 2/6/2024, Bản ghi nhớ ký giữa Công ty Điện lực Lào với Tập đoàn Điện lực Việt Nam về việc phát "
        "triển cụm Dự án Thủy điện Nậm Mô với công suất 120MW đã được trao."
    )
    assert [a.title for a in x.agreements] == ["Bản ghi nhớ về việc phát triển cụm Dự án Thủy điện Nậm Mô"]


def test_an_agreement_carried_out_between_two_bodies_of_a_kind_takes_the_meeting_sides() -> None:
    x = read(
        "Thực hiện Thỏa thuận giữa hai Bộ Tư pháp Việt Nam và Lào, ngày 12/9/2024, tại Hà Nội, Bộ Tư pháp Việt Nam "
        "và Bộ Tư pháp Lào đã hội đàm về cải cách tư pháp."
    )
    assert [(a.date, len(a.parties)) for a in x.agreements] == [(None, 2)]


def test_who_the_lead_says_signed_signs_each_item_of_the_list() -> None:
    x = read(
        "Ngày 3/5/2022, tại Viêng Chăn, Chủ tịch HĐTV Tổng công ty Cảng hàng không Việt Nam Trần Minh Khoa và lãnh "
        "đạo các công ty Lào đã ký kết biên bản ghi nhớ.\n\n"
        "2 biên bản ghi nhớ đã ký gồm:\n\n"
        "Biên bản ghi nhớ về khai thác sân bay Luông Pha Bang giữa Tổng công ty Cảng hàng không Việt Nam và Công ty "
        "Sân bay Lào.\n\n"
        "Biên bản ghi nhớ về đào tạo kiểm soát viên giữa Tổng công ty Cảng hàng không Việt Nam và Công ty Dịch vụ "
        "Bay Lào.\n"
    )
    assert [sorted(a.signers) for a in x.agreements] == [["Trần Minh Khoa"], ["Trần Minh Khoa"]]
    khoa = next(p for p in x.persons if p.name == "Trần Minh Khoa")
    assert [t for t, _, _ in khoa.positions] == ["Chủ tịch HĐTV"]


def test_a_name_ending_like_an_abbreviation_ends_its_sentence() -> None:
    # "ông." abbreviates a word of its own; "Sê Kông." ends a sentence
    assert len(split_sentences("Đoàn đã đến tỉnh Sê Kông. Hai bên trao đổi kinh nghiệm.")) == 2
    assert len(split_sentences("Trưởng đoàn là ông. Nguyễn Văn An.")) == 1
    # a one-letter word ends a sentence unless it is a middle initial after a given name in Latin letters
    assert len(split_sentences("Đoàn đi qua cửa khẩu Bờ Y. Tỉnh Attapeu đón đoàn.")) == 2


def test_a_province_in_brackets_after_a_body_is_where_the_body_is_not_a_side() -> None:
    x = read(
        "Ngày 8/8/2022, Trường Cao đẳng Y tế Quảng Ngãi (Quảng Ngãi) ký kết biên bản ghi nhớ với Trường Cao đẳng "
        "Y tế tỉnh Sê Kông. Trường hiện đào tạo điều dưỡng cho các tỉnh Champasak, Attapeu."
    )
    (agreement,) = x.agreements
    assert {ref for kind, ref in agreement.parties if kind == "org"} == {
        "Trường Cao đẳng Y tế Quảng Ngãi",
        "Trường Cao đẳng Y tế tỉnh Xê Kông",
    }
    assert not any(kind == "province" and ref != "province:LA-XE" for kind, ref in agreement.parties)


def test_a_venue_whose_country_is_already_a_named_side_pairs_nobody() -> None:
    x = read(
        "Ngày 9/5/2023, tại cửa khẩu Lao Bảo (Quảng Trị), Bộ đội Biên phòng tỉnh Thừa Thiên Huế hội đàm với Bộ Chỉ "
        "huy Quân sự tỉnh Salavan về quản lý biên giới."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-SL", "province:VN-hue")}


def test_a_paper_recalled_at_a_session_with_no_party_named_is_the_sides_own() -> None:
    x = read(
        "Ngày 12/6/2024, tại Viêng Chăn, Sở Y tế tỉnh Hà Tĩnh làm việc với Sở Y tế tỉnh Khăm Muồn. Bản ghi nhớ được "
        "ký kết năm 2019 đã mở ra nhiều cơ hội đào tạo bác sĩ."
    )
    (agreement,) = x.agreements
    assert agreement.date == "2019"
    assert {ref for _, ref in agreement.parties} == {"Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế tỉnh Khăm Muồn"}


def test_a_second_place_after_tai_is_where_something_else_is_not_a_side() -> None:
    x = read(
        "Ngày 4/5/2024, đoàn cựu chiến binh đã đến thăm Bảo tàng Chiến thắng tại tỉnh Điện Biên, nơi trưng bày kỷ vật "
        "của quân tình nguyện từng chiến đấu tại tỉnh Phông Sa Lỳ."
    )
    assert not x.partnerships
    assert all(p.ref != "province:LA-PH" for e in x.events for p in e.participants)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 9/7/2024, tỉnh Nghệ An tổ chức gặp mặt nhân Tết cổ truyền Lào với sự tham dự của sinh viên Lào đến từ "
        "tỉnh Xiêng Khoảng.",
        "Ngày 9/7/2024, Chủ tịch UBND tỉnh Nghệ An tiếp Tổng Lãnh sự Lào tại Vinh; Tổng Lãnh sự hy vọng tỉnh sẽ mở "
        "rộng hợp tác với tỉnh Xiêng Khoảng.",
    ],
)
def test_a_province_someone_comes_from_or_hopes_for_takes_no_part(sentence: str) -> None:
    x = read(sentence)
    assert not x.partnerships
    assert all(p.ref != "province:LA-XI" for e in x.events for p in e.participants)


def test_a_paper_in_force_takes_the_day_said_after_its_sides_and_dates_no_meeting() -> None:
    x = read(
        "Thứ hai, 9/12/2024 - 08:00\n\nSáng 9/12, tại Hà Nội, Bộ Tư pháp và Bộ Tư pháp Lào tổ chức hội nghị tổng kết. "
        "Hội nghị đã rà soát việc thực hiện Bản ghi nhớ về đào tạo luật sư giữa Bộ Tư pháp và Bộ Tư pháp Lào, ký "
        "tháng 3/2018."
    )
    assert [a.date for a in x.agreements] == ["2018-03"]
    # the paper's month dates no second conference, and its signing is no meeting of this article
    assert sorted((e.event_type.value, e.date) for e in x.events) == [("conference", "2024-12-09")]


def test_a_paper_reviewed_with_its_day_holds_no_ceremony_and_lends_no_day() -> None:
    x = read(
        "Thứ ba, 10/9/2024 - 18:00\n\nNgày 10/9, tại Vinh, Sở Y tế tỉnh Nghệ An làm việc với Sở Y tế tỉnh Xiêng "
        "Khoảng. Hai bên rà soát Biên bản ghi nhớ về khám chữa bệnh giữa hai Sở ký ngày 4/4/2021. Cũng tại buổi làm "
        "việc, Bệnh viện Đa khoa tỉnh Nghệ An và Bệnh viện tỉnh Xiêng Khoảng đã ký Thỏa thuận về đào tạo điều dưỡng."
    )
    assert sorted(a.date for a in x.agreements) == ["2021-04-04", "2024-09-10"]
    assert not any(e.date == "2021-04-04" for e in x.events)


@pytest.mark.parametrize(
    "sentence",
    [
        # every place of a list of where people come from
        "Ngày 2/10/2024, tại Vinh, UBND tỉnh Nghệ An làm việc với đoàn tỉnh Xiêng Khoảng; trường đang đào tạo 300 "
        "học viên đến từ các tỉnh Hủa Phăn, Bô-ly-khăm-xay và Khăm Muồn.",
        # a mission's seat after "ở"
        "Ngày 2/10/2024, đoàn công tác tỉnh Nghệ An đến chào xã giao Đại sứ Nguyễn Minh Tâm tại trụ sở Đại sứ quán "
        "Việt Nam ở Thủ đô Viêng Chăn.",
    ],
)
def test_places_people_come_from_or_a_mission_sits_in_pair_nobody(sentence: str) -> None:
    assert {(p.a, p.b) for p in read(sentence).partnerships} <= {("province:LA-XI", "province:VN-nghe-an")}


def test_a_partner_set_aside_is_no_side_of_the_next_paper() -> None:
    x = read(
        "Ngày 3/3/2024, tỉnh Kon Tum tổng kết hợp tác. Ngoài Attapeu, Kon Tum còn ký thỏa thuận hợp tác với tỉnh Xê "
        "Kông từ năm 2021."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-XE", "province:VN-kon-tum")}


def test_the_headline_and_the_body_name_one_paper_of_one_period_signed_ahead_of_it() -> None:
    x = read(
        "Kon Tum và Attapeu ký biên bản ghi nhớ giai đoạn 2025–2029\n\nNgày 20/12/2024, tại Kon Tum, UBND tỉnh Kon "
        "Tum và Chính quyền tỉnh Attapeu đã ký biên bản ghi nhớ hợp tác giai đoạn 2025–2029."
    )
    assert [(a.date, a.period_start) for a in x.agreements] == [("2024-12-20", "2025")]


def test_papers_a_semicolon_apart_each_with_its_verb_or_in_a_colon_list_are_each_read() -> None:
    x = read(
        "Ngày 6/5/2024, tại Hà Nội, dưới sự chứng kiến của lãnh đạo hai Bộ, Tổng công ty Hàng hải Việt Nam và Công "
        "ty Vận tải biển Lào ký Thỏa thuận về vận tải container; Cảng Hải Phòng và Cảng cạn Thà Nạ Lẹng ký Biên bản "
        "ghi nhớ về kết nối cảng cạn."
    )
    assert len(x.agreements) == 2
    second = next(a for a in x.agreements if a.agreement_type.value == "mou")
    assert "Tổng công ty Hàng hải Việt Nam" not in {ref for _, ref in second.parties}
    listed = read(
        "Ngày 6/5/2024, hai Bộ đã ký các văn kiện sau: Kế hoạch hợp tác năm 2025 giữa Bộ Y tế và Bộ Y tế Lào; "
        "Biên bản ghi nhớ về đào tạo bác sĩ giữa Bệnh viện Bạch Mai và Bệnh viện Mittaphab."
    )
    assert len(listed.agreements) == 2


def test_a_paper_between_two_provinces_by_kind_is_theirs_not_the_witness_body() -> None:
    x = read(
        "Chiều 8/4/2025, tại Đồng Hới, dưới sự chứng kiến của Bí thư Tỉnh ủy Quảng Bình Lê Ngọc Quang, Chủ tịch UBND "
        "tỉnh Quảng Bình Trần Phong và Tỉnh trưởng tỉnh Khăm Muồn Vi Phăn Xay Xổm Phon đã ký Thỏa thuận hợp tác giai "
        "đoạn 2025-2030 giữa hai tỉnh. Cùng ngày, đoàn tỉnh Khăm Muồn thăm Sở Y tế tỉnh Quảng Bình."
    )
    (agreement,) = x.agreements
    assert {"province:VN-quang-binh", "province:LA-KH"} <= {ref for _, ref in agreement.parties}
    assert "Tỉnh ủy Quảng Bình" not in {ref for _, ref in agreement.parties}
    assert "Lê Ngọc Quang" not in agreement.signers


def test_a_plan_carried_out_named_by_its_period_is_in_force_and_not_the_paper_signed_that_day() -> None:
    x = read(
        "Thứ sáu, 6/12/2024 - 10:00\n\nChiều 6/12, tại Vinh, UBND tỉnh Nghệ An hội đàm với Chính quyền tỉnh Xiêng "
        "Khoảng. Hai bên nhất trí tiếp tục thực hiện hiệu quả Kế hoạch hợp tác giai đoạn 2021-2025 giữa hai tỉnh. "
        "Kết thúc hội đàm, UBND tỉnh Nghệ An và Chính quyền tỉnh Xiêng Khoảng đã ký Thỏa thuận hợp tác về du lịch."
    )
    assert sorted((a.agreement_type.value, a.date, a.period_start) for a in x.agreements) == [
        ("agreement", "2024-12-06", None),
        ("plan", None, "2021"),
    ]
    # a plan of work for a coming period is no paper in force
    ahead = read("Ngày 6/12/2024, hai Bộ làm việc để triển khai kế hoạch hợp tác cho giai đoạn 2025 - 2026.")
    assert not ahead.agreements


def test_minutes_and_a_plan_of_work_signed_in_one_list_are_papers_of_their_own() -> None:
    x = read(
        "Ngày 3/6/2024, tại Viêng Chăn, Bộ Tư pháp và Bộ Tư pháp Lào họp Ủy ban hỗn hợp. Kết thúc phiên họp, hai Bộ "
        "trưởng đã ký Biên bản Phiên họp lần thứ ba và Kế hoạch hành động về trợ giúp pháp lý năm 2025. Cũng tại "
        "phiên họp, Học viện Tư pháp và Trường Cao đẳng Luật Lào đã ký Bản ghi nhớ về đào tạo."
    )
    assert sorted(a.title.split()[0] + " " + a.title.split()[1] for a in x.agreements) == [
        "Biên bản",
        "Bản ghi",
        "Kế hoạch",
    ]


def test_discussing_a_plan_of_work_signs_nothing_and_witnesses_are_no_signers() -> None:
    x = read(
        "Ngày 3/6/2024, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh đã trao đổi về nội dung Kế hoạch triển khai Biên bản "
        "ghi nhớ năm 2019 với Bộ trưởng Bộ Tư pháp Lào Phayvy Siboualypha."
    )
    assert not x.agreements
    witnessed = read(
        "Ngày 3/6/2024, tại Hà Nội, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh tiếp Bộ trưởng Bộ Tư pháp Lào Phayvy "
        "Siboualypha. Dưới sự chứng kiến của hai Bộ trưởng, Học viện Tư pháp và Trường Cao đẳng Luật Lào đã ký "
        "Bản ghi nhớ về đào tạo."
    )
    assert [a.signers for a in witnessed.agreements] == [[]]


def test_a_paper_in_force_whose_sides_hold_an_abbreviation_keeps_its_day() -> None:
    x = read(
        "Ngày 8/10/2024, tại TP.HCM, Sở Y tế TP.HCM tiếp đoàn Sở Y tế tỉnh Attapeu. Thực hiện Biên bản ghi nhớ giữa "
        "Sở Y tế TP.HCM và Sở Y tế tỉnh Attapeu ký ngày 2/3/2021, thành phố đã đào tạo 40 bác sĩ cho tỉnh bạn."
    )
    assert [a.date for a in x.agreements] == ["2021-03-02"]


def test_the_day_a_fair_lasts_until_is_its_end_not_a_meeting_of_its_own() -> None:
    x = read(
        "Tối 7/12/2024, Sở Công Thương tỉnh Lào Cai phối hợp với Sở Công Thương tỉnh Bò Kẹo khai mạc Hội chợ thương "
        "mại tại Huội Xai. Hội chợ kéo dài đến hết ngày 11/12."
    )
    assert [e.date for e in x.events] == ["2024-12-07"]


@pytest.mark.parametrize("name", ["Bunthong Phommavông", "Kẹo-ú-đôm Phết-xa-vẳn", "Nọi Xay-nhạ-xổn"])
def test_a_lao_name_right_after_a_head_holds_the_title_not_a_body(name: str) -> None:
    text = f"Ngày 3/4/2024, đoàn Sở Y tế tỉnh Hủa Phăn do Giám đốc Sở {name} dẫn đầu đã thăm tỉnh Thanh Hóa."
    assert [o.name for o in find_orgs(text)] == ["Sở Y tế tỉnh Hủa Phăn"]
    assert [p.name for p in find_persons(text, find_orgs(text))] == [name]


@pytest.mark.parametrize(
    "aside",
    [
        "Hợp tác xã Chè Tân Cương (tỉnh Thái Nguyên) giới thiệu sản phẩm tại gian hàng.",
        "Công ty cổ phần Dược Hậu Giang có trụ sở tại thành phố Cần Thơ cũng góp mặt.",
        "Ông Khăm-phun, người từng học tập tại tỉnh Thái Nguyên, phát biểu cảm ơn.",
    ],
)
def test_where_a_firm_sits_or_someone_once_lived_is_no_province_of_the_news(aside: str) -> None:
    x = read(f"Ngày 2/3/2024, tại Viêng Chăn, Sở Công Thương tỉnh Lào Cai khai mạc hội chợ hàng Việt. {aside}")
    assert not [
        p for p in x.provinces if not p.aside and p.node_id in ("province:VN-thai-nguyen", "province:VN-can-tho")
    ]


def test_a_school_year_opening_ends_a_schools_name() -> None:
    assert [o.name for o in find_orgs("Sáng 5/9/2024, Trường Đại học Tây Bắc khai giảng năm học mới.")] == [
        "Trường Đại học Tây Bắc"
    ]


def test_minutes_carried_out_are_named_by_their_day() -> None:
    x = read(
        "15/01/2022\n\nNgày 13/1, tại TP Điện Biên Phủ, tỉnh Điện Biên hội đàm với tỉnh Phông Sa Lỳ. Năm 2021, hai "
        "tỉnh đã triển khai đầy đủ Biên bản hội đàm ký ngày 20/12/2020."
    )
    assert sorted(str(a.date) for a in x.agreements) == ["2020-12-20"]


def test_the_same_day_is_the_day_the_sentence_before_names_inside_a_longer_trip() -> None:
    x = read(
        "14/11/2024\n\nTrong hai ngày 12 và 13-11, đoàn Sở Y tế tỉnh Nghệ An thăm và làm việc tại tỉnh Xiêng Khoảng. "
        "Sáng 13-11, đoàn đã bàn giao thiết bị cho Bệnh viện tỉnh Xiêng Khoảng. Chiều cùng ngày, hai bên tổ chức lễ "
        "ký Biên bản ghi nhớ hợp tác y tế."
    )
    assert [a.date for a in x.agreements] == ["2024-11-13"]


def test_two_provinces_counted_back_are_not_where_students_come_from() -> None:
    x = read(
        "Chiều 16/7/2022, tại Tam Kỳ, Hội hữu nghị Việt Nam - Lào tỉnh Quảng Nam gặp mặt lưu học sinh Lào. Các em "
        "đến từ các tỉnh Sa-la-van, Chăm-pa-xắc và Attapư. Quảng Nam có đường biên giới với tỉnh Xê Kông. Ngày "
        "12/5/2022, lãnh đạo hai tỉnh đã hội đàm tại thị trấn Lằm-mam (tỉnh Xê Kông)."
    )
    assert {(p.a, p.b) for p in x.partnerships} <= {("province:LA-XE", "province:VN-quang-nam")}


def test_a_papers_name_ends_at_a_relative_clause_or_its_verb() -> None:
    x = read(
        "Chiều 6/3/2025, Bệnh viện Chợ Rẫy và Bệnh viện tỉnh Chăm-pa-xắc khai trương hệ thống hội chẩn. Hai bệnh viện "
        "đã ký Bản ghi nhớ về hội chẩn từ xa mà hai bên chuẩn bị từ năm trước."
    )
    assert [a.title for a in x.agreements] == ["Bản ghi nhớ về hội chẩn từ xa"]


def test_two_provinces_of_one_country_partner_through_a_paper_only_as_its_named_sides() -> None:
    x = read(
        "Ngày 11/6/2024, Sở Nông nghiệp tỉnh Hà Tĩnh làm việc với Học viện Nông nghiệp Việt Nam. Tại buổi làm việc, "
        "Học viện giới thiệu hai giống lúa đã trồng thử tại Gia Lâm (Hà Nội) và Nghệ An. Kết thúc buổi làm việc, hai "
        "đơn vị đã ký thỏa thuận hợp tác chuyển giao giống cho ngành nông nghiệp Hà Tĩnh."
    )
    assert not x.partnerships
    named = read(
        "Ngày 11/6/2024, Sở Y tế tỉnh Hà Tĩnh và Sở Y tế tỉnh Nghệ An đã ký thỏa thuận hợp tác giữa Sở Y tế tỉnh Hà "
        "Tĩnh và Sở Y tế tỉnh Nghệ An về đào tạo điều dưỡng."
    )
    assert {(p.a, p.b) for p in named.partnerships} == {("province:VN-ha-tinh", "province:VN-nghe-an")}


def test_a_paper_signed_at_a_place_on_a_day_takes_that_day_and_dates_no_meeting() -> None:
    x = read(
        "22/12/2023\n\nNgày 21/12, tại Thà Khẹc, tỉnh Hà Tĩnh và tỉnh Khăm Muồn tổ chức hội nghị tổng kết. Báo cáo "
        "tại hội nghị cho thấy, hai tỉnh đã hoàn thành 30 nội dung theo Biên bản ghi nhớ năm 2023 ký tại Hà Tĩnh "
        "ngày 10/1/2023."
    )
    assert [a.date for a in x.agreements] == ["2023-01-10"]
    assert [e.date for e in x.events] == ["2023-12-21"]


def test_a_hyphenated_spelling_of_a_province_is_no_persons_name() -> None:
    x = read(
        "Ngày 4/9/2025, Sở Giáo dục thành phố Đà Nẵng tiếp nhận thêm sinh viên Sê-kông sang học tập tại các "
        "trường cao đẳng của thành phố."
    )
    assert [p.name for p in x.persons] == []
    assert "province:LA-XE" in {p.node_id for p in x.provinces}


def test_two_provinces_counted_back_are_not_the_neighbours_on_the_map() -> None:
    x = read(
        "Ngày 20/5/2024, Ủy ban nhân dân tỉnh Lai Châu và Chính quyền tỉnh Phông-xa-lỳ tổ chức hội đàm.\n\nVới "
        "gần 300 km đường biên giới, Lai Châu tiếp giáp hai tỉnh Phông-xa-lỳ và U-đôm-xay. Trên đoạn biên giới "
        "với Phông-xa-lỳ có hai cửa khẩu phụ.\n\nBáo cáo tại hội đàm cho thấy, năm qua hai tỉnh đã phối hợp tổ "
        "chức 12 đợt tuần tra chung."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-PH", "province:VN-lai-chau")}


def test_two_provinces_of_one_country_at_a_ministrys_conference_are_not_partners() -> None:
    x = read(
        "Ngày 14/10/2024, tại Hà Nội, Bộ Y tế phối hợp với Bộ Y tế Lào tổ chức hội nghị hợp tác y tế vùng biên. Tại "
        "hội nghị, ông Lê Văn An, Phó Chủ tịch UBND tỉnh Nghệ An, và ông Trần Bình, Phó Chủ tịch UBND tỉnh Hà Tĩnh, "
        "trình bày kết quả khám chữa bệnh cho người dân Lào."
    )
    assert not x.partnerships


def test_who_signed_told_in_the_next_sentence_signs_the_paper_just_named() -> None:
    x = read(
        "Sáng 3/4/2024, Công ty cổ phần Chè Mộc Châu đã ký hợp đồng bao tiêu chè với Hợp tác xã Chè Phôn Xay. Ký "
        "hợp đồng là ông Lò Văn Hưng, Giám đốc công ty, và ông Bun-mi Phăn-thạ-vông, Chủ nhiệm hợp tác xã."
    )
    assert [(a.title, sorted(a.signers)) for a in x.agreements] == [
        ("Hợp đồng bao tiêu chè", ["Bun-mi Phăn-thạ-vông", "Lò Văn Hưng"])
    ]
    named = read(
        "Chiều 9/10/2024, Bệnh viện Đa khoa tỉnh Nghệ An và Bệnh viện tỉnh Xiêng Khoảng ký biên bản ghi nhớ về đào "
        "tạo điều dưỡng. Người ký là bà Hồ Thị Lan, Giám đốc Bệnh viện Đa khoa tỉnh Nghệ An, và ông Khăm-pha "
        "Vi-lay-sắc, Giám đốc Bệnh viện tỉnh Xiêng Khoảng."
    )
    assert [sorted(a.signers) for a in named.agreements] == [["Hồ Thị Lan", "Khăm-pha Vi-lay-sắc"]]


def test_the_city_a_paper_is_signed_in_is_no_side_of_it() -> None:
    x = read(
        "Sáng 12/6/2024, tại thành phố Sa-la-van, Công ty cổ phần Thủy sản Hòa Phát ký hợp đồng cung ứng cá giống "
        "với Công ty Nông nghiệp Pắc-xế."
    )
    assert [sorted(a.parties) for a in x.agreements] == [
        [("org", "Công ty Nông nghiệp Pắc-xế"), ("org", "Công ty cổ phần Thủy sản Hòa Phát")]
    ]


def test_where_a_firm_sits_after_its_town_is_no_side_of_its_paper() -> None:
    x = read(
        "Ngày 2/8/2024, Công ty cổ phần Hạt điều Bình An, có trụ sở tại Đồng Xoài, tỉnh Bình Phước, đã ký hợp đồng "
        "thu mua hạt điều với Công ty Nông sản Xê Đôn."
    )
    assert [sorted(a.parties) for a in x.agreements] == [
        [("org", "Công ty Nông sản Xê Đôn"), ("org", "Công ty cổ phần Hạt điều Bình An")]
    ]


def test_minutes_in_force_since_an_earlier_month_are_not_the_minutes_the_talks_sign() -> None:
    x = read(
        "Ngày 5/3/2024, tại Sầm Nưa, UBND tỉnh Thanh Hóa và Chính quyền tỉnh Hủa Phăn tổ chức hội đàm. Năm 2023 hai "
        "tỉnh đã triển khai tốt Biên bản hội đàm ký tại Thanh Hóa hồi tháng 5/2023. Kết thúc hội đàm, lãnh đạo hai "
        "tỉnh ký Biên bản hội đàm và Kế hoạch hợp tác năm 2024. Cũng trong dịp này, Sở Y tế tỉnh Thanh Hóa và Sở Y "
        "tế tỉnh Hủa Phăn ký Biên bản ghi nhớ về y tế."
    )
    assert sorted((a.title, str(a.date)) for a in x.agreements) == [
        ("Biên bản ghi nhớ về y tế", "2024-03-05"),
        ("Biên bản hội đàm", "2023-05"),
        ("Biên bản hội đàm", "2024-03-05"),
        ("Kế hoạch hợp tác năm 2024", "2024-03-05"),
    ]


def test_a_meeting_the_headline_names_by_its_year_takes_the_day_the_lead_gives() -> None:
    x = read(
        "16/5/2025 08:10\n\nCông an tỉnh Sơn La và Công an tỉnh Luông Pha-bang hội đàm thường niên năm 2025\n\n"
        "Sáng 15-5, tại thành phố Sơn La, Công an tỉnh Sơn La và Công an tỉnh Luông Pha-bang tổ chức hội đàm "
        "thường niên năm 2025."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("talks", "2025-05-15")]


@pytest.mark.parametrize("rank", ["Thiếu tá", "Đại úy", "Thượng úy"])
def test_a_bodys_name_ends_before_any_rank_of_the_next_signer(rank: str) -> None:
    x = read(
        f"Ngày 3/9/2024, Đồn Biên phòng Na Mèo và {rank} Xổm-xạ-vạt Keo-ma-ni, Đại đội trưởng Đại đội 215, dự lễ giao "
        "nhận cột mốc."
    )
    assert "Đồn Biên phòng Na Mèo" in {o.key for o in x.orgs}


def test_a_bodys_name_ends_before_the_rank_of_the_next_signer() -> None:
    x = read(
        "Chiều 3/9/2024, Thiếu tá Lê Văn Hải, Đồn trưởng Đồn Biên phòng Nậm Cắn và Thiếu tá Bun-thăn Xay-nha-vông, "
        "Đại đội trưởng Đại đội bảo vệ biên giới Nậm Căn ký Quy chế phối hợp tuần tra."
    )
    assert "Đồn Biên phòng Nậm Cắn" in {o.key for o in x.orgs}
    assert [sorted(a.signers) for a in x.agreements] == [["Bun-thăn Xay-nha-vông", "Lê Văn Hải"]]


def test_people_who_sign_after_a_frame_of_the_meeting_are_its_signers() -> None:
    x = read(
        "Ngày 8/4/2024, Sở Y tế tỉnh Hà Tĩnh làm việc với Sở Y tế tỉnh Bô-ly-khăm-xay. Cũng tại buổi làm việc, bà "
        "Nguyễn Thị Hoa, Giám đốc Bệnh viện Đa khoa tỉnh Hà Tĩnh và ông Xổm-phôn Kẹo-mạ-ni, Giám đốc Bệnh viện tỉnh "
        "Bô-ly-khăm-xay ký Biên bản ghi nhớ về đào tạo."
    )
    assert [sorted(a.signers) for a in x.agreements] == [["Nguyễn Thị Hoa", "Xổm-phôn Kẹo-mạ-ni"]]


def test_a_years_plan_carried_out_is_a_paper_in_force_named_by_its_year() -> None:
    x = read(
        "Ngày 6/6/2024, tại Hà Nội, Bộ Y tế tiếp đoàn Bộ Y tế Lào. Hai Bộ đang triển khai Kế hoạch hợp tác năm 2024, "
        "được ký tại Viêng Chăn hồi tháng 2/2024."
    )
    assert [(a.title, str(a.date)) for a in x.agreements] == [("Kế hoạch hợp tác năm 2024", "2024-02")]


def test_the_year_a_review_conference_reviews_is_not_the_year_it_was_held() -> None:
    x = read(
        "10/01/2024\n\nĐoàn Sở Ngoại vụ tỉnh Quảng Trị dự Hội nghị tổng kết công tác đối ngoại năm 2023 của tỉnh "
        "Xa-vẳn-na-khệt."
    )
    assert "2023" not in [e.date for e in x.events]


def test_items_of_a_list_of_papers_under_a_dash_each_take_their_own_signers() -> None:
    x = read(
        "Ngày 4/12/2024, tại Viêng Chăn, Trường Đại học Vinh ký kết hai văn bản với đối tác Lào.\n\n"
        "Các văn bản được ký kết gồm:\n"
        "– Biên bản ghi nhớ giữa Trường Đại học Vinh và Đại học Quốc gia Lào, do PGS.TS. Lê Minh Tâm, Hiệu trưởng "
        "và PGS.TS. Bun-xỉ Phôm-ma-chăn, Phó Hiệu trưởng ký;\n"
        "– Thỏa thuận trao đổi giảng viên giữa Khoa Sư phạm và Khoa Giáo dục, do TS. Hồ Thị Vân, Trưởng khoa Sư phạm "
        "và TS. Khăm-xỉ Vông-xay, Trưởng khoa Giáo dục ký.\n\n"
        "PGS.TS. Lê Minh Tâm và PGS.TS. Bun-xỉ Phôm-ma-chăn trao văn bản ghi nhớ."
    )
    assert sorted((a.title, tuple(sorted(a.signers))) for a in x.agreements) == [
        ("Biên bản ghi nhớ", ("Bun-xỉ Phôm-ma-chăn", "Lê Minh Tâm")),
        ("Thỏa thuận trao đổi giảng viên", ("Hồ Thị Vân", "Khăm-xỉ Vông-xay")),
    ]


def test_a_paper_a_meeting_makes_concrete_is_in_force() -> None:
    x = read(
        "Ngày 2/10/2024, Trường Cao đẳng Y tế Quảng Trị đón đoàn Sở Y tế tỉnh Xa-vẳn-na-khệt. Hoạt động này góp phần "
        "cụ thể hóa Thỏa thuận hợp tác giữa tỉnh Quảng Trị và tỉnh Xa-vẳn-na-khệt giai đoạn 2021–2025."
    )
    assert [(a.date, a.period_start, a.period_end) for a in x.agreements] == [(None, "2021", "2025")]


def test_items_of_one_long_sentence_list_are_each_a_paper_with_their_own_sides() -> None:
    x = read(
        "Ngày 9/5/2025, tại Viêng Chăn, các doanh nghiệp trao 3 văn bản hợp tác, gồm: Biên bản ghi nhớ giữa Công ty "
        "cổ phần Cà phê Tây Nguyên và Sở Nông nghiệp tỉnh Sa-la-van về vùng trồng 2.500 ha, do ông Lê Hào, Tổng Giám "
        "đốc và ông Bun-ma Xỉ-xu-lạt, Giám đốc Sở ký; Biên bản ghi nhớ giữa Ngân hàng Bưu điện Liên Việt và Công ty "
        "Điện lực Lào về thanh toán điện tử; Thỏa thuận hợp tác giữa VCCI và LNCCI về xúc tiến đầu tư. Liên đoàn "
        "Thương mại và Công nghiệp Việt Nam (VCCI) và Phòng Công nghiệp và Thương mại Quốc gia Lào (LNCCI) cùng tổ "
        "chức hội nghị."
    )
    assert [(a.title, sorted(ref for _, ref in a.parties), sorted(a.signers)) for a in x.agreements] == [
        (
            "Biên bản ghi nhớ về vùng trồng 2.500 ha",
            ["Công ty cổ phần Cà phê Tây Nguyên", "Sở Nông nghiệp tỉnh Sa-la-van"],
            ["Bun-ma Xỉ-xu-lạt", "Lê Hào"],
        ),
        ("Biên bản ghi nhớ về thanh toán điện tử", ["Công ty Điện lực Lào", "Ngân hàng Bưu điện Liên Việt"], []),
        (
            "Thỏa thuận hợp tác về xúc tiến đầu tư",
            ["Liên đoàn Thương mại và Công nghiệp", "Phòng Công nghiệp và Thương mại Quốc gia Lào"],
            [],
        ),
    ]


def test_a_paper_named_again_by_its_kind_and_year_is_the_one_of_that_year() -> None:
    x = read(
        "Ngày 5/9/2025, Bộ Y tế họp trực tuyến với Bộ Y tế Lào. Năm 2019, hai Bộ đã ký Biên bản ghi nhớ hợp tác về "
        "y học cổ truyền. Tại cuộc họp, Sở Y tế tỉnh Nghệ An và Sở Y tế tỉnh Xiêng Khoảng báo cáo kết quả khám chữa "
        "bệnh. Biên bản ghi nhớ năm 2019 đã hết hiệu lực nhưng hai bên chưa ký văn bản mới."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Biên bản ghi nhớ hợp tác về y học cổ truyền", "2019")]


def test_a_call_to_sign_soon_signs_nothing() -> None:
    x = read(
        "Ngày 18/4/2025, tại Viêng Chăn, doanh nghiệp hai nước dự hội nghị xúc tiến đầu tư. Hiệp hội các nhà đầu tư "
        "Việt Nam tại Lào kiến nghị hai Chính phủ sớm ký kết Hiệp định về thương mại biên giới sửa đổi."
    )
    assert not x.agreements


def test_papers_signed_at_the_same_sitting_take_the_day_the_sentence_before_gives() -> None:
    x = read(
        "Từ ngày 10 đến 12/6/2024, tại Vinh, Bộ Công Thương và Bộ Công Thương Lào tổ chức hội nghị hợp tác thương mại "
        "biên giới. Tại phiên bế mạc chiều 12/6, hai Thứ trưởng đã ký Biên bản hội nghị. Cũng tại phiên bế mạc đã "
        "diễn ra lễ ký kết các văn bản: Thỏa thuận hợp tác giữa Sở Công Thương tỉnh Nghệ An và Sở Công Thương tỉnh "
        "Xiêng Khoảng; Biên bản ghi nhớ giữa Sở Công Thương tỉnh Hà Tĩnh và Sở Công Thương tỉnh Bô-ly-khăm-xay."
    )
    assert sorted(a.date for a in x.agreements) == ["2024-06-12", "2024-06-12", "2024-06-12"]


def test_the_day_a_recalled_paper_was_signed_does_not_date_the_session_that_recalls_it() -> None:
    x = read(
        "Ngày 7/8/2025, Phó Chủ tịch UBND tỉnh Gia Lai tiếp và làm việc với đoàn tỉnh Chăm-pa-xắc. Tại buổi làm việc, "
        "ông cho biết hai tỉnh đã ký Thỏa thuận hợp tác giai đoạn 2021–2025 vào ngày 20/3/2021. Kết thúc buổi làm "
        "việc, hai bên ký Biên bản làm việc."
    )
    assert "2021-03-20" not in [e.date for e in x.events if e.event_type.value != "signing"]
    assert sorted((a.title, a.date) for a in x.agreements) == [
        ("Biên bản làm việc", "2025-08-07"),
        ("Thỏa thuận hợp tác giai đoạn 2021–2025", "2021-03-20"),
    ]


def test_a_visit_a_delegation_plans_with_a_list_of_verbs_is_no_meeting() -> None:
    x = read(
        "Ngày 7/8/2025, tỉnh Quảng Ngãi tiếp đoàn tỉnh Át-tạ-pư. Theo kế hoạch, đoàn tỉnh Xê Kông dự kiến sang thăm, "
        "làm việc với tỉnh Quảng Ngãi vào tháng 10/2025."
    )
    assert [e.date for e in x.events] == ["2025-08-07"]


def test_cooperation_set_against_a_border_it_lacks_is_still_stated() -> None:
    x = read(
        "Ngày 7/8/2025, tỉnh Bình Định tiếp đoàn tỉnh Át-tạ-pư. Tỉnh Bình Định tuy không có đường biên giới với Lào "
        "nhưng có quan hệ hợp tác với tỉnh Xê Kông từ nhiều năm nay."
    )
    assert ("province:LA-XE", "province:VN-binh-dinh") in {(p.a, p.b) for p in x.partnerships}


@pytest.mark.parametrize(
    ("lead", "month"),
    [
        pytest.param("(Báo Hà Tĩnh) – Tuần qua, đoàn", "2025-06", id="last-week"),
        pytest.param("(Báo Hà Tĩnh) – Vừa qua, đoàn", "2025-06", id="lately-after-the-source"),
        pytest.param("Tuần trước, đoàn", "2025-05", id="last-week-across-a-month"),
    ],
)
def test_a_lead_that_opens_on_last_week_or_lately_is_dated_to_that_month(lead: str, month: str) -> None:
    page = "03/06/2025" if month == "2025-05" else "16/06/2025"
    x = read(f"{page}\n\n{lead} Sở Y tế tỉnh Hà Tĩnh đã làm việc với Sở Y tế tỉnh Bô-ly-khăm-xay tại Pắc-xan.")
    assert [e.date for e in x.events] == [month]


def test_a_paper_only_the_headline_signs_was_signed_at_the_session_the_body_tells() -> None:
    x = read(
        "Ngày đăng: 21/05/2024\n\nNghệ An – Xiêng Khoảng ký thỏa thuận hợp tác về y tế\n\nSáng 20/5, tại Vinh, UBND "
        "tỉnh Nghệ An và Chính quyền tỉnh Xiêng Khoảng tổ chức buổi làm việc về khám chữa bệnh cho người dân vùng biên."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("working_session", "2024-05-20")]
    assert [a.date for a in x.agreements] == ["2024-05-20"]


def test_a_paper_a_work_rests_on_is_in_force_with_the_sides_and_month_its_clause_gives() -> None:
    x = read(
        "Ngày 21/5/2024, tại Sơn La, UBND tỉnh Sơn La và Chính quyền tỉnh Luông Pha-bang tổ chức hội nghị sơ kết. Trên "
        "cơ sở Biên bản ghi nhớ về phát triển cây ăn quả mà Sở Nông nghiệp tỉnh Sơn La ký với Sở Nông Lâm nghiệp tỉnh "
        "Luông Pha-bang từ tháng 8/2019, hai bên đã xây dựng 3 mô hình trình diễn."
    )
    assert [(a.date, sorted(ref for _, ref in a.parties)) for a in x.agreements] == [
        ("2019-08", ["Sở Nông Lâm nghiệp tỉnh Luông Pha-bang", "Sở Nông nghiệp tỉnh Sơn La"])
    ]


def test_the_year_a_conference_sets_as_a_deadline_dates_no_other_conference() -> None:
    x = read(
        "Ngày 21/5/2024, tại Sơn La, UBND tỉnh Sơn La và Chính quyền tỉnh Luông Pha-bang tổ chức hội nghị sơ kết. Hội "
        "nghị thống nhất giao Sở Ngoại vụ tỉnh Sơn La chủ trì xây dựng dự thảo thỏa thuận mới, trình ký vào cuối năm "
        "2025."
    )
    assert [e.date for e in x.events] == ["2024-05-21"]


def test_a_paper_signed_to_replace_another_is_one_and_the_replaced_keeps_its_own_year() -> None:
    x = read(
        "Tháng 10/2024, tại Viêng Chăn, Đài Tiếng nói Việt Nam làm việc với Đài Phát thanh Quốc gia Lào. Tại buổi làm "
        "việc, hai bên đã ký Chương trình hợp tác giai đoạn 2024 – 2028, thay thế Chương trình hợp tác giai đoạn 2019 "
        "– 2023 ký năm 2018."
    )
    assert sorted((a.period_start, a.date) for a in x.agreements) == [("2019", "2018"), ("2024", "2024-10")]


def test_a_day_said_at_the_session_already_told_is_not_another_session() -> None:
    x = read(
        "Ngày 11/4/2025, tại Thà Khẹc, Sở Y tế tỉnh Hà Tĩnh làm việc với Sở Y tế tỉnh Khăm Muồn. Tại buổi làm việc, "
        "ông Giám đốc cho biết, từ ngày 1/3/2025, Sở Y tế tỉnh Hà Tĩnh được tổ chức lại."
    )
    assert [e.date for e in x.events] == ["2025-04-11"]
    spoken = read(
        "Sáng 9/1/2026, tại Sầm Nưa, tỉnh Thanh Hóa hội đàm với tỉnh Hủa Phăn. Phát biểu tại hội đàm, Phó Chủ tịch "
        "UBND tỉnh thông tin, từ ngày 1/7/2025, tỉnh đã sắp xếp lại các xã biên giới."
    )
    assert [e.date for e in spoken.events] == ["2026-01-09"]
    online = read(
        "Sáng 5/9/2025, Bộ Y tế và Bộ Y tế Lào tổ chức phiên làm việc trực tuyến. Mở đầu phiên làm việc, Thứ trưởng "
        "cho biết, từ ngày 1/3/2025, Cục Quản lý khám, chữa bệnh đã được tổ chức lại."
    )
    assert [(e.event_type.value, e.date) for e in online.events] == [("online_meeting", "2025-09-05")]


def test_a_deadline_dates_nothing_and_the_papers_named_again_are_the_ones_told() -> None:
    x = read(
        "Sáng 12/3/2024, tại Viêng Chăn, Công ty Điện lực miền Trung và Công ty Điện Xê Pôn ký hợp đồng mua bán "
        "điện. Ngay sau lễ ký hợp đồng, Công ty Xây lắp điện Hòa Bình đã trao cho chủ đầu tư văn bản cam kết tiến độ, "
        "theo đó hoàn thành đóng điện trước ngày 30/12/2025. Phát biểu tại buổi lễ, Bộ trưởng Phôn-xay cho biết, việc "
        "ký hợp đồng là bước cụ thể hóa Bản ghi nhớ về năng lượng giữa Bộ Công Thương Việt Nam và Bộ Năng lượng và Mỏ "
        "Lào ký tháng 1/2023, góp phần phát triển nguồn điện."
    )
    assert [e.date for e in x.events] == ["2024-03-12"]
    assert sorted((a.date, sorted(ref for _, ref in a.parties)) for a in x.agreements) == [
        ("2023-01", ["Bộ Công Thương", "Bộ Năng lượng và Mỏ Lào"]),
        ("2024-03-12", ["Công ty Điện Xê Pôn", "Công ty Điện lực miền Trung"]),
    ]


def test_papers_put_off_or_to_be_amended_are_not_signed_and_a_programme_carried_out_is_in_force() -> None:
    x = read(
        "Ngày 22/1/2025, tại Hà Nội, Bộ Nội vụ hội đàm với Bộ Nội vụ Lào. Bộ trưởng cho biết, Chương trình hợp tác "
        "giai đoạn 2021 – 2025 giữa hai Bộ cơ bản được triển khai đúng tiến độ. Hai bên nhất trí lùi thời điểm ký "
        "Bản ghi nhớ về đào tạo công chức sang năm sau và giao các đơn vị nghiên cứu sửa đổi, bổ sung Bản ghi nhớ "
        "năm 2018 để ký kết vào cuối năm nay."
    )
    assert [(a.title, a.date, a.period_start) for a in x.agreements] == [
        ("Chương trình hợp tác giai đoạn 2021 – 2025", None, "2021")
    ]


def test_a_protocol_carrying_out_an_agreement_is_one_paper_of_its_own_day() -> None:
    x = read(
        "Sáng 7/11/2024, tại Hà Nội, Bộ Xây dựng hội đàm với Bộ Công chính và Vận tải Lào. Hiệp định vận tải đường "
        "thủy Việt Nam – Lào ký năm 2011 và Nghị định thư thực hiện Hiệp định do hai Bộ ký tháng 5/2012 là cơ sở pháp "
        "lý cho vận tải qua biên giới."
    )
    assert sorted((a.title, a.date) for a in x.agreements) == [
        ("Hiệp định vận tải đường thủy Việt Nam – Lào", "2011"),
        ("Nghị định thư thực hiện Hiệp định", "2012-05"),
    ]


def test_a_sentence_that_says_what_the_trip_was_makes_no_trip_of_its_own() -> None:
    x = read(
        "Ngày 27/8/2025, đoàn công tác thành phố Huế đến thăm và làm việc với tỉnh Sa-la-van. Đây là chuyến công tác "
        "đầu tiên của lãnh đạo Huế tới Sa-la-van kể từ khi tỉnh Thừa Thiên Huế trở thành thành phố, có hiệu lực từ "
        "ngày 1/1/2025."
    )
    assert {e.date for e in x.events} == {"2025-08-27"}


def test_the_meeting_a_paper_was_signed_on_the_occasion_of_takes_the_papers_month() -> None:
    x = read(
        "23/5/2024\n\nChiều 22/5, tại Hà Nội, Bộ Y tế tiếp đoàn Bộ Y tế Lào. Hai Bộ đang triển khai Kế hoạch hợp tác "
        "năm 2024, được ký tại Viêng Chăn hồi tháng 1/2024 nhân dịp Hội nghị tổng kết hợp tác y tế năm 2023 giữa hai "
        "Bộ."
    )
    assert sorted((e.event_type.value, e.date, e.location) for e in x.events) == [
        ("conference", "2024-01", "Viêng Chăn"),
        ("reception", "2024-05-22", "Hà Nội"),
    ]


def test_a_bodys_name_ends_at_a_dash_that_says_what_it_is() -> None:
    x = read("Sáng 5/9/2024, đoàn tỉnh Hủa Phăn thăm Trường Đại học Tây Bắc – nơi đào tạo hơn 500 lưu học sinh Lào.")
    assert "Đại học Tây Bắc" in {o.key for o in x.orgs}


def test_a_party_committee_named_after_a_capital_is_of_the_province_around_it() -> None:
    x = read("Ngày 21/8/2025, tỉnh Phú Thọ tiếp đoàn công tác do Phó Chánh Văn phòng Tỉnh ủy Viêng Chăn dẫn đầu.")
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-VI", "province:VN-phu-tho")}


def test_at_the_forum_is_the_forum_the_sentence_before_told_not_the_fair_around_it() -> None:
    x = read(
        "Tối 5/12/2025, tại Viêng Chăn, Bộ Công Thương khai mạc Hội chợ Thương mại Việt Nam – Lào. Sáng 6/12, trong "
        "khuôn khổ hội chợ, Cục Xúc tiến thương mại và Cục Xúc tiến thương mại Lào tổ chức Diễn đàn kết nối giao "
        "thương. Tại diễn đàn, hai Cục đã ký Biên bản ghi nhớ về xúc tiến thương mại giai đoạn 2026–2028."
    )
    assert [a.date for a in x.agreements] == ["2025-12-06"]


def test_a_paper_carried_out_takes_the_month_its_relative_clause_says_it_was_signed() -> None:
    x = read(
        "Chiều 25/10/2024, UBND tỉnh Thanh Hóa và Chính quyền tỉnh Hủa Phăn tổ chức hội nghị trực tuyến. Hội nghị là "
        "bước cụ thể hóa Biên bản ghi nhớ năm 2024 mà hai tỉnh đã ký tại cuộc hội đàm ở Sầm Nưa hồi tháng 4 vừa qua."
    )
    assert [a.date for a in x.agreements] == ["2024-04"]


def test_who_built_a_twinning_in_a_relative_clause_is_no_partner_of_who_keeps_it() -> None:
    x = read(
        "Ngày 10/2/2026, lãnh đạo thành phố Đà Nẵng tiếp đoàn tỉnh Sa-la-van. Sau hợp nhất, Đà Nẵng tiếp tục duy trì "
        "quan hệ kết nghĩa với tỉnh Xê Kông mà tỉnh Quảng Nam (cũ) đã gây dựng từ năm 2008."
    )
    pairs = {(p.a, p.b) for p in x.partnerships if p.basis == "statement"}
    assert pairs == {("province:LA-XE", "province:VN-da-nang")}


def test_the_paper_talks_rest_on_is_in_force_and_the_papers_they_sign_keep_their_own_year() -> None:
    x = read(
        "Ngày 12/3/2024, tại Hà Tĩnh, tỉnh Hà Tĩnh và tỉnh Khăm Muồn tổ chức hội đàm. Năm trước, hai tỉnh đã ký biên "
        "bản hội đàm tại Thà Khẹc hồi tháng 3/2023. Trên cơ sở Thỏa thuận hợp tác giai đoạn 2021–2025 mà hai tỉnh "
        "đã ký kết, cuối buổi hội đàm, Chủ tịch UBND tỉnh Hà Tĩnh Võ Minh Hải và Phó Tỉnh trưởng Khăm Muồn Xổm-xạ-nít "
        "In-tha-vông đã ký biên bản hội đàm và kế hoạch hợp tác năm 2024 giữa hai tỉnh."
    )
    assert sorted((a.title, str(a.date), tuple(sorted(a.signers))) for a in x.agreements) == [
        ("Biên bản hội đàm", "2023-03", ()),
        ("Biên bản hội đàm", "2024-03-12", ("Võ Minh Hải", "Xổm-xạ-nít In-tha-vông")),
        ("Kế hoạch hợp tác năm 2024", "2024-03-12", ("Võ Minh Hải", "Xổm-xạ-nít In-tha-vông")),
        ("Thỏa thuận hợp tác giai đoạn 2021–2025", "None", ()),
    ]


def test_a_dated_lead_with_its_aim_an_online_conference_described_and_an_invitation_make_one_meeting() -> None:
    x = read(
        "25/10/2024\n\nThanh Hóa – Hủa Phăn họp trực tuyến\n\nChiều 25/10, UBND tỉnh Thanh Hóa và Chính quyền tỉnh Hủa "
        "Phăn tổ chức hội nghị trực tuyến nhằm tháo gỡ khó khăn cho hàng hóa qua cửa khẩu. Hội nghị là bước cụ thể hóa "
        "kết quả cuộc hội đàm ở Sầm Nưa hồi tháng 4 vừa qua. Dịp này, phía Hủa Phăn gửi lời mời lãnh đạo tỉnh Thanh "
        "Hóa sang dự Hội chợ Thương mại tỉnh Hủa Phăn, dự kiến diễn ra vào giữa tháng 12."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("online_meeting", "2024-10-25"),
        ("talks", "2024-04"),
    ]


def test_a_hall_a_meeting_is_held_in_is_no_body_of_the_graph() -> None:
    from ingest.pipeline import document_delta

    _, delta = document_delta(
        RawDocument(
            origin="hall.txt",
            content=(
                "Ngày 21/8/2025, tại Trung tâm Hội nghị tỉnh, Sở Y tế tỉnh Phú Thọ làm việc với Sở Y tế tỉnh Hủa Phăn."
            ),
            content_type=ContentType("text"),
        )
    )
    names = {n.name for n in delta.nodes if n.kind.value == "Organization"}
    assert names == {"Sở Y tế tỉnh Phú Thọ", "Sở Y tế tỉnh Hủa Phăn"}


@pytest.mark.parametrize("sep", [" – ", ", "])
def test_a_time_of_day_is_a_given_name_where_no_time_follows_it(sep: str) -> None:
    x = read(
        f"Đoàn có các đồng chí: Hồ Văn Lực – Chỉ huy trưởng; Trần Văn Chiều{sep}Giám đốc Sở Ngoại vụ tỉnh Nghệ An."
    )
    assert "Trần Văn Chiều" in {p.name for p in x.persons}


def test_a_rank_is_no_post_of_the_province_a_lao_given_name_spells() -> None:
    x = read("Ngày 26/7/2024, Đại úy Xay-xổm-bun In-tha-vông, Đại đội trưởng Đại đội 215, dự lễ kết nghĩa tại Na Mèo.")
    assert [p.name for p in x.persons] == ["Xay-xổm-bun In-tha-vông"]


def test_a_signing_framed_by_a_trip_is_held_where_its_own_clause_says() -> None:
    x = read(
        "22/11/2024\n\nNhân chuyến thăm và làm việc tại Lào của đoàn Bộ Y tế Việt Nam, chiều 21/11, tại Thủ đô Viêng "
        "Chăn đã diễn ra lễ ký kết các văn kiện hợp tác y tế."
    )
    assert [(e.event_type.value, e.date, e.province_id) for e in x.events if e.event_type.value == "signing"] == [
        ("signing", "2024-11-21", "province:LA-VT")
    ]


def test_items_of_a_list_run_on_in_their_paragraph_and_keep_their_own_signers() -> None:
    x = read(
        "Chiều 21/11/2024, tại Viêng Chăn, hai Bộ trưởng dự lễ ký kết. Cùng dịp, ba văn kiện khác được ký, gồm:\n\n"
        "- Biên bản ghi nhớ về đào tạo giữa Bệnh viện K và Bệnh viện Mittaphab. Văn kiện do lãnh đạo hai bệnh viện "
        "ký.\n\n"
        "- Thỏa thuận hợp tác chuyên môn giữa Bệnh viện Chợ Rẫy và Bệnh viện tỉnh Chăm-pa-xắc.\n\n"
        "- Biên bản ghi nhớ về đào tạo sau đại học giữa Trường Đại học Y Hà Nội và Trường Đại học Khoa học Sức khỏe "
        "Lào, do GS Trần Văn Khoa và PGS Xổm-xỉ Phôm-ma-vông ký."
    )
    assert sorted((a.title, tuple(sorted(a.signers))) for a in x.agreements) == [
        ("Biên bản ghi nhớ về đào tạo", ()),
        ("Biên bản ghi nhớ về đào tạo sau đại học", ("Trần Văn Khoa", "Xổm-xỉ Phôm-ma-vông")),
        ("Thỏa thuận hợp tác chuyên môn", ()),
    ]


def test_papers_said_signed_after_the_talks_were_signed_at_the_ceremony_the_lead_told() -> None:
    x = read(
        "15/5/2025\n\nSáng 14/5, tại Hà Nội đã diễn ra lễ ký kết ba văn kiện hợp tác giữa các cơ quan hai nước.\n\n"
        "Trước đó, Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Hải đã hội đàm với Bộ trưởng Bộ Nông Lâm nghiệp "
        "Lào Phết Phôm-phi-phắc.\n\n"
        "Văn kiện đầu tiên là Kế hoạch hợp tác nông nghiệp năm 2026 giữa hai Bộ, do Thứ trưởng Lê Văn Nam và Thứ "
        "trưởng Khăm-la Xay-nha-vông ký.\n\n"
        "Hai văn kiện còn lại được ký cùng dịp, gồm:\n\n"
        "- Biên bản ghi nhớ về giống cây trồng giữa Viện Cây lương thực và Viện Nghiên cứu Nông nghiệp Lào.\n\n"
        "- Thỏa thuận về thú y giữa Cục Thú y và Cục Chăn nuôi Lào."
    )
    assert sorted((a.title, a.date) for a in x.agreements) == [
        ("Biên bản ghi nhớ về giống cây trồng", "2025-05-14"),
        ("Kế hoạch hợp tác nông nghiệp năm 2026", "2025-05-14"),
        ("Thỏa thuận về thú y", "2025-05-14"),
    ]


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        (
            "Ngày 3/4/2024, TS Hoàng Văn Lực, Giám đốc Bệnh viện Bạch Mai, ký biên bản hợp tác.",
            "Hoàng Văn Lực",
            "Bệnh viện Bạch Mai",
        ),
        (
            "Ngày 3/4/2024, ông Đỗ Minh Tâm, Hiệu trưởng Trường Đại học Tôn Đức Thắng, phát biểu.",
            "Đỗ Minh Tâm",
            "Đại học Tôn Đức Thắng",
        ),
    ],
)
def test_a_body_named_for_a_person_keeps_its_name_after_the_post_of_someone_named_before(
    sentence: str, person: str, body: str
) -> None:
    x = read(f"Tin\n\n{sentence}")
    assert [(p.name, [o for _, o, _ in p.positions]) for p in x.persons] == [(person, [body])]


def test_each_statement_set_apart_by_a_semicolon_pairs_its_own_subject() -> None:
    x = read(
        "Tin\n\nTừ nhiều năm nay, tỉnh Hà Tĩnh có quan hệ hợp tác với hai tỉnh Bô-ly-khăm-xay và Khăm Muồn; tỉnh "
        "Nghệ An có quan hệ kết nghĩa với hai tỉnh Xiêng Khoảng và Hủa Phăn."
    )
    assert sorted((p.a, p.b) for p in x.partnerships) == [
        ("province:LA-BL", "province:VN-ha-tinh"),
        ("province:LA-HO", "province:VN-nghe-an"),
        ("province:LA-KH", "province:VN-ha-tinh"),
        ("province:LA-XI", "province:VN-nghe-an"),
    ]


def test_as_many_provinces_cooperating_with_as_many_pair_each_with_the_one_in_its_place() -> None:
    x = read(
        "Tin\n\nBáo cáo cho biết, các tỉnh Sơn La và Điện Biên đã đạt nhiều kết quả hợp tác lần lượt với các tỉnh bạn "
        "Luông Pha-bang và Phông-xa-lỳ trong lĩnh vực nông nghiệp."
    )
    assert sorted((p.a, p.b) for p in x.partnerships) == [
        ("province:LA-LP", "province:VN-son-la"),
        ("province:LA-PH", "province:VN-dien-bien"),
    ]


def test_a_conference_of_several_provinces_of_each_country_pairs_none_of_them() -> None:
    x = read(
        "Tin\n\nNgày 5/9/2024, tại Vinh, Hội nghị hợp tác vùng có sự tham dự của lãnh đạo UBND tỉnh Nghệ An, UBND "
        "tỉnh Hà Tĩnh, tỉnh Xiêng Khoảng và tỉnh Bô-ly-khăm-xay."
    )
    assert [e.event_type for e in x.events] == [EventType.CONFERENCE]
    assert x.partnerships == []


def test_the_month_a_paper_reviewed_at_a_session_was_signed_in_dates_no_meeting() -> None:
    x = read(
        "20/6/2024\n\nNgày 19/6, đoàn làm việc với Sở Nông Lâm nghiệp tỉnh Hủa Phăn.\n\n"
        "Tại buổi làm việc, hai bên đã rà soát Kế hoạch hợp tác năm 2024 mà hai Sở ký hồi tháng 2/2024."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("working_session", "2024-06-19")]


def test_a_hyphened_lao_name_after_a_bodys_whole_name_is_its_heads() -> None:
    x = read("Tin\n\nTham dự có Giám đốc Sở Nông Lâm nghiệp Khăm-phon Xi-la-vông và nhiều đại biểu.")
    assert [(p.name, [o for _, o, _ in p.positions]) for p in x.persons] == [
        ("Khăm-phon Xi-la-vông", ["Sở Nông Lâm nghiệp"])
    ]


def test_a_list_opened_by_the_verb_of_signing_and_closed_by_a_stop_names_each_paper_once() -> None:
    x = read(
        "21/5/2024\n\nNgày 20/5, Sở Tư pháp tỉnh Hà Tĩnh làm việc với Sở Tư pháp tỉnh Khăm Muồn.\n\n"
        "Kết thúc buổi làm việc, hai bên đã ký kết:\n\n"
        "+ Biên bản ghi nhớ về hợp tác pháp lý giai đoạn 2024–2028 giữa hai Sở;\n\n"
        "+ Phụ lục sửa đổi Kế hoạch hợp tác năm 2024 giữa hai Sở.\n\n"
        "Biên bản ghi nhớ và Phụ lục do ông Phan Văn Tâm và ông Xổm-xạ-vắt In-thạ-vông ký."
    )
    assert sorted((a.title, a.date, tuple(sorted(a.signers))) for a in x.agreements) == [
        (
            "Biên bản ghi nhớ về hợp tác pháp lý giai đoạn 2024–2028",
            "2024-05-20",
            ("Phan Văn Tâm", "Xổm-xạ-vắt In-thạ-vông"),
        ),
        ("Phụ lục sửa đổi Kế hoạch hợp tác năm 2024", "2024-05-20", ("Phan Văn Tâm", "Xổm-xạ-vắt In-thạ-vông")),
    ]


def test_progress_in_science_written_in_lower_case_is_no_ministry() -> None:
    x = read(
        "Tin\n\nNgày 3/4/2024, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Hà Tĩnh ký hợp đồng với Sở Nông "
        "Lâm nghiệp tỉnh Khăm Muồn để ứng dụng tiến bộ khoa học và công nghệ vào sản xuất."
    )
    assert sorted(o.name for o in x.orgs) == [
        "Sở Nông Lâm nghiệp tỉnh Khăm Muồn",
        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Hà Tĩnh",
    ]


def test_two_bodies_that_worked_together_held_a_working_session() -> None:
    x = read(
        "15/4/2025\n\nChiều 14/4, tại Vinh, Sở Y tế Nghệ An và Sở Y tế tỉnh Xiêng Khoảng đã làm việc, rà soát kết "
        "quả hợp tác năm 2024."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("working_session", "2025-04-14")]


def test_a_heading_between_paragraphs_names_the_paper_the_lines_below_it_tell() -> None:
    x = read(
        "15/11/2024\n\nSáng 13/11, tại Phôn-xa-vẳn, đoàn công tác tỉnh Nghệ An đã hội đàm với lãnh đạo tỉnh Xiêng "
        "Khoảng về hợp tác khoa học và công nghệ.\n\n"
        "Năm 2023, hai tỉnh đã tổ chức hội nghị sơ kết tại Vinh.\n\n"
        "Ký kết biên bản ghi nhớ giai đoạn 2024 - 2028\n\n"
        "Ngay sau hội đàm, Giám đốc Sở Khoa học và Công nghệ Nghệ An Lê Thị Hoa và Giám đốc Sở Công nghệ và Truyền "
        "thông tỉnh Xiêng Khoảng Khăm-xay Vông-xa đã ký Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028."
    )
    assert [(a.title, a.date) for a in x.agreements] == [
        ("Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028", "2024-11-13")
    ]


def test_talks_told_with_the_trips_span_take_their_own_day_and_leave_the_others_days_to_them() -> None:
    x = read(
        "15/11/2024\n\nTrong khuôn khổ chuyến thăm và làm việc tại tỉnh Hủa Phăn từ ngày 12 đến 14/11/2024, đoàn công "
        "tác tỉnh Thanh Hóa do Phó Chủ tịch UBND tỉnh Lê Văn Nam làm Trưởng đoàn đã hội đàm với lãnh đạo tỉnh Hủa "
        "Phăn.\n\n"
        "Chiều 12/11, đoàn công tác đã chào xã giao Tỉnh trưởng tỉnh Hủa Phăn Phăn-xay Vông-xa.\n\n"
        "Sáng 13/11, tại Sầm Nưa, đoàn công tác tỉnh Thanh Hóa đã hội đàm với lãnh đạo tỉnh Hủa Phăn."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("reception", "2024-11-12"),
        ("talks", "2024-11-13"),
        ("visit", "2024-11-12"),
    ]


def test_the_same_day_is_that_of_the_meeting_told_last_not_of_the_trip_found_last() -> None:
    x = read(
        "18/10/2025\n\nHà Tĩnh và Khăm Muồn hội đàm, ký kết hợp tác trong giai đoạn mới\n\n"
        "Từ ngày 15 - 17/10, đoàn đại biểu tỉnh Khăm Muồn do đồng chí Văn-xay Phông-xa-vẳn - Bí thư "
        "Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muồn dẫn đầu đã thăm và làm việc tại tỉnh Hà Tĩnh. Đây là lần đầu tiên đoàn "
        "cấp cao tỉnh Khăm Muồn sang thăm tỉnh Hà Tĩnh kể từ khi tỉnh có lãnh đạo mới.\n\n"
        "Cùng đi với đoàn có Phó Tỉnh trưởng Bun-lăm Xi-xu-vông.\n\n"
        "Sáng 16/10, tại Hà Tĩnh, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải và Tỉnh trưởng Văn-xay Phông-xa-vẳn "
        "đồng chủ trì hội đàm.\n\n"
        "Hai bên thống nhất đẩy mạnh hợp tác giáo dục và y tế.\n\n"
        "Hai tỉnh sẽ trao đổi đoàn chuyên gia nông nghiệp.\n\n"
        "Chiều cùng ngày, Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng đã tiếp xã giao đoàn."
    )
    assert next(e.date for e in x.events if e.event_type is EventType.RECEPTION) == "2025-10-16"


def test_papers_named_again_by_their_opening_words_take_the_signers_the_clause_names() -> None:
    x = read(
        "15/12/2024\n\nNgày 14/12, tại Pắc-xan, UBND tỉnh Hà Tĩnh và chính quyền tỉnh Bô-ly-khăm-xay tổ chức hội nghị "
        "tổng kết hợp tác năm 2024.\n\n"
        "Tại hội nghị, hai bên đã ký các văn bản:\n\n"
        "- Kế hoạch hợp tác năm 2025 giữa UBND tỉnh Hà Tĩnh và chính quyền tỉnh Bô-ly-khăm-xay;\n\n"
        "- Chương trình hợp tác ứng dụng công nghệ thông tin năm 2025 giữa Sở Khoa học và Công nghệ Hà Tĩnh và Sở "
        "Công nghệ và Truyền thông tỉnh Bô-ly-khăm-xay.\n\n"
        "Kế hoạch hợp tác năm 2025 do ông Dương Văn Hòa và ông Chăn-thạ-vi Đuông-xa-vẳn ký. Chương trình hợp tác ứng "
        "dụng CNTT do bà Võ Thị Hằng và ông Bun-nhăng Sỉ-vi-lay ký."
    )
    assert sorted((a.title, a.date, tuple(sorted(a.signers))) for a in x.agreements) == [
        (
            "Chương trình hợp tác ứng dụng công nghệ thông tin năm 2025",
            "2024-12-14",
            ("Bun-nhăng Sỉ-vi-lay", "Võ Thị Hằng"),
        ),
        ("Kế hoạch hợp tác năm 2025", "2024-12-14", ("Chăn-thạ-vi Đuông-xa-vẳn", "Dương Văn Hòa")),
    ]
    assert [(e.event_type.value, e.date) for e in x.events] == [("conference", "2024-12-14")]


def test_the_year_a_plan_is_for_dates_no_meeting_named_beside_it() -> None:
    x = read(
        "15/12/2024\n\nNgày 14/12, tại Pắc-xan, hai tỉnh tổ chức hội nghị tổng kết hợp tác năm 2024.\n\n"
        "Kế hoạch hợp tác năm 2025 và Biên bản hội nghị do ông Dương Văn Hòa và ông Chăn-thạ-vi Đuông-xa-vẳn ký."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("conference", "2024-12-14")]


def test_the_day_the_body_gives_a_paper_dates_it_better_than_the_year_the_headline_gives() -> None:
    x = read(
        "Hà Tĩnh – Bô-ly-khăm-xay tổng kết hợp tác năm 2024, ký kế hoạch hợp tác năm 2025\n\n"
        "Ngày 14/12/2024, tại Pắc-xan, UBND tỉnh Hà Tĩnh và chính quyền tỉnh Bô-ly-khăm-xay tổ chức hội nghị tổng kết "
        "hợp tác năm 2024 và ký Kế hoạch hợp tác năm 2025 giữa hai tỉnh."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Kế hoạch hợp tác năm 2025", "2024-12-14")]


def test_the_same_day_and_the_same_ceremony_are_the_talks_not_the_trip_told_after_them() -> None:
    x = read(
        "17/10/2025\n\nNgày 16/10, tại tỉnh Hà Tĩnh, UBND tỉnh Hà Tĩnh và Chính quyền tỉnh Khăm Muồn đã tổ chức hội "
        "đàm.\n\n"
        "Đồng chủ trì hội đàm có Chủ tịch UBND tỉnh Hà Tĩnh Võ Văn Hải và Tỉnh trưởng Văn-xay Phông-xa-vẳn. Đoàn "
        "tỉnh Khăm Muồn đang có chuyến thăm, làm việc tại Hà Tĩnh từ ngày 15 đến 17/10.\n\n"
        "Sau hội đàm, hai bên tổ chức lễ ký Biên bản hội đàm. Cũng tại buổi lễ, Sở Y tế Hà Tĩnh và Sở Y tế Khăm Muồn "
        "đã ký bản ghi nhớ hợp tác về y tế giai đoạn 2026 - 2030.\n\n"
        "Cùng ngày, Bí thư Tỉnh ủy Hà Tĩnh Hoàng Văn Dũng đã tiếp đoàn."
    )
    assert next(e.date for e in x.events if e.event_type is EventType.RECEPTION) == "2025-10-16"
    assert sorted(a.date for a in x.agreements) == ["2025-10-16", "2025-10-16"]


def test_a_trip_that_visited_and_worked_did_its_work_at_the_sessions_held_on_its_days() -> None:
    x = read(
        "18/10/2025\n\nTừ ngày 15 đến 17/10, đoàn đại biểu tỉnh Khăm Muồn đã thăm và làm việc tại tỉnh Hà Tĩnh.\n\n"
        "Sáng 16/10, tại Hà Tĩnh, hai tỉnh đã tổ chức hội đàm.\n\n"
        "Chiều cùng ngày, Bí thư Tỉnh ủy Hà Tĩnh Hoàng Văn Dũng đã tiếp đoàn."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("reception", "2025-10-16"),
        ("talks", "2025-10-16"),
        ("visit", "2025-10-15"),
    ]


def test_a_paper_cited_with_its_sides_and_the_month_it_was_signed_is_one_named_again_by_its_name() -> None:
    x = read(
        "20/5/2024\n\nNgày 19/5, Sở Y tế Thanh Hóa làm việc với Sở Y tế tỉnh Hủa Phăn.\n\n"
        "Tại buổi làm việc, hai bên rà soát các nội dung theo Biên bản hội đàm năm 2024 giữa UBND tỉnh Thanh Hóa và "
        "chính quyền tỉnh Hủa Phăn, được ký kết hồi tháng 3 vừa qua.\n\n"
        "Hai Sở sẽ chủ động triển khai các nội dung đã thống nhất trong Biên bản hội đàm năm 2024."
    )
    assert [(a.title, a.date, sorted(ref for kind, ref in a.parties if kind == "org")) for a in x.agreements] == [
        ("Biên bản hội đàm năm 2024", "2024-03", ["Chính quyền tỉnh Hủa Phăn", "Ủy ban nhân dân tỉnh Thanh Hóa"])
    ]


def test_numbered_items_of_a_list_signed_at_talks_take_the_talks_not_a_signing_recalled_before() -> None:
    x = read(
        "21/9/2025\n\nNgày 20/9/2025, tại Thà Khẹc, UBND tỉnh Quảng Trị và chính quyền tỉnh Khăm Muồn đã hội đàm.\n\n"
        "Trước đó, ngày 15/8/2024, Sở Y tế Quảng Bình và Sở Y tế Khăm Muồn đã ký Biên bản ghi nhớ về y tế.\n\n"
        "Kết thúc hội đàm, các bên đã ký kết:\n\n"
        "1. Biên bản hội đàm giữa UBND tỉnh Quảng Trị và chính quyền tỉnh Khăm Muồn;\n\n"
        "2. Kế hoạch hợp tác năm 2026 giữa UBND tỉnh Quảng Trị và chính quyền tỉnh Khăm Muồn."
    )
    assert sorted((a.title, a.date) for a in x.agreements) == [
        ("Biên bản ghi nhớ về y tế", "2024-08-15"),
        ("Biên bản hội đàm", "2025-09-20"),
        ("Kế hoạch hợp tác năm 2026", "2025-09-20"),
    ]


def test_an_items_number_ends_no_sentence() -> None:
    text = "Các bên đã ký kết:\n1. Biên bản hội đàm giữa hai tỉnh;\nII. Kế hoạch hợp tác năm 2026."
    assert [s.text for s in split_sentences(text)] == [
        "Các bên đã ký kết:",
        "1. Biên bản hội đàm giữa hai tỉnh;",
        "II. Kế hoạch hợp tác năm 2026.",
    ]


def test_a_paper_recalled_with_who_signed_it_and_when_holds_no_ceremony_of_its_own() -> None:
    x = read(
        "26/9/2025\n\nNgày 25/9, UBND tỉnh Phú Thọ và Chính quyền tỉnh Viêng Chăn đã hội đàm tại Phôn-hồng.\n\n"
        "Thỏa thuận hợp tác giai đoạn 2023 - 2027 do UBND tỉnh Hòa Bình và Chính quyền tỉnh Viêng Chăn ký kết vào "
        "tháng 11/2022 tại thành phố Hòa Bình."
    )
    assert [e.event_type.value for e in x.events] == ["talks"]
    assert [(a.title, a.date) for a in x.agreements] == [("Thỏa thuận hợp tác giai đoạn 2023 - 2027", "2022-11")]


def test_at_that_conference_is_the_one_the_sentence_before_recalled() -> None:
    x = read(
        "20/12/2025\n\nNgày 19/12, tại Savannakhet, hai tỉnh Quảng Trị và Savannakhet tổ chức hội nghị tổng kết hợp "
        "tác năm 2025.\n\n"
        "Được biết, hội nghị tổng kết hợp tác năm 2024 được tổ chức vào tháng 12/2024 tại Đông Hà. Tại hội nghị đó, "
        "UBND tỉnh Quảng Trị và Chính quyền tỉnh Savannakhet đã ký biên bản thỏa thuận hợp tác năm 2025."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Biên bản thỏa thuận hợp tác năm 2025", "2024-12")]


def test_a_course_closed_or_opened_by_a_body_is_a_meeting() -> None:
    x = read(
        "21/9/2024\n\nChiều 20/9, Sở Khoa học và Công nghệ Hà Tĩnh tổ chức bế giảng lớp bồi dưỡng cho cán bộ tỉnh "
        "Bô-ly-khăm-xay."
    )
    assert [(e.event_type.value, e.date) for e in x.events] == [("other", "2024-09-20")]


def test_a_day_in_a_later_clause_dates_no_meeting_recalled_before_it() -> None:
    x = read(
        "28/3/2025\n\nÔng Trần Văn Khanh nhắc lại, năm 2024, đoàn đại biểu tỉnh Thừa Thiên Huế đã sang hội đàm với "
        "lãnh đạo tỉnh Sa-la-van; kể từ ngày 1/1/2025, Huế trở thành thành phố trực thuộc Trung ương."
    )
    assert all(e.date != "2025-01-01" for e in x.events)


def test_bodies_invited_to_register_for_a_forum_attend_none_yet() -> None:
    x = read(
        "3/3/2026\n\nTrước đó, ngày 25/2, Bộ Khoa học và Công nghệ đã có văn bản mời các bộ, ngành và địa phương đăng "
        "ký tham gia diễn đàn."
    )
    assert x.events == []


def test_a_merged_province_and_its_successor_are_one_side_and_the_successor_inherits_its_partners() -> None:
    x = read(
        "Tin\n\nChủ tịch UBND tỉnh khẳng định, tỉnh Ninh Bình kế thừa quan hệ hợp tác hữu nghị của tỉnh Nam Định (cũ) "
        "với tỉnh Hủa Phăn, cũng như quan hệ hữu nghị của tỉnh Hà Nam (cũ) với tỉnh Xiêng Khoảng."
    )
    assert sorted((p.a, p.b) for p in x.partnerships) == [
        ("province:LA-HO", "province:VN-nam-dinh"),
        ("province:LA-HO", "province:VN-ninh-binh"),
        ("province:LA-XI", "province:VN-ha-nam"),
        ("province:LA-XI", "province:VN-ninh-binh"),
    ]


def test_a_recalled_meeting_of_the_two_departments_is_held_by_the_two_the_article_reports() -> None:
    x = read(
        "6/12/2023\n\nNgày 5/12, tại Hà Tĩnh, Sở Khoa học và Công nghệ Hà Tĩnh và Sở Công nghệ và Truyền thông tỉnh "
        "Bô-ly-khăm-xay tổ chức hội nghị tổng kết hợp tác.\n\n"
        "Năm 2021, do dịch bệnh, các đoàn không thể đi lại. Ngày 22/9/2021, hai sở đã tổ chức cuộc họp trực tuyến "
        "đánh giá giữa kỳ."
    )
    online = next(e for e in x.events if e.event_type is EventType.ONLINE_MEETING)
    assert (online.date, sorted(p.ref for p in online.participants)) == (
        "2021-09-22",
        ["Sở Công nghệ và Truyền thông tỉnh Bô-ly-khăm-xay", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
    )


def test_now_and_still_end_a_bodys_name_and_a_paper_said_to_expire_is_the_one_named_before() -> None:
    x = read(
        "5/9/2024\n\nTrường Đại học Vinh và Đại học Quốc gia Lào đã ký thỏa thuận hợp tác từ năm 2019. Trường Đại học "
        "Vinh hiện có hơn 300 lưu học sinh Lào.\n\n"
        "Theo Hiệu trưởng, thỏa thuận năm 2019 sẽ hết hạn vào cuối năm nay."
    )
    assert sorted(o.name for o in x.orgs) == ["Đại học Quốc gia Lào", "Đại học Vinh"]
    assert [(a.title, a.date) for a in x.agreements] == [("Thỏa thuận hợp tác", "2019")]


def test_a_province_given_to_before_with_is_no_subject_of_the_cooperation_after_it() -> None:
    x = read(
        "Tin\n\nTrong năm qua, Sở Khoa học và Công nghệ tỉnh Điện Biên đã chuyển giao cho tỉnh Phông-xa-lỳ quy trình "
        "trồng chè; đồng thời phối hợp với tỉnh Luông Pha-bang khảo sát nguồn gen cây dược liệu."
    )
    assert ("province:LA-LP", "province:LA-PH") not in {(p.a, p.b) for p in x.partnerships}


def test_a_mass_organisations_branch_is_one_body_with_or_without_tinh_and_its_abbreviation() -> None:
    keys = {o.key for o in find_orgs("Hội LHPN Hà Tĩnh, Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh và Hội CCB Hà Tĩnh.")}
    assert keys == {"Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "Hội Cựu chiến binh tỉnh Hà Tĩnh"}


def test_a_headlines_signed_cooperation_is_the_paper_the_body_names() -> None:
    x = read(
        "Hội Nông dân Hà Tĩnh và Hội Nông dân tỉnh Khăm Muồn ký kết hợp tác giai đoạn 2025 - 2028\n\n"
        "Ngày 9/4/2025, tại Hà Tĩnh, Hội Nông dân tỉnh Hà Tĩnh và Hội Nông dân tỉnh Khăm Muồn đã ký biên bản ghi nhớ"
        " hợp tác giai đoạn 2025 - 2028."
    )
    assert [(a.title, a.date) for a in x.agreements] == [
        ("Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2028", "2025-04-09")
    ]


def test_papers_signed_after_the_session_take_its_day_not_that_of_a_session_recalled_after_it() -> None:
    x = read(
        "Chiều 20/3/2026, tại Hà Nội, Bộ trưởng Bộ Y tế Trần Văn Bình và Bộ trưởng Bộ Y tế Lào Khăm-phon Vi-lay"
        " đồng chủ trì Hội nghị lần thứ 9 Ủy ban hợp tác y tế.\n\n"
        "Nghị định thư về y tế cổ truyền, được ký tại Hội nghị lần thứ 8 ở Viêng Chăn tháng 3/2025, đã được hai"
        " bên triển khai.\n\n"
        "Ngay sau Hội nghị, hai Bộ trưởng chứng kiến lễ ký kết các văn kiện.\n\n"
        "Cục trưởng Cục Quản lý Khám chữa bệnh Lê Văn Hòa và Cục trưởng Cục Chữa bệnh Lào Xổm-xắc Bun-thạ ký"
        " Kế hoạch hợp tác năm 2026 giữa hai Cục."
    )
    plan = next(a for a in x.agreements if a.title.startswith("Kế hoạch"))
    assert plan.date == "2026-03-20"


def test_a_treaty_between_the_two_governments_recalled_with_its_month_is_theirs() -> None:
    x = read(
        "Ngày 14/1/2026, hai Thủ tướng hội đàm tại Viêng Chăn.\n\n"
        "Hiệp định về hợp tác giáo dục giữa hai Chính phủ, được ký tại Hà Nội tháng 2/2025, đã có hiệu lực."
    )
    assert [(a.date, sorted(a.parties)) for a in x.agreements] == [
        ("2025-02", [("country", "country:LA"), ("country", "country:VN")])
    ]


def test_a_treaty_the_headline_says_the_countries_signed_is_the_one_their_governments_sign() -> None:
    x = read(
        "Việt Nam - Lào ký Hiệp định hợp tác giáo dục giai đoạn 2026 - 2030\n\n"
        "Chiều 14/1/2026, tại Viêng Chăn, Phó Thủ tướng Lê Văn An và Phó Thủ tướng Lào Xổm-xay Vông-phết ký Hiệp"
        " định hợp tác giáo dục giai đoạn 2026 - 2030 giữa Chính phủ Việt Nam và Chính phủ Lào."
    )
    assert len(x.agreements) == 1
    assert {kind for kind, _ in x.agreements[0].parties} == {"org"}


def test_two_bodies_named_by_the_words_they_share_are_the_papers_sides() -> None:
    x = read(
        "Chiều 5/6/2025, tại Hà Nội, Học viện Chính trị quốc gia Hồ Chí Minh và Học viện Chính trị và Hành chính"
        " quốc gia Lào hội đàm, có Sở Nội vụ tỉnh Nghệ An và Sở Nội vụ tỉnh Xiêng Khoảng dự.\n\n"
        "Hai bên đánh giá việc thực hiện Thỏa thuận hợp tác giữa hai Học viện Chính trị giai đoạn 2021 - 2025, ký"
        " tại Viêng Chăn tháng 4/2021."
    )
    paper = next(a for a in x.agreements if a.date == "2021-04")
    assert {o.country for o in x.orgs if ("org", o.key) in paper.parties} == {"VN", "LA"}
    assert all(ref.startswith("Học viện") for _, ref in paper.parties)


def test_how_a_paper_was_signed_is_no_word_of_its_name() -> None:
    x = read(
        "Sáng 9/9/2025, Trung ương Đoàn TNCS Hồ Chí Minh và Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào tổ"
        " chức lễ ký kết trực tuyến Chương trình hợp tác về chuyển đổi số giai đoạn 2025 - 2028, có Tỉnh Đoàn Nghệ"
        " An và Tỉnh Đoàn Hà Tĩnh dự.\n\n"
        "Anh Lê Văn Tâm và anh Xổm-phon Vi-lay đã ký Chương trình hợp tác qua hình thức trực tuyến."
    )
    assert [a.title for a in x.agreements] == ["Chương trình hợp tác về chuyển đổi số giai đoạn 2025 - 2028"]


def test_pairs_signing_in_turn_in_one_sentence_pair_only_with_their_own() -> None:
    x = read(
        "Ngày 2/10/2025, tại lễ ký, Hội Nông dân tỉnh Nghệ An và Hội Nông dân tỉnh Xiêng Khoảng ký Biên bản ghi nhớ"
        " hợp tác giữa Hội Nông dân tỉnh Nghệ An và Hội Nông dân tỉnh Xiêng Khoảng; Hội Nông dân tỉnh Thanh Hóa và"
        " Hội Nông dân tỉnh Hủa Phăn ký Kế hoạch phối hợp năm 2026 giữa hai tổ chức Hội."
    )
    pairs = {tuple(sorted((p.a, p.b))) for p in x.partnerships}
    assert pairs == {
        ("province:LA-XI", "province:VN-nghe-an"),
        ("province:LA-HO", "province:VN-thanh-hoa"),
    }


def test_a_meeting_found_on_its_closing_day_opened_on_the_first_day_of_the_span_told_next() -> None:
    x = read(
        "Chiều 21/10/2025, tại Hà Nội, Hội thảo khoa học Việt Nam - Lào về nông nghiệp số đã bế mạc.\n\n"
        "Hội thảo diễn ra trong hai ngày 20 và 21/10 với sự tham dự của Bộ Nông nghiệp và Môi trường và Bộ Nông"
        " Lâm nghiệp Lào."
    )
    assert [(e.event_type, e.date, e.end_date) for e in x.events] == [(EventType.WORKSHOP, "2025-10-20", "2025-10-21")]


def test_talks_held_aside_a_conference_of_many_days_are_a_meeting_of_their_own() -> None:
    x = read(
        "Hội nghị hợp tác giáo dục Việt Nam - Lào diễn ra từ ngày 20 đến 21/10/2025 tại Viêng Chăn.\n\n"
        "Chiều 20/10, bên lề Hội nghị, Bộ trưởng Bộ Giáo dục và Đào tạo Lê Văn Hải đã hội đàm với Bộ trưởng Bộ"
        " Giáo dục và Thể thao Lào Phon-xay Khăm-ma."
    )
    assert sorted((e.event_type.value, e.date) for e in x.events) == [
        ("conference", "2025-10-20"),
        ("talks", "2025-10-20"),
    ]


def test_a_day_heading_that_signs_names_the_paper_its_section_tells_further_down() -> None:
    x = read(
        "Thanh Hóa - Hủa Phăn: mở rộng hợp tác\n\n"
        "Từ ngày 3 đến 5/3/2026, đoàn công tác tỉnh Thanh Hóa do Phó Chủ tịch UBND tỉnh Lê Văn Minh làm trưởng đoàn"
        " đã thăm và làm việc tại tỉnh Hủa Phăn.\n\n"
        "Ngày 3/3: Làm việc với Đại sứ quán\n\n"
        "Chiều 3/3, đoàn đã làm việc với Đại sứ quán Việt Nam tại Lào và Trường Cao đẳng Sư phạm tỉnh Hủa Phăn.\n\n"
        "Ngày 4/3: Ký thỏa thuận hợp tác giai đoạn 2026 - 2030\n\n"
        "Sáng 4/3, lãnh đạo hai tỉnh đã hội đàm tại thị xã Sầm Nưa.\n\n"
        "Hai bên điểm lại kết quả hợp tác năm 2025.\n\n"
        "Tỉnh Hủa Phăn đề nghị tỉnh Thanh Hóa hỗ trợ đào tạo nghề.\n\n"
        "Tỉnh Thanh Hóa đề nghị phối hợp quản lý biên giới.\n\n"
        "Hai bên thống nhất tăng cường trao đổi đoàn.\n\n"
        "Hai bên cũng trao đổi về du lịch.\n\n"
        "Tỉnh Hủa Phăn cảm ơn tỉnh Thanh Hóa đã hỗ trợ xây trường học.\n\n"
        "Tỉnh Thanh Hóa mời đoàn tỉnh Hủa Phăn dự lễ hội du lịch biển.\n\n"
        "Kết thúc hội đàm, Phó Chủ tịch Lê Văn Minh và Phó Tỉnh trưởng Xổm-phết In-thạ ký Biên bản thỏa thuận"
        " hợp tác giữa UBND tỉnh Thanh Hóa và Chính quyền tỉnh Hủa Phăn giai đoạn 2026 - 2030."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Biên bản thỏa thuận hợp tác", "2026-03-04")]


def test_at_the_session_is_the_one_told_just_before_not_the_first_of_the_trip() -> None:
    x = read(
        "Chiều 12/1/2026, đoàn làm việc với Đại sứ quán Việt Nam tại Lào.\n\n"
        "Sáng 14/1, đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Viêng Chăn.\n\n"
        "Hai bên trao đổi về học bổng cho học sinh.\n\n"
        "Tại buổi làm việc, Trường Đại học Hùng Vương và Trường Cao đẳng Kỹ thuật tỉnh Viêng Chăn đã ký Biên bản ghi"
        " nhớ hợp tác đào tạo."
    )
    assert [a.date for a in x.agreements] == ["2026-01-14"]


def test_the_two_provinces_a_sentence_has_just_named_are_its_hai_tinh() -> None:
    x = read(
        "Tháng 12/2024, Sở Y tế tỉnh Hà Tĩnh và Sở Y tế tỉnh Khăm Muồn ký biên bản ghi nhớ hợp tác.\n\n"
        "Tháng 8/2025, Sở Khoa học và Công nghệ tỉnh Quảng Bình phối hợp với Sở Công nghệ và Truyền thông tỉnh"
        " Sa-vẳn-na-khẹt tổ chức Ngày hội khởi nghiệp tại Đồng Hới, thu hút hơn 30 dự án của thanh niên hai tỉnh."
    )
    fair = next(e for e in x.events if e.date == "2025-08")
    assert {p.ref for p in fair.participants if p.kind == "province"} == {
        "province:VN-quang-binh",
        "province:LA-SV",
    }


@pytest.mark.parametrize(
    "name",
    [
        "Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh Hà Tĩnh",
        "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang",
    ],
)
def test_an_economic_zones_authority_is_named_whole(name: str) -> None:
    assert bodies(f"Sáng 3/4, {name} làm việc với Sở Công Thương tỉnh Khăm Muồn.")[0][0] == name


def test_a_twinning_record_is_a_paper_and_committing_to_work_together_is_none() -> None:
    x = read(
        "Ngày 20/11/2025, tại xã Na Mèo, ông Lò Văn Sáu, Chủ tịch UBND xã Na Mèo và ông Khăm-phon Xay-xa-na,"
        " Trưởng bản Sốp Hao đã ký biên bản kết nghĩa giữa UBND xã Na Mèo và Ban lãnh đạo bản Sốp Hao, cam kết phối"
        " hợp giữ gìn an ninh biên giới."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Biên bản kết nghĩa", "2025-11-20")]


def test_a_province_signing_with_several_of_the_other_country_signs_one_paper_with_each() -> None:
    x = read(
        "Đến nay, thành phố Cần Thơ đã ký kết biên bản ghi nhớ hợp tác với các tỉnh Sa-la-van, Chăm-pa-xắc và"
        " Át-tạ-pư của Lào."
    )
    assert sorted(sorted(ref for _, ref in a.parties) for a in x.agreements) == [
        ["province:LA-AT", "province:VN-can-tho"],
        ["province:LA-CH", "province:VN-can-tho"],
        ["province:LA-SL", "province:VN-can-tho"],
    ]


def test_a_paper_of_three_sides_stays_one() -> None:
    x = read("Ngày 5/6/2025, tỉnh Quảng Trị đã ký biên bản hợp tác ba bên với tỉnh Sa-vẳn-na-khẹt và tỉnh Sa-la-van.")
    assert len(x.agreements) == 1


def test_the_paper_a_new_one_follows_on_from_was_signed_in_its_own_month() -> None:
    x = read(
        "Sáng 2/10/2025, Trường Đại học Vinh ký Biên bản ghi nhớ với Trường Đại học Xu-pha-nu-vông giai đoạn"
        " 2025 - 2029. Biên bản ghi nhớ được ký lần này tiếp nối Chương trình hợp tác giai đoạn 2020 - 2024 mà hai"
        " trường đã ký kết vào tháng 3/2020."
    )
    assert sorted((a.title, a.date) for a in x.agreements) == [
        ("Biên bản ghi nhớ", "2025-10-02"),
        ("Chương trình hợp tác giai đoạn 2020 - 2024", "2020-03"),
    ]


def test_officials_named_with_their_ministries_then_a_shared_post_sign_what_follows() -> None:
    x = read(
        "Chiều 14/2/2026, tại Hà Nội, Bộ trưởng Bộ Xây dựng Việt Nam Lê Minh Tâm và Bộ trưởng Bộ Công chính và"
        " Vận tải Lào Xổm-xắc Phôm-mi, Chủ tịch hai Tiểu ban hợp tác, đã ký Biên bản ghi nhớ về nhà ở xã hội."
    )
    assert [a.signers for a in x.agreements] == [["Lê Minh Tâm", "Xổm-xắc Phôm-mi"]]


def test_a_years_plan_handed_over_with_the_talks_minutes_is_a_paper_of_its_own() -> None:
    x = read(
        "Ngày 9/11/2025, tại Phôn-xạ-vẳn, tỉnh Nghệ An và tỉnh Xiêng Khoảng hội đàm.\n\n"
        "Kết thúc hội đàm, ông Trần Văn Hải và ông Bun-mi Xay-na-vông đã ký Biên bản hội đàm giữa hai tỉnh.\n\n"
        "Dịp này, Sở Y tế tỉnh Nghệ An và Sở Y tế tỉnh Xiêng Khoảng đã trao Kế hoạch hợp tác năm 2026 về y tế"
        " cơ sở."
    )
    assert sorted(a.title for a in x.agreements) == ["Biên bản hội đàm", "Kế hoạch hợp tác năm 2026 về y tế cơ sở"]


def test_a_paper_still_being_drafted_is_none_yet() -> None:
    x = read(
        "Ngày 4/3/2026, Sở Tư pháp tỉnh Sơn La làm việc với Sở Tư pháp tỉnh Luông Pha-bang.\n\n"
        "Bản ghi nhớ hợp tác giai đoạn 2026 - 2030 giữa hai Sở hiện đang được các phòng chuyên môn dự thảo."
    )
    assert x.agreements == []


def test_a_paper_whose_long_name_is_said_to_go_on_being_carried_out_is_in_force() -> None:
    x = read(
        "Ngày 8/5/2025, Viện Hàn lâm Khoa học và Công nghệ Việt Nam làm việc với Bộ Giáo dục và Thể thao Lào.\n\n"
        "Thỏa thuận hợp tác về đào tạo sau đại học ngành vật liệu và môi trường giai đoạn 2023 - 2027 giữa Viện"
        " Hàn lâm Khoa học và Công nghệ Việt Nam và Bộ Giáo dục và Thể thao Lào tiếp tục được triển khai."
    )
    assert [(a.date, a.period_start) for a in x.agreements] == [(None, "2023")]


def test_papers_a_list_opens_each_with_its_sides_and_day_are_each_one() -> None:
    x = read(
        "Ngày 3/11/2025, Sở Y tế tỉnh Nghệ An làm việc với Sở Y tế tỉnh Hủa Phăn.\n\n"
        "Ông Trần Văn Sơn cho biết, Sở sẽ tiếp tục thực hiện các văn bản đã ký, gồm Biên bản ghi nhớ về y tế dự phòng"
        " giữa Bệnh viện Hữu nghị Đa khoa tỉnh Nghệ An và Bệnh viện Đa khoa tỉnh Hủa Phăn ký tháng 5/2023, và Thỏa"
        " thuận hợp tác về đào tạo điều dưỡng giữa Trường Cao đẳng Y tế Nghệ An và Sở Y tế tỉnh Hủa Phăn ký năm 2021."
    )
    assert sorted(a.date for a in x.agreements) == ["2021", "2023-05"]


def test_a_bond_stated_after_a_signing_pairs_only_its_own_provinces() -> None:
    x = read(
        "Chủ tịch UBND tỉnh cho biết, tỉnh Quảng Ngãi và tỉnh Át-tạ-pư đã ký thỏa thuận hợp tác; tỉnh Kon Tum (cũ)"
        " cũng có quan hệ hợp tác truyền thống với tỉnh Xê Kông."
    )
    assert {(p.a, p.b) for p in x.partnerships if p.basis == "statement"} == {("province:LA-XE", "province:VN-kon-tum")}


def test_a_paper_said_signed_by_its_sides_in_a_month_gone_by_is_dated_so() -> None:
    x = read(
        "Ngày 20/11/2025, lớp tập huấn khai giảng tại tỉnh Xê Kông.\n\n"
        "Lớp học thuộc Kế hoạch hợp tác năm 2025 được tỉnh Quảng Nam (cũ) và tỉnh Xê Kông ký kết hồi tháng 2/2025."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Kế hoạch hợp tác năm 2025", "2025-02")]


def test_the_body_whose_seat_receives_a_meeting_takes_part_in_it() -> None:
    x = read(
        "Chiều 7/5/2025, tại trụ sở Bộ Giáo dục và Thể thao Lào ở Thủ đô Viêng Chăn, Thứ trưởng Khăm-xay Vông-xa"
        " đã làm việc với đoàn công tác của Bộ Giáo dục và Đào tạo Việt Nam."
    )
    (session,) = x.events
    assert ("org", "Bộ Giáo dục và Thể thao Lào") in {(p.kind, p.ref) for p in session.participants}


def test_a_building_named_as_the_seat_takes_no_part() -> None:
    x = read(
        "Sáng 3/2/2026, tại trụ sở Trung tâm Hành chính thành phố, Chủ tịch UBND thành phố Đà Nẵng đã tiếp đoàn"
        " tỉnh Xê Kông."
    )
    assert not any(p.ref.startswith("Trung tâm Hành chính") for e in x.events for p in e.participants)


def test_the_two_provinces_carrying_out_what_a_paper_holds_are_its_sides() -> None:
    x = read(
        "Ngày 30/1/2025, lãnh đạo tỉnh Quảng Trị tiếp đoàn tỉnh Sa-vẳn-na-khẹt sang chúc Tết.\n\n"
        "Quảng Trị sẽ cùng Sa-vẳn-na-khẹt thực hiện các nội dung trong biên bản ghi nhớ đã ký, vì sự phát triển"
        " kinh tế hai tỉnh."
    )
    assert [sorted(ref for _, ref in a.parties) for a in x.agreements] == [["province:LA-SV", "province:VN-quang-tri"]]


def test_a_paper_carried_out_is_dated_by_the_day_in_its_name() -> None:
    x = read(
        "Thực hiện các nội dung trong Biên bản ghi nhớ ngày 12/3/2025 về hợp tác giữa hai tỉnh Ninh Bình và Hưng"
        " Yên, ngày 2/6/2025, đoàn công tác Sở Y tế tỉnh Ninh Bình làm việc với Sở Y tế tỉnh Hưng Yên."
    )
    assert [a.date for a in x.agreements] == ["2025-03-12"]


def test_the_meeting_a_guest_came_over_for_is_the_frame_of_the_reception_that_day() -> None:
    x = read(
        "Chiều 4/6/2025, tại Hà Nội, Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Văn Hòa đã tiếp Tỉnh trưởng tỉnh"
        " Chăm-pa-xắc Xỉ-xay Lư-đết, nhân dịp đồng chí sang Việt Nam dự hội nghị xúc tiến đầu tư của Chính phủ."
    )
    reception = next(e for e in x.events if e.event_type.value == "reception")
    assert reception.date == "2025-06-04"


def test_one_the_host_sends_greetings_to_takes_no_part() -> None:
    x = read(
        "Sáng 9/4/2025, Tổng Lãnh sự Nguyễn Văn Hải tiếp Phó Tỉnh trưởng tỉnh Sa-la-van Bun-mi Chăn-tha-vông."
        " Nhân dịp này, Tổng Lãnh sự gửi lời thăm hỏi sức khỏe tới đồng chí Khăm-phăn Xỉ-thi-đăm, Tỉnh trưởng tỉnh"
        " Sa-la-van."
    )
    (reception,) = x.events
    assert "Khăm-phăn Xỉ-thi-đăm" not in {p.ref for p in reception.participants}


def test_a_meeting_held_aside_a_one_day_conference_opening_its_sentence_is_its_own_that_day() -> None:
    x = read(
        "Ngày 14/3/2025, tại thành phố Xay-nha-bu-ly, tỉnh Xay-nha-bu-ly tổ chức Hội nghị xúc tiến đầu tư.\n\n"
        "Bên lề hội nghị, Phó Tỉnh trưởng Bun-thong Xi-ha-chắc đã tiếp Phó Chủ tịch UBND tỉnh Phú Thọ Lê Văn Minh."
    )
    reception = next(e for e in x.events if e.event_type.value == "reception")
    assert (reception.date, reception.location) == ("2025-03-14", "thành phố Xay-nha-bu-ly")
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-XA", "province:VN-phu-tho")}


def test_the_same_day_is_the_last_day_told_not_a_month_recalled_or_a_day_planned() -> None:
    x = read(
        "Chiều 5/3/2025, tại Viêng Chăn, Tổng công ty A và Công ty B của Lào đã ký Biên bản ghi nhớ hợp tác.\n\n"
        "Đoàn tỉnh Xê Kông sẽ đến Hà Nội vào sáng 9/3.\n\n"
        "Theo ông Bun-mi, vào tháng 8/2023, Công ty B cũng đã ký thỏa thuận với một đối tác Thái Lan.\n\n"
        "Trước đó, sáng cùng ngày, Thứ trưởng Nguyễn Văn Tâm đã làm việc với ông Bun-xổm Phôm-ma-chắc, Bộ trưởng"
        " Bộ Công nghệ và Truyền thông Lào."
    )
    session = next(e for e in x.events if e.event_type.value == "working_session")
    assert session.date == "2025-03-05"


def test_a_gathering_that_counts_several_provinces_on_each_side_pairs_none_of_them() -> None:
    x = read(
        "Ngày 6/11/2025, tại Huế, Bộ Khoa học và Công nghệ tổ chức Hội nghị hợp tác khoa học giữa các địa phương"
        " biên giới hai nước.\n\n"
        "Tham dự hội nghị có lãnh đạo Sở Khoa học và Công nghệ của 10 tỉnh Việt Nam và lãnh đạo Sở Công nghệ và"
        " Truyền thông của 9 tỉnh Lào.\n\n"
        "Tại hội nghị, ông Hà Văn Tư, Giám đốc Sở Khoa học và Công nghệ tỉnh Sơn La và ông Bun-lai Xỉ-xa-vạt, Giám"
        " đốc Sở Công nghệ và Truyền thông tỉnh U-đôm-xay trình bày tham luận."
    )
    assert x.partnerships == []


def test_papers_counted_at_a_meeting_of_many_provinces_are_not_every_ones() -> None:
    x = read(
        "Ngày 6/11/2025, tại Huế, hội nghị của các tỉnh biên giới có Sở Khoa học và Công nghệ tỉnh Sơn La, Sở Khoa"
        " học và Công nghệ tỉnh Điện Biên, Sở Công nghệ và Truyền thông tỉnh U-đôm-xay và Sở Công nghệ và Truyền"
        " thông tỉnh Phông-xa-lỳ tham dự.\n\n"
        "Trong khuôn khổ hội nghị đã diễn ra lễ ký kết 3 văn bản hợp tác."
    )
    assert all(len(a.parties) <= 2 for a in x.agreements)


def test_one_body_signing_with_each_of_several_provinces_signs_one_paper_with_each() -> None:
    x = read(
        "Thứ Năm, 12/6/2025 08:30\n\n"
        "Sáng nay, lớp bồi dưỡng khai giảng tại Vinh.\n\n"
        "Lớp học nằm trong Kế hoạch hợp tác năm 2025 mà UBND tỉnh Hà Tĩnh đã ký riêng với chính quyền từng tỉnh"
        " Khăm Muồn và Bô-ly-khăm-xay vào đầu năm nay."
    )
    assert sorted((a.date, sorted(ref for kind, ref in a.parties if kind == "province")) for a in x.agreements) == [
        ("2025", ["province:LA-BL", "province:VN-ha-tinh"]),
        ("2025", ["province:LA-KH", "province:VN-ha-tinh"]),
    ]


def test_a_bare_this_year_dates_nothing() -> None:
    x = read("Ngày 2/5/2025, Sở Khoa học và Công nghệ tỉnh Kon Tum cho biết diễn đàn năm nay sẽ có nhiều điểm mới.")
    assert not any(e.date == "2025" for e in x.events)


def test_the_provinces_a_speaker_told_of_at_a_meeting_take_no_part_in_it() -> None:
    x = read(
        "Từ ngày 1 đến 3/9/2025, đoàn đại biểu tỉnh Lào Cai do ông Vũ Đình Khải dẫn đầu thăm và làm việc tại tỉnh"
        " Phông-xa-lỳ. Chiều 2/9, hai bên đã tổ chức hội đàm.\n\n"
        "Phát biểu tại hội đàm, ông Vũ Đình Khải cho biết, tỉnh Lào Cai mới ra đời từ việc hợp nhất hai tỉnh Lào"
        " Cai và Yên Bái."
    )
    assert not any(p.ref == "province:VN-yen-bai" for e in x.events for p in e.participants)
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-PH", "province:VN-lao-cai")}


def test_the_delegations_earlier_stop_pairs_it_with_that_province_not_with_its_next_one() -> None:
    x = read(
        "Ngày 15/4/2024, Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Lực tiếp đoàn đại biểu tỉnh Hủa Phăn do ông Khăm-phon"
        " Xay-nha-vông, Phó Tỉnh trưởng, làm trưởng đoàn.\n\n"
        "Trước khi đến Nghệ An, ngày 14/4, đoàn đã có buổi làm việc với UBND tỉnh Thanh Hóa về hợp tác đào tạo."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {
        ("province:LA-HO", "province:VN-nghe-an"),
        ("province:LA-HO", "province:VN-thanh-hoa"),
    }


def test_a_city_after_the_hall_or_on_a_route_takes_no_part_in_a_ministries_meeting() -> None:
    x = read(
        "Chiều 4/3/2024, tại Hà Nội, Thứ trưởng Bộ Giao thông vận tải Lê Văn Nam đã có cuộc họp với Thứ trưởng Bộ"
        " Công chính và Vận tải Lào Bun-thoong Xay-nha về dự án tuyến cao tốc Viêng Chăn – Hà Nội. Tham dự cuộc"
        " họp có ông Hồ Văn An, Phó Chủ tịch UBND tỉnh Nghệ An.\n\n"
        "Triển lãm công nghệ Việt – Lào diễn ra từ ngày 9 đến 12/10/2024 tại Trung tâm Triển lãm và Hội nghị Quốc"
        " tế (ITECC), Thủ đô Viêng Chăn, với hơn 100 gian hàng.\n\n"
        "Triển lãm do Bộ Khoa học và Công nghệ cùng Bộ Công nghệ và Truyền thông Lào đứng ra tổ chức. Tham"
        " gia triển lãm có đoàn doanh nghiệp tỉnh Hà Tĩnh do Sở Khoa học và Công nghệ tỉnh Hà Tĩnh tổ chức."
    )
    assert x.partnerships == []


def test_a_paper_in_force_said_signed_between_its_sides_in_a_month_is_dated_so_and_named_short() -> None:
    x = read(
        "Ngày 8/5/2024, Sở Y tế tỉnh Thanh Hóa làm việc với Sở Y tế tỉnh Hủa Phăn để đánh giá kết quả thực hiện Thỏa"
        " thuận hợp tác giai đoạn 2021 - 2025 và bàn kế hoạch năm sau.\n\n"
        "Hai bên thống nhất tiếp tục triển khai Thỏa thuận hợp tác giai đoạn 2021 - 2025 đã ký giữa Sở Y tế hai"
        " tỉnh vào tháng 12/2020."
    )
    assert [(a.title, a.date) for a in x.agreements] == [("Thỏa thuận hợp tác giai đoạn 2021 - 2025", "2020-12")]


def test_a_paper_signed_in_one_clause_takes_no_sides_counted_in_the_next_or_in_the_lead() -> None:
    x = read(
        "Sáng 2/10/2025, Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Lào.\n\n"
        "Tỉnh Lạng Sơn nay có quan hệ với các tỉnh bạn: tỉnh Cao Bằng (cũ) đã ký thỏa thuận hợp tác giai đoạn"
        " 2022 - 2026 với tỉnh Luông Nậm Thà; tỉnh Lạng Sơn có quan hệ truyền thống với hai tỉnh U-đôm-xay và"
        " Phông-xa-lỳ."
    )
    assert [sorted(ref for _, ref in a.parties) for a in x.agreements] == [["province:LA-LM", "province:VN-cao-bang"]]


def test_a_headline_of_two_items_a_semicolon_apart_pairs_each_items_own_provinces() -> None:
    x = read(
        "ĐIỂM TIN TUẦN: Đà Nẵng và Sê Kông hợp tác đào tạo nhân lực số; Bắc Ninh thăm tỉnh Viêng Chăn\n\n"
        "Tuần qua có nhiều hoạt động đối ngoại của các địa phương."
    )
    assert {(p.a, p.b) for p in x.partnerships if p.basis == "meeting"} <= {
        ("province:LA-VI", "province:VN-bac-ninh"),
        ("province:LA-XE", "province:VN-da-nang"),
    }


def test_two_online_meetings_of_one_day_between_other_provinces_stay_two() -> None:
    x = read(
        "Thứ Hai, 14/06/2021 - 18:20\n\n"
        "Lai Châu – Phông-xa-lỳ hội đàm trực tuyến\n\n"
        "Chiều 11/6, UBND tỉnh Lai Châu và Chính quyền tỉnh Phông-xa-lỳ tổ chức hội đàm trực tuyến về hợp tác năm"
        " 2021.\n\n"
        "Bình Dương: Hội thảo trực tuyến về nhà máy thông minh\n\n"
        "Ngày 11/6, Sở Khoa học và Công nghệ tỉnh Bình Dương phối hợp với Trường Đại học Thủ Dầu Một tổ chức hội"
        " nghị trực tuyến về nhà máy thông minh."
    )
    sides = [
        {p.ref for p in e.participants if p.kind == "org"} for e in x.events if e.event_type is EventType.ONLINE_MEETING
    ]
    assert sorted(sides, key=len) == [
        {"Chính quyền tỉnh Phông-xa-lỳ", "Ủy ban nhân dân tỉnh Lai Châu"},
        {"Sở Khoa học và Công nghệ tỉnh Bình Dương", "Đại học Thủ Dầu Một"},
    ]


def test_a_meeting_listed_among_a_bulletins_items_takes_no_other_items_provinces() -> None:
    x = read(
        "Bản tin tối 5/5/2023 có các nội dung chính: Sơn La – Luông Pha-bang ký kế hoạch hợp tác; Hội nghị xúc tiến"
        " đầu tư vào nông nghiệp công nghệ cao; Hà Giang và Cao Bằng liên kết phát triển du lịch."
    )
    assert not any(
        p.kind == "province" for e in x.events if e.event_type is EventType.CONFERENCE for p in e.participants
    )


def test_the_two_ends_of_a_ministries_online_session_are_no_sides() -> None:
    x = read(
        "Sáng 9/10/2025, Bộ Khoa học và Công nghệ Việt Nam và Bộ Công nghệ và Truyền thông Lào tổ chức phiên làm việc"
        " trực tuyến giữa hai đầu cầu Hà Nội và Viêng Chăn."
    )
    assert x.partnerships == []


def test_a_bond_of_friendship_and_cooperation_told_before_a_semicolon_is_a_statement_of_its_own() -> None:
    x = read(
        "Ngày 3/10/2025, UBND tỉnh Lào Cai hội đàm với đoàn tỉnh Phông-xa-lỳ.\n\n"
        "Ông A cho biết, Phông-xa-lỳ và Yên Bái (cũ) đã có quan hệ hữu nghị, hợp tác nhiều năm; sau hợp nhất, Lào Cai"
        " có quan hệ hợp tác truyền thống với hai tỉnh U-đôm-xay và Phông-xa-lỳ."
    )
    stated = {(p.a, p.b) for p in x.partnerships if p.basis == "statement"}
    assert ("province:LA-OU", "province:VN-yen-bai") not in stated
    assert ("province:LA-PH", "province:VN-yen-bai") in stated


def test_the_fronts_of_two_provinces_meeting_pair_their_provinces() -> None:
    x = read(
        "Chiều 4/11/2024, Ủy ban MTTQ Việt Nam tỉnh Sơn La tiếp Đoàn đại biểu Ủy ban Mặt trận Lào xây dựng đất nước"
        " tỉnh Hủa Phăn."
    )
    assert ("province:LA-HO", "province:VN-son-la") in {(p.a, p.b) for p in x.partnerships}


@pytest.mark.parametrize(
    ("pair", "lao_side"),
    [
        pytest.param("Bắc Ninh - Viêng Chăn", "province:LA-VI", id="a-province-pairs-the-province"),
        pytest.param("Hà Nội - Viêng Chăn", "province:LA-VT", id="a-city-pairs-the-capital"),
    ],
)
def test_a_capitals_bare_name_dashed_to_a_province_is_the_province_of_that_name(pair: str, lao_side: str) -> None:
    x = read(
        f"{pair} ký kết hợp tác giai đoạn 2024 - 2028\n\n"
        "(Báo Bắc Ninh) - Từ ngày 4 đến 6/6/2024, đoàn công tác tỉnh Bắc Ninh thăm và làm việc tại tỉnh Viêng Chăn"
        " (Lào).\n\n"
        "Ngày 4/6, đoàn đã đến chào Đại sứ quán Việt Nam tại Lào ở Thủ đô Viêng Chăn."
    )
    (paper,) = x.agreements
    assert {ref for _, ref in paper.parties if ref.startswith("province:LA")} == {lao_side}


def test_a_pair_named_between_in_the_next_clause_is_not_the_papers_sides() -> None:
    x = read(
        "Ngày 20/11/2025, hai tỉnh hội đàm tại Pắc-xế.\n\n"
        "Năm 2021, tỉnh Phú Yên (cũ) và tỉnh Sa-la-van đã ký Biên bản ghi nhớ hợp tác; cùng với quan hệ sẵn có giữa"
        " Đắk Lắk và tỉnh Chăm-pa-xắc, đây là nền tảng cho hợp tác mới."
    )
    (paper,) = x.agreements
    assert sorted(ref for _, ref in paper.parties) == ["province:LA-SL", "province:VN-phu-yen"]


def test_a_paper_signed_with_a_body_named_before_the_paper_has_that_body_as_a_side() -> None:
    x = read(
        "Ngày 8/10/2024, tại TP Vinh, bà Lê Thị Mai, Giám đốc Sở Y tế tỉnh Nghệ An cho biết, tháng 3/2021, Sở đã ký"
        " với Sở Y tế tỉnh Xiêng Khoảng Kế hoạch hợp tác giai đoạn 2021 - 2025 về đào tạo điều dưỡng."
    )
    (paper,) = x.agreements
    assert ("org", "Sở Y tế tỉnh Xiêng Khoảng") in paper.parties
    assert ("province:LA-XI", "province:VN-nghe-an") in {(p.a, p.b) for p in x.partnerships}


def test_dashed_couples_named_together_pair_only_within_each_couple() -> None:
    x = read(
        "Theo ông Trần Văn Bình, Nghệ An - Xiêng Khoảng là một trong những cặp tỉnh kết nghĩa lâu năm, cùng với"
        " Hà Tĩnh - Bô-ly-khăm-xay và Sơn La - Hủa Phăn."
    )
    assert {(p.a, p.b) for p in x.partnerships if p.basis == "statement"} == {
        ("province:LA-XI", "province:VN-nghe-an"),
        ("province:LA-BL", "province:VN-ha-tinh"),
        ("province:LA-HO", "province:VN-son-la"),
    }


def test_aid_in_one_item_of_a_semicolon_list_pairs_only_that_items_provinces() -> None:
    x = read(
        "Thứ trưởng dẫn chứng: Sở Nông nghiệp tỉnh Lai Châu và Sở Nông nghiệp tỉnh U-đôm-xay đã trồng thử giống chè"
        " mới; tỉnh Quảng Ngãi hỗ trợ tỉnh Át-tạ-pư xây dựng trạm quan trắc; Gia Lai tặng 40 máy tính cho tỉnh"
        " Chăm-pa-xắc."
    )
    aid = {(p.a, p.b) for p in x.partnerships if p.basis == "support"}
    assert aid == {("province:LA-AT", "province:VN-quang-ngai"), ("province:LA-CH", "province:VN-gia-lai")}


def test_a_session_on_a_day_of_a_conference_is_a_meeting_of_its_own() -> None:
    x = read(
        "Trong hai ngày 5 - 6/9/2023, tại TP Vinh, UBND tỉnh Nghệ An tổ chức Hội nghị xúc tiến thương mại các tỉnh"
        " Bắc Trung Bộ với sự tham dự của Sở Công Thương TP Đà Nẵng.\n\n"
        "Cùng ngày, Sở Công Thương tỉnh Nghệ An cũng đã có buổi làm việc với đoàn Sở Công Thương tỉnh Khăm Muồn."
    )
    assert {e.event_type for e in x.events} >= {EventType.CONFERENCE, EventType.WORKING_SESSION}
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-KH", "province:VN-nghe-an") in pairs
    assert ("province:LA-KH", "province:VN-da-nang") not in pairs


def test_an_observer_at_two_provinces_meeting_is_no_side_of_it() -> None:
    x = read(
        "Ngày 12/5/2025, tại thành phố Pắc-xế, UBND tỉnh Quảng Ngãi và chính quyền tỉnh Chăm-pa-xắc tổ chức hội"
        " nghị đánh giá hợp tác năm 2024.\n\n"
        "Hội nghị cũng có sự tham dự của đại diện Sở Ngoại vụ tỉnh Gia Lai với tư cách quan sát viên."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-CH", "province:VN-quang-ngai") in pairs
    assert ("province:LA-CH", "province:VN-gia-lai") not in pairs


def test_a_province_in_brackets_after_one_of_its_country_is_no_subject_of_the_statement() -> None:
    x = read(
        "Tỉnh Gia Lai (gồm cả địa bàn tỉnh Bình Định trước đây) tiếp tục hợp tác với hai tỉnh Chăm-pa-xắc và Át-tạ-pư."
    )
    assert {(p.a, p.b) for p in x.partnerships if p.basis == "statement"} == {
        ("province:LA-AT", "province:VN-gia-lai"),
        ("province:LA-CH", "province:VN-gia-lai"),
    }


def test_a_border_named_after_every_partner_of_the_statement_cancels_none() -> None:
    x = read(
        "Hiện nay, Lai Châu có quan hệ hợp tác với 2 tỉnh Bắc Lào là U-đôm-xay và Phông-xa-lỳ; trong đó Phông-xa-lỳ"
        " là tỉnh có chung đường biên giới gần nhất."
    )
    assert {(p.a, p.b) for p in x.partnerships if p.basis == "statement"} == {
        ("province:LA-OU", "province:VN-lai-chau"),
        ("province:LA-PH", "province:VN-lai-chau"),
    }


def test_a_nameless_province_as_the_subject_is_the_one_just_spoken_of() -> None:
    x = read(
        "Ông Đỗ Minh Khoa cho biết, Quảng Ngãi luôn tăng cường hợp tác với các địa phương của Lào. Hiện tỉnh đã ký"
        " thỏa thuận hợp tác với hai tỉnh Át-tạ-pư và Xê Kông."
    )
    assert {(p.a, p.b) for p in x.partnerships if p.basis == "statement"} == {
        ("province:LA-AT", "province:VN-quang-ngai"),
        ("province:LA-XE", "province:VN-quang-ngai"),
    }


def test_a_border_shared_with_the_subject_after_the_partners_cancels_none() -> None:
    x = read(
        "Ông Lê Văn Hòa cho biết, Thanh Hóa có quan hệ hợp tác với 2 tỉnh của Lào là Hủa Phăn và Xay-nha-bu-ly;"
        " trong đó Hủa Phăn là tỉnh có đường biên giới chung dài nhất với Thanh Hóa."
    )
    assert {(p.a, p.b) for p in x.partnerships if p.basis == "statement"} == {
        ("province:LA-HO", "province:VN-thanh-hoa"),
        ("province:LA-XA", "province:VN-thanh-hoa"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Dịp này, tỉnh Gia Lai cũng đang xúc tiến thiết lập quan hệ hợp tác với tỉnh Chăm-pa-xắc.",
            id="working-towards-a-bond",
        ),
        pytest.param(
            "Tỉnh Gia Lai sẽ tiếp tục hợp tác với tỉnh Át-tạ-pư, đồng thời mong muốn mở rộng quan hệ với tỉnh"
            " Chăm-pa-xắc trong lĩnh vực du lịch.",
            id="a-wish-after-a-bond",
        ),
    ],
)
def test_a_bond_still_sought_pairs_nobody(sentence: str) -> None:
    x = read(sentence)
    assert ("province:LA-CH", "province:VN-gia-lai") not in {(p.a, p.b) for p in x.partnerships}


def test_a_place_told_by_what_it_lies_next_to_is_no_partner() -> None:
    x = read(
        "Năm 2019, tỉnh Nam Định thiết lập quan hệ hợp tác với một địa phương nằm sát thủ đô Viêng Chăn để mở rộng"
        " giao thương."
    )
    assert ("province:LA-VT", "province:VN-nam-dinh") not in {(p.a, p.b) for p in x.partnerships}


def test_connection_points_of_a_signing_between_two_hospitals_are_no_sides() -> None:
    x = read(
        "Sáng 9/5/2024, Bệnh viện Chợ Rẫy và Bệnh viện Mít-ta-pháp khai trương hệ thống hội chẩn trực tuyến tại hai"
        " điểm cầu TP Hồ Chí Minh và Thủ đô Viêng Chăn, đồng thời ký kết biên bản ghi nhớ hợp tác giai đoạn"
        " 2024 - 2027."
    )
    assert not x.partnerships


def test_a_statement_after_a_semicolon_has_its_own_parts_subject() -> None:
    x = read(
        "Điểm tin: Đoàn tỉnh Bô-ly-khăm-xay thăm tỉnh Hà Tĩnh; Quảng Ngãi tiếp nhận quan hệ kết nghĩa với Át-tạ-pư."
    )
    stated = {(p.a, p.b) for p in x.partnerships if p.basis == "statement"}
    assert stated == {("province:LA-AT", "province:VN-quang-ngai")}


def test_a_digest_items_place_in_capitals_is_no_side_of_its_paper() -> None:
    x = read(
        "NGHỆ AN – Ngày 12/4/2023, Trường Đại học Vinh và Sở Giáo dục và Thể thao tỉnh Xiêng Khoảng đã ký thỏa thuận"
        " hợp tác đào tạo giai đoạn 2023 - 2027."
    )
    assert not x.partnerships
    assert [p.aside for p in x.provinces if p.node_id == "province:VN-nghe-an"] == [False]  # still a place


def test_between_reads_to_the_end_of_its_part_when_that_names_both_sides() -> None:
    x = read(
        "Ông cho biết, tuần trước ông đã dự buổi tổng kết hợp tác giữa tỉnh Nghệ An và tỉnh Xiêng Khoảng; còn tỉnh"
        " Hà Tĩnh và tỉnh Bô-ly-khăm-xay vừa sơ kết thỏa thuận."
    )
    stated = {(p.a, p.b) for p in x.partnerships if p.basis == "statement"}
    assert ("province:LA-XI", "province:VN-nghe-an") in stated
    assert ("province:LA-BL", "province:VN-nghe-an") not in stated
    assert ("province:LA-XI", "province:VN-ha-tinh") not in stated


def test_a_paper_signed_after_its_name_in_a_list_item_has_that_items_sides() -> None:
    x = read(
        "Ngày 5/10/2022, tại Viêng Chăn, hội nghị tổng kết đã điểm lại kết quả: Sở Y tế Hà Tĩnh đã phối hợp với Sở"
        " Y tế tỉnh Khăm Muồn khám bệnh cho người dân; Sở Y tế Lai Châu, trên cơ sở biên bản ghi nhớ ký với Sở Y"
        " tế tỉnh U-đôm-xay năm 2020, đã đào tạo 30 điều dưỡng."
    )
    paper = next(a for a in x.agreements if "ghi nhớ" in a.title.lower())
    assert {ref for _, ref in paper.parties} >= {"Sở Y tế tỉnh U-đôm-xay"}
    assert "Sở Y tế tỉnh Khăm Muồn" not in {ref for _, ref in paper.parties}


def test_a_meeting_recalled_on_another_day_with_its_sides_named_borrows_no_delegation() -> None:
    x = read(
        "Chiều 25/4/2024, Phó Chủ tịch UBND tỉnh Gia Lai Trần Văn Long tiếp ông Bun-mi Xay-nha-vông, Tổng Lãnh sự"
        " Lào tại Đà Nẵng.\n\n"
        "Ông dẫn chứng: ngày 12/4 vừa qua, ông đã dự Hội nghị tổng kết hợp tác giữa tỉnh Quảng Ngãi và tỉnh"
        " Át-tạ-pư tại thành phố Quảng Ngãi."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-AT", "province:VN-gia-lai") not in pairs


def test_a_meeting_a_request_asks_for_is_no_meeting_held() -> None:
    x = read(
        "Thứ trưởng đề nghị Hà Giang hỗ trợ tỉnh Phông-xa-lỳ, Lào Cai hỗ trợ tỉnh Luông Nậm Thà xây dựng cổng dịch vụ"
        " công, báo cáo kết quả tại hội nghị năm 2026."
    )
    assert not x.events
    assert not x.partnerships


def test_a_second_subject_with_its_own_verb_ends_the_first_ones_partners() -> None:
    x = read(
        "Tỉnh Gia Lai kế thừa quan hệ hữu nghị, hợp tác mà tỉnh Bình Định đã thiết lập với tỉnh Chăm-pa-xắc từ năm"
        " 2016 và tỉnh Gia Lai (cũ) đã thiết lập với tỉnh Át-tạ-pư."
    )
    stated = {(p.a, p.b) for p in x.partnerships if p.basis == "statement"}
    assert ("province:LA-CH", "province:VN-binh-dinh") in stated
    assert ("province:LA-AT", "province:VN-binh-dinh") not in stated


def test_an_item_of_a_digest_points_back_to_no_item_above_it() -> None:
    x = read(
        "* Ngày 12/10/2021, UBND tỉnh Sơn La hội đàm trực tuyến với chính quyền tỉnh Hủa Phăn.\n\n"
        "* Ngày 15/10/2021, đoàn Ban Dân vận Tỉnh ủy Yên Bái đến làm việc với Ban Dân vận Tỉnh ủy Sơn La, trao đổi"
        " kinh nghiệm hợp tác với các tỉnh Bắc Lào."
    )
    assert ("province:LA-HO", "province:VN-yen-bai") not in {(p.a, p.b) for p in x.partnerships}


def test_a_wire_storys_dateline_is_no_side_of_a_ministries_meeting() -> None:
    x = read(
        "Viêng Chăn (TTXVN) - Ngày 9/3/2025, tại Thủ đô Viêng Chăn, Thứ trưởng Bộ Khoa học và Công nghệ Việt Nam"
        " Lê Văn An và Thứ trưởng Bộ Công nghệ và Truyền thông Lào Bun-thăn Xay-nha-sỏn đồng chủ trì phiên họp"
        " thường niên giữa hai Bộ.\n\n"
        "Tham dự phiên họp, phía Việt Nam có ông Hà Minh Quang, Phó Chủ tịch UBND tỉnh Nghệ An."
    )
    assert not x.partnerships


@pytest.mark.parametrize(
    ("text", "date", "parties"),
    [
        pytest.param(
            "Ngày 9/3/2025, tại Hà Nội, Thứ trưởng Bộ Khoa học và Công nghệ Lê Văn An và Thứ trưởng Bộ Công nghệ và"
            " Truyền thông Lào Bun-thăn Xay-nha-sỏn đồng chủ trì hội đàm thường niên giữa hai Bộ.\n\n"
            "Tham dự hội đàm, về phía Việt Nam có đại diện Cục Chuyển đổi số quốc gia và ông Hà Minh Quang, Phó Chủ"
            " tịch UBND tỉnh Nghệ An.\n\n"
            "Tại hội đàm, hai bên đánh giá kết quả triển khai bản ghi nhớ hợp tác giữa hai Bộ ký năm 2021.",
            "2021",
            {"Bộ Khoa học và Công nghệ", "Bộ Công nghệ và Truyền thông Lào"},
            id="two-ministries-not-the-meetings-guests",
        ),
        pytest.param(
            "Ngày 6/6/2024, tại trụ sở UBND tỉnh Quảng Bình, Phó Chủ tịch UBND tỉnh Đoàn Ngọc Lâm làm việc với đoàn Sở"
            " Nông nghiệp và Lâm nghiệp tỉnh Khăm Muồn; dự buổi làm việc có đại diện Sở Nông nghiệp và Phát triển nông"
            " thôn tỉnh Quảng Bình. Hai bên rà soát Thỏa thuận hợp tác giai đoạn 2021 - 2025 giữa hai tỉnh (được lãnh"
            " đạo hai tỉnh ký kết ngày 15/4/2021).",
            "2021-04-15",
            {"province:LA-KH", "province:VN-quang-binh"},
            id="two-provinces-told-at-a-departments-session",
        ),
    ],
)
def test_a_paper_between_the_two_sides_it_names_is_theirs_not_the_meetings(
    text: str, date: str, parties: set[str]
) -> None:
    paper = next(a for a in read(text).agreements if a.date == date)
    assert {ref for _, ref in paper.parties} == parties


def test_a_visit_put_off_is_no_meeting() -> None:
    x = read(
        "Ngày 2/4/2024, Sở Công Thương tỉnh Quảng Bình ký biên bản ghi nhớ với Sở Công Thương tỉnh Khăm Muồn.\n\n"
        "Trong khi đó, chuyến thăm và làm việc của đoàn Sở Tài chính tỉnh Sa-vẳn-na-khẹt tại tỉnh Quảng Trị, theo"
        " kế hoạch vào giữa tháng 3, đã phải lùi lại vì lý do khách quan."
    )
    assert ("province:LA-SV", "province:VN-quang-tri") not in {(p.a, p.b) for p in x.partnerships}


def test_a_sentence_back_at_the_session_of_the_day_tells_more_of_it() -> None:
    x = read(
        "Sáng 5/6/2023, Sở Giáo dục và Đào tạo tỉnh Quảng Trị tiếp và làm việc với đoàn Sở Giáo dục và Thể thao"
        " tỉnh Sa-vẳn-na-khẹt.\n\n"
        "Cũng tại buổi làm việc, lãnh đạo Sở cho biết, nhiều học sinh tỉnh Khăm Muồn cũng tự sang học tại các"
        " trường trên địa bàn."
    )
    assert len(x.events) == 1
    assert ("province:LA-KH", "province:VN-quang-tri") not in {(p.a, p.b) for p in x.partnerships}


def test_talks_drawn_up_as_a_plan_and_told_to_a_reporter_are_no_talks_held() -> None:
    x = read(
        "Ngày 3/5/2024, tại tỉnh Sa-la-van, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị hội đàm với Bộ Chỉ huy"
        " Quân sự tỉnh Sa-la-van.\n\n"
        "Bên lề hội đàm, Đại tá Lê Hữu Nam cho biết thêm, đơn vị đã xây dựng kế hoạch hội đàm với Bộ Chỉ huy"
        " Quân sự tỉnh Sa-vẳn-na-khẹt, dự kiến vào tháng 8."
    )
    assert ("province:LA-SV", "province:VN-quang-tri") not in {(p.a, p.b) for p in x.partnerships}


def test_the_body_a_report_is_told_by_is_no_side_of_what_it_tells() -> None:
    x = read(
        "Cũng theo Sở Nông nghiệp và Môi trường Huế, năm 2019 Sở Nông nghiệp tỉnh Quảng Nam đã ký thỏa thuận"
        " hợp tác với Sở Nông nghiệp và Lâm nghiệp tỉnh Sê Kông."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-XE", "province:VN-quang-nam") in pairs
    assert ("province:LA-XE", "province:VN-hue") not in pairs


def test_provinces_at_the_two_ministries_conference_are_seated_not_partnered() -> None:
    x = read(
        "Ngày 14/11/2019, tại thành phố Vinh, tỉnh Nghệ An, Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học và"
        " Công nghệ Lào tổ chức Hội nghị đánh giá hợp tác giai đoạn 2016-2020.\n\n"
        "Tham dự Hội nghị có lãnh đạo Sở Khoa học và Công nghệ một số tỉnh của Lào, trong đó có ông Sổm-phết"
        " Phan-tha-vông, Giám đốc Sở Khoa học và Công nghệ tỉnh Xiêng Khoảng.\n\n"
        "Phát biểu chào mừng, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Nghệ An cảm ơn hai Bộ đã chọn tỉnh làm nơi"
        " tổ chức Hội nghị."
    )
    assert ("province:LA-XI", "province:VN-nghe-an") not in {(p.a, p.b) for p in x.partnerships}


def test_two_provinces_as_a_bare_subject_are_the_two_the_sentence_before_named() -> None:
    x = read(
        "Sáng 6/11/2025, UBND tỉnh Gia Lai tiếp đoàn đại biểu tỉnh Chăm-pa-xắc.\n\n"
        "Ông nhắc lại tình đoàn kết giữa tỉnh Bình Định (cũ) và tỉnh Chăm-pa-xắc. Trong giai đoạn 2019 - 2024,"
        " hai tỉnh đã triển khai tốt Thỏa thuận hợp tác được ký kết năm 2019."
    )
    recalled = next(a for a in x.agreements if a.date == "2019")
    assert set(recalled.parties) == {("province", "province:VN-binh-dinh"), ("province", "province:LA-CH")}


def test_a_province_named_as_before_the_merger_is_joined_to_its_partner() -> None:
    x = read("Ông cho biết, tỉnh Hà Giang (cũ) và tỉnh Phông-xa-lỳ đã có quan hệ hợp tác gắn bó nhiều năm.")
    assert ("province:LA-PH", "province:VN-ha-giang") in {(p.a, p.b) for p in x.partnerships}


def test_a_partner_after_with_holds_when_a_later_between_names_no_province() -> None:
    x = read(
        "Theo ông, ngoài Điện Biên, tỉnh Phông-xa-lỳ hiện duy trì quan hệ hợp tác chặt chẽ với tỉnh Lai Châu,"
        " vì vậy sự phối hợp giữa hai đơn vị càng có ý nghĩa."
    )
    assert ("province:LA-PH", "province:VN-lai-chau") in {(p.a, p.b) for p in x.partnerships}


def test_a_trip_put_off_before_it_began_is_no_meeting() -> None:
    x = read(
        "Điện Biên hoãn chuyến công tác sang Luông Pha Băng vì mưa lớn\n\n"
        "Thứ Hai, 5/9/2022 - 10:00\n\n"
        "Chuyến thăm của đoàn đại biểu tỉnh Điện Biên tại tỉnh Luông Pha Băng, dự kiến từ ngày 7 đến 9/9, đã được"
        " hoãn lại, theo thông báo của Văn phòng UBND tỉnh chiều 4/9."
    )
    assert not x.partnerships


def test_the_conference_named_again_is_the_online_meeting_of_that_morning() -> None:
    x = read(
        "Sáng 4/10/2021, Sở Y tế tỉnh Nghệ An phối hợp với Sở Y tế tỉnh Xiêng Khoảng tổ chức hội nghị trực tuyến"
        " trao đổi kinh nghiệm phòng chống dịch.\n\n"
        "Cũng tại hội nghị, bà Lê Thị Hoa thông tin, Sở Y tế tỉnh Nghệ An đã gửi thư mời lãnh đạo Sở Y tế tỉnh"
        " Hủa Phăn sang dự hội thảo chuyên đề dự kiến tổ chức vào tháng 12."
    )
    assert len(x.events) == 1
    assert ("province:LA-HO", "province:VN-nghe-an") not in {(p.a, p.b) for p in x.partnerships}


def test_a_paper_carried_out_is_dated_by_the_day_its_named_signers_signed_it() -> None:
    x = read(
        "Thực hiện Biên bản ghi nhớ hợp tác về khám chữa bệnh và đào tạo nguồn nhân lực y tế giai đoạn 2021 - 2025"
        " giữa Sở Y tế tỉnh Thanh Hóa và Sở Y tế tỉnh Hủa Phăn (nước CHDCND Lào), được ông Lê Văn Tâm, Giám đốc Sở"
        " Y tế Thanh Hóa và ông Bun-xỉ Vông-phạ-chăn, Giám đốc Sở Y tế tỉnh Hủa Phăn ký ngày 9/6/2021 tại thành phố"
        " Sầm Nưa, Sở Y tế tỉnh Thanh Hóa cử đoàn bác sĩ sang hỗ trợ."
    )
    (paper,) = x.agreements
    assert paper.date == "2021-06-09"


def test_a_handover_a_province_holds_is_a_meeting() -> None:
    x = read(
        "Sáng 2/6/2021, tại cửa khẩu Nậm Cắn, tỉnh Nghệ An tổ chức trao tặng vật tư y tế hỗ trợ tỉnh Xiêng Khoảng"
        " phòng, chống dịch."
    )
    assert [(e.event_type, e.date) for e in x.events] == [(EventType.OTHER, "2021-06-02")]


def test_where_a_trip_being_prepared_goes_is_no_side_of_the_meeting_preparing_it() -> None:
    x = read(
        "Sáng 8/5/2024, tại thành phố Lai Châu, Sở Nông nghiệp tỉnh Lai Châu và Sở Nông nghiệp tỉnh Lào Cai tổ chức"
        " hội nghị liên ngành, thống nhất nội dung chuẩn bị cho chuyến khảo sát chung sang tỉnh Phông-xa-lỳ."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:VN-lai-chau", "province:VN-lao-cai") in pairs
    assert not {pair for pair in pairs if "province:LA-PH" in pair}


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("* Quảng Bình chuẩn bị ký kết hợp tác với Khăm Muồn", id="preparing-to-sign"),
        pytest.param("• Quảng Bình xây dựng đề án hỗ trợ chuyển đổi số cho tỉnh Khăm Muồn", id="drafting-aid"),
    ],
)
def test_cooperation_being_prepared_or_drafted_is_no_partnership(headline: str) -> None:
    assert not read(headline + "\n\nTin được cập nhật trong tuần.").partnerships


def test_headlines_under_articles_on_the_same_topic_are_no_part_of_the_article() -> None:
    x = read(
        "Kỹ sư đo lường kể chuyện ba mươi năm gắn bó với Lào\n\n"
        + "Ông Trần Văn Lộc nhớ lại những năm tháng làm việc tại các phòng thí nghiệm của Lào. " * 4
        + "\n\nBài viết cùng chủ đề:\n- Thanh Hóa và Hủa Phăn tăng cường hợp tác chuyển đổi số\n"
    )
    assert not x.partnerships


def test_a_paper_the_gathering_signs_as_two_countries_pairs_none_of_its_roll() -> None:
    x = read(
        "Ngày 5/10/2023, tại TP Lai Châu, Bộ Tư lệnh Bộ đội Biên phòng Việt Nam và Cục Bảo vệ biên giới, Bộ Quốc"
        " phòng Lào tổ chức Hội nghị hợp tác quản lý biên giới khu vực phía Bắc năm 2023.\n\n"
        "Dự hội nghị có ông Lò Văn Mạnh, Phó Chủ tịch UBND tỉnh Lai Châu; lãnh đạo Bộ Chỉ huy Bộ đội Biên phòng"
        " các tỉnh Lai Châu, Điện Biên và Bộ Chỉ huy Quân sự các tỉnh Phông-xa-lỳ, Luông Nậm Thà, U-đôm-xay (Lào).\n\n"
        "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị hợp tác quản lý biên giới khu vực phía Bắc năm 2023."
    )
    assert not x.partnerships


def test_a_comma_before_and_closes_the_list_of_partners() -> None:
    x = read(
        "Đó là Thủ đô Hà Nội, người anh em kết nghĩa đã gắn bó với Thủ đô Viêng Chăn nhiều năm, và Đà Nẵng năng"
        " động, luôn sẵn sàng chia sẻ kinh nghiệm."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-VT", "province:VN-ha-noi") in pairs
    assert ("province:VN-da-nang", "province:VN-ha-noi") not in pairs


def test_a_paper_told_above_named_again_or_still_unsigned_is_no_new_paper() -> None:
    x = read(
        "Lâm Đồng rà soát hợp tác y tế với các tỉnh Nam Lào\n\nThứ Năm, 21/9/2017 - 10:20\n\n"
        "Chiều 21/9, Sở Y tế tỉnh Lâm Đồng tổ chức hội nghị sơ kết hợp tác với các địa phương của Lào.\n\n"
        "Theo báo cáo, năm 2013, Sở Y tế tỉnh Lâm Đồng và Sở Y tế tỉnh Chăm-pa-xắc ký Biên bản ghi nhớ hợp tác giai"
        " đoạn 2013 - 2016.\n\n"
        "Tuy vậy, biên bản ghi nhớ nói trên đã hết hiệu lực từ cuối năm 2016. Dù hai bên đã trao đổi dự thảo, đến nay"
        " văn bản hợp tác giai đoạn mới với Sở Y tế tỉnh Sa-la-van vẫn chưa được ký kết."
    )
    assert [a.period_start for a in x.agreements] == ["2013"]
    assert ("province:LA-SL", "province:VN-lam-dong") not in {(p.a, p.b) for p in x.partnerships}


def test_a_body_the_meeting_proposes_to_invite_takes_no_part_in_it() -> None:
    x = read(
        "Chiều 21/9/2017, Sở Y tế tỉnh Lâm Đồng tổ chức hội nghị sơ kết hợp tác với các địa phương của Lào.\n\n"
        "Hội nghị cũng thống nhất đề xuất lãnh đạo tỉnh cho phép mời lãnh đạo Sở Y tế tỉnh Sa-la-van sang dự hội"
        " thảo chuyên đề vào tháng 1 tới."
    )
    assert not x.partnerships


def test_what_the_plan_holds_for_this_month_is_no_meeting_held() -> None:
    x = read(
        "Ngày 22/10/2019, Bệnh viện Đa khoa tỉnh Gia Lai tiếp và làm việc với đoàn Bệnh viện tỉnh Át-tạ-pư.\n\n"
        "Theo kế hoạch, trong tháng 10 này, Bệnh viện cũng đón đoàn công tác của Sở Y tế tỉnh Sê Kông sang trao đổi"
        " kinh nghiệm."
    )
    assert ("province:LA-XE", "province:VN-gia-lai") not in {(p.a, p.b) for p in x.partnerships}


def test_a_between_names_no_side_past_a_plan() -> None:
    x = read(
        "Về hợp tác giữa các địa phương, Thứ trưởng đề nghị phía Lào xem xét, giới thiệu tỉnh Luông Pha Băng làm đầu"
        " mối để cùng tỉnh Quảng Ninh nghiên cứu, tiến tới ký kết chương trình hợp tác du lịch."
    )
    assert not x.partnerships


def test_bodies_of_another_clause_of_the_meetings_sentence_are_no_sides_of_it() -> None:
    x = read(
        "Năm 2022, Bộ Chỉ huy Quân sự tỉnh Luông Nậm Thà và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã tổ chức"
        " một cuộc hội đàm thường niên vào tháng 9; trong khi đó, các đơn vị của tỉnh Phông-xa-lỳ phối hợp với Bộ"
        " Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên tìm kiếm, quy tập hài cốt liệt sĩ."
    )
    met = {(p.a, p.b) for p in x.partnerships if p.basis == "meeting"}
    assert met == {("province:LA-LM", "province:VN-lai-chau")}


def test_each_province_a_delegation_visits_hosts_it() -> None:
    x = read(
        "Từ ngày 6 đến 9/4/2017, đoàn công tác của tỉnh Điện Biên do Phó Chủ tịch UBND tỉnh Lò Văn Phương làm trưởng"
        " đoàn đã thăm, làm việc tại tỉnh Luông Pha Băng và tỉnh U-đôm-xay.\n\n"
        "Trong chuyến thăm, đoàn đến chào Tổng Lãnh sự quán Việt Nam tại Luông Pha Băng."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert {("province:LA-LP", "province:VN-dien-bien"), ("province:LA-OU", "province:VN-dien-bien")} <= pairs


def test_provinces_on_the_sides_of_the_two_ministries_talks_are_not_partners() -> None:
    x = read(
        "Chiều 16/4/2024, tại TP. Vinh, Bộ Nông nghiệp và Phát triển nông thôn Việt Nam và Bộ Nông nghiệp và Lâm"
        " nghiệp Lào đã tổ chức hội đàm về hợp tác nông nghiệp.\n\n"
        "Tham dự hội đàm có ông Lê Hồng Vinh, Phó Chủ tịch UBND tỉnh Nghệ An; về phía Lào có ông Xổm-xỉ Vông-khăm,"
        " Giám đốc Sở Nông nghiệp và Lâm nghiệp tỉnh Xiêng Khoảng."
    )
    assert ("province:LA-XI", "province:VN-nghe-an") not in {(p.a, p.b) for p in x.partnerships}


def test_a_province_that_wants_to_widen_cooperation_states_none() -> None:
    assert not read("Lai Châu muốn mở rộng hợp tác với U-đôm-xay\n\nTin cập nhật trong tuần.").partnerships


def test_a_paper_the_provinces_of_a_counted_meeting_sign_pairs_them() -> None:
    x = read(
        "Sáng 12/4/2023, qua hình thức trực tuyến, lãnh đạo tỉnh Lai Châu cùng lãnh đạo ba tỉnh phía Bắc của Lào là"
        " Phông-xa-lỳ, Luông Nậm Thà và U-đôm-xay nhìn lại 5 năm hợp tác; phiên họp do người đứng đầu 3 tỉnh bạn và"
        " Bí thư Tỉnh ủy Lai Châu cùng điều hành. Kết thúc phiên họp, các tỉnh đã ký Bản ghi nhớ hợp tác giai đoạn"
        " 2023 - 2027."
    )
    signed = {(p.a, p.b) for p in x.partnerships if p.basis == "agreement"}
    assert ("province:LA-PH", "province:VN-lai-chau") in signed


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 6/3/2022, tại thị xã Phôn-xạ-vẳn, lãnh đạo hai tỉnh Xiêng Khoảng và Hủa Phăn đã tổ chức hội đàm thường"
        " niên, rà soát việc bảo vệ rừng giáp ranh.",
        "Trung tuần tháng 9/2021, Sở Công Thương hai tỉnh Bò Kẹo và Luông Nậm Thà vừa ký biên bản ghi nhớ về chợ"
        " nông sản chung.",
        "Về quan hệ trong nước, tháng 4/2023 Sa-la-van và tỉnh Xê Kông đã tổ chức hội nghị liên tỉnh tại huyện Lạ-mam.",
        "Ngày 14/8/2023, Sở Văn hóa, Thể thao và Du lịch hai tỉnh Hủa Phăn và Xiêng Khoảng đã ký biên bản hợp tác phát"
        " triển du lịch cộng đồng.",
    ],
)
def test_two_provinces_of_one_country_holding_their_own_meeting_are_partners(text: str) -> None:
    assert len({(p.a, p.b) for p in read(text).partnerships}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 6/3/2022, đoàn đại biểu hai tỉnh Hà Tĩnh và Nghệ An đã tổ chức chuyến thăm các bản biên giới của Lào.",
        "Ngày 6/3/2022, hai tỉnh Quảng Trị và Quảng Bình đã tổ chức hội nghị với Bộ Ngoại giao Lào tại Thà Khẹc.",
    ],
)
def test_two_provinces_of_one_country_on_one_side_are_no_partners(text: str) -> None:
    assert not [p for p in read(text).partnerships if p.a[9:11] == p.b[9:11]]


def test_a_meeting_naming_other_sides_borrows_no_bodies_of_an_earlier_session() -> None:
    x = read(
        "Tháng 3/2019, Sở Nông nghiệp tỉnh Hủa Phăn đã làm việc với Sở Nông nghiệp tỉnh Thanh Hóa về giống lúa.\n\n"
        "Trong nước, Hủa Phăn cũng gắn bó với tỉnh bạn Xiêng Khoảng. Ngày 2/8/2019, tại huyện Mường Ét, hai tỉnh đã"
        " tổ chức hội nghị về phòng chống cháy rừng."
    )
    assert ("province:LA-XI", "province:VN-thanh-hoa") not in {(p.a, p.b) for p in x.partnerships}


def test_a_province_in_a_purpose_still_ahead_takes_no_part_in_the_session() -> None:
    x = read(
        "Chiều 12/5/2023, tại thành phố Vinh, Sở Giáo dục tỉnh Nghệ An và Sở Giáo dục tỉnh Hà Tĩnh đã làm việc để"
        " bàn phương án cử giáo viên sang dạy tiếng Việt cho học sinh tỉnh Bô-ly-khăm-xay (Lào) vào tháng 9 tới."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert not {pair for pair in pairs if "province:LA-BL" in pair}
    assert ("province:VN-ha-tinh", "province:VN-nghe-an") in pairs


def test_a_capital_among_a_trips_stops_is_no_side_when_its_own_bodies_take_no_part() -> None:
    x = read(
        "Từ ngày 10 đến 14/10/2022, đoàn đại biểu tỉnh Xê Kông do Phó Tỉnh trưởng Bun-mi Xỉ-la-vông dẫn đầu đã thăm"
        " và làm việc tại tỉnh Quảng Nam, tỉnh Quảng Ngãi và Thủ đô Hà Nội.\n\n"
        "Ở Hà Nội, đoàn chào Bộ Ngoại giao Việt Nam."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-XE", "province:VN-quang-nam") in pairs
    assert ("province:LA-XE", "province:VN-ha-noi") not in pairs


def test_where_a_fairs_exhibitors_come_from_is_no_side_of_the_fair() -> None:
    x = read(
        "Hội chợ thương mại tỉnh Chăm-pa-xắc khai mạc ngày 3/11/2020, với 90 gian hàng của doanh nghiệp từ Cần Thơ,"
        " Đồng Nai và Thái Lan."
    )
    assert not x.partnerships


def test_a_later_months_meeting_of_another_province_borrows_no_bodies_in_a_years_review() -> None:
    x = read(
        "Năm 2024, tỉnh Sa-la-van đạt nhiều kết quả đối ngoại. Tháng 4/2024, Sở Y tế thành phố Huế đã làm việc với"
        " Sở Y tế tỉnh Sa-la-van tại Sa-la-van.\n\n"
        "Tháng 10/2024, tỉnh Xê Kông tổ chức hội nghị về bảo vệ rừng tại huyện Đắc Chưng."
    )
    assert ("province:LA-XE", "province:VN-hue") not in {(p.a, p.b) for p in x.partnerships}


def test_provinces_counted_in_an_opening_topic_phrase_take_no_part() -> None:
    x = read(
        "Năm 2022, tỉnh Bô-ly-khăm-xay hợp tác chặt chẽ với tỉnh Hà Tĩnh.\n\n"
        "Trong quan hệ với các tỉnh bạn trong nước, tháng 6/2022, tỉnh Xiêng Khoảng và tỉnh Bô-ly-khăm-xay tổ chức"
        " hội nghị liên tỉnh về chăn nuôi."
    )
    assert ("province:LA-XI", "province:VN-ha-tinh") not in {(p.a, p.b) for p in x.partnerships}


def test_a_river_that_shares_a_provinces_name_is_no_province() -> None:
    x = read("Ngày 4/5/2021, hai huyện tổ chức thả cá giống xuống sông Xê Kông.")
    assert not x.provinces


def test_a_fair_an_invitation_asks_someone_to_that_takes_place_later_in_the_year_is_no_meeting() -> None:
    x = read(
        "Ngày 2/3/2023, Sở Công Thương tỉnh Sơn La tổ chức hội nghị xúc tiến thương mại. Sở cũng đề nghị mời lãnh đạo"
        " tỉnh U-đôm-xay sang dự Hội chợ nông sản Sơn La diễn ra vào cuối năm."
    )
    assert not [e for e in x.events if e.event_type is EventType.FORUM]


def test_a_province_a_ministry_only_studies_assigning_to_help_another_pairs_none() -> None:
    x = read("Bộ đang nghiên cứu phương án giao tỉnh Lào Cai hỗ trợ tỉnh Phông-xa-lỳ xây dựng trung tâm dữ liệu.")
    assert not x.partnerships


def test_the_clause_of_time_after_a_partner_names_no_partner() -> None:
    x = read(
        "Xiêng Khoảng là tỉnh thứ hai hợp tác với Công ty Viễn thông Sao Mai, sau khi công ty ký thỏa thuận với tỉnh"
        " Hủa Phăn năm 2021."
    )
    assert not x.partnerships


def test_a_session_to_ready_a_trip_is_held_where_it_met_not_where_the_trip_goes() -> None:
    x = read(
        "Ngày 3/7/2024, tại TP. Vinh, Sở Y tế tỉnh Nghệ An đã có buổi làm việc với Sở Y tế tỉnh Hà Tĩnh nhằm thống"
        " nhất nội dung cho chuyến công tác chung tại hai tỉnh Bô-ly-khăm-xay và Khăm Muồn (Lào) dự kiến diễn ra vào"
        " tháng 9 tới."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:VN-ha-tinh", "province:VN-nghe-an")}


def test_two_bodies_a_sentence_names_before_hai_so_are_the_papers_sides() -> None:
    x = read(
        "Ngày 9/9/2024, Sở Nội vụ tỉnh Ninh Bình làm việc với Bộ Nội vụ. Bà Lan giới thiệu kinh nghiệm hợp tác giữa"
        " Sở Nội vụ tỉnh Sơn La và Sở Nội vụ tỉnh Hủa Phăn: hai sở đã ký biên bản ghi nhớ từ năm 2020."
    )
    papers = [a for a in x.agreements if a.title and "ghi nhớ" in a.title]
    assert papers and {ref for _, ref in papers[0].parties} == {"Sở Nội vụ tỉnh Sơn La", "Sở Nội vụ tỉnh Hủa Phăn"}


def test_a_meeting_being_readied_between_two_provinces_states_no_cooperation() -> None:
    x = read(
        "Sở Ngoại vụ tỉnh Lai Châu đang phối hợp với các sở chuẩn bị nội dung cuộc hội đàm giữa lãnh đạo tỉnh Lai Châu"
        " và tỉnh Luông Nậm Thà, dự kiến diễn ra vào tháng 11."
    )
    assert not x.partnerships


def test_a_body_describing_the_paper_a_report_is_told_by_takes_no_part() -> None:
    x = read(
        "Theo báo Nhân Dân Lào, cơ quan trung ương của Đảng Nhân dân Cách mạng Lào, ngày 12/6/2019, tại thị xã"
        " Luông Nậm Thà, lãnh đạo hai tỉnh Bò Kẹo và Luông Nậm Thà đã tổ chức hội đàm về quản lý rừng giáp ranh."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-BK", "province:LA-LM")}


def test_the_delegation_that_came_to_a_province_is_a_side_of_its_session_there() -> None:
    x = read(
        "Từ ngày 2 đến 5/10/2023, đoàn đại biểu tỉnh Hủa Phăn do Phó Tỉnh trưởng Xổm-phu Khăm-vông dẫn đầu đã thăm và"
        " làm việc tại Việt Nam.\n\n"
        "Ngày 4/10, đoàn đến tỉnh Ninh Bình và làm việc với Ủy ban nhân dân tỉnh Ninh Bình."
    )
    assert ("province:LA-HO", "province:VN-ninh-binh") in {(p.a, p.b) for p in x.partnerships}


def test_a_province_whose_leaders_are_invited_to_a_forum_later_in_the_year_is_no_side() -> None:
    x = read(
        "Sáng 6/5/2024, lãnh đạo UBND tỉnh Yên Bái tiếp đoàn đại biểu tỉnh Luông Nậm Thà.\n\n"
        "Chiều 7/5, đoàn tham quan Khu công nghiệp phía Nam của tỉnh Yên Bái. Cũng tại buổi làm việc, ông Hoàng Minh"
        " cho biết, tỉnh đã gửi thư mời lãnh đạo tỉnh Bò Kẹo sang dự Hội chợ nông sản các tỉnh miền núi phía Bắc, dự"
        " kiến tổ chức tại Yên Bái vào tháng 11 tới."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-LM", "province:VN-yen-bai") in pairs
    assert not {pair for pair in pairs if "province:LA-BK" in pair}


def test_a_capital_where_a_trip_only_met_some_bodies_is_no_side() -> None:
    x = read(
        "Từ ngày 3 đến 7/11/2019, đoàn Sở Y tế tỉnh Xay-nha-bu-ly đã có chuyến thăm và làm việc tại hai tỉnh Hòa Bình,"
        " Phú Thọ và một số bệnh viện ở Hà Nội."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-XA", "province:VN-hoa-binh") in pairs
    assert ("province:LA-XA", "province:VN-ha-noi") not in pairs


def test_a_year_after_a_frame_naming_the_province_dates_the_meeting_it_opens() -> None:
    x = read(
        "Ngày 15/12/2023, tỉnh Lai Châu tổng kết công tác đối ngoại.\n\n"
        "Đối với tỉnh Phông-xa-lỳ, năm 2021, đoàn công tác của tỉnh Lai Châu đã sang thăm và làm việc với lãnh đạo tỉnh"
        " bạn tại thị xã Phông-xa-lỳ."
    )
    assert ("province:LA-PH", "province:VN-lai-chau") in {(p.a, p.b) for p in x.partnerships}
    assert "2021" in {e.date for e in x.events}


def test_provinces_a_project_a_bank_funds_covers_are_no_givers_or_receivers() -> None:
    x = read(
        "Hủa Phăn và Xiêng Khoảng cùng thuộc vùng Dự án cấp nước nông thôn do Ngân hàng Thế giới (WB) tài trợ, cùng"
        " với các tỉnh Thanh Hóa, Nghệ An của Việt Nam."
    )
    assert not x.partnerships


def test_the_points_an_online_signing_linked_are_no_parties_of_the_paper() -> None:
    x = read(
        "Sáng 4/8/2022, Bộ Y tế Việt Nam và Bộ Y tế Lào ký biên bản ghi nhớ về y tế số theo hình thức trực tuyến, kết"
        " nối giữa hai điểm cầu Hà Nội và Viêng Chăn."
    )
    assert not x.partnerships


def test_a_province_where_a_fair_the_session_prepares_for_will_be_held_takes_no_part() -> None:
    x = read(
        "Sáng 2/4/2025, tại Quy Nhơn, Sở Công Thương tỉnh Gia Lai có buổi làm việc với Sở Công Thương tỉnh Đắk Lắk nhằm"
        " thống nhất phương án tham gia Hội chợ cà phê Việt – Lào năm 2025, dự kiến diễn ra tại thành phố Pắc-xế, tỉnh"
        " Chăm-pa-xắc."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert not {pair for pair in pairs if "province:LA-CH" in pair}


_DIGEST = (
    "Điểm tin hợp tác địa phương Việt – Lào trong tuần\n\n"
    "Thứ Bảy, 9/3/2019 - 07:40\n\n"
    "Nhiều địa phương trong tuần qua đã có các hoạt động hợp tác với tỉnh bạn Lào, đáng chú ý là các tin dưới đây.\n\n"
    "Lạng Sơn - Xiêng Khoảng: Trao đổi kinh nghiệm trồng hồi\n\n"
    "Trong hai ngày 5 và 6/3, đoàn công tác Sở Nông nghiệp tỉnh Lạng Sơn đã làm việc với Sở Nông nghiệp và Lâm nghiệp"
    " tỉnh Xiêng Khoảng tại thành phố Phôn-xa-vẳn về trồng và chế biến cây hồi.\n\n"
    "{third}\n\n"
    "Bắc Giang muốn mở rộng hợp tác với Bô-ly-khăm-xay\n\n"
    "{fourth}\n"
)


def test_a_session_a_digests_next_item_sets_at_its_own_table_is_another_session() -> None:
    x = read(
        _DIGEST.format(
            third="Quảng Ninh: Khai mạc hội chợ hàng nông sản\n\nSáng 7/3, Ủy ban nhân dân tỉnh Quảng Ninh khai mạc hội"
            " chợ hàng nông sản với 150 gian hàng của các doanh nghiệp trong tỉnh.",
            fourth="Tại buổi làm việc với Trung tâm Khuyến nông tỉnh ngày 6/3, ông Trịnh Văn Lực, Giám đốc Sở Khoa học"
            " và Công nghệ Bắc Giang cho biết Sở đang xây dựng đề án hợp tác với tỉnh Bô-ly-khăm-xay.",
        )
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-XI", "province:VN-lang-son") in pairs
    assert not {pair for pair in pairs if "province:VN-bac-giang" in pair}


def test_a_guest_of_a_digests_next_item_is_no_guest_of_the_visit_an_item_above_told() -> None:
    x = read(
        _DIGEST.format(
            third="Quảng Ninh: Khai mạc hội chợ hàng nông sản\n\nSáng 7/3, Ủy ban nhân dân tỉnh Quảng Ninh khai mạc hội"
            " chợ hàng nông sản với 150 gian hàng của các doanh nghiệp trong tỉnh.",
            fourth="Tối 7/3, tại Hà Nội, Đại sứ quán Lào tổ chức gặp mặt lưu học sinh. Ông Lê Văn Sơn, Phó Chủ tịch"
            " UBND tỉnh Bắc Giang đã dự và làm việc với các em.",
        )
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-XI", "province:VN-lang-son") in pairs
    assert not {pair for pair in pairs if "province:VN-bac-giang" in pair}


def test_a_paper_a_digests_next_item_signs_on_this_occasion_is_not_the_item_above_its() -> None:
    x = read(
        _DIGEST.format(
            third="Quảng Ninh: Đưa vào sử dụng nhà máy chế biến nông sản\n\nSáng 7/3, nhà máy chế biến nông sản đầu"
            " tiên của tỉnh Quảng Ninh chính thức đi vào hoạt động. Dịp này, Trường Cao đẳng Nông lâm Quảng Ninh đã ký"
            " 5 hợp đồng chuyển giao giống cây với các hợp tác xã.",
            fourth="Sở Khoa học và Công nghệ Bắc Giang đang hoàn thiện đề án hợp tác về giống cây ăn quả với tỉnh bạn.",
        )
    )
    contracts = [a for a in x.agreements if a.title and "chuyển giao" in a.title.lower()]
    assert contracts and all(a.event_key is None for a in contracts)
    assert all("lang-son" not in ref.lower() for a in contracts for _, ref in a.parties)


def test_sections_of_a_years_review_are_no_digests_items() -> None:
    # a year's review titled per partner ("Xiêng Khoảng: ...") is one story: "Tại buổi làm việc" goes on telling it
    x = read(
        "Sở Nông nghiệp Lạng Sơn tổng kết hợp tác với các tỉnh bạn năm 2019\n\n"
        "Năm 2019, Sở Nông nghiệp tỉnh Lạng Sơn đã duy trì quan hệ hợp tác với nhiều địa phương của nước bạn Lào.\n\n"
        "Xiêng Khoảng: Đối tác truyền thống\n\n"
        "Ngày 5/3/2019, đoàn Sở Nông nghiệp tỉnh Lạng Sơn làm việc với Sở Nông nghiệp và Lâm nghiệp tỉnh Xiêng Khoảng"
        " tại thành phố Phôn-xa-vẳn.\n\n"
        "Bô-ly-khăm-xay: Bước đầu hợp tác\n\n"
        "Tại buổi làm việc ngày 5/3/2019, ông Vông-xay Phôm-ma, Phó Giám đốc Sở Nông nghiệp và Lâm nghiệp tỉnh"
        " Bô-ly-khăm-xay cũng có mặt và đề nghị hai bên cùng mở rộng hợp tác trồng cây hồi.\n"
    )
    sessions = [e for e in x.events if e.event_type is EventType.WORKING_SESSION]
    assert len(sessions) == 1


def test_a_heading_that_ends_on_a_shared_head_lists_nothing_on_the_line_below() -> None:
    text = "Ký kế hoạch hợp tác giữa hai Bộ\n\nNgày 12/4, Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký kế hoạch hợp tác."
    assert all(not name.startswith("Ngày") for name, _ in bodies(text))


def test_the_body_a_proposal_would_sign_with_takes_no_part_in_the_session() -> None:
    x = read(
        "Ngày 14/5/2023, tại buổi làm việc với Trung tâm Ứng dụng tiến bộ khoa học, ông Hà Quang Dũng, Giám đốc Sở Khoa"
        " học và Công nghệ Tuyên Quang đề nghị UBND tỉnh cho phép ký biên bản ghi nhớ với Sở Khoa học và Công nghệ tỉnh"
        " Luông Nậm Thà."
    )
    assert not x.partnerships
    refs = {p.ref for e in x.events for p in e.participants}
    assert not any("Luông Nậm Thà" in ref for ref in refs)


def test_where_a_received_firm_is_based_is_neither_the_venue_nor_a_side() -> None:
    x = read(
        "Ngày 9/6/2022, tại thành phố Phôn-xa-vẳn, Sở Công nghệ và Truyền thông tỉnh Xiêng Khoảng đã tiếp đoàn Công ty"
        " Cổ phần Phần mềm Trường Sơn, một doanh nghiệp có trụ sở tại thành phố Hải Phòng, do ông Mai Đức Hậu dẫn đầu."
    )
    assert not x.partnerships
    assert all(e.location is None or "Hải Phòng" not in e.location for e in x.events)


def test_a_provinces_own_making_told_as_a_time_pairs_neither_unit() -> None:
    x = read(
        "Tháng 5/1997, chỉ ít lâu sau khi tỉnh Bắc Kạn được tách ra từ Thái Nguyên, UBND tỉnh Thái Nguyên và Ủy ban"
        " chính quyền tỉnh Bò Kẹo đã ký biên bản ghi nhớ hợp tác về giáo dục."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-BK", "province:VN-thai-nguyen") in pairs
    assert not {pair for pair in pairs if "province:VN-bac-kan" in pair}


def test_two_provinces_one_was_split_from_are_no_partners_of_each_other() -> None:
    x = read(
        "Quan hệ chính thức giữa hai chính quyền địa phương chỉ được xác lập sau khi tỉnh Quảng Nam được tái lập năm"
        " 1997, tách ra từ tỉnh Quảng Nam - Đà Nẵng."
    )
    assert not x.partnerships


def test_a_meeting_a_report_at_another_recounts_with_its_own_month_is_a_meeting_of_its_own() -> None:
    x = read(
        "Ngày 18/12/2023, tại thành phố Phôn-xa-vẳn, Sở Ngoại vụ tỉnh Xiêng Khoảng tổ chức hội nghị tổng kết công tác"
        " đối ngoại năm 2023. Báo cáo tại hội nghị cho biết, tháng 5/2023, đoàn đại biểu tỉnh Xiêng Khoảng đã hội đàm"
        " với lãnh đạo tỉnh Thanh Hóa tại thành phố Thanh Hóa."
    )
    talks = [e for e in x.events if e.event_type is EventType.TALKS]
    assert [e.date for e in talks] == ["2023-05"]
    assert ("province:LA-XI", "province:VN-thanh-hoa") in {(p.a, p.b) for p in x.partnerships}
    conference = next(e for e in x.events if e.event_type is EventType.CONFERENCE)
    assert conference.date == "2023-12-18"


def test_a_unit_named_with_the_provincial_body_it_belongs_to_acts_for_that_province() -> None:
    x = read(
        "Sáng 9/8/2021, tại cửa khẩu Nậm Cắn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An tổ chức giao ban định kỳ với"
        " Đồn Công an cửa khẩu Nặm Khăn thuộc Công an tỉnh Xiêng Khoảng (Lào)."
    )
    assert ("province:LA-XI", "province:VN-nghe-an") in {(p.a, p.b) for p in x.partnerships}


def test_two_provinces_of_one_country_whose_leaders_co_chair_their_meeting_are_partners() -> None:
    x = read(
        "Ngày 3/11/2022, tại thành phố Phôn-xa-vẳn, Phó Tỉnh trưởng tỉnh Xiêng Khoảng Bun-thăn Phôm-ma và Phó Tỉnh"
        " trưởng tỉnh Hủa Phăn Xổm-chít Văn-na-xỉ đồng chủ trì hội nghị hợp tác giữa hai tỉnh về du lịch. Phát biểu tại"
        " hội nghị, ông Bun-thăn cho rằng hai tỉnh có thể cùng kết nối tour với các tỉnh Tây Bắc Việt Nam và các tỉnh"
        " miền Bắc Thái Lan."
    )
    assert ("province:LA-HO", "province:LA-XI") in {(p.a, p.b) for p in x.partnerships}


def test_a_paper_of_its_own_period_and_sides_cited_as_the_frame_of_work_is_in_force() -> None:
    x = read(
        "Năm qua, trong khuôn khổ Thỏa thuận hợp tác giai đoạn 2022 - 2026 giữa tỉnh Luông Nậm Thà và tỉnh Lào Cai"
        " (Việt Nam), Sở Nông nghiệp tỉnh Lào Cai đã giúp bạn trồng thử 20 ha chuối. Theo Thỏa thuận hợp tác giai đoạn"
        " 2021 - 2025 giữa hai tỉnh Bò Kẹo và Yên Bái, mỗi năm Yên Bái nhận 20 lưu học sinh của bạn."
    )
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert {("province:LA-LM", "province:VN-lao-cai"), ("province:LA-BK", "province:VN-yen-bai")} <= pairs
    assert {a.period_start for a in x.agreements} >= {"2022", "2021"}


def test_a_paper_cited_by_theo_without_its_sides_is_no_agreement_found() -> None:
    x = read("Theo Thỏa thuận hợp tác giai đoạn 2021 - 2025, mỗi năm tỉnh nhận 20 lưu học sinh của bạn.")
    assert not x.agreements


def test_a_paper_whose_long_name_ends_in_still_not_signed_is_no_agreement() -> None:
    x = read(
        "Theo Sở Giao thông vận tải Hà Tĩnh, thỏa thuận mở tuyến xe khách cố định qua cặp cửa khẩu Cầu Treo - Nặm Phao"
        " giữa tỉnh Hà Tĩnh và tỉnh Bô-ly-khăm-xay đến nay vẫn chưa được ký do còn vướng thủ tục."
    )
    assert not x.agreements and not x.partnerships


def test_a_signing_named_as_the_subject_of_its_own_postponement_is_no_agreement() -> None:
    x = read(
        "Theo Sở Ngoại vụ tỉnh Lai Châu, việc ký kết thỏa thuận hợp tác giai đoạn 2021 - 2025 giữa tỉnh Lai Châu và"
        " tỉnh Phông-xa-lỳ, dự kiến vào tháng 10 tới, chưa thể tổ chức do dịch bệnh."
    )
    assert not x.agreements and not x.partnerships


def test_cyberspace_is_no_negation_of_the_meeting_after_it() -> None:
    x = read(
        "Sáng 14/4/2026, đoàn Sở Công nghệ và Truyền thông tỉnh Hủa Phăn tham quan Trung tâm Điều hành thông minh, mô"
        " hình không gian khởi nghiệp và làm việc với Sở Khoa học và Công nghệ tỉnh Sơn La."
    )
    assert EventType.WORKING_SESSION in {e.event_type for e in x.events}
    assert ("province:LA-HO", "province:VN-son-la") in {(p.a, p.b) for p in x.partnerships}


def test_a_place_in_the_purpose_of_a_preparatory_meeting_is_not_where_it_was_held() -> None:
    x = read(
        "Ngày 9/10/2019, Giám đốc Sở Ngoại vụ tỉnh Yên Bái chủ trì cuộc họp với các sở, ngành để chuẩn bị nội dung cho"
        " chuyến thăm và làm việc tại tỉnh U-đôm-xay (Lào) của đoàn đại biểu tỉnh Yên Bái, dự kiến diễn ra vào tháng 11"
        " tới."
    )
    assert not x.partnerships
    assert all(e.location is None or "U-đôm-xay" not in e.location for e in x.events)


def test_a_paper_between_two_governments_names_no_provinces_said_after_it() -> None:
    x = read(
        "Trường Cao đẳng Nghệ An đang đào tạo 300 lưu học sinh Lào theo Hiệp định hợp tác giữa hai Chính phủ; riêng năm"
        " học 2022 - 2023, trường tiếp nhận 60 học viên của tỉnh Xiêng Khoảng và 40 học viên của tỉnh Bô-ly-khăm-xay."
    )
    assert not x.partnerships
    assert not x.events  # (students taken in over a school year: no meeting)


def test_between_two_nations_in_general_and_two_provinces_in_particular_pairs_the_provinces() -> None:
    x = read(
        "Quan hệ hợp tác giữa hai nước nói chung và giữa tỉnh Điện Biên với tỉnh Phông-xa-lỳ nói riêng ngày càng"
        " bền chặt."
    )
    assert {(p.a, p.b) for p in x.partnerships} == {("province:LA-PH", "province:VN-dien-bien")}


def test_a_suggestion_to_study_cooperation_with_a_province_brings_it_to_no_reception() -> None:
    x = read(
        "Chiều 8/1/2025, Phó Chủ tịch UBND tỉnh Ninh Bình Trần Văn Lâm tiếp ông Bun-mi Xay-nha-vông, Tham tán Đại sứ"
        " quán Lào. Tại buổi tiếp, ông Bun-mi gợi ý tỉnh Ninh Bình nghiên cứu khả năng mở rộng hợp tác với tỉnh"
        " Luông Nậm Thà."
    )
    assert not x.partnerships


def test_an_interest_in_cooperating_with_a_province_is_no_cooperation_yet() -> None:
    x = read(
        "Có thông tin tỉnh Bò Kẹo của Lào cũng quan tâm đến hợp tác với Lào Cai. Tỉnh Luông Nậm Thà rất quan tâm tới"
        " việc thiết lập quan hệ hợp tác với tỉnh Yên Bái."
    )
    assert not x.partnerships


def test_an_activity_under_a_paper_of_its_own_period_and_sides_finds_that_paper_in_force() -> None:
    x = read(
        "Đây là hoạt động thuộc biên bản ghi nhớ hợp tác giai đoạn 2019-2022 giữa UBND tỉnh Hòa Bình và chính quyền"
        " tỉnh Xiêng Khoảng."
    )
    assert ("province:LA-XI", "province:VN-hoa-binh") in {(p.a, p.b) for p in x.partnerships}


def test_an_activity_under_a_programme_it_is_part_of_finds_no_paper() -> None:
    x = read("Đây là hoạt động thuộc chương trình hợp tác giữa hai tỉnh Hòa Bình và Xiêng Khoảng trong năm nay.")
    assert not x.agreements


_BULLETED_DIGEST = (
    "Bản tin biên giới Việt - Lào tuần thứ hai tháng 11\n\n"
    "Thứ Bảy, 16/11/2024 - 08:00\n\n"
    "Lực lượng biên phòng các tỉnh đã có nhiều hoạt động phối hợp với lực lượng bảo vệ biên giới nước bạn trong tuần"
    " qua.\n\n"
    "• Lai Châu - Phông-xa-lỳ: Hội đàm định kỳ năm 2024\n\n"
    "Ngày 11/11, tại cửa khẩu Ma Lù Thàng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã hội đàm định kỳ với Ban Chỉ"
    " huy Quân sự tỉnh Phông-xa-lỳ.\n\n"
    "• Nghệ An - Xiêng Khoảng: Tuần tra song phương\n\n"
    "Ngày 12 và 13/11, Đồn Biên phòng cửa khẩu quốc tế Nậm Cắn (Bộ đội Biên phòng tỉnh Nghệ An) phối hợp với Đại đội"
    " Bảo vệ biên giới 207 (Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng) tuần tra song phương. Sau chuyến tuần tra, hai đơn"
    " vị đã ký kế hoạch phối hợp tuần tra năm 2025.\n\n"
    "Trung tá Vi Văn Lực, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Nậm Cắn cho biết quan hệ phối hợp ngày càng"
    " chặt chẽ.\n"
)


def test_a_person_of_a_bulleted_digests_item_was_at_no_meeting_of_the_item_above() -> None:
    x = read(_BULLETED_DIGEST)
    talks = next(e for e in x.events if e.event_type is EventType.TALKS)
    assert "Vi Văn Lực" not in {p.ref for p in talks.participants}


_AN_INVITATION = (
    "Giấy mời dự buổi làm việc về nông nghiệp công nghệ cao\n\n"
    "Đăng lúc: 09:10 - 03/06/2024\n\n"
    "GIẤY MỜI\n\n"
    "Ngày 11/6/2024, Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi làm việc với Sở Nông nghiệp và Lâm nghiệp"
    " tỉnh Át-tạ-pư tại hội trường của Sở. Sở trân trọng kính mời lãnh đạo các đơn vị đến dự.\n"
)


@pytest.mark.parametrize(
    ("posted", "held"),
    [
        pytest.param("03/06/2024", [], id="posted-before-it"),
        pytest.param("11/06/2024", ["2024-06-11"], id="posted-that-day"),
    ],
)
def test_a_meeting_dated_after_the_page_was_published_is_still_to_come(posted: str, held: list[str]) -> None:
    x = read(_AN_INVITATION.replace("03/06/2024", posted))
    assert [e.date for e in x.events] == held
    assert bool(x.partnerships) == bool(held)


def test_the_day_a_span_closes_on_is_no_day_to_be_the_same_as() -> None:
    x = read(
        "Khai mạc Hội chợ hàng nông sản Việt - Lào tại Đông Hà\n\n"
        "Thứ Hai, 14/10/2024 - 20:00\n\n"
        "Tối 14/10, tại thành phố Đông Hà, Sở Công Thương tỉnh Quảng Trị khai mạc Hội chợ hàng nông sản Việt - Lào."
        " Hội chợ kéo dài đến hết ngày 19/10.\n\n"
        "Các gian hàng giới thiệu cà phê, hạt tiêu và sản phẩm thủ công của hai nước.\n\n"
        "Chiều cùng ngày, tại trụ sở Sở Công Thương tỉnh Quảng Trị, lãnh đạo Sở đã làm việc với đoàn công tác Sở Công"
        " Thương tỉnh Sa-la-van."
    )
    assert {e.date for e in x.events} == {"2024-10-14"}
    assert ("province:LA-SL", "province:VN-quang-tri") in {(p.a, p.b) for p in x.partnerships}


def test_a_programme_the_agreed_points_are_to_be_put_into_is_no_paper_signed() -> None:
    x = read(
        "Từ ngày 3 đến 6/3/2025, đoàn đại biểu tỉnh Luông Nậm Thà do ông Khăm-phăn Vông-xay, Tỉnh trưởng dẫn đầu đã có"
        " chuyến thăm, làm việc tại tỉnh Lào Cai và tỉnh Yên Bái. Tỉnh trưởng cho biết, sau chuyến thăm, tỉnh sẽ giao"
        " Sở Ngoại vụ tổng hợp các nội dung đã thống nhất, trình Tỉnh ủy để đưa vào chương trình hợp tác đối ngoại năm"
        " 2026."
    )
    assert not x.agreements


def test_a_bare_department_goes_on_with_the_province_whose_department_was_just_spoken_of() -> None:
    x = read(
        "Bà Lê Thị Hạnh giới thiệu kết quả của Sở Y tế tỉnh Quảng Ngãi trong hợp tác với nước bạn. Năm 2023, Sở đã"
        " phối hợp với Sở Y tế tỉnh Át-tạ-pư tổ chức khám bệnh cho người dân vùng biên."
    )
    assert ("province:LA-AT", "province:VN-quang-ngai") in {(p.a, p.b) for p in x.partnerships}


def test_a_bare_department_of_the_same_country_as_its_partner_pairs_nobody() -> None:
    x = read(
        "Bà Lê Thị Hạnh giới thiệu kết quả của Sở Y tế tỉnh Quảng Ngãi trong hợp tác với nước bạn. Năm 2023, Sở đã"
        " phối hợp với Sở Y tế tỉnh Bình Định tổ chức tập huấn."
    )
    assert not x.partnerships


_A_GOVERNORS_TRIP = (
    "Từ ngày 4 đến 8/5/2025, đoàn đại biểu tỉnh Sa-la-van do ông Khăm-xay Phôm-ma-chăn, Tỉnh trưởng tỉnh Sa-la-van dẫn"
    " đầu đã thăm và làm việc tại Việt Nam.\n\n"
    "Ngày 5/5, tại trụ sở UBND tỉnh Gia Lai, ông Đỗ Minh Khôi, Chủ tịch UBND tỉnh Gia Lai đã hội đàm với đoàn. Hai bên"
    " điểm lại kết quả hợp tác về giáo dục và y tế.\n\n"
    "Ngày 6/5, đoàn đến thành phố Đà Nẵng và làm việc với UBND thành phố Đà Nẵng.\n\n"
    "Ngày 7/5, đoàn ra Hà Nội, đến thăm Tập đoàn Bưu chính Viễn thông Việt Nam.\n"
)


def test_a_session_held_with_the_bare_delegation_is_the_trips_guests() -> None:
    x = read(_A_GOVERNORS_TRIP)
    pairs = {(p.a, p.b) for p in x.partnerships}
    assert ("province:LA-SL", "province:VN-gia-lai") in pairs
    assert ("province:LA-SL", "province:VN-da-nang") in pairs
    assert ("province:LA-SL", "province:VN-ha-noi") not in pairs


def test_the_two_departments_of_a_paper_told_at_a_meeting_are_the_meetings() -> None:
    x = read(
        "Khóa tập huấn có học viên của Sở Y tế các tỉnh Xê Kông, Át-tạ-pư và Chăm-pa-xắc. Đại diện học viên, bà"
        " Bua-phăn Xỉ-xu-vông, chuyên viên Sở Y tế tỉnh Át-tạ-pư phát biểu cảm ơn. Bà Bua-phăn cho biết Sở Y tế tỉnh"
        " Át-tạ-pư mong được học thêm.\n\n"
        "Chiều cùng ngày 9/4/2024, Sở Y tế tỉnh Quảng Nam đã tiếp và làm việc với đoàn cán bộ Sở Y tế tỉnh Xê Kông.\n\n"
        "Tại buổi làm việc, hai bên rà soát kết quả thực hiện Bản ghi nhớ hợp tác giữa hai Sở ký năm 2021."
    )
    paper = next(a for a in x.agreements if a.date == "2021")
    assert {ref for _, ref in paper.parties} == {"Sở Y tế tỉnh Quảng Nam", "Sở Y tế tỉnh Xê Kông"}


def test_a_sentence_opening_where_the_delegation_just_arrived_is_of_the_day_it_arrived() -> None:
    x = read(
        "Ngày 22/4/2023, đoàn đến tỉnh Luông Pha-bang. Tại thành phố Luông Pha-bang, ông Xổm-phết Phôm-vi-lay, Phó"
        " Tỉnh trưởng tỉnh Luông Pha-bang đã tiếp đoàn."
    )
    assert [(e.event_type, e.date) for e in x.events] == [(EventType.RECEPTION, "2023-04-22")]


def test_a_sentence_opening_at_a_place_in_a_new_paragraph_keeps_no_day() -> None:
    x = read(
        "Ngày 22/4/2023, đoàn đến tỉnh Luông Pha-bang.\n\nTại thành phố Luông Pha-bang, ông Xổm-phết Phôm-vi-lay, Phó"
        " Tỉnh trưởng tỉnh Luông Pha-bang đã tiếp đoàn."
    )
    assert all(e.date != "2023-04-22" for e in x.events if e.event_type is EventType.RECEPTION)


def test_a_meeting_told_as_held_before_another_that_day_is_one_of_its_own() -> None:
    x = read(
        "Tối 9/10/2024, tại thành phố Pắc-xế, Sở Công Thương tỉnh Đắk Lắk và Sở Công Thương tỉnh Chăm-pa-xắc khai mạc"
        " Hội chợ cà phê hai tỉnh. Hội chợ kéo dài đến hết ngày 13/10.\n\n"
        "Trước lễ khai mạc, chiều cùng ngày, hai Sở đã tổ chức Diễn đàn kết nối doanh nghiệp với sự tham gia của Phòng"
        " Công nghiệp và Thương mại Quốc gia Lào."
    )
    assert [e.date for e in x.events if e.event_type is EventType.FORUM] == ["2024-10-09", "2024-10-09"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Năm nay có 40 học viên Lào theo học tại Trường Chính trị Trần Phú, Trường Cao đẳng Kỹ thuật Việt Đức.",
            "Trường Chính trị Trần Phú",
        ),
        ("Đoàn đã thăm Trường THPT chuyên Hà Huy Tập.", "Trường THPT chuyên Hà Huy Tập"),
    ],
)
def test_a_political_or_specialised_school_is_named_for_the_leader_after_it(text: str, name: str) -> None:
    assert [n for n, _ in bodies(text)][0] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trường Đại học Chăm-pa-xắc cũ đã đổi tên.", ["Trường Đại học Chăm-pa-xắc"]),
        ("Trường Đại học Xu-pha-nu-vông nhận 30 sinh viên Việt Nam.", ["Trường Đại học Xu-pha-nu-vông"]),
        (
            "Hiệu trưởng Trường Đại học Xu-pha-nu-vông Khăm-lay Xỉ-vi-lay cùng ký biên bản.",
            ["Trường Đại học Xu-pha-nu-vông"],
        ),
    ],
)
def test_a_university_is_named_by_one_hyphened_word_before_its_rectors_name(text: str, names: list[str]) -> None:
    assert [n for n, _ in bodies(text)] == names


def test_a_university_head_before_a_given_and_family_name_names_no_university() -> None:
    assert bodies("Hiệu trưởng Trường Đại học Khăm-lay Xỉ-vi-lay cùng ký biên bản.") == []


def test_two_provinces_told_after_a_list_are_the_articles_two_sides_not_the_lists_tail() -> None:
    x = read(
        "Ngày 5/11/2024, tại thành phố Pleiku, UBND tỉnh Gia Lai và chính quyền tỉnh Chăm-pa-xắc tổng kết hợp tác."
        " Gia Lai cùng Kon Tum, Đắk Lắk thuộc Tam giác phát triển, phía Lào có Chăm-pa-xắc, Xê Kông, Sa-la-van và"
        " Át-tạ-pư. Theo báo cáo do ông Hồ Văn Điềm, Giám đốc Sở Ngoại vụ Gia Lai trình bày, Thỏa thuận hợp tác được"
        " lãnh đạo hai tỉnh ký kết ngày 2/4/2020 tại thành phố Pắc-xế, tỉnh Chăm-pa-xắc."
    )
    signing = next(e for e in x.events if e.event_type is EventType.SIGNING)
    assert {p.ref for p in signing.participants} == {"province:VN-gia-lai", "province:LA-CH"}
    assert {frozenset((p.a, p.b)) for p in x.partnerships} == {frozenset(("province:VN-gia-lai", "province:LA-CH"))}
    assert [a.signers for a in x.agreements] == [[]]


def test_a_year_after_an_aside_opening_dates_the_visit_it_tells() -> None:
    x = read(
        "Ngày 3/12/2024, UBND tỉnh Quảng Trị tổng kết hợp tác với tỉnh Sa-vẳn-na-khẹt. Ngoài quan hệ gắn bó với"
        " Sa-vẳn-na-khẹt, năm 2024 là lần đầu tiên đoàn đại biểu tỉnh Quảng Trị sang thăm và làm việc với tỉnh Xê Kông."
    )
    visits = [e for e in x.events if e.event_type is EventType.VISIT]
    assert [(v.date, "province:LA-XE" in {p.ref for p in v.participants}) for v in visits] == [("2024", True)]


def test_a_trip_over_the_border_that_was_put_off_late_in_a_long_sentence_is_no_visit() -> None:
    x = read(
        "Bên cạnh đó, chuyến công tác của đoàn cán bộ Sở Y tế Hà Tĩnh sang tỉnh Khăm Muồn để khảo sát nhu cầu đào tạo"
        " điều dưỡng tại các huyện biên giới, theo kế hoạch diễn ra vào giữa tháng 9 vừa qua, cũng đã phải tạm hoãn vì"
        " thời tiết xấu."
    )
    assert x.events == [] and x.partnerships == []


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Quang Hải cho biết, tỉnh Hà Tĩnh đang xúc tiến xây dựng nội dung thỏa thuận hợp tác với tỉnh Khăm Muồn,"
        " dự kiến trình ký trong năm tới.",
        "Hiện Sở Công Thương tỉnh Quảng Trị đang xây dựng dự thảo biên bản ghi nhớ hợp tác với tỉnh Sa-la-van.",
        "Tỉnh Bình Phước xúc tiến quan hệ hợp tác với tỉnh Sa-la-van (Lào) trong lĩnh vực nông nghiệp.",
        "Văn phòng UBND tỉnh Gia Lai đang hoàn thiện đề án thiết lập quan hệ hợp tác giữa tỉnh Gia Lai và tỉnh"
        " Sê Kông (Lào), dự kiến trình trong quý tới.",
        "Theo Sở Nông nghiệp tỉnh Lạng Sơn, lễ ký kết biên bản ghi nhớ hợp tác giữa Sở Nông nghiệp tỉnh Lạng Sơn và"
        " Sở Nông nghiệp và Lâm nghiệp tỉnh Luông Nậm Thà, dự kiến tổ chức trong tháng 4/2021, đã phải tạm hoãn.",
        "Lễ ký kết thỏa thuận hợp tác giữa Sở Y tế tỉnh Lạng Sơn và Sở Y tế tỉnh Luông Nậm Thà đã bị hoãn vì mưa lũ.",
    ],
)
def test_a_paper_being_drafted_with_a_province_makes_no_partners(text: str) -> None:
    assert read(text).partnerships == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Tỉnh Sơn La trao tặng thiết bị y tế cho tỉnh Hủa Phăn; Bộ Y tế Lào tiếp nhận vắc xin; Lạng Sơn khai"
            " trương trung tâm dữ liệu là những tin nổi bật trong tuần.",
            ("province:LA-HO", "province:VN-lang-son"),
            id="three-items-each-naming-its-province",
        ),
        pytest.param(
            "Đoàn Sở Giáo dục tỉnh Thanh Hóa đã làm việc với ngành giáo dục tỉnh Hủa Phăn, sau đó tới Thủ đô Viêng"
            " Chăn để báo cáo kết quả hợp tác với Bộ Giáo dục và Thể thao Lào.",
            ("province:LA-VT", "province:VN-thanh-hoa"),
            id="the-place-a-delegation-went-on-to-after-a-session",
        ),
    ],
)
def test_a_province_named_beside_a_meeting_or_an_item_but_not_at_it_is_no_partner(
    text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in {frozenset((p.a, p.b)) for p in read(text).partnerships}


def test_a_paper_the_two_sides_signed_belongs_to_the_meeting_just_told_not_the_articles_own() -> None:
    x = read(
        "Ngày 20/12/2024, UBND tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác đối ngoại năm 2024.\n\n"
        "Ông Hồ Quang Bửu cho biết, ngày 12/4, đoàn đại biểu tỉnh Quảng Nam đã sang chúc Tết và hội đàm với lãnh đạo"
        " tỉnh Xê Kông tại thành phố Xê Kông. Hai bên đã ký Biên bản thỏa thuận hợp tác giai đoạn 2024 - 2028, ưu tiên"
        " các lĩnh vực y tế, giáo dục và nông nghiệp."
    )
    paper = x.agreements[0]
    assert (paper.date, {ref for _, ref in paper.parties}) == (
        "2024-04-12",
        {"province:VN-quang-nam", "province:LA-XE"},
    )
    assert paper.title == "Biên bản thỏa thuận hợp tác giai đoạn 2024 - 2028"


def test_parallel_clauses_each_pair_their_own_subject_and_partner() -> None:
    x = read("Tỉnh Hủa Phăn hợp tác với tỉnh Thanh Hóa, tỉnh Xiêng Khoảng hợp tác với tỉnh Nghệ An.")
    assert {frozenset((p.a, p.b)) for p in x.partnerships} == {
        frozenset(("province:LA-HO", "province:VN-thanh-hoa")),
        frozenset(("province:LA-XI", "province:VN-nghe-an")),
    }


def test_parallel_sessions_in_one_sentence_are_two_meetings_with_their_own_sides() -> None:
    x = read("Ngày 8/6/2023, tỉnh Hủa Phăn làm việc với tỉnh Thanh Hóa, tỉnh Xiêng Khoảng làm việc với tỉnh Nghệ An.")
    assert sorted(sorted(p.ref for p in e.participants) for e in x.events) == [
        ["province:LA-HO", "province:VN-thanh-hoa"],
        ["province:LA-XI", "province:VN-nghe-an"],
    ]


def test_a_national_body_and_a_provinces_branch_of_it_stay_two_bodies() -> None:
    x = read(
        "Sáng 3/8/2023, tại Hà Nội, Hội Hữu nghị Việt Nam - Lào tiếp đoàn Hội Hữu nghị Lào - Việt Nam tỉnh Khăm"
        " Muồn. Theo chương trình, đoàn sẽ vào thăm tỉnh Quảng Bình, làm việc với Hội Hữu nghị Việt Nam - Lào tỉnh"
        " Quảng Bình."
    )
    keys = {o.key for o in x.orgs}
    assert "Hội hữu nghị Việt Nam - Lào" in keys
    assert x.partnerships == []


def test_a_session_retold_in_a_sentence_of_parallel_clauses_takes_no_sides_from_it() -> None:
    x = read(
        "Tháng 5/2019, ông Bun-thoong Xỉ-pha-văn, Giám đốc Sở Giáo dục tỉnh Hủa Phăn, đã dẫn đoàn sang làm việc với Sở"
        " Giáo dục và Đào tạo tỉnh Thanh Hóa. Mỗi tỉnh có chương trình riêng: Hủa Phăn làm việc với Thanh Hóa theo"
        " chương trình của mình, Xiêng Khoảng làm việc với Nghệ An theo chương trình của mình."
    )
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-XI", "province:VN-thanh-hoa")) not in pairs
    assert frozenset(("province:LA-HO", "province:VN-nghe-an")) not in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hợp tác Hà Tĩnh - Bô-ly-khăm-xay sau 10 năm: Còn nhiều dư địa?", {"province:VN-ha-tinh", "province:LA-BL"}),
        (
            "Trong đó, mối quan hệ Sơn La - Luông Pha-bang luôn là điểm sáng của hợp tác địa phương.",
            {"province:VN-son-la", "province:LA-LP"},
        ),
    ],
)
def test_a_relation_named_by_its_two_sides_dashed_together_pairs_them(text: str, pair: set[str]) -> None:
    assert [{p.a, p.b} for p in read(text).partnerships] == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên mong muốn quan hệ hợp tác Hà Tĩnh - Bô-ly-khăm-xay sớm được thiết lập.",
        "Hợp tác Việt Nam - Lào trong lĩnh vực y tế tiếp tục phát triển.",
        "Tuyến đường Vinh - Xiêng Khoảng được nâng cấp.",
    ],
)
def test_a_wished_relation_or_two_countries_or_a_route_pair_no_provinces(text: str) -> None:
    assert read(text).partnerships == []


def test_a_meeting_with_one_province_and_an_official_of_the_unnamed_province_pairs_the_pages_province() -> None:
    x = read(
        "Ngày 20/12/2022, tỉnh Lai Châu tổ chức hội nghị tổng kết công tác đối ngoại. Lai Châu đã tiếp nhận 30 lưu"
        " học sinh Lào; các doanh nghiệp của Lai Châu tham gia hội chợ tại tỉnh Điện Biên.\n\n"
        "Theo Phó Chủ tịch UBND tỉnh Tống Thanh Hải, dấu ấn của năm là cuộc hội đàm với tỉnh Luông Nậm Thà được tổ"
        " chức bằng hình thức trực tuyến ngày 10/5. Lai Châu cũng hỗ trợ vật tư y tế cho các bản biên giới."
    )
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-LM", "province:VN-lai-chau")) in pairs
    assert frozenset(("province:LA-LM", "province:VN-dien-bien")) not in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Ngày 27/12/2019, tỉnh Thanh Hóa tổng kết công tác đối ngoại. Năm qua, Thanh Hóa đón 15 đoàn khách quốc tế;"
            " các sở của Thanh Hóa ký 4 văn bản hợp tác.\n\n"
            "Ngày 14/5/2019, tại trụ sở, lãnh đạo UBND tỉnh đã tiếp và làm việc với đoàn đại biểu tỉnh Hủa"
            " Phăn do ông Xỉ-xổm-phon Văn-na-vông, Phó Tỉnh trưởng, dẫn đầu.",
            ("province:LA-HO", "province:VN-thanh-hoa"),
            id="received-by-the-leaders-of-the-unnamed-provinces-committee",
        ),
        pytest.param(
            "Ngày 9/1/2025, tỉnh Quảng Bình tổng kết công tác đối ngoại. Năm qua, Quảng Bình đón 20 đoàn khách; các sở"
            " của Quảng Bình mở rộng hợp tác với nhiều đối tác.\n\n"
            "Tháng 8/2024, đoàn công tác của tỉnh đã làm việc với ông Bun-lăm Xỉ-pha-sợt, Phó Tỉnh trưởng tỉnh"
            " Sa-vẳn-na-khệt, thống nhất phối hợp đào tạo nghề.",
            ("province:LA-SV", "province:VN-quang-binh"),
            id="meeting-an-official-named-by-his-post",
        ),
    ],
)
def test_a_meeting_with_one_province_and_the_unnamed_province_pairs_the_pages_province(
    text: str, pair: tuple[str, str]
) -> None:
    assert {frozenset((p.a, p.b)) for p in read(text).partnerships} == {frozenset(pair)}


def test_a_session_led_by_a_director_named_in_full_above_pairs_his_province() -> None:
    x = read(
        "Báo cáo tại hội nghị, ông Lường Văn Kiên, Giám đốc Sở Y tế tỉnh Lai Châu, cho biết năm qua ngành đã hợp tác"
        " với các tỉnh bạn.\n\n"
        "Từ ngày 3 đến 5/9/2023, đoàn công tác của Sở do ông Lường Văn Kiên dẫn đầu đã làm việc với Sở Y tế tỉnh"
        " Phông-xa-lỳ."
    )
    assert {frozenset((p.a, p.b)) for p in x.partnerships} == {frozenset(("province:LA-PH", "province:VN-lai-chau"))}


def test_those_who_received_the_delegation_where_it_moved_on_to_met_it_that_day() -> None:
    x = read(
        "Từ ngày 10 đến 13/3/2024, đoàn công tác tỉnh Lai Châu thăm và làm việc tại tỉnh Luông Nậm Thà. Ngày 10/3,"
        " đoàn làm việc với lãnh đạo tỉnh Luông Nậm Thà.\n\n"
        "Ngày 12/3, đoàn di chuyển đến huyện Mường Sinh. Tiếp và làm việc với đoàn, ông Khăm-xẻng Bun-ma, Chủ tịch"
        " huyện Mường Sinh, giới thiệu tình hình kinh tế - xã hội của địa phương."
    )
    met = [e for e in x.events if e.date == "2024-03-12"]
    assert len(met) == 1 and "Khăm-xẻng Bun-ma" in {p.ref for p in met[0].participants}


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 9/3/2021, Phó Chủ tịch UBND tỉnh Trần Văn Lộc chủ trì cuộc họp với các sở, ngành để chuẩn bị chuyến thăm"
        " và làm việc của đoàn đại biểu tỉnh tại tỉnh Xê Kông. Tỉnh Quảng Ngãi sẽ bố trí kinh phí cho chuyến đi.",
        "Ông Xổm-xạ-vắt Lạ-văn, Phó Tỉnh trưởng tỉnh Bò Kẹo, dẫn đầu đoàn. Tại Hà Nội, ngày 22/9/2023, ông Xổm-xạ-vắt"
        " Lạ-văn đến chào Đại sứ quán Lào tại Việt Nam.",
    ],
)
def test_an_official_pairs_his_province_only_with_the_side_a_meeting_was_held_with(text: str) -> None:
    assert read(text).partnerships == []


def test_those_who_received_the_delegation_on_the_day_it_went_on_to_visit_another_province_met_it_that_day() -> None:
    x = read(
        "Từ ngày 3 đến 4/2/2024, đoàn đại biểu tỉnh Quảng Trị do ông Hoàng Nam dẫn đầu đã đến thăm, chúc Tết hai tỉnh"
        " Sa-la-van và Sa-vẳn-na-khệt.\n\n"
        "Ngày 3/2, tại thành phố Sa-la-van, ông Phon-xay Vi-lay-sắc, Tỉnh trưởng tỉnh Sa-la-van, đã tiếp đoàn.\n\n"
        "Ngày 4/2, đoàn đến thăm, chúc Tết tỉnh Sa-vẳn-na-khệt. Tiếp đoàn, ông Xu-li-nha Phôm-ma-vông, Phó Tỉnh trưởng"
        " tỉnh Sa-vẳn-na-khệt, cảm ơn tình cảm của tỉnh Quảng Trị."
    )
    met = [e for e in x.events if e.date == "2024-02-04"]
    assert len(met) == 1 and "Xu-li-nha Phôm-ma-vông" in {p.ref for p in met[0].participants}


def test_those_who_received_the_delegation_after_an_arrival_that_told_a_session_hosted_that_session() -> None:
    x = read(
        "Ngày 14/5/2024, đoàn đến tỉnh Điện Biên và làm việc với Ủy ban nhân dân tỉnh Điện Biên. Tiếp đoàn, ông Lò Văn"
        " Cương, Phó Chủ tịch UBND tỉnh Điện Biên, giới thiệu tình hình hợp tác với tỉnh Phông-xa-lỳ."
    )
    dated = [e for e in x.events if e.date == "2024-05-14"]
    assert len(dated) == 1 and "Lò Văn Cương" in {p.ref for p in dated[0].participants}


def test_the_unnamed_provinces_delegation_visiting_the_province_a_paragraph_is_about_pairs_the_pages_province() -> None:
    x = read(
        "Ngày 10/1/2025, UBND tỉnh Kon Tum tổng kết công tác đối ngoại. Năm qua, Kon Tum đón 12 đoàn khách quốc tế;"
        " Kon Tum tổ chức 3 hội nghị xúc tiến đầu tư; Kon Tum tham gia hội chợ tại tỉnh Bình Định.\n\n"
        "Với tỉnh Xê Kông, tháng 11/2024, đoàn công tác của tỉnh lần đầu sang thăm và làm việc với lãnh đạo tỉnh bạn"
        " tại thị xã La-mam. Hai bên chưa ký văn bản hợp tác nào."
    )
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-XE", "province:VN-kon-tum")) in pairs
    assert frozenset(("province:LA-XE", "province:VN-binh-dinh")) not in pairs


def test_two_provinces_after_a_frame_naming_one_are_it_and_the_pages_own() -> None:
    x = read(
        "Ngày 20/12/2022, tỉnh Chăm-pa-xắc tổng kết công tác đối ngoại. Chăm-pa-xắc đón nhiều đoàn khách; Chăm-pa-xắc"
        " mở rộng thương mại với Thái Lan; Chăm-pa-xắc cử cán bộ đi học.\n\n"
        "Với tỉnh Bình Định, ngày 8/6, lãnh đạo hai tỉnh tổ chức cuộc họp trực tuyến về hợp tác nông nghiệp."
    )
    meeting = next(e for e in x.events if e.date == "2022-06-08")
    assert {p.ref for p in meeting.participants} == {"province:LA-CH", "province:VN-binh-dinh"}


def test_two_provinces_after_a_frame_on_a_page_naming_a_partner_nearly_as_often_as_itself() -> None:
    x = read(
        "Ngày 22/12/2021, tỉnh Lai Châu tổng kết công tác đối ngoại. Lai Châu hợp tác với tỉnh Phông-xa-lỳ; Lai Châu"
        " trao tặng Phông-xa-lỳ vật tư y tế; Phông-xa-lỳ cử học sinh sang Lai Châu; Phông-xa-lỳ mở chợ biên giới.\n\n"
        "Với tỉnh Luông Nậm Thà, ngày 6/5/2021, lãnh đạo hai tỉnh đã hội đàm trực tuyến về phòng, chống dịch bệnh."
    )
    meeting = next(e for e in x.events if e.date == "2021-05-06")
    assert {p.ref for p in meeting.participants} >= {"province:LA-LM", "province:VN-lai-chau"}


def test_two_provinces_after_a_frame_on_a_page_naming_two_provinces_equally_are_it_and_the_headlines() -> None:
    x = read(
        "Hủa Phăn: Năm 2023 mở rộng hợp tác với các địa phương\n\n"
        "Ngày 28/12/2023, tỉnh Hủa Phăn tổng kết công tác đối ngoại. Thanh Hóa tiếp tục là đối tác gần gũi; Thanh Hóa"
        " và Hủa Phăn trao đổi 20 đoàn; Thanh Hóa nhận 40 học sinh; Thanh Hóa mở chợ biên giới với Hủa Phăn.\n\n"
        "Với tỉnh Xiêng Khoảng, hai tỉnh đã tổ chức buổi làm việc chung vào tháng 9/2023 tại huyện Viêng Thoong."
    )
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-XI", "province:VN-thanh-hoa")) not in pairs
    meeting = next(e for e in x.events if e.date == "2023-09")
    assert {p.ref for p in meeting.participants} >= {"province:LA-HO", "province:LA-XI"}


def test_the_friend_province_a_session_was_held_with_is_the_one_just_spoken_of() -> None:
    x = read(
        "Ông Trần Văn Hòa cho biết, quan hệ hợp tác toàn diện với tỉnh Khăm Muồn tiếp tục được triển khai. Ngày"
        " 20/4/2019, đoàn đại biểu tỉnh Quảng Bình đã sang thăm và hội đàm với lãnh đạo tỉnh bạn tại thành phố Thà"
        " Khẹc; kết thúc hội đàm, hai tỉnh ký biên bản."
    )
    talks = next(e for e in x.events if e.event_type is EventType.TALKS)
    assert {"province:LA-KH", "province:VN-quang-binh"} <= {p.ref for p in talks.participants}


def test_two_provinces_after_a_frame_in_a_lao_provinces_review_are_two_lao_provinces() -> None:
    x = read(
        "Ngày 28/12/2023, tỉnh Hủa Phăn tổng kết công tác đối ngoại. Hủa Phăn tiếp tục hợp tác với tỉnh Thanh Hóa;"
        " Hủa Phăn và Thanh Hóa trao đổi 20 đoàn; Hủa Phăn cử 40 học sinh sang Thanh Hóa học tập; Hủa Phăn mở thêm"
        " chợ biên giới.\n\n"
        "Với tỉnh Xiêng Khoảng, hai tỉnh đã tổ chức buổi làm việc chung vào tháng 9/2023 tại huyện Viêng Thoong."
    )
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-XI", "province:VN-thanh-hoa")) not in pairs


def test_a_meeting_months_after_the_one_before_it_borrows_none_of_its_people() -> None:
    x = read(
        "Ngày 18/12/2023, tỉnh Gia Lai tổng kết công tác đối ngoại. Tháng 3/2023, tại thành phố Xa-mắc-khi-xay, đoàn"
        " công tác do Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế dẫn đầu đã hội đàm với lãnh đạo tỉnh Át-tạ-pư.\n\n"
        "Đối với tỉnh Ratanakiri (Campuchia), tỉnh đã tổ chức hội đàm về quản lý biên giới tại thị trấn Ban Lung"
        " vào tháng 9/2023."
    )
    september = [e for e in x.events if e.date == "2023-09"]
    assert all("Nguyễn Hữu Quế" not in {p.ref for p in e.participants} for e in september)


def test_a_paper_signed_by_the_unnamed_provinces_chairman_is_the_pages_province() -> None:
    x = read(
        "Ngày 26/12/2019, tỉnh Quảng Bình tổng kết công tác đối ngoại. Năm qua, Quảng Bình đón 30 đoàn khách; các sở"
        " của Quảng Bình ký 6 văn bản hợp tác.\n\n"
        "Ngày 9/5/2019, tại trụ sở, Chủ tịch UBND tỉnh Trần Công Thuật và Tỉnh trưởng tỉnh Khăm Muồn Vông-xay"
        " Ma-ni-vông đã ký Biên bản ghi nhớ hợp tác giai đoạn 2019 - 2023."
    )
    paper = next(a for a in x.agreements if a.date == "2019-05-09")
    assert {ref for _, ref in paper.parties} == {"province:LA-KH", "province:VN-quang-binh"}


def test_a_session_at_a_trips_next_stop_is_its_own_not_the_one_told_before() -> None:
    x = read(
        "Thứ Ba, 14/11/2023 - 08:00\n\n"
        "Tại Lai Châu, ngày 10/11, đoàn Sở Y tế tỉnh Phông-xa-lỳ đã làm việc với Sở Y tế tỉnh Lai Châu về khám chữa"
        " bệnh biên giới.\n\n"
        "Rời Lai Châu, trong hai ngày 12 và 13/11, đoàn tới tỉnh Lào Cai. Tại buổi làm việc với Sở Y tế tỉnh Lào"
        " Cai, ông Lê Minh Phúc, Phó Giám đốc Sở giới thiệu mô hình y tế cơ sở."
    )
    sessions = {e.date: e for e in x.events if e.event_type is EventType.WORKING_SESSION}
    assert set(sessions) == {"2023-11-10", "2023-11-12"}
    # (held with the delegation that came from the stop before)
    assert {p.ref for p in sessions["2023-11-12"].participants} >= {"Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Phông-xa-lỳ"}
    assert "Lê Minh Phúc" not in {p.ref for p in sessions["2023-11-10"].participants}


def test_the_capital_among_a_trips_stops_listed_after_cac_tinh_is_no_side() -> None:
    x = read(
        "Từ ngày 6 đến 9/5/2024, đoàn Sở Giáo dục và Thể thao tỉnh Xê Kông đã thăm, làm việc tại các tỉnh Quảng Nam,"
        " Quảng Ngãi và thành phố Hà Nội. Ngày 8/5, tại Hà Nội, đoàn làm việc với Viện Khoa học Giáo dục Việt Nam."
    )
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-XE", "province:VN-ha-noi")) not in pairs
    assert frozenset(("province:LA-XE", "province:VN-quang-nam")) in pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỉnh Đắk Nông đang xúc tiến ký thỏa thuận hợp tác với tỉnh Xê Kông về trồng cà phê.",
        "Ông Phết-xa-vẳn cho biết, Công an tỉnh Sa-la-van đang trao đổi để có thể ký kết thỏa thuận hợp tác với Công"
        " an tỉnh Quảng Bình trong năm 2026.",
        # a bulletin's teaser for next week
        "Trong bản tin tuần tới, mời quý vị đón xem: Lễ ký kết thỏa thuận hợp tác giữa tỉnh Thái Bình và tỉnh Luông"
        " Nậm Thà về trồng lúa.",
        # a yes-no question is asked, not told
        "PV: Bộ đội Biên phòng tỉnh Kon Tum có phối hợp với lực lượng của tỉnh Át-tạ-pư không?\n\n"
        "Ông Lê Văn Tường: Chúng tôi đang tìm hiểu khả năng phối hợp.",
    ],
)
def test_what_is_on_the_way_teased_or_asked_signs_nothing_and_pairs_no_one(sentence: str) -> None:
    x = read("Thứ Hai, 10/11/2025 - 09:00\n\n" + sentence)
    assert x.agreements == []
    assert x.partnerships == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Phóng viên trao đổi với Đại tá Đinh Văn Hậu, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum.\n\n"
            "Đại tá Đinh Văn Hậu: Ngày 5/12/2024, tại huyện Phu Vông, tôi và Đại tá Xỉ-xa-vắt Bun-nhang, Chỉ huy"
            " trưởng Bộ Chỉ huy Quân sự tỉnh Át-tạ-pư, đã hội đàm và ký biên bản.",
            ("province:LA-AT", "province:VN-kon-tum"),
            id="talks",
        ),
        pytest.param(
            "Phóng viên trò chuyện với ông Lò Văn Tiến, Giám đốc Sở Khoa học và Công nghệ tỉnh Lai Châu.\n\n"
            "Ông Lò Văn Tiến: Năm 2024, Sở Y tế tỉnh Điện Biên đã làm việc với Sở Y tế tỉnh Phông Sa Lỳ. Ngày"
            " 14/8/2025, tôi chủ trì cuộc họp trực tuyến với Sở Công nghệ và Truyền thông tỉnh Phông Sa Lỳ để bàn"
            " tiếp việc số hóa.",
            ("province:LA-PH", "province:VN-lai-chau"),
            id="an-online-meeting",
        ),
    ],
)
def test_a_meeting_told_in_the_first_person_is_held_by_the_side_the_speakers_post_is_in(
    text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in {frozenset((p.a, p.b)) for p in read(text).partnerships}


def test_a_paper_named_in_a_digests_lead_beside_other_items_was_not_signed_at_their_talks() -> None:
    x = read(
        "Chủ nhật, 12/5/2024 07:30\n\n"
        "Bình Định và Chăm-pa-xắc ký văn bản hợp tác du lịch; hai Bộ Tư pháp hội đàm tại Hà Nội.\n\n"
        "- Bình Định - Chăm-pa-xắc: ký văn bản hợp tác du lịch\n\n"
        "Ngày 7/5, tại thành phố Quy Nhơn, Sở Du lịch tỉnh Bình Định và Sở Thông tin, Văn hóa và Du lịch tỉnh"
        " Chăm-pa-xắc đã ký biên bản ghi nhớ hợp tác giai đoạn 2024 - 2027.\n\n"
        "- Hai Bộ Tư pháp hội đàm\n\n"
        "Ngày 10/5, tại Hà Nội, Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào đã hội đàm về đào tạo cán bộ."
    )
    paper = next(a for a in x.agreements if a.date == "2024-05-07")
    talks = next(e for e in x.events if e.event_type is EventType.TALKS)
    assert paper.event_key != talks.key


def test_a_highland_officials_name_after_a_bare_tinh_is_the_official_not_a_province() -> None:
    x = read("Phát biểu tại lễ bàn giao, Phó Chủ tịch UBND tỉnh Y Hoan Byă cho biết, hai tỉnh đã hợp tác từ lâu.")
    assert "Y Hoan Byă" in {p.name for p in x.persons}
    assert not any("Byă" in o.name for o in x.orgs)


def test_o_like_tai_tells_where_a_body_is_and_ends_its_name() -> None:
    x = read("Đoàn đến thăm Hợp tác xã Chè Mộc Châu ở huyện Mộc Châu.")
    assert "Hợp tác xã Chè Mộc Châu" in {o.name for o in x.orgs}


def test_a_meeting_a_digests_lead_lists_among_its_items_is_the_items_own() -> None:
    x = read(
        "Thứ Năm, 15/10/2020 - 17:30\n\n"
        "Điểm tin hợp tác ngày 15/10\n\n"
        "Quảng Ngãi trao đổi kinh nghiệm nông nghiệp với tỉnh Xê Kông; thiết bị được trao cho Bộ Nông nghiệp và Lâm"
        " nghiệp Lào; Vĩnh Long khai trương trung tâm dữ liệu là những tin đáng chú ý hôm nay.\n\n"
        "- Quảng Ngãi và Xê Kông trao đổi kinh nghiệm\n\n"
        "Sáng 12/10, Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi và Sở Nông nghiệp và Lâm nghiệp tỉnh Xê"
        " Kông tổ chức cuộc họp trực tuyến.\n\n"
        "- Vĩnh Long khai trương trung tâm dữ liệu\n\n"
        "Ngày 13/10, UBND tỉnh Vĩnh Long khai trương Trung tâm Dữ liệu tỉnh."
    )
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-XE", "province:VN-vinh-long")) not in pairs
    assert frozenset(("province:LA-XE", "province:VN-quang-ngai")) in pairs


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Hội chợ có 150 gian hàng đến từ hơn 15 tỉnh, thành phố như Bình Dương, Long An, Hải Dương, trưng bày nông"
            " sản và hàng tiêu dùng.",
            id="a-count",
        ),
        pytest.param(
            "Học viên của khóa phần lớn đến từ những tỉnh miền núi phía Bắc Lào như Phông Sa Lỳ, U Đôm Xay và Bò Kẹo.",
            id="a-region",
        ),
        pytest.param(
            "Hiện có khoảng 300 sinh viên Chăm Pa Sắc đang học tập tại Cần Thơ, An Giang và Đồng Tháp.",
            id="where-they-study",
        ),
    ],
)
def test_provinces_exemplifying_where_people_come_from_or_study_are_aside(sentence: str) -> None:
    assert all(p.aside for p in read(sentence).provinces)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Lạng Sơn đã họp.",
            "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Lạng Sơn",
        ),
        ("Cục Phòng, chống tệ nạn xã hội đã làm việc với đoàn.", "Cục Phòng, chống tệ nạn xã hội"),
        (
            "Ông A gặp Bộ trưởng Bộ Nông nghiệp, Thủy lợi, Nông thôn và Môi trường Thái Lan hôm qua.",
            "Bộ Nông nghiệp, Thủy lợi, Nông thôn và Môi trường Thái Lan",
        ),
    ],
)
def test_phong_chong_a_diseases_code_and_fields_a_comma_apart_are_words_of_a_bodys_name(
    sentence: str, body: str
) -> None:
    assert body in {o.name for o in read(sentence).orgs}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a trainee speaking at a course's closing speaks for no side
        (
            "Ngày 20/9/2024, Trường Cao đẳng Nông nghiệp Nam Bộ và Sở Nông nghiệp và Phát triển nông thôn tỉnh Tiền"
            " Giang tổ chức lễ bế giảng khóa tập huấn cho cán bộ Lào.\n\n"
            "Ông Bun-mi Xay-ya-vông, Trưởng phòng Sở Nông nghiệp và Lâm nghiệp tỉnh Chăm-pa-xắc, đại diện học viên cho"
            " biết, khóa học giúp học viên nắm vững kỹ thuật trồng lúa.",
            "province:LA-CH",
            "province:VN-tien-giang",
        ),
        # the capital a delegation went to only to see a firm
        (
            "Tháng 4/2022, đoàn cán bộ tỉnh Khăm Muồn do ông Vông-phết Xay-nha-vông dẫn đầu đã sang Hà Nội, thăm Trung"
            " tâm Điều hành của Tập đoàn Bưu chính Viễn thông Việt Nam.",
            "province:LA-KH",
            "province:VN-ha-noi",
        ),
        # provinces at a day two ministries hold meet the ministries
        (
            "Ngày hội Chuyển đổi số Việt Nam - Lào do Bộ Khoa học và Công nghệ cùng Bộ Công nghệ và Truyền thông Lào"
            " đứng ra tổ chức sáng 9/6/2025 tại Cần Thơ, có đại diện Sở Khoa học và Công nghệ thành phố Cần Thơ."
            " Tại ngày hội, đại diện Sở Công nghệ và Truyền thông tỉnh Sa-la-van giới thiệu dự án thành phố"
            " thông minh.",
            "province:LA-SL",
            "province:VN-can-tho",
        ),
        # a firm of a province received is no side for its province
        (
            "Ngày 3/4/2023, Giám đốc Sở Công Thương tỉnh Sa-la-van Khăm-phoong Vi-lay-vông đã tiếp đại diện Công ty Cổ"
            " phần Chè Thái Bảo của tỉnh Lâm Đồng do ông Trương Minh Quang, Giám đốc công ty dẫn đầu.",
            "province:LA-SL",
            "province:VN-lam-dong",
        ),
    ],
)
def test_one_who_takes_part_only_as_a_guest_trainee_or_firm_pairs_no_provinces(text: str, a: str, b: str) -> None:
    pairs = {frozenset((p.a, p.b)) for p in read(text).partnerships}
    assert frozenset((a, b)) not in pairs


def test_an_abbreviated_universitys_name_is_the_same_national_body_as_its_full_name() -> None:
    x = read(
        "Ngày 4/3/2024, Trường Đại học Sư phạm Hà Nội tiếp đoàn Đại học Quốc gia Lào. Chiều cùng ngày, Trường ĐHSP Hà"
        " Nội và Đại học Quốc gia Lào ký thỏa thuận đào tạo giáo viên."
    )
    assert {o.name for o in x.orgs if o.name.endswith("Hà Nội")} == {"Đại học Sư phạm Hà Nội"}


def test_those_who_received_the_delegation_after_it_journeyed_on_met_it_that_day() -> None:
    x = read(
        "Thứ Năm, 16/5/2024\n\n"
        "Chiều 13/5, đoàn Sở Nông nghiệp tỉnh Hà Tĩnh đã đến chào xã giao ông Bun-thăm Xay-ya, Phó Tỉnh trưởng tỉnh"
        " Khăm Muồn.\n\n"
        "Ngày 14/5, đoàn tiếp tục hành trình sang tỉnh Xiêng Khoảng. Tại thành phố Phôn-xa-vẳn, ông Khăm-lá Vông-xay,"
        " Phó Tỉnh trưởng tỉnh Xiêng Khoảng đã tiếp và làm việc với đoàn."
    )
    receptions = {e.date: e for e in x.events if e.event_type is EventType.RECEPTION}
    assert set(receptions) == {"2024-05-13", "2024-05-14"}
    assert "Khăm-lá Vông-xay" in {p.ref for p in receptions["2024-05-14"].participants}


def test_the_lead_dates_the_trip_the_headline_told_when_the_delegation_went_to_two_provinces_in_turn() -> None:
    x = read(
        "# Đoàn tỉnh Hà Tĩnh thăm, làm việc tại Khăm Muồn và Xiêng Khoảng\n\n"
        "Thứ Năm, 16/5/2024\n\n"
        "Từ ngày 13 đến 15/5, đoàn công tác tỉnh Hà Tĩnh do Phó Chủ tịch UBND tỉnh Trần Đức Nam dẫn đầu đã lần lượt đến"
        " hai tỉnh Khăm Muồn và Xiêng Khoảng."
    )
    assert [e.date for e in x.events if e.event_type is EventType.VISIT] == ["2024-05-13"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Từ năm 2022, Sở Nông nghiệp tỉnh Gia Lai và Sở Nông Lâm tỉnh Át-tạ-pư phối hợp xây dựng vườn ươm cà phê.",
            id="two-joined-before-phoi-hop",
        ),
        pytest.param(
            "Từ năm 2022, Sở Nông nghiệp tỉnh Gia Lai đã cùng Sở Nông Lâm tỉnh Át-tạ-pư vận hành vườn ươm cà phê.",
            id="da-cung-as-voi",
        ),
    ],
)
def test_two_bodies_of_two_provinces_working_together_state_a_partnership(sentence: str) -> None:
    pairs = {frozenset((p.a, p.b)) for p in read(sentence).partnerships}
    assert pairs == {frozenset(("province:LA-AT", "province:VN-gia-lai"))}


def test_a_work_trip_that_says_where_it_went_frames_a_visit_of_its_own() -> None:
    x = read(
        "Thứ Bảy, 21/9/2024\n\n"
        "Trong chuyến công tác 3 ngày sang tỉnh Luông Nậm Thà, đoàn Sở Y tế tỉnh Lai Châu đã làm việc với Sở Y tế tỉnh"
        " Luông Nậm Thà về phòng chống dịch. Sáng 18/9, hai sở có buổi làm việc tại thành phố Luông Nậm Thà."
    )
    assert [e.date for e in x.events if e.event_type is EventType.VISIT] == ["2024-09"]


def test_a_day_of_a_trip_spent_at_a_body_is_a_session_held_there() -> None:
    x = read(
        "Từ ngày 8 đến 10/4/2024, đoàn Sở Y tế tỉnh Sê Kông thăm, làm việc tại Quảng Nam.\n\n"
        "Sáng 9/4, đoàn đến Bệnh viện Đa khoa Trung ương Quảng Nam. Kết thúc buổi làm việc, hai bên ký biên bản ghi"
        " nhớ về đào tạo bác sĩ.\n\n"
        "Ngày 10/4, đoàn tới Tam Kỳ, thăm và làm việc với Trường Đại học Quảng Nam."
    )
    sessions = sorted(e.date for e in x.events if e.event_type is EventType.WORKING_SESSION)
    assert sessions == ["2024-04-09", "2024-04-10"]
    assert [a.date for a in x.agreements] == ["2024-04-09"]


def test_the_bodies_of_a_kind_of_two_provinces_signed_and_who_signed_for_the_two_sides() -> None:
    x = read(
        "Sáng 20/11/2024, Sở Y tế tỉnh Sơn La làm việc với Sở Y tế tỉnh Hủa Phăn. Cuối buổi, Sở Y tế hai tỉnh ký biên"
        " bản hợp tác giai đoạn 2025 - 2027. BS.CKII Cầm Thị Mai và ông Bun-mi Xay-xổm-phu thay mặt hai bên ký văn bản."
    )
    (paper,) = x.agreements
    assert [ref for _, ref in paper.parties] == ["Sở Y tế tỉnh Sơn La", "Sở Y tế tỉnh Hủa Phăn"]
    assert paper.signers == ["Cầm Thị Mai", "Bun-mi Xay-xổm-phu"]


@pytest.mark.parametrize(
    ("hospital", "pairs"),
    [
        pytest.param(
            "Bệnh viện Đa khoa Hà Tĩnh", {frozenset(("province:LA-BL", "province:VN-ha-tinh"))}, id="provincial"
        ),
        pytest.param("Bệnh viện Trung ương Huế", set(), id="national"),
    ],
)
def test_a_hospital_named_after_its_province_is_the_provinces_own_unless_it_is_the_nations(
    hospital: str, pairs: set[frozenset[str]]
) -> None:
    x = read(f"Ngày 2/6/2024, {hospital} và Bệnh viện tỉnh Bô-ly-khăm-xay đã ký biên bản ghi nhớ về đào tạo.")
    assert {frozenset((p.a, p.b)) for p in x.partnerships} == pairs


def test_a_programme_a_meeting_talked_over_was_not_signed_and_long_trong_ends_a_bodys_name() -> None:
    x = read(
        "Sáng 9/3/2025, Trường Đại học Điện Biên và Trường Đại học Souphanouvong long trọng tổ chức lễ kỷ niệm 10 năm"
        " hợp tác. Bên lề buổi lễ, ông Lò Văn Hải và ông Khăm-la Bun-mi có buổi làm việc về chương trình hợp tác năm"
        " 2025 giữa hai tỉnh kết nghĩa Điện Biên - Luông Pha Băng."
    )
    assert "Đại học Souphanouvong" in {o.name for o in x.orgs}
    assert x.agreements == []


def test_minutes_the_two_just_named_signed_at_the_end_of_talks_told_with_their_span() -> None:
    x = read(
        "Thứ Hai, 12/5/2025\n\n"
        "Từ ngày 8 đến 10/10/2024, tại Phôn-xa-vẳn, Bộ Chỉ huy BĐBP tỉnh Nghệ An hội đàm với Bộ Chỉ huy Quân sự tỉnh"
        " Xiêng Khoảng. Đoàn Nghệ An do Đại tá Hồ Văn Sơn dẫn đầu; phía bạn có Đại tá Bun-thon Xay-nha-lạt. Chiều"
        " 10/10, kết thúc hội đàm, hai ông ký biên bản về tuần tra chung."
    )
    assert [(e.event_type, e.date) for e in x.events] == [(EventType.TALKS, "2024-10-08")]
    (paper,) = x.agreements
    assert (paper.date, paper.signers) == ("2024-10-10", ["Hồ Văn Sơn", "Bun-thon Xay-nha-lạt"])


def test_the_head_of_a_unit_named_before_its_body_holds_a_post_in_that_body() -> None:
    x = read("Dự có ông Khăm-phon Xi-la, Trưởng phòng Chính trị Bộ Chỉ huy Quân sự tỉnh Sa-la-van.")
    (person,) = x.persons
    assert [(title, org) for title, org, *_ in person.positions] == [
        ("Trưởng phòng", "Bộ Chỉ huy Quân sự tỉnh Sa-la-van")
    ]


def test_sap_xep_is_the_reorganisation_not_a_plan_to_come() -> None:
    x = read(
        "Sau sắp xếp đơn vị hành chính, thành phố có Thỏa thuận hợp tác giai đoạn 2021 - 2025 mà tỉnh Quảng Nam và"
        " tỉnh Sa-la-van đã ký."
    )
    assert [[ref for _, ref in a.parties] for a in x.agreements] == [["province:VN-quang-nam", "province:LA-SL"]]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "Trong hai ngày 14 và 15/3/2023, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị cùng Bộ Chỉ huy Quân sự"
            " tỉnh Savannakhet tổ chức khám bệnh, cấp thuốc miễn phí cho người dân. Chiều 15/3, tại cửa khẩu Lao Bảo,"
            " Đại tá Hồ Văn Nam đã hội đàm với Thượng tá Bun-mi Xỉ-la, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
            " Savannakhet.",
            [("other", "2023-03-14"), ("talks", "2023-03-15")],
            id="talks-on-a-day-of-a-two-day-clinic",
        ),
        pytest.param(
            "Trong hai ngày 3 – 4/6/2025, đoàn Sở Y tế tỉnh Nghệ An do ông Hồ Văn Lâm dẫn đầu đã có chuyến làm việc"
            " tại tỉnh Xiêng Khoảng. Sáng 4/6, đoàn được Phó Tỉnh trưởng tỉnh Xiêng Khoảng tiếp; ông cảm ơn sự giúp"
            " đỡ của ngành y tế Nghệ An.",
            [("reception", "2025-06-04"), ("visit", "2025-06-03")],
            id="a-trip-for-work-and-a-reception-told-from-the-guests-side",
        ),
    ],
)
def test_meetings_of_their_own_within_a_span(text: str, meetings: list[tuple[str, str]]) -> None:
    assert sorted((e.event_type.value, e.date) for e in read(text).events) == meetings


def test_a_bare_tiep_doan_receives_the_delegation_the_sentence_before_named() -> None:
    x = read(
        "Ngày hội năm nay đón đoàn đại biểu tỉnh Luông Nậm Thà do ông Xổm-xỉ Vông-phăn, Phó Chủ tịch Mặt trận tỉnh,"
        " dẫn đầu. Tối 14/3/2024, ông Lò Văn Mạnh đã tiếp đoàn."
    )
    (reception,) = [e for e in x.events if e.event_type is EventType.RECEPTION]
    assert {"province:LA-LM", "Xổm-xỉ Vông-phăn"} <= {p.ref for p in reception.participants}


def test_a_rarer_family_name_after_chinh_phu_is_the_officials_not_more_of_the_body() -> None:
    x = read("Sáng 27/7/2018, Phó Thủ tướng Chính phủ Quản Minh Cường làm việc với Tỉnh ủy Hà Tĩnh.")
    assert "Quản Minh Cường" in {p.name for p in x.persons}
    assert not [o for o in x.orgs if "Quản" in o.name]


def test_a_day_without_its_year_far_below_a_span_told_with_one_is_of_that_year() -> None:
    x = read(
        "Từ 4 đến 8/3/2019, đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh Lai Châu khám bệnh tại tỉnh Phông Sa Lỳ. "
        + "Bà con các bản vùng cao được cấp thuốc, tư vấn dinh dưỡng và chăm sóc răng miệng miễn phí. " * 12
        + "Chiều 8/3, Bệnh viện Đa khoa tỉnh Lai Châu và Bệnh viện tỉnh Phông Sa Lỳ ký biên bản ghi nhớ giai đoạn"
        " 2020 - 2022. Tại buổi làm việc, bà Vi-đa-ny đề nghị phía Lai Châu tiếp nhận 10 điều dưỡng thực tập trong năm"
        " 2020."
    )
    assert [a.date for a in x.agreements] == ["2019-03-08"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Xê Kông vốn là tỉnh kết nghĩa của Quảng Nam từ nhiều năm nay.", id="twinned-of"),
        pytest.param(
            "Thành phố tiếp nối mối quan hệ hợp tác mà tỉnh Quảng Nam (cũ) và tỉnh Xê Kông đã dày công vun đắp.",
            id="the-two-who-built-it",
        ),
    ],
)
def test_a_province_twinned_of_another_or_a_bond_two_built_pairs_them(sentence: str) -> None:
    pairs = {frozenset((p.a, p.b)) for p in read(sentence).partnerships}
    assert frozenset(("province:LA-XE", "province:VN-quang-nam")) in pairs


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        pytest.param(
            "# Dạy tiếng Việt cho học viên Lào\n\n"
            "Đó là việc trọng tâm của nhà trường năm học 2025-2026, được bà Phạm Thu Hà, Hiệu trưởng Trường Cao đẳng "
            "Sư phạm Hòa Bình, nêu tại lễ khai giảng năm học mới ngày 8/9/2025.",
            EventType.OTHER,
            "2025-09-08",
            id="a-ceremony-dated-by-its-own-day-whatever-school-year-the-sentence-names",
        ),
        pytest.param(
            "Tháng 6/2025, khi hai huyện chưa sáp nhập, đoàn Sở Y tế tỉnh Điện Biên do Phó Giám đốc Quàng Văn Hải dẫn"
            " đầu đã sang thành phố Phông Sa Lỳ làm việc cùng Sở Y tế tỉnh Phông Sa Lỳ về phòng chống sốt rét.",
            EventType.WORKING_SESSION,
            "2025-06",
            id="a-session-gone-over-for-in-a-time-told-by-what-was-not-yet-so",
        ),
        pytest.param(
            "Sáng 5/7/2024, lễ ra quân chiến dịch tình nguyện hè diễn ra tại huyện Sầm Tớ, tỉnh Hủa Phăn.",
            EventType.OTHER,
            "2024-07-05",
            id="a-launch-ceremony",
        ),
        pytest.param(
            "Thứ Năm, 7/3/2024\n\n"
            "Sáng 6/3, Sở Giáo dục và Đào tạo tỉnh Sơn La khai giảng tại thành phố Luông Pha Băng lớp bồi dưỡng"
            " tiếng Việt cho 40 giáo viên của tỉnh bạn.",
            EventType.OTHER,
            "2024-03-06",
            id="opening-a-class-somewhere",
        ),
        pytest.param(
            "# Kết nối 6 tỉnh biên giới trong hội nghị trực tuyến về y tế\n\n"
            "Sáng 5/5/2024, Bộ Y tế Việt Nam cùng Bộ Y tế Lào đồng tổ chức, theo hình thức trực tuyến, hội nghị về"
            " phòng chống dịch vùng biên.",
            EventType.ONLINE_MEETING,
            "2024-05-05",
            id="the-lead-dates-the-online-meeting-the-headline-named",
        ),
        pytest.param(
            "Thứ Bảy, 9/3/2024\n\n"
            "Đoàn doanh nghiệp tỉnh Bình Định vừa khảo sát tỉnh Xê Kông từ ngày 5 đến 7/3/2024, với một bản ghi nhớ"
            " ký tại diễn đàn. Sáng 6/3, Diễn đàn kết nối đầu tư, thương mại Bình Định - Xê Kông diễn ra tại thành"
            " phố La Mam.",
            EventType.FORUM,
            "2024-03-06",
            id="a-forum-named-with-a-trips-span-held-on-the-day-said-later",
        ),
        pytest.param(
            "Thực hiện kế hoạch hợp tác năm 2023 giữa hai tỉnh, chiều 9/10, ông Lê Văn Thành, Phó Tỉnh trưởng tỉnh"
            " Sa-la-van đã tiếp đoàn Sở Nông nghiệp tỉnh Quảng Trị. Từ năm 2016 đến nay, hai sở đã trao đổi nhiều"
            " đoàn.",
            EventType.RECEPTION,
            "2023-10-09",
            id="the-year-of-the-programme-carried-out-not-of-a-habits-start",
        ),
        pytest.param(
            "Từ ngày 9 đến 10/5/2024, tại Viêng Chăn, Nhóm công tác chung của hai Bộ Y tế đã họp phiên thường niên lần"
            " thứ 12.",
            EventType.WORKING_SESSION,
            "2024-05-09",
            id="a-working-group-that-met",
        ),
    ],
)
def test_a_meeting_of_these_shapes_is_found_once_on_its_day(text: str, kind: EventType, day: str) -> None:
    assert [(e.event_type, e.date) for e in read(text).events] == [(kind, day)]


def test_a_trip_to_provinces_in_turn_stops_where_a_day_brings_it_to_a_provinces_body() -> None:
    x = read(
        "Từ 10 đến 13/6/2025, đoàn Sở Y tế tỉnh Điện Biên đã lần lượt làm việc tại các tỉnh Phông Sa Lỳ và U Đôm"
        " Xay. Ngày 12/6, đoàn đến tỉnh U Đôm Xay theo lời mời của Sở Y tế tỉnh U Đôm Xay."
    )
    kinds = sorted((e.event_type.value, e.date) for e in x.events)
    assert kinds == [("visit", "2025-06-10"), ("working_session", "2025-06-12")]
    pairs = {frozenset((p.a, p.b)) for p in x.partnerships}
    assert frozenset(("province:LA-OU", "province:VN-dien-bien")) in pairs
