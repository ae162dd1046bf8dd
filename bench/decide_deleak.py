"""Tuning cases for `bench/decide.py log --deleak`: each with the phrasings written from it.

real/tune (bench/deleak.py's `deleaked`) and the blind dev halves (the same test: phrasings first
committed after the message's `q:` line whose words are mostly the message's). Asked on content
without them, the tuning messages look like the held-out parts (bench/deleak.py: real/tune
answered wrong 8.2% as is, 13.4% without copies; the held-out parts 11-19%), which is what the
answer-or-ask thresholds should be fitted on. The labelled sets stay as they are: they are the
floors `faq test` enforces, and most of their questions are meant to be phrasings.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bench.deleak import MIN_SHARE, case_times, copies, deleaked, phrasing_times, without
from bot.content.faqbase import FaqBase
from bot.content.yamlsrc import LineDict, LineList, load_yaml
from bot.staff.real_sets import RealCase
from bot.understand.matcher import Matcher

Drop = frozenset[tuple[str, str]]


def tune_cases(faq: FaqBase, m: Matcher) -> list[tuple[str, str, Drop]]:
    """(question, expected entry, phrasings to drop) for every real/tune message."""
    return [(c.question, c.expect, drop) for c, drop in deleaked(faq, m, MIN_SHARE)]


def blind_cases(path: Path, faq: FaqBase, m: Matcher,
                times: dict[tuple[str, str], int]) -> list[tuple[str, str, Drop]]:
    """The same for one blind dev half (its items' `q:` lines dated by git blame)."""
    data, problems = load_yaml(path, path.name)
    assert not problems and isinstance(data, LineList), problems
    cases = []
    for item in data:
        assert isinstance(item, LineDict)
        cases.append(RealCase(str(item["q"]), str(item["expect"]), str(path),
                              item.line_of("q"), ""))
    when = case_times(cases)
    return [(c.question, c.expect, copies(m, faq, c, when[c], times, MIN_SHARE))
            for c in cases]


def all_times(faq_dir: Path) -> dict[tuple[str, str], int]:
    return phrasing_times(faq_dir)


def swapped(content, drop: Drop):
    """The engine's content without `drop` (the English matcher rebuilds lazily from it)."""
    faq2 = without(content.faq, drop)
    return replace(content, faq=faq2, matcher=Matcher(faq2))
