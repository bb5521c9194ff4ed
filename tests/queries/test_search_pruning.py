"""Search scores only the spellings that can reach its top (queries.resolve._Scoring); its answers are those of
scoring every spelling, checked against that exhaustive scoring on a crowd of names that share their words."""

from __future__ import annotations

import functools
import random
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from graph.names import fold
from graph.schema import Node, NodeKind
from queries.resolve import _KIND_ORDER, _NOT_ALNUM, SUGGEST_SCORE, WORD_SCORE, Match, NameIndex, _Scoring

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Ngọc", "Thanh"]
GIVEN = ["An", "Bình", "Minh", "Linh", "Hùng", "Hương", "Phương", "Dũng", "Thịnh", "Ninh", "Nam", "Lan", "Biên"]
PLACES = ["Quảng Trị", "Quảng Ngãi", "Quảng Nam", "Điện Biên", "Ninh Bình", "Hà Nam", "Nghệ An", "Khăm Muồn"]
SYLLABLES = ["Kẹo", "Sổm", "Ly", "Xa", "Phay", "Bun", "Kham", "Đa", "Vắt", "Xay", "Xủ", "Mạ", "Vông", "Phon"]
HEADS = ["Hội nghị", "Hội thảo", "Sở Khoa học và Công nghệ tỉnh", "Ủy ban nhân dân tỉnh", "Đoàn công tác"]


def crowd(seed: int) -> list[Node]:
    """Officials, places, bodies and meetings whose names share a few common words, as a large archive's do."""
    rng = random.Random(seed)
    nodes = [Node(id=f"province:VN-p{i}", kind=NodeKind.PROVINCE, name=p) for i, p in enumerate(PLACES)]
    for i in range(600):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        nodes.append(Node(id=f"person:p{i}", kind=NodeKind.PERSON, name=name))
    for i in range(400):  # Lao names: hyphenated syllables, few of them, shared by everyone
        name = " ".join("-".join(rng.sample(SYLLABLES, rng.randint(1, 3))) for _ in range(2))
        nodes.append(Node(id=f"person:l{i}", kind=NodeKind.PERSON, name=name))
    for i in range(300):
        head, place = rng.choice(HEADS), rng.choice(PLACES)
        kind, prefix = (NodeKind.ORGANIZATION, "org") if head.startswith(("Sở", "Ủy")) else (NodeKind.EVENT, "event")
        name = f"{head} {place}" + (f" {2000 + i % 25}-0{1 + i % 9}-1{i % 10}" if kind is NodeKind.EVENT else "")
        nodes.append(Node(id=f"{prefix}:n{i}", kind=kind, name=name, aliases=[f"{place} {i}"] if i % 7 == 0 else []))
    return nodes


def word_scores(index: NameIndex, query: str) -> dict[int, float]:
    """Every spelling's word score: per query word, the best ratio of the spelling's words to it (from WORD_SCORE up),
    their mean weighed by the share of the spelling's words that match any query word."""
    hits = []
    for word in (w for part in query.split() for w in _NOT_ALNUM.split(part) if w):
        found = process.extract(word, sorted(index._by_word), scorer=fuzz.ratio, score_cutoff=WORD_SCORE, limit=None)
        hits.append({w: s for w, s, _ in found})
    matching = set().union(*hits)
    scores = {}
    for i, spelling in enumerate(index._spellings):
        if not matching.isdisjoint(spelling.words):
            parts = [max(h[w] for w in spelling.words if w in h) for h in hits if set(h) & spelling.words]
            share = len(matching & spelling.words) / len(spelling.words)
            scores[i] = sum(parts) / len(hits) * (0.9 + 0.1 * share)
    return scores


def every_spelling_scored(index: NameIndex, text: str, kinds: set[NodeKind] | None, limit: int) -> list[Match]:
    """Search as it was before it pruned: every spelling scored as a whole and word by word."""
    query = fold(text)
    scores = {
        i: s
        for _, s, i in process.extract(query, index._keys, scorer=fuzz.QRatio, score_cutoff=SUGGEST_SCORE, limit=None)
    }
    for i, score in word_scores(index, query).items():
        if score >= SUGGEST_SCORE and score > scores.get(i, 0.0):
            scores[i] = score
    best: dict[str, tuple[float, bool, int]] = {}
    for i, score in scores.items():
        spelling = index._spellings[i]
        if kinds is not None and index._refs[spelling.node_id].kind not in kinds:
            continue
        seen = best.get(spelling.node_id)
        if seen is None or (score, spelling.is_name, -i) > (seen[0], seen[1], -seen[2]):
            best[spelling.node_id] = (score, spelling.is_name, i)
    ranked = sorted(
        best,
        key=lambda n: (
            -best[n][0],
            not best[n][1],
            _KIND_ORDER[index._refs[n].kind],
            index._folded[n],
            n,
        ),
    )
    return [
        Match(node=index._refs[n], score=round(best[n][0], 1), matched=index._spellings[best[n][2]].text)
        for n in ranked[:limit]
    ]


