"""Every read endpoint over real HTTP, on both stores, asked the analysts' questions."""

from __future__ import annotations

import csv
import io

import httpx

VN_LA_PAIRS = {
    ("province:VN-quang-binh", "province:LA-KH"),
    ("province:VN-quang-ninh", "province:LA-HO"),
    ("province:VN-quang-ninh", "province:LA-LP"),
    ("province:VN-quang-ninh", "province:LA-XA"),
    ("province:VN-quang-tri", "province:LA-KH"),
}


def test_health_names_the_store(api: httpx.Client) -> None:
    body = api.get("/healthz").json()
    assert body["status"] == "ok" and body["nodes"]["Document"] == 7


def test_search_forgives_diacritics_aliases_and_typos(api: httpx.Client) -> None:
    for q, found in [
        ("Quang Tri", "province:VN-quang-tri"),
        ("khammouane", "province:LA-KH"),
        ("Vongdala", "person:boviengkham-vongdara"),
    ]:
        response = api.get("/api/search", params={"q": q})
        assert response.status_code == 200
        assert response.json()["matches"][0]["node"]["id"] == found
    orgs = api.get("/api/search", params={"q": "Quảng Trị", "kind": "Organization"}).json()["matches"]
    assert orgs[0]["node"]["id"] == "org:so-khcn-quang-tri"
    assert api.get("/api/search").status_code == 422


def test_an_entity_by_name_with_its_edges(api: httpx.Client) -> None:
    response = api.get("/api/entities/Khăm Muồn")
    assert response.status_code == 200
    body = response.json()
    assert body["node"]["id"] == "province:LA-KH"
    assert any(e["type"] == "PARTNERS_WITH" and e["other"]["id"] == "province:VN-quang-tri" for e in body["edges"])
    assert all(e["evidence"] and e["evidence"][0]["quote"] for e in body["edges"])
    assert api.get("/api/entities/province:LA-KH").json() == body


def test_an_unknown_ref_is_404_with_suggestions_and_an_ambiguous_one_409_with_candidates(api: httpx.Client) -> None:
    unknown = api.get("/api/entities/Quảng Nam")
    assert unknown.status_code == 404
    assert unknown.json()["suggestions"] and "Quảng Nam" in unknown.json()["detail"]
    ambiguous = api.get("/api/provinces/Quảng/partners")
    assert ambiguous.status_code == 409
    assert "Quảng Ninh (province:VN-quang-ninh)" in ambiguous.json()["candidates"]
    assert api.get("/api/people/Atlantis Zzz/engagements").status_code == 404


def test_partners_of_quang_ninh_in_laos(api: httpx.Client) -> None:
    response = api.get("/api/provinces/Quang Ninh/partners", params={"country": "LA"})
    assert response.status_code == 200
    partners = response.json()["partners"]
    assert [p["partner"]["id"] for p in partners] == ["province:LA-LP", "province:LA-HO", "province:LA-XA"]
    for partner in partners:
        [mou] = [a for a in partner["agreements"] if a["period_start"] == "2022"]
        assert (mou["date"], mou["period_end"], mou["title"]) == (
            "2022-05-31",
            "2026",
            "Bản ghi nhớ hợp tác giai đoạn 2022 - 2026",
        )
        assert mou["evidence"][0]["doc_id"] == "doc:quang-ninh-bac-lao-2022"
    assert api.get("/api/provinces/Quang Ninh/partners", params={"country": "Laos"}).status_code == 422


def test_one_partnership_paged_over_http(api: httpx.Client) -> None:
    """Quảng Ninh and Luông Pha-bang met twice: one meeting per page, the partnership alone, the totals on each."""
    path = "/api/provinces/Quang Ninh/partners"
    pages = [
        api.get(path, params={"partner": "Luang Prabang", "items": 1, "offset": offset}).json() for offset in (0, 1)
    ]
    for offset, page in enumerate(pages):
        assert (page["partner"]["id"], page["items"], page["offset"]) == ("province:LA-LP", 1, offset)
        [partner] = page["partners"]
        assert (partner["partner"]["id"], partner["events_total"], partner["agreements_total"]) == (
            "province:LA-LP",
            2,
            1,
        )
    assert [e["id"] for page in pages for e in page["partners"][0]["events"]] == [
        "event:2023-07-working-session-quang-ninh-luong-pha-bang",
        "event:2022-05-31-online-meeting-quang-ninh",
    ]
    assert [len(page["partners"][0]["agreements"]) for page in pages] == [1, 0]
    overview = api.get(path, params={"items": 0}).json()["partners"]
    assert [(p["agreements"], p["events"]) for p in overview] == [([], [])] * 3
    assert [(p["agreements_total"], p["events_total"]) for p in overview] == [(1, 2), (1, 1), (1, 1)]
    assert api.get(path, params={"offset": -1}).status_code == 422
    assert api.get(path, params={"partner": "Atlantis Zzz"}).status_code == 404


