"""The issue's acceptance on the five seed articles, through the real pipeline, on both stores."""

from __future__ import annotations

from pathlib import Path

from graph.store import GraphStore
from ingest.pipeline import ingest
from queries.engagements import EventEngagement, engagements
from queries.evidence import evidence
from queries.partners import partners_of
from queries.partnerships import partnerships

NORTHERN_LAO = {"province:LA-HO", "province:LA-LP", "province:LA-XA"}


def test_the_seeds_answer_partners_engagements_and_the_matrix(store: GraphStore, shared_corpus: Path) -> None:
    report = ingest([str(shared_corpus / "seeds")], store)
    assert not report.failures

    partners = partners_of(store, "Quang Ninh", "LA").partners
    assert {p.partner.id for p in partners} == NORTHERN_LAO
    for partner in partners:
        [mou] = [a for a in partner.agreements if (a.period_start, a.period_end) == ("2022", "2026")]
        assert mou.agreement_type == "mou" and mou.date == "2022-05-31" and mou.evidence

    timeline = engagements(store, "Huỳnh Thành Đạt").timeline
    [workshop] = [i for i in timeline if isinstance(i, EventEngagement) and i.event.date == "2023-12-11"]
    # Both articles that report it: the answer shows the first quotes, the evidence question every line.
    assert len({q.doc_id for q in evidence(store, workshop.evidence_edges).evidence}) == 2
    assert workshop.evidence and workshop.evidence_total >= len(workshop.evidence)

    pairs = {(c.row, c.column) for c in partnerships(store, "VN", "LA").cells}
    assert pairs == {("province:VN-quang-ninh", p) for p in NORTHERN_LAO} | {
        ("province:VN-quang-tri", "province:LA-KH")
    }
