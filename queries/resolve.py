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
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, repeat
from operator import add, mul, truediv
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
ALL_AT_ONCE = 1000  # search scores every spelling holding a matching word when no more than this many do
ONE_BY_ONE = 64  # search scores up to this many spellings one by one in Python, more in C loops
FLOOR_STEP = 10.0  # how far search lowers the score it looks for when too few nodes reach it
COUNTED_FROM = 200  # search counts every spelling's matched query words in C when more than this may reach a floor
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
        self._sizes = [len(s.words) for s in self._spellings]  # how many words each spelling is indexed under
        # The spellings by length: a whole spelling reaches SUGGEST_SCORE (50) against a query only if its length
        # is within a third and three times the query's (QRatio is 200 * their longest common subsequence over the
        # two lengths), so only those are scored.
        self._by_length = sorted(range(len(self._keys)), key=lambda i: len(self._keys[i]))
        self._lengths = [len(self._keys[i]) for i in self._by_length]
        self._keys_by_length = [self._keys[i] for i in self._by_length]
        # Likewise a word matches a query word (ratio 70) only if its length is within 0.54 and 1.86 times its.
        self._words = sorted(self._by_word, key=lambda w: (len(w), w))
        self._word_lengths = [len(w) for w in self._words]

    @classmethod
    def build(cls, store: GraphStore) -> NameIndex:
        return cls(store.nodes(NAMED_KINDS))

    def search(self, text: str, kinds: Iterable[NodeKind] | None = None, limit: int = 20) -> list[Match]:
        """Nodes whose spellings resemble text, best first."""
        query = fold(text)
        if not query:
            return []
        wanted = set(kinds) if kinds else None
        scoring = _Scoring(self, query)
        # Per node, its best spelling: the highest score, a name before an alias, then the first indexed.
        best: dict[str, tuple[float, bool, int]] = {}

        def rank(node_id: str) -> tuple[float, bool, int, str, str]:
            score, is_name, _ = best[node_id]
            ref = self._refs[node_id]
            return (-score, not is_name, _KIND_ORDER[ref.kind], self._folded[node_id], node_id)

        # The spellings holding the strongest matching words first: a spelling none of whose words matches a query
        # word as well as `floor` scores below it word by word, so once `limit` nodes score `floor` or more the rest
        # cannot enter (a common word's weaker matches hold thousands of spellings: "binh" matches "minh", "linh").
        # (When few spellings hold a matching word, all of them at once.)
        floor, step = scoring.strongest if scoring.postings > ALL_AT_ONCE else None, FLOOR_STEP / 2

        def is_wanted(i: int) -> bool:
            return wanted is None or self._refs[self._spellings[i].node_id].kind in wanted

        while True:
            for index, score in scoring.scores_from(floor).items():
                spelling = self._spellings[index]
                if wanted is not None and self._refs[spelling.node_id].kind not in wanted:
                    continue
                seen = best.get(spelling.node_id)
                if seen is None or (score, spelling.is_name, -index) > (seen[0], seen[1], -seen[2]):
                    best[spelling.node_id] = (score, spelling.is_name, index)
            # The score of the `limit`-th node, without ranking every match.
            kept = heapq.nlargest(limit, best.values())[-1][0] if len(best) >= limit else None
            # The floor need not fall below the score `limit` nodes reach as the whole strings scored so far, nor below
            # the lowest score search returns.
            lowest = scoring.reached_whole(limit, is_wanted)
            if floor is None or floor <= lowest or (kept is not None and kept >= floor):
                break
            # Fewer than `limit` nodes reach the floor: lower it by as much as lowers what each query word needs by
            # FLOOR_STEP, then twice that, and so on, down to `lowest` (three common words of a name, "Nguyễn Văn ...",
            # hold thousands of spellings between them, of which few score high).
            if kept is not None:
                floor = kept
            else:
                step *= 2
                floor = max(floor - step / scoring.words, lowest)
        # The first `limit` in rank order without sorting every match.
        top = heapq.nsmallest(limit, best, key=rank)
        return [
            Match(
                node=self._refs[node_id],
                score=round(best[node_id][0], 1),
                matched=self._spellings[best[node_id][2]].text,
            )
            for node_id in top
        ]

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


