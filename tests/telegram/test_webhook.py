"""Webhook mode (issue 19): the Starlette app answers Telegram only after handling an update.

The application is built with `webhook=True` (no updater) against the in-process fake Bot API;
requests go to the ASGI app through httpx's ASGI transport, headers and bodies as Telegram
sends them.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

import httpx
import pytest

from bot.cli import main
from bot.core.settings import Settings
from bot.storage.inbox import CLAIM_SECONDS, Inbox
from bot.telegram.app import build_application
from bot.telegram.webhook import SECRET_HEADER, WebhookServer
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, HttpServer

USER = 6161
SECRET = "s3cret"
HOOK = "/hook"


class Instance:
    """One webhook instance on the test's event loop, and an HTTP client for it."""

    def __init__(self, settings: Settings, fake: FakeBotAPI, name: str = "test-1"):
        self.app = build_application(settings, pinned, request=fake.request(),
                                     base_url=fake.base_url, webhook=True)
        self.server = WebhookServer(self.app, settings, SECRET, instance=name)
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.server.asgi),
                                        base_url="http://bot.local")

    async def start(self) -> Instance:
        await self.app.initialize()
        await self.app.post_init(self.app)  # type: ignore[misc]
        await self.app.start()
        await self.server.start()
        return self

    async def stop(self) -> None:
        await self.server.drain()
        await self.client.aclose()
        await self.app.stop()
        await self.app.shutdown()
        await self.app.post_shutdown(self.app)  # type: ignore[misc]

    async def post(self, update: dict, secret: str = SECRET) -> httpx.Response:
        return await self.client.post(HOOK, json=update, headers={SECRET_HEADER: secret})

    def metric(self, name: str, **labels: str) -> float:
        return self.server.metrics.registry.get_sample_value(name, labels) or 0.0


@pytest.fixture
def hook_settings(tg_settings: Settings) -> Settings:
    return replace(tg_settings, webhook_url=f"https://bot.example.test{HOOK}",
                   webhook_secret=SECRET, webhook_timeout_seconds=5.0)


@pytest.fixture
async def instance(hook_settings: Settings, fake: FakeBotAPI) -> AsyncIterator[Instance]:
    inst = await Instance(hook_settings, fake).start()
    yield inst
    await inst.stop()
    assert fake.unknown == []


@asynccontextmanager
async def short_timeout(hook_settings: Settings, fake: FakeBotAPI) -> AsyncIterator[Instance]:
    """An instance that answers Telegram after 0.3 s whatever the handling's state; stopped
    on leaving, so what a test asserts after the block holds after shutdown too."""
    inst = await Instance(replace(hook_settings, webhook_timeout_seconds=0.3), fake).start()
    try:
        yield inst
    finally:
        await inst.stop()


def answers(fake: FakeBotAPI, user: int = USER) -> list[str]:
    return [c.params["text"] for c in fake.calls
            if c.method == "sendMessage" and c.ok and c.params.get("chat_id") == user]


async def test_secret_checked_and_update_answered_before_the_200(instance, fake):
    update = fake.text(USER, "santunan jkm berapa")  # the JSON Telegram would POST
    forged = await instance.post(update, secret="wrong")
    assert forged.status_code == 403
    assert (await instance.client.post(HOOK, json=update)).status_code == 403  # no header
    real = await instance.post(update)
    assert real.status_code == 200
    # Handled before the answer: the reply is already out when Telegram hears 200.
    (sent,) = answers(fake)
    assert "Rp42.000.000" in sent
    assert instance.metric("bot_updates_total", outcome="rejected") == 2
    assert instance.metric("bot_updates_total", outcome="handled") == 1
    assert instance.metric("bot_update_handling_seconds_count") == 1


async def test_a_redelivered_update_is_not_answered_twice(hook_settings, fake):
    first = await Instance(hook_settings, fake, "test-1").start()
    second = await Instance(hook_settings, fake, "test-2").start()  # same database file
    try:
        update = fake.text(USER, "santunan jkm berapa")
        assert (await first.post(update)).status_code == 200
        assert (await first.post(update)).status_code == 200  # to the same instance
        assert (await second.post(update)).status_code == 200  # to another one
        assert len(answers(fake)) == 1
        assert first.metric("bot_updates_total", outcome="duplicate") == 1
        assert second.metric("bot_updates_total", outcome="duplicate") == 1
    finally:
        await first.stop()
        await second.stop()


async def test_the_answer_waits_for_the_handling(instance, fake):
    gate = fake.hold("sendMessage", USER)  # a slow Bot API for this chat
    update = fake.text(USER, "santunan jkm berapa")
    post = asyncio.create_task(instance.post(update))
    await fake.wait_for(lambda: any(c.method == "sendChatAction" for c in fake.calls))
    await asyncio.sleep(0.2)
    assert not post.done()  # Telegram still waits: it will not send this chat's next update
    gate.set()
    assert (await post).status_code == 200
    assert len(answers(fake)) == 1


