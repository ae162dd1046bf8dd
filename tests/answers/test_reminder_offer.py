"""A message asking to be reminded: the answer unchanged, plus a button to /pengingat's menu."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answers import feature
from bot.answers.reminder_offer import REMINDER_DATA, asks_reminder
from bot.console.ask import ask
from bot.content.check import run_check
from bot.content.clause_cues import FILE, load_clause_cues
from bot.core.replies import Event, Reply
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR
from tests.content.edits import edit_once

REQUESTS = ["tolong ingatkan saya bayar iuran tiap bulan",
            "bisa diingetin kalau iuran bpu mau jatuh tempo?",
            "Ingetin aku ya, min!", "remind me to pay my contribution"]
NOT_REQUESTS = ["sms pengingat dari bpjs asli ga",
                "BPJS TK ingatkan peserta untuk membayar iuran tepat waktu",
                "terima kasih sudah mengingatkan saya", "iuran bpu jatuh tempo tanggal berapa"]


def _reminder_rows(reply: Reply) -> list[int]:
    return [i for i, row in enumerate(reply.buttons) if any(b.data == REMINDER_DATA for b in row)]


def _labels(rows: list) -> list[list[str]]:
    return [[b.label for b in row] for row in rows]


def test_the_shipped_cues_tell_a_request_from_a_mention():
    cues = load_clause_cues(FAQ_DIR, [])
    assert all(asks_reminder(t, cues) for t in REQUESTS)
    assert not any(asks_reminder(t, cues) for t in NOT_REQUESTS)


def test_faq_check_reports_a_broken_reminder_cue_with_its_line(tmp_path: Path):
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    line = edit_once(faq / FILE, "\nreminder_asks: [ingatkan saya,",
                     "\nreminder_asks: [ingatkan saya!,") + 1
    _faq, problems = run_check(faq, TEMPLATES_DIR, AS_OF, sweep=False)
    assert f"{FILE}:{line}: reminder_asks: 'ingatkan saya!' bukan kata" \
        in "\n".join(map(str, problems))


@pytest.mark.parametrize("text", REQUESTS)
async def test_a_request_gets_the_button_over_the_same_answer(engine, text):
    reply = (await ask(engine, text))[-1]
    assert _reminder_rows(reply) == [0] and len(reply.buttons[0]) == 1
    label = reply.buttons[0][0].label
    assert label in ("⏰ Pengingat bayar iuran", "⏰ Contribution reminder")


async def test_the_reply_is_the_one_without_the_button(engine, monkeypatch):
    with_button = [(await ask(engine, t))[-1] for t in REQUESTS]
    monkeypatch.setattr(feature, "with_reminder_button", lambda _ctx, _text, replies: replies)
    without = [(await ask(engine, t))[-1] for t in REQUESTS]
    for one, other in zip(with_button, without, strict=True):
        assert (one.text, one.kind, one.entry_id, one.score, one.suggestions) == \
            (other.text, other.kind, other.entry_id, other.score, other.suggestions)
        assert _labels(one.buttons[1:]) == _labels(other.buttons)  # data: its own log id
        assert _reminder_rows(other) == []


@pytest.mark.parametrize("text", NOT_REQUESTS)
async def test_a_mention_of_reminders_gets_no_button(engine, text):
    assert _reminder_rows((await ask(engine, text))[-1]) == []


async def test_no_button_in_a_group(engine):
    replies = await engine.handle(Event("g1", "telegram", text=REQUESTS[0], chat_type="group",
                                        chat_id="-100"))
    assert replies and all(_reminder_rows(r) == [] for r in replies)


async def test_pressing_it_shows_the_reminder_menu(engine):
    reply = (await ask(engine, REQUESTS[0]))[-1]
    user = "55"
    await engine.handle(Event(user, "telegram", text=REQUESTS[0]))
    menu = await engine.handle(Event(user, "telegram", press=reply.buttons[0][0].data))
    days = [b.data for row in menu[-1].buttons for b in row]
    assert days and all(d.startswith("rm:day:") for d in days)
    command = await engine.handle(Event(user, "telegram", command="pengingat"))
    assert menu[-1].text == command[-1].text
