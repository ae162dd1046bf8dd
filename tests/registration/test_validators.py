"""Input checks of the pre-registration: NIK, dates, ages, phones, names, places, masking."""

from datetime import date

import pytest

from bot.core.privacy import mask_digits, mask_phone
from bot.registration.regions import all_regions, match_region
from bot.registration.steps import read_occupation, read_programs, wants_to_register
from bot.registration.typed import read_date
from bot.registration.validators import (
    Invalid,
    check_birth_date,
    check_name,
    check_nik,
    nik_matches_birth_date,
    normalize_phone,
    province_names,
)
from tests.texts import said

TODAY = date(2026, 11, 24)


def test_province_list_has_the_38_provinces():
    provinces = province_names()
    assert len(provinces) == 38
    assert {"11", "31", "32", "91", "92", "93", "94", "95", "96"} <= set(provinces)


def test_regions_cover_all_provinces_with_514_kabupaten_kota():
    regions = all_regions()
    assert len(regions) == 514
    assert {r.province_code for r in regions.values()} == set(province_names())
    assert regions["32.73"].full_label == "Kota Bandung, Jawa Barat"
    assert regions["31.74"].label == "Kota Jakarta Selatan"


@pytest.mark.parametrize("text, code", [
    ("Kota Bandung", "32.73"), ("kab bandung", "32.04"), ("surabya", "35.78"),
    ("makasar", "73.71"), ("Kab. Sleman", "34.04"), ("jaksel", "31.74"), ("kota bogor", "32.71"),
])
def test_region_is_taken_when_clear(text, code):
    assert match_region(text).chosen.code == code


@pytest.mark.parametrize("text, expected", [
    ("bandung", {"32.04", "32.73"}), ("bekasi", {"32.16", "32.75"}), ("bogor", {"32.01", "32.71"}),
])
def test_ambiguous_region_offers_suggestions(text, expected):
    match = match_region(text)
    assert match.chosen is None
    assert expected <= {r.code for r in match.suggestions}


def test_unknown_region_gives_nothing():
    assert match_region("xyzqwv").chosen is None and match_region("xyzqwv").suggestions == []
    assert match_region("a").suggestions == []


def test_nik_layout_and_women_day_plus_40():
    male = check_nik("3273011708900001")
    assert (male.province_code, male.day, male.month, male.year2, male.female) == \
        ("32", 17, 8, 90, False)
    female = check_nik("3273 0157 0890 0003")
    assert female.female and female.day == 17 and female.nik == "3273015708900003"
    assert nik_matches_birth_date("3273015708900003", date(1990, 8, 17))
    assert not nik_matches_birth_date("3273015708900003", date(1990, 8, 18))


@pytest.mark.parametrize("nik, fragment", [
    ("12345", "16 digit"),
    ("32730117089000011", "16 digit"),
    ("3273O11708900001", "hanya berisi angka"),
    ("9973011708900001", "kode provinsi"),
    ("2073011708900001", "kode provinsi"),
    ("3200011708900001", "kabupaten/kota"),
    ("3265011708900001", "kabupaten/kota"),
    ("3273001708900001", "kabupaten/kota"),
    ("3273013208900001", "tanggal"),
    ("3273011713900001", "tanggal"),
    ("3273017208900001", "tanggal"),  # 72 - 40 = 32
    ("3273013002900001", "tanggal"),  # 30 February
    ("3273011708900000", "0000"),
])
def test_bad_nik_is_explained(nik, fragment):
    with pytest.raises(Invalid) as err:
        check_nik(nik)
    assert fragment in said(err.value.text)


@pytest.mark.parametrize("text, expected", [
    ("17-08-1990", date(1990, 8, 17)), ("17/8/90", date(1990, 8, 17)),
    ("17 Agustus 1990", date(1990, 8, 17)), ("17 agt 1990", date(1990, 8, 17)),
    ("1990-08-17", date(1990, 8, 17)), ("17.08.1990", date(1990, 8, 17)),
    ("17081990", date(1990, 8, 17)), ("5 Jan 2001", date(2001, 1, 5)),
    ("tgl 1 desember 85", date(1985, 12, 1)), ("17/8/10", date(2010, 8, 17)),
    ("29 Februari 2000", date(2000, 2, 29)),
])
def test_dates_as_people_type_them(text, expected):
    assert read_date(text, TODAY) == expected


