"""The command line as a user runs it: a real `vilao` process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES


def vilao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300, check=False
    )


def test_ingest_twice_then_export_json(tmp_path: Path, shared_corpus: Path) -> None:
    store = str(tmp_path / "store")
    first = vilao("ingest", str(shared_corpus / "seeds"), "--store", store)
    assert first.returncode == 0, first.stderr
    assert "documents new" in first.stdout and "│ 5" in first.stdout
    second = vilao("ingest", str(shared_corpus / "seeds"), "--store", store)
    assert second.returncode == 0
    assert "documents unchanged │ 5" in " ".join(second.stdout.split()) or "unchanged" in second.stdout
    exported = vilao("export", "--store", store, "--format", "json")
    graph = json.loads(exported.stdout)
    kinds = {n["kind"] for n in graph["nodes"]}
    assert {"Document", "Province", "Country"} <= kinds
    assert graph["edges"] and all(e["evidence"] for e in graph["edges"])
    for edge in graph["edges"]:
        assert {"source", "target", "type"} <= set(edge)
        assert all({"doc_id", "quote"} <= set(ev) for ev in edge["evidence"])


def test_a_missing_input_fails_with_its_reason_and_exit_1(tmp_path: Path) -> None:
    result = vilao("ingest", str(SAMPLES), str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s"))
    assert result.returncode == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_neo4j_that_does_not_answer_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = vilao("export", "--store", "bolt://127.0.0.1:1")
    assert result.returncode == 2
    assert "cannot reach Neo4j" in result.stderr
    assert "Traceback" not in result.stderr


def test_graphml_and_csv_exports(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert vilao("ingest", str(SAMPLES), "--store", store).returncode == 0
    graphml = vilao("export", "--store", store, "--format", "graphml")
    assert graphml.returncode == 0 and "<graphml" in graphml.stdout
    out = tmp_path / "csv"
    assert vilao("export", "--store", store, "--format", "csv", "--out", str(out)).returncode == 0
    header = (out / "nodes.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id:ID,:LABEL")
    assert (out / "edges.csv").read_text(encoding="utf-8").startswith(":START_ID,:END_ID,:TYPE")


def test_eval_prints_the_scores_against_the_gold_files(shared_corpus: Path) -> None:
    gold = Path(__file__).parent / "gold"
    result = vilao(
        "eval", "--gold", str(gold), "--corpus", str(shared_corpus / "seeds"), "--corpus", str(shared_corpus / "dev")
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for category in ("persons", "organizations", "provinces", "events", "agreements", "participations"):
        assert category in result.stdout
    assert "Extraction quality on 30 annotated documents" in result.stdout


def test_eval_without_gold_is_bad_input(tmp_path: Path) -> None:
    result = vilao("eval", "--gold", str(tmp_path / "none"))
    assert result.returncode == 2 and "no gold folder" in result.stderr


def test_eval_scores_an_export_as_json_and_lists_errors(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    record = {"doc": "g01", "persons": [{"name": "Lý Thu Trang", "variants": [], "country": "VN"}]}
    (gold / "g01.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    export = tmp_path / "export.json"
    nodes = [
        {"id": "person:a", "kind": "Person", "name": "Lý Thu Trang"},
        {"id": "person:b", "kind": "Person", "name": "Hà Văn Sơn"},
    ]
    export.write_text(json.dumps({"nodes": nodes, "edges": []}, ensure_ascii=False), encoding="utf-8")
    result = vilao("eval", "--gold", str(gold), "--export", str(export), "--json")
    assert result.returncode == 0, result.stderr
    persons = json.loads(result.stdout)["categories"]["persons"]
    assert (persons["gold"], persons["predicted"], persons["tp"], persons["precision"]) == (1, 2, 1, 0.5)
    listed = vilao("eval", "--gold", str(gold), "--export", str(export), "--errors", "--check")
    assert listed.returncode == 1  # persons miss their target, and --check says so
    assert "invented  Hà Văn Sơn (person:b)" in listed.stdout
    assert vilao("eval", "--gold", str(gold), "--export", str(tmp_path / "none.json")).returncode == 2
    within = vilao("eval", "--gold", str(gold), "--export", str(export), "--json", "--within-articles")
    assert json.loads(within.stdout)["pairing"] == "within articles"
    assert json.loads(result.stdout)["pairing"] == "yardstick"
