"""From a raw page to the article alone.

Vietnamese news pages arrive with markdown debris, hard-wrapped lines, repeated leads, photo credits,
bylines and long tails of related links. Everything after the article is dropped: in one seed the tail
("Tin bài liên quan" ... other countries, videos, weather) would otherwise read as cooperation news.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from graph.errors import BadInput
from ingest.dateline import find_date_line, goes_on_into, only_a_date
from ingest.lexicons import load_lexicons
from ingest.models import CleanDocument, ContentType, RawDocument

# A line that opens the page's tail: related articles, most-read lists, share buttons.
_FURNITURE_START = re.compile(
    r"^\s*(?:các\s+)?(tin bài liên quan|tin liên quan|bài liên quan|bài viết liên quan|tin tức liên quan|"
    r"bài văn liên quan|tin bài khác|tin khác|tin cùng chuyên mục|cùng chuyên mục|tin cùng chủ đề|đọc nhiều|"
    r"bài viết cùng chủ đề|bài cùng chủ đề|cùng chủ đề|bài viết khác|video khác|tin đã đưa|"
    r"xem nhiều|xem nhiều nhất|đang được quan tâm|có thể bạn quan tâm|tin mới|tin mới nhất|xem thêm|đọc thêm|"
    r"spread the love|back to top|chia sẻ bài viết|từ khóa|tags?)\s*:?\s*$",
    re.IGNORECASE,
)
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*\|?\s*$")
_IMAGE_INLINE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)\s]+)\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_SOURCE_LINE = re.compile(r"^\s*(?:theo|nguồn)\s*:\s*(?P<source>.+?)\s*$", re.IGNORECASE)
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:ngày đăng|đăng ngày|cập nhật|published)\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b.*$",
    re.IGNORECASE,
)
# "(Ảnh: Thành Luân)", "Ảnh: TTXVN", "(Nguồn: weforum.org)" inside captions: credits, not content.
_CREDIT = re.compile(r"\(\s*(?:ảnh|nguồn|photo)\s*:[^)]*\)\.?", re.IGNORECASE)
# "Lãnh đạo hai Sở ký kết ... chiều 8/1. Ảnh: Hoài Thu": a photo's caption, closed by its credit, tells the article's
# own facts; followed by a subheading it is no run of other stories' headlines.
_CAPTION_CREDIT = re.compile(r"[.)]\s*(?:Ảnh|Nguồn)\s*:\s*[^.:]{1,40}$")
_CREDIT_LINE = re.compile(r"^\s*(?:ảnh|photo)\s*:.*$", re.IGNORECASE)
_TERMINAL = (".", "!", "?", ":", ";", "…", "”", '"', ")", "■", "/.", ".”")
_CRAWL_DATE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\s+")
_TEMPLATE_DEBRIS = re.compile(r"^\s*\{\w+\}\s*$")
_END_MARK = re.compile(r"\s*■\s*$")
# Runs of blanks to one space: only runs of two or more, and single tabs or no-break spaces (a single space is left
# as it is rather than written anew).
_BLANKS = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
# A weather widget ("Hà Nội 20 °C", "• Đà Nẵng Hà Nội 25°C") names cities the article is not about.
_WEATHER_LINE = re.compile(r"^\s*(?:[•·*-]\s*)?\D{2,40}?\s-?\d{1,2}\s?°[CF]\s*$")
# A related article linked by its address's slug ("ban giao cong trinh truong hoc ... Huế tiếp tục hỗ trợ"):
# Vietnamese prose is never six words without a diacritic, an address's slug always is.
_SLUG_LINE = re.compile(r"^\s*(?:[a-z0-9]+ ){5,}")
# What closes a page after the article: the author's or desk's credit, the site's labels and comment box.
_CREDIT_TAIL = re.compile(
    r"^\s*(?:\([^()]{1,60}\)|(?:thực hiện|tác giả|thể loại|chủ đề|từ khóa|bài và ảnh|bài, ảnh|tin, ảnh|share)"
    r"\s*:.{0,80}|theo \S+(?: \S+)?|ý kiến\s*\(\d*\))\s*$",
    re.IGNORECASE,
)


_COPYRIGHT = re.compile(r"\s*(?:copyright\b|©|bản quyền\b)", re.IGNORECASE)


def clean(raw: RawDocument) -> CleanDocument:
    content = unicodedata.normalize("NFC", raw.content).replace("\r\n", "\n").replace("\r", "\n")
    title = raw.title
    published = raw.published
    if raw.content_type is ContentType.HTML:
        html_title, content, html_published = _html_to_text(content)
        title = title or html_title
        published = published or html_published
    # Some crawls prefix the body with "date 2022-06 ": the crawl's date for the article, not text.
    header = _CRAWL_DATE.match(content)
    if header:
        published = published or header.group("date")
    raw_lines = content.split("\n")
    lines = _without_slug_runs([_strip_markup(line) for line in raw_lines], raw_lines)
    lines = _cut_furniture(lines)
    dateline = find_date_line(lines)
    if dateline is not None:
        index, day, alone = dateline
        published = published or day
        if alone:
            # The date line is the page's, not the article's: left in, it would date the first event.
            lines = lines[:index] + lines[index + 1 :]
    kept: list[str] = []
    for line in lines:
        match = _PUBLISHED_LINE.match(line)
        if match and published is None:
            published = _iso_date(match.group("date"))
            continue
        if match:
            continue
        kept.append(line)
    # The crawl's prefix is cut only once lines are joined: it is part of the first line's wrapped width.
    paragraphs = _join_wrapped(kept)
    if header and paragraphs:
        paragraphs[0] = _CRAWL_DATE.sub("", paragraphs[0], count=1).strip()
        paragraphs = [p for p in paragraphs if p]
    paragraphs, source = _split_source(paragraphs)
    paragraphs = _drop_byline(paragraphs)
    paragraphs = _drop_repeats(_drop_headline_runs(_drop_story_cards(_split_cards(paragraphs))))
    if not paragraphs:
        raise BadInput(f"{raw.origin}: no article text left after cleaning")
    text = "\n\n".join(paragraphs)
    title = unicodedata.normalize("NFC", title).strip() if title else paragraphs[0]
    return CleanDocument(
        doc_id="doc:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        origin=raw.origin,
        title=title,
        text=text,
        source=source,
        url=raw.url,
        published=published,
    )


# Page parts that are not the article, by tag and by the class or id names sites give them.
_FURNITURE_SELECTORS = (
    "script, style, nav, header, footer, aside, form, noscript, iframe, figure figcaption",
    *(
        f"[class*={word}], [id*={word}]"
        for word in ("related", "sidebar", "comment", "share", "social", "breadcrumb", "menu", "advert", "banner")
    ),
)
_PUBLISHED_META = (
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[itemprop="datePublished"]',
)


def _html_to_text(html: str) -> tuple[str | None, str, str | None]:
    """The page's title, the article's text blocks and its publication date, from the page's own markup."""
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    published = next(
        (node.attributes.get("content") for sel in _PUBLISHED_META if (node := tree.css_first(sel)) is not None),
        None,
    )
    time_node = tree.css_first("time[datetime]")
    published = published or (time_node.attributes.get("datetime") if time_node else None)
    for selector in _FURNITURE_SELECTORS:
        for node in tree.css(selector):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        return title, "", None
    blocks = root.css("h1, h2, h3, h4, p, li, blockquote, td")
    lines = [b.text(separator=" ", strip=True) for b in blocks] if blocks else [root.text(separator="\n")]
    heading = root.css_first("h1")
    day = re.match(r"\d{4}-\d{2}-\d{2}", published or "")
    return (heading.text(strip=True) if heading else title), "\n\n".join(lines), day.group() if day else None


