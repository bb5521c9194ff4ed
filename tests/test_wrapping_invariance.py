"""The same article gives the same facts however it reaches us: hard-wrapped at 70, 80 or 100 columns with CRLF
line ends, with a blank line after every line, as HTML paragraphs, in decomposed Unicode (NFD), or with its lead
printed twice. Run on the real articles written one line per paragraph (../shared/corpus/real, e01–e30)."""

from __future__ import annotations

import html
import textwrap
import unicodedata
from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.extract import extract
from ingest.models import ContentType, RawDocument

Facts = set[tuple[str | None, ...]]


def facts(content: str, content_type: ContentType) -> Facts:
    x = extract(clean(RawDocument(origin="t", content=content, content_type=content_type)))
    found: Facts = {("person", p.name) for p in x.persons}
    found |= {("body", o.key) for o in x.orgs}
    found |= {("event", e.event_type.value, e.date) for e in x.events}
    found |= {("agreement", a.agreement_type.value, a.date, a.period_start) for a in x.agreements}
    found |= {("partners", p.a, p.b) for p in x.partnerships}
    return found


def hard_wrapped(text: str, width: int = 70, blank_lines: bool = False) -> str:
    """Wrapped at a width with CRLF ends; some pages also put a blank line after each paragraph."""
    between = "\r\n\r\n" if blank_lines else "\r\n"
    return between.join("\r\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.split("\n"))


def blank_after_every_line(text: str, width: int) -> str:
    """Wrapped at a width with a blank line after every line, as some pages are stored."""
    return "\r\n\r\n".join(
        "\r\n\r\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.split("\n")
    )


def as_html(text: str) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><head><title>t</title></head><body><article>{body}</article></body></html>"


def lead_repeated(text: str) -> str:
    """Pages print the lead twice, as a summary and again as the first paragraph."""
    lead = max(text.split("\n")[:6], key=len)
    return text.replace(lead, f"{lead}\n\n{lead}", 1)


def _articles() -> list[Path]:
    folder = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "corpus"
    return sorted(folder.glob("e[0-2][0-9]_*.txt")) + sorted(folder.glob("e30_*.txt"))


@pytest.mark.parametrize(
    ("form", "content_type", "make"),
    [
        pytest.param("wrapped", ContentType.TEXT, hard_wrapped, id="wrapped-70-crlf"),
        pytest.param("wrapped", ContentType.TEXT, lambda t: hard_wrapped(t, 80), id="wrapped-80-crlf"),
        pytest.param("wrapped", ContentType.TEXT, lambda t: hard_wrapped(t, 100), id="wrapped-100-crlf"),
        pytest.param("wrapped", ContentType.TEXT, lambda t: hard_wrapped(t, 50), id="wrapped-50-crlf"),
        pytest.param("wrapped", ContentType.TEXT, lambda t: blank_after_every_line(t, 60), id="blank-after-every-60"),
        pytest.param("nfd", ContentType.TEXT, lambda t: unicodedata.normalize("NFD", t), id="nfd"),
        pytest.param("html", ContentType.HTML, as_html, id="html"),
        pytest.param("lead", ContentType.TEXT, lambda t: lead_repeated(t), id="lead-repeated"),
    ],
)
def test_every_form_of_an_article_gives_the_same_facts(shared_corpus: Path, form: str, content_type, make) -> None:
    articles = _articles()
    assert len(articles) == 30, "the real articles e01–e30 are missing from ../shared/corpus/real"
    differ = []
    for path in articles:
        text = path.read_text(encoding="utf-8")
        plain, other = facts(text, ContentType.TEXT), facts(make(text), content_type)
        if plain != other:
            differ.append(
                f"{path.name}: lost {sorted(plain - other, key=str)[:3]} gained {sorted(other - plain, key=str)[:3]}"
            )
    assert differ == [], "\n".join(differ)


@pytest.mark.parametrize(
    ("content_type", "make"),
    [
        pytest.param(ContentType.TEXT, hard_wrapped, id="wrapped-70-crlf"),
        pytest.param(ContentType.TEXT, lambda t: hard_wrapped(t, 60), id="wrapped-60-crlf"),
        pytest.param(ContentType.TEXT, lambda t: hard_wrapped(t, 100), id="wrapped-100-crlf"),
        pytest.param(ContentType.TEXT, lambda t: hard_wrapped(t, 72, blank_lines=True), id="wrapped-72-blank-lines"),
        pytest.param(ContentType.TEXT, lambda t: blank_after_every_line(t, 80), id="blank-after-every-line-80"),
        pytest.param(ContentType.TEXT, lambda t: unicodedata.normalize("NFD", t), id="nfd"),
        pytest.param(ContentType.HTML, as_html, id="html"),
    ],
)
def test_the_press_at_scale_gives_the_same_facts_in_every_form(shared_corpus: Path, content_type, make) -> None:
    """The 180 raw articles: page furniture, related stories' slugs and cards, captions without full stops."""
    articles = sorted((shared_corpus / "raw").glob("r*.txt"))
    assert len(articles) >= 150, "the raw articles are missing from ../shared/corpus/raw"
    differ = [
        path.name
        for path in articles
        if facts(text := path.read_text(encoding="utf-8"), ContentType.TEXT) != facts(make(text), content_type)
    ]
    assert differ == []
