"""Replies in the flow: a question at any step is answered and the step asked again; plain
ya / tidak / gak jadi at every confirmation; a place not in the list is typed freely."""

from __future__ import annotations

import pytest

from bot.registration.steps import read_occupation
from tests.registration.driver import (
    NIK,
    STEP_NAMES,
    drive_to,
    pressables,
    say,
    session_of,
    stored,
    text_of,
)

ANSWERED = {"faq", "suggestions", "redirect", "fallback", "smalltalk"}
PROMPT_CUE = {
    "consent": "UU 27/2022", "name": "nama lengkap", "nik": "NIK", "dob": "tanggal lahir",
    "phone": "nomor HP", "occupation": "pekerjaan", "location": "kabupaten/kota",
    "income": "penghasilan", "programs": "program", "summary": "Ringkasan",
}
# A question for every step, typed as people do: mostly without "?".
QUESTIONS = [
    ("consent", "bpu itu apa sih"),
    ("name", "jht cair brp lama klo resign"),  # the example: was stored as the name
    ("nik", "kenapa harus kasih nik"),
    ("dob", "usia berapa jaminan hari tua bisa cair penuh"),
    ("phone", "jkk itu apa sih"),
    ("occupation", "eh kalau ojol iurannya dapet diskon ga sih"),  # was stored as the job
    ("location", "bayar iurannya dimana"),
    ("income", "petani bisa ikut bpjs tk ga"),
    ("programs", "bedanya jkk jkm sama jht apa"),
    ("summary", "dipecat perusahaan masa tunggu klaim jht berapa"),
]


@pytest.mark.parametrize("step, question", QUESTIONS)
async def test_a_question_at_any_step_is_answered_and_the_step_asked_again(engine, step,
                                                                          question):
    if step == "consent":
        await say(engine, command="daftar")
    else:
        await drive_to(engine, "u1", step)
    before = (await session_of(engine, "u1")).data
    replies = await say(engine, text=question)
    assert len(replies) >= 2, text_of(replies)
    assert replies[0].kind in ANSWERED
    assert replies[-1].kind == "flow" and PROMPT_CUE[step] in replies[-1].text
    assert "Kembali ke pra-pendaftaran" in replies[-1].text
    after = (await session_of(engine, "u1")).data
    assert after["step"] == before["step"] and after["fields"] == before["fields"]


@pytest.mark.parametrize("step, question", [
    ("name", "iuran bpu brp sebulan"), ("name", "gimana cara bayarnya"),
    ("name", "kalau udah daftar kapan aktifnya"), ("occupation", "ojol dapet diskon gak ya"),
    ("occupation", "kenapa harus isi pekerjaan"), ("location", "harus sesuai ktp ga sih"),
    ("income", "penghasilan gak tentu gmn ngisinya"), ("nik", "nik itu apa"),
])
async def test_more_question_shapes_never_become_values(engine, step, question):
    await drive_to(engine, "u1", step)
    before = (await session_of(engine, "u1")).data["fields"].copy()
    replies = await say(engine, text=question)
    assert replies[0].kind in ANSWERED and replies[-1].kind == "flow"
    assert (await session_of(engine, "u1")).data["fields"] == before


@pytest.mark.parametrize("step, value, field, stored_as", [
    ("name", "Siti Aminah", "name", "Siti Aminah"),
    ("occupation", "pedagang bakso", "occupation", "Pedagang"),
    ("occupation", "buruh tani", "occupation", "Buruh harian / serabutan"),
    ("occupation", "tukang cukur", "occupation", "tukang cukur"),
    ("location", "Kab. Bekasi, Jawa Barat", "region", "32.16"),
    ("location", "cikarang", "region", "32.16"),
    ("location", "kota jogja", "region", "34.71"),
])
async def test_real_answers_are_taken(engine, step, value, field, stored_as):
    await drive_to(engine, "u1", step)
    await say(engine, text=value)
    data = (await session_of(engine, "u1")).data
    assert data["fields"][field] == stored_as and data["step"] != step


async def test_a_name_that_looks_like_a_question_is_asked_back(engine):
    await drive_to(engine, "u1", "name")
    replies = await say(engine, text="Kapan Sinaga")
    assert "Apakah <b>Kapan Sinaga</b> itu nama Anda?" in replies[0].text
    assert pressables(replies) == ["reg:ask:yes", "reg:ask:no"]
    assert (await session_of(engine, "u1")).data["step"] == "name"
    await say(engine, text="iya")
    data = (await session_of(engine, "u1")).data
    assert data["fields"]["name"] == "Kapan Sinaga" and data["step"] == "nik"


