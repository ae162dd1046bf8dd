"""faq/calc-cues.yaml `numbered`: JKK risk-level words, month names and months counted from
this one are data; a broken list is reported by `faq check` as file:line, and a reload keeps
serving."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.content.calc_cues import FILE_NAME, check_cues, load_cues
from bot.content.check import run_check
from bot.content.store import ContentStore
from bot.understand.reader import read
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR
from tests.content.edits import edit_once


@pytest.fixture
def cue_copy(tmp_path: Path) -> Path:
    shutil.copy(FAQ_DIR / FILE_NAME, tmp_path / FILE_NAME)
    return tmp_path


def test_the_real_file_reads_the_levels_and_months():
    cues = load_cues(FAQ_DIR / FILE_NAME)
    assert cues.numbered["risk_levels"]["sangat tinggi"] == 5
    assert cues.numbered["risk_levels_en"]["moderate"] == 3
    assert cues.numbered["relative_months"]["bulan lalu"] == -1
    on = date(2026, 3, 10)
    req = read("iuran jkk risiko sangat rendah gaji 5 juta bulan lalu", cues, on)
    assert req is not None and req.jkk_class == 1 and req.month == "2026-02-01"
    req = read("contribution for a very high risk company salary 8 million", cues, on, "en")
    assert req is not None and req.jkk_class == 5


def test_a_word_staff_add_is_read(cue_copy: Path):
    path = cue_copy / FILE_NAME
    edit_once(path, "risk_levels: {sangat", "risk_levels: {menengah: 3, sangat")
    edit_once(path, "bulan depan: 1,", "bulan depan: 1, bulan sebelumnya: -1,")
    edit_once(path, "december: 12}", "december: 12, disember: 12}")
    edit_once(path, "dec: 12}", "dec: 12, dsb: 12}")
    cues, on = load_cues(path), date(2026, 3, 10)
    req = read("iuran jkk risiko menengah gaji 5 juta bulan sebelumnya", cues, on)
    assert req is not None and req.jkk_class == 3 and req.month == "2026-02-01"
    req = read("iuran gaji 5 juta bulan disember", cues, on)
    assert req is not None and req.month == "2026-12-01"
    req = read("iuran gaji 5 juta dsb 2025", cues, on)
    assert req is not None and req.month == "2025-12-01"
    req = read("iuran gaji 5 juta dsb", cues, on)  # a short name alone is not a month
    assert req is not None and req.month != "2026-12-01"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("sedang: 3,", "sedang: 6,", "numbered.risk_levels: 'sedang': 6 is not a whole number from "
     "1 to 5"),
    ("bulan kmrn: -1,", "bulan kmrn: lalu,", "numbered.relative_months: 'bulan kmrn': lalu is "
     "not a whole number"),
    ("very low: 1,", "very-low: 1,", "numbered.risk_levels_en: 'very-low' is not a word or "
     "phrase"),
    ("  risk_levels_en: {", "  risk_level_en: {", "numbered.risk_level_en: unknown list "
     "'risk_level_en'; use risk_levels, risk_levels_en, relative_months, months, months_short"),
    ("december: 12}", "december: 13}", "numbered.months: 'december': 13 is not a whole number "
     "from 1 to 12"),
])
def test_a_broken_list_is_reported_at_its_line(cue_copy: Path, old: str, new: str,
                                               message: str):
    line = edit_once(cue_copy / FILE_NAME, old, new)
    shown = [str(p) for p in check_cues(cue_copy)]
    assert any(s.startswith(f"{FILE_NAME}:{line}: {message}") for s in shown), shown


def test_a_missing_list_is_reported(cue_copy: Path):
    line = edit_once(cue_copy / FILE_NAME, "  relative_months: {", "  # relative_months: {")
    text = (cue_copy / FILE_NAME).read_text(encoding="utf-8").replace(
        "\n                    bulan depan: 1, bln lalu: -1, bln depan: 1}", "")
    (cue_copy / FILE_NAME).write_text(text, encoding="utf-8")
    numbered = text[:text.index("\nnumbered:")].count("\n") + 2
    assert line > numbered
    assert f"{FILE_NAME}:{numbered}: numbered: missing list 'relative_months'" in [
        str(p) for p in check_cues(cue_copy)]


def test_faq_check_and_a_reload_with_a_broken_list(tmp_path: Path):
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    store = ContentStore(faq, TEMPLATES_DIR, lambda: AS_OF)
    before = store.current
    line = edit_once(faq / FILE_NAME, "tinggi: 4,", "tinggi: [4],")
    _faq, problems = run_check(faq, TEMPLATES_DIR, AS_OF)
    assert any(p.file == FILE_NAME and p.line == line and p.entry == "numbered.risk_levels"
               for p in problems), problems
    error = store.reload()
    assert error is not None and store.current is before  # the last good content serves on
    assert any(p.line == line for p in error.problems)
