"""Reader fixes for rule questions that happen to hold a number (calc14): a yes/no question
about a count of years or months ("will I still get...", "... or not?") and a question about
which of two incomes counts ("kadang 2 jt kadang 5 jt, ikut yang mana") go to the FAQ; the
same counts and amounts asked as figures are still calculated."""

from __future__ import annotations

from datetime import date

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES

ON = date(2026, 12, 1)


@pytest.mark.parametrize("text", [
    "I paid JP for 12 years only, will I still receive a monthly pension?",
    "work accident, I was off work 4 months. will bpjs pay my wage?",
    "injured at work, off for 2 months. i still get my salary or not?",
])
def test_a_yes_no_question_about_a_count_goes_to_the_faq(text):
    assert read(text, CUES, ON, "en") is None


@pytest.mark.parametrize("text", [
    "how much pension will I get after 20 years?",
    "work accident, cannot work 3 months, how much will bpjs pay?",
])
def test_the_same_counts_asked_as_a_figure_are_still_calculated(text):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.kind == "benefit" and req.missing() == "amount"


@pytest.mark.parametrize("text", [
    "penghasilan saya kadang 3 jt kadang 4 jt, iuran bpu dihitung dari yang mana?",
    "income sometimes 2 million sometimes 4 million, which one is the bpu contribution based on?",
])
def test_which_of_two_incomes_counts_goes_to_the_faq(text):
    lang = "en" if text.startswith("income") else "id"
    assert read(text, CUES, ON, lang) is None


@pytest.mark.parametrize("text", [
    "penghasilan saya 3 jt, iuran bpu berapa?",
    "gaji karyawan 4jt, 5jt dan 6jt, iurannya berapa",
    "gaji 5jt, iuran jp yang mana yang dipotong berapa?",  # one amount: computed
])
def test_amounts_without_a_choice_between_them_are_still_calculated(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.wages
