"""The facets' part of an entry's score (faq/facets.yaml), per distinct facet set.

Kept apart from ranking.py: `entry_parts` adds one delta per entry sharing a word with the
question (~200 in a long English story, a few dozen distinct facet sets), so the deltas are
computed once per set and call, with the query's sets combined once, not per entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand import writer
from bot.understand.writer import writer_penalty

if TYPE_CHECKING:
    from bot.understand.facets import FacetSet
    from bot.understand.writer import WriterReader

# Facets (faq/facets.yaml): an entry about what the question is about (aspect) or for who asks
# (audience) gains; one about something else loses. Smaller than the program terms: a facet
# cue is weaker evidence than a program name.
ASPECT_BONUS, ASPECT_PENALTY = 3.0, 8.0
AUDIENCE_BONUS, AUDIENCE_PENALTY = 3.0, 5.0
# A story that tells several events (faq/facets.yaml `events`: "ayah meninggal kecelakaan pas
# pulang kerja" is a death AND a work accident) is about the entries that tell all of them (a
# death by work accident) more than those that tell one (a death has its aspect bonus; an
# accident is a situation, worth nothing to the entries sharing it). Measured through the
# whole engine (2026-12-01, with the plain questions of clauses.py/several.py): dev-6 two more
# right entries first, one wrong answer fewer, nothing worse on real/tune and the dev halves.
# A penalty (1.5 or 3) for entries telling only some of the events cost dev-6 an answer:
# "meninggal karena sakit" lifted jkm-manfaat, the one JKM entry telling an illness.
EVENTS_BONUS = 3.0
# A message read for a sole audience (faq/facets.yaml `sole_audiences`: a migrant worker, PMI, or
# their family) is answered by that audience's own entries: the others lose SOLE_PENALTY (the
# general JKM claim is not a PMI heir's answer). Among its own entries, those without the aspect
# asked (when one of them has it) lose SIBLING_PENALTY: "iuran" picks pmi-iuran, a death or a
# claim pmi-klaim, over the general pmi-program. Tuning (2026-12-01, migrant messages of every
# tuning set, 94): 12/8 best; 6 or 4 lift fewer, a sibling 12 loses English answers.
# An entry that answers an aspect asked which none of the audience's own entries has keeps its
# place: a domestic worker's (`household`) one entry is on registering her, not on her
# broken wrist (jkk-bpu). Migrant messages: no change.
SOLE_PENALTY, SIBLING_PENALTY = 12.0, 8.0
# Deltas held per distinct query facets (each a list of one float per entry): at most this
# many (~0.3 MB).
HELD_DELTAS = 128


def facet_adjustment(entry: FacetSet, facets: FacetSet, opposites: frozenset[str],
                     situations: frozenset[str] = frozenset(),
                     writers: WriterReader | None = None,
                     events: frozenset[str] = frozenset(),
                     sole_aspects: dict[str, frozenset[str]] | None = None) -> float:
    """The facets' part of an entry's score. A situation told (faq/facets.yaml `situations`:
    a work accident, still working) only excludes: the entry about the contrary situation
    ("masih kerja" for a resign question) is demoted even when it is about the claim asked,
    while the siblings that share the situation get nothing for it (the JKP entries all
    tell of a layoff; "cara klaim jkp korban phk" asks the claim)."""
    return FacetGroups([entry], frozenset(sole_aspects or ()), sole_aspects).deltas(
        facets, opposites, situations, writers, events)[0]


class FacetGroups:
    """The entries' distinct facet sets, and which one each entry has."""

    def __init__(self, facets: list[FacetSet], sole: frozenset[str] = frozenset(),
                 sole_aspects: dict[str, frozenset[str]] | None = None):
        index: dict[FacetSet, int] = {}
        self.of_entry = [index.setdefault(f, len(index)) for f in facets]
        self.sets = list(index)
        self.sole = sole
        # The aspects of each sole audience's own entries (the asked ones pick among them)
        # (given when the groups are one entry's: facet_adjustment)
        self.sole_aspects = sole_aspects if sole_aspects is not None else {
            a: frozenset().union(*(asp for asp, aud in self.sets if a in aud)) for a in sole}
        # The deltas of the facets last asked, per entry: the messages' rankings ask for the
        # same few (142 distinct in 604 rankings of the labelled questions).
        self._held: dict[tuple[object, ...], list[float]] = {}

    def deltas(self, facets: FacetSet, opposites: frozenset[str],
               situations: frozenset[str] = frozenset(),
               writers: WriterReader | None = None,
               events: frozenset[str] = frozenset()) -> list[float]:
        """`facet_adjustment` of each entry, in `of_entry` order (the caller only reads it):
        the same terms added in the same order (bit-identical)."""
        # The terms' sizes are in the key: a test (or tuning run) that changes one gets new
        # deltas, never those held from before.
        key = (facets, opposites, situations, writers, events, ASPECT_BONUS, ASPECT_PENALTY,
               AUDIENCE_BONUS, AUDIENCE_PENALTY, EVENTS_BONUS, SOLE_PENALTY, SIBLING_PENALTY,
               writer.WRITER_PENALTY,
               writer.ALL_PENALTY, writer.CAUSE_PENALTY)
        found = self._held.get(key)
        if found is None:
            if len(self._held) >= HELD_DELTAS:
                self._held.clear()
            of_set = self._deltas(facets, opposites, situations, writers, events)
            found = self._held[key] = list(map(of_set.__getitem__, self.of_entry))
        return found

    def clear(self) -> None:
        """Forget the deltas held (bench/latency.py answers every question cold)."""
        self._held.clear()

    def _deltas(self, facets: FacetSet, opposites: frozenset[str],
                situations: frozenset[str], writers: WriterReader | None,
                events: frozenset[str]) -> list[float]:
        """`deltas`, computed: "A & B nonempty" is tested as "not disjoint"."""
        q_aspects, q_audiences = facets
        told_contrary = opposites & situations  # a situation contrary to the one told
        asked = q_aspects - situations
        contrary = opposites - situations  # the opposite of what is asked (benefit)
        writing = writers is not None and not writers.names.isdisjoint(q_audiences)
        sole = q_audiences & self.sole
        # The aspects the sole audience's own entries answer: those asked pick among them;
        # what the question asks beyond them ("patah tangan" of a domestic worker: JKK's
        # entries answer it, not the one on registering her) keeps other entries' places.
        sole_own = frozenset().union(*(self.sole_aspects[a] for a in sole))
        sole_asked = q_aspects & sole_own
        beyond = asked - sole_own if sole else frozenset()
        told = q_aspects & events
        if len(told) < 2:  # one event told: the situations' terms above say it all
            told = frozenset()
        out = []
        for e_aspects, e_audiences in self.sets:
            delta = 0.0
            if not e_aspects.isdisjoint(told_contrary):
                delta -= ASPECT_PENALTY
            if not e_aspects.isdisjoint(asked):
                delta += ASPECT_BONUS
            elif not e_aspects.isdisjoint(contrary):
                delta -= ASPECT_PENALTY
            if q_audiences:
                if not q_audiences.isdisjoint(e_audiences):
                    delta += AUDIENCE_BONUS
                elif e_audiences:
                    delta -= AUDIENCE_PENALTY
                if sole:  # a migrant worker's message: their own entries (faq `sole_audiences`)
                    if sole.isdisjoint(e_audiences):
                        if e_aspects.isdisjoint(beyond):
                            delta -= SOLE_PENALTY
                    elif sole_asked and e_aspects.isdisjoint(sole_asked):
                        delta -= SIBLING_PENALTY
                if writing:  # writer.py
                    delta -= writer_penalty(writers, e_aspects, e_audiences, q_audiences,
                                            q_aspects)
            if told and told <= e_aspects:
                delta += EVENTS_BONUS
            out.append(delta)
        return out
