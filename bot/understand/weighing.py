"""A query's word weights and entry-level terms (`Matcher.rank`), and a ranking of a few entries.

Kept apart from matcher.py (its module size). `rank_among` ranks only the entries asked about:
several.capped_ties needs the order of two or three entries tied at the cap, not the whole
ranking of every entry sharing a word (most of a story's English messages' one ranking call).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from bot.understand import ranking
from bot.understand.agency import names_own_only
from bot.understand.match_result import Candidate, Query, programs_in, word_pairs

if TYPE_CHECKING:
    from collections.abc import Iterable

    from bot.understand.facets import FacetSet
    from bot.understand.matcher import Matcher

# In a long message (bot/understand/clauses.py) the words of the clauses that ask weigh this
# many times the words of the story around them: the story still steers, the question leads.
ASKING_EMPHASIS = 3.0
# English: a dictionary word the FAQ never uses ("week") weighs this share of an unknown word.
COMMON_UNKNOWN_SHARE = 0.5


def weigh(m: Matcher, query: tuple[str, ...], facets: FacetSet, emphasis: frozenset[str],
          weight_cap: float | None) -> tuple[dict[str, float], float, Query]:
    """The query's word weights, their total (capped at `weight_cap`) and its entry-level
    terms, as `Matcher.rank` scores them."""
    idf = m._idf
    unknown = m._unknown_idf * m.UNKNOWN_FACTOR
    q_weight = {t: idf.get(t, unknown) * (ASKING_EMPHASIS if t in emphasis else 1.0)
                for t in query}
    if m._common is not None:  # English story words: not out-of-scope signals
        for t in [t for t in q_weight if t not in idf and m._common(t)]:
            q_weight[t] *= COMMON_UNKNOWN_SHARE
    q_total = min(sum(q_weight.values()), math.inf if weight_cap is None else weight_cap)
    named = m.agencies_named(query)
    q = Query(frozenset(query), programs_in(query), facets,
              m.facets.opposites(facets[0]), word_pairs(query),
              frozenset().union(*named) if named else None,
              m._foreign if names_own_only(query, m.facets.own_agency,
                                           m.facets.agencies) else frozenset(),
              ASKING_EMPHASIS if emphasis and not emphasis.isdisjoint(query) else 1.0)
    return q_weight, q_total, q


def rank_among(m: Matcher, query: tuple[str, ...], entry_ids: Iterable[str],
               facets: FacetSet, emphasis: frozenset[str] = frozenset()) -> list[Candidate]:
    """`m.rank(query, None, facets, emphasis)` with only the rows of `entry_ids`, in the same order
    (each entry's row is computed as in the whole ranking, and rows are ordered by score,
    then by the entry's best cheap part and its phrasing: none depends on other entries)."""
    if not query:
        return []
    index = m._entry_index
    among = sorted({index[e] for e in entry_ids if e in index})
    return ranking.rank(m, query, *weigh(m, query, facets, emphasis, None), None,
                        among=among)
