"""phrasing_sums.shared_in: per phrasing of the entries asked, the very float `accumulate`
adds over all postings (ranking.rank's bounds and scores rely on it, bit for bit)."""

from __future__ import annotations

import random

from bot.content.faqbase import load_faq
from bot.staff.regression import load_labelled
from bot.understand.matcher import Matcher
from bot.understand.phrasing_sums import SPAN_COST, accumulate, entry_words, shared_in
from tests.conftest import FAQ_DIR


def test_entry_words_hold_each_entrys_postings_in_order():
    matcher = Matcher(load_faq(FAQ_DIR))
    own = entry_words(matcher)
    for word, found in list(matcher._postings.items())[:500]:
        by_entry: dict[int, list[int]] = {}
        for p_idx in found:
            by_entry.setdefault(matcher._phrase_entry[p_idx], []).append(p_idx)
        for e_idx, phrasings in by_entry.items():
            assert own[e_idx][word] == tuple(phrasings)


def test_shared_in_is_accumulate_over_the_entries_phrasings_bit_for_bit():
    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    cases, _ = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    rng = random.Random(16)
    n = len(matcher._entry_ids)
    looked_up = intersected = 0
    for case in rng.sample(cases, 150):
        _, query = matcher.query_tokens(case.question)
        if not query:
            continue
        q_weight = {t: rng.choice((1.0, 3.0)) * matcher._idf.get(t, 2.5) for t in query}
        everything = accumulate(matcher._postings, q_weight)
        for size in (1, 3, 8, 40):
            entries = rng.sample(range(n), size)
            phrasings = set().union(*(matcher._entry_phrasings[e] for e in entries))
            want = {p: s for p, s in everything.items() if p in phrasings}
            got = shared_in(matcher, q_weight, entries)
            assert got == want, (case.question, entries)
            assert all(repr(got[p]) == repr(want[p]) for p in want)
            words = [t for t in q_weight if t in matcher._postings]
            if size * len(words) * SPAN_COST >= sum(len(matcher._postings[t]) for t in words):
                intersected += 1
            else:
                looked_up += 1
    assert looked_up > 100 and intersected > 20  # both ways of summing were compared
