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
