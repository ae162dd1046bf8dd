"""An acknowledgement before a follow-up ("oke min, kalau jp?") is left out (leads.py)."""

from __future__ import annotations

from pathlib import Path

from bot.answers.leads import without_lead
from bot.content.faqbase import load_faq
from bot.core.replies import Event

FAQ = Path(__file__).resolve().parents[2] / "faq"


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


def test_the_lead_is_cut_only_when_words_follow():
    clause = load_faq(FAQ).clause_cues
    assert without_lead("oke min, kalau jp?", clause) == "kalau jp?"
    assert without_lead("I see, and JKM?", clause) == "and JKM?"
    assert without_lead("oh gitu ya. terus syaratnya?", clause) == "terus syaratnya?"
    assert without_lead("oke", clause) == "oke"  # a reply of its own
    assert without_lead("okenya gimana", clause) == "okenya gimana"  # whole words only
    assert without_lead("iuran jht brp", clause) == "iuran jht brp"


async def test_a_followup_after_an_acknowledgement_leans_on_the_answer(engine):
    assert (await say(engine, "iuran jht berapa persen", "lead1")).entry_id == "jht-iuran"
    assert (await say(engine, "oke min, kalau jp?", "lead1")).entry_id == "jp-iuran"
    assert (await say(engine, "how long until JHT is paid", "lead2")).entry_id \
        == "jht-lama-cair"
    assert (await say(engine, "i see, and JKM?", "lead2")).entry_id == "jkm-lama-cair"
    # an acknowledgement alone is still small talk
    assert (await say(engine, "oke", "lead2")).kind == "smalltalk"
