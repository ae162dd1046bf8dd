"""Answers as people type them, read through the step reader and the flow (read_answer, /daftar):
dates, numbers, names, jobs, programs, places, summary edits and an answer given in two parts."""

import logging
from datetime import date

import pytest

from bot.registration.steps import read_answer
from bot.registration.validators import Invalid
from tests.registration.driver import drive_to, say, session_of

TODAY = date(2026, 11, 30)


def read(step: str, text: str):
    key = {"location": "region", "programs": "jht"}.get(step, step)
    return read_answer(step, text, {}, TODAY).values[key]


@pytest.mark.parametrize("text, expected", [
    ("20 Mei 1979", date(1979, 5, 20)), ("mei 20, 1979", date(1979, 5, 20)),
    ("May 20th 1979", date(1979, 5, 20)), ("20th of May, 1979", date(1979, 5, 20)),
    ("Minggu, 20 mei 1979", date(1979, 5, 20)), ("TTL Jakarta, 20-05-1979", date(1979, 5, 20)),
    ("tanggal lahir 20 mei 1979 bu", date(1979, 5, 20)), ("dua puluh mei 1979", date(1979, 5, 20)),
    ("sebelas maret 1990", date(1990, 3, 11)), ("tgl 11 bln 3 thn 90", date(1990, 3, 11)),
    ("11 mrt '90", date(1990, 3, 11)), ("11 spt 1990", date(1990, 9, 11)),
    ("11 septmber 1990", date(1990, 9, 11)), ("11 okober 1990", date(1990, 10, 11)),
    ("11 meii 1990", date(1990, 5, 11)), ("11nov90", date(1990, 11, 11)),
    ("19900311", date(1990, 3, 11)), ("110390", date(1990, 3, 11)),
    ("3/25/1990", date(1990, 3, 25)),  # month first: 25 cannot be a month
    ("11-03-1990 umur 36", date(1990, 3, 11)), ("usia tiga puluh, 11 mar 1990", date(1990, 3, 11)),
    ("20 mei 1979 eh salah 1978", date(1978, 5, 20)),
    ("20-05-1979, maaf maksudnya 21-05-1979", date(1979, 5, 21)),
])
def test_birth_dates_in_everyday_forms(text, expected):
    assert read("dob", text) == expected.isoformat()


@pytest.mark.parametrize("text, key", [
    ("20 mei", "date_missing"), ("1979", "date_missing"), ("umur 47", "date_format"),
    ("20 mei 1979 atau 1980", "date_format"), ("20 xqzw 1979", "date_month"),
    ("20 mei 2079", "dob_future"), ("31 april 1979", "date_unreal"), ("ga tau", "date_format"),
])
def test_unreadable_dates_are_refused_with_a_reason(text, key):
    with pytest.raises(Invalid) as err:
        read("dob", text)
    assert err.value.key == key


@pytest.mark.parametrize("text", [
    "nomor wa: 0857-1111-2222 (aktif)", "hp ku 0857 1111 2222", "+62 0857 1111 2222",
    "0062 857 1111 2222", "O857-1111-2222", "0857-1111-2222 / 0813", "tlp 0857.1111.2222 sekian",
    "0857 1111 2220 eh salah 0857 1111 2222",
    "hp 085711112222 wa 081311112222",  # two numbers, both the person's: the first (forms22)
])
def test_phone_numbers_inside_sentences(text):
    assert read("phone", text) == "+6285711112222"


@pytest.mark.parametrize("text", ["0857-1111-222a", "kode 123456"])
def test_unclear_phone_numbers_are_refused(text):
    with pytest.raises(Invalid):
        read("phone", text)


@pytest.mark.parametrize("text", ["nik 3273011708850001", "NIK : 3273.0117.0885.0001",
                                  "3273 0117 0885 0001 (ktp)", "ktp saya 32730117O8850001"])
def test_nik_inside_sentences(text):
    assert read("nik", text) == "3273011708850001"


@pytest.mark.parametrize("text, expected", [
    ("namaku Rudi Hartono", "Rudi Hartono"), ("Nama lengkap: Rudi Hartono.", "Rudi Hartono"),
    ("sy Rudi Hartono bu", "Rudi Hartono"), ("Mbak Sri Wahyuni", "Sri Wahyuni"),
    ("Rudi Hartono, S.Pd.", "Rudi Hartono, S.Pd."), ("Hj. Sri Wahyuni", "Hj. Sri Wahyuni"),
    ("Rudi Hartana, eh maksud saya Rudi Hartono", "Rudi Hartono"),
])
def test_names_without_lead_in_or_address(text, expected):
    assert read("name", text) == expected