async def test_asked_back_and_it_was_a_question(engine):
    await drive_to(engine, "u1", "occupation")
    await say(engine, text="kalau pedagang")
    replies = await say(engine, press="reg:ask:no")
    assert replies[0].kind in ANSWERED and "pekerjaan" in replies[-1].text
    data = (await session_of(engine, "u1")).data
    assert "occupation" not in data["fields"] and "pending" not in data
    # Something else typed at the ask-back is read afresh, and a later "ya" confirms nothing.
    await say(engine, text="kalau pedagang")
    await say(engine, text="X")
    await say(engine, text="ya")
    assert "occupation" not in (await session_of(engine, "u1")).data["fields"]


@pytest.mark.parametrize("word", ["ya", "iya", "Iya kak", "ok", "oke", "boleh", "setuju", "y"])
async def test_yes_words_at_consent(engine, word):
    await say(engine, command="daftar")
    replies = await say(engine, text=word)
    assert "nama lengkap" in replies[0].text


@pytest.mark.parametrize("word", ["tidak", "gak", "nggak", "tidak setuju"])
async def test_no_words_at_consent(engine, word):
    await say(engine, command="daftar")
    replies = await say(engine, text=word)
    assert "tidak ada data yang disimpan" in replies[0].text
    assert await session_of(engine, "u1") is None


@pytest.mark.parametrize("word", ["ya", "iya", "ok", "oke", "benar", "ya, simpan"])
async def test_yes_at_the_summary_stores(engine, word):
    await drive_to(engine, "u1", "summary")
    replies = await say(engine, text=word)
    assert "Kode referensi" in replies[0].text
    (reg,) = await stored(engine)
    assert reg.nik == NIK and reg.region_code == "32.73"


async def test_no_at_the_summary_asks_what_to_change(engine):
    await drive_to(engine, "u1", "summary")
    replies = await say(engine, text="tidak")
    assert "Bagian mana yang perlu diubah" in replies[0].text
    assert "reg:edit:name" in pressables(replies)
    assert await stored(engine) == []


@pytest.mark.parametrize("step", ["consent", *STEP_NAMES, "summary"])
@pytest.mark.parametrize("word", ["gak jadi", "batal"])
async def test_cancel_words_at_every_step(engine, step, word):
    if step == "consent":
        await say(engine, command="daftar")
    else:
        await drive_to(engine, "u1", step)
    replies = await say(engine, text=word)
    assert "Dibatalkan" in replies[0].text
    assert await session_of(engine, "u1") is None and await stored(engine) == []


async def test_yes_or_no_where_a_value_is_asked_is_not_stored(engine):
    await drive_to(engine, "u1", "name")
    replies = await say(engine, text="ya")
    assert "Saya perlu <b>nama</b>" in replies[0].text
    replies = await say(engine, text="tidak")
    assert "ketik <i>batal</i>" in replies[0].text
    assert (await session_of(engine, "u1")).data["fields"] == {}
    await drive_to(engine, "u2", "programs")
    replies = await say(engine, "u2", text="ya")
    assert "pilih salah satu tombol" in replies[0].text


async def test_yes_continues_after_a_long_pause(engine):
    await drive_to(engine, "u1", "income")
    await engine.db.write("UPDATE sessions SET updated_at = updated_at - 99999")
    replies = await say(engine, text="3 juta")
    assert "terhenti" in replies[0].text
    replies = await say(engine, text="ya")
    assert "penghasilan" in replies[0].text
    assert (await session_of(engine, "u1")).data["fields"]["nik"] == NIK
    await engine.db.write("UPDATE sessions SET updated_at = updated_at - 99999")
    await say(engine, text="3 juta")
    replies = await say(engine, text="gak jadi")
    assert "Dibatalkan" in replies[0].text and await session_of(engine, "u1") is None


async def test_not_in_the_list_is_typed_freely_stored_as_given_and_flagged(engine):
    await drive_to(engine, "u1", "location")
    await say(engine, text="bandung")
    replies = await say(engine, press="reg:loc:other")
    assert "seperti yang Anda tulis" in replies[0].text and replies[0].buttons == []
    replies = await say(engine, text="Desa Sukamaju, dekat perbatasan")
    assert "penghasilan" in replies[0].text
    await say(engine, text="2 juta")
    replies = await say(engine, press="reg:prog:basic")
    assert "Desa Sukamaju, dekat perbatasan (tidak ada di daftar" in replies[0].text
    await say(engine, text="ya")
    (reg,) = await stored(engine)
    assert reg.region_code == "" and reg.region_name == "Desa Sukamaju, dekat perbatasan"