def queries(seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [w for name in (*FAMILY, *MIDDLE, *GIVEN, *PLACES, *HEADS, *SYLLABLES) for w in name.split()]
    asked = [rng.choice(words) for _ in range(40)]
    asked += [" ".join(rng.sample(words, rng.randint(2, 4))) for _ in range(40)]
    asked += [f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" for _ in range(20)]
    typos = [q[:i] + q[i + 1 :] for q in asked[:30] for i in [rng.randrange(len(q))]]
    lao = ["-".join(rng.sample(SYLLABLES, rng.randint(2, 4))) for _ in range(30)]
    return asked + typos + lao + ["Kẹo-sổm-ly", "Quang Tri", "binh", "nguyen van", "so khoa hoc", "xyz", "a"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_search_answers_as_if_every_spelling_were_scored(seed: int) -> None:
    index = NameIndex(crowd(seed))
    for text in queries(seed):
        for kinds, limit in ((None, 20), ({NodeKind.PERSON}, 10), (None, 3), ({NodeKind.EVENT, NodeKind.PROVINCE}, 20)):
            assert index.search(text, kinds, limit) == every_spelling_scored(index, text, kinds, limit), (text, kinds)


def test_the_crowd_holds_many_spellings_per_common_word() -> None:
    """The check above means something only if common words match hundreds of spellings."""
    by_word: dict[str, int] = defaultdict(int)
    for spelling in NameIndex(crowd(1))._spellings:
        for word in spelling.words:
            by_word[word] += 1
    assert max(by_word.values()) > 100


LAO_SYLLABLES = [*SYLLABLES, "Bua", "Khăn", "Vi", "Thạ", "Sẻng", "La", "Chăn", "Su", "Pha", "Lạt", "Phăn", "Một"]


@functools.cache
def lao_crowd(seed: int) -> NameIndex:
    """Officials with long Lao names made of a few shared syllables, beside the crowd above: each syllable is held by
    hundreds of spellings, so a long name typed with a letter dropped matches most of them weakly."""
    rng = random.Random(seed)
    nodes = crowd(seed)
    for i in range(1200):
        parts = ["-".join(rng.choices(LAO_SYLLABLES, k=rng.randint(1, 4))) for _ in range(2)]
        nodes.append(Node(id=f"person:lao{i}", kind=NodeKind.PERSON, name=" ".join(parts)))
    return NameIndex(nodes)


@st.composite
def typed_names(draw: st.DrawFn) -> str:
    """A name as a user types it: a few syllables, hyphenated or not, maybe without diacritics, maybe a letter short."""
    parts = draw(
        st.lists(st.lists(st.sampled_from(LAO_SYLLABLES + GIVEN), min_size=1, max_size=4), min_size=1, max_size=3)
    )
    text = " ".join(draw(st.sampled_from(["-", ""])).join(part) for part in parts)
    if draw(st.booleans()):
        text = fold(text)
    if len(text) > 2 and draw(st.booleans()):
        i = draw(st.integers(0, len(text) - 1))
        text = text[:i] + text[i + 1 :]
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 3),
    typed_names(),
    st.sampled_from([None, frozenset({NodeKind.PERSON}), frozenset({NodeKind.EVENT, NodeKind.PROVINCE})]),
    st.integers(1, 25),
)
def test_a_typed_long_name_is_answered_as_if_every_spelling_were_scored(
    seed: int, text: str, kinds: frozenset[NodeKind] | None, limit: int
) -> None:
    index = lao_crowd(seed)
    wanted = set(kinds) if kinds else None
    assert index.search(text, wanted, limit) == every_spelling_scored(index, text, wanted, limit)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 3), typed_names(), st.floats(SUGGEST_SCORE, 100.0))
def test_the_spellings_a_floor_lets_through_are_those_that_may_reach_it(seed: int, text: str, floor: float) -> None:
    """Every spelling whose word score reaches the floor is let through; and none that lacks a match for more of the
    query's words than could be missed and still reach it (a five-syllable name's weak matches of one syllable are
    never scored)."""
    index = lao_crowd(seed)
    query = fold(text)
    scores = word_scores(index, query)
    scoring = _Scoring(index, query)
    through = scoring._reaching(floor)
    assert {i for i, score in scores.items() if score >= floor} <= through
    # A spelling matching none of a query word's matches falls short by all of that word's best: the cheapest misses
    # must fit in the slack.
    hits = [hits.keys() for hits in scoring._hits]
    bests = sorted(scoring._best)
    slack = sum(bests) - floor * len(hits) + 1e-6
    for i in through:
        missed = sum(1 for matches in hits if matches.isdisjoint(index._spellings[i].words))
        assert sum(bests[:missed]) <= slack, (index._spellings[i].text, missed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 3), typed_names(), st.lists(st.floats(SUGGEST_SCORE, 100.0), min_size=1, max_size=4))
@example(0, "Phăn-La Chăn", [65.0])  # "phay-phan-ly-phan" let through by its words, scored whole on its own
def test_each_spelling_is_scored_as_the_better_of_its_whole_string_and_its_words(
    seed: int, text: str, floors: list[float]
) -> None:
    """As the floor falls, every spelling that reaches it is given, once, the better of its two scores: also one let
    through by its words whose whole string is longer or shorter than those scored whole so far."""
    index = lao_crowd(seed)
    query = fold(text)
    whole = process.extract(query, index._keys, scorer=fuzz.QRatio, score_cutoff=SUGGEST_SCORE, limit=None)
    expected = {i: score for _, score, i in whole}
    for i, score in word_scores(index, query).items():
        if score >= SUGGEST_SCORE and score > expected.get(i, 0.0):
            expected[i] = score
    scoring, given_so_far = _Scoring(index, query), {}
    for floor in sorted(floors, reverse=True):
        scores = scoring.scores_from(floor)
        assert given_so_far.keys().isdisjoint(scores)
        given_so_far |= scores
        assert {i: expected[i] for i in given_so_far} == given_so_far
        assert {i for i, score in expected.items() if score >= floor} <= given_so_far.keys()
