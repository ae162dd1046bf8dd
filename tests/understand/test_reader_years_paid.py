"""Years of contributions written after "iuran" ("udah iuran 20 tahun") with a monthly
pension asked are the membership the pension is on, as "masa iur 20 tahun" is; without a
pension asked, or "sampai pensiun", they stay a contribution total over those years."""

from __future__ import annotations

from datetime import date

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES

ON = date(2026, 12, 1)


@pytest.mark.parametrize("text", [
    "gaji 6 jt iuran 20 tahun pensiun bulanan sy brp",
    "gaji 4,5jt sdh iuran 18 tahun, nanti dapat pensiun brp per bulan",
    "upah 7 juta bayar iuran 25 tahun pensiun saya berapa",
])
def test_years_after_iuran_with_a_pension_asked_are_the_membership(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"
    assert req.months is not None and req.months >= 18 * 12


@pytest.mark.parametrize("text", [
    "gaji 5jt iuran 20 tahun totalnya brp",
    "gaji 5jt iuran 20 tahun sampai pensiun totalnya brp",
])
def test_without_a_pension_asked_they_stay_a_contribution_total(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.period_months == 240
