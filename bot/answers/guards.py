"""When a reading joined to the conversation gives way to the message alone, or wins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.match_result import ALTERNATIVE_GAP, Candidate, MatchResult

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.matcher import Matcher


def own_agency(matcher: Matcher, text: str, alone: MatchResult) -> bool:
    """The message names another agency (facets.yaml `other_agencies`) and alone is answered
    with a referral: it is that agency's business whatever came before ("klo taspen ngurusnya
    dimana?" after the JKM claim), as a single message naming one is (understand/ranking.py)."""
    best = alone.best
    if alone.outcome != "answer" or best is None \
            or matcher.faq.entries[best.entry_id].kind != "redirect":
        return False
    return bool(matcher.agencies_named(matcher.query_tokens(text)[1]))


def weakened(carried: MatchResult, alone: MatchResult) -> bool:
    """The words carried over read the message more than ALTERNATIVE_GAP below its own
    answer: they do not fit it, it says what it is about ("klo pesangon sy blm dibayar kantor
    lapor kmn?" after the JHT claim is the labour office, not JHT with the office's words)."""
    return (alone.outcome == "answer" and alone.best is not None and carried.best is not None
            and carried.best.score < alone.best.score - ALTERNATIVE_GAP)


def again(story: MatchResult, previous: Entry | None, mine: list[Candidate]) -> bool:
    """The story's reading is the answer just given, more than ALTERNATIVE_GAP ahead of its
    first reading the question allows (or of none): the question asks about it again."""
    best = story.best
    return (story.outcome == "answer" and best is not None and previous is not None
            and best.entry_id == previous.id
            and (not mine or best.score - mine[0].score > ALTERNATIVE_GAP))
