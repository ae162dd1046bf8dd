"""A name given in a question ("nama saya Budi Santoso ...") is masked where the question is
kept (question log, staff listings, log lines), as NIK and phone numbers are (review22: the
name reached /laporan and its CSV as typed)."""

from __future__ import annotations

import pytest

from bot.core.privacy import redact
from bot.core.replies import Event
from bot.storage.question_log import fetch_rows


@pytest.mark.parametrize("text, masked", [
    ("nama saya Budi Santoso NIK 3174011708900001 mau cek saldo jht",
     "nama saya [nama] NIK ***0001 mau cek saldo jht"),
    ("atas nama siti aminah, jht cair brp lama", "atas nama [nama], jht cair brp lama"),
    ("namaku Agus, jht bisa cair?", "namaku [nama], jht bisa cair?"),
    ("hi my name is John Smith and my jht is not paid",
     "hi my name is [nama] and my jht is not paid"),
    ("Nama sy : Made Wirawan umur 40 jp brp", "Nama sy : [nama] umur 40 jp brp"),
])
def test_a_name_after_its_introduction_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize("text", [
    "nama saya tidak terdaftar di jmo", "nama saya salah di kartu peserta",
    "nama perusahaan berubah, jht gimana", "jht cair berapa lama", "nama ibu kandung beda"])
def test_words_that_are_no_name_stay(text):
    assert redact(text) == text


async def test_the_question_log_keeps_no_name(engine):
    await engine.handle(Event("u1", "console", text="nama saya Budi Santoso mau tanya jht cair"))
    rows = await fetch_rows(engine.db)
    assert rows and "Budi" not in rows[-1].question and "[nama]" in rows[-1].question


@pytest.mark.parametrize("text, masked", [
    ("saya Siti Aminah mau tanya jht", "saya [nama] mau tanya jht"),
    ("Selamat siang, saya Budi dari PT Maju Jaya, iuran jkk brp",
     "Selamat siang, saya [nama] dari PT Maju Jaya, iuran jkk brp"),
    ("bapak saya Slamet Riyadi meninggal, klaim jkm gmn",
     "bapak saya [nama] meninggal, klaim jkm gmn"),
    ("I'm John Smith, my jht claim is late", "I'm [nama], my jht claim is late"),
    ("hello, I am Maria Santos from the Philippines", "hello, I am [nama] from the Philippines"),
])
def test_a_capitalised_name_after_saya_or_i_am_is_masked(text, masked):
    """Introducing oneself without "nama" is how many messages open (review23: the name
    reached /laporan, its CSV and the "Tanya petugas" post, which promises no name)."""
    assert redact(text) == masked


@pytest.mark.parametrize("text", [
    "saya mau tanya jht", "Saya BPU, iuran brp", "saya Mau Tanya Jht Saya Cair Kapan",
    "I am not sure", "I'm a driver, jht?", "Saya karyawan swasta", "This is Telegram"])
def test_lowercase_words_acronyms_and_title_case_typing_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize("text, masked", [
    ("Saya Ayu, saya BPU", "Saya [nama], saya BPU"), ("Saya Ayu", "Saya [nama]"),
    ("saya Ibu rumah tangga, bisa ikut bpu?", "saya Ibu rumah tangga, bisa ikut bpu?"),
    ("gaji saya Rp 5.000.000 potong brp", "gaji saya Rp 5.000.000 potong brp"),
])
def test_short_messages_and_titles(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize("text, masked", [
    ("lahir 17-8-1990 kapan pensiun", "lahir [tanggal] kapan pensiun"),
    ("tgl lahir 17/08/90 jp", "tgl lahir [tanggal] jp"),
    ("lahir 1/1/1990", "lahir [tanggal]"), ("lahir 17-8-1990.", "lahir [tanggal]."),
    ("lahir 17.08.1990", "lahir ***1990"),  # eight digits: masked as a number run already
    ("gaji 5.000.000 potong", "gaji 5.000.000 potong"),
    ("iuran 4,5 jt 12 bulan", "iuran 4,5 jt 12 bulan"),
])
def test_a_date_with_short_parts_is_masked(text, masked):
    """A birth date typed "17-8-1990" has seven digits, "17/08/90" six: both were kept."""
    assert redact(text) == masked


async def test_rows_logged_before_a_masking_rule_are_masked_when_staff_read_them(engine):
    """/laporan, its CSV, `report misses` and /statistik read rows logged months ago: a name
    or date logged before today's rules must not reach staff as typed."""
    await engine.db.write(
        "INSERT INTO question_log(asked_at, user_hash, channel, question, outcome) "
        "VALUES (?, ?, ?, ?, ?)", (1.0, "old", "telegram", "saya Siti Aminah, lahir 17-8-1990",
                                   "fallback"))
    (row,) = await fetch_rows(engine.db)
    assert row.question == "saya [nama], lahir [tanggal]"


@pytest.mark.parametrize("text, masked", [
    ("Nama: Siti Aminah, NIK 3273011708900001", "Nama: [nama], NIK ***0001"),
    ("nama : budi santoso", "nama : [nama]"), ("Name: John Smith", "Name: [nama]"),
    ("nama perusahaan: PT Maju", "nama perusahaan: PT Maju"),
])
def test_a_form_label_introduces_a_name(text, masked):
    assert redact(text) == masked