def _strip_markup(line: str) -> str:
    # (Each pattern only where its mark is in the line: most lines hold none, and scanning them costs more.)
    if "![" in line and _IMAGE_LINE.match(line):
        return ""
    if "![" in line:
        line = _IMAGE_INLINE.sub("", line)
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    if "#" in line:
        line = _HEADING.sub("", line)
    if "(" in line:
        line = _CREDIT.sub("", line)
    if (
        (":" in line and _CREDIT_LINE.match(line))
        or ("{" in line and _TEMPLATE_DEBRIS.match(line))
        or ("°" in line and _WEATHER_LINE.match(line))
    ):
        return ""
    if _is_slug_line(line) or ("  " in line or "\t" in line or "|" in line) and _is_menu_line(line):
        return ""
    line = line.strip().strip("|").strip()
    if "■" in line:
        line = _END_MARK.sub("", line)
    # (Only where the pattern can match: two blanks, a tab or a no-break space; most lines hold none.)
    return _BLANKS.sub(" ", line) if "  " in line or "\t" in line or "\u00a0" in line else line


def _is_menu_line(line: str) -> bool:
    """A site's menu, "Thời sự  Y tế  Bệnh viện  Dược  Quốc tế": four or more short capitalised items set apart by
    wide gaps or bars. Joined into one line it would read as one long body's name."""
    items = [item for item in _MENU_GAP.split(line.strip()) if item]
    return (
        len(items) >= 4
        and all(len(item.split()) <= 4 and item[0].isupper() for item in items)
        and not _ends_sentence(line.rstrip())
    )


