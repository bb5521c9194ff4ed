"""Cleaning keeps the article and nothing else, on the real seed articles and on small texts."""

from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

import pytest

from graph.errors import BadInput
from ingest.clean import clean
from ingest.load import load_file
from ingest.models import ContentType, RawDocument


def cleaned(path: Path):
    return clean(load_file(path))


def test_page_furniture_after_the_article_is_dropped(shared_corpus: Path) -> None:
    doc = cleaned(shared_corpus / "seeds" / "002_9f8e72b7034beb6c.txt")
    assert "Tin bài liên quan" not in doc.text
    assert "Đan Mạch" not in doc.text and "Thời tiết" not in doc.text and "[Video]" not in doc.text
    assert doc.text.rstrip().endswith("2022 - 2026.")


def test_markdown_images_links_and_photo_credits_are_removed(shared_corpus: Path) -> None:
    doc = cleaned(shared_corpus / "seeds" / "002_9f8e72b7034beb6c.txt")
    assert "![" not in doc.text and "](" not in doc.text
    assert "Ảnh: Thành Luân" not in doc.text


def test_hard_wrapped_sentences_are_joined(shared_corpus: Path) -> None:
    doc = cleaned(shared_corpus / "seeds" / "003_c712ea2e573209b7.txt")
    assert "về công nghệ và đổi mới" in doc.text
    assert "Bộ trưởng Boviengkham Vongdara bày tỏ" in doc.text
    assert doc.source == "Bộ Khoa học và Công nghệ (MOST)"


def test_a_repeated_lead_paragraph_is_kept_once(shared_corpus: Path) -> None:
    doc = cleaned(shared_corpus / "seeds" / "004_279c458a66eb0772.txt")
    assert doc.text.count("Biên bản ghi nhớ ngày 9/8/2024") == 1


def test_source_line_and_byline_leave_the_text(shared_corpus: Path) -> None:
    doc = cleaned(shared_corpus / "seeds" / "001_85b9ba8936883d90.txt")
    assert doc.source == "vietnamplus.vn"
    assert "Theo:" not in doc.text and "Back To Top" not in doc.text
    seed_000 = cleaned(shared_corpus / "seeds" / "000_b26a2dbf8bbb7f82.txt")
    assert "Hoài Thu" not in seed_000.text


@pytest.mark.parametrize("form", ["NFC", "NFD"], ids=["nfc-input", "nfd-input"])
def test_text_is_nfc_and_the_id_depends_only_on_the_cleaned_text(form: str) -> None:
    text = unicodedata.normalize(form, "# Quảng Trị hợp tác với Khăm Muồn\n\nHai tỉnh ký kết biên bản ghi nhớ.\n")
    doc = clean(RawDocument(origin="x.md", content=text, content_type=ContentType.MARKDOWN))
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.title == "Quảng Trị hợp tác với Khăm Muồn"
    other = clean(
        RawDocument(origin="y.md", content=unicodedata.normalize("NFC", text), content_type=ContentType.MARKDOWN)
    )
    assert other.doc_id == doc.doc_id


def test_html_keeps_the_article_and_drops_the_menu() -> None:
    html = (
        "<html><head><title>Trang tin</title></head><body><nav><a href='/'>Trang chủ</a> Thời tiết</nav>"
        "<article><h1>Sơn La và Xiêng Khoảng ký biên bản</h1><p>Hai tỉnh đã ký biên bản hợp tác toàn diện.</p>"
        "</article><footer>Bản quyền thuộc về tòa soạn</footer></body></html>"
    )
    doc = clean(RawDocument(origin="x.html", content=html, content_type=ContentType.HTML))
    assert doc.title == "Sơn La và Xiêng Khoảng ký biên bản"
    assert "Thời tiết" not in doc.text and "Bản quyền" not in doc.text
    assert "hợp tác toàn diện" in doc.text


def test_an_empty_page_is_bad_input() -> None:
    with pytest.raises(BadInput):
        clean(RawDocument(origin="x.md", content="![](a.png)\n\n", content_type=ContentType.MARKDOWN))


