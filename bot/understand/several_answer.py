"""A message with several asking clauses: answer its main question, offer the others as buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand import decision, second_look, several
from bot.understand.match_result import Candidate, MatchResult
from bot.understand.several import MAX_OTHERS

if TYPE_CHECKING:
    from bot.understand.clauses import Clause
    from bot.understand.matcher import Matcher


def main_answer(matcher: Matcher, text: str, query: tuple[str, ...], parts: list[Clause],
                asking: list[Clause], limit: int
                ) -> tuple[MatchResult | None, list[Candidate]]:
    """The reply when one of several questions leads (or None), and each question's entry."""
    if len(asking) < 2:
        return None, []
    asked_words = several.clause_entries(matcher, text, query, parts, asking)
    words = {a.candidate.entry_id: a.words for a in asked_words}
    asked = [a.candidate for a in asked_words]
    main = several.leading([a.candidate for a in asked_words if not a.reread], words)
    if not main:
        return None, asked
    rest = [c for c in asked if c not in main[:1]]
    disputed = second_look.main_disputed(matcher, text, query, main[0])
    if disputed is not None:  # the whole message says otherwise: ask (second_look.py)
        return MatchResult("suggest", second_look.first_of(
            disputed, (main[0], *rest), limit), tokens=query), asked
    decision.record(matcher, text, "answer", query, main, words[main[0].entry_id],
                    len(parts), True)
    return MatchResult("answer", main[:1], tokens=query,
                       others=tuple(rest[:MAX_OTHERS])), asked
