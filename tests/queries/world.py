"""A small hand-written graph of Vietnam–Laos cooperation, as ingest would hand it to a store.

Each article is a few Vietnamese sentences written for these tests; every edge quotes one of them. The facts
follow the shapes the extractor produces: provinces act directly or through their bodies (BASED_IN),
PARTNERS_WITH is stored once per pair with the smaller id as source, and one meeting reported by two
articles is one Event whose edges carry both articles as evidence.
"""

from __future__ import annotations

from graph.schema import Edge, EdgeType, Evidence, GraphDelta, Node, NodeKind, PropValue, ReferenceData
from graph.store import GraphStore

Ids = str


class Article:
    def __init__(self, doc_id: str, title: str, sentences: list[str], published: str | None = None) -> None:
        self.doc_id = doc_id
        self.sentences: list[tuple[str, int, int]] = []
        offset = 0
        for sentence in sentences:
            self.sentences.append((sentence, offset, offset + len(sentence)))
            offset += len(sentence) + 1
        self.text = " ".join(sentences)
        self.nodes: list[Node] = [
            Node(
                id=doc_id,
                kind=NodeKind.DOCUMENT,
                name=title,
                props={"text": self.text, "chars": len(self.text), "published": published, "source": "test"},
            )
        ]
        self.edges: list[Edge] = []

    def evidence(self, *indexes: int) -> list[Evidence]:
        return [
            Evidence(doc_id=self.doc_id, quote=q, start=s, end=e) for q, s, e in (self.sentences[i] for i in indexes)
        ]

    def node(self, node: Node, *mentioned_in: int) -> Ids:
        """A province comes with its country and, if merged in 2025, its successor, as the extractor adds them."""
        self.nodes.append(node)
        if node.kind is NodeKind.PROVINCE:
            self.nodes.append(VN if node.country == "VN" else LA)
            self.nodes.extend(MERGERS.get(node.id, []))
        if mentioned_in:
            self.edge(node.id, self.doc_id, EdgeType.MENTIONED_IN, *mentioned_in)
        return node.id

    def edge(self, source: str, target: str, edge_type: EdgeType, *sentences: int, **props: PropValue) -> None:
        self.edges.append(
            Edge(source=source, target=target, type=edge_type, props=props, evidence=self.evidence(*sentences))
        )

    def partners(self, a: str, b: str, *sentences: int, first: str, last: str, via: list[str]) -> None:
        source, target = sorted((a, b))
        self.edge(
            source,
            target,
            EdgeType.PARTNERS_WITH,
            *sentences,
            first_date=first,
            last_date=last,
            via=via,
            count=len(via),
        )

    def delta(self) -> GraphDelta:
        return GraphDelta(doc_id=self.doc_id, nodes=self.nodes, edges=self.edges)


def province(node_id: str, name: str, country: str, aliases: list[str], **props: PropValue) -> Node:
    return Node(id=node_id, kind=NodeKind.PROVINCE, name=name, country=country, aliases=aliases, props=props)


def org(node_id: str, name: str, country: str, aliases: list[str] | None = None, **props: PropValue) -> Node:
    return Node(id=node_id, kind=NodeKind.ORGANIZATION, name=name, country=country, aliases=aliases or [], props=props)


def person(node_id: str, name: str, country: str, aliases: list[str] | None = None) -> Node:
    return Node(id=node_id, kind=NodeKind.PERSON, name=name, country=country, aliases=aliases or [])