@pytest.mark.parametrize("word", ["tidak", "gak ada", "ga ada di daftar", "tidak ada semua"])
async def test_typing_no_at_the_suggestions_means_not_in_the_list(engine, word):
    await drive_to(engine, "u1", "location")
    await say(engine, text="bandung")
    replies = await say(engine, text=word)
    assert "seperti yang Anda tulis" in replies[0].text
    # A place that is in the list after all is still recognised.
    await say(engine, text="Kota Cimahi")
    data = (await session_of(engine, "u1")).data
    assert data["fields"]["region"] == "32.77" and "place" not in data["fields"]


async def test_yes_picks_a_single_suggestion_and_not_one_of_several(engine):
    await drive_to(engine, "u1", "location")
    await say(engine, text="bandung")
    replies = await say(engine, text="ya")  # three offered: which one?
    assert "Maksud Anda yang mana" in replies[0].text
    session = await session_of(engine, "u1")
    session.data["suggest"] = ["32.77"]  # one candidate offered (rare from fuzzy matching)
    await engine.sessions.save(session)
    await say(engine, text="iya")
    assert (await session_of(engine, "u1")).data["fields"]["region"] == "32.77"


async def test_editing_a_free_place_to_a_listed_one_drops_the_flag(engine):
    await drive_to(engine, "u1", "location")
    await say(engine, text="bandung")
    await say(engine, press="reg:loc:other")
    await say(engine, text="Kampung Rambutan Ujung")
    await say(engine, text="2 juta")
    await say(engine, press="reg:prog:basic")
    await say(engine, press="reg:edit:location")
    replies = await say(engine, text="jaksel")
    assert "Kota Jakarta Selatan, DKI Jakarta" in replies[0].text
    await say(engine, text="ya")
    (reg,) = await stored(engine)
    assert reg.region_code == "31.74" and reg.region_name == "Kota Jakarta Selatan, DKI Jakarta"


async def test_a_lead_in_before_the_name_is_dropped(engine):
    await drive_to(engine, "u1", "name")
    await say(engine, text="nama saya Budi Santoso")
    assert (await session_of(engine, "u1")).data["fields"]["name"] == "Budi Santoso"


@pytest.mark.parametrize("text", ["halo", "makasih min", "terima kasih kak", "halo bot"])
async def test_smalltalk_at_a_value_step_is_answered_not_stored(engine, text):
    await drive_to(engine, "u1", "name")
    replies = await say(engine, text=text)
    assert replies[-1].kind == "flow" and "nama lengkap" in replies[-1].text
    assert (await session_of(engine, "u1")).data["fields"] == {}


@pytest.mark.parametrize("text, value", [
    ("gaji 3 juta", 3000000), ("penghasilan 2,5 jt setelah potongan", 2500000),
    ("upah sebulan 4 juta", 4000000),
])
async def test_a_program_word_next_to_a_valid_amount_is_still_the_amount(engine, text, value):
    await drive_to(engine, "u1", "income")
    await say(engine, text=text)
    assert (await session_of(engine, "u1")).data["fields"]["income"] == value


async def test_a_question_at_the_income_step_is_still_answered(engine):
    await drive_to(engine, "u1", "income")
    replies = await say(engine, text="gaji 3 juta iurannya brp")
    assert replies[0].kind != "flow" and "penghasilan" in replies[-1].text
    assert "income" not in (await session_of(engine, "u1")).data["fields"]


@pytest.mark.parametrize("text, label", [
    ("saya bekerja sebagai penjahit", "penjahit"), ("pekerjaan saya: guru ngaji", "guru ngaji"),
    ("kerjaan saya adalah tukang las", "tukang las"), ("sebagai tukang cukur", "tukang cukur"),
    ("kerja saya jualan sayur", "Pedagang"), ("saya ojol", "Ojol / kurir"),
    ("saya kerja di bengkel", "kerja di bengkel"), ("sayur mayur", "sayur mayur"),
])
def test_a_lead_in_before_the_job_is_dropped(text, label):
    assert read_occupation(text).label == label
