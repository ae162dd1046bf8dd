"""A rate ("brp persen", "berapa %", "persennya berapa") or a rule ("boleh ga", "apakah wajib",
"siapa yg bayar") asked beside an amount is for the FAQ: the amount is the question's context
(session 15, rate15; faq/calc-cues.yaml `rate_ask_lead`, `rate_words`, `asks_rule`). An amount
asked beside it ("potongannya brp"), or a payslip with its deduction, is still computed."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "lang"), [
    ("gaji saya 5.200.000, potongan bpjs tk nya itu brp persen sih", "id"),
    ("gaji 6jt dipotong jht berapa %?", "id"),
    ("iuran 3,1jt telat sebulan, dendanya brapa persen?", "id"),
    ("saldo jht 30jt, buat renovasi rumah bisa dicairin brp persen?", "id"),
    ("gaji 4jt potongan jp persennya berapa", "id"),
    ("my salary is 7 million, what percentage goes to bpjs tk?", "en"),
])
def test_a_rate_asked_beside_an_amount_is_for_the_faq(text, lang):
    assert read(text, CUES, ON, lang) is None


@pytest.mark.parametrize("text", [
    "gaji 4,8jt, potongan jht wajib ga?",
    "gaji 5,5jt iuran jkm siapa yg bayar",
    "upah 3,9jt, boleh gak kantor motong jkk dari gaji",
    "iuran 2jt telat 2 bulan, dendanya boleh ga dipotong dari gaji karyawan",
])
def test_a_rule_asked_beside_an_amount_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


@pytest.mark.parametrize("text", [
    "berapa potongannya dari gaji 4,5jt",
    "gaji 5jt potongannya brp, brp persen?",
    "gaji 5jt wajib bayar iuran brp",
    "gaji 6jt boleh tau iurannya berapa",
])
def test_an_amount_asked_beside_it_is_still_computed(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"


def test_a_payslip_deduction_asked_as_a_rate_is_still_checked():
    req = read("gaji 5jt dipotong 200rb itu berapa persen", CUES, ON)
    assert req is not None and req.kind == "contribution"
