"""The entries a message's ranking holds after those already offered ("🔎 Topik lain")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.understand.forwards import reading
from bot.understand.items import itemized
from bot.understand.match_result import MatchResult, fallback_offers

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

# One screen of entry buttons, like a "did you mean" list.
NEXT_COUNT = 4
# The next entries may score below RANK_FLOOR (ranked exactly down to this score here): the
# user asked for other topics. 2026-12-02 (more19): real/tune's right entries reached behind
# the button were 22 from RANK_FLOOR (37), 36 from 30, 42 from 25, and none more below 25.
NEXT_FLOOR = 25.0


def shown_by(result: MatchResult) -> list[str]:
    """The entries a match's reply offers as buttons: a "did you mean" list and its one more,
    an answer with its runners-up and other questions, a fallback's nearest entries."""
    if result.outcome == "suggest":
        return [c.entry_id for c in (*result.candidates, *result.more)]
    if result.outcome == "answer":
        return [c.entry_id for c in (*result.candidates[:1], *result.alternatives,
                                     *result.others)]
    return [c.entry_id for c in fallback_offers(result) or result.candidates[:1]]


def next_entries(matcher: Matcher, text: str, shown: Iterable[str],
                 count: int = NEXT_COUNT) -> list[str]:
    """The next `count` entries of the message's ranking (the one `Matcher.match` ranks, here
    exactly down to NEXT_FLOOR) that are not in `shown`. 2026-12-02 (more19): of real/tune's
    in-scope messages whose right entry was not one tap away, it ranked 5th-10th in 46 of 170."""
    text = itemized(reading(text, matcher.faq.clause_cues))
    query = matcher.query_tokens(text)[1]
    if not query:
        return []
    seen = set(shown)
    ranked = matcher.rank(query, len(seen) + count, matcher.facets.read(text),
                          matcher.emphasis(text, query), min_score=NEXT_FLOOR)
    return [c.entry_id for c in ranked
            if c.entry_id not in seen and c.score >= NEXT_FLOOR][:count]
