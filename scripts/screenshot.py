"""The README's picture of the partnership view, made the way a user sees it.

Ingests the sample corpus into a temporary embedded store, serves it on loopback, opens the page's
partnership matrix in Debian's Chromium (through Playwright), opens the busiest pair and saves the screen:

    .venv/bin/python scripts/screenshot.py [--corpus ingest/samples] [--out docs/partnerships.png]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: the repository's packages and test helpers

from app.settings import Settings  # noqa: E402
from graph.embedded import EmbeddedStore  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from tests.api.server import serving  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1440, "height": 640}
LARGEST = 200_000  # bytes: a picture for a README, not a poster


def build_store(corpus: Path, folder: Path) -> str:
    store = EmbeddedStore(folder)
    try:
        report = ingest([str(corpus)], store)
    finally:
        store.close()
    if report.failures:
        raise SystemExit(f"could not ingest {', '.join(f.origin for f in report.failures)}")
    return str(folder)


def shoot(base_url: str, out: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(f"{base_url}/?view=matrix")
            expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=30_000)
            counts = page.locator("#matrix .cell-button strong").all_inner_texts()
            busiest = max(range(len(counts)), key=lambda i: int(counts[i]))
            page.locator("#matrix .cell-button").nth(busiest).click()
            expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=30_000)
            page.screenshot(path=str(out))
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "ingest" / "samples")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "partnerships.png")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = build_store(args.corpus, Path(folder) / "store")
        with serving(Settings(store=store, api_token=None)) as base_url:
            shoot(base_url, args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out}: {size // 1000} KB")
    if size > LARGEST:
        raise SystemExit(f"{args.out} is over {LARGEST // 1000} KB: make the view smaller")


if __name__ == "__main__":
    main()
