"""Reader fixes (calc22c), on own sentences: "pensiun" listed beside another program is JP;
an age or birth year with "sampai pensiun" runs to the retirement age; a base wage named for a
program is that worker's basis, not a second worker; English amounts paid and BPU months owed."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text, programs", [
    ("gaji 5jt potongan jht dan pensiun brp", ["JHT", "JP"]),
    ("gaji 5jt potongan jht sama pensiun brp", ["JHT", "JP"]),
    ("gaji 5jt iuran jht, pensiun brp", ["JHT", "JP"]),
    ("iuran jht & pensiun gaji 4,5jt", ["JHT", "JP"]),
    ("potongan jht plus pensiun dari gaji 8jt", ["JHT", "JP"]),
    ("gaji 6jt iuran jkk jkm jht dan pensiun berapa", ["JKK", "JKM", "JHT", "JP"]),
])
def test_pension_listed_with_a_program_is_jp(text, programs):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.programs == programs


def test_pension_listed_with_a_program_in_english():
    req = read("salary 5 million, jht and pension deduction how much?", CUES, ON, "en")
    assert req is not None and req.kind == "contribution" and req.programs == ["JHT", "JP"]


@pytest.mark.parametrize("text", [
    "kalau kerja 20 thn dan pensiun dapat berapa gaji 5jt",  # no program listed: the pension
    "jp dan pensiun gaji 5jt",  # JP named: the pension word is its benefit
])
def test_pension_not_listed_with_a_program_stays_the_benefit(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"
