"""The analysts' and researchers' views in a real Chromium, on the graph the five seed articles make: the
partnership matrix, a cell's evidence, the coverage gaps, an official's timeline, the period slider, why two
reports are one node, and the network's readable defaults."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from playwright.sync_api import Page, expect

from app.settings import Settings
from graph.embedded import EmbeddedStore
from ingest.pipeline import ingest
from tests.api.server import serving
from tests.page.browser import Watched, move_period, shown_ids, wait_ready
from tests.page.world import XSS_NAME, XSS_PERSON, XSS_QUOTE

QUANG_TRI = "province:VN-quang-tri"
KHAM_MUON = "province:LA-KH"
NORTHERN_LAO = {"province:LA-HO", "province:LA-LP", "province:LA-XA"}
SEED_PAIRS = {("province:VN-quang-ninh", p) for p in NORTHERN_LAO} | {(QUANG_TRI, KHAM_MUON)}
DAT = "person:huynh-thanh-dat"
WORKSHOP = "event:2023-12-11-workshop"
ACTORS = "Person,Organization,Province"


@dataclass(frozen=True)
class Seeds:
    store: str
    doc_ids: dict[str, str]  # the seed's number ("000") → its document id


@pytest.fixture(scope="module")
def seeds(shared_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    folder = tmp_path_factory.mktemp("seeds") / "store"
    store = EmbeddedStore(folder)
    try:
        report = ingest([str(shared_corpus / "seeds")], store)
    finally:
        store.close()
    assert not report.failures
    return Seeds(str(folder), {Path(r.origin).name[:3]: str(r.doc_id) for r in report.results})


@pytest.fixture(scope="module")
def seeds_url(seeds: Seeds) -> Iterator[str]:
    with serving(Settings(store=seeds.store, api_token=None)) as url:
        yield url


def open_page(visit: Watched, base_url: str, query: str) -> Page:
    visit.page.goto(f"{base_url}/{query}")
    wait_ready(visit.page)
    return visit.page


def cells(page: Page) -> dict[tuple[str, str], str]:
    """The matrix's cells as (row, column) → the count they show."""
    buttons = page.locator("#matrix .cell-button")
    return {
        (b.get_attribute("data-row") or "", b.get_attribute("data-column") or ""): b.locator("strong").inner_text()
        for b in buttons.all()
    }


def cell(page: Page, row: str, column: str):  # noqa: ANN201 - a Playwright locator
    return page.locator(f"#matrix .cell-button[data-row='{row}'][data-column='{column}']")


def test_the_matrix_shows_the_seeds_vietnam_laos_partnerships_and_no_vietnamese_pair(
    watched: Watched, seeds_url: str
) -> None:
    page = open_page(watched, seeds_url, "?view=matrix")
    expect(page.locator("#matrix .cell-button")).to_have_count(len(SEED_PAIRS))
    assert set(cells(page)) == SEED_PAIRS
    rows = page.locator("#matrix tbody th").all_inner_texts()
    assert rows == ["Quảng Ninh", "Quảng Trị"]  # Hưng Yên × Hòa Bình is a Vietnamese pair: no cell, no row
    assert "Hòa Bình" not in page.locator("#matrix").inner_text()
    # Each cell says what the service says of the pair; the pair with the most behind it is shaded darkest.
    served = httpx.get(f"{seeds_url}/api/partnerships", timeout=30).json()["cells"]
    for c in served:
        dates = c["first_date"] if c["first_date"] == c["last_date"] else f"{c['first_date']} – {c['last_date']}"
        expect(cell(page, c["row"], c["column"])).to_have_attribute(
            "aria-label", re.compile(rf"× .*: {c['count']} agreements and meetings, {re.escape(dates or 'undated')}$")
        )
    shade = "b => getComputedStyle(b.parentElement).backgroundColor"
    busiest = max(served, key=lambda c: c["count"])
    assert cell(page, busiest["row"], busiest["column"]).evaluate(shade) == "rgb(31, 95, 168)"
    assert "view=matrix" in page.url
    # The same table as CSV, from the page's own link.
    href = page.locator("#matrix-csv").get_attribute("href") or ""
    assert href.startswith(seeds_url) and "format=csv" in href
    lines = httpx.get(href, timeout=30).text.splitlines()
    assert lines[0].startswith("row_id,row_name,column_id,column_name,count")
    assert {tuple(line.split(",")[0:3:2]) for line in lines[1:]} == SEED_PAIRS


