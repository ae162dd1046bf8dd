"""A message holding only personal data (a number, a birth date, a bare name) gets a reply that
no such data is needed and where a balance is checked, and the question log keeps no text."""

from __future__ import annotations

import pytest

from bot.answers.personal_only import PERSONAL_TEXT, bare_name
from bot.core.replies import Event
from bot.storage.question_log import fetch_rows


@pytest.mark.parametrize("text", [
    "Siti Aminah", "budi santoso", "Dewi Lestari", "SITI AMINAH", "nik 3273011708900001",
    "no kpj 12345678901", "Nama: Siti Aminah, NIK 3273011708900001, lahir 17-08-1990",
    "081234567890", "Halo kak, 3273011708900001", "tgl lahir 17 agustus 1990",
])
async def test_only_personal_data_gets_its_reply_and_leaves_no_text(engine, text) -> None:
    (reply,) = await engine.handle(Event("d1", text=text))
    assert "data pribadi" in reply.text and "JMO" in reply.text and "/daftar" in reply.text
    assert reply.kind == "fallback" and not reply.suggestions
    assert any(b.data.startswith("topic:") for row in reply.buttons for b in row)  # the topics
    rows = await fetch_rows(engine.db)
    assert [r.question for r in rows] == [PERSONAL_TEXT]


@pytest.mark.parametrize("text", [
    "jht cair", "kak ini nik saya 3273011708900001 tolong cek saldo", "selamat pagi",
    "Taspen", "terima kasih", "BPJS Ketenagakerjaan", "nama saya tidak terdaftar di jmo",
    "gaji 5 juta potong berapa",
])
async def test_a_question_beside_data_or_without_it_is_read_as_before(engine, text) -> None:
    replies = await engine.handle(Event("d2", text=text))
    assert not any("hanya berisi data pribadi" in r.text for r in replies)


async def test_in_english_the_reply_is_english(engine) -> None:
    await engine.handle(Event("d3", text="how do I claim my pension?"))
    (reply,) = await engine.handle(Event("d3", text="my name is John Smith, phone 081234567890"))
    assert "personal data" in reply.text and "JMO" in reply.text


def test_a_bare_name_is_words_no_question_uses() -> None:
    def known(word: str) -> bool:
        return word in {"jht", "cair", "saldo"}

    assert bare_name(["Siti", "Aminah"], known) and bare_name(["joko", "widodo"], known)
    assert not bare_name(["jht", "cair"], known)  # question words
    assert not bare_name(["dewi", "lestari"], known)  # lower case, both dictionary words
    assert not bare_name(["rina"], known)  # one lower-case word says too little
    assert not bare_name(["Ana", "Bea", "Cici", "Dedi", "Eka"], known)  # longer than a name
    assert not bare_name(["qwertyuiop", "zxcvb", "asdf"], known)  # a key mash, no name
    assert bare_name(["Sastrowardoyo"], known) and bare_name(["Prasetyo", "Nugroho"], known)
