"""The clause cues are data: a word added to faq/clause-cues.yaml changes the reading."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from bot.content.clause_cues import FILE, load_clause_cues
from bot.understand.clause_words import ClauseCues
from bot.understand.clauses import asks, clauses
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR


def _with(tmp_path: Path, old: str, new: str) -> ClauseCues:
    """The cues of a copy of the real file with one edit (the real file is never touched)."""
    shutil.copy(FAQ_DIR / FILE, tmp_path / FILE)
    path = tmp_path / FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problems: list = []
    cues = load_clause_cues(tmp_path, problems)
    assert problems == []
    return cues


def test_a_question_word_added_to_the_file_makes_a_sentence_ask(matcher, tmp_path: Path):
    text = "cara klaim jht kepriye"  # Javanese "how", a form the file does not list
    assert not asks(text, matcher.faq.clause_cues)
    cues = _with(tmp_path, "question_words: [apa,", "question_words: [kepriye, apa,")
    assert asks(text, cues)


def test_a_clause_start_added_to_the_file_splits_there(matcher, tmp_path: Path):
    text = ("saya sudah kerja lima tahun di pabrik sepatu di tangerang cuma sekarang "
            "pabriknya tutup jht bisa cair kapan?")
    assert clauses(text, matcher.faq.clause_cues) == []  # one sentence, one clause
    cues = _with(tmp_path, "clause_starts: [tapi,", "clause_starts: [cuma, tapi,")
    assert [c.text for c in clauses(text, cues)][1:] == [
        "saya sudah kerja lima tahun di pabrik sepatu di tangerang",
        "cuma sekarang pabriknya tutup jht bisa cair kapan?"]


def test_a_reason_word_added_to_the_file_makes_the_reason_weigh_more(matcher, tmp_path: Path):
    """ "katanya ..." after a refusal gives its reason once staff add it to reason_starts."""
    text = ("Sudah dua kali saya datang ke kantor cabang bawa berkas lengkap. Klaim JHT saya "
            "ditolak, katanya perusahaan belum menyetor iuran selama setahun")
    _, query = matcher.query_tokens(text)
    assert "perusahaan" not in matcher.emphasis(text, query)
    cues = _with(tmp_path, "reason_starts: [dengan alasan,",
                 "reason_starts: [katanya, dengan alasan,")
    edited = Matcher(replace(matcher.faq, clause_cues=cues))
    assert "perusahaan" in edited.emphasis(text, edited.query_tokens(text)[1])