def test_clicking_quang_tri_by_kham_muon_shows_a_quote_from_seed_000(
    watched: Watched, seeds_url: str, seeds: Seeds
) -> None:
    page = open_page(watched, seeds_url, "?view=matrix")
    cell(page, QUANG_TRI, KHAM_MUON).click()
    wait_ready(page)
    panel = page.locator("#panel")
    expect(panel.locator("h2")).to_have_text("Quảng Trị × Khăm Muồn")
    opened = httpx.get(f"{seeds_url}/api/partnerships/pair", params={"row": QUANG_TRI, "column": KHAM_MUON}).json()
    assert opened["agreements"] and opened["events"]
    expect(panel.locator("h3", has_text="Agreements")).to_have_text(f"Agreements ({len(opened['agreements'])})")
    expect(panel.locator("h3", has_text="Meetings")).to_have_text(f"Meetings ({len(opened['events'])})")
    seed_000 = seeds.doc_ids["000"]
    link = panel.locator("blockquote.evidence cite a", has_text=seed_000).first
    expect(link).to_be_visible()
    sentence = link.locator("xpath=../..").locator("p").inner_text()
    link.click()  # the document, its sentence marked
    expect(panel.locator(".document-text mark")).to_have_text(sentence)
    expect(panel.locator(".meta")).to_contain_text(seed_000)
    panel.locator("button.back").click()
    expect(panel.locator("h2")).to_have_text("Quảng Trị × Khăm Muồn")


def test_the_gaps_panel_lists_border_provinces_with_no_lao_partner(watched: Watched, seeds_url: str) -> None:
    page = open_page(watched, seeds_url, "?view=matrix")
    border = page.locator("#gaps section.gap", has_text="Border provinces with no Lao partner")
    listed = border.locator("li").all_inner_texts()
    for province in ("Điện Biên", "Sơn La", "Thanh Hóa", "Nghệ An", "Hà Tĩnh"):
        assert any(item.startswith(province) for item in listed), province
    assert not any(item.startswith("Quảng Trị") for item in listed)  # it partners Khăm Muồn
    lao = page.locator("#gaps section.gap", has_text="Lao provinces with no Vietnamese partner").inner_text()
    assert "Sa-vẳn-na-khẹt" in lao and "Khăm Muồn" not in lao
    quiet = page.locator("#gaps-quiet li").all_inner_texts()
    assert {q.split(" last ")[0] for q in quiet} == {
        "Quảng Ninh × Hủa Phăn",
        "Quảng Ninh × Luông Pha-bang",
        "Quảng Ninh × Xay-nha-bu-ly",
    }
    page.locator("#quiet-since").fill("2022")
    page.locator("#quiet-since").press("Enter")
    expect(page.locator("#gaps-quiet h3")).to_have_text("Gone quiet: nothing since 2022 (0)")
    assert "quiet_since=2022" in page.url


def open_timeline_from_search(page: Page, text: str) -> None:
    page.locator("#search").fill(text)
    page.locator("#search").press("Enter")
    pick = page.locator(f"#search-results button.to-timeline[data-timeline='{DAT}']")
    expect(pick).to_be_visible()
    pick.click()
    wait_ready(page)


