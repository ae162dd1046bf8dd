"""The scoring loop behind `Matcher.rank`: shared word weights, a cheap bound, fuzzy ratios.

Kept apart from matcher.py so the hot loop can be read (and profiled) on its own. Every float
is computed with the same operations in the same order as before the loop was tuned, so the
scores are bit-identical; only work that cannot change the result is skipped.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.understand.facets import FacetSet
from bot.understand.match_result import Candidate, Query

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

# Score blend (sums to 1): how much of the question the entry's whole vocabulary explains,
# how well the single best phrasing matches (weighted F1 and its coverage), and raw similarity.
WEIGHTS = {"entry_cover": 0.35, "phrase_f1": 0.3, "phrase_cover": 0.15, "ratio": 0.2}
PROGRAM_BONUS, PROGRAM_PENALTY, KEYWORD_BONUS = 6.0, 12.0, 4.0
# A question naming another agency (BPJS Kesehatan, Taspen, ...) is about that agency: an entry
# that never names it loses as much as one about another program.
AGENCY_PENALTY = 12.0
# Facets (faq/facets.yaml): an entry about what the question is about (aspect) or for who asks
# (audience) gains; one about something else loses. Smaller than the program terms: a facet
# cue is weaker evidence than a program name.
ASPECT_BONUS, ASPECT_PENALTY = 3.0, 8.0
AUDIENCE_BONUS, AUDIENCE_PENALTY = 3.0, 5.0
# Word order: an entry whose phrasings hold the question's adjacent word pairs ("syarat klaim")
# gains per pair, up to PAIR_CAP. Calibrated with matcher.ANSWER_SCORE and CLEAR_SCORE (each
# one point higher for it) on faq/tests and real/tune: the pairs mostly reorder close entries.
PAIR_BONUS, PAIR_CAP = 2.0, 2
# Slack on bound comparisons, far above float rounding (~1e-13 on 0-100 scores).
EPSILON = 1e-9


def accumulate(postings: dict[str, tuple[int, ...]], q_weight: dict[str, float]
               ) -> dict[int, float]:
    """Per phrasing (or entry): the summed weight of the query words it contains, added in
    query order (0.0 + w1 + w2 ...)."""
    shared: dict[int, float] | None = None
    for tok, weight in q_weight.items():
        found = postings.get(tok)
        if not found:
            continue
        if shared is None:  # the first word's postings in one C call: 0.0 + w == w
            shared = dict.fromkeys(found, weight)
            get = shared.get
            continue
        for idx in found:
            shared[idx] = get(idx, 0.0) + weight
    return shared or {}


def entry_parts(m: Matcher, entries: dict[int, float], entry_shared: dict[int, float],
                q_total: float, q: Query) -> dict[int, float]:
    """Per entry: the final score minus 100 x the phrasing score, i.e. how much of the
    question the entry's vocabulary explains, and the program, keyword and facet terms."""
    cover = 100 * WEIGHTS["entry_cover"]
    programs, keywords, facets = m._entry_programs, m._entry_keywords, m._entry_facets
    entry_pairs, q_pairs = m._entry_pairs, q.pairs
    q_programs, q_words, agency_entries = q.programs, q.words, q.agency_entries
    with_facets = bool(q.facets[0] or q.facets[1] or q.opposites)
    adjust: dict[FacetSet, float] = {}  # few distinct facet sets: computed once per query
    parts = {}
    for e_idx in entries:
        ratio = entry_shared[e_idx] / q_total
        score = cover * (ratio if ratio < 1.0 else 1.0)
        if q_programs:
            # A named program is strong evidence: reward entries about it, demote others.
            score += PROGRAM_BONUS if q_programs & programs[e_idx] else -PROGRAM_PENALTY
        if not keywords[e_idx].isdisjoint(q_words):
            score += KEYWORD_BONUS
        if agency_entries is not None and e_idx not in agency_entries:
            score -= AGENCY_PENALTY
        if q_pairs:
            shared_pairs = len(q_pairs & entry_pairs[e_idx])
            score += PAIR_BONUS * (shared_pairs if shared_pairs < PAIR_CAP else PAIR_CAP)
        if with_facets:
            e_facets = facets[e_idx]
            delta = adjust.get(e_facets)
            if delta is None:
                delta = adjust[e_facets] = facet_adjustment(e_facets, q.facets, q.opposites)
            score += delta
        parts[e_idx] = score
    return parts


def facet_adjustment(entry: FacetSet, facets: FacetSet, opposites: frozenset[str]) -> float:
    q_aspects, q_audiences = facets
    e_aspects, e_audiences = entry
    delta = 0.0
    if q_aspects & e_aspects:
        delta += ASPECT_BONUS
    elif opposites & e_aspects:  # about the opposite of what is asked (benefit/contribution)
        delta -= ASPECT_PENALTY
    if q_audiences:
        if q_audiences & e_audiences:
            delta += AUDIENCE_BONUS
        elif e_audiences:
            delta -= AUDIENCE_PENALTY
    return delta


