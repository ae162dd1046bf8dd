"""The facts behind an answer-or-ask decision, logged for bench/decide.py (never used to decide).

bench/decide.py records, for every tuning question, what the matcher knew when it answered or
asked back (score, lead over the runner-up, how much of the message the entry explains and the
other way round, facets, unknown words, story length ...) and whether the answer was right,
then fits and cross-validates logistic models and rules on it. On the tuning sets (2026-11-30)
none beat the score thresholds once right answers count +1 and wrong ones -2 (bench/README.md
"decide.py: answer or ask back"). The facts added on 2026-12-01 (what the entry leaves
unexplained, the lead over another topic, the asking clause's own entry) found five narrow cases
the thresholds get wrong; those are decided in bot/understand/second_look.py (faq/tests/real/
README.md "Jawab atau tanya balik"). This module stays bench-only, so that the fit can be
repeated as the content and the test sets grow.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.understand.match_result import Candidate, Query, programs_in

if TYPE_CHECKING:  # the matcher calls in here; only its type is needed
    from bot.understand.matcher import Matcher

# The features bench/decide.py logs and fits on.
FEATURES = (
    "score",        # best score / 100
    "gap",          # lead over the runner-up / 100 (capped at 0.3)
    "second",       # the runner-up's score / 100
    "words",        # log(1 + content words of the message)
    "long",         # 1 when the message is long (matcher.LONG_MESSAGE_WORDS)
    "entry_cover",  # share of the message's word weight the best entry's words explain
    "phrase_cover",  # share of the best phrasing's word weight found in the message
    "asked_cover",  # entry_cover over the asking clauses' words only (1 when none stand out)
    "unknown",      # share of the message's content words the FAQ never uses
    "aspect_agree", "aspect_conflict", "audience_agree", "audience_conflict",
    "program_named", "program_missed",  # the message names a program; the entry is not about it
    "redirect",     # the best entry points to another agency
    "clauses",      # log(1 + clauses of the message)
    "several",      # answered as the main one of several questions
    "english",      # the English matcher
    "sibling",      # the runner-up is in the same topic as the best entry
    "third_gap",    # lead over the third entry / 100 (capped at 0.3)
    "related",      # the runner-up is one of the best entry's related entries
    # Added 2026-12-01 (issue 12, answer vs suggest): bench only as well.
    "alien_facet",  # unexplained message words name a program/aspect/audience the entry lacks
    "alien_share",  # share of the message's known-word weight the entry does not explain
    "topic_gap",    # lead over the best entry of another topic / 100 (capped at 0.3)
    "clause_agree",  # the asking clause alone ranks the same entry first (1 when no clause)
    "clause_other",  # the asking clause alone ranks another entry first at >= 55
    "events_unmet",  # the story tells an event (death, accident, illness) the entry is not about
    # Added 2026-12-01 (answer9): bench only.
    "rarest_unexplained",  # the message's rarest known word (highest IDF) is not the entry's
    "explained_peak",  # the rarest explained word's IDF over the message's rarest word's
    "program_clash",  # the message names programs, the entry has programs, none shared
    "runner_split",  # the runner-up's programs and the best entry's are both set and disjoint
    # Added 2026-12-01 (guard14): bench only.
    "shared_words",  # log(1 + message words the best phrasing uses)
    "shared_peak",  # the best phrasing's rarest shared word's share of the shared weight
    "keyword_hit",  # a message word is one of the best entry's keywords
    "gap_ratio",  # lead over the runner-up over the score
    "entry_words",  # log(1 + message words the best entry's phrasings use)
    "alien_runner",  # lead over the first runner-up using an alien word / 100 (0.3: none)
    "alien_runner_rank",  # that runner-up's rank (0: none)
)

# Set by bench/decide.py to log every decision's features (None in the bot: nothing computed).
Trace = Callable[[str, str, dict[str, float], tuple[Candidate, ...]], None]
trace: Trace | None = None


def record(m: Matcher, text: str, outcome: str, query: tuple[str, ...],
           top: tuple[Candidate, ...], emphasis: frozenset[str], n_clauses: int,
           several: bool) -> None:
    """Log the facts behind a decision when bench/decide.py listens (nothing otherwise)."""
    if trace is None:
        return
    facets = m.facets.read(text)
    q = Query(frozenset(query), programs_in(query), facets, m.facets.opposites(facets[0]))
    trace(text, outcome, features(m, query, q, top, emphasis, n_clauses, several, text), top)


def features(m: Matcher, query: tuple[str, ...], q: Query, top: tuple[Candidate, ...],
             emphasis: frozenset[str], n_clauses: int, several: bool,
             text: str = "") -> dict[str, float]:
    """The facts behind one decision (FEATURES), from the ranked candidates and the query."""
    best = top[0]
    second = top[1].score if len(top) > 1 and not several else 0.0
    idf, unknown = m._idf, m._unknown_idf * m.UNKNOWN_FACTOR
    e_idx = m._entry_index[best.entry_id]
    postings = m._entry_postings
    total = explained = asked = asked_explained = 0.0
    unknown_words = 0
    for t in query:
        w = idf.get(t)
        if w is None:
            unknown_words += 1
            w = unknown
        total += w
        inside = e_idx in postings.get(t, ())
        if inside:
            explained += w
        if t in emphasis:
            asked += w
            if inside:
                asked_explained += w
    phrase = best.phrasing.split()
    p_total = sum(idf.get(t, 0.0) for t in phrase)
    p_found = sum(idf.get(t, 0.0) for t in phrase if t in q.words)
    e_aspects, e_audiences = m._entry_facets[e_idx]
    q_aspects, q_audiences = q.facets
    entry = m.faq.entries[best.entry_id]
    runner = m.faq.entries[top[1].entry_id] if len(top) > 1 and not several else None
    third = top[2].score if len(top) > 2 and not several else 0.0
    cover = explained / total if total else 0.0
    extra = _extra(m, query, text, best, e_idx, entry.topic, several)
    shared = [idf.get(t, 0.0) for t in set(phrase) & q.words]
    from bot.understand.second_look import alien_runner
    ranked = top if not several else top[:1]
    runner_alien = alien_runner(m, query, ranked, 30.0)
    in_entry = sum(1 for t in set(query) if e_idx in postings.get(t, ()))
    return extra | {
        "shared_words": math.log1p(len(shared)),
        "shared_peak": max(shared) / sum(shared) if shared and sum(shared) else 1.0,
        "keyword_hit": float(any(e_idx in m._keyword_entries.get(t, ()) for t in query)),
        "gap_ratio": (best.score - second) / best.score if best.score else 0.0,
        "entry_words": math.log1p(in_entry),
        "alien_runner": (best.score - runner_alien.score) / 100 if runner_alien else 0.3,
        "alien_runner_rank": float(next(i for i, c in enumerate(ranked)
                                        if c is runner_alien)) if runner_alien else 0.0,
        "score": best.score / 100, "gap": min(best.score - second, 30.0) / 100,
        "second": second / 100, "words": math.log1p(len(query)),
        "long": float(len(query) >= 8), "entry_cover": cover,
        "phrase_cover": p_found / p_total if p_total else 0.0,
        "asked_cover": asked_explained / asked if asked else cover,
        "unknown": unknown_words / len(query) if query else 0.0,
        "aspect_agree": float(bool(q_aspects & e_aspects)),
        "aspect_conflict": float(bool(q.opposites & e_aspects)),
        "audience_agree": float(bool(q_audiences & e_audiences)),
        "audience_conflict": float(bool(q_audiences) and bool(e_audiences)
                                   and not q_audiences & e_audiences),
        "program_named": float(bool(q.programs)),
        "program_missed": float(bool(q.programs) and not q.programs & set(entry.programs)),
        "redirect": float(entry.kind == "redirect"), "clauses": math.log1p(n_clauses),
        "several": float(several), "english": float(m.english),
        "sibling": float(runner is not None and runner.topic == entry.topic),
        "third_gap": min(best.score - third, 30.0) / 100,
        "related": float(runner is not None and runner.id in entry.related),
        "program_clash": float(bool(q.programs) and bool(entry.programs)
                               and not q.programs & set(entry.programs)),
        "runner_split": float(runner is not None and bool(runner.programs)
                              and bool(entry.programs)
                              and not set(runner.programs) & set(entry.programs)),
    }



def _extra(m: Matcher, query: tuple[str, ...], text: str, best: Candidate, e_idx: int,
           topic: str, several: bool) -> dict[str, float]:
    """The 2026-12-01 facts: what the entry leaves unexplained, topic lead, clause agreement."""
    from bot.understand.clauses import clauses
    from bot.understand.match_result import PROGRAM_TOKENS

    idf, postings = m._idf, m._entry_postings
    e_aspects, e_audiences = m._entry_facets[e_idx]
    entry = m.faq.entries[best.entry_id]
    known = unexplained = 0.0
    alien = 0.0
    peak = peak_in = 0.0
    rarest_out = 0.0
    for t in query:
        w = idf.get(t)
        if w is None:
            continue
        known += w
        inside = e_idx in postings.get(t, ())
        if w > peak:
            peak, rarest_out = w, float(not inside)
        if inside:
            peak_in = max(peak_in, w)
            continue
        unexplained += w
        if t in PROGRAM_TOKENS and PROGRAM_TOKENS[t] not in entry.programs:
            alien = 1.0
        asp, aud = m.facets.read_tokens((t,))
        if (asp and not asp & e_aspects) or (aud and not aud & e_audiences):
            alien = 1.0
    ranked = m.rank_message(text, query, 12) if text else []
    other = next((c.score for c in ranked
                  if m.faq.entries[c.entry_id].topic != topic), 0.0)
    agree, clash = 1.0, 0.0
    parts = clauses(text, m.faq.clause_cues) if text and not several else []
    asking = [c for c in parts if c.asks]
    if asking and len(asking) < len(parts):
        words = m.query_tokens(" ".join(c.text for c in asking))[1]
        alone = m.rank(words, 1, m.facets.read(" ".join(c.text for c in asking))) \
            if words else []
        agree = float(bool(alone) and alone[0].entry_id == best.entry_id)
        clash = float(bool(alone) and alone[0].entry_id != best.entry_id
                      and alone[0].score >= 55)
    events = m._events(query)
    ev_aspects = m.facets.read_tokens(tuple(events))[0] if events else frozenset()
    return {"alien_facet": alien, "alien_share": unexplained / known if known else 0.0,
            "topic_gap": min(best.score - other, 30.0) / 100, "clause_agree": agree,
            "clause_other": clash,
            "events_unmet": float(bool(ev_aspects) and not ev_aspects & e_aspects),
            "rarest_unexplained": rarest_out,
            "explained_peak": peak_in / peak if peak else 0.0}
