"""The facets' part of the score per distinct facet set equals the set expressions it replaced."""

from __future__ import annotations

from bot.content.faqbase import load_faq
from bot.staff.regression import load_labelled
from bot.understand.facet_deltas import (
    ASPECT_BONUS,
    ASPECT_PENALTY,
    AUDIENCE_BONUS,
    AUDIENCE_PENALTY,
    EVENTS_BONUS,
    SIBLING_PENALTY,
    SOLE_PENALTY,
    FacetGroups,
)
from bot.understand.matcher import Matcher
from bot.understand.writer import writer_penalty
from tests.conftest import FAQ_DIR


def reference(entry, facets, opposites, situations, writers, events=frozenset(),
              sole_aspects=None) -> float:
    """facet_adjustment as written before the groups (intersections, then truth);
    `sole_aspects`: each sole audience's entries' aspects (an entry answering an aspect asked
    that none of them has is not demoted)."""
    q_aspects, q_audiences = facets
    e_aspects, e_audiences = entry
    delta = 0.0
    if opposites & e_aspects & situations:
        delta -= ASPECT_PENALTY
    if (q_aspects & e_aspects) - situations:
        delta += ASPECT_BONUS
    elif (opposites & e_aspects) - situations:
        delta -= ASPECT_PENALTY
    if q_audiences:
        if q_audiences & e_audiences:
            delta += AUDIENCE_BONUS
        elif e_audiences:
            delta -= AUDIENCE_PENALTY
        sole = set(q_audiences) & set(sole_aspects or {})
        # asked aspects none of the sole audience's entries answers keep their entries
        beyond = (set(q_aspects) - set(situations)) - set().union(
            *(sole_aspects[a] for a in sole)) if sole else set()
        if sole and not sole & e_audiences:
            if not beyond & e_aspects:
                delta -= SOLE_PENALTY
        elif sole:
            asked = set(q_aspects) & set().union(*(sole_aspects[a] for a in sole))
            if asked and not asked & e_aspects:
                delta -= SIBLING_PENALTY
        if writers is not None and not writers.names.isdisjoint(q_audiences):
            delta -= writer_penalty(writers, e_aspects, e_audiences, q_audiences, q_aspects)
    if len(q_aspects & events) > 1 and q_aspects & events <= e_aspects:
        delta += EVENTS_BONUS
    return delta


def test_groups_are_the_distinct_sets_in_entry_order() -> None:
    a = (frozenset({"claim"}), frozenset())
    b = (frozenset({"claim"}), frozenset({"employer"}))
    groups = FacetGroups([a, b, (frozenset({"claim"}), frozenset()), b])
    assert groups.sets == [a, b]
    assert groups.of_entry == [0, 1, 0, 1]


def test_every_set_gets_what_the_set_expressions_gave() -> None:
    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    groups = matcher._facet_groups
    assert len(groups.sets) < len(matcher._entry_ids)  # entries share sets
    situations, writers = matcher.facets.situations, matcher.facets.story_writers
    events = matcher.facets.events
    sole_aspects = {a: set().union(*(asp for asp, aud in groups.sets if a in aud))
                    for a in matcher.facets.sole}
    assert sole_aspects, "faq/facets.yaml names a sole audience (pmi)"
    cases, _ = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    seen = set()
    for case in cases:
        facets = matcher.facets.read(case.question)
        opposites = matcher.facets.opposites(facets[0])
        got = groups.deltas(facets, opposites, situations, writers, events)
        want = [reference(groups.sets[g], facets, opposites, situations, writers, events,
                          sole_aspects) for g in groups.of_entry]
        assert got == want, case.question
        seen.update(want)
    # bonuses, penalties and their sums, a writer's penalty among them, were compared
    assert len(seen) > 6, seen
