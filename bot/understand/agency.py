"""Which agency a phrasing names: BPJS Ketenagakerjaan's own names or another's (facets.yaml).

Why: "bpjs tk sy mati gara gara kantor telat bayar" shares every word but one with the
BPJS Kesehatan redirect's "bpjs kes sy mati gara gara telat bayar", and "bpjstk" and "bpjskes"
are close strings to the fuzzy ratio. A message that names BPJS Ketenagakerjaan and no other
agency is about BPJS Ketenagakerjaan: a phrasing that names only another agency answers
something else. The other direction (a message naming another agency) is ranking's
AGENCY_PENALTY on the entries that never name it.
"""

from __future__ import annotations

from collections.abc import Iterable

# A phrasing naming only another agency loses this much (out of 100) against a message that
# names BPJS Ketenagakerjaan alone.
FOREIGN_PENALTY = 30.0


def foreign_phrasings(phrasings: Iterable[tuple[str, ...]], own: frozenset[str],
                      others: frozenset[str]) -> frozenset[int]:
    """The positions of the phrasings that name another agency and not BPJS Ketenagakerjaan."""
    return frozenset(i for i, toks in enumerate(phrasings)
                     if not others.isdisjoint(toks) and own.isdisjoint(toks))


def names_own_only(query: Iterable[str], own: frozenset[str], others: frozenset[str]) -> bool:
    """Whether the query names BPJS Ketenagakerjaan and no other agency."""
    words = frozenset(query)
    return not own.isdisjoint(words) and others.isdisjoint(words)
