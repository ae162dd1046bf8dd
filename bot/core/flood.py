"""Per-user inbound flood control: N messages per window, then one polite notice, then quiet.

A person or a script sending faster than anyone types would otherwise run the matcher and write
the question log for every message. Counted per session key, in memory (one process).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Verdict = Literal["ok", "notice", "quiet"]


class FloodGate:
    """A sliding window per user; `max_messages` 0 switches it off."""

    def __init__(self, max_messages: int, window_seconds: float,
                 clock: Callable[[], float] = time.monotonic):
        self.max_messages, self.window, self.clock = max_messages, window_seconds, clock
        self._seen: dict[str, deque[float]] = {}
        self._noticed: dict[str, float] = {}  # user -> when the notice was sent
        self._last_sweep = clock()

    def check(self, key: str) -> Verdict:
        """Count one message from `key`: allowed, the one notice, or dropped quietly."""
        if self.max_messages <= 0:
            return "ok"
        now = self.clock()
        self._sweep(now)
        times = self._seen.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) < self.max_messages:
            times.append(now)
            self._noticed.pop(key, None)
            return "ok"
        if key in self._noticed and now - self._noticed[key] < self.window:
            return "quiet"
        self._noticed[key] = now
        return "notice"

    def _sweep(self, now: float) -> None:
        """Forget users idle for a whole window (memory stays bounded by active users)."""
        if now - self._last_sweep < self.window:
            return
        self._last_sweep = now
        for key in [k for k, t in self._seen.items() if not t or now - t[-1] >= self.window]:
            del self._seen[key]
            self._noticed.pop(key, None)
