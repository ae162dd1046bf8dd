"""Freed heap memory goes back to the OS after the start check and a reload."""

from __future__ import annotations

import sys

import pytest

from bot.core import memory


def test_release_asks_the_allocator_where_there_is_one(monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(memory, "_malloc_trim", lambda: calls.append)
    assert memory.release_free_memory() is True
    assert calls == [0]
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert memory.release_free_memory() is False  # macOS, musl: nothing to ask, no error


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_glibc_has_malloc_trim() -> None:
    memory._malloc_trim.cache_clear()
    assert memory._malloc_trim() is not None


async def test_the_start_check_and_a_reload_release_what_they_freed(engine, monkeypatch) -> None:
    import bot.content.store as store

    released: list[str] = []
    monkeypatch.setattr(store, "release_free_memory", lambda: released.append("x") or True)
    assert engine.store.verify() is None
    assert released == ["x"]
    assert engine.store.reload() is None
    assert released == ["x", "x"]
