"""How much of itself an entry's best phrasing can cover: a tighter bound for ranking.rank.

An entry's bound (ranking.entry_parts) counted its phrasings' own coverage (shared weight /
phrasing weight) as if one phrasing held every query word the entry's vocabulary holds and were
also its lightest one: in a long message most entries then seemed to reach the floor, and all
their phrasings were weighed to find they did not. A phrasing's coverage is the sum, over the
query words it holds, of the word's query weight / the phrasing's weight; per query word, the
entry's lightest phrasing holding the word bounds that term, so the sum of those bounds every
phrasing's coverage. The bound only drops entries that could not reach the floor: no result
changes. Phrasings weighed over the labelled questions: Indonesian 97,345 -> 73,261, English
53,219 -> 38,337 (bench/README.md, tenth session).
"""

from __future__ import annotations

from itertools import repeat
from operator import add, truediv
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

INFINITY = float("inf")  # a word only an entry's keywords hold: no phrasing's coverage


def lightest_holding(m: Matcher) -> dict[str, tuple[float, ...]]:
    """Per word, aligned with `m._entry_postings[word]`: the weight of the entry's lightest
    phrasing that holds the word (infinite when only the entry's keywords hold it)."""
    weights, phrase_entry = m._phrase_weight, m._phrase_entry
    out: dict[str, tuple[float, ...]] = {}
    for word, entries in m._entry_postings.items():
        lightest: dict[int, float] = {}
        for p_idx in m._postings.get(word, ()):
            e_idx = phrase_entry[p_idx]
            if weights[p_idx] < lightest.get(e_idx, INFINITY):
                lightest[e_idx] = weights[p_idx]  # the phrasing's own float: nothing new held
        out[word] = tuple(lightest.get(e, INFINITY) for e in entries)
    return out


def terms_of(weight: float, lightest: tuple[float, ...]) -> tuple[complex, ...]:
    """Aligned with a word's entry postings: complex(weight, weight / lightest), the word's
    weight and its coverage term for a query word weighed `weight` (`entry_sums`)."""
    return tuple(map(complex, repeat(weight), map(truediv, repeat(weight), lightest)))


def entry_sums(m: Matcher, q_weight: dict[str, float]) -> dict[int, complex]:
    """Per entry sharing a query word, in one pass over the entry postings: the summed weight
    of the query words it holds (real part: phrasing_sums.accumulate's sum) and at least the own
    coverage of each of its phrasings (imaginary part). A complex sum adds the two parts
    apart, each in query order as two float sums would (bit-identical); a word weighed at
    its idf (most of a long story's) or at idf * the asking emphasis (the question's words of a
    story, in each of its rankings) adds its terms kept from the first message that weighed it
    so (`terms_of`), without a division. Kept per word on first use, not built for the whole
    vocabulary: most words are never asked (~0.65 MB a matcher; bench/README.md, mem22)."""
    postings, terms, lightest, idf = (m._entry_postings, m._entry_terms,
                                      m._entry_lightest_holding, m._idf)
    factor, emphasised = m._emphasised_terms
    sums: dict[int, complex] = {}
    get = sums.get
    for tok, weight in q_weight.items():
        found = postings.get(tok)
        if found:
            if weight == idf[tok]:
                added = terms.get(tok) or terms.setdefault(tok, terms_of(weight, lightest[tok]))
            elif weight == idf[tok] * factor:  # the same product as the query's weight
                added = emphasised.get(tok) or emphasised.setdefault(
                    tok, terms_of(weight, lightest[tok]))
            else:
                added = map(complex, repeat(weight), map(truediv, repeat(weight), lightest[tok]))
            sums.update(zip(found, map(add, map(get, found, repeat(0j)), added), strict=True))
    return sums
