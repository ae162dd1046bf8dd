"""Reader fixes from blind set 12's dev half (calc22), on own sentences: a BPU's months owed
(no fine), a wage "a bit above" a minimum wage, JKM needing no province, JKP after a contract
that ended, and the employer's total named after the program."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text, months", [
    ("pedagang bpu nunggak 4 bulan, penghasilan 2,5jt, totalnya brp", 4),
    ("ojol telat bayar 2 bulan, penghasilan 3jt, bayar brp", 2),
    ("penjahit bpu lupa bayar 3 bulan, penghasilan sejuta", 3),
])
def test_a_bpu_fine_with_an_income_is_the_months_owed(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.who == "bpu"
    assert req.arrears and req.period_months == months and req.months_late is None


def test_a_bpu_fine_without_an_income_stays_a_fine():
    req = read("bpu telat 2 bulan dendanya brp", CUES, ON)
    assert req is None or req.kind == "fine"


def test_a_wage_earners_fine_is_still_a_fine():
    req = read("telat bayar 2 bulan, 3 karyawan gaji 4jt, denda brp", CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == 2 and not req.arrears


@pytest.mark.parametrize("text, place", [
    ("gaji sy diatas umr dikit, potongan bpjs tk brp", None),
    ("gajiku sedikit di atas umr jateng, iuran bpjs tk bagian karyawan", "jawa_tengah"),
])
def test_a_bit_above_the_minimum_wage_is_that_wage(text, place):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.min_wage is not None
    assert req.min_wage["place"] == place
    assert (req.problem is not None) == (place is None)  # no place: which province is asked


def test_a_bit_above_in_english():
    req = read("my pay is slightly above the jakarta minimum wage, bpjs tk deduction?", CUES,
               ON, "en")
    assert req is not None and req.min_wage is not None
    assert req.min_wage["place"] == "dki_jakarta"


def test_above_the_minimum_wage_without_a_bit_is_no_wage():
    req = read("gaji di atas umr jakarta, potongan bpjs tk brp", CUES, ON)
    assert req is None or not req.min_wage


def test_jkm_needs_no_province_for_the_minimum_wage():
    assert read("istri meninggal sakit, gajinya umr, santunan jkm brp", CUES, ON) is None


@pytest.mark.parametrize("text", [
    "kontrak sy habis ga diperpanjang, gaji 5jt, jkp dapat brp",
    "pkwt berakhir bulan lalu gaji 4,5jt jkp nya berapa",
])
def test_jkp_after_a_contract_that_ended_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


def test_jkp_after_a_layoff_is_still_computed():
    req = read("di phk, gaji 5jt, jkp dapat brp", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "job_loss"


def test_the_employer_total_named_after_the_program():
    req = read("2 staff at 9m and 12m, total bpjs tk employer cost?", CUES, ON, "en")
    assert req is not None and req.focus == "employer"


def test_a_layoff_before_the_contract_ended_is_still_jkp():
    req = read("di phk sebelum kontrak habis, gaji 5jt, jkp brp", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "job_loss"
