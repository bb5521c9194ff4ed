"""Names to nodes: how every {ref} and every search finds its node.

An id (`province:VN-quang-tri`) names its node directly. Any other text is folded (case and diacritics
dropped by graph.names.fold, so "Quang Tri" is "Quảng Trị") and compared with each node's name, aliases,
English name and abbreviation. An exact match wins. Otherwise rapidfuzz scores every spelling two ways and
keeps the better: as a whole string, and word by word, so "khammoune" finds "Khammouane" and "Vongdala"
finds "Boviengkham Vongdara" through its second word. A clear winner resolves; close runners-up make the
ref ambiguous; no good match is unknown, with the nearest names as suggestions.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from threading import Lock

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from graph.errors import Ambiguous, NotFound
from graph.names import fold
from graph.schema import KIND_OF_PREFIX, Node, NodeKind
from graph.store import GraphStore
from queries.records import NodeRef

# Documents are found by id: their titles are not names, and their bodies are too large to index.
NAMED_KINDS: tuple[NodeKind, ...] = tuple(k for k in NodeKind if k is not NodeKind.DOCUMENT)

RESOLVE_SCORE = 80.0  # a fuzzy match from this score up may resolve a ref
MARGIN = 5.0  # ...if it leads every other node by this much; otherwise the ref is ambiguous
SUGGEST_SCORE = 50.0  # the lowest score search returns or an error suggests
WORD_SCORE = 70.0  # a query word counts as matching a name's word from this ratio up
_KIND_ORDER = {kind: i for i, kind in enumerate(NodeKind)}
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


class Match(BaseModel):
    node: NodeRef
    score: float
    matched: str  # the spelling that matched, as written


@dataclass(frozen=True)
class _Spelling:
    text: str
    key: str
    words: frozenset[str]
    node_id: str
    is_name: bool


def describe(ref: NodeRef) -> str:
    return f"{ref.name} ({ref.id})"


def _words(key: str) -> list[str]:
    """The words of a folded spelling, split at hyphens too: Lao names are written both "Sôm-chay" and
    "Somchay", so a hyphenated word is indexed as its syllables and as their joining."""
    words: list[str] = []
    for part in key.split():
        syllables = [s for s in _NOT_ALNUM.split(part) if s]
        words.extend(syllables)
        if len(syllables) > 1:
            words.append("".join(syllables))
    return words


def _spellings(node: Node) -> Iterable[tuple[str, bool]]:
    yield node.name, True
    for alias in node.aliases:
        yield alias, False
    for extra in (node.name_en, node.props.get("abbreviation")):
        if isinstance(extra, str) and extra:
            yield extra, False


class NameIndex:
    """Every spelling of every named node, folded, with the words they are made of."""

    def __init__(self, nodes: Iterable[Node]) -> None:
        self._refs: dict[str, NodeRef] = {}
        self._folded: dict[str, str] = {}  # each node's name folded: the last key of search's ranking
        self._spellings: list[_Spelling] = []
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for node in sorted(nodes, key=lambda n: n.id):
            self._refs[node.id] = NodeRef.of(node)
            self._folded[node.id] = fold(node.name)
            seen: set[str] = set()
            for text, is_name in _spellings(node):
                key = fold(text)
                if not key or key in seen:
                    continue
                seen.add(key)
                index = len(self._spellings)
                words = frozenset(_words(key))
                self._spellings.append(_Spelling(text, key, words, node.id, is_name))
                self._by_key[key].append(index)
                for word in words:
                    self._by_word[word].append(index)
        self._keys = [s.key for s in self._spellings]
        self._words = sorted(self._by_word)

    @classmethod
    def build(cls, store: GraphStore) -> NameIndex:
        return cls(store.nodes(NAMED_KINDS))

    def search(self, text: str, kinds: Iterable[NodeKind] | None = None, limit: int = 20) -> list[Match]:
        """Nodes whose spellings resemble text, best first."""
        query = fold(text)
        if not query:
            return []
        wanted = set(kinds) if kinds else None
        # Per node, its best spelling: the highest score, a name before an alias, then the first indexed.
        best: dict[str, tuple[float, bool, int]] = {}
        for index, score in self._scores(query).items():
            spelling = self._spellings[index]
            if wanted is not None and self._refs[spelling.node_id].kind not in wanted:
                continue
            seen = best.get(spelling.node_id)
            if seen is None or (score, spelling.is_name, -index) > (seen[0], seen[1], -seen[2]):
                best[spelling.node_id] = (score, spelling.is_name, index)

        def rank(node_id: str) -> tuple[float, bool, int, str, str]:
            score, is_name, _ = best[node_id]
            ref = self._refs[node_id]
            return (-score, not is_name, _KIND_ORDER[ref.kind], self._folded[node_id], node_id)

        return [
            Match(
                node=self._refs[node_id],
                score=round(best[node_id][0], 1),
                matched=self._spellings[best[node_id][2]].text,
            )
            # The first `limit` in rank order without sorting every match (a common word matches thousands).
            for node_id in heapq.nsmallest(limit, best, key=rank)
        ]

    def _scores(self, query: str) -> dict[int, float]:
        scores: dict[int, float] = {}
        for _, score, index in process.extract(
            query, self._keys, scorer=fuzz.QRatio, score_cutoff=SUGGEST_SCORE, limit=None
        ):
            scores[index] = score
        word_hits: list[dict[str, float]] = []
        for word in (w for part in query.split() for w in _NOT_ALNUM.split(part) if w):
            hits = process.extract(word, self._words, scorer=fuzz.ratio, score_cutoff=WORD_SCORE, limit=None)
            word_hits.append({found: score for found, score, _ in hits})
        # Walked from the matching words to the spellings holding them (the postings), not spelling by spelling:
        # per query word, each spelling's best matching word; per spelling, how many of its words matched any.
        # A query word a spelling does not match adds nothing to its sum, so only the matches are kept.
        # Each step runs in C over the postings (dict.fromkeys, Counter's counting): a common word's postings
        # hold thousands of spellings, which Python loops took 10 ms to walk at 10k documents.
        parts: dict[int, list[float]] = defaultdict(list)
        for hits in word_hits:
            top: dict[int, float] = {}
            # From the lowest score up, so each spelling keeps its best matching word's score.
            for found, score in sorted(hits.items(), key=lambda hit: hit[1]):
                top.update(dict.fromkeys(self._by_word[found], score))
            for index, score in top.items():
                parts[index].append(score)
        covered = Counter(chain.from_iterable(self._by_word[found] for found in set().union(*word_hits)))
        for index, matched in covered.items():
            share = matched / len(self._spellings[index].words)
            # Matching two words of a ten-word agency name is weaker than matching a two-word province.
            score = sum(parts[index]) / len(word_hits) * (0.9 + 0.1 * share)
            if score >= SUGGEST_SCORE and score > scores.get(index, 0.0):
                scores[index] = score
        return scores

    def resolve(self, store: GraphStore, ref: str, kinds: Iterable[NodeKind] | None = None) -> Node:
        """The one node ref names; NotFound with suggestions, or Ambiguous with the candidates."""
        wanted = tuple(kinds) if kinds else None
        query = fold(ref)
        exact = sorted(
            {
                self._spellings[i].node_id
                for i in self._by_key.get(query, [])
                if wanted is None or self._refs[self._spellings[i].node_id].kind in wanted
            }
        )
        if len(exact) > 1:
            by_name = [i for i in exact if fold(self._refs[i].name) == query]
            if len(by_name) != 1:
                raise Ambiguous(f"{ref!r} names {len(exact)} nodes", [describe(self._refs[i]) for i in exact])
            exact = by_name
        if exact:
            return _fetch(store, exact[0], ref)
        matches = self.search(ref, wanted, limit=10)
        strong = [m for m in matches if m.score >= RESOLVE_SCORE]
        if not strong:
            raise NotFound(f"nothing{_kinds_phrase(wanted)} is named {ref!r}", [describe(m.node) for m in matches[:5]])
        close = [m for m in strong if m.score > strong[0].score - MARGIN]
        if len(close) > 1:
            raise Ambiguous(f"{ref!r} may name {len(close)} nodes", [describe(m.node) for m in close])
        return _fetch(store, strong[0].node.id, ref)


def _kinds_phrase(kinds: tuple[NodeKind, ...] | None) -> str:
    return f" of kind {'/'.join(k.value for k in kinds)}" if kinds else ""


def _fetch(store: GraphStore, node_id: str, ref: str) -> Node:
    node = store.get_node(node_id)
    if node is None:
        raise NotFound(f"{ref!r} named {node_id}, which is no longer in the store")
    return node


def _by_id(store: GraphStore, ref: str, kinds: tuple[NodeKind, ...] | None) -> Node | None:
    prefix, colon, rest = ref.partition(":")
    if not colon or not rest or prefix not in KIND_OF_PREFIX:
        return None
    node = store.get_node(ref)
    if node is not None and kinds and node.kind not in kinds:
        raise NotFound(f"{ref} is a {node.kind.value}; a {'/'.join(k.value for k in kinds)} is asked for")
    return node


def resolve_ref(
    store: GraphStore, ref: str, kinds: Iterable[NodeKind] | None = None, names: NameIndex | None = None
) -> Node:
    """The node an id or a name refers to, the same way for every {ref} of the API and every CLI NAME."""
    wanted = tuple(kinds) if kinds else None
    node = _by_id(store, ref.strip(), wanted)
    if node is not None:
        return node
    return (names or NameIndex.build(store)).resolve(store, ref.strip(), wanted)


class NameIndexCache:
    """One index per state of the store, rebuilt when its revision changes (every new document changes it);
    asking for the revision costs an index lookup, not a count of the graph."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._key: str | None = None
        self._index: NameIndex | None = None

    def get(self, store: GraphStore) -> NameIndex:
        key = store.revision()
        with self._lock:
            if self._index is None or key != self._key:
                self._index, self._key = NameIndex.build(store), key
            return self._index