VN = Node(id="country:VN", kind=NodeKind.COUNTRY, name="Việt Nam", country="VN", aliases=["Vietnam"])
LA = Node(id="country:LA", kind=NodeKind.COUNTRY, name="Lào", country="LA", aliases=["Laos"])
QUANG_NINH = province("province:VN-quang-ninh", "Quảng Ninh", "VN", ["Quang Ninh"], status_2025="current")
QUANG_TRI = province(
    "province:VN-quang-tri", "Quảng Trị", "VN", ["Quang Tri"], status_2025="current", borders_laos="yes"
)
QUANG_BINH = province(
    "province:VN-quang-binh", "Quảng Bình", "VN", ["Quang Binh"], status_2025="merged-2025", borders_laos="yes"
)
# On the Lao border, and named by no article: the reference data's alone.
NGHE_AN = province("province:VN-nghe-an", "Nghệ An", "VN", ["Nghe An"], status_2025="current", borders_laos="yes")
HA_NOI = province("province:VN-ha-noi", "Hà Nội", "VN", ["Ha Noi", "Hanoi"], status_2025="current")
HOA_BINH = province("province:VN-hoa-binh", "Hòa Bình", "VN", ["Hoa Binh", "Hoà Bình"], status_2025="merged-2025")
PHU_THO = province("province:VN-phu-tho", "Phú Thọ", "VN", ["Phu Tho"], status_2025="current")
HUNG_YEN = province("province:VN-hung-yen", "Hưng Yên", "VN", ["Hung Yen"], status_2025="current")
HOUAPHANH = province("province:LA-HO", "Hủa Phăn", "LA", ["Houaphanh", "Houaphan", "Hua Phan"])
LUANG_PRABANG = province("province:LA-LP", "Luông Pha-bang", "LA", ["Luang Prabang", "Luông Prabang"])
XAYABURY = province("province:LA-XA", "Xay-nha-bu-ly", "LA", ["Xayabury", "Xayaboury", "Sainyabuli"])
KHAM_MUON = province("province:LA-KH", "Khăm Muồn", "LA", ["Khammouane", "Khammuan", "Khăm Muộn"])
VIENTIANE = province("province:LA-VT", "Viêng Chăn", "LA", ["Vientiane", "Thủ đô Viêng Chăn"])
VIENTIANE_PROVINCE = province("province:LA-VI", "tỉnh Viêng Chăn", "LA", ["Vientiane Province"])
MERGERS = {QUANG_BINH.id: [QUANG_TRI], HOA_BINH.id: [PHU_THO]}
PROVINCES = [
    QUANG_NINH,
    QUANG_TRI,
    QUANG_BINH,
    HA_NOI,
    HOA_BINH,
    PHU_THO,
    HUNG_YEN,
    HOUAPHANH,
    LUANG_PRABANG,
    XAYABURY,
    KHAM_MUON,
    VIENTIANE,
    VIENTIANE_PROVINCE,
    NGHE_AN,
]