def test_html_sidebars_and_related_lists_are_dropped_and_the_published_date_kept() -> None:
    html = (
        "<html><head><title>t</title><meta property='article:published_time' content='2024-05-06T08:00:00+07:00'>"
        "</head><body><div class='main-content'><h1>Điện Biên và Phông-xa-lỳ hợp tác</h1>"
        "<p>Hai tỉnh đã ký biên bản ghi nhớ về nông nghiệp.</p></div>"
        "<div class='related-news'><ul><li>Thời tiết hôm nay: mưa lớn ở Bắc Bộ</li></ul></div>"
        "<div id='sidebar'><p>Đọc nhiều: Giá vàng tăng</p></div></body></html>"
    )
    doc = clean(RawDocument(origin="x.html", content=html, content_type=ContentType.HTML))
    assert "Thời tiết" not in doc.text and "Giá vàng" not in doc.text
    assert "biên bản ghi nhớ" in doc.text
    assert doc.published == "2024-05-06"


def test_a_list_of_related_articles_ends_the_article() -> None:
    body = "Ngày 5/4/2022, tỉnh Kon Tum và tỉnh Át-tạ-pư ký kết biên bản ghi nhớ hợp tác giai đoạn 2022 - 2025. " * 3
    page = body + "\nCác tin liên quan:\n- Lãnh đạo tỉnh Gia Lai thăm tỉnh Sa-la-van (10-08-2010)\n- Tin (1-1-2010)"
    cleaned = clean(RawDocument(origin="t.txt", content=page, content_type=ContentType.TEXT))
    assert cleaned.text == body.strip()


def _cleaned(*paragraphs: str) -> str:
    page = "\n\n".join(paragraphs)
    return clean(RawDocument(origin="t.md", content=page, content_type=ContentType.MARKDOWN)).text


def test_cards_for_other_stories_go_with_their_teasers_and_the_article_goes_on() -> None:
    card_a = "Hội Hữu nghị tỉnh Bắc Ninh trao quà cho sinh viên Lào"
    card_b = "Đà Nẵng và Xê Kông ký kết kế hoạch hợp tác năm 2024"
    text = _cleaned(
        "Hải Dương tiếp đoàn thành phố Suwon",
        "Chiều 7/3, tại Hải Dương, Phó Chủ tịch UBND tỉnh tiếp đoàn đại biểu thành phố Suwon (Hàn Quốc).",
        "Hai bên đã trao đổi về hợp tác giáo dục.",
        f"{card_a} {card_a}",
        "Ngày 2/3, Hội Hữu nghị tỉnh Bắc Ninh đã trao 50 suất quà cho sinh viên Lào.",
        f"{card_b} {card_b}",
        "Sáng 1/3, tại Đà Nẵng, hai bên đã ký kết kế hoạch hợp tác.",
        "Phó Chủ tịch UBND tỉnh đề nghị hai bên mở rộng trao đổi sinh viên.",
    )
    assert "Bắc Ninh" not in text and "Đà Nẵng" not in text
    assert text.endswith("mở rộng trao đổi sinh viên.")


def test_cards_without_teasers_leave_the_article_that_follows() -> None:
    card_a = "Trường Hữu nghị T78 nhận Huân chương Lao động hạng Nhất của Lào"
    card_b = "Trường Hữu nghị T78 là cầu nối tình đoàn kết Lào - Việt Nam"
    text = _cleaned(
        "Đoàn Quốc hội Lào thăm Trường Hữu nghị T78",
        "Ngày 5/1/2024, Đoàn công tác Quốc hội Lào đã thăm Trường Hữu nghị T78.",
        "Đoàn được nhà trường báo cáo về công tác đào tạo.",
        f"{card_a} {card_a}",
        f"{card_b} {card_b}",
        "Tham gia đoàn có lãnh đạo các cơ quan của Quốc hội Lào.",
    )
    assert "Huân chương" not in text
    assert text.endswith("Tham gia đoàn có lãnh đạo các cơ quan của Quốc hội Lào.")


