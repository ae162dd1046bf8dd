"""Errors reach the admins as a masked, rate-limited digest: "N errors of type X in the last
hour". Only the exception's type name is kept: never the update, the message or a traceback
(those may hold a NIK and stay in the server log, itself redacted)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

DIGEST_SECONDS = 3600.0  # at most one notice per hour


class ErrorDigest:
    """Counts errors by type; `due()` hands out the counts at most once per period."""

    def __init__(self, period: float = DIGEST_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.period, self.clock = period, clock
        self.counts: Counter[str] = Counter()
        self._last_sent: float | None = None

    def add(self, kind: str) -> None:
        self.counts[kind] += 1

    def due(self) -> list[tuple[str, int]] | None:
        """The counts to report now (and reset), or None when nothing is due yet."""
        now = self.clock()
        if not self.counts or (self._last_sent is not None
                                and now - self._last_sent < self.period):
            return None
        self._last_sent = now
        counts, self.counts = self.counts.most_common(), Counter()
        return counts
