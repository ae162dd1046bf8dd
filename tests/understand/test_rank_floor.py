"""Ranking a message exactly only from RANK_FLOOR changes no decision of the matcher."""

from __future__ import annotations

import bot.understand.matcher as matcher_module
from bot.content.store import build_content
from bot.staff.regression import load_labelled
from bot.understand.match_result import SUGGEST_SCORE
from bot.understand.matcher import CLOSE_GAP, RANK_FLOOR
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


def test_the_floor_sits_below_every_score_a_decision_reads():
    # "did you mean" from SUGGEST_SCORE; a tie is judged within CLOSE_GAP under the best.
    assert RANK_FLOOR < SUGGEST_SCORE - CLOSE_GAP


def test_decisions_are_the_same_with_and_without_the_floor(monkeypatch):
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    matcher = content.matcher
    questions = [c.question for c in load_labelled(FAQ_DIR / "tests", set(content.faq.entries))[0]]

    def decisions():
        matcher._correct.cache_clear()
        matcher.normalizer.tokens.cache_clear()
        out = []
        for q in questions:
            r = matcher.match(q)
            out.append((r.outcome,
                        [(c.entry_id, round(c.score, 6)) for c in r.candidates
                         if c.score >= SUGGEST_SCORE],
                        [c.entry_id for c in (*r.alternatives, *r.others)]))
        return out

    floored = decisions()
    monkeypatch.setattr(matcher_module, "RANK_FLOOR", 0.0)
    assert decisions() == floored
