"""Webhook mode: PTB's own webhook server on loopback, updates POSTed as Telegram would."""

from __future__ import annotations

import socket
from dataclasses import replace

import httpx

from bot.app.composition import build_engine
from bot.telegram.app import ALLOWED_UPDATES, build_application
from tests.conftest import AS_OF
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI

USER = 6161


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_serves_updates_and_checks_the_secret(settings):
    fake = FakeBotAPI()
    app = build_application(replace(settings, telegram_bot_token=TOKEN),
                            lambda s: build_engine(s, as_of=AS_OF),
                            request=fake.request(), get_updates_request=fake.request(),
                            base_url=fake.base_url)
    port = free_port()
    await app.initialize()
    await app.post_init(app)
    await app.start()
    try:
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="hook",
            webhook_url="https://bot.example.test/hook", secret_token="s3cret",
            allowed_updates=ALLOWED_UPDATES)
        assert fake.webhook["url"] == "https://bot.example.test/hook"
        assert fake.webhook["secret_token"] == "s3cret"
        update = fake.text(USER, "santunan jkm berapa")  # the JSON Telegram would POST
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            forged = await client.post("/hook", json=update,
                                       headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert forged.status_code == 403
            real = await client.post("/hook", json=update,
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            assert real.status_code == 200
        await fake.wait_for(lambda: any(
            c.method == "sendMessage" and c.params.get("chat_id") == USER for c in fake.calls))
        (sent,) = [c.params for c in fake.calls
                   if c.method == "sendMessage" and c.params.get("chat_id") == USER]
        assert "Rp42.000.000" in sent["text"]  # answered once: the forged POST was dropped
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)
