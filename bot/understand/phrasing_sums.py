"""Per phrasing, the summed weight of the query words it holds: ranking.rank's shared weights.

Kept apart from ranking.py (its module size): the sums over all postings (`accumulate`) and
over the phrasings of a few entries only (`shared_in`), each added in query order, so the
two give the same floats for a phrasing.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

# shared_in: finding an entry's span in a word's sorted postings by bisection costs about as
# much as this many postings scanned by a set intersection (timed on the labelled questions).
SPAN_COST = 3


def accumulate(postings: dict[str, tuple[int, ...]], q_weight: dict[str, float],
               within: set[int] | None = None) -> dict[int, float]:
    """Per phrasing (or entry): the summed weight of the query words it contains, added in
    query order (0.0 + w1 + w2 ...); with `within`, only for those phrasings."""
    shared: dict[int, float] | None = None
    for tok, weight in q_weight.items():
        found = postings.get(tok)
        if not found:
            continue
        if within is not None:  # one C pass over the postings, no float work for the others
            found = within.intersection(found)
            if not found:
                continue
        if shared is None:  # the first word's postings in one C call: 0.0 + w == w
            shared = dict.fromkeys(found, weight)
            get = shared.get
            continue
        # shared[idx] = get(idx, 0.0) + weight for every idx, iterated in C (IEEE addition is
        # commutative, so weight + x is bit-identical); a word's postings hold each idx once.
        shared.update(zip(found, map(weight.__add__, map(get, found, repeat(0.0))), strict=True))
    return shared or {}


def shared_in(m: Matcher, q_weight: dict[str, float], entries: list[int]) -> dict[int, float]:
    """`accumulate` over the phrasings of `entries` only. An entry's phrasings are contiguous
    and postings sorted, so per query word each entry's span is found by bisection; with many
    entries for the postings, one set intersection per word is cheaper. Each phrasing's sum
    is added in query order either way (bit-identical)."""
    postings = m._postings
    words = [(postings[t], w) for t, w in q_weight.items() if t in postings]
    if len(entries) * len(words) * SPAN_COST >= sum(len(found) for found, _ in words):
        return accumulate(postings, q_weight, _phrasings_of(m, entries))
    spans = sorted((r.start, r.stop) for r in map(m._entry_phrasings.__getitem__, entries))
    shared: dict[int, float] = {}
    get = shared.get
    for found, weight in words:
        n, lo = len(found), 0
        for start, stop in spans:
            lo = bisect_left(found, start, lo)
            if lo == n:
                break
            if found[lo] < stop:
                hi = bisect_left(found, stop, lo)
                for p_idx in found[lo:hi]:
                    shared[p_idx] = weight + get(p_idx, 0.0)  # 0.0 + w == w, as accumulate
                lo = hi
    return shared


def _phrasings_of(m: Matcher, entries: list[int]) -> set[int]:
    return set().union(*map(m._entry_phrasings.__getitem__, entries))
