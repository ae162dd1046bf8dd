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
