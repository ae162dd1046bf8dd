"""Rankings shared within one message (bot/understand/rank_memo.py) change no match result."""

from __future__ import annotations

from bot.staff.regression import ENGLISH_DIR, load_labelled
from bot.understand import rank_memo
from bot.understand.facets import EMPTY
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR
from tests.understand.match_outputs import match_outputs


def test_an_earlier_ranking_serves_only_what_it_holds() -> None:
    calls: list[tuple[tuple[str, ...], int | None, float]] = []
    helds: list[object | None] = []

    def rank(self, query, limit, facets, emphasis, cap, floor, held=None):
        calls.append((query, limit, floor))
        helds.append(held)
        return [f"{query[0]}{i}" for i in range(limit or 5)]

    shared = rank_memo.shared(rank)
    got = []

    def match(self, text, limit):
        for query, n, emphasis, floor in [
                (("x",), 1, frozenset(), 0.0),
                (("x",), 1, frozenset(), 55.0),  # same words, a higher floor: served
                (("x",), 3, frozenset(), 55.0),  # more rows than held: ranked
                (("x",), 2, frozenset(), 60.0),  # served by the three rows
                (("x",), 2, frozenset(), 0.0),  # a lower floor than the three rows': ranked
                (("y",), 1, frozenset(), 55.0),  # other words: ranked
                (("x",), 1, frozenset({"x"}), 55.0)]:  # other emphasis: ranked
            got.append(shared(self, query, n, EMPTY, emphasis, None, floor))
        return None

    rank_memo.per_message(match)(object(), "text", 3)
    assert calls == [(("x",), 1, 0.0), (("x",), 3, 55.0), (("x",), 2, 0.0), (("y",), 1, 55.0),
                     (("x",), 1, 55.0)]
    assert got[1] == ["x0"] and got[3] == ["x0", "x1"]
    # What a ranking holds for any limit and floor is handed to the next of the same key only.
    assert helds[0] is helds[1] is helds[2] and helds[3] is not helds[0]
    assert helds[4] is not helds[0] and helds[4] is not helds[3]
    calls.clear()
    helds.clear()  # outside a match nothing is held: every call ranks
    shared(object(), ("x",), 1, EMPTY, frozenset(), None, 0.0)
    shared(object(), ("x",), 1, EMPTY, frozenset(), None, 0.0)
    assert len(calls) == 2 and helds == [None, None]



def test_same_results_with_and_without_shared_rankings(content, monkeypatch) -> None:
    ids = set(content.faq.entries)
    unshared = Matcher.rank.__wrapped__
    saved = []
    for matcher, tests in ((content.matcher, FAQ_DIR / "tests"),
                           (content.matcher_en, FAQ_DIR / "tests" / ENGLISH_DIR)):
        questions = [c.question for c in load_labelled(tests, ids)[0]]
        counts = []
        for wrap in (rank_memo.shared, lambda f: f):
            ranked: list[int] = []

            def counted(*args, ranked=ranked, **kwargs):
                ranked.append(1)
                return unshared(*args, **kwargs)

            monkeypatch.setattr(Matcher, "rank", wrap(counted))
            results = match_outputs(matcher, questions)
            counts.append((len(ranked), results))
        (with_memo, shared_results), (without, results) = counts
        assert shared_results == results
        saved.append(without - with_memo)
    assert min(saved) >= 0 and sum(saved) > 0  # some ranking was shared (English stories)
