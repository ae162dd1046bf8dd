"""F8: staff data never lands in a group, whichever way an admin asks for it there."""

from __future__ import annotations

import pytest

from tests.telegram.fake_bot_api import buttons_of

ADMIN = 999  # in ADMIN_IDS (tests/conftest.py)


@pytest.mark.parametrize(("command", "args", "payload"), [
    ("start", "statistik", "statistik"),
    ("start", "laporan", "laporan"),
    ("start", "ekspor", "ekspor"),
    ("reload", "", "reload"),
    ("statistik", "", "statistik"),
    ("ekspor", "", "ekspor"),
])
async def test_admin_staff_command_in_a_group_goes_private(bot, fake, command, args, payload):
    await bot.say(ADMIN, "apa itu jht")  # something for the statistics to show
    group = fake.group_chat()
    calls = await bot.step(lambda: fake.command(ADMIN, command, args, chat=group))
    to_group = [c for c in calls if c.params.get("chat_id") == group["id"]
                and c.method in ("sendMessage", "sendDocument")]
    assert not [c for c in to_group if c.method == "sendDocument"]
    (sent,) = [c.params for c in to_group]
    assert "chat pribadi" in sent["text"]
    for staff_word in ("Statistik", "terjawab", "FAQ terbaru", "entri"):
        assert staff_word not in sent["text"]
    assert buttons_of(sent)[0]["url"] == f"https://t.me/{fake.username}?start={payload}"


async def test_start_with_a_public_payload_still_answers_in_the_group(bot, fake):
    group = fake.group_chat()
    calls = await bot.step(lambda: fake.command(ADMIN, "start", "hitung", chat=group))
    texts = [c.params.get("text", "") for c in calls if c.method == "sendMessage"]
    assert texts and not any("chat pribadi" in t for t in texts)
