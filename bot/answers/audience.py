"""Who asks, said after an answer: "eh saya freelance bukan karyawan", "kalau buat perusahaan?"."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from bot.answers.reasking import READINGS, SWAP_WHO, reasked_match
from bot.understand.cues import blanked
from bot.understand.match_result import PROGRAM_TOKENS, MatchResult, floors
from bot.understand.reading import rule

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.cues import Cues
    from bot.understand.matcher import Matcher

# Longer messages (besides what they say no to) say what they ask themselves.
MAX_WORDS = 8
# The participant groups (calc-cues.yaml `who`) that say who asks; "saya" says nobody.
WHO = (*SWAP_WHO, "domestic")


def said_audience(matcher: Matcher, text: str, cues: Cues) -> str | None:
    """What a short message says about who asks, when that is all it says besides a follow-up
    opener, programs, asking words and fillers (clause-cues.yaml `audience_fillers`): the
    message without its opener and without what it says no to ("eh saya freelance bukan
    karyawan" -> "eh saya freelance"). None when it names nobody or asks something of its own
    ("eh sy bpu, iurannya brp?")."""
    rest = cues.after_followup(text.lower())
    kept = blanked(rest, [m.span() for m in rule(cues, "denied_part").finditer(rest)])
    if len(re.findall(r"\w+", kept)) > MAX_WORDS or matcher.facets.read(kept)[0]:
        return None  # an aspect of its own: a question, not who asks
    tokens = matcher.query_tokens(kept)[1]
    clause = matcher.faq.clause_cues
    skip = clause.plain_asking | {*clause.words.get("audience_fillers", ()), *PROGRAM_TOKENS}
    who = [_names_group(matcher, cues, tokens, i) for i in range(len(tokens))]
    if not any(who) or not all(w or t in skip for t, w in zip(tokens, who, strict=True)):
        return None
    return " ".join(kept.split())


def _names_group(matcher: Matcher, cues: Cues, tokens: tuple[str, ...], i: int) -> bool:
    """Whether the i-th word names who asks: a participant group or sector (calc-cues.yaml),
    or an audience of faq/facets.yaml, alone or with the word next to it ("luar negeri")."""
    word = tokens[i]
    if any(cues.has("who", key, word) for key in WHO) or cues.found("sectors", word):
        return True
    near = [word, *(f"{tokens[i - 1]} {word}" for _ in range(i > 0)),
            *(f"{word} {tokens[i + 1]}" for _ in range(i + 1 < len(tokens)))]
    return any(matcher.facets.read(p)[1] for p in near)


def restated_match(matcher: Matcher, question: str, named_in: str,
                   previous: Entry | None) -> MatchResult | None:
    """`reasked_match`, or the answer just given again when the question asked for the
    audience now named still leads to it and that answer is for everyone ("iuran jkm brp" ->
    "oh saya karyawan, bukan bpu": the JKM contribution answers both). Who changes, not what:
    an answer about another aspect than the one just given gives way to the first close
    reading about it ("iuran jkm brp" -> "kalau tki?": the migrant's contribution)."""
    found = reasked_match(matcher, question, named_in, previous)
    if previous is None:
        return found
    floor = floors(joined=True)[0]
    wider = cache(lambda: [c for c in matcher.match(question, limit=READINGS,
                                                    joined=True).candidates
                           if c.score >= floor and c.entry_id != previous.id])
    if found is None:
        again = matcher.match(question, joined=True)
        if again.outcome != "answer" or again.best is None \
                or again.best.entry_id != previous.id:
            return None
        if previous.audience == "all":
            return again
        # "how much is deducted from my salary" -> "I'm a freelancer": the answer just given
        # is not theirs; the first close reading for the group named, about the same
        groups = matcher.facets.read(named_in)[1]
        close = [c for c in wider() if groups & matcher.facets_of(c.entry_id)[1]
                 and _keeps_aspect(matcher, previous.id, c.entry_id)]
        return MatchResult("answer", (close[0],), tokens=again.tokens) if close else None
    best = found.best
    if best is None or _keeps_aspect(matcher, previous.id, best.entry_id):
        return found
    close = [c for c in wider() if _keeps_aspect(matcher, previous.id, c.entry_id, strict=True)]
    return MatchResult("answer", (close[0],), tokens=found.tokens) if close else found


def _keeps_aspect(matcher: Matcher, before: str, now: str, strict: bool = False) -> bool:
    """The new entry is about what the old one was (faq/facets.yaml aspects; events and
    situations left out: they come with the group), or (unless `strict`) one of them says
    nothing."""
    asked = matcher.facets.asked_of(matcher.facets_of(before)[0])
    answered = matcher.facets.asked_of(matcher.facets_of(now)[0])
    if not asked or (not answered and not strict):
        return True
    return bool(asked & answered)