_MENU_GAP = re.compile(r"[ \t\u00a0]{2,}|\t|\s*\|\s*")


def _is_slug_line(line: str) -> bool:
    return bool(_SLUG_LINE.match(line)) and not _ends_sentence(line.rstrip())


def _blank_after_each_line(lines: list[str]) -> bool:
    """Blank lines nearly as many as lines with text: a page with a blank line after each line."""
    text_lines = sum(1 for line in lines if line.strip())
    return len(lines) - text_lines >= 0.8 * text_lines


def _without_slug_runs(lines: list[str], raw: list[str]) -> list[str]:
    """A related article's slug line, hard-wrapped, runs on over the next lines ("... tinh sekong" / "lao ĐH Sư
    phạm - ĐH Thái Nguyên giành giải ..."): they go with it, up to the first line that starts a paragraph."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    # A page with a blank line after each of its lines: there a blank line does not end the run.
    blanks_say_nothing = _blank_after_each_line(raw)
    previous: str | None = None  # the last line of a slug's run, while one runs
    for i, line in enumerate(lines):
        if blanks_say_nothing and not raw[i].strip():
            continue
        if _is_slug_line(raw[i]):
            previous = raw[i].strip()
        elif previous is not None and line and _broken_at_width(previous, line, width):
            previous, lines[i] = line, ""
        else:
            previous = None
    return lines


def _cut_furniture(lines: list[str]) -> list[str]:
    seen_text = 0
    for i, line in enumerate(lines):
        if seen_text >= 200 and _FURNITURE_START.match(line):
            return lines[:i]
        seen_text += len(line)
    return lines


def _ends_sentence(line: str) -> bool:
    return line.endswith(_TERMINAL)


def _join_wrapped(lines: list[str]) -> list[str]:
    """Rebuild paragraphs from hard-wrapped lines.

    Some sources wrap at a fixed width and even put blank lines inside a sentence ("... hợp tác về công"
    / "" / "nghệ và đổi mới ..."). A line that stops without closing its sentence continues on the next
    non-empty line when the text is wrapped at a width, or when that next line starts in lower case.
    """
    width = _wrap_width(lines) or 0
    wrapped = width > 0
    # Most lines run to the width: the text was wrapped by a program, which breaks lines anywhere, a sentence's
    # end included (a page of one paragraph per line has a few long lines too, not most).
    full = [x for x in lines if x]
    machine_wrapped = wrapped and _fills_lines(lines, width)
    # A page with a blank line after every line: there one blank says nothing, two or more end a paragraph, and
    # whether a program filled the lines is read from the lines without their blanks.
    blank_after_each = _blank_after_each_line(lines)
    # Blank lines between paragraphs only, not after most lines as some pages have them: a blank line ends one.
    blank_ends = machine_wrapped and not blank_after_each
    filled_between_blanks = blank_after_each and wrapped and _fills_lines(full, width)
    paragraphs: list[str] = []
    current, previous, blanks = "", "", 0
    for line in lines:
        if not line:
            blanks += 1
            continue
        # (On a filled page with a blank line after every line, one blank is no more than a line's end.)
        blank = blanks > 1 or blanks == 1 and not filled_between_blanks
        # A bracket closes a caption's credit or an aside; a lower-case line after it goes on with the sentence.
        aside_closed = current.endswith(")") and line[:1].islower()
        joins = bool(current) and (
            aside_closed
            or not _ends_sentence(current)
            and (
                (wrapped and _broken_at_width(previous, line, width, greedy=machine_wrapped))
                or line[:1].islower()
                or _continues(current)
            )
            and not (blank and (_opens_sentence(line) or blank_ends and not line[:1].islower()))
            and not (blank_after_each and blanks > 1 and not line[:1].islower())
            and not _DATED_LEAD.match(line)
            and not _opens_on_a_lead(line)
            and not _SOURCE_LEAD.match(line)
            and not _a_date_line_of_its_own(previous, line)
            # "... Bolykhămxay (Lào);" / "Quảng Bình, ...": a sentence may end where a wrapped line does; the
            # paragraph goes on when the next line's first word could not have fitted after it.
            or _ends_sentence(current)
            and not blank
            and (machine_wrapped or filled_between_blanks and not _opens_sentence(line))
            and _with_next_word(previous, line) > width
        )
        blanks = 0
        if joins and _WORD_HYPHEN_END.search(current) and line[:1].isalpha():
            current = f"{current}{line}"  # "Chăm-" / "pa-sắc": wrapped at a hyphen inside a word
        elif joins:
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
        previous = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _fills_lines(lines: list[str], width: int) -> bool:
    """Wrapped by a program that fills each line before breaking it: most lines run near the width, and a line
    that leaves its sentence open seldom had room for the next line's first word (the open lines that had are
    headlines and captions)."""
    full = [x for x in lines if x]
    if sum(1 for x in full if len(x) >= 0.8 * width) < 0.6 * len(full):
        return False
    open_pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a and b and not _ends_sentence(a)]
    roomy = sum(1 for a, b in open_pairs if _with_next_word(a, b) <= width - 2)
    return len(open_pairs) >= 5 and roomy <= 0.3 * len(open_pairs)


_WORD_HYPHEN_END = re.compile(r"\w-$")


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is hard-wrapped at, if it is: most long lines end near one length."""
    lengths = sorted(len(x) for x in lines if x)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    return width if 40 <= width <= 200 and sum(1 for n in lengths if n >= 0.8 * width) >= 5 else None


