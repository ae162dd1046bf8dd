"""A follow-up that asks what the last answer offered next: its related entries' buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.match_result import MatchResult

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.matcher import Matcher

# How far below the follow-up's first reading a related entry of the last answer may score and
# still be what it asks: about the gap of "Bukan ini?" runners-up that are near ties, not more.
GAP = 5.0
# The related entries the answer showed as buttons (answers/feature.py MAX_RELATED).
SHOWN = 3


def toward_related(matcher: Matcher, result: MatchResult, previous: Entry | None
                   ) -> MatchResult:
    """The follow-up's reading moved to an entry the last answer offered as a next question
    (`related`, shown as its buttons) when that entry is the only one of them among its close
    readings: "bisa sekalian 3 bulan?" after the BPU payment channels is the entry on paying
    several months, its button; "what documents do I need?" after the online JHT claim is the
    JHT documents, not the JKP ones the words alone lead to. A list led by such an entry is
    answered with it: the answer before already offered it. The result as it is otherwise."""
    if previous is None or result.outcome not in ("answer", "suggest") or not result.candidates:
        return result
    offered = set(previous.related[:SHOWN]) & set(matcher.faq.entries)
    best = result.candidates[0]
    if best.entry_id == previous.id:
        return result
    close = [c for c in result.candidates if c.score >= best.score - GAP]
    near = [c for c in close if c.entry_id in offered]
    if len(near) != 1 or (best.entry_id in offered and result.outcome == "answer"):
        return result
    # An answer is moved only off the conversation's programs: within them the words decide
    # ("how does my family claim it?" after the JKM benefit is the claim procedure, though the
    # claim documents are the answer's button and score the same).
    if best is not near[0] and result.outcome == "answer" \
            and set(matcher.faq.entries[best.entry_id].programs) & set(previous.programs):
        return result
    rest = tuple(c for c in result.candidates if c is not near[0])
    return MatchResult("answer", (near[0], *rest), tokens=result.tokens, others=result.others)
