"""The labelled calculation messages in faq/tests/calc/*.yaml, through the reader and `ask`.

Each item: `q` (the message), `kind` (what the reader must read: contribution, benefit,
projection, fine, payslip, other_scheme, ask = a question back, none = not a calculation),
optionally `figure` (the headline figure, worked out by hand in a comment next to it), `says`
(text the reply must contain), `as_of` (the date computed for; default 2026-11-24), `lang`
(en: an English message, read as English and answered with English figures).
Every item must pass: a wrong figure is worse than no answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml

from bot.app.composition import build_engine, close_engine
from bot.calc.outcome import SHORT_LIMIT
from bot.console.ask import ask, summarize
from bot.core.formatting import rupiah
from bot.core.locale import rupiah_en
from bot.core.settings import PROJECT_ROOT
from bot.understand.reader import read
from tests.reader_cues import CUES

CASES_DIR = PROJECT_ROOT / "faq" / "tests" / "calc"
DEFAULT_AS_OF = date(2026, 11, 24)
KINDS = {"contribution", "benefit", "projection", "fine", "payslip", "other_scheme", "ask",
         "none"}


def load_cases() -> list[dict]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for i, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            assert item.get("kind") in KINDS, f"{path.name} item {i + 1}: bad kind"
            cases.append({**item, "where": f"{path.name}#{i + 1}"})
    return cases


def reader_kind(text: str, on: date, lang: str = "id") -> str:
    req = read(text, CUES, on, lang)
    if req is None or req.kind == "not_calc":
        return "none"
    return "ask" if req.problem or req.topic == "pu_or_bpu" else req.kind


def headline(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def check(case: dict, summary: dict, on: date) -> str | None:
    """Why the case fails, or None."""
    got = reader_kind(case["q"], on, case.get("lang", "id"))
    if got != case["kind"]:
        return f"reader read {got}, expected {case['kind']}"
    if case["kind"] == "none":
        return "the calculator answered" if summary["kind"] == "calculation" else None
    if summary["kind"] != "calculation":
        return f"reply kind {summary['kind']}"
    if "figure" in case:
        figure = Decimal(str(case["figure"]))
        want = rupiah_en(figure) if case.get("lang") == "en" else rupiah(figure)
        if not re.search(re.escape(want) + r"(?![\d.])", headline(summary["text"])):
            return f"headline {headline(summary['text'])!r} lacks {want}"
    if "says" in case and case["says"].lower() not in summary["text"].lower():
        return f"reply lacks {case['says']!r}"
    if len(summary["text"]) > SHORT_LIMIT:
        return f"reply is {len(summary['text'])} characters"
    return None


def test_the_set_is_large_enough():
    assert len(load_cases()) >= 150


async def test_every_labelled_calculation_passes(settings, tmp_path: Path):
    cases = load_cases()
    failures = []
    engines = {}
    try:
        for case in cases:
            on = case.get("as_of") or DEFAULT_AS_OF
            if on not in engines:
                engines[on] = await build_engine(
                    replace(settings, bot_db_path=tmp_path / f"{on}.sqlite3"), as_of=on)
            summary = summarize(case["q"], await ask(engines[on], case["q"]))
            why = check(case, summary, on)
            if why:
                failures.append(f"{case['where']} {case['q']!r}: {why}")
    finally:
        for engine in engines.values():
            await close_engine(engine)
    assert not failures, f"{len(failures)}/{len(cases)} failed:\n" + "\n".join(failures)
