"""Answers typed the way people chat (forms-blind set 3): greeting words that are names, a
greeting before a name, putting the form off, incomes as ranges or per day, Javanese month
spellings, two phone numbers, an English correction of the answer before, and a question asked
mid-form read as a BPU worker's."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from bot.registration.asking import answer_in_flow
from bot.registration.income_forms import per_month, read_income
from bot.registration.typed import pick_number, read_date, strip_name
from bot.registration.validators import Invalid
from tests.registration.driver import drive_to, say, session_of, stored

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("name", ["Selamat Riyadi", "Salam Nugroho", "Selamat", "Sugeng Rahayu"])
async def test_a_greeting_word_that_is_a_given_name_is_taken_as_the_name(engine, name):
    await drive_to(engine, "u1", "name")
    await say(engine, "u1", text=name)
    session = await session_of(engine, "u1")
    assert session is not None and not session.data.get("pending")
    assert session.data["fields"]["name"] == name


@pytest.mark.parametrize("text", ["selamat pagi", "salam kenal", "Kapan Sinaga"])
async def test_a_greeting_alone_or_an_asking_word_is_still_no_name_taken(engine, text):
    await drive_to(engine, "u1", "name")
    await say(engine, "u1", text=text)
    session = await session_of(engine, "u1")
    assert session is not None and "name" not in session.data["fields"]


@pytest.mark.parametrize("text, name", [
    ("pagi kak, Sri Wahyuni", "Sri Wahyuni"), ("Assalamualaikum, Budi Hartono", "Budi Hartono"),
    ("halo min, nama sy Dedi Kurniawan", "Dedi Kurniawan"), ("Pagi Santoso", "Pagi Santoso"),
])
def test_a_greeting_set_off_before_the_name_is_no_part_of_it(text, name):
    assert strip_name(text) == name


@pytest.mark.parametrize("step", ["consent", "name", "dob", "occupation", "location", "summary"])
@pytest.mark.parametrize("text", ["nanti aja", "nanti lagi ya", "ntar aja deh"])
async def test_putting_the_form_off_ends_it_and_keeps_nothing(engine, step, text):
    await drive_to(engine, "u1", step)
    await say(engine, "u1", text=text)
    assert await session_of(engine, "u1") is None
    assert not await stored(engine)


@pytest.mark.parametrize("text, rupiah", [
    ("1-2 jt", 1_500_000), ("1,5 - 2 juta", 1_750_000), ("antara 2 sampai 3 juta", 2_500_000),
    ("kalo rame 3jt kalo sepi 1jt", 2_000_000), ("sehari 100rb-an", 3_000_000),
    ("Rp 75.000/hari", 2_250_000), ("seminggu 500 ribu", 2_000_000), ("sejutaan", 1_000_000),
    ("sekitar 2 jutaan", 2_000_000), ("12 juta setahun", 1_000_000), ("2,5 juta", 2_500_000),
    ("3 juta sebulan, kerja 6 hari seminggu", 3_000_000),
])
def test_income_as_a_range_per_day_or_week_is_a_month(text, rupiah):
    assert read_income(text) == rupiah


@pytest.mark.parametrize("text", ["gaji 2jt, tambahan 500rb", "tergantung musim", "0"])
def test_income_added_up_or_without_an_amount_is_asked_again(text):
    with pytest.raises(Invalid):
        read_income(text)


def test_a_month_named_beside_days_keeps_the_amount_monthly():
    assert per_month("3 juta per bulan, libur hari minggu") == 1


@pytest.mark.parametrize("text, born", [
    ("3 Mèi 1990", date(1990, 5, 3)), ("21 Sèptèmber 1993", date(1993, 9, 21)),
    ("6 Nopèmber 1981", date(1981, 11, 6)),
])
def test_javanese_spellings_of_months_with_accents_are_read(text, born):
    assert read_date(text, TODAY) == born


def test_two_phone_numbers_give_the_first():
    def fits(number: str) -> bool:
        return number.startswith("08")

    assert pick_number("0812-3456-7890 / 0857-1234-5678", fits, first=True) == "0812-3456-7890"
    with pytest.raises(Invalid):
        pick_number("0812-3456-7890 / 0857-1234-5678", fits)


async def test_an_english_correction_at_the_next_step_changes_the_answer_before(engine):
    await drive_to(engine, "u1", "income")
    await say(engine, "u1", text="2 juta")
    await say(engine, "u1", text="oops i mean 3 juta")
    session = await session_of(engine, "u1")
    assert session is not None
    assert session.data["fields"]["income"] == 3_000_000
    assert "jht" not in session.data["fields"]  # "3" was no program count
    assert session.data["step"] == "programs"


@pytest.mark.parametrize("step", ["dob", "income", "summary"])
async def test_a_contribution_question_mid_form_is_answered_for_a_bpu_worker(engine, step):
    await drive_to(engine, "u1", step)
    before = dict((await session_of(engine, "u1")).data["fields"])
    replies = await say(engine, "u1", text="iurannya berapa sih?")
    assert replies[0].kind == "faq" and replies[0].entry_id == "iuran-bpu-besaran"
    session = await session_of(engine, "u1")
    assert session is not None and session.data["fields"] == before


class _Matcher:
    """Answers `told` texts as given; anything else only suggests."""

    def __init__(self, answers: dict[str, str]):
        self.answers = answers

    def match(self, text: str) -> SimpleNamespace:
        entry = self.answers.get(text)
        return SimpleNamespace(outcome="answer" if entry else "suggest",
                               best=SimpleNamespace(entry_id=entry or "x"))


async def _asked(answers: dict[str, str], titles: dict[str, str], text: str) -> str:
    """The text answer_in_flow passes on to the FAQ, with a fake matcher and entries."""
    sent: list[str] = []

    async def answer_question(ctx, question):
        sent.append(question)
        return []

    entries = {k: SimpleNamespace(title=t) for k, t in titles.items()}
    ctx = SimpleNamespace(lang="id", engine=SimpleNamespace(answer_question=answer_question),
                          content=SimpleNamespace(matcher_for=lambda lang: _Matcher(answers),
                                                  faq=SimpleNamespace(entries=entries)))
    await answer_in_flow(ctx, text)  # type: ignore[arg-type]
    return sent[0]


async def test_the_bpu_context_decides_only_for_an_answer_titled_for_bpu():
    titles = {"iuran-bpu-besaran": "Besar iuran BPU (pekerja mandiri)",
              "daftar-cek-status": "Cek status kepesertaan"}
    assert await _asked({"iurannya brp? bpu": "iuran-bpu-besaran"}, titles,
                        "iurannya brp?") == "iurannya brp? bpu"
    assert await _asked({"udah terdaftar blm ya? bpu": "daftar-cek-status"}, titles,
                        "udah terdaftar blm ya?") == "udah terdaftar blm ya?"


@pytest.mark.parametrize(("step", "text"), [("nik", "kenapa harus pake nik?"),
                                            ("phone", "ini aman ga datanya?"),
                                            ("dob", "knp hrs kasih nik sih, ga disalahgunain kan"),
                                            ("nik", "data ini untuk apa?"),  # review26
                                            ("phone", "datanya buat apa?"),
                                            ("dob", "data saya dipakai buat apa aja?")])
async def test_a_question_about_the_data_is_answered_by_the_form(engine, step, text):
    await drive_to(engine, "u1", step)
    before = dict((await session_of(engine, "u1")).data["fields"])
    replies = await say(engine, "u1", text=text)
    assert "/hapusdata" in replies[0].text and "disamarkan" in replies[0].text
    assert len(replies) == 2  # then the step asked again
    session = await session_of(engine, "u1")
    assert session.data["step"] == step and session.data["fields"] == before


@pytest.mark.parametrize(("step", "text", "field", "value", "after"), [
    ("income", "3 juta, iurannya berapa ya", "income", 3_000_000, "programs"),
    ("income", "3jt. berapa iurannya?", "income", 3_000_000, "programs"),
    ("dob", "17-08-1990, umur segitu masih bisa ikut jht ga?", "dob", "1990-08-17", "phone"),
    ("name", "Siti Nurhaliza, syaratnya apa aja?", "name", "Siti Nurhaliza", "nik"),
])
async def test_an_answer_with_a_question_is_kept_and_the_question_answered(
        engine, step, text, field, value, after):
    await drive_to(engine, "u1", step)
    replies = await say(engine, "u1", text=text)
    session = await session_of(engine, "u1")
    assert session.data["fields"][field] == value and session.data["step"] == after
    assert replies[0].kind != "flow"  # the question's answer first
    assert replies[-1].kind == "flow" and "sudah saya catat" in replies[-1].text


@pytest.mark.parametrize("text", ["what is this data for?", "what will my data be used for?"])
async def test_an_english_question_about_the_data_is_answered_by_the_form(engine, text):
    await say(engine, "u1", command="bahasa", args="en")
    await drive_to(engine, "u1", "phone", {"dob": "17/08/1990"})
    replies = await say(engine, "u1", text=text)
    assert "/hapusdata" in replies[0].text and "masked" in replies[0].text
    assert len(replies) == 2 and (await session_of(engine, "u1")).data["step"] == "phone"


async def test_a_question_for_the_documents_is_still_the_faqs(engine):
    await drive_to(engine, "u1", "nik")
    for text in ("data apa saja yang dibutuhkan untuk daftar?",
                 "data apa yang dipakai untuk daftar jmo?"):
        assert "/hapusdata" not in (await say(engine, "u1", text=text))[0].text