def test_the_partnership_matrix_as_json_csv_and_merged(api: httpx.Client) -> None:
    matrix = api.get("/api/partnerships", params={"a": "VN", "b": "LA"}).json()
    assert {(c["row"], c["column"]) for c in matrix["cells"]} == VN_LA_PAIRS
    as_csv = api.get("/api/partnerships", params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert {(r["row_id"], r["column_id"]) for r in csv.DictReader(io.StringIO(as_csv.text))} == VN_LA_PAIRS
    merged = api.get("/api/partnerships", params={"merged": "true"}).json()
    [kham_muon] = [c for c in merged["cells"] if c["column"] == "province:LA-KH"]
    assert (kham_muon["row"], kham_muon["merged_from"]) == ("province:VN-quang-tri", ["province:VN-quang-binh"])


def test_engagements_list_the_workshop_once_with_both_articles(api: httpx.Client) -> None:
    response = api.get("/api/people/Huỳnh Thành Đạt/engagements")
    assert response.status_code == 200
    timeline = response.json()["timeline"]
    assert [i["kind"] for i in timeline] == ["agreement", "position", "event"]
    [workshop] = [i for i in timeline if i["kind"] == "event"]
    assert workshop["event"]["date"] == "2023-12-11"
    assert {q["doc_id"] for q in workshop["evidence"]} == {"doc:workshop-2023-a", "doc:workshop-2023-b"}


def test_the_graph_for_the_page(api: httpx.Client) -> None:
    params = {"focus": "Quảng Ninh", "depth": 1, "kinds": "province"}
    view = api.get("/api/graph", params=params).json()
    assert {n["id"] for n in view["nodes"]} == {
        "province:VN-quang-ninh",
        "province:LA-HO",
        "province:LA-LP",
        "province:LA-XA",
    }
    assert view["focus"]["id"] == "province:VN-quang-ninh" and not view["truncated"]
    capped = api.get("/api/graph", params={"focus": "Quảng Ninh", "limit": 2}).json()
    assert capped["truncated"] and len(capped["nodes"]) == 2
    dated = api.get("/api/graph", params={"focus": "Quảng Ninh", "since": "2023", "until": "2023-12"}).json()
    assert {n["id"] for n in dated["nodes"] if n["kind"] == "Event"} == {
        "event:2023-07-working-session-quang-ninh-luong-pha-bang"
    }
    assert api.get("/api/graph").json()["focus"] is None
    wrong = api.get("/api/graph", params={"kinds": "Province,Planet"})
    assert wrong.status_code == 400 and "Planet".lower() in wrong.json()["detail"]
    assert api.get("/api/graph", params={"since": "last year"}).status_code == 422


def test_the_path_between_two_entities(api: httpx.Client) -> None:
    body = api.get("/api/path", params={"from": "Đặng Ngọc Tuấn", "to": "Khammouane"}).json()
    assert body["found"] and body["length"] == 2
    assert body["steps"][0]["node"]["id"] == "person:dang-ngoc-tuan"
    assert body["steps"][-1]["next"]["id"] == "province:LA-KH"
    assert all(step["evidence"] for step in body["steps"])
    nowhere = api.get("/api/path", params={"from": "Hưng Yên", "to": "Huỳnh Thành Đạt"}).json()
    assert nowhere["found"] is False


def test_documents_and_one_document_with_its_evidence_spans(api: httpx.Client) -> None:
    listed = api.get("/api/documents").json()
    assert listed["total"] == 7 and listed["documents"][0]["id"] == "doc:quang-tri-kham-muon-2026"
    doc = api.get("/api/documents/doc:workshop-2023-a").json()
    assert doc["spans"]
    for span in doc["spans"]:
        assert doc["text"][span["start"] : span["end"]] == span["quote"]
    assert {"type", "source", "target"} <= set(doc["spans"][0])
    assert api.get("/api/documents/doc:nope").status_code == 404


def test_an_answer_names_its_edges_and_the_evidence_endpoint_pages_their_sentences(api: httpx.Client) -> None:
    partner = api.get("/api/provinces/Quảng Ninh/partners").json()["partners"][0]
    edges = partner["evidence_edges"]
    assert edges and partner["evidence_total"] >= len(partner["evidence"]) > 0
    whole = api.get("/api/evidence", params={"edge": edges}).json()
    assert whole["total"] == partner["evidence_total"] == len(whole["evidence"])
    shown = [q["quote"] for q in partner["evidence"]]
    assert [q["quote"] for q in whole["evidence"][: len(shown)]] == shown
    second = api.get("/api/evidence", params={"edge": edges, "offset": 1, "limit": 1}).json()
    assert second["evidence"] == whole["evidence"][1:2]
    assert api.get("/api/evidence").status_code == 422


def test_stats_and_rankings(api: httpx.Client) -> None:
    stats = api.get("/api/stats").json()
    assert stats["nodes"]["Province"] == 13
    assert {y["year"] for y in stats["by_year"]} >= {"2019", "2022", "2023", "2024", "2026"}
    rankings = api.get("/api/rankings", params={"limit": 2}).json()
    provinces = next(k for k in rankings["kinds"] if k["kind"] == "Province")
    assert provinces["by_degree"][0]["node"]["id"] == "province:VN-quang-ninh"


def test_the_openapi_schema_lists_every_endpoint_of_the_design(api: httpx.Client) -> None:
    paths = api.get("/openapi.json").json()["paths"]
    assert set(paths) >= {
        "/api/search",
        "/api/entities/{ref}",
        "/api/provinces/{ref}/partners",
        "/api/partnerships",
        "/api/people/{ref}/engagements",
        "/api/graph",
        "/api/path",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/stats",
        "/api/rankings",
        "/healthz",
    }
    assert "post" in paths["/api/documents"]
