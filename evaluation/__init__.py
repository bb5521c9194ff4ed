"""The evaluation harness: extraction scored against gold annotations by the yardstick's rules
(../shared/eval/score.py and GOLD.md), on a graph export.

gold.py reads gold files, export.py the graph; names.py and places.py say when two names are one;
entities.py matches persons and bodies, meetings.py events and agreements (articles.py says which articles
stand behind a node, for pairing within them); score.py counts; report.py
shows; run.py ingests a corpus and scores it (`vilao eval`).
"""

from evaluation.report import TARGETS, CategoryScore, EvalReport
from evaluation.run import evaluate, score_export
from evaluation.score import CATEGORIES

__all__ = ["CATEGORIES", "TARGETS", "CategoryScore", "EvalReport", "evaluate", "score_export"]