def test_headlines_of_other_stories_inside_the_article_go_and_a_caption_written_twice_stays_once() -> None:
    caption = "Bộ trưởng Trần Văn Sơn cùng đoàn công tác dự Hội thảo tại Viêng Chăn ngày 4/5/2016"
    text = _cleaned(
        "Hội thảo về quản lý tài nguyên nước",
        "Ngày 4/5/2016, tại Viêng Chăn, Bộ Tài nguyên và Môi trường tổ chức hội thảo với các đối tác Lào.",
        "Hai bên trao đổi kinh nghiệm quản lý lưu vực sông.",
        "Bắc Giang trao học bổng cho 30 lưu học sinh Lào",
        "Yên Bái: Hơn 200 lượt cán bộ Lào được bồi dưỡng tiếng Việt",
        caption,
        caption,
        "Hội thảo kết thúc với nhiều đề xuất cụ thể.",
    )
    assert "Bắc Giang" not in text and "Yên Bái" not in text
    assert text.count(caption) == 1


def test_a_caption_closed_by_its_credit_before_a_subheading_stays() -> None:
    caption = "Lãnh đạo hai Sở ký kết Kế hoạch hợp tác năm 2025 tại thành phố Pắc Xế, chiều 9/1. Ảnh: Minh Hà"
    text = _cleaned(
        "Chăm-pa-xắc và Cần Thơ ký kế hoạch hợp tác",
        "Trong chuyến công tác tại tỉnh Chăm-pa-xắc, đoàn Sở Khoa học và Công nghệ Cần Thơ đã làm việc với Sở bạn.",
        caption,
        "Mở rộng hợp tác sang chuyển đổi số",
        "Hai bên thống nhất trao đổi chuyên gia về chuyển đổi số.",
    )
    assert "chiều 9/1" in text


def test_a_copyright_line_and_the_desks_credit_before_it_leave_the_text() -> None:
    text = _cleaned(
        "Chiều 3/3, tại Sở Ngoại vụ TP Cần Thơ, đoàn công tác tỉnh Attapeu đã làm việc về hợp tác đào tạo.",
        "(TN, Sở Ngoại vụ TP Cần Thơ)",
        "Copyright © 2010 Sở Ngoại vụ thành phố Cần Thơ. Mọi thông tin xin liên hệ ban biên tập.",
    )
    assert text.endswith("hợp tác đào tạo.")


def test_a_paragraph_said_again_goes_whatever_its_spacing_and_case_and_a_like_one_stays() -> None:
    lead = (
        "Sáng 12/4/2024, tại Hà Nội, Bộ Khoa học và Công nghệ tiếp đoàn Sở Khoa học và Công nghệ tỉnh Luông Pha Bang."
    )
    # The same commas, full stops and digits as the lead, other words: a paragraph of its own.
    like = "Chiều 12/4/2024, tại Viêng Chăn, Bộ Giáo dục và Thể thao tiếp đoàn Sở Giáo dục và Đào tạo tỉnh Sơn La."
    text = _cleaned(
        lead,
        "Hai bên trao đổi về chuyển đổi số.",
        like,
        lead.upper().replace(" ", "  "),
        "Hai bên trao đổi về chuyển đổi số.",  # 34 letters: a short line may come back
    )
    assert text.split("\n\n") == [
        lead,
        "Hai bên trao đổi về chuyển đổi số.",
        like,
        "Hai bên trao đổi về chuyển đổi số.",
    ]


def _wrapped_page(*paragraphs: str, width: int = 70) -> str:
    """Paragraphs hard-wrapped at a width, as some crawls store pages: CRLF line ends, no blank lines."""
    return "\r\n".join("\r\n".join(textwrap.wrap(p, width)) for p in paragraphs)


_LONG = (
    "Trong năm qua, hai tỉnh đã phối hợp tổ chức nhiều hoạt động giao lưu văn hóa, thể thao và trao đổi kinh "
    "nghiệm quản lý giữa các sở, ngành của hai bên, góp phần củng cố quan hệ hữu nghị truyền thống."
)


def _clean_text(page: str) -> str:
    return clean(RawDocument(origin="t.txt", content=page, content_type=ContentType.TEXT)).text


