"""Per phrasing, the summed weight of the query words it holds: ranking.rank's shared weights.

Kept apart from ranking.py (its module size): the sums over all postings (`accumulate`) and
over the phrasings of a few entries only (`shared_in`), each added in query order, so the
two give the same floats for a phrasing.
"""

from __future__ import annotations

from itertools import repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

# shared_in: looking a word up in an entry's own words costs about as much as this many
# postings scanned by a set intersection (timed on the labelled questions with bisection, which
# costs twice as much: the switch to intersections comes later than it could, never wrongly).
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


def entry_words(m: Matcher) -> list[dict[str, tuple[int, ...]]]:
    """Per entry: each word of its phrasings, with the phrasings holding it (in order)."""
    out: list[dict[str, tuple[int, ...]]] = [{} for _ in m._entry_phrasings]
    phrase_entry = m._phrase_entry
    same: dict[tuple[int, ...], tuple[int, ...]] = {}  # equal tuples held once (~0.1 MB)
    for word, found in m._postings.items():
        # An entry's phrasings are contiguous: its part of a word's postings is one run,
        # sliced from them (no list per entry and word: the build's peak stays resident).
        start = 0
        for end in range(1, len(found) + 1):
            if end == len(found) or phrase_entry[found[end]] != phrase_entry[found[start]]:
                held = found[start:end]
                out[phrase_entry[found[start]]][word] = same.setdefault(held, held)
                start = end
    return out


def shared_in(m: Matcher, q_weight: dict[str, float], entries: list[int]) -> dict[int, float]:
    """`accumulate` over the phrasings of `entries` only: per entry, each query word looked up
    in the entry's own words (`entry_words`; half the time of bisecting the postings); with
    many entries for the postings, one set intersection per word is cheaper. Each phrasing's
    sum is added in query order either way (bit-identical)."""
    postings = m._postings
    words = [(t, w) for t, w in q_weight.items() if t in postings]
    if len(entries) * len(words) * SPAN_COST >= sum(len(postings[t]) for t, _ in words):
        return accumulate(postings, q_weight, _phrasings_of(m, entries))
    own = m._entry_words
    shared: dict[int, float] = {}
    get = shared.get
    for e_idx in entries:
        held = own[e_idx]
        for tok, weight in words:
            found = held.get(tok)
            if found:
                for p_idx in found:
                    shared[p_idx] = weight + get(p_idx, 0.0)  # 0.0 + w == w, as accumulate
    return shared


def _phrasings_of(m: Matcher, entries: list[int]) -> set[int]:
    return set().union(*map(m._entry_phrasings.__getitem__, entries))
