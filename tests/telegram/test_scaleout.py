"""Issue 19: two real webhook instances, one database, one Telegram; one is `kill -9`ed midway.

Each user sends a few calculations, one after the other (Telegram POSTs a chat's next update
only after the previous one was answered 200), each update to a random instance, a failed
request re-delivered to the other. Instance 1 is killed when half the updates are answered and
started again. Nothing may be lost, sent to the wrong chat or out of order; a reply may come
twice only where the kill left it unsure (on the wire) and it was resent (durable.py).

SCALEOUT_USERS (default 60) and SCALEOUT_MESSAGES (3) size it; the 1,000-user run is
`python bench/webhook.py --users 1000` (bench/README.md). It runs on both databases: a SQLite
file shared by both processes, and a fresh PostgreSQL schema on TEST_DATABASE_URL when set.
"""

from __future__ import annotations

import os

from tests.telegram.scaleout import Cluster, Telegram

USERS = int(os.environ.get("SCALEOUT_USERS", "60"))
MESSAGES = int(os.environ.get("SCALEOUT_MESSAGES", "3"))


async def test_two_instances_one_killed_lose_nothing_and_answer_nothing_twice(tmp_path, backend,
                                                                            database_url):
    where = ({"DATABASE_URL": database_url} if database_url
             else {"BOT_DB_PATH": str(tmp_path / "bot.sqlite3"), "DATABASE_URL": ""})
    async with Cluster(tmp_path, size=2, extra_env=where) as cluster:
        telegram = Telegram(cluster)
        await telegram.run(USERS, MESSAGES, kill_at=0.5, kill_index=1)
        assert cluster.fake.webhook["url"].endswith("/telegram/webhook")  # set by one
        assert cluster.fake.unknown == []
        resent = await cluster.resent_updates()
    verdict = telegram.verdict(USERS, MESSAGES, resent)
    assert verdict["lost"] == 0, verdict
    assert verdict["twice_not_resent"] == 0, verdict
    assert verdict["mixed"] == 0, verdict
    assert verdict["out_of_order_chats"] == 0, verdict
    # The kill really hit traffic: some requests failed and were re-delivered.
    assert sum(verdict["failed_requests"].values()) > 0, verdict
