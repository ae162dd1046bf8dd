"""faq/calc-cues.yaml `reading`: the reader's rules take their words from the data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.calc_cues import FILE_NAME, check_cues, load_cues
from bot.content.yamlsrc import ContentError
from bot.understand.followup import read_change
from bot.understand.reader import read
from bot.understand.reading import NAMES, RULES, rule, word_pattern
from bot.understand.reading_more import NAMES as MORE_NAMES
from tests.conftest import AS_OF, FAQ_DIR


@pytest.fixture
def cue_copy(tmp_path: Path) -> Path:
    shutil.copy(FAQ_DIR / FILE_NAME, tmp_path / FILE_NAME)
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _kind(text: str, cues) -> str | None:
    req = read(text, cues, AS_OF)
    return req.kind if req else None


def test_every_rule_builds_from_the_real_file():
    cues = load_cues(FAQ_DIR / FILE_NAME)
    assert set(cues.reading) == set(NAMES) | set(MORE_NAMES)  # reading_more: reading.py is full
    for name in RULES:
        rule(cues, name)
    assert rule(cues, "where").search("syaratnya apa")
    assert rule(cues, "whether").search("bisakah saya ikut")
    assert rule(cues, "each").search("4 staf masing-masing ")


def test_word_syntax():
    assert word_pattern("lewat mana") == r"lewat\s+mana"
    assert word_pattern("syarat*") == r"syarat\w*"
    assert word_pattern("*kah") == r"\w*kah"
    assert word_pattern("s/d") == "s/d"


def test_a_malformed_word_names_the_file_and_line(cue_copy: Path):
    path = cue_copy / FILE_NAME
    _edit(path, "  closing_no: [ga, gak,", "  closing_no: [ga, '(gak',")
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1)
                if text.startswith("  closing_no:"))
    text = "\n".join(str(p) for p in check_cues(cue_copy))
    assert f"{FILE_NAME}:{line}: reading.closing_no: '(gak' is not a word" in text
    with pytest.raises(ContentError):
        load_cues(path)


def test_a_missing_or_unknown_list_is_reported(cue_copy: Path):
    path = cue_copy / FILE_NAME
    _edit(path, "  asks_where: [", "  asks_wher: [")
    _edit(path, "  alternative_words: [atau, or]", "  alternative_words: []")
    text = "\n".join(str(p) for p in check_cues(cue_copy))
    assert "reading: missing list 'asks_where'" in text
    assert "reading.asks_wher: unknown list 'asks_wher'" in text
    assert "reading.alternative_words: must be a non-empty list of words" in text


def test_changing_the_data_changes_the_reading(cue_copy: Path):
    path = cue_copy / FILE_NAME
    before = load_cues(path)
    assert _kind("gaji 6jt, jkp dapat kapan?", before) is None  # a when-question: the FAQ
    assert _kind("iuran askes gaji 5jt", before) == "contribution"
    _edit(path, "kenapa, mengapa, knp, kapan, kpn,", "kenapa, mengapa, knp, kpn,")
    _edit(path, "  health_words: [", "  health_words: [askes, ")
    after = load_cues(path)
    assert _kind("gaji 6jt, jkp dapat kapan?", after) == "benefit"
    assert _kind("iuran askes gaji 5jt", after) == "not_calc"  # BPJS Kesehatan's old name


def test_the_bare_deduction_words_are_data(cue_copy: Path):
    """A deduction asked with no wage ("potongan bpjs tk berapa?") is read from the `reading`
    lists bare_ask ... yes_no (once regexes in bot/understand/bare.py)."""
    text = "potongan bpjs tk berapakah?"
    assert read(text, load_cues(FAQ_DIR / FILE_NAME), AS_OF) is None
    path = cue_copy / FILE_NAME
    _edit(path, "  bare_ask: [berapa,", "  bare_ask: [berapakah, berapa,")
    req = read(text, load_cues(path), AS_OF)
    assert req is not None and (req.kind, req.focus) == ("contribution", "worker")


def test_a_missing_bare_deduction_list_is_reported(cue_copy: Path):
    path = cue_copy / FILE_NAME
    _edit(path, "  other_question: [wajib,", "  other_questions: [wajib,")
    text = "\n".join(str(p) for p in check_cues(cue_copy))
    assert "reading: missing list 'other_question'" in text
    assert "reading.other_questions: unknown list 'other_questions'" in text


def test_the_jht_choice_words_are_data(cue_copy: Path):
    """ "tanpa jht" (`jht_without`, once a regex in bot/understand/who.py): a word staff add
    there drops JHT from an informal worker's contribution."""
    text = "iuran bpu penghasilan 3 juta minus jht"
    before = read(text, load_cues(FAQ_DIR / FILE_NAME), AS_OF)
    assert before is not None and before.with_jht is not False
    path = cue_copy / FILE_NAME
    _edit(path, "  jht_without: [tanpa,", "  jht_without: [minus, tanpa,")
    after = read(text, load_cues(path), AS_OF)
    assert after is not None and after.with_jht is False


def test_the_raise_and_staff_count_words_are_data(cue_copy: Path):
    """A percent after a raise word is wage growth (`raise_words`, once counts.GROWTH_RE); a
    number after a staff word in a follow-up is a headcount (`staff_count_words`, once
    followup.STAFF_COUNT_RE)."""
    text = "saldo jht gaji 5jt 10 tahun lagi meningkat 5% per tahun"
    before = read(text, load_cues(FAQ_DIR / FILE_NAME), AS_OF)
    assert before is not None and (before.wage_growth, before.annual_return) == (None, "5")
    assert "heads" not in (read_change("kalau buruhnya 10?", load_cues(FAQ_DIR / FILE_NAME),
                                       AS_OF) or {})
    path = cue_copy / FILE_NAME
    _edit(path, "  raise_words: [naik,", "  raise_words: [meningkat, naik,")
    _edit(path, "  staff_count_words: [karyawan,", "  staff_count_words: [buruh, karyawan,")
    after = load_cues(path)
    req = read(text, after, AS_OF)
    assert req is not None and (req.wage_growth, req.annual_return) == ("5", None)
    assert (read_change("kalau buruhnya 10?", after, AS_OF) or {}).get("heads") == 10


def test_a_missing_tenure_list_is_reported(cue_copy: Path):
    path = cue_copy / FILE_NAME
    _edit(path, "  tenure_leads: [", "  tenure_lead: [")
    text = "\n".join(str(p) for p in check_cues(cue_copy))
    assert "reading: missing list 'tenure_leads'" in text