def test_the_timeline_of_huynh_thanh_dat_shows_the_workshop_once_with_both_articles(
    watched: Watched, seeds_url: str
) -> None:
    page = open_page(watched, seeds_url, "")
    open_timeline_from_search(page, "Huynh Thanh Dat")
    expect(page.locator("#timeline-person")).to_have_text("Huỳnh Thành Đạt")
    workshop = page.locator(f"#timeline li[data-id='{WORKSHOP}']")
    expect(workshop).to_have_count(1)
    expect(workshop.locator("time")).to_have_text("2023-12-11")
    expect(workshop.locator("h3")).to_contain_text("Hội thảo")
    expect(workshop.locator("dl")).to_contain_text("co_chair")
    answer = httpx.get(f"{seeds_url}/api/people/{DAT}/engagements", timeout=30).json()
    [reported] = [i for i in answer["timeline"] if i["kind"] == "event" and i["event"]["id"] == WORKSHOP]
    lines = httpx.get(f"{seeds_url}/api/evidence", params={"edge": reported["evidence_edges"]}, timeout=30).json()
    quotes = workshop.locator("blockquote.evidence")
    expect(quotes).to_have_count(len(reported["evidence"]))  # the first few; the rest on demand
    workshop.locator("button.more-evidence").click()
    sentences = {(q["doc_id"], q["start"]) for q in lines["evidence"]}
    expect(quotes).to_have_count(len(sentences))
    cited = set(quotes.locator("cite a").all_inner_texts())
    assert cited == {q["doc_id"] for q in lines["evidence"]} and len(cited) == 2  # both articles
    dates = page.locator("#timeline li time").all_inner_texts()
    assert dates == sorted(dates)  # oldest first
    assert f"person={quote(DAT, safe='')}" in page.url and "view=timeline" in page.url


def test_a_persons_node_opens_the_timeline(watched: Watched, seeds_url: str) -> None:
    page = open_page(watched, seeds_url, f"?focus={DAT}&depth=1")
    page.locator("#panel .actions button", has_text="Timeline").click()
    wait_ready(page)
    expect(page.locator("#timeline-person")).to_have_text("Huỳnh Thành Đạt")
    expect(page.locator(f"#timeline li[data-id='{WORKSHOP}']")).to_have_count(1)


def test_moving_the_slider_to_2024_2026_hides_the_2023_workshop_in_every_view(watched: Watched, seeds_url: str) -> None:
    page = open_page(watched, seeds_url, f"?focus={DAT}&depth=1&kinds={ACTORS},Event")
    assert WORKSHOP in shown_ids(page)
    page.locator("#views button[data-view=timeline]").click()
    open_timeline_from_search(page, "Huỳnh Thành Đạt")
    expect(page.locator(f"#timeline li[data-id='{WORKSHOP}']")).to_have_count(1)

    move_period(page, 2024, 2026)
    expect(page.locator("#period-label")).to_have_text("2024 – 2026")
    expect(page.locator(f"#timeline li[data-id='{WORKSHOP}']")).to_have_count(0)
    assert "since=2024&until=2026" in page.url

    page.locator("#views button[data-view=network]").click()
    wait_ready(page)
    expected = httpx.get(
        f"{seeds_url}/api/graph",
        params={"focus": DAT, "depth": 1, "kinds": f"{ACTORS},Event", "since": "2024", "until": "2026"},
        timeout=30,
    ).json()
    expect(page.locator("#status")).to_have_attribute("data-nodes", str(len(expected["nodes"])))
    assert WORKSHOP not in shown_ids(page)

    page.locator("#views button[data-view=matrix]").click()
    wait_ready(page)
    assert set(cells(page)) == {(QUANG_TRI, KHAM_MUON)}  # Quảng Ninh's ties are of 2022

    page.reload()  # the address keeps the period
    wait_ready(page)
    expect(page.locator("#period-label")).to_have_text("2024 – 2026")
    assert set(cells(page)) == {(QUANG_TRI, KHAM_MUON)}


def test_an_answer_that_arrives_late_for_an_earlier_period_does_not_replace_the_latest(
    watched: Watched, seeds_url: str
) -> None:
    page = open_page(watched, seeds_url, "")
    page.locator("#views button[data-view=timeline]").click()
    open_timeline_from_search(page, "Huỳnh Thành Đạt")
    expect(page.locator(f"#timeline li[data-id='{WORKSHOP}']")).to_have_count(1)

    # The answers for the years the slider passes through on its way to 2024 come back last, as a slow
    # network or a busy server can return them.
    def slow_for_earlier_years(route) -> None:
        since = re.search(r"since=(\d{4})", route.request.url)
        if since and int(since.group(1)) < 2024:
            page.wait_for_timeout(1500)
        route.continue_()

    page.route("**/api/people/**/engagements*", slow_for_earlier_years)
    move_period(page, 2024, 2026)
    page.wait_for_timeout(2000)  # every late answer has arrived by now
    wait_ready(page)
    expect(page.locator("#period-label")).to_have_text("2024 – 2026")
    expect(page.locator(f"#timeline li[data-id='{WORKSHOP}']")).to_have_count(0)