MOST = org("org:vn-most", "Bộ Khoa học và Công nghệ", "VN", ["Bộ KH&CN"], abbreviation="MOST")
MTC = org("org:la-mtc", "Bộ Công nghệ và Truyền thông Lào", "LA", ["Bộ CN&TT Lào"], abbreviation="MTC")
NATAD = org("org:vn-natad", "Cục Ứng dụng và Phát triển công nghệ", "VN", ["Cục ƯD&PTCN"])
TPTC = org("org:la-tptc", "Trung tâm Xúc tiến và Chuyển giao công nghệ Lào", "LA")
SO_QUANG_NINH = org("org:so-khcn-quang-ninh", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "VN", ["Sở KH&CN Quảng Ninh"])
SO_LUANG_PRABANG = org("org:so-cntt-luong-pha-bang", "Sở Công nghệ và Thông tin tỉnh Luông Pha-bang", "LA")
SO_QUANG_TRI = org("org:so-khcn-quang-tri", "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "VN", ["Sở KH&CN Quảng Trị"])
SO_KHAM_MUON = org("org:so-cntt-kham-muon", "Sở Công nghệ và Thông tin tỉnh Khăm Muồn", "LA")

DAT = person("person:huynh-thanh-dat", "Huỳnh Thành Đạt", "VN")
BOVIENGKHAM = person("person:boviengkham-vongdara", "Boviengkham Vongdara", "LA", ["Bô-viêng-khăm Vông-đa-ra"])
DUY = person("person:bui-the-duy", "Bùi Thế Duy", "VN")
TUAN = person("person:dang-ngoc-tuan", "Đặng Ngọc Tuấn", "VN")

QN_MEETING = "event:2022-05-31-online-meeting-quang-ninh"
QN_MOU = "agreement:2022-05-31-mou-quang-ninh-bac-lao"
QN_LP_SESSION = "event:2023-07-working-session-quang-ninh-luong-pha-bang"
WORKSHOP = "event:2023-12-11-workshop-most-mtc"
MOU_2023_04 = "agreement:2023-04-mou-most-mtc"
MOU_HANDED = "agreement:2023-12-11-mou-natad-tptc"
QT_VISIT = "event:2026-06-24-visit-quang-tri-kham-muon"
QT_MOU = "agreement:2026-06-mou-quang-tri-kham-muon-iv"
QB_AGREEMENT = "agreement:2019-agreement-quang-binh-kham-muon"
HB_MOU = "agreement:2024-08-09-mou-hung-yen-hoa-binh"
DIGITAL = "topic:chuyen-doi-so"


def reference() -> ReferenceData:
    """The gazetteer's own sentences: which country each province is in, and the 2025 mergers."""
    provinces = PROVINCES
    sentences = [
        f"{p.name} là một tỉnh, thành phố của {'Việt Nam' if p.country == 'VN' else 'Lào'}." for p in provinces
    ]
    sentences += [
        "Năm 2025, tỉnh Quảng Bình hợp nhất vào tỉnh Quảng Trị.",
        "Năm 2025, tỉnh Hòa Bình hợp nhất vào tỉnh Phú Thọ.",
    ]
    a = Article("doc:gazetteer", "Danh mục địa danh", sentences)
    for i, p in enumerate(provinces):
        a.edge(p.id, f"country:{p.country}", EdgeType.IN_COUNTRY, i)
    a.edge(QUANG_BINH.id, QUANG_TRI.id, EdgeType.MERGED_INTO, len(provinces), date="2025-07-01")
    a.edge(HOA_BINH.id, PHU_THO.id, EdgeType.MERGED_INTO, len(provinces) + 1, date="2025-07-01")
    return ReferenceData(source=a.nodes[0], nodes=[VN, LA, *provinces], edges=a.edges)


def quang_ninh_2022() -> Article:
    a = Article(
        "doc:quang-ninh-bac-lao-2022",
        "Quảng Ninh ký ghi nhớ hợp tác với ba tỉnh Bắc Lào",
        [
            "Ngày 31/5/2022, tỉnh Quảng Ninh tổ chức hội nghị trực tuyến với ba tỉnh Bắc Lào là Hủa Phăn, "
            "Luông Pha-bang và Xay-nha-bu-ly.",
            "Tại hội nghị, lãnh đạo Quảng Ninh và ba tỉnh bạn đã ký Bản ghi nhớ hợp tác giai đoạn 2022 - 2026.",
            "Các bên thống nhất ưu tiên hợp tác về khoa học, công nghệ và chuyển đổi số.",
        ],
        published="2022-06-01",
    )
    a.node(Node(id=DIGITAL, kind=NodeKind.TOPIC, name="chuyển đổi số"), 2)
    a.node(
        Node(
            id=QN_MEETING,
            kind=NodeKind.EVENT,
            name="Hội nghị trực tuyến Quảng Ninh và ba tỉnh Bắc Lào",
            props={"event_type": "online_meeting", "date": "2022-05-31"},
        ),
        0,
    )
    a.node(
        Node(
            id=QN_MOU,
            kind=NodeKind.AGREEMENT,
            name="Bản ghi nhớ hợp tác giai đoạn 2022 - 2026",
            props={
                "agreement_type": "mou",
                "date": "2022-05-31",
                "period_start": "2022",
                "period_end": "2026",
                "title": "Bản ghi nhớ hợp tác giai đoạn 2022 - 2026",
            },
        ),
        1,
    )
    a.edge(QN_MOU, QN_MEETING, EdgeType.SIGNED_AT, 1)
    a.edge(QN_MOU, DIGITAL, EdgeType.HAS_TOPIC, 2)
    for p in (QUANG_NINH, HOUAPHANH, LUANG_PRABANG, XAYABURY):
        a.node(p, 0, 1)
        a.edge(p.id, QN_MEETING, EdgeType.PARTICIPATED_IN, 0, role="attendee")
        a.edge(p.id, QN_MOU, EdgeType.PARTY_TO, 1)
    for p in (HOUAPHANH, LUANG_PRABANG, XAYABURY):
        a.partners(QUANG_NINH.id, p.id, 1, first="2022-05-31", last="2022-05-31", via=[QN_MEETING, QN_MOU])
    return a


def quang_ninh_luang_prabang_2023() -> Article:
    """A later meeting through the two provinces' bodies: it makes Luang Prabang the newest partner."""
    a = Article(
        "doc:quang-ninh-luong-pha-bang-2023",
        "Sở KH&CN Quảng Ninh làm việc với Sở Công nghệ và Thông tin Luông Pha-bang",
        [
            "Tháng 7/2023, Sở Khoa học và Công nghệ tỉnh Quảng Ninh đã làm việc với đoàn Sở Công nghệ và Thông tin "
            "tỉnh Luông Pha-bang.",
            "Hai sở bàn về chuyển đổi số trong quản lý nhà nước.",
        ],
        published="2023-07-20",
    )
    a.node(QUANG_NINH, 0)
    a.node(LUANG_PRABANG, 0)
    a.node(SO_QUANG_NINH, 0)
    a.node(SO_LUANG_PRABANG, 0)
    a.node(Node(id=DIGITAL, kind=NodeKind.TOPIC, name="chuyển đổi số"), 1)
    a.node(
        Node(
            id=QN_LP_SESSION,
            kind=NodeKind.EVENT,
            name="Buổi làm việc giữa Sở KH&CN Quảng Ninh và Sở CN&TT Luông Pha-bang",
            props={"event_type": "working_session", "date": "2023-07"},
        ),
        0,
    )
    a.edge(SO_QUANG_NINH.id, QUANG_NINH.id, EdgeType.BASED_IN, 0)
    a.edge(SO_LUANG_PRABANG.id, LUANG_PRABANG.id, EdgeType.BASED_IN, 0)
    a.edge(SO_QUANG_NINH.id, QN_LP_SESSION, EdgeType.PARTICIPATED_IN, 0, role="host")
    a.edge(SO_LUANG_PRABANG.id, QN_LP_SESSION, EdgeType.PARTICIPATED_IN, 0, role="guest")
    a.edge(QN_LP_SESSION, DIGITAL, EdgeType.HAS_TOPIC, 1)
    a.partners(QUANG_NINH.id, LUANG_PRABANG.id, 0, first="2023-07", last="2023-07", via=[QN_LP_SESSION])
    a.partners(SO_QUANG_NINH.id, SO_LUANG_PRABANG.id, 0, first="2023-07", last="2023-07", via=[QN_LP_SESSION])
    return a


def _workshop(a: Article, sentence: int) -> None:
    a.node(
        Node(
            id=WORKSHOP,
            kind=NodeKind.EVENT,
            name="Hội thảo thúc đẩy hợp tác về công nghệ Việt Nam - Lào",
            props={
                "event_type": "workshop",
                "date": "2023-12-11",
                "location": "Hà Nội",
                "identity": "one meeting: the same date, kind and provinces taking part",
            },
        ),
        sentence,
    )
    for body in (MOST, MTC):
        a.node(body, sentence)
        a.edge(body.id, WORKSHOP, EdgeType.PARTICIPATED_IN, sentence, role="attendee")


def workshop_report_a() -> Article:
    a = Article(
        "doc:workshop-2023-a",
        "Thúc đẩy hợp tác về công nghệ giữa Việt Nam và Lào",
        [
            "Hội thảo về hợp tác công nghệ Việt – Lào diễn ra ngày 11/12/2023 ở Hà Nội, do hai Bộ trưởng Huỳnh "
            "Thành Đạt (Bộ KH&CN) và Boviengkham Vongdara (Bộ CN&TT Lào) cùng đồng chủ trì.",
            "Thứ trưởng Bùi Thế Duy cùng dự hội thảo.",
            "Nhân dịp này, hai đơn vị là Cục Ứng dụng và Phát triển công nghệ cùng Trung tâm Xúc tiến và "
            "Chuyển giao công nghệ Lào trao nhau văn bản ghi nhớ.",
            "Dự hội thảo còn có đại diện Thủ đô Viêng Chăn và tỉnh Viêng Chăn.",
        ],
        published="2023-12-11",
    )
    _workshop(a, 0)
    a.node(VIENTIANE, 3)
    a.node(VIENTIANE_PROVINCE, 3)
    a.node(HA_NOI, 0)
    a.edge(WORKSHOP, HA_NOI.id, EdgeType.HELD_IN, 0)
    a.node(DAT, 0)
    a.node(BOVIENGKHAM, 0)
    a.node(DUY, 1)
    a.edge(DAT.id, WORKSHOP, EdgeType.PARTICIPATED_IN, 0, role="co_chair")
    a.edge(BOVIENGKHAM.id, WORKSHOP, EdgeType.PARTICIPATED_IN, 0, role="co_chair")
    a.edge(DUY.id, WORKSHOP, EdgeType.PARTICIPATED_IN, 1, role="attendee")
    a.edge(DAT.id, MOST.id, EdgeType.HOLDS_POSITION, 0, title="Bộ trưởng", first_reported="2023-12-11")
    a.edge(BOVIENGKHAM.id, MTC.id, EdgeType.HOLDS_POSITION, 0, title="Bộ trưởng", first_reported="2023-12-11")
    a.edge(DUY.id, MOST.id, EdgeType.HOLDS_POSITION, 1, title="Thứ trưởng", first_reported="2023-12-11")
    a.node(NATAD, 2)
    a.node(TPTC, 2)
    a.edge(NATAD.id, MOST.id, EdgeType.PART_OF, 2)
    a.edge(TPTC.id, MTC.id, EdgeType.PART_OF, 2)
    a.node(
        Node(
            id=MOU_HANDED,
            kind=NodeKind.AGREEMENT,
            name="Bản ghi nhớ hợp tác",
            props={"agreement_type": "mou", "date": "2023-12-11", "title": "Bản ghi nhớ hợp tác"},
        ),
        2,
    )
    a.edge(NATAD.id, MOU_HANDED, EdgeType.PARTY_TO, 2)
    a.edge(TPTC.id, MOU_HANDED, EdgeType.PARTY_TO, 2)
    a.edge(MOU_HANDED, WORKSHOP, EdgeType.SIGNED_AT, 2)
    a.partners(NATAD.id, TPTC.id, 2, first="2023-12-11", last="2023-12-11", via=[MOU_HANDED])
    a.partners(MOST.id, MTC.id, 0, first="2023-12-11", last="2023-12-11", via=[WORKSHOP])
    return a


def workshop_report_b() -> Article:
    a = Article(
        "doc:workshop-2023-b",
        "Bộ trưởng Huỳnh Thành Đạt chủ trì hội thảo với Bộ Công nghệ và Truyền thông Lào",
        [
            "Sáng 11/12, Bộ trưởng Huỳnh Thành Đạt chủ trì hội thảo với đoàn Bộ Công nghệ và Truyền thông Lào do "
            "Bộ trưởng Boviengkham Vongdara dẫn đầu.",
            "Tháng 4/2023, hai Bộ trưởng đã ký Bản ghi nhớ thúc đẩy hợp tác giữa hai Bộ.",
        ],
        published="2023-12-12",
    )
    _workshop(a, 0)
    a.node(DAT, 0, 1)
    a.node(BOVIENGKHAM, 0, 1)
    a.edge(DAT.id, WORKSHOP, EdgeType.PARTICIPATED_IN, 0, role="host")
    a.edge(BOVIENGKHAM.id, WORKSHOP, EdgeType.PARTICIPATED_IN, 0, role="head_of_delegation")
    a.edge(DAT.id, MOST.id, EdgeType.HOLDS_POSITION, 0, title="Bộ trưởng", first_reported="2023-12-11")
    a.node(
        Node(
            id=MOU_2023_04,
            kind=NodeKind.AGREEMENT,
            name="Bản ghi nhớ thúc đẩy hợp tác giữa hai Bộ",
            props={"agreement_type": "mou", "date": "2023-04", "title": "Bản ghi nhớ thúc đẩy hợp tác"},
        ),
        1,
    )
    for body in (MOST, MTC):
        a.edge(body.id, MOU_2023_04, EdgeType.PARTY_TO, 1)
    a.edge(DAT.id, MOU_2023_04, EdgeType.SIGNED, 1)
    a.edge(BOVIENGKHAM.id, MOU_2023_04, EdgeType.SIGNED, 1)
    a.partners(MOST.id, MTC.id, 0, 1, first="2023-04", last="2023-12-11", via=[MOU_2023_04, WORKSHOP])
    return a


def quang_tri_2026() -> Article:
    a = Article(
        "doc:quang-tri-kham-muon-2026",
        "Quảng Trị và Khăm Muồn ký ghi nhớ hợp tác lần thứ IV",
        [
            "Giám đốc Sở Đặng Ngọc Tuấn dẫn đoàn Sở KH&CN Quảng Trị sang thăm và làm việc tại tỉnh Khăm Muồn "
            "trong ba ngày 24 đến 26/6/2026.",
            "Văn bản ghi nhớ lần thứ IV (2026 - 2028) đã được hai Sở ký.",
        ],
        published="2026-06-27",
    )
    for node in (QUANG_TRI, KHAM_MUON, SO_QUANG_TRI, SO_KHAM_MUON, TUAN):
        a.node(node, 0)
    a.node(
        Node(
            id=QT_VISIT,
            kind=NodeKind.EVENT,
            name="Đoàn Sở KH&CN Quảng Trị thăm tỉnh Khăm Muồn",
            props={"event_type": "visit", "date": "2026-06-24", "end_date": "2026-06-26", "location": "Khăm Muồn"},
        ),
        0,
    )
    a.node(
        Node(
            id=QT_MOU,
            kind=NodeKind.AGREEMENT,
            name="Biên bản ghi nhớ hợp tác lần thứ IV",
            props={
                "agreement_type": "mou",
                "date": "2026-06",
                "period_start": "2026",
                "period_end": "2028",
                "ordinal": "IV",
                "title": "Biên bản ghi nhớ hợp tác lần thứ IV",
            },
        ),
        1,
    )
    a.edge(SO_QUANG_TRI.id, QUANG_TRI.id, EdgeType.BASED_IN, 0)
    a.edge(SO_KHAM_MUON.id, KHAM_MUON.id, EdgeType.BASED_IN, 0)
    a.edge(TUAN.id, SO_QUANG_TRI.id, EdgeType.HOLDS_POSITION, 0, title="Giám đốc Sở", first_reported="2026-06-24")
    a.edge(TUAN.id, QT_VISIT, EdgeType.PARTICIPATED_IN, 0, role="head_of_delegation")
    a.edge(SO_QUANG_TRI.id, QT_VISIT, EdgeType.PARTICIPATED_IN, 0, role="guest")
    a.edge(SO_KHAM_MUON.id, QT_VISIT, EdgeType.PARTICIPATED_IN, 0, role="host")
    a.edge(QT_VISIT, KHAM_MUON.id, EdgeType.HELD_IN, 0)
    a.edge(SO_QUANG_TRI.id, QT_MOU, EdgeType.PARTY_TO, 1)
    a.edge(SO_KHAM_MUON.id, QT_MOU, EdgeType.PARTY_TO, 1)
    a.edge(QT_MOU, QT_VISIT, EdgeType.SIGNED_AT, 1)
    a.partners(QUANG_TRI.id, KHAM_MUON.id, 0, 1, first="2026-06", last="2026-06-26", via=[QT_MOU, QT_VISIT])
    return a


def quang_binh_2019() -> Article:
    a = Article(
        "doc:quang-binh-kham-muon-2019",
        "Quảng Bình và Khăm Muồn ký thỏa thuận hợp tác",
        ["Năm 2019, tỉnh Quảng Bình và tỉnh Khăm Muồn đã ký thỏa thuận hợp tác giai đoạn 2019 - 2023."],
        published="2019-03-02",
    )
    a.node(QUANG_BINH, 0)
    a.node(KHAM_MUON, 0)
    a.node(
        Node(
            id=QB_AGREEMENT,
            kind=NodeKind.AGREEMENT,
            name="Thỏa thuận hợp tác giai đoạn 2019 - 2023",
            props={"agreement_type": "agreement", "date": "2019", "period_start": "2019", "period_end": "2023"},
        ),
        0,
    )
    a.edge(QUANG_BINH.id, QB_AGREEMENT, EdgeType.PARTY_TO, 0)
    a.edge(KHAM_MUON.id, QB_AGREEMENT, EdgeType.PARTY_TO, 0)
    a.partners(QUANG_BINH.id, KHAM_MUON.id, 0, first="2019", last="2019", via=[QB_AGREEMENT])
    return a


def hung_yen_hoa_binh_2024() -> Article:
    """Two Vietnamese provinces: a partnership the Vietnam–Laos matrix must leave out."""
    a = Article(
        "doc:hung-yen-hoa-binh-2024",
        "Hưng Yên và Hòa Bình hợp tác khoa học",
        ["Ngày 9/8/2024, tỉnh Hưng Yên và tỉnh Hòa Bình ký Biên bản ghi nhớ hợp tác toàn diện giai đoạn 2024 - 2026."],
        published="2024-09-19",
    )
    a.node(HUNG_YEN, 0)
    a.node(HOA_BINH, 0)
    a.node(
        Node(
            id=HB_MOU,
            kind=NodeKind.AGREEMENT,
            name="Biên bản ghi nhớ hợp tác toàn diện",
            props={"agreement_type": "mou", "date": "2024-08-09", "period_start": "2024", "period_end": "2026"},
        ),
        0,
    )
    a.edge(HUNG_YEN.id, HB_MOU, EdgeType.PARTY_TO, 0)
    a.edge(HOA_BINH.id, HB_MOU, EdgeType.PARTY_TO, 0)
    a.partners(HUNG_YEN.id, HOA_BINH.id, 0, first="2024-08-09", last="2024-08-09", via=[HB_MOU])
    return a


def articles() -> list[Article]:
    return [
        quang_ninh_2022(),
        quang_ninh_luang_prabang_2023(),
        workshop_report_a(),
        workshop_report_b(),
        quang_tri_2026(),
        quang_binh_2019(),
        hung_yen_hoa_binh_2024(),
    ]


def world() -> list[GraphDelta]:
    return [a.delta() for a in articles()]


def load_world(store: GraphStore) -> None:
    """The reference data, then every article."""
    store.write_reference(reference())
    store.apply(world())
