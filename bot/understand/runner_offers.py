"""The runners-up offered under an answer ("Bukan ini?"): buttons only, never the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.match_result import MAX_ALTERNATIVES, SUGGEST_SCORE, Candidate, MatchResult
from bot.understand.second_look import alien_words

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

# A runner-up up to this many points under the answer (beyond match_result.OFFER_GAP, 15) is
# still offered when it uses a message word naming a program, aspect or audience the answer is
# not about ("JHT baru cair saat 56 tahun, bagaimana jika pekerja telah meninggal?": the answer
# leaves "meninggal" out, the heirs' entry 18 points under it has it) and leaves none such out
# itself. 2026-12-02 (reach21), within the answer's three: real/tune 6 buttons more, 2 right
# (one tap 506 -> 507 of 709); blind dev halves 13, 3 right (1475 -> 1477 of 1551). 17 points
# reach half of it; 25 and 100 add buttons only (+1 / +21), none right.
NAMED_OFFER_GAP = 20.0


def alternatives(m: Matcher, result: MatchResult) -> tuple[Candidate, ...]:
    """The answer's runners-up within OFFER_GAP (MatchResult.alternatives) and, with room
    left, the first one within NAMED_OFFER_GAP that explains what the message names and the
    answer does not."""
    close = result.alternatives
    best = result.best
    if len(close) >= MAX_ALTERNATIVES or best is None or not result.tokens:
        return close
    alien = alien_words(m, result.tokens, best.entry_id)
    if not alien:
        return close
    shown = {best.entry_id, *(c.entry_id for c in close)}
    postings = m._entry_postings
    for c in result.candidates[1:]:
        if c.entry_id in shown or c.score < max(SUGGEST_SCORE, best.score - NAMED_OFFER_GAP):
            continue
        e_idx = m._entry_index[c.entry_id]
        if any(e_idx in postings.get(t, ()) for t in alien) \
                and not alien_words(m, result.tokens, c.entry_id):
            return (*close, c)
    return close
