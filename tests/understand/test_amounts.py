"""Reading amounts as people type them; ambiguous or absurd ones are asked back."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.formatting import number
from bot.understand.amounts import find_amounts, parse_amount
from tests.texts import said


@pytest.mark.parametrize(("text", "expected"), [
    ("5jt", 5_000_000),
    ("5 juta", 5_000_000),
    ("5.000.000", 5_000_000),
    ("Rp 5.000.000,-", 5_000_000),
    ("Rp5jt", 5_000_000),
    ("Rp. 5.000.000", 5_000_000),
    ("4,5 jt", 4_500_000),
    ("4.5juta", 4_500_000),
    ("4500rb", 4_500_000),
    ("4.500k", 4_500_000),
    ("lima juta", 5_000_000),
    ("dua setengah juta", 2_500_000),
    ("satu setengah juta", 1_500_000),
    ("setengah juta", 500_000),
    ("sejuta", 1_000_000),
    ("750 ribu", 750_000),
    ("dua ratus lima puluh ribu", 250_000),
    ("dua juta lima ratus ribu", 2_500_000),
    ("sebelas juta", 11_000_000),
    ("5,000,000", 5_000_000),
    ("5.000.000,50", Decimal("5000000.50")),
    ("gaji saya 6 juta", 6_000_000),
])
def test_reads_monthly_amounts(text, expected):
    value, problem = parse_amount(text)
    assert problem is None
    assert value == Decimal(expected)


def test_miliar_is_read_but_refused_as_a_monthly_wage():
    found = find_amounts("1,2 M")
    assert found[0].value == 1_200_000_000  # 1,2 x 1.000.000.000
    assert find_amounts("1,2 miliar")[0].value == 1_200_000_000
    value, problem = parse_amount("1,2 M")
    assert value is None and "terlalu besar" in said(problem)


@pytest.mark.parametrize(("text", "fragment"), [
    ("-5 juta", "lebih dari nol"),
    ("minus 2 juta", "lebih dari nol"),
    ("0", "lebih dari nol"),
    ("2 milyar", "terlalu besar"),
    ("5.5.5", "kurang jelas"),
    ("5,5", "Rp5,5 juta"),
    ("5", "Rp5 juta"),  # a bare 5 is asked back, never silently read as 5 juta
    ("4.500", "Rp4.500.000"),  # Rp4.500 a month: most likely a dropped "juta"
    ("belum tahu", "belum menemukan angka"),
    ("4 juta atau 5 juta", "satu angka"),
])
def test_ambiguous_or_absurd_amounts_get_a_question(text, fragment):
    value, problem = parse_amount(text)
    assert value is None
    assert fragment in said(problem)


def test_find_amounts_gives_positions_and_what_each_number_counts():
    text = "10 karyawan gaji 4 juta, saldo 20 juta, 15 tahun, hasil 5%"
    found = find_amounts(text)
    assert [(a.kind, a.value) for a in found] == [
        ("people", 10), ("money", 4_000_000), ("money", 20_000_000), ("years", 15),
        ("percent", 5)]
    assert [text[a.start:a.end] for a in found] == [
        "10 karyawan", "4 juta", "20 juta", "15 tahun", "5%"]


def test_list_of_wages_with_decimal_comma():
    found = find_amounts("gaji karyawan 4jt, 5jt, 7,5jt, 12jt")
    assert [a.value for a in found] == [4_000_000, 5_000_000, 7_500_000, 12_000_000]


def test_bare_number_words_are_not_amounts():
    assert find_amounts("dua program wajib") == []


def _styles(value: int) -> list[str]:
    """Ways people write the same amount."""
    styles = [str(value), number(value), f"Rp{number(value)}", f"Rp {number(value)},-"]
    if value % 1_000_000 == 0:
        styles += [f"{value // 1_000_000} juta", f"{value // 1_000_000}jt"]
    if value % 100_000 == 0:
        jt = number(Decimal(value) / 1_000_000)
        styles += [f"{jt} jt", f"{jt.replace(',', '.')}juta"]
    if value % 1000 == 0:
        styles += [f"{value // 1000}rb", f"{number(value // 1000)}k", f"{value // 1000} ribu"]
    return styles


@given(st.integers(min_value=100_000, max_value=999_999_999))
def test_round_trip_every_style(value):
    for text in _styles(value):
        parsed, problem = parse_amount(text)
        assert problem is None, text
        assert parsed == value, text


@given(st.integers(min_value=1, max_value=10**12))
def test_never_crashes_and_never_both(value):
    for text in (str(value), f"-{value}", f"{value},5", f"{value}.{value}.{value}"):
        parsed, problem = parse_amount(text)
        assert (parsed is None) != (problem is None)
        if parsed is not None:
            assert 0 < parsed <= 1_000_000_000


def test_nik_and_phone_numbers_are_never_amounts():
    found = find_amounts("nik 3171234567890001 hp 081234567890 gaji 5.000.000")
    assert [a.value for a in found] == [5_000_000]
