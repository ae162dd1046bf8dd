"""Entries about programs the asker does not have: a BPU's question is not about JP or JKP.

Why: an informal worker (BPU: an ojol driver, a trader, a domestic worker) has JKK, JKM and
an optional JHT, never JP nor JKP (umum-beda-pu-bpu). "Saya PRT, majikan mau daftarin saya,
yang bayar siapa dan berapa" shares "siapa yang bayar" with every program's contribution
entry, and JKP's answered it. The programs each audience lacks are data (faq/facets.yaml
`lacks`); an entry about those programs only, and not itself for that audience ("bpu bisa
ikut jp?" has its own entry), loses LACKING_PENALTY when the question reads as that audience.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.understand.facets import FacetSet

# As much as an entry for another audience loses (facet_deltas.AUDIENCE_PENALTY) and a few
# points more: the program is not the asker's at all. 5, 8 and 12 give the same on the blind
# dev halves, real/tune and the labelled sets (2026-12-01).
LACKING_PENALTY = 8.0


def lacking_entries(programs: Iterable[tuple[str, ...]], facets: list[FacetSet],
                    lacks: dict[str, tuple[str, ...]]) -> dict[str, frozenset[int]]:
    """Per audience of `lacks`: the entries (indexes) about its lacking programs only and
    not for that audience."""
    found: dict[str, set[int]] = {audience: set() for audience in lacks}
    for e_idx, (entry_programs, (_aspects, audiences)) in enumerate(
            zip(programs, facets, strict=True)):
        for audience, lacked in lacks.items():
            if entry_programs and set(entry_programs) <= set(lacked) \
                    and audience not in audiences:
                found[audience].add(e_idx)
    return {audience: frozenset(es) for audience, es in found.items()}


def lacked(lacking: dict[str, frozenset[int]], audiences: frozenset[str]) -> frozenset[int]:
    """The entries a question of these audiences does not ask about."""
    hit = [lacking[a] for a in audiences if a in lacking]
    return frozenset().union(*hit) if hit else frozenset()
