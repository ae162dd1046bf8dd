"""The answer just given, again: "kenapa?" after it, a yes to its own question (again.py)."""

from __future__ import annotations

from pathlib import Path

from bot.answers.again import asks_why
from bot.content.faqbase import load_faq
from bot.core.replies import Event

FAQ = Path(__file__).resolve().parents[2] / "faq"


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


def test_only_why_among_fillers_asks_why():
    clause = load_faq(FAQ).clause_cues
    for text in ("kenapa?", "knp gitu ya", "loh kenapa ga bisa?", "oh napa?",
                 "why?", "why not?", "how come?"):
        assert asks_why(text, clause), text
    for text in ("kenapa ditolak?", "knp saldo jht sy kecil", "why was my claim rejected?",
                 "gitu ya", "terus?"):
        assert not asks_why(text, clause), text


async def test_why_after_an_answer_gives_it_again(engine):
    assert (await say(engine, "why can't freelancers join JKP", "ag1")).entry_id == "jkp-bpu"
    assert (await say(engine, "why?", "ag1")).entry_id == "jkp-bpu"
    # with no answer before it, "kenapa?" is read as usual (no answer of its own)
    assert (await say(engine, "kenapa?", "ag2")).kind != "faq"


async def test_a_yes_to_the_answers_own_question(engine):
    # pk-npp asks "Belum terbit? Hubungi account officer ...": a reply saying so gets it again
    assert (await say(engine, "npp berapa hari jadinya", "ag3")).entry_id == "pk-npp"
    assert (await say(engine, "udah seminggu lebih belum terbit", "ag3")).entry_id == "pk-npp"
    alone = await say(engine, "udah seminggu lebih belum terbit", "ag4")
    assert alone.entry_id != "pk-npp" or alone.kind != "faq"


async def test_a_reply_with_a_topic_of_its_own_goes_the_normal_way(engine):
    # "Belum didaftarkan?" in the probation answer; the reply is answered by the entry that
    # uses those words (the employer that does not register), not the probation answer again
    first = await say(engine, "karyawan probation wajib ikut bpjs tk?", "ag5")
    assert first.entry_id == "pk-karyawan-masa-percobaan"
    reply = await say(engine, "iya sy belum didaftarin sama kantor", "ag5")
    assert reply.entry_id == "pk-tidak-didaftarkan"
