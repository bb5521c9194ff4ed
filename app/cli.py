"""The `vilao` command line: ingest, export, serve (and the analysts' queries, viz and eval)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.settings import Settings
from graph.errors import Ambiguous, BadInput, NotFound, StoreUnavailable, VilaoError
from graph.schema import NodeKind
from graph.store import GraphStore
from ingest.pipeline import Extractor, InputResult, Outcome, count_inputs, default_workers, ingest

# The queries, the exports (networkx) and the evaluation load only in the commands that use them: `vilao ingest`
# starts without them (about half of the start-up's imports).
if TYPE_CHECKING:
    from evaluation import EvalReport
    from evaluation.export import ExportGraph
    from queries.engagements import Engagements
    from queries.gaps import Gaps
    from queries.partners import Partners
    from queries.partnerships import PartnershipMatrix
    from queries.path import PathResult
    from queries.records import Quote
    from queries.search import SearchResult
    from queries.subgraph import Subgraph

app = typer.Typer(add_completion=False, no_args_is_help=True, help="vilao: Vietnam–Laos cooperation knowledge graph")
console = Console(stderr=True)
StoreOption = Annotated[
    str | None, typer.Option("--store", help="folder of the embedded store, or a bolt:// / neo4j:// URI")
]
F = TypeVar("F", bound=Callable[..., Any])

# Exit codes, in one place: 1 for a failed input or an unknown name, 2 for an unusable store or input.
EXIT_CODES: dict[type[VilaoError], int] = {NotFound: 1, Ambiguous: 1, BadInput: 2, StoreUnavailable: 2}


def reports_errors(command: F) -> F:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except VilaoError as exc:
            console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            extra = getattr(exc, "suggestions", None) or getattr(exc, "candidates", None)
            if extra:
                console.print("  did you mean: " + "; ".join(extra), highlight=False)
            raise typer.Exit(EXIT_CODES.get(type(exc), 1)) from None

    return wrapper  # type: ignore[return-value]


def settings_for(store: str | None) -> Settings:
    settings = Settings()
    return settings.model_copy(update={"store": store}) if store else settings


@contextmanager
def opened(store: str | None) -> Iterator[GraphStore]:
    graph = settings_for(store).open_store()
    try:
        yield graph
    finally:
        graph.close()


@app.command("ingest")
@reports_errors
def ingest_command(
    inputs: Annotated[list[str], typer.Argument(help="files, folders (recursively: .txt .md .html) or URLs")],
    store: StoreOption = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="processes extracting at once (default: the cores)")
    ] = None,
) -> None:
    """Read articles into the graph; a summary at the end, exit 1 if any input failed."""
    settings = settings_for(store)
    total = count_inputs(inputs)
    with (
        opened(store) as graph,
        Extractor(min(workers or default_workers(), max(1, total))) as extractor,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=console,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("", total=total)

        def advance(result: InputResult) -> None:
            progress.update(task, advance=1, description=Path(result.origin).name[:40])

        report = ingest(inputs, graph, batch_size=settings.batch_size, extractor=extractor, on_progress=advance)
    summary = Table(title="vilao ingest", show_header=False)
    summary.add_row("documents new", str(report.count(Outcome.NEW)))
    summary.add_row("documents unchanged", str(report.count(Outcome.UNCHANGED)))
    summary.add_row("documents failed", str(report.count(Outcome.FAILED)))
    summary.add_row("nodes added", str(report.nodes_added))
    summary.add_row("edges added", str(report.edges_added))
    Console().print(summary)
    for failure in report.failures:
        console.print(f"[red]failed:[/red] {failure.origin}: {failure.reason}", highlight=False)
    if report.failures:
        raise typer.Exit(1)


class ExportFormat(StrEnum):
    JSON = "json"
    GRAPHML = "graphml"
    CSV = "csv"


@app.command("export")
@reports_errors
def export_command(
    store: StoreOption = None,
    format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.JSON,
    out: Annotated[Path | None, typer.Option("--out", help="a file (json, graphml) or a folder (csv)")] = None,
) -> None:
    """Write the whole graph: JSON (DESIGN's format), GraphML (Gephi) or CSV (neo4j-admin import)."""
    from graph.export import to_graphml, to_json, write_csv

    with opened(store) as graph:
        if format is ExportFormat.CSV:
            nodes_path, edges_path = write_csv(graph, out or Path("vilao-export"))
            console.print(f"wrote {nodes_path} and {edges_path}")
            return
        text = (
            json.dumps(to_json(graph), ensure_ascii=False, indent=2)
            if format is ExportFormat.JSON
            else to_graphml(graph)
        )
    if out:
        out.write_text(text + "\n", encoding="utf-8")
        console.print(f"wrote {out}")
    else:
        sys.stdout.write(text + "\n")


@app.command("serve")
@reports_errors
def serve_command(
    store: StoreOption = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="server processes answering side by side (default 1)")
    ] = 1,
) -> None:
    """Serve the HTTP API (and the network page) over the store."""
    import os

    import uvicorn

    from app.main import create_app
    from app.serving import PROTOCOL

    settings = settings_for(store)
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info", http=PROTOCOL)
        return
    # Each worker builds its own app from the environment (uvicorn imports the factory in every process): the
    # store chosen here goes there. Readers of one embedded store in several processes are fine (WAL), and its
    # writes wait for each other (one write transaction at a time, whatever the process).
    os.environ["VILAO_STORE"] = settings.store
    uvicorn.run(
        "app.main:create_app", factory=True, workers=workers, host=host, port=port, log_level="info", http=PROTOCOL
    )


