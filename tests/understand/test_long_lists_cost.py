"""The cost of reading a long list of wages grows with the list, not with its square: period
words are found once per message, and "is a tenure said before this year?" is searched once
per year word, not once per year word and amount."""

from __future__ import annotations

from datetime import date

from bot.understand.amount_forms import prepare
from bot.understand.cues import Cues, ends_before
from bot.understand.reader import read
from tests.reader_cues import CUES

YEARLY = "iuran berapa gaji " + "5jt setahun naik " * 40


def _period_scans(monkeypatch, text: str) -> int:
    scans = 0
    compiled = Cues._re

    def counting(self, group, key):
        nonlocal scans
        scans += group == "periods"
        return compiled(self, group, key)

    monkeypatch.setattr(Cues, "_re", counting)
    CUES._found.clear()
    read(text, CUES, date(2026, 11, 24))
    monkeypatch.setattr(Cues, "_re", compiled)
    return scans


def test_period_words_are_found_once_per_message(monkeypatch):
    short = _period_scans(monkeypatch, "iuran berapa gaji 5jt setahun naik 5jt setahun naik")
    assert _period_scans(monkeypatch, YEARLY) <= short


def test_tenure_before_a_year_is_searched_once_per_year_word():
    ends_before.cache_clear()
    read(YEARLY, CUES, date(2026, 11, 24))
    years = YEARLY.count("setahun")
    assert ends_before.cache_info().misses <= 2 * years


def test_spans_are_copies_and_the_same_as_a_fresh_search():
    text = "gaji 5jt sebulan, 60jt setahun"
    first = CUES.spans("periods", "year", text)
    first.append((0, 1))  # a caller changing its list does not change the next answer
    CUES._found.clear()
    assert CUES.spans("periods", "year", text) == first[:-1]


def test_ends_before_is_a_search_within_the_prefix():
    import re

    tail = re.compile(r"\bkerja\s*$")
    text = "sudah kerja setahun gaji 3jt"
    assert ends_before(tail, text, text.index("setahun"))
    assert not ends_before(tail, text, text.index("gaji"))


def test_half_year_reads_the_word_before_it():
    assert prepare("nunggak setengah tahun") == "nunggak 6 bulan"
    assert prepare("2 setengah tahun") == "30 bulan"
    assert prepare("a" * 50 + " setengah tahun") == "a" * 50 + " 6 bulan"
