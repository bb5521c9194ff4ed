"""The network page as someone uses it: open a name, read the evidence, search, widen, filter."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from playwright.sync_api import expect

from app.viz import ACTOR_KINDS, SCRIPTS
from tests.page.browser import (
    Watched,
    click_edge,
    click_node,
    move_period,
    painted_pixels,
    shown_ids,
    wait_ready,
)
from tests.page.world import XSS_DOC, XSS_NAME, XSS_PERSON, XSS_QUOTE, XSS_TITLE
from tests.queries.world import (
    HOUAPHANH,
    LUANG_PRABANG,
    QN_LP_SESSION,
    QUANG_NINH,
    QUANG_TRI,
    SO_QUANG_NINH,
)

DEFAULT_KINDS = ",".join(k.value for k in ACTOR_KINDS)  # the page opens on the actors
WITH_EVENTS = f"{DEFAULT_KINDS},Event,Agreement"
PROVINCE_GREEN = "#59a14f"


def served_graph(base_url: str, focus: str, depth: int, kinds: str = DEFAULT_KINDS, **more: str) -> dict:
    """What the API answers for the view the page asks for."""
    params = {"focus": focus, "depth": depth, "kinds": kinds, **more}
    answer = httpx.get(f"{base_url}/api/graph", params=params, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()


def open_page(visit: Watched, base_url: str, query: str) -> None:
    visit.page.goto(f"{base_url}/{query}")
    wait_ready(visit.page)


def test_the_page_around_quang_ninh_draws_its_neighbourhood(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, f"?focus={quote('Quảng Ninh')}&depth=1")
    expected = served_graph(base_url, QUANG_NINH.id, 1)
    n, m = len(expected["nodes"]), len(expected["edges"])
    assert n >= 5
    expect(page.locator("#status")).to_have_text(f"{n} nodes, {m} edges around Quảng Ninh")
    assert shown_ids(page) == {node["id"] for node in expected["nodes"]}
    assert painted_pixels(page, PROVINCE_GREEN) > 200  # the provinces are on the canvas, in their colour
    assert "focus=province%3AVN-quang-ninh" in page.url  # the address names the view, to share or reload
    expect(page.locator("#truncated")).to_be_hidden()
    expect(page.locator("#panel h2")).to_have_text("Quảng Ninh")  # the focus is described from the start
    requested = [url for url in watched.requests if "/api/" in url or "/static/" in url]
    assert requested and all(url.startswith(base_url) for url in requested)


def test_clicking_a_province_shows_its_name_and_the_sentences_behind_it(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, f"?focus={QUANG_NINH.id}&depth=1")
    click_node(page, LUANG_PRABANG.id)
    panel = page.locator("#panel")
    expect(panel.locator("h2")).to_have_text("Luông Pha-bang")
    quote_text = "Tại hội nghị, lãnh đạo Quảng Ninh và ba tỉnh bạn đã ký Bản ghi nhớ hợp tác giai đoạn 2022 - 2026."
    evidence = panel.locator("blockquote.evidence", has_text=quote_text).first
    expect(evidence).to_be_visible()
    link = evidence.locator("a")
    assert link.get_attribute("href") == f"{base_url}/api/documents/{quote('doc:quang-ninh-bac-lao-2022', safe='')}"
    link.click()  # the document, its sentence marked
    expect(panel.locator("h2")).to_have_text("Quảng Ninh ký ghi nhớ hợp tác với ba tỉnh Bắc Lào")
    expect(panel.locator(".document-text mark")).to_have_text(quote_text)
    panel.locator("button.back").click()
    expect(panel.locator("h2")).to_have_text("Luông Pha-bang")


def test_clicking_a_line_shows_the_relation_and_its_evidence(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, f"?focus={QUANG_NINH.id}&depth=1&kinds=Province")
    click_edge(page, QUANG_NINH.id, HOUAPHANH.id)
    panel = page.locator("#panel")
    expect(panel.locator("h2")).to_have_text("PARTNERS_WITH")
    expect(panel.locator(".meta")).to_contain_text("Hủa Phăn")
    expect(panel.locator(".meta")).to_contain_text("Quảng Ninh")
    expect(panel.locator("dl")).to_contain_text("2022-05-31")
    expect(panel.locator("blockquote.evidence")).to_contain_text("ba tỉnh bạn đã ký Bản ghi nhớ")


def test_searching_quang_tri_finds_it_and_loads_its_neighbourhood(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, "")  # no focus: the best-connected part of the graph
    page.locator("#search").fill("Quang Tri")
    page.locator("#search").press("Enter")
    first = page.locator("#search-results button").first
    expect(first).to_contain_text("Quảng Trị")
    assert first.get_attribute("data-id") == QUANG_TRI.id
    first.click()
    wait_ready(page)
    expected = served_graph(base_url, QUANG_TRI.id, 2)
    expect(page.locator("#status")).to_have_attribute("data-nodes", str(len(expected["nodes"])))
    assert shown_ids(page) == {node["id"] for node in expected["nodes"]}
    expect(page.locator("#status")).to_contain_text("around Quảng Trị")
    assert "focus=province%3AVN-quang-tri" in page.url
    expect(page.locator("#search-results")).to_be_hidden()


def test_double_clicking_a_node_widens_the_view_around_it(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, f"?focus={QUANG_NINH.id}&depth=1&kinds={WITH_EVENTS}")
    before = shown_ids(page)
    assert QN_LP_SESSION not in before
    click_node(page, SO_QUANG_NINH.id, double=True)
    around = served_graph(base_url, SO_QUANG_NINH.id, 1, kinds=WITH_EVENTS)
    widened = before | {node["id"] for node in around["nodes"]}
    expect(page.locator("#status")).to_have_attribute("data-nodes", str(len(widened)))
    wait_ready(page)
    assert shown_ids(page) == widened and QN_LP_SESSION in widened
    expect(page.locator("#panel h2")).to_have_text(SO_QUANG_NINH.name)


def test_kinds_and_a_period_narrow_the_view(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, f"?focus={QUANG_NINH.id}&depth=2&kinds={WITH_EVENTS}")
    for kind in ("Person", "Organization", "Event", "Agreement"):
        page.locator(f"#kinds input[value={kind}]").uncheck()
        wait_ready(page)
    only_provinces = served_graph(base_url, QUANG_NINH.id, 2, kinds="Province")
    expect(page.locator("#status")).to_have_attribute("data-nodes", str(len(only_provinces["nodes"])))
    assert shown_ids(page) == {node["id"] for node in only_provinces["nodes"]}
    assert "kinds=Province" in page.url

    open_page(watched, base_url, f"?focus={QUANG_NINH.id}&depth=2&kinds={WITH_EVENTS}")
    move_period(page, 2023, 2023)
    period = served_graph(base_url, QUANG_NINH.id, 2, kinds=WITH_EVENTS, since="2023", until="2023")
    expect(page.locator("#status")).to_have_attribute("data-nodes", str(len(period["nodes"])))
    assert shown_ids(page) == {node["id"] for node in period["nodes"]}
    assert QN_LP_SESSION in shown_ids(page) and "event:2022-05-31-online-meeting-quang-ninh" not in shown_ids(page)
    assert "since=2023&until=2023" in page.url


def test_a_view_cut_by_the_node_cap_says_so(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, f"?focus={QUANG_NINH.id}&depth=2&limit=4")
    expect(page.locator("#truncated")).to_be_visible()
    expect(page.locator("#truncated")).to_contain_text("4 nodes")
    expect(page.locator("#status")).to_have_attribute("data-nodes", "4")


def test_an_unknown_name_says_what_it_may_have_meant(watched: Watched, base_url: str) -> None:
    page = watched.page
    open_page(watched, base_url, f"?focus={quote('Quảng Nxyz Zzz')}")
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator("#error")).to_contain_text("Quảng Nxyz Zzz")
    # The browser logs the API's 404 itself; that one error is the expected one.
    assert [e for e in watched.errors if "404" not in e] == []
    watched.errors.clear()


@pytest.mark.parametrize("how", [pytest.param("focus", id="as-focus"), pytest.param("search", id="through-search")])
def test_names_and_quotes_from_articles_show_as_text_and_run_nothing(watched: Watched, base_url: str, how: str) -> None:
    page = watched.page
    if how == "focus":
        open_page(watched, base_url, f"?focus={quote(XSS_PERSON)}&depth=1")
    else:
        open_page(watched, base_url, f"?focus={SO_QUANG_NINH.id}&depth=1")
        page.locator("#search").fill("img src onerror")
        page.locator("#search").press("Enter")
        pick = page.locator(f"#search-results button[data-id='{XSS_PERSON}']")
        expect(pick).to_contain_text(XSS_NAME)
        pick.click()
        wait_ready(page)
    panel = page.locator("#panel")
    expect(panel.locator("h2")).to_have_text(XSS_NAME)
    click_node(page, SO_QUANG_NINH.id)
    click_node(page, XSS_PERSON)
    expect(panel.locator("h2")).to_have_text(XSS_NAME)
    expect(panel.locator("dl")).to_contain_text(XSS_QUOTE)  # the position's title
    expect(panel.locator("blockquote.evidence").last).to_contain_text(XSS_QUOTE)
    panel.locator("blockquote.evidence a").last.click()
    expect(panel.locator("h2")).to_have_text(XSS_TITLE)
    expect(panel.locator(".document-text")).to_contain_text(XSS_NAME)
    expect(panel.locator(".meta")).to_contain_text(XSS_DOC)
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 2 + len(SCRIPTS)  # the page's own: its settings, vis-network, ours
    page.wait_for_timeout(200)  # give any injected handler the time to fire: the watcher sees no dialog
