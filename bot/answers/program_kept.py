"""A short question that names no program is asked of the program just answered.

"how much do I get?" after "what is JKP" is about JKP; read alone its words fit the JKM
benefit as well. When the message names no program, neither it nor the message before tells
an event (a death, an accident, an illness, a lost job: those choose their own program), and
its answer alone is about another one of the five programs than the answer just given, it is
asked again with that program's name; that reading wins when it answers about that program.

The same for whom it is asked: "sip makasih, kalau bayar iurannya paling lambat tgl brp?" after
"daftar bpu lewat jmo bisa?" is a self-employed worker's deadline, though alone it lands on the
employers' one (`audience_kept`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.reasking import programs_of
from bot.understand.match_result import PROGRAMS, MatchResult, programs_in

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.matcher import Matcher

# Besides the events of faq/facets.yaml (death, accident, illness), a lost job: a message
# telling one chooses its program itself.
LOST_JOB = frozenset({"left_job"})


def program_kept(matcher: Matcher, text: str, previous: Entry | None, asked: list[str],
                 result: MatchResult) -> MatchResult | None:
    """The message read with the previous answer's program, when that program is lost;
    `asked`: the messages before, newest first (a story's event chooses, not the answer)."""
    best = result.best
    if previous is None or result.outcome != "answer" or best is None:
        return None
    mine = programs_of(previous) & PROGRAMS
    theirs = programs_of(matcher.faq.entries[best.entry_id]) & PROGRAMS
    if len(mine) != 1 or not theirs or theirs & mine:
        return None
    events = matcher.facets.events | LOST_JOB
    if programs_in(matcher.query_tokens(text)[0]) or any(
            not events.isdisjoint(matcher.facets.read(t)[0]) for t in (text, *asked[:1])):
        return None
    (program,) = mine
    kept = matcher.match(f"{text} {program.lower()}", joined=True)
    found = kept.best
    if kept.outcome == "answer" and found is not None \
            and mine <= programs_of(matcher.faq.entries[found.entry_id]):
        return kept
    return None


def audience_kept(matcher: Matcher, text: str, previous: Entry | None, asked: list[str],
                  result: MatchResult) -> MatchResult | None:
    """The message read with the audience of the previous answer (or, when that entry is for
    everyone, of the message before: "daftar bpu ..."), when the message names none and
    alone it answers an entry for another audience only; that reading wins when it answers
    for the audience kept (faq/facets.yaml `audiences`, `audience_words`)."""
    best = result.best
    if previous is None or result.outcome != "answer" or best is None or not asked:
        return None
    mine = matcher.facets_of(previous.id)[1] or matcher.facets.read(asked[0])[1]
    theirs = matcher.facets_of(best.entry_id)[1]
    if len(mine) != 1 or not theirs or theirs & mine or matcher.facets.read(text)[1]:
        return None
    (audience,) = mine
    word = matcher.facets.audience_words.get(audience)
    if word is None:
        return None
    kept = matcher.match(f"{text} {word}", joined=True)
    found = kept.best
    if kept.outcome == "answer" and found is not None \
            and audience in matcher.facets_of(found.entry_id)[1]:
        return kept
    return None