def test_a_wrapped_line_that_ends_a_sentence_leaves_the_paragraph_going_on() -> None:
    # The line breaks right after "(Lào);": the next word did not fit, so the paragraph goes on.
    head = "Hội nghị có đại diện các tỉnh Hòa Bình, Sơn La (Việt Nam); Hủa Phăn (Lào);"
    paragraph = f"{head} Điện Biên, Lai Châu (Việt Nam) cùng dự và thảo luận về các chương trình hợp tác."
    page = _wrapped_page(_LONG, paragraph, _LONG, width=len(head))
    assert paragraph in _clean_text(page).split("\n\n")


@pytest.mark.parametrize("name", ["Xay-nha-bu-ly", "Khăm-Phăn Xay-Sổm-Phon"])
def test_a_word_hyphen_at_a_wrap_joins_without_a_space(name: str) -> None:
    opening = "Trong năm qua, các sở, ngành đã phối hợp tổ chức cùng tỉnh "
    paragraph = f"{opening}{name} nhiều hoạt động giao lưu văn hóa, thể thao và trao đổi kinh nghiệm quản lý."
    width = len(opening + name.split("-", 1)[0] + "-")
    page = _wrapped_page(_LONG, paragraph, _LONG.replace("hai tỉnh", "hai bên"), width=width)
    assert name in _clean_text(page)


@pytest.mark.parametrize("between", ["\r\n", "\r\n\r\n"])
def test_a_related_storys_slug_line_goes_with_its_wrapped_rest(between: str) -> None:
    slug = "hoi thao chuyen doi so tai vientiane nam 2024 Thanh Hóa tặng thiết bị cho tỉnh Hủa Phăn đợt hai"
    after = _LONG.replace("Trong năm qua", "Sang năm tới").replace("truyền thống", "đặc biệt")
    # (Some pages put a blank line after every line: there it does not end the slug's run.)
    page = _wrapped_page(_LONG, _LONG.replace("hai tỉnh", "hai bên"), slug, after, width=72).replace("\r\n", between)
    text = _clean_text(page)
    assert "Hủa Phăn" not in text and "tặng" not in text
    assert text.endswith("hữu nghị đặc biệt.")


def test_a_date_a_wrapped_sentence_carries_onto_its_next_line_is_no_date_line() -> None:
    page = (
        "Thứ trưởng Bộ Ngoại giao đón Đại sứ Hàn Quốc tại trụ sở của Bộ vào buổi chiều ngày\r\n"
        "12/3/2024, tại Hà Nội.\r\n" + _wrapped_page(_LONG, _LONG)
    )
    doc = clean(RawDocument(origin="t.txt", content=page, content_type=ContentType.TEXT))
    assert doc.published is None and "ngày 12/3/2024, tại Hà Nội." in doc.text
    lower = "Tin tức\r\nquyết của Chính phủ về đổi mới sáng tạo ngày 30/01/2023\r\n" + _wrapped_page(_LONG, _LONG)
    assert clean(RawDocument(origin="t.txt", content=lower, content_type=ContentType.TEXT)).published is None


_CAPTION = "Bộ trưởng Bộ Nội vụ tiếp Thứ trưởng Bộ Nội vụ Lào Khamphet Sisouvanh"
_AFTER_CAPTION = "Tham dự buổi tiếp có lãnh đạo các vụ, cục của hai bộ và đại diện Đại sứ quán Lào tại Hà Nội."


@pytest.mark.parametrize("width", [56, 64, 90])
def test_a_caption_without_its_full_stop_ends_where_the_next_word_would_have_fitted(width: int) -> None:
    page = _wrapped_page(_LONG, _CAPTION, _AFTER_CAPTION, _LONG.replace("hai tỉnh", "hai bộ"), width=width)
    assert _CAPTION in _clean_text(page).split("\n\n")


