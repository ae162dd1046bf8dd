"""One unit of work: every write made while handling one update commits together, or none does.

`Database.unit()` opens it for the current task. The database's statements called from that
task join it (a `transaction()` block becomes a savepoint, so its own failure still undoes only
itself), and a checkpoint waits until after the commit. Nothing is committed before the unit
ends, so a crash leaves either all of the update's state changes (and the replies recorded with
them) or none.

The engines differ in how they join (bot/storage/sqlite.py, postgres.py): on SQLite the first
write takes the database's write lock (`WriteLock`) and begins the transaction on the one
connection; on PostgreSQL the first statement borrows a connection from the pool and begins the
transaction there, and every later statement of the task runs on that connection. The unit is
opened inside the chat's `chat_lock`, never around it: chat lock first, then the unit.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.storage.database import Database, Executor

_CURRENT: contextvars.ContextVar[Unit | None] = contextvars.ContextVar("unit", default=None)


class WriteLock:
    """The SQLite database's write lock (an asyncio lock) where an urgent writer goes first.

    A unit holds the lock while its update is handled (milliseconds each, but many chats
    queue for it); a short urgent write, such as marking a reply sent right after Telegram
    took it, then waits for the current holder only, not for the whole queue.
    """

    def __init__(self) -> None:
        self._locked = False
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._normal: deque[asyncio.Future[None]] = deque()

    def locked(self) -> bool:
        return self._locked

    async def acquire(self, urgent: bool = False) -> bool:
        if not self._locked and not self._urgent and not self._normal:
            self._locked = True
            return True
        waiter = asyncio.get_running_loop().create_future()
        (self._urgent if urgent else self._normal).append(waiter)
        try:
            await waiter  # release() hands the lock over: _locked stays True
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed over just as we were cancelled: pass it on
            else:
                with contextlib.suppress(ValueError):  # release() may have dropped it
                    (self._urgent if urgent else self._normal).remove(waiter)
            raise
        return True

    def release(self) -> None:
        for queue in (self._urgent, self._normal):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)
                    return
        self._locked = False

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, *exc: object) -> None:
        self.release()


class Unit(ABC):
    """The open unit of one task on one database; each engine says how statements join it."""

    def __init__(self, db: Database):
        self.db = db
        self.task = asyncio.current_task()
        self.closed = False
        self.after_commit: list[Callable[[], Awaitable[None]]] = []

    @abstractmethod
    async def executor(self) -> Executor:
        """Where the unit's statements run; begins the transaction at the first call."""

    @abstractmethod
    def savepoint(self) -> AbstractAsyncContextManager[Executor]:
        """A nested `transaction()`: undone alone when it fails."""

    @abstractmethod
    async def finish(self, commit: bool) -> None:
        """Commit (or roll back) what the unit began, and let go of its lock or connection."""


def current(db: Database) -> Unit | None:
    """The unit this task has open on `db`, if any (a task it spawned does not share it)."""
    unit = _CURRENT.get()
    if unit is None or unit.closed or unit.db is not db or unit.task is not asyncio.current_task():
        return None
    return unit


@asynccontextmanager
async def open_unit(unit: Unit) -> AsyncIterator[Unit]:
    """Commit everything written inside at the end; roll it all back on an exception."""
    token = _CURRENT.set(unit)
    try:
        try:
            yield unit
        except BaseException:
            unit.closed = True
            await unit.finish(commit=False)
            raise
        unit.closed = True
        await unit.finish(commit=True)
    finally:
        _CURRENT.reset(token)
    for callback in unit.after_commit:
        await callback()
