"""A reply asking for the answer just given again: "kenapa?", or a yes to its question."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.pointing import vocabulary
from bot.understand.clause_words import cue_words
from bot.understand.clauses import asks
from bot.understand.match_result import Candidate, MatchResult, programs_in

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.clause_words import ClauseCues
    from bot.understand.matcher import Matcher

# A longer message says what it is about itself.
MAX_WORDS = 12
# Template code and markup in an answer's source: not words its reader sees.
_MARKUP = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|<[^>]*>", re.DOTALL)
# A question an answer asks its reader: the words since the last full stop or bullet.
_ASKED = re.compile(r"([^.!?•:;\n]+)\?")


def asks_why(text: str, clause: ClauseCues) -> bool:
    """Whether the message only asks why (clause-cues.yaml `why_cues`, among `why_fillers`
    and `followup_leads`): "kenapa?", "knp gitu?", "lho kenapa ga bisa?", "why not?". The
    answer just given holds its reason; "kenapa ditolak?" asks something of its own."""
    cues = clause.words.get("why_cues", ())
    fillers = {*clause.words.get("why_fillers", ()), *clause.words.get("followup_leads", ())}
    said = f" {' '.join(cue_words(text))} "
    rest = said
    for cue in sorted(cues, key=len, reverse=True):  # "how come" before a shorter cue
        rest = re.sub(rf"(?<!\S){re.escape(cue)}(?!\S)", " ", rest)
    return rest != said and all(w in fillers for w in rest.split())


def tells_state(matcher: Matcher, text: str) -> bool:
    """A short message that asks nothing and holds a state word (`reply_states`): it may
    reply to the question an answer asked (`answer_again`)."""
    clause = matcher.faq.clause_cues
    tokens = matcher.query_tokens(text)[0]
    return 0 < len(tokens) <= MAX_WORDS and not asks(text, clause) \
        and bool(set(tokens) & set(clause.words.get("reply_states", ())))


def answer_again(matcher: Matcher, text: str, previous: Entry, alone: MatchResult,
                 lang: str) -> MatchResult | None:
    """The entry just answered, again, when the message replies to a question its answer asks
    the reader about a state ("Belum terbit? Hubungi ..." -> "iya udh 3 minggu blm terbit
    jg"; "Masih gagal?" -> "iya tetep gagal"): the message asks nothing, names no other
    program, holds a state word (clause-cues.yaml `reply_states`: belum, masih, tetap ...)
    and every other word of that question. Not when the message read alone answers with an
    entry that uses those words ("iya ga bisa login jmo nya" after "Tidak bisa login?": the
    JMO login entry). None otherwise."""
    tokens = matcher.query_tokens(text)[0]
    if not tells_state(matcher, text) \
            or not programs_in(tokens) <= {p.upper() for p in previous.programs}:
        return None
    states = frozenset(matcher.faq.clause_cues.words.get("reply_states", ()))
    said = set(tokens)
    for keys in _reader_questions(matcher, previous, lang, states):
        if not keys <= said:
            continue
        best = alone.best
        if alone.outcome == "answer" and best is not None and best.entry_id != previous.id \
                and keys <= vocabulary(matcher, best.entry_id, lang):
            return None
        return again(previous, alone, lang)
    return None


def again(previous: Entry, alone: MatchResult, lang: str) -> MatchResult:
    """The entry just answered as the message's answer (with the message's own score for it
    when it read that entry alone too; the conversation chose it, not a score, otherwise)."""
    best = alone.best
    score = best.score if best is not None and best.entry_id == previous.id else 0.0
    return MatchResult("answer", (Candidate(previous.id, score, previous.title_in(lang)),),
                       tokens=alone.tokens)


def _reader_questions(matcher: Matcher, entry: Entry, lang: str,
                      states: frozenset[str]) -> list[frozenset[str]]:
    """The words of each question the entry's answer asks its reader about a state ("Belum
    terbit?" -> {terbit}), without the state and asking words."""
    source = entry.answer_en if lang == "en" and entry.answer_en else entry.answer
    plain = matcher.faq.clause_cues.plain_asking
    out = []
    for asked in _ASKED.findall(_MARKUP.sub(" ", source)):
        words, content = matcher.query_tokens(asked)
        keys = frozenset(w for w in content if w not in states and w not in plain)
        if keys and set(words) & states:
            out.append(keys)
    return out
