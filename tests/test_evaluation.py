"""`evaluation.evaluate`, end to end: the articles a gold folder describes are found, ingested and scored;
the rules themselves are pinned in tests/evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation import evaluate
from graph.embedded import EmbeddedStore
from graph.schema import NodeKind
from tests.evaluation.builders import gold_doc, province


def test_evaluate_ingests_the_articles_gold_files_describe(tmp_path: Path) -> None:
    gold_dir, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold_dir.mkdir()
    (corpus / "nested").mkdir(parents=True)
    (gold_dir / "a01.json").write_text(
        json.dumps(gold_doc("a01", provinces=[province("Quảng Trị")]), ensure_ascii=False), encoding="utf-8"
    )
    (gold_dir / "a02.json").write_text(json.dumps(gold_doc("a02")), encoding="utf-8")
    (gold_dir / "NOTES.md").write_text("not gold", encoding="utf-8")
    (corpus / "nested" / "a01.txt").write_text(
        "Đoàn công tác tỉnh Quảng Trị sang thăm tỉnh Khăm Muồn.\n\nHai bên trao đổi kinh nghiệm chuyển đổi số.\n",
        encoding="utf-8",
    )
    (corpus / "unannotated.txt").write_text("Tỉnh Sơn La đón đoàn tỉnh Hủa Phăn.\n", encoding="utf-8")
    into = EmbeddedStore(tmp_path / "store")
    try:
        report = evaluate(gold_dir, [corpus], into)
        assert report.documents == ["a01"]
        assert report.missing_articles == ["a02"]
        assert report.ingest_failures == []
        assert report["provinces"].gold == 1 and report["provinces"].tp == 1
        provinces = {n.name for n in into.nodes([NodeKind.PROVINCE])}
        assert provinces == {"Quảng Trị", "Khăm Muồn"}  # the article nobody annotated is left out
    finally:
        into.close()
    with pytest.raises(FileNotFoundError):
        evaluate(gold_dir, [tmp_path / "empty"])
