"""The "Legal basis" line of an English answer is English (faq/language.yaml `basis_en`)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from bot.content.basis_en import basis_problems, load_basis_words
from bot.content.check import run_check
from bot.content.faqbase import load_faq
from bot.core.replies import Event
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
    answer: Jawaban.
    answer_en: Answer.
    basis: BASIS
    reviewed: 2026-11-24
"""


def _table():
    problems: list = []
    table = load_basis_words(FAQ_DIR, problems)
    assert problems == []
    return table


def test_recurring_phrases_and_legal_words_read_in_english():
    table = _table()
    assert table.english("ketentuan layanan BPJS Ketenagakerjaan (bukan peraturan)") == \
        "BPJS Ketenagakerjaan service rules (not a regulation)"
    assert table.english("PP 44/2015 Pasal 5 ayat (3) s.t.d.t.d. PP 49/2023; PP 50/2025") == \
        "PP 44/2015 Art. 5 para. (3) as last amended by PP 49/2023; PP 50/2025"
    assert table.english("PP 44/2015 jo. PP 82/2019") == "PP 44/2015 read with PP 82/2019"
    assert table.english("UU 40/2004") == "UU 40/2004"  # regulation names stay as they are


def test_no_english_basis_line_of_the_shipped_faq_keeps_an_indonesian_word():
    faq = load_faq(FAQ_DIR)
    assert basis_problems(faq, _table()) == []


def _faq(tmp_path: Path, basis: str) -> Path:
    faq = tmp_path / "faq"
    faq.mkdir()
    for name in ("rates.yaml", "synonyms.yaml", "synonyms-en.yaml", "language.yaml",
                 "calc-cues.yaml"):
        shutil.copy(FAQ_DIR / name, faq / name)
    (faq / "contoh.yaml").write_text(ENTRY.replace("BASIS", basis), encoding="utf-8")
    return faq


def test_faq_check_refuses_an_indonesian_word_left_in_an_english_basis(tmp_path):
    _, found = run_check(_faq(tmp_path, "aturan baru belum terbit"), TEMPLATES_DIR,
                         date(2026, 12, 2), sweep=False)
    messages = [str(p) for p in found if p.severity == "error"]
    assert any("contoh-satu" in m and "'aturan'" in m and "basis" in m for m in messages), \
        messages
    (tmp_path / "b").mkdir()
    _, found = run_check(_faq(tmp_path / "b", "PP 44/2015 Pasal 1 (belum diverifikasi)"),
                         TEMPLATES_DIR, date(2026, 12, 2), sweep=False)
    assert [p for p in found if p.severity == "error"] == []


async def test_an_english_answer_shows_an_english_legal_basis(engine):
    replies = await engine.handle(Event("u-basis", "ask",
                                        text="how do I register as a self employed worker"))
    text = replies[0].text
    assert "Legal basis: BPJS Ketenagakerjaan service rules (not a regulation)" in text, text
    assert "bukan peraturan" not in text
    indonesian = await engine.handle(Event("u-basis-id", "ask", text="cara daftar bpu gimana"))
    assert "Dasar: ketentuan layanan BPJS Ketenagakerjaan (bukan peraturan)" in \
        indonesian[0].text, indonesian[0].text