query_app = typer.Typer(no_args_is_help=True, help="The analysts' questions, as tables or --json.")
app.add_typer(query_app, name="query")
JsonOption = Annotated[bool, typer.Option("--json", help="print the answer as JSON")]


def show(result: BaseModel, as_json: bool, table: Callable[[], Table]) -> None:
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        Console().print(table())


def _quote(quotes: list[Quote], width: int = 90) -> str:
    """The first evidence sentence, shortened for a table; --json carries them all in full."""
    if not quotes:
        return ""
    text = quotes[0].quote if len(quotes[0].quote) <= width else quotes[0].quote[: width - 1] + "…"
    return f"{text} [{quotes[0].doc_id}]"


def _listed(lines: list[str], total: int) -> str:
    """The lines an answer lists, and how many more there are."""
    more = total - len(lines)
    return "\n".join([*lines, f"… {more} more"] if more > 0 else lines)


@query_app.command("partners")
@reports_errors
def partners_command(
    name: Annotated[str, typer.Argument(help="a province or a body: id or name")],
    country: Annotated[str | None, typer.Option("--country", help="only partners in this country, e.g. LA")] = None,
    items: Annotated[
        int | None, typer.Option("--items", min=0, help="most agreements and meetings listed per partner")
    ] = None,
    partner: Annotated[str | None, typer.Option("--partner", help="only the partnership with this partner")] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Partners of a province or a body, newest first, with the newest agreements and meetings behind each and
    how many there are."""
    from queries import QUERIES
    from queries.partners import ITEMS_SHOWN

    with opened(store) as graph:
        result: Partners = QUERIES["partners"].function(
            graph, name, country, ITEMS_SHOWN if items is None else items, partner=partner
        )

    def table() -> Table:
        out = Table(title=f"partners of {result.subject.name}")
        for column in ("partner", "first", "last", "agreements", "meetings", "topics"):
            out.add_column(column)
        for p in result.partners:
            out.add_row(
                f"{p.partner.name} ({p.partner.country or '?'})",
                p.first_date or "",
                p.last_date or "",
                _listed([f"{a.title or a.name} ({a.date or '?'})" for a in p.agreements], p.agreements_total),
                _listed([f"{e.name} ({e.date or '?'})" for e in p.events], p.events_total),
                ", ".join(p.topics),
            )
        return out

    show(result, as_json, table)


@query_app.command("engagements")
@reports_errors
def engagements_command(
    name: Annotated[str, typer.Argument(help="a person: id or name")],
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """An official's timeline, oldest first: meetings, agreements signed, positions held."""
    from queries import QUERIES
    from queries.engagements import EventEngagement, SigningEngagement

    with opened(store) as graph:
        result: Engagements = QUERIES["engagements"].function(graph, name)

    def table() -> Table:
        out = Table(title=f"engagements of {result.person.name}")
        for column in ("date", "what", "role", "with", "evidence"):
            out.add_column(column)
        for item in result.timeline:
            if isinstance(item, EventEngagement):
                what, role = item.event.name, ", ".join(item.roles)
                others = ", ".join(c.node.name for c in item.counterparts)
            elif isinstance(item, SigningEngagement):
                what, role = f"signed {item.agreement.title or item.agreement.name}", "signer"
                others = ", ".join(p.name for p in item.parties)
            else:
                what, role, others = item.organization.name, item.title or "", ""
            out.add_row(item.date or "?", what, role, others, _quote(item.evidence))
        return out

    show(result, as_json, table)


@query_app.command("search")
@reports_errors
def search_command(
    text: Annotated[str, typer.Argument(help="a name, an alias, part of one, or a typo")],
    kind: Annotated[NodeKind | None, typer.Option("--kind", help="only nodes of this kind")] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Nodes whose name or alias resembles the text, best first."""
    from queries import QUERIES

    with opened(store) as graph:
        result: SearchResult = QUERIES["search"].function(graph, text, kind)

    def table() -> Table:
        out = Table(title=f"search: {text}")
        for column in ("score", "kind", "name", "id", "matched"):
            out.add_column(column)
        for m in result.matches:
            out.add_row(f"{m.score:.0f}", m.node.kind.value, m.node.name, m.node.id, m.matched)
        return out

    show(result, as_json, table)


@query_app.command("path")
@reports_errors
def path_command(
    source: Annotated[str, typer.Argument(metavar="A", help="id or name")],
    target: Annotated[str, typer.Argument(metavar="B", help="id or name")],
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """The shortest chain of relations from A to B, with the evidence of every step."""
    from queries import QUERIES

    with opened(store) as graph:
        result: PathResult = QUERIES["path"].function(graph, source, target)

    def table() -> Table:
        title = f"{result.source.name} → {result.target.name}"
        out = Table(title=title if result.found else f"{title}: no path")
        for column in ("from", "relation", "to", "evidence"):
            out.add_column(column)
        for step in result.steps:
            arrow = f"{step.type.value} →" if step.direction == "out" else f"← {step.type.value}"
            out.add_row(step.node.name, arrow, step.next.name, _quote(step.evidence))
        return out

    show(result, as_json, table)


@query_app.command("matrix")
@reports_errors
def matrix_command(
    merged: Annotated[
        bool, typer.Option("--merged", help="count provinces merged in 2025 under their successor")
    ] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="one CSV line per partnering pair")] = False,
    a: Annotated[str, typer.Option("--a", help="the rows' country")] = "VN",
    b: Annotated[str, typer.Option("--b", help="the columns' country")] = "LA",
    topic: Annotated[str | None, typer.Option("--topic", help="only agreements and meetings on this topic")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY[-MM[-DD]]")] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """The partnership matrix: provinces of one country by those of the other, with counts and dates."""
    from queries import QUERIES
    from queries.partnerships import matrix_csv

    with opened(store) as graph:
        result: PartnershipMatrix = QUERIES["partnerships"].function(graph, a, b, merged, topic, since, until)
    if as_csv:
        sys.stdout.write(matrix_csv(result))
        return
    names = {r.id: r.name for r in (*result.rows, *result.columns)}

    def table() -> Table:
        out = Table(title=f"partnerships {result.a} × {result.b}" + (" (2025 provinces)" if result.merged else ""))
        for column in ("row", "column", "count", "first", "last", "merged from"):
            out.add_column(column)
        for cell in result.cells:
            out.add_row(
                names[cell.row],
                names[cell.column],
                str(cell.count),
                cell.first_date or "",
                cell.last_date or "",
                ", ".join(cell.merged_from),
            )
        return out

    show(result, as_json, table)


@query_app.command("gaps")
@reports_errors
def gaps_command(
    quiet_since: Annotated[
        str | None, typer.Option("--quiet-since", help="a year: partnerships with nothing since are gone quiet")
    ] = None,
    merged: Annotated[bool, typer.Option("--merged", help="the Vietnamese provinces after the 2025 mergers")] = False,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Border provinces with no Lao partner, Lao provinces with no Vietnamese partner, partnerships gone quiet."""
    if quiet_since is not None and not (len(quiet_since) == 4 and quiet_since.isdigit()):
        raise BadInput(f"--quiet-since takes a year (YYYY), not {quiet_since!r}")
    from queries import QUERIES

    with opened(store) as graph:
        result: Gaps = QUERIES["gaps"].function(graph, quiet_since, merged)

    def table() -> Table:
        out = Table(title="coverage gaps, Vietnam–Laos")
        for column in ("gap", "province", "since", "in the news"):
            out.add_column(column)
        for gap in result.border_without_partner:
            out.add_row("border province, no Lao partner", gap.province.name, "", "yes" if gap.in_graph else "no")
        for gap in result.lao_without_partner:
            out.add_row("Lao province, no Vietnamese partner", gap.province.name, "", "yes" if gap.in_graph else "no")
        for quiet in result.gone_quiet:
            last = quiet.last_date or "undated"
            out.add_row(f"quiet since {result.quiet_since}", f"{quiet.row.name} × {quiet.column.name}", last, "yes")
        return out

    show(result, as_json, table)


@app.command("viz")
@reports_errors
def viz_command(
    out: Annotated[Path, typer.Option("--out", help="the HTML file to write")],
    focus: Annotated[str | None, typer.Option("--focus", help="id or name to centre on")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, max=5, help="steps from the focus")] = 2,
    store: StoreOption = None,
) -> None:
    """Write the network page as one self-contained HTML file, its data embedded: no server, no network."""
    from app.viz import cited_documents, standalone_page
    from queries import QUERIES

    settings = settings_for(store)
    with opened(store) as graph:
        view: Subgraph = QUERIES["graph"].function(graph, focus, depth, limit=settings.graph_node_cap)
        documents = cited_documents(graph, view)
    out.write_text(standalone_page(view, documents, depth), encoding="utf-8")
    cut = f" (cut at {view.limit} nodes)" if view.truncated else ""
    console.print(f"wrote {out}: {len(view.nodes)} nodes, {len(view.edges)} edges{cut}", highlight=False)


@app.command("eval")
@reports_errors
def eval_command(
    gold: Annotated[
        Path, typer.Option("--gold", help="folder of gold files, one <doc>.json per article (GOLD.md's format)")
    ] = Path("tests/gold"),
    corpus: Annotated[
        list[Path] | None,
        typer.Option("--corpus", help="folder holding the annotated articles, <doc>.txt (repeatable)"),
    ] = None,
    export: Annotated[
        Path | None, typer.Option("--export", help="score this JSON export instead of ingesting a corpus")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="scores and counts per category as JSON")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="also list what was missed and what was invented")] = False,
    check: Annotated[bool, typer.Option("--check", help="exit 1 when a category misses its target")] = False,
    within_articles: Annotated[
        bool,
        typer.Option(
            "--within-articles",
            help="pair meetings and agreements only within the articles reporting them, as many as can be "
            "(a diagnosis of the yardstick's first-fit pairing across articles, not its score)",
        ),
    ] = False,
) -> None:
    """Precision, recall and F1 per category against gold annotations, scored by the yardstick's rules."""
    from evaluation import evaluate, score_export
    from evaluation.gold import GoldError, load_gold

    if not gold.is_dir():
        raise BadInput(f"no gold folder at {gold}")
    try:
        if export is not None:
            report: EvalReport = score_export(_read_export(export), load_gold(gold), within_articles)
        else:
            folders = corpus or [Path("../shared/corpus/seeds"), Path("../shared/corpus/dev")]
            report = evaluate(gold, folders, within_articles=within_articles)
    except (FileNotFoundError, GoldError) as exc:
        raise BadInput(str(exc)) from exc
    if as_json:
        sys.stdout.write(report.to_json(errors=errors) + "\n")
    else:
        Console(width=max(130, Console().width)).print(report.table())
        if errors:
            sys.stdout.write(report.errors())
        for doc in report.missing_articles:
            console.print(f"[yellow]no article for gold file:[/yellow] {doc}", highlight=False)
        for line in report.shortfalls():
            console.print(f"[yellow]target missed:[/yellow] {line}", highlight=False)
    if check and report.shortfalls():
        raise typer.Exit(1)


def _read_export(path: Path) -> ExportGraph:
    from evaluation.export import read_export_file

    try:
        return read_export_file(path)
    except (OSError, ValueError) as exc:  # unreadable, not JSON, or not an export's shape
        raise BadInput(f"cannot read the export {path}: {exc}") from exc


def main() -> None:
    app()