def rank(m: Matcher, query: tuple[str, ...], q_weight: dict[str, float], q_total: float,
         q: Query, limit: int | None, min_score: float = 0.0) -> list[Candidate]:
    """`Matcher.rank` once the query's word weights are known (see its docstring)."""
    shared = accumulate(m._postings, q_weight)
    if not shared:
        return []
    entry_shared = accumulate(m._entry_postings, q_weight)
    # Without the fuzzy ratio: the part of each phrasing's score that is cheap to compute,
    # and each entry's best such part.
    phrase_weight, phrase_entry = m._phrase_weight, m._phrase_entry
    f1_w, cover_w, ratio_w = WEIGHTS["phrase_f1"], WEIGHTS["phrase_cover"], WEIGHTS["ratio"]
    prelim: list[tuple[float, int]] = []
    append = prelim.append
    entry_base: dict[int, float] = {}
    base_of = entry_base.get
    for p_idx, sh in shared.items():
        cover_q = sh / q_total
        if cover_q > 1.0:
            cover_q = 1.0
        cover_p = sh / phrase_weight[p_idx]
        base = f1_w * (2 * cover_q * cover_p / (cover_q + cover_p)) + cover_w * cover_p
        append((base, p_idx))
        e_idx = phrase_entry[p_idx]
        if base > base_of(e_idx, -1.0):
            entry_base[e_idx] = base
    # The entry-level part of the final score depends on the entry and the query only.
    part = entry_parts(m, entry_base, entry_shared, q_total, q)
    floor = min_score - EPSILON  # the caller wants no row below min_score
    prune = min_score > 0
    if limit is not None and len(entry_base) > limit:
        # An entry scores at least its best cheap part (ratio 0), so the `limit`-th best of
        # those is a floor under the `limit`-th final score: a phrasing that cannot reach it
        # even with a perfect ratio is neither its entry's best nor first, nor in the top.
        lows = [100 * base + part[e_idx] for e_idx, base in entry_base.items()]
        floor = max(floor, min(heapq.nlargest(limit, lows)[-1], 100.0) - EPSILON)
        prune = True
    if prune:
        need = {e_idx: floor - part[e_idx] - EPSILON for e_idx in entry_base}
        prelim = [row for row in prelim if 100 * (row[0] + ratio_w) >= need[phrase_entry[row[1]]]]
    prelim.sort(reverse=True)
    return _score(m, query, prelim, part, limit)


def _score(m: Matcher, query: tuple[str, ...], prelim: list[tuple[float, int]],
           part: dict[int, float], limit: int | None) -> list[Candidate]:
    """Fuzzy ratios best-first; stops scoring an entry once no phrasing can beat its best."""
    q_text = " ".join(query)
    phrase_entry, phrase_text = m._phrase_entry, m._phrase_text
    ratio_w = WEIGHTS["ratio"]
    best: dict[int, tuple[float, int]] = {}

    def final(e_idx: int, phrase_score: float) -> float:
        return min(100 * phrase_score + part[e_idx], 100.0)

    top: list[float] = []  # min-heap of the best `limit` final scores (limit only)
    for base, p_idx in prelim:
        e_idx = phrase_entry[p_idx]
        current = best.get(e_idx)
        if current is not None and base + ratio_w <= current[0]:
            continue  # even a perfect ratio could not beat this entry's best phrasing
        if limit is not None and len(top) >= limit and (
                100 * (base + ratio_w) + part[e_idx] < top[0] - EPSILON):
            continue  # this entry cannot reach the top rows any more
        ratio = fuzz.token_sort_ratio(q_text, phrase_text[p_idx]) / 100
        score = base + ratio_w * ratio
        if current is None or score > current[0]:
            best[e_idx] = (score, p_idx)
            if limit is not None:
                new = final(e_idx, score)
                if current is not None:
                    old = final(e_idx, current[0])
                    if old >= top[0] and old in top:
                        top.remove(old)  # the entry's earlier score is replaced
                        heapq.heapify(top)
                if len(top) < limit:
                    heapq.heappush(top, new)
                elif new > top[0]:
                    heapq.heapreplace(top, new)
    rows = [(final(e_idx, phrase_score), 100 * phrase_score + part[e_idx], e_idx, p_idx)
            for e_idx, (phrase_score, p_idx) in best.items()]
    # Scores are capped at 100: among entries tied at the cap the uncapped score decides
    # (the one that fits better), not the order the entries were met in.
    rows.sort(key=lambda row: (-row[0], -row[1]))
    out = [Candidate(m._entry_ids[e_idx], score, phrase_text[p_idx])
           for score, _, e_idx, p_idx in rows]
    return out if limit is None else out[:limit]