@pytest.mark.parametrize("text, fragment", [
    ("kemarin", "Format tanggal"), ("31-02-1990", "kalender"), ("17 xqzw 1990", "bulan"),
    ("29-02-2001", "kalender"), ("17-08-2030", "masa depan"), ("17-08-1900", "100 tahun"),
    ("17-08-2015", "minimal 15"),
])
def test_bad_birth_dates_are_explained(text, fragment):
    with pytest.raises(Invalid) as err:
        check_birth_date(read_date(text, TODAY), TODAY)
    assert fragment in said(err.value.text)


def test_age_limit_is_15_on_the_day():
    assert check_birth_date(date(2011, 11, 24), TODAY) == date(2011, 11, 24)
    with pytest.raises(Invalid):
        check_birth_date(date(2011, 11, 25), TODAY)


@pytest.mark.parametrize("text", ["081234567890", "0812-3456-7890", "+62 812 3456 7890",
                                  "62812 3456 7890", "(0812) 3456.7890", "812-3456-7890"])
def test_phone_numbers_normalised_to_plus62(text):
    assert normalize_phone(text) == "+6281234567890"


@pytest.mark.parametrize("text", ["12345", "0212345678", "+1 202 555 0100", "08123", "0812abc",
                                  "08123456789012345", "+62 0812 3456"])
def test_bad_phone_numbers_refused(text):
    with pytest.raises(Invalid):
        normalize_phone(text)


@pytest.mark.parametrize("text, expected", [
    ("Siti Nurhaliza", "Siti Nurhaliza"), ("  budi   santoso ", "budi santoso"),
    ("Muh. Ma'ruf", "Muh. Ma'ruf"), ("I Gusti Ayu", "I Gusti Ayu"), ("Ni’mah", "Ni'mah"),
])
def test_names(text, expected):
    assert check_name(text) == expected


@pytest.mark.parametrize("text", ["B", "Budi 2", "<b>Budi</b>", "budi@santoso", "x" * 61, "...",
                                  "Budi, dari Bandung"])
def test_bad_names_refused(text):
    with pytest.raises(Invalid):
        check_name(text)


def test_masks_keep_last_four_digits():
    assert mask_digits("3273015708900003") == "************0003"
    assert mask_phone("+6281234567890") == "+62*******7890"


def test_occupation_words_buttons_and_transport_free_text():
    assert read_occupation("ojol").code == "ojol" and read_occupation("ojol").transport
    assert read_occupation("Pedagang").code == "pedagang"
    job = read_occupation("pengantar galon keliling")
    assert job.code == "lain" and job.transport
    assert read_occupation("pengemudi bajaj keliling").code == "sopir"
    assert not read_occupation("penjahit").transport
    with pytest.raises(Invalid):
        read_occupation("x")


def test_programs_from_text():
    assert read_programs("pakai jht") is True
    assert read_programs("tanpa jht") is False
    assert read_programs("jkk jkm") is False
    assert read_programs("entahlah") is None


@pytest.mark.parametrize("text", ["mau daftar", "saya ingin mendaftar", "daftarkan saya",
                                  "daftar bpu", "aku mau daftar bpjs", "Daftar sekarang"])
def test_explicit_intent_starts_the_flow(text):
    assert wants_to_register(text)


@pytest.mark.parametrize("text", ["cara daftar jadi peserta", "mau daftar bpu gimana caranya",
                                  "syarat daftar bpu apa", "bisa daftar online?",
                                  "berapa iuran bpu", "daftar"+"?"])
def test_how_to_questions_go_to_the_faq(text):
    assert not wants_to_register(text)
