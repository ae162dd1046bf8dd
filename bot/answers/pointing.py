"""A follow-up that points at what was just said: "itu bisa dari hp?", "what is that for?"."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from bot.understand.match_result import MatchResult, floors, programs_in

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.cues import Cues
    from bot.understand.matcher import Matcher

# The close readings looked through for one that asks what the pointed-at entry does not.
LIMIT = 5
# An entry's words per matcher, by (entry id, language): weak keys, so a reloaded matcher's
# words go with it (an lru_cache on the matcher argument kept old matchers alive).
_WORDS: weakref.WeakKeyDictionary[Matcher, dict[tuple[str, str], frozenset[str]]] = \
    weakref.WeakKeyDictionary()


def points_at_nothing(matcher: Matcher, text: str, cues: Cues) -> bool:
    """A message that opens with a pointer and holds only question words and at most one
    other word ("itu buat apa aja?", "itu gimana caranya?", "itu syaratnya apa"): with no
    answer before it, there is nothing it could point at."""
    low = text.lower()
    head = _head(matcher, text, cues)
    if head is None or head[0]:
        return False  # "tapera itu apa?", "apa itu bsu?": the pointer opens no message
    words = matcher.query_tokens(cues.drop_pointers(low))[1]
    return sum(w not in matcher.faq.clause_cues.plain_asking for w in words) <= 1


def pointed(matcher: Matcher, text: str, previous: Entry, cues: Cues,
            lang: str, alone: MatchResult | None = None) -> MatchResult | None:
    """The follow-up read with the entry just answered (a calculation's: calc-cues.yaml
    `calc_context`) in place of its pointer word (calc-cues `pointing`: itu, tersebut). That
    entry again ("itu bisa dari hp?" after Lapak Asik), or, when the follow-up asks an aspect
    the entry lacks (faq/facets.yaml: "itu cara klaimnya?" after the JKP amount), the first
    close reading that has it and shares a program with the entry. None when nothing points
    back, when the message names a program of its own ("apa itu jkp") or asks what a term
    is that it answers alone (`alone`: "apa itu bpu?"), or when the reading answers nothing."""
    low = text.lower()
    head = _head(matcher, text, cues)
    if head is None:
        return None
    if alone is not None and alone.outcome == "answer" and _asks_what(matcher, low, cues, head):
        return None
    # "tapera itu apa?", "bpjs kesehatan itu beda ga?": "itu" after a word the entry never
    # uses marks a topic of the message's own; "potongan itu", "klaim tersebut" point back.
    if head[1] and not set(head[1]) <= _vocabulary(matcher, previous.id, lang):
        return None
    rest = cues.drop_pointers(low)
    title = " ".join(matcher.query_tokens(previous.title_in(lang))[1])
    result = matcher.match(f"{title} {rest}", limit=LIMIT, joined=True)
    best = result.best
    if result.outcome != "answer" or best is None:
        return None
    asked = matcher.facets.read(rest)[0] - matcher.facets.causes
    if best.entry_id == previous.id and asked - matcher.facets_of(previous.id)[0]:
        programs = set(previous.programs)
        for other in result.candidates[1:]:
            entry = matcher.faq.entries[other.entry_id]
            # still about what was pointed at: one of its programs, when it has any
            # ... and a reading that would be answered: a weaker one than that is a guess,
            # the entry pointed at may say it ("itu berlaku sejak kapan?" after a rule)
            if asked <= matcher.facets_of(other.entry_id)[0] \
                    and (not programs or programs & set(entry.programs)) \
                    and other.score >= floors(joined=True)[0]:
                return MatchResult("answer", (other,), tokens=result.tokens)
    return result


def _asks_what(matcher: Matcher, low: str, cues: Cues,
               head: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """"apa itu bpu?", "apaan itu jmo": the pointer closes a definition opener (faq/facets.yaml
    `definition`) after asking words alone, and a term follows it, not an asking word ("apa itu
    bisa dari hp?" asks about what was just said)."""
    start = cues.pointer_start(low)
    after = low[start:]
    opener = f"{low[:start]} {after.split()[0]}"
    words = matcher.query_tokens(cues.drop_pointers(after))
    return bool(head[0]) and not head[1] and bool(words[1]) \
        and words[0][0] not in matcher.faq.clause_cues.plain_asking \
        and "definition" in matcher.facets.read(opener)[0]


def _head(matcher: Matcher, text: str,
          cues: Cues) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The tokens (all, content) before the message's first pointer word; None when it has
    no pointer or names a program of its own ("apa itu jkp")."""
    low = text.lower()
    if not cues.points_at(low) or programs_in(matcher.query_tokens(text)[0]):
        return None
    return matcher.query_tokens(low[:cues.pointer_start(low)])


def _vocabulary(matcher: Matcher, entry_id: str, lang: str) -> frozenset[str]:
    """The words (as the matcher reads them) of an entry's title, answer and phrasings."""
    known = _WORDS.setdefault(matcher, {})
    words = known.get((entry_id, lang))
    if words is None:
        entry = matcher.faq.entries[entry_id]
        texts = [entry.title_in(lang), entry.answer, entry.answer_en, *entry.questions]
        words = known[(entry_id, lang)] = frozenset(
            w for t in texts if t for w in matcher.query_tokens(t)[1])
    return words