def test_in_a_wrapped_page_a_blank_line_ends_a_paragraph() -> None:
    # The caption's last line is full, so only the blank line after it says the caption ended.
    caption = "Đại diện hai bên trao đổi tại buổi làm việc với đoàn công tác của tỉnh Sê Kông"
    page = "\r\n".join(
        [_wrapped_page(_LONG, width=60), "", caption, "", _wrapped_page(_AFTER_CAPTION, _LONG, width=60)]
    )
    assert caption in _clean_text(page).split("\n\n")


def test_a_full_line_without_its_full_stop_ends_before_a_sentence_opening_on_a_day() -> None:
    headline = "Hai tỉnh biên giới tăng cường hợp tác trong lĩnh vực y tế và giáo dục"
    lead = "Ngày 4/2, tại Sơn La, đoàn công tác tỉnh Hủa Phăn đã làm việc với Sở Y tế tỉnh Sơn La."
    page = _wrapped_page(_LONG, headline, lead, _LONG.replace("hai tỉnh", "hai bên"), width=len(headline) + 2)
    assert headline in _clean_text(page).split("\n\n")


def test_a_headline_in_capitals_ending_on_a_word_that_asks_for_a_date_still_has_its_date_line_below() -> None:
    page = (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI\n\nKẾ HOẠCH LÀM VIỆC CỦA BAN CHỈ ĐẠO TRONG NHỮNG NGÀY TỚI\n\n"
        "Cập nhật: 08:40, Thứ Hai, 11/5/2026\n\n" + _LONG
    )
    assert clean(RawDocument(origin="t.txt", content=page, content_type=ContentType.TEXT)).published == "2026-05-11"


def test_a_headline_ending_on_a_word_that_asks_for_a_date_leaves_a_date_line_opening_on_its_weekday() -> None:
    page = "Hợp tác giáo dục với tỉnh Hủa Phăn là điểm sáng\n\nThứ Ba, 10/12/2019 - 09:20\n\n" + _LONG
    assert clean(RawDocument(origin="t.txt", content=page, content_type=ContentType.TEXT)).published == "2019-12-10"


def test_a_span_of_two_dates_on_a_line_of_its_own_is_no_date_line() -> None:
    page = (
        "Hội thảo khoa học nhân dịp kỷ niệm 30 năm ngày thành lập Trường\r\n(12/5/1994-12/5/2024).\r\n"
        + _wrapped_page(_LONG, _LONG.replace("hai tỉnh", "hai bên"))
    )
    assert clean(RawDocument(origin="t.txt", content=page, content_type=ContentType.TEXT)).published is None


@pytest.mark.parametrize("width", [60, 72, 100])
def test_story_cards_filled_to_the_wrapping_width_still_go(width: int) -> None:
    card_a = "Hội Hữu nghị tỉnh Bắc Ninh trao quà cho sinh viên Lào đang học tập tại tỉnh"
    card_b = "Đà Nẵng và Xê Kông ký kết kế hoạch hợp tác năm 2024 về giáo dục, y tế"
    after = _LONG.replace("Trong năm qua", "Sang năm tới").replace("truyền thống", "đặc biệt")
    page = _wrapped_page(_LONG, f"{card_a} {card_a}", f"{card_b} {card_b}", after, width=width)
    text = _clean_text(page)
    assert "Bắc Ninh" not in text and "Xê Kông" not in text
    assert text.endswith("hữu nghị đặc biệt.")


def test_blank_lines_between_the_pages_lines_put_its_date_line_no_lower() -> None:
    widget = [f"Thành phố {i} 20 °C" for i in range(14)] + ["Tin trong nước", "Sáng 31/5, đoàn công tác tỉnh Nghệ An"]
    lines = [*widget, "02/06/2022 08:15", "Nguyễn Hà", _LONG]
    for sep in ("\n", "\n\n"):
        doc = clean(RawDocument(origin="t.txt", content=sep.join(lines), content_type=ContentType.TEXT))
        assert doc.published == "2022-06-02"


def test_a_name_run_on_after_the_last_sentence_is_a_byline_as_on_a_line_of_its_own() -> None:
    last = "Hai bên thống nhất tổ chức hội nghị sơ kết vào cuối năm tại tỉnh Xiêng Khoảng."
    apart = _clean_text(f"{_LONG}\n\n{last}\n\nTrần Minh Châu")
    assert apart == _clean_text(f"{_LONG}\n\n{last} Trần Minh Châu")
    assert apart.endswith(last)


