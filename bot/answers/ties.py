"""A follow-up that fits two entries equally, decided by the entry the conversation is on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.match_result import (
    CLOSE_GAP,
    SINGLE_ANSWER_SCORE,
    MatchResult,
    programs_in,
)

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher


def tie_broken(matcher: Matcher, text: str, alone: MatchResult,
               on: str | None) -> MatchResult | None:
    """The answer when the message alone is a close tie that would otherwise be answered
    (matcher.match asks it back) and exactly one of the tied entries is nearest the entry the
    conversation is on (`on`: the last answer, or the first of the list just offered): about
    its program, then sharing most of what it is about and for whom (faq/facets.yaml, causes
    left out: "kalau meninggalnya karena sakit?" after the work-accident death is JKM's
    benefit). None otherwise; a message naming a program is read as it says."""
    if on is None or alone.outcome != "suggest" or not alone.candidates:
        return None
    best = max(c.score for c in alone.candidates)
    tied = [c for c in alone.candidates if c.score > best - CLOSE_GAP]
    if best < SINGLE_ANSWER_SCORE or len(tied) < 2 \
            or programs_in(matcher.query_tokens(text)[1]):
        return None
    entries = matcher.faq.entries
    programs = set(entries[on].programs)
    aspects, audiences = matcher.facets_of(on)
    aspects = aspects - matcher.facets.causes

    def nearness(entry_id: str) -> tuple[bool, int]:
        its_aspects, its_audiences = matcher.facets_of(entry_id)
        return (bool(programs & set(entries[entry_id].programs)),
                len(aspects & its_aspects) + len(audiences & its_audiences))

    ranked = sorted(tied, key=lambda c: nearness(c.entry_id), reverse=True)
    if nearness(ranked[0].entry_id) == nearness(ranked[1].entry_id):
        return None
    rest = tuple(c for c in alone.candidates if c is not ranked[0])
    return MatchResult("answer", (ranked[0], *rest), tokens=alone.tokens)