# "Ngày 4/2, tại Hà Nội, ...", "Sáng 12/3 ...": a day named with a capital opens a sentence, never goes on with
# one; the line before it (a headline or a caption without its full stop) ended there, however full it was.
_DATED_LEAD = re.compile(r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm) (?:\d|nay\b|qua\b)")


# "(Mic.gov.vn) - Sáng 21/12, ...", "(TTXVN) - ...": the lead opens on its source's tag, in brackets before a dash.
_SOURCE_LEAD = re.compile(r"\((?:[\w&-]+\.(?:vn|com|net|gov|org)\b[\w.]*|[A-ZĐ&]{3,12})\)\s*[-–]")


def _a_date_line_of_its_own(previous: str, line: str) -> bool:
    """A line that is a date alone ("26/12/2018" under a headline as wide as the wrapping) stands on its own,
    unless the line before asks for its date ("... vào ngày" / "26/12/2018.")."""
    return only_a_date(line) and not goes_on_into(previous, line)


def _opens_on_a_lead(line: str) -> bool:
    """A line that opens on "Tham dự", "Phát biểu", "Quang cảnh" ... (ingest/lexicon/sentence_leads.tsv)."""
    return line[:1].isupper() and line.startswith(load_lexicons().sentence_leads)


def _opens_sentence(line: str) -> bool:
    """A line after a blank line that opens with "Ngày", "Sáng", "Theo" ... starts a paragraph, however long the
    line before it (a headline as wide as the wrapping)."""
    return line.split(" ", 1)[0].rstrip(",") in load_lexicons().sentence_openers


def _broken_at_width(previous: str, line: str, width: int, greedy: bool = False) -> bool:
    """A wrapped line ends where the next word did not fit, or near the width; a shorter line whose successor's
    first word would have fitted after it ends its paragraph (a headline, a caption) instead. A program that
    wraps (greedy) fills every line: there a line the next word would have fitted on ends its paragraph, however
    long it is."""
    if _with_next_word(previous, line) > width - 2:
        return True
    return not greedy and len(previous) >= 0.85 * width


