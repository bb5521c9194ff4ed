"""The shared yardstick and the real articles with gold, which the agreement tests read from ../shared."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import SHARED

YARDSTICK = SHARED / "eval" / "score.py"
REAL = SHARED / "corpus" / "real"
_LINE = re.compile(r"^(\w+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s*$")


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.fail(f"{what} is missing at {path}: these tests compare vilao eval with the shared yardstick there")
    return path


@pytest.fixture(scope="session")
def yardstick() -> Path:
    return _need(YARDSTICK, "the shared yardstick (../shared/eval/score.py)")


@pytest.fixture(scope="session")
def real_corpus() -> Path:
    _need(REAL / "gold", "the real articles' gold (../shared/corpus/real/gold)")
    return _need(REAL / "corpus", "the real articles (../shared/corpus/real/corpus)")


@pytest.fixture(scope="session")
def yardstick_module(yardstick: Path) -> ModuleType:
    """score.py as a module, for its province table (the tests compare our codes with its codes)."""
    spec = importlib.util.spec_from_file_location("shared_yardstick", yardstick)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_yardstick(yardstick: Path, export: dict[str, Any], gold_dir: Path, work: Path) -> dict[str, tuple[float, ...]]:
    """score.py's P, R, F1 per category for this export, as it prints them (two decimals)."""
    work.mkdir(parents=True, exist_ok=True)
    path = work / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        ["python3", str(yardstick), str(path), str(gold_dir)],  # the yardstick runs as its users run it
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    scores = {}
    for line in done.stdout.splitlines():
        if m := _LINE.match(line):
            scores[m.group(1)] = (float(m.group(2)), float(m.group(3)), float(m.group(4)))
    return scores


def write_gold(documents: list[dict[str, Any]], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for d in documents:
        (folder / f"{d['doc']}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return folder
