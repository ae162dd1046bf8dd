"""A story's near tie decided by the short question asked after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.match_result import CLOSE_GAP, MatchResult

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

# How far below the story's first reading another one is still a tie: the matcher's own close
# tie (a single message that close is asked back).
GAP = CLOSE_GAP
# How far down the question's own ranking a near tie may be and still be chosen by it.
READINGS = 12


def question_decides(matcher: Matcher, question: str, story: MatchResult) -> MatchResult:
    """The story's reading with its near ties ordered by the question alone: the story says
    what the conversation is about, the question what it asks ("masih dapet santunan?"
    after a death with BPU arrears is the lapsed membership, which the story and the
    question tie with the JKM benefit; "jkp nya brp?" after a PHK is the JKP amount, not the
    claim deadline the story's "bulan lalu" leans to). The story as it is when no near tie is
    among the question's own readings."""
    best = story.best
    if best is None or story.outcome not in ("answer", "suggest"):
        return story
    close = [c for c in story.candidates if c.score >= best.score - GAP]
    if len(close) < 2:
        return story
    query = matcher.query_tokens(question)[1]
    order = {c.entry_id: i for i, c in
             enumerate(matcher.rank_message(question, query, READINGS))}
    known = [c for c in close if c.entry_id in order]
    if not known:
        return story
    pick = min(known, key=lambda c: order[c.entry_id])
    if pick is best:
        return story
    rest = tuple(c for c in story.candidates if c is not pick)
    return MatchResult(story.outcome, (pick, *rest), tokens=story.tokens, others=story.others)
