"""In-process locks by key (a chat, a user), forgotten once nobody holds or waits for them."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable


class KeyedLocks:
    """One asyncio.Lock per key, created on demand and dropped when idle."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._holders: dict[str, int] = {}

    @contextlib.asynccontextmanager
    async def hold(self, keys: Iterable[str]) -> AsyncIterator[None]:
        """Hold every key's lock, in the order given (callers order them to avoid deadlock)."""
        keys = list(keys)
        for key in keys:
            self._holders[key] = self._holders.get(key, 0) + 1
            self._locks.setdefault(key, asyncio.Lock())
        acquired: list[asyncio.Lock] = []
        try:
            for key in keys:
                lock = self._locks[key]
                await lock.acquire()
                acquired.append(lock)
            yield
        finally:
            for lock in reversed(acquired):
                lock.release()
            for key in keys:
                self._holders[key] -= 1
                if not self._holders[key]:
                    del self._holders[key], self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)
