"""`vilao viz --out FILE.html`: the network page as one file, opened from disk with no server."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from app.viz import ACTOR_KINDS, SCRIPTS, VIS_NETWORK
from graph.embedded import EmbeddedStore
from graph.schema import NodeKind
from queries.subgraph import subgraph
from tests.page.browser import Watched, click_node, move_period, shown_ids, wait_ready
from tests.page.conftest import build_store
from tests.page.world import XSS_NAME, XSS_PERSON, XSS_QUOTE, XSS_TITLE
from tests.queries.world import LUANG_PRABANG, QUANG_NINH, QUANG_TRI, SO_QUANG_NINH


def vilao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def viz_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.mktemp("viz"))


def write_page(store: str, out: Path, *focus: str) -> str:
    result = vilao("viz", "--out", str(out), "--store", store, *focus)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in " ".join(result.stderr.split())
    return out.read_text(encoding="utf-8")


def test_the_file_shows_the_neighbourhood_with_no_server(watched: Watched, viz_store: str, tmp_path: Path) -> None:
    out = tmp_path / "quang-ninh.html"
    html = write_page(viz_store, out, "--focus", "Quảng Ninh", "--depth", "2")
    store = EmbeddedStore(Path(viz_store))
    try:
        expected = subgraph(store, QUANG_NINH.id, 2, ACTOR_KINDS)  # the page opens on the actors
    finally:
        store.close()
    page = watched.page
    page.goto(out.as_uri())
    wait_ready(page)
    n, m = len(expected.nodes), len(expected.edges)
    expect(page.locator("#status")).to_have_text(f"{n} nodes, {m} edges around Quảng Ninh")
    assert shown_ids(page) == {node.id for node in expected.nodes}
    expect(page.locator("#mode")).to_contain_text("offline copy")
    click_node(page, LUANG_PRABANG.id)
    panel = page.locator("#panel")
    expect(panel.locator("h2")).to_have_text("Luông Pha-bang")
    evidence = panel.locator("blockquote.evidence", has_text="ba tỉnh bạn đã ký Bản ghi nhớ").first
    expect(evidence).to_contain_text("Quảng Ninh ký ghi nhớ hợp tác với ba tỉnh Bắc Lào")  # the article's title
    # The page fetched nothing but itself: its libraries and data are inside.
    assert watched.requests == [out.as_uri()]
    assert '"depth":2' in html


def test_the_file_searches_and_filters_what_it_holds(watched: Watched, viz_store: str, tmp_path: Path) -> None:
    out = tmp_path / "whole.html"
    write_page(viz_store, out)  # no focus: the best-connected nodes
    page = watched.page
    page.goto(out.as_uri())
    wait_ready(page)
    page.locator("#search").fill("Quang Tri")
    page.locator("#search").press("Enter")
    first = page.locator("#search-results button").first
    expect(first).to_contain_text("Quảng Trị")
    first.click()
    wait_ready(page)
    expect(page.locator("#status")).to_contain_text("around Quảng Trị")
    ids = shown_ids(page)
    assert QUANG_TRI.id in ids and "province:LA-KH" in ids and QUANG_NINH.id not in ids
    page.locator("#kinds input[value=Person]").uncheck()
    wait_ready(page)
    assert "person:dang-ngoc-tuan" not in shown_ids(page)
    assert watched.requests == [out.as_uri()]


def test_article_text_in_the_file_stays_text(watched: Watched, viz_store: str, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    html = write_page(viz_store, out, "--focus", SO_QUANG_NINH.id, "--depth", "1")
    for payload in (XSS_NAME, XSS_QUOTE, XSS_TITLE, "</script><script>alert"):
        assert payload not in html
    ours = html.replace(VIS_NETWORK.read_text(encoding="utf-8"), "")
    assert not re.search(r"https?://", ours), "the file names a remote address"
    page = watched.page
    page.goto(out.as_uri())
    wait_ready(page)
    click_node(page, XSS_PERSON)
    panel = page.locator("#panel")
    expect(panel.locator("h2")).to_have_text(XSS_NAME)
    expect(panel.locator("blockquote.evidence").last).to_contain_text(XSS_QUOTE)
    expect(panel.locator("blockquote.evidence cite").last).to_contain_text(XSS_TITLE)
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3 + len(SCRIPTS)  # settings, data, vis-network, ours
    expect(page.locator("#views")).to_be_hidden()  # the matrix and the timeline need the service
    page.wait_for_timeout(200)


def test_an_unknown_focus_is_an_error_and_no_file(tmp_path: Path, viz_store: str) -> None:
    out = tmp_path / "none.html"
    result = vilao("viz", "--out", str(out), "--store", viz_store, "--focus", "Zzyzx Qwv")
    assert result.returncode == 1 and "Zzyzx Qwv" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_the_period_slider_narrows_the_file_as_the_service_would(
    watched: Watched, viz_store: str, tmp_path: Path
) -> None:
    out = tmp_path / "period.html"
    write_page(viz_store, out, "--focus", "Quảng Ninh", "--depth", "2")
    kinds = [*ACTOR_KINDS, NodeKind.EVENT, NodeKind.AGREEMENT]
    store = EmbeddedStore(Path(viz_store))
    try:
        expected = subgraph(store, QUANG_NINH.id, 2, kinds, "2023", "2023")
    finally:
        store.close()
    page = watched.page
    page.goto(f"{out.as_uri()}?kinds={','.join(k.value for k in kinds)}")
    wait_ready(page)
    move_period(page, 2023, 2023)
    expect(page.locator("#period-label")).to_have_text("2023")
    expect(page.locator("#status")).to_have_attribute("data-nodes", str(len(expected.nodes)))
    assert shown_ids(page) == {node.id for node in expected.nodes}
    assert all(url.startswith("file://") for url in watched.requests)
