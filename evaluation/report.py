"""What `vilao eval` shows: per category precision, recall and F1 with their counts, against the targets;
as a table, Markdown (the README's tables), JSON, or the list of misses and inventions (--errors)."""

from __future__ import annotations

from pydantic import BaseModel, Field
from rich.console import Console
from rich.table import Table

from evaluation.score import Scorecard, Tally

# The project's targets for extraction on real articles it was not tuned to (issue 8), by the
# yardstick's scores: category -> {metric: minimum}.
TARGETS: dict[str, dict[str, float]] = {
    "persons": {"f1": 0.90},
    "organizations": {"f1": 0.80},
    "provinces": {"f1": 0.90},
    "partnerships": {"precision": 0.95, "f1": 0.85},
    "events": {"f1": 0.75},
    "agreements": {"f1": 0.75},
    "participations": {"f1": 0.70},
}
_METRIC_LABEL = {"f1": "F1", "precision": "P", "recall": "R"}


class CategoryScore(BaseModel):
    category: str
    gold: int
    predicted: int
    tp: int
    fp: int  # predicted - tp: inventions and repeats of one gold item
    fn: int  # gold - tp
    precision: float
    recall: float
    f1: float
    target: str
    met: bool
    missed: list[str] = Field(default_factory=list)
    invented: list[str] = Field(default_factory=list)
    repeated: list[str] = Field(default_factory=list)

    @classmethod
    def of(cls, category: str, tally: Tally) -> CategoryScore:
        scores = {"precision": tally.precision, "recall": tally.recall, "f1": tally.f1}
        wanted = TARGETS.get(category, {})
        return cls(
            category=category,
            gold=tally.gold,
            predicted=tally.predicted,
            tp=tally.tp,
            fp=tally.predicted - tally.tp,
            fn=tally.gold - tally.tp,
            **scores,
            target=", ".join(f"{_METRIC_LABEL[m]} ≥ {v:.2f}" for m, v in wanted.items()),
            met=all(scores[m] >= v - 1e-9 for m, v in wanted.items()),
            missed=tally.missed,
            invented=tally.invented,
            repeated=tally.repeated,
        )

    def shortfalls(self) -> list[str]:
        """The targets this category misses, as lines ("events F1 0.61 < 0.75")."""
        values = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return [
            f"{self.category} {_METRIC_LABEL[m]} {values[m]:.2f} < {v:.2f}"
            for m, v in TARGETS.get(self.category, {}).items()
            if values[m] < v - 1e-9
        ]


_HEADERS = ("Category", "Gold", "Predicted", "TP", "FP", "FN", "Precision", "Recall", "F1", "Target", "Met")


class EvalReport(BaseModel):
    documents: list[str] = Field(default_factory=list)  # the gold documents scored
    missing_articles: list[str] = Field(default_factory=list)  # gold documents whose article was not found
    ingest_failures: list[str] = Field(default_factory=list)
    categories: dict[str, CategoryScore] = Field(default_factory=dict)
    # "yardstick": meetings and agreements paired as ../shared/eval/score.py pairs them; "within articles":
    # paired only within the articles reporting them (a diagnosis of what the yardstick's pairing costs)
    pairing: str = "yardstick"

    @classmethod
    def of(cls, scorecard: Scorecard, documents: list[str], pairing: str = "yardstick") -> EvalReport:
        return cls(
            documents=documents,
            categories={c: CategoryScore.of(c, tally) for c, tally in scorecard.tallies.items()},
            pairing=pairing,
        )

    def __getitem__(self, category: str) -> CategoryScore:
        return self.categories[category]

    def shortfalls(self) -> list[str]:
        return [line for c in self.categories.values() for line in c.shortfalls()]

    def to_json(self, *, errors: bool = False) -> str:
        """Scores and counts per category; the lists behind them only when asked for."""
        lists = {"missed", "invented", "repeated"}
        exclude = None if errors else {"categories": {c: lists for c in self.categories}}
        return self.model_dump_json(indent=2, exclude=exclude)

    def _rows(self) -> list[list[str]]:
        return [
            [
                c.category,
                str(c.gold),
                str(c.predicted),
                str(c.tp),
                str(c.fp),
                str(c.fn),
                f"{c.precision:.2f}",
                f"{c.recall:.2f}",
                f"{c.f1:.2f}",
                c.target,
                "yes" if c.met else "no",
            ]
            for c in self.categories.values()
        ]

    def table(self) -> Table:
        paired = "" if self.pairing == "yardstick" else f", meetings paired {self.pairing}"
        table = Table(title=f"Extraction quality on {len(self.documents)} annotated documents{paired}")
        for i, header in enumerate(_HEADERS):
            table.add_column(header, justify="left" if i in (0, 9) else "right")
        for row in self._rows():
            table.add_row(*row, style="green" if row[-1] == "yes" else "red")
        return table

    def to_text(self, width: int = 120) -> str:
        """The table as plain text (no colour), for logs."""
        console = Console(width=width, record=True, color_system=None, force_terminal=False)
        with console.capture() as capture:
            console.print(self.table())
        return capture.get()

    def to_markdown(self) -> str:
        lines = [
            "| " + " | ".join(_HEADERS) + " |",
            "|" + "|".join(":---" if i in (0, 9) else "---:" for i in range(len(_HEADERS))) + "|",
            *("| " + " | ".join(row) + " |" for row in self._rows()),
            "",
            f"Scored on {len(self.documents)} annotated documents.",
        ]
        if self.missing_articles:
            lines.append(f"Gold files without their article (not scored): {', '.join(self.missing_articles)}.")
        if self.ingest_failures:
            lines.append(f"Articles that failed to ingest: {'; '.join(self.ingest_failures)}.")
        return "\n".join(lines) + "\n"

    def errors(self) -> str:
        """What was missed and what was invented, category by category (the yardstick's --errors)."""
        lines: list[str] = []
        for c in self.categories.values():
            lines.append(f"\n## {c.category}: {c.predicted} predicted, {c.gold} in gold, {c.tp} matched")
            lines.extend(f"  invented  {item}" for item in c.invented)
            lines.extend(f"  repeated  {item}" for item in c.repeated)
            lines.extend(f"  missed    {item}" for item in c.missed)
        if self.missing_articles:
            lines.append(f"\nGold files without their article (not scored): {', '.join(self.missing_articles)}")
        if self.ingest_failures:
            lines.append(f"\nArticles that failed to ingest: {'; '.join(self.ingest_failures)}")
        return "\n".join(lines).lstrip("\n") + "\n"
