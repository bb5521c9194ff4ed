"""What the server sends for the page: our own files and pyvis's vis-network, nothing from elsewhere."""

from __future__ import annotations

import re

import httpx

from app.viz import KIND_STYLE, SCRIPTS, VIS_NETWORK, script_json
from graph.schema import NodeKind

REMOTE = re.compile(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", re.IGNORECASE)


def test_the_page_and_its_own_files_name_no_remote_address(base_url: str) -> None:
    page = httpx.get(f"{base_url}/", timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for name in (*SCRIPTS, "network.css"):
        asset = httpx.get(f"{base_url}/static/{name}", timeout=30)
        assert asset.status_code == 200
        assert not REMOTE.search(asset.text), name
    assert not REMOTE.search(page.text)


def test_vis_network_is_the_copy_pyvis_ships(base_url: str) -> None:
    served = httpx.get(f"{base_url}/static/vis-network.min.js", timeout=30)
    assert served.status_code == 200 and "javascript" in served.headers["content-type"]
    assert served.content == VIS_NETWORK.read_bytes()
    assert httpx.get(f"{base_url}/static/..%2Fsettings.py", timeout=30).status_code == 404


def test_json_for_a_script_element_cannot_end_it() -> None:
    text = script_json({"quote": "</script><script>alert(1)</script> <!-- & \u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text


def test_every_kind_has_its_colour_and_shape() -> None:
    assert set(KIND_STYLE) == set(NodeKind)
    assert len({colour for colour, _ in KIND_STYLE.values()}) == len(NodeKind)
