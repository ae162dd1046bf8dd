"""Issue 18: English entry fields are validated and checked like the Indonesian ones."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from bot.content.check import run_check
from bot.content.render import Renderer
from tests.conftest import FAQ_DIR, TEMPLATES_DIR

ENTRY = """topic: contoh
title: Contoh
title_en: Example
entries:
  - id: contoh-satu
    title: Satu
    title_en: One
    questions: [pertanyaan satu, pertanyaan kesatu]
    questions_en: [question one, the first question]
    audience: all
    programs: [UMUM]
    answer: Jawaban {{ pct('jht_worker_rate') }}.
    answer_en: ANSWER
    basis: UU 24/2011
    reviewed: 2026-11-24
"""


def _faq(tmp_path: Path, answer_en: str) -> Path:
    faq = tmp_path / "faq"
    faq.mkdir()
    for name in ("rates.yaml", "synonyms.yaml", "synonyms-en.yaml", "language.yaml",
                 "calc-cues.yaml"):
        shutil.copy(FAQ_DIR / name, faq / name)
    (faq / "contoh.yaml").write_text(ENTRY.replace("ANSWER", answer_en), encoding="utf-8")
    return faq


def test_english_answers_render_with_english_formats(tmp_path):
    faq = _faq(tmp_path, "Answer {{ pct('jht_employer_rate') }} and {{ rp('jkm_total') }}.")
    _, found = run_check(faq, TEMPLATES_DIR, date(2026, 11, 24))
    problems = [p for p in found if p.severity == "error"]
    assert problems == []


def test_a_figure_typed_into_an_english_answer_is_refused(tmp_path):
    faq = _faq(tmp_path, "Pay IDR 5,000 or 3.7% of 5 million.")
    _, found = run_check(faq, TEMPLATES_DIR, date(2026, 11, 24))
    messages = [str(p) for p in found]
    assert any("answer_en" in m and "angka langsung" in m for m in messages), messages


def test_an_indonesian_month_in_an_english_answer_is_refused(tmp_path):
    # jp-usia-pensiun said "From 1 Januari 2028": a text rate written in Indonesian
    faq = _faq(tmp_path, "From {{ txt('jp_pension_age_next_from') }} it rises.")
    _, found = run_check(faq, TEMPLATES_DIR, date(2026, 12, 2))
    messages = [str(p) for p in found]
    assert any("answer_en" in m and "'Januari'" in m for m in messages), messages
    (tmp_path / "b").mkdir()
    faq = _faq(tmp_path / "b", "From {{ since('jp_pension_age', 'next') }} it rises.")
    _, found = run_check(faq, TEMPLATES_DIR, date(2026, 12, 2))
    assert [p for p in found if p.severity == "error"] == []


def test_english_templates_fall_back_to_indonesian(tmp_path):
    renderer = Renderer(TEMPLATES_DIR)
    assert renderer.render("error.html.j2", lang="en", call_center="175").startswith("😔 Sorry")
    # A template staff add without an English version yet is shown in Indonesian.
    shutil.copy(TEMPLATES_DIR / "flood.html.j2", tmp_path / "flood.html.j2")
    partial = Renderer(tmp_path)
    assert not partial.has_english("flood.html.j2")
    assert partial.render("flood.html.j2", lang="en") == partial.render("flood.html.j2")
