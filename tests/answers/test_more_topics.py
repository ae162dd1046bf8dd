""""🔎 Topik lain": the next entries of the message's ranking behind one button."""

from __future__ import annotations

from dataclasses import replace

from bot.answers.more_topics import more_row
from bot.core.engine import Ctx
from bot.core.replies import Event, Reply


def _data(replies: list[Reply], prefix: str) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row
            if b.data.startswith(prefix)]


async def _ask(engine, user: str, text: str, language: str = "id") -> list[Reply]:
    return await engine.handle(Event(user, "ask", text=text, language=language))


async def _press(engine, user: str, data: str, language: str = "id") -> list[Reply]:
    return await engine.handle(Event(user, "ask", press=data, language=language))


async def test_under_a_did_you_mean_not_under_a_confident_answer(engine):
    asked = await _ask(engine, "u1", "syarat")
    assert asked[-1].kind == "suggestions"
    more = [b for row in asked[-1].buttons for b in row if b.data.startswith("more:")]
    assert len(more) == 1 and more[0].label == "🔎 Topik lain"
    answered = await _ask(engine, "u2", "apa itu jht")
    assert answered[-1].kind == "faq" and not _data(answered, "more:")


async def test_under_a_fallback_only_when_it_offers_an_entry(engine):
    near = await _ask(engine, "u1", "Pekerja Sulit Meminta Pengklaiman")
    assert near[-1].kind == "fallback" and len(_data(near, "more:")) == 1
    plain = await _ask(engine, "u2", "zzqx")
    assert plain[-1].kind == "fallback" and not _data(plain, "more:")


async def test_pressing_shows_the_next_entries_as_did_you_mean_choices(engine):
    asked = await _ask(engine, "u1", "syarat")
    shown = {i for i, _ in asked[-1].suggestions}
    (more,) = _data(asked, "more:")
    log_id = more.partition(":")[2]
    pressed = await _press(engine, "u1", more)
    nxt = [i for i, _ in pressed[-1].suggestions]
    assert pressed[-1].kind == "suggestions" and 1 <= len(nxt) <= 4
    assert not shown & set(nxt)
    picks = _data(pressed, "pick:")
    assert picks == [f"pick:{log_id}:{i}" for i in nxt]
    # a choice among them is recorded on the question, like a "did you mean" choice
    await _press(engine, "u1", picks[0])
    chosen = await engine.db.fetchval(
        "SELECT chosen_entry_id FROM question_log WHERE id = ?", (int(log_id),))
    assert chosen == nxt[0]


async def test_an_unknown_or_foreign_question_is_an_expired_button(engine):
    asked = await _ask(engine, "u1", "syarat")
    (more,) = _data(asked, "more:")
    for user, data in (("u1", "more:999999"), ("u1", "more:x"), ("u2", more)):
        (reply,) = await _press(engine, user, data)
        assert reply.text == "Tombol ini sudah tidak berlaku." and not reply.buttons


async def test_english_labels_and_text(engine):
    asked = await _ask(engine, "u1", "how do i claim", language="en")
    labels = [b.label for row in asked[-1].buttons for b in row]
    assert "🔎 Other topics" in labels
    pressed = await _press(engine, "u1", _data(asked, "more:")[0], language="en")
    assert pressed[-1].text.startswith("🔎 Perhaps one of these topics")


async def test_no_button_when_the_question_text_is_not_kept(engine):
    ctx = Ctx(Event("u1", "ask", text="syarat"), engine, lang="id")
    assert more_row(ctx, 7) and not more_row(ctx, None)
    assert more_row(replace(ctx, keep_question_text=False), 7) == []


async def test_thumbs_down_under_an_answer_shows_the_next_entries(engine):
    # a wrong answer has no "🔎 Topik lain": 👎 shows what it would (reach21)
    asked = await _ask(engine, "u1", "apa itu jht")
    answer = asked[-1]
    assert answer.kind == "faq" and not _data(asked, "more:")
    down = next(d for d in _data(asked, "fb:") if d.endswith(":0"))
    log_id = down.split(":")[1]
    pressed = await _press(engine, "u1", down)
    assert "masukan Anda kami catat" in pressed[0].text
    nxt = [i for i, _ in pressed[-1].suggestions]
    assert pressed[-1].kind == "suggestions" and 1 <= len(nxt) <= 4
    assert answer.entry_id not in nxt and not {i for i, _ in answer.alternatives} & set(nxt)
    assert _data(pressed, "pick:") == [f"pick:{log_id}:{i}" for i in nxt]
    # 👍 thanks only; another user's 👎 on it neither rates nor lists
    assert len(await _press(engine, "u1", down[:-1] + "1")) == 1
    assert not any(r.suggestions for r in await _press(engine, "u2", down))
