"""Reader fixes for what calc20c and review20 left (calc20d), on own sentences: both shares
asked with a share word beside each party, an age in brackets after "saya", and two groups
paid the same amount per different periods."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text, lang", [
    ("my salary is 9m, employer share and employee share?", "en"),
    ("salary 12 million, what are the employer's share and the employee's share", "en"),
    ("pay 6m, how much are the employee and employer contributions", "en"),
    ("gaji 4,5jt, iuran perusahaan + potongan karyawan brp", "id"),
    ("gajiku 6jt bagian kantor sama bagian saya masing2 brp", "id"),
    ("gaji 7jt potongan pegawai dan iuran perusahaan berapa", "id"),
])
def test_both_shares_named_with_share_words_give_both_parts(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution"
    assert req.focus in ("both", "total")


def test_both_shares_for_several_staff_are_both_parts():
    req = read("3 staff at 5m, 6m and 7m, employer share and employee share?", CUES, ON, "en")
    assert req is not None and req.focus in ("both", "total") and len(req.wages) == 3


def test_one_share_asked_stays_that_share():
    employer = read("salary 9m, employer share?", CUES, ON, "en")
    assert employer is not None and employer.focus == "employer"
    worker = read("gaji 4,5jt, potongan karyawan brp", CUES, ON)
    assert worker is not None and worker.focus == "worker"
    # "saya karyawan": who asks, not a share beside the employer's
    asked = read("saya karyawan dan perusahaan blm daftarin, gaji 5jt iuran brp", CUES, ON)
    assert asked is not None and asked.focus not in ("both", "total")


def test_an_age_in_brackets_after_saya_is_the_age():
    req = read("saya (44 thn) gaji 8jt, jp nanti brp kalau kerja sampai 57", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == 13 * 12
    asked = read("sy (39 tahun) gaji 6,5jt, iuran bpjs tk saya brp", CUES, ON)
    assert asked is not None and asked.kind == "contribution" and asked.months is None


def test_years_in_brackets_after_a_possessive_saya_stay_membership():
    req = read("jp saya (18 tahun) gaji 4jt, pensiun bulanan brp", CUES, ON)
    assert req is not None and req.months == 18 * 12


def test_two_groups_paid_the_same_amount_keep_their_own_periods():
    req = read("2 org 150rb sehari, 1 org 150rb seminggu, iuran bpjs tk brp", CUES, ON)
    assert req is not None and req.wages == [("3900000", 2), ("600000", 1)]
    turned = read("3 tukang 200rb seminggu, 2 tukang 200rb sehari, iuran brp", CUES, ON)
    assert turned is not None and turned.wages == [("800000", 3), ("5200000", 2)]


def test_different_amounts_per_period_unchanged():
    req = read("3 buruh harian 150rb sehari, 2 karyawan bulanan 4,5jt, iuran brp", CUES, ON)
    assert req is not None and req.wages == [("3900000", 3), ("4500000", 2)]