async def test_past_the_timeout_200_and_the_handling_finishes(hook_settings, fake):
    async with short_timeout(hook_settings, fake) as inst:
        gate = fake.hold("sendMessage", USER)
        response = await inst.post(fake.text(USER, "santunan jkm berapa"))
        assert response.status_code == 200 and answers(fake) == []
        assert inst.metric("bot_updates_total", outcome="timeout") == 1
        gate.set()
        await fake.wait_for(lambda: bool(answers(fake)))
    assert len(answers(fake)) == 1


async def test_an_update_another_instance_is_handling_gets_503(instance, fake):
    update = fake.text(USER, "santunan jkm berapa")
    inbox = Inbox(instance.app.bot_data["adapter"].core.db)
    await inbox.record([(update["update_id"], "{}")])
    assert await inbox.claim(update["update_id"], "other:1")  # alive, lease running
    busy = await instance.post(update)
    assert busy.status_code == 503 and answers(fake) == []  # Telegram re-delivers later
    # The other instance died and never came back: after the lease, this one takes over.
    assert await inbox.claim(update["update_id"], "other:1", now=0.0)  # claimed long ago
    assert (await instance.post(update)).status_code == 200
    assert len(answers(fake)) == 1


async def test_a_restarted_instance_hands_back_what_it_had_claimed(instance, hook_settings,
                                                                    fake):
    update = fake.text(USER, "santunan jkm berapa")
    inbox = Inbox(instance.app.bot_data["adapter"].core.db)
    await inbox.record([(update["update_id"], "{}")])
    assert await inbox.claim(update["update_id"], "test-2")  # then test-2 was killed
    restarted = await Instance(hook_settings, fake, "test-2").start()
    await restarted.stop()
    assert await inbox.state(update["update_id"]) == "pending"
    assert (await instance.post(update)).status_code == 200
    assert len(answers(fake)) == 1


async def test_health_and_metrics(instance, fake):
    health = await instance.client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["database"] is True and health.json()["content"] is True
    fake.fail_next("sendMessage", "429", retry_after=1)
    assert (await instance.post(fake.text(USER, "santunan jkm berapa"))).status_code == 200
    page = (await instance.client.get("/metrics")).text
    assert 'bot_updates_total{outcome="handled"} 1.0' in page
    assert 'bot_telegram_retry_afters_total{method="sendMessage"} 1.0' in page
    assert "bot_update_handling_seconds_bucket" in page
    await instance.app.bot_data["adapter"].core.db.close()  # the database is gone
    down = await instance.client.get("/healthz")
    assert down.status_code == 503 and down.json()["database"] is False
    assert (await instance.post(fake.text(USER, "halo"))).status_code == 503


async def test_webhook_set_command_points_telegram_at_the_url(tmp_path, monkeypatch, fake):
    server = await HttpServer(fake).start()
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    for key, value in {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": SECRET,
                       "TELEGRAM_BASE_URL": f"http://127.0.0.1:{server.port}/bot",
                       "WEBHOOK_URL": f"https://bot.example.test{HOOK}"}.items():
        monkeypatch.setenv(key, value)
    try:
        assert await asyncio.to_thread(main, ["webhook", "set"]) == 0
    finally:
        await server.close()
    assert fake.webhook["url"] == f"https://bot.example.test{HOOK}"
    assert fake.webhook["secret_token"] == SECRET