def _with_next_word(previous: str, line: str) -> int:
    """How long the line before would be with the next line's first word on it."""
    return len(previous) + 1 + len(line.split(" ", 1)[0])


def _continues(text: str) -> bool:
    """A sentence cut off at a connective or a preposition is certainly not finished."""
    tail = text.rsplit(" ", 1)[-1].lower()
    return tail in {
        "và",
        "của",
        "về",
        "với",
        "cho",
        "tại",
        "các",
        "những",
        "trong",
        "giữa",
        "là",
        "có",
        "được",
    }


def _split_source(paragraphs: list[str]) -> tuple[list[str], str | None]:
    source = None
    kept = []
    for i, paragraph in enumerate(paragraphs):
        match = _SOURCE_LINE.match(paragraph)
        # Only near the end: "Nguồn:" inside the article body is content.
        if match and i >= len(paragraphs) - 3 and len(paragraph) < 120:
            source = match.group("source").rstrip(".")
            continue
        kept.append(paragraph)
    return kept, source


_TEASER_WORDS = 25  # a headline is short; an article cut off mid-sentence at the page's end is not


def _drop_teasers(paragraphs: list[str]) -> list[str]:
    """Two or more headline-like lines closing the page (short, no sentence ending) list other articles or
    the site's sections: "Kon Tum và Sê Kông ký ghi nhớ" there is another story, not this one's news."""
    tail = len(paragraphs)
    while tail > 1 and not _ends_sentence(paragraphs[tail - 1]) and len(paragraphs[tail - 1].split()) <= _TEASER_WORDS:
        tail -= 1
    return paragraphs[:tail] if len(paragraphs) - tail >= 2 else paragraphs


_AFTER_LAST_SENTENCE = re.compile(r"[.!?…]\s+([^.!?…]+)$")


# "Ông Somchay Ounchit, Phó Tỉnh": a page cut in the middle of a sentence that names someone and their post; a
# byline names its author without "Ông" and a comma.
_CUT_OFF_SENTENCE = re.compile(r"(?:Ông|Bà|Đồng chí)\s+[^,]+,\s*\S")


def _drop_byline(paragraphs: list[str]) -> list[str]:
    """Trailing short lines with no sentence in them are the author's or desk's name ("Mai Anh", "Sở KH&CN")."""
    paragraphs = _drop_teasers(paragraphs)
    while len(paragraphs) > 1:
        last = paragraphs[-1]
        # (The words are counted last: the last paragraph is most often a sentence, of many words.)
        if (
            not _ends_sentence(last)
            and len(last.split()) <= 6
            and not re.search(r"\d{1,2}/\d{1,2}", last)
            and not _CUT_OFF_SENTENCE.match(last)
        ):
            paragraphs = paragraphs[:-1]
            continue
        # "... tại trường. Mai Anh": a hard wrap ran the name on after the last sentence, on its line.
        tail = None if _ends_sentence(last) else _AFTER_LAST_SENTENCE.search(last[-80:])
        if tail is not None and len(tail.group(1).split()) <= 6 and not re.search(r"\d{1,2}/\d{1,2}", tail.group(1)):
            paragraphs[-1] = last[: len(last) - len(tail.group(1))].rstrip()
            continue
        if _CREDIT_TAIL.match(last) and len(last.split()) <= 14 or _COPYRIGHT.match(last):
            paragraphs = paragraphs[:-1]
            continue
        break
    return paragraphs


def _card_title(paragraph: str) -> bool:
    """ "X X": a related story's card, its headline written twice (the link's text and the image's)."""
    # Its first word comes again: most paragraphs fail here, before the words of the whole are split.
    head = paragraph.split(None, 1)
    if not head or paragraph.find(head[0], len(head[0])) < 0:
        return False
    words = paragraph.split()
    half = len(words) // 2
    return len(words) >= 8 and len(words) % 2 == 0 and words[:half] == words[half:]


