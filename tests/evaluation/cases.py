"""Hand-made cases of the yardstick's rules: gold documents, an export, and the counts (gold, predicted,
matched) each rule gives. test_rules.py checks the counts; test_yardstick_agreement.py checks that
../shared/eval/score.py scores every case as the harness does."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.evaluation.builders import Record, body, edge, export, gold_doc, meeting, node, pact, person, province


@dataclass
class Case:
    name: str
    gold: list[Record]
    export: Record
    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # category -> (gold, predicted, tp)


A = node("person:a", "Person", "Phouvong Keomany", country="LA")
B = node("person:b", "Person", "Đỗ Thanh Hà", country="VN")
TALKS = node("event:t", "Event", "Hội đàm", event_type="talks", date="2023-04-10")

CASES = [
    Case(
        "a spelling in another document's variants merges the person",
        [
            gold_doc("x1", persons=[person("Phouvong Keomany", country="LA")]),
            gold_doc("x2", persons=[person("Phuvong Keomani", "Phouvong Keomany", country="LA")]),
        ],
        export([A]),
        {"persons": (1, 1, 1)},
    ),
    Case(
        "a second node of one person is a false positive",
        [gold_doc("x1", persons=[person("Trần Minh Khôi")])],
        export([node("person:k1", "Person", "Trần Minh Khôi"), node("person:k2", "Person", "Khôi", "Tran Minh Khoi")]),
        {"persons": (1, 2, 1)},
    ),
    Case(
        "a Lao name one vowel off still matches; Vietnamese names one letter apart do not",
        [gold_doc("x1", persons=[person("Santisouk Simmalavong", country="LA"), person("Lê Văn Nam")])],
        export([node("person:s", "Person", "Sontisouk Simmalavong"), node("person:l", "Person", "Lê Văn Lam")]),
        {"persons": (2, 2, 1)},
    ),
    Case(
        "bodies of two countries stay apart even when their names agree",
        [gold_doc("x1", organizations=[body("Bộ Y tế", country="VN"), body("Bộ Y tế Lào", country="LA")])],
        export(
            [
                node("org:vn-health", "Organization", "Bộ Y tế", country="VN"),
                node("org:la-health", "Organization", "Bộ Y tế", country="LA"),
                node("org:la-health-2", "Organization", "Bộ Y tế nước CHDCND Lào", country="LA"),
            ]
        ),
        {"organizations": (2, 3, 2)},
    ),
    Case(
        "abbreviations and the province word do not part two spellings of one body",
        [gold_doc("x1", organizations=[body("Sở Khoa học và Công nghệ tỉnh Quảng Trị")])],
        export([node("org:dost", "Organization", "Sở KH&CN Quảng Trị", country="VN")]),
        {"organizations": (1, 1, 1)},
    ),
    Case(
        "a key keeps two bodies of one generic name apart",
        [
            gold_doc("x1", organizations=[body("Ban Hợp tác quốc tế", key="academy-one")]),
            gold_doc("x2", organizations=[body("Ban Hợp tác quốc tế", key="academy-two")]),
        ],
        export([node("org:intl", "Organization", "Ban Hợp tác quốc tế", country="VN")]),
        {"organizations": (2, 1, 1)},
    ),
    Case(
        "provinces are compared by the province they name; every Province node counts",
        [gold_doc("x1", provinces=[province("tỉnh Khăm Muồn", "LA"), province("Quảng Trị")])],
        export(
            [
                node("province:LA-KH", "Province", "Khăm Muồn", country="LA"),
                node("province:LA-KH-copy", "Province", "Khammouane", country="LA"),
                node("province:VN-quang-tri", "Province", "Quảng Trị", country="VN"),
                node("province:VN-quang-binh", "Province", "Quảng Bình", country="VN"),
            ]
        ),
        {"provinces": (2, 4, 2)},
    ),
    Case(
        "'tỉnh Viêng Chăn' is read as Viêng Chăn, as the yardstick reads it",
        [gold_doc("x1", provinces=[province("Viêng Chăn", "LA")])],
        export([node("province:LA-VI", "Province", "tỉnh Viêng Chăn", name_en="Vientiane Province", country="LA")]),
        {"provinces": (1, 1, 1)},
    ),
    Case(
        "a partnership is an unordered pair of provinces",
        [gold_doc("x1", partnerships=[["Quảng Trị", "Khăm Muồn"], ["Hà Tĩnh", "Hà Tĩnh"]])],
        export(
            [
                node("province:LA-KH", "Province", "Khăm Muồn", country="LA"),
                node("province:VN-quang-tri", "Province", "Quảng Trị", country="VN"),
                node("province:VN-ha-tinh", "Province", "Hà Tĩnh", country="VN"),
                node("org:x", "Organization", "Sở Nội vụ", country="VN"),
            ],
            [
                edge("province:LA-KH", "province:VN-quang-tri", "PARTNERS_WITH"),
                edge("province:VN-quang-tri", "province:LA-KH", "PARTNERS_WITH"),
                edge("org:x", "province:VN-ha-tinh", "PARTNERS_WITH"),
            ],
        ),
        {"partnerships": (2, 1, 1), "provinces": (0, 3, 0)},
    ),
    Case(
        "one meeting in two documents is one gold event; a node of another day is invented",
        [
            gold_doc("x1", persons=[person("Đỗ Thanh Hà")], events=[meeting("talks", "2023-04-10", "Đỗ Thanh Hà")]),
            gold_doc("x2", persons=[person("Đỗ Thanh Hà")], events=[meeting("talks", "2023-04", "Đỗ Thanh Hà")]),
        ],
        export(
            [B, TALKS, node("event:u", "Event", "Hội thảo", event_type="workshop", date="2023-05-02")],
            [edge("person:b", "event:t", "PARTICIPATED_IN"), edge("person:b", "event:u", "PARTICIPATED_IN")],
        ),
        {"events": (1, 2, 1), "participations": (1, 2, 1)},
    ),
    Case(
        "undated meetings merge only on the same written day and month",
        [
            gold_doc(
                "x1", persons=[person("Đỗ Thanh Hà")], events=[meeting("visit", None, "Đỗ Thanh Hà", note="20/7")]
            ),
            gold_doc(
                "x2", persons=[person("Đỗ Thanh Hà")], events=[meeting("visit", None, "Đỗ Thanh Hà", note="sáng 20.7")]
            ),
            gold_doc(
                "x3", persons=[person("Đỗ Thanh Hà")], events=[meeting("visit", None, "Đỗ Thanh Hà", note="21/7")]
            ),
        ],
        export([B]),
        {"events": (2, 0, 0), "participations": (2, 0, 0)},
    ),
    Case(
        "a node takes the first gold record that fits, not the best",
        [
            gold_doc(
                "x1",
                persons=[person("Đỗ Thanh Hà")],
                events=[meeting("forum", "2023-04"), meeting("talks", "2023-04-10", "Đỗ Thanh Hà")],
            )
        ],
        export([B, TALKS], [edge("person:b", "event:t", "PARTICIPATED_IN")]),
        {"events": (2, 1, 1), "participations": (1, 1, 0)},
    ),
    Case(
        "an agreement known by its period matches a node whose period starts that year",
        [
            gold_doc(
                "x1",
                organizations=[body("Sở Y tế tỉnh Sơn La"), body("Sở Y tế tỉnh Luông Pha Bang", country="LA")],
                agreements=[
                    pact("mou", None, ["Sở Y tế tỉnh Sơn La", "Sở Y tế tỉnh Luông Pha Bang"], period="2021-2025")
                ],
            )
        ],
        export(
            [
                node("org:sl", "Organization", "Sở Y tế Sơn La", country="VN"),
                node("agreement:p1", "Agreement", "Biên bản ghi nhớ", agreement_type="mou", period_start="2021"),
                node("agreement:p2", "Agreement", "Biên bản ghi nhớ", agreement_type="mou", period_start="2022"),
            ],
            [edge("org:sl", "agreement:p1", "PARTY_TO"), edge("org:sl", "agreement:p2", "PARTY_TO")],
        ),
        {"agreements": (1, 2, 1), "organizations": (2, 1, 1)},
    ),
    Case(
        "participations: a person the gold event does not name is invented",
        [
            gold_doc(
                "x1",
                persons=[person("Đỗ Thanh Hà"), person("Phouvong Keomany", country="LA"), person("Vũ Hoàng Long")],
                events=[meeting("talks", "2023-04-10", "Đỗ Thanh Hà", "Phouvong Keomany")],
            )
        ],
        export(
            [A, B, node("person:c", "Person", "Vũ Hoàng Long"), TALKS],
            [edge("person:b", "event:t", "PARTICIPATED_IN"), edge("person:c", "event:t", "PARTICIPATED_IN")],
        ),
        {"participations": (2, 2, 1), "persons": (3, 3, 3)},
    ),
    Case(
        "nothing to find: perfect when nothing is found, zero precision otherwise",
        [gold_doc("x1")],
        export([node("person:z", "Person", "Ngô Bảo Châu")]),
        {"events": (0, 0, 0), "persons": (0, 1, 0)},
    ),
]