@pytest.mark.parametrize(
    "after",
    [
        _AFTER_CAPTION,
        "Phát biểu tại buổi tiếp, hai Thứ trưởng đánh giá cao kết quả hợp tác.",
        "Cảm ơn sự đón tiếp của Bộ, Thứ trưởng Khamphet Sisouvanh mong hai bên tăng cường trao đổi đoàn.",
        "(Moha.gov.vn) - Chiều 12/3/2024, tại Hà Nội, Bộ trưởng Bộ Nội vụ tiếp Thứ trưởng Bộ Nội vụ Lào.",
    ],
)
def test_a_full_caption_line_ends_before_a_phrase_that_only_opens_a_sentence(after: str) -> None:
    # The caption fills its line to the width: only the next line's opening says the caption ended there.
    page = _wrapped_page(_LONG, _CAPTION, after, _LONG.replace("hai tỉnh", "hai bộ"), width=len(_CAPTION))
    assert _CAPTION in _clean_text(page).split("\n\n")


@pytest.mark.parametrize("width", [44, 50])
def test_a_page_wrapped_narrow_is_read_as_wrapped(width: int) -> None:
    names = (
        "Ngày 3/4/2024, Sở Y tế tỉnh Nghệ An, Sở Y tế tỉnh Hà Tĩnh, Sở Y tế tỉnh Quảng Bình và Sở Y tế tỉnh "
        "Xiêng Khoảng, Sở Y tế tỉnh Hủa Phăn, Sở Y tế tỉnh Bô-ly-khăm-xay đã họp tại Vinh."
    )
    paragraphs = [_LONG, names, _LONG.replace("Trong năm qua", "Năm nay")]
    assert _clean_text(_wrapped_page(*paragraphs, width=width)).split("\n\n") == paragraphs


def test_cards_run_together_on_one_line_are_split_even_when_a_headline_ends_on_a_bracket() -> None:
    card_a = "Tăng cường hợp tác giữa tỉnh Gia Lai và tỉnh Attapeu (Lào)"
    card_b = "Đà Nẵng và Xê Kông ký kết kế hoạch hợp tác năm 2024"
    text = _cleaned(
        "Hải Dương tiếp đoàn thành phố Suwon",
        "Chiều 7/3, tại Hải Dương, Phó Chủ tịch UBND tỉnh tiếp đoàn đại biểu thành phố Suwon (Hàn Quốc).",
        f"{card_a} {card_a} {card_b} {card_b}",
        "Hai bên đã trao đổi về hợp tác giáo dục.",
    )
    assert "Attapeu" not in text and "Xê Kông" not in text
    assert text.endswith("Hai bên đã trao đổi về hợp tác giáo dục.")


def test_a_date_on_a_line_of_its_own_never_goes_on_with_a_full_headline() -> None:
    headline = "Việt Nam và Lào đẩy mạnh hợp tác về đo lường và tiêu chuẩn chất lượng"
    # A page with a blank line after each of its lines: the blank lines say nothing of where paragraphs end.
    body = _wrapped_page(_LONG, _LONG.replace("hai tỉnh", "hai bộ"), width=len(headline)).split("\r\n")
    page = "\r\n\r\n".join(["Thứ tư 19/06/2019 13:27", headline, "26/12/2018", *body])
    assert headline in _clean_text(page).split("\n\n")
    # A sentence broken right before its date goes on with it.
    sentence = "Hội nghị lần thứ ba giữa hai Bộ đã diễn ra tại Hà Nội vào ngày"
    page = "Tin tức\r\n" + _wrapped_page(_LONG, f"{sentence} 26/12/2018.", _LONG, width=len(sentence))
    assert f"{sentence} 26/12/2018." in _clean_text(page)


