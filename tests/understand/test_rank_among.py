"""`weighing.rank_among` (several.capped_ties) gives exactly the whole ranking's rows of the
entries asked about, in the whole ranking's order, ties at the 100 cap included."""

from __future__ import annotations

import random

from bot.content.faqbase import load_faq
from bot.staff.regression import load_labelled
from bot.understand.matcher import Matcher
from bot.understand.weighing import rank_among
from tests.conftest import FAQ_DIR


def test_rank_among_is_the_whole_ranking_filtered_to_the_entries_asked():
    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    cases, _ = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    rng = random.Random(16)
    ids = list(faq.entries)
    checked = capped = 0
    for case in cases:
        _, query = matcher.query_tokens(case.question)
        facets = matcher.facets.read(case.question)
        full = matcher.rank(query, None, facets)
        if not full:
            assert rank_among(matcher, query, ids[:3], facets) == []
            continue
        ranked = [c.entry_id for c in full]
        tied = [c.entry_id for c in full if c.score >= 100.0]
        # the head, a random pick (asked in any order), ties at the cap, and an id sharing no
        # word with the question or not an entry at all
        picks = [ranked[:3], rng.sample(ranked, min(len(ranked), rng.randint(1, 6))), tied,
                 [*rng.sample(ranked, 1), *(e for e in ids if e not in ranked)][:3],
                 [ranked[-1], "no-such-entry"]]
        for pick in picks:
            wanted = set(pick)
            assert rank_among(matcher, query, pick, facets) == \
                [c for c in full if c.entry_id in wanted], (case.question, pick)
        checked += 1
        capped += len(tied) > 1
    assert checked > 500
    assert capped > 1  # orders of entries tied at the cap were compared