def _split_cards(paragraphs: list[str]) -> list[str]:
    """A card's doubled headline ("X X") filled to the wrapping width runs on into what follows it, another card or
    a teaser: a paragraph that opens on a headline written twice is split after it."""
    out: list[str] = []
    for paragraph in paragraphs:
        while (cut := _doubled_opening(paragraph)) and cut < len(paragraph):
            out.append(paragraph[:cut])
            paragraph = paragraph[cut:].lstrip()
        out.append(paragraph)
    return out


def _doubled_opening(paragraph: str) -> int:
    """Where a headline written twice at the paragraph's start ends (0 when it does not open on one); a headline
    has no full stop, a sentence said twice does."""
    # A capital, and the paragraph's first letters again soon after: most paragraphs fail here, before their words
    # are split.
    if not paragraph[:1].isupper() or paragraph.find(" " + paragraph[:12], 12, 400) < 0:
        return 0
    words = paragraph.split(" ", 80)
    for half in (i for i, word in enumerate(words[4:41], 4) if word == words[0]):
        if words[:half] == words[half : 2 * half] and not words[half - 1].endswith((".", "!", "?", "…")):
            return len(" ".join(words[: 2 * half]))
    return 0


def _drop_story_cards(paragraphs: list[str]) -> list[str]:
    """Cards for other stories inside the page: each headline written twice, in a run, and in some runs each
    followed by its story's first lines (card, teaser, card, teaser), which report other meetings. A run whose
    first card is followed straight by another card has no teasers: what follows it is the article again."""
    cards = [_card_title(p) for p in paragraphs]
    dropped: set[int] = set()
    teasers = False
    for i, card in enumerate(cards):
        if not card:
            continue
        dropped.add(i)
        first_of_run = i < 2 or not (cards[i - 1] or cards[i - 2])
        if first_of_run:  # a card at the top is the page's own headline: what follows is the article
            teasers = i >= 2 and i + 2 < len(cards) and not cards[i + 1] and cards[i + 2]
        if teasers and i + 1 < len(cards) and not cards[i + 1]:
            dropped.add(i + 1)
    return [p for i, p in enumerate(paragraphs) if i not in dropped]


def _headline_like(paragraph: str) -> bool:
    # (The words are counted last: most paragraphs end a sentence.)
    if not paragraph[:1].isupper() or _ends_sentence(paragraph) or _CAPTION_CREDIT.search(paragraph):
        return False
    return _TEASER_WORDS >= len(paragraph.split()) >= 6


def _drop_headline_runs(paragraphs: list[str]) -> list[str]:
    """Two or more headline-like lines in a row inside the article ("Quảng Nam đào tạo 48 lưu học sinh Lào",
    "Thái Nguyên: ...") link other stories, or caption a photo twice; the article's own headline stands alone."""
    runs = [_headline_like(p) for p in paragraphs]
    for i in range(1, len(paragraphs)):
        if runs[i] and runs[i - 1] and paragraphs[i].split()[:6] == paragraphs[i - 1].split()[:6]:
            runs[i] = runs[i - 1] = False  # one caption written twice: the repeat is dropped later, the text kept
    kept = []
    for i, paragraph in enumerate(paragraphs):
        in_run = runs[i] and (i > 0 and runs[i - 1] or i + 1 < len(runs) and runs[i + 1])
        if i >= 2 and in_run and not (i == 2 and runs[1]):
            continue
        kept.append(paragraph)
    return kept


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """A paragraph of more than 40 letters said again (the same words, whatever their spacing and case) goes."""
    # Spacing and case leave a paragraph's commas, full stops and digits as they are, so only paragraphs alike in
    # those are compared word by word: splitting every paragraph into its words cost a fifth of cleaning.
    kept = []
    alike: dict[tuple[int, int, int, int], list[str]] = {}
    for paragraph in paragraphs:
        marks = (paragraph.count(","), paragraph.count("."), paragraph.count("0"), paragraph.count("2"))
        earlier = alike.setdefault(marks, [])
        if earlier:
            words = _words(paragraph)
            if len(words) > 40 and any(_words(e) == words for e in earlier):
                continue
        earlier.append(paragraph)
        kept.append(paragraph)
    return kept


def _words(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()


def _iso_date(text: str) -> str:
    if "-" in text:
        return text
    day, month, year = (int(x) for x in text.split("/"))
    return f"{year:04d}-{month:02d}-{day:02d}"
