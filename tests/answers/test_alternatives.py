"""Answers with alternatives: close runners-up and the message's other questions as buttons."""

from __future__ import annotations

from bot.console.ask import ask, summarize
from bot.core.replies import Event


def _data(reply) -> list[str]:
    return [b.data for row in reply.buttons for b in row]


async def test_answer_offers_close_runner_up_recorded_as_a_choice(engine):
    replies = await engine.handle(Event("u-alt", "ask", text="berapa iuran jkm"))
    answer = replies[0]
    assert answer.kind == "faq" and answer.entry_id == "jkm-iuran"
    picks = [d for d in _data(answer) if d.startswith("pick:")]
    assert any(d.endswith(":iuran-bpu-jkm") for d in picks)
    assert "Bukan ini yang Anda maksud?" in answer.text
    # pressing it answers the other entry and records the choice for the staff reports
    log_id = int(picks[0].split(":")[1])
    chosen = await engine.handle(Event("u-alt", "ask", press=picks[0]))
    assert chosen[0].entry_id == picks[0].rsplit(":", 1)[1]
    assert await engine.db.fetchval(
        "SELECT chosen_entry_id FROM question_log WHERE id = ?", (log_id,)
    ) == picks[0].rsplit(":", 1)[1]


async def test_two_questions_answer_one_and_offer_the_other(engine):
    out = summarize("q", await ask(engine, "jht bisa cair brp lama klo resign? terus kalau mau "
                                           "daftar bpu caranya gmn?"))
    assert out["kind"] == "faq" and out["entry_id"] == "jht-klaim-resign"
    assert {"id": "daftar-bpu-cara", "title": out["alternatives"][0]["title"]} \
        in out["alternatives"]
    assert "juga menanyakan" in out["text"]


async def test_clear_answer_has_no_alternatives(engine):
    out = summarize("q", await ask(engine, "lupa password mobile jkn"))
    assert out["kind"] == "redirect" and out["alternatives"] == []