def test_instances_without_a_shared_secret_refuse_to_start(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for key, value in {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "", "WEBHOOK_SET": "0",
                       "WEBHOOK_URL": f"https://bot.example.test{HOOK}"}.items():
        monkeypatch.setenv(key, value)
    assert main(["run", "--webhook"]) == 2
    assert "WEBHOOK_SECRET" in capsys.readouterr().err
    assert main(["webhook", "set"]) == 2  # a random secret would lock the instances out


async def test_a_failure_before_the_commit_is_503_and_leaves_nothing(instance, fake,
                                                                     monkeypatch):
    """State, replies and the `done` mark commit in one unit: when it cannot commit, no reply
    goes out, the update is not done, and the 503 makes Telegram deliver it again."""
    durable = instance.app.bot_data["durable"]
    real_add = durable.outbox.add

    async def broken(*args, **kwargs):
        raise RuntimeError("database went away mid-update")

    monkeypatch.setattr(durable.outbox, "add", broken)
    update = fake.text(USER, "santunan jkm berapa")
    failed = await instance.post(update)
    assert failed.status_code == 503 and answers(fake) == []
    assert await durable.inbox.state(update["update_id"]) != "done"
    monkeypatch.setattr(durable.outbox, "add", real_add)
    assert (await instance.post(update)).status_code == 200  # Telegram's re-delivery
    assert len(answers(fake)) == 1


async def handled_with_recorded_reply(instance, fake) -> dict:
    """An update an instance handled and committed (reply "recorded earlier" in the outbox)
    but died before sending: what Telegram re-delivers."""
    from bot.storage.outbox import OutboxRow

    durable = instance.app.bot_data["durable"]
    update = fake.text(USER, "santunan jkm berapa")
    uid = update["update_id"]
    await durable.inbox.record([(uid, "{}")])
    async with durable.inbox.db.unit():
        await durable.outbox.add(uid, [OutboxRow(USER, {"method": "message",
                                                        "text": "recorded earlier"})])
        await durable.inbox.mark(uid, "done")
    return update


async def test_a_redelivered_handled_update_sends_what_a_dead_instance_left(instance, fake):
    """An instance died after the update's commit, before its reply went out: Telegram heard
    no 200 and re-delivers; the recorded reply is sent then (once), the engine not run again."""
    update = await handled_with_recorded_reply(instance, fake)
    assert (await instance.post(update)).status_code == 200
    assert (await instance.post(update)).status_code == 200
    assert answers(fake) == ["recorded earlier"]
    assert await instance.app.bot_data["durable"].outbox.states() == {"sent": 1}


async def test_a_failure_after_the_timeout_200_is_handled_by_the_orphan_sweep(
        hook_settings, fake, monkeypatch):
    """Answered 200 past the timeout, then the handling failed before its commit: Telegram will
    not deliver it again, so the update is pending in the inbox and the sweep answers it."""
    async with short_timeout(hook_settings, fake) as inst:
        durable = inst.app.bot_data["durable"]
        real_add, gate = durable.outbox.add, asyncio.Event()

        async def slow_then_broken(*args, **kwargs):
            await gate.wait()
            raise RuntimeError("database went away mid-update")

        monkeypatch.setattr(durable.outbox, "add", slow_then_broken)
        update = fake.text(USER, "santunan jkm berapa")
        uid = update["update_id"]
        assert (await inst.post(update)).status_code == 200  # the timeout's 200
        assert inst.metric("bot_updates_total", outcome="timeout") == 1
        gate.set()
        await asyncio.wait_for(asyncio.gather(*inst.server.inflight.values()), 30)
        assert answers(fake) == [] and await durable.inbox.state(uid) == "pending"
        monkeypatch.setattr(durable.outbox, "add", real_add)
        assert await inst.server.adopt_orphans() == 0  # within the grace: not yet
        assert await inst.server.adopt_orphans(now=time.time() + 3600) == 1
        assert len(answers(fake)) == 1 and await durable.inbox.state(uid) == "done"
        assert await inst.server.adopt_orphans(now=time.time() + 7200) == 0  # never twice
    assert len(answers(fake)) == 1


async def test_the_sweep_takes_a_dead_instances_claim_only_after_its_lease(instance, fake):
    update = fake.text(USER, "santunan jkm berapa")
    inbox = Inbox(instance.app.bot_data["adapter"].core.db)
    await inbox.claim(update["update_id"], "other:1", payload=json.dumps(update))
    assert await instance.server.adopt_orphans() == 0  # alive, lease running
    assert answers(fake) == []
    assert await instance.server.adopt_orphans(now=time.time() + CLAIM_SECONDS + 1) == 1
    assert len(answers(fake)) == 1


async def test_no_200_before_the_update_is_on_record(hook_settings, fake, monkeypatch):
    """The timeout came while the inbox record was still being written: 503, so Telegram
    re-delivers (a 200 then would lose the update if the record failed)."""
    async with short_timeout(hook_settings, fake) as inst:
        durable = inst.app.bot_data["durable"]
        real_claim, gate = durable.inbox.claim, asyncio.Event()

        async def slow_claim(*args, **kwargs):
            await gate.wait()
            return await real_claim(*args, **kwargs)

        monkeypatch.setattr(durable.inbox, "claim", slow_claim)
        update = fake.text(USER, "santunan jkm berapa")
        assert (await inst.post(update)).status_code == 503
        gate.set()
        await asyncio.wait_for(asyncio.gather(*inst.server.inflight.values()), 30)
        assert (await inst.post(update)).status_code == 200  # the re-delivery: known, done
    assert len(answers(fake)) == 1


async def test_a_handled_update_resending_past_the_timeout_is_answered_200(hook_settings, fake):
    """A re-delivered handled update whose recorded reply is slow to send: on record, so the
    timeout's answer is 200 (not 503, which would only bring it back again)."""
    async with short_timeout(hook_settings, fake) as inst:
        update = await handled_with_recorded_reply(inst, fake)
        gate = fake.hold("sendMessage", USER)
        assert (await inst.post(update)).status_code == 200
        assert inst.metric("bot_updates_total", outcome="timeout") == 1
        gate.set()
        await fake.wait_for(lambda: bool(answers(fake)))
    assert answers(fake) == ["recorded earlier"]
