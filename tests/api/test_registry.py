"""Every registered question is documented, answered by its declared model, and served by the API."""

from __future__ import annotations

import pytest

from app.main import create_app
from app.settings import Settings
from queries import QUERIES
from tests.conftest import ROOT


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_a_question_is_documented_and_served_with_its_result_model(name: str) -> None:
    question = QUERIES[name]
    assert question.summary, f"{name} has no docstring"
    paths = create_app(Settings(store="unopened")).openapi()["paths"]
    answers = {
        ok["content"]["application/json"]["schema"].get("$ref", "").rsplit("/", 1)[-1]
        for operations in paths.values()
        for operation in operations.values()
        if (ok := operation["responses"].get("200")) and "application/json" in ok.get("content", {})
    }
    assert question.result.__name__ in answers
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Queries and HTTP API", 1)[1].split("\n## ", 1)[0]
    assert f"`{name}`" in section
