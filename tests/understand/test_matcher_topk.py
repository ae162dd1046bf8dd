"""`Matcher.rank(query, limit)` (used by `match`) returns exactly `rank(query)[:limit]`."""

from __future__ import annotations

import random

from bot.content.faqbase import load_faq
from bot.staff.regression import load_labelled
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR


def test_limited_rank_is_the_head_of_the_full_ranking():
    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    cases, _ = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    questions = [c.question for c in cases]
    words = " ".join(questions).split()
    rng = random.Random(7)
    questions += [" ".join(rng.sample(words, rng.randint(1, 6))) for _ in range(200)]
    checked = 0
    for question in questions:
        _, query = matcher.query_tokens(question)
        full = matcher.rank(query)
        for limit in (1, 2, 3, 5):
            assert matcher.rank(query, limit) == full[:limit], (question, limit)
        checked += len(full) > 3
    assert checked > 100  # most questions had more candidates than the limit


def test_limited_rank_stays_exact_with_emphasis_facets_caps_and_a_floor():
    """The entry bounds that skip hopeless entries hold for every way the matcher ranks: an
    asking clause's words weighed three times, facets, a capped query weight, a score floor."""
    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    cases, _ = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    rng = random.Random(11)
    checked = 0
    for case in rng.sample(cases, 250):
        _, query = matcher.query_tokens(case.question)
        if not query:
            continue
        emphasis = frozenset(rng.sample(query, rng.randint(0, len(query))))
        facets = matcher.facets.read(case.question)
        cap = rng.choice((None, 30.0))
        full = matcher.rank(query, None, facets, emphasis, cap)
        for limit in (1, 3):
            assert matcher.rank(query, limit, facets, emphasis, cap) == full[:limit]
            floor = rng.choice((40.0, 55.0, 63.0))
            floored = matcher.rank(query, limit, facets, emphasis, cap, min_score=floor)
            assert [c for c in floored if c.score >= floor] == \
                [c for c in full[:limit] if c.score >= floor], (case.question, limit, floor)
        checked += len(full) > 3
    assert checked > 100


def test_entries_tied_at_the_cap_are_ordered_by_how_well_they_fit():
    """Two entries both over 100 before the cap: the better fit comes first, not the first met."""
    from types import SimpleNamespace

    from bot.understand import ranking

    index = SimpleNamespace(_entry_ids=["first-met", "better-fit"], _phrase_entry=[0, 1],
                            _phrase_text=["klaim jht", "klaim jht"])
    index._phrase_sorted = ranking.sorted_texts(index._phrase_text)
    prelim = [(0.8, 0), (0.8, 1)]  # the same phrasing score; a perfect ratio makes it 1.0
    out = ranking._score(index, ("klaim", "jht"), prelim, {0: 20.0, 1: 30.0}, None)
    assert [c.score for c in out] == [100.0, 100.0]
    assert [c.entry_id for c in out] == ["better-fit", "first-met"]


def test_the_facet_terms_of_entry_parts_are_facet_adjustment():
    """entry_parts reads the facets from an index of entries per facet; each entry gets
    exactly what facet_adjustment gives its facets, for every way questions ask."""
    from dataclasses import replace

    from bot.understand import ranking
    from bot.understand.facets import EMPTY
    from bot.understand.match_result import Query, programs_in

    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    cases, _ = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    checked = set()
    for case in cases:
        _, query = matcher.query_tokens(case.question)
        facets = matcher.facets.read(case.question)
        opposites = matcher.facets.opposites(facets[0])
        q = Query(frozenset(query), programs_in(query), facets, opposites)
        everyone = dict.fromkeys(range(len(matcher._entry_ids)), 1.0)
        with_facets = ranking.entry_parts(matcher, everyone, 5.0, q)
        without = ranking.entry_parts(matcher, everyone, 5.0, replace(q, facets=EMPTY,
                                                                      opposites=frozenset()))
        for e_idx, part in with_facets.items():
            delta = ranking.facet_adjustment(matcher._entry_facets[e_idx], facets, opposites,
                                             matcher.facets.situations,
                                             matcher.facets.story_writers,
                                             matcher.facets.events,
                                             matcher._facet_groups.sole_aspects)
            assert part == without[e_idx] + delta, (case.question, matcher._entry_ids[e_idx])
            checked.add(delta)
    assert len(checked) > 4  # bonuses and penalties of several kinds were compared
