"""A later question naming no program or asker of its own, read within the message's.

"sy baru jadi HRD ... apa aja kewajiban perusahaan? dan batas bayar tiap bulan kapan?": the
later question names neither the employer nor a program, and its own words find the informal
worker's deadline (iuran-bpu-jatuh-tempo). Read with the program named before it and the
message's asker in the words a follow-up borrows (faq/facets.yaml `audience_words`, as
bot/answers/context.py does across messages), it finds the employer's deadline. That reading
is offered as a button only (several.clause_entries), and only when it is one of the question's
own close readings: the message's words steer among them, never to a topic of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# The carried reading is one of the question's OWN_RANKS best, from BUTTON_SCORE and at most
# OWN_GAP under its best: several.py's next-reading bounds.
from bot.understand.match_result import (
    BUTTON_SCORE,
    OWN_GAP,
    OWN_RANKS,
    PROGRAM_TOKENS,
    Candidate,
)
from bot.understand.weighing import rank_among

if TYPE_CHECKING:
    from bot.understand.facets import FacetSet
    from bot.understand.matcher import Matcher


def carried_words(matcher: Matcher, text: str, said: tuple[str, ...],
                  own: frozenset[str]) -> tuple[str, ...]:
    """The programs named before a question (`said`) when it names none (`own`, its words),
    and the message's (`text`) askers' words when it names no asker."""
    words = [] if any(t in PROGRAM_TOKENS for t in own) else [
        t for t in said if t in PROGRAM_TOKENS]
    if not matcher.facets.read_tokens(tuple(own))[1]:
        asker = matcher.facets.audience_words  # faq/facets.yaml `audience_words`
        words += [asker[a] for a in sorted(matcher.facets.read(text)[1]) if a in asker]
    return tuple(dict.fromkeys(words))


def carried_reading(matcher: Matcher, text: str, said: tuple[str, ...], own: frozenset[str],
                    query: tuple[str, ...], facets: FacetSet, emphasis: frozenset[str],
                    best: Candidate) -> Candidate | None:
    """A later question's best entry read with the words carried to it (`carried_words`),
    when another than its own `best` and among its own close readings; else None."""
    carried = carried_words(matcher, text, said, own)
    if not carried:
        return None
    near = [c.entry_id for c in matcher.rank(query, OWN_RANKS, facets, emphasis,
                                             min_score=BUTTON_SCORE)
            if c.score >= max(BUTTON_SCORE, best.score - OWN_GAP)]
    if len(near) < 2:
        return None
    # The carried words weigh as the question's own (a short one holds the words told before
    # it already, unweighted): they say what it is about. Only the close readings are ranked.
    ranked = rank_among(matcher, (*query, *(t for t in carried if t not in query)), near,
                        facets, emphasis | frozenset(carried))
    if not ranked or ranked[0].score < BUTTON_SCORE or ranked[0].entry_id == best.entry_id:
        return None
    return ranked[0]
