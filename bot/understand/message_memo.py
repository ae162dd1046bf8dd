"""What one `Matcher.match` reads more than once, read once: the same text's clauses, words
and facets are asked for by the whole-message ranking, the several-questions pass and the
second look (bench/README.md, eleventh session). Held for one message only (a context
variable, so concurrent messages never share one), never across messages; outside a match
(follow-ups, tests, the index build) every call reads afresh.
"""

from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

# One dict per message: rank_memo.py's rankings and the readings below (keys never collide:
# a reading's key starts with its function).
memo: ContextVar[dict[Any, Any] | None] = ContextVar("message_memo", default=None)


def scoped(match: Callable[..., T]) -> Callable[..., T]:
    """`match` with a memo for the time of the call."""

    @functools.wraps(match)
    def within(*args: Any, **kwargs: Any) -> T:
        token = memo.set({})
        try:
            return match(*args, **kwargs)
        finally:
            memo.reset(token)

    return within


def once(read: Callable[..., T]) -> Callable[..., T]:
    """`read` (a pure function of its arguments: an immutable result, or a list the callers
    only read) answered from the message's memo when asked again."""

    @functools.wraps(read)
    def remembered(*args: Any, **kwargs: Any) -> T:
        held = memo.get()
        if held is None:
            return read(*args, **kwargs)
        key = (read, args, *kwargs.items())
        found = held.get(key, held)
        if found is held:
            found = held[key] = read(*args, **kwargs)
        return found

    return remembered
