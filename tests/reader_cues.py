"""What the calculator reader's tests share: faq/calc-cues.yaml, read once for all of them (not
once per test file), and the date the reader's fix tests compute for."""

from __future__ import annotations

from datetime import date

from bot.content.calc_cues import load_cues
from bot.core.settings import PROJECT_ROOT

CUES = load_cues(PROJECT_ROOT / "faq" / "calc-cues.yaml")
ON = date(2026, 11, 30)  # test_reader_*_fixes.py; a file computing for another date says so
