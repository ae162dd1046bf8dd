"""`python -m bot faq test`: the labelled sets, then the real messages through the whole engine."""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from bot.core.settings import Settings


def cmd_faq_test(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content.yamlsrc import ContentError
    from bot.staff import regression as reg

    directory = args.directory or settings.faq_dir
    try:
        evaluation, english = reg.evaluate_both(directory, settings.templates_dir, args.as_of)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        print("GAGAL: berkas FAQ tidak valid; jalankan `faq check` dulu", file=sys.stderr)
        return 1
    baseline_path = args.baseline or directory / "tests" / ".last-run.json"
    baseline = reg.load_baseline(baseline_path)
    required = evaluation.thresholds.min_pass_rate if args.min_pass is None else args.min_pass
    for line in reg.report_lines(evaluation, required, baseline):
        print(line)
    if not args.no_save and not evaluation.problems:
        reg.save_baseline(baseline_path, evaluation)
    english_ok = True
    if english is not None:
        print("--- English (faq/tests/en, English matcher) ---")
        for line in reg.report_lines(english, english.thresholds.min_pass_rate):
            print(line)
        english_ok = english.ok()
    real_ok = asyncio.run(_faq_test_real(settings, directory, args.as_of, args.tune_only))
    if evaluation.ok(required) and real_ok and english_ok:
        print("OK")
        return 0
    if evaluation.total == 0:
        print(f"GAGAL: tidak ada pertanyaan uji berlabel di {directory / 'tests'}", file=sys.stderr)
    else:
        print("GAGAL", file=sys.stderr)
    return 1


async def _faq_test_real(settings: Settings, directory: Path, as_of: date | None,
                         tune_only: bool = False) -> bool:
    """The real-message parts (faq/tests/real), asked through the whole engine; `tune_only`:
    the tuning part alone, so that a tuning session never sees a held-out figure."""
    from bot.app.composition import build_engine, close_engine
    from bot.console.ask import ask_two_taps
    from bot.staff.real_sets import evaluate_real, report_real

    if not (directory / "tests" / "real").is_dir():
        return True
    engine = await build_engine(replace(settings, faq_dir=directory), as_of, db_path=":memory:")
    try:
        parts, problems = await evaluate_real(
            directory / "tests", set(engine.store.current.faq.entries),
            lambda question: ask_two_taps(engine, question), tuned_only=tune_only)
    finally:
        await close_engine(engine)
    for line in [*map(str, problems), *report_real(parts)]:
        print(line)
    if tune_only:
        print("(bagian ditahan tidak dijalankan: --tune-only)")
    return not problems and all(part.ok() for part in parts)
