"""One unit of work: every write made while handling one update commits together, or none does.

`Database.unit()` opens it for the current task. `Database.write()`, `transaction()` and
`checkpoint()` called from that task join it: the first write takes the database's write lock
and begins the transaction, later ones add to it (a `transaction()` block becomes a savepoint,
so its own failure still undoes only itself), and a checkpoint waits until after the commit.
Nothing is committed before the unit ends, so a crash leaves either all of the update's state
changes (and the replies recorded with them) or none.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import itertools
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.storage.database import Database

_CURRENT: contextvars.ContextVar[Unit | None] = contextvars.ContextVar("unit", default=None)
_NAMES = itertools.count(1)


class WriteLock:
    """The database's write lock (an asyncio lock) where an urgent writer goes first.

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


class Unit:
    """The open unit of one task on one database."""

    def __init__(self, db: Database):
        self.db = db
        self.task = asyncio.current_task()
        self.locked = False
        self.closed = False
        self.after_commit: list[Callable[[], Awaitable[None]]] = []

    async def join(self) -> None:
        """Take the write lock and begin the transaction, once (at the first write)."""
        if not self.locked:
            await self.db.write_lock.acquire()
            self.locked = True
            if self.db.conn.in_transaction:  # never the case under the lock; be safe
                await self.db.conn.commit()
            await self.db.conn.execute("BEGIN")

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """A nested `transaction()`: undone alone when it fails."""
        await self.join()
        name = f"sp{next(_NAMES)}"
        await self.db.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            await self.db.conn.execute(f"ROLLBACK TO {name}")
            await self.db.conn.execute(f"RELEASE {name}")
            raise
        await self.db.conn.execute(f"RELEASE {name}")

    async def _end(self, commit: bool) -> None:
        self.closed = True
        if not self.locked:
            return
        try:
            if commit:
                await self.db.conn.commit()
            elif self.db.conn.in_transaction:
                await self.db.conn.rollback()
        finally:
            self.locked = False
            self.db.write_lock.release()


def current(db: Database) -> Unit | None:
    """The unit this task has open on `db`, if any (a task it spawned does not share it)."""
    unit = _CURRENT.get()
    if unit is None or unit.closed or unit.db is not db or unit.task is not asyncio.current_task():
        return None
    return unit


@asynccontextmanager
async def open_unit(db: Database) -> AsyncIterator[Unit]:
    """Commit everything written inside at the end; roll it all back on an exception."""
    unit = Unit(db)
    token = _CURRENT.set(unit)
    try:
        try:
            yield unit
        except BaseException:
            await unit._end(commit=False)
            raise
        await unit._end(commit=True)
    finally:
        _CURRENT.reset(token)
    for callback in unit.after_commit:
        await callback()