def test_a_headline_with_its_date_wrapped_inside_the_pair_it_names_dates_the_page() -> None:
    headline = "Nhiều kết quả mới trong hợp tác giáo dục giữa hai nước Việt Nam - Lào 05/09/2023"
    page = _wrapped_page(headline, _LONG, _LONG.replace("hai tỉnh", "hai bộ"), width=headline.index(" Lào") + 1)
    doc = clean(RawDocument(origin="t.txt", content=page, content_type=ContentType.TEXT))
    assert doc.published == "2023-09-05"


def _blank_after_each_line(*paragraphs: str, width: int) -> str:
    """Paragraphs wrapped at a width with a blank line after every line, and one more between paragraphs."""
    return "\r\n\r\n\r\n".join("\r\n\r\n".join(textwrap.wrap(p, width)) for p in paragraphs)


def test_with_a_blank_line_after_every_line_two_blank_lines_end_a_paragraph() -> None:
    # A lead ending on an official's name, with no full stop, and a subheading after it: both open with a capital.
    lead = (
        "Nhân dịp sang thăm Lào, chiều 14/5, Bộ trưởng Bộ Nội vụ đã đến chào xã giao Phó Thủ tướng Lào "
        "Khamphet Sisouvanh"
    )
    subheading = "Hợp tác đào tạo cán bộ là trọng tâm"
    page = _blank_after_each_line(lead, subheading, _LONG, _LONG.replace("hai tỉnh", "hai bộ"), width=60)
    assert subheading in _clean_text(page).split("\n\n")


def test_with_a_blank_line_after_every_line_a_filled_line_ending_on_a_semicolon_goes_on() -> None:
    head = "Hội nghị có đại diện các tỉnh Hòa Bình, Sơn La (Việt Nam); Hủa Phăn (Lào);"
    paragraph = f"{head} Điện Biên, Lai Châu (Việt Nam) cùng dự và thảo luận về các chương trình hợp tác."
    page = _blank_after_each_line(_LONG, paragraph, _LONG, width=len(head))
    assert paragraph in _clean_text(page).split("\n\n")


def test_with_a_blank_line_after_every_filled_line_a_name_broken_before_an_opening_word_stays_whole() -> None:
    # "Đồng" opens sentences ("Đồng thời, ..."); here it is the second half of "Lâm Đồng", carried to the next line.
    opening = "Trong năm nay, ngành Y tế và ngành Giáo dục tỉnh Lâm"
    paragraph = f"{opening} Đồng tiếp tục hỗ trợ hai tỉnh Champasak và Salavan đào tạo điều dưỡng viên."
    page = _blank_after_each_line(_LONG, paragraph, _LONG.replace("hai tỉnh", "hai bên"), width=len(opening))
    assert paragraph in _clean_text(page).split("\n\n")


def test_a_page_cut_in_the_middle_of_naming_someone_keeps_the_name_and_a_byline_still_goes() -> None:
    cut = _clean_text(f"{_LONG}\n\nÔng Bun Mi Xay, Phó Tỉnh")
    assert cut.endswith("Ông Bun Mi Xay, Phó Tỉnh")
    signed = _clean_text(f"{_LONG}\n\nMinh Hà")
    assert signed.endswith("truyền thống.")


@pytest.mark.parametrize(
    "menu",
    [
        "Thời sự  Kinh tế  Bệnh viện  Giáo dục  Quốc tế",
        "Trang chủ | Nông nghiệp | Thủy sản | Hợp tác quốc tế",
        "KHOA HỌC\tCông nghệ\tĐổi mới sáng tạo\tChuyển đổi số",
    ],
)
def test_a_sites_menu_line_is_no_text(menu: str) -> None:
    text = _clean_text(f"BÁO ĐỒNG NAI\n{menu}\n\n{_LONG}")
    assert text.split("\n\n") == ["BÁO ĐỒNG NAI", _LONG]


def test_a_line_that_lists_places_in_a_sentence_is_kept() -> None:
    line = "Đoàn đã đến thăm Hà Tĩnh  Quảng Bình  Quảng Trị  Thừa Thiên Huế."
    assert "Quảng Bình" in _clean_text(f"{line}\n\n{_LONG}")
