"""The `vilao` command line: ingest, export, serve (and the analysts' queries, viz and eval)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.settings import Settings
from graph.errors import Ambiguous, BadInput, NotFound, StoreUnavailable, VilaoError
from graph.export import to_graphml, to_json, write_csv
from graph.store import GraphStore
from ingest.pipeline import InputResult, Outcome, count_inputs, ingest

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
) -> None:
    """Read articles into the graph; a summary at the end, exit 1 if any input failed."""
    settings = settings_for(store)
    total = count_inputs(inputs)
    with (
        opened(store) as graph,
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

        report = ingest(inputs, graph, batch_size=settings.batch_size, on_progress=advance)
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
) -> None:
    """Serve the HTTP API (and the network page) over the store."""
    import uvicorn

    from app.main import create_app

    settings = settings_for(store)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def main() -> None:
    app()
