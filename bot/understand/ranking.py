"""The scoring loop behind `Matcher.rank`: shared word weights, a cheap bound, fuzzy ratios.

Kept apart from matcher.py so the hot loop can be read (and profiled) on its own. Every float
is computed with the same operations in the same order as before the loop was tuned, so the
scores are bit-identical; only work that cannot change the result is skipped.
"""

from __future__ import annotations

import heapq
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.understand import agency
from bot.understand.cover_bounds import entry_sums
from bot.understand.facet_deltas import (  # noqa: F401  (public here too)
    ASPECT_BONUS,
    ASPECT_PENALTY,
    AUDIENCE_BONUS,
    AUDIENCE_PENALTY,
    FacetGroups,
    facet_adjustment,
)
from bot.understand.match_result import Candidate, Query
from bot.understand.phrasing_sums import accumulate, shared_in
from bot.understand.vocab_lengths import indel_cap

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher
    from bot.understand.rank_memo import RankState

# Score blend (sums to 1): how much of the question the entry's whole vocabulary explains,
# how well the single best phrasing matches (weighted F1 and its coverage), and raw similarity.
WEIGHTS = {"entry_cover": 0.35, "phrase_f1": 0.3, "phrase_cover": 0.15, "ratio": 0.2}
PROGRAM_BONUS, PROGRAM_PENALTY, KEYWORD_BONUS = 6.0, 12.0, 4.0
# A question naming another agency (BPJS Kesehatan, Taspen, ...) is about that agency: an entry
# that never names it loses as much as one about another program.
AGENCY_PENALTY = 12.0
# Facets (ASPECT_BONUS ...): bot/understand/facet_deltas.py.
# Word order: an entry whose phrasings hold the question's adjacent word pairs ("syarat klaim")
# gains per pair, up to PAIR_CAP. Calibrated with matcher.ANSWER_SCORE and CLEAR_SCORE (each
# one point higher for it) on faq/tests and real/tune: the pairs mostly reorder close entries.
PAIR_BONUS, PAIR_CAP = 2.0, 2
# Slack on bound comparisons, far above float rounding (~1e-13 on 0-100 scores).
EPSILON = 1e-9
# rank(): entries probed first for the floor (beyond `limit`), and the slack on entry bounds
# (computed with other operations than the scores, so they may round differently).
PROBE, BOUND_SLACK = 2, 1e-6
# rank(): entries beyond the probe weighed at a time when there are many (over 2 x CHUNK).
CHUNK = 8
LENGTH_SLACK = 1e-6  # the same slack on an entry bound lowered by its texts' lengths


