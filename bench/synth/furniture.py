"""An article as a file, some with the page around it: breadcrumbs, a weekday date line, share buttons,
related headlines and a copyright line as text, or an HTML page with navigation and footer."""

from __future__ import annotations

import html
import random

from bench.synth.articles import Article

_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_CRUMBS = ("Trang chủ » Tin tức » Hợp tác quốc tế", "Trang chủ > Khoa học - Công nghệ > Hợp tác", "Tin tức | Đối ngoại")
_SHARE = ("Chia sẻ: Facebook | Zalo | In bài", "Chia sẻ bài viết", "Bình luận (0) | Gửi bài viết qua email")
_COPYRIGHT = (
    "Bản quyền thuộc về Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    "Giấy phép số {n}/GP-TTĐT. Chịu trách nhiệm nội dung: Ban biên tập.",
)


def markdown(article: Article) -> str:
    body = "\n\n".join(article.paragraphs)
    return f"# {article.title}\n\nNgày đăng: {article.published.isoformat()}\n\n{body}\n"


def cluttered_text(rng: random.Random, article: Article, related: list[str]) -> str:
    """The page as copied from a browser: the clutter stays, for the cleaner to drop."""
    day = article.published
    clock = f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"
    dateline = f"{_WEEKDAYS[day.weekday()]} - {day.day:02d}/{day.month:02d}/{day.year} {clock}"
    lines = [rng.choice(_CRUMBS), "", article.title, dateline, "", "\n\n".join(article.paragraphs), ""]
    lines += [rng.choice(_SHARE), "", "Tin liên quan:", *(f"- {t}" for t in related), ""]
    lines.append(rng.choice(_COPYRIGHT).format(n=rng.randrange(10, 400)))
    return "\n".join(lines) + "\n"


def html_page(rng: random.Random, article: Article, related: list[str]) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    links = "\n".join(f'<li><a href="/tin/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(related))
    return (
        '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{html.escape(article.title)} - Cổng thông tin</title>"
        f'<meta property="article:published_time" content="{article.published.isoformat()}T08:00:00+07:00">'
        "</head><body>\n"
        f"<header><nav>{html.escape(rng.choice(_CRUMBS))}</nav></header>\n"
        f"<article><h1>{html.escape(article.title)}</h1>\n{paragraphs}\n</article>\n"
        f"<aside><h3>Tin liên quan</h3><ul>{links}</ul></aside>\n"
        f"<footer>{html.escape(rng.choice(_COPYRIGHT).format(n=rng.randrange(10, 400)))}</footer>\n"
        "</body></html>\n"
    )
