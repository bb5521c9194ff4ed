"""A killed ingest leaves the embedded store as it was after the last whole document."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.export import to_json
from graph.schema import NodeKind
from ingest.models import ContentType, RawDocument
from ingest.pipeline import document_delta, ingest

# Articles written for this test: one shape, many provinces and dates, so each is a distinct document.
PROVINCES = ["Quảng Trị", "Nghệ An", "Sơn La", "Điện Biên", "Hà Tĩnh", "Thanh Hóa", "Kon Tum", "Quảng Nam"]
LAO = ["Khăm Muồn", "Hủa Phăn", "Luông Pha-bang", "Xiêng Khoảng", "Bô-ly-khăm-xay", "Attapư", "Sê Kông"]
# Enough that the kill lands mid-way: a fast ingest once wrote all of 400 between two looks at the store.
ARTICLES = 1200


def article(i: int) -> str:
    vn, la = PROVINCES[i % len(PROVINCES)], LAO[i % len(LAO)]
    return (
        f"# {vn} và {la} hợp tác về chuyển đổi số (bản tin số {i})\n\n"
        f"Ngày {1 + i % 28}/{1 + i % 12}/20{10 + i % 15}, đoàn công tác Sở Khoa học và Công nghệ tỉnh {vn} "
        f"đã sang thăm và làm việc với Sở Công nghệ và Truyền thông tỉnh {la}.\n\n"
        f"Hai Sở đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 20{10 + i % 15}-20{13 + i % 15}.\n"
    )


def test_killed_ingest_keeps_only_whole_documents_and_a_rerun_completes_it(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"a{i:04d}.md").write_text(article(i), encoding="utf-8")
    store_dir = tmp_path / "store"
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "ingest", str(folder), "--store", str(store_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if (store_dir / "graph.sqlite").exists() and _documents(store_dir) >= 20:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)

    store = EmbeddedStore(store_dir)
    documents = list(store.nodes([NodeKind.DOCUMENT]))
    assert 20 <= len(documents) < ARTICLES, "the kill should land in the middle of the ingest"
    node_ids = {n.id for n in store.nodes()}
    edge_keys = {e.key for e in store.edges()}
    for doc in documents:
        _, delta = document_delta(
            RawDocument(origin="x.md", content=str(doc.props["text"]), content_type=ContentType.MARKDOWN)
        )
        assert delta.doc_id == doc.id
        assert {n.id for n in delta.nodes} <= node_ids
        assert {e.key for e in delta.edges} <= edge_keys
    store.close()

    rerun = subprocess.run(
        [sys.executable, "-m", "app", "ingest", str(folder), "--store", str(store_dir)],
        capture_output=True,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    once = EmbeddedStore(tmp_path / "once")
    ingest([str(folder)], once)
    resumed = EmbeddedStore(store_dir)
    assert to_json(resumed) == to_json(once), "re-running the ingest completes the rest"
    resumed.close()
    once.close()


def _documents(store_dir: Path) -> int:
    store = EmbeddedStore(store_dir)
    try:
        return store.counts().nodes.get("Document", 0)
    finally:
        store.close()