class _Scoring:
    """A query's scores against an index's spellings: each spelling's better of two, as a whole string (rapidfuzz's
    QRatio, in C) and word by word (per query word, the best matching word of the spelling; their mean, weighed by
    how much of the spelling matched). Both are worked out only for the spellings that can reach a given score
    (`scores_from`: whole strings of the lengths that can, word scores of the spellings the bounds let through), each
    spelling once."""

    def __init__(self, index: NameIndex, query: str) -> None:
        self._spellings = index._spellings
        self._by_word = index._by_word
        self._index, self._query = index, query
        self._whole: dict[int, float] = {}  # the whole-string scores from SUGGEST_SCORE up, of the lengths scored
        self._lengths_scored: tuple[int, int] | None = None  # the shortest and longest spellings scored as wholes
        self._keys = index._keys
        self._hits: list[dict[str, float]] = []
        for word in (w for part in query.split() for w in _NOT_ALNUM.split(part) if w):
            lo = bisect_left(index._word_lengths, int(len(word) * 0.53))
            hi = bisect_right(index._word_lengths, int(len(word) * 1.86) + 1)
            words = index._words[lo:hi]
            found = process.extract(word, words, scorer=fuzz.ratio, score_cutoff=WORD_SCORE, limit=None)
            self._hits.append({w: score for w, score, _ in found})
        self._matching: set[str] = set().union(*self._hits)  # every word that matches some query word
        self._best = [max(hits.values(), default=0.0) for hits in self._hits]  # each query word's best match
        self._sizes = index._sizes
        self._scored: set[int] = set()
        self._best_of: list[dict[int, float]] | None = None  # per query word: per spelling, its best match's score
        self._covered: Counter[int] = Counter()  # per spelling, how many of its words match
        self._matched: Counter[int] | None = None  # per spelling, how many query words it holds a match for
        self._at_least: dict[int, set[int]] = {}
        # Per query word: its matching words from the best down, the spellings holding the first `_added` of them.
        self._ranked = [sorted(((score, w) for w, score in hits.items()), key=lambda h: -h[0]) for hits in self._hits]
        self._held: list[set[int]] = [set() for _ in self._hits]
        self._added = [0 for _ in self._hits]

    @property
    def strongest(self) -> float | None:
        """The highest score a spelling may reach word by word (None: no word matches, only whole spellings may)."""
        return sum(self._best) / len(self._hits) if self._matching else None

    def reached_whole(self, limit: int, wanted: Callable[[int], bool]) -> float:
        """The score `limit` nodes reach as whole strings, by the spellings `wanted` (SUGGEST_SCORE if fewer do)."""
        nodes: set[str] = set()
        for i in sorted(self._whole, key=self._whole.__getitem__, reverse=True):
            if wanted(i):
                nodes.add(self._spellings[i].node_id)
                if len(nodes) == limit:
                    return self._whole[i]
        return SUGGEST_SCORE

    @property
    def postings(self) -> int:
        """How many spellings hold a matching word (counted once per word they hold)."""
        return sum(len(self._by_word[w]) for w in self._matching)

    @property
    def words(self) -> int:
        return len(self._hits)

    def scores_from(self, floor: float | None) -> dict[int, float]:
        """The scores, not given before, of every spelling that may score `floor` or more, as a whole or word by word
        (None: every spelling matched as a whole or holding a matching word)."""
        self._score_whole(SUGGEST_SCORE if floor is None else floor)
        if floor is None:
            fresh = set(self._whole).union(*(self._by_word[w] for w in self._matching)) - self._scored
        else:
            whole = (i for i, score in self._whole.items() if score >= floor)
            fresh = self._reaching(floor).union(whole) - self._scored
        self._scored |= fresh
        by_words = self._word_scores(fresh)
        scores: dict[int, float] = {}
        for i in fresh:
            score = self._whole_of(i)
            word_score = by_words[i]
            if word_score >= SUGGEST_SCORE and word_score > score:
                score = word_score
            if score >= SUGGEST_SCORE:
                scores[i] = score
        return scores

    def _score_whole(self, floor: float) -> None:
        """Score as whole strings (rapidfuzz's QRatio, in C) the spellings not scored yet whose length lets them reach
        `floor`: QRatio is 200 * their longest common subsequence over the two lengths, so a spelling l long reaches F
        against a query q long only if l is within q * F / (200 - F) and q * (200 - F) / F (a third and three times
        q at SUGGEST_SCORE); a high floor scores a few lengths, and each lowering the lengths it adds."""
        lengths, q = self._index._lengths, len(self._query)
        shortest = max(int(q * floor / (200 - floor)), -(-q // 3))  # rounded outwards: no spelling is missed
        longest = min(-int(-q * (200 - floor) // floor), 3 * q)
        if self._lengths_scored is None:
            added = [(shortest, longest)]
        else:
            done_shortest, done_longest = self._lengths_scored
            shortest, longest = min(shortest, done_shortest), max(longest, done_longest)
            added = [(shortest, done_shortest - 1), (done_longest + 1, longest)]
        for short, long in added:
            lo, hi = bisect_left(lengths, short), bisect_right(lengths, long)
            if lo < hi:
                keys, order = self._index._keys_by_length[lo:hi], self._index._by_length[lo:hi]
                found = process.extract(self._query, keys, scorer=fuzz.QRatio, score_cutoff=SUGGEST_SCORE, limit=None)
                self._whole.update({order[i]: score for _, score, i in found})
        self._lengths_scored = (shortest, longest)

    def _whole_of(self, i: int) -> float:
        """Spelling i's whole-string score, also when its length is not scored yet (a spelling let through by its
        words whose whole string cannot reach the floor may still beat its word score)."""
        shortest, longest = self._lengths_scored or (0, -1)
        key = self._keys[i]
        if shortest <= len(key) <= longest:
            return self._whole.get(i, 0.0)
        return fuzz.QRatio(self._query, key, score_cutoff=SUGGEST_SCORE)

    def _word_scores(self, spellings: set[int]) -> dict[int, float]:
        """The word scores of these spellings: one by one in Python while they are few; else all at once, each step a
        C loop over them (`map`), from what was counted once over the postings: per query word, each spelling's best
        matching word (dict.fromkeys from the lowest score up), and per spelling how many of its words match. The
        same floats either way: a query word a spelling does not match adds 0.0 to its sum."""
        if len(spellings) <= ONE_BY_ONE:
            return {i: self._word_score(i) for i in spellings}
        if self._best_of is None:
            self._best_of = []
            for hits in self._hits:
                top: dict[int, float] = {}
                for found, score in sorted(hits.items(), key=lambda hit: hit[1]):
                    top.update(dict.fromkeys(self._by_word[found], score))
                self._best_of.append(top)
            self._covered = Counter(chain.from_iterable(self._by_word[w] for w in self._matching))
        ids = list(spellings)
        sums = map(sum, zip(*(map(top.get, ids, repeat(0.0)) for top in self._best_of), strict=True))
        shares = map(truediv, map(self._covered.__getitem__, ids), map(self._sizes.__getitem__, ids))
        weights = map(add, repeat(0.9), map(mul, repeat(0.1), shares))
        return dict(zip(ids, map(mul, map(truediv, sums, repeat(len(self._hits))), weights), strict=True))

    def _reaching(self, floor: float) -> set[int]:
        """A spelling's word score is at most the sum of its query words' best matches over their number n, so to reach
        `floor` its matches may fall short of the query words' best by `slack` = (their sum) - floor * n in all (the
        margin keeps a spelling whose float sum ties the floor). Two bounds follow, each worked out in C: the match of
        query word i must be at least its best - slack (the postings of its strong enough words, intersected); and a
        query word none of the spelling's words matches falls short by all of its best, so a spelling may miss only as
        many query words as the smallest bests fit in the slack (how many query words each spelling matches, counted
        over the postings: a typo'd long Lao name's five syllables each match thousands of spellings weakly, few of
        which hold four of them)."""
        n, total = len(self._hits), sum(self._best)
        slack = total - floor * n + 1e-6
        holding = [self._holding(q, best - slack) for q, best in enumerate(self._best) if best > slack]
        reaching = set.intersection(*holding) if holding else None
        must = n - self._may_miss(slack)  # how many query words a spelling must match
        if must > len(holding) and reaching is not None and len(reaching) <= COUNTED_FROM:
            # Few spellings: each matches the query words it holds postings for, and must match enough of the others.
            free = [hits.keys() for hits, best in zip(self._hits, self._best, strict=True) if best <= slack]
            least = must - len(holding)
            words = self._spellings
            reaching = {i for i in reaching if sum(not w.isdisjoint(words[i].words) for w in free) >= least}
        elif must > len(holding):
            enough = self._matching_at_least(must)
            reaching = enough if reaching is None else reaching.intersection(enough)
        if reaching is None:
            return set().union(*(self._by_word[w] for w in self._matching))
        return reaching

    def _may_miss(self, slack: float) -> int:
        """How many query words a spelling may lack a match for and still fall short by no more than `slack`."""
        missed, short = 0, 0.0
        for best in sorted(self._best):
            short += best
            if short > slack:
                break
            missed += 1
        return missed

    def _matching_at_least(self, must: int) -> set[int]:
        """The spellings holding a matching word for at least `must` query words (a Counter over each query word's
        spellings, in C; counted once, each `must` selected once)."""
        if self._matched is None:
            spellings_of = (set().union(*(self._by_word[w] for w in hits)) for hits in self._hits)
            self._matched = Counter(chain.from_iterable(spellings_of))
        if must not in self._at_least:
            self._at_least[must] = {i for i, matched in self._matched.items() if matched >= must}
        return self._at_least[must]

    def _holding(self, q: int, need: float) -> set[int]:
        """The spellings holding a word that matches query word q with `need` or more. Asked with a need that only
        falls, so the set grows from where it was: each posting is added once."""
        ranked, held = self._ranked[q], self._held[q]
        while self._added[q] < len(ranked) and ranked[self._added[q]][0] >= need:
            held.update(self._by_word[ranked[self._added[q]][1]])
            self._added[q] += 1
        return held

    def _word_score(self, i: int) -> float:
        words = self._spellings[i].words
        if self._matching.isdisjoint(words):
            return 0.0
        # Per query word that some word of the spelling matches, the best of them, in the query's order.
        parts = [max(hits[w] for w in words if w in hits) for hits in self._hits if not hits.keys().isdisjoint(words)]
        share = len(self._matching.intersection(words)) / len(words)
        # Matching two words of a ten-word agency name is weaker than matching a two-word province.
        return sum(parts) / len(self._hits) * (0.9 + 0.1 * share)


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
