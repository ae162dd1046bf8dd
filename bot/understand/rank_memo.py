"""Rankings shared within one `Matcher.match`: the same words are not ranked twice.

A story with one question ranks its asking clause twice when it is answered: to check that the
story did not choose the answer (second_look.story_led, no floor) and to offer the question's
own entry as a button (several.clause_entries, from BUTTON_SCORE). Both ask for the same words,
facets and emphasis; the second is served from the first. Held for one message only (a
context variable, so concurrent messages never share one), never across messages.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.understand.facets import EMPTY, FacetSet
from bot.understand.message_memo import memo as _memo
from bot.understand.message_memo import once, scoped  # noqa: F401  (once: public here)

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.understand.match_result import Candidate, MatchResult

    Rows = list[Candidate]


@dataclass
class RankState:
    """What a ranking of one message's words, facets, emphasis and weight cap computed that
    holds for any limit and floor: a later ranking of the same (more rows, a lower floor)
    starts from it (Matcher.rank, ranking.rank)."""

    weighed: tuple[Any, ...] | None = None  # weighing.weigh's word weights
    setup: tuple[Any, ...] | None = None  # entry sums, entry parts, entry bounds
    order: list[int] | None = None  # entries by bound, highest first
    ratios: dict[int, float] = field(default_factory=dict)  # probed phrasings' fuzzy ratios


def per_message(match: Callable[..., MatchResult]) -> Callable[..., MatchResult]:
    """`Matcher.match` with a memo of its rankings (and readings: message_memo.py) for the
    time of the call."""
    return scoped(match)


def shared(rank: Callable[..., Rows]) -> Callable[..., Rows]:
    """`Matcher.rank`, answered from an earlier ranking of the same message when one holds
    what is asked: the same words, facets, emphasis and weight cap, at least as many rows
    (`rank(q)[:n]` is `rank(q, n)`), a floor no higher (rows from a floor up are exact, and
    rows below it may come back either way: callers compare)."""

    @functools.wraps(rank)
    def memoised(self: object, query: tuple[str, ...], limit: int | None = None,
                 facets: FacetSet = EMPTY, emphasis: frozenset[str] = frozenset(),
                 weight_cap: float | None = None, min_score: float = 0.0) -> Rows:
        memo = _memo.get()
        if memo is None:  # outside match(): follow-ups, pointing, tests
            return rank(self, query, limit, facets, emphasis, weight_cap, min_score)
        key = (self, query, facets, emphasis, weight_cap)
        found = memo.get(key)
        if found is None:
            found = memo[key] = ([], RankState())
        done, held = found
        for had_limit, had_floor, rows in done:
            if had_floor <= min_score and (had_limit is None or (
                    limit is not None and limit <= had_limit)):
                return rows[:limit] if limit is not None else list(rows)
        # Otherwise ranked again, from what the earlier rankings computed that holds for any
        # limit and floor (their weights, entry parts and bounds, fuzzy ratios).
        rows = rank(self, query, limit, facets, emphasis, weight_cap, min_score, held=held)
        done.append((limit, min_score, rows))
        return list(rows)

    return memoised
