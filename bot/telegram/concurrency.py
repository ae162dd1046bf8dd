"""Chats are handled concurrently, each chat (and each user) strictly in order.

PTB handles one update at a time by default, so one chat's slow or failing send (a 5xx retry,
a slow API) held up every other chat. With concurrent updates, the engine's per-user state
(sessions read, changed and saved per event) would race; so updates of one chat and of one user
wait for each other, in arrival order, and only updates of different chats and users overlap.
With the database set (`db`), the same keys are also held in the database while an update is
handled (`Database.chat_lock`): on PostgreSQL that excludes the other instances too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.core.keyedlocks import KeyedLocks

if TYPE_CHECKING:
    from bot.storage.database import Database

MAX_CONCURRENT_UPDATES = 64


def serial_keys(update: object) -> list[str]:
    """What an update must not overlap with: its chat and its user (sorted: no deadlock)."""
    if not isinstance(update, Update):
        return []
    keys = set()
    if update.effective_chat is not None:
        keys.add(f"chat:{update.effective_chat.id}")
    if update.effective_user is not None:
        keys.add(f"user:{update.effective_user.id}")
    return sorted(keys)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across chats, sequential within a chat and within a user."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES,
                 around: Callable[[object, Awaitable[Any]], Awaitable[None]] | None = None):
        super().__init__(max_concurrent_updates)
        self.around = around  # runs each update's handling (durable.py), in its turn
        self._locks = KeyedLocks()
        self.db: Database | None = None  # set once the database is open

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's turn first, then for a free slot: a chat with a queue of
        updates behind a stalled one holds one slot, not all of them. asyncio locks are
        first-come first-served, and PTB starts the tasks in arrival order."""
        async with self._locks.hold(serial_keys(update)):
            await super().process_update(update, coroutine)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """In this process the chat's turn has come; across instances, wait for it too. The
        chat lock is taken first and the update's unit of work (`around`) inside it, never the
        other way round, so two chats can never wait for each other's lock and unit."""
        keys = serial_keys(update)
        if self.db is None or not keys:
            await self._handle(update, coroutine)
            return
        async with self.db.chat_lock(*keys):
            await self._handle(update, coroutine)

    async def _handle(self, update: object, coroutine: Awaitable[Any]) -> None:
        if self.around is not None:
            await self.around(update, coroutine)
        else:
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    @property
    def busy_keys(self) -> int:
        """Chats and users with an update in progress or waiting (for tests and metrics)."""
        return len(self._locks)