def entry_parts(m: Matcher, entry_shared: dict[int, complex] | dict[int, float],
                q_total: float, q: Query,
                bounds: dict[int, float] | None = None) -> dict[int, float]:
    """Per entry sharing a word: the final score minus 100 x the phrasing score, i.e. how
    much of the question the entry's vocabulary explains, and the program, keyword and facet
    terms; with `bounds`, also each entry's bound (how high it could score) in the same pass.
    `entry_shared`: the entry's shared weight, with (cover_bounds.entry_sums) its phrasings'
    own coverage bound as imaginary part."""
    cover = 100 * WEIGHTS["entry_cover"]
    q_programs, agency_entries = q.programs, q.agency_entries
    # The query's programs, keywords and word pairs looked up once in the inverted indexes,
    # not intersected entry by entry.
    about: frozenset[int] = frozenset().union(
        *(m._program_entries.get(p, ()) for p in q_programs))
    with_keyword = {e for w in q.words for e in m._keyword_entries.get(w, ())}
    pair_count: dict[int, int] = {}
    for pair in q.pairs:
        for e in m._pair_entries.get(pair, ()):
            pair_count[e] = pair_count.get(e, 0) + 1
    # Each entry's facet delta (facet_deltas.py), an heir's story's writer included.
    deltas = m._facet_groups.deltas(q.facets, q.opposites, m.facets.situations,
                                    m.facets.story_writers, m.facets.events) \
        if q.facets[0] or q.facets[1] or q.opposites else None
    cover_cap = q.cover_cap
    f1_w, cover_w = 100 * WEIGHTS["phrase_f1"], 100 * WEIGHTS["phrase_cover"]
    top = 100 * WEIGHTS["ratio"]
    parts = {}
    for e_idx, shared in entry_shared.items():
        ratio = shared.real / q_total
        if ratio > 1.0:
            ratio = 1.0
        score = cover * ratio
        if q_programs:
            # A named program is strong evidence: reward entries about it, demote others.
            score += PROGRAM_BONUS if e_idx in about else -PROGRAM_PENALTY
        if e_idx in with_keyword:
            score += KEYWORD_BONUS
        if agency_entries is not None and e_idx not in agency_entries:
            score -= AGENCY_PENALTY
        shared_pairs = pair_count.get(e_idx)
        if shared_pairs is not None:
            score += PAIR_BONUS * (shared_pairs if shared_pairs < PAIR_CAP else PAIR_CAP)
        if deltas is not None:
            score += deltas[e_idx]
        parts[e_idx] = score
        if bounds is not None:
            # The highest final score any of the entry's phrasings could reach (before the
            # 100 cap): none shares more weight with the query than the entry's whole
            # vocabulary (`ratio`), none covers more of itself than `covers` says
            # (cover_bounds.py) nor than `cover_cap` (1, or the emphasis factor), and F1
            # grows with both of its parts.
            cover_p = shared.imag
            if cover_p > cover_cap:
                cover_p = cover_cap
            bounds[e_idx] = (f1_w * (2 * ratio * cover_p / (ratio + cover_p))
                             + cover_w * cover_p + top + score)
    return parts


