"""What a matcher gives for each question, for tests that compare two ways of computing it."""

from __future__ import annotations


def match_outputs(matcher, questions) -> list:
    """Each question's outcome, candidates and others (id, score, phrasing), caches cleared."""
    matcher._correct.cache_clear()
    matcher.normalizer.tokens.cache_clear()
    out = []
    for q in questions:
        r = matcher.match(q)
        out.append((r.outcome, [(c.entry_id, c.score, c.phrasing) for c in r.candidates],
                    [(c.entry_id, c.score, c.phrasing) for c in r.others]))
    return out