@pytest.mark.parametrize("text, label", [
    ("ngojek online", "Ojol / kurir"), ("driver shopeefood", "Ojol / kurir"),
    ("nyopir truk", "Sopir / angkutan"), ("buka warung", "Pedagang"),
    ("tukang bangunan harian", "Buruh harian / serabutan"), ("tukang pijat", "tukang pijat"),
    ("pengasuh anak", "Asisten rumah tangga"),
])
def test_jobs_by_their_words(text, label):
    assert read("occupation", text) == label


@pytest.mark.parametrize("text, with_jht", [
    ("ga pake jht", False), ("jht juga", True), ("paket lengkap", True), ("yang 2 aja", False),
    ("tidak usah jht", False),
])
def test_programs_by_their_words(text, with_jht):
    assert read("programs", text) is with_jht


@pytest.mark.parametrize("text, code", [
    ("kerja di kota kediri", "35.71"), ("kotamadya kediri", "35.71"), ("depok jabar", "32.76"),
    ("bantul diy", "34.02"), ("sleman eh salah bantul", "34.02"),
])
def test_places_named_inside_more_words(text, code):
    assert read("location", text) == code


@pytest.mark.parametrize("text", ["+- 2 juta", "kisaran 2 juta", "1,5 juta eh 2 juta"])
def test_income_with_approximation_words(text):
    assert read("income", text) == 2_000_000


async def test_a_date_given_in_two_messages_is_kept(engine, caplog):
    await drive_to(engine, "u1", "dob")
    with caplog.at_level(logging.DEBUG):
        first = await say(engine, "u1", text="17 agustus")
        assert "Tahunnya belum ada" in first[-1].text
        await say(engine, "u1", text="thn 1990")
    session = await session_of(engine, "u1")
    assert session.data["step"] == "phone" and session.data["fields"]["dob"] == "1990-08-17"
    assert "partial" not in session.data
    assert "agustus" not in caplog.text.lower() and "1990" not in caplog.text


@pytest.mark.parametrize("text, step", [("nomor hp salah", "phone"), ("ubah nama", "name"),
                                        ("tgl lahirnya keliru", "dob")])
async def test_summary_edit_by_text(engine, text, step):
    await drive_to(engine, "u1", "summary")
    await say(engine, "u1", text=text)
    session = await session_of(engine, "u1")
    assert session.data["step"] == step and session.data["editing"]


async def test_a_correction_of_an_earlier_answer_at_a_later_step(engine):
    await drive_to(engine, "u1", "dob")
    replies = await say(engine, "u1", text="eh nama saya salah, harusnya Sri Wahyuni")
    session = await session_of(engine, "u1")
    assert session.data["step"] == "dob" and session.data["fields"]["name"] == "Sri Wahyuni"
    assert "sudah saya ubah menjadi <b>Sri Wahyuni</b>" in replies[-1].text
    await say(engine, "u1", text="0812 3456 7890 eh salah")  # not a date, nor a name
    assert (await session_of(engine, "u1")).data["fields"]["name"] == "Sri Wahyuni"


@pytest.mark.parametrize("text", ["Eh salah", "eh salah ketik tadi", "oops typo", "salah min"])
async def test_a_bare_correction_asks_the_answer_just_given_again(engine, text):
    """'Eh salah' with no new value is never stored: the step just answered is asked again,
    its value kept until replaced; at the first step, that step."""
    await drive_to(engine, "u1", "name")
    await say(engine, "u1", text=text)
    session = await session_of(engine, "u1")
    assert session.data["step"] == "name" and session.data["fields"] == {}
    await say(engine, "u1", text="Siti Nurhaliza")
    await say(engine, "u1", text=text)  # at the NIK step: the name is asked again
    session = await session_of(engine, "u1")
    assert session.data["step"] == "name"
    assert session.data["fields"] == {"name": "Siti Nurhaliza"}
    replies = await say(engine, "u1", text="Siti Nurhaliza Putri")
    session = await session_of(engine, "u1")
    assert session.data["step"] == "nik"
    assert session.data["fields"] == {"name": "Siti Nurhaliza Putri"}
    assert "NIK" in replies[-1].text


async def test_a_correction_naming_the_field_with_nya(engine):
    await drive_to(engine, "u1", "nik")
    await say(engine, "u1", text="eh salah, namanya Siti Nurhaliza Putri")
    session = await session_of(engine, "u1")
    assert session.data["fields"]["name"] == "Siti Nurhaliza Putri"