def rank(m: Matcher, query: tuple[str, ...], q_weight: dict[str, float], q_total: float,
         q: Query, limit: int | None, min_score: float = 0.0,
         among: list[int] | None = None, earlier: RankState | None = None) -> list[Candidate]:
    """`Matcher.rank` once the query's word weights are known (see its docstring). `among`
    (no limit nor floor): only those entries' rows (weighing.rank_among). `earlier`: what an
    earlier ranking of the same words, weights and facets in this message computed that does
    not depend on the limit or floor (entry parts and bounds, fuzzy ratios; rank_memo.py)."""
    postings = m._postings
    if not any(tok in postings for tok in q_weight):
        return []
    exact = limit is None and min_score <= 0  # every phrasing is weighed: no bounds
    setup = earlier.setup if earlier is not None and not exact else None
    if setup is None:
        # The entry-level part of the final score depends on the entry and the query only.
        bound: dict[int, float] = {}
        sums = entry_sums(m, q_weight)
        if among is not None:
            sums = {e: sums[e] for e in among if e in sums}
        part = entry_parts(m, sums, q_total, q, None if exact else bound)
        if earlier is not None and not exact:
            earlier.setup = sums, part, bound
    else:
        sums, part, bound = setup
    # Without the fuzzy ratio: the part of each phrasing's score that is cheap to compute
    # (prelim rows), and each entry's best such part.
    prelim: list[tuple[float, int]] = []
    entry_base: dict[int, float] = {}
    floor = min_score - EPSILON  # the caller wants no row below min_score
    # The probed phrasings' ratios, not computed twice (nor in a later ranking: `earlier`).
    ratios: dict[int, float] = {} if earlier is None else earlier.ratios
    lengths = False  # whether entry bounds may use text lengths (below)
    if among is not None:  # the same sums as over all postings (shared_in)
        _bases(m, shared_in(m, q_weight, list(sums)), q_total, prelim, entry_base, q.foreign)
    elif exact:
        _bases(m, accumulate(postings, q_weight), q_total, prelim, entry_base, q.foreign)
    else:
        # Entries whose best possible score cannot reach the floor are never looked at: most
        # entries share only a common word ("tidak", "bpjstk") with the question. The floor is
        # first taken from the entries that could score highest.
        # (sorted is heapq.nlargest's documented equivalent, ties in order met, and in C)
        by_bound = earlier.order if earlier is not None else None
        if by_bound is None:
            by_bound = sorted(bound, key=bound.__getitem__, reverse=True)
            if earlier is not None:
                earlier.order = by_bound
        probe = by_bound[:(limit or 0) + PROBE]
        # Phrasings' shared weights only for the entries looked at (a few of those sharing
        # a word); each phrasing's sum is the same as over all postings.
        _bases(m, shared_in(m, q_weight, probe), q_total, prelim, entry_base, q.foreign)
        held: list[float] = []  # the best `limit` final scores of the entries weighed so far
        if limit is not None and len(entry_base) >= limit:
            # The probed entries' final scores: the `limit`-th best of them is a floor under
            # the `limit`-th best of all.
            floor, lengths = _floor(m, query, prelim, part, limit, ratios, floor, min_score,
                                    held)
        # The others whose bound reaches the floor, in bound order. Many of them (a long story
        # whose probe found a weak `limit`-th entry) are weighed a few at a time, strongest
        # first: their scores raise the floor over the bounds of most of the others.
        cut = floor - BOUND_SLACK
        rest = list(takewhile(lambda e: bound[e] >= cut, islice(by_bound, len(probe), None)))
        q_len, lowered = len(" ".join(query)), {}  # tighter's bounds, each computed once
        while rest:
            if lengths and not (rest := tighter(m, q_len, rest, bound, cut, lowered)):
                break
            few = limit is not None and len(rest) > 2 * CHUNK and len(entry_base) >= limit
            now, rest = (rest[:CHUNK], rest[CHUNK:]) if few else (rest, [])
            weighed = len(prelim)
            _bases(m, shared_in(m, q_weight, now), q_total, prelim, entry_base, q.foreign)
            if rest:  # (few: limit is set) only the new entries' rows are scored
                floor, lengths = _floor(m, query, prelim[weighed:], part, limit or 0, ratios,
                                        floor, min_score, held, lengths)
                cut = floor - BOUND_SLACK
                rest = [e for e in rest if bound[e] >= cut]
    ratio_w, phrase_entry = WEIGHTS["ratio"], m._phrase_entry
    prune = min_score > 0
    if limit is not None and len(entry_base) > limit:
        # An entry scores at least its best cheap part (ratio 0), so the `limit`-th best of
        # those is a floor under the `limit`-th final score: a phrasing that cannot reach it
        # even with a perfect ratio is neither its entry's best nor first, nor in the top.
        lows = [100 * base + part[e_idx] for e_idx, base in entry_base.items()]
        lows.sort(reverse=True)
        floor = max(floor, min(lows[limit - 1], 100.0) - EPSILON)
        prune = True
    if prune:
        need = {e_idx: floor - part[e_idx] - EPSILON for e_idx in entry_base}
        prelim = [row for row in prelim if 100 * (row[0] + ratio_w) >= need[phrase_entry[row[1]]]]
    prelim.sort(reverse=True)
    return _score(m, query, prelim, part, limit, ratios)


def _floor(m: Matcher, query: tuple[str, ...], rows: list[tuple[float, int]],
           part: dict[int, float], limit: int, ratios: dict[int, float], floor: float,
           min_score: float, held: list[float], lengths: bool = False) -> tuple[float, bool]:
    """The floor raised to the `limit`-th best final score of the entries weighed so far, and
    whether that reaches min_score (then no row returned is an entry that cannot reach the
    floor, so entry bounds may count the ratio its texts' lengths allow: a long message
    against short phrasings; below min_score, rows may be such entries: fallback hints).
    `rows`: the prelim rows of the entries weighed since the last call; `held`: the best
    `limit` final scores of those weighed before (updated). The entries are disjoint, so
    the `limit`-th best of all is the `limit`-th best of both lists' (exact, as `_score`)."""
    held += [c.score for c in _score(m, query, sorted(rows, reverse=True), part, limit, ratios)]
    held.sort(reverse=True)
    del held[limit:]
    if len(held) < limit:
        return floor, lengths
    return max(floor, held[limit - 1] - EPSILON), held[limit - 1] >= min_score


