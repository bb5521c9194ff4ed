"""Watching a page and pointing at what vis-network drew on its canvas."""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import ConsoleMessage, Dialog, Page, Request, expect

LOCAL = ("http://127.0.0.1:", "file://", "data:", "blob:", "about:")


@dataclass
class Watched:
    page: Page
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def remote_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL)]


def watch(page: Page) -> Watched:
    visit = Watched(page)

    def on_dialog(dialog: Dialog) -> None:
        visit.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            visit.errors.append(message.text)

    def on_request(request: Request) -> None:
        visit.requests.append(request.url)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.on("request", on_request)
    return visit


def wait_ready(page: Page) -> None:
    expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=15_000)


def shown_ids(page: Page) -> set[str]:
    return set(page.evaluate("() => vilaoNetwork.body.data.nodes.getIds()"))


def node_point(page: Page, node_id: str) -> tuple[float, float]:
    """Where a node is on the screen."""
    point = page.evaluate("id => vilaoNetwork.canvasToDOM(vilaoNetwork.getPosition(id))", node_id)
    box = page.locator("#network canvas").bounding_box()
    assert box is not None
    return box["x"] + point["x"], box["y"] + point["y"]


def click_node(page: Page, node_id: str, *, double: bool = False) -> None:
    x, y = node_point(page, node_id)
    if double:
        page.mouse.dblclick(x, y)
    else:
        page.mouse.click(x, y)


def click_edge(page: Page, source: str, target: str) -> None:
    """The middle of a straight line between two nodes."""
    (x1, y1), (x2, y2) = node_point(page, source), node_point(page, target)
    page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)


def painted_pixels(page: Page, colour: str) -> int:
    """How many canvas pixels have the colour (#rrggbb, give or take a little anti-aliasing)."""
    return page.evaluate(
        """colour => {
            const canvas = document.querySelector('#network canvas');
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            const want = [1, 3, 5].map(i => parseInt(colour.slice(i, i + 2), 16));
            let count = 0;
            for (let i = 0; i < data.length; i += 4) {
                if (data[i + 3] > 250 && want.every((v, k) => Math.abs(data[i + k] - v) < 6)) count++;
            }
            return count;
        }""",
        colour,
    )


def move_period(page: Page, first: int, last: int) -> None:
    """Set the period slider by keyboard, as a user does: Home or End, then a year per arrow press."""
    start, end = page.locator("#period-from"), page.locator("#period-to")
    low = int(start.get_attribute("min") or "0") // 12
    high = int(end.get_attribute("max") or "0") // 12
    start.press("Home")
    for _ in range(first - low):
        start.press("ArrowRight")
    end.press("End")
    for _ in range(high - last):
        end.press("ArrowLeft")
    wait_ready(page)
