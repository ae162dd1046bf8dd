"""Reader fixes found with the ninth blind calculation set (calc20, dev-9 only), tested on own
sentences: a minimum wage named for one group of a payroll list, daily / weekly / monthly pay
in one list, a headcount per branch, a person named without a count, "total iuran perusahaan",
variable allowances, "kurang ga" on a payslip, English "staff paid", new job nouns."""

from __future__ import annotations

from decimal import Decimal

from bot.understand.followup import apply_change, read_change
from bot.understand.reader import read
from tests.reader_cues import CUES, ON


def test_minimum_wage_for_one_group_keeps_its_slot():
    req = read("ada 8 org umr jakarta sama 3 org 9jt, iuran perusahaan brp", CUES, ON)
    assert req is not None and req.problem is None and not req.staff_ask
    assert req.min_wage is not None and req.min_wage["place"] == "dki_jakarta"
    assert req.min_wage["heads"] == 8 and req.min_wage["slot"] == 0
    assert req.wages == [("9000000", 3)]


def test_minimum_wage_list_with_total_headcount_first():
    req = read("pabrik 20 pegawai: 12 org gaji 4jt, 8 org umr jabar, total iuran", CUES, ON)
    assert req is not None and req.problem is None
    assert req.min_wage["heads"] == 8 and req.min_wage["slot"] == 1
    assert req.wages == [("4000000", 12)]


def test_each_wage_made_monthly_by_its_own_period():
    req = read("2 tukang harian 100rb sehari, 1 admin 4jt, total iuran bpjs tk", CUES, ON)
    assert req is not None and req.problem is None
    assert sorted((Decimal(w), n) for w, n in req.wages) == [
        (Decimal(2_600_000), 2), (Decimal(4_000_000), 1)]


def test_headcount_per_branch_is_multiplied():
    req = read("toko kue 3 outlet, masing-masing 2 karyawan gaji 3jt, iuran total", CUES, ON)
    assert req is not None and req.wages == [("3000000", 6)]


def test_person_without_count_beside_listed_wage_is_one():
    req = read("5 org gaji 3jt, supervisor 6jt, iuran perusahaan brp", CUES, ON)
    assert req is not None and req.problem is None
    assert req.wages == [("3000000", 5), ("6000000", 1)]


def test_total_iuran_perusahaan_is_the_employer_part():
    req = read("4 karyawan gaji 5jt, total iuran perusahaan brp", CUES, ON)
    assert req is not None and req.focus == "employer"
    both = read("4 karyawan gaji 5jt, total iuran perusahaan + karyawan brp", CUES, ON)
    assert both is not None and both.focus == "total"


def test_attendance_allowance_is_left_out():
    req = read("gaji pokok 5jt tunjangan tetap 1jt tunjangan kehadiran 500rb potongan bpjs tk",
               CUES, ON)
    assert req is not None and req.wages == [("6000000", 1)]


def test_kurang_ga_doubts_a_payslip():
    req = read("gaji 6jt dipotong bpjs tk 150rb, kurang ga?", CUES, ON)
    assert req is not None and req.kind == "payslip"


def test_english_staff_paid_is_a_wage():
    req = read("our staff paid 4 million a month, employer bpjs tk share?", CUES, ON, "en")
    assert req is not None and req.kind == "contribution" and req.wages == [("4000000", 1)]


def test_kepala_toko_counts_people():
    req = read("3 karyawan 2,8jt, 1 kepala toko 5jt, iuran bpjs tk yg saya bayar", CUES, ON)
    assert req is not None and req.problem is None
    assert req.wages == [("2800000", 3), ("5000000", 1)]


def test_allowance_alone_asked_yes_or_no_is_not_a_calculation():
    assert read("tunjangan jabatan 1,5jt dihitung juga gak sih", CUES, ON) is None
    kept = read("tunjangan jabatan 1,5jt potongan bpjs tk brp", CUES, ON)
    assert kept is not None and kept.kind == "contribution"


def test_minimum_wage_right_after_a_headcount():
    req = read("12 pegawai umr jabar, iuran perusahaan brp", CUES, ON)
    assert req is not None and req.min_wage is not None
    assert req.min_wage["place"] == "jawa_barat" and req.min_wage["heads"] == 12


def test_followup_adding_a_group_keeps_the_list():
    last = read("6 karyawan gaji 4jt iuran perusahaan", CUES, ON)
    assert last is not None
    change = read_change("kalau tambah 2 org gaji 7jt?", CUES, ON)
    assert change is not None and change.get("add")
    new = apply_change(last, change)
    assert new.wages == [("4000000", 6), ("7000000", 2)]
    plain = read_change("kalau 2 org gaji 7jt?", CUES, ON)
    assert plain is not None and not plain.get("add")
