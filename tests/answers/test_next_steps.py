"""The next step asked after an answer: "terus?", "abis itu?", "then what?" (next_steps.py)."""

from __future__ import annotations

from pathlib import Path

from bot.answers.next_steps import asks_next_step
from bot.content.faqbase import load_faq
from bot.core.replies import Event

FAQ = Path(__file__).resolve().parents[2] / "faq"


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


def test_only_the_cue_among_fillers_asks_the_next_step():
    clause = load_faq(FAQ).clause_cues
    for text in ("terus?", "trus gmn min", "abis itu ngapain ya", "oke, langkah selanjutnya apa?",
                 "setelah itu saya harus ngapain?", "then what?", "What's next?",
                 "ok, what should we do next?"):
        assert asks_next_step(text, clause), text
    for text in ("terus cara klaim jkk gimana?", "abis itu bayarnya gmn?", "gimana?", "oke",
                 "terusin dong", "trus daftarin karyawannya gmn?", "what is next of kin"):
        assert not asks_next_step(text, clause), text


async def test_the_cue_after_an_answer_offers_its_related_steps(engine):
    assert (await say(engine, "santunan jkm dapet apa aja", "ns1")).entry_id == "jkm-manfaat"
    reply = await say(engine, "trus langkah selanjutnya apa?", "ns1")
    assert reply.kind == "suggestions"
    # the related entries about a claim, not the heirs' JP (jkm-manfaat's `related`)
    assert [i for i, _ in reply.suggestions] == ["jkm-syarat-klaim", "jht-ahli-waris"]
    assert reply.buttons[0][0].data.endswith(":jkm-syarat-klaim")
    assert reply.buttons[-1][0].data == "menu"  # and back to the topic menu, as any list
    assert "Langkah berikutnya" in reply.text


async def test_english_after_an_answer(engine):
    assert (await say(engine, "what is JHT?", "ns2")).entry_id == "jht-apa-itu"
    reply = await say(engine, "ok, then what?", "ns2")
    assert reply.kind == "suggestions" and "Next steps" in reply.text
    assert [i for i, _ in reply.suggestions] == ["jht-iuran", "jht-cek-saldo"]  # all related


async def test_a_whole_question_and_a_step_answer_go_the_normal_way(engine):
    assert (await say(engine, "santunan jkm dapet apa aja", "ns3")).entry_id == "jkm-manfaat"
    reply = await say(engine, "terus cara klaim jkk gimana?", "ns3")
    assert (reply.kind, reply.entry_id) == ("faq", "jkk-cara-klaim")
    # after a procedure the steps are in the answer itself: it is given again, as before
    assert (await say(engine, "cara daftar bpu", "ns4")).entry_id == "daftar-bpu-cara"
    assert (await say(engine, "terus?", "ns4")).entry_id == "daftar-bpu-cara"


async def test_no_answer_before_or_a_calculation_change_nothing(engine):
    alone = await say(engine, "terus?", "ns5")
    assert alone.kind == "suggestions" and alone.suggestions[0][0] != "jkm-syarat-klaim"
    assert (await say(engine, "gaji 5jt potong brp", "ns6")).kind == "calculation"
    after = await say(engine, "terus?", "ns6")
    assert [i for i, _ in after.suggestions] == [i for i, _ in alone.suggestions]
