"""What users and operators expect of a Telegram bot: no link previews, a description, staff
commands in the admins' menu only, and a webhook that is never unauthenticated."""

from __future__ import annotations

from dataclasses import replace

from bot.telegram.webhook import webhook_secret

USER = 6363


async def test_replies_have_no_link_preview(bot, fake):
    mark = fake.mark()
    await bot.say(USER, "/tentang")  # names the website
    (sent,) = fake.sent_since(mark, USER)
    assert sent["link_preview_options"] == {"is_disabled": True}


async def test_description_and_short_description_in_indonesian_and_english(bot, fake):
    for language in ("", "en"):
        assert "BPJS Ketenagakerjaan" in fake.descriptions[("description", language)]
        assert 0 < len(fake.descriptions[("short", language)]) <= 120
    assert "bahasa" in fake.descriptions[("description", "")]
    assert "Replies are in Indonesian" in fake.descriptions[("description", "en")]


async def test_staff_commands_only_in_the_admins_menu(bot, fake):
    staff = {"laporan", "statistik", "ekspor", "reload"}
    default = {c["command"] for c in fake.commands[("default", "")]}
    assert not staff & default
    for language in ("", "en"):
        admin = {c["command"] for c in fake.commands[("chat:999", language)]}
        assert staff <= admin and "start" in admin


def test_webhook_secret_is_generated_when_none_is_set(settings):
    first, second = webhook_secret(settings), webhook_secret(settings)
    assert len(first) >= 32 and first != second
    assert webhook_secret(replace(settings, webhook_secret="s3cret")) == "s3cret"