def test_a_meeting_two_articles_report_says_why_it_is_one_node(watched: Watched, seeds_url: str) -> None:
    page = open_page(watched, seeds_url, f"?focus={WORKSHOP}&depth=1&kinds={ACTORS},Event")
    identity = page.locator("#panel .identity")
    expect(identity).to_contain_text("one meeting: the same date, kind and provinces taking part")
    expect(identity.locator(".reports li")).to_have_count(2)
    expect(identity.locator("dd")).to_have_text("2023-12-11-workshop")


def test_the_network_opens_on_the_actors_and_the_provinces_preset_sets_vietnam_beside_laos(
    watched: Watched, seeds_url: str
) -> None:
    page = open_page(watched, seeds_url, "")
    kinds = page.evaluate("() => vilaoNetwork.body.data.nodes.get().map(n => n.record.kind)")
    assert kinds and set(kinds) <= {"Person", "Organization", "Province"}
    page.locator("#presets button[data-preset=provinces]").click()
    wait_ready(page)
    shown = page.evaluate(
        "() => vilaoNetwork.body.data.nodes.get().map(n => [n.record.country, vilaoNetwork.getPosition(n.id).x])"
    )
    assert {country for country, _ in shown} == {"VN", "LA"}
    assert max(x for c, x in shown if c == "VN") < min(x for c, x in shown if c == "LA")
    assert "kinds=Province" in page.url and "focus=" not in page.url
    page.locator("#presets button[data-preset=meetings]").click()
    wait_ready(page)
    kinds = page.evaluate("() => vilaoNetwork.body.data.nodes.get().map(n => n.record.kind)")
    assert "Event" in kinds and "Agreement" in kinds


def test_the_2025_provinces_and_a_topic_narrow_the_matrix(watched: Watched, base_url: str) -> None:
    page = open_page(watched, base_url, "?view=matrix")
    assert cells(page)[("province:VN-quang-binh", KHAM_MUON)] == "1"
    page.locator("#merged").check()
    wait_ready(page)
    expect(page.locator("#matrix .cell-button[data-row='province:VN-quang-binh']")).to_have_count(0)
    expect(cell(page, QUANG_TRI, KHAM_MUON).locator("strong")).to_have_text("3")
    assert "merged=true" in page.url
    page.locator("#topic").select_option(label="chuyển đổi số")
    wait_ready(page)
    expect(page.locator("#matrix .cell-button")).to_have_count(3)
    assert {column for _, column in cells(page)} == NORTHERN_LAO
    assert "topic=topic%3Achuyen-doi-so" in page.url


def test_a_timeline_shows_article_text_as_text(watched: Watched, base_url: str) -> None:
    page = open_page(watched, base_url, f"?view=timeline&person={quote(XSS_PERSON)}")
    expect(page.locator("#timeline-person")).to_have_text(XSS_NAME)
    expect(page.locator("#timeline li h3")).to_contain_text(XSS_QUOTE)  # the position's title
    quotes = page.locator("#timeline blockquote.evidence")
    expect(quotes.first).to_contain_text(XSS_NAME)
    expect(quotes.last).to_contain_text(XSS_QUOTE)
    assert page.locator("img").count() == 0
    page.wait_for_timeout(200)  # give any injected handler the time to fire: the watcher sees no dialog


def test_a_province_in_the_matrix_or_the_gaps_opens_the_network_around_it(watched: Watched, base_url: str) -> None:
    page = open_page(watched, base_url, "?view=matrix")
    lao = page.locator("#gaps section.gap", has_text="Lao provinces with no Vietnamese partner")
    lao.locator("button[data-id='province:LA-VT']").click()
    wait_ready(page)
    expect(page.locator("#status")).to_contain_text("around Viêng Chăn")
    assert "focus=province%3ALA-VT" in page.url and "view=" not in page.url
    page.locator("#views button[data-view=matrix]").click()
    page.locator(f"#matrix tbody th button[data-id='{QUANG_TRI}']").click()
    wait_ready(page)
    expect(page.locator("#status")).to_contain_text("around Quảng Trị")
    assert KHAM_MUON in shown_ids(page)
