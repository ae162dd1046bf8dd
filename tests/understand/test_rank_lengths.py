"""Entry bounds lowered by text lengths (ranking.tighter) change no match result."""

from __future__ import annotations

import bot.understand.ranking as ranking
from bot.content.store import build_content
from bot.staff.regression import ENGLISH_DIR, load_labelled
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR
from tests.understand.match_outputs import match_outputs


def test_ratio_cap_bounds_the_ratio():
    assert ranking.ratio_cap(10, 10, 40) == 1.0
    assert ranking.ratio_cap(100, 10, 20) == 1 - 80 / 120
    assert ranking.ratio_cap(5, 10, 20) == 1 - 5 / 15


def test_same_results_with_and_without_the_length_bound(monkeypatch):
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False)
    ids = set(content.faq.entries)
    for matcher, tests in ((content.matcher, FAQ_DIR / "tests"),
                           (content.matcher_en, FAQ_DIR / "tests" / ENGLISH_DIR)):
        questions = [c.question for c in load_labelled(tests, ids)[0]]
        called = []
        real = ranking.tighter
        monkeypatch.setattr(ranking, "tighter",
                            lambda *a: called.append(1) or real(*a))  # noqa: B023
        tightened = match_outputs(matcher, questions)
        assert called  # the length bound was used
        monkeypatch.setattr(ranking, "tighter", lambda m, q_len, entries, *_: entries)
        assert match_outputs(matcher, questions) == tightened
