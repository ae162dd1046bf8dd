"""A "why?" after an answer gets that answer again (its reason and basis are in it); a why
with a question of its own, or with no answer before it, is read as before."""

from __future__ import annotations

import pytest

from bot.answers.why_again import asks_why
from bot.content.clause_cues import load_clause_cues
from bot.core.replies import Event
from tests.conftest import FAQ_DIR


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


@pytest.mark.parametrize("why", ["knp gitu?", "kok gitu?", "lho kenapa ga bisa?", "why not?"])
async def test_a_why_after_an_answer_gets_that_answer_again(engine, why):
    user = f"why-{why}"
    first = await say(engine, "kalau resign sendiri dapat jkp ga", user)
    assert first.entry_id == "jkp-resign"
    again = await say(engine, why, user)
    assert again.kind == "faq" and again.entry_id == "jkp-resign"


async def test_a_why_with_a_question_of_its_own_is_read_as_one(engine):
    await say(engine, "kalau resign sendiri dapat jkp ga", "why-own")
    assert (await say(engine, "kenapa klaim jht saya ditolak?", "why-own")).entry_id \
        != "jkp-resign"


async def test_a_why_with_no_answer_before_is_no_answer(engine):
    assert (await say(engine, "kenapa?", "why-none")).kind != "faq"


def test_why_words_among_fillers_only():
    problems: list = []
    clause = load_clause_cues(FAQ_DIR, problems)
    assert not problems
    assert asks_why("kok bisa gitu sih min?", clause)
    assert not asks_why("kok lama banget cairnya?", clause)
    assert not asks_why("gitu ya", clause)
