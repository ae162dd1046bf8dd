"""Headcounts are not rupiah (count9): a scaled number right before a word for people ("3 juta
nelayan", "400 ribu mitra") counts people; a message whose numbers are only such counts and
that asks no figure is for the FAQ. A named wage or an asked figure is still computed."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text", [
    "3,2 juta nelayan belum punya perlindungan kecelakaan kerja",
    "Pemkot daftarkan 40 ribu warga miskin jadi peserta jkm",
    "Dari 5 juta petani, cuma 300 ribu yang ikut bpjs ketenagakerjaan",
    "1 juta lebih pekerja informal terancam tanpa jaminan hari tua",
    "2 million drivers still lack work accident cover",
])
def test_people_counted_in_millions_are_no_amount(text):
    assert read(text, CUES, ON) is None


@pytest.mark.parametrize("text", [
    "4 karyawan gaji 3,5jt iuran bpjs tk berapa",  # a headcount with a wage
    "20 ribu pekerja, iuran jkk nya berapa kalau gaji 4 juta",  # a figure asked, a wage named
    "gaji 3 juta karyawan saya potongan bpjs nya brp",  # "3 juta" is the wage here
    "ojol penghasilan 4 juta sebulan iuran bpu",  # no count at all
])
def test_a_wage_or_an_asked_figure_is_still_computed(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"


@pytest.mark.parametrize("text", [
    "Pekerja bukan penerima upah cukup bayar Rp20 ribu sebulan sudah terlindungi jkk jkm",
    "bayar 500rb per bulan iuran bpu dapat manfaat apa",
])
def test_a_small_sum_paid_is_no_wage(text):
    # "bayar Rp20 ribu" states what is paid (calc-cues roles.paid), not an income to compute
    assert read(text, CUES, ON) is None


def test_a_sum_paid_beside_a_wage_is_not_a_second_wage():
    req = read("gaji saya 5jt, bayar 100rb sebulan, bener ga?", CUES, ON)
    assert req is not None and req.wages == [("5000000", 1)]


def test_a_sum_paid_late_is_the_contribution_fined():
    req = read("telat bayar 2 bulan, tiap bulan bayar 180rb, dendanya berapa", CUES, ON)
    assert req is not None and req.kind == "fine" and req.contribution == "180000"


@pytest.mark.parametrize("text", [
    "pph 21 pegawai kami ikut dihitung dari iuran jht ga",  # "21 pegawai" is the tax's name
    "usaha kami nunggak iuran 4 bulan, dendanya berapa dan apakah pekerja tetap dijamin",
    "toko saya telat setor iuran 3 bulan, dendanya dihitung bagaimana",
])
def test_a_tax_name_or_a_fine_asked_with_another_question_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


def test_a_fine_with_only_its_months_still_asks_the_contribution():
    req = read("nunggak iuran 4 bulan dendanya berapa?", CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == 4