def entry_extents(m: Matcher) -> tuple[list[tuple[int, int]], FacetGroups]:
    """Per entry: its shortest and longest phrasing text, and (all entries) the distinct
    facet sets."""
    texts = m._phrase_text
    lengths = [(min(map(len, map(texts.__getitem__, r)), default=0),
                max(map(len, map(texts.__getitem__, r)), default=0)) for r in m._entry_phrasings]
    return lengths, FacetGroups(m._entry_facets, m.facets.sole)


def sorted_texts(texts: list[str]) -> list[str]:
    """Each phrasing's words in sorted order, as fuzz.token_sort_ratio sorts them (per call,
    ~2 of its ~3 us): the ratio of two such texts is the same Indel ratio, bit for bit."""
    return [" ".join(sorted(text.split())) for text in texts]


def ratio_cap(q_len: int, shortest: int, longest: int) -> float:
    """The highest token-sort ratio (0-1) a text of `q_len` characters can reach against one
    of `shortest`..`longest`: an Indel ratio is at most 1 - |a - b| / (a + b), which peaks
    at the length nearest `q_len` (sorting tokens keeps a text's length)."""
    return indel_cap(q_len, min(max(q_len, shortest), longest))


def tighter(m: Matcher, q_len: int, entries: list[int], bound: dict[int, float],
            cut: float, lowered: dict[int, float]) -> list[int]:
    """`entries` whose bound still reaches `cut` once the perfect ratio it counts is lowered
    to what the texts' lengths allow (`ratio_cap`; a margin far above float rounding).
    `lowered`: the bounds so lowered by earlier calls of the same ranking (filled in)."""
    top, lengths = 100 * WEIGHTS["ratio"], m._entry_lengths
    out = []
    for e in entries:
        low = lowered.get(e)
        if low is None:
            low = lowered[e] = bound[e] - top * (1.0 - ratio_cap(q_len, *lengths[e])) \
                + LENGTH_SLACK
        if low >= cut:
            out.append(e)
    return out


def _bases(m: Matcher, shared: dict[int, float], q_total: float,
           prelim: list[tuple[float, int]], entry_base: dict[int, float],
           foreign: frozenset[int] = frozenset()) -> None:
    """Append (cheap part, phrasing) rows for the phrasings that share a word (`shared`), and
    keep each entry's best cheap part. `foreign`: phrasings that lose agency.FOREIGN_PENALTY
    (only ever lowered: the entries' bounds still hold)."""
    phrase_weight, phrase_entry = m._phrase_weight, m._phrase_entry
    f1_w, cover_w = WEIGHTS["phrase_f1"], WEIGHTS["phrase_cover"]
    append = prelim.append
    base_of = entry_base.get
    for p_idx, sh in shared.items():
        cover_q = sh / q_total
        if cover_q > 1.0:
            cover_q = 1.0
        cover_p = sh / phrase_weight[p_idx]
        base = f1_w * (2 * cover_q * cover_p / (cover_q + cover_p)) + cover_w * cover_p
        if foreign and p_idx in foreign:
            base -= agency.FOREIGN_PENALTY / 100
        append((base, p_idx))
        e_idx = phrase_entry[p_idx]
        if base > base_of(e_idx, -1.0):
            entry_base[e_idx] = base


def _score(m: Matcher, query: tuple[str, ...], prelim: list[tuple[float, int]],
           part: dict[int, float], limit: int | None,
           ratios: dict[int, float] | None = None) -> list[Candidate]:
    """Fuzzy ratios best-first; stops scoring an entry once no phrasing can beat its best.
    `ratios`: the ratios already computed for this query, per phrasing (filled in)."""
    if ratios is None:
        ratios = {}
    q_sorted = " ".join(sorted(query))  # token_sort_ratio's sorting, once (sorted_texts)
    phrase_entry, phrase_text, phrase_sorted = m._phrase_entry, m._phrase_text, m._phrase_sorted
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
        ratio = ratios.get(p_idx)
        if ratio is None:
            ratio = ratios[p_idx] = fuzz.ratio(q_sorted, phrase_sorted[p_idx]) / 100
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
    return [Candidate(m._entry_ids[e_idx], score, phrase_text[p_idx])  # only the rows returned
            for score, _, e_idx, p_idx in (rows if limit is None else rows[:limit])]
