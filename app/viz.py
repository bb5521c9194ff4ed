"""The network page, two ways from one template (app/static/network.html):

- served by `vilao serve` at `/`: the page loads its script, style and vis-network from `/static/…` and asks
  the HTTP API for everything it shows;
- written by `vilao viz` as one file: the same script, style and vis-network inline, the subgraph embedded as
  JSON, so it opens from disk with no server and no network.

vis-network is the copy pyvis ships (a declared dependency): nothing is fetched from the internet, ever.
Article text never becomes markup: JSON in a script element is escaped below, and network.js writes names
and quotes as text only.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from graph.schema import EdgeType, NodeKind
from graph.store import GraphStore
from queries.documents import DocumentSummary
from queries.subgraph import DATED_KINDS, Subgraph

STATIC = Path(__file__).resolve().parent / "static"


def _pyvis_folder() -> Path:
    """Where pyvis is installed, found without importing it (its import pulls in IPython: half a second)."""
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis, which ships vis-network for the network page, is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


VIS_NETWORK = _pyvis_folder() / "lib" / "vis-9.1.2" / "vis-network.min.js"
# The page's own scripts, in the order they run: page.js holds what the others share.
SCRIPTS = ("page.js", "sources.js", "period.js", "network.js", "views.js")
# What /static/{name} serves: our own files, and pyvis's vis-network under a stable name.
ASSETS: dict[str, tuple[Path, str]] = {
    **{name: (STATIC / name, "text/javascript") for name in SCRIPTS},
    "network.css": (STATIC / "network.css", "text/css"),
    "vis-network.min.js": (VIS_NETWORK, "text/javascript"),
}

# How each kind is drawn: colour (also the checkbox swatch) and vis-network shape.
KIND_STYLE: dict[NodeKind, tuple[str, str]] = {
    NodeKind.PERSON: ("#e15759", "dot"),
    NodeKind.ORGANIZATION: ("#4e79a7", "dot"),
    NodeKind.PROVINCE: ("#59a14f", "dot"),
    NodeKind.COUNTRY: ("#9c755f", "dot"),
    NodeKind.EVENT: ("#f28e2b", "diamond"),
    NodeKind.AGREEMENT: ("#b07aa1", "square"),
    NodeKind.DOCUMENT: ("#bab0ac", "triangleDown"),
    NodeKind.TOPIC: ("#76b7b2", "triangle"),
}

# The page opens on the actors (people, bodies, provinces): meetings and agreements, a node for every report,
# are what makes a real corpus a hairball, so they are shown on demand (a preset, or their kinds).
ACTOR_KINDS = (NodeKind.PERSON, NodeKind.ORGANIZATION, NodeKind.PROVINCE)
PRESETS: list[dict[str, Any]] = [
    {"name": "actors", "label": "People, bodies and provinces", "kinds": [k.value for k in ACTOR_KINDS]},
    {
        "name": "meetings",
        "label": "… with meetings and agreements",
        "kinds": [k.value for k in (*ACTOR_KINDS, NodeKind.EVENT, NodeKind.AGREEMENT)],
    },
    # Every province the news names, Vietnam's and Laos's side by side, partners across: no focus.
    {"name": "provinces", "label": "Vietnam–Laos provinces", "kinds": [NodeKind.PROVINCE.value], "whole": True},
]

# The served page runs only its own files; it talks to its own server and nowhere else.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

_HEAD = "<!-- vilao:head -->"
_SCRIPTS = "<!-- vilao:scripts -->"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators that
    older parsers read as line ends. The escapes are still the same JSON for JSON.parse."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def page_config() -> dict[str, Any]:
    """What the script needs to know of the schema: the kinds, how to draw them, which are shown at first."""
    return {
        "kinds": [
            {"name": kind.value, "colour": colour, "shape": shape, "shown": kind in ACTOR_KINDS}
            for kind, (colour, shape) in KIND_STYLE.items()
        ],
        "presets": PRESETS,
        "dated_kinds": [kind.value for kind in DATED_KINDS],
        "partners_type": EdgeType.PARTNERS_WITH.value,
    }


def _template() -> str:
    return (STATIC / "network.html").read_text(encoding="utf-8")


def _data_element(element_id: str, value: Any) -> str:
    return f'<script id="{element_id}" type="application/json">{script_json(value)}</script>'


def served_page() -> str:
    """The page `vilao serve` answers at `/`."""
    head = '<link rel="stylesheet" href="static/network.css">'
    scripts = "\n".join(
        (
            _data_element("vilao-config", page_config()),
            '<script src="static/vis-network.min.js"></script>',
            *(f'<script src="static/{name}"></script>' for name in SCRIPTS),
        )
    )
    return _template().replace(_HEAD, head).replace(_SCRIPTS, scripts)


def _inline_script(code: str) -> str:
    lowered = code.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise ValueError("a script to inline holds </script or <!--, which would end or confuse its element")
    return f"<script>{code}</script>"


def _script_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def standalone_page(view: Subgraph, documents: dict[str, DocumentSummary], depth: int) -> str:
    """One HTML file holding the page, its libraries and the subgraph: it needs no server and no network.

    Its policy lets only its own scripts run (by hash) and forbids every connection.
    """
    codes = [VIS_NETWORK.read_text(encoding="utf-8")]
    codes += [(STATIC / name).read_text(encoding="utf-8") for name in SCRIPTS]
    policy = (
        f"default-src 'none'; script-src {' '.join(_script_hash(c) for c in codes)}; style-src 'unsafe-inline'; "
        "img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    data = {
        **view.model_dump(mode="json"),
        "depth": depth,
        "documents": {doc_id: {"title": d.title, "published": d.published} for doc_id, d in documents.items()},
        "written": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    css = (STATIC / "network.css").read_text(encoding="utf-8")
    head = f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n<style>{css}</style>'
    scripts = "\n".join(
        (
            _data_element("vilao-config", page_config()),
            _data_element("vilao-data", data),
            *(_inline_script(code) for code in codes),
        )
    )
    return _template().replace(_HEAD, head).replace(_SCRIPTS, scripts)


def cited_documents(store: GraphStore, view: Subgraph) -> dict[str, DocumentSummary]:
    """The documents the view's evidence quotes, for their titles."""
    ids = {quote.doc_id for edge in view.edges for quote in edge.evidence}
    return {node.id: DocumentSummary.of(node) for node in store.get_nodes(ids) if node.kind is NodeKind.DOCUMENT}
