"""Reader fixes found with the eighth blind calculation set (calc19, dev-8 only), tested on
own sentences: a program after "termasuk" is counted in the whole, a program named only in a
later how / where clause does not narrow, THR or a bonus named with its amount beside a wage is
left out (not the THR FAQ), a headcount written after the noun ("karyawan ada 3"), "nunggak
iuran sebulan", and a why opening a message about a stated rate."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text", [
    "apotek saya 3 karyawan gaji 3,8jt, iuran total sudah termasuk jkk berapa",
    "gaji 6,5jt iuran perusahaan termasuk jkm sama jkk risiko rendah brp",
])
def test_a_program_after_termasuk_is_counted_in_not_asked_alone(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.programs == []


def test_a_program_named_alone_still_narrows():
    req = read("gaji 6,5jt iuran jkk sama jkm risiko rendah brp", CUES, ON)
    assert req is not None and set(req.programs) == {"JKK", "JKM"}


def test_bpu_termasuk_jht_adds_jht():
    req = read("penjual sayur penghasilan 2,2jt, iuran bpu termasuk jht brp", CUES, ON)
    assert req is not None and req.who == "bpu" and req.with_jht is True


@pytest.mark.parametrize("text", [
    "upah saya 4,4jt potongan bpjs tk berapa, lalu cara klaim jht online gimana",
    "gaji 7jt, iuran bpjs tk perusahaan brp? trus syarat daftar jp apa",
])
def test_a_program_in_a_later_how_clause_does_not_narrow(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.programs == []


def test_a_program_in_a_later_clause_asking_a_figure_narrows():
    req = read("gaji 7jt, terus jht nya brp", CUES, ON)
    assert req is not None and req.programs == ["JHT"]


@pytest.mark.parametrize(("text", "excluded"), [
    ("gaji 3,9jt, kemarin dapat thr 3,9jt, potongan bpjs tk bulan ini brp", ["3900000"]),
    ("upah 5jt plus thr rp 5jt bulan ini, iuran bpjs tk karyawan berapa", ["5000000"]),
])
def test_thr_with_its_amount_beside_a_wage_is_left_out(text, excluded):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"
    assert req.excluded == excluded and req.wages[0][1] == 1


@pytest.mark.parametrize("text", [
    "apakah thr kena potongan bpjs tk, gaji 4jt",
    "thr saya 4jt kapan cairnya",
])
def test_thr_questions_stay_with_the_faq(text):
    req = read(text, CUES, ON)
    assert req is None or req.kind == "not_calc"


@pytest.mark.parametrize(("text", "heads"), [
    ("usaha laundry sy karyawan ada 4 gajinya 2,9 juta semua, iuran sebulan brp", 4),
    ("pegawainya sebanyak 12, gaji 3,3jt, iuran perusahaan brp", 12),
])
def test_a_headcount_written_after_the_noun(text, heads):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.headcount == heads


def test_karyawan_ada_with_a_scale_stays_money():
    req = read("karyawan ada 3 juta gajinya, potongan brp", CUES, ON)
    assert req is None or req.headcount == 1


@pytest.mark.parametrize("text", [
    "menunggak iuran sebulan, iuran perusahaan 1,2jt, dendanya brp",
    "telat bayar iurannya sebulan, iuran 700rb, denda brp",
])
def test_late_one_month_with_iuran_between(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == 1


def test_a_why_opening_a_message_about_a_stated_rate_is_for_the_faq():
    assert read("kenapa jht saya cuma dipotong 2% padahal gajinya 7jt", CUES, ON) is None


def test_a_why_later_in_a_payslip_doubt_is_still_computed():
    req = read("gaji 5jt dipotong 300rb kenapa ya", CUES, ON)
    assert req is not None and req.kind == "payslip"


@pytest.mark.parametrize(("text", "lang", "wage"), [
    ("upah 18rb/jam kerja 7 jam per hari potongan bpjs brp", "id", "3276000"),  # x 26
    ("I earn 35rb an hour, 8 hours a day, 20 days a month, bpjs tk deduction?", "en", "5600000"),
])
def test_an_hourly_wage_with_hours_a_day_is_a_daily_wage(text, lang, wage):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution" and req.wages == [(wage, 1)]


def test_an_hourly_wage_without_hours_is_not_guessed():
    req = read("upah per jam 22rb, potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.problem is not None  # Rp22.000 a month? asked back


def test_jp_with_an_age_and_a_target_age_is_the_pension():
    req = read("usia saya 42, gaji 7jt, iuran jp sampai umur 59 nanti dapat brp sebulan", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"
    assert req.months == 17 * 12


def test_jp_contribution_with_an_age_stays_a_contribution():
    req = read("umur 30 gaji 5jt iuran jp brp", CUES, ON)
    assert req is not None and req.kind == "contribution"


def test_english_n_more_years_is_a_count_of_years():
    req = read("my jht balance is 30 juta, salary 8 juta, 15 more years, estimate?", CUES, ON, "en")
    assert req is not None and req.kind == "projection" and req.months == 180


@pytest.mark.parametrize("text", [
    "how much bpjs tk deduction from my salary?",
    "salary, how much is the bpjs deduction?",
])
def test_english_deduction_asked_without_a_wage_asks_the_wage(text):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.kind == "contribution" and req.missing()


@pytest.mark.parametrize("text", [
    "how much percent is the bpjs deduction?",
    "how much is the deduction percentage for bpjs tk?",
])
def test_english_how_much_with_a_rate_word_is_not_a_bare_deduction(text):
    assert read(text, CUES, ON, "en") is None


def test_a_program_named_away_from_the_slip_amount_keeps_the_whole_check():
    req = read("gaji 14jt dipotong 400rb bener ga? setau saya jp ada batasnya", CUES, ON)
    assert req is not None and req.kind == "payslip" and req.programs == []


def test_a_program_on_the_slip_line_narrows_the_check():
    req = read("gaji 14jt jp dipotong 140rb, bener?", CUES, ON)
    assert req is not None and req.kind == "payslip" and req.programs == ["JP"]
